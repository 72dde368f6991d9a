#!/usr/bin/env bash
# Compares the wall time of two vouch builds on one export, in interleaved rounds: each
# round runs both, in alternating order (A B, then B A), so the machine's drift falls on
# both alike. Prints the medians and the median of the rounds' differences (B - A), which
# is what to trust on a noisy machine; differences under about 0.02 s are noise here.
#
#   Benchmarks/compare-builds.sh OLD_VOUCH NEW_VOUCH EXPORT [ROUNDS]
#
# OLD_VOUCH and NEW_VOUCH are release binaries (build a second checkout with `git worktree
# add` and `swift build -c release --static-swift-stdlib`, as Scripts/install.sh builds). Both must write the same report; check with `cmp`.
set -euo pipefail
if [ $# -lt 3 ]; then
    echo "usage: $0 OLD_VOUCH NEW_VOUCH EXPORT [ROUNDS]" >&2
    exit 64
fi
old=$1 new=$2 export=$3 rounds=${4:-31}
times=$(mktemp)
trap 'rm -f "$times"' EXIT
run() {
    /usr/bin/time -f "%e %U %S" "$1" analyze "$export" -q -o /dev/null 2>&1 >/dev/null | tail -1
}
for round in $(seq "$rounds"); do
    if [ $((round % 2)) = 1 ]; then a=$(run "$old"); b=$(run "$new"); else b=$(run "$new"); a=$(run "$old"); fi
    echo "$a $b" >> "$times"
done
python3 - "$times" <<'PY'
import statistics, sys
rows = [list(map(float, line.split())) for line in open(sys.argv[1])]
old = [r[0] for r in rows]
new = [r[3] for r in rows]
cpu_old = [r[1] + r[2] for r in rows]
cpu_new = [r[4] + r[5] for r in rows]
diff = [b - a for a, b in zip(old, new)]
print(f"{len(rows)} rounds: old {statistics.median(old):.3f} s, new {statistics.median(new):.3f} s (medians)")
print(f"new - old: median {statistics.median(diff):+.3f} s, mean {statistics.mean(diff):+.3f} s")
print(f"CPU (user + system): old {statistics.median(cpu_old):.2f} s, new {statistics.median(cpu_new):.2f} s")
PY
