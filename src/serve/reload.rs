//! Live reload: the state of the last rebuild, pushed to open tabs as
//! server-sent events, and the script tag that HTML responses carry.

use std::io::Write;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::Mutex;
use std::time::Duration;

use serde::Serialize;

use crate::util::diag::Diagnostic;

/// The URL of the event stream.
pub const EVENTS_PATH: &str = "/__potluck/events";
/// The URL of the script the server adds to HTML pages.
pub const SCRIPT_PATH: &str = "/__potluck/reload.js";
/// The script itself: reloads on `ok`, shows an overlay on `failed`.
pub const SCRIPT: &str = include_str!("reload.js");

/// Streams beyond this are refused (503): each holds a thread, and a dev
/// server needs a few tabs, not thousands.
const MAX_STREAMS: usize = 256;
/// A comment this often lets a stream notice a closed tab and end its thread.
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
    streams: Vec<Sender<String>>,
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
    /// broken shows the overlay at once), then every change.
    fn subscribe(&self) -> Option<(String, Receiver<String>)> {
        let mut st = self.lock();
        if st.streams.len() >= MAX_STREAMS {
            return None;
        }
        let (tx, rx) = mpsc::channel();
        st.streams.push(tx);
        let first = st
            .failure
            .clone()
            .unwrap_or_else(|| ok_event(st.generation));
        Some((first, rx))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A panicking stream thread cannot leave the state half-updated.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Sends to every stream, forgetting the ones whose tab has gone.
fn broadcast(st: &mut State, msg: &str) {
    st.streams.retain(|s| s.send(msg.to_string()).is_ok());
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

/// Writes the event stream to `out` (a raw connection) until the tab goes.
/// Returns false when the stream limit is reached and nothing was written.
pub fn stream(hub: &Hub, out: &mut dyn Write) -> bool {
    let Some((first, rx)) = hub.subscribe() else {
        return false;
    };
    // `retry` makes tabs reconnect quickly after the server is restarted.
    let mut msg = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\
         Cache-Control: no-store\r\nConnection: close\r\n\r\nretry: 500\n\n{first}"
    );
    loop {
        if out
            .write_all(msg.as_bytes())
            .and_then(|_| out.flush())
            .is_err()
        {
            return true;
        }
        msg = match rx.recv_timeout(KEEP_ALIVE) {
            Ok(m) => m,
            Err(RecvTimeoutError::Timeout) => ": keep-alive\n\n".to_string(),
            Err(RecvTimeoutError::Disconnected) => return true,
        };
    }
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

    #[test]
    fn streams_get_the_state_then_changes() {
        let hub = Hub::default();
        hub.succeeded();
        let (first, rx) = hub.subscribe().unwrap();
        assert_eq!(first, "event: ok\ndata: {\"generation\":1}\n\n");
        let d = Diagnostic::error("content/stories/a.md", "x", "bad <b>").at(2, 1);
        hub.failed(&[d]);
        let msg = rx.recv().unwrap();
        assert!(msg.starts_with("event: failed\ndata: {"), "{msg}");
        assert!(msg.contains("\"file\":\"content/stories/a.md\""), "{msg}");
        assert!(msg.contains("\"line\":2"), "{msg}");
        // A tab opened now sees the failure at once.
        assert_eq!(hub.subscribe().unwrap().0, msg);
        hub.succeeded();
        assert_eq!(
            rx.recv().unwrap(),
            "event: ok\ndata: {\"generation\":2}\n\n"
        );
    }
}
