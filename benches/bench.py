#!/usr/bin/env python3
"""potluck's build benchmark, side by side with Hugo on the same corpus.

For each size it generates a corpus with ../shared/corpus/gen_corpus.py
(members = stories / 5), builds it with potluck and, when `hugo` is on PATH,
builds the Hugo flavour of the same corpus with ../shared/peers/hugo-site.
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
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
GEN = os.path.join(SHARED, "corpus", "gen_corpus.py")
HUGO_SITE = os.path.join(SHARED, "peers", "hugo-site")


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


def potluck_bin():
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    return os.path.join(ROOT, "target", "release", "potluck")


def bench_size(n, runs, work, binary, hugo):
    site = os.path.join(work, f"potluck-{n}")
    subprocess.run([sys.executable, GEN, "--stories", str(n), "--members", str(n // 5), "--out", site],
                   check=True, stdout=subprocess.DEVNULL)
    out = os.path.join(site, "public")
    row = {}
    # Hugo first: it deletes nothing, so potluck's cold runs after it start on
    # a file system as clean as Hugo's did (see move_aside).
    if hugo:
        hsite = os.path.join(work, f"hugo-{n}")
        shutil.copytree(HUGO_SITE, hsite)
        subprocess.run([sys.executable, GEN, "--stories", str(n), "--members", str(n // 5),
                        "--flavor", "hugo", "--out", hsite], check=True, stdout=subprocess.DEVNULL)
        hout = os.path.join(hsite, "public")
        row["hugo"] = measure([hugo, "--quiet", "--destination", hout], hout, runs, cwd=hsite)
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
                    help="potluck only (Hugo takes several minutes per build of 50000 stories)")
    args = ap.parse_args()
    binary = potluck_bin()
    hugo = None if args.no_hugo else shutil.which("hugo")
    print(f"machine: {os.cpu_count()} cores; potluck {subprocess.run([binary, '--version'], capture_output=True, text=True).stdout.strip()}")
    if hugo:
        print("hugo:", subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.strip())
    elif args.no_hugo:
        print("hugo: skipped (--no-hugo)")
    else:
        print("hugo: not installed (apt-get install hugo); Hugo columns skipped")
    work = args.keep or tempfile.mkdtemp(prefix="potluck-bench-")
    os.makedirs(work, exist_ok=True)
    for i, n in enumerate(int(s) for s in args.sizes.split(",")):
        if i > 0:
            settle()  # the previous size's builds removed old sites
        row = bench_size(n, args.runs, work, binary, hugo)
        print(f"{n} stories (median of {args.runs} after a warm-up):")
        print(fmt_row("potluck", row["potluck"]))
        if "hugo" in row:
            print(fmt_row("hugo", row["hugo"]))
            p, h = row["potluck"], row["hugo"]
            print(f"  ratios   hugo/potluck time {h[0] / p[0]:.2f}x (over the previous output {h[4] / p[4]:.2f}x)"
                  f"   potluck/hugo RSS {p[1] / h[1]:.2f}   potluck/hugo bytes {p[3] / h[3]:.2f}")
        med, worst, rss, ci = row["rebuild"]
        print(f"  warm     after editing one story: median {med:.2f} s, worst {worst:.2f} s, {rss:.0f} MiB"
              f"; cache but no output (CI): {ci:.2f} s")
    for aside in TRASH:
        shutil.rmtree(aside, ignore_errors=True)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
