"""Practice: derivatives (``exercises/derivatives_solutions.md``).

None of the four answers is on the chapter page: the page computes first
derivatives, the sigmoid's derivative, the unpenalised slope and a Taylor
polynomial from given numbers; the exercises ask for a second difference, the
derivative of log σ, a penalised slope and a Taylor polynomial of any order built
from a SymPy expression.

Stated requirements and what breaks an answer ignoring them:

* der-second: three values of f divided by h² -> smooth functions whose exact
  second derivative is the reference, ``rtol=2e-6``: h in place of h², or 2h², fails
  by a factor; a step that scales with max(1, |x|) -> log at x = 1e3, 1e6, 1e9 and
  log(-x) at x = -1e6 and -1e9, where a fixed step of 1e-4, or max(1, x) without the
  absolute value, leaves relative errors from 2e-2 to 1e11; exp at x = 0 and 1e-8,
  where a step proportional to |x| alone is 0 (0/0) or all round-off; a step of the
  size a second difference needs, about ε^(1/4) -> the first derivative's ε^(1/3)
  leaves relative errors up to 1.2e-4 (round-off 4ε|f|/h² grows as 1/h²). Any h0 from
  1e-4 to 5e-4 passes. Asserted in ``tests/test_practice_specs.py``.
* der-logsig-prime: the derivative of log σ(z), 1 - σ(z) = σ(-z). Written via
  sigmoid -> a source rule; accurate where σ(z) rounds to 1 -> z = 40 and 30, where
  1 - sigmoid(z) is 0 or off by 1e-3 relative (cancellation), ``atol=0``; no overflow
  -> z = ±1000 (e^(-z) σ(z) is inf * 0 = NaN); elementwise -> array cases.
* der-ridge-slope: L(w) = Σ (y_i - w x_i)² + λ w². No intercept -> data with x's
  mean far from 0 and y with an offset (np.polyfit is far off); the penalty counts
  -> λ > 0 in all but one case (x.y / x.x fails); the minimiser, L'(w) = 0 -> the
  factor (x.y / (x.x + 2λ), x.y / (x.x + λ/2)) and the ratio of sums fail.
* der-taylor: the k! -> k = 3 and 4 cases (dividing by k fails); powers of (t - a)
  -> a != 0 in every case; t may be an array -> array cases (``float(t)`` raises);
  any order k -> k = 1, 2, 3, 4 (a T2 that ignores k fails).
"""

from __future__ import annotations

import math

import numpy as np
import sympy as sp

from ..calculus import sigmoid
from ..check import Case, Mistake
from ..rules import must_call
from .spec import Exercise, register

# ---------------------------------------------------------------------------
# der-second
# ---------------------------------------------------------------------------


class Fn:
    """A test function with its exact second derivative; prints as its formula."""

    def __init__(self, name, f, d2f):
        self.name, self.f, self.d2f = name, f, d2f

    def __call__(self, x):
        return self.f(x)

    def __repr__(self) -> str:
        return self.name


EXP = Fn("exp", np.exp, np.exp)
SIN = Fn("sin", np.sin, lambda x: -np.sin(x))
LOG = Fn("log", np.log, lambda x: -1 / x**2)
LOG_NEG = Fn("log(-x)", lambda x: np.log(-x), lambda x: -1 / x**2)
CUBE = Fn("x**3 - 2*x", lambda x: x**3 - 2 * x, lambda x: 6 * x)

#: (function, x) cases of der-second, each with the requirement it tests
SECOND_CASES = [
    (EXP, 1.0, "exp at x = 1"),
    (SIN, 0.7, "sin at x = 0.7"),
    (CUBE, -2.0, "x³ - 2x at x = -2"),
    (LOG, 1e3, "log at x = 1e3: the step must grow with max(1, |x|)"),
    (LOG, 1e6, "log at x = 1e6: a fixed step is lost in round-off; scale it with "
     "max(1, |x|)"),
    (LOG, 1e9, "log at x = 1e9: scale the step with max(1, |x|)"),
    (LOG_NEG, -1e6, "log(-x) at x = -1e6: a large NEGATIVE x needs a large step too: "
     "max(1, |x|), with the absolute value"),
    (LOG_NEG, -1e9, "log(-x) at x = -1e9: max(1, |x|), with the absolute value"),
    (EXP, 0.0, "exp at x = 0: a step proportional to |x| alone is 0 there"),
    (EXP, 1e-8, "exp at x = 1e-8: a step proportional to |x| alone is all round-off"),
]


def _second(f, x):
    return f.d2f(x)


def _second_cases(rng):
    return [Case((f, x), note) for f, x, note in SECOND_CASES]


def _second_with(h0, square=True, factor=1.0):
    def estimate(f, x):
        h = h0 * max(1.0, abs(x))
        return (f(x + h) - 2 * f(x) + f(x - h)) / (factor * (h**2 if square else h))
    return estimate


# ---------------------------------------------------------------------------
# der-logsig-prime
# ---------------------------------------------------------------------------

def _logsig_prime(z):
    return sigmoid(-np.asarray(z, dtype=float))


def _logsig_cases(rng):
    return [
        Case((rng.standard_normal(8) * 3,), "eight random points"),
        Case((np.linspace(-6, 6, 13),), "from -6 to 6: 1/2 at z = 0"),
        Case((np.array([-1000.0, -40.0, 30.0, 40.0, 1000.0]),), "z = 30 and 40: σ(z) "
             "rounds to (almost) 1, so 1 - σ(z) loses every digit to cancellation (the "
             "true values are 9.4e-14 and 4.2e-18); z = ±1000: exp overflows"),
        Case((rng.uniform(-20, 20, (3, 4)),), "a 3x4 array: elementwise, any shape"),
    ]


# ---------------------------------------------------------------------------
# der-ridge-slope
# ---------------------------------------------------------------------------

def _ridge(x, y, lam):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    return float(x @ y / (x @ x + lam))


def _ridge_cases(rng):
    x1 = rng.uniform(18, 42, 60)                      # a bmi-like feature, mean ~30
    y1 = 150 + 4 * (x1 - 30) + rng.normal(0, 20, 60)
    x2 = rng.standard_normal(40) + 3.0
    y2 = -2.0 * x2 + 5.0 + 0.1 * rng.standard_normal(40)
    return [
        Case((x1, y1, 5000.0), "x with mean about 30, y with an offset, λ = 5000: no "
             "intercept, and the penalty pulls w towards 0"),
        Case((x2, y2, 100.0), "y = -2x + 5 plus noise, λ = 100"),
        Case((np.array([1.0, 2.0]), np.array([2.0, 3.0]), 5.0), "two points, (1, 2) "
             "and (2, 3), λ = 5: w* = (2 + 6) / (1 + 4 + 5) = 0.8"),
        Case(([1, 2, 3, 4], [1, 1, 2, 5], 0), "integer lists and λ = 0: the plain "
             "least-squares slope"),
    ]


def _polyfit_slope(x, y, lam):
    return float(np.polyfit(np.asarray(x, float), np.asarray(y, float), 1)[0])


# ---------------------------------------------------------------------------
# der-taylor
# ---------------------------------------------------------------------------

X = sp.Symbol("x")


def _taylor(expr, a, k, t):
    d = np.asarray(t, dtype=float) - a
    total = 0.0
    for j in range(k + 1):
        total = total + float(sp.diff(expr, X, j).subs(X, a)) / math.factorial(j) * d**j
    return total


def _taylor_cases(rng):
    return [
        Case((sp.log(X), 0.5, 2, np.linspace(0.3, 0.8, 6)), "log(x) around a = 0.5, "
             "k = 2"),
        Case((sp.exp(X), 1.0, 3, np.array([0.5, 1.0, 1.2])), "exp(x) around a = 1, "
             "k = 3: the x³ term is divided by 3! = 6; at t = a the value is f(a)"),
        Case((sp.sin(X), 0.3, 4, 1.5), "sin(x) around a = 0.3, k = 4, at one number "
             "t = 1.5: 4! = 24"),
        Case((X**3 - 2 * X, -1.0, 1, rng.uniform(-2, 0, 5)), "x³ - 2x around a = -1, "
             "k = 1: the tangent line"),
        Case((sp.sqrt(1 + X), 3.0, 3, np.array([2.0, 3.5, 5.0])), "√(1 + x) around "
             "a = 3, k = 3"),
    ]


def _taylor_over_k(expr, a, k, t):
    d = np.asarray(t, dtype=float) - a
    return sum(float(sp.diff(expr, X, j).subs(X, a)) / max(j, 1) * d**j
               for j in range(k + 1))


def _taylor_in_t(expr, a, k, t):
    return sum(
        float(sp.diff(expr, X, j).subs(X, a)) / math.factorial(j)
        * np.asarray(t, dtype=float)**j for j in range(k + 1))


EXERCISES = register([
    Exercise(
        "der-second", name="second_difference", reference=_second, seed=901,
        cases=_second_cases, rtol=2e-6, atol=1e-30,
        near_miss="the step is too small or too large. A smaller h loses more to "
        "round-off (about 4ε|f(x)|/h², growing as h shrinks), a larger h more to "
        "truncation (about h² |f⁗(x)|/12): choose h0 where the two are about equal, "
        "and scale it with max(1, |x|).",
        requirements=["three values of f, divided by h²",
                      "a step that scales with max(1, |x|)",
                      "a step of the size a second difference needs"],
        mistakes=[
            Mistake(_second_with(np.finfo(float).eps ** 0.25, square=False),
                    "divide by h², not h: the second difference is a difference of "
                    "two differences, each divided by h.", "known-mistake"),
            Mistake(_second_with(np.finfo(float).eps / 4), "your step is about 6e-17 "
                    "times max(1, |x|), below the spacing of floats near x: x + h == x, so "
                    "the differences are 0 (or pure round-off). Mind the precedence: "
                    "eps ** 1/4 is eps / 4; the fourth root is eps ** (1/4).",
                    "known-mistake"),
            Mistake(_second_with(np.finfo(float).eps ** 0.25, factor=2.0),
                    "the central difference of the two one-sided differences "
                    "(f(x + h) - f(x))/h and (f(x) - f(x - h))/h is over a distance "
                    "h, not 2h: divide by h², not 2h².", "known-mistake"),
        ],
        hints=("Take the difference of two first differences: (f(x + h) - f(x)) / h "
               "and (f(x) - f(x - h)) / h are slopes at x + h/2 and x - h/2; their "
               "difference over h estimates f''. For the step, the numerator loses "
               "about 4ε|f(x)| to round-off, so the round-off in the estimate is "
               "about 4ε|f|/h², while the truncation error is about h² f''''/12.",
               "Combine the two slopes into one fraction with three values of f over "
               "h². Balance the two errors: 4ε/h² = h²/12 gives h of order ε^(1/4), "
               "about 1e-4, larger than the ε^(1/3) of a first derivative. Multiply "
               "that h0 by max(1, |x|) so the step stays the same size relative to "
               "x, for negative x too."),
    ),
    Exercise(
        "der-logsig-prime", name="logsig_prime", reference=_logsig_prime,
        seed=902, cases=_logsig_cases, rtol=1e-9, atol=0.0,
        near_miss="digits are lost somewhere: subtracting nearly equal numbers (1 - σ(z) "
        "where σ(z) is close to 1), a float32 intermediate, or clipping z?",
        rules=[must_call("sigmoid", message="the exercise asks you to write the "
                         "derivative through sigmoid")],
        requirements=["written via sigmoid",
                      "accurate where σ(z) rounds to 1",
                      "no overflow or NaN for large |z|",
                      "elementwise on arrays"],
        mistakes=[
            Mistake(lambda z: 1 - sigmoid(z), "1 - σ(z) is the right formula, but at "
                    "large z, σ(z) rounds to 1 and the subtraction cancels every "
                    "digit (1 - σ(40) is 0, the true value 4.2e-18). Write it so that "
                    "nothing close to 1 is subtracted from 1: what is 1 - σ(z) in "
                    "terms of σ at another point?", "known-mistake"),
            Mistake(lambda z: sigmoid(z) * (1 - sigmoid(z)), "σ(z)(1 - σ(z)) is σ'(z), "
                    "the derivative of σ; this asks for the derivative of log σ(z): "
                    "apply the chain rule to log.", "known-mistake"),
            Mistake(sigmoid, "that is σ(z), the derivative of softplus log(1 + e^z); "
                    "log σ(z) = -softplus(-z): mind the inner minus sign.",
                    "known-mistake"),
        ],
        hints=("The derivative of log u is u'/u: here σ'(z)/σ(z), with σ' = σ(1 - σ) "
               "from the chapter.",
               "Simplify σ'/σ, then write 1 - σ(z) through the symmetry of the "
               "sigmoid, 1 - σ(z) = σ(-z) (check it from the formula), so that no "
               "number close to 1 is subtracted from 1."),
    ),
    Exercise(
        "der-ridge-slope", name="penalised_slope", reference=_ridge, seed=903,
        cases=_ridge_cases,
        requirements=["no intercept: the line passes through the origin",
                      "the penalty λ w² counts",
                      "the minimiser: L'(w) = 0, with every factor"],
        mistakes=[
            Mistake(_polyfit_slope, "that is the slope of the best line WITH an "
                    "intercept and no penalty (np.polyfit). The model here is y = w x, "
                    "through the origin, with the penalty λ w²: solve L'(w) = 0.",
                    "known-mistake"),
            Mistake(lambda x, y, lam: _ridge(x, y, 0.0), "that is the slope without "
                    "the penalty: differentiate λ w² too.", "known-mistake"),
            Mistake(lambda x, y, lam: _ridge(x, y, 2 * lam), "the derivative of "
                    "Σ (y_i - w x_i)² is -2 Σ x_i (y_i - w x_i) and that of λ w² is "
                    "2λw: the 2s cancel, so λ is not doubled.", "known-mistake"),
            Mistake(lambda x, y, lam: _ridge(x, y, lam / 2), "the derivative of λ w² "
                    "is 2λw, and the data term's derivative has a 2 too: they "
                    "cancel, so λ is not halved.", "known-mistake"),
        ],
        hints=("Differentiate both terms of L(w) in w, set the sum to zero and solve "
               "for w.",
               "The data term gives -2 Σ x_i (y_i - w x_i), the penalty 2λw; collect "
               "the terms in w on one side. Convert lists to float arrays first."),
    ),
    Exercise(
        "der-taylor", name="taylor_values", reference=_taylor, seed=904,
        cases=_taylor_cases,
        requirements=["the k! in each term", "powers of (t - a), not of t",
                      "t may be an array", "any order k"],
        mistakes=[
            Mistake(_taylor_over_k, "the j-th term is f⁽ʲ⁾(a) (t - a)ʲ / j!, the "
                    "factorial, not j.", "known-mistake"),
            Mistake(_taylor_in_t, "the polynomial is in powers of (t - a), the "
                    "distance from the point of expansion, not of t.",
                    "known-mistake"),
        ],
        hints=("Term j of the Taylor polynomial needs the j-th derivative of expr at "
               "a: SymPy gives derivatives (sp.diff) and values at a point (.subs).",
               "Loop j from 0 to k: differentiate expr j times in x, substitute a, "
               "convert to float, divide by j! (math.factorial) and multiply by "
               "(t - a)ʲ, with t made a float array first; add the terms up."),
    ),
])
