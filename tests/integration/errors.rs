//! Bad input: exact messages with file:line:col, exit codes, and nothing written.

use crate::support::*;

#[test]
fn content_errors_are_reported_with_positions_and_exit_1() {
    let site = fixture("errors");
    let o = potluck(&["build", "--root", site.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let expected = read(&repo().join("tests/fixtures/errors/expected.txt"));
    assert_eq!(String::from_utf8_lossy(&o.stderr), expected);
    assert!(
        !site.path().join("public").exists(),
        "a failed build wrote output"
    );
}

#[test]
fn failed_build_keeps_the_previous_site_untouched() {
    let site = fixture("small");
    let public = site.path().join("public");
    build_ok(site.path(), &public);
    let before = files(&public);
    std::fs::write(
        site.path().join("content/stories/broken.md"),
        "---\ntitle: x\nauthor: [bob]\ndate: 2024-01-01\n---\n",
    )
    .unwrap();
    let o = potluck(&["build", "--root", site.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr)
        .contains("content/stories/broken.md:3:1: error: unknown field `author`"));
    assert_eq!(files(&public), before, "the previous output changed");
    let leftovers: Vec<_> = std::fs::read_dir(site.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().contains("potluck-tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "temporary folders left behind: {leftovers:?}"
    );
}

#[test]
fn output_folder_that_would_destroy_the_site_is_refused() {
    let site = fixture("small");
    let root = site.path().to_str().unwrap();
    for out in [
        root.to_string(),
        format!("{root}/content"),
        format!("{root}/content/static"),
    ] {
        let o = potluck(&["build", "--root", root, "--output", &out]);
        assert_eq!(o.status.code(), Some(2), "{out}");
        assert!(site.path().join("content/site.yaml").is_file());
    }
    let other = site.path().join("notes");
    std::fs::create_dir(&other).unwrap();
    std::fs::write(other.join("keep.txt"), "mine").unwrap();
    let o = potluck(&["build", "--root", root, "--output", other.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not a previous potluck output"));
    assert_eq!(read(&other.join("keep.txt")), "mine");
}

#[test]
fn symlink_in_content_is_an_error_naming_it() {
    let site = fixture("small");
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        "/etc/passwd",
        site.path().join("content/stories/fixing-soles/passwd.txt"),
    )
    .unwrap();
    let o = potluck(&["build", "--root", site.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(
            "content/stories/fixing-soles/passwd.txt: error: symbolic links are not allowed"
        ),
        "{err}"
    );
}

#[test]
fn missing_cover_and_bad_date_are_both_reported() {
    let site = fixture("small");
    let story = site.path().join("content/stories/fixing-soles/index.md");
    let text = read(&story)
        .replace("cover: cover.svg", "cover: ../../members/alice.md")
        .replace("date: 2024-06-10", "date: 10/06/2024");
    std::fs::write(&story, text).unwrap();
    let o = potluck(&["build", "--root", site.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("index.md:4:7: error: `date` is not a date: `10/06/2024`"),
        "{err}"
    );
    assert!(
        err.contains("index.md:8:8: error: `cover` must be a file inside the story's folder"),
        "{err}"
    );
}

#[test]
fn help_and_version_work() {
    let o = potluck(&["--help"]);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains("build"));
    let o = potluck(&["--version"]);
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("potluck "));
    let o = potluck(&["build", "--no-such-flag"]);
    assert_eq!(o.status.code(), Some(2));
}
