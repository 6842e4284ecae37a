//! Member profiles: front matter schema and validation into `model::Member`.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::fields::{parse_day, Checker};
use super::{Doc, Input};
use crate::model::{Award, Link, Member, Role, Source};

/// Unknown keys are collected by `front_matter`, not denied here.
#[derive(Debug, Deserialize)]
struct MemberFm {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    avatar: Option<String>,
    #[serde(default)]
    location: Option<String>,
    #[serde(default)]
    links: BTreeMap<String, String>,
    #[serde(default)]
    interests: Vec<String>,
    #[serde(default)]
    joined: Option<String>,
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    awards: Vec<AwardFm>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AwardFm {
    name: String,
    date: String,
    #[serde(default)]
    reason: String,
}

pub const FIELDS: &[&str] = &[
    "name",
    "avatar",
    "location",
    "links",
    "interests",
    "joined",
    "role",
    "awards",
];

const AVATAR_EXTS: &[&str] = &["jpg", "jpeg", "png", "webp", "svg"];

/// Validates one member file; `path` is `content/members/<handle>.md`.
pub fn parse(input: &Input, handle: &str) -> Doc<Member> {
    let (fm, split, mut ck): (MemberFm, _, _) = match super::front_matter(input, FIELDS) {
        Ok(parts) => parts,
        Err(d) => return (None, d),
    };
    match &fm.name {
        Some(n) => {
            let before = ck.diags.len();
            ck.text("name", n);
            match crate::load::identity::name_problem(n) {
                Some(msg) if ck.diags.len() == before => ck.at_key(
                    "name",
                    "bad-name",
                    msg,
                    "write the name as it is spelled, one writing system per word".into(),
                ),
                _ => {}
            }
        }
        None => ck.missing("name"),
    }
    if let Some(l) = &fm.location {
        ck.text("location", l);
    }
    ck.tags("interests", &fm.interests);
    let joined = fm
        .joined
        .as_deref()
        .and_then(|j| ck.date("joined", j))
        .map(|d| d.date_naive());
    let role = match fm.role.as_deref() {
        None | Some("member") => Role::Member,
        Some("champion") => Role::Champion,
        Some("host") => Role::Host,
        Some(other) => {
            ck.at_key(
                "role",
                "bad-role",
                format!("unknown role `{other}`"),
                "use `member`, `champion` or `host`".into(),
            );
            Role::Member
        }
    };
    let links = links(&mut ck, &fm.links);
    let awards = awards(&mut ck, fm.awards);
    let dir = Path::new(input.path).parent().unwrap_or(Path::new(""));
    let avatar = fm
        .avatar
        .as_deref()
        .and_then(|a| avatar(&mut ck, input.root, dir, a));
    let member = Member {
        handle: handle.to_string(),
        name: fm.name.unwrap_or_default(),
        avatar,
        location: fm.location,
        links,
        interests: fm.interests,
        joined,
        role,
        awards,
        bio: split.body.to_string(),
        source: Source {
            path: input.path.to_string(),
            body_line: split.body_line,
        },
    };
    (Some(member), ck.diags)
}

/// Profile links that can be shown as safe http(s) links; the others are errors.
fn links(ck: &mut Checker, links: &BTreeMap<String, String>) -> Vec<Link> {
    links
        .iter()
        .filter_map(|(label, value)| {
            let link = profile_link(label, value);
            if link.is_none() {
                ck.at_value(
                    "links",
                    value,
                    "bad-link",
                    format!("link `{label}: {value}` is not a safe link"),
                    link_help(label),
                );
            }
            link
        })
        .collect()
}

fn awards(ck: &mut Checker, list: Vec<AwardFm>) -> Vec<Award> {
    list.into_iter()
        .filter_map(|a| {
            ck.text("awards", &a.name);
            let date = parse_day(&a.date);
            if date.is_none() {
                ck.at_value(
                    "awards",
                    &a.date,
                    "bad-date",
                    format!("award date `{}` is not a date", a.date),
                    "write YYYY-MM-DD".into(),
                );
            }
            Some(Award {
                name: a.name,
                date: date?,
                reason: a.reason,
            })
        })
        .collect()
}

/// The avatar is a file beside the profile, with an image extension.
fn avatar(ck: &mut Checker, root: &Path, dir: &Path, file: &str) -> Option<std::path::PathBuf> {
    let ext = file.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    if !super::is_safe_relative(file) || file.contains('/') || !AVATAR_EXTS.contains(&ext.as_str())
    {
        ck.at_key(
            "avatar",
            "bad-avatar",
            format!("`avatar` must be an image file beside the profile, found `{file}`"),
            "use a .jpg, .png, .webp or .svg in content/members/, e.g. `avatar: alice.jpg`".into(),
        );
        return None;
    }
    let path = dir.join(file);
    if !root.join(&path).is_file() {
        ck.at_key(
            "avatar",
            "missing-avatar",
            format!("avatar `{file}` not found in {}", dir.display()),
            "add the image or remove the `avatar` line".into(),
        );
        return None;
    }
    Some(path)
}

/// Turns a profile link into a safe http(s) link; `None` when it cannot be.
pub fn profile_link(label: &str, value: &str) -> Option<Link> {
    let value = value.trim();
    let link = |url: String, text: String| Link {
        label: label.to_string(),
        url,
        text,
    };
    if let Some(url) = safe_http_url(value) {
        let text = url
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string();
        return Some(link(url, text));
    }
    match label {
        "github" | "gitlab" | "codeberg" if is_username(value.trim_start_matches('@')) => {
            let user = value.trim_start_matches('@');
            let host = match label {
                "github" => "github.com",
                "gitlab" => "gitlab.com",
                _ => "codeberg.org",
            };
            Some(link(format!("https://{host}/{user}"), user.to_string()))
        }
        "mastodon" | "fediverse" => {
            let (user, host) = value.strip_prefix('@')?.split_once('@')?;
            (is_username(user) && is_host(host))
                .then(|| link(format!("https://{host}/@{user}"), value.to_string()))
        }
        "bluesky" if is_host(value.trim_start_matches('@')) => {
            let h = value.trim_start_matches('@');
            Some(link(
                format!("https://bsky.app/profile/{h}"),
                format!("@{h}"),
            ))
        }
        _ => None,
    }
}

fn link_help(label: &str) -> String {
    match label {
        "github" | "gitlab" | "codeberg" => {
            format!("write your {label} username, e.g. `{label}: alicen`")
        }
        "mastodon" | "fediverse" => {
            "write `@user@instance`, e.g. `mastodon: \"@alice@hachyderm.io\"`".into()
        }
        _ => "write a full https:// address".into(),
    }
}

/// An absolute http(s) URL with a plausible host and no spaces or quotes.
pub fn safe_http_url(s: &str) -> Option<String> {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next()?;
    let clean = !s
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || "\"'<>`\\".contains(c));
    (clean && is_host(host.split(':').next()?)).then(|| s.to_string())
}

fn is_username(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
}

fn is_host(s: &str) -> bool {
    s.contains('.')
        && s.len() <= 253
        && s.split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_become_https_urls() {
        assert_eq!(
            profile_link("github", "alicen").unwrap().url,
            "https://github.com/alicen"
        );
        let m = profile_link("mastodon", "@alice@hachyderm.io").unwrap();
        assert_eq!(m.url, "https://hachyderm.io/@alice");
        assert_eq!(
            profile_link("website", "https://alice.example/")
                .unwrap()
                .text,
            "alice.example"
        );
    }

    #[test]
    fn unsafe_links_are_refused() {
        for (label, value) in [
            ("website", "javascript:alert(1)"),
            ("website", "data:text/html,<script>"),
            ("website", "//evil.example"),
            ("website", "https://a.example/\"onmouseover=alert(1)"),
            ("github", "../../etc"),
            ("mastodon", "alice"),
        ] {
            assert!(profile_link(label, value).is_none(), "{label}: {value}");
        }
    }
}
