//! What every page carries besides its content: Open Graph, Twitter and
//! canonical data, JSON-LD (schema.org) and the share links; and `put`,
//! which moves a value into a page's context. Used by pages.rs and
//! pages_member.rs.
//!
//! The shared image is the page's social card (`render::cards`), or a
//! story's cover when it is a raster image at least `LARGE` wide: chats and
//! social sites show neither SVG nor small images as a large preview.

use serde_json::{json, Value};
use tera::Context as TeraContext;

use super::cards;
use super::context::share_links;
use super::Prepared;
use crate::model::routes;

/// The least size a sharing preview shows as a large image (Facebook's
/// minimum for one; X's `summary_large_image` needs 300x157).
pub const LARGE: (u32, u32) = (600, 315);

/// The image a page is shared with: its absolute URL, size and description.
#[derive(Debug, Clone, Default)]
pub struct Image {
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
}

impl Image {
    /// The social card at site path `path`.
    pub fn card(p: &Prepared, path: &str, alt: String) -> Image {
        Image {
            url: p.urls.abs(path),
            width: cards::WIDTH,
            height: cards::HEIGHT,
            alt,
        }
    }

    fn is_large(&self) -> bool {
        self.width >= LARGE.0 && self.height >= LARGE.1
    }
}

/// Open Graph / canonical data for a page; `extra` (article times,
/// authors, tags; JSON-LD) is merged in.
pub fn meta(
    p: &Prepared,
    title: &str,
    description: &str,
    path: &str,
    image: &Image,
    kind: &str,
) -> Value {
    let description = if description.is_empty() {
        &p.site.config.description
    } else {
        description
    };
    let twitter = match image.url.is_empty() || !image.is_large() {
        true => "summary",
        false => "summary_large_image",
    };
    json!({
        "title": title, "description": description, "canonical": p.urls.abs(path),
        "image": image.url, "image_width": image.width, "image_height": image.height,
        "image_alt": image.alt, "twitter_card": twitter,
        "type": kind, "site_name": p.site.config.title, "locale": locale(&p.site.config.language),
    })
}

/// `meta` for a page with no image of its own and nothing else to declare.
pub fn meta_only(p: &Prepared, title: &str, description: &str, path: &str) -> TeraContext {
    let mut ctx = TeraContext::new();
    put(
        &mut ctx,
        "meta",
        meta(p, title, description, path, &Image::default(), "website"),
    );
    ctx
}

/// Adds `fields` to a `meta` value.
pub fn with(mut meta: Value, fields: Value) -> Value {
    if let (Value::Object(m), Value::Object(f)) = (&mut meta, fields) {
        m.extend(f);
    }
    meta
}

/// JSON-LD as a `<script type="application/ld+json">` can hold it: `<`
/// escaped, so no text in it can close the element.
pub fn json_ld(value: &Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

/// The home page's JSON-LD: the site, with the search the stories page runs.
pub fn website(p: &Prepared) -> Value {
    let c = &p.site.config;
    json!({
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": c.title,
        "description": c.description,
        "url": p.urls.abs(routes::HOME),
        "inLanguage": c.language,
        "publisher": publisher(p),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": format!("{}?q={{search_term_string}}", p.urls.abs(routes::STORIES)),
            },
            "query-input": "required name=search_term_string",
        },
    })
}

/// The brand as the publisher of the site and its articles.
pub fn publisher(p: &Prepared) -> Value {
    let c = &p.site.config;
    let mut org =
        json!({"@type": "Organization", "name": c.brand.name, "url": p.urls.abs(routes::HOME)});
    if let Some(logo) = &c.brand.logo {
        let path = routes::of_file(logo.trim_start_matches("static/"));
        org["logo"] = json!({"@type": "ImageObject", "url": p.urls.abs(&path)});
    }
    org
}

/// Member `m` as a schema.org `Person`.
pub fn person(p: &Prepared, m: usize) -> Value {
    let member = &p.site.members[m];
    json!({
        "@type": "Person",
        "name": member.name,
        "alternateName": member.handle,
        "url": p.urls.abs(&routes::member(&member.handle)),
    })
}

/// `og:locale` is `ll_CC`: a language tag's region when it has one, else
/// the language's most common region (`en` is `en_US`).
pub fn locale(language: &str) -> String {
    let mut parts = language.split(['-', '_']);
    let lang = parts.next().unwrap_or("en").to_ascii_lowercase();
    let region = parts.find(|s| s.len() == 2).map(str::to_ascii_uppercase);
    let region = region.unwrap_or_else(|| {
        match lang.as_str() {
            "en" => "US",
            "ja" => "JP",
            "zh" => "CN",
            "ko" => "KR",
            "el" => "GR",
            "uk" => "UA",
            "cs" => "CZ",
            "da" => "DK",
            "sv" => "SE",
            "ar" => "AR",
            "he" => "IL",
            "hi" => "IN",
            "pt" => "PT",
            other => return other.to_ascii_uppercase(),
        }
        .to_string()
    });
    format!("{lang}_{region}")
}

/// Inserts `value` into `ctx` without copying it: `TeraContext::insert`
/// serializes what it is given, so a `Value` (a story's HTML, a profile's
/// cards, a listing's rows) inserted there would be copied whole, on every
/// page's key as well as its render.
pub fn put(ctx: &mut TeraContext, key: &str, value: impl Into<Value>) {
    let mut one = serde_json::Map::new();
    one.insert(key.to_string(), value.into());
    if let Ok(moved) = TeraContext::from_value(Value::Object(one)) {
        ctx.extend(moved);
    }
}

pub fn shares(title: &str, url: &str) -> Vec<Value> {
    share_links(title, url)
        .into_iter()
        .map(|(name, url)| json!({"name": name, "url": url}))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::locale;

    #[test]
    fn locales_are_language_and_region() {
        assert_eq!(locale("en"), "en_US");
        assert_eq!(locale("en-GB"), "en_GB");
        assert_eq!(locale("fr"), "fr_FR");
        assert_eq!(locale("pt-br"), "pt_BR");
    }
}
