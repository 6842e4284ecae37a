//! A card's colours as an 8-bit palette, built from what is drawn rather
//! than found by quantising: a few solid colours (white, the brand, ink,
//! the avatars' hues...) and, between the pairs that meet, a ramp of
//! anti-aliasing steps. Drawing a colour with some coverage over a pixel
//! moves along the ramp from the pixel's colour to the new one, so a card
//! without photographs is drawn straight into palette indices and written
//! as an indexed PNG: a third of the bytes to filter and compress.

use std::collections::HashMap;

use super::design::{Mark, WHITE};
use crate::util::color::Rgb;

/// Steps from one solid colour to another: 15 shades between them.
/// 16 levels of anti-aliasing are not told apart from 256 on text.
pub const LEVELS: u8 = 16;

/// A palette entry: solid `a` (when `level` is 0), or `level`/16 of the way
/// from solid `a` to solid `b`. `a` and `b` are entry indices.
#[derive(Clone, Copy, Debug)]
struct Entry {
    a: u8,
    b: u8,
    level: u8,
}

#[derive(Clone, Debug, Default)]
pub struct Palette {
    colours: Vec<Rgb>,
    entries: Vec<Entry>,
    /// Ramps: their two solids and their first entry.
    ramps: Vec<(u8, u8, u8)>,
}

impl Palette {
    pub fn len(&self) -> usize {
        self.colours.len()
    }

    /// The PLTE chunk's bytes.
    pub fn bytes(&self) -> Vec<u8> {
        self.colours.iter().flat_map(|c| [c.0, c.1, c.2]).collect()
    }

    /// The entry of solid colour `c`, if it is in the palette.
    pub fn entry(&self, c: Rgb) -> Option<u8> {
        let found = self
            .entries
            .iter()
            .zip(&self.colours)
            .position(|(e, &col)| e.level == 0 && col == c)?;
        u8::try_from(found).ok()
    }

    /// The entry of solid colour `c`, added if there is room.
    pub fn solid(&mut self, c: Rgb) -> Option<u8> {
        if let Some(i) = self.entry(c) {
            return Some(i);
        }
        let i = u8::try_from(self.colours.len()).ok()?;
        self.colours.push(c);
        self.entries.push(Entry {
            a: i,
            b: i,
            level: 0,
        });
        Some(i)
    }

    /// Makes sure `a`, `b` and the ramp between them are in the palette;
    /// false when there is no room left.
    pub fn ramp(&mut self, a: Rgb, b: Rgb) -> bool {
        let (Some(ia), Some(ib)) = (self.solid(a), self.solid(b)) else {
            return false;
        };
        if ia == ib || self.find(ia, ib).is_some() {
            return true;
        }
        let steps = usize::from(LEVELS - 1);
        let Ok(first) = u8::try_from(self.colours.len()) else {
            return false;
        };
        if self.colours.len() + steps > 256 {
            return false;
        }
        for level in 1..LEVELS {
            self.colours.push(lerp(a, b, level));
            self.entries.push(Entry {
                a: ia,
                b: ib,
                level,
            });
        }
        self.ramps.push((ia, ib, first));
        true
    }

    /// The ramp from solid `a` to solid `b` (in either direction) and
    /// whether it runs the other way.
    fn find(&self, a: u8, b: u8) -> Option<(u8, bool)> {
        self.ramps.iter().find_map(|&(x, y, first)| {
            if (x, y) == (a, b) {
                Some((first, false))
            } else if (x, y) == (b, a) {
                Some((first, true))
            } else {
                None
            }
        })
    }

    /// The entry `level`/16 of the way from solid `a` to solid `b`; the
    /// nearer of the two when no ramp joins them.
    pub fn between(&self, a: u8, b: u8, level: u8) -> u8 {
        match level {
            0 => return a,
            LEVELS.. => return b,
            _ => {}
        }
        match self.find(a, b) {
            Some((first, false)) => first + level - 1,
            Some((first, true)) => first + (LEVELS - level) - 1,
            None if level * 2 >= LEVELS => b,
            None => a,
        }
    }

    /// Pixel `bg` after drawing solid `c` over it with coverage `cov`.
    pub fn mix(&self, bg: u8, c: u8, cov: u8) -> u8 {
        let q = level(cov);
        let e = self.entries[usize::from(bg)];
        if e.level == 0 {
            return self.between(e.a, c, q);
        }
        // Over a shade: further along its own ramp when it leads to `c`
        // (overlapping edges of one glyph or disc), else from whichever
        // end the shade is nearer.
        let (a, b, l) = (u16::from(e.a), u16::from(e.b), u16::from(e.level));
        let (q16, n) = (u16::from(q), u16::from(LEVELS));
        if b == u16::from(c) {
            return self.between(e.a, e.b, (l + (q16 * (n - l) + n / 2) / n) as u8);
        }
        if a == u16::from(c) {
            return self.between(e.a, e.b, (l - (q16 * l + n / 2) / n) as u8);
        }
        let near = if l * 2 < n { e.a } else { e.b };
        self.between(near, c, q)
    }

    /// The entry nearest `c` and how far it is (the largest channel difference).
    pub fn nearest(&self, c: Rgb) -> (u8, u8) {
        let far = |p: Rgb| {
            c.0.abs_diff(p.0)
                .max(c.1.abs_diff(p.1))
                .max(c.2.abs_diff(p.2))
        };
        let (i, d) = self
            .colours
            .iter()
            .enumerate()
            .map(|(i, &p)| (i, far(p)))
            .min_by_key(|&(_, d)| d)
            .unwrap_or((0, 255));
        (i as u8, d)
    }
}

/// Coverage (0-255) as a step of a ramp (0-16), rounded.
#[inline]
pub fn level(cov: u8) -> u8 {
    ((u16::from(cov) * u16::from(LEVELS) + 128) >> 8) as u8
}

/// `level`/16 of the way from `a` to `b`.
fn lerp(a: Rgb, b: Rgb, level: u8) -> Rgb {
    let t = u16::from(level);
    let n = u16::from(LEVELS);
    let mix = |x: u8, y: u8| ((u16::from(x) * (n - t) + u16::from(y) * t + n / 2) / n) as u8;
    Rgb(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

/// Entries a base leaves free for the card's own colours: ink, an accent
/// and four avatar hues, with their ramps.
const RESERVE: usize = 6 * (1 + LEVELS as usize - 1);
/// How far (largest channel difference) a base's pixel may be from its
/// palette colour: half a ramp step of the widest ramp is 8.
const CLOSE: u8 = 8;
const TOLERANCE: u8 = 16;

/// A drawn base (RGB) as palette indices, its palette built from the
/// ramps it was drawn with (white first, so the panel is zeros); colours
/// off those ramps (a logo) join as the most frequent first, while room
/// is left. None when some pixel would still be far from its colour (a
/// photograph as a logo): such a base's cards are RGB.
pub fn index_base(rgb: &[u8], ramps: &[(Rgb, Rgb)]) -> Option<(Vec<u8>, Palette)> {
    let mut palette = Palette::default();
    palette.solid(WHITE)?;
    for &(a, b) in ramps {
        if !palette.ramp(a, b) {
            return None;
        }
    }
    // Counted by runs of one colour: a base is mostly long runs (the
    // panel, the frame), and a warm build that redraws one card pays this.
    let pixels: Vec<&[u8]> = rgb.chunks_exact(3).collect();
    let mut counts: HashMap<[u8; 3], u32> = HashMap::new();
    for run in pixels.chunk_by(|a, b| a == b) {
        let p = run[0];
        *counts.entry([p[0], p[1], p[2]]).or_default() += run.len() as u32;
    }
    let mut far: Vec<([u8; 3], u32)> = counts
        .iter()
        .filter(|(c, _)| palette.nearest(Rgb(c[0], c[1], c[2])).1 > CLOSE)
        .map(|(&c, &n)| (c, n))
        .collect();
    far.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (c, _) in far
        .into_iter()
        .take((256 - RESERVE).saturating_sub(palette.len()))
    {
        palette.solid(Rgb(c[0], c[1], c[2]))?;
    }
    let mut map = HashMap::with_capacity(counts.len());
    for c in counts.keys() {
        let (entry, d) = palette.nearest(Rgb(c[0], c[1], c[2]));
        if d > TOLERANCE {
            return None;
        }
        map.insert(*c, entry);
    }
    let mut px = Vec::with_capacity(pixels.len());
    for run in pixels.chunk_by(|a, b| a == b) {
        let p = run[0];
        px.extend(std::iter::repeat_n(map[&[p[0], p[1], p[2]]], run.len()));
    }
    Some((px, palette))
}

/// The base's palette with the ramps `marks` draw with; None when a mark
/// is a photograph or the colours do not fit (the card is then RGB).
pub fn for_card(base: &Palette, marks: &[Mark]) -> Option<Palette> {
    let mut palette = base.clone();
    for mark in marks {
        let fits = match mark {
            Mark::Text { ink, over, .. } | Mark::Disc { ink, over, .. } => {
                palette.ramp(*over, *ink)
            }
            Mark::Photo { .. } => false,
        };
        if !fits {
            return None;
        }
    }
    Some(palette)
}
