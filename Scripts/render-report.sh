#!/usr/bin/env bash
# Renders an HTML report to PNG with headless Chromium (Debian: apt-get install chromium),
# to check how it looks: Scripts/render-report.sh REPORT.html OUT.png [WIDTH]
# Headless Chromium keeps its window at least 500 px wide: for a phone's width, use
# `python3 Scripts/check-html-layout.py --screenshots DIR`, which frames the page. Not part of CI.
set -euo pipefail
report="$(realpath "${1:?usage: render-report.sh REPORT.html OUT.png [WIDTH]}")"
out="${2:?usage: render-report.sh REPORT.html OUT.png [WIDTH]}"
width="${3:-1200}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome)"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --window-size="$width,2400" --screenshot="$out" "file://$report" 2>/dev/null
echo "wrote $out"
