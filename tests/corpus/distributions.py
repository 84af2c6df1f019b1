"""Learner answers for the distributions practice notebook (exercises/distributions.md).

Written to be what learners actually type: a binomial log-PMF as the log of the
product (OverflowError from math.comb, inf from scipy's comb, log 0 from p**k),
k * log(p) at p = 0, scipy.stats where the formula is asked for, log(n!) through
math.factorial; a normal interval with the variance as the scale, a CDF difference
in the far upper tail or an sf difference in the far lower one, var squared; a
normal log-likelihood with ddof=1, as the log of a product, without the constant;
a log-normal log-likelihood without the 1/x, with ddof=1, with scipy's lognorm
misparametrised; and correct answers in other valid forms (lgamma and xlogy,
gammaln, loops, closed forms, erfc, scipy's lognorm, float32 where precise enough).
"""

from . import right, wrong

PRELUDE = """
from scipy import special, stats
"""

ENTRIES = [
    # -- dist-binom-logpmf: wrong -------------------------------------------------
    wrong("dist-binom-logpmf", "log of the product, math.comb", '''
def binom_logpmf(k, n, p):
    return math.log(math.comb(n, k) * p**k * (1 - p) ** (n - k))
''', "exception"),
    wrong("dist-binom-logpmf", "log of the product, scipy comb", '''
def binom_logpmf(k, n, p):
    return np.log(special.comb(n, k) * p**k * (1 - p) ** (n - k))
''', "inf"),
    wrong("dist-binom-logpmf", "k log p at p = 0", '''
def binom_logpmf(k, n, p):
    c = math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
    return c + k * np.log(p) + (n - k) * np.log(1 - p)
''', "known-mistake"),
    wrong("dist-binom-logpmf", "gammaln, k log p", '''
def binom_logpmf(k, n, p):
    c = special.gammaln(n + 1) - special.gammaln(k + 1) - special.gammaln(n - k + 1)
    return c + k * np.log(p) + (n - k) * np.log1p(-p)
''', "known-mistake"),
    wrong("dist-binom-logpmf", "scipy.stats", '''
def binom_logpmf(k, n, p):
    return stats.binom.logpmf(k, n, p)
''', "requirement"),
    wrong("dist-binom-logpmf", "scipy.stats log of pmf", '''
def binom_logpmf(k, n, p):
    return np.log(stats.binom(n, p).pmf(k))
''', "requirement"),
    wrong("dist-binom-logpmf", "the pmf, not its log", '''
def binom_logpmf(k, n, p):
    c = math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
    return math.exp(c + special.xlogy(k, p) + special.xlogy(n - k, 1 - p))
''', "known-mistake"),
    wrong("dist-binom-logpmf", "no binomial coefficient", '''
def binom_logpmf(k, n, p):
    return special.xlogy(k, p) + special.xlogy(n - k, 1 - p)
''', "known-mistake"),
    wrong("dist-binom-logpmf", "lgamma(n) instead of lgamma(n + 1)", '''
def binom_logpmf(k, n, p):
    c = math.lgamma(n) - math.lgamma(k) - math.lgamma(n - k)
    return c + special.xlogy(k, p) + special.xlogy(n - k, 1 - p)
''', "generic"),
    wrong("dist-binom-logpmf", "exponents swapped", '''
def binom_logpmf(k, n, p):
    c = math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
    return c + special.xlogy(n - k, p) + special.xlogy(k, 1 - p)
''', "known-mistake"),
    wrong("dist-binom-logpmf", "log10", '''
def binom_logpmf(k, n, p):
    c = (math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)) / math.log(10)
    return c + k * np.log10(p) + (n - k) * np.log10(1 - p)
''', "generic"),
    wrong("dist-binom-logpmf", "factorials", '''
def binom_logpmf(k, n, p):
    c = math.factorial(n) / (math.factorial(k) * math.factorial(n - k))
    return math.log(c) + special.xlogy(k, p) + special.xlogy(n - k, 1 - p)
''', "exception"),
    wrong("dist-binom-logpmf", "log of the product with floats", '''
def binom_logpmf(k, n, p):
    c = special.comb(n, k)
    return float(np.log(c) + np.log(p**k) + np.log((1 - p) ** (n - k)))
''', "inf"),
    wrong("dist-binom-logpmf", "forgot return", '''
def binom_logpmf(k, n, p):
    c = math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
    value = c + special.xlogy(k, p) + special.xlogy(n - k, 1 - p)
''', "none"),
    wrong("dist-binom-logpmf", "printed", '''
def binom_logpmf(k, n, p):
    c = math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
    print(c + special.xlogy(k, p) + special.xlogy(n - k, 1 - p))
''', "printed-not-returned"),
    wrong("dist-binom-logpmf", "np.log of the exact integer", '''
def binom_logpmf(k, n, p):
    return np.log(math.comb(n, k)) + special.xlogy(k, p) + special.xlogy(n - k, 1 - p)
''', "exception"),
    wrong("dist-binom-logpmf", "the negative log-probability", '''
def binom_logpmf(k, n, p):
    c = math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
    return -(c + special.xlogy(k, p) + special.xlogy(n - k, 1 - p))
''', "wrong-sign"),
    wrong("dist-binom-logpmf", "xlogy on p only", '''
def binom_logpmf(k, n, p):
    c = math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
    return c + special.xlogy(k, p) + (n - k) * np.log(1 - p)
''', "known-mistake"),
    # -- dist-binom-logpmf: right -------------------------------------------------
    right("dist-binom-logpmf", "lgamma and xlogy", '''
def binom_logpmf(k, n, p):
    c = math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
    return c + special.xlogy(k, p) + special.xlogy(n - k, 1 - p)
'''),
    right("dist-binom-logpmf", "gammaln, special cases for p = 0 and 1", '''
def binom_logpmf(k, n, p):
    c = special.gammaln(n + 1) - special.gammaln(k + 1) - special.gammaln(n - k + 1)
    a = 0.0 if k == 0 else k * np.log(p)
    b = 0.0 if k == n else (n - k) * np.log1p(-p)
    return c + a + b
'''),
    right("dist-binom-logpmf", "a loop of logs", '''
def binom_logpmf(k, n, p):
    c = 0.0
    for i in range(1, k + 1):
        c += math.log(n - k + i) - math.log(i)
    return c + special.xlogy(k, p) + special.xlogy(n - k, 1 - p)
'''),
    right("dist-binom-logpmf", "betaln", '''
def binom_logpmf(k, n, p):
    c = -math.log(n + 1) - special.betaln(n - k + 1, k + 1)
    return c + special.xlogy(k, p) + special.xlog1py(n - k, -p)
'''),
    right("dist-binom-logpmf", "log of the exact integer", '''
def binom_logpmf(k, n, p):
    return math.log(math.comb(n, k)) + special.xlogy(k, p) + special.xlogy(n - k, 1 - p)
'''),
    wrong("dist-binom-logpmf", "p of 0 or 1 taken as log-probability 0", '''
def binom_logpmf(k, n, p):
    if p == 0 or p == 1:
        return 0.0
    c = math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
    return c + k * math.log(p) + (n - k) * math.log(1 - p)
''', "known-mistake"),
    # -- dist-normal-interval: wrong ----------------------------------------------
    wrong("dist-normal-interval", "variance as the scale", '''
def normal_interval(mu, var, a, b):
    d = stats.norm(mu, var)
    return d.cdf(b) - d.cdf(a)
''', "known-mistake"),
    wrong("dist-normal-interval", "variance as the scale, with sf", '''
def normal_interval(mu, var, a, b):
    d = stats.norm(mu, var)
    return d.sf(a) - d.sf(b) if a >= mu else d.cdf(b) - d.cdf(a)
''', "known-mistake"),
    wrong("dist-normal-interval", "cdf difference", '''
def normal_interval(mu, var, a, b):
    d = stats.norm(mu, np.sqrt(var))
    return d.cdf(b) - d.cdf(a)
''', "known-mistake"),
    wrong("dist-normal-interval", "sf difference", '''
def normal_interval(mu, var, a, b):
    d = stats.norm(mu, np.sqrt(var))
    return d.sf(a) - d.sf(b)
''', "known-mistake"),
    wrong("dist-normal-interval", "standardise with the variance", '''
def normal_interval(mu, var, a, b):
    za, zb = (a - mu) / var, (b - mu) / var
    return stats.norm.cdf(zb) - stats.norm.cdf(za)
''', "known-mistake"),
    wrong("dist-normal-interval", "1 - cdf by hand in the tail", '''
def normal_interval(mu, var, a, b):
    d = stats.norm(mu, np.sqrt(var))
    if a >= mu:
        return (1 - d.cdf(a)) - (1 - d.cdf(b))
    return d.cdf(b) - d.cdf(a)
''', "known-mistake"),
    wrong("dist-normal-interval", "tail chosen by the sign of a, not by mu", '''
def normal_interval(mu, var, a, b):
    d = stats.norm(mu, np.sqrt(var))
    if a >= 0:
        return d.sf(a) - d.sf(b)
    return d.cdf(b) - d.cdf(a)
''', "known-mistake"),
    wrong("dist-normal-interval", "var squared", '''
def normal_interval(mu, var, a, b):
    d = stats.norm(mu, var**2)
    return d.cdf(b) - d.cdf(a)
''', "generic"),
    wrong("dist-normal-interval", "erf with the variance", '''
def normal_interval(mu, var, a, b):
    F = lambda x: 0.5 * (1 + math.erf((x - mu) / (var * math.sqrt(2))))
    return F(b) - F(a)
''', "known-mistake"),
    wrong("dist-normal-interval", "erf, sigma right", '''
def normal_interval(mu, var, a, b):
    s = math.sqrt(var)
    F = lambda x: 0.5 * (1 + math.erf((x - mu) / (s * math.sqrt(2))))
    return F(b) - F(a)
''', "generic"),
    wrong("dist-normal-interval", "densities times the width", '''
def normal_interval(mu, var, a, b):
    d = stats.norm(mu, np.sqrt(var))
    return d.pdf((a + b) / 2) * (b - a)
''', "generic"),
    wrong("dist-normal-interval", "order swapped", '''
def normal_interval(mu, var, a, b):
    d = stats.norm(mu, np.sqrt(var))
    return d.cdf(a) - d.cdf(b)
''', "wrong-sign"),
    wrong("dist-normal-interval", "forgot return", '''
def normal_interval(mu, var, a, b):
    d = stats.norm(mu, np.sqrt(var))
    p = d.sf(a) - d.sf(b) if a >= mu else d.cdf(b) - d.cdf(a)
''', "none"),
    wrong("dist-normal-interval", "sampling", '''
def normal_interval(mu, var, a, b):
    x = np.random.default_rng(0).normal(mu, np.sqrt(var), 100_000)
    return np.mean((x > a) & (x <= b))
''', "inaccurate"),
    wrong("dist-normal-interval", "only the CDF at b", '''
def normal_interval(mu, var, a, b):
    return stats.norm(mu, np.sqrt(var)).cdf(b)
''', "generic"),
    wrong("dist-normal-interval", "pdf difference", '''
def normal_interval(mu, var, a, b):
    d = stats.norm(mu, np.sqrt(var))
    return d.pdf(b) - d.pdf(a)
''', "generic"),
    wrong("dist-normal-interval", "square root twice", '''
def normal_interval(mu, var, a, b):
    d = stats.norm(mu, np.sqrt(np.sqrt(var)))
    return d.sf(a) - d.sf(b) if a >= mu else d.cdf(b) - d.cdf(a)
''', "generic"),
    # -- dist-normal-interval: right ----------------------------------------------
    right("dist-normal-interval", "sf above, cdf below", '''
def normal_interval(mu, var, a, b):
    d = stats.norm(mu, np.sqrt(var))
    if a >= mu:
        return d.sf(a) - d.sf(b)
    return d.cdf(b) - d.cdf(a)
'''),
    right("dist-normal-interval", "erfc", '''
def normal_interval(mu, var, a, b):
    s = math.sqrt(2 * var)
    if a >= mu:
        return 0.5 * (math.erfc((a - mu) / s) - math.erfc((b - mu) / s))
    return 0.5 * (math.erfc((mu - b) / s) - math.erfc((mu - a) / s))
'''),
    right("dist-normal-interval", "by symmetry", '''
def normal_interval(mu, var, a, b):
    s = np.sqrt(var)
    za, zb = (a - mu) / s, (b - mu) / s
    if za < 0:
        za, zb = -zb, -za
    return stats.norm.sf(za) - stats.norm.sf(zb)
'''),
    right("dist-normal-interval", "ndtr", '''
def normal_interval(mu, var, a, b):
    s = np.sqrt(var)
    za, zb = (a - mu) / s, (b - mu) / s
    if za >= 0:
        return special.ndtr(-za) - special.ndtr(-zb)
    return special.ndtr(zb) - special.ndtr(za)
'''),
    right("dist-normal-interval", "log-space difference", '''
def normal_interval(mu, var, a, b):
    d = stats.norm(mu, np.sqrt(var))
    if a >= mu:
        return np.exp(d.logsf(a)) - np.exp(d.logsf(b))
    return np.exp(d.logcdf(b)) - np.exp(d.logcdf(a))
'''),
    # -- dist-normal-loglik: wrong ------------------------------------------------
    wrong("dist-normal-loglik", "ddof=1", '''
def normal_loglik(x):
    return stats.norm(np.mean(x), np.std(x, ddof=1)).logpdf(x).sum()
''', "known-mistake"),
    wrong("dist-normal-loglik", "log of the product", '''
def normal_loglik(x):
    return np.log(np.prod(stats.norm(np.mean(x), np.std(x)).pdf(x)))
''', "log-zero"),
    wrong("dist-normal-loglik", "variance as the scale", '''
def normal_loglik(x):
    return stats.norm(np.mean(x), np.var(x)).logpdf(x).sum()
''', "known-mistake"),
    wrong("dist-normal-loglik", "mean instead of sum", '''
def normal_loglik(x):
    return stats.norm(np.mean(x), np.std(x)).logpdf(x).mean()
''', "factor-quantity"),
    wrong("dist-normal-loglik", "no constant", '''
def normal_loglik(x):
    mu, s = np.mean(x), np.std(x)
    return np.sum(-(x - mu) ** 2 / (2 * s**2)) - len(x) * np.log(s)
''', "known-mistake"),
    wrong("dist-normal-loglik", "the pdf summed", '''
def normal_loglik(x):
    return stats.norm(np.mean(x), np.std(x)).pdf(x).sum()
''', "generic"),
    wrong("dist-normal-loglik", "standard normal", '''
def normal_loglik(x):
    return stats.norm.logpdf(x).sum()
''', "generic"),
    wrong("dist-normal-loglik", "the negative log-likelihood", '''
def normal_loglik(x):
    return -stats.norm(np.mean(x), np.std(x)).logpdf(x).sum()
''', "wrong-sign"),
    wrong("dist-normal-loglik", "closed form with ddof=1", '''
def normal_loglik(x):
    n, s2 = len(x), np.var(x, ddof=1)
    return -n / 2 * np.log(2 * np.pi * s2) - n / 2
''', "generic"),
    wrong("dist-normal-loglik", "log2", '''
def normal_loglik(x):
    return np.sum(np.log2(stats.norm(np.mean(x), np.std(x)).pdf(x)))
''', "generic"),
    wrong("dist-normal-loglik", "printed", '''
def normal_loglik(x):
    print(stats.norm(np.mean(x), np.std(x)).logpdf(x).sum())
''', "printed-not-returned"),
    wrong("dist-normal-loglik", "one term of the closed form", '''
def normal_loglik(x):
    return -0.5 * np.log(2 * np.pi * np.var(x)) - 0.5
''', "factor-quantity"),
    wrong("dist-normal-loglik", "median for the mean", '''
def normal_loglik(x):
    return stats.norm(np.median(x), np.std(x)).logpdf(x).sum()
''', "generic"),
    wrong("dist-normal-loglik", "forgot return", '''
def normal_loglik(x):
    ll = stats.norm(np.mean(x), np.std(x)).logpdf(x).sum()
''', "none"),
    # -- dist-normal-loglik: right ------------------------------------------------
    right("dist-normal-loglik", "scipy logpdf", '''
def normal_loglik(x):
    return stats.norm(np.mean(x), np.std(x)).logpdf(x).sum()
'''),
    right("dist-normal-loglik", "closed form", '''
def normal_loglik(x):
    n = len(x)
    return -n / 2 * np.log(2 * np.pi * np.var(x)) - n / 2
'''),
    right("dist-normal-loglik", "formula by hand", '''
def normal_loglik(x):
    mu = x.mean()
    s2 = ((x - mu) ** 2).mean()
    return np.sum(-0.5 * np.log(2 * np.pi * s2) - (x - mu) ** 2 / (2 * s2))
'''),
    right("dist-normal-loglik", "scipy fit", '''
def normal_loglik(x):
    return stats.norm(*stats.norm.fit(x)).logpdf(x).sum()
'''),
    right("dist-normal-loglik", "a loop", '''
def normal_loglik(x):
    mu, s = np.mean(x), np.std(x)
    total = 0.0
    for v in x:
        total += math.log(1 / (s * math.sqrt(2 * math.pi))) - (v - mu) ** 2 / (2 * s * s)
    return total
'''),
    # -- dist-lognormal-loglik: wrong ---------------------------------------------
    wrong("dist-lognormal-loglik", "no 1/x", '''
def lognormal_loglik(x):
    z = np.log(x)
    return stats.norm(z.mean(), z.std()).logpdf(z).sum()
''', "known-mistake"),
    wrong("dist-lognormal-loglik", "ddof=1", '''
def lognormal_loglik(x):
    z = np.log(x)
    return stats.norm(z.mean(), z.std(ddof=1)).logpdf(z).sum() - z.sum()
''', "known-mistake"),
    wrong("dist-lognormal-loglik", "plus log x", '''
def lognormal_loglik(x):
    z = np.log(x)
    return stats.norm(z.mean(), z.std()).logpdf(z).sum() + z.sum()
''', "known-mistake"),
    wrong("dist-lognormal-loglik", "normal on x", '''
def lognormal_loglik(x):
    return stats.norm(np.mean(x), np.std(x)).logpdf(x).sum()
''', "known-mistake"),
    wrong("dist-lognormal-loglik", "lognorm with mu as the scale", '''
def lognormal_loglik(x):
    z = np.log(x)
    return stats.lognorm(s=z.std(), scale=z.mean()).logpdf(x).sum()
''', "known-mistake"),
    wrong("dist-lognormal-loglik", "lognorm with the defaults", '''
def lognormal_loglik(x):
    z = np.log(x)
    return stats.lognorm(z.std()).logpdf(x).sum()
''', "generic"),
    wrong("dist-lognormal-loglik", "minus the log of the sum", '''
def lognormal_loglik(x):
    z = np.log(x)
    return stats.norm(z.mean(), z.std()).logpdf(z).sum() - np.log(x.sum())
''', "generic"),
    wrong("dist-lognormal-loglik", "mean of log-densities", '''
def lognormal_loglik(x):
    z = np.log(x)
    return np.mean(stats.norm(z.mean(), z.std()).logpdf(z) - z)
''', "factor-quantity"),
    wrong("dist-lognormal-loglik", "forgot return", '''
def lognormal_loglik(x):
    z = np.log(x)
    ll = stats.norm(z.mean(), z.std()).logpdf(z).sum() - z.sum()
''', "none"),
    wrong("dist-lognormal-loglik", "exp instead of log", '''
def lognormal_loglik(x):
    z = np.exp(x)
    return stats.norm(z.mean(), z.std()).logpdf(z).sum() - z.sum()
''', "overflow"),
    wrong("dist-lognormal-loglik", "log10", '''
def lognormal_loglik(x):
    z = np.log10(x)
    return stats.norm(z.mean(), z.std()).logpdf(z).sum() - z.sum()
''', "generic"),
    wrong("dist-lognormal-loglik", "lognorm with the variance", '''
def lognormal_loglik(x):
    z = np.log(x)
    return stats.lognorm(s=z.var(), scale=np.exp(z.mean())).logpdf(x).sum()
''', "known-mistake"),
    wrong("dist-lognormal-loglik", "the normal fitted to log x, no Jacobian, ddof=1", '''
def lognormal_loglik(x):
    z = np.log(x)
    return stats.norm(z.mean(), z.std(ddof=1)).logpdf(z).sum()
''', "generic"),
    wrong("dist-lognormal-loglik", "lognorm.fit with a free loc", '''
def lognormal_loglik(x):
    params = stats.lognorm.fit(x)
    return stats.lognorm(*params).logpdf(x).sum()
''', "known-mistake"),
    # -- dist-lognormal-loglik: right ---------------------------------------------
    right("dist-lognormal-loglik", "normal of log x minus sum of log x", '''
def lognormal_loglik(x):
    z = np.log(x)
    return stats.norm(z.mean(), z.std()).logpdf(z).sum() - z.sum()
'''),
    right("dist-lognormal-loglik", "scipy lognorm", '''
def lognormal_loglik(x):
    z = np.log(x)
    return stats.lognorm(s=z.std(), scale=np.exp(z.mean())).logpdf(x).sum()
'''),
    right("dist-lognormal-loglik", "scipy lognorm fit", '''
def lognormal_loglik(x):
    s, loc, scale = stats.lognorm.fit(x, floc=0)
    return stats.lognorm(s, loc, scale).logpdf(x).sum()
'''),
    right("dist-lognormal-loglik", "closed form", '''
def lognormal_loglik(x):
    z = np.log(x)
    n = len(z)
    return -n / 2 * np.log(2 * np.pi * z.var()) - n / 2 - z.sum()
'''),
    right("dist-lognormal-loglik", "density by hand", '''
def lognormal_loglik(x):
    z = np.log(x)
    mu, s = z.mean(), z.std()
    dens = np.exp(-(z - mu) ** 2 / (2 * s**2)) / (x * s * np.sqrt(2 * np.pi))
    return np.log(dens).sum()
'''),
]
