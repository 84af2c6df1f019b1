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
"""

from __future__ import annotations

import numpy as np

from ..check import Alternative, Case, Mistake
from ..rules import forbid, must_call, needs_loop, no_row_loop
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
