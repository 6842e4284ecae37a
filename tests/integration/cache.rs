//! The build cache: an incremental build writes exactly what a build from
//! scratch writes, after every kind of change, and really is incremental.

use std::fs;
use std::path::Path;

use crate::support::{copy_dir, files, potluck, repo};

/// Builds with the cache (the default); returns stderr's summary line.
fn warm(root: &Path, out: &Path) -> String {
    let o = potluck(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "warm build failed: {err}");
    err
}

fn cold(root: &Path, out: &Path) {
    let o = crate::support::build_with(root, out, &["--no-cache"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// "; N rendered, M unchanged (cache)" -> N.
fn rendered(summary: &str) -> Option<usize> {
    let (_, rest) = summary.split_once(" ms: ")?;
    let (changed, _) = rest.split_once(" new or changed")?;
    let (pages, files) = changed.split_once(" and ")?;
    let n = |s: &str| s.split(' ').next()?.parse::<usize>().ok();
    Some(n(pages)? + n(files)?)
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} has no {from:?}", path.display());
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

type Change = (&'static str, fn(&Path), usize);

/// Each change, and how many files it may write at most.
fn changes() -> Vec<Change> {
    vec![
        (
            "story text",
            |r| {
                edit(
                    &r.join("content/stories/cork-insole-review.md"),
                    "\n\n",
                    "\n\nA new first paragraph.\n\n",
                )
            },
            6,
        ),
        (
            "story title",
            |r| {
                edit(
                    &r.join("content/stories/cork-insole-review.md"),
                    "after six months",
                    "after seven months",
                )
            },
            40,
        ),
        (
            "member name",
            |r| {
                edit(
                    &r.join("content/members/ben-c.md"),
                    "name: ",
                    "name: Benjamin ",
                )
            },
            120,
        ),
        (
            "static file",
            |r| fs::write(r.join("content/static/extra.txt"), "hello\n").unwrap(),
            1,
        ),
        (
            "template partial",
            |r| {
                let t = r.join("templates");
                fs::create_dir_all(&t).unwrap();
                let base =
                    fs::read_to_string(repo().join("themes/default/templates/base.html")).unwrap();
                fs::write(
                    t.join("base.html"),
                    base.replacen("</body>", "<!-- edited --></body>", 1),
                )
                .unwrap();
            },
            200,
        ),
        (
            "site.yaml",
            |r| edit(&r.join("content/site.yaml"), "title: ", "title: The "),
            200,
        ),
        (
            "story deleted",
            |r| fs::remove_file(r.join("content/stories/dog-walks-count-too.md")).unwrap(),
            200,
        ),
        (
            "story renamed",
            |r| {
                fs::rename(
                    r.join("content/stories/alpujarras-in-march.md"),
                    r.join("content/stories/alpujarras-in-spring.md"),
                )
                .unwrap()
            },
            200,
        ),
    ]
}

#[test]
fn incremental_builds_equal_full_builds_after_every_kind_of_change() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    copy_dir(&repo().join("content"), &root.join("content"));
    let (out, fresh) = (root.join("public"), dir.path().join("fresh"));
    let first = warm(&root, &out);
    assert_eq!(
        rendered(&first),
        None,
        "a first build renders everything: {first}"
    );
    let again = warm(&root, &out);
    assert_eq!(rendered(&again), Some(0), "nothing changed: {again}");
    for (what, change, most) in changes() {
        change(&root);
        let summary = warm(&root, &out);
        cold(&root, &fresh);
        let (a, b) = (files(&out), files(&fresh));
        let differ: Vec<_> = a
            .keys()
            .chain(b.keys())
            .filter(|k| a.get(*k) != b.get(*k))
            .collect();
        assert!(
            differ.is_empty(),
            "after the {what} change, these differ from a full build: {differ:?}"
        );
        // A small site is always updated in place.
        let n = rendered(&summary).unwrap_or_else(|| panic!("{what}: not incremental: {summary}"));
        assert!(
            (1..=most).contains(&n),
            "{what}: {n} files written: {summary}"
        );
    }
}

#[test]
fn a_cache_from_another_output_folder_is_not_trusted() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    copy_dir(&repo().join("tests/fixtures/small/in"), &root);
    let out = root.join("public");
    warm(&root, &out);
    // The folder is replaced behind potluck's back: its record no longer applies.
    fs::remove_dir_all(&out).unwrap();
    copy_dir(&repo().join("tests/fixtures/small/in/content"), &out);
    let o = potluck(&["build", "--root", root.to_str().unwrap()]);
    assert!(!o.status.success(), "a foreign folder must be refused");
    fs::remove_dir_all(&out).unwrap();
    warm(&root, &out);
    let fresh = dir.path().join("fresh");
    cold(&root, &fresh);
    assert_eq!(files(&out), files(&fresh));
}

/// A CI run: the cache folder restored, the output gone, a story changed
/// since. Stored pages are copied, the changed ones rendered, and the site
/// is the one a cold build makes.
#[test]
fn a_build_with_the_cache_but_no_output_renders_only_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    copy_dir(&repo().join("tests/fixtures/small/in"), &root);
    let out = root.join("public");
    let first = warm(&root, &out);
    fs::remove_dir_all(&out).unwrap();
    edit(
        &root.join("content/stories/first-run.md"),
        "\n\n",
        "\n\nA new first paragraph.\n\n",
    );
    let summary = warm(&root, &out);
    let fresh = dir.path().join("fresh");
    cold(&root, &fresh);
    assert_eq!(files(&out), files(&fresh));
    let total = files(&fresh).len();
    let n = rendered(&summary).unwrap_or_else(|| panic!("nothing from the cache: {summary}"));
    assert!(
        n < total / 2,
        "{n} of {total} written anew: {summary} (first: {first})"
    );
}

/// A template override can read any field of its context, shown by the
/// default theme or not: a story's longer text changes the reading time a
/// custom listing shows, and the next warm build renders that listing again
/// (a key listing what the default templates read would have left it).
#[test]
fn a_template_override_showing_a_field_the_theme_does_not_is_rendered_again_when_it_changes() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    copy_dir(&repo().join("tests/fixtures/small/in"), &root);
    fs::create_dir_all(root.join("templates")).unwrap();
    fs::write(
        root.join("templates/stories.html"),
        "{% for s in stories %}{{ s.slug }}: {{ s.reading_minutes }} min, welcome {{ s.welcome }}\n{% endfor %}",
    )
    .unwrap();
    let out = root.join("public");
    warm(&root, &out);
    // The fixture shows two stories a page: the oldest is on the second.
    let listing = out.join("stories/page/2/index.html");
    assert!(crate::support::read(&listing).contains("first-run: 1 min"));
    let words = "word ".repeat(500);
    edit(
        &root.join("content/stories/first-run.md"),
        "\n\n",
        &format!("\n\n{words}\n\n"),
    );
    warm(&root, &out);
    assert!(
        crate::support::read(&listing).contains("first-run: 3 min"),
        "{}",
        crate::support::read(&listing)
    );
    let fresh = dir.path().join("fresh");
    cold(&root, &fresh);
    assert_eq!(files(&out), files(&fresh));
}
