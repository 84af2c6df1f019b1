"""Practice: matrix decomposition (``exercises/matrix_decomposition_solutions.md``).

Stated requirements and what breaks an answer ignoring them:

* svd-rank-k: with ``np.linalg.svd`` -> a source rule; the first k singular
  triplets, scaled by σ -> tall, square and wide matrices, k = 1 and 2.
* svd-storage: k columns of U, k singular values, k rows of Vᵀ -> cases with
  m ≠ n, and k = 0.
* svd-eckart-young: from ``s`` alone, no matrix built -> a source rule; the
  dropped values s[k:] -> k = 0, k = len(s) and values where an off-by-one
  changes the answer; the square root -> values whose sum of squares is not 1.
* svd-lstsq-qr: ``np.linalg.qr`` -> a source rule; do not form ``X.T @ X`` ->
  an ill-conditioned design (condition number about 2e6) with an exact fit,
  where the normal equations lose about 6 digits and QR does not (asserted in
  ``tests/test_practice_specs.py``).
* svd-condition: ``np.linalg.svd``, not ``np.linalg.cond`` -> source rules;
  singular values, not eigenvalues -> a non-symmetric matrix.
* svd-explained-variance: from the SVD of the centred data -> data far from
  the origin; decreasing; sums to 1.
"""

from __future__ import annotations

import numpy as np

from ..check import Case, Mistake
from ..rules import forbid, must_call
from .spec import Exercise, register


def _rank_k(A, k):
    U, s, Vt = np.linalg.svd(A)
    return U[:, :k] @ np.diag(s[:k]) @ Vt[:k, :]


def _rank_k_cases(rng):
    mats = [rng.standard_normal(shape) for shape in [(6, 4), (5, 5), (3, 7)]]
    cases = [Case((A, k)) for A in mats for k in (1, 2)]
    cases.append(Case((np.diag([3.0, 2.0, 1.0]), 2), "a diagonal matrix: keep σ = 3 and 2"))
    cases.append(Case((mats[0], 4), "k equal to the rank: A itself"))
    return cases


def _error(s, k):
    return float(np.sqrt(np.sum(np.asarray(s, dtype=float)[k:] ** 2)))


def _error_cases(rng):
    sv = [np.linalg.svd(rng.standard_normal(shape), compute_uv=False)
          for shape in [(6, 4), (5, 5), (3, 7)]]
    return [
        Case((sv[0], 1)), Case((sv[1], 2)), Case((sv[2], 1)),
        Case((np.array([3.0, 2.0, 1.0]), 1), "drop σ = 2 and 1: the error is √5"),
        Case((np.array([4.0, 3.0, 2.0, 1.0]), 0), "k = 0: the whole Frobenius norm"),
        Case((np.array([5.0, 4.0]), 2), "k = len(s): nothing is dropped, the error is 0"),
    ]


def _lstsq(X, y):
    return np.linalg.lstsq(X, y, rcond=None)[0]


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
                          "X.T @ X squares it and loses about 6 digits; QR does not"))
    return cases


def _cond(A):
    return float(np.linalg.cond(A))


def _cond_cases(rng):
    return [
        Case((rng.standard_normal((6, 4)),), "a tall matrix"),
        Case((rng.standard_normal((5, 5)),)),
        Case((np.diag([10.0, 0.1]),)),
        Case((np.array([[1.0, 1.0], [1.0, 1.001]]),), "nearly singular"),
        Case((np.array([[1.0, 10.0], [0.0, 1.0]]),), "a non-symmetric matrix: its "
                                                     "eigenvalues (1, 1) are not its "
                                                     "singular values"),
    ]


def _evr(X):
    lam = np.linalg.eigvalsh(np.cov(X, rowvar=False))[::-1]
    lam = lam[:min(X.shape[0] - 1, X.shape[1])]
    return np.clip(lam, 0, None) / np.sum(np.clip(lam, 0, None))


def _evr_cases(rng):
    return [
        Case((rng.standard_normal((40, 3)) @ np.diag([3.0, 1.0, 0.2]),)),
        Case((rng.standard_normal((100, 5)) + 10,), "data far from the origin: centre "
                                                    "the columns first"),
        Case((rng.standard_normal((30, 4)) @ rng.standard_normal((4, 4)) - 3.0,)),
    ]


def _normal_equations(X, y):
    return np.linalg.solve(X.T @ X, X.T @ y)


EXERCISES = register([
    Exercise(
        "svd-rank-k", name="rank_k", reference=_rank_k, seed=501, cases=_rank_k_cases,
        rules=[must_call("svd", message="the exercise asks you to use np.linalg.svd")],
        requirements=["with np.linalg.svd", "the first k singular triplets"],
        mistakes=[Mistake(lambda A, k: (lambda U, s, Vt: U[:, :k] @ Vt[:k])(
            *np.linalg.svd(A, full_matrices=False)), "the singular values are missing: scale "
            "the columns of U by s (U[:, :k] * s[:k]).", "known-mistake")],
        hints=("Keep the first k columns of U, the first k singular values and the first k "
               "rows of Vt.",
               "U, s, Vt = np.linalg.svd(A, full_matrices=False); "
               "return (U[:, :k] * s[:k]) @ Vt[:k]."),
    ),
    Exercise(
        "svd-storage", name="storage", reference=lambda m, n, k: k * (m + n + 1), seed=502,
        cases=lambda rng: [Case((150, 128, 10)), Case((600, 512, 50)), Case((3, 3, 1)),
                           Case((1000, 10, 0), "k = 0: nothing stored"), Case((7, 2, 3))],
        requirements=["k columns of U, k singular values, k rows of V^T"],
        mistakes=[
            Mistake(lambda m, n, k: k * (m + n), "the k singular values are missing: k more "
                    "numbers.", "off-by-one"),
            Mistake(lambda m, n, k: m * n, "that is the whole matrix; the factors need k "
                    "columns of length m, k rows of length n and k numbers.",
                    "known-mistake"),
        ],
        hints=("Count the numbers in each factor you keep.",
               "k columns of length m, k rows of length n, and k singular values: "
               "return k * (m + n + 1)."),
    ),
    Exercise(
        "svd-eckart-young", name="truncation_error", reference=_error, seed=503,
        cases=_error_cases,
        rules=[forbid("@", "np.svd", "np.diag", "np.outer", "np.dot", "np.matmul",
                      message="the exercise asks you not to build any matrix: use s alone")],
        requirements=["without building any matrix", "the dropped values s[k:]",
                      "the square root of their sum of squares"],
        mistakes=[
            Mistake(lambda s, k: _error(s, k + 1), "you dropped one value too few: the "
                    "singular values beyond the first k are s[k:] (indices start at 0).",
                    "off-by-one"),
            Mistake(lambda s, k: _error(s, max(k - 1, 0)), "you included one value too "
                    "many: the first k singular values are s[:k], the dropped ones s[k:].",
                    "off-by-one"),
            Mistake(lambda s, k: float(np.sum(np.asarray(s)[k:])), "you added the singular "
                    "values themselves; square them first, then take the square root of "
                    "the sum.", "known-mistake"),
            Mistake(lambda s, k: float(np.asarray(s)[k]) if k < len(s) else 0.0,
                    "that is the error in the 2-norm (the largest dropped σ); the "
                    "Frobenius error adds up all the dropped σ².", "known-mistake"),
        ],
        hints=("The squared Frobenius error is the sum of the squares of the singular values "
               "you drop.",
               "return np.sqrt(np.sum(s[k:] ** 2))"),
    ),
    Exercise(
        "svd-lstsq-qr", name="lstsq_qr", reference=_lstsq, seed=504, cases=_lstsq_cases,
        rules=[must_call("qr", message="the exercise asks you to factor X with np.linalg.qr"),
               forbid("np.lstsq", "np.pinv", message="the exercise asks for QR, not "
                      "np.linalg.lstsq or pinv")],
        requirements=["factor with np.linalg.qr", "solve R beta = Q.T y",
                      "do not form X.T @ X"],
        mistakes=[Mistake(_normal_equations, "you solved the normal equations "
                          "(X.T @ X) beta = X.T @ y: that squares the condition number "
                          "and loses digits on this ill-conditioned design. Solve "
                          "R beta = Q.T @ y.", "known-mistake")],
        hints=("Q has orthonormal columns, so X beta ≈ y becomes R beta = Q.T @ y, a "
               "triangular system.",
               "Q, R = np.linalg.qr(X); c = Q.T @ y; solve R beta = c from the last row up "
               "(or np.linalg.solve(R, c)) and return beta."),
    ),
    Exercise(
        "svd-condition", name="condition_number", reference=_cond, seed=505,
        cases=_cond_cases,
        rules=[must_call("svd", message="the exercise asks you to use np.linalg.svd"),
               forbid("np.cond", message="the exercise asks for the singular values, not "
                      "np.linalg.cond")],
        requirements=["with np.linalg.svd, not np.linalg.cond", "singular values, not "
                      "eigenvalues"],
        hints=("The condition number is a ratio of two singular values.",
               "s = np.linalg.svd(A, compute_uv=False); return s[0] / s[-1]: svd returns "
               "them in decreasing order."),
    ),
    Exercise(
        "svd-explained-variance", name="explained_variance_ratio", reference=_evr, seed=506,
        cases=_evr_cases,
        rules=[must_call("svd", message="the exercise asks you to use the SVD")],
        requirements=["from the SVD of the centred data", "decreasing", "sums to 1"],
        mistakes=[
            Mistake(lambda X: (lambda s: s / s.sum())(
                np.linalg.svd(X - X.mean(axis=0), compute_uv=False)),
                "you used the singular values; the variances are their squares, s**2.",
                "known-mistake"),
            Mistake(lambda X: (lambda s: s**2 / np.sum(s**2))(
                np.linalg.svd(X, compute_uv=False)), "you did not centre the data: "
                "subtract X.mean(axis=0) first.", "known-mistake"),
        ],
        hints=("Centre the columns; the variance along component i is s_i² / (n - 1).",
               "Xc = X - X.mean(axis=0); s = np.linalg.svd(Xc, compute_uv=False); "
               "return s**2 / np.sum(s**2)."),
    ),
    Exercise(
        "svd-rank", name="r", reference=2,
        requirements=["an integer, from the singular values"],
        hints=("Count the singular values that are not zero, up to rounding.",
               "The second row is twice the first, so one singular value is (numerically) "
               "0: the rank is 3 - 1."),
    ),
])
