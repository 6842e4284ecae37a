//! The YAML mistakes people make in front matter, recognised in the text
//! itself: each is reported at the character that is wrong, in the
//! contributor's words, with the corrected line as the help.
//!
//! The parser's own messages ("found character that cannot start any token",
//! "invalid type: string, expected a sequence") name a symptom in YAML's
//! terms, often on the wrong line; these name the cause.

use super::YamlError;

/// Quotes a word processor puts in place of `"` and `'`.
const CURLY_QUOTES: &[char] = &['“', '”', '„', '‟', '‘', '’', '‚', '‛', '«', '»'];

/// One line of a YAML block, split where a mistake can hide.
struct Line<'a> {
    /// 1-based, in the block.
    number: usize,
    text: &'a str,
    /// Leading spaces and tabs.
    indent: &'a str,
    /// `key` of a `key: value` (or `key:value`) line, unquoted.
    key: Option<&'a str>,
    /// What follows `key:` (trimmed), or the list item after `- `.
    value: &'a str,
}

fn parse_line(number: usize, text: &str) -> Line<'_> {
    let body = text.trim_start_matches([' ', '\t']);
    let indent = &text[..text.len() - body.len()];
    let item = body.strip_prefix("- ").map(str::trim_start);
    let head = item.unwrap_or(body);
    let key_len = head
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(head.len());
    let (key, value) = match head[key_len..].strip_prefix(':') {
        Some(rest) if key_len > 0 && !rest.starts_with("//") => {
            (Some(&head[..key_len]), rest.trim())
        }
        _ => (None, head.trim()),
    };
    Line {
        number,
        text,
        indent,
        key,
        value,
    }
}

/// The lines of a block that hold YAML, without the text of `|` and `>` blocks.
fn lines(yaml: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut block_indent: Option<usize> = None;
    for (i, text) in yaml.lines().enumerate() {
        let parsed = parse_line(i + 1, text);
        let trimmed = text.trim();
        if let Some(at) = block_indent {
            if trimmed.is_empty() || parsed.indent.len() > at {
                continue;
            }
            block_indent = None;
        }
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let value = parsed.value.split(" #").next().unwrap_or("").trim_end();
        if value.starts_with('|') || value.starts_with('>') {
            block_indent = Some(parsed.indent.len());
        }
        out.push(parsed);
    }
    out
}

fn problem(line: &Line, col: usize, message: String, fixed: String) -> YamlError {
    YamlError {
        line: line.number,
        col,
        message,
        help: format!("write `{}`", fixed.trim_end()),
    }
}

/// 1-based column (in characters) of byte offset `at` in `text`.
fn column(text: &str, at: usize) -> usize {
    text[..at].chars().count() + 1
}

/// Byte offset of the value in its line.
fn value_offset(line: &Line) -> usize {
    if line.value.is_empty() {
        return line.text.len();
    }
    line.text.rfind(line.value).unwrap_or(0)
}

/// The first mistake of the catalogue in `yaml`, for a block the parser
/// refused: tabs, curly quotes, unclosed quotes and brackets, a missing space
/// after `:` or `-`, an unquoted `: ` in a value.
pub fn syntax(yaml: &str) -> Option<YamlError> {
    let lines = lines(yaml);
    lines.iter().find_map(|line| {
        tab(line)
            .or_else(|| curly(line))
            .or_else(|| unclosed(line))
            .or_else(|| glued(line))
            .or_else(|| colon_in_value(line))
    })
}

fn tab(line: &Line) -> Option<YamlError> {
    let at = line.indent.find('\t')?;
    let fixed = format!(
        "{}{}",
        line.indent.replace('\t', "  "),
        line.text.trim_start()
    );
    Some(problem(
        line,
        column(line.text, at),
        "this line is indented with a tab; YAML indents with spaces only".into(),
        fixed,
    ))
}

fn curly(line: &Line) -> Option<YamlError> {
    if !line.value.starts_with(CURLY_QUOTES) {
        return None;
    }
    let at = value_offset(line);
    let fixed: String = line
        .text
        .chars()
        .map(|c| match c {
            '“' | '”' | '„' | '‟' | '«' | '»' => '"',
            '‘' | '’' | '‚' | '‛' => '\'',
            c => c,
        })
        .collect();
    Some(problem(
        line,
        column(line.text, at),
        "curly quotes (pasted from a word processor?) are text to YAML, not quotes".into(),
        fixed,
    ))
}

fn unclosed(line: &Line) -> Option<YamlError> {
    let v = line.value.split(" #").next().unwrap_or("").trim_end();
    let closer = match v.chars().next()? {
        '"' if !closed_double(&v[1..]) => "\"",
        '\'' if v[1..].replace("''", "").matches('\'').count() % 2 == 0 => "'",
        '[' if v.matches('[').count() > v.matches(']').count() => "]",
        '{' if v.matches('{').count() > v.matches('}').count() => "}",
        _ => return None,
    };
    let what = match closer {
        "]" => "list `[`",
        "}" => "brace `{`",
        _ => "quote",
    };
    let end = value_offset(line) + v.len();
    Some(problem(
        line,
        column(line.text, value_offset(line)),
        format!("the {what} opened here is never closed"),
        format!("{}{closer}", &line.text[..end]),
    ))
}

/// Whether a double-quoted text (after its opening quote) has its closing quote.
fn closed_double(rest: &str) -> bool {
    let mut escaped = false;
    for c in rest.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return true,
            _ => escaped = false,
        }
    }
    false
}

/// `key:value` or `-item`: YAML needs a space after `:` and `-`.
fn glued(line: &Line) -> Option<YamlError> {
    let body = line.text.trim_start_matches([' ', '\t']);
    let start = line.indent.len();
    if let Some(rest) = body.strip_prefix('-') {
        if !rest.is_empty() && !rest.starts_with([' ', '-']) {
            return Some(problem(
                line,
                column(line.text, start + 1),
                "a list item needs a space after `-`".into(),
                format!("{}- {rest}", line.indent),
            ));
        }
    }
    let key = line.key?;
    let after = body.find(':')? + 1;
    let rest = &body[after..];
    if rest.starts_with([' ', '\t']) || rest.is_empty() || body[..after - 1].trim() != key {
        return None;
    }
    Some(problem(
        line,
        column(line.text, start + after),
        format!("`{key}:` needs a space before its value"),
        format!("{}{key}: {rest}", line.indent),
    ))
}

/// `title: Dan's run: 10 km`: a second `: ` makes YAML read a mapping.
fn colon_in_value(line: &Line) -> Option<YamlError> {
    let key = line.key?;
    let v = line.value;
    if v.starts_with(['"', '\'', '[', '{', '|', '>']) {
        return None;
    }
    let at = v
        .find(": ")
        .or_else(|| v.ends_with(':').then(|| v.len() - 1))?;
    let offset = value_offset(line);
    Some(problem(
        line,
        column(line.text, offset + at),
        format!("the value of `{key}` contains `: `, which YAML reads as a new field"),
        format!("{}{}", &line.text[..offset], quoted(v)),
    ))
}

/// A YAML double-quoted text.
pub fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A type error from serde (`path: invalid type: X, expected Y`) explained
/// for the field it names, at its value, with the corrected line.
pub fn type_error(yaml: &str, raw: &str) -> Option<YamlError> {
    let (path, rest) = raw.split_once(": invalid type: ")?;
    let top = path.split(['.', '[']).next().filter(|f| !f.is_empty())?;
    let (found, expected) = rest.rsplit_once(", expected ")?;
    let all = lines(yaml);
    let at = all
        .iter()
        .position(|l| l.key == Some(top) && l.indent.is_empty())?;
    // A nested field (`links.website`, `brand.color`): its own line when it
    // has one, named by its path; otherwise the top field's line.
    let leaf = path.rsplit('.').next().and_then(|s| s.split('[').next());
    let nested = all[at + 1..]
        .iter()
        .take_while(|l| !l.indent.is_empty() || l.text.starts_with('-'))
        .position(|l| leaf.is_some() && l.key == leaf && path.contains('.'));
    let (at, field) = match (nested, leaf) {
        (Some(i), Some(leaf)) => (at + 1 + i, leaf),
        _ => (at, top),
    };
    let line = &all[at];
    // A list item glued to its dash (`-alice`) reads as text: say that.
    if let Some(p) = all[at + 1..]
        .iter()
        .take_while(|l| !l.indent.is_empty() || l.text.starts_with('-'))
        .find_map(glued)
    {
        return Some(p);
    }
    let col = column(line.text, value_offset(line));
    let v = line.value.split(" #").next().unwrap_or("").trim_end();
    let (message, fixed) = if expected.starts_with("a sequence") {
        let items: Vec<&str> = v
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        (
            format!("`{field}` is a list, but it is written as one text"),
            format!("{field}: [{}]", items.join(", ")),
        )
    } else if expected.starts_with("a boolean") {
        let yes = !matches!(
            v.to_ascii_lowercase().as_str(),
            "no" | "n" | "off" | "false" | "0"
        );
        (
            format!("`{field}` is `true` or `false`, not `{v}`"),
            format!("{field}: {yes}"),
        )
    } else if expected.starts_with("a string") && found.starts_with("sequence") {
        let text = v.trim_start_matches('[').trim_end_matches(']');
        (
            format!("`{field}` is one text, but it is written as a list"),
            format!("{field}: {}", quoted(text)),
        )
    } else {
        return Some(YamlError {
            line: line.number,
            col,
            message: format!(
                "`{field}` is {}, but it is written as {}",
                plain(expected),
                plain(found)
            ),
            help: format!(
                "write the value on the line of `{field}:`, in quotes if it contains `: `, `[` or `{{`"
            ),
        });
    };
    let prefix = &line.text[..line.text.find(field).unwrap_or(0)];
    Some(problem(line, col, message, format!("{prefix}{fixed}")))
}

/// serde's "sequence", "map", "string \"x\"", "a string" in plain words.
fn plain(what: &str) -> String {
    let what = what.strip_prefix("a ").unwrap_or(what);
    match what.split([' ', '`']).next().unwrap_or(what) {
        "sequence" => "a list".into(),
        "map" | "struct" => "a group of `name: value` lines".into(),
        "string" => "one text".into(),
        "integer" | "floating" => "a number".into(),
        "boolean" => "`true` or `false`".into(),
        "unit" => "nothing".into(),
        other => other.to_string(),
    }
}

/// `---` written as a dash or the wrong number of hyphens (a word processor's
/// "smart dashes"): the line that looks like a fence and is not one.
pub fn bad_fence(line: &str) -> bool {
    let t = line.trim();
    t != "---"
        && !t.is_empty()
        && t.chars()
            .all(|c| matches!(c, '-' | '—' | '–' | '‒' | '―' | '−' | ' '))
        && t.chars().any(|c| c != ' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(yaml: &str) -> (usize, usize, String, String) {
        let e = syntax(yaml).unwrap_or_else(|| panic!("nothing found in {yaml:?}"));
        (e.line, e.col, e.message, e.help)
    }

    #[test]
    fn a_tab_is_pointed_at_with_the_line_indented_by_spaces() {
        let (l, c, m, h) = found("title: x\nauthors:\n\t- alice\n");
        assert_eq!((l, c), (3, 1));
        assert!(m.contains("tab"), "{m}");
        assert_eq!(h, "write `  - alice`");
    }

    #[test]
    fn unquoted_colons_are_quoted_in_the_help() {
        let (l, c, _, h) = found("title: Dan's run: 10 km\n");
        assert_eq!((l, c), (1, 17));
        assert_eq!(h, "write `title: \"Dan's run: 10 km\"`");
    }

    #[test]
    fn missing_spaces_after_colon_and_dash() {
        assert_eq!(
            found("a: 1\ndate:2024-05-01\n").3,
            "write `date: 2024-05-01`"
        );
        assert_eq!(found("a: 1\ndate:2024-05-01\n").1, 6);
        let (l, c, _, h) = found("thanks:\n  -bob\n  - x: y: z\n");
        assert_eq!((l, c), (2, 4));
        assert_eq!(h, "write `  - bob`");
    }

    #[test]
    fn unclosed_quotes_and_brackets_are_closed_in_the_help() {
        assert_eq!(found("title: \"Hello\n").3, "write `title: \"Hello\"`");
        assert_eq!(found("tags: [a, b\n").3, "write `tags: [a, b]`");
        assert_eq!(found("tags: [a, b # c\n").3, "write `tags: [a, b]`");
        assert_eq!(found("x: 'it''s\n").3, "write `x: 'it''s'`");
    }

    #[test]
    fn curly_quotes_become_straight_ones() {
        let (_, c, m, h) = found("title: “My run: 10 km”\n");
        assert_eq!(c, 8);
        assert!(m.contains("curly quotes"), "{m}");
        assert_eq!(h, "write `title: \"My run: 10 km\"`");
    }

    #[test]
    fn block_text_and_urls_are_not_mistakes() {
        assert!(syntax("summary: |\n  a: b\n  -x\nwebsite: https://a.example\n").is_none());
    }

    #[test]
    fn a_list_written_as_text_gets_brackets() {
        let raw = "authors: invalid type: string \"alice\", expected a sequence";
        let e = type_error("title: x\nauthors: alice\n", raw).unwrap();
        assert_eq!((e.line, e.col), (2, 10));
        assert_eq!(e.help, "write `authors: [alice]`");
        let raw = "tags: invalid type: string \"A, B\", expected a sequence";
        let e = type_error("tags: A, B\n", raw).unwrap();
        assert_eq!(e.help, "write `tags: [A, B]`");
        let raw = "featured: invalid type: string \"yes\", expected a boolean";
        let e = type_error("featured: yes\n", raw).unwrap();
        assert_eq!(e.help, "write `featured: true`");
        let raw = "title: invalid type: sequence, expected a string";
        let e = type_error("title: [a, b]\n", raw).unwrap();
        assert_eq!(
            e.message,
            "`title` is one text, but it is written as a list"
        );
        assert_eq!(e.help, "write `title: \"a, b\"`");
        let raw = "date: invalid type: map, expected a string";
        let e = type_error("date: {y: 2024}\n", raw).unwrap();
        assert_eq!(
            e.message,
            "`date` is one text, but it is written as a group of `name: value` lines"
        );
    }

    #[test]
    fn a_nested_field_is_found_on_its_own_line() {
        let raw = "brand.color: invalid type: sequence, expected a string";
        let e = type_error("title: x\nbrand:\n  name: A\n  color: [red]\n", raw).unwrap();
        assert_eq!((e.line, e.col), (4, 10));
        assert_eq!(e.help, "write `  color: \"red\"`");
    }

    #[test]
    fn dashes_that_are_not_fences() {
        for bad in ["—", "–––", "--", "----", "- - -"] {
            assert!(bad_fence(bad), "{bad}");
        }
        for ok in ["---", "", "text", "-- a"] {
            assert!(!bad_fence(ok), "{ok}");
        }
    }
}
