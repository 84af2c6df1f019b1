"""Screenshot every page of the built site in headless Chromium, light and dark.

    make screenshots        # builds the book first; PNGs go to book/_build/screenshots/
    python benchmarks/screenshots.py [--site DIR] [--out DIR] [page ...]

For looking at the book as a reader does (figures, math, dark mode), not a test.
"""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

import yaml
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "book" / "_build" / "html"
OUT = ROOT / "book" / "_build" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def pages() -> list[str]:
    toc = yaml.safe_load((ROOT / "book" / "_toc.yml").read_text())
    files = [toc["root"]]
    for part in toc.get("parts", []):
        files += [c["file"] for c in part.get("chapters", [])]
    return files


def main(argv: list[str]) -> None:
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--site", type=Path, default=SITE, help="built HTML folder")
    ap.add_argument("--out", type=Path, default=OUT, help="where the PNGs go")
    ap.add_argument("pages", nargs="*", help="pages as in _toc.yml (default: all)")
    args = ap.parse_args(argv[1:])
    only, site, out_dir = args.pages or pages(), args.site, args.out
    out_dir.mkdir(parents=True, exist_ok=True)
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for mode in ("light", "dark"):
            ctx = browser.new_context(viewport={"width": 1280, "height": 900},
                                      color_scheme=mode)
            ctx.add_init_script(f"localStorage.setItem('mode', '{mode}');")
            page = ctx.new_page()
            for name in only:
                page.goto(f"{base}/{name}.html", wait_until="load")
                page.wait_for_timeout(1500)          # MathJax
                out = out_dir / f"{name.replace('/', '__')}-{mode}.png"
                page.screenshot(path=str(out), full_page=True)
                print(out)
            ctx.close()
        browser.close()
    httpd.shutdown()


if __name__ == "__main__":
    main(sys.argv)
