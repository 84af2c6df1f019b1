"""Practice: eigenvalues and eigenvectors (``exercises/eigen_solutions.md``).

Stated requirements and what breaks an answer ignoring them:

* eig-2x2: the formula, not an eigen-solver -> a source rule (``np.linalg.det``
  is allowed: it is the formula's determinant); largest first -> a pair of
  opposite sign and a pair of negative eigenvalues (sorting by size fails);
  real eigenvalues of non-symmetric matrices too, and irrational ones (an
  integer array or a rounded result fails); equal eigenvalues too -> a
  repeated eigenvalue whose discriminant rounds to -5.6e-17 (asserted in
  ``tests/test_practice_specs.py``): the square root without a clip is NaN.
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
  first -> several components of different sizes, and a covariance for which
  ``np.linalg.eigvals`` returns them out of order (asserted in
  ``tests/test_practice_specs.py``): eigvals without sorting fails.
* eig-psd: the eigenvalues decide -> matrices whose diagonal, determinant or
  trace is positive while an eigenvalue is negative; not symmetric -> False ->
  [[1, 3], [0, 1]], whose eigenvalues (eig) and lower triangle (eigvalsh) both
  look positive semidefinite, and [[1, 1], [0, 1]], whose symmetric part
  (A + A.T) / 2 and either triangle look positive semidefinite too;
  semidefinite allows 0 -> the zero matrix and a singular covariance; symmetric
  up to rounding -> a PSD matrix with a 1e-16 asymmetry (exact equality
  fails); a tolerance -> a singular covariance whose zero eigenvalue eigvalsh
  returns as -9e-17 (asserted in ``tests/test_practice_specs.py``); relative
  to the largest eigenvalue -> the same covariance times 1e9 (its zero comes
  out near -5e-6: an absolute tolerance of 1e-10 fails) and a tiny indefinite
  matrix diag(1e-12, -1e-13) (an absolute tolerance accepts it).
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


#: Eigenvalue 0.3 twice; tr**2 - 4 * (a*d - b*c) rounds to -5.6e-17 in floats.
REPEATED_ROUNDS_NEGATIVE = np.array([[0.1, 0.2], [-0.2, 0.5]])


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
        Case((np.array([[3.0, 1.0], [0.0, 3.0]]),), "a repeated eigenvalue: tr² - 4 det is "
                                                    "0, and rounding can push it below 0"),
        Case((REPEATED_ROUNDS_NEGATIVE,), "equal eigenvalues (0.3 twice): tr² - 4 det is 0 "
                                          "exactly, but in floats it comes out -5.6e-17"),
        Case((_random_symmetric(rng, 2),)),
        Case((np.array([[1.0, 2.0], [3.0, 4.0]]),), "eigenvalues (5 ± √33) / 2, not whole "
                                                    "numbers: an integer array or a rounded "
                                                    "result cannot hold them"),
    ]


def _quadratic(A, *, det=None, four=4.0, minus_b=False, halve_root_only=False):
    """The formula with one of the usual slips (and no clip of the discriminant)."""
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0] if det is None else det
    with np.errstate(invalid="ignore"):
        root = np.sqrt(tr**2 - four * det)
    if halve_root_only:
        return np.array([tr + root / 2, tr - root / 2])
    b = -tr if minus_b else tr
    return np.array([(b + root) / 2, (b - root) / 2])


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


def _power_from(A, num_iters, x):
    for _ in range(num_iters):
        x = A @ x
        x = x / np.linalg.norm(x)
    return x * np.sign(x[np.argmax(np.abs(x))])


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


def _shares(v):
    v = np.asarray(v, dtype=float)
    return v / v.sum()


def _cov_eigenvalues(X):
    Xc = X - X.mean(axis=0)
    return np.linalg.eigvalsh(Xc.T @ Xc / (len(X) - 1))[::-1]


#: Seed of data whose covariance np.linalg.eigvals returns neither largest nor
#: smallest first (asserted in tests/test_practice_specs.py).
EIGVALS_UNSORTED_SEED = 0


def eigvals_unsorted_data():
    rng = np.random.default_rng(EIGVALS_UNSORTED_SEED)
    return rng.standard_normal((30, 4)) @ rng.standard_normal((4, 4))


def _evr_cases(rng):
    from sklearn.datasets import load_iris
    return [
        Case((load_iris().data,), "the iris measurements"),
        Case((rng.standard_normal((50, 3)) * [3.0, 1.0, 0.2],)),
        Case((rng.standard_normal((40, 4)) @ np.diag([0.5, 2.0, 1.0, 0.1]) + 20.0,),
             "data far from the origin: centre the columns first"),
        Case((eigvals_unsorted_data(),), "np.linalg.eigvals returns these eigenvalues in "
                                         "no particular order: sort them, largest first"),
    ]


PSD_REL_TOL = 1e-10

#: Seed of 3 samples in 5 dimensions whose covariance (singular, rank 2) has a
#: zero eigenvalue that eigvalsh returns below 0 (-9.4e-17), and below -1e-10
#: once scaled by 1e9 (asserted in tests/test_practice_specs.py).
SINGULAR_COV_SEED = 0


def singular_covariance(scale=1.0):
    g = np.random.default_rng(SINGULAR_COV_SEED)
    X = g.standard_normal((3, 5)) * [1.0, 2.0, 3.0, 4.0, 5.0]
    Xc = X - X.mean(axis=0)
    return scale * (Xc.T @ Xc / 2)


def _is_psd(A):
    A = np.asarray(A, dtype=float)
    if not np.allclose(A, A.T):
        return False
    lams = np.linalg.eigvalsh(A)
    return bool(lams.min() >= -PSD_REL_TOL * np.abs(lams).max())


def _with_symmetric_eigen(rng, values):
    Q, _ = np.linalg.qr(rng.standard_normal((len(values), len(values))))
    A = Q @ np.diag(values) @ Q.T
    return (A + A.T) / 2


#: Not symmetric, and both eig (eigenvalues 1, 1) and eigvalsh (which reads the
#: lower triangle, the identity) make it look positive semidefinite; yet
#: x = (1, -1) gives x^T A x = -1.
NON_SYMMETRIC_LOOKS_PSD = np.array([[1.0, 3.0], [0.0, 1.0]])


#: Not symmetric, and every way of making it symmetric looks positive semidefinite:
#: (A + A.T) / 2 has eigenvalues 1.5 and 0.5, the upper triangle [[1, 1], [1, 1]] 2
#: and 0, the lower triangle is the identity (asserted in the tests).
UPPER_LOOKS_PSD = np.array([[1.0, 1.0], [0.0, 1.0]])


def _psd_symmetrised(A):
    A = np.asarray(A, dtype=float)
    return _is_psd((A + A.T) / 2)


def _psd_cases(rng):
    nearly = _with_symmetric_eigen(rng, [3.0, 1.0, 0.5])
    nearly[0, 1] += 4e-16                        # symmetric up to rounding
    return [
        Case((np.array([[2.0, 1.0], [1.0, 2.0]]),), "eigenvalues 3 and 1: positive "
                                                    "definite, so positive semidefinite"),
        Case((np.array([[1.0, 2.0], [2.0, 1.0]]),), "a positive diagonal, yet the "
                                                    "eigenvalues are 3 and -1: the diagonal "
                                                    "does not decide"),
        Case((np.diag([-1.0, -2.0]),), "determinant 2 > 0, yet both eigenvalues are "
                                       "negative: the determinant does not decide"),
        Case((np.diag([3.0, -1.0]),), "trace 2 > 0, yet one eigenvalue is negative: the "
                                      "trace does not decide"),
        Case((_with_symmetric_eigen(rng, [4.0, -1.0, -2.0]),), "trace and determinant "
                                                               "both positive, two "
                                                               "negative eigenvalues"),
        Case((singular_covariance(),), "a covariance of 3 samples in 5 dimensions: its "
                                       "zero eigenvalues come out as tiny negatives "
                                       "(rounding), and it is positive semidefinite"),
        Case((singular_covariance(1e9),), "the same covariance in larger units: the "
                                          "rounding is about -5e-06 here, so the tolerance "
                                          "must grow with the largest eigenvalue"),
        Case((np.diag([1e-12, -1e-13]),), "a tiny matrix with a real negative eigenvalue: "
                                          "an absolute tolerance of 1e-10 would hide it"),
        Case((_with_symmetric_eigen(rng, [1.0, 0.5, -1e-6]),), "an eigenvalue of -1e-06 is "
                                                               "negative, not rounding"),
        Case((NON_SYMMETRIC_LOOKS_PSD,), "not symmetric (return False), although its "
                                         "eigenvalues are 1 and 1"),
        Case((UPPER_LOOKS_PSD,), "not symmetric (return False): symmetrising it, "
                                 "(A + A.T) / 2, or reading either triangle gives a "
                                 "positive semidefinite matrix, but A itself is not symmetric"),
        Case((nearly,), "symmetric up to rounding (4e-16): compare A with A.T using "
                        "np.allclose, not =="),
        Case((np.zeros((3, 3)),), "the zero matrix: every eigenvalue is 0, so it is "
                                  "positive semidefinite"),
    ]


def _psd_no_symmetry(A):
    lams = np.linalg.eigvals(A).real
    return bool(lams.min() >= -PSD_REL_TOL * np.abs(lams).max())


def _psd_lower(A):
    lams = np.linalg.eigvalsh(A)
    return bool(lams.min() >= -PSD_REL_TOL * np.abs(lams).max())


def _psd_symmetric_then(test):
    return lambda A: bool(np.allclose(A, A.T) and test(A))


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


def _eigenvector_at(P, pick, rows=False):
    values, vectors = np.linalg.eig(P)
    k = pick(values)
    v = (vectors[k] if rows else vectors[:, k]).real
    return v / v.sum()


_EIG_UNSORTED = ("eig does not sort its eigenvalues, so pick the one closest to 1: "
                 "k = np.argmin(np.abs(values - 1)).")


EXERCISES = register([
    Exercise(
        "eig-2x2", name="eig2x2", reference=_eig2x2, seed=401, cases=_eig2x2_cases,
        rules=[forbid("np.eig", "np.eigvals", "np.eigh", "np.eigvalsh", "np.roots",
                      "np.polyroots", "polyroots",   # companion-matrix eigen-solvers
                      "np.eigenvals", "np.eigenvects", "eig", "eigvals", "eigh", "eigvalsh",
                      message="the exercise asks for the trace-determinant formula, not an "
                      "eigen-solver")],
        requirements=["the formula, not an eigen-solver", "largest first",
                      "equal eigenvalues too (the discriminant may round below 0)"],
        mistakes=[
            Mistake(lambda A: np.array(sorted(_eig2x2(A), key=abs, reverse=True)),
                    "you put the eigenvalue of larger SIZE first; the exercise wants the "
                    "larger value first (2 before -2, and -1 before -3).", "wrong-order"),
            Mistake(_quadratic, "the two eigenvalues are equal here, so tr² - 4 det is 0 in "
                    "exact arithmetic; in floats it came out a tiny negative number, and its "
                    "square root is NaN. Clip it at 0 before the square root.",
                    "nan-sqrt-negative"),
            Mistake(lambda A: _quadratic(A, det=A[0, 0] * A[1, 1] - A[0, 1] ** 2),
                    "your determinant assumes A is symmetric: det = a d - b c uses both "
                    "off-diagonal entries, A[0, 1] * A[1, 0].", "known-mistake"),
            Mistake(lambda A: _quadratic(A, minus_b=True), "the quadratic formula's -b is "
                    "+tr(A) here, since the polynomial is λ² - tr(A) λ + det(A): the "
                    "eigenvalues are (tr ± root) / 2.", "known-mistake"),
            Mistake(lambda A: _quadratic(A, halve_root_only=True), "brackets: tr + root / 2 "
                    "halves only the root; write (tr + root) / 2.", "known-mistake"),
            Mistake(lambda A: _quadratic(A, four=1.0), "the discriminant is tr² - 4 det: the "
                    "4 is missing.", "known-mistake"),
        ],
        hints=("The eigenvalues are the roots of λ² - tr(A) λ + det(A): the quadratic "
               "formula.",
               "tr = A[0, 0] + A[1, 1]; det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]; "
               "root = np.sqrt(max(tr**2 - 4 * det, 0)) (clipped: rounding can make it "
               "negative when the eigenvalues are equal); "
               "return np.array([(tr + root) / 2, (tr - root) / 2])."),
    ),
    Exercise(
        "eig-by-hand", name="lam_max", reference=5.0,
        requirements=["the larger eigenvalue"],
        mistakes=[Mistake(-25, "that is the determinant, the PRODUCT of the two "
                          "eigenvalues; find the eigenvalues themselves.", "known-mistake"),
                  Mistake(0, "that is the trace, the SUM of the two eigenvalues; find the "
                          "eigenvalues themselves.", "known-mistake")],
        hints=("The eigenvalues add up to the trace (0) and multiply to the determinant "
               "(-25).",
               "Adding up to 0, they are x and -x; their product -x² must be -25. Solve "
               "for x and keep the larger of x and -x."),
    ),
    Exercise(
        "eig-power", name="power_iteration", reference=_power, seed=403, cases=_power_cases,
        rules=[needs_loop("the exercise asks for the iteration itself, a loop"),
               forbid("np.eig", "np.eigh", "np.eigvals", "np.svd", "np.matrix_power",
                      "eig", "eigh", "eigvals", "svd", "matrix_power",
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
            Mistake(lambda A, n=500: np.abs(_power(A, n)), "np.abs makes EVERY entry "
                    "positive, but an eigenvector can have entries of both signs: flip the "
                    "whole vector (x = -x) when its largest-magnitude entry is negative.",
                    "known-mistake"),
            Mistake(lambda A, n=500: _power(A, 500), "you ran a fixed number of iterations: "
                    "loop num_iters times, the argument (3 in this case).", "known-mistake"),
            Mistake(lambda A, n=500: _power(A, n - 1), "one iteration too few: "
                    "range(num_iters) runs exactly num_iters times.", "off-by-one"),
            Mistake(lambda A, n=500: _power(A, n + 1), "one iteration too many: "
                    "range(num_iters) runs exactly num_iters times.", "off-by-one"),
            Mistake(lambda A, n=500: _power_from(A, n, np.eye(len(A))[0]), "you started "
                    "from (1, 0, ..., 0); the exercise starts from the vector of ones "
                    "(after a few iterations the start still shows).", "known-mistake"),
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
        mistakes=[
            Mistake(lambda A, x: x @ A @ x / np.linalg.norm(x), "you divided by ‖x‖; the "
                    "Rayleigh quotient divides by x·x = ‖x‖².", "factor-quantity"),
            Mistake(lambda A, x: ((x @ A @ x) / x) @ x, "brackets: x @ A @ x / x @ x is "
                    "read ((x @ A @ x) / x) @ x. Write (x @ A @ x) / (x @ x).",
                    "known-mistake"),
            Mistake(lambda A, x: np.linalg.norm(A @ x) / np.linalg.norm(x), "‖Ax‖ / ‖x‖ is "
                    "how much A stretches x: it equals |λ| only when x is an eigenvector. "
                    "The Rayleigh quotient is xᵀAx / xᵀx.", "known-mistake"),
            Mistake(lambda A, x: float(np.max(np.linalg.eigvals(A).real)), "that is the "
                    "largest eigenvalue of A, whatever x is; the Rayleigh quotient depends "
                    "on x: xᵀAx / xᵀx.", "known-mistake"),
            Mistake(lambda A, x: (x @ A @ x) // (x @ x), "// is floor division: it drops "
                    "the fractional part. Divide with /.", "integer-truncated"),
        ],
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
            Mistake(_cov_eigenvalues, "those are the variances themselves (the "
                    "eigenvalues): divide them by their sum to get each one's share.",
                    "known-mistake"),
            Mistake(lambda X: _shares(np.linalg.eigvalsh(np.cov(X))[::-1]), "np.cov(X) "
                    "treats each ROW as a variable, so you have the covariance of the "
                    "samples: use np.cov(X, rowvar=False), or Xc.T @ Xc / (n - 1).",
                    "wrong-axis"),
            Mistake(lambda X: (lambda Xr: _shares(np.linalg.eigvalsh(Xr.T @ Xr)[::-1]))(
                X - X.mean(axis=1, keepdims=True)),
                    "you subtracted the mean of each ROW (axis=1); centre each column, "
                    "each feature: X - X.mean(axis=0).", "wrong-axis"),
            Mistake(lambda X: (lambda Xc: _shares(np.linalg.eigvalsh(Xc @ Xc.T)[::-1]))(
                X - X.mean(axis=0)), "Xc @ Xc.T is n × n, one row per SAMPLE; the "
                "covariance of the features is Xc.T @ Xc / (n - 1).", "known-mistake"),
            Mistake(lambda X: _shares(_cov_eigenvalues(X / X.std(axis=0))), "you divided "
                    "by the standard deviations: those are the eigenvalues of the "
                    "correlation matrix. The exercise asks for the covariance: centre only.",
                    "known-mistake"),
            Mistake(lambda X: _shares(np.sort(X.var(axis=0))[::-1]), "those are the shares "
                    "of the FEATURES' variances, the diagonal of C; a principal component "
                    "mixes features, and its variance is an eigenvalue of C.",
                    "known-mistake"),
            Mistake(lambda X: np.cumsum(_shares(_cov_eigenvalues(X))), "that is the "
                    "cumulative share (np.cumsum); return the share of each component.",
                    "known-mistake"),
            Mistake(lambda X: (lambda v: v / v[0])(_cov_eigenvalues(X)), "you divided by "
                    "the largest eigenvalue; each share divides by the SUM of them all.",
                    "known-mistake"),
        ],
        hints=("Centre, form the covariance, take its eigenvalues; they come out smallest "
               "first.",
               "Xc = X - X.mean(axis=0); C = Xc.T @ Xc / (len(X) - 1); "
               "v = np.linalg.eigvalsh(C)[::-1]; return v / v.sum()."),
    ),
    Exercise(
        "eig-psd", name="is_psd", reference=_is_psd, seed=407, cases=_psd_cases,
        requirements=["the eigenvalues decide, not the diagonal, determinant or trace",
                      "not symmetric: return False",
                      "semidefinite: an eigenvalue 0 is allowed",
                      "symmetric up to rounding counts as symmetric",
                      "a tolerance for rounding",
                      "the tolerance relative to the largest eigenvalue"],
        mistakes=[
            Mistake(_psd_symmetric_then(lambda A: np.all(np.diag(A) >= 0)), "you checked "
                    "the diagonal. A positive diagonal does not make a matrix positive "
                    "semidefinite ([[1, 2], [2, 1]] has eigenvalue -1): look at the "
                    "eigenvalues, np.linalg.eigvalsh(A).", "known-mistake"),
            Mistake(_psd_symmetric_then(lambda A: np.linalg.det(A) >= 0), "you checked "
                    "the determinant, the PRODUCT of the eigenvalues: two negative "
                    "eigenvalues multiply to a positive number. Look at each eigenvalue.",
                    "known-mistake"),
            Mistake(_psd_symmetric_then(lambda A: np.trace(A) >= 0), "you checked the "
                    "trace, the SUM of the eigenvalues: a large positive one can hide a "
                    "negative one. Look at each eigenvalue.", "known-mistake"),
            Mistake(_psd_symmetric_then(lambda A: np.linalg.eigvalsh(A).min() >= 0),
                    "no tolerance: eigvalsh returns an exact zero eigenvalue as a tiny "
                    "negative number (about -1e-16) from rounding. Accept eigenvalues "
                    "down to -1e-10 times the largest absolute eigenvalue.",
                    "known-mistake"),
            Mistake(_psd_symmetric_then(lambda A: np.linalg.eigvalsh(A).min() >= -1e-10),
                    "your tolerance is absolute. Rounding grows with the size of the "
                    "entries (a covariance in mm² instead of m²), and a tiny matrix can "
                    "have a real negative eigenvalue below 1e-10: scale the tolerance by "
                    "the largest absolute eigenvalue.", "known-mistake"),
            Mistake(_psd_symmetrised, "you symmetrised (or read one triangle) instead of "
                    "checking symmetry: (A + A.T) / 2 or eigvalsh(A, UPLO=...) is another "
                    "matrix than A. Return False when np.allclose(A, A.T) is False.",
                    "known-mistake"),
            Mistake(_psd_symmetric_then(lambda A: np.linalg.eigvalsh(A).min() > 0),
                    "you tested positive DEFINITE (every eigenvalue > 0); semidefinite "
                    "allows 0: the zero matrix and a singular covariance are positive "
                    "semidefinite. Accept eigenvalues down to -1e-10 times the largest "
                    "absolute eigenvalue.", "known-mistake"),
            Mistake(_psd_no_symmetry, "you did not check symmetry. Positive "
                    "semidefinite is defined here for symmetric matrices: return False "
                    "when np.allclose(A, A.T) is False.", "known-mistake"),
            Mistake(_psd_lower, "you did not check symmetry, and eigvalsh reads only the "
                    "lower triangle, so it saw another matrix. Return False when "
                    "np.allclose(A, A.T) is False.", "known-mistake"),
            Mistake(lambda A: bool(np.array_equal(A, A.T) and _is_psd(A)), "A == A.T "
                    "demands exact symmetry, but a matrix built in floating point is often "
                    "symmetric only up to rounding: compare with np.allclose(A, A.T).",
                    "known-mistake"),
        ],
        hints=("First check symmetry; then look at every eigenvalue, allowing a little "
               "rounding below zero.",
               "if not np.allclose(A, A.T): return False. lams = np.linalg.eigvalsh(A); "
               "return bool(lams.min() >= -1e-10 * np.abs(lams).max())."),
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
            Mistake(lambda P: _eigenvector_at(P, lambda w: -1), "you took the last "
                    "eigenvector np.linalg.eig returns; " + _EIG_UNSORTED, "known-mistake"),
            Mistake(lambda P: _eigenvector_at(P, lambda w: np.argmin(w.real - 1)),
                    "np.argmin(values - 1) picks the SMALLEST eigenvalue (the most negative "
                    "difference); the one closest to 1 needs the size of the difference: "
                    "np.argmin(np.abs(values - 1)).", "known-mistake"),
            Mistake(lambda P: _eigenvector_at(P, lambda w: np.argmin(np.abs(w - 1)), True),
                    "vectors[k] is a ROW of the eigenvector matrix; the eigenvectors are its "
                    "COLUMNS: vectors[:, k].", "wrong-axis"),
            Mistake(lambda P: _stationary(P) / np.max(_stationary(P)), "you scaled the "
                    "largest entry to 1; a probability vector has entries that SUM to 1: "
                    "divide by v.sum().", "known-mistake"),
        ],
        hints=("A stationary distribution is an eigenvector for the eigenvalue 1, scaled "
               "so its entries add up to 1.",
               "values, vectors = np.linalg.eig(P); k = np.argmin(np.abs(values - 1)); "
               "v = vectors[:, k].real; return v / v.sum()."),
    ),
])
