"""Shared test utilities."""

from __future__ import annotations

import sys
from pathlib import Path

import jupytext
import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
BOOK = ROOT / "book"


def run_notebook(path: Path, timeout: int = 120) -> nbformat.NotebookNode:
    """Execute a MyST notebook in its own folder; return it with outputs."""
    nb = jupytext.read(path)
    NotebookClient(nb, timeout=timeout, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    return nb


def text_outputs(nb) -> list[str]:
    out = []
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            if "text" in o:
                out.append(o["text"])
            data = o.get("data", {})
            if "text/plain" in data:
                out.append(data["text/plain"])
    return out


def imports_cell(nb):
    """A chapter's imports cell: its first code cell after "Before you start"'s
    ``before_you_start(...)`` cell (mfml.chapters), which only shows metadata."""
    return next(c for c in nb.cells
                if c.cell_type == "code" and "before_you_start(" not in c.source)


def quiz_cells(page: str) -> list:
    nb = jupytext.read(BOOK / f"{page}.md")
    return [c for c in nb.cells if c.cell_type == "code" and "quick_check(" in c.source]


def quick_checks(page: str) -> list:
    """Build every quick check of a chapter as the notebook would: its imports cell,
    then each quick check cell on its own (they must be self-contained data)."""
    import matplotlib

    from mfml import quiz
    from mfml.quiz import quick_check

    # this process only: an MPLBACKEND variable would reach the book build's
    # kernels, and their figures would vanish from the pages
    matplotlib.use("Agg")
    nb = jupytext.read(BOOK / f"{page}.md")
    imports = imports_cell(nb)
    found: list = []

    def recording(*args, **kwargs):
        found.append(quick_check(*args, **kwargs))
        return found[-1]

    for cell in quiz_cells(page):
        ns: dict = {}
        exec(compile(imports.source, f"{page}.md (imports cell)", "exec"), ns)
        ns["quick_check"] = recording
        quiz.reset_registry()     # the caller checks uniqueness across the book
        try:
            exec(compile(cell.source, f"{page}.md", "exec"), ns)
        except NameError as err:
            pytest.fail(f"{page}: a quick check cell must be self-contained data "
                        f"(it may use only the imports cell): {err}")
    return found
