//! The smaller holes of the second hostile round, each named after what
//! broke: base_url injection, hard links, a logo naming no file, Windows
//! reserved names.

use std::path::Path;

use crate::support::{fixture, stderr};

/// Builds `root` (no cache); returns the exit code and stderr.
fn build(root: &Path, extra: &[&str]) -> (Option<i32>, String) {
    let out = root.join("public");
    let mut args = vec!["--no-cache"];
    args.extend_from_slice(extra);
    let o = crate::support::build_with(root, &out, &args);
    (o.status.code(), stderr(&o))
}

fn set_brand(root: &Path, line: &str) {
    let path = root.join("content/site.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replacen("  name: Fixture", &format!("  name: Fixture\n  {line}"), 1),
    )
    .unwrap();
}

#[test]
fn base_url_with_a_newline_injected_lines_into_robots_txt() {
    let site = fixture("small");
    let path = site.path().join("content/site.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace(
            "base_url: https://fixture.example/community",
            "base_url: \"https://fixture.example/\\nDisallow: /\"",
        ),
    )
    .unwrap();
    let (code, err) = build(site.path(), &[]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("content/site.yaml:2:"), "{err}");
    assert!(err.contains("base_url"), "{err}");
    assert!(!site.path().join("public/robots.txt").exists());

    let site = fixture("small");
    let (code, err) = build(
        site.path(),
        &[
            "--base-url",
            "https://a.example/\r\nSitemap: https://evil.example/x",
        ],
    );
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("base_url"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_hard_link_in_static_published_a_file_from_outside_the_site() {
    let site = fixture("small");
    let outside = site.path().join("secret.txt");
    std::fs::write(&outside, "the machine's secret").unwrap();
    let static_dir = site.path().join("content/static");
    std::fs::create_dir_all(&static_dir).unwrap();
    std::fs::hard_link(&outside, static_dir.join("notes.txt")).unwrap();
    std::fs::hard_link(&outside, site.path().join("content/stories/linked.md")).unwrap();
    let (code, err) = build(site.path(), &[]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("content/static/notes.txt"), "{err}");
    assert!(err.contains("content/stories/linked.md"), "{err}");
    assert!(err.contains("hard link"), "{err}");
    assert!(!site.path().join("public/notes.txt").exists());
}

#[test]
fn brand_logo_naming_no_file_was_accepted() {
    for logo in [
        "static/%2e%2e/%2e%2e/etc/passwd",
        "static/missing.svg",
        "static/img",
    ] {
        let site = fixture("small");
        std::fs::create_dir_all(site.path().join("content/static/img")).unwrap();
        set_brand(site.path(), &format!("logo: {logo}"));
        let (code, err) = build(site.path(), &[]);
        assert_eq!(code, Some(1), "{logo}: {err}");
        assert!(err.contains("content/site.yaml:"), "{logo}: {err}");
        assert!(err.contains("brand.logo"), "{logo}: {err}");
    }
    let site = fixture("small");
    std::fs::create_dir_all(site.path().join("content/static")).unwrap();
    std::fs::write(
        site.path().join("content/static/logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    )
    .unwrap();
    set_brand(site.path(), "logo: static/logo.svg");
    let (code, err) = build(site.path(), &[]);
    assert_eq!(code, Some(0), "an existing logo: {err}");
}

#[test]
fn windows_reserved_names_broke_clones_on_windows() {
    let site = fixture("small");
    let c = site.path().join("content");
    std::fs::create_dir_all(c.join("static")).unwrap();
    let story = "---\ntitle: x\nauthors: [bob]\ndate: 2024-01-01\n---\nx\n";
    std::fs::write(c.join("stories/con.md"), story).unwrap();
    std::fs::write(c.join("pages/aux.md"), "---\ntitle: Aux\n---\nx\n").unwrap();
    std::fs::write(c.join("static/NUL.txt"), "x").unwrap();
    std::fs::write(c.join("static/Com7.tar.gz"), "x").unwrap();
    std::fs::write(c.join("static/trailing."), "x").unwrap();
    std::fs::write(c.join("static/lpt0.txt"), "x").unwrap();
    std::fs::write(c.join("static/console.txt"), "x").unwrap();
    let (code, err) = build(site.path(), &[]);
    assert_eq!(code, Some(1), "{err}");
    for refused in [
        "content/stories/con.md",
        "content/pages/aux.md",
        "content/static/NUL.txt",
        "content/static/Com7.tar.gz",
        "content/static/trailing.",
    ] {
        assert!(
            err.contains(&format!("{refused}\n")) || err.contains(&format!("{refused}:")),
            "{refused} not refused: {err}"
        );
    }
    // Names that only look like one are fine.
    assert!(
        !err.contains("lpt0.txt") && !err.contains("console.txt"),
        "{err}"
    );
    assert!(err.contains("Windows"), "{err}");
}
