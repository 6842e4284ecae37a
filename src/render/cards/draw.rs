//! Drawing a card: its inputs laid out as an SVG document (measured with
//! the embedded font, so lines wrap and end in "…" where they must), drawn
//! by resvg into a 1200x630 pixmap and encoded as PNG with fast settings.
//! The SVG is only a means: it is never published (most sharing previews
//! do not show SVG).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex, OnceLock};

use base64::Engine as _;
use resvg::{tiny_skia, usvg};

use super::font::{self, Metrics};
use super::{Face, Layout, Picture, SocialCard};
use crate::incremental::fingerprint::Fp;
use crate::util::color::{self, Rgb};
use crate::util::escape::xml_chars;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// The white panel's inset from the card's edge (the brand colour shows around it).
const FRAME: f32 = 28.0;
/// Where text starts, from the left edge.
const LEFT: f32 = 88.0;
const INK: &str = "#16181d";
const MUTED: &str = "#4a4f5a";

/// What every card shares: the font (parsed once), usvg's options.
pub struct Painter {
    pub regular: Metrics,
    pub bold: Metrics,
    options: OnceLock<usvg::Options<'static>>,
    /// Drawn bases by a fingerprint of their SVG: one per layout and label.
    bases: Mutex<HashMap<Fp, Arc<tiny_skia::Pixmap>>>,
}

impl Default for Painter {
    fn default() -> Self {
        Painter {
            regular: Metrics::new(false),
            bold: Metrics::new(true),
            options: OnceLock::new(),
            bases: Mutex::default(),
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

    /// The card as PNG bytes: its own layer (title, people, counts) drawn
    /// over a copy of the base it shares with other cards (frame, panel,
    /// masthead), which is drawn once per build.
    pub fn png(&self, card: &SocialCard) -> Result<Vec<u8>, String> {
        let base = self.base(card)?;
        let mut pixmap = (*base).clone();
        let tree = usvg::Tree::from_str(&self.layer_svg(card), self.options())
            .map_err(|e| e.to_string())?;
        resvg::render(
            &tree,
            tiny_skia::Transform::identity(),
            &mut pixmap.as_mut(),
        );
        encode(&pixmap)
    }

    /// The card's base, drawn on first use.
    fn base(&self, card: &SocialCard) -> Result<Arc<tiny_skia::Pixmap>, String> {
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
        let pixmap = Arc::new(pixmap);
        let mut bases = self.bases.lock().map_err(|e| e.to_string())?;
        Ok(Arc::clone(bases.entry(key).or_insert(pixmap)))
    }

    /// The whole card as one SVG document (the base, then the card's layer).
    pub fn svg(&self, card: &SocialCard) -> String {
        let base = self.base_svg(card);
        let layer = self.layer_svg(card);
        let inner = |doc: &str| {
            let start = doc.find('>').map_or(0, |i| i + 1);
            doc[start..doc.len() - "</svg>".len()].to_string()
        };
        format!(
            "{}{}{}</svg>",
            &base[..base.find('>').map_or(0, |i| i + 1)],
            inner(&base),
            inner(&layer)
        )
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

    /// What is this card's own, on a transparent layer.
    fn layer_svg(&self, card: &SocialCard) -> String {
        let mut s = open_svg();
        match card.layout {
            Layout::Story => self.story(&mut s, card),
            Layout::Profile => self.profile(&mut s, card, brand_colour(card)),
            Layout::Home => self.home(&mut s, card),
        }
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
            text(s, x, 109.0, 30.0, true, MUTED, &name.lines.concat());
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
            text(s, x + 24.0, 108.0, 26.0, true, &on, label);
        }
    }

    fn story(&self, s: &mut String, card: &SocialCard) {
        if self.bold.covers(&card.heading) {
            self.heading(s, &card.heading, 200.0);
        }
        let mut x = LEFT;
        for (n, face) in card.people.iter().take(4).enumerate() {
            avatar(s, face, x + 36.0 - n as f32 * 12.0, 522.0, 36.0);
            x += 60.0;
        }
        let names = if self.regular.covers(&card.detail) {
            card.detail.as_str()
        } else {
            ""
        };
        let line = self.regular.wrap(names, 30.0, 1000.0 - x, 1);
        text(s, x + 28.0, 533.0, 30.0, false, MUTED, &line.lines.concat());
    }

    /// The title: as large as lets it fit in three lines, else smaller in four.
    fn heading(&self, s: &mut String, heading: &str, top: f32) {
        let max = WIDTH as f32 - 2.0 * LEFT;
        let (size, wrapped) = [(72.0, 3), (60.0, 4)]
            .iter()
            .map(|&(size, lines)| (size, self.bold.wrap(heading, size, max, lines)))
            .find(|(_, w)| !w.cut)
            .unwrap_or_else(|| (60.0, self.bold.wrap(heading, 60.0, max, 4)));
        for (n, line) in wrapped.lines.iter().enumerate() {
            let y = top + size + n as f32 * size * 1.18;
            text(s, LEFT, y, size, true, INK, line);
        }
    }

    fn profile(&self, s: &mut String, card: &SocialCard, brand: Rgb) {
        if let Some(face) = card.people.first() {
            avatar(s, face, LEFT + 110.0, 345.0, 110.0);
        }
        let x = LEFT + 270.0;
        let max = WIDTH as f32 - LEFT - x;
        let mut y = 300.0;
        if self.bold.covers(&card.heading) {
            let name = self.bold.wrap(&card.heading, 64.0, max, 2);
            for line in &name.lines {
                text(s, x, y, 64.0, true, INK, line);
                y += 76.0;
            }
        }
        let accent = color::accents(&brand.hex()).0.hex();
        text(s, x, y + 10.0, 36.0, true, &accent, &card.eyebrow);
        text(s, x, y + 64.0, 30.0, false, MUTED, &card.detail);
    }

    fn home(&self, s: &mut String, card: &SocialCard) {
        let max = WIDTH as f32 - 2.0 * LEFT;
        let mut y = 250.0;
        if self.bold.covers(&card.heading) {
            let title = self.bold.wrap(&card.heading, 80.0, max, 2);
            for line in &title.lines {
                text(s, LEFT, y, 80.0, true, INK, line);
                y += 92.0;
            }
        }
        if self.regular.covers(&card.eyebrow) {
            let tagline = self.regular.wrap(&card.eyebrow, 36.0, max, 2);
            for line in &tagline.lines {
                text(s, LEFT, y, 36.0, false, MUTED, line);
                y += 46.0;
            }
        }
        text(s, LEFT, 540.0, 30.0, true, MUTED, &card.detail);
    }
}

fn brand_colour(card: &SocialCard) -> Rgb {
    Rgb::parse(&card.brand.color).unwrap_or(Rgb(0x2f, 0x6f, 0x4f))
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

/// One line of text at baseline `y`.
fn text(s: &mut String, x: f32, y: f32, size: f32, bold: bool, fill: &str, line: &str) {
    if line.is_empty() {
        return;
    }
    let weight = if bold { "700" } else { "400" };
    let _ = write!(
        s,
        r#"<text x="{x}" y="{y}" font-size="{size}" font-weight="{weight}" fill="{fill}">{}</text>"#,
        esc(line)
    );
}

/// A round avatar centred on (`cx`, `cy`): the member's picture, else
/// their initials on their colour.
fn avatar(s: &mut String, face: &Face, cx: f32, cy: f32, r: f32) {
    let _ = write!(
        s,
        r#"<circle cx="{cx}" cy="{cy}" r="{}" fill="white"/>"#,
        r + 4.0
    );
    if let Some(pic) = &face.picture {
        let id = format!("a{}", (cx as u32) * 10_000 + cy as u32);
        let _ = write!(
            s,
            r#"<clipPath id="{id}"><circle cx="{cx}" cy="{cy}" r="{r}"/></clipPath><g clip-path="url(#{id})">"#
        );
        image(s, pic, cx - r, cy - r, 2.0 * r);
        s.push_str("</g>");
        return;
    }
    let _ = write!(
        s,
        r#"<circle cx="{cx}" cy="{cy}" r="{r}" fill="hsl({}, 45%, 38%)"/>"#,
        face.hue
    );
    let size = r * 0.8;
    let _ = write!(
        s,
        r#"<text x="{cx}" y="{}" font-size="{size}" font-weight="700" fill="white" text-anchor="middle">{}</text>"#,
        cy + size * 0.36,
        esc(&face.initials)
    );
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

/// PNG of an opaque pixmap: RGB (the alpha channel is all 255), fdeflate's
/// fast compression and one fixed row filter instead of trying five per row.
fn encode(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, String> {
    let mut rgb = Vec::with_capacity((WIDTH * HEIGHT * 3) as usize);
    for px in pixmap.data().chunks_exact(4) {
        rgb.extend_from_slice(&px[..3]);
    }
    let mut out = Vec::with_capacity(64 * 1024);
    let mut enc = png::Encoder::new(&mut out, WIDTH, HEIGHT);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    enc.set_compression(png::Compression::Fast);
    enc.set_filter(png::Filter::Paeth);
    let mut w = enc.write_header().map_err(|e| e.to_string())?;
    w.write_image_data(&rgb).map_err(|e| e.to_string())?;
    w.finish().map_err(|e| e.to_string())?;
    Ok(out)
}
