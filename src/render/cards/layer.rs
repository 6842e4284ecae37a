//! A card's own layer laid out as marks: its title, people and counts, in
//! the places and sizes of the design, measured with the embedded font so
//! lines wrap and end in "…" where they must. Text in a script the font
//! lacks is left out (never drawn as boxes).

use super::design::{brand_colour, Mark, INK, LEFT, MUTED, WHITE, WIDTH};
use super::draw::Painter;
use super::{Face, Layout, SocialCard};
use crate::util::color::{self, Rgb};

impl Painter {
    /// The marks of `card`'s layer, in drawing order.
    pub fn layer(&self, card: &SocialCard) -> Vec<Mark> {
        let mut marks = Vec::new();
        match card.layout {
            Layout::Story => self.story(&mut marks, card),
            Layout::Profile => self.profile(&mut marks, card),
            Layout::Home => self.home(&mut marks, card),
        }
        marks
    }

    fn story(&self, marks: &mut Vec<Mark>, card: &SocialCard) {
        if self.bold.covers(&card.heading) {
            self.heading(marks, &card.heading, 200.0);
        }
        let mut x = LEFT;
        let mut over = WHITE;
        for (n, face) in card.people.iter().take(4).enumerate() {
            over = self.avatar(marks, face, x + 36.0 - n as f32 * 12.0, 522.0, 36.0, over);
            x += 60.0;
        }
        let names = if self.regular.covers(&card.detail) {
            card.detail.as_str()
        } else {
            ""
        };
        let line = self.regular.wrap(names, 30.0, 1000.0 - x, 1);
        text(
            marks,
            x + 28.0,
            533.0,
            30.0,
            false,
            MUTED,
            &line.lines.concat(),
        );
    }

    /// The title: as large as lets it fit in three lines, else smaller in four.
    fn heading(&self, marks: &mut Vec<Mark>, heading: &str, top: f32) {
        let max = WIDTH as f32 - 2.0 * LEFT;
        let (size, wrapped) = [(72.0, 3), (60.0, 4)]
            .iter()
            .map(|&(size, lines)| (size, self.bold.wrap(heading, size, max, lines)))
            .find(|(_, w)| !w.cut)
            .unwrap_or_else(|| (60.0, self.bold.wrap(heading, 60.0, max, 4)));
        for (n, line) in wrapped.lines.iter().enumerate() {
            let y = top + size + n as f32 * size * 1.18;
            text(marks, LEFT, y, size, true, INK, line);
        }
    }

    fn profile(&self, marks: &mut Vec<Mark>, card: &SocialCard) {
        if let Some(face) = card.people.first() {
            self.avatar(marks, face, LEFT + 110.0, 345.0, 110.0, WHITE);
        }
        let x = LEFT + 270.0;
        let max = WIDTH as f32 - LEFT - x;
        let mut y = 300.0;
        if self.bold.covers(&card.heading) {
            let name = self.bold.wrap(&card.heading, 64.0, max, 2);
            for line in &name.lines {
                text(marks, x, y, 64.0, true, INK, line);
                y += 76.0;
            }
        }
        let brand = brand_colour(card);
        let accent = color::accents(&brand.hex()).0;
        if self.bold.covers(&card.eyebrow) {
            text(marks, x, y + 10.0, 36.0, true, accent, &card.eyebrow);
        }
        if self.regular.covers(&card.detail) {
            text(marks, x, y + 64.0, 30.0, false, MUTED, &card.detail);
        }
    }

    fn home(&self, marks: &mut Vec<Mark>, card: &SocialCard) {
        let max = WIDTH as f32 - 2.0 * LEFT;
        let mut y = 250.0;
        if self.bold.covers(&card.heading) {
            let title = self.bold.wrap(&card.heading, 80.0, max, 2);
            for line in &title.lines {
                text(marks, LEFT, y, 80.0, true, INK, line);
                y += 92.0;
            }
        }
        if self.regular.covers(&card.eyebrow) {
            let tagline = self.regular.wrap(&card.eyebrow, 36.0, max, 2);
            for line in &tagline.lines {
                text(marks, LEFT, y, 36.0, false, MUTED, line);
                y += 46.0;
            }
        }
        if self.bold.covers(&card.detail) {
            text(marks, LEFT, 540.0, 30.0, true, MUTED, &card.detail);
        }
    }

    /// A round avatar centred on (`cx`, `cy`) in a white ring, over what
    /// is drawn there (`over`): the member's picture, else their initials
    /// on their colour. Returns the colour it leaves at its edge.
    fn avatar(
        &self,
        marks: &mut Vec<Mark>,
        face: &Face,
        cx: f32,
        cy: f32,
        r: f32,
        over: Rgb,
    ) -> Rgb {
        marks.push(Mark::Disc {
            cx,
            cy,
            r: r + 4.0,
            ink: WHITE,
            over,
        });
        if let Some(picture) = &face.picture {
            let picture = picture.clone();
            marks.push(Mark::Photo { cx, cy, r, picture });
            return WHITE;
        }
        let hue = hsl(face.hue, 0.45, 0.38);
        marks.push(Mark::Disc {
            cx,
            cy,
            r,
            ink: hue,
            over: WHITE,
        });
        let size = r * 0.8;
        let x = cx - self.bold.width(&face.initials, size) / 2.0;
        marks.push(Mark::Text {
            x,
            y: cy + size * 0.36,
            size,
            bold: true,
            ink: WHITE,
            over: hue,
            text: face.initials.clone(),
        });
        hue
    }
}

/// One line of text on the white panel.
fn text(marks: &mut Vec<Mark>, x: f32, y: f32, size: f32, bold: bool, ink: Rgb, line: &str) {
    if line.is_empty() {
        return;
    }
    marks.push(Mark::Text {
        x,
        y,
        size,
        bold,
        ink,
        over: WHITE,
        text: line.to_string(),
    });
}

/// CSS's `hsl()`: the avatars' colours, as the pages draw them.
fn hsl(hue: u32, s: f32, l: f32) -> Rgb {
    let h = (hue % 360) as f32 / 60.0;
    let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
    let x = c * (1.0 - (h % 2.0 - 1.0).abs());
    let (r, g, b) = match h as u32 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    let m = l - c / 2.0;
    let byte = |v: f32| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    Rgb(byte(r), byte(g), byte(b))
}
