"""Shared test utilities."""

from __future__ import annotations

import sys
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


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
