"""Practice: vectors and matrices (``exercises/vectors_matrices_solutions.md``).

Stated requirements and what breaks an answer ignoring them:

* vm-standardise: columns are the features -> non-square inputs and a square
  one (axis=1 runs there but is wrong); ``np.std`` divides by n -> ddof=1
  is off by √(n/(n-1)), named; broadcasting, no loop -> a source rule; do not
  change X -> arguments compared after the call, and an integer matrix.
* vm-matvec-columns: a loop over the columns, no ``@``/``np.dot``/``np.matmul``
  -> source rules; columns, not rows -> a square non-symmetric A (a loop over
  rows computes A.T @ x there); integer entries.
* vm-signed-area: the formula, not ``np.linalg.det`` -> a source rule;
  counter-clockwise positive -> cases of both orientations.
* vm-centre-rows: right for square matrices -> square cases, where
  ``X - X.mean(axis=1)`` runs but subtracts the wrong numbers.
* vm-shape-a/b/c: shapes compared as tuples; ``(3)`` named as a missing comma.
"""

from __future__ import annotations

import numpy as np

from ..check import Case, Mistake
from ..rules import forbid, needs_loop, no_loop
from .spec import Exercise, register


def _iris():
    from sklearn.datasets import load_iris
    return load_iris().data


def _standardise(X):
    return (X - X.mean(axis=0)) / X.std(axis=0)


def _standardise_cases(rng):
    return [
        Case((_iris()[:20],), "20 flowers x 4 features: X itself must not change"),
        Case((rng.standard_normal((6, 3)) * [1.0, 10.0, 0.1] + [0.0, 5.0, -2.0],)),
        Case((rng.standard_normal((4, 4)) + 3.0,), "a square matrix: reducing over the "
                                                   "wrong axis runs but is wrong"),
        Case((rng.integers(0, 10, size=(5, 2)) + np.array([[0, 1], [1, 0], [2, 3], [5, 7],
                                                           [9, 2]]),),
             "integer entries: X - m makes a new float array; X -= m cannot"),
    ]


def _matvec_cases(rng):
    return [
        Case((np.array([[1.0, 2.0], [0.0, 1.0], [3.0, -1.0]]), np.array([2.0, -1.0]))),
        Case((rng.standard_normal((4, 3)), rng.standard_normal(3))),
        Case((np.array([[1.0, 2.0, 0.0], [4.0, -1.0, 3.0], [0.5, 0.0, 2.0]]),
              np.array([1.0, -2.0, 0.5])),
             "a square, non-symmetric A: x[j] multiplies column j, A[:, j], not row j"),
        Case((rng.standard_normal((2, 5)), rng.standard_normal(5))),
        Case((rng.standard_normal((3, 1)), rng.standard_normal(1)), "a single column"),
        Case((rng.integers(-3, 4, size=(3, 2)), np.array([0.5, -1.25])),
             "integer entries in A, fractions in x: start y from floats"),
    ]


def _area(u, v):
    return float(np.linalg.det(np.column_stack([u, v])))


def _area_cases(rng):
    return [
        Case((np.array([1.0, 0.0]), np.array([0.0, 1.0]))),
        Case((np.array([3.0, 1.0]), np.array([1.0, 2.0])), "counter-clockwise: positive"),
        Case((np.array([1.0, 2.0]), np.array([3.0, 1.0])), "clockwise: negative"),
        Case((np.array([1.0, 2.0]), np.array([2.0, 4.0])), "parallel sides: area 0"),
        Case((np.array([2, -1]), np.array([1, 3])), "integer entries"),
        Case((rng.standard_normal(2), rng.standard_normal(2))),
    ]


def _centre_rows(X):
    return X - X.mean(axis=1)[:, None]


def _centre_cases(rng):
    return [
        Case((_iris()[:4],), "a square matrix (4 flowers x 4 features)"),
        Case((rng.standard_normal((3, 3)) + [[0.0], [5.0], [-2.0]],), "a square matrix"),
        Case((rng.standard_normal((5, 2)),)),
        Case((rng.standard_normal((2, 6)),)),
    ]


EXERCISES = register([
    Exercise(
        "vm-standardise", name="standardise", reference=_standardise, seed=201,
        cases=_standardise_cases,
        rules=[no_loop("the exercise asks for broadcasting, not a loop")],
        requirements=["columns are the features (reduce over the rows)",
                      "np.std, which divides by n", "broadcasting, not a loop",
                      "do not change X"],
        mistakes=[
            Mistake(lambda X: (X - X.mean(axis=1, keepdims=True)) / X.std(axis=1, keepdims=True),
                    "you standardised the rows (axis=1); the features are the columns, so "
                    "reduce over the rows: axis=0.", "wrong-axis"),
            Mistake(lambda X: X - X.mean(axis=0), "you centred the columns but did not "
                    "divide by their standard deviations.", "known-mistake"),
        ],
        hints=("A feature is a column: its mean and standard deviation come from reducing "
               "over the rows, and broadcasting applies them to every row.",
               "return (X - X.mean(axis=0)) / X.std(axis=0). Write X - m, not X -= m: the "
               "second changes the caller's array."),
    ),
    Exercise(
        "vm-matvec-columns", name="matvec_columns", reference=lambda A, x: A @ x, seed=202,
        cases=_matvec_cases,
        rules=[needs_loop("the exercise asks for a loop over the columns of A"),
               forbid("@", "np.dot", "np.matmul", "np.einsum", "np.inner", "np.tensordot",
                      message="the exercise asks you not to use `@`, `np.dot` or `np.matmul`")],
        requirements=["a loop over the columns", "no @, np.dot or np.matmul"],
        mistakes=[
            Mistake(lambda A, x: A.T @ x, "you added x[j] times ROW j (A[j]); the exercise "
                    "adds x[j] times COLUMN j, A[:, j].", "wrong-axis"),
        ],
        hints=("A @ x is x[0] times column 0, plus x[1] times column 1, and so on; the result "
               "has one entry per row of A.",
               "y = np.zeros(A.shape[0]); for j in range(A.shape[1]): y = y + x[j] * A[:, j]; "
               "then return y. A[:, j] is column j; A[j] would be row j."),
    ),
    Exercise(
        "vm-signed-area", name="signed_area", reference=_area, seed=203, cases=_area_cases,
        rules=[forbid("np.linalg", "np.det", message="the exercise asks for the formula "
                      "ad - bc, not np.linalg.det")],
        requirements=["the formula, not np.linalg.det",
                      "positive counter-clockwise, negative clockwise"],
        mistakes=[
            Mistake(lambda u, v: abs(_area(u, v)), "your area is never negative: its sign "
                    "tells which way you turn from u to v, so do not take abs().",
                    "known-mistake"),
        ],
        hints=("Put u and v side by side as the columns of a 2 x 2 matrix; the signed area is "
               "its determinant.",
               "With u = (a, c) and v = (b, d) the determinant is ad - bc: "
               "return u[0] * v[1] - v[0] * u[1]."),
    ),
    Exercise(
        "vm-centre-rows", name="centre_rows", reference=_centre_rows, seed=204,
        cases=_centre_cases,
        requirements=["every row minus its own mean", "right for square matrices"],
        mistakes=[
            Mistake(lambda X: X - X.mean(axis=1), "X.mean(axis=1) has shape (n,), and "
                    "broadcasting reads a 1-D array as a ROW: each row's mean was subtracted "
                    "down a column. Keep the axis: X.mean(axis=1, keepdims=True).",
                    "wrong-axis"),
            Mistake(lambda X: X - X.mean(axis=0), "you centred the columns (axis=0); the "
                    "exercise centres every row: axis=1.", "wrong-axis"),
        ],
        hints=("Each row needs its own mean subtracted, and those means must line up as a "
               "column, one per row.",
               "return X - X.mean(axis=1, keepdims=True): keepdims gives shape (n, 1)."),
    ),
    Exercise(
        "vm-shape-a", name="shape_a", reference=(4,), as_shape=True,
        mistakes=[Mistake((150,), "axis=0 is the axis that disappears: the 150 rows are "
                          "averaged away and one mean per column is left.", "wrong-axis")],
        requirements=["a shape, as a tuple"],
        hints=("The axis you name is the one that disappears.",
               "axis 0 (the 150 rows) goes, the 4 columns stay: a 1-D result with 4 "
               "entries, shape (4,)."),
    ),
    Exercise(
        "vm-shape-b", name="shape_b", reference=(150, 150), as_shape=True,
        mistakes=[
            Mistake((150,), "broadcasting never drops an axis: y_col has two axes, so the "
                    "result has two.", "wrong-shape"),
            Mistake((150, 1), "the 1 in y_col's shape stretches to match y_hat's 150.",
                    "wrong-shape"),
        ],
        requirements=["a shape, as a tuple"],
        hints=("Line the shapes up from the right: (150, 1) against (150,).",
               "The last axes are 1 and 150, so the 1 stretches to 150; y_hat's missing first "
               "axis counts as 1 and stretches to 150 too: (150, 150)."),
    ),
    Exercise(
        "vm-shape-c", name="shape_c", reference=(3,), as_shape=True,
        mistakes=[
            Mistake((1, 3), "x has one axis, and .T cannot add one: it only reverses the "
                    "order of the axes there are.", "wrong-shape"),
            Mistake((3, 1), "x has one axis, and .T cannot add one: a 1-D array is neither "
                    "a row nor a column.", "wrong-shape"),
        ],
        requirements=["a shape, as a tuple"],
        hints=("A 1-D array has a single axis; transposing reverses the order of the axes.",
               "With one axis there is nothing to reverse: x.T has shape (3,), like x."),
    ),
])
