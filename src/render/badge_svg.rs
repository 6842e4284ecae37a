//! Shields.io-style "flat" badges as standalone SVG files, for members to embed
//! elsewhere ("Trailhead community | Champion").
//!
//! Text widths are estimated from a per-character table for Verdana at 11px
//! (the font shields.io uses), so no font file is needed at build time.

use crate::render::charts::esc;

/// Space between the text and each edge of its half, in px.
const PAD: f64 = 5.0;
/// The grey of the label half.
const LABEL_COLOR: &str = "#555";
/// Used when `color` is neither a hex colour nor a known name.
const DEFAULT_COLOR: &str = "#007ec6";

/// A flat badge: `label` on grey, `value` on `color`.
///
/// `color` is a hex colour (`#0b6e4f`, `#fff`) or a shields.io name
/// (`brightgreen`, `green`, `yellowgreen`, `yellow`, `orange`, `red`, `blue`,
/// `grey`/`gray`, `lightgrey`); anything else falls back to blue rather than
/// letting arbitrary text into an attribute. With an empty label only the
/// value half is drawn. Meant to be served as its own file (the `s`/`r` ids
/// are only unique within it).
pub fn member_badge(label: &str, value: &str, color: &str) -> String {
    let color = badge_color(color);
    let (lw, vw) = (section(label), section(value));
    let total = lw + vw;
    let aria = if label.is_empty() {
        esc(value)
    } else {
        format!("{}: {}", esc(label), esc(value))
    };
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{total}\" height=\"20\" \
         role=\"img\" aria-label=\"{aria}\"><title>{aria}</title>\
         <linearGradient id=\"s\" x2=\"0\" y2=\"100%\">\
         <stop offset=\"0\" stop-color=\"#bbb\" stop-opacity=\".1\"/>\
         <stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>\
         <clipPath id=\"r\"><rect width=\"{total}\" height=\"20\" rx=\"3\" fill=\"#fff\"/></clipPath>\
         <g clip-path=\"url(#r)\"><rect width=\"{lw}\" height=\"20\" fill=\"{LABEL_COLOR}\"/>\
         <rect x=\"{lw}\" width=\"{vw}\" height=\"20\" fill=\"{color}\"/>\
         <rect width=\"{total}\" height=\"20\" fill=\"url(#s)\"/></g>\
         <g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\" \
         text-rendering=\"geometricPrecision\" font-size=\"110\">"
    );
    if !label.is_empty() {
        svg.push_str(&caption(label, 0, lw, LABEL_COLOR));
    }
    svg.push_str(&caption(value, lw, vw, &color));
    // A trailing newline, as the badge is written out as a file of its own.
    svg.push_str("</g></svg>\n");
    svg
}

/// Width of one half: the text plus padding, rounded to whole pixels.
fn section(text: &str) -> u32 {
    if text.is_empty() {
        0
    } else {
        (text_width(text) + 2.0 * PAD).round() as u32
    }
}

/// Shadow and text of one half. Drawn at 10× scale (font-size 110, then
/// `scale(.1)`) like shields.io, for sub-pixel placement; `textLength` pins
/// the rendered width to the estimate so the text always fits its half.
fn caption(text: &str, x: u32, width: u32, background: &str) -> String {
    let center = (f64::from(x) + f64::from(width) / 2.0) * 10.0;
    let length = ((f64::from(width) - 2.0 * PAD) * 10.0).round();
    let (ink, shadow) = if is_light(background) {
        ("#333", "#ccc")
    } else {
        ("#fff", "#010101")
    };
    let text = esc(text);
    format!(
        "<text aria-hidden=\"true\" x=\"{center}\" y=\"150\" fill=\"{shadow}\" fill-opacity=\".3\" \
         transform=\"scale(.1)\" textLength=\"{length}\">{text}</text>\
         <text x=\"{center}\" y=\"140\" transform=\"scale(.1)\" fill=\"{ink}\" \
         textLength=\"{length}\">{text}</text>"
    )
}

/// Estimated width in px of `text` in Verdana 11px.
pub fn text_width(text: &str) -> f64 {
    text.chars().map(char_width).sum()
}

/// Advance widths of Verdana at 11px (the font's advances / 2048 × 11),
/// rounded to two decimals. Characters outside the table get a typical
/// width, or a full em for wide scripts (CJK, emoji).
fn char_width(c: char) -> f64 {
    match c {
        ' ' => 3.87,
        'i' | 'l' => 3.02,
        'j' => 3.79,
        'f' => 3.87,
        't' => 4.33,
        'r' => 4.69,
        'I' => 4.63,
        'J' => 5.0,
        'c' | 's' => 5.73,
        'z' => 5.78,
        'F' => 6.32,
        'L' => 6.12,
        'e' => 6.55,
        'a' => 6.61,
        'P' => 6.63,
        'o' => 6.68,
        'k' | 'v' | 'x' | 'y' => 6.51,
        'b' | 'd' | 'g' | 'p' | 'q' => 6.85,
        'h' | 'n' | 'u' => 6.96,
        'E' => 6.96,
        'T' | 'Y' => 6.77,
        '0'..='9' | '$' | '*' | '_' | '`' => 6.99,
        '{' | '}' => 6.98,
        'A' | 'S' | 'V' => 7.52,
        'B' | 'X' | 'Z' => 7.54,
        'K' => 7.62,
        'R' => 7.65,
        'C' => 7.68,
        'U' => 8.05,
        'N' => 8.23,
        'H' => 8.27,
        'D' => 8.48,
        'G' => 8.53,
        'O' | 'Q' => 8.66,
        'w' => 8.98,
        'M' => 9.27,
        'm' => 10.7,
        'W' => 10.88,
        '\'' => 2.95,
        ',' | '.' => 4.0,
        '!' => 4.33,
        '"' => 5.05,
        '(' | ')' | '-' | '/' | ':' | ';' | '[' | ']' | '\\' | '|' => 4.99,
        '?' => 5.99,
        '&' => 7.99,
        '#' | '+' | '<' | '=' | '>' | '^' | '~' => 9.0,
        '@' => 11.0,
        '%' => 11.84,
        c if is_wide(c) => 11.0,
        _ => 7.0,
    }
}

/// East Asian wide characters and emoji take about a full em.
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x1F300..=0x1FAFF
        | 0x20000..=0x3FFFD)
}

/// A safe colour for the value half.
fn badge_color(color: &str) -> String {
    let named = match color {
        "brightgreen" => Some("#4c1"),
        "green" => Some("#97ca00"),
        "yellowgreen" => Some("#a4a61d"),
        "yellow" => Some("#dfb317"),
        "orange" => Some("#fe7d37"),
        "red" => Some("#e05d44"),
        "blue" => Some("#007ec6"),
        "grey" | "gray" => Some("#555"),
        "lightgrey" | "lightgray" => Some("#9f9f9f"),
        _ => None,
    };
    match named {
        Some(hex) => hex.to_string(),
        None if rgb(color).is_some() => color.to_ascii_lowercase(),
        None => DEFAULT_COLOR.to_string(),
    }
}

/// `#rgb` / `#rrggbb` as 0-255 channels.
fn rgb(color: &str) -> Option<[u8; 3]> {
    let hex = color.strip_prefix('#')?;
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize, n: usize| u8::from_str_radix(&hex[i..i + n], 16).ok();
    match hex.len() {
        3 => Some([digit(0, 1)? * 17, digit(1, 1)? * 17, digit(2, 1)? * 17]),
        6 => Some([digit(0, 2)?, digit(2, 2)?, digit(4, 2)?]),
        _ => None,
    }
}

/// Light backgrounds get dark text, as on shields.io (YIQ brightness of at
/// least 0.69, so its yellow keeps white text).
fn is_light(color: &str) -> bool {
    rgb(color).is_some_and(|[r, g, b]| {
        let yiq = (u32::from(r) * 299 + u32::from(g) * 587 + u32::from(b) * 114) / 1000;
        yiq * 100 >= 69 * 255
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use quick_xml::events::Event;
    use quick_xml::Reader;

    fn well_formed(svg: &str) -> usize {
        let mut reader = Reader::from_str(svg);
        let mut elements = 0;
        loop {
            match reader.read_event().expect("well-formed XML") {
                Event::Start(_) | Event::Empty(_) => elements += 1,
                Event::Eof => return elements,
                _ => {}
            }
        }
    }

    #[test]
    fn widths_follow_the_verdana_table() {
        // shields.io draws "build" in a 37px half and "passing" in a 51px
        // one; the table lands within a pixel.
        assert_eq!(section("build"), 37);
        assert_eq!(section("passing"), 52);
        assert_eq!(section(""), 0);
        assert!((text_width("mW") - 21.58).abs() < 1e-9);
        assert!(text_width("iiii") < text_width("mmmm"));
        assert_eq!(text_width("社区"), 22.0);
    }

    #[test]
    fn badge_is_a_standalone_accessible_svg() {
        let svg = member_badge("Trailhead community", "Champion", "#0b6e4f");
        let (lw, vw) = (section("Trailhead community"), section("Champion"));
        assert!(svg.starts_with(&format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"20\" role=\"img\" \
             aria-label=\"Trailhead community: Champion\"><title>Trailhead community: Champion</title>",
            lw + vw
        )));
        assert!(svg.contains(&format!(
            "<rect x=\"{lw}\" width=\"{vw}\" height=\"20\" fill=\"#0b6e4f\"/>"
        )));
        // Both halves: a shadow and a text each.
        assert_eq!(svg.matches(">Champion</text>").count(), 2);
        assert_eq!(svg.matches(">Trailhead community</text>").count(), 2);
        assert!(svg.ends_with("</g></svg>\n"));
        assert!(well_formed(&svg) > 10);
    }

    #[test]
    fn text_and_colour_are_escaped_or_replaced() {
        let svg = member_badge("A&B <co>", "\"x\"", "red\" onload=\"alert(1)");
        assert!(svg.contains("aria-label=\"A&amp;B &lt;co&gt;: &quot;x&quot;\""));
        assert!(!svg.contains("onload"));
        assert!(svg.contains("fill=\"#007ec6\""));
        well_formed(&svg);
    }

    #[test]
    fn colours_names_and_contrast() {
        assert_eq!(badge_color("brightgreen"), "#4c1");
        assert_eq!(badge_color("#ABCDEF"), "#abcdef");
        assert_eq!(badge_color("#12345"), DEFAULT_COLOR);
        assert!(is_light("#fff") && is_light("#e0e0e0"));
        assert!(!is_light("#0b6e4f") && !is_light("#555") && !is_light("#dfb317"));
        let light = member_badge("x", "y", "#ffffff");
        assert!(light.contains("fill=\"#333\""));
        let dark = member_badge("x", "y", "#000");
        assert!(!dark.contains("fill=\"#333\""));
    }

    #[test]
    fn empty_label_draws_only_the_value() {
        let svg = member_badge("", "Regular", "blue");
        assert!(svg.contains("aria-label=\"Regular\""));
        assert!(svg.contains(&format!("width=\"{}\"", section("Regular"))));
        assert_eq!(svg.matches("</text>").count(), 2);
    }
}
