//! The pixels a card's own layer is drawn into: palette indices (a card
//! without photographs) or RGB (one with them), over a copy of the base.
//! Three things are drawn: glyph masks, anti-aliased discs (avatars,
//! their white rings) and a photograph inside a circle.

use resvg::tiny_skia::Pixmap;

use super::design::{HEIGHT, WIDTH};
use super::glyphs::Placed;
use super::palette::{level, Palette, LEVELS};
use crate::util::color::Rgb;

/// A colour to draw with: its RGB value and its palette entry (when the
/// canvas is indexed).
#[derive(Clone, Copy, Debug)]
pub struct Ink {
    pub rgb: Rgb,
    pub entry: u8,
}

/// Pixels that can take a colour at some coverage.
pub trait Canvas {
    /// Draws `ink` at coverage `cov` (1-255) over pixel `i` (row-major).
    fn blend(&mut self, i: usize, ink: Ink, cov: u8);

    /// Draws `ink` over pixels `start..start + cov.len()` with coverages `cov`.
    fn blend_run(&mut self, start: usize, cov: &[u8], ink: Ink) {
        for (i, &c) in cov.iter().enumerate() {
            if c != 0 {
                self.blend(start + i, ink, c);
            }
        }
    }

    /// Covers pixels `run` with `ink`.
    fn fill(&mut self, run: std::ops::Range<usize>, ink: Ink) {
        for i in run {
            self.blend(i, ink, 255);
        }
    }

    /// A photograph in a circle; only RGB canvases take one (a card with
    /// a photograph is never indexed).
    fn photo(&mut self, _cx: f32, _cy: f32, _r: f32, _photo: &Pixmap) {}
}

/// Palette indices, one byte a pixel.
pub struct Indexed<'a> {
    px: Vec<u8>,
    palette: &'a Palette,
    /// Per ink entry, its ramp from white (entry 0) by coverage level,
    /// made on first use: most edge pixels are drawn over white.
    from_white: Vec<Option<[u8; LEVELS as usize + 1]>>,
}

impl<'a> Indexed<'a> {
    pub fn new(px: Vec<u8>, palette: &'a Palette) -> Self {
        Indexed {
            px,
            palette,
            from_white: vec![None; 256],
        }
    }

    pub fn pixels(&self) -> &[u8] {
        &self.px
    }
}

impl Canvas for Indexed<'_> {
    #[inline]
    fn blend(&mut self, i: usize, ink: Ink, cov: u8) {
        self.px[i] = if cov == 255 {
            ink.entry
        } else {
            self.palette.mix(self.px[i], ink.entry, cov)
        };
    }

    fn blend_run(&mut self, start: usize, cov: &[u8], ink: Ink) {
        let palette = self.palette;
        let ramp = *self.from_white[usize::from(ink.entry)]
            .get_or_insert_with(|| std::array::from_fn(|q| palette.between(0, ink.entry, q as u8)));
        let px = &mut self.px[start..start + cov.len()];
        // Over white only (most glyph rows): one lookup a pixel, no branch.
        if px.iter().all(|&p| p == 0) {
            for (p, &c) in px.iter_mut().zip(cov) {
                *p = ramp[usize::from(level(c))];
            }
            return;
        }
        for (p, &c) in px.iter_mut().zip(cov) {
            match (c, *p) {
                (0, _) => {}
                (255, _) => *p = ink.entry,
                (_, 0) => *p = ramp[usize::from(level(c))],
                _ => *p = palette.mix(*p, ink.entry, c),
            }
        }
    }

    fn fill(&mut self, run: std::ops::Range<usize>, ink: Ink) {
        self.px[run].fill(ink.entry);
    }
}

/// RGB, three bytes a pixel.
pub struct Rgb8 {
    pub px: Vec<u8>,
}

impl Canvas for Rgb8 {
    #[inline]
    fn blend(&mut self, i: usize, ink: Ink, cov: u8) {
        let px = &mut self.px[i * 3..i * 3 + 3];
        let (c, k) = (u32::from(cov), 255 - u32::from(cov));
        for (p, v) in px.iter_mut().zip([ink.rgb.0, ink.rgb.1, ink.rgb.2]) {
            *p = ((u32::from(*p) * k + u32::from(v) * c + 127) / 255) as u8;
        }
    }

    fn photo(&mut self, cx: f32, cy: f32, r: f32, photo: &Pixmap) {
        round_photo(self, cx, cy, r, photo);
    }
}

const W: i32 = WIDTH as i32;
const H: i32 = HEIGHT as i32;

/// A glyph's mask in `ink`, clipped to the card.
pub fn glyph(canvas: &mut impl Canvas, g: &Placed, ink: Ink) {
    let m = &g.mask;
    let (from, to) = ((-g.x).max(0), (W - g.x).min(m.width as i32));
    if from >= to {
        return;
    }
    for row in 0..m.height as i32 {
        let y = g.y + row;
        if !(0..H).contains(&y) {
            continue;
        }
        let (start, end) = m.rows[row as usize];
        let (start, end) = (start.max(from as usize), end.min(to as usize));
        if start < end {
            let line = &m.data[row as usize * m.width..][start..end];
            canvas.blend_run((y * W + g.x) as usize + start, line, ink);
        }
    }
}

/// A filled, anti-aliased circle: each row's middle is covered whole, its
/// ends by how much of each pixel is inside (a pixel-wide ramp at the edge).
pub fn disc(canvas: &mut impl Canvas, cx: f32, cy: f32, r: f32, ink: Ink) {
    for y in span(cy, r, H) {
        let dy = y as f32 + 0.5 - cy;
        // Pixel centres further than `outer` from the centre are outside.
        let outer = ((r + 0.5) * (r + 0.5) - dy * dy).max(0.0).sqrt() + 1.0;
        let xs = ((cx - outer).floor() as i32).max(0)..((cx + outer).ceil() as i32).min(W);
        let inner = (r - 0.5) * (r - 0.5) - dy * dy;
        // Pixel centres within `half` of the centre are wholly inside.
        let (lo, hi) = if inner > 0.0 {
            let half = inner.sqrt();
            let lo = ((cx - half - 0.5).ceil() as i32).clamp(xs.start, xs.end);
            (lo, ((cx + half - 0.5).floor() as i32 + 1).clamp(lo, xs.end))
        } else {
            (xs.start, xs.start)
        };
        let row = (y * W) as usize;
        for x in (xs.start..lo).chain(hi..xs.end) {
            let cov = inside(x, y, cx, cy, r);
            if cov != 0 {
                canvas.blend(row + x as usize, ink, cov);
            }
        }
        if lo < hi {
            canvas.fill(row + lo as usize..row + hi as usize, ink);
        }
    }
}

/// How much of the pixel at (`x`, `y`) a circle covers (0-255): a pixel
/// wide ramp at its edge.
fn inside(x: i32, y: i32, cx: f32, cy: f32, r: f32) -> u8 {
    let (dx, dy) = (x as f32 + 0.5 - cx, y as f32 + 0.5 - cy);
    let d = (dx * dx + dy * dy).sqrt();
    ((r + 0.5 - d).clamp(0.0, 1.0) * 255.0 + 0.5) as u8
}

/// The pixels a circle may touch, clipped to the card.
fn span(c: f32, r: f32, max: i32) -> std::ops::Range<i32> {
    ((c - r - 1.0).floor() as i32).max(0)..((c + r + 1.0).ceil() as i32).min(max)
}

/// `photo` (a `2r`-pixel square, premultiplied, shown over white) inside a
/// circle: a round avatar.
fn round_photo(canvas: &mut Rgb8, cx: f32, cy: f32, r: f32, photo: &Pixmap) {
    let (left, top) = ((cx - r).round() as i32, (cy - r).round() as i32);
    for y in span(cy, r, H) {
        for x in span(cx, r, W) {
            let cov = inside(x, y, cx, cy, r);
            let (px, py) = (x - left, y - top);
            let Some(p) = u32::try_from(px)
                .ok()
                .zip(u32::try_from(py).ok())
                .and_then(|(px, py)| photo.pixel(px, py))
            else {
                continue;
            };
            if cov == 0 {
                continue;
            }
            let white = 255 - p.alpha();
            let rgb = Rgb(p.red() + white, p.green() + white, p.blue() + white);
            canvas.blend((y * W + x) as usize, Ink { rgb, entry: 0 }, cov);
        }
    }
}
