//! Atomicity under failure: a build killed at any moment of its write phase
//! leaves the previous output complete, and the next build removes what the
//! killed one left behind.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::*;

/// Folders a build writes beside its output while it runs.
fn leftovers(parent: &Path) -> Vec<String> {
    std::fs::read_dir(parent)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".potluck-tmp-") || n.contains(".potluck-old-"))
        .collect()
}

fn generate_corpus(dir: &Path) {
    let gen = repo().join("../shared/corpus/gen_corpus.py");
    let o = Command::new("python3")
        .arg(&gen)
        .args(["--stories", "2000", "--members", "300", "--out"])
        .arg(dir)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// Starts a build of `root` into `public` and kills it (SIGKILL) `delay` after
/// its staging folder appears, that is, during the write phase.
fn kill_while_writing(root: &Path, public: &Path, delay: Duration) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_potluck"))
        .args(["build", "--quiet", "--root"])
        .arg(root)
        .arg("--output")
        .arg(public)
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let staging = public
        .parent()
        .unwrap()
        .join(format!(".public.potluck-tmp-{}", child.id()));
    let start = Instant::now();
    while !staging.exists() {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the build ended before writing"
        );
        assert!(start.elapsed() < Duration::from_secs(300), "no write phase");
        std::thread::sleep(Duration::from_millis(5));
    }
    std::thread::sleep(delay);
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn a_build_killed_while_writing_leaves_the_previous_site_whole() {
    let big = tempfile::tempdir().unwrap();
    generate_corpus(big.path());
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let small = fixture("small");
    build_ok(small.path(), &public);
    let before = files(&public);
    for delay in [5, 1500, 6000] {
        kill_while_writing(big.path(), &public, Duration::from_millis(delay));
        assert!(
            files(&public) == before,
            "the output changed after a kill {delay} ms into writing"
        );
    }
    assert!(
        !leftovers(out.path()).is_empty(),
        "a killed build left no staging folder: was it killed while writing?"
    );
    build_ok(small.path(), &public);
    assert_eq!(leftovers(out.path()), Vec::<String>::new());
    assert!(files(&public) == before, "the rebuilt output differs");
}
