//! What a contributor's media file may be, and the one reading of it that
//! `check` and `build` share: by extension and by content (magic bytes),
//! images decoded under the limits of `raster` or reduced by `svg`, audio
//! and video recognised by their first bytes. Anything else is refused.

use std::io::Read;
use std::path::Path;

use image::DynamicImage;

use super::raster::{self, Raster};
use super::svg;
use crate::util::diag::Diagnostic;

/// What a story bundle may hold, for messages and the docs.
pub const ALLOWED: &str =
    "images (.png, .jpg, .jpeg, .webp, .svg), audio (.mp3, .ogg, .m4a) and video (.mp4, .webm)";

/// The largest image file read at all (larger ones are refused unread).
pub const MAX_IMAGE_FILE: u64 = 64 * 1024 * 1024;

/// The kinds of media a contributor may send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Raster(Raster),
    Svg,
    /// Audio and video, published as sent once their first bytes match the extension.
    Sound(&'static str),
    Video(&'static str),
}

impl Kind {
    /// The kind a file's extension promises, if it is one potluck publishes.
    pub fn of(path: &Path) -> Option<Kind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        if let Some(r) = Raster::of_ext(&ext) {
            return Some(Kind::Raster(r));
        }
        match ext.as_str() {
            "svg" => Some(Kind::Svg),
            "mp3" => Some(Kind::Sound("MP3")),
            "ogg" => Some(Kind::Sound("Ogg")),
            "m4a" => Some(Kind::Sound("M4A")),
            "mp4" => Some(Kind::Video("MP4")),
            "webm" => Some(Kind::Video("WebM")),
            _ => None,
        }
    }

    pub fn is_image(self) -> bool {
        matches!(self, Kind::Raster(_) | Kind::Svg)
    }
}

/// A media file, read and accepted.
pub enum Checked {
    Raster(DynamicImage, Raster),
    /// The sanitized text.
    Svg(String),
    /// Audio or video, published as it is.
    AsIs,
}

/// A refusal in the contributor's words, with the fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub message: String,
    pub help: String,
}

impl Refused {
    fn new(message: impl Into<String>, help: impl Into<String>) -> Self {
        Refused {
            message: message.into(),
            help: help.into(),
        }
    }

    /// The diagnostic for the file shown as `path`.
    pub fn at(self, path: &str, code: &'static str) -> Diagnostic {
        Diagnostic::error(path, code, self.message).help(self.help)
    }
}

impl From<raster::Refusal> for Refused {
    fn from(r: raster::Refusal) -> Self {
        Refused::new(r.to_string(), r.help())
    }
}

/// The error for a file of `len` bytes over the site's `check.max_asset_kb`,
/// shown as `path`: the one wording `check` and `build` share.
pub fn too_large(path: &str, len: u64, max_kb: u64) -> Diagnostic {
    Diagnostic::error(
        path,
        "large-file",
        format!(
            "file is {} KiB, more than the {max_kb} KiB allowed",
            len.div_ceil(1024)
        ),
    )
    .help("shrink it (a photo 2000 pixels wide saved as .jpg or .webp is plenty), or raise `check.max_asset_kb` in site.yaml")
}

/// Why a contributor's file is not read.
pub enum Unread {
    /// Larger than the site allows (`check.max_asset_kb`): its length.
    TooLarge(u64),
    Refused(Refused),
}

impl Unread {
    /// The diagnostic for the file shown as `path`.
    pub fn at(self, path: &str, code: &'static str, max_kb: u64) -> Diagnostic {
        match self {
            Unread::TooLarge(len) => too_large(path, len, max_kb),
            Unread::Refused(r) => r.at(path, code),
        }
    }
}

impl From<Refused> for Unread {
    fn from(r: Refused) -> Self {
        Unread::Refused(r)
    }
}

/// Reads a contributor's file at `path` (the file system's) as media of
/// kind `kind`, refusing it unread when it is over `max_kb` KiB: the limit
/// `check` applies, so the build never spends minutes and gigabytes on
/// files a pull request's check refused (twenty 36 MB photos took 20 s and
/// 1.5 GiB to encode again).
pub fn read_contributed(path: &Path, kind: Kind, max_kb: u64) -> Result<Checked, Unread> {
    let len = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if len > max_kb.saturating_mul(1024) {
        return Err(Unread::TooLarge(len));
    }
    Ok(read_file(path, kind)?)
}

/// Reads the file at `path` (the file system's) as media of kind `kind`.
pub fn read_file(path: &Path, kind: Kind) -> Result<Checked, Refused> {
    let cannot = |e: std::io::Error| {
        Refused::new(
            format!("cannot read the file: {e}"),
            "check the file's permissions",
        )
    };
    let file = std::fs::File::open(path).map_err(cannot)?;
    let len = file.metadata().map_err(cannot)?.len();
    let limit = if kind.is_image() { MAX_IMAGE_FILE } else { 16 };
    if kind.is_image() && len > limit {
        return Err(Refused::new(
            format!(
                "the image file is {} MiB, more than the {} MiB potluck reads",
                len >> 20,
                limit >> 20
            ),
            "save it smaller (2000 pixels on the longest side is plenty for the web)",
        ));
    }
    let mut bytes = Vec::with_capacity(len.min(limit) as usize);
    file.take(limit).read_to_end(&mut bytes).map_err(cannot)?;
    read(&bytes, kind)
}

/// Checks `bytes` (the whole file, or at least the first 16 bytes of audio
/// and video) as media of kind `kind`.
pub fn read(bytes: &[u8], kind: Kind) -> Result<Checked, Refused> {
    match kind {
        Kind::Raster(format) => raster::decode(bytes, format)
            .map(|img| Checked::Raster(img, format))
            .map_err(Refused::from),
        Kind::Svg => svg::sanitize(bytes)
            .map(Checked::Svg)
            .map_err(|e| Refused::new(e.to_string(), e.help())),
        Kind::Sound(name) | Kind::Video(name) => {
            if magic_matches(bytes, kind) {
                Ok(Checked::AsIs)
            } else {
                Err(Refused::new(
                    format!("the file is not an {name} file (its first bytes say otherwise)"),
                    format!("export it again as {name}, or give it the extension of what it is"),
                ))
            }
        }
    }
}

/// Whether the first bytes are those of the format the extension names.
fn magic_matches(b: &[u8], kind: Kind) -> bool {
    let ftyp = b.get(4..8) == Some(b"ftyp");
    match kind {
        Kind::Sound("MP3") => {
            b.starts_with(b"ID3") || (b.len() > 1 && b[0] == 0xFF && b[1] & 0xE0 == 0xE0)
        }
        Kind::Sound("Ogg") => b.starts_with(b"OggS"),
        Kind::Sound("M4A") | Kind::Video("MP4") => ftyp,
        Kind::Video("WebM") => b.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]),
        _ => false,
    }
}

/// The message for a bundle file that is no media potluck publishes.
pub fn not_media() -> Refused {
    Refused::new(
        "a story bundle may hold only media files, and this is not one",
        format!("a bundle may hold {ALLOWED}; remove the file, or link to it elsewhere"),
    )
}

/// Published bytes and, when the image says, its pixel size.
pub type Made = (Vec<u8>, Option<(u32, u32)>);

/// What is published for an accepted file: its bytes and pixel size
/// (`None` for audio and video, which are copied as they are).
pub fn publish(checked: &Checked) -> Result<Option<Made>, Refused> {
    Ok(match checked {
        Checked::Raster(img, format) => {
            let bytes = raster::encode(img, *format)?;
            Some((bytes, Some((img.width(), img.height()))))
        }
        Checked::Svg(text) => Some((text.clone().into_bytes(), svg::dimensions(text))),
        Checked::AsIs => None,
    })
}
