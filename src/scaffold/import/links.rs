//! Links inside posts to the old blog itself: a link to one of its posts
//! (root-relative, or absolute on the old site's address) points at the
//! story that post became, since the import knows every post's old
//! address; any other root-relative link (`/docs/…`) names a page the new
//! site does not have, so it becomes absolute on the old site, where it
//! still answers. Without this, every such link is a broken link in `check`.

use std::collections::HashMap;

use pulldown_cmark::{Event, Parser, Tag};

use super::post;

/// Old addresses (without the site, trailing slash or case) to new paths.
#[derive(Default)]
pub struct OldSite {
    /// The old site's address with its base path, no trailing slash.
    url: Option<String>,
    posts: HashMap<String, String>,
}

/// How many links `rewrite` changed, each way.
#[derive(Default, Debug, PartialEq, Eq)]
pub struct Rewritten {
    pub to_stories: usize,
    pub to_old_site: usize,
}

impl OldSite {
    pub fn new(url: Option<&str>) -> OldSite {
        OldSite {
            url: url.map(|u| u.trim_end_matches('/').to_string()),
            posts: HashMap::new(),
        }
    }

    /// Records that the post once at `old` (a path or an address on the
    /// old site) is now at `new`.
    pub fn add(&mut self, old: &str, new: &str) {
        if let Some(path) = self.own_path(old).or_else(|| root_relative(old)) {
            self.posts.insert(key(path), new.to_string());
        }
    }

    /// `old`'s path when it is an address on the old site.
    fn own_path<'a>(&self, old: &'a str) -> Option<&'a str> {
        let site = bare(self.url.as_deref()?)?;
        let old = bare(old)?;
        let host_len = site.find('/').unwrap_or(site.len());
        let same_host = old
            .get(..host_len)
            .is_some_and(|h| h.eq_ignore_ascii_case(&site[..host_len]));
        if !same_host {
            return None;
        }
        let rest = &old[host_len..];
        match rest.is_empty() {
            true => Some("/"),
            false => rest.starts_with(['/', '?', '#']).then_some(rest),
        }
    }

    /// The new address for a link, if it is one to the old blog.
    fn target(&self, link: &str) -> Option<(String, bool)> {
        let own = self.own_path(link);
        let path = own.or_else(|| root_relative(link))?;
        let at = path.find(['?', '#']).unwrap_or(path.len());
        let fragment = path[at..].find('#').map_or("", |f| &path[at + f..]);
        if let Some(story) = self.posts.get(&key(&path[..at])) {
            return Some((format!("{story}{fragment}"), true));
        }
        // A link written on the old site's address already works as it is.
        let site = self.url.as_deref().filter(|_| own.is_none())?;
        Some((format!("{site}{path}"), false))
    }

    /// `body` with its links to the old blog rewritten, and how many.
    pub fn rewrite(&self, body: &str) -> (String, Rewritten) {
        let mut edits: Vec<(std::ops::Range<usize>, String, bool)> = link_refs(body)
            .into_iter()
            .filter_map(|(url, range)| self.target(&url).map(|(to, s)| (range, to, s)))
            .collect();
        edits.sort_by_key(|(r, _, _)| std::cmp::Reverse(r.start));
        edits.dedup_by_key(|(r, _, _)| r.start);
        let mut out = body.to_string();
        let mut n = Rewritten::default();
        for (range, to, story) in edits {
            out.replace_range(range, &to);
            match story {
                true => n.to_stories += 1,
                false => n.to_old_site += 1,
            }
        }
        (out, n)
    }
}

/// An address without its `https://` or `http://`.
fn bare(u: &str) -> Option<&str> {
    u.strip_prefix("https://")
        .or_else(|| u.strip_prefix("http://"))
}

/// A path starting with one `/` (not `//host`).
fn root_relative(link: &str) -> Option<&str> {
    (link.starts_with('/') && !link.starts_with("//")).then_some(link)
}

/// What two addresses of one page share: `/Blog/A/`, `/blog/a` and
/// `/blog/a/index.html` are one key.
fn key(path: &str) -> String {
    let path = path.split(['?', '#']).next().unwrap_or("");
    let path = path.strip_suffix("index.html").unwrap_or(path);
    path.trim_end_matches('/').to_lowercase()
}

/// The link addresses of `body` (Markdown links, reference definitions and
/// `href="…"`), with the byte range each is written at.
fn link_refs(body: &str) -> Vec<(String, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    for (event, range) in Parser::new(body).into_offset_iter() {
        if let Event::Start(Tag::Link { dest_url, .. }) = event {
            let text = &body[range.clone()];
            if let Some(at) = text.rfind(&format!("({dest_url}")) {
                let start = range.start + at + 1;
                out.push((dest_url.to_string(), start..start + dest_url.len()));
            }
        }
    }
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        if let Some(url) = definition(line) {
            let start = offset + line.find(url).unwrap_or(0);
            out.push((url.to_string(), start..start + url.len()));
        }
        offset += line.len();
    }
    for (i, _) in body.match_indices("href=\"") {
        let start = i + "href=\"".len();
        if let Some(len) = body[start..].find('"') {
            out.push((body[start..start + len].to_string(), start..start + len));
        }
    }
    let code = post::code_ranges(body);
    out.retain(|(_, r)| !post::inside(&code, r.start));
    out
}

/// The address of a reference definition line (`[1]: /path "title"`).
fn definition(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let rest = t.strip_prefix('[')?;
    let (label, after) = rest.split_once("]:")?;
    if label.is_empty() || label.starts_with('^') {
        return None;
    }
    after.split_whitespace().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_to_old_posts_point_at_their_stories_and_others_at_the_old_site() {
        let mut site = OldSite::new(Some("https://blog.example/"));
        site.add("/2022/02/22/hello.html", "/stories/hello/");
        site.add("/blog/launch", "/stories/launch/");
        let body = "[a](/2022/02/22/hello.html#part) [b](https://blog.example/blog/launch/)\n\
                    [c](/docs/setup) <a href=\"/Blog/Launch\">d</a> [e](https://other.example/x)\n\
                    [f][1] ![img](pic.png) [g](https://blog.example/about)\n\n[1]: /docs/ref\n\n\
                    ```html\n<a href=\"/docs/x\">\n```\n";
        let (out, n) = site.rewrite(body);
        assert_eq!(
            out,
            "[a](/stories/hello/#part) [b](/stories/launch/)\n\
             [c](https://blog.example/docs/setup) <a href=\"/stories/launch/\">d</a> [e](https://other.example/x)\n\
             [f][1] ![img](pic.png) [g](https://blog.example/about)\n\n[1]: https://blog.example/docs/ref\n\n\
             ```html\n<a href=\"/docs/x\">\n```\n"
        );
        assert_eq!(
            n,
            Rewritten {
                to_stories: 3,
                to_old_site: 2
            }
        );
    }

    #[test]
    fn without_the_old_address_only_post_links_change() {
        let mut site = OldSite::new(None);
        site.add("/news/a/", "/stories/a/");
        let (out, _) = site.rewrite("[a](/news/a/) [b](/docs/)\n");
        assert_eq!(out, "[a](/stories/a/) [b](/docs/)\n");
    }
}
