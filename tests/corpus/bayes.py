"""Learner answers for the Bayes practice notebook (exercises/bayes.md).

Written to be what learners actually type: the sensitivity for the posterior
(base-rate neglect), the specificity where the false-positive rate belongs, one
update whatever the number of tests, the odds returned instead of the
probability; the MLE or the posterior mean for the MAP, heads and tails swapped, a
forgotten -2; log-likelihoods of a sequence normalised one row at a time (the page's line),
without the prior, over the wrong axis,
through np.exp (nan near -1000), or not normalised at all; grey-level smoothing with
the page's 2 alpha, alpha once, no smoothing, one row per class seen, the levels
taken from the data; and correct answers in
other valid forms (the odds form, loops, scipy's logsumexp or one written out,
np.bincount, booleans).
"""

from . import right, wrong

PRELUDE = "from scipy.special import logsumexp"

ENTRIES = [
    # -- bayes-screen: wrong ---------------------------------------------------------
    wrong("bayes-screen", "the sensitivity", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    return sensitivity ** n_positive
''', "known-mistake"),
    wrong("bayes-screen", "specificity as the false-positive rate", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    sick = prevalence * sensitivity ** n_positive * (1 - sensitivity) ** n_negative
    healthy = (1 - prevalence) * specificity ** n_positive * (1 - specificity) ** n_negative
    return sick / (sick + healthy)
''', "known-mistake"),
    wrong("bayes-screen", "one update only", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    sick = prevalence * sensitivity
    return sick / (sick + (1 - prevalence) * (1 - specificity))
''', "known-mistake"),
    wrong("bayes-screen", "the page's positives-only screen: negatives ignored", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    sick = prevalence * sensitivity ** n_positive
    healthy = (1 - prevalence) * (1 - specificity) ** n_positive
    return sick / (sick + healthy)
''', "known-mistake"),
    wrong("bayes-screen", "returns the odds", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    odds = prevalence / (1 - prevalence)
    odds *= (sensitivity / (1 - specificity)) ** n_positive
    odds *= ((1 - sensitivity) / specificity) ** n_negative
    return odds
''', "known-mistake"),
    wrong("bayes-screen", "a percentage", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    sick = prevalence * sensitivity ** n_positive * (1 - sensitivity) ** n_negative
    healthy = (1 - prevalence) * (1 - specificity) ** n_positive * specificity ** n_negative
    return 100 * sick / (sick + healthy)
''', "known-mistake"),
    wrong("bayes-screen", "a negative treated as a positive", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    n = n_positive + n_negative
    sick = prevalence * sensitivity ** n
    healthy = (1 - prevalence) * (1 - specificity) ** n
    return sick / (sick + healthy)
''', "generic"),
    wrong("bayes-screen", "the negative ratio upside down", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    odds = prevalence / (1 - prevalence)
    odds *= (sensitivity / (1 - specificity)) ** n_positive
    odds *= (specificity / (1 - sensitivity)) ** n_negative
    return odds / (1 + odds)
''', "generic"),
    wrong("bayes-screen", "a negative divides by the positive ratio", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    lr = sensitivity / (1 - specificity)
    odds = prevalence / (1 - prevalence) * lr ** (n_positive - n_negative)
    return odds / (1 + odds)
''', "generic"),
    wrong("bayes-screen", "no normalisation", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    return prevalence * sensitivity ** n_positive * (1 - sensitivity) ** n_negative
''', "generic"),
    wrong("bayes-screen", "prints", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    sick = prevalence * sensitivity ** n_positive * (1 - sensitivity) ** n_negative
    healthy = (1 - prevalence) * (1 - specificity) ** n_positive * specificity ** n_negative
    print(sick / (sick + healthy))
''', "printed-not-returned"),
    wrong("bayes-screen", "the complement", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    sick = prevalence * sensitivity ** n_positive * (1 - sensitivity) ** n_negative
    healthy = (1 - prevalence) * (1 - specificity) ** n_positive * specificity ** n_negative
    return healthy / (sick + healthy)
''', "generic"),
    wrong("bayes-screen", "sensitivity and specificity swapped", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    sick = prevalence * specificity ** n_positive * (1 - specificity) ** n_negative
    healthy = (1 - prevalence) * (1 - sensitivity) ** n_positive * sensitivity ** n_negative
    return sick / (sick + healthy)
''', "generic"),
    wrong("bayes-screen", "prevalence as odds", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    odds = prevalence * (sensitivity / (1 - specificity)) ** n_positive
    odds *= ((1 - sensitivity) / specificity) ** n_negative
    return odds / (1 + odds)
''', "known-mistake"),
    wrong("bayes-screen", "counts multiplied, not powers", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    sick = prevalence * sensitivity * n_positive
    healthy = (1 - prevalence) * (1 - specificity) * n_positive
    return sick / (sick + healthy)
''', "known-mistake"),
    # -- bayes-screen: right ---------------------------------------------------------
    right("bayes-screen", "natural frequencies", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    sick = prevalence * sensitivity ** n_positive * (1 - sensitivity) ** n_negative
    healthy = (1 - prevalence) * (1 - specificity) ** n_positive * specificity ** n_negative
    return sick / (sick + healthy)
'''),
    right("bayes-screen", "odds form", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    odds = prevalence / (1 - prevalence)
    odds *= (sensitivity / (1 - specificity)) ** n_positive
    odds *= ((1 - sensitivity) / specificity) ** n_negative
    return odds / (1 + odds)
'''),
    right("bayes-screen", "a loop of updates over the results", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    p = prevalence
    for positive in [True] * n_positive + [False] * n_negative:
        a = sensitivity if positive else 1 - sensitivity
        b = 1 - specificity if positive else specificity
        p = a * p / (a * p + b * (1 - p))
    return p
'''),
    right("bayes-screen", "in log space", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    a = (np.log(prevalence) + n_positive * np.log(sensitivity)
         + n_negative * np.log1p(-sensitivity))
    b = (np.log1p(-prevalence) + n_positive * np.log1p(-specificity)
         + n_negative * np.log(specificity))
    return 1 / (1 + np.exp(b - a))
'''),
    right("bayes-screen", "fractions", '''
def prob_sick(prevalence, sensitivity, specificity, n_positive, n_negative):
    from fractions import Fraction as F
    p, s, c = F(prevalence), F(sensitivity), F(specificity)
    sick = p * s ** n_positive * (1 - s) ** n_negative
    return float(sick / (sick + (1 - p) * (1 - c) ** n_positive * c ** n_negative))
'''),
    # -- bayes-beta-map: wrong -------------------------------------------------------
    wrong("bayes-beta-map", "the MLE", '''
def beta_map(alpha, beta, flips):
    return np.mean(flips)
''', "known-mistake"),
    wrong("bayes-beta-map", "the posterior mean", '''
def beta_map(alpha, beta, flips):
    h = np.sum(flips)
    return (alpha + h) / (alpha + beta + len(flips))
''', "known-mistake"),
    wrong("bayes-beta-map", "heads and tails swapped", '''
def beta_map(alpha, beta, flips):
    t = np.sum(flips)
    h = len(flips) - t
    return (alpha + h - 1) / (alpha + beta + len(flips) - 2)
''', "known-mistake"),
    wrong("bayes-beta-map", "forgets the -2", '''
def beta_map(alpha, beta, flips):
    h = np.sum(flips)
    return (alpha + h - 1) / (alpha + beta + len(flips))
''', "generic"),
    wrong("bayes-beta-map", "the prior's MAP", '''
def beta_map(alpha, beta, flips):
    return (alpha - 1) / (alpha + beta - 2)
''', "generic"),
    wrong("bayes-beta-map", "returns the posterior parameters", '''
def beta_map(alpha, beta, flips):
    h = np.sum(flips)
    return alpha + h, beta + len(flips) - h
''', "wrong-shape"),
    wrong("bayes-beta-map", "prior added as a probability", '''
def beta_map(alpha, beta, flips):
    return (np.mean(flips) + alpha / (alpha + beta)) / 2
''', "generic"),
    wrong("bayes-beta-map", "h - 1 without alpha", '''
def beta_map(alpha, beta, flips):
    h = np.sum(flips)
    return (h + alpha) / (len(flips) + alpha + beta - 2)
''', "generic"),
    wrong("bayes-beta-map", "the prior mean", '''
def beta_map(alpha, beta, flips):
    return alpha / (alpha + beta)
''', "generic"),
    wrong("bayes-beta-map", "alpha and beta swapped", '''
def beta_map(alpha, beta, flips):
    h = np.sum(flips)
    return (beta + h - 1) / (alpha + beta + len(flips) - 2)
''', "generic"),
    wrong("bayes-beta-map", "integer division", '''
def beta_map(alpha, beta, flips):
    h = int(np.sum(flips))
    return int(alpha + h - 1) // int(alpha + beta + len(flips) - 2)
''', "integer-truncated"),
    wrong("bayes-beta-map", "posterior mode of beta only", '''
def beta_map(alpha, beta, flips):
    t = len(flips) - np.sum(flips)
    return (beta + t - 1) / (alpha + beta + len(flips) - 2)
''', "known-mistake"),
    wrong("bayes-beta-map", "n from the prior only", '''
def beta_map(alpha, beta, flips):
    h = np.sum(flips)
    return (alpha + h - 1) / (alpha + beta - 2)
''', "generic"),
    wrong("bayes-beta-map", "adds alpha to tails", '''
def beta_map(alpha, beta, flips):
    h = np.sum(flips)
    t = len(flips) - h
    return (beta + h - 1) / (alpha + beta + h + t - 2)
''', "generic"),
    wrong("bayes-beta-map", "no -1 in the numerator", '''
def beta_map(alpha, beta, flips):
    h = np.sum(flips)
    return (alpha + h) / (alpha + beta + len(flips) - 2)
''', "generic"),
    # -- bayes-beta-map: right -------------------------------------------------------
    right("bayes-beta-map", "counts", '''
def beta_map(alpha, beta, flips):
    flips = np.asarray(flips, dtype=float)
    h = flips.sum()
    t = len(flips) - h
    return (alpha + h - 1) / (alpha + beta + h + t - 2)
'''),
    right("bayes-beta-map", "loop of updates", '''
def beta_map(alpha, beta, flips):
    a, b = alpha, beta
    for f in flips:
        if f:
            a += 1
        else:
            b += 1
    return (a - 1) / (a + b - 2)
'''),
    right("bayes-beta-map", "Newton on the log posterior", '''
def beta_map(alpha, beta, flips):
    h = float(np.sum(flips))
    a, b = alpha + h, beta + len(flips) - h
    t = 0.5
    for _ in range(100):
        g = (a - 1) / t - (b - 1) / (1 - t)
        H = -(a - 1) / t**2 - (b - 1) / (1 - t) ** 2
        t = min(max(t - g / H, 1e-12), 1 - 1e-12)
    return t
'''),
    right("bayes-beta-map", "sum of a boolean list", '''
def beta_map(alpha, beta, flips):
    h = sum(bool(f) for f in flips)
    n = len(flips)
    return (alpha + h - 1) / (alpha + beta + n - 2)
'''),
    right("bayes-beta-map", "count_nonzero", '''
def beta_map(alpha, beta, flips):
    h = np.count_nonzero(flips)
    t = np.size(flips) - h
    a, b = alpha + h, beta + t
    return (a - 1) / (a + b - 2)
'''),
    # -- bayes-log-posterior: wrong --------------------------------------------------
    wrong("bayes-log-posterior", "no prior", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    return log_lik - logsumexp(log_lik, axis=1, keepdims=True)
''', "known-mistake"),
    wrong("bayes-log-posterior", "axis 0", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    a = log_lik + log_prior
    return a - logsumexp(a, axis=0, keepdims=True)
''', "wrong-axis"),
    wrong("bayes-log-posterior", "through exp", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    p = np.exp(log_lik + log_prior)
    return np.log(p / p.sum(axis=1, keepdims=True))
''', "nan-zero-division"),
    wrong("bayes-log-posterior", "not normalised", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    return log_lik + log_prior
''', "generic"),
    wrong("bayes-log-posterior", "logsumexp over everything", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    a = log_lik + log_prior
    return a - logsumexp(a)
''', "generic"),
    wrong("bayes-log-posterior", "subtracts the max only", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    a = log_lik + log_prior
    return a - a.max(axis=1, keepdims=True)
''', "generic"),
    wrong("bayes-log-posterior", "returns probabilities", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    a = log_lik + log_prior
    return np.exp(a - logsumexp(a, axis=1, keepdims=True))
''', "generic"),
    wrong("bayes-log-posterior", "prior times likelihood in logs", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    a = log_lik * log_prior
    return a - logsumexp(a, axis=1, keepdims=True)
''', "generic"),
    wrong("bayes-log-posterior", "sum of log instead of logsumexp", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    a = log_lik + log_prior
    return a - np.sum(a, axis=1, keepdims=True)
''', "generic"),
    wrong("bayes-log-posterior", "logsumexp without keepdims, broadcast on columns", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    a = log_lik + log_prior
    return a - logsumexp(a, axis=1)
''', "exception"),
    wrong("bayes-log-posterior", "log of the sum of logs", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    a = log_lik + log_prior
    return a - np.log(np.abs(a).sum(axis=1, keepdims=True))
''', "generic"),
    wrong("bayes-log-posterior", "prior subtracted", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    a = log_lik - log_prior
    return a - logsumexp(a, axis=1, keepdims=True)
''', "generic"),
    wrong("bayes-log-posterior", "np.log of np.sum of np.exp", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    a = log_lik + log_prior
    return a - np.log(np.sum(np.exp(a), axis=1, keepdims=True))
''', "log-zero"),
    wrong("bayes-log-posterior", "log prior added on axis 0", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    a = log_lik + np.reshape(log_prior, (-1, 1))[: len(log_lik)]
    return a - logsumexp(a, axis=1, keepdims=True)
''', "known-mistake"),
    wrong("bayes-log-posterior", "exp of prior times lik", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    p = np.exp(log_lik) * np.exp(log_prior)
    return np.log(p) - np.log(p.sum(axis=1, keepdims=True))
''', "log-zero"),
    wrong("bayes-log-posterior", "the page's one line: each observation alone", '''
def log_posterior(log_prior, log_lik):
    a = log_lik + log_prior
    return a - logsumexp(a, axis=1, keepdims=True)
''', "known-mistake"),
    wrong("bayes-log-posterior", "cumulative sum over the classes", '''
def log_posterior(log_prior, log_lik):
    a = np.cumsum(log_lik, axis=1) + log_prior
    return a - logsumexp(a, axis=1, keepdims=True)
''', "generic"),
    wrong("bayes-log-posterior", "the prior added at every step", '''
def log_posterior(log_prior, log_lik):
    a = np.cumsum(log_lik + log_prior, axis=0)
    return a - logsumexp(a, axis=1, keepdims=True)
''', "generic"),
    wrong("bayes-log-posterior", "only the final posterior", '''
def log_posterior(log_prior, log_lik):
    a = np.sum(log_lik, axis=0) + log_prior
    return a - logsumexp(a)
''', "wrong-shape"),
    # -- bayes-log-posterior: right --------------------------------------------------
    right("bayes-log-posterior", "a loop: yesterday's posterior is today's prior", '''
def log_posterior(log_prior, log_lik):
    out = []
    current = np.asarray(log_prior, dtype=float)
    for row in log_lik:
        a = current + row
        current = a - logsumexp(a)
        out.append(current)
    return np.array(out)
'''),
    right("bayes-log-posterior", "scipy logsumexp", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    a = log_lik + log_prior
    return a - logsumexp(a, axis=1, keepdims=True)
'''),
    right("bayes-log-posterior", "shift by the max by hand", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    a = log_lik + log_prior
    m = a.max(axis=1, keepdims=True)
    return a - (m + np.log(np.exp(a - m).sum(axis=1, keepdims=True)))
'''),
    right("bayes-log-posterior", "scipy log_softmax", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    from scipy.special import log_softmax
    return log_softmax(log_lik + log_prior, axis=1)
'''),
    right("bayes-log-posterior", "row loop", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    out = np.empty(np.shape(log_lik))
    for i, row in enumerate(log_lik):
        a = row + log_prior
        out[i] = a - logsumexp(a)
    return out
'''),
    right("bayes-log-posterior", "package logsumexp", '''
def log_posterior(log_prior, log_lik):
    log_lik = np.cumsum(log_lik, axis=0)
    from mfml.numerics import logsumexp as lse
    a = np.asarray(log_lik) + np.asarray(log_prior)
    return a - lse(a, axis=1, keepdims=True)
'''),
    # -- bayes-smooth: wrong ---------------------------------------------------------
    wrong("bayes-smooth", "2 alpha as for on/off pixels", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    X = np.asarray(X).astype(int)
    theta = np.empty((n_classes, X.shape[1], n_levels))
    for k in range(n_classes):
        rows = X[y == k]
        for v in range(n_levels):
            theta[k, :, v] = ((rows == v).sum(axis=0) + alpha) / (len(rows) + 2 * alpha)
    return theta
''', "known-mistake"),
    wrong("bayes-smooth", "alpha only once in the denominator", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    X = np.asarray(X).astype(int)
    theta = np.empty((n_classes, X.shape[1], n_levels))
    for k in range(n_classes):
        rows = X[y == k]
        for v in range(n_levels):
            theta[k, :, v] = ((rows == v).sum(axis=0) + alpha) / (len(rows) + alpha)
    return theta
''', "known-mistake"),
    wrong("bayes-smooth", "no smoothing", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    X = np.asarray(X).astype(int)
    theta = np.empty((n_classes, X.shape[1], n_levels))
    for k in range(n_classes):
        rows = X[y == k]
        for v in range(n_levels):
            theta[k, :, v] = (rows == v).mean(axis=0)
    return theta
''', "known-mistake"),
    wrong("bayes-smooth", "the page's on/off theta", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    X = np.asarray(X, dtype=float)
    return np.array([(X[y == k].sum(axis=0) + alpha) / ((y == k).sum() + 2 * alpha)
                     for k in range(n_classes)])
''', "wrong-shape"),
    wrong("bayes-smooth", "one row per class seen", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    X = np.asarray(X).astype(int)
    return np.array([[((X[y == k] == v).sum(axis=0) + alpha)
                      / ((y == k).sum() + n_levels * alpha) for v in range(n_levels)]
                     for k in np.unique(y)]).transpose(0, 2, 1)
''', "wrong-shape"),
    wrong("bayes-smooth", "levels taken from the data", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    X = np.asarray(X).astype(int)
    levels = np.unique(X)
    return np.array([[((X[y == k] == v).sum(axis=0) + alpha)
                      / ((y == k).sum() + len(levels) * alpha) for v in levels]
                     for k in range(n_classes)]).transpose(0, 2, 1)
''', "wrong-shape"),
    wrong("bayes-smooth", "levels and pixels swapped", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    X = np.asarray(X).astype(int)
    return np.array([[((X[y == k] == v).sum(axis=0) + alpha)
                      / ((y == k).sum() + n_levels * alpha) for v in range(n_levels)]
                     for k in range(n_classes)])
''', "wrong-shape"),
    wrong("bayes-smooth", "divides by all n", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    X = np.asarray(X).astype(int)
    theta = np.empty((n_classes, X.shape[1], n_levels))
    for k in range(n_classes):
        for v in range(n_levels):
            theta[k, :, v] = ((X[y == k] == v).sum(axis=0) + alpha) / (
                len(y) + n_levels * alpha)
    return theta
''', "factor"),
    wrong("bayes-smooth", "empty class set to zero", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    X = np.asarray(X).astype(int)
    theta = np.zeros((n_classes, X.shape[1], n_levels))
    for k in np.unique(y):
        rows = X[y == k]
        for v in range(n_levels):
            theta[k, :, v] = ((rows == v).sum(axis=0) + alpha) / (
                len(rows) + n_levels * alpha)
    return theta
''', "generic"),
    wrong("bayes-smooth", "log probabilities", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    X = np.asarray(X).astype(int)
    theta = np.empty((n_classes, X.shape[1], n_levels))
    for k in range(n_classes):
        rows = X[y == k]
        for v in range(n_levels):
            theta[k, :, v] = ((rows == v).sum(axis=0) + alpha) / (
                len(rows) + n_levels * alpha)
    return np.log(theta)
''', "generic"),
    wrong("bayes-smooth", "the level's value summed, not counted", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    X = np.asarray(X).astype(int)
    theta = np.empty((n_classes, X.shape[1], n_levels))
    for k in range(n_classes):
        rows = X[y == k]
        for v in range(n_levels):
            theta[k, :, v] = ((rows * (rows == v)).sum(axis=0) + alpha) / (
                len(rows) + n_levels * alpha)
    return theta
''', "generic"),
    wrong("bayes-smooth", "classes and pixels swapped", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    X = np.asarray(X).astype(int)
    theta = np.empty((n_classes, X.shape[1], n_levels))
    for k in range(n_classes):
        rows = X[y == k]
        for v in range(n_levels):
            theta[k, :, v] = ((rows == v).sum(axis=0) + alpha) / (len(rows) + n_levels * alpha)
    return theta.transpose(1, 0, 2)
''', "wrong-shape"),
    wrong("bayes-smooth", "alpha = 1 whatever alpha is", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    X = np.asarray(X).astype(int)
    theta = np.empty((n_classes, X.shape[1], n_levels))
    for k in range(n_classes):
        rows = X[y == k]
        for v in range(n_levels):
            theta[k, :, v] = ((rows == v).sum(axis=0) + 1) / (len(rows) + n_levels)
    return theta
''', "generic"),
    wrong("bayes-smooth", "alpha times n_levels on top", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    X = np.asarray(X).astype(int)
    theta = np.empty((n_classes, X.shape[1], n_levels))
    for k in range(n_classes):
        rows = X[y == k]
        for v in range(n_levels):
            theta[k, :, v] = ((rows == v).sum(axis=0) + n_levels * alpha) / (
                len(rows) + n_levels * alpha)
    return theta
''', "generic"),
    wrong("bayes-smooth", "a dict of classes", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    X = np.asarray(X).astype(int)
    theta = np.empty((n_classes, X.shape[1], n_levels))
    for k in range(n_classes):
        rows = X[y == k]
        for v in range(n_levels):
            theta[k, :, v] = ((rows == v).sum(axis=0) + alpha) / (len(rows) + n_levels * alpha)
    return dict(enumerate(theta))
''', "wrong-type"),
    # -- bayes-smooth: right ---------------------------------------------------------
    right("bayes-smooth", "loop over classes and levels", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    X = np.asarray(X).astype(int)
    theta = np.empty((n_classes, X.shape[1], n_levels))
    for k in range(n_classes):
        rows = X[y == k]
        for v in range(n_levels):
            theta[k, :, v] = ((rows == v).sum(axis=0) + alpha) / (
                len(rows) + n_levels * alpha)
    return theta
'''),
    right("bayes-smooth", "one-hot levels and classes with einsum", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    Y = np.eye(n_classes)[y]
    V = np.eye(n_levels)[np.asarray(X).astype(int)]
    counts = np.einsum("nk,ndv->kdv", Y, V)
    return (counts + alpha) / (Y.sum(axis=0)[:, None, None] + n_levels * alpha)
'''),
    right("bayes-smooth", "np.add.at", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    X = np.asarray(X).astype(int)
    n, d = X.shape
    counts = np.zeros((n_classes, d, n_levels))
    for i in range(n):
        np.add.at(counts, (y[i], np.arange(d), X[i]), 1)
    n_k = np.bincount(y, minlength=n_classes)
    return (counts + alpha) / (n_k[:, None, None] + n_levels * alpha)
'''),
    right("bayes-smooth", "pixel loops with lists", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    n, d = np.shape(X)
    out = []
    for k in range(n_classes):
        n_k = sum(1 for i in range(n) if y[i] == k)
        out.append([[(sum(1 for i in range(n) if y[i] == k and int(X[i][j]) == v)
                      + alpha) / (n_k + n_levels * alpha) for v in range(n_levels)]
                    for j in range(d)])
    return out
'''),
    right("bayes-smooth", "bincount per class and pixel", '''
def fit_theta(X, y, n_classes, n_levels, alpha):
    X = np.asarray(X, dtype=int)
    n_k = np.bincount(y, minlength=n_classes)
    theta = np.array([[np.bincount(X[y == k, j], minlength=n_levels)
                       for j in range(X.shape[1])] for k in range(n_classes)], float)
    return (theta + alpha) / (n_k[:, None, None] + n_levels * alpha)
'''),
]
