//! Small pieces of markup that templates hand to `t()` as `*_html`
//! arguments: made here, escaped here, because Tera does not escape a
//! macro's output when a macro is called as a value (only when printed).

use std::collections::HashMap;
use std::sync::Arc;

use tera::{Function, Value};

use super::{escape, fill, slot, Catalogue};

fn s<'a>(args: &'a HashMap<String, Value>, name: &str) -> &'a str {
    args.get(name).and_then(Value::as_str).unwrap_or("")
}

fn esc(v: &str) -> String {
    escape(v, true)
}

/// `link(url=..., text=...)`: `<a href="url">text</a>`.
pub fn link(args: &HashMap<String, Value>) -> tera::Result<Value> {
    Ok(Value::String(a(s(args, "url"), s(args, "text"))))
}

fn a(url: &str, text: &str) -> String {
    format!("<a href=\"{}\">{}</a>", esc(url), esc(text))
}

/// `strong(text=...)`.
pub fn strong(args: &HashMap<String, Value>) -> tera::Result<Value> {
    Ok(Value::String(format!(
        "<strong>{}</strong>",
        esc(s(args, "text"))
    )))
}

/// `code(text="ana-lima")`: a file name or value, as code, in a sentence.
pub fn code(args: &HashMap<String, Value>) -> tera::Result<Value> {
    Ok(Value::String(format!(
        "<code>{}</code>",
        esc(s(args, "text"))
    )))
}

/// `time(date="2024-05-01", human="1 May 2024")`.
pub fn time(args: &HashMap<String, Value>) -> tera::Result<Value> {
    Ok(Value::String(format!(
        "<time datetime=\"{}\">{}</time>",
        esc(s(args, "date")),
        esc(s(args, "human"))
    )))
}

/// A function of the templates that needs the catalogue.
pub struct WithWords {
    catalogue: Arc<Catalogue>,
    f: fn(&Catalogue, &HashMap<String, Value>) -> String,
}

impl WithWords {
    /// `names(refs=...)`: member refs as links, joined as the language joins a list.
    pub fn names(catalogue: Arc<Catalogue>) -> WithWords {
        WithWords {
            catalogue,
            f: names,
        }
    }

    /// `story_link(link=...)`: another story of a conversation, linked,
    /// then its kind, authors and date.
    pub fn story_link(catalogue: Arc<Catalogue>) -> WithWords {
        WithWords {
            catalogue,
            f: story_link,
        }
    }
}

impl Function for WithWords {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        Ok(Value::String((self.f)(&self.catalogue, args)))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

fn field<'a>(v: &'a Value, name: &str) -> &'a str {
    v.get(name).and_then(Value::as_str).unwrap_or("")
}

fn names(c: &Catalogue, args: &HashMap<String, Value>) -> String {
    let links: Vec<String> = args
        .get("refs")
        .and_then(Value::as_array)
        .map(|refs| {
            refs.iter()
                .map(|r| a(field(r, "url"), field(r, "name")))
                .collect()
        })
        .unwrap_or_default();
    let slots: Vec<String> = (0..links.len()).map(slot).collect();
    fill(&escape(&c.list(&slots, 0), false), &links)
}

fn story_link(c: &Catalogue, args: &HashMap<String, Value>) -> String {
    let Some(link) = args.get("link") else {
        return String::new();
    };
    let pieces = [
        esc(field(link, "kind_label")),
        esc(field(link, "by")),
        format!(
            "<time datetime=\"{}\">{}</time>",
            esc(field(link, "date")),
            esc(field(link, "date_human"))
        ),
    ];
    let mut fargs = fluent_bundle::FluentArgs::new();
    for (i, name) in ["kind", "by", "date"].into_iter().enumerate() {
        fargs.set(name, slot(i));
    }
    let meta = escape(&c.format("story-link-meta", Some(&fargs)), false);
    format!(
        "{} <span class=\"muted\">— {}</span>",
        a(field(link, "url"), field(link, "title")),
        fill(&meta, &pieces)
    )
}
