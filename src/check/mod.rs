//! `potluck check`: every validation `build` runs, plus links, asset sizes and
//! warnings, without rendering or writing a page; then reports for people and CI.
//!
//! The site is only parsed (front matter, and Markdown for its links), never
//! rendered, so checking a large site takes a fraction of a build.

mod assets;
mod changes;
pub mod format;
mod grants;
mod links;
mod sources;
pub mod summary;
mod warnings;
mod welcome;

use std::path::PathBuf;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::load::{self, LoadOptions};
use crate::model::Site;
use crate::render::markdown::{self, Outline, OutlineEnv};
use crate::render::theme;
use crate::util::diag::{self, Diagnostic, Severity};

pub use changes::Changes;
pub use grants::Author;
pub use sources::Sources;

/// Everything `potluck check` was asked to do.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub root: PathBuf,
    /// Report only problems that concern files changed since this git revision.
    pub changed_from: Option<String>,
    /// Today's date, for "date in the future" (a parameter, so tests are stable).
    pub today: NaiveDate,
    /// The forge login of the pull request's author (`--pr-author`).
    pub pr_author: Option<String>,
    /// A grant fails the check unless the author is a host (`--strict-grants`).
    pub strict_grants: bool,
}

/// What a check found.
#[derive(Debug)]
pub struct Report {
    /// The problems to report, sorted by file and position.
    pub problems: Vec<Diagnostic>,
    /// Problems left out because they concern only files the change does not touch.
    pub hidden: usize,
    /// The files changed since `changed_from`, when given.
    pub changes: Option<Changes>,
    /// The site as far as it could be read (complete when there is no error).
    pub site: Option<Site>,
    /// The pull request's author, with `--pr-author`.
    pub author: Option<Author>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    /// Notices for the reviewing host (grants, others' profiles): not problems.
    pub fn notices(&self) -> usize {
        self.count(Severity::Notice)
    }

    fn count(&self, severity: Severity) -> usize {
        self.problems
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// Why a check could not run at all (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    #[error("{0}")]
    Usage(String),
    /// `--changed-from` could not learn what changed; `help` says what to do.
    #[error("{message}")]
    Git { message: String, help: String },
}

impl CheckError {
    /// What to do about it, when there is something to say.
    pub fn help(&self) -> Option<&str> {
        match self {
            CheckError::Git { help, .. } if !help.is_empty() => Some(help),
            _ => None,
        }
    }
}

/// Checks the site at `opts.root`.
pub fn check(opts: &CheckOptions) -> Result<Report, CheckError> {
    // A wrong --root is a usage error, not a problem in the site.
    if !opts.root.join("content").is_dir() {
        return Err(CheckError::Usage(format!(
            "no content/ folder in {}: pass --root DIR, or create a site with `potluck init DIR`",
            opts.root.display()
        )));
    }
    let changes = match &opts.changed_from {
        Some(rev) => Some(changes::since(&opts.root, rev)?),
        None => None,
    };
    let load_opts = LoadOptions {
        added: changes
            .as_ref()
            .map(|c| c.added.clone())
            .unwrap_or_default(),
        ..LoadOptions::default()
    };
    let loaded = load::load(&opts.root, &load_opts);
    let mut problems = loaded.diagnostics;
    let site = loaded.site.or(loaded.partial);
    if let Some(site) = &site {
        problems.extend(site_checks(opts, site));
    }
    diag::sort(&mut problems);
    problems.dedup();
    let (mut problems, hidden) = match &changes {
        Some(c) => c.filter(problems),
        None => (problems, 0),
    };
    let mut author = None;
    if let Some(c) = &changes {
        let login = opts.pr_author.as_deref();
        let (notices, a) = grants::notices(&opts.root, c, site.as_ref(), login, opts.strict_grants);
        problems.extend(notices);
        diag::sort(&mut problems);
        author = a;
    }
    Ok(Report {
        problems,
        hidden,
        changes,
        site,
        author,
    })
}

/// The Markdown outlines of every story, profile and page, in parallel.
pub struct Outlines {
    pub stories: Vec<Outline>,
    pub members: Vec<Outline>,
    pub pages: Vec<Outline>,
}

impl Outlines {
    pub fn of(site: &Site) -> Outlines {
        let env = |bundle| OutlineEnv {
            embeds: &site.config.embeds,
            bundle,
        };
        Outlines {
            stories: site
                .stories
                .par_iter()
                .map(|s| markdown::outline(&s.body, &env(s.bundle.is_some())))
                .collect(),
            members: site
                .members
                .par_iter()
                .map(|m| markdown::outline(&m.bio, &env(false)))
                .collect(),
            pages: site
                .pages
                .iter()
                .map(|p| markdown::outline(&p.body, &env(false)))
                .collect(),
        }
    }
}

/// What a build would only find by rendering or writing, found without doing either.
fn site_checks(opts: &CheckOptions, site: &Site) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let statics = match theme::load(&opts.root, &site.config.theme, &site.config.language) {
        Ok(t) => {
            // The site's catalogue: a key the theme lacks changes nothing.
            if let Ok(Some(text)) = crate::i18n::site::read(&opts.root) {
                out.extend(crate::i18n::site::unknown_keys(&text, t.i18n.keys()));
            }
            t.statics.into_iter().map(|(path, _)| path).collect()
        }
        Err(d) => {
            out.extend(d);
            Vec::new()
        }
    };
    let index = links::Index::new(site, &statics);
    out.extend(crate::pipeline::reserved_paths(&site.assets, |p| {
        index.is_generated(p)
    }));
    out.extend(load::aliases::clashes(site, &index.outputs()));
    let outlines = Outlines::of(site);
    out.extend(links::check(site, &index, &outlines));
    out.extend(assets::oversized(&opts.root, site));
    out.extend(crate::render::images::problems(&opts.root, site));
    let mut sources = Sources::new(&opts.root);
    out.extend(warnings::check(site, &outlines, opts.today, &mut sources));
    out
}
