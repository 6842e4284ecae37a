//! `--summary FILE`: Markdown for a pull request's job summary
//! (`$GITHUB_STEP_SUMMARY`): what the change adds, the recognition it earns,
//! and each problem with its fix.

use std::fmt::Write;
use std::io::Write as _;
use std::path::Path;

use super::{Changes, Report};
use crate::i18n::{Catalogue, Msg};
use crate::model::{Site, Story};
use crate::recognition::{self, level_of, Recognition};
use crate::render::context::level_name;
use crate::util::diag::{Diagnostic, Severity};
use crate::util::escape::{markdown_code, markdown_text as escape};

/// The code of a grant notice (`check::grants`).
const GRANT: &str = "grant";

/// More would not help a reviewer, and GitHub caps a summary at 1 MiB.
const MAX_LISTED: usize = 200;

/// The summary as Markdown, in `words`'s language (the site's): hosts and
/// contributors read it. Each problem's own message stays English, as the
/// command line writes it.
pub fn markdown(report: &Report, words: &Catalogue) -> String {
    let mut out = String::new();
    let verdict = verdict(report, words);
    let _ = writeln!(
        out,
        "## {}\n",
        words.msg(&Msg::new("summary-title").str("verdict", verdict))
    );
    let scope = contents(report, words).map_or(words.t("summary-scope"), |c| {
        words.msg(&Msg::new("summary-scope-whole").str("contents", c))
    });
    match (&report.changes, &report.site) {
        (Some(changes), Some(site)) => {
            let intro = Msg::new("summary-changed")
                .str("scope", scope)
                .str("rev", markdown_code(&changes.rev));
            let _ = writeln!(out, "{}\n", words.msg(&intro));
            for_the_host(&mut out, report, words);
            additions(&mut out, changes, site, words);
            newcomers(&mut out, report, words);
            let rec = recognition::compute(site);
            earned(&mut out, changes, site, &rec, report.errors() > 0, words);
        }
        _ => {
            let intro = Msg::new("summary-no-base")
                .str("scope", scope)
                .str("option", "`--changed-from`");
            let _ = writeln!(out, "{}\n", words.msg(&intro));
        }
    }
    problems(&mut out, report, words);
    out
}

/// "no problems", "2 errors, 1 warning, 1 notice for the host".
fn verdict(report: &Report, words: &Catalogue) -> String {
    let sep = words.t("list-separator");
    let problems = match (report.errors(), report.warnings()) {
        (0, 0) => words.t("summary-no-problems"),
        (e, w) => [
            words.count("summary-errors", e),
            words.count("summary-warnings", w),
        ]
        .join(&sep),
    };
    match report.notices() {
        0 => problems,
        n => [problems, words.count("summary-notices", n)].join(&sep),
    }
}

/// "12 stories, 5 members and 2 pages", when the site could be read.
fn contents(report: &Report, words: &Catalogue) -> Option<String> {
    let site = report.site.as_ref()?;
    let items = [
        words.count("count-stories", site.stories.len()),
        words.count("summary-members", site.members.len()),
        words.count("summary-pages", site.pages.len()),
    ];
    Some(words.list(&items, 0))
}

/// Grants first, under the title a host looks for, then the other notices
/// and who the author is.
fn for_the_host(out: &mut String, report: &Report, words: &Catalogue) {
    let (grants, others): (Vec<&Diagnostic>, Vec<&Diagnostic>) = report
        .problems
        .iter()
        .filter(|d| d.code == GRANT || d.severity == Severity::Notice)
        .partition(|d| d.code == GRANT);
    if !grants.is_empty() {
        let mut fields: Vec<&str> = grants.iter().filter_map(|d| granted_field(d)).collect();
        fields.dedup();
        let title = Msg::new("summary-grants").str("fields", fields.join(", "));
        let _ = writeln!(out, "### {}\n", words.msg(&title));
        let _ = writeln!(out, "{}\n", words.t("summary-grants-intro"));
        notice_list(out, &grants);
        if grants.iter().any(|d| d.is_error()) {
            let strict = Msg::new("summary-grants-strict")
                .str("option", "`--strict-grants`")
                .str("help", escape(&grants[0].help));
            let _ = writeln!(out, "{}\n", words.msg(&strict));
        }
    }
    if !others.is_empty() {
        let _ = writeln!(out, "### {}\n", words.t("summary-for-host"));
        notice_list(out, &others);
    }
    if let Some(line) = author_line(report, words) {
        let _ = writeln!(out, "{}\n", escape(&line));
    }
}

/// "pull request by dan-lee: @dan, not a host", with `--pr-author`.
fn author_line(report: &Report, words: &Catalogue) -> Option<String> {
    let a = report.author.as_ref()?;
    let who = match a.handles.as_slice() {
        [] => words.t("summary-author-unknown"),
        handles => {
            let names: Vec<String> = handles.iter().map(|h| format!("@{h}")).collect();
            let key = if a.host {
                "summary-author-host"
            } else {
                "summary-author-not-host"
            };
            words.msg(&Msg::new(key).str("handles", names.join(", ")))
        }
    };
    Some(
        words.msg(
            &Msg::new("summary-author")
                .str("login", &a.login)
                .str("who", who),
        ),
    )
}

/// The field a grant notice is about: the first name in backticks after the verb.
fn granted_field(d: &Diagnostic) -> Option<&'static str> {
    crate::load::fields::GRANTED
        .iter()
        .map(|(_, key)| *key)
        .filter(|key| {
            d.message.contains(&format!("`{key}:")) || d.message.contains(&format!("`{key}`"))
        })
        .max_by_key(|key| key.len())
}

fn notice_list(out: &mut String, notices: &[&Diagnostic]) {
    for d in notices.iter().take(MAX_LISTED) {
        let _ = writeln!(
            out,
            "- {}: {}",
            markdown_code(&d.location()),
            escape(&d.message)
        );
    }
    out.push('\n');
}

/// A welcome a host can paste for each member whose first story this is.
fn newcomers(out: &mut String, report: &Report, words: &Catalogue) {
    let Some(site) = &report.site else { return };
    for n in super::format::newcomers(report) {
        let n = n.in_language(site, words);
        let handle = format!("@{}", n.handle);
        let title = Msg::new("summary-newcomer-title").str("handle", &handle);
        let _ = writeln!(out, "### {}\n", words.msg(&title));
        let intro = Msg::new("summary-newcomer")
            .str("name", escape(&n.name))
            .str("handle", &handle);
        let earns = Msg::new("summary-newcomer-earns").str("earned", escape(&n.earned(words)));
        let _ = writeln!(
            out,
            "{}\n\n> {}\n\n{}\n",
            words.msg(&intro),
            escape(&n.welcome(words)),
            words.msg(&earns)
        );
    }
}

/// Appends to `path`: GitHub gives each step one summary file and shows all of it.
pub fn append(path: &Path, text: &str) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    file.write_all(text.as_bytes())
}

/// New and updated stories and profiles, and removed files.
fn additions(out: &mut String, changes: &Changes, site: &Site, words: &Catalogue) {
    let mut lines = Vec::new();
    for (set, key) in [
        (&changes.added, "summary-new-story"),
        (&changes.modified, "summary-updated-story"),
    ] {
        for s in site.stories.iter().filter(|s| set.contains(&s.source.path)) {
            let m = Msg::new(key)
                .str("title", format!("**{}**", escape(&s.title)))
                .str("authors", authors(s, words))
                .str("path", markdown_code(&s.source.path));
            lines.push(format!("- {}", words.msg(&m)));
        }
    }
    for (set, key) in [
        (&changes.added, "summary-new-member"),
        (&changes.modified, "summary-updated-profile"),
    ] {
        for m in site.members.iter().filter(|m| set.contains(&m.source.path)) {
            let msg = Msg::new(key)
                .str("handle", format!("@{}", m.handle))
                .str("name", escape(&m.name));
            lines.push(format!("- {}", words.msg(&msg)));
        }
    }
    for (set, key) in [
        (&changes.added, "summary-new-page"),
        (&changes.modified, "summary-updated-page"),
    ] {
        for p in site.pages.iter().filter(|p| set.contains(&p.source.path)) {
            let m = Msg::new(key)
                .str("title", format!("**{}**", escape(&p.title)))
                .str("path", markdown_code(&format!("/{}/", p.slug)));
            lines.push(format!("- {}", words.msg(&m)));
        }
    }
    lines.extend(changes.deleted.iter().map(|p| {
        let m = Msg::new("summary-removed").str("path", markdown_code(p));
        format!("- {}", words.msg(&m))
    }));
    let _ = writeln!(out, "### {}\n", words.t("summary-adds"));
    if lines.is_empty() {
        let _ = writeln!(out, "{}", words.t("summary-nothing-added"));
    } else {
        out.push_str(&lines.join("\n"));
        out.push('\n');
    }
    out.push('\n');
}

fn authors(s: &Story, words: &Catalogue) -> String {
    let names: Vec<String> = s.authors.iter().map(|a| format!("@{a}")).collect();
    match names.as_slice() {
        [] => words.t("summary-no-author"),
        names => words.list(names, 0),
    }
}

/// Levels reached and first stories, for the authors of the new stories.
fn earned(
    out: &mut String,
    changes: &Changes,
    site: &Site,
    rec: &Recognition,
    pending: bool,
    words: &Catalogue,
) {
    let new: Vec<&Story> = site
        .stories
        .iter()
        .filter(|s| changes.added.contains(&s.source.path))
        .map(|s| &**s)
        .collect();
    let mut seen: Vec<&str> = Vec::new();
    let mut lines = Vec::new();
    for handle in new.iter().flat_map(|s| &s.authors) {
        let Some(m) = site
            .member_index(handle)
            .filter(|_| !seen.contains(&handle.as_str()))
        else {
            continue;
        };
        seen.push(handle);
        let added = new.iter().filter(|s| s.authors.contains(handle)).count();
        lines.push(recognition_line(site, rec, m, added, words));
    }
    if lines.is_empty() {
        return;
    }
    let title = if pending {
        "summary-recognition-pending"
    } else {
        "summary-recognition"
    };
    let _ = writeln!(out, "### {}\n", words.t(title));
    for l in lines {
        let _ = writeln!(out, "- {l}");
    }
    out.push('\n');
}

/// "@alice reaches Contributor with their 3rd story", "Welcome, @dan, first story!".
fn recognition_line(
    site: &Site,
    rec: &Recognition,
    m: usize,
    added: usize,
    words: &Catalogue,
) -> String {
    let handle = format!("@{}", site.members[m].handle);
    let r = &rec.members[m];
    let levels = &site.config.recognition.levels;
    let before = r.story_count.saturating_sub(added);
    if before == 0 {
        let first = Msg::new("summary-first-stories")
            .str("handle", handle)
            .num("n", added);
        return words.msg(&first);
    }
    let nth = ordinal_in(words, r.story_count);
    let name = |l: usize| level_name(site, words, l);
    let m = match (r.level, level_of(levels, before).0) {
        (Some(now), was) if Some(now) != was => Msg::new("summary-reaches").str("level", name(now)),
        _ => match r.next_level {
            Some((next, needed)) => Msg::new("summary-progress")
                .num("needed", needed)
                .str("level", name(next)),
            None => Msg::new("summary-story-nth"),
        },
    };
    words.msg(&m.str("handle", handle).str("nth", nth))
}

/// "3rd" in English (written here: Fluent selects cardinal plural forms),
/// the catalogue's `summary-ordinal` ("3.") in other languages.
fn ordinal_in(words: &Catalogue, n: usize) -> String {
    if words.lang().split(['-', '_']).next() == Some("en") {
        ordinal(n)
    } else {
        words.count("summary-ordinal", n)
    }
}

/// 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st...
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Each problem with its fix, errors first.
fn problems(out: &mut String, report: &Report, words: &Catalogue) {
    // Notices and refused grants are listed for the host above.
    let listed: Vec<&Diagnostic> = report
        .problems
        .iter()
        .filter(|d| d.severity != Severity::Notice && d.code != GRANT)
        .collect();
    if listed.is_empty() {
        if report.errors() == 0 {
            let _ = writeln!(out, "{}", words.t("summary-nothing-to-fix"));
        }
    } else {
        let _ = writeln!(out, "### {}\n", words.t("summary-problems"));
        let mut sorted = listed;
        sorted.sort_by_key(|d| d.severity);
        for d in sorted.iter().take(MAX_LISTED) {
            let severity = words.t(&format!("summary-{}", d.severity.as_str()));
            let _ = write!(
                out,
                "- **{severity}** {}: {}",
                markdown_code(&d.location()),
                escape(&d.message)
            );
            if !d.help.is_empty() {
                let fix = Msg::new("summary-fix").str("help", escape(&d.help));
                let _ = write!(out, "  \n  {}", words.msg(&fix));
            }
            out.push('\n');
        }
        if sorted.len() > MAX_LISTED {
            let more = words.count("summary-more", sorted.len() - MAX_LISTED);
            let _ = writeln!(out, "- {more}");
        }
    }
    if report.hidden > 0 {
        let _ = writeln!(out, "\n{}", words.count("summary-hidden", report.hidden));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognition::testkit::SiteBuilder;

    #[test]
    fn ordinals() {
        let got: Vec<_> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111]
            .map(ordinal)
            .to_vec();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st",
                "111th"
            ]
        );
    }

    #[test]
    fn recognition_names_levels_reached_and_welcomes_newcomers() {
        let site = SiteBuilder::new()
            .levels(&[1, 3, 5])
            .member("ann")
            .member("dan")
            .story("a1", "2024-01-01", &["ann"])
            .story("a2", "2024-01-02", &["ann"])
            .story("a3", "2024-01-03", &["ann", "dan"])
            .story("a4", "2024-01-04", &["ann"])
            .build();
        let rec = recognition::compute(&site);
        let en = Catalogue::english();
        let ann = site.member_index("ann").unwrap();
        let dan = site.member_index("dan").unwrap();
        // Ann's 4th story, the change adding two of them: she passed L3.
        assert_eq!(
            recognition_line(&site, &rec, ann, 2, &en),
            "@ann reaches L3 with their 4th story"
        );
        assert_eq!(
            recognition_line(&site, &rec, ann, 1, &en),
            "@ann: their 4th story (1 more for L5)"
        );
        assert_eq!(
            recognition_line(&site, &rec, dan, 1, &en),
            "Welcome, @dan, first story!"
        );
    }

    #[test]
    fn contributors_text_cannot_inject_markdown() {
        assert_eq!(
            escape("<b>*hi*</b> [x](y)"),
            "\\<b\\>\\*hi\\*\\</b\\> \\[x\\]\\(y\\)"
        );
    }
}
