"""Practice: maximum likelihood estimation (``exercises/mle_solutions.md``).

None of the answers is on the chapter's page as asked here: the page evaluates the
normal NLL with ``scipy.stats`` and the closed forms on tame data, and the
cross-entropies on fitted models; the practice asks for the formulas themselves, on
data chosen to break the usual shortcuts.

Stated requirements and what breaks an answer ignoring them:

* mle-normal-nll: sigma is the standard deviation -> every case but one has sigma != 1
  (sigma used as the variance fails); the sum over the samples, not the mean -> cases
  of several sizes (the mean is off by the factor n); far in the tail -> a case with x
  40 standard deviations out, where ``-np.log(norm.pdf(x))`` is -log(0) = inf.
* mle-normal-fit: the variance divided by n -> ``ddof=1`` is off by n/(n-1) on every
  case (n = 5 makes it 25%); the variance, not the standard deviation -> sigma != 1
  in every case; two-pass around the mean -> data offset by 1e9, where
  E[x²] - E[x]² loses every digit (asserted in ``tests/test_practice_specs.py``); the
  mean first -> every case ([var, mu] is a named mistake that says the order).
* mle-bce: the mean, not the sum -> cases of several sizes; the loss, not its
  negative -> every case has a nonzero loss; stable from the logits -> logits of
  ±800 with labels on both sides: ``np.log(sigmoid(z))`` is log 0 = -inf, and
  0 * log 0 = nan where the label is 0; clipping the probabilities caps the loss of
  a logit of -800 near 34.5 instead of 800 (a named mistake, sklearn's log_loss too).
* mle-ce: log-softmax along each row (axis 1) -> a square case (n = k) and
  non-square ones (softmax down the columns broadcasts without an error but gives
  other numbers; scipy's default axis=None, the whole matrix, is a named mistake);
  stable -> a row of logits near 1000 labelled with the class 1000 logits behind (exp
  overflows, inf/inf = nan; and even a shifted softmax rounds e^-1000 to 0, so the
  log of a softmax is -inf); y holds class indices, each row scores its own class -> labels in no
  particular order, class 0 included; ``Z[:, y]`` builds an (n, n) block and its
  mean is another number; the mean over the samples -> cases of several sizes.
"""

from __future__ import annotations

import numpy as np

from ..check import Case, Mistake
from ..numerics import log_sigmoid, log_softmax
from .spec import Exercise, register

# ---------------------------------------------------------------------------
# mle-normal-nll
# ---------------------------------------------------------------------------


def _normal_nll(x, mu, sigma):
    x = np.asarray(x, dtype=float)
    return float(len(x) / 2 * np.log(2 * np.pi * sigma ** 2)
                 + np.sum((x - mu) ** 2) / (2 * sigma ** 2))


def _nll_variance(x, mu, sigma):
    x = np.asarray(x, dtype=float)
    return float(len(x) / 2 * np.log(2 * np.pi * sigma)
                 + np.sum((x - mu) ** 2) / (2 * sigma))


def _nll_scale_variance(x, mu, sigma):
    return _normal_nll(x, mu, sigma ** 2)


def _nll_no_constant(x, mu, sigma):
    x = np.asarray(x, dtype=float)
    return float(np.sum((x - mu) ** 2) / (2 * sigma ** 2))


def _nll_mean(x, mu, sigma):
    return _normal_nll(x, mu, sigma) / len(np.asarray(x))


def _nll_cases(rng):
    return [
        Case((rng.normal(10, 3, 20), 10.0, 3.0), "20 samples, mu = 10, sigma = 3: "
             "sigma is the standard deviation (the variance is 9)"),
        Case((rng.normal(0, 0.5, 7), 0.2, 0.5), "7 samples, sigma = 0.5"),
        Case((np.array([1.0, 2.0, 3.0]), 2.0, 1.0), "three samples around mu = 2, "
             "sigma = 1: NLL = 1.5 log(2π) + 1"),
        Case((np.array([40.0, 0.0]), 0.0, 1.0), "x = 40 standard deviations out: its "
             "density underflows to 0.0, but its -log-density is 800 + ½log(2π)"),
        Case((rng.normal(-5, 2, 100), -4.0, 2.0), "100 samples, sigma = 2"),
    ]


# ---------------------------------------------------------------------------
# mle-normal-fit
# ---------------------------------------------------------------------------


def _normal_fit(x):
    x = np.asarray(x, dtype=float)
    mu = x.mean()
    return np.array([mu, np.mean((x - mu) ** 2)])


def _fit_ddof1(x):
    x = np.asarray(x, dtype=float)
    return np.array([x.mean(), x.var(ddof=1)])


def _fit_std(x):
    x = np.asarray(x, dtype=float)
    return np.array([x.mean(), x.std()])


def _fit_one_pass(x):
    x = np.asarray(x, dtype=float)
    return np.array([x.mean(), np.mean(x ** 2) - x.mean() ** 2])


#: data offset by 1e9: the one-pass formula E[x²] - E[x]² loses every digit here
OFFSET_DATA = 1e9 + np.array([4.0, 7.0, 13.0, 16.0])


def _fit_swapped(x):
    return _normal_fit(x)[::-1]


def _fit_cases(rng):
    return [
        Case((rng.normal(3, 2, 5),), "5 samples: dividing by n - 1 instead of n is "
             "25% off"),
        Case((rng.normal(-1, 4, 50),), "50 samples, sigma = 4 (variance 16)"),
        Case((np.array([1.0, 2.0, 3.0, 6.0]),), "1, 2, 3, 6: mean 3, MLE variance "
             "14 / 4 = 3.5"),
        Case((OFFSET_DATA,), "1e9 + (4, 7, 13, 16): variance 22.5, but E[x²] - E[x]² "
             "subtracts two numbers near 1e18 and loses every digit; subtract the mean "
             "first"),
    ]


# ---------------------------------------------------------------------------
# mle-bce
# ---------------------------------------------------------------------------


def _bce(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y, dtype=float)
    return float(-np.mean(y * log_sigmoid(z) + (1 - y) * log_sigmoid(-z)))


def _bce_sum(z, y):
    return _bce(z, y) * len(np.asarray(y))


def _bce_swapped(z, y):
    return _bce(z, 1 - np.asarray(y, dtype=float))


def _bce_clipped(eps):
    """Probabilities clipped to [eps, 1 - eps] (sklearn's log_loss clips at the
    float64 epsilon): every loss capped near -log(eps)."""
    def wrong(z, y):
        z, y = np.asarray(z, dtype=float), np.asarray(y, dtype=float)
        p = np.clip(np.exp(log_sigmoid(z)), eps, 1 - eps)
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
    return wrong


def _bce_exp_overflow(z, y):
    """The right formula, softplus(z) - y z, through log1p(exp(z)): exp(800) is inf."""
    z, y = np.asarray(z, dtype=float), np.asarray(y, dtype=float)
    with np.errstate(over="ignore"):
        return float(np.mean(np.log1p(np.exp(z)) - y * z))


#: the clipping levels learners use (and sklearn.metrics.log_loss's, float64 epsilon)
CLIP_LEVELS = (1e-7, 1e-8, 1e-10, 1e-12, 1e-15, float(np.finfo(float).eps))

_CLIP_MESSAGE = ("clipping the probabilities caps every loss near -log(eps) (34.5 for "
                 "eps = 1e-15): the loss is bounded but no longer exact. A logit of -800 "
                 "with label 1 costs exactly 800; compute from z: log sigmoid(z) = "
                 "-np.logaddexp(0, -z).")


def _bce_cases(rng):
    z1 = rng.standard_normal(10) * 2
    return [
        Case((z1, (rng.random(10) < 0.5).astype(float)), "10 random logits and labels"),
        Case((np.array([0.0, 0.0, 0.0]), np.array([1.0, 0.0, 1.0])), "z = 0: every "
             "p = 1/2, the loss is log 2"),
        Case((np.array([-800.0, 800.0, -800.0, 800.0]), np.array([1.0, 0.0, 0.0, 1.0])),
             "logits ±800: sigmoid(-800) rounds to 0, so log(sigmoid(z)) is -inf and "
             "0 * log(0) is nan; the right losses are 800, 800, 0 and 0"),
        Case((rng.standard_normal(40) * 5, (rng.random(40) < 0.3).astype(float)),
             "40 samples: the mean, not the sum"),
    ]


# ---------------------------------------------------------------------------
# mle-ce
# ---------------------------------------------------------------------------


def _ce(Z, y):
    Z, y = np.asarray(Z, dtype=float), np.asarray(y, dtype=int)
    return float(-np.mean(log_softmax(Z, axis=1)[np.arange(len(y)), y]))


def _ce_columns(Z, y):
    Z, y = np.asarray(Z, dtype=float), np.asarray(y, dtype=int)
    return float(-np.mean(log_softmax(Z, axis=0)[np.arange(len(y)), y]))


def _ce_block(Z, y):
    Z, y = np.asarray(Z, dtype=float), np.asarray(y, dtype=int)
    return float(-np.mean(log_softmax(Z, axis=1)[:, y]))


#: a row near 1000 whose label (2) is 1000 logits behind: the probability e^-1000
#: rounds to 0, so any log of a formed softmax (shifted or not) is -inf
STABLE_Z = np.array([[1000.0, 999.0, 0.0], [0.0, 1.0, 2.0]])


def _ce_log_of_softmax(Z, y):
    """The log of a (shifted, so overflow-free) softmax: -inf where a probability
    rounded to 0."""
    Z, y = np.asarray(Z, dtype=float), np.asarray(y, dtype=int)
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    P = E / E.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore"):
        return float(-np.mean(np.log(P[np.arange(len(y)), y])))


def _ce_whole_matrix(Z, y):
    """scipy.special.log_softmax(Z) with its default axis=None."""
    Z, y = np.asarray(Z, dtype=float), np.asarray(y, dtype=int)
    logp = log_softmax(Z.ravel()).reshape(Z.shape)
    return float(-np.mean(logp[np.arange(len(y)), y]))


def _ce_cases(rng):
    return [
        Case((rng.standard_normal((6, 3)), np.array([2, 0, 1, 1, 0, 2])),
             "6 samples, 3 classes, labels in no particular order"),
        Case((rng.standard_normal((4, 4)), np.array([3, 1, 0, 2])), "a square 4x4 "
             "matrix of logits: the softmax runs along each row (axis=1)"),
        Case((STABLE_Z, np.array([2, 2])),
             "a row of logits near 1000, labelled with its class 1000 logits behind: "
             "exp overflows, and its probability e^-1000 rounds to 0, so the log of a "
             "softmax is -inf; the log-softmax is about -1000, finite"),
        Case((rng.standard_normal((25, 5)) * 3, rng.integers(0, 5, 25)),
             "25 samples, 5 classes: the mean over the samples"),
    ]


EXERCISES = register([
    Exercise(
        "mle-normal-nll", name="normal_nll", reference=_normal_nll,
        seed=1001, cases=_nll_cases,
        requirements=["sigma is the standard deviation, not the variance",
                      "the sum over the samples, not the mean",
                      "finite far in the tail: no log of an underflowed density"],
        mistakes=[
            Mistake(_nll_variance, "you used sigma as the variance: the normal's "
                    "parameter here is the standard deviation, so the variance is "
                    "sigma ** 2.", "known-mistake"),
            Mistake(_nll_scale_variance, "you passed the variance sigma**2 where the "
                    "standard deviation belongs (scipy.stats.norm's scale is sigma).",
                    "known-mistake"),
            Mistake(_nll_no_constant, "the sum of squares is only part of it: the "
                    "term n/2 * log(2 pi sigma**2) depends on sigma, so it cannot be "
                    "dropped from the negative log-likelihood.", "known-mistake"),
            Mistake(_nll_mean, "that is the mean NLL per sample; the negative "
                    "log-likelihood of the sample is the sum over its samples.",
                    "factor-quantity"),
        ],
        hints=("Take the log of the normal density by hand, before summing: a log of "
               "an exponential is its exponent.",
               "For one sample, -log p(x) = ½ log(2π sigma²) + (x - mu)² / (2 sigma²), "
               "with sigma² the variance. Add it up over the samples: the first term "
               "n times, the second summed. No pdf is ever evaluated, so nothing "
               "underflows."),
    ),
    Exercise(
        "mle-normal-fit", name="normal_fit", reference=_normal_fit,
        seed=1002, cases=_fit_cases,
        requirements=["the variance divided by n (the MLE), not n - 1",
                      "the variance, not the standard deviation",
                      "two-pass: subtract the mean before squaring",
                      "the mean first: [mu_hat, var_hat]"],
        mistakes=[
            Mistake(_fit_ddof1, "dividing by n - 1 gives the unbiased estimate; the "
                    "maximum likelihood estimate divides by n (np.var's default "
                    "ddof=0).", "known-mistake"),
            Mistake(_fit_std, "the second entry is the standard deviation; the exercise "
                    "asks for the variance sigma².", "known-mistake"),
            Mistake(_fit_swapped, "the two values are in the other order: return "
                    "np.array([mu_hat, var_hat]), the mean first.", "wrong-order"),
            Mistake(_fit_one_pass, "E[x²] - E[x]² is right in exact arithmetic but "
                    "subtracts two nearly equal huge numbers when the data sit far from "
                    "0; subtract the mean first, then square.", "known-mistake"),
        ],
        hints=("Both estimates are averages (the chapter's closed forms).",
               "mu_hat is the sample mean; var_hat is the average of the squared "
               "deviations from mu_hat (divided by n). Subtracting mu_hat before "
               "squaring keeps data near 1e9 exact. Return the two, mean first."),
    ),
    Exercise(
        "mle-bce", name="bce_from_logits", reference=_bce,
        seed=1003, cases=_bce_cases, rtol=1e-9,
        requirements=["the mean over the samples, not the sum",
                      "the loss (a negative log-likelihood), not its negative",
                      "stable from the logits: logits of ±800 give finite losses"],
        mistakes=[
            Mistake(_bce_swapped, "the labels are swapped: y = 1 goes with log "
                    "sigmoid(z), the log-probability of class 1.", "known-mistake"),
            Mistake(_bce_sum, "that is the sum of the losses; the exercise asks for the "
                    "mean over the samples.", "factor-quantity"),
            *[Mistake(_bce_clipped(eps), _CLIP_MESSAGE, "known-mistake")
              for eps in CLIP_LEVELS],
            Mistake(_bce_exp_overflow, "np.exp of a logit of 800 overflows to inf "
                    "(anything past about 709 does), and log1p(inf) is inf: the formula "
                    "is right but must not form e^z. log(1 + e^t) is np.logaddexp(0, t).",
                    "overflow"),
        ],
        hints=("Never form the probability sigmoid(z): write log p and log(1 - p) "
               "directly in terms of z.",
               "log sigmoid(z) = -log(1 + e^-z), and np.logaddexp(0, t) computes "
               "log(1 + e^t) without forming e^t; log(1 - sigmoid(z)) = log sigmoid(-z). "
               "Average the per-sample losses -[y log sigmoid(z) + (1 - y) log "
               "sigmoid(-z)]."),
    ),
    Exercise(
        "mle-ce", name="cross_entropy", reference=_ce,
        seed=1004, cases=_ce_cases, rtol=1e-9,
        requirements=["log-softmax along each row (axis=1)",
                      "stable for logits near 1000",
                      "y holds class indices: each row scores its own class",
                      "the mean over the samples, not the sum"],
        mistakes=[
            Mistake(_ce_columns, "the softmax ran down the columns (axis=0): each row "
                    "of Z is one sample's logits, so normalise along axis=1.",
                    "known-mistake"),
            Mistake(_ce_block, "Z[:, y] takes every row's logits for every label, an "
                    "(n, n) block; pick one entry per row: [np.arange(n), y].",
                    "known-mistake"),
            Mistake(lambda Z, y: _ce(Z, y) * len(y), "that is the sum of the losses; "
                    "the exercise asks for the mean.", "factor-quantity"),
            Mistake(_ce_log_of_softmax, "you took the log of a softmax (or of a sum of "
                    "exponentials): the probability of a class 1000 logits behind is "
                    "e^-1000, which rounds to 0, so its log is -inf, even with each row's "
                    "maximum subtracted first (without it, exp(1000) overflows too). Never "
                    "form the probabilities: the log-softmax is "
                    "Z - logsumexp(Z, axis=1, keepdims=True).", "log-zero"),
            Mistake(_ce_whole_matrix, "the softmax ran over the whole matrix: "
                    "scipy.special.log_softmax and logsumexp default to axis=None, all "
                    "entries at once. Pass axis=1 (and keepdims=True for logsumexp) to "
                    "normalise each row.", "known-mistake"),
        ],
        hints=("The log of a softmax is each logit minus one log-sum-exp per row; pick "
               "each row's entry at its label.",
               "Row i's log-softmax is z_i minus the log-sum-exp of that row (axis=1, "
               "with keepdims so it lines up with Z). From each row keep the entry in "
               "column y_i (index the rows with np.arange(n) and the columns with y), "
               "and average minus those."),
    ),
])
