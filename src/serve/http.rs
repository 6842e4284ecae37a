//! The HTTP answers: GET and HEAD with files of the built site, and the
//! live-reload stream handed to the hub (`conn` owns the connections).

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::conn::Request;
use super::mime;
use super::path::{self, PathError, Target};
use super::reload::{self, Hub};

/// What every request needs.
pub struct Site {
    /// The canonical path of the output folder (it need not exist yet).
    pub root: PathBuf,
    pub hub: Arc<Hub>,
}

/// What to do with a request.
pub enum Reply {
    /// Send this and carry on with the connection.
    Full(Response),
    /// Hand the connection to the live-reload hub.
    Stream,
}

/// A status, headers and a body (a file is streamed, not read whole).
pub struct Response {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Body,
}

enum Body {
    Bytes(Vec<u8>),
    File(File, u64),
}

impl Response {
    fn with_header(mut self, name: &'static str, value: &str) -> Self {
        self.headers.push((name, value.to_string()));
        self
    }

    /// Writes the response; the body only when `with_body`.
    pub fn write_to(self, out: &mut impl Write, head_only: bool, keep: bool) -> io::Result<()> {
        let len = match &self.body {
            Body::Bytes(b) => b.len() as u64,
            Body::File(_, len) => *len,
        };
        let mut head = format!("HTTP/1.1 {} {}\r\n", self.status, reason(self.status));
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        let connection = if keep { "keep-alive" } else { "close" };
        head.push_str(&format!(
            "Content-Length: {len}\r\nConnection: {connection}\r\n\r\n"
        ));
        out.write_all(head.as_bytes())?;
        if head_only {
            return Ok(());
        }
        match self.body {
            Body::Bytes(b) => out.write_all(&b),
            Body::File(f, len) => {
                let copied = io::copy(&mut f.take(len), out)?;
                if copied < len {
                    // The file shrank while being sent: the client must not
                    // take a short body for the whole file.
                    return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "file shrank"));
                }
                Ok(())
            }
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        503 => "Service Unavailable",
        _ => "Internal Server Error",
    }
}

/// The answer to one request.
pub fn answer(req: &Request, site: &Site) -> Reply {
    let url_path = path::url_path(&req.target);
    if url_path == reload::EVENTS_PATH && req.method == "GET" {
        return Reply::Stream;
    }
    Reply::Full(respond(req, site).unwrap_or_else(|_| text(404, "Not Found\n")))
}

fn respond(req: &Request, site: &Site) -> io::Result<Response> {
    if !matches!(req.method.as_str(), "GET" | "HEAD") {
        return Ok(
            text(405, "Method Not Allowed: this server only reads files\n")
                .with_header("Allow", "GET, HEAD"),
        );
    }
    let target = &req.target;
    let url_path = path::url_path(target);
    if url_path == reload::SCRIPT_PATH {
        return Ok(body(
            200,
            "text/javascript; charset=utf-8",
            reload::SCRIPT.as_bytes().to_vec(),
        ));
    }
    if url_path == reload::EVENTS_PATH {
        // A HEAD request for the stream: headers only.
        return Ok(body(200, "text/event-stream", Vec::new()));
    }
    Ok(match path::resolve(&site.root, url_path) {
        Ok(Target::File(file)) => file_response(&file, 200, site)?,
        Ok(Target::Redirect(to)) => {
            let query = &target[url_path.len()..];
            common(301, Body::Bytes(Vec::new())).with_header("Location", &format!("{to}{query}"))
        }
        Err(PathError::NotFound) => not_found(site),
        Err(PathError::Outside) => text(403, "Forbidden: outside the site\n"),
        Err(e @ PathError::Refused(_)) => text(400, &format!("Bad Request: {e}\n")),
    })
}

/// A file of the site; HTML gets the reload script, added here and only here.
fn file_response(file: &Path, status: u16, site: &Site) -> io::Result<Response> {
    if mime::is_html(file) {
        let html = reload::inject(std::fs::read(file)?, site.hub.generation());
        return Ok(body(status, mime::content_type(file), html));
    }
    let f = File::open(file)?;
    let len = f.metadata()?.len();
    Ok(common(status, Body::File(f, len)).with_header("Content-Type", mime::content_type(file)))
}

/// The site's own 404 page, or a bare one before the first good build
/// (which still carries the script, so the tab recovers by itself).
fn not_found(site: &Site) -> Response {
    file_response(&site.root.join("404.html"), 404, site).unwrap_or_else(|_| {
        let html = reload::inject(
            b"<!doctype html><title>Not found</title><body><h1>Not found</h1></body>".to_vec(),
            site.hub.generation(),
        );
        body(404, "text/html; charset=utf-8", html)
    })
}

fn body(status: u16, content_type: &str, bytes: Vec<u8>) -> Response {
    common(status, Body::Bytes(bytes)).with_header("Content-Type", content_type)
}

fn text(status: u16, message: &str) -> Response {
    body(
        status,
        "text/plain; charset=utf-8",
        message.as_bytes().to_vec(),
    )
}

/// Headers on every answer: previews must never come from a browser cache
/// (a stale page is the one thing this server must not show), and types are
/// not to be guessed.
fn common(status: u16, body: Body) -> Response {
    Response {
        status,
        headers: Vec::new(),
        body,
    }
    .with_header("Cache-Control", "no-store")
    .with_header("X-Content-Type-Options", "nosniff")
}
