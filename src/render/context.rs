//! The values templates receive: member refs and story cards, computed once
//! per build and shared by every page that lists them.

use serde::Serialize;

use crate::model::{routes, Kind, Member, Role, Site, Story};
use crate::recognition::Recognition;
use crate::render::images::AvatarFiles;
/// Dates in words live with the other words (recognition writes them too).
pub use crate::util::words::human_date;

/// Turns site paths into URLs: `path("/stories/")` and absolute `abs("/stories/")`.
#[derive(Debug, Clone)]
pub struct Urls {
    /// The path part of base_url ("" or "/community").
    pub prefix: String,
    /// base_url without a trailing slash.
    pub base: String,
}

impl Urls {
    pub fn new(base_url: &str) -> Urls {
        let base = base_url.trim_end_matches('/').to_string();
        let after_scheme = base.split_once("://").map_or("", |(_, r)| r);
        let prefix = after_scheme
            .find('/')
            .map_or(String::new(), |i| after_scheme[i..].to_string());
        Urls { prefix, base }
    }

    pub fn path(&self, p: &str) -> String {
        format!("{}{p}", self.prefix)
    }

    /// Absolute URL of a site path (which must not already carry the prefix).
    pub fn abs(&self, p: &str) -> String {
        let host_part = self.base.strip_suffix(&self.prefix).unwrap_or(&self.base);
        format!("{host_part}{}{p}", self.prefix)
    }
}

#[derive(Debug, Clone, Hash, Serialize)]
pub struct Avatar {
    pub url: String,
    pub url_small: String,
    pub width: u32,
    pub height: u32,
    pub initials: String,
    pub hue: u32,
}

#[derive(Debug, Clone, Hash, Serialize)]
pub struct MemberRef {
    pub handle: String,
    pub name: String,
    pub url: String,
    pub role: Role,
    pub title: &'static str,
    pub level: String,
    /// The level's rank, 1 for the lowest configured level (0 without one):
    /// themes colour level chips by it, so any site's own levels rise too.
    pub level_rank: usize,
    pub avatar: Avatar,
}

#[derive(Debug, Clone, Hash, Serialize)]
pub struct TagRef {
    pub name: String,
    pub url: String,
}

#[derive(Debug, Clone, Hash, Serialize)]
pub struct Card {
    pub slug: String,
    pub title: String,
    pub url: String,
    pub date: String,
    pub date_human: String,
    pub kind: Kind,
    pub kind_label: &'static str,
    pub summary: String,
    pub tags: Vec<TagRef>,
    pub authors: Vec<MemberRef>,
    pub cover_url: String,
    pub featured: bool,
    /// The lead author's first story: the lasting "First story" mark.
    pub welcome: bool,
    /// A first story still new: its page greets the author with a banner.
    pub welcome_banner: bool,
    pub reading_minutes: usize,
    /// The conversation the story is part of (empty for most stories).
    pub thread: Thread,
    /// A feedback story's status; `None` for other kinds.
    pub status: Option<StatusView>,
}

/// Another story of the same conversation, as a card or page links it.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct StoryLink {
    pub title: String,
    pub url: String,
    pub kind: Kind,
    pub kind_label: &'static str,
    pub date: String,
    pub date_human: String,
    /// The authors' names, joined ("Alice Nguyen and Bo").
    pub by: String,
    /// Written by a host: the brand's answer.
    pub brand: bool,
}

/// The story a story answers and the answers it got.
#[derive(Debug, Clone, Default, Hash, Serialize)]
pub struct Thread {
    pub answers_to: Option<StoryLink>,
    /// Oldest first.
    pub answers: Vec<StoryLink>,
    /// This story answers another and a host wrote it.
    pub brand_answer: bool,
    /// Some answer is the brand's.
    pub brand_answered: bool,
}

/// A feedback story's status, for its page, card and the feedback board.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct StatusView {
    pub name: &'static str,
    pub label: &'static str,
    pub note: String,
    pub date: String,
    pub date_human: String,
}

/// "Alice", "Alice and Bo", "Alice, Bo and Cy".
pub fn names(names: &[&str]) -> String {
    crate::util::words::and_list(names)
}

fn story_link(site: &Site, i: usize, urls: &Urls) -> StoryLink {
    let s = &site.stories[i];
    let by: Vec<&str> = s
        .authors
        .iter()
        .filter_map(|a| site.member(a).map(|m| m.name.as_str()))
        .collect();
    StoryLink {
        title: s.title.clone(),
        url: urls.path(&routes::story(&s.slug)),
        kind: s.kind,
        kind_label: kind_label(s.kind),
        date: s.day().to_string(),
        date_human: human_date(s.day()),
        by: names(&by),
        brand: site.by_host(i),
    }
}

/// Story `i`'s thread; `None` when it answers nothing and has no answer.
pub fn thread(site: &Site, i: usize, urls: &Urls) -> Option<Thread> {
    let to = site.answers_to(i);
    let answers = site.answers(i);
    if to.is_none() && answers.is_empty() {
        return None;
    }
    let answers: Vec<StoryLink> = answers.iter().map(|&a| story_link(site, a, urls)).collect();
    Some(Thread {
        answers_to: to.map(|t| story_link(site, t, urls)),
        brand_answer: to.is_some() && site.by_host(i),
        brand_answered: answers.iter().any(|a| a.brand),
        answers,
    })
}

fn status_view(s: &Story) -> Option<StatusView> {
    (s.kind == Kind::Feedback).then(|| StatusView {
        name: s.status.status.as_str(),
        label: s.status.status.label(),
        note: s.status.note.clone(),
        date: s.status.date.map(|d| d.to_string()).unwrap_or_default(),
        date_human: s.status.date.map(human_date).unwrap_or_default(),
    })
}

pub fn kind_label(k: Kind) -> &'static str {
    match k {
        Kind::Story => "Story",
        Kind::Review => "Review",
        Kind::Tip => "Tip",
        Kind::Feedback => "Feedback",
        Kind::Event => "Event",
    }
}

fn initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = |w: &str| {
        w.chars()
            .next()
            .map(|c| c.to_uppercase().collect::<String>())
            .unwrap_or_default()
    };
    match words.as_slice() {
        [] => "?".into(),
        [one] => first(one),
        [a, .., b] => format!("{}{}", first(a), first(b)),
    }
}

/// The avatar's URLs and size, from the files `images` made (initials without one).
fn avatar(m: &Member, files: Option<&AvatarFiles>, urls: &Urls) -> Avatar {
    let url = |p: &str| urls.path(&routes::of_file(p));
    Avatar {
        url: files.map(|f| url(&f.large)).unwrap_or_default(),
        url_small: files.map(|f| url(&f.small)).unwrap_or_default(),
        width: files.map_or(0, |f| f.width),
        height: files.map_or(0, |f| f.height),
        initials: initials(&m.name),
        hue: (crate::util::fnv::Fnv::of(m.handle.as_bytes()) % 360) as u32,
    }
}

/// One ref per member, parallel to `site.members` (and to `avatars`).
pub fn member_refs(
    site: &Site,
    rec: &Recognition,
    urls: &Urls,
    avatars: &[Option<std::sync::Arc<AvatarFiles>>],
) -> Vec<MemberRef> {
    let levels = &site.config.recognition.levels;
    site.members
        .iter()
        .zip(&rec.members)
        .enumerate()
        .map(|(i, (m, r))| MemberRef {
            handle: m.handle.clone(),
            name: m.name.clone(),
            url: urls.path(&routes::member(&m.handle)),
            role: m.role,
            title: m.role.title(),
            level: r.level.map(|l| levels[l].name.clone()).unwrap_or_default(),
            level_rank: r.level.map_or(0, |l| l + 1),
            avatar: avatar(m, avatars.get(i).and_then(Option::as_deref), urls),
        })
        .collect()
}

pub fn tag_ref(name: &str, urls: &Urls) -> TagRef {
    TagRef {
        name: name.to_string(),
        url: urls.path(&routes::tag(name)),
    }
}

/// One card per story, parallel to `site.stories`, made again by every
/// build: a card is in the key of every page that shows it (as its
/// fingerprint), so it must be what this build would make.
pub fn cards(site: &Site, rec: &Recognition, refs: &[MemberRef], urls: &Urls) -> Vec<Card> {
    use rayon::prelude::*;
    site.stories
        .par_iter()
        .enumerate()
        .map(|(i, s)| {
            let welcome = (
                rec.welcome.get(i).copied().unwrap_or(false),
                rec.welcome_banner.get(i).copied().unwrap_or(false),
            );
            card(site, s, welcome, refs, urls, thread(site, i, urls))
        })
        .collect()
}

/// Whether a story is its author's first, and whether it is still new
/// enough for the banner (`Recognition::welcome_banner`).
type Welcome = (bool, bool);

fn card(
    site: &Site,
    s: &Story,
    welcome: Welcome,
    refs: &[MemberRef],
    urls: &Urls,
    thread: Option<Thread>,
) -> Card {
    let url = urls.path(&routes::story(&s.slug));
    Card {
        slug: s.slug.clone(),
        title: s.title.clone(),
        cover_url: s
            .cover
            .as_ref()
            .map(|c| format!("{url}{c}"))
            .unwrap_or_default(),
        url,
        date: s.day().to_string(),
        date_human: human_date(s.day()),
        kind: s.kind,
        kind_label: kind_label(s.kind),
        summary: s.summary.clone(),
        tags: s.tags.iter().map(|t| tag_ref(t, urls)).collect(),
        authors: s
            .authors
            .iter()
            .filter_map(|a| site.member_index(a).map(|i| refs[i].clone()))
            .collect(),
        featured: s.featured,
        welcome: welcome.0,
        welcome_banner: welcome.1,
        reading_minutes: reading_minutes(s),
        thread: thread.unwrap_or_default(),
        status: status_view(s),
    }
}

/// At 200 words a minute, at least one.
fn reading_minutes(s: &Story) -> usize {
    s.body.words().div_ceil(200).max(1)
}

/// What a query value must encode: everything but letters, digits, the
/// unreserved `-._~` and the `/` and `:` RFC 3986 allows in a query, so a
/// shared URL stays readable (and a story page some 300 bytes shorter).
const QUERY_VALUE: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/')
    .remove(b':');

/// Plain share links: no third-party script, just URLs.
pub fn share_links(title: &str, url: &str) -> Vec<(&'static str, String)> {
    use percent_encoding::utf8_percent_encode;
    let t = utf8_percent_encode(title, QUERY_VALUE).to_string();
    let u = utf8_percent_encode(url, QUERY_VALUE).to_string();
    // In an http(s) query a space may be "+" (form encoding, which these
    // services read); a mailto: URL has no such rule and keeps "%20".
    let plus = |s: &str| s.replace("%20", "+");
    let both = plus(&utf8_percent_encode(&format!("{title} {url}"), QUERY_VALUE).to_string());
    vec![
        (
            "Mastodon",
            format!("https://mastodon.social/share?text={both}"),
        ),
        (
            "Bluesky",
            format!("https://bsky.app/intent/compose?text={both}"),
        ),
        (
            "LinkedIn",
            format!("https://www.linkedin.com/sharing/share-offsite/?url={u}"),
        ),
        (
            "X",
            format!("https://x.com/intent/post?text={}&url={u}", plus(&t)),
        ),
        ("Email", format!("mailto:?subject={t}&body={u}")),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn urls_with_and_without_a_path() {
        let u = Urls::new("https://x.example/community/");
        assert_eq!(u.path("/stories/"), "/community/stories/");
        assert_eq!(u.abs("/stories/"), "https://x.example/community/stories/");
        let u = Urls::new("https://x.example");
        assert_eq!(u.path("/"), "/");
        assert_eq!(u.abs("/a/"), "https://x.example/a/");
    }

    #[test]
    fn share_links_encode_what_a_query_value_needs() {
        let links = share_links("Fish & chips #1 = 100%?", "https://x.example/s/a-b_c/");
        let x = &links.iter().find(|(n, _)| *n == "X").unwrap().1;
        assert_eq!(
            x,
            "https://x.com/intent/post?text=Fish+%26+chips+%231+%3D+100%25%3F&url=https://x.example/s/a-b_c/"
        );
        let mail = &links.iter().find(|(n, _)| *n == "Email").unwrap().1;
        assert_eq!(
            mail,
            "mailto:?subject=Fish%20%26%20chips%20%231%20%3D%20100%25%3F&body=https://x.example/s/a-b_c/"
        );
        let bsky = &links.iter().find(|(n, _)| *n == "Bluesky").unwrap().1;
        assert!(
            bsky.ends_with("?text=Fish+%26+chips+%231+%3D+100%25%3F+https://x.example/s/a-b_c/")
        );
    }

    #[test]
    fn initials_and_dates() {
        assert_eq!(initials("Alice Nguyen"), "AN");
        assert_eq!(initials("José María Núñez"), "JN");
        assert_eq!(initials("東京"), "東");
        assert_eq!(
            human_date(NaiveDate::from_ymd_opt(2024, 5, 1).unwrap()),
            "1 May 2024"
        );
    }
}
