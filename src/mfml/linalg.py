"""Linear-algebra functions that a chapter teaches and later chapters use again.

Each function here is *defined* by a chapter: the chapter shows the code the
reader should see and write, and a later chapter imports it from here instead
of copying it (``from mfml.linalg import power_iteration``). The decorator
:func:`taught_in` records which chapter, and ``tests/test_shared_code.py``
runs the chapter's own version against this one on random and edge-case
inputs, so the two cannot drift apart. STYLE_GUIDE.md, "Shared code", has the rule.
"""

from __future__ import annotations

import numpy as np

#: function name -> chapter (docname) that teaches it; filled by @taught_in
TAUGHT_IN: dict[str, str] = {}
#: function name -> the package's function (from mfml.linalg, mfml.calculus, ...)
SHARED: dict[str, object] = {}


def taught_in(doc: str):
    """Mark a function as the package copy of the one chapter ``doc`` defines."""

    def mark(func):
        TAUGHT_IN[func.__name__] = doc
        SHARED[func.__name__] = func
        func.__chapter__ = doc
        return func

    return mark


@taught_in("linear_algebra/dot_product")
def project(v, u):
    """Vector projection of ``v`` onto the line through ``u`` (``u`` non-zero).

    Defined in the chapter *The dot product* (linear_algebra/dot_product).
    """
    return (u @ v) / (u @ u) * u


@taught_in("linear_algebra/dot_product")
def cosine_similarity(X, q):
    """Cosine similarity of each row of ``X`` with ``q``.

    A zero vector has no direction: that is a ``ValueError``, not a NaN.
    Defined in the chapter *The dot product* (linear_algebra/dot_product).
    """
    X, q = np.atleast_2d(np.asarray(X, float)), np.asarray(q, float)
    row_norms, q_norm = np.linalg.norm(X, axis=1), np.linalg.norm(q)
    if q_norm == 0 or np.any(row_norms == 0):
        raise ValueError("cosine similarity is undefined for a zero vector")
    return (X @ q) / (row_norms * q_norm)


@taught_in("linear_algebra/vectors_matrices")
def standardise(X):
    """Each column of ``X`` shifted to mean 0 and scaled to standard deviation 1.

    A constant column becomes 0 (not NaN). Defined in the chapter *Vectors and
    matrices* (linear_algebra/vectors_matrices).
    """
    X = np.asarray(X, dtype=float)
    mu, sd = X.mean(axis=0), X.std(axis=0)
    sd = np.where(sd == 0, 1.0, sd)
    return (X - mu) / sd


@taught_in("linear_algebra/eigen")
def power_iteration(A, x0, tol=1e-10, max_iter=10_000):
    """Dominant eigenpair of ``A``: ``(eigenvalue, unit vector, iterations)``.

    Assumes a dominant eigenvalue (one strictly largest in absolute value);
    without one it does not converge. Stops when the residual
    ``||A x - lam x||`` is below ``tol``, which bounds the eigenvalue's error
    by ``tol`` for a symmetric ``A`` only (for a non-symmetric one the bound
    is ``cond(V) * tol``, Bauer-Fike); raises ``RuntimeError`` after
    ``max_iter`` steps. Defined in the chapter
    *Eigenvalues and eigenvectors* (linear_algebra/eigen), which explains when
    it converges and how fast.
    """
    x = x0 / np.linalg.norm(x0)
    for k in range(1, max_iter + 1):
        y = A @ x
        x = y / np.linalg.norm(y)
        lam = x @ A @ x
        if np.linalg.norm(A @ x - lam * x) < tol:
            return lam, x, k
    raise RuntimeError(f"no convergence in {max_iter} iterations")


@taught_in("linear_algebra/least_squares")
def qr_gram_schmidt(A):
    """Thin QR of ``A`` (full column rank) by modified Gram-Schmidt: ``(Q, R)``.

    Defined in the chapter *Least squares and solving systems* (linear_algebra/least_squares).
    """
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q, R = np.zeros((m, n)), np.zeros((n, n))
    for j in range(n):
        v = A[:, j].copy()
        for i in range(j):
            R[i, j] = Q[:, i] @ v
            v -= R[i, j] * Q[:, i]
        R[j, j] = np.linalg.norm(v)
        Q[:, j] = v / R[j, j]
    return Q, R
