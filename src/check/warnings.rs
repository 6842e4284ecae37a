//! Warnings: things that build fine but that a reviewer would want to hear
//! about. They fail a check only with `--strict`.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};

use super::{Outlines, Sources};
use crate::model::{Site, Source, Story};
use crate::render::markdown::{self, Outline};
use crate::util::diag::Diagnostic;

/// Every warning for the site's stories and pages.
pub fn check(
    site: &Site,
    outlines: &Outlines,
    today: NaiveDate,
    sources: &mut Sources,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (story, outline) in site.stories.iter().zip(&outlines.stories) {
        out.extend(future_date(story, today, sources));
        if !has_written_summary(story) && markdown::summary_cut_mid_sentence(&story.body) {
            let (l, c) = sources.key_position(&story.source.path, "title");
            out.push(
                Diagnostic::warning(
                    &story.source.path,
                    "long-summary",
                    format!(
                        "no `summary`, and the first sentence is longer than the {} characters cards and feeds show ({} words in the paragraph): it would be cut off",
                        markdown::SUMMARY_CHARS,
                        outline.lead_words
                    ),
                )
                .at(l, c)
                .help("add a line `summary: ...` (one sentence for cards and feeds) to the front matter"),
            );
        }
        out.extend(empty_body(&story.source, &story.body, "story"));
        out.extend(placeholder_text(story));
        out.extend(example_title(story, sources));
    }
    for page in &site.pages {
        out.extend(empty_body(&page.source, &page.body, "page"));
    }
    let docs = site.stories.iter().map(|s| &s.source);
    let docs = docs.chain(site.members.iter().map(|m| &m.source));
    let docs = docs.chain(site.pages.iter().map(|p| &p.source));
    let all = outlines.stories.iter().chain(&outlines.members);
    for (source, outline) in docs.zip(all.chain(&outlines.pages)) {
        out.extend(removed_html(source, outline));
    }
    out.extend(duplicate_titles(site, sources));
    out
}

/// Raw HTML the sanitizer removes, one warning where each element stood:
/// a migrated post must not lose a video or a form without anyone knowing.
fn removed_html<'a>(
    source: &'a Source,
    outline: &'a Outline,
) -> impl Iterator<Item = Diagnostic> + 'a {
    outline.removed.iter().map(move |r| {
        Diagnostic::warning(
            &source.path,
            "removed-html",
            format!("{} will be removed from the page", r.what),
        )
        .at(source.body_line + r.line - 1, r.col)
        .help(r.instead.clone())
    })
}

/// More than a day ahead, so that a contributor east of UTC writing today's
/// date is never warned.
fn future_date(story: &Story, today: NaiveDate, sources: &mut Sources) -> Option<Diagnostic> {
    let limit = today.checked_add_days(Days::new(1))?;
    if story.day() <= limit {
        return None;
    }
    let (l, c) = sources.key_position(&story.source.path, "date");
    Some(
        Diagnostic::warning(
            &story.source.path,
            "future-date",
            format!("`date` {} is in the future", story.day()),
        )
        .at(l, c)
        .help("write the day the story is published; stories are listed newest first, so a future date keeps it on top"),
    )
}

/// The example text `potluck new story` writes, left as it was: one warning
/// at its first line (the lines come from the template itself).
fn placeholder_text(story: &Story) -> Option<Diagnostic> {
    let examples: Vec<&str> = crate::scaffold::placeholder_lines().collect();
    let lines: Vec<usize> = story
        .body
        .lines()
        .enumerate()
        .filter(|(_, l)| examples.contains(&l.trim()))
        .map(|(i, _)| i + story.source.body_line)
        .collect();
    let first = *lines.first()?;
    let more = match lines.len() {
        1 => String::new(),
        n => format!(
            " (and {} more line{})",
            n - 1,
            if n == 2 { "" } else { "s" }
        ),
    };
    Some(
        Diagnostic::warning(
            &story.source.path,
            "example-text",
            format!("this is still the example text `potluck new story` wrote{more}"),
        )
        .at(first, 1)
        .help("replace it with your story, in your own words"),
    )
}

/// A story titled like the contributing page's example was copied, not written.
fn example_title(story: &Story, sources: &mut Sources) -> Option<Diagnostic> {
    let example = crate::scaffold::EXAMPLE_TITLE;
    if !story.title.trim().eq_ignore_ascii_case(example) {
        return None;
    }
    let (l, c) = sources.value_position(&story.source.path, "title");
    Some(
        Diagnostic::warning(
            &story.source.path,
            "example-title",
            format!("the title is still the example's: \"{example}\""),
        )
        .at(l, c)
        .help("write your story's own title in `title:`"),
    )
}

/// The loader puts the first paragraph in `summary` when none is written.
fn has_written_summary(story: &Story) -> bool {
    story.summary != markdown::summary_of(&story.body)
}

fn empty_body(source: &Source, body: &str, what: &str) -> Option<Diagnostic> {
    if !body.trim().is_empty() {
        return None;
    }
    // The closing `---` of the front matter: the text goes below it.
    let line = source.body_line.saturating_sub(1);
    Some(
        Diagnostic::warning(
            &source.path,
            "empty-body",
            format!("the {what} has no text"),
        )
        .at(line, 1)
        .help("write the text below the front matter's closing `---`"),
    )
}

/// Two stories with the same title (ignoring case): the later file is named,
/// with the first in the message.
fn duplicate_titles(site: &Site, sources: &mut Sources) -> Vec<Diagnostic> {
    let mut by_path: Vec<&Story> = site
        .stories
        .iter()
        .filter(|s| !s.title.trim().is_empty())
        .map(|s| &**s)
        .collect();
    by_path.sort_by(|a, b| a.source.path.cmp(&b.source.path));
    let mut first: HashMap<String, &str> = HashMap::new();
    let mut out = Vec::new();
    for s in by_path {
        let key = s.title.trim().to_lowercase();
        match first.get(&key) {
            Some(other) => {
                let (l, c) = sources.key_position(&s.source.path, "title");
                out.push(
                    Diagnostic::warning(
                        &s.source.path,
                        "duplicate-title",
                        format!("{} has the same title as {other}", s.source.path),
                    )
                    .at(l, c)
                    .help("give each story its own title, so readers can tell them apart in lists and feeds"),
                );
            }
            None => {
                first.insert(key, &s.source.path);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognition::testkit::{day, SiteBuilder};

    fn warnings(site: &Site, today: &str) -> Vec<(String, &'static str, String)> {
        let dir = tempfile::tempdir().unwrap();
        let outlines = Outlines::of(site);
        check(site, &outlines, day(today), &mut Sources::new(dir.path()))
            .into_iter()
            .map(|d| (d.path, d.code, d.message))
            .collect()
    }

    #[test]
    fn future_dates_warn_only_beyond_tomorrow() {
        let site = SiteBuilder::new()
            .member("ann")
            .story_with("tomorrow", "2024-05-02", &["ann"], |s| {
                s.body = "Hi.".into()
            })
            .story_with("later", "2024-05-03", &["ann"], |s| s.body = "Hi.".into())
            .build();
        let found = warnings(&site, "2024-05-01");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "future-date");
        assert!(found[0].0.ends_with("later.md"));
    }

    #[test]
    fn long_first_sentence_without_summary_warns_long_paragraph_of_sentences_does_not() {
        let long = "word ".repeat(61);
        let site = SiteBuilder::new()
            .member("ann")
            .story_with("auto", "2024-01-01", &["ann"], |s| {
                s.body = long.clone().into();
                s.summary = crate::render::markdown::summary_of(&long);
            })
            .story_with("written", "2024-01-02", &["ann"], |s| {
                s.body = long.clone().into();
                s.summary = "Short.".into();
            })
            .story_with("sentences", "2024-01-03", &["ann"], |s| {
                s.body = "A short sentence. ".repeat(20).into();
                s.summary = crate::render::markdown::summary_of(&s.body);
            })
            .build();
        let found = warnings(&site, "2024-06-01");
        assert_eq!(
            found,
            [(
                "content/stories/auto.md".to_string(),
                "long-summary",
                "no `summary`, and the first sentence is longer than the 200 characters cards and feeds show (61 words in the paragraph): it would be cut off".to_string()
            )]
        );
    }

    #[test]
    fn empty_bodies_and_duplicate_titles_name_both_files() {
        let site = SiteBuilder::new()
            .member("ann")
            .story_with("b-copy", "2024-01-01", &["ann"], |s| {
                s.title = "Same Title".into();
                s.body = "Text".into();
            })
            .story_with("a-orig", "2024-01-02", &["ann"], |s| {
                s.title = "same title ".into();
                s.body = " \n".into();
            })
            .build();
        let found = warnings(&site, "2024-06-01");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].1, "empty-body");
        assert_eq!(found[0].0, "content/stories/a-orig.md");
        assert_eq!(found[1].1, "duplicate-title");
        assert_eq!(
            found[1].2,
            "content/stories/b-copy.md has the same title as content/stories/a-orig.md"
        );
    }
}
