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
* vm-independent: the whole list, not pairs -> three vectors in R^3, no two
  parallel, the third the sum of the first and twice the second; any number of
  vectors of any length -> 2 and 4 vectors in R^3 (``np.linalg.det`` raises on
  the non-square matrix); dependent up to rounding -> ``0.1 v1 + 0.7 v2``
  computed in floats, where the determinant and an elimination without a
  tolerance are not zero (:data:`ROUNDED_DEPENDENT`, asserted in the tests).
* vm-rank: elimination, no library -> a source rule; any shape -> wide and
  tall cases; row swaps -> a zero in the top-left corner; a dependent column
  does not stop the search -> a wide matrix whose second column is a multiple
  of the first, so the second pivot sits in column 3 (an answer that looks
  only on the diagonal finds rank 1); entries at most tol are zero -> a rank-2
  matrix plus 1e-12 noise; integer input -> an integer matrix whose
  elimination needs fractions (an integer copy truncates them); A unchanged
  -> arguments compared after the call.
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


def _independent(vectors):
    return bool(np.linalg.matrix_rank(np.column_stack(vectors)) == len(vectors))


def _pairwise(vectors):
    """The answer that checks only pairs: no two vectors on one line."""
    k = len(vectors)
    return all(np.linalg.matrix_rank(np.column_stack([vectors[i], vectors[j]])) == 2
               for i in range(k) for j in range(i + 1, k)) and all(np.any(v) for v in vectors)


_V1, _V2 = np.array([0.3, -1.2, 0.7]), np.array([1.1, 0.4, -0.9])
#: Dependent only up to rounding: det and an elimination without tolerance say 3.
ROUNDED_DEPENDENT = [_V1, _V2, 0.1 * _V1 + 0.7 * _V2]


def _last_only(vectors):
    """An anticipated mistake: is the last vector outside the span of the others?"""
    if len(vectors) == 1:
        return bool(np.linalg.norm(vectors[0]) > 1e-12)
    A = np.column_stack(vectors[:-1])
    return bool(np.linalg.matrix_rank(np.column_stack([A, vectors[-1]]))
                > np.linalg.matrix_rank(A))


def _independent_cases(rng):
    return [
        Case(([np.array([1.0, 0.0, 1.0]), np.array([0.0, 1.0, 1.0]),
               np.array([1.0, 2.0, 3.0])],),
             "no two of these vectors are parallel, yet the third is the first plus twice "
             "the second: independence is about the whole list, not pairs"),
        Case(([np.array([2.0, 0.0, 1.0]), np.array([1.0, 1.0, 0.0]),
               np.array([0.0, 1.0, 3.0])],), "three independent vectors in R^3"),
        Case(([np.array([1.0, 2.0, 3.0]), np.array([-2.0, 0.5, 1.0])],),
             "2 vectors in R^3: their matrix is 3 x 2, not square, so it has no "
             "determinant; they are independent"),
        Case(([rng.standard_normal(3) for _ in range(4)],),
             "4 vectors in R^3 are always dependent: the rank is at most 3"),
        Case(([v.copy() for v in ROUNDED_DEPENDENT],),
             "the third vector is 0.1 v1 + 0.7 v2, computed in floating point: the "
             "dependence holds only up to rounding, so a test for an exact zero misses it; "
             "use a tolerance, as np.linalg.matrix_rank does by default"),
        Case(([np.array([1.0, -1.0, 2.0, 0.0]), np.zeros(4)],),
             "a list holding the zero vector is dependent (1 times the zero vector is 0)"),
        Case(([np.array([0.0, 3.0])],), "one non-zero vector is independent"),
        Case(([np.array([1.0, 0.0, 1.0]), np.array([0.0, 1.0, 1.0]),
               np.array([1.0, 2.0, 3.0 + 1e-6])],),
             "(1, 0, 1), (0, 1, 1) and (1, 2, 3 + 1e-6): the third vector is 1e-6 off "
             "the plane of the first two (the display rounds 3.000001 to 3), far more "
             "than rounding, so independent"),
        Case(([np.array([1.0, 2.0, -1.0]), np.array([2.0, 4.0, -2.0]),
               np.array([0.0, 1.0, 3.0])],),
             "the second vector is twice the first, and the LAST one is off their line: "
             "a dependence anywhere in the list counts, not only in the last vector"),
    ]


def _rank(A, tol=1e-9, *, swap=True, as_float=True):
    """Gaussian elimination with partial pivoting: the number of pivots.

    ``swap=False`` and ``as_float=False`` are two anticipated mistakes: no row
    swaps (the pivot must already sit in row r), and elimination in an integer
    copy, which truncates every fraction it writes back."""
    A = np.array(A, dtype=float) if as_float else np.array(A)
    m, n = A.shape
    r = 0
    for j in range(n):
        if r == m:
            break
        i = r + int(np.argmax(np.abs(A[r:, j]))) if swap else r
        if abs(A[i, j]) <= tol:
            continue
        A[[r, i]] = A[[i, r]]
        for k in range(r + 1, m):
            A[k] = A[k] - A[k, j] / A[r, j] * A[r]
        r += 1
    return r


def _rank_cases(rng):
    u, v = rng.standard_normal(4), rng.standard_normal(3)
    B = rng.standard_normal((3, 2))
    return [
        Case((np.array([[1.0, 2.0, 0.0], [2.0, 1.0, 1.0], [0.0, 3.0, -1.0]]),),
             "a square matrix of rank 2: row 3 is twice row 1 minus row 2"),
        Case((np.array([[0.0, 1.0, 2.0], [1.0, 2.0, 3.0], [2.0, 3.0, 5.0]]),),
             "a zero in the top-left corner: swap in a row with a non-zero entry "
             "in that column (full rank, 3)"),
        Case((np.array([[1.0, 2.0, 3.0, 4.0], [2.0, 4.0, 7.0, 9.0]]),),
             "a wide matrix: column 2 is twice column 1, so after the first pivot the "
             "next one is in column 3, not on the diagonal (rank 2)"),
        Case((rng.standard_normal((5, 2)),), "a tall matrix (rank 2)"),
        Case((np.outer(u, v),), "an outer product u v^T: rank one"),
        Case((B @ rng.standard_normal((2, 3)) + 1e-12 * rng.standard_normal((3, 3)),),
             "rank 2 plus noise of size 1e-12: an entry at most tol counts as zero"),
        Case((np.array([[2, 3], [3, 4]]),),
             "integer entries: the elimination needs fractions, so work on a float copy "
             "(A.astype(float)); an integer copy truncates them"),
        Case((np.zeros((2, 3)),), "the zero matrix has rank 0"),
        Case((np.array([[1, 2, 3], [2, 4, 6], [3, 6, 9]]),),
             "integer entries, rank 1: every row is a multiple of (1, 2, 3)"),
        Case((np.array([[1.0, 1.0, 1.0], [1.0, 1.0, 2.0], [1.0, 1.0, 3.0]]),),
             "column 2 equals column 1, so it has no pivot and the second pivot "
             "is in column 3, row 2: a column without a pivot must not use up a "
             "row, and the rank counts pivots, not non-zero rows (rank 2)"),
    ]


def _rank_diagonal(A, tol=1e-9, *, swap=True):
    """The answer that looks for the pivot of row j only in column j."""
    A = np.array(A, dtype=float)
    m, n = A.shape
    r = 0
    for j in range(min(m, n)):
        i = j + int(np.argmax(np.abs(A[j:, j]))) if swap else j
        if abs(A[i, j]) <= tol:
            continue
        A[[j, i]] = A[[i, j]]
        A[j + 1:] -= np.outer(A[j + 1:, j] / A[j, j], A[j])
        r += 1
    return r


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
    Exercise(
        "vm-independent", name="independent", reference=_independent, seed=205,
        cases=_independent_cases,
        requirements=["the whole list, not pairs",
                      "any number of vectors of any length (not only square)",
                      "dependent up to rounding counts as dependent"],
        mistakes=[
            Mistake(_pairwise, "you looked at the vectors one or two at a time (a zero vector, "
                    "two parallel vectors). Three vectors can be dependent although no two "
                    "of them are parallel: (1, 0, 1), (0, 1, 1) "
                    "and (1, 2, 3) = (1, 0, 1) + 2 (0, 1, 1). Test the whole list at once: "
                    "put the vectors in the columns of a matrix and compare its rank with "
                    "the number of vectors.", "known-mistake"),
            Mistake(lambda vs: bool(np.linalg.matrix_rank(np.column_stack(vs), tol=0)
                                    == len(vs)),
                    "your test counts a dependence only when a number comes out exactly "
                    "zero, and rounding leaves about 1e-16 instead. Compare with a "
                    "tolerance: np.linalg.matrix_rank's default tolerance does this.",
                    "known-mistake"),
            Mistake(lambda vs: bool(np.linalg.matrix_rank(np.column_stack(vs))
                                    == len(vs[0])),
                    "you compared the rank with the length of each vector; compare it with "
                    "the NUMBER of vectors, len(vectors): 2 independent vectors in R^3 "
                    "have rank 2.", "known-mistake"),
            Mistake(lambda vs: all(bool(np.any(v != 0)) for v in vs), "you only looked "
                    "for a zero vector. Vectors without a zero among them can still be "
                    "dependent: (1, 0, 1), (0, 1, 1) and (1, 2, 3) = (1, 0, 1) + 2 (0, 1, 1). "
                    "Test the whole list at once: compare the rank of "
                    "np.column_stack(vectors) with len(vectors).", "known-mistake"),
            Mistake(_last_only, "you tested only whether the LAST vector is a "
                    "combination of the others; a dependence can sit anywhere in the list "
                    "((1, 2, -1) and (2, 4, -2) are parallel whatever the last vector is). "
                    "Test the whole list: compare the rank of np.column_stack(vectors) "
                    "with len(vectors).", "known-mistake"),
            Mistake(lambda vs: not _independent(vs), "your answers are the opposite of the "
                    "expected ones: return True when the vectors are independent (rank = "
                    "number of vectors).", "known-mistake"),
        ],
        hints=("Put the vectors in the columns of a matrix (np.column_stack). They are "
               "independent when no column is redundant: how many independent columns "
               "does the matrix have?",
               "return np.linalg.matrix_rank(np.column_stack(vectors)) == len(vectors). "
               "The rank works for any number of vectors of any length, and its default "
               "tolerance treats a rounding-level dependence as a dependence; "
               "np.linalg.det needs a square matrix and is almost never exactly 0."),
    ),
    Exercise(
        "vm-rank", name="rank_by_elimination", reference=_rank, seed=206,
        cases=_rank_cases, kind="count", count_phrase="this matrix has rank {expected}",
        rules=[forbid("np.linalg", "np.matrix_rank", "matrix_rank", "np.svd", "svd",
                      "np.rank", "np.Matrix", "Matrix", "np.null_space", "null_space",
                      modules=("numpy.linalg", "scipy", "sympy"),
                      message="the exercise asks for elimination by hand, without "
                      "np.linalg (matrix_rank, svd, det, solve), SciPy or SymPy")],
        requirements=["by elimination, without np.linalg, SciPy or SymPy",
                      "any shape: wide and tall matrices",
                      "swap rows when the pivot position holds zero",
                      "a column without a pivot does not use up a row",
                      "an entry at most tol counts as zero",
                      "integer input works", "do not change A"],
        mistakes=[
            Mistake(lambda A, tol=1e-9: _rank(A, tol, swap=False), "when the pivot position "
                    "A[r, j] holds zero (or something at most tol), the column may still have "
                    "a pivot lower down: look for a row i >= r with abs(A[i, j]) > tol and "
                    "swap it into row r before you give up on the column.", "known-mistake"),
            Mistake(lambda A, tol=1e-9: _rank(A, tol, as_float=False), "your elimination "
                    "ran in an integer array: writing A[k] - f * A[r] back into it truncates "
                    "the fractions (for [[2, 3], [3, 4]], 4 - 1.5 * 3 = -0.5 becomes 0). "
                    "Start from a float copy: A = A.astype(float).", "integer-truncated"),
            Mistake(lambda A, tol=1e-9: _rank_diagonal(A, tol, swap=False), "you looked "
                    "for each pivot only on the diagonal, A[j, j], and gave up when it was "
                    "zero. Two things: a zero there may have a non-zero entry below it (swap "
                    "that row up), and when a column has no pivot at all the next pivot "
                    "is in the next column but the same row: keep a row counter r separate "
                    "from the column index j.", "known-mistake"),
            Mistake(_rank_diagonal, "you looked for the pivot of row j only in column j. "
                    "When a column has no pivot (it depends on the columns before it), the "
                    "next pivot is in the next column but still in the same row: keep a "
                    "row counter r separate from the column index j.", "known-mistake"),
            Mistake(lambda A, tol=1e-9: _rank(A, 0.0), "if you compared with exact zero: "
                    "after elimination, rounding (or noise in the data) leaves tiny entries "
                    "such as 1e-13 where a zero belongs, so count a pivot only when its "
                    "absolute value is above tol.", "known-mistake"),
            Mistake(lambda A, tol=1e-9: min(np.shape(A)), "you returned the largest rank a "
                    "matrix of this shape can have, min(m, n); the rank is smaller when "
                    "rows or columns depend on each other: count the pivots.",
                    "known-mistake"),
            Mistake(lambda A, tol=1e-9: int(np.sum(np.any(np.abs(A) > tol, axis=1))),
                    "you counted the non-zero rows of A itself. A row can be non-zero and "
                    "still a combination of the others: eliminate first, then count the "
                    "pivots.", "known-mistake"),
        ],
        hints=("Eliminate column by column: find a row with a non-zero entry in the column, "
               "move it up, subtract multiples of it to make zeros below it, and count it "
               "as a pivot. A column with nothing above tol has no pivot: go on to the next "
               "column with the same row.",
               "A = A.astype(float) (a copy); r = 0; for j in range(n): if r == m: break; "
               "i = r + np.argmax(np.abs(A[r:, j])); if abs(A[i, j]) <= tol: continue; "
               "swap rows r and i (A[[r, i]] = A[[i, r]]); for each row k below r: "
               "A[k] = A[k] - A[k, j] / A[r, j] * A[r]; r += 1. Return r."),
    ),
])
