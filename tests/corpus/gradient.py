"""Learner answers for the gradient practice notebook (exercises/gradient.md).

Written to be what learners actually type: 2 A x for a non-symmetric quadratic form,
A x alone, a least-squares gradient without its 2 or with a 1/n, a residual that
broadcasts (n, 1) against (n,) to (n, n), a logistic gradient summed instead of
averaged, with y - p, with exp(z) / (1 + exp(z)) that overflows; a directional
derivative with an unnormalised u; critical points classified by the determinant,
the diagonal, without a zero case or without a tolerance; and correct answers in
other valid forms (einsum, loops, scipy's expit, np.sign counts, sympy-free
variants, float32 where it is precise enough).
"""

from . import right, wrong

ENTRIES = [
    # -- grad-quadratic: wrong ------------------------------------------------------
    wrong("grad-quadratic", "2 A x", '''
def quadratic_gradient(A, x):
    return 2 * A @ x
''', "known-mistake"),
    wrong("grad-quadratic", "A x", '''
def quadratic_gradient(A, x):
    return A @ x
''', "known-mistake"),
    wrong("grad-quadratic", "A^T x", '''
def quadratic_gradient(A, x):
    return A.T @ x
''', "known-mistake"),
    wrong("grad-quadratic", "the value x^T A x", '''
def quadratic_gradient(A, x):
    return x @ A @ x
''', "wrong-shape"),
    wrong("grad-quadratic", "x^T (A + A^T) as a row, then 2", '''
def quadratic_gradient(A, x):
    return 2 * x @ (A + A.T)
''', "factor"),
    wrong("grad-quadratic", "elementwise A * x", '''
def quadratic_gradient(A, x):
    return (A + A.T) * x
''', "wrong-shape"),
    wrong("grad-quadratic", "forgot return", '''
def quadratic_gradient(A, x):
    g = (A + A.T) @ x
''', "none"),
    wrong("grad-quadratic", "the Hessian", '''
def quadratic_gradient(A, x):
    return A + A.T
''', "wrong-shape"),
    wrong("grad-quadratic", "A A^T x", '''
def quadratic_gradient(A, x):
    return A @ A.T @ x
''', "generic"),
    # -- grad-quadratic: right ------------------------------------------------------
    right("grad-quadratic", "A x + A^T x", '''
def quadratic_gradient(A, x):
    return A @ x + A.T @ x
'''),
    right("grad-quadratic", "x @ (A + A.T), a flat x", '''
def quadratic_gradient(A, x):
    return x @ (A + A.T)
'''),
    right("grad-quadratic", "loops", '''
def quadratic_gradient(A, x):
    n = len(x)
    g = np.zeros(n)
    for k in range(n):
        for j in range(n):
            g[k] += A[k, j] * x[j] + A[j, k] * x[j]
    return g
'''),
    right("grad-quadratic", "2 S x with the symmetric part", '''
def quadratic_gradient(A, x):
    S = (A + A.T) / 2
    return 2 * S @ x
'''),
    # -- grad-least-squares: wrong --------------------------------------------------
    wrong("grad-least-squares", "no 2", '''
def sse_gradient(X, y, w):
    return X.T @ (X @ w - y)
''', "factor"),
    wrong("grad-least-squares", "mean: 2/n", '''
def sse_gradient(X, y, w):
    return 2 * X.T @ (X @ w - y) / len(y)
''', "factor-quantity"),
    wrong("grad-least-squares", "y - Xw", '''
def sse_gradient(X, y, w):
    return 2 * X.T @ (y - X @ w)
''', "wrong-sign"),
    wrong("grad-least-squares", "broadcast (n, 1) - (n,)", '''
def sse_gradient(X, y, w):
    return 2 * X.T @ (X @ w - y)
''', "wrong-shape"),
    wrong("grad-least-squares", "ravel everything, return flat", '''
def sse_gradient(X, y, w):
    r = X @ w.ravel() - y.ravel()
    return 2 * X.T @ r
''', "reshaped"),
    wrong("grad-least-squares", "reshape y to a column always", '''
def sse_gradient(X, y, w):
    r = X @ w - y.reshape(-1, 1)
    return 2 * X.T @ r
''', "wrong-shape"),
    wrong("grad-least-squares", "X (Xw - y) without transpose", '''
def sse_gradient(X, y, w):
    return 2 * X @ (X @ w - y)
''', "exception"),
    wrong("grad-least-squares", "the loss itself", '''
def sse_gradient(X, y, w):
    return np.sum((X @ w - y) ** 2)
''', "wrong-shape"),
    wrong("grad-least-squares", "2 X^T X w, forgot y", '''
def sse_gradient(X, y, w):
    w = np.ravel(w)
    return (2 * X.T @ X @ w).reshape(-1, 1) if False else 2 * X.T @ X @ w
''', "generic"),
    wrong("grad-least-squares", "squeeze then reshape to w, no 2", '''
def sse_gradient(X, y, w):
    r = X @ np.ravel(w) - np.ravel(y)
    return (X.T @ r).reshape(np.shape(w))
''', "factor"),
    # -- grad-least-squares: right --------------------------------------------------
    right("grad-least-squares", "ravel and reshape", '''
def sse_gradient(X, y, w):
    r = X @ np.ravel(w) - np.ravel(y)
    return (2 * X.T @ r).reshape(np.shape(w))
'''),
    right("grad-least-squares", "work in columns, reshape back", '''
def sse_gradient(X, y, w):
    wc = np.reshape(w, (-1, 1))
    yc = np.reshape(y, (-1, 1))
    g = 2 * X.T @ (X @ wc - yc)
    return g.reshape(np.shape(w))
'''),
    right("grad-least-squares", "normal-equation form", '''
def sse_gradient(X, y, w):
    g = 2 * (X.T @ X @ np.ravel(w) - X.T @ np.ravel(y))
    return g.reshape(np.shape(w))
'''),
    right("grad-least-squares", "loops", '''
def sse_gradient(X, y, w):
    wf, yf = np.ravel(w), np.ravel(y)
    g = np.zeros(len(wf))
    for i in range(len(yf)):
        r = X[i] @ wf - yf[i]
        g += 2 * r * X[i]
    return g.reshape(np.shape(w))
'''),
    # -- grad-logistic: wrong -------------------------------------------------------
    wrong("grad-logistic", "sum, no 1/n", '''
def logistic_gradient(w, X, y):
    p = 1 / (1 + np.exp(-(X @ w)))
    return X.T @ (p - y)
''', "factor-quantity"),
    wrong("grad-logistic", "y - p", '''
def logistic_gradient(w, X, y):
    p = 1 / (1 + np.exp(-(X @ w)))
    return X.T @ (y - p) / len(y)
''', "wrong-sign"),
    wrong("grad-logistic", "exp(z) / (1 + exp(z))", '''
def logistic_gradient(w, X, y):
    z = X @ w
    p = np.exp(z) / (1 + np.exp(z))
    return X.T @ (p - y) / len(y)
''', "overflow"),
    wrong("grad-logistic", "sigmoid with the wrong sign", '''
def logistic_gradient(w, X, y):
    p = 1 / (1 + np.exp(X @ w))
    return X.T @ (p - y) / len(y)
''', "generic"),
    wrong("grad-logistic", "the linear-regression gradient", '''
def logistic_gradient(w, X, y):
    return X.T @ (X @ w - y) / len(y)
''', "generic"),
    wrong("grad-logistic", "missing the sigmoid derivative confusion: p(1-p)", '''
def logistic_gradient(w, X, y):
    p = 1 / (1 + np.exp(-(X @ w)))
    return X.T @ ((p - y) * p * (1 - p)) / len(y)
''', "generic"),
    wrong("grad-logistic", "X @ instead of X.T @", '''
def logistic_gradient(w, X, y):
    p = 1 / (1 + np.exp(-(X @ w)))
    return X @ (p - y) / len(y)
''', "exception"),
    wrong("grad-logistic", "divided by the number of weights", '''
def logistic_gradient(w, X, y):
    p = 1 / (1 + np.exp(-(X @ w)))
    return X.T @ (p - y) / len(w)
''', "factor"),
    wrong("grad-logistic", "the loss, not its gradient", '''
def logistic_gradient(w, X, y):
    z = X @ w
    return np.mean(np.logaddexp(0, z) - y * z)
''', "wrong-shape"),
    wrong("grad-logistic", "2/n as in least squares", '''
def logistic_gradient(w, X, y):
    p = 1 / (1 + np.exp(-(X @ w)))
    return 2 * X.T @ (p - y) / len(y)
''', "factor"),
    # -- grad-logistic: right -------------------------------------------------------
    right("grad-logistic", "plain sigmoid 1 / (1 + exp(-z)) (inf gives 0)", '''
def logistic_gradient(w, X, y):
    with np.errstate(over="ignore"):
        p = 1 / (1 + np.exp(-(X @ w)))
    return X.T @ (p - y) / len(y)
'''),
    right("grad-logistic", "scipy.special.expit", '''
def logistic_gradient(w, X, y):
    from scipy.special import expit
    return X.T @ (expit(X @ w) - y) / len(y)
'''),
    right("grad-logistic", "tanh form of the sigmoid", '''
def logistic_gradient(w, X, y):
    p = 0.5 * (1 + np.tanh(0.5 * (X @ w)))
    return X.T @ (p - y) / len(y)
'''),
    right("grad-logistic", "a loop over the samples, stable sigmoid", '''
def logistic_gradient(w, X, y):
    g = np.zeros(len(w))
    for x_i, y_i in zip(X, y):
        z = x_i @ w
        p = 1 / (1 + np.exp(-z)) if z >= 0 else np.exp(z) / (1 + np.exp(z))
        g += (p - y_i) * x_i
    return g / len(y)
'''),
    # -- grad-directional: wrong ----------------------------------------------------
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
    # -- grad-directional: right ----------------------------------------------------
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
    # -- grad-classify: wrong -------------------------------------------------------
    wrong("grad-classify", "no inconclusive case", '''
def classify_critical_point(H):
    lam = np.linalg.eigvalsh(H)
    if np.all(lam >= 0):
        return "minimum"
    if np.all(lam <= 0):
        return "maximum"
    return "saddle"
''', "known-mistake"),
    wrong("grad-classify", "no tolerance", '''
def classify_critical_point(H):
    lam = np.linalg.eigvalsh(H)
    if np.any(lam > 0) and np.any(lam < 0):
        return "saddle"
    if np.all(lam > 0):
        return "minimum"
    if np.all(lam < 0):
        return "maximum"
    return "inconclusive"
''', "known-mistake"),
    wrong("grad-classify", "absolute tolerance", '''
def classify_critical_point(H):
    lam = np.linalg.eigvalsh(H)
    pos, neg = lam > 1e-10, lam < -1e-10
    if pos.any() and neg.any():
        return "saddle"
    if pos.all():
        return "minimum"
    if neg.all():
        return "maximum"
    return "inconclusive"
''', "known-mistake"),
    wrong("grad-classify", "determinant test", '''
def classify_critical_point(H):
    d = np.linalg.det(H)
    if abs(d) < 1e-12:
        return "inconclusive"
    if d < 0:
        return "saddle"
    return "minimum" if H[0, 0] > 0 else "maximum"
''', "known-mistake"),
    wrong("grad-classify", "the diagonal", '''
def classify_critical_point(H):
    d = np.diag(H)
    if (d > 0).all():
        return "minimum"
    if (d < 0).all():
        return "maximum"
    if (d > 0).any() and (d < 0).any():
        return "saddle"
    return "inconclusive"
''', "known-mistake"),
    wrong("grad-classify", "trace sign", '''
def classify_critical_point(H):
    t = np.trace(H)
    return "minimum" if t > 0 else "maximum"
''', "generic"),
    wrong("grad-classify", "returns the eigenvalues", '''
def classify_critical_point(H):
    return np.linalg.eigvalsh(H)
''', "wrong-type"),
    wrong("grad-classify", "min and max swapped", '''
def classify_critical_point(H):
    lam = np.linalg.eigvalsh(H)
    tol = 1e-10 * np.max(np.abs(lam))
    pos, neg = lam > tol, lam < -tol
    if pos.any() and neg.any():
        return "saddle"
    if pos.all():
        return "maximum"
    if neg.all():
        return "minimum"
    return "inconclusive"
''', "generic"),
    wrong("grad-classify", "a zero eigenvalue means saddle", '''
def classify_critical_point(H):
    lam = np.linalg.eigvalsh(H)
    tol = 1e-10 * np.max(np.abs(lam))
    if np.all(lam > tol):
        return "minimum"
    if np.all(lam < -tol):
        return "maximum"
    return "saddle"
''', "generic"),
    # -- grad-classify: right -------------------------------------------------------
    right("grad-classify", "relative tolerance, capitalised words", '''
def classify_critical_point(H):
    lam = np.linalg.eigvalsh(H)
    tol = 1e-10 * np.max(np.abs(lam))
    if np.any(lam > tol) and np.any(lam < -tol):
        return "Saddle"
    if np.all(lam > tol):
        return "Minimum"
    if np.all(lam < -tol):
        return "Maximum"
    return "Inconclusive"
'''),
    right("grad-classify", "counting signs", '''
def classify_critical_point(H):
    lam = np.linalg.eigvalsh(H)
    s = np.where(np.abs(lam) <= 1e-10 * np.abs(lam).max(), 0, np.sign(lam))
    if 1 in s and -1 in s:
        return "saddle"
    if 0 in s:
        return "inconclusive"
    return "minimum" if s[0] == 1 else "maximum"
'''),
    right("grad-classify", "eigvals of a symmetric matrix, real part", '''
def classify_critical_point(H):
    lam = np.linalg.eigvals(H).real
    big = np.max(np.abs(lam))
    pos = lam > 1e-10 * big
    neg = lam < -1e-10 * big
    if pos.any() and neg.any():
        return "saddle"
    if pos.all():
        return "minimum"
    if neg.all():
        return "maximum"
    return "inconclusive"
'''),
    # -- more wrong answers ---------------------------------------------------------
    wrong("grad-quadratic", "(A + A^T) x / 2", '''
def quadratic_gradient(A, x):
    return (A + A.T) @ x / 2
''', "factor"),
    wrong("grad-quadratic", "minus sign", '''
def quadratic_gradient(A, x):
    return -(A + A.T) @ x
''', "wrong-sign"),
    wrong("grad-quadratic", "printed", '''
def quadratic_gradient(A, x):
    print((A + A.T) @ x)
''', "printed-not-returned"),
    wrong("grad-least-squares", "X^T r without the 2, reshaped", '''
def sse_gradient(X, y, w):
    r = (X @ np.ravel(w) - np.ravel(y))
    return (X.T @ r / len(r)).reshape(np.shape(w))
''', "factor"),
    wrong("grad-least-squares", "(Xw - y) X, broadcasting", '''
def sse_gradient(X, y, w):
    return 2 * np.sum((X @ w - y) * X, axis=0)
''', "exception"),
    wrong("grad-least-squares", "keeps a column for a flat w", '''
def sse_gradient(X, y, w):
    r = X @ np.reshape(w, (-1, 1)) - np.reshape(y, (-1, 1))
    return 2 * X.T @ r
''', "reshaped"),
    wrong("grad-logistic", "p from the log-odds inverted", '''
def logistic_gradient(w, X, y):
    z = X @ w
    p = np.log(1 + np.exp(z))
    return X.T @ (p - y) / len(y)
''', "generic"),
    wrong("grad-logistic", "returns the mean of the errors", '''
def logistic_gradient(w, X, y):
    p = 1 / (1 + np.exp(-(X @ w)))
    return np.mean(p - y)
''', "wrong-shape"),
    wrong("grad-logistic", "sum then mean of the vector", '''
def logistic_gradient(w, X, y):
    p = 1 / (1 + np.exp(-(X @ w)))
    return (X.T @ (p - y)) / X.size
''', "factor-quantity"),
    wrong("grad-directional", "u normalised in place, returning u", '''
def directional_derivative(g, u):
    u = u / np.linalg.norm(u)
    return u
''', "wrong-shape"),
    wrong("grad-directional", "squared norm of u in the numerator", '''
def directional_derivative(g, u):
    return g @ u * np.linalg.norm(u)
''', "factor"),
    wrong("grad-directional", "forgot return", '''
def directional_derivative(g, u):
    d = g @ u / np.linalg.norm(u)
''', "none"),
    wrong("grad-classify", "typo in the word", '''
def classify_critical_point(H):
    lam = np.linalg.eigvalsh(H)
    tol = 1e-10 * np.max(np.abs(lam))
    pos, neg = lam > tol, lam < -tol
    if pos.any() and neg.any():
        return "saddle point"
    if pos.all():
        return "minimum"
    if neg.all():
        return "maximum"
    return "inconclusive"
''', "generic"),
    wrong("grad-classify", "True for a minimum", '''
def classify_critical_point(H):
    return bool(np.all(np.linalg.eigvalsh(H) > 0))
''', "wrong-type"),
    wrong("grad-classify", "only the smallest eigenvalue", '''
def classify_critical_point(H):
    lam = np.linalg.eigvalsh(H)
    if lam[0] > 0:
        return "minimum"
    if lam[0] < 0:
        return "maximum"
    return "inconclusive"
''', "generic"),
    # -- more right answers ---------------------------------------------------------
    right("grad-quadratic", "einsum", '''
def quadratic_gradient(A, x):
    return np.einsum("kj,j->k", A, x) + np.einsum("jk,j->k", A, x)
'''),
    right("grad-directional", "float32 arithmetic", '''
def directional_derivative(g, u):
    g32, u32 = np.float32(g), np.float32(u)
    return g32 @ u32 / np.linalg.norm(u32)
'''),
]
