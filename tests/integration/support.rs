//! Helpers: run the binary, copy fixtures, read and parse the output.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn potluck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_potluck"))
        .args(args)
        .output()
        .expect("run potluck")
}

/// The contract for a stranger's input (issue 15): 2 GiB of address space.
pub const MEMORY_CAP: u64 = 2 << 30;

/// `potluck` with its address space capped at `MEMORY_CAP` (on Linux), so
/// an input that needs more fails its test instead of passing on a big
/// machine: allocation fails, and the process must not abort.
pub fn potluck_capped(args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_potluck"));
    cmd.args(args);
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::process::CommandExt;
        // SAFETY: setrlimit is async-signal-safe and touches only the child.
        unsafe {
            cmd.pre_exec(|| {
                let cap = libc::rlimit {
                    rlim_cur: MEMORY_CAP,
                    rlim_max: MEMORY_CAP,
                };
                match libc::setrlimit(libc::RLIMIT_AS, &cap) {
                    0 => Ok(()),
                    _ => Err(std::io::Error::last_os_error()),
                }
            });
        }
    }
    cmd.output().expect("run potluck")
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh copy of `tests/fixtures/<name>/in` in a temporary folder.
pub fn fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &repo().join("tests/fixtures").join(name).join("in"),
        dir.path(),
    );
    dir
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// Writes the generated community (benches/corpus) of `stories` stories by
/// `members` members, in potluck's format, into `dir`.
pub fn generate_corpus(dir: &Path, stories: usize, members: usize) {
    let opts = potluck_corpus::Options {
        members,
        ..potluck_corpus::Options::new(stories)
    };
    potluck_corpus::write(&opts, dir).expect("write the generated corpus");
}

/// Runs `potluck build --quiet` of `root` into `out`, with `extra` flags
/// (the one spelling of a build the tests share).
pub fn build_with(root: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "build",
        "--quiet",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    potluck(&args)
}

fn assert_built(o: &std::process::Output) {
    assert!(
        o.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// Builds `root` into `out`; panics with stderr when the build fails.
pub fn build_ok(root: &Path, out: &Path) {
    assert_built(&build_with(root, out, &[]));
}

/// Builds `root` into `out` from scratch, reading and writing no cache
/// (`--no-cache`): two such builds share nothing, so comparing them can
/// find output that is not deterministic.
pub fn build_cold(root: &Path, out: &Path) {
    assert_built(&build_with(root, out, &["--no-cache"]));
}

/// Every file under `dir`, relative path -> bytes.
pub fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path()
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/"),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn html(path: &Path) -> scraper::Html {
    scraper::Html::parse_document(&read(path))
}

pub fn select<'a>(doc: &'a scraper::Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&scraper::Selector::parse(css).unwrap())
        .collect()
}

/// Parses an XML file completely; panics on the first error.
pub fn parse_xml(path: &Path) -> Vec<String> {
    let text = read(path);
    let mut reader = quick_xml::Reader::from_str(&text);
    let mut names = Vec::new();
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(e)) => {
                names.push(String::from_utf8_lossy(e.name().as_ref()).into_owned())
            }
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("{}: invalid XML: {e}", path.display()),
        }
    }
    names
}

/// Runs the binary in `dir` (so paths in its output are relative and stable).
pub fn potluck_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_potluck"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("run potluck")
}

/// Compares `actual` with the committed snapshot at `path`. With
/// UPDATE_SNAPSHOTS=1 the snapshot is rewritten instead (review the diff!).
pub fn snapshot(path: &Path, actual: &str) {
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with UPDATE_SNAPSHOTS=1 to create it)",
            path.display()
        )
    });
    assert!(
        expected == actual,
        "{} differs from the output:\n{actual}",
        path.display()
    );
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Runs git in `dir` as a test user (no signing, `main` as the first branch);
/// panics with git's message when it fails.
pub fn git(dir: &Path, args: &[&str]) {
    let o = Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run git");
    assert!(o.status.success(), "git {args:?}: {}", stderr(&o));
}
