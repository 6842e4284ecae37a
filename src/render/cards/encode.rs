//! A card's pixels as PNG, with the fastest settings that keep files
//! small: fdeflate's compression (written for filtered image rows: runs of
//! zeros cost almost nothing) and one fixed row filter.

use super::draw::{HEIGHT, WIDTH};

/// An indexed (8-bit palette) PNG. The Up filter turns every row that
/// repeats the one above (most of a card: the frame, the panel, the
/// margins) into zeros.
pub fn indexed(px: &[u8], palette: Vec<u8>) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(32 * 1024);
    let mut enc = png::Encoder::new(&mut out, WIDTH, HEIGHT);
    enc.set_color(png::ColorType::Indexed);
    enc.set_depth(png::BitDepth::Eight);
    enc.set_palette(palette);
    write(enc, px, png::Filter::Up)?;
    Ok(out)
}

/// An RGB PNG (a card with photographs): Paeth, the smallest files of the
/// fixed filters for about the same time.
pub fn rgb(px: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(64 * 1024);
    let mut enc = png::Encoder::new(&mut out, WIDTH, HEIGHT);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    write(enc, px, png::Filter::Paeth)?;
    Ok(out)
}

fn write<W: std::io::Write>(
    mut enc: png::Encoder<'_, W>,
    px: &[u8],
    filter: png::Filter,
) -> Result<(), String> {
    enc.set_deflate_compression(png::DeflateCompression::FdeflateUltraFast);
    enc.set_filter(filter);
    let mut w = enc.write_header().map_err(|e| e.to_string())?;
    w.write_image_data(px).map_err(|e| e.to_string())?;
    w.finish().map_err(|e| e.to_string())
}
