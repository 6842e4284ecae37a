//! The site's own catalogue (`content/translations.ftl`): read with the
//! theme, and checked by `potluck check` for keys the theme does not have,
//! which would silently change nothing.

use std::path::Path;

use crate::util::diag::{did_you_mean, Diagnostic};

/// The site's catalogue text, if the site has one.
pub fn read(root: &Path) -> Result<Option<String>, Diagnostic> {
    let path = root.join(super::SITE_FILE);
    match std::fs::read(&path) {
        Ok(bytes) => String::from_utf8(bytes).map(Some).map_err(|_| {
            Diagnostic::error(super::SITE_FILE, "not-utf8", "the file is not valid UTF-8")
                .help("save it as UTF-8")
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Diagnostic::error(
            super::SITE_FILE,
            "unreadable",
            format!("cannot read: {e}"),
        )),
    }
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}

/// The message ids a Fluent text defines, each with its byte offset: the
/// lines that start with an identifier followed by `=` (terms, `-name`, and
/// comments are not messages).
pub fn keys(text: &str) -> Vec<(&str, usize)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let starts_id = line.starts_with(|c: char| c.is_ascii_alphabetic());
        if let (true, Some((id, _))) = (starts_id, line.split_once('=')) {
            let id = id.trim_end();
            let is_id = id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if is_id {
                out.push((id, offset));
            }
        }
        offset += line.len();
    }
    out
}

/// An error for every key of the site's catalogue that the theme's English
/// catalogue does not define, at its line and column, with the likeliest
/// key meant.
pub fn unknown_keys(site_text: &str, known: &[String]) -> Vec<Diagnostic> {
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    keys(site_text)
        .into_iter()
        .filter(|(k, _)| !known.contains(k))
        .map(|(k, offset)| {
            let (line, col) = line_col(site_text, offset);
            let d = Diagnostic::error(
                super::SITE_FILE,
                "unknown-translation",
                format!("`{k}` is not a key of the theme's catalogue, so it changes nothing"),
            )
            .at(line, col);
            match did_you_mean(k, known.iter().copied()) {
                Some(m) => d.help(format!("did you mean `{m}`?")),
                None => d.help("the keys are listed in themes/default/i18n/en.ftl"),
            }
        })
        .collect()
}
