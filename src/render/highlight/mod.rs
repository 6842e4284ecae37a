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
use std::sync::{Arc, Mutex, OnceLock};

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
    // Diffs: added lines green, removed red, as every code host shows them.
    ("markup.inserted", "s"),
    ("markup.deleted", "k"),
    ("meta.diff.range", "f"),
    ("meta.diff.header", "c"),
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
type Memo = HashMap<Scope, Option<&'static str>, BuildHasherDefault<crate::util::fnv::Fnv>>;

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
    /// bat's grammars (the two-face crate), for languages neither set above
    /// has (TypeScript, Dockerfile, Kotlin…): loaded on first use, so a
    /// site without such code never pays for reading them.
    extra: OnceLock<(SyntaxSet, Vec<Mutex<Steps>>)>,
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
            extra: OnceLock::new(),
        }
    }

    /// bat's set, read on first use, with a memo per syntax.
    fn extra(&self) -> &(SyntaxSet, Vec<Mutex<Steps>>) {
        self.extra.get_or_init(|| {
            let set = two_face::syntax::extra_newlines();
            let cache = set.syntaxes().iter().map(|_| Mutex::default()).collect();
            (set, cache)
        })
    }

    /// The grammar for `lang`: its memo, its set, and the syntax. potluck's
    /// own grammars first, then syntect's, then bat's (see [`Grammar`]).
    fn find(&self, lang: &str) -> Option<Grammar<'_>> {
        let lang = lang.trim().to_ascii_lowercase();
        let alias = match lang.as_str() {
            "" | "text" | "txt" | "plain" | "plaintext" | "none" | "output" => return None,
            "shell" | "console" | "zsh" | "sh" => "bash",
            "py3" | "python3" => "py",
            "yml" => "yaml",
            "rust" => "rs",
            "javascript" | "node" => "js",
            // bat's TSX grammar costs ten times potluck's JavaScript per line
            // (examples/highlight_cost.rs): JSX and TSX read as JavaScript.
            "tsx" | "jsx" => "js",
            "golang" => "go",
            "docker" => "dockerfile",
            "ps1" | "pwsh" => "powershell",
            "terraform" => "hcl",
            other => other,
        };
        let offset = self.syntaxes.syntaxes().len();
        let own = (&self.own, &self.cache[offset..]);
        let bundled = (&self.syntaxes, &self.cache[..offset]);
        let found = [own, bundled]
            .into_iter()
            .find_map(|(set, cache)| grammar(set, cache, alias));
        found.or_else(|| {
            let (set, cache) = self.extra();
            grammar(set, cache, alias)
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
            Some(g) if pay(budget, code) => {
                self.classed(code, &g).unwrap_or_else(|| escape_text(code))
            }
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

    fn classed(&self, code: &str, g: &Grammar) -> Option<String> {
        let (memo_of, set) = (g.cache, g.set);
        let mut out = Out::default();
        let mut memo = Memo::default();
        let mut state = ParseState::new(g.syntax);
        let mut stack = ScopeStack::new();
        for line in LinesWithEndings::from(code) {
            let key = step_key(&state, &stack, line);
            if let Some(step) = self.recall(memo_of, key, &state, &stack, line) {
                out.html.push_str(&step.html);
                (state, stack) = step.after.clone();
                continue;
            }
            let before = self
                .worth_keeping(memo_of, key)
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
                self.remember(memo_of, key, step);
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
        memo_of: &Mutex<Steps>,
        key: u64,
        state: &ParseState,
        stack: &ScopeStack,
        line: &str,
    ) -> Option<Arc<Step>> {
        let step = memo_of.lock().ok()?.steps.get(&key).cloned()?;
        // The key is a hash: equal keys are checked to be equal steps.
        let same = &*step.line == line && step.before.0 == *state && step.before.1 == *stack;
        same.then_some(step)
    }

    /// Whether the step of `key` should be memoised: it has been seen before.
    fn worth_keeping(&self, memo_of: &Mutex<Steps>, key: u64) -> bool {
        let Ok(mut steps) = memo_of.lock() else {
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

    fn remember(&self, memo_of: &Mutex<Steps>, key: u64, step: Step) {
        if let Ok(mut steps) = memo_of.lock() {
            steps.steps.insert(key, Arc::new(step));
        }
    }
}

/// A grammar found for a language: the set holding it, the syntax, and the
/// memo of its line steps.
struct Grammar<'h> {
    set: &'h SyntaxSet,
    syntax: &'h SyntaxReference,
    cache: &'h Mutex<Steps>,
}

/// The syntax of `set` for `token` (a file extension or a name), with its
/// memo in `cache` (one per syntax of the set, in order).
fn grammar<'h>(set: &'h SyntaxSet, cache: &'h [Mutex<Steps>], token: &str) -> Option<Grammar<'h>> {
    let syntax = set.find_syntax_by_token(token)?;
    let index = set
        .syntaxes()
        .iter()
        .position(|s| std::ptr::eq(s, syntax))?;
    Some(Grammar {
        set,
        syntax,
        cache: cache.get(index)?,
    })
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
const OWN_DUMP: &[u8] = include_bytes!("own.packdump");

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
mod tests;
