//! The CI files potluck ships and writes: actionlint (with shellcheck) finds
//! nothing in the workflows `init` writes, in the repository's own workflows
//! or in the action's metadata; the triggers and permissions are the
//! documented ones; and no `run:` step puts an expression (pull-request
//! text above all) into a shell.
//!
//! actionlint comes from the test command (scripts/test.sh installs it into
//! tests/browser/.venv and sets POTLUCK_ACTIONLINT); these tests fail, never
//! skip, when it is missing.

use std::path::{Path, PathBuf};
use std::process::Command;

use potluck::scaffold::{self, REPOSITORY, VERSION};
use serde_yaml::Value;

use crate::support::*;

/// The actionlint binary: $POTLUCK_ACTIONLINT, else the one scripts/test.sh
/// installs, else one on PATH.
fn actionlint() -> PathBuf {
    if let Some(p) = std::env::var_os("POTLUCK_ACTIONLINT") {
        return PathBuf::from(p);
    }
    let venv = repo().join("tests/browser/.venv/bin/actionlint");
    if venv.is_file() {
        return venv;
    }
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("actionlint"))
            .find(|p| p.is_file())
    });
    on_path.unwrap_or_else(|| {
        panic!(
            "actionlint is missing: run `bash scripts/test.sh` once (it installs actionlint \
             into tests/browser/.venv), or set POTLUCK_ACTIONLINT to an actionlint binary"
        )
    })
}

/// Runs actionlint on `files` in the git repository `dir`; panics with its
/// report unless it finds nothing.
fn lint(dir: &Path, files: &[PathBuf]) {
    let bin = actionlint();
    let mut cmd = Command::new(&bin);
    cmd.current_dir(dir).arg("-no-color");
    // shellcheck checks the scripts of `run:` steps; it is installed beside actionlint.
    let shellcheck = bin.with_file_name("shellcheck");
    if shellcheck.is_file() {
        cmd.arg("-shellcheck").arg(shellcheck);
    }
    let o = cmd
        .args(files)
        .output()
        .unwrap_or_else(|e| panic!("cannot run actionlint at {}: {e}", bin.display()));
    assert!(
        o.status.success() && o.stdout.is_empty(),
        "actionlint on {files:?}:\n{}{}",
        stdout(&o),
        stderr(&o)
    );
}

fn git_init(dir: &Path) {
    let o = Command::new("git")
        .args(["init", "-q"])
        .current_dir(dir)
        .output()
        .expect("run git");
    assert!(o.status.success(), "git init: {}", stderr(&o));
}

/// A new site made by `potluck init` with `--ci ci`, in a git repository.
fn init_site(ci: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    let o = potluck(&[
        "init",
        root.to_str().unwrap(),
        "--brand",
        "Acme",
        "--ci",
        ci,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    git_init(&root);
    dir
}

fn yaml(path: &Path) -> Value {
    serde_yaml::from_str(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn workflows(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join(".github/workflows"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yml" || x == "yaml"))
        .collect();
    files.sort();
    files
}

/// `key: value` pairs of a YAML mapping, as strings, for comparison.
fn pairs(v: &Value) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = v
        .as_mapping()
        .unwrap_or_else(|| panic!("not a mapping: {v:?}"))
        .iter()
        .map(|(k, v)| {
            let v = serde_yaml::to_string(v).unwrap();
            (k.as_str().unwrap().to_string(), v.trim().to_string())
        })
        .collect();
    out.sort();
    out
}

fn owned(xs: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = xs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    out.sort();
    out
}

/// Every step of every job (a workflow) or of the composite action.
fn steps(doc: &Value) -> Vec<&Value> {
    let mut out = Vec::new();
    if let Some(jobs) = doc["jobs"].as_mapping() {
        for job in jobs.values() {
            out.extend(job["steps"].as_sequence().into_iter().flatten());
        }
    }
    out.extend(doc["runs"]["steps"].as_sequence().into_iter().flatten());
    out
}

/// Expressions in `run:` scripts are substituted before the shell parses
/// them: a branch name or a title would run as code. Values go through `env:`.
fn assert_no_expression_in_a_shell(path: &Path) {
    for step in steps(&yaml(path)) {
        if let Some(run) = step["run"].as_str() {
            assert!(
                !run.contains("${{"),
                "{}: a run step puts an expression into the shell (pass it through env:):\n{run}",
                path.display()
            );
        }
    }
    // Nor anywhere else: no text a pull request controls, no secret. The one
    // exception is the author's login for `--pr-author`: GitHub allows only
    // letters, digits and hyphens in it, and it is passed through `env:`
    // (the loop above ensures no `run:` holds an expression).
    let text = read(path);
    for expr in text.split("${{").skip(1) {
        let expr = expr.split("}}").next().unwrap_or_default();
        if expr.trim() == "github.event.pull_request.user.login" {
            continue;
        }
        for untrusted in ["github.event.", "github.head_ref", "secrets."] {
            assert!(
                !expr.contains(untrusted),
                "{} reads {untrusted}: ${{{{{expr}}}}}",
                path.display()
            );
        }
    }
}

#[test]
fn actionlint_finds_nothing_in_the_github_workflows_init_writes() {
    let dir = init_site("github");
    let root = dir.path().join("site");
    let files = workflows(&root);
    assert_eq!(files.len(), 3, "{files:?}");
    lint(&root, &files);
    for f in &files {
        let text = read(f);
        assert!(
            text.contains(&format!("uses: {REPOSITORY}@v0")),
            "{}: {text}",
            f.display()
        );
        assert!(text.contains(&format!("version: \"{VERSION}\"")));
        assert!(!text.contains("cargo install"), "{}", f.display());
        assert_no_expression_in_a_shell(f);
    }
}

#[test]
fn actionlint_finds_nothing_in_the_repositorys_workflows_and_action() {
    let files = workflows(&repo());
    let names: Vec<String> = files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["ci.yml", "release.yml"]);
    lint(&repo(), &files);
    for f in files.iter().chain([&repo().join("action.yml")]) {
        assert_no_expression_in_a_shell(f);
    }
    // actionlint reads an action's metadata where a workflow uses it: a
    // workflow in a repository holding action.yml checks its inputs.
    let dir = tempfile::tempdir().unwrap();
    git_init(dir.path());
    std::fs::copy(repo().join("action.yml"), dir.path().join("action.yml")).unwrap();
    let uses = dir.path().join(".github/workflows/uses.yml");
    std::fs::create_dir_all(uses.parent().unwrap()).unwrap();
    let workflow = "on: pull_request\npermissions:\n  contents: read\njobs:\n  check:\n    \
                    runs-on: ubuntu-latest\n    steps:\n      - uses: ./\n        with:\n          \
                    version: 0.1.0\n          command: check --format github\n";
    std::fs::write(&uses, workflow).unwrap();
    lint(dir.path(), &[uses]);
}

#[test]
fn the_repositorys_workflows_run_on_their_triggers_with_least_permissions() {
    let wf = repo().join(".github/workflows");
    let ci = yaml(&wf.join("ci.yml"));
    assert_eq!(
        pairs(&ci["on"]),
        owned(&[("pull_request", "null"), ("push", "branches:\n- main")])
    );
    assert_eq!(pairs(&ci["permissions"]), owned(&[("contents", "read")]));
    let release = yaml(&wf.join("release.yml"));
    assert_eq!(
        pairs(&release["on"]),
        owned(&[("push", "tags:\n- v[0-9]+.[0-9]+.[0-9]+*")])
    );
    assert_eq!(
        pairs(&release["permissions"]),
        owned(&[("contents", "read")])
    );
    // Only the job that creates the release writes to the repository.
    let writers: Vec<&str> = release["jobs"]
        .as_mapping()
        .unwrap()
        .iter()
        .filter(|(_, job)| job["permissions"]["contents"].as_str() == Some("write"))
        .map(|(name, _)| name.as_str().unwrap())
        .collect();
    assert_eq!(writers, ["release"]);
}

#[test]
fn init_for_gitlab_writes_a_pipeline_on_potlucks_image() {
    let dir = init_site("gitlab");
    let root = dir.path().join("site");
    assert!(!root.join(".github").exists());
    let ci = yaml(&root.join(".gitlab-ci.yml"));
    assert_eq!(
        ci["image"].as_str(),
        Some(format!("ghcr.io/{REPOSITORY}:{VERSION}").as_str())
    );
    assert_eq!(
        ci["check"]["rules"][0]["if"].as_str(),
        Some("$CI_PIPELINE_SOURCE == \"merge_request_event\"")
    );
    assert_eq!(
        ci["pages"]["rules"][0]["if"].as_str(),
        Some("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH")
    );
    assert_eq!(
        ci["pages"]["artifacts"]["paths"][0].as_str(),
        Some("public")
    );
    // The merge request check holds grants for a host, as GitHub's does.
    let script: Vec<&str> = ci["check"]["script"]
        .as_sequence()
        .unwrap()
        .iter()
        .filter_map(|line| line.as_str())
        .collect();
    let last = script.last().unwrap();
    assert!(last.contains("--strict-grants"), "{last}");
    assert!(
        last.contains("--pr-author \"$GITLAB_USER_LOGIN\""),
        "{last}"
    );
}

#[test]
fn the_repository_coordinate_is_the_same_everywhere() {
    assert_eq!(scaffold::action(), format!("{REPOSITORY}@v0"));
    let url = format!("https://github.com/{REPOSITORY}");
    assert!(read(&repo().join("Cargo.toml")).contains(&format!("repository = \"{url}\"")));
    assert!(read(&repo().join("action.yml")).contains(&format!("${{ACTION_REPO:-{REPOSITORY}}}")));
    assert!(read(&repo().join("docs/install.md")).contains(&format!("`{REPOSITORY}`")));
}

#[test]
fn version_names_the_commit_it_was_built_from() {
    let o = potluck(&["--version"]);
    assert!(o.status.success());
    let head = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .current_dir(repo())
        .output()
        .expect("run git");
    let head = String::from_utf8_lossy(&head.stdout).trim().to_string();
    assert_eq!(
        stdout(&o).trim(),
        format!("potluck {VERSION} (commit {head})")
    );
}
