//! The sites the differential test edits: the example site (content/) and a
//! generated one.

use std::fs;
use std::path::Path;

use super::text::{flow, Rng};
use crate::support::{copy_dir, repo};

/// The example site, copied to `root`.
pub fn example(root: &Path) {
    copy_dir(&repo().join("content"), &root.join("content"));
}

/// A generated site of `stories` stories by a dozen members, some with
/// avatars, bundles with covers, drafts, featured stories and thanks.
pub fn generated(root: &Path, stories: usize, rng: &mut Rng) {
    let content = root.join("content");
    for dir in ["members", "stories", "pages", "static"] {
        fs::create_dir_all(content.join(dir)).unwrap();
    }
    fs::write(
        content.join("site.yaml"),
        "title: Generated\nbase_url: https://generated.example\ndescription: A generated site.\nbrand:\n  name: Gen\n  color: \"#336699\"\n  logo: static/logo.svg\nstories_per_page: 5\n",
    )
    .unwrap();
    fs::copy(
        repo().join("content/static/logo.svg"),
        content.join("static/logo.svg"),
    )
    .unwrap();
    fs::write(
        content.join("pages/about.md"),
        "---\ntitle: About\n---\nAbout this site.\n",
    )
    .unwrap();
    let handles = members(&content, rng);
    for i in 0..stories {
        story(&content, i, &handles, rng);
    }
}

const TAGS: &[&str] = &[
    "gear",
    "hiking",
    "repair",
    "winter",
    "trail-running",
    "ultras",
];
const KINDS: &[&str] = &["story", "review", "tip", "feedback", "event"];

/// Twelve members: a host, a champion, some with PNG or SVG avatars,
/// interests and awards. Returns their handles.
fn members(content: &Path, rng: &mut Rng) -> Vec<String> {
    let words = [
        "amber", "birch", "cedar", "dune", "ember", "fern", "gale", "heath", "iris", "juniper",
        "kestrel", "linden",
    ];
    let pngs = ["aiko-tanaka.png", "zoya.png", "maren.png"];
    let mut handles = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let handle = format!("{w}-{}", ["run", "hike", "fix"][i % 3]);
        let mut fm = format!("name: {}{} Walker\n", w[..1].to_uppercase(), &w[1..]);
        match i % 4 {
            0 => {
                let png = pngs[i / 4 % pngs.len()];
                fs::copy(
                    repo().join("content/members").join(png),
                    content.join(format!("members/{handle}.png")),
                )
                .unwrap();
                fm += &format!("avatar: {handle}.png\n");
            }
            1 => {
                fs::write(
                    content.join(format!("members/{handle}.svg")),
                    r##"<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30" fill="#884422"/></svg>"##,
                )
                .unwrap();
                fm += &format!("avatar: {handle}.svg\n");
            }
            _ => {}
        }
        let k = rng.below(3);
        let tags: Vec<String> =
            rng.some(&TAGS.iter().map(|t| t.to_string()).collect::<Vec<_>>(), k);
        if !tags.is_empty() {
            fm += &format!("interests: {}\n", flow(&tags));
        }
        fm += match i {
            0 => "role: host\n",
            1 => "role: champion\nawards:\n  - name: First award\n    date: 2024-05-01\n    reason: For the first workshop.\n",
            _ => "",
        };
        let text = format!("---\n{fm}---\nI am {w}.\n");
        fs::write(content.join(format!("members/{handle}.md")), text).unwrap();
        handles.push(handle);
    }
    handles
}

/// Story `i`: one in six a bundle with a cover, some drafts, featured, with
/// thanks, summaries and mentions.
fn story(content: &Path, i: usize, handles: &[String], rng: &mut Rng) {
    let k = 1 + rng.below(2);
    let authors = rng.some(handles, k);
    let k = 1 + rng.below(3);
    let tags = rng.some(&TAGS.iter().map(|t| t.to_string()).collect::<Vec<_>>(), k);
    let mut fm = format!(
        "title: \"Story number {i}\"\nauthors: {}\ndate: {}\nkind: {}\ntags: {}\n",
        flow(&authors),
        rng.date(),
        rng.pick(KINDS),
        flow(&tags)
    );
    if rng.one_in(4) {
        let others: Vec<String> = handles
            .iter()
            .filter(|h| !authors.contains(h))
            .cloned()
            .collect();
        fm += &format!("thanks: [{}]\n", rng.pick(&others));
    }
    if rng.one_in(5) {
        fm += &format!("summary: \"The summary of story {i}.\"\n");
    }
    if rng.one_in(8) {
        fm += "featured: true\n";
    }
    if rng.one_in(12) {
        fm += "draft: true\n";
    }
    let mention = rng.pick(handles).clone();
    let body = format!(
        "The first paragraph of story {i}, with @{mention}.\n\n## A heading\n\nMore text, and [a link](/stories/).\n\n```rust\nfn main() {{ println!(\"{i}\"); }}\n```\n"
    );
    if i % 6 == 5 {
        let dir = content.join(format!("stories/bundle-{i}"));
        fs::create_dir_all(&dir).unwrap();
        fm += "cover: cover.svg\n";
        fs::write(
            dir.join("cover.svg"),
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="320" height="160"></svg>"#,
        )
        .unwrap();
        fs::write(dir.join("index.md"), format!("---\n{fm}---\n{body}")).unwrap();
    } else {
        let path = content.join(format!("stories/story-{i}.md"));
        fs::write(path, format!("---\n{fm}---\n{body}")).unwrap();
    }
}
