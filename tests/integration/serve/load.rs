//! serve under load: clients that never read, clients that never finish
//! their request, many live-reload tabs, and too few file descriptors.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::thread;
use std::time::{Duration, Instant};

use super::harness::*;

/// A static file much larger than the kernel's socket buffers, so a client
/// that never reads it leaves the server's write blocked.
const BIG: usize = 48 * 1024 * 1024;

/// Opens `n` connections that ask for the big file and never read.
fn stalled_readers(s: &Serve, n: usize) -> Vec<TcpStream> {
    (0..n)
        .map(|_| {
            let mut c = TcpStream::connect(s.addr).unwrap();
            write!(c, "GET /static/big.bin HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
            c
        })
        .collect()
}

#[test]
fn clients_that_never_read_a_large_file_froze_every_page() {
    let s = Serve::start(
        "small",
        |root| {
            let dir = root.join("content/static");
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("big.bin"), vec![7u8; BIG]).unwrap();
        },
        &[],
    );
    // More stalled readers than the server has workers.
    let stalled = stalled_readers(&s, 40);
    thread::sleep(Duration::from_millis(500));
    let addr = s.addr;
    let normal: Vec<_> = (0..10)
        .map(|i| {
            thread::spawn(move || {
                let page = ["/", "/stories/", "/members/alice/"][i % 3];
                let r = request(addr, "GET", page);
                (page, r.status, r.body.len())
            })
        })
        .collect();
    for h in normal {
        let (page, status, len) = h.join().expect("a normal client was not served in time");
        assert_eq!(status, 200, "{page}");
        assert!(len > 0, "{page}: empty body");
    }
    // The stalled readers were cut off: none gets the whole file.
    for mut c in stalled {
        c.set_read_timeout(Some(DEADLINE)).unwrap();
        let mut got = 0usize;
        let mut buf = vec![0u8; 1 << 16];
        while let Ok(n) = c.read(&mut buf) {
            if n == 0 {
                break;
            }
            got += n;
        }
        assert!(got < BIG, "a stalled reader was sent the whole file");
    }
}

#[test]
fn clients_that_never_finish_their_request_do_not_hold_the_server() {
    let s = Serve::start("small", |_| {}, &[]);
    let _half: Vec<TcpStream> = (0..60)
        .map(|_| {
            let mut c = TcpStream::connect(s.addr).unwrap();
            c.write_all(b"GET / HTTP/1.1\r\nHost: ").unwrap();
            c
        })
        .collect();
    let start = Instant::now();
    let r = s.get("/stories/");
    assert_eq!(r.status, 200);
    assert!(start.elapsed() < DEADLINE);
}

#[test]
fn three_hundred_reload_tabs_used_a_thread_each() {
    let s = Serve::start("small", |_| {}, &[]);
    let tabs: Vec<Events> = (0..300).map(|_| s.events()).collect();
    let r = s.get("/");
    assert_eq!(r.status, 200, "pages are still served");
    let threads = std::fs::read_dir(format!("/proc/{}/task", s.pid()))
        .unwrap()
        .count();
    assert!(
        threads < 100,
        "{threads} threads for 300 tabs: tabs must not cost a thread each"
    );
    // Tabs are told the state, then about a rebuild.
    let mut tabs: Vec<Events> = tabs.into_iter().step_by(60).collect();
    let first: Vec<String> = tabs.iter_mut().map(|t| t.wait("ok")).collect();
    s.append("content/stories/first-run.md", "\nOne more line.\n");
    for (t, was) in tabs.iter_mut().zip(first) {
        assert_ne!(t.wait("ok"), was, "no new generation");
    }
}

#[test]
fn running_out_of_file_descriptors_panicked_the_accept_loop() {
    // Few descriptors: the connections below exhaust them, so accepting fails.
    let s = Serve::start_limited("small", 96);
    let mut held = Vec::new();
    // Fewer than the listen backlog beyond what is accepted, so none waits.
    for _ in 0..150 {
        match TcpStream::connect(s.addr) {
            Ok(c) => held.push(c),
            Err(_) => break,
        }
    }
    s.wait_for_log("cannot accept a connection");
    drop(held);
    // Once they are gone, the server serves again.
    let r = s.wait_for("/stories/", "<");
    assert_eq!(r.status, 200);
    assert!(!s.stderr.lock().unwrap().contains("panicked"));
}
