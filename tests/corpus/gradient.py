"""Learner answers for the gradient practice notebook (exercises/gradient.md).

Written to be what learners actually type: A x - b for a non-symmetric A, a
missing ½, the sign of b; a least-squares gradient without its 2 or with a 1/n, a
residual that broadcasts (n, 1) against (n,) to (n, n); a penalised logistic
gradient summed instead of averaged, with y - p, with exp(z) / (1 + exp(z)) that
overflows, penalising the bias, with 2·lam or lam/2, or the plain (imported)
log-loss gradient; a directional derivative with an unnormalised u or times ‖u‖;
critical points classified from a Hessian taken at the origin, by the diagonal,
without a zero case, with any zero as inconclusive, with a tolerance too tight for
finite differences or absolute; and correct answers in other valid forms (einsum,
loops, a SymPy column, scipy's expit, np.gradient-free loops, float32 where it is
precise enough).
"""

from . import right, wrong

ENTRIES = [
    # -- grad-quadratic: wrong ------------------------------------------------------
    wrong("grad-quadratic", "A x - b (symmetric A only)", '''
def quadratic_gradient(A, b, x):
    return A @ x - b
''', "known-mistake"),
    wrong("grad-quadratic", "no ½: (A + A^T) x - b", '''
def quadratic_gradient(A, b, x):
    return (A + A.T) @ x - b
''', "known-mistake"),
    wrong("grad-quadratic", "+ b", '''
def quadratic_gradient(A, b, x):
    return 0.5 * (A + A.T) @ x + b
''', "known-mistake"),
    wrong("grad-quadratic", "the chapter's (A + A^T) x, no b", '''
def quadratic_gradient(A, b, x):
    return (A + A.T) @ x
''', "generic"),
    wrong("grad-quadratic", "the value", '''
def quadratic_gradient(A, b, x):
    return 0.5 * x @ A @ x - b @ x
''', "wrong-shape"),
    wrong("grad-quadratic", "elementwise", '''
def quadratic_gradient(A, b, x):
    return 0.5 * (A + A.T) * x - b
''', "wrong-shape"),
    wrong("grad-quadratic", "forgot return", '''
def quadratic_gradient(A, b, x):
    g = 0.5 * (A + A.T) @ x - b
''', "none"),
    wrong("grad-quadratic", "printed", '''
def quadratic_gradient(A, b, x):
    print(0.5 * (A + A.T) @ x - b)
''', "printed-not-returned"),
    # -- grad-quadratic: right ------------------------------------------------------
    right("grad-quadratic", "the symmetric part", '''
def quadratic_gradient(A, b, x):
    S = (A + A.T) / 2
    return S @ x - b
'''),
    right("grad-quadratic", "x @ (A + A.T) / 2 - b", '''
def quadratic_gradient(A, b, x):
    return x @ (A + A.T) / 2 - b
'''),
    right("grad-quadratic", "loops", '''
def quadratic_gradient(A, b, x):
    n = len(x)
    g = np.zeros(n)
    for k in range(n):
        for j in range(n):
            g[k] += 0.5 * (A[k, j] + A[j, k]) * x[j]
        g[k] -= b[k]
    return g
'''),
    right("grad-quadratic", "a SymPy column", '''
import sympy as sp

def quadratic_gradient(A, b, x):
    return sp.Matrix(0.5 * (A + A.T) @ x - b)
'''),
    right("grad-quadratic", "einsum", '''
def quadratic_gradient(A, b, x):
    return 0.5 * (np.einsum("kj,j->k", A, x) + np.einsum("jk,j->k", A, x)) - b
'''),
    # -- grad-least-squares ---------------------------------------------------------
    wrong("grad-least-squares", "no 2", '''
def sse_gradient(w, X, y):
    return X.T @ (X @ w - y)
''', "factor"),
    wrong("grad-least-squares", "mean: 2/n", '''
def sse_gradient(w, X, y):
    return 2 * X.T @ (X @ w - y) / len(y)
''', "factor-quantity"),
    wrong("grad-least-squares", "y - Xw", '''
def sse_gradient(w, X, y):
    return 2 * X.T @ (y - X @ w)
''', "wrong-sign"),
    wrong("grad-least-squares", "broadcast (n, 1) - (n,)", '''
def sse_gradient(w, X, y):
    return 2 * X.T @ (X @ w - y)
''', "wrong-shape"),
    wrong("grad-least-squares", "ravel everything, return flat", '''
def sse_gradient(w, X, y):
    r = X @ w.ravel() - y.ravel()
    return 2 * X.T @ r
''', "reshaped"),
    wrong("grad-least-squares", "reshape y to a column always", '''
def sse_gradient(w, X, y):
    r = X @ w - y.reshape(-1, 1)
    return 2 * X.T @ r
''', "wrong-shape"),
    wrong("grad-least-squares", "X (Xw - y) without transpose", '''
def sse_gradient(w, X, y):
    return 2 * X @ (X @ w - y)
''', "exception"),
    wrong("grad-least-squares", "the loss itself", '''
def sse_gradient(w, X, y):
    return np.sum((X @ w - y) ** 2)
''', "wrong-shape"),
    wrong("grad-least-squares", "2 X^T X w, forgot y", '''
def sse_gradient(w, X, y):
    w = np.ravel(w)
    return (2 * X.T @ X @ w).reshape(-1, 1) if False else 2 * X.T @ X @ w
''', "generic"),
    wrong("grad-least-squares", "squeeze then reshape to w, no 2", '''
def sse_gradient(w, X, y):
    r = X @ np.ravel(w) - np.ravel(y)
    return (X.T @ r).reshape(np.shape(w))
''', "factor"),
    right("grad-least-squares", "ravel and reshape", '''
def sse_gradient(w, X, y):
    r = X @ np.ravel(w) - np.ravel(y)
    return (2 * X.T @ r).reshape(np.shape(w))
'''),
    right("grad-least-squares", "work in columns, reshape back", '''
def sse_gradient(w, X, y):
    wc = np.reshape(w, (-1, 1))
    yc = np.reshape(y, (-1, 1))
    g = 2 * X.T @ (X @ wc - yc)
    return g.reshape(np.shape(w))
'''),
    right("grad-least-squares", "normal-equation form", '''
def sse_gradient(w, X, y):
    g = 2 * (X.T @ X @ np.ravel(w) - X.T @ np.ravel(y))
    return g.reshape(np.shape(w))
'''),
    right("grad-least-squares", "loops", '''
def sse_gradient(w, X, y):
    wf, yf = np.ravel(w), np.ravel(y)
    g = np.zeros(len(wf))
    for i in range(len(yf)):
        r = X[i] @ wf - yf[i]
        g += 2 * r * X[i]
    return g.reshape(np.shape(w))
'''),
    wrong("grad-least-squares", "X^T r without the 2, reshaped", '''
def sse_gradient(w, X, y):
    r = (X @ np.ravel(w) - np.ravel(y))
    return (X.T @ r / len(r)).reshape(np.shape(w))
''', "factor"),
    wrong("grad-least-squares", "(Xw - y) X, broadcasting", '''
def sse_gradient(w, X, y):
    return 2 * np.sum((X @ w - y) * X, axis=0)
''', "exception"),
    wrong("grad-least-squares", "keeps a column for a flat w", '''
def sse_gradient(w, X, y):
    r = X @ np.reshape(w, (-1, 1)) - np.reshape(y, (-1, 1))
    return 2 * X.T @ r
''', "reshaped"),
    # -- grad-logistic: wrong -------------------------------------------------------
    wrong("grad-logistic", "penalises the bias", '''
def penalised_logistic_gradient(w, X, y, lam):
    z = X @ w
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    return X.T @ (p - y) / len(y) + lam * w
''', "known-mistake"),
    wrong("grad-logistic", "the plain gradient, imported", '''
def penalised_logistic_gradient(w, X, y, lam):
    from mfml.calculus import logistic_gradient
    return logistic_gradient(w, X, y)
''', "known-mistake"),
    wrong("grad-logistic", "2 lam w", '''
def penalised_logistic_gradient(w, X, y, lam):
    z = X @ w
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    pen = lam * np.asarray(w, dtype=float)
    pen[0] = 0.0
    return X.T @ (p - y) / len(y) + 2 * pen
''', "known-mistake"),
    wrong("grad-logistic", "lam / 2 w", '''
def penalised_logistic_gradient(w, X, y, lam):
    z = X @ w
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    pen = lam * np.asarray(w, dtype=float)
    pen[0] = 0.0
    return X.T @ (p - y) / len(y) + pen / 2
''', "known-mistake"),
    wrong("grad-logistic", "sum, no 1/n", '''
def penalised_logistic_gradient(w, X, y, lam):
    z = X @ w
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    pen = lam * np.asarray(w, dtype=float)
    pen[0] = 0.0
    return X.T @ (p - y) + pen
''', "factor-quantity"),
    wrong("grad-logistic", "divided by len(w)", '''
def penalised_logistic_gradient(w, X, y, lam):
    z = X @ w
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    pen = lam * np.asarray(w, dtype=float)
    pen[0] = 0.0
    return X.T @ (p - y) / len(w) + pen
''', "factor-quantity"),
    wrong("grad-logistic", "y - p", '''
def penalised_logistic_gradient(w, X, y, lam):
    z = X @ w
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    pen = lam * np.asarray(w, dtype=float)
    pen[0] = 0.0
    return X.T @ (y - p) / len(y) + pen
''', "wrong-sign"),
    wrong("grad-logistic", "y - p and - lam w", '''
def penalised_logistic_gradient(w, X, y, lam):
    z = X @ w
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    pen = lam * np.asarray(w, dtype=float)
    pen[0] = 0.0
    return X.T @ (y - p) / len(y) - pen
''', "wrong-sign"),
    wrong("grad-logistic", "exp(z) / (1 + exp(z))", '''
def penalised_logistic_gradient(w, X, y, lam):
    z = X @ w
    p = np.exp(z) / (1 + np.exp(z))
    pen = lam * np.asarray(w, dtype=float)
    pen[0] = 0.0
    return X.T @ (p - y) / len(y) + pen
''', "overflow"),
    wrong("grad-logistic", "X @ instead of X.T @", '''
def penalised_logistic_gradient(w, X, y, lam):
    z = X @ w
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    pen = lam * np.asarray(w, dtype=float)
    pen[0] = 0.0
    return X @ (p - y) / len(y) + pen
''', "exception"),
    wrong("grad-logistic", "changes w in place", '''
def penalised_logistic_gradient(w, X, y, lam):
    z = X @ w
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    w[0] = 0.0
    return X.T @ (p - y) / len(y) + lam * w
''', "input-mutated"),
    # -- grad-logistic: right -------------------------------------------------------
    right("grad-logistic", "scipy.special.expit", '''
from scipy.special import expit

def penalised_logistic_gradient(w, X, y, lam):
    pen = lam * w.copy()
    pen[0] = 0
    return X.T @ (expit(X @ w) - y) / len(y) + pen
'''),
    right("grad-logistic", "plain sigmoid 1 / (1 + exp(-z)) (inf gives 0)", '''
def penalised_logistic_gradient(w, X, y, lam):
    with np.errstate(over="ignore"):
        p = 1 / (1 + np.exp(-(X @ w)))
    return X.T @ (p - y) / len(y) + lam * np.r_[0, w[1:]]
'''),
    right("grad-logistic", "the imported gradient plus the penalty", '''
def penalised_logistic_gradient(w, X, y, lam):
    from mfml.calculus import logistic_gradient
    return logistic_gradient(w, X, y) + lam * np.concatenate([[0.0], w[1:]])
'''),
    right("grad-logistic", "a loop over the samples, tanh sigmoid", '''
def penalised_logistic_gradient(w, X, y, lam):
    g = np.zeros(len(w))
    for xi, yi in zip(X, y):
        p = 0.5 * (1 + np.tanh(0.5 * (xi @ w)))
        g += (p - yi) * xi
    g /= len(y)
    g[1:] += lam * w[1:]
    return g
'''),
    # -- grad-directional ----------------------------------------------------------
    wrong("grad-directional", "g @ u", '''
def directional_derivative(g, u):
    return g @ u
''', "not-normalised"),
    wrong("grad-directional", "divided by u @ u", '''
def directional_derivative(g, u):
    return g @ u / (u @ u)
''', "not-normalised"),
    wrong("grad-directional", "the steepest slope", '''
def directional_derivative(g, u):
    return np.linalg.norm(g)
''', "known-mistake"),
    wrong("grad-directional", "normalised g instead of u", '''
def directional_derivative(g, u):
    return g @ u / np.linalg.norm(g)
''', "factor-quantity"),
    wrong("grad-directional", "the cosine only", '''
def directional_derivative(g, u):
    return g @ u / (np.linalg.norm(g) * np.linalg.norm(u))
''', "factor-quantity"),
    wrong("grad-directional", "elementwise product", '''
def directional_derivative(g, u):
    return g * u / np.linalg.norm(u)
''', "wrong-shape"),
    wrong("grad-directional", "the projection vector", '''
def directional_derivative(g, u):
    return (g @ u) / (u @ u) * u
''', "wrong-shape"),
    wrong("grad-directional", "absolute value", '''
def directional_derivative(g, u):
    return abs(g @ u) / np.linalg.norm(u)
''', "wrong-sign"),
    right("grad-directional", "normalise first", '''
def directional_derivative(g, u):
    u = u / np.linalg.norm(u)
    return g @ u
'''),
    right("grad-directional", "sqrt of u @ u", '''
def directional_derivative(g, u):
    return np.dot(g, u) / np.sqrt(np.dot(u, u))
'''),
    right("grad-directional", "norm times cosine", '''
def directional_derivative(g, u):
    cos = g @ u / (np.linalg.norm(g) * np.linalg.norm(u))
    return np.linalg.norm(g) * cos
'''),
    wrong("grad-directional", "u normalised in place, returning u", '''
def directional_derivative(g, u):
    u = u / np.linalg.norm(u)
    return u
''', "wrong-shape"),
    wrong("grad-directional", "squared norm of u in the numerator", '''
def directional_derivative(g, u):
    return g @ u * np.linalg.norm(u)
''', "not-normalised"),
    wrong("grad-directional", "forgot return", '''
def directional_derivative(g, u):
    d = g @ u / np.linalg.norm(u)
''', "none"),
    right("grad-directional", "float32 arithmetic", '''
def directional_derivative(g, u):
    g32, u32 = np.float32(g), np.float32(u)
    return g32 @ u32 / np.linalg.norm(u32)
'''),
    # -- grad-classify: wrong -------------------------------------------------------
    wrong("grad-classify", "the Hessian at the origin", '''
def classify_at(grad, x):
    x = np.asarray(x, dtype=float)
    n, h = len(x), 1e-5
    H = np.zeros((n, n))
    for j in range(n):
        e = np.zeros(n)
        e[j] = h
        H[:, j] = (grad(e) - grad(-e)) / (2 * h)
    lam = np.linalg.eigvalsh((H + H.T) / 2)
    tol = 1e-6 * np.max(np.abs(lam))
    pos, neg = lam > tol, lam < -tol
    if pos.any() and neg.any():
        return "saddle"
    if pos.all():
        return "minimum"
    if neg.all():
        return "maximum"
    return "inconclusive"
''', "known-mistake"),
    wrong("grad-classify", "no inconclusive case", '''
def classify_at(grad, x):
    x = np.asarray(x, dtype=float)
    n, h = len(x), 1e-5
    H = np.zeros((n, n))
    for j in range(n):
        e = np.zeros(n)
        e[j] = h
        H[:, j] = (grad(x + e) - grad(x - e)) / (2 * h)
    lam = np.linalg.eigvalsh((H + H.T) / 2)
    if np.all(lam >= 0):
        return "minimum"
    if np.all(lam <= 0):
        return "maximum"
    return "saddle"
''', "known-mistake"),
    wrong("grad-classify", "any zero eigenvalue is inconclusive", '''
def classify_at(grad, x):
    x = np.asarray(x, dtype=float)
    n, h = len(x), 1e-5
    H = np.zeros((n, n))
    for j in range(n):
        e = np.zeros(n)
        e[j] = h
        H[:, j] = (grad(x + e) - grad(x - e)) / (2 * h)
    lam = np.linalg.eigvalsh((H + H.T) / 2)
    tol = 1e-6 * np.max(np.abs(lam))
    if np.any(np.abs(lam) <= tol):
        return "inconclusive"
    pos, neg = lam > tol, lam < -tol
    if pos.any() and neg.any():
        return "saddle"
    if pos.all():
        return "minimum"
    if neg.all():
        return "maximum"
    return "inconclusive"
''', "known-mistake"),
    wrong("grad-classify", "the chapter's 1e-10 tolerance", '''
def classify_at(grad, x):
    x = np.asarray(x, dtype=float)
    n, h = len(x), 1e-5
    H = np.zeros((n, n))
    for j in range(n):
        e = np.zeros(n)
        e[j] = h
        H[:, j] = (grad(x + e) - grad(x - e)) / (2 * h)
    lam = np.linalg.eigvalsh((H + H.T) / 2)
    tol = 1e-10 * np.max(np.abs(lam))
    pos, neg = lam > tol, lam < -tol
    if pos.any() and neg.any():
        return "saddle"
    if pos.all():
        return "minimum"
    if neg.all():
        return "maximum"
    return "inconclusive"
''', "known-mistake"),
    wrong("grad-classify", "no tolerance", '''
def classify_at(grad, x):
    x = np.asarray(x, dtype=float)
    n, h = len(x), 1e-5
    H = np.zeros((n, n))
    for j in range(n):
        e = np.zeros(n)
        e[j] = h
        H[:, j] = (grad(x + e) - grad(x - e)) / (2 * h)
    lam = np.linalg.eigvalsh((H + H.T) / 2)
    tol = 0.0
    pos, neg = lam > tol, lam < -tol
    if pos.any() and neg.any():
        return "saddle"
    if pos.all():
        return "minimum"
    if neg.all():
        return "maximum"
    return "inconclusive"
''', "known-mistake"),
    wrong("grad-classify", "absolute tolerance 1e-6", '''
def classify_at(grad, x):
    x = np.asarray(x, dtype=float)
    n, h = len(x), 1e-5
    H = np.zeros((n, n))
    for j in range(n):
        e = np.zeros(n)
        e[j] = h
        H[:, j] = (grad(x + e) - grad(x - e)) / (2 * h)
    lam = np.linalg.eigvalsh((H + H.T) / 2)
    tol = 1e-6
    pos, neg = lam > tol, lam < -tol
    if pos.any() and neg.any():
        return "saddle"
    if pos.all():
        return "minimum"
    if neg.all():
        return "maximum"
    return "inconclusive"
''', "known-mistake"),
    wrong("grad-classify", "the diagonal", '''
def classify_at(grad, x):
    x = np.asarray(x, dtype=float)
    n, h = len(x), 1e-5
    H = np.zeros((n, n))
    for j in range(n):
        e = np.zeros(n)
        e[j] = h
        H[:, j] = (grad(x + e) - grad(x - e)) / (2 * h)
    lam = np.diag(H)
    tol = 1e-6 * np.max(np.abs(lam))
    pos, neg = lam > tol, lam < -tol
    if pos.any() and neg.any():
        return "saddle"
    if pos.all():
        return "minimum"
    if neg.all():
        return "maximum"
    return "inconclusive"
''', "known-mistake"),
    wrong("grad-classify", "determinant test", '''
def classify_at(grad, x):
    x = np.asarray(x, dtype=float)
    n, h = len(x), 1e-5
    H = np.zeros((n, n))
    for j in range(n):
        e = np.zeros(n)
        e[j] = h
        H[:, j] = (grad(x + e) - grad(x - e)) / (2 * h)
    det = np.linalg.det(H)
    if det < 0:
        return "saddle"
    return "minimum" if H[0, 0] > 0 else "maximum"
''', "known-mistake"),
    wrong("grad-classify", "returns the eigenvalues", '''
def classify_at(grad, x):
    x = np.asarray(x, dtype=float)
    n, h = len(x), 1e-5
    H = np.zeros((n, n))
    for j in range(n):
        e = np.zeros(n)
        e[j] = h
        H[:, j] = (grad(x + e) - grad(x - e)) / (2 * h)
    lam = np.linalg.eigvalsh((H + H.T) / 2)
    return lam
''', "wrong-type"),
    right("grad-classify", "forward differences, h = 1e-5 (accurate enough here)", '''
def classify_at(grad, x):
    x = np.asarray(x, dtype=float)
    n, h = len(x), 1e-5
    H = np.zeros((n, n))
    for j in range(n):
        e = np.zeros(n)
        e[j] = h
        H[:, j] = (grad(x + e) - grad(x)) / h
    lam = np.linalg.eigvalsh((H + H.T) / 2)
    tol = 1e-6 * np.max(np.abs(lam))
    pos, neg = lam > tol, lam < -tol
    if pos.any() and neg.any():
        return "saddle"
    if pos.all():
        return "minimum"
    if neg.all():
        return "maximum"
    return "inconclusive"
'''),
    # -- grad-classify: right -------------------------------------------------------
    right("grad-classify", "central differences, relative tolerance", '''
def classify_at(grad, x):
    x = np.asarray(x, dtype=float)
    n, h = len(x), 1e-5
    H = np.zeros((n, n))
    for j in range(n):
        e = np.zeros(n)
        e[j] = h
        H[:, j] = (grad(x + e) - grad(x - e)) / (2 * h)
    lam = np.linalg.eigvalsh((H + H.T) / 2)
    tol = 1e-6 * np.max(np.abs(lam))
    pos, neg = lam > tol, lam < -tol
    if pos.any() and neg.any():
        return "saddle"
    if pos.all():
        return "minimum"
    if neg.all():
        return "maximum"
    return "inconclusive"
'''),
    right("grad-classify", "numerical_gradient of each gradient component", '''
def classify_at(grad, x):
    from mfml.gradcheck import numerical_gradient
    x = np.asarray(x, dtype=float)
    H = np.array([numerical_gradient(lambda v, i=i: grad(v)[i], x) for i in range(len(x))])
    lam = np.linalg.eigvalsh((H + H.T) / 2)
    tol = 1e-6 * np.max(np.abs(lam))
    signs = {int(np.sign(l)) for l in lam if abs(l) > tol}
    if signs == {1, -1}:
        return "saddle"
    if len(signs) == 1 and sum(abs(l) > tol for l in lam) == len(lam):
        return "minimum" if signs == {1} else "maximum"
    return "inconclusive"
'''),
    right("grad-classify", "counting signs, capitalised words", '''
def classify_at(grad, x):
    x = np.asarray(x, dtype=float)
    n, h = len(x), 1e-5
    H = np.zeros((n, n))
    for j in range(n):
        e = np.zeros(n)
        e[j] = h
        H[:, j] = (grad(x + e) - grad(x - e)) / (2 * h)
    lam = np.linalg.eigvalsh((H + H.T) / 2)
    tol = 1e-6 * abs(lam).max()
    n_pos, n_neg = int(np.sum(lam > tol)), int(np.sum(lam < -tol))
    if n_pos and n_neg:
        return "Saddle"
    if n_pos == len(lam):
        return "Minimum"
    if n_neg == len(lam):
        return "Maximum"
    return "Inconclusive"
'''),
    # -- more wrong answers ---------------------------------------------------------
    wrong("grad-quadratic", "A^T x - b", '''
def quadratic_gradient(A, b, x):
    return A.T @ x - b
''', "generic"),
    wrong("grad-quadratic", "the Hessian", '''
def quadratic_gradient(A, b, x):
    return 0.5 * (A + A.T)
''', "wrong-shape"),
    wrong("grad-quadratic", "changes A in place", '''
def quadratic_gradient(A, b, x):
    A += A.T
    return 0.5 * A @ x - b
''', "input-mutated"),
    wrong("grad-logistic", "the loss, not its gradient", '''
def penalised_logistic_gradient(w, X, y, lam):
    z = X @ w
    return np.mean(np.logaddexp(0, z) - y * z) + lam / 2 * np.sum(w[1:] ** 2)
''', "wrong-shape"),
    wrong("grad-logistic", "no sigmoid", '''
def penalised_logistic_gradient(w, X, y, lam):
    return X.T @ (X @ w - y) / len(y) + lam * np.r_[0.0, w[1:]]
''', "generic"),
    wrong("grad-logistic", "forgot return", '''
from scipy.special import expit

def penalised_logistic_gradient(w, X, y, lam):
    g = X.T @ (expit(X @ w) - y) / len(y) + lam * np.r_[0.0, w[1:]]
''', "none"),
    wrong("grad-classify", "typo in the word", '''
def classify_at(grad, x):
    return "minimun"
''', "generic"),
    wrong("grad-classify", "True for a minimum", '''
def classify_at(grad, x):
    return True
''', "wrong-type"),
    # -- more right answers ---------------------------------------------------------
    right("grad-logistic", "logaddexp-free, np.where on a copy", '''
def penalised_logistic_gradient(w, X, y, lam):
    z = X @ w
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    mask = np.ones_like(w)
    mask[0] = 0
    return (p - y) @ X / len(y) + lam * mask * w
'''),
]
