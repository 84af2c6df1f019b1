"""One finite-difference gradient checker for the calculus part and its practice notebooks.

Central differences with a step scaled to the size of each coordinate:

    d f / d x_i  ~  (f(x + h_i e_i) - f(x - h_i e_i)) / (2 h_i),
    h_i = h0 * max(1, |x_i|),   h0 = eps ** (1/3)  (about 6e-6 in float64).

Why that step: the truncation error of a central difference shrinks like h**2, the
round-off error grows like eps / h; their sum is smallest near h = eps ** (1/3)
(a forward difference, truncation ~ h, is best near eps ** (1/2)). Scaling by
max(1, |x_i|) keeps the *relative* perturbation of a large coordinate (a feature of
size 1e3) the same as that of a unit one, so one fixed h does not drown it in round-off.

:func:`numerical_gradient` computes the estimate, :func:`gradient_error` compares two
gradients, and :func:`check_gradient` checks a (learner's) gradient function against the
estimate on points it never saw, and explains what is wrong instead of raising.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: the default relative step for central differences, eps ** (1/3) of float64
H0 = float(np.finfo(np.float64).eps ** (1 / 3))
_TINY = float(np.finfo(np.float64).tiny)


def _scalar(value) -> float:
    """``f``'s value as one float; a ValueError that says so when it is not a scalar."""
    arr = np.asarray(value, dtype=np.float64)
    if arr.size != 1:
        raise ValueError(f"f must return one number (f: R^n -> R), got shape {arr.shape}")
    return float(arr.reshape(()))


def numerical_gradient(f, x, h=None):
    """Central-difference estimate of the gradient of ``f: R^n -> R`` at ``x``.

    ``x`` is a 1-D array (a list works too); it is copied, never changed. The computation
    is in float64 whatever ``x``'s dtype (float32 input is converted first: a float32 step
    would be dominated by round-off), so the result is a float64 array of ``x``'s shape.
    Truncation error ~ h**2 (central), round-off ~ eps / h: the default step
    ``h_i = H0 * max(1, |x_i|)`` with ``H0 = eps ** (1/3)`` balances the two, per coordinate.
    ``h`` given (a number, or one per coordinate) is used as the absolute step as it is,
    without scaling: that is how a chapter shows what one fixed step does.
    ``f`` is called 2n times, each time on a fresh copy of ``x``.
    """
    x = np.array(x, dtype=np.float64)  # a copy, in float64
    if x.ndim != 1:
        raise ValueError(f"x must be a 1-D array (a point of R^n), got shape {x.shape}")
    if h is None:
        steps = H0 * np.maximum(1.0, np.abs(x))
    else:
        steps = np.broadcast_to(np.asarray(h, dtype=np.float64), x.shape)
    grad = np.empty_like(x)
    for i in range(x.size):
        up, down = x.copy(), x.copy()
        up[i] += steps[i]
        down[i] -= steps[i]
        # divide by the step actually taken (x_i + h_i is rounded), not the one asked for
        grad[i] = (_scalar(f(up)) - _scalar(f(down))) / (up[i] - down[i])
    return grad


def gradient_error(grad, numeric) -> float:
    """Relative error ``||g - n|| / max(||g||, ||n||, tiny)`` between two gradients.

    0 when both are zero; at most 2; symmetric in its arguments. Relative, so that one
    tolerance serves gradients of size 1e-3 and 1e3 alike.
    """
    g = np.asarray(grad, dtype=np.float64).ravel()
    n = np.asarray(numeric, dtype=np.float64).ravel()
    scale = max(np.linalg.norm(g), np.linalg.norm(n), _TINY)
    return float(np.linalg.norm(g - n) / scale)


@dataclass
class GradientCheck:
    """What :func:`check_gradient` found; ``str()`` of it is a message for a learner.

    ``passed``: every point within ``rtol``; ``error``: the worst relative error
    (``inf`` when a gradient could not be compared at all); ``point`` and ``coordinate``:
    where it is worst (``coordinate`` is None for a wrong shape, None or an exception);
    ``message``: the explanation. ``bool(result)`` is ``passed``.
    """

    passed: bool
    error: float
    point: np.ndarray | None
    coordinate: int | None
    message: str
    rtol: float
    points_checked: int = 0

    def __bool__(self) -> bool:
        return self.passed

    def __str__(self) -> str:
        return self.message


def _fmt(x) -> str:
    return np.array2string(np.asarray(x), precision=4, separator=", ", threshold=8)


def _num(v: float) -> str:
    return f"{v:.6g}"


def _guess(g: np.ndarray, n: np.ndarray) -> str:
    """A likely cause when ``g`` is a multiple of ``n`` (a factor, a sign), else ''."""
    nn = float(n @ n)
    if nn == 0.0:
        return ""
    r = float(g @ n) / nn
    if np.linalg.norm(g - r * n) > 1e-3 * np.linalg.norm(g) or abs(r - 1) < 1e-3:
        return ""
    if abs(r + 1) < 1e-3:
        return ": a sign error?"
    if abs(r) < 1e-3:
        return ""
    for k in (2, 3, 4, 0.5, 1 / 3, 0.25, -2, -0.5):
        if abs(r - k) < 1e-3 * abs(k):
            return f": a factor of {_num(k)}?" if k > 0 else f": a factor of {_num(k)} (sign)?"
    return f": off by a factor of {r:.4g}?"


def _as_points(points) -> list[np.ndarray]:
    if isinstance(points, np.ndarray):
        if points.ndim == 1:
            return [np.array(points, dtype=np.float64)]
        return [np.array(p, dtype=np.float64) for p in points]
    return [np.array(p, dtype=np.float64) for p in points]


def _shape_problem(raw, x: np.ndarray) -> str | None:
    """Why ``raw`` (what ``grad`` returned at ``x``) cannot be compared, or None."""
    at = f" at x = {_fmt(x)}"
    if raw is None:
        return f"your gradient returned None{at}: did you forget to `return` it?"
    try:
        g = np.asarray(raw, dtype=np.float64)
    except (TypeError, ValueError):
        return (f"your gradient returned {type(raw).__name__} {raw!r:.60}{at}, "
                "not an array of numbers")
    if g.shape != x.shape:
        msg = f"your gradient has shape {g.shape}, shape {x.shape} expected{at}"
        if g.size == x.size:
            return msg + ": same numbers, wrong shape (a row or column? try .ravel())"
        if g.ndim == 1 and g.size < x.size:
            return msg + f": {x.size - g.size} coordinate(s) missing (one entry per x_i)"
        if g.ndim == 2 and g.shape[0] == g.shape[1] == x.size:
            return msg + ": an (n, n) array: a broadcast between (n,) and (n, 1)?"
        return msg
    bad = np.flatnonzero(~np.isfinite(g))
    if bad.size:
        i = int(bad[0])
        return f"your gradient's coordinate {i} is {g[i]}{at}: check for 0/0, log(0) or overflow"
    return None


def check_gradient(f, grad, points, rtol=1e-5, atol=1e-7) -> GradientCheck:
    """Compare ``grad(x)`` with :func:`numerical_gradient` ``(f, x)`` at each point.

    ``points``: an iterable of 1-D points (a 2-D array: one point per row; a 1-D array:
    one point). A point passes when :func:`gradient_error` is at most ``rtol``, or, near a
    stationary point where a relative error means nothing (both gradients ~ 0), when
    ``||g - n|| <= atol``. Central differences with the scaled step are accurate to about
    eps ** (2/3) ~ 4e-11 relative for smooth, well-scaled ``f``, so 1e-5 leaves room
    without hiding a bug. Never raises on what ``grad`` returns (None, a wrong shape,
    NaN) or on an exception inside ``grad``: the result says what is wrong. Errors in
    ``f`` itself propagate. Each call gets its own copy of the point.
    """
    pts = _as_points(points)
    if not pts:
        return GradientCheck(False, float("inf"), None, None, "no points to check", rtol, 0)
    worst, worst_key = None, None
    for x in pts:
        try:
            raw = grad(x.copy())
        except Exception as exc:  # a learner's bug is a message, not a traceback
            return GradientCheck(False, float("inf"), x, None,
                                 f"your gradient raised {type(exc).__name__}: {exc} "
                                 f"at x = {_fmt(x)}", rtol, len(pts))
        problem = _shape_problem(raw, x)
        if problem:
            return GradientCheck(False, float("inf"), x, None, problem, rtol, len(pts))
        g = np.asarray(raw, dtype=np.float64)
        n = numerical_gradient(f, x)
        err = gradient_error(g, n)
        ok = err <= rtol or float(np.linalg.norm(g - n)) <= atol
        key = (not ok, err)  # a failing point is worse than any passing one
        if worst_key is None or key > worst_key:
            i = int(np.argmax(np.abs(g - n)))
            msg = (f"your gradient's coordinate {i} is {_num(g[i])} where the finite "
                   f"difference gives {_num(n[i])} at x = {_fmt(x)}{_guess(g, n)}"
                   f" (relative error {err:.2g}, tolerance {rtol:g})")
            worst, worst_key = GradientCheck(ok, err, x, i, msg, rtol), key
    worst.points_checked = len(pts)
    if worst.passed:
        worst.message = (f"gradient OK at {len(pts)} point(s): worst relative error "
                         f"{worst.error:.2g} (tolerance {rtol:g})")
        if worst.error > rtol:
            worst.message += (f"; at x = {_fmt(worst.point)} the gradient is ~0, where "
                              f"the absolute difference (tolerance {atol:g}) decides")
    return worst
