//! Build-time syntax highlighting: syntect parses, potluck writes compact HTML
//! (one short element per token, neighbours merged) and one stylesheet whose
//! colours pass WCAG AA on the code background in light and dark mode.
//!
//! A token of class `k` is written `<c-k>fn </c-k>`: an autonomous custom
//! element, which HTML allows anywhere phrasing content is and browsers show
//! as an inline element with no meaning of its own, like a `span`. It takes
//! 11 bytes where `<span class="k"></span>` took 23; code is most of many
//! stories' pages.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::{Arc, Mutex};

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

/// Line steps memoised at most per syntax; beyond this the memo stops growing.
const CACHE_LIMIT: usize = 200_000;

/// Line keys remembered as seen once, at most per syntax: a step is only
/// memoised the second time its key comes up, so lines that never repeat
/// cost a `u64`, not a copy of two parser states.
const SEEN_LIMIT: usize = 1_000_000;

/// Each scope's class (its first matching prefix in `CLASSES`), as found so
/// far in one block: tokens ask for it once per open scope.
type Memo = HashMap<Scope, Option<&'static str>, BuildHasherDefault<crate::theme::Fnv>>;

/// The parser's state between two lines.
type State = (ParseState, ScopeStack);

/// One line highlighted from one state: what it became and the state after.
struct Step {
    before: State,
    line: Box<str>,
    html: Box<str>,
    after: State,
}

// SAFETY: a `ParseState` is neither `Send` nor `Sync` only because a state
// inside a context that remembers captures (heredocs, raw strings) owns an
// Oniguruma `Region`: plain arrays behind raw pointers, with no interior
// mutability and no thread affinity. A memoised step is never mutated after
// it is stored: threads only compare its states and clone them (which reads
// the arrays), and it is freed once, with the memo.
unsafe impl Send for Step {}
unsafe impl Sync for Step {}

/// A key that is already a hash.
#[derive(Default)]
struct Prehashed(u64);

impl std::hash::Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 keys")
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// One syntax's memo of line steps, by a hash of (state, line).
#[derive(Default)]
struct Steps {
    seen: HashSet<u64, BuildHasherDefault<Prehashed>>,
    steps: HashMap<u64, Arc<Step>, BuildHasherDefault<Prehashed>>,
}

/// Loaded once per run and shared by every render thread.
pub struct Highlighter {
    syntaxes: SyntaxSet,
    /// potluck's own grammars, tried before the bundled ones (see `OWN`).
    own: SyntaxSet,
    classes: Vec<(Scope, &'static str)>,
    /// Per syntax: the steps of lines seen more than once. The same line
    /// from the same parser state always highlights the same way, and code
    /// repeats a lot (imports, braces, keys, closing tags), at any depth.
    cache: Vec<Mutex<Steps>>,
}

impl Default for Highlighter {
    fn default() -> Self {
        Self::new()
    }
}

impl Highlighter {
    pub fn new() -> Self {
        Self::with_own(own_syntaxes())
    }

    fn with_own(own: SyntaxSet) -> Self {
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
        let cache = (0..syntaxes.syntaxes().len() + own.syntaxes().len())
            .map(|_| Mutex::default())
            .collect();
        Highlighter {
            syntaxes,
            own,
            classes,
            cache,
        }
    }

    /// The grammar for `lang`: its memo's index, its set, and the syntax.
    fn find(&self, lang: &str) -> Option<(usize, &SyntaxSet, &SyntaxReference)> {
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
        let offset = self.syntaxes.syntaxes().len();
        [(&self.own, offset), (&self.syntaxes, 0)]
            .into_iter()
            .find_map(|(set, offset)| {
                let syntax = set.find_syntax_by_token(alias)?;
                let index = set
                    .syntaxes()
                    .iter()
                    .position(|s| std::ptr::eq(s, syntax))?;
                Some((offset + index, set, syntax))
            })
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
            Some((index, set, syntax)) if pay(budget, code) => self
                .classed(code, index, set, syntax)
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

    fn classed(
        &self,
        code: &str,
        index: usize,
        set: &SyntaxSet,
        syntax: &SyntaxReference,
    ) -> Option<String> {
        let mut out = Out::default();
        let mut memo = Memo::default();
        let mut state = ParseState::new(syntax);
        let mut stack = ScopeStack::new();
        for line in LinesWithEndings::from(code) {
            let key = step_key(&state, &stack, line);
            if let Some(step) = self.recall(index, key, &state, &stack, line) {
                out.html.push_str(&step.html);
                (state, stack) = step.after.clone();
                continue;
            }
            let before = self
                .worth_keeping(index, key)
                .then(|| (state.clone(), stack.clone()));
            let start = out.html.len();
            let mut last = 0;
            for (pos, op) in state.parse_line(line, set).ok()? {
                out.text(&line[last..pos], self.class_of(&stack, &mut memo));
                last = pos;
                stack.apply(&op).ok()?;
                if stack.len() > MAX_DEPTH {
                    return None;
                }
            }
            out.text(&line[last..], self.class_of(&stack, &mut memo));
            // Lines end their span, so a memoised line is self-contained.
            out.flush();
            if let Some(before) = before {
                let step = Step {
                    before,
                    line: line.into(),
                    html: out.html[start..].into(),
                    after: (state.clone(), stack.clone()),
                };
                self.remember(index, key, step);
            }
        }
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

    /// The memoised step for `line` from this exact state, if any.
    fn recall(
        &self,
        index: usize,
        key: u64,
        state: &ParseState,
        stack: &ScopeStack,
        line: &str,
    ) -> Option<Arc<Step>> {
        let step = self.cache[index].lock().ok()?.steps.get(&key).cloned()?;
        // The key is a hash: equal keys are checked to be equal steps.
        let same = &*step.line == line && step.before.0 == *state && step.before.1 == *stack;
        same.then_some(step)
    }

    /// Whether the step of `key` should be memoised: it has been seen before.
    fn worth_keeping(&self, index: usize, key: u64) -> bool {
        let Ok(mut steps) = self.cache[index].lock() else {
            return false;
        };
        if steps.steps.len() >= CACHE_LIMIT || steps.steps.contains_key(&key) {
            return false;
        }
        if steps.seen.contains(&key) {
            return true;
        }
        if steps.seen.len() < SEEN_LIMIT {
            steps.seen.insert(key);
        }
        false
    }

    fn remember(&self, index: usize, key: u64, step: Step) {
        if let Ok(mut steps) = self.cache[index].lock() {
            steps.steps.insert(key, Arc::new(step));
        }
    }
}

/// A hash of the parser state and the line. Parser states have no `Hash`,
/// so their `Debug` text is hashed; the scope stack hashes its scopes.
fn step_key(state: &ParseState, stack: &ScopeStack, line: &str) -> u64 {
    use std::fmt::Write as _;
    use std::hash::{Hash, Hasher};
    struct Feed<'a>(&'a mut std::collections::hash_map::DefaultHasher);
    impl std::fmt::Write for Feed<'_> {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            self.0.write(s.as_bytes());
            Ok(())
        }
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let _ = write!(Feed(&mut h), "{state:?}");
    stack.as_slice().hash(&mut h);
    line.hash(&mut h);
    h.finish()
}

/// potluck's own grammars, for languages whose bundled grammar is far slower
/// than the colours it yields are worth (see each file's header), compiled
/// into a syntect dump: the binary needs no YAML parser for them. A test
/// checks the dump against the sources and rewrites it when asked
/// (`POTLUCK_UPDATE_GRAMMARS=1 cargo test own_grammar`).
const OWN_DUMP: &[u8] = include_bytes!("highlight/own.packdump");

fn own_syntaxes() -> SyntaxSet {
    syntect::dumps::from_binary(OWN_DUMP)
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
                .map(|m| m.lock().unwrap().steps.len())
                .sum::<usize>()
                > 0,
            "nothing was memoised"
        );
    }

    #[test]
    fn memoised_nested_lines_and_heredocs_highlight_like_fresh_ones() {
        // Lines inside an object, a function and a heredoc repeat at depth;
        // the heredoc's state carries its captured delimiter.
        let cases = [
            ("json", "{\n  \"a\": {\n    \"x\": 1\n  },\n  \"b\": {\n    \"x\": 1\n  }\n}\n"),
            ("rust", "impl A {\n    fn f() {\n        g();\n    }\n    fn h() {\n        g();\n    }\n}\n"),
            ("bash", "cat <<EOF\nx\nEOF\ncat <<END\nx\nEOF\nEND\ncat <<EOF\nx\nEOF\n"),
        ];
        let warm = Highlighter::new();
        for (lang, code) in cases {
            let twice = format!("{code}{code}");
            let first = warm.highlight(&twice, lang);
            assert_eq!(first, warm.highlight(&twice, lang), "{lang}");
            assert_eq!(first, Highlighter::new().highlight(&twice, lang), "{lang}");
        }
        let memoised: usize = warm
            .cache
            .iter()
            .map(|m| m.lock().unwrap().steps.len())
            .sum();
        assert!(memoised > 10, "only {memoised} steps memoised");
    }

    /// The grammars' sources, in the order of the dump.
    const OWN_SOURCES: &[(&str, &str)] = &[
        (
            "src/highlight/css.sublime-syntax",
            include_str!("highlight/css.sublime-syntax"),
        ),
        (
            "src/highlight/javascript.sublime-syntax",
            include_str!("highlight/javascript.sublime-syntax"),
        ),
        (
            "src/highlight/toml.sublime-syntax",
            include_str!("highlight/toml.sublime-syntax"),
        ),
    ];

    fn own_from_sources() -> SyntaxSet {
        let mut builder = syntect::parsing::SyntaxSetBuilder::new();
        for (path, text) in OWN_SOURCES {
            let def = syntect::parsing::SyntaxDefinition::load_from_str(text, true, None);
            builder.add(def.unwrap_or_else(|e| panic!("{path}: {e}")));
        }
        builder.build()
    }

    #[test]
    fn own_grammar_dump_matches_its_sources() {
        let fresh = own_from_sources();
        if std::env::var_os("POTLUCK_UPDATE_GRAMMARS").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/highlight/own.packdump");
            std::fs::write(path, syntect::dumps::dump_binary(&fresh)).unwrap();
            return;
        }
        let shipped = own_syntaxes();
        let names = |set: &SyntaxSet| {
            set.syntaxes()
                .iter()
                .map(|s| s.name.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&shipped), names(&fresh));
        // The same grammar highlights the same way: compare on a sample that
        // reaches every context.
        let sample = "/* c */\n@import url(\"a.css\");\n@media (min-width: 1em) { .a:hover, a[x='y'] { --v: 1px; color: #fff !important; } }\n\
                      @font-face { src: url(x) format(\"woff\"); }\n.b { &:hover { width: calc((100% - 2rem) / 3); } }\n";
        let a = Highlighter::with_own(shipped).highlight(sample, "css");
        let b = Highlighter::with_own(fresh).highlight(sample, "css");
        assert_eq!(
            a, b,
            "src/highlight/own.packdump is stale: POTLUCK_UPDATE_GRAMMARS=1 cargo test own_grammar"
        );
    }

    #[test]
    fn own_grammars_load_and_colour_css() {
        let h = Highlighter::new();
        let css = "/* c */\n@media (min-width: 40em) { .a, #b > p:hover { color: #0b6e4f; margin: 0 1.5rem !important; } }\n\
                   a[href^=\"http\"] { background: url(\"x.png\") rgba(0, 0, 0, .5); --gap: 2px; }\n";
        let html = h.highlight(css, "css");
        for want in [
            "<c-c>/* c */",
            "<c-k>@media</c-k>",
            "<c-t>min-width</c-t>",
            "<c-a>.a</c-a>",
            "<c-a>#b</c-a>",
            "<c-a>:hover</c-a>",
            "<c-t>color</c-t>: <c-l>#0b6e4f</c-l>",
            // Whitespace joins the open element: unit and `!important` share one.
            "<c-n>0 1.5</c-n><c-k>rem !important</c-k>",
            "<c-f>url</c-f>(<c-s>\"x.png\"</c-s>)",
            "<c-t>--gap</c-t>",
        ] {
            assert!(html.contains(want), "{want} in {html}");
        }
    }

    #[test]
    fn own_grammars_colour_javascript() {
        let h = Highlighter::new();
        let js = "// c\nexport async function load(path, n = 1) {\n  const re = /a\\/b/g, x = a / b / 2;\n  \
                  return items.map((it) => `v ${it.v + 0x1f}`).filter(Boolean) ?? null;\n}\nclass Card extends Base {}\n";
        let html = h.highlight(js, "javascript");
        for want in [
            "<c-c>// c\n</c-c>",
            "<c-k>export async function </c-k><c-f>load</c-f>(<c-v>path</c-v>, <c-v>n</c-v>",
            "re = <c-s>/a\\/b/g</c-s>",
            // Division is not a regular expression.
            "x = a / b / <c-n>2</c-n>",
            "items.<c-f>map</c-f>((<c-v>it</c-v>) <c-k>=&gt; </c-k>",
            "<c-s>`v </c-s>${it.v + <c-n>0x1f</c-n>}<c-s>`</c-s>",
            "<c-t>Boolean</c-t>) ?? <c-l>null</c-l>",
            "<c-k>class </c-k><c-t>Card </c-t><c-k>extends</c-k> Base",
        ] {
            assert!(html.contains(want), "{want} in {html}");
        }
    }

    #[test]
    fn own_grammars_colour_toml() {
        let h = Highlighter::new();
        let html = h.highlight(
            "# c\n[package]\nname = \"potluck\"\nok = true\nn = 3\n",
            "toml",
        );
        for want in [
            "<c-c># c\n</c-c>",
            "[<c-t>package</c-t>]",
            "<c-a>name</c-a> = <c-s>\"potluck\"\n</c-s>",
            "<c-a>ok</c-a> = <c-l>true\n</c-l>",
            "<c-a>n</c-a> = <c-n>3\n</c-n>",
        ] {
            assert!(html.contains(want), "{want} in {html}");
        }
    }

    #[test]
    fn multi_line_strings_and_comments_keep_their_class() {
        let h = Highlighter::new();
        let html = h.highlight("/* a\nb */ x\n", "js");
        assert!(
            html.contains("<c-c>/* a\n</c-c><c-c>b */</c-c> x"),
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
