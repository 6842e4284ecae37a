//! Member avatars, resized at build time: a square 256 px version for the
//! profile and a 64 px one for cards and lists, so pages never ship a
//! camera-sized photo to draw a 28 px circle.
//!
//! Raster avatars (PNG, JPEG, WebP) are centre-cropped to a square, scaled down
//! (never up) and written as `members/<handle>/avatar-<size>.<ext>` in their
//! own format (a square image already small enough keeps its bytes). SVG
//! avatars are copied as they are, as `avatar.svg`.
//!
//! Other images (story bundles, static files) are copied untouched; only their
//! size is read, so pages can give every `<img>` its width and height. The work is deterministic
//! (the same input gives the same bytes) and runs in parallel, one member per task.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::Path;
use std::sync::Arc;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType as PngFilter, PngEncoder};
use image::codecs::webp::WebPEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ImageFormat, ImageReader};
use rayon::prelude::*;

use crate::incremental::fingerprint::{self, Fp};
pub use crate::incremental::image_memo::ImageMemo;
use crate::model::{Member, Site};
use crate::util::diag::Diagnostic;

/// Side of the profile avatar, in pixels.
pub const LARGE: u32 = 256;
/// Side of the avatar on cards and lists, in pixels.
pub const SMALL: u32 = 64;
/// Nominal size given to SVG avatars (they scale to any size).
const SVG_SIZE: u32 = 256;
const JPEG_QUALITY: u8 = 85;

/// One member's avatar files, ready to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AvatarFiles {
    /// Output path of the profile-sized image, relative to the output root.
    pub large: String,
    /// Output path of the card-sized image (the same as `large` for SVG and tiny images).
    pub small: String,
    /// Pixel size of the `large` image.
    pub width: u32,
    pub height: u32,
    /// `(output path, bytes)` of every file to write.
    pub files: Vec<(String, Vec<u8>)>,
    /// A fingerprint of `files`, for the keys of the pages that show them.
    pub key: Fp,
}

impl AvatarFiles {
    fn new(large: String, small: String, side: u32, files: Vec<(String, Vec<u8>)>) -> Self {
        AvatarFiles {
            large,
            small,
            width: side,
            height: side,
            key: fingerprint::of(&files),
            files,
        }
    }
}

/// What pages need to know about the site's images.
#[derive(Debug, Clone, Default)]
pub struct Images {
    /// Parallel to `site.members`: the resized avatar, if the member has one.
    pub avatars: Vec<Option<Arc<AvatarFiles>>>,
    /// Pixel size of every other image in the output (story bundles, static
    /// files), by output path: templates and Markdown give images their size
    /// so the page does not jump when they arrive.
    pub sizes: HashMap<String, (u32, u32)>,
}

impl Images {
    /// The size of the image at output path `to` ("stories/a/map.png"), if known.
    pub fn size(&self, to: &str) -> Option<(u32, u32)> {
        self.sizes.get(to.trim_start_matches('/')).copied()
    }
}

/// Resizes avatars and reads the size of every other image, in parallel;
/// files that `memo` saw as they are now are not read again.
pub fn prepare(root: &Path, site: &Site, memo: &ImageMemo) -> Result<Images, Vec<Diagnostic>> {
    let avatars = avatars(root, &site.members, memo)?;
    let sizes = site
        .assets
        .par_iter()
        .filter(|a| is_image(&a.from))
        .filter_map(|a| {
            let path = root.join(&a.from);
            memo.size(&path, || dimensions(&path))
                .map(|d| (a.to.clone(), d))
        })
        .collect();
    Ok(Images { avatars, sizes })
}

/// Whether `dimensions` can tell the file's size (by its extension).
fn is_image(path: &Path) -> bool {
    path.extension().is_some_and(|e| {
        let e = e.to_string_lossy().to_ascii_lowercase();
        matches!(e.as_str(), "png" | "jpg" | "jpeg" | "webp" | "svg")
    })
}

/// Width and height of a PNG, JPEG, WebP or SVG file, reading only its header;
/// `None` for other files and images whose size cannot be told.
pub fn dimensions(path: &Path) -> Option<(u32, u32)> {
    let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
    match ext.as_str() {
        "png" | "jpg" | "jpeg" | "webp" => ImageReader::open(path)
            .ok()?
            .with_guessed_format()
            .ok()?
            .into_dimensions()
            .ok(),
        "svg" => svg_dimensions(&std::fs::read_to_string(path).ok()?),
        _ => None,
    }
}

/// The size an SVG asks for: its `width` and `height` in pixels, else its viewBox.
fn svg_dimensions(text: &str) -> Option<(u32, u32)> {
    let start = text.find("<svg")?;
    let tag = &text[start..start + text[start..].find('>')?];
    let attr = |name: &str| {
        let at = tag.find(&format!(" {name}="))? + name.len() + 2;
        let quote = tag[at..].chars().next()?;
        let rest = &tag[at + 1..];
        Some(&rest[..rest.find(quote)?])
    };
    let px = |v: &str| -> Option<f64> { v.trim().trim_end_matches("px").parse().ok() };
    let (w, h) = match (attr("width").and_then(px), attr("height").and_then(px)) {
        (Some(w), Some(h)) => (w, h),
        _ => {
            let b: Vec<f64> = attr("viewBox")?
                .split([' ', ','])
                .filter(|s| !s.is_empty())
                .map(str::parse)
                .collect::<Result<_, _>>()
                .ok()?;
            (*b.get(2)?, *b.get(3)?)
        }
    };
    (w >= 1.0 && h >= 1.0 && w < 100_000.0 && h < 100_000.0)
        .then(|| (w.round() as u32, h.round() as u32))
}

/// Processes every member's avatar, in parallel; the result is parallel to
/// `members` (`None` for members without one). Unreadable images are errors.
pub fn avatars(
    root: &Path,
    members: &[Member],
    memo: &ImageMemo,
) -> Result<Vec<Option<Arc<AvatarFiles>>>, Vec<Diagnostic>> {
    let results: Vec<Result<Option<Arc<AvatarFiles>>, Diagnostic>> = members
        .par_iter()
        .map(|m| match &m.avatar {
            None => Ok(None),
            Some(path) => memo
                .avatar(&m.handle, &root.join(path), || {
                    avatar(root, &m.handle, path)
                })
                .map(Some),
        })
        .collect();
    let mut out = Vec::with_capacity(results.len());
    let mut problems = Vec::new();
    for r in results {
        match r {
            Ok(a) => out.push(a),
            Err(d) => problems.push(d),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// Every avatar that cannot be read as an image, found without resizing
/// any: the validation `check` shares with the build.
pub fn avatar_problems(root: &Path, members: &[Member]) -> Vec<Diagnostic> {
    members
        .par_iter()
        .filter_map(|m| read_avatar(root, m.avatar.as_deref()?).err())
        .collect()
}

/// An avatar file, read and decoded.
enum Source {
    Svg(Vec<u8>),
    Raster {
        bytes: Vec<u8>,
        format: ImageFormat,
        img: DynamicImage,
    },
}

/// Reads an avatar (`path` relative to the site root); unreadable images are errors.
fn read_avatar(root: &Path, path: &Path) -> Result<Source, Diagnostic> {
    let shown = path.to_string_lossy().replace('\\', "/");
    let bytes = std::fs::read(root.join(path)).map_err(|e| {
        Diagnostic::error(&shown, "bad-avatar", format!("cannot read the avatar: {e}"))
    })?;
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if ext == "svg" {
        return Ok(Source::Svg(bytes));
    }
    let reader = ImageReader::new(Cursor::new(&bytes))
        .with_guessed_format()
        .map_err(|e| unreadable(&shown, e.to_string()))?;
    let format = reader
        .format()
        .filter(|f| matches!(f, ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP))
        .ok_or_else(|| unreadable(&shown, "not a PNG, JPEG or WebP image".into()))?;
    let img = reader
        .decode()
        .map_err(|e| unreadable(&shown, e.to_string()))?;
    Ok(Source::Raster { bytes, format, img })
}

fn unreadable(shown: &str, e: String) -> Diagnostic {
    Diagnostic::error(
        shown,
        "bad-avatar",
        format!("cannot read the avatar image: {e}"),
    )
    .help("save it again as a PNG, JPEG or WebP file")
}

/// One avatar: `path` is relative to the site root.
fn avatar(root: &Path, handle: &str, path: &Path) -> Result<AvatarFiles, Diagnostic> {
    let shown = path.to_string_lossy().replace('\\', "/");
    let dir = format!("members/{handle}");
    let (bytes, format, img) = match read_avatar(root, path)? {
        Source::Svg(bytes) => {
            let to = format!("{dir}/avatar.svg");
            return Ok(AvatarFiles::new(
                to.clone(),
                to.clone(),
                SVG_SIZE,
                vec![(to, bytes)],
            ));
        }
        Source::Raster { bytes, format, img } => (bytes, format, img),
    };
    let unreadable = |e: String| unreadable(&shown, e);
    let ext = match format {
        ImageFormat::Jpeg => "jpg",
        ImageFormat::WebP => "webp",
        _ => "png",
    };
    // A square image that needs no scaling keeps its original bytes.
    let untouched = img.width() == img.height();
    let square = crop_square(img);
    let side = square.width();
    let mut files = Vec::new();
    let mut variant = |target: u32| -> Result<String, Diagnostic> {
        let size = side.min(target);
        let to = format!("{dir}/avatar-{size}.{ext}");
        if !files.iter().any(|(p, _)| *p == to) {
            let data = if size == side && untouched {
                bytes.clone()
            } else if size == side {
                encode(&square, format).map_err(|e| unreadable(e.to_string()))?
            } else {
                let scaled = square.resize_exact(size, size, FilterType::Lanczos3);
                encode(&scaled, format).map_err(|e| unreadable(e.to_string()))?
            };
            files.push((to.clone(), data));
        }
        Ok(to)
    };
    let large = variant(LARGE)?;
    let small = variant(SMALL)?;
    Ok(AvatarFiles::new(large, small, side.min(LARGE), files))
}

/// The centred square of the image (avatars are shown as circles).
fn crop_square(img: DynamicImage) -> DynamicImage {
    let (w, h) = (img.width(), img.height());
    if w == h {
        return img;
    }
    let side = w.min(h);
    img.crop_imm((w - side) / 2, (h - side) / 2, side, side)
}

/// Encodes in the avatar's own format: PNG and WebP losslessly, JPEG at quality 85.
fn encode(img: &DynamicImage, format: ImageFormat) -> image::ImageResult<Vec<u8>> {
    let mut out = Vec::new();
    match format {
        ImageFormat::Jpeg => {
            DynamicImage::ImageRgb8(img.to_rgb8())
                .write_with_encoder(JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY))?;
        }
        ImageFormat::WebP => {
            DynamicImage::ImageRgba8(img.to_rgba8())
                .write_with_encoder(WebPEncoder::new_lossless(&mut out))?;
        }
        _ => img.write_with_encoder(PngEncoder::new_with_quality(
            &mut out,
            CompressionType::Best,
            PngFilter::Adaptive,
        ))?,
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage};

    fn png(w: u32, h: u32) -> Vec<u8> {
        // left half red, right half blue: the crop must keep the centre
        let img = RgbImage::from_fn(w, h, |x, _| {
            if x < w / 2 {
                Rgb([200, 0, 0])
            } else {
                Rgb([0, 0, 200])
            }
        });
        let mut out = Vec::new();
        DynamicImage::ImageRgb8(img)
            .write_with_encoder(PngEncoder::new(&mut out))
            .unwrap();
        out
    }

    fn run(file: &str, bytes: &[u8]) -> Result<AvatarFiles, Diagnostic> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(file), bytes).unwrap();
        avatar(dir.path(), "alice", Path::new(file))
    }

    fn size_of(bytes: &[u8]) -> (u32, u32) {
        let img = image::load_from_memory(bytes).unwrap();
        (img.width(), img.height())
    }

    #[test]
    fn a_large_photo_becomes_256_and_64_px_squares() {
        let a = run("alice.png", &png(800, 600)).unwrap();
        assert_eq!(a.large, "members/alice/avatar-256.png");
        assert_eq!(a.small, "members/alice/avatar-64.png");
        assert_eq!((a.width, a.height), (256, 256));
        assert_eq!(size_of(&a.files[0].1), (256, 256));
        assert_eq!(size_of(&a.files[1].1), (64, 64));
    }

    #[test]
    fn a_small_image_is_never_scaled_up() {
        let a = run("alice.png", &png(48, 48)).unwrap();
        assert_eq!(a.large, "members/alice/avatar-48.png");
        assert_eq!(a.small, a.large);
        assert_eq!(a.files.len(), 1);
        assert_eq!((a.width, a.height), (48, 48));
        assert_eq!(a.files[0].1, png(48, 48), "kept byte for byte");
    }

    #[test]
    fn the_crop_keeps_the_centre() {
        // 300x100: the centred 100x100 square straddles the red/blue border
        let a = run("alice.png", &png(300, 100)).unwrap();
        let img = image::load_from_memory(&a.files[0].1).unwrap().to_rgb8();
        assert_eq!(img.dimensions(), (100, 100));
        assert_eq!(img.get_pixel(10, 50)[0], 200, "left of centre is red");
        assert_eq!(img.get_pixel(90, 50)[2], 200, "right of centre is blue");
    }

    #[test]
    fn jpeg_stays_jpeg_and_output_is_deterministic() {
        let img = DynamicImage::ImageRgb8(RgbImage::from_pixel(400, 400, Rgb([10, 120, 80])));
        let mut jpg = Vec::new();
        img.write_with_encoder(JpegEncoder::new(&mut jpg)).unwrap();
        let a = run("alice.jpeg", &jpg).unwrap();
        let b = run("alice.jpeg", &jpg).unwrap();
        assert_eq!(a.large, "members/alice/avatar-256.jpg");
        assert_eq!(
            image::guess_format(&a.files[0].1).unwrap(),
            ImageFormat::Jpeg
        );
        assert_eq!(a, b);
    }

    #[test]
    fn svg_sizes_come_from_width_and_height_or_the_viewbox() {
        let svg = |attrs: &str| {
            svg_dimensions(&format!(
                "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" {attrs}>"
            ))
        };
        assert_eq!(svg("width=\"640\" height=\"360px\""), Some((640, 360)));
        assert_eq!(svg("viewBox=\"0 0 800 450\""), Some((800, 450)));
        assert_eq!(
            svg("width='100%' height='50%' viewBox='0,0,30.4,20'"),
            Some((30, 20))
        );
        assert_eq!(svg("width=\"10em\""), None);
    }

    #[test]
    fn svg_is_copied_and_garbage_is_an_error() {
        let svg = b"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'/>";
        let a = run("alice.svg", svg).unwrap();
        assert_eq!(a.large, "members/alice/avatar.svg");
        assert_eq!(
            a.files,
            vec![("members/alice/avatar.svg".to_string(), svg.to_vec())]
        );
        let e = run("alice.png", b"not an image").unwrap_err();
        assert_eq!(e.code, "bad-avatar");
        assert!(e.path.ends_with("alice.png"), "{}", e.path);
    }
}
