//! The values templates receive: member refs and story cards, computed once
//! per build and shared by every page that lists them.

use serde::Serialize;

use crate::i18n::Catalogue;
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

    // Both by `push_str`, not `format!`: every page's key gathers dozens of
    // URLs, and the formatting machinery was a visible part of the keys stage.
    pub fn path(&self, p: &str) -> String {
        concat(&[&self.prefix, p])
    }

    /// Absolute URL of a site path (which must not already carry the prefix).
    pub fn abs(&self, p: &str) -> String {
        let host_part = self.base.strip_suffix(&self.prefix).unwrap_or(&self.base);
        concat(&[host_part, &self.prefix, p])
    }
}

/// The parts one after the other, in one allocation.
fn concat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        out.push_str(p);
    }
    out
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
    /// The role's title in the site's language ("" for members).
    pub title: String,
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
    pub kind_label: String,
    pub summary: String,
    pub tags: Vec<TagRef>,
    pub authors: Vec<MemberRef>,
    /// The authors' names, joined as the language joins a list.
    pub by: String,
    pub cover_url: String,
    /// The story's social card (`render::cards`), shown where a cover would be.
    pub social_url: String,
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
    /// The story's own language (`lang:`), when it is written in another
    /// language than the site ("" otherwise), and the direction of its
    /// words (`own_dir`).
    pub lang: String,
    pub dir: String,
}

/// Another story of the same conversation, as a card or page links it.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct StoryLink {
    pub title: String,
    pub url: String,
    pub kind: Kind,
    pub kind_label: String,
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
    pub label: String,
    pub note: String,
    pub date: String,
    pub date_human: String,
}

/// "Alice", "Alice and Bo", "Alice, Bo and Cy", in the site's language.
pub fn names(i18n: &Catalogue, names: &[&str]) -> String {
    i18n.list(names, 0)
}

fn story_link(site: &Site, i: usize, urls: &Urls, i18n: &Catalogue) -> StoryLink {
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
        kind_label: kind_label(i18n, s.kind),
        date: s.day().to_string(),
        date_human: i18n.date(s.day()),
        by: names(i18n, &by),
        brand: site.by_host(i),
    }
}

/// Story `i`'s thread; `None` when it answers nothing and has no answer.
pub fn thread(site: &Site, i: usize, urls: &Urls, i18n: &Catalogue) -> Option<Thread> {
    let to = site.answers_to(i);
    let answers = site.answers(i);
    if to.is_none() && answers.is_empty() {
        return None;
    }
    let answers: Vec<StoryLink> = answers
        .iter()
        .map(|&a| story_link(site, a, urls, i18n))
        .collect();
    Some(Thread {
        answers_to: to.map(|t| story_link(site, t, urls, i18n)),
        brand_answer: to.is_some() && site.by_host(i),
        brand_answered: answers.iter().any(|a| a.brand),
        answers,
    })
}

fn status_view(s: &Story, i18n: &Catalogue) -> Option<StatusView> {
    (s.kind == Kind::Feedback).then(|| StatusView {
        name: s.status.status.as_str(),
        label: status_label(i18n, s.status.status),
        note: s.status.note.clone(),
        date: s.status.date.map(|d| d.to_string()).unwrap_or_default(),
        date_human: s.status.date.map(|d| i18n.date(d)).unwrap_or_default(),
    })
}

/// A feedback status's name in the site's language.
pub fn status_label(i18n: &Catalogue, s: crate::model::Status) -> String {
    i18n.t(&format!("status-{}", s.as_str()))
}

/// A kind's name ("Review"), in the site's language.
pub fn kind_label(i18n: &Catalogue, k: Kind) -> String {
    i18n.t(&format!("kind-{}", k.as_str()))
}

/// A kind's listing title ("Reviews"), in the site's language.
pub fn kind_plural(i18n: &Catalogue, k: Kind) -> String {
    i18n.t(&format!("kinds-{}", k.as_str()))
}

/// A role's title ("Host"), in the site's language; "" for members.
pub fn role_title(i18n: &Catalogue, r: Role) -> String {
    match r {
        Role::Host => i18n.t("role-host"),
        Role::Champion => i18n.t("role-champion"),
        Role::Member => String::new(),
    }
}

/// Level `i`'s name: the built-in levels in the site's language, a brand's
/// own levels (site.yaml) as written.
pub fn level_name(site: &Site, i18n: &Catalogue, i: usize) -> String {
    let levels = &site.config.recognition.levels;
    if *levels == crate::model::config::default_levels() {
        i18n.t(&format!("level-{}", levels[i].name.to_lowercase()))
    } else {
        levels[i].name.clone()
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
    i18n: &Catalogue,
) -> Vec<MemberRef> {
    site.members
        .iter()
        .zip(&rec.members)
        .enumerate()
        .map(|(i, (m, r))| MemberRef {
            handle: m.handle.clone(),
            name: m.name.clone(),
            url: urls.path(&routes::member(&m.handle)),
            role: m.role,
            title: role_title(i18n, m.role),
            level: r
                .level
                .map(|l| level_name(site, i18n, l))
                .unwrap_or_default(),
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
pub fn cards(
    site: &Site,
    rec: &Recognition,
    refs: &[MemberRef],
    urls: &Urls,
    i18n: &Catalogue,
) -> Vec<Card> {
    use rayon::prelude::*;
    site.stories
        .par_iter()
        .enumerate()
        .map(|(i, s)| {
            let welcome = (
                rec.welcome.get(i).copied().unwrap_or(false),
                rec.welcome_banner.get(i).copied().unwrap_or(false),
            );
            let thread = thread(site, i, urls, i18n);
            card(site, s, welcome, (refs, urls, i18n), thread)
        })
        .collect()
}

/// Whether a story is its author's first, and whether it is still new
/// enough for the banner (`Recognition::welcome_banner`).
type Welcome = (bool, bool);

/// What every card is made with besides its story.
type Shared<'a> = (&'a [MemberRef], &'a Urls, &'a Catalogue);

fn card(site: &Site, s: &Story, welcome: Welcome, shared: Shared, thread: Option<Thread>) -> Card {
    let (refs, urls, i18n) = shared;
    let url = urls.path(&routes::story(&s.slug));
    let authors: Vec<MemberRef> = s
        .authors
        .iter()
        .filter_map(|a| site.member_index(a).map(|i| refs[i].clone()))
        .collect();
    let names_of: Vec<&str> = authors.iter().map(|a| a.name.as_str()).collect();
    Card {
        slug: s.slug.clone(),
        title: s.title.clone(),
        cover_url: s
            .cover
            .as_ref()
            .map(|c| format!("{url}{c}"))
            .unwrap_or_default(),
        social_url: urls.path(&routes::story_card(&s.slug)),
        url,
        date: s.day().to_string(),
        date_human: i18n.date(s.day()),
        kind: s.kind,
        kind_label: kind_label(i18n, s.kind),
        summary: s.summary.clone(),
        tags: s.tags.iter().map(|t| tag_ref(t, urls)).collect(),
        by: names(i18n, &names_of),
        authors,
        featured: s.featured,
        welcome: welcome.0,
        welcome_banner: welcome.1,
        reading_minutes: reading_minutes(s),
        thread: thread.unwrap_or_default(),
        status: status_view(s, i18n),
        lang: own_lang(s, i18n).unwrap_or("").to_string(),
        dir: own_dir(s, i18n).to_string(),
    }
}

/// The story's `lang:` when it is not the site's language.
fn own_lang<'a>(s: &'a Story, i18n: &Catalogue) -> Option<&'a str> {
    s.lang
        .as_deref()
        .filter(|l| !l.eq_ignore_ascii_case(i18n.lang()))
}

/// The direction of the story's own words: its language's, else on a
/// right-to-left site "auto" (members there may write in a left-to-right
/// language without saying so; the browser then finds the direction from
/// the text), else none.
fn own_dir(s: &Story, i18n: &Catalogue) -> &'static str {
    match own_lang(s, i18n) {
        Some(l) => crate::i18n::locale::dir(l),
        None if i18n.dir() == "rtl" => "auto",
        None => "",
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
