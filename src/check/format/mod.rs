//! The three report formats: `human` (like rustc), `github` (workflow
//! commands that annotate a pull request) and `json` (a stable, documented object).

use std::fmt::Write;

use serde::Serialize;

use super::welcome::{self, Newcomer};
use super::{Report, Sources};
use crate::util::diag::{Diagnostic, Severity};
use crate::util::escape::{github_message, github_property, terminal};

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Github,
    Json,
}

/// ANSI styles, or nothing when the output is not a terminal.
struct Paint {
    on: bool,
}

impl Paint {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

const BOLD: &str = "1";
const BLUE: &str = "1;34";

fn severity_style(s: Severity) -> &'static str {
    match s {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Notice => "1;36",
    }
}

/// rustc-style: message, location, the source line with a caret, help.
pub fn human(report: &Report, sources: &mut Sources, colour: bool) -> String {
    let p = Paint { on: colour };
    let mut out = String::new();
    for d in &report.problems {
        human_one(&mut out, d, sources, &p);
    }
    let english = crate::i18n::Catalogue::english();
    for n in newcomers(report) {
        let _ = writeln!(
            out,
            "{}{} {}",
            p.paint(severity_style(Severity::Notice), "welcome"),
            p.paint(BOLD, ":"),
            p.paint(
                BOLD,
                &terminal(&format!(
                    "@{} adds their first story; a welcome to paste:",
                    n.handle
                ))
            )
        );
        let _ = writeln!(out, "  {}", terminal(&n.welcome(&english)));
        let _ = writeln!(
            out,
            "  {} {}\n",
            p.paint(BLUE, "= earns:"),
            terminal(&n.earned(&english))
        );
    }
    if let Some(line) = author_line(report) {
        let _ = writeln!(out, "{}", terminal(&line));
    }
    let _ = writeln!(out, "{}", scope_line(report));
    out
}

/// The members whose first story the change adds (with `--changed-from`).
pub fn newcomers(report: &Report) -> Vec<Newcomer> {
    match (&report.changes, &report.site) {
        (Some(changes), Some(site)) => welcome::newcomers(site, changes),
        _ => Vec::new(),
    }
}

/// "pull request by dan-lee: @dan, not a host", with `--pr-author`.
pub fn author_line(report: &Report) -> Option<String> {
    let a = report.author.as_ref()?;
    let who = match a.handles.as_slice() {
        [] => "no member's profile links to this account".to_string(),
        handles => {
            let names: Vec<String> = handles.iter().map(|h| format!("@{h}")).collect();
            let host = if a.host { "a host" } else { "not a host" };
            format!("{}, {host}", names.join(", "))
        }
    };
    Some(format!("pull request by {}: {who}", a.login))
}

fn human_one(out: &mut String, d: &Diagnostic, sources: &mut Sources, p: &Paint) {
    let sev = p.paint(severity_style(d.severity), d.severity.as_str());
    let _ = writeln!(
        out,
        "{sev}{} {}",
        p.paint(BOLD, ":"),
        p.paint(BOLD, &terminal(&d.message))
    );
    let number = if d.line > 0 {
        d.line.to_string()
    } else {
        String::new()
    };
    let pad = " ".repeat(number.len().max(1));
    let _ = writeln!(
        out,
        "{pad}{} {}",
        p.paint(BLUE, "-->"),
        terminal(&d.location())
    );
    let source = (d.line > 0)
        .then(|| sources.line(&d.path, d.line))
        .flatten()
        // A tab is shown as an arrow: a mistaken tab indent must be seen.
        .map(|l| terminal(&l.replace('\t', "→")));
    if let Some(text) = source {
        let bar = p.paint(BLUE, "|");
        let _ = writeln!(out, "{pad} {bar}");
        let _ = writeln!(out, "{} {bar} {text}", p.paint(BLUE, &number));
        if d.col > 0 {
            let caret = p.paint(severity_style(d.severity), "^");
            let _ = writeln!(out, "{pad} {bar} {}{caret}", " ".repeat(d.col - 1));
        }
    }
    if !d.help.is_empty() {
        let _ = writeln!(
            out,
            "{pad} {} {}: {}",
            p.paint(BLUE, "="),
            p.paint(BOLD, "help"),
            terminal(&d.help)
        );
    }
    out.push('\n');
}

/// "checked 12 stories, 5 members and 2 pages: 2 errors, 1 warning".
pub fn scope_line(report: &Report) -> String {
    let what = match contents(report) {
        Some(c) => format!("checked {c}"),
        None => "checked the site".to_string(),
    };
    let hidden = match report.hidden {
        0 => String::new(),
        n => format!(" ({n} more in files this change does not touch)"),
    };
    format!("{what}: {}{hidden}", verdict(report))
}

/// "12 stories, 5 members and 2 pages", when the site could be read.
pub fn contents(report: &Report) -> Option<String> {
    report.site.as_ref().map(|site| {
        format!(
            "{}, {} and {}",
            count(site.stories.len(), "story", "stories"),
            count(site.members.len(), "member", "members"),
            count(site.pages.len(), "page", "pages")
        )
    })
}

/// "no problems", "2 errors, 1 warning".
pub fn verdict(report: &Report) -> String {
    let problems = match (report.errors(), report.warnings()) {
        (0, 0) => "no problems".to_string(),
        (e, w) => format!(
            "{}, {}",
            count(e, "error", "errors"),
            count(w, "warning", "warnings")
        ),
    };
    match report.notices() {
        0 => problems,
        n => format!("{problems}, {} for the host", count(n, "notice", "notices")),
    }
}

/// "1 story", "3 stories".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// GitHub Actions workflow commands, one line per problem. `prefix` is the
/// site folder as seen from the repository root ("" or "site/").
pub fn github(report: &Report, prefix: &str) -> String {
    let mut out = String::new();
    for d in &report.problems {
        let mut props = vec![format!(
            "file={}",
            github_property(&format!("{prefix}{}", d.path))
        )];
        if d.line > 0 {
            props.push(format!("line={}", d.line));
            if d.col > 0 {
                props.push(format!("col={}", d.col));
            }
        }
        props.push(format!("title={}", github_property(d.code)));
        let text = if d.help.is_empty() {
            d.message.clone()
        } else {
            format!("{}. {}", d.message, d.help)
        };
        let _ = writeln!(
            out,
            "::{} {}::{}",
            d.severity.as_str(),
            props.join(","),
            github_message(&text)
        );
    }
    let _ = writeln!(out, "{}", scope_line(report));
    out
}

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    errors: usize,
    warnings: usize,
    /// Notices for the reviewing host: grants and authorship.
    notices: usize,
    /// With --pr-author: who the author is on the site.
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<JsonAuthor<'a>>,
    /// With --changed-from: members whose first story the change adds.
    #[serde(skip_serializing_if = "Option::is_none")]
    newcomers: Option<Vec<JsonNewcomer>>,
    /// With --changed-from: problems left out because they concern only
    /// files the change does not touch.
    #[serde(skip_serializing_if = "Option::is_none")]
    untouched_problems: Option<usize>,
    problems: Vec<JsonProblem<'a>>,
}

#[derive(Serialize)]
struct JsonAuthor<'a> {
    login: &'a str,
    members: &'a [String],
    host: bool,
}

#[derive(Serialize)]
struct JsonNewcomer {
    handle: String,
    welcome: String,
    level: Option<String>,
    badges: Vec<String>,
}

#[derive(Serialize)]
struct JsonProblem<'a> {
    severity: &'static str,
    code: &'static str,
    path: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
    help: Option<&'a str>,
}

/// The documented JSON object (docs/check.md), version 1.
pub fn json(report: &Report) -> String {
    let problems = report
        .problems
        .iter()
        .map(|d| JsonProblem {
            severity: d.severity.as_str(),
            code: d.code,
            path: &d.path,
            line: (d.line > 0).then_some(d.line),
            column: (d.line > 0 && d.col > 0).then_some(d.col),
            message: &d.message,
            help: (!d.help.is_empty()).then_some(d.help.as_str()),
        })
        .collect();
    let doc = JsonReport {
        version: 1,
        errors: report.errors(),
        warnings: report.warnings(),
        notices: report.notices(),
        author: report.author.as_ref().map(|a| JsonAuthor {
            login: &a.login,
            members: &a.handles,
            host: a.host,
        }),
        newcomers: report.changes.as_ref().map(|_| {
            let english = crate::i18n::Catalogue::english();
            newcomers(report)
                .into_iter()
                .map(|n| JsonNewcomer {
                    welcome: n.welcome(&english),
                    badges: n.badges.iter().map(|(name, _)| name.clone()).collect(),
                    handle: n.handle,
                    level: n.level,
                })
                .collect()
        }),
        untouched_problems: report.changes.as_ref().map(|_| report.hidden),
        problems,
    };
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests;
