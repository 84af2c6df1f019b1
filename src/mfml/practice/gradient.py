"""Practice: the gradient (``exercises/gradient_solutions.md``).

None of the answers is on the chapter's page: the page differentiates xᵀAx, the plain
log-loss and classifies from a given Hessian; the practice asks for ½xᵀAx - bᵀx, the
L2-penalised log-loss with an unpenalised bias, and a classification from the gradient
function alone (a finite-difference Hessian). Arguments in the order (w, X, y), as on
the page.

Stated requirements and what breaks an answer ignoring them:

* grad-quadratic: ½(A + A.T) @ x - b for any A -> non-symmetric matrices, where
  ``A @ x - b`` (right only for a symmetric A) is wrong; a missing ½ (``(A + A.T) @ x
  - b``) fails every case with a nonzero x. An (n, 1) column (what SymPy gives) is
  accepted as an Alternative.
* grad-least-squares: 2 X^T (Xw - y), the plain sum -> a missing 2 (a factor) and a
  1/n (the mean squared error's gradient) fail every case; w a column (d, 1) with a
  flat y (n,), and a flat w with a column y -> ``X @ w - y`` broadcasts to (n, n) and
  the answer has the wrong shape; the gradient has w's shape -> the same cases.
* grad-logistic: the reference is :func:`mfml.gradcheck.numerical_gradient` of the
  package's log-loss plus (lam/2)·‖w[1:]‖² at weights the learner never sees; divide
  by n -> a missing 1/n (factor-quantity); sigma(Xw) - y -> y - sigma(Xw)
  (wrong-sign); saturated scores (|Xw| up to 800) stay finite -> exp(z) / (1 + exp(z))
  gives inf / inf = NaN; the bias w[0] is not penalised -> ``+ lam * w`` (every case
  has w[0] != 0 and lam > 0 but one); the penalty's gradient is lam·w[1:] -> ``2 *
  lam`` and ``lam / 2``; the plain log-loss gradient (the page's, or
  ``mfml.calculus.logistic_gradient`` imported) misses the penalty.
* grad-directional: normalise u -> directions that are not unit vectors (g @ u is
  then a factor ||u|| off); the slope along u, not the steepest slope -> ||g||.
* grad-classify: the Hessian at x, by finite differences of ``grad`` -> a function
  whose Hessian at 0 differs from the one at x (x³ - 3x + y² at (1, 0) and (-1, 0));
  from all the eigenvalues -> x² + 3xy + y² (positive diagonal, a saddle); a zero
  eigenvalue with the others of one sign is 'inconclusive' -> x² + y⁴ at 0, where
  ``all(lam >= 0)`` says minimum; a zero eigenvalue with both signs around it is a
  saddle -> x² + y⁴ - z² ("any zero is inconclusive" fails); the finite-difference
  tolerance |λ| <= 1e-6·max|λ| -> x² + y⁴ again: central differences with h = 1e-5
  leave 4h² = 4e-10 where the eigenvalue is 0, so the page's 1e-10 relative
  tolerance (and an exact zero test) say minimum; the tolerance relative -> the same
  function times 1e6 and a flat bowl 1e-8·(x² + 3y²), which a fixed 1e-6 misreads.
"""

from __future__ import annotations

import numpy as np

from ..calculus import logistic_loss
from ..check import Alternative, Case, Mistake
from ..gradcheck import numerical_gradient
from .spec import Exercise, register

# ---------------------------------------------------------------------------
# grad-quadratic: the gradient of ½xᵀAx - bᵀx
# ---------------------------------------------------------------------------


def _quadratic(A, b, x):
    A, b, x = (np.asarray(v, dtype=float) for v in (A, b, x))
    return 0.5 * (A + A.T) @ x - b


def _quadratic_column(A, b, x):
    return _quadratic(A, b, x).reshape(-1, 1)


def _quadratic_cases(rng):
    return [
        Case((np.array([[1.0, 2.0], [0.0, 1.0]]), np.array([1.0, -1.0]),
              np.array([1.0, 2.0])), "an upper triangular A, not symmetric"),
        Case((rng.standard_normal((4, 4)), rng.standard_normal(4), rng.standard_normal(4)),
             "a random 4x4 A, not symmetric"),
        Case((np.array([[2.0, 1.0], [1.0, 3.0]]), np.array([0.5, 2.0]),
              np.array([1.0, -2.0])), "a symmetric A: here ½(A + A.T) @ x = A x"),
        Case((rng.standard_normal((3, 3)), np.array([1.0, -2.0, 3.0]), np.zeros(3)),
             "x = 0: the gradient is -b"),
    ]


# ---------------------------------------------------------------------------
# grad-least-squares
# ---------------------------------------------------------------------------


def _sse_gradient(w, X, y):
    X = np.asarray(X, dtype=float)
    r = X @ np.ravel(w) - np.ravel(y)
    return (2 * X.T @ r).reshape(np.shape(w))


def _lsq_cases(rng):
    X = rng.standard_normal((8, 3))
    y = rng.standard_normal(8)
    w = rng.standard_normal(3)
    X2 = rng.standard_normal((6, 2)) * 3
    return [
        Case((w, X, y), "flat w (3,) and flat y (8,)"),
        Case((w.reshape(-1, 1), X, y), "w is a column (3, 1) and y is flat (8,): "
             "X @ w - y would broadcast to (8, 8); return a (3, 1) gradient, like w"),
        Case((np.array([1.0, -1.0]), X2, X2 @ np.array([1.0, -1.0]) + 0.5),
             "every residual is -0.5: the gradient is 2 X.T @ r"),
        Case((np.array([0.5, 2.0]), X2, rng.standard_normal((6, 1))),
             "y is a column (6, 1) and w is flat (2,): again no (6, 6) broadcast; "
             "the gradient is flat, like w"),
    ]


# ---------------------------------------------------------------------------
# grad-logistic: the L2-penalised log-loss, bias unpenalised
# ---------------------------------------------------------------------------


def _penalised_loss(w, X, y, lam):
    return logistic_loss(w, X, y) + lam / 2 * np.sum(np.asarray(w)[1:] ** 2)


def _logistic_numeric(w, X, y, lam):
    """The finite-difference gradient of the package's log-loss plus the penalty:
    what a correct formula must match at weights the learner never saw."""
    return numerical_gradient(lambda v: _penalised_loss(v, X, y, lam), w)


def _sigmoid_exact(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def _data_term(w, X, y):
    return X.T @ (_sigmoid_exact(X @ w) - y) / len(y)


def _exp_ratio_gradient(w, X, y, lam):
    """The gradient with the sigmoid written exp(z) / (1 + exp(z)): nan when saturated."""
    with np.errstate(over="ignore", invalid="ignore"):
        z = X @ w
        return _data_term_p(np.exp(z) / (1 + np.exp(z)), X, y) + _penalty(w, lam)


def _data_term_p(p, X, y):
    return X.T @ (p - y) / len(y)


def _penalty(w, lam):
    return lam * np.r_[0.0, np.asarray(w, dtype=float)[1:]]


def _tumour_like(rng, n=40):
    X = np.column_stack([np.ones(n), rng.standard_normal((n, 2))])
    p = _sigmoid_exact(X @ np.array([0.3, -2.0, 1.0]))
    return X, (rng.random(n) < p).astype(float)


def _logistic_cases(rng):
    X, y = _tumour_like(rng)
    X5, y5 = _tumour_like(rng, 25)
    X5 = np.column_stack([X5, rng.standard_normal((25, 2))])
    return [
        Case((rng.standard_normal(3), X, y, 0.5), "random weights you never saw, "
             "lam = 0.5: the bias w[0] is not penalised"),
        Case((np.array([1.0, 0.0, 0.0]), X, y, 2.0), "only the bias is nonzero: the "
             "penalty adds nothing here"),
        Case((2 * rng.standard_normal(5), X5, y5, 0.1), "five weights, 25 samples"),
        Case((np.zeros(3), X, y, 0.0), "w = 0 and lam = 0: every p_i = 1/2, no penalty"),
        Case((np.array([0.5, 400.0, -400.0]), X, y, 0.01), "saturated scores, |Xw| up "
             "to about 800: exp(-z) or exp(z) overflows; a sigmoid written as "
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
        Case((np.array([3.0, 4.0]), np.array([1.0, 2.0])), "u = (1, 2) has length "
             "sqrt(5): normalise it first"),
        Case((np.array([3.0, 4.0]), np.array([1.0, 1.0])), "u = (1, 1) has length "
             "sqrt(2)"),
        Case((rng.standard_normal(4), 5 * rng.standard_normal(4)), "a direction of "
             "length far from 1, in 4-D"),
        Case((np.array([2.0, 0.0]), np.array([0.0, -3.0])), "u perpendicular to the "
             "gradient: the slope along the level set is 0"),
        Case((np.array([1.0, -2.0, 2.0]), np.array([-0.5, 1.0, -1.0])), "u points "
             "against the gradient: the slope is -||g||"),
    ]


# ---------------------------------------------------------------------------
# grad-classify: from the gradient function, a finite-difference Hessian
# ---------------------------------------------------------------------------

#: the step and the tolerance the exercise states
H_STEP, FD_TOL = 1e-5, 1e-6


def grad_bowl(x):
    """x² + 3y²."""
    return np.array([2 * x[0], 6 * x[1]])


def grad_cross(x):
    """x² + 3xy + y²: a positive diagonal, eigenvalues 5 and -1."""
    return np.array([2 * x[0] + 3 * x[1], 3 * x[0] + 2 * x[1]])


def grad_cubic(x):
    """x³ - 3x + y²: critical points (1, 0) (a minimum) and (-1, 0) (a saddle)."""
    return np.array([3 * x[0] ** 2 - 3, 2 * x[1]])


def grad_quartic(x):
    """x² + y⁴: a minimum at 0 with Hessian diag(2, 0)."""
    return np.array([2 * x[0], 4 * x[1] ** 3])


def grad_quartic_saddle(x):
    """x² + y⁴ - z²: Hessian diag(2, 0, -2) at 0, a saddle."""
    return np.array([2 * x[0], 4 * x[1] ** 3, -2 * x[2]])


def grad_quartic_big(x):
    """10⁶ (x² + y⁴)."""
    return 1e6 * grad_quartic(x)


def grad_flat_bowl(x):
    """10⁻⁸ (x² + 3y²): a minimum, eigenvalues 2e-8 and 6e-8."""
    return 1e-8 * grad_bowl(x)


_B = np.random.default_rng(905).standard_normal((4, 4))
_CAP_A, CAP_TOP = -(_B @ _B.T) - np.eye(4), np.random.default_rng(906).standard_normal(4)


def grad_cap(x):
    """A concave quadratic in 4-D, its maximum at CAP_TOP."""
    return _CAP_A @ (np.asarray(x, dtype=float) - CAP_TOP)


def fd_hessian(grad, x, h=H_STEP):
    """The Hessian by central differences of the gradient, symmetrised."""
    x = np.asarray(x, dtype=float)
    n = len(x)
    H = np.empty((n, n))
    for j in range(n):
        e = np.zeros(n)
        e[j] = h
        H[:, j] = (np.asarray(grad(x + e)) - np.asarray(grad(x - e))) / (2 * h)
    return (H + H.T) / 2


def _classify_lam(lam, tol):
    scale = max(np.max(np.abs(lam)), 1e-300)
    pos, neg = lam > tol * scale, lam < -tol * scale
    if pos.any() and neg.any():
        return "saddle"
    if pos.all():
        return "minimum"
    if neg.all():
        return "maximum"
    return "inconclusive"


def _classify(grad, x):
    return _classify_lam(np.linalg.eigvalsh(fd_hessian(grad, x)), FD_TOL)


def _classify_cases(rng):
    return [
        Case((grad_bowl, np.zeros(2)), "x² + 3y² at 0: both eigenvalues positive"),
        Case((grad_cubic, np.array([1.0, 0.0])), "x³ - 3x + y² at (1, 0): Hessian "
             "diag(6, 2), a minimum (at the origin it would be diag(0, 2))"),
        Case((grad_cubic, np.array([-1.0, 0.0])), "x³ - 3x + y² at (-1, 0): Hessian "
             "diag(-6, 2), a saddle"),
        Case((grad_cross, np.zeros(2)), "x² + 3xy + y²: a positive diagonal, but the "
             "eigenvalues are 5 and -1: a saddle"),
        Case((grad_cap, CAP_TOP.copy()), "a concave quadratic in 4-D, at its maximum"),
        Case((grad_quartic, np.zeros(2)), "x² + y⁴ at 0: Hessian diag(2, 0), "
             "inconclusive; central differences give about 4e-10 for the zero, which "
             "the 1e-6 tolerance counts as zero"),
        Case((grad_quartic_saddle, np.zeros(3)), "x² + y⁴ - z² at 0: a zero eigenvalue, "
             "but also one positive and one negative: a saddle"),
        Case((grad_quartic_big, np.zeros(2)), "10⁶ (x² + y⁴): the same zero, now about "
             "4e-4: the tolerance must be relative to the largest |λ|"),
        Case((grad_flat_bowl, np.zeros(2)), "10⁻⁸ (x² + 3y²): a very flat bowl, still a "
             "minimum"),
    ]


def _mk_classifier(decide, at_origin=False):
    def wrong(grad, x):
        x = np.zeros_like(np.asarray(x, dtype=float)) if at_origin else x
        return decide(np.linalg.eigvalsh(fd_hessian(grad, x)))
    return wrong


def _no_zero(lam):
    if np.all(lam >= 0):
        return "minimum"
    if np.all(lam <= 0):
        return "maximum"
    return "saddle"


def _any_zero_inconclusive(lam):
    tol = FD_TOL * np.max(np.abs(lam))
    if np.any(np.abs(lam) <= tol):
        return "inconclusive"
    return _classify_lam(lam, FD_TOL)


def _absolute(lam):
    pos, neg = lam > FD_TOL, lam < -FD_TOL
    if pos.any() and neg.any():
        return "saddle"
    if pos.all():
        return "minimum"
    if neg.all():
        return "maximum"
    return "inconclusive"


def _classify_diagonal(grad, x):
    d = np.diag(fd_hessian(grad, x))
    return _classify_lam(d, FD_TOL)


EXERCISES = register([
    Exercise(
        "grad-quadratic", name="quadratic_gradient", reference=_quadratic, seed=901,
        cases=_quadratic_cases,
        alternatives=[Alternative(_quadratic_column, "a column vector (n, 1), as SymPy "
                                  "gives it")],
        requirements=["½(A + A.T) @ x - b for any A, symmetric or not",
                      "the ½ of ½xᵀAx"],
        mistakes=[
            Mistake(lambda A, b, x: np.asarray(A) @ x - b, "A x - b is the gradient only "
                    "for a symmetric A. x appears twice in xᵀAx, once on each side of A: "
                    "the gradient of ½xᵀAx is ½(A + A.T) @ x.", "known-mistake"),
            Mistake(lambda A, b, x: (np.asarray(A) + np.asarray(A).T) @ x - b, "(A + A.T) "
                    "@ x is the gradient of xᵀAx; this f has ½xᵀAx: halve that term "
                    "(not the -b).", "known-mistake"),
            Mistake(lambda A, b, x: _quadratic(A, b, x) + 2 * np.asarray(b, dtype=float),
                    "the gradient of -bᵀx is -b, not +b.", "known-mistake"),
        ],
        hints=("Differentiate the two terms apart. For xᵀAx, write it as a double sum "
               "over i and j: x_k appears as x_i and as x_j. For bᵀx, it is a dot "
               "product.",
               "∇(xᵀAx) = (A + A.T) x and ∇(bᵀx) = b: return 0.5 * (A + A.T) @ x - b."),
    ),
    Exercise(
        "grad-least-squares", name="sse_gradient", reference=_sse_gradient, seed=902,
        cases=_lsq_cases,
        requirements=["2 X^T (Xw - y) for the plain sum of squares",
                      "w a column and y flat (or the reverse): no (n, n) broadcast",
                      "the gradient has w's shape"],
        mistakes=[
            Mistake(lambda w, X, y: _sse_gradient(w, X, y) / 2, "the derivative of r² is "
                    "2r: the gradient of ‖Xw - y‖² is 2 X.T @ (X @ w - y).", "factor"),
            Mistake(lambda w, X, y: _sse_gradient(w, X, y) / len(X), "that is the gradient "
                    "of the MEAN squared error; the exercise's loss is the plain sum "
                    "‖Xw - y‖², without 1/n.", "factor-quantity"),
            Mistake(lambda w, X, y: -_sse_gradient(w, X, y), "the residual is X @ w - y; "
                    "y - X @ w gives the gradient's negative.", "wrong-sign"),
        ],
        hints=("Compute the residual r = Xw - y as a flat vector of n numbers; the "
               "gradient is 2 Xᵀ r. Mind the shapes: (n, 1) - (n,) is (n, n).",
               "r = X @ np.ravel(w) - np.ravel(y); g = 2 * X.T @ r; "
               "return g.reshape(np.shape(w))."),
    ),
    Exercise(
        "grad-logistic", name="penalised_logistic_gradient", reference=_logistic_numeric,
        seed=903, cases=_logistic_cases, rtol=1e-6, atol=1e-7,
        requirements=["divide by n: the gradient of the MEAN log-loss",
                      "sigma(Xw) - y, the gradient and not its negative",
                      "saturated scores (|Xw| in the hundreds) stay finite",
                      "the bias w[0] is not penalised",
                      "the penalty (lam/2)·‖w[1:]‖² adds lam·w[1:]"],
        mistakes=[
            Mistake(lambda w, X, y, lam: _data_term(w, X, y) + lam * np.asarray(w), "you "
                    "penalised the bias w[0] too; the penalty is on w[1:] only: its "
                    "gradient is lam * w with the first entry set to 0.", "known-mistake"),
            Mistake(lambda w, X, y, lam: _data_term(w, X, y), "that is the gradient of "
                    "the plain log-loss: add the penalty's gradient, lam * w[1:] (0 for "
                    "the bias).", "known-mistake"),
            Mistake(lambda w, X, y, lam: _data_term(w, X, y) + 2 * _penalty(w, lam), "the "
                    "penalty is (lam/2)·‖w[1:]‖², whose gradient is lam·w[1:], not "
                    "2·lam·w[1:].", "known-mistake"),
            Mistake(lambda w, X, y, lam: _data_term(w, X, y) + _penalty(w, lam) / 2, "the "
                    "penalty is (lam/2)·‖w[1:]‖²: the ½ cancels the 2 of the square, so "
                    "its gradient is lam·w[1:], not (lam/2)·w[1:].", "known-mistake"),
            Mistake(_exp_ratio_gradient, "exp(z) overflows to inf for scores in "
                    "the hundreds and inf / inf is nan: use a stable sigmoid (exp of "
                    "-|z| only, as in the derivatives chapter) or scipy.special.expit.",
                    "overflow"),
            Mistake(lambda w, X, y, lam: _data_term(w, X, y) * len(y) + _penalty(w, lam),
                    "that is the gradient of the SUM of the losses; the log-loss is a "
                    "mean: divide X.T @ (p - y) by n = len(y).", "factor-quantity"),
            Mistake(lambda w, X, y, lam: _data_term(w, X, y) * len(y) / len(w)
                    + _penalty(w, lam), "you divided by len(w), the number of weights; "
                    "the mean is over the samples: divide by n = len(y).",
                    "factor-quantity"),
            Mistake(lambda w, X, y, lam: -_data_term(w, X, y) + _penalty(w, lam), "the "
                    "error is p - y = sigmoid(X @ w) - y; y - p gives the data term's "
                    "negative.", "wrong-sign"),
            Mistake(lambda w, X, y, lam: -_data_term(w, X, y) - _penalty(w, lam), "the "
                    "error is p - y = sigmoid(X @ w) - y; y - p and -lam·w give the "
                    "gradient's negative (the direction to step, not the gradient).",
                    "wrong-sign"),
        ],
        hints=("The gradient of a sum is the sum of the gradients: the log-loss's "
               "(each sample adds its error p_i - y_i times x_i, averaged over the "
               "samples; a stable sigmoid, or scipy.special.expit) plus the penalty's, "
               "which has 0 in the bias's place.",
               "p = scipy.special.expit(X @ w); g = X.T @ (p - y) / len(y); "
               "pen = lam * w; pen[0] = 0 (on a copy of w); return g + pen."),
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
            Mistake(lambda g, u: float(np.dot(g, u) * np.linalg.norm(u)), "you "
                    "multiplied by ‖u‖; divide by it: g @ u / np.linalg.norm(u).",
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
        "grad-classify", name="classify_at", reference=_classify, seed=905,
        cases=_classify_cases,
        requirements=["the Hessian at x, by finite differences of grad",
                      "from the signs of all the eigenvalues",
                      "a zero eigenvalue (the others of one sign): 'inconclusive'",
                      "a zero eigenvalue with both signs around it: 'saddle'",
                      "finite differences: |lambda| <= 1e-6 * max |lambda| counts as zero",
                      "the tolerance relative to the largest |lambda|"],
        mistakes=[
            Mistake(_mk_classifier(lambda lam: _classify_lam(lam, FD_TOL), at_origin=True),
                    "you took the Hessian at the origin; take it at the point x you are "
                    "given: differences of grad(x + h e_j) and grad(x - h e_j).",
                    "known-mistake"),
            Mistake(_mk_classifier(_no_zero), "a zero eigenvalue makes the test "
                    "inconclusive: x² + y⁴ (a minimum) and x² - y⁴ (not one) share the "
                    "Hessian diag(2, 0). Return 'inconclusive' when an eigenvalue is zero "
                    "and the others share a sign.", "known-mistake"),
            Mistake(_mk_classifier(_any_zero_inconclusive), "one positive and one "
                    "negative eigenvalue make a saddle, whatever the others: a zero "
                    "eigenvalue is inconclusive only when the others share a sign.",
                    "known-mistake"),
            Mistake(_mk_classifier(lambda lam: _classify_lam(lam, 1e-10)), "central "
                    "differences with h = 1e-5 leave about 4h² = 4e-10 where the "
                    "eigenvalue of x² + y⁴ is 0: 1e-10 is too tight for a finite-difference "
                    "Hessian. Count |λ| <= 1e-6 · max|λ| as zero.", "known-mistake"),
            Mistake(_mk_classifier(lambda lam: _classify_lam(lam, 0.0)), "a "
                    "finite-difference Hessian is not exact: the zero eigenvalue of "
                    "x² + y⁴ comes out as about 4e-10. Count |λ| <= 1e-6 · max|λ| as zero.",
                    "known-mistake"),
            Mistake(_mk_classifier(_absolute), "a fixed tolerance of 1e-6 misreads "
                    "functions whose scale is far from 1: scale it, |λ| <= 1e-6 · max|λ|.",
                    "known-mistake"),
            Mistake(_classify_diagonal, "the diagonal entries are not the eigenvalues "
                    "(unless the Hessian is diagonal): use np.linalg.eigvalsh(H).",
                    "known-mistake"),
        ],
        hints=("Column j of the Hessian is the derivative of the gradient along e_j: "
               "(grad(x + h e_j) - grad(x - h e_j)) / (2h). Then look at the signs of "
               "the eigenvalues, with a tolerance for the finite differences' error.",
               "H[:, j] = (grad(x + h*e) - grad(x - h*e)) / (2*h) with e the j-th unit "
               "vector and h = 1e-5; H = (H + H.T) / 2; lam = np.linalg.eigvalsh(H); "
               "tol = 1e-6 * np.max(np.abs(lam)); pos = lam > tol; neg = lam < -tol; "
               "both -> 'saddle'; all pos -> 'minimum'; all neg -> 'maximum'; "
               "otherwise 'inconclusive'."),
    ),
])
