//! Front matter and site.yaml parsing: the one module that touches serde_yaml,
//! so the YAML library can be swapped without touching the rest.

use serde::de::DeserializeOwned;

use crate::util::diag::did_you_mean;

mod mistakes;
pub mod plain;
mod scan;
pub use mistakes::quoted;
pub use scan::{forbidden_char, is_bidi_mark, is_bidi_override};

/// Largest front matter accepted, checked before the YAML parser sees it.
pub const MAX_FRONT_MATTER: usize = 64 * 1024;

/// A problem in a YAML block, positioned in the file (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub line: usize,
    pub col: usize,
    pub message: String,
    pub help: String,
}

/// A file split into its front matter and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    pub yaml: &'a str,
    /// Line of the file where `yaml` starts (after the opening `---`).
    pub yaml_line: usize,
    pub body: &'a str,
    /// Line of the file where `body` starts.
    pub body_line: usize,
}

/// Splits `---\nyaml\n---\nbody`. The opening fence must be the first line.
pub fn split(text: &str) -> Result<Split<'_>, YamlError> {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return Err(no_opening_fence(text));
    };
    let mut offset = 0;
    let mut dash_line = None;
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        let bare = line.trim_end_matches(['\r', '\n']);
        if bare == "---" {
            let yaml = &rest[..offset];
            if yaml.len() > MAX_FRONT_MATTER {
                return Err(YamlError {
                    line: 2,
                    col: 1,
                    message: format!(
                        "front matter is {} KiB, more than the {} KiB allowed",
                        yaml.len() / 1024,
                        MAX_FRONT_MATTER / 1024
                    ),
                    help: "move long text into the Markdown body".to_string(),
                });
            }
            return Ok(Split {
                yaml,
                yaml_line: 2,
                body: &rest[offset + line.len()..],
                body_line: i + 3,
            });
        }
        if dash_line.is_none() && mistakes::bad_fence(bare) {
            dash_line = Some((i + 2, bare));
        }
        // No early stop at the size cap: the file is already size-capped, and
        // the closing line tells "too large" from "never closed".
        offset += line.len();
    }
    Err(match dash_line {
        Some((line, bare)) => fence_error(line, bare, "closes the front matter"),
        None => YamlError {
            line: 1,
            col: 1,
            message: "front matter is not closed: no `---` line after the opening one".into(),
            help: "add a line `---` after the last field, before the story's text".into(),
        },
    })
}

/// The first line is not `---`: a dash a word processor made of it, or no fence.
fn no_opening_fence(text: &str) -> YamlError {
    let first = text.lines().next().unwrap_or("").trim_end_matches('\r');
    if mistakes::bad_fence(first) {
        return fence_error(1, first, "opens the front matter");
    }
    YamlError {
        line: 1,
        col: 1,
        message: "missing front matter: the file must start with a line `---`".into(),
        help:
            "start the file with a line `---`, the fields (`title: ...`), then another `---` line"
                .into(),
    }
}

fn fence_error(line: usize, bare: &str, what: &str) -> YamlError {
    YamlError {
        line,
        col: 1,
        message: format!("`{bare}` is not `---`: the line that {what} is three hyphens"),
        help: "write `---` (three minus signs; a word processor may have turned them into a dash)"
            .into(),
    }
}

/// Parses a YAML block into `T`, mapping errors to file positions.
///
/// `fields` are the names `T` accepts, for "did you mean" help. YAML features
/// that have no place in a contributor's front matter (anchors, aliases, tags,
/// several documents) are refused before parsing: they enable expansion bombs
/// and make a file mean something other than what a reviewer sees.
pub fn parse<T: DeserializeOwned>(
    yaml: &str,
    first_line: usize,
    fields: &[&str],
) -> Result<T, YamlError> {
    if let Some(p) = scan::check(yaml) {
        return Err(YamlError {
            line: p.line + first_line - 1,
            col: p.col,
            message: p.message,
            help: p.help,
        });
    }
    // An empty block is an empty mapping, so missing required fields are reported by name.
    let source = if yaml.trim().is_empty() { "{}" } else { yaml };
    serde_yaml::from_str(source).map_err(|e| yaml_error(&e, yaml, first_line, fields))
}

/// Parses a content file's front matter into `T`, collecting unknown keys
/// instead of failing on the first one.
///
/// `T` must not deny unknown fields: each top-level key not in `fields` is
/// returned as a problem (with its position and a suggestion) beside the value,
/// so a typo in one key does not hide the file's other problems.
pub fn parse_collecting<T: DeserializeOwned>(
    yaml: &str,
    first_line: usize,
    fields: &[&str],
) -> Result<(T, Vec<YamlError>), YamlError> {
    let value: T = parse(yaml, first_line, fields)?;
    let source = if yaml.trim().is_empty() { "{}" } else { yaml };
    // The typed parse succeeded, so the block is valid YAML; only a key the
    // struct ignored can make this fail (a duplicate unknown key).
    let keys: serde_yaml::Mapping =
        serde_yaml::from_str(source).map_err(|e| yaml_error(&e, yaml, first_line, fields))?;
    let unknown = keys
        .keys()
        .map(|k| match k {
            serde_yaml::Value::String(s) => s.clone(),
            other => serde_yaml::to_string(other)
                .unwrap_or_default()
                .trim()
                .to_string(),
        })
        .filter(|k| !fields.contains(&k.as_str()))
        .map(|k| {
            let (message, help) = explain(&format!("unknown field `{k}`"), fields);
            let (line, col) = key_position(yaml, &k).unwrap_or((1, 1));
            YamlError {
                line: line + first_line - 1,
                col,
                message,
                help,
            }
        })
        .collect();
    Ok((value, unknown))
}

/// Maps a serde_yaml error to a file position, a short message and a help line.
fn yaml_error(e: &serde_yaml::Error, yaml: &str, first_line: usize, fields: &[&str]) -> YamlError {
    let (line, col) = e
        .location()
        .map(|l| (l.line() + first_line - 1, l.column()))
        .unwrap_or((first_line, 1));
    let raw = strip_positions(&e.to_string());
    if let Some(found) = catalogued(&raw, yaml) {
        return YamlError {
            line: found.line + first_line - 1,
            ..found
        };
    }
    let (message, help) = explain(&raw, fields);
    let (line, col) = match field_in_message(&message) {
        Some(key) => key_position(yaml, key)
            .map(|(l, c)| (l + first_line - 1, c))
            .unwrap_or((line, col)),
        None => (line, col),
    };
    YamlError {
        line,
        col,
        message,
        help,
    }
}

/// A mistake of the catalogue (src/frontmatter/mistakes.rs) behind a serde
/// error: a type error explained for its field, or the syntax mistake that
/// made the parser stop.
fn catalogued(raw: &str, yaml: &str) -> Option<YamlError> {
    let named = ["unknown field `", "missing field `", "duplicate field `"];
    if named.iter().any(|p| raw.starts_with(p)) {
        return None;
    }
    if raw.contains("invalid type: ") {
        if let Some(e) = mistakes::type_error(yaml, raw) {
            return Some(e);
        }
    }
    mistakes::syntax(yaml)
}

/// Removes the parser's own "at line N column M" (relative to the YAML block,
/// so misleading in a file); the diagnostic carries the file position instead.
fn strip_positions(msg: &str) -> String {
    let mut out = String::with_capacity(msg.len());
    let mut rest = msg;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let tail = &rest[i + " at line ".len()..];
        let skip = tail
            .find(|c: char| {
                !(c.is_ascii_digit() || c == ' ' || c.is_ascii_alphabetic() && "column".contains(c))
            })
            .unwrap_or(tail.len());
        rest = &tail[skip..];
    }
    out.push_str(rest);
    out
}

/// Rewrites serde's messages into a short message and a help line.
fn explain(raw: &str, fields: &[&str]) -> (String, String) {
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or("");
        let help = match did_you_mean(name, fields.iter().copied()) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!("allowed fields: {}", fields.join(", ")),
        };
        return (format!("unknown field `{name}`"), help);
    }
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or("");
        return (
            format!("missing field `{name}`"),
            format!("add a line `{name}: ...` to the front matter"),
        );
    }
    if let Some(rest) = raw.strip_prefix("duplicate field `") {
        let name = rest.split('`').next().unwrap_or("");
        return (
            format!("duplicate field `{name}`"),
            "keep only one of the two lines".to_string(),
        );
    }
    if raw.starts_with("invalid type") {
        let msg = raw.split(':').next().unwrap_or(raw);
        return (
            raw.to_string(),
            format!("check the value's form ({msg}); lists are written `[a, b]`"),
        );
    }
    (
        raw.to_string(),
        "check the YAML syntax: `key: value`, one per line; quote values that contain `: ` or start with `@`, `#`, `*` or `&`".to_string(),
    )
}

/// The field named in an "unknown/duplicate field `x`" message, whose line we can find.
fn field_in_message(msg: &str) -> Option<&str> {
    ["unknown field `", "duplicate field `"]
        .iter()
        .find_map(|p| msg.strip_prefix(p))
        .and_then(|r| r.split('`').next())
}

/// Line and column (1-based, relative to the block) of a top-level `key:`,
/// written plain or quoted (`"key":`, `'key':`).
pub fn key_position(yaml: &str, key: &str) -> Option<(usize, usize)> {
    yaml.lines().enumerate().find_map(|(i, line)| {
        let rest = line
            .strip_prefix(key)
            .or_else(|| unquote(line, '"', key))
            .or_else(|| unquote(line, '\'', key))?;
        rest.trim_start().starts_with(':').then_some((i + 1, 1))
    })
}

/// What follows `<q>key<q>` at the start of `line`.
fn unquote<'a>(line: &'a str, q: char, key: &str) -> Option<&'a str> {
    line.strip_prefix(q)?.strip_prefix(key)?.strip_prefix(q)
}

/// Line and column of the value written beside top-level `key:` (the key's
/// own position when the value is on other lines).
pub fn value_start(yaml: &str, key: &str) -> Option<(usize, usize)> {
    let (line, _) = key_position(yaml, key)?;
    let text = yaml.lines().nth(line - 1)?;
    let colon = text.find(':')?;
    let value = text[colon + 1..].trim_start();
    if value.is_empty() || value.starts_with('#') {
        return Some((line, 1));
    }
    let at = text.len() - text[colon + 1..].trim_start().len();
    Some((line, text[..at].chars().count() + 1))
}

/// Position of `value` written under or beside top-level `key` (for list items).
pub fn value_position(yaml: &str, key: &str, value: &str) -> Option<(usize, usize)> {
    let (start, _) = key_position(yaml, key)?;
    for (i, line) in yaml.lines().enumerate().skip(start - 1) {
        if i + 1 > start && !line.starts_with([' ', '\t', '-']) {
            break;
        }
        let from = if i + 1 == start { key.len() } else { 0 };
        if let Some(pos) = find_word(&line[from..], value) {
            let col = line[..from + pos].chars().count() + 1;
            return Some((i + 1, col));
        }
    }
    Some((start, 1))
}

/// Finds `word` in `hay` not glued to other word characters.
fn find_word(hay: &str, word: &str) -> Option<usize> {
    let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    hay.match_indices(word).map(|(i, _)| i).find(|&i| {
        let before = hay[..i].chars().next_back().is_none_or(|c| !is_word(c));
        let after = hay[i + word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !is_word(c));
        before && after
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Fm {
        title: String,
        #[serde(default)]
        tags: Vec<String>,
    }

    #[test]
    fn splits_front_matter_and_body() {
        let s = split("---\ntitle: Hi\n---\nBody\n").unwrap();
        assert_eq!(s.yaml, "title: Hi\n");
        assert_eq!(s.body, "Body\n");
        assert_eq!(s.body_line, 4);
    }

    #[test]
    fn missing_or_unclosed_front_matter() {
        assert!(split("title: Hi\n")
            .unwrap_err()
            .message
            .contains("missing"));
        assert!(split("---\ntitle: Hi\n")
            .unwrap_err()
            .message
            .contains("not closed"));
    }

    #[test]
    fn unknown_field_is_positioned_with_suggestion() {
        let e = parse::<Fm>("title: Hi\ntag: [a]\n", 2, &["title", "tags"]).unwrap_err();
        assert_eq!((e.line, e.col), (3, 1));
        assert_eq!(e.message, "unknown field `tag`");
        assert_eq!(e.help, "did you mean `tags`?");
    }

    #[derive(Debug, Deserialize)]
    struct Lenient {
        title: String,
        #[serde(default)]
        tags: Vec<String>,
    }

    #[test]
    fn unknown_keys_are_collected_and_the_rest_still_parses() {
        let yaml = "titel: x\ntitle: Hi\ntag: [a]\ntags: [b]\n";
        let (v, unknown) = parse_collecting::<Lenient>(yaml, 2, &["title", "tags"]).unwrap();
        assert_eq!(v.title, "Hi");
        assert_eq!(v.tags, ["b"]);
        let found: Vec<_> = unknown
            .iter()
            .map(|e| (e.line, e.col, e.message.as_str(), e.help.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (2, 1, "unknown field `titel`", "did you mean `title`?"),
                (4, 1, "unknown field `tag`", "did you mean `tags`?"),
            ]
        );
    }

    #[test]
    fn missing_field_is_named() {
        let e = parse::<Fm>("tags: [a]\n", 2, &["title", "tags"]).unwrap_err();
        assert_eq!(e.message, "missing field `title`");
    }

    #[test]
    fn anchors_aliases_and_tags_are_refused() {
        for (yaml, what) in [
            ("title: &a Hi\n", "anchors"),
            ("title: *a\n", "aliases"),
            ("title: !!str Hi\n", "tags"),
        ] {
            let e = parse::<Fm>(yaml, 2, &["title"]).unwrap_err();
            assert!(e.message.contains(what), "{yaml}: {}", e.message);
        }
        // The same characters inside text are fine.
        let ok: Fm = parse("title: \"Tom & Jerry *live*!\"\ntags: [a]\n", 2, &[]).unwrap();
        assert_eq!(ok.title, "Tom & Jerry *live*!");
        let ok: Fm = parse("title: Fish & chips!\n", 2, &[]).unwrap();
        assert_eq!(ok.title, "Fish & chips!");
    }

    #[test]
    fn value_positions_in_lists() {
        let yaml = "title: x\nauthors: [alice, bobb]\nthanks:\n  - carol\n";
        assert_eq!(value_position(yaml, "authors", "bobb"), Some((2, 18)));
        assert_eq!(value_position(yaml, "thanks", "carol"), Some((4, 5)));
    }
}
