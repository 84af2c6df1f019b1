"""Practice: the gradient (``exercises/gradient_solutions.md``).

Stated requirements and what breaks an answer ignoring them:

* grad-quadratic: (A + A.T) @ x for any A -> non-symmetric matrices, where
  ``2 * A @ x`` (right only for a symmetric A) and ``A @ x`` are wrong; both are
  named Mistakes.
* grad-least-squares: 2 X^T (Xw - y), the plain sum -> a missing 2 (a factor) and a
  1/n (the mean squared error's gradient) fail every case; w a column (d, 1) with a
  flat y (n,), and a flat w with a column y -> ``X @ w - y`` broadcasts to (n, n) and
  the answer has the wrong shape; the gradient has w's shape -> the same cases.
* grad-logistic: the reference is :func:`mfml.gradcheck.numerical_gradient` of the
  package's log-loss at weights the learner never sees; divide by n -> a missing
  1/n (factor-quantity); sigma(Xw) - y -> y - sigma(Xw) (wrong-sign); saturated
  scores (|Xw| up to 800) stay finite -> exp(z) / (1 + exp(z)) gives inf / inf = NaN.
* grad-directional: normalise u -> directions that are not unit vectors (g @ u is
  then a factor ||u|| off); the slope along u, not the steepest slope -> ||g||.
* grad-classify: from all the eigenvalues -> a 3x3 Hessian with a positive
  determinant and a positive first entry that is a saddle (the 2x2 determinant test
  says minimum), and a Hessian with a positive diagonal and a negative eigenvalue;
  a zero eigenvalue is inconclusive -> diag(2, 0), where ``all(lam >= 0)`` says
  minimum; rounding -> a rank-2 3x3 PSD matrix whose zero eigenvalue eigvalsh
  returns as about 1e-16, not 0 (asserted in ``tests/test_practice_specs.py``);
  the tolerance relative to max |lambda| -> the same matrix times 1e8 (its zero
  eigenvalue rounds to about 1e-9) and a flat bowl diag(3e-12, 1e-12), which a fixed
  tolerance of 1e-10 misreads.
"""

from __future__ import annotations

import numpy as np

from ..calculus import logistic_loss
from ..check import Case, Mistake
from ..gradcheck import numerical_gradient
from .spec import Exercise, register

# ---------------------------------------------------------------------------
# grad-quadratic
# ---------------------------------------------------------------------------


def _quadratic(A, x):
    A, x = np.asarray(A, dtype=float), np.asarray(x, dtype=float)
    return (A + A.T) @ x


def _quadratic_cases(rng):
    return [
        Case((np.array([[1.0, 2.0], [0.0, 1.0]]), np.array([1.0, 2.0])),
             "an upper triangular A, not symmetric"),
        Case((rng.standard_normal((4, 4)), rng.standard_normal(4)),
             "a random 4x4 A, not symmetric: the gradient is (A + A.T) @ x"),
        Case((np.array([[2.0, 1.0], [1.0, 3.0]]), np.array([1.0, -2.0])),
             "a symmetric A: here (A + A.T) @ x = 2 A x"),
        Case((rng.standard_normal((3, 3)), np.zeros(3)), "x = 0: the gradient is 0"),
    ]


# ---------------------------------------------------------------------------
# grad-least-squares
# ---------------------------------------------------------------------------


def _sse_gradient(X, y, w):
    X = np.asarray(X, dtype=float)
    r = X @ np.ravel(w) - np.ravel(y)
    return (2 * X.T @ r).reshape(np.shape(w))


def _lsq_cases(rng):
    X = rng.standard_normal((8, 3))
    y = rng.standard_normal(8)
    w = rng.standard_normal(3)
    X2 = rng.standard_normal((6, 2)) * 3
    return [
        Case((X, y, w), "flat w (3,) and flat y (8,)"),
        Case((X, y, w.reshape(-1, 1)), "w is a column (3, 1) and y is flat (8,): "
             "X @ w - y would broadcast to (8, 8); return a (3, 1) gradient, like w"),
        Case((X2, X2 @ np.array([1.0, -1.0]) + 0.5, np.array([1.0, -1.0])),
             "every residual is -0.5: the gradient is 2 X.T @ r"),
        Case((X2, rng.standard_normal((6, 1)), np.array([0.5, 2.0])),
             "y is a column (6, 1) and w is flat (2,): again no (6, 6) broadcast; "
             "the gradient is flat, like w"),
    ]


def _sse_naive(X, y, w):
    return 2 * np.asarray(X).T @ (np.asarray(X) @ w - y)


# ---------------------------------------------------------------------------
# grad-logistic
# ---------------------------------------------------------------------------


def _logistic_numeric(w, X, y):
    """The finite-difference gradient of the package's log-loss: what a correct
    formula must match at weights the learner never saw."""
    return numerical_gradient(lambda v: logistic_loss(v, X, y), w)


def _sigmoid_exact(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def _logistic_formula(w, X, y):
    return X.T @ (_sigmoid_exact(X @ w) - y) / len(y)


def _tumour_like(rng, n=40):
    X = np.column_stack([np.ones(n), rng.standard_normal((n, 2))])
    p = _sigmoid_exact(X @ np.array([0.3, -2.0, 1.0]))
    return X, (rng.random(n) < p).astype(float)


def _logistic_cases(rng):
    X, y = _tumour_like(rng)
    X5, y5 = _tumour_like(rng, 25)
    X5 = np.column_stack([X5, rng.standard_normal((25, 2))])
    return [
        Case((rng.standard_normal(3), X, y), "random weights you never saw"),
        Case((np.zeros(3), X, y), "w = 0: every p_i = 1/2"),
        Case((2 * rng.standard_normal(5), X5, y5), "five weights, 25 samples"),
        Case((np.array([0.0, 400.0, -400.0]), X, y), "saturated scores, |Xw| up to about "
             "800: exp(-z) or exp(z) overflows; a sigmoid written as "
             "exp(z) / (1 + exp(z)) gives inf / inf = nan"),
    ]


# ---------------------------------------------------------------------------
# grad-directional
# ---------------------------------------------------------------------------


def _directional(g, u):
    g, u = np.asarray(g, dtype=float), np.asarray(u, dtype=float)
    return float(g @ u / np.linalg.norm(u))


def _directional_cases(rng):
    return [
        Case((np.array([3.0, 4.0]), np.array([3.0, 4.0]) / 5), "u is already a unit "
             "vector, along the gradient: the slope is the steepest, ||g||"),
        Case((np.array([3.0, 4.0]), np.array([1.0, 1.0])), "u = (1, 1) has length "
             "sqrt(2): normalise it first"),
        Case((rng.standard_normal(4), 5 * rng.standard_normal(4)), "a direction of "
             "length far from 1, in 4-D"),
        Case((np.array([2.0, 0.0]), np.array([0.0, -3.0])), "u perpendicular to the "
             "gradient: the slope along the level set is 0"),
        Case((np.array([1.0, -2.0, 2.0]), np.array([-0.5, 1.0, -1.0])), "u points "
             "against the gradient: the slope is -||g||"),
    ]


# ---------------------------------------------------------------------------
# grad-classify
# ---------------------------------------------------------------------------

#: a rank-2 3x3 positive semidefinite matrix: eigvalsh returns its zero eigenvalue as
#: about 1e-16 (not exactly 0), so `lam > 0` without a tolerance misreads it
ROUNDED_ZERO_HESSIAN = (lambda a, b: np.outer(a, a) + np.outer(b, b))(
    np.array([1.0, 2.0, 3.0]) / 7, np.array([0.3, -1.1, 0.7]))


def _classify(H, tol=1e-10):
    lam = np.linalg.eigvalsh(np.asarray(H, dtype=float))
    scale = max(np.max(np.abs(lam)), 1e-300)
    pos, neg = lam > tol * scale, lam < -tol * scale
    if pos.any() and neg.any():
        return "saddle"
    if pos.all():
        return "minimum"
    if neg.all():
        return "maximum"
    return "inconclusive"


def _classify_cases(rng):
    B = rng.standard_normal((4, 4))
    return [
        Case((np.diag([2.0, 6.0]),), "x² + 3y²: both eigenvalues positive"),
        Case((-(B @ B.T) - np.eye(4),), "a negative definite 4x4 Hessian"),
        Case((np.array([[1.0, 2.0], [2.0, 1.0]]),), "a positive diagonal, but the "
             "eigenvalues are 3 and -1: a saddle"),
        Case((np.diag([1.0, -1.0, -1.0]),), "3-D, two negative eigenvalues: the "
             "determinant (+1) and the first entry (+1) are positive, yet a saddle"),
        Case((np.diag([2.0, 0.0]),), "a zero eigenvalue, the other positive: "
             "inconclusive (x² + y⁴ and x² - y⁴ share this Hessian)"),
        Case((ROUNDED_ZERO_HESSIAN,), "a zero eigenvalue that rounding makes about "
             "1e-16: treat |λ| <= 1e-10 · max|λ| as zero"),
        Case((np.diag([-3.0, 0.0, -1.0]),), "a zero eigenvalue, the others negative: "
             "inconclusive"),
        Case((1e8 * ROUNDED_ZERO_HESSIAN,), "the same zero eigenvalue with entries near "
             "1e8: rounding leaves about 1e-9, so the tolerance must be relative to the "
             "largest |λ|, not a fixed 1e-10"),
        Case((np.diag([3e-12, 1e-12]),), "a very flat bowl, eigenvalues 3e-12 and 1e-12: "
             "a minimum all the same (relative to each other they are far from zero)"),
    ]


def _classify_no_zero(H):
    lam = np.linalg.eigvalsh(H)
    if np.all(lam >= 0):
        return "minimum"
    if np.all(lam <= 0):
        return "maximum"
    return "saddle"


def _classify_exact(H):
    lam = np.linalg.eigvalsh(H)
    if (lam > 0).any() and (lam < 0).any():
        return "saddle"
    if (lam > 0).all():
        return "minimum"
    if (lam < 0).all():
        return "maximum"
    return "inconclusive"


def _classify_absolute(H):
    lam = np.linalg.eigvalsh(H)
    pos, neg = lam > 1e-10, lam < -1e-10
    if pos.any() and neg.any():
        return "saddle"
    if pos.all():
        return "minimum"
    if neg.all():
        return "maximum"
    return "inconclusive"


def _classify_det(H):
    H = np.asarray(H, dtype=float)
    det = np.linalg.det(H)
    if abs(det) < 1e-12:
        return "inconclusive"
    if det < 0:
        return "saddle"
    return "minimum" if H[0, 0] > 0 else "maximum"


def _classify_diagonal(H):
    d = np.diag(H)
    if (d > 0).all():
        return "minimum"
    if (d < 0).all():
        return "maximum"
    return "saddle" if ((d > 0).any() and (d < 0).any()) else "inconclusive"


EXERCISES = register([
    Exercise(
        "grad-quadratic", name="quadratic_gradient", reference=_quadratic, seed=901,
        cases=_quadratic_cases,
        requirements=["(A + A.T) @ x for any A, symmetric or not"],
        mistakes=[
            Mistake(lambda A, x: 2 * np.asarray(A) @ x, "2 A x is the gradient only for a "
                    "symmetric A. x appears twice in xᵀAx, once on each side of A: the "
                    "gradient is (A + A.T) @ x.", "known-mistake"),
            Mistake(lambda A, x: np.asarray(A) @ x, "A @ x differentiates only one of the "
                    "two places where x appears in xᵀAx; add A.T @ x for the other.",
                    "known-mistake"),
            Mistake(lambda A, x: np.asarray(A).T @ x, "A.T @ x is half of it: add A @ x.",
                    "known-mistake"),
        ],
        hints=("Write xᵀAx as a double sum over i and j and differentiate by x_k: x_k "
               "appears as x_i and as x_j.",
               "The two places give (A @ x)_k and (A.T @ x)_k: return (A + A.T) @ x."),
    ),
    Exercise(
        "grad-least-squares", name="sse_gradient", reference=_sse_gradient, seed=902,
        cases=_lsq_cases,
        requirements=["2 X^T (Xw - y) for the plain sum of squares",
                      "w a column and y flat (or the reverse): no (n, n) broadcast",
                      "the gradient has w's shape"],
        mistakes=[
            Mistake(lambda X, y, w: _sse_gradient(X, y, w) / 2, "the derivative of r² is "
                    "2r: the gradient of ‖Xw - y‖² is 2 X.T @ (X @ w - y).", "factor"),
            Mistake(lambda X, y, w: _sse_gradient(X, y, w) / len(X), "that is the gradient "
                    "of the MEAN squared error; the exercise's loss is the plain sum "
                    "‖Xw - y‖², without 1/n.", "factor-quantity"),
            Mistake(lambda X, y, w: -_sse_gradient(X, y, w), "the residual is X @ w - y; "
                    "y - X @ w gives the gradient's negative.", "wrong-sign"),
        ],
        hints=("Compute the residual r = Xw - y as a flat vector of n numbers; the "
               "gradient is 2 Xᵀ r. Mind the shapes: (n, 1) - (n,) is (n, n).",
               "r = X @ np.ravel(w) - np.ravel(y); g = 2 * X.T @ r; "
               "return g.reshape(np.shape(w))."),
    ),
    Exercise(
        "grad-logistic", name="logistic_gradient", reference=_logistic_numeric, seed=903,
        cases=_logistic_cases, rtol=1e-6, atol=1e-7,
        requirements=["divide by n: the gradient of the MEAN log-loss",
                      "sigma(Xw) - y, the gradient and not its negative",
                      "saturated scores (|Xw| in the hundreds) stay finite"],
        mistakes=[
            Mistake(lambda w, X, y: _logistic_formula(w, X, y) * len(y), "that is the "
                    "gradient of the SUM of the losses; the log-loss is a mean: divide "
                    "by n = len(y).", "factor-quantity"),
            Mistake(lambda w, X, y: -_logistic_formula(w, X, y), "the error is "
                    "p - y = sigmoid(X @ w) - y; y - p gives the gradient's negative "
                    "(the direction to step, not the gradient).", "wrong-sign"),
            Mistake(lambda w, X, y: X @ (_sigmoid_exact(X @ w) - y)[:X.shape[1]],
                    "the weights of the samples are their errors, summed with X.T: "
                    "X.T @ (p - y) / n.", "known-mistake"),
        ],
        hints=("Each sample adds its error p_i - y_i times its features x_i; average "
               "over the samples. Compute the sigmoid so that exp never sees a large "
               "positive number.",
               "p = sigmoid(X @ w) with a stable sigmoid (np.where(z >= 0, 1/(1+e), "
               "e/(1+e)) with e = np.exp(-np.abs(z))); return X.T @ (p - y) / len(y)."),
    ),
    Exercise(
        "grad-directional", name="directional_derivative", reference=_directional,
        seed=904, cases=_directional_cases,
        requirements=["normalise u: it need not be a unit vector",
                      "the slope along u, not the steepest slope"],
        mistakes=[
            Mistake(lambda g, u: float(np.dot(g, u)), "you used u as it is; the "
                    "directional derivative is along the UNIT vector u / ‖u‖: divide by "
                    "np.linalg.norm(u).", "not-normalised"),
            Mistake(lambda g, u: float(np.dot(g, u) / np.dot(u, u)), "you divided by "
                    "u @ u, the squared length; divide by ‖u‖ = np.linalg.norm(u).",
                    "not-normalised"),
            Mistake(lambda g, u: float(np.linalg.norm(g)), "‖g‖ is the slope along the "
                    "gradient itself, the steepest; along u it is g @ u / ‖u‖.",
                    "known-mistake"),
        ],
        hints=("The slope along a unit direction is the dot product of the gradient "
               "with it. Is your u a unit vector?",
               "return g @ u / np.linalg.norm(u)."),
    ),
    Exercise(
        "grad-classify", name="classify_critical_point", reference=_classify, seed=905,
        cases=_classify_cases,
        requirements=["from the signs of all the eigenvalues",
                      "a zero eigenvalue (the others of one sign): 'inconclusive'",
                      "rounding: |lambda| <= 1e-10 * max |lambda| counts as zero",
                      "the tolerance relative to the largest |lambda|"],
        mistakes=[
            Mistake(_classify_no_zero, "a zero eigenvalue makes the test inconclusive: "
                    "x² + y⁴ (a minimum) and x² - y⁴ (not one) share the Hessian "
                    "diag(2, 0). Return 'inconclusive' when an eigenvalue is zero and the "
                    "others share a sign.", "known-mistake"),
            Mistake(_classify_exact, "eigvalsh returned this matrix's zero eigenvalue as "
                    "about 1e-16, not 0: count |λ| <= 1e-10 · max|λ| as zero.",
                    "known-mistake"),
            Mistake(_classify_absolute, "a fixed tolerance of 1e-10 misreads Hessians "
                    "whose entries are far from 1: scale it, |λ| <= 1e-10 · max|λ|.",
                    "known-mistake"),
            Mistake(_classify_det, "the determinant test (det > 0 and H[0, 0] > 0) works "
                    "only for 2x2 Hessians: in 3-D, diag(1, -1, -1) has det 1 and a positive "
                    "first entry, yet it is a saddle. Use the signs of all the eigenvalues.",
                    "known-mistake"),
            Mistake(_classify_diagonal, "the diagonal entries are not the eigenvalues "
                    "(unless the Hessian is diagonal): use np.linalg.eigvalsh(H).",
                    "known-mistake"),
        ],
        hints=("Diagonalise the Hessian: along each eigenvector f curves up (λ > 0) or "
               "down (λ < 0). Mind eigenvalues that are zero, or zero up to rounding.",
               "lam = np.linalg.eigvalsh(H); tol = 1e-10 * np.max(np.abs(lam)); "
               "pos = lam > tol; neg = lam < -tol; both -> 'saddle'; all pos -> "
               "'minimum'; all neg -> 'maximum'; otherwise 'inconclusive'."),
    ),
])
