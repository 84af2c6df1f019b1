"""Learner answers for the least squares practice notebook
(exercises/least_squares.md).

Written to be what learners actually type: X @ X.T @ y for a projection onto
non-orthonormal columns, the coefficients or the residual instead of the
projection, the normal equations that fail on a duplicated column, Gram-Schmidt
without normalising or against the previous vector only, QR with the normal
equations after it, a forward substitution for a back substitution, the ridge
factor without its σ or with λ squared; and correct answers in other valid
forms (the pseudo-inverse, Q Qᵀ from an SVD, modified Gram-Schmidt, scipy,
the ridge normal equations solved beside an SVD call, float32).
"""

from . import right, wrong

ENTRIES = [
    # -- lsq-projection: wrong ----------------------------------------------------
    wrong("lsq-projection", "X X^T y", '''
def project_onto_columns(X, y):
    return X @ X.T @ y
''', "known-mistake"),
    wrong("lsq-projection", "the coefficients", '''
def project_onto_columns(X, y):
    return np.linalg.lstsq(X, y, rcond=None)[0]
''', "wrong-shape"),
    wrong("lsq-projection", "the residual", '''
def project_onto_columns(X, y):
    beta = np.linalg.lstsq(X, y, rcond=None)[0]
    return y - X @ beta
''', "known-mistake"),
    wrong("lsq-projection", "hat matrix with inv", '''
def project_onto_columns(X, y):
    H = X @ np.linalg.inv(X.T @ X) @ X.T
    return H @ y
''', "exception"),
    wrong("lsq-projection", "normal equations with solve", '''
def project_onto_columns(X, y):
    beta = np.linalg.solve(X.T @ X, X.T @ y)
    return X @ beta
''', "exception"),
    wrong("lsq-projection", "Q Q^T from a QR of X", '''
def project_onto_columns(X, y):
    Q, R = np.linalg.qr(X)
    return Q @ (Q.T @ y)
''', "generic"),
    wrong("lsq-projection", "divided by the squared norm of X", '''
def project_onto_columns(X, y):
    return X @ (X.T @ y) / np.sum(X**2)
''', "known-mistake"),
    wrong("lsq-projection", "column by column, as if orthogonal", '''
def project_onto_columns(X, y):
    p = np.zeros(len(y))
    for j in range(X.shape[1]):
        x = X[:, j]
        p += (x @ y) / (x @ x) * x
    return p
''', "known-mistake"),
    wrong("lsq-projection", "X^T X X^T y", '''
def project_onto_columns(X, y):
    return X @ (X.T @ X) @ X.T @ y
''', "generic"),
    wrong("lsq-projection", "y X", '''
def project_onto_columns(X, y):
    beta = np.linalg.lstsq(X, y, rcond=None)[0]
    return beta @ X.T @ X
''', "wrong-shape"),
    wrong("lsq-projection", "prints the projection", '''
def project_onto_columns(X, y):
    print(X @ np.linalg.lstsq(X, y, rcond=None)[0])
''', "printed-not-returned"),
    wrong("lsq-projection", "projection onto the rows", '''
def project_onto_columns(X, y):
    return X.T @ np.linalg.lstsq(X.T, X.T @ y, rcond=None)[0]
''', "wrong-shape"),
    wrong("lsq-projection", "pinv without X", '''
def project_onto_columns(X, y):
    return np.linalg.pinv(X) @ y
''', "wrong-shape"),
    wrong("lsq-projection", "the cosine of y and the columns", '''
def project_onto_columns(X, y):
    return X.T @ y / (np.linalg.norm(X, axis=0) * np.linalg.norm(y))
''', "wrong-shape"),
    wrong("lsq-projection", "forgot to return", '''
def project_onto_columns(X, y):
    beta = np.linalg.lstsq(X, y, rcond=None)[0]
    p = X @ beta
''', "none"),
    wrong("lsq-projection", "first column only", '''
def project_onto_columns(X, y):
    x = X[:, 0]
    return (x @ y) / (x @ x) * x
''', "generic"),
    # -- lsq-projection: right ----------------------------------------------------
    right("lsq-projection", "lstsq", '''
def project_onto_columns(X, y):
    return X @ np.linalg.lstsq(X, y, rcond=None)[0]
'''),
    right("lsq-projection", "pseudo-inverse", '''
def project_onto_columns(X, y):
    return X @ np.linalg.pinv(X) @ y
'''),
    right("lsq-projection", "U U^T from the SVD, zero singular values dropped", '''
def project_onto_columns(X, y):
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    U = U[:, s > 1e-10 * s[0]]
    return U @ (U.T @ y)
'''),
    right("lsq-projection", "scipy lstsq", '''
import scipy.linalg


def project_onto_columns(X, y):
    beta = scipy.linalg.lstsq(X, y)[0]
    return X @ beta
'''),
    right("lsq-projection", "as a list", '''
def project_onto_columns(X, y):
    return list(X @ np.linalg.lstsq(X, y, rcond=None)[0])
'''),
    right("lsq-projection", "pinv hat matrix", '''
def project_onto_columns(X, y):
    H = X @ np.linalg.pinv(X.T @ X) @ X.T
    return H @ y
'''),

    # -- lsq-gram-schmidt: wrong --------------------------------------------------
    wrong("lsq-gram-schmidt", "Q = np.zeros_like(A)", '''
def gram_schmidt(A):
    Q = np.zeros_like(A)
    for j in range(A.shape[1]):
        v = A[:, j] - Q[:, :j] @ (Q[:, :j].T @ A[:, j])
        Q[:, j] = v / np.linalg.norm(v)
    return Q
''', "integer-truncated"),
    wrong("lsq-gram-schmidt", "returns Q and R", '''
def gram_schmidt(A):
    n = A.shape[1]
    Q = np.zeros(A.shape)
    R = np.zeros((n, n))
    for j in range(n):
        v = A[:, j].astype(float)
        for i in range(j):
            R[i, j] = Q[:, i] @ A[:, j]
            v = v - R[i, j] * Q[:, i]
        R[j, j] = np.linalg.norm(v)
        Q[:, j] = v / R[j, j]
    return Q, R
''', "several-values"),
    wrong("lsq-gram-schmidt", "not normalised", '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    V = np.zeros(A.shape)
    for j in range(A.shape[1]):
        v = A[:, j].copy()
        for i in range(j):
            v -= (V[:, i] @ A[:, j]) / (V[:, i] @ V[:, i]) * V[:, i]
        V[:, j] = v
    return V
''', "not-normalised"),
    wrong("lsq-gram-schmidt", "the previous q only", '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    Q = np.zeros(A.shape)
    for j in range(A.shape[1]):
        v = A[:, j].copy()
        if j > 0:
            v -= (Q[:, j - 1] @ v) * Q[:, j - 1]
        Q[:, j] = v / np.linalg.norm(v)
    return Q
''', "known-mistake"),
    wrong("lsq-gram-schmidt", "projections onto the columns of A", '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    Q = np.zeros(A.shape)
    for j in range(A.shape[1]):
        v = A[:, j].copy()
        for i in range(j):
            a = A[:, i]
            v -= (a @ A[:, j]) / (a @ a) * a
        Q[:, j] = v / np.linalg.norm(v)
    return Q
''', "known-mistake"),
    wrong("lsq-gram-schmidt", "np.linalg.qr", '''
def gram_schmidt(A):
    Q, R = np.linalg.qr(A)
    return Q
''', "requirement"),
    wrong("lsq-gram-schmidt", "np.linalg.qr, signs fixed", '''
def gram_schmidt(A):
    Q, R = np.linalg.qr(A)
    return Q * np.sign(np.diag(R))
''', "requirement"),
    wrong("lsq-gram-schmidt", "Q transposed", '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    Q = np.zeros(A.shape)
    for j in range(A.shape[1]):
        v = A[:, j] - Q[:, :j] @ (Q[:, :j].T @ A[:, j])
        Q[:, j] = v / np.linalg.norm(v)
    return Q.T
''', "transposed"),
    wrong("lsq-gram-schmidt", "rows instead of columns", '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    Q = np.zeros(A.shape)
    for j in range(A.shape[0]):
        v = A[j] - Q[:j] @ A[j] @ Q[:j]
        Q[j] = v / np.linalg.norm(v)
    return Q
''', "generic"),
    wrong("lsq-gram-schmidt", "normalised before subtracting", '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    Q = np.zeros(A.shape)
    for j in range(A.shape[1]):
        v = A[:, j] / np.linalg.norm(A[:, j])
        for i in range(j):
            v -= (Q[:, i] @ v) * Q[:, i]
        Q[:, j] = v
    return Q
''', "not-normalised"),
    wrong("lsq-gram-schmidt", "adds the projections", '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    Q = np.zeros(A.shape)
    for j in range(A.shape[1]):
        v = A[:, j] + Q[:, :j] @ (Q[:, :j].T @ A[:, j])
        Q[:, j] = v / np.linalg.norm(v)
    return Q
''', "generic"),
    wrong("lsq-gram-schmidt", "squared norm", '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    Q = np.zeros(A.shape)
    for j in range(A.shape[1]):
        v = A[:, j].copy()
        for i in range(j):
            v -= (Q[:, i] @ v) * Q[:, i]
        Q[:, j] = v / (v @ v)
    return Q
''', "not-normalised"),
    wrong("lsq-gram-schmidt", "integer matrix", '''
def gram_schmidt(A):
    Q = np.zeros(np.shape(A), dtype=int)
    for j in range(np.shape(A)[1]):
        v = A[:, j] - Q[:, :j] @ (Q[:, :j].T @ A[:, j])
        Q[:, j] = v / np.linalg.norm(v)
    return Q
''', "integer-truncated"),
    wrong("lsq-gram-schmidt", "returns R", '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    n = A.shape[1]
    Q, R = np.zeros(A.shape), np.zeros((n, n))
    for j in range(n):
        v = A[:, j].copy()
        for i in range(j):
            R[i, j] = Q[:, i] @ A[:, j]
            v -= R[i, j] * Q[:, i]
        R[j, j] = np.linalg.norm(v)
        Q[:, j] = v / R[j, j]
    return R
''', "wrong-shape"),
    wrong("lsq-gram-schmidt", "overwrites A in place", '''
def gram_schmidt(A):
    for j in range(A.shape[1]):
        for i in range(j):
            A[:, j] -= (A[:, i] @ A[:, j]) * A[:, i]
        A[:, j] /= np.linalg.norm(A[:, j])
    return A
''', "input-mutated"),
    wrong("lsq-gram-schmidt", "the last column forgotten", '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    Q = np.zeros(A.shape)
    for j in range(A.shape[1] - 1):
        v = A[:, j] - Q[:, :j] @ (Q[:, :j].T @ A[:, j])
        Q[:, j] = v / np.linalg.norm(v)
    return Q
''', "off-by-one"),
    wrong("lsq-gram-schmidt", "only normalises", '''
def gram_schmidt(A):
    return A / np.linalg.norm(A, axis=0)
''', "generic"),
    # -- lsq-gram-schmidt: right --------------------------------------------------
    right("lsq-gram-schmidt", "modified Gram-Schmidt", '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    Q = np.zeros(A.shape)
    for j in range(A.shape[1]):
        v = A[:, j].copy()
        for i in range(j):
            v -= (Q[:, i] @ v) * Q[:, i]
        Q[:, j] = v / np.linalg.norm(v)
    return Q
'''),
    right("lsq-gram-schmidt", "classical, vectorised", '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=float)
    Q = np.zeros(A.shape)
    for j in range(A.shape[1]):
        v = A[:, j] - Q[:, :j] @ (Q[:, :j].T @ A[:, j])
        Q[:, j] = v / np.linalg.norm(v)
    return Q
'''),
    right("lsq-gram-schmidt", "a list of columns, stacked", '''
def gram_schmidt(A):
    qs = []
    for a in np.asarray(A, dtype=float).T:
        v = a - sum((q @ a) * q for q in qs)
        qs.append(v / np.sqrt(v @ v))
    return np.column_stack(qs)
'''),
    right("lsq-gram-schmidt", "with R recorded", '''
def gram_schmidt(A):
    A = np.array(A, dtype=float)
    n = A.shape[1]
    Q, R = np.zeros(A.shape), np.zeros((n, n))
    for j in range(n):
        v = A[:, j].copy()
        for i in range(j):
            R[i, j] = Q[:, i] @ A[:, j]
            v -= R[i, j] * Q[:, i]
        R[j, j] = np.linalg.norm(v)
        Q[:, j] = v / R[j, j]
    return Q
'''),
    right("lsq-gram-schmidt", "float32", '''
def gram_schmidt(A):
    A = np.asarray(A, dtype=np.float32)
    Q = np.zeros(A.shape, dtype=np.float32)
    for j in range(A.shape[1]):
        v = A[:, j] - Q[:, :j] @ (Q[:, :j].T @ A[:, j])
        Q[:, j] = v / np.linalg.norm(v)
    return Q
'''),

    # -- lsq-qr: wrong ------------------------------------------------------------
    wrong("lsq-qr", "normal equations after a QR", '''
def lstsq_qr(X, y):
    Q, R = np.linalg.qr(X)
    return np.linalg.solve(X.T @ X, X.T @ y)
''', "known-mistake"),
    wrong("lsq-qr", "R.T @ R is X.T @ X", '''
def lstsq_qr(X, y):
    Q, R = np.linalg.qr(X)
    return np.linalg.solve(R.T @ R, X.T @ y)
''', "known-mistake"),
    wrong("lsq-qr", "normal equations without QR", '''
def lstsq_qr(X, y):
    return np.linalg.inv(X.T @ X) @ X.T @ y
''', "requirement"),
    wrong("lsq-qr", "np.linalg.lstsq", '''
def lstsq_qr(X, y):
    Q, R = np.linalg.qr(X)
    return np.linalg.lstsq(X, y, rcond=None)[0]
''', "requirement"),
    wrong("lsq-qr", "Q @ y", '''
def lstsq_qr(X, y):
    Q, R = np.linalg.qr(X)
    return np.linalg.solve(R, Q @ y)
''', "exception"),
    wrong("lsq-qr", "forgot to solve", '''
def lstsq_qr(X, y):
    Q, R = np.linalg.qr(X)
    return Q.T @ y
''', "known-mistake"),
    wrong("lsq-qr", "substitution from the top", '''
def lstsq_qr(X, y):
    Q, R = np.linalg.qr(X)
    c = Q.T @ y
    beta = np.zeros(len(c))
    for i in range(len(c)):
        beta[i] = (c[i] - R[i, :i] @ beta[:i]) / R[i, i]
    return beta
''', "known-mistake"),
    wrong("lsq-qr", "back substitution stops before row 0", '''
def lstsq_qr(X, y):
    Q, R = np.linalg.qr(X)
    c = Q.T @ y
    d = len(c)
    beta = np.zeros(d)
    for i in range(d - 1, 0, -1):
        beta[i] = (c[i] - R[i, i + 1:] @ beta[i + 1:]) / R[i, i]
    return beta
''', "off-by-one"),
    wrong("lsq-qr", "solves with R.T", '''
def lstsq_qr(X, y):
    Q, R = np.linalg.qr(X)
    return np.linalg.solve(R.T, Q.T @ y)
''', "known-mistake"),
    wrong("lsq-qr", "complete QR", '''
def lstsq_qr(X, y):
    Q, R = np.linalg.qr(X, mode="complete")
    return np.linalg.solve(R, Q.T @ y)
''', "exception"),
    wrong("lsq-qr", "a column vector", '''
def lstsq_qr(X, y):
    Q, R = np.linalg.qr(X)
    return np.linalg.solve(R, Q.T @ y.reshape(-1, 1))
''', "reshaped"),
    wrong("lsq-qr", "integer coefficients", '''
def lstsq_qr(X, y):
    Q, R = np.linalg.qr(X)
    c = Q.T @ y
    d = len(c)
    beta = np.zeros(d, dtype=int)
    for i in range(d - 1, -1, -1):
        beta[i] = (c[i] - R[i, i + 1:] @ beta[i + 1:]) / R[i, i]
    return beta
''', "integer-truncated"),
    wrong("lsq-qr", "while loop never moves", '''
def lstsq_qr(X, y):
    Q, R = np.linalg.qr(X)
    c = Q.T @ y
    d = len(c)
    beta = np.zeros(d)
    i = d - 1
    while i >= 0:
        beta[i] = (c[i] - R[i, i + 1:] @ beta[i + 1:]) / R[i, i]
    return beta
''', "timeout"),
    wrong("lsq-qr", "own Gram-Schmidt", '''
def lstsq_qr(X, y):
    n, d = X.shape
    Q = np.zeros((n, d))
    R = np.zeros((d, d))
    for j in range(d):
        v = X[:, j].copy()
        for i in range(j):
            R[i, j] = Q[:, i] @ X[:, j]
            v = v - R[i, j] * Q[:, i]
        R[j, j] = np.linalg.norm(v)
        Q[:, j] = v / R[j, j]
    return np.linalg.solve(R, Q.T @ y)
''', "requirement"),
    right("lsq-qr", "np.linalg.solve on R", '''
def lstsq_qr(X, y):
    Q, R = np.linalg.qr(X)
    return np.linalg.solve(R, Q.T @ y)
'''),
    right("lsq-qr", "the QR in a helper", '''
def factor(X):
    return np.linalg.qr(X)


def lstsq_qr(X, y):
    Q, R = factor(X)
    return np.linalg.solve(R, Q.T @ y)
'''),
    right("lsq-qr", "scipy solve_triangular", '''
from scipy.linalg import solve_triangular


def lstsq_qr(X, y):
    Q, R = np.linalg.qr(X)
    return solve_triangular(R, Q.T @ y)
'''),
    right("lsq-qr", "back substitution including the diagonal", '''
def lstsq_qr(X, y):
    Q, R = np.linalg.qr(X)
    c = Q.T @ y
    beta = np.zeros(R.shape[1])
    for i in reversed(range(len(beta))):
        beta[i] = (c[i] - R[i, i:] @ beta[i:]) / R[i, i]
    return beta
'''),
    right("lsq-qr", "inverse of R, as a list", '''
def lstsq_qr(X, y):
    Q, R = np.linalg.qr(X)
    return list(np.linalg.inv(R) @ (Q.T @ y))
'''),

    # -- lsq-ridge: wrong ---------------------------------------------------------
    wrong("lsq-ridge", "lambda / 2 (the 1/2 convention)", '''
def ridge_svd(X, y, lam):
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt.T @ np.diag(s / (s**2 + lam / 2)) @ U.T @ y
''', "factor"),
    wrong("lsq-ridge", "no sigma in the numerator", '''
def ridge_svd(X, y, lam):
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt.T @ ((U.T @ y) / (s**2 + lam))
''', "known-mistake"),
    wrong("lsq-ridge", "sigma plus lambda", '''
def ridge_svd(X, y, lam):
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt.T @ ((U.T @ y) / (s + lam))
''', "known-mistake"),
    wrong("lsq-ridge", "lambda squared", '''
def ridge_svd(X, y, lam):
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt.T @ (s / (s**2 + lam**2) * (U.T @ y))
''', "known-mistake"),
    wrong("lsq-ridge", "least squares, lambda ignored", '''
def ridge_svd(X, y, lam):
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt.T @ ((U.T @ y) / s)
''', "known-mistake"),
    wrong("lsq-ridge", "factor 2 on lambda", '''
def ridge_svd(X, y, lam):
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt.T @ (s / (s**2 + 2 * lam) * (U.T @ y))
''', "factor"),
    wrong("lsq-ridge", "Vt instead of V", '''
def ridge_svd(X, y, lam):
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt @ (s / (s**2 + lam) * (U.T @ y))
''', "transposed"),
    wrong("lsq-ridge", "normal equations, no SVD", '''
def ridge_svd(X, y, lam):
    d = X.shape[1]
    return np.linalg.solve(X.T @ X + lam * np.eye(d), X.T @ y)
''', "requirement"),
    wrong("lsq-ridge", "sklearn Ridge", '''
from sklearn.linear_model import Ridge


def ridge_svd(X, y, lam):
    return Ridge(alpha=lam, fit_intercept=False).fit(X, y).coef_
''', "requirement"),
    wrong("lsq-ridge", "U instead of U^T", '''
def ridge_svd(X, y, lam):
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt.T @ (s / (s**2 + lam) * (y @ U.T))
''', "exception"),
    wrong("lsq-ridge", "lambda times n", '''
def ridge_svd(X, y, lam):
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt.T @ (s / (s**2 + lam * len(y)) * (U.T @ y))
''', "factor-quantity"),
    wrong("lsq-ridge", "full matrices", '''
def ridge_svd(X, y, lam):
    U, s, Vt = np.linalg.svd(X)
    return Vt.T @ (s / (s**2 + lam) * (U.T @ y))
''', "exception"),
    wrong("lsq-ridge", "shrinks the fitted values", '''
def ridge_svd(X, y, lam):
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    return U @ (s**2 / (s**2 + lam) * (U.T @ y))
''', "wrong-shape"),
    wrong("lsq-ridge", "sigma squared over sigma plus lambda", '''
def ridge_svd(X, y, lam):
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt.T @ (s**2 / (s**2 + lam) * (U.T @ y))
''', "generic"),
    wrong("lsq-ridge", "prints beta", '''
def ridge_svd(X, y, lam):
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    print(Vt.T @ (s / (s**2 + lam) * (U.T @ y)))
''', "printed-not-returned"),
    wrong("lsq-ridge", "lambda subtracted", '''
def ridge_svd(X, y, lam):
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt.T @ (s / (s**2 - lam) * (U.T @ y))
''', "generic"),
    # -- lsq-ridge: right ---------------------------------------------------------
    right("lsq-ridge", "the SVD formula", '''
def ridge_svd(X, y, lam):
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt.T @ (s / (s**2 + lam) * (U.T @ y))
'''),
    right("lsq-ridge", "with np.diag", '''
def ridge_svd(X, y, lam):
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt.T @ np.diag(s / (s**2 + lam)) @ U.T @ y
'''),
    right("lsq-ridge", "a loop over the components", '''
def ridge_svd(X, y, lam):
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    beta = np.zeros(X.shape[1])
    for i in range(len(s)):
        beta += s[i] / (s[i] ** 2 + lam) * (U[:, i] @ y) * Vt[i]
    return beta
'''),
    right("lsq-ridge", "scipy svd", '''
import scipy.linalg


def ridge_svd(X, y, lam):
    U, s, Vt = scipy.linalg.svd(X, full_matrices=False)
    return Vt.T @ (s / (s**2 + lam) * (U.T @ y))
'''),
    right("lsq-ridge", "full SVD, sliced", '''
def ridge_svd(X, y, lam):
    U, s, Vt = np.linalg.svd(X)
    d = len(s)
    return Vt.T @ (s / (s**2 + lam) * (U[:, :d].T @ y))
'''),
]
