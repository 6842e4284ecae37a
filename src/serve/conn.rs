//! Connections: one accept loop, a fixed pool of workers, and the limits that
//! keep slow or idle clients from holding the server.
//!
//! tiny_http (used before) could not be bounded: it starts a thread for every
//! connection, without socket timeouts, and its accept thread panics when a
//! thread cannot be created. Here every limit is a constant below.

use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use super::http::{self, Reply, Site};

/// Workers, started once: a connection is served by one of them from its
/// first byte to its close, so at most this many are being served.
pub const WORKERS: usize = 32;
/// Accepted connections waiting for a worker; beyond, the server answers 503.
/// Workers, queue and live-reload streams together stay under the usual
/// limit of 1024 open files.
pub const QUEUE: usize = 256;
/// How long a client may take to send a request head, or stay idle between
/// requests of a kept-alive connection.
pub const READ_TIMEOUT: Duration = Duration::from_secs(5);
/// How long one response may take to send, however slowly the client reads:
/// a worker is held by a stalled reader for at most this long.
pub const RESPONSE_DEADLINE: Duration = Duration::from_secs(10);
/// A request head larger than this is refused (431).
const MAX_HEAD: usize = 16 * 1024;
/// Worker stacks: serving a file needs little, and 32 default 8 MiB stacks
/// would reserve 256 MiB of address space.
const STACK: usize = 256 * 1024;

/// Accepts connections until the listener fails for good; never panics.
pub fn run(listener: TcpListener, site: Arc<Site>) {
    let (tx, rx) = mpsc::sync_channel::<TcpStream>(QUEUE);
    let rx = Arc::new(Mutex::new(rx));
    let mut started = 0;
    for i in 0..WORKERS {
        let (rx, site) = (rx.clone(), site.clone());
        let spawned = thread::Builder::new()
            .name(format!("serve-worker-{i}"))
            .stack_size(STACK)
            .spawn(move || work(&rx, &site));
        match spawned {
            Ok(_) => started += 1,
            Err(e) => eprintln!("warning: cannot start an HTTP worker: {e}"),
        }
    }
    if started == 0 {
        eprintln!("error: no HTTP worker could be started; pages cannot be served");
        return;
    }
    accept_loop(&listener, &tx);
}

fn accept_loop(listener: &TcpListener, tx: &SyncSender<TcpStream>) {
    let mut last_warning: Option<Instant> = None;
    loop {
        match listener.accept() {
            Ok((stream, _)) => {
                let _ = stream.set_read_timeout(Some(READ_TIMEOUT));
                let _ = stream.set_write_timeout(Some(RESPONSE_DEADLINE));
                match tx.try_send(stream) {
                    Ok(()) => {}
                    Err(TrySendError::Full(stream)) => busy(stream),
                    Err(TrySendError::Disconnected(_)) => return,
                }
            }
            // Out of file descriptors or memory, a connection reset before
            // it was accepted: say so (once a second at most), wait a little
            // for resources to come back, and keep serving.
            Err(e) => {
                if last_warning.is_none_or(|t| t.elapsed() >= Duration::from_secs(1)) {
                    eprintln!("warning: cannot accept a connection: {e}");
                    last_warning = Some(Instant::now());
                }
                thread::sleep(Duration::from_millis(20));
            }
        }
    }
}

/// Every worker busy and the queue full: a short 503, written without
/// waiting (the socket's buffer takes it), then the connection is closed.
fn busy(stream: TcpStream) {
    let _ = stream.set_nonblocking(true);
    let _ = (&stream).write_all(
        b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nRetry-After: 1\r\nConnection: close\r\n\r\n",
    );
    let _ = stream.shutdown(Shutdown::Both);
}

fn work(rx: &Mutex<Receiver<TcpStream>>, site: &Site) {
    loop {
        let next = match rx.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok(stream) = next else { return };
        // A client that hangs up or stalls is not the server's problem.
        let _ = serve_connection(stream, site);
    }
}

/// One request head, parsed.
pub struct Request {
    pub method: String,
    pub target: String,
    /// Whether the client wants the connection kept open after the answer.
    pub keep_alive: bool,
    /// A body is announced: not read, so the connection closes after the answer.
    has_body: bool,
}

/// Answers requests on one connection until it closes, idles out or errs.
fn serve_connection(stream: TcpStream, site: &Site) -> io::Result<()> {
    let mut buf = Vec::with_capacity(1024);
    loop {
        let Some((req, used)) = read_head(&stream, &mut buf)? else {
            return Ok(());
        };
        buf.drain(..used);
        let reply = http::answer(&req, site);
        let keep = req.keep_alive && !req.has_body && matches!(reply, Reply::Full { .. });
        match reply {
            Reply::Full(response) => {
                let mut out = Deadline::new(&stream);
                response.write_to(&mut out, req.method == "HEAD", keep)?;
            }
            Reply::Stream => {
                return super::reload::attach(&site.hub, stream);
            }
        }
        if !keep {
            let _ = stream.shutdown(Shutdown::Both);
            return Ok(());
        }
    }
}

/// Reads until a whole request head is in `buf`; `None` when the client
/// closed or idled out between requests. Answers a malformed or oversized
/// head itself (400, 431) and returns `None`.
fn read_head(mut stream: &TcpStream, buf: &mut Vec<u8>) -> io::Result<Option<(Request, usize)>> {
    let mut chunk = [0u8; 4096];
    loop {
        if !buf.is_empty() {
            let mut headers = [httparse::EMPTY_HEADER; 64];
            let mut parsed = httparse::Request::new(&mut headers);
            match parsed.parse(buf) {
                Ok(httparse::Status::Complete(used)) => {
                    return Ok(Some((request_of(&parsed), used)));
                }
                Ok(httparse::Status::Partial) if buf.len() <= MAX_HEAD => {}
                Ok(httparse::Status::Partial) | Err(httparse::Error::TooManyHeaders) => {
                    refuse(stream, 431, "Request Header Fields Too Large");
                    return Ok(None);
                }
                Err(_) => {
                    refuse(stream, 400, "Bad Request");
                    return Ok(None);
                }
            }
        }
        match stream.read(&mut chunk) {
            Ok(0) => return Ok(None),
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) =>
            {
                return Ok(None)
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}

fn request_of(parsed: &httparse::Request) -> Request {
    let header = |name: &str| {
        parsed
            .headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
            .map(|h| String::from_utf8_lossy(h.value).to_ascii_lowercase())
    };
    let connection = header("connection").unwrap_or_default();
    let http11 = parsed.version == Some(1);
    let keep_alive = if http11 {
        !connection.contains("close")
    } else {
        connection.contains("keep-alive")
    };
    let has_body = header("content-length").is_some_and(|l| l.trim() != "0")
        || header("transfer-encoding").is_some();
    Request {
        method: parsed.method.unwrap_or_default().to_string(),
        target: parsed.path.unwrap_or_default().to_string(),
        keep_alive,
        has_body,
    }
}

fn refuse(mut stream: &TcpStream, status: u16, reason: &str) {
    let _ = write!(
        stream,
        "HTTP/1.1 {status} {reason}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
    let _ = stream.shutdown(Shutdown::Both);
}

/// Writes to a connection with one deadline for the whole response, so a
/// client reading a byte at a time cannot hold a worker for longer.
pub struct Deadline<'a> {
    stream: &'a TcpStream,
    until: Instant,
}

impl<'a> Deadline<'a> {
    fn new(stream: &'a TcpStream) -> Self {
        Deadline {
            stream,
            until: Instant::now() + RESPONSE_DEADLINE,
        }
    }
}

impl Write for Deadline<'_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let left = self.until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "the client read too slowly",
            ));
        }
        self.stream.set_write_timeout(Some(left))?;
        (&*self.stream).write(bytes)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
