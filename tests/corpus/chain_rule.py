"""Learner answers for the chain rule practice notebook (exercises/chain_rule.md).

Written to be what learners actually type: the outer derivative without the
inner one, cos of each coordinate instead of cos(x @ x), a factor 2 lost or
doubled; backprop with a transposed weight gradient, without the 1/n, without
the tanh derivative, with a mean for the bias; reverse mode with = for +=, in
the forward order, with the wrong factor of a product; passes of forward and
reverse mode swapped; and correct answers in other valid forms (loops, the
chain rule written out, np.outer, float32, a dict dispatch).
"""

from . import right, wrong

ENTRIES = [
    # -- cr-composition: right ------------------------------------------------------
    right("cr-composition", "the formula", '''
def grad_f(x):
    return 2 * np.cos(x @ x) * x
'''),
    right("cr-composition", "named inner and outer", '''
def grad_f(x):
    u = np.dot(x, x)
    du_dx = 2 * x
    df_du = np.cos(u)
    return df_du * du_dx
'''),
    right("cr-composition", "a loop", '''
def grad_f(x):
    s = sum(xi * xi for xi in x)
    return np.array([2 * xi * math.cos(s) for xi in x])
'''),
    right("cr-composition", "sum of squares", '''
def grad_f(x):
    return 2 * x * np.cos(np.sum(x**2))
'''),
    right("cr-composition", "float32", '''
def grad_f(x):
    x = np.asarray(x, dtype=np.float32)
    return 2 * np.cos(x @ x) * x
'''),
    # -- cr-composition: wrong ------------------------------------------------------
    wrong("cr-composition", "no factor 2", '''
def grad_f(x):
    return np.cos(x @ x) * x
''', "factor"),
    wrong("cr-composition", "outer derivative only", '''
def grad_f(x):
    return np.cos(x @ x) * np.ones_like(x)
''', "known-mistake"),
    wrong("cr-composition", "cos of each coordinate", '''
def grad_f(x):
    return 2 * x * np.cos(x)
''', "known-mistake"),
    wrong("cr-composition", "cos of each square", '''
def grad_f(x):
    return 2 * x * np.cos(x * x)
''', "known-mistake"),
    wrong("cr-composition", "minus sign", '''
def grad_f(x):
    return -2 * x * np.cos(x @ x)
''', "wrong-sign"),
    wrong("cr-composition", "sin for cos", '''
def grad_f(x):
    return 2 * x * np.sin(x @ x)
''', "known-mistake"),
    wrong("cr-composition", "scalar returned", '''
def grad_f(x):
    return 2 * np.cos(x @ x)
''', "wrong-shape"),
    wrong("cr-composition", "the value, not the gradient", '''
def grad_f(x):
    return np.sin(x @ x)
''', "wrong-shape"),
    wrong("cr-composition", "print", '''
def grad_f(x):
    print(2 * np.cos(x @ x) * x)
''', "printed-not-returned"),
    wrong("cr-composition", "no return", '''
def grad_f(x):
    g = 2 * np.cos(x @ x) * x
''', "none"),
    wrong("cr-composition", "cos of the norm", '''
def grad_f(x):
    return 2 * x * np.cos(np.linalg.norm(x))
''', "factor"),
    wrong("cr-composition", "two coordinates hard-coded", '''
def grad_f(x):
    s = x[0]**2 + x[1]**2
    return np.array([2 * x[0] * np.cos(s), 2 * x[1] * np.cos(s)])
''', "wrong-shape"),
    wrong("cr-composition", "factor 4", '''
def grad_f(x):
    return 4 * x * np.cos(x @ x)
''', "factor"),
    wrong("cr-composition", "outer product", '''
def grad_f(x):
    return 2 * np.cos(np.outer(x, x)) @ x
''', "generic"),
    wrong("cr-composition", "sin times cos", '''
def grad_f(x):
    return 2 * x * np.cos(x @ x) * np.sin(x @ x)
''', "factor"),
    wrong("cr-composition", "half the gradient (the chain rule read as an average)", '''
def grad_f(x):
    return 0.5 * np.cos(x @ x) * x
''', "factor"),
    wrong("cr-composition", "own central difference, step 1e-5", '''
def grad_f(x):
    x = np.asarray(x, dtype=float)
    h = 1e-5
    f = lambda v: np.sin(v @ v)
    return np.array([(f(x + h * e) - f(x - h * e)) / (2 * h) for e in np.eye(len(x))])
''', "known-mistake"),
    wrong("cr-composition", "the book's numerical_gradient", '''
from mfml.gradcheck import numerical_gradient

def grad_f(x):
    return numerical_gradient(lambda v: np.sin(v @ v), x)
''', "known-mistake"),
    # -- cr-backprop: right ----------------------------------------------------------
    right("cr-backprop", "the solution", '''
def backprop(X, Y, W1, b1, W2, b2):
    n = len(X)
    H = np.tanh(X @ W1 + b1)
    out = H @ W2 + b2
    dout = (out - Y) / n
    dW2, db2 = H.T @ dout, dout.sum(axis=0)
    dZ1 = (dout @ W2.T) * (1 - H**2)
    dW1, db1 = X.T @ dZ1, dZ1.sum(axis=0)
    return np.concatenate([dW1.ravel(), db1, dW2.ravel(), db2])
'''),
    right("cr-backprop", "sample by sample with outer products", '''
def backprop(X, Y, W1, b1, W2, b2):
    n = len(X)
    gW1, gb1 = np.zeros_like(W1), np.zeros_like(b1)
    gW2, gb2 = np.zeros_like(W2), np.zeros_like(b2)
    for x, y in zip(X, Y):
        h = np.tanh(x @ W1 + b1)
        e = (h @ W2 + b2 - y) / n
        gW2 += np.outer(h, e)
        gb2 += e
        dz = (W2 @ e) * (1 - h * h)
        gW1 += np.outer(x, dz)
        gb1 += dz
    return np.concatenate([gW1.ravel(), gb1, gW2.ravel(), gb2])
'''),
    right("cr-backprop", "1 - tanh(Z)**2 and einsum", '''
def backprop(X, Y, W1, b1, W2, b2):
    Z = X @ W1 + b1
    H = np.tanh(Z)
    R = (H @ W2 + b2 - Y) / X.shape[0]
    dZ = (R @ W2.T) / np.cosh(Z)**2
    grads = [np.einsum("ni,nk->ik", X, dZ), dZ.sum(0),
             np.einsum("nk,nc->kc", H, R), R.sum(0)]
    return np.concatenate([g.flatten() for g in grads])
'''),
    right("cr-backprop", "hstack of reshapes", '''
def backprop(X, Y, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    d = (H @ W2 + b2 - Y) / len(Y)
    dz = d @ W2.T * (1 - H**2)
    return np.hstack([(X.T @ dz).reshape(-1), dz.sum(axis=0),
                      (H.T @ d).reshape(-1), d.sum(axis=0)])
'''),
    right("cr-backprop", "mean then sums", '''
def backprop(X, Y, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    E = H @ W2 + b2 - Y
    dZ = (E @ W2.T) * (1 - H**2)
    n = X.shape[0]
    return np.concatenate([(X.T @ dZ / n).ravel(), dZ.mean(axis=0),
                           (H.T @ E / n).ravel(), E.mean(axis=0)])
'''),
    # -- cr-backprop: wrong ----------------------------------------------------------
    wrong("cr-backprop", "dW1 transposed", '''
def backprop(X, Y, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    dout = (H @ W2 + b2 - Y) / len(X)
    dZ1 = (dout @ W2.T) * (1 - H**2)
    return np.concatenate([(dZ1.T @ X).ravel(), dZ1.sum(axis=0),
                           (H.T @ dout).ravel(), dout.sum(axis=0)])
''', "transposed"),
    wrong("cr-backprop", "dW2 transposed", '''
def backprop(X, Y, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    dout = (H @ W2 + b2 - Y) / len(X)
    dZ1 = (dout @ W2.T) * (1 - H**2)
    return np.concatenate([(X.T @ dZ1).ravel(), dZ1.sum(axis=0),
                           (dout.T @ H).ravel(), dout.sum(axis=0)])
''', "transposed"),
    wrong("cr-backprop", "both transposed", '''
def backprop(X, Y, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    dout = (H @ W2 + b2 - Y) / len(X)
    dZ1 = (dout @ W2.T) * (1 - H**2)
    return np.concatenate([(dZ1.T @ X).ravel(), dZ1.sum(axis=0),
                           (dout.T @ H).ravel(), dout.sum(axis=0)])
''', "transposed"),
    wrong("cr-backprop", "no 1/n", '''
def backprop(X, Y, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    dout = H @ W2 + b2 - Y
    dZ1 = (dout @ W2.T) * (1 - H**2)
    return np.concatenate([(X.T @ dZ1).ravel(), dZ1.sum(axis=0),
                           (H.T @ dout).ravel(), dout.sum(axis=0)])
''', "factor-quantity"),
    wrong("cr-backprop", "factor 2 kept", '''
def backprop(X, Y, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    dout = 2 * (H @ W2 + b2 - Y) / len(X)
    dZ1 = (dout @ W2.T) * (1 - H**2)
    return np.concatenate([(X.T @ dZ1).ravel(), dZ1.sum(axis=0),
                           (H.T @ dout).ravel(), dout.sum(axis=0)])
''', "factor"),
    wrong("cr-backprop", "no tanh derivative", '''
def backprop(X, Y, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    dout = (H @ W2 + b2 - Y) / len(X)
    dZ1 = dout @ W2.T
    return np.concatenate([(X.T @ dZ1).ravel(), dZ1.sum(axis=0),
                           (H.T @ dout).ravel(), dout.sum(axis=0)])
''', "known-mistake"),
    wrong("cr-backprop", "tanh of H", '''
def backprop(X, Y, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    dout = (H @ W2 + b2 - Y) / len(X)
    dZ1 = (dout @ W2.T) * (1 - np.tanh(H)**2)
    return np.concatenate([(X.T @ dZ1).ravel(), dZ1.sum(axis=0),
                           (H.T @ dout).ravel(), dout.sum(axis=0)])
''', "known-mistake"),
    wrong("cr-backprop", "bias mean", '''
def backprop(X, Y, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    dout = (H @ W2 + b2 - Y) / len(X)
    dZ1 = (dout @ W2.T) * (1 - H**2)
    return np.concatenate([(X.T @ dZ1).ravel(), dZ1.mean(axis=0),
                           (H.T @ dout).ravel(), dout.mean(axis=0)])
''', "known-mistake"),
    wrong("cr-backprop", "bias of the first sample", '''
def backprop(X, Y, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    dout = (H @ W2 + b2 - Y) / len(X)
    dZ1 = (dout @ W2.T) * (1 - H**2)
    return np.concatenate([(X.T @ dZ1).ravel(), dZ1[0], (H.T @ dout).ravel(),
                           dout[0]])
''', "known-mistake"),
    wrong("cr-backprop", "a tuple of four", '''
def backprop(X, Y, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    dout = (H @ W2 + b2 - Y) / len(X)
    dZ1 = (dout @ W2.T) * (1 - H**2)
    return X.T @ dZ1, dZ1.sum(axis=0), H.T @ dout, dout.sum(axis=0)
''', "several-values"),
    wrong("cr-backprop", "bias summed over the wrong axis", '''
def backprop(X, Y, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    dout = (H @ W2 + b2 - Y) / len(X)
    dZ1 = (dout @ W2.T) * (1 - H**2)
    return np.concatenate([(X.T @ dZ1).ravel(), dZ1.sum(axis=1),
                           (H.T @ dout).ravel(), dout.sum(axis=1)])
''', "wrong-shape"),
    wrong("cr-backprop", "sign flipped", '''
def backprop(X, Y, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    dout = (Y - H @ W2 - b2) / len(X)
    dZ1 = (dout @ W2.T) * (1 - H**2)
    return np.concatenate([(X.T @ dZ1).ravel(), dZ1.sum(axis=0),
                           (H.T @ dout).ravel(), dout.sum(axis=0)])
''', "wrong-sign"),
    wrong("cr-backprop", "W2 not transposed in the backward step", '''
def backprop(X, Y, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    dout = (H @ W2 + b2 - Y) / len(X)
    dZ1 = (dout @ W2) * (1 - H**2)
    return np.concatenate([(X.T @ dZ1).ravel(), dZ1.sum(axis=0),
                           (H.T @ dout).ravel(), dout.sum(axis=0)])
''', "exception"),
    wrong("cr-backprop", "pre-activation instead of H for dW2", '''
def backprop(X, Y, W1, b1, W2, b2):
    Z = X @ W1 + b1
    H = np.tanh(Z)
    dout = (H @ W2 + b2 - Y) / len(X)
    dZ1 = (dout @ W2.T) * (1 - H**2)
    return np.concatenate([(X.T @ dZ1).ravel(), dZ1.sum(axis=0),
                           (Z.T @ dout).ravel(), dout.sum(axis=0)])
''', "generic"),
    wrong("cr-backprop", "the order of the pieces", '''
def backprop(X, Y, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    dout = (H @ W2 + b2 - Y) / len(X)
    dZ1 = (dout @ W2.T) * (1 - H**2)
    return np.concatenate([(H.T @ dout).ravel(), dout.sum(axis=0),
                           (X.T @ dZ1).ravel(), dZ1.sum(axis=0)])
''', "wrong-order"),
    wrong("cr-backprop", "sigmoid derivative", '''
def backprop(X, Y, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    dout = (H @ W2 + b2 - Y) / len(X)
    dZ1 = (dout @ W2.T) * H * (1 - H)
    return np.concatenate([(X.T @ dZ1).ravel(), dZ1.sum(axis=0),
                           (H.T @ dout).ravel(), dout.sum(axis=0)])
''', "generic"),
    wrong("cr-backprop", "numerical_gradient of the loss", '''
from mfml.gradcheck import numerical_gradient

def backprop(X, Y, W1, b1, W2, b2):
    params = [W1, b1, W2, b2]
    shapes = [np.shape(p) for p in params]
    sizes = [int(np.prod(s)) for s in shapes]

    def loss(theta):
        parts = np.split(theta, np.cumsum(sizes)[:-1])
        A, a, B, b = [p.reshape(s) for p, s in zip(parts, shapes)]
        out = np.tanh(X @ A + a) @ B + b
        return np.sum((out - Y) ** 2) / (2 * len(X))

    return numerical_gradient(loss, np.concatenate([np.ravel(p) for p in params]))
''', "known-mistake"),
    wrong("cr-backprop", "divided by the number of entries (np.mean habit)", '''
def backprop(X, Y, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    out = H @ W2 + b2
    dout = (out - Y) / out.size
    dW2, db2 = H.T @ dout, dout.sum(axis=0)
    dZ1 = (dout @ W2.T) * (1 - H**2)
    dW1, db1 = X.T @ dZ1, dZ1.sum(axis=0)
    return np.concatenate([dW1.ravel(), db1, dW2.ravel(), db2])
''', "factor"),
    # -- cr-accumulate: right --------------------------------------------------------
    right("cr-accumulate", "the solution", '''
def reverse_mode(values, ops):
    grad = np.zeros(len(values))
    grad[-1] = 1.0
    for op, a, b, out in reversed(ops):
        la, lb = (1.0, 1.0) if op == "add" else (values[b], values[a])
        grad[a] += la * grad[out]
        grad[b] += lb * grad[out]
    return grad
'''),
    right("cr-accumulate", "a list and a reversed index loop", '''
def reverse_mode(values, ops):
    grad = [0.0] * len(values)
    grad[-1] = 1.0
    for i in range(len(ops) - 1, -1, -1):
        op, a, b, out = ops[i]
        g = grad[out]
        if op == "add":
            grad[a] = grad[a] + g
            grad[b] = grad[b] + g
        else:
            grad[a] = grad[a] + values[b] * g
            grad[b] = grad[b] + values[a] * g
    return grad
'''),
    right("cr-accumulate", "a dict of adjoints", '''
def reverse_mode(values, ops):
    adj = {len(values) - 1: 1.0}
    for op, a, b, out in ops[::-1]:
        g = adj.get(out, 0.0)
        da, db = (g, g) if op == "add" else (g * values[b], g * values[a])
        adj[a] = adj.get(a, 0.0) + da
        adj[b] = adj.get(b, 0.0) + db
    return np.array([adj.get(i, 0.0) for i in range(len(values))])
'''),
    right("cr-accumulate", "sorted by output node", '''
def reverse_mode(values, ops):
    grad = np.zeros(len(values))
    grad[-1] = 1
    for op, a, b, out in sorted(ops, key=lambda o: o[3], reverse=True):
        if op == "mul":
            grad[a] += values[b] * grad[out]
            grad[b] += values[a] * grad[out]
        else:
            grad[a] += grad[out]
            grad[b] += grad[out]
    return grad
'''),
    right("cr-accumulate", "np.add.at", '''
def reverse_mode(values, ops):
    grad = np.zeros(len(values))
    grad[-1] = 1.0
    for op, a, b, out in reversed(ops):
        local = [1.0, 1.0] if op == "add" else [values[b], values[a]]
        np.add.at(grad, [a, b], np.array(local) * grad[out])
    return grad
'''),
    # -- cr-accumulate: wrong --------------------------------------------------------
    wrong("cr-accumulate", "= instead of +=", '''
def reverse_mode(values, ops):
    grad = np.zeros(len(values))
    grad[-1] = 1.0
    for op, a, b, out in reversed(ops):
        la, lb = (1.0, 1.0) if op == "add" else (values[b], values[a])
        grad[a] = la * grad[out]
        grad[b] = lb * grad[out]
    return grad
''', "known-mistake"),
    wrong("cr-accumulate", "forward order", '''
def reverse_mode(values, ops):
    grad = np.zeros(len(values))
    grad[-1] = 1.0
    for op, a, b, out in ops:
        la, lb = (1.0, 1.0) if op == "add" else (values[b], values[a])
        grad[a] += la * grad[out]
        grad[b] += lb * grad[out]
    return grad
''', "wrong-order"),
    wrong("cr-accumulate", "own value as the local derivative", '''
def reverse_mode(values, ops):
    grad = np.zeros(len(values))
    grad[-1] = 1.0
    for op, a, b, out in reversed(ops):
        la, lb = (1.0, 1.0) if op == "add" else (values[a], values[b])
        grad[a] += la * grad[out]
        grad[b] += lb * grad[out]
    return grad
''', "known-mistake"),
    wrong("cr-accumulate", "vectorised fancy-index +=", '''
def reverse_mode(values, ops):
    grad = np.zeros(len(values))
    grad[-1] = 1.0
    for op, a, b, out in reversed(ops):
        local = np.array([1.0, 1.0]) if op == "add" else np.array([values[b], values[a]])
        grad[[a, b]] += local * grad[out]
    return grad
''', "known-mistake"),
    wrong("cr-accumulate", "output adjoint 0", '''
def reverse_mode(values, ops):
    grad = np.zeros(len(values))
    for op, a, b, out in reversed(ops):
        la, lb = (1.0, 1.0) if op == "add" else (values[b], values[a])
        grad[a] += la * grad[out]
        grad[b] += lb * grad[out]
    return grad
''', "generic"),
    wrong("cr-accumulate", "a dict overwritten", '''
def reverse_mode(values, ops):
    adj = {len(values) - 1: 1.0}
    for op, a, b, out in reversed(ops):
        g = adj.get(out, 0.0)
        adj[a] = g if op == "add" else g * values[b]
        adj[b] = g if op == "add" else g * values[a]
    return np.array([adj.get(i, 0.0) for i in range(len(values))])
''', "known-mistake"),
    wrong("cr-accumulate", "mul treated as add", '''
def reverse_mode(values, ops):
    grad = np.zeros(len(values))
    grad[-1] = 1.0
    for op, a, b, out in reversed(ops):
        grad[a] += grad[out]
        grad[b] += grad[out]
    return grad
''', "generic"),
    wrong("cr-accumulate", "values multiplied, not adjoints", '''
def reverse_mode(values, ops):
    grad = np.zeros(len(values))
    grad[-1] = 1.0
    for op, a, b, out in reversed(ops):
        la, lb = (1.0, 1.0) if op == "add" else (values[b], values[a])
        grad[a] += la * values[out]
        grad[b] += lb * values[out]
    return grad
''', "generic"),
    wrong("cr-accumulate", "only the inputs returned", '''
def reverse_mode(values, ops):
    grad = np.zeros(len(values))
    grad[-1] = 1.0
    for op, a, b, out in reversed(ops):
        la, lb = (1.0, 1.0) if op == "add" else (values[b], values[a])
        grad[a] += la * grad[out]
        grad[b] += lb * grad[out]
    return grad[:len(values) - len(ops)]
''', "wrong-shape"),
    wrong("cr-accumulate", "skips b when a == b", '''
def reverse_mode(values, ops):
    grad = np.zeros(len(values))
    grad[-1] = 1.0
    for op, a, b, out in reversed(ops):
        la, lb = (1.0, 1.0) if op == "add" else (values[b], values[a])
        grad[a] += la * grad[out]
        if b != a:
            grad[b] += lb * grad[out]
    return grad
''', "known-mistake"),
    wrong("cr-accumulate", "no return", '''
def reverse_mode(values, ops):
    grad = np.zeros(len(values))
    grad[-1] = 1.0
    for op, a, b, out in reversed(ops):
        la, lb = (1.0, 1.0) if op == "add" else (values[b], values[a])
        grad[a] += la * grad[out]
        grad[b] += lb * grad[out]
''', "none"),
    wrong("cr-accumulate", "grad of values changed in place", '''
def reverse_mode(values, ops):
    values[:] = 0.0
    values[-1] = 1.0
    for op, a, b, out in reversed(ops):
        values[a] += values[out]
        values[b] += values[out]
    return values
''', "input-mutated"),
    wrong("cr-accumulate", "ones to start", '''
def reverse_mode(values, ops):
    grad = np.ones(len(values))
    for op, a, b, out in reversed(ops):
        la, lb = (1.0, 1.0) if op == "add" else (values[b], values[a])
        grad[a] += la * grad[out]
        grad[b] += lb * grad[out]
    return grad
''', "generic"),
    wrong("cr-accumulate", "depth first, visit once, push at once", '''
def reverse_mode(values, ops):
    grad = np.zeros(len(values))
    made_by = {out: (op, a, b) for op, a, b, out in ops}
    seen = set()

    def push(node):
        seen.add(node)
        if node in made_by:
            op, a, b = made_by[node]
            la, lb = (1.0, 1.0) if op == "add" else (values[b], values[a])
            grad[a] += la * grad[node]
            grad[b] += lb * grad[node]
            for parent in (a, b):
                if parent not in seen:
                    push(parent)

    grad[-1] = 1.0
    push(len(values) - 1)
    return grad
''', "wrong-order"),
    wrong("cr-accumulate", "local derivative plus adjoint", '''
def reverse_mode(values, ops):
    grad = np.zeros(len(values))
    grad[-1] = 1.0
    for op, a, b, out in reversed(ops):
        la, lb = (1.0, 1.0) if op == "add" else (values[b], values[a])
        grad[a] += la + grad[out]
        grad[b] += lb + grad[out]
    return grad
''', "known-mistake"),
    # -- cr-passes: right ------------------------------------------------------------
    right("cr-passes", "if chain", '''
def count_passes(n_inputs, n_outputs, mode):
    if mode == "forward":
        return n_inputs
    if mode == "reverse":
        return n_outputs
    return 2 * n_inputs
'''),
    right("cr-passes", "a dict", '''
def count_passes(n_inputs, n_outputs, mode):
    return {"forward": n_inputs, "reverse": n_outputs,
            "central": 2 * n_inputs}[mode]
'''),
    right("cr-passes", "match", '''
def count_passes(n_inputs, n_outputs, mode):
    match mode:
        case "forward":
            return n_inputs
        case "reverse":
            return n_outputs
        case _:
            return n_inputs + n_inputs
'''),
    right("cr-passes", "float results", '''
def count_passes(n_inputs, n_outputs, mode):
    return float({"forward": n_inputs, "reverse": n_outputs,
                  "central": 2 * n_inputs}[mode])
'''),
    right("cr-passes", "numpy ints", '''
def count_passes(n_inputs, n_outputs, mode):
    table = {"forward": np.int64(n_inputs), "reverse": np.int64(n_outputs)}
    return table.get(mode, np.int64(2) * n_inputs)
'''),
    # -- cr-passes: wrong ------------------------------------------------------------
    wrong("cr-passes", "'backward' for 'reverse'", '''
def count_passes(n_inputs, n_outputs, mode):
    if mode == "forward":
        return n_inputs
    if mode == "backward":
        return n_outputs
    return 2 * n_inputs
''', "known-mistake"),
    wrong("cr-passes", "modes swapped", '''
def count_passes(n_inputs, n_outputs, mode):
    return {"forward": n_outputs, "reverse": n_inputs,
            "central": 2 * n_inputs}[mode]
''', "known-mistake"),
    wrong("cr-passes", "reverse always 1", '''
def count_passes(n_inputs, n_outputs, mode):
    return {"forward": n_inputs, "reverse": 1, "central": 2 * n_inputs}[mode]
''', "known-mistake"),
    wrong("cr-passes", "central n", '''
def count_passes(n_inputs, n_outputs, mode):
    return {"forward": n_inputs, "reverse": n_outputs, "central": n_inputs}[mode]
''', "factor"),
    wrong("cr-passes", "central n + 1 (forward differences)", '''
def count_passes(n_inputs, n_outputs, mode):
    return {"forward": n_inputs, "reverse": n_outputs,
            "central": n_inputs + 1}[mode]
''', "wrong-count"),
    wrong("cr-passes", "forward always 1", '''
def count_passes(n_inputs, n_outputs, mode):
    return {"forward": 1, "reverse": n_outputs, "central": 2 * n_inputs}[mode]
''', "wrong-count"),
    wrong("cr-passes", "product of sizes", '''
def count_passes(n_inputs, n_outputs, mode):
    return {"forward": n_inputs * n_outputs, "reverse": n_outputs,
            "central": 2 * n_inputs}[mode]
''', "wrong-count"),
    wrong("cr-passes", "central 2 n m", '''
def count_passes(n_inputs, n_outputs, mode):
    return {"forward": n_inputs, "reverse": n_outputs,
            "central": 2 * n_inputs * n_outputs}[mode]
''', "wrong-count"),
    wrong("cr-passes", "print", '''
def count_passes(n_inputs, n_outputs, mode):
    print({"forward": n_inputs, "reverse": n_outputs, "central": 2 * n_inputs}[mode])
''', "printed-not-returned"),
    wrong("cr-passes", "string modes misspelt", '''
def count_passes(n_inputs, n_outputs, mode):
    if mode == "forwards":
        return n_inputs
    if mode == "reverse":
        return n_outputs
    return 2 * n_inputs
''', "wrong-count"),
    wrong("cr-passes", "reverse 2 (forward plus backward)", '''
def count_passes(n_inputs, n_outputs, mode):
    return {"forward": n_inputs, "reverse": 2 * n_outputs,
            "central": 2 * n_inputs}[mode]
''', "wrong-count"),
    wrong("cr-passes", "a tuple for every mode", '''
def count_passes(n_inputs, n_outputs, mode):
    return n_inputs, n_outputs, 2 * n_inputs
''', "wrong-shape"),
    wrong("cr-passes", "min of the two", '''
def count_passes(n_inputs, n_outputs, mode):
    if mode == "central":
        return 2 * n_inputs
    return min(n_inputs, n_outputs)
''', "wrong-count"),
    wrong("cr-passes", "KeyError", '''
def count_passes(n_inputs, n_outputs, mode):
    return {"forward": n_inputs, "reverse": n_outputs}[mode]
''', "exception"),
    wrong("cr-passes", "stub", '''
def count_passes(n_inputs, n_outputs, mode):
    raise NotImplementedError("your code here")
''', "not-attempted"),
    wrong("cr-passes", "max of the two", '''
def count_passes(n_inputs, n_outputs, mode):
    if mode == "central":
        return 2 * n_inputs
    return max(n_inputs, n_outputs)
''', "wrong-count"),
]
