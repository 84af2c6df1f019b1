"""Learner answers for the expectation and variance practice notebook
(exercises/expectation_variance.md).

Written to be what learners actually type: g of the mean instead of the mean of g,
an unweighted average, E[X] itself, probabilities and values swapped; a variance
divided by n, the one-pass E[X²] - E[X]² (plain and with n/(n - 1)), np.var or
statistics.variance in disguise, a standard deviation instead of a variance; a
covariance matrix from np.cov's default, uncentred, divided by n, centred by rows,
X Xᵀ; a standard error with np.std's default, over n, without the square root,
with x.std on a list; and correct answers in other valid forms (loops, np.dot,
np.average with weights, Welford's update, einsum, math.sqrt, statistics-free
sums).
"""

from . import right, wrong

ENTRIES = [
    # -- ev-lotus: wrong -----------------------------------------------------------
    wrong("ev-lotus", "g of the mean", '''
def expect(values, probs, g):
    return g(np.sum(values * probs))
''', "known-mistake"),
    wrong("ev-lotus", "g of the mean, with np.dot", '''
def expect(values, probs, g):
    return g(np.dot(values, probs))
''', "known-mistake"),
    wrong("ev-lotus", "unweighted mean of g", '''
def expect(values, probs, g):
    return np.mean(g(np.asarray(values, dtype=float)))
''', "known-mistake"),
    wrong("ev-lotus", "E[X], forgot g", '''
def expect(values, probs, g):
    return np.sum(values * probs)
''', "known-mistake"),
    wrong("ev-lotus", "g applied to the probabilities", '''
def expect(values, probs, g):
    return np.sum(values * g(probs))
''', "generic"),
    wrong("ev-lotus", "sum of g(x) without weights", '''
def expect(values, probs, g):
    return np.sum(g(np.asarray(values, dtype=float)))
''', "generic"),
    wrong("ev-lotus", "weights times g(p)", '''
def expect(values, probs, g):
    return np.sum(g(np.asarray(probs, dtype=float)))
''', "generic"),
    wrong("ev-lotus", "returns the array of terms", '''
def expect(values, probs, g):
    return g(np.asarray(values, dtype=float)) * probs
''', "wrong-shape"),
    wrong("ev-lotus", "divides by the number of values", '''
def expect(values, probs, g):
    return np.sum(g(np.asarray(values, dtype=float)) * probs) / len(values)
''', "factor-quantity"),
    wrong("ev-lotus", "prints instead of returning", '''
def expect(values, probs, g):
    print(np.sum(g(np.asarray(values, dtype=float)) * probs))
''', "printed-not-returned"),
    wrong("ev-lotus", "g(E[X]) by a loop", '''
def expect(values, probs, g):
    m = 0.0
    for v, p in zip(values, probs):
        m += v * p
    return g(np.array(m))
''', "known-mistake"),
    wrong("ev-lotus", "return inside the loop", '''
def expect(values, probs, g):
    total = 0.0
    for v, p in zip(values, probs):
        total += g(np.array(float(v))) * p
        return total
''', "generic"),
    # -- ev-lotus: right -----------------------------------------------------------
    right("ev-lotus", "the solution", '''
def expect(values, probs, g):
    values = np.asarray(values, dtype=float)
    return np.sum(g(values) * probs)
'''),
    right("ev-lotus", "a dot product", '''
def expect(values, probs, g):
    return g(np.asarray(values, dtype=float)) @ np.asarray(probs)
'''),
    right("ev-lotus", "np.average with weights", '''
def expect(values, probs, g):
    return np.average(g(np.asarray(values, dtype=float)), weights=probs)
'''),
    right("ev-lotus", "a loop", '''
def expect(values, probs, g):
    total = 0.0
    for v, p in zip(values, probs):
        total += float(g(np.array(float(v)))) * p
    return total
'''),
    right("ev-lotus", "float32", '''
def expect(values, probs, g):
    v = np.asarray(values, dtype=np.float64)
    return np.float32(np.sum(g(v) * probs))
'''),
    # -- ev-variance: wrong --------------------------------------------------------
    wrong("ev-variance", "divides by n", '''
def sample_variance(x):
    m = np.mean(x)
    return np.sum((x - m) ** 2) / len(x)
''', "known-mistake"),
    wrong("ev-variance", "one pass E[X²] - E[X]²", '''
def sample_variance(x):
    return np.mean(x**2) - np.mean(x) ** 2
''', "known-mistake"),
    wrong("ev-variance", "one pass with n / (n - 1)", '''
def sample_variance(x):
    n = len(x)
    return (np.mean(x**2) - np.mean(x) ** 2) * n / (n - 1)
''', "known-mistake"),
    wrong("ev-variance", "one pass, textbook sums", '''
def sample_variance(x):
    n = len(x)
    return (np.sum(x**2) - np.sum(x) ** 2 / n) / (n - 1)
''', "generic"),
    wrong("ev-variance", "np.var", '''
def sample_variance(x):
    return np.var(x, ddof=1)
''', "requirement"),
    wrong("ev-variance", "x.var method", '''
def sample_variance(x):
    return x.var(ddof=1)
''', "requirement"),
    wrong("ev-variance", "statistics.variance", '''
import statistics

def sample_variance(x):
    return statistics.variance(x)
''', "requirement"),
    wrong("ev-variance", "statistics under another name", '''
from statistics import variance as v

def sample_variance(x):
    return v(x)
''', "requirement"),
    wrong("ev-variance", "np.std squared", '''
def sample_variance(x):
    return np.std(x, ddof=1) ** 2
''', "requirement"),
    wrong("ev-variance", "standard deviation, not variance", '''
def sample_variance(x):
    m = np.mean(x)
    return np.sqrt(np.sum((x - m) ** 2) / (len(x) - 1))
''', "extra-sqrt"),
    wrong("ev-variance", "absolute deviations", '''
def sample_variance(x):
    m = np.mean(x)
    return np.sum(np.abs(x - m)) / (len(x) - 1)
''', "generic"),
    wrong("ev-variance", "divides by n + 1", '''
def sample_variance(x):
    m = np.mean(x)
    return np.sum((x - m) ** 2) / (len(x) + 1)
''', "factor"),
    wrong("ev-variance", "squares the sum of deviations", '''
def sample_variance(x):
    m = np.mean(x)
    return np.sum(x - m) ** 2 / (len(x) - 1)
''', "generic"),
    wrong("ev-variance", "median instead of mean", '''
def sample_variance(x):
    m = np.median(x)
    return np.sum((x - m) ** 2) / (len(x) - 1)
''', "generic"),
    wrong("ev-variance", "np.cov of x", '''
def sample_variance(x):
    return np.cov(x)
''', "requirement"),
    # -- ev-variance: right --------------------------------------------------------
    right("ev-variance", "the solution", '''
def sample_variance(x):
    x = np.asarray(x, dtype=float)
    m = x.mean()
    return np.sum((x - m) ** 2) / (len(x) - 1)
'''),
    right("ev-variance", "two loops", '''
def sample_variance(x):
    total = 0.0
    for v in x:
        total += v
    m = total / len(x)
    ss = 0.0
    for v in x:
        ss += (v - m) ** 2
    return ss / (len(x) - 1)
'''),
    right("ev-variance", "Welford", '''
def sample_variance(x):
    count, mean, m2 = 0, 0.0, 0.0
    for v in x:
        count += 1
        delta = v - mean
        mean += delta / count
        m2 += delta * (v - mean)
    return m2 / (count - 1)
'''),
    right("ev-variance", "a dot product", '''
def sample_variance(x):
    d = x - x.mean()
    return d @ d / (len(x) - 1)
'''),
    right("ev-variance", "shift by the first value, then one pass", '''
def sample_variance(x):
    d = np.asarray(x, dtype=float) - x[0]
    n = len(d)
    return (np.sum(d**2) - np.sum(d) ** 2 / n) / (n - 1)
'''),
    # -- ev-covariance: wrong ------------------------------------------------------
    wrong("ev-covariance", "np.cov", '''
def covariance_matrix(X):
    return np.cov(X, rowvar=False)
''', "requirement"),
    wrong("ev-covariance", "not centred", '''
def covariance_matrix(X):
    return X.T @ X / (len(X) - 1)
''', "known-mistake"),
    wrong("ev-covariance", "divides by n", '''
def covariance_matrix(X):
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / len(X)
''', "known-mistake"),
    wrong("ev-covariance", "X Xᵀ: n x n", '''
def covariance_matrix(X):
    Xc = X - X.mean(axis=0)
    return Xc @ Xc.T / (len(X) - 1)
''', "wrong-shape"),
    wrong("ev-covariance", "centred by rows", '''
def covariance_matrix(X):
    Xc = X - X.mean(axis=1, keepdims=True)
    return Xc.T @ Xc / (len(X) - 1)
''', "generic"),
    wrong("ev-covariance", "centred by the grand mean", '''
def covariance_matrix(X):
    Xc = X - X.mean()
    return Xc.T @ Xc / (len(X) - 1)
''', "generic"),
    wrong("ev-covariance", "divides by d - 1", '''
def covariance_matrix(X):
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / (X.shape[1] - 1)
''', "factor"),
    wrong("ev-covariance", "only the diagonal", '''
def covariance_matrix(X):
    Xc = X - X.mean(axis=0)
    return np.diag(np.sum(Xc**2, axis=0) / (len(X) - 1))
''', "generic"),
    wrong("ev-covariance", "elementwise product", '''
def covariance_matrix(X):
    Xc = X - X.mean(axis=0)
    return Xc * Xc / (len(X) - 1)
''', "wrong-shape"),
    wrong("ev-covariance", "correlation matrix", '''
def covariance_matrix(X):
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / (len(X) - 1)
    s = np.sqrt(np.diag(C))
    return C / np.outer(s, s)
''', "generic"),
    wrong("ev-covariance", "rows as variables, by hand", '''
def covariance_matrix(X):
    Xc = X - X.mean(axis=1, keepdims=True)
    return Xc @ Xc.T / (X.shape[1] - 1)
''', "wrong-shape"),
    wrong("ev-covariance", "np.corrcoef", '''
def covariance_matrix(X):
    return np.corrcoef(X, rowvar=False)
''', "requirement"),
    # -- ev-covariance: right ------------------------------------------------------
    right("ev-covariance", "the solution", '''
def covariance_matrix(X):
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / (len(X) - 1)
'''),
    right("ev-covariance", "einsum", '''
def covariance_matrix(X):
    Xc = X - X.mean(axis=0)
    return np.einsum("ni,nj->ij", Xc, Xc) / (X.shape[0] - 1)
'''),
    right("ev-covariance", "double loop over features", '''
def covariance_matrix(X):
    n, d = X.shape
    mu = X.mean(axis=0)
    C = np.zeros((d, d))
    for i in range(d):
        for j in range(d):
            C[i, j] = np.sum((X[:, i] - mu[i]) * (X[:, j] - mu[j])) / (n - 1)
    return C
'''),
    right("ev-covariance", "sum of outer products", '''
def covariance_matrix(X):
    mu = X.mean(axis=0)
    C = sum(np.outer(x - mu, x - mu) for x in X)
    return C / (len(X) - 1)
'''),
    # -- ev-stderr: wrong ----------------------------------------------------------
    wrong("ev-stderr", "np.std default ddof", '''
def standard_error(x):
    return np.std(x) / np.sqrt(len(x))
''', "known-mistake"),
    wrong("ev-stderr", "over n", '''
def standard_error(x):
    return np.std(x, ddof=1) / len(x)
''', "known-mistake"),
    wrong("ev-stderr", "just s", '''
def standard_error(x):
    return np.std(x, ddof=1)
''', "known-mistake"),
    wrong("ev-stderr", "the variance of the mean", '''
def standard_error(x):
    return np.var(x, ddof=1) / len(x)
''', "missing-sqrt"),
    wrong("ev-stderr", "x.std on a list", '''
def standard_error(x):
    return x.std(ddof=1) / np.sqrt(len(x))
''', "exception"),
    wrong("ev-stderr", "sqrt(p(1-p)/n) for any x", '''
def standard_error(x):
    p = np.mean(x)
    return np.sqrt(p * (1 - p) / len(x))
''', "nan-sqrt-negative"),
    wrong("ev-stderr", "over sqrt(n - 1)", '''
def standard_error(x):
    return np.std(x, ddof=1) / np.sqrt(len(x) - 1)
''', "generic"),
    wrong("ev-stderr", "ddof=0 over sqrt(n - 1), an old trick done twice", '''
def standard_error(x):
    return np.std(x, ddof=1) / np.sqrt(len(x) - 1) * 2
''', "generic"),
    wrong("ev-stderr", "mean over sqrt(n)", '''
def standard_error(x):
    return np.mean(x) / np.sqrt(len(x))
''', "generic"),
    wrong("ev-stderr", "range over sqrt(n)", '''
def standard_error(x):
    return (np.max(x) - np.min(x)) / np.sqrt(len(x))
''', "generic"),
    wrong("ev-stderr", "mean absolute deviation", '''
def standard_error(x):
    x = np.asarray(x, dtype=float)
    return np.mean(np.abs(x - x.mean())) / np.sqrt(len(x))
''', "generic"),
    # -- ev-stderr: right ----------------------------------------------------------
    right("ev-stderr", "the solution", '''
def standard_error(x):
    x = np.asarray(x, dtype=float)
    return x.std(ddof=1) / np.sqrt(len(x))
'''),
    right("ev-stderr", "np.std on the list", '''
def standard_error(x):
    return np.std(x, ddof=1) / np.sqrt(len(x))
'''),
    right("ev-stderr", "from the variance", '''
def standard_error(x):
    return np.sqrt(np.var(x, ddof=1) / len(x))
'''),
    right("ev-stderr", "by hand with math.sqrt", '''
def standard_error(x):
    x = np.asarray(x, dtype=float)
    n = len(x)
    m = x.sum() / n
    return math.sqrt(((x - m) ** 2).sum() / (n - 1) / n)
'''),
    right("ev-stderr", "mfml's monte_carlo", '''
from mfml.probability import monte_carlo

def standard_error(x):
    return monte_carlo(x).stderr
'''),
    # -- found by the review: a forbidden function imported under another name ----
    wrong("ev-variance", "np.var imported by name", '''
def sample_variance(x):
    from numpy import var as v
    return v(x, ddof=1)
''', "requirement"),
    wrong("ev-variance", "np.std imported by name, squared", '''
def sample_variance(x):
    from numpy import std
    return std(x, ddof=1) ** 2
''', "requirement"),
    wrong("ev-variance", "two passes in float32", '''
def sample_variance(x):
    x = np.asarray(x, dtype=np.float32)
    m = x.mean()
    return np.sum((x - m) ** 2) / (len(x) - 1)
''', "known-mistake"),
    wrong("ev-covariance", "np.cov imported by name", '''
def covariance_matrix(X):
    from numpy import cov
    return cov(X, rowvar=False)
''', "requirement"),
    # -- more wrong answers --------------------------------------------------------
    wrong("ev-lotus", "g of the values times E[X]", '''
def expect(values, probs, g):
    return np.mean(g(np.asarray(values, dtype=float))) * np.sum(values * probs)
''', "generic"),
    wrong("ev-lotus", "forgets to sum: returns the last term", '''
def expect(values, probs, g):
    for v, p in zip(values, probs):
        term = float(g(np.array(float(v)))) * p
    return term
''', "generic"),
    wrong("ev-variance", "mean of squares minus square of mean, by loops", '''
def sample_variance(x):
    s1 = s2 = 0.0
    for v in x:
        s1 += v
        s2 += v * v
    n = len(x)
    return (s2 - s1 * s1 / n) / (n - 1)
''', "generic"),
    wrong("ev-covariance", "the data matrix transposed first", '''
def covariance_matrix(X):
    Xt = X.T
    Xc = Xt - Xt.mean(axis=0)
    return Xc.T @ Xc / (len(Xt) - 1)
''', "wrong-shape"),
    wrong("ev-covariance", "centred, then divided by n - 1 twice", '''
def covariance_matrix(X):
    Xc = (X - X.mean(axis=0)) / (len(X) - 1)
    return Xc.T @ Xc / (len(X) - 1)
''', "factor"),
    wrong("ev-covariance", "standard deviations off the diagonal", '''
def covariance_matrix(X):
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / (len(X) - 1)
    return np.sqrt(np.abs(C))
''', "generic"),
    wrong("ev-stderr", "np.sqrt of the sum of squares over n", '''
def standard_error(x):
    x = np.asarray(x, dtype=float)
    return np.sqrt(np.sum((x - x.mean()) ** 2)) / len(x)
''', "known-mistake"),
    wrong("ev-stderr", "statistics.stdev over n", '''
import statistics

def standard_error(x):
    return statistics.stdev(x) / len(x)
''', "known-mistake"),
    wrong("ev-stderr", "statistics.pstdev over sqrt(n)", '''
import statistics

def standard_error(x):
    return statistics.pstdev(x) / np.sqrt(len(x))
''', "known-mistake"),
    wrong("ev-stderr", "x.var on a list", '''
def standard_error(x):
    return np.sqrt(x.var(ddof=1) / len(x))
''', "exception"),
    # -- more right answers --------------------------------------------------------
    right("ev-covariance", "np.dot of the centred transpose", '''
def covariance_matrix(X):
    X = np.asarray(X, dtype=float)
    Xc = X - np.mean(X, axis=0, keepdims=True)
    return np.dot(Xc.T, Xc) / (X.shape[0] - 1)
'''),
    right("ev-stderr", "statistics.stdev over sqrt(n)", '''
import statistics

def standard_error(x):
    return statistics.stdev([float(v) for v in x]) / math.sqrt(len(x))
'''),
]
