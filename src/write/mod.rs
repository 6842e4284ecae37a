//! Write: the site goes to a temporary folder beside the target, then is swapped
//! in, so a failed or interrupted build leaves the previous site untouched.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _, Result};
use rayon::prelude::*;

/// A file in every potluck output, so `--output` can tell its own folders from others.
pub const MARKER: &str = ".potluck-output";

/// A folder being filled; dropped without `commit`, it is removed.
pub struct Staging {
    pub dir: PathBuf,
    target: PathBuf,
    done: bool,
}

impl Staging {
    /// Creates an empty temporary folder beside `target`, first removing the
    /// ones that builds killed before they could clean up left behind.
    pub fn new(target: &Path) -> Result<Staging> {
        let (parent, name) = parent_and_name(target);
        fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
        remove_leftovers(parent, &name)?;
        let dir = sibling(target, &format!("potluck-tmp-{}", std::process::id()));
        if dir.exists() {
            fs::remove_dir_all(&dir).with_context(|| format!("cannot clear {}", dir.display()))?;
        }
        fs::create_dir(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
        Ok(Staging {
            dir,
            target: target.to_path_buf(),
            done: false,
        })
    }

    /// Writes `rel` (a `/`-separated path from validated slugs) inside the staging folder.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let path = self.inside(rel)?;
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))
    }

    /// Copies a file into the staging folder.
    pub fn copy(&self, from: &Path, rel: &str) -> Result<()> {
        let path = self.inside(rel)?;
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        fs::copy(from, &path)
            .with_context(|| format!("cannot copy {} to {}", from.display(), path.display()))?;
        Ok(())
    }

    /// The full path for `rel`, refusing anything that could leave the folder.
    fn inside(&self, rel: &str) -> Result<PathBuf> {
        if !crate::load::is_safe_relative(rel) {
            bail!("refusing to write outside the output folder: {rel:?}");
        }
        Ok(self.dir.join(rel))
    }

    /// Swaps the staging folder in place of the target.
    ///
    /// On Linux the two folders trade places in one atomic step, so a build
    /// killed at any moment leaves either the old site or the new one, whole;
    /// the old one is then removed from the staging name (or by the next build,
    /// if this one is killed first). Elsewhere, two renames leave a moment
    /// without a site, never a half-written one.
    pub fn commit(mut self) -> Result<()> {
        fs::write(
            self.dir.join(MARKER),
            "This folder was written by potluck; it is replaced on every build.\n",
        )?;
        if self.target.exists() && exchange(&self.dir, &self.target)? {
            self.done = true;
            return remove_tree(&self.dir)
                .with_context(|| format!("cannot remove the old site in {}", self.dir.display()));
        }
        let old = self.target.with_file_name(format!(
            ".{}.potluck-old-{}",
            self.target
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            std::process::id()
        ));
        let had_old = self.target.exists();
        if had_old {
            fs::rename(&self.target, &old)
                .with_context(|| format!("cannot move the old {} aside", self.target.display()))?;
        }
        if let Err(e) = fs::rename(&self.dir, &self.target) {
            if had_old {
                let _ = fs::rename(&old, &self.target);
            }
            return Err(e)
                .with_context(|| format!("cannot move the new site to {}", self.target.display()));
        }
        self.done = true;
        if had_old {
            remove_tree(&old).with_context(|| format!("cannot remove {}", old.display()))?;
        }
        Ok(())
    }
}

/// The folder `target` is in, and its name.
fn parent_and_name(target: &Path) -> (&Path, String) {
    let parent = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    (parent, name)
}

/// Removes what killed builds left beside `target` (see `remove_leftovers`).
pub(crate) fn remove_leftovers_of(target: &Path) -> Result<()> {
    let (parent, name) = parent_and_name(target);
    remove_leftovers(parent, &name)
}

/// `.NAME.SUFFIX` beside `target`: where builds keep what belongs to it.
pub(crate) fn sibling(target: &Path, suffix: &str) -> PathBuf {
    let (parent, name) = parent_and_name(target);
    parent.join(format!(".{name}.{suffix}"))
}

/// Removes a folder tree, its subfolders in parallel: removing the previous
/// site of a large community is thousands of unlinks.
pub fn remove_tree(dir: &Path) -> io::Result<()> {
    let entries: Vec<fs::DirEntry> = fs::read_dir(dir)?.collect::<io::Result<_>>()?;
    entries.into_par_iter().try_for_each(|e| {
        if e.file_type()?.is_dir() {
            remove_tree(&e.path())
        } else {
            fs::remove_file(e.path())
        }
    })?;
    fs::remove_dir(dir)
}

/// Identifies the output a full build wrote (its marker file's inode and
/// time), so an incremental build knows the folder is the one it recorded.
pub fn output_stamp(target: &Path) -> Option<String> {
    let meta = fs::metadata(target.join(MARKER)).ok()?;
    let modified = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    #[cfg(unix)]
    let ino = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let ino = 0u64;
    Some(format!("{ino}-{}", modified.as_nanos()))
}

/// Swaps two folders atomically (`renameat2` with `RENAME_EXCHANGE`); false
/// when the system or file system cannot, so the caller falls back to renames.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> Result<bool> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| CString::new(p.as_os_str().as_bytes()).context("path with a NUL byte");
    let (ca, cb) = (c(a)?, c(b)?);
    // SAFETY: both pointers are valid NUL-terminated strings for the call's duration.
    let rc = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            ca.as_ptr(),
            libc::AT_FDCWD,
            cb.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if rc == 0 {
        return Ok(true);
    }
    let err = io::Error::last_os_error();
    match err.raw_os_error() {
        Some(libc::ENOSYS | libc::EINVAL | libc::EOPNOTSUPP) => Ok(false),
        _ => Err(err).with_context(|| format!("cannot swap {} into place", b.display())),
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> Result<bool> {
    Ok(false)
}

/// Removes `.NAME.potluck-tmp-PID` and `.NAME.potluck-old-PID` folders in
/// `parent` whose build is no longer running.
fn remove_leftovers(parent: &Path, name: &str) -> Result<()> {
    let Ok(entries) = fs::read_dir(parent) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(pid) = file.to_str().and_then(|f| leftover_pid(f, name)) else {
            continue;
        };
        if pid != std::process::id() && !running(pid) {
            let path = entry.path();
            fs::remove_dir_all(&path)
                .with_context(|| format!("cannot remove the leftover {}", path.display()))?;
        }
    }
    Ok(())
}

/// The process id in a leftover folder's name, if `file` is one for `name`.
fn leftover_pid(file: &str, name: &str) -> Option<u32> {
    let rest = file.strip_prefix('.')?.strip_prefix(name)?;
    let pid = rest
        .strip_prefix(".potluck-tmp-")
        .or_else(|| rest.strip_prefix(".potluck-old-"))?;
    pid.parse().ok()
}

/// Whether a build with this process id may still be writing.
pub(crate) fn running(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        // Without /proc, assume it is: a leftover costs disk space, removing
        // a running build's folder would break it.
        true
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.done {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// Refuses output folders whose replacement would destroy something else.
pub fn check_output(root: &Path, output: &Path) -> Result<()> {
    let abs = |p: &Path| -> io::Result<PathBuf> {
        match p.canonicalize() {
            Ok(c) => Ok(c),
            Err(_) => {
                let parent = p
                    .parent()
                    .filter(|x| !x.as_os_str().is_empty())
                    .unwrap_or(Path::new("."));
                Ok(parent
                    .canonicalize()?
                    .join(p.file_name().unwrap_or_default()))
            }
        }
    };
    let root = abs(root).with_context(|| format!("site folder {} not found", root.display()))?;
    let out = abs(output)
        .with_context(|| format!("cannot resolve output folder {}", output.display()))?;
    if root.starts_with(&out) {
        bail!(
            "--output {} would replace the site folder itself; choose a folder like {}",
            output.display(),
            root.join("public").display()
        );
    }
    for keep in ["content", "themes", "templates", ".git"] {
        if out.starts_with(root.join(keep)) {
            bail!("--output {} is inside {keep}/, which the build reads; choose a folder like public/", output.display());
        }
    }
    if out.is_dir() && !out.join(MARKER).exists() && fs::read_dir(&out)?.next().is_some() {
        bail!("--output {} is a folder with other files in it, not a previous potluck output; choose an empty or new folder", output.display());
    }
    Ok(())
}
