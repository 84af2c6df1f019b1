"""mfml.numerics against its SciPy twins, on ordinary and extreme inputs, and
mfml.probability's Monte Carlo estimate against the exact answers it checks."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import special

from mfml import numerics
from mfml.probability import monte_carlo

rng = np.random.default_rng(1)
EXTREME = np.array([-1000.0, -800.0, -40.0, -1.0, 0.0, 1e-300, 1.0, 40.0, 800.0, 1000.0])


def same(a, b):
    """Equal shape, and equal values (nan where nan, inf where inf) to 1e-12."""
    a, b = np.asarray(a), np.asarray(b)
    return a.shape == b.shape and np.allclose(a, b, rtol=1e-12, atol=1e-12, equal_nan=True)


@pytest.mark.parametrize("a", [rng.standard_normal(7), EXTREME, np.array([1000.0, 999, 998]),
                               np.array([-np.inf, -np.inf]), np.array([np.inf, 1.0]),
                               np.array([np.inf, -np.inf]), np.array([np.nan, 1.0]),
                               np.array([5.0]), rng.standard_normal((3, 4)) * 300])
def test_logsumexp_matches_scipy(a):
    assert same(numerics.logsumexp(a), special.logsumexp(a))
    for axis in range(a.ndim):
        for keep in (False, True):
            assert same(numerics.logsumexp(a, axis=axis, keepdims=keep),
                        special.logsumexp(a, axis=axis, keepdims=keep))


def test_logsumexp_returns_a_float_for_a_vector_and_takes_lists():
    out = numerics.logsumexp([0.0, 0.0])
    assert np.ndim(out) == 0 and out == pytest.approx(np.log(2))
    # the naive formula overflows where the stable one does not
    with np.errstate(over="ignore"):
        assert np.isinf(np.log(np.sum(np.exp([1000.0, 999.0]))))
    assert numerics.logsumexp([1000.0, 999.0]) == pytest.approx(1000 + np.log1p(np.exp(-1)))


@pytest.mark.parametrize("z", [rng.standard_normal(5), np.array([1000.0, 999.0, 998.0]),
                               EXTREME, rng.standard_normal((4, 3)) * 500,
                               np.array([-np.inf, 0.0])])
def test_log_softmax_matches_scipy(z):
    assert same(numerics.log_softmax(z), special.log_softmax(z, axis=-1))
    if z.ndim == 2:
        assert same(numerics.log_softmax(z, axis=0), special.log_softmax(z, axis=0))
    assert np.allclose(np.exp(numerics.log_softmax(z)).sum(axis=-1), 1.0)


@pytest.mark.parametrize("z", [EXTREME, rng.standard_normal((3, 3)) * 50,
                               np.array([np.inf, -np.inf, np.nan]), np.arange(-3, 4)])
def test_log_sigmoid_matches_scipy(z):
    assert same(numerics.log_sigmoid(z), special.log_expit(z.astype(float)))


def test_log_sigmoid_is_exact_where_the_naive_form_is_not():
    assert numerics.log_sigmoid(-800.0) == -800.0
    with np.errstate(divide="ignore", over="ignore"):
        assert np.log(1 / (1 + np.exp(800.0))) == -np.inf
    assert np.ndim(numerics.log_sigmoid(0.0)) == 0


@pytest.mark.parametrize("x, y", [(0.0, 0.0), (0.0, np.nan), (0.0, -1.0), (1.0, 0.0),
                                  (2.0, 3.0), (0.0, np.inf), (-1.0, 0.5),
                                  (np.array([0.0, 0.5, 1.0]), np.array([0.0, 0.5, 0.0])),
                                  (np.array([[0.0], [2.0]]), np.array([1.0, 0.0, 4.0]))])
def test_xlogy_matches_scipy(x, y):
    assert same(numerics.xlogy(x, y), special.xlogy(x, y))


def test_xlogy_fixes_the_nan_of_zero_times_log_zero():
    with np.errstate(divide="ignore", invalid="ignore"):
        assert np.isnan(0.0 * np.log(0.0))
    assert numerics.xlogy(0, 0) == 0.0


def test_monte_carlo_agrees_with_the_exact_answer_and_catches_a_wrong_one():
    gen = np.random.default_rng(0)
    hits = gen.random(40_000) < 0.3
    mc = monte_carlo(hits)
    assert mc.n == 40_000
    assert mc.stderr == pytest.approx(np.sqrt(0.3 * 0.7 / 40_000), rel=0.02)
    assert mc.agrees_with(0.3)
    assert not mc.agrees_with(0.31)               # ~4.4 standard errors away
    assert "n = 40,000" in str(mc)


def test_monte_carlo_error_shrinks_like_one_over_root_n():
    gen = np.random.default_rng(2)
    small, big = (monte_carlo(gen.standard_normal(n)) for n in (1_000, 100_000))
    assert big.stderr == pytest.approx(small.stderr / 10, rel=0.1)


def test_a_never_seen_event_agrees_only_with_zero():
    mc = monte_carlo(np.zeros(1000, bool))
    assert mc.stderr == 0 and mc.agrees_with(0.0) and not mc.agrees_with(1e-4)


def test_monte_carlo_needs_two_samples():
    with pytest.raises(ValueError, match="at least 2 samples"):
        monte_carlo([1.0])


# --- the notation page's table "The distributions, in SciPy and in NumPy" -------------

def _table_rows():
    """(scipy expression, numpy expression) per row of the notation page's table."""
    from .helpers import ROOT

    text = (ROOT / "book" / "notation.md").read_text()
    table = text.split("### The distributions, in SciPy and in NumPy")[1].split("\n\n")[2]
    rows = [line.split("|")[1:-1] for line in table.splitlines()[2:]]
    return {r[0].strip(): (r[2].strip().strip("`"), r[3].strip().strip("`")) for r in rows}


def test_the_notation_table_of_parameter_conventions_is_what_the_libraries_do():
    from scipy import stats

    rows = _table_rows()
    assert len(rows) == 8
    params = dict(p=0.3, n=10, pi=np.array([0.2, 0.5, 0.3]), a=2.0, b=7.0, lam=3.0,
                  mu=1.0, sigma=2.0, alpha=2.0, beta=5.0)
    exact_mean = {"Bernoulli": 0.3, "Binomial": 3.0, "Uniform": 4.5, "Poisson": 3.0,
                  "Exponential": 1 / 3, "mathcal{N}": 1.0, "Beta": 2 / 7}
    exact_var = {"Bernoulli": 0.21, "Binomial": 2.1, "Uniform": 25 / 12, "Poisson": 3.0,
                 "Exponential": 1 / 9, "mathcal{N}": 4.0, "Beta": 10 / (49 * 8)}
    gen = np.random.default_rng(3)
    for written, (scipy_expr, numpy_expr) in rows.items():
        dist = eval(scipy_expr, {"stats": stats, **params})
        draws = np.asarray([eval(numpy_expr.replace("rng.random(n) < p", "rng.random() < p"),
                                 {"rng": gen, **params}) for _ in range(20_000)], float)
        key = next((k for k in exact_mean if k in written), None)
        if key is None:                                     # Categorical: a one-hot draw
            assert "Categorical" in written
            assert np.allclose(dist.mean(), params["pi"])
            assert monte_carlo(draws == 1).agrees_with(0.5)
            continue
        assert dist.mean() == pytest.approx(exact_mean[key]), written
        assert dist.var() == pytest.approx(exact_var[key]), written
        assert monte_carlo(draws).agrees_with(exact_mean[key]), (written, numpy_expr)
        assert np.var(draws) == pytest.approx(exact_var[key], rel=0.05), (written, numpy_expr)


def test_the_conventions_named_in_the_prose_hold():
    from scipy import stats

    assert stats.norm(0, 2).var() == 4                        # N(0, 4): scale is sigma
    assert stats.uniform(loc=2, scale=5).support() == (2, 7)
    assert stats.expon(scale=1 / 3).mean() == pytest.approx(1 / 3)
