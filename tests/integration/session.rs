//! `serve`'s build session told which files changed, as its watcher tells
//! it: after every kind of change the rebuild writes exactly what a build
//! from scratch writes, also where what the session keeps between rebuilds
//! (the walk of content/, file metadata, recognition, identity checks)
//! could go stale.

use std::fs;
use std::path::{Path, PathBuf};

use potluck::pipeline::{build, build_changed, BuildOptions, Session};

use crate::support::{copy_dir, files, repo};

fn options(root: &Path, output: PathBuf) -> BuildOptions {
    BuildOptions {
        root: root.to_path_buf(),
        output,
        base_url: None,
        drafts: false,
        today: potluck::model::Today(chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()),
    }
}

/// The small fixture copied into a temporary folder, built once by a serve
/// session: (the folder, the site, the served output's options, the session).
fn served_site() -> (tempfile::TempDir, PathBuf, BuildOptions, Session) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    copy_dir(&repo().join("tests/fixtures/small/in"), &root);
    let served = options(&root, dir.path().join("served"));
    let mut session = Session::for_serve();
    build_changed(&served, &mut session, None).unwrap();
    (dir, root, served, session)
}

fn edit(root: &Path, path: &str, from: &str, to: &str) {
    let text = fs::read_to_string(root.join(path)).unwrap();
    assert!(text.contains(from), "{path} has no {from:?}");
    fs::write(root.join(path), text.replacen(from, to, 1)).unwrap();
}

type Change = (&'static str, fn(&Path), &'static [&'static str]);

/// Each change, with the paths a watcher reports for it.
fn changes() -> Vec<Change> {
    const STORY: &str = "content/stories/first-run.md";
    const BUNDLE: &str = "content/stories/fixing-soles/index.md";
    vec![
        (
            "story text",
            |r| edit(r, STORY, "the push.", "the push!"),
            &[STORY],
        ),
        // Topics, recognition and listings change; the text does not.
        (
            "story tags only",
            |r| edit(r, STORY, "[trail-running]", "[trail-running, repair]"),
            &[STORY],
        ),
        // On its card, in listings and the search index; not on the
        // members' pages.
        (
            "story title",
            |r| edit(r, STORY, "title: My first run", "title: My very first run"),
            &[STORY],
        ),
        // A new line of front matter: shown on the card, not read by
        // recognition, and the body starts a line later.
        (
            "story summary added",
            |r| {
                edit(
                    r,
                    STORY,
                    "tags: [",
                    "summary: A first run, with help.\ntags: [",
                )
            },
            &[STORY],
        ),
        // The text again: the site of a rebuild that read every file is
        // the one this rebuild starts from.
        (
            "story text after a front matter change",
            |r| edit(r, STORY, "the push!", "the last push."),
            &[STORY],
        ),
        // Past the first paragraph (the summary): front matter as it was.
        (
            "story code",
            |r| edit(r, STORY, "println!(\"hi\")", "println!(\"hello\")"),
            &[STORY],
        ),
        // As vim and `sed -i` save: a probe file made and removed, the new
        // text written beside the story and renamed over it.
        (
            "story saved through temporary files",
            |r| {
                let dir = r.join("content/stories");
                fs::write(dir.join("4913"), "").unwrap();
                fs::remove_file(dir.join("4913")).unwrap();
                let text = fs::read_to_string(r.join(STORY)).unwrap();
                fs::write(dir.join("sedX1"), text.replace("hello", "hello again")).unwrap();
                fs::rename(dir.join("sedX1"), r.join(STORY)).unwrap();
            },
            &["content/stories/4913", "content/stories/sedX1", STORY],
        ),
        (
            "bundle story text",
            |r| edit(r, BUNDLE, "# Step one", "# The first step"),
            &[BUNDLE],
        ),
        // The cover's new size is on the story's page and its card.
        (
            "bundle cover replaced",
            |r| {
                let svg =
                    r#"<svg xmlns="http://www.w3.org/2000/svg" width="640" height="320"></svg>"#;
                fs::write(r.join("content/stories/fixing-soles/cover.svg"), svg).unwrap()
            },
            &["content/stories/fixing-soles/cover.svg"],
        ),
        // Shown on the cards of every story alice wrote.
        (
            "member name",
            |r| edit(r, "content/members/alice.md", "Alice Nguyen", "Alice Tran"),
            &["content/members/alice.md"],
        ),
        (
            "story added",
            |r| {
                fs::write(r.join("content/stories/second-run.md"), "---\ntitle: A second run\nauthors: [alice]\ndate: 2024-07-01\ntags: [trail-running]\n---\nAgain.\n").unwrap()
            },
            &["content/stories/second-run.md"],
        ),
        (
            "bundle folder renamed",
            |r| {
                fs::rename(
                    r.join("content/stories/fixing-soles"),
                    r.join("content/stories/soles"),
                )
                .unwrap()
            },
            &["content/stories/fixing-soles", "content/stories/soles"],
        ),
        (
            "bundle folder added",
            |r| {
                copy_dir(
                    &r.join("content/stories/soles"),
                    &r.join("content/stories/heels"),
                );
                edit(
                    r,
                    "content/stories/heels/index.md",
                    "Fixing soles together",
                    "Fixing heels",
                );
            },
            &["content/stories/heels"],
        ),
        // Same file names at the same paths, other files: only the folders
        // are reported, so what was kept of the files in them must not be used.
        (
            "bundle folders swapped",
            |r| {
                let s = r.join("content/stories");
                fs::rename(s.join("soles"), s.join("swap")).unwrap();
                fs::rename(s.join("heels"), s.join("soles")).unwrap();
                fs::rename(s.join("swap"), s.join("heels")).unwrap();
            },
            &[
                "content/stories/heels",
                "content/stories/soles",
                "content/stories/swap",
            ],
        ),
        (
            "static file added",
            |r| {
                fs::create_dir_all(r.join("content/static")).unwrap();
                fs::write(r.join("content/static/extra.txt"), "hello\n").unwrap();
            },
            &["content/static", "content/static/extra.txt"],
        ),
        (
            "story deleted",
            |r| fs::remove_file(r.join("content/stories/sizing-feedback.md")).unwrap(),
            &["content/stories/sizing-feedback.md"],
        ),
        (
            "site.yaml",
            |r| edit(r, "content/site.yaml", "Fixture", "Renamed"),
            &["content/site.yaml"],
        ),
    ]
}

#[test]
fn rebuilds_told_what_changed_equal_full_builds() {
    let (dir, root, served, mut session) = served_site();
    for (what, change, reported) in changes() {
        change(&root);
        let reported: Vec<PathBuf> = reported.iter().map(PathBuf::from).collect();
        if let Err(e) = build_changed(&served, &mut session, Some(&reported)) {
            panic!("{what}: the rebuild failed: {e:?}");
        }
        let fresh = dir.path().join(format!("fresh-{}", what.replace(' ', "-")));
        build(&options(&root, fresh.clone())).unwrap();
        let (a, b) = (files(&served.output), files(&fresh));
        let differ: Vec<_> = a
            .keys()
            .chain(b.keys())
            .filter(|k| a.get(*k) != b.get(*k))
            .collect();
        assert!(differ.is_empty(), "after '{what}': {differ:?}");
    }
}

#[test]
fn changes_not_reported_are_seen_when_the_watcher_lost_events() {
    let (dir, root, served, mut session) = served_site();
    // Nothing reported changed, nothing looked at: the site is as it was.
    edit(
        &root,
        "content/members/alice.md",
        "Alice Nguyen",
        "Alice Tran",
    );
    build_changed(&served, &mut session, Some(&[])).unwrap();
    // Events lost: every file is looked at again.
    build_changed(&served, &mut session, None).unwrap();
    let fresh = dir.path().join("fresh");
    build(&options(&root, fresh.clone())).unwrap();
    assert_eq!(files(&served.output), files(&fresh));
    assert!(
        fs::read_to_string(served.output.join("members/alice/index.html"))
            .unwrap()
            .contains("Alice Tran")
    );
}

/// A rebuild that starts from the last site must still see that a story's
/// cover is gone, though only the cover was reported.
#[test]
fn a_cover_deleted_while_serving_is_an_error_naming_the_story() {
    let (_dir, root, served, mut session) = served_site();
    const BUNDLE: &str = "content/stories/fixing-soles/index.md";
    edit(&root, BUNDLE, "# Step one", "# The first step");
    build_changed(&served, &mut session, Some(&[PathBuf::from(BUNDLE)])).unwrap();
    let cover = "content/stories/fixing-soles/cover.svg";
    fs::remove_file(root.join(cover)).unwrap();
    let err = build_changed(&served, &mut session, Some(&[PathBuf::from(cover)]));
    match err {
        Err(potluck::pipeline::BuildError::Content(problems)) => {
            assert!(
                problems
                    .iter()
                    .any(|d| d.path == BUNDLE && d.message.contains("cover")),
                "{problems:?}"
            );
        }
        other => panic!("expected the missing cover to fail the build: {other:?}"),
    }
}
