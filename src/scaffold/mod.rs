//! `potluck init` and `potluck new`: files written from the templates beside
//! this module, each validated before anything is written, never overwriting.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::load::bad_char;
use crate::load::identity::handle_skeleton;
use crate::util::diag::did_you_mean;
use crate::util::slug::{is_handle, is_slug, slugify};

const STORY: &str = include_str!("templates/story.md");
const MEMBER: &str = include_str!("templates/member.md");
const HOST: &str = include_str!("templates/host.md");
const SITE: &str = include_str!("templates/site.yaml");
const WELCOME: &str = include_str!("templates/welcome.md");
const ABOUT: &str = include_str!("templates/about.md");
const CONTRIBUTING: &str = include_str!("templates/contributing.md");
const GITIGNORE: &str = include_str!("templates/gitignore");
pub const CHECK_WORKFLOW: &str = include_str!("templates/check.yml");
pub const PUBLISH_WORKFLOW: &str = include_str!("templates/publish.yml");

/// Why nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    /// The request would make a file that does not pass `check`, or replace one (exit 1).
    #[error("{message}")]
    Refused { message: String, help: String },
    /// Reading or writing failed (exit 2).
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

fn refuse(message: impl Into<String>, help: impl Into<String>) -> ScaffoldError {
    ScaffoldError::Refused {
        message: message.into(),
        help: help.into(),
    }
}

/// `potluck new story`.
#[derive(Debug, Clone)]
pub struct StoryOptions {
    pub root: PathBuf,
    pub title: String,
    pub author: String,
    pub bundle: bool,
    /// Instead of the slug made from the title.
    pub slug: Option<String>,
    pub today: NaiveDate,
}

/// `potluck new member`.
#[derive(Debug, Clone)]
pub struct MemberOptions {
    pub root: PathBuf,
    pub handle: String,
    pub name: String,
}

/// `potluck init`.
#[derive(Debug, Clone)]
pub struct InitOptions {
    pub dir: PathBuf,
    pub brand: String,
    pub base_url: String,
    /// Handle of the first host member.
    pub host: String,
    pub today: NaiveDate,
}

/// Writes a story for an existing member; returns the path written.
pub fn new_story(opts: &StoryOptions) -> Result<PathBuf, ScaffoldError> {
    let content = content_dir(&opts.root)?;
    let handles = member_handles(&content)?;
    check_handle(&opts.author)?;
    if !handles.contains(&opts.author) {
        let help = match did_you_mean(&opts.author, handles.iter().map(String::as_str)) {
            Some(h) => format!("did you mean `{h}`?"),
            None => format!(
                "add the profile first: potluck new member {} --name \"Your Name\"",
                opts.author
            ),
        };
        return Err(refuse(format!("no member `{}`", opts.author), help));
    }
    let title = one_line("title", &opts.title)?;
    let slug = opts.slug.clone().unwrap_or_else(|| slugify(title));
    if !is_slug(&slug) {
        return Err(refuse(
            format!("`{slug}` is not a story slug"),
            "pass --slug with lowercase letters, digits and hyphens, e.g. --slug my-first-run",
        ));
    }
    let stories = content.join("stories");
    for taken in [stories.join(format!("{slug}.md")), stories.join(&slug)] {
        if taken.exists() {
            return Err(refuse(
                format!("{} already exists", taken.display()),
                "choose another title, or pass --slug",
            ));
        }
    }
    let path = if opts.bundle {
        stories.join(&slug).join("index.md")
    } else {
        stories.join(format!("{slug}.md"))
    };
    write_new(&path, &story_text(opts, title))?;
    Ok(path)
}

fn story_text(opts: &StoryOptions, title: &str) -> String {
    let (cover, images) = if opts.bundle {
        (
            "# cover: cover.jpg      # an image beside this file, shown on cards\n",
            "\n\nPut images beside this file and show them with\n`![what the picture shows](photo.jpg)`.",
        )
    } else {
        ("", "")
    };
    fill(
        STORY,
        &[
            ("TITLE", &yaml_string(title)),
            ("AUTHOR", &opts.author),
            ("DATE", &opts.today.to_string()),
            ("COVER", cover),
            ("IMAGES", images),
        ],
    )
}

/// Writes a member profile; returns the path written.
pub fn new_member(opts: &MemberOptions) -> Result<PathBuf, ScaffoldError> {
    let content = content_dir(&opts.root)?;
    check_handle(&opts.handle)?;
    let name = one_line("name", &opts.name)?;
    let path = content.join("members").join(format!("{}.md", opts.handle));
    if path.exists() {
        return Err(refuse(
            format!("{} already exists", path.display()),
            "choose another handle, or edit that profile",
        ));
    }
    let skeleton = handle_skeleton(&opts.handle);
    if let Some(other) = member_handles(&content)?
        .into_iter()
        .find(|h| handle_skeleton(h) == skeleton)
    {
        return Err(refuse(
            format!("handle `{}` can be mistaken for `{other}`", opts.handle),
            format!("choose a handle that does not look like `{other}`"),
        ));
    }
    let text = fill(
        MEMBER,
        &[("NAME", &yaml_string(name)), ("HANDLE", &opts.handle)],
    );
    write_new(&path, &text)?;
    Ok(path)
}

/// Creates a site in an empty (or new) folder; returns the files written.
pub fn init(opts: &InitOptions) -> Result<Vec<PathBuf>, ScaffoldError> {
    let brand = one_line("brand", &opts.brand)?;
    check_handle(&opts.host)?;
    if !(opts.base_url.starts_with("https://") || opts.base_url.starts_with("http://")) {
        return Err(refuse(
            format!("`{}` is not an http(s) URL", opts.base_url),
            "pass --base-url https://community.example.com",
        ));
    }
    if let Ok(mut entries) = std::fs::read_dir(&opts.dir) {
        if entries.next().is_some() {
            return Err(refuse(
                format!("{} is not empty", opts.dir.display()),
                "create the site in a new or empty folder",
            ));
        }
    } else if opts.dir.exists() {
        return Err(refuse(
            format!("{} is not a folder", opts.dir.display()),
            "pass the path of a new or empty folder",
        ));
    }
    let mut written = Vec::new();
    for (rel, text) in site_files(opts, brand) {
        let path = opts.dir.join(rel);
        write_new(&path, &text)?;
        written.push(path);
    }
    Ok(written)
}

/// (path in the site, text) of every file `init` writes.
fn site_files(opts: &InitOptions, brand: &str) -> Vec<(String, String)> {
    let date = opts.today.to_string();
    let vars = [
        ("BRAND", brand.to_string()),
        ("BRAND_YAML", yaml_string(brand)),
        ("HOST", opts.host.clone()),
        ("HANDLE", opts.host.clone()),
        ("DATE", date),
        ("BASE_URL", yaml_string(&opts.base_url)),
        ("TITLE", yaml_string(&format!("{brand} Community"))),
        (
            "DESCRIPTION",
            yaml_string(&format!("Stories from the people of {brand}.")),
        ),
        ("NAME", yaml_string(&format!("{brand} team"))),
        (
            "WELCOME_TITLE",
            yaml_string(&format!("Welcome to the {brand} community")),
        ),
    ];
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    vec![
        ("content/site.yaml".into(), fill(SITE, &vars)),
        (
            format!("content/members/{}.md", opts.host),
            fill(HOST, &vars),
        ),
        ("content/stories/welcome.md".into(), fill(WELCOME, &vars)),
        ("content/pages/about.md".into(), fill(ABOUT, &vars)),
        (
            "content/pages/contributing.md".into(),
            fill(CONTRIBUTING, &vars),
        ),
        (".gitignore".into(), GITIGNORE.to_string()),
        (
            ".github/workflows/check.yml".into(),
            CHECK_WORKFLOW.to_string(),
        ),
        (
            ".github/workflows/publish.yml".into(),
            PUBLISH_WORKFLOW.to_string(),
        ),
    ]
}

/// Replaces each `%%KEY%%` in a template.
fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    vars.iter().fold(template.to_string(), |text, (k, v)| {
        text.replace(&format!("%%{k}%%"), v)
    })
}

/// A YAML double-quoted scalar: JSON's string syntax is valid YAML.
fn yaml_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

fn one_line<'a>(what: &str, s: &'a str) -> Result<&'a str, ScaffoldError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(refuse(
            format!("the {what} is empty"),
            format!("give a {what}"),
        ));
    }
    if let Some(c) = bad_char(s) {
        return Err(refuse(
            format!(
                "the {what} contains the invisible or control character U+{:04X}",
                c as u32
            ),
            "retype it without that character",
        ));
    }
    Ok(s)
}

fn check_handle(handle: &str) -> Result<(), ScaffoldError> {
    if is_handle(handle) {
        return Ok(());
    }
    Err(refuse(
        format!("`{handle}` is not a valid handle"),
        format!(
            "a handle is 1-39 lowercase letters, digits and single inner hyphens, e.g. `{}`",
            Some(slugify(handle))
                .filter(|s| is_handle(s))
                .unwrap_or_else(|| "alice-n".into())
        ),
    ))
}

fn content_dir(root: &Path) -> Result<PathBuf, ScaffoldError> {
    let content = root.join("content");
    if content.is_dir() {
        Ok(content)
    } else {
        Err(refuse(
            format!("no content/ folder in {}", root.display()),
            "run potluck in a site folder, pass --root DIR, or create a site with `potluck init DIR`",
        ))
    }
}

/// Handles of the existing profiles (`content/members/*.md`).
fn member_handles(content: &Path) -> Result<Vec<String>, ScaffoldError> {
    let dir = content.join("members");
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(ScaffoldError::Io { path: dir, source }),
    };
    let mut handles: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".md").map(str::to_string)
        })
        .collect();
    handles.sort();
    Ok(handles)
}

/// Creates `path` (and its folders); fails rather than replace an existing file.
fn write_new(path: &Path, text: &str) -> Result<(), ScaffoldError> {
    let io = |source| ScaffoldError::Io {
        path: path.to_path_buf(),
        source,
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io)?;
    }
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(io)?;
    file.write_all(text.as_bytes()).map_err(io)
}

#[cfg(test)]
mod tests;
