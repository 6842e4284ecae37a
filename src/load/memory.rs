//! What load asks of a memory of earlier loads, and what it keeps there.
//! Load owns these types; `incremental::parse_cache` implements `Memory`
//! (so the incremental machinery depends on load, never the other way);
//! `NoMemory` is a load that remembers nothing.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::{LoadOptions, Loaded};
use crate::incremental::fingerprint::{FileStamp, Fp};
use crate::load::walk::Files;
use crate::model::{Body, Member, Page, Site, Story};
use crate::util::diag::Diagnostic;

/// The walk of content/ and its problems, shared between loads.
pub type Walked = Arc<(Files, Vec<Diagnostic>)>;

/// A parsed file, body left out.
#[derive(Clone, Serialize, Deserialize)]
pub enum Value {
    Story(Arc<Story>),
    Member(Member),
    Page(Page),
}

impl Value {
    /// The body (Markdown text, or a member's bio).
    pub fn body(&self) -> Body {
        match self {
            Value::Story(s) => s.body.clone(),
            Value::Member(m) => Body::new(&m.bio),
            Value::Page(p) => Body::new(&p.body),
        }
    }

    /// A copy without the body: what a store's index holds.
    pub fn without_body(&self) -> Value {
        match self {
            Value::Story(s) => {
                let mut s = Story::clone(s);
                s.body = Body::default();
                Value::Story(Arc::new(s))
            }
            Value::Member(m) => Value::Member(Member {
                bio: String::new(),
                ..m.clone()
            }),
            Value::Page(p) => Value::Page(Page {
                body: String::new(),
                ..p.clone()
            }),
        }
    }

    /// Puts the body back (into a value read from a store's index).
    pub fn set_body(&mut self, body: &Body) {
        match self {
            Value::Story(s) => Arc::make_mut(s).body = body.clone(),
            Value::Member(m) => m.bio = body.to_string(),
            Value::Page(p) => p.body = body.to_string(),
        }
    }
}

/// A content value that the cache can hold.
pub trait Cached: Sized {
    fn wrap(self) -> Value;
    fn unwrap(v: &Value) -> Option<Self>;
    /// A file the parse checked exists (relative to the root): a hit is
    /// only good while it still does.
    fn needs_file(&self) -> Option<PathBuf> {
        None
    }
}

/// Stories are shared, not copied: a `serve` rebuild takes thousands of
/// them from the cache and copies none.
impl Cached for Arc<Story> {
    fn wrap(self) -> Value {
        Value::Story(self)
    }
    fn unwrap(v: &Value) -> Option<Self> {
        match v {
            Value::Story(s) => Some(Arc::clone(s)),
            _ => None,
        }
    }
    fn needs_file(&self) -> Option<PathBuf> {
        match (&self.cover, &self.bundle) {
            (Some(cover), Some(bundle)) => Some(bundle.join(cover)),
            _ => None,
        }
    }
}

impl Cached for Member {
    fn wrap(self) -> Value {
        Value::Member(self)
    }
    fn unwrap(v: &Value) -> Option<Self> {
        match v {
            Value::Member(m) => Some(m.clone()),
            _ => None,
        }
    }
    fn needs_file(&self) -> Option<PathBuf> {
        self.avatar.clone()
    }
}

impl Cached for Page {
    fn wrap(self) -> Value {
        Value::Page(self)
    }
    fn unwrap(v: &Value) -> Option<Self> {
        match v {
            Value::Page(p) => Some(p.clone()),
            _ => None,
        }
    }
}

/// What a load found, kept for the next one (`Memory::keep_last`).
pub struct Found<'a> {
    pub walked: &'a Walked,
    pub opts: &'a LoadOptions,
    pub handles: Arc<BTreeSet<String>>,
    pub handles_fp: Fp,
    pub max_bytes: u64,
    /// Each story file's story, by walk index.
    pub stories: Vec<Option<Arc<Story>>>,
    pub diags: &'a [Diagnostic],
    pub site: &'a Site,
}

/// Parsed files and walks kept from earlier loads, as load uses them.
pub trait Memory: Sync {
    /// Whether files are known by their stamps (metadata).
    fn by_stamp(&self) -> bool;
    /// Whether file metadata is trusted without reading (`serve`).
    fn trusts_stat(&self) -> bool;
    /// The last walk, when nothing it found or might have found changed.
    fn walk_if_unchanged(&self, root: &Path) -> Option<Walked>;
    fn keep_walk(&mut self, walked: Walked);
    /// A fingerprint of a file's metadata, when it can stand for its bytes.
    fn meta_of(&self, root: &Path, path: &str) -> Option<FileStamp>;
    /// `identity::identity_problems`, computed again only when a member changed.
    /// (`added`: the handles a pull request adds, reported on their profiles).
    fn identity_problems(
        &mut self,
        members: &[Member],
        added: &BTreeSet<String>,
    ) -> Vec<Diagnostic>;
    /// The value of a file whose metadata (`key`) has not changed.
    fn get_by_stat<T: Cached>(&self, key: &Fp, root: &Path) -> Option<T>;
    /// Keeps a value by its file's metadata (`key`), with its content key.
    fn put_by_stat<T: Cached + Clone>(&self, key: Option<Fp>, content: Fp, value: &T);
    /// The value parsed before from a file with the content key `key`.
    fn get<T: Cached>(&self, key: &Fp, root: &Path) -> Option<T>;
    /// Keeps a value parsed without problems.
    fn put<T: Cached + Clone>(&self, key: Fp, value: &T);
    /// The last load with only the changed stories read again, when that
    /// is the whole change; `None`: load the usual way.
    fn try_reuse(&mut self, root: &Path, opts: &LoadOptions) -> Option<Loaded>;
    /// Keeps what this load found (`None`: it failed), for `try_reuse`.
    fn keep_last(&mut self, found: Option<Found>);
}

/// A memory that keeps nothing: every file is read and parsed.
pub struct NoMemory;

impl Memory for NoMemory {
    fn by_stamp(&self) -> bool {
        false
    }
    fn trusts_stat(&self) -> bool {
        false
    }
    fn walk_if_unchanged(&self, _: &Path) -> Option<Walked> {
        None
    }
    fn keep_walk(&mut self, _: Walked) {}
    fn meta_of(&self, _: &Path, _: &str) -> Option<FileStamp> {
        None
    }
    fn identity_problems(
        &mut self,
        members: &[Member],
        added: &BTreeSet<String>,
    ) -> Vec<Diagnostic> {
        super::identity::identity_problems(members, added)
    }
    fn get_by_stat<T: Cached>(&self, _: &Fp, _: &Path) -> Option<T> {
        None
    }
    fn put_by_stat<T: Cached + Clone>(&self, _: Option<Fp>, _: Fp, _: &T) {}
    fn get<T: Cached>(&self, _: &Fp, _: &Path) -> Option<T> {
        None
    }
    fn put<T: Cached + Clone>(&self, _: Fp, _: &T) {}
    fn try_reuse(&mut self, _: &Path, _: &LoadOptions) -> Option<Loaded> {
        None
    }
    fn keep_last(&mut self, _: Option<Found>) {}
}
