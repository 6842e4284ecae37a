//! What a process that builds again (`serve`) keeps of what it made from
//! files, by each file's stamp (its metadata), so a rebuild does not make
//! it again from a file that did not change. The images step keeps image
//! sizes, resized avatars and published bundle files this way
//! (`render::images::ImageMemo`).

use std::collections::HashMap;
use std::hash::Hash;
use std::path::Path;
use std::sync::Mutex;

use crate::incremental::fingerprint::{self, FileStamp as Stamp};

/// What was made from files by the last build, by key and the file's stamp;
/// the next build's is gathered while it runs, so files no longer used are
/// forgotten.
pub struct FileMemo<K, V> {
    last: HashMap<K, (Stamp, V)>,
    next: Mutex<Vec<(K, (Stamp, V))>>,
}

impl<K, V> Default for FileMemo<K, V> {
    fn default() -> Self {
        FileMemo {
            last: HashMap::new(),
            next: Mutex::new(Vec::new()),
        }
    }
}

impl<K: Hash + Eq, V: Clone> FileMemo<K, V> {
    /// What the last build made from `file` under `key`, if the file is as
    /// it was; else what `make` makes now. Failures are not kept.
    pub fn get<E>(&self, key: K, file: &Path, make: impl FnOnce() -> Result<V, E>) -> Result<V, E> {
        let Some(now) = fingerprint::file_stamp(file) else {
            return make();
        };
        let made = match self.last.get(&key) {
            Some((seen, v)) if *seen == now => v.clone(),
            _ => make()?,
        };
        if let Ok(mut next) = self.next.lock() {
            next.push((key, (now, made.clone())));
        }
        Ok(made)
    }

    /// What this build saw becomes the memo of the next one.
    pub fn advance(&mut self) {
        let next = std::mem::take(self.next.get_mut().unwrap_or_else(|e| e.into_inner()));
        self.last = next.into_iter().collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::convert::Infallible;
    use std::path::PathBuf;

    type Size = Option<(u32, u32)>;

    /// The size memo's way: a reader that cannot fail.
    fn size(memo: &FileMemo<PathBuf, Size>, file: &Path, read: impl FnOnce() -> Size) -> Size {
        memo.get(file.to_path_buf(), file, || Ok::<_, Infallible>(read()))
            .unwrap_or_else(|never| match never {})
    }

    #[test]
    fn a_changed_image_is_read_again_and_an_unchanged_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.svg");
        std::fs::write(&file, "one").unwrap();
        let mut memo = FileMemo::default();
        assert_eq!(size(&memo, &file, || Some((1, 1))), Some((1, 1)));
        memo.advance();
        assert_eq!(size(&memo, &file, || Some((9, 9))), Some((1, 1)));
        memo.advance();
        std::fs::write(&file, "a longer file").unwrap();
        assert_eq!(size(&memo, &file, || Some((2, 2))), Some((2, 2)));
    }

    #[test]
    fn a_file_not_seen_by_the_last_build_is_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.svg");
        std::fs::write(&file, "one").unwrap();
        let mut memo = FileMemo::default();
        size(&memo, &file, || Some((1, 1)));
        memo.advance();
        memo.advance();
        assert_eq!(size(&memo, &file, || Some((3, 3))), Some((3, 3)));
    }
}
