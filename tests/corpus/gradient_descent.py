"""Learner answers for exercises/gradient_descent.md, right and wrong."""

from . import right, wrong

ENTRIES = [
    # -- gd-until -----------------------------------------------------------------
    right("gd-until", "the solution", '''
def descend_until_flat(grad, w0, lr, tol, max_steps):
    w = np.array(w0, dtype=float)
    history = [w.copy()]
    for _ in range(max_steps):
        g = grad(w)
        if np.linalg.norm(g) < tol:
            break
        w = w - lr * g
        history.append(w.copy())
    return np.array(history)
'''),
    right("gd-until", "while loop with a step counter", '''
def descend_until_flat(grad, w0, lr, tol, max_steps):
    w = np.asarray(w0, dtype=float).copy()
    rows = [w.copy()]
    k = 0
    while k < max_steps and np.sqrt(np.sum(grad(w) ** 2)) >= tol:
        w = w - lr * grad(w)
        rows.append(w.copy())
        k += 1
    return np.vstack(rows)
'''),
    right("gd-until", "squared norm against tol squared", '''
def descend_until_flat(grad, w0, lr, tol, max_steps):
    w = np.array(w0, dtype=float)
    history = [w]
    for _ in range(max_steps):
        g = grad(w)
        if g @ g < tol * tol:
            break
        w = w - lr * g
        history.append(w)
    return np.array(history)
'''),
    right("gd-until", "a list of lists", '''
def descend_until_flat(grad, w0, lr, tol, max_steps):
    w = np.array(w0, dtype=float)
    history = [list(w)]
    for _ in range(max_steps):
        g = grad(w)
        if np.linalg.norm(g) < tol:
            return history
        w = w - lr * g
        history.append(list(w))
    return history
'''),
    wrong("gd-until", "tests after the step", '''
def descend_until_flat(grad, w0, lr, tol, max_steps):
    w = np.array(w0, dtype=float)
    history = [w.copy()]
    for _ in range(max_steps):
        w = w - lr * grad(w)
        history.append(w.copy())
        if np.linalg.norm(grad(w)) < tol:
            break
    return np.array(history)
''', "known-mistake"),
    wrong("gd-until", "squared norm against tol", '''
def descend_until_flat(grad, w0, lr, tol, max_steps):
    w = np.array(w0, dtype=float)
    history = [w.copy()]
    for _ in range(max_steps):
        g = grad(w)
        if g @ g < tol:
            break
        w = w - lr * g
        history.append(w.copy())
    return np.array(history)
''', "known-mistake"),
    wrong("gd-until", "stops on a small change in w", '''
def descend_until_flat(grad, w0, lr, tol, max_steps):
    w = np.array(w0, dtype=float)
    history = [w.copy()]
    for _ in range(max_steps):
        w_new = w - lr * grad(w)
        if np.linalg.norm(w_new - w) < tol:
            break
        w = w_new
        history.append(w.copy())
    return np.array(history)
''', "known-mistake"),
    wrong("gd-until", "max_steps + 1 steps", '''
def descend_until_flat(grad, w0, lr, tol, max_steps):
    w = np.array(w0, dtype=float)
    history = [w.copy()]
    for _ in range(max_steps + 1):
        g = grad(w)
        if np.linalg.norm(g) < tol:
            break
        w = w - lr * g
        history.append(w.copy())
    return np.array(history)
''', "off-by-one"),
    wrong("gd-until", "ignores tol", '''
def descend_until_flat(grad, w0, lr, tol, max_steps):
    w = np.array(w0, dtype=float)
    history = [w.copy()]
    for _ in range(max_steps):
        w = w - lr * grad(w)
        history.append(w.copy())
    return np.array(history)
''', "known-mistake"),
    wrong("gd-until", "in place on w0", '''
def descend_until_flat(grad, w0, lr, tol, max_steps):
    w = w0
    history = [w.copy()]
    for _ in range(max_steps):
        g = grad(w)
        if np.linalg.norm(g) < tol:
            break
        w -= lr * g
        history.append(w.copy())
    return np.array(history)
''', "input-mutated"),
    wrong("gd-until", "appends the same array", '''
def descend_until_flat(grad, w0, lr, tol, max_steps):
    w = np.array(w0, dtype=float)
    history = [w]
    for _ in range(max_steps):
        g = grad(w)
        if np.linalg.norm(g) < tol:
            break
        w -= lr * g
        history.append(w)
    return np.array(history)
''', "known-mistake"),
    wrong("gd-until", "no w0 row", '''
def descend_until_flat(grad, w0, lr, tol, max_steps):
    w = np.array(w0, dtype=float)
    history = []
    for _ in range(max_steps):
        g = grad(w)
        if np.linalg.norm(g) < tol:
            break
        w = w - lr * g
        history.append(w.copy())
    return np.array(history)
''', "wrong-shape"),
    wrong("gd-until", "returns only the last iterate", '''
def descend_until_flat(grad, w0, lr, tol, max_steps):
    w = np.array(w0, dtype=float)
    for _ in range(max_steps):
        g = grad(w)
        if np.linalg.norm(g) < tol:
            break
        w = w - lr * g
    return w
''', "wrong-shape"),
    wrong("gd-until", "gradient sign flipped", '''
def descend_until_flat(grad, w0, lr, tol, max_steps):
    w = np.array(w0, dtype=float)
    history = [w.copy()]
    for _ in range(max_steps):
        g = grad(w)
        if np.linalg.norm(g) < tol:
            break
        w = w + lr * g
        history.append(w.copy())
    return np.array(history)
''', "wrong-shape"),
    wrong("gd-until", "largest component instead of the norm", '''
def descend_until_flat(grad, w0, lr, tol, max_steps):
    w = np.array(w0, dtype=float)
    history = [w.copy()]
    for _ in range(max_steps):
        g = grad(w)
        if np.max(np.abs(g)) < tol:
            break
        w = w - lr * g
        history.append(w.copy())
    return np.array(history)
''', "wrong-shape"),
    # -- gd-nesterov --------------------------------------------------------------
    right("gd-nesterov", "the solution", '''
def nesterov_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * v - lr * grad(w + beta * v)
        w = w + v
        history.append(w.copy())
    return np.array(history)
'''),
    right("gd-nesterov", "look-ahead variable kept separately", '''
def nesterov_descent(grad, w0, lr, beta, n_steps):
    w = np.asarray(w0, dtype=float).copy()
    v = np.zeros(len(w))
    history = np.empty((n_steps + 1, len(w)))
    history[0] = w
    for k in range(n_steps):
        ahead = w + beta * v
        v = beta * v - lr * grad(ahead)
        w = w + v
        history[k + 1] = w
    return history
'''),
    right("gd-nesterov", "from the previous two iterates", '''
def nesterov_descent(grad, w0, lr, beta, n_steps):
    prev = np.array(w0, dtype=float)
    cur = prev.copy()
    history = [cur.copy()]
    for _ in range(n_steps):
        ahead = cur + beta * (cur - prev)
        prev, cur = cur, ahead - lr * grad(ahead)
        history.append(cur.copy())
    return np.array(history)
'''),
    wrong("gd-nesterov", "the heavy ball (gradient at w)", '''
def nesterov_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * v - lr * grad(w)
        w = w + v
        history.append(w.copy())
    return np.array(history)
''', "known-mistake"),
    wrong("gd-nesterov", "looks behind", '''
def nesterov_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * v - lr * grad(w - beta * v)
        w = w + v
        history.append(w.copy())
    return np.array(history)
''', "wrong-sign"),
    wrong("gd-nesterov", "look-ahead without beta", '''
def nesterov_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * v - lr * grad(w + v)
        w = w + v
        history.append(w.copy())
    return np.array(history)
''', "known-mistake"),
    wrong("gd-nesterov", "steps with w - v", '''
def nesterov_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * v - lr * grad(w + beta * v)
        w = w - v
        history.append(w.copy())
    return np.array(history)
''', "wrong-sign"),
    wrong("gd-nesterov", "aliased history", '''
def nesterov_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w]
    for _ in range(n_steps):
        v = beta * v - lr * grad(w + beta * v)
        w += v
        history.append(w)
    return np.array(history)
''', "known-mistake"),
    wrong("gd-nesterov", "in place on w0", '''
def nesterov_descent(grad, w0, lr, beta, n_steps):
    w = w0
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * v - lr * grad(w + beta * v)
        w += v
        history.append(w.copy())
    return np.array(history)
''', "input-mutated"),
    wrong("gd-nesterov", "velocity starts at -lr grad(w0)", '''
def nesterov_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = -lr * grad(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * v - lr * grad(w + beta * v)
        w = w + v
        history.append(w.copy())
    return np.array(history)
''', "generic"),
    wrong("gd-nesterov", "look-ahead with the new velocity", '''
def nesterov_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = beta * v - lr * grad(w)
        w = w + v + beta * v
        history.append(w.copy())
    return np.array(history)
''', "generic"),
    wrong("gd-nesterov", "no w0 row", '''
def nesterov_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = []
    for _ in range(n_steps):
        v = beta * v - lr * grad(w + beta * v)
        w = w + v
        history.append(w.copy())
    return np.array(history)
''', "wrong-shape"),
    # -- gd-sgd-decay -------------------------------------------------------------
    right("gd-sgd-decay", "the solution", '''
def sgd_step_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    for t in range(n_epochs):
        lr = lr0 * drop ** (t // every)
        order = rng.permutation(len(y))
        for start in range(0, len(y), batch_size):
            idx = order[start:start + batch_size]
            w = w - lr * grad(w, X[idx], y[idx])
    return w
'''),
    right("gd-sgd-decay", "the step updated at the end of each block", '''
def sgd_step_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    lr = lr0
    w = np.array(w, dtype=float)
    for t in range(n_epochs):
        order = rng.permutation(len(y))
        for idx in np.array_split(order, range(batch_size, len(y), batch_size)):
            w = w - lr * grad(w, X[idx], y[idx])
        if (t + 1) % every == 0:
            lr = lr * drop
    return w
'''),
    right("gd-sgd-decay", "permuting X and y", '''
def sgd_step_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    for t in range(n_epochs):
        p = rng.permutation(len(y))
        Xs, ys = X[p], y[p]
        lr = lr0 * drop ** (t // every)
        for s in range(0, len(ys), batch_size):
            w = w - lr * grad(w, Xs[s:s + batch_size], ys[s:s + batch_size])
    return w
'''),
    wrong("gd-sgd-decay", "epochs counted from 1", '''
def sgd_step_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    for t in range(1, n_epochs + 1):
        lr = lr0 * drop ** (t // every)
        order = rng.permutation(len(y))
        for start in range(0, len(y), batch_size):
            idx = order[start:start + batch_size]
            w = w - lr * grad(w, X[idx], y[idx])
    return w
''', "off-by-one"),
    wrong("gd-sgd-decay", "drops every epoch", '''
def sgd_step_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    lr = lr0
    for t in range(n_epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(y), batch_size):
            idx = order[start:start + batch_size]
            w = w - lr * grad(w, X[idx], y[idx])
        lr = lr * drop
    return w
''', "known-mistake"),
    wrong("gd-sgd-decay", "shuffles once", '''
def sgd_step_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    order = rng.permutation(len(y))
    for t in range(n_epochs):
        lr = lr0 * drop ** (t // every)
        for start in range(0, len(y), batch_size):
            idx = order[start:start + batch_size]
            w = w - lr * grad(w, X[idx], y[idx])
    return w
''', "known-mistake"),
    wrong("gd-sgd-decay", "rng.integers", '''
def sgd_step_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    for t in range(n_epochs):
        lr = lr0 * drop ** (t // every)
        order = rng.integers(0, len(y), len(y))
        for start in range(0, len(y), batch_size):
            idx = order[start:start + batch_size]
            w = w - lr * grad(w, X[idx], y[idx])
    return w
''', "known-mistake"),
    wrong("gd-sgd-decay", "rng.choice without replace=False", '''
def sgd_step_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    for t in range(n_epochs):
        lr = lr0 * drop ** (t // every)
        order = rng.choice(len(y), len(y))
        for start in range(0, len(y), batch_size):
            idx = order[start:start + batch_size]
            w = w - lr * grad(w, X[idx], y[idx])
    return w
''', "known-mistake"),
    wrong("gd-sgd-decay", "rng.choice with replace=False (another draw)", '''
def sgd_step_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    for t in range(n_epochs):
        lr = lr0 * drop ** (t // every)
        order = rng.choice(len(y), len(y), replace=False)
        for start in range(0, len(y), batch_size):
            idx = order[start:start + batch_size]
            w = w - lr * grad(w, X[idx], y[idx])
    return w
''', "known-mistake"),
    wrong("gd-sgd-decay", "drops the last batch", '''
def sgd_step_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    for t in range(n_epochs):
        lr = lr0 * drop ** (t // every)
        order = rng.permutation(len(y))
        for start in range(0, len(y) - batch_size + 1, batch_size):
            idx = order[start:start + batch_size]
            w = w - lr * grad(w, X[idx], y[idx])
    return w
''', "known-mistake"),
    wrong("gd-sgd-decay", "constant step", '''
def sgd_step_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    for t in range(n_epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(y), batch_size):
            idx = order[start:start + batch_size]
            w = w - lr0 * grad(w, X[idx], y[idx])
    return w
''', "known-mistake"),
    wrong("gd-sgd-decay", "in place on w", '''
def sgd_step_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    for t in range(n_epochs):
        lr = lr0 * drop ** (t // every)
        order = rng.permutation(len(y))
        for start in range(0, len(y), batch_size):
            idx = order[start:start + batch_size]
            w -= lr * grad(w, X[idx], y[idx])
    return w
''', "input-mutated"),
    wrong("gd-sgd-decay", "divides instead of multiplying", '''
def sgd_step_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    for t in range(n_epochs):
        lr = lr0 / drop ** (t // every)
        order = rng.permutation(len(y))
        for start in range(0, len(y), batch_size):
            idx = order[start:start + batch_size]
            w = w - lr * grad(w, X[idx], y[idx])
    return w
''', "generic"),
    wrong("gd-sgd-decay", "decays by steps, not epochs", '''
def sgd_step_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    k = 0
    for t in range(n_epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(y), batch_size):
            idx = order[start:start + batch_size]
            w = w - lr0 * drop ** (k // every) * grad(w, X[idx], y[idx])
            k += 1
    return w
''', "generic"),
    wrong("gd-until", "gradient computed once at w0", '''
def descend_until_flat(grad, w0, lr, tol, max_steps):
    w = np.array(w0, dtype=float)
    g = grad(w)
    history = [w.copy()]
    for _ in range(max_steps):
        if np.linalg.norm(g) < tol:
            break
        w = w - lr * g
        history.append(w.copy())
    return np.array(history)
''', "wrong-shape"),
    wrong("gd-nesterov", "beta forgotten on the old velocity", '''
def nesterov_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        v = v - lr * grad(w + beta * v)
        w = w + v
        history.append(w.copy())
    return np.array(history)
''', "generic"),
    wrong("gd-nesterov", "returns only the last iterate", '''
def nesterov_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    v = np.zeros_like(w)
    for _ in range(n_steps):
        v = beta * v - lr * grad(w + beta * v)
        w = w + v
    return w
''', "wrong-shape"),
    wrong("gd-sgd-decay", "fractional exponent t / every", '''
def sgd_step_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    for t in range(n_epochs):
        lr = lr0 * drop ** (t / every)
        order = rng.permutation(len(y))
        for start in range(0, len(y), batch_size):
            idx = order[start:start + batch_size]
            w = w - lr * grad(w, X[idx], y[idx])
    return w
''', "generic"),
    right("gd-nesterov", "velocity stored with the opposite sign", '''
def nesterov_descent(grad, w0, lr, beta, n_steps):
    w = np.array(w0, dtype=float)
    u = np.zeros_like(w)
    history = [w.copy()]
    for _ in range(n_steps):
        u = beta * u + lr * grad(w - beta * u)
        w = w - u
        history.append(w.copy())
    return np.array(history)
'''),
    right("gd-sgd-decay", "math.floor and index slices", '''
def sgd_step_decay(grad, w, X, y, lr0, drop, every, batch_size, n_epochs, rng):
    n = len(y)
    for t in range(n_epochs):
        lr = lr0 * drop ** math.floor(t / every)
        order = rng.permutation(n)
        batches = [order[i:i + batch_size] for i in range(0, n, batch_size)]
        for idx in batches:
            w = w - lr * grad(w, X[idx], y[idx])
    return w
'''),
    # -- gd-early-stop: the previous-epoch comparison the review found passing ------
    wrong("gd-early-stop", "resets the count when the loss beats the previous epoch", '''
def best_epoch(val_losses, patience):
    best, best_k, wait, prev = np.inf, -1, 0, np.inf
    for epoch, loss in enumerate(val_losses):
        if loss < best:
            best, best_k = loss, epoch
        if loss < prev:
            wait = 0
        else:
            wait += 1
            if wait == patience:
                break
        prev = loss
    return best_k
''', "known-mistake"),
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
''', "off-by-one"),
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
''', "off-by-one"),
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
    wrong("gd-max-step", "Frobenius norm", '''
def max_stable_step(A):
    return 2 / np.linalg.norm(A)
''', "generic"),
    wrong("gd-early-stop", "best of the first patience epochs", '''
def best_epoch(val_losses, patience):
    return int(np.argmin(val_losses[:patience]))
''', "factor-quantity"),
]
