"""Learner answers for the matrix multiplication practice notebook
(exercises/matrix_multiplication.md).

What learners type: C[j, i] for C[i, j], ``=`` for ``+=``, a k loop that
stops early, ``np.zeros_like(A)``, rows for columns in the outer products,
``len(A)`` for the inner dimension, multiplications only in the flop count,
the bias after the ReLU, ``np.max`` for ``np.maximum``, the dearer or a fixed
order of the chain, a guessed k; and correct answers in other forms (a
generator ``sum``, lists of lists, float32, the n - 1 additions count,
``np.clip`` or ``Z * (Z > 0)`` for the ReLU, SymPy's solve). For the inverse,
solving and attention: ``det == 0``, an absolute threshold or ``np.isclose``
for "singular", a ZeroDivisionError or None instead of ValueError, b and c
swapped, A^-1 B^-1 for (AB)^-1, inv or pinv or solve(A, I) for solving,
``K.T`` on a stack, ``Q.shape[1]`` for d; correct answers with lists, lstsq,
QR, einsum.
"""

from fractions import Fraction

from . import right, wrong

PRELUDE = '''
def matmul_flops(m, n, p):
    return 2 * m * n * p
'''

ENTRIES = [
    # -- mm-loop: wrong ---------------------------------------------------------------
    wrong("mm-loop", "the @ operator", '''
def matmul(A, B):
    return A @ B
''', "requirement"),
    wrong("mm-loop", "np.sum over k", '''
def matmul(A, B):
    m, p = A.shape[0], B.shape[1]
    C = np.zeros((m, p))
    for i in range(m):
        for j in range(p):
            C[i, j] = np.sum(A[i, :] * B[:, j])
    return C
''', "requirement"),
    wrong("mm-loop", "row @ column in a double loop", '''
def matmul(A, B):
    C = np.zeros((A.shape[0], B.shape[1]))
    for i in range(A.shape[0]):
        for j in range(B.shape[1]):
            C[i, j] = A[i] @ B[:, j]
    return C
''', "requirement"),
    wrong("mm-loop", "entry by entry product", '''
def matmul(A, B):
    return A * B
''', "requirement"),
    wrong("mm-loop", "C[j, i] in a square result", '''
def matmul(A, B):
    m, n = A.shape
    p = B.shape[1]
    C = np.zeros((p, m))
    for i in range(m):
        for j in range(p):
            for k in range(n):
                C[j, i] += A[i, k] * B[k, j]
    return C
''', "transposed"),
    wrong("mm-loop", "= instead of +=", '''
def matmul(A, B):
    m, n = A.shape
    p = B.shape[1]
    C = np.zeros((m, p))
    for i in range(m):
        for j in range(p):
            for k in range(n):
                C[i, j] = A[i, k] * B[k, j]
    return C
''', "known-mistake"),
    wrong("mm-loop", "k stops one early", '''
def matmul(A, B):
    m, n = A.shape
    p = B.shape[1]
    C = np.zeros((m, p))
    for i in range(m):
        for j in range(p):
            for k in range(n - 1):
                C[i, j] += A[i, k] * B[k, j]
    return C
''', "off-by-one"),
    wrong("mm-loop", "integer result array", '''
def matmul(A, B):
    m, n = A.shape
    p = B.shape[1]
    C = np.zeros((m, p), dtype=int)
    for i in range(m):
        for j in range(p):
            for k in range(n):
                C[i, j] += A[i, k] * B[k, j]
    return C
''', "integer-truncated"),
    wrong("mm-loop", "integer result filled by assignment", '''
def matmul(A, B):
    m, n = A.shape
    p = B.shape[1]
    C = np.zeros((m, p), dtype=int)
    for i in range(m):
        for j in range(p):
            total = 0.0
            for k in range(n):
                total += A[i, k] * B[k, j]
            C[i, j] = total
    return C
''', "integer-truncated"),
    wrong("mm-loop", "zeros_like(A)", '''
def matmul(A, B):
    m, n = A.shape
    p = B.shape[1]
    C = np.zeros_like(A, dtype=float)
    for i in range(m):
        for j in range(min(p, n)):
            for k in range(n):
                C[i, j] += A[i, k] * B[k, j]
    return C
''', "wrong-shape"),
    wrong("mm-loop", "p from the wrong axis of B", '''
def matmul(A, B):
    m, n = A.shape
    p = B.shape[0]
    C = np.zeros((m, p))
    for i in range(m):
        for j in range(p):
            for k in range(n):
                C[i, j] += A[i, k] * B[k, j % B.shape[1]]
    return C
''', "wrong-shape"),
    wrong("mm-loop", "B indexed [j, k]", '''
def matmul(A, B):
    m, n = A.shape
    p = B.shape[1]
    C = np.zeros((m, p))
    for i in range(m):
        for j in range(p):
            for k in range(n):
                C[i, j] += A[i, k] * B[j, k]
    return C
''', "wrong-axis"),
    wrong("mm-loop", "return inside the loops", '''
def matmul(A, B):
    m, n = A.shape
    p = B.shape[1]
    C = np.zeros((m, p))
    for i in range(m):
        for j in range(p):
            for k in range(n):
                C[i, j] += A[i, k] * B[k, j]
        return C
''', "early-return"),
    wrong("mm-loop", "while loop without increment", '''
def matmul(A, B):
    m, n = A.shape
    p = B.shape[1]
    C = np.zeros((m, p))
    for i in range(m):
        for j in range(p):
            k = 0
            while k < n:
                C[i, j] += A[i, k] * B[k, j]
    return C
''', "timeout"),
    wrong("mm-loop", "prints C", '''
def matmul(A, B):
    m, n = A.shape
    p = B.shape[1]
    C = np.zeros((m, p))
    for i in range(m):
        for j in range(p):
            for k in range(n):
                C[i, j] += A[i, k] * B[k, j]
    print(C)
''', "printed-not-returned"),
    wrong("mm-loop", "stub left in place", '''
def matmul(A, B):
    raise NotImplementedError("your code here")
''', "not-attempted"),

    # -- mm-loop: right ---------------------------------------------------------------
    right("mm-loop", "lists of lists, generator sum", '''
def matmul(A, B):
    n, p = B.shape
    return [[sum(A[i, k] * B[k, j] for k in range(n)) for j in range(p)]
            for i in range(A.shape[0])]
'''),
    right("mm-loop", "running total per entry", '''
def matmul(A, B):
    m, n = A.shape
    p = B.shape[1]
    C = np.empty((m, p))
    for i in range(m):
        for j in range(p):
            total = 0
            for k in range(n):
                total = total + A[i][k] * B[k][j]
            C[i, j] = total
    return C
'''),
    right("mm-loop", "float32 result", '''
def matmul(A, B):
    m, n = A.shape
    p = B.shape[1]
    C = np.zeros((m, p), dtype=np.float32)
    for i in range(m):
        for j in range(p):
            for k in range(n):
                C[i, j] += A[i, k] * B[k, j]
    return C
'''),
    right("mm-loop", "exact fractions in lists", '''
def matmul(A, B):
    m, n = A.shape
    p = B.shape[1]
    C = [[Fraction(0)] * p for _ in range(m)]
    for i in range(m):
        for j in range(p):
            for k in range(n):
                C[i][j] += Fraction(float(A[i, k])) * Fraction(float(B[k, j]))
    return C
'''),
    right("mm-loop", "SymPy matrix from the definition", '''
def matmul(A, B):
    n = A.shape[1]
    return sp.Matrix(A.shape[0], B.shape[1],
                     lambda i, j: sum(A[i, k] * B[k, j] for k in range(n)))
'''),
    right("mm-loop", "k outermost", '''
def matmul(A, B):
    m, n = A.shape
    p = B.shape[1]
    C = np.zeros((m, p))
    for k in range(n):
        for i in range(m):
            for j in range(p):
                C[i, j] += A[i, k] * B[k, j]
    return C
'''),
    right("mm-loop", "zip over the rows and columns", '''
def matmul(A, B):
    return np.array([[math.fsum(a * b for a, b in zip(row, col)) for col in B.T]
                     for row in A])
'''),

    # -- mm-outer: wrong --------------------------------------------------------------
    wrong("mm-outer", "row k of A and column k of B", '''
def matmul_outer(A, B):
    C = np.zeros((A.shape[0], B.shape[1]))
    for k in range(A.shape[1]):
        C += np.outer(A[k, :], B[:, k])
    return C
''', "wrong-axis"),
    wrong("mm-outer", "outer of B and A", '''
def matmul_outer(A, B):
    C = 0
    for k in range(A.shape[1]):
        C = C + np.outer(B[k, :], A[:, k])
    return C
''', "transposed"),
    wrong("mm-outer", "only the last outer product", '''
def matmul_outer(A, B):
    C = np.zeros((A.shape[0], B.shape[1]))
    for k in range(A.shape[1]):
        C = np.outer(A[:, k], B[k, :])
    return C
''', "known-mistake"),
    wrong("mm-outer", "len(A) for the inner dimension", '''
def matmul_outer(A, B):
    C = np.zeros((A.shape[0], B.shape[1]))
    for k in range(len(A)):
        C += np.outer(A[:, k], B[k, :])
    return C
''', "known-mistake"),
    wrong("mm-outer", "column k of both", '''
def matmul_outer(A, B):
    C = np.zeros((A.shape[0], B.shape[1]))
    for k in range(A.shape[1]):
        C += np.outer(A[:, k], B[:, k])
    return C
''', "wrong-axis"),
    wrong("mm-outer", "integer accumulator", '''
def matmul_outer(A, B):
    C = np.zeros((A.shape[0], B.shape[1]), dtype=int)
    for k in range(A.shape[1]):
        C += np.outer(A[:, k], B[k, :])
    return C
''', "exception"),
    wrong("mm-outer", "broadcasting instead of np.outer", '''
def matmul_outer(A, B):
    C = np.zeros((A.shape[0], B.shape[1]))
    for k in range(A.shape[1]):
        C += A[:, [k]] * B[[k], :]
    return C
''', "requirement"),
    wrong("mm-outer", "matrix product of a column and a row", '''
def matmul_outer(A, B):
    C = np.zeros((A.shape[0], B.shape[1]))
    for k in range(A.shape[1]):
        C += np.outer(A[:, k], B[k, :])
    return A @ B
''', "requirement"),
    wrong("mm-outer", "no loop: one outer product", '''
def matmul_outer(A, B):
    return np.outer(A, B)
''', "requirement"),
    wrong("mm-outer", "range(1, n)", '''
def matmul_outer(A, B):
    C = np.zeros((A.shape[0], B.shape[1]))
    for k in range(1, A.shape[1]):
        C += np.outer(A[:, k], B[k, :])
    return C
''', "off-by-one"),
    wrong("mm-outer", "forgot return", '''
def matmul_outer(A, B):
    C = np.zeros((A.shape[0], B.shape[1]))
    for k in range(A.shape[1]):
        C += np.outer(A[:, k], B[k, :])
''', "none"),

    # -- mm-outer: right --------------------------------------------------------------
    right("mm-outer", "generator sum", '''
def matmul_outer(A, B):
    return sum(np.outer(A[:, k], B[k]) for k in range(A.shape[1]))
'''),
    right("mm-outer", "zip over A.T and B", '''
def matmul_outer(A, B):
    C = 0.0
    for a, b in zip(A.T, B):
        C = C + np.outer(a, b)
    return C
'''),
    right("mm-outer", "float32", '''
def matmul_outer(A, B):
    C = np.zeros((A.shape[0], B.shape[1]), dtype=np.float32)
    for k in range(A.shape[1]):
        C += np.outer(A[:, k], B[k, :]).astype(np.float32)
    return C
'''),
    right("mm-outer", "list of outer products, then np.add.reduce", '''
def matmul_outer(A, B):
    terms = [np.outer(A[:, k], B[k, :]) for k in range(B.shape[0])]
    return np.add.reduce(terms)
'''),

    # -- mm-flops: wrong --------------------------------------------------------------
    wrong("mm-flops", "multiplications only", '''
def matmul_flops(m, n, p):
    return m * n * p
''', "factor"),
    wrong("mm-flops", "forgets n", '''
def matmul_flops(m, n, p):
    return 2 * m * p
''', "factor-quantity"),
    wrong("mm-flops", "gigaflops", '''
def matmul_flops(m, n, p):
    return 2 * m * n * p / 1e9
''', "typo-huge"),
    wrong("mm-flops", "one addition too many", '''
def matmul_flops(m, n, p):
    return m * p * (2 * n + 1)
''', "off-by-one"),
    wrong("mm-flops", "sizes of the matrices", '''
def matmul_flops(m, n, p):
    return m * n + n * p
''', "generic"),
    wrong("mm-flops", "two n, no p", '''
def matmul_flops(m, n, p):
    return 2 * m * n * n
''', "generic"),
    wrong("mm-flops", "assumes square matrices", '''
def matmul_flops(m, n, p):
    return 2 * n ** 3
''', "known-mistake"),
    wrong("mm-flops", "forgets m", '''
def matmul_flops(m, n, p):
    return 2 * n * p
''', "factor-quantity"),
    wrong("mm-flops", "text", '''
def matmul_flops(m, n, p):
    return f"{2 * m * n * p} flops"
''', "wrong-type"),
    wrong("mm-flops", "prints", '''
def matmul_flops(m, n, p):
    print(2 * m * n * p)
''', "printed-not-returned"),
    wrong("mm-flops", "a value, not a function", "matmul_flops = 2 * 2 * 3 * 4\n",
          "not-a-function"),
    wrong("mm-flops", "counts by running a loop, off by one", '''
def matmul_flops(m, n, p):
    count = 0
    for i in range(m):
        for j in range(p):
            for k in range(1, n):
                count += 2
    return count
''', "off-by-one"),

    # -- mm-flops: right --------------------------------------------------------------
    right("mm-flops", "n - 1 additions per entry", '''
def matmul_flops(m, n, p):
    return m * p * (2 * n - 1)
'''),
    right("mm-flops", "multiplications plus additions", '''
def matmul_flops(m, n, p):
    mults = m * n * p
    adds = m * n * p
    return mults + adds
'''),
    right("mm-flops", "SymPy integer", '''
def matmul_flops(m, n, p):
    return sp.Integer(2) * m * n * p
'''),
    right("mm-flops", "float", '''
def matmul_flops(m, n, p):
    return 2.0 * m * n * p
'''),
    right("mm-flops", "NumPy integer", '''
def matmul_flops(m, n, p):
    return np.prod([2, m, n, p])
'''),
    right("mm-flops", "counted by a loop", '''
def matmul_flops(m, n, p):
    count = 0
    for i in range(m):
        for j in range(p):
            count += 2 * n
    return count
'''),

    # -- mm-dense: wrong --------------------------------------------------------------
    wrong("mm-dense", "no ReLU", '''
def forward(X, W1, b1, W2, b2):
    return (X @ W1 + b1) @ W2 + b2
''', "known-mistake"),
    wrong("mm-dense", "ReLU on the output too", '''
def forward(X, W1, b1, W2, b2):
    H = np.maximum(X @ W1 + b1, 0)
    return np.maximum(H @ W2 + b2, 0)
''', "known-mistake"),
    wrong("mm-dense", "np.max for np.maximum", '''
def forward(X, W1, b1, W2, b2):
    H = np.max(X @ W1 + b1, 0)
    return H @ W2 + b2
''', "known-mistake"),
    wrong("mm-dense", "builtin max", '''
def forward(X, W1, b1, W2, b2):
    H = max(X @ W1 + b1, 0)
    return H @ W2 + b2
''', "exception"),
    wrong("mm-dense", "bias after the ReLU", '''
def forward(X, W1, b1, W2, b2):
    H = np.maximum(X @ W1, 0) + b1
    return H @ W2 + b2
''', "known-mistake"),
    wrong("mm-dense", "forgot the second bias", '''
def forward(X, W1, b1, W2, b2):
    H = np.maximum(X @ W1 + b1, 0)
    return H @ W2
''', "known-mistake"),
    wrong("mm-dense", "sigmoid instead of ReLU", '''
def forward(X, W1, b1, W2, b2):
    H = 1 / (1 + np.exp(-(X @ W1 + b1)))
    return H @ W2 + b2
''', "known-mistake"),
    wrong("mm-dense", "absolute value instead of ReLU", '''
def forward(X, W1, b1, W2, b2):
    H = np.abs(X @ W1 + b1)
    return H @ W2 + b2
''', "known-mistake"),
    wrong("mm-dense", "weights on the left", '''
def forward(X, W1, b1, W2, b2):
    H = np.maximum(W1 @ X + b1, 0)
    return W2 @ H + b2
''', "exception"),
    wrong("mm-dense", "loop over the samples", '''
def forward(X, W1, b1, W2, b2):
    out = []
    for x in X:
        h = np.maximum(x @ W1 + b1, 0)
        out.append(h @ W2 + b2)
    return np.array(out)
''', "requirement"),
    wrong("mm-dense", "loop over sample indices", '''
def forward(X, W1, b1, W2, b2):
    out = np.zeros((X.shape[0], W2.shape[1]))
    for i in range(X.shape[0]):
        out[i] = np.maximum(X[i] @ W1 + b1, 0) @ W2 + b2
    return out
''', "requirement"),
    wrong("mm-dense", "comprehension over the samples", '''
def forward(X, W1, b1, W2, b2):
    return np.array([np.maximum(x @ W1 + b1, 0) @ W2 + b2 for x in X])
''', "requirement"),
    wrong("mm-dense", "returns the hidden layer", '''
def forward(X, W1, b1, W2, b2):
    return np.maximum(X @ W1 + b1, 0)
''', "wrong-shape"),
    wrong("mm-dense", "transposed output", '''
def forward(X, W1, b1, W2, b2):
    H = np.maximum(X @ W1 + b1, 0)
    return (H @ W2 + b2).T
''', "transposed"),
    wrong("mm-dense", "ReLU in place on the input", '''
def forward(X, W1, b1, W2, b2):
    X[X < 0] = 0
    return (X @ W1 + b1) @ W2 + b2
''', "input-mutated"),

    # -- mm-dense: right --------------------------------------------------------------
    right("mm-dense", "np.clip", '''
def forward(X, W1, b1, W2, b2):
    H = np.clip(X @ W1 + b1, 0, None)
    return H @ W2 + b2
'''),
    right("mm-dense", "mask multiplication", '''
def forward(X, W1, b1, W2, b2):
    Z = X @ W1 + b1
    return (Z * (Z > 0)) @ W2 + b2
'''),
    right("mm-dense", "boolean assignment on the new array", '''
def forward(X, W1, b1, W2, b2):
    Z = np.dot(X, W1) + b1
    Z[Z < 0] = 0
    return np.dot(Z, W2) + b2
'''),
    right("mm-dense", "float32 weights", '''
def forward(X, W1, b1, W2, b2):
    f = np.float32
    H = np.maximum(X.astype(f) @ W1.astype(f) + b1.astype(f), 0)
    return H @ W2.astype(f) + b2.astype(f)
'''),
    right("mm-dense", "a loop over the layers", '''
def forward(X, W1, b1, W2, b2):
    layers = [(W1, b1), (W2, b2)]
    H = X
    for i, (W, b) in enumerate(layers):
        H = H @ W + b
        if i < len(layers) - 1:
            H = np.maximum(H, 0)
    return H
'''),
    right("mm-dense", "(Z + |Z|) / 2", '''
def forward(X, W1, b1, W2, b2):
    Z = X @ W1 + b1
    return ((Z + np.abs(Z)) / 2) @ W2 + b2
'''),

    # -- mm-chain: wrong --------------------------------------------------------------
    wrong("mm-chain", "the dearer order", '''
def best_chain_flops(m, n, p, q):
    left = matmul_flops(m, n, p) + matmul_flops(m, p, q)
    right = matmul_flops(n, p, q) + matmul_flops(m, n, q)
    return max(left, right)
''', "known-mistake"),
    wrong("mm-chain", "always (AB)C", '''
def best_chain_flops(m, n, p, q):
    return matmul_flops(m, n, p) + matmul_flops(m, p, q)
''', "known-mistake"),
    wrong("mm-chain", "always A(BC)", '''
def best_chain_flops(m, n, p, q):
    return matmul_flops(n, p, q) + matmul_flops(m, n, q)
''', "known-mistake"),
    wrong("mm-chain", "formula inline", '''
def best_chain_flops(m, n, p, q):
    return min(2 * m * n * p + 2 * m * p * q, 2 * n * p * q + 2 * m * n * q)
''', "requirement"),
    wrong("mm-chain", "second product with the old shapes", '''
def best_chain_flops(m, n, p, q):
    left = matmul_flops(m, n, p) + matmul_flops(n, p, q)
    right = matmul_flops(n, p, q) + matmul_flops(m, n, p)
    return min(left, right)
''', "known-mistake"),
    wrong("mm-chain", "A(BC) costed with m, p, q", '''
def best_chain_flops(m, n, p, q):
    left = matmul_flops(m, n, p) + matmul_flops(m, p, q)
    right = matmul_flops(n, p, q) + matmul_flops(m, p, q)
    return min(left, right)
''', "generic"),
    wrong("mm-chain", "both costs", '''
def best_chain_flops(m, n, p, q):
    left = matmul_flops(m, n, p) + matmul_flops(m, p, q)
    right = matmul_flops(n, p, q) + matmul_flops(m, n, q)
    return left, right
''', "wrong-shape"),
    wrong("mm-chain", "the name of the order", '''
def best_chain_flops(m, n, p, q):
    left = matmul_flops(m, n, p) + matmul_flops(m, p, q)
    right = matmul_flops(n, p, q) + matmul_flops(m, n, q)
    return "(AB)C" if left <= right else "A(BC)"
''', "wrong-type"),
    wrong("mm-chain", "the total of both orders", '''
def best_chain_flops(m, n, p, q):
    left = matmul_flops(m, n, p) + matmul_flops(m, p, q)
    right = matmul_flops(n, p, q) + matmul_flops(m, n, q)
    return left + right
''', "known-mistake"),
    wrong("mm-chain", "matmul_flops still a stub", '''
def matmul_flops(m, n, p):
    raise NotImplementedError("your code here")


def best_chain_flops(m, n, p, q):
    left = matmul_flops(m, n, p) + matmul_flops(m, p, q)
    right = matmul_flops(n, p, q) + matmul_flops(m, n, q)
    return min(left, right)
''', "unfinished-dependency"),
    wrong("mm-chain", "compares the first products only", '''
def best_chain_flops(m, n, p, q):
    if matmul_flops(m, n, p) < matmul_flops(n, p, q):
        return matmul_flops(m, n, p) + matmul_flops(m, p, q)
    return matmul_flops(n, p, q) + matmul_flops(m, n, q)
''', "known-mistake"),
    wrong("mm-chain", "True for the first order", '''
def best_chain_flops(m, n, p, q):
    left = matmul_flops(m, n, p) + matmul_flops(m, p, q)
    right = matmul_flops(n, p, q) + matmul_flops(m, n, q)
    return left < right
''', "bool-for-number"),

    # -- mm-chain: right --------------------------------------------------------------
    right("mm-chain", "conditional expression", '''
def best_chain_flops(m, n, p, q):
    ab_c = matmul_flops(m, n, p) + matmul_flops(m, p, q)
    a_bc = matmul_flops(n, p, q) + matmul_flops(m, n, q)
    return ab_c if ab_c < a_bc else a_bc
'''),
    right("mm-chain", "with the n - 1 count", '''
def matmul_flops(m, n, p):
    return m * p * (2 * n - 1)


def best_chain_flops(m, n, p, q):
    left = matmul_flops(m, n, p) + matmul_flops(m, p, q)
    right = matmul_flops(n, p, q) + matmul_flops(m, n, q)
    return min(left, right)
'''),
    right("mm-chain", "min over a list of orders", '''
def best_chain_flops(m, n, p, q):
    costs = [matmul_flops(m, n, p) + matmul_flops(m, p, q),
             matmul_flops(n, p, q) + matmul_flops(m, n, q)]
    return min(costs)
'''),
    right("mm-chain", "np.minimum of NumPy integers", '''
def best_chain_flops(m, n, p, q):
    left = np.int64(matmul_flops(m, n, p) + matmul_flops(m, p, q))
    right = np.int64(matmul_flops(n, p, q) + matmul_flops(m, n, q))
    return np.minimum(left, right)
'''),

    # -- mm-commute -------------------------------------------------------------------
    wrong("mm-commute", "still None", "k = None\n", "not-attempted"),
    wrong("mm-commute", "k = 1", "k = 1\n", "known-mistake"),
    wrong("mm-commute", "ratio of the stretches, 3/2", "k = 3 / 2\n", "known-mistake"),
    wrong("mm-commute", "ratio of the stretches, 2/3", "k = 2 / 3\n", "known-mistake"),
    wrong("mm-commute", "any k", 'k = "any"\n', "wrong-type"),
    wrong("mm-commute", "the symbol", 'k = sp.Symbol("k")\n', "wrong-type"),
    wrong("mm-commute", "a comparison", "k = 3 * 0 == 2 * 0\n", "bool-for-number"),
    wrong("mm-commute", "the commuting matrix", "k = np.array([[1, 0], [0, 1]])\n",
          "wrong-shape"),
    wrong("mm-commute", "adds the stretches", "k = 5\n", "generic"),
    right("mm-commute", "sp.solve", '''
s = sp.Symbol("k")
k = sp.solve(sp.Eq(3 * s, 2 * s), s)
'''),
    right("mm-commute", "float", "k = 0.0\n"),
    right("mm-commute", "SymPy zero", "k = sp.Integer(0)\n"),
    right("mm-commute", "fraction", Fraction(0), name="k"),
    right("mm-commute", "negative zero", "k = -0.0\n"),
    # -- mm-inverse -------------------------------------------------------------------
    wrong("mm-inverse", "np.linalg.inv", '''
def inverse_2x2(A):
    return np.linalg.inv(A)
''', "requirement"),
    wrong("mm-inverse", "no singular check", '''
def inverse_2x2(A):
    (a, b), (c, d) = A
    return np.array([[d, -b], [-c, a]]) / (a * d - b * c)
''', "requirement"),
    wrong("mm-inverse", "det == 0", '''
def inverse_2x2(A):
    (a, b), (c, d) = A
    det = a * d - b * c
    if det == 0:
        raise ValueError("singular")
    return np.array([[d, -b], [-c, a]]) / det
''', "requirement"),
    wrong("mm-inverse", "absolute threshold", '''
def inverse_2x2(A):
    a, b, c, d = A[0, 0], A[0, 1], A[1, 0], A[1, 1]
    det = a * d - b * c
    if abs(det) < 1e-10:
        raise ValueError("matrix is singular")
    return np.array([[d, -b], [-c, a]]) / det
''', "exception"),
    wrong("mm-inverse", "np.isclose(det, 0)", '''
def inverse_2x2(A):
    (a, b), (c, d) = A
    det = a * d - b * c
    if np.isclose(det, 0):
        raise ValueError("singular")
    return np.array([[d, -b], [-c, a]]) / det
''', "exception"),
    wrong("mm-inverse", "raises ZeroDivisionError", '''
def inverse_2x2(A):
    (a, b), (c, d) = A
    det = a * d - b * c
    if abs(det) <= 1e-12 * (abs(a * d) + abs(b * c)):
        raise ZeroDivisionError("singular")
    return np.array([[d, -b], [-c, a]]) / det
''', "exception"),
    wrong("mm-inverse", "returns None when singular", '''
def inverse_2x2(A):
    (a, b), (c, d) = A
    det = a * d - b * c
    if abs(det) <= 1e-12 * (abs(a * d) + abs(b * c)):
        return None
    return np.array([[d, -b], [-c, a]]) / det
''', "requirement"),
    wrong("mm-inverse", "b and c swapped (the transpose)", '''
def inverse_2x2(A):
    (a, b), (c, d) = A
    det = a * d - b * c
    if abs(det) <= 1e-12 * (abs(a * d) + abs(b * c)):
        raise ValueError("singular")
    return np.array([[d, -c], [-b, a]]) / det
''', "transposed"),
    wrong("mm-inverse", "forgot to divide", '''
def inverse_2x2(A):
    (a, b), (c, d) = A
    det = a * d - b * c
    if abs(det) <= 1e-12 * (abs(a * d) + abs(b * c)):
        raise ValueError("singular")
    return np.array([[d, -b], [-c, a]])
''', "known-mistake"),
    wrong("mm-inverse", "no sign change", '''
def inverse_2x2(A):
    (a, b), (c, d) = A
    det = a * d - b * c
    if abs(det) <= 1e-12 * (abs(a * d) + abs(b * c)):
        raise ValueError("singular")
    return np.array([[d, b], [c, a]]) / det
''', "known-mistake"),
    wrong("mm-inverse", "multiplies by det", '''
def inverse_2x2(A):
    (a, b), (c, d) = A
    det = a * d - b * c
    if abs(det) <= 1e-12 * (abs(a * d) + abs(b * c)):
        raise ValueError("singular")
    return det * np.array([[d, -b], [-c, a]])
''', "reciprocal"),
    wrong("mm-inverse", "det = ad + bc", '''
def inverse_2x2(A):
    (a, b), (c, d) = A
    det = a * d + b * c
    if abs(det) <= 1e-12 * (abs(a * d) + abs(b * c)):
        raise ValueError("singular")
    return np.array([[d, -b], [-c, a]]) / det
''', "known-mistake"),
    right("mm-inverse", "the stated test", '''
def inverse_2x2(A):
    (a, b), (c, d) = A
    det = a * d - b * c
    if abs(det) <= 1e-12 * (abs(a * d) + abs(b * c)):
        raise ValueError("A is singular")
    return np.array([[d, -b], [-c, a]]) / det
'''),
    right("mm-inverse", "indexing, lists, a scale factor", '''
def inverse_2x2(A):
    a, b, c, d = A[0][0], A[0][1], A[1][0], A[1][1]
    det = a * d - b * c
    if abs(det) <= 1e-12 * (abs(a * d) + abs(b * c)):
        raise ValueError("singular")
    s = 1 / det
    return [[s * d, -s * b], [-s * c, s * a]]
'''),
    right("mm-inverse", "raises np.linalg.LinAlgError (a ValueError)", '''
def inverse_2x2(A):
    (a, b), (c, d) = A
    det = a * d - b * c
    if abs(det) <= 1e-12 * (abs(a * d) + abs(b * c)):
        raise np.linalg.LinAlgError("Singular matrix")
    return np.array([[d, -b], [-c, a]]) / det
'''),
    wrong("mm-inverse", "np.linalg.solve against the identity", '''
def inverse_2x2(A):
    (a, b), (c, d) = A
    if abs(a * d - b * c) <= 1e-12 * (abs(a * d) + abs(b * c)):
        raise ValueError("singular")
    return np.linalg.solve(A, np.eye(2))
''', "requirement"),
    right("mm-inverse", "max instead of the sum", '''
def inverse_2x2(A):
    (a, b), (c, d) = A
    det = a * d - b * c
    if abs(det) <= 1e-12 * max(abs(a * d), abs(b * c)):
        raise ValueError("singular")
    return np.array([[d, -b], [-c, a]]) / det
'''),
    # -- mm-inverse-product -----------------------------------------------------------
    wrong("mm-inverse-product", "same order", '''
def inverse_of_product(A_inv, B_inv):
    return A_inv @ B_inv
''', "wrong-order"),
    wrong("mm-inverse-product", "inverts back", '''
def inverse_of_product(A_inv, B_inv):
    return np.linalg.inv(np.linalg.inv(A_inv) @ np.linalg.inv(B_inv))
''', "requirement"),
    wrong("mm-inverse-product", "entrywise", '''
def inverse_of_product(A_inv, B_inv):
    return A_inv * B_inv
''', "known-mistake"),
    wrong("mm-inverse-product", "entrywise, reversed", '''
def inverse_of_product(A_inv, B_inv):
    return B_inv * A_inv
''', "known-mistake"),
    wrong("mm-inverse-product", "transposes", '''
def inverse_of_product(A_inv, B_inv):
    return B_inv.T @ A_inv.T
''', "generic"),
    wrong("mm-inverse-product", "three factors", '''
def inverse_of_product(A_inv, B_inv):
    return A_inv @ B_inv @ A_inv
''', "generic"),
    wrong("mm-inverse-product", "forgot return", '''
def inverse_of_product(A_inv, B_inv):
    B_inv @ A_inv
''', "none"),
    wrong("mm-inverse-product", "a sum", '''
def inverse_of_product(A_inv, B_inv):
    return A_inv + B_inv
''', "generic"),
    right("mm-inverse-product", "@", '''
def inverse_of_product(A_inv, B_inv):
    return B_inv @ A_inv
'''),
    right("mm-inverse-product", "np.matmul", '''
def inverse_of_product(A_inv, B_inv):
    return np.matmul(B_inv, A_inv)
'''),
    right("mm-inverse-product", "np.dot", '''
def inverse_of_product(A_inv, B_inv):
    return np.dot(B_inv, A_inv)
'''),
    # -- mm-solve ---------------------------------------------------------------------
    wrong("mm-solve", "inv(A) @ b", '''
def solve(A, b):
    return np.linalg.inv(A) @ b
''', "requirement"),
    wrong("mm-solve", "from numpy.linalg import inv", '''
def solve(A, b):
    from numpy.linalg import inv
    return inv(A) @ b
''', "requirement"),
    wrong("mm-solve", "pinv", '''
def solve(A, b):
    return np.linalg.pinv(A) @ b
''', "requirement"),
    wrong("mm-solve", "the inverse by solve(A, I)", '''
def solve(A, b):
    A_inv = np.linalg.solve(A, np.eye(A.shape[0]))
    return A_inv @ b
''', "requirement"),
    wrong("mm-solve", "the inverse by solve(A.T, I).T", '''
def solve(A, b):
    I = np.eye(len(A))
    return np.linalg.solve(A.T, I).T @ b
''', "requirement"),
    wrong("mm-solve", "matrix_power(A.T, -1).T", '''
def solve(A, b):
    return np.linalg.matrix_power(A.T, -1).T @ b
''', "requirement"),
    wrong("mm-solve", "a ridge term for safety", '''
def solve(A, b):
    return np.linalg.solve(A + 1e-6 * np.eye(len(A)), b)
''', "generic"),
    wrong("mm-solve", "A ** -1, entrywise", '''
def solve(A, b):
    return A ** -1 @ b
''', "generic"),
    wrong("mm-solve", "A @ b", '''
def solve(A, b):
    return A @ b
''', "known-mistake"),
    wrong("mm-solve", "solve with A.T", '''
def solve(A, b):
    return np.linalg.solve(A.T, b)
''', "transposed"),
    wrong("mm-solve", "divides by the diagonal", '''
def solve(A, b):
    return b / np.diag(A)
''', "known-mistake"),
    wrong("mm-solve", "arguments swapped", '''
def solve(A, b):
    return np.linalg.solve(b, A)
''', "exception"),
    right("mm-solve", "np.linalg.solve", '''
def solve(A, b):
    return np.linalg.solve(A, b)
'''),
    right("mm-solve", "lstsq", '''
def solve(A, b):
    return np.linalg.lstsq(A, b, rcond=None)[0]
'''),
    right("mm-solve", "QR", '''
def solve(A, b):
    Q, R = np.linalg.qr(A)
    return np.linalg.solve(R, Q.T @ b)
'''),
    # -- mm-attention -----------------------------------------------------------------
    wrong("mm-attention", "no scale", '''
def attention_scores(Q, K):
    return Q @ np.swapaxes(K, -1, -2)
''', "factor-quantity"),
    wrong("mm-attention", "divides by d", '''
def attention_scores(Q, K):
    return Q @ np.swapaxes(K, -1, -2) / Q.shape[-1]
''', "factor-quantity"),
    wrong("mm-attention", "sqrt of the number of tokens", '''
def attention_scores(Q, K):
    return Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-2])
''', "factor-quantity"),
    wrong("mm-attention", "d = Q.shape[1]", '''
def attention_scores(Q, K):
    d = Q.shape[1]
    return Q @ np.swapaxes(K, -1, -2) / np.sqrt(d)
''', "factor-quantity"),
    wrong("mm-attention", "K.T on a stack", '''
def attention_scores(Q, K):
    return Q @ K.T / np.sqrt(Q.shape[-1])
''', "exception"),
    wrong("mm-attention", "keys in the rows", '''
def attention_scores(Q, K):
    return K @ np.swapaxes(Q, -1, -2) / np.sqrt(Q.shape[-1])
''', "transposed"),
    wrong("mm-attention", "transpose(0, 2, 1)", '''
def attention_scores(Q, K):
    return Q @ K.transpose(0, 2, 1) / np.sqrt(Q.shape[-1])
''', "exception"),
    wrong("mm-attention", "sqrt of the number of keys", '''
def attention_scores(Q, K):
    return Q @ np.swapaxes(K, -1, -2) / np.sqrt(K.shape[-2])
''', "factor-quantity"),
    wrong("mm-attention", "returns the softmax", '''
def attention_scores(Q, K):
    S = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    E = np.exp(S - S.max(axis=-1, keepdims=True))
    return E / E.sum(axis=-1, keepdims=True)
''', "known-mistake"),
    wrong("mm-attention", "entrywise", '''
def attention_scores(Q, K):
    return Q * K / np.sqrt(Q.shape[-1])
''', "wrong-shape"),
    right("mm-attention", "swapaxes", '''
def attention_scores(Q, K):
    d = Q.shape[-1]
    return Q @ np.swapaxes(K, -1, -2) / np.sqrt(d)
'''),
    right("mm-attention", "einsum", '''
def attention_scores(Q, K):
    return np.einsum("...id,...jd->...ij", Q, K) / np.sqrt(Q.shape[-1])
'''),
    right("mm-attention", "multiplies by d ** -0.5", '''
def attention_scores(Q, K):
    return (Q * Q.shape[-1] ** -0.5) @ np.moveaxis(K, -1, -2)
'''),
]
