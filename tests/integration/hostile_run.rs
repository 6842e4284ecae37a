//! Runs the hostile cases: each refused case alone (exit 1, the file named,
//! nothing written), the harmless ones together in one site (built, the text
//! kept, no live payload in any page or feed), the heavy ones alone and timed;
//! every build within the contract's 2 GiB of address space.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::hostile_cases::{Case, Expect, CASES};
use crate::hostile_check::payloads_in_site;
use crate::support::*;

/// The contract for a hostile input: 10 s. The refused ones take milliseconds
/// even here.
const LIMIT: Duration = Duration::from_secs(10);

/// The heavy inputs that build run on the unoptimised test binary, next to
/// other tests on two cores: 400 KiB of `*_` takes about 3 s of CPU here and
/// 0.3 s in a release build (docs/security.md), so this bound keeps the
/// contract's margin without flaking.
const HEAVY_LIMIT: Duration = Duration::from_secs(30);

/// A copy of the `small` fixture with the case's files and setup applied.
fn site_with(cases: &[&Case]) -> tempfile::TempDir {
    let site = fixture("small");
    std::fs::create_dir_all(site.path().join("content/static")).unwrap();
    for case in cases {
        for (path, text) in case.files {
            let path = site.path().join(path.replace("{case}", case.name));
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        if let Some(setup) = case.setup {
            setup(site.path());
        }
    }
    site
}

fn build(root: &Path) -> (Option<i32>, String, Duration) {
    let start = Instant::now();
    let o = potluck_capped(&["build", "--quiet", "--root", root.to_str().unwrap()]);
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
        start.elapsed(),
    )
}

/// Why a page fails its case: missing, or without the text it must show.
fn page_problem(public: &Path, page: &str, text: &str) -> Option<String> {
    let path = public.join(page);
    if !path.is_file() {
        return Some(format!("{page} was not written"));
    }
    let shown: String = html(&path).root_element().text().collect();
    (!shown.contains(text)).then(|| format!("{page} does not show {text:?} as text"))
}

#[test]
fn there_are_at_least_sixty_distinct_cases() {
    let mut names: Vec<&str> = CASES.iter().map(|c| c.name).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), CASES.len(), "two cases share a name");
    assert!(CASES.len() >= 60, "only {} cases", CASES.len());
}

#[test]
fn refused_inputs_exit_1_naming_the_file_and_write_nothing() {
    let mut failures = Vec::new();
    for case in CASES {
        let Expect::Rejected(file, message) = case.expect else {
            continue;
        };
        let site = site_with(&[case]);
        let (code, stderr, took) = build(site.path());
        let named = stderr
            .lines()
            .any(|l| l.contains(file) && l.contains(message));
        if code != Some(1) || !named || took > LIMIT {
            failures.push(format!(
                "{}: exit {code:?} after {took:?}, expected 1 with `{file}` and `{message}` on one line:\n{stderr}",
                case.name
            ));
        }
        if site.path().join("public").exists() {
            failures.push(format!("{}: a refused build wrote output", case.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn harmless_inputs_build_with_the_text_kept_and_no_live_payload() {
    let cases: Vec<&Case> = CASES
        .iter()
        .filter(|c| matches!(c.expect, Expect::Clean(..)))
        .collect();
    let site = site_with(&cases);
    let (code, stderr, took) = build(site.path());
    assert_eq!(code, Some(0), "{stderr}");
    assert!(took < LIMIT, "took {took:?}");
    let public = site.path().join("public");
    let mut failures = payloads_in_site(&public);
    for case in &cases {
        if let Expect::Clean(page, text) = case.expect {
            let page = page.replace("{case}", case.name);
            failures
                .extend(page_problem(&public, &page, text).map(|p| format!("{}: {p}", case.name)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn heavy_inputs_build_alone_within_the_limit() {
    let mut failures = Vec::new();
    for case in CASES {
        let Expect::CleanAlone(page, text) = case.expect else {
            continue;
        };
        let site = site_with(&[case]);
        let (code, stderr, took) = build(site.path());
        if code != Some(0) || took > HEAVY_LIMIT {
            failures.push(format!(
                "{}: exit {code:?} after {took:?}: {stderr}",
                case.name
            ));
            continue;
        }
        let public = site.path().join("public");
        failures.extend(payloads_in_site(&public));
        failures.extend(page_problem(&public, page, text).map(|p| format!("{}: {p}", case.name)));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
