//! The files a build copies: theme static files, the site's static files and
//! story bundles' assets, and resized avatars; each with its cache key.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::incremental::fingerprint::{self, Fp, FpHasher};
use crate::load::fold_path;
use crate::model::Asset;
use crate::render::images::Images;
use crate::render::theme::Theme;
use crate::util::diag::Diagnostic;

/// Where a copied file's bytes come from.
pub enum Source {
    Bytes(Vec<u8>),
    File(PathBuf),
}

/// One copied file.
pub struct FileOut {
    pub path: String,
    pub key: Fp,
    pub src: Source,
}

/// Every copied file: avatars, then theme static files, then the site's
/// (which win over the theme's); none may replace a generated page, and a
/// site file that would is a problem.
pub fn plan(
    root: &Path,
    theme: &Theme,
    assets: &[Asset],
    images: &Images,
    generated: &HashSet<&str>,
    problems: &mut Vec<Diagnostic>,
) -> anyhow::Result<Vec<FileOut>> {
    let mut out = Vec::new();
    for (path, bytes) in images.avatars.iter().flatten().flat_map(|a| &a.files) {
        out.push(bytes_out(path.clone(), bytes.clone()));
    }
    let site_paths: BTreeSet<&str> = assets.iter().map(|a| a.to.as_str()).collect();
    for (to, bytes) in &theme.statics {
        if !site_paths.contains(to.as_str()) && !generated.contains(to.as_str()) {
            out.push(bytes_out(to.clone(), bytes.read()?));
        }
    }
    // Compared as case-insensitive, normalising file systems see them.
    // Generated paths are nearly all folded already: borrowed, not copied.
    let folded: HashSet<Cow<str>> = generated.par_iter().map(|g| fold_cow(g)).collect();
    let is_generated = |p: &str| folded.contains(&fold_cow(p));
    for a in assets.iter().filter(|a| !is_generated(&a.to)) {
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

/// `fold_path`, without a copy when the path is folded already.
fn fold_cow(path: &str) -> Cow<'_, str> {
    let folded = |b: &u8| b.is_ascii() && !b.is_ascii_uppercase();
    match path.bytes().all(|b| folded(&b)) {
        true => Cow::Borrowed(path),
        false => Cow::Owned(fold_path(path)),
    }
}

fn bytes_out(path: String, bytes: Vec<u8>) -> FileOut {
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
