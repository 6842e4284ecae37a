//! Test helpers: a tiny builder for purpose-made sites.

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::model::config::{Config, Level};
use crate::model::{Member, Site, Source, Story, Tag};

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn midnight(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(&format!("{s}T00:00:00Z")).expect("test date")
}

fn source(path: String) -> Source {
    Source { path, body_line: 1 }
}

pub struct SiteBuilder {
    config: Config,
    members: Vec<Member>,
    stories: Vec<Story>,
}

impl SiteBuilder {
    pub fn new() -> SiteBuilder {
        // Through serde, so fields with defaults added to Config later need no change here.
        let config = serde_json::from_str(
            r#"{"title":"T","base_url":"https://example.com","brand":{"name":"B"}}"#,
        )
        .expect("test config");
        SiteBuilder {
            config,
            members: Vec::new(),
            stories: Vec::new(),
        }
    }

    pub fn levels(mut self, thresholds: &[usize]) -> SiteBuilder {
        self.config.recognition.levels = thresholds
            .iter()
            .map(|&stories| Level {
                name: format!("L{stories}"),
                stories,
            })
            .collect();
        self
    }

    pub fn member(self, handle: &str) -> SiteBuilder {
        self.member_with(handle, |_| {})
    }

    pub fn member_with(mut self, handle: &str, edit: impl FnOnce(&mut Member)) -> SiteBuilder {
        let mut m = Member {
            handle: handle.to_string(),
            name: handle.to_uppercase(),
            avatar: None,
            location: None,
            links: Vec::new(),
            interests: Vec::new(),
            joined: None,
            role: Default::default(),
            awards: Vec::new(),
            bio: String::new(),
            source: source(format!("content/members/{handle}.md")),
        };
        edit(&mut m);
        self.members.push(m);
        self
    }

    pub fn story(self, slug: &str, date: &str, authors: &[&str]) -> SiteBuilder {
        self.story_with(slug, date, authors, |_| {})
    }

    pub fn story_with(
        mut self,
        slug: &str,
        date: &str,
        authors: &[&str],
        edit: impl FnOnce(&mut Story),
    ) -> SiteBuilder {
        let mut s = Story {
            slug: slug.to_string(),
            title: format!("Title of {slug}"),
            authors: authors.iter().map(|a| a.to_string()).collect(),
            date: midnight(date),
            updated: None,
            kind: Default::default(),
            tags: Vec::new(),
            summary: String::new(),
            cover: None,
            featured: false,
            thanks: Vec::new(),
            draft: false,
            responds_to: None,
            status: Default::default(),
            aliases: Vec::new(),
            lang: None,
            body: Default::default(),
            bundle: None,
            source: source(format!("content/stories/{slug}.md")),
            md_key: Default::default(),
        };
        edit(&mut s);
        self.stories.push(s);
        self
    }

    /// Sorts like the loader does: members by handle, stories newest first
    /// (ties by slug), tags by name.
    pub fn build(mut self) -> Site {
        self.members.sort_by(|a, b| a.handle.cmp(&b.handle));
        self.stories
            .sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
        let mut names: Vec<String> = self.stories.iter().flat_map(|s| s.tags.clone()).collect();
        names.sort();
        names.dedup();
        let tags = names
            .into_iter()
            .map(|name| Tag {
                stories: (0..self.stories.len())
                    .filter(|&i| self.stories[i].tags.contains(&name))
                    .collect(),
                name,
            })
            .collect();
        let stories = self.stories.into_iter().map(std::sync::Arc::new).collect();
        Site::new(
            self.config,
            self.members,
            stories,
            Vec::new(),
            tags,
            Vec::new(),
        )
    }
}
