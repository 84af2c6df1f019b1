"""Shared code with a home: a function a chapter teaches and later chapters reuse lives
once in ``mfml.linalg``; the chapter still shows its own version. Here the two are
run side by side on random and edge-case inputs, so they cannot drift apart."""

from __future__ import annotations

import ast

import jupytext
import numpy as np
import pytest

from mfml import calculus, linalg, numerics  # noqa: F401  (importing registers their functions)

from .helpers import BOOK


def chapter_function(doc: str, name: str):
    """The function ``name`` exactly as chapter ``doc`` defines it (in a code cell)."""
    nb = jupytext.read(BOOK / f"{doc}.md")
    for cell in nb.cells:
        if cell.cell_type != "code" or f"def {name}(" not in cell.source:
            continue
        source = "\n".join(line for line in cell.source.splitlines()
                           if not line.lstrip().startswith(("%", "!")))
        for node in ast.parse(source).body:
            if isinstance(node, ast.FunctionDef) and node.name == name:
                # the page's other shared functions (sigmoid for logistic_loss, ...)
                # and mfml.numerics' stable functions (log_softmax uses logsumexp)
                namespace = {"np": np, **_NUMERICS,
                             **{k: v for k, v in linalg.SHARED.items() if k != name}}
                exec(compile(ast.Module([node], []), f"{doc}.md:{name}", "exec"), namespace)
                return namespace[name]
    raise LookupError(f"{doc}.md defines no function {name}(): the package's copy in "
                      "mfml.linalg says it does (update @taught_in, or the chapter)")


_NUMERICS = {k: getattr(numerics, k) for k in ("logsumexp", "xlogy")}


def _matrices(rng):
    yield rng.standard_normal((4, 3))
    yield rng.standard_normal((6, 6))
    yield np.vander([1.0, 2.0, 3.0, 4.0], 3)             # ill-conditioned columns


def _symmetric(rng, n):
    B = rng.standard_normal((n, n))
    return B @ B.T + np.diag(np.arange(n, 0, -1.0) * 3)   # distinct dominant eigenvalue


# inputs for each shared function: random cases plus the edges it promises to handle
CASES = {
    "project": lambda rng: [(rng.standard_normal(d), rng.standard_normal(d))
                            for d in (2, 3, 50)] + [(np.array([1.0, 0]), np.array([0.0, 3]))],
    "cosine_similarity": lambda rng: [(rng.standard_normal((5, 4)), rng.standard_normal(4)),
                                      (rng.standard_normal(3), rng.standard_normal(3)),
                                      (np.eye(3), np.zeros(3)),          # ValueError
                                      ([[1, 2], [0, 0]], [1, 1])],      # ValueError
    "standardise": lambda rng: [(rng.standard_normal((20, 3)) * 5 + 2,),
                                (np.array([[1, 2], [1, 5], [1, 9]]),),  # constant, integer
                                ],
    "power_iteration": lambda rng: [(_symmetric(rng, n), rng.standard_normal(n))
                                    for n in (2, 3, 6)]
                       + [(np.array([[2.0, 1.0], [0.0, 1.0]]), np.array([0.3, 1.0])),
                          (np.array([[0.0, 1.0], [1.0, 0.0]]), np.array([1.0, 0.2]), 1e-10,
                           50)],                                          # RuntimeError
    "qr_gram_schmidt": lambda rng: [(A,) for A in _matrices(rng)],
    "sigmoid": lambda rng: [(rng.standard_normal(20) * 5,), (0.0,), (np.array([-40.0, 40.0]),),
                            (np.array([-1000.0, -710.0, 710.0, 1000.0]),),   # no overflow
                            (np.arange(-3, 4),),                             # integers
                            (rng.standard_normal((3, 4)),)],                 # any shape
    "logistic_loss": lambda rng: _logistic_cases(rng),
    "log_sigmoid": lambda rng: [(rng.standard_normal(20) * 5,), (0.0,), (-800.0,),
                                (np.array([-1000.0, -40.0, 40.0, 1000.0]),),  # no inf
                                (np.array([-np.inf, np.inf]),),               # the ends
                                (np.arange(-3, 4),),                          # integers
                                (rng.standard_normal((3, 4)),)],              # any shape
    "log_softmax": lambda rng: [(rng.standard_normal(5),), (rng.standard_normal((4, 3)),),
                                (rng.standard_normal((4, 3)), 0),             # down columns
                                (np.array([1000.0, 999.0, 0.0]),),            # overflow
                                (np.array([[-np.inf, 0.0], [1.0, -np.inf]]),),  # zero prob
                                ([1, 2, 3],),                                  # a list
                                (np.array(2.0),),                              # AxisError
                                (rng.standard_normal((2, 3)), 2)],             # AxisError
    "logistic_gradient": lambda rng: _logistic_cases(rng),
    "logsumexp": lambda rng: [(rng.standard_normal(7) * 300 - 900,),        # exp underflows
                              (rng.standard_normal((4, 5)) * 400, 1),      # along an axis
                              (rng.standard_normal((4, 5)) * 400, 0, True),  # keepdims
                              (np.array([[-np.inf, -np.inf], [0.0, -np.inf]]), 1),  # -inf row
                              (np.array([1.0, np.inf]),),                   # +inf entry
                              ([1000.0, 1000.0],),                          # a list; overflow
                              (np.float64(-3.0),),                          # a scalar
                              (np.zeros((0,)),)],                           # empty: -inf
    "xlogy": lambda rng: [(rng.random(6), rng.random(6)),
                          (np.array([0.0, 0.0, 1.0, 2.0]), np.array([0.0, 0.5, 0.0, 3.0])),
                          (np.array([[0.0], [1.0]]), np.array([0.0, 0.25, 1.0])),  # broadcast
                          (0, 0),                                                 # scalars
                          (3, 2),                                                 # integers
                          (np.array([0.0, 1.0]), np.array([-1.0, 1.0]))],        # 0 * log(-1)
}


def _logistic_cases(rng):
    """(w, X, y): random, with a bias column, saturated logits (|z| ~ 1e3), one sample."""
    X = np.column_stack([np.ones(20), rng.standard_normal((20, 2))])
    y = (rng.random(20) < 0.5).astype(float)
    return [(rng.standard_normal(3), X, y),
            (np.array([0.0, 500.0, -500.0]), X, y),              # logits far past 700
            (np.zeros(3), X, y),                                  # p = 1/2 everywhere
            (rng.standard_normal(2), rng.standard_normal((1, 2)), np.array([1.0]))]


def outcome(func, args):
    try:
        return "value", func(*args)
    except Exception as exc:   # the same exception type is part of agreeing
        return "raises", type(exc).__name__


def agree(a, b) -> bool:
    (kind_a, va), (kind_b, vb) = a, b
    if kind_a != kind_b:
        return False
    if kind_a == "raises":
        return va == vb
    va = va if isinstance(va, tuple) else (va,)
    vb = vb if isinstance(vb, tuple) else (vb,)
    return len(va) == len(vb) and all(
        np.shape(x) == np.shape(y) and np.allclose(x, y, rtol=1e-12, atol=1e-12)
        for x, y in zip(va, vb, strict=True))


def test_every_shared_function_has_test_inputs():
    assert set(linalg.TAUGHT_IN) == set(CASES)


@pytest.mark.parametrize("name", sorted(linalg.TAUGHT_IN))
def test_the_package_copy_agrees_with_the_chapter(name):
    doc = linalg.TAUGHT_IN[name]
    ours, theirs = linalg.SHARED[name], chapter_function(doc, name)
    rng = np.random.default_rng(sum(map(ord, name)))
    for args in CASES[name](rng):
        copies = [tuple(np.copy(a) if isinstance(a, np.ndarray) else a for a in args)
                  for _ in range(2)]
        got, want = outcome(ours, copies[0]), outcome(theirs, copies[1])
        assert agree(got, want), (
            f"mfml.linalg.{name} and {doc}.md's {name} disagree on {args!r}:\n"
            f"package {got}\nchapter {want}")


@pytest.mark.parametrize("name", sorted(linalg.TAUGHT_IN))
def test_the_docstring_names_the_chapter(name):
    doc = linalg.TAUGHT_IN[name]
    func = linalg.SHARED[name]
    assert doc in func.__doc__, f"{func.__module__}.{name}: name {doc} in its docstring"


def test_a_drifted_copy_is_caught():
    """The comparison is not vacuous: a slightly different projection fails it."""
    def project_wrong(v, u):
        return (u @ v) / np.sqrt(u @ u) * u

    rng = np.random.default_rng(0)
    args = CASES["project"](rng)
    assert not all(agree(outcome(project_wrong, a), outcome(linalg.project, a)) for a in args)
    bad_raise = outcome(lambda X, q: 0.0, (np.eye(3), np.zeros(3)))
    assert not agree(bad_raise, outcome(linalg.cosine_similarity, (np.eye(3), np.zeros(3))))


def test_a_missing_chapter_function_is_a_clear_error():
    with pytest.raises(LookupError, match="defines no function"):
        chapter_function("linear_algebra/dot_product", "no_such_function")
