//! What `check --changed-from` tells the reviewing host: grants of the
//! brand's fields in every format, `--strict-grants`, `--pr-author` and
//! others' profiles, the newcomer's welcome, and look-alike handles reported
//! on the profile the pull request adds. Each test is a small git repository
//! made from tests/fixtures/grants (alice is a host with `github: alice-gh`,
//! dan is `github: dan-lee`, erin `codeberg: erin`).

use std::path::Path;
use std::process::Output;

use crate::support::*;

/// The fixture committed on `main`, with the branch `pr` checked out.
fn repository() -> tempfile::TempDir {
    let site = fixture("grants");
    git(site.path(), &["init", "-q"]);
    git(site.path(), &["add", "."]);
    git(site.path(), &["commit", "-q", "-m", "base"]);
    git(site.path(), &["checkout", "-q", "-b", "pr"]);
    site
}

/// Writes `files` (path, text) and commits them on the branch.
fn change(root: &Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        std::fs::write(root.join(path), text).unwrap();
        git(root, &["add", path]);
    }
    git(root, &["commit", "-q", "-m", "change"]);
}

const DAN_GRANTS_HIMSELF: &str = "---\nname: Dan Lee\nlinks:\n  github: dan-lee\nrole: host\nawards:\n  - name: Trail legend\n    date: 2024-03-02\n---\nRuns on trails.\n";

/// A pull request where dan makes himself a host and gives himself an award.
fn self_grant() -> tempfile::TempDir {
    let site = repository();
    change(
        site.path(),
        &[("content/members/dan.md", DAN_GRANTS_HIMSELF)],
    );
    site
}

fn check(root: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["check", "--changed-from", "main"];
    args.extend(extra);
    potluck_in(root, &args)
}

fn lines_with<'a>(out: &'a str, needle: &str) -> Vec<&'a str> {
    out.lines().filter(|l| l.contains(needle)).collect()
}

#[test]
fn a_self_grant_is_a_notice_in_every_format_and_passes_without_strict_grants() {
    let site = self_grant();
    let gh = check(site.path(), &["--format", "github"]);
    assert_eq!(gh.status.code(), Some(0), "{}", stderr(&gh));
    let out = stdout(&gh);
    assert_eq!(
        lines_with(&out, "title=grant"),
        [
            "::notice file=content/members/dan.md,line=5,col=1,title=grant::this change sets `role: host` (the brand's to grant). a host decides on this before merging",
            "::notice file=content/members/dan.md,line=6,col=1,title=grant::this change adds `name: Trail legend, date: 2024-03-02` to `awards` (the brand's to grant). a host decides on this before merging",
        ]
    );
    assert!(
        out.ends_with("no problems, 2 notices for the host\n"),
        "{out}"
    );

    let human = stdout(&check(site.path(), &[]));
    assert!(human.contains("notice: this change sets `role: host` (the brand's to grant)\n --> content/members/dan.md:5:1\n"), "{human}");
    assert!(human.contains("5 | role: host"), "{human}");

    let json: serde_json::Value =
        serde_json::from_str(&stdout(&check(site.path(), &["--format", "json"]))).unwrap();
    assert_eq!(json["notices"], 2);
    assert_eq!(json["errors"], 0);
    let grants: Vec<(&str, &str, u64)> = json["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["severity"].as_str().unwrap(),
                p["code"].as_str().unwrap(),
                p["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(grants, [("notice", "grant", 5), ("notice", "grant", 6)]);
    // Without --pr-author nobody is named, and nothing else is noticed.
    assert!(json.get("author").is_none(), "{json}");
}

#[test]
fn strict_grants_fail_for_a_non_host_and_pass_for_a_host() {
    let site = self_grant();
    let by_dan = check(
        site.path(),
        &[
            "--format",
            "github",
            "--strict-grants",
            "--pr-author",
            "dan-lee",
        ],
    );
    assert_eq!(by_dan.status.code(), Some(1));
    let out = stdout(&by_dan);
    let errors = lines_with(&out, "::error ");
    assert_eq!(errors.len(), 2, "{out}");
    assert!(errors.iter().all(|l| l.contains("title=grant::")
        && l.contains(
            "only a host may grant, and the pull request's author, dan-lee, is not a host"
        )));
    // Who opened it is unknown: the same.
    let unknown = check(site.path(), &["--strict-grants"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        stdout(&unknown).contains("--pr-author"),
        "{}",
        stdout(&unknown)
    );
    // The same change by a host passes, each grant still shown to the host.
    let by_alice = check(
        site.path(),
        &[
            "--format",
            "github",
            "--strict-grants",
            "--pr-author",
            "Alice-GH",
        ],
    );
    assert_eq!(by_alice.status.code(), Some(0), "{}", stdout(&by_alice));
    assert_eq!(
        lines_with(
            &stdout(&by_alice),
            "::notice file=content/members/dan.md,line="
        )
        .len(),
        2
    );
    // --strict-grants means nothing without a base to compare with.
    let usage = potluck_in(site.path(), &["check", "--strict-grants"]);
    assert_eq!(usage.status.code(), Some(2), "{}", stderr(&usage));
}

#[test]
fn linking_a_hosts_profile_to_ones_own_login_does_not_make_one_a_host() {
    let site = repository();
    let alice = "---\nname: Alice Nguyen\nlinks:\n  github: dan-lee\nrole: host\n---\nRuns the community.\n";
    change(
        site.path(),
        &[
            ("content/members/alice.md", alice),
            ("content/members/dan.md", DAN_GRANTS_HIMSELF),
        ],
    );
    let o = check(
        site.path(),
        &[
            "--format",
            "json",
            "--strict-grants",
            "--pr-author",
            "dan-lee",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(json["author"]["members"], serde_json::json!(["dan"]));
    assert_eq!(json["author"]["host"], false);
    let codes: Vec<&str> = json["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["others-profile", "grant", "grant"]);
}

#[test]
fn a_pull_request_editing_someone_elses_profile_or_adding_their_story_gets_host_notices() {
    let site = repository();
    let erin =
        "---\nname: Erin Walsh\nlocation: Cork\nlinks:\n  codeberg: erin\n---\nRepairs things.\n";
    let story = "---\ntitle: Erin's fix\nauthors: [erin]\ndate: 2024-03-05\n---\nShe fixed it.\n";
    let together = "---\ntitle: Our run\nauthors: [erin, dan]\ndate: 2024-03-06\n---\nWe ran.\n";
    change(
        site.path(),
        &[
            ("content/members/erin.md", erin),
            ("content/stories/erin-fix.md", story),
            ("content/stories/our-run.md", together),
        ],
    );
    let o = check(
        site.path(),
        &["--format", "github", "--pr-author", "dan-lee"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let out = stdout(&o);
    assert_eq!(
        lines_with(&out, "::notice"),
        [
            "::notice file=content/members/erin.md,title=others-profile::the pull request's author, dan-lee, edits the profile of @erin, which does not link to their account. a profile is its member's to write: check with @erin that they agree",
            "::notice file=content/stories/erin-fix.md,title=not-an-author::the pull request's author, dan-lee, is not among this story's authors (@erin). co-authors may add a story together; check with its authors that they want it published",
        ]
    );
    // By erin herself (a codeberg login), or without --pr-author: nothing to notice.
    for extra in [&["--pr-author", "erin"][..], &[]] {
        let out = stdout(&check(site.path(), extra));
        assert!(!out.contains("notice"), "{extra:?}: {out}");
    }
}

#[test]
fn names_in_notices_are_escaped_for_each_format() {
    let site = self_grant();
    let login = "ev%il\n::error file=x::owned,[x](https://evil.example)";
    let gh = stdout(&check(
        site.path(),
        &["--format", "github", "--pr-author", login],
    ));
    for line in gh.lines() {
        assert!(
            line.starts_with("::notice ") || line.starts_with("checked "),
            "a line a runner would read as a command: {line}"
        );
    }
    assert!(gh.contains("ev%25il%0A::error file=x::owned"), "{gh}");
    let human = stdout(&check(site.path(), &["--pr-author", login]));
    assert!(human.contains("pull request by ev%il\\n::error"), "{human}");
    check(
        site.path(),
        &["--pr-author", login, "--summary", "summary.md"],
    );
    let summary = read(&site.path().join("summary.md"));
    assert!(
        summary.contains("\\[x\\]\\(https\\://evil.example\\)"),
        "{summary}"
    );
    assert!(!summary.contains("](https://evil"), "{summary}");
}

#[test]
fn the_summary_titles_grants_for_the_host_and_greets_a_newcomers_first_story() {
    let site = repository();
    let frank = "---\nname: Frank Ode\nlinks:\n  github: frank-o\n---\nNew here.\n";
    let first = "---\ntitle: My first ultra\nauthors: [frank]\ndate: 2024-03-10\n---\nLong day.\n";
    let featured = "---\ntitle: A trail in the rain\nauthors: [dan]\ndate: 2024-02-10\nfeatured: true\n---\nIt rained.\n";
    change(
        site.path(),
        &[
            ("content/members/frank.md", frank),
            ("content/stories/frank-ultra.md", first),
            ("content/stories/dan-trail.md", featured),
        ],
    );
    let o = check(
        site.path(),
        &["--pr-author", "frank-o", "--summary", "summary.md"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let summary = read(&site.path().join("summary.md"));
    assert!(summary.contains(
        "### This pull request grants: featured\n\n\
         These fields are the brand's to grant: a host decides on each before merging.\n\n\
         - `content/stories/dan-trail.md:5:1`: this change sets \\`featured\\: true\\` \\(the brand's to grant\\)\n"
    ), "{summary}");
    assert!(
        summary.contains("pull request by frank-o\\: \\@frank, not a host"),
        "{summary}"
    );
    assert!(
        summary.contains("### A first story: welcome @frank\n"),
        "{summary}"
    );
    assert!(
        summary
            .contains("> Welcome, Frank Ode\\! Thank you for your first story, “My first ultra”."),
        "{summary}"
    );
    assert!(summary.contains("It earns: "), "{summary}");
    assert!(summary.contains("First story"), "{summary}");
    let human = stdout(&o);
    assert!(
        human.contains(
            "welcome: @frank adds their first story; a welcome to paste:\n  Welcome, Frank Ode!"
        ),
        "{human}"
    );
    assert!(human.contains("= earns: "), "{human}");
    // dan's story is not his first: no welcome for him.
    assert!(!summary.contains("welcome @dan"), "{summary}");
}

#[test]
fn a_lookalike_handle_is_reported_on_the_profile_the_pull_request_adds_not_the_existing_one() {
    let site = repository();
    // `vvendy` sorts before `wendy`, which was there first.
    let copy = "---\nname: Vendy\n---\nTotally Wendy.\n";
    change(site.path(), &[("content/members/vvendy.md", copy)]);
    let o = check(site.path(), &["--format", "github"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert_eq!(
        lines_with(&out, "::error"),
        ["::error file=content/members/vvendy.md,line=1,col=1,title=confusable-handle::handle `vvendy` can be mistaken for the handle `wendy` of @wendy (content/members/wendy.md). choose a handle that does not look like @wendy's `wendy`"]
    );
    // Without a base revision: the later-sorted handle, as documented.
    let all = stdout(&potluck_in(site.path(), &["check", "--format", "github"]));
    assert!(
        all.contains("::error file=content/members/wendy.md,"),
        "{all}"
    );
}
