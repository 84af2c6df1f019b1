"""Simulation next to the formula: a Monte Carlo estimate with its standard error.

Every probability the book computes by formula it also estimates by simulation. An
average of n independent samples has standard error s / sqrt(n) (s the samples'
standard deviation; why is in the chapter *Expectation and variance*), so an
estimate within a few standard errors of the exact answer agrees with it, and ten
times the accuracy costs a hundred times the samples.

    >>> rng = np.random.default_rng(0)
    >>> mc = monte_carlo(rng.random(10_000) < 0.3)   # indicator of an event
    >>> mc.agrees_with(0.3)
    True
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class MonteCarlo:
    """The mean of ``n`` samples and its standard error s / sqrt(n)."""

    estimate: float
    stderr: float
    n: int

    def agrees_with(self, exact: float, k: float = 4.0) -> bool:
        """Whether ``exact`` lies within ``k`` standard errors of the estimate.

        With k = 4 a correct formula fails this about once in 16,000 runs (for a
        normal-shaped error); a fixed seed makes each page's check repeatable. An
        estimate from an event never seen (0 hits) has standard error 0 and agrees
        only with exactly 0: a rare event needs more samples, not a wider margin.
        """
        return bool(abs(self.estimate - exact) <= k * self.stderr)

    def __str__(self) -> str:
        return f"{self.estimate:.4g} ± {self.stderr:.2g} (n = {self.n:,})"


def monte_carlo(samples) -> MonteCarlo:
    """Mean and standard error of ``samples`` (booleans count as 0/1 indicators).

    For an event's indicator the mean is the fraction of hits, p̂, and the standard
    error is close to sqrt(p̂ (1 - p̂) / n).
    """
    x = np.asarray(samples, dtype=float).ravel()
    if x.size < 2:
        raise ValueError("a Monte Carlo estimate needs at least 2 samples "
                         f"to measure its own error (got {x.size})")
    return MonteCarlo(float(x.mean()), float(x.std(ddof=1) / np.sqrt(x.size)), x.size)
