//! The images step's memory between builds of one process (`serve`):
//! each image's size, each resized avatar and each bundle file as
//! published, by the file's stamp, so a rebuild neither reads image
//! headers again nor decodes and encodes images that did not change.

use std::convert::Infallible;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{AvatarFiles, Published};
use crate::incremental::file_memo::FileMemo;
use crate::util::diag::Diagnostic;

type Size = Option<(u32, u32)>;
/// A member's handle and avatar file.
type AvatarKey = (String, PathBuf);

/// Sizes, avatars and published bundle files seen by the last build.
#[derive(Default)]
pub struct ImageMemo {
    sizes: FileMemo<PathBuf, Size>,
    avatars: FileMemo<AvatarKey, Arc<AvatarFiles>>,
    bundle: FileMemo<PathBuf, Arc<Published>>,
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
