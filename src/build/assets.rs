//! The files a build copies: theme static files, the site's static files and
//! story bundles' assets, and resized avatars; each with its cache key.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::fingerprint::{self, Fp, FpHasher};
use crate::images::Images;
use crate::load::fold_path;
use crate::model::Asset;
use crate::theme::Theme;

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
    generated: &BTreeSet<String>,
    problems: &mut Vec<Diagnostic>,
) -> anyhow::Result<Vec<FileOut>> {
    let mut out = Vec::new();
    for (path, bytes) in images.avatars.iter().flatten().flat_map(|a| &a.files) {
        out.push(bytes_out(path.clone(), bytes.clone()));
    }
    let site_paths: BTreeSet<&str> = assets.iter().map(|a| a.to.as_str()).collect();
    for (to, bytes) in &theme.statics {
        if !site_paths.contains(to.as_str()) && !generated.contains(to) {
            out.push(bytes_out(to.clone(), bytes.read()?));
        }
    }
    // Compared as case-insensitive, normalising file systems see them.
    let folded: BTreeSet<String> = generated.iter().map(|g| fold_path(g)).collect();
    let is_generated = |p: &str| folded.contains(&fold_path(p));
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
