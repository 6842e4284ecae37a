//! Cards drawn from made-up inputs: the PNG's size, what is left out when
//! the font lacks a script, and that the PNG (indexed without a photograph,
//! RGB with one) shows what was drawn: the brand frame, the title's ink.

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

/// The text a card's layer draws.
fn texts(painter: &Painter, card: &SocialCard) -> String {
    let lines = painter.layer(card).into_iter().filter_map(|m| match m {
        design::Mark::Text { text, .. } => Some(text),
        _ => None,
    });
    lines.collect::<Vec<_>>().join("\n")
}

#[test]
fn a_title_in_a_script_the_font_lacks_is_left_out_not_drawn_as_boxes() {
    let painter = Painter::default();
    let cjk = card(Layout::Story, "東京の山道を走る");
    assert!(!painter.bold.covers(&cjk.heading));
    assert!(!texts(&painter, &cjk).contains("東京"));
    assert_eq!(png_size(&painter.png(&cjk).unwrap()), (1200, 630));
    let cyrillic = card(Layout::Story, "Зоя в горах");
    assert!(texts(&painter, &cyrillic).contains("Зоя в горах"));
}

/// A PNG's pixels as RGB, and its colour type.
fn decode(bytes: &[u8]) -> (Vec<u8>, png::ColorType) {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().unwrap();
    let kind = reader.info().color_type;
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut buf).unwrap();
    assert_eq!((frame.width, frame.height), (1200, 630));
    assert_eq!(frame.color_type, png::ColorType::Rgb);
    buf.truncate(frame.buffer_size());
    (buf, kind)
}

fn at(px: &[u8], x: usize, y: usize) -> [u8; 3] {
    let i = (y * 1200 + x) * 3;
    [px[i], px[i + 1], px[i + 2]]
}

/// The frame is the brand's colour, and the title area has pixels of the
/// title's ink (solid, not only anti-aliased edges).
fn looks_right(px: &[u8]) {
    assert_eq!(at(px, 10, 10), [0x2f, 0x6f, 0x4f], "brand frame");
    assert_eq!(at(px, 1190, 620), [0x2f, 0x6f, 0x4f], "brand frame");
    assert_eq!(at(px, 600, 180), [255, 255, 255], "white panel");
    let ink = (200..440)
        .flat_map(|y| (88..1112).map(move |x| (x, y)))
        .filter(|&(x, y)| at(px, x, y) == [0x16, 0x18, 0x1d])
        .count();
    assert!(ink > 2000, "{ink} pixels of ink in the title");
}

#[test]
fn a_card_without_a_photo_is_an_indexed_png_of_what_was_drawn() {
    let painter = Painter::default();
    let c = card(Layout::Story, "Crème brûlée at Σπάρτη with Зоя");
    let (px, kind) = decode(&painter.png(&c).unwrap());
    assert_eq!(kind, png::ColorType::Indexed);
    looks_right(&px);
    // The same card drawn in full colour: the palette's anti-aliasing
    // steps are within half a step (of 16) of it.
    let rgb = painter.pixels(&c).unwrap();
    let worst = px.iter().zip(&rgb).map(|(a, b)| a.abs_diff(*b)).max();
    assert!(worst <= Some(10), "{worst:?}");
}

#[test]
fn a_card_with_a_photo_is_an_rgb_png_with_the_photo_in_its_circle() {
    let painter = Painter::default();
    let mut c = card(Layout::Story, "A resole with a photograph");
    let mut img = image::RgbImage::new(8, 8);
    img.pixels_mut()
        .for_each(|p| *p = image::Rgb([200, 30, 40]));
    let mut bytes = Vec::new();
    img.write_to(
        &mut std::io::Cursor::new(&mut bytes),
        image::ImageFormat::Png,
    )
    .unwrap();
    let key = crate::incremental::fingerprint::of(&bytes[..]);
    c.people[0].picture = Picture::new("a.png", Bytes::Shared(bytes.into()), key);
    let (px, kind) = decode(&painter.png(&c).unwrap());
    assert_eq!(kind, png::ColorType::Rgb);
    looks_right(&px);
    // The avatar's centre (88 + 36, 522) shows the photograph.
    assert_eq!(at(&px, 124, 522), [200, 30, 40]);
}

#[test]
fn hebrew_and_arabic_titles_are_shaped_and_drawn() {
    let painter = Painter::default();
    for title in ["שלום לכולם", "مرحبا بالعالم"] {
        let c = card(Layout::Story, title);
        assert!(font::needs_shaping(title));
        assert!(texts(&painter, &c).contains(title));
        let (px, _) = decode(&painter.png(&c).unwrap());
        looks_right(&px);
    }
    assert!(!font::needs_shaping("Crème brûlée in Σπάρτη with Зоя"));
}
