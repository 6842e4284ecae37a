//! A front matter's top-level fields as plain text, for comparing two
//! versions of one file (what a pull request changes in it) without the
//! schema: a value the schema would refuse is still a change to report.

use std::collections::BTreeMap;

use serde_yaml::Value;

/// One field's value as text: a scalar as written, or a list item by item
/// (a mapping item as `key: value, key: value`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plain {
    One(String),
    List(Vec<String>),
}

impl Plain {
    /// The value on one line: `host`, `[a; b]`.
    pub fn show(&self) -> String {
        match self {
            Plain::One(s) => s.clone(),
            Plain::List(items) => format!("[{}]", items.join("; ")),
        }
    }
}

/// The top-level fields of a content file (`---` front matter `---` body),
/// each with its value and the line of its key in the file. `None` when the
/// file has no readable front matter. A field written empty (`role:`) is
/// absent, as the schema reads it.
pub fn fields(text: &str) -> Option<BTreeMap<String, (Plain, usize)>> {
    let split = super::split(text).ok()?;
    // The same refusals as for parsing (aliases, tags, several documents):
    // the text is a stranger's, whichever revision it comes from.
    if super::scan::check(split.yaml).is_some() {
        return None;
    }
    let source = if split.yaml.trim().is_empty() {
        "{}"
    } else {
        split.yaml
    };
    let map: serde_yaml::Mapping = serde_yaml::from_str(source).ok()?;
    let mut out = BTreeMap::new();
    for (key, value) in map {
        let key = scalar(&key);
        let plain = match value {
            Value::Null => continue,
            Value::Sequence(items) => Plain::List(items.iter().map(item).collect()),
            other => Plain::One(item(&other)),
        };
        let line = super::key_position(split.yaml, &key).map_or(0, |(l, _)| l);
        out.insert(key, (plain, line + split.yaml_line - 1));
    }
    Some(out)
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => serde_yaml::to_string(other)
            .unwrap_or_default()
            .trim()
            .to_string(),
    }
}

/// A value or list item on one line.
fn item(v: &Value) -> String {
    match v {
        Value::Mapping(m) => m
            .iter()
            .map(|(k, v)| format!("{}: {}", scalar(k), item(v)))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Sequence(items) => {
            format!(
                "[{}]",
                items.iter().map(item).collect::<Vec<_>>().join(", ")
            )
        }
        Value::Tagged(t) => item(&t.value),
        other => scalar(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_read_as_text_with_their_lines() {
        let text = "---\nname: Dan\nrole: host\nawards:\n  - name: Founder\n    date: 2024-05-01\nfeatured: true\nlocation:\n---\nBio.\n";
        let f = fields(text).unwrap();
        assert_eq!(f["role"], (Plain::One("host".into()), 3));
        assert_eq!(
            f["awards"],
            (
                Plain::List(vec!["name: Founder, date: 2024-05-01".into()]),
                4
            )
        );
        assert_eq!(f["featured"], (Plain::One("true".into()), 7));
        assert!(!f.contains_key("location"));
        assert_eq!(f["awards"].0.show(), "[name: Founder, date: 2024-05-01]");
    }

    #[test]
    fn unreadable_front_matter_has_no_fields() {
        assert_eq!(fields("no front matter"), None);
        assert_eq!(fields("---\na: &x [1]\nb: *x\n---\n"), None);
        assert_eq!(fields("---\n---\n").map(|f| f.len()), Some(0));
    }
}
