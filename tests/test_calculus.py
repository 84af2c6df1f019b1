"""mfml.calculus: the shared functions and thread data of the calculus part."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from mfml.calculus import (
    TUMOUR_FEATURES,
    diabetes_data,
    logistic_gradient,
    logistic_loss,
    sigmoid,
    tumour_data,
)
from mfml.gradcheck import check_gradient, numerical_gradient


def test_sigmoid_matches_the_formula_and_never_overflows():
    z = np.linspace(-30, 30, 601)
    assert np.allclose(sigmoid(z), 1 / (1 + np.exp(-z)), rtol=1e-14, atol=0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")        # an overflow in exp would raise here
        out = sigmoid(np.array([-1000.0, -745.0, 0.0, 745.0, 1000.0]))
    assert out[0] == 0.0 and out[2] == 0.5 and out[-1] == 1.0
    assert np.all(np.diff(out) >= 0)
    assert np.allclose(sigmoid(-z), 1 - sigmoid(z), atol=1e-15)


def test_logistic_loss_is_log2_at_zero_and_finite_when_saturated():
    X, y, _ = tumour_data()
    assert logistic_loss(np.zeros(2), X, y) == pytest.approx(np.log(2))
    big = np.array([1e4, 1e4])
    assert np.isfinite(logistic_loss(big, X, y))
    # one point, a confident wrong prediction: the loss is the logit itself, not inf
    one = logistic_loss(np.array([800.0]), np.array([[1.0]]), np.array([0.0]))
    assert one == pytest.approx(800)


def test_logistic_gradient_passes_the_finite_difference_check():
    X, y, _ = tumour_data()
    Xb = np.c_[np.ones(len(y)), X]
    rng = np.random.default_rng(0)
    points = [rng.standard_normal(3) for _ in range(4)]
    result = check_gradient(lambda w: logistic_loss(w, Xb, y),
                            lambda w: logistic_gradient(w, Xb, y), points)
    assert result.passed, result.message
    assert np.allclose(logistic_gradient(points[0], Xb, y),
                       numerical_gradient(lambda w: logistic_loss(w, Xb, y), points[0]),
                       rtol=1e-6, atol=1e-9)


def test_the_tumour_classes_overlap_so_the_unpenalised_optimum_is_finite():
    from sklearn.linear_model import LogisticRegression

    X, y, names = tumour_data()
    assert names == list(TUMOUR_FEATURES) and X.shape == (569, 2)
    assert np.allclose(X.mean(axis=0), 0, atol=1e-12) and np.allclose(X.std(axis=0), 1)
    model = LogisticRegression(C=np.inf, max_iter=10_000).fit(X, y)   # C=inf: no penalty
    assert 0.85 < model.score(X, y) < 0.95          # overlapping classes, not separable
    assert np.all(np.abs(model.coef_) < 10)        # a finite optimum
    w = np.r_[model.intercept_, model.coef_.ravel()]
    Xb = np.c_[np.ones(len(y)), X]
    assert np.linalg.norm(logistic_gradient(w, Xb, y)) < 1e-4   # it is the optimum


def test_raw_diabetes_features_make_the_normal_equations_ill_conditioned():
    X, y, names = diabetes_data()
    A = np.c_[np.ones(len(y)), X]
    assert X.shape == (442, 10) and names[:4] == ["age", "sex", "bmi", "bp"]
    assert 1e7 < np.linalg.cond(A.T @ A) < 1e8       # "about 5e7"
    Z = (X - X.mean(axis=0)) / X.std(axis=0)           # standardised: about 470
    B = np.c_[np.ones(len(y)), Z]
    assert np.linalg.cond(B.T @ B) < 1e3
