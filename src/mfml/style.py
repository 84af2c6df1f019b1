"""One figure style for the whole book.

Colours are the Okabe-Ito palette, which stays distinguishable under the common
forms of colour blindness. Figures get an opaque white background so they stay
readable when the site is shown in dark mode.
"""

from __future__ import annotations

import matplotlib
import matplotlib.pyplot as plt
import numpy as np

#: Okabe-Ito colours, by role. Use the names, not hex codes, in chapters.
COLORS = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "sky": "#56B4E9",
    "yellow": "#F0E442",
    "black": "#000000",
    "grey": "#999999",
}
PALETTE = [COLORS[c] for c in ("blue", "orange", "green", "vermillion", "purple", "sky", "black")]

RC = {
    "figure.figsize": (6.0, 4.0),
    "figure.dpi": 100,
    "figure.facecolor": "white",
    "savefig.facecolor": "white",
    "savefig.bbox": "tight",
    "axes.facecolor": "white",
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.titlesize": 12,
    "axes.labelsize": 11,
    "legend.frameon": False,
    "font.size": 10,
}


def use_book_style() -> None:
    """Apply the book's matplotlib style (call once, in a chapter's imports cell)."""
    plt.rcParams.update(RC)


def vector_axes(ax=None, lim: float = 3.0, *, grid: bool = True):
    """Square axes centred on the origin, ready for drawing 2-D vectors."""
    if ax is None:
        _, ax = plt.subplots(figsize=(4.2, 4.2))
    ax.set_xlim(-lim, lim)
    ax.set_ylim(-lim, lim)
    ax.set_aspect("equal")
    ax.axhline(0, color=COLORS["grey"], lw=0.8, zorder=0)
    ax.axvline(0, color=COLORS["grey"], lw=0.8, zorder=0)
    ax.grid(grid)
    return ax


def arrow(ax, vec, origin=(0.0, 0.0), *, color: str = "blue", label: str | None = None,
          lw: float = 2.0, ls: str = "-", **kw):
    """Draw ``vec`` as an arrow from ``origin``; ``color`` is a :data:`COLORS` name or any
    colour."""
    vec = np.asarray(vec, dtype=float)
    origin = np.asarray(origin, dtype=float)
    c = COLORS.get(color, color)
    ax.annotate("", xy=origin + vec, xytext=origin,
                arrowprops=dict(arrowstyle="-|>", color=c, lw=lw, ls=ls, shrinkA=0, shrinkB=0,
                                mutation_scale=14), **kw)
    if label:
        tip = origin + vec
        off = 0.12 * (vec / (np.linalg.norm(vec) + 1e-12))
        ax.text(*(tip + off), label, color=c, fontsize=12, ha="center", va="center",
                fontweight="bold")
    return ax
