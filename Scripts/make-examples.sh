#!/usr/bin/env bash
# Writes the example reports for SampleData into docs/examples/ (markdown, HTML, JSON and the
# terminal summary). With --check, compares instead and fails on drift (CI runs that).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product vouch >/dev/null
vouch="$(swift build --show-bin-path)/vouch"
export_zip=SampleData/Basic_LinkedInDataExport_11-20-2026.zip
list=SampleData/lists/pat-quinn-wishlist.csv
out=docs/examples
if [ "${1:-}" = "--check" ]; then out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT; fi
mkdir -p "$out"
"$vouch" analyze "$export_zip" -o "$out/analyze.md"
"$vouch" analyze "$export_zip" --format html -o "$out/analyze.html"
"$vouch" vet "$export_zip" --list "$list" --requester "Pat Quinn" -o "$out/vet.md" --quiet
"$vouch" vet "$export_zip" --list "$list" --requester "Pat Quinn" --format html -o "$out/vet.html" --quiet
"$vouch" vet "$export_zip" --list "$list" --requester "Pat Quinn" --format json -o "$out/vet.json" --quiet
NO_COLOR=1 "$vouch" vet "$export_zip" --list "$list" --requester "Pat Quinn" -o /dev/null \
    | sed 's#Report written to /dev/null#Report written to pat-quinn.md#' > "$out/vet-summary.txt"
"$vouch" inspect "$export_zip" -o "$out/inspect.md"
"$vouch" analyze "$export_zip" --contacts SampleData/contacts/google-contacts.csv \
    --contacts SampleData/contacts/phone.vcf -o "$out/analyze-with-contacts.md"
if [ "${1:-}" = "--check" ]; then
    diff -r "$out" docs/examples && echo "docs/examples matches the current reports."
    python3 Scripts/update-readme-examples.py --check
else
    python3 Scripts/update-readme-examples.py
fi
