//! `potluck import`: an existing blog (Hugo, Jekyll, Zola, Docusaurus) into
//! stories and member profiles. Each format's reader (one file each) turns
//! the blog into `Blog`: posts and authors as the blog wrote them; `plan`
//! maps them to potluck's files the same way for every format; nothing is
//! written unless every file is new (`write`).

mod authors;
mod docusaurus;
mod hugo;
mod jekyll;
mod links;
mod plan;
mod post;
mod source;
mod videos;
mod zola;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::{content_dir, refuse, ScaffoldError};
pub use authors::Author;
pub use post::{Post, Syntax};

/// The blog engines `import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// content/<section>/*.md, TOML (`+++`) or YAML front matter
    Hugo,
    /// _posts/YYYY-MM-DD-slug.md, _data/authors.yml
    Jekyll,
    /// content/<section>/*.md, TOML (`+++`) front matter
    Zola,
    /// blog/YYYY-MM-DD-slug.md(x), blog/authors.yml
    Docusaurus,
}

/// What `potluck import` was asked to do.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    pub format: Format,
    /// The old blog's folder.
    pub source: PathBuf,
    /// The potluck site to add to.
    pub into: PathBuf,
    /// The handle of an existing member, the author of posts that name none.
    pub author: Option<String>,
    /// The date of drafts that have none (Jekyll's `_drafts`).
    pub today: NaiveDate,
}

/// A blog as its reader found it.
#[derive(Debug, Default)]
pub struct Blog {
    pub posts: Vec<Post>,
    /// Authors from the blog's author data, by key.
    pub authors: Vec<Author>,
    /// Files that looked like posts but could not be read, and why.
    pub skipped: Vec<(String, String)>,
    /// Where `/img/a.png` in a post is looked up.
    pub static_roots: Vec<PathBuf>,
    /// The blog's own author (site config), for posts that name none.
    pub site_author: Option<String>,
    /// The blog's name (site config), for a profile of the blog itself.
    pub site_title: Option<String>,
    /// The old site's address with its base path, no trailing slash
    /// (`https://blog.example/sub`): links to it are kept pointing there.
    pub site_url: Option<String>,
}

/// Something about one source file a person should look at.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Note {
    /// The file in the old blog.
    pub source: String,
    pub what: String,
}

/// What an import did.
#[derive(Debug, Default)]
pub struct Report {
    /// Files written, relative to the site.
    pub written: Vec<PathBuf>,
    /// Files already there as the import would write them (a run again).
    pub unchanged: usize,
    pub stories: usize,
    pub members: usize,
    /// Bundle images and avatars copied.
    pub media: usize,
    /// Posts not converted fully (template syntax left as text, images not
    /// found, no date), posts left out, pictures not brought along.
    pub notes: Vec<Note>,
    /// Links to the old blog's posts pointed at their stories.
    pub links_to_stories: usize,
    /// Root-relative links to the old site's other pages made absolute on it.
    pub links_to_old_site: usize,
    /// Template syntax left as text in all posts, by name.
    pub left_as_text: BTreeMap<String, usize>,
}

/// Reads the blog, plans every file and writes them all, or nothing.
pub fn import(opts: &ImportOptions) -> Result<Report, ScaffoldError> {
    let content = content_dir(&opts.into)?;
    if !opts.source.is_dir() {
        return Err(refuse(
            format!("no folder {}", opts.source.display()),
            "give the old blog's folder (the one holding its config), e.g. `potluck import hugo ../old-blog --into .`",
        ));
    }
    let blog = read(opts.format, &opts.source);
    if blog.posts.is_empty() {
        return Err(refuse(
            format!(
                "no posts found in {} as a {:?} blog",
                opts.source.display(),
                opts.format
            ),
            format!("posts are looked for in {}", where_posts_are(opts.format)),
        ));
    }
    let planned = plan::plan(&blog, opts, &content)?;
    let written = write(&opts.into, &planned.files)?;
    let mut report = planned.report;
    report.unchanged = planned.files.len() - written.len();
    // On a run again only what was written counts.
    let md =
        |p: &&PathBuf, dir: &str| p.starts_with(dir) && p.extension().is_some_and(|e| e == "md");
    report.stories = written.iter().filter(|p| md(p, "content/stories")).count();
    report.members = written.iter().filter(|p| md(p, "content/members")).count();
    report.media = written.len() - report.stories - report.members;
    report.written = written;
    Ok(report)
}

fn read(format: Format, dir: &Path) -> Blog {
    match format {
        Format::Hugo => hugo::read(dir),
        Format::Jekyll => jekyll::read(dir),
        Format::Zola => zola::read(dir),
        Format::Docusaurus => docusaurus::read(dir),
    }
}

/// Where each reader looks, for the message when it finds nothing.
fn where_posts_are(format: Format) -> &'static str {
    match format {
        Format::Hugo => "content/<section>/ (Markdown files and page bundles)",
        Format::Jekyll => "_posts/ and _drafts/",
        Format::Zola => "content/<section>/ (Markdown files and page bundles)",
        Format::Docusaurus => "blog/",
    }
}

/// One file to write, relative to the site.
pub struct Out {
    pub path: PathBuf,
    pub body: OutBody,
    /// The post (its file in the old blog) this file is written for.
    pub post: Option<String>,
}

pub enum OutBody {
    Text(String),
    /// A file of the old blog, copied as it is.
    Copy(PathBuf),
}

/// Writes every file, after making sure none exists, and returns the ones
/// written. A file already there with exactly the planned bytes (an import
/// run again) is left as it is, so a second run adds only what is new; if
/// one write fails, the ones written before it are removed.
fn write(root: &Path, files: &[Out]) -> Result<Vec<PathBuf>, ScaffoldError> {
    let mut existing = Vec::new();
    let mut todo = Vec::new();
    for f in files {
        match taken(root, &f.path) {
            Some(_) if same_as_planned(root, f) => {}
            Some(path) => existing.push(match &f.post {
                Some(post) => format!("{path} (wanted by {post})"),
                None => path,
            }),
            None => todo.push(f),
        }
    }
    if !existing.is_empty() {
        let more = existing.len().saturating_sub(5);
        let mut named = existing
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        if more > 0 {
            named += &format!(" and {more} more");
        }
        return Err(refuse(
            match existing.len() {
                1 => format!("a file the import would write already exists: {named}"),
                n => format!("{n} files the import would write already exist: {named}"),
            },
            "nothing was written: import into a site without these files, or move them away first",
        ));
    }
    for (i, f) in todo.iter().enumerate() {
        if let Err(e) = write_one(root, f) {
            for done in &todo[..i] {
                let _ = std::fs::remove_file(root.join(&done.path));
            }
            return Err(e);
        }
    }
    Ok(todo.iter().map(|f| f.path.clone()).collect())
}

/// Whether `f`'s path holds exactly what the import would write there.
fn same_as_planned(root: &Path, f: &Out) -> bool {
    let Ok(there) = source::read_bytes(&root.join(&f.path), source::MAX_IMAGE) else {
        return false;
    };
    match &f.body {
        OutBody::Text(text) => there == text.as_bytes(),
        OutBody::Copy(from) => {
            source::read_bytes(from, source::MAX_IMAGE).is_ok_and(|b| b == there)
        }
    }
}

/// The existing file that `path` would replace: the file itself, or for a
/// story, the story of the same slug in the other form (`a.md`, `a/index.md`).
fn taken(root: &Path, path: &Path) -> Option<String> {
    let exists = |p: &Path| root.join(p).symlink_metadata().is_ok();
    if exists(path) {
        return Some(path.display().to_string());
    }
    let rel = path.to_str()?.strip_prefix("content/stories/")?;
    let slug = rel
        .strip_suffix("/index.md")
        .or_else(|| rel.strip_suffix(".md"))?;
    [
        format!("content/stories/{slug}.md"),
        format!("content/stories/{slug}"),
    ]
    .into_iter()
    .find(|p| exists(Path::new(p)))
}

fn write_one(root: &Path, f: &Out) -> Result<(), ScaffoldError> {
    let path = root.join(&f.path);
    match &f.body {
        OutBody::Text(text) => super::write_new(&path, text.as_bytes()),
        OutBody::Copy(from) => {
            let bytes =
                source::read_bytes(from, source::MAX_IMAGE).map_err(|e| ScaffoldError::Io {
                    path: from.clone(),
                    source: std::io::Error::other(e),
                })?;
            super::write_new(&path, &bytes)
        }
    }
}
