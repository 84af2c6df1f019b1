"""Practice: the dot product (``exercises/dot_product_solutions.md``).

Requirements the exercise texts state, and the case or rule that breaks an
answer ignoring each (listed again in every spec's ``requirements``):

* dot-loop: a ``for`` loop, no ``@``/``np.dot``/``np.sum`` -> source rules;
  every entry counts -> cases of length 3, 4 and 10 (an early ``return`` or a
  short range fails).
* dot-norm: only your ``dot`` and ``np.sqrt`` -> source rules.
* dot-unit: do not change ``x`` -> arguments compared after the call; an
  integer vector (``x /= n`` on a copy of it fails, ``y[i] = ...`` truncates).
* dot-angle: degrees -> every case; between 0 and 180 -> an obtuse case and
  an opposite pair (``abs`` of the cosine fails); clip into [-1, 1] -> parallel
  and opposite vectors whose computed cosine rounds past ±1 (found by search;
  ``tests/test_practice_specs.py`` asserts that it does).
* dot-project: onto the line through ``u`` -> ``u`` never of length 1, so
  dividing by ‖u‖ instead of u·u fails; the coefficient multiplies ``u``.
* dot-cosine-matrix: rows are the vectors -> non-square inputs and a square
  one with rows of different lengths; no Python loop -> a source rule.
* dot-norm-l1: entries count by their size -> cases with negative entries
  (``np.sum(x)`` fails); without np.linalg.norm -> a source rule.
* dot-norm-inf: the largest size -> a vector whose largest entry in size is
  negative, so ``max |x|`` differs from ``max x``; without np.linalg.norm -> a
  source rule.
* dot-distances: no Python loop -> a source rule; X is m x d and Y is n x d
  -> every case has m != n (a transposed or swapped answer has the wrong
  shape); clip before the square root -> points far from the origin, whose
  zero distances the identity computes as tiny negatives (``FAR_POINTS``;
  ``tests/test_practice_specs.py`` asserts that the usual formulas do).
"""

from __future__ import annotations

import numpy as np

from ..check import Case, Mistake
from ..rules import forbid, must_call, needs_loop, no_loop
from .spec import Exercise, register

_NO_LIBRARY_DOT = forbid("@", "np.dot", "np.sum", "np.inner", "np.vdot", "np.einsum",
                         "np.matmul", "np.tensordot", "np.linalg",
                         message="the exercise asks for a `for` loop over the entries, "
                                 "without `@`, `np.dot` or `np.sum`")


def _dot(x, y):
    return float(np.dot(x, y))


def _dot_cases(rng):
    return [
        Case((rng.standard_normal(1), rng.standard_normal(1)), "vectors of length 1"),
        Case((rng.standard_normal(3), rng.standard_normal(3))),
        Case((np.array([1, 2, 3]), np.array([4, -5, 6])), "integer entries"),
        Case((np.array([0.5, -1.5, 2.0, 4.0]), np.array([2.0, 1.0, -3.0, 0.25])),
             "length 4: every entry counts, the last one too"),
        Case((rng.standard_normal(10), rng.standard_normal(10))),
    ]


def _norm_cases(rng):
    return [
        Case((np.array([-2.0]),), "a single negative entry"),
        Case((rng.standard_normal(3),)),
        Case((np.array([3, 4]),), "integer entries"),
        Case((rng.standard_normal(10),)),
        Case((np.zeros(3),), "the zero vector has length 0"),
    ]


def _unit(x):
    return x / np.linalg.norm(x)


def _unit_cases(rng):
    return [
        Case((rng.standard_normal(3),), "x itself must not change"),
        Case((np.array([-2.5]),), "length 1: the unit vector is -1"),
        Case((np.array([3, 4]),), "integer entries: x / n makes a new float array; "
                                  "an integer copy of x cannot hold 0.6"),
        Case((rng.standard_normal(10),)),
    ]


def _angle(x, y):
    """The angle in degrees, computed stably (exact 0 and 180 for parallel vectors)."""
    xh = np.asarray(x, float) / np.linalg.norm(x)
    yh = np.asarray(y, float) / np.linalg.norm(y)
    return float(np.degrees(2 * np.arctan2(np.linalg.norm(xh - yh), np.linalg.norm(xh + yh))))


#: Parallel and opposite pairs whose cosine, computed the usual ways
#: (x @ y / (‖x‖ ‖y‖), a loop, np.sum, one square root), rounds past 1 and -1.
#: Found by an exact search (fractions) over every way a CPU may round a
#: two-term dot product: each product rounded, or one of them fused (FMA), as
#: BLAS does on some CPUs and not others. A pair found on one machine only
#: rounded to exactly -1.0 on another.
CLIP_PARALLEL = (np.array([26.8, -9.0]), 3.5)
CLIP_OPPOSITE = (np.array([-13.4, 3.0]), -2.5)


def _angle_cases(rng):
    (p, kp), (q, kq) = CLIP_PARALLEL, CLIP_OPPOSITE
    return [
        Case((rng.standard_normal(3), rng.standard_normal(3))),
        Case((np.array([1.0, 0.0]), np.array([0.0, 2.0])), "perpendicular: 90 degrees"),
        Case((np.array([1.0, 0.0]), np.array([-1.0, 1.0])),
             "an obtuse angle, 135 degrees: keep the sign of the cosine"),
        Case((p, kp * p), "parallel vectors whose computed cosine rounds to "
                          "1.0000000000000002: clip it into [-1, 1]"),
        Case((q, kq * q), "opposite vectors whose computed cosine rounds to "
                          "-1.0000000000000002: clip it into [-1, 1]"),
        Case((np.array([2, 1]), np.array([-4, -2])), "opposite directions: 180 degrees"),
        Case((rng.standard_normal(10), rng.standard_normal(10))),
    ]


def _abs_cos_angle(x, y):
    c = abs(x @ y) / (np.linalg.norm(x) * np.linalg.norm(y))
    return float(np.degrees(np.arccos(np.clip(c, -1, 1))))


def _project(v, u):
    return (u @ v) / (u @ u) * u


def _project_cases(rng):
    return [
        Case((np.array([3.0, 4.0]), np.array([2.0, 0.0])), "u has length 2, not 1"),
        Case((rng.standard_normal(3), rng.standard_normal(3) * 3)),
        Case((np.array([1, 2, 2]), np.array([2, -1, 3])), "integer entries"),
        Case((np.array([1.0, 1.0]), np.array([1.0, -1.0])), "v is perpendicular to u: "
                                                          "the projection is 0"),
        Case((rng.standard_normal(10), rng.standard_normal(10) * 0.5)),
    ]


def _cosine_matrix(X):
    n = np.linalg.norm(X, axis=1)
    return (X @ X.T) / np.outer(n, n)


def _cosine_cases(rng):
    return [
        Case((rng.standard_normal((4, 3)),), "4 vectors of length 3: the rows are the vectors"),
        Case((rng.standard_normal((2, 5)),)),
        Case((np.array([[1.0, 2.0, 2.0], [0.0, 3.0, 4.0], [6.0, 0.0, 0.0]]),),
             "a square matrix whose rows have different lengths: normalise the rows, "
             "not the columns"),
        Case((rng.integers(1, 9, size=(5, 2)),), "integer entries"),
    ]


def _normalise_columns(X):
    Xh = X / np.linalg.norm(X, axis=0)
    return Xh @ Xh.T


_NO_LINALG_NORM = forbid("np.linalg", "scipy",
                         message="the exercise asks for the formula, without "
                                 "np.linalg.norm")


def _l1(x):
    return float(np.sum(np.abs(x)))


def _l1_cases(rng):
    return [
        Case((np.array([3.0, -4.0, 1.0]),), "a negative entry counts by its size: "
                                            "|-4| = 4"),
        Case((np.array([-2.5]),), "a single negative entry: its L1 norm is 2.5"),
        Case((rng.standard_normal(6),), "negative entries count by their size"),
        Case((np.array([1, -2, 3, -4]),), "integer entries, half of them negative"),
        Case((np.zeros(3),), "the zero vector has norm 0"),
    ]


def _linf(x):
    return float(np.max(np.abs(x)))


def _linf_cases(rng):
    return [
        Case((np.array([3.0, -7.0, 2.0]),), "the largest entry in size is -7: "
                                            "max |x| = 7, while max x = 3"),
        Case((np.array([-1.0, -2.0, -0.5]),), "all entries negative: the answer is 2"),
        Case((rng.standard_normal(8),),),
        Case((np.array([4, -1, 0]),), "integer entries"),
        Case((np.array([-5.0]),), "a single negative entry"),
    ]


#: Points far from the origin, some in both X and Y: the distance identity
#: computes their zero distances as tiny negative numbers (the square root of
#: which is NaN) with every usual way of writing it; see
#: ``tests/test_practice_specs.py``.
FAR_POINTS = np.round(np.random.default_rng(0).standard_normal((30, 8)) + 100, 3)


def _distances(X, Y):
    """Accurate pairwise distances (the differences themselves, no identity)."""
    X, Y = np.asarray(X, float), np.asarray(Y, float)
    return np.sqrt(np.sum((X[:, None, :] - Y[None, :, :]) ** 2, axis=2))


def _distances_cases(rng):
    return [
        Case((rng.standard_normal((4, 3)), rng.standard_normal((6, 3))),
             "X has 4 rows and Y has 6: the result is 4 x 6, one row per row of X"),
        Case((rng.standard_normal((3, 5)), rng.standard_normal((2, 5))),
             "more features than points: X is 3 x 5, Y is 2 x 5"),
        Case((rng.integers(-5, 6, size=(5, 2)), rng.integers(-5, 6, size=(3, 2))),
             "integer entries"),
        Case((FAR_POINTS[:24], FAR_POINTS[6:]),
             "points far from the origin, some in both X and Y: their distance 0 "
             "comes out of the identity as a tiny negative number; clip it to 0 "
             "before the square root"),
    ]


def _distances_unclipped(X, Y):
    D = np.sum(X * X, axis=1)[:, None] + np.sum(Y * Y, axis=1)[None, :] - 2 * X @ Y.T
    with np.errstate(invalid="ignore"):
        return np.sqrt(D)


EXERCISES = register([
    Exercise(
        "dot-loop", name="dot", reference=_dot, seed=101, cases=_dot_cases,
        rules=[_NO_LIBRARY_DOT, needs_loop("the exercise asks for a `for` loop over the "
                                           "entries, adding one product at a time")],
        requirements=["a for loop over the entries", "no @, np.dot or np.sum",
                      "every entry counts"],
        mistakes=[
            Mistake(lambda x, y: x[0] * y[0], "your function returns after the first pass of "
                    "the loop: is `return` indented inside the `for`? It belongs after the "
                    "loop, level with `for`.", "early-return"),
            Mistake(lambda x, y: np.dot(x[:-1], y[:-1]), "your loop misses the last entry: "
                    "range(len(x)) already stops at len(x) - 1, so range(len(x) - 1) stops "
                    "one too early.", "off-by-one"),
            Mistake(lambda x, y: np.dot(x[1:], y[1:]), "your loop misses the first entry: "
                    "indices start at 0.", "off-by-one"),
            Mistake(lambda x, y: x[-1] * y[-1], "your result is only the last product: add "
                    "to the running total (total += ...) instead of replacing it "
                    "(total = ...).", "known-mistake"),
            Mistake(lambda x, y: x * y, "your result is the array of products x[i] * y[i]: "
                    "the dot product is their sum, one number.", "known-mistake"),
            Mistake(lambda x, y: np.sum(x) * np.sum(y), "you multiplied the two sums; the "
                    "dot product adds up the products x[i] * y[i].", "known-mistake"),
        ],
        hints=("Keep a running total: start it at 0.0 and add one product x[i] * y[i] "
               "on every pass of the loop.",
               "total = 0.0, then for i in range(len(x)): total += x[i] * y[i]. After the "
               "loop (not inside it), return total."),
    ),
    Exercise(
        "dot-norm", name="norm", reference=lambda x: float(np.linalg.norm(x)), seed=102,
        cases=_norm_cases,
        rules=[must_call("dot", message="the exercise asks you to use your own `dot`"),
               forbid("@", "np.dot", "np.sum", "np.linalg", "np.inner", "np.vdot",
                      message="the exercise asks for your `dot` and np.sqrt only")],
        requirements=["use only your dot and np.sqrt"],
        hints=("The squared length of x is the dot product of x with itself.",
               "return np.sqrt(dot(x, x))"),
    ),
    Exercise(
        "dot-unit", name="unit", reference=_unit, seed=103, cases=_unit_cases,
        requirements=["do not change x itself", "length 1, same direction"],
        hints=("Divide x by its length, making a new array: x itself must not change.",
               "return x / norm(x). Not x /= norm(x): that changes the caller's array "
               "(and fails on an integer array)."),
    ),
    Exercise(
        "dot-angle", name="angle_deg", reference=_angle, seed=104, cases=_angle_cases,
        atol=1e-5,
        requirements=["in degrees", "between 0 and 180", "clip the cosine into [-1, 1]"],
        mistakes=[
            Mistake(_abs_cos_angle, "your angle never exceeds 90 degrees: abs() of the "
                    "cosine throws away its sign, and with it the obtuse angles.",
                    "known-mistake"),
            Mistake(lambda x, y: float(np.degrees(np.arccos(np.clip(x @ y, -1, 1)))),
                    "the cosine is x·y divided by BOTH lengths, ‖x‖ ‖y‖: x·y alone is not a "
                    "cosine.", "known-mistake"),
            Mistake(lambda x, y: float(np.cos(np.radians(_angle(x, y)))), "that is the "
                    "cosine of the angle; np.arccos turns it into the angle (in radians), "
                    "np.degrees into degrees.", "known-mistake"),
            Mistake(lambda x, y: 180.0 - _angle(x, y), "your angle is 180 degrees minus the "
                    "right one: the sign of the cosine is flipped.", "wrong-sign"),
        ],
        hints=("cos θ = x·y / (‖x‖ ‖y‖), and np.arccos turns a cosine back into an angle, "
               "in radians. Rounding can push a cosine just past 1.",
               "c = dot(x, y) / (norm(x) * norm(y)); then "
               "return np.degrees(np.arccos(np.clip(c, -1.0, 1.0))). The clip keeps "
               "1.0000000000000002 from becoming NaN."),
    ),
    Exercise(
        "dot-project", name="project", reference=_project, seed=105, cases=_project_cases,
        requirements=["project v onto the line through u (u is not a unit vector)"],
        mistakes=[
            Mistake(lambda v, u: (u @ v) / (u @ u) * v, "the coefficient (u·v)/(u·u) must "
                    "multiply u, the direction of the line, not v.", "known-mistake"),
            Mistake(lambda v, u: (u @ v) / (v @ v) * v, "you projected u onto v; the "
                    "exercise projects v onto the line through u.", "known-mistake"),
            Mistake(lambda v, u: (u @ v) / np.linalg.norm(u) * u, "you divided by ‖u‖; "
                    "divide by u·u = ‖u‖² (or use the unit vector u/‖u‖ twice).",
                    "factor-quantity"),
            Mistake(lambda v, u: (u @ v) / (u @ u), "that is the coefficient; the "
                    "projection is the coefficient times u, a vector.", "known-mistake"),
            Mistake(lambda v, u: v - _project(v, u), "that is the part of v perpendicular to "
                    "u (v minus its projection); return the projection itself.",
                    "known-mistake"),
        ],
        hints=("The projection is a multiple of u: find the number c that makes v - c u "
               "perpendicular to u.",
               "c = dot(u, v) / dot(u, u); return c * u."),
    ),
    Exercise(
        "dot-cosine-matrix", name="cosine_matrix", reference=_cosine_matrix, seed=106,
        cases=_cosine_cases,
        rules=[no_loop("the exercise asks for no Python loop: normalise all the rows at "
                       "once and use one matrix product")],
        requirements=["the rows are the vectors", "no Python loop"],
        mistakes=[
            Mistake(_normalise_columns, "you normalised the columns (axis=0); here each ROW "
                    "is a vector: np.linalg.norm(X, axis=1, keepdims=True).", "wrong-axis"),
            Mistake(lambda X: X @ X.T, "these are the dot products of the rows, not their "
                    "cosines: normalise every row to length 1 first.", "known-mistake"),
            Mistake(lambda X: _cosine_matrix(X.T), "you compared the columns with each "
                    "other; the rows are the vectors: Xhat @ Xhat.T, not Xhat.T @ Xhat.",
                    "wrong-axis"),
        ],
        hints=("Normalise every row to length 1 first; then one matrix product gives every "
               "pairwise dot product at once.",
               "Xhat = X / np.linalg.norm(X, axis=1, keepdims=True); return Xhat @ Xhat.T"),
    ),
    Exercise(
        "dot-norm-l1", name="norm_l1", reference=_l1, seed=108, cases=_l1_cases,
        rules=[_NO_LINALG_NORM],
        requirements=["entries count by their size (negative ones too)",
                      "without np.linalg.norm"],
        mistakes=[
            Mistake(lambda x: float(np.sum(x)), "you added the entries themselves, so a "
                    "negative entry subtracts: add their sizes, np.abs(x), instead.",
                    "known-mistake"),
            Mistake(lambda x: float(np.sum(np.maximum(x, 0))), "you added only the "
                    "positive entries; a negative entry counts too, by its size: "
                    "|-4| = 4.", "known-mistake"),
            Mistake(lambda x: float(abs(np.sum(x))), "you took the size of the sum; the L1 "
                    "norm is the sum of the sizes: np.abs first, then np.sum.",
                    "known-mistake"),
            Mistake(lambda x: float(np.sqrt(np.sum(np.abs(x) ** 2))), "that is the L2 "
                    "(Euclidean) norm; the L1 norm adds the sizes, with no squares and "
                    "no square root.", "known-mistake"),
            Mistake(_linf, "that is the largest size, the L-infinity norm; the L1 norm "
                    "adds all the sizes.", "known-mistake"),
        ],
        hints=("The L1 norm adds up how big each entry is, whatever its sign.",
               "return np.sum(np.abs(x))"),
    ),
    Exercise(
        "dot-norm-inf", name="norm_inf", reference=_linf, seed=109, cases=_linf_cases,
        rules=[_NO_LINALG_NORM],
        requirements=["the largest size, max |x_i| (a negative entry can be the largest)",
                      "without np.linalg.norm"],
        mistakes=[
            Mistake(lambda x: float(np.max(x)), "you took the largest entry; the "
                    "L-infinity norm is the largest entry *in size*: a negative entry "
                    "such as -7 can be the largest. Take np.abs first.", "known-mistake"),
            Mistake(lambda x: float(abs(np.max(x))), "you took the size of the largest "
                    "entry; take the largest of the sizes instead: np.max(np.abs(x)).",
                    "known-mistake"),
            Mistake(lambda x: float(np.asarray(x)[np.argmax(np.abs(x))]), "you returned the "
                    "entry itself (-7 for (3, -7, 2)); the norm is its size: take abs, "
                    "np.max(np.abs(x)).", "known-mistake"),
            Mistake(_l1, "that is the sum of the sizes, the L1 norm; the L-infinity norm "
                    "keeps only the largest one.", "known-mistake"),
        ],
        hints=("Look at how big each entry is, whatever its sign, and keep the biggest.",
               "return np.max(np.abs(x))"),
    ),
    Exercise(
        "dot-distances", name="distances", reference=_distances, seed=110,
        cases=_distances_cases, atol=1e-4,
        rules=[no_loop("the exercise asks for no Python loop: the squared lengths of the "
                       "rows and one matrix product X @ Y.T give every pair at once")],
        requirements=["no Python loop", "X is m x d and Y is n x d: the result is m x n",
                      "clip tiny negative squared distances to 0 before the square root"],
        mistakes=[
            Mistake(lambda X, Y: np.sqrt(np.maximum(
                np.sum(X * X, axis=1)[:, None] + np.sum(Y * Y, axis=1)[None, :] - X @ Y.T,
                0.0)), "the cross term of the identity is 2 x·y, twice the dot product: "
                    "‖x - y‖² = ‖x‖² + ‖y‖² - 2 x·y.", "factor"),
            Mistake(lambda X, Y: np.sqrt(np.maximum(
                np.sum(X * X, axis=1)[:, None] + np.sum(Y * Y, axis=1)[None, :]
                + 2 * X @ Y.T, 0.0)), "the cross term is subtracted: "
                    "‖x - y‖² = ‖x‖² + ‖y‖² - 2 x·y.", "wrong-sign"),
        ],
        hints=("Expand ‖x - y‖² with the distance identity: two squared lengths and "
               "one dot product. All the dot products x_i·y_j at once are X @ Y.T.",
               "sq_x = np.sum(X * X, axis=1) (length m), sq_y = np.sum(Y * Y, axis=1) "
               "(length n); D = sq_x[:, None] + sq_y[None, :] - 2 * X @ Y.T is m x n; "
               "return np.sqrt(np.maximum(D, 0.0))."),
    ),
    Exercise(
        "dot-orthogonal", name="t", reference=1.5,
        requirements=["a number t with (1, t) · (3, -2) = 0"],
        hints=("Orthogonal means that the dot product is zero.",
               "(1, t) · (3, -2) = 3 - 2t. Set it to 0 and solve for t."),
    ),
])
