//! Plain pages (about, contributing): a title, an optional summary, Markdown.

use serde::Deserialize;

use super::{Input, Parsed};
use crate::model::{Page, Source};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PageFm {
    title: String,
    #[serde(default)]
    summary: Option<String>,
}

pub const FIELDS: &[&str] = &["title", "summary"];

pub fn parse(input: &Input, slug: &str) -> Parsed<Page> {
    let (fm, split, mut ck): (PageFm, _, _) = super::front_matter(input, FIELDS)?;
    ck.text("title", &fm.title);
    if !ck.diags.is_empty() {
        return Err(ck.diags);
    }
    Ok(Page {
        slug: slug.to_string(),
        title: fm.title,
        summary: fm.summary,
        body: split.body.to_string(),
        source: Source {
            path: input.path.to_string(),
            body_line: split.body_line,
        },
    })
}
