//! What a page is made from, gathered once for its key and again to render
//! it: the one place where a large value already keyed (a story's HTML, a
//! card, a member ref) stands in a page's key as that key instead of its bytes.
//!
//! `incremental::keys` hashes every job's `Source` built in `Mode::Key`;
//! `render_job` builds the same `Source` in `Mode::Render` and renders it.
//! Both run the same code, so a value a page reads is in its key whatever
//! the page reads: there is no list of inputs to keep in step.

use serde::Serialize;
use serde_json::{json, Value};
use tera::Context as TeraContext;

use crate::incremental::fingerprint::{Fp, FpHasher};

/// Why a job's source is being gathered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// To hash it: keyed values are their keys (nothing is rendered).
    Key,
    /// To render it: keyed values are themselves.
    Render,
}

impl Mode {
    /// `value()` as a template receives it, or in `Mode::Key` its `key`,
    /// which must be a fingerprint of everything `value()` is made from.
    /// An object either way, so a page may add fields to it.
    pub fn keyed<T: Serialize>(self, key: Fp, value: impl FnOnce() -> T) -> Value {
        match self {
            Mode::Key => json!({ "$key": key.hex() }),
            Mode::Render => serde_json::to_value(value()).unwrap_or_default(),
        }
    }

    /// `f(arg)` as a template receives it, or in `Mode::Key` `arg` itself
    /// (with `f`'s name): `f` must capture nothing (checked when compiled:
    /// a function, or a closure of size zero), so what it makes depends on
    /// `arg` and on potluck alone, which every key covers. For values that
    /// cost more to make than their inputs cost to hash (share links,
    /// JSON-LD text).
    pub fn pure<A: Serialize, T: Serialize>(self, f: impl Fn(A) -> T, arg: A) -> Value {
        fn name<F>(_: &F) -> &'static str {
            const {
                assert!(
                    std::mem::size_of::<F>() == 0,
                    "a pure value's function captures nothing"
                )
            };
            std::any::type_name::<F>()
        }
        let name = name(&f);
        match self {
            Mode::Key => json!({ "$pure": name, "$arg": arg }),
            Mode::Render => serde_json::to_value(f(arg)).unwrap_or_default(),
        }
    }
}

/// What one output file is made from.
pub enum Source {
    /// An HTML page: its template and its context (besides the shared
    /// `base` context, which every key covers).
    Page {
        template: &'static str,
        ctx: TeraContext,
    },
    /// An Atom feed, its stories' HTML keyed.
    Feed(crate::render::feeds::Atom),
    /// A file as cheap to make as its inputs are to gather (sitemap,
    /// badge, search index, ...): its bytes are what it is made from.
    Bytes(Vec<u8>),
    /// A social card: what it is drawn from (pictures as their keys). It
    /// reads no template and no shared context, so its key leaves them out:
    /// a new story or theme does not redraw 10,000 cards.
    Card(crate::render::cards::SocialCard),
}

impl Source {
    /// Whether the output is made from its source alone, without the
    /// templates and the shared context every page reads.
    pub fn is_standalone(&self) -> bool {
        matches!(self, Source::Card(_))
    }

    /// Feeds what the source is into `h`.
    pub fn hash_into(self, h: &mut FpHasher) {
        match self {
            Source::Page { template, ctx } => {
                h.add("page").add(template).add_serialized(&ctx.into_json());
            }
            Source::Feed(atom) => {
                h.add("feed").add_serialized(&atom);
            }
            Source::Bytes(bytes) => {
                h.add("bytes").add(&bytes);
            }
            Source::Card(card) => {
                h.add("card").add_serialized(&card);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn upper(s: &str) -> String {
        s.to_uppercase()
    }

    fn lower(s: &str) -> String {
        s.to_lowercase()
    }

    #[test]
    fn a_pure_value_is_keyed_by_its_function_and_argument() {
        assert_eq!(Mode::Render.pure(upper, "a"), json!("A"));
        let key = |v: Value| crate::incremental::fingerprint::of_serialized(&v);
        let a = key(Mode::Key.pure(upper, "a"));
        assert_eq!(a, key(Mode::Key.pure(upper, "a")));
        assert_ne!(a, key(Mode::Key.pure(upper, "b")));
        assert_ne!(a, key(Mode::Key.pure(lower, "a")));
    }
}
