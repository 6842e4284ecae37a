//! Live reload: the state of the last rebuild, pushed to open tabs as
//! server-sent events, and the script tag that HTML responses carry.

use std::io::{self, Write};
use std::net::{Shutdown, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;

use crate::util::diag::Diagnostic;

/// The URL of the event stream.
pub const EVENTS_PATH: &str = "/__potluck/events";
/// The URL of the script the server adds to HTML pages.
pub const SCRIPT_PATH: &str = "/__potluck/reload.js";
/// The script itself: reloads on `ok`, shows an overlay on `failed`.
pub const SCRIPT: &str = include_str!("reload.js");

/// Streams beyond this are refused (503). A stream costs no thread, only
/// its socket (a file descriptor and kernel buffers); a dev server needs a
/// few tabs, not thousands.
pub const MAX_STREAMS: usize = 512;
/// A comment this often lets the hub notice a closed tab and drop it.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// One problem as the overlay shows it.
#[derive(Debug, Serialize)]
struct Problem<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    message: &'a str,
    help: &'a str,
}

/// What the browser is told about the last rebuild, and who is listening.
#[derive(Default)]
pub struct Hub {
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    /// Counts successful builds; pages carry the one they were served at.
    generation: u64,
    /// The `failed` event of the last build, while it is the latest.
    failure: Option<String>,
    /// The open streams: sockets written without blocking, by whichever
    /// thread has news (a rebuild, the keep-alive thread).
    streams: Vec<Box<dyn Write + Send>>,
}

impl Hub {
    pub fn generation(&self) -> u64 {
        self.lock().generation
    }

    /// A build succeeded: every tab reloads.
    pub fn succeeded(&self) {
        let mut st = self.lock();
        st.generation += 1;
        st.failure = None;
        let msg = ok_event(st.generation);
        broadcast(&mut st, &msg);
    }

    /// A build failed: every tab shows `problems` over the last good page.
    pub fn failed(&self, problems: &[Diagnostic]) {
        let mut st = self.lock();
        let msg = failed_event(st.generation, problems);
        st.failure = Some(msg.clone());
        broadcast(&mut st, &msg);
    }

    /// A new stream: the current state first (a tab opened while the build is
    /// broken shows the overlay at once), then every change. Gives `out`
    /// back when the stream limit is reached and nothing was written.
    fn subscribe(&self, mut out: Box<dyn Write + Send>) -> Result<(), Box<dyn Write + Send>> {
        let mut st = self.lock();
        if st.streams.len() >= MAX_STREAMS {
            return Err(out);
        }
        let first = st
            .failure
            .clone()
            .unwrap_or_else(|| ok_event(st.generation));
        // `retry` makes tabs reconnect quickly after the server is restarted.
        let msg = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\
             Cache-Control: no-store\r\nConnection: close\r\n\r\nretry: 500\n\n{first}"
        );
        if send(&mut out, &msg) {
            st.streams.push(out);
        }
        Ok(())
    }

    /// A comment on every stream, dropping those whose tab has gone; every
    /// `KEEP_ALIVE`, on one thread for all of them.
    pub fn keep_alive(hub: Arc<Hub>) {
        let spawned = std::thread::Builder::new()
            .name("serve-reload".into())
            .stack_size(64 * 1024)
            .spawn(move || loop {
                std::thread::sleep(KEEP_ALIVE);
                broadcast(&mut hub.lock(), ": keep-alive\n\n");
            });
        if let Err(e) = spawned {
            eprintln!("warning: cannot start the live-reload keep-alive: {e}");
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A panicking stream thread cannot leave the state half-updated.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Sends to every stream, forgetting the ones whose tab has gone or whose
/// socket cannot take the message now (the tab reconnects and is told the
/// current state).
fn broadcast(st: &mut State, msg: &str) {
    st.streams.retain_mut(|s| send(s, msg));
}

/// Writes all of `msg` without waiting; false when the stream is done for.
fn send(out: &mut Box<dyn Write + Send>, msg: &str) -> bool {
    matches!(out.write(msg.as_bytes()), Ok(n) if n == msg.len()) && out.flush().is_ok()
}

fn ok_event(generation: u64) -> String {
    format!("event: ok\ndata: {{\"generation\":{generation}}}\n\n")
}

fn failed_event(generation: u64, problems: &[Diagnostic]) -> String {
    let problems: Vec<Problem> = problems
        .iter()
        .map(|d| Problem {
            file: &d.path,
            line: d.line,
            column: d.col,
            message: &d.message,
            help: &d.help,
        })
        .collect();
    let data = serde_json::json!({ "generation": generation, "problems": problems });
    // JSON escapes newlines, so the data stays on the one line SSE allows.
    format!("event: failed\ndata: {data}\n\n")
}

/// Hands a connection that asked for the event stream to the hub: from now
/// on it is written without blocking, and holds no thread. Over the limit it
/// gets a 503.
pub fn attach(hub: &Hub, stream: TcpStream) -> io::Result<()> {
    stream.set_nonblocking(true)?;
    if let Err(out) = hub.subscribe(Box::new(stream.try_clone()?)) {
        drop(out);
        let _ = (&stream).write_all(
            b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        );
        let _ = stream.shutdown(Shutdown::Both);
    }
    Ok(())
}

/// `html` with the reload script before its last `</body>` (or at the end).
pub fn inject(mut html: Vec<u8>, generation: u64) -> Vec<u8> {
    let tag = format!("<script src=\"{SCRIPT_PATH}\" data-generation=\"{generation}\"></script>");
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    html.splice(at..at, tag.bytes());
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_goes_before_the_last_body_end() {
        let out = inject(b"<body><p>x</p></BODY>\n".to_vec(), 3);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "<body><p>x</p><script src=\"/__potluck/reload.js\" data-generation=\"3\"></script></BODY>\n"
        );
        let bare = inject(b"text".to_vec(), 1);
        assert!(bare.ends_with(b"</script>"));
    }

    /// A stream that records what was sent to it.
    #[derive(Clone, Default)]
    struct Tab(Arc<Mutex<String>>);

    impl Write for Tab {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().push_str(&String::from_utf8_lossy(b));
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl Tab {
        /// What was sent since the last call, after the HTTP head.
        fn take(&self) -> String {
            let all = std::mem::take(&mut *self.0.lock().unwrap());
            match all.split_once("retry: 500\n\n") {
                Some((_, events)) => events.to_string(),
                None => all,
            }
        }
    }

    #[test]
    fn streams_get_the_state_then_changes() {
        let hub = Hub::default();
        hub.succeeded();
        let tab = Tab::default();
        assert!(hub.subscribe(Box::new(tab.clone())).is_ok());
        assert_eq!(tab.take(), "event: ok\ndata: {\"generation\":1}\n\n");
        let d = Diagnostic::error("content/stories/a.md", "x", "bad <b>").at(2, 1);
        hub.failed(&[d]);
        let msg = tab.take();
        assert!(msg.starts_with("event: failed\ndata: {"), "{msg}");
        assert!(msg.contains("\"file\":\"content/stories/a.md\""), "{msg}");
        assert!(msg.contains("\"line\":2"), "{msg}");
        // A tab opened now sees the failure at once.
        let late = Tab::default();
        assert!(hub.subscribe(Box::new(late.clone())).is_ok());
        assert_eq!(late.take(), msg);
        hub.succeeded();
        assert_eq!(tab.take(), "event: ok\ndata: {\"generation\":2}\n\n");
    }

    #[test]
    fn streams_beyond_the_limit_are_refused_without_a_thread_each() {
        let hub = Hub::default();
        for _ in 0..MAX_STREAMS {
            assert!(hub.subscribe(Box::new(Tab::default())).is_ok());
        }
        assert!(hub.subscribe(Box::new(Tab::default())).is_err());
    }
}
