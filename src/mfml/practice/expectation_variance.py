"""Practice: expectation and variance (``exercises/expectation_variance_solutions.md``).

The page computes E[X²] of a binomial, a two-variable covariance with a loop, np.cov
of a 2-D cloud and the spread of averages; the practice asks for E[g(X)] of any
PMF and any g, a sample variance that survives an offset of 1e9 without the library, a
covariance matrix of any shape without np.cov, and the standard error s / sqrt(n).

Stated requirements and what breaks an answer ignoring them:

* ev-lotus: E[g(X)] = sum of g(x) p(x), not g(E[X]) -> every case has a nonlinear g
  (x², log x, max(x - 2, 0), 1/x), where Jensen's gap is not 0; weight by the
  probabilities -> every case has unequal probabilities, so mean(g(values)) is wrong.
* ev-variance: divide by n - 1 -> cases of 3 and 4 values, where n/(n - 1) is far
  from 1; exact for data offset by 1e9 -> 1e9 + [4, 7, 13, 16], where
  E[X²] - E[X]² is -128 (times 4/3: -170.7) against 30, and a random offset case;
  without np.var, np.std or statistics -> a rule on the source.
* ev-covariance: one sample per row -> every case has n != d, so np.cov's default
  (rows as variables) has the wrong shape and X @ X.T too; centre each column ->
  columns with means far from 0; divide by n - 1 -> a case with n = 3; without np.cov
  -> a rule on the source.
* ev-stderr: the sample standard deviation (ddof=1) -> cases of 2, 3 and 5 values
  (np.std's default is off by sqrt(n / (n - 1))); divide by sqrt(n) -> every case has
  n > 1 and s > 0; x may be a plain Python list -> a list case (``x.std`` raises
  AttributeError). A boolean indicator case checks the Monte Carlo use.
"""

from __future__ import annotations

import numpy as np

from ..check import Case, Mistake
from ..rules import forbid
from .spec import Exercise, register

# ---------------------------------------------------------------------------
# ev-lotus: E[g(X)] for a PMF
# ---------------------------------------------------------------------------


def _lotus(values, probs, g):
    values = np.asarray(values, dtype=float)
    return float(np.sum(g(values) * np.asarray(probs, dtype=float)))


def _payoff(x):
    return np.maximum(x - 2, 0)


def _reciprocal(x):
    return 1 / x


def _lotus_cases(rng):
    p = rng.dirichlet(np.ones(5))
    return [
        Case((np.arange(1, 7), np.array([0.1, 0.1, 0.1, 0.1, 0.1, 0.5]), np.square),
             "a loaded die and g(x) = x²: E[X²] is not E[X]²"),
        Case((np.array([1.0, 2.0, 4.0, 8.0]), np.array([0.4, 0.3, 0.2, 0.1]), np.log),
             "g = log, concave: E[log X] < log E[X]"),
        Case((np.array([0.0, 1.0, 2.0, 3.0, 5.0]), p, _payoff),
             "g(x) = max(x - 2, 0), like an option's payoff, with random probabilities"),
        Case((np.array([0.5, 1.0, 2.0]), np.array([0.25, 0.5, 0.25]), _reciprocal),
             "g(x) = 1/x with unequal probabilities"),
    ]


# ---------------------------------------------------------------------------
# ev-variance: a stable sample variance without the library
# ---------------------------------------------------------------------------


def _sample_variance(x):
    x = np.asarray(x, dtype=float)
    return float(np.sum((x - x.mean()) ** 2) / (len(x) - 1))


#: 1e9 + [4, 7, 13, 16]: sample variance 30, while E[X²] - E[X]² rounds to -128.
OFFSET_DATA = 1e9 + np.array([4.0, 7.0, 13.0, 16.0])


def _variance_cases(rng):
    return [
        Case((np.array([2.0, 4.0, 9.0]),), "three values: divide by n - 1 = 2"),
        Case((rng.normal(3, 2, size=50),), "50 normal samples"),
        Case((OFFSET_DATA.copy(),), "1e9 + [4, 7, 13, 16]: the sample variance is 30; "
             "E[X²] - E[X]² cancels catastrophically (it gives a negative number)"),
        Case((1e9 + rng.normal(0, 1, size=200),), "200 values near 1e9 with spread 1"),
    ]


def _one_pass(x):
    x = np.asarray(x, dtype=float)
    n = len(x)
    return float((np.mean(x**2) - np.mean(x) ** 2) * n / (n - 1))


def _float32_two_pass(x):
    x = np.asarray(x, dtype=np.float32)
    return float(np.sum((x - x.mean()) ** 2) / (len(x) - 1))


# ---------------------------------------------------------------------------
# ev-covariance: the covariance matrix of a data matrix
# ---------------------------------------------------------------------------


def _covariance(X):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / (len(X) - 1)


def _covariance_cases(rng):
    return [
        Case((rng.normal(0, 1, size=(8, 3)) + np.array([100.0, -50.0, 7.0]),),
             "columns with means 100, -50 and 7: centre each column first"),
        Case((rng.normal(0, 1, size=(30, 2)) @ np.array([[2.0, 0.5], [0.0, 1.0]]),),
             "30 samples of 2 features: the answer is 2 x 2"),
        Case((np.array([[1.0, 2.0], [3.0, 1.0], [5.0, 6.0]]),),
             "3 samples of 2 features: divide by n - 1 = 2"),
        Case((rng.normal(5, 2, size=(12, 4)),), "12 samples of 4 features, means near 5"),
    ]


# ---------------------------------------------------------------------------
# ev-stderr: the standard error of an average
# ---------------------------------------------------------------------------


def _stderr(x):
    x = np.asarray(x, dtype=float)
    return float(x.std(ddof=1) / np.sqrt(len(x)))


def _stderr_cases(rng):
    return [
        Case((np.array([2.0, 4.0, 9.0]),), "three values: s uses n - 1 = 2"),
        Case((np.array([1.0, 3.0]),), "two values: s uses n - 1 = 1"),
        Case((rng.exponential(1.0, size=400),), "400 exponential samples"),
        Case(([0.5, 1.5, 2.0, 4.0, 7.0],), "a plain Python list of 5 values"),
        Case((rng.random(1000) < 0.3,), "an event's indicator, 1000 booleans: "
             "about sqrt(p(1 - p)/n)"),
    ]


EXERCISES = register([
    Exercise(
        "ev-lotus", name="expect", reference=_lotus, seed=1001, cases=_lotus_cases,
        requirements=["E[g(X)] = sum of g(x) p(x), not g(E[X])",
                      "weight by the probabilities"],
        mistakes=[
            Mistake(lambda v, p, g: float(g(np.asarray(v, dtype=float) @ np.asarray(p))),
                    "that is g(E[X]), g of the mean. LOTUS applies g to every value and "
                    "then averages: sum of g(x) p(x). For a nonlinear g the two differ "
                    "(Jensen's inequality).", "known-mistake"),
            Mistake(lambda v, p, g: float(np.mean(g(np.asarray(v, dtype=float)))),
                    "that is the plain average of g over the values, as if they were "
                    "equally likely: weight each g(x) by its probability p(x).",
                    "known-mistake"),
            Mistake(lambda v, p, g: float(np.sum(np.asarray(v, dtype=float)
                                                 * np.asarray(p))),
                    "that is E[X]: apply g to the values before weighting.",
                    "known-mistake"),
        ],
        hints=("LOTUS: you do not need the distribution of g(X). Apply g to each value "
               "and weight by that value's probability.",
               "Turn the values into a float array, apply g to the whole array at once, "
               "multiply the result elementwise by the probabilities and add up the "
               "products: one number."),
    ),
    Exercise(
        "ev-variance", name="sample_variance", reference=_sample_variance, seed=1002,
        cases=_variance_cases,
        requirements=["divide by n - 1 (the sample variance)",
                      "exact for data offset by 1e9 (no E[X²] - E[X]²)",
                      "without np.var, np.std or statistics"],
        rules=[forbid("np.var", "np.std", "np.nanvar", "np.nanstd", "np.variance",
                      "np.pvariance", "np.stdev", "np.cov",
                      message="the exercise asks you to compute the variance yourself, "
                              "without np.var, np.std, np.cov or the statistics module",
                      modules=("statistics", "numpy.var", "numpy.std", "numpy.nanvar",
                               "numpy.nanstd", "numpy.cov"))],
        mistakes=[
            Mistake(lambda x: _sample_variance(x) * (len(x) - 1) / len(x), "you divided "
                    "by n (np.var's default, ddof=0); the sample variance divides the sum "
                    "of squared deviations by n - 1.", "known-mistake"),
            Mistake(_one_pass, "E[X²] - E[X]² is right on paper and loses every digit "
                    "when the mean is large compared with the spread (here 1e9 against "
                    "a few units): subtract the mean first, then square (two passes).",
                    "known-mistake"),
            Mistake(lambda x: _one_pass(x) * (len(x) - 1) / len(x), "E[X²] - E[X]² "
                    "loses every digit when the mean is large compared with the spread, "
                    "and the sample variance divides by n - 1: subtract the mean first, "
                    "square, sum, divide by n - 1.", "known-mistake"),
            Mistake(_float32_two_pass, "float32 keeps only about 7 significant digits, so "
                    "1e9 + 4 and 1e9 + 16 round to the same number and the spread is lost "
                    "before you subtract. (The x shown below is rounded for display; the "
                    "case's description gives the exact values.) Keep the data in "
                    "float64.", "known-mistake"),
        ],
        hints=("Two passes: first the mean, then the squared deviations from it. Which "
               "divisor makes it the sample variance?",
               "First pass: the mean of x. Second pass: subtract that mean from every "
               "value, square the differences and add them up. Divide the total by the "
               "number of values minus one. Never square the raw values (near 1e9 their "
               "squares lose the digits you need)."),
    ),
    Exercise(
        "ev-covariance", name="covariance_matrix", reference=_covariance, seed=1003,
        cases=_covariance_cases,
        requirements=["one sample per row: a (d, d) matrix",
                      "centre each column first",
                      "divide by n - 1",
                      "without np.cov"],
        rules=[forbid("np.cov", "np.corrcoef",
                      message="the exercise asks you to build the matrix yourself, "
                              "without np.cov",
                      modules=("numpy.cov", "numpy.corrcoef"))],
        mistakes=[
            Mistake(lambda X: np.asarray(X).T @ np.asarray(X) / (len(X) - 1), "you did "
                    "not centre the columns: subtract each column's mean, X - "
                    "X.mean(axis=0), before the product.", "known-mistake"),
            Mistake(lambda X: _covariance(X) * (len(X) - 1) / len(X), "you divided by "
                    "n; the sample covariance divides by n - 1, as np.cov does.",
                    "known-mistake"),
            Mistake(lambda X: np.cov(np.asarray(X)), "that treats each ROW as a "
                    "variable (np.cov's default): with one sample per row the answer is "
                    "d x d, Xc.T @ Xc / (n - 1).", "wrong-shape"),
        ],
        hints=("Centre the columns, then one matrix product gives every covariance at "
               "once. The answer is d x d: which way round must that product go?",
               "Subtract from every column its own mean (the mean down axis 0). The "
               "matrix product of the centred data's transpose with the centred data "
               "holds every sum of products of deviations, d x d; divide it by the "
               "number of rows minus one."),
    ),
    Exercise(
        "ev-stderr", name="standard_error", reference=_stderr, seed=1004,
        cases=_stderr_cases,
        requirements=["the sample standard deviation (ddof=1)",
                      "divide by sqrt(n)",
                      "x may be a plain Python list"],
        mistakes=[
            Mistake(lambda x: float(np.std(np.asarray(x, dtype=float)) / np.sqrt(len(x))),
                    "np.std divides by n by default; the standard error uses the sample "
                    "standard deviation, np.std(x, ddof=1).", "known-mistake"),
            Mistake(lambda x: float(np.std(np.asarray(x, dtype=float), ddof=1) / len(x)),
                    "the standard error is s / sqrt(n): the VARIANCE of the average is "
                    "s² / n, so its standard deviation divides by sqrt(n).",
                    "known-mistake"),
            Mistake(lambda x: float(np.std(np.asarray(x, dtype=float), ddof=1)),
                    "that is the spread of one sample, s; the average of n samples "
                    "strays less: divide by sqrt(n).", "known-mistake"),
            Mistake(lambda x: float(np.var(np.asarray(x, dtype=float), ddof=1)
                                    / len(x)),
                    "that is the variance of the average, s² / n; the standard error is "
                    "its square root.", "missing-sqrt"),
        ],
        hints=("The variance of an average of n independent samples is σ² / n. Estimate "
               "σ from the data with the sample standard deviation.",
               "Make x a float array (a list has no methods, booleans become 0 and 1), "
               "take its sample standard deviation (divisor n - 1, not NumPy's default) "
               "and divide it by the square root of the number of samples."),
    ),
])
