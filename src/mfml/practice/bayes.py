"""Practice: Bayes' theorem (``exercises/bayes_solutions.md``).

The page's screening code counts positive tests only; the practice asks for the
posterior after ``n_positive`` positive and ``n_negative`` negative results (a
negative multiplies the odds by a ratio the page never computes), the MAP of any
Beta prior from a list of flips, the log posterior after each observation of a
sequence, and smoothed probabilities of pixels with several grey levels (the
page's pixels are on or off), with a class that has no training images.

Stated requirements and what breaks an answer ignoring them:

* bayes-screen: P(sick | results) with the base rate -> the sensitivity returned
  as the answer (base-rate neglect); false positives at rate 1 - specificity ->
  ``specificity * (1 - prevalence)`` in the evidence; each of the n_positive tests
  multiplies the odds by the likelihood ratio -> an answer that updates once
  (cases with n_positive = 0, 2 and 3); n_positive = 0 gives the prevalence ->
  the same case; a negative multiplies the odds by (1 - se) / sp -> the page's
  positives-only ``screen`` (cases with n_negative = 1 and 2); a probability ->
  100 p and the odds o (known mistakes).
* bayes-beta-map: the prior counts -> h / n (the MLE); the peak, not the mean ->
  (alpha + h) / (alpha + beta + n); flips are 0/1 (or booleans), heads are the 1s
  -> counting the zeros as heads (every case has h != t).
* bayes-log-posterior (the posterior after each observation of a sequence, not
  the page's one independent sample per row): row t uses observations 0 .. t ->
  the page's one line, each row alone (known mistake); add the log prior ->
  normalising the log-likelihoods alone (the cases' priors are far from
  uniform); normalise over the classes, axis 1 -> logsumexp over axis 0
  (wrong-axis; every case has n != K or unequal rows); log-likelihoods near -1000
  stay finite -> ``np.log(np.exp(a) / np.exp(a).sum(...))`` gives nan.
* bayes-smooth (pixels with ``n_levels`` grey levels, not the page's on/off):
  add alpha to each count and n_levels * alpha to each class total -> the page's
  2 alpha, alpha once, and no smoothing (known mistakes); one row per class
  0 .. n_classes - 1, even a class with no images -> one row per class seen in y
  (wrong shape); a slot for every level, even one that never occurs -> levels
  taken from np.unique(X) (wrong shape).
"""

from __future__ import annotations

import numpy as np
from scipy.special import logsumexp

from ..check import Case, Mistake
from .spec import Exercise, register

# ---------------------------------------------------------------------------
# bayes-screen: the posterior after n positive tests
# ---------------------------------------------------------------------------


def _counts(prevalence, sensitivity, specificity, n_positive, n_negative):
    sick = prevalence * sensitivity**n_positive * (1 - sensitivity) ** n_negative
    healthy = (1 - prevalence) * (1 - specificity) ** n_positive * specificity**n_negative
    return sick, healthy


def _screen(prevalence, sensitivity, specificity, n_positive, n_negative):
    sick, healthy = _counts(prevalence, sensitivity, specificity, n_positive, n_negative)
    return sick / (sick + healthy)


def _screen_spec_not_fpr(prevalence, sensitivity, specificity, n_positive, n_negative):
    return _screen(prevalence, sensitivity, 1 - specificity, n_positive, n_negative)


def _screen_once(prevalence, sensitivity, specificity, n_positive, n_negative):
    return _screen(prevalence, sensitivity, specificity, 1, 0)


def _screen_sensitivity(prevalence, sensitivity, specificity, n_positive, n_negative):
    return sensitivity**n_positive


def _screen_no_negatives(prevalence, sensitivity, specificity, n_positive, n_negative):
    return _screen(prevalence, sensitivity, specificity, n_positive, 0)


def _screen_percent(prevalence, sensitivity, specificity, n_positive, n_negative):
    return 100 * _screen(prevalence, sensitivity, specificity, n_positive, n_negative)


def _screen_odds(prevalence, sensitivity, specificity, n_positive, n_negative):
    sick, healthy = _counts(prevalence, sensitivity, specificity, n_positive, n_negative)
    return sick / healthy


def _screen_prevalence_as_odds(prevalence, sensitivity, specificity, n_positive,
                                n_negative):
    sick, healthy = _counts(prevalence, sensitivity, specificity, n_positive, n_negative)
    odds = prevalence * (sick / prevalence) / (healthy / (1 - prevalence))
    return odds / (1 + odds)


def _screen_cases(rng):
    return [
        Case((0.01, 0.80, 0.904, 1, 0), "the chapter's screening numbers, one positive test"),
        Case((0.001, 0.95, 0.98, 2, 0), "two positive tests: the odds are multiplied twice"),
        Case((0.2, 0.7, 0.6, 3, 1), "three positives and one negative from a weak test"),
        Case((0.3, 0.9, 0.8, 1, 1), "one positive and one negative result"),
        Case((0.5, 0.8, 0.95, 0, 2), "two negative results and no positive"),
        Case((0.05, 0.9, 0.9, 0, 0), "no test yet: the posterior is the prior"),
        Case((float(rng.uniform(0.01, 0.3)), float(rng.uniform(0.6, 0.99)),
              float(rng.uniform(0.6, 0.99)), 2, 1),
             "random numbers, two positive results and one negative"),
    ]


# ---------------------------------------------------------------------------
# bayes-beta-map: the MAP of a Beta-Bernoulli posterior
# ---------------------------------------------------------------------------


def _heads(flips):
    f = np.asarray(flips, dtype=float).ravel()
    return float(f.sum()), float(f.size - f.sum())


def _beta_map(alpha, beta, flips):
    h, t = _heads(flips)
    return (alpha + h - 1) / (alpha + beta + h + t - 2)


def _beta_mle(alpha, beta, flips):
    h, t = _heads(flips)
    return h / (h + t)


def _beta_mean(alpha, beta, flips):
    h, t = _heads(flips)
    return (alpha + h) / (alpha + beta + h + t)


def _beta_swapped(alpha, beta, flips):
    h, t = _heads(flips)
    return (alpha + t - 1) / (alpha + beta + h + t - 2)


def _beta_tails(alpha, beta, flips):
    return 1 - _beta_map(alpha, beta, flips)


def _beta_cases(rng):
    return [
        Case((2, 2, [1, 1, 1, 0]), "prior Beta(2, 2), 3 heads and 1 tail: the MAP is 4/6"),
        Case((1, 1, np.array([1, 0, 1, 1, 1, 0, 1])),
             "a flat prior Beta(1, 1): the MAP is the fraction of heads"),
        Case((20, 20, rng.random(30) < 0.8), "a strong prior Beta(20, 20) and 30 boolean "
             "flips: True is heads"),
        Case((3, 5, np.array([0, 0, 1, 0, 0, 0])), "mostly tails, a prior leaning to tails"),
        Case((2.5, 1.5, [1, 1, 1, 1, 1]), "only heads, a non-integer prior"),
    ]


# ---------------------------------------------------------------------------
# bayes-log-posterior: normalise log joint probabilities with log-sum-exp
# ---------------------------------------------------------------------------


def _log_posterior(log_prior, log_lik):
    a = np.cumsum(log_lik, axis=0) + np.asarray(log_prior, dtype=float)
    return a - logsumexp(a, axis=1, keepdims=True)


def _log_post_no_prior(log_prior, log_lik):
    a = np.cumsum(log_lik, axis=0)
    return a - logsumexp(a, axis=1, keepdims=True)


def _log_post_axis0(log_prior, log_lik):
    a = np.cumsum(log_lik, axis=0) + np.asarray(log_prior, dtype=float)
    return a - logsumexp(a, axis=0, keepdims=True)


def _log_post_each_alone(log_prior, log_lik):
    a = np.asarray(log_lik, dtype=float) + np.asarray(log_prior, dtype=float)
    return a - logsumexp(a, axis=1, keepdims=True)


def _log_post_cases(rng):
    K = 4
    log_prior = np.log([0.1, 0.2, 0.3, 0.4])
    return [
        Case((log_prior, rng.standard_normal((3, K))), "3 observations, 4 classes, ordinary "
             "log-likelihoods and a prior that is not uniform"),
        Case((np.log([0.7, 0.2, 0.1]), rng.standard_normal((5, 3)) * 4 - 1000),
             "log-likelihoods near -1000: exp underflows to 0.0, so normalise with "
             "log-sum-exp"),
        Case((np.log([0.5, 0.5]), np.array([[-1200.0, -1201.0], [-3.0, -1.0]])),
             "a 2 x 2 case with rows that differ: normalise each row (over the classes)"),
        Case((np.log([0.5, 0.2, 0.1, 0.1, 0.1]), rng.standard_normal((1, 5)) * 50),
             "one observation, five classes"),
    ]


# ---------------------------------------------------------------------------
# bayes-smooth: Laplace-smoothed Bernoulli pixel probabilities
# ---------------------------------------------------------------------------


def _level_counts(X, y, n_classes, n_levels):
    X = np.asarray(X).astype(int)
    y = np.asarray(y)
    counts = np.zeros((n_classes, X.shape[1], n_levels))
    for k in range(n_classes):
        for v in range(n_levels):
            counts[k, :, v] = (X[y == k] == v).sum(axis=0)
    n_k = np.bincount(y, minlength=n_classes)[:n_classes].astype(float)
    return counts, n_k[:, None, None]


def _smooth(X, y, n_classes, n_levels, alpha):
    counts, n_k = _level_counts(X, y, n_classes, n_levels)
    return (counts + alpha) / (n_k + n_levels * alpha)


def _smooth_two(X, y, n_classes, n_levels, alpha):
    counts, n_k = _level_counts(X, y, n_classes, n_levels)
    return (counts + alpha) / (n_k + 2 * alpha)


def _smooth_half(X, y, n_classes, n_levels, alpha):
    counts, n_k = _level_counts(X, y, n_classes, n_levels)
    return (counts + alpha) / (n_k + alpha)


def _smooth_unsmoothed(X, y, n_classes, n_levels, alpha):
    counts, n_k = _level_counts(X, y, n_classes, n_levels)
    with np.errstate(invalid="ignore", divide="ignore"):
        return counts / n_k


def _smooth_cases(rng):
    X1 = rng.integers(0, 3, size=(12, 5))
    y1 = np.repeat([0, 1, 2], 4)
    X1[y1 == 0, 0] = 0                           # pixel 0 is always 0 in class 0
    X2 = (rng.random((9, 4)) < 0.5).astype(int)
    y2 = np.array([0, 0, 0, 2, 2, 2, 2, 2, 2])   # classes 1 and 3 have no images
    X3 = rng.integers(0, 3, size=(10, 3))        # level 3 of 4 never occurs
    y3 = np.repeat([0, 1], 5)
    return [
        Case((X1, y1, 3, 3, 1.0), "3 grey levels (0, 1, 2), alpha = 1, and a pixel "
             "always 0 in class 0: the other levels still get theta > 0 there"),
        Case((X1, y1, 3, 3, 0.5), "alpha = 0.5: add alpha to each count and "
             "n_levels * alpha to the class total"),
        Case((X2, y2, 4, 2, 1.0), "binary pixels, n_classes = 4 but classes 1 and 3 have "
             "no images: their entries are alpha / (n_levels alpha) = 1/2"),
        Case((X3, y3, 2, 4, 2.0), "n_levels = 4 but the value 3 never occurs: its slot "
             "is there all the same, alpha = 2"),
        Case((X2.astype(bool), y2, 4, 2, 0.25), "boolean pixels (False is level 0, True "
             "level 1), alpha = 0.25"),
    ]


EXERCISES = register([
    Exercise(
        "bayes-screen", name="prob_sick", reference=_screen, seed=401,
        cases=_screen_cases,
        hints=("Picture a population: what fraction is sick AND gets exactly these "
               "results, and what fraction is healthy AND gets them? A negative result "
               "is evidence too: how likely is it for a sick person, and for a healthy one?",
               "Use the odds form: start from the prior odds, multiply by the likelihood "
               "ratio P(result | sick) / P(result | healthy) once for every result "
               "(one ratio for a positive, another for a negative), then turn the odds "
               "back into a probability."),
        requirements=["P(sick | results), with the base rate, not the sensitivity",
                      "false positives happen at rate 1 - specificity",
                      "each of the n_positive tests multiplies the odds: n_positive = 0 "
                      "gives the prevalence",
                      "a negative result multiplies the odds too, by "
                      "P(- | sick) / P(- | healthy)",
                      "a probability in [0, 1], not odds or a percentage"],
        mistakes=[
            Mistake(_screen_sensitivity, "That is P(positive | sick), the sensitivity: "
                    "the prevalence (base rate) has to come in through Bayes' theorem.",
                    "known-mistake"),
            Mistake(_screen_spec_not_fpr, "Healthy people test positive at the "
                    "false-positive rate 1 - specificity, not at the specificity.",
                    "known-mistake"),
            Mistake(_screen_once, "Your answer is the posterior after one positive test "
                    "whatever the results are: every result multiplies the odds again.",
                    "known-mistake"),
            Mistake(_screen_no_negatives, "Your answer ignores the negative results: a "
                    "negative is evidence too (it is less likely for a sick person than "
                    "for a healthy one), so it lowers the odds.", "known-mistake"),
            Mistake(_screen_percent, "That is a percentage: return a probability in "
                    "[0, 1].", "known-mistake"),
            Mistake(_screen_odds, "That is the posterior odds o = P(sick) / P(healthy): "
                    "return the probability o / (1 + o).", "known-mistake"),
            Mistake(_screen_prevalence_as_odds, "The prior odds are prevalence / "
                    "(1 - prevalence), not the prevalence itself (close only when the "
                    "prevalence is small).", "known-mistake"),
        ],
        atol=1e-9,
    ),
    Exercise(
        "bayes-beta-map", name="beta_map", reference=_beta_map, seed=402,
        cases=_beta_cases,
        hints=("The posterior is again a Beta: which one? Then find where its density "
               "peaks.",
               "Count the heads (the 1s) and the tails; the chapter's Beta-Bernoulli "
               "theorem adds them to the prior's parameters. Then use the closed form "
               "of the peak of a Beta density from the chapter's MAP section (where the "
               "derivative of the log density is zero)."),
        requirements=["the prior counts: not the fraction of heads",
                      "the peak of the posterior, not its mean",
                      "flips are 0/1 or booleans; the 1s (True) are heads"],
        mistakes=[
            Mistake(_beta_mle, "That is h / n, the maximum likelihood estimate: the prior "
                    "adds alpha - 1 heads and beta - 1 tails.", "known-mistake"),
            Mistake(_beta_mean, "That is the posterior mean (a / (a + b)); the MAP is the "
                    "peak, (a - 1) / (a + b - 2).", "known-mistake"),
            Mistake(_beta_swapped, "Heads and tails are swapped: the 1s are heads.",
                    "known-mistake"),
            Mistake(_beta_tails, "That is the MAP of the probability of tails, "
                    "1 - theta: theta is the probability of heads.", "known-mistake"),
        ],
    ),
    Exercise(
        "bayes-log-posterior", name="log_posterior", reference=_log_posterior, seed=403,
        cases=_log_post_cases,
        hints=("The observations are independent given the class: the log-likelihood "
               "of the first t + 1 of them is a sum. Add the log prior once, then "
               "normalise, without leaving log space.",
               "Accumulate the log-likelihoods down the observations (a running total "
               "along axis 0), add the log prior to every row, and subtract from each "
               "row its log-sum-exp over the classes (kept as a column so it "
               "broadcasts)."),
        requirements=["add the log prior", "normalise over the classes (axis 1), per sample",
                      "log-likelihoods near -1000 stay finite: log-sum-exp, not exp",
                      "row t uses observations 0 .. t: their log-likelihoods add up"],
        mistakes=[
            Mistake(_log_post_no_prior, "You normalised the log-likelihoods alone: add the "
                    "log prior first.", "known-mistake"),
            Mistake(_log_post_each_alone, "Each row of yours is the posterior after "
                    "that one observation alone; row t is the posterior after all the "
                    "observations up to t (yesterday's posterior is today's prior).",
                    "known-mistake"),
            Mistake(_log_post_axis0, "You normalised over the observations (axis 0); a "
                    "posterior sums to 1 over the classes, within each row (axis 1).",
                    "wrong-axis"),
        ],
        atol=1e-8,
    ),
    Exercise(
        "bayes-smooth", name="fit_theta", reference=_smooth, seed=404,
        cases=_smooth_cases,
        hints=("Count, for each class, its images and, for each pixel and each level v, "
               "how many of them have that pixel at level v; then add imaginary images, "
               "alpha of every level.",
               "Build a (n_classes, d, n_levels) array of counts with a loop over the "
               "classes and the levels (a comparison X == v gives a boolean array you can "
               "sum over the rows of one class). The class sizes come from counting y "
               "with a length of n_classes, so an empty class gets 0. Divide, adding "
               "alpha above and one alpha per level below."),
        requirements=["add alpha to each count and n_levels * alpha to each class total",
                      "one row per class 0 .. n_classes - 1, even a class with no images",
                      "a slot for every level 0 .. n_levels - 1, even one that never "
                      "occurs"],
        mistakes=[
            Mistake(_smooth_two, "You added 2 alpha to the class total, as for on/off "
                    "pixels: here each pixel has n_levels values, and each gets alpha "
                    "imaginary images.", "known-mistake"),
            Mistake(_smooth_half, "Add alpha once per level to the class total (n_levels "
                    "* alpha), so each pixel's probabilities sum to 1.", "known-mistake"),
            Mistake(_smooth_unsmoothed, "That is the plain frequency N_kjv / N_k: add "
                    "alpha to the count and n_levels * alpha to the total.",
                    "known-mistake"),
        ],
    ),
])
