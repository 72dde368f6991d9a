#!/usr/bin/env python3
"""Refreshes the report examples embedded in README.md (between <!-- example:NAME --> markers)
from docs/examples/. With --check, fails when README.md is out of date."""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
readme_path = os.path.join(ROOT, "README.md")
readme = open(readme_path, encoding="utf-8").read()
updated = readme
for name, source in [("vet", "vet.md"), ("inspect", "inspect.md")]:
    body = open(os.path.join(ROOT, "docs", "examples", source), encoding="utf-8").read()
    block = f"<!-- example:{name} -->\n````markdown\n{body}````\n<!-- /example:{name} -->"
    updated = re.sub(rf"<!-- example:{name} -->.*?<!-- /example:{name} -->", lambda _: block, updated, flags=re.S)
if "--check" in sys.argv:
    if updated != readme:
        sys.exit("README.md examples are out of date: run Scripts/make-examples.sh")
    print("README.md examples match docs/examples.")
else:
    open(readme_path, "w", encoding="utf-8").write(updated)
