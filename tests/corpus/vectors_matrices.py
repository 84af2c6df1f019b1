"""Learner answers for the vectors and matrices practice notebook
(exercises/vectors_matrices.md).

What learners type: the wrong axis (rows for columns, a mean without
keepdims on a square matrix), ddof=1 from statistics habits,
``X -= m`` on the caller's array, a loop over the rows where the columns were
asked, the sign of the determinant, shapes without their comma; and correct
answers in other forms (scipy's zscore, StandardScaler, a generator of columns,
the 3-D cross product, |u||v| sin θ, lists and float32).
"""

import numpy as np

from . import right, wrong

ENTRIES = [
    # -- vm-standardise: wrong -----------------------------------------------------
    wrong("vm-standardise", "rows instead of columns, keepdims", '''
def standardise(X):
    m = X.mean(axis=1, keepdims=True)
    s = X.std(axis=1, keepdims=True)
    return (X - m) / s
''', "wrong-axis"),
    wrong("vm-standardise", "axis=1 without keepdims", '''
def standardise(X):
    return (X - X.mean(axis=1)) / X.std(axis=1)
''', "wrong-axis"),
    wrong("vm-standardise", "ddof=1", '''
def standardise(X):
    return (X - X.mean(axis=0)) / X.std(axis=0, ddof=1)
''', "factor-quantity"),
    wrong("vm-standardise", "sample std written out", '''
def standardise(X):
    Xc = X - X.mean(axis=0)
    return Xc / np.sqrt((Xc ** 2).sum(axis=0) / (len(X) - 1))
''', "factor-quantity"),
    wrong("vm-standardise", "centred only", '''
def standardise(X):
    return X - X.mean(axis=0)
''', "known-mistake"),
    wrong("vm-standardise", "scaled only, not centred", '''
def standardise(X):
    return X / X.std(axis=0)
''', "known-mistake"),
    wrong("vm-standardise", "mean and std of the whole matrix", '''
def standardise(X):
    return (X - X.mean()) / X.std()
''', "known-mistake"),
    wrong("vm-standardise", "operator precedence", '''
def standardise(X):
    return X - X.mean(axis=0) / X.std(axis=0)
''', "known-mistake"),
    wrong("vm-standardise", "divides by the variance", '''
def standardise(X):
    return (X - X.mean(axis=0)) / X.var(axis=0)
''', "known-mistake"),
    wrong("vm-standardise", "min-max scaling", '''
def standardise(X):
    lo, hi = X.min(axis=0), X.max(axis=0)
    return (X - lo) / (hi - lo)
''', "known-mistake"),
    wrong("vm-standardise", "root of the sum of squares", '''
def standardise(X):
    Xc = X - X.mean(axis=0)
    return Xc / np.sqrt((Xc ** 2).sum(axis=0))
''', "factor-quantity"),
    wrong("vm-standardise", "in place", '''
def standardise(X):
    X -= X.mean(axis=0)
    X /= X.std(axis=0)
    return X
''', "input-mutated"),
    wrong("vm-standardise", "loop over the columns", '''
def standardise(X):
    Z = np.empty(X.shape)
    for j in range(X.shape[1]):
        Z[:, j] = (X[:, j] - X[:, j].mean()) / X[:, j].std()
    return Z
''', "requirement"),
    wrong("vm-standardise", "apply_along_axis", '''
def standardise(X):
    return np.apply_along_axis(lambda c: (c - c.mean()) / c.std(), 0, X)
''', "requirement"),
    wrong("vm-standardise", "empty_like keeps the integer dtype", '''
def standardise(X):
    Z = np.empty_like(X)
    Z[:] = (X - X.mean(axis=0)) / X.std(axis=0)
    return Z
''', "integer-truncated"),
    wrong("vm-standardise", "returns the transpose", '''
def standardise(X):
    return ((X - X.mean(axis=0)) / X.std(axis=0)).T
''', "transposed"),
    wrong("vm-standardise", "forgot return", '''
def standardise(X):
    Z = (X - X.mean(axis=0)) / X.std(axis=0)
''', "none"),
    wrong("vm-standardise", "returns the means and stds", '''
def standardise(X):
    return X.mean(axis=0), X.std(axis=0)
''', "several-values"),
    wrong("vm-standardise", "stub left in place", '''
def standardise(X):
    raise NotImplementedError("your code here")
''', "not-attempted"),

    # -- vm-standardise: right ------------------------------------------------------
    right("vm-standardise", "scipy zscore", '''
from scipy.stats import zscore


def standardise(X):
    return zscore(X, axis=0)
'''),
    right("vm-standardise", "StandardScaler", '''
from sklearn.preprocessing import StandardScaler


def standardise(X):
    return StandardScaler().fit_transform(X)
'''),
    right("vm-standardise", "std written out", '''
def standardise(X):
    Xc = X - np.mean(X, axis=0)
    return Xc / np.sqrt(np.mean(Xc ** 2, axis=0))
'''),
    right("vm-standardise", "np.divide and np.subtract", '''
def standardise(X):
    return np.divide(np.subtract(X, np.mean(X, 0)), np.std(X, 0))
'''),
    right("vm-standardise", "float32", '''
def standardise(X):
    X = X.astype(np.float32)
    return (X - X.mean(axis=0)) / X.std(axis=0)
'''),
    right("vm-standardise", "float copy, then in place", '''
def standardise(X):
    Z = X.astype(float)
    Z -= Z.mean(axis=0)
    Z /= Z.std(axis=0)
    return Z
'''),
    right("vm-standardise", "keepdims on axis 0", '''
def standardise(X):
    m = X.mean(axis=0, keepdims=True)
    s = X.std(axis=0, keepdims=True)
    return (X - m) / s
'''),

    # -- vm-matvec-columns: wrong --------------------------------------------------
    wrong("vm-matvec-columns", "rows instead of columns", '''
def matvec_columns(A, x):
    y = np.zeros(A.shape[0])
    for j in range(A.shape[1]):
        y = y + x[j] * A[j]
    return y
''', "requirement"),
    wrong("vm-matvec-columns", "a loop over the rows with a sum", '''
def matvec_columns(A, x):
    y = np.zeros(A.shape[0])
    for i in range(A.shape[0]):
        y[i] = sum(A[i] * x)
    return y
''', "requirement"),
    wrong("vm-matvec-columns", "row comprehension", '''
def matvec_columns(A, x):
    return np.array([np.sum(row * x) for row in A])
''', "requirement"),
    wrong("vm-matvec-columns", "@ inside the loop", '''
def matvec_columns(A, x):
    y = np.zeros(A.shape[0])
    for i in range(A.shape[0]):
        y[i] = A[i] @ x
    return y
''', "requirement"),
    wrong("vm-matvec-columns", "no loop: broadcasting and a sum", '''
def matvec_columns(A, x):
    return (A * x).sum(axis=1)
''', "requirement"),
    wrong("vm-matvec-columns", "np.dot", '''
def matvec_columns(A, x):
    return np.dot(A, x)
''', "requirement"),
    wrong("vm-matvec-columns", "integer accumulator", '''
def matvec_columns(A, x):
    y = np.zeros(A.shape[0], dtype=int)
    for j in range(A.shape[1]):
        y[:] = y + x[j] * A[:, j]
    return y
''', "integer-truncated"),
    wrong("vm-matvec-columns", "accumulator sized by the columns", '''
def matvec_columns(A, x):
    y = np.zeros(A.shape[1])
    for j in range(A.shape[1]):
        y = y + x[j] * A[:, j]
    return y
''', "exception"),
    wrong("vm-matvec-columns", "starts from column 0 in place", '''
def matvec_columns(A, x):
    y = A[:, 0]
    y *= x[0]
    for j in range(1, A.shape[1]):
        y += x[j] * A[:, j]
    return y
''', "input-mutated"),
    wrong("vm-matvec-columns", "return inside the loop", '''
def matvec_columns(A, x):
    y = np.zeros(A.shape[0])
    for j in range(A.shape[1]):
        y = y + x[j] * A[:, j]
        return y
''', "early-return"),
    wrong("vm-matvec-columns", "skips the first column", '''
def matvec_columns(A, x):
    y = np.zeros(A.shape[0])
    for j in range(1, A.shape[1]):
        y = y + x[j] * A[:, j]
    return y
''', "off-by-one"),
    wrong("vm-matvec-columns", "replaces instead of adding", '''
def matvec_columns(A, x):
    y = np.zeros(A.shape[0])
    for j in range(A.shape[1]):
        y = x[j] * A[:, j]
    return y
''', "known-mistake"),
    wrong("vm-matvec-columns", "keeps the scaled columns", '''
def matvec_columns(A, x):
    out = np.zeros(A.shape)
    for j in range(A.shape[1]):
        out[:, j] = x[j] * A[:, j]
    return out
''', "known-mistake"),
    wrong("vm-matvec-columns", "column vector result", '''
def matvec_columns(A, x):
    y = np.zeros((A.shape[0], 1))
    for j in range(A.shape[1]):
        y = y + x[j] * A[:, [j]]
    return y
''', "reshaped"),
    wrong("vm-matvec-columns", "while loop without increment", '''
def matvec_columns(A, x):
    y = np.zeros(A.shape[0])
    j = 0
    while j < A.shape[1]:
        y = y + x[j] * A[:, j]
    return y
''', "timeout"),
    wrong("vm-matvec-columns", "prints the result", '''
def matvec_columns(A, x):
    y = np.zeros(A.shape[0])
    for j in range(A.shape[1]):
        y = y + x[j] * A[:, j]
    print(y)
''', "printed-not-returned"),

    # -- vm-matvec-columns: right --------------------------------------------------
    right("vm-matvec-columns", "sum over a generator of columns", '''
def matvec_columns(A, x):
    return sum(x[j] * A[:, j] for j in range(A.shape[1]))
'''),
    right("vm-matvec-columns", "zip over A.T", '''
def matvec_columns(A, x):
    y = np.zeros(len(A))
    for column, xj in zip(A.T, x):
        y += xj * column
    return y
'''),
    right("vm-matvec-columns", "entry by entry, columns outside", '''
def matvec_columns(A, x):
    m, n = A.shape
    y = [0.0] * m
    for j in range(n):
        for i in range(m):
            y[i] += x[j] * A[i, j]
    return y
'''),
    right("vm-matvec-columns", "float32 accumulator", '''
def matvec_columns(A, x):
    y = np.zeros(A.shape[0], dtype=np.float32)
    for j in range(A.shape[1]):
        y += np.float32(x[j]) * A[:, j].astype(np.float32)
    return y
'''),
    right("vm-matvec-columns", "np.sum of a list of scaled columns", '''
def matvec_columns(A, x):
    return np.sum([x[j] * A[:, j] for j in range(A.shape[1])], axis=0)
'''),
    right("vm-matvec-columns", "enumerate x", '''
def matvec_columns(A, x):
    y = 0.0
    for j, xj in enumerate(x):
        y = y + xj * A[:, j]
    return y
'''),

    # -- vm-signed-area: wrong ------------------------------------------------------
    wrong("vm-signed-area", "np.linalg.det", '''
def signed_area(u, v):
    return np.linalg.det(np.column_stack([u, v]))
''', "requirement"),
    wrong("vm-signed-area", "SymPy det", '''
def signed_area(u, v):
    return sp.Matrix([[u[0], v[0]], [u[1], v[1]]]).det()
''', "requirement"),
    wrong("vm-signed-area", "abs of the determinant", '''
def signed_area(u, v):
    return abs(u[0] * v[1] - v[0] * u[1])
''', "known-mistake"),
    wrong("vm-signed-area", "bc - ad", '''
def signed_area(u, v):
    return v[0] * u[1] - u[0] * v[1]
''', "wrong-sign"),
    wrong("vm-signed-area", "ad + bc", '''
def signed_area(u, v):
    return u[0] * v[1] + v[0] * u[1]
''', "known-mistake"),
    wrong("vm-signed-area", "the dot product", '''
def signed_area(u, v):
    return u[0] * v[0] + u[1] * v[1]
''', "known-mistake"),
    wrong("vm-signed-area", "triangle area", '''
def signed_area(u, v):
    return (u[0] * v[1] - v[0] * u[1]) / 2
''', "factor"),
    wrong("vm-signed-area", "product of the lengths", '''
def signed_area(u, v):
    return math.hypot(*u) * math.hypot(*v)
''', "known-mistake"),
    wrong("vm-signed-area", "diagonal products the wrong way", '''
def signed_area(u, v):
    return u[0] * v[0] - u[1] * v[1]
''', "generic"),
    wrong("vm-signed-area", "entries as a 1-D array", '''
def signed_area(u, v):
    return np.array([u[0] * v[1], -v[0] * u[1]])
''', "wrong-shape"),
    wrong("vm-signed-area", "indexes from 1", '''
def signed_area(u, v):
    return u[1] * v[2] - v[1] * u[2]
''', "exception"),
    wrong("vm-signed-area", "rounded", '''
def signed_area(u, v):
    return round(u[0] * v[1] - v[0] * u[1], 2)
''', "rounded"),

    # -- vm-signed-area: right -------------------------------------------------------
    right("vm-signed-area", "rows instead of columns", '''
def signed_area(u, v):
    (a, c), (b, d) = u, v
    return a * d - b * c
'''),
    right("vm-signed-area", "2-D cross product padded to 3-D", '''
def signed_area(u, v):
    return np.cross(np.append(u, 0.0), np.append(v, 0.0))[2]
'''),
    right("vm-signed-area", "lengths times the sine of the angle", '''
def signed_area(u, v):
    theta = math.atan2(v[1], v[0]) - math.atan2(u[1], u[0])
    return math.hypot(*u) * math.hypot(*v) * math.sin(theta)
'''),
    right("vm-signed-area", "fractions", '''
def signed_area(u, v):
    a, c = (Fraction(float(t)) for t in u)
    b, d = (Fraction(float(t)) for t in v)
    return a * d - b * c
'''),
    right("vm-signed-area", "SymPy floats", '''
def signed_area(u, v):
    a, c = sp.Float(u[0]), sp.Float(u[1])
    b, d = sp.Float(v[0]), sp.Float(v[1])
    return a * d - b * c
'''),
    right("vm-signed-area", "float32", '''
def signed_area(u, v):
    u, v = np.float32(u), np.float32(v)
    return u[0] * v[1] - v[0] * u[1]
'''),

    # -- vm-centre-rows: wrong -------------------------------------------------------
    wrong("vm-centre-rows", "mean without keepdims", '''
def centre_rows(X):
    return X - X.mean(axis=1)
''', "wrong-axis"),
    wrong("vm-centre-rows", "centres the columns", '''
def centre_rows(X):
    return X - X.mean(axis=0)
''', "wrong-axis"),
    wrong("vm-centre-rows", "mean of the whole matrix", '''
def centre_rows(X):
    return X - X.mean()
''', "known-mistake"),
    wrong("vm-centre-rows", "the row means reshaped to a row", '''
def centre_rows(X):
    return X - X.mean(axis=1).reshape(1, -1)
''', "wrong-axis"),
    wrong("vm-centre-rows", "standardises the rows", '''
def centre_rows(X):
    return (X - X.mean(axis=1, keepdims=True)) / X.std(axis=1, keepdims=True)
''', "known-mistake"),
    wrong("vm-centre-rows", "in place", '''
def centre_rows(X):
    X -= X.mean(axis=1, keepdims=True)
    return X
''', "input-mutated"),
    wrong("vm-centre-rows", "returns the means", '''
def centre_rows(X):
    return X.mean(axis=1, keepdims=True)
''', "wrong-shape"),
    wrong("vm-centre-rows", "transposed trick, not transposed back", '''
def centre_rows(X):
    return X.T - X.mean(axis=1)
''', "transposed"),
    wrong("vm-centre-rows", "median", '''
def centre_rows(X):
    return X - np.median(X, axis=1, keepdims=True)
''', "generic"),
    wrong("vm-centre-rows", "forgot return", '''
def centre_rows(X):
    Xc = X - X.mean(axis=1, keepdims=True)
''', "none"),

    # -- vm-centre-rows: right -------------------------------------------------------
    right("vm-centre-rows", "newaxis", '''
def centre_rows(X):
    return X - X.mean(axis=1)[:, np.newaxis]
'''),
    right("vm-centre-rows", "reshape(-1, 1)", '''
def centre_rows(X):
    return X - np.mean(X, axis=1).reshape(-1, 1)
'''),
    right("vm-centre-rows", "transpose, subtract, transpose back", '''
def centre_rows(X):
    return (X.T - X.mean(axis=1)).T
'''),
    right("vm-centre-rows", "a row at a time", '''
def centre_rows(X):
    return np.array([row - row.mean() for row in X])
'''),
    right("vm-centre-rows", "centring matrix on the right", '''
def centre_rows(X):
    n = X.shape[1]
    return X @ (np.eye(n) - np.ones((n, n)) / n)
'''),

    # -- vm-shape-a ------------------------------------------------------------------
    wrong("vm-shape-a", "missing comma", "shape_a = (4)\n", "shape-missing-comma"),
    wrong("vm-shape-a", "the rows stay", "shape_a = (150,)\n", "wrong-axis"),
    wrong("vm-shape-a", "a row vector", "shape_a = (1, 4)\n", "wrong-shape"),
    wrong("vm-shape-a", "a column vector", "shape_a = (4, 1)\n", "wrong-shape"),
    wrong("vm-shape-a", "nothing disappears", "shape_a = (150, 4)\n", "wrong-shape"),
    wrong("vm-shape-a", "the shape as text", 'shape_a = "(4,)"\n', "wrong-type"),
    wrong("vm-shape-a", "a scalar: the mean of everything", "shape_a = ()\n", "wrong-shape"),
    wrong("vm-shape-a", "still None", "shape_a = None\n", "not-attempted"),
    right("vm-shape-a", "a list", "shape_a = [4]\n"),
    right("vm-shape-a", "computed on a stand-in", '''
shape_a = np.zeros((150, 4)).mean(axis=0).shape
'''),
    right("vm-shape-a", "NumPy integers", "shape_a = (np.int64(4),)\n"),

    # -- vm-shape-b ------------------------------------------------------------------
    wrong("vm-shape-b", "elementwise, as if both were 1-D", "shape_b = (150,)\n",
          "wrong-shape"),
    wrong("vm-shape-b", "the column shape", "shape_b = (150, 1)\n", "wrong-shape"),
    wrong("vm-shape-b", "a row", "shape_b = (1, 150)\n", "wrong-shape"),
    wrong("vm-shape-b", "the number of entries", "shape_b = 150\n", "wrong-type"),
    wrong("vm-shape-b", "squared, missing the comma", "shape_b = (150 * 150)\n",
          "wrong-type"),
    wrong("vm-shape-b", "three axes", "shape_b = (150, 150, 1)\n", "wrong-shape"),
    wrong("vm-shape-b", "it raises an error", 'shape_b = "error"\n', "wrong-type"),
    wrong("vm-shape-b", "a set of lengths", "shape_b = {150}\n", "wrong-type"),
    right("vm-shape-b", "a list", "shape_b = [150, 150]\n"),
    right("vm-shape-b", "computed on stand-ins", '''
shape_b = (np.zeros((150, 1)) - np.zeros(150)).shape
'''),
    right("vm-shape-b", "from np.broadcast_shapes", '''
shape_b = np.broadcast_shapes((150, 1), (150,))
'''),

    # -- vm-shape-c ------------------------------------------------------------------
    wrong("vm-shape-c", "a row vector", "shape_c = (1, 3)\n", "wrong-shape"),
    wrong("vm-shape-c", "a column vector", "shape_c = (3, 1)\n", "wrong-shape"),
    wrong("vm-shape-c", "missing comma", "shape_c = (3)\n", "shape-missing-comma"),
    wrong("vm-shape-c", "the length", "shape_c = len([1.0, 2.0, 3.0])\n",
          "shape-missing-comma"),
    wrong("vm-shape-c", "a square", "shape_c = (3, 3)\n", "wrong-shape"),
    wrong("vm-shape-c", "the values, transposed", "shape_c = (1.0, 2.0, 3.0)\n",
          "wrong-shape"),
    wrong("vm-shape-c", "text", 'shape_c = "3,"\n', "wrong-type"),
    wrong("vm-shape-c", "a fraction of an axis", "shape_c = (1.5,)\n", "wrong-type"),
    right("vm-shape-c", "a list", "shape_c = [3]\n"),
    right("vm-shape-c", "computed", "shape_c = np.array([1.0, 2.0, 3.0]).T.shape\n"),
    right("vm-shape-c", "a tuple of one length", "shape_c = tuple([3])\n"),
    right("vm-shape-c", "an array holding the length", np.array([3]), name="shape_c"),

    # -- vm-independent --------------------------------------------------------------
    wrong("vm-independent", "normalises each vector of the list in place", '''
def independent(vectors):
    for v in vectors:
        v /= np.linalg.norm(v)
    return np.linalg.matrix_rank(np.column_stack(vectors)) == len(vectors)
''', "input-mutated"),
    wrong("vm-independent", "pairs only", '''
def independent(vectors):
    for i in range(len(vectors)):
        for j in range(i + 1, len(vectors)):
            if np.linalg.matrix_rank(np.column_stack([vectors[i], vectors[j]])) < 2:
                return False
    return True
''', "known-mistake"),
    wrong("vm-independent", "only the last vector against the others", '''
def independent(vectors):
    if len(vectors) == 1:
        return bool(np.any(vectors[0]))
    A = np.column_stack(vectors[:-1])
    return np.linalg.matrix_rank(np.column_stack(vectors)) > np.linalg.matrix_rank(A)
''', "known-mistake"),
    wrong("vm-independent", "determinant", '''
def independent(vectors):
    return np.linalg.det(np.column_stack(vectors)) != 0
''', "exception"),
    wrong("vm-independent", "rank without tolerance", '''
def independent(vectors):
    return np.linalg.matrix_rank(np.column_stack(vectors), tol=0) == len(vectors)
''', "known-mistake"),
    wrong("vm-independent", "rank against the length", '''
def independent(vectors):
    M = np.column_stack(vectors)
    return np.linalg.matrix_rank(M) == M.shape[0]
''', "known-mistake"),
    right("vm-independent", "rows instead of columns", '''
def independent(vectors):
    return np.linalg.matrix_rank(np.array(vectors)) == len(vectors)
'''),
    right("vm-independent", "null_space is empty", '''
def independent(vectors):
    from scipy.linalg import null_space
    return null_space(np.column_stack(vectors)).shape[1] == 0
'''),

    wrong("vm-independent", "determinant with a tolerance", '''
def independent(vectors):
    return abs(np.linalg.det(np.column_stack(vectors))) > 1e-9
''', "exception"),
    wrong("vm-independent", "True and False swapped", '''
def independent(vectors):
    return np.linalg.matrix_rank(np.column_stack(vectors)) < len(vectors)
''', "known-mistake"),
    wrong("vm-independent", "returns the rank", '''
def independent(vectors):
    return np.linalg.matrix_rank(np.column_stack(vectors))
''', "wrong-type"),
    wrong("vm-independent", "only looks for a zero vector", '''
def independent(vectors):
    return all(np.any(v != 0) for v in vectors)
''', "known-mistake"),
    wrong("vm-independent", "no return", '''
def independent(vectors):
    np.linalg.matrix_rank(np.column_stack(vectors)) == len(vectors)
''', "none"),
    right("vm-independent", "elimination with a tolerance", '''
def independent(vectors):
    A = np.column_stack(vectors).astype(float)
    m, n = A.shape
    r = 0
    for j in range(n):
        if r == m:
            break
        i = r + np.argmax(np.abs(A[r:, j]))
        if abs(A[i, j]) <= 1e-9:
            continue
        A[[r, i]] = A[[i, r]]
        A[r + 1:] -= np.outer(A[r + 1:, j] / A[r, j], A[r])
        r += 1
    return r == n
'''),

    # -- vm-rank ---------------------------------------------------------------------
    wrong("vm-rank", "counts the non-zero rows", '''
def rank_by_elimination(A, tol=1e-9):
    return sum(1 for row in A if np.any(np.abs(row) > tol))
''', "known-mistake"),
    wrong("vm-rank", "no return", '''
def rank_by_elimination(A, tol=1e-9):
    A = A.astype(float)
    r = 0
    for j in range(A.shape[1]):
        if r < A.shape[0] and np.max(np.abs(A[r:, j])) > tol:
            i = r + np.argmax(np.abs(A[r:, j]))
            A[[r, i]] = A[[i, r]]
            A[r + 1:] -= np.outer(A[r + 1:, j] / A[r, j], A[r])
            r += 1
''', "none"),
    wrong("vm-rank", "an integer copy", '''
def rank_by_elimination(A, tol=1e-9):
    A = A.copy()
    m, n = A.shape
    r = 0
    for j in range(n):
        if r == m:
            break
        i = r + np.argmax(np.abs(A[r:, j]))
        if abs(A[i, j]) <= tol:
            continue
        A[[r, i]] = A[[i, r]]
        for k in range(r + 1, m):
            A[k] = A[k] - A[k, j] / A[r, j] * A[r]
        r += 1
    return r
''', "integer-truncated"),
    right("vm-rank", "eliminates the rows of the transpose", '''
def rank_by_elimination(A, tol=1e-9):
    B = np.array(A, dtype=float).T
    m, n = B.shape
    r = 0
    for j in range(n):
        if r == m:
            break
        i = r + np.argmax(np.abs(B[r:, j]))
        if abs(B[i, j]) <= tol:
            continue
        B[[r, i]] = B[[i, r]]
        for k in range(r + 1, m):
            B[k] = B[k] - B[k, j] / B[r, j] * B[r]
        r += 1
    return r
'''),
    wrong("vm-rank", "counts the pivots from 1 (one too many)", '''
def rank_by_elimination(A, tol=1e-9):
    A = A.astype(float)
    m, n = A.shape
    r = 0
    count = 1
    for j in range(n):
        if r == m:
            break
        i = r + np.argmax(np.abs(A[r:, j]))
        if abs(A[i, j]) <= tol:
            continue
        A[[r, i]] = A[[i, r]]
        for k in range(r + 1, m):
            A[k] = A[k] - A[k, j] / A[r, j] * A[r]
        r += 1
        count += 1
    return count
''', "wrong-count"),
    wrong("vm-rank", "from numpy.linalg import matrix_rank as mr", '''
def rank_by_elimination(A, tol=1e-9):
    from numpy.linalg import matrix_rank as mr
    return mr(A, tol)
''', "requirement"),
    wrong("vm-rank", "matrix_rank", '''
def rank_by_elimination(A, tol=1e-9):
    return np.linalg.matrix_rank(A, tol=tol)
''', "requirement"),
    wrong("vm-rank", "no row swap", '''
def rank_by_elimination(A, tol=1e-9):
    A = A.astype(float)
    m, n = A.shape
    r = 0
    for j in range(n):
        if r == m:
            break
        if abs(A[r, j]) <= tol:
            continue
        for k in range(r + 1, m):
            A[k] -= A[k, j] / A[r, j] * A[r]
        r += 1
    return r
''', "known-mistake"),
    wrong("vm-rank", "pivots on the diagonal only", '''
def rank_by_elimination(A, tol=1e-9):
    A = A.astype(float)
    m, n = A.shape
    r = 0
    for j in range(min(m, n)):
        i = j + np.argmax(np.abs(A[j:, j]))
        if abs(A[i, j]) <= tol:
            continue
        A[[j, i]] = A[[i, j]]
        for k in range(j + 1, m):
            A[k] -= A[k, j] / A[j, j] * A[j]
        r += 1
    return r
''', "known-mistake"),
    wrong("vm-rank", "exact zero test", '''
def rank_by_elimination(A, tol=1e-9):
    A = A.astype(float)
    m, n = A.shape
    r = 0
    for j in range(n):
        if r == m:
            break
        i = r + np.argmax(np.abs(A[r:, j]))
        if A[i, j] == 0:
            continue
        A[[r, i]] = A[[i, r]]
        for k in range(r + 1, m):
            A[k] -= A[k, j] / A[r, j] * A[r]
        r += 1
    return r
''', "known-mistake"),
    wrong("vm-rank", "eliminates in the caller's array", '''
def rank_by_elimination(A, tol=1e-9):
    m, n = A.shape
    r = 0
    for j in range(n):
        if r == m:
            break
        i = r + np.argmax(np.abs(A[r:, j]))
        if abs(A[i, j]) <= tol:
            continue
        A[[r, i]] = A[[i, r]]
        for k in range(r + 1, m):
            A[k] = A[k] - A[k, j] / A[r, j] * A[r]
        r += 1
    return r
''', "input-mutated"),
    wrong("vm-rank", "the largest possible rank", '''
def rank_by_elimination(A, tol=1e-9):
    return min(A.shape)
''', "known-mistake"),
    right("vm-rank", "first non-zero pivot, a while loop", '''
def rank_by_elimination(A, tol=1e-9):
    A = np.array(A, dtype=float)
    m, n = A.shape
    r, j = 0, 0
    while r < m and j < n:
        rows = [i for i in range(r, m) if abs(A[i, j]) > tol]
        if rows:
            i = rows[0]
            A[[r, i]] = A[[i, r]]
            A[r + 1:] -= np.outer(A[r + 1:, j] / A[r, j], A[r])
            r += 1
        j += 1
    return r
'''),
    right("vm-rank", "reduced row echelon form", '''
def rank_by_elimination(A, tol=1e-9):
    R = A.astype(float).copy()
    m, n = R.shape
    pivots = 0
    for j in range(n):
        if pivots == m:
            break
        i = pivots + np.argmax(np.abs(R[pivots:, j]))
        if abs(R[i, j]) <= tol:
            R[pivots:, j] = 0.0
            continue
        R[[pivots, i]] = R[[i, pivots]]
        R[pivots] = R[pivots] / R[pivots, j]
        for k in range(m):
            if k != pivots:
                R[k] = R[k] - R[k, j] * R[pivots]
        pivots += 1
    return pivots
'''),
]
