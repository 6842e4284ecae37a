//! Plain pages (about, contributing): a title, an optional summary, Markdown.

use serde::Deserialize;

use super::{Doc, Input};
use crate::model::{Page, Source};

/// Unknown keys are collected by `front_matter`, not denied here.
#[derive(Debug, Deserialize)]
struct PageFm {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
}

pub const FIELDS: &[&str] = &["title", "summary", "aliases"];

pub fn parse(input: &Input, slug: &str) -> Doc<Page> {
    let (fm, split, mut ck): (PageFm, _, _) = match super::front_matter(input, FIELDS) {
        Ok(parts) => parts,
        Err(d) => return (None, d),
    };
    match &fm.title {
        Some(t) => ck.text("title", t),
        None => ck.missing("title"),
    }
    let aliases = super::aliases::parse(&mut ck, &fm.aliases);
    let page = Page {
        slug: slug.to_string(),
        title: fm.title.unwrap_or_default(),
        summary: fm.summary,
        aliases,
        body: split.body.to_string(),
        source: Source {
            path: input.path.to_string(),
            body_line: split.body_line,
        },
    };
    (Some(page), ck.diags)
}
