"""Learner answers for the dot product practice notebook (exercises/dot_product.md).

Written to be what learners actually type: the classic slips (a `return`
inside the loop, `range(len(x) - 1)`, `x /= n`, radians, a missing clip),
stubs and unfinished helpers, and correct answers in other valid forms.
"""

from fractions import Fraction

import numpy as np

from . import right, wrong

PRELUDE = '''
def dot(x, y):
    total = 0.0
    for i in range(len(x)):
        total += x[i] * y[i]
    return total


def norm(x):
    return np.sqrt(dot(x, x))
'''

ENTRIES = [
    # -- dot-loop: wrong --------------------------------------------------------
    wrong("dot-loop", "matmul operator", '''
def dot(x, y):
    return x @ y
''', "requirement"),
    wrong("dot-loop", "np.dot", '''
def dot(x, y):
    return np.dot(x, y)
''', "requirement"),
    wrong("dot-loop", "np.sum of products", '''
def dot(x, y):
    return np.sum(x * y)
''', "requirement"),
    wrong("dot-loop", "builtin sum of the product array", '''
def dot(x, y):
    return sum(x * y)
''', "requirement"),
    wrong("dot-loop", "loop that calls np.dot anyway", '''
def dot(x, y):
    total = 0.0
    for i in range(len(x)):
        total = np.dot(x, y)
    return total
''', "requirement"),
    wrong("dot-loop", "alias of np.dot", "dot = np.dot\n", "requirement"),
    wrong("dot-loop", "return inside the loop", '''
def dot(x, y):
    total = 0.0
    for i in range(len(x)):
        total += x[i] * y[i]
        return total
''', "early-return"),
    wrong("dot-loop", "range(len(x) - 1)", '''
def dot(x, y):
    total = 0.0
    for i in range(len(x) - 1):
        total += x[i] * y[i]
    return total
''', "off-by-one"),
    wrong("dot-loop", "range(1, len(x))", '''
def dot(x, y):
    total = 0.0
    for i in range(1, len(x)):
        total += x[i] * y[i]
    return total
''', "off-by-one"),
    wrong("dot-loop", "assignment instead of +=", '''
def dot(x, y):
    total = 0.0
    for i in range(len(x)):
        total = x[i] * y[i]
    return total
''', "known-mistake"),
    wrong("dot-loop", "forgot return", '''
def dot(x, y):
    total = 0.0
    for i in range(len(x)):
        total += x[i] * y[i]
''', "none"),
    wrong("dot-loop", "prints instead of returning", '''
def dot(x, y):
    total = 0.0
    for i in range(len(x)):
        total += x[i] * y[i]
    print(total)
''', "printed-not-returned"),
    wrong("dot-loop", "list of products", '''
def dot(x, y):
    return [x[i] * y[i] for i in range(len(x))]
''', "known-mistake"),
    wrong("dot-loop", "nested loops multiply the sums", '''
def dot(x, y):
    total = 0.0
    for xi in x:
        for yi in y:
            total += xi * yi
    return total
''', "known-mistake"),
    wrong("dot-loop", "integer array of products", '''
def dot(x, y):
    products = np.zeros(len(x), dtype=int)
    for i in range(len(x)):
        products[i] = x[i] * y[i]
    total = 0
    for p in products:
        total += p
    return total
''', "integer-truncated"),
    wrong("dot-loop", "while loop without increment", '''
def dot(x, y):
    total, i = 0.0, 0
    while i < len(x):
        total += x[i] * y[i]
    return total
''', "timeout"),
    wrong("dot-loop", "index past the end", '''
def dot(x, y):
    total = 0.0
    for i in range(len(x) + 1):
        total += x[i] * y[i]
    return total
''', "exception"),
    wrong("dot-loop", "mean instead of sum", '''
def dot(x, y):
    total = 0.0
    for i in range(len(x)):
        total += x[i] * y[i]
    return total / len(x)
''', "factor-quantity"),
    wrong("dot-loop", "changes x while looping", '''
def dot(x, y):
    total = 0.0
    for i in range(len(x)):
        x[i] = x[i] * y[i]
        total += x[i]
    return total
''', "input-mutated"),
    wrong("dot-loop", "returns text", '''
def dot(x, y):
    total = 0.0
    for a, b in zip(x, y):
        total += a * b
    return f"{total:.3f}"
''', "wrong-type"),
    wrong("dot-loop", "rounded result", '''
def dot(x, y):
    total = 0.0
    for a, b in zip(x, y):
        total += a * b
    return round(total, 2)
''', "rounded"),
    wrong("dot-loop", "absolute value", '''
def dot(x, y):
    total = 0.0
    for a, b in zip(x, y):
        total += a * b
    return abs(total)
''', "wrong-sign"),
    wrong("dot-loop", "stub left in place", '''
def dot(x, y):
    raise NotImplementedError("your code here")
''', "not-attempted"),
    wrong("dot-loop", "result of a call passed", "dot = 0.0\n", "not-a-function"),

    # -- dot-loop: right --------------------------------------------------------
    right("dot-loop", "zip and +=", '''
def dot(x, y):
    total = 0.0
    for a, b in zip(x, y):
        total += a * b
    return total
'''),
    right("dot-loop", "integer start", '''
def dot(x, y):
    total = 0
    for i in range(len(y)):
        total = total + x[i] * y[i]
    return total
'''),
    right("dot-loop", "generator with builtin sum", '''
def dot(x, y):
    return sum(a * b for a, b in zip(x, y))
'''),
    right("dot-loop", "math.fsum over a generator", '''
def dot(x, y):
    return math.fsum(x[i] * y[i] for i in range(len(x)))
'''),
    right("dot-loop", "float32 accumulator", '''
def dot(x, y):
    total = np.float32(0)
    for a, b in zip(x, y):
        total += np.float32(a) * np.float32(b)
    return total
'''),
    right("dot-loop", "while loop done right", '''
def dot(x, y):
    total, i = 0.0, 0
    while i < len(x):
        total += x[i] * y[i]
        i += 1
    return total
'''),
    right("dot-loop", "enumerate", '''
def dot(x, y):
    total = 0.0
    for i, xi in enumerate(x):
        total += xi * y[i]
    return total
'''),

    # -- dot-norm ---------------------------------------------------------------
    wrong("dot-norm", "missing square root", '''
def norm(x):
    return dot(x, x)
''', "missing-sqrt"),
    wrong("dot-norm", "np.linalg.norm", '''
def norm(x):
    return np.linalg.norm(x)
''', "requirement"),
    wrong("dot-norm", "own sum of squares, not dot", '''
def norm(x):
    return np.sqrt(sum(xi ** 2 for xi in x))
''', "requirement"),
    wrong("dot-norm", "root mean square", '''
def norm(x):
    return np.sqrt(dot(x, x) / len(x))
''', "factor-quantity"),
    wrong("dot-norm", "divided by n after the root", '''
def norm(x):
    return np.sqrt(dot(x, x)) / len(x)
''', "factor-quantity"),
    wrong("dot-norm", "typo: y for x", '''
def norm(x):
    return np.sqrt(dot(x, y))
''', "exception"),
    wrong("dot-norm", "dot with one argument", '''
def norm(x):
    return np.sqrt(dot(x))
''', "exception"),
    wrong("dot-norm", "dot still a stub", '''
def dot(x, y):
    raise NotImplementedError("your code here")


def norm(x):
    return np.sqrt(dot(x, x))
''', "unfinished-dependency"),
    wrong("dot-norm", "stub left in place", '''
def norm(x):
    raise NotImplementedError("your code here")
''', "not-attempted"),
    wrong("dot-norm", "dot forgot its return", '''
def dot(x, y):
    total = 0.0
    for a, b in zip(x, y):
        total += a * b


def norm(x):
    return np.sqrt(dot(x, x))
''', "exception"),
    right("dot-norm", "power one half", '''
def norm(x):
    return dot(x, x) ** 0.5
'''),
    right("dot-norm", "math.sqrt", '''
def norm(x):
    return math.sqrt(dot(x, x))
'''),
    right("dot-norm", "np.sqrt of dot", '''
def norm(x):
    return np.sqrt(dot(x, x))
'''),

    # -- dot-unit ---------------------------------------------------------------
    wrong("dot-unit", "divides in place", '''
def unit(x):
    x /= norm(x)
    return x
''', "input-mutated"),
    wrong("dot-unit", "returns x unchanged", '''
def unit(x):
    return x
''', "not-normalised"),
    wrong("dot-unit", "divides by x·x", '''
def unit(x):
    return x / dot(x, x)
''', "factor-quantity"),
    wrong("dot-unit", "divides by the norm twice", '''
def unit(x):
    y = x / norm(x)
    return y / norm(x)
''', "factor-quantity"),
    wrong("dot-unit", "divides by the length of the list", '''
def unit(x):
    return x / len(x)
''', "not-normalised"),
    wrong("dot-unit", "integer copy filled by index", '''
def unit(x):
    y = x.copy()
    n = norm(x)
    for i in range(len(y)):
        y[i] = x[i] / n
    return y
''', "integer-truncated"),
    wrong("dot-unit", "in-place division on a copy", '''
def unit(x):
    y = x.copy()
    y /= norm(x)
    return y
''', "exception"),
    wrong("dot-unit", "forgot to call norm", '''
def unit(x):
    return x / norm
''', "exception"),
    wrong("dot-unit", "opposite direction", '''
def unit(x):
    return -x / norm(x)
''', "wrong-sign"),
    wrong("dot-unit", "built backwards with insert", '''
def unit(x):
    out = []
    for xi in x:
        out.insert(0, xi / norm(x))
    return out
''', "wrong-order"),
    wrong("dot-unit", "sorted first", '''
def unit(x):
    return np.sort(x) / norm(x)
''', "wrong-order"),
    wrong("dot-unit", "signs only", '''
def unit(x):
    return x / np.abs(x)
''', "generic"),
    right("dot-unit", "list comprehension returns a list", '''
def unit(x):
    n = norm(x)
    return [xi / n for xi in x]
'''),
    right("dot-unit", "multiply by the reciprocal", '''
def unit(x):
    return x * (1 / norm(x))
'''),
    right("dot-unit", "float copy then in place", '''
def unit(x):
    y = x.astype(float)
    y /= norm(x)
    return y
'''),
    right("dot-unit", "float32 result", '''
def unit(x):
    return (x / norm(x)).astype(np.float32)
'''),
    right("dot-unit", "library norm", '''
def unit(x):
    return x / np.linalg.norm(x)
'''),

    # -- dot-angle --------------------------------------------------------------
    wrong("dot-angle", "radians", '''
def angle_deg(x, y):
    c = dot(x, y) / (norm(x) * norm(y))
    return np.arccos(np.clip(c, -1, 1))
''', "degrees-radians"),
    wrong("dot-angle", "no clip", '''
def angle_deg(x, y):
    c = dot(x, y) / (norm(x) * norm(y))
    return np.degrees(np.arccos(c))
''', "nan-domain"),
    wrong("dot-angle", "math.acos without clip", '''
def angle_deg(x, y):
    c = dot(x, y) / (norm(x) * norm(y))
    return math.degrees(math.acos(c))
''', "nan-domain"),
    wrong("dot-angle", "forgot to divide by the norms", '''
def angle_deg(x, y):
    return np.degrees(np.arccos(dot(x, y)))
''', "known-mistake"),
    wrong("dot-angle", "abs of the cosine", '''
def angle_deg(x, y):
    c = abs(dot(x, y)) / (norm(x) * norm(y))
    return np.degrees(np.arccos(np.clip(c, -1, 1)))
''', "known-mistake"),
    wrong("dot-angle", "clip into [0, 1]", '''
def angle_deg(x, y):
    c = dot(x, y) / (norm(x) * norm(y))
    return np.degrees(np.arccos(np.clip(c, 0, 1)))
''', "generic"),
    wrong("dot-angle", "sum of norms in the denominator", '''
def angle_deg(x, y):
    c = dot(x, y) / (norm(x) + norm(y))
    return np.degrees(np.arccos(np.clip(c, -1, 1)))
''', "generic"),
    wrong("dot-angle", "supplementary angle", '''
def angle_deg(x, y):
    c = -dot(x, y) / (norm(x) * norm(y))
    return np.degrees(np.arccos(np.clip(c, -1, 1)))
''', "wrong-sign"),
    wrong("dot-angle", "rounded to one decimal", '''
def angle_deg(x, y):
    c = dot(x, y) / (norm(x) * norm(y))
    return round(float(np.degrees(np.arccos(np.clip(c, -1, 1)))), 1)
''', "rounded"),
    wrong("dot-angle", "endless retry loop", '''
def angle_deg(x, y):
    c = dot(x, y) / (norm(x) * norm(y))
    while c > 1 or c < -1 or c == c:
        c = dot(x, y) / (norm(x) * norm(y))
    return np.degrees(np.arccos(c))
''', "timeout"),
    wrong("dot-angle", "cosine instead of angle", '''
def angle_deg(x, y):
    return dot(x, y) / (norm(x) * norm(y))
''', "known-mistake"),
    right("dot-angle", "clip and degrees", '''
def angle_deg(x, y):
    c = dot(x, y) / (norm(x) * norm(y))
    return np.degrees(np.arccos(np.clip(c, -1.0, 1.0)))
'''),
    right("dot-angle", "min/max clamp and 180/pi", '''
def angle_deg(x, y):
    c = dot(x, y) / (norm(x) * norm(y))
    c = max(-1.0, min(1.0, c))
    return math.acos(c) * 180 / math.pi
'''),
    right("dot-angle", "rad2deg of unit vectors", '''
def angle_deg(x, y):
    c = dot(x / norm(x), y / norm(y))
    return np.rad2deg(np.arccos(np.clip(c, -1, 1)))
'''),
    right("dot-angle", "atan2 of sine and cosine", '''
def angle_deg(x, y):
    xh, yh = x / norm(x), y / norm(y)
    return np.degrees(2 * np.arctan2(norm(xh - yh), norm(xh + yh)))
'''),

    # -- dot-project ------------------------------------------------------------
    wrong("dot-project", "coefficient times v", '''
def project(v, u):
    return dot(u, v) / dot(u, u) * v
''', "known-mistake"),
    wrong("dot-project", "divides by the norm of u", '''
def project(v, u):
    return dot(u, v) / norm(u) * u
''', "factor-quantity"),
    wrong("dot-project", "assumes u is a unit vector", '''
def project(v, u):
    return dot(u, v) * u
''', "factor-quantity"),
    wrong("dot-project", "projects u onto v", '''
def project(v, u):
    return dot(v, u) / dot(v, v) * v
''', "known-mistake"),
    wrong("dot-project", "returns the coefficient", '''
def project(v, u):
    return dot(u, v) / dot(u, u)
''', "known-mistake"),
    wrong("dot-project", "returns the rejection", '''
def project(v, u):
    return v - dot(u, v) / dot(u, u) * u
''', "known-mistake"),
    right("dot-project", "through the unit vector", '''
def project(v, u):
    uh = u / norm(u)
    return dot(uh, v) * uh
'''),
    right("dot-project", "projection matrix", '''
def project(v, u):
    return np.outer(u, u) @ v / (u @ u)
'''),

    # -- dot-cosine-matrix ------------------------------------------------------
    wrong("dot-cosine-matrix", "normalises the columns", '''
def cosine_matrix(X):
    Xhat = X / np.linalg.norm(X, axis=0)
    return Xhat @ Xhat.T
''', "wrong-axis"),
    wrong("dot-cosine-matrix", "dot products, not cosines", '''
def cosine_matrix(X):
    return X @ X.T
''', "known-mistake"),
    wrong("dot-cosine-matrix", "double loop", '''
def cosine_matrix(X):
    n = len(X)
    S = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            S[i, j] = X[i] @ X[j] / (np.linalg.norm(X[i]) * np.linalg.norm(X[j]))
    return S
''', "requirement"),
    wrong("dot-cosine-matrix", "Xhat.T @ Xhat", '''
def cosine_matrix(X):
    Xhat = X / np.linalg.norm(X, axis=1, keepdims=True)
    return Xhat.T @ Xhat
''', "wrong-shape"),
    wrong("dot-cosine-matrix", "norms without keepdims", '''
def cosine_matrix(X):
    Xhat = X / np.linalg.norm(X, axis=1)
    return Xhat @ Xhat.T
''', "exception"),
    wrong("dot-cosine-matrix", "correlation matrix", '''
def cosine_matrix(X):
    return np.corrcoef(X)
''', "generic"),
    right("dot-cosine-matrix", "keepdims", '''
def cosine_matrix(X):
    Xhat = X / np.linalg.norm(X, axis=1, keepdims=True)
    return Xhat @ Xhat.T
'''),
    right("dot-cosine-matrix", "outer product of the norms", '''
def cosine_matrix(X):
    n = np.sqrt(np.sum(X * X, axis=1))
    return (X @ X.T) / np.outer(n, n)
'''),
    right("dot-cosine-matrix", "scikit-learn", '''
from sklearn.metrics.pairwise import cosine_similarity


def cosine_matrix(X):
    return cosine_similarity(X)
'''),

    # -- dot-norm-l1 ------------------------------------------------------------
    wrong("dot-norm-l1", "sum without abs", '''
def norm_l1(x):
    return np.sum(x)
''', "known-mistake"),
    wrong("dot-norm-l1", "abs of the sum", '''
def norm_l1(x):
    return abs(np.sum(x))
''', "known-mistake"),
    wrong("dot-norm-l1", "the L2 norm", '''
def norm_l1(x):
    return np.sqrt(np.sum(x**2))
''', "known-mistake"),
    wrong("dot-norm-l1", "the largest size", '''
def norm_l1(x):
    return np.max(np.abs(x))
''', "known-mistake"),
    wrong("dot-norm-l1", "np.linalg.norm", '''
def norm_l1(x):
    return np.linalg.norm(x, 1)
''', "requirement"),
    wrong("dot-norm-l1", "loop that skips the negative entries", '''
def norm_l1(x):
    total = 0.0
    for xi in x:
        if xi > 0:
            total += xi
    return total
''', "known-mistake"),
    wrong("dot-norm-l1", "printed", '''
def norm_l1(x):
    print(np.sum(np.abs(x)))
''', "printed-not-returned"),
    right("dot-norm-l1", "np.abs and np.sum", '''
def norm_l1(x):
    return np.sum(np.abs(x))
'''),
    right("dot-norm-l1", "a loop with abs", '''
def norm_l1(x):
    total = 0.0
    for xi in x:
        total += abs(xi)
    return total
'''),
    right("dot-norm-l1", "abs().sum()", '''
def norm_l1(x):
    return np.abs(x).sum()
'''),

    # -- dot-norm-inf -----------------------------------------------------------
    wrong("dot-norm-inf", "max without abs", '''
def norm_inf(x):
    return np.max(x)
''', "known-mistake"),
    wrong("dot-norm-inf", "the entry largest in size, with its sign", '''
def norm_inf(x):
    return max(x, key=abs)
''', "known-mistake"),
    wrong("dot-norm-inf", "abs of the max", '''
def norm_inf(x):
    return abs(max(x))
''', "known-mistake"),
    wrong("dot-norm-inf", "the L1 norm", '''
def norm_inf(x):
    return np.sum(np.abs(x))
''', "known-mistake"),
    wrong("dot-norm-inf", "np.linalg.norm", '''
def norm_inf(x):
    return np.linalg.norm(x, np.inf)
''', "requirement"),
    wrong("dot-norm-inf", "the index of the largest", '''
def norm_inf(x):
    return np.argmax(np.abs(x))
''', "generic"),
    wrong("dot-norm-inf", "the signed entry of largest size", '''
def norm_inf(x):
    return x[np.argmax(np.abs(x))]
''', "known-mistake"),
    right("dot-norm-inf", "np.max of np.abs", '''
def norm_inf(x):
    return np.max(np.abs(x))
'''),
    right("dot-norm-inf", "built-in max", '''
def norm_inf(x):
    return max(abs(xi) for xi in x)
'''),
    right("dot-norm-inf", "largest and smallest", '''
def norm_inf(x):
    return max(np.max(x), -np.min(x))
'''),

    # -- dot-distances ----------------------------------------------------------
    wrong("dot-distances", "no clip", '''
def distances(X, Y):
    D = np.sum(X**2, axis=1)[:, None] + np.sum(Y**2, axis=1)[None, :] - 2 * X @ Y.T
    return np.sqrt(D)
''', "nan-sqrt-negative"),
    wrong("dot-distances", "squared distances", '''
def distances(X, Y):
    D = np.sum(X**2, axis=1)[:, None] + np.sum(Y**2, axis=1)[None, :] - 2 * X @ Y.T
    return np.maximum(D, 0)
''', "missing-sqrt"),
    wrong("dot-distances", "cross term without the 2", '''
def distances(X, Y):
    D = np.sum(X**2, axis=1)[:, None] + np.sum(Y**2, axis=1)[None, :] - X @ Y.T
    return np.sqrt(np.maximum(D, 0))
''', "factor"),
    wrong("dot-distances", "plus the cross term", '''
def distances(X, Y):
    D = np.sum(X**2, axis=1)[:, None] + np.sum(Y**2, axis=1)[None, :] + 2 * X @ Y.T
    return np.sqrt(np.maximum(D, 0))
''', "wrong-sign"),
    wrong("dot-distances", "Y against X", '''
def distances(X, Y):
    D = np.sum(Y**2, axis=1)[:, None] + np.sum(X**2, axis=1)[None, :] - 2 * Y @ X.T
    return np.sqrt(np.maximum(D, 0))
''', "transposed"),
    wrong("dot-distances", "column and row swapped", '''
def distances(X, Y):
    D = np.sum(X**2, axis=1)[None, :] + np.sum(Y**2, axis=1)[:, None] - 2 * X @ Y.T
    return np.sqrt(np.maximum(D, 0))
''', "exception"),
    wrong("dot-distances", "norms over the wrong axis", '''
def distances(X, Y):
    D = np.sum(X**2, axis=0)[:, None] + np.sum(Y**2, axis=0)[None, :] - 2 * X @ Y.T
    return np.sqrt(np.maximum(D, 0))
''', "exception"),
    wrong("dot-distances", "double loop", '''
def distances(X, Y):
    D = np.zeros((len(X), len(Y)))
    for i in range(len(X)):
        for j in range(len(Y)):
            D[i, j] = np.sqrt(np.sum((X[i] - Y[j]) ** 2))
    return D
''', "requirement"),
    right("dot-distances", "the identity, clipped", '''
def distances(X, Y):
    sq_x = np.sum(X * X, axis=1)
    sq_y = np.sum(Y * Y, axis=1)
    D = sq_x[:, None] + sq_y[None, :] - 2 * X @ Y.T
    return np.sqrt(np.maximum(D, 0.0))
'''),
    right("dot-distances", "np.clip and keepdims", '''
def distances(X, Y):
    D = (X**2).sum(axis=1, keepdims=True) + (Y**2).sum(axis=1) - 2 * X @ Y.T
    return np.sqrt(np.clip(D, 0, None))
'''),
    right("dot-distances", "broadcast differences", '''
def distances(X, Y):
    diff = X[:, None, :] - Y[None, :, :]
    return np.sqrt(np.sum(diff**2, axis=2))
'''),
    right("dot-distances", "scikit-learn", '''
from sklearn.metrics.pairwise import euclidean_distances


def distances(X, Y):
    return euclidean_distances(X, Y)
'''),

    # -- dot-orthogonal ---------------------------------------------------------
    wrong("dot-orthogonal", "still None", "t = None\n", "not-attempted"),
    wrong("dot-orthogonal", "upside down", "t = 2 / 3\n", "reciprocal"),
    wrong("dot-orthogonal", "sign slip", "t = -1.5\n", "wrong-sign"),
    wrong("dot-orthogonal", "lost the decimal point", "t = 15\n", "typo-huge"),
    wrong("dot-orthogonal", "text", 't = "1.5"\n', "wrong-type"),
    wrong("dot-orthogonal", "a comparison", "t = 3 - 2 * 1.5 == 0\n", "bool-for-number"),
    wrong("dot-orthogonal", "the vector itself", "t = (1, 1.5)\n", "wrong-shape"),
    wrong("dot-orthogonal", "the symbol, unsolved", '''
t = sp.Symbol("t")
''', "wrong-type"),
    wrong("dot-orthogonal", "the function, not called", '''
def t():
    return 1.5
''', "function-not-called"),
    right("dot-orthogonal", "SymPy rational", "t = sp.Rational(3, 2)\n"),
    right("dot-orthogonal", "sp.solve", '''
s = sp.Symbol("t")
t = sp.solve(3 - 2 * s, s)
'''),
    right("dot-orthogonal", "fraction", "t = Fraction(3, 2)\n"),
    right("dot-orthogonal", "fraction object", Fraction(3, 2), name="t"),
    right("dot-orthogonal", "float32", np.float32(1.5), name="t"),
    right("dot-orthogonal", "SymPy float", "t = sp.Float(1.5)\n"),
    right("dot-orthogonal", "3/2", "t = 3 / 2\n"),
]
