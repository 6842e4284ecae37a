//! The parse cache on disk: a folder of segment files, each written whole
//! by one build (to a temporary name, then renamed) and never changed. A
//! build that parsed a few files adds a small segment with them; one that
//! finds most of what was stored unused (or too many segments) writes one
//! segment with what it used and removes the segments it read. Segments
//! only add entries that are true for good (a content key and its parse,
//! a file stamp and its content key), so their order does not matter and
//! builds running side by side cannot spoil each other's.
//!
//! A segment: a header line, the length of its index, the index (bincode:
//! stamps, and entries without their bodies), then the bodies, one after
//! the other. Bodies are read in blocks of about a mebibyte that the
//! stories share (`Body::part`): no copy per story, and the transient
//! memory of loading is one block.

use std::collections::HashMap;
use std::fs;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context as _, Result};
use serde::{Deserialize, Serialize};

use super::parse_cache::{Entry, Value};
use crate::incremental::fingerprint::{self, Fp};
use crate::model::Body;

const HEADER: &[u8] = b"potluck-parsed 1\n";
/// Bodies are read in blocks of about this many bytes.
const BLOCK: usize = 1 << 20;
/// More segments than this are merged into one.
const MAX_SEGMENTS: usize = 32;

/// An entry as stored: its body is `bodies[start..end]` of its segment.
#[derive(Serialize, Deserialize)]
struct Stored<V> {
    value: V,
    start: u64,
    end: u64,
    fp: Fp,
    words: u64,
}

#[derive(Serialize, Deserialize)]
struct Index<V> {
    /// File stamp key -> content key.
    stamps: Vec<(Fp, Fp)>,
    entries: Vec<(Fp, Stored<V>)>,
}

type Segment = (Vec<(Fp, Fp)>, Vec<(Fp, Entry)>);

/// What the folder held when a build started.
#[derive(Default)]
pub struct Loaded {
    pub stamps: HashMap<Fp, Fp>,
    pub entries: HashMap<Fp, Entry>,
    /// The segments read, to be removed when merged.
    segments: Vec<PathBuf>,
    /// Stamps and entries read, counting repeats.
    records: usize,
}

/// Reads every segment in `dir`; a segment that cannot be read whole is
/// left out (its files are then read and parsed again).
pub fn read(dir: &Path) -> Loaded {
    let mut loaded = Loaded::default();
    let Ok(list) = fs::read_dir(dir) else {
        return loaded;
    };
    let mut paths: Vec<PathBuf> = list
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "seg"))
        .collect();
    paths.sort();
    for path in paths {
        if let Some((stamps, entries)) = read_segment(&path) {
            loaded.records += stamps.len() + entries.len();
            loaded.stamps.extend(stamps);
            loaded.entries.extend(entries);
        }
        loaded.segments.push(path);
    }
    loaded
}

/// A segment's stamps and entries, bodies in place.
fn read_segment(path: &Path) -> Option<Segment> {
    let mut file = fs::File::open(path).ok()?;
    let total = file.metadata().ok()?.len();
    let mut head = [0u8; HEADER.len() + 8];
    file.read_exact(&mut head).ok()?;
    let (magic, len) = head.split_at(HEADER.len());
    if magic != HEADER {
        return None;
    }
    let len = u64::from_le_bytes(len.try_into().ok()?);
    let bodies_len = total.checked_sub(head.len() as u64 + len)?;
    let mut bytes = vec![0u8; usize::try_from(len).ok()?];
    file.read_exact(&mut bytes).ok()?;
    let index: Index<Value> = bincode::deserialize(&bytes).ok()?;
    drop(bytes);
    // Bodies follow one another, from the first byte to the last.
    let mut at = 0;
    for (_, s) in &index.entries {
        if s.start != at || s.end < s.start {
            return None;
        }
        at = s.end;
    }
    if at != bodies_len {
        return None;
    }
    let mut entries = Vec::with_capacity(index.entries.len());
    let mut rest = index.entries.into_iter().peekable();
    while let Some((key, first)) = rest.next() {
        // A block: this body and those after it that end within BLOCK
        // bytes of its start (a long body is a block of its own).
        let mut group = vec![(key, first)];
        while let Some((_, next)) = rest.peek() {
            if next.end - group[0].1.start > BLOCK as u64 {
                break;
            }
            group.extend(rest.next());
        }
        let from = group[0].1.start;
        let len = usize::try_from(group[group.len() - 1].1.end - from).ok()?;
        let mut bytes = vec![0u8; len];
        file.read_exact(&mut bytes).ok()?;
        let block = Arc::new(String::from_utf8(bytes).ok()?);
        for (key, s) in group {
            let (start, end) = ((s.start - from) as usize, (s.end - from) as usize);
            let text = Body::part(&block, start, end, s.fp, s.words as usize)?;
            let mut value = s.value;
            value.set_body(&text);
            entries.push((key, Entry::new(value)));
        }
    }
    Some((index.stamps, entries))
}

/// Records what a build used: when little of what was read is unused and
/// there are few segments, only what is new (nothing when nothing is);
/// otherwise everything used, in one segment that replaces the others.
pub fn write(
    dir: &Path,
    loaded: &Loaded,
    used: &HashMap<Fp, Entry>,
    stamps: &HashMap<Fp, Fp>,
) -> Result<()> {
    let live = used.len() + stamps.len();
    let merge = loaded.segments.len() >= MAX_SEGMENTS || loaded.records > 2 * live + 64;
    let (new_stamps, new_entries): (Vec<_>, Vec<_>) = match merge {
        true => (stamps.iter().collect(), used.iter().collect()),
        false => (
            stamps
                .iter()
                .filter(|(k, v)| loaded.stamps.get(*k) != Some(*v))
                .collect(),
            used.iter()
                .filter(|(k, _)| !loaded.entries.contains_key(*k))
                .collect(),
        ),
    };
    if new_stamps.is_empty() && new_entries.is_empty() && !merge {
        return Ok(());
    }
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let written = write_segment(dir, &new_stamps, &new_entries)?;
    if merge {
        for old in loaded.segments.iter().filter(|p| **p != written) {
            let _ = fs::remove_file(old);
        }
    }
    Ok(())
}

/// Writes a segment (named by its index) and returns its path.
fn write_segment(dir: &Path, stamps: &[(&Fp, &Fp)], entries: &[(&Fp, &Entry)]) -> Result<PathBuf> {
    let mut at = 0u64;
    let index = Index {
        stamps: stamps.iter().map(|(k, v)| (**k, **v)).collect(),
        entries: entries
            .iter()
            .map(|(key, e)| {
                let start = at;
                at += e.text.len() as u64;
                let stored = Stored {
                    value: e.value.without_body(),
                    start,
                    end: at,
                    fp: *e.text.fp(),
                    words: e.text.words() as u64,
                };
                (**key, stored)
            })
            .collect(),
    };
    let bytes = bincode::serialize(&index)?;
    let name = fingerprint::of(&bytes).hex();
    let path = dir.join(format!("{}.seg", &name[..16]));
    let tmp = dir.join(format!("{}.tmp-{}", &name[..16], std::process::id()));
    let write = || -> std::io::Result<()> {
        let mut out = BufWriter::with_capacity(BLOCK, fs::File::create(&tmp)?);
        out.write_all(HEADER)?;
        out.write_all(&(bytes.len() as u64).to_le_bytes())?;
        out.write_all(&bytes)?;
        for (_, e) in entries {
            out.write_all(e.text.as_bytes())?;
        }
        out.flush()
    };
    write().with_context(|| format!("cannot write {}", tmp.display()))?;
    fs::rename(&tmp, &path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Page;

    fn entry(title: &str, body: &str) -> Entry {
        let page = Page {
            slug: title.into(),
            title: title.into(),
            summary: None,
            aliases: Vec::new(),
            body: body.into(),
            source: crate::model::Source {
                path: format!("content/pages/{title}.md"),
                body_line: 3,
            },
        };
        Entry::new(Value::Page(page))
    }

    #[test]
    fn segments_add_up_and_merge_into_one_when_mostly_unused() {
        let dir = tempfile::tempdir().unwrap();
        let a = (fingerprint::of("a"), entry("A", "ä body"));
        let b = (
            fingerprint::of("b"),
            entry("B", &"long body ".repeat(200_000)),
        );
        let stamp = (fingerprint::of("stamp"), a.0);
        let first: HashMap<_, _> = [a.clone()].into_iter().collect();
        write(dir.path(), &read(dir.path()), &first, &[stamp].into()).unwrap();
        let both: HashMap<_, _> = [a.clone(), b.clone()].into_iter().collect();
        write(dir.path(), &read(dir.path()), &both, &[stamp].into()).unwrap();
        let loaded = read(dir.path());
        assert_eq!(loaded.segments.len(), 2);
        assert_eq!(loaded.stamps.get(&stamp.0), Some(&a.0));
        assert_eq!(&*loaded.entries[&b.0].text, &*b.1.text);
        assert_eq!(&*loaded.entries[&a.0].text, "ä body");
        // Nothing new: nothing written.
        write(dir.path(), &loaded, &both, &[stamp].into()).unwrap();
        assert_eq!(read(dir.path()).segments.len(), 2);
        // Only `a` is used now, and most records are not: one segment.
        let many: HashMap<_, _> = (0..100)
            .map(|i| (fingerprint::of(&i), entry("x", "y")))
            .collect();
        write(dir.path(), &read(dir.path()), &many, &HashMap::new()).unwrap();
        write(dir.path(), &read(dir.path()), &first, &HashMap::new()).unwrap();
        let merged = read(dir.path());
        assert_eq!(merged.segments.len(), 1);
        assert_eq!(merged.entries.len(), 1);
        assert_eq!(&*merged.entries[&a.0].text, "ä body");
    }

    #[test]
    fn a_damaged_segment_is_left_out() {
        let dir = tempfile::tempdir().unwrap();
        let a = (fingerprint::of("a"), entry("A", "some body"));
        let used: HashMap<_, _> = [a].into_iter().collect();
        write(dir.path(), &Loaded::default(), &used, &HashMap::new()).unwrap();
        let seg = read(dir.path()).segments[0].clone();
        let bytes = fs::read(&seg).unwrap();
        fs::write(&seg, &bytes[..bytes.len() - 3]).unwrap();
        assert!(read(dir.path()).entries.is_empty());
    }
}
