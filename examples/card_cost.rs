//! What one social card costs: draws the three layouts many times and
//! prints the time per card (SVG, parse, raster, PNG) and its bytes.
//! `cargo run --release --example card_cost [N] [OUT_DIR]`

use std::sync::Arc;
use std::time::Instant;

use potluck::render::cards::{Brand, Face, Layout, Painter, SocialCard};

fn card(layout: Layout, n: usize) -> SocialCard {
    SocialCard {
        layout,
        heading: format!("How a resole works, part {n}: glue, patience and a borrowed last"),
        label: "Story".into(),
        eyebrow: "Trail regular".into(),
        detail: "Alice Nguyen and Зоя Иванова".into(),
        people: vec![
            Face {
                initials: "AN".into(),
                hue: 120,
                picture: None,
            },
            Face {
                initials: "ЗИ".into(),
                hue: 300,
                picture: None,
            },
        ],
        brand: Arc::new(Brand {
            name: "Trailhead".into(),
            color: "#2f6f4f".into(),
            logo: None,
        }),
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(50);
    let out = args.next();
    let painter = Painter::default();
    if std::env::var_os("CARD_VARIANTS").is_some() {
        variants(&painter, &card(Layout::Story, 1), n);
    }
    for layout in [Layout::Story, Layout::Profile, Layout::Home] {
        let _ = painter.png(&card(layout, 0));
        let start = Instant::now();
        let mut bytes = 0;
        for i in 0..n {
            let png = painter.png(&card(layout, i)).expect("drawn");
            bytes += png.len();
            if i == 0 {
                if let Some(dir) = &out {
                    std::fs::write(format!("{dir}/{layout:?}.png"), &png).unwrap();
                }
            }
        }
        let per = start.elapsed() / n as u32;
        println!("{layout:?}: {per:?} per card, {} bytes per card", bytes / n);
    }
}

/// The stages apart, and PNG settings side by side.
fn variants(painter: &Painter, card: &SocialCard, n: usize) {
    use resvg::{tiny_skia, usvg};
    let opts = usvg::Options {
        fontdb: potluck::render::cards::font::database(),
        ..Default::default()
    };
    let t = Instant::now();
    let mut svg = String::new();
    for _ in 0..n {
        svg = painter.svg(card);
    }
    println!("svg: {:?}", t.elapsed() / n as u32);
    let t = Instant::now();
    let mut tree = usvg::Tree::from_str(&svg, &opts).unwrap();
    for _ in 1..n {
        tree = usvg::Tree::from_str(&svg, &opts).unwrap();
    }
    println!("parse: {:?}", t.elapsed() / n as u32);
    let t = Instant::now();
    let mut pixmap = tiny_skia::Pixmap::new(1200, 630).unwrap();
    for _ in 0..n {
        pixmap = tiny_skia::Pixmap::new(1200, 630).unwrap();
        resvg::render(
            &tree,
            tiny_skia::Transform::identity(),
            &mut pixmap.as_mut(),
        );
    }
    println!("render: {:?}", t.elapsed() / n as u32);
    let rgb: Vec<u8> = pixmap
        .data()
        .chunks_exact(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    for (name, filter) in [
        ("none", png::Filter::NoFilter),
        ("sub", png::Filter::Sub),
        ("up", png::Filter::Up),
        ("paeth", png::Filter::Paeth),
        ("adaptive", png::Filter::Adaptive),
    ] {
        for (cname, c) in [
            ("fast", png::DeflateCompression::FdeflateUltraFast),
            ("z1", png::DeflateCompression::Level(1)),
            ("z6", png::DeflateCompression::Level(6)),
        ] {
            let t = Instant::now();
            let mut len = 0;
            for _ in 0..n {
                let mut out = Vec::new();
                let mut enc = png::Encoder::new(&mut out, 1200, 630);
                enc.set_color(png::ColorType::Rgb);
                enc.set_deflate_compression(c);
                enc.set_filter(filter);
                let mut w = enc.write_header().unwrap();
                w.write_image_data(&rgb).unwrap();
                w.finish().unwrap();
                len = out.len();
            }
            println!(
                "png {name}/{cname}: {:?}, {len} bytes",
                t.elapsed() / n as u32
            );
        }
    }
}
