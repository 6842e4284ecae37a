//! The build cache: what the last build of an output folder wrote (its
//! manifest: every file with the key it was made from). `serve` keeps it in
//! memory; `build` keeps it in the cache folder (`--cache`, by default
//! `.potluck-cache` in the site), which ignores itself in git.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};

use std::sync::Arc;

use crate::incremental::fingerprint::{self, Fp};
use crate::render::MdCache;
use crate::write::OutputStamp;

const HEADER: &str = "potluck-manifest 1";

/// The files of an output folder and the key each was made from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Manifest {
    /// `write::output_stamp` of the folder this describes.
    pub stamp: OutputStamp,
    pub files: HashMap<String, Fp>,
}

impl Manifest {
    pub fn to_text(&self) -> String {
        let mut rows: Vec<_> = self.files.iter().collect();
        rows.sort();
        let mut out = format!("{HEADER}\n{}\n", self.stamp.0);
        for (path, key) in rows {
            out.push_str(&key.hex());
            out.push(' ');
            out.push_str(path);
            out.push('\n');
        }
        out
    }

    /// Reads `to_text`'s form; `None` for anything else (then the build is full).
    pub fn parse(text: &str) -> Option<Manifest> {
        let mut lines = text.lines();
        if lines.next()? != HEADER {
            return None;
        }
        let stamp = OutputStamp(lines.next()?.to_string());
        let mut files = HashMap::new();
        for line in lines {
            let (key, path) = line.split_once(' ')?;
            files.insert(path.to_string(), Fp::parse_hex(key)?);
        }
        Some(Manifest { stamp, files })
    }
}

/// A cache folder.
#[derive(Debug, Clone)]
pub struct CacheDir {
    pub dir: PathBuf,
}

impl CacheDir {
    pub fn new(dir: PathBuf) -> CacheDir {
        CacheDir { dir }
    }

    /// The manifest file for an output folder (several may share a cache).
    fn manifest_path(&self, output: &Path) -> PathBuf {
        let abs = output
            .canonicalize()
            .unwrap_or_else(|_| output.to_path_buf());
        let id = fingerprint::of(abs.as_os_str().as_encoded_bytes());
        self.dir.join(format!("output-{}.txt", &id.hex()[..16]))
    }

    /// The manifest recorded for `output`, if any.
    pub fn manifest(&self, output: &Path) -> Option<Manifest> {
        Manifest::parse(&fs::read_to_string(self.manifest_path(output)).ok()?)
    }

    /// Records `output`'s manifest (written whole, then renamed into place).
    pub fn save_manifest(&self, output: &Path, m: &Manifest) -> Result<()> {
        self.ensure()?;
        let path = self.manifest_path(output);
        let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
        fs::write(&tmp, m.to_text()).with_context(|| format!("cannot write {}", tmp.display()))?;
        fs::rename(&tmp, &path).with_context(|| format!("cannot write {}", path.display()))
    }

    /// The folder of pages by key (`incremental::page_store`).
    pub fn pages_dir(&self) -> PathBuf {
        self.dir.join("pages")
    }

    /// The keys of every file of every output folder recorded here.
    pub fn live_keys(&self) -> std::collections::HashSet<Fp> {
        let mut live = std::collections::HashSet::new();
        for entry in fs::read_dir(&self.dir).into_iter().flatten().flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if !(name.starts_with("output-") && name.ends_with(".txt")) {
                continue;
            }
            let text = fs::read_to_string(entry.path()).unwrap_or_default();
            if let Some(m) = Manifest::parse(&text) {
                live.extend(m.files.into_values());
            }
        }
        live
    }

    /// The folder of the parse cache (`incremental::parse_store`).
    pub fn parsed_dir(&self) -> PathBuf {
        self.dir.join("parsed")
    }

    /// Story HTML saved by the last full build, by Markdown key.
    pub fn markdown(&self) -> MdCache {
        let Ok(bytes) = fs::read(self.dir.join("markdown.bin")) else {
            return MdCache::default();
        };
        let rows: Vec<(Fp, String)> = bincode::deserialize(&bytes).unwrap_or_default();
        rows.into_iter().map(|(k, v)| (k, Arc::from(v))).collect()
    }

    /// Saves story HTML for the next full build (CI runs restore the cache
    /// folder but not the output, so each of them is a full build).
    pub fn save_markdown(&self, md: &MdCache) -> Result<()> {
        self.ensure()?;
        let rows: Vec<(&Fp, &str)> = md.iter().map(|(k, v)| (k, &**v)).collect();
        let bytes = bincode::serialize(&rows)?;
        let path = self.dir.join("markdown.bin");
        let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
        fs::write(&tmp, bytes).with_context(|| format!("cannot write {}", tmp.display()))?;
        fs::rename(&tmp, &path).with_context(|| format!("cannot write {}", path.display()))
    }

    /// Forgets `output`'s manifest (before a full build replaces the folder).
    pub fn forget(&self, output: &Path) {
        let _ = fs::remove_file(self.manifest_path(output));
    }

    /// Creates the folder, with a .gitignore so it never gets committed.
    pub fn ensure(&self) -> Result<()> {
        if !self.dir.is_dir() {
            fs::create_dir_all(&self.dir).with_context(|| {
                format!("cannot create the cache folder {}", self.dir.display())
            })?;
        }
        let ignore = self.dir.join(".gitignore");
        if !ignore.exists() {
            fs::write(
                &ignore,
                "# potluck's build cache: safe to delete, never commit.\n*\n",
            )
            .with_context(|| format!("cannot write {}", ignore.display()))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_round_trips_through_text() {
        let mut m = Manifest {
            stamp: OutputStamp("12-34".into()),
            files: HashMap::new(),
        };
        m.files
            .insert("stories/a b/index.html".into(), fingerprint::of("x"));
        m.files.insert("atom.xml".into(), fingerprint::of("y"));
        assert_eq!(Manifest::parse(&m.to_text()), Some(m));
        assert_eq!(Manifest::parse("something else"), None);
    }
}
