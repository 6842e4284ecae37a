//! A story's Markdown source, shared and measured once.
//!
//! `serve` rebuilds a site of thousands of stories after every save; the
//! model is assembled again each time. A `Body` makes that cheap: cloning
//! it shares the text instead of copying it, and what every build needs of
//! the text (its fingerprint for Markdown keys, its word count for reading
//! times) is computed once, when the file is parsed, instead of once per build.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::incremental::fingerprint::{self, Fp};

#[derive(Clone)]
pub struct Body {
    /// The text is `text[start..end]`: bodies read from the parse cache's
    /// store share the block they were read in (no copy each). An
    /// `Arc<String>`, not `Arc<str>`: a block read from disk becomes one
    /// without being copied (an `Arc<str>` is made by copying its text, and
    /// a warm build reads every story's text: tens of MB).
    text: Arc<String>,
    start: usize,
    end: usize,
    fp: Fp,
    words: usize,
}

impl Body {
    pub fn new(text: &str) -> Body {
        Body::from(text.to_string())
    }

    /// `block[start..end]`, whose fingerprint and word count were recorded
    /// with it; `None` when that is not a whole part of `block`.
    pub fn part(
        block: &Arc<String>,
        start: usize,
        end: usize,
        fp: Fp,
        words: usize,
    ) -> Option<Body> {
        block.get(start..end)?;
        Some(Body {
            text: Arc::clone(block),
            start,
            end,
            fp,
            words,
        })
    }

    /// The fingerprint of the text.
    pub fn fp(&self) -> &Fp {
        &self.fp
    }

    /// Runs of bytes between ASCII whitespace.
    pub fn words(&self) -> usize {
        self.words
    }

    pub fn as_str(&self) -> &str {
        &self.text[self.start..self.end]
    }
}

/// Words: runs of bytes between ASCII whitespace (a byte loop).
fn word_count(text: &str) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for b in text.bytes() {
        let space = b.is_ascii_whitespace();
        words += usize::from(!space && !in_word);
        in_word = !space;
    }
    words
}

impl Default for Body {
    fn default() -> Body {
        Body::new("")
    }
}

impl Deref for Body {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Body {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Body {
    fn from(text: &str) -> Body {
        Body::new(text)
    }
}

impl From<String> for Body {
    fn from(text: String) -> Body {
        Body {
            start: 0,
            end: text.len(),
            fp: fingerprint::of(text.as_str()),
            words: word_count(&text),
            text: Arc::new(text),
        }
    }
}

impl PartialEq<str> for Body {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Body {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// The fingerprint stands for the text: equal texts hash alike, and a
/// fingerprint of a story need not read its text again.
impl Hash for Body {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.fp.hash(state);
    }
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl Serialize for Body {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Body {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Body, D::Error> {
        let text = String::deserialize(d)?;
        Ok(Body::new(&text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_fingerprint_follow_the_text() {
        let b = Body::new("  two\twords\n");
        assert_eq!(b.words(), 2);
        assert_eq!(Body::new("").words(), 0);
        assert_eq!(b.fp(), Body::from("  two\twords\n".to_string()).fp());
        assert_ne!(b.fp(), Body::new("two words").fp());
        assert_eq!(fingerprint::of(&b), fingerprint::of(&b.clone()));
        assert_eq!(&*b, "  two\twords\n");
    }

    #[test]
    fn a_part_of_a_block_is_only_that_part() {
        let block = Arc::new("héllo world".to_string());
        let b = Body::part(&block, 7, 12, fingerprint::of("world"), 1).unwrap();
        assert_eq!(&*b, "world");
        assert_eq!(b.fp(), Body::new("world").fp());
        assert!(Body::part(&block, 2, 5, fingerprint::of(""), 0).is_none());
        assert!(Body::part(&block, 7, 40, fingerprint::of(""), 0).is_none());
    }
}
