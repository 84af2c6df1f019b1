"""Learner answers for the derivatives practice notebook (exercises/derivatives.md).

Written to be what learners actually type: a forward difference, a fixed step, a
step proportional to |x| alone (0 at x = 0), h in place of 2h; the sigmoid's
derivative as σ(1 + σ), as 1 - σ², through exp(-z) (NaN at z = -1000), through
float(); the slope with an intercept (polyfit, cov / var), the ratio of means,
the mean of ratios; a Taylor polynomial without the 1/2, in powers of x, with
math.pow; and correct answers in other valid forms (another sensible step,
np.float64, SymPy-free formulas, lists, np.polyval-free expansions).
"""

from . import right, wrong

PRELUDE = "from mfml.calculus import sigmoid"

ENTRIES = [
    # -- der-central: wrong -------------------------------------------------------
    wrong("der-central", "forward difference, scaled step", '''
def central_difference(f, x):
    h = np.finfo(float).eps ** (1 / 3) * max(1.0, abs(x))
    return (f(x + h) - f(x)) / h
''', "known-mistake"),
    wrong("der-central", "forward difference at its best step", '''
def central_difference(f, x):
    h = 1e-8 * max(1.0, abs(x))
    return (f(x + h) - f(x)) / h
''', "inaccurate"),
    wrong("der-central", "fixed step 1e-5", '''
def central_difference(f, x):
    h = 1e-5
    return (f(x + h) - f(x - h)) / (2 * h)
''', "inaccurate"),
    wrong("der-central", "fixed step eps ** (1/3)", '''
def central_difference(f, x):
    h = np.finfo(float).eps ** (1 / 3)
    return (f(x + h) - f(x - h)) / (2 * h)
''', "inaccurate"),
    wrong("der-central", "step proportional to |x| alone", '''
def central_difference(f, x):
    h = np.finfo(float).eps ** (1 / 3) * abs(x)
    return (f(x + h) - f(x - h)) / (2 * h)
''', "nan-zero-division"),
    wrong("der-central", "divides by h, not 2h", '''
def central_difference(f, x):
    h = np.finfo(float).eps ** (1 / 3) * max(1.0, abs(x))
    return (f(x + h) - f(x - h)) / h
''', "factor"),
    wrong("der-central", "a tiny step", '''
def central_difference(f, x):
    h = 1e-15
    return (f(x + h) - f(x - h)) / (2 * h)
''', "generic"),
    wrong("der-central", "forgot to return", '''
def central_difference(f, x):
    h = np.finfo(float).eps ** (1 / 3) * max(1.0, abs(x))
    d = (f(x + h) - f(x - h)) / (2 * h)
''', "none"),
    wrong("der-central", "backward difference", '''
def central_difference(f, x):
    h = 6e-6 * max(1.0, abs(x))
    return (f(x) - f(x - h)) / h
''', "inaccurate"),
    wrong("der-central", "fixed step 1e-3", '''
def central_difference(f, x):
    h = 1e-3
    return (f(x + h) - f(x - h)) / (2 * h)
''', "inaccurate"),
    wrong("der-central", "step too large, scaled", '''
def central_difference(f, x):
    h = 1e-2 * max(1.0, abs(x))
    return (f(x + h) - f(x - h)) / (2 * h)
''', "inaccurate"),
    wrong("der-central", "sign flipped", '''
def central_difference(f, x):
    h = 6e-6 * max(1.0, abs(x))
    return (f(x - h) - f(x + h)) / (2 * h)
''', "wrong-sign"),
    wrong("der-central", "step scaled by |x| plus a tiny floor", '''
def central_difference(f, x):
    h = 6e-6 * abs(x) + 1e-12
    return (f(x + h) - f(x - h)) / (2 * h)
''', "inaccurate"),
    wrong("der-central", "float32 arithmetic", '''
def central_difference(f, x):
    x = np.float32(x)
    h = np.float32(6e-6) * max(np.float32(1), abs(x))
    return (f(x + h) - f(x - h)) / (2 * h)
''', "inaccurate"),
    wrong("der-central", "uses h = eps", '''
def central_difference(f, x):
    h = np.finfo(float).eps * max(1.0, abs(x))
    return (f(x + h) - f(x - h)) / (2 * h)
''', "generic"),
    # -- der-central: right -------------------------------------------------------
    right("der-central", "the chapter's step", '''
def central_difference(f, x):
    h = np.finfo(float).eps ** (1 / 3) * max(1.0, abs(x))
    return (f(x + h) - f(x - h)) / (2 * h)
'''),
    right("der-central", "step 1e-5, scaled", '''
def central_difference(f, x):
    h = 1e-5 * max(1, abs(x))
    return (f(x + h) - f(x - h)) / (2 * h)
'''),
    right("der-central", "the step actually taken", '''
def central_difference(f, x):
    h = 6e-6 * max(1.0, abs(x))
    up, down = x + h, x - h
    return (f(up) - f(down)) / (up - down)
'''),
    right("der-central", "np.maximum and a float64", '''
def central_difference(f, x):
    h = np.cbrt(np.finfo(np.float64).eps) * np.maximum(1.0, np.abs(x))
    return np.float64((f(x + h) - f(x - h)) / (2 * h))
'''),

    right("der-central", "step eps ** (1/3) times (1 + |x|)", '''
def central_difference(f, x):
    h = np.finfo(float).eps ** (1 / 3) * (1 + abs(x))
    return (f(x + h) - f(x - h)) / (2 * h)
'''),
    right("der-central", "with if/else for the scale", '''
def central_difference(f, x):
    scale = abs(x) if abs(x) > 1 else 1.0
    h = 6.055e-6 * scale
    return (f(x + h) - f(x - h)) / (2.0 * h)
'''),
    # -- der-sigmoid-prime: wrong -------------------------------------------------
    wrong("der-sigmoid-prime", "the naive formula, no sigmoid", '''
def sigmoid_prime(z):
    return np.exp(-z) / (1 + np.exp(-z)) ** 2
''', "requirement"),
    wrong("der-sigmoid-prime", "exp(-z) times sigma squared", '''
def sigmoid_prime(z):
    s = sigmoid(z)
    return np.exp(-z) * s ** 2
''', "overflow"),
    wrong("der-sigmoid-prime", "sigma times (1 + sigma)", '''
def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 + s)
''', "known-mistake"),
    wrong("der-sigmoid-prime", "1 - sigma squared", '''
def sigmoid_prime(z):
    return 1 - sigmoid(z) ** 2
''', "known-mistake"),
    wrong("der-sigmoid-prime", "sigma itself", '''
def sigmoid_prime(z):
    return sigmoid(z)
''', "known-mistake"),
    wrong("der-sigmoid-prime", "through float()", '''
def sigmoid_prime(z):
    s = float(sigmoid(z))
    return s * (1 - s)
''', "exception"),
    wrong("der-sigmoid-prime", "sigma of (1 - sigma)", '''
def sigmoid_prime(z):
    return sigmoid(z) * sigmoid(1 - z)
''', "generic"),
    wrong("der-sigmoid-prime", "forgot to return", '''
def sigmoid_prime(z):
    s = sigmoid(z)
    ds = s * (1 - s)
''', "none"),
    wrong("der-sigmoid-prime", "sigma squared", '''
def sigmoid_prime(z):
    return sigmoid(z) ** 2
''', "generic"),
    wrong("der-sigmoid-prime", "own sigmoid, no call", '''
def sigmoid_prime(z):
    s = 1 / (1 + np.exp(-z))
    return s * (1 - s)
''', "requirement"),
    wrong("der-sigmoid-prime", "(1 - sigma) only", '''
def sigmoid_prime(z):
    return 1 - sigmoid(z)
''', "generic"),
    wrong("der-sigmoid-prime", "exp(z) times sigma(-z) squared", '''
def sigmoid_prime(z):
    return np.exp(z) * sigmoid(-z) ** 2
''', "overflow"),
    wrong("der-sigmoid-prime", "a loop with float()", '''
def sigmoid_prime(z):
    out = []
    for v in z:
        s = float(sigmoid(v))
        out.append(s * (1 - s))
    return np.array(out)
''', "exception"),
    wrong("der-sigmoid-prime", "sigma(z) - sigma(-z)", '''
def sigmoid_prime(z):
    return sigmoid(z) - sigmoid(-z)
''', "generic"),
    wrong("der-sigmoid-prime", "a finite difference of sigmoid", '''
def sigmoid_prime(z):
    h = 1e-2
    return (sigmoid(z + h) - sigmoid(z)) / h
''', "inaccurate"),
    # -- der-sigmoid-prime: right -------------------------------------------------
    right("der-sigmoid-prime", "s * (1 - s)", '''
def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 - s)
'''),
    right("der-sigmoid-prime", "sigma(z) sigma(-z)", '''
def sigmoid_prime(z):
    return sigmoid(z) * sigmoid(-z)
'''),
    right("der-sigmoid-prime", "s - s**2", '''
def sigmoid_prime(z):
    return sigmoid(z) - sigmoid(z) ** 2
'''),

    right("der-sigmoid-prime", "exp(-|z|) form", '''
def sigmoid_prime(z):
    s = sigmoid(np.abs(z))
    return s * (1 - s)
'''),
    right("der-sigmoid-prime", "np.multiply", '''
def sigmoid_prime(z):
    s = sigmoid(z)
    return np.multiply(s, np.subtract(1.0, s))
'''),
    # -- der-slope: wrong ---------------------------------------------------------
    wrong("der-slope", "np.polyfit (with an intercept)", '''
def slope_through_origin(x, y):
    return np.polyfit(x, y, 1)[0]
''', "known-mistake"),
    wrong("der-slope", "cov / var", '''
def slope_through_origin(x, y):
    x, y = np.asarray(x, float), np.asarray(y, float)
    return np.mean((x - x.mean()) * (y - y.mean())) / np.var(x)
''', "known-mistake"),
    wrong("der-slope", "ratio of sums", '''
def slope_through_origin(x, y):
    return sum(y) / sum(x)
''', "known-mistake"),
    wrong("der-slope", "mean of ratios", '''
def slope_through_origin(x, y):
    return np.mean(np.asarray(y) / np.asarray(x))
''', "known-mistake"),
    wrong("der-slope", "x.y over x.x with integer lists", '''
def slope_through_origin(x, y):
    return np.dot(x, y) // np.dot(x, x)
''', "generic"),
    wrong("der-slope", "reciprocal", '''
def slope_through_origin(x, y):
    x, y = np.asarray(x, float), np.asarray(y, float)
    return (x @ x) / (x @ y)
''', "reciprocal"),
    wrong("der-slope", "divides by y.y", '''
def slope_through_origin(x, y):
    x, y = np.asarray(x, float), np.asarray(y, float)
    return (x @ y) / (y @ y)
''', "generic"),
    wrong("der-slope", "forgot to return", '''
def slope_through_origin(x, y):
    x, y = np.asarray(x, float), np.asarray(y, float)
    w = (x @ y) / (x @ x)
''', "none"),
    wrong("der-slope", "mean(x y) / mean(x)^2", '''
def slope_through_origin(x, y):
    x, y = np.asarray(x, float), np.asarray(y, float)
    return np.mean(x * y) / np.mean(x) ** 2
''', "generic"),
    wrong("der-slope", "x.y over the norm of x", '''
def slope_through_origin(x, y):
    x, y = np.asarray(x, float), np.asarray(y, float)
    return (x @ y) / np.linalg.norm(x)
''', "factor-quantity"),
    wrong("der-slope", "returns the line, not the slope", '''
def slope_through_origin(x, y):
    x, y = np.asarray(x, float), np.asarray(y, float)
    return (x @ y) / (x @ x) * x
''', "wrong-shape"),
    wrong("der-slope", "LinearRegression with its intercept", '''
from sklearn.linear_model import LinearRegression


def slope_through_origin(x, y):
    m = LinearRegression().fit(np.asarray(x, float)[:, None], y)
    return m.coef_[0]
''', "known-mistake"),
    wrong("der-slope", "y on x swapped", '''
def slope_through_origin(x, y):
    return np.dot(y, y) / np.dot(x, y)
''', "generic"),
    wrong("der-slope", "median of ratios", '''
def slope_through_origin(x, y):
    return np.median(np.asarray(y, float) / np.asarray(x, float))
''', "inaccurate"),
    wrong("der-slope", "half of the answer (L' without the 2 on one side)", '''
def slope_through_origin(x, y):
    x, y = np.asarray(x, float), np.asarray(y, float)
    return (x @ y) / (2 * (x @ x))
''', "factor"),
    # -- der-slope: right ---------------------------------------------------------
    right("der-slope", "x @ y / x @ x", '''
def slope_through_origin(x, y):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    return float(x @ y / (x @ x))
'''),
    right("der-slope", "sums", '''
def slope_through_origin(x, y):
    return sum(a * b for a, b in zip(x, y)) / sum(a * a for a in x)
'''),
    right("der-slope", "lstsq on one column", '''
def slope_through_origin(x, y):
    x = np.asarray(x, float)
    return np.linalg.lstsq(x[:, None], np.asarray(y, float), rcond=None)[0][0]
'''),

    right("der-slope", "LinearRegression without an intercept", '''
from sklearn.linear_model import LinearRegression


def slope_through_origin(x, y):
    m = LinearRegression(fit_intercept=False).fit(np.asarray(x, float)[:, None], y)
    return float(m.coef_[0])
'''),
    right("der-slope", "np.dot on lists", '''
def slope_through_origin(x, y):
    return np.dot(x, y) / np.dot(x, x)
'''),
    # -- der-taylor2: wrong -------------------------------------------------------
    wrong("der-taylor2", "no 1/2", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    return f_a + df_a * (x - a) + d2f_a * (x - a) ** 2
''', "known-mistake"),
    wrong("der-taylor2", "powers of x", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    return f_a + df_a * x + d2f_a * x ** 2 / 2
''', "known-mistake"),
    wrong("der-taylor2", "math.pow", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    return f_a + df_a * (x - a) + d2f_a * math.pow(x - a, 2) / 2
''', "exception"),
    wrong("der-taylor2", "the tangent only", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    return f_a + df_a * (x - a)
''', "generic"),
    wrong("der-taylor2", "(x - a) not squared", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    return f_a + df_a * (x - a) + d2f_a * (x - a) / 2
''', "generic"),
    wrong("der-taylor2", "a - x", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    d = a - x
    return f_a + df_a * d + d2f_a * d ** 2 / 2
''', "generic"),
    wrong("der-taylor2", "1/2 with integer division", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    return f_a + df_a * (x - a) + (1 // 2) * d2f_a * (x - a) ** 2
''', "generic"),
    wrong("der-taylor2", "forgot to return", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    t = f_a + df_a * (x - a) + d2f_a * (x - a) ** 2 / 2
''', "none"),
    wrong("der-taylor2", "1/2 on the first-derivative term", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    return f_a + df_a * (x - a) / 2 + d2f_a * (x - a) ** 2 / 2
''', "generic"),
    wrong("der-taylor2", "forgot f(a)", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    return df_a * (x - a) + d2f_a * (x - a) ** 2 / 2
''', "generic"),
    wrong("der-taylor2", "x ** 2 - a ** 2", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    return f_a + df_a * (x - a) + d2f_a * (x**2 - a**2) / 2
''', "generic"),
    wrong("der-taylor2", "^ for a power", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    return f_a + df_a * (x - a) + d2f_a * (x - a) ^ 2 / 2
''', "exception"),
    wrong("der-taylor2", "divides by 3 (3!)", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    return f_a + df_a * (x - a) + d2f_a * (x - a) ** 2 / 6
''', "generic"),
    wrong("der-taylor2", "a loop over x that returns early", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    for xi in np.atleast_1d(x):
        return f_a + df_a * (xi - a) + d2f_a * (xi - a) ** 2 / 2
''', "wrong-shape"),
    wrong("der-taylor2", "prints", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    print(f_a + df_a * (x - a) + d2f_a * (x - a) ** 2 / 2)
''', "printed-not-returned"),
    # -- der-taylor2: right -------------------------------------------------------
    right("der-taylor2", "the formula", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    d = np.asarray(x, dtype=float) - a
    return f_a + df_a * d + 0.5 * d2f_a * d**2
'''),
    right("der-taylor2", "as a loop over terms", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    total = 0.0
    for k, c in enumerate([f_a, df_a, d2f_a]):
        total = total + c * (np.asarray(x) - a) ** k / math.factorial(k)
    return total
'''),
    right("der-taylor2", "np.power", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    return f_a + df_a * np.subtract(x, a) + d2f_a / 2 * np.power(np.subtract(x, a), 2)
'''),
    right("der-taylor2", "Horner form", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    d = np.asarray(x, dtype=float) - a
    return f_a + d * (df_a + d * d2f_a / 2)
'''),
    right("der-taylor2", "a list of coefficients and np.polyval", '''
def taylor2(f_a, df_a, d2f_a, a, x):
    return np.polyval([d2f_a / 2, df_a, f_a], np.asarray(x, dtype=float) - a)
'''),
]
