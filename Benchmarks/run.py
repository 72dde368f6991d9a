#!/usr/bin/env python3
"""One command for vouch's benchmark suite; prints comparable figures and ratios.

  python3 Benchmarks/run.py [--messages 1000000] [--connections 30000] [--runs 3] [--smoke]

Generates the synthetic export (Benchmarks/generate-export.py) into bench-out/ if missing,
builds vouch (as Scripts/install.sh does) and the CSV throughput tool in release mode, then measures in one run, side by
side: the CSV reader alone (MB/s), `vouch analyze` on the folder and on the zip, `vouch vet`
with a 1,000-name list, 10x fewer messages (for linearity), and polars `read_csv` on the same
messages.csv (pip install polars). The commands run in rounds, each once per round, so drift
falls on all alike. Wall times are medians; peak RSS is the maximum seen.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_once(command):
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr}")
    return seconds, int(result.stderr.strip().splitlines()[-1]) / 1024


def measure(commands, runs):
    """Runs every command once per round, `runs` rounds: the machine's drift (up to 1.6x
    between runs a minute apart) then falls on all of them alike, which keeps the ratios
    honest. Returns each command's median wall time and largest peak RSS."""
    times = {name: [] for name in commands}
    peaks = {name: 0.0 for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            seconds, peak = run_once(command)
            times[name].append(seconds)
            peaks[name] = max(peaks[name], peak)
    return {name: (statistics.median(times[name]), peaks[name]) for name in commands}


def generate(name, connections, messages):
    folder = os.path.join(ROOT, "bench-out", name, "Basic_LinkedInDataExport_11-20-2026")
    if not os.path.exists(folder + ".zip"):
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate-export.py"), "--out", folder,
                        "--connections", str(connections), "--messages", str(messages), "--zip"], check=True)
    return folder


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--connections", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, for CI")
    args = parser.parse_args()
    if args.smoke:
        args.messages, args.connections, args.runs = 2000, 500, 1
    # As README's install builds it: on Linux with the Swift runtime linked in (starts sooner).
    static = ["--static-swift-stdlib"] if sys.platform.startswith("linux") else []
    subprocess.run(["swift", "build", "-c", "release", "--product", "vouch"] + static, cwd=ROOT, check=True)
    benchmarks = os.path.join(ROOT, "Benchmarks")
    if subprocess.run(["swift", "build", "-c", "release"], cwd=benchmarks).returncode != 0:
        # SwiftPM can keep a stale picture of the parent package (a path dependency) after
        # a target is added or renamed there; a clean build of this package clears it.
        print("building Benchmarks/ again from clean", file=sys.stderr)
        shutil.rmtree(os.path.join(benchmarks, ".build"), ignore_errors=True)
        subprocess.run(["swift", "build", "-c", "release"], cwd=benchmarks, check=True)
    vouch = os.path.join(ROOT, ".build", "release", "vouch")
    throughput = os.path.join(ROOT, "Benchmarks", ".build", "release", "csv-throughput")

    big = generate(f"c{args.connections}-m{args.messages}", args.connections, args.messages)
    small = generate(f"c{args.connections}-m{args.messages // 10}", args.connections, args.messages // 10)
    messages = os.path.join(big, "messages.csv")
    size = os.path.getsize(messages) / 1e6
    print(f"export: {args.connections} connections, {args.messages} messages ({size:.0f} MB messages.csv)")
    print(subprocess.run([throughput, messages], capture_output=True, text=True, check=True).stdout.strip())

    out = os.path.join(ROOT, "bench-out", "report.md")
    commands = {
        "vouch analyze (folder)": [vouch, "analyze", big, "-o", out],
        "vouch analyze (zip)": [vouch, "analyze", big + ".zip", "-o", out],
        "vouch vet, 1,000 names": [vouch, "vet", big, "--list", big + "-list.csv", "-o", out],
        "vouch analyze, 1/10 the messages": [vouch, "analyze", small, "-o", out],
    }
    try:
        import polars  # noqa: F401
        commands["polars read_csv (messages.csv only)"] = [
            sys.executable, "-c", f"import polars as pl; pl.read_csv({messages!r}, infer_schema_length=0)"]
    except ImportError:
        print("polars not installed (pip install polars): no yardstick")
    results = measure(commands, args.runs)
    folder_time, folder_rss = results["vouch analyze (folder)"]
    zip_time, zip_rss = results["vouch analyze (zip)"]
    vet_time, vet_rss = results["vouch vet, 1,000 names"]
    small_time, _ = results["vouch analyze, 1/10 the messages"]
    polars_time = results.get("polars read_csv (messages.csv only)", (None, None))[0]
    rows = [(name, seconds, None if name.endswith("1/10 the messages") else rss)
            for name, (seconds, rss) in results.items()]
    print(f"{'what':40} {'median s':>9} {'peak MB':>8}")
    for name, seconds, rss in rows:
        print(f"{name:40} {seconds:9.2f} {f'{rss:.0f}' if rss is not None else '-':>8}")
    print("ratios:")
    if polars_time:
        print(f"  polars / vouch analyze (folder): {polars_time / folder_time:.2f}x  (target >= 2)")
    print(f"  zip / folder: {zip_time / folder_time:.2f}x  (target <= 1.5)")
    print(f"  10x messages / 1x: {folder_time / small_time:.2f}x time  (target <= 11)")
    print(f"  vet adds: {vet_time - folder_time:+.2f} s  (target < 0.2)")
    print(f"  peak RSS: {max(folder_rss, zip_rss, vet_rss):.0f} MB  (target < 150)")


if __name__ == "__main__":
    main()
