"""Pictures of linear maps, shared by the linear-algebra chapters.

    fig, ax = plt.subplots()
    draw_transform(ax, A)            # the unit grid, a shape and the basis vectors, mapped by A
    draw_circle_image(ax, A)         # the unit circle and the ellipse A maps it to
"""

from __future__ import annotations

import numpy as np

from .style import COLORS, arrow, vector_axes

#: A small "house" outline with a chimney on the right: not mirror-symmetric,
#: so reflections (negative determinants) and rotations are visible.
HOUSE = np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 0.7], [0.85, 0.82], [0.85, 1.05],
                  [0.75, 1.05], [0.75, 0.9], [0.5, 1.1], [0.0, 0.7], [0.0, 0.0]]).T


def _as_matrix(A) -> np.ndarray:
    A = np.asarray(A, dtype=float)
    if A.shape != (2, 2):
        raise ValueError(f"these pictures are of 2x2 matrices, got shape {A.shape}")
    if not np.all(np.isfinite(A)):
        raise ValueError("the matrix contains NaN or inf")
    return A


def draw_transform(ax, A, *, lim: float = 3.0, n_lines: int = 7, shape: np.ndarray = HOUSE,
                   show_basis: bool = True, show_original: bool = True):
    """Draw the grid, ``shape`` and the basis vectors before (faint) and after ``A``.

    Works for every 2x2 matrix, singular ones included (the grid collapses onto
    a line or a point, which is the point of showing it).
    """
    A = _as_matrix(A)
    vector_axes(ax, lim=lim, grid=False)
    ticks = np.linspace(-(n_lines // 2), n_lines // 2, n_lines)
    t = np.linspace(ticks[0], ticks[-1], 2)
    for c in ticks:
        for line in (np.vstack([t, np.full_like(t, c)]), np.vstack([np.full_like(t, c), t])):
            if show_original:
                ax.plot(*line, color=COLORS["grey"], lw=0.5, alpha=0.35)
            ax.plot(*(A @ line), color=COLORS["sky"], lw=0.9, alpha=0.8)
    if show_original:
        ax.fill(*shape, color=COLORS["grey"], alpha=0.15, lw=0)
    ax.fill(*(A @ shape), color=COLORS["orange"], alpha=0.45, lw=1.5,
            edgecolor=COLORS["orange"])
    if show_basis:
        arrow(ax, A[:, 0], color="vermillion", label="Ae₁")
        arrow(ax, A[:, 1], color="blue", label="Ae₂")
    return ax


def draw_circle_image(ax, A, *, lim: float = 3.0, n: int = 200, show_axes: bool = True):
    """The unit circle (faint) and its image under ``A``: an ellipse whose
    semi-axes are the singular values times the left singular vectors."""
    A = _as_matrix(A)
    vector_axes(ax, lim=lim)
    th = np.linspace(0, 2 * np.pi, n)
    circle = np.vstack([np.cos(th), np.sin(th)])
    ax.plot(*circle, color=COLORS["grey"], lw=1, ls="--")
    ax.plot(*(A @ circle), color=COLORS["blue"], lw=2)
    if show_axes:
        U, s, _ = np.linalg.svd(A)
        for k, colour in zip(range(2), ("vermillion", "green")):
            if s[k] > 1e-12:
                arrow(ax, s[k] * U[:, k], color=colour, label=f"σ{k + 1}u{k + 1}")
    return ax
