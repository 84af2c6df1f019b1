"""Practice: the chain rule (``exercises/chain_rule_solutions.md``).

Stated requirements and what breaks an answer ignoring them:

* cr-composition: the gradient of f(x) = sin(x @ x), the reference is the
  chain-rule formula 2 cos(x @ x) x, itself checked against
  ``mfml.gradcheck.numerical_gradient`` in the tests. The inner derivative 2x ->
  points away from 0, where cos(x @ x) * x is off by a factor 2; cos of the inner
  value x @ x, not of each x_i -> vectors of length 2 and more, where
  2 x cos(x) differs; any length of x -> lengths 1, 2, 3 and 6; the chain rule,
  not a finite difference -> x @ x = 250000, where numerical_gradient and a central
  difference with step 1e-5 are off in the third to sixth digit.
* cr-backprop: the four gradients of a two-layer tanh network with loss
  sum((out - Y)**2) / (2 n), returned as one flat vector (each gradient raveled in
  its parameter's shape, the layout ``scipy.optimize.check_grad`` needs; the engine
  compares one array). Shaped like the parameters -> non-square layers
  (d = 3, k = 5, c = 2), where a transposed dW1 or dW2 ravels to its entries in
  another order;
  divide by n -> n = 4, 7, 10 samples (a missing 1/n is a factor n); the tanh
  derivative 1 - h**2 -> weights large enough that the hidden units saturate;
  sum the bias gradients over the samples -> several samples (a mean is off by n,
  the first sample alone is wrong).
* cr-accumulate: reverse mode on a recorded graph. Accumulate with += -> graphs
  with b = a + a, c = a * a and a node feeding two later operations, where = keeps
  one contribution only; walk the operations in reverse -> chains of three or more
  operations, where the forward order hands on adjoints that are still 0, and
  y = 3x, z = 3y, L = y + z, where a depth-first "visit once, push at once" pass
  hands on y's adjoint before z has added to it; mul's
  local derivative is the other factor -> products of different values.
* cr-passes: forward mode costs one pass per input, reverse mode one per output,
  central differences two evaluations per input -> cases with n_inputs !=
  n_outputs and n_outputs > 1 (a reverse mode that always answers 1 fails).
"""

from __future__ import annotations

import numpy as np

from ..check import Case, Mistake
from ..gradcheck import numerical_gradient
from .spec import Exercise, register

# ---------------------------------------------------------------------------
# cr-composition
# ---------------------------------------------------------------------------


def _f(x):
    x = np.asarray(x, dtype=float)
    return np.sin(x @ x)


def _grad(x):
    """The expected value, by the chain rule: 2 cos(x @ x) x. (The test checks it
    against ``mfml.gradcheck.numerical_gradient`` on every case where finite
    differences are accurate.)"""
    x = np.asarray(x, dtype=float)
    return 2 * np.cos(x @ x) * x


def _central(x, h=1e-5):
    """A learner's own central difference with a fixed step: not the chain rule."""
    x = np.asarray(x, dtype=float)
    return np.array([(_f(x + h * e) - _f(x - h * e)) / (2 * h) for e in np.eye(len(x))])


def _composition_cases(rng):
    return [
        Case((np.array([0.7, -0.4]),), "a point of R^2"),
        Case((rng.uniform(-1, 1, 3),), "a random point of R^3 (unseen)"),
        Case((np.array([1.1, 0.9, -0.6]),), "x @ x = 2.38: cos(x @ x) < 0, the slope "
             "turns over"),
        Case((np.array([0.8]),), "one coordinate: f(x) = sin(x²), f'(x) = 2x cos(x²)"),
        Case((rng.uniform(-0.8, 0.8, 6),), "six coordinates: any length of x"),
        Case((np.zeros(3),), "the origin: the gradient is 0"),
        Case((np.array([300.0, 400.0]),), "x @ x = 250000: f oscillates so fast that a "
             "finite difference loses digits; the chain rule does not"),
    ]


# ---------------------------------------------------------------------------
# cr-backprop
# ---------------------------------------------------------------------------


def _backprop(X, Y, W1, b1, W2, b2, dtanh=lambda H: 1 - H**2, divide=True,
              bias=lambda D: D.sum(axis=0), half=True):
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    H = np.tanh(X @ W1 + b1)
    out = H @ W2 + b2
    n = len(X) if divide else 1
    dout = (out - Y) / n * (1 if half else 2)
    dW2, db2 = H.T @ dout, bias(dout)
    dZ1 = (dout @ W2.T) * dtanh(H)
    dW1, db1 = X.T @ dZ1, bias(dZ1)
    return dW1, db1, dW2, db2


def flat(grads):
    """The four gradients as one vector, each raveled in its parameter's shape."""
    return np.concatenate([np.ravel(g) for g in grads])


def _backprop_flat(*args, transpose=(), **kw):
    grads = list(_backprop(*args, **kw))
    for i in transpose:
        grads[i] = grads[i].T
    return flat(grads)


def backprop_loss(X, Y, W1, b1, W2, b2):
    """The exercise's loss, sum((out - Y)**2) / (2 n): for the gradient checks."""
    out = np.tanh(X @ W1 + b1) @ W2 + b2
    return float(np.sum((out - Y) ** 2) / (2 * len(X)))


def _network(rng, n, d, k, c, scale=1.0):
    return (rng.standard_normal((n, d)), rng.standard_normal((n, c)),
            scale * rng.standard_normal((d, k)), 0.5 * rng.standard_normal(k),
            rng.standard_normal((k, c)) / np.sqrt(k), 0.5 * rng.standard_normal(c))


def _targets_scaled(args, factor):
    X, Y, *params = args
    return (X, factor * Y, *params)


def _numeric_backprop(X, Y, W1, b1, W2, b2):
    """A learner's finite-difference gradient of the loss: not a backward pass."""
    shapes = [np.shape(W1), np.shape(b1), np.shape(W2), np.shape(b2)]
    sizes = [int(np.prod(s)) for s in shapes]

    def loss(theta):
        parts = np.split(theta, np.cumsum(sizes)[:-1])
        return backprop_loss(X, Y, *[p.reshape(s) for p, s in zip(parts, shapes)])

    return numerical_gradient(loss, flat([W1, b1, W2, b2]))


def _backprop_cases(rng):
    return [
        Case(_network(rng, 4, 3, 5, 2), "non-square layers (d = 3, k = 5, c = 2): each "
             "gradient has the shape of its parameter, so a transposed one is caught"),
        Case(_network(rng, 7, 2, 4, 1), "seven samples, one output"),
        Case(_network(rng, 10, 3, 5, 2, scale=3.0), "large first-layer weights: the "
             "hidden units saturate, and the tanh derivative 1 - H**2 matters"),
        Case(_network(rng, 1, 4, 3, 2), "one sample"),
        Case(_targets_scaled(_network(rng, 6, 3, 4, 2), 1e4), "targets in the tens of "
             "thousands: the loss is about 1e8, and a finite difference of it loses "
             "digits to round-off; the backward pass does not"),
    ]


# ---------------------------------------------------------------------------
# cr-accumulate
# ---------------------------------------------------------------------------


def _reverse(values, ops, assign=False, forward_order=False, own=False, once=False):
    values = np.asarray(values, dtype=float)
    grad = np.zeros(len(values))
    grad[-1] = 1.0
    for op, a, b, out in (ops if forward_order else reversed(ops)):
        if op == "add":
            la, lb = 1.0, 1.0
        else:
            la, lb = (values[a], values[b]) if own else (values[b], values[a])
        if assign:
            grad[a] = la * grad[out]
            grad[b] = lb * grad[out]
        elif once and a == b:
            grad[a] += la * grad[out]
        else:
            grad[a] += la * grad[out]
            grad[b] += lb * grad[out]
    return grad


def _depth_first(values, ops):
    """The chapter's "recursion without a topological order": each node hands its
    adjoint on when first visited, then recurses into its operands (a bug)."""
    values = np.asarray(values, dtype=float)
    grad = np.zeros(len(values))
    by_out = {out: (op, a, b) for op, a, b, out in ops}
    seen = set()

    def push(node):
        seen.add(node)
        if node not in by_out:
            return
        op, a, b = by_out[node]
        la, lb = (1.0, 1.0) if op == "add" else (values[b], values[a])
        grad[a] += la * grad[node]
        grad[b] += lb * grad[node]
        for parent in (a, b):
            if parent not in seen:
                push(parent)

    grad[-1] = 1.0
    push(len(values) - 1)
    return grad


def _local_plus(values, ops):
    """local + adjoint where the chain rule multiplies (a bug)."""
    values = np.asarray(values, dtype=float)
    grad = np.zeros(len(values))
    grad[-1] = 1.0
    for op, a, b, out in reversed(ops):
        la, lb = (1.0, 1.0) if op == "add" else (values[b], values[a])
        grad[a] += la + grad[out]
        grad[b] += lb + grad[out]
    return grad


def _run(values, ops):
    """Values of every node, from the inputs' values and the operations."""
    v = list(values)
    for op, a, b, _ in ops:
        v.append(v[a] + v[b] if op == "add" else v[a] * v[b])
    return np.array(v)


def _accumulate_cases(rng):
    doubled = [("add", 0, 0, 1)]                                   # b = a + a
    square = [("mul", 0, 0, 1)]                                    # b = a * a
    shared = [("mul", 0, 1, 2), ("add", 2, 0, 3), ("mul", 3, 2, 4)]  # 2 used twice
    chain = [("mul", 0, 1, 2), ("add", 2, 1, 3), ("mul", 3, 3, 4), ("add", 4, 0, 5)]
    x3 = rng.uniform(0.5, 2.0, 3)
    product = [("mul", 0, 1, 3), ("mul", 3, 2, 4)]
    # y = 3x, z = 3y, L = y + z: visited first through L's direct edge, y would hand
    # on its adjoint before z has added its share
    late = [("mul", 0, 1, 2), ("mul", 2, 1, 3), ("add", 2, 3, 4)]
    return [
        Case((_run([3.0], doubled), doubled), "b = a + a: the adjoint of a is 2, one "
             "from each edge (= keeps only one of them)"),
        Case((_run([1.5], square), square), "b = a * a: db/da = 2a, the two edges add"),
        Case((_run([2.0, -1.5], shared), shared), "node 2 feeds two later operations"),
        Case((_run([0.5, 1.2], chain), chain), "a chain of four operations, walked "
             "from the output back"),
        Case((_run(list(x3), product), product), "x0 * x1 * x2: the local derivative "
             "of a product is the other factor"),
        Case((_run([1.0, 3.0], late), late), "y = 3x, z = 3y, L = y + z: y's adjoint is "
             "complete only after z has added its share"),
    ]


# ---------------------------------------------------------------------------
# cr-passes
# ---------------------------------------------------------------------------


def _passes(n_inputs, n_outputs, mode):
    return {"forward": n_inputs, "reverse": n_outputs, "central": 2 * n_inputs}[mode]


def _passes_cases(rng):
    return [
        Case((1_000_000, 1, "reverse"), "a scalar loss of a million weights: one "
             "backward pass"),
        Case((1_000_000, 1, "forward"), "forward mode: one pass per weight"),
        Case((1_000_000, 1, "central"), "central differences: f(w + h e_i) and "
             "f(w - h e_i) for each weight"),
        Case((3, 500, "forward"), "few inputs, many outputs: forward mode's shape"),
        Case((3, 500, "reverse"), "reverse mode: one pass per output"),
        Case((20, 10, "central"), "two evaluations per input, whatever the outputs"),
    ]


EXERCISES = register([
    Exercise(
        "cr-composition", name="grad_f", reference=_grad, seed=901,
        cases=_composition_cases, rtol=1e-6, atol=1e-8,
        requirements=["the inner derivative 2x", "cos of the inner value x @ x",
                      "any length of x", "the chain rule, not a finite difference"],
        mistakes=[
            Mistake(lambda x: np.cos(x @ x) * x, "you left out a factor 2: the inner "
                    "function x @ x has gradient 2x, so the gradient is "
                    "2 cos(x @ x) x.", "factor"),
            Mistake(lambda x: np.cos(x @ x) * np.ones_like(x), "that is the outer "
                    "derivative alone, cos(x @ x), repeated; the chain rule multiplies "
                    "it by the gradient of the inner function, 2x.", "known-mistake"),
            Mistake(lambda x: 2 * x * np.cos(x), "cos is taken of x @ x, the value of the "
                    "inner function, not of each coordinate: 2 cos(x @ x) x.",
                    "known-mistake"),
            Mistake(lambda x: 2 * x * np.cos(x * x), "cos(x * x) squares each coordinate "
                    "separately; the inner value is the sum x @ x.", "known-mistake"),
            Mistake(lambda x: -2 * x * np.cos(x @ x), "the derivative of sin is +cos.",
                    "wrong-sign"),
            Mistake(lambda x: 2 * x * np.sin(x @ x), "the derivative of sin is cos, not "
                    "sin.", "known-mistake"),
            Mistake(_central, "that looks like a finite-difference estimate: right to a "
                    "few digits where f is gentle, but at x @ x = 250000 sin(x @ x) "
                    "oscillates too fast for it. Use the chain rule: the derivative of "
                    "sin at u = x @ x times the gradient of x @ x.", "known-mistake"),
            Mistake(lambda x: numerical_gradient(_f, x), "that looks like a "
                    "finite-difference estimate: right to a few digits where f is "
                    "gentle, but at x @ x = 250000 sin(x @ x) oscillates too fast for it. "
                    "Use the chain rule: the derivative of sin at u = x @ x times the "
                    "gradient of x @ x.", "known-mistake"),
        ],
        hints=("Name the inner function u = x @ x. What is the gradient of u, and the "
               "derivative of sin at u?",
               "Write x @ x as a sum of squares x_1^2 + ... + x_n^2: its partial "
               "derivative with respect to x_i is 2 x_i. The chain rule multiplies each "
               "of them by the outer derivative, sin'(u) = cos(u), taken at u = x @ x."),
    ),
    Exercise(
        "cr-backprop", name="backprop", reference=_backprop_flat, seed=902,
        cases=_backprop_cases, rtol=1e-6, atol=1e-9,
        requirements=["gradients shaped like the parameters", "divide by n",
                      "the tanh derivative 1 - H**2",
                      "sum the bias gradients over the samples",
                      "a backward pass, not a finite difference"],
        mistakes=[
            Mistake(lambda *a: _backprop_flat(*a, transpose=(0,)), "your dW1 is "
                    "transposed: it must have the shape of W1, (d, k), so that "
                    "W1 - lr * dW1 makes sense; dW1 = X.T @ dZ1.", "transposed"),
            Mistake(lambda *a: _backprop_flat(*a, transpose=(2,)), "your dW2 is "
                    "transposed: it must have the shape of W2, (k, c); dW2 = H.T @ dout.",
                    "transposed"),
            Mistake(lambda *a: _backprop_flat(*a, transpose=(0, 2)), "your dW1 and dW2 "
                    "are transposed: each gradient has the shape of its parameter "
                    "(X.T @ dZ1 and H.T @ dout).", "transposed"),
            Mistake(lambda *a: _backprop_flat(*a, divide=False), "you left out the 1/n of the "
                    "mean: dout = (out - Y) / n.", "factor-quantity"),
            Mistake(lambda *a: _backprop_flat(*a, half=False), "a factor 2: the loss has a "
                    "1/2 in front, which cancels the 2 from the square: "
                    "dout = (out - Y) / n.", "factor"),
            Mistake(lambda *a: _backprop_flat(*a, dtanh=lambda H: 1.0), "you left out the "
                    "tanh derivative: dZ1 = (dout @ W2.T) * (1 - H**2).",
                    "known-mistake"),
            Mistake(lambda *a: _backprop_flat(*a, dtanh=lambda H: 1 - np.tanh(H) ** 2),
                    "H is already tanh(Z1): its derivative is 1 - H**2, not "
                    "1 - tanh(H)**2.", "known-mistake"),
            Mistake(lambda *a: _backprop_flat(*a, bias=lambda D: D.mean(axis=0)), "the bias "
                    "is added to every sample, so its gradient is the SUM over samples "
                    "of the adjoints (the 1/n is already in dout), not their mean.",
                    "known-mistake"),
            Mistake(lambda *a: _backprop_flat(*a, bias=lambda D: D[0]), "that is the bias "
                    "gradient of the first sample only; sum over all samples, "
                    "D.sum(axis=0).", "known-mistake"),
            Mistake(lambda X, Y, *p: _backprop_flat(X, Y, *p) * 2 / np.shape(Y)[1],
                    "the loss divides by 2n (n samples), not by the number of entries "
                    "of out: dout = (out - Y) / n, whatever the number of outputs.",
                    "factor"),
            Mistake(_numeric_backprop, "that looks like a finite-difference gradient of "
                    "the loss: close where the loss is small, but with targets of "
                    "1e4 the loss is about 1e8 and round-off eats the digits. Write "
                    "the backward pass: dout, then dW2 and db2, then dZ1, dW1, db1.",
                    "known-mistake"),
        ],
        hints=("Go backwards one step at a time: dout, then dW2 and db2, then the adjoint "
               "of H, then dZ1, then dW1 and db1. Each gradient has its parameter's "
               "shape; let the shapes tell you where the transposes go.",
               "The equations, in order: dout = (out - Y)/n (the 1/2 cancels the 2 of "
               "the square); dW2 = H^T dout and db2 = the sum of dout over the samples; "
               "the adjoint of H is dout W2^T; dZ1 is that times the tanh derivative "
               "1 - H^2, entry by entry; dW1 = X^T dZ1 and db1 = the sum of dZ1 over "
               "the samples. Ravel each in its parameter's shape and concatenate in "
               "the order dW1, db1, dW2, db2."),
    ),
    Exercise(
        "cr-accumulate", name="reverse_mode", reference=_reverse, seed=903,
        cases=_accumulate_cases,
        requirements=["accumulate with += (a node used twice)",
                      "walk the operations in reverse",
                      "mul's local derivative is the other factor"],
        mistakes=[
            Mistake(lambda v, o: _reverse(v, o, assign=True), "you assigned (=) where "
                    "you must add (+=): a node used twice, as in b = a + a, gets one "
                    "contribution from each use, and = keeps only the last.",
                    "known-mistake"),
            Mistake(lambda v, o: _reverse(v, o, once=True), "when one node is both "
                    "operands (b = a + a, b = a * a) it gets TWO contributions, one per "
                    "edge. (grad[[a, b]] += ... with a == b adds only once: NumPy's "
                    "fancy-index += does not accumulate repeated indices; use two "
                    "separate += or np.add.at.)", "known-mistake"),
            Mistake(lambda v, o: _reverse(v, o, forward_order=True), "you walked the "
                    "operations in the order they were computed; go backwards "
                    "(reversed(ops)), so each node's adjoint is complete before it is "
                    "passed on.", "wrong-order"),
            Mistake(lambda v, o: _reverse(v, o, own=True), "the local derivative of "
                    "a * b with respect to a is b, the OTHER factor.", "known-mistake"),
            Mistake(_depth_first, "a node passed its adjoint on before all its uses had "
                    "added to it: visiting each node once, depth first, from the "
                    "output is not a topological order (the chapter's 'Recursion without "
                    "a topological order'). Walk the operations from the last to the "
                    "first instead.", "wrong-order"),
            Mistake(_local_plus, "the chain rule MULTIPLIES the local derivative by the "
                    "adjoint of out (la * grad[out]); adding them is not the chain "
                    "rule.", "known-mistake"),
        ],
        hints=("Start with an adjoint of 1 for the output and 0 for every other node. "
               "Which operation must be processed first so that its output's adjoint "
               "is already complete?",
               "Seed the output's adjoint with 1. Go through the operations from the "
               "last to the first; for each, the local derivatives are 1 and 1 for add "
               "and the OTHER factor's value for mul, and each operand's adjoint "
               "collects local derivative times the adjoint of out, added (not "
               "assigned), once per edge."),
    ),
    Exercise(
        "cr-passes", name="count_passes", reference=_passes, seed=904,
        cases=_passes_cases, kind="count",
        requirements=["forward mode: one pass per input", "reverse mode: one pass per "
                      "output", "central differences: two evaluations per input"],
        mistakes=[
            Mistake(lambda n, m, mode: {"forward": m, "reverse": n, "central": 2 * n}[mode],
                    "you swapped the modes: forward mode pushes one input direction per "
                    "pass (n_inputs passes), reverse mode pulls one output back per pass "
                    "(n_outputs passes).", "known-mistake"),
            Mistake(lambda n, m, mode: {"forward": n, "reverse": 1, "central": 2 * n}[mode],
                    "reverse mode needs one pass per OUTPUT: 1 for a scalar loss, but "
                    "n_outputs in general.", "known-mistake"),
            Mistake(lambda n, m, mode: {"forward": n, "reverse": m, "central": n}[mode],
                    "a central difference evaluates f twice per input, at w + h e_i and "
                    "w - h e_i: 2 * n_inputs.", "factor"),
            Mistake(lambda n, m, mode: {"forward": n, "reverse": 2 * n,
                                        "central": 2 * n}[mode],
                    "your 'reverse' branch was not reached (the answer is that of "
                    "central differences): is the mode string compared with exactly "
                    "'reverse'?", "known-mistake"),
        ],
        hints=("One forward-mode pass gives the derivative along one input direction; one "
               "reverse-mode pass gives the gradient of one output.",
               "Count what one pass gives: one column of the Jacobian (forward), one "
               "row (reverse), or one evaluation of f at a shifted point (a central "
               "difference needs two per input)."),
    ),
])
