//! The output's own list of the files potluck wrote, so replacing an output
//! removes only those: a CNAME, a `.well-known/` or anything else the brand
//! put into the output folder is carried into the new site.

use std::collections::{BTreeSet, HashSet};
use std::fs;
use std::path::Path;

use anyhow::{bail, Context as _, Result};

/// The manifest's file name, beside the marker in every output.
pub const MANIFEST: &str = ".potluck-manifest.json";

/// Writes the manifest listing `files` (paths relative to `dir`) into `dir`.
pub fn write(dir: &Path, files: &BTreeSet<String>) -> Result<()> {
    let path = dir.join(MANIFEST);
    let text = serde_json::to_string_pretty(files)?;
    fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))
}

/// The files a previous output lists as potluck's; `None` when it has no
/// manifest (an output written before manifests: all of it is potluck's).
pub fn read(dir: &Path) -> Result<Option<BTreeSet<String>>> {
    let path = dir.join(MANIFEST);
    let text = match fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let files = serde_json::from_str(&text).with_context(|| {
        format!(
            "{} is not a potluck manifest; remove it and the files potluck wrote",
            path.display()
        )
    })?;
    Ok(Some(files))
}

/// What in the output folder `dir` potluck did not write: paths relative to
/// `dir`, a folder listed whole when nothing in it is potluck's. Symbolic
/// links are entries like files, never followed.
pub fn foreign(dir: &Path) -> Result<Vec<String>> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let Some(files) = read(dir)? else {
        return Ok(Vec::new());
    };
    let mut folders: HashSet<&str> = HashSet::new();
    for f in &files {
        let mut at = f.as_str();
        while let Some((parent, _)) = at.rsplit_once('/') {
            folders.insert(parent);
            at = parent;
        }
    }
    let mut out = Vec::new();
    collect(dir, "", &files, &folders, &mut out)?;
    Ok(out)
}

fn collect(
    dir: &Path,
    prefix: &str,
    files: &BTreeSet<String>,
    folders: &HashSet<&str>,
    out: &mut Vec<String>,
) -> Result<()> {
    let here = dir.join(prefix);
    let entries = fs::read_dir(&here).with_context(|| format!("cannot read {}", here.display()))?;
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let rel = if prefix.is_empty() {
            name
        } else {
            format!("{prefix}/{name}")
        };
        if rel == super::MARKER || rel == MANIFEST || files.contains(&rel) {
            continue;
        }
        if entry.file_type()?.is_dir() && folders.contains(rel.as_str()) {
            collect(dir, &rel, files, folders, out)?;
        } else {
            out.push(rel);
        }
    }
    Ok(())
}

/// Fails, before anything is replaced, when the new site writes a path that
/// holds a file potluck did not write.
pub fn refuse_clashes(target: &Path, foreign: &[String], new: &BTreeSet<String>) -> Result<()> {
    let writes_at = |f: &String| {
        new.contains(f)
            || new
                .range(format!("{f}/")..)
                .next()
                .is_some_and(|n| n.starts_with(&format!("{f}/")))
    };
    let clashes: Vec<&String> = foreign.iter().filter(|f| writes_at(f)).collect();
    if let Some(first) = clashes.first() {
        bail!(
            "{} was not written by potluck, and the new site writes {} there ({} such path{}); move it out of the output folder and build again",
            target.join(first).display(),
            first,
            clashes.len(),
            if clashes.len() == 1 { "" } else { "s" }
        );
    }
    Ok(())
}

/// Moves what potluck did not write from the replaced output `old` into the
/// new one at `new`.
pub fn carry(old: &Path, new: &Path, foreign: &[String]) -> Result<()> {
    for rel in foreign {
        let to = new.join(rel);
        if let Some(parent) = to.parent() {
            fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        fs::rename(old.join(rel), &to)
            .with_context(|| format!("cannot keep {} in the new site", to.display()))?;
    }
    Ok(())
}
