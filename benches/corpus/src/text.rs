//! The Markdown a community writes: sentences from a small vocabulary,
//! headings, lists, tables, quotes, task lists, footnotes, mentions, links to
//! earlier stories and fenced code in eight languages (so highlighting works
//! as hard as on a real site).

use crate::rng::Rng;

pub const WORDS: &[&str] = &[
    "trail",
    "ridge",
    "shoe",
    "grip",
    "lace",
    "sole",
    "summit",
    "river",
    "camp",
    "morning",
    "coffee",
    "friend",
    "community",
    "brand",
    "story",
    "design",
    "prototype",
    "feedback",
    "weekend",
    "mile",
    "route",
    "pack",
    "weather",
    "rain",
    "sun",
    "climb",
    "descent",
    "map",
    "crew",
    "team",
    "meetup",
    "share",
    "idea",
    "build",
    "test",
    "repair",
    "stitch",
    "fabric",
    "comfort",
    "blister",
    "recovery",
    "stretch",
    "pace",
    "elevation",
    "forest",
    "valley",
    "lake",
    "bridge",
    "road",
    "city",
    "night",
    "light",
    "quiet",
    "loud",
    "honest",
    "better",
    "together",
    "member",
    "host",
    "champion",
    "guide",
    "volunteer",
    "workshop",
    "review",
    "tip",
    "event",
    "launch",
];

/// Code lines per language; `{w}` is a word, `{W}` the word capitalised, `{n}` a number.
const CODE: &[(&str, &[&str])] = &[
    (
        "rust",
        &[
            "fn {w}(x: u32) -> u32 {",
            "    let {w} = x * {n};",
            "    if {w} > {n} { return {w}; }",
            "    println!(\"{w} {}\", x);",
            "}",
            "#[derive(Debug, Clone)]",
            "struct {W} { {w}: Vec<String> }",
        ],
    ),
    (
        "python",
        &[
            "def {w}(x):",
            "    return [i * {n} for i in range(x)]",
            "class {W}:",
            "    {w} = {n}",
            "import os",
            "print(f\"{w} {x}\")",
            "# {w} loop",
        ],
    ),
    (
        "javascript",
        &[
            "const {w} = (x) => x * {n};",
            "function {w}(a, b) { return a + b; }",
            "document.querySelector('#{w}').addEventListener('click', () => {});",
            "let {w} = [{n}, {n}];",
        ],
    ),
    (
        "yaml",
        &["{w}: {n}", "{w}:", "  - {w}", "  {w}: \"{w}-{n}\""],
    ),
    (
        "bash",
        &[
            "cd {w} && make -j{n}",
            "for f in *.{w}; do echo \"$f\"; done",
            "export {W}={n}",
            "# {w}",
        ],
    ),
    ("toml", &["[{w}]", "{w} = {n}", "name = \"{w}\""]),
    (
        "json",
        &["{\"{w}\": {n}, \"ok\": true}", "[{n}, {n}, \"{w}\"]"],
    ),
    (
        "css",
        &[
            ".{w} { color: #{n}; margin: {n}px; }",
            "@media (min-width: {n}px) { .{w} { display: grid; } }",
        ],
    ),
];

pub fn words(r: &mut Rng, n: usize) -> String {
    (0..n).map(|_| *r.pick(WORDS)).collect::<Vec<_>>().join(" ")
}

pub fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

pub fn sentence(r: &mut Rng) -> String {
    let n = r.int(6, 18);
    capitalize(&words(r, n)) + "."
}

/// A paragraph, sometimes thanking a member, linking an earlier story or
/// using inline emphasis and code.
pub fn paragraph(r: &mut Rng, handles: &[String], slugs: &[String]) -> String {
    let n = r.int(2, 6);
    let mut parts: Vec<String> = (0..n).map(|_| sentence(r)).collect();
    if r.chance(0.25) && !handles.is_empty() {
        let at = r.int(0, parts.len());
        parts.insert(at, format!("Thanks to @{} for the idea.", r.pick(handles)));
    }
    if r.chance(0.2) && !slugs.is_empty() {
        let text = words(r, 3);
        parts.push(format!(
            "See [{text}](/stories/{}/) for more.",
            r.pick(slugs)
        ));
    }
    if r.chance(0.15) {
        let (strong, em) = (words(r, 2), words(r, 1));
        parts.push(format!(
            "Here is **{strong}** and *{em}* with `{}`.",
            r.pick(WORDS)
        ));
    }
    parts.join(" ")
}

fn code_block(r: &mut Rng) -> String {
    let (lang, lines) = *r.pick(CODE);
    let n = r.int(5, 40);
    let body: Vec<String> = (0..n)
        .map(|_| {
            let w = *r.pick(WORDS);
            let line = *r.pick(lines);
            line.replace("{w}", w)
                .replace("{W}", &capitalize(w))
                .replace("{n}", &r.int(1, 999).to_string())
        })
        .collect();
    format!("```{lang}\n{}\n```", body.join("\n"))
}

fn list(r: &mut Rng) -> String {
    let n = r.int(2, 6);
    (0..n)
        .map(|_| {
            let k = r.int(3, 8);
            format!("- {}", words(r, k))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn table(r: &mut Rng) -> String {
    let n = r.int(2, 6);
    let rows: Vec<String> = (0..n)
        .map(|_| {
            let (w, miles) = (*r.pick(WORDS), r.int(1, 50));
            format!("| {w} | {miles} | {} |", "★".repeat(r.int(1, 5)))
        })
        .collect();
    format!(
        "| item | miles | rating |\n|---|---:|---|\n{}",
        rows.join("\n")
    )
}

fn tasks(r: &mut Rng) -> String {
    (0..3)
        .map(|_| {
            let mark = if r.chance(0.5) { 'x' } else { ' ' };
            format!("- [{mark}] {}", words(r, 4))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A story's body: 4 to 14 blocks, at most one footnote.
pub fn body(r: &mut Rng, handles: &[String], slugs: &[String]) -> String {
    let mut blocks = Vec::new();
    let mut footnote = false;
    for i in 0..r.int(4, 14) {
        let x = r.f64();
        let block = if i > 0 && x < 0.12 {
            let n = r.int(2, 5);
            format!("## {}", capitalize(&words(r, n)))
        } else if x < 0.30 {
            code_block(r)
        } else if x < 0.38 {
            list(r)
        } else if x < 0.42 {
            table(r)
        } else if x < 0.46 {
            format!("> {}", sentence(r))
        } else if x < 0.48 && !footnote {
            footnote = true;
            let s = sentence(r);
            format!("{}[^1].", s.trim_end_matches('.'))
        } else if x < 0.50 {
            tasks(r)
        } else {
            paragraph(r, handles, slugs)
        };
        blocks.push(block);
    }
    if footnote {
        blocks.push(format!("[^1]: {}", sentence(r)));
    }
    blocks.join("\n\n") + "\n"
}
