//! Content files' text, read once on demand: to place a problem on the line of
//! a front-matter key, and to show that line under the message.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::load::frontmatter;

/// Files read so far, by path relative to the site root.
pub struct Sources {
    root: PathBuf,
    texts: HashMap<String, Option<String>>,
}

impl Sources {
    pub fn new(root: &Path) -> Sources {
        Sources {
            root: root.to_path_buf(),
            texts: HashMap::new(),
        }
    }

    /// The file's text; None when it cannot be read as text.
    pub fn text(&mut self, path: &str) -> Option<&str> {
        let root = &self.root;
        self.texts
            .entry(path.to_string())
            .or_insert_with(|| std::fs::read_to_string(root.join(path)).ok())
            .as_deref()
    }

    /// Line `line` (1-based) of the file, without its line ending.
    pub fn line(&mut self, path: &str, line: usize) -> Option<&str> {
        let text = self.text(path)?;
        text.lines()
            .nth(line.checked_sub(1)?)
            .map(|l| l.trim_end_matches('\r'))
    }

    /// File line and column of a top-level front-matter key; (0, 0) when absent.
    pub fn key_position(&mut self, path: &str, key: &str) -> (usize, usize) {
        let Some(text) = self.text(path) else {
            return (0, 0);
        };
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        frontmatter::split(text)
            .ok()
            .and_then(|s| {
                frontmatter::key_position(s.yaml, key).map(|(l, c)| (l + s.yaml_line - 1, c))
            })
            .unwrap_or((0, 0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_key_positions() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a.md"),
            "---\r\ntitle: A\r\ndate: 2024-01-01\r\n---\r\nBody\r\n",
        )
        .unwrap();
        let mut s = Sources::new(dir.path());
        assert_eq!(s.line("a.md", 2), Some("title: A"));
        assert_eq!(s.line("a.md", 9), None);
        assert_eq!(s.line("a.md", 0), None);
        assert_eq!(s.key_position("a.md", "date"), (3, 1));
        assert_eq!(s.key_position("a.md", "summary"), (0, 0));
        assert_eq!(s.line("missing.md", 1), None);
    }
}
