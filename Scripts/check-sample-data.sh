#!/usr/bin/env bash
# Checks that SampleData/ matches what Scripts/make-sample-data.py writes, so the sample
# export, its zip and the request lists never drift from their generator.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
VOUCH_SAMPLE_OUT="$out" python3 Scripts/make-sample-data.py
name=Basic_LinkedInDataExport_11-20-2026
diff -r "$out/$name" "SampleData/$name"
diff -r "$out/lists" "SampleData/lists"
diff -r "$out/contacts" "SampleData/contacts"
python3 - "$out/$name.zip" "SampleData/$name.zip" <<'PY'
import sys, zipfile
def contents(path):
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}
if contents(sys.argv[1]) != contents(sys.argv[2]):
    sys.exit("SampleData zip differs from Scripts/make-sample-data.py; run it and commit the result")
PY
echo "SampleData matches its generator."
