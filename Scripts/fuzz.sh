#!/usr/bin/env bash
# Runs one libFuzzer target for N seconds: Scripts/fuzz.sh TARGET [SECONDS]
# Targets: csv, dates, profile-url, request-list, html. Crashes are saved under
# Fuzz/crashes/TARGET/; turn each into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: Scripts/fuzz.sh csv|dates|profile-url|request-list|html [seconds]}"
seconds="${2:-60}"
swift build -c debug --package-path Fuzz --product "fuzz-$target" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
mkdir -p "Fuzz/crashes/$target" "Fuzz/.work/$target"
# A copy of the seed corpus grows; the committed seeds stay as they are. The test fixtures
# seed the targets that read the same kinds of files.
cp -n Fuzz/Corpus/"$target"/* "Fuzz/.work/$target/" 2>/dev/null || true
case "$target" in
    csv) cp -n Tests/VouchKitTests/Fixtures/*.csv Tests/VouchKitTests/Fixtures/eras/*.csv "Fuzz/.work/$target/" ;;
    html) cp -n Tests/VouchKitTests/Fixtures/pages/* "Fuzz/.work/$target/" ;;
    request-list) cp -n SampleData/lists/* Tests/VouchKitTests/Fixtures/requests/*.{txt,md,tsv,eml} "Fuzz/.work/$target/" ;;
esac
rm -f "Fuzz/.work/$target/README"
SWIFT_BACKTRACE=enable=no "Fuzz/.build/debug/fuzz-$target" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="Fuzz/crashes/$target/" -print_final_stats=1 \
    "Fuzz/.work/$target"
