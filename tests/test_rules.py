"""mfml.rules: requirements on how a learner's function is written."""

from __future__ import annotations

import numpy as np
import pytest

from mfml.rules import forbid, function_source, must_call, needs_loop, no_loop, violations


def uses_matmul(x, y):
    return x @ y


def uses_matmul_in_place(A, B):
    A @= B
    return A


def uses_np_sum(x):
    return np.sum(x)


def uses_method_sum(x):
    return x.sum()


def maps_np_dot(rows, y):
    return list(map(np.dot, rows, [y] * len(rows)))


def uses_builtin_sum(x):
    return sum(x)


def loops(x):
    total = 0.0
    for v in x:
        total += v
    return total


def while_loops(x):
    i, total = 0, 0.0
    while i < len(x):
        total += x[i]
        i += 1
    return total


def comprehension(x):
    return sum(v * v for v in x)


def dot(x, y):
    return sum(a * b for a, b in zip(x, y))


def calls_dot(x):
    return np.sqrt(dot(x, x))   # the learner's own dot


def calls_qr(X):
    Q, R = np.linalg.qr(X)
    return R


@pytest.mark.parametrize("fn, pattern, broken", [
    (uses_matmul, "@", True),
    (uses_matmul_in_place, "@", True),
    (loops, "@", False),
    (uses_np_sum, "np.sum", True),
    (uses_method_sum, "np.sum", True),
    (maps_np_dot, "np.dot", True),
    (calls_dot, "np.dot", False),        # the learner's own dot is not np.dot
    (uses_builtin_sum, "sum", True),
    (uses_np_sum, "sum", False),         # a bare name pattern is only the builtin
    (calls_qr, "np.linalg", True),
])
def test_forbid(fn, pattern, broken):
    assert bool(violations(fn, [forbid(pattern)])) is broken


import numpy.linalg as la  # noqa: E402 - a learner's top-level imports
from numpy.linalg import norm as la_norm  # noqa: E402


def rank_local_alias(A):
    from numpy.linalg import matrix_rank as mr
    return mr(A)


def rank_scipy_lu(A):
    from scipy.linalg import lu
    P, L, U = lu(A)
    return int(np.sum(np.abs(np.diag(U)) > 1e-9))


def norm_module_alias(x):
    return la.norm(x, 1)


def norm_global_import(x):
    return la_norm(x, np.inf)


def norm_by_hand_named_norm(x):
    la_norm = np.sum(np.abs(x))   # a local variable that shadows the global name
    return la_norm


def rank_closure():
    mr = np.linalg.matrix_rank
    return lambda A: mr(A)


@pytest.mark.parametrize("fn", [rank_local_alias, rank_scipy_lu, norm_module_alias,
                                norm_global_import, rank_closure()])
def test_forbid_sees_through_imports_and_aliases(fn):
    rule = forbid("np.linalg", "np.matrix_rank", "matrix_rank", modules=("scipy",),
                  message="the exercise asks for no np.linalg")
    (msg,) = violations(fn, [rule])
    assert msg.startswith("the exercise asks for no np.linalg: line ")


_top_lstsq = np.linalg.lstsq


def lstsq_alias_inside(A, y):
    from numpy.linalg import lstsq as ls
    return ls(A, y)[0]


def lstsq_alias_global(A, y):
    return _top_lstsq(A, y)[0]


def solve_alias(A, y):
    from numpy.linalg import solve as sv
    return sv(la.inv(A.T @ A), A.T @ y)


def test_forbid_a_named_object_not_its_module():
    """A modules entry naming an object (numpy.linalg.lstsq) rejects that object
    under any name and leaves the rest of numpy.linalg allowed."""
    rule = forbid("np.pinv", modules=("numpy.linalg.lstsq",))
    assert violations(lstsq_alias_inside, [rule])
    assert violations(lstsq_alias_global, [rule])
    assert violations(solve_alias, [rule]) == []


def test_forbid_modules_leaves_own_names_alone():
    rule = forbid("np.linalg", "scipy")
    assert violations(norm_by_hand_named_norm, [rule]) == []
    assert violations(loops, [rule]) == []


@pytest.mark.parametrize("fn, has_loop", [
    (loops, True), (while_loops, True), (comprehension, True), (uses_np_sum, False),
])
def test_loops(fn, has_loop):
    assert bool(violations(fn, [needs_loop()])) is not has_loop
    assert bool(violations(fn, [no_loop()])) is has_loop


def test_must_call_plain_name_and_attribute():
    assert violations(calls_dot, [must_call("dot")]) == []
    assert violations(calls_qr, [must_call("qr")]) == []
    assert violations(loops, [must_call("dot", message="use your dot")]) == ["use your dot."]


def test_message_names_the_offending_line():
    (msg,) = violations(uses_matmul, [forbid("@", message="no @")])
    lines, first = function_source(uses_matmul)[0], function_source(uses_matmul)[1]
    assert msg == f"no @: line {first + 1} of uses_matmul(): return x @ y"
    assert lines.startswith("def uses_matmul")


def test_lambda_is_narrowed_to_itself():
    f = lambda x, y: x @ y  # noqa: E731
    g = lambda x: sum(v for v in x)  # noqa: E731
    assert violations(f, [forbid("@")])
    assert violations(g, [needs_loop()]) == []


def test_library_functions_break_every_rule():
    (msg,) = violations(np.dot, [needs_loop()])
    assert "numpy.dot" in msg and "def" in msg
    assert violations(len, [needs_loop()])


def test_no_rules_no_work():
    assert violations(np.dot, []) == []


def test_source_unavailable_is_not_judged():
    ns = {}
    exec(compile("def f(x):\n    return x @ x\n", "<nowhere>", "exec"), ns)
    assert violations(ns["f"], [forbid("@")]) == []


# a correct answer may meet "use np.linalg.svd" or "a loop" in a helper it wrote
# (the i8 learner study: `def thin(A): return np.linalg.svd(A, ...)`, then rank_k
# calls thin(A), was told "The exercise asks you to use np.linalg.svd")
def _thin(A):
    return np.linalg.svd(A, full_matrices=False)


def _thinner(A):
    return _thin(A)


def _thinnest(A):
    return _thinner(A)


def rank_k_with_helper(A, k):
    U, s, Vt = _thin(A)
    return (U[:, :k] * s[:k]) @ Vt[:k]


def rank_k_two_deep(A, k):
    U, s, Vt = _thinner(A)
    return (U[:, :k] * s[:k]) @ Vt[:k]


def _four_deep(A):
    return _thinnest(A)


def rank_k_too_deep(A, k):
    return _four_deep(A)


def rank_k_library_only(A, k):
    return np.linalg.matrix_rank(A)   # calls svd inside numpy: not the learner's


def _step(A, v, n):
    for _ in range(n):
        v = A @ v
        v = v / np.linalg.norm(v)
    return v


def power_with_helper(A, n=100):
    v = _step(A, np.ones(len(A)), n)
    return v @ A @ v


def _recursive(A):
    return _recursive(A)


def calls_recursive(A):
    return _recursive(A)


def test_must_call_follows_helpers_the_learner_wrote():
    rule = must_call("svd", message="the exercise asks you to use np.linalg.svd")
    assert violations(rank_k_with_helper, [rule]) == []
    assert violations(rank_k_two_deep, [rule]) == []
    # helpers calling helpers are followed only so deep
    # (_four_deep -> _thinnest -> _thinner -> _thin)
    assert violations(rank_k_too_deep, [rule]) == [
        "the exercise asks you to use np.linalg.svd."]
    # numpy's own functions are not the learner's helpers
    assert violations(rank_k_library_only, [rule]) == [
        "the exercise asks you to use np.linalg.svd."]
    assert violations(calls_recursive, [rule]) == [
        "the exercise asks you to use np.linalg.svd."]


def test_needs_loop_follows_helpers_the_learner_wrote():
    rule = needs_loop("the exercise asks for the iteration itself, a loop")
    assert violations(power_with_helper, [rule]) == []
    assert violations(calls_recursive, [rule]) == [
        "the exercise asks for the iteration itself, a loop."]
    # forbidding rules still judge only the function itself
    assert violations(power_with_helper, [forbid("@")])
