"""Stable numerics: the log-space functions that probability and information theory need.

A product of many probabilities underflows to 0.0 (a thousand factors of 0.01 is
1e-2000, far below the smallest float, about 1e-308), and exp of a large logit
overflows to inf. Working with logarithms fixes both, provided four operations are
done without forming the small or large numbers on the way:

- :func:`logsumexp`: log(sum(exp(a))), by factoring out the largest term;
- :func:`log_softmax`: z - logsumexp(z), the log-probabilities of a softmax;
- :func:`log_sigmoid`: log(sigmoid(z)) = -log(1 + exp(-z)), via ``np.logaddexp``;
- :func:`xlogy`: x * log(y) with the convention 0 * log 0 = 0 (entropy, likelihoods).

Each agrees with its SciPy twin (``scipy.special.logsumexp``, ``log_softmax``,
``log_expit``, ``xlogy``) on ordinary and extreme inputs: ``tests/test_numerics.py``
checks that. The chapter that first needs a function defines it on the page and marks
the copy here with ``@taught_in``, as in :mod:`mfml.linalg`.
"""

from __future__ import annotations

import numpy as np

from .linalg import taught_in


@taught_in("probability/bayes")
def logsumexp(a, axis=None, keepdims=False):
    """log(sum(exp(a))) along ``axis``, with no overflow or underflow on the way.

    Taught in probability/bayes (the evidence of naive Bayes in log space).

    The largest entry m is factored out: log(sum(exp(a))) = m + log(sum(exp(a - m))),
    and every exp(a - m) lies in [0, 1]. An all -inf slice gives -inf (the log of a
    zero probability); a +inf entry gives +inf.
    """
    a = np.asarray(a, dtype=float)
    m = np.max(a, axis=axis, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)      # all -inf, or an inf: shift by 0 instead
    with np.errstate(divide="ignore"):        # log(0) = -inf is the right answer
        out = np.log(np.sum(np.exp(a - m), axis=axis, keepdims=True)) + m
    if not keepdims:
        out = out.reshape(()) if axis is None else np.squeeze(out, axis=axis)
    return out[()] if out.ndim == 0 else out


@taught_in("probability/mle")
def log_softmax(z, axis=-1):
    """Log-probabilities of the softmax of ``z`` along ``axis``: z - logsumexp(z).

    Stays finite where ``np.log(softmax(z))`` gives -inf (a logit far below the
    largest) or nan (logits of 1000 overflowing exp). Defined in the chapter
    *Maximum likelihood estimation* (probability/mle), for the cross-entropy loss.
    """
    z = np.asarray(z, dtype=float)
    return z - logsumexp(z, axis=axis, keepdims=True)


@taught_in("probability/mle")
def log_sigmoid(z):
    """log(sigmoid(z)) = -log(1 + exp(-z)), computed as ``-np.logaddexp(0, -z)``.

    ``np.log(sigmoid(-800))`` is -inf because sigmoid(-800) underflows to 0.0; this
    is -800, the right answer to 16 digits. Note log(1 - sigmoid(z)) = log_sigmoid(-z).
    Defined in the chapter *Maximum likelihood estimation* (probability/mle), for
    the binary cross-entropy.
    """
    z = np.asarray(z, dtype=float)
    with np.errstate(invalid="ignore"):       # a nan logit stays nan, quietly
        out = -np.logaddexp(0.0, -z)
    return out[()] if out.ndim == 0 else out


@taught_in("probability/bayes")
def xlogy(x, y):
    """x * log(y), with 0 wherever x == 0 (even where y == 0): 0 * log 0 = 0.

    Taught in probability/bayes (pixels that are off, in a naive Bayes likelihood).

    ``0 * np.log(0.0)`` is nan (0 times -inf); the limit of x log x as x -> 0 is 0,
    which is what entropies and likelihoods need. A nan in ``y`` stays nan.
    """
    x, y = np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where((x == 0) & ~np.isnan(y), 0.0, x * np.log(y))
    return out[()] if out.ndim == 0 else out
