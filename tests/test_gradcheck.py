"""mfml.gradcheck: right gradients pass, wrong ones fail with a message that says why."""

import numpy as np
import pytest
from scipy.optimize import approx_fprime, check_grad

from mfml.gradcheck import (
    H0,
    check_gradient,
    gradient_error,
    numerical_gradient,
)

RNG = np.random.default_rng(9)
N = 4
A = RNG.normal(size=(N, N))  # deliberately not symmetric: grad = (A + A^T) x / 2 + b
B = RNG.normal(size=N)
POINTS = RNG.normal(size=(5, N))


def quad(x):
    return 0.5 * x @ A @ x + B @ x


def quad_grad(x):
    return 0.5 * (A + A.T) @ x + B


# logistic loss of a small data set (fixed seed), mean over samples
X = RNG.normal(size=(30, 3))
Y = (X @ np.array([1.0, -2.0, 0.5]) + RNG.normal(size=30) > 0).astype(float)


def logistic(w):
    z = X @ w
    return np.mean(np.logaddexp(0, z) - Y * z)


def logistic_grad(w):
    return X.T @ (1 / (1 + np.exp(-(X @ w))) - Y) / len(Y)


def rosen(x):
    return np.sum(100 * (x[1:] - x[:-1] ** 2) ** 2 + (1 - x[:-1]) ** 2)


def rosen_grad(x):
    g = np.zeros_like(x)
    g[:-1] = -400 * x[:-1] * (x[1:] - x[:-1] ** 2) - 2 * (1 - x[:-1])
    g[1:] += 200 * (x[1:] - x[:-1] ** 2)
    return g


# a function of two features of scales 1e3 and 1e-2
def scaled(x):
    return 1e3 * np.exp(x[0] / 1e3) + 1e-2 * np.exp(x[1] / 1e-2)


def scaled_grad(x):
    return np.array([np.exp(x[0] / 1e3), np.exp(x[1] / 1e-2)])


SCALED_POINTS = np.column_stack([RNG.uniform(500, 2000, 6), RNG.normal(0, 1e-2, 6)])

CASES = {
    "quadratic": (quad, quad_grad, POINTS),
    "logistic": (logistic, logistic_grad, RNG.normal(size=(5, 3))),
    "rosenbrock": (rosen, rosen_grad, np.vstack([RNG.uniform(-2, 2, size=(4, 3)), np.ones(3)])),
    "scales 1e3 and 1e-2": (scaled, scaled_grad, SCALED_POINTS),
}


def test_default_step_is_cube_root_of_eps():
    assert np.isclose(H0, np.finfo(float).eps ** (1 / 3))
    assert 5e-6 < H0 < 7e-6


@pytest.mark.parametrize("name", CASES)
def test_right_gradients_pass(name):
    f, grad, points = CASES[name]
    result = check_gradient(f, grad, points)
    assert result.passed and result, str(result)
    if name != "rosenbrock":  # its points include the minimum, gradient 0: see below
        assert result.error <= 1e-5
    assert result.points_checked == len(points)
    assert "OK" in str(result)


def test_scaled_step_beats_one_fixed_step_on_the_large_feature():
    for x in SCALED_POINTS:
        exact = scaled_grad(x)
        by_scaled = numerical_gradient(scaled, x)
        by_fixed = numerical_gradient(scaled, x, h=1e-5)
        assert gradient_error(exact, by_scaled) <= 1e-5  # within rtol
        rel_scaled = abs(by_scaled[0] - exact[0]) / exact[0]
        rel_fixed = abs(by_fixed[0] - exact[0]) / exact[0]
        assert rel_fixed > 20 * rel_scaled, (x, rel_scaled, rel_fixed)
    errs_scaled = [gradient_error(scaled_grad(x), numerical_gradient(scaled, x))
                   for x in SCALED_POINTS]
    errs_fixed = [gradient_error(scaled_grad(x), numerical_gradient(scaled, x, h=1e-5))
                  for x in SCALED_POINTS]
    assert max(errs_fixed) > max(errs_scaled)


def check_quad(wrong):
    result = check_gradient(quad, wrong, POINTS)
    assert not result.passed and not result
    return str(result)


def test_factor_of_two():
    msg = check_quad(lambda x: 2 * quad_grad(x))
    assert "a factor of 2?" in msg and "coordinate" in msg and "x = [" in msg


def test_sign():
    assert "sign" in check_quad(lambda x: -quad_grad(x))


def test_transposed_matrix():
    result = check_gradient(quad, lambda x: A.T @ x + B, POINTS)
    assert not result.passed
    i, x = result.coordinate, result.point
    wrong, right = (A.T @ x + B)[i], quad_grad(x)[i]
    assert f"coordinate {i} is {wrong:.6g}" in str(result)
    assert f"finite difference gives {right:.6g}" in str(result)


def test_missing_coordinate():
    msg = check_quad(lambda x: quad_grad(x)[:-1])
    assert "shape (3,), shape (4,) expected" in msg and "missing" in msg


def test_row_instead_of_vector():
    msg = check_quad(lambda x: quad_grad(x)[None, :])
    assert "shape (1, 4), shape (4,) expected" in msg


def test_none():
    msg = check_quad(lambda x: None)
    assert "None" in msg and "return" in msg


def test_nan():
    def nan_grad(x):
        g = quad_grad(x)
        g[2] = np.nan
        return g

    msg = check_quad(nan_grad)
    assert "coordinate 2 is nan" in msg


def test_exception_in_grad_is_a_message():
    msg = check_quad(lambda x: x @ np.ones(7))
    assert "raised ValueError" in msg


def test_callers_x_is_unchanged():
    x = np.array([1.0, -2.0, 3.0, 0.5])
    before = x.copy()
    numerical_gradient(quad, x)
    check_gradient(quad, quad_grad, [x])
    np.testing.assert_array_equal(x, before)


def test_float32_input_computed_in_float64():
    x = POINTS[0].astype(np.float32)
    g = numerical_gradient(quad, x)
    assert g.dtype == np.float64 and g.shape == x.shape
    assert gradient_error(quad_grad(x.astype(float)), g) < 1e-8


def test_gradient_error_both_zero_and_symmetric():
    assert gradient_error(np.zeros(3), np.zeros(3)) == 0.0
    a, b = np.array([1.0, 2.0]), np.array([1.0, 2.5])
    assert gradient_error(a, b) == gradient_error(b, a)


def test_stationary_point_passes_by_the_absolute_tolerance():
    # Rosenbrock's minimum: gradient 0, the estimate ~1e-8, so the relative error is ~1
    x = np.ones(3)
    assert gradient_error(rosen_grad(x), numerical_gradient(rosen, x)) > 0.5
    assert check_gradient(rosen, rosen_grad, [x]).passed
    assert not check_gradient(rosen, lambda x: rosen_grad(x) + 1e-3, [x]).passed


@pytest.mark.parametrize("name", CASES)
def test_agrees_with_scipy(name):
    # scipy's approx_fprime/check_grad are forward differences (error ~ sqrt(eps) = 1.5e-8
    # relative, times the curvature), so agreement is to 1e-4, not to our 1e-5
    f, grad, points = CASES[name]
    for x in points:
        ours = numerical_gradient(f, x)
        scale = max(1.0, np.linalg.norm(ours))
        theirs = approx_fprime(x, f, np.sqrt(np.finfo(float).eps) * np.maximum(1, abs(x)))
        assert np.linalg.norm(ours - theirs) <= 1e-4 * scale
        assert check_grad(f, grad, x) <= 1e-4 * scale


def test_points_as_rows_list_or_one_point():
    assert check_gradient(quad, quad_grad, POINTS[0]).points_checked == 1
    assert check_gradient(quad, quad_grad, list(POINTS)).points_checked == len(POINTS)
    assert "no points" in str(check_gradient(quad, quad_grad, []))
