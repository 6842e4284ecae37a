//! What one social card costs: draws the three layouts many times and
//! prints the time per card and its bytes (`CARD_VARIANTS=1`: also the
//! stages: layout, drawing in full colour, and a card with a photograph).
//! `cargo run --release --example card_cost [N] [OUT_DIR]`

use std::sync::Arc;
use std::time::Instant;

use potluck::render::cards::{Brand, Bytes, Face, Layout, Painter, Picture, SocialCard};

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
        // The first card of a layout draws its base and rasterises its
        // glyphs: what a warm build that redraws one card pays.
        let first = Instant::now();
        let _ = painter.png(&card(layout, 0));
        println!("{layout:?}: first card {:?}", first.elapsed());
        let start = Instant::now();
        let cpu = cpu_time();
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
        let cpu = (cpu_time() - cpu) / n as u32;
        println!(
            "{layout:?}: {cpu:?} CPU ({per:?} wall) per card, {} bytes per card",
            bytes / n
        );
    }
}

/// This process's CPU time: the machine is shared, so wall time says
/// more about the other processes than about a card.
fn cpu_time() -> std::time::Duration {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec for clock_gettime to write.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut t) };
    std::time::Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

/// The stages apart: the layer's layout, drawing it in RGB without
/// encoding, and the whole card with a photograph (RGB PNG).
fn variants(painter: &Painter, card: &SocialCard, n: usize) {
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(painter.layer(card));
    }
    println!("layout: {:?}", t.elapsed() / n as u32);
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(painter.pixels(card).unwrap());
    }
    println!(
        "layer drawn in RGB, not encoded: {:?}",
        t.elapsed() / n as u32
    );
    let mut photo = card.clone();
    let img = image::RgbImage::from_fn(400, 400, |x, y| image::Rgb([x as u8, y as u8, 90]));
    let mut bytes = Vec::new();
    img.write_to(
        &mut std::io::Cursor::new(&mut bytes),
        image::ImageFormat::Png,
    )
    .unwrap();
    let key = potluck::incremental::fingerprint::of(&bytes[..]);
    photo.people[0].picture = Picture::new("a.png", Bytes::Shared(bytes.into()), key);
    let _ = painter.png(&photo);
    let t = Instant::now();
    let mut len = 0;
    for _ in 0..n {
        len = painter.png(&photo).unwrap().len();
    }
    println!(
        "with a photograph (RGB PNG): {:?}, {len} bytes",
        t.elapsed() / n as u32
    );
    indexed_settings(&painter.png(card).unwrap(), n);
}

/// The indexed card re-encoded with each filter and compressor.
fn indexed_settings(png_bytes: &[u8], n: usize) {
    let mut reader = png::Decoder::new(std::io::Cursor::new(png_bytes))
        .read_info()
        .unwrap();
    let palette = reader.info().palette.clone().unwrap().into_owned();
    let mut px = vec![0; reader.output_buffer_size().unwrap()];
    reader.next_frame(&mut px).unwrap();
    for (name, filter) in [
        ("none", png::Filter::NoFilter),
        ("sub", png::Filter::Sub),
        ("up", png::Filter::Up),
        ("paeth", png::Filter::Paeth),
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
                enc.set_color(png::ColorType::Indexed);
                enc.set_palette(palette.clone());
                enc.set_deflate_compression(c);
                enc.set_filter(filter);
                let mut w = enc.write_header().unwrap();
                w.write_image_data(&px).unwrap();
                w.finish().unwrap();
                len = out.len();
            }
            println!(
                "indexed {name}/{cname}: {:?}, {len} bytes",
                t.elapsed() / n as u32
            );
        }
    }
}
