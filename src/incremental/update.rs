//! In-place updates of a previous output: an incremental build writes only
//! the files that changed, into a folder beside the site, then moves them in.
//!
//! The moves are listed in a journal first. A build killed before the journal
//! exists leaves the old site untouched; one killed after it is completed by
//! the next build (`recover`), so every file of the site is always whole and
//! the site never stays half old, half new.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use anyhow::{bail, Context as _, Result};

/// Changed files waiting beside the output folder.
pub struct Update {
    side: PathBuf,
    target: PathBuf,
    moves: Mutex<Vec<(String, String)>>,
    next: AtomicUsize,
    done: bool,
}

fn journal_path(target: &Path) -> PathBuf {
    crate::write::sibling(target, "potluck-journal")
}

impl Update {
    /// An empty side folder for `target` (which must exist), after removing
    /// the folders of builds that were killed.
    pub fn new(target: &Path) -> Result<Update> {
        crate::write::remove_leftovers_of(target)?;
        let side = crate::write::sibling(target, &format!("potluck-tmp-{}", std::process::id()));
        if side.exists() {
            fs::remove_dir_all(&side)
                .with_context(|| format!("cannot clear {}", side.display()))?;
        }
        fs::create_dir(&side).with_context(|| format!("cannot create {}", side.display()))?;
        Ok(Update {
            side,
            target: target.to_path_buf(),
            moves: Mutex::new(Vec::new()),
            next: AtomicUsize::new(0),
            done: false,
        })
    }

    /// Stages `bytes` as the new content of `rel`.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let tmp = self.reserve(rel)?;
        fs::write(self.side.join(&tmp), bytes)
            .with_context(|| format!("cannot write {}", self.side.join(&tmp).display()))?;
        self.record(tmp, rel);
        Ok(())
    }

    /// Stages a copy of `from` as the new content of `rel`.
    pub fn copy(&self, from: &Path, rel: &str) -> Result<()> {
        let tmp = self.reserve(rel)?;
        fs::copy(from, self.side.join(&tmp))
            .with_context(|| format!("cannot copy {}", from.display()))?;
        self.record(tmp, rel);
        Ok(())
    }

    fn reserve(&self, rel: &str) -> Result<String> {
        if !crate::load::is_safe_relative(rel) {
            bail!("refusing to write outside the output folder: {rel:?}");
        }
        Ok(self.next.fetch_add(1, Ordering::Relaxed).to_string())
    }

    fn record(&self, tmp: String, rel: &str) {
        if let Ok(mut m) = self.moves.lock() {
            m.push((tmp, rel.to_string()));
        }
    }

    /// Writes the journal, runs `before_apply` (which records the new state),
    /// then moves the staged files in and removes `removed`.
    pub fn commit(
        mut self,
        removed: &[String],
        before_apply: impl FnOnce() -> Result<()>,
    ) -> Result<()> {
        let moves =
            std::mem::take(&mut *self.moves.lock().map_err(|_| anyhow::anyhow!("poisoned"))?);
        let mut text = format!(
            "S\t{}\n",
            self.side.file_name().unwrap_or_default().to_string_lossy()
        );
        for (tmp, rel) in &moves {
            text.push_str(&format!("M\t{tmp}\t{rel}\n"));
        }
        for rel in removed {
            text.push_str(&format!("D\t{rel}\n"));
        }
        let journal = journal_path(&self.target);
        let tmp = journal.with_extension("new");
        fs::write(&tmp, &text).with_context(|| format!("cannot write {}", tmp.display()))?;
        fs::rename(&tmp, &journal)
            .with_context(|| format!("cannot write {}", journal.display()))?;
        self.done = true;
        before_apply()?;
        apply(&self.target, &text)?;
        fs::remove_file(&journal).with_context(|| format!("cannot remove {}", journal.display()))
    }
}

impl Drop for Update {
    fn drop(&mut self) {
        if !self.done {
            let _ = fs::remove_dir_all(&self.side);
        }
    }
}

/// Completes an update a killed build had committed; nothing when there is none.
pub fn recover(target: &Path) -> Result<()> {
    let journal = journal_path(target);
    let Ok(text) = fs::read_to_string(&journal) else {
        return Ok(());
    };
    apply(target, &text)?;
    fs::remove_file(&journal).with_context(|| format!("cannot remove {}", journal.display()))
}

/// Carries out a journal: moves, then removals, then the side folder goes.
/// Safe to repeat: moves already done and files already gone are skipped.
fn apply(target: &Path, journal: &str) -> Result<()> {
    let parent = target.parent().unwrap_or(Path::new("."));
    let mut side = None;
    for line in journal.lines() {
        let mut f = line.split('\t');
        match (f.next(), f.next(), f.next()) {
            (Some("S"), Some(name), None) if name.starts_with('.') && !name.contains('/') => {
                side = Some(parent.join(name));
            }
            (Some("M"), Some(tmp), Some(rel)) if crate::load::is_safe_relative(rel) => {
                let Some(side) = &side else {
                    bail!("journal without its folder")
                };
                let from = side.join(tmp);
                if !from.exists() {
                    continue;
                }
                let to = target.join(rel);
                if let Some(dir) = to.parent() {
                    fs::create_dir_all(dir)
                        .with_context(|| format!("cannot create {}", dir.display()))?;
                }
                fs::rename(&from, &to)
                    .with_context(|| format!("cannot move {} into place", to.display()))?;
            }
            (Some("D"), Some(rel), None) if crate::load::is_safe_relative(rel) => {
                let path = target.join(rel);
                if fs::remove_file(&path).is_ok() {
                    remove_empty_parents(target, &path);
                }
            }
            _ => bail!(
                "unreadable journal line {line:?} in {}",
                journal_path(target).display()
            ),
        }
    }
    if let Some(side) = side {
        let _ = fs::remove_dir_all(side);
    }
    Ok(())
}

/// Removes the folders a removed file leaves empty, up to (not including) `root`,
/// so the site matches what a full build writes.
fn remove_empty_parents(root: &Path, file: &Path) {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d == root || !d.starts_with(root) || fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        fs::create_dir_all(out.join("stories/old")).unwrap();
        fs::write(out.join("index.html"), "old home").unwrap();
        fs::write(out.join("stories/old/index.html"), "old story").unwrap();
        (dir, out)
    }

    #[test]
    fn an_update_dropped_before_its_journal_leaves_the_site_as_it_was() {
        let (dir, out) = site();
        let u = Update::new(&out).unwrap();
        u.write("index.html", b"new home").unwrap();
        drop(u);
        assert_eq!(
            fs::read_to_string(out.join("index.html")).unwrap(),
            "old home"
        );
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "side folder left"
        );
    }

    #[test]
    fn a_build_killed_after_its_journal_is_completed_by_the_next() {
        let (dir, out) = site();
        let u = Update::new(&out).unwrap();
        u.write("index.html", b"new home").unwrap();
        u.write("stories/new/index.html", b"new story").unwrap();
        // Killed right after the journal: `before_apply` never returns.
        let killed = u.commit(&["stories/old/index.html".into()], || {
            anyhow::bail!("killed")
        });
        assert!(killed.is_err());
        assert_eq!(
            fs::read_to_string(out.join("index.html")).unwrap(),
            "old home"
        );
        recover(&out).unwrap();
        assert_eq!(
            fs::read_to_string(out.join("index.html")).unwrap(),
            "new home"
        );
        assert_eq!(
            fs::read_to_string(out.join("stories/new/index.html")).unwrap(),
            "new story"
        );
        assert!(
            !out.join("stories/old").exists(),
            "a removed page's folder stays"
        );
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "journal or side folder left"
        );
        recover(&out).unwrap();
    }
}
