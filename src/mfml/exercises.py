"""Generate each learner practice notebook from its solution notebook.

The solution notebook (``exercises/<topic>_solutions.md``) is the single source.
The learner version (``exercises/<topic>.md``) is derived from it:

* a cell tagged ``solution`` is dropped (worked explanations, final asserts);
* inside a code cell, the lines from ``### BEGIN SOLUTION`` to
  ``### END SOLUTION`` become one stub line at the same indentation:
  ``raise NotImplementedError("your code here")`` by default, or the text after
  ``->`` on the BEGIN line (``### BEGIN SOLUTION -> angle = None``).

``python -m mfml.exercises`` rewrites every learner file;
``python -m mfml.exercises --check`` fails if one is out of date.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import jupytext

BEGIN = re.compile(r"^(\s*)### BEGIN SOLUTION(?:\s*->\s*(.*?))?\s*$")
END = re.compile(r"^\s*### END SOLUTION\s*$")
DEFAULT_STUB = 'raise NotImplementedError("your code here")'
BANNER = ("<!-- Generated from {src} by `python -m mfml.exercises`: edit that file, "
          "not this one. -->\n")


def strip_source(code: str) -> str:
    """Replace every BEGIN/END SOLUTION block in ``code`` with its stub."""
    out, inside = [], False
    for line in code.splitlines():
        m = BEGIN.match(line)
        if m:
            if inside:
                raise ValueError("nested ### BEGIN SOLUTION")
            inside = True
            out.append(m.group(1) + (m.group(2) or DEFAULT_STUB))
        elif END.match(line):
            if not inside:
                raise ValueError("### END SOLUTION without BEGIN")
            inside = False
        elif not inside:
            out.append(line)
    if inside:
        raise ValueError("### BEGIN SOLUTION without END")
    return "\n".join(out)


def learner_text(solution_path: Path) -> str:
    """The learner notebook (MyST Markdown text) generated from ``solution_path``."""
    nb = jupytext.read(solution_path, fmt="md:myst")
    cells = []
    for cell in nb.cells:
        if "solution" in cell.metadata.get("tags", []):
            continue
        if cell.cell_type == "code":
            cell.source = strip_source(cell.source)
        cells.append(cell)
    nb.cells = cells
    text = jupytext.writes(nb, fmt="md:myst")
    # put the banner right after the YAML header
    head, sep, body = text.partition("---\n\n")
    return head + sep + BANNER.format(src=solution_path.name) + "\n" + body


def learner_path(solution_path: Path) -> Path:
    return solution_path.with_name(solution_path.name.replace("_solutions.md", ".md"))


def solution_files(root: Path) -> list[Path]:
    return sorted(root.glob("*_solutions.md"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if a learner file is stale")
    ap.add_argument("--dir", default="exercises", type=Path)
    args = ap.parse_args(argv)
    stale = []
    for src in solution_files(args.dir):
        dst, text = learner_path(src), learner_text(src)
        if dst.exists() and dst.read_text() == text:
            continue
        if args.check:
            stale.append(dst)
        else:
            dst.write_text(text)
            print(f"wrote {dst}")
    if stale:
        print("out of date (run `python -m mfml.exercises`):", *map(str, stale), sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
