//! Contributor media made inert, and member avatars resized, at build time.
//!
//! Avatars become a square 256 px version for the profile and a 64 px one
//! for cards and lists (`members/<handle>/avatar-<size>.<ext>`), always
//! encoded afresh in their own format, so pages never ship a camera-sized
//! photo or its EXIF; SVG avatars are reduced to a safe subset (`svg`), as
//! `avatar.svg`. Story bundles may hold only media (`media::ALLOWED`):
//! raster images are decoded under fixed limits (`raster`) and encoded
//! again, SVG is sanitized, audio and video are copied once their first
//! bytes match their extension. `check` reads every file through the same
//! functions as the build (`problems`), so a file the build would refuse
//! fails the check.
//!
//! Static files (the brand's own) are copied untouched; only their size is
//! read from the header, so pages can give every `<img>` its width and
//! height. The work is deterministic (the same input gives the same bytes)
//! and runs in parallel.

pub mod media;
mod memo;
pub mod raster;
pub mod svg;

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use image::imageops::FilterType;
use image::DynamicImage;
use rayon::prelude::*;
use unicode_normalization::UnicodeNormalization;

use crate::incremental::fingerprint::{self, Fp};
use crate::model::{routes, Asset, Member, Site};
use crate::util::diag::Diagnostic;
use media::{Checked, Kind};
pub use memo::ImageMemo;

/// Side of the profile avatar, in pixels.
pub const LARGE: u32 = 256;
/// Side of the avatar on cards and lists, in pixels.
pub const SMALL: u32 = 64;
/// Nominal size given to SVG avatars (they scale to any size).
const SVG_SIZE: u32 = 256;

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

/// A bundle file as published: fresh bytes for images, `None` for audio
/// and video (copied as they are).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// Shared with the write step, which would otherwise copy every photo.
    pub bytes: Option<Arc<[u8]>>,
    pub size: Option<(u32, u32)>,
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
    /// The bytes published for bundle images (encoded again or sanitized),
    /// by output path; every other file is copied.
    pub published: HashMap<String, Arc<Published>>,
    /// The bytes of site.yaml's `brand.logo`, drawn on social cards.
    pub logo: Option<Arc<[u8]>>,
}

impl Images {
    /// The size of the image at output path `to` ("stories/a/map.png"), if known.
    pub fn size(&self, to: &str) -> Option<(u32, u32)> {
        self.sizes.get(to.trim_start_matches('/')).copied()
    }
}

/// Whether a copied file comes from a story bundle (a contributor's) rather
/// than content/static/ (the brand's).
pub fn from_bundle(a: &Asset) -> bool {
    a.from.starts_with("content/stories")
}

fn shown(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// Makes avatars and bundle media, and reads the size of every static
/// image, in parallel; files that `memo` saw as they are now are not read
/// again. Every refused file is a problem.
pub fn prepare(root: &Path, site: &Site, memo: &ImageMemo) -> Result<Images, Vec<Diagnostic>> {
    let max_kb = site.config.check.max_asset_kb;
    let mut problems = avatar_clashes(&site.assets, &site.members);
    let avatars = avatars(root, &site.members, memo, max_kb).unwrap_or_else(|d| {
        problems.extend(d);
        Vec::new()
    });
    let bundle: Vec<_> = site
        .assets
        .par_iter()
        .filter(|a| from_bundle(a))
        .map(|a| {
            let path = root.join(&a.from);
            (
                a,
                memo.bundle(&path, || bundle_file(root, a, max_kb).map(Arc::new)),
            )
        })
        .collect();
    let mut published = HashMap::new();
    let mut sizes: HashMap<String, (u32, u32)> = site
        .assets
        .par_iter()
        .filter(|a| !from_bundle(a) && is_image(&a.from))
        .filter_map(|a| {
            let path = root.join(&a.from);
            memo.size(&path, || dimensions(&path))
                .map(|d| (a.to.clone(), d))
        })
        .collect();
    for (a, made) in bundle {
        match made {
            Ok(p) => {
                if let Some(size) = p.size {
                    sizes.insert(a.to.clone(), size);
                }
                published.insert(a.to.clone(), p);
            }
            Err(d) => problems.push(d),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Images {
        avatars,
        sizes,
        published,
        logo: logo_bytes(root, site),
    })
}

/// The brand's logo as published (a file of content/static/, which load
/// checked exists), for the social cards; `None` when it cannot be read.
fn logo_bytes(root: &Path, site: &Site) -> Option<Arc<[u8]>> {
    let logo = site.config.brand.logo.as_deref()?;
    let to = logo.strip_prefix("static/")?;
    let asset = site.assets.iter().find(|a| a.to == to)?;
    std::fs::read(root.join(&asset.from)).ok().map(Arc::from)
}

/// Every file `prepare` would refuse, found by the same reading without
/// resizing or encoding anything: the validation `check` shares with the build.
pub fn problems(root: &Path, site: &Site) -> Vec<Diagnostic> {
    let max_kb = site.config.check.max_asset_kb;
    let avatars = site
        .members
        .par_iter()
        .filter_map(|m| read_avatar(root, m.avatar.as_deref()?, max_kb).err());
    let bundle = site
        .assets
        .par_iter()
        .filter(|a| from_bundle(a))
        .filter_map(|a| read_bundle_file(root, a, max_kb).err());
    let mut out: Vec<Diagnostic> = avatars.chain(bundle).collect();
    out.extend(avatar_clashes(&site.assets, &site.members));
    out
}

/// A bundle file read as the media its extension names.
fn read_bundle_file(root: &Path, a: &Asset, max_kb: u64) -> Result<(Checked, Kind), Diagnostic> {
    let shown = shown(&a.from);
    let kind = Kind::of(&a.from).ok_or_else(|| media::not_media().at(&shown, "not-media"))?;
    media::read_contributed(&root.join(&a.from), kind, max_kb)
        .map(|c| (c, kind))
        .map_err(|r| r.at(&shown, "bad-media", max_kb))
}

/// A bundle file in the form it is published in.
fn bundle_file(root: &Path, a: &Asset, max_kb: u64) -> Result<Published, Diagnostic> {
    let (checked, _) = read_bundle_file(root, a, max_kb)?;
    let made = media::publish(&checked).map_err(|r| r.at(&shown(&a.from), "bad-media"))?;
    Ok(match made {
        Some((bytes, size)) => Published {
            bytes: Some(bytes.into()),
            size,
        },
        None => Published {
            bytes: None,
            size: None,
        },
    })
}

/// Static files under a member's folder named `avatar*` while the member has
/// an avatar: they would replace (or pass for) the avatar potluck makes.
pub fn avatar_clashes(assets: &[Asset], members: &[Member]) -> Vec<Diagnostic> {
    let avatar_of = |handle: &str| {
        let at = members
            .binary_search_by(|m| m.handle.as_str().cmp(handle))
            .ok()?;
        members[at].avatar.as_deref()
    };
    assets
        .iter()
        .filter_map(|a| {
            // As case-insensitive, normalising file systems see the path
            // (`Members/Alice/AVATAR-256.png` lands on the avatar too).
            let folded: String = a.to.nfkc().flat_map(char::to_lowercase).collect();
            let (handle, file) = folded.strip_prefix("members/")?.split_once('/')?;
            let source = avatar_of(handle).filter(|_| file.starts_with("avatar"))?;
            let from = shown(&a.from);
            Some(
                Diagnostic::error(
                    &from,
                    "reserved-path",
                    format!(
                        "`{from}` would replace {handle}'s avatar, which potluck makes from `{}` as /members/{handle}/avatar-*",
                        shown(source)
                    ),
                )
                .help(format!("remove `{from}`; to change the avatar, replace `{}`", shown(source))),
            )
        })
        .collect()
}

/// Whether `dimensions` can tell the file's size (by its extension).
fn is_image(path: &Path) -> bool {
    Kind::of(path).is_some_and(Kind::is_image)
}

/// Width and height of a PNG, JPEG, WebP or SVG file, reading only its
/// header (within the limits of `raster`); `None` for other files and images
/// whose size cannot be told.
pub fn dimensions(path: &Path) -> Option<(u32, u32)> {
    match Kind::of(path)? {
        Kind::Raster(format) => {
            let mut head = Vec::new();
            use std::io::Read;
            std::fs::File::open(path)
                .ok()?
                .take(media::MAX_IMAGE_FILE)
                .read_to_end(&mut head)
                .ok()?;
            let h = raster::header(&head, format).ok()?;
            Some((h.width, h.height))
        }
        Kind::Svg => svg::dimensions(&std::fs::read_to_string(path).ok()?),
        _ => None,
    }
}

/// Processes every member's avatar, in parallel; the result is parallel to
/// `members` (`None` for members without one). Unreadable images are errors.
pub fn avatars(
    root: &Path,
    members: &[Member],
    memo: &ImageMemo,
    max_kb: u64,
) -> Result<Vec<Option<Arc<AvatarFiles>>>, Vec<Diagnostic>> {
    let results: Vec<Result<Option<Arc<AvatarFiles>>, Diagnostic>> = members
        .par_iter()
        .map(|m| match &m.avatar {
            None => Ok(None),
            Some(path) => memo
                .avatar(&m.handle, &root.join(path), || {
                    avatar(root, &m.handle, path, max_kb)
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

/// Reads an avatar (`path` relative to the site root) as an image.
fn read_avatar(root: &Path, path: &Path, max_kb: u64) -> Result<Checked, Diagnostic> {
    let shown = shown(path);
    let kind = Kind::of(path).filter(|k| k.is_image()).ok_or_else(|| {
        Diagnostic::error(&shown, "bad-avatar", "an avatar must be an image")
            .help("use a .png, .jpg, .jpeg, .webp or .svg file")
    })?;
    media::read_contributed(&root.join(path), kind, max_kb)
        .map_err(|r| r.at(&shown, "bad-avatar", max_kb))
}

/// One avatar: `path` is relative to the site root.
fn avatar(root: &Path, handle: &str, path: &Path, max_kb: u64) -> Result<AvatarFiles, Diagnostic> {
    let (img, format) = match read_avatar(root, path, max_kb)? {
        Checked::Raster(img, format) => (img, format),
        Checked::Svg(text) => {
            let to = routes::file(&routes::avatar(handle, "avatar.svg"));
            let files = vec![(to.clone(), text.into_bytes())];
            return Ok(AvatarFiles::new(to.clone(), to, SVG_SIZE, files));
        }
        Checked::AsIs => unreachable!("read_avatar accepts images only"),
    };
    let fail = |r: raster::Refusal| media::Refused::from(r).at(&shown(path), "bad-avatar");
    let ext = format.ext();
    let square = crop_square(img);
    let side = square.width();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut variant = |target: u32| -> Result<String, Diagnostic> {
        let size = side.min(target);
        let to = routes::file(&routes::avatar(handle, &format!("avatar-{size}.{ext}")));
        if !files.iter().any(|(p, _)| *p == to) {
            // Always encoded afresh, even when no scaling is needed: the
            // contributor's bytes (and their EXIF) are never published.
            let data = if size == side {
                raster::encode(&square, format).map_err(fail)?
            } else {
                let scaled = square.resize_exact(size, size, FilterType::Lanczos3);
                raster::encode(&scaled, format).map_err(fail)?
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

#[cfg(test)]
mod tests {
    use super::*;
    use image::codecs::jpeg::JpegEncoder;
    use image::codecs::png::PngEncoder;
    use image::{ImageFormat, Rgb, RgbImage};

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

    fn jpeg(side: u32) -> Vec<u8> {
        let img = DynamicImage::ImageRgb8(RgbImage::from_pixel(side, side, Rgb([10, 120, 80])));
        let mut jpg = Vec::new();
        img.write_with_encoder(JpegEncoder::new(&mut jpg)).unwrap();
        jpg
    }

    fn run(file: &str, bytes: &[u8]) -> Result<AvatarFiles, Diagnostic> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(file), bytes).unwrap();
        avatar(dir.path(), "alice", Path::new(file), u64::MAX)
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
    }

    #[test]
    fn a_small_square_avatar_with_gps_exif_is_published_without_it() {
        // An APP1 segment with EXIF text right after the JPEG's start marker.
        let plain = jpeg(40);
        let payload = b"Exif\0\0GPSLatitude 51.4778 N camera serial 1234";
        let mut with_exif = plain[..2].to_vec();
        with_exif.extend([0xFF, 0xE1]);
        with_exif.extend(((payload.len() + 2) as u16).to_be_bytes());
        with_exif.extend(payload);
        with_exif.extend(&plain[2..]);
        let a = run("alice.JPG", &with_exif).unwrap();
        assert_eq!(a.large, "members/alice/avatar-40.jpg");
        let out = &a.files[0].1;
        assert_ne!(out, &with_exif, "never the original bytes");
        let has = |needle: &[u8]| out.windows(needle.len()).any(|w| w == needle);
        assert!(
            !has(b"GPSLatitude") && !has(b"Exif"),
            "metadata left in the avatar"
        );
        assert_eq!(size_of(out), (40, 40));
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
        let jpg = jpeg(400);
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
    fn an_svg_avatar_is_published_without_its_script() {
        let svg = b"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1' onload='alert(1)'><script>alert(2)</script><rect width='1' height='1'/></svg>";
        let a = run("alice.svg", svg).unwrap();
        assert_eq!(a.large, "members/alice/avatar.svg");
        let text = String::from_utf8(a.files[0].1.clone()).unwrap();
        assert!(!text.contains("alert"), "{text}");
        assert!(text.contains("<rect width=\"1\" height=\"1\"/>"), "{text}");
    }

    #[test]
    fn a_corrupt_avatar_is_named_in_plain_words() {
        let e = run("alice.png", b"not an image").unwrap_err();
        assert_eq!(e.code, "bad-avatar");
        assert!(e.path.ends_with("alice.png"), "{}", e.path);
        assert_eq!(
            e.message,
            "the file is not a PNG image (its contents are not an image potluck reads)"
        );
        // A PNG cut in its image data: the decoder's own words (chunk types,
        // Rust structures) must not reach the contributor.
        let whole = png(64, 64);
        let e = run("alice.png", &whole[..whole.len() - 30]).unwrap_err();
        assert_eq!(
            e.message,
            "the PNG file is damaged or incomplete and cannot be read"
        );
        assert!(!e.message.contains('{') && !e.help.contains('{'));
    }

    #[test]
    fn a_static_file_may_not_replace_a_members_avatar() {
        use crate::recognition::testkit::SiteBuilder;
        let site = SiteBuilder::new()
            .member_with("alice", |m| {
                m.avatar = Some("content/members/alice.png".into())
            })
            .member("bob")
            .build();
        let assets = [
            (
                "content/static/members/alice/avatar-256.png",
                "members/alice/avatar-256.png",
            ),
            (
                "content/static/members/Alice/Avatar.svg",
                "members/Alice/Avatar.svg",
            ),
            (
                "content/static/members/bob/avatar-64.png",
                "members/bob/avatar-64.png",
            ),
            (
                "content/static/members/alice/badge.png",
                "members/alice/badge.png",
            ),
        ]
        .map(|(from, to)| Asset {
            from: from.into(),
            to: to.into(),
        });
        let found = avatar_clashes(&assets, &site.members);
        let paths: Vec<_> = found.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "content/static/members/alice/avatar-256.png",
                "content/static/members/Alice/Avatar.svg"
            ]
        );
        assert!(
            found[0].message.contains("`content/members/alice.png`"),
            "{}",
            found[0].message
        );
    }
}
