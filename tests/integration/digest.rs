//! `potluck digest`: the host's report on a fixture with a fixed date
//! (Markdown and JSON snapshots), its errors, and the example site.

use std::path::Path;

use crate::support::*;

fn digest(root: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["digest", "--root", root.to_str().unwrap()];
    all.extend_from_slice(args);
    potluck(&all)
}

/// `field` (a path like `member/handle`) of each item of the list `list`.
fn each<'a>(d: &'a serde_json::Value, list: &str, field: &str) -> Vec<&'a str> {
    d[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            let v = field.split('/').fold(item, |v, key| &v[key]);
            v.as_str().unwrap()
        })
        .collect()
}

fn expected(name: &str) -> std::path::PathBuf {
    repo().join("tests/fixtures/digest").join(name)
}

#[test]
fn digest_of_a_fixed_week_matches_its_markdown_snapshot() {
    let site = fixture("digest");
    let o = digest(site.path(), &["--today", "2026-11-20"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let md = stdout(&o);
    snapshot(&expected("expected.md"), &md);
    // A name full of Markdown is shown, never made a link or HTML.
    assert!(!md.contains("[me](https://evil.example)"), "{md}");
    assert!(!md.contains("<b>"), "{md}");
    assert!(md.contains(r"Eve \*Star\* \[me\]\(https\://evil.example\) \<b\>"));
}

#[test]
fn digest_as_json_lists_what_the_markdown_shows() {
    let site = fixture("digest");
    // The date from the environment, as a scheduled job may set it.
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_potluck"))
        .args(["digest", "--format", "json", "--root"])
        .arg(site.path())
        .env("POTLUCK_TODAY", "2026-11-20")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let json = stdout(&o);
    snapshot(&expected("expected.json"), &json);
    let d: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(d["period"]["since"], "2026-11-13");
    assert_eq!(d["period"]["previous_since"], "2026-11-05");
    assert_eq!(each(&d, "new_members", "member/handle"), ["bo", "eve"]);
    assert_eq!(d["new_members"][0]["meet"].as_array().unwrap().len(), 2);
    // The host's first story is not a newcomer's.
    assert_eq!(each(&d, "first_stories", "author/handle"), ["cy"]);
    // Oldest first; answered by a host (glue-fails) or closed (old-sizes) is not waiting,
    // a member's answer (me-too-box) is not the brand's.
    assert_eq!(
        each(&d, "waiting_feedback", "story/slug"),
        ["laces-fray", "box-too-big"]
    );
    assert_eq!(each(&d, "gone_quiet", "member/handle"), ["ann"]);
    assert_eq!(d["gone_quiet"][0]["days_quiet"], 537);
    assert_eq!(
        each(&d, "near_next_level", "member/handle"),
        ["ann", "bo", "cy", "eve"]
    );
    let stories = &d["counts"][0];
    assert_eq!(
        (
            &stories["what"],
            &stories["this_period"],
            &stories["previous_period"]
        ),
        (&"stories".into(), &5.into(), &1.into())
    );
}

#[test]
fn digest_since_a_date_counts_from_that_day() {
    let site = fixture("digest");
    let o = digest(
        site.path(),
        &[
            "--since",
            "2026-11-16",
            "--today",
            "2026-11-20",
            "--format",
            "json",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let d: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(d["period"]["previous_since"], "2026-11-11");
    // Bo joined the day before the period: his first story is greeted as
    // such; Cy's (11-14) is before the period.
    assert_eq!(each(&d, "first_stories", "author/handle"), ["bo"]);
    assert_eq!(d["new_members"][0]["member"]["handle"], "eve");
}

#[test]
fn digest_refuses_a_start_after_today_and_a_site_with_problems() {
    let site = fixture("digest");
    let o = digest(
        site.path(),
        &["--since", "2026-12-01", "--today", "2026-11-20"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--since 2026-12-01 is after today (2026-11-20)"));
    let o = digest(site.path(), &["--since", "2026-11-01", "--days", "3"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    std::fs::write(
        site.path().join("content/stories/broken.md"),
        "---\ntitle: Broken\nauthors: [nobody]\ndate: 2026-11-19\n---\nText.\n",
    )
    .unwrap();
    let o = digest(site.path(), &["--today", "2026-11-20"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("content/stories/broken.md"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).is_empty());
}

#[test]
fn digest_of_the_example_site_names_the_newest_member_and_waiting_feedback() {
    let o = digest(&repo(), &["--days", "30", "--today", "2026-12-03"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let md = stdout(&o);
    assert!(md.contains("## New members (1)"), "{md}");
    assert!(md.contains("[Wren Calloway](https://community.trailhead.example/members/wren/)"));
    assert!(md.contains("[Your packaging is still too much]"), "{md}");
}
