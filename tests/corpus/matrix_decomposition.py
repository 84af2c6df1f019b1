"""Learner answers for the matrix decomposition practice notebook
(exercises/matrix_decomposition.md).

Written to be what learners actually type: the singular values forgotten or
taken one too many, V where NumPy returns Vᵀ, Σ stored as a k × k matrix,
the 2-norm error for the Frobenius one, s[-1] / s[0], the singular values
instead of their squares; and correct answers in other valid forms (a loop of
outer products, scipy, float32, the equivalent formulas the chapter gives).
The least-squares-by-QR answers moved to least_squares.py with the exercise.
"""

from . import right, wrong

ENTRIES = [
    # -- svd-rank-k: wrong ------------------------------------------------------
    wrong("svd-rank-k", "singular values left out", '''
def rank_k(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return U[:, :k] @ Vt[:k]
''', "known-mistake"),
    wrong("svd-rank-k", "one triplet too many", '''
def rank_k(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return (U[:, :k + 1] * s[:k + 1]) @ Vt[:k + 1]
''', "off-by-one"),
    wrong("svd-rank-k", "one triplet too few", '''
def rank_k(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return (U[:, :k - 1] * s[:k - 1]) @ Vt[:k - 1]
''', "off-by-one"),
    wrong("svd-rank-k", "only the k-th term", '''
def rank_k(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return s[k - 1] * np.outer(U[:, k - 1], Vt[k - 1])
''', "known-mistake"),
    wrong("svd-rank-k", "treats Vt as V", '''
def rank_k(A, k):
    U, s, V = np.linalg.svd(A, full_matrices=False)
    return U[:, :k] @ np.diag(s[:k]) @ V[:, :k].T
''', "known-mistake"),
    wrong("svd-rank-k", "columns of Vt", '''
def rank_k(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return U[:, :k] @ np.diag(s[:k]) @ Vt[:, :k]
''', "exception"),
    wrong("svd-rank-k", "rows of U", '''
def rank_k(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return U[:k] @ np.diag(s[:k]) @ Vt[:k]
''', "exception"),
    wrong("svd-rank-k", "transposed result", '''
def rank_k(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return ((U[:, :k] * s[:k]) @ Vt[:k]).T
''', "transposed"),
    wrong("svd-rank-k", "smallest singular values kept", '''
def rank_k(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return (U[:, -k:] * s[-k:]) @ Vt[-k:]
''', "known-mistake"),
    wrong("svd-rank-k", "eigenvectors of A.T @ A", '''
def rank_k(A, k):
    values, V = np.linalg.eigh(A.T @ A)
    V = V[:, ::-1][:, :k]
    return A @ V @ V.T
''', "requirement"),
    wrong("svd-rank-k", "overwrites A with the result", '''
def rank_k(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    A[:] = (U[:, :k] * s[:k]) @ Vt[:k]
    return A
''', "input-mutated"),
    wrong("svd-rank-k", "s as a column", '''
def rank_k(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return (U[:, :k] * s[:k, None]) @ Vt[:k]
''', "exception"),
    wrong("svd-rank-k", "returns the factors", '''
def rank_k(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return U[:, :k], s[:k], Vt[:k]
''', "several-values"),
    wrong("svd-rank-k", "prints the matrix", '''
def rank_k(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    print((U[:, :k] * s[:k]) @ Vt[:k])
''', "printed-not-returned"),
    right("svd-rank-k", "np.diag and full matrices", '''
def rank_k(A, k):
    U, s, Vt = np.linalg.svd(A)
    return U[:, :k] @ np.diag(s[:k]) @ Vt[:k, :]
'''),
    right("svd-rank-k", "the SVD in a helper of its own", '''
def thin(A):
    return np.linalg.svd(A, full_matrices=False)


def rank_k(A, k):
    U, s, Vt = thin(A)
    return (U[:, :k] * s[:k]) @ Vt[:k]
'''),
    right("svd-rank-k", "a sum of outer products", '''
def rank_k(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    Ak = np.zeros(A.shape)
    for i in range(k):
        Ak += s[i] * np.outer(U[:, i], Vt[i])
    return Ak
'''),
    right("svd-rank-k", "the other singular values set to 0", '''
def rank_k(A, k):
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    s = s.copy()
    s[k:] = 0
    return U @ np.diag(s) @ Vt
'''),
    right("svd-rank-k", "scipy, scaled rows of Vt", '''
import scipy.linalg


def rank_k(A, k):
    U, s, Vt = scipy.linalg.svd(A, full_matrices=False)
    return U[:, :k] @ (s[:k, None] * Vt[:k])
'''),
    right("svd-rank-k", "float32", '''
def rank_k(A, k):
    U, s, Vt = np.linalg.svd(A.astype(np.float32), full_matrices=False)
    return (U[:, :k] * s[:k]) @ Vt[:k]
'''),

    # -- svd-storage: wrong -------------------------------------------------------
    wrong("svd-storage", "singular values forgotten", '''
def storage(m, n, k):
    return k * (m + n)
''', "off-by-one"),
    wrong("svd-storage", "minus one instead of plus one", '''
def storage(m, n, k):
    return k * (m + n - 1)
''', "off-by-one"),
    wrong("svd-storage", "k + 1 terms", '''
def storage(m, n, k):
    return (k + 1) * (m + n + 1)
''', "off-by-one"),
    wrong("svd-storage", "the whole matrix", '''
def storage(m, n, k):
    return m * n
''', "known-mistake"),
    wrong("svd-storage", "Sigma stored as a k x k matrix", '''
def storage(m, n, k):
    return m * k + k * k + k * n
''', "known-mistake"),
    wrong("svd-storage", "one singular value", '''
def storage(m, n, k):
    return k * (m + n) + 1
''', "known-mistake"),
    wrong("svd-storage", "brackets forgotten", '''
def storage(m, n, k):
    return k * m + n + 1
''', "known-mistake"),
    wrong("svd-storage", "the compression ratio", '''
def storage(m, n, k):
    return k * (m + n + 1) / (m * n)
''', "known-mistake"),
    wrong("svd-storage", "full U and V", '''
def storage(m, n, k):
    return m * m + k + n * n
''', "known-mistake"),
    wrong("svd-storage", "the values saved", '''
def storage(m, n, k):
    return m * n - k * (m + n + 1)
''', "known-mistake"),
    wrong("svd-storage", "three counts", '''
def storage(m, n, k):
    return (m * k, k, n * k)
''', "wrong-shape"),
    wrong("svd-storage", "text", '''
def storage(m, n, k):
    return f"{k * (m + n + 1)} numbers"
''', "wrong-type"),
    wrong("svd-storage", "prints it", '''
def storage(m, n, k):
    print(k * (m + n + 1))
''', "printed-not-returned"),
    right("svd-storage", "term by term", '''
def storage(m, n, k):
    return m * k + k + k * n
'''),
    right("svd-storage", "as a float", '''
def storage(m, n, k):
    return float(k) * (m + n + 1.0)
'''),
    right("svd-storage", "from the shapes of the factors", '''
def storage(m, n, k):
    shapes = [(m, k), (k,), (k, n)]
    return sum(int(np.prod(s)) for s in shapes)
'''),
    right("svd-storage", "k clamped to min(m, n)", '''
def storage(m, n, k):
    k = min(k, m, n)
    return k * (m + n + 1)
'''),
    right("svd-storage", "a NumPy integer", '''
def storage(m, n, k):
    return np.int64(k) * (m + n + 1)
'''),

    # -- svd-eckart-young: wrong --------------------------------------------------
    wrong("svd-eckart-young", "no square root", '''
def truncation_error(s, k):
    return np.sum(s[k:] ** 2)
''', "missing-sqrt"),
    wrong("svd-eckart-young", "one value too few dropped", '''
def truncation_error(s, k):
    return np.sqrt(np.sum(s[k + 1:] ** 2))
''', "off-by-one"),
    wrong("svd-eckart-young", "one value too many dropped", '''
def truncation_error(s, k):
    return np.sqrt(np.sum(s[k - 1:] ** 2))
''', "off-by-one"),
    wrong("svd-eckart-young", "sum of the values", '''
def truncation_error(s, k):
    return np.sum(s[k:])
''', "known-mistake"),
    wrong("svd-eckart-young", "the largest dropped value", '''
def truncation_error(s, k):
    return s[k]
''', "known-mistake"),
    wrong("svd-eckart-young", "the norm of all of s", '''
def truncation_error(s, k):
    return np.sqrt(np.sum(s**2))
''', "known-mistake"),
    wrong("svd-eckart-young", "the kept values", '''
def truncation_error(s, k):
    return np.sqrt(np.sum(s[:k] ** 2))
''', "known-mistake"),
    wrong("svd-eckart-young", "difference of the norms", '''
def truncation_error(s, k):
    return np.sqrt(np.sum(s**2)) - np.sqrt(np.sum(s[:k] ** 2))
''', "known-mistake"),
    wrong("svd-eckart-young", "relative error", '''
def truncation_error(s, k):
    return np.sqrt(np.sum(s[k:] ** 2)) / np.sqrt(np.sum(s**2))
''', "known-mistake"),
    wrong("svd-eckart-young", "zeroes the kept values in place", '''
def truncation_error(s, k):
    s[:k] = 0
    return np.sqrt(np.sum(s**2))
''', "input-mutated"),
    wrong("svd-eckart-young", "builds the diagonal matrix", '''
def truncation_error(s, k):
    return np.linalg.norm(np.diag(s[k:]))
''', "requirement"),
    wrong("svd-eckart-young", "a diagonal matrix from np.eye", '''
def truncation_error(s, k):
    D = np.eye(len(s)) * s
    return np.linalg.norm(D[k:])
''', "requirement"),
    wrong("svd-eckart-young", "square root of the sum", '''
def truncation_error(s, k):
    return np.sqrt(np.sum(s[k:]))
''', "known-mistake"),
    wrong("svd-eckart-young", "rounded", '''
def truncation_error(s, k):
    return round(float(np.sqrt(np.sum(s[k:] ** 2))), 2)
''', "rounded"),
    right("svd-eckart-young", "np.linalg.norm of the tail", '''
def truncation_error(s, k):
    return np.linalg.norm(s[k:])
'''),
    right("svd-eckart-young", "a loop with math.sqrt", '''
def truncation_error(s, k):
    total = 0.0
    for i in range(k, len(s)):
        total += s[i] ** 2
    return math.sqrt(total)
'''),
    right("svd-eckart-young", "a dot product of the tail", '''
def truncation_error(s, k):
    tail = s[k:]
    return np.sqrt(tail @ tail)
'''),
    right("svd-eckart-young", "total minus kept", '''
def truncation_error(s, k):
    s = np.asarray(s, dtype=float)
    return np.sqrt(max(np.sum(s**2) - np.sum(s[:k] ** 2), 0.0))
'''),
    right("svd-eckart-young", "power one half of a generator sum", '''
def truncation_error(s, k):
    return sum(v * v for v in s[k:]) ** 0.5
'''),

    # -- svd-condition: wrong -----------------------------------------------------
    wrong("svd-condition", "np.linalg.cond", '''
def condition_number(A):
    return np.linalg.cond(A)
''', "requirement"),
    wrong("svd-condition", "upside down", '''
def condition_number(A):
    s = np.linalg.svd(A, compute_uv=False)
    return s[-1] / s[0]
''', "reciprocal"),
    wrong("svd-condition", "second singular value", '''
def condition_number(A):
    s = np.linalg.svd(A, compute_uv=False)
    return s[0] / s[1]
''', "known-mistake"),
    wrong("svd-condition", "ratio of eigenvalues", '''
def condition_number(A):
    lam = np.abs(np.linalg.eigvals(A))
    return lam.max() / lam.min()
''', "requirement"),
    wrong("svd-condition", "squared singular values", '''
def condition_number(A):
    s = np.linalg.svd(A, compute_uv=False)
    return s[0] ** 2 / s[-1] ** 2
''', "missing-sqrt"),
    wrong("svd-condition", "singular values of A.T @ A", '''
def condition_number(A):
    s = np.linalg.svd(A.T @ A, compute_uv=False)
    return s[0] / s[-1]
''', "missing-sqrt"),
    wrong("svd-condition", "index past the end", '''
def condition_number(A):
    s = np.linalg.svd(A, compute_uv=False)
    return s[0] / s[len(s)]
''', "exception"),
    wrong("svd-condition", "the singular values themselves", '''
def condition_number(A):
    return np.linalg.svd(A, compute_uv=False)
''', "wrong-shape"),
    wrong("svd-condition", "only the largest singular value", '''
def condition_number(A):
    return np.linalg.svd(A, compute_uv=False)[0]
''', "known-mistake"),
    wrong("svd-condition", "rounded", '''
def condition_number(A):
    s = np.linalg.svd(A, compute_uv=False)
    return round(s[0] / s[-1], 1)
''', "rounded"),
    wrong("svd-condition", "int of the ratio", '''
def condition_number(A):
    s = np.linalg.svd(A, compute_uv=False)
    return int(s[0] / s[-1])
''', "integer-truncated"),
    wrong("svd-condition", "2-norm times the pseudo-inverse", '''
def condition_number(A):
    return np.linalg.norm(A, 2) * np.linalg.norm(np.linalg.pinv(A), 2)
''', "requirement"),
    right("svd-condition", "scipy.linalg.svdvals", '''
def condition_number(A):
    from scipy.linalg import svdvals
    s = svdvals(A)
    return s[0] / s[-1]
'''),
    right("svd-condition", "max over min", '''
def condition_number(A):
    s = np.linalg.svd(A, compute_uv=False)
    return s.max() / s.min()
'''),
    right("svd-condition", "full SVD", '''
def condition_number(A):
    U, s, Vt = np.linalg.svd(A)
    return s[0] / s[-1]
'''),
    right("svd-condition", "SVD of the transpose", '''
def condition_number(A):
    s = np.linalg.svd(A.T, compute_uv=False)
    return s[0] / s[-1]
'''),
    wrong("svd-condition", "float32 on a nearly singular matrix", '''
def condition_number(A):
    s = np.linalg.svd(A.astype(np.float32), compute_uv=False)
    return s[0] / s[-1]
''', "inaccurate"),
    right("svd-condition", "square root of the ratio of squares", '''
def condition_number(A):
    s = np.linalg.svd(A, compute_uv=False)
    return np.sqrt(np.max(s**2) / np.min(s**2))
'''),

    # -- svd-explained-variance: wrong --------------------------------------------
    wrong("svd-explained-variance", "singular values, not squared", '''
def explained_variance_ratio(X):
    s = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    return s / s.sum()
''', "known-mistake"),
    wrong("svd-explained-variance", "one overall mean", '''
def explained_variance_ratio(X):
    Xc = X - X.mean()
    s = np.linalg.svd(Xc, compute_uv=False)
    return s**2 / np.sum(s**2)
''', "wrong-axis"),
    wrong("svd-explained-variance", "SVD of the covariance matrix", '''
def explained_variance_ratio(X):
    s = np.linalg.svd(np.cov(X, rowvar=False), compute_uv=False)
    return s / s.sum()
''', "requirement"),
    wrong("svd-explained-variance", "not centred", '''
def explained_variance_ratio(X):
    s = np.linalg.svd(X, compute_uv=False)
    return s**2 / np.sum(s**2)
''', "known-mistake"),
    wrong("svd-explained-variance", "the variances", '''
def explained_variance_ratio(X):
    s = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    return s**2 / (len(X) - 1)
''', "known-mistake"),
    wrong("svd-explained-variance", "the variances, divided by n", '''
def explained_variance_ratio(X):
    s = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    return s**2 / len(X)
''', "known-mistake"),
    wrong("svd-explained-variance", "smallest first", '''
def explained_variance_ratio(X):
    s = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    return np.sort(s**2 / np.sum(s**2))
''', "wrong-order"),
    wrong("svd-explained-variance", "cumulative", '''
def explained_variance_ratio(X):
    s = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    return np.cumsum(s**2) / np.sum(s**2)
''', "known-mistake"),
    wrong("svd-explained-variance", "centres the rows", '''
def explained_variance_ratio(X):
    s = np.linalg.svd(X - X.mean(axis=1, keepdims=True), compute_uv=False)
    return s**2 / np.sum(s**2)
''', "wrong-axis"),
    wrong("svd-explained-variance", "standardised", '''
def explained_variance_ratio(X):
    Z = (X - X.mean(axis=0)) / X.std(axis=0)
    s = np.linalg.svd(Z, compute_uv=False)
    return s**2 / np.sum(s**2)
''', "known-mistake"),
    wrong("svd-explained-variance", "centres X in place", '''
def explained_variance_ratio(X):
    X -= X.mean(axis=0)
    s = np.linalg.svd(X, compute_uv=False)
    return s**2 / np.sum(s**2)
''', "input-mutated"),
    wrong("svd-explained-variance", "eigenvalues of the covariance", '''
def explained_variance_ratio(X):
    v = np.linalg.eigvalsh(np.cov(X, rowvar=False))[::-1]
    return v / v.sum()
''', "requirement"),
    wrong("svd-explained-variance", "variances of the features", '''
def explained_variance_ratio(X):
    np.linalg.svd(X, compute_uv=False)
    v = np.sort(np.var(X, axis=0))[::-1]
    return v / v.sum()
''', "known-mistake"),
    wrong("svd-explained-variance", "sum of squares of the data", '''
def explained_variance_ratio(X):
    Xc = X - X.mean(axis=0)
    s = np.linalg.svd(Xc, compute_uv=False)
    return s**2 / np.sum(X**2)
''', "known-mistake"),
    wrong("svd-explained-variance", "the first share only", '''
def explained_variance_ratio(X):
    s = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    return s[0] ** 2 / np.sum(s**2)
''', "wrong-shape"),
    wrong("svd-explained-variance", "U, s, Vt unpacked into s", '''
def explained_variance_ratio(X):
    s = np.linalg.svd(X - X.mean(axis=0))
    return s**2 / np.sum(s**2)
''', "exception"),
    right("svd-explained-variance", "full SVD, Frobenius norm", '''
def explained_variance_ratio(X):
    Xc = X - X.mean(axis=0)
    U, s, Vt = np.linalg.svd(Xc)
    return s**2 / np.linalg.norm(Xc) ** 2
'''),
    right("svd-explained-variance", "variances divided by their total", '''
def explained_variance_ratio(X):
    Xc = X - np.mean(X, axis=0)
    var = np.linalg.svd(Xc.T, compute_uv=False) ** 2 / (len(X) - 1)
    return var / var.sum()
'''),
    right("svd-explained-variance", "a list in float32", '''
def explained_variance_ratio(X):
    Xc = (X - X.mean(axis=0)).astype(np.float32)
    s = np.linalg.svd(Xc, compute_uv=False)
    return [float(v) for v in s**2 / np.sum(s**2)]
'''),

    # -- svd-rank -----------------------------------------------------------------
    wrong("svd-rank", "still None", "r = None\n", "not-attempted"),
    wrong("svd-rank", "every singular value counted", '''
M = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
s = np.linalg.svd(M, compute_uv=False)
r = np.sum(s > 0)
''', "known-mistake"),
    wrong("svd-rank", "the singular values", '''
M = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
r = np.linalg.svd(M, compute_uv=False)
''', "wrong-shape"),
    wrong("svd-rank", "the comparison, not counted", '''
M = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
r = np.linalg.svd(M, compute_uv=False) > 1e-10
''', "bool-for-number"),
    wrong("svd-rank", "the size of the matrix", "r = 3\n", "known-mistake"),
    wrong("svd-rank", "one", "r = 1\n", "known-mistake"),
    wrong("svd-rank", "text", 'r = "2"\n', "wrong-type"),
    wrong("svd-rank", "a truth value", "r = True\n", "bool-for-number"),
    wrong("svd-rank", "the number of zero singular values", '''
M = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
r = int(np.sum(np.linalg.svd(M, compute_uv=False) < 1e-10))
''', "known-mistake"),
    wrong("svd-rank", "the smallest singular value", '''
M = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
r = np.linalg.svd(M, compute_uv=False)[-1]
''', "known-mistake"),
    right("svd-rank", "count above a tolerance", '''
M = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
r = np.sum(np.linalg.svd(M, compute_uv=False) > 1e-10)
'''),
    right("svd-rank", "builtin sum of booleans", '''
M = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
r = sum(np.linalg.svd(M, compute_uv=False) > 1e-8)
'''),
    right("svd-rank", "SymPy rank", '''
r = sp.Matrix([[1, 2, 3], [2, 4, 6], [1, 0, 1]]).rank()
'''),
    right("svd-rank", "a float", "r = 2.0\n"),
    right("svd-rank", "an integer", "r = 2\n"),
]
