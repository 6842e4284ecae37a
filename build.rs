//! Stamps the binary with the commit it was built from, for `potluck --version`:
//! from git in a clone, from `.cargo_vcs_info.json` in a published crate
//! (cargo writes it when packaging), from $POTLUCK_COMMIT in a build without
//! the history (the Docker image), and just the version when none says.

use std::path::Path;
use std::process::Command;

fn main() {
    let version = env!("CARGO_PKG_VERSION");
    // A build without the history says which commit it is (the Docker image).
    println!("cargo:rerun-if-env-changed=POTLUCK_COMMIT");
    let given = std::env::var("POTLUCK_COMMIT")
        .ok()
        .filter(|c| c.len() >= 12 && c.chars().all(|c| c.is_ascii_hexdigit()))
        .map(|c| c[..12].to_string());
    let commit = given.or_else(from_git).or_else(from_package);
    let full = match commit {
        Some(c) => format!("{version} (commit {c})"),
        None => version.to_string(),
    };
    println!("cargo:rustc-env=POTLUCK_VERSION={full}");
    println!("cargo:rerun-if-changed=build.rs");
    // The default theme and its catalogues are built in (include_dir!), which
    // cargo does not track on stable: an edited template or .ftl must rebuild.
    println!("cargo:rerun-if-changed=themes/default");
}

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    (out.status.success() && !text.trim().is_empty()).then(|| text.trim().to_string())
}

/// The commit of HEAD, and a rebuild whenever HEAD moves.
fn from_git() -> Option<String> {
    // Only the repository potluck is in: not a parent's when built from a
    // crate unpacked inside some other git checkout.
    let top = git(&["rev-parse", "--show-toplevel"])?;
    let here = std::env::var("CARGO_MANIFEST_DIR").ok()?;
    if Path::new(&top).canonicalize().ok()? != Path::new(&here).canonicalize().ok()? {
        return None;
    }
    let head = git(&["rev-parse", "--git-path", "HEAD"])?;
    println!("cargo:rerun-if-changed={head}");
    if let Some(r) = git(&["symbolic-ref", "-q", "HEAD"]) {
        if let Some(path) = git(&["rev-parse", "--git-path", &r]) {
            println!("cargo:rerun-if-changed={path}");
        }
        if let Some(packed) = git(&["rev-parse", "--git-path", "packed-refs"]) {
            println!("cargo:rerun-if-changed={packed}");
        }
    }
    git(&["rev-parse", "--short=12", "HEAD"])
}

/// The commit `cargo package` recorded: `"sha1": "<40 hex>"`.
fn from_package() -> Option<String> {
    let text = std::fs::read_to_string(".cargo_vcs_info.json").ok()?;
    let (_, rest) = text.split_once("\"sha1\"")?;
    let sha: String = rest
        .chars()
        .skip_while(|c| !c.is_ascii_hexdigit())
        .take_while(char::is_ascii_hexdigit)
        .collect();
    (sha.len() >= 12).then(|| sha[..12].to_string())
}
