//! Unit tests for the report formats.

use super::*;

fn report(problems: Vec<Diagnostic>) -> Report {
    Report {
        problems,
        hidden: 0,
        changes: None,
        site: None,
        author: None,
    }
}

fn sample() -> Report {
    report(vec![
        Diagnostic::error(
            "content/stories/a,b.md",
            "unknown-field",
            "unknown field `tag`",
        )
        .at(3, 1)
        .help("did you mean `tags`?"),
        Diagnostic::warning(
            "content/stories/c.md",
            "empty-body",
            "50% done\nsecond line",
        ),
    ])
}

#[test]
fn github_commands_escape_data_and_properties() {
    let out = github(&sample(), "site/");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "::error file=site/content/stories/a%2Cb.md,line=3,col=1,title=unknown-field::unknown field `tag`. did you mean `tags`?"
    );
    assert_eq!(
        lines[1],
        "::warning file=site/content/stories/c.md,title=empty-body::50%25 done%0Asecond line"
    );
}

#[test]
fn json_has_the_documented_shape_with_nulls_for_unknowns() {
    let v: serde_json::Value = serde_json::from_str(&json(&sample())).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(
        (v["errors"].as_u64(), v["warnings"].as_u64()),
        (Some(1), Some(1))
    );
    let p = &v["problems"];
    assert_eq!(p[0]["severity"], "error");
    assert_eq!(p[0]["code"], "unknown-field");
    assert_eq!(p[0]["path"], "content/stories/a,b.md");
    assert_eq!(
        (p[0]["line"].as_u64(), p[0]["column"].as_u64()),
        (Some(3), Some(1))
    );
    assert_eq!(p[0]["help"], "did you mean `tags`?");
    assert!(p[1]["line"].is_null() && p[1]["column"].is_null() && p[1]["help"].is_null());
    let keys: Vec<&String> = p[0].as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 7);
}

#[test]
fn human_shows_the_line_with_a_caret_and_colour_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("content/stories")).unwrap();
    std::fs::write(
        dir.path().join("content/stories/a,b.md"),
        "---\ntitle: A\ntag: [x]\n---\n",
    )
    .unwrap();
    let mut sources = Sources::new(dir.path());
    let plain = human(&sample(), &mut sources, false);
    let expected = "error: unknown field `tag`\n --> content/stories/a,b.md:3:1\n  |\n3 | tag: [x]\n  | ^\n  = help: did you mean `tags`?\n\n";
    assert!(plain.starts_with(expected), "{plain}");
    // A newline in a message is shown, never printed: no line of the
    // report starts with text a message chose.
    assert!(
        plain.contains("warning: 50% done\\nsecond line\n --> content/stories/c.md\n\n"),
        "{plain}"
    );
    assert!(
        plain.ends_with("checked the site: 1 error, 1 warning\n"),
        "{plain}"
    );
    assert!(!plain.contains('\x1b'));
    let coloured = human(&sample(), &mut sources, true);
    assert!(coloured.contains("\x1b[1;31merror\x1b[0m"), "{coloured}");
}
