"""Practice: vectors and matrices (``exercises/vectors_matrices_solutions.md``).

Stated requirements and what breaks an answer ignoring them:

* vm-standardise: columns are the features -> non-square inputs and a square
  one, first (axis=1 runs there but is wrong, so the learner hears "wrong
  axis" rather than a broadcasting error); ``np.std`` divides by n -> ddof=1
  is off by √(n/(n-1)), named; broadcasting, no loop -> source rules (a loop,
  ``np.apply_along_axis``, ``np.vectorize``); do not change X -> arguments
  compared after the call, and an integer matrix.
* vm-matvec-columns: a loop over the columns, no ``@``/``np.dot``/``np.matmul``
  -> source rules, one of them reading which index the outermost loop drives
  (a loop over the rows, ``A[i]``, ``A[i, j]`` or ``for row in A``, computes
  A @ x correctly but is not the column picture asked for); a square
  non-symmetric A first (``x[j] * A[j]`` computes A.T @ x there); integer
  entries.
* vm-signed-area: the formula, not ``np.linalg.det`` -> a source rule;
  counter-clockwise positive -> cases of both orientations, at angles where
  the dot product and ‖u‖ ‖v‖ are not ± the determinant.
* vm-centre-rows: right for square matrices -> square cases, where
  ``X - X.mean(axis=1)`` runs but subtracts the wrong numbers.
* vm-shape-a/b/c: shapes compared as tuples; ``(3)`` named as a missing comma.
"""

from __future__ import annotations

import numpy as np

from ..check import Case, Mistake
from ..rules import forbid, needs_loop, no_loop, no_row_loop
from .spec import Exercise, register


def _iris():
    from sklearn.datasets import load_iris
    return load_iris().data


def _standardise(X):
    return (X - X.mean(axis=0)) / X.std(axis=0)


def _standardise_cases(rng):
    iris = _iris()[:20]
    wide = rng.standard_normal((6, 3)) * [1.0, 10.0, 0.1] + [0.0, 5.0, -2.0]
    square = rng.standard_normal((4, 4)) + 3.0
    return [   # the square case first: reducing over the wrong axis runs on it
        Case((square,), "a square matrix: reducing over the wrong axis runs but is wrong; "
                        "X itself must not change"),
        Case((iris,), "20 flowers x 4 features: the columns are the features"),
        Case((wide,)),
        Case((rng.integers(0, 10, size=(5, 2)) + np.array([[0, 1], [1, 0], [2, 3], [5, 7],
                                                           [9, 2]]),),
             "integer entries: X - m makes a new float array; X -= m cannot"),
    ]


def _matvec_cases(rng):
    return [   # the square case first: rows for columns runs on it, and is wrong
        Case((np.array([[1.0, 2.0, 0.0], [4.0, -1.0, 3.0], [0.5, 0.0, 2.0]]),
              np.array([1.0, -2.0, 0.5])),
             "a square, non-symmetric A: x[j] multiplies column j, A[:, j], not row j"),
        Case((np.array([[1.0, 2.0], [0.0, 1.0], [3.0, -1.0]]), np.array([2.0, -1.0]))),
        Case((rng.standard_normal((4, 3)), rng.standard_normal(3))),
        Case((rng.standard_normal((2, 5)), rng.standard_normal(5))),
        Case((rng.standard_normal((3, 1)), rng.standard_normal(1)), "a single column"),
        Case((rng.integers(-3, 4, size=(3, 2)), np.array([0.5, -1.25])),
             "integer entries in A, fractions in x: start y from floats"),
    ]


_COLUMNS_NOT_ROWS = no_row_loop(0, "the exercise asks for a loop over the COLUMNS of A, "
                                "adding x[j] times column j, A[:, j]; this loop walks the "
                                "rows of A (its index comes first, A[i] or A[i, j], or "
                                "`for row in A`)", outermost=True)


def _area(u, v):
    return float(np.linalg.det(np.column_stack([u, v])))


def _area_cases(rng):
    return [
        Case((np.array([1.0, 0.0]), np.array([0.0, 1.0]))),
        Case((np.array([4.0, 1.0]), np.array([1.0, 3.0])), "counter-clockwise: positive"),
        Case((np.array([1.0, 3.0]), np.array([4.0, 1.0])), "clockwise: negative"),
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
        rules=[no_loop("the exercise asks for broadcasting, not a loop"),
               forbid("np.apply_along_axis", "np.vectorize", message="the exercise asks "
                      "for broadcasting, not a loop (np.apply_along_axis and np.vectorize "
                      "loop in Python)")],
        requirements=["columns are the features (reduce over the rows)",
                      "np.std, which divides by n", "broadcasting, not a loop",
                      "do not change X"],
        mistakes=[
            Mistake(lambda X: (X - X.mean(axis=1, keepdims=True)) / X.std(axis=1, keepdims=True),
                    "you standardised the rows (axis=1); the features are the columns, so "
                    "reduce over the rows: axis=0.", "wrong-axis"),
            Mistake(lambda X: (X - X.mean(axis=1)) / X.std(axis=1), "you reduced over "
                    "axis=1, one mean per ROW, and broadcasting then laid those row means "
                    "out along a row (a square matrix raises no error). The features are "
                    "the columns: reduce over the rows, axis=0.", "wrong-axis"),
            Mistake(lambda X: X - X.mean(axis=0), "you centred the columns but did not "
                    "divide by their standard deviations.", "known-mistake"),
            Mistake(lambda X: X / X.std(axis=0), "you divided by the standard deviations "
                    "but did not subtract the column means first.", "known-mistake"),
            Mistake(lambda X: (X - X.mean()) / X.std(), "you used one mean and one standard "
                    "deviation for the whole matrix; each column (feature) needs its own: "
                    "axis=0.", "known-mistake"),
            Mistake(lambda X: X - X.mean(axis=0) / X.std(axis=0), "X - m / s divides before "
                    "it subtracts (division binds tighter): put the difference in "
                    "brackets, (X - m) / s.", "known-mistake"),
            Mistake(lambda X: (X - X.mean(axis=0)) / X.var(axis=0), "you divided by the "
                    "variance; the standard deviation is its square root (X.std, or "
                    "np.sqrt of the variance).", "known-mistake"),
            Mistake(lambda X: (X - X.min(axis=0)) / (X.max(axis=0) - X.min(axis=0)),
                    "that is min-max scaling into [0, 1]; z-scores subtract the mean and "
                    "divide by the standard deviation.", "known-mistake"),
            Mistake(lambda X: (X - X.mean(axis=0)) / np.sqrt(((X - X.mean(axis=0)) ** 2)
                                                             .sum(axis=0)),
                    "your result is the z-scores divided by √n (n = the number of rows): "
                    "you took the root of the sum of squares, and np.std takes the root of "
                    "their MEAN: divide by n before the square root.", "factor-quantity"),
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
                      message="the exercise asks you not to use `@`, `np.dot` or `np.matmul`"),
               _COLUMNS_NOT_ROWS],
        requirements=["a loop over the columns", "no @, np.dot or np.matmul"],
        mistakes=[
            Mistake(lambda A, x: A.T @ x, "you added x[j] times ROW j (A[j]); the exercise "
                    "adds x[j] times COLUMN j, A[:, j].", "wrong-axis"),
            Mistake(lambda A, x: x[0] * A[:, 0], "your function returns after the first "
                    "pass of the loop: is `return` indented inside the `for`? It belongs "
                    "after the loop.", "early-return"),
            Mistake(lambda A, x: x[-1] * A[:, -1], "your result is only the last column "
                    "times its x[j]: add to y (y = y + ...) instead of replacing it.",
                    "known-mistake"),
            Mistake(lambda A, x: A[:, 1:] @ x[1:], "your sum misses column 0: indices start "
                    "at 0, range(A.shape[1]).", "off-by-one"),
            Mistake(lambda A, x: A[:, :-1] @ x[:-1], "your sum misses the last column: "
                    "range(A.shape[1]) already stops at the last index.", "off-by-one"),
            Mistake(lambda A, x: A * x, "these are the scaled columns x[j] * A[:, j] side by "
                    "side; A @ x is their SUM, one vector with an entry per row.",
                    "known-mistake"),
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
            Mistake(lambda u, v: u[0] * v[1] + v[0] * u[1], "the determinant SUBTRACTS the "
                    "second product: ad - bc, not ad + bc.", "known-mistake"),
            Mistake(lambda u, v: u[0] * v[0] + u[1] * v[1], "that is the dot product u·v "
                    "(it measures how much u and v point the same way); the area pairs "
                    "each entry of u with the OTHER entry of v: ad - bc.", "known-mistake"),
            Mistake(lambda u, v: _area(u, v) / 2, "that is the area of the triangle with "
                    "sides u and v, half the parallelogram: drop the division by 2.",
                    "factor"),
            Mistake(lambda u, v: float(np.linalg.norm(u) * np.linalg.norm(v)),
                    "that is ‖u‖ ‖v‖, the area of a rectangle with sides u and v; a "
                    "parallelogram's area is ‖u‖ ‖v‖ sin θ, which the formula ad - bc "
                    "gives directly, with its sign.", "known-mistake"),
        ],
        hints=("Name the entries: u = (a, c) and v = (b, d) are the columns of "
               "[[a, b], [c, d]]. What is the determinant of a 2 x 2 matrix?",
               "With u = (a, c) and v = (b, d) the determinant is ad - bc: "
               "return u[0] * v[1] - v[0] * u[1]."),
    ),
    Exercise(
        "vm-centre-rows", name="centre_rows", reference=_centre_rows, seed=204,
        cases=_centre_cases,
        requirements=["every row minus its own mean", "right for square matrices"],
        mistakes=[
            Mistake(lambda X: X - X.mean(), "you subtracted one number, the mean of the whole "
                    "matrix; each row needs its own mean: X.mean(axis=1, keepdims=True).",
                    "known-mistake"),
            Mistake(lambda X: _centre_rows(X) / X.std(axis=1, keepdims=True), "you also "
                    "divided by each row's standard deviation; the exercise only centres: "
                    "subtract the row means and stop there.", "known-mistake"),
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
        hints=("Which axis of X has length 150, and what happens to the axis you average "
               "over?",
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
        hints=("How many axes does x have, and what does .T do to the axes an array has?",
               "With one axis there is nothing to reverse: x.T has shape (3,), like x."),
    ),
])
