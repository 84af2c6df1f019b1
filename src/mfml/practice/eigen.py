"""Practice: eigenvalues and eigenvectors (``exercises/eigen_solutions.md``).

Stated requirements and what breaks an answer ignoring them:

* eig-2x2: the formula, not ``np.linalg`` -> a source rule; largest first ->
  a pair of opposite sign and a pair of negative eigenvalues (sorting by size
  fails); real eigenvalues of non-symmetric matrices too.
* eig-power: start from ones, ``x = A @ x`` then normalise, ``num_iters``
  times -> a non-symmetric matrix (``x @ A`` iterates with A.T), a run of only
  3 iterations (ignoring ``num_iters`` or starting elsewhere fails), a
  dominant eigenvalue of 10 (no normalising inside the loop overflows); the
  largest-magnitude entry positive -> a matrix where the iteration lands on
  -v, one whose first entry is negative (flipping by x[0] fails), and a
  negative dominant eigenvalue with an odd number of iterations.
* eig-rayleigh: x need not have length 1 -> vectors of other lengths.
* eig-evr: centre the columns -> data far from the origin; the eigenvalues
  of the covariance -> a source rule (an eigen-solver is called); largest
  first -> several components of different sizes.
* eig-stationary: the eigenvalue closest to 1 -> chains where
  ``np.linalg.eig`` does not list it first; keep the real part -> chains with
  complex eigenvalues (a complex dtype is rejected); sum to 1.
"""

from __future__ import annotations

import numpy as np

from ..check import Case, Mistake
from ..rules import forbid, must_call, needs_loop
from .spec import Exercise, register


def _random_symmetric(rng, n, gap=2.0):
    Q, _ = np.linalg.qr(rng.standard_normal((n, n)))
    lams = np.concatenate([[gap * n], np.linspace(n - 1, 0.5, n - 1)])
    return Q @ np.diag(lams) @ Q.T


def _with_eigen(vectors, values):
    """A (generally non-symmetric) matrix with these eigenvectors and eigenvalues."""
    V = np.column_stack(vectors).astype(float)
    return V @ np.diag(values) @ np.linalg.inv(V)


def _eig2x2(A):
    return np.sort(np.linalg.eigvals(A).real)[::-1]


def _eig2x2_cases(rng):
    return [
        Case((np.array([[2.0, 1.0], [1.0, 2.0]]),)),
        Case((np.array([[4.0, 1.0], [2.0, 3.0]]),), "a non-symmetric matrix"),
        Case((np.array([[1.0, 1.0], [0.0, 2.0]]),), "a triangular matrix: the larger "
                                                    "eigenvalue comes first"),
        Case((np.array([[0.0, 2.0], [2.0, 0.0]]),), "eigenvalues 2 and -2: largest first "
                                                    "means 2, not the larger in size"),
        Case((np.array([[-2.0, 1.0], [1.0, -2.0]]),), "both eigenvalues negative: the "
                                                      "largest is the one nearest zero"),
        Case((np.array([[3.0, 1.0], [0.0, 3.0]]),), "a repeated eigenvalue"),
        Case((_random_symmetric(rng, 2),)),
    ]


def _power(A, num_iters=500):
    x = np.ones(A.shape[0])
    for _ in range(num_iters):
        x = A @ x
        x = x / np.linalg.norm(x)
    return x * np.sign(x[np.argmax(np.abs(x))])


#: A symmetric matrix whose top eigenvector v = (1, -0.8, -0.6)/‖.‖ has a
#: negative component along the ones: power iteration from the ones lands on -v.
LANDS_ON_MINUS_V = np.array([[2.735294, -0.8, -1.041176], [-0.8, 2.64, 0.48],
                             [-1.041176, 0.48, 1.624706]])


def _power_cases(rng):
    return [
        Case((np.array([[2.0, 1.0], [1.0, 2.0]]),)),
        Case((_random_symmetric(rng, 4), 200)),
        Case((_with_eigen([[1, 2, 0.5], [0, 1, 1], [1, 0, 1]], [10, 3, 1]),),
             "a non-symmetric matrix with dominant eigenvalue 10: iterate x = A @ x (not "
             "x @ A), and normalise inside the loop or x overflows"),
        Case((LANDS_ON_MINUS_V,), "the iteration lands on -v here: flip x so that its "
                                  "largest-magnitude entry is positive"),
        Case((_with_eigen([[-0.3, 0.9, 0.3], [1, 0, 0.5], [0, 1, 1]], [3, 1, -1]),),
             "the first entry of v is negative but its largest-magnitude entry is "
             "positive: flip by the largest-magnitude entry, not by x[0]"),
        Case((_with_eigen([[0.5, 1, 0.2], [1, -1, 0], [0, 0.3, 1]], [-4, 2, 1]), 501),
             "a negative dominant eigenvalue and an odd number of iterations: x changes "
             "sign every step"),
        Case((np.array([[2.0, 1.0], [1.0, 1.5]]), 3),
             "only 3 iterations: start from the vector of ones and do exactly num_iters "
             "of them"),
    ]


def _rayleigh(A, x):
    return float(x @ A @ x / (x @ x))


def _rayleigh_cases(rng):
    S = np.array([[2.0, 1.0], [1.0, 2.0]])
    return [
        Case((S, np.array([3.0, -3.0])), "x has length √18, not 1"),
        Case((S, np.array([1.0, 1.0])), "x has length √2"),
        Case((S, np.array([1.0, 0.0]))),
        Case((_random_symmetric(rng, 4), rng.standard_normal(4) * 3)),
        Case((np.array([[1.0, 2.0], [0.0, 3.0]]), np.array([2.0, 1.0])),
             "a non-symmetric matrix"),
    ]


def _evr(X):
    s = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    return s**2 / np.sum(s**2)


def _evr_cases(rng):
    from sklearn.datasets import load_iris
    return [
        Case((load_iris().data,), "the iris measurements"),
        Case((rng.standard_normal((50, 3)) * [3.0, 1.0, 0.2],)),
        Case((rng.standard_normal((40, 4)) @ np.diag([0.5, 2.0, 1.0, 0.1]) + 20.0,),
             "data far from the origin: centre the columns first"),
    ]


def _stationary(P):
    n = len(P)
    M = np.vstack([P - np.eye(n), np.ones(n)])
    b = np.concatenate([np.zeros(n), [1.0]])
    return np.linalg.lstsq(M, b, rcond=None)[0]


def _chain(counts):
    M = np.array(counts, dtype=float)
    return M / M.sum(axis=0)


#: Column-stochastic chains on which np.linalg.eig does NOT list the eigenvalue
#: 1 first (checked by tests/test_practice_specs.py); the first two also have
#: complex eigenvalues, so eig returns complex eigenvectors.
EIG_ONE_NOT_FIRST = [
    [[1, 4, 0, 0], [0, 7, 0, 4], [0, 10, 8, 0], [7, 0, 1, 1]],
    [[1, 0, 3], [1, 1, 0], [0, 5, 4]],
    [[8, 1, 0, 3], [9, 1, 7, 0], [2, 9, 1, 0], [0, 0, 5, 1]],
]


def _stationary_cases(rng):
    P = rng.random((7, 7)) + 0.1
    return [
        Case((np.array([[0.9, 0.4], [0.1, 0.6]]),), "two weather states"),
        Case((_chain(EIG_ONE_NOT_FIRST[0]),), "np.linalg.eig lists the eigenvalue 1 last "
                                              "here, and some eigenvalues are complex"),
        Case((_chain(EIG_ONE_NOT_FIRST[1]),), "eigenvalue 1 is not the first one "
                                              "np.linalg.eig lists; keep the real part"),
        Case((_chain(EIG_ONE_NOT_FIRST[2]),), "eigenvalue 1 is listed second here"),
        Case((P / P.sum(axis=0),)),
    ]


_UNIT_NOT_SUM = ("your vector has length 1; a probability vector has entries that SUM to 1: "
                 "divide by v.sum() (which also fixes the sign).")


def _first_eigenvector(P):
    v = np.linalg.eig(P)[1][:, 0].real
    return v / v.sum()


EXERCISES = register([
    Exercise(
        "eig-2x2", name="eig2x2", reference=_eig2x2, seed=401, cases=_eig2x2_cases,
        rules=[forbid("np.linalg", "np.eig", "np.eigvals", "np.roots", message="the "
                      "exercise asks for the trace-determinant formula, not np.linalg")],
        requirements=["the formula, not np.linalg", "largest first"],
        mistakes=[
            Mistake(lambda A: np.array(sorted(_eig2x2(A), key=abs, reverse=True)),
                    "you put the eigenvalue of larger SIZE first; the exercise wants the "
                    "larger value first (2 before -2, and -1 before -3).", "wrong-order"),
        ],
        hints=("The eigenvalues are the roots of λ² - tr(A) λ + det(A): the quadratic "
               "formula.",
               "tr = A[0, 0] + A[1, 1]; det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]; "
               "root = np.sqrt(tr**2 - 4 * det); "
               "return np.array([(tr + root) / 2, (tr - root) / 2])."),
    ),
    Exercise(
        "eig-by-hand", name="lam_max", reference=5.0,
        requirements=["the larger eigenvalue"],
        hints=("The eigenvalues add up to the trace (0) and multiply to the determinant "
               "(-25).",
               "They are +x and -x with -x² = -25, so x = 5: the larger one is 5."),
    ),
    Exercise(
        "eig-power", name="power_iteration", reference=_power, seed=403, cases=_power_cases,
        rules=[needs_loop("the exercise asks for the iteration itself, a loop"),
               forbid("np.eig", "np.eigh", "np.eigvals", "np.svd", "np.matrix_power",
                      message="the exercise asks for power iteration, not a library "
                              "eigen-solver")],
        requirements=["start from the vector of ones", "x = A @ x, then normalise",
                      "num_iters times", "largest-magnitude entry positive"],
        mistakes=[
            Mistake(lambda A, n=500: -_power(A, n), "the sign is the wrong way round: flip "
                    "x so that its LARGEST-MAGNITUDE entry is positive: "
                    "i = np.argmax(np.abs(x)); x * np.sign(x[i]).", "wrong-sign"),
            Mistake(lambda A, n=500: _power(A.T, n), "you iterated with A.T (x = x @ A is "
                    "x = A.T @ x): for a non-symmetric A that finds another vector. "
                    "Write x = A @ x.", "known-mistake"),
        ],
        hints=("Repeat: multiply by A, then rescale to length 1. At the end, fix the sign.",
               "x = np.ones(A.shape[0]); for _ in range(num_iters): x = A @ x; "
               "x = x / np.linalg.norm(x). Then i = np.argmax(np.abs(x)) and return "
               "x * np.sign(x[i])."),
    ),
    Exercise(
        "eig-rayleigh", name="rayleigh", reference=_rayleigh, seed=404,
        cases=_rayleigh_cases,
        requirements=["do not assume x has length 1"],
        mistakes=[Mistake(lambda A, x: x @ A @ x / np.linalg.norm(x), "you divided by ‖x‖; "
                          "the Rayleigh quotient divides by x·x = ‖x‖².", "factor-quantity")],
        hints=("x @ A @ x is the quadratic form xᵀAx; dividing by something makes the "
               "length of x cancel.",
               "return (x @ A @ x) / (x @ x)"),
    ),
    Exercise(
        "eig-evr", name="explained_variance_ratio", reference=_evr, seed=405,
        cases=_evr_cases,
        rules=[must_call("eigvalsh", "eigh", "eigvals", "eig", message="the exercise asks "
                         "for the eigenvalues of the covariance matrix (np.linalg.eigvalsh)")],
        requirements=["centre the columns", "eigenvalues of the covariance (eigvalsh)",
                      "largest first", "ratios sum to 1"],
        mistakes=[
            Mistake(lambda X: (lambda v: v / v.sum())(np.linalg.eigvalsh(X.T @ X)[::-1]),
                    "you did not centre the columns: subtract X.mean(axis=0) before "
                    "forming the covariance.", "known-mistake"),
        ],
        hints=("Centre, form the covariance, take its eigenvalues; they come out smallest "
               "first.",
               "Xc = X - X.mean(axis=0); C = Xc.T @ Xc / (len(X) - 1); "
               "v = np.linalg.eigvalsh(C)[::-1]; return v / v.sum()."),
    ),
    Exercise(
        "eig-stationary", name="stationary", reference=_stationary, seed=406,
        cases=_stationary_cases, allow_complex=False,
        requirements=["the eigenvector whose eigenvalue is closest to 1",
                      "keep the real part", "entries sum to 1"],
        mistakes=[
            Mistake(_first_eigenvector, "you took the first eigenvector np.linalg.eig "
                    "returns; eig does not sort, so pick k = np.argmin(np.abs(values - 1)).",
                    "known-mistake"),
            Mistake(lambda P: np.full(len(P), 1 / len(P)), "a uniform distribution: this "
                    "is what P.T gives (its eigenvector for 1 is all ones). Here the columns "
                    "of P sum to 1: use P itself.", "known-mistake"),
            Mistake(lambda P: _stationary(P) / np.linalg.norm(_stationary(P)),
                    _UNIT_NOT_SUM, "not-normalised"),
            Mistake(lambda P: -_stationary(P) / np.linalg.norm(_stationary(P)),
                    _UNIT_NOT_SUM, "not-normalised"),
        ],
        hints=("A stationary distribution is an eigenvector for the eigenvalue 1, scaled "
               "so its entries add up to 1.",
               "values, vectors = np.linalg.eig(P); k = np.argmin(np.abs(values - 1)); "
               "v = vectors[:, k].real; return v / v.sum()."),
    ),
])
