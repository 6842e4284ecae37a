//! The folder `serve` builds into: its own, in the temporary folder, so a
//! preview never touches the site's public/ and is removed when serve stops.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

const PREFIX: &str = "potluck-serve-";

/// `TMPDIR/potluck-serve-PID/`, holding the built `site/` (and, while a build
/// runs, its staging folder beside it).
pub struct OutputDir {
    base: PathBuf,
}

impl OutputDir {
    /// Creates the folder, first removing those of servers that were killed
    /// before they could clean up.
    pub fn create() -> io::Result<OutputDir> {
        let tmp = std::env::temp_dir();
        remove_leftovers(&tmp);
        let base = tmp.join(format!("{PREFIX}{}", std::process::id()));
        if base.exists() {
            fs::remove_dir_all(&base)?;
        }
        fs::create_dir_all(&base)?;
        // Canonical, so request paths can be checked against it by prefix.
        let base = base.canonicalize()?;
        Ok(OutputDir { base })
    }

    /// Where the site is built (it does not exist before the first good build).
    pub fn site(&self) -> PathBuf {
        self.base.join("site")
    }

    pub fn base(&self) -> &Path {
        &self.base
    }
}

impl Drop for OutputDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.base);
    }
}

fn remove_leftovers(tmp: &Path) {
    let Ok(entries) = fs::read_dir(tmp) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let pid = name
            .to_str()
            .and_then(|n| n.strip_prefix(PREFIX))
            .and_then(|p| p.parse::<u32>().ok());
        if let Some(pid) = pid {
            if pid != std::process::id() && !crate::write::running(pid) {
                let _ = fs::remove_dir_all(entry.path());
            }
        }
    }
}

/// On Ctrl-C or SIGTERM, removes `base` and exits. Must be called before any
/// other thread starts: the signals are blocked in every thread but the one
/// waiting for them, so none is interrupted halfway through a write.
#[cfg(target_os = "linux")]
pub fn remove_on_exit(base: PathBuf) {
    // SAFETY: plain libc calls on a local, initialised signal set.
    let set = unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::sigaddset(&mut set, libc::SIGTERM);
        libc::sigaddset(&mut set, libc::SIGHUP);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
        set
    };
    std::thread::spawn(move || {
        let mut sig = 0;
        // SAFETY: `set` is a valid signal set and `sig` a valid out pointer.
        unsafe { libc::sigwait(&set, &mut sig) };
        let _ = fs::remove_dir_all(&base);
        eprintln!("\nstopped; removed {}", base.display());
        std::process::exit(0);
    });
}

/// Elsewhere the folder is removed by the next `serve` instead.
#[cfg(not(target_os = "linux"))]
pub fn remove_on_exit(_base: PathBuf) {}
