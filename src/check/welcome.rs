//! A pull request that adds a member's first story: a welcome a host can
//! paste into the pull request, and what the story earns (level and badges,
//! as `recognition` computes them with and without the change's stories).

use super::Changes;
use crate::i18n::{Catalogue, Msg};
use crate::model::Site;
use crate::recognition;

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
    /// The level's index and each badge's id and reason, to say them in
    /// another language (`in_language`).
    level_index: Option<usize>,
    badge_words: Vec<(&'static str, Msg)>,
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
        let badge_words = now
            .badges
            .iter()
            .filter(|b| !was.badges.iter().any(|w| w.id == b.id))
            .map(|b| (b.id, b.why.clone()))
            .collect();
        out.push(Newcomer {
            handle: member.handle.clone(),
            name: member.name.clone(),
            titles,
            level: now.level.map(|l| levels[l].name.clone()),
            badges,
            level_index: now.level,
            badge_words,
        });
    }
    out
}

impl Newcomer {
    /// The same newcomer with the level and badges named in `words`'s
    /// language (the built-in level names translated, a brand's kept).
    pub fn in_language(&self, site: &Site, words: &Catalogue) -> Newcomer {
        Newcomer {
            level: self
                .level_index
                .map(|l| crate::render::context::level_name(site, words, l)),
            badges: self
                .badge_words
                .iter()
                .map(|(id, why)| (words.t(&format!("badge-{id}")), words.msg(why)))
                .collect(),
            ..self.clone()
        }
    }

    /// "Welcome, Dan Lee! Thank you for your first story, “...”. ..." as
    /// plain text: the caller escapes it for where it is printed.
    pub fn welcome(&self, words: &Catalogue) -> String {
        let stories = match self.titles.as_slice() {
            [one] => words.msg(&Msg::new("welcome-one-story").str("title", one)),
            many => {
                let quoted: Vec<String> = many
                    .iter()
                    .map(|t| words.msg(&Msg::new("welcome-quoted").str("title", t)))
                    .collect();
                let list = words.list(&quoted, 0);
                words.msg(&Msg::new("welcome-stories").str("titles", list))
            }
        };
        let mut earns = Vec::new();
        if let Some(level) = &self.level {
            earns.push(words.msg(&Msg::new("welcome-level").str("level", level)));
        }
        let names: Vec<String> = self.badges.iter().map(|(n, _)| n.clone()).collect();
        match names.len() {
            0 => {}
            1 => earns.push(words.msg(&Msg::new("welcome-badge").str("badge", &names[0]))),
            _ => earns
                .push(words.msg(&Msg::new("welcome-badges").str("badges", words.list(&names, 0)))),
        }
        let text = match earns.is_empty() {
            true => Msg::new("welcome-text"),
            false => Msg::new("welcome-text-earns").str("earns", words.list(&earns, 0)),
        };
        words.msg(&text.str("name", &self.name).str("stories", stories))
    }

    /// "level Contributor; badges: First story (wrote a first story)".
    pub fn earned(&self, words: &Catalogue) -> String {
        let mut parts = Vec::new();
        if let Some(level) = &self.level {
            parts.push(words.msg(&Msg::new("welcome-earned-level").str("level", level)));
        }
        if !self.badges.is_empty() {
            let badges: Vec<String> = self
                .badges
                .iter()
                .map(|(name, why)| format!("{name} ({why})"))
                .collect();
            let sep = words.t("list-separator");
            parts.push(
                words.msg(&Msg::new("welcome-earned-badges").str("badges", badges.join(&sep))),
            );
        }
        if parts.is_empty() {
            words.t("welcome-earned-nothing")
        } else {
            parts.join("; ")
        }
    }
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
        let en = Catalogue::english();
        let text = dan.welcome(&en);
        assert!(text.starts_with("Welcome, "), "{text}");
        assert!(text.contains("your first story, “"), "{text}");
        assert!(text.contains("takes you to the level L1"), "{text}");
        assert!(
            dan.earned(&en).starts_with("level L1; badges: "),
            "{}",
            dan.earned(&en)
        );
        // No story added: nobody to greet.
        assert!(newcomers(&site, &Changes::default()).is_empty());
    }
}
