"""Learner answers for the derivatives practice notebook (exercises/derivatives.md).

Written to be what learners actually type: a second difference over h or 2h², the
first derivative's step ε^(1/3), a fixed step, max(1, x) without abs, a step
proportional to |x|; the derivative of log σ as 1 - σ(z) (cancellation at large z),
as σ(1 - σ), through exp; the penalised slope without the penalty, with 2λ or λ/2,
with an intercept; a Taylor polynomial dividing by j instead of j!, in powers of
t, with float(t), of order 2 whatever k; and correct answers in other valid forms.
"""

from . import right, wrong

PRELUDE = """\
import math
import sympy as sp
from mfml.calculus import sigmoid
x = sp.Symbol("x")
"""

_S = "np.finfo(float).eps ** (1 / 4)"

ENTRIES = [
    # -- der-second: wrong --------------------------------------------------------
    wrong("der-second", "divides by h", f'''
def second_difference(f, x):
    h = {_S} * max(1.0, abs(x))
    return (f(x + h) - 2 * f(x) + f(x - h)) / h
''', "known-mistake"),
    wrong("der-second", "divides by 2h²", f'''
def second_difference(f, x):
    h = {_S} * max(1.0, abs(x))
    return (f(x + h) - 2 * f(x) + f(x - h)) / (2 * h**2)
''', "known-mistake"),
    wrong("der-second", "the first derivative's step eps ** (1/3)", '''
def second_difference(f, x):
    h = np.finfo(float).eps ** (1 / 3) * max(1.0, abs(x))
    return (f(x + h) - 2 * f(x) + f(x - h)) / h**2
''', "inaccurate"),
    wrong("der-second", "step 1e-5, scaled", '''
def second_difference(f, x):
    h = 1e-5 * max(1.0, abs(x))
    return (f(x + h) - 2 * f(x) + f(x - h)) / h**2
''', "inaccurate"),
    wrong("der-second", "fixed step 1e-4", '''
def second_difference(f, x):
    h = 1e-4
    return (f(x + h) - 2 * f(x) + f(x - h)) / h**2
''', "generic"),
    wrong("der-second", "max(1, x) without abs", f'''
def second_difference(f, x):
    h = {_S} * max(1.0, x)
    return (f(x + h) - 2 * f(x) + f(x - h)) / h**2
''', "typo-huge"),
    wrong("der-second", "step proportional to |x|", f'''
def second_difference(f, x):
    h = {_S} * abs(x)
    return (f(x + h) - 2 * f(x) + f(x - h)) / h**2
''', "nan-zero-division"),
    wrong("der-second", "a sign wrong: + 2 f(x)", f'''
def second_difference(f, x):
    h = {_S} * max(1.0, abs(x))
    return (f(x + h) + 2 * f(x) + f(x - h)) / h**2
''', "typo-huge"),
    wrong("der-second", "a central difference (first derivative)", f'''
def second_difference(f, x):
    h = {_S} * max(1.0, abs(x))
    return (f(x + h) - f(x - h)) / (2 * h)
''', "generic"),
    wrong("der-second", "one-sided second difference", f'''
def second_difference(f, x):
    h = {_S} * max(1.0, abs(x))
    return (f(x + 2 * h) - 2 * f(x + h) + f(x)) / h**2
''', "inaccurate"),
    wrong("der-second", "precedence: eps ** 1/4", '''
def second_difference(f, x):
    h = np.finfo(float).eps ** 1 / 4 * max(1.0, abs(x))
    return (f(x + h) - 2 * f(x) + f(x - h)) / h**2
''', "known-mistake"),
    wrong("der-second", "a large step 1e-2", '''
def second_difference(f, x):
    h = 1e-2 * max(1.0, abs(x))
    return (f(x + h) - 2 * f(x) + f(x - h)) / h**2
''', "inaccurate"),
    wrong("der-second", "forgot to return", f'''
def second_difference(f, x):
    h = {_S} * max(1.0, abs(x))
    d2 = (f(x + h) - 2 * f(x) + f(x - h)) / h**2
''', "none"),
    wrong("der-second", "float32 arithmetic", f'''
def second_difference(f, x):
    h = np.float32({_S} * max(1.0, abs(x)))
    x = np.float32(x)
    return np.float32((f(x + h) - 2 * f(x) + f(x - h)) / h**2)
''', "generic"),
    wrong("der-second", "h squared with ^", f'''
def second_difference(f, x):
    h = {_S} * max(1.0, abs(x))
    return (f(x + h) - 2 * f(x) + f(x - h)) / h ^ 2
''', "exception"),
    wrong("der-second", "prints", f'''
def second_difference(f, x):
    h = {_S} * max(1.0, abs(x))
    print((f(x + h) - 2 * f(x) + f(x - h)) / h**2)
''', "printed-not-returned"),
    # -- der-second: right --------------------------------------------------------
    right("der-second", "eps ** (1/4), scaled", f'''
def second_difference(f, x):
    h = {_S} * max(1.0, abs(x))
    return (f(x + h) - 2 * f(x) + f(x - h)) / h**2
'''),
    right("der-second", "h0 = 1e-4", '''
def second_difference(f, x):
    h = 1e-4 * max(1.0, abs(x))
    return (f(x + h) - 2 * f(x) + f(x - h)) / (h * h)
'''),
    right("der-second", "difference of two slopes", '''
def second_difference(f, x):
    h = 2e-4 * max(1.0, abs(x))
    right_slope = (f(x + h) - f(x)) / h
    left_slope = (f(x) - f(x - h)) / h
    return (right_slope - left_slope) / h
'''),
    right("der-second", "step scaled by 1 + |x|", f'''
def second_difference(f, x):
    h = {_S} * (1 + abs(x))
    return (f(x + h) - 2 * f(x) + f(x - h)) / h**2
'''),
    right("der-second", "dividing by the step actually taken", f'''
def second_difference(f, x):
    h = {_S} * max(1.0, abs(x))
    h = (x + h) - x
    return (f(x + h) - 2 * f(x) + f(x - h)) / h**2
'''),
    # -- der-logsig-prime: wrong --------------------------------------------------
    wrong("der-logsig-prime", "1 - sigmoid(z): cancellation", '''
def logsig_prime(z):
    return 1 - sigmoid(z)
''', "known-mistake"),
    wrong("der-logsig-prime", "sigma' instead", '''
def logsig_prime(z):
    s = sigmoid(z)
    return s * (1 - s)
''', "known-mistake"),
    wrong("der-logsig-prime", "sigmoid itself", '''
def logsig_prime(z):
    return sigmoid(z)
''', "known-mistake"),
    wrong("der-logsig-prime", "no sigmoid: 1 / (1 + exp(z))", '''
def logsig_prime(z):
    return 1 / (1 + np.exp(z))
''', "requirement"),
    wrong("der-logsig-prime", "exp(-z) * sigmoid(z)", '''
def logsig_prime(z):
    return np.exp(-z) * sigmoid(z)
''', "overflow"),
    wrong("der-logsig-prime", "sigma'/sigma unsimplified", '''
def logsig_prime(z):
    s = sigmoid(z)
    return s * (1 - s) / s
''', "nan-zero-division"),
    wrong("der-logsig-prime", "float(z)", '''
def logsig_prime(z):
    return sigmoid(-float(z))
''', "exception"),
    wrong("der-logsig-prime", "sign flipped: -sigmoid(-z)", '''
def logsig_prime(z):
    return -sigmoid(-z)
''', "wrong-sign"),
    wrong("der-logsig-prime", "1 - sigmoid(-z)", '''
def logsig_prime(z):
    return 1 - sigmoid(-z)
''', "generic"),
    wrong("der-logsig-prime", "clipped at 20", '''
def logsig_prime(z):
    return 1 - sigmoid(np.clip(z, -20, 20))
''', "inaccurate"),
    wrong("der-logsig-prime", "mutates z", '''
def logsig_prime(z):
    z *= -1
    return sigmoid(z)
''', "input-mutated"),
    wrong("der-logsig-prime", "a loop that returns the first value", '''
def logsig_prime(z):
    for zi in np.ravel(z):
        return sigmoid(-zi)
''', "wrong-shape"),
    wrong("der-logsig-prime", "float32", '''
def logsig_prime(z):
    return sigmoid(-np.asarray(z, dtype=np.float32))
''', "inaccurate"),
    wrong("der-logsig-prime", "forgot to return", '''
def logsig_prime(z):
    d = sigmoid(-z)
''', "none"),
    wrong("der-logsig-prime", "derivative of log(1 - sigma)", '''
def logsig_prime(z):
    return -sigmoid(z)
''', "generic"),
    wrong("der-logsig-prime", "1 / sigmoid(z)", '''
def logsig_prime(z):
    return 1 / sigmoid(z)
''', "generic"),
    # -- der-logsig-prime: right --------------------------------------------------
    right("der-logsig-prime", "sigmoid(-z)", '''
def logsig_prime(z):
    return sigmoid(-np.asarray(z, dtype=float))
'''),
    right("der-logsig-prime", "sigmoid(-z) on the raw input", '''
def logsig_prime(z):
    return sigmoid(-z)
'''),
    right("der-logsig-prime", "np.where by sign", '''
def logsig_prime(z):
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, sigmoid(-z), 1 - sigmoid(z))
'''),
    wrong("der-logsig-prime", "sigma' / sigma with sigma(-z): 0/0 at z = -1000", '''
def logsig_prime(z):
    return sigmoid(z) * sigmoid(-z) / sigmoid(z)
''', "nan-zero-division"),
    right("der-logsig-prime", "list comprehension reshaped", '''
def logsig_prime(z):
    z = np.asarray(z, dtype=float)
    return np.array([sigmoid(-v) for v in z.ravel()]).reshape(z.shape)
'''),
    # -- der-ridge-slope: wrong ---------------------------------------------------
    wrong("der-ridge-slope", "without the penalty", '''
def penalised_slope(x, y, lam):
    x, y = np.asarray(x, float), np.asarray(y, float)
    return x @ y / (x @ x)
''', "known-mistake"),
    wrong("der-ridge-slope", "2 lambda", '''
def penalised_slope(x, y, lam):
    x, y = np.asarray(x, float), np.asarray(y, float)
    return x @ y / (x @ x + 2 * lam)
''', "known-mistake"),
    wrong("der-ridge-slope", "lambda / 2", '''
def penalised_slope(x, y, lam):
    x, y = np.asarray(x, float), np.asarray(y, float)
    return x @ y / (x @ x + lam / 2)
''', "known-mistake"),
    wrong("der-ridge-slope", "np.polyfit", '''
def penalised_slope(x, y, lam):
    return np.polyfit(x, y, 1)[0]
''', "known-mistake"),
    wrong("der-ridge-slope", "lambda subtracted", '''
def penalised_slope(x, y, lam):
    x, y = np.asarray(x, float), np.asarray(y, float)
    return x @ y / (x @ x - lam)
''', "generic"),
    wrong("der-ridge-slope", "lambda in the numerator", '''
def penalised_slope(x, y, lam):
    x, y = np.asarray(x, float), np.asarray(y, float)
    return (x @ y - lam) / (x @ x)
''', "generic"),
    wrong("der-ridge-slope", "ratio of sums", '''
def penalised_slope(x, y, lam):
    return sum(y) / (sum(x) + lam)
''', "generic"),
    wrong("der-ridge-slope", "means instead of sums", '''
def penalised_slope(x, y, lam):
    x, y = np.asarray(x, float), np.asarray(y, float)
    return np.mean(x * y) / (np.mean(x * x) + lam)
''', "generic"),
    wrong("der-ridge-slope", "lists multiplied", '''
def penalised_slope(x, y, lam):
    return sum(x * y) / (sum(x * x) + lam)
''', "exception"),
    wrong("der-ridge-slope", "lambda squared", '''
def penalised_slope(x, y, lam):
    x, y = np.asarray(x, float), np.asarray(y, float)
    return x @ y / (x @ x + lam**2)
''', "generic"),
    wrong("der-ridge-slope", "returns an array", '''
def penalised_slope(x, y, lam):
    x, y = np.asarray(x, float), np.asarray(y, float)
    return x * y / (x @ x + lam)
''', "wrong-shape"),
    wrong("der-ridge-slope", "forgot to return", '''
def penalised_slope(x, y, lam):
    x, y = np.asarray(x, float), np.asarray(y, float)
    w = x @ y / (x @ x + lam)
''', "none"),
    wrong("der-ridge-slope", "reciprocal", '''
def penalised_slope(x, y, lam):
    x, y = np.asarray(x, float), np.asarray(y, float)
    return (x @ x + lam) / (x @ y)
''', "reciprocal"),
    wrong("der-ridge-slope", "gradient descent, too few steps", '''
def penalised_slope(x, y, lam):
    x, y = np.asarray(x, float), np.asarray(y, float)
    w = 0.0
    for _ in range(5):
        w -= 1e-6 * (-2 * x @ (y - w * x) + 2 * lam * w)
    return w
''', "generic"),
    wrong("der-ridge-slope", "lambda added to the numerator", '''
def penalised_slope(x, y, lam):
    x, y = np.asarray(x, float), np.asarray(y, float)
    return (x @ y + lam) / (x @ x + lam)
''', "generic"),
    # -- der-ridge-slope: right ---------------------------------------------------
    right("der-ridge-slope", "the formula", '''
def penalised_slope(x, y, lam):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    return float(x @ y / (x @ x + lam))
'''),
    right("der-ridge-slope", "np.dot on lists", '''
def penalised_slope(x, y, lam):
    return np.dot(x, y) / (np.dot(x, x) + lam)
'''),
    right("der-ridge-slope", "lstsq on an augmented system", '''
def penalised_slope(x, y, lam):
    x, y = np.asarray(x, float), np.asarray(y, float)
    A = np.concatenate([x, [np.sqrt(lam)]])[:, None]
    b = np.concatenate([y, [0.0]])
    return np.linalg.lstsq(A, b, rcond=None)[0][0]
'''),
    right("der-ridge-slope", "sums of products", '''
def penalised_slope(x, y, lam):
    return sum(a * b for a, b in zip(x, y)) / (sum(a * a for a in x) + lam)
'''),
    right("der-ridge-slope", "np.linalg.solve on the 1x1 normal equation", '''
def penalised_slope(x, y, lam):
    X = np.asarray(x, float).reshape(-1, 1)
    A = X.T @ X + lam * np.eye(1)
    return np.linalg.solve(A, X.T @ np.asarray(y, float))[0]
'''),
    # -- der-taylor: wrong --------------------------------------------------------
    wrong("der-taylor", "divides by j, not j!", '''
def taylor_values(expr, a, k, t):
    d = np.asarray(t, dtype=float) - a
    return sum(float(sp.diff(expr, x, j).subs(x, a)) / max(j, 1) * d**j
               for j in range(k + 1))
''', "known-mistake"),
    wrong("der-taylor", "powers of t", '''
def taylor_values(expr, a, k, t):
    t = np.asarray(t, dtype=float)
    return sum(float(sp.diff(expr, x, j).subs(x, a)) / math.factorial(j) * t**j
               for j in range(k + 1))
''', "known-mistake"),
    wrong("der-taylor", "float(t)", '''
def taylor_values(expr, a, k, t):
    d = float(t) - a
    return sum(float(sp.diff(expr, x, j).subs(x, a)) / math.factorial(j) * d**j
               for j in range(k + 1))
''', "exception"),
    wrong("der-taylor", "always order 2", '''
def taylor_values(expr, a, k, t):
    d = np.asarray(t, dtype=float) - a
    return sum(float(sp.diff(expr, x, j).subs(x, a)) / math.factorial(j) * d**j
               for j in range(3))
''', "generic"),
    wrong("der-taylor", "range(k): one term short", '''
def taylor_values(expr, a, k, t):
    d = np.asarray(t, dtype=float) - a
    return sum(float(sp.diff(expr, x, j).subs(x, a)) / math.factorial(j) * d**j
               for j in range(k))
''', "generic"),
    wrong("der-taylor", "derivatives evaluated at t", '''
def taylor_values(expr, a, k, t):
    t = np.asarray(t, dtype=float)
    total = 0.0
    for j in range(k + 1):
        dj = sp.lambdify(x, sp.diff(expr, x, j), "numpy")
        total = total + dj(t) / math.factorial(j) * (t - a) ** j
    return total
''', "generic"),
    wrong("der-taylor", "the expression itself at t", '''
def taylor_values(expr, a, k, t):
    return sp.lambdify(x, expr, "numpy")(np.asarray(t, dtype=float))
''', "generic"),
    wrong("der-taylor", "diff once per term (not j times)", '''
def taylor_values(expr, a, k, t):
    d = np.asarray(t, dtype=float) - a
    total = float(expr.subs(x, a))
    for j in range(1, k + 1):
        total = total + float(sp.diff(expr, x).subs(x, a)) / math.factorial(j) * d**j
    return total
''', "generic"),
    wrong("der-taylor", "a - t", '''
def taylor_values(expr, a, k, t):
    d = a - np.asarray(t, dtype=float)
    return sum(float(sp.diff(expr, x, j).subs(x, a)) / math.factorial(j) * d**j
               for j in range(k + 1))
''', "generic"),
    wrong("der-taylor", "returns a SymPy expression", '''
def taylor_values(expr, a, k, t):
    return sum(sp.diff(expr, x, j).subs(x, a) / sp.factorial(j) * (x - a) ** j
               for j in range(k + 1))
''', "wrong-type"),
    wrong("der-taylor", "forgot to return", '''
def taylor_values(expr, a, k, t):
    d = np.asarray(t, dtype=float) - a
    total = sum(float(sp.diff(expr, x, j).subs(x, a)) / math.factorial(j) * d**j
                for j in range(k + 1))
''', "none"),
    right("der-taylor", "no float(): SymPy numbers times arrays", '''
def taylor_values(expr, a, k, t):
    d = np.asarray(t, dtype=float) - a
    return sum(sp.diff(expr, x, j).subs(x, a) / math.factorial(j) * d**j
               for j in range(k + 1))
'''),
    wrong("der-taylor", "j! on the derivative order off by one", '''
def taylor_values(expr, a, k, t):
    d = np.asarray(t, dtype=float) - a
    return sum(float(sp.diff(expr, x, j).subs(x, a)) / math.factorial(j + 1) * d**j
               for j in range(k + 1))
''', "generic"),
    wrong("der-taylor", "loop returns early", '''
def taylor_values(expr, a, k, t):
    d = np.asarray(t, dtype=float) - a
    total = 0.0
    for j in range(k + 1):
        total = total + float(sp.diff(expr, x, j).subs(x, a)) / math.factorial(j) * d**j
        return total
''', "generic"),
    wrong("der-taylor", "prints", '''
def taylor_values(expr, a, k, t):
    d = np.asarray(t, dtype=float) - a
    print(sum(float(sp.diff(expr, x, j).subs(x, a)) / math.factorial(j) * d**j
              for j in range(k + 1)))
''', "printed-not-returned"),
    # -- der-taylor: right --------------------------------------------------------
    right("der-taylor", "a loop", '''
def taylor_values(expr, a, k, t):
    d = np.asarray(t, dtype=float) - a
    total = 0.0
    for j in range(k + 1):
        total = total + float(sp.diff(expr, x, j).subs(x, a)) / math.factorial(j) * d**j
    return total
'''),
    right("der-taylor", "each derivative lambdified, then evaluated at a", '''
def taylor_values(expr, a, k, t):
    d = np.asarray(t, dtype=float) - a
    fs = [sp.lambdify(x, sp.diff(expr, x, j)) for j in range(k + 1)]
    return sum(float(fj(a)) * d**j / math.factorial(j) for j, fj in enumerate(fs))
'''),
    right("der-taylor", "build the polynomial, then lambdify", '''
def taylor_values(expr, a, k, t):
    T = sum(sp.diff(expr, x, j).subs(x, a) * (x - a) ** j / sp.factorial(j)
            for j in range(k + 1))
    t = np.asarray(t, dtype=float)
    return sp.lambdify(x, T, "numpy")(t) + np.zeros_like(t)
'''),
    right("der-taylor", "derivatives one after another, Horner", '''
def taylor_values(expr, a, k, t):
    coefficients, g = [], expr
    for j in range(k + 1):
        coefficients.append(float(g.subs(x, a)) / math.factorial(j))
        g = sp.diff(g, x)
    return np.polyval(coefficients[::-1], np.asarray(t, dtype=float) - a)
'''),
    right("der-taylor", "np.power and a list", '''
def taylor_values(expr, a, k, t):
    d = np.subtract(t, a)
    terms = [float(sp.diff(expr, x, j).subs(x, a)) / math.factorial(j) * np.power(d, j)
             for j in range(k + 1)]
    return np.sum(terms, axis=0)
'''),
]
