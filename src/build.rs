//! The build pipeline: load -> recognition -> render -> write, as one function.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::diag::{self, Diagnostic};
use crate::load::{self, fold_path, LoadOptions};
use crate::render;
use crate::write::{self, Staging};
use crate::{images, recognition, theme};

/// Everything `potluck build` was asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    pub output: PathBuf,
    pub base_url: Option<String>,
    pub drafts: bool,
}

/// What a successful build did.
#[derive(Debug)]
pub struct BuildReport {
    /// Generated pages and feeds.
    pub pages: usize,
    /// Copied static files and assets.
    pub assets: usize,
    pub elapsed: Duration,
    /// Warnings (a successful build has no errors).
    pub warnings: Vec<Diagnostic>,
}

/// Why a build failed.
#[derive(Debug)]
pub enum BuildError {
    /// Problems in the site's files: exit code 1.
    Content(Vec<Diagnostic>),
    /// Anything else (I/O, bad options): exit code 2.
    Other(anyhow::Error),
}

impl From<anyhow::Error> for BuildError {
    fn from(e: anyhow::Error) -> Self {
        BuildError::Other(e)
    }
}

/// What one process keeps between builds: `serve` rebuilds with the same
/// session, so only what changed is read, rendered and written again.
#[derive(Default)]
pub struct Session {}

/// Builds the site, reusing and updating `session`. The output is byte for
/// byte what `build` writes from scratch.
pub fn build_with(opts: &BuildOptions, _session: &mut Session) -> Result<BuildReport, BuildError> {
    build(opts)
}

/// Builds the site. On any error the previous output folder is left as it was.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, BuildError> {
    let start = Instant::now();
    write::check_output(&opts.root, &opts.output)?;
    let loaded = load::load(
        &opts.root,
        &LoadOptions {
            drafts: opts.drafts,
            base_url: opts.base_url.clone(),
        },
    );
    let (errors, warnings): (Vec<_>, Vec<_>) = loaded
        .diagnostics
        .into_iter()
        .partition(Diagnostic::is_error);
    let site = match loaded.site {
        Some(site) if errors.is_empty() => site,
        _ => return Err(BuildError::Content(errors)),
    };
    let theme = theme::load(&opts.root, &site.config.theme).map_err(BuildError::Content)?;
    let rec = recognition::compute(&site);
    let images = images::prepare(&opts.root, &site).map_err(BuildError::Content)?;
    let prepared = render::prepare(&site, &rec, &theme, &site.config.base_url, &images);
    let jobs = render::jobs(&prepared);
    let staging = Staging::new(&opts.output)?;
    let written: Vec<Result<String, BuildError>> = jobs
        .par_iter()
        .map(|job| {
            let (path, bytes) =
                render::render_job(&prepared, job).map_err(|d| BuildError::Content(vec![d]))?;
            staging.write(&path, &bytes)?;
            Ok(path)
        })
        .collect();
    let mut generated = BTreeSet::new();
    let mut problems = Vec::new();
    for r in written {
        match r {
            Ok(path) => {
                generated.insert(path);
            }
            Err(BuildError::Content(d)) => problems.extend(d),
            Err(other) => return Err(other),
        }
    }
    let pages = generated.len();
    let mut assets = 0;
    for (path, bytes) in images.avatars.iter().flatten().flat_map(|a| &a.files) {
        staging.write(path, bytes)?;
        generated.insert(path.clone());
        assets += 1;
    }
    assets += copy_assets(
        &opts.root,
        &staging,
        &theme,
        &site.assets,
        &generated,
        &mut problems,
    )?;
    if !problems.is_empty() {
        problems.dedup();
        diag::sort(&mut problems);
        return Err(BuildError::Content(problems));
    }
    staging.commit()?;
    Ok(BuildReport {
        pages,
        assets,
        elapsed: start.elapsed(),
        warnings,
    })
}

/// Theme static files, then the site's (which win over the theme's); neither may
/// replace a generated page.
fn copy_assets(
    root: &std::path::Path,
    staging: &Staging,
    theme: &theme::Theme,
    assets: &[crate::model::Asset],
    generated: &BTreeSet<String>,
    problems: &mut Vec<Diagnostic>,
) -> anyhow::Result<usize> {
    let site_paths: BTreeSet<&str> = assets.iter().map(|a| a.to.as_str()).collect();
    let mut count = 0;
    for (to, bytes) in &theme.statics {
        if !site_paths.contains(to.as_str()) && !generated.contains(to) {
            staging.write(to, &bytes.read()?)?;
            count += 1;
        }
    }
    // Compared as case-insensitive, normalising file systems see them.
    let folded: BTreeSet<String> = generated.iter().map(|g| fold_path(g)).collect();
    let is_generated = |p: &str| folded.contains(&fold_path(p));
    let results: Vec<anyhow::Result<()>> = assets
        .par_iter()
        .filter(|a| !is_generated(&a.to))
        .map(|a| staging.copy(&root.join(&a.from), &a.to))
        .collect();
    for r in results {
        r?;
        count += 1;
    }
    problems.extend(reserved_paths(assets, is_generated));
    Ok(count)
}

/// Site files that would replace a page or feed potluck generates (output
/// paths like `stories/index.html`); shared with `check`.
pub fn reserved_paths(
    assets: &[crate::model::Asset],
    is_generated: impl Fn(&str) -> bool,
) -> Vec<Diagnostic> {
    assets
        .iter()
        .filter(|a| is_generated(&a.to))
        .map(|a| {
            Diagnostic::error(
                a.from.to_string_lossy(),
                "reserved-path",
                format!("would replace the generated /{}", a.to),
            )
            .help("rename the file; potluck writes that path itself")
        })
        .collect()
}
