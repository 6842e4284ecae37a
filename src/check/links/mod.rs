//! Internal links in Markdown: every link into the site must reach a page or a
//! file the build will write; when it does not, say what was meant.

use std::collections::HashSet;

use percent_encoding::percent_decode_str;

use super::Outlines;
use crate::model::{routes, Kind, Site, Source};
use crate::render::markdown::LinkAt;
use crate::render::Urls;
use crate::util::diag::{did_you_mean, Diagnostic};

/// Pages a link can name by one segment besides the site's pages (`/stories/`).
const SECTIONS: &[&str] = &["stories", "members", "tags", "leaderboard", "stats"];

/// Every path the built site will have (`/stories/x/`, `/style.css`).
pub struct Index<'a> {
    site: &'a Site,
    /// Pages and feeds potluck generates.
    generated: HashSet<String>,
    /// Files copied as they are: static files, theme files, bundle files, avatars.
    files: HashSet<String>,
    /// Redirect pages (`aliases:`).
    aliases: HashSet<String>,
    /// `host[:port]` of base_url, lowercase, to recognise absolute links to the site.
    host: String,
    /// The path part of base_url ("" or "/community").
    prefix: String,
}

impl<'a> Index<'a> {
    /// Mirrors `render::jobs`: the paths a build of `site` writes.
    pub fn new(site: &'a Site, theme_statics: &[String]) -> Index<'a> {
        let generated = generated_paths(site);
        let files = site
            .assets
            .iter()
            .map(|a| &a.to)
            .chain(theme_statics)
            .map(|p| routes::of_file(p))
            .collect();
        let urls = Urls::new(&site.config.base_url);
        let after_scheme = urls.base.split_once("://").map_or("", |(_, r)| r);
        let aliases = site.stories.iter().flat_map(|s| &s.aliases);
        let aliases = aliases.chain(site.pages.iter().flat_map(|p| &p.aliases));
        Index {
            site,
            generated,
            files,
            aliases: aliases.map(|a| a.path.clone()).collect(),
            host: after_scheme
                .split('/')
                .next()
                .unwrap_or("")
                .to_ascii_lowercase(),
            prefix: urls.prefix,
        }
    }

    /// Is this output file (`stories/index.html`, `atom.xml`) one potluck generates?
    pub fn is_generated(&self, output: &str) -> bool {
        self.generated.contains(&routes::of_output(output))
    }

    /// Every output file but the redirect pages (`stories/a/index.html`),
    /// through `fold_path`: what an alias may not replace.
    pub fn outputs(&self) -> HashSet<String> {
        let files = self
            .files
            .iter()
            .map(|f| f.trim_start_matches('/').to_string());
        let pages = self.generated.iter().map(|u| routes::file(u));
        files
            .chain(pages)
            .map(|f| crate::load::fold_path(&f))
            .collect()
    }

    /// Does the built site answer at `path`? `/stories/x` and
    /// `/stories/x/index.html` reach `/stories/x/` on any static host.
    fn has(&self, path: &str) -> bool {
        let known = |p: &str| {
            self.generated.contains(p) || self.files.contains(p) || self.aliases.contains(p)
        };
        known(path)
            || (!path.ends_with('/') && known(&format!("{path}/")))
            || path
                .strip_suffix("index.html")
                .is_some_and(|dir| dir.ends_with('/') && known(dir))
    }

    /// The site path a link reaches from the page at `page` (a directory URL),
    /// or None for fragments, other sites and other schemes.
    fn resolve(&self, url: &str, page: &str) -> Option<String> {
        let url = url.trim();
        let url = &url[..url.find(['#', '?']).unwrap_or(url.len())];
        if url.is_empty() {
            return None;
        }
        let path = if let Some(rest) = without_scheme(url)? {
            let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
            if !host.eq_ignore_ascii_case(&self.host) {
                return None;
            }
            let path = routes::of_file(path);
            let inside = path.strip_prefix(&self.prefix)?;
            if !(inside.is_empty() || inside.starts_with('/')) {
                return None;
            }
            routes::of_file(inside)
        } else if url.starts_with('/') {
            url.to_string()
        } else {
            format!("{page}{url}")
        };
        Some(normalize(&percent_decode_str(&path).decode_utf8_lossy()))
    }
}

/// The pages and feeds `render::jobs` produces for `site`, as site paths.
fn generated_paths(site: &Site) -> HashSet<String> {
    let mut generated: HashSet<String> = routes::fixed(site.config.repository.is_some())
        .map(String::from)
        .collect();
    let per_page = site.config.stories_per_page;
    // A listing of `len` stories at `base`: `base`, then `base/page/N/`.
    let listing = |base: String, len: usize| {
        let pages = crate::render::listing_pages(per_page, len);
        let extra = (2..=pages).map(move |n| routes::paged(&base, n));
        extra.collect::<Vec<_>>()
    };
    generated.extend(listing(routes::STORIES.into(), site.stories.len()));
    for s in &site.stories {
        generated.extend([routes::story(&s.slug), routes::story_card(&s.slug)]);
    }
    for m in &site.members {
        let h = &m.handle;
        generated.extend([
            routes::member(h),
            routes::member_feed(h),
            routes::member_badge(h),
            routes::member_card(h),
        ]);
    }
    for t in &site.tags {
        let base = routes::tag(&t.name);
        generated.extend(listing(base.clone(), t.stories.len()));
        generated.extend([routes::tag_feed(&t.name), base]);
    }
    for k in Kind::ALL {
        let base = routes::kind(k);
        let count = site.stories.iter().filter(|s| s.kind == k).count();
        generated.extend(listing(base.clone(), count));
        generated.insert(base);
    }
    generated.extend(site.pages.iter().map(|p| routes::page(&p.slug)));
    generated
}

/// For `https://host/x` and `//host/x`: Some(Some("host/x")); for a relative
/// or root-relative URL: Some(None); for any other scheme (mailto:): None.
/// (code, message, help) for a relative link that is another site's
/// address without its `https://`, read as a file beside the story.
fn missing_scheme(link: &LinkAt) -> Option<(&'static str, String, String)> {
    let what = if link.image { "image" } else { "link" };
    looks_like_host(&link.url).then(|| {
        (
            "broken-link",
            format!(
                "broken {what} `{}`: the address is missing `https://`, so it is read as a file beside the story",
                link.url
            ),
            format!("write `https://{}` to link to the other site", link.url),
        )
    })
}

/// Whether a relative link is another site's address written without its
/// scheme (`twitter.com/@x`, `example.dev`): its first part is a host name
/// whose last label is no file extension people link to.
fn looks_like_host(url: &str) -> bool {
    const FILES: &[&str] = &[
        "md", "html", "htm", "png", "jpg", "jpeg", "gif", "webp", "svg", "pdf", "zip", "txt",
        "mp4", "mp3", "webm", "ogg", "css", "js", "json", "xml", "csv", "avif", "ico", "gz",
    ];
    let host = url.split(['/', '?', '#']).next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    let Some(tld) = labels.last().filter(|_| labels.len() >= 2) else {
        return false;
    };
    let plain = labels
        .iter()
        .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    let is_file = FILES.contains(&tld.to_ascii_lowercase().as_str());
    let tld_ok = tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic());
    plain && tld_ok && (!is_file || host.starts_with("www."))
}

fn without_scheme(url: &str) -> Option<Option<&str>> {
    if let Some(rest) = url.strip_prefix("//") {
        return Some(Some(rest));
    }
    let Some((scheme, rest)) = url.split_once(':') else {
        return Some(None);
    };
    let is_scheme = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c));
    if !is_scheme {
        return Some(None);
    }
    let web = scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https");
    web.then(|| rest.strip_prefix("//")).flatten().map(Some)
}

/// Resolves `.` and `..` segments (never above the root), keeping a trailing slash.
fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let dir = path.ends_with('/') || path.ends_with("/.") || path.ends_with("/..");
    match dir {
        true => routes::folder(&parts),
        false => routes::of_file(&parts.join("/")),
    }
}

/// A document whose Markdown is checked, with the URL its relative links start from.
struct Doc<'a> {
    source: &'a Source,
    page: String,
}

/// Broken internal links and missing bundle files in every story, profile and page.
pub fn check(site: &Site, index: &Index, outlines: &Outlines) -> Vec<Diagnostic> {
    let stories = site.stories.iter().zip(&outlines.stories).map(|(s, o)| {
        let page = routes::story(&s.slug);
        (
            Doc {
                source: &s.source,
                page,
            },
            o,
        )
    });
    let members = site.members.iter().zip(&outlines.members).map(|(m, o)| {
        let page = routes::member(&m.handle);
        (
            Doc {
                source: &m.source,
                page,
            },
            o,
        )
    });
    let pages = site.pages.iter().zip(&outlines.pages).map(|(p, o)| {
        let page = routes::page(&p.slug);
        (
            Doc {
                source: &p.source,
                page,
            },
            o,
        )
    });
    stories
        .chain(members)
        .chain(pages)
        .flat_map(|(doc, outline)| {
            outline
                .links
                .iter()
                .filter_map(|link| index.problem(&doc, link))
                .collect::<Vec<_>>()
        })
        .collect()
}

impl Index<'_> {
    fn problem(&self, doc: &Doc, link: &LinkAt) -> Option<Diagnostic> {
        let path = self.resolve(&link.url, &doc.page)?;
        if self.has(&path) {
            return None;
        }
        let (code, message, help) =
            missing_scheme(link).unwrap_or_else(|| self.explain(&path, link));
        Some(
            Diagnostic::error(&doc.source.path, code, message)
                .at(doc.source.body_line + link.line - 1, link.col)
                .help(help),
        )
    }

    /// (code, message, help) for a link to `path`, which does not exist.
    fn explain(&self, path: &str, link: &LinkAt) -> (&'static str, String, String) {
        let what = if link.image { "image" } else { "link" };
        let shown = format!("broken {what} `{}`", link.url);
        let segs: Vec<&str> = path.trim_matches('/').split('/').collect();
        if let Some(last) = segs.last().and_then(|s| s.strip_suffix(".md")) {
            let message = format!("{shown}: Markdown files are not published");
            let stem = match segs.len() {
                n if last == "index" && n > 1 => segs[n - 2],
                _ => last,
            };
            return ("broken-link", message, self.page_of(stem));
        }
        let site = self.site;
        let (kind, name, names, section, otherwise): (_, _, Vec<&str>, _, String) =
            match segs.as_slice() {
                ["stories", s] => (
                    "story",
                    *s,
                    site.stories.iter().map(|x| x.slug.as_str()).collect(),
                    "/stories/",
                    "a story's address is /stories/<its file name without .md>/".into(),
                ),
                ["stories", s, rest @ ..] if site.stories.iter().any(|x| x.slug == *s) => {
                    return self.bundle_file(s, &rest.join("/"), &shown)
                }
                ["members", h] => (
                    "member",
                    *h,
                    site.members.iter().map(|m| m.handle.as_str()).collect(),
                    "/members/",
                    format!("a profile's address is /members/<handle>/; add a missing one with `potluck new member {h} --name \"...\"`"),
                ),
                ["tags", t] => (
                    "tag",
                    *t,
                    site.tags.iter().map(|t| t.name.as_str()).collect(),
                    "/tags/",
                    "a topic page exists once a story or a profile uses the tag".into(),
                ),
                ["kinds", k] => (
                    "kind",
                    *k,
                    Kind::ALL.map(Kind::as_str).to_vec(),
                    "/kinds/",
                    "kinds are story, review, tip, feedback and event".into(),
                ),
                [p] if !p.contains('.') => (
                    "page",
                    *p,
                    site.pages.iter().map(|x| x.slug.as_str()).chain(SECTIONS.iter().copied()).collect(),
                    "/",
                    format!("a page's address comes from its file: /{p}/ would be content/pages/{p}.md"),
                ),
                _ => return self.unknown_path(path, &shown),
            };
        let help = did_you_mean(name, names)
            .map(|m| format!("did you mean `{section}{m}/`?"))
            .unwrap_or(otherwise);
        let message = format!("{shown}: there is no {kind} `{name}`");
        ("broken-link", message, help)
    }

    /// A path in no section potluck knows: suggest the closest published path.
    fn unknown_path(&self, path: &str, shown: &str) -> (&'static str, String, String) {
        // Only near misses: every path starts with a prefix of this one ("/"),
        // which `did_you_mean` would otherwise accept.
        let near = |m: &&str| strsim::damerau_levenshtein(path, m) <= path.len() / 4 + 1;
        let all = self.generated.iter().chain(&self.files).map(String::as_str);
        let help = all
            .filter(near)
            .min_by_key(|m| (strsim::damerau_levenshtein(path, m), *m))
            .map(|m| format!("did you mean `{m}`?"))
            .unwrap_or_else(|| "link to a page of the site, such as `/stories/<slug>/`".into());
        let message = format!("{shown}: nothing is published at `{path}`");
        ("broken-link", message, help)
    }

    /// A file under `/stories/<slug>/` that the story's bundle does not have.
    fn bundle_file(&self, slug: &str, file: &str, shown: &str) -> (&'static str, String, String) {
        let Some(story) = self.site.stories.iter().find(|s| s.slug == slug) else {
            return ("broken-link", shown.to_string(), String::new());
        };
        let Some(bundle) = &story.bundle else {
            return (
                "missing-asset",
                format!(
                    "{shown}: `{}` is not a bundle, so it has no files",
                    story.source.path
                ),
                format!(
                    "move the story to content/stories/{slug}/index.md and put `{file}` beside it"
                ),
            );
        };
        let dir = format!("stories/{slug}/");
        let present = self
            .site
            .assets
            .iter()
            .filter_map(|a| a.to.strip_prefix(&dir));
        let help = did_you_mean(file, present)
            .map(|m| format!("did you mean `{m}`? (names are case-sensitive)"))
            .unwrap_or_else(|| "add the file beside index.md, or fix the name".into());
        let folder = bundle.to_string_lossy().replace('\\', "/");
        (
            "missing-asset",
            format!("{shown}: `{file}` is not in {folder}/"),
            help,
        )
    }

    /// Help for a link to `<stem>.md`: the page that file becomes, if any.
    fn page_of(&self, stem: &str) -> String {
        let site = self.site;
        let url = if site.stories.iter().any(|s| s.slug == stem) {
            routes::story(stem)
        } else if site.member(stem).is_some() {
            routes::member(stem)
        } else if site.pages.iter().any(|p| p.slug == stem) {
            routes::page(stem)
        } else {
            return "link to the page's address (like `/stories/<slug>/`), not to its file".into();
        };
        format!("link to the page it becomes: `{url}`")
    }
}

#[cfg(test)]
mod tests;
