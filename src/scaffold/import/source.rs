//! Reading the old blog's files, whatever its format: text with a size cap,
//! front matter in YAML (`---`, through `load::frontmatter`, the one YAML
//! module) or TOML (`+++`), data files, and the values found in them as JSON
//! values, so each format's reader maps fields without caring how they were
//! written.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use serde_json::{Map, Value};

use crate::load::frontmatter;

/// Largest post, data or config file read (a stranger's blog may hold anything).
pub const MAX_TEXT: u64 = 4 * 1024 * 1024;
/// Largest image copied into a bundle.
pub const MAX_IMAGE: u64 = 20 * 1024 * 1024;

/// A regular file (no symlink, no device) of at most `max` bytes.
pub fn read_bytes(path: &Path, max: u64) -> Result<Vec<u8>, String> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| e.to_string())?;
    if !meta.file_type().is_file() {
        return Err("not a regular file (symbolic links are not followed)".into());
    }
    if meta.len() > max {
        return Err(format!("larger than {} MiB", max / (1024 * 1024)));
    }
    std::fs::read(path).map_err(|e| e.to_string())
}

/// A text file: UTF-8, at most `MAX_TEXT` bytes, line ends made `\n`.
pub fn read_text(path: &Path) -> Result<String, String> {
    let bytes = read_bytes(path, MAX_TEXT)?;
    let text = String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    Ok(text.replace("\r\n", "\n"))
}

/// A post split into its front matter (a JSON object) and body.
pub struct Parsed {
    pub fm: Map<String, Value>,
    pub body: String,
}

/// Splits `---` YAML or `+++` TOML front matter from the body; a file with
/// neither has empty front matter.
pub fn parse_post(text: &str) -> Result<Parsed, String> {
    if let Some(rest) = text.strip_prefix("+++\n") {
        let (toml, body) =
            split_at_fence(rest, "+++").ok_or("the `+++` front matter is not closed")?;
        return Ok(Parsed {
            fm: object(toml_value(toml)?),
            body: body.to_string(),
        });
    }
    if !text.starts_with("---\n") {
        return Ok(Parsed {
            fm: Map::new(),
            body: text.to_string(),
        });
    }
    let split = frontmatter::split(text).map_err(|e| format!("line {}: {}", e.line, e.message))?;
    Ok(Parsed {
        fm: object(yaml_value(split.yaml, split.yaml_line)?),
        body: split.body.to_string(),
    })
}

/// `(before, after)` a line that is exactly `fence`.
fn split_at_fence<'a>(text: &'a str, fence: &str) -> Option<(&'a str, &'a str)> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_end() == fence {
            return Some((&text[..offset], &text[offset + line.len()..]));
        }
        offset += line.len();
    }
    None
}

fn object(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        _ => Map::new(),
    }
}

/// YAML through the one front-matter module (its checks included).
pub fn yaml_value(yaml: &str, first_line: usize) -> Result<Value, String> {
    // A data file may open with a document marker; the parser wants plain data.
    let yaml = yaml.strip_prefix("---\n").unwrap_or(yaml);
    frontmatter::parse::<Value>(yaml, first_line, &[])
        .map_err(|e| format!("line {}: {}", e.line, e.message))
}

/// TOML as a JSON value; dates become their RFC 3339 text.
pub fn toml_value(text: &str) -> Result<Value, String> {
    let v: toml::Value = toml::from_str(text).map_err(|e| e.message().to_string())?;
    Ok(from_toml(v))
}

fn from_toml(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(from_toml).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.into_iter().map(|(k, v)| (k, from_toml(v))).collect())
        }
    }
}

/// A data file (`.yml`, `.yaml`, `.toml`, `.json`) as a JSON value; `None`
/// when there is no such file.
pub fn data_file(path: &Path) -> Option<Result<Value, String>> {
    if !path.is_file() {
        return None;
    }
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    let text = match read_text(path) {
        Ok(t) => t,
        Err(e) => return Some(Err(e)),
    };
    Some(match ext.as_str() {
        "yml" | "yaml" => yaml_value(&text, 1),
        "toml" => toml_value(&text),
        "json" => serde_json::from_str(&text).map_err(|e| e.to_string()),
        _ => return None,
    })
}

/// The first of `dir/<stem>.{yml,yaml,toml,json}` that exists.
pub fn data_named(dir: &Path, stem: &str) -> Option<(PathBuf, Result<Value, String>)> {
    ["yml", "yaml", "toml", "json"].iter().find_map(|ext| {
        let path = dir.join(format!("{stem}.{ext}"));
        data_file(&path).map(|v| (path, v))
    })
}

/// A text field (a string, or a number written bare).
pub fn text(fm: &Map<String, Value>, key: &str) -> Option<String> {
    match fm.get(key)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A list of strings written as a list or as one string (`tags: a b` in
/// Jekyll is split on spaces when `split` says so).
pub fn list(fm: &Map<String, Value>, key: &str, split: bool) -> Vec<String> {
    match fm.get(key) {
        Some(Value::Array(a)) => a.iter().filter_map(scalar).collect(),
        Some(Value::String(s)) if split => s.split_whitespace().map(String::from).collect(),
        Some(v) => scalar(v).into_iter().collect(),
        None => Vec::new(),
    }
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `true` for `true`, `"true"` and `yes`.
pub fn flag(fm: &Map<String, Value>, key: &str) -> Option<bool> {
    match fm.get(key)? {
        Value::Bool(b) => Some(*b),
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" => Some(true),
            "false" | "no" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// A date as blogs write them: `2022-02-22`, RFC 3339, `2022-02-22 10:00:00
/// +0100` (Jekyll), or a local time without a zone (taken as UTC).
pub fn parse_date(s: &str) -> Option<DateTime<FixedOffset>> {
    let s = s.trim();
    let utc = FixedOffset::east_opt(0)?;
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(d);
    }
    for f in [
        "%Y-%m-%d %H:%M:%S %z",
        "%Y-%m-%d %H:%M %z",
        "%Y-%m-%d %H:%M:%S%.f %z",
    ] {
        if let Ok(d) = DateTime::parse_from_str(s, f) {
            return Some(d);
        }
    }
    for f in [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(d) = NaiveDateTime::parse_from_str(s, f) {
            return utc.from_local_datetime(&d).single();
        }
    }
    let day = NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()?;
    utc.from_local_datetime(&day.and_time(NaiveTime::MIN))
        .single()
}

/// A date as potluck writes it: the day alone when it is midnight UTC.
pub fn write_date(d: &DateTime<FixedOffset>) -> String {
    if d.time() == NaiveTime::MIN && d.offset().local_minus_utc() == 0 {
        d.date_naive().to_string()
    } else {
        d.to_rfc3339()
    }
}

/// `2022-02-22-hello-world` -> the day and `hello-world` (Jekyll, Zola and
/// Docusaurus name posts this way; Zola also allows `_` after the date).
pub fn dated_name(stem: &str) -> Option<(NaiveDate, &str)> {
    let day = NaiveDate::parse_from_str(stem.get(..10)?, "%Y-%m-%d").ok()?;
    let rest = stem[10..].strip_prefix(['-', '_'])?;
    (!rest.is_empty()).then_some((day, rest))
}

/// The day as a date at midnight UTC.
pub fn midnight(day: NaiveDate) -> DateTime<FixedOffset> {
    let utc = FixedOffset::east_opt(0).expect("zero offset");
    utc.from_utc_datetime(&day.and_time(NaiveTime::MIN))
}

/// A permalink pattern (`/:year/:month/:title/`) with its `:tokens`
/// filled, longest names first (`:slugorfilename` before `:slug`); empty
/// parts collapse (`//` is `/`).
pub fn expand(pattern: &str, vars: &[(&str, String)]) -> String {
    let mut vars: Vec<&(&str, String)> = vars.iter().collect();
    vars.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
    let mut out = pattern.to_string();
    for (k, v) in vars {
        out = out.replace(&format!(":{k}"), v);
    }
    let mut path = String::from("/");
    for part in out.split('/').filter(|p| !p.is_empty()) {
        path.push_str(part);
        path.push('/');
    }
    if !out.ends_with('/') && path.len() > 1 {
        path.pop();
    }
    path
}

/// The files under `dir` (not following links), sorted, whose extension is one of `exts`.
pub fn files_under(dir: &Path, exts: &[&str]) -> Vec<PathBuf> {
    // walkdir follows a symbolic link given as its root: refuse it first.
    if dir
        .symlink_metadata()
        .is_ok_and(|m| m.file_type().is_symlink())
    {
        return Vec::new();
    }
    walkdir::WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| exts.contains(&e.to_ascii_lowercase().as_str()))
        })
        .collect()
}

/// `path` relative to `base`, `/` separated, for messages.
pub fn shown(path: &Path, base: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The first config file of `names` in `dir` that exists, read.
pub fn config(dir: &Path, names: &[&str]) -> Map<String, Value> {
    names
        .iter()
        .find_map(|n| data_file(&dir.join(n)))
        .and_then(Result::ok)
        .map(object)
        .unwrap_or_default()
}

/// An author named in a config value: a string, or a map with `name`.
pub fn author_name(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Object(m) => text(m, "name"),
        _ => None,
    }
}

/// Why a Hugo or Zola page outside every section is left out, so that the
/// report names it instead of losing it silently: `None` for what is no
/// page at all (`_index.md`, a bundle's other files).
pub fn outside_sections(content: &Path, file: &Path) -> Option<String> {
    let name = file.file_name()?.to_string_lossy();
    let parent = file.parent()?;
    let top = parent == content || (name == "index.md" && parent.parent() == Some(content));
    (top && !name.starts_with('_')).then(|| {
        "a page outside every section, not a post: add it by hand under the new site's content/pages/ if it is wanted".to_string()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn permalinks_fill_their_tokens() {
        let vars = [
            ("year", "2022".to_string()),
            ("slug", "hi".to_string()),
            ("slugorfilename", "x".to_string()),
            ("categories", String::new()),
        ];
        assert_eq!(
            expand("/:categories/:year/:slug.html", &vars),
            "/2022/hi.html"
        );
        assert_eq!(expand("/:year/:slugorfilename/", &vars), "/2022/x/");
    }

    use super::*;

    #[test]
    fn dates_as_blogs_write_them() {
        let d = |s| parse_date(s).map(|d| write_date(&d));
        assert_eq!(d("2022-02-22").as_deref(), Some("2022-02-22"));
        assert_eq!(
            d("2022-02-22 10:30:00 +0100").as_deref(),
            Some("2022-02-22T10:30:00+01:00")
        );
        assert_eq!(
            d("2022-02-22T10:30:00Z").as_deref(),
            Some("2022-02-22T10:30:00+00:00")
        );
        assert_eq!(
            d("2022-02-22 10:30").as_deref(),
            Some("2022-02-22T10:30:00+00:00")
        );
        assert_eq!(d("last tuesday"), None);
    }

    #[test]
    fn toml_and_yaml_front_matter_read_alike() {
        let toml = parse_post(
            "+++\ntitle = \"Hi\"\ndate = 2022-02-22\n[taxonomies]\ntags = [\"a\"]\n+++\nBody\n",
        )
        .unwrap();
        let yaml =
            parse_post("---\ntitle: Hi\ndate: 2022-02-22\ntaxonomies:\n  tags: [a]\n---\nBody\n")
                .unwrap();
        assert_eq!(toml.fm, yaml.fm);
        assert_eq!(toml.body, "Body\n");
        assert_eq!(yaml.body, "Body\n");
    }

    #[test]
    fn dated_file_names() {
        let (day, rest) = dated_name("2022-02-22-hello-world").unwrap();
        assert_eq!(
            (day.to_string().as_str(), rest),
            ("2022-02-22", "hello-world")
        );
        assert!(dated_name("hello-world").is_none());
        assert!(dated_name("2022-02-22").is_none());
    }
}
