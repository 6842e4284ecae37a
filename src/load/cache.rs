//! Parsed content files kept between builds, by a fingerprint of the file's
//! bytes and of everything its parse depends on (its path, slug or handle,
//! the member handles, potluck itself). Only files that parsed without any
//! problem are kept, so warnings and errors are always found afresh.
//!
//! Bodies are not kept: they are a slice of the file, which is read anyway
//! to compute the key; entries keep the slice's position.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};

use crate::fingerprint::Fp;
use crate::model::{Member, Page, Story};

/// A parsed file, body left out.
#[derive(Clone, Serialize, Deserialize)]
pub enum Value {
    Story(Story),
    Member(Member),
    Page(Page),
}

#[derive(Clone, Serialize, Deserialize)]
struct Entry {
    value: Value,
    /// Byte range of the body in the file.
    body: (usize, usize),
}

/// The cache read at the start of a load, and the one made during it.
#[derive(Default)]
pub struct ParseCache {
    entries: HashMap<Fp, Entry>,
    /// What this load parsed or found; becomes the cache of the next one.
    next: Mutex<HashMap<Fp, Entry>>,
    /// For a process that builds again (`serve`): whole values, body
    /// included, by the file's metadata, so unchanged files are not even read.
    by_stat: Option<HashMap<Fp, Arc<Value>>>,
    next_by_stat: Mutex<HashMap<Fp, Arc<Value>>>,
}

/// A content value that the cache can hold.
pub trait Cached: Sized {
    fn wrap(self) -> Value;
    fn unwrap(v: &Value) -> Option<Self>;
    fn body_mut(&mut self) -> &mut String;
    /// Files the parse checked exist; a hit is only good while they still do.
    fn still_valid(&self, _root: &Path) -> bool {
        true
    }
}

impl Cached for Story {
    fn wrap(self) -> Value {
        Value::Story(self)
    }
    fn unwrap(v: &Value) -> Option<Self> {
        match v {
            Value::Story(s) => Some(s.clone()),
            _ => None,
        }
    }
    fn body_mut(&mut self) -> &mut String {
        &mut self.body
    }
    fn still_valid(&self, root: &Path) -> bool {
        match (&self.cover, &self.bundle) {
            (Some(cover), Some(bundle)) => root.join(bundle).join(cover).is_file(),
            _ => true,
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
    fn body_mut(&mut self) -> &mut String {
        &mut self.bio
    }
    fn still_valid(&self, root: &Path) -> bool {
        self.avatar.as_ref().is_none_or(|a| root.join(a).is_file())
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
    fn body_mut(&mut self) -> &mut String {
        &mut self.body
    }
}

impl ParseCache {
    /// The cache saved by `to_bytes`; empty when unreadable (then files are parsed).
    pub fn from_bytes(bytes: &[u8]) -> ParseCache {
        let entries = bincode::deserialize(bytes).unwrap_or_default();
        ParseCache {
            entries,
            ..ParseCache::default()
        }
    }

    /// What this load found, for the next one.
    pub fn to_bytes(&self) -> Vec<u8> {
        let next = self.next.lock().map(|n| n.clone()).unwrap_or_default();
        bincode::serialize(&next).unwrap_or_default()
    }

    /// A cache that also trusts file metadata (kept in memory only).
    pub fn trusting_stat() -> ParseCache {
        ParseCache {
            by_stat: Some(HashMap::new()),
            ..ParseCache::default()
        }
    }

    pub fn trusts_stat(&self) -> bool {
        self.by_stat.is_some()
    }

    /// This load's entries become the cache (for a process that builds again).
    pub fn advance(&mut self) {
        let next = std::mem::take(self.next.get_mut().unwrap_or_else(|e| e.into_inner()));
        self.entries = next;
        if self.by_stat.is_some() {
            let next = std::mem::take(
                self.next_by_stat
                    .get_mut()
                    .unwrap_or_else(|e| e.into_inner()),
            );
            self.by_stat = Some(next);
        }
    }

    /// The value of a file whose metadata has not changed.
    pub fn get_by_stat<T: Cached>(&self, key: &Fp, root: &Path) -> Option<T> {
        let value = self.by_stat.as_ref()?.get(key)?;
        let v = T::unwrap(value)?;
        if !v.still_valid(root) {
            return None;
        }
        if let Ok(mut next) = self.next_by_stat.lock() {
            next.insert(*key, Arc::clone(value));
        }
        // The content key's entry stays too, for when the metadata changes
        // but the bytes do not.
        Some(v)
    }

    /// Keeps a whole value by its file's metadata, when this cache trusts it.
    pub fn put_by_stat<T: Cached + Clone>(&self, key: Option<Fp>, value: &T) {
        let (Some(key), true) = (key, self.trusts_stat()) else {
            return;
        };
        if let Ok(mut next) = self.next_by_stat.lock() {
            next.insert(key, Arc::new(value.clone().wrap()));
        }
    }

    /// The value parsed from `text` before, with its body from `text`.
    pub fn get<T: Cached>(&self, key: &Fp, text: &str, root: &Path) -> Option<T> {
        let entry = self.entries.get(key)?;
        let (start, end) = entry.body;
        let body = text.get(start..end)?;
        let mut value = T::unwrap(&entry.value)?;
        if !value.still_valid(root) {
            return None;
        }
        *value.body_mut() = body.to_string();
        self.keep(*key, entry.clone());
        Some(value)
    }

    /// Keeps a value parsed from `text` without problems.
    pub fn put<T: Cached + Clone>(&self, key: Fp, text: &str, value: &T) {
        let mut value = value.clone();
        let body = std::mem::take(value.body_mut());
        // The body is a slice of the file; find where (it is its tail, or
        // close to it), and keep nothing if it is not there as it is.
        let Some(start) = text.rfind(body.as_str()) else {
            return;
        };
        self.keep(
            key,
            Entry {
                value: value.wrap(),
                body: (start, start + body.len()),
            },
        );
    }

    fn keep(&self, key: Fp, entry: Entry) {
        if let Ok(mut next) = self.next.lock() {
            next.insert(key, entry);
        }
    }
}
