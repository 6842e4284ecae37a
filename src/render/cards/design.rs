//! The card's design in numbers: its size, margins and colours, and the
//! marks a card's own layer is made of (what the layout decides and the
//! canvas draws).

use super::{Picture, SocialCard};
use crate::util::color::Rgb;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// The white panel's inset from the card's edge (the brand colour shows around it).
pub const FRAME: f32 = 28.0;
/// Where text starts, from the left edge.
pub const LEFT: f32 = 88.0;
pub const INK: Rgb = Rgb(0x16, 0x18, 0x1d);
pub const MUTED: Rgb = Rgb(0x4a, 0x4f, 0x5a);
pub const WHITE: Rgb = Rgb(255, 255, 255);
/// One thing a card's layer draws.
#[derive(Debug, Clone)]
pub enum Mark {
    /// A line of text with its pen at (`x`, baseline `y`), drawn over
    /// `over` (what its anti-aliasing blends with, for the palette).
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        ink: Rgb,
        over: Rgb,
        text: String,
    },
    Disc {
        cx: f32,
        cy: f32,
        r: f32,
        ink: Rgb,
        over: Rgb,
    },
    Photo {
        cx: f32,
        cy: f32,
        r: f32,
        picture: Picture,
    },
}

/// The brand's colour, or potluck's green when site.yaml's is not a colour.
pub fn brand_colour(card: &SocialCard) -> Rgb {
    Rgb::parse(&card.brand.color).unwrap_or(Rgb(0x2f, 0x6f, 0x4f))
}
