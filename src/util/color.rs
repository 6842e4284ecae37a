//! Colour arithmetic for the brand accent: WCAG contrast, and accessible variants.

/// The theme's page backgrounds, light and dark.
pub const LIGHT_BG: Rgb = Rgb(0xff, 0xff, 0xff);
pub const DARK_BG: Rgb = Rgb(0x14, 0x16, 0x1a);

/// Text on accents is one of these two.
const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
const INK: Rgb = Rgb(0x11, 0x11, 0x11);

/// Accent text must reach this against the page (4.5 is WCAG AA; the margin
/// covers the theme's slightly tinted card backgrounds).
const TARGET: f64 = 5.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parses `#rgb` or `#rrggbb`.
    pub fn parse(hex: &str) -> Option<Rgb> {
        let h = hex.strip_prefix('#')?;
        let v = |s: &str| u8::from_str_radix(s, 16).ok();
        match h.len() {
            3 => {
                let d: Vec<u8> = h
                    .chars()
                    .map(|c| c.to_digit(16).map(|x| x as u8 * 17))
                    .collect::<Option<_>>()?;
                Some(Rgb(d[0], d[1], d[2]))
            }
            6 => Some(Rgb(v(&h[0..2])?, v(&h[2..4])?, v(&h[4..6])?)),
            _ => None,
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let ch = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * ch(self.0) + 0.7152 * ch(self.1) + 0.0722 * ch(self.2)
    }

    fn mix(self, other: Rgb, t: f64) -> Rgb {
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }
}

/// WCAG contrast ratio between two colours (1 to 21).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The colour moved towards `toward` just enough to reach the target contrast on `bg`.
pub fn readable_on(color: Rgb, bg: Rgb, toward: Rgb) -> Rgb {
    (0..=50)
        .map(|i| color.mix(toward, f64::from(i) / 50.0))
        .find(|c| contrast(*c, bg) >= TARGET)
        .unwrap_or(toward)
}

/// White or near-black, whichever reads better on `bg`.
pub fn text_on(bg: Rgb) -> Rgb {
    if contrast(WHITE, bg) >= contrast(INK, bg) {
        WHITE
    } else {
        INK
    }
}

/// The brand colour's variants for both schemes: (accent on light, accent on dark).
pub fn accents(brand: &str) -> (Rgb, Rgb) {
    let c = Rgb::parse(brand).unwrap_or(Rgb(0x0b, 0x6e, 0x4f));
    (
        readable_on(c, LIGHT_BG, Rgb(0, 0, 0)),
        readable_on(c, DARK_BG, WHITE),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_of_black_and_white_is_21() {
        assert!((contrast(Rgb(0, 0, 0), Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
    }

    #[test]
    fn accents_reach_aa_for_light_and_dark_brands() {
        for brand in [
            "#0b6e4f", "#ffe600", "#111111", "#ff69b4", "#3366ff", "#fff",
        ] {
            let (light, dark) = accents(brand);
            assert!(
                contrast(light, LIGHT_BG) >= 4.5,
                "{brand} light {}",
                light.hex()
            );
            assert!(
                contrast(dark, DARK_BG) >= 4.5,
                "{brand} dark {}",
                dark.hex()
            );
            assert!(
                contrast(text_on(light), light) >= 4.5,
                "{brand} on light accent"
            );
            assert!(
                contrast(text_on(dark), dark) >= 4.5,
                "{brand} on dark accent"
            );
        }
    }

    #[test]
    fn an_accessible_brand_colour_is_kept() {
        assert_eq!(accents("#0b6e4f").0.hex(), "#0b6e4f");
    }
}
