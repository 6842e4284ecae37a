//! Fuzzes what a contributor's image goes through: the header checks (format,
//! size, frames) and the bounded decode and encoding of PNG, JPEG and WebP,
//! and the SVG sanitizer. Any panic, abort, hang or out-of-memory is a bug;
//! so is an accepted image over the limits, or sanitized SVG that is not
//! stable or still carries something live.
#![no_main]

use libfuzzer_sys::fuzz_target;
use potluck::render::images::media::{self, Checked, Kind};
use potluck::render::images::raster::{Raster, MAX_PIXELS};
use potluck::render::images::svg;
use quick_xml::events::Event;
use quick_xml::Reader;

/// Elements and attributes that would run or load something.
fn live(svg: &str) -> Option<String> {
    let mut reader = Reader::from_str(svg);
    loop {
        let e = match reader.read_event() {
            Ok(Event::Eof) => return None,
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => e,
            Ok(Event::DocType(_)) => return Some("DOCTYPE".into()),
            Ok(_) => continue,
            Err(e) => return Some(format!("not well-formed: {e}")),
        };
        let name = String::from_utf8_lossy(e.name().as_ref()).to_ascii_lowercase();
        if ["script", "foreignobject", "style", "a", "image", "iframe", "set", "animate"]
            .contains(&name.as_str())
        {
            return Some(format!("<{name}>"));
        }
        for attr in e.attributes() {
            let attr = attr.ok()?;
            let key = String::from_utf8_lossy(attr.key.as_ref()).to_ascii_lowercase();
            let value = attr.unescape_value().ok()?.to_ascii_lowercase();
            let namespace = key.starts_with("xmlns");
            let href = key.ends_with("href") && !value.trim_start().starts_with('#');
            let url = value.match_indices("url(").any(|(at, _)| {
                !value[at + 4..]
                    .trim_start_matches(|c: char| c.is_whitespace() || c == '"' || c == '\'')
                    .starts_with('#')
            });
            if !namespace && (key.starts_with("on") || href || url || value.contains("javascript:"))
            {
                return Some(format!("{key}={value:?} on <{name}>"));
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, bytes)) = data.split_first() else {
        return;
    };
    let kind = match which % 4 {
        0 => Kind::Raster(Raster::Png),
        1 => Kind::Raster(Raster::Jpeg),
        2 => Kind::Raster(Raster::WebP),
        _ => Kind::Svg,
    };
    match media::read(bytes, kind) {
        Ok(Checked::Raster(img, format)) => {
            let pixels = u64::from(img.width()) * u64::from(img.height());
            assert!(pixels <= MAX_PIXELS, "accepted {pixels} pixels");
            let again = media::publish(&Checked::Raster(img, format)).expect("encode");
            let (out, _) = again.expect("an image is published as bytes");
            assert!(media::read(&out, kind).is_ok(), "the published image cannot be read back");
        }
        Ok(Checked::Svg(text)) => {
            if let Some(payload) = live(&text) {
                panic!("live payload {payload} in {text}");
            }
            assert_eq!(svg::sanitize(text.as_bytes()).as_deref(), Ok(text.as_str()));
        }
        _ => {}
    }
});
