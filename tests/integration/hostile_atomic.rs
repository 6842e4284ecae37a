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

/// Files written so far under a folder that is being filled (entries may
/// vanish while it is read: the build may swap it away).
fn count_files(dir: &Path) -> usize {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .count()
}

/// Starts a cold build of `root` into `public` (the CLI's default options)
/// and kills it (SIGKILL) once its staging folder holds `written` files, that
/// is, at a chosen point of its write phase. Progress, not time, picks the
/// moment, so the kill lands in the write phase however fast the machine is.
fn kill_while_writing(root: &Path, public: &Path, written: usize) {
    // A cache left by an earlier build would let the next one skip work (or
    // write differently); every killed build here starts from nothing.
    let _ = std::fs::remove_dir_all(root.join(".potluck-cache"));
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
    while !staging.exists() || count_files(&staging) < written {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the build ended before {written} files were written"
        );
        assert!(start.elapsed() < Duration::from_secs(300), "no write phase");
        std::thread::sleep(Duration::from_millis(if staging.exists() { 20 } else { 5 }));
    }
    assert!(
        child.try_wait().unwrap().is_none(),
        "the build ended before it could be killed"
    );
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn a_build_killed_while_writing_leaves_the_previous_site_whole() {
    let big = tempfile::tempdir().unwrap();
    generate_corpus(big.path(), 2000, 300);
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let small = fixture("small");
    build_ok(small.path(), &public);
    let before = files(&public);
    // The 2,000-story site writes about 3,500 files: killed as the staging
    // folder appears, a third of the way and two thirds of the way.
    for written in [0, 1200, 2400] {
        kill_while_writing(big.path(), &public, written);
        assert!(
            files(&public) == before,
            "the output changed after a kill with {written} files written"
        );
        assert!(
            !leftovers(out.path()).is_empty(),
            "a build killed with {written} files written left no staging folder"
        );
    }
    build_ok(small.path(), &public);
    assert_eq!(leftovers(out.path()), Vec::<String>::new());
    assert!(files(&public) == before, "the rebuilt output differs");
}
