"""Practice: matrix decomposition (``exercises/matrix_decomposition_solutions.md``).

Stated requirements and what breaks an answer ignoring them:

* svd-rank-k: with ``np.linalg.svd`` -> a source rule; the first k singular
  triplets, scaled by σ -> tall, square and wide matrices, k = 1 and 2.
* svd-storage: k columns of U, k singular values, k rows of Vᵀ -> cases with
  m ≠ n, and k = 0 (every case has k ≤ min(m, n): a rank-k truncation exists).
* svd-eckart-young: from ``s`` alone, no matrix built -> a source rule (np.diag,
  np.outer, np.eye ...; ``s[k:] @ s[k:]`` builds none and is allowed); the
  dropped values s[k:] -> k = 0, k = len(s) and values where an off-by-one
  changes the answer; the square root -> values whose sum of squares is not 1.
* svd-condition: ``np.linalg.svd``, not ``np.linalg.cond`` -> source rules;
  singular values, not eigenvalues -> a non-symmetric matrix.
* svd-explained-variance: from the SVD of the centred data -> data far from
  the origin, and a source rule against np.cov and the eigen-solvers; each
  column by its own mean -> columns with very different means (one overall
  mean, or the first row, leaves them uncentred); decreasing; sums to 1.
"""

from __future__ import annotations

import numpy as np

from ..check import Case, Mistake
from ..rules import forbid, must_call
from .spec import Exercise, register


def _rank_k(A, k):
    U, s, Vt = np.linalg.svd(A)
    return U[:, :k] @ np.diag(s[:k]) @ Vt[:k, :]


def _triplets(A, keep):
    """Σ σ_i u_i v_iᵀ over the indices ``keep`` (a slice or a list)."""
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return (U[:, keep] * s[keep]) @ Vt[keep]


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
        Case((rng.standard_normal((50, 3)) @ np.diag([2.0, 1.0, 0.5]) + [100.0, -40.0, 5.0],),
             "columns with very different means: centre each column by its own mean, "
             "X.mean(axis=0), not by one overall mean or by the first row"),
    ]


_VARIANCES = "those are the variances themselves; the shares divide each by their total."
_FEATURE_VARIANCES = ("those are the shares of the FEATURES' variances (the diagonal of the "
                      "covariance); a principal component mixes features, and its variance "
                      "is a squared singular value of the centred data.")


def _shares(v):
    v = np.asarray(v, dtype=float)
    return v / v.sum()


def _centred_s(X):
    return np.linalg.svd(X - X.mean(axis=0), compute_uv=False)


EXERCISES = register([
    Exercise(
        "svd-rank-k", name="rank_k", reference=_rank_k, seed=501, cases=_rank_k_cases,
        rules=[must_call("svd", message="the exercise asks you to use np.linalg.svd")],
        requirements=["with np.linalg.svd", "the first k singular triplets"],
        mistakes=[
            Mistake(lambda A, k: (lambda U, s, Vt: U[:, :k] @ Vt[:k])(
                *np.linalg.svd(A, full_matrices=False)), "the singular values are missing: "
                "scale the columns of U by s (U[:, :k] * s[:k]).", "known-mistake"),
            Mistake(lambda A, k: _triplets(A, slice(k + 1)), "one triplet too many: the "
                    "first k are indices 0 to k - 1, U[:, :k], s[:k] and Vt[:k].",
                    "off-by-one"),
            Mistake(lambda A, k: _triplets(A, slice(max(k - 1, 0))), "one triplet too few: "
                    "the first k are U[:, :k], s[:k] and Vt[:k] (a slice :k stops before k).",
                    "off-by-one"),
            Mistake(lambda A, k: _triplets(A, [k - 1]), "that is only the k-th term "
                    "σ_k u_k v_kᵀ; A_k adds up the first k of them.", "known-mistake"),
            Mistake(lambda A, k: _triplets(A, slice(-k, None)), "you kept the k SMALLEST "
                    "singular values: np.linalg.svd returns them largest first, so keep the "
                    "first k.", "known-mistake"),
            Mistake(lambda A, k: (lambda U, s, Vt: U[:, :k] @ np.diag(s[:k]) @ Vt[:, :k].T)(
                *np.linalg.svd(A, full_matrices=False)), "np.linalg.svd returns Vᵀ, not V: "
                "its ROWS are the right singular vectors, so take Vt[:k] (not Vt[:, :k].T).",
                "known-mistake"),
        ],
        hints=("A_k keeps the k largest singular values and their singular vectors: where "
               "in U, s and Vt does np.linalg.svd put them?",
               "U, s, Vt = np.linalg.svd(A, full_matrices=False); "
               "return (U[:, :k] * s[:k]) @ Vt[:k]."),
    ),
    Exercise(
        "svd-storage", name="storage", reference=lambda m, n, k: k * (m + n + 1), seed=502,
        cases=lambda rng: [Case((150, 128, 10)), Case((600, 512, 50)), Case((3, 3, 1)),
                           Case((1000, 10, 0), "k = 0: nothing stored"), Case((7, 3, 2))],
        requirements=["k columns of U, k singular values, k rows of V^T"],
        rtol=0.0, atol=0.0,   # a count of numbers: exact (else k * (m + n - 1) looks close)
        mistakes=[
            Mistake(lambda m, n, k: k * (m + n), "the k singular values are missing: k more "
                    "numbers.", "off-by-one"),
            Mistake(lambda m, n, k: k * (m + n - 1), "a -1 where a +1 belongs: each of the k "
                    "terms stores a column of U (m numbers), a row of Vᵀ (n numbers) AND its "
                    "singular value (1 number): k * (m + n + 1).", "off-by-one"),
            Mistake(lambda m, n, k: (k + 1) * (m + n + 1), "you counted k + 1 terms; a "
                    "rank-k truncation keeps k of them (indices 0 to k - 1): "
                    "k * (m + n + 1).", "off-by-one"),
            Mistake(lambda m, n, k: m * n, "that is the whole matrix; the factors need k "
                    "columns of length m, k rows of length n and k numbers.",
                    "known-mistake"),
            Mistake(lambda m, n, k: k * (m + n + k), "Σ is diagonal: store its k diagonal "
                    "entries, not a k × k matrix.", "known-mistake"),
            Mistake(lambda m, n, k: k * (m + n) + 1, "there are k singular values to store, "
                    "not 1.", "known-mistake"),
            Mistake(lambda m, n, k: k * m + n + 1, "brackets: k * m + n + 1 multiplies only "
                    "m by k; write k * (m + n + 1).", "known-mistake"),
            Mistake(lambda m, n, k: k * (m + n + 1) / (m * n), "that is the compression "
                    "ratio (stored / m·n); the exercise asks for the number of values "
                    "stored.", "known-mistake"),
            Mistake(lambda m, n, k: m * m + k + n * n, "the truncation keeps only k columns "
                    "of U and k rows of Vᵀ, not the whole square U and V.", "known-mistake"),
            Mistake(lambda m, n, k: m * n - k * (m + n + 1), "that is the number of values "
                    "SAVED; the exercise asks for the number stored.", "known-mistake"),
        ],
        hints=("Count the numbers in each factor you keep.",
               "k columns of length m, k rows of length n, and k singular values: "
               "return k * (m + n + 1)."),
    ),
    Exercise(
        "svd-eckart-young", name="truncation_error", reference=_error, seed=503,
        cases=_error_cases,
        rules=[forbid("np.svd", "np.diag", "np.diagflat", "np.outer", "np.eye",
                      message="the exercise asks you not to build any matrix: use s alone")],
        requirements=["without building any matrix", "the dropped values s[k:]",
                      "the square root of their sum of squares"],
        mistakes=[
            Mistake(lambda s, k: _error(s, k + 1), "you dropped one value too few: the "
                    "singular values beyond the first k are s[k:] (indices start at 0).",
                    "off-by-one"),
            # s[k - 1:] as Python slices it (for k = 0 that is the last value only)
            Mistake(lambda s, k: float(np.sqrt(np.sum(np.asarray(s)[k - 1:] ** 2))),
                    "you included one value too "
                    "many: the first k singular values are s[:k], the dropped ones s[k:].",
                    "off-by-one"),
            Mistake(lambda s, k: float(np.sum(np.asarray(s)[k:])), "you added the singular "
                    "values themselves; square them first, then take the square root of "
                    "the sum.", "known-mistake"),
            Mistake(lambda s, k: float(np.asarray(s)[k]) if k < len(s) else 0.0,
                    "that is the error in the 2-norm (the largest dropped σ); the "
                    "Frobenius error adds up all the dropped σ².", "known-mistake"),
            Mistake(lambda s, k: _error(s, 0), "that is the Frobenius norm of A itself: the "
                    "error of A_k adds up only the DROPPED σ², s[k:].", "known-mistake"),
            Mistake(lambda s, k: float(np.sqrt(np.sum(np.asarray(s)[:k] ** 2))), "that is "
                    "the norm of A_k, from the KEPT values s[:k]; the error comes from the "
                    "dropped ones, s[k:].", "known-mistake"),
            Mistake(lambda s, k: _error(s, 0) - float(np.sqrt(np.sum(np.asarray(s)[:k] ** 2))),
                    "‖A‖ - ‖A_k‖ is not ‖A - A_k‖: square first, then subtract (or add the "
                    "squares of the dropped values).", "known-mistake"),
            Mistake(lambda s, k: _error(s, k) / _error(s, 0), "that is the relative error "
                    "(divided by ‖A‖_F); the exercise asks for the error itself.",
                    "known-mistake"),
            Mistake(lambda s, k: float(np.sqrt(np.sum(np.asarray(s)[k:]))), "square the "
                    "singular values before adding them: sqrt(sum(s[k:] ** 2)).",
                    "known-mistake"),
        ],
        hints=("By Eckart-Young, the error of A_k depends only on the singular values you "
               "drop, and the Frobenius norm squares things.",
               "return np.sqrt(np.sum(s[k:] ** 2))"),
    ),
    Exercise(
        "svd-condition", name="condition_number", reference=_cond, seed=505,
        cases=_cond_cases,
        rules=[must_call("svd", "svdvals",   # scipy.linalg.svdvals: the singular values too
                         message="the exercise asks you to use np.linalg.svd"),
               forbid("np.cond", message="the exercise asks for the singular values, not "
                      "np.linalg.cond")],
        requirements=["with np.linalg.svd, not np.linalg.cond", "singular values, not "
                      "eigenvalues"],
        mistakes=[
            Mistake(lambda A: (lambda s: s[0] / s[1])(np.linalg.svd(A, compute_uv=False)),
                    "s[1] is the second singular value; the smallest is the LAST one, "
                    "s[-1].", "known-mistake"),
            Mistake(lambda A: float(np.linalg.svd(A, compute_uv=False)[0]), "that is the "
                    "largest singular value (the 2-norm of A); the condition number divides "
                    "it by the smallest.", "known-mistake"),
            Mistake(lambda A: _cond(A) ** 2, "that is the condition number squared: the "
                    "squares of the singular values (the singular values of A.T @ A). Use "
                    "the singular values of A itself.", "missing-sqrt"),
            Mistake(lambda A: (lambda lam: lam.max() / lam.min())(np.abs(np.linalg.eigvals(
                A))), "that is a ratio of eigenvalues; the condition number is a ratio of "
                "SINGULAR values, s[0] / s[-1] (they differ unless A is symmetric).",
                "known-mistake"),
        ],
        hints=("The condition number is a ratio of two singular values.",
               "s = np.linalg.svd(A, compute_uv=False); return s[0] / s[-1]: svd returns "
               "them in decreasing order."),
    ),
    Exercise(
        "svd-explained-variance", name="explained_variance_ratio", reference=_evr, seed=506,
        cases=_evr_cases,
        rules=[must_call("svd", message="the exercise asks you to use the SVD"),
               forbid("np.cov", "cov", "np.eigvalsh", "np.eigh", "np.eigvals", "np.eig",
                      message="the exercise asks for the SVD of the centred data itself, "
                      "not of the covariance matrix (np.cov) and not an eigen-solver: "
                      "Xc = X - X.mean(axis=0), then np.linalg.svd(Xc)")],
        requirements=["from the SVD of the centred data", "centre each column by its own mean",
                      "decreasing", "sums to 1"],
        mistakes=[
            Mistake(lambda X: (lambda s: s / s.sum())(
                np.linalg.svd(X - X.mean(axis=0), compute_uv=False)),
                "you used the singular values; the variances are their squares, s**2.",
                "known-mistake"),
            Mistake(lambda X: (lambda s: s**2 / np.sum(s**2))(
                np.linalg.svd(X, compute_uv=False)), "you did not centre the data: "
                "subtract X.mean(axis=0) first.", "known-mistake"),
            Mistake(lambda X: _shares(np.sort(X.var(axis=0))[::-1]), _FEATURE_VARIANCES,
                    "known-mistake"),
            Mistake(lambda X: _shares(X.var(axis=0)), _FEATURE_VARIANCES, "known-mistake"),
            Mistake(lambda X: _centred_s(X) ** 2 / (len(X) - 1), _VARIANCES, "known-mistake"),
            Mistake(lambda X: _centred_s(X) ** 2 / len(X), _VARIANCES, "known-mistake"),
            Mistake(lambda X: np.cumsum(_evr(X)), "that is the cumulative share (np.cumsum); "
                    "return the share of each component.", "known-mistake"),
            Mistake(lambda X: (lambda s: s**2 / np.sum(s**2))(np.linalg.svd(
                X - X.mean(), compute_uv=False)), "you subtracted one overall mean, "
                "X.mean() with no axis; centre each column by its own mean: "
                "X - X.mean(axis=0).", "wrong-axis"),
            Mistake(lambda X: (lambda s: s**2 / np.sum(s**2))(np.linalg.svd(
                X - X[0], compute_uv=False)), "you subtracted the first row; centre each "
                "column by its mean over all the rows: X - X.mean(axis=0).",
                "known-mistake"),
            Mistake(lambda X: (lambda s: s**2 / np.sum(s**2))(np.linalg.svd(
                X - X.mean(axis=1, keepdims=True), compute_uv=False)), "you subtracted the "
                "mean of each ROW (axis=1); centre each column, each feature: "
                "X - X.mean(axis=0).", "wrong-axis"),
            Mistake(lambda X: (lambda s: s**2 / np.sum(s**2))(np.linalg.svd(
                (X - X.mean(axis=0)) / X.std(axis=0), compute_uv=False)), "you divided by "
                "the standard deviations (the correlation PCA); the exercise asks for the "
                "variance of the centred data: centre only.", "known-mistake"),
            Mistake(lambda X: _centred_s(X) ** 2 / np.sum(X**2), "the total is the sum of "
                    "the squared singular values (the CENTRED data's sum of squares), not "
                    "the sum of squares of X.", "known-mistake"),
        ],
        hints=("Centre the columns; the variance along component i is s_i² / (n - 1).",
               "Xc = X - X.mean(axis=0); s = np.linalg.svd(Xc, compute_uv=False); "
               "return s**2 / np.sum(s**2)."),
    ),
    Exercise(
        "svd-rank", name="r", reference=2,
        requirements=["an integer, from the singular values"],
        mistakes=[
            Mistake(3, "that counts every singular value, but one of them is about 1e-16: "
                    "zero up to rounding. Count those above a tolerance, such as 1e-10.",
                    "known-mistake"),
            Mistake(1, "the rank is the number of singular values that are NOT zero (up to "
                    "rounding).", "known-mistake"),
            Mistake(0, "that is (about) 0, the size of a singular value; the rank COUNTS the "
                    "singular values that are not zero (up to rounding).", "known-mistake"),
        ],
        hints=("Count the singular values that are not zero, up to rounding.",
               "s = np.linalg.svd(M, compute_uv=False); a singular value of about 1e-16 is "
               "zero up to rounding, so count those above a tolerance: "
               "int(np.sum(s > 1e-10))."),
    ),
])
