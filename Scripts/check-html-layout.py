#!/usr/bin/env python3
"""Renders the HTML reports in headless Chromium at phone, tablet and desktop widths and fails
when a page is wider than its window, or when a scrolling box inside it (a wide table) hides
part of its content.

The reports: analyze and vet of SampleData, and of a hostile export written here from the
format description (a 200-character name, a 5,000-character field with no spaces, profile
URLs of several hundred characters, long tags and notes). Each report is copied with a small
measuring script added before </body> and its Content-Security-Policy removed, and shown in
a frame exactly as wide as the window being tried (headless Chromium keeps its own window at
least 500 px wide); the report itself stays script-free.

    python3 Scripts/check-html-layout.py [--vouch PATH] [--screenshots DIR]

Needs Chromium (Debian: apt-get install chromium). Exit 0 when every page fits, 1 when one
does not, 2 when Chromium or vouch is missing.
"""
import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
WIDTHS = [360, 768, 1280]
SAMPLE_ZIP = os.path.join(ROOT, "SampleData", "Basic_LinkedInDataExport_11-20-2026.zip")
SAMPLE_LIST = os.path.join(ROOT, "SampleData", "lists", "pat-quinn-wishlist.csv")

MEASURE = """<script>
(function () {
  var root = document.documentElement;
  var hidden = [];
  document.querySelectorAll('body *').forEach(function (element) {
    var style = getComputedStyle(element);
    var scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll' || style.overflowX === 'hidden';
    if (scrolls && element.scrollWidth > element.clientWidth + 1) {
      hidden.push(element.tagName.toLowerCase() + (element.className ? '.' + element.className : '')
        + ' ' + element.scrollWidth + '>' + element.clientWidth);
    }
  });
  parent.document.getElementById('vouch-layout').textContent =
    JSON.stringify({scrollWidth: root.scrollWidth, innerWidth: window.innerWidth, hidden: hidden});
})();
</script>
"""


def browser():
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def hostile_export(folder):
    """A small export and request list whose text has no place to break."""
    name = "Maximiliana" + "x" * 190
    url = ("https://www.linkedin.com/in/" + "a-very-long-profile-slug-" * 8
           + "?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB" + "Q" * 80)
    field = ("Wordless" * 700)[:5000]
    company = "Northwind" * 30
    with open(os.path.join(folder, "Connections.csv"), "w", encoding="utf-8") as out:
        out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n")
        out.write(f"{name},Okafor,{url},,{company},{field},04 Dec 2020\n")
        out.write(f"Ana,Sousa,https://www.linkedin.com/in/ana-sousa,,{field[:300]},Head,04 Dec 2020\n")
        for index in range(5):
            out.write(f"Person{index},Long{'z' * 150},https://www.linkedin.com/in/p{index},,Acme,Engineer,04 Dec 2021\n")
    with open(os.path.join(folder, "people.csv"), "w", encoding="utf-8") as out:
        out.write("name,tier,tags,note\n")
        out.write(f"{name} Okafor,trusted,{'tag' * 80};short,{field}\n")
        out.write(f"Ana Sousa,familiar,x,{url}\n")
    with open(os.path.join(folder, "list.csv"), "w", encoding="utf-8") as out:
        out.write("name,profile,company,reason\n")
        out.write(f",{url},,{field}\n")
        out.write(f"{name} Okafor,,{company},{url}\n")
        out.write("Ana Sousa,,,short\n")
        out.write(f"{'Nobody' * 40},,,\n")


def reports(vouch, work):
    """Writes the reports to check; returns their paths."""
    hostile = os.path.join(work, "hostile")
    os.makedirs(hostile)
    hostile_export(hostile)
    runs = {
        "sample-analyze": ["analyze", SAMPLE_ZIP],
        "sample-vet": ["vet", SAMPLE_ZIP, "--list", SAMPLE_LIST, "--requester", "Pat Quinn"],
        "hostile-analyze": ["analyze", hostile, "--annotations", os.path.join(hostile, "people.csv")],
        "hostile-vet": ["vet", hostile, "--annotations", os.path.join(hostile, "people.csv"),
                        "--list", os.path.join(hostile, "list.csv"), "--requester", "Ana Sousa"],
    }
    paths = []
    for name, arguments in runs.items():
        path = os.path.join(work, name + ".html")
        subprocess.run([vouch] + arguments + ["--format", "html", "-o", path, "--quiet"], check=True)
        paths.append(path)
    return paths


def framed(report, work, width, height, measured):
    """A page showing the report in a frame `width` px wide, measured or as it is."""
    with open(report, encoding="utf-8") as source:
        page = source.read()
    if measured:
        page = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
        page = page.replace("</body>", MEASURE + "</body>", 1)
    frame = html.escape(page, quote=True)
    wrapper = (f'<!DOCTYPE html><html><body style="margin:0"><pre id="vouch-layout"></pre>'
               f'<iframe style="width:{width}px;height:{height}px;border:0;display:block" srcdoc="{frame}">'
               f'</iframe></body></html>')
    path = os.path.join(work, f"{'measure' if measured else 'show'}-{width}-{os.path.basename(report)}")
    with open(path, "w", encoding="utf-8") as out:
        out.write(wrapper)
    return path


def measure(chromium, page):
    dom = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
         "--window-size=1400,1000", "--dump-dom", "file://" + page],
        capture_output=True, text=True, timeout=120).stdout
    found = re.search(r'<pre id="vouch-layout">(.+?)</pre>', dom, re.S)
    if not found:
        return None
    return json.loads(html.unescape(found.group(1)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vouch", default=os.path.join(ROOT, ".build", "debug", "vouch"))
    parser.add_argument("--screenshots", help="also save a PNG of each page at each width here")
    options = parser.parse_args()
    chromium = browser()
    if not chromium:
        print("check-html-layout: Chromium not found (apt-get install chromium)", file=sys.stderr)
        return 2
    if not os.access(options.vouch, os.X_OK):
        print(f"check-html-layout: {options.vouch} not found; build first", file=sys.stderr)
        return 2
    failures = 0
    with tempfile.TemporaryDirectory() as work:
        for report in reports(options.vouch, work):
            name = os.path.basename(report)
            for width in WIDTHS:
                result = measure(chromium, framed(report, work, width, 900, measured=True))
                if result is None:
                    print(f"FAIL {name} at {width} px: Chromium gave no measurement")
                    failures += 1
                    continue
                wide = result["scrollWidth"] > result["innerWidth"]
                ok = not wide and not result["hidden"] and result["innerWidth"] == width
                print(f"{'ok  ' if ok else 'FAIL'} {name} at {width} px: page {result['scrollWidth']} px in a "
                      f"{result['innerWidth']} px window"
                      + ("; content hidden in " + ", ".join(result["hidden"]) if result["hidden"] else ""))
                failures += 0 if ok else 1
                if options.screenshots:
                    os.makedirs(options.screenshots, exist_ok=True)
                    shot = os.path.abspath(os.path.join(options.screenshots, f"{name[:-5]}-{width}.png"))
                    subprocess.run(
                        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                         f"--window-size={max(width, 500)},2400", f"--screenshot={shot}",
                         "file://" + framed(report, work, width, 2400, measured=False)],
                        capture_output=True, timeout=120)
    if failures:
        print(f"check-html-layout: {failures} page(s) wider than the window", file=sys.stderr)
        return 1
    print("check-html-layout: every report fits at " + ", ".join(f"{w}" for w in WIDTHS) + " px")
    return 0


if __name__ == "__main__":
    sys.exit(main())
