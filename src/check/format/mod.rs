//! The three report formats: `human` (like rustc), `github` (workflow
//! commands that annotate a pull request) and `json` (a stable, documented object).

use std::fmt::Write;

use serde::Serialize;

use super::{Report, Sources};
use crate::util::diag::{Diagnostic, Severity};

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
    }
}

/// rustc-style: message, location, the source line with a caret, help.
pub fn human(report: &Report, sources: &mut Sources, colour: bool) -> String {
    let p = Paint { on: colour };
    let mut out = String::new();
    for d in &report.problems {
        human_one(&mut out, d, sources, &p);
    }
    let _ = writeln!(out, "{}", scope_line(report));
    out
}

fn human_one(out: &mut String, d: &Diagnostic, sources: &mut Sources, p: &Paint) {
    let sev = p.paint(severity_style(d.severity), d.severity.as_str());
    let _ = writeln!(
        out,
        "{sev}{} {}",
        p.paint(BOLD, ":"),
        p.paint(BOLD, &d.message)
    );
    let number = if d.line > 0 {
        d.line.to_string()
    } else {
        String::new()
    };
    let pad = " ".repeat(number.len().max(1));
    let _ = writeln!(out, "{pad}{} {}", p.paint(BLUE, "-->"), d.location());
    let source = (d.line > 0)
        .then(|| sources.line(&d.path, d.line))
        .flatten()
        .map(|l| l.replace('\t', " "));
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
            d.help
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
    match (report.errors(), report.warnings()) {
        (0, 0) => "no problems".to_string(),
        (e, w) => format!(
            "{}, {}",
            count(e, "error", "errors"),
            count(w, "warning", "warnings")
        ),
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
        let mut props = vec![format!("file={}", property(&format!("{prefix}{}", d.path)))];
        if d.line > 0 {
            props.push(format!("line={}", d.line));
            if d.col > 0 {
                props.push(format!("col={}", d.col));
            }
        }
        props.push(format!("title={}", property(d.code)));
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
            data(&text)
        );
    }
    let _ = writeln!(out, "{}", scope_line(report));
    out
}

/// Escapes a workflow command's message (GitHub's `escapeData`).
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value (GitHub's `escapeProperty`).
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    errors: usize,
    warnings: usize,
    problems: Vec<JsonProblem<'a>>,
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
        problems,
    };
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests;
