//! The route table: the URL of every output potluck writes, defined here
//! and nowhere else. Render, the sitemap, `check`'s link resolution, the
//! incremental planner and serve read it.
//!
//! URLs are site paths (`/stories/a/`, before `base_url`'s prefix is put in
//! front); `file` turns one into the output file that answers it
//! (`stories/a/index.html`).

use super::Kind;

pub const HOME: &str = "/";
pub const STORIES: &str = "/stories/";
pub const MEMBERS: &str = "/members/";
pub const TAGS: &str = "/tags/";
pub const KINDS: &str = "/kinds/";
pub const LEADERBOARD: &str = "/leaderboard/";
pub const STATS: &str = "/stats/";
pub const STATS_JSON: &str = "/stats.json";
pub const FEED: &str = "/atom.xml";
pub const SITEMAP: &str = "/sitemap.xml";
pub const ROBOTS: &str = "/robots.txt";
pub const NOT_FOUND: &str = "/404.html";
pub const SEARCH_INDEX: &str = "/search-index.json";
pub const SYNTAX_CSS: &str = "/syntax.css";
/// The "write a story" form (only with site.yaml's `repository:`).
pub const WRITE: &str = "/write/";
/// The "join" form for a member profile (only with `repository:`).
pub const JOIN: &str = "/join/";
/// What the two forms check against: handles, their look-alike keys, topics,
/// story slugs (only with `repository:`).
pub const CONTRIBUTE_JSON: &str = "/contribute.json";

/// The home page's social card (`og:image`): a PNG, never SVG.
pub const HOME_CARD: &str = "/social-card.png";

/// Every output at a fixed URL.
pub const FIXED: [&str; 14] = [
    HOME,
    STORIES,
    MEMBERS,
    TAGS,
    LEADERBOARD,
    STATS,
    STATS_JSON,
    FEED,
    SITEMAP,
    ROBOTS,
    NOT_FOUND,
    SEARCH_INDEX,
    SYNTAX_CSS,
    HOME_CARD,
];

/// The outputs written only when site.yaml has `repository:`.
pub const CONTRIBUTE: [&str; 3] = [WRITE, JOIN, CONTRIBUTE_JSON];

/// Every output at a fixed URL for a site with (or without) a repository.
pub fn fixed(has_repository: bool) -> impl Iterator<Item = &'static str> {
    let extra: &[&str] = if has_repository { &CONTRIBUTE } else { &[] };
    FIXED.into_iter().chain(extra.iter().copied())
}

/// A story's page, also the folder of its bundle's files.
pub fn story(slug: &str) -> String {
    ["/stories/", slug, "/"].concat()
}

/// A file of a story's bundle (its cover, an image), by its path in the bundle.
pub fn story_file(slug: &str, file: &str) -> String {
    ["/stories/", slug, "/", file].concat()
}

/// A story's social card, beside its page.
pub fn story_card(slug: &str) -> String {
    ["/stories/", slug, "/social-card.png"].concat()
}

/// A member's social card, beside their profile.
pub fn member_card(handle: &str) -> String {
    ["/members/", handle, "/social-card.png"].concat()
}

pub fn member(handle: &str) -> String {
    ["/members/", handle, "/"].concat()
}

pub fn member_feed(handle: &str) -> String {
    ["/members/", handle, "/atom.xml"].concat()
}

pub fn member_badge(handle: &str) -> String {
    ["/members/", handle, "/badge.svg"].concat()
}

/// A member's avatar file (`avatar-256.png`, `avatar.svg`).
pub fn avatar(handle: &str, file: &str) -> String {
    ["/members/", handle, "/", file].concat()
}

pub fn tag(name: &str) -> String {
    ["/tags/", name, "/"].concat()
}

pub fn tag_feed(name: &str) -> String {
    ["/tags/", name, "/atom.xml"].concat()
}

pub fn kind(k: Kind) -> String {
    format!("/kinds/{}/", k.as_str())
}

/// A page from content/pages/.
pub fn page(slug: &str) -> String {
    ["/", slug, "/"].concat()
}

/// Page `n` (from 1) of the listing at `base`: `base`, then `base/page/N/`.
pub fn paged(base: &str, n: usize) -> String {
    if n == 1 {
        base.to_string()
    } else {
        format!("{base}page/{n}/")
    }
}

/// The URL of the output file at `path` (relative to the output folder):
/// a static file, a theme file, a bundle file.
pub fn of_file(path: &str) -> String {
    format!("/{}", path.trim_start_matches('/'))
}

/// The URL a file written at `path` answers: `stories/index.html` is
/// `/stories/`, `atom.xml` is `/atom.xml`.
pub fn of_output(path: &str) -> String {
    match path.strip_suffix("index.html") {
        Some(dir) if dir.is_empty() || dir.ends_with('/') => of_file(dir),
        _ => of_file(path),
    }
}

/// The folder URL made of `segments` (`["a", "b"]` is `/a/b/`).
pub fn folder(segments: &[&str]) -> String {
    match segments {
        [] => HOME.to_string(),
        _ => format!("/{}/", segments.join("/")),
    }
}

/// The output file (relative, `/` separated) that answers `url`: a folder
/// URL is its `index.html`.
pub fn file(url: &str) -> String {
    let rel = url.trim_start_matches('/');
    if url.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_urls_are_written_as_their_index() {
        assert_eq!(file(HOME), "index.html");
        assert_eq!(file(&paged(&tag("gear"), 3)), "tags/gear/page/3/index.html");
        assert_eq!(file(FEED), "atom.xml");
        assert_eq!(of_output("tags/gear/index.html"), "/tags/gear/");
        assert_eq!(of_output("index.html"), "/");
        assert_eq!(
            of_output("members/a/avatar-64.png"),
            "/members/a/avatar-64.png"
        );
        assert_eq!(folder(&["a", "b"]), "/a/b/");
    }
}
