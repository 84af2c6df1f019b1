"""Practice: gradient descent (``exercises/gradient_descent_solutions.md``).

Stated requirements and what breaks an answer ignoring them:

* gd-until: stop at the first iterate whose gradient norm is below tol, w0 included ->
  a case whose w0 is already the minimum (one row; testing after a step gives two), and
  a case with one steep and one flat direction where the squared norm and the step
  length lr * norm cross tol at other steps than the norm; at most max_steps steps ->
  a tolerance never reached (exactly max_steps + 1 rows); w0 first, one copy per row ->
  the shape of every case and a multi-step case (an aliased history repeats the last
  row); do not change w0 -> the array comparison. The saddle case shows the rule
  stopping at a saddle.
* gd-max-step: from the largest eigenvalue, not the diagonal -> non-diagonal
  symmetric matrices whose largest diagonal entry (and largest entry) is well
  below the largest eigenvalue (asserted in ``tests/test_practice_specs.py``);
  the largest eigenvalue wherever a routine puts it -> ``eigvalsh`` lists it
  last, and a case where ``np.linalg.eigvals`` does not list it first.
* gd-nesterov: the gradient at the look-ahead point w + beta v -> a reference
  trajectory over several steps with beta = 0.9 (the heavy ball, w - beta v or w + v
  give other trajectories); v <- beta v - lr grad(w + beta v), then w <- w + v -> the
  same trajectory (w - v climbs); v starts at zero -> the first step must be exactly
  -lr grad(w0); do not change w0 -> the array comparison.
* gd-sgd-decay: epoch t (from 0) uses lr0 * drop ** (t // every) -> several epochs with
  every = 2 and 3 (a drop every epoch, or epochs counted from 1, change the steps);
  a new rng.permutation(n) each epoch, consecutive batches -> the reference replays the
  same generator state (the checker deep-copies it), so shuffling once, sampling with
  replacement or another draw gives other weights; every sample exactly once, the last
  batch may be smaller -> n not a multiple of the batch size; w not changed in place ->
  the array comparison.
* gd-early-stop: the best epoch seen before stopping -> a case whose global
  minimum comes after the stop; strictly lower counts as an improvement -> a
  tie with the best so far; stop after exactly `patience` epochs without
  improvement -> an improvement exactly `patience` epochs after the best (still
  seen) and one `patience + 1` after (not seen); epochs counted from 0 -> every
  case; a loss that falls again but stays above the best is no improvement -> a case
  where the previous-epoch comparison resets the count and the best-so-far one does not.
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
# gd-until: gradient descent with a gradient-norm stopping rule
# ---------------------------------------------------------------------------


class SaddleGradient:
    """grad f for f(x, y) = x^2 - y^2 + y^4 / 2 (a saddle at 0, minima at y = +-1)."""

    def __call__(self, w):
        x, y = w
        return np.array([2 * x, -2 * y + 2 * y**3])

    def __eq__(self, other):
        return isinstance(other, SaddleGradient)

    __hash__ = None

    def __repr__(self):
        return "grad(w) = [2 x, -2 y + 2 y**3], the gradient of x**2 - y**2 + y**4 / 2"


def _until(grad, w0, lr, tol, max_steps, square=False, after=False, step_len=False,
           extra=0):
    w = np.array(w0, dtype=float)
    history = [w.copy()]
    for _ in range(max_steps + extra):
        g = grad(w)
        size = float(np.linalg.norm(g))
        size = size**2 if square else lr * size if step_len else size
        if size < tol and not after:
            break
        w = w - lr * g
        history.append(w.copy())
        if after and float(np.linalg.norm(grad(w))) < tol:
            break
    return np.array(history)


def _until_square(grad, w0, lr, tol, max_steps):
    return _until(grad, w0, lr, tol, max_steps, square=True)


def _until_after(grad, w0, lr, tol, max_steps):
    return _until(grad, w0, lr, tol, max_steps, after=True)


def _until_step_len(grad, w0, lr, tol, max_steps):
    return _until(grad, w0, lr, tol, max_steps, step_len=True)


def _until_one_more(grad, w0, lr, tol, max_steps):
    return _until(grad, w0, lr, tol, max_steps, extra=1)


def _until_one_less(grad, w0, lr, tol, max_steps):
    return _until(grad, w0, lr, tol, max_steps, extra=-1)


def _until_ignore_tol(grad, w0, lr, tol, max_steps):
    return _until(grad, w0, lr, -1.0, max_steps)


def _until_aliased(grad, w0, lr, tol, max_steps):
    h = _until(grad, w0, lr, tol, max_steps)
    return np.tile(h[-1], (len(h), 1))


def _until_no_start(grad, w0, lr, tol, max_steps):
    return _until(grad, w0, lr, tol, max_steps)[1:]


def _until_cases(rng):
    A2 = np.array([[3.0, 1.0], [1.0, 2.0]])
    A3 = _spd(rng, [5.0, 2.0, 0.5])
    b3 = rng.standard_normal(3)
    return [
        Case((QuadraticGradient(A2, [1.0, -1.0]), np.array([2.0, -3.0]), 0.2, 1e-3, 500),
             "a 2-D quadratic: the gradient norm falls below 1e-3 after a few dozen steps"),
        Case((QuadraticGradient(A3, b3), rng.standard_normal(3), 0.3, 1e-6, 1000),
             "a 3-D quadratic, tol = 1e-6: each row must be a copy of w at that step, and "
             "w0 must not change"),
        Case((SaddleGradient(), np.array([1.0, 0.0]), 0.1, 1e-4, 500),
             "a start on the x-axis of x² - y² + y⁴/2: the iterates reach the saddle at 0, "
             "where the gradient is small, and the rule stops there (not at a minimum)"),
        Case((QuadraticGradient(A2, [5.0, 5.0]), np.linalg.solve(A2, [5.0, 5.0]), 0.2,
              1e-8, 100), "w0 is already the minimum: the gradient there is below tol, so "
             "no step is taken and the history is w0 alone"),
        Case((QuadraticGradient([[4.0]], [2.0]), np.array([3.0]), 0.05, 1e-300, 7),
             "a tolerance that is never reached: exactly max_steps = 7 steps, 8 rows"),
        Case((QuadraticGradient([[1.0, 0.0], [0.0, 0.01]], [0.0, 0.0]),
              np.array([1.0, 1.0]), 0.5, 5e-3, 1000),
             "one steep, one flat direction and tol = 5e-3: the squared norm, or the step "
             "length lr·‖g‖, crosses tol at another step than the norm does"),
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
# gd-nesterov
# ---------------------------------------------------------------------------


def _nesterov(grad, w0, lr, beta, n_steps, look=1.0, sign=1.0, v0=0.0, heavy=False):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w) + v0
    history = [w.copy()]
    for _ in range(n_steps):
        at = w if heavy else w + look * beta * v
        v = beta * v - lr * grad(at)
        w = w + sign * v
        history.append(w.copy())
    return np.array(history)


def _nesterov_heavy(grad, w0, lr, beta, n_steps):
    return _nesterov(grad, w0, lr, beta, n_steps, heavy=True)


def _nesterov_look_back(grad, w0, lr, beta, n_steps):
    return _nesterov(grad, w0, lr, beta, n_steps, look=-1.0)


def _nesterov_full_v(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * v - lr * grad(w + v)
        w = w + v
        history.append(w.copy())
    return np.array(history)


def _nesterov_minus_v(grad, w0, lr, beta, n_steps):
    return _nesterov(grad, w0, lr, beta, n_steps, sign=-1.0)


def _nesterov_aliased(grad, w0, lr, beta, n_steps):
    return np.tile(_nesterov(grad, w0, lr, beta, n_steps)[-1], (n_steps + 1, 1))


def _nesterov_cases(rng):
    A2 = np.array([[3.0, 1.0], [1.0, 2.0]])
    A3 = _spd(rng, [1.0, 0.3, 0.05])
    return [
        Case((QuadraticGradient(A2, [1.0, -1.0]), np.array([2.0, -3.0]), 0.1, 0.9, 8),
             "β = 0.9 over eight steps: from the second step on, the gradient is taken at "
             "the look-ahead point w + β v, not at w"),
        Case((QuadraticGradient(A3, rng.standard_normal(3)), rng.standard_normal(3), 0.5,
              0.6, 20), "a 3-D quadratic, twenty steps"),
        Case((QuadraticGradient(A2, [0.0, 0.0]), np.array([1.0, 1.0]), 0.2, 0.0, 5),
             "β = 0: plain gradient descent"),
        Case((QuadraticGradient([[2.0]], [1.0]), np.array([0.0]), 0.25, 0.5, 1),
             "one step: v starts at 0, so w1 = w0 - lr * grad(w0)"),
    ]


# ---------------------------------------------------------------------------
# gd-sgd-decay: several epochs of mini-batch SGD with a step-decay schedule
# ---------------------------------------------------------------------------


def _epoch(grad, w, X, y, lr, batch_size, order, drop_last=False):
    stop = len(y) - batch_size + 1 if drop_last else len(y)
    for start in range(0, stop, batch_size):
        idx = order[start:start + batch_size]
        w = w - lr * grad(w, X[idx], y[idx])
    return w


def _sgd_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng, first=0,
               per_epoch=False, once=False, draw="permutation", drop_last=False):
    order = rng.permutation(len(y)) if once else None
    for t in range(n_epochs):
        k = t + first
        lr = lr0 * drop ** (k if per_epoch else k // every)
        if not once:
            if draw == "permutation":
                order = rng.permutation(len(y))
            elif draw == "integers":
                order = rng.integers(0, len(y), len(y))
            elif draw == "choice":
                order = rng.choice(len(y), len(y))
            elif draw == "choice-noreplace":
                order = rng.choice(len(y), len(y), replace=False)
        w = _epoch(grad, w, X, y, lr, batch_size, order, drop_last)
    return w


def _decay_from_one(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    return _sgd_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng, first=1)


def _decay_every_epoch(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    return _sgd_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng,
                      per_epoch=True)


def _decay_shuffle_once(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    return _sgd_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng, once=True)


def _decay_integers(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    return _sgd_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng,
                      draw="integers")


def _decay_choice_noreplace(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    return _sgd_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng,
                      draw="choice-noreplace")


def _decay_drop_last(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    return _sgd_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng,
                      drop_last=True)


def _decay_constant(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    return _sgd_decay(grad, w, X, y, lr0, 1.0, every, batch_size, n_epochs, rng)


def _decay_cases(rng):
    X = np.column_stack([np.ones(23), rng.standard_normal((23, 2))])
    y = (X @ [0.5, -1.0, 2.0] + 0.5 * rng.standard_normal(23) > 0).astype(float)
    Xr = np.column_stack([np.ones(30), rng.standard_normal((30, 3))])
    yr = Xr @ [1.0, 2.0, -1.0, 0.5] + 0.3 * rng.standard_normal(30)
    return [
        Case((logistic_gradient, np.zeros(3), X, y, 0.5, 0.5, 2, 5, 5,
              np.random.default_rng(11)),
             "23 samples in batches of 5 (the last has 3), five epochs, the step halved "
             "every 2 epochs: 0.5, 0.5, 0.25, 0.25, 0.125"),
        Case((mse_gradient, np.zeros(4), Xr, yr, 0.1, 0.1, 3, 4, 7,
              np.random.default_rng(12)),
             "30 samples in batches of 4 (the last has 2), seven epochs, the step divided "
             "by 10 every 3 epochs"),
        Case((logistic_gradient, np.array([0.2, -0.1, 0.3]), X, y, 1.0, 0.5, 1, 1, 3,
              np.random.default_rng(13)), "batch size 1 and every = 1: the step halves "
             "after each epoch, a new permutation each epoch"),
        Case((mse_gradient, np.ones(4), Xr, yr, 0.05, 0.5, 2, 30, 1,
              np.random.default_rng(14)),
             "one epoch of one batch of all 30 samples: one gradient-descent step at lr0"),
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


def _stop_rule(val_losses, patience, limit=None, previous=False):
    limit = patience if limit is None else limit
    best, best_epoch, wait, prev = np.inf, -1, 0, np.inf
    for epoch, loss in enumerate(val_losses):
        if loss < best:
            best, best_epoch = loss, epoch
        if (loss < prev) if previous else (loss == best and best_epoch == epoch):
            wait = 0
        else:
            wait += 1
            if wait >= limit:
                break
        prev = loss
    return best_epoch


def _best_previous_epoch(val_losses, patience):
    return _stop_rule(val_losses, patience, previous=True)


def _best_one_late(val_losses, patience):
    return _stop_rule(val_losses, patience, limit=patience + 1)


def _best_one_early(val_losses, patience):
    return _stop_rule(val_losses, patience, limit=max(patience - 1, 1))


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
        Case(([1.0, 3.0, 2.5, 2.0, 1.5, 0.5], 2), "the loss falls again after epoch 1 but "
             "stays above the best (1.0): falling is not improving, so training stops at "
             "epoch 2"),
        Case((list(np.round(2 + np.cos(np.arange(30) / 4) + 0.1 * rng.standard_normal(30),
                            3)), 4), "a noisy validation curve"),
    ]


EXERCISES = register([
    Exercise(
        "gd-until", name="descend_until_flat", reference=_until, seed=701,
        cases=_until_cases,
        requirements=["stop at the first iterate whose gradient norm is below tol, w0 "
                      "included", "at most max_steps steps",
                      "w0 first, one copy of w per row", "do not change w0"],
        mistakes=[
            Mistake(_until_aliased, "every row of your history is the last iterate: you "
                    "appended the same array each time and then changed it in place "
                    "(w -= ...). Append w.copy(), or write w = w - lr * grad(w), which "
                    "makes a new array.", "known-mistake"),
            Mistake(_until_no_start, "your history starts after the first step: put w0 "
                    "itself in the first row.", "off-by-one"),
            Mistake(_until_after, "you take a step before testing the gradient, so a "
                    "start that is already flat still moves once. Test the gradient at the "
                    "current w first, and step only if its norm is not below tol.",
                    "known-mistake"),
            Mistake(_until_ignore_tol, "your loop always takes max_steps steps: it never "
                    "stops on the gradient. Before each step compute the norm of the "
                    "gradient at the current w and stop if it is below tol.",
                    "known-mistake"),
            Mistake(_until_square, "you compared the squared norm with tol: compare "
                    "np.linalg.norm(g) itself.", "known-mistake"),
            Mistake(_until_step_len, "you compared the step length lr·‖g‖ (or the change "
                    "in w) with tol: the rule is on the gradient norm ‖g‖ itself.",
                    "known-mistake"),
            Mistake(_until_one_more, "you took max_steps + 1 steps when the tolerance is "
                    "never reached: at most max_steps steps, so at most max_steps + 1 rows.",
                    "off-by-one"),
            Mistake(_until_one_less, "you took only max_steps - 1 steps when the tolerance "
                    "is never reached: max_steps steps are allowed (max_steps + 1 rows).",
                    "off-by-one"),
        ],
        hints=("Before each step, look at the gradient at the current point: if it is "
               "small enough you are done, otherwise step. Keep a list of copies of the "
               "iterates, starting with w0.",
               "Loop at most max_steps times. In each pass compute the gradient at the "
               "current w and its Euclidean norm; leave the loop if that norm is below tol; "
               "otherwise make a new w by the usual gradient step and record a copy. The "
               "rows of the answer are w0 and every w you made, in order."),
    ),
    Exercise(
        "gd-max-step", name="max_stable_step", reference=_max_step, seed=702,
        cases=_max_step_cases,
        requirements=["from the largest eigenvalue, not the diagonal",
                      "the largest eigenvalue wherever a routine puts it"],
        mistakes=[
            Mistake(lambda A: 2 / np.max(np.diag(A)), "you used the largest diagonal entry "
                    "(for a symmetric positive definite matrix that is also its largest "
                    "entry). The eigenvalues of a non-diagonal matrix are not on its "
                    "diagonal, and the largest can be much larger: use "
                    "np.linalg.eigvalsh(A).", "known-mistake"),
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
               "Compute the eigenvalues of the symmetric matrix with a routine for "
               "symmetric matrices, find out in which order it returns them, take the "
               "largest, and apply the stability bound of the chapter's theorem."),
    ),
    Exercise(
        "gd-nesterov", name="nesterov_descent", reference=_nesterov, seed=703,
        cases=_nesterov_cases,
        requirements=["the gradient at the look-ahead point w + beta v",
                      "v <- beta v - lr grad(w + beta v), then w <- w + v",
                      "v starts at zero", "do not change w0"],
        mistakes=[
            Mistake(_nesterov_heavy, "that is the heavy ball of the chapter: the gradient at "
                    "the current w. Nesterov's method takes it at the look-ahead point "
                    "w + beta * v (with the velocity before this step's update).",
                    "known-mistake"),
            Mistake(_nesterov_look_back, "the look-ahead point is w + beta * v, ahead along "
                    "the velocity, not w - beta * v.", "wrong-sign"),
            Mistake(_nesterov_full_v, "the look-ahead point is w + beta * v: you used w + v, "
                    "without the factor beta.", "known-mistake"),
            Mistake(_nesterov_minus_v, "with v = beta * v - lr * grad(...) the step is w + v "
                    "(v already points downhill); w - v climbs.", "wrong-sign"),
            Mistake(_nesterov_aliased, "every row of your history is the last iterate: you "
                    "appended the same array each time and then changed it in place. "
                    "Append w.copy(), or write w = w + v, which makes a new array.",
                    "known-mistake"),
        ],
        hints=("Like the heavy ball, keep a velocity next to w, starting at zero. The only "
               "change is where the gradient is evaluated.",
               "Each step: form the point you would reach by coasting on the current "
               "velocity scaled by beta; evaluate the gradient there; update the velocity "
               "from its old value and that gradient as in the heavy ball; then move w by "
               "the new velocity and record a copy."),
    ),
    Exercise(
        "gd-sgd-decay", name="sgd_step_decay", reference=_sgd_decay, seed=704,
        cases=_decay_cases,
        requirements=["epoch t (from 0) uses lr0 * drop ** (t // every)",
                      "a new rng.permutation(n) each epoch, consecutive batches",
                      "every sample exactly once per epoch, the last batch may be smaller",
                      "do not change w in place"],
        mistakes=[
            Mistake(_decay_from_one, "you counted epochs from 1: the first epoch is t = 0 "
                    "and uses lr0 itself, so the first drop comes after `every` epochs.",
                    "off-by-one"),
            Mistake(_decay_every_epoch, "you multiplied the step by drop after every epoch; "
                    "it drops once every `every` epochs: lr0 * drop ** (t // every).",
                    "known-mistake"),
            Mistake(_decay_constant, "the step never changes: epoch t uses "
                    "lr0 * drop ** (t // every).", "known-mistake"),
            Mistake(_decay_shuffle_once, "you shuffled once for all epochs: draw a new "
                    "order = rng.permutation(len(y)) at the start of each epoch.",
                    "known-mistake"),
            Mistake(_decay_integers, "you drew indices with replacement (rng.integers, or "
                    "rng.choice(n, n), whose default is replace=True): some samples come "
                    "twice in an epoch, others never. Use rng.permutation(len(y)).",
                    "known-mistake"),
            Mistake(_decay_choice_noreplace, "rng.choice(n, n, replace=False) is a valid "
                    "shuffle, but the checker replays your rng and expects exactly one "
                    "rng.permutation(len(y)) per epoch and no other draws.",
                    "known-mistake"),
            Mistake(_decay_drop_last, "your loop drops the last, shorter batch: its samples "
                    "are never used. Loop over range(0, len(y), batch_size); the slice "
                    "order[start:start + batch_size] is simply shorter at the end.",
                    "known-mistake"),
        ],
        hints=("An outer loop over epochs, an inner loop over batches. The learning rate "
               "depends only on the epoch number; the shuffle is new every epoch. The "
               "checker replays your rng, so draw only one permutation per epoch.",
               "For each epoch number t from 0: compute its step from lr0, drop and the "
               "whole number of completed blocks of `every` epochs; draw one permutation of "
               "the sample indices; walk through it batch_size indices at a time (the last "
               "slice may be shorter), making a new w from the mean batch gradient at each "
               "batch. Return the final w."),
    ),
    Exercise(
        "gd-early-stop", name="best_epoch", reference=_best_epoch, seed=705,
        cases=_early_stop_cases,
        requirements=["the best epoch seen before stopping",
                      "strictly lower counts as an improvement",
                      "stop after exactly patience epochs without improvement",
                      "epochs counted from 0"],
        mistakes=[
            Mistake(_best_previous_epoch, "you reset the count whenever the loss fell below "
                    "the previous epoch's. The count is of epochs that did not beat the best "
                    "loss so far: a loss that falls but stays above the best is still no "
                    "improvement.", "known-mistake"),
            Mistake(_best_one_late, "you stopped one epoch late: after `patience` epochs in "
                    "a row without improvement training stops, so the epoch after them is "
                    "never seen (stop when the count reaches patience, not exceeds it).",
                    "off-by-one"),
            Mistake(_best_one_early, "you stopped one epoch early: training stops only when "
                    "the count of epochs without improvement reaches patience (not "
                    "patience - 1).", "off-by-one"),
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
               "Go through the epochs in order. A loss strictly below the best so far "
               "becomes the new best, records its epoch and resets the count; any other "
               "loss adds one to the count, and when the count reaches patience, stop. "
               "Return the epoch of the best."),
    ),
])
