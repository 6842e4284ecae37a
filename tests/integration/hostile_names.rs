//! Names with newlines, ESC, BEL, backticks, brackets, commas, colons and
//! percent signs, in file names and front-matter keys, through every report
//! format: nothing reaches a terminal raw, starts a workflow command, or
//! renders as a link or an image in a job summary.

use pulldown_cmark::{Event, Parser, Tag};

use crate::support::{fixture, potluck_in, read, stderr, stdout};

/// File names a contributor could commit (git allows all of these).
const NAMES: &[&str] = &[
    "line\n::warning file=a.md::pwned.md",
    "esc\u{1b}[31mred\u{7}.md",
    "[Approved](https:!!evil.example) <img src=x onerror=y> ![i](j),a:b%25c`d``e.md",
    "cr\r::error::x.md",
];

fn hostile_site() -> tempfile::TempDir {
    let site = fixture("small");
    let stories = site.path().join("content/stories");
    for name in NAMES {
        std::fs::write(stories.join(name), "---\ntitle: x\n---\nx\n").unwrap();
    }
    // A front-matter key with a newline, ESC and a workflow command.
    std::fs::write(
        stories.join("key.md"),
        "---\ntitle: Key\nauthors: [bob]\ndate: 2024-05-02\n\"k\\n::warning::owned\\u001b[2J\": 1\n---\nx\n",
    )
    .unwrap();
    site
}

/// No byte a terminal acts on, other than the line ends themselves.
fn assert_no_controls(what: &str, text: &str) {
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| c.is_control() && c != '\n' && c != '\t')
        .collect();
    assert!(bad.is_empty(), "{what}: raw controls {bad:?} in:\n{text}");
}

#[test]
fn a_newline_in_a_file_name_printed_a_workflow_command_in_the_human_format() {
    let site = hostile_site();
    let o = potluck_in(site.path(), &["check", "--format", "human"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let all = format!("{}{}", stdout(&o), stderr(&o));
    assert_no_controls("human", &all);
    for line in all.lines() {
        assert!(
            !line.trim_start().starts_with("::"),
            "a line a runner would run: {line:?}"
        );
    }
    assert!(
        all.contains("\\u{1b}[31mred\\u{7}"),
        "ESC and BEL are not shown:\n{all}"
    );
}

#[test]
fn esc_and_bel_in_a_file_name_reached_the_github_log_raw() {
    let site = hostile_site();
    let o = potluck_in(site.path(), &["check", "--format", "github"]);
    let out = stdout(&o);
    assert_no_controls("github", &out);
    let commands: Vec<&str> = out
        .lines()
        .filter(|l| l.trim_start().starts_with("::"))
        .collect();
    // One command per problem, each well formed: `::error file=...::message`.
    let json = potluck_in(site.path(), &["check", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    let problems = report["problems"].as_array().unwrap();
    assert_eq!(commands.len(), problems.len(), "{out}");
    for c in &commands {
        let rest = c
            .strip_prefix("::error ")
            .or_else(|| c.strip_prefix("::warning "))
            .unwrap_or_else(|| panic!("not a command: {c:?}"));
        let (props, _message) = rest.split_once("::").expect("no message");
        for prop in props.split(',') {
            let (key, _) = prop
                .split_once('=')
                .unwrap_or_else(|| panic!("{prop:?} in {c:?}"));
            assert!(["file", "line", "col", "title"].contains(&key), "{c:?}");
        }
    }
}

#[test]
fn json_reports_carry_hostile_names_exactly() {
    let site = hostile_site();
    let o = potluck_in(site.path(), &["check", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let paths: Vec<&str> = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["path"].as_str().unwrap())
        .collect();
    for name in NAMES {
        let want = format!("content/stories/{name}");
        assert!(paths.contains(&want.as_str()), "{want:?} not in {paths:?}");
    }
}

#[test]
fn a_markdown_file_name_rendered_as_a_link_in_the_job_summary() {
    let site = hostile_site();
    let o = potluck_in(site.path(), &["check", "--summary", "summary.md"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let md = read(&site.path().join("summary.md"));
    assert_no_controls("summary", &md);
    let mut live = Vec::new();
    for event in Parser::new_ext(&md, pulldown_cmark::Options::all()) {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => live.push(format!("link {dest_url}")),
            Event::Start(Tag::Image { dest_url, .. }) => live.push(format!("image {dest_url}")),
            Event::Html(h) | Event::InlineHtml(h) => live.push(format!("html {h}")),
            Event::Start(Tag::Heading { .. }) if live.is_empty() => {}
            _ => {}
        }
    }
    assert!(live.is_empty(), "{live:?} in:\n{md}");
    for line in md.lines() {
        assert!(!line.trim_start().starts_with("::"), "{line:?}");
    }
}

#[test]
fn every_format_prints_the_problem_of_each_hostile_name() {
    let site = hostile_site();
    let human = potluck_in(site.path(), &["check"]);
    let text = format!("{}{}", stdout(&human), stderr(&human));
    // Each name is shown, escaped: ESC as \u{1b}, the newline as \n.
    assert!(
        text.contains("line\\n::warning file=a.md::pwned.md"),
        "{text}"
    );
    assert!(text.contains("cr\\r::error::x.md"), "{text}");
}
