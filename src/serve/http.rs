//! The HTTP side: a pool of workers answering GET and HEAD with files of the
//! built site, and one thread per live-reload stream.

use std::fs::File;
use std::io::{Cursor, Read, Write as _};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread;

use tiny_http::{Header, Method, Request, Response, Server};

use super::mime;
use super::path::{self, PathError, Target};
use super::reload::{self, Hub};

/// Page workers. Requests are small file reads, so a few threads keep both
/// cores busy; the connections themselves are read by tiny_http's own
/// threads, so many slow clients do not hold a worker.
const WORKERS: usize = 8;

/// What every request needs.
pub struct Site {
    /// The canonical path of the output folder (it need not exist yet).
    pub root: PathBuf,
    pub hub: Arc<Hub>,
}

/// Answers requests until the server fails; never returns otherwise.
pub fn run(server: Arc<Server>, site: Arc<Site>) {
    let workers: Vec<_> = (0..WORKERS)
        .map(|_| {
            let (server, site) = (server.clone(), site.clone());
            thread::spawn(move || {
                while let Ok(req) = server.recv() {
                    dispatch(req, &site);
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
}

/// Live-reload streams get their own thread, so open tabs never take a
/// worker from page requests.
fn dispatch(req: Request, site: &Arc<Site>) {
    let is_stream =
        path::url_path(req.url()) == reload::EVENTS_PATH && *req.method() == Method::Get;
    if is_stream {
        let site = site.clone();
        thread::spawn(move || {
            let mut out = req.into_writer();
            if !reload::stream(&site.hub, &mut out) {
                let _ = out.write_all(
                    b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                );
            }
        });
    } else {
        // A client that hangs up mid-response is not the server's problem.
        let _ = respond(req, site);
    }
}

fn respond(req: Request, site: &Site) -> std::io::Result<()> {
    if !matches!(req.method(), Method::Get | Method::Head) {
        let r = text(405, "Method Not Allowed: this server only reads files\n")
            .with_header(header("Allow", "GET, HEAD"));
        return req.respond(r);
    }
    let target = req.url().to_string();
    let url_path = path::url_path(&target);
    if url_path == reload::SCRIPT_PATH {
        let r = Response::from_data(reload::SCRIPT.as_bytes())
            .with_header(header("Content-Type", "text/javascript; charset=utf-8"));
        return req.respond(common(r));
    }
    if url_path == reload::EVENTS_PATH {
        // A HEAD request for the stream: headers only.
        let r = Response::empty(200).with_header(header("Content-Type", "text/event-stream"));
        return req.respond(common(r));
    }
    match path::resolve(&site.root, url_path) {
        Ok(Target::File(file)) => req.respond(file_response(&file, 200, site)?),
        Ok(Target::Redirect(to)) => {
            let query = &target[url_path.len()..];
            let r = Response::empty(301).with_header(header("Location", &format!("{to}{query}")));
            req.respond(common(r))
        }
        Err(PathError::NotFound) => req.respond(not_found(site)),
        Err(PathError::Outside) => req.respond(text(403, "Forbidden: outside the site\n")),
        Err(e @ PathError::Refused(_)) => req.respond(text(400, &format!("Bad Request: {e}\n"))),
    }
}

/// A response whose body is a file or a buffer.
type Body = Response<Box<dyn Read + Send>>;

/// A file of the site; HTML gets the reload script, added here and only here.
fn file_response(file: &Path, status: u16, site: &Site) -> std::io::Result<Body> {
    if mime::is_html(file) {
        let html = reload::inject(std::fs::read(file)?, site.hub.generation());
        return Ok(body(status, mime::content_type(file), html));
    }
    let f = File::open(file)?;
    let len = f.metadata()?.len() as usize;
    let r = Response::new(
        status.into(),
        vec![],
        Box::new(f) as Box<_>,
        Some(len),
        None,
    );
    Ok(common(r.with_header(header(
        "Content-Type",
        mime::content_type(file),
    ))))
}

/// The site's own 404 page, or a bare one before the first good build
/// (which still carries the script, so the tab recovers by itself).
fn not_found(site: &Site) -> Body {
    file_response(&site.root.join("404.html"), 404, site).unwrap_or_else(|_| {
        let html = reload::inject(
            b"<!doctype html><title>Not found</title><body><h1>Not found</h1></body>".to_vec(),
            site.hub.generation(),
        );
        body(404, "text/html; charset=utf-8", html)
    })
}

fn body(status: u16, content_type: &str, bytes: Vec<u8>) -> Body {
    let len = bytes.len();
    let r = Response::new(
        status.into(),
        vec![],
        Box::new(Cursor::new(bytes)) as Box<_>,
        Some(len),
        None,
    );
    common(r.with_header(header("Content-Type", content_type)))
}

fn text(status: u16, body: &str) -> Response<Cursor<Vec<u8>>> {
    common(
        Response::from_string(body)
            .with_status_code(status)
            .with_header(header("Content-Type", "text/plain; charset=utf-8")),
    )
}

/// Headers on every answer: previews must never come from a browser cache
/// (a stale page is the one thing this server must not show), and types are
/// not to be guessed.
fn common<R: std::io::Read>(r: Response<R>) -> Response<R> {
    r.with_header(header("Cache-Control", "no-store"))
        .with_header(header("X-Content-Type-Options", "nosniff"))
}

fn header(name: &str, value: &str) -> Header {
    // Names are constants and values come from checked paths, so this
    // cannot fail; a placeholder keeps a mistake from panicking a worker.
    Header::from_bytes(name.as_bytes(), value.as_bytes())
        .unwrap_or_else(|_| Header::from_bytes("X-Invalid", "1").expect("valid header"))
}
