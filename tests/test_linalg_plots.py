"""The shared linear-map pictures draw every 2x2 matrix, and refuse bad input clearly."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pytest

from mfml.linalg_plots import HOUSE, draw_circle_image, draw_transform


@pytest.mark.parametrize("A", [np.eye(2), [[2, 1], [1, 2]], [[0, -1], [1, 0]],
                               [[1, 2], [2, 4]], np.zeros((2, 2)), [[-1, 0], [0, 1]]])
def test_draws_any_matrix_including_singular(A):
    fig, (a1, a2) = plt.subplots(1, 2)
    draw_transform(a1, A)
    draw_circle_image(a2, A)
    plt.close(fig)


def test_the_shape_is_mapped_by_the_matrix():
    A = np.array([[2.0, 0.0], [0.0, 0.5]])
    fig, ax = plt.subplots()
    draw_transform(ax, A, show_original=False, show_basis=False)
    filled = [p for p in ax.patches if p.get_alpha() == 0.45]
    assert len(filled) == 1
    verts = filled[0].get_xy()
    assert np.allclose(verts[: HOUSE.shape[1]], (A @ HOUSE).T)
    plt.close(fig)


def test_ellipse_semi_axes_are_the_singular_values():
    A = np.array([[3.0, 0.0], [0.0, 1.0]])
    fig, ax = plt.subplots()
    draw_circle_image(ax, A, show_axes=False)
    image = ax.lines[-1].get_xydata()
    assert np.isclose(np.abs(image[:, 0]).max(), 3.0, atol=1e-3)
    assert np.isclose(np.abs(image[:, 1]).max(), 1.0, atol=1e-3)
    plt.close(fig)


@pytest.mark.parametrize("A, msg", [(np.eye(3), "2x2"), ([[np.nan, 0], [0, 1]], "NaN")])
def test_bad_matrices_get_a_clear_message(A, msg):
    fig, ax = plt.subplots()
    with pytest.raises(ValueError, match=msg):
        draw_transform(ax, A)
    plt.close(fig)


def test_house_is_not_mirror_symmetric():
    """A reflection must be visible: the mirrored house is a different shape."""
    mirrored = {(round(1 - x, 6), round(y, 6)) for x, y in HOUSE.T}
    assert mirrored != {(round(x, 6), round(y, 6)) for x, y in HOUSE.T}
