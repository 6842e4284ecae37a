//! `--summary FILE`: Markdown for a pull request's job summary
//! (`$GITHUB_STEP_SUMMARY`): what the change adds, the recognition it earns,
//! and each problem with its fix.

use std::fmt::Write;
use std::io::Write as _;
use std::path::Path;

use super::format::{author_line, contents, count, verdict};
use super::{Changes, Report};
use crate::model::{Site, Story};
use crate::recognition::{self, level_of, Recognition};
use crate::util::diag::{Diagnostic, Severity};
use crate::util::escape::{markdown_code, markdown_text as escape};

/// The code of a grant notice (`check::grants`).
const GRANT: &str = "grant";

/// More would not help a reviewer, and GitHub caps a summary at 1 MiB.
const MAX_LISTED: usize = 200;

/// The summary as Markdown.
pub fn markdown(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## potluck check: {}\n", verdict(report));
    let scope = contents(report).map_or("the site".into(), |c| format!("the whole site ({c})"));
    match (&report.changes, &report.site) {
        (Some(changes), Some(site)) => {
            let _ = writeln!(
                out,
                "Checked {scope}. Listed below: the problems in the files changed since {}, and those the changes cause elsewhere.\n",
                markdown_code(&changes.rev)
            );
            for_the_host(&mut out, report);
            additions(&mut out, changes, site);
            newcomers(&mut out, report);
            let rec = recognition::compute(site);
            earned(&mut out, changes, site, &rec, report.errors() > 0);
        }
        _ => {
            let _ = writeln!(
                out,
                "Checked {scope}. No base revision was given (`--changed-from`), so every problem is listed.\n"
            );
        }
    }
    problems(&mut out, report);
    out
}

/// Grants first, under the title a host looks for, then the other notices
/// and who the author is.
fn for_the_host(out: &mut String, report: &Report) {
    let (grants, others): (Vec<&Diagnostic>, Vec<&Diagnostic>) = report
        .problems
        .iter()
        .filter(|d| d.code == GRANT || d.severity == Severity::Notice)
        .partition(|d| d.code == GRANT);
    if !grants.is_empty() {
        let mut fields: Vec<&str> = grants.iter().filter_map(|d| granted_field(d)).collect();
        fields.dedup();
        let _ = writeln!(
            out,
            "### This pull request grants: {}
",
            fields.join(", ")
        );
        out.push_str(
            "These fields are the brand's to grant: a host decides on each before merging.

",
        );
        notice_list(out, &grants);
        if grants.iter().any(|d| d.is_error()) {
            let _ = writeln!(
                out,
                "With `--strict-grants` this fails the check: only a host may grant. {}
",
                escape(&grants[0].help)
            );
        }
    }
    if !others.is_empty() {
        out.push_str(
            "### For the host

",
        );
        notice_list(out, &others);
    }
    if let Some(line) = author_line(report) {
        let _ = writeln!(
            out,
            "{}
",
            escape(&line)
        );
    }
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
fn newcomers(out: &mut String, report: &Report) {
    for n in super::format::newcomers(report) {
        let _ = writeln!(
            out,
            "### A first story: welcome @{}
",
            n.handle
        );
        let _ = writeln!(
            out,
            "This pull request adds the first story of {} (@{}). A welcome to paste:\n\n> {}\n\nIt earns: {}.\n",
            escape(&n.name),
            n.handle,
            escape(&n.welcome()),
            escape(&n.earned())
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
fn additions(out: &mut String, changes: &Changes, site: &Site) {
    let mut lines = Vec::new();
    for (set, word) in [(&changes.added, "New"), (&changes.modified, "Updated")] {
        for s in site.stories.iter().filter(|s| set.contains(&s.source.path)) {
            lines.push(format!(
                "- {word} story: **{}** by {} ({})",
                escape(&s.title),
                authors(s),
                markdown_code(&s.source.path)
            ));
        }
    }
    for (set, word) in [
        (&changes.added, "New member"),
        (&changes.modified, "Updated profile"),
    ] {
        for m in site.members.iter().filter(|m| set.contains(&m.source.path)) {
            lines.push(format!("- {word}: @{}, {}", m.handle, escape(&m.name)));
        }
    }
    for (set, word) in [
        (&changes.added, "New page"),
        (&changes.modified, "Updated page"),
    ] {
        for p in site.pages.iter().filter(|p| set.contains(&p.source.path)) {
            lines.push(format!(
                "- {word}: **{}** ({})",
                escape(&p.title),
                markdown_code(&format!("/{}/", p.slug))
            ));
        }
    }
    lines.extend(
        changes
            .deleted
            .iter()
            .map(|p| format!("- Removed: {}", markdown_code(p))),
    );
    out.push_str("### What this change adds\n\n");
    if lines.is_empty() {
        out.push_str("No stories, profiles or pages.\n");
    } else {
        out.push_str(&lines.join("\n"));
        out.push('\n');
    }
    out.push('\n');
}

fn authors(s: &Story) -> String {
    let names: Vec<String> = s.authors.iter().map(|a| format!("@{a}")).collect();
    match names.as_slice() {
        [] => "nobody yet".into(),
        names => crate::util::words::and_list(names),
    }
}

/// Levels reached and first stories, for the authors of the new stories.
fn earned(out: &mut String, changes: &Changes, site: &Site, rec: &Recognition, pending: bool) {
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
        lines.push(recognition_line(site, rec, m, added));
    }
    if lines.is_empty() {
        return;
    }
    let when = if pending {
        " (once the problems below are fixed)"
    } else {
        ""
    };
    let _ = writeln!(out, "### Recognition{when}\n");
    for l in lines {
        let _ = writeln!(out, "- {l}");
    }
    out.push('\n');
}

/// "@alice reaches Contributor with their 3rd story", "Welcome, @dan, first story!".
fn recognition_line(site: &Site, rec: &Recognition, m: usize, added: usize) -> String {
    let handle = &site.members[m].handle;
    let r = &rec.members[m];
    let levels = &site.config.recognition.levels;
    let before = r.story_count.saturating_sub(added);
    if before == 0 {
        return match added {
            1 => format!("Welcome, @{handle}, first story!"),
            n => format!("Welcome, @{handle}, with {n} first stories!"),
        };
    }
    let nth = ordinal(r.story_count);
    match (r.level, level_of(levels, before).0) {
        (Some(now), was) if Some(now) != was => {
            format!(
                "@{handle} reaches {} with their {nth} story",
                levels[now].name
            )
        }
        _ => match r.next_level {
            Some((next, needed)) => format!(
                "@{handle}: their {nth} story ({} more for {})",
                needed, levels[next].name
            ),
            None => format!("@{handle}: their {nth} story"),
        },
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
fn problems(out: &mut String, report: &Report) {
    // Notices and refused grants are listed for the host above.
    let listed: Vec<&Diagnostic> = report
        .problems
        .iter()
        .filter(|d| d.severity != Severity::Notice && d.code != GRANT)
        .collect();
    if listed.is_empty() {
        if report.errors() == 0 {
            out.push_str("Nothing to fix.\n");
        }
    } else {
        out.push_str("### Problems\n\n");
        let mut sorted = listed;
        sorted.sort_by_key(|d| d.severity);
        for d in sorted.iter().take(MAX_LISTED) {
            let _ = write!(
                out,
                "- **{}** {}: {}",
                d.severity.as_str(),
                markdown_code(&d.location()),
                escape(&d.message)
            );
            if !d.help.is_empty() {
                let _ = write!(out, "  \n  Fix: {}", escape(&d.help));
            }
            out.push('\n');
        }
        if sorted.len() > MAX_LISTED {
            let _ = writeln!(
                out,
                "- ...and {} more; see the job log.",
                sorted.len() - MAX_LISTED
            );
        }
    }
    if report.hidden > 0 {
        let _ = writeln!(
            out,
            "\n{} in files this change does not touch {} not listed.",
            count(report.hidden, "problem", "problems"),
            if report.hidden == 1 { "is" } else { "are" }
        );
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
        let ann = site.member_index("ann").unwrap();
        let dan = site.member_index("dan").unwrap();
        // Ann's 4th story, the change adding two of them: she passed L3.
        assert_eq!(
            recognition_line(&site, &rec, ann, 2),
            "@ann reaches L3 with their 4th story"
        );
        assert_eq!(
            recognition_line(&site, &rec, ann, 1),
            "@ann: their 4th story (1 more for L5)"
        );
        assert_eq!(
            recognition_line(&site, &rec, dan, 1),
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
