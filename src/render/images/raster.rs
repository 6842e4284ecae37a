//! Contributor raster images (PNG, JPEG, WebP) read under fixed limits and
//! encoded again: the size and frame count come from the header and are
//! refused above the limits before a pixel is decoded, decoding runs under
//! an explicit memory cap, and what is published is always a fresh encoding
//! of the pixels, never the contributor's bytes (no metadata, no trailing
//! payload). `check` and `build` both read images through `decode`.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType as PngFilter, PngEncoder};
use image::codecs::webp::WebPEncoder;
use image::error::ImageError;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

/// The widest or tallest image accepted, in pixels.
pub const MAX_SIDE: u32 = 10_000;
/// The most pixels an image may have (a 24-megapixel camera's 6000x4000).
pub const MAX_PIXELS: u64 = 24_000_000;
/// The most memory one decode may allocate.
pub const MAX_ALLOC: u64 = 256 * 1024 * 1024;
/// Frames an image may have: still images only (animations are published as video).
pub const MAX_FRAMES: u32 = 1;

/// The raster formats contributors may send.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Raster {
    Png,
    Jpeg,
    WebP,
}

impl Raster {
    /// The format a file name's extension promises (`.JPG` and `.jpeg` are JPEG).
    pub fn of_ext(ext: &str) -> Option<Raster> {
        match ext.to_ascii_lowercase().as_str() {
            "png" => Some(Raster::Png),
            "jpg" | "jpeg" => Some(Raster::Jpeg),
            "webp" => Some(Raster::WebP),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Raster::Png => "PNG",
            Raster::Jpeg => "JPEG",
            Raster::WebP => "WebP",
        }
    }

    /// The extension potluck writes for this format.
    pub fn ext(self) -> &'static str {
        match self {
            Raster::Png => "png",
            Raster::Jpeg => "jpg",
            Raster::WebP => "webp",
        }
    }

    fn of_format(f: ImageFormat) -> Option<Raster> {
        match f {
            ImageFormat::Png => Some(Raster::Png),
            ImageFormat::Jpeg => Some(Raster::Jpeg),
            ImageFormat::WebP => Some(Raster::WebP),
            _ => None,
        }
    }
}

/// Why an image is refused, in the contributor's words (never the decoder's
/// internals: they are no help to someone who saved a photo).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("the file is not a {expected} image ({found})")]
    WrongFormat {
        expected: &'static str,
        found: &'static str,
    },
    #[error("the image is {width}x{height} pixels, more than the {MAX_SIDE} pixels a side and {} megapixels allowed", MAX_PIXELS / 1_000_000)]
    TooLarge { width: u32, height: u32 },
    #[error("the image is animated ({frames} frames); only still images are published")]
    Animated { frames: u32 },
    #[error("decoding the image would need more than {} MiB of memory", MAX_ALLOC >> 20)]
    TooMuchMemory,
    #[error("the {0} file is damaged or incomplete and cannot be read")]
    Damaged(&'static str),
    #[error("this kind of {0} file is not supported")]
    Unsupported(&'static str),
}

impl Refusal {
    /// What the contributor can do about it.
    pub fn help(&self) -> String {
        match self {
            Refusal::WrongFormat { expected, .. } => format!(
                "save it again as a {expected} file, or give it the extension of what it is"
            ),
            Refusal::TooLarge { .. } | Refusal::TooMuchMemory => format!(
                "scale it down (2000 pixels on the longest side is plenty for the web); the limits are {MAX_SIDE} pixels a side and {} megapixels",
                MAX_PIXELS / 1_000_000
            ),
            Refusal::Animated { .. } => {
                "save one frame as a still image, or publish the animation as a video (.mp4 or .webm)".into()
            }
            Refusal::Damaged(_) | Refusal::Unsupported(_) => {
                "open it in an image editor and save it again as a PNG, JPEG or WebP file".into()
            }
        }
    }
}

/// What a header says, read without decoding a pixel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub format: Raster,
    pub width: u32,
    pub height: u32,
    pub frames: u32,
}

/// The limits every decode runs under.
fn limits() -> Limits {
    let mut l = Limits::default();
    l.max_image_width = Some(MAX_SIDE);
    l.max_image_height = Some(MAX_SIDE);
    l.max_alloc = Some(MAX_ALLOC);
    l
}

fn reader(bytes: &[u8]) -> Result<ImageReader<Cursor<&[u8]>>, Refusal> {
    let mut r = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| Refusal::Unsupported("image"))?;
    r.limits(limits());
    Ok(r)
}

/// The format (by content, which must be the one the name promises), size
/// and frame count, each refused above the limits.
pub fn header(bytes: &[u8], expected: Raster) -> Result<Header, Refusal> {
    let r = reader(bytes)?;
    let found = r.format().and_then(Raster::of_format);
    if found != Some(expected) {
        return Err(Refusal::WrongFormat {
            expected: expected.name(),
            found: match found {
                Some(f) => content_name(f),
                None => "its contents are not an image potluck reads",
            },
        });
    }
    let frames = frames(bytes, expected);
    if frames > MAX_FRAMES {
        return Err(Refusal::Animated { frames });
    }
    let (width, height) = r
        .into_dimensions()
        .map_err(|e| refusal(e, expected, bytes))?;
    if width > MAX_SIDE || height > MAX_SIDE || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(Refusal::TooLarge { width, height });
    }
    Ok(Header {
        format: expected,
        width,
        height,
        frames,
    })
}

fn content_name(f: Raster) -> &'static str {
    match f {
        Raster::Png => "its contents are a PNG image",
        Raster::Jpeg => "its contents are a JPEG image",
        Raster::WebP => "its contents are a WebP image",
    }
}

/// The image's pixels, upright (the EXIF orientation applied, since the
/// EXIF itself is not published), after `header` accepted it.
pub fn decode(bytes: &[u8], expected: Raster) -> Result<DynamicImage, Refusal> {
    header(bytes, expected)?;
    let fail = |e| refusal(e, expected, bytes);
    let mut decoder = reader(bytes)?.into_decoder().map_err(fail)?;
    if decoder.total_bytes() > MAX_ALLOC {
        return Err(Refusal::TooMuchMemory);
    }
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(fail)?;
    img.apply_orientation(orientation);
    Ok(img)
}

/// The decoder's error in plain words.
fn refusal(e: ImageError, format: Raster, bytes: &[u8]) -> Refusal {
    match e {
        ImageError::Limits(_) => match header_size(bytes) {
            Some((width, height)) => Refusal::TooLarge { width, height },
            None => Refusal::TooMuchMemory,
        },
        ImageError::Unsupported(_) => Refusal::Unsupported(format.name()),
        _ => Refusal::Damaged(format.name()),
    }
}

/// The size a header declares, read without limits (only to say it).
fn header_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut r = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .ok()?;
    r.no_limits();
    r.into_dimensions().ok()
}

/// How many frames the image has, from its chunks: an APNG's `acTL`, an
/// animated WebP's `ANMF` chunks; 1 for everything else.
fn frames(bytes: &[u8], format: Raster) -> u32 {
    match format {
        Raster::Png => png_frames(bytes),
        Raster::WebP => webp_frames(bytes),
        Raster::Jpeg => 1,
    }
}

fn be32(b: &[u8]) -> Option<u32> {
    Some(u32::from_be_bytes(b.get(..4)?.try_into().ok()?))
}

fn le32(b: &[u8]) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(..4)?.try_into().ok()?))
}

/// The `acTL` frame count of a PNG (chunks before the first `IDAT`).
fn png_frames(bytes: &[u8]) -> u32 {
    let mut at = 8;
    while let (Some(len), Some(kind)) = (bytes.get(at..).and_then(be32), bytes.get(at + 4..at + 8))
    {
        let data = at + 8;
        match kind {
            b"acTL" => return bytes.get(data..).and_then(be32).unwrap_or(2).max(1),
            b"IDAT" => break,
            _ => {}
        }
        at = data.saturating_add(len as usize).saturating_add(4);
    }
    1
}

/// The number of `ANMF` chunks of a WebP whose `VP8X` says it is animated
/// (at least 2: an animation flag with no frame is no still image either).
fn webp_frames(bytes: &[u8]) -> u32 {
    let mut at = 12;
    let mut animated = false;
    let mut frames = 0u32;
    while let (Some(kind), Some(len)) = (bytes.get(at..at + 4), bytes.get(at + 4..).and_then(le32))
    {
        match kind {
            b"VP8X" => animated = bytes.get(at + 8).is_some_and(|f| f & 0x02 != 0),
            b"ANMF" => frames = frames.saturating_add(1),
            _ => {}
        }
        let padded = (len as usize).saturating_add(len as usize & 1);
        at = at.saturating_add(8).saturating_add(padded);
    }
    match (animated, frames) {
        (false, 0) => 1,
        (_, n) => n.max(2),
    }
}

/// JPEG quality of re-encoded photos and avatars.
pub const JPEG_QUALITY: u8 = 88;

/// A fresh encoding of `img` in `format`: PNG and WebP losslessly, JPEG at
/// `JPEG_QUALITY`; deterministic (the same pixels give the same bytes).
pub fn encode(img: &DynamicImage, format: Raster) -> Result<Vec<u8>, Refusal> {
    let mut out = Vec::new();
    let done = match format {
        Raster::Jpeg => DynamicImage::ImageRgb8(img.to_rgb8())
            .write_with_encoder(JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)),
        Raster::WebP => DynamicImage::ImageRgba8(img.to_rgba8())
            .write_with_encoder(WebPEncoder::new_lossless(&mut out)),
        Raster::Png => {
            let encoder =
                PngEncoder::new_with_quality(&mut out, CompressionType::Fast, PngFilter::Adaptive);
            match img {
                // The PNG encoder takes 8- and 16-bit pixels only.
                DynamicImage::ImageRgb32F(_) | DynamicImage::ImageRgba32F(_) => {
                    DynamicImage::ImageRgba16(img.to_rgba16()).write_with_encoder(encoder)
                }
                _ => img.write_with_encoder(encoder),
            }
        }
    };
    // Pixels within the limits, in a type the encoder takes, into memory:
    // a failure here would be the encoder's, not the contributor's.
    done.map_err(|_| Refusal::Unsupported(format.name()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A chunk of a PNG (the CRC is not read by `png_frames`).
    fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut c = (data.len() as u32).to_be_bytes().to_vec();
        c.extend(kind);
        c.extend(data);
        c.extend([0; 4]);
        c
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

    #[test]
    fn frames_are_counted_from_the_chunks() {
        let mut apng = b"\x89PNG\r\n\x1a\n".to_vec();
        apng.extend(png_chunk(b"IHDR", &[0; 13]));
        apng.extend(png_chunk(b"acTL", &[0, 0, 0, 40, 0, 0, 0, 0]));
        apng.extend(png_chunk(b"IDAT", &[]));
        assert_eq!(png_frames(&apng), 40);
        let still = [&apng[..33], &png_chunk(b"IDAT", &[])].concat();
        assert_eq!(png_frames(&still), 1);

        let mut webp = b"RIFF\0\0\0\0WEBP".to_vec();
        webp.extend(riff_chunk(b"VP8X", &[0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
        webp.extend(riff_chunk(b"ANIM", &[0; 6]));
        for _ in 0..3 {
            webp.extend(riff_chunk(b"ANMF", &[0; 17]));
        }
        assert_eq!(webp_frames(&webp), 3);
        // An animation flag with no frame (or frames with no flag) is no still image.
        assert_eq!(webp_frames(&webp[..12 + 18 + 14]), 2);
        assert_eq!(
            webp_frames(b"RIFF\0\0\0\0WEBPVP8L\x05\0\0\0\x2f\0\0\0\0\0"),
            1
        );
        // Lengths that run past the end, or overflow, end the walk.
        assert_eq!(webp_frames(b"RIFF\0\0\0\0WEBPANMF\xff\xff\xff\xff"), 2);
        assert_eq!(png_frames(b"\x89PNG\r\n\x1a\n\xff\xff\xff\xffIHDR"), 1);
    }

    #[test]
    fn a_file_whose_contents_are_another_format_than_its_name_is_refused() {
        let mut png = Vec::new();
        DynamicImage::new_rgb8(2, 2)
            .write_with_encoder(PngEncoder::new(&mut png))
            .unwrap();
        assert_eq!(
            header(&png, Raster::Jpeg),
            Err(Refusal::WrongFormat {
                expected: "JPEG",
                found: "its contents are a PNG image"
            })
        );
        assert_eq!(header(&png, Raster::Png).unwrap().width, 2);
    }
}
