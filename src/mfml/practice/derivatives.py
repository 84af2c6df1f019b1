"""Practice: derivatives (``exercises/derivatives_solutions.md``).

Stated requirements and what breaks an answer ignoring them:

* der-central: a central difference -> smooth functions whose exact derivative is
  the reference, with ``rtol=2e-9``: a forward difference (error about h f''/2, 3e-6
  relative with the scaled step, about 7e-9 even at its best step 1e-8) fails; a
  step that scales with max(1, |x|) -> log at x = 1e3, 1e6 and 1e9, where a fixed
  step of 1e-5 leaves relative errors of about 6e-9, 8e-8 and far more (round-off),
  and exp at x = 0 and x = 1e-8, where a step proportional to |x| alone is 0 (0/0)
  or 6e-14 (round-off of about 4e-3); a fixed step of 1e-3 fails on exp at 1
  (truncation 1.7e-7). Asserted in ``tests/test_practice_specs.py``.
* der-sigmoid-prime: the learner's derivative is compared, at points they never
  see, with :func:`mfml.gradcheck.numerical_gradient` of the stable
  :func:`mfml.calculus.sigmoid` (``reference``). Written via sigmoid -> a source
  rule; no overflow or NaN for large |z| -> z = -1000, where exp(-z) overflows and
  e^{-z} sigma(z)^2 = inf * 0 = nan (|z| = 40 is in the cases too, but in float64
  no formula overflows there); elementwise -> array cases (``float(...)`` raises).
* der-slope: no intercept -> data whose x has a large mean and whose y has an
  offset, where the with-intercept slope (np.polyfit) is far off; the minimiser of
  the squared error -> sum(y) / sum(x) and mean(y / x) differ from x.y / x.x on
  every case but the one-point one.
* der-taylor2: the factor 1/2 -> f''(a) != 0 in every case; powers of (x - a) ->
  a != 0 in every case; x may be an array -> array cases (``math.pow`` raises).
"""

from __future__ import annotations

import numpy as np

from ..calculus import sigmoid
from ..check import Case, Mistake
from ..gradcheck import H0, numerical_gradient
from ..rules import must_call
from .spec import Exercise, register

# ---------------------------------------------------------------------------
# der-central
# ---------------------------------------------------------------------------


class Fn:
    """A test function with its exact derivative; prints as its formula."""

    def __init__(self, name, f, df):
        self.name, self.f, self.df = name, f, df

    def __call__(self, x):
        return self.f(x)

    def __repr__(self) -> str:
        return self.name


EXP = Fn("exp", np.exp, np.exp)
SIN = Fn("sin", np.sin, np.cos)
LOG = Fn("log", np.log, lambda x: 1 / x)
CUBE = Fn("x**3 - 2*x", lambda x: x**3 - 2 * x, lambda x: 3 * x**2 - 2)

#: (function, x) cases of der-central, each with the requirement it tests
CENTRAL_CASES = [
    (EXP, 1.0, "exp at x = 1: a central difference; a forward difference is off by "
     "about h f''/2, far more than the tolerance"),
    (SIN, 0.3, "sin at x = 0.3"),
    (CUBE, -2.0, "x³ - 2x at x = -2"),
    (LOG, 1e3, "log at x = 1e3: a fixed small step is lost in round-off; scale the "
     "step with max(1, |x|)"),
    (LOG, 1e6, "log at x = 1e6: a fixed step is lost in round-off; scale the step "
     "with max(1, |x|)"),
    (LOG, 1e9, "log at x = 1e9: a fixed step of 1e-5 is a few dozen float spacings "
     "of x, all round-off; scale the step with max(1, |x|)"),
    (EXP, 0.0, "exp at x = 0: a step proportional to |x| alone is 0 there; use "
     "max(1, |x|)"),
    (EXP, 1e-8, "exp at x = 1e-8: a step of H0·|x| = 6e-14 is all round-off; use "
     "max(1, |x|)"),
]


def _central(f, x):
    return f.df(x)


def _central_cases(rng):
    return [Case((f, x), note) for f, x, note in CENTRAL_CASES]


def _forward_scaled(f, x):
    h = H0 * max(1.0, abs(x))
    return (f(x + h) - f(x)) / h


def _central_no_two(f, x):
    h = H0 * max(1.0, abs(x))
    return (f(x + h) - f(x - h)) / h


# ---------------------------------------------------------------------------
# der-sigmoid-prime
# ---------------------------------------------------------------------------

def _sigmoid_prime_numeric(z):
    """What mfml.gradcheck says sigma' is at each z (the exercise's reference)."""
    z = np.asarray(z, dtype=float)
    out = [numerical_gradient(lambda v: sigmoid(v[0]), [zi])[0] for zi in z.ravel()]
    return np.array(out).reshape(z.shape)


def _sigmoid_cases(rng):
    return [
        Case((rng.standard_normal(8) * 3,), "eight random points"),
        Case((np.linspace(-6, 6, 13),), "from -6 to 6: the largest value, 1/4, at z = 0"),
        Case((np.array([-1000.0, -40.0, 40.0, 1000.0]),), "|z| = 40 and 1000: for "
             "z = -1000, exp(-z) overflows, and a formula built on it gives inf/inf or "
             "inf * 0 = NaN; written with sigmoid(z) it is a clean 0"),
        Case((rng.uniform(-20, 20, (3, 4)),), "a 3x4 array: elementwise, any shape"),
    ]


# ---------------------------------------------------------------------------
# der-slope
# ---------------------------------------------------------------------------

def _slope(x, y):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    return float(x @ y / (x @ x))


def _slope_cases(rng):
    x1 = rng.uniform(18, 42, 60)                      # a bmi-like feature, mean ~30
    y1 = 150 + 4 * (x1 - 30) + rng.normal(0, 20, 60)
    x2 = rng.standard_normal(40) + 3.0
    y2 = -2.0 * x2 + 5.0 + 0.1 * rng.standard_normal(40)
    return [
        Case((x1, y1), "x with mean about 30 and y with an offset: the line through the "
             "origin has a different slope from the fit with an intercept"),
        Case((x2, y2), "y = -2x + 5 plus noise: no intercept in the model, so the slope "
             "is not -2"),
        Case((np.array([1.0, 2.0]), np.array([2.0, 3.0])), "two points, (1, 2) and "
             "(2, 3): w* = (2 + 6) / (1 + 4) = 1.6"),
        Case(([1, 2, 3, 4], [1, 1, 2, 5]), "integer lists"),
    ]


def _polyfit_slope(x, y):
    return float(np.polyfit(np.asarray(x, float), np.asarray(y, float), 1)[0])


# ---------------------------------------------------------------------------
# der-taylor2
# ---------------------------------------------------------------------------

def _taylor2(f_a, df_a, d2f_a, a, x):
    d = np.asarray(x, dtype=float) - a
    return f_a + df_a * d + 0.5 * d2f_a * d**2


def _taylor_cases(rng):
    a = 0.5
    return [
        Case((np.log(a), 1 / a, -1 / a**2, a, np.linspace(0.3, 0.8, 6)), "log around "
             "a = 0.5 (the chapter's picture): powers of (x - a), and 1/2 f''(a)"),
        Case((np.exp(1.0), np.exp(1.0), np.exp(1.0), 1.0, np.array([0.5, 1.0, 1.2])),
             "exp around a = 1: at x = a the value is f(a)"),
        Case((0.0, 1.0, -1.0, 2.0, 3.5), "a single number x = 3.5 around a = 2"),
        Case((1.0, -2.0, 6.0, -1.0, rng.uniform(-2, 0, 5)), "around a = -1"),
    ]


EXERCISES = register([
    Exercise(
        "der-central", name="central_difference", reference=_central, seed=901,
        cases=_central_cases, rtol=2e-9, atol=1e-18,
        requirements=["a central difference", "a step that scales with max(1, |x|)"],
        mistakes=[
            Mistake(_forward_scaled, "that is a forward difference, (f(x + h) - f(x)) / h: "
                    "its error is about h f''(x) / 2. The central difference "
                    "(f(x + h) - f(x - h)) / (2h) cancels that term.", "known-mistake"),
            Mistake(_central_no_two, "f(x + h) and f(x - h) are 2h apart: divide by 2h.",
                    "factor"),
        ],
        hints=("Step to both sides of x, by the same h, and make h grow with |x| so "
               "that x + h differs from x by the same relative amount.",
               "h = np.finfo(float).eps ** (1 / 3) * max(1.0, abs(x)); "
               "return (f(x + h) - f(x - h)) / (2 * h)."),
    ),
    Exercise(
        "der-sigmoid-prime", name="sigmoid_prime", reference=_sigmoid_prime_numeric,
        seed=902, cases=_sigmoid_cases, rtol=1e-6, atol=1e-10,
        rules=[must_call("sigmoid", message="the exercise asks you to write σ' through "
                         "sigmoid(z)")],
        requirements=["written via sigmoid", "no overflow or NaN for large |z|",
                      "elementwise on arrays"],
        mistakes=[
            Mistake(sigmoid, "that is σ(z) itself; its derivative is σ(z)(1 - σ(z)).",
                    "known-mistake"),
            Mistake(lambda z: sigmoid(z) * (1 + sigmoid(z)), "σ' = σ(1 - σ): a minus "
                    "sign, not a plus.", "known-mistake"),
            Mistake(lambda z: 1 - sigmoid(z) ** 2, "1 - σ² is the form of tanh' "
                    "(1 - tanh²); the sigmoid's is σ(1 - σ).", "known-mistake"),
        ],
        hints=("Differentiate 1 / (1 + e^(-z)) with the chain rule, then write the "
               "answer in terms of σ(z) itself.",
               "s = sigmoid(z); return s * (1 - s). It never calls exp on a large "
               "number, so it cannot overflow."),
    ),
    Exercise(
        "der-slope", name="slope_through_origin", reference=_slope, seed=903,
        cases=_slope_cases,
        requirements=["no intercept: the line passes through the origin",
                      "the minimiser of the squared error, L'(w) = 0"],
        mistakes=[
            Mistake(_polyfit_slope, "that is the slope of the best line WITH an "
                    "intercept (np.polyfit, or cov(x, y) / var(x)). The model here is "
                    "y = w x, through the origin: solve L'(w) = 0 for it.",
                    "known-mistake"),
            Mistake(lambda x, y: float(np.sum(y) / np.sum(x)), "sum(y) / sum(x) is the "
                    "ratio of the means. L'(w) = -2 Σ x_i (y_i - w x_i) = 0 weights each "
                    "point by x_i: w = Σ x_i y_i / Σ x_i².", "known-mistake"),
            Mistake(lambda x, y: float(np.mean(np.asarray(y, float) / np.asarray(x, float))),
                    "the mean of y_i / x_i is not the least-squares slope; solve "
                    "L'(w) = 0: w = Σ x_i y_i / Σ x_i².", "known-mistake"),
        ],
        hints=("Write L(w) = Σ (y_i - w x_i)², differentiate in w and set the "
               "derivative to zero.",
               "L'(w) = -2 Σ x_i (y_i - w x_i) = 0 gives w = (x @ y) / (x @ x); "
               "convert lists with np.asarray(x, dtype=float)."),
    ),
    Exercise(
        "der-taylor2", name="taylor2", reference=_taylor2, seed=904, cases=_taylor_cases,
        requirements=["the factor 1/2 on the second-derivative term",
                      "powers of (x - a), not of x", "x may be an array"],
        mistakes=[
            Mistake(lambda f_a, df_a, d2f_a, a, x: _taylor2(f_a, df_a, 2 * d2f_a, a, x),
                    "the second-derivative term is f''(a) (x - a)² / 2!: you left out "
                    "the 1/2.", "known-mistake"),
            Mistake(lambda f_a, df_a, d2f_a, a, x: _taylor2(f_a, df_a, d2f_a, 0.0, x),
                    "the polynomial is in powers of (x - a), the distance from the point "
                    "of expansion, not of x.", "known-mistake"),
        ],
        hints=("Start from the tangent line f(a) + f'(a)(x - a) and add the curvature "
               "term.",
               "d = x - a; return f_a + df_a * d + d2f_a * d**2 / 2."),
    ),
])
