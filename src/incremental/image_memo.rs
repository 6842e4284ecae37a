//! What a process that builds again (`serve`) keeps of images between
//! builds: each image's size, each resized avatar and each bundle file as
//! published, by the file's metadata, so a rebuild neither reads image
//! headers again nor decodes and encodes images that did not change.

use std::collections::HashMap;
use std::convert::Infallible;
use std::hash::Hash;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::incremental::fingerprint::{self, FileStamp as Stamp};
use crate::render::images::{AvatarFiles, Published};
use crate::util::diag::Diagnostic;

type Size = Option<(u32, u32)>;
/// A member's handle and avatar file.
type AvatarKey = (String, PathBuf);

/// What was made from files by the last build, by key and the file's stamp;
/// the next build's is gathered while it runs, so files no longer used are
/// forgotten.
struct Kept<K, V> {
    last: HashMap<K, (Stamp, V)>,
    next: Mutex<Vec<(K, (Stamp, V))>>,
}

impl<K, V> Default for Kept<K, V> {
    fn default() -> Self {
        Kept {
            last: HashMap::new(),
            next: Mutex::new(Vec::new()),
        }
    }
}

impl<K: Hash + Eq, V: Clone> Kept<K, V> {
    /// What the last build made from `file` under `key`, if the file is as
    /// it was; else what `make` makes now. Failures are not kept.
    fn get<E>(&self, key: K, file: &Path, make: impl FnOnce() -> Result<V, E>) -> Result<V, E> {
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

    fn advance(&mut self) {
        let next = std::mem::take(self.next.get_mut().unwrap_or_else(|e| e.into_inner()));
        self.last = next.into_iter().collect();
    }
}

/// Sizes, avatars and published bundle files seen by the last build.
#[derive(Default)]
pub struct ImageMemo {
    sizes: Kept<PathBuf, Size>,
    avatars: Kept<AvatarKey, Arc<AvatarFiles>>,
    bundle: Kept<PathBuf, Arc<Published>>,
}

impl ImageMemo {
    /// The size of the image at `path`, read by `read` unless the file is
    /// as it was.
    pub(crate) fn size(&self, path: &Path, read: impl FnOnce() -> Size) -> Size {
        let got = self
            .sizes
            .get(path.to_path_buf(), path, || Ok::<_, Infallible>(read()));
        match got {
            Ok(size) => size,
            Err(never) => match never {},
        }
    }

    /// `handle`'s avatar from `file`, made by `make` unless the file is as it was.
    pub(crate) fn avatar(
        &self,
        handle: &str,
        file: &Path,
        make: impl FnOnce() -> Result<AvatarFiles, Diagnostic>,
    ) -> Result<Arc<AvatarFiles>, Diagnostic> {
        let key = (handle.to_string(), file.to_path_buf());
        self.avatars.get(key, file, || make().map(Arc::new))
    }

    /// The bundle file at `file` as published, made by `make` unless the file is as it was.
    pub(crate) fn bundle(
        &self,
        file: &Path,
        make: impl FnOnce() -> Result<Arc<Published>, Diagnostic>,
    ) -> Result<Arc<Published>, Diagnostic> {
        self.bundle.get(file.to_path_buf(), file, make)
    }

    /// What this build saw becomes the memo of the next one.
    pub fn advance(&mut self) {
        self.sizes.advance();
        self.avatars.advance();
        self.bundle.advance();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_image_is_read_again_and_an_unchanged_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.svg");
        std::fs::write(&file, "one").unwrap();
        let mut memo = ImageMemo::default();
        assert_eq!(memo.size(&file, || Some((1, 1))), Some((1, 1)));
        memo.advance();
        assert_eq!(memo.size(&file, || Some((9, 9))), Some((1, 1)));
        memo.advance();
        std::fs::write(&file, "a longer file").unwrap();
        assert_eq!(memo.size(&file, || Some((2, 2))), Some((2, 2)));
    }

    #[test]
    fn a_file_not_seen_by_the_last_build_is_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.svg");
        std::fs::write(&file, "one").unwrap();
        let mut memo = ImageMemo::default();
        memo.size(&file, || Some((1, 1)));
        memo.advance();
        memo.advance();
        assert_eq!(memo.size(&file, || Some((3, 3))), Some((3, 3)));
    }
}
