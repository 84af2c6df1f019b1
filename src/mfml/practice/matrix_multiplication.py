"""Practice: matrix multiplication (``exercises/matrix_multiplication_solutions.md``).

Stated requirements and what breaks an answer ignoring them:

* mm-loop: loops from the definition, no ``@``/``np.dot``/``np.matmul``/
  ``np.sum`` -> source rules; shape (m, p) -> the other cases have m, n, p not
  all equal, and a square case, first, catches C[j, i] for C[i, j] and
  B[j, k] for B[k, j] with a value to explain rather than an IndexError.
* mm-outer: ``np.outer`` and one loop over k -> source rules; column k of A
  and row k of B -> the same square case first, where rows and columns differ;
  ``len(A)`` for the inner dimension -> non-square cases.
* mm-flops: multiplications plus additions -> cases where n = 1 and n > 1; the
  chapter's stricter count m·p·(2n - 1) is accepted, with a note.
* mm-dense: ReLU between the layers, biases per layer -> random layers with
  negative pre-activations; no loop over samples -> a source rule that reads
  what the loop runs over (a loop over the layers is fine).
* mm-chain: the cheaper order, with the four terms right -> shapes where every
  single wrong term changes the answer (``tests/test_practice_specs.py``
  enumerates them); use your ``matmul_flops`` -> a source rule.
* mm-inverse: the formula -> a source rule on the calls that invert or solve
  (``np.linalg.inv``, ``solve``, ``det``, ...), not on ``np.linalg`` itself, so
  raising ``np.linalg.LinAlgError`` (a ValueError) passes; ValueError on a singular matrix ->
  cases that must raise (``Case(raises=ValueError)``): det exactly 0, the zero
  matrix, and ``ROUNDED_SINGULAR``, singular on paper with a rounded det of
  -5.6e-17 (breaks ``det == 0``); relative, not absolute -> ``TINY_INVERTIBLE``
  (det -7e-16, breaks ``abs(det) < 1e-12`` and ``np.isclose(det, 0)``);
  b and c in the right places -> a non-symmetric first case.
* mm-inverse-product: B^-1 A^-1 -> random non-commuting inverses; no
  inverting -> a source rule (np.linalg, inverse_2x2).
* mm-solve: no inverse -> source rules: inv, pinv, matrix_power, and solving
  against the identity (``solve(A, I)``, ``solve(A.T, I).T``). Those must be
  rules: ``solve(A.T, I).T @ b`` and ``matrix_power(A.T, -1).T @ b`` are off by
  only 3e-4 from np.linalg.solve on the Hilbert case, as much as lstsq or QR;
  only their residual ||Ax - b|| / ||b|| (1e-5 against 1e-16) tells them apart,
  and the spec compares x. Accurate -> the 10 x 10 Hilbert matrix with
  ``HILBERT_X`` (whole numbers of both signs, not all ones: "the square of the
  expected value" and similar diagnoses stay silent), where inv(A) @ b and
  solve(A, I) @ b are off by 8e-3 relative, solve(A + 1e-6 I, b) by 4, and
  solve, lstsq, QR and Cholesky by at most 3e-4 (``SOLVE_RTOL`` = 2e-3 sits
  between; tests/test_practice_specs.py).
* mm-attention: the sqrt(d) scale, d the last axis -> cases with n != d and a
  3-D stack where Q.shape[1] is not d; queries in rows -> 2 queries against 6
  keys (d = 5); only the last two axes of K transposed -> 3-D and 4-D stacks (K.T
  fails or mixes heads).
"""

from __future__ import annotations

import ast

import numpy as np

from ..check import Alternative, Case, Mistake
from ..rules import Rule, forbid, must_call, needs_loop, no_row_loop
from .spec import Exercise, register

_NO_PRODUCT = ("@", "np.dot", "np.matmul", "np.einsum", "np.tensordot", "np.inner",
               "np.linalg")


def _pairs(rng):
    shapes = [((2, 3), (3, 4)), ((1, 5), (5, 1)), ((4, 1), (1, 3))]
    cases = [Case((rng.standard_normal(a), rng.standard_normal(b))) for a, b in shapes]
    # the square case first: rows for columns (or C[j, i]) runs on it, and is wrong
    cases.insert(0, Case((np.array([[1.0, 2.0, 0.0], [0.0, 1.0, 3.0], [4.0, 0.0, 1.0]]),
                          np.array([[2.0, 0.0, 1.0], [1.0, 3.0, 0.0], [0.0, -1.0, 2.0]])),
                         "square matrices: C[i, j] pairs row i of A with column j of B"))
    cases.append(Case((rng.integers(-4, 5, size=(3, 2)), rng.integers(-4, 5, size=(2, 5))),
                      "integer entries"))
    return cases


def _first_row_only(A, B):
    C = np.zeros((A.shape[0], B.shape[1]))
    C[0] = A[0] @ B
    return C


def _first_entry_only(A, B):
    C = np.zeros((A.shape[0], B.shape[1]))
    C[0, 0] = A[0] @ B[:, 0]
    return C


def _outer_rows(A, B):
    """Row k of A times column k of B, as a learner writes it (raising where theirs does)."""
    C = np.zeros((A.shape[0], B.shape[1]))
    for k in range(A.shape[1]):
        C += np.outer(A[k, :], B[:, k])
    return C


def _inner_len_a(A, B):
    """The sum of outer products over k < len(A), the number of rows of A."""
    if A.shape[0] > A.shape[1]:
        raise IndexError("k past the last column of A")
    return A[:, :A.shape[0]] @ B[:A.shape[0]]


_LAST_TERM_ONLY = ("your result is only the last term, k = n - 1: add to C (C[i, j] += ..., "
                   "C = C + ...) instead of replacing it.")


def _flops(m, n, p):
    return 2 * m * n * p


def _flops_strict(m, n, p):
    return m * p * (2 * n - 1)


def _left(m, n, p, q):     # (AB)C
    return 2 * m * n * p + 2 * m * p * q


def _right(m, n, p, q):    # A(BC)
    return 2 * n * p * q + 2 * m * n * q


def _chain(m, n, p, q):
    return min(_left(m, n, p, q), _right(m, n, p, q))


def _chain_strict(m, n, p, q):
    f = _flops_strict
    return min(f(m, n, p) + f(m, p, q), f(n, p, q) + f(m, n, q))


#: (m, n, p, q) for mm-chain: every single wrong term, and max for min, changes
#: the answer on at least one of them, and both orders win somewhere.
CHAIN_CASES = [(10, 1000, 10, 1000), (4, 2, 3, 9), (3, 7, 5, 2), (3, 9, 10, 4),
               (5, 7, 50, 10), (1000, 1000, 1000, 1)]


def _forward(X, W1, b1, W2, b2):
    return np.maximum(X @ W1 + b1, 0) @ W2 + b2


def _layer_cases(rng):
    out = []
    for n, d, h, c in [(5, 3, 4, 2), (1, 2, 3, 1), (20, 8, 6, 3)]:
        out.append(Case((rng.standard_normal((n, d)), rng.standard_normal((d, h))
                         , rng.standard_normal(h), rng.standard_normal((h, c)),
                         rng.standard_normal(c))))
    out[1] = Case(out[1].args, "a batch of one sample")
    return out


EXERCISES = register([
    Exercise(
        "mm-loop", name="matmul", reference=np.matmul, seed=301, cases=_pairs,
        rules=[needs_loop("the exercise asks for for loops over i, j and k"),
               forbid(*_NO_PRODUCT, "np.sum", message="the exercise asks you not to use "
                      "`@`, `np.dot`, `np.matmul` or `np.sum`")],
        requirements=["loops and the definition", "no @, np.dot, np.matmul or np.sum",
                      "an array of shape (m, p)"],
        mistakes=[
            Mistake(lambda A, B: A * B, "A * B multiplies entry by entry; the matrix product "
                    "sums A[i, k] * B[k, j] over k.", "known-mistake"),
            Mistake(lambda A, B: np.outer(A[:, -1], B[-1]), _LAST_TERM_ONLY, "known-mistake"),
            Mistake(lambda A, B: A @ B.T, "B[j, k] is row j of B; C[i, j] pairs row i of A "
                    "with COLUMN j of B: B[k, j].", "wrong-axis"),
            Mistake(lambda A, B: A[:, :-1] @ B[:-1], "your sum over k misses the last term: "
                    "range(n) already stops at n - 1, so range(n - 1) stops one too early.",
                    "off-by-one"),
            Mistake(lambda A, B: A[:, 1:] @ B[1:], "your sum over k misses the first term: "
                    "indices start at 0.", "off-by-one"),
            Mistake(_first_row_only, "only the first row of your result is filled in: is "
                    "`return` indented inside the loop over i? It belongs after all the loops.",
                    "early-return"),
            Mistake(_first_entry_only, "only C[0, 0] is filled in: is `return` indented "
                    "inside the loops? It belongs after all of them.", "early-return"),
        ],
        hints=("Entry C[i, j] pairs row i of A with column j of B: a sum over k.",
               "m, n = A.shape; p = B.shape[1]; C = np.zeros((m, p)); three nested loops "
               "over i in range(m), j in range(p), k in range(n) doing "
               "C[i, j] += A[i, k] * B[k, j]; return C."),
    ),
    Exercise(
        "mm-outer", name="matmul_outer", reference=np.matmul, seed=302, cases=_pairs,
        rules=[must_call("outer", message="the exercise asks you to use np.outer"),
               needs_loop("the exercise asks for one loop over k"),
               forbid(*_NO_PRODUCT, message="the exercise builds the product from outer "
                      "products: no `@`, `np.dot` or `np.matmul`")],
        requirements=["np.outer, one loop over k", "column k of A times row k of B"],
        mistakes=[
            Mistake(_outer_rows, "you took row k of A and column k of B; the outer products "
                    "pair COLUMN k of A, A[:, k], with ROW k of B, B[k, :].", "wrong-axis"),
            Mistake(lambda A, B: A @ B.T, "you took column k of B; the outer products pair "
                    "column k of A, A[:, k], with ROW k of B, B[k, :].", "wrong-axis"),
            Mistake(lambda A, B: np.outer(A[:, -1], B[-1]), _LAST_TERM_ONLY, "known-mistake"),
            Mistake(_inner_len_a, "len(A) is the number of ROWS of A (m); k runs over the "
                    "columns of A, which are as many as the rows of B: "
                    "range(A.shape[1]).", "known-mistake"),
            Mistake(lambda A, B: A[:, 1:] @ B[1:], "your sum misses the first outer product: "
                    "indices start at 0.", "off-by-one"),
            Mistake(lambda A, B: A[:, :-1] @ B[:-1], "your sum misses the last outer product: "
                    "range(n) already stops at n - 1.", "off-by-one"),
            Mistake(lambda A, B: np.outer(A[:, 0], B[0]), "your function returns after the "
                    "first outer product: is `return` indented inside the `for`?",
                    "early-return"),
        ],
        hints=("AB is a sum of n matrices, one for each k: column k of A times row k of B.",
               "C = np.zeros((A.shape[0], B.shape[1])); for k in range(A.shape[1]): "
               "C += np.outer(A[:, k], B[k, :]); return C."),
    ),
    Exercise(
        "mm-flops", name="matmul_flops", reference=_flops, seed=303,
        cases=lambda rng: [Case((1, 1, 1)), Case((2, 3, 4)), Case((80, 100, 60)),
                           Case((1000, 1000, 1)), Case((3, 1, 5), "n = 1: one term per entry"),
                           Case((7, 5, 2))],
        alternatives=[Alternative(_flops_strict, "you counted n - 1 additions per entry, "
                                  "m·p·(2n - 1); the chapter counts 2mnp, a sum that starts "
                                  "from 0.0. Both are accepted.")],
        requirements=["multiplications plus additions, one of each per term"],
        mistakes=[
            Mistake(lambda m, n, p: m * n * p, "you counted the multiplications only (or the "
                    "additions only): each term a_ik b_kj costs one of each.", "factor"),
            Mistake(lambda m, n, p: m * p * (2 * n + 1), "you counted n + 1 additions per "
                    "entry: one per term, n terms, is n (or n - 1 if the sum starts from the "
                    "first product).", "off-by-one"),
            Mistake(lambda m, n, p: 2 * m * p * (n - 1), "your count has n - 1 terms per "
                    "entry; each entry sums n terms, one multiplication and one addition "
                    "each.", "off-by-one"),
            Mistake(lambda m, n, p: 2 * m * p, "your count leaves out n: each of the m·p "
                    "entries is a sum of n terms, not one.", "factor-quantity"),
            Mistake(lambda m, n, p: 2 * n * p, "your count leaves out m: the result has m "
                    "rows of p entries each.", "factor-quantity"),
            Mistake(lambda m, n, p: 2 * m * n, "your count leaves out p: the result has p "
                    "columns of m entries each.", "factor-quantity"),
            Mistake(lambda m, n, p: 2 * n ** 3, "2n³ is the count for two n x n matrices; "
                    "here the shapes are (m, n) and (n, p): count with m, n and p.",
                    "known-mistake"),
            Mistake(lambda m, n, p: 2 * m * n * p / 1e9, "that is the count in gigaflops "
                    "(divided by 1e9); return the number of flops itself.", "typo-huge"),
        ],
        hints=("The result has m * p entries, and each is a sum of n products.",
               "One multiplication and one addition per term, n terms per entry, m * p "
               "entries: return 2 * m * n * p."),
    ),
    Exercise(
        "mm-dense", name="forward", reference=_forward, seed=304, cases=_layer_cases,
        rules=[no_row_loop(0, "the exercise asks for no loop over the samples: one matrix "
                           "product handles the whole batch")],
        requirements=["dense, ReLU, dense", "no loop over the samples"],
        mistakes=[
            Mistake(lambda X, W1, b1, W2, b2: (X @ W1 + b1) @ W2 + b2, "the ReLU is missing: "
                    "np.maximum(Z, 0) after the first layer.", "known-mistake"),
            Mistake(lambda X, W1, b1, W2, b2: np.maximum(_forward(X, W1, b1, W2, b2), 0),
                    "the ReLU belongs to the hidden layer only; the output layer has none.",
                    "known-mistake"),
            Mistake(lambda X, W1, b1, W2, b2: np.max(X @ W1 + b1, 0) @ W2 + b2,
                    "np.max(Z, 0) is the largest entry of each column (a reduction); the "
                    "ReLU is np.maximum(Z, 0), entry by entry.", "known-mistake"),
            Mistake(lambda X, W1, b1, W2, b2: (np.maximum(X @ W1, 0) + b1) @ W2 + b2,
                    "you added b1 after the ReLU; the bias belongs to the layer, inside: "
                    "np.maximum(X @ W1 + b1, 0).", "known-mistake"),
            Mistake(lambda X, W1, b1, W2, b2: np.maximum(X @ W1 + b1, 0) @ W2,
                    "the second layer's bias b2 is missing.", "known-mistake"),
            Mistake(lambda X, W1, b1, W2, b2: np.maximum(X @ W1, 0) @ W2 + b2,
                    "the first layer's bias b1 is missing.", "known-mistake"),
            Mistake(lambda X, W1, b1, W2, b2: 1 / (1 + np.exp(-(X @ W1 + b1))) @ W2 + b2,
                    "that activation is the sigmoid; the exercise asks for the ReLU, "
                    "max(z, 0) entry by entry.", "known-mistake"),
            Mistake(lambda X, W1, b1, W2, b2: np.tanh(X @ W1 + b1) @ W2 + b2,
                    "that activation is tanh; the exercise asks for the ReLU, max(z, 0) "
                    "entry by entry.", "known-mistake"),
            Mistake(lambda X, W1, b1, W2, b2: np.abs(X @ W1 + b1) @ W2 + b2,
                    "|z| is not the ReLU: a negative z must become 0, not -z. Use "
                    "np.maximum(z, 0).", "known-mistake"),
        ],
        hints=("Follow the shapes: (n, d) @ (d, h) + (h,) gives (n, h); NumPy adds the bias "
               "to every row.",
               "H = np.maximum(X @ W1 + b1, 0.0); return H @ W2 + b2."),
    ),
    Exercise(
        "mm-chain", name="best_chain_flops", reference=_chain, seed=305,
        cases=lambda rng: [Case(c) for c in CHAIN_CASES],
        alternatives=[Alternative(_chain_strict, "with your matmul_flops counting n - 1 "
                                  "additions per entry. Both conventions are accepted.")],
        rules=[must_call("matmul_flops", message="the exercise asks you to use your "
                         "`matmul_flops`")],
        requirements=["the cheaper of (AB)C and A(BC)", "every term of both costs right",
                      "use your matmul_flops"],
        mistakes=[
            Mistake(lambda m, n, p, q: max(_left(m, n, p, q), _right(m, n, p, q)),
                    "you returned the dearer order: the exercise asks for the cheaper one, "
                    "min, not max.", "known-mistake"),
            Mistake(_left, "you always return the cost of (AB)C; on some shapes A(BC) is "
                    "cheaper: compute both and return the smaller.", "known-mistake"),
            Mistake(_right, "you always return the cost of A(BC); on some shapes (AB)C is "
                    "cheaper: compute both and return the smaller.", "known-mistake"),
            Mistake(lambda m, n, p, q: _left(m, n, p, q) + _right(m, n, p, q),
                    "you added the costs of the two orders; only one order is carried out: "
                    "return the cheaper, min(left, right).", "known-mistake"),
            Mistake(lambda m, n, p, q: 2 * m * n * p + 2 * n * p * q,
                    "the second product of each order has the shape of the first one's "
                    "RESULT: AB is (m, p), so (AB)C costs matmul_flops(m, p, q); BC is "
                    "(n, q), so A(BC) costs matmul_flops(m, n, q).", "known-mistake"),
            Mistake(lambda m, n, p, q: _left(m, n, p, q) if m * n * p < n * p * q
                    else _right(m, n, p, q), "you chose the order by its first product "
                    "only; compare the TOTAL cost of each order, both products.",
                    "known-mistake"),
        ],
        hints=("(AB) is (m, p) and (BC) is (n, q); each order is two products, and you "
               "know the cost of one product.",
               "left = matmul_flops(m, n, p) + matmul_flops(m, p, q); right = "
               "matmul_flops(n, p, q) + matmul_flops(m, n, q); return min(left, right)."),
    ),
    Exercise(
        "mm-commute", name="k", reference=0,
        requirements=["the k for which the two matrices commute"],
        mistakes=[
            Mistake(1, "check your answer: multiply both orders with k = 1 and compare the "
                    "top-right entries.", "known-mistake"),
            Mistake(1.5, "the top-right entry of one product is 3k and of the other 2k: "
                    "compare those two with each other, not with an entry of the stretch.",
                    "known-mistake"),
            Mistake(2 / 3, "the top-right entry of one product is 3k and of the other 2k: "
                    "compare those two with each other, not with an entry of the stretch.",
                    "known-mistake"),
        ],
        hints=("Write out both products with k left as a letter: all the entries but one "
               "agree, whatever k is.",
               "One order gives top-right entry 3k, the other 2k; they are equal only when "
               "3k = 2k."),
    ),
])


# ---------------------------------------------------------------------------
# The inverse, solving, attention (issue 8)
# ---------------------------------------------------------------------------

#: The relative test the exercise states: singular when |ad - bc| <= SINGULAR_RTOL * (|ad| + |bc|).
SINGULAR_RTOL = 1e-12

#: Singular in exact arithmetic, but 0.3 - 3 * 0.1 rounds to -5.6e-17, not 0:
#: a test ``ad - bc == 0`` lets it through.
ROUNDED_SINGULAR = np.array([[1.0, 0.1], [3.0, 0.3]])

#: Tiny entries, far from singular (|ad - bc| = |ad| + |bc|): an absolute test
#: such as ``abs(det) < 1e-12`` calls it singular.
TINY_INVERTIBLE = np.array([[1e-8, 2e-8], [3e-8, -1e-8]])


#: What mm-inverse forbids: the calls that invert or solve for the learner. Not
#: the module itself: ``raise np.linalg.LinAlgError(...)`` is a ValueError and
#: right. (``forbid("np.X")`` matches any attribute ``.X``; a bare ``"X"`` a
#: call of an imported name.)
_LINALG_INVERTERS = ("np.inv", "np.pinv", "np.solve", "np.det", "np.matrix_power",
                     "np.tensorinv", "np.tensorsolve", "np.lstsq", "inv", "pinv",
                     "matrix_power", "tensorinv")


def _inverse_2x2(A):
    (a, b), (c, d) = np.asarray(A, dtype=float)
    det = a * d - b * c
    if abs(det) <= SINGULAR_RTOL * (abs(a * d) + abs(b * c)):
        raise ValueError("singular matrix")
    return np.array([[d, -b], [-c, a]]) / det


def _inverse_cases(rng):
    cases = [Case((np.array([[2.0, 1.0], [5.0, 3.0]]),),
                  "a non-symmetric matrix: b and c are different entries"),
             Case((np.array([[4.0, 7.0], [2.0, 6.0]]),), "determinant 10: divide by it")]
    cases += [Case((rng.standard_normal((2, 2)),)) for _ in range(2)]
    cases.append(Case((np.array([[1, 2], [3, 4]]),), "integer entries"))
    cases.append(Case((np.array([[1.0, 2.0], [2.0, 4.0]]),),
                      "a singular matrix (det = 0): raise ValueError", raises=ValueError))
    cases.append(Case((ROUNDED_SINGULAR.copy(),),
                      "singular, but rounding makes ad - bc = -5.6e-17, not 0: test "
                      "|ad - bc| <= 1e-12 * (|ad| + |bc|), not det == 0", raises=ValueError))
    cases.append(Case((TINY_INVERTIBLE.copy(),),
                      "tiny entries but far from singular (det = -7e-16 = -(|ad| + |bc|)): "
                      "compare |ad - bc| with |ad| + |bc|, not with a fixed number"))
    cases.append(Case((np.zeros((2, 2)),), "the zero matrix is singular", raises=ValueError))
    return cases


def _inv_product_cases(rng):
    out = []
    for n in (2, 3, 3):
        A = rng.standard_normal((n, n)) + n * np.eye(n)
        B = rng.standard_normal((n, n)) + n * np.eye(n)
        out.append(Case((np.linalg.inv(A), np.linalg.inv(B)),
                        "B^-1 A^-1 and A^-1 B^-1 differ here"))
    return out


def _hilbert(n):
    i = np.arange(1, n + 1)
    return 1.0 / (i[:, None] + i[None, :] - 1)


#: The Hilbert case of mm-solve: inv(H) @ b is off by about 8e-3 relative to
#: np.linalg.solve, lstsq, QR or Cholesky by at most 3e-4 (tests/test_practice_specs.py).
SOLVE_RTOL = 2e-3

#: The exact solution of the Hilbert case: not all ones.
HILBERT_X = np.array([-8.0, 3.0, 6.0, -1.0, 7.0, 6.0, 8.0, -3.0, -4.0, -2.0])


def _call_name(node):
    f = node.func
    return f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)


def _solves_against_identity(tree):
    """Lines calling solve or lstsq with an identity matrix (np.eye, np.identity,
    or a name assigned from one) as the right-hand side: that forms the inverse."""
    def has_eye(node, names):
        return any((isinstance(n, ast.Call) and _call_name(n) in ("eye", "identity"))
                   or (isinstance(n, ast.Name) and n.id in names) for n in ast.walk(node))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and has_eye(node.value, set()):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return sorted({n.lineno for n in ast.walk(tree)
                   if isinstance(n, ast.Call) and _call_name(n) in ("solve", "lstsq")
                   and len(n.args) >= 2 and has_eye(n.args[1], names)})


_NO_INVERSE = ("the exercise asks you not to form the inverse: no np.linalg.inv, pinv or "
               "matrix_power(A, -1), and no solving against the identity (solve(A, I) "
               "builds the inverse column by column). Solve with b itself.")


def _solve_cases(rng):
    H = _hilbert(10)
    cases = [Case((np.array([[3.0, 1.0], [1.0, 2.0]]), np.array([9.0, 8.0]))),
             Case((rng.standard_normal((4, 4)) + 4 * np.eye(4), rng.standard_normal(4))),
             Case((H, H @ HILBERT_X),
                  "the 10 x 10 Hilbert matrix, nearly singular: inv(A) @ b is off in the "
                  "third digit here, a ridge term A + lam * I far more; solve A x = b "
                  "itself, with b")]
    return cases


def _attention(Q, K):
    return Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])


def _attention_cases(rng):
    return [Case((rng.standard_normal((3, 4)), rng.standard_normal((3, 4))),
                 "2-D: one head, 3 tokens, d = 4"),
            Case((rng.standard_normal((2, 5)), rng.standard_normal((6, 5))),
                 "2 queries against 6 keys (d = 5): the scores are (2, 6), not (6, 2)"),
            Case((rng.standard_normal((4, 3, 9)), rng.standard_normal((4, 5, 9))),
                 "a stack of 4 heads, 3 queries, 5 keys, d = 9: transpose only the last "
                 "two axes of K, and d is the LAST axis"),
            Case((rng.standard_normal((2, 3, 6, 16)), rng.standard_normal((2, 3, 6, 16))),
                 "a batch of 2 sequences with 3 heads each (4-D)")]


def _softmax_scores(Q, K):
    S = _attention(Q, K)
    E = np.exp(S - S.max(axis=-1, keepdims=True))
    return E / E.sum(axis=-1, keepdims=True)


def _attention_no_swap(Q, K):
    return Q @ K.T / np.sqrt(Q.shape[-1])


EXERCISES += register([
    Exercise(
        "mm-inverse", name="inverse_2x2", reference=_inverse_2x2, seed=306,
        cases=_inverse_cases,
        rules=[forbid(*_LINALG_INVERTERS, message="the exercise asks for the formula: "
                      "no np.linalg.inv, solve, det or pinv (raising np.linalg.LinAlgError "
                      "is fine: it is a ValueError)")],
        requirements=["the formula, not np.linalg's inv, solve or det",
                      "ValueError on a singular matrix",
                      "singular up to rounding: |ad - bc| <= 1e-12 (|ad| + |bc|)",
                      "relative, not absolute: tiny entries are not singular"],
        mistakes=[
            Mistake(lambda A: np.array([[A[1][1], -A[1][0]], [-A[0][1], A[0][0]]])
                    / (A[0][0] * A[1][1] - A[0][1] * A[1][0]),
                    "you put -c top right and -b bottom left: that is the transpose of the "
                    "inverse. The top row is (d, -b), the bottom row (-c, a).", "transposed"),
            Mistake(lambda A: np.array([[A[1][1], -A[0][1]], [-A[1][0], A[0][0]]]),
                    "you forgot to divide by the determinant ad - bc.", "known-mistake"),
            Mistake(lambda A: np.array([[A[1][1], A[0][1]], [A[1][0], A[0][0]]])
                    / (A[0][0] * A[1][1] - A[0][1] * A[1][0]),
                    "the off-diagonal entries change sign: the top row is (d, -b), the "
                    "bottom row (-c, a).", "known-mistake"),
            Mistake(lambda A: np.array([[A[0][0], -A[0][1]], [-A[1][0], A[1][1]]])
                    / (A[0][0] * A[1][1] - A[0][1] * A[1][0]),
                    "a and d swap places in the inverse: the top row is (d, -b), the bottom "
                    "row (-c, a).", "known-mistake"),
            Mistake(lambda A: np.array([[A[1][1], -A[0][1]], [-A[1][0], A[0][0]]])
                    * (A[0][0] * A[1][1] - A[0][1] * A[1][0]),
                    "you multiplied by the determinant; divide by it.", "reciprocal"),
            Mistake(lambda A: np.array([[A[1][1], -A[0][1]], [-A[1][0], A[0][0]]])
                    / (A[0][0] * A[1][1] + A[0][1] * A[1][0]),
                    "the determinant is ad - bc, a difference: you added bc.",
                    "known-mistake"),
        ],
        hints=("Swap a and d, change the signs of b and c, divide by ad - bc; and decide "
               "'singular' by comparing |ad - bc| with |ad| + |bc|.",
               "(a, b), (c, d) = A; det = a * d - b * c; if abs(det) <= 1e-12 * (abs(a * d) "
               "+ abs(b * c)): raise ValueError('singular matrix'); return "
               "np.array([[d, -b], [-c, a]]) / det."),
    ),
    Exercise(
        "mm-inverse-product", name="inverse_of_product",
        reference=lambda A_inv, B_inv: B_inv @ A_inv, seed=307, cases=_inv_product_cases,
        rules=[forbid("np.linalg", "inverse_2x2", message="the exercise asks you not to "
                      "invert anything: combine the two inverses you are given")],
        requirements=["undo the last map first: B^-1 A^-1", "no inverting"],
        mistakes=[
            Mistake(lambda A_inv, B_inv: A_inv @ B_inv, "you kept the order: (AB)^-1 is "
                    "B^-1 A^-1. AB applies B first, so undoing it removes A first: shoes off "
                    "before socks.", "wrong-order"),
            Mistake(lambda A_inv, B_inv: A_inv * B_inv, "* multiplies entry by entry; the "
                    "inverse of a product is the matrix product B_inv @ A_inv.",
                    "known-mistake"),
            Mistake(lambda A_inv, B_inv: B_inv * A_inv, "* multiplies entry by entry; the "
                    "inverse of a product is the matrix product B_inv @ A_inv.",
                    "known-mistake"),
        ],
        hints=("AB means 'apply B, then A'. Which map must be undone first?",
               "return B_inv @ A_inv."),
    ),
    Exercise(
        "mm-solve", name="solve", reference=lambda A, b: np.linalg.solve(A, b), seed=308,
        cases=_solve_cases, rtol=SOLVE_RTOL,
        rules=[forbid("np.inv", "np.pinv", "np.matrix_power", "np.tensorinv", "inv", "pinv",
                      "matrix_power", message=_NO_INVERSE),
               Rule(_NO_INVERSE, _solves_against_identity, "forbid")],
        requirements=["no inverse: no inv, pinv or matrix_power, no solving against the "
                      "identity", "accurate on a nearly singular matrix"],
        mistakes=[
            Mistake(lambda A, b: np.linalg.inv(A) @ b, "that is the inverse route, "
                    "inv(A) @ b (or solve(A, I) @ b, which forms the same inverse): on the "
                    "Hilbert matrix it loses two more digits than np.linalg.solve(A, b).",
                    "inaccurate"),
            Mistake(lambda A, b: np.linalg.solve(A.T, b), "you solved with the transpose "
                    "of A; solve A x = b.", "transposed"),
            Mistake(lambda A, b: A @ b, "A @ b applies A to b; solving goes the other way: "
                    "np.linalg.solve(A, b) finds the x with A @ x = b.", "known-mistake"),
            Mistake(lambda A, b: b / np.diag(A), "dividing b by the diagonal of A only works "
                    "for a diagonal matrix: use np.linalg.solve(A, b).", "known-mistake"),
        ],
        hints=("NumPy has a function that solves A x = b directly, without the inverse.",
               "return np.linalg.solve(A, b)."),
    ),
    Exercise(
        "mm-attention", name="attention_scores", reference=_attention, seed=309,
        cases=_attention_cases,
        requirements=["divide by sqrt(d), d the last axis", "queries in the rows, keys in "
                      "the columns", "stacks: transpose only the last two axes of K"],
        mistakes=[
            Mistake(lambda Q, K: Q @ np.swapaxes(K, -1, -2), "you left out the scale: divide "
                    "the scores by sqrt(d).", "factor-quantity"),
            Mistake(lambda Q, K: Q @ np.swapaxes(K, -1, -2) / Q.shape[-1], "divide by the "
                    "square root of d, not by d itself.", "factor-quantity"),
            Mistake(lambda Q, K: Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-2]),
                    "d is the length of each query and key, the LAST axis: Q.shape[-1], "
                    "not the number of tokens.", "factor-quantity"),
            Mistake(lambda Q, K: Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[1]),
                    "Q.shape[1] is d only for a 2-D Q; in a stack it is the number of "
                    "queries. Use Q.shape[-1].", "factor-quantity"),
            Mistake(lambda Q, K: K @ np.swapaxes(Q, -1, -2) / np.sqrt(Q.shape[-1]),
                    "that is K Q^T: keys in the rows. Entry (i, j) is query i against key "
                    "j: Q @ K^T.", "transposed"),
            Mistake(lambda Q, K: Q @ np.swapaxes(K, -1, -2) / np.sqrt(K.shape[-2]),
                    "you divided by the square root of the number of keys; d is the length "
                    "of each query and key, the LAST axis: Q.shape[-1].", "factor-quantity"),
            Mistake(_softmax_scores, "you applied the softmax: the exercise asks for the "
                    "scores themselves, Q K^T / sqrt(d), before any softmax.",
                    "known-mistake"),
            Mistake(_attention_no_swap, "K.T reverses ALL the axes of a stack; transpose "
                    "only the last two: np.swapaxes(K, -1, -2), which works for 2-D, 3-D and "
                    "4-D alike.", "known-mistake"),
        ],
        hints=("Entry (i, j) is the dot product of query i with key j, divided by sqrt(d).",
               "d = Q.shape[-1]; return Q @ np.swapaxes(K, -1, -2) / np.sqrt(d)."),
    ),
])
