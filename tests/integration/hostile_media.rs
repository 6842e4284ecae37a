//! Contributors' media as an attacker sends it: image bombs (each case of
//! issue 15, made here in a few bytes), corrupt and disguised images, SVG
//! with script, and files that are no media in a story bundle. Each is
//! refused by `check` and by `build` alike, with the file named, and nothing
//! written; what is accepted is published inert.

use std::path::Path;
use std::process::Output;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::webp::WebPEncoder;
use image::{DynamicImage, ImageEncoder, Rgb, RgbImage};
use proptest::prelude::*;

use crate::support::*;

/// The CRC-32 a PNG chunk ends with.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut c = (data.len() as u32).to_be_bytes().to_vec();
    c.extend(kind);
    c.extend(data);
    c.extend(crc32(&c[4..]).to_be_bytes());
    c
}

/// A PNG header declaring `side` x `side` RGB pixels, with a little image data.
pub fn png_declaring(side: u32) -> Vec<u8> {
    let mut ihdr = side.to_be_bytes().to_vec();
    ihdr.extend(side.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(png_chunk(b"IHDR", &ihdr));
    png.extend(png_chunk(
        b"IDAT",
        &[0x78, 0x9c, 0xed, 0xc1, 0x01, 0x0d, 0x00, 0x00],
    ));
    png
}

pub fn jpeg(side: u32) -> Vec<u8> {
    let img = RgbImage::from_fn(side, side, |x, y| Rgb([x as u8, y as u8, 90]));
    let mut out = Vec::new();
    DynamicImage::ImageRgb8(img)
        .write_with_encoder(JpegEncoder::new_with_quality(&mut out, 80))
        .unwrap();
    out
}

/// A JPEG whose frame header declares `side` x `side`, cut short after its scan starts.
pub fn truncated_jpeg_declaring(side: u16) -> Vec<u8> {
    let mut j = jpeg(16);
    let sof = j.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
    j[sof + 5..sof + 7].copy_from_slice(&side.to_be_bytes());
    j[sof + 7..sof + 9].copy_from_slice(&side.to_be_bytes());
    let sos = j.windows(2).position(|w| w == [0xFF, 0xDA]).unwrap();
    j.truncate(sos + 20);
    j
}

/// A lossless WebP of 1x1 pixel.
pub fn webp_1px() -> Vec<u8> {
    let mut out = Vec::new();
    WebPEncoder::new_lossless(&mut out)
        .write_image(&[10, 20, 30], 1, 1, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}

/// A lossless WebP whose VP8L header declares `side` x `side` (at most 16384).
pub fn webp_declaring(side: u32) -> Vec<u8> {
    let mut w = webp_1px();
    let bits = (side - 1) | (side - 1) << 14 | (w[24] as u32 >> 4 & 1) << 28;
    w[21..25].copy_from_slice(&bits.to_le_bytes());
    w
}

fn riff_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut c = kind.to_vec();
    c.extend((data.len() as u32).to_le_bytes());
    c.extend(data);
    if data.len() % 2 == 1 {
        c.push(0);
    }
    c
}

/// An animated WebP on a `side` x `side` canvas with `frames` 1-pixel frames.
pub fn animated_webp(side: u32, frames: usize) -> Vec<u8> {
    let le24 = |v: u32| v.to_le_bytes()[..3].to_vec();
    let mut vp8x = vec![0x02, 0, 0, 0];
    vp8x.extend(le24(side - 1));
    vp8x.extend(le24(side - 1));
    let mut body = b"WEBP".to_vec();
    body.extend(riff_chunk(b"VP8X", &vp8x));
    body.extend(riff_chunk(b"ANIM", &[0, 0, 0, 0, 0, 0]));
    let frame = webp_1px()[12..].to_vec();
    for _ in 0..frames {
        let mut anmf = [le24(0), le24(0), le24(0), le24(0), le24(100)].concat();
        anmf.push(0);
        anmf.extend(&frame);
        body.extend(riff_chunk(b"ANMF", &anmf));
    }
    let mut riff = b"RIFF".to_vec();
    riff.extend((body.len() as u32).to_le_bytes());
    riff.extend(body);
    riff
}

/// The small fixture with these files added (paths from the site root).
fn site_with(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let site = fixture("small");
    for (path, bytes) in files {
        let path = site.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    site
}

/// The small fixture with alice's avatar set to `file` holding `bytes`.
fn site_with_avatar(file: &str, bytes: &[u8]) -> tempfile::TempDir {
    let site = site_with(&[(&format!("content/members/{file}"), bytes)]);
    let profile = site.path().join("content/members/alice.md");
    let text = read(&profile).replacen("---\n", &format!("---\navatar: {file}\n"), 1);
    std::fs::write(&profile, text).unwrap();
    site
}

fn run(cmd: &str, root: &Path) -> Output {
    let root = root.to_str().unwrap();
    match cmd {
        // The GitHub format puts the file and the message on one line.
        "check" => potluck_capped(&["check", "--format", "github", "--root", root]),
        _ => potluck_capped(&[
            "build",
            "--quiet",
            "--root",
            root,
            "--output",
            &format!("{root}/public"),
        ]),
    }
}

/// `check` and `build` both exit 1 with `file` and `message` on one line of
/// their report, and the build writes nothing.
fn refused_by_both(site: &Path, file: &str, message: &str) {
    for cmd in ["check", "build"] {
        let o = run(cmd, site);
        let report = format!("{}{}", stdout(&o), stderr(&o));
        assert_eq!(o.status.code(), Some(1), "{cmd}: {report}");
        assert!(
            report
                .lines()
                .any(|l| l.contains(file) && l.contains(message)),
            "{cmd} did not name `{file}` with `{message}`:\n{report}"
        );
        assert!(
            !report.contains("panicked") && !report.contains("ChunkType"),
            "{report}"
        );
    }
    assert!(
        !site.join("public").exists(),
        "a refused build wrote output"
    );
}

const LIMIT_MESSAGE: &str = "more than the 10000 pixels a side and 24 megapixels allowed";

#[test]
fn a_png_declaring_11585_px_a_side_fails_check_and_build_before_decoding() {
    let site = site_with_avatar("alice.png", &png_declaring(11585));
    refused_by_both(site.path(), "content/members/alice.png", LIMIT_MESSAGE);
    let site = site_with(&[(
        "content/stories/fixing-soles/bomb.png",
        &png_declaring(11585),
    )]);
    refused_by_both(
        site.path(),
        "content/stories/fixing-soles/bomb.png",
        "11585x11585",
    );
}

#[test]
fn a_truncated_jpeg_declaring_23000_px_a_side_fails_check_and_build() {
    let bomb = truncated_jpeg_declaring(23000);
    assert!(bomb.len() < 700, "{} bytes", bomb.len());
    let site = site_with_avatar("alice.jpg", &bomb);
    refused_by_both(site.path(), "content/members/alice.jpg", "23000x23000");
}

#[test]
fn a_34_byte_lossless_webp_of_11585_px_a_side_fails_check_and_build() {
    let bomb = webp_declaring(11585);
    assert!(bomb.len() < 64, "{} bytes", bomb.len());
    let site = site_with(&[("content/stories/fixing-soles/bomb.webp", &bomb)]);
    refused_by_both(
        site.path(),
        "content/stories/fixing-soles/bomb.webp",
        LIMIT_MESSAGE,
    );
}

#[test]
fn an_animated_webp_that_aborted_the_process_is_refused_by_its_frame_count() {
    let bomb = animated_webp(11585, 2);
    assert!(bomb.len() < 200, "{} bytes", bomb.len());
    let site = site_with_avatar("alice.webp", &bomb);
    refused_by_both(
        site.path(),
        "content/members/alice.webp",
        "the image is animated (2 frames)",
    );
    let small = animated_webp(8, 3);
    let site = site_with(&[("content/stories/fixing-soles/loop.webp", &small)]);
    refused_by_both(
        site.path(),
        "content/stories/fixing-soles/loop.webp",
        "animated",
    );
}

#[test]
fn a_corrupt_image_in_a_bundle_fails_check_and_build() {
    let whole = jpeg(64);
    let cut = &whole[..whole.len() / 2];
    let site = site_with(&[("content/stories/fixing-soles/photo.jpg", cut)]);
    refused_by_both(
        site.path(),
        "content/stories/fixing-soles/photo.jpg",
        "the JPEG file is damaged or incomplete",
    );
}

#[test]
fn a_corrupt_avatar_is_reported_in_plain_words_not_rust_debug_text() {
    let mut png = png_declaring(64);
    png[29] ^= 0xFF; // the IHDR checksum
    let site = site_with_avatar("alice.png", &png);
    refused_by_both(
        site.path(),
        "content/members/alice.png",
        "the PNG file is damaged or incomplete and cannot be read",
    );
}

#[test]
fn a_file_named_as_one_format_holding_another_is_refused() {
    let site = site_with(&[("content/stories/fixing-soles/photo.png", &jpeg(8))]);
    refused_by_both(
        site.path(),
        "content/stories/fixing-soles/photo.png",
        "the file is not a PNG image (its contents are a JPEG image)",
    );
    let html = b"<html><script>alert(document.cookie)</script></html>";
    let site = site_with(&[("content/stories/fixing-soles/song.mp3", html)]);
    refused_by_both(
        site.path(),
        "content/stories/fixing-soles/song.mp3",
        "not an MP3 file",
    );
}

#[test]
fn a_bundle_file_that_is_no_media_is_refused_with_what_is_allowed() {
    let page = b"<script>alert(document.domain)</script>";
    let site = site_with(&[("content/stories/fixing-soles/gallery.html", page)]);
    refused_by_both(
        site.path(),
        "content/stories/fixing-soles/gallery.html",
        "a story bundle may hold only media files",
    );
    let o = run("check", site.path());
    assert!(stdout(&o).contains("(.mp4, .webm)") || stderr(&o).contains("(.mp4, .webm)"));
}

#[test]
fn a_folder_under_stories_without_index_md_is_refused() {
    let site = site_with(&[("content/stories/loose/gallery.png", &png_declaring(4))]);
    refused_by_both(site.path(), "content/stories/loose", "has no index.md");
}

#[test]
fn a_static_file_may_not_replace_a_members_avatar() {
    let site = site_with_avatar("alice.jpg", &jpeg(300));
    let fake = site
        .path()
        .join("content/static/members/alice/avatar-256.jpg");
    std::fs::create_dir_all(fake.parent().unwrap()).unwrap();
    std::fs::write(&fake, jpeg(256)).unwrap();
    refused_by_both(
        site.path(),
        "content/static/members/alice/avatar-256.jpg",
        "would replace alice's avatar, which potluck makes from `content/members/alice.jpg`",
    );
}

#[test]
fn bundle_media_is_published_inert_images_encoded_again_and_svg_without_script() {
    let mut polyglot = jpeg(40);
    polyglot.extend(b"<html><script>alert(1)</script></html>");
    let svg = b"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 20 10' onload='alert(1)'>\
        <script>alert(2)</script><rect width='20' height='10'/></svg>";
    let mp3 = b"ID3\x04\0\0\0\0\0\0rest of the audio";
    let site = site_with(&[
        ("content/stories/fixing-soles/photo.JPG", &polyglot),
        ("content/stories/fixing-soles/cover.svg", svg),
        ("content/stories/fixing-soles/talk.mp3", mp3),
    ]);
    let public = site.path().join("public");
    build_ok(site.path(), &public);
    let dir = public.join("stories/fixing-soles");
    let photo = std::fs::read(dir.join("photo.JPG")).unwrap();
    assert_ne!(photo, polyglot);
    assert!(!String::from_utf8_lossy(&photo).contains("script"));
    assert_eq!(image::load_from_memory(&photo).unwrap().width(), 40);
    let cover = read(&dir.join("cover.svg"));
    assert!(
        !cover.contains("alert") && cover.contains("<rect"),
        "{cover}"
    );
    assert_eq!(std::fs::read(dir.join("talk.mp3")).unwrap(), mp3);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Truncated, overwritten and resized headers of every format never
    /// panic or abort, and whatever is accepted is within the limits, so
    /// the work done is bounded by them.
    #[test]
    fn hostile_image_headers_are_refused_or_read_within_the_limits(
        base in 0usize..4,
        cut in 0usize..400,
        edits in prop::collection::vec((0usize..64, any::<u8>()), 0..6),
        side in prop::option::of(1u32..60_000),
    ) {
        use potluck::render::images::media::{read, Checked, Kind};
        use potluck::render::images::raster::{Raster, MAX_PIXELS};
        let (mut bytes, format) = match base {
            0 => (png_declaring(side.unwrap_or(4)), Raster::Png),
            1 => (truncated_jpeg_declaring(side.unwrap_or(16).min(65_535) as u16), Raster::Jpeg),
            2 => (webp_declaring(side.unwrap_or(1).clamp(1, 16_384)), Raster::WebP),
            _ => (animated_webp(side.unwrap_or(8).clamp(1, 1 << 24), 2), Raster::WebP),
        };
        for (at, b) in edits {
            if let Some(x) = bytes.get_mut(at) {
                *x = b;
            }
        }
        bytes.truncate(cut.max(1));
        if let Ok(Checked::Raster(img, _)) = read(&bytes, Kind::Raster(format)) {
            prop_assert!(u64::from(img.width()) * u64::from(img.height()) <= MAX_PIXELS);
        }
    }
}

/// Twenty 36 MB photos, which `check` refused for their size, took the
/// build 20 s and 1.5 GiB to encode again: the build now refuses them
/// unread, with the same words and the same limit as the check.
#[test]
fn photos_over_max_asset_kb_that_check_refused_are_refused_by_build_too_unread() {
    let photo = jpeg(512);
    assert!(photo.len() > 1024, "{} bytes", photo.len());
    let site = site_with(&[
        ("content/stories/fixing-soles/a.jpg", &photo),
        ("content/stories/fixing-soles/b.jpg", &photo),
    ]);
    let config = site.path().join("content/site.yaml");
    let text = read(&config) + "check:\n  max_asset_kb: 1\n";
    std::fs::write(&config, text).unwrap();
    for file in ["a.jpg", "b.jpg"] {
        refused_by_both(
            site.path(),
            &format!("content/stories/fixing-soles/{file}"),
            "more than the 1 KiB allowed",
        );
    }
    let site = site_with_avatar("alice.jpg", &photo);
    let config = site.path().join("content/site.yaml");
    std::fs::write(&config, read(&config) + "check:\n  max_asset_kb: 1\n").unwrap();
    refused_by_both(
        site.path(),
        "content/members/alice.jpg",
        "more than the 1 KiB allowed",
    );
}
