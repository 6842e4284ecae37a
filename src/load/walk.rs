//! Walks content/ (never following symlinks) and sorts files into their roles.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::model::{routes, Asset};
use crate::util::diag::Diagnostic;
use crate::util::slug::{is_handle, is_slug};

/// Page slugs that would collide with the site's own sections.
pub const RESERVED: &[&str] = &[
    "stories",
    "members",
    "tags",
    "kinds",
    "leaderboard",
    "stats",
    "search",
    "static",
    "404",
    "atom-xml",
    "sitemap-xml",
    "robots-txt",
    "write",
    "join",
    "contribute-json",
];

/// A story file found on disk.
#[derive(Debug, Clone)]
pub struct StoryFile {
    pub slug: String,
    pub path: String,
    pub bundle: Option<PathBuf>,
}

/// The content files by role; paths relative to the site root, `/` separated.
#[derive(Debug, Clone, Default)]
pub struct Files {
    pub config: Option<String>,
    /// (handle, path)
    pub members: Vec<(String, String)>,
    pub stories: Vec<StoryFile>,
    /// (slug, path)
    pub pages: Vec<(String, String)>,
    /// Static files and bundle assets, by output path.
    pub assets: Vec<Asset>,
}

/// Walks `root/content`, collecting files and layout problems.
pub fn walk(root: &Path) -> (Files, Vec<Diagnostic>) {
    let mut files = Files::default();
    let mut diags = Vec::new();
    let content = root.join("content");
    if !content.is_dir() {
        diags.push(Diagnostic::error("content", "no-content", "no content/ folder here").help("run potluck in a site folder, pass --root DIR, or create one with `potluck init DIR`"));
        return (files, diags);
    }
    // walkdir follows a symlink given as its root: refuse it first.
    if content
        .symlink_metadata()
        .is_ok_and(|m| m.file_type().is_symlink())
    {
        diags.push(symlink("content"));
        return (files, diags);
    }
    let walker = WalkDir::new(&content)
        .follow_links(false)
        .sort_by_file_name();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let p = e
                    .path()
                    .map(|p| rel(root, p))
                    .unwrap_or_else(|| "content".into());
                diags.push(Diagnostic::error(
                    p,
                    "unreadable",
                    format!("cannot read: {e}"),
                ));
                continue;
            }
        };
        let path = rel(root, entry.path());
        if entry.path_is_symlink() {
            diags.push(symlink(&path));
            continue;
        }
        if entry.depth() == 0 {
            continue;
        }
        if let Some(d) = bad_file_name(&entry, &path) {
            diags.push(d);
            continue;
        }
        if entry.file_type().is_dir() {
            diags.extend(bundle_without_story(&entry, &path));
            continue;
        }
        if !entry.file_type().is_file() {
            // A FIFO would block the build forever; devices and sockets are no content.
            diags.push(
                Diagnostic::error(&path, "not-a-file", "this is not a regular file")
                    .help("content/ holds plain files and folders only"),
            );
            continue;
        }
        let parts: Vec<&str> = path.split('/').skip(1).collect();
        if parts.last().is_some_and(|n| n.starts_with('.')) {
            continue; // .gitkeep, .DS_Store: editor and git housekeeping
        }
        if let Some(d) = hard_link(&entry, &path) {
            diags.push(d);
            continue;
        }
        classify(&mut files, &mut diags, &path, &parts);
    }
    diags.extend(collisions(&files));
    (files, diags)
}

/// A folder directly under content/stories/ is a story bundle and must hold
/// its story: without index.md its files would be published with no page.
fn bundle_without_story(entry: &walkdir::DirEntry, path: &str) -> Option<Diagnostic> {
    let parts: Vec<&str> = path.split('/').collect();
    if !matches!(parts.as_slice(), ["content", "stories", _]) {
        return None;
    }
    let index = entry.path().join("index.md");
    if index.symlink_metadata().is_ok() {
        return None;
    }
    Some(
        Diagnostic::error(
            path,
            "bundle-without-story",
            "a folder in content/stories/ is a story bundle, and this one has no index.md",
        )
        .help(format!(
            "add the story as `{path}/index.md`, or move the files into an existing story's folder"
        )),
    )
}

fn symlink(path: &str) -> Diagnostic {
    Diagnostic::error(
        path,
        "symlink",
        "symbolic links are not allowed in content/",
    )
    .help("replace the link with the file itself")
}

/// Names become URLs and must mean one thing on every system: valid UTF-8, no
/// control, invisible or bidi characters, no backslash or colon.
fn bad_file_name(entry: &walkdir::DirEntry, path: &str) -> Option<Diagnostic> {
    let name = entry.file_name();
    let Some(name) = name.to_str() else {
        return Some(
            Diagnostic::error(path, "bad-name", "the file name is not valid UTF-8")
                .help("rename it with plain letters, digits and hyphens"),
        );
    };
    if let Some(d) = windows_reserved(name, path) {
        return Some(d);
    }
    let c = super::bad_char(name).or_else(|| name.chars().find(|c| matches!(c, '\\' | ':')))?;
    Some(
        Diagnostic::error(
            path,
            "bad-name",
            format!("the file name contains the character U+{:04X}", c as u32),
        )
        .help("rename it with plain letters, digits and hyphens"),
    )
}

/// Names Windows cannot create (`con.md`, `pages/aux.md`, `static/NUL.txt`,
/// `COM1` with any extension and in any case) or silently changes (a
/// trailing dot or space): a clone of the repository would fail there.
fn windows_reserved(name: &str, path: &str) -> Option<Diagnostic> {
    let stem = name
        .split('.')
        .next()
        .unwrap_or(name)
        .trim_end()
        .to_ascii_lowercase();
    let numbered = |prefix: &str| {
        stem.strip_prefix(prefix)
            .is_some_and(|n| n.len() == 1 && matches!(n.as_bytes()[0], b'1'..=b'9'))
    };
    let reserved = matches!(stem.as_str(), "con" | "prn" | "aux" | "nul")
        || numbered("com")
        || numbered("lpt");
    let message = if reserved {
        format!("`{name}` is a name Windows reserves for a device: the repository cannot be cloned on Windows")
    } else if name.ends_with('.') || name.ends_with(' ') {
        format!("`{name}` ends with a dot or a space, which Windows drops: the repository cannot be cloned faithfully on Windows")
    } else {
        return None;
    };
    Some(Diagnostic::error(path, "reserved-name", message).help(
        "rename it; CON, PRN, AUX, NUL, COM1-9 and LPT1-9 (with any extension) cannot be used",
    ))
}

/// A file with more than one hard link may be another file of the machine
/// (`ln /etc/passwd content/static/x`): refused like a symbolic link.
fn hard_link(entry: &walkdir::DirEntry, path: &str) -> Option<Diagnostic> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        let links = entry.metadata().ok()?.nlink();
        if links > 1 {
            return Some(
                Diagnostic::error(
                    path,
                    "hard-link",
                    format!(
                        "this file has {links} hard links: it may be another file of the machine"
                    ),
                )
                .help("replace the link with a copy of the file (cp, not ln)"),
            );
        }
    }
    #[cfg(not(unix))]
    let _ = (entry, path);
    None
}

fn rel(root: &Path, p: &Path) -> String {
    let r = p.strip_prefix(root).unwrap_or(p);
    r.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn stem_of<'a>(name: &'a str, ext: &str) -> Option<&'a str> {
    name.strip_suffix(ext)
}

fn classify(files: &mut Files, diags: &mut Vec<Diagnostic>, path: &str, parts: &[&str]) {
    let bad = |what: &str, help: &str| {
        Diagnostic::error(path, "bad-name", what.to_string()).help(help.to_string())
    };
    match parts {
        ["site.yaml"] => files.config = Some(path.to_string()),
        ["members", name] => match stem_of(name, ".md") {
            Some(h) if is_handle(h) => files.members.push((h.to_string(), path.to_string())),
            Some(h) => diags.push(bad(&format!("`{h}` is not a valid handle"), "a handle is 1-39 lowercase letters, digits and single inner hyphens, e.g. `alice-n`")),
            None => {} // avatars: copied when a profile names them
        },
        ["stories", name] => match stem_of(name, ".md") {
            Some(s) if is_slug(s) => files.stories.push(StoryFile { slug: s.into(), path: path.into(), bundle: None }),
            Some(s) => diags.push(bad(&format!("`{s}` is not a valid story slug"), "use lowercase letters, digits and hyphens, e.g. `my-first-run`")),
            None => diags.push(bad("stories/ holds .md files and bundle folders only", "move the file into a bundle folder beside its index.md")),
        },
        ["stories", dir, "index.md"] => {
            if is_slug(dir) {
                files.stories.push(StoryFile { slug: dir.to_string(), path: path.into(), bundle: Some(PathBuf::from("content/stories").join(dir)) });
            } else {
                diags.push(bad(&format!("`{dir}` is not a valid story slug"), "rename the folder with lowercase letters, digits and hyphens"));
            }
        }
        ["stories", dir, rest @ ..] if is_slug(dir) => files.assets.push(Asset { from: path.into(), to: routes::file(&routes::story_file(dir, &rest.join("/"))) }),
        ["pages", name] => match stem_of(name, ".md") {
            Some(s) if RESERVED.contains(&s) => diags.push(bad(&format!("page `{s}` would replace the site's own /{s}/ section"), "choose another file name")),
            Some(s) if is_slug(s) => files.pages.push((s.into(), path.into())),
            _ => diags.push(bad("pages/ holds .md files with slug names", "rename it like `about.md`")),
        },
        ["static", rest @ ..] => files.assets.push(Asset { from: path.into(), to: rest.join("/") }),
        _ => diags.push(Diagnostic::warning(path, "ignored", "this file is not part of the content layout and is ignored").help("see the layout in the docs: members/, stories/, pages/, static/")),
    }
}

impl Files {
    /// Whether `path` (relative to the root, `/` separated) is one of these files.
    /// Every file found, relative to the root.
    fn paths(&self) -> impl Iterator<Item = &str> {
        let members = self.members.iter().map(|(_, p)| p.as_str());
        let pages = self.pages.iter().map(|(_, p)| p.as_str());
        self.config
            .as_deref()
            .into_iter()
            .chain(members)
            .chain(self.stories.iter().map(|s| s.path.as_str()))
            .chain(pages)
            .chain(self.assets.iter().filter_map(|a| a.from.to_str()))
    }

    /// Whether a file found is inside the folder `folder`.
    pub fn has_under(&self, folder: &str) -> bool {
        self.paths().any(|p| is_under(p, folder))
    }

    pub fn has(&self, path: &str) -> bool {
        self.paths().any(|p| p == path)
    }
}

/// Whether `path` is inside `folder` (both relative, `/` separated):
/// `content/stories/a/b.png` is inside `content/stories/a`, not `content/stories/ab`.
pub fn is_under(path: &str, folder: &str) -> bool {
    path.len() > folder.len() && path.starts_with(folder) && path.as_bytes()[folder.len()] == b'/'
}

/// Two files that would become the same URL, also on systems that ignore case
/// or Unicode normalisation (`Logo.svg` and `logo.svg`; `café` written NFC and NFD).
fn collisions(files: &Files) -> Vec<Diagnostic> {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    let mut out = Vec::new();
    let story_urls = files
        .stories
        .iter()
        .map(|s| (routes::file(&routes::story(&s.slug)), s.path.as_str()));
    let pages = files
        .pages
        .iter()
        .map(|(slug, path)| (routes::file(&routes::page(slug)), path.as_str()));
    let members = files
        .members
        .iter()
        .map(|(h, path)| (routes::file(&routes::member(h)), path.as_str()));
    let assets = files
        .assets
        .iter()
        .map(|a| (a.to.clone(), a.from.to_str().unwrap_or("")));
    for (url, path) in story_urls.chain(pages).chain(members).chain(assets) {
        if let Some(first) = seen.insert(fold_path(&url), path) {
            out.push(
                Diagnostic::error(
                    path,
                    "collision",
                    format!("`{path}` and `{first}` would both be published at /{url}"),
                )
                .help("rename or remove one of them; names that differ only in case or accents written differently count as the same"),
            );
        }
    }
    out
}

/// An output path as case-insensitive, normalising file systems see it.
pub fn fold_path(path: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    // NFKC leaves ASCII as it is: the common case, on every path of every build.
    if path.is_ascii() {
        return path.to_ascii_lowercase();
    }
    path.nfkc().flat_map(char::to_lowercase).nfkc().collect()
}

#[cfg(test)]
mod tests {
    use super::{fold_path, is_under, Files, StoryFile};

    #[test]
    fn a_file_is_under_its_folders_and_no_folder_that_only_shares_a_prefix() {
        assert!(is_under("content/stories/a/b.png", "content/stories/a"));
        assert!(is_under("content/stories/a/b.png", "content"));
        assert!(!is_under("content/stories/ab/b.png", "content/stories/a"));
        assert!(!is_under("content/stories/a", "content/stories/a"));
        let files = Files {
            stories: vec![StoryFile {
                slug: "a".into(),
                path: "content/stories/a/index.md".into(),
                bundle: None,
            }],
            ..Files::default()
        };
        assert!(files.has("content/stories/a/index.md"));
        assert!(files.has_under("content/stories/a"));
        assert!(!files.has_under("content/stories/ab"));
        assert!(!files.has("content/stories/a"));
    }

    #[test]
    fn ascii_paths_fold_as_the_unicode_path_would() {
        use unicode_normalization::UnicodeNormalization;
        for p in ["stories/Ridge-2/index.html", "static/LOGO.svg", "a_b~c.txt"] {
            let slow: String = p.nfkc().flat_map(char::to_lowercase).nfkc().collect();
            assert_eq!(fold_path(p), slow);
        }
        assert_eq!(
            fold_path("stories/Cafe\u{301}.md"),
            fold_path("stories/café.md")
        );
        assert_eq!(fold_path("ＡＢ"), "ab");
    }
}
