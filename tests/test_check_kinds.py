"""mfml.check: every acceptance rule and every kind of message, one by one."""

from __future__ import annotations

import json
import math
import signal
import threading
import time
import warnings
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pytest
import sympy as sp

from mfml import check as engine
from mfml.check import (
    FAILED,
    KINDS,
    NOT_ATTEMPTED,
    PASSED,
    Alternative,
    Case,
    Feedback,
    Mistake,
    check_function,
    check_value,
    diagnose,
    quantities_of,
)
from mfml.rules import forbid, needs_loop, no_row_loop, violations


@pytest.fixture(autouse=True)
def _isolated_results():
    saved = dict(engine.RESULTS)
    yield
    engine.RESULTS.clear()
    engine.RESULTS.update(saved)


@pytest.fixture
def quick(monkeypatch):
    """A short time limit, so the endless loops below cost little."""
    monkeypatch.setattr(engine, "TIME_LIMIT", 0.3)
    monkeypatch.setattr(engine, "FIRST_CALL_LIMIT", 0.3)


X = np.array([1.0, 2.0, 3.0])
Y = np.array([4.0, -5.0, 6.5])


def unit_ref(x):
    return x / np.linalg.norm(x)


# ---------------------------------------------------------------------------
# Correct answers in another valid form
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("answer, expected", [
    (sp.Integer(2), 2),
    (sp.Rational(3, 2), 1.5),
    (sp.Float(1.5), 1.5),
    (sp.sqrt(2), math.sqrt(2)),
    (sp.pi / 3, math.pi / 3),
    (sp.Matrix([[1, 2], [3, 4]]), [[1, 2], [3, 4]]),
    (sp.Matrix([sp.Rational(1, 3), 2]), [[1 / 3], [2]]),
    ([sp.Rational(3, 2)], 1.5),                       # what sp.solve returns
    (sp.solve(sp.Symbol("t") * 2 - 3), 1.5),
    (Fraction(3, 2), 1.5),
    ([Fraction(1, 3), Fraction(2, 3)], [1 / 3, 2 / 3]),
    (Decimal("1.5"), 1.5),
    ([1, 2, 3], np.array([1.0, 2.0, 3.0])),
    ((1.0, 2.0), np.array([1.0, 2.0])),
    ([[1, 2], [3, 4]], np.array([[1.0, 2.0], [3.0, 4.0]])),
    (np.float32(1 / 3), 1 / 3),
    (np.float16(1 / 3), 1 / 3),
    (range(3), [0, 1, 2]),
    (np.int64(7), 7),
    (np.array([[0.5]]), 0.5),
])
def test_accepted_forms(answer, expected):
    d = diagnose(answer, expected)
    assert d.ok and d.kind == "passed", d


def test_float32_results_pass_within_their_own_precision():
    rng = np.random.default_rng(0)
    rejected_before = 0
    for _ in range(50):
        x, y = rng.standard_normal(50), rng.standard_normal(50)
        got = np.dot(x.astype(np.float32), y.astype(np.float32))
        want = float(x @ y)
        rejected_before += not np.allclose(got, want, rtol=1e-6, atol=1e-9)
        assert diagnose(got, want).ok
    assert rejected_before > 0, "the old fixed tolerance rejected correct float32 results"


def test_float32_tolerance_is_not_a_free_pass():
    assert not diagnose(np.float32(1.001), 1.0).ok
    assert not diagnose(np.float16(1.05), 1.0).ok


def test_float64_keeps_the_tight_tolerance():
    assert not diagnose(1.0 + 1e-5, 1.0).ok


def test_value_alternative_passes_with_its_note():
    fb = check_value("alt-v", 0.5, 1.0, alternatives=[Alternative(0.5, "the other convention")])
    assert fb.passed and "the other convention" in fb.message


def test_function_alternative_passes_with_its_note():
    def flops(m, n, p):
        return m * p * (2 * n - 1)

    fb = check_function("alt-f", flops, lambda m, n, p: 2 * m * n * p, [(2, 3, 4), (1, 1, 1)],
                        alternatives=[Alternative(lambda m, n, p: m * p * (2 * n - 1),
                                                  "n - 1 additions per entry")])
    assert fb.passed and "n - 1 additions" in fb.message


def test_alternatives_cannot_be_mixed_case_by_case():
    def half_and_half(m, n, p):
        return 2 * m * n * p if m == 2 else m * p * (2 * n - 1)

    fb = check_function("alt-mix", half_and_half, lambda m, n, p: 2 * m * n * p,
                        [(1, 2, 3), (2, 3, 4)],
                        alternatives=[Alternative(lambda m, n, p: m * p * (2 * n - 1))])
    assert fb.status == FAILED


# ---------------------------------------------------------------------------
# Value diagnoses: one kind per mistake
# ---------------------------------------------------------------------------

V = np.array([0.6, 0.8])
M = np.arange(1.0, 7.0).reshape(2, 3)
S = np.array([[1.0, 2.0], [3.0, 4.0]])

KIND_CASES = [
    (None, 1.0, {}, "none"),
    (unit_ref, 1.0, {}, "function-not-called"),
    ("1.5", 1.5, {}, "wrong-type"),
    ({"a": 1}, 1.5, {}, "wrong-type"),
    (sp.Symbol("t") + 1, 1.5, {}, "wrong-type"),
    ([[1.0, 2.0], [3.0]], S, {}, "wrong-type"),
    (True, 1.0, {}, "bool-for-number"),
    (np.array([True, False]), [1.0, 0.0], {}, "bool-for-number"),
    (np.array([1 + 2j]), 1.0, {}, "complex"),
    (np.array([1 + 0j, 2 + 0j]), [1.0, 2.0], {"allow_complex": False}, "complex"),
    (np.ones(3), np.ones(2), {}, "wrong-shape"),
    ([1.0, 2.0], 1.0, {}, "wrong-shape"),
    (M.T, M, {}, "transposed"),
    (S.T, S, {}, "transposed"),
    (M.ravel(), M, {}, "reshaped"),
    (4, (4,), {"as_shape": True}, "shape-missing-comma"),
    ((4, 1), (4,), {"as_shape": True}, "wrong-shape"),
    ((3, 150), (150, 3), {"as_shape": True}, "wrong-order"),
    ((5,), (4,), {"as_shape": True}, "wrong-shape"),
    ("(4,)", (4,), {"as_shape": True}, "wrong-type"),
    (float("nan"), 1.0, {}, "nan"),
    (np.array([1.0, np.inf]), [1.0, 2.0], {}, "inf"),
    (np.inf, 1e305, {}, "overflow"),
    (0.0, 1e-300, {}, "underflow"),
    (-V, V, {}, "wrong-sign"),
    (-2.5, 2.5, {}, "wrong-sign"),
    (np.array([3.0, 2.0, 1.0]), [1.0, 2.0, 3.0], {}, "wrong-order"),
    (np.array([2.0, 3.0, 1.0]), [1.0, 2.0, 3.0], {}, "wrong-order"),
    (S[::-1], S, {}, "wrong-order"),
    (S[:, ::-1], S, {}, "wrong-order"),
    (np.array([0, 1]), [0.6, 1.2], {}, "integer-truncated"),
    (np.array([2, 7]), [0.6, 1.2], {}, "integer-truncated"),
    (np.array([0.0, 1.0, 2.0]), [0.5, 1.5, 2.5], {}, "integer-truncated"),
    (3 * V, V, {}, "not-normalised"),
    # a unit vector with equal entries: [1, 1] and [0.5, 0.5] are not normalised,
    # not an integer truncation or a missing square root; an integer dtype still is
    (np.array([1.0, 1.0]), [0.5**0.5] * 2, {}, "not-normalised"),
    (np.array([0.5, -0.5]), [0.5**0.5, -0.5**0.5], {}, "not-normalised"),
    (np.array([1, 1]), [0.5**0.5] * 2, {}, "integer-truncated"),
    (np.array([3, 1]), [4 - 4e-16, 1.0], {}, "integer-truncated"),   # int(3.9999999999999996)
    (3 * M, M, {}, "factor"),
    (2 * M, M, {}, "factor"),
    (0.5 * M, M, {}, "factor"),
    (25.0, 5.0, {}, "missing-sqrt"),
    (np.sqrt(7.0), 7.0, {}, "extra-sqrt"),
    (2 / 3, 1.5, {}, "reciprocal"),
    (60.0, math.pi / 3, {}, "degrees-radians"),
    (math.pi / 3, 60.0, {}, "degrees-radians"),
    (np.degrees(M), M, {}, "degrees-radians"),
    (15.0, 1.5, {}, "typo-huge"),
    (1.5e6, 1.5, {}, "typo-huge"),
    (3.7e5, 1.5, {}, "typo-huge"),
    (1.23, 1.2345, {}, "rounded"),
    (1.0001 * 2.345, 2.345, {}, "inaccurate"),
    (1.3, 1.2345, {}, "generic"),
    (np.array([1.0, 5.0]), [1.0, 2.0], {}, "generic"),
    ((np.eye(3), np.ones((3, 3))), np.eye(3), {}, "several-values"),
]


@pytest.mark.parametrize("answer, expected, kw, kind", KIND_CASES,
                         ids=[f"{c[3]}-{i}" for i, c in enumerate(KIND_CASES)])
def test_each_mistake_gets_its_kind(answer, expected, kw, kind):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        d = diagnose(answer, expected, **kw)
    assert not d.ok and d.kind == kind, d
    assert kind in KINDS


def test_every_kind_is_documented_in_the_module():
    doc = engine.__doc__
    for kind in KINDS:
        assert f"``{kind}``" in doc, kind


def test_shape_messages_name_the_missing_comma():
    d = diagnose(4, (4,), as_shape=True)
    assert "(4,)" in d.message and "comma" in d.message


def test_shape_as_list_is_accepted():
    assert diagnose([150, 150], (150, 150), as_shape=True).ok
    assert diagnose(np.array([4]), (4,), as_shape=True).ok


def test_factor_of_a_quantity_is_named():
    q = quantities_of((X,), ["x"])
    nx = np.linalg.norm(X)
    d = diagnose(unit_ref(X) / nx, unit_ref(X), quantities=q)
    assert d.kind == "factor-quantity" and "‖x‖" in d.message and "twice" in d.message
    d = diagnose(X @ X * 2.0, 2.0, quantities=q)
    assert d.kind == "factor-quantity" and "x·x" in d.message
    d = diagnose(np.sum(X) / 3 * np.ones(1), np.sum(X), quantities=q)
    assert d.kind == "factor-quantity" and "len(x)" in d.message


def test_factor_of_two_arguments_is_named():
    q = quantities_of((X, Y), ["x", "y"])
    want = float(X @ Y) / (np.linalg.norm(X) * np.linalg.norm(Y))
    d = diagnose(float(X @ Y), want, quantities=q)
    assert d.kind == "factor-quantity" and "‖x‖‖y‖" in d.message


def test_ddof_factor_is_named_neutrally():
    A = np.random.default_rng(1).standard_normal((10, 3))
    q = quantities_of((A,), ["X"])
    d = diagnose(A.std(axis=0, ddof=1), A.std(axis=0), quantities=q)
    assert d.kind == "factor-quantity" and "n - 1" in d.message and "n = 10" in d.message


def test_ddof_factor_is_not_named_for_two_rows():
    A = np.array([[2.0, 1.0], [1.0, 2.0]])
    assert not any("n-1" in q[1] for q in quantities_of((A,), ["A"]))
    e = np.array([0.5**0.5] * 2)
    d = diagnose(e / 2**0.5, e, quantities=quantities_of((A,), ["A"]))
    assert d.kind == "not-normalised", d


def test_value_messages_do_not_give_the_answer_away():
    fb = check_value("no-leak", 1.3, 1.2345)
    assert "1.2345" not in fb.text()


def test_numbers_are_printed_plainly():
    def f(x):
        return float(np.sum(x)) + 1.0

    fb = check_function("plain", f, lambda x: float(np.sum(x)), [(X,)])
    text = fb.text()
    assert "np.float64" not in text and "array(" not in text
    assert "expected: 6" in text and "got: 7" in text
    assert "x = [1., 2., 3.]" in text


def test_close_numbers_get_enough_digits_to_differ():
    fb = check_function("digits", lambda x: 0.20281 + 1e-6, lambda x: 0.20281, [(X,)])
    exp = [d for d in fb.details if d.startswith("expected")][0]
    got = [d for d in fb.details if d.startswith("got")][0]
    assert exp.split(": ")[1] != got.split(": ")[1]


# ---------------------------------------------------------------------------
# Function checks: the way the function behaved
# ---------------------------------------------------------------------------

def learner_prints(x):
    print(np.linalg.norm(x))


def learner_mutates(values):
    values[0] = 0.0
    return np.linalg.norm(values)


def learner_endless(x):
    i = 0
    total = 0.0
    while i < len(x):
        total += x[i]
    return total


def learner_catches_everything(x):
    while True:
        try:
            while True:
                pass
        except Exception:
            pass


def learner_stub(x):
    raise NotImplementedError("your code here")


def helper_stub(x, y):
    raise NotImplementedError("your code here")


def learner_uses_stub(x):
    return np.sqrt(helper_stub(x, x))


def learner_interrupted(x):
    raise KeyboardInterrupt


def learner_exits(x):
    raise SystemExit(1)


def learner_sqrt_negative(x):
    return np.sqrt(x[0] - 10.0)


def learner_log_negative(x):
    return np.log(x[0] - 10.0)


def learner_log_zero(x):
    return np.log(x[0] - 1.0)


def learner_zero_over_zero(x):
    d = x - x
    return d / d


def learner_divides_by_zero(x):
    return x / (x - x)


def learner_python_zero_division(x):
    return 1.0 / (float(x[0]) - 1.0)


def learner_overflow(x):
    return np.exp(x * 1000.0)


def learner_product_underflows(p):
    total = 1.0
    for pi in p:
        total = total * pi
    return total


def learner_arccos(x):
    return np.arccos(x[0] * 2.0)


def learner_math_sqrt(x):
    return math.sqrt(x[0] - 10.0)


class TestFunctionKinds:
    def test_printed_not_returned(self):
        fb = check_function("p", learner_prints, np.linalg.norm, [(X,)])
        assert fb.kind == "printed-not-returned" and "return" in fb.message

    def test_not_a_function(self):
        fb = check_function("nf", 3.74, np.linalg.norm, [(X,)])
        assert fb.kind == "not-a-function" and 'check("nf", name)' in fb.message

    def test_input_mutated_names_the_argument(self):
        fb = check_function("m", learner_mutates, np.linalg.norm, [(X.copy(),)])
        assert fb.kind == "input-mutated" and "`values`" in fb.message

    def test_timeout_names_the_while_loop(self, quick):
        fb = check_function("t", learner_endless, np.sum, [(X,)])
        assert fb.status == FAILED and fb.kind == "timeout"
        assert "while" in fb.message and "i += 1" in fb.message
        assert "Traceback" not in fb.text()

    def test_a_slow_first_call_is_not_an_endless_loop(self, monkeypatch):
        """A correct answer importing scikit-learn inside the function pays for the
        import on its first call only: the first case has a longer limit."""
        monkeypatch.setattr(engine, "TIME_LIMIT", 0.3)
        monkeypatch.setattr(engine, "FIRST_CALL_LIMIT", None)    # 5 x 0.3 s
        calls = []

        def slow_import_then_fast(x):
            if not calls:
                time.sleep(0.6)          # like a first `import sklearn`
            calls.append(1)
            return float(np.sum(x))

        fb = check_function("slow", slow_import_then_fast, np.sum, [(X,), (Y,)])
        assert fb.status == PASSED, fb.message

    def test_a_first_case_timeout_mentions_slow_imports(self, quick):
        fb = check_function("t", learner_endless, np.sum, [(X,)])
        assert fb.kind == "timeout" and "import it at the top of the notebook" in fb.message

    def test_timeout_cannot_be_swallowed_by_the_learner(self, quick):
        fb = check_function("t2", learner_catches_everything, np.sum, [(X,)])
        assert fb.kind == "timeout"

    def test_timeout_off_the_main_thread(self, quick):
        out = {}
        t = threading.Thread(target=lambda: out.update(
            fb=check_function("t3", learner_endless, np.sum, [(X,)])))
        t.start()
        t.join(10)
        assert not t.is_alive() and out["fb"].kind == "timeout"

    def test_an_outer_alarm_survives_the_time_limit(self, quick):
        fired = []
        old = signal.signal(signal.SIGALRM, lambda *a: fired.append(1))
        try:
            signal.setitimer(signal.ITIMER_REAL, 30)
            check_function("t4", lambda x: 1.0, lambda x: 1.0, [(X,)])
            left, _ = signal.getitimer(signal.ITIMER_REAL)
            assert 25 < left <= 30
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)

    def test_the_alarm_handler_is_restored(self, quick):
        before = signal.getsignal(signal.SIGALRM)
        check_function("t5", learner_endless, np.sum, [(X,)])
        check_function("t6", lambda x: 1.0, lambda x: 1.0, [(X,)])
        assert signal.getsignal(signal.SIGALRM) is before
        assert signal.getitimer(signal.ITIMER_REAL)[0] == 0

    def test_interrupted(self):
        fb = check_function("i", learner_interrupted, np.sum, [(X,)])
        assert fb.kind == "interrupted" and fb.status == FAILED

    def test_system_exit_is_reported_not_raised(self):
        fb = check_function("e", learner_exits, np.sum, [(X,)])
        assert fb.kind == "exception" and "exit" in fb.message

    def test_stub_is_not_attempted_and_names_the_cell(self):
        fb = check_function("s", learner_stub, np.sum, [(X,)])
        assert fb.status == NOT_ATTEMPTED and fb.kind == "not-attempted"
        assert "run the cell that starts `def learner_stub(`" in fb.message

    def test_unfinished_dependency(self):
        fb = check_function("d", learner_uses_stub, np.linalg.norm, [(X,)])
        assert fb.status == NOT_ATTEMPTED and fb.kind == "unfinished-dependency"
        assert "finish `helper_stub` first" in fb.message
        assert "learner_uses_stub" in fb.details[0]

    def test_solve_with_a_non_square_matrix_is_explained(self):
        def solve_tall(x):
            return np.linalg.solve(np.ones((3, 2)), x)

        fb = check_function("sq", solve_tall, lambda x: x, [(X,)])
        assert fb.kind == "exception" and "needs a square matrix" in fb.message

    def test_library_not_implemented_is_an_exception(self):
        def uses_library_stub(x):
            return np.ma.core.MaskedArray.__array_wrap__(None, x)   # raises inside numpy

        fb = check_function("lib", uses_library_stub, np.sum, [(X,)])
        assert fb.status == FAILED

    def test_stub_edited_but_not_run(self, tmp_path, monkeypatch):
        nb = tmp_path / "practice.ipynb"
        nb.write_text(json.dumps({"cells": [{"cell_type": "code", "source": [
            "def learner_stub(x):\n", "    return np.sum(x)\n"]}]}))
        monkeypatch.setenv("JPY_SESSION_NAME", str(nb))
        fb = check_function("s2", learner_stub, np.sum, [(X,)])
        assert fb.kind == "stub-not-rerun" and fb.status == NOT_ATTEMPTED
        assert "run the cell that starts `def learner_stub(`" in fb.message

    def test_saved_stub_is_just_not_attempted(self, tmp_path, monkeypatch):
        nb = tmp_path / "practice.md"
        nb.write_text("```{code-cell} ipython3\ndef learner_stub(x):\n"
                      "    raise NotImplementedError(\"your code here\")\n```\n")
        monkeypatch.setenv("JPY_SESSION_NAME", str(nb))
        assert check_function("s3", learner_stub, np.sum, [(X,)]).kind == "not-attempted"

    def test_requirement_names_the_line(self):
        def dot(x, y):
            return x @ y

        fb = check_function("r", dot, np.dot, [(X, Y)],
                            rules=[forbid("@", message="no @ here"), needs_loop()])
        assert fb.kind == "requirement" and fb.message == "No @ here."
        assert fb.details[0].endswith("return x @ y")

    def test_requirement_not_checked_on_a_stub(self):
        fb = check_function("r2", learner_stub, np.sum, [(X,)], rules=[needs_loop()])
        assert fb.kind == "not-attempted"

    def test_a_loop_over_the_rows_is_named_on_its_line(self):
        def matvec(A, x):
            y = np.zeros(len(A))
            for i in range(len(A)):
                y[i] = sum(A[i] * x)
            return y

        A = np.array([[1.0, 2.0], [3.0, 4.0]])
        fb = check_function("r4", matvec, lambda A, x: A @ x, [(A, X[:2])],
                            rules=[no_row_loop(0, "no loop over the rows")])
        assert fb.kind == "requirement" and fb.details[0].endswith("y[i] = sum(A[i] * x)")

    def test_ambiguous_truth_value_points_to_elementwise_functions(self):
        def relu(z):
            return max(z, 0)

        fb = check_function("amb", relu, lambda z: np.maximum(z, 0), [(X - 2,)])
        assert fb.kind == "exception" and "np.maximum" in fb.message
        assert "a.any()" in fb.message   # NumPy's own text is kept, the advice follows

    def test_library_function_breaks_the_rules(self):
        fb = check_function("r3", np.dot, np.dot, [(X, Y)], rules=[needs_loop()])
        assert fb.kind == "requirement" and "numpy.dot" in fb.message

    @pytest.mark.parametrize("fn, kind, words", [
        (learner_sqrt_negative, "nan-sqrt-negative", "square root of a negative"),
        (learner_log_negative, "nan-log-negative", "log of a negative"),
        (learner_log_zero, "log-zero", "log(0)"),
        (learner_zero_over_zero, "nan-zero-division", "0/0"),
        (learner_divides_by_zero, "zero-division", "dividing by zero"),
        (learner_overflow, "overflow", "largest float"),
        (learner_arccos, "nan-domain", "np.clip"),
    ])
    def test_nan_and_inf_by_cause_with_the_learners_line(self, fn, kind, words):
        x = np.array([1.0, 2.0, 3.0])
        fb = check_function("fp", fn, lambda x: np.ones_like(x) * 0.5
                            if fn in (learner_zero_over_zero, learner_divides_by_zero,
                                      learner_overflow) else 0.5, [(x,)])
        assert fb.kind == kind, fb.text()
        assert words in fb.message
        assert any(d.startswith("line ") and fn.__name__ in d for d in fb.details), fb.details
        assert "0/0" not in fb.message or kind == "nan-zero-division"

    def test_python_zero_division(self):
        fb = check_function("zd", learner_python_zero_division, lambda x: 1.0, [(X,)])
        assert fb.kind == "zero-division" and "ZeroDivisionError" in fb.message

    def test_math_domain_errors_by_function(self):
        fb = check_function("md", learner_math_sqrt, lambda x: 1.0, [(X,)])
        assert fb.kind == "nan-sqrt-negative"

    def test_underflow_of_a_product_of_probabilities(self):
        p = np.full(400, 0.1)
        fb = check_function("uf", learner_product_underflows,
                            lambda p: 1e-400 if False else 1e-300, [(p,)])
        assert fb.kind == "underflow" and "logarithm" in fb.message

    def test_overflow_to_zero_is_named(self):
        def normalise_at_the_end(A):
            x = np.ones(2)
            for _ in range(500):
                x = A @ x
            return x / np.linalg.norm(x)

        fb = check_function("o0", normalise_at_the_end, lambda A: np.ones(2) / np.sqrt(2),
                            [(np.array([[2.0, 1.0], [1.0, 2.0]]),)])
        assert fb.kind == "overflow" and "has 0 where" in fb.message

    def test_case_note_and_parameter_names_are_shown(self):
        def f(alpha, beta):
            return alpha

        fb = check_function("note", f, lambda a, b: b, [Case((1.0, 2.0), "tests beta")])
        assert "this case: tests beta" in fb.details
        assert "alpha = 1" in fb.details and "beta = 2" in fb.details

    def test_mistake_message(self):
        fb = check_function("mk", lambda x: float(x @ x), lambda x: float(np.sum(x)), [(X,)],
                            mistakes=[Mistake(lambda x: float(x @ x), "squares!", "off-by-one")])
        assert fb.kind == "off-by-one" and "squares!" in fb.message

    def test_mistake_that_fits_every_case_is_preferred(self):
        def abs_cos(c):
            return abs(c)

        cases = [(-0.5,), (0.5,)]
        mistakes = [Mistake(lambda c: -c, "negated", "wrong-sign"),
                    Mistake(lambda c: abs(c), "abs", "known-mistake")]
        fb = check_function("mk2", abs_cos, lambda c: c, cases, mistakes=mistakes)
        assert fb.message.endswith("abs")

    def test_mistake_fitting_a_degenerate_case_by_coincidence_is_not_named(self):
        # On u = e1, v = e2 the dot product and ac - bd both give 0; on the next case
        # the learner's ac - bd is not the dot product, so "the dot product" is not theirs.
        def area(u, v):
            return u[0] * v[0] - u[1] * v[1]

        cases = [(np.array([1.0, 0.0]), np.array([0.0, 1.0])),
                 (np.array([4.0, 1.0]), np.array([1.0, 3.0]))]
        dot = Mistake(lambda u, v: float(u @ v), "the dot product", "known-mistake")
        fb = check_function("mk3", area, lambda u, v: u[0] * v[1] - v[0] * u[1], cases,
                            mistakes=[dot])
        assert fb.kind == "generic" and "dot product" not in fb.message

    def test_mistake_still_named_where_the_other_cases_say_nothing(self):
        # The learner's other results are an exception and NaN: no evidence against it.
        def f(x):
            if x > 2:
                raise ValueError("no")
            return math.nan if x < 0 else 2 * x

        cases = [(1.0,), (3.0,), (-1.0,)]
        twice = Mistake(lambda x: 2 * x, "doubled", "factor")
        fb = check_function("mk4", f, lambda x: x, cases, mistakes=[twice])
        assert fb.kind == "factor" and fb.message.endswith("doubled")

    def test_mistake_with_the_same_inf_and_nan_matches(self):
        def pick_wrong(x):
            with np.errstate(all="ignore"):
                return np.array([1.0, -1.0]) / 0.0

        mistakes = [Mistake(lambda x: np.array([1.0, -1.0]) / 0.0, "sums to 0", "known-mistake")]
        fb = check_function("mk5a", pick_wrong, lambda x: x, [(X[:2],)], mistakes=mistakes)
        assert fb.kind == "known-mistake" and "sums to 0" in fb.message
        other = [Mistake(lambda x: np.array([-1.0, 1.0]) / 0.0, "other", "known-mistake")]
        fb = check_function("mk5b", pick_wrong, lambda x: x, [(X[:2],)], mistakes=other)
        assert fb.kind != "known-mistake"

    def test_mistake_giving_the_expected_value_there_explains_nothing(self):
        # complex with zero imaginary part: rejected as "complex", and a mistake
        # that happens to equal the reference on this case must not explain it
        mistakes = [Mistake(lambda x: x, "the last eigenvector", "known-mistake")]
        fb = check_function("mk5", lambda x: x + 0j, lambda x: x, [(X,)],
                            mistakes=mistakes, allow_complex=False)
        assert fb.kind == "complex", fb.text()

    def test_never_raises_whatever_the_reference_does(self):
        fb = check_function("bad-ref", lambda x: 1.0, lambda x: 1 / 0, [(X,)])
        assert isinstance(fb, Feedback) and fb.kind == "checker-error"

    def test_results_are_recorded(self):
        fb = check_function("rec", lambda x: 1.0, lambda x: 1.0, [(X,)])
        assert engine.RESULTS["rec"] is fb and fb.passed and fb.kind == "passed"


def test_feedback_kind_defaults_follow_the_status():
    assert Feedback("a", PASSED, "").kind == "passed"
    assert Feedback("a", NOT_ATTEMPTED, "").kind == "not-attempted"
    assert Feedback("a", FAILED, "").kind == "generic"
    assert Feedback("a", FAILED, "", kind="typo-huge").kind == "typo-huge"


def _rows_for(A, x):
    return [row @ x for row in A]


def _rows_enumerate(A, x):
    out = []
    for i, row in enumerate(A):  # noqa: B007 - written as a learner would
        out.append(row @ x)
    return out


def _rows_while(A, x):
    out, i = [], 0
    while i < len(A):
        out.append(A[i] @ x)
        i += 1
    return out


def _rows_inside_layers(A, x):
    for W in [x]:
        out = [A[i, :] @ W for i in range(len(A))]
    return out


def _columns_outside(A, x):
    y = np.zeros(len(A))
    for j in range(A.shape[1]):
        for i in range(len(A)):
            y[i] += A[i, j] * x[j]
    return y


def _columns(A, x):
    return sum(x[j] * A[:, j] for j in range(A.shape[1]))


def _loop_over_layers(A, x):
    H = A
    for W in [x]:
        H = H @ W
    return H


def _loop_over_other_argument(A, x):
    return [A * xi for xi in x]


@pytest.mark.parametrize("fn, outermost, broken", [
    (_rows_for, False, True), (_rows_enumerate, False, True), (_rows_while, False, True),
    (_rows_inside_layers, False, True), (_rows_inside_layers, True, False),
    (_columns_outside, False, True), (_columns_outside, True, False),
    (_columns, False, False), (_loop_over_layers, False, False),
    (_loop_over_other_argument, False, False),
])
def test_no_row_loop_reads_what_the_loop_runs_over(fn, outermost, broken):
    assert bool(violations(fn, [no_row_loop(0, "rows", outermost=outermost)])) == broken


def test_probability_vector_scaled_otherwise_is_not_normalised():
    fb = check_value("pv", np.array([1.0, 0.25]), np.array([0.8, 0.2]))
    assert fb.kind == "not-normalised" and "add up to 1" in fb.message
    fb = check_value("pv2", np.array([2.0, 4.0]), np.array([1.0, 2.0]))
    assert fb.kind != "not-normalised"     # not a probability vector: a plain factor


# i8 review: "A tuple returned where one array is expected (gram_schmidt returning
# (Q, R); lstsq_qr returning (beta, R)) gets NumPy internals"
def test_a_tuple_of_results_says_return_only_the_first():
    Q, R = np.linalg.qr(np.arange(9.0).reshape(3, 3) + np.eye(3))
    for answer, want in [((Q, R), Q), ((np.array([1.0, 2.0, 3.0]), R), [1.0, 2.0, 3.0]),
                         ((2.5, np.ones(3)), 2.5), ((2.5, [1, 2]), 2.5), ([Q, R], Q)]:
        d = diagnose(answer, want)
        assert d.kind == "several-values", d
        assert "of 2 values" in d.message and "return only the first" in d.message, d
        assert "sequence" not in d.message and "inhomogeneous" not in d.message


def test_a_tuple_of_other_results_names_the_shape_wanted():
    d = diagnose((np.ones(2), np.ones((3, 3)), 4), np.ones(3))
    assert d.kind == "several-values"
    assert "a tuple of 3 values" in d.message and "one array of shape (3,)" in d.message


def test_lists_of_numbers_and_rows_are_still_arrays():
    assert diagnose([np.array([1.0, 2.0]), np.array([3.0, 4.0])], [[1, 2], [3, 4]]).ok
    assert diagnose([[1, 2], [3, 4]], [[1, 2], [3, 4]]).ok
    assert diagnose((1, 2), [1, 2]).ok
    assert diagnose([[1, 2], [3, 4]], [1, 2]).kind == "wrong-shape"


# i8 review: "numerically unstable" for whole numbers
def test_whole_numbers_are_never_numerically_unstable():
    for answer, want in [(12.0001, 12), (np.array([3, 5.00001]), np.array([3, 5])),
                         (100.001, 100), ([3, 5.00001], [3, 5])]:
        d = diagnose(answer, want)
        assert d.kind != "inaccurate" and "unstable" not in d.message, d
        assert "differ" in d.message or "not the expected" in d.message, d
    assert "12.0001" in diagnose(12.0001, 12).message      # not shown rounded to 12
    fb = check_function("whole", lambda m, n, k: k * (m + n + 1) + 1e-4,
                        lambda m, n, k: k * (m + n + 1), [(5, 4, 2)])
    assert "unstable" not in fb.message and not fb.passed, fb.message
    # a float expected value may still be inaccurate
    assert diagnose(12.0001, 12.0).kind == "inaccurate"


# i8 review: "a int", "a array" -> "an int", "an array"
def test_messages_use_the_right_article():
    assert "it is an int" in diagnose(3, True).message
    assert "it is an array of shape" in diagnose(np.array([1.0]), True).message
    assert "got a dict" in diagnose({"a": 1}, 1.5).message
    assert "is an object; a shape" in diagnose(object(), (2,), as_shape=True).message
    assert "is a float; a shape" in diagnose(3.5, (2,), as_shape=True).message
    fb = check_function("article", np.ones(3), lambda x: x, [(1.0,)])
    assert "got an array of shape" in fb.message, fb.message
    fb = check_function("article", 3, lambda x: x, [(1.0,)])
    assert "got an int" in fb.message, fb.message


# i8 review: "NaN messages: when the learner's result contains NaN, say where
# (e.g. got[3, 3] = nan) and keep the printed arrays short"
def test_nan_messages_say_where_and_print_short_arrays():
    want = np.arange(36.0).reshape(6, 6)
    got = want.copy()
    got[3, 3] = np.nan
    d = diagnose(got, want)
    assert d.kind == "nan" and "got[3, 3] = nan" in d.message, d
    fb = check_function("nan-where", lambda A: np.where(A == 21, np.nan, A),
                        lambda A: A, [(want,)])
    assert "got[3, 3] = nan" in fb.message, fb.message
    line = next(d for d in fb.details if d.startswith("got: "))
    assert len(line) < 80, line


def test_a_cause_ending_in_a_question_mark_has_no_stray_full_stop():
    fb = check_function("inf-where", lambda x: x / (x - x), lambda x: x,
                        [(np.array([1.0, 2.0]),)])
    assert "inf (got[0] = inf, 2 of 2 entries)" in fb.message, fb.message
    assert "?." not in fb.message


def test_a_tuple_whose_second_item_fits_says_so():
    d = diagnose((1.0, np.array([0.8, 0.2])), np.array([0.8, 0.2]))
    assert d.kind == "several-values" and "return only the second" in d.message, d
    fb = check_function("pair", lambda A: (A[0], A), lambda A: A, [(np.arange(3.0),)])
    got = next(d for d in fb.details if d.startswith("got: "))
    assert got == "got: (0, [0., 1., 2.])" and "\n" not in got, got


# i8 review: "Boolean answers: your result should be the other truth value ->
# you returned False; for this matrix the answer is True (with the case note)"
def test_a_wrong_truth_value_says_what_was_returned_and_why():
    fb = check_function("truth", lambda A: False, lambda A: bool(np.all(A > 0)),
                        [Case((np.eye(2) + 1,), note="every entry positive")])
    assert "you returned False; for this case (every entry positive) the answer is True" \
        in fb.message, fb.message
    assert "other truth value" not in fb.message


def _gram_schmidt_and_r(A):
    Q, R = np.linalg.qr(A)
    return Q, R


def _solve_and_r(X, y):
    Q, R = np.linalg.qr(X)
    return np.linalg.solve(R, Q.T @ y), R


def test_a_tuple_of_results_names_the_one_to_return():
    A = np.arange(6.0).reshape(3, 2) + np.eye(3, 2)
    fb = check_function("qr-pair", _gram_schmidt_and_r, lambda A: np.linalg.qr(A)[0], [(A,)])
    assert "return only Q (`return Q`, not `return Q, R`)" in fb.message, fb.message
    # an expression, not a name: the general advice
    fb = check_function("lstsq-pair", _solve_and_r, lambda X, y: np.linalg.lstsq(X, y)[0],
                        [(A, np.ones(3))])
    assert "return only the first" in fb.message and "solve(" not in fb.message, fb.message


# i9 derivatives review: "rounded to 6 decimal places" for a value of 1e-6 that was
# never rounded (an absolute tolerance of 1e-12 on a value of 1e-6)
def test_rounded_is_judged_relatively_on_small_values():
    e = 1e-6                           # the derivative of log at x = 1e6
    a = 1.0000000460e-6                # scipy.differentiate's estimate: off by 4.6e-8
    d = diagnose(a, e, rtol=2e-9, atol=1e-18)     # the old der-central tolerances
    assert d.kind != "rounded" and "rounded" not in d.message, d
    assert d.kind == "inaccurate", d
    # a value that really is rounded is still called rounded, large or small
    assert diagnose(0.1235, 0.123456789).kind == "rounded"
    assert diagnose(3.14, math.pi).kind == "rounded"
    assert diagnose(np.array([0.12, 0.99]), np.array([0.1234, 0.9876])).kind == "rounded"
    small = diagnose(0.000123, 0.000123456)
    assert small.kind == "rounded" and "6 decimal places" in small.message, small
    assert diagnose(1.23e-7, 1.23456e-7).kind != "rounded"   # 1.23e-7 has 9 decimals


# i9 derivatives review: "forming X.T @ X" told to a learner whose scalar derivative
# is a little off; an exercise may name its own causes of a near miss
def test_inaccurate_names_x_t_x_only_with_a_matrix_input_and_takes_a_near_miss():
    scalar = check_function("near-scalar", lambda f, x: 2.71829, lambda f, x: 2.718281828,
                            [(np.exp, 1.0)])
    assert scalar.kind == "inaccurate" and "X.T @ X" not in scalar.message, scalar.message
    assert "subtracting nearly equal numbers" in scalar.message
    A = np.array([[2.0, 1.0], [1.0, 3.0]])
    matrix = check_function("near-matrix", lambda A: 1.0001 * np.linalg.det(A),
                            lambda A: np.linalg.det(A), [(A,)])
    assert matrix.kind == "inaccurate" and "X.T @ X" in matrix.message, matrix.message
    own = check_function("near-own", lambda f, x: 2.71829, lambda f, x: 2.718281828,
                         [(np.exp, 1.0)], near_miss="the step is too small or too large.")
    assert own.kind == "inaccurate" and own.message.endswith(
        "significant digits: the step is too small or too large."), own.message
    # diagnose alone (a value exercise) keeps the old list
    assert "X.T @ X" in diagnose(2.71829, 2.718281828).message
