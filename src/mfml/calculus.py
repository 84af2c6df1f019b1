"""Calculus-part functions that a chapter teaches and later chapters use again.

As in :mod:`mfml.linalg`, each function is *defined* on a chapter page, which shows
the code the reader should see and write; later chapters import this copy
(``from mfml.calculus import logistic_gradient``) instead of repeating it, and
``tests/test_shared_code.py`` runs the page's version against this one. A function
gets its ``@taught_in("calculus/<page>")`` mark in the commit that adds the page
defining it, so the test always has a page to read.

The thread data of the part live here too, so that every chapter trains on the same
numbers: :func:`tumour_data` (two standardised ``breast_cancer`` features, a logistic
regression whose unpenalised optimum exists) and :func:`diabetes_data`.
"""

from __future__ import annotations

import numpy as np

from .linalg import standardise, taught_in

#: the two breast_cancer features of the logistic-regression thread. With all 30
#: standardised features the classes are linearly separable on a typical split, so the
#: unpenalised log-loss has no minimiser (the weights grow forever); with these two the
#: classes overlap (about 89% training accuracy) and the optimum is finite.
TUMOUR_FEATURES = ("mean radius", "mean texture")


@taught_in("calculus/derivatives")
def sigmoid(z):
    """The logistic function 1 / (1 + exp(-z)), without overflow for large |z|.

    For z < 0 it uses the equal form exp(z) / (1 + exp(z)), so exp never sees a large
    positive argument. Defined in the chapter *Derivatives* (calculus/derivatives).
    """
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))                    # in (0, 1]: never overflows
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


@taught_in("calculus/gradient")
def logistic_loss(w, X, y):
    """Mean log-loss of the logistic model p = sigmoid(X @ w) on labels y in {0, 1}.

    Computed from the logits with ``np.logaddexp``, so it stays finite when a
    prediction saturates. A bias is a column of ones in ``X``. Defined in the chapter
    *Gradient* (calculus/gradient).
    """
    z = X @ w
    return float(np.mean(np.logaddexp(0, z) - y * z))


@taught_in("calculus/gradient")
def logistic_gradient(w, X, y):
    """Gradient of :func:`logistic_loss` in ``w``: X.T @ (sigmoid(X @ w) - y) / n.

    A column shaped like ``w`` (the book's convention). Defined in the chapter
    *Gradient* (calculus/gradient).
    """
    return X.T @ (sigmoid(X @ w) - y) / len(y)


def tumour_data():
    """(X, y, names): the two :data:`TUMOUR_FEATURES` of ``breast_cancer``, standardised.

    ``X`` has shape (569, 2), mean 0 and standard deviation 1 per column; ``y`` is 1 for
    benign and 0 for malignant (scikit-learn's coding).
    """
    from sklearn.datasets import load_breast_cancer

    data = load_breast_cancer()
    cols = [list(data.feature_names).index(name) for name in TUMOUR_FEATURES]
    return standardise(data.data[:, cols]), data.target.astype(float), list(TUMOUR_FEATURES)


def diabetes_data(scaled=False):
    """(X, y, names) of scikit-learn's diabetes regression, raw units by default.

    ``scaled=False`` keeps the original units (age in years, blood pressure in mm Hg,
    ...), whose very different column scales make the normal equations ill-conditioned
    (the condition number of [1, X]^T [1, X] is about 5e7): the calculus part's
    example of why gradient descent needs standardised features.
    """
    from sklearn.datasets import load_diabetes

    data = load_diabetes(scaled=scaled)
    return data.data, data.target.astype(float), list(data.feature_names)
