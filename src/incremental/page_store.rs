//! Generated pages by key, kept in the cache folder (`pages/<key>`), so
//! that a full build copies the pages whose key it has instead of rendering
//! them: a CI run that restored the cache but not the output renders only
//! what changed since the cache was saved. A page's key covers everything
//! it is made from (`keys`), so a stored page is the page a render would
//! make. Files are written whole under a temporary name and renamed into
//! place; the output gets copies, never links, so a tool that rewrites the
//! published files in place cannot change what the store holds.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};

use super::fingerprint::Fp;

pub struct PageStore {
    dir: PathBuf,
    /// The keys found in the folder when it was opened.
    have: HashSet<Fp>,
}

impl PageStore {
    /// The store in `dir`, listing what it holds.
    pub fn open(dir: PathBuf) -> PageStore {
        let have = fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .filter_map(|e| Fp::parse_hex(e.ok()?.file_name().to_str()?))
            .collect();
        PageStore { dir, have }
    }

    /// The store in `dir`, for adding pages without looking at what it holds.
    pub fn unlisted(dir: PathBuf) -> PageStore {
        PageStore {
            dir,
            have: HashSet::new(),
        }
    }

    /// The stored page with this key, if the folder held it when opened.
    pub fn get(&self, key: &Fp) -> Option<PathBuf> {
        self.have.contains(key).then(|| self.path(key))
    }

    fn path(&self, key: &Fp) -> PathBuf {
        self.dir.join(key.hex())
    }

    /// Keeps a rendered page (nothing to do when the store has it).
    pub fn put(&self, key: &Fp, bytes: &[u8]) -> Result<()> {
        if self.have.contains(key) {
            return Ok(());
        }
        let path = self.path(key);
        let tmp = tmp_path(&path);
        let write = || -> std::io::Result<()> {
            match fs::write(&tmp, bytes) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    fs::create_dir_all(&self.dir)?;
                    fs::write(&tmp, bytes)
                }
                other => other,
            }?;
            fs::rename(&tmp, &path)
        };
        write().with_context(|| format!("cannot write {}", path.display()))
    }

    /// Removes the pages whose key is not in `live` (no output folder
    /// recorded in the cache has them).
    pub fn keep_only(&self, live: &HashSet<Fp>) {
        for key in self.have.difference(live) {
            let _ = fs::remove_file(self.path(key));
        }
    }
}

fn tmp_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".tmp-{}", std::process::id()));
    path.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_pages_are_found_by_key_until_no_output_has_them() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("pages");
        let (a, b) = (
            crate::incremental::fingerprint::of("a"),
            crate::incremental::fingerprint::of("b"),
        );
        let store = PageStore::unlisted(dir.clone());
        store.put(&a, b"page a").unwrap();
        store.put(&b, b"page b").unwrap();
        let store = PageStore::open(dir.clone());
        assert_eq!(fs::read(store.get(&a).unwrap()).unwrap(), b"page a");
        store.keep_only(&[b].into());
        let store = PageStore::open(dir);
        assert!(store.get(&a).is_none());
        assert_eq!(fs::read(store.get(&b).unwrap()).unwrap(), b"page b");
    }
}
