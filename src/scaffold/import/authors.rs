//! Authors into member profiles: the fields author data files use (Hugo's
//! data files and taxonomy pages, Jekyll's `_data/authors.yml`, Docusaurus's
//! `authors.yml`) mapped to potluck's, and handles made from them that pass
//! the identity checks (`load::identity`): deterministic, and none looking
//! like another.

use std::collections::HashSet;

use serde_json::{Map, Value};

use super::post::one_line;
use crate::load::identity::handle_skeleton;
use crate::load::member::profile_link;
use crate::scaffold::yaml_string;
use crate::util::slug::slugify;

/// An author as the old blog describes them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Author {
    /// How posts name them (a data key, or the author string itself).
    pub key: String,
    pub name: String,
    /// A job title or role (Docusaurus `title`), put at the top of the bio.
    pub title: Option<String>,
    pub bio: Option<String>,
    /// A picture: a path in the blog or a URL.
    pub image: Option<String>,
    /// (label, value) as potluck's `links` take them.
    pub links: Vec<(String, String)>,
    /// Links potluck would refuse, left out (`website: x`), for the report.
    pub dropped: Vec<String>,
    /// The blog's own profile, made by the import for posts naming no one.
    pub house: bool,
}

const NAME_KEYS: &[&str] = &["name", "display_name", "full_name"];
const BIO_KEYS: &[&str] = &["bio", "description", "about", "summary"];
const IMAGE_KEYS: &[&str] = &["image_url", "image", "avatar", "picture", "photo"];
const SITE_KEYS: &[&str] = &["url", "website", "web", "homepage", "link"];

impl Author {
    /// An author named only by a string in a post.
    pub fn named(name: &str) -> Author {
        Author {
            key: name.to_string(),
            name: one_line(name),
            ..Author::default()
        }
    }

    /// An author from a data entry; `title_is_name` for formats whose
    /// `title` is the person's name (Hugo's taxonomy pages).
    pub fn from_data(key: &str, v: &Map<String, Value>, title_is_name: bool) -> Author {
        let first = |keys: &[&str]| keys.iter().find_map(|k| super::source::text(v, k));
        let mut name = first(NAME_KEYS);
        let mut title = super::source::text(v, "title");
        if title_is_name && name.is_none() {
            name = title.take();
        }
        let mut links = Vec::new();
        let mut dropped = Vec::new();
        let site = first(SITE_KEYS).map(|site| website(&site));
        for link in site.into_iter().chain(socials(v)) {
            match link {
                Ok((label, value)) if !links.iter().any(|(l, _)| *l == label) => {
                    links.push((label, value))
                }
                Ok(_) => {}
                Err(shown) => dropped.push(shown),
            }
        }
        Author {
            key: key.to_string(),
            name: one_line(&name.unwrap_or_else(|| key.to_string())),
            title: title.map(|t| one_line(&t)),
            bio: first(BIO_KEYS),
            image: first(IMAGE_KEYS),
            links,
            dropped,
            house: false,
        }
    }
}

/// An author's website as a link: a GitHub profile is their `github` link;
/// a bare host name (`example.fr`, `example.fr/me`) gets `https://`. What
/// potluck would still refuse comes back as `Err`, to be reported.
fn website(site: &str) -> Result<(String, String), String> {
    let site = site.trim();
    let full = match site.contains("://") {
        true => site.to_string(),
        false if bare_host(site) => format!("https://{site}"),
        false => site.to_string(),
    };
    let label = match github_user(&full) {
        Some(_) => "github",
        None => "website",
    };
    match profile_link(label, &full) {
        Some(_) => Ok((label.to_string(), full)),
        None => Err(format!("website: {site}")),
    }
}

/// Whether `s` starts with a host name (`example.fr`, `www.example.fr/me`).
fn bare_host(s: &str) -> bool {
    let host = s.split(['/', '?', '#']).next().unwrap_or("");
    host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && host
            .rsplit('.')
            .next()
            .is_some_and(|tld| tld.chars().all(|c| c.is_ascii_alphabetic()))
}

/// The user of a GitHub profile address (`https://github.com/alice`).
fn github_user(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("https://github.com/")
        .or_else(|| url.strip_prefix("http://github.com/"))?;
    let user = rest.trim_end_matches('/');
    (!user.is_empty() && !user.contains(['/', '?', '#'])).then_some(user)
}

/// Social accounts, at the top level or under `socials`/`social`, made
/// into links potluck accepts; those it would refuse come back as `Err`.
fn socials(v: &Map<String, Value>) -> Vec<Result<(String, String), String>> {
    let nested = ["socials", "social"]
        .iter()
        .find_map(|k| v.get(*k)?.as_object());
    let maps = [Some(v), nested].into_iter().flatten();
    let mut out = Vec::new();
    for map in maps {
        for (key, value) in map {
            let Some(value) = value.as_str().map(str::trim) else {
                continue;
            };
            if let Some(link) = social(&key.to_ascii_lowercase(), value) {
                out.push(link);
            }
        }
    }
    out
}

fn social(key: &str, value: &str) -> Option<Result<(String, String), String>> {
    let user = value.trim_start_matches('@');
    let url = |base: &str| format!("{base}{user}");
    let (label, value) = match key {
        "github" | "gitlab" | "codeberg" | "mastodon" | "bluesky" => (key, value.to_string()),
        "twitter" | "x" if !value.contains('/') => ("x", url("https://x.com/")),
        "linkedin" if !value.contains('/') => ("linkedin", url("https://www.linkedin.com/in/")),
        "twitter" | "x" | "linkedin" | "stackoverflow" | "youtube" | "instagram" => {
            (key, value.to_string())
        }
        _ => return None,
    };
    Some(match profile_link(label, &value) {
        Some(_) => Ok((label.to_string(), value)),
        None => Err(format!("{key}: {value}")),
    })
}

/// A handle for each author, in order: from the key (or the name when the
/// key gives nothing), made unique by look (`load::identity`'s skeleton)
/// with `-2`, `-3` ... when needed. A handle the site already has (`taken`)
/// is kept: that member is the author. One that only looks like it is not.
pub fn handles(authors: &[Author], taken: &[String]) -> Vec<String> {
    let mut seen: HashSet<String> = taken.iter().map(|h| handle_skeleton(h)).collect();
    authors
        .iter()
        .map(|a| {
            let base = [&a.key, &a.name]
                .iter()
                .map(|s| base_handle(s))
                .find(|h| !h.is_empty())
                .unwrap_or_else(|| "author".into());
            if taken.contains(&base) {
                return base;
            }
            let mut handle = base.clone();
            let mut n = 2;
            while !seen.insert(handle_skeleton(&handle)) {
                let suffix = format!("-{n}");
                handle = format!("{}{suffix}", cut(&base, 39 - suffix.len()));
                n += 1;
            }
            handle
        })
        .collect()
}

fn base_handle(s: &str) -> String {
    cut(&slugify(&deunicode::deunicode(s)), 39)
}

/// At most `len` bytes of an ASCII slug, not ending in a hyphen.
fn cut(s: &str, len: usize) -> String {
    s[..s.len().min(len)].trim_end_matches('-').to_string()
}

/// The profile's text; `avatar` is the picture's file name beside it.
pub fn profile(a: &Author, avatar: Option<&str>) -> String {
    let mut fm = format!("---\nname: {}\n", yaml_string(&a.name));
    if let Some(file) = avatar {
        fm += &format!("avatar: {file}\n");
    }
    if !a.links.is_empty() {
        fm += "links:\n";
        for (label, value) in &a.links {
            fm += &format!("  {label}: {}\n", yaml_string(value));
        }
    }
    let mut bio = String::new();
    if let Some(t) = &a.title {
        bio += &format!("*{}*\n\n", t.replace('*', "\\*"));
    }
    bio += a.bio.as_deref().unwrap_or("").trim();
    format!("{fm}---\n{}\n", bio.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_are_deterministic_unique_and_valid() {
        let authors: Vec<Author> = ["Sébastien Lorber", "slorber", "sl0rber", "李雷", "!!!"]
            .iter()
            .map(|n| Author::named(n))
            .collect();
        let got = handles(&authors, &["slorber-2".to_string()]);
        assert_eq!(
            got,
            [
                "sebastien-lorber",
                "slorber",
                "sl0rber-3",
                "li-lei",
                "author"
            ]
        );
        for h in &got {
            assert!(crate::util::slug::is_handle(h), "{h}");
        }
        assert_eq!(
            handles(&authors, &["slorber-2".to_string(), "li-lei".to_string()]),
            got
        );
    }

    #[test]
    fn docusaurus_authors_keep_names_titles_images_and_socials() {
        let v: Value = serde_json::json!({
            "name": "Joel Marcey", "title": "Co-creator of Docusaurus 1",
            "url": "https://github.com/JoelMarcey", "image_url": "https://github.com/JoelMarcey.png",
            "socials": {"x": "joelmarcey", "github": "JoelMarcey", "unknown": "zzz"}
        });
        let a = Author::from_data("jmarcey", v.as_object().unwrap(), false);
        assert_eq!(a.name, "Joel Marcey");
        assert_eq!(a.title.as_deref(), Some("Co-creator of Docusaurus 1"));
        assert_eq!(
            a.image.as_deref(),
            Some("https://github.com/JoelMarcey.png")
        );
        let labels: Vec<&str> = a.links.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(labels, ["github", "x"]);
    }

    #[test]
    fn a_bare_host_name_website_gets_https_and_a_refused_one_is_reported() {
        let a = |site: &str| {
            let v = serde_json::json!({ "website": site });
            Author::from_data("k", v.as_object().unwrap(), false)
        };
        assert_eq!(
            a("scottcosio.fr").links,
            [("website".to_string(), "https://scottcosio.fr".to_string())]
        );
        assert_eq!(
            a("https://github.com/alice/").links,
            [(
                "github".to_string(),
                "https://github.com/alice/".to_string()
            )]
        );
        let refused = a("javascript:alert(1)");
        assert!(refused.links.is_empty());
        assert_eq!(refused.dropped, ["website: javascript:alert(1)"]);
    }
}
