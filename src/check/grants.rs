//! What a pull request grants and whose files it touches, for the reviewing
//! host: every change of a field that is the brand's to grant
//! (`load::fields::GRANTED`) and, when the author is known (`--pr-author`),
//! edits to other members' profiles and stories the author did not write.
//! All are notices; `--strict-grants` makes a grant an error unless the
//! author was a host before the change.

use std::path::Path;

use super::changes::{self, Changes};
use crate::load::fields::{granted, Holder};
use crate::load::frontmatter::plain::{self, Plain};
use crate::load::{member, Input};
use crate::model::{Link, Member, Role, Site, Story};
use crate::util::diag::{Diagnostic, Severity};

/// Who opened the pull request, as far as the site knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    /// The forge login given with `--pr-author`.
    pub login: String,
    /// Handles of the profiles linking to that login: as they were before the
    /// change, or as added by it.
    pub handles: Vec<String>,
    /// Whether one of those profiles was a host's before the change.
    pub host: bool,
}

/// Grant notices for every changed content file, then the authorship notices
/// when `login` is given; and the author.
pub fn notices(
    root: &Path,
    changes: &Changes,
    site: Option<&Site>,
    login: Option<&str>,
    strict: bool,
) -> (Vec<Diagnostic>, Option<Author>) {
    let author = login.map(|l| author(root, changes, site, l));
    let may_grant = author.as_ref().is_some_and(|a| a.host);
    let mut out = Vec::new();
    for path in changes.changed().chain(&changes.deleted) {
        let Some(holder) = Holder::of(path) else {
            continue;
        };
        let before = changes::base_text(root, changes, path);
        let after = (!changes.deleted.contains(path))
            .then(|| front(&root.join(path)))
            .flatten();
        for d in grants(path, holder, before.as_deref(), after.as_deref()) {
            out.push(if strict && !may_grant {
                refused(d, author.as_ref())
            } else {
                d
            });
        }
    }
    if let (Some(a), Some(site)) = (&author, site) {
        out.extend(profiles(changes, a));
        out.extend(stories(changes, site, a));
    }
    (out, author)
}

/// The start of a content file, as far as front matter can reach: a
/// stranger's file may be huge, or a link to a file outside the site (which
/// the load refuses; so is it here).
fn front(path: &Path) -> Option<String> {
    use std::io::Read;
    if !std::fs::symlink_metadata(path).ok()?.is_file() {
        return None;
    }
    let limit = crate::load::frontmatter::MAX_FRONT_MATTER + 4096;
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(limit as u64)
        .read_to_end(&mut bytes)
        .ok()?;
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// One notice per granted field the change adds, changes or removes in `path`.
fn grants(
    path: &str,
    holder: Holder,
    before: Option<&str>,
    after: Option<&str>,
) -> Vec<Diagnostic> {
    let old = before.and_then(plain::fields).unwrap_or_default();
    let new = after.and_then(plain::fields).unwrap_or_default();
    granted(holder)
        .filter_map(|key| {
            let now = new.get(key);
            let what = change(key, old.get(key).map(|(v, _)| v), now.map(|(v, _)| v))?;
            let line = now.map_or(0, |(_, line)| *line);
            Some(
                Diagnostic::notice(
                    path,
                    "grant",
                    format!("this change {what} (the brand's to grant)"),
                )
                .at(line, usize::from(line > 0))
                .help("a host decides on this before merging"),
            )
        })
        .collect()
}

/// "sets `role: host`", "changes `role` from `member` to `host`", "adds `...` to `awards`".
fn change(key: &str, was: Option<&Plain>, now: Option<&Plain>) -> Option<String> {
    Some(match (was, now) {
        (None, None) => return None,
        (Some(a), Some(b)) if a == b => return None,
        (Some(Plain::List(a)), Some(Plain::List(b))) => list_change(key, a, b),
        (None, Some(Plain::List(b))) => list_change(key, &[], b),
        (Some(Plain::List(a)), None) => list_change(key, a, &[]),
        (None, Some(v)) => format!("sets `{key}: {}`", v.show()),
        (Some(v), None) => format!("removes `{key}: {}`", v.show()),
        (Some(a), Some(b)) => format!("changes `{key}` from `{}` to `{}`", a.show(), b.show()),
    })
}

fn list_change(key: &str, was: &[String], now: &[String]) -> String {
    let quoted = |items: Vec<&String>| {
        items
            .iter()
            .map(|i| format!("`{i}`"))
            .collect::<Vec<_>>()
            .join(" and ")
    };
    let added: Vec<&String> = now.iter().filter(|i| !was.contains(i)).collect();
    let removed: Vec<&String> = was.iter().filter(|i| !now.contains(i)).collect();
    let mut parts = Vec::new();
    if !added.is_empty() {
        parts.push(format!("adds {} to `{key}`", quoted(added)));
    }
    if !removed.is_empty() {
        parts.push(format!("removes {} from `{key}`", quoted(removed)));
    }
    if parts.is_empty() {
        parts.push(format!("reorders or repeats items of `{key}`"));
    }
    parts.join(" and ")
}

/// A grant under `--strict-grants` by someone who is not a host: an error.
fn refused(d: Diagnostic, author: Option<&Author>) -> Diagnostic {
    let who = match author {
        Some(a) => format!("the pull request's author, {}, is not a host", a.login),
        None => "the check was not told who opened the pull request (--pr-author)".into(),
    };
    Diagnostic {
        severity: Severity::Error,
        help: format!(
            "with --strict-grants only a host may grant, and {who}: take this change out and ask a host to grant it"
        ),
        ..d
    }
}

/// The profiles linking to `login`. A profile the change edits or removes
/// counts as it was before the change, so no one becomes a host, or someone
/// else, by editing a profile in their own pull request.
fn author(root: &Path, changes: &Changes, site: Option<&Site>, login: &str) -> Author {
    let login = login.trim().trim_start_matches('@').to_string();
    let mut handles = Vec::new();
    let mut host = false;
    let mut count = |m: &Member, before: bool| {
        if links_to(&m.links, &login) {
            handles.push(m.handle.clone());
            host |= before && m.role == Role::Host;
        }
    };
    for m in site.map_or(&[][..], |s| &s.members) {
        let path = &m.source.path;
        if !changes.modified.contains(path) && !changes.deleted.contains(path) {
            count(m, !changes.added.contains(path));
        }
    }
    let edited = changes.modified.iter().chain(&changes.deleted);
    for path in edited.filter(|p| Holder::of(p) == Some(Holder::Member)) {
        let Some(text) = changes::base_text(root, changes, path) else {
            continue;
        };
        let input = Input {
            root,
            path,
            text: &text,
        };
        if let (Some(m), _) = member::parse(&input, handle_of(path)) {
            count(&m, true);
        }
    }
    handles.sort();
    handles.dedup();
    Author {
        login,
        handles,
        host,
    }
}

/// Whether a `github`, `gitlab` or `codeberg` link names the account `login`.
fn links_to(links: &[Link], login: &str) -> bool {
    links
        .iter()
        .filter_map(forge_account)
        .any(|account| account.eq_ignore_ascii_case(login))
}

/// The account a forge link names: `https://github.com/<account>`.
fn forge_account(link: &Link) -> Option<&str> {
    let host = match link.label.as_str() {
        "github" => "github.com",
        "gitlab" => "gitlab.com",
        "codeberg" => "codeberg.org",
        _ => return None,
    };
    let rest = link
        .url
        .strip_prefix("https://")
        .or_else(|| link.url.strip_prefix("http://"))?;
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let account = rest.strip_prefix(host)?.strip_prefix('/')?;
    let account = account.split(['/', '?', '#']).next()?;
    (!account.is_empty()).then_some(account)
}

/// `content/members/dan.md` -> `dan`.
fn handle_of(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.strip_suffix(".md").unwrap_or(name)
}

/// Profiles the change adds, edits or removes that are not the author's.
fn profiles(changes: &Changes, a: &Author) -> Vec<Diagnostic> {
    let members = |set: &std::collections::BTreeSet<String>, verb: &'static str| {
        set.iter()
            .filter(|p| Holder::of(p) == Some(Holder::Member))
            .filter(|p| !a.handles.iter().any(|h| h == handle_of(p)))
            .map(move |p| (p.clone(), verb))
            .collect::<Vec<_>>()
    };
    let mut touched = members(&changes.added, "adds");
    touched.extend(members(&changes.modified, "edits"));
    touched.extend(members(&changes.deleted, "removes"));
    touched
        .into_iter()
        .map(|(path, verb)| {
            let handle = handle_of(&path).to_string();
            let help = if verb == "adds" {
                format!("if this is the author's own profile, it links to their account: `github: {}` under `links:`", a.login)
            } else {
                format!("a profile is its member's to write: check with @{handle} that they agree")
            };
            Diagnostic::notice(
                &path,
                "others-profile",
                format!(
                    "the pull request's author, {}, {verb} the profile of @{handle}, which does not link to their account",
                    a.login
                ),
            )
            .help(help)
        })
        .collect()
}

/// Stories the change adds whose authors do not include the pull request's author.
fn stories(changes: &Changes, site: &Site, a: &Author) -> Vec<Diagnostic> {
    let added = site
        .stories
        .iter()
        .filter(|s| changes.added.contains(&s.source.path));
    added
        .filter(|s| !s.authors.iter().any(|h| a.handles.contains(h)))
        .map(|s| {
            Diagnostic::notice(
                &s.source.path,
                "not-an-author",
                format!(
                    "the pull request's author, {}, is not among this story's authors ({})",
                    a.login,
                    handles(s)
                ),
            )
            .help("co-authors may add a story together; check with its authors that they want it published")
        })
        .collect()
}

fn handles(s: &Story) -> String {
    let names: Vec<String> = s.authors.iter().map(|h| format!("@{h}")).collect();
    names.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notices_of(before: Option<&str>, after: Option<&str>) -> Vec<String> {
        grants("content/members/dan.md", Holder::Member, before, after)
            .into_iter()
            .map(|d| format!("{}: {}", d.line, d.message))
            .collect()
    }

    const PLAIN: &str = "---\nname: Dan\n---\nHi.\n";

    #[test]
    fn every_added_changed_or_removed_grant_is_a_notice_on_its_line() {
        let after = "---\nname: Dan\nrole: host\nawards:\n  - name: Founder\n    date: 2026-11-02\n---\nHi.\n";
        assert_eq!(
            notices_of(Some(PLAIN), Some(after)),
            [
                "3: this change sets `role: host` (the brand's to grant)",
                "4: this change adds `name: Founder, date: 2026-11-02` to `awards` (the brand's to grant)"
            ]
        );
        let champion = "---\nname: Dan\nrole: champion\n---\n";
        assert_eq!(
            notices_of(Some(champion), Some(after))[0],
            "3: this change changes `role` from `champion` to `host` (the brand's to grant)"
        );
        assert_eq!(
            notices_of(Some(after), None),
            [
                "0: this change removes `role: host` (the brand's to grant)",
                "0: this change removes `name: Founder, date: 2026-11-02` from `awards` (the brand's to grant)"
            ]
        );
        // A new profile that grants itself nothing, and an unchanged grant.
        assert!(notices_of(None, Some(PLAIN)).is_empty());
        assert!(notices_of(Some(after), Some(after)).is_empty());
    }

    #[test]
    fn story_grants_are_the_story_fields() {
        let before = "---\ntitle: T\nfeatured: false\n---\n";
        let after = "---\ntitle: T\nfeatured: true\nstatus: done\n---\n";
        let got: Vec<String> = grants(
            "content/stories/t.md",
            Holder::Story,
            Some(before),
            Some(after),
        )
        .into_iter()
        .map(|d| d.message)
        .collect();
        assert_eq!(
            got,
            [
                "this change changes `featured` from `false` to `true` (the brand's to grant)",
                "this change sets `status: done` (the brand's to grant)"
            ]
        );
    }

    #[test]
    fn forge_links_name_accounts_in_any_case() {
        let link = |label: &str, url: &str| Link {
            label: label.into(),
            url: url.into(),
            text: String::new(),
        };
        let links = [
            link("github", "https://github.com/DanLee"),
            link("website", "https://github.com/mallory"),
            link("codeberg", "https://codeberg.org/dan/"),
        ];
        assert!(links_to(&links, "danlee"));
        assert!(links_to(&links, "dan"));
        assert!(!links_to(&links, "mallory"));
        assert!(!links_to(&links, "github.com"));
    }

    #[test]
    fn strict_grants_refuse_with_the_reason() {
        let d = Diagnostic::notice("content/members/dan.md", "grant", "x");
        let a = Author {
            login: "dan".into(),
            handles: vec!["dan".into()],
            host: false,
        };
        let e = refused(d.clone(), Some(&a));
        assert!(e.is_error());
        assert!(e.help.contains("dan, is not a host"), "{}", e.help);
        assert!(refused(d, None).help.contains("--pr-author"));
    }
}
