//! Parsed content files kept between builds, by a fingerprint of the file's
//! bytes and of everything its parse depends on (its path, slug or handle,
//! the member handles, potluck itself). Only files that parsed without any
//! problem are kept, so warnings and errors are always found afresh.
//!
//! A cache kept on disk (`parse_store`) also maps each file's stamp (its
//! metadata, with what its parse depends on) to its content key, so a build
//! neither reads nor hashes a file whose stamp it has seen: the body comes
//! from the store. A stamp is recorded only for a file last changed well
//! before the build started: one changed in the same clock tick as it was
//! read could otherwise keep its stamp with other bytes.
//!
//! A process that builds again (`serve`) also keeps whole values by file
//! metadata, and, when its file watcher says which files changed, the walk
//! of content/ and each file's metadata: files the watcher did not report
//! are not even looked at again.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use super::parse_store;
use super::reuse::LastLoad;
use crate::incremental::fingerprint::{self, FileStamp, Fp};
pub use crate::load::memory::{Cached, Value, Walked};
use crate::load::memory::{Found, Memory};
use crate::load::{is_under, LoadOptions, Loaded};
use crate::model::{Body, Member, Site};
use crate::util::diag::Diagnostic;

/// How long before a build a file must have last changed to be known by
/// its stamp: longer than any file system's clock tick.
const SETTLE: Duration = Duration::from_secs(2);

/// A parsed file, and its body (shared with the value where it can be).
#[derive(Clone)]
pub struct Entry {
    pub(super) value: Value,
    pub(super) text: Body,
}

impl Entry {
    pub(super) fn new(value: Value) -> Entry {
        let text = value.body();
        Entry { value, text }
    }
}

/// A file stamp seen by a build that keeps its cache on disk.
struct Stamps {
    /// Stamp key -> content key, as read from the store.
    known: HashMap<Fp, Fp>,
    /// What this load saw, for the store.
    next: Mutex<HashMap<Fp, Fp>>,
    /// Files changed after this are not recorded by stamp.
    settled_before: SystemTime,
}

/// The cache read at the start of a load, and the one made during it.
#[derive(Default)]
pub struct ParseCache {
    entries: HashMap<Fp, Entry>,
    /// For a cache kept on disk: the stamps seen, and what was read.
    stamps: Option<Stamps>,
    stored: parse_store::Loaded,
    /// What this load parsed or found; becomes the cache of the next one.
    next: Mutex<HashMap<Fp, Entry>>,
    /// For a process that builds again (`serve`): whole values, body
    /// included, by the file's metadata, so unchanged files are not even read.
    by_stat: Option<HashMap<Fp, Arc<Value>>>,
    next_by_stat: Mutex<HashMap<Fp, Arc<Value>>>,
    /// The paths (relative to the root, `/` separated) reported changed
    /// since the last load; `None`: unknown, so every file is looked at.
    changed: Option<BTreeSet<String>>,
    /// The last walk of content/ and its problems.
    walked: Option<Walked>,
    /// Each file's metadata (size, time, inode) when last looked at.
    meta: HashMap<String, FileStamp>,
    /// Metadata read during this load (the rest is as it was).
    fresh_meta: Mutex<Vec<(String, FileStamp)>>,
    /// The members' identity problems, by the members' fingerprint.
    identity: Option<(Fp, Vec<Diagnostic>)>,
    /// The last load, for one that only swaps stories (`serve`).
    pub(crate) last: Option<LastLoad>,
    /// This load reused the last one and looked at only a few files: the
    /// entries of the others are carried over to the next load.
    carry: bool,
}

impl ParseCache {
    /// The cache stored in `dir` (by `save`); empty when there is none
    /// (then files are parsed). Files are then also known by their stamps.
    pub fn open(dir: &Path) -> ParseCache {
        let settled_before = SystemTime::now() - SETTLE;
        let mut stored = parse_store::read(dir);
        let stamps = Stamps {
            known: std::mem::take(&mut stored.stamps),
            next: Mutex::default(),
            settled_before,
        };
        ParseCache {
            entries: std::mem::take(&mut stored.entries),
            stamps: Some(stamps),
            stored,
            ..ParseCache::default()
        }
    }

    /// Stores what this load used in `dir`, for the next one.
    pub fn save(&mut self, dir: &Path) -> anyhow::Result<()> {
        let Some(stamps) = &mut self.stamps else {
            return Ok(());
        };
        let next = self.next.get_mut().unwrap_or_else(|e| e.into_inner());
        let next_stamps = stamps.next.get_mut().unwrap_or_else(|e| e.into_inner());
        self.stored.stamps = std::mem::take(&mut stamps.known);
        self.stored.entries = std::mem::take(&mut self.entries);
        parse_store::write(dir, &self.stored, next, next_stamps)
    }

    /// A cache that also trusts file metadata (kept in memory only).
    pub fn trusting_stat() -> ParseCache {
        ParseCache {
            by_stat: Some(HashMap::new()),
            ..ParseCache::default()
        }
    }

    /// The paths reported changed since the last load, if known.
    pub(crate) fn changed(&self) -> Option<&BTreeSet<String>> {
        self.changed.as_ref()
    }

    /// This load looked at only the files reported changed.
    pub(crate) fn carry_over(&mut self) {
        self.carry = true;
    }

    /// The build hands back the site the last load made, for the next load
    /// to start from (kept only by a cache that trusts metadata).
    pub fn keep_site(&mut self, site: Site) {
        if let Some(last) = &mut self.last {
            last.site = Some(site);
        }
    }

    /// Files reported changed since the last load; `None` when that is
    /// unknown (events were lost, or nobody watched): then the next load
    /// looks at every file. Reports add up until a load uses them.
    pub fn note_changes(&mut self, changed: Option<BTreeSet<String>>) {
        match (&mut self.changed, changed) {
            (Some(seen), Some(more)) => seen.extend(more),
            (seen, _) => *seen = None,
        }
    }

    /// This load's entries become the cache (for a process that builds again).
    pub fn advance(&mut self) {
        let carry = std::mem::take(&mut self.carry);
        let next = std::mem::take(self.next.get_mut().unwrap_or_else(|e| e.into_inner()));
        match carry {
            true => self.entries.extend(next),
            false => self.entries = next,
        }
        if let Some(by_stat) = &mut self.by_stat {
            let next = std::mem::take(
                self.next_by_stat
                    .get_mut()
                    .unwrap_or_else(|e| e.into_inner()),
            );
            match carry {
                true => by_stat.extend(next),
                false => *by_stat = next,
            }
            let fresh =
                std::mem::take(self.fresh_meta.get_mut().unwrap_or_else(|e| e.into_inner()));
            // After a load that looked at every file, only what it saw is
            // kept (no entries of deleted files); otherwise entries of files
            // not reported changed stay as they were. A file created again
            // at a path seen before is reported, so its entry is never used.
            if self.changed.is_none() {
                self.meta.clear();
            }
            self.meta.extend(fresh);
            // Nothing reported since this load yet; `note_changes` adds
            // (or forgets, when unknown) before the next one.
            self.changed = Some(BTreeSet::new());
        }
    }

    /// Whether the watcher said nothing of `path` (or of a folder holding
    /// it: a folder reported renamed or replaced counts for every file in it)
    /// since the last load; false when that is unknown.
    fn unreported(&self, path: &str) -> bool {
        let Some(changed) = &self.changed else {
            return false;
        };
        // Usually one path was saved: compare with it, not with every
        // prefix of every file's path.
        if changed.len() <= 8 {
            return !changed.iter().any(|c| c == path || is_under(path, c));
        }
        !(changed.contains(path)
            || path
                .match_indices('/')
                .any(|(i, _)| changed.contains(&path[..i])))
    }

    /// Whether the file `value`'s parse checked is still there. Not looked
    /// at again while the watcher reports nothing of it: it was there at
    /// the last load, which looked when it could not know.
    fn still_valid<T: Cached>(&self, value: &T, root: &Path) -> bool {
        let Some(file) = value.needs_file() else {
            return true;
        };
        let rel = file
            .to_string_lossy()
            .replace(std::path::MAIN_SEPARATOR, "/");
        self.unreported(&rel) || root.join(&file).is_file()
    }

    fn keep(&self, key: Fp, entry: Entry) {
        if let Ok(mut next) = self.next.lock() {
            next.insert(key, entry);
        }
    }
}

impl Memory for ParseCache {
    /// Whether files are known by their stamps (metadata).
    fn by_stamp(&self) -> bool {
        self.by_stat.is_some() || self.stamps.is_some()
    }

    fn trusts_stat(&self) -> bool {
        self.by_stat.is_some()
    }

    /// The last walk, when no file it found or might have found since was
    /// reported changed: every reported path under content/ is a regular
    /// file the walk found, or is gone and neither it nor anything in it was
    /// found (a file an editor made and removed while saving: vim's `4913`
    /// and `a.md~`, sed's temporary file), so nothing was added, removed or
    /// renamed.
    fn walk_if_unchanged(&self, root: &Path) -> Option<Walked> {
        let walked = self.walked.as_ref()?;
        let files = &walked.0;
        let same = self.changed.as_ref()?.iter().all(|p| {
            let in_content = p == "content" || p.starts_with("content/");
            !in_content
                || match root.join(p).symlink_metadata() {
                    Ok(m) => files.has(p) && m.file_type().is_file(),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        !files.has(p) && !files.has_under(p)
                    }
                    Err(_) => false,
                }
        });
        same.then(|| Arc::clone(walked))
    }

    fn keep_walk(&mut self, walked: Walked) {
        if self.trusts_stat() {
            self.walked = Some(walked);
        }
    }

    /// A fingerprint of a file's metadata; the one seen last time when the
    /// watcher did not report the file changed. `None` also for a file
    /// changed too recently to be known by its stamp from a store.
    fn meta_of(&self, root: &Path, path: &str) -> Option<FileStamp> {
        if let Some(stamps) = &self.stamps {
            let (fp, changed) = fingerprint::file_stamp_at(&root.join(path))?;
            return (changed < stamps.settled_before).then_some(fp);
        }
        if let Some(fp) = self.meta.get(path).filter(|_| self.unreported(path)) {
            return Some(*fp);
        }
        let fp = fingerprint::file_stamp(&root.join(path))?;
        if let Ok(mut fresh) = self.fresh_meta.lock() {
            fresh.push((path.to_string(), fp));
        }
        Some(fp)
    }

    /// `model::identity_problems`, computed again only when a member changed.
    fn identity_problems(
        &mut self,
        members: &[Member],
        added: &BTreeSet<String>,
    ) -> Vec<Diagnostic> {
        let fp = fingerprint::of(&(members, added));
        match &self.identity {
            Some((seen, problems)) if *seen == fp => problems.clone(),
            _ => {
                let problems = crate::load::identity::identity_problems(members, added);
                self.identity = Some((fp, problems.clone()));
                problems
            }
        }
    }

    /// The value of a file whose metadata has not changed.
    fn get_by_stat<T: Cached>(&self, key: &Fp, root: &Path) -> Option<T> {
        if let Some(stamps) = &self.stamps {
            let content = stamps.known.get(key)?;
            let value = self.get(content, root)?;
            if let Ok(mut next) = stamps.next.lock() {
                next.insert(*key, *content);
            }
            return Some(value);
        }
        let value = self.by_stat.as_ref()?.get(key)?;
        let v = T::unwrap(value)?;
        if !self.still_valid(&v, root) {
            return None;
        }
        if let Ok(mut next) = self.next_by_stat.lock() {
            next.insert(*key, Arc::clone(value));
        }
        // The content key's entry stays too, for when the metadata changes
        // but the bytes do not.
        Some(v)
    }

    /// Keeps a whole value by its file's metadata (`key`), when this cache
    /// trusts it, or the content key (`content`) by it, for a store.
    fn put_by_stat<T: Cached + Clone>(&self, key: Option<Fp>, content: Fp, value: &T) {
        let Some(key) = key else {
            return;
        };
        if let Some(stamps) = &self.stamps {
            if let Ok(mut next) = stamps.next.lock() {
                next.insert(key, content);
            }
            return;
        }
        if !self.trusts_stat() {
            return;
        }
        if let Ok(mut next) = self.next_by_stat.lock() {
            next.insert(key, Arc::new(value.clone().wrap()));
        }
    }

    /// The value parsed before from a file with the content key `key`.
    fn get<T: Cached>(&self, key: &Fp, root: &Path) -> Option<T> {
        let entry = self.entries.get(key)?;
        let value = T::unwrap(&entry.value)?;
        if !self.still_valid(&value, root) {
            return None;
        }
        self.keep(*key, entry.clone());
        Some(value)
    }

    /// Keeps a value parsed without problems.
    fn put<T: Cached + Clone>(&self, key: Fp, value: &T) {
        self.keep(key, Entry::new(value.clone().wrap()));
    }

    fn try_reuse(&mut self, root: &Path, opts: &LoadOptions) -> Option<Loaded> {
        super::reuse::try_reuse(root, opts, self)
    }

    fn keep_last(&mut self, found: Option<Found>) {
        let keep = self.trusts_stat();
        self.last = found.filter(|_| keep).map(LastLoad::new);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn reported(paths: &[&str]) -> ParseCache {
        let mut cache = ParseCache::trusting_stat();
        cache.changed = Some(paths.iter().map(|p| p.to_string()).collect());
        cache
    }

    /// A few reported paths are compared one by one, many are looked up by
    /// each folder of the file's path: both must answer alike.
    /// A copy of the small fixture site, and a cache folder beside it.
    fn small_site() -> (tempfile::TempDir, PathBuf, PathBuf) {
        let tmp = tempfile::tempdir().unwrap();
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small/in");
        let root = tmp.path().join("site");
        for e in walkdir::WalkDir::new(&from) {
            let e = e.unwrap();
            let to = root.join(e.path().strip_prefix(&from).unwrap());
            match e.file_type().is_dir() {
                true => std::fs::create_dir_all(&to).unwrap(),
                false => drop(std::fs::copy(e.path(), &to).unwrap()),
            }
        }
        let store = tmp.path().join("cache");
        (tmp, root, store)
    }

    /// Loads with the store, trusting stamps of files changed before `settled`.
    fn load_stored(root: &Path, store: &Path, settled: SystemTime) -> (Site, usize) {
        let mut cache = ParseCache::open(store);
        if let Some(stamps) = &mut cache.stamps {
            stamps.settled_before = settled;
        }
        let known = cache.stamps.as_ref().map_or(0, |s| s.known.len());
        let site = crate::load::load_with(root, &Default::default(), &mut cache)
            .site
            .unwrap();
        cache.save(store).unwrap();
        (site, known)
    }

    fn body_of<'a>(site: &'a Site, slug: &str) -> &'a str {
        let story = site.stories.iter().find(|s| s.slug == slug).unwrap();
        story.body.as_str()
    }

    #[test]
    fn a_story_edited_after_its_stamp_was_stored_is_read_again() {
        let (_tmp, root, store) = small_site();
        let later = SystemTime::now() + Duration::from_secs(3600);
        let (first, known) = load_stored(&root, &store, later);
        assert_eq!(known, 0);
        let (again, known) = load_stored(&root, &store, later);
        assert!(known > 0, "the first build recorded the files' stamps");
        assert_eq!(body_of(&again, "first-run"), body_of(&first, "first-run"));
        let path = root.join("content/stories/first-run.md");
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("{text}\nA line added.\n")).unwrap();
        let (edited, _) = load_stored(&root, &store, later);
        assert!(body_of(&edited, "first-run").ends_with("\nA line added.\n"));
        assert_eq!(
            body_of(&edited, "sizing-feedback"),
            body_of(&first, "sizing-feedback")
        );
    }

    #[test]
    fn files_changed_just_before_a_build_are_not_known_by_their_stamps() {
        let (_tmp, root, store) = small_site();
        let now = SystemTime::now() - SETTLE;
        load_stored(&root, &store, now);
        let (_, known) = load_stored(&root, &store, now);
        assert_eq!(known, 0, "a file could change again within its clock tick");
    }

    #[test]
    fn a_file_is_reported_by_its_path_or_a_folder_holding_it_however_many_were_reported() {
        let few = ["content/stories/a.md", "content/stories/b"];
        let many: Vec<String> = (0..20)
            .map(|i| format!("content/other/{i}.md"))
            .chain(few.iter().map(|p| p.to_string()))
            .collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        for cache in [reported(&few), reported(&many)] {
            assert!(!cache.unreported("content/stories/a.md"));
            assert!(!cache.unreported("content/stories/b/index.md"));
            assert!(cache.unreported("content/stories/bb/index.md"));
            assert!(cache.unreported("content/stories/a.md~"));
            assert!(cache.unreported("content/stories/c.md"));
        }
        assert!(!ParseCache::trusting_stat().unreported("content/stories/c.md"));
    }
}
