//! The starting text of a new story or profile, from the templates beside
//! `scaffold`: what `potluck new` writes, and what the /write/ and /join/
//! pages offer without JavaScript (render/contribute.rs).

pub const STORY: &str = include_str!("../scaffold/templates/story.md");
const MEMBER: &str = include_str!("../scaffold/templates/member.md");
/// The title the contributing page shows in its `potluck new story` example
/// (and /write/'s template): a story still titled this was copied, not
/// written (check warns).
pub const EXAMPLE_TITLE: &str = "The title of your story";

/// The text `new story` writes for a single-file story: also the template
/// the /write/ page offers without JavaScript.
pub fn story_template(title: &str, author: &str, date: &str) -> String {
    story_fill(title, author, date, "", "")
}

/// The text `new member` writes: also the /join/ page's template.
pub fn member_template(name: &str, handle: &str) -> String {
    fill(MEMBER, &[("NAME", &yaml_string(name)), ("HANDLE", handle)])
}

pub(crate) fn story_fill(
    title: &str,
    author: &str,
    date: &str,
    cover: &str,
    images: &str,
) -> String {
    fill(
        STORY,
        &[
            ("TITLE", &yaml_string(title)),
            ("AUTHOR", author),
            ("DATE", date),
            ("COVER", cover),
            ("IMAGES", images),
        ],
    )
}

/// Replaces each `%%KEY%%` in a template.
pub fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    vars.iter().fold(template.to_string(), |text, (k, v)| {
        text.replace(&format!("%%{k}%%"), v)
    })
}

/// A YAML double-quoted scalar: JSON's string syntax is valid YAML.
pub fn yaml_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}
