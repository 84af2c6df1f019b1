"""Measure the book's time and size budgets and write them to benchmarks/RESULTS.md.

    make bench                                  # everything (builds, runs the suite)
    .venv/bin/python benchmarks/run.py --corpus # only the practice checker's corpus figures
    .venv/bin/python benchmarks/run.py --pages book/_build/html
                                                # only the per-page weights of a built site

Measured, not asserted: timings depend on the machine, so no test fails on
them. Re-run after a change that could move them and commit the new file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
OUT = ROOT / "benchmarks" / "RESULTS.md"


def timed(cmd: list[str], **kw) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, **kw)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return elapsed


def kb(n: int) -> str:
    return f"{n / 1024:,.0f} KB"


def interactive_frames(html: str) -> list[tuple[int, int]]:
    """(frame count, KB) of every static interactive on a built page.

    Read from the frames each interactive embeds (its ``mfml-frames`` JSON),
    not from the page's text: readers are not shown these figures.
    """
    out = []
    for data in re.findall(r'<script type="application/json" class="mfml-frames">(.*?)'
                           r"</script>", html, re.S):
        png = json.loads(data)["png"]
        out.append((len(png), round(sum(len(p) for p in png) / 1024)))
    return out


def page_weight(site: Path, page: str) -> dict:
    """Bytes a first visit to `page` downloads: the HTML and everything it references."""
    html_path = site / f"{page}.html"
    html = html_path.read_text(encoding="utf-8")
    refs = set(re.findall(r'(?:src|href)="([^"#?]+)(?:\?[^"]*)?"', html))
    files = {}
    for ref in refs:
        if "://" in ref or ref.startswith(("data:", "mailto:")):
            continue
        f = (html_path.parent / ref).resolve()
        if f.is_file() and f.suffix in {".js", ".css", ".png", ".svg", ".jpg", ".woff2"}:
            files[f] = f.stat().st_size
    frames = interactive_frames(html)
    return {
        "html": html_path.stat().st_size,
        "images": sum(s for f, s in files.items() if f.parent.name == "_images"),
        "scripts_css": sum(s for f, s in files.items() if f.suffix in {".js", ".css"}),
        "frames": frames,
    }


def page_table(per_page: dict) -> list[str]:
    lines = ["| Page | HTML | Figures | Interactive frames |", "|---|---|---|---|"]
    for c, w in per_page.items():
        frames = "; ".join(f"{n} frames, {size} KB" for n, size in w["frames"]) or "none"
        lines.append(f"| {c} | {kb(w['html'])} | {kb(w['images'])} | {frames} |")
    return lines


def site_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).with_suffix("").as_posix()
                  for p in site.glob("*/*.html")
                  if p.parent.name not in ("_static", "_sources"))


def pages_only(site: Path) -> None:
    """Rewrite only the per-page table of RESULTS.md from a site you built (quick:
    no build, no suite): ``python benchmarks/run.py --pages book/_build/html``."""
    text = OUT.read_text()
    head, rest = text.split("## Every chapter page", 1)
    tail = rest[rest.index("## Practice checker"):]
    table = page_table({c: page_weight(site, c) for c in site_pages(site)})
    OUT.write_text(head + "## Every chapter page\n\n"
                   "The HTML includes the interactives' frames; scripts and styles are "
                   "shared by all pages.\n"
                   f"Table measured {dt.date.today().isoformat()} from a built site "
                   "(`run.py --pages`).\n\n" + "\n".join(table) + "\n\n" + tail)
    print("\n".join(table))


def corpus_lines() -> list[str]:
    """The practice-checker figures over the learner-answer corpus (tests/corpus)."""

    def summary(*topics: str) -> dict:
        out = subprocess.run([str(BIN / "python"), "-m", "tests.corpus.summary", "--json",
                              *topics], cwd=ROOT, capture_output=True, text=True, check=True)
        return json.loads(out.stdout)

    total = summary()
    lines = [
        "## Practice checker against the learner-answer corpus",
        "",
        "`tests/corpus/` holds realistic learner answers, each run through its exercise's",
        "real `check` call (`python -m tests.corpus.summary`). Goals: 0, 0, 0, under 15 %.",
        "The corpus was written by the people who then fixed what it found, so these",
        "figures flatter the checker: a fresh attack by someone else is the honest test.",
        "",
        "| Notebook | Wrong answers | Wrong accepted | Correct-but-different | Correct rejected "
        "| Checker tracebacks | Generic messages (share of rejected wrong) |",
        "|---|---|---|---|---|---|---|",
    ]
    for t in total["topics"] + ["all"]:
        f = total if t == "all" else summary(t)
        lines.append(f"| {t} | {f['wrong_answers']} | {f['wrong_accepted']} | "
                     f"{f['correct_answers']} | {f['correct_rejected']} | "
                     f"{f['checker_tracebacks']} | {f['generic_messages']} "
                     f"({100 * f['generic_share']:.1f} %) |")
    return lines + [""]


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        build = [str(BIN / "jupyter-book"), "build", "-W", "-n", "--keep-going",
                 "--path-output", tmp, "book"]
        clean = timed(build)
        rebuild = timed(build)
        site = Path(tmp) / "_build" / "html"
        weight = page_weight(site, "linear_algebra/dot_product")
        chapters = site_pages(site)
        per_page = {c: page_weight(site, c) for c in chapters}
        total_site = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
        vendor = sum(f.stat().st_size for f in (site / "_static/_vendor").rglob("*")
                     if f.is_file())
        pages = len(list(site.rglob("*.html")))
    suite = timed([str(BIN / "python"), "-m", "pytest", "-q", "-n", "2", "--dist", "loadfile"],
                  env={**os.environ, "CI": "true"})

    rows += [
        ("Clean build (`jupyter-book build -W -n`, empty cache)", f"{clean:.1f} s"),
        ("No-change rebuild (execution cache warm)", f"{rebuild:.1f} s"),
        ("Full test suite (`make test`, 2 workers, includes a clean build)", f"{suite:.1f} s"),
        ("Dot product page: HTML (includes the interactive's frames)", kb(weight["html"])),
        ("Dot product page: its figure PNGs", kb(weight["images"])),
        ("Dot product page: scripts and styles it loads (shared by all pages)",
         kb(weight["scripts_css"])),
        ("Dot product page: first visit in all (HTML + figures + scripts/styles; "
         "MathJax fonts and extensions load on demand)",
         kb(weight["html"] + weight["images"] + weight["scripts_css"])),
    ]
    for n, size in weight["frames"]:
        rows.append(("Dot product interactive (static frames)", f"{n} frames, {size} KB"))
    rows += [
        ("Vendored JavaScript (MathJax, RequireJS, widget manager)", kb(vendor)),
        (f"Whole site ({pages} HTML files)", kb(total_site)),
    ]
    page_lines = page_table(per_page)
    lines = [
        "# Measured figures",
        "",
        "Written by `make bench` (`benchmarks/run.py`); timings depend on the machine,",
        "so they are recorded here, never asserted in tests.",
        "",
        f"Measured {dt.date.today().isoformat()} on {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}.",
        "",
        "| What | Figure |",
        "|---|---|",
        *[f"| {a} | {b} |" for a, b in rows],
        "",
        "## Every chapter page",
        "",
        "The HTML includes the interactives' frames; scripts and styles are shared by all pages.",
        "",
        *page_lines,
        "",
        *corpus_lines(),
    ]
    OUT.write_text("\n".join(lines))
    print("\n".join(lines))


def corpus_only() -> None:
    """Rewrite only the corpus section of RESULTS.md (quick: no build, no suite)."""
    text = OUT.read_text() if OUT.exists() else ""
    head = text.split("## Practice checker against the learner-answer corpus")[0].rstrip("\n")
    OUT.write_text(head + "\n\n" + "\n".join(corpus_lines()))
    print("\n".join(corpus_lines()))


if __name__ == "__main__":
    if not shutil.which(str(BIN / "jupyter-book")):
        sys.exit("run through `make bench` (needs the project's virtual environment)")
    if sys.argv[1:] == ["--corpus"]:
        corpus_only()
    elif sys.argv[1:2] == ["--pages"] and len(sys.argv) == 3:
        pages_only(Path(sys.argv[2]))
    else:
        main()
