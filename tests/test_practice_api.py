"""mfml.practice: check(id, answer), hint(id), report(), and the registry."""

from __future__ import annotations

import numpy as np
import pytest

from mfml import check as engine
from mfml import practice
from mfml.check import FAILED, NOT_ATTEMPTED, PASSED, Feedback
from mfml.practice import check, hint, report
from mfml.practice.spec import Exercise, Hint, register


@pytest.fixture(autouse=True)
def _isolated():
    saved = dict(engine.RESULTS)
    engine.RESULTS.clear()
    practice.reset_hints()
    yield
    practice.reset_hints()
    engine.RESULTS.clear()
    engine.RESULTS.update(saved)


def dot(x, y):
    total = 0.0
    for a, b in zip(x, y):
        total += a * b
    return total


def stub(x, y):
    raise NotImplementedError("your code here")


def unit(x):
    raise NotImplementedError("your code here")


def test_check_a_function_and_a_value():
    assert check("dot-loop", dot).status == PASSED
    assert check("dot-orthogonal", 1.5).status == PASSED
    assert check("dot-orthogonal", None).status == NOT_ATTEMPTED
    assert check("dot-loop", stub).status == NOT_ATTEMPTED


def test_report_counts_practice_checks():
    check("dot-loop", dot)
    check("dot-orthogonal", 2.0)
    check("dot-unit", unit)
    assert report().counts() == {PASSED: 1, FAILED: 1, NOT_ATTEMPTED: 1}


@pytest.mark.parametrize("bad", ["no-such-exercise", None, 42])
def test_unknown_exercise_never_raises(bad):
    fb = check(bad, dot)
    assert isinstance(fb, Feedback) and fb.kind == "unknown-exercise"
    assert "dot-loop" in fb.message
    assert hint(bad).kind == "unknown-exercise"


def test_failed_check_points_to_hint_without_giving_it():
    fb = check("dot-loop", lambda x, y: 0.0)
    ex = practice.get("dot-loop")
    assert 'hint("dot-loop")' in fb.text()
    assert ex.hints[0] not in fb.text() and ex.hints[1] not in fb.text()


def test_hints_are_staged():
    nudge, method = practice.get("dot-norm").hints
    first, second, third = hint("dot-norm"), hint("dot-norm"), hint("dot-norm")
    assert isinstance(first, Hint)
    assert (first.stage, first.text) == (1, nudge)
    assert (second.stage, second.text) == (2, method)
    assert (third.stage, third.text) == (2, method)
    assert "again for the method" in repr(first) and "again" not in repr(second)
    assert "hint 1 of 2" in first._repr_html_()
    practice.reset_hints()
    assert hint("dot-norm").stage == 1


def test_hints_are_per_exercise():
    hint("dot-norm")
    assert hint("dot-unit").stage == 1


def test_registry_is_complete_and_consistent():
    ids = [ex.id for ex in practice.exercises()]
    assert len(ids) == len(set(ids)) >= 30
    assert set(practice.TOPICS) == {"dot_product", "vectors_matrices",
                                    "matrix_multiplication", "eigen", "matrix_decomposition",
                                    "least_squares", "derivatives", "partial_derivatives",
                                    "chain_rule", "gradient", "gradient_descent",
                                    "probability_basics", "distributions",
                                    "expectation_variance", "bayes", "mle"}
    for ex in practice.exercises():
        nudge, method = ex.hints
        assert nudge and method and nudge != method, ex.id
        if ex.is_function:
            assert ex.test_cases() and all(isinstance(c.args, tuple) for c in ex.test_cases())
        else:
            assert check(ex.id, ex.reference).passed, ex.id


def test_register_rejects_duplicates_and_missing_hints():
    with pytest.raises(ValueError, match="twice"):
        register([Exercise("dot-loop", "dot", np.dot, ("a", "b"))])
    with pytest.raises(ValueError, match="hints"):
        register([Exercise("new-one", "f", 1.0, ("only a nudge", ""))])


def test_value_exercise_shapes():
    assert check("vm-shape-c", (3,)).passed
    assert check("vm-shape-c", 3).kind == "shape-missing-comma"
