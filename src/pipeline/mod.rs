//! The build pipeline: load -> recognition -> render -> write, as one function,
//! full or incremental.

mod assets;

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use indicatif::ProgressBar;

use crate::incremental::cache::{CacheDir, Manifest};
use crate::incremental::fingerprint::{Fp, FpHasher};
use crate::incremental::page_store::PageStore;
use crate::incremental::{self, parse_cache::ParseCache};
use crate::load::{self, LoadOptions};
use crate::model::{Site, Today};
use crate::recognition;
use crate::recognition::Recognition;
use crate::render::{self, MdCache};
use crate::render::{images, theme};
use crate::util::diag::{self, Diagnostic};
use crate::util::timings::Laps;
use crate::write::{self, Staging};

/// Everything `potluck build` was asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    pub output: PathBuf,
    pub base_url: Option<String>,
    pub drafts: bool,
    /// The build's date: first stories within 30 days of it show the
    /// welcome banner. Output is a pure function of the files and this.
    pub today: Today,
}

/// What a successful build did.
#[derive(Debug)]
pub struct BuildReport {
    /// Generated pages and feeds.
    pub pages: usize,
    /// Copied static files and assets.
    pub assets: usize,
    /// Pages and files written this time (the rest were unchanged).
    pub rendered: usize,
    pub copied: usize,
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

/// What one process keeps between builds. `serve` rebuilds with the same
/// session; `build` loads it from, and saves it to, the cache folder.
#[derive(Default)]
pub struct Session {
    /// Where the manifest is kept between runs; `None`: in memory only.
    pub cache: Option<CacheDir>,
    /// Update a recorded output in place whatever changed (serve's private
    /// folder); otherwise only when few files changed, and a larger change
    /// is written to a new folder and swapped in.
    pub always_in_place: bool,
    /// Counts rendered files (a terminal progress bar); hidden by default.
    pub progress: Option<ProgressBar>,
    manifest: Option<Manifest>,
    md: MdCache,
    parsed: Option<ParseCache>,
    /// The last recognition, by the fingerprint of what it was computed from.
    recognition: Option<(Fp, Arc<Recognition>)>,
    /// The last build's theme, whose compiled templates are reused while
    /// no template changes.
    theme: Option<theme::Theme>,
    /// Image sizes and resized avatars, by file metadata.
    images: images::ImageMemo,
}

impl Session {
    /// A session that keeps its manifest in `dir` between runs.
    pub fn with_cache(dir: PathBuf) -> Session {
        Session {
            cache: Some(CacheDir::new(dir)),
            ..Session::default()
        }
    }

    /// A session for `serve`: everything in memory, output updated in
    /// place, files whose metadata did not change not read again.
    pub fn for_serve() -> Session {
        Session {
            always_in_place: true,
            parsed: Some(ParseCache::trusting_stat()),
            ..Session::default()
        }
    }
}

/// Builds the site from scratch. On any error the previous output is left as it was.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, BuildError> {
    build_with(opts, &mut Session::default())
}

/// Builds the site, reusing and updating `session`: when the output folder
/// is the one the session recorded, only files whose key changed are
/// rendered and written. The result is byte for byte what `build` writes.
pub fn build_with(opts: &BuildOptions, session: &mut Session) -> Result<BuildReport, BuildError> {
    build_changed(opts, session, None)
}

/// `build_with`, told which files changed since the session's last build
/// (paths relative to the root), by a watcher that reports every change:
/// files it did not report are not looked at again. `None`: unknown (the
/// first build, or events were lost), so every file is.
pub fn build_changed(
    opts: &BuildOptions,
    session: &mut Session,
    changed: Option<&[PathBuf]>,
) -> Result<BuildReport, BuildError> {
    if let Some(parsed) = &mut session.parsed {
        parsed.note_changes(changed.map(|paths| paths.iter().map(|p| slash_path(p)).collect()));
    }
    let old = std::mem::take(&mut session.md);
    match build_inner(opts, session, &old) {
        Ok((report, md, keys)) => {
            // What was rendered now joins what was kept. Entries of old
            // versions of stories are dropped only once they make up half
            // of the map: not a pass over every story on every rebuild.
            let mut kept = old;
            kept.extend(md);
            if kept.len() > 2 * keys.len() + 64 {
                let live: HashSet<Fp> = keys.into_iter().collect();
                kept.retain(|k, _| live.contains(k));
            }
            session.md = kept;
            Ok(report)
        }
        Err(e) => {
            session.md = old;
            Err(e)
        }
    }
}

/// `content/stories/a.md` whatever the system's separator.
fn slash_path(p: &std::path::Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Recognition, computed again only when what it reads changed
/// (`Site::recognition_key` and the build's date): never a story's text or summary.
fn recognise(
    site: &Site,
    today: Today,
    memo: &mut Option<(Fp, Arc<Recognition>)>,
) -> Arc<Recognition> {
    let key = FpHasher::new()
        .add(&site.recognition_key())
        .add(&today)
        .fp();
    if let Some((seen, rec)) = memo {
        if *seen == key {
            return Arc::clone(rec);
        }
    }
    let rec = Arc::new(recognition::compute_at(site, today));
    *memo = Some((key, Arc::clone(&rec)));
    rec
}

/// A build with `md` as the Markdown already rendered; returns the report,
/// the Markdown rendered now and the keys of every story's Markdown.
fn build_inner(
    opts: &BuildOptions,
    session: &mut Session,
    md: &MdCache,
) -> Result<(BuildReport, MdCache, Vec<Fp>), BuildError> {
    let start = Instant::now();
    let laps = Laps::default();
    let lap = |stage: &str| laps.lap(stage);
    write::check_output(&opts.root, &opts.output)?;
    incremental::update::recover(&opts.output)?;
    let (site, warnings) = load_site(opts, session)?;
    lap("load");
    let last_theme = session.theme.take();
    let theme = theme::load_reusing(
        &opts.root,
        &site.config.theme,
        &site.config.language,
        last_theme.as_ref(),
    )
    .map_err(BuildError::Content)?;
    let rec = recognise(&site, opts.today, &mut session.recognition);
    lap("recognise");
    let images = images::prepare(&opts.root, &site, &session.images);
    session.images.advance();
    let images = images.map_err(BuildError::Content)?;
    lap("images");
    let base_url = &site.config.base_url;
    let prepared = render::prepare(&site, &rec, &theme, base_url, &images, md);
    lap("prepare");
    let jobs = render::jobs(&prepared);
    let keys = incremental::keys::keys(&prepared, &jobs);
    lap("keys");
    let paths: Vec<String> = jobs
        .par_iter()
        .map(|j| render::job_path(&prepared, j))
        .collect();
    lap("paths");
    let generated: HashSet<&str> = paths.iter().map(String::as_str).collect();
    let mut problems = assets::alias_clashes(&site, &theme, &jobs, &paths);
    let files = assets::plan(
        &opts.root,
        &theme,
        &site.assets,
        &images,
        &generated,
        site.config.repository.is_some(),
        &mut problems,
    )?;
    lap("assets");
    let next = manifest_of(&paths, &keys, &files);
    let out = Outputs {
        prepared: &prepared,
        jobs: &jobs,
        paths: &paths,
        keys: &keys,
        files: &files,
    };
    lap("manifest");
    let plan = plan_update(opts, session, &out, &next);
    lap("plan");
    let (rendered, copied) = match plan {
        Some(update) => write_changed(opts, session, &out, &update, next, problems)?,
        None => write_all(opts, session, &out, next, problems)?,
    };
    lap("write");
    let report = BuildReport {
        pages: jobs.len(),
        assets: files.len(),
        rendered,
        copied,
        elapsed: start.elapsed(),
        warnings,
    };
    let (md, md_keys) = (prepared.rendered_stories(), prepared.md_keys.clone());
    drop(prepared);
    session.theme = Some(theme);
    if let Some(parsed) = &mut session.parsed {
        parsed.keep_site(site);
    }
    Ok((report, md, md_keys))
}

/// The site and its warnings, through the session's parse cache; every
/// error when there is one.
fn load_site(
    opts: &BuildOptions,
    session: &mut Session,
) -> Result<(Site, Vec<Diagnostic>), BuildError> {
    let cache = session.cache.clone();
    let parsed = session.parsed.get_or_insert_with(|| match &cache {
        Some(c) => ParseCache::open(&c.parsed_dir()),
        None => ParseCache::default(),
    });
    let lo = LoadOptions {
        drafts: opts.drafts,
        base_url: opts.base_url.clone(),
        ..LoadOptions::default()
    };
    let loaded = load::load_with(&opts.root, &lo, parsed);
    if let Some(c) = &cache {
        c.ensure()?;
        parsed.save(&c.parsed_dir())?;
    }
    parsed.advance();
    let (errors, warnings): (Vec<_>, Vec<_>) = loaded
        .diagnostics
        .into_iter()
        .partition(Diagnostic::is_error);
    match loaded.site {
        Some(site) if errors.is_empty() => Ok((site, warnings)),
        _ => Err(BuildError::Content(errors)),
    }
}

/// Every output path with its key: pages, then copied files.
fn manifest_of(paths: &[String], keys: &[Fp], files: &[assets::FileOut]) -> Manifest {
    let mut next = Manifest::default();
    next.files
        .extend(paths.iter().cloned().zip(keys.iter().copied()));
    next.files
        .extend(files.iter().map(|f| (f.path.clone(), f.key)));
    next
}

/// What a build writes, side by side.
struct Outputs<'a> {
    prepared: &'a render::Prepared<'a>,
    jobs: &'a [render::Job],
    paths: &'a [String],
    keys: &'a [Fp],
    files: &'a [assets::FileOut],
}

/// Which files an in-place update writes and removes.
struct Changes {
    jobs: Vec<usize>,
    files: Vec<usize>,
    removed: Vec<String>,
}

/// The changes against the recorded output, or `None` for a full build (no
/// record, a folder that is not the recorded one, or too much changed).
fn plan_update(
    opts: &BuildOptions,
    session: &Session,
    out: &Outputs,
    next: &Manifest,
) -> Option<Changes> {
    let stamp = write::output_stamp(&opts.output)?;
    let loaded;
    let prev = match &session.manifest {
        Some(m) => m,
        None => {
            loaded = session.cache.as_ref()?.manifest(&opts.output)?;
            &loaded
        }
    };
    if prev.stamp != stamp {
        return None;
    }
    let known = AtomicUsize::new(0);
    let changed = |path: &String, key: &Fp| match prev.files.get(path) {
        Some(was) => {
            known.fetch_add(1, Ordering::Relaxed);
            was != key
        }
        None => true,
    };
    let jobs: Vec<usize> = (0..out.jobs.len())
        .into_par_iter()
        .filter(|&i| changed(&out.paths[i], &out.keys[i]))
        .collect();
    let files: Vec<usize> = (0..out.files.len())
        .filter(|&i| changed(&out.files[i].path, &out.files[i].key))
        .collect();
    // Every path written (none twice) was there before, and as many: none
    // went away.
    let written = out.jobs.len() + out.files.len();
    let same_paths = written == next.files.len()
        && next.files.len() == prev.files.len()
        && known.into_inner() == prev.files.len();
    let removed: Vec<String> = match same_paths {
        true => Vec::new(),
        false => prev
            .files
            .keys()
            .filter(|p| !next.files.contains_key(*p))
            .cloned()
            .collect(),
    };
    let count = jobs.len() + files.len() + removed.len();
    // Many changes are written to a new folder swapped in whole, so the
    // site never shows a long mix of old and new files while they move in.
    if !session.always_in_place && count * 4 > next.files.len() && count > 200 {
        return None;
    }
    Some(Changes {
        jobs,
        files,
        removed,
    })
}

/// Renders the jobs `which` (in parallel), handing each file to `put`.
fn render_each(
    out: &Outputs,
    which: &[usize],
    progress: Option<&ProgressBar>,
    put: impl Fn(usize, &str, &[u8]) -> anyhow::Result<()> + Sync,
) -> Result<(), BuildError> {
    if let Some(bar) = progress {
        bar.set_length(which.len() as u64);
    }
    let results: Vec<Result<(), BuildError>> = which
        .par_iter()
        .map(|&i| {
            let (path, bytes) = render::render_job(out.prepared, &out.jobs[i])
                .map_err(|d| BuildError::Content(vec![d]))?;
            put(i, &path, &bytes)?;
            if let Some(bar) = progress {
                bar.inc(1);
            }
            Ok(())
        })
        .collect();
    let mut problems = Vec::new();
    for r in results {
        match r {
            Ok(()) => {}
            Err(BuildError::Content(d)) => problems.extend(d),
            Err(other) => return Err(other),
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(BuildError::Content(problems))
    }
}

/// Copies the files `which`, handing each to `put` or `copy`.
fn copy_each(
    out: &Outputs,
    which: &[usize],
    put: impl Fn(&str, &[u8]) -> anyhow::Result<()> + Sync,
    copy: impl Fn(&std::path::Path, &str) -> anyhow::Result<()> + Sync,
) -> anyhow::Result<()> {
    which.par_iter().try_for_each(|&i| {
        let f = &out.files[i];
        match &f.src {
            assets::Source::Bytes(b) => put(&f.path, b),
            assets::Source::File(from) => copy(from, &f.path),
        }
    })
}

/// Fails with every problem found, sorted.
fn fail_on(mut problems: Vec<Diagnostic>) -> Result<(), BuildError> {
    if problems.is_empty() {
        return Ok(());
    }
    problems.dedup();
    diag::sort(&mut problems);
    Err(BuildError::Content(problems))
}

/// A full build: everything into a new folder, swapped in at the end.
fn write_all(
    opts: &BuildOptions,
    session: &mut Session,
    out: &Outputs,
    mut next: Manifest,
    problems: Vec<Diagnostic>,
) -> Result<(usize, usize), BuildError> {
    fail_on(problems)?;
    let laps = Laps::nested("  +");
    let lap = |what: &str| laps.lap(what);
    let store = session
        .cache
        .as_ref()
        .map(|c| PageStore::open(c.pages_dir()));
    let staging = Staging::new(&opts.output)?;
    let render = copy_stored(out, store.as_ref(), &staging);
    lap("stored");
    // Most pages to render: every story's HTML now, from the saved
    // Markdown where it can be; otherwise on demand.
    if render.len() * 2 > out.jobs.len() {
        let saved = session
            .cache
            .as_ref()
            .map(CacheDir::markdown)
            .unwrap_or_default();
        out.prepared.render_all_stories(&saved);
        if let Some(cache) = &session.cache {
            cache.save_markdown(&out.prepared.rendered_stories())?;
        }
        lap("markdown");
    }
    render_each(out, &render, session.progress.as_ref(), |i, p, b| {
        staging.write(p, b)?;
        store.as_ref().map_or(Ok(()), |s| s.put(&out.keys[i], b))
    })?;
    lap("pages");
    let files: Vec<usize> = (0..out.files.len()).collect();
    copy_each(
        out,
        &files,
        |p, b| staging.write(p, b),
        |f, p| staging.copy(f, p),
    )?;
    lap("files");
    staging.commit()?;
    lap("swap");
    next.stamp = write::output_stamp(&opts.output).unwrap_or_default();
    if let Some(cache) = &session.cache {
        cache.save_manifest(&opts.output, &next)?;
        if let Some(store) = &store {
            store.keep_only(&cache.live_keys());
        }
    }
    session.manifest = Some(next);
    Ok((render.len(), files.len()))
}

/// Copies into `staging` every page the store has; returns the others
/// (and any whose copy failed), to render.
fn copy_stored(out: &Outputs, store: Option<&PageStore>, staging: &Staging) -> Vec<usize> {
    (0..out.jobs.len())
        .into_par_iter()
        .filter(|&i| {
            let stored = store.and_then(|s| s.get(&out.keys[i]));
            stored.is_none_or(|from| staging.copy(&from, &out.paths[i]).is_err())
        })
        .collect()
}

/// An incremental build: the changed files, moved into the recorded output.
fn write_changed(
    opts: &BuildOptions,
    session: &mut Session,
    out: &Outputs,
    changes: &Changes,
    mut next: Manifest,
    problems: Vec<Diagnostic>,
) -> Result<(usize, usize), BuildError> {
    fail_on(problems)?;
    let update = incremental::update::Update::new(&opts.output)?;
    // Rendered pages join the store, for a later full build (`build` only:
    // `serve` keeps no cache folder).
    let store = session
        .cache
        .as_ref()
        .map(|c| PageStore::unlisted(c.pages_dir()));
    render_each(out, &changes.jobs, session.progress.as_ref(), |i, p, b| {
        update.write(p, b)?;
        store.as_ref().map_or(Ok(()), |s| s.put(&out.keys[i], b))
    })?;
    copy_each(
        out,
        &changes.files,
        |p, b| update.write(p, b),
        |f, p| update.copy(f, p),
    )?;
    next.stamp = write::output_stamp(&opts.output).unwrap_or_default();
    let cache = session.cache.clone();
    update.commit(&changes.removed, || match &cache {
        Some(c) => c.save_manifest(&opts.output, &next),
        None => Ok(()),
    })?;
    session.manifest = Some(next);
    Ok((changes.jobs.len(), changes.files.len()))
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
