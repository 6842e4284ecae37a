#!/usr/bin/env python3
"""`potluck serve` benchmark: save-to-served latency, memory, and a load test.

It generates a corpus with the project's generator (benches/corpus,
`gen-corpus`; default 10000 stories, 2000 members), starts `potluck serve --port 0` on it, then edits
one story at a time (appending a sentence), and for each edit measures the
time from the save to the reload event, and to the story page served with
the new sentence. It prints p50/p95 of both, the server's memory (VmRSS,
VmHWM from /proc), and then has --clients concurrent clients fetch pages.

    python3 benches/serve_bench.py                       # 10000 stories, 20 edits
    python3 benches/serve_bench.py --stories 1000 --edits 10

Figures are printed, never asserted. Every request goes to 127.0.0.1.
"""
import argparse
import http.client
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEADLINE = 300.0  # seconds for one edit to be served, however slow the machine


def release_bins(given):
    """potluck (`given`, or built with the release profile) and the corpus generator."""
    bins = ["-p", "potluck-corpus"] + ([] if given else ["-p", "potluck"])
    subprocess.run(["cargo", "build", "--release", "--quiet"] + bins, cwd=ROOT, check=True)
    release = os.path.join(ROOT, "target", "release")
    return given or os.path.join(release, "potluck"), os.path.join(release, "gen-corpus")


def start_serve(binary, site, tmp, poll, log):
    """Starts serve; returns (process, host, port) once the first build is served."""
    cmd = [binary, "serve", "--port", "0", "--root", site] + (["--poll"] if poll else [])
    env = dict(os.environ, TMPDIR=tmp)
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=log, text=True)
    url = None
    for line in proc.stdout:
        m = re.search(r"http://([\d.]+):(\d+)/", line)
        if m:
            url = (m.group(1), int(m.group(2)))
        if line.startswith("Output folder:"):
            break
    if not url:
        sys.exit("serve did not start")
    threading.Thread(target=proc.stdout.read, daemon=True).start()
    return proc, url[0], url[1]


class Events:
    """The live-reload stream, parsed from the raw socket."""

    def __init__(self, host, port):
        self.sock = socket.create_connection((host, port))
        self.sock.sendall(f"GET /__potluck/events HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        self.buf = b""
        self.generation = 0  # of the last build seen

    def next(self, timeout=DEADLINE):
        """The next (name, data), or None after timeout seconds without one."""
        while b"\n\n" not in self.buf:
            self.sock.settimeout(timeout)
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                return None
            if not chunk:
                raise SystemExit("event stream closed")
            self.buf += chunk.replace(b"\r\n", b"\n")
        block, self.buf = self.buf.split(b"\n\n", 1)
        fields = dict(line.split(": ", 1) for line in block.decode().split("\n") if ": " in line)
        return (fields["event"], fields.get("data")) if "event" in fields else self.next(timeout)

    def drain(self):
        """Drops events already sent (a previous edit seen in two batches)."""
        while self.next(timeout=0.2):
            pass


def get(host, port, path):
    conn = http.client.HTTPConnection(host, port, timeout=DEADLINE)
    try:
        conn.request("GET", path)
        r = conn.getresponse()
        return r.status, r.read()
    finally:
        conn.close()


def stories(site, n):
    """n published stories spread over the corpus: (file, URL path)."""
    folder = os.path.join(site, "content", "stories")
    names = sorted(os.listdir(folder))
    picked = []
    for name in names[:: max(1, len(names) // (n * 2))]:
        path = os.path.join(folder, name)
        if os.path.isdir(path):
            path = os.path.join(path, "index.md")
        front = open(path, encoding="utf-8").read().split("---")[1]
        if "draft: true" in front:
            continue
        slug = re.search(r"^slug:\s*(\S+)", front, re.M)
        slug = slug.group(1) if slug else name.removesuffix(".md")
        picked.append((path, f"/stories/{slug}/"))
    return picked


def published(host, port, picked):
    """The stories whose page is there before the edit."""
    return [(path, url) for path, url in picked if get(host, port, url)[0] == 200]


def edit_and_wait(host, port, events, path, url, token):
    """Appends a sentence; returns (seconds to the reload event, to the page served)."""
    events.drain()
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"\n\nAn edit for the benchmark: {token}.\n")
    saved = time.perf_counter()
    while True:
        name, data = events.next() or ("timeout", None)
        if name == "timeout":
            sys.exit(f"no reload event for {path}")
        if name == "failed":
            sys.exit(f"the rebuild failed: {data}")
        if name == "ok" and json.loads(data)["generation"] > events.generation:
            events.generation = json.loads(data)["generation"]
            break
    event = time.perf_counter() - saved
    while time.perf_counter() - saved < DEADLINE:
        status, body = get(host, port, url)
        if status == 200 and token.encode() in body:
            return event, time.perf_counter() - saved
        time.sleep(0.005)
    sys.exit(f"{url} never showed the edit (generation {events.generation})")


def memory(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0]) / 1024
    return fields


def load(host, port, clients, pages, per_client):
    """clients threads, each fetching per_client pages; returns (seconds, ok, errors)."""
    results = {"ok": 0, "errors": []}
    lock = threading.Lock()
    barrier = threading.Barrier(clients)

    def client(i):
        barrier.wait()
        for k in range(per_client):
            path = pages[(i + k) % len(pages)]
            try:
                status, body = get(host, port, path)
                ok = status == 200 and body
            except OSError as e:
                ok, status = False, e
            with lock:
                if ok:
                    results["ok"] += 1
                else:
                    results["errors"].append(f"{path}: {status}")

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, results["ok"], results["errors"]


def pct(values, p):
    """Nearest-rank percentile."""
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * len(s) + 0.5) - 1))]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stories", type=int, default=10000)
    ap.add_argument("--members", type=int, help="default: stories / 5")
    ap.add_argument("--edits", type=int, default=20)
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--poll", action="store_true", help="run serve with --poll")
    ap.add_argument("--binary", help="a built potluck (default: cargo build --release)")
    args = ap.parse_args()
    binary, gen = release_bins(args.binary)
    # Under target/, not the system's temporary folder, which other jobs on a
    # shared machine may clean up while a long run is under way.
    os.makedirs(os.path.join(ROOT, "target"), exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="serve-bench-", dir=os.path.join(ROOT, "target")) as work:
        site, tmp = os.path.join(work, "site"), os.path.join(work, "tmp")
        os.makedirs(tmp)
        members = args.members or max(1, args.stories // 5)
        subprocess.run([gen, "--stories", str(args.stories), "--members", str(members),
                        "--flavor", "potluck", "--out", site], check=True, stdout=subprocess.DEVNULL)
        started = time.perf_counter()
        log_path = os.path.join(work, "serve.log")
        log = open(log_path, "w")
        proc, host, port = start_serve(binary, site, tmp, args.poll, log)
        print(f"corpus: {args.stories} stories, {members} members; first build and start: "
              f"{time.perf_counter() - started:.2f} s; {os.cpu_count()} cores")
        try:
            run(args, proc, host, port, site, log_path)
        except SystemExit:
            print("serve's log ends with:\n" + "".join(open(log_path).readlines()[-15:]))
            raise
        finally:
            # SIGTERM: serve removes its output folder (tens of thousands of
            # files on a big corpus) before it exits.
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=120)
            except subprocess.TimeoutExpired:
                proc.kill()


def last_build_ms(log_path):
    """The build time serve logged last (build_with alone, without watching and serving)."""
    times = re.findall(r"built \d+ pages and \d+ files in (\d+) ms", open(log_path).read())
    return int(times[-1]) if times else 0


def run(args, proc, host, port, site, log_path):
    events = Events(host, port)
    events.generation = json.loads(events.next()[1])["generation"]  # the state on connecting
    picked = published(host, port, stories(site, args.edits))[: args.edits]
    to_event, to_page = [], []
    for i, (path, url) in enumerate(picked):
        e, p = edit_and_wait(host, port, events, path, url, f"bench-token-{i}-{time.time_ns()}")
        to_event.append(e)
        to_page.append(p)
        build = last_build_ms(log_path)
        print(f"  edit {i + 1:2}: reload event {e * 1000:7.0f} ms, page served {p * 1000:7.0f} ms"
              f" (of which build_with {build} ms)")
    ms = lambda xs, p: f"{pct(xs, p) * 1000:.0f} ms"
    print(f"save -> reload event: p50 {ms(to_event, 50)}, p95 {ms(to_event, 95)} over {len(to_event)} edits")
    print(f"save -> page served:  p50 {ms(to_page, 50)}, p95 {ms(to_page, 95)}, "
          f"mean {statistics.mean(to_page) * 1000:.0f} ms")
    mem = memory(proc.pid)
    print(f"server memory after the edits: VmRSS {mem['VmRSS']:.0f} MiB, peak VmHWM {mem['VmHWM']:.0f} MiB")
    pages = ["/", "/stories/", "/members/", "/tags/", "/stats/", "/atom.xml"] + [u for _, u in picked]
    seconds, ok, errors = load(host, port, args.clients, pages, 5)
    print(f"load: {args.clients} concurrent clients x 5 requests: {ok} ok, {len(errors)} errors "
          f"in {seconds:.2f} s ({ok / seconds:.0f} requests/s)")
    for e in errors[:5]:
        print(f"  error: {e}")


if __name__ == "__main__":
    main()
