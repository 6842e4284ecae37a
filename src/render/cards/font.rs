//! The cards' one typeface, DejaVu Sans and Sans Bold, shipped in fonts/
//! with its licence and compiled in: no system font is ever read, so a card
//! is the same on every machine. Also what the layout needs: which
//! characters the font has (a card leaves out text it would draw as empty
//! boxes), how wide a line is (for wrapping), where each glyph of a line
//! goes (advances and the font's kerning pairs) and a glyph's outline.

use std::sync::Arc;

use resvg::usvg::fontdb;

pub const REGULAR: &[u8] = include_bytes!("../../../fonts/DejaVuSans.ttf");
pub const BOLD: &[u8] = include_bytes!("../../../fonts/DejaVuSans-Bold.ttf");
/// The family name both files declare.
pub const FAMILY: &str = "DejaVu Sans";

/// The font database usvg draws the base from (the brand's name and the label): the two embedded files and nothing else.
pub fn database() -> Arc<fontdb::Database> {
    let mut db = fontdb::Database::new();
    db.load_font_data(REGULAR.to_vec());
    db.load_font_data(BOLD.to_vec());
    db.set_sans_serif_family(FAMILY);
    Arc::new(db)
}

/// One face parsed for its character map and advances.
pub struct Metrics {
    face: ttf_parser::Face<'static>,
    per_em: f32,
}

impl Metrics {
    pub fn new(bold: bool) -> Metrics {
        let face = ttf_parser::Face::parse(if bold { BOLD } else { REGULAR }, 0)
            .expect("the embedded font parses");
        let per_em = f32::from(face.units_per_em());
        Metrics { face, per_em }
    }

    /// Whether the font draws every character of `text`: what a card uses
    /// to leave a title or a name out rather than draw boxes ("tofu").
    /// Whitespace and format characters (joiners, marks of direction) draw
    /// nothing, so they need no glyph.
    pub fn covers(&self, text: &str) -> bool {
        text.chars()
            .all(|c| c.is_whitespace() || is_format(c) || self.face.glyph_index(c).is_some())
    }

    /// Width of `text` at `size` px, from the glyphs' advances (without
    /// kerning, which only narrows a line: a measured line always fits).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .filter_map(|c| self.face.glyph_index(c))
            .map(|g| u32::from(self.face.glyph_hor_advance(g).unwrap_or(0)))
            .sum();
        units as f32 * size / self.per_em
    }

    /// The glyphs of one line of `text` at `size` px, each with its pen
    /// position from the line's start: advances plus the font's kerning
    /// pairs (the legacy `kern` table DejaVu ships). Characters without a
    /// glyph (format characters) take no room.
    pub fn place(&self, text: &str, size: f32) -> Vec<(ttf_parser::GlyphId, f32)> {
        let scale = size / self.per_em;
        let kern = self.face.tables().kern.map(|k| k.subtables);
        let mut out = Vec::with_capacity(text.len());
        let mut pen = 0.0;
        let mut prev = None;
        for g in text.chars().filter_map(|c| self.face.glyph_index(c)) {
            if let (Some(p), Some(tables)) = (prev, kern) {
                let pair = tables
                    .into_iter()
                    .filter(|t| t.horizontal && !t.variable && !t.has_cross_stream)
                    .find_map(|t| t.glyphs_kerning(p, g));
                pen += f32::from(pair.unwrap_or(0)) * scale;
            }
            out.push((g, pen));
            pen += f32::from(self.face.glyph_hor_advance(g).unwrap_or(0)) * scale;
            prev = Some(g);
        }
        out
    }

    /// Glyph `g`'s outline into `sink`, in font units (y up); false when
    /// the glyph draws nothing (a space).
    pub fn outline(
        &self,
        g: ttf_parser::GlyphId,
        sink: &mut dyn ttf_parser::OutlineBuilder,
    ) -> bool {
        self.face.outline_glyph(g, sink).is_some()
    }

    /// Pixels per font unit at `size` px.
    pub fn scale(&self, size: f32) -> f32 {
        size / self.per_em
    }

    /// `text` in lines of at most `max` px at `size`, broken between words
    /// (inside a word only when the word alone is too wide), at most `lines`
    /// of them; the last ends with "…" when text was left out.
    pub fn wrap(&self, text: &str, size: f32, max: f32, lines: usize) -> Wrapped {
        let mut out: Vec<String> = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if self.width(&candidate, size) <= max {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
            }
            line = self.break_word(word, size, max, &mut out);
        }
        if !line.is_empty() {
            out.push(line);
        }
        let cut = out.len() > lines;
        if cut {
            out.truncate(lines);
            let last = out.pop().unwrap_or_default();
            out.push(self.ellipsis(&last, size, max));
        }
        Wrapped { lines: out, cut }
    }

    /// Pushes the full-width pieces of a word too wide for one line; returns the rest.
    fn break_word(&self, word: &str, size: f32, max: f32, out: &mut Vec<String>) -> String {
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if self.width(&piece, size) > max && piece.chars().count() > 1 {
                piece.pop();
                out.push(std::mem::take(&mut piece));
                piece.push(c);
            }
        }
        piece
    }

    /// `line` shortened (at a word when it can) until it fits with "…" after it.
    fn ellipsis(&self, line: &str, size: f32, max: f32) -> String {
        let mut chars: Vec<char> = line.chars().collect();
        loop {
            let s: String = chars.iter().collect();
            let s = s.trim_end_matches(|c: char| c.is_whitespace() || ",.;:-–—".contains(c));
            let candidate = format!("{s}…");
            if chars.is_empty() || self.width(&candidate, size) <= max {
                return candidate;
            }
            chars.pop();
        }
    }
}

/// Lines of wrapped text, and whether some was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wrapped {
    pub lines: Vec<String>,
    pub cut: bool,
}

/// Whether `text` needs a shaper to be drawn right: right-to-left scripts
/// (Hebrew, Arabic, which also joins its letters), combining marks, marks
/// of direction. The glyph cache draws the rest (Latin with its precomposed
/// diacritics, Greek, Cyrillic...) glyph after glyph.
pub fn needs_shaping(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c,
            '\u{0300}'..='\u{036f}' | '\u{0483}'..='\u{0489}' | '\u{0590}'..='\u{08ff}'
            | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{200c}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{20d0}'..='\u{20ff}'
            | '\u{fb1d}'..='\u{fdff}' | '\u{fe20}'..='\u{fe2f}' | '\u{fe70}'..='\u{feff}')
    })
}

/// Characters that shape text without a glyph of their own.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{061c}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_cyrillic_and_greek_are_covered_and_cjk_is_not() {
        let m = Metrics::new(true);
        assert!(m.covers("Crème brûlée, ‘quoted’ — 3½ km"));
        assert!(m.covers("Зоя в горах"));
        assert!(m.covers("Ὀδύσσεια στα βουνά"));
        assert!(!m.covers("東京の山道"));
        assert!(!m.covers("산길"));
    }

    #[test]
    fn long_titles_wrap_within_the_width_and_end_with_an_ellipsis() {
        let m = Metrics::new(true);
        let title = "A very long title about resoling trail shoes in the rain, \
                     written by someone who could not stop adding words to it";
        let w = m.wrap(title, 64.0, 1000.0, 2);
        assert_eq!(w.lines.len(), 2);
        assert!(w.cut);
        assert!(w.lines[1].ends_with('…'));
        assert!(w.lines.iter().all(|l| m.width(l, 64.0) <= 1000.0));
        let short = m.wrap("Short", 64.0, 1000.0, 2);
        assert_eq!(short.lines, vec!["Short".to_string()]);
        assert!(!short.cut);
        let word = m.wrap(&"x".repeat(200), 64.0, 500.0, 3);
        assert!(word.lines.iter().all(|l| m.width(l, 64.0) <= 500.0));
    }
}
