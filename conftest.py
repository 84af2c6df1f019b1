"""Run every MyST Markdown notebook (book/ and exercises/) under nbval.

nbval collects only ``.ipynb``; this collector reads ``.md`` notebooks through
jupytext and hands them to nbval, so each code cell is one test
(``book/linear_algebra/dot_product.md::Cell 3``). nbval's tags work as usual
(``raises-exception``, ``nbval-skip``). Run in parallel with
``-n 2 --dist loadfile``, so a notebook never straddles two workers (its later
cells need the earlier cells' variables).
"""

from __future__ import annotations

from pathlib import Path

import jupytext

ROOT = Path(__file__).parent
NOTEBOOK_DIRS = ("book", "exercises")


def is_myst_notebook(path: Path) -> bool:
    """A MyST Markdown file with a Jupyter kernel declared in its front matter."""
    if path.suffix != ".md" or "_build" in path.parts:
        return False
    if any(part.startswith(".") for part in path.parts[-3:]):   # .ipynb_checkpoints
        return False
    try:
        rel = path.resolve().relative_to(ROOT)
    except ValueError:
        return False
    if rel.parts[0] not in NOTEBOOK_DIRS:
        return False
    head = path.read_text(encoding="utf-8")[:2000]
    return head.startswith("---") and "\nkernelspec:" in head


def _myst_file_class():
    from nbval import plugin

    class MystNotebookFile(plugin.IPyNbFile):
        """nbval's notebook collector, reading MyST Markdown with jupytext."""

        def collect(self):
            original = plugin.nbformat.read
            plugin.nbformat.read = lambda path, as_version=4: jupytext.read(path)
            try:
                return list(super().collect())
            finally:
                plugin.nbformat.read = original

    return MystNotebookFile


def pytest_collect_file(file_path: Path, parent):
    opt = parent.config.option
    nbval = getattr(opt, "nbval", False) or getattr(opt, "nbval_lax", False)
    if nbval and is_myst_notebook(file_path):
        return _myst_file_class().from_parent(parent, path=file_path)
    return None
