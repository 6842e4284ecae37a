//! Prints the highlighting cost per line of code, per language: the corpus's
//! languages (benches/corpus) against those bat's grammars (two-face) add,
//! and how long reading bat's grammars takes. A measurement, not a test:
//!
//! ```text
//! cargo run --release --example highlight_cost
//! ```

use std::time::Instant;

use potluck::render::highlight::Highlighter;

/// Line templates per language; `{n}` becomes a number, so lines differ and
/// the memo of repeated lines does not hide the grammar's cost.
const SAMPLES: &[(&str, &[&str])] = &[
    (
        "rust",
        &[
            "fn f{n}(x: u32) -> u32 {",
            "    let v{n} = x * {n};",
            "    println!(\"{n} {}\", x);",
            "}",
        ],
    ),
    (
        "python",
        &[
            "def f{n}(x):",
            "    return [i * {n} for i in range(x)]",
            "print(f\"{n} {x}\")",
        ],
    ),
    (
        "javascript",
        &[
            "const f{n} = (x) => x * {n};",
            "document.querySelector('#a{n}').addEventListener('click', () => {});",
        ],
    ),
    ("yaml", &["key{n}: {n}", "  - item{n}", "  k: \"v-{n}\""]),
    (
        "bash",
        &[
            "cd dir{n} && make -j{n}",
            "for f in *.x{n}; do echo \"$f\"; done",
        ],
    ),
    ("go", &["func f{n}(x int) int {", "\treturn x * {n}", "}"]),
    (
        "diff",
        &[
            "@@ -{n},7 +{n},8 @@",
            "-old line {n}",
            "+new line {n}",
            " same {n}",
        ],
    ),
    (
        "typescript",
        &[
            "const f{n} = (x: number): number => x * {n};",
            "interface I{n} { a: string; b?: number[] }",
        ],
    ),
    (
        "tsx",
        &["export const C{n} = () => <div className=\"a{n}\">{x}</div>;"],
    ),
    (
        "dockerfile",
        &[
            "FROM rust:1.{n}",
            "RUN cargo build --release -j{n}",
            "COPY src/ /app/src{n}/",
        ],
    ),
    (
        "hcl",
        &[
            "resource \"aws_s3_bucket\" \"b{n}\" {",
            "  bucket = \"x-{n}\"",
            "}",
        ],
    ),
    ("ini", &["[section{n}]", "key{n} = value {n} ; note"]),
    (
        "powershell",
        &["Get-ChildItem -Path $HOME\\d{n} | Where-Object { $_.Length -gt {n} }"],
    ),
    (
        "kotlin",
        &["fun f{n}(x: Int): Int = x * {n}", "val s{n} = \"v $x\""],
    ),
    (
        "swift",
        &[
            "func f{n}(_ x: Int) -> Int { return x * {n} }",
            "let s{n} = \"v \\(x)\"",
        ],
    ),
    (
        "nginx",
        &[
            "server {",
            "  listen {n};",
            "  location /a{n} { proxy_pass http://up{n}; }",
            "}",
        ],
    ),
];

const LINES: usize = 4000;

fn code(templates: &[&str]) -> String {
    (0..LINES)
        .map(|i| templates[i % templates.len()].replace("{n}", &i.to_string()))
        .collect::<Vec<_>>()
        .join("\n")
}

fn main() {
    let h = Highlighter::new();
    let t = Instant::now();
    h.highlight("val x = 1\n", "kotlin");
    println!(
        "reading bat's grammars (first use): {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    println!("{:<12} {:>10}", "language", "µs/line");
    for (lang, templates) in SAMPLES {
        let text = code(templates);
        // Blocks of 40 lines, as in stories, each within a fresh budget.
        let blocks: Vec<String> = text
            .lines()
            .collect::<Vec<_>>()
            .chunks(40)
            .map(|c| c.join("\n"))
            .collect();
        h.highlight(&blocks[0], lang); // compile the grammar's regexes first
        let t = Instant::now();
        for b in &blocks {
            h.highlight(b, lang);
        }
        let per_line = t.elapsed().as_secs_f64() * 1e6 / LINES as f64;
        println!("{lang:<12} {per_line:>10.1}");
    }
}
