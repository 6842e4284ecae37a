//! Glyphs as coverage masks, each rasterised once per build: a card's
//! text is thousands of glyphs drawn again and again (the same letters at
//! the same few sizes), so outlining them per card (what usvg did, 0.9 ms
//! a card) is replaced by a lookup. A glyph's outline comes from the
//! embedded font (ttf-parser) and is filled anti-aliased by tiny-skia.
//! Pen positions are kept to a quarter pixel, so spacing stays even.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use resvg::tiny_skia::{self, FillRule, PathBuilder, Transform};
use ttf_parser::GlyphId;

use super::font::Metrics;

/// Quarter-pixel pen positions: four masks per glyph and size at most.
const STEPS: f32 = 4.0;

/// One glyph's coverage (0-255 per pixel), placed relative to the pen on
/// the baseline.
pub struct Coverage {
    pub left: i32,
    pub top: i32,
    pub width: usize,
    pub height: usize,
    pub data: Vec<u8>,
    /// Per row, the columns from its first to after its last covered pixel.
    pub rows: Vec<(usize, usize)>,
}

/// What a mask is kept by: the face, the glyph, the size in quarter
/// pixels and the pen's quarter-pixel offset.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Key {
    bold: bool,
    glyph: u16,
    size: u32,
    step: u8,
}

/// The build's rasterised glyphs (shared by the threads drawing cards).
#[derive(Default)]
pub struct Glyphs {
    masks: RwLock<HashMap<Key, Option<Arc<Coverage>>>>,
}

/// A glyph to draw: its mask and the whole pixel it starts at.
pub struct Placed {
    pub x: i32,
    pub y: i32,
    pub mask: Arc<Coverage>,
}

impl Glyphs {
    /// The masks of one line of `text` with its pen at (`x`, baseline `y`).
    pub fn line(
        &self,
        font: &Metrics,
        bold: bool,
        text: &str,
        size: f32,
        x: f32,
        y: f32,
    ) -> Vec<Placed> {
        let base = y.round() as i32;
        font.place(text, size)
            .into_iter()
            .filter_map(|(glyph, dx)| {
                let pen = x + dx;
                let mut whole = pen.floor();
                let mut step = ((pen - whole) * STEPS).round();
                if step >= STEPS {
                    whole += 1.0;
                    step = 0.0;
                }
                let key = Key {
                    bold,
                    glyph: glyph.0,
                    size: (size * STEPS).round() as u32,
                    step: step as u8,
                };
                let mask = self.mask(font, key)?;
                Some(Placed {
                    x: whole as i32 + mask.left,
                    y: base + mask.top,
                    mask,
                })
            })
            .collect()
    }

    /// The mask for `key`, rasterised on first use.
    fn mask(&self, font: &Metrics, key: Key) -> Option<Arc<Coverage>> {
        if let Some(done) = self.masks.read().ok()?.get(&key) {
            return done.clone();
        }
        let mask = rasterise(font, key).map(Arc::new);
        let mut masks = self.masks.write().ok()?;
        masks.entry(key).or_insert(mask).clone()
    }
}

/// Fills the glyph's outline, scaled and offset by its quarter pixel.
fn rasterise(font: &Metrics, key: Key) -> Option<Coverage> {
    let size = key.size as f32 / STEPS;
    let mut sink = Sink {
        path: PathBuilder::new(),
        scale: font.scale(size),
        dx: f32::from(key.step) / STEPS,
    };
    if !font.outline(GlyphId(key.glyph), &mut sink) {
        return None;
    }
    let path = sink.path.finish()?;
    let b = path.bounds();
    let left = b.left().floor() as i32 - 1;
    let top = b.top().floor() as i32 - 1;
    let width = (b.right().ceil() as i32 + 1 - left).max(1) as u32;
    let height = (b.bottom().ceil() as i32 + 1 - top).max(1) as u32;
    let mut mask = tiny_skia::Mask::new(width, height)?;
    let to_mask = Transform::from_translate(-left as f32, -top as f32);
    mask.fill_path(&path, FillRule::Winding, true, to_mask);
    let mut c = Coverage::new(width as usize, mask.data().to_vec());
    (c.left, c.top) = (left, top);
    Some(c)
}

impl Coverage {
    /// A mask `width` pixels wide from its rows of coverage, at the pen.
    pub fn new(width: usize, data: Vec<u8>) -> Coverage {
        let rows = data
            .chunks_exact(width)
            .map(|row| {
                let start = row.iter().position(|&c| c != 0).unwrap_or(0);
                let end = row.iter().rposition(|&c| c != 0).map_or(start, |i| i + 1);
                (start, end)
            })
            .collect();
        Coverage {
            left: 0,
            top: 0,
            width,
            height: data.len() / width,
            data,
            rows,
        }
    }
}

/// Outline segments in pixels, y down.
struct Sink {
    path: PathBuilder,
    scale: f32,
    dx: f32,
}

impl Sink {
    fn at(&self, x: f32, y: f32) -> (f32, f32) {
        (x * self.scale + self.dx, -y * self.scale)
    }
}

impl ttf_parser::OutlineBuilder for Sink {
    fn move_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.path.move_to(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.path.line_to(x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let (x1, y1) = self.at(x1, y1);
        let (x, y) = self.at(x, y);
        self.path.quad_to(x1, y1, x, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let (x1, y1) = self.at(x1, y1);
        let (x2, y2) = self.at(x2, y2);
        let (x, y) = self.at(x, y);
        self.path.cubic_to(x1, y1, x2, y2, x, y);
    }
    fn close(&mut self) {
        self.path.close();
    }
}
