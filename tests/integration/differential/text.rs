//! Helpers of the differential test: a seeded random source, and front matter
//! edited as text (key lines replaced, added or removed) so that the same
//! edits apply to the example site, a generated site and any other.

use std::fs;
use std::path::Path;

/// splitmix64: small, seeded, the same sequence on every platform.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    /// True one time in `n`.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    /// `k` distinct items of `xs` (fewer when `xs` is shorter).
    pub fn some<T: Clone>(&mut self, xs: &[T], k: usize) -> Vec<T> {
        let mut pool: Vec<T> = xs.to_vec();
        let mut out = Vec::new();
        while out.len() < k && !pool.is_empty() {
            out.push(pool.swap_remove(self.below(pool.len())));
        }
        out
    }

    /// A date between 2023-01-01 and 2026-11-28.
    pub fn date(&mut self) -> String {
        format!(
            "{}-{:02}-{:02}",
            2023 + self.below(4),
            1 + self.below(11),
            1 + self.below(28)
        )
    }
}

/// A file with front matter: its YAML lines and the text after it.
pub struct Doc {
    fm: Vec<String>,
    pub body: String,
}

impl Doc {
    pub fn read(path: &Path) -> Doc {
        let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let rest = text
            .strip_prefix("---\n")
            .unwrap_or_else(|| panic!("{}: no front matter", path.display()));
        let (fm, body) = rest
            .split_once("\n---\n")
            .unwrap_or_else(|| panic!("{}: front matter not closed", path.display()));
        Doc {
            fm: fm.lines().map(String::from).collect(),
            body: body.to_string(),
        }
    }

    pub fn write(&self, path: &Path) {
        fs::write(
            path,
            format!("---\n{}\n---\n{}", self.fm.join("\n"), self.body),
        )
        .unwrap();
    }

    /// A YAML file (site.yaml) edited the same way.
    pub fn read_yaml(text: &str) -> Doc {
        Doc {
            fm: text.lines().map(String::from).collect(),
            body: String::new(),
        }
    }

    pub fn yaml(&self) -> String {
        self.fm.join("\n") + "\n"
    }

    /// The lines of top-level `key` and its indented continuation.
    fn span(&self, key: &str) -> Option<(usize, usize)> {
        let head = format!("{key}:");
        let start = self.fm.iter().position(|l| l.starts_with(&head))?;
        let mut end = start + 1;
        while end < self.fm.len()
            && (self.fm[end].starts_with(' ') || self.fm[end].starts_with('-'))
        {
            end += 1;
        }
        Some((start, end))
    }

    /// Sets `key` to `value` (YAML; may span lines), where it was or at the end.
    pub fn set(&mut self, key: &str, value: &str) {
        let lines: Vec<String> = format!("{key}: {value}")
            .lines()
            .map(|l| l.trim_end().to_string())
            .collect();
        match self.span(key) {
            Some((s, e)) => {
                self.fm.splice(s..e, lines);
            }
            None => self.fm.extend(lines),
        }
    }

    pub fn remove(&mut self, key: &str) {
        if let Some((s, e)) = self.span(key) {
            self.fm.drain(s..e);
        }
    }

    pub fn has(&self, key: &str) -> bool {
        self.span(key).is_some()
    }

    /// A list written `[a, b]` or as `- a` lines.
    pub fn list(&self, key: &str) -> Vec<String> {
        let Some((s, e)) = self.span(key) else {
            return Vec::new();
        };
        let first = self.fm[s][key.len() + 1..].trim();
        let items: Vec<&str> = if let Some(inner) = first.strip_prefix('[') {
            inner.trim_end_matches(']').split(',').collect()
        } else {
            self.fm[s + 1..e]
                .iter()
                .filter_map(|l| l.trim().strip_prefix("- "))
                .collect()
        };
        items
            .iter()
            .map(|i| i.trim().trim_matches('"').to_string())
            .filter(|i| !i.is_empty())
            .collect()
    }

    /// Replaces the first line starting with `prefix` (indented keys).
    pub fn replace_line(&mut self, prefix: &str, line: &str) -> bool {
        match self.fm.iter_mut().find(|l| l.starts_with(prefix)) {
            Some(l) => {
                *l = line.to_string();
                true
            }
            None => false,
        }
    }
}

/// `[a, b]`.
pub fn flow(items: &[String]) -> String {
    format!("[{}]", items.join(", "))
}
