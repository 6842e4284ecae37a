//! Contributor SVG reduced to a safe subset: the file is parsed as XML and
//! written anew from an allowlist of drawing elements and attributes, so
//! nothing can run (no script, no event handlers, no `foreignObject`, no
//! animation that could set a link), nothing can load (references only to
//! `#fragments` in the same file), and nothing the parser would expand
//! (a DOCTYPE is refused, so no entity can be defined). Anything not on the
//! lists is left out; Inkscape and Illustrator extras go with it.

use quick_xml::escape::{escape, resolve_predefined_entity};
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// The deepest nesting accepted (drawings nest a few groups; a parser bomb nests thousands).
const MAX_DEPTH: usize = 100;
const SVG_NS: &str = "http://www.w3.org/2000/svg";
const XLINK_NS: &str = "http://www.w3.org/1999/xlink";

/// Drawing elements kept, with their content.
const ELEMENTS: &[&str] = &[
    "svg",
    "g",
    "defs",
    "symbol",
    "use",
    "title",
    "desc",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "text",
    "tspan",
    "textPath",
    "linearGradient",
    "radialGradient",
    "stop",
    "pattern",
    "clipPath",
    "mask",
    "marker",
    "filter",
    "feBlend",
    "feColorMatrix",
    "feComponentTransfer",
    "feComposite",
    "feDropShadow",
    "feFlood",
    "feFuncA",
    "feFuncB",
    "feFuncG",
    "feFuncR",
    "feGaussianBlur",
    "feMerge",
    "feMergeNode",
    "feMorphology",
    "feOffset",
];

/// Elements left out while their content is kept (a link around a drawing).
const UNWRAPPED: &[&str] = &["a", "switch"];

/// Attributes kept: geometry, presentation, and references (checked to be fragments).
const ATTRIBUTES: &[&str] = &[
    "id",
    "class",
    "viewBox",
    "preserveAspectRatio",
    "width",
    "height",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "fx",
    "fy",
    "fr",
    "d",
    "points",
    "pathLength",
    "transform",
    "fill",
    "fill-opacity",
    "fill-rule",
    "stroke",
    "stroke-width",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-miterlimit",
    "stroke-dasharray",
    "stroke-dashoffset",
    "stroke-opacity",
    "opacity",
    "color",
    "display",
    "visibility",
    "overflow",
    "font-family",
    "font-size",
    "font-weight",
    "font-style",
    "font-variant",
    "text-anchor",
    "dominant-baseline",
    "alignment-baseline",
    "baseline-shift",
    "letter-spacing",
    "word-spacing",
    "text-decoration",
    "writing-mode",
    "dx",
    "dy",
    "rotate",
    "textLength",
    "lengthAdjust",
    "startOffset",
    "offset",
    "stop-color",
    "stop-opacity",
    "gradientUnits",
    "gradientTransform",
    "spreadMethod",
    "patternUnits",
    "patternContentUnits",
    "patternTransform",
    "clipPathUnits",
    "clip-path",
    "clip-rule",
    "mask",
    "maskUnits",
    "maskContentUnits",
    "marker-start",
    "marker-mid",
    "marker-end",
    "markerWidth",
    "markerHeight",
    "markerUnits",
    "refX",
    "refY",
    "orient",
    "filter",
    "filterUnits",
    "primitiveUnits",
    "flood-color",
    "flood-opacity",
    "lighting-color",
    "in",
    "in2",
    "result",
    "stdDeviation",
    "mode",
    "operator",
    "k1",
    "k2",
    "k3",
    "k4",
    "type",
    "values",
    "tableValues",
    "slope",
    "intercept",
    "amplitude",
    "exponent",
    "radius",
    "color-interpolation",
    "color-interpolation-filters",
    "shape-rendering",
    "text-rendering",
    "image-rendering",
    "vector-effect",
    "paint-order",
    "mix-blend-mode",
    "isolation",
    "style",
    "version",
    "xml:space",
    "href",
    "xlink:href",
];

/// Why an SVG is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SvgError {
    #[error("the SVG is not well-formed XML ({0})")]
    Malformed(String),
    #[error("the SVG has a DOCTYPE, which could define entities")]
    Doctype,
    #[error("the file is not an SVG image (its first element is <{0}>)")]
    NotSvg(String),
    #[error("the SVG nests elements more than {MAX_DEPTH} deep")]
    TooDeep,
}

impl SvgError {
    pub fn help(&self) -> &'static str {
        match self {
            SvgError::Doctype => {
                "export the SVG again without a DOCTYPE (\"plain SVG\" in most editors)"
            }
            _ => "export it again as a plain SVG from a drawing program, or save it as a PNG",
        }
    }
}

/// What became of an open element.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    Written,
    /// Left out, its content kept.
    Unwrapped,
    /// Left out with its content.
    Dropped,
}

/// The SVG reduced to the allowlist, as UTF-8 text.
pub fn sanitize(bytes: &[u8]) -> Result<String, SvgError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| SvgError::Malformed("it is not UTF-8 text".into()))?;
    let mut reader = Reader::from_str(text.strip_prefix('\u{feff}').unwrap_or(text));
    reader.config_mut().check_end_names = true;
    let mut out = String::with_capacity(text.len());
    let mut open: Vec<Open> = Vec::new();
    let mut dropped = 0usize;
    let mut root = Root::Before;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| SvgError::Malformed(short(&e.to_string())))?;
        let writing = root == Root::Inside && dropped == 0;
        match event {
            Event::Eof => break,
            Event::DocType(_) => return Err(SvgError::Doctype),
            Event::Start(e) if root == Root::Before => {
                write_root(&mut out, &e)?;
                root = Root::Inside;
                open.push(Open::Written);
            }
            Event::Empty(e) if root == Root::Before => {
                write_root(&mut out, &e)?;
                out.insert(out.len() - 1, '/');
                root = Root::After;
            }
            Event::Start(e) if root == Root::Inside => {
                if open.len() >= MAX_DEPTH {
                    return Err(SvgError::TooDeep);
                }
                let state = match () {
                    _ if !writing => Open::Dropped,
                    _ if kept(&e) => Open::Written,
                    _ if UNWRAPPED.contains(&&*String::from_utf8_lossy(e.name().as_ref())) => {
                        Open::Unwrapped
                    }
                    _ => Open::Dropped,
                };
                match state {
                    Open::Written => write_start(&mut out, &e, false)?,
                    Open::Dropped => dropped += 1,
                    Open::Unwrapped => {}
                }
                open.push(state);
            }
            Event::Empty(e) if writing && kept(&e) => {
                write_start(&mut out, &e, false)?;
                out.insert(out.len() - 1, '/');
            }
            Event::End(e) if root == Root::Inside => match open.pop() {
                Some(Open::Written) => {
                    out.push_str("</");
                    out.push_str(&String::from_utf8_lossy(e.name().as_ref()));
                    out.push('>');
                    if open.is_empty() {
                        root = Root::After;
                    }
                }
                Some(Open::Dropped) => dropped -= 1,
                _ => {}
            },
            Event::Text(t) if writing => {
                let s = t.decode().map_err(|e| SvgError::Malformed(e.to_string()))?;
                out.push_str(&escape(s.as_ref()));
            }
            Event::CData(t) if writing => {
                out.push_str(&escape(String::from_utf8_lossy(&t).as_ref()));
            }
            Event::GeneralRef(r) if writing => {
                out.push_str(&escape(resolve_ref(&r)?.as_str()));
            }
            // Comments, processing instructions, the XML declaration,
            // anything outside the root: not published.
            _ => {}
        }
    }
    match root {
        Root::Before => Err(SvgError::NotSvg("nothing".into())),
        Root::Inside => Err(SvgError::Malformed(
            "the <svg> element is not closed".into(),
        )),
        Root::After => Ok(out),
    }
}

/// Where the reader is with respect to the root `<svg>` element.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Root {
    Before,
    Inside,
    After,
}

/// The root element, which must be `<svg>`.
fn write_root(out: &mut String, e: &BytesStart) -> Result<(), SvgError> {
    let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
    if name != "svg" {
        return Err(SvgError::NotSvg(name));
    }
    write_start(out, e, true)
}

/// The text a `&name;` or `&#n;` stands for: only XML's own five and
/// character references exist, since no DOCTYPE can define more.
fn resolve_ref(r: &quick_xml::events::BytesRef) -> Result<String, SvgError> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Ok(c.to_string());
    }
    let name = String::from_utf8_lossy(r);
    resolve_predefined_entity(&name)
        .map(str::to_string)
        .ok_or_else(|| SvgError::Malformed(format!("unknown entity &{name};")))
}

/// An error message cut to one short line.
fn short(s: &str) -> String {
    let line = s.lines().next().unwrap_or("");
    line.chars().take(120).collect()
}

fn kept(e: &BytesStart) -> bool {
    ELEMENTS.contains(&&*String::from_utf8_lossy(e.name().as_ref()))
}

/// Writes `<name attrs>` with the allowed attributes; the root gets the SVG
/// namespace (and XLink's, for `xlink:href`) whatever the file declared.
fn write_start(out: &mut String, e: &BytesStart, root: bool) -> Result<(), SvgError> {
    out.push('<');
    out.push_str(&String::from_utf8_lossy(e.name().as_ref()));
    if root {
        out.push_str(&format!(" xmlns=\"{SVG_NS}\" xmlns:xlink=\"{XLINK_NS}\""));
    }
    for attr in e.attributes() {
        let attr = attr.map_err(|e| SvgError::Malformed(short(&e.to_string())))?;
        if let Some((key, value)) = allowed(&attr)? {
            out.push_str(&format!(" {key}=\"{}\"", escape(value.as_str())));
        }
    }
    out.push('>');
    Ok(())
}

/// The attribute, if the allowlist keeps it and its value refers to nothing
/// outside the file.
fn allowed(attr: &Attribute) -> Result<Option<(String, String)>, SvgError> {
    let key = String::from_utf8_lossy(attr.key.as_ref()).into_owned();
    let value = attr
        .unescape_value()
        .map_err(|e| SvgError::Malformed(short(&e.to_string())))?
        .into_owned();
    if !ATTRIBUTES.contains(&key.as_str()) {
        return Ok(None);
    }
    let safe = match key.as_str() {
        "href" | "xlink:href" => value.trim_start().starts_with('#'),
        "style" => safe_style(&value),
        _ => local_urls_only(&value),
    };
    Ok(safe.then_some((key, value)))
}

/// Whether every `url(...)` in a value points at a fragment of this file.
fn local_urls_only(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    lower.match_indices("url(").all(|(at, _)| {
        lower[at + 4..]
            .trim_start_matches(|c: char| c.is_whitespace() || c == '"' || c == '\'')
            .starts_with('#')
    })
}

/// A `style` attribute with nothing that loads or hides: no `@import`, no
/// escapes (which could spell `url` another way), no `url()` but fragments.
fn safe_style(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    !lower.contains(['@', '\\', '<']) && !lower.contains("expression") && local_urls_only(value)
}

/// The size an SVG asks for: its `width` and `height` in pixels, else its viewBox.
pub fn dimensions(text: &str) -> Option<(u32, u32)> {
    let start = text.find("<svg")?;
    let tag = &text[start..start + text[start..].find('>')?];
    let attr = |name: &str| {
        let at = tag.find(&format!(" {name}="))? + name.len() + 2;
        let quote = tag[at..].chars().next()?;
        let rest = &tag[at + 1..];
        Some(&rest[..rest.find(quote)?])
    };
    let px = |v: &str| -> Option<f64> { v.trim().trim_end_matches("px").parse().ok() };
    let (w, h) = match (attr("width").and_then(px), attr("height").and_then(px)) {
        (Some(w), Some(h)) => (w, h),
        _ => {
            let b: Vec<f64> = attr("viewBox")?
                .split([' ', ','])
                .filter(|s| !s.is_empty())
                .map(str::parse)
                .collect::<Result<_, _>>()
                .ok()?;
            (*b.get(2)?, *b.get(3)?)
        }
    };
    (w >= 1.0 && h >= 1.0 && w < 100_000.0 && h < 100_000.0)
        .then(|| (w.round() as u32, h.round() as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(body: &str) -> String {
        let svg =
            format!("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">{body}</svg>");
        sanitize(svg.as_bytes()).unwrap()
    }

    /// What a browser could run or load from the text, case-insensitively.
    fn live(text: &str) -> Vec<&'static str> {
        // The namespaces the root is given are names, not links.
        let namespaces = format!(" xmlns=\"{SVG_NS}\" xmlns:xlink=\"{XLINK_NS}\"");
        let lower = text.replacen(&namespaces, "", 1).to_ascii_lowercase();
        [
            "<script",
            " on",
            "javascript:",
            "foreignobject",
            "<style",
            "@import",
            "http:",
            "https:",
            "data:",
            "<a ",
            "<animate",
            "<set",
            "<image",
            "<iframe",
        ]
        .into_iter()
        .filter(|p| lower.contains(p))
        .collect()
    }

    #[test]
    fn script_handlers_and_external_references_are_left_out() {
        let hostile = [
            "<script>alert(1)</script>",
            "<SCRIPT>alert(1)</SCRIPT>",
            "<rect width='1' height='1' onclick='alert(1)' ONLOAD='x'/>",
            "<foreignObject><iframe xmlns='http://www.w3.org/1999/xhtml' src='https://evil.example'/></foreignObject>",
            "<use href='https://evil.example/s.svg#x'/>",
            "<use xlink:href='javascript:alert(1)' xmlns:xlink='http://www.w3.org/1999/xlink'/>",
            "<image href='data:image/svg+xml;base64,PHN2Zz4='/>",
            "<style>@import url(https://evil.example/a.css); rect { fill: red }</style>",
            "<rect style='fill: url(https://evil.example/p.svg#g)' width='1' height='1'/>",
            "<rect style='background: u\\72l(https://evil.example)' width='1' height='1'/>",
            "<rect fill='url( \"https://evil.example/x#g\")' width='1' height='1'/>",
            "<a href='javascript:alert(1)'><circle r='1'/></a>",
            "<set attributeName='href' to='javascript:alert(1)'/>",
            "<animate attributeName='href' values='javascript:alert(1)'/>",
            "<html:script xmlns:html='http://www.w3.org/1999/xhtml'>alert(1)</html:script>",
            "<![CDATA[<script>alert(1)</script>]]>",
        ];
        for body in hostile {
            let out = clean(body);
            assert_eq!(live(&out), Vec::<&str>::new(), "{body} gave {out}");
        }
    }

    #[test]
    fn drawings_links_within_the_file_and_text_are_kept() {
        let body = "<defs><linearGradient id='g'><stop offset='0' stop-color='#fff'/></linearGradient></defs>\
            <a href='https://x.example'><circle r='2' fill='url(#g)'/></a>\
            <use href='#g'/><text x='1' y='2'>Fish &amp; chips &#233;</text>";
        let out = clean(body);
        assert!(out.contains("<circle r=\"2\" fill=\"url(#g)\"/>"), "{out}");
        assert!(out.contains("<use href=\"#g\"/>"), "{out}");
        assert!(out.contains(">Fish &amp; chips é</text>"), "{out}");
        assert!(!out.contains("x.example"), "{out}");
    }

    #[test]
    fn the_result_is_well_formed_and_sanitizing_it_again_changes_nothing() {
        let out = clean("<g><p>text in a dropped element</p><rect width='3' height='\"4'/></g><!-- note --><?pi x?>");
        assert_eq!(sanitize(out.as_bytes()).unwrap(), out);
        assert!(!out.contains("dropped") && !out.contains("note"), "{out}");
    }

    #[test]
    fn doctypes_entities_deep_nesting_and_other_roots_are_refused() {
        let doctype = "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY a 'aaaa'>]><svg xmlns='http://www.w3.org/2000/svg'>&a;</svg>";
        assert_eq!(sanitize(doctype.as_bytes()), Err(SvgError::Doctype));
        let entity = "<svg xmlns='http://www.w3.org/2000/svg'><text>&a;</text></svg>";
        assert!(matches!(
            sanitize(entity.as_bytes()),
            Err(SvgError::Malformed(_))
        ));
        let deep = format!("<svg>{}{}</svg>", "<g>".repeat(5000), "</g>".repeat(5000));
        assert_eq!(sanitize(deep.as_bytes()), Err(SvgError::TooDeep));
        let html = "<html><body><script>alert(1)</script></body></html>";
        assert_eq!(
            sanitize(html.as_bytes()),
            Err(SvgError::NotSvg("html".into()))
        );
        assert!(matches!(
            sanitize(b"<svg><g></svg>"),
            Err(SvgError::Malformed(_))
        ));
        assert!(matches!(sanitize(b"<svg>"), Err(SvgError::Malformed(_))));
    }

    #[test]
    fn svg_sizes_come_from_width_and_height_or_the_viewbox() {
        let svg = |attrs: &str| {
            dimensions(&format!(
                "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" {attrs}>"
            ))
        };
        assert_eq!(svg("width=\"640\" height=\"360px\""), Some((640, 360)));
        assert_eq!(svg("viewBox=\"0 0 800 450\""), Some((800, 450)));
        assert_eq!(
            svg("width='100%' height='50%' viewBox='0,0,30.4,20'"),
            Some((30, 20))
        );
        assert_eq!(svg("width=\"10em\""), None);
    }
}
