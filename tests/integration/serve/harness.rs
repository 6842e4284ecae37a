//! The harness for serve's tests: a running `potluck serve`, raw HTTP
//! requests, and the live-reload event stream.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use crate::support::*;

/// Long enough for a debug build on a loaded two-core machine.
pub(super) const DEADLINE: Duration = Duration::from_secs(30);

/// A running `potluck serve` on a copy of a fixture site.
pub(super) struct Serve {
    child: Child,
    pub(super) addr: SocketAddr,
    pub(super) url: String,
    /// The folder serve builds into.
    pub(super) output: PathBuf,
    pub(super) root: PathBuf,
    pub(super) stderr: Arc<Mutex<String>>,
    pub(super) dir: tempfile::TempDir,
}

impl Serve {
    /// Serves a copy of `tests/fixtures/<name>/in`, after `prepare` ran on it.
    pub(super) fn start(name: &str, prepare: impl FnOnce(&Path), args: &[&str]) -> Serve {
        Self::start_as(
            Command::new(env!("CARGO_BIN_EXE_potluck")),
            name,
            prepare,
            args,
        )
    }

    /// `start`, allowed only `files` open file descriptors (`prlimit`).
    pub(super) fn start_limited(name: &str, files: u32) -> Serve {
        let mut command = Command::new("prlimit");
        command
            .arg(format!("--nofile={files}"))
            .arg(env!("CARGO_BIN_EXE_potluck"));
        Self::start_as(command, name, |_| {}, &[])
    }

    /// The server's process id.
    pub(super) fn pid(&self) -> u32 {
        self.child.id()
    }

    fn start_as(
        mut command: Command,
        name: &str,
        prepare: impl FnOnce(&Path),
        args: &[&str],
    ) -> Serve {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        let tmp = dir.path().join("tmp");
        std::fs::create_dir_all(&tmp).unwrap();
        copy_dir(&repo().join("tests/fixtures").join(name).join("in"), &root);
        prepare(&root);
        let mut child = command
            .args(["serve", "--port", "0", "--root", root.to_str().unwrap()])
            .args(args)
            // serve's output folder goes to the temporary folder: this test's own.
            .env("TMPDIR", &tmp)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = collect(child.stderr.take().unwrap());
        let (url, output) = announcement(child.stdout.take().unwrap(), &stderr);
        let addr = url
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .parse()
            .unwrap();
        Serve {
            child,
            addr,
            url,
            output,
            root,
            stderr,
            dir,
        }
    }

    pub(super) fn get(&self, target: &str) -> Reply {
        request(self.addr, "GET", target)
    }

    /// Polls `target` until its body contains `text`.
    pub(super) fn wait_for(&self, target: &str, text: &str) -> Reply {
        let start = Instant::now();
        loop {
            let r = self.get(target);
            if r.text().contains(text) {
                return r;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "{target} never showed {text:?}; last answer {}:\n{}\nserve said:\n{}",
                r.status,
                r.text(),
                self.stderr.lock().unwrap()
            );
            thread::sleep(Duration::from_millis(50));
        }
    }

    /// Polls serve's stderr until it contains `text`.
    pub(super) fn wait_for_log(&self, text: &str) {
        let start = Instant::now();
        while !self.stderr.lock().unwrap().contains(text) {
            assert!(
                start.elapsed() < DEADLINE,
                "serve never said {text:?}; it said:\n{}",
                self.stderr.lock().unwrap()
            );
            thread::sleep(Duration::from_millis(50));
        }
    }

    pub(super) fn write(&self, rel: &str, text: &str) {
        let path = self.root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    pub(super) fn append(&self, rel: &str, text: &str) {
        let old = read(&self.root.join(rel));
        self.write(rel, &format!("{old}{text}"));
    }

    pub(super) fn events(&self) -> Events {
        let mut s = TcpStream::connect(self.addr).unwrap();
        write!(
            s,
            "GET /__potluck/events HTTP/1.1\r\nHost: {}\r\n\r\n",
            self.addr
        )
        .unwrap();
        s.set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
        Events {
            reader: BufReader::new(s),
            partial: String::new(),
        }
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Everything serve writes to stderr, gathered as it comes.
fn collect(stream: std::process::ChildStderr) -> Arc<Mutex<String>> {
    let log = Arc::new(Mutex::new(String::new()));
    let sink = log.clone();
    let mut err = BufReader::new(stream);
    thread::spawn(move || {
        let mut line = String::new();
        while err.read_line(&mut line).unwrap_or(0) > 0 {
            sink.lock().unwrap().push_str(&line);
            line.clear();
        }
    });
    log
}

/// The URL and the output folder serve prints when it is ready.
fn announcement(stream: std::process::ChildStdout, stderr: &Mutex<String>) -> (String, PathBuf) {
    let mut out = BufReader::new(stream);
    let (mut url, mut output) = (None, None);
    let mut line = String::new();
    while output.is_none() {
        line.clear();
        if out.read_line(&mut line).unwrap() == 0 {
            panic!("serve exited: {}", stderr.lock().unwrap());
        }
        if let Some(u) = line.split_whitespace().find(|w| w.starts_with("http://")) {
            url = Some(u.to_string());
        }
        if let Some(o) = line.trim().strip_prefix("Output folder: ") {
            output = Some(PathBuf::from(o));
        }
    }
    // Keep reading, so serve never blocks on a full pipe.
    thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
    (url.expect("serve printed no URL"), output.unwrap())
}

/// One HTTP answer.
pub(super) struct Reply {
    pub(super) status: u16,
    pub(super) head: String,
    pub(super) body: Vec<u8>,
}

impl Reply {
    pub(super) fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub(super) fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

/// A request written byte for byte (no client-side normalisation of `..`).
pub(super) fn request(addr: SocketAddr, method: &str, target: &str) -> Reply {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(DEADLINE)).unwrap();
    write!(
        s,
        "{method} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("no end of headers");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    Reply {
        status,
        head,
        body: raw[split + 4..].to_vec(),
    }
}

/// The live-reload stream, read as a tab's EventSource would.
pub(super) struct Events {
    reader: BufReader<TcpStream>,
    partial: String,
}

impl Events {
    /// The next event (name, data) before `deadline`, if any.
    pub(super) fn next(&mut self, deadline: Instant) -> Option<(String, String)> {
        let (mut name, mut data) = (String::new(), String::new());
        while Instant::now() < deadline {
            let mut line = std::mem::take(&mut self.partial);
            match self.reader.read_line(&mut line) {
                Ok(0) => return None,
                Ok(_) if !line.ends_with('\n') => self.partial = line,
                Ok(_) => {
                    let line = line.trim_end();
                    if let Some(n) = line.strip_prefix("event: ") {
                        name = n.to_string();
                    } else if let Some(d) = line.strip_prefix("data: ") {
                        data = d.to_string();
                    } else if line.is_empty() && !name.is_empty() {
                        return Some((name, data));
                    }
                }
                // A timeout: keep what was read of the line and poll again.
                Err(_) => self.partial = line,
            }
        }
        None
    }

    /// Waits for an event named `want` and returns its data.
    pub(super) fn wait(&mut self, want: &str) -> String {
        let deadline = Instant::now() + DEADLINE;
        while let Some((name, data)) = self.next(deadline) {
            if name == want {
                return data;
            }
        }
        panic!("no `{want}` event");
    }
}
