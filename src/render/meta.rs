//! What every page carries besides its content: Open Graph and canonical
//! data, and the share links; used by pages.rs and pages_member.rs.

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
    ctx.insert("meta", &meta(p, title, description, path, "", "website"));
    ctx
}

pub fn shares(title: &str, url: &str) -> Vec<Value> {
    share_links(title, url)
        .into_iter()
        .map(|(name, url)| json!({"name": name, "url": url}))
        .collect()
}
