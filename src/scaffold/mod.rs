//! `potluck init` and `potluck new`: files written from the templates beside
//! this module, each validated before anything is written, never overwriting.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::load::bad_char;
use crate::load::config::repository_problems;
use crate::load::identity::handle_skeleton;
use crate::model::config::Repository;
use crate::util::diag::did_you_mean;
use crate::util::slug::{is_handle, is_slug, slugify, story_slug};
use crate::util::starter::{fill, member_template, story_fill, yaml_string, STORY};

pub mod import;

const HOST: &str = include_str!("templates/host.md");
const SITE: &str = include_str!("templates/site.yaml");
const WELCOME: &str = include_str!("templates/welcome.md");
const ABOUT: &str = include_str!("templates/about.md");
const CONTRIBUTING: &str = include_str!("templates/contributing.md");
const GITIGNORE: &str = include_str!("templates/gitignore");
pub use crate::util::starter::EXAMPLE_TITLE;
/// What `new story --bundle` adds to the example text.
const BUNDLE_IMAGES: &str =
    "Put images beside this file and show them with\n`![what the picture shows](photo.jpg)`.";
pub const CHECK_WORKFLOW: &str = include_str!("templates/check.yml");
pub const PUBLISH_WORKFLOW: &str = include_str!("templates/publish.yml");
pub const DIGEST_WORKFLOW: &str = include_str!("templates/digest.yml");
const GITLAB_CI: &str = include_str!("templates/gitlab-ci.yml");

/// potluck's public home, `owner/name` on GitHub: the action the workflows
/// `init` writes use (`uses: REPOSITORY@v0`), its release binaries, and its
/// Docker image (`ghcr.io/REPOSITORY`). Written here once; action.yml and
/// Cargo.toml name the same (tests check it), docs/install.md documents it.
pub const REPOSITORY: &str = "potluck-ssg/potluck";

/// The version of this potluck: the workflows `init` writes install the same.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The action the GitHub workflows use: the major version's moving tag.
pub fn action() -> String {
    let major = VERSION.split('.').next().unwrap_or("0");
    format!("{REPOSITORY}@v{major}")
}

/// The Docker image of this potluck version (GitLab and other CI).
pub fn image() -> String {
    format!("ghcr.io/{REPOSITORY}:{VERSION}")
}

/// Where `init` writes the site's CI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Ci {
    /// .github/workflows/check.yml, publish.yml and digest.yml (the potluck action)
    #[default]
    Github,
    /// .gitlab-ci.yml (the potluck Docker image)
    Gitlab,
}

/// The CI files `init` writes for `ci`: (path in the site, text).
pub fn ci_files(ci: Ci) -> Vec<(&'static str, String)> {
    let vars = [
        ("ACTION", action()),
        ("IMAGE", image()),
        ("VERSION", VERSION.to_string()),
    ];
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    match ci {
        Ci::Github => vec![
            (".github/workflows/check.yml", fill(CHECK_WORKFLOW, &vars)),
            (
                ".github/workflows/publish.yml",
                fill(PUBLISH_WORKFLOW, &vars),
            ),
            (".github/workflows/digest.yml", fill(DIGEST_WORKFLOW, &vars)),
        ],
        Ci::Gitlab => vec![(".gitlab-ci.yml", fill(GITLAB_CI, &vars))],
    }
}

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
    pub ci: Ci,
    /// site.yaml's `repository:`; the forge is stored even when derived.
    pub repository: Option<Repository>,
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
    let slug = story_file_name(opts, title)?;
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
    write_new(&path, story_text(opts, title))?;
    Ok(path)
}

/// The slug: `--slug`, or the title transliterated to ASCII.
fn story_file_name(opts: &StoryOptions, title: &str) -> Result<String, ScaffoldError> {
    const HOW: &str =
        "pass --slug with lowercase letters, digits and hyphens, e.g. --slug my-first-run";
    match &opts.slug {
        Some(slug) if is_slug(slug) => Ok(slug.clone()),
        Some(slug) => Err(refuse(
            format!("`{slug}` is not a story slug (the file name and the story's address)"),
            match story_slug(slug) {
                s if is_slug(&s) => format!("did you mean --slug {s}?"),
                _ => HOW.to_string(),
            },
        )),
        None => {
            let slug = story_slug(title);
            if is_slug(&slug) {
                return Ok(slug);
            }
            Err(refuse(
                format!(
                    "cannot make a file name from the title {}: it has no letters or digits that can be written in ASCII",
                    yaml_string(title)
                ),
                HOW,
            ))
        }
    }
}

fn story_text(opts: &StoryOptions, title: &str) -> String {
    let (cover, images) = if opts.bundle {
        (
            "# cover: cover.jpg      # an image beside this file, shown on cards\n",
            format!("\n\n{BUNDLE_IMAGES}"),
        )
    } else {
        ("", String::new())
    };
    story_fill(title, &opts.author, &opts.today.to_string(), cover, &images)
}

/// The lines of example text `new story` writes below the front matter (the
/// template's own text, so `check` recognises exactly what was written).
pub fn placeholder_lines() -> impl Iterator<Item = &'static str> {
    let body = STORY.splitn(3, "---\n").nth(2).unwrap_or("");
    body.lines()
        .chain(BUNDLE_IMAGES.lines())
        .map(|l| l.split("%%").next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
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
    let text = member_template(name, &opts.handle);
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
    check_repository(opts.repository.as_ref())?;
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

fn check_repository(repo: Option<&Repository>) -> Result<(), ScaffoldError> {
    let Some(repo) = repo else { return Ok(()) };
    if let Some((_, message, help)) = repository_problems(repo).into_iter().next() {
        let help = if repo.forge_of().is_none() {
            "pass --forge github, --forge gitlab or --forge forgejo".into()
        } else {
            help.replace("url: ", "--repository ")
        };
        return Err(refuse(message, help));
    }
    Ok(())
}

/// site.yaml's `repository:` block, with the forge written out; commented
/// out without one.
fn repository_yaml(repo: Option<&Repository>) -> String {
    match repo {
        Some(r) => format!(
            "repository:\n  url: {}\n  forge: {}\n  branch: {}\n",
            yaml_string(r.web()),
            r.forge().as_str(),
            yaml_string(&r.branch)
        ),
        None => {
            "# repository:\n#   url: https://github.com/you/community\n#   branch: main\n".into()
        }
    }
}

/// What the contributing page says first when the site has a repository.
fn web_way(repo: Option<&Repository>) -> String {
    let Some(r) = repo else { return String::new() };
    let forge = r.forge().label();
    format!(
        "## The quick way: in your browser\n\n\
         You need a browser and a free {forge} account, nothing else.\n\n\
         1. [Join in](/join/): fill in your profile. The page opens {forge}'s\n   \
         editor with your profile file ready; commit it as a pull request.\n\
         2. [Share your story](/write/): the same for a story.\n\n\
         The check below runs on your pull request, and a host merges it.\n\n\
         ## With Git\n\n"
    )
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
        ("EXAMPLE_TITLE", EXAMPLE_TITLE.to_string()),
        ("EXAMPLE_SLUG", story_slug(EXAMPLE_TITLE)),
        (
            "WELCOME_TITLE",
            yaml_string(&format!("Welcome to the {brand} community")),
        ),
        ("REPOSITORY", repository_yaml(opts.repository.as_ref())),
        ("WEB_WAY", web_way(opts.repository.as_ref())),
    ];
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut files = vec![
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
    ];
    files.extend(ci_files(opts.ci).into_iter().map(|(p, t)| (p.into(), t)));
    files
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
fn write_new(path: &Path, text: impl AsRef<[u8]>) -> Result<(), ScaffoldError> {
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
    file.write_all(text.as_ref()).map_err(io)
}

#[cfg(test)]
mod tests;
