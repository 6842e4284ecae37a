//! `potluck check`: every problem of a broken site in three formats,
//! warnings and --strict, --changed-from in a git repository, and the summary.

use crate::support::*;

fn expected(fixture: &str, name: &str) -> std::path::PathBuf {
    repo().join("tests/fixtures").join(fixture).join(name)
}

#[test]
fn every_problem_of_a_broken_site_in_each_format() {
    let site = fixture("check");
    for (format, file) in [
        ("human", "expected.human.txt"),
        ("github", "expected.github.txt"),
        ("json", "expected.json"),
    ] {
        let o = potluck_in(site.path(), &["check", "--format", format]);
        assert_eq!(o.status.code(), Some(1), "{format}: {}", stderr(&o));
        snapshot(&expected("check", file), &stdout(&o));
    }
    let json: serde_json::Value = serde_json::from_str(&stdout(&potluck_in(
        site.path(),
        &["check", "--format", "json"],
    )))
    .unwrap();
    let codes: std::collections::BTreeSet<&str> = json["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.len() >= 15,
        "only {} kinds of problem: {codes:?}",
        codes.len()
    );
    assert!(!site.path().join("public").exists(), "check wrote a site");
}

#[test]
fn summary_without_a_base_revision_lists_every_problem() {
    let site = fixture("check");
    let summary = site.path().join("summary.md");
    std::fs::write(&summary, "previous step\n").unwrap();
    let o = potluck_in(site.path(), &["check", "--summary", "summary.md"]);
    assert_eq!(o.status.code(), Some(1));
    let text = read(&summary);
    let ours = text
        .strip_prefix("previous step\n")
        .expect("the summary replaced what was in the file");
    snapshot(&expected("check", "expected.summary.md"), ours);
}

#[test]
fn warnings_pass_unless_strict_and_the_example_site_is_clean() {
    let site = fixture("small");
    std::fs::write(
        site.path().join("content/stories/later.md"),
        "---\ntitle: Later\nauthors: [bob]\ndate: 2999-01-01\n---\nSoon.\n",
    )
    .unwrap();
    let root = site.path().to_str().unwrap();
    let o = potluck(&["check", "--root", root]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("warning: `date` 2999-01-01 is in the future"));
    let o = potluck(&["check", "--root", root, "--strict"]);
    assert_eq!(o.status.code(), Some(1));
    let o = potluck(&["check", "--root", repo().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).ends_with(": no problems\n"), "{}", stdout(&o));
}

/// The brief's acceptance case: one story with four problems on the example
/// site gives one annotation per problem, on the right line.
#[test]
fn one_story_with_four_problems_gives_four_annotations() {
    let site = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("content"), &site.path().join("content"));
    let dir = site.path().join("content/stories/new-shoes");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(
        dir.join("index.md"),
        "---\ntitle: New shoes\nauthors: [maren, nobody-here]\ndate: 2024-06-01\ntag: [repair]\ncover: cover.jpg\n---\nFirst paragraph.\n\nRead [the resole story](/stories/how-a-resole-work/).\n",
    )
    .unwrap();
    let o = potluck(&[
        "check",
        "--format",
        "github",
        "--root",
        site.path().to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    let errors: Vec<&str> = out.lines().filter(|l| l.starts_with("::error ")).collect();
    let file = "file=content/stories/new-shoes/index.md";
    let expected = [
        format!("::error {file},line=3,col=18,title=unknown-member::no member `nobody-here`."),
        format!("::error {file},line=5,col=1,title=unknown-field::unknown field `tag`. did you mean `tags`?"),
        format!("::error {file},line=6,col=8,title=missing-cover::"),
        format!("::error {file},line=10,col=25,title=broken-link::broken link `/stories/how-a-resole-work/`: there is no story `how-a-resole-work`. did you mean `/stories/how-a-resole-works/`?"),
    ];
    assert_eq!(errors.len(), 4, "{out}");
    for (line, want) in errors.iter().zip(&expected) {
        assert!(line.starts_with(want.as_str()), "{line}\nexpected {want}");
    }
}

/// A pull request on the `pr` fixture: commits, a deletion and an untracked file.
fn pull_request() -> tempfile::TempDir {
    pull_request_in(None)
}

/// The same, on a site whose `language:` is `lang`.
fn pull_request_in(lang: Option<&str>) -> tempfile::TempDir {
    let site = fixture("pr");
    let root = site.path();
    if let Some(lang) = lang {
        let yaml = root.join("content/site.yaml");
        let text = format!("{}language: {lang}\n", read(&yaml));
        std::fs::write(&yaml, text).unwrap();
    }
    git(root, &["init", "-q"]);
    git(root, &["add", "."]);
    git(root, &["commit", "-q", "-m", "base"]);
    git(root, &["checkout", "-q", "-b", "pr"]);
    copy_dir(&repo().join("tests/fixtures/pr/change"), root);
    git(root, &["rm", "-q", "content/members/erin.md"]);
    git(
        root,
        &[
            "add",
            "content/stories/alice-third.md",
            "content/stories/alice-1.md",
            "content/members/dan.md",
        ],
    );
    git(root, &["commit", "-q", "-m", "change"]);
    // dan's story stays untracked, as before a contributor's first commit.
    site
}

#[test]
fn changed_from_reports_the_changes_problems_and_what_they_break() {
    let site = pull_request();
    let o = potluck_in(
        site.path(),
        &[
            "check",
            "--format",
            "github",
            "--changed-from",
            "main",
            "--summary",
            "summary.md",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    snapshot(&expected("pr", "expected.github.txt"), &stdout(&o));
    snapshot(
        &expected("pr", "expected.summary.md"),
        &read(&site.path().join("summary.md")),
    );
    // Without --changed-from the old problem is listed too.
    let all = stdout(&potluck_in(site.path(), &["check", "--format", "github"]));
    assert!(all.contains("content/stories/old-long.md"), "{all}");
}

#[test]
fn the_summary_and_the_welcome_follow_the_sites_language_and_the_log_stays_english() {
    let site = pull_request_in(Some("de"));
    let o = potluck_in(
        site.path(),
        &["check", "--changed-from", "main", "--summary", "summary.md"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let summary = read(&site.path().join("summary.md"));
    for german in [
        "## potluck check: 2 Fehler, 0 Warnungen",
        "Geprüft: die ganze Website (6 Geschichten, 4 Mitglieder und 0 Seiten).",
        "### Was diese Änderung hinzufügt",
        "- Neue Geschichte: **Dan's first story** von @dan",
        "### Eine erste Geschichte: Willkommen, @dan",
        "> Willkommen, Dan Lee\\! Danke für deine erste Geschichte, „Dan's first story“. Das bringt dich auf die Stufe Neuling",
        "das Abzeichen Erste Geschichte",
        "### Anerkennung (sobald die Probleme unten behoben sind)",
        "- @alice erreicht mit der 3. Geschichte die Stufe Mitwirkende·r",
        "### Probleme",
        "- **Fehler** `content/stories/dan-first.md:5:1`",
        "Lösung: ",
        "1 Problem in Dateien, die diese Änderung nicht berührt, wird nicht aufgeführt.",
    ] {
        assert!(summary.contains(german), "{german:?} missing from\n{summary}");
    }
    for english in [
        "Checked",
        "What this change adds",
        "Recognition",
        "Welcome",
        "Fix:",
    ] {
        assert!(!summary.contains(english), "{english:?} in\n{summary}");
    }
    // The terminal stays English: the command line is.
    assert!(
        stdout(&o).contains("adds their first story"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn a_folder_without_a_site_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let o = potluck(&["check", "--root", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no content/ folder"), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
}

#[test]
fn changed_from_with_an_unknown_revision_is_a_usage_error() {
    let site = pull_request();
    let o = potluck_in(site.path(), &["check", "--changed-from", "no-such-branch"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "error: `no-such-branch` is not a branch or commit this clone knows\n  \
         help: name the branch the change goes into, as this clone knows it (e.g. origin/main), or fetch it first\n"
    );
}
