//! Unit tests of the highlighter: classes, memoising, budgets, potluck's own
//! grammars and their shipped dump, the palette's contrast.

use super::*;
use crate::util::color::{contrast, Rgb};

#[test]
fn known_language_gets_one_class_per_token() {
    let h = Highlighter::new();
    let html = h.highlight("fn main() { let x = 42; } // hi\n", "rust");
    assert!(
        html.starts_with("<pre class=\"code\" data-lang=\"rust\" tabindex=\"0\"><code>"),
        "{html}"
    );
    assert!(html.contains("<c-k>fn </c-k><c-f>main</c-f>"), "{html}");
    assert!(html.contains("<c-k>let</c-k> x = "), "{html}");
    assert!(html.contains("<c-n>42</c-n>"), "{html}");
    assert!(html.contains("<c-c>// hi\n</c-c>"), "{html}");
    assert!(!html.contains("<c-k><c-"), "nested tokens: {html}");
}

#[test]
fn unknown_language_is_plain_escaped_text() {
    let h = Highlighter::new();
    let html = h.highlight("G1 X10 <b>\n", "gcode");
    assert_eq!(html, "<pre class=\"code\" data-lang=\"gcode\" tabindex=\"0\"><code>G1 X10 &lt;b&gt;\n</code></pre>");
}

#[test]
fn memoised_lines_highlight_exactly_like_fresh_ones() {
    let code = "import os\nx = \"a\"\nimport os\ndef f(y):\n    return y  # done\nimport os\n";
    let warm = Highlighter::new();
    let first = warm.highlight(code, "python");
    let second = warm.highlight(code, "python");
    assert_eq!(first, second);
    assert_eq!(first, Highlighter::new().highlight(code, "python"));
    assert!(
        warm.cache
            .iter()
            .map(|m| m.lock().unwrap().steps.len())
            .sum::<usize>()
            > 0,
        "nothing was memoised"
    );
}

#[test]
fn memoised_nested_lines_and_heredocs_highlight_like_fresh_ones() {
    // Lines inside an object, a function and a heredoc repeat at depth;
    // the heredoc's state carries its captured delimiter.
    let cases = [
        (
            "json",
            "{\n  \"a\": {\n    \"x\": 1\n  },\n  \"b\": {\n    \"x\": 1\n  }\n}\n",
        ),
        (
            "rust",
            "impl A {\n    fn f() {\n        g();\n    }\n    fn h() {\n        g();\n    }\n}\n",
        ),
        (
            "bash",
            "cat <<EOF\nx\nEOF\ncat <<END\nx\nEOF\nEND\ncat <<EOF\nx\nEOF\n",
        ),
    ];
    let warm = Highlighter::new();
    for (lang, code) in cases {
        let twice = format!("{code}{code}");
        let first = warm.highlight(&twice, lang);
        assert_eq!(first, warm.highlight(&twice, lang), "{lang}");
        assert_eq!(first, Highlighter::new().highlight(&twice, lang), "{lang}");
    }
    let memoised: usize = warm
        .cache
        .iter()
        .map(|m| m.lock().unwrap().steps.len())
        .sum();
    assert!(memoised > 10, "only {memoised} steps memoised");
}

/// The grammars' sources, in the order of the dump.
const OWN_SOURCES: &[(&str, &str)] = &[
    (
        "src/highlight/css.sublime-syntax",
        include_str!("css.sublime-syntax"),
    ),
    (
        "src/highlight/javascript.sublime-syntax",
        include_str!("javascript.sublime-syntax"),
    ),
    (
        "src/highlight/toml.sublime-syntax",
        include_str!("toml.sublime-syntax"),
    ),
];

fn own_from_sources() -> SyntaxSet {
    let mut builder = syntect::parsing::SyntaxSetBuilder::new();
    for (path, text) in OWN_SOURCES {
        let def = syntect::parsing::SyntaxDefinition::load_from_str(text, true, None);
        builder.add(def.unwrap_or_else(|e| panic!("{path}: {e}")));
    }
    builder.build()
}

#[test]
fn own_grammar_dump_matches_its_sources() {
    let fresh = own_from_sources();
    if std::env::var_os("POTLUCK_UPDATE_GRAMMARS").is_some() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/render/highlight/own.packdump"
        );
        std::fs::write(path, syntect::dumps::dump_binary(&fresh)).unwrap();
        return;
    }
    let shipped = own_syntaxes();
    let names = |set: &SyntaxSet| {
        set.syntaxes()
            .iter()
            .map(|s| s.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&shipped), names(&fresh));
    // The same grammar highlights the same way: compare on a sample that
    // reaches every context.
    let sample = "/* c */\n@import url(\"a.css\");\n@media (min-width: 1em) { .a:hover, a[x='y'] { --v: 1px; color: #fff !important; } }\n\
                  @font-face { src: url(x) format(\"woff\"); }\n.b { &:hover { width: calc((100% - 2rem) / 3); } }\n";
    let a = Highlighter::with_own(shipped).highlight(sample, "css");
    let b = Highlighter::with_own(fresh).highlight(sample, "css");
    assert_eq!(
        a, b,
        "src/highlight/own.packdump is stale: POTLUCK_UPDATE_GRAMMARS=1 cargo test own_grammar"
    );
}

#[test]
fn own_grammars_load_and_colour_css() {
    let h = Highlighter::new();
    let css = "/* c */\n@media (min-width: 40em) { .a, #b > p:hover { color: #0b6e4f; margin: 0 1.5rem !important; } }\n\
               a[href^=\"http\"] { background: url(\"x.png\") rgba(0, 0, 0, .5); --gap: 2px; }\n";
    let html = h.highlight(css, "css");
    for want in [
        "<c-c>/* c */",
        "<c-k>@media</c-k>",
        "<c-t>min-width</c-t>",
        "<c-a>.a</c-a>",
        "<c-a>#b</c-a>",
        "<c-a>:hover</c-a>",
        "<c-t>color</c-t>: <c-l>#0b6e4f</c-l>",
        // Whitespace joins the open element: unit and `!important` share one.
        "<c-n>0 1.5</c-n><c-k>rem !important</c-k>",
        "<c-f>url</c-f>(<c-s>\"x.png\"</c-s>)",
        "<c-t>--gap</c-t>",
    ] {
        assert!(html.contains(want), "{want} in {html}");
    }
}

#[test]
fn own_grammars_colour_javascript() {
    let h = Highlighter::new();
    let js = "// c\nexport async function load(path, n = 1) {\n  const re = /a\\/b/g, x = a / b / 2;\n  \
              return items.map((it) => `v ${it.v + 0x1f}`).filter(Boolean) ?? null;\n}\nclass Card extends Base {}\n";
    let html = h.highlight(js, "javascript");
    for want in [
        "<c-c>// c\n</c-c>",
        "<c-k>export async function </c-k><c-f>load</c-f>(<c-v>path</c-v>, <c-v>n</c-v>",
        "re = <c-s>/a\\/b/g</c-s>",
        // Division is not a regular expression.
        "x = a / b / <c-n>2</c-n>",
        "items.<c-f>map</c-f>((<c-v>it</c-v>) <c-k>=&gt; </c-k>",
        "<c-s>`v </c-s>${it.v + <c-n>0x1f</c-n>}<c-s>`</c-s>",
        "<c-t>Boolean</c-t>) ?? <c-l>null</c-l>",
        "<c-k>class </c-k><c-t>Card </c-t><c-k>extends</c-k> Base",
    ] {
        assert!(html.contains(want), "{want} in {html}");
    }
}

#[test]
fn own_grammars_colour_toml() {
    let h = Highlighter::new();
    let html = h.highlight(
        "# c\n[package]\nname = \"potluck\"\nok = true\nn = 3\n",
        "toml",
    );
    for want in [
        "<c-c># c\n</c-c>",
        "[<c-t>package</c-t>]",
        "<c-a>name</c-a> = <c-s>\"potluck\"\n</c-s>",
        "<c-a>ok</c-a> = <c-l>true\n</c-l>",
        "<c-a>n</c-a> = <c-n>3\n</c-n>",
    ] {
        assert!(html.contains(want), "{want} in {html}");
    }
}

#[test]
fn multi_line_strings_and_comments_keep_their_class() {
    let h = Highlighter::new();
    let html = h.highlight("/* a\nb */ x\n", "js");
    assert!(
        html.contains("<c-c>/* a\n</c-c><c-c>b */</c-c> x"),
        "{html}"
    );
}

#[test]
fn code_over_the_story_budget_is_plain_text() {
    let h = Highlighter::new();
    let code = "let x = 1;\n";
    let mut budget = 11; // this block's cost: 11 bytes in a short line
    assert!(h
        .highlight_within(code, "rust", &mut budget)
        .contains("<c-"));
    assert_eq!(budget, 0);
    let plain = h.highlight_within(code, "rust", &mut budget);
    assert!(!plain.contains("<c-"), "{plain}");
    assert!(plain.contains("let x = 1;"), "{plain}");
    // A long line costs its length squared over 64: 1,100 characters fit
    // a story's budget, 3,300 do not.
    let line = |n| format!("{}\n", "let x = 1; ".repeat(n));
    assert!(h.highlight(&line(100), "rust").contains("<c-"));
    assert!(!h.highlight(&line(300), "rust").contains("<c-"));
}

#[test]
fn scopes_nested_too_deep_are_plain_text() {
    let h = Highlighter::new();
    assert!(h.highlight("[[1]]", "json").contains("<c-"));
    let deep = h.highlight(&format!("{}1", "[".repeat(200)), "json");
    assert!(!deep.contains("<c-"), "{deep}");
}

#[test]
fn palette_passes_aa_on_both_code_backgrounds() {
    let light_bg = Rgb::parse(CODE_BG_LIGHT).unwrap();
    let dark_bg = Rgb::parse(CODE_BG_DARK).unwrap();
    for (class, light, dark, _) in PALETTE {
        let l = contrast(Rgb::parse(light).unwrap(), light_bg);
        let d = contrast(Rgb::parse(dark).unwrap(), dark_bg);
        assert!(l >= 4.5, ".{class} light {light}: {l:.2}");
        assert!(d >= 4.5, ".{class} dark {dark}: {d:.2}");
    }
}

#[test]
fn stylesheet_has_every_class_in_both_schemes() {
    let css = stylesheet();
    for (class, light, dark, _) in PALETTE {
        assert!(
            css.contains(&format!("pre.code c-{class}{{color:{light}")),
            "{class}"
        );
        assert!(
            css.contains(&format!("pre.code c-{class}{{color:{dark}}}")),
            "{class}"
        );
    }
    assert!(css.contains("prefers-color-scheme: dark"));
}

#[test]
fn languages_people_write_in_migrated_posts_are_highlighted() {
    let h = Highlighter::new();
    let samples = [
        ("diff", "--- a/x\n+++ b/x\n-old\n+new\n"),
        ("dockerfile", "FROM rust:1.85\nRUN cargo build\n"),
        ("docker", "FROM rust:1.85\nRUN cargo build\n"),
        ("go", "package main\nfunc main() {}\n"),
        ("golang", "package main\nfunc main() {}\n"),
        ("typescript", "const x: number = 1;\n"),
        ("ts", "const x: number = 1;\n"),
        ("tsx", "const x = <div>{1}</div>;\n"),
        (
            "hcl",
            "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n}\n",
        ),
        ("ini", "[core]\nname = \"x\" ; comment\n"),
        ("powershell", "Get-ChildItem -Path $HOME # list\n"),
        ("ps1", "Get-ChildItem -Path $HOME # list\n"),
        ("kotlin", "fun main() { val x = \"s\" }\n"),
        ("swift", "func f() -> Int { return 1 }\n"),
        ("nginx", "server {\n  listen 80;\n}\n"),
        ("sh", "echo \"hi\" # x\n"),
        ("yml", "key: \"value\"\n"),
    ];
    for (lang, code) in samples {
        let html = h.highlight(code, lang);
        assert!(html.contains("<c-"), "{lang} is plain text: {html}");
    }
    assert!(!h.highlight("plain words\n", "text").contains("<c-"));
}

#[test]
fn own_and_bundled_grammars_are_found_without_reading_bat_s() {
    let h = Highlighter::new();
    for lang in ["js", "css", "toml", "rust", "python", "go", "diff", "yaml"] {
        assert!(h.highlight("x = 1\n", lang).starts_with("<pre"));
    }
    assert!(h.extra.get().is_none(), "bat's grammars were read");
}
