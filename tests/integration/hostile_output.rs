//! `--output` pointed at what is not a potluck folder: files, FIFOs,
//! sockets, symbolic links, missing parents, and files the brand put into a
//! previous output.

use std::fs;
use std::path::Path;

use crate::support::{build_ok, fixture, stderr};

/// A full build (no cache, so the old output is swapped out, not updated).
fn build_into(root: &Path, out: &Path) -> std::process::Output {
    crate::support::build_with(root, out, &["--no-cache"])
}

/// Asserts a refused build: exit 2, the path named, nothing beside it written.
fn assert_refused(o: &std::process::Output, out: &Path, what: &str) {
    assert_eq!(o.status.code(), Some(2), "{what}: {}", stderr(o));
    assert!(
        stderr(o).contains(&out.display().to_string()),
        "{what}: the path is not named: {}",
        stderr(o)
    );
}

#[test]
fn output_at_a_file_was_moved_aside_and_replaced_by_a_folder() {
    let site = fixture("small");
    let out = site.path().join("notes.txt");
    fs::write(&out, "the brand's notes").unwrap();
    let o = build_into(site.path(), &out);
    assert_refused(&o, &out, "a file");
    assert!(
        stderr(&o).contains("is a file, not a folder"),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read_to_string(&out).unwrap(), "the brand's notes");
    let names: Vec<_> = fs::read_dir(site.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("notes.txt"))
        .collect();
    assert_eq!(names, ["notes.txt"], "something was written beside it");
}

#[cfg(unix)]
#[test]
fn output_at_a_fifo_or_socket_was_replaced_by_a_folder() {
    let site = fixture("small");
    let fifo = site.path().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let o = build_into(site.path(), &fifo);
    assert_refused(&o, &fifo, "a FIFO");
    assert!(stderr(&o).contains("FIFO"), "{}", stderr(&o));
    use std::os::unix::fs::FileTypeExt as _;
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());

    let sock = site.path().join("sock");
    let _listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
    let o = build_into(site.path(), &sock);
    assert_refused(&o, &sock, "a socket");
    assert!(fs::symlink_metadata(&sock).unwrap().file_type().is_socket());
}

#[cfg(unix)]
#[test]
fn output_at_a_device_replaced_dev_null_with_a_folder() {
    let site = fixture("small");
    let o = build_into(site.path(), Path::new("/dev/null"));
    assert_refused(&o, Path::new("/dev/null"), "a device");
    assert!(stderr(&o).contains("device"), "{}", stderr(&o));
    use std::os::unix::fs::FileTypeExt as _;
    assert!(fs::metadata("/dev/null")
        .unwrap()
        .file_type()
        .is_char_device());
}

#[cfg(unix)]
#[test]
fn symlinked_output_cleanup_followed_the_link_and_deleted_the_brands_files() {
    let site = fixture("small");
    let real = site.path().join("www");
    build_ok(site.path(), &real);
    fs::write(real.join("CNAME"), "stories.example.com\n").unwrap();
    let link = site.path().join("public-link");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    // The CLI resolves the link once and builds into the real folder.
    let o = build_into(site.path(), &link);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(real.join("index.html").is_file());
    assert_eq!(
        fs::read_to_string(real.join("CNAME")).unwrap(),
        "stories.example.com\n"
    );
}

#[test]
fn a_rebuild_deleted_the_cname_and_well_known_the_brand_put_in_the_output() {
    let site = fixture("small");
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    fs::write(out.join("CNAME"), "stories.example.com\n").unwrap();
    fs::create_dir_all(out.join(".well-known")).unwrap();
    fs::write(out.join(".well-known/security.txt"), "Contact: a@b.c\n").unwrap();
    fs::write(out.join("stories/brand-note.txt"), "kept").unwrap();
    // Twice: the kept files are still not potluck's after one carry.
    for _ in 0..2 {
        let o = build_into(site.path(), &out);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    assert!(out.join("index.html").is_file());
    assert_eq!(
        fs::read_to_string(out.join("CNAME")).unwrap(),
        "stories.example.com\n"
    );
    assert_eq!(
        fs::read_to_string(out.join(".well-known/security.txt")).unwrap(),
        "Contact: a@b.c\n"
    );
    assert_eq!(
        fs::read_to_string(out.join("stories/brand-note.txt")).unwrap(),
        "kept"
    );
}

#[test]
fn a_brand_file_where_the_new_site_writes_is_refused_before_anything_changes() {
    let site = fixture("small");
    let out = site.path().join("public");
    build_ok(site.path(), &out);
    let manifest = out.join(".potluck-manifest.json");
    let text = fs::read_to_string(&manifest).unwrap();
    // Pretend the previous build did not write robots.txt: now it is the brand's.
    let list: Vec<String> = serde_json::from_str(&text).unwrap();
    let without: Vec<&String> = list.iter().filter(|p| *p != "robots.txt").collect();
    fs::write(&manifest, serde_json::to_string(&without).unwrap()).unwrap();
    fs::write(out.join("robots.txt"), "the brand's own").unwrap();
    let o = build_into(site.path(), &out);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("robots.txt was not written by potluck"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        fs::read_to_string(out.join("robots.txt")).unwrap(),
        "the brand's own"
    );
}

#[test]
fn output_under_a_missing_parent_folder_failed_to_resolve() {
    let site = fixture("small");
    let out = site.path().join("out/deeper/site");
    build_ok(site.path(), &out);
    assert!(out.join("index.html").is_file());
}
