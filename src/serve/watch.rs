//! Watching the site's sources: native events (or polling with `--poll`),
//! filtered to what a build reads, and debounced into batches.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::{Duration, Instant};

use notify::event::Flag;
use notify::{
    Event, EventKind, EventKindMask, PollWatcher, RecommendedWatcher, RecursiveMode, Watcher,
};

/// What a build reads, by name under the site root. Each may appear after
/// the server started (a first template override, say).
pub const WATCHED: &[&str] = &["content", "themes", "templates", "static", "site.yaml"];

/// An editor's save is a burst of events (write, rename, chmod) within a
/// millisecond or two; a batch ends after this much quiet (a rebuild that
/// read a file mid-save is followed by another, as the save goes on)...
const QUIET: Duration = Duration::from_millis(10);
/// ...or after this long, so a stream of changes cannot hold a rebuild back.
const MAX_WAIT: Duration = Duration::from_millis(300);
/// Stands for "some events were lost" in a batch.
const RESCAN: &str = "(events lost, rescanning)";
/// How often `--poll` compares file times.
const POLL_EVERY: Duration = Duration::from_millis(250);

/// Why watching could not start.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    #[error("cannot watch {path}: {source}")]
    Watch {
        path: PathBuf,
        source: notify::Error,
    },
    #[error("cannot start the file watcher: {0}")]
    Start(notify::Error),
}

/// Starts watching `root`; each item received is one batch of changed files
/// (relative to `root`). Paths under `ignore` never count.
pub fn spawn(
    root: &Path,
    poll: bool,
    ignore: Vec<PathBuf>,
) -> Result<Receiver<Vec<PathBuf>>, WatchError> {
    let (events_tx, events_rx) = mpsc::channel();
    // Changes only: a build opens every file it reads, and with access
    // events included that flood can overflow the kernel's queue and lose
    // the edit made meanwhile.
    let config = notify::Config::default().with_event_kinds(EventKindMask::CORE);
    let mut watcher: Box<dyn Watcher + Send> = if poll {
        let config = config.with_poll_interval(POLL_EVERY);
        Box::new(PollWatcher::new(events_tx, config).map_err(WatchError::Start)?)
    } else {
        Box::new(RecommendedWatcher::new(events_tx, config).map_err(WatchError::Start)?)
    };
    // The root itself, not recursively: it tells when a watched folder
    // appears, and it covers a root-level site.yaml.
    add(&mut *watcher, root, RecursiveMode::NonRecursive)?;
    for name in WATCHED {
        let path = root.join(name);
        if path.is_dir() {
            add(&mut *watcher, &path, RecursiveMode::Recursive)?;
        }
    }
    let (batches_tx, batches_rx) = mpsc::channel();
    let filter = Filter {
        root: root.to_path_buf(),
        ignore,
    };
    thread::spawn(move || watch_loop(watcher, events_rx, batches_tx, filter));
    Ok(batches_rx)
}

/// Whether events were lost before or during this batch, so it does not
/// name every change.
pub fn lost(batch: &[PathBuf]) -> bool {
    batch.iter().any(|p| p.as_os_str() == RESCAN)
}

fn add(watcher: &mut dyn Watcher, path: &Path, mode: RecursiveMode) -> Result<(), WatchError> {
    watcher
        .watch(path, mode)
        .map_err(|source| WatchError::Watch {
            path: path.to_path_buf(),
            source,
        })
}

/// Owns the watcher (watching stops when it is dropped), batches events, and
/// adds a watch for each watched folder that appears.
fn watch_loop(
    mut watcher: Box<dyn Watcher + Send>,
    events: Receiver<notify::Result<Event>>,
    batches: Sender<Vec<PathBuf>>,
    filter: Filter,
) {
    while let Ok(first) = events.recv() {
        let mut batch = BTreeSet::new();
        filter.take(first, &mut batch);
        if batch.is_empty() {
            // Only a relevant change opens a batch.
            continue;
        }
        let start = Instant::now();
        loop {
            match events.recv_timeout(QUIET) {
                Ok(ev) => filter.take(ev, &mut batch),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
            if start.elapsed() > MAX_WAIT {
                break;
            }
        }
        let lost = batch.contains(Path::new(RESCAN));
        for name in WATCHED {
            let path = filter.root.join(name);
            // A new top-level folder (files created in it before the watch
            // was added are read by the rebuild anyway), or all of them
            // after lost events.
            if (lost || batch.contains(Path::new(name))) && path.is_dir() {
                if let Err(e) = add(&mut *watcher, &path, RecursiveMode::Recursive) {
                    eprintln!("warning: {e}");
                }
            }
        }
        if batches.send(batch.into_iter().collect()).is_err() {
            return;
        }
    }
}

/// Which changed paths a rebuild needs to hear about.
struct Filter {
    root: PathBuf,
    ignore: Vec<PathBuf>,
}

impl Filter {
    fn take(&self, event: notify::Result<Event>, batch: &mut BTreeSet<PathBuf>) {
        let event = match event {
            Ok(ev) => ev,
            Err(e) => {
                // Typically the inotify watch limit: say what to do about it.
                eprintln!("warning: file watching: {e} (try `potluck serve --poll`)");
                // A change may have gone unseen: look at every file.
                batch.insert(PathBuf::from(RESCAN));
                return;
            }
        };
        if event.flag() == Some(Flag::Rescan) {
            // Events were lost (the queue overflowed): anything may have
            // changed, so rebuild; the build reads every file anyway.
            batch.insert(PathBuf::from(RESCAN));
            return;
        }
        // Opening and reading files (the build itself does) changes nothing.
        if matches!(event.kind, EventKind::Access(_)) {
            return;
        }
        for path in event.paths {
            if let Some(rel) = self.relevant(&path) {
                batch.insert(rel);
            }
        }
    }

    /// `path` relative to the root, if a build reads it.
    fn relevant(&self, path: &Path) -> Option<PathBuf> {
        if self.ignore.iter().any(|i| path.starts_with(i)) {
            return None;
        }
        let rel = path.strip_prefix(&self.root).ok()?;
        let mut parts = rel.components();
        let top = parts.next()?.as_os_str().to_str()?;
        if !WATCHED.contains(&top) {
            return None;
        }
        let skipped = rel.components().any(|c| match c {
            Component::Normal(n) => {
                let n = n.to_string_lossy();
                n.starts_with(".potluck") || n == ".git"
            }
            _ => true,
        });
        let name = rel.file_name()?.to_string_lossy();
        (!skipped && !is_editor_scratch(&name)).then(|| rel.to_path_buf())
    }
}

/// Files editors write beside the one being saved (swap files, backups, the
/// probe Vim writes to test a folder): not part of the site, not a change.
fn is_editor_scratch(name: &str) -> bool {
    name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.starts_with(".#")
        || name == "4913"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_a_build_reads_counts() {
        let f = Filter {
            root: PathBuf::from("/site"),
            ignore: vec![PathBuf::from("/site/content/.out")],
        };
        let yes = |p: &str| f.relevant(Path::new(p)).is_some();
        assert!(yes("/site/content/stories/a.md"));
        assert!(yes("/site/templates/partials/counts.html"));
        assert!(yes("/site/themes/default/static/style.css"));
        assert!(yes("/site/site.yaml"));
        assert!(!yes("/site/public/index.html"));
        assert!(!yes("/site/.potluck-cache/x"));
        assert!(!yes("/site/content/.potluck-cache/x"));
        assert!(!yes("/site/content/.out/index.html"));
        assert!(!yes("/site/content/stories/.a.md.swp"));
        assert!(!yes("/site/content/stories/a.md~"));
        assert!(!yes("/site/README.md"));
        assert!(!yes("/elsewhere/content/a.md"));
    }
}
