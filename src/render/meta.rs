//! What every page carries besides its content: Open Graph and canonical
//! data, and the share links; and `put`, which moves a value into a page's
//! context. Used by pages.rs and pages_member.rs.

use serde_json::{json, Value};
use tera::Context as TeraContext;

use super::context::share_links;
use super::Prepared;

/// Open Graph / canonical data for a page.
pub fn meta(
    p: &Prepared,
    title: &str,
    description: &str,
    path: &str,
    image: &str,
    kind: &str,
) -> Value {
    let description = if description.is_empty() {
        &p.site.config.description
    } else {
        description
    };
    json!({
        "title": title, "description": description, "canonical": p.urls.abs(path),
        "image": image, "type": kind,
    })
}

pub fn meta_only(p: &Prepared, title: &str, description: &str, path: &str) -> TeraContext {
    let mut ctx = TeraContext::new();
    put(
        &mut ctx,
        "meta",
        meta(p, title, description, path, "", "website"),
    );
    ctx
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
