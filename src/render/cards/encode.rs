//! A card's pixels as PNG, with the fastest settings that keep files
//! small: fdeflate's compression (written for filtered image rows: runs of
//! zeros cost almost nothing) and one fixed row filter.

use super::design::{HEIGHT, WIDTH};

/// An indexed (8-bit palette) PNG, written here rather than by the `png`
/// crate: its encoder copies and filters every row through its own buffers
/// (a fifth of a card's time). The Up filter turns every row that repeats
/// the one above (most of a card: the frame, the panel, the margins) into
/// zeros, which fdeflate skips eight at a time.
pub fn indexed(px: &[u8], palette: &[u8]) -> Result<Vec<u8>, String> {
    let (w, h) = (WIDTH as usize, HEIGHT as usize);
    let mut z =
        fdeflate::Compressor::new(Vec::with_capacity(48 * 1024)).map_err(|e| e.to_string())?;
    let mut row = vec![0u8; w + 1];
    let same = {
        let mut r = vec![0u8; w + 1];
        r[0] = UP;
        r
    };
    let mut prev: &[u8] = &vec![0u8; w];
    for cur in px.chunks_exact(w).take(h) {
        if cur == prev {
            z.write_data(&same).map_err(|e| e.to_string())?;
            continue;
        }
        row[0] = UP;
        for ((f, &c), &p) in row[1..].iter_mut().zip(cur).zip(prev) {
            *f = c.wrapping_sub(p);
        }
        z.write_data(&row).map_err(|e| e.to_string())?;
        prev = cur;
    }
    let idat = z.finish().map_err(|e| e.to_string())?;
    let mut out = Vec::with_capacity(idat.len() + palette.len() + 64);
    out.extend_from_slice(b"\x89PNG\r\n\x1a\n");
    let mut ihdr = Vec::with_capacity(13);
    ihdr.extend_from_slice(&WIDTH.to_be_bytes());
    ihdr.extend_from_slice(&HEIGHT.to_be_bytes());
    // 8 bits a pixel, colour type 3 (indexed), deflate, adaptive filters, no interlace.
    ihdr.extend_from_slice(&[8, 3, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"PLTE", palette);
    chunk(&mut out, b"IDAT", &idat);
    chunk(&mut out, b"IEND", &[]);
    Ok(out)
}

/// PNG's Up filter type.
const UP: u8 = 2;

/// One PNG chunk: length, type, data, CRC of type and data.
fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut crc = crc32fast::Hasher::new();
    crc.update(kind);
    crc.update(data);
    out.extend_from_slice(&crc.finalize().to_be_bytes());
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
