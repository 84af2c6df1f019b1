"""Learner answers for the partial derivatives practice notebook
(exercises/partial_derivatives.md).

Written to be what learners actually type: a Jacobian stacked by rows of
inputs (its transpose), shifted points made by ``x.copy()`` of an integer
array, a step added to ``x`` in place, a forward difference (huge or small
step), the chapter's row-by-row ``numerical_gradient`` copied; a Hessian with
one mixed entry, the product rule forgotten, x and y swapped; the MSE partials
without the 2, with a sum, with the residual's sign flipped, in the wrong
order; the line through the origin, an (b, b) entry of 1, ``lstsq``,
``polyfit`` and their aliases; and correct answers in other valid forms (a
loop over outputs, SymPy, a Cramer's-rule solve, centred data, float32).
"""

from . import right, wrong

ENTRIES = [
    # -- pd-jacobian: wrong ---------------------------------------------------------
    wrong("pd-jacobian", "rows are inputs (transposed)", '''
def numerical_jacobian(f, x):
    x = np.asarray(x, dtype=float)
    h = 1e-6
    rows = []
    for j in range(len(x)):
        e = np.zeros(len(x))
        e[j] = h
        rows.append((f(x + e) - f(x - e)) / (2 * h))
    return np.array(rows)
''', "transposed"),
    wrong("pd-jacobian", "x.copy() of an integer x", '''
def numerical_jacobian(f, x):
    h = 1e-6
    cols = []
    for j in range(len(x)):
        up, down = x.copy(), x.copy()
        up[j] += h
        down[j] -= h
        cols.append((f(up) - f(down)) / (2 * h))
    return np.column_stack(cols)
''', "integer-truncated"),
    wrong("pd-jacobian", "step added to x in place", '''
def numerical_jacobian(f, x):
    x = np.asarray(x, dtype=float) if np.asarray(x).dtype.kind != "f" else x
    h = 1e-6
    cols = []
    for j in range(len(x)):
        x[j] += h
        up = f(x)
        x[j] -= 2 * h
        down = f(x)
        cols.append((up - down) / (2 * h))
    return np.column_stack(cols)
''', "input-mutated"),
    wrong("pd-jacobian", "forgot the 2 in the central difference", '''
def numerical_jacobian(f, x):
    x = np.asarray(x, dtype=float)
    h = 1e-6
    cols = []
    for j in range(len(x)):
        e = np.zeros(len(x))
        e[j] = h
        cols.append((f(x + e) - f(x - e)) / h)
    return np.column_stack(cols)
''', "factor"),
    wrong("pd-jacobian", "forward difference with h = 0.1", '''
def numerical_jacobian(f, x):
    x = np.asarray(x, dtype=float)
    h = 0.1
    cols = []
    for j in range(len(x)):
        e = np.zeros(len(x))
        e[j] = h
        cols.append((f(x + e) - f(x)) / h)
    return np.column_stack(cols)
''', "generic"),
    wrong("pd-jacobian", "square (n, n) assumed", '''
def numerical_jacobian(f, x):
    x = np.asarray(x, dtype=float)
    n = len(x)
    J = np.zeros((n, n))
    h = 1e-6
    for j in range(n):
        e = np.zeros(n)
        e[j] = h
        J[:, j] = (f(x + e) - f(x - e)) / (2 * h)
    return J
''', "exception"),
    wrong("pd-jacobian", "returns None", '''
def numerical_jacobian(f, x):
    x = np.asarray(x, dtype=float)
    h = 1e-6
    cols = []
    for j in range(len(x)):
        e = np.zeros(len(x))
        e[j] = h
        cols.append((f(x + e) - f(x - e)) / (2 * h))
    J = np.column_stack(cols)
''', "none"),
    wrong("pd-jacobian", "h so small that round-off wins", '''
def numerical_jacobian(f, x):
    x = np.asarray(x, dtype=float)
    h = 1e-15
    cols = []
    for j in range(len(x)):
        e = np.zeros(len(x))
        e[j] = h
        cols.append((f(x + e) - f(x - e)) / (2 * h))
    return np.column_stack(cols)
''', "generic"),
    wrong("pd-jacobian", "sum over outputs: a gradient", '''
def numerical_jacobian(f, x):
    x = np.asarray(x, dtype=float)
    h = 1e-6
    g = np.zeros(len(x))
    for j in range(len(x)):
        e = np.zeros(len(x))
        e[j] = h
        g[j] = np.sum(f(x + e) - f(x - e)) / (2 * h)
    return g
''', "wrong-shape"),
    wrong("pd-jacobian", "np.gradient of f(x)", '''
def numerical_jacobian(f, x):
    return np.gradient(f(np.asarray(x, dtype=float)))
''', "wrong-shape"),
    wrong("pd-jacobian", "step in every coordinate at once", '''
def numerical_jacobian(f, x):
    x = np.asarray(x, dtype=float)
    h = 1e-6
    col = (f(x + h) - f(x - h)) / (2 * h)
    return np.column_stack([col] * len(x))
''', "generic"),
    # -- pd-jacobian: right ---------------------------------------------------------
    right("pd-jacobian", "the solution: columns by central differences", '''
def numerical_jacobian(f, x):
    x = np.asarray(x, dtype=float)
    h = 1e-6
    cols = []
    for j in range(len(x)):
        e = np.zeros(len(x))
        e[j] = h
        cols.append((f(x + e) - f(x - e)) / (2 * h))
    return np.column_stack(cols)
'''),
    right("pd-jacobian", "filled into np.zeros((m, n))", '''
def numerical_jacobian(f, x):
    x = np.array(x, dtype=float)
    m, n = len(f(x)), len(x)
    J = np.zeros((m, n))
    for j in range(n):
        up, down = x.copy(), x.copy()
        up[j] += 1e-5
        down[j] -= 1e-5
        J[:, j] = (f(up) - f(down)) / 2e-5
    return J
'''),
    # pd review: the chapter's version copied answered the exercise; it now asks
    # for the differences written by hand
    wrong("pd-jacobian", "rows from mfml.gradcheck, as in the chapter", '''
from mfml.gradcheck import numerical_gradient

def numerical_jacobian(f, x):
    m = len(f(np.asarray(x, dtype=float)))
    return np.array([numerical_gradient(lambda v, i=i: f(v)[i], x) for i in range(m)])
''', "requirement"),
    # the exercise asks for central differences: a forward one passed before the
    # review added exp(8 x0) and rtol = 1e-8 (it is at best ~2e-8 off there)
    wrong("pd-jacobian", "forward difference with h = 1e-8", '''
def numerical_jacobian(f, x):
    x = np.asarray(x, dtype=float)
    fx = f(x)
    J = np.empty((len(fx), len(x)))
    for j in range(len(x)):
        e = np.zeros(len(x))
        e[j] = 1e-8
        J[:, j] = (f(x + e) - fx) / 1e-8
    return J
''', "inaccurate"),
    right("pd-jacobian", "identity matrix of steps, transposed at the end", '''
def numerical_jacobian(f, x):
    x = x.astype(float)
    h = 1e-6
    E = h * np.eye(len(x))
    return np.array([(f(x + e) - f(x - e)) / (2 * h) for e in E]).T
'''),    wrong("pd-jacobian", "forward difference, h = 1e-6", """
def numerical_jacobian(f, x):
    x = np.asarray(x, dtype=float)
    h = 1e-6
    cols = []
    for j in range(len(x)):
        e = np.zeros_like(x)
        e[j] = h
        cols.append((f(x + e) - f(x)) / h)
    return np.column_stack(cols)
""", "inaccurate"),
    wrong("pd-jacobian", "forward difference, h = 1e-7", """
def numerical_jacobian(f, x):
    x = np.asarray(x, dtype=float)
    h = 1e-7
    cols = []
    for j in range(len(x)):
        e = np.zeros_like(x)
        e[j] = h
        cols.append((f(x + e) - f(x)) / h)
    return np.column_stack(cols)
""", "inaccurate"),
    wrong("pd-jacobian", "forward difference, h = 1e-8, zeros_like", """
def numerical_jacobian(f, x):
    x = np.asarray(x, dtype=float)
    h = 1e-8
    cols = []
    for j in range(len(x)):
        e = np.zeros_like(x)
        e[j] = h
        cols.append((f(x + e) - f(x)) / h)
    return np.column_stack(cols)
""", "inaccurate"),
    right("pd-jacobian", "central difference, h = 1e-5", """
def numerical_jacobian(f, x):
    x = np.asarray(x, dtype=float)
    h = 1e-5
    cols = []
    for j in range(len(x)):
        e = np.zeros_like(x)
        e[j] = h
        cols.append((f(x + e) - f(x - e)) / (2 * h))
    return np.column_stack(cols)
"""),
    # -- pd-hessian: wrong ----------------------------------------------------------
    wrong("pd-hessian", "upper triangle only", """
def hessian_f(x, y):
    s, c = np.sin(x * y), np.cos(x * y)
    return np.array([[2 * y**3 - y**2 * s, 6 * x * y**2 + c - x * y * s],
                     [0.0, 6 * x**2 * y - x**2 * s]])
""", "known-mistake"),
    wrong("pd-hessian", "product rule forgotten in the mixed partial", """
def hessian_f(x, y):
    s, c = np.sin(x * y), np.cos(x * y)
    fxy = 6 * x * y**2 + c
    return np.array([[2 * y**3 - y**2 * s, fxy], [fxy, 6 * x**2 * y - x**2 * s]])
""", "known-mistake"),
    wrong("pd-hessian", "x and y swapped", """
def hessian_f(x, y):
    x, y = y, x
    s, c = np.sin(x * y), np.cos(x * y)
    fxy = 6 * x * y**2 + c - x * y * s
    return np.array([[2 * y**3 - y**2 * s, fxy], [fxy, 6 * x**2 * y - x**2 * s]])
""", "known-mistake"),
    wrong("pd-hessian", "sin differentiated to -cos", """
def hessian_f(x, y):
    s, c = np.sin(x * y), np.cos(x * y)
    fxy = 6 * x * y**2 - c - x * y * s
    return np.array([[2 * y**3 + y**2 * s, fxy], [fxy, 6 * x**2 * y + x**2 * s]])
""", "generic"),
    wrong("pd-hessian", "the gradient instead of the Hessian", """
def hessian_f(x, y):
    return np.array([2 * x * y**3 + y * np.cos(x * y),
                     3 * x**2 * y**2 + x * np.cos(x * y)])
""", "wrong-shape"),
    wrong("pd-hessian", "chain rule forgotten inside sin", """
def hessian_f(x, y):
    s, c = np.sin(x * y), np.cos(x * y)
    fxy = 6 * x * y**2 + c
    return np.array([[2 * y**3 - s, fxy], [fxy, 6 * x**2 * y - s]])
""", "generic"),
    wrong("pd-hessian", "f_yy with 3 instead of 6", """
def hessian_f(x, y):
    s, c = np.sin(x * y), np.cos(x * y)
    fxy = 6 * x * y**2 + c - x * y * s
    return np.array([[2 * y**3 - y**2 * s, fxy], [fxy, 3 * x**2 * y - x**2 * s]])
""", "generic"),
    wrong("pd-hessian", "mixed partial 6 x y without the square", """
def hessian_f(x, y):
    s, c = np.sin(x * y), np.cos(x * y)
    fxy = 6 * x * y + c - x * y * s
    return np.array([[2 * y**3 - y**2 * s, fxy], [fxy, 6 * x**2 * y - x**2 * s]])
""", "generic"),
    wrong("pd-hessian", "returns a nested list of the diagonal only", """
def hessian_f(x, y):
    s = np.sin(x * y)
    return [2 * y**3 - y**2 * s, 6 * x**2 * y - x**2 * s]
""", "wrong-shape"),
    wrong("pd-hessian", "printed, not returned", """
def hessian_f(x, y):
    s, c = np.sin(x * y), np.cos(x * y)
    fxy = 6 * x * y**2 + c - x * y * s
    print(np.array([[2 * y**3 - y**2 * s, fxy], [fxy, 6 * x**2 * y - x**2 * s]]))
""", "printed-not-returned"),
    # -- pd-hessian: right ----------------------------------------------------------
    right("pd-hessian", "the solution", """
def hessian_f(x, y):
    s, c = np.sin(x * y), np.cos(x * y)
    f_xy = 6 * x * y**2 + c - x * y * s
    return np.array([[2 * y**3 - y**2 * s, f_xy], [f_xy, 6 * x**2 * y - x**2 * s]])
"""),
    right("pd-hessian", "SymPy's hessian, lambdified", """
X_, Y_ = sp.symbols("x y")
_H = sp.lambdify((X_, Y_), sp.hessian(X_**2 * Y_**3 + sp.sin(X_ * Y_), (X_, Y_)), "numpy")

def hessian_f(x, y):
    return np.array(_H(x, y), dtype=float)
"""),
    right("pd-hessian", "math module, a list of lists", """
def hessian_f(x, y):
    s, c = math.sin(x * y), math.cos(x * y)
    m = 6 * x * y * y + c - x * y * s
    return [[2 * y**3 - y * y * s, m], [m, 6 * x * x * y - x * x * s]]
"""),
    right("pd-hessian", "filled entry by entry", """
def hessian_f(x, y):
    H = np.zeros((2, 2))
    H[0, 0] = 2 * y**3 - y**2 * np.sin(x * y)
    H[1, 1] = 6 * x**2 * y - x**2 * np.sin(x * y)
    H[0, 1] = 6 * x * y**2 + np.cos(x * y) - x * y * np.sin(x * y)
    H[1, 0] = H[0, 1]
    return H
"""),
    right("pd-hessian", "float32 result", """
def hessian_f(x, y):
    s, c = np.sin(x * y), np.cos(x * y)
    f_xy = 6 * x * y**2 + c - x * y * s
    return np.array([[2 * y**3 - y**2 * s, f_xy], [f_xy, 6 * x**2 * y - x**2 * s]],
                    dtype=np.float32)
"""),
    # -- pd-mse-partials: wrong -----------------------------------------------------
    wrong("pd-mse-partials", "no factor 2", """
def mse_partials(w, b, x, y):
    r = w * x + b - y
    return np.array([np.mean(x * r), np.mean(r)])
""", "factor"),
    wrong("pd-mse-partials", "sum instead of mean", """
def mse_partials(w, b, x, y):
    r = w * x + b - y
    return np.array([2 * np.sum(x * r), 2 * np.sum(r)])
""", "factor-quantity"),
    wrong("pd-mse-partials", "residual y - prediction", """
def mse_partials(w, b, x, y):
    r = y - (w * x + b)
    return np.array([2 * np.mean(x * r), 2 * np.mean(r)])
""", "wrong-sign"),
    wrong("pd-mse-partials", "order (dL/db, dL/dw)", """
def mse_partials(w, b, x, y):
    r = w * x + b - y
    return np.array([2 * np.mean(r), 2 * np.mean(x * r)])
""", "wrong-order"),
    wrong("pd-mse-partials", "x missing in dL/dw", """
def mse_partials(w, b, x, y):
    r = w * x + b - y
    return np.array([2 * np.mean(r), 2 * np.mean(r)])
""", "generic"),
    wrong("pd-mse-partials", "the loss, not its partials", """
def mse_partials(w, b, x, y):
    return np.mean((w * x + b - y) ** 2)
""", "wrong-shape"),
    wrong("pd-mse-partials", "a tuple of arrays (no reduction)", """
def mse_partials(w, b, x, y):
    r = w * x + b - y
    return 2 / len(x) * x * r, 2 / len(x) * r
""", "several-values"),
    wrong("pd-mse-partials", "bias partial with x too", """
def mse_partials(w, b, x, y):
    r = w * x + b - y
    return np.array([2 * np.mean(x * r), 2 * np.mean(x * r)])
""", "generic"),
    wrong("pd-mse-partials", "squared x in dL/dw", """
def mse_partials(w, b, x, y):
    r = w * x + b - y
    return np.array([2 * np.mean(x**2 * r), 2 * np.mean(r)])
""", "generic"),
    wrong("pd-mse-partials", "divided by n - 1", """
def mse_partials(w, b, x, y):
    r = w * x + b - y
    n = len(x)
    return np.array([2 / (n - 1) * x @ r, 2 / (n - 1) * r.sum()])
""", "factor"),
    # -- pd-mse-partials: right -----------------------------------------------------
    right("pd-mse-partials", "the solution", """
def mse_partials(w, b, x, y):
    r = w * x + b - y
    n = len(x)
    return np.array([2 / n * x @ r, 2 / n * r.sum()])
"""),
    right("pd-mse-partials", "np.mean and a list", """
def mse_partials(w, b, x, y):
    r = w * x + b - y
    return [2 * np.mean(r * x), 2 * np.mean(r)]
"""),
    right("pd-mse-partials", "a loop over samples", """
def mse_partials(w, b, x, y):
    dw = db = 0.0
    for xi, yi in zip(x, y):
        r = w * xi + b - yi
        dw += 2 * r * xi
        db += 2 * r
    return np.array([dw, db]) / len(x)
"""),
    right("pd-mse-partials", "the design matrix form", """
def mse_partials(w, b, x, y):
    A = np.column_stack([x, np.ones(len(x))])
    return 2 / len(x) * A.T @ (A @ np.array([w, b]) - y)
"""),
    right("pd-mse-partials", "mfml.gradcheck itself", """
from mfml.gradcheck import numerical_gradient

def mse_partials(w, b, x, y):
    return numerical_gradient(lambda p: np.mean((p[0] * x + p[1] - y) ** 2), [w, b])
"""),
    # -- pd-normal-equations: wrong -------------------------------------------------
    wrong("pd-normal-equations", "line through the origin", """
def fit_line(x, y):
    return np.array([x @ y / (x @ x), 0.0])
""", "known-mistake"),
    wrong("pd-normal-equations", "(b, b) entry 1", """
def fit_line(x, y):
    M = np.array([[x @ x, x.sum()], [x.sum(), 1.0]])
    return np.linalg.solve(M, np.array([x @ y, y.sum()]))
""", "known-mistake"),
    wrong("pd-normal-equations", "lstsq", """
def fit_line(x, y):
    A = np.column_stack([x, np.ones(len(x))])
    return np.linalg.lstsq(A, y, rcond=None)[0]
""", "requirement"),
    wrong("pd-normal-equations", "polyfit", """
def fit_line(x, y):
    return np.polyfit(x, y, 1)
""", "requirement"),
    wrong("pd-normal-equations", "(b, w) order", """
def fit_line(x, y):
    M = np.array([[len(x), x.sum()], [x.sum(), x @ x]])
    return np.linalg.solve(M, np.array([y.sum(), x @ y]))
""", "wrong-order"),
    wrong("pd-normal-equations", "right-hand sides swapped", """
def fit_line(x, y):
    M = np.array([[x @ x, x.sum()], [x.sum(), len(x)]])
    return np.linalg.solve(M, np.array([y.sum(), x @ y]))
""", "generic"),
    wrong("pd-normal-equations", "slope from means, bias forgotten", """
def fit_line(x, y):
    w = np.sum((x - x.mean()) * (y - y.mean())) / np.sum((x - x.mean()) ** 2)
    return np.array([w, 0.0])
""", "generic"),
    wrong("pd-normal-equations", "sum of x squared as (sum x) squared", """
def fit_line(x, y):
    M = np.array([[x.sum() ** 2, x.sum()], [x.sum(), len(x)]])
    return np.linalg.solve(M, np.array([x @ y, y.sum()]))
""", "generic"),
    wrong("pd-normal-equations", "b = mean(y) without the slope", """
def fit_line(x, y):
    w = (x @ y) / (x @ x)
    return np.array([w, y.mean()])
""", "generic"),
    wrong("pd-normal-equations", "inverse of x^T x times a tuple", """
def fit_line(x, y):
    M = np.array([[x @ x, x.sum()], [x.sum(), len(x)]])
    return np.linalg.inv(M) @ np.array([x @ y, y.sum()]), M
""", "several-values"),
    # -- pd-normal-equations: right -------------------------------------------------
    right("pd-normal-equations", "the solution", """
def fit_line(x, y):
    M = np.array([[x @ x, x.sum()], [x.sum(), len(x)]])
    return np.linalg.solve(M, np.array([x @ y, y.sum()]))
"""),
    right("pd-normal-equations", "Cramer's rule", """
def fit_line(x, y):
    n, sx, sy, sxx, sxy = len(x), x.sum(), y.sum(), x @ x, x @ y
    det = sxx * n - sx * sx
    return np.array([(sxy * n - sx * sy) / det, (sxx * sy - sx * sxy) / det])
"""),
    right("pd-normal-equations", "centred data", """
def fit_line(x, y):
    xc, yc = x - x.mean(), y - y.mean()
    w = (xc @ yc) / (xc @ xc)
    return np.array([w, y.mean() - w * x.mean()])
"""),
    right("pd-normal-equations", "a tuple (w, b)", """
def fit_line(x, y):
    M = np.array([[np.sum(x**2), np.sum(x)], [np.sum(x), x.size]])
    w, b = np.linalg.solve(M, [np.sum(x * y), np.sum(y)])
    return w, b
"""),
    right("pd-normal-equations", "the design matrix's normal equations", """
def fit_line(x, y):
    A = np.column_stack([x, np.ones_like(x)])
    return np.linalg.solve(A.T @ A, A.T @ y)
"""),
    # pd review: routes round the rule "no lstsq, pinv or polyfit" that passed
    wrong("pd-normal-equations", "lstsq imported under another name", """
def fit_line(x, y):
    from numpy.linalg import lstsq as ls
    return ls(np.column_stack([x, np.ones(len(x))]), y, rcond=None)[0]
""", "requirement"),
    wrong("pd-normal-equations", "pinv imported at the top", """
from numpy.linalg import pinv


def fit_line(x, y):
    return pinv(np.column_stack([x, np.ones(len(x))])) @ y
""", "requirement"),
    wrong("pd-normal-equations", "lstsq aliased at the top", """
ls = np.linalg.lstsq


def fit_line(x, y):
    return ls(np.column_stack([x, np.ones(len(x))]), y, rcond=None)[0]
""", "requirement"),
    wrong("pd-normal-equations", "lstsq found by getattr", """
def fit_line(x, y):
    route = getattr(np.linalg, "lst" + "sq")
    return route(np.column_stack([x, np.ones(len(x))]), y, rcond=None)[0]
""", "requirement"),
    wrong("pd-normal-equations", "scipy.stats.linregress imported at the top", """
from scipy.stats import linregress


def fit_line(x, y):
    fit = linregress(x, y)
    return np.array([fit.slope, fit.intercept])
""", "requirement"),
    wrong("pd-normal-equations", "QR of the tall matrix, then solve", """
def fit_line(x, y):
    Q, R = np.linalg.qr(np.column_stack([x, np.ones(len(x))]))
    return np.linalg.solve(R, Q.T @ y)
""", "requirement"),
    wrong("pd-normal-equations", "solve on the tall system", """
def fit_line(x, y):
    return np.linalg.solve(np.column_stack([x, np.ones(len(x))]), y)
""", "exception"),
    right("pd-normal-equations", "solve imported under another name", """
from numpy.linalg import solve as sv
import numpy.linalg as la


def fit_line(x, y):
    M = la.inv(np.array([[x @ x, x.sum()], [x.sum(), len(x)]]))
    return sv(np.linalg.inv(M), np.array([x @ y, y.sum()]))
"""),
    right("pd-normal-equations", "scipy.linalg.solve on the 2 x 2 system", """
def fit_line(x, y):
    import scipy.linalg
    M = np.array([[x @ x, x.sum()], [x.sum(), len(x)]])
    return scipy.linalg.solve(M, np.array([x @ y, y.sum()]))
"""),    # -- more wrong answers, one per exercise block ----------------------------------
    wrong("pd-jacobian", "h divides only the first column", """
def numerical_jacobian(f, x):
    x = np.asarray(x, dtype=float)
    h = 1e-6
    J = []
    for j in range(len(x)):
        e = np.zeros(len(x))
        e[j] = h
        d = f(x + e) - f(x - e)
        J.append(d / (2 * h) if j == 0 else d)
    return np.column_stack(J)
""", "generic"),
    wrong("pd-jacobian", "range(len(x) - 1)", """
def numerical_jacobian(f, x):
    x = np.asarray(x, dtype=float)
    h = 1e-6
    cols = []
    for j in range(len(x) - 1):
        e = np.zeros(len(x))
        e[j] = h
        cols.append((f(x + e) - f(x - e)) / (2 * h))
    return np.column_stack(cols)
""", "wrong-shape"),
    wrong("pd-jacobian", "shifted point not reset between columns", """
def numerical_jacobian(f, x):
    xp = np.array(x, dtype=float)
    xm = np.array(x, dtype=float)
    h = 1e-6
    cols = []
    for j in range(len(xp)):
        xp[j] += h
        xm[j] -= h
        cols.append((f(xp) - f(xm)) / (2 * h))
    return np.column_stack(cols)
""", "generic"),
    wrong("pd-jacobian", "float32 step arithmetic", """
def numerical_jacobian(f, x):
    x = np.asarray(x, dtype=np.float32)
    h = np.float32(1e-6)
    cols = []
    for j in range(len(x)):
        e = np.zeros(len(x), dtype=np.float32)
        e[j] = h
        cols.append((f(x + e) - f(x - e)) / (2 * h))
    return np.column_stack(cols)
""", "generic"),
    wrong("pd-jacobian", "flattened to one vector", """
def numerical_jacobian(f, x):
    x = np.asarray(x, dtype=float)
    h = 1e-6
    cols = []
    for j in range(len(x)):
        e = np.zeros(len(x))
        e[j] = h
        cols.append((f(x + e) - f(x - e)) / (2 * h))
    return np.concatenate(cols)
""", "wrong-shape"),
    wrong("pd-hessian", "mixed partial halved", """
def hessian_f(x, y):
    s, c = np.sin(x * y), np.cos(x * y)
    fxy = (6 * x * y**2 + c - x * y * s) / 2
    return np.array([[2 * y**3 - y**2 * s, fxy], [fxy, 6 * x**2 * y - x**2 * s]])
""", "generic"),
    wrong("pd-hessian", "f_xx without the sin term", """
def hessian_f(x, y):
    s, c = np.sin(x * y), np.cos(x * y)
    fxy = 6 * x * y**2 + c - x * y * s
    return np.array([[2 * y**3, fxy], [fxy, 6 * x**2 * y - x**2 * s]])
""", "generic"),
    wrong("pd-hessian", "diagonal entries swapped", """
def hessian_f(x, y):
    s, c = np.sin(x * y), np.cos(x * y)
    fxy = 6 * x * y**2 + c - x * y * s
    return np.array([[6 * x**2 * y - x**2 * s, fxy], [fxy, 2 * y**3 - y**2 * s]])
""", "generic"),
    wrong("pd-hessian", "sign of the sin terms flipped", """
def hessian_f(x, y):
    s, c = np.sin(x * y), np.cos(x * y)
    fxy = 6 * x * y**2 + c + x * y * s
    return np.array([[2 * y**3 + y**2 * s, fxy], [fxy, 6 * x**2 * y + x**2 * s]])
""", "generic"),
    wrong("pd-hessian", "degrees: np.deg2rad inside sin", """
def hessian_f(x, y):
    t = np.deg2rad(x * y)
    s, c = np.sin(t), np.cos(t)
    fxy = 6 * x * y**2 + c - x * y * s
    return np.array([[2 * y**3 - y**2 * s, fxy], [fxy, 6 * x**2 * y - x**2 * s]])
""", "generic"),
    wrong("pd-mse-partials", "residual squared in the partials", """
def mse_partials(w, b, x, y):
    r = w * x + b - y
    return np.array([2 * np.mean(x * r**2), 2 * np.mean(r**2)])
""", "generic"),
    wrong("pd-mse-partials", "b left out of the residual", """
def mse_partials(w, b, x, y):
    r = w * x - y
    return np.array([2 * np.mean(x * r), 2 * np.mean(r)])
""", "generic"),
    wrong("pd-mse-partials", "integer division 2 // n", """
def mse_partials(w, b, x, y):
    r = w * x + b - y
    n = len(x)
    return np.array([2 // n * x @ r, 2 // n * r.sum()])
""", "generic"),
    wrong("pd-mse-partials", "the mean taken before multiplying by x", """
def mse_partials(w, b, x, y):
    r = w * x + b - y
    return np.array([2 * np.mean(x) * np.mean(r), 2 * np.mean(r)])
""", "generic"),
    wrong("pd-mse-partials", "the bias partial as the mean of y", """
def mse_partials(w, b, x, y):
    r = w * x + b - y
    return np.array([2 * np.mean(x * r), -2 * np.mean(y)])
""", "generic"),
    wrong("pd-normal-equations", "rows of the matrix swapped", """
def fit_line(x, y):
    M = np.array([[x.sum(), len(x)], [x @ x, x.sum()]])
    return np.linalg.solve(M, np.array([x @ y, y.sum()]))
""", "generic"),
    wrong("pd-normal-equations", "x @ y replaced by sum(x) * sum(y)", """
def fit_line(x, y):
    M = np.array([[x @ x, x.sum()], [x.sum(), len(x)]])
    return np.linalg.solve(M, np.array([x.sum() * y.sum(), y.sum()]))
""", "generic"),
    wrong("pd-normal-equations", "means in the matrix, sums on the right", """
def fit_line(x, y):
    M = np.array([[np.mean(x * x), np.mean(x)], [np.mean(x), 1.0]])
    return np.linalg.solve(M, np.array([x @ y, y.sum()]))
""", "factor-quantity"),
    wrong("pd-normal-equations", "one gradient-descent step from zero", """
def fit_line(x, y):
    w, b = 0.0, 0.0
    r = w * x + b - y
    return np.array([w - 0.01 * 2 * np.mean(x * r), b - 0.01 * 2 * np.mean(r)])
""", "generic"),
    wrong("pd-normal-equations", "slope and intercept of y on x reversed", """
def fit_line(x, y):
    M = np.array([[y @ y, y.sum()], [y.sum(), len(y)]])
    return np.linalg.solve(M, np.array([x @ y, x.sum()]))
""", "generic"),
]
