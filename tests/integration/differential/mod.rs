//! The differential test (issue 22): random sequences of ordinary edits,
//! and after every edit a warm build (the cache and the previous output,
//! as `potluck build` run again) and serve's rebuild (its session, told
//! which files changed) must each write exactly the bytes of a cold
//! `--no-cache` build into an empty folder.
//!
//! CI runs a fixed seed and 30 edits per site. Before a release, run new
//! sequences and more of them (tests/README.md):
//! `POTLUCK_DIFF_SEED=$RANDOM POTLUCK_DIFF_EDITS=300 cargo test --test integration differential`.

mod edits;
mod text;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use potluck::pipeline::{build, build_changed, build_with, BuildError, BuildOptions, Session};

use crate::support::{copy_dir, files, repo};
use edits::{Ctx, EDITS};
use text::{Doc, Rng};

fn options(root: &Path, output: PathBuf) -> BuildOptions {
    BuildOptions {
        root: root.to_path_buf(),
        output,
        base_url: None,
        drafts: false,
        today: potluck::model::Today(chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()),
    }
}

/// A site with its warm output and cache, and serve's session and output.
struct Run {
    dir: tempfile::TempDir,
    root: PathBuf,
    warm: BuildOptions,
    cache: PathBuf,
    served: BuildOptions,
    session: Session,
    colds: usize,
}

impl Run {
    /// Makes the site with `make` (given its root) and builds it each way.
    fn new(make: impl FnOnce(&Path)) -> Run {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        make(&root);
        let mut run = Run {
            warm: options(&root, dir.path().join("warm")),
            cache: dir.path().join("cache"),
            served: options(&root, dir.path().join("served")),
            session: Session::for_serve(),
            colds: 0,
            root,
            dir,
        };
        run.check("the first build", None);
        run
    }

    /// Builds warm, as serve and cold after `what`; panics naming the first
    /// file that differs. `reported`: the paths serve's watcher reports.
    fn check(&mut self, what: &str, reported: Option<&[String]>) {
        let warm = build_with(&self.warm, &mut Session::with_cache(self.cache.clone()));
        let reported: Option<Vec<PathBuf>> =
            reported.map(|r| r.iter().map(PathBuf::from).collect());
        let served = build_changed(&self.served, &mut self.session, reported.as_deref());
        self.colds += 1;
        let cold_out = self.dir.path().join(format!("cold-{}", self.colds));
        let cold = build(&options(&self.root, cold_out.clone()));
        if let Err(e) = cold {
            panic!("after {what}: the cold build failed: {}", describe(&e));
        }
        for (how, result, out) in [
            ("warm build", warm, &self.warm.output),
            ("serve's rebuild", served, &self.served.output),
        ] {
            if let Err(e) = result {
                panic!("after {what}: the {how} failed: {}", describe(&e));
            }
            if let Some(diff) = first_difference(&files(out), &files(&cold_out)) {
                panic!("after {what}: the {how} differs from a cold build: {diff}");
            }
        }
        fs::remove_dir_all(&cold_out).unwrap();
    }
}

fn describe(e: &BuildError) -> String {
    match e {
        BuildError::Content(diags) => diags
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join("\n"),
        BuildError::Other(e) => format!("{e:#}"),
    }
}

/// The first file that differs between `got` and `cold`, with the first
/// differing bytes of each.
fn first_difference(
    got: &BTreeMap<String, Vec<u8>>,
    cold: &BTreeMap<String, Vec<u8>>,
) -> Option<String> {
    let path = got
        .keys()
        .chain(cold.keys())
        .filter(|k| got.get(*k) != cold.get(*k))
        .min()?;
    let (a, b) = match (got.get(path), cold.get(path)) {
        (Some(a), Some(b)) => (a, b),
        (None, _) => return Some(format!("{path} is missing")),
        (_, None) => return Some(format!("{path} should not be there")),
    };
    let at = a.iter().zip(b.iter()).take_while(|(x, y)| x == y).count();
    let around = |bytes: &[u8]| {
        let from = at.saturating_sub(80);
        let to = (at + 120).min(bytes.len());
        String::from_utf8_lossy(&bytes[from..to]).into_owned()
    };
    Some(format!(
        "{path}, from byte {at}:\n  got:  {}\n  cold: {}",
        around(a),
        around(b)
    ))
}

/// The seed: POTLUCK_DIFF_SEED, or the fixed one CI runs.
fn seed() -> u64 {
    std::env::var("POTLUCK_DIFF_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(22)
}

/// How many edits: POTLUCK_DIFF_EDITS, or 30 (at least one of each kind).
fn edit_count() -> usize {
    std::env::var("POTLUCK_DIFF_EDITS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30)
        .max(EDITS.len())
}

/// Applies random edits to the site `run` built, checking after each: first
/// every kind once (in a random order), then kinds at random.
fn edit_randomly(mut run: Run, rng: Rng, site: &str) {
    let start = Instant::now();
    let seed = seed();
    let mut ctx = Ctx {
        root: &run.root.clone(),
        rng,
        n: 0,
    };
    let mut order: Vec<usize> = ctx
        .rng
        .some(&(0..EDITS.len()).collect::<Vec<_>>(), EDITS.len());
    while order.len() < edit_count() {
        order.push(ctx.rng.below(EDITS.len()));
    }
    for (i, &k) in order.iter().enumerate() {
        let (what, edit) = EDITS[k];
        ctx.n = i;
        let reported = edit(&mut ctx);
        let step = format!("edit {i} ({what}: {reported:?}) of the {site}, seed {seed}");
        run.check(&step, Some(&reported));
    }
    eprintln!(
        "differential, {site}: {} edits in {:.1} s",
        order.len(),
        start.elapsed().as_secs_f64()
    );
}

/// The example site, copied to `root`.
fn example(root: &Path) {
    copy_dir(&repo().join("content"), &root.join("content"));
}

/// The project's generated corpus with `stories` stories by 10 members,
/// five stories to a listing page so that topics and kinds have several.
fn generated(root: &Path, stories: usize, seed: u64) {
    let opts = potluck_corpus::Options {
        stories,
        members: 10,
        seed,
        flavor: potluck_corpus::Flavor::Potluck,
    };
    potluck_corpus::write(&opts, root).unwrap();
    let site = root.join("content/site.yaml");
    let mut doc = Doc::read_yaml(&fs::read_to_string(&site).unwrap());
    doc.set("stories_per_page", "5");
    fs::write(&site, doc.yaml()).unwrap();
}

#[test]
fn warm_and_served_rebuilds_equal_cold_builds_on_the_example_site() {
    let run = Run::new(example);
    edit_randomly(run, Rng::new(seed()), "example site");
}

#[test]
fn warm_and_served_rebuilds_equal_cold_builds_on_a_generated_site() {
    let run = Run::new(|root| generated(root, 48, seed()));
    edit_randomly(run, Rng::new(seed() ^ 0x5eed), "generated site");
}

/// Issue 22: the topic page kept its old story count after a warm build.
#[test]
fn a_tag_removed_from_a_story_leaves_no_stale_topic_page() {
    let mut run = Run::new(|root| generated(root, 40, 7));
    let mut stories: Vec<String> = fs::read_dir(run.root.join("content/stories"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md"))
        .collect();
    stories.sort();
    // Tagged first, so that other stories are newer: the edited story is
    // not on the topic's first page, whose cards stay the same.
    let rel = format!("content/stories/{}", stories[0]);
    let story = run.root.join(&rel);
    let mut doc = Doc::read(&story);
    doc.set("date", "2020-01-01");
    doc.set("tags", "[gear, hiking]");
    doc.write(&story);
    for other in &stories[1..12] {
        let path = run.root.join("content/stories").join(other);
        let mut d = Doc::read(&path);
        d.set("tags", "[hiking]");
        d.write(&path);
    }
    run.check("twelve stories tagged hiking", None);
    let count = |run: &Run| {
        let page = run.warm.output.join("tags/hiking/index.html");
        let html = fs::read_to_string(page).unwrap();
        let (_, header) = html
            .split_once("#hiking</bdi></h1>")
            .expect("the topic's heading");
        let (count, _) = header.split_once(" stor").expect("the topic's story count");
        count.rsplit('>').next().unwrap().parse::<usize>().unwrap()
    };
    let before = count(&run);
    doc.set("tags", "[gear]");
    doc.write(&story);
    run.check("the tag hiking removed", Some(&[rel]));
    assert_eq!(count(&run) + 1, before, "the topic page's count");
}
