"""Learner answers for exercises/gradient_descent.md, right and wrong."""

from . import right, wrong

ENTRIES = [
    # -- gd-loop ------------------------------------------------------------------
    right("gd-loop", "the solution", '''
def gradient_descent(grad, w0, lr, n_steps):
    w = np.array(w0, dtype=float)
    history = [w.copy()]
    for _ in range(n_steps):
        w = w - lr * grad(w)
        history.append(w.copy())
    return np.array(history)
'''),
    right("gd-loop", "preallocated array", '''
def gradient_descent(grad, w0, lr, n_steps):
    history = np.zeros((n_steps + 1, len(w0)))
    history[0] = w0
    for k in range(n_steps):
        history[k + 1] = history[k] - lr * grad(history[k])
    return history
'''),
    right("gd-loop", "copy then in place, appending copies", '''
def gradient_descent(grad, w0, lr, n_steps):
    w = w0.copy()
    history = [w.copy()]
    for _ in range(n_steps):
        w -= lr * grad(w)
        history.append(w.copy())
    return np.array(history)
'''),
    right("gd-loop", "np.vstack at the end", '''
def gradient_descent(grad, w0, lr, n_steps):
    rows = [np.asarray(w0, dtype=float)]
    for _ in range(n_steps):
        rows.append(rows[-1] - lr * grad(rows[-1]))
    return np.vstack(rows)
'''),
    wrong("gd-loop", "no w0 row", '''
def gradient_descent(grad, w0, lr, n_steps):
    w = np.array(w0, dtype=float)
    history = []
    for _ in range(n_steps):
        w = w - lr * grad(w)
        history.append(w.copy())
    return np.array(history)
''', "wrong-shape"),
    wrong("gd-loop", "in place on w0", '''
def gradient_descent(grad, w0, lr, n_steps):
    w = w0
    history = [w.copy()]
    for _ in range(n_steps):
        w -= lr * grad(w)
        history.append(w.copy())
    return np.array(history)
''', "input-mutated"),
    wrong("gd-loop", "appends the same array", '''
def gradient_descent(grad, w0, lr, n_steps):
    w = np.array(w0, dtype=float)
    history = [w]
    for _ in range(n_steps):
        w -= lr * grad(w)
        history.append(w)
    return np.array(history)
''', "known-mistake"),
    wrong("gd-loop", "returns only the last iterate", '''
def gradient_descent(grad, w0, lr, n_steps):
    w = np.array(w0, dtype=float)
    for _ in range(n_steps):
        w = w - lr * grad(w)
    return w
''', "wrong-shape"),
    wrong("gd-loop", "plus the gradient", '''
def gradient_descent(grad, w0, lr, n_steps):
    w = np.array(w0, dtype=float)
    history = [w.copy()]
    for _ in range(n_steps):
        w = w + lr * grad(w)
        history.append(w.copy())
    return np.array(history)
''', "generic"),
    wrong("gd-loop", "one step too many", '''
def gradient_descent(grad, w0, lr, n_steps):
    w = np.array(w0, dtype=float)
    history = [w.copy()]
    for _ in range(n_steps + 1):
        w = w - lr * grad(w)
        history.append(w.copy())
    return np.array(history)
''', "wrong-shape"),
    wrong("gd-loop", "forgets the learning rate", '''
def gradient_descent(grad, w0, lr, n_steps):
    w = np.array(w0, dtype=float)
    history = [w.copy()]
    for _ in range(n_steps):
        w = w - grad(w)
        history.append(w.copy())
    return np.array(history)
''', "generic"),
    wrong("gd-loop", "returns the list", '''
def gradient_descent(grad, w0, lr, n_steps):
    w = np.array(w0, dtype=float)
    history = [w.copy()]
    for _ in range(n_steps):
        w = w - lr * grad(w)
        history.append(w.copy())
''', "none"),
    wrong("gd-loop", "gradient at w0 every step", '''
def gradient_descent(grad, w0, lr, n_steps):
    w = np.array(w0, dtype=float)
    history = [w.copy()]
    g = grad(w)
    for _ in range(n_steps):
        w = w - lr * g
        history.append(w.copy())
    return np.array(history)
''', "generic"),
    # -- gd-max-step --------------------------------------------------------------
    right("gd-max-step", "eigvalsh last", '''
def max_stable_step(A):
    return 2 / np.linalg.eigvalsh(A)[-1]
'''),
    right("gd-max-step", "max of eigvals", '''
def max_stable_step(A):
    return 2 / np.max(np.linalg.eigvals(A).real)
'''),
    right("gd-max-step", "spectral norm", '''
def max_stable_step(A):
    return 2 / np.linalg.norm(A, 2)
'''),
    right("gd-max-step", "largest singular value", '''
def max_stable_step(A):
    return 2 / np.linalg.svd(A, compute_uv=False)[0]
'''),
    wrong("gd-max-step", "largest diagonal entry", '''
def max_stable_step(A):
    return 2 / np.max(np.diag(A))
''', "known-mistake"),
    wrong("gd-max-step", "largest entry", '''
def max_stable_step(A):
    return 2 / A.max()
''', "known-mistake"),
    wrong("gd-max-step", "eigvalsh first", '''
def max_stable_step(A):
    return 2 / np.linalg.eigvalsh(A)[0]
''', "wrong-order"),
    wrong("gd-max-step", "eigvals first", '''
def max_stable_step(A):
    return 2 / np.linalg.eigvals(A)[0].real
''', "generic"),
    wrong("gd-max-step", "one over lambda max", '''
def max_stable_step(A):
    return 1 / np.linalg.eigvalsh(A)[-1]
''', "factor"),
    wrong("gd-max-step", "best step", '''
def max_stable_step(A):
    lam = np.linalg.eigvalsh(A)
    return 2 / (lam[0] + lam[-1])
''', "known-mistake"),
    wrong("gd-max-step", "lambda max itself", '''
def max_stable_step(A):
    return np.linalg.eigvalsh(A)[-1]
''', "generic"),
    wrong("gd-max-step", "two over trace", '''
def max_stable_step(A):
    return 2 / np.trace(A)
''', "generic"),
    wrong("gd-max-step", "2 / lambda min", '''
def max_stable_step(A):
    return 2 / min(np.linalg.eigvalsh(A))
''', "wrong-order"),
    wrong("gd-max-step", "all the steps", '''
def max_stable_step(A):
    return 2 / np.linalg.eigvalsh(A)
''', "wrong-shape"),
    wrong("gd-max-step", "row sums", '''
def max_stable_step(A):
    return 2 / np.max(np.sum(np.abs(A), axis=1))
''', "generic"),
    wrong("gd-max-step", "first diagonal entry", '''
def max_stable_step(A):
    return 2 / A[0, 0]
''', "generic"),
    # -- gd-momentum --------------------------------------------------------------
    right("gd-momentum", "the solution", '''
def momentum_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * v - lr * grad(w)
        w = w + v
        history.append(w.copy())
    return np.array(history)
'''),
    right("gd-momentum", "the other sign convention for v", '''
def momentum_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * v + lr * grad(w)
        w = w - v
        history.append(w.copy())
    return np.array(history)
'''),
    right("gd-momentum", "two-step form with the previous w", '''
def momentum_descent(grad, w0, lr, beta, n_steps):
    w_prev = np.array(w0, dtype=float)
    w = w_prev.copy()
    history = [w.copy()]
    for _ in range(n_steps):
        w_new = w - lr * grad(w) + beta * (w - w_prev)
        w_prev, w = w, w_new
        history.append(w.copy())
    return np.array(history)
'''),
    right("gd-momentum", "preallocated", '''
def momentum_descent(grad, w0, lr, beta, n_steps):
    history = np.empty((n_steps + 1, len(w0)))
    history[0] = w0
    v = 0.0
    for k in range(n_steps):
        v = beta * v - lr * grad(history[k])
        history[k + 1] = history[k] + v
    return history
'''),
    wrong("gd-momentum", "w first, old v", '''
def momentum_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        w = w + v
        v = beta * v - lr * grad(w)
        history.append(w.copy())
    return np.array(history)
''', "wrong-order"),
    wrong("gd-momentum", "w minus v", '''
def momentum_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * v - lr * grad(w)
        w = w - v
        history.append(w.copy())
    return np.array(history)
''', "wrong-sign"),
    wrong("gd-momentum", "beta outside", '''
def momentum_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * (v - lr * grad(w))
        w = w + v
        history.append(w.copy())
    return np.array(history)
''', "known-mistake"),
    wrong("gd-momentum", "v starts at ones", '''
def momentum_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.ones_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * v - lr * grad(w)
        w = w + v
        history.append(w.copy())
    return np.array(history)
''', "generic"),
    wrong("gd-momentum", "in place on w0", '''
def momentum_descent(grad, w0, lr, beta, n_steps):
    w = w0
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * v - lr * grad(w)
        w += v
        history.append(w.copy())
    return np.array(history)
''', "input-mutated"),
    wrong("gd-momentum", "momentum ignored", '''
def momentum_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    history = [w.copy()]
    for _ in range(n_steps):
        w = w - lr * grad(w)
        history.append(w.copy())
    return np.array(history)
''', "generic"),
    wrong("gd-momentum", "(1 - beta) averaging", '''
def momentum_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * v + (1 - beta) * grad(w)
        w = w - lr * v
        history.append(w.copy())
    return np.array(history)
''', "generic"),
    wrong("gd-momentum", "no w0 row", '''
def momentum_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = []
    for _ in range(n_steps):
        v = beta * v - lr * grad(w)
        w = w + v
        history.append(w.copy())
    return np.array(history)
''', "wrong-shape"),
    wrong("gd-momentum", "appends the same array", '''
def momentum_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w]
    for _ in range(n_steps):
        v = beta * v - lr * grad(w)
        w += v
        history.append(w)
    return np.array(history)
''', "generic"),
    wrong("gd-momentum", "Nesterov look-ahead", '''
def momentum_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * v - lr * grad(w + beta * v)
        w = w + v
        history.append(w.copy())
    return np.array(history)
''', "generic"),
    wrong("gd-momentum", "beta on the gradient", '''
def momentum_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = v - beta * lr * grad(w)
        w = w + v
        history.append(w.copy())
    return np.array(history)
''', "generic"),
    # -- gd-sgd-epoch -------------------------------------------------------------
    right("gd-sgd-epoch", "the solution", '''
def sgd_epoch(grad, w, X, y, lr, batch_size, rng):
    order = rng.permutation(len(y))
    for start in range(0, len(y), batch_size):
        idx = order[start:start + batch_size]
        w = w - lr * grad(w, X[idx], y[idx])
    return w
'''),
    right("gd-sgd-epoch", "np.array_split-free while loop", '''
def sgd_epoch(grad, w, X, y, lr, batch_size, rng):
    order = rng.permutation(len(y))
    start = 0
    while start < len(y):
        idx = order[start:start + batch_size]
        w = w - lr * grad(w, X[idx], y[idx])
        start += batch_size
    return w
'''),
    right("gd-sgd-epoch", "copy then in place", '''
def sgd_epoch(grad, w, X, y, lr, batch_size, rng):
    w = w.copy()
    order = rng.permutation(len(y))
    for start in range(0, len(y), batch_size):
        idx = order[start:start + batch_size]
        w -= lr * grad(w, X[idx], y[idx])
    return w
'''),
    right("gd-sgd-epoch", "shuffled copies of X and y", '''
def sgd_epoch(grad, w, X, y, lr, batch_size, rng):
    order = rng.permutation(len(y))
    Xs, ys = X[order], y[order]
    for start in range(0, len(y), batch_size):
        stop = start + batch_size
        w = w - lr * grad(w, Xs[start:stop], ys[start:stop])
    return w
'''),
    wrong("gd-sgd-epoch", "with replacement: integers", '''
def sgd_epoch(grad, w, X, y, lr, batch_size, rng):
    order = rng.integers(0, len(y), len(y))
    for start in range(0, len(y), batch_size):
        idx = order[start:start + batch_size]
        w = w - lr * grad(w, X[idx], y[idx])
    return w
''', "known-mistake"),
    wrong("gd-sgd-epoch", "with replacement: choice", '''
def sgd_epoch(grad, w, X, y, lr, batch_size, rng):
    order = rng.choice(len(y), len(y))
    for start in range(0, len(y), batch_size):
        idx = order[start:start + batch_size]
        w = w - lr * grad(w, X[idx], y[idx])
    return w
''', "known-mistake"),
    wrong("gd-sgd-epoch", "drops the last batch", '''
def sgd_epoch(grad, w, X, y, lr, batch_size, rng):
    order = rng.permutation(len(y))
    for b in range(len(y) // batch_size):
        idx = order[b * batch_size:(b + 1) * batch_size]
        w = w - lr * grad(w, X[idx], y[idx])
    return w
''', "known-mistake"),
    wrong("gd-sgd-epoch", "no shuffle", '''
def sgd_epoch(grad, w, X, y, lr, batch_size, rng):
    for start in range(0, len(y), batch_size):
        w = w - lr * grad(w, X[start:start + batch_size], y[start:start + batch_size])
    return w
''', "known-mistake"),
    wrong("gd-sgd-epoch", "in place on the caller's w", '''
def sgd_epoch(grad, w, X, y, lr, batch_size, rng):
    order = rng.permutation(len(y))
    for start in range(0, len(y), batch_size):
        idx = order[start:start + batch_size]
        w -= lr * grad(w, X[idx], y[idx])
    return w
''', "input-mutated"),
    wrong("gd-sgd-epoch", "new permutation per batch", '''
def sgd_epoch(grad, w, X, y, lr, batch_size, rng):
    for _ in range(0, len(y), batch_size):
        idx = rng.permutation(len(y))[:batch_size]
        w = w - lr * grad(w, X[idx], y[idx])
    return w
''', "generic"),
    wrong("gd-sgd-epoch", "step per batch index, not per batch", '''
def sgd_epoch(grad, w, X, y, lr, batch_size, rng):
    order = rng.permutation(len(y))
    for start in range(len(y)):
        idx = order[start:start + batch_size]
        w = w - lr * grad(w, X[idx], y[idx])
    return w
''', "generic"),
    wrong("gd-sgd-epoch", "one full-batch step", '''
def sgd_epoch(grad, w, X, y, lr, batch_size, rng):
    return w - lr * grad(w, X, y)
''', "generic"),
    wrong("gd-sgd-epoch", "plus the gradient", '''
def sgd_epoch(grad, w, X, y, lr, batch_size, rng):
    order = rng.permutation(len(y))
    for start in range(0, len(y), batch_size):
        idx = order[start:start + batch_size]
        w = w + lr * grad(w, X[idx], y[idx])
    return w
''', "generic"),
    wrong("gd-sgd-epoch", "shuffles X but not y", '''
def sgd_epoch(grad, w, X, y, lr, batch_size, rng):
    order = rng.permutation(len(y))
    Xs = X[order]
    for start in range(0, len(y), batch_size):
        stop = start + batch_size
        w = w - lr * grad(w, Xs[start:stop], y[start:stop])
    return w
''', "generic"),
    wrong("gd-sgd-epoch", "forgets to return", '''
def sgd_epoch(grad, w, X, y, lr, batch_size, rng):
    order = rng.permutation(len(y))
    for start in range(0, len(y), batch_size):
        idx = order[start:start + batch_size]
        w = w - lr * grad(w, X[idx], y[idx])
''', "none"),
    wrong("gd-sgd-epoch", "sum instead of mean over the batch", '''
def sgd_epoch(grad, w, X, y, lr, batch_size, rng):
    order = rng.permutation(len(y))
    for start in range(0, len(y), batch_size):
        idx = order[start:start + batch_size]
        w = w - lr * len(idx) * grad(w, X[idx], y[idx])
    return w
''', "generic"),
    # -- gd-early-stop ------------------------------------------------------------
    right("gd-early-stop", "the solution", '''
def best_epoch(val_losses, patience):
    best, best_k, wait = np.inf, -1, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best:
            best, best_k, wait = loss, epoch, 0
        else:
            wait += 1
            if wait == patience:
                break
    return best_k
'''),
    right("gd-early-stop", "epoch arithmetic instead of a counter", '''
def best_epoch(val_losses, patience):
    best_k = 0
    for epoch in range(1, len(val_losses)):
        if epoch - best_k > patience:
            break
        if val_losses[epoch] < val_losses[best_k]:
            best_k = epoch
    return best_k
'''),
    right("gd-early-stop", "while loop", '''
def best_epoch(val_losses, patience):
    best_k, k = 0, 1
    while k < len(val_losses) and k - best_k <= patience:
        if val_losses[k] < val_losses[best_k]:
            best_k = k
        k += 1
    return best_k
'''),
    right("gd-early-stop", "returns a numpy integer", '''
def best_epoch(val_losses, patience):
    losses = np.asarray(val_losses)
    best_k, wait = np.int64(0), 0
    for k in range(1, len(losses)):
        if losses[k] < losses[best_k]:
            best_k, wait = np.int64(k), 0
        else:
            wait += 1
            if wait == patience:
                break
    return best_k
'''),
    wrong("gd-early-stop", "argmin of everything", '''
def best_epoch(val_losses, patience):
    return int(np.argmin(val_losses))
''', "known-mistake"),
    wrong("gd-early-stop", "ties count", '''
def best_epoch(val_losses, patience):
    best, best_k, wait = np.inf, -1, 0
    for epoch, loss in enumerate(val_losses):
        if loss <= best:
            best, best_k, wait = loss, epoch, 0
        else:
            wait += 1
            if wait == patience:
                break
    return best_k
''', "known-mistake"),
    wrong("gd-early-stop", "one-based epochs", '''
def best_epoch(val_losses, patience):
    best, best_k, wait = np.inf, 0, 0
    for epoch, loss in enumerate(val_losses, start=1):
        if loss < best:
            best, best_k, wait = loss, epoch, 0
        else:
            wait += 1
            if wait == patience:
                break
    return best_k
''', "off-by-one"),
    wrong("gd-early-stop", "waits one epoch too long", '''
def best_epoch(val_losses, patience):
    best, best_k, wait = np.inf, -1, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best:
            best, best_k, wait = loss, epoch, 0
        else:
            wait += 1
            if wait > patience:
                break
    return best_k
''', "known-mistake"),
    wrong("gd-early-stop", "stops one epoch early", '''
def best_epoch(val_losses, patience):
    best, best_k, wait = np.inf, -1, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best:
            best, best_k, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience - 1:
                break
    return best_k
''', "factor-quantity"),
    wrong("gd-early-stop", "returns the stopping epoch", '''
def best_epoch(val_losses, patience):
    best, wait = np.inf, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best:
            best, wait = loss, 0
        else:
            wait += 1
            if wait == patience:
                return epoch
    return len(val_losses) - 1
''', "generic"),
    wrong("gd-early-stop", "returns the best loss", '''
def best_epoch(val_losses, patience):
    best, wait = np.inf, 0
    for loss in val_losses:
        if loss < best:
            best, wait = loss, 0
        else:
            wait += 1
            if wait == patience:
                break
    return best
''', "generic"),
    wrong("gd-early-stop", "never resets the counter", '''
def best_epoch(val_losses, patience):
    best, best_k, wait = np.inf, -1, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best:
            best, best_k = loss, epoch
        else:
            wait += 1
            if wait == patience:
                break
    return best_k
''', "generic"),
    wrong("gd-early-stop", "compares with the previous epoch", '''
def best_epoch(val_losses, patience):
    best_k, wait = 0, 0
    for epoch in range(1, len(val_losses)):
        if val_losses[epoch] < val_losses[epoch - 1]:
            best_k, wait = epoch, 0
        else:
            wait += 1
            if wait == patience:
                break
    return best_k
''', "generic"),
    wrong("gd-early-stop", "argmax", '''
def best_epoch(val_losses, patience):
    return int(np.argmax(val_losses))
''', "generic"),
    wrong("gd-early-stop", "last epoch", '''
def best_epoch(val_losses, patience):
    return len(val_losses) - 1
''', "factor-quantity"),
    wrong("gd-loop", "history transposed", '''
def gradient_descent(grad, w0, lr, n_steps):
    w = np.array(w0, dtype=float)
    history = [w.copy()]
    for _ in range(n_steps):
        w = w - lr * grad(w)
        history.append(w.copy())
    return np.array(history).T
''', "transposed"),
    wrong("gd-max-step", "Frobenius norm", '''
def max_stable_step(A):
    return 2 / np.linalg.norm(A)
''', "generic"),
    right("gd-momentum", "velocity without lr, lr on the step (the same iterates)", '''
def momentum_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * v - grad(w)
        w = w + lr * v
        history.append(w.copy())
    return np.array(history)
'''),
    wrong("gd-momentum", "beta forgotten (beta = 1)", '''
def momentum_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = v - lr * grad(w)
        w = w + v
        history.append(w.copy())
    return np.array(history)
''', "generic"),
    wrong("gd-sgd-epoch", "slice end not moved", '''
def sgd_epoch(grad, w, X, y, lr, batch_size, rng):
    order = rng.permutation(len(y))
    for start in range(0, len(y), batch_size):
        idx = order[start:batch_size]
        if len(idx):
            w = w - lr * grad(w, X[idx], y[idx])
    return w
''', "generic"),
    wrong("gd-early-stop", "best of the first patience epochs", '''
def best_epoch(val_losses, patience):
    return int(np.argmin(val_losses[:patience]))
''', "factor-quantity"),
]
