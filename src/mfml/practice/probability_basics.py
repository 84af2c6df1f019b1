"""Practice: probability basics (``exercises/probability_basics_solutions.md``).

The page comes close to the first three answers (it sums a table of probabilities
along an axis, conditions on a column of the weather table and measures dependence on
a table already normalised); the exercises ask for a marginal of a table of *counts*
without changing it, the conditional table given the columns of any table, the
largest gap to independence of a count table, and a simulated probability of at least
one success, which the page never simulates.

Stated requirements and what breaks an answer ignoring them:

* pb-marginal: rows are X, columns Y -> non-square tables (row sums have the wrong
  length) and a square non-symmetric one; J may hold counts -> integer count tables
  (unnormalised sums fail by the total).
* pb-given-columns: divide each column by its own sum -> non-square tables (row sums
  do not broadcast) and a square non-symmetric one (row normalising gives other
  numbers); a conditional, not the joint -> dividing by the table's total fails.
* pb-gap: normalise counts first -> a count table; the largest *absolute* gap -> a
  table whose largest gap is negative (the signed maximum is smaller); the outer
  product with rows from p_x, columns from p_y -> a non-square table and a square
  non-symmetric one (np.outer(p_y, p_x) fails).
* pb-at-least-one: simulated, within its standard error -> atol 0.005 with n = 200,000
  (at most 4.5 standard errors); at least one success, not exactly one -> p = 0.3,
  k = 5 (0.83 against 0.36); per run of k trials, not per trial -> every case has
  k > 1 (the trial mean is p); a fraction, not a count -> every case (a count is
  thousands); with the generator passed in, no formula and no new generator -> rules:
  no new generator, nothing from numpy.random or the random module (np.random.random,
  Generator(PCG64)), nothing raised to the power k (a draw followed by the formula, or
  Bernoulli/binomial draws at the formula's rate); rng.geometric and scipy's
  ``rvs(random_state=rng)`` count as simulating.
  Asserted in ``tests/test_practice_specs.py``.
"""

from __future__ import annotations

import numpy as np

from ..check import Case, Mistake
from ..rules import Rule, forbid, must_call
from .spec import Exercise, register

# ---------------------------------------------------------------------------
# pb-marginal
# ---------------------------------------------------------------------------


def _marginal_y(J):
    J = np.asarray(J, dtype=float)
    return J.sum(axis=0) / J.sum()


#: a count table whose largest gap to independence is negative (pb-gap)
NEGATIVE_GAP = np.array([[0, 20, 20],
                         [20, 5, 5],
                         [20, 5, 5]])


def _table_cases(rng):
    tall = rng.integers(1, 30, (4, 2))
    wide = rng.dirichlet(np.ones(6)).reshape(2, 3)
    square = np.array([[30, 5, 1], [10, 20, 4], [2, 8, 40]])   # not symmetric
    return [
        Case((wide,), "a 2x3 table of probabilities: P(Y) has 3 entries, one per "
             "column"),
        Case((tall,), "a 4x2 table of integer counts: divide by the total so that each "
             "marginal sums to 1"),
        Case((square,), "a 3x3 table of counts, not symmetric: rows are X, columns Y"),
        Case((tall.T.astype(float),), "a 2x4 table of counts stored as floats: "
             "leave the caller's table unchanged (no J /= ... on the argument)"),
        Case((NEGATIVE_GAP,), "a 3x3 table of counts with an empty cell (0, 0) where "
             "independence predicts 0.16: the largest gap is negative"),
    ]


# ---------------------------------------------------------------------------
# pb-given-columns
# ---------------------------------------------------------------------------

def _given_columns(J):
    J = np.asarray(J, dtype=float)
    return J / J.sum(axis=0)


# ---------------------------------------------------------------------------
# pb-gap
# ---------------------------------------------------------------------------

def _gaps(J):
    P = np.asarray(J, dtype=float) / np.sum(J)
    return P - np.outer(P.sum(axis=1), P.sum(axis=0))


def _gap(J):
    J = np.asarray(J, dtype=float)
    P = J / J.sum()
    return float(np.abs(P - np.outer(P.sum(axis=1), P.sum(axis=0))).max())


def _gap_cases(rng):
    p_x, p_y = rng.dirichlet(np.ones(3)), rng.dirichlet(np.ones(4))
    return [
        *_table_cases(rng),
        Case((np.outer(p_x, p_y),), "an independent 3x4 table: the gap is 0 (up to "
             "rounding)"),
        Case((np.outer([3, 1], [1, 2, 5]) * 7,), "an independent 2x3 table of counts: "
             "normalise first, and the gap is 0"),
    ]


# ---------------------------------------------------------------------------
# pb-at-least-one
# ---------------------------------------------------------------------------

def _at_least_one(p, k, n, rng):
    return 1 - (1 - p) ** k


def _at_least_one_cases(rng):
    seeds = rng.integers(0, 2**31, 4)
    return [
        Case((0.3, 5, 200_000, np.random.default_rng(seeds[0])), "p = 0.3, k = 5: "
             "at least one success (about 0.83), not exactly one (about 0.36)"),
        Case((1 / 6, 4, 200_000, np.random.default_rng(seeds[1])), "p = 1/6, k = 4: "
             "at least one six in four rolls"),
        Case((0.05, 10, 200_000, np.random.default_rng(seeds[2])), "p = 0.05, k = 10: "
             "the event is about a run of k trials, not a single trial"),
        Case((0.5, 2, 200_000, np.random.default_rng(seeds[3])), "p = 0.5, k = 2: "
             "the answer is a fraction of the n runs, between 0 and 1"),
    ]


def _formula_lines(tree):
    """Lines that raise something to the power k (``(1 - p) ** k``, ``np.power(q, k)``,
    ``pow(q, k)``): the closed form, which the exercise asks the learner to simulate."""
    import ast

    def has_k(expr):
        return any(isinstance(m, ast.Name) and m.id == "k" for m in ast.walk(expr))

    def is_power(node):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
            return has_k(node.right)
        if isinstance(node, ast.Call) and len(node.args) >= 2:
            f = node.func
            named = (isinstance(f, ast.Name) and f.id == "pow") or (
                isinstance(f, ast.Attribute)
                and f.attr in ("power", "float_power", "pow"))
            return named and has_k(node.args[1])
        return False
    return sorted({node.lineno for node in ast.walk(tree) if is_power(node)})


NO_FORMULA = Rule("simulate the runs and count the hits: do not compute 1 - (1 - p)**k "
                  "(the exercise checks a simulation, not the formula)",
                  _formula_lines, "forbid")


def _table_advice(exc):
    """An axis that a two-way table does not have (J.sum(axis=2)): the generic advice
    talks about loops and indices, not about the table's two axes."""
    if isinstance(exc, np.exceptions.AxisError):
        return ("J has two axes: rows are X (axis 0) and columns are Y (axis 1). "
                "Summing over axis=0 adds down each column (one number per column); "
                "axis=1 adds across each row. There is no axis 2.")
    return None


def _exactly_one(p, k, n, rng):
    return k * p * (1 - p) ** (k - 1)


EXERCISES = register([
    Exercise(
        "pb-marginal", name="marginal_y", reference=_marginal_y, seed=1001,
        cases=_table_cases, advice=_table_advice,
        requirements=["rows are X, columns are Y",
                      "J may hold counts: the marginal sums to 1"],
        mistakes=[
            Mistake(lambda J: np.sum(J, axis=1) / np.sum(J), "that is P(X), the "
                    "row sums: Y is the columns, so P(Y = y_j) adds up column j "
                    "(axis=0).", "known-mistake"),
            Mistake(lambda J: np.sum(J, axis=0), "these are the column sums of the "
                    "counts: divide by the table's total so that the marginal sums "
                    "to 1.", "not-normalised"),
            Mistake(lambda J: np.ones(np.shape(J)[1]), "every entry is 1: you "
                    "normalised each column before summing it. Sum the columns of "
                    "the table, then divide by the table's total.", "known-mistake"),
        ],
        hints=("P(Y = y_j) adds up the probabilities of every cell in column j; the "
               "table may hold counts, not probabilities.",
               "Add up each column (the axis that runs down the rows), then divide "
               "by the total of the whole table, working on a float copy so the "
               "caller's table is not changed."),
    ),
    Exercise(
        "pb-given-columns", name="given_columns", reference=_given_columns,
        seed=1002, cases=_table_cases, advice=_table_advice,
        requirements=["divide each column by its own sum",
                      "a conditional, not the joint"],
        mistakes=[
            Mistake(lambda J: np.asarray(J, float) / np.asarray(J, float).sum(
                axis=1, keepdims=True), "you divided each row by its sum: that is "
                    "P(Y | X). Conditioning on Y = y_j keeps column j.",
                    "known-mistake"),
            Mistake(lambda J: np.asarray(J, float) / np.asarray(J, float).sum(),
                    "that is the joint distribution P(X, Y): each column must be "
                    "rescaled by its own sum, P(Y = y_j), to sum to 1.",
                    "not-normalised"),
            Mistake(lambda J: np.asarray(J, float), "you returned the table "
                    "unchanged: divide each column by its sum.", "not-normalised"),
            Mistake(lambda J: (P := np.asarray(J, float) / np.sum(J))
                    / np.outer(P.sum(axis=1), P.sum(axis=0)), "dividing by "
                    "P(X) P(Y) measures dependence; the conditional P(X | Y) divides "
                    "the joint by P(Y) alone.", "known-mistake"),
            Mistake(lambda J: _given_columns(J).T, "your table is transposed: rows "
                    "are X and columns are Y, so the answer has J's shape, with "
                    "each column divided by its own sum.", "transposed"),
        ],
        hints=("P(X = x_i | Y = y_j) = P(X = x_i, Y = y_j) / P(Y = y_j): keep "
               "column j and rescale it.",
               "Compute the column sums, one number per column, and divide every "
               "entry by the sum of its own column; broadcasting a row of sums "
               "against the table does this for all columns at once."),
    ),
    Exercise(
        "pb-gap", name="independence_gap", reference=_gap, seed=1003,
        cases=_gap_cases, atol=1e-9, advice=_table_advice,
        requirements=["normalise counts first",
                      "the largest absolute gap over every cell",
                      "the outer product of p_x (rows) and p_y (columns)"],
        mistakes=[
            Mistake(lambda J: float(np.max(
                (P := np.asarray(J, float) / np.sum(J))
                - np.outer(P.sum(axis=1), P.sum(axis=0)))),
                "the largest gap may be negative (a cell less likely than "
                "independence predicts): take the absolute value before the max.",
                "known-mistake"),
            Mistake(lambda J: float(np.abs(_gaps(J)).sum()), "you added up the gaps "
                    "of all cells: the exercise asks for the largest one.",
                    "known-mistake"),
            Mistake(lambda J: float(np.abs(_gaps(J)).mean()), "that is the mean "
                    "absolute gap: the exercise asks for the largest one.",
                    "known-mistake"),
            Mistake(lambda J: float(np.abs(_gaps(J)).min()), "that is the smallest "
                    "gap: the exercise asks for the largest one (np.max).",
                    "known-mistake"),
            Mistake(lambda J: float(np.abs(np.diag(_gaps(J))).max()), "you compared "
                    "only the diagonal cells: independence is about every cell "
                    "(i, j).", "known-mistake"),
        ],
        hints=("Independence says every cell equals P(X = x_i) P(Y = y_j), the "
               "outer product of the marginals; measure how far the table is from "
               "it.",
               "Normalise the table to probabilities, form the table independence "
               "predicts from the two marginals (rows from X, columns from Y), and "
               "return the largest absolute difference between the two, as a "
               "float."),
    ),
    Exercise(
        "pb-at-least-one", name="simulate_at_least_one", reference=_at_least_one,
        seed=1004, cases=_at_least_one_cases, rtol=0.0, atol=0.005,
        rules=[forbid("np.default_rng", "default_rng", "np.seed", "np.RandomState",
                      "np.Generator", "np.PCG64",
                      modules=("numpy.random", "random"),
                      message="use the generator `rng` passed in: do not make a "
                      "new one nor use np.random.* or the random module (their "
                      "draws are not the ones the caller seeded)"),
               NO_FORMULA,
               must_call("random", "uniform", "binomial", "integers", "choice",
                         "geometric", "rvs",
                         message="simulate the trials with `rng` (rng.random, for "
                         "example): the exercise checks a simulation, not the "
                         "formula")],
        requirements=["simulated with the generator passed in",
                      "at least one success, not exactly one",
                      "per run of k trials, not per trial",
                      "a fraction of the n runs"],
        near_miss="the estimate is more than 0.005 from the exact probability: with "
        "n = 200,000 runs that is over four standard errors. Check that you simulate all n "
        "runs (not a fixed number), that each run has k trials, and that a run counts "
        "as a hit when any of its trials succeeds.",
        mistakes=[
            Mistake(lambda p, k, n, rng: 1.0, "your estimate is 1: .any over the "
                    "runs asks, for each trial, whether any of the n runs succeeded "
                    "(almost surely yes). Ask per run: with an (n, k) array, any "
                    "over axis=1.", "known-mistake"),
            Mistake(_exactly_one, "your estimate is close to P(exactly one success): "
                    "a run counts when *at least* one trial succeeds (use .any, not "
                    "a sum equal to 1).", "known-mistake"),
            Mistake(lambda p, k, n, rng: (1 - p) ** k, "your estimate is close to "
                    "P(no success in k trials), the complement: a run is a hit when "
                    "at least one trial succeeds.", "known-mistake"),
            Mistake(lambda p, k, n, rng: p**k, "your estimate is close to P(all k "
                    "trials succeed): a run is a hit when *any* trial succeeds "
                    "(.any, not .all).", "known-mistake"),
            Mistake(lambda p, k, n, rng: 1 - p**k, "your estimate is close to the "
                    "answer for success probability 1 - p: a trial succeeds when "
                    "rng.random() < p, not > p.", "wrong-sign"),
            Mistake(lambda p, k, n, rng: k * p, "your estimate is close to k p, "
                    "which adds the trials' probabilities as if they could not "
                    "succeed together (it exceeds 1 for large k): simulate runs and "
                    "count those with at least one success.", "known-mistake"),
            Mistake(lambda p, k, n, rng: p, "your estimate is close to p, the "
                    "probability of one trial: the event is about a run of k "
                    "trials. Simulate an (n, k) array and ask, per row, whether any "
                    "trial succeeded.", "known-mistake"),
        ],
        hints=("Simulate n runs at once: a boolean array of shape (n, k), True "
               "where a trial succeeded. Which rows contain the event?",
               "Draw uniform numbers with rng for every trial of every run, call a "
               "trial a success when its number is below p, mark each run that has "
               "at least one success, and return the share of marked runs."),
    ),
])
