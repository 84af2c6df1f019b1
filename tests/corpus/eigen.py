"""Learner answers for the eigenvalues practice notebook (exercises/eigen.md).

Written to be what learners actually type: the quadratic formula with a sign
or a bracket slipped, eigenvalues smallest first, power iteration that never
normalises or flips by x[0], x @ A @ x / x @ x without brackets, a covariance
of the rows, an eigenvector taken as a row of the eigenvector matrix; and
correct answers in other valid forms (SymPy, lists, float32, other formulas
the chapter gives, the other sign where it is free).
"""

import numpy as np

from . import right, wrong

ENTRIES = [
    # -- eig-2x2: wrong ---------------------------------------------------------
    wrong("eig-2x2", "smallest first", '''
def eig2x2(A):
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    root = np.sqrt(max(tr**2 - 4 * det, 0))
    return np.array([(tr - root) / 2, (tr + root) / 2])
''', "wrong-order"),
    wrong("eig-2x2", "sorted by size", '''
def eig2x2(A):
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    root = np.sqrt(max(tr**2 - 4 * det, 0))
    lams = [(tr + root) / 2, (tr - root) / 2]
    return np.array(sorted(lams, key=abs, reverse=True))
''', "wrong-order"),
    wrong("eig-2x2", "np.linalg.eigvals", '''
def eig2x2(A):
    return np.sort(np.linalg.eigvals(A))[::-1]
''', "requirement"),
    wrong("eig-2x2", "eigvals imported by name", '''
from numpy.linalg import eigvals


def eig2x2(A):
    return np.sort(eigvals(A).real)[::-1]
''', "requirement"),
    wrong("eig-2x2", "SymPy eigenvals", '''
def eig2x2(A):
    lams = sp.Matrix(A).eigenvals(multiple=True)
    return np.array(sorted((float(l) for l in lams), reverse=True))
''', "requirement"),
    wrong("eig-2x2", "np.roots of the characteristic polynomial", '''
def eig2x2(A):
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    return np.sort(np.roots([1, -tr, det]))[::-1]
''', "requirement"),
    wrong("eig-2x2", "determinant with a plus", '''
def eig2x2(A):
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] + A[0, 1] * A[1, 0]
    root = np.sqrt(tr**2 - 4 * det)
    return np.array([(tr + root) / 2, (tr - root) / 2])
''', "nan-sqrt-negative"),
    wrong("eig-2x2", "determinant assumes symmetry", '''
def eig2x2(A):
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] ** 2
    root = np.sqrt(max(tr**2 - 4 * det, 0))
    return np.array([(tr + root) / 2, (tr - root) / 2])
''', "known-mistake"),
    wrong("eig-2x2", "-b from the textbook formula", '''
def eig2x2(A):
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    root = np.sqrt(max(tr**2 - 4 * det, 0))
    return np.array([(-tr + root) / 2, (-tr - root) / 2])
''', "known-mistake"),
    wrong("eig-2x2", "no division by 2", '''
def eig2x2(A):
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    root = np.sqrt(max(tr**2 - 4 * det, 0))
    return np.array([tr + root, tr - root])
''', "factor"),
    wrong("eig-2x2", "only the root divided by 2", '''
def eig2x2(A):
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    root = np.sqrt(max(tr**2 - 4 * det, 0))
    return np.array([tr + root / 2, tr - root / 2])
''', "known-mistake"),
    wrong("eig-2x2", "discriminant without the 4", '''
def eig2x2(A):
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    root = np.sqrt(max(tr**2 - det, 0))
    return np.array([(tr + root) / 2, (tr - root) / 2])
''', "known-mistake"),
    wrong("eig-2x2", "trace of the anti-diagonal", '''
def eig2x2(A):
    tr = A[0, 1] + A[1, 0]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    root = np.sqrt(tr**2 - 4 * det)
    return np.array([(tr + root) / 2, (tr - root) / 2])
''', "nan-sqrt-negative"),
    wrong("eig-2x2", "integer array", '''
def eig2x2(A):
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    root = np.sqrt(max(tr**2 - 4 * det, 0))
    return np.array([(tr + root) / 2, (tr - root) / 2], dtype=int)
''', "integer-truncated"),
    wrong("eig-2x2", "rounded to 2 decimals", '''
def eig2x2(A):
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    root = np.sqrt(max(tr**2 - 4 * det, 0))
    return np.round(np.array([(tr + root) / 2, (tr - root) / 2]), 2)
''', "rounded"),
    wrong("eig-2x2", "only the larger one", '''
def eig2x2(A):
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    return (tr + np.sqrt(max(tr**2 - 4 * det, 0))) / 2
''', "wrong-shape"),
    wrong("eig-2x2", "prints them", '''
def eig2x2(A):
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    root = np.sqrt(max(tr**2 - 4 * det, 0))
    print((tr + root) / 2, (tr - root) / 2)
''', "printed-not-returned"),
    wrong("eig-2x2", "the determinant returned too", '''
def eig2x2(A):
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    root = math.sqrt(max(tr**2 - 4 * det, 0))
    return np.array([(tr + root) / 2, (tr - root) / 2, det])
''', "wrong-shape"),
    wrong("eig-2x2", "1-based indices", '''
def eig2x2(A):
    tr = A[1, 1] + A[2, 2]
    det = A[1, 1] * A[2, 2] - A[1, 2] * A[2, 1]
    root = np.sqrt(max(tr**2 - 4 * det, 0))
    return np.array([(tr + root) / 2, (tr - root) / 2])
''', "exception"),
    wrong("eig-2x2", "no clip: NaN for equal eigenvalues", '''
def eig2x2(A):
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    root = np.sqrt(tr**2 - 4 * det)
    return np.array([(tr + root) / 2, (tr - root) / 2])
''', "nan-sqrt-negative"),
    wrong("eig-2x2", "math.sqrt, no clip", '''
def eig2x2(A):
    a, b, c, d = A[0, 0], A[0, 1], A[1, 0], A[1, 1]
    root = math.sqrt((a + d) ** 2 - 4 * (a * d - b * c))
    return np.array([(a + d + root) / 2, (a + d - root) / 2])
''', "nan-sqrt-negative"),
    wrong("eig-2x2", "np.linalg.det, no clip", '''
def eig2x2(A):
    tr = np.trace(A)
    root = np.sqrt(tr**2 - 4 * np.linalg.det(A))
    return np.array([(tr + root) / 2, (tr - root) / 2])
''', "nan-sqrt-negative"),
    wrong("eig-2x2", "stub left in place", '''
def eig2x2(A):
    raise NotImplementedError("your code here")
''', "not-attempted"),

    # -- eig-2x2: right ---------------------------------------------------------
    right("eig-2x2", "half trace plus or minus", '''
def eig2x2(A):
    m = (A[0, 0] + A[1, 1]) / 2
    d = np.sqrt(np.clip(m**2 - (A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]), 0, None))
    return np.array([m + d, m - d])
'''),
    right("eig-2x2", "a list with math.sqrt", '''
def eig2x2(A):
    (a, b), (c, d) = A
    root = math.sqrt((a - d) ** 2 + 4 * b * c)
    return [(a + d + root) / 2, (a + d - root) / 2]
'''),
    right("eig-2x2", "np.trace and np.linalg.det", '''
def eig2x2(A):
    tr = np.trace(A)
    det = np.linalg.det(A)
    root = np.sqrt(max(tr**2 - 4 * det, 0))
    return np.array([(tr + root) / 2, (tr - root) / 2])
'''),
    right("eig-2x2", "abs of the discriminant", '''
def eig2x2(A):
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    root = np.sqrt(abs(tr**2 - 4 * det))
    return np.array([(tr + root) / 2, (tr - root) / 2])
'''),
    right("eig-2x2", "complex square root", '''
def eig2x2(A):
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    root = np.sqrt(complex(tr**2 - 4 * det))
    return np.array([(tr + root) / 2, (tr - root) / 2]).real
'''),
    right("eig-2x2", "sorted at the end", '''
def eig2x2(A):
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    root = np.sqrt(max(tr**2 - 4 * det, 0))
    return np.sort([(tr - root) / 2, (tr + root) / 2])[::-1]
'''),
    right("eig-2x2", "a tuple in float32", '''
def eig2x2(A):
    A = A.astype(np.float32)
    tr = A[0, 0] + A[1, 1]
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    root = np.sqrt(max(tr**2 - 4 * det, 0))
    return (tr + root) / 2, (tr - root) / 2
'''),

    # -- eig-by-hand --------------------------------------------------------------
    wrong("eig-by-hand", "still None", "lam_max = None\n", "not-attempted"),
    wrong("eig-by-hand", "the smaller one", "lam_max = -5\n", "wrong-sign"),
    wrong("eig-by-hand", "forgot the square root", "lam_max = 25\n", "missing-sqrt"),
    wrong("eig-by-hand", "the determinant", "lam_max = -25\n", "known-mistake"),
    wrong("eig-by-hand", "the trace", "lam_max = 0\n", "known-mistake"),
    wrong("eig-by-hand", "both roots", "lam_max = (5, -5)\n", "wrong-shape"),
    wrong("eig-by-hand", "sp.solve, both roots", '''
lam = sp.Symbol("lam")
lam_max = sp.solve(lam**2 - 25, lam)
''', "wrong-shape"),
    wrong("eig-by-hand", "a diagonal entry", "lam_max = 3\n", "generic"),
    wrong("eig-by-hand", "text", 'lam_max = "5"\n', "wrong-type"),
    right("eig-by-hand", "an integer", "lam_max = 5\n"),
    right("eig-by-hand", "SymPy square root", "lam_max = sp.sqrt(25)\n"),
    right("eig-by-hand", "max of sp.solve", '''
lam = sp.Symbol("lam")
lam_max = max(sp.solve(lam**2 - 0 * lam - 25, lam))
'''),
    right("eig-by-hand", "NumPy float", np.float64(5.0), name="lam_max"),

    # -- eig-power: wrong ---------------------------------------------------------
    wrong("eig-power", "no sign flip", '''
def power_iteration(A, num_iters=500):
    x = np.ones(A.shape[0])
    for _ in range(num_iters):
        x = A @ x
        x = x / np.linalg.norm(x)
    return x
''', "wrong-sign"),
    wrong("eig-power", "flip by the first entry", '''
def power_iteration(A, num_iters=500):
    x = np.ones(A.shape[0])
    for _ in range(num_iters):
        x = A @ x
        x = x / np.linalg.norm(x)
    if x[0] < 0:
        x = -x
    return x
''', "wrong-sign"),
    wrong("eig-power", "flip by the largest entry, not its size", '''
def power_iteration(A, num_iters=500):
    x = np.ones(A.shape[0])
    for _ in range(num_iters):
        x = A @ x
        x = x / np.linalg.norm(x)
    return x * np.sign(x[np.argmax(x)])
''', "wrong-sign"),
    wrong("eig-power", "absolute value of every entry", '''
def power_iteration(A, num_iters=500):
    x = np.ones(A.shape[0])
    for _ in range(num_iters):
        x = A @ x
        x = x / np.linalg.norm(x)
    return np.abs(x)
''', "known-mistake"),
    wrong("eig-power", "x @ A", '''
def power_iteration(A, num_iters=500):
    x = np.ones(A.shape[0])
    for _ in range(num_iters):
        x = x @ A
        x = x / np.linalg.norm(x)
    return x * np.sign(x[np.argmax(np.abs(x))])
''', "known-mistake"),
    wrong("eig-power", "normalises only at the end", '''
def power_iteration(A, num_iters=500):
    x = np.ones(A.shape[0])
    for _ in range(num_iters):
        x = A @ x
    x = x / np.linalg.norm(x)
    return x * np.sign(x[np.argmax(np.abs(x))])
''', "overflow"),
    wrong("eig-power", "ignores num_iters", '''
def power_iteration(A, num_iters=500):
    x = np.ones(A.shape[0])
    for _ in range(500):
        x = A @ x
        x = x / np.linalg.norm(x)
    return x * np.sign(x[np.argmax(np.abs(x))])
''', "known-mistake"),
    wrong("eig-power", "one iteration too few", '''
def power_iteration(A, num_iters=500):
    x = np.ones(A.shape[0])
    for _ in range(num_iters - 1):
        x = A @ x
        x = x / np.linalg.norm(x)
    return x * np.sign(x[np.argmax(np.abs(x))])
''', "off-by-one"),
    wrong("eig-power", "starts from e1", '''
def power_iteration(A, num_iters=500):
    x = np.zeros(A.shape[0])
    x[0] = 1.0
    for _ in range(num_iters):
        x = A @ x
        x = x / np.linalg.norm(x)
    return x * np.sign(x[np.argmax(np.abs(x))])
''', "known-mistake"),
    wrong("eig-power", "random start", '''
def power_iteration(A, num_iters=500):
    np.random.seed(0)
    x = np.random.rand(A.shape[0])
    for _ in range(num_iters):
        x = A @ x
        x = x / np.linalg.norm(x)
    return x * np.sign(x[np.argmax(np.abs(x))])
''', "inaccurate"),
    wrong("eig-power", "stops early once converged", '''
def power_iteration(A, num_iters=500):
    x = np.ones(A.shape[0])
    for _ in range(num_iters):
        y = A @ x
        y = y / np.linalg.norm(y)
        if np.allclose(y, x):
            break
        x = y
    return x * np.sign(x[np.argmax(np.abs(x))])
''', "inaccurate"),
    wrong("eig-power", "divides by the sum", '''
def power_iteration(A, num_iters=500):
    x = np.ones(A.shape[0])
    for _ in range(num_iters):
        x = A @ x
        x = x / np.sum(x)
    return x * np.sign(x[np.argmax(np.abs(x))])
''', "not-normalised"),
    wrong("eig-power", "divides by the largest entry", '''
def power_iteration(A, num_iters=500):
    x = np.ones(A.shape[0])
    for _ in range(num_iters):
        x = A @ x
        x = x / np.max(np.abs(x))
    return x * np.sign(x[np.argmax(np.abs(x))])
''', "not-normalised"),
    wrong("eig-power", "normalises before multiplying", '''
def power_iteration(A, num_iters=500):
    x = np.ones(A.shape[0])
    for _ in range(num_iters):
        x = x / np.linalg.norm(x)
        x = A @ x
    return x * np.sign(x[np.argmax(np.abs(x))])
''', "not-normalised"),
    wrong("eig-power", "returns the eigenvalue", '''
def power_iteration(A, num_iters=500):
    x = np.ones(A.shape[0])
    for _ in range(num_iters):
        x = A @ x
        x = x / np.linalg.norm(x)
    return x @ A @ x
''', "wrong-shape"),
    wrong("eig-power", "np.linalg.eig", '''
def power_iteration(A, num_iters=500):
    values, vectors = np.linalg.eig(A)
    x = vectors[:, np.argmax(np.abs(values))].real
    return x * np.sign(x[np.argmax(np.abs(x))])
''', "requirement"),
    wrong("eig-power", "eig imported by name, inside a loop", '''
from numpy.linalg import eig


def power_iteration(A, num_iters=500):
    for _ in range(1):
        values, vectors = eig(A)
    x = vectors[:, np.argmax(np.abs(values))].real
    return x * np.sign(x[np.argmax(np.abs(x))])
''', "requirement"),
    wrong("eig-power", "elementwise power of A", '''
def power_iteration(A, num_iters=500):
    x = np.ones(A.shape[0])
    for _ in range(1):
        x = (A ** num_iters) @ x
    x = x / np.linalg.norm(x)
    return x * np.sign(x[np.argmax(np.abs(x))])
''', "overflow"),
    wrong("eig-power", "while until exactly converged", '''
def power_iteration(A, num_iters=500):
    x = np.ones(A.shape[0])
    old = np.zeros_like(x)
    while np.any(x != old):
        old = x
        x = A @ x
        x = x / np.linalg.norm(x)
    return x * np.sign(x[np.argmax(np.abs(x))])
''', "timeout"),
    wrong("eig-power", "forgot return", '''
def power_iteration(A, num_iters=500):
    x = np.ones(A.shape[0])
    for _ in range(num_iters):
        x = A @ x
        x = x / np.linalg.norm(x)
    x = x * np.sign(x[np.argmax(np.abs(x))])
''', "none"),

    # -- eig-power: right ---------------------------------------------------------
    right("eig-power", "flip with an if", '''
def power_iteration(A, num_iters=500):
    x = np.ones(len(A))
    for _ in range(num_iters):
        y = A @ x
        x = y / np.sqrt(y @ y)
    i = np.argmax(np.abs(x))
    return x if x[i] > 0 else -x
'''),
    right("eig-power", "the loop in a helper", '''
def step(A, x, n):
    for _ in range(n):
        x = A @ x
        x = x / np.linalg.norm(x)
    return x


def power_iteration(A, num_iters=500):
    x = step(A, np.ones(len(A)), num_iters)
    return x * np.sign(x[np.argmax(np.abs(x))])
'''),
    right("eig-power", "unit start vector", '''
def power_iteration(A, num_iters=500):
    x = np.ones(A.shape[0]) / np.sqrt(A.shape[0])
    for _ in range(num_iters):
        x = np.dot(A, x)
        x /= np.linalg.norm(x)
    return -x if x[np.argmax(abs(x))] < 0 else x
'''),
    right("eig-power", "a list from a while loop", '''
def power_iteration(A, num_iters=500):
    x = np.ones(A.shape[0])
    k = 0
    while k < num_iters:
        x = A @ x
        x = x / np.linalg.norm(x)
        k += 1
    x = x * np.sign(x[np.argmax(np.abs(x))])
    return list(x)
'''),
    right("eig-power", "float32 iteration", '''
def power_iteration(A, num_iters=500):
    A = A.astype(np.float32)
    x = np.ones(A.shape[0], dtype=np.float32)
    for _ in range(num_iters):
        x = A @ x
        x = x / np.linalg.norm(x)
    return x * np.sign(x[np.argmax(np.abs(x))])
'''),

    # -- eig-rayleigh: wrong ------------------------------------------------------
    wrong("eig-rayleigh", "assumes a unit vector", '''
def rayleigh(A, x):
    return x @ A @ x
''', "factor-quantity"),
    wrong("eig-rayleigh", "divides by the norm", '''
def rayleigh(A, x):
    return (x @ A @ x) / np.linalg.norm(x)
''', "factor-quantity"),
    wrong("eig-rayleigh", "divides by x·x twice", '''
def rayleigh(A, x):
    return (x @ A @ x) / (x @ x) ** 2
''', "factor-quantity"),
    wrong("eig-rayleigh", "no brackets around the denominator", '''
def rayleigh(A, x):
    return x @ A @ x / x @ x
''', "known-mistake"),
    wrong("eig-rayleigh", "stretch factor of x", '''
def rayleigh(A, x):
    return np.linalg.norm(A @ x) / np.linalg.norm(x)
''', "known-mistake"),
    wrong("eig-rayleigh", "largest eigenvalue of A", '''
def rayleigh(A, x):
    return np.max(np.linalg.eigvals(A).real)
''', "known-mistake"),
    wrong("eig-rayleigh", "elementwise ratio", '''
def rayleigh(A, x):
    return (A @ x) / x
''', "wrong-shape"),
    wrong("eig-rayleigh", "normalises x in place", '''
def rayleigh(A, x):
    x /= np.linalg.norm(x)
    return x @ A @ x
''', "input-mutated"),
    wrong("eig-rayleigh", "integer division", '''
def rayleigh(A, x):
    return (x @ A @ x) // (x @ x)
''', "integer-truncated"),
    wrong("eig-rayleigh", "rounded", '''
def rayleigh(A, x):
    return round((x @ A @ x) / (x @ x), 3)
''', "rounded"),
    wrong("eig-rayleigh", "prints it", '''
def rayleigh(A, x):
    print((x @ A @ x) / (x @ x))
''', "printed-not-returned"),
    wrong("eig-rayleigh", "x.T @ x as a norm", '''
def rayleigh(A, x):
    return (x @ A @ x) / np.sqrt(x.T @ x)
''', "factor-quantity"),
    right("eig-rayleigh", "np.dot twice", '''
def rayleigh(A, x):
    return np.dot(x, np.dot(A, x)) / np.dot(x, x)
'''),
    right("eig-rayleigh", "sums of products", '''
def rayleigh(A, x):
    return np.sum(x * (A @ x)) / np.sum(x**2)
'''),
    right("eig-rayleigh", "normalise a copy first", '''
def rayleigh(A, x):
    u = x / np.linalg.norm(x)
    return u @ A @ u
'''),
    right("eig-rayleigh", "column vectors, a 1x1 result", '''
def rayleigh(A, x):
    v = x.reshape(-1, 1)
    return (v.T @ A @ v) / (v.T @ v)
'''),
    right("eig-rayleigh", "SymPy matrices", '''
def rayleigh(A, x):
    M, v = sp.Matrix(A), sp.Matrix(x)
    return (v.T * M * v)[0] / (v.T * v)[0]
'''),

    # -- eig-evr: wrong -----------------------------------------------------------
    wrong("eig-evr", "not centred", '''
def explained_variance_ratio(X):
    C = X.T @ X / (len(X) - 1)
    v = np.linalg.eigvalsh(C)[::-1]
    return v / v.sum()
''', "known-mistake"),
    wrong("eig-evr", "smallest first", '''
def explained_variance_ratio(X):
    Xc = X - X.mean(axis=0)
    v = np.linalg.eigvalsh(Xc.T @ Xc / (len(X) - 1))
    return v / v.sum()
''', "wrong-order"),
    wrong("eig-evr", "eigvals, not sorted", '''
def explained_variance_ratio(X):
    Xc = X - X.mean(axis=0)
    v = np.linalg.eigvals(Xc.T @ Xc / (len(X) - 1)).real
    return v / v.sum()
''', "wrong-order"),
    wrong("eig-evr", "eigvals, reversed", '''
def explained_variance_ratio(X):
    Xc = X - X.mean(axis=0)
    v = np.linalg.eigvals(Xc.T @ Xc / (len(X) - 1)).real[::-1]
    return v / v.sum()
''', "wrong-order"),
    wrong("eig-evr", "the variances, not their share", '''
def explained_variance_ratio(X):
    Xc = X - X.mean(axis=0)
    return np.linalg.eigvalsh(Xc.T @ Xc / (len(X) - 1))[::-1]
''', "known-mistake"),
    wrong("eig-evr", "np.cov of the rows", '''
def explained_variance_ratio(X):
    v = np.linalg.eigvalsh(np.cov(X))[::-1]
    return v / v.sum()
''', "wrong-axis"),
    wrong("eig-evr", "centres the rows", '''
def explained_variance_ratio(X):
    Xc = X - X.mean(axis=1, keepdims=True)
    v = np.linalg.eigvalsh(Xc.T @ Xc / (len(X) - 1))[::-1]
    return v / v.sum()
''', "wrong-axis"),
    wrong("eig-evr", "row means without keepdims", '''
def explained_variance_ratio(X):
    Xc = X - X.mean(axis=1)
    v = np.linalg.eigvalsh(Xc.T @ Xc / (len(X) - 1))[::-1]
    return v / v.sum()
''', "exception"),
    wrong("eig-evr", "standardised: the correlation matrix", '''
def explained_variance_ratio(X):
    Z = (X - X.mean(axis=0)) / X.std(axis=0)
    v = np.linalg.eigvalsh(Z.T @ Z / (len(X) - 1))[::-1]
    return v / v.sum()
''', "known-mistake"),
    wrong("eig-evr", "cumulative share", '''
def explained_variance_ratio(X):
    Xc = X - X.mean(axis=0)
    v = np.linalg.eigvalsh(Xc.T @ Xc / (len(X) - 1))[::-1]
    return np.cumsum(v / v.sum())
''', "known-mistake"),
    wrong("eig-evr", "centres X in place", '''
def explained_variance_ratio(X):
    X -= X.mean(axis=0)
    v = np.linalg.eigvalsh(X.T @ X / (len(X) - 1))[::-1]
    return v / v.sum()
''', "input-mutated"),
    wrong("eig-evr", "the Gram matrix of the samples", '''
def explained_variance_ratio(X):
    Xc = X - X.mean(axis=0)
    v = np.linalg.eigvalsh(Xc @ Xc.T / (len(X) - 1))[::-1]
    return v / v.sum()
''', "known-mistake"),
    wrong("eig-evr", "the SVD instead", '''
def explained_variance_ratio(X):
    s = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    return s**2 / np.sum(s**2)
''', "requirement"),
    wrong("eig-evr", "eigh returns a pair", '''
def explained_variance_ratio(X):
    Xc = X - X.mean(axis=0)
    v = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1))
    return v / v.sum()
''', "exception"),
    wrong("eig-evr", "variances of the features", '''
def explained_variance_ratio(X):
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / (len(X) - 1)
    np.linalg.eigvalsh(C)
    v = np.sort(np.diag(C))[::-1]
    return v / v.sum()
''', "known-mistake"),
    wrong("eig-evr", "divided by the largest", '''
def explained_variance_ratio(X):
    Xc = X - X.mean(axis=0)
    v = np.linalg.eigvalsh(Xc.T @ Xc / (len(X) - 1))[::-1]
    return v / v[0]
''', "known-mistake"),
    right("eig-evr", "np.cov with rowvar=False", '''
def explained_variance_ratio(X):
    v = np.linalg.eigvalsh(np.cov(X, rowvar=False))[::-1]
    return v / v.sum()
'''),
    right("eig-evr", "np.cov of X.T", '''
def explained_variance_ratio(X):
    v = np.linalg.eigvalsh(np.cov(X.T))[::-1]
    return v / v.sum()
'''),
    right("eig-evr", "divided by n, sorted", '''
def explained_variance_ratio(X):
    Xc = X - X.mean(axis=0)
    v = np.sort(np.linalg.eigvals(Xc.T @ Xc / len(X)).real)[::-1]
    return v / np.sum(v)
'''),
    right("eig-evr", "divided by the trace", '''
def explained_variance_ratio(X):
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / (len(X) - 1)
    return np.flip(np.linalg.eigvalsh(C)) / np.trace(C)
'''),
    right("eig-evr", "eigh values as a list", '''
def explained_variance_ratio(X):
    Xc = X - np.mean(X, axis=0)
    values, vectors = np.linalg.eigh(np.dot(Xc.T, Xc) / (X.shape[0] - 1))
    total = sum(values)
    return [v / total for v in reversed(values)]
'''),

    # -- eig-psd: wrong -----------------------------------------------------------
    wrong("eig-psd", "symmetrises instead of checking symmetry", '''
def is_psd(A):
    S = (A + A.T) / 2
    lams = np.linalg.eigvalsh(S)
    return bool(lams.min() >= -1e-10 * np.abs(lams).max())
''', "known-mistake"),
    wrong("eig-psd", "reads the upper triangle", '''
def is_psd(A):
    lams = np.linalg.eigvalsh(A, UPLO="U")
    return bool(lams.min() >= -1e-10 * abs(lams).max())
''', "known-mistake"),
    wrong("eig-psd", "positive definite", '''
def is_psd(A):
    if not np.allclose(A, A.T):
        return False
    return bool(np.linalg.eigvalsh(A).min() > 1e-10)
''', "known-mistake"),
    wrong("eig-psd", "the diagonal only", '''
def is_psd(A):
    if not np.allclose(A, A.T):
        return False
    return bool(np.all(np.diag(A) >= 0))
''', "known-mistake"),
    wrong("eig-psd", "the determinant only", '''
def is_psd(A):
    if not np.allclose(A, A.T):
        return False
    return bool(np.linalg.det(A) >= 0)
''', "known-mistake"),
    wrong("eig-psd", "the trace only", '''
def is_psd(A):
    if not np.allclose(A, A.T):
        return False
    return bool(np.trace(A) >= 0)
''', "known-mistake"),
    wrong("eig-psd", "no tolerance", '''
def is_psd(A):
    if not np.allclose(A, A.T):
        return False
    return bool(np.all(np.linalg.eigvalsh(A) >= 0))
''', "known-mistake"),
    wrong("eig-psd", "an absolute tolerance", '''
def is_psd(A):
    if not np.allclose(A, A.T):
        return False
    return bool(np.linalg.eigvalsh(A).min() >= -1e-10)
''', "known-mistake"),
    wrong("eig-psd", "no symmetry check, eigvals", '''
def is_psd(A):
    lams = np.linalg.eigvals(A).real
    return bool(lams.min() >= -1e-10 * np.abs(lams).max())
''', "known-mistake"),
    wrong("eig-psd", "no symmetry check, eigvalsh", '''
def is_psd(A):
    lams = np.linalg.eigvalsh(A)
    return bool(lams.min() >= -1e-10 * np.abs(lams).max())
''', "known-mistake"),
    wrong("eig-psd", "exact symmetry with ==", '''
def is_psd(A):
    if not (A == A.T).all():
        return False
    lams = np.linalg.eigvalsh(A)
    return bool(lams.min() >= -1e-10 * np.abs(lams).max())
''', "known-mistake"),
    wrong("eig-psd", "returns the eigenvalues", '''
def is_psd(A):
    return np.linalg.eigvalsh(A)
''', "wrong-type"),
    wrong("eig-psd", "print instead of return", '''
def is_psd(A):
    lams = np.linalg.eigvalsh(A)
    print(lams.min() >= -1e-10 * np.abs(lams).max())
''', "printed-not-returned"),
    # -- eig-psd: right -----------------------------------------------------------
    right("eig-psd", "the method of the hint", '''
def is_psd(A):
    if not np.allclose(A, A.T):
        return False
    lams = np.linalg.eigvalsh(A)
    return bool(lams.min() >= -1e-10 * np.abs(lams).max())
'''),
    right("eig-psd", "np.bool_ from np.all, eigh", '''
def is_psd(A):
    if not np.allclose(A, A.T):
        return False
    lams, _ = np.linalg.eigh(A)
    tol = 1e-10 * max(abs(lams))
    return np.all(lams >= -tol)
'''),
    right("eig-psd", "one expression", '''
def is_psd(A):
    lams = np.linalg.eigvalsh(A)
    return bool(np.allclose(A, A.T) and lams.min() >= -1e-10 * abs(lams).max())
'''),
    # -- eig-stationary: wrong ----------------------------------------------------
    wrong("eig-stationary", "first eigenvector", '''
def stationary(P):
    values, vectors = np.linalg.eig(P)
    v = vectors[:, 0].real
    return v / v.sum()
''', "known-mistake"),
    wrong("eig-stationary", "eigenvectors of P.T", '''
def stationary(P):
    values, vectors = np.linalg.eig(P.T)
    v = vectors[:, np.argmin(np.abs(values - 1))].real
    return v / v.sum()
''', "known-mistake"),
    wrong("eig-stationary", "unit length", '''
def stationary(P):
    values, vectors = np.linalg.eig(P)
    return vectors[:, np.argmin(np.abs(values - 1))].real
''', "not-normalised"),
    wrong("eig-stationary", "positive, unit length", '''
def stationary(P):
    values, vectors = np.linalg.eig(P)
    v = vectors[:, np.argmin(np.abs(values - 1))].real
    return np.abs(v) / np.linalg.norm(v)
''', "not-normalised"),
    wrong("eig-stationary", "complex dtype", '''
def stationary(P):
    values, vectors = np.linalg.eig(P)
    v = vectors[:, np.argmin(np.abs(values - 1))]
    return v / v.sum()
''', "complex"),
    wrong("eig-stationary", "a row of the eigenvector matrix", '''
def stationary(P):
    values, vectors = np.linalg.eig(P)
    v = vectors[np.argmin(np.abs(values - 1))].real
    return v / v.sum()
''', "wrong-axis"),
    wrong("eig-stationary", "argmin without abs", '''
def stationary(P):
    values, vectors = np.linalg.eig(P)
    v = vectors[:, np.argmin(values.real - 1)].real
    return v / v.sum()
''', "known-mistake"),
    wrong("eig-stationary", "divides by the sum of sizes", '''
def stationary(P):
    values, vectors = np.linalg.eig(P)
    v = vectors[:, np.argmin(np.abs(values - 1))].real
    return v / np.sum(np.abs(v))
''', "wrong-sign"),
    wrong("eig-stationary", "divides by the 1-norm", '''
def stationary(P):
    values, vectors = np.linalg.eig(P)
    v = vectors[:, np.argmin(np.abs(values - 1))].real
    return v / np.linalg.norm(v, 1)
''', "wrong-sign"),
    wrong("eig-stationary", "eigenvalue exactly 1", '''
def stationary(P):
    values, vectors = np.linalg.eig(P)
    k = np.where(values == 1)[0][0]
    v = vectors[:, k].real
    return v / v.sum()
''', "exception"),
    wrong("eig-stationary", "divided by the largest entry", '''
def stationary(P):
    values, vectors = np.linalg.eig(P)
    v = vectors[:, np.argmin(np.abs(values - 1))].real
    return v / v.max()
''', "not-normalised"),
    wrong("eig-stationary", "rounded to 3 decimals", '''
def stationary(P):
    values, vectors = np.linalg.eig(P)
    v = vectors[:, np.argmin(np.abs(values - 1))].real
    return np.round(v / v.sum(), 3)
''', "rounded"),
    wrong("eig-stationary", "the eigenvalue too", '''
def stationary(P):
    values, vectors = np.linalg.eig(P)
    k = np.argmin(np.abs(values - 1))
    v = vectors[:, k].real
    return values[k].real, v / v.sum()
''', "several-values"),
    wrong("eig-stationary", "one step of the chain from uniform", '''
def stationary(P):
    n = len(P)
    return P @ np.full(n, 1 / n)
''', "generic"),
    wrong("eig-stationary", "last eigenvector", '''
def stationary(P):
    values, vectors = np.linalg.eig(P)
    v = vectors[:, -1].real
    return v / v.sum()
''', "known-mistake"),
    wrong("eig-stationary", "forgot return", '''
def stationary(P):
    values, vectors = np.linalg.eig(P)
    v = vectors[:, np.argmin(np.abs(values - 1))].real
    v = v / v.sum()
''', "none"),
    right("eig-stationary", "largest real part", '''
def stationary(P):
    values, vectors = np.linalg.eig(P)
    v = np.real(vectors[:, np.argmax(values.real)])
    return v / np.sum(v)
'''),
    right("eig-stationary", "absolute values, then a sum", '''
def stationary(P):
    values, vectors = np.linalg.eig(P)
    v = np.abs(vectors[:, np.argmin(np.abs(values - 1))])
    return v / v.sum()
'''),
    right("eig-stationary", "many steps of the chain", '''
def stationary(P):
    r = np.full(len(P), 1 / len(P))
    for _ in range(2000):
        r = P @ r
    return r
'''),
    right("eig-stationary", "null space by solve", '''
def stationary(P):
    n = len(P)
    M = P - np.eye(n)
    M[-1] = 1.0
    b = np.zeros(n)
    b[-1] = 1.0
    return np.linalg.solve(M, b)
'''),
    right("eig-stationary", "real_if_close, as a list", '''
def stationary(P):
    values, vectors = np.linalg.eig(P)
    v = np.real_if_close(vectors[:, np.argmin(np.abs(values - 1))])
    return list(v / v.sum())
'''),
]
