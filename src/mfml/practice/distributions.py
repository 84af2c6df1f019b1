"""Practice: distributions (``exercises/distributions_solutions.md``).

The page computes a binomial PMF from log-gammas at n = 20 and shows ``logpmf`` at
n = 2000; it fits a normal and a log-normal to one feature with scipy. The practice
asks for the formulas themselves, on inputs where the naive versions fail.

Stated requirements and what breaks an answer ignoring them:

* dist-binom-logpmf: log space -> n = 2000 and 5000, where ``math.comb`` times
  ``p**k`` overflows (OverflowError) and ``p**k`` alone underflows to 0 (log 0 =
  -inf); 0·log 0 = 0 -> p = 0 with k = 0 and p = 1 with k = n, where ``k *
  np.log(p)`` is 0 · -inf = NaN (``xlogy`` or a special case is right); without
  scipy.stats -> a rule on ``.logpmf``/``.pmf`` and any object from scipy.stats.
* dist-normal-interval: var is the variance -> every case but one has var != 1, so
  ``norm(mu, var)`` (var as the scale) is wrong; accurate in the far upper tail ->
  (10, 12) standard deviations above the mean, where ``cdf(b) - cdf(a)`` is 1 - 1 = 0
  but the answer is 7.6e-24 (atol is 1e-30, so the relative tolerance decides); the
  lower tail (-12, -10) is there too, where ``sf(a) - sf(b)`` cancels instead.
* dist-normal-loglik: sigma by maximum likelihood, ddof=0 -> samples of 3 to 6 values,
  where ddof=1 changes the log-likelihood by far more than the tolerance; a sum of
  log-densities -> 2,000 values, where the product of the densities underflows to 0.
* dist-lognormal-loglik: the 1/x of the change of variable -> areas in the hundreds,
  where the normal log-likelihood of log x misses - sum(log x); ddof=0 -> the same
  small samples as above.
"""

from __future__ import annotations

import math

import numpy as np
from scipy import special, stats

from ..check import Case, Mistake
from ..rules import forbid
from .spec import Exercise, register

# ---------------------------------------------------------------------------
# dist-binom-logpmf
# ---------------------------------------------------------------------------


def _binom_logpmf(k, n, p):
    return float(stats.binom.logpmf(k, n, p))


def _binom_cases(rng):
    return [
        Case((3, 10, 0.3), "a small case: log of C(10, 3) 0.3^3 0.7^7"),
        Case((1000, 2000, 0.5), "n = 2000: C(2000, 1000) has 601 digits and overflows "
             "a float; 0.5**2000 underflows to 0. Work in logs throughout"),
        Case((0, 10, 0.0), "p = 0 and k = 0: the probability is 1, log 1 = 0; "
             "k * log(p) is 0 * -inf = nan, but 0 log 0 counts as 0"),
        Case((10, 10, 1.0), "p = 1 and k = n: the probability is 1; (n - k) * log(1 - p) "
             "is 0 * -inf, which counts as 0"),
        Case((3, 10, 0.0), "p = 0 and k = 3: impossible, so the log-probability is "
             "log 0 = -inf (0 log 0 is 0, but 3 log 0 is -inf)"),
        Case((7, 10, 1.0), "p = 1 and k = 7 < n: impossible, log 0 = -inf"),
        Case((int(rng.integers(2400, 2600)), 5000, 0.5), "n = 5000"),
        Case((7, 40, 0.05), "p small, k above the mean"),
    ]


def _binom_naive(k, n, p):
    return math.log(math.comb(n, k) * p**k * (1 - p) ** (n - k))


def _binom_nan_edges(k, n, p):
    return float(special.gammaln(n + 1) - special.gammaln(k + 1)
                 - special.gammaln(n - k + 1) + k * np.log(p) + (n - k) * np.log1p(-p))


def _binom_edges_zero(k, n, p):
    if p in (0, 1):
        return 0.0
    return _binom_logpmf(k, n, p)


def _binom_no_coefficient(k, n, p):
    return _binom_logpmf(k, n, p) - (math.lgamma(n + 1) - math.lgamma(k + 1)
                                     - math.lgamma(n - k + 1))


def _binom_swapped(k, n, p):
    return _binom_logpmf(k, n, 1 - p)


def _binom_pmf(k, n, p):
    return math.exp(_binom_logpmf(k, n, p))


# ---------------------------------------------------------------------------
# dist-normal-interval
# ---------------------------------------------------------------------------


def _interval(mu, var, a, b):
    d = stats.norm(mu, np.sqrt(var))
    if a >= mu:
        return float(d.sf(a) - d.sf(b))
    return float(d.cdf(b) - d.cdf(a))


def _interval_cases(rng):
    return [
        Case((0.0, 1.0, -1.0, 1.0), "the standard normal within one standard deviation"),
        Case((2.0, 9.0, 2.0, 5.0), "var = 9 is the variance: sigma = 3"),
        Case((1.0, 4.0, -3.0, 0.0), "var = 4: sigma = 2"),
        Case((0.0, 0.25, 5.0, 6.0), "var = 0.25 (sigma 0.5): 10 to 12 standard deviations "
             "above the mean, about 7.6e-24; cdf(b) - cdf(a) is 1.0 - 1.0 = 0 there"),
        Case((0.0, 4.0, -24.0, -20.0), "10 to 12 standard deviations below the mean: "
             "here the CDF is accurate and 1 - cdf is not"),
        Case((100.0, 0.25, 94.0, 95.0), "a mean of 100, sigma 0.5: 12 to 10 standard "
             "deviations BELOW it, although a and b are positive; the tail is decided by "
             "mu, not by 0"),
        Case((-50.0, 0.25, -45.0, -44.0), "a mean of -50, sigma 0.5: 10 to 12 standard "
             "deviations ABOVE it, although a and b are negative"),
        Case((float(rng.normal()), 2.5, -1.0, 3.0), "var = 2.5"),
    ]


def _interval_sign_of_a(mu, var, a, b):
    d = stats.norm(mu, np.sqrt(var))
    return float(d.sf(a) - d.sf(b)) if a >= 0 else float(d.cdf(b) - d.cdf(a))


def _interval_var_as_scale(mu, var, a, b):
    return _interval(mu, var**2, a, b)


def _interval_cdf_difference(mu, var, a, b):
    d = stats.norm(mu, np.sqrt(var))
    return float(d.cdf(b) - d.cdf(a))


def _interval_sf_difference(mu, var, a, b):
    d = stats.norm(mu, np.sqrt(var))
    return float(d.sf(a) - d.sf(b))


# ---------------------------------------------------------------------------
# dist-normal-loglik and dist-lognormal-loglik
# ---------------------------------------------------------------------------


def _normal_loglik(x):
    x = np.asarray(x, dtype=float)
    return float(stats.norm(x.mean(), x.std()).logpdf(x).sum())


def _normal_loglik_ddof1(x):
    x = np.asarray(x, dtype=float)
    return float(stats.norm(x.mean(), x.std(ddof=1)).logpdf(x).sum())


def _normal_loglik_var_scale(x):
    x = np.asarray(x, dtype=float)
    return float(stats.norm(x.mean(), x.var()).logpdf(x).sum())


def _normal_loglik_no_constant(x):
    x = np.asarray(x, dtype=float)
    return _normal_loglik(x) + len(x) / 2 * np.log(2 * np.pi)


def _lognormal_loglik(x):
    logx = np.log(np.asarray(x, dtype=float))
    return _normal_loglik(logx) - float(logx.sum())


def _lognormal_no_jacobian(x):
    return _normal_loglik(np.log(np.asarray(x, dtype=float)))


def _lognormal_plus_log(x):
    return _lognormal_loglik(x) + 2 * float(np.log(np.asarray(x, dtype=float)).sum())


def _lognormal_var_as_s(x):
    z = np.log(np.asarray(x, dtype=float))
    return float(stats.lognorm(s=z.var(), scale=np.exp(z.mean())).logpdf(x).sum())


def _lognormal_scale_mean_log(x):
    z = np.log(np.asarray(x, dtype=float))
    return float(stats.lognorm(s=z.std(), scale=z.mean()).logpdf(x).sum())


def _lognormal_free_loc(x):
    x = np.asarray(x, dtype=float)
    return float(stats.lognorm(*stats.lognorm.fit(x)).logpdf(x).sum())


def _lognormal_ddof1(x):
    logx = np.log(np.asarray(x, dtype=float))
    return _normal_loglik_ddof1(logx) - float(logx.sum())


def _loglik_cases(rng):
    return [
        Case((np.array([1.0, 2.0, 4.0]),), "three values: the MLE of sigma divides by n, "
             "not n - 1"),
        Case((rng.normal(5.0, 2.0, size=6),), "six values"),
        Case((rng.normal(0.0, 1.0, size=2000),), "2,000 values: the product of their "
             "densities underflows to 0; add the log-densities instead"),
        Case((rng.normal(100.0, 0.01, size=50),), "a small spread: densities far above 1"),
    ]


def _positive_cases(rng):
    return [
        Case((np.array([120.0, 400.0, 900.0]),), "three areas: sigma divides by n, and "
             "the density of x has the 1/x of the change of variable"),
        Case((np.exp(rng.normal(6.0, 0.5, size=5)),), "five areas in the hundreds"),
        Case((np.exp(rng.normal(6.4, 0.5, size=569)),), "569 areas, like the tumours"),
        Case((np.exp(rng.normal(0.0, 1.0, size=40)),), "values around 1"),
    ]


_NO_SCIPY_STATS = forbid("np.logpmf", "np.pmf", modules=("scipy.stats",),
                         message="the exercise asks for the formula (log-gamma), not "
                         "scipy.stats: math.lgamma or scipy.special.gammaln is fine")

EXERCISES = register([
    Exercise(
        "dist-binom-logpmf", name="binom_logpmf", reference=_binom_logpmf, seed=1001,
        cases=_binom_cases, rtol=1e-9, atol=1e-9,
        requirements=["log space: n in the thousands without overflow or underflow",
                      "0 log 0 counts as 0 (p = 0 or p = 1)",
                      "without scipy.stats"],
        rules=[_NO_SCIPY_STATS],
        mistakes=[
            Mistake(_binom_nan_edges, "k * log(p) is 0 * -inf = nan when p = 0 and k = 0 "
                    "(and likewise for 1 - p): the term 0 log 0 is 0. Use "
                    "scipy.special.xlogy(k, p), or treat those cases apart.",
                    "known-mistake"),
            Mistake(_binom_edges_zero, "at p = 0 the log-probability is 0 only when k = 0 "
                    "(and at p = 1 only when k = n); otherwise the outcome is impossible "
                    "and its log-probability is log 0 = -inf. xlogy gives both.",
                    "known-mistake"),
            Mistake(_binom_no_coefficient, "the binomial coefficient is missing: add "
                    "log C(n, k) = lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1).",
                    "known-mistake"),
            Mistake(_binom_swapped, "you swapped p and 1 - p: k successes carry p**k, "
                    "the n - k failures (1 - p)**(n - k).", "known-mistake"),
            Mistake(_binom_pmf, "you returned the probability; the exercise asks for its "
                    "log.", "known-mistake"),
        ],
        hints=("The binomial coefficient and p**k are each too large or too small for a "
               "float when n = 2000, but their logs are not. scipy.special.xlogy(a, b) "
               "computes a log b with 0 log 0 = 0.",
               "n! = Gamma(n + 1), so log C(n, k) is a sum and difference of three "
               "log-gammas. For the two power terms, scipy.special.xlogy(a, b) computes "
               "a log b with 0 log 0 = 0, and still gives -inf when a > 0 and b = 0."),
    ),
    Exercise(
        "dist-normal-interval", name="normal_interval", reference=_interval, seed=1002,
        cases=_interval_cases, rtol=1e-6, atol=1e-30,
        requirements=["var is the variance: the scale is its square root",
                      "accurate 10 standard deviations out in either tail"],
        mistakes=[
            Mistake(_interval_var_as_scale, "you passed the variance as the scale: "
                    "stats.norm(mu, sigma) takes the standard deviation, "
                    "sigma = np.sqrt(var).", "known-mistake"),
            Mistake(_interval_cdf_difference, "far above the mean cdf(b) and cdf(a) are "
                    "both 1.0 in floating point and their difference is 0: use the "
                    "survival function, sf(a) - sf(b), when a is above the mean.",
                    "known-mistake"),
            Mistake(_interval_sign_of_a, "the tail is decided by where a lies relative "
                    "to the mean mu, not to 0: when mu = 100, a = 94 is far BELOW the mean, "
                    "where sf(a) and sf(b) are both 1.0.", "known-mistake"),
            Mistake(_interval_sf_difference, "far below the mean sf(a) and sf(b) are "
                    "both 1.0 in floating point and their difference is 0: use the CDF, "
                    "cdf(b) - cdf(a), when a is below the mean.", "known-mistake"),
        ],
        hints=("The second argument is a variance; SciPy wants a standard deviation. "
               "And 1 - (something within 1e-17 of 1) loses everything: which of cdf and "
               "sf is small in the upper tail?",
               "Build the normal with the standard deviation. Decide the tail by where "
               "the interval sits relative to the mean (not to 0): above the mean, "
               "subtract two survival-function values; below it, two CDF values."),
    ),
    Exercise(
        "dist-normal-loglik", name="normal_loglik", reference=_normal_loglik, seed=1003,
        cases=_loglik_cases, rtol=1e-7, atol=1e-9,
        requirements=["sigma by maximum likelihood: ddof=0",
                      "a sum of log-densities: 2,000 values"],
        mistakes=[
            Mistake(_normal_loglik_ddof1, "you used the sample standard deviation with "
                    "ddof=1; the maximum likelihood sigma divides by n: x.std().",
                    "known-mistake"),
            Mistake(_normal_loglik_var_scale, "you passed the variance as the scale: "
                    "stats.norm takes the standard deviation, np.std(x).", "known-mistake"),
            Mistake(_normal_loglik_no_constant, "the constant -(n/2) log(2 pi) is missing: "
                    "a log-likelihood is the sum of the full log-densities.",
                    "known-mistake"),
        ],
        hints=("Fit mu and sigma by maximum likelihood, as the chapter does, then add up "
               "the log-density of every value.",
               "mu is the sample mean and sigma the standard deviation that divides by n; "
               "the answer is a sum of log-densities (logpdf), never the log of a "
               "product of densities."),
    ),
    Exercise(
        "dist-lognormal-loglik", name="lognormal_loglik", reference=_lognormal_loglik,
        seed=1004, cases=_positive_cases, rtol=1e-7, atol=1e-9,
        requirements=["the density of x includes the 1/x of the change of variable",
                      "sigma of log x by maximum likelihood: ddof=0"],
        mistakes=[
            Mistake(_lognormal_no_jacobian, "that is the log-likelihood of log x, not of "
                    "x: the log-normal density has a 1/x, so subtract np.log(x).sum().",
                    "known-mistake"),
            Mistake(_lognormal_plus_log, "the change of variable divides the density "
                    "by x: subtract np.log(x).sum(), do not add it.", "known-mistake"),
            Mistake(_normal_loglik, "you fitted a normal to x itself; the log-normal is a "
                    "normal fitted to log x (then subtract np.log(x).sum()).",
                    "known-mistake"),
            Mistake(_lognormal_ddof1, "the maximum likelihood sigma of log x divides by "
                    "n: use np.log(x).std(), ddof=0.", "known-mistake"),
            Mistake(_lognormal_var_as_s, "lognorm's shape s is the standard deviation of "
                    "log x, not its variance.", "known-mistake"),
            Mistake(_lognormal_scale_mean_log, "lognorm's scale is exp(mu), the median of "
                    "x, not mu = mean of log x itself.", "known-mistake"),
            Mistake(_lognormal_free_loc, "lognorm.fit(x) also fits a shift loc; the "
                    "log-normal of the chapter has loc = 0: lognorm.fit(x, floc=0).",
                    "known-mistake"),
        ],
        hints=("Fit a normal to log x, then remember that the density of x is the density "
               "of log x times d(log x)/dx = 1/x.",
               "Work with z = log x: fit and score a normal on z exactly as in the "
               "previous exercise, then account for the 1/x factor of each density, "
               "which in logs is a subtraction of log x for every value."),
    ),
])
