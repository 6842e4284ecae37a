//! A pull request that adds a member's first story: a welcome a host can
//! paste into the pull request, and what the story earns (level and badges,
//! as `recognition` computes them with and without the change's stories).

use super::Changes;
use crate::model::Site;
use crate::recognition;
use crate::util::words::and_list as and;

/// A member whose first story (or stories) the change adds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Newcomer {
    pub handle: String,
    pub name: String,
    /// The titles of the first stories, newest first.
    pub titles: Vec<String>,
    /// The level the stories bring them to.
    pub level: Option<String>,
    /// The badges the stories earn them: name and reason.
    pub badges: Vec<(String, String)>,
}

/// The members who had no published story before the change and have one with it.
pub fn newcomers(site: &Site, changes: &Changes) -> Vec<Newcomer> {
    let is_new = |path: &str| changes.added.contains(path);
    if !site.stories.iter().any(|s| is_new(&s.source.path)) {
        return Vec::new();
    }
    let before = Site::new(
        site.config.clone(),
        site.members.clone(),
        site.stories
            .iter()
            .filter(|s| !is_new(&s.source.path))
            .cloned()
            .collect(),
        site.pages.clone(),
        site.tags.clone(),
        site.assets.clone(),
    );
    let (was, now) = (recognition::compute(&before), recognition::compute(site));
    let levels = &site.config.recognition.levels;
    let mut out = Vec::new();
    for (m, member) in site.members.iter().enumerate() {
        let (was, now) = (&was.members[m], &now.members[m]);
        if was.story_count > 0 || now.story_count == 0 {
            continue;
        }
        let titles = site
            .stories_by(m)
            .iter()
            .map(|&i| site.stories[i].title.clone())
            .collect();
        let badges = now
            .badges
            .iter()
            .filter(|b| !was.badges.iter().any(|w| w.id == b.id))
            .map(|b| (b.name.to_string(), b.reason.clone()))
            .collect();
        out.push(Newcomer {
            handle: member.handle.clone(),
            name: member.name.clone(),
            titles,
            level: now.level.map(|l| levels[l].name.clone()),
            badges,
        });
    }
    out
}

impl Newcomer {
    /// "Welcome, Dan Lee! Thank you for your first story, “...”. ..." as
    /// plain text: the caller escapes it for where it is printed.
    pub fn welcome(&self) -> String {
        let stories = match self.titles.as_slice() {
            [one] => format!("your first story, “{one}”"),
            many => format!("your first stories, {}", and(&quoted(many))),
        };
        let mut earns = Vec::new();
        if let Some(level) = &self.level {
            earns.push(format!("takes you to the level {level}"));
        }
        let names: Vec<String> = self.badges.iter().map(|(n, _)| n.clone()).collect();
        match names.len() {
            0 => {}
            1 => earns.push(format!("earns you the {} badge", names[0])),
            _ => earns.push(format!("earns you the badges {}", and(&names))),
        }
        let earns = match earns.is_empty() {
            true => String::new(),
            false => format!(" It {}.", earns.join(" and ")),
        };
        format!(
            "Welcome, {}! Thank you for {stories}.{earns} We are glad you are here, and it will be on the site as soon as this is merged.",
            self.name
        )
    }

    /// "level Contributor; badges: First story (wrote a first story)".
    pub fn earned(&self) -> String {
        let mut parts = Vec::new();
        if let Some(level) = &self.level {
            parts.push(format!("level {level}"));
        }
        if !self.badges.is_empty() {
            let badges: Vec<String> = self
                .badges
                .iter()
                .map(|(name, why)| format!("{name} ({why})"))
                .collect();
            parts.push(format!("badges: {}", badges.join(", ")));
        }
        if parts.is_empty() {
            "no level or badge yet".into()
        } else {
            parts.join("; ")
        }
    }
}

fn quoted(titles: &[String]) -> Vec<String> {
    titles.iter().map(|t| format!("“{t}”")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognition::testkit::SiteBuilder;
    use std::collections::BTreeSet;

    #[test]
    fn a_first_story_is_greeted_with_what_it_earns() {
        let site = SiteBuilder::new()
            .levels(&[1, 3])
            .member("ann")
            .member("dan")
            .story("a1", "2024-01-01", &["ann"])
            .story("d1", "2024-02-01", &["dan"])
            .story("a2", "2024-02-02", &["ann"])
            .build();
        let path = |slug: &str| {
            let s = site.stories.iter().find(|s| s.slug == slug).unwrap();
            s.source.path.clone()
        };
        let changes = Changes {
            added: BTreeSet::from([path("d1"), path("a2")]),
            ..Changes::default()
        };
        let got = newcomers(&site, &changes);
        assert_eq!(got.len(), 1, "{got:?}");
        let dan = &got[0];
        assert_eq!(dan.handle, "dan");
        assert_eq!(dan.level.as_deref(), Some("L1"));
        assert!(
            dan.badges.iter().any(|(n, _)| n == "First story"),
            "{dan:?}"
        );
        let text = dan.welcome();
        assert!(text.starts_with("Welcome, "), "{text}");
        assert!(text.contains("your first story, “"), "{text}");
        assert!(text.contains("takes you to the level L1"), "{text}");
        assert!(
            dan.earned().starts_with("level L1; badges: "),
            "{}",
            dan.earned()
        );
        // No story added: nobody to greet.
        assert!(newcomers(&site, &Changes::default()).is_empty());
    }
}
