//! Load: walk content/, read and validate every file, and assemble the model.
//!
//! Every problem in every file is collected; the site is returned only when
//! there is no error. A file with problems still yields what could be read
//! of it (the `partial` site), so `check` can look further than a build.

pub mod aliases;
mod body;
pub mod config;
pub mod fields;
pub mod frontmatter;
pub mod identity;
pub mod member;
pub mod memory;
mod page;
pub(crate) mod story;
mod threads;
pub(crate) mod walk;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;
use serde::de::DeserializeOwned;

use crate::incremental::fingerprint::{self, Fp, FpHasher};
use crate::model::config::Config;
use crate::model::{self, Member, Page, Site, Story};
use crate::util::diag::{self, Diagnostic};
use frontmatter::Split;
use memory::{Cached, Found, Memory, NoMemory};
use std::hash::Hash;

pub use fields::{bad_char, parse_date};
pub use walk::{fold_path, is_under, Files};

/// What the load stage needs to know from the command line.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Include stories marked `draft: true`.
    pub drafts: bool,
    /// Overrides `base_url` from site.yaml.
    pub base_url: Option<String>,
    /// Files a pull request adds (`check --changed-from`): when a handle or
    /// name looks like another member's, the newer profile is the one at fault.
    pub added: BTreeSet<String>,
}

/// One content file being parsed.
pub struct Input<'a> {
    pub root: &'a Path,
    /// Relative to the root, `/` separated.
    pub path: &'a str,
    pub text: &'a str,
}

/// A parsed value, or every problem found in its file.
pub type Parsed<T> = Result<T, Vec<Diagnostic>>;

/// A content file's value (when its front matter could be read) and every
/// problem found in it; a value with errors is only ever used by `check`.
pub type Doc<T> = (Option<T>, Vec<Diagnostic>);

/// The outcome of loading: the site when there was no error, and all diagnostics.
pub struct Loaded {
    pub site: Option<Site>,
    /// When there were errors (and site.yaml could be read): the site as far
    /// as its files could be read, problems included. Never built.
    pub partial: Option<Site>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// The site, complete or partial, for checks that look past the first error.
    pub fn any_site(&self) -> Option<&Site> {
        self.site.as_ref().or(self.partial.as_ref())
    }
}

/// Loads and validates the site at `root`.
pub fn load(root: &Path, opts: &LoadOptions) -> Loaded {
    load_with(root, opts, &mut NoMemory)
}

/// Loads the site, taking files unchanged since `memo` was made from them.
pub fn load_with<M: Memory>(root: &Path, opts: &LoadOptions, memo: &mut M) -> Loaded {
    let laps = crate::util::timings::Laps::nested("  +");
    if memo.trusts_stat() {
        if let Some(loaded) = memo.try_reuse(root, opts) {
            laps.lap("reused");
            return loaded;
        }
    }
    let walked = memo
        .walk_if_unchanged(root)
        .unwrap_or_else(|| Arc::new(walk::walk(root)));
    memo.keep_walk(Arc::clone(&walked));
    let files = &walked.0;
    let mut diags = walked.1.clone();
    let cache: &M = memo;
    let config = files
        .config
        .as_ref()
        .and_then(|p| read_config(root, p, opts).map_err(|d| diags.extend(d)).ok());
    let max_bytes = config
        .as_ref()
        .map_or(512, |c: &Config| c.limits.max_story_kb)
        * 1024;
    let members = read_members(root, files, max_bytes, cache);
    laps.lap("members");
    let (members, d) = split_results(members);
    diags.extend(d);
    let handles: Arc<BTreeSet<String>> =
        Arc::new(files.members.iter().map(|(h, _)| h.clone()).collect());
    let handles_fp = fingerprint::of(&*handles);
    let stories = read_stories(root, files, max_bytes, cache, (&handles, &handles_fp));
    laps.lap("stories");
    let by_walk: Vec<Option<Arc<Story>>> = match memo.trusts_stat() {
        true => stories.iter().map(|(s, _)| s.clone()).collect(),
        false => Vec::new(),
    };
    let (stories, d) = split_results(stories);
    diags.extend(d);
    let slugs: BTreeSet<&str> = files.stories.iter().map(|s| s.slug.as_str()).collect();
    diags.extend(threads::problems(&stories, &slugs));
    let (pages, d) = split_results(read_pages(root, files, max_bytes, cache));
    diags.extend(d);
    diags.extend(memo.identity_problems(&members, &opts.added));
    laps.lap("identity");
    diag::sort(&mut diags);
    let assembled = config.map(|config| {
        model::assemble(
            config,
            members,
            stories,
            pages,
            files.assets.clone(),
            opts.drafts,
        )
    });
    laps.lap("assemble");
    let (site, partial) = if diags.iter().any(Diagnostic::is_error) {
        (None, assembled)
    } else {
        (assembled, None)
    };
    let found = |site| Found {
        walked: &walked,
        opts,
        handles: Arc::clone(&handles),
        handles_fp,
        max_bytes,
        stories: by_walk,
        diags: &diags,
        site,
    };
    memo.keep_last(site.as_ref().map(found));
    Loaded {
        site,
        partial,
        diagnostics: diags,
    }
}

fn read_members(
    root: &Path,
    files: &Files,
    max_bytes: u64,
    cache: &impl Memory,
) -> Vec<Doc<Member>> {
    files
        .members
        .par_iter()
        .map(|(handle, path)| {
            let at = Cache(cache, &handle);
            read_doc(root, path, max_bytes, at, |i| member::parse(i, handle))
        })
        .collect()
}

/// Every story file, in walk order; `handles` are the members' handles
/// (with their fingerprint, part of each story's cache key).
fn read_stories(
    root: &Path,
    files: &Files,
    max_bytes: u64,
    cache: &impl Memory,
    handles: (&BTreeSet<String>, &Fp),
) -> Vec<Doc<Arc<Story>>> {
    files
        .stories
        .par_iter()
        .map(|s| {
            let at = Cache(cache, &(&s.slug, &s.bundle, handles.1));
            read_doc(root, &s.path, max_bytes, at, |i| {
                let (story, d) = story::parse(i, &s.slug, s.bundle.as_deref(), handles.0);
                (story.map(Arc::new), d)
            })
        })
        .collect()
}

fn read_pages(root: &Path, files: &Files, max_bytes: u64, cache: &impl Memory) -> Vec<Doc<Page>> {
    let read = |(slug, path): &(String, String)| {
        read_doc(root, path, max_bytes, Cache(cache, slug), |i| {
            page::parse(i, slug)
        })
    };
    files.pages.iter().map(read).collect()
}

fn split_results<T>(results: Vec<Doc<T>>) -> (Vec<T>, Vec<Diagnostic>) {
    let mut ok = Vec::new();
    let mut errs = Vec::new();
    for (value, diags) in results {
        ok.extend(value);
        errs.extend(diags);
    }
    (ok, errs)
}

/// Reads a content file, then parses it; a file that cannot be read has no value.
pub(crate) fn read_doc<T: Cached + Clone, M: Memory, C: Hash + ?Sized>(
    root: &Path,
    path: &str,
    max_bytes: u64,
    cache: Cache<'_, M, C>,
    parse: impl FnOnce(&Input) -> Doc<T>,
) -> Doc<T> {
    let stat = cache
        .0
        .by_stamp()
        .then(|| stat_key(root, path, max_bytes, cache))
        .flatten();
    if let Some(value) = stat.and_then(|k| cache.0.get_by_stat(&k, root)) {
        return (Some(value), Vec::new());
    }
    let text = match read(root, path, max_bytes) {
        Ok(text) => text,
        Err(d) => return (None, d),
    };
    let key = FpHasher::new()
        .add(&fingerprint::exe())
        .add(path)
        .add(&text)
        .add(cache.1)
        .fp();
    if let Some(value) = cache.0.get(&key, root) {
        cache.0.put_by_stat(stat, key, &value);
        return (Some(value), Vec::new());
    }
    let (value, diags) = parse(&Input {
        root,
        path,
        text: &text,
    });
    if let (Some(v), true) = (&value, diags.is_empty()) {
        cache.0.put(key, v);
        cache.0.put_by_stat(stat, key, v);
    }
    (value, diags)
}

/// A file's identity by its metadata (path, size, modification time, inode)
/// and what its parse depends on: lets `serve` skip reading unchanged files.
fn stat_key<M: Memory, C: Hash + ?Sized>(
    root: &Path,
    path: &str,
    max_bytes: u64,
    cache: Cache<'_, M, C>,
) -> Option<Fp> {
    let meta = cache.0.meta_of(root, path)?;
    let mut h = FpHasher::new();
    h.add(&fingerprint::exe())
        .add(path)
        .add(&max_bytes)
        .add(cache.1)
        .add(&meta);
    Some(h.fp())
}

/// The parse cache, and what a file's parse depends on besides its text.
pub(crate) struct Cache<'a, M, C: ?Sized>(pub(crate) &'a M, pub(crate) &'a C);

impl<M, C: ?Sized> Clone for Cache<'_, M, C> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<M, C: ?Sized> Copy for Cache<'_, M, C> {}

fn read_config(root: &Path, path: &str, opts: &LoadOptions) -> Parsed<Config> {
    let text = read(root, path, frontmatter::MAX_FRONT_MATTER as u64)?;
    let mut config: Config =
        frontmatter::parse(&text, 1, crate::load::config::FIELDS).map_err(|e| {
            vec![Diagnostic::error(path, "bad-config", e.message)
                .at(e.line, e.col)
                .help(e.help)]
        })?;
    if let Some(url) = &opts.base_url {
        config.base_url = url.clone();
    }
    let content = root
        .join(path)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let problems: Vec<_> = config
        .problems()
        .into_iter()
        .chain(config.logo_problem(&content))
        .map(|(key, msg, help)| {
            let (l, c) = frontmatter::key_position(&text, key)
                .or_else(|| {
                    // A nested key (`brand.color`, `repository.url`): its own column.
                    text.lines().enumerate().find_map(|(i, l)| {
                        let rest = l.trim_start();
                        rest.strip_prefix(key)?
                            .trim_start()
                            .starts_with(':')
                            .then(|| (i + 1, l.len() - rest.len() + 1))
                    })
                })
                // `repository: { url: ... }` written on one line.
                .or_else(|| {
                    matches!(key, "url" | "branch")
                        .then(|| frontmatter::key_position(&text, "repository"))
                        .flatten()
                })
                .unwrap_or((1, 1));
            Diagnostic::error(path, "bad-config", msg)
                .at(l, c)
                .help(help)
        })
        .collect();
    if problems.is_empty() {
        Ok(config)
    } else {
        Err(problems)
    }
}

/// Reads a text file: size-capped before reading, valid UTF-8, no NUL.
pub fn read(root: &Path, path: &str, max_bytes: u64) -> Result<String, Vec<Diagnostic>> {
    let full = root.join(path);
    let err = |msg: String, help: &str| vec![Diagnostic::error(path, "unreadable", msg).help(help)];
    let len = std::fs::metadata(&full)
        .map_err(|e| err(format!("cannot read: {e}"), "check the file's permissions"))?
        .len();
    if len > max_bytes {
        return Err(err(
            format!(
                "file is {} KiB, more than the {} KiB allowed",
                len / 1024,
                max_bytes / 1024
            ),
            if path.ends_with("site.yaml") {
                "site.yaml holds settings only: put long text in a page"
            } else {
                "split it into several stories, or raise `limits.max_story_kb` in site.yaml"
            },
        ));
    }
    let bytes = std::fs::read(&full)
        .map_err(|e| err(format!("cannot read: {e}"), "check the file's permissions"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let (l, c) = line_col(&e.as_bytes()[..e.utf8_error().valid_up_to()]);
        vec![
            Diagnostic::error(path, "not-utf8", "the file is not valid UTF-8")
                .at(l, c)
                .help("save the file as UTF-8"),
        ]
    })?;
    if let Some(i) = text.find('\0') {
        let (l, c) = line_col(&text.as_bytes()[..i]);
        return Err(vec![Diagnostic::error(
            path,
            "nul-byte",
            "the file contains a NUL byte",
        )
        .at(l, c)
        .help("remove it; is this a binary file?")]);
    }
    Ok(text
        .strip_prefix('\u{FEFF}')
        .map(str::to_string)
        .unwrap_or(text))
}

/// 1-based line and column of the position just after `before`.
fn line_col(before: &[u8]) -> (usize, usize) {
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, col)
}

/// Splits and parses a content file's front matter into `T`. Unknown keys are
/// already in the returned checker's diagnostics; the other fields still parse.
pub fn front_matter<'a, T: DeserializeOwned>(
    input: &'a Input,
    fields: &[&str],
) -> Result<(T, Split<'a>, fields::Checker<'a>), Vec<Diagnostic>> {
    let to_diag = |e: frontmatter::YamlError| {
        vec![Diagnostic::error(input.path, "front-matter", e.message)
            .at(e.line, e.col)
            .help(e.help)]
    };
    let split = frontmatter::split(input.text).map_err(to_diag)?;
    let (value, unknown) =
        frontmatter::parse_collecting(split.yaml, split.yaml_line, fields).map_err(to_diag)?;
    let mut checker = fields::Checker::new(input.path, split.yaml, split.yaml_line);
    checker
        .diags
        .extend(body::problems(input.path, split.body, split.body_line));
    checker.diags.extend(unknown.into_iter().map(|e| {
        Diagnostic::error(input.path, "unknown-field", e.message)
            .at(e.line, e.col)
            .help(e.help)
    }));
    Ok((value, split, checker))
}

/// A relative path that stays where it is put: no `..`, no root, no backslash, no empty part.
pub fn is_safe_relative(p: &str) -> bool {
    !p.is_empty()
        && !p.starts_with('/')
        && !p.contains('\\')
        && !p.contains(':')
        && p.split('/')
            .all(|part| !part.is_empty() && part != "." && part != ".." && bad_char(part).is_none())
}
