//! `potluck serve`: the real binary on an ephemeral port, driven over HTTP the
//! way a browser tab would, while the test edits the site's files.
//!
//! Every wait polls with a deadline: these tests check what is served, never
//! how fast.

mod harness;
mod load;

use std::net::TcpListener;
use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use crate::support::*;
use harness::*;

#[test]
fn edits_to_stories_templates_site_yaml_and_static_files_are_served() {
    let s = Serve::start("small", |_| {}, &[]);
    assert!(s.url.starts_with("http://127.0.0.1:"), "{}", s.url);
    assert!(s.get("/stories/first-run/").text().contains("My first run"));

    s.append("content/stories/first-run.md", "\nA brand new sentence.\n");
    s.wait_for("/stories/first-run/", "A brand new sentence.");

    // A site override of a theme partial, in a templates/ folder that did
    // not exist when serve started; then an edit of it.
    let partial = read(&repo().join("themes/default/templates/partials/counts.html"));
    s.write(
        "templates/partials/counts.html",
        &format!("{partial}<p>override one</p>\n"),
    );
    s.wait_for("/", "override one");
    s.write(
        "templates/partials/counts.html",
        &format!("{partial}<p>override two</p>\n"),
    );
    s.wait_for("/", "override two");

    let yaml = read(&s.root.join("content/site.yaml"));
    s.write(
        "content/site.yaml",
        &yaml.replace("Fixture Community", "Renamed Community"),
    );
    s.wait_for("/", "Renamed Community");

    s.write("content/static/hello.txt", "first version\n");
    let r = s.wait_for("/hello.txt", "first version");
    assert_eq!(
        r.header("content-type").as_deref(),
        Some("text/plain; charset=utf-8")
    );
    s.write("content/static/hello.txt", "second version\n");
    s.wait_for("/hello.txt", "second version");
}

#[test]
fn a_broken_edit_keeps_the_last_good_site_and_the_fix_recovers() {
    let s = Serve::start("small", |_| {}, &[]);
    let mut events = s.events();
    assert_eq!(events.wait("ok"), r#"{"generation":1}"#);
    let story = "content/stories/first-run.md";
    let good = read(&s.root.join(story));

    s.write(story, &good.replace("authors: [bob]", "authorz: [bob]"));
    let failed = events.wait("failed");
    let v: serde_json::Value = serde_json::from_str(&failed).unwrap();
    let problems = v["problems"].as_array().unwrap();
    let p = problems
        .iter()
        .find(|p| p["message"].as_str().unwrap().contains("authorz"))
        .unwrap_or_else(|| panic!("{failed}"));
    assert_eq!(p["file"], story);
    assert_eq!(p["line"], 3);
    s.wait_for_log("unknown field `authorz`");

    // The last good site is still served, and a tab opened now sees the
    // problems at once.
    let page = s.get("/stories/first-run/");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("My first run"));
    assert_eq!(s.events().wait("failed"), failed);

    s.write(story, &good.replace("My first run", "My fixed run"));
    assert_eq!(events.wait("ok"), r#"{"generation":2}"#);
    s.wait_for("/stories/first-run/", "My fixed run");
}

#[test]
fn the_reload_script_is_served_but_never_written() {
    let s = Serve::start("small", |_| {}, &[]);
    let tag = "<script src=\"/__potluck/reload.js\"";
    let page = s.get("/");
    assert!(page.text().contains(tag), "{}", page.text());
    assert!(page.text().trim_end().ends_with("</html>"));
    assert!(!read(&s.output.join("index.html")).contains("__potluck"));
    for (path, bytes) in files(&s.output) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains("__potluck"),
            "{path} carries the script"
        );
    }
    let script = s.get("/__potluck/reload.js");
    assert_eq!(script.status, 200);
    assert!(script.text().contains("EventSource"));
    assert_eq!(
        script.header("content-type").as_deref(),
        Some("text/javascript; charset=utf-8")
    );
}

#[test]
fn only_files_of_the_site_are_served() {
    let s = Serve::start("small", |_| {}, &[]);
    std::fs::write(s.dir.path().join("secret.txt"), "TOP SECRET").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(s.dir.path().join("secret.txt"), s.output.join("link.txt")).unwrap();
    for target in [
        "/../secret.txt",
        "/../../secret.txt",
        "/stories/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/secret.txt",
        "/.%2e/secret.txt",
        "/stories%2f..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "/%252e%252e/secret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "/index.html%00.txt",
        "//etc/passwd",
        "/link.txt",
        "http://evil.example/../secret.txt",
    ] {
        let r = s.get(target);
        assert!(
            [400, 403, 404].contains(&r.status),
            "{target}: {}",
            r.status
        );
        assert!(!r.text().contains("TOP SECRET"), "{target} leaked");
    }
    assert_eq!(s.get("/link.txt").status, 403);
}

#[test]
fn urls_map_to_pages_with_their_types() {
    let s = Serve::start("small", |_| {}, &[]);
    let r = s.get("/stories/first-run");
    assert_eq!(r.status, 301);
    assert_eq!(r.header("location").as_deref(), Some("/stories/first-run/"));
    assert_eq!(s.get("/stories/first-run/?x=1").status, 200);
    for (target, ty) in [
        ("/", "text/html; charset=utf-8"),
        ("/atom.xml", "application/atom+xml; charset=utf-8"),
        ("/sitemap.xml", "application/xml; charset=utf-8"),
        ("/stats.json", "application/json"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/members/alice/badge.svg", "image/svg+xml"),
    ] {
        let r = s.get(target);
        assert_eq!(r.status, 200, "{target}");
        assert_eq!(r.header("content-type").as_deref(), Some(ty), "{target}");
    }
    let missing = s.get("/no/such/page/");
    assert_eq!(missing.status, 404);
    let own = read(&s.output.join("404.html"));
    let title = own
        .split("<title>")
        .nth(1)
        .unwrap()
        .split("</title>")
        .next();
    assert!(
        missing.text().contains(title.unwrap()),
        "not the site's 404"
    );
    let post = request(s.addr, "POST", "/");
    assert_eq!(post.status, 405);
    assert_eq!(post.header("allow").as_deref(), Some("GET, HEAD"));
    let head = request(s.addr, "HEAD", "/");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
}

#[test]
fn two_hundred_concurrent_clients_all_get_their_pages() {
    let s = Serve::start("small", |_| {}, &[]);
    // Open tabs hold streams; they must not take page requests' workers.
    let _tabs: Vec<Events> = (0..20).map(|_| s.events()).collect();
    let pages = [
        "/",
        "/stories/",
        "/stories/first-run/",
        "/members/alice/",
        "/atom.xml",
    ];
    let addr = s.addr;
    let clients: Vec<_> = (0..200)
        .map(|i| {
            thread::spawn(move || {
                let mut bad = Vec::new();
                for k in 0..5 {
                    let target = pages[(i + k) % pages.len()];
                    let r = request(addr, "GET", target);
                    if r.status != 200 || r.body.is_empty() {
                        bad.push(format!("{target}: {}", r.status));
                    }
                }
                bad
            })
        })
        .collect();
    let bad: Vec<String> = clients
        .into_iter()
        .flat_map(|c| c.join().unwrap())
        .collect();
    assert!(bad.is_empty(), "failed requests: {bad:?}");
}

#[test]
fn a_port_in_use_is_a_clear_error() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let root = fixture("small");
    let o = potluck(&[
        "serve",
        "--root",
        root.path().to_str().unwrap(),
        "--port",
        &port,
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("already in use"), "{err}");
    assert!(err.contains("--port 0"), "{err}");
}

#[test]
fn listening_beyond_loopback_warns() {
    let s = Serve::start("small", |_| {}, &["--bind", "0.0.0.0"]);
    assert!(s.url.starts_with("http://127.0.0.1:"), "{}", s.url);
    let start = Instant::now();
    while !s
        .stderr
        .lock()
        .unwrap()
        .contains("warning: listening on 0.0.0.0")
    {
        assert!(start.elapsed() < DEADLINE, "no warning");
        thread::sleep(Duration::from_millis(50));
    }
}

/// What differs between two folders' files, for a failure message.
fn differences(served: &Path, full: &Path) -> Vec<String> {
    let (a, b) = (files(served), files(full));
    let mut out: Vec<String> = a
        .keys()
        .chain(b.keys())
        .filter(|k| a.get(*k) != b.get(*k))
        .map(|k| match (a.contains_key(k), b.contains_key(k)) {
            (true, false) => format!("{k}: only served"),
            (false, true) => format!("{k}: only in the full build"),
            _ => format!("{k}: bytes differ"),
        })
        .collect();
    out.dedup();
    out
}

/// After a change: the serve output folder, once rebuilt, holds exactly the
/// files a fresh full `potluck build` of the same root writes.
fn assert_same_as_full_build(s: &Serve, events: &mut Events, generation: &mut u64, label: &str) {
    let full = s.dir.path().join(format!("full-{label}"));
    let o = potluck(&[
        "build",
        "--quiet",
        "--root",
        s.root.to_str().unwrap(),
        "--output",
        full.to_str().unwrap(),
        "--base-url",
        &s.url,
    ]);
    assert!(o.status.success(), "{label}: {}", stderr(&o));
    let deadline = Instant::now() + DEADLINE;
    let mut diff = vec!["no rebuild".to_string()];
    while let Some((name, data)) = events.next(deadline) {
        assert_ne!(name, "failed", "{label}: the rebuild failed: {data}");
        let v: serde_json::Value = serde_json::from_str(&data).unwrap();
        let g = v["generation"].as_u64().unwrap();
        if name != "ok" || g <= *generation {
            continue;
        }
        *generation = g;
        // The change may have been seen in two batches; only a later
        // rebuild can then make the folders equal.
        diff = differences(&s.output, &full);
        if diff.is_empty() {
            return;
        }
    }
    panic!("{label}: the served site differs from a full build: {diff:?}");
}

#[test]
fn after_every_kind_of_change_the_served_site_equals_a_full_build() {
    let s = Serve::start(
        "small",
        |root| {
            copy_dir(&repo().join("themes/default"), &root.join("themes/default"));
            std::fs::create_dir_all(root.join("content/static")).unwrap();
            std::fs::write(root.join("content/static/hello.txt"), "hello\n").unwrap();
        },
        &[],
    );
    let mut events = s.events();
    let mut generation = 0;
    assert_same_as_full_build(&s, &mut events, &mut generation, "start");

    for change in [
        "story-edit",
        "story-tags-edit",
        "member-edit",
        "member-name-edit",
        "story-add",
        "bundle-rename",
        "theme-partial-edit",
        "site-template-override",
        "theme-static-edit",
        "static-file-edit",
        "site-yaml-edit",
        "story-delete",
        "story-rename",
    ] {
        make(&s, change);
        assert_same_as_full_build(&s, &mut events, &mut generation, change);
    }
    // The renamed story is served at its new address only.
    assert_eq!(s.get("/stories/first-run-again/").status, 200);
    assert_eq!(s.get("/stories/first-run/").status, 404);
}

/// Makes one kind of change to the site being served.
fn make(s: &Serve, change: &str) {
    let stories = s.root.join("content/stories");
    match change {
        "story-edit" => s.append("content/stories/first-run.md", "\nOne more line.\n"),
        "member-edit" => {
            let alice = read(&s.root.join("content/members/alice.md"));
            s.write(
                "content/members/alice.md",
                &alice.replace("the community.", "the trail crew."),
            )
        }
        "story-tags-edit" => {
            let story = read(&stories.join("first-run.md"));
            s.write(
                "content/stories/first-run.md",
                &story.replace("[trail-running]", "[trail-running, repair]"),
            )
        }
        "member-name-edit" => {
            let alice = read(&s.root.join("content/members/alice.md"));
            s.write(
                "content/members/alice.md",
                &alice.replace("Alice Nguyen", "Alice Tran"),
            )
        }
        "story-add" => s.write(
            "content/stories/second-run.md",
            "---\ntitle: A second run\nauthors: [alice]\ndate: 2024-07-01\n---\nAgain.\n",
        ),
        "bundle-rename" => {
            std::fs::rename(stories.join("fixing-soles"), stories.join("soles")).unwrap()
        }
        "theme-partial-edit" => s.append(
            "themes/default/templates/partials/counts.html",
            "<p>Counts edited in the theme</p>\n",
        ),
        "site-template-override" => s.write(
            "templates/partials/counts.html",
            "<p>The site's own counts</p>\n",
        ),
        "theme-static-edit" => s.append("themes/default/static/style.css", "\n/* edited */\n"),
        "static-file-edit" => s.write("content/static/hello.txt", "hello again\n"),
        "site-yaml-edit" => {
            let yaml = read(&s.root.join("content/site.yaml"));
            s.write("content/site.yaml", &yaml.replace("Fixture", "Renamed"))
        }
        "story-delete" => std::fs::remove_file(stories.join("sizing-feedback.md")).unwrap(),
        "story-rename" => std::fs::rename(
            stories.join("first-run.md"),
            stories.join("first-run-again.md"),
        )
        .unwrap(),
        other => panic!("unknown change {other}"),
    }
}

#[test]
fn polling_sees_edits_where_events_would_not_come() {
    let s = Serve::start("small", |_| {}, &["--poll"]);
    s.append("content/stories/first-run.md", "\nSeen by polling.\n");
    s.wait_for("/stories/first-run/", "Seen by polling.");
    s.write("templates/404.html", "<html><body>Polled 404</body></html>");
    let r = s.wait_for("/missing/", "Polled 404");
    assert_eq!(r.status, 404);
}
