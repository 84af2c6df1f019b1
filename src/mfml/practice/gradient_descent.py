"""Practice: gradient descent (``exercises/gradient_descent_solutions.md``).

Stated requirements and what breaks an answer ignoring them:

* gd-loop: n_steps + 1 rows, w0 first -> every case checks the shape (a history
  without w0, or with one step too many, has the wrong number of rows); do not
  change w0 -> the checker compares the caller's array before and after (an
  in-place ``w -= lr * grad(w)`` on ``w = w0`` changes it); one copy per row ->
  appending the same array every step gives n_steps + 1 copies of the last
  iterate (a Mistake names it).
* gd-max-step: from the largest eigenvalue, not the diagonal -> non-diagonal
  symmetric matrices whose largest diagonal entry (and largest entry) is well
  below the largest eigenvalue (asserted in ``tests/test_practice_specs.py``);
  the largest eigenvalue wherever a routine puts it -> ``eigvalsh`` lists it
  last, and a case where ``np.linalg.eigvals`` does not list it first.
* gd-momentum: v <- beta v - lr grad(w), then w <- w + v -> a reference
  trajectory over several steps (updating w with the old v first, or w - v
  with that sign, or beta (v - lr grad) give other trajectories); v starts at
  zero -> the first step must be exactly -lr grad(w0); the caller's w0 is not
  changed -> the array comparison.
* gd-sgd-epoch: one rng.permutation(n), consecutive batches -> the reference
  uses the same generator state (the checker deep-copies it), so sampling with
  replacement (rng.integers, rng.choice) or reshuffling per batch gives other
  weights; every sample exactly once, the last batch may be smaller -> n not a
  multiple of the batch size (a loop that drops the short batch, or that
  loops past the end, differs); w not changed in place -> the array comparison.
* gd-early-stop: the best epoch seen before stopping -> a case whose global
  minimum comes after the stop; strictly lower counts as an improvement -> a
  tie with the best so far; stop after exactly `patience` epochs without
  improvement -> an improvement exactly `patience` epochs after the best (still
  seen) and one `patience + 1` after (not seen); epochs counted from 0 -> every
  case.
"""

from __future__ import annotations

import numpy as np

from ..calculus import logistic_gradient
from ..check import Case, Mistake
from .spec import Exercise, register

# ---------------------------------------------------------------------------
# gradients used as arguments (module-level, so that they deep-copy and print)
# ---------------------------------------------------------------------------


class QuadraticGradient:
    """grad(w) = A w - b for 1/2 w^T A w - b^T w; printed as what it is."""

    def __init__(self, A, b):
        self.A, self.b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)

    def __call__(self, w):
        return self.A @ w - self.b

    def __eq__(self, other):
        return (isinstance(other, QuadraticGradient) and np.array_equal(self.A, other.A)
                and np.array_equal(self.b, other.b))

    __hash__ = None

    def __repr__(self):
        return f"grad(w) = A @ w - b with A = {self.A.tolist()}, b = {self.b.tolist()}"


def _spd(rng, eigenvalues):
    Q, _ = np.linalg.qr(rng.standard_normal((len(eigenvalues), len(eigenvalues))))
    A = Q @ np.diag(eigenvalues) @ Q.T
    return (A + A.T) / 2


def mse_gradient(w, X, y):
    """The mean-squared-error gradient X^T (X w - y) / n of a batch (factor 1/2 in the loss)."""
    return X.T @ (X @ w - y) / len(y)


# ---------------------------------------------------------------------------
# gd-loop
# ---------------------------------------------------------------------------


def _gd(grad, w0, lr, n_steps):
    w = np.array(w0, dtype=float)
    history = [w.copy()]
    for _ in range(n_steps):
        w = w - lr * grad(w)
        history.append(w.copy())
    return np.array(history)


def _gd_aliased(grad, w0, lr, n_steps):
    return np.tile(_gd(grad, w0, lr, n_steps)[-1], (n_steps + 1, 1))


def _gd_no_start(grad, w0, lr, n_steps):
    return _gd(grad, w0, lr, n_steps)[1:]


def _loop_cases(rng):
    A2 = np.array([[3.0, 1.0], [1.0, 2.0]])
    A3 = _spd(rng, [5.0, 2.0, 0.5])
    return [
        Case((QuadraticGradient(A2, [1.0, -1.0]), np.array([2.0, -3.0]), 0.1, 5),
             "a 2-D quadratic, five steps: six rows, w0 first"),
        Case((QuadraticGradient(A3, rng.standard_normal(3)), rng.standard_normal(3), 0.3, 12),
             "a 3-D quadratic: each row must be a copy of w at that step, and w0 must not "
             "change"),
        Case((QuadraticGradient([[4.0]], [2.0]), np.array([0.0]), 0.6, 3),
             "one weight, a step above 1/λ (the iterates overshoot and come back)"),
        Case((QuadraticGradient(A2, [0.0, 0.0]), np.array([1.0, 1.0]), 0.1, 0),
             "n_steps = 0: the history is w0 alone, one row"),
    ]


# ---------------------------------------------------------------------------
# gd-max-step
# ---------------------------------------------------------------------------


def _max_step(A):
    return 2 / np.linalg.eigvalsh(np.asarray(A, dtype=float))[-1]


def max_step_cases_matrices():
    """The symmetric positive definite matrices of gd-max-step (for the tests)."""
    rng = np.random.default_rng(702)
    return [
        np.array([[2.0, 1.0], [1.0, 2.0]]),                   # eigenvalues 3, 1
        np.array([[1.0, 0.9, 0.9], [0.9, 1.0, 0.9], [0.9, 0.9, 1.0]]),  # 2.8, .1, .1
        _spd(rng, [0.5, 7.0, 2.0, 0.1]),
        np.diag([0.5, 4.0, 1.0]),
        np.array([[4.0, -3.0], [-3.0, 4.0]]),                 # eigenvalues 7, 1
    ]


def _max_step_cases(rng):
    notes = [
        "a symmetric matrix with equal diagonal entries 2 and eigenvalues 3 and 1: "
        "the diagonal does not show the largest eigenvalue",
        "three strongly correlated features: diagonal 1, largest eigenvalue 2.8, "
        "which np.linalg.eigvals does not list first",
        "a 4 x 4 matrix built from random eigenvectors",
        "a diagonal matrix whose largest entry is not the first (np.linalg.eigvals "
        "lists it second)",
        "negative off-diagonal entries: the largest entry is 4, the largest eigenvalue 7",
    ]
    return [Case((A,), note) for A, note in zip(max_step_cases_matrices(), notes)]


# ---------------------------------------------------------------------------
# gd-momentum
# ---------------------------------------------------------------------------


def _momentum(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * v - lr * grad(w)
        w = w + v
        history.append(w.copy())
    return np.array(history)


def _momentum_w_first(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        w = w + v
        v = beta * v - lr * grad(w)
        history.append(w.copy())
    return np.array(history)


def _momentum_minus_v(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * v - lr * grad(w)
        w = w - v
        history.append(w.copy())
    return np.array(history)


def _momentum_beta_outside(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * (v - lr * grad(w))
        w = w + v
        history.append(w.copy())
    return np.array(history)


def _momentum_cases(rng):
    A2 = np.array([[3.0, 1.0], [1.0, 2.0]])
    A3 = _spd(rng, [1.0, 0.3, 0.05])
    return [
        Case((QuadraticGradient(A2, [1.0, -1.0]), np.array([2.0, -3.0]), 0.1, 0.9, 8),
             "β = 0.9 over eight steps: the trajectory shows the order of the updates "
             "(v first, then w with the new v)"),
        Case((QuadraticGradient(A3, rng.standard_normal(3)), rng.standard_normal(3), 0.5,
              0.6, 20), "a 3-D quadratic, twenty steps"),
        Case((QuadraticGradient(A2, [0.0, 0.0]), np.array([1.0, 1.0]), 0.2, 0.0, 5),
             "β = 0: plain gradient descent"),
        Case((QuadraticGradient([[2.0]], [1.0]), np.array([0.0]), 0.25, 0.5, 1),
             "one step: v starts at 0, so w1 = w0 - lr * grad(w0)"),
    ]


# ---------------------------------------------------------------------------
# gd-sgd-epoch
# ---------------------------------------------------------------------------


def _sgd_epoch(grad, w, X, y, lr, batch_size, rng):
    order = rng.permutation(len(y))
    for start in range(0, len(y), batch_size):
        idx = order[start:start + batch_size]
        w = w - lr * grad(w, X[idx], y[idx])
    return w


def _sgd_with_replacement(grad, w, X, y, lr, batch_size, rng):
    order = rng.integers(0, len(y), len(y))
    for start in range(0, len(y), batch_size):
        idx = order[start:start + batch_size]
        w = w - lr * grad(w, X[idx], y[idx])
    return w


def _sgd_choice(grad, w, X, y, lr, batch_size, rng):
    order = rng.choice(len(y), len(y))
    for start in range(0, len(y), batch_size):
        idx = order[start:start + batch_size]
        w = w - lr * grad(w, X[idx], y[idx])
    return w


def _sgd_drop_last(grad, w, X, y, lr, batch_size, rng):
    order = rng.permutation(len(y))
    for start in range(0, len(y) - batch_size + 1, batch_size):
        idx = order[start:start + batch_size]
        w = w - lr * grad(w, X[idx], y[idx])
    return w


def _sgd_unshuffled(grad, w, X, y, lr, batch_size, rng):
    for start in range(0, len(y), batch_size):
        w = w - lr * grad(w, X[start:start + batch_size], y[start:start + batch_size])
    return w


def _sgd_cases(rng):
    X = np.column_stack([np.ones(23), rng.standard_normal((23, 2))])
    y = (X @ [0.5, -1.0, 2.0] + 0.5 * rng.standard_normal(23) > 0).astype(float)
    Xr = np.column_stack([np.ones(30), rng.standard_normal((30, 3))])
    yr = Xr @ [1.0, 2.0, -1.0, 0.5] + 0.3 * rng.standard_normal(30)
    return [
        Case((logistic_gradient, np.zeros(3), X, y, 0.5, 5, np.random.default_rng(11)),
             "23 samples in batches of 5: the last batch has 3 samples, and it counts"),
        Case((mse_gradient, np.zeros(4), Xr, yr, 0.1, 4, np.random.default_rng(12)),
             "30 samples in batches of 4 (the last has 2), a least-squares gradient"),
        Case((logistic_gradient, np.array([0.2, -0.1, 0.3]), X, y, 1.0, 1,
              np.random.default_rng(13)), "batch size 1: one step per sample, in the order "
             "of one permutation"),
        Case((mse_gradient, np.ones(4), Xr, yr, 0.05, 30, np.random.default_rng(14)),
             "one batch of all 30 samples: one gradient-descent step"),
    ]


# ---------------------------------------------------------------------------
# gd-early-stop
# ---------------------------------------------------------------------------


def _best_epoch(val_losses, patience):
    best, best_epoch, wait = np.inf, -1, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait == patience:
                break
    return best_epoch


def _best_argmin(val_losses, patience):
    return int(np.argmin(val_losses))


def _best_ties_later(val_losses, patience):
    best, best_epoch, wait = np.inf, -1, 0
    for epoch, loss in enumerate(val_losses):
        if loss <= best:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait == patience:
                break
    return best_epoch


def _early_stop_cases(rng):
    return [
        Case(([5.0, 4.0, 3.0, 3.5, 3.6, 3.7, 2.0], 3),
             "the loss keeps rising for 3 epochs after epoch 2, so training stops at "
             "epoch 5 and never sees the lower loss of epoch 6"),
        Case(([5.0, 4.0, 3.0, 3.5, 3.6, 2.5, 2.4, 2.6], 3),
             "an improvement at epoch 5, after only 2 epochs without one: still seen"),
        Case(([4.0, 2.0, 3.0, 2.0, 2.5], 5),
             "a tie with the best so far is not an improvement: the best epoch stays 1"),
        Case(([3.0, 2.5, 2.0, 1.5, 1.0], 2), "always improving: the last epoch, 4"),
        Case(([5.0, 6.0, 4.0, 5.0, 3.0, 4.0, 2.0], 2), "an improvement every other "
             "epoch: the count of epochs without improvement starts again at each one"),
        Case(([1.0, 2.0, 0.5], 1), "patience 1: stop at the first epoch that does not "
             "improve"),
        Case((list(np.round(2 + np.cos(np.arange(30) / 4) + 0.1 * rng.standard_normal(30),
                            3)), 4), "a noisy validation curve"),
    ]


EXERCISES = register([
    Exercise(
        "gd-loop", name="gradient_descent", reference=_gd, seed=701, cases=_loop_cases,
        requirements=["n_steps + 1 rows, w0 first", "do not change w0",
                      "one copy of w per row"],
        mistakes=[
            Mistake(_gd_aliased, "every row of your history is the last iterate: you "
                    "appended the same array each time and then changed it in place "
                    "(w -= ...). Append w.copy(), or write w = w - lr * grad(w), which "
                    "makes a new array.", "known-mistake"),
            Mistake(_gd_no_start, "your history starts after the first step: put w0 itself "
                    "in the first row, so there are n_steps + 1 rows.", "off-by-one"),
        ],
        hints=("Start a list with a copy of w0; at every step compute the new w from the "
               "old one and append a copy. Return np.array(list).",
               "w = np.array(w0, dtype=float); history = [w.copy()]; then n_steps times: "
               "w = w - lr * grad(w); history.append(w.copy()). Return np.array(history)."),
    ),
    Exercise(
        "gd-max-step", name="max_stable_step", reference=_max_step, seed=702,
        cases=_max_step_cases,
        requirements=["from the largest eigenvalue, not the diagonal",
                      "the largest eigenvalue wherever a routine puts it"],
        mistakes=[
            Mistake(lambda A: 2 / np.max(np.diag(A)), "you used the largest diagonal entry. "
                    "For a non-diagonal matrix the eigenvalues are not on the diagonal: use "
                    "np.linalg.eigvalsh(A).", "known-mistake"),
            Mistake(lambda A: 2 / np.max(A), "you used the largest entry of A; the step is "
                    "limited by the largest eigenvalue, which can be much larger.",
                    "known-mistake"),
            Mistake(lambda A: 2 / np.linalg.eigvalsh(A)[0], "that is 2/λmin: eigvalsh "
                    "returns the eigenvalues in ascending order, so the largest is the last, "
                    "[-1].", "wrong-order"),
            Mistake(lambda A: 1 / np.linalg.eigvalsh(A)[-1], "1/λmax is a safe step, but "
                    "the largest stable one is 2/λmax.", "factor"),
            Mistake(lambda A: 2 / (np.linalg.eigvalsh(A)[-1] + np.linalg.eigvalsh(A)[0]),
                    "that is the best step 2/(λmax + λmin), not the largest stable one.",
                    "known-mistake"),
        ],
        hints=("Each eigen-direction is multiplied by 1 - lr * λ per step; which "
               "eigenvalue limits lr first?",
               "lam = np.linalg.eigvalsh(A) (ascending); return 2 / lam[-1]."),
    ),
    Exercise(
        "gd-momentum", name="momentum_descent", reference=_momentum, seed=703,
        cases=_momentum_cases,
        requirements=["v <- beta v - lr grad(w), then w <- w + v",
                      "v starts at zero", "do not change w0"],
        mistakes=[
            Mistake(_momentum_w_first, "you moved w with the old velocity before updating "
                    "it, so the first step does not move at all. Update v first "
                    "(v = beta * v - lr * grad(w)), then w = w + v.", "wrong-order"),
            Mistake(_momentum_minus_v, "with v = beta * v - lr * grad(w) the step is w + v "
                    "(v already points downhill); w - v climbs.", "wrong-sign"),
            Mistake(_momentum_beta_outside, "beta multiplies the old velocity only: "
                    "v = beta * v - lr * grad(w), not beta * (v - lr * grad(w)).",
                    "known-mistake"),
        ],
        hints=("Keep a velocity array v next to w, starting at zeros. Each step updates v "
               "from the gradient at the current w, then moves w by the new v.",
               "w = np.array(w0, dtype=float); v = np.zeros_like(w); history = [w.copy()]; "
               "n_steps times: v = beta * v - lr * grad(w); w = w + v; "
               "history.append(w.copy()). Return np.array(history)."),
    ),
    Exercise(
        "gd-sgd-epoch", name="sgd_epoch", reference=_sgd_epoch, seed=704, cases=_sgd_cases,
        requirements=["one rng.permutation(n), consecutive batches",
                      "every sample exactly once, the last batch may be smaller",
                      "do not change w in place"],
        mistakes=[
            Mistake(_sgd_with_replacement, "rng.integers draws indices with replacement: "
                    "some samples come twice in an epoch, others never. Use "
                    "order = rng.permutation(len(y)).", "known-mistake"),
            Mistake(_sgd_choice, "rng.choice(n, n) samples with replacement by default: "
                    "some samples come twice, others never. Use rng.permutation(len(y)).",
                    "known-mistake"),
            Mistake(_sgd_drop_last, "your loop drops the last, shorter batch: its samples "
                    "are never used. Loop over range(0, len(y), batch_size); the slice "
                    "order[start:start + batch_size] is simply shorter at the end.",
                    "known-mistake"),
            Mistake(_sgd_unshuffled, "you took the samples in their stored order: shuffle "
                    "them first with order = rng.permutation(len(y)).", "known-mistake"),
        ],
        hints=("Shuffle the indices once with the given rng, then walk through them "
               "batch_size at a time, one gradient step per batch.",
               "order = rng.permutation(len(y)); for start in range(0, len(y), batch_size): "
               "idx = order[start:start + batch_size]; w = w - lr * grad(w, X[idx], y[idx]). "
               "Return w."),
    ),
    Exercise(
        "gd-early-stop", name="best_epoch", reference=_best_epoch, seed=705,
        cases=_early_stop_cases,
        requirements=["the best epoch seen before stopping",
                      "strictly lower counts as an improvement",
                      "stop after exactly patience epochs without improvement",
                      "epochs counted from 0"],
        mistakes=[
            Mistake(_best_argmin, "that is the smallest loss of the whole list, including "
                    "epochs after training would have stopped. Walk through the losses in "
                    "order and stop once `patience` epochs in a row did not improve.",
                    "known-mistake"),
            Mistake(_best_ties_later, "a loss equal to the best so far is not an "
                    "improvement: compare with <, not <=.", "known-mistake"),
            Mistake(lambda v, p: _best_epoch(v, p) + 1, "epochs are counted from 0 (the "
                    "first loss is epoch 0).", "off-by-one"),
        ],
        hints=("Walk through the losses in order, remembering the best loss, its epoch, "
               "and how many epochs in a row have not improved on it.",
               "best = inf, best_epoch = -1, wait = 0; for epoch, loss in "
               "enumerate(val_losses): if loss < best: best, best_epoch, wait = loss, "
               "epoch, 0; else: wait += 1, and if wait == patience: break. Return "
               "best_epoch."),
    ),
])
