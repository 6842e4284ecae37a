//! `potluck serve`: build into a folder of its own, serve it over HTTP, and
//! rebuild through [`build_changed`] (one long-lived session) on every change.
//!
//! Files: `watch` (what changed), `http` (answering requests), `path` (URL to
//! file, safely), `mime` (content types), `reload` (telling the tabs),
//! `output` (the serve-owned output folder).

mod conn;
mod http;
mod mime;
mod output;
mod path;
mod reload;
mod watch;

use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::mpsc::Receiver;
use std::sync::Arc;
use std::time::Instant;

use crate::pipeline::{build_changed, BuildError, BuildOptions, Session};
use crate::util::diag::Diagnostic;
use reload::Hub;

/// Everything `potluck serve` was asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    /// 0 asks the system for a free port.
    pub port: u16,
    pub open: bool,
    pub drafts: bool,
    pub poll: bool,
    /// The build's date, fixed for the whole session (restart to move it).
    pub today: crate::model::Today,
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("{addr} is already in use (another `potluck serve`?); choose another port with --port, or --port 0 for any free one")]
    PortInUse { addr: SocketAddr },
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("site folder {0} not found")]
    NoRoot(PathBuf),
    #[error("cannot create the output folder: {0}")]
    Output(std::io::Error),
    #[error(transparent)]
    Watch(#[from] watch::WatchError),
    #[error("the first build failed: {0:#}")]
    Build(anyhow::Error),
    #[error("cannot start the HTTP server: {0}")]
    Http(String),
}

/// Builds, serves and rebuilds until stopped (Ctrl-C).
pub fn run(opts: &ServeOptions) -> Result<(), ServeError> {
    few_malloc_arenas();
    let root = opts
        .root
        .canonicalize()
        .map_err(|_| ServeError::NoRoot(opts.root.clone()))?;
    let out = output::OutputDir::create().map_err(ServeError::Output)?;
    output::remove_on_exit(out.base().to_path_buf());
    let listener = bind(opts.bind, opts.port)?;
    let addr = listener.local_addr().map_err(|source| ServeError::Bind {
        addr: SocketAddr::new(opts.bind, opts.port),
        source,
    })?;
    let url = local_url(addr);
    let build_opts = BuildOptions {
        root: root.clone(),
        output: out.site(),
        base_url: Some(url.clone()),
        drafts: opts.drafts,
        today: opts.today,
    };
    let hub = Arc::new(Hub::default());
    let mut session = Session::for_serve();
    // Watching starts before the first build: rebuilds look again only at
    // the files the watcher reports, so an edit made while the first build
    // reads the files must be reported too.
    let changes = watch::spawn(&root, opts.poll, vec![out.base().to_path_buf()])?;
    if let Err(BuildError::Other(e)) = rebuild(&build_opts, &mut session, &hub, None) {
        return Err(ServeError::Build(e));
    }
    {
        let hub = hub.clone();
        std::thread::spawn(move || rebuild_loop(changes, build_opts, session, &hub));
    }
    announce(opts, &root, &url, &out.site());
    Hub::keep_alive(hub.clone());
    let site = http::Site {
        root: out.site(),
        hub,
    };
    conn::run(listener, Arc::new(site));
    Err(ServeError::Http("no HTTP worker could be started".into()))
}

/// Caps glibc's malloc (used by the C libraries under potluck; Rust's own
/// allocations go to mimalloc) at two arenas: by default every thread that
/// calls it may reserve a 64 MiB arena, which made an idle server 2 GiB of
/// address space (docs/serve.md, "Footprint").
fn few_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt takes two integers and only tunes future allocations.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

fn bind(ip: IpAddr, port: u16) -> Result<TcpListener, ServeError> {
    let addr = SocketAddr::new(ip, port);
    TcpListener::bind(addr).map_err(|source| match source.kind() {
        std::io::ErrorKind::AddrInUse => ServeError::PortInUse { addr },
        _ => ServeError::Bind { addr, source },
    })
}

/// The URL pages are built for and a browser can open: an unspecified bind
/// address (0.0.0.0, ::) is reachable through loopback.
fn local_url(addr: SocketAddr) -> String {
    let ip = match addr.ip() {
        IpAddr::V4(v4) if v4.is_unspecified() => IpAddr::from([127, 0, 0, 1]),
        IpAddr::V6(v6) if v6.is_unspecified() => IpAddr::V6(std::net::Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    format!("http://{}/", SocketAddr::new(ip, addr.port()))
}

fn announce(opts: &ServeOptions, root: &std::path::Path, url: &str, site: &std::path::Path) {
    println!("Serving {} at {url}", root.display());
    println!("Output folder: {}", site.display());
    println!(
        "Watching content/, themes/, templates/, static/ and site.yaml; press Ctrl-C to stop."
    );
    if !opts.bind.is_loopback() {
        eprintln!(
            "warning: listening on {}, not loopback: other machines on the network can read this preview (drafts included with --drafts)",
            opts.bind
        );
    }
    if opts.open {
        if let Err(e) = open::that_detached(url) {
            eprintln!("warning: cannot open a browser: {e}");
        }
    }
}

/// Rebuilds once per batch of changes; changes that arrive during a build
/// are folded into the next one.
fn rebuild_loop(
    changes: Receiver<Vec<PathBuf>>,
    opts: BuildOptions,
    mut session: Session,
    hub: &Hub,
) {
    while let Ok(mut batch) = changes.recv() {
        while let Ok(more) = changes.try_recv() {
            batch.extend(more);
        }
        batch.sort();
        batch.dedup();
        // After lost events anything may have changed: every file is looked at.
        let known = (!watch::lost(&batch)).then_some(batch.as_slice());
        let _ = rebuild(&opts, &mut session, hub, known);
    }
}

/// One build through the session; tells the terminal and the tabs.
fn rebuild(
    opts: &BuildOptions,
    session: &mut Session,
    hub: &Hub,
    changed: Option<&[PathBuf]>,
) -> Result<(), BuildError> {
    let start = Instant::now();
    let what = describe(changed.unwrap_or_default());
    match build_changed(opts, session, changed) {
        Ok(report) => {
            for w in &report.warnings {
                eprintln!("{w}");
            }
            eprintln!(
                "{what}built {} pages and {} files in {} ms; {} written",
                report.pages,
                report.assets,
                start.elapsed().as_millis(),
                report.rendered + report.copied
            );
            // After the log line, so the terminal is never behind the tabs.
            hub.succeeded();
            Ok(())
        }
        Err(BuildError::Content(problems)) => {
            report_failure(&what, &problems);
            hub.failed(&problems);
            Err(BuildError::Content(problems))
        }
        Err(BuildError::Other(e)) => {
            eprintln!("{what}error: {e:#}");
            hub.failed(&[Diagnostic::error("(build)", "build", format!("{e:#}"))]);
            Err(BuildError::Other(e))
        }
    }
}

fn report_failure(what: &str, problems: &[Diagnostic]) {
    for d in problems {
        eprintln!("{d}");
    }
    let n = problems.len();
    eprintln!(
        "{what}{n} problem{} found; still serving the last good site",
        if n == 1 { "" } else { "s" }
    );
}

/// "content/stories/a.md changed: " (or "3 files changed: "), for the log.
fn describe(changed: &[PathBuf]) -> String {
    match changed {
        [] => String::new(),
        [one] => format!("{} changed: ", one.display()),
        many => format!("{} files changed: ", many.len()),
    }
}
