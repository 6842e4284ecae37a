//! Drawing a card: what every card of a layout, brand and label shares
//! (the brand frame, the white panel, the logo, the brand's name, the
//! pill) is an SVG drawn once per build by resvg; the card's own layer
//! (title, people, counts) is laid out as marks (lines of text, discs,
//! photographs) with the embedded font's metrics, so lines wrap and end in
//! "…" where they must, and drawn straight into a copy of that base from
//! cached glyph masks: palette indices and an indexed PNG when the card
//! has no photograph, RGB otherwise.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex, OnceLock};

use base64::Engine as _;
use resvg::{tiny_skia, usvg};

use super::canvas::{self, Canvas, Indexed, Ink, Rgb8};
use super::font::{self, Metrics};
use super::glyphs::{Coverage, Glyphs, Placed};
use super::palette::Palette;
use super::{encode, Picture, SocialCard};
use crate::incremental::fingerprint::Fp;
use crate::util::color::{self, Rgb};
use crate::util::escape::xml_chars;

use super::design::{brand_colour, Mark, FRAME, LEFT, MUTED, WHITE};
pub use super::design::{HEIGHT, WIDTH};

/// Photographs of avatars up to this size are kept for the build (a
/// member's face is on each of their stories' cards); larger ones (the
/// profile's, drawn once) are not.
const KEEP_PHOTOS: u32 = 100;

/// A drawn base: RGB, and as palette indices when its colours fit one.
struct Base {
    rgb: Vec<u8>,
    indexed: Option<(Vec<u8>, Palette)>,
}

/// What every card shares: the font (parsed once), usvg's options, the
/// drawn bases, glyphs and avatar photographs.
pub struct Painter {
    pub regular: Metrics,
    pub bold: Metrics,
    options: OnceLock<usvg::Options<'static>>,
    /// Drawn bases by a fingerprint of their SVG: one per layout and label.
    bases: Mutex<HashMap<Fp, Arc<Base>>>,
    glyphs: Glyphs,
    photos: Mutex<HashMap<(String, u32), Arc<tiny_skia::Pixmap>>>,
}

impl Default for Painter {
    fn default() -> Self {
        Painter {
            regular: Metrics::new(false),
            bold: Metrics::new(true),
            options: OnceLock::new(),
            bases: Mutex::default(),
            glyphs: Glyphs::default(),
            photos: Mutex::default(),
        }
    }
}

impl Painter {
    /// usvg's options: only the embedded fonts, and images only from
    /// `data:` URLs (a card never reads a file or the network).
    fn options(&self) -> &usvg::Options<'static> {
        self.options.get_or_init(|| {
            let mut o = usvg::Options {
                font_family: font::FAMILY.to_string(),
                fontdb: font::database(),
                ..usvg::Options::default()
            };
            o.image_href_resolver.resolve_string = Box::new(|_, _| None);
            o
        })
    }

    /// The card as PNG bytes: its own layer drawn over a copy of its base.
    pub fn png(&self, card: &SocialCard) -> Result<Vec<u8>, String> {
        let base = self.base(card)?;
        let marks = self.layer(card);
        if let Some((px, palette)) = &base.indexed {
            if let Some(palette) = super::palette::for_card(palette, &marks) {
                let mut canvas = Indexed::new(px.clone(), &palette);
                let ink = |rgb: Rgb| Ink {
                    rgb,
                    entry: palette.entry(rgb).unwrap_or(0),
                };
                self.paint(&mut canvas, &marks, ink)?;
                return encode::indexed(canvas.pixels(), &palette.bytes());
            }
        }
        let mut canvas = Rgb8 {
            px: base.rgb.clone(),
        };
        self.paint(&mut canvas, &marks, |rgb| Ink { rgb, entry: 0 })?;
        encode::rgb(&canvas.px)
    }

    /// The card's pixels as RGB (what `png` encodes, for tests).
    pub fn pixels(&self, card: &SocialCard) -> Result<Vec<u8>, String> {
        let base = self.base(card)?;
        let mut canvas = Rgb8 {
            px: base.rgb.clone(),
        };
        self.paint(&mut canvas, &self.layer(card), |rgb| Ink { rgb, entry: 0 })?;
        Ok(canvas.px)
    }

    /// Draws `marks` into `canvas`.
    fn paint<C: Canvas>(
        &self,
        canvas: &mut C,
        marks: &[Mark],
        ink: impl Fn(Rgb) -> Ink,
    ) -> Result<(), String> {
        for mark in marks {
            match mark {
                Mark::Text {
                    x,
                    y,
                    size,
                    bold,
                    ink: c,
                    text,
                    ..
                } => {
                    let c = ink(*c);
                    if font::needs_shaping(text) {
                        let line = self.shaped(text, *size, *bold, *x, *y)?;
                        canvas::glyph(canvas, &line, c);
                        continue;
                    }
                    let font = if *bold { &self.bold } else { &self.regular };
                    for g in self.glyphs.line(font, *bold, text, *size, *x, *y) {
                        canvas::glyph(canvas, &g, c);
                    }
                }
                Mark::Disc {
                    cx, cy, r, ink: c, ..
                } => canvas::disc(canvas, *cx, *cy, *r, ink(*c)),
                Mark::Photo { cx, cy, r, picture } => {
                    let photo = self.photo(picture, (2.0 * r).round() as u32)?;
                    canvas.photo(*cx, *cy, *r, &photo);
                }
            }
        }
        Ok(())
    }

    /// A line of text that needs shaping (right-to-left or joined
    /// scripts, combining marks) as one coverage mask, laid out by usvg
    /// (rustybuzz and bidi), as every card's text once was: such lines are
    /// rare, and the glyph cache places glyphs one after another only.
    fn shaped(&self, text: &str, size: f32, bold: bool, x: f32, y: f32) -> Result<Placed, String> {
        let (top, height) = ((y - size * 1.5).floor(), (size * 2.0).ceil());
        let weight = if bold { 700 } else { 400 };
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" font-family="{}"><text x="{x}" y="{}" font-size="{size}" font-weight="{weight}">{}</text></svg>"#,
            font::FAMILY,
            y - top,
            esc(text)
        );
        let tree = usvg::Tree::from_str(&svg, self.options()).map_err(|e| e.to_string())?;
        let mut pixmap = tiny_skia::Pixmap::new(WIDTH, height as u32).ok_or("no pixmap")?;
        resvg::render(
            &tree,
            tiny_skia::Transform::identity(),
            &mut pixmap.as_mut(),
        );
        let data: Vec<u8> = pixmap.pixels().iter().map(|p| p.alpha()).collect();
        Ok(Placed {
            x: 0,
            y: top as i32,
            mask: Arc::new(Coverage::new(WIDTH as usize, data)),
        })
    }

    /// `picture` drawn into a `side`-pixel square (cropped to fill it), by
    /// usvg, which reads every format a picture may have.
    fn photo(&self, picture: &Picture, side: u32) -> Result<Arc<tiny_skia::Pixmap>, String> {
        let key = (picture.key.clone(), side);
        let keep = side <= KEEP_PHOTOS;
        if keep {
            if let Some(done) = self.photos.lock().map_err(|e| e.to_string())?.get(&key) {
                return Ok(Arc::clone(done));
            }
        }
        let mut svg =
            format!(r#"<svg xmlns="http://www.w3.org/2000/svg" width="{side}" height="{side}">"#);
        image(&mut svg, picture, 0.0, 0.0, side as f32);
        svg.push_str("</svg>");
        let tree = usvg::Tree::from_str(&svg, self.options()).map_err(|e| e.to_string())?;
        let mut pixmap = tiny_skia::Pixmap::new(side, side).ok_or("no pixmap")?;
        resvg::render(
            &tree,
            tiny_skia::Transform::identity(),
            &mut pixmap.as_mut(),
        );
        let pixmap = Arc::new(pixmap);
        if keep {
            let mut photos = self.photos.lock().map_err(|e| e.to_string())?;
            return Ok(Arc::clone(photos.entry(key).or_insert(pixmap)));
        }
        Ok(pixmap)
    }

    /// The card's base, drawn on first use.
    fn base(&self, card: &SocialCard) -> Result<Arc<Base>, String> {
        let svg = self.base_svg(card);
        let key = crate::incremental::fingerprint::of(&svg);
        if let Some(done) = self.bases.lock().map_err(|e| e.to_string())?.get(&key) {
            return Ok(Arc::clone(done));
        }
        let tree = usvg::Tree::from_str(&svg, self.options()).map_err(|e| e.to_string())?;
        let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("no pixmap")?;
        resvg::render(
            &tree,
            tiny_skia::Transform::identity(),
            &mut pixmap.as_mut(),
        );
        let brand = brand_colour(card);
        let rgb: Vec<u8> = pixmap
            .data()
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect();
        let indexed = super::palette::index_base(&rgb, &base_ramps(brand));
        let base = Arc::new(Base { rgb, indexed });
        let mut bases = self.bases.lock().map_err(|e| e.to_string())?;
        Ok(Arc::clone(bases.entry(key).or_insert(base)))
    }

    /// What cards of the same layout, brand and label share.
    fn base_svg(&self, card: &SocialCard) -> String {
        let brand = brand_colour(card);
        let mut s = open_svg();
        let _ = write!(
            s,
            r#"<rect width="{WIDTH}" height="{HEIGHT}" fill="{}"/><rect x="{FRAME}" y="{FRAME}" width="{}" height="{}" rx="24" fill="white"/>"#,
            brand.hex(),
            WIDTH as f32 - 2.0 * FRAME,
            HEIGHT as f32 - 2.0 * FRAME,
        );
        self.masthead(&mut s, card, brand);
        s.push_str("</svg>");
        s
    }

    /// The brand's logo and name at the top left, the label at the top right.
    fn masthead(&self, s: &mut String, card: &SocialCard, brand: Rgb) {
        let mut x = LEFT;
        if let Some(logo) = &card.brand.logo {
            image(s, logo, x, 70.0, 56.0);
            x += 72.0;
        }
        if self.bold.covers(&card.brand.name) {
            let name = self.bold.wrap(&card.brand.name, 30.0, 560.0, 1);
            svg_text(s, x, 109.0, 30.0, &MUTED.hex(), &name.lines.concat());
        }
        let label = &card.label;
        if !label.is_empty() && self.bold.covers(label) {
            let w = self.bold.width(label, 26.0) + 48.0;
            let x = WIDTH as f32 - LEFT - w;
            let on = color::text_on(brand).hex();
            let _ = write!(
                s,
                r#"<rect x="{x}" y="70" width="{w}" height="56" rx="28" fill="{}"/>"#,
                brand.hex()
            );
            svg_text(s, x + 24.0, 108.0, 26.0, &on, label);
        }
    }
}

fn open_svg() -> String {
    let mut s = String::with_capacity(4096);
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" font-family="{}">"#,
        font::FAMILY
    );
    s
}

/// One bold line of the masthead at baseline `y`.
fn svg_text(s: &mut String, x: f32, y: f32, size: f32, fill: &str, line: &str) {
    let _ = write!(
        s,
        r#"<text x="{x}" y="{y}" font-size="{size}" font-weight="700" fill="{fill}">{}</text>"#,
        esc(line)
    );
}

/// The colours a base is drawn with, as the palette ramps between them:
/// the brand frame around the white panel, the brand's name on it, the
/// label in its pill.
fn base_ramps(brand: Rgb) -> [(Rgb, Rgb); 3] {
    [
        (WHITE, brand),
        (WHITE, MUTED),
        (brand, color::text_on(brand)),
    ]
}

/// An image in a `side`-pixel square, from a `data:` URL.
fn image(s: &mut String, pic: &Picture, x: f32, y: f32, side: f32) {
    let data = base64::engine::general_purpose::STANDARD.encode(pic.bytes.get());
    let _ = write!(
        s,
        r#"<image x="{x}" y="{y}" width="{side}" height="{side}" preserveAspectRatio="xMidYMid slice" href="data:{};base64,{data}"/>"#,
        pic.mime
    );
}

fn esc(text: &str) -> String {
    xml_chars(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
