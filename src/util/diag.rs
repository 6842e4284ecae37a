//! Typed diagnostics: every problem names its file, line and column, and a fix.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    /// Not a problem: something a reviewing host should look at (a grant, a
    /// change to someone else's profile). Never fails a check by itself.
    Notice,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Notice => "notice",
        }
    }
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the site root, `/` separated.
    pub path: String,
    /// 1-based; 0 when the problem is about the whole file.
    pub line: usize,
    /// 1-based; 0 when the problem is about the whole file or line.
    pub col: usize,
    /// A short stable identifier ("unknown-field", "unknown-member", ...).
    pub code: &'static str,
    pub message: String,
    /// How to fix it; may be empty.
    pub help: String,
}

impl Diagnostic {
    pub fn error(path: impl Into<String>, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            line: 0,
            col: 0,
            code,
            message: message.into(),
            help: String::new(),
        }
    }

    pub fn warning(
        path: impl Into<String>,
        code: &'static str,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, code, message)
        }
    }

    pub fn notice(path: impl Into<String>, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Notice,
            ..Diagnostic::error(path, code, message)
        }
    }

    pub fn at(mut self, line: usize, col: usize) -> Self {
        self.line = line;
        self.col = col;
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = help.into();
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:col`, leaving out what is unknown.
    pub fn location(&self) -> String {
        match (self.line, self.col) {
            (0, _) => self.path.clone(),
            (l, 0) => format!("{}:{}", self.path, l),
            (l, c) => format!("{}:{}:{}", self.path, l, c),
        }
    }
}

impl fmt::Display for Diagnostic {
    /// `path:line:col: error: message` and, when there is one, an indented
    /// help line; for a terminal or CI log, so control characters in names
    /// are shown, never sent (`escape::terminal`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use super::escape::terminal;
        write!(
            f,
            "{}: {}: {}",
            terminal(&self.location()),
            self.severity.as_str(),
            terminal(&self.message)
        )?;
        if !self.help.is_empty() {
            write!(f, "\n  help: {}", terminal(&self.help))?;
        }
        Ok(())
    }
}

/// Sorts diagnostics by file, then position, so output is stable.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        (&a.path, a.line, a.col, a.severity, &a.message)
            .cmp(&(&b.path, b.line, b.col, b.severity, &b.message))
    });
}

/// The closest candidate to `word` by edit distance, if it is close enough to be a likely typo.
pub fn did_you_mean<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let limit = (word.chars().count() / 3).max(1) + 1;
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(word, c), c))
        .filter(|(d, c)| *d <= limit || c.starts_with(word) || word.starts_with(*c))
        .min_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(b.1)))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_has_location_and_help() {
        let d = Diagnostic::error(
            "content/stories/a.md",
            "unknown-field",
            "unknown field `tag`",
        )
        .at(4, 1)
        .help("did you mean `tags`?");
        assert_eq!(
            d.to_string(),
            "content/stories/a.md:4:1: error: unknown field `tag`\n  help: did you mean `tags`?"
        );
    }

    #[test]
    fn suggestions() {
        let fields = ["title", "tags", "thanks", "authors"];
        assert_eq!(did_you_mean("tag", fields), Some("tags"));
        assert_eq!(did_you_mean("author", fields), Some("authors"));
        assert_eq!(did_you_mean("zzzzzz", fields), None);
        assert_eq!(did_you_mean("bobb", ["bob", "carol"]), Some("bob"));
    }
}
