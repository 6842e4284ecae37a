//! The promises the tests and benchmarks rely on: a seed always gives the
//! same site, another seed another one, and every flavour holds the same stories.

use std::collections::BTreeMap;
use std::path::Path;

use crate::{write, Flavor, Options};

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                todo.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

fn site(opts: &Options) -> BTreeMap<String, Vec<u8>> {
    let dir = tempfile::tempdir().unwrap();
    write(opts, dir.path()).unwrap();
    files(dir.path())
}

#[test]
fn the_same_seed_writes_the_same_site_and_another_seed_another() {
    let opts = Options::new(120);
    let first = site(&opts);
    assert_eq!(first, site(&opts));
    assert_ne!(first, site(&Options { seed: 7, ..opts }));
}

#[test]
fn a_site_has_its_settings_members_stories_bundles_and_code() {
    let opts = Options::new(200);
    assert_eq!(
        (opts.members, opts.seed, opts.flavor),
        (40, 42, Flavor::Potluck)
    );
    let files = site(&opts);
    assert!(files.contains_key("content/site.yaml"));
    assert!(files.contains_key("content/pages/about.md"));
    let count = |prefix: &str, suffix: &str| {
        files
            .keys()
            .filter(|k| k.starts_with(prefix) && k.ends_with(suffix))
            .count()
    };
    assert_eq!(count("content/members/", ".md"), 40);
    assert_eq!(count("content/stories/", ".md"), 200);
    assert!(count("content/stories/", "/index.md") > 0, "no bundle");
    let text: String = files.values().map(|b| String::from_utf8_lossy(b)).collect();
    assert!(text.contains("```rust\n") && text.contains("tags: ["));
}

#[test]
fn every_flavour_writes_the_same_stories() {
    let stories = |flavor| {
        let files = site(&Options {
            flavor,
            ..Options::new(80)
        });
        let mut names: Vec<String> = files
            .into_keys()
            .filter(|k| k.ends_with(".md") && !k.ends_with("_index.md"))
            .filter(|k| k.starts_with("content/stories/"))
            .collect();
        names.sort();
        names
    };
    let potluck = stories(Flavor::Potluck);
    assert_eq!(potluck.len(), 80);
    assert_eq!(potluck, stories(Flavor::Hugo));
    assert_eq!(potluck, stories(Flavor::Zola));
}

#[test]
fn writing_again_replaces_the_content_folder() {
    let dir = tempfile::tempdir().unwrap();
    write(&Options::new(50), dir.path()).unwrap();
    std::fs::write(dir.path().join("config.toml"), "kept").unwrap();
    write(
        &Options {
            flavor: Flavor::Hugo,
            ..Options::new(10)
        },
        dir.path(),
    )
    .unwrap();
    assert!(!dir.path().join("content/site.yaml").exists());
    assert!(dir.path().join("config.toml").exists());
    assert_eq!(
        files(&dir.path().join("content")).len(),
        files(&dir.path().join("content/stories")).len()
    );
}
