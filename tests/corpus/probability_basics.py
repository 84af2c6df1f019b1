"""Learner answers for the probability basics practice notebook
(exercises/probability_basics.md).

Written to be what learners actually type: the row sums for the column marginal,
counts left unnormalised, integer division, a conditional table normalised by rows or
by the table's total, a gap to independence on raw counts, signed or transposed, only
on the diagonal, a simulation of exactly one success, of a single trial, a count
instead of a fraction, a fresh generator, the formula itself; and correct answers in
other valid forms (lists, keepdims, a loop, einsum, binomial draws, a complement).
"""

from . import right, wrong

PRELUDE = ""

ENTRIES = [
    # -- pb-marginal: wrong -------------------------------------------------------
    wrong("pb-marginal", "row sums (P(X))", '''
def marginal_y(J):
    J = np.asarray(J, dtype=float)
    return J.sum(axis=1) / J.sum()
''', "known-mistake"),
    wrong("pb-marginal", "column sums of counts, not normalised", '''
def marginal_y(J):
    return np.asarray(J).sum(axis=0)
''', "not-normalised"),
    wrong("pb-marginal", "row sums of counts", '''
def marginal_y(J):
    return np.sum(J, axis=1)
''', "wrong-shape"),
    wrong("pb-marginal", "normalises the caller's float table in place", '''
def marginal_y(J):
    J = np.asarray(J, dtype=float)   # the same array when J is already float
    J /= J.sum()
    return J.sum(axis=0)
''', "input-mutated"),
    wrong("pb-marginal", "an axis the table does not have", '''
def marginal_y(J):
    J = np.asarray(J, dtype=float)
    return J.sum(axis=2) / J.sum()
''', "exception"),
    wrong("pb-marginal", "divides by the number of rows", '''
def marginal_y(J):
    J = np.asarray(J, dtype=float)
    return J.sum(axis=0) / J.shape[0]
''', "not-normalised"),
    wrong("pb-marginal", "divides by the number of cells", '''
def marginal_y(J):
    J = np.asarray(J, dtype=float)
    return J.sum(axis=0) / J.size
''', "not-normalised"),
    wrong("pb-marginal", "mean over the rows", '''
def marginal_y(J):
    return np.mean(J, axis=0)
''', "not-normalised"),
    wrong("pb-marginal", "the total only", '''
def marginal_y(J):
    return np.sum(J)
''', "wrong-shape"),
    wrong("pb-marginal", "integer floor division", '''
def marginal_y(J):
    J = np.asarray(J)
    return J.sum(axis=0) // J.sum()
''', "generic"),
    wrong("pb-marginal", "prints instead of returning", '''
def marginal_y(J):
    J = np.asarray(J, dtype=float)
    print(J.sum(axis=0) / J.sum())
''', "printed-not-returned"),
    wrong("pb-marginal", "normalises each column to 1", '''
def marginal_y(J):
    J = np.asarray(J, dtype=float)
    return (J / J.sum(axis=0)).sum(axis=0)
''', "known-mistake"),
    wrong("pb-marginal", "sum over everything then divides rows", '''
def marginal_y(J):
    J = np.asarray(J, dtype=float)
    return J.sum(axis=0) / J.sum(axis=1).max()
''', "not-normalised"),
    wrong("pb-marginal", "first row only", '''
def marginal_y(J):
    J = np.asarray(J, dtype=float)
    return J[0] / J[0].sum()
''', "generic"),
    wrong("pb-marginal", "both marginals concatenated", '''
def marginal_y(J):
    J = np.asarray(J, dtype=float) / np.sum(J)
    return np.concatenate([J.sum(axis=1), J.sum(axis=0)])
''', "wrong-shape"),
    wrong("pb-marginal", "the diagonal", '''
def marginal_y(J):
    J = np.asarray(J, dtype=float)
    return np.diag(J) / J.sum()
''', "wrong-shape"),
    wrong("pb-marginal", "stub left in", '''
def marginal_y(J):
    raise NotImplementedError("your code here")
''', "not-attempted"),
    # -- pb-marginal: right -------------------------------------------------------
    right("pb-marginal", "the solution", '''
def marginal_y(J):
    J = np.asarray(J, dtype=float)
    return J.sum(axis=0) / J.sum()
'''),
    right("pb-marginal", "normalise first, then sum", '''
def marginal_y(J):
    P = np.array(J) / np.sum(J)
    return P.sum(axis=0)
'''),
    right("pb-marginal", "a loop over columns, a list", '''
def marginal_y(J):
    J = np.asarray(J, dtype=float)
    total = J.sum()
    return [J[:, j].sum() / total for j in range(J.shape[1])]
'''),
    right("pb-marginal", "ones @ J", '''
def marginal_y(J):
    J = np.asarray(J, dtype=float)
    col = np.ones(J.shape[0]) @ J
    return col / col.sum()
'''),
    right("pb-marginal", "true division on integers", '''
def marginal_y(J):
    return np.sum(J, axis=0) / np.sum(J)
'''),
    # -- pb-given-columns: wrong --------------------------------------------------
    wrong("pb-given-columns", "normalises rows, keepdims", '''
def given_columns(J):
    J = np.asarray(J, dtype=float)
    return J / J.sum(axis=1, keepdims=True)
''', "known-mistake"),
    wrong("pb-given-columns", "divides by row sums, broadcast", '''
def given_columns(J):
    J = np.asarray(J, dtype=float)
    return J / J.sum(axis=1)
''', "exception"),
    wrong("pb-given-columns", "the joint", '''
def given_columns(J):
    J = np.asarray(J, dtype=float)
    return J / J.sum()
''', "not-normalised"),
    wrong("pb-given-columns", "the counts unchanged", '''
def given_columns(J):
    return np.asarray(J, dtype=float)
''', "not-normalised"),
    wrong("pb-given-columns", "divides by the column marginal of the joint twice", '''
def given_columns(J):
    J = np.asarray(J, dtype=float)
    P = J / J.sum()
    return P / P.sum(axis=0) / J.shape[1]
''', "factor-quantity"),
    wrong("pb-given-columns", "transposed result", '''
def given_columns(J):
    J = np.asarray(J, dtype=float)
    return (J / J.sum(axis=0)).T
''', "transposed"),
    wrong("pb-given-columns", "multiplies by the column sums", '''
def given_columns(J):
    J = np.asarray(J, dtype=float)
    return J * J.sum(axis=0)
''', "generic"),
    wrong("pb-given-columns", "divides by the column max", '''
def given_columns(J):
    J = np.asarray(J, dtype=float)
    return J / J.max(axis=0)
''', "generic"),
    wrong("pb-given-columns", "integer floor division", '''
def given_columns(J):
    J = np.asarray(J)
    return J // J.sum(axis=0)
''', "generic"),
    wrong("pb-given-columns", "divides the joint by P(X)P(Y)", '''
def given_columns(J):
    P = np.asarray(J, dtype=float) / np.sum(J)
    return P / np.outer(P.sum(axis=1), P.sum(axis=0))
''', "known-mistake"),
    wrong("pb-given-columns", "column sums alone", '''
def given_columns(J):
    J = np.asarray(J, dtype=float)
    return J.sum(axis=0) / J.sum()
''', "wrong-shape"),
    wrong("pb-given-columns", "divides by the column means", '''
def given_columns(J):
    J = np.asarray(J, dtype=float)
    return J / J.mean(axis=0)
''', "factor"),
    wrong("pb-given-columns", "changes J in place and returns nothing", '''
def given_columns(J):
    J /= J.sum(axis=0)
''', "input-mutated"),
    wrong("pb-given-columns", "row-normalises the transpose", '''
def given_columns(J):
    J = np.asarray(J, dtype=float).T
    return J / J.sum(axis=0)
''', "wrong-shape"),
    wrong("pb-given-columns", "stub left in", '''
def given_columns(J):
    raise NotImplementedError("your code here")
''', "not-attempted"),
    # -- pb-given-columns: right --------------------------------------------------
    right("pb-given-columns", "the solution", '''
def given_columns(J):
    J = np.asarray(J, dtype=float)
    return J / J.sum(axis=0)
'''),
    right("pb-given-columns", "keepdims on axis 0", '''
def given_columns(J):
    J = np.array(J, dtype=float)
    return J / J.sum(axis=0, keepdims=True)
'''),
    right("pb-given-columns", "normalise, then divide by the marginal", '''
def given_columns(J):
    P = np.asarray(J, dtype=float) / np.sum(J)
    return P / P.sum(axis=0)
'''),
    right("pb-given-columns", "a loop over columns", '''
def given_columns(J):
    J = np.asarray(J, dtype=float)
    out = np.empty_like(J)
    for j in range(J.shape[1]):
        out[:, j] = J[:, j] / J[:, j].sum()
    return out
'''),
    right("pb-given-columns", "transpose, normalise rows, transpose back", '''
def given_columns(J):
    T = np.asarray(J, dtype=float).T
    return (T / T.sum(axis=1, keepdims=True)).T
'''),
    # -- pb-gap: wrong ------------------------------------------------------------
    wrong("pb-gap", "raw counts, not normalised", '''
def independence_gap(J):
    J = np.asarray(J, dtype=float)
    return float(np.abs(J - np.outer(J.sum(axis=1), J.sum(axis=0))).max())
''', "typo-huge"),
    wrong("pb-gap", "signed maximum", '''
def independence_gap(J):
    P = np.asarray(J, dtype=float) / np.sum(J)
    return float(np.max(P - np.outer(P.sum(axis=1), P.sum(axis=0))))
''', "known-mistake"),
    wrong("pb-gap", "outer product the wrong way round", '''
def independence_gap(J):
    P = np.asarray(J, dtype=float) / np.sum(J)
    return float(np.abs(P - np.outer(P.sum(axis=0), P.sum(axis=1))).max())
''', "exception"),
    wrong("pb-gap", "the sum of the gaps", '''
def independence_gap(J):
    P = np.asarray(J, dtype=float) / np.sum(J)
    return float(np.abs(P - np.outer(P.sum(axis=1), P.sum(axis=0))).sum())
''', "known-mistake"),
    wrong("pb-gap", "the diagonal only", '''
def independence_gap(J):
    P = np.asarray(J, dtype=float) / np.sum(J)
    Q = np.outer(P.sum(axis=1), P.sum(axis=0))
    return float(np.abs(np.diag(P) - np.diag(Q)).max())
''', "known-mistake"),
    wrong("pb-gap", "the mean absolute gap", '''
def independence_gap(J):
    P = np.asarray(J, dtype=float) / np.sum(J)
    return float(np.abs(P - np.outer(P.sum(axis=1), P.sum(axis=0))).mean())
''', "known-mistake"),
    wrong("pb-gap", "a boolean", '''
def independence_gap(J):
    P = np.asarray(J, dtype=float) / np.sum(J)
    return np.allclose(P, np.outer(P.sum(axis=1), P.sum(axis=0)))
''', "bool-for-number"),
    wrong("pb-gap", "elementwise product of marginals", '''
def independence_gap(J):
    P = np.asarray(J, dtype=float) / np.sum(J)
    return float(np.abs(P - P.sum(axis=1)[:, None] * P.sum(axis=1)).max())
''', "exception"),
    wrong("pb-gap", "the whole matrix of gaps", '''
def independence_gap(J):
    P = np.asarray(J, dtype=float) / np.sum(J)
    return np.abs(P - np.outer(P.sum(axis=1), P.sum(axis=0)))
''', "wrong-shape"),
    wrong("pb-gap", "the spectral norm of the difference", '''
def independence_gap(J):
    P = np.asarray(J, dtype=float) / np.sum(J)
    return float(np.linalg.norm(P - np.outer(P.sum(axis=1), P.sum(axis=0)), 2))
''', "generic"),
    wrong("pb-gap", "ratio instead of difference", '''
def independence_gap(J):
    P = np.asarray(J, dtype=float) / np.sum(J)
    return float(np.abs(P / np.outer(P.sum(axis=1), P.sum(axis=0)) - 1).max())
''', "generic"),
    wrong("pb-gap", "squared gap", '''
def independence_gap(J):
    P = np.asarray(J, dtype=float) / np.sum(J)
    return float(((P - np.outer(P.sum(axis=1), P.sum(axis=0))) ** 2).max())
''', "missing-sqrt"),
    wrong("pb-gap", "marginals of the counts, table normalised", '''
def independence_gap(J):
    J = np.asarray(J, dtype=float)
    P = J / J.sum()
    return float(np.abs(P - np.outer(J.sum(axis=1), J.sum(axis=0))).max())
''', "typo-huge"),
    wrong("pb-gap", "the smallest gap", '''
def independence_gap(J):
    P = np.asarray(J, dtype=float) / np.sum(J)
    return float(np.abs(P - np.outer(P.sum(axis=1), P.sum(axis=0))).min())
''', "known-mistake"),
    wrong("pb-gap", "stub left in", '''
def independence_gap(J):
    raise NotImplementedError("your code here")
''', "not-attempted"),
    # -- pb-gap: right ------------------------------------------------------------
    right("pb-gap", "the solution", '''
def independence_gap(J):
    P = np.asarray(J, dtype=float)
    P = P / P.sum()
    Q = np.outer(P.sum(axis=1), P.sum(axis=0))
    return float(np.abs(P - Q).max())
'''),
    right("pb-gap", "broadcast column times row", '''
def independence_gap(J):
    P = np.array(J, dtype=float) / np.sum(J)
    Q = P.sum(axis=1, keepdims=True) * P.sum(axis=0, keepdims=True)
    return np.max(np.abs(P - Q))
'''),
    right("pb-gap", "two loops", '''
def independence_gap(J):
    P = np.asarray(J, dtype=float) / np.sum(J)
    px, py = P.sum(axis=1), P.sum(axis=0)
    best = 0.0
    for i in range(P.shape[0]):
        for j in range(P.shape[1]):
            best = max(best, abs(P[i, j] - px[i] * py[j]))
    return best
'''),
    right("pb-gap", "max of both signs", '''
def independence_gap(J):
    P = np.asarray(J, dtype=float) / np.sum(J)
    D = P - np.outer(P.sum(axis=1), P.sum(axis=0))
    return float(max(D.max(), -D.min()))
'''),
    right("pb-gap", "einsum outer product", '''
def independence_gap(J):
    P = np.asarray(J, dtype=float) / np.sum(J)
    Q = np.einsum("i,j->ij", P.sum(axis=1), P.sum(axis=0))
    return float(np.abs(P - Q).max())
'''),
    # -- pb-at-least-one: wrong ---------------------------------------------------
    wrong("pb-at-least-one", "the formula, no simulation", '''
def simulate_at_least_one(p, k, n, rng):
    return 1 - (1 - p) ** k
''', "requirement"),
    wrong("pb-at-least-one", "a fresh generator", '''
def simulate_at_least_one(p, k, n, rng):
    gen = np.random.default_rng(0)
    return (gen.random((n, k)) < p).any(axis=1).mean()
''', "requirement"),
    wrong("pb-at-least-one", "one draw, then the formula", '''
def simulate_at_least_one(p, k, n, rng):
    rng.random()
    return 1 - (1 - p) ** k
''', "requirement"),
    wrong("pb-at-least-one", "single Bernoulli draws at the formula's rate", '''
def simulate_at_least_one(p, k, n, rng):
    return (rng.random(n) < 1 - (1 - p)**k).mean()
''', "requirement"),
    wrong("pb-at-least-one", "a binomial count at the formula's rate", '''
def simulate_at_least_one(p, k, n, rng):
    return rng.binomial(n, 1 - np.power(1 - p, k)) / n
''', "requirement"),
    wrong("pb-at-least-one", "the global np.random, ignoring rng", '''
def simulate_at_least_one(p, k, n, rng):
    return (np.random.random((n, k)) < p).any(1).mean()
''', "requirement"),
    wrong("pb-at-least-one", "a new Generator(PCG64)", '''
def simulate_at_least_one(p, k, n, rng):
    gen = np.random.Generator(np.random.PCG64(0))
    return (gen.random((n, k)) < p).any(1).mean()
''', "requirement"),
    wrong("pb-at-least-one", "exactly one success", '''
def simulate_at_least_one(p, k, n, rng):
    return ((rng.random((n, k)) < p).sum(axis=1) == 1).mean()
''', "known-mistake"),
    wrong("pb-at-least-one", "mean over all trials", '''
def simulate_at_least_one(p, k, n, rng):
    return (rng.random((n, k)) < p).mean()
''', "known-mistake"),
    wrong("pb-at-least-one", "a count of runs", '''
def simulate_at_least_one(p, k, n, rng):
    return (rng.random((n, k)) < p).any(axis=1).sum()
''', "typo-huge"),
    wrong("pb-at-least-one", "all k succeed", '''
def simulate_at_least_one(p, k, n, rng):
    return (rng.random((n, k)) < p).all(axis=1).mean()
''', "known-mistake"),
    wrong("pb-at-least-one", "success when random > p", '''
def simulate_at_least_one(p, k, n, rng):
    return (rng.random((n, k)) > p).any(axis=1).mean()
''', "wrong-sign"),
    wrong("pb-at-least-one", "k times p, simulated", '''
def simulate_at_least_one(p, k, n, rng):
    return k * (rng.random(n) < p).mean()
''', "known-mistake"),
    wrong("pb-at-least-one", "no success at all", '''
def simulate_at_least_one(p, k, n, rng):
    return (~(rng.random((n, k)) < p).any(axis=1)).mean()
''', "known-mistake"),
    wrong("pb-at-least-one", "only k runs", '''
def simulate_at_least_one(p, k, n, rng):
    return (rng.random((k, 3)) < p).any(axis=1).mean()
''', "generic"),
    wrong("pb-at-least-one", "at least two", '''
def simulate_at_least_one(p, k, n, rng):
    return ((rng.random((n, k)) < p).sum(axis=1) >= 2).mean()
''', "generic"),
    wrong("pb-at-least-one", "any over the wrong axis", '''
def simulate_at_least_one(p, k, n, rng):
    return (rng.random((n, k)) < p).any(axis=0).mean()
''', "known-mistake"),
    wrong("pb-at-least-one", "one trial per run", '''
def simulate_at_least_one(p, k, n, rng):
    return (rng.random(n) < p).mean()
''', "known-mistake"),
    wrong("pb-at-least-one", "percentage", '''
def simulate_at_least_one(p, k, n, rng):
    return 100 * (rng.random((n, k)) < p).any(axis=1).mean()
''', "generic"),
    wrong("pb-at-least-one", "stub left in", '''
def simulate_at_least_one(p, k, n, rng):
    raise NotImplementedError("your code here")
''', "not-attempted"),
    # -- pb-at-least-one: right ---------------------------------------------------
    right("pb-at-least-one", "the solution", '''
def simulate_at_least_one(p, k, n, rng):
    hits = rng.random((n, k)) < p
    return hits.any(axis=1).mean()
'''),
    right("pb-at-least-one", "binomial counts", '''
def simulate_at_least_one(p, k, n, rng):
    return np.mean(rng.binomial(k, p, size=n) > 0)
'''),
    right("pb-at-least-one", "complement of no success", '''
def simulate_at_least_one(p, k, n, rng):
    none = (rng.random((n, k)) >= p).all(axis=1)
    return 1 - none.mean()
'''),
    right("pb-at-least-one", "k by n, any over axis 0", '''
def simulate_at_least_one(p, k, n, rng):
    return float((rng.uniform(size=(k, n)) < p).any(axis=0).mean())
'''),
    right("pb-at-least-one", "the first success by trial k (geometric)", '''
def simulate_at_least_one(p, k, n, rng):
    return (rng.geometric(p, n) <= k).mean()
'''),
    right("pb-at-least-one", "scipy binom.rvs with random_state=rng", '''
def simulate_at_least_one(p, k, n, rng):
    from scipy import stats
    return (stats.binom.rvs(k, p, size=n, random_state=rng) > 0).mean()
'''),
    right("pb-at-least-one", "a count of successes above zero", '''
def simulate_at_least_one(p, k, n, rng):
    successes = (rng.random((n, k)) < p).sum(axis=1)
    return np.count_nonzero(successes > 0) / n
'''),
]
