//! Cards drawn from made-up inputs: the PNG's size, and what is left out
//! when the font lacks a script.

use std::sync::Arc;

use super::*;

fn card(layout: Layout, heading: &str) -> SocialCard {
    SocialCard {
        layout,
        heading: heading.into(),
        label: "Story".into(),
        eyebrow: "Trail regular".into(),
        detail: "Alice Nguyen and Зоя".into(),
        people: vec![Face {
            initials: "AN".into(),
            hue: 120,
            picture: None,
        }],
        brand: Arc::new(Brand {
            name: "Trailhead".into(),
            color: "#2f6f4f".into(),
            logo: None,
        }),
    }
}

fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    let be = |i: usize| u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap());
    (be(16), be(20))
}

#[test]
fn every_layout_draws_a_1200_by_630_png() {
    let painter = Painter::default();
    for layout in [Layout::Story, Layout::Profile, Layout::Home] {
        let start = std::time::Instant::now();
        let png = painter
            .png(&card(layout, "Resoling in Σπάρτη: a weekend"))
            .unwrap();
        eprintln!("{layout:?}: {} bytes in {:?}", png.len(), start.elapsed());
        assert_eq!(png_size(&png), (1200, 630));
    }
}

#[test]
fn a_title_in_a_script_the_font_lacks_is_left_out_not_drawn_as_boxes() {
    let painter = Painter::default();
    let cjk = card(Layout::Story, "東京の山道を走る");
    assert!(!painter.bold.covers(&cjk.heading));
    assert!(!painter.svg(&cjk).contains("東京"));
    assert_eq!(png_size(&painter.png(&cjk).unwrap()), (1200, 630));
    let cyrillic = card(Layout::Story, "Зоя в горах");
    assert!(painter.svg(&cyrillic).contains("Зоя в горах"));
}
