//! Build-time syntax highlighting: syntect parses, potluck writes compact HTML
//! (one short element per token, neighbours merged) and one stylesheet whose
//! colours pass WCAG AA on the code background in light and dark mode.
//!
//! A token of class `k` is written `<c-k>fn </c-k>`: an autonomous custom
//! element, which HTML allows anywhere phrasing content is and browsers show
//! as an inline element with no meaning of its own, like a `span`. It takes
//! 11 bytes where `<span class="k"></span>` took 23; code is most of many
//! stories' pages.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::Mutex;

use syntect::parsing::{ParseState, Scope, ScopeStack, SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

/// Token classes, most specific scope prefixes first. A token takes the class
/// of its innermost scope that matches; anything else is plain text.
const CLASSES: &[(&str, &str)] = &[
    ("comment", "c"),
    // Operators and punctuation take their container's colour (usually none):
    // colouring them separately adds spans, not meaning.
    ("keyword.operator", ""),
    ("punctuation", ""),
    ("constant.numeric", "n"),
    ("constant.character.escape", "e"),
    ("constant", "l"),
    ("string", "s"),
    ("keyword", "k"),
    ("storage.type", "k"),
    ("storage.modifier", "k"),
    ("entity.name.function", "f"),
    ("support.function", "f"),
    ("variable.function", "f"),
    ("entity.name.tag", "t"),
    ("entity.name", "t"),
    ("support.type", "t"),
    ("support.class", "t"),
    ("entity.other.attribute-name", "a"),
    ("meta.mapping.key", "a"),
    ("markup.heading", "t"),
    ("variable.parameter", "v"),
];

/// The palette: (class, light colour, dark colour, extra CSS).
pub const PALETTE: &[(&str, &str, &str, &str)] = &[
    ("c", "#5f6368", "#9aa3ad", "font-style:italic"),
    ("n", "#0550ae", "#79c0ff", ""),
    ("e", "#116329", "#7ee787", ""),
    ("l", "#0550ae", "#79c0ff", ""),
    ("s", "#116329", "#a5d6ff", ""),
    ("k", "#a0111f", "#ff7b72", ""),
    ("f", "#6639ba", "#d2a8ff", ""),
    ("t", "#8a3800", "#ffa657", ""),
    ("a", "#0a3069", "#7ee787", ""),
    ("v", "#8a3800", "#ffa657", ""),
];

/// The code block backgrounds the palette is checked against (see the theme's CSS).
pub const CODE_BG_LIGHT: &str = "#faf8f5";
pub const CODE_BG_DARK: &str = "#1a1d22";

/// Highlighting work one story may use: 64 KiB of code in lines of up to 64
/// characters. Regex-heavy grammars spend microseconds per token (MATLAB's
/// about 25), and syntect rescans the rest of a line from every token, so a
/// line of `n` characters counts `max(n, n² / 64)`: one line may have 2,048.
/// A block the rest of the budget cannot pay for is shown as plain text
/// (a 400 KiB line of C took minutes, 150 KiB of `a=` in MATLAB 3.5 s).
pub const STORY_BUDGET: u64 = 64 * 1024;

/// Backtracking steps one regex search may take (Oniguruma's own default is
/// 10,000,000 per start position, unbounded per search): some grammars'
/// regexes backtrack catastrophically (Makefile's on `<!--<!--…`), and a
/// search over the limit counts as no match, so highlighting goes on with
/// ordinary lines unaffected.
const RETRY_LIMIT: std::os::raw::c_ulong = 100_000;

/// Scopes open at once, at most: each token's class and each line's state
/// comparison walk the stack, so code that only opens (`a(a(a(…`, `[[[…`)
/// made highlighting quadratic. Deeper code is shown as plain text.
const MAX_DEPTH: usize = 64;

/// Lines memoised at most; beyond this the cache stops growing.
const CACHE_LIMIT: usize = 200_000;

/// Each scope's class (its first matching prefix in `CLASSES`), as found so
/// far in one block: tokens ask for it once per open scope.
type Memo = HashMap<Scope, Option<&'static str>, BuildHasherDefault<crate::theme::Fnv>>;

/// One syntax's line cache: line -> HTML (looked up by `&str`, no allocation).
type Shard = Mutex<HashMap<Box<str>, Box<str>, BuildHasherDefault<crate::theme::Fnv>>>;

/// Loaded once per run and shared by every render thread.
pub struct Highlighter {
    syntaxes: SyntaxSet,
    classes: Vec<(Scope, &'static str)>,
    /// Per syntax: line -> HTML, for lines that start and end at the
    /// syntax's top level: such a line always highlights the same way, and
    /// code repeats a lot (imports, braces, list items).
    cache: Vec<Shard>,
}

impl Default for Highlighter {
    fn default() -> Self {
        Self::new()
    }
}

impl Highlighter {
    pub fn new() -> Self {
        static LIMITS: std::sync::Once = std::sync::Once::new();
        // SAFETY: plain setters of two process-wide counters, called once,
        // before this highlighter's first search.
        LIMITS.call_once(|| unsafe {
            onig_sys::onig_set_retry_limit_in_match(RETRY_LIMIT);
            onig_sys::onig_set_retry_limit_in_search(RETRY_LIMIT);
        });
        let classes = CLASSES
            .iter()
            .filter_map(|(s, c)| Scope::new(s).ok().map(|scope| (scope, *c)))
            .collect();
        let syntaxes = SyntaxSet::load_defaults_newlines();
        let cache = syntaxes
            .syntaxes()
            .iter()
            .map(|_| Mutex::default())
            .collect();
        Highlighter {
            syntaxes,
            classes,
            cache,
        }
    }

    fn find(&self, lang: &str) -> Option<(usize, &SyntaxReference)> {
        let lang = lang.trim().to_ascii_lowercase();
        if lang.is_empty() {
            return None;
        }
        let alias = match lang.as_str() {
            "shell" | "console" | "zsh" | "sh" => "bash",
            "py3" | "python3" => "py",
            "yml" => "yaml",
            "rust" => "rs",
            "javascript" | "node" => "js",
            other => other,
        };
        let syntax = self.syntaxes.find_syntax_by_token(alias)?;
        let index = self
            .syntaxes
            .syntaxes()
            .iter()
            .position(|s| std::ptr::eq(s, syntax))?;
        Some((index, syntax))
    }

    /// Highlights `code` as `lang` within a fresh [`STORY_BUDGET`].
    pub fn highlight(&self, code: &str, lang: &str) -> String {
        self.highlight_within(code, lang, &mut { STORY_BUDGET })
    }

    /// Highlights `code` as `lang`, taking its cost from `budget` (one per
    /// story); unknown languages, and blocks the budget cannot pay for, become
    /// escaped plain text. The cost depends only on the text, so the output
    /// is the same on every machine.
    pub fn highlight_within(&self, code: &str, lang: &str, budget: &mut u64) -> String {
        let body = match self.find(lang) {
            Some((index, syntax)) if pay(budget, code) => self
                .classed(code, index, syntax)
                .unwrap_or_else(|| escape_text(code)),
            _ => escape_text(code),
        };
        if lang.is_empty() {
            format!("<pre class=\"code\" tabindex=\"0\"><code>{body}</code></pre>")
        } else {
            format!(
                "<pre class=\"code\" data-lang=\"{}\" tabindex=\"0\"><code>{body}</code></pre>",
                escape_attr(lang)
            )
        }
    }

    fn classed(&self, code: &str, index: usize, syntax: &SyntaxReference) -> Option<String> {
        let mut out = Out::default();
        let mut memo = Memo::default();
        let mut state = ParseState::new(syntax);
        let mut stack = ScopeStack::new();
        // The state at the syntax's top level after the first line.
        let mut top = ParseState::new(syntax);
        let mut top_stack = ScopeStack::new();
        for op in top.parse_line("\n", &self.syntaxes).ok()? {
            top_stack.apply(&op.1).ok()?;
        }
        for (n, line) in LinesWithEndings::from(code).enumerate() {
            let at_top = n > 0 && state == top && stack == top_stack;
            if at_top {
                if let Some(html) = self.cached(index, line) {
                    out.flush();
                    out.html.push_str(&html);
                    continue;
                }
            }
            out.flush();
            let start = out.html.len();
            let mut last = 0;
            for (pos, op) in state.parse_line(line, &self.syntaxes).ok()? {
                out.text(&line[last..pos], self.class_of(&stack, &mut memo));
                last = pos;
                stack.apply(&op).ok()?;
                if stack.len() > MAX_DEPTH {
                    return None;
                }
            }
            out.text(&line[last..], self.class_of(&stack, &mut memo));
            out.flush();
            if at_top && state == top && stack == top_stack {
                self.remember(index, line, &out.html[start..]);
            }
        }
        out.flush();
        Some(out.html)
    }

    fn class_of(&self, stack: &ScopeStack, memo: &mut Memo) -> Option<&'static str> {
        // An empty class means "no colour of its own": look further out, so the
        // quotes of a string still get the string's colour.
        stack
            .as_slice()
            .iter()
            .rev()
            .filter_map(|scope| {
                *memo.entry(*scope).or_insert_with(|| {
                    self.classes
                        .iter()
                        .find(|(p, _)| p.is_prefix_of(*scope))
                        .map(|(_, c)| *c)
                })
            })
            .find(|c| !c.is_empty())
    }

    fn cached(&self, index: usize, line: &str) -> Option<Box<str>> {
        self.cache[index].lock().ok()?.get(line).cloned()
    }

    fn remember(&self, index: usize, line: &str, html: &str) {
        if let Ok(mut map) = self.cache[index].lock() {
            // A bound per syntax keeps memory flat on huge sites.
            if map.len() < CACHE_LIMIT {
                map.insert(line.into(), html.into());
            }
        }
    }
}

/// Takes `code`'s cost (see [`STORY_BUDGET`]) from `budget`, if it can.
fn pay(budget: &mut u64, code: &str) -> bool {
    let cost = LinesWithEndings::from(code)
        .map(|l| l.len() as u64)
        .map(|n| n.max(n.saturating_mul(n) / 64))
        .fold(0u64, u64::saturating_add);
    let affordable = cost <= *budget;
    if affordable {
        *budget -= cost;
    }
    affordable
}

/// Output with the current open token element, so neighbouring tokens of one
/// class share it.
#[derive(Default)]
struct Out {
    html: String,
    open: Option<&'static str>,
}

impl Out {
    fn text(&mut self, text: &str, class: Option<&'static str>) {
        if text.is_empty() {
            return;
        }
        // Whitespace takes no colour: keep it inside whatever element is open.
        let class = if text.trim().is_empty() {
            self.open
        } else {
            class
        };
        if class != self.open {
            self.flush();
            if let Some(c) = class {
                self.html.push_str("<c-");
                self.html.push_str(c);
                self.html.push('>');
            }
            self.open = class;
        }
        push_escaped(&mut self.html, text, false);
    }

    /// Closes the open element (at line ends, so cached lines are self-contained).
    fn flush(&mut self) {
        if let Some(c) = self.open.take() {
            self.html.push_str("</c-");
            self.html.push_str(c);
            self.html.push('>');
        }
    }
}

/// The stylesheet for highlighted code, light and dark.
pub fn stylesheet() -> String {
    let mut css = String::from("/* generated by potluck: syntax highlighting */\n");
    for (class, light, _, extra) in PALETTE {
        css.push_str(&format!(
            "pre.code c-{class}{{color:{light}{}{extra}}}\n",
            if extra.is_empty() { "" } else { ";" }
        ));
    }
    css.push_str("@media (prefers-color-scheme: dark){\n");
    for (class, _, dark, _) in PALETTE {
        css.push_str(&format!("pre.code c-{class}{{color:{dark}}}\n"));
    }
    css.push_str("}\n");
    css
}

fn push_escaped(out: &mut String, s: &str, quotes: bool) {
    // Copy runs of plain bytes at once; only the few special ASCII bytes are replaced.
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' if quotes => "&quot;",
            b'\'' if quotes => "&#39;",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        out.push_str(rep);
        start = i + 1;
    }
    out.push_str(&s[start..]);
}

/// Escapes text for HTML text content (quotes kept as they are).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    push_escaped(&mut out, s, false);
    out
}

/// Escapes text for HTML text and quoted attributes (and XML).
pub fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    push_escaped(&mut out, s, true);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::color::{contrast, Rgb};

    #[test]
    fn known_language_gets_one_class_per_token() {
        let h = Highlighter::new();
        let html = h.highlight("fn main() { let x = 42; } // hi\n", "rust");
        assert!(
            html.starts_with("<pre class=\"code\" data-lang=\"rust\" tabindex=\"0\"><code>"),
            "{html}"
        );
        assert!(html.contains("<c-k>fn </c-k><c-f>main</c-f>"), "{html}");
        assert!(html.contains("<c-k>let</c-k> x = "), "{html}");
        assert!(html.contains("<c-n>42</c-n>"), "{html}");
        assert!(html.contains("<c-c>// hi\n</c-c>"), "{html}");
        assert!(!html.contains("<c-k><c-"), "nested tokens: {html}");
    }

    #[test]
    fn unknown_language_is_plain_escaped_text() {
        let h = Highlighter::new();
        let html = h.highlight("G1 X10 <b>\n", "gcode");
        assert_eq!(html, "<pre class=\"code\" data-lang=\"gcode\" tabindex=\"0\"><code>G1 X10 &lt;b&gt;\n</code></pre>");
    }

    #[test]
    fn memoised_lines_highlight_exactly_like_fresh_ones() {
        let code = "import os\nx = \"a\"\nimport os\ndef f(y):\n    return y  # done\nimport os\n";
        let warm = Highlighter::new();
        let first = warm.highlight(code, "python");
        let second = warm.highlight(code, "python");
        assert_eq!(first, second);
        assert_eq!(first, Highlighter::new().highlight(code, "python"));
        assert!(
            warm.cache
                .iter()
                .map(|m| m.lock().unwrap().len())
                .sum::<usize>()
                > 0,
            "nothing was memoised"
        );
    }

    #[test]
    fn multi_line_strings_and_comments_keep_their_class() {
        let h = Highlighter::new();
        let html = h.highlight("/* a\nb */ x\n", "js");
        assert!(
            html.contains("<c-c>/* a\n</c-c><c-c>b */ </c-c>x"),
            "{html}"
        );
    }

    #[test]
    fn code_over_the_story_budget_is_plain_text() {
        let h = Highlighter::new();
        let code = "let x = 1;\n";
        let mut budget = 11; // this block's cost: 11 bytes in a short line
        assert!(h
            .highlight_within(code, "rust", &mut budget)
            .contains("<c-"));
        assert_eq!(budget, 0);
        let plain = h.highlight_within(code, "rust", &mut budget);
        assert!(!plain.contains("<c-"), "{plain}");
        assert!(plain.contains("let x = 1;"), "{plain}");
        // A long line costs its length squared over 64: 1,100 characters fit
        // a story's budget, 3,300 do not.
        let line = |n| format!("{}\n", "let x = 1; ".repeat(n));
        assert!(h.highlight(&line(100), "rust").contains("<c-"));
        assert!(!h.highlight(&line(300), "rust").contains("<c-"));
    }

    #[test]
    fn scopes_nested_too_deep_are_plain_text() {
        let h = Highlighter::new();
        assert!(h.highlight("[[1]]", "json").contains("<c-"));
        let deep = h.highlight(&format!("{}1", "[".repeat(200)), "json");
        assert!(!deep.contains("<c-"), "{deep}");
    }

    #[test]
    fn palette_passes_aa_on_both_code_backgrounds() {
        let light_bg = Rgb::parse(CODE_BG_LIGHT).unwrap();
        let dark_bg = Rgb::parse(CODE_BG_DARK).unwrap();
        for (class, light, dark, _) in PALETTE {
            let l = contrast(Rgb::parse(light).unwrap(), light_bg);
            let d = contrast(Rgb::parse(dark).unwrap(), dark_bg);
            assert!(l >= 4.5, ".{class} light {light}: {l:.2}");
            assert!(d >= 4.5, ".{class} dark {dark}: {d:.2}");
        }
    }

    #[test]
    fn stylesheet_has_every_class_in_both_schemes() {
        let css = stylesheet();
        for (class, light, dark, _) in PALETTE {
            assert!(
                css.contains(&format!("pre.code c-{class}{{color:{light}")),
                "{class}"
            );
            assert!(
                css.contains(&format!("pre.code c-{class}{{color:{dark}}}")),
                "{class}"
            );
        }
        assert!(css.contains("prefers-color-scheme: dark"));
    }
}
