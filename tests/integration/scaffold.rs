//! `potluck init` and `potluck new`: a new site that checks and builds at
//! once, and workflow files that GitHub can read and that are safe for forks.

use crate::support::*;

#[test]
fn init_then_new_member_then_new_story_checks_and_builds() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("acme");
    let root = site.to_str().unwrap();
    let o = potluck(&[
        "init",
        root,
        "--brand",
        "Acme: Boots & Co",
        "--base-url",
        "https://acme.example/community",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains(".github/workflows/check.yml"));
    let o = potluck(&["new", "member", "dan", "--name", "Dan Lee", "--root", root]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o).trim(),
        site.join("content/members/dan.md").to_str().unwrap()
    );
    let o = potluck(&[
        "new",
        "story",
        "--author",
        "dan",
        "--bundle",
        "--root",
        root,
        "Dan's first run: 10 km!",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let story = site.join("content/stories/dan-s-first-run-10-km/index.md");
    assert_eq!(stdout(&o).trim(), story.to_str().unwrap());
    // The example text is a warning until the contributor replaces it.
    let o = potluck(&["check", "--root", root]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("checked 2 stories, 2 members and 2 pages: 0 errors, 1 warning"));
    let o = potluck(&["check", "--strict", "--root", root]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let text = read(&story);
    let own = text.split_once("---\nStart with").unwrap().0;
    std::fs::write(&story, format!("{own}---\nWe ran ten kilometres.\n")).unwrap();
    let o = potluck(&["check", "--strict", "--root", root]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("checked 2 stories, 2 members and 2 pages: no problems"));
    let public = dir.path().join("public");
    build_ok(&site, &public);
    let page = read(&public.join("stories/dan-s-first-run-10-km/index.html"));
    assert!(page.contains("first run: 10 km!</h1>"), "{page}");
    assert!(public.join("members/team/index.html").is_file());
    assert!(public.join("contributing/index.html").is_file());
    // Writing again refuses, and leaves the file alone.
    std::fs::write(&story, "mine").unwrap();
    let o = potluck(&[
        "new",
        "story",
        "--author",
        "dan",
        "--root",
        root,
        "Dan's first run: 10 km!",
    ]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "a refused request is a usage error"
    );
    assert_eq!(read(&story), "mine");
    let o = potluck(&["init", root, "--brand", "Again"]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "a refused request is a usage error"
    );
    assert!(stderr(&o).contains("is not empty"), "{}", stderr(&o));
}

#[test]
fn new_refuses_unknown_authors_and_bad_handles_before_writing() {
    let site = fixture("small");
    let root = site.path().to_str().unwrap();
    let o = potluck(&["new", "story", "--author", "bobb", "--root", root, "Hi"]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "a refused request is a usage error"
    );
    assert_eq!(
        stderr(&o),
        "error: no member `bobb`\n  help: did you mean `bob`?\n"
    );
    let o = potluck(&["new", "member", "Bob_2", "--name", "B", "--root", root]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "a refused request is a usage error"
    );
    assert!(stderr(&o).starts_with("error: `Bob_2` is not a valid handle"));
    assert!(!site.path().join("content/stories/hi.md").exists());
}

fn workflow(name: &str) -> serde_yaml::Value {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("s");
    let o = potluck(&["init", site.to_str().unwrap(), "--brand", "Acme"]);
    assert!(o.status.success());
    let text = read(&site.join(".github/workflows").join(name));
    assert!(!text.contains("pull_request_target"), "{name}");
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Every `uses:` of a workflow's jobs.
fn actions(w: &serde_yaml::Value) -> Vec<String> {
    let jobs = w["jobs"].as_mapping().unwrap();
    jobs.values()
        .flat_map(|j| j["steps"].as_sequence().unwrap().iter())
        .filter_map(|s| s["uses"].as_str().map(String::from))
        .collect()
}

#[test]
fn check_workflow_runs_on_pull_requests_read_only() {
    let w = workflow("check.yml");
    let on = w["on"].as_mapping().unwrap();
    assert_eq!(on.len(), 1);
    assert!(on.contains_key("pull_request"));
    assert_eq!(w["permissions"]["contents"].as_str(), Some("read"));
    assert_eq!(w["permissions"].as_mapping().unwrap().len(), 1);
    let steps = w["jobs"]["check"]["steps"].as_sequence().unwrap();
    assert_eq!(steps[0]["with"]["fetch-depth"].as_u64(), Some(0));
    // potluck comes from the action (a release binary), never compiled per run.
    let install = steps
        .iter()
        .find(|s| s["uses"].as_str() == Some(&potluck::scaffold::action()))
        .expect("a step using the potluck action");
    assert_eq!(
        install["with"]["version"].as_str(),
        Some(potluck::scaffold::VERSION)
    );
    let check = steps
        .iter()
        .find(|s| {
            s["run"]
                .as_str()
                .is_some_and(|r| r.starts_with("potluck check"))
        })
        .expect("a potluck check step");
    assert_eq!(
        check["run"].as_str(),
        Some("potluck check --format github --changed-from \"origin/$BASE_REF\" --strict-grants --pr-author \"$PR_AUTHOR\" --summary \"$GITHUB_STEP_SUMMARY\"")
    );
    assert_eq!(
        check["env"]["BASE_REF"].as_str(),
        Some("${{ github.base_ref }}")
    );
    // The author's login reaches the check through env:, never the shell's text.
    assert_eq!(
        check["env"]["PR_AUTHOR"].as_str(),
        Some("${{ github.event.pull_request.user.login }}")
    );
    assert!(!format!("{w:?}").contains("secrets."));
}

#[test]
fn digest_workflow_posts_the_weekly_digest_as_an_issue_writing_only_issues() {
    let w = workflow("digest.yml");
    let on = w["on"].as_mapping().unwrap();
    assert_eq!(on.len(), 2);
    assert!(w["on"]["schedule"][0]["cron"].as_str().is_some());
    assert!(on.contains_key("workflow_dispatch"));
    let perms = w["permissions"].as_mapping().unwrap();
    assert_eq!(perms.len(), 2, "{perms:?}");
    assert_eq!(w["permissions"]["contents"].as_str(), Some("read"));
    assert_eq!(w["permissions"]["issues"].as_str(), Some("write"));
    let steps = w["jobs"]["digest"]["steps"].as_sequence().unwrap();
    let runs: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    assert_eq!(runs[0], "potluck digest --days 7 > digest.md");
    assert!(runs[1].starts_with("gh issue create "), "{runs:?}");
    assert!(runs[1].ends_with("--body-file digest.md"), "{runs:?}");
    let post = steps
        .iter()
        .find(|s| s["run"].as_str() == Some(runs[1]))
        .unwrap();
    assert_eq!(
        post["env"]["GH_TOKEN"].as_str(),
        Some("${{ github.token }}")
    );
    assert!(!format!("{w:?}").contains("secrets."));
}

#[test]
fn publish_workflow_builds_and_deploys_pages_on_main() {
    let w = workflow("publish.yml");
    assert_eq!(w["on"]["push"]["branches"][0].as_str(), Some("main"));
    assert!(w["on"].get("pull_request").is_none());
    // Rebuilt daily, so a first story's welcome banner ends on time.
    assert!(w["on"]["schedule"][0]["cron"].as_str().is_some());
    assert_eq!(w["permissions"]["pages"].as_str(), Some("write"));
    assert_eq!(w["permissions"]["id-token"].as_str(), Some("write"));
    let uses = actions(&w);
    for action in [
        "actions/configure-pages",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
        "actions/cache",
    ] {
        assert!(
            uses.iter().any(|u| u.starts_with(action)),
            "{action} missing: {uses:?}"
        );
    }
    let cache = w["jobs"]["build"]["steps"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|s| s["with"]["path"].as_str() == Some(".potluck-cache"))
        .expect("a cache step for .potluck-cache");
    assert!(cache["with"]["key"]
        .as_str()
        .unwrap()
        .contains("hashFiles('content/**')"));
}
