"""Practice: least squares (``exercises/least_squares_solutions.md``).

Stated requirements and what breaks an answer ignoring them:

* lsq-projection: the projection of y, not the coefficients -> a check of the
  shape (n values); any independent columns, not only orthonormal ones ->
  non-orthonormal columns, where ``X @ X.T @ y`` is wrong; dependent columns:
  the same column space -> a duplicated column, where the normal equations are
  exactly singular (``np.linalg.solve`` raises) and a QR of X brings in a
  spurious third direction (asserted in ``tests/test_practice_specs.py``).
* lsq-gram-schmidt: without np.linalg.qr -> a source rule; normalise each
  column -> columns that are not unit vectors; integer input works -> an
  integer matrix (a Q made by np.zeros_like(A) is then an integer array);
  subtract the projections on all the earlier q's -> three or more columns,
  none orthogonal to the others.
* lsq-qr: ``np.linalg.qr`` -> a source rule; do not form ``X.T @ X`` ->
  an ill-conditioned design (condition number about 2e6) with an exact fit,
  where the normal equations keep only about 4 correct digits and QR about 10
  (QR loses some too, far fewer; measured and asserted in
  ``tests/test_practice_specs.py``).
* lsq-ridge: with np.linalg.svd -> a source rule; σ / (σ² + λ) -> several λ
  and singular values far from 1; the penalty λ‖β‖² as written -> λ away from
  0 (a factor 2 or n changes the answer: Mistakes name σ/(σ² + 2λ), σ/(σ² + λ/2)
  and σ/(σ² + nλ)), and λ = 0 is least squares.
"""

from __future__ import annotations

import numpy as np

from ..check import Case, Mistake
from ..rules import forbid, must_call
from .spec import Exercise, register

# ---------------------------------------------------------------------------
# lsq-projection
# ---------------------------------------------------------------------------


def _project(X, y):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    return X @ np.linalg.lstsq(X, y, rcond=None)[0]


def duplicated_column_design():
    """(X, y): columns 1, t, t (the third a copy of the second) and a y off
    their plane: the normal equations are exactly singular."""
    t = np.array([0.0, 1.0, 2.0, 3.0, 4.0])
    X = np.column_stack([np.ones(5), t, t])
    return X, np.array([1.0, 3.0, 2.0, 5.0, 4.0])


def _projection_cases(rng):
    X3 = np.array([[1.0, 0.2], [0.0, 1.0], [0.5, 0.4]])
    X_tall = rng.standard_normal((8, 3)) + 1.0
    X_line = np.array([[1.0], [2.0], [2.0]])
    return [
        Case((X3, np.array([0.6, 1.2, 1.9])), "the chapter's picture: two columns "
             "that are neither unit vectors nor orthogonal, so X @ X.T @ y is wrong"),
        Case((X_tall, rng.standard_normal(8)), "eight samples, three independent "
             "columns that are not orthonormal"),
        Case((X_line, np.array([3.0, 0.0, 3.0])), "one column: the projection onto a line"),
        Case((X_tall, X_tall @ np.array([1.0, -2.0, 0.5])), "y already in the column "
             "space: the projection is y itself"),
        Case(duplicated_column_design(), "dependent columns (the third is a copy of the "
             "second): the column space is a plane, and the normal equations are singular; "
             "np.linalg.lstsq or np.linalg.pinv handle it"),
    ]


# ---------------------------------------------------------------------------
# lsq-gram-schmidt
# ---------------------------------------------------------------------------


def _gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    Q = np.zeros(A.shape)
    for j in range(A.shape[1]):
        v = A[:, j] - Q[:, :j] @ (Q[:, :j].T @ A[:, j])
        Q[:, j] = v / np.linalg.norm(v)
    return Q


def _gs_previous_only(A):
    A = np.asarray(A, dtype=float)
    Q = np.zeros(A.shape)
    for j in range(A.shape[1]):
        v = A[:, j].copy()
        if j:
            v -= (Q[:, j - 1] @ A[:, j]) * Q[:, j - 1]
        Q[:, j] = v / np.linalg.norm(v)
    return Q


def _gs_onto_columns(A):
    """Subtracts projections onto the original columns a_i instead of q_i."""
    A = np.asarray(A, dtype=float)
    Q = np.zeros(A.shape)
    for j in range(A.shape[1]):
        v = A[:, j].copy()
        for i in range(j):
            v -= (A[:, i] @ A[:, j]) / (A[:, i] @ A[:, i]) * A[:, i]
        Q[:, j] = v / np.linalg.norm(v)
    return Q


def _gs_zeros_like(A):
    """Q = np.zeros_like(A): an integer Q for an integer A truncates every entry."""
    A = np.asarray(A)
    Q = np.zeros_like(A)
    for j in range(A.shape[1]):
        v = A[:, j] - Q[:, :j] @ (Q[:, :j].T @ A[:, j])
        Q[:, j] = v / np.linalg.norm(v)
    return Q


def _gs_unnormalised(A):
    A = np.asarray(A, dtype=float)
    V = np.zeros(A.shape)
    for j in range(A.shape[1]):
        v = A[:, j].copy()
        for i in range(j):
            v -= (V[:, i] @ A[:, j]) / (V[:, i] @ V[:, i]) * V[:, i]
        V[:, j] = v
    return V


def _gs_variant(A, first=None, scale=np.linalg.norm, last=True):
    """Classical Gram-Schmidt with one step done differently (for the mistakes)."""
    A = np.asarray(A, dtype=float)
    Q = np.zeros(A.shape)
    for j in range(A.shape[1] if last else A.shape[1] - 1):
        v = (A[:, j] if first is None else first(A[:, j])).copy()
        for i in range(j):                       # modified form, as learners write it
            v -= (Q[:, i] @ v) * Q[:, i]
        Q[:, j] = v if first is not None else v / scale(v)
    return Q


def _gs_cases(rng):
    return [
        Case((rng.standard_normal((5, 3)),), "three columns, none orthogonal to the others"),
        Case((np.array([[3, 1], [4, 2]]),), "integer entries, columns of length 5 and "
             "√5: normalise, and build Q as floats (np.zeros_like of an integer array is "
             "an integer array)"),
        Case((np.array([[1.0, 1.0, 1.0], [0.0, 1.0, 1.0], [0.0, 0.0, 1.0],
                        [1.0, 0.0, 2.0]]),), "four samples, three columns: the third "
             "must lose its shadows on both q₁ and q₂"),
        Case((rng.standard_normal((6, 4)) + 2.0,), "four columns"),
        Case((np.diag([2.0, 3.0, 0.5]),), "orthogonal columns: only the lengths change"),
    ]


# ---------------------------------------------------------------------------
# lsq-qr (moved from the matrix decomposition notebook)
# ---------------------------------------------------------------------------

def _lstsq(X, y):
    return np.linalg.lstsq(X, y, rcond=None)[0]


def _back_substitution(R, c, rows):
    beta = np.zeros(len(c))
    for i in rows:
        beta[i] = (c[i] - R[i, i + 1:] @ beta[i + 1:]) / R[i, i]
    return beta


def _qr_then(X, y, solve):
    Q, R = np.linalg.qr(X)
    return solve(Q, R, Q.T @ y)


#: Seeds of the noise in :func:`ill_conditioned_design` used as test cases: on
#: both, every usual normal-equation solve is off by more than 1e-5 (checked by
#: tests/test_practice_specs.py); two, in case one is solved luckily somewhere.
ILL_CONDITIONED_SEEDS = (8, 15)


def ill_conditioned_design(rng=None):
    """(X, y): columns 1, t, t + 1e-6·noise (condition number about 2e6), y = X @ β
    exactly, so QR recovers β to about 10 digits and the normal equations to 4."""
    rng = np.random.default_rng(ILL_CONDITIONED_SEEDS[0]) if rng is None else rng
    t = np.linspace(0, 1, 12)
    X = np.column_stack([np.ones(12), t, t + 1e-6 * rng.standard_normal(12)])
    return X, X @ np.array([1.0, 2.0, -1.0])


def _lstsq_cases(rng):
    designs = [np.column_stack([np.ones(n), rng.standard_normal((n, d))])
               for n, d in [(20, 2), (50, 4)]]
    cases = [Case((X, rng.standard_normal(len(X)))) for X in designs]
    cases.append(Case((np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]]),
                       np.array([1.0, 2.0, 2.0])), "three points, a straight line"))
    for seed in ILL_CONDITIONED_SEEDS:
        cases.append(Case(ill_conditioned_design(np.random.default_rng(seed)),
                          "an ill-conditioned design (condition number about 2e6): "
                          "X.T @ X squares it (about 4e12), and the normal equations "
                          "keep only about 4 correct digits; QR keeps about 10"))
    return cases


def _normal_equations(X, y):
    return np.linalg.solve(X.T @ X, X.T @ y)


# ---------------------------------------------------------------------------
# lsq-ridge
# ---------------------------------------------------------------------------


def _ridge(X, y, lam):
    U, s, Vt = np.linalg.svd(np.asarray(X, dtype=float), full_matrices=False)
    return Vt.T @ (s / (s**2 + lam) * (U.T @ y))


def _ridge_factor(factor):
    def answer(X, y, lam):
        U, s, Vt = np.linalg.svd(np.asarray(X, dtype=float), full_matrices=False)
        return Vt.T @ (factor(s, lam) * (U.T @ y))
    return answer


def _ridge_vt(X, y, lam):
    U, s, Vt = np.linalg.svd(np.asarray(X, dtype=float), full_matrices=False)
    return Vt @ (s / (s**2 + lam) * (U.T @ y))


def _ridge_cases(rng):
    X1 = rng.standard_normal((30, 4)) * np.array([10.0, 3.0, 1.0, 0.2])
    t = rng.uniform(10, 30, 40)
    X2 = np.column_stack([t, t + 1e-3 * rng.standard_normal(40)])
    X3 = rng.standard_normal((12, 3))
    return [
        Case((X1, rng.standard_normal(30), 2.0), "singular values from about 50 to 1, "
             "λ = 2"),
        Case((X2, X2 @ np.array([2.0, -1.0]) + 0.1 * rng.standard_normal(40), 1.0),
             "two nearly identical thermometers: ridge shares the weight"),
        Case((X3, rng.standard_normal(12), 5.0), "λ = 5: a factor 2 or n in the "
             "penalty changes the answer"),
        Case((X3, rng.standard_normal(12), 0.0), "λ = 0: ordinary least squares"),
        Case((np.array([[1.0, 0.0], [0.0, 2.0], [0.0, 0.0]]), np.array([1.0, 4.0, 3.0]), 1.0),
             "a diagonal design, σ = 2 and 1: β = (1·1/(1 + 1), 4·2/(4 + 1)) = (0.5, 1.6)"),
    ]


EXERCISES = register([
    Exercise(
        "lsq-projection", name="project_onto_columns", reference=_project, seed=601,
        cases=_projection_cases,
        requirements=["the projection of y, not the coefficients",
                      "any independent columns, not only orthonormal ones",
                      "dependent columns: the same column space"],
        mistakes=[
            Mistake(lambda X, y: X @ (X.T @ y), "X @ X.T @ y is the projection only when the "
                    "columns are orthonormal (X.T @ X = I). In general use the hat matrix "
                    "X (XᵀX)⁻¹ Xᵀ, or X @ np.linalg.lstsq(X, y)[0].", "known-mistake"),
            Mistake(lambda X, y: y - _project(X, y), "that is the residual y - ŷ, the part of y "
                    "orthogonal to the columns; return the projection ŷ itself.",
                    "known-mistake"),
            Mistake(lambda X, y: X @ (X.T @ y) / np.sum(X * X), "dividing by the squared "
                    "length works for one column (a line); with several columns you need "
                    "(XᵀX)⁻¹, a matrix, not a number.", "known-mistake"),
            Mistake(lambda X, y: X @ ((X.T @ y) / np.sum(X * X, axis=0)), "dividing by each "
                    "column's squared length projects onto each column separately; that adds "
                    "up to the projection only when the columns are orthogonal. Use "
                    "(XᵀX)⁻¹, or lstsq.", "known-mistake"),
        ],
        hints=("The projection is X times the least-squares coefficients: the point "
               "X beta of the column space nearest to y.",
               "beta = np.linalg.lstsq(X, y, rcond=None)[0]; return X @ beta. (The hat "
               "matrix X @ np.linalg.solve(X.T @ X, X.T) gives the same for independent "
               "columns, but fails when they are dependent.)"),
    ),
    Exercise(
        "lsq-gram-schmidt", name="gram_schmidt", reference=_gram_schmidt, seed=602,
        cases=_gs_cases,
        rules=[forbid("np.qr", message="the exercise asks for Gram-Schmidt by hand, not "
                      "np.linalg.qr")],
        requirements=["without np.linalg.qr", "normalise each column", "integer input works",
                      "subtract the projections on all the earlier q's"],
        mistakes=[
            Mistake(_gs_unnormalised, "your columns are orthogonal but not unit vectors: "
                    "divide each v by np.linalg.norm(v).", "not-normalised"),
            Mistake(_gs_zeros_like, "your Q is an integer array: np.zeros_like(A) copies "
                    "the dtype of A, and for an integer A every entry you write into Q is "
                    "truncated (0.6 becomes 0). Start from floats: Q = np.zeros(A.shape).",
                    "integer-truncated"),
            Mistake(_gs_previous_only, "you subtracted the projection on the previous q only; "
                    "subtract the projections on ALL the earlier q's, q_1 to q_(j-1).",
                    "known-mistake"),
            Mistake(_gs_onto_columns, "you subtracted projections onto the original columns "
                    "a_i; they are not orthogonal to each other. Project onto the q_i you "
                    "have already made.", "known-mistake"),
            Mistake(lambda A: _gs_variant(A, scale=lambda v: v @ v), "you divided by "
                    "v @ v, the SQUARED length; divide by np.linalg.norm(v).",
                    "not-normalised"),
            Mistake(lambda A: _gs_variant(A, first=lambda a: a / np.linalg.norm(a)),
                    "you normalised before subtracting the projections; subtracting "
                    "shortens the vector again. Normalise last.", "not-normalised"),
            Mistake(lambda A: _gs_variant(A, last=False), "the last column is still zero: "
                    "range(A.shape[1]) runs over every column.", "off-by-one"),
            Mistake(lambda A: _gram_schmidt(A).T, "that is Qᵀ: put q_j in COLUMN j, "
                    "Q[:, j] = v / np.linalg.norm(v).", "transposed"),
        ],
        hints=("Make the columns one at a time: take column j, remove its shadows on the "
               "q's already made, and scale what is left to length 1.",
               "Q = np.zeros(A.shape); for j in range(A.shape[1]): v = A[:, j] - "
               "Q[:, :j] @ (Q[:, :j].T @ A[:, j]); Q[:, j] = v / np.linalg.norm(v). "
               "Return Q."),
    ),
    Exercise(
        "lsq-qr", name="lstsq_qr", reference=_lstsq, seed=504, cases=_lstsq_cases,
        rules=[must_call("qr", message="the exercise asks you to factor X with np.linalg.qr"),
               forbid("np.lstsq", "np.pinv", message="the exercise asks for QR, not "
                      "np.linalg.lstsq or pinv")],
        requirements=["factor with np.linalg.qr", "solve R beta = Q.T y",
                      "do not form X.T @ X"],
        mistakes=[
            Mistake(_normal_equations, "you solved the normal equations "
                    "(X.T @ X) beta = X.T @ y: that squares the condition number "
                    "and loses digits on this ill-conditioned design. Solve "
                    "R beta = Q.T @ y.", "known-mistake"),
            Mistake(lambda X, y: np.linalg.solve((lambda R: R.T @ R)(np.linalg.qr(X)[1]),
                                                 X.T @ y),
                    "R.T @ R is X.T @ X: that is the normal equations again, with the "
                    "condition number squared. Solve R beta = Q.T @ y.", "known-mistake"),
            Mistake(lambda X, y: np.linalg.qr(X)[0].T @ y, "that is c = Q.T @ y; beta "
                    "solves the triangular system R beta = c.", "known-mistake"),
            Mistake(lambda X, y: _qr_then(X, y, lambda Q, R, c: c / np.diag(R)), "you "
                    "substituted from the top row down; R is UPPER triangular, so start "
                    "from the last row (its one unknown) and go up.", "known-mistake"),
            Mistake(lambda X, y: _qr_then(X, y, lambda Q, R, c: _back_substitution(
                R, c, range(len(c) - 1, 0, -1))), "your loop stops before row 0: "
                "range(d - 1, -1, -1) goes down to 0 (the stop, -1, is excluded).",
                "off-by-one"),
            Mistake(lambda X, y: _qr_then(X, y, lambda Q, R, c: np.linalg.solve(R.T, c)),
                    "solve with R itself, R beta = Q.T @ y, not with R.T.", "known-mistake"),
        ],
        hints=("Q has orthonormal columns, so X beta ≈ y becomes R beta = Q.T @ y, a "
               "triangular system.",
               "Q, R = np.linalg.qr(X); c = Q.T @ y; solve R beta = c from the last row up "
               "(or np.linalg.solve(R, c)) and return beta."),
    ),
    Exercise(
        "lsq-ridge", name="ridge_svd", reference=_ridge, seed=604, cases=_ridge_cases,
        rules=[must_call("svd", message="the exercise asks you to use np.linalg.svd")],
        requirements=["with np.linalg.svd", "sigma / (sigma^2 + lam) for each 1 / sigma",
                      "the penalty lam * ||beta||^2 as written"],
        mistakes=[
            Mistake(_ridge_factor(lambda s, lam: 1 / (s**2 + lam)), "the factor is "
                    "σ / (σ² + λ): you divided by σ² + λ but left out the σ in the "
                    "numerator.", "known-mistake"),
            Mistake(_ridge_factor(lambda s, lam: 1 / (s + lam)), "that is 1 / (σ + λ); ridge "
                    "uses σ / (σ² + λ): square σ in the denominator.", "known-mistake"),
            Mistake(_ridge_factor(lambda s, lam: s / (s**2 + lam**2)), "λ enters unsquared: "
                    "σ / (σ² + λ), since the penalty is λ‖β‖².", "known-mistake"),
            Mistake(_ridge_factor(lambda s, lam: 1 / s), "that is ordinary least squares "
                    "(1 / σ); ridge replaces it by σ / (σ² + λ).", "known-mistake"),
            Mistake(_ridge_factor(lambda s, lam: s / (s**2 + 2 * lam)), "a factor 2 on λ: "
                    "the penalty λ‖β‖² gives σ / (σ² + λ) exactly.", "factor"),
            Mistake(_ridge_factor(lambda s, lam: s / (s**2 + lam / 2)), "λ / 2: that is the "
                    "convention with the penalty (λ/2)‖β‖²; the exercise's penalty is "
                    "λ‖β‖², which gives σ / (σ² + λ).", "factor"),
            Mistake(lambda X, y, lam: _ridge(X, y, len(X) * lam), "n λ: that is the "
                    "convention of a loss averaged over the n samples (glmnet, "
                    "‖y - Xβ‖²/n + λ‖β‖²); the exercise's loss is the plain sum, which gives "
                    "σ / (σ² + λ).", "factor-quantity"),
            Mistake(_ridge_vt, "np.linalg.svd returns Vᵀ: the coefficients are V @ (...), that is "
                "Vt.T @ (...).", "transposed"),
        ],
        hints=("Write β = V diag(f) Uᵀ y and find the factor f for each singular value.",
               "U, s, Vt = np.linalg.svd(X, full_matrices=False); "
               "return Vt.T @ (s / (s**2 + lam) * (U.T @ y))."),
    ),
])
