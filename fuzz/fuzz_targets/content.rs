//! Fuzzes what a contributor's file goes through: the front matter split and
//! checks, the YAML parse, the nesting guard and Markdown rendering with
//! sanitizing. Any panic, hang or out-of-memory is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;
use potluck::highlight::Highlighter;
use potluck::markdown::{self, Context};
use potluck::sanitize::Sanitizer;

thread_local! {
    // Built once: loading syntaxes per input would swamp the fuzzer.
    static TOOLS: (Highlighter, Sanitizer) = (Highlighter::new(), Sanitizer::new());
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let body = match potluck::frontmatter::split(text) {
        Ok(split) => {
            let _ = potluck::frontmatter::parse::<serde_yaml::Value>(split.yaml, split.yaml_line, &[]);
            split.body
        }
        Err(_) => text,
    };
    if markdown::too_deep(body).is_some() {
        return; // the load stage refuses it before rendering
    }
    TOOLS.with(|(highlighter, sanitizer)| {
        let is_member = |h: &str| h == "alice";
        let cx = Context {
            is_member: &is_member,
            prefix: "/community",
            bundle_url: Some("/community/stories/a/"),
            image_size: &|_| None,
            highlighter,
            sanitizer,
        };
        let out = markdown::render(body, &cx);
        // The sanitized HTML never carries a script element or a handler.
        let lower = out.html.to_ascii_lowercase();
        assert!(!lower.contains("<script"), "{}", out.html);
        for attr in ["href=\"javascript:", "src=\"javascript:"] {
            assert!(!lower.contains(attr), "{attr} in {}", out.html);
        }
        // An event handler: ` on<letters>=` inside a tag, outside quotes.
        let handler = lower.match_indices(" on").any(|(i, _)| {
            let open = lower[..i].rfind('<');
            let in_tag = open > lower[..i].rfind('>')
                && open.is_some_and(|o| lower[o..i].matches('"').count() % 2 == 0);
            let rest = lower[i + 3..].trim_start_matches(|c: char| c.is_ascii_lowercase());
            in_tag && rest.starts_with('=') && rest.len() < lower.len() - i - 3
        });
        assert!(!handler, "event handler in {}", out.html);
    });
});
