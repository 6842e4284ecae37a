//! Unit tests for `init` and `new`: what they refuse, and what they write.

use super::*;
use crate::load::frontmatter;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 5, 1).unwrap()
}

fn site_with(members: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("content/members")).unwrap();
    for m in members {
        std::fs::write(
            dir.path().join(format!("content/members/{m}.md")),
            "---\nname: X\n---\n",
        )
        .unwrap();
    }
    dir
}

fn story(root: &Path, author: &str, title: &str) -> StoryOptions {
    StoryOptions {
        root: root.to_path_buf(),
        title: title.into(),
        author: author.into(),
        bundle: false,
        slug: None,
        today: day(),
    }
}

fn refused(r: Result<PathBuf, ScaffoldError>) -> (String, String) {
    match r {
        Err(ScaffoldError::Refused { message, help }) => (message, help),
        other => panic!("not refused: {other:?}"),
    }
}

#[test]
fn a_story_title_with_yaml_syntax_is_quoted_and_reads_back() {
    let site = site_with(&["alice"]);
    let title = "Ridge 2: \"the fix\" #1 & more";
    let path = new_story(&story(site.path(), "alice", title)).unwrap();
    assert!(path.ends_with("content/stories/ridge-2-the-fix-1-more.md"));
    let text = std::fs::read_to_string(&path).unwrap();
    let split = frontmatter::split(&text).unwrap();
    let v: serde_yaml::Value = frontmatter::parse(split.yaml, 2, &[]).unwrap();
    assert_eq!(v["title"].as_str(), Some(title));
    assert_eq!(v["date"].as_str(), Some("2024-05-01"));
    assert_eq!(v["authors"][0].as_str(), Some("alice"));
    assert!(!text.contains("%%"), "{text}");
}

#[test]
fn story_for_an_unknown_author_is_refused_with_a_suggestion() {
    let site = site_with(&["alice"]);
    assert_eq!(
        refused(new_story(&story(site.path(), "alcie", "Hi"))),
        (
            "no member `alcie`".to_string(),
            "did you mean `alice`?".to_string()
        )
    );
    let (_, help) = refused(new_story(&story(site.path(), "zed", "Hi")));
    assert_eq!(
        help,
        "add the profile first: potluck new member zed --name \"Your Name\""
    );
    let (msg, _) = refused(new_story(&story(site.path(), "Alice", "Hi")));
    assert_eq!(msg, "`Alice` is not a valid handle");
    assert!(
        !site.path().join("content/stories").exists(),
        "something was written"
    );
}

#[test]
fn an_existing_story_or_bundle_is_never_replaced() {
    let site = site_with(&["alice"]);
    let mut opts = story(site.path(), "alice", "Same title");
    opts.bundle = true;
    let first = new_story(&opts).unwrap();
    assert!(first.ends_with("content/stories/same-title/index.md"));
    std::fs::write(&first, "mine").unwrap();
    opts.bundle = false;
    let (msg, _) = refused(new_story(&opts));
    assert!(msg.ends_with("already exists"), "{msg}");
    assert_eq!(std::fs::read_to_string(&first).unwrap(), "mine");
}

#[test]
fn a_title_in_japanese_no_longer_gives_an_empty_slug() {
    let site = site_with(&["alice"]);
    for (title, file) in [
        ("日本の山道", "ri-ben-noshan-dao.md"),
        ("Привет, мир", "privet-mir.md"),
    ] {
        let path = new_story(&story(site.path(), "alice", title)).unwrap();
        assert!(
            path.ends_with(format!("content/stories/{file}")),
            "{path:?}"
        );
    }
    let (msg, help) = refused(new_story(&story(site.path(), "alice", "!!! ???")));
    assert_eq!(
        msg,
        "cannot make a file name from the title \"!!! ???\": it has no letters or digits that can be written in ASCII"
    );
    assert!(help.starts_with("pass --slug"), "{help}");
    let mut opts = story(site.path(), "alice", "!!! ???");
    opts.slug = Some("My Run".into());
    assert_eq!(refused(new_story(&opts)).1, "did you mean --slug my-run?");
    opts.slug = Some("my-run".into());
    assert!(new_story(&opts)
        .unwrap()
        .ends_with("content/stories/my-run.md"));
}

#[test]
fn placeholder_lines_are_the_text_new_story_writes() {
    let site = site_with(&["alice"]);
    let mut opts = story(site.path(), "alice", "Pics");
    opts.bundle = true;
    let text = std::fs::read_to_string(new_story(&opts).unwrap()).unwrap();
    let body = text.splitn(3, "---\n").nth(2).unwrap();
    let written: Vec<&str> = body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(placeholder_lines().collect::<Vec<_>>(), written);
}

#[test]
fn member_handles_that_are_invalid_taken_or_look_alike_are_refused() {
    let site = site_with(&["mary"]);
    let member = |handle: &str| MemberOptions {
        root: site.path().to_path_buf(),
        handle: handle.into(),
        name: "Some One".into(),
    };
    assert_eq!(
        refused(new_member(&member("rnary"))).0,
        "handle `rnary` can be mistaken for `mary`"
    );
    assert!(refused(new_member(&member("mary")))
        .0
        .ends_with("already exists"));
    assert_eq!(
        refused(new_member(&member("Dan_S"))).1,
        "a handle is 1-39 lowercase letters, digits and single inner hyphens, e.g. `dan-s`"
    );
    let path = new_member(&member("dan")).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.starts_with("---\nname: \"Some One\"\n"), "{text}");
}

#[test]
fn init_refuses_a_non_empty_folder_and_fills_every_placeholder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "keep").unwrap();
    let opts = InitOptions {
        dir: dir.path().to_path_buf(),
        brand: "Acme: \"Boots\"".into(),
        base_url: "https://acme.example".into(),
        host: "team".into(),
        today: day(),
        ci: Ci::Github,
        repository: None,
    };
    assert!(init(&opts).is_err());
    for (path, text) in site_files(&opts, &opts.brand) {
        assert!(!text.contains("%%"), "{path}: {text}");
    }
    let site = tempfile::tempdir().unwrap();
    let opts = InitOptions {
        dir: site.path().join("new"),
        ..opts
    };
    let written = init(&opts).unwrap();
    assert_eq!(written.len(), 9);
    let yaml = std::fs::read_to_string(opts.dir.join("content/site.yaml")).unwrap();
    let config: crate::model::config::Config = frontmatter::parse(&yaml, 1, &[]).unwrap();
    assert_eq!(config.brand.name, "Acme: \"Boots\"");
    assert_eq!(config.title, "Acme: \"Boots\" Community");
}

#[test]
fn init_with_a_repository_stores_the_derived_forge_and_puts_the_browser_way_first() {
    let site = tempfile::tempdir().unwrap();
    let repo = |url: &str| crate::model::config::Repository {
        url: url.into(),
        forge: None,
        branch: "main".into(),
    };
    let opts = InitOptions {
        dir: site.path().join("new"),
        brand: "Acme".into(),
        base_url: "https://acme.example".into(),
        host: "team".into(),
        today: day(),
        ci: Ci::Github,
        repository: Some(repo("https://gitlab.com/acme/community")),
    };
    let refused_host = InitOptions {
        repository: Some(repo("https://git.acme.example/acme/community")),
        ..opts.clone()
    };
    match init(&refused_host) {
        Err(ScaffoldError::Refused { help, .. }) => {
            assert_eq!(
                help,
                "pass --forge github, --forge gitlab or --forge forgejo"
            )
        }
        other => panic!("not refused: {other:?}"),
    }
    init(&opts).unwrap();
    let yaml = std::fs::read_to_string(opts.dir.join("content/site.yaml")).unwrap();
    let config: crate::model::config::Config = frontmatter::parse(&yaml, 1, &[]).unwrap();
    let stored = config.repository.unwrap();
    assert_eq!(stored.forge, Some(crate::model::config::Forge::Gitlab));
    assert_eq!(stored.url, "https://gitlab.com/acme/community");
    let page = std::fs::read_to_string(opts.dir.join("content/pages/contributing.md")).unwrap();
    let web = page.find("[Join in](/join/)").unwrap();
    assert!(web < page.find("potluck new member").unwrap(), "{page}");
}
