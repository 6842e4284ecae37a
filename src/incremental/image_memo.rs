//! What a process that builds again (`serve`) keeps of images between
//! builds: each image's size and each resized avatar, by the file's
//! metadata, so a rebuild neither reads image headers again nor resizes
//! avatars that did not change.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::incremental::fingerprint::{self, Fp};
use crate::render::images::AvatarFiles;
use crate::util::diag::Diagnostic;

/// `fingerprint::file_stamp` of the file.
type Stamp = Fp;

type Size = Option<(u32, u32)>;
/// A member's handle and avatar file.
type AvatarKey = (String, PathBuf);
type Avatar = (Stamp, Arc<AvatarFiles>);

/// Sizes and avatars seen by the last build; the next build's are made
/// while it runs, so files no longer used are forgotten.
#[derive(Default)]
pub struct ImageMemo {
    sizes: HashMap<PathBuf, (Stamp, Size)>,
    avatars: HashMap<AvatarKey, Avatar>,
    next_sizes: Mutex<Vec<(PathBuf, (Stamp, Size))>>,
    next_avatars: Mutex<Vec<(AvatarKey, Avatar)>>,
}

impl ImageMemo {
    /// The size of the image at `path`, read by `read` unless the file is
    /// as it was.
    pub(crate) fn size(&self, path: &Path, read: impl FnOnce() -> Size) -> Size {
        let Some(now) = fingerprint::file_stamp(path) else {
            return read();
        };
        let size = match self.sizes.get(path) {
            Some((seen, size)) if *seen == now => *size,
            _ => read(),
        };
        if let Ok(mut next) = self.next_sizes.lock() {
            next.push((path.to_path_buf(), (now, size)));
        }
        size
    }

    /// `handle`'s avatar from `file`, made by `make` unless the file is as it was.
    pub(crate) fn avatar(
        &self,
        handle: &str,
        file: &Path,
        make: impl FnOnce() -> Result<AvatarFiles, Diagnostic>,
    ) -> Result<Arc<AvatarFiles>, Diagnostic> {
        let key = (handle.to_string(), file.to_path_buf());
        let Some(now) = fingerprint::file_stamp(file) else {
            return make().map(Arc::new);
        };
        let made = match self.avatars.get(&key) {
            Some((seen, files)) if *seen == now => Arc::clone(files),
            _ => Arc::new(make()?),
        };
        if let Ok(mut next) = self.next_avatars.lock() {
            next.push((key, (now, Arc::clone(&made))));
        }
        Ok(made)
    }

    /// What this build saw becomes the memo of the next one.
    pub fn advance(&mut self) {
        let sizes = std::mem::take(self.next_sizes.get_mut().unwrap_or_else(|e| e.into_inner()));
        self.sizes = sizes.into_iter().collect();
        let avatars = std::mem::take(
            self.next_avatars
                .get_mut()
                .unwrap_or_else(|e| e.into_inner()),
        );
        self.avatars = avatars.into_iter().collect();
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
