"""Practice: partial derivatives (``exercises/partial_derivatives_solutions.md``).

Stated requirements and what breaks an answer ignoring them:

* pd-jacobian: your own differences -> a source rule (no mfml.gradcheck, the
  chapter's row-by-row version, nor SciPy, SymPy or an autodiff library);
  central differences -> exp(8 x0) at x0 = 1 with rtol = 1e-8, where
  a forward difference is at best about 2e-8 off (relative) for every h and a
  central one with h in [1e-7, 1e-5] within 1e-9; shape (m, n), row i the
  partials of output i -> maps that are not square (R^3 -> R^2, R^5 -> R^3,
  R^2 -> R^4), where the transpose has another shape; integer x works -> an
  integer point, where ``x.copy()`` stays an integer array and ``x + h``
  written into it truncates the step to 0; do not change x -> the caller's
  array is compared after the call.
* pd-hessian: symmetric, both mixed entries -> an upper-triangular answer (the
  (2, 1) entry left 0) is rejected at every point; the product rule in the
  mixed partial -> points where xy sin(xy) is far from 0, so the mixed partial
  without its -xy sin(xy) term is wrong. The points are random, never shown.
* pd-mse-partials: the reference is ``mfml.gradcheck.numerical_gradient`` of the
  loss at points the learner never sees; the factor 2/n (L is a mean of squares)
  -> any data (a missing 2 is a factor 2, a sum instead of a mean a factor n);
  the residual w x + b - y -> its negative flips both signs; the order
  (dL/dw, dL/db) -> x far from 1, so the two partials differ.
* pd-normal-equations: with the bias b -> data whose x has a mean far from 0
  (the line through the origin is far off); the (b, b) entry is n -> n > 1
  samples (a 1 there is another system); solve the 2 x 2 system yourself -> a
  source rule (no lstsq, pinv, polyfit, QR, SVD, scikit-learn, scipy.stats or
  scipy.optimize, under any name: aliases are resolved to the objects). The
  factor 2/n of the partials cancels in the normal equations (both right-hand sides are 0), so it is
  tested by pd-mse-partials; a system mixing the two scales (means on the
  left, sums on the right) is off by a factor n and rejected here.
"""

from __future__ import annotations

import numpy as np

from ..check import Case, Mistake
from ..gradcheck import numerical_gradient
from ..rules import forbid
from .spec import Exercise, register

# ---------------------------------------------------------------------------
# pd-jacobian
# ---------------------------------------------------------------------------


def map_3_to_2(x):
    """(x0 x1, x1 + sin x2): R^3 -> R^2, the chapter's map."""
    return np.array([x[0] * x[1], x[1] + np.sin(x[2])])


def map_2_to_4(x):
    """R^2 -> R^4."""
    return np.array([x[0] ** 2, x[0] * x[1], np.exp(x[1]), x[0] - 3 * x[1]])


def map_2_to_2(x):
    """R^2 -> R^2 with a Jacobian that is not symmetric."""
    return np.array([x[0] ** 2 * x[1], 5 * x[0] + np.sin(x[1])])


def map_steep(x):
    """R^2 -> R^3 with a steep, strongly curved first output: exp(8 x0) at x0 = 1
    has f'' / f' = 8, so a forward difference (error ~ h f'' / 2, at best about
    2e-8 relative whatever h) misses rtol = 1e-8, while a central one with h
    between 1e-7 and 1e-5 is within 1e-9."""
    return np.array([np.exp(8 * x[0]), x[0] * x[1], np.sin(x[1])])


#: a fixed 3 x 5 matrix: the Jacobian of x -> A x is A itself
LINEAR_A = np.array([[1.0, -2.0, 0.5, 3.0, 0.0],
                     [0.0, 1.0, 4.0, -1.0, 2.0],
                     [2.0, 0.0, -3.0, 1.0, 1.0]])


def linear_5_to_3(x):
    """x -> A x with A of shape (3, 5)."""
    return LINEAR_A @ x


def _jacobian(f, x):
    x = np.asarray(x, dtype=float)
    m = len(np.atleast_1d(f(x)))
    return np.array([numerical_gradient(lambda v, i=i: np.atleast_1d(f(v))[i], x)
                     for i in range(m)])


def _jacobian_same_dtype(f, x):
    """Shifted points made by x.copy(): for an integer x the step is truncated."""
    x = np.asarray(x)
    h = 1e-6
    columns = []
    for j in range(len(x)):
        up, down = x.copy(), x.copy()
        up[j] += h
        down[j] -= h
        columns.append((f(up) - f(down)) / (2 * h))
    return np.column_stack(columns)


def _jacobian_cases(rng):
    return [
        Case((map_3_to_2, np.array([2.0, -1.0, 0.5])), "a map from R^3 to R^2: the "
             "Jacobian has shape (2, 3), one row per output"),
        Case((linear_5_to_3, rng.standard_normal(5)), "x -> A x with A of shape (3, 5): "
             "the Jacobian is A itself, shape (3, 5)"),
        Case((map_2_to_4, rng.uniform(-1, 1, 2)), "a map from R^2 to R^4: shape (4, 2)"),
        Case((map_2_to_2, rng.uniform(0.5, 2, 2)), "a square Jacobian that is not "
             "symmetric: rows are outputs, columns are inputs"),
        Case((map_steep, np.array([1.0, 0.5])), "a steep, curved output, exp(8 x0) at "
             "x0 = 1: a forward difference (f(x + h) - f(x)) / h is off in the 8th "
             "digit here; the central difference (f(x + h) - f(x - h)) / (2h) is not"),
        Case((map_3_to_2, np.array([1, 2, 3])), "an integer point: build the shifted "
             "points as floats (x.copy() of an integer array stays integer, and "
             "adding h to it truncates the step to 0)"),
    ]


# ---------------------------------------------------------------------------
# pd-hessian: f(x, y) = x^2 y^3 + sin(x y)
# ---------------------------------------------------------------------------


def practice_f(v):
    """The practice notebook's function f(x, y) = x² y³ + sin(x y)."""
    x, y = v
    return x**2 * y**3 + np.sin(x * y)


def _hessian(x, y):
    s, c = np.sin(x * y), np.cos(x * y)
    mixed = 6 * x * y**2 + c - x * y * s
    return np.array([[2 * y**3 - y**2 * s, mixed],
                     [mixed, 6 * x**2 * y - x**2 * s]])


def _hessian_no_product_rule(x, y):
    H = _hessian(x, y)
    H[0, 1] = H[1, 0] = 6 * x * y**2 + np.cos(x * y)
    return H


def _hessian_upper(x, y):
    H = _hessian(x, y)
    H[1, 0] = 0.0
    return H


def _hessian_cases(rng):
    cases = [Case(tuple(float(v) for v in rng.uniform(-1.5, 1.5, 2)),
                  "a point you have not seen") for _ in range(4)]
    cases.append(Case((1.2, 1.1), "x y = 1.32, where x y sin(x y) is about 1.3: the "
                      "mixed partial of sin(x y) needs the product rule"))
    cases.append(Case((-0.9, 1.4), "a point with x < 0: the Hessian is symmetric, "
                      "fill both mixed entries"))
    return cases


# ---------------------------------------------------------------------------
# pd-mse-partials
# ---------------------------------------------------------------------------


def _mse_partials(w, b, x, y):
    """The reference: central differences of the loss (mfml.gradcheck)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    return numerical_gradient(lambda p: np.mean((p[0] * x + p[1] - y) ** 2), [w, b])


def _analytic(w, b, x, y, scale=None, sign=1.0):
    r = sign * (w * x + b - y)
    k = 2 / len(x) if scale is None else scale(len(x))
    return np.array([k * x @ r, k * r.sum()])


def _mse_cases(rng):
    cases = []
    for n, centre, spread in [(20, 3.0, 1.0), (50, -2.0, 4.0), (8, 10.0, 0.5)]:
        x = rng.normal(centre, spread, n)
        y = 1.5 * x - 2.0 + rng.normal(0, 1, n)
        w, b = rng.normal(0, 2, 2)
        cases.append(Case((float(w), float(b), x, y), f"{n} samples, at a point "
                          "(w, b) you have not seen"))
    cases.append(Case((0.0, 0.0, np.array([1.0, 2.0, 3.0]), np.array([2.0, 2.0, 5.0])),
                      "three samples at w = b = 0: dL/dw = -(2/3)(1·2 + 2·2 + 3·5) = -14, "
                      "dL/db = -(2/3)(2 + 2 + 5) = -6"))
    return cases


# ---------------------------------------------------------------------------
# pd-normal-equations
# ---------------------------------------------------------------------------


def _fit_line(x, y):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    A = np.column_stack([x, np.ones(len(x))])
    return np.linalg.lstsq(A, y, rcond=None)[0]


def _fit_through_origin(x, y):
    return np.array([x @ y / (x @ x), 0.0])


def _fit_bb_one(x, y):
    M = np.array([[x @ x, x.sum()], [x.sum(), 1.0]])
    return np.linalg.solve(M, np.array([x @ y, y.sum()]))


def _fit_cases(rng):
    cases = []
    for n, centre, w, b in [(30, 25.0, 10.0, -120.0), (12, -4.0, -0.5, 3.0),
                            (100, 0.0, 2.0, 1.0)]:
        x = rng.normal(centre, 3.0, n)
        cases.append(Case((x, w * x + b + rng.normal(0, 1, n)),
                          f"{n} samples with x centred near {centre:g} and a bias of "
                          f"about {b:g}: the line needs its bias"))
    cases.append(Case((np.array([1.0, 2.0, 3.0, 4.0]), np.array([3.0, 5.0, 7.0, 9.0])),
                      "four points on y = 2x + 1 exactly: (w, b) = (2, 1)"))
    return cases


#: What pd-normal-equations forbids: every library route that fits the line for
#: the learner, under any name. Patterns catch the spelling (``np.linalg.lstsq``,
#: ``scipy.linalg.lstsq``, ``A.qr``...) and the plain names (``from numpy.linalg import
#: pinv``); ``modules`` resolves aliases to the objects themselves (``from numpy.linalg
#: import lstsq as ls``, ``ls = np.linalg.lstsq`` at the top of the notebook, a
#: ``LinearRegression`` imported at the top) while ``np.linalg.solve`` stays allowed;
#: ``getattr``/``eval`` would build a forbidden name from strings.
_FITTERS = ("lstsq", "pinv", "polyfit", "polynomial", "qr", "svd", "linregress",
            "LinearRegression", "curve_fit", "Polynomial")
_NO_FITTING_ROUTINE = forbid(
    *(f"np.{name}" for name in _FITTERS), *_FITTERS, "getattr", "eval", "exec",
    "__import__",
    modules=("numpy.linalg.lstsq", "numpy.linalg.pinv", "numpy.linalg.qr",
             "numpy.linalg.svd", "numpy.polyfit", "numpy.polynomial",
             "scipy.linalg.lstsq", "scipy.linalg.pinv", "scipy.linalg.qr",
             "scipy.linalg.svd", "scipy.stats", "scipy.optimize", "sklearn",
             "statsmodels"),
    message="the exercise asks you to set up the 2 x 2 normal equations and solve "
            "them (np.linalg.solve on the 2 x 2 matrix, or by hand), not to call a "
            "fitting routine: no lstsq, pinv, polyfit, QR or SVD, scikit-learn, "
            "scipy.stats or scipy.optimize")


def _fit_advice(exc):
    """A tall np.linalg.solve: the generic advice ("use np.linalg.lstsq") names the
    very routine this exercise forbids."""
    if "must be square" in str(exc):
        return ("np.linalg.solve needs a square system, and the normal equations are "
                "2 x 2: build M = [[Σx², Σx], [Σx, n]] and the right-hand side "
                "[Σxy, Σy] (or multiply the tall A = [x, 1] by A.T on both sides), then "
                "solve M (w, b) = rhs. Print M.shape: it must be (2, 2).")
    return None


EXERCISES = register([
    Exercise(
        "pd-jacobian", name="numerical_jacobian", reference=_jacobian, seed=901,
        cases=_jacobian_cases, rtol=1e-8, atol=1e-7,
        rules=[forbid("np.numerical_gradient", "numerical_gradient", "np.check_gradient",
                      "np.approx_fprime", "approx_fprime", "np.derivative", "np.jacobian",
                      "jacobian",
                      modules=("mfml", "scipy", "sympy", "numdifftools", "jax", "torch",
                               "autograd"),
                      message="the exercise asks you to write the central differences "
                      "yourself, column by column, not to call mfml.gradcheck (the "
                      "chapter's version), SciPy or SymPy")],
        near_miss="check your difference and your step. A forward difference "
                   "(f(x + h) - f(x)) / h is off in about the 8th digit at best; the "
                   "central one, (f(x + h e_j) - f(x - h e_j)) / (2h), is far more "
                   "accurate. A step much larger than h = 1e-6 bends the slope with "
                   "curvature, a much smaller one drowns it in round-off; a float32 "
                   "array keeps only 7 digits.",
        requirements=["your own differences, not mfml.gradcheck or a library",
                      "central differences",
                      "shape (m, n): row i holds the partials of output i",
                      "integer x works", "do not change x"],
        mistakes=[
            Mistake(lambda f, x: _jacobian(f, x).T, "that is the transpose: the Jacobian "
                    "has one ROW per output f_i and one COLUMN per input x_j, shape "
                    "(m, n). Row i is the gradient of output i.", "transposed"),
            Mistake(_jacobian_same_dtype, "for an integer x, x.copy() is an integer "
                    "array, and x_j ± h written into it is truncated (1 + 1e-6 becomes 1, "
                    "1 - 1e-6 becomes 0). Convert first: x = np.asarray(x, dtype=float).",
                    "integer-truncated"),
        ],
        hints=("Column j of the Jacobian is how every output moves when x_j alone moves: "
               "a central difference of the whole vector f in coordinate j.",
               "Make x a float array first (an integer array truncates x + h). For each "
               "input j, shift x by h along coordinate j both ways, take the central "
               "difference of the two output vectors over 2h (h about 1e-6): that is "
               "column j, m numbers. Put the n columns side by side so the shape is "
               "(m, n)."),
    ),
    Exercise(
        "pd-hessian", name="hessian_f", reference=_hessian, seed=902,
        cases=_hessian_cases, rtol=1e-9, atol=1e-9,
        requirements=["symmetric: both mixed entries",
                      "the product rule in the mixed partial"],
        mistakes=[
            Mistake(_hessian_upper, "your (2, 1) entry is 0: the Hessian is symmetric, "
                    "d2f/dydx = d2f/dxdy (Schwarz), so both mixed entries hold the same "
                    "mixed partial.", "known-mistake"),
            Mistake(_hessian_no_product_rule, "your mixed partial misses a term: "
                    "d/dy of y cos(xy) is a product, cos(xy) - x y sin(xy).",
                    "known-mistake"),
            Mistake(lambda x, y: _hessian(y, x), "x and y are swapped: the first "
                    "argument is x.", "known-mistake"),
        ],
        hints=("Differentiate f = x² y³ + sin(x y) once in x and once in y, then "
               "differentiate each of those again in x and in y. Treat the other "
               "variable as a constant, and watch for products.",
               "Find f_x and f_y first (in each, sin(xy) gives a cos(xy) times the "
               "other variable). Differentiate f_x in x for f_xx, f_y in y for f_yy, "
               "and f_x in y for the mixed f_xy: there y cos(xy) is a product of two "
               "factors that both depend on y. Check f_xy against d/dx of f_y, then put "
               "f_xy in both off-diagonal places."),
    ),
    Exercise(
        "pd-mse-partials", name="mse_partials", reference=_mse_partials, seed=903,
        cases=_mse_cases, rtol=1e-6, atol=1e-7,
        requirements=["the factor 2/n: L is a mean of squares",
                      "the residual w x + b - y", "the order (dL/dw, dL/db)"],
        mistakes=[
            Mistake(lambda w, b, x, y: _analytic(w, b, x, y, scale=lambda n: 1 / n),
                    "a factor 2 is missing: the derivative of r² is 2 r.", "factor"),
            Mistake(lambda w, b, x, y: _analytic(w, b, x, y, scale=lambda n: 2.0),
                    "you summed where L takes the mean: divide by n (the factor is "
                    "2/n).", "factor-quantity"),
            Mistake(lambda w, b, x, y: _analytic(w, b, x, y, sign=-1.0), "both signs are "
                    "flipped: with r = w x + b - y the partials are (2/n) Σ x r and "
                    "(2/n) Σ r. You used y - (w x + b).", "wrong-sign"),
            Mistake(lambda w, b, x, y: _analytic(w, b, x, y)[::-1], "the order is "
                    "(dL/dw, dL/db): the partial in w first.", "wrong-order"),
        ],
        hints=("Hold b fixed and differentiate the mean of (w x_i + b - y_i)² in w; then "
               "hold w fixed and differentiate in b. The chain rule on a square gives "
               "2 r times the derivative of r.",
               "Write the residuals r_i = w x_i + b - y_i as one array. r_i changes at "
               "rate x_i when w moves and at rate 1 when b moves; each square r_i² "
               "changes at 2 r_i times that. Average over the n samples, w first."),
    ),
    Exercise(
        "pd-normal-equations", name="fit_line", reference=_fit_line, seed=904,
        cases=_fit_cases, rtol=1e-6, atol=1e-8,
        rules=[_NO_FITTING_ROUTINE], advice=_fit_advice,
        requirements=["with the bias b", "the (b, b) entry is n",
                      "solve the 2 x 2 system yourself"],
        mistakes=[
            Mistake(_fit_through_origin, "that is the line through the origin (b = 0): "
                    "set BOTH partials to zero, dL/dw = 0 and dL/db = 0, and solve for "
                    "w and b together.", "known-mistake"),
            Mistake(_fit_bb_one, "the (b, b) entry of the system is n, not 1: "
                    "dL/db = 0 gives w Σx + b·n = Σy, since b appears once per sample.",
                    "known-mistake"),
            Mistake(lambda x, y: _fit_line(x, y)[::-1], "return (w, b): the slope "
                    "first.", "wrong-order"),
        ],
        hints=("Set the two partials of the previous exercise to zero. Each is linear in "
               "w and b: two equations, two unknowns.",
               "Multiply out dL/dw = 0 and dL/db = 0 and collect the terms in w and in "
               "b: each row of the 2 x 2 matrix holds the coefficients of w and b in one "
               "equation (sums of x², of x, and a count), the right-hand side the sums "
               "with y. Solve that square system with np.linalg.solve."),
    ),
])
