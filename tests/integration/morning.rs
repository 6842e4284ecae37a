//! A contributor's first five minutes: the mistakes people make on their
//! first pull request (tests/fixtures/morning: one story per mistake), each
//! told in plain words at the value, in every format; finding the site from
//! any folder; the README's sample and commands as they really are.
//!
//! The expected outputs are files in the fixture, so a change of wording
//! shows in review. To refresh them after an intended change:
//! `UPDATE_SNAPSHOTS=1 cargo test --test integration morning`, then read the diff.

use std::path::Path;
use std::process::Command;

use crate::support::*;

fn expected(name: &str) -> std::path::PathBuf {
    repo().join("tests/fixtures/morning").join(name)
}

#[test]
fn a_first_pull_request_with_every_usual_mistake_reads_in_plain_words() {
    let site = fixture("morning");
    for (format, file) in [
        ("human", "expected.human.txt"),
        ("github", "expected.github.txt"),
        ("json", "expected.json"),
    ] {
        let o = potluck_in(site.path(), &["check", "--format", format]);
        assert_eq!(o.status.code(), Some(1), "{format}: {}", stderr(&o));
        snapshot(&expected(file), &stdout(&o));
    }
    let human = stdout(&potluck_in(site.path(), &["check"]));
    // serde's and libyaml's own words never reach a contributor.
    for jargon in [
        "invalid type",
        "expected a sequence",
        "cannot start any token",
        "mapping values are not allowed",
        "did not find expected",
    ] {
        assert!(!human.contains(jargon), "`{jargon}` in:\n{human}");
    }
}

#[test]
fn tab_authors_as_text_and_slashed_date_point_at_the_value_with_the_fixed_line() {
    let site = fixture("small");
    let story = site.path().join("content/stories/morning.md");
    std::fs::write(
        &story,
        "---\ntitle: Morning\nauthors: alice\ndate: 2024/05/01\n---\nText.\n",
    )
    .unwrap();
    let o = potluck_in(site.path(), &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let found = |path: &str| {
        json["problems"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["path"] == path)
            .cloned()
            .unwrap_or_else(|| panic!("no problem for {path}: {json}"))
    };
    let p = found("content/stories/morning.md");
    assert_eq!(
        (p["line"].as_u64(), p["column"].as_u64()),
        (Some(3), Some(10))
    );
    assert_eq!(p["help"], "write `authors: [alice]`");
    std::fs::write(
        &story,
        "---\ntitle: Morning\nauthors: [alice]\ndate: 2024/05/01\n---\nText.\n",
    )
    .unwrap();
    let o = potluck_in(site.path(), &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let p = json["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["path"] == "content/stories/morning.md")
        .cloned()
        .unwrap();
    assert_eq!(
        (p["line"].as_u64(), p["column"].as_u64()),
        (Some(4), Some(7))
    );
    assert_eq!(
        p["help"],
        "dates are written year-month-day: write `date: 2024-05-01`"
    );
    std::fs::write(
        &story,
        "---\ntitle: Morning\nauthors:\n\t- alice\ndate: 2024-05-01\n---\nText.\n",
    )
    .unwrap();
    let human = stdout(&potluck_in(site.path(), &["check"]));
    assert!(
        human.contains("4 | →- alice\n  | ^\n  = help: write `  - alice`"),
        "{human}"
    );
}

#[test]
fn check_run_from_inside_content_stories_finds_the_site() {
    let site = fixture("small");
    let inside = site.path().join("content/stories");
    let o = potluck_in(&inside, &["check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("no problems"), "{}", stdout(&o));
    let root = site.path().canonicalize().unwrap();
    assert!(
        stderr(&o).contains(&format!("using the site at {}", root.display())),
        "{}",
        stderr(&o)
    );
    // From the site folder itself nothing is said about the root.
    let o = potluck_in(site.path(), &["check"]);
    assert_eq!(stderr(&o), "");
}

#[test]
fn without_a_site_every_command_exits_2_with_one_message() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["check"][..],
        &["build"],
        &["serve", "--port", "0"],
        &["new", "story", "--author", "alice", "Hi"],
        &["new", "member", "alice", "--name", "Alice"],
    ] {
        let o = potluck_in(dir.path(), args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.starts_with("error: no potluck site here: no content/site.yaml in "),
            "{args:?}: {err}"
        );
        assert_eq!(err.lines().count(), 2, "{args:?}: {err}");
    }
}

#[test]
fn help_lists_the_exit_codes_and_the_readme_says_the_same() {
    let o = potluck(&["--help"]);
    let help = stdout(&o);
    assert!(
        help.contains("Exit codes (the same for every command):"),
        "{help}"
    );
    let o = potluck(&["build", "--help"]);
    assert!(stdout(&o).contains("  2  the command could not run"));
    let readme = read(&repo().join("README.md"));
    for line in help
        .lines()
        .skip_while(|l| !l.starts_with("Exit codes"))
        .skip(1)
        .take(4)
    {
        assert!(readme.contains(line.trim()), "README lacks `{line}`");
    }
}

#[test]
fn the_readme_sample_error_is_what_check_prints() {
    let readme = read(&repo().join("README.md"));
    let marker = "<!-- potluck check on tests/fixtures/readme (tested) -->";
    let mut lines = readme.lines().skip_while(|l| l.trim() != marker).skip(1);
    let fence = lines.next().expect("the README's sample is marked");
    let indent = fence.len() - fence.trim_start().len();
    assert_eq!(fence.trim(), "```text");
    let sample: String = lines
        .take_while(|l| l.trim() != "```")
        .map(|l| format!("{}\n", l.get(indent..).unwrap_or("")))
        .collect();
    let site = fixture("readme");
    let o = potluck_in(site.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        sample,
        stdout(&o),
        "the README's sample differs from check's output"
    );
}

#[test]
fn build_ends_by_saying_how_to_look_at_the_site_unless_quiet() {
    let site = fixture("small");
    let o = potluck_in(site.path(), &["build"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let last = stderr(&o).lines().last().unwrap_or("").to_string();
    assert_eq!(last, "to look at it: potluck serve --open");
    let summary = stderr(&o);
    assert!(summary.contains("built "), "{summary}");
    // A second build says what changed in the same units it counts.
    std::fs::write(
        site.path().join("content/pages/about.md"),
        "---\ntitle: About\n---\nChanged.\n",
    )
    .unwrap();
    let o = potluck_in(site.path(), &["build"]);
    let err = stderr(&o);
    assert!(
        err.contains("new or changed, the other ")
            && err.contains("unchanged since the last build"),
        "{err}"
    );
    let o = potluck_in(site.path(), &["build", "--quiet"]);
    assert_eq!(stderr(&o), "");
}

fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
        .args(["-c", "user.name=T", "-c", "user.email=t@example.com"])
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run git")
}

#[test]
fn changed_from_outside_git_says_so_in_one_sentence() {
    let site = fixture("small");
    let o = potluck_in(site.path(), &["check", "--changed-from", "origin/main"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.starts_with("error: --changed-from compares with git history, and . is not in a git repository\n  help: "),
        "{err}"
    );
    assert_eq!(err.lines().count(), 2, "{err}");
}

#[test]
fn changed_from_in_a_shallow_clone_hints_at_fetch_depth_0() {
    let origin = fixture("small");
    let o = origin.path();
    assert!(git(o, &["init", "-q"]).status.success());
    git(o, &["add", "."]);
    git(o, &["commit", "-q", "-m", "base"]);
    git(o, &["checkout", "-q", "-b", "pr"]);
    std::fs::write(o.join("content/pages/about.md"), "---\ntitle: A\n---\nB\n").unwrap();
    git(o, &["commit", "-q", "-am", "change"]);
    let dir = tempfile::tempdir().unwrap();
    let url = format!("file://{}", o.display());
    let clone = dir.path().join("clone");
    let c = git(
        dir.path(),
        &[
            "clone", "-q", "--depth", "1", "--branch", "pr", &url, "clone",
        ],
    );
    assert!(c.status.success(), "{}", stderr(&c));
    let out = potluck_in(&clone, &["check", "--changed-from", "main"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("fetch-depth: 0"), "{}", stderr(&out));
}

#[test]
fn json_with_changed_from_counts_the_problems_in_untouched_files() {
    let site = fixture("small");
    let root = site.path();
    std::fs::write(
        root.join("content/stories/old.md"),
        "---\ntitle: Old\nauthors: [alice]\ndate: 2024-05-01\ntag: [x]\n---\nText.\n",
    )
    .unwrap();
    git(root, &["init", "-q"]);
    git(root, &["add", "."]);
    git(root, &["commit", "-q", "-m", "base"]);
    let o = potluck_in(
        root,
        &["check", "--format", "json", "--changed-from", "HEAD"],
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(json["untouched_problems"], 1, "{json}");
    assert_eq!(json["errors"], 0, "{json}");
}
