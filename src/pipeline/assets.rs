//! The files a build copies: theme static files, the site's static files and
//! story bundles' assets (images as `images` publishes them), and resized
//! avatars; each with its cache key.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::incremental::fingerprint::{self, Fp, FpHasher};
use crate::load::fold_path;
use crate::model::Asset;
use crate::render::images::Images;
use crate::render::theme::Theme;
use crate::util::diag::Diagnostic;

/// Where a copied file's bytes come from.
pub enum Source {
    /// Shared: a bundle photo encoded again is held once, not copied.
    Bytes(Arc<[u8]>),
    File(PathBuf),
}

/// One copied file.
pub struct FileOut {
    pub path: String,
    pub key: Fp,
    pub src: Source,
}

/// Every copied file: avatars, then theme static files (the forms' only with
/// `forms`, site.yaml's `repository:`), then the site's
/// (which win over the theme's); none may replace a generated page, and a
/// site file that would is a problem.
pub fn plan(
    root: &Path,
    theme: &Theme,
    assets: &[Asset],
    images: &Images,
    generated: &HashSet<&str>,
    forms: bool,
    problems: &mut Vec<Diagnostic>,
) -> anyhow::Result<Vec<FileOut>> {
    let mut out = Vec::new();
    for (path, bytes) in images.avatars.iter().flatten().flat_map(|a| &a.files) {
        out.push(bytes_out(path.clone(), bytes.as_slice().into()));
    }
    let site_paths: BTreeSet<&str> = assets.iter().map(|a| a.to.as_str()).collect();
    for (to, bytes) in &theme.statics {
        // The /write/ and /join/ forms' files, only for a site that has them.
        let unused = !forms && to.starts_with(crate::render::theme::FORMS_DIR);
        if !unused && !site_paths.contains(to.as_str()) && !generated.contains(to.as_str()) {
            out.push(bytes_out(to.clone(), bytes.read()?.into()));
        }
    }
    // Compared as case-insensitive, normalising file systems see them.
    // Generated paths are nearly all folded already: borrowed, not copied.
    let folded: HashSet<Cow<str>> = generated.par_iter().map(|g| fold_cow(g)).collect();
    let is_generated = |p: &str| folded.contains(&fold_cow(p));
    for a in assets.iter().filter(|a| !is_generated(&a.to)) {
        // Bundle images are published as encoded again or sanitized.
        let made = images.published.get(&a.to).and_then(|p| p.bytes.as_ref());
        if let Some(bytes) = made {
            out.push(bytes_out(a.to.clone(), Arc::clone(bytes)));
            continue;
        }
        let from = root.join(&a.from);
        out.push(FileOut {
            path: a.to.clone(),
            key: file_key(&from),
            src: Source::File(from),
        });
    }
    problems.extend(super::reserved_paths(assets, is_generated));
    Ok(out)
}

/// Aliases whose redirect page would replace another output: a page, a
/// site or theme file, another alias (`crate::load::aliases::clashes`).
pub fn alias_clashes(
    site: &crate::model::Site,
    theme: &Theme,
    jobs: &[crate::render::Job],
    paths: &[String],
) -> Vec<Diagnostic> {
    use crate::render::Job::{PageAlias, StoryAlias};
    let pages = jobs.iter().zip(paths);
    let pages = pages.filter(|(j, _)| !matches!(j, StoryAlias(..) | PageAlias(..)));
    let files = site
        .assets
        .iter()
        .map(|a| &a.to)
        .chain(theme.statics.iter().map(|(p, _)| p));
    let taken = pages
        .map(|(_, p)| p)
        .chain(files)
        .map(|p| fold_path(p))
        .collect();
    crate::load::aliases::clashes(site, &taken)
}

/// `fold_path`, without a copy when the path is folded already.
fn fold_cow(path: &str) -> Cow<'_, str> {
    let folded = |b: &u8| b.is_ascii() && !b.is_ascii_uppercase();
    match path.bytes().all(|b| folded(&b)) {
        true => Cow::Borrowed(path),
        false => Cow::Owned(fold_path(path)),
    }
}

fn bytes_out(path: String, bytes: Arc<[u8]>) -> FileOut {
    FileOut {
        path,
        key: fingerprint::of(&bytes),
        src: Source::Bytes(bytes),
    }
}

/// A site file's key: its path, size and modification time (reading every
/// image of a large site on each build would cost more than copying them).
fn file_key(path: &Path) -> Fp {
    let mut h = FpHasher::new();
    h.add(path.as_os_str().as_encoded_bytes());
    if let Ok(meta) = std::fs::metadata(path) {
        h.add(&meta.len());
        if let Ok(t) = meta.modified() {
            h.add(&t);
        }
    }
    h.fp()
}
