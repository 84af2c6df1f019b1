"""Unit tests for mfml.check: every diagnosis is specific, and nothing ever raises."""

from __future__ import annotations

import inspect
import itertools
import math
import warnings

import numpy as np
import pytest

from mfml import check
from mfml.check import (
    FAILED,
    NOT_ATTEMPTED,
    PASSED,
    RESULTS,
    Feedback,
    Report,
    check_function,
    check_value,
    compare,
    diagnose,
    report,
)


@pytest.fixture(autouse=True)
def _fresh_results():
    """RESULTS is a module-level registry: isolate every test from the others."""
    saved = dict(RESULTS)
    RESULTS.clear()
    yield
    RESULTS.clear()
    RESULTS.update(saved)


# ---------------------------------------------------------------------------
# Learner functions. They live in this module (not in lambdas or exec'd code)
# so that their source lines are available to the traceback machinery.
# ---------------------------------------------------------------------------

def ref_unit(v):
    return v / np.linalg.norm(v)


def learner_unit_correct(v):
    return v / np.sqrt(np.sum(v * v))


def learner_unit_forgot_return(v):
    v / np.linalg.norm(v)  # the classic missing `return`


def learner_unit_not_normalised(v):
    return v * 1.0


def learner_unit_wrong_sign(v):
    return -v / np.linalg.norm(v)


def learner_unit_in_place(v):
    v /= np.linalg.norm(v)
    return v


def learner_unit_sort_in_place(v):
    v.sort()
    return v / np.linalg.norm(v)


def learner_divides_by_zero(v):
    total = float(np.sum(v))
    return v * (1.0 / (total - total))  # learner bug: divides by 0.0


def learner_not_implemented(v):
    raise NotImplementedError("your code here")


def learner_returns_string(v):
    return "the unit vector"


def learner_returns_ragged(v):
    return [[1.0, 2.0], [3.0]]


def learner_inverts(a):
    return np.linalg.inv(a)  # raises LinAlgError inside numpy for a singular matrix


def _source_line(fn, contains: str) -> tuple[int, str]:
    """(line number, stripped text) of the line of ``fn`` containing ``contains``."""
    lines, first = inspect.getsourcelines(fn)
    for offset, text in enumerate(lines):
        if contains in text:
            return first + offset, text.strip()
    raise AssertionError(f"{contains!r} not in the source of {fn.__name__}")


V = np.array([3.0, 4.0])
W = np.array([1.0, -2.0, 2.0])


# ---------------------------------------------------------------------------
# compare(): one specific diagnosis per kind of mistake
# ---------------------------------------------------------------------------

class TestCompare:
    def test_correct_scalar(self):
        assert compare(np.pi / 3, np.pi / 3) == (True, "correct")

    def test_correct_within_tolerance(self):
        ok, msg = compare(1.0 + 1e-9, 1.0)
        assert ok and msg == "correct"

    def test_outside_custom_tolerance(self):
        assert compare(1.01, 1.0, rtol=0.1)[0] is True
        assert compare(1.01, 1.0, rtol=1e-6)[0] is False

    def test_correct_array_from_list_and_tuple(self):
        assert compare([1, 2, 3], np.array([1.0, 2.0, 3.0]))[0]
        assert compare((1, 2, 3), [1, 2, 3])[0]

    def test_numpy_scalar_and_one_element_array_accepted_for_scalar(self):
        assert compare(np.float32(0.5), 0.5)[0]
        assert compare(np.array([0.5]), 0.5)[0]
        assert compare(np.array([[0.5]]), 0.5)[0]

    def test_none_mentions_return(self):
        ok, msg = compare(None, 1.0)
        assert not ok
        assert "None" in msg and "return" in msg

    def test_what_is_used_in_message(self):
        ok, msg = compare(None, 1.0, what="the result")
        assert msg.startswith("the result is None")

    def test_function_instead_of_value(self):
        ok, msg = compare(ref_unit, 1.0)
        assert not ok
        assert "function" in msg and "ref_unit" in msg and "( )" in msg

    def test_lambda_instead_of_value(self):
        ok, msg = compare(lambda: 1.0, 1.0)
        assert not ok and "is a function" in msg and "<lambda>" in msg

    @pytest.mark.parametrize("answer, typename", [
        ("1.0", "str"),
        (b"1.0", "bytes"),
        ({"x": 1.0}, "dict"),
        ({1.0}, "set"),
    ])
    def test_wrong_container_type(self, answer, typename):
        ok, msg = compare(answer, 1.0)
        assert not ok
        assert "wrong type" in msg and typename in msg

    def test_string_answer_is_shown_truncated(self):
        ok, msg = compare("x" * 500, 1.0)
        assert not ok and "wrong type" in msg
        assert len(msg) < 200

    def test_list_of_strings_is_wrong_type(self):
        ok, msg = compare(["1", "2"], [1.0, 2.0])
        assert not ok and "wrong type" in msg and "str" in msg

    @pytest.mark.parametrize("answer", [[[1.0, 2.0], [3.0]], [1.0, [2.0, 3.0]]])
    def test_ragged_list(self, answer):
        ok, msg = compare(answer, [[1.0, 2.0], [3.0, 4.0]])
        assert not ok
        assert "could not be read as a number or an array" in msg and "list" in msg

    def test_object_array(self):
        ok, msg = compare(np.array(None), 1.0)
        assert not ok and "wrong type" in msg and "NoneType" in msg

    def test_nan_scalar(self):
        ok, msg = compare(float("nan"), 1.0)
        assert not ok
        assert "contains NaN" in msg and "0/0" in msg
        assert "at index" not in msg

    def test_nan_in_array_gives_index(self):
        ok, msg = compare(np.array([[1.0, 2.0], [np.nan, 4.0]]), np.ones((2, 2)))
        assert not ok and "contains NaN (got[1, 0] = nan, 1 of 4 entries)" in msg

    def test_inf_in_array_gives_index(self):
        ok, msg = compare(np.array([1.0, np.inf, 3.0]), [1.0, 2.0, 3.0])
        assert not ok
        assert "contains inf (got[1] = inf, 1 of 3 entries)" in msg
        assert "NaN" not in msg.split(".")[0]

    def test_minus_inf_scalar(self):
        ok, msg = compare(-math.inf, 1.0)
        assert not ok and "contains inf" in msg

    def test_expected_minus_inf_is_matched(self):
        # log P of an impossible event is log 0 = -inf (review of distributions, finding 3)
        assert compare(-math.inf, -math.inf)[0]
        assert not compare(math.inf, -math.inf)[0]

    def test_nan_reported_before_inf(self):
        ok, msg = compare([np.inf, np.nan], [1.0, 2.0])
        assert not ok and "contains NaN" in msg

    def test_wrong_shape(self):
        ok, msg = compare([1.0, 2.0, 3.0], [1.0, 2.0])
        assert not ok
        assert "wrong shape" in msg and "(3,)" in msg and "(2,)" in msg

    def test_array_for_scalar_is_wrong_shape(self):
        ok, msg = compare([1.0, 2.0], 1.0)
        assert not ok and "2 values" in msg and "one number was expected" in msg
        assert diagnose([1.0, 2.0], 1.0).kind == "wrong-shape"

    def test_empty_array_for_scalar_is_wrong_shape(self):
        ok, msg = compare(np.array([]), 1.0)
        assert not ok and "empty" in msg
        assert diagnose(np.array([]), 1.0).kind == "wrong-shape"

    def test_empty_matches_empty(self):
        assert compare(np.array([]), [])[0]

    def test_transposed(self):
        expected = np.arange(6.0).reshape(2, 3)
        ok, msg = compare(expected.T, expected)
        assert not ok
        assert "transposed" in msg and "(3, 2)" in msg and "(2, 3)" in msg

    def test_transposed_shape_but_different_numbers_is_not_called_transposed(self):
        expected = np.arange(6.0).reshape(2, 3)
        ok, msg = compare(np.zeros((3, 2)), expected)
        assert not ok and "transposed" not in msg and "wrong shape" in msg

    def test_right_numbers_wrong_shape(self):
        ok, msg = compare([1.0, 2.0, 3.0, 4.0], [[1.0, 2.0], [3.0, 4.0]])
        assert not ok
        assert "right numbers in the wrong shape" in msg
        assert "(4,)" in msg and "(2, 2)" in msg

    def test_column_vector_for_row_vector(self):
        ok, msg = compare(np.array([[1.0], [2.0], [3.0]]), [1.0, 2.0, 3.0])
        assert not ok and "right numbers in the wrong shape" in msg

    def test_wrong_sign(self):
        ok, msg = compare(-W, W)
        assert not ok and "wrong sign" in msg

    def test_wrong_sign_scalar(self):
        ok, msg = compare(-2.5, 2.5)
        assert not ok and "wrong sign" in msg

    def test_constant_factor(self):
        ok, msg = compare(3 * W, W)
        assert not ok
        assert "constant factor" in msg and "3 times" in msg

    def test_factor_two_is_named(self):
        d = diagnose(2 * W, W)
        assert not d.ok and d.kind == "factor" and "twice" in d.message

    def test_constant_factor_matrix(self):
        e = np.arange(1.0, 7.0).reshape(2, 3)
        ok, msg = compare(e / 3, e)
        assert not ok and "constant factor" in msg and "0.3333 times" in msg

    def test_not_normalised_unit_vector(self):
        expected = V / np.linalg.norm(V)
        ok, msg = compare(V, expected)
        assert not ok
        assert "not normalised" in msg and "length is 5" in msg and "should be 1" in msg

    def test_shorter_than_unit_is_also_not_normalised(self):
        ok, msg = compare([0.5, 0.0], [1.0, 0.0])
        assert not ok and "not normalised" in msg and "0.5" in msg

    def test_negative_multiple_of_unit_vector_is_not_called_normalisation(self):
        ok, msg = compare([-2.0, 0.0], [1.0, 0.0])
        assert not ok and "not normalised" not in msg and "constant factor" in msg

    def test_generic_vector_difference_points_at_largest_difference(self):
        ok, msg = compare([1.0, 2.0, 5.0, 4.0], [1.0, 2.0, 3.0, 4.1])
        assert not ok
        assert "differs" in msg and "index (2,)" in msg

    def test_generic_scalar_difference_zero_expected(self):
        ok, msg = compare(5.0, 0.0)
        assert not ok and "(5) is not the expected value" in msg

    def test_wrong_scalar_is_not_blamed_on_a_constant_factor(self):
        # For a single number every nonzero answer is "a constant factor" times
        # the expected value, so that diagnosis carries no information here: a
        # wrong scalar should be reported as simply not the expected value.
        ok, msg = compare(1.0, np.pi / 3)
        assert not ok
        assert "is not the expected value" in msg, msg
        assert "constant factor" not in msg, msg

    def test_complex_with_imaginary_part(self):
        ok, msg = compare(np.array([1 + 2j, 3 + 0j]), [1.0, 3.0])
        assert not ok and "complex" in msg and "real result" in msg

    def test_complex_with_zero_imaginary_part_is_accepted(self):
        assert compare(np.array([1 + 0j, 3 + 0j]), [1.0, 3.0])[0]
        assert compare(2 + 0j, 2.0)[0]

    def test_complex_with_zero_imaginary_part_still_diagnosed(self):
        ok, msg = compare(np.array([-1 + 0j, -3 + 0j]), [1.0, 3.0])
        assert not ok and "wrong sign" in msg

    @pytest.mark.parametrize("answer, expected, ok", [
        (True, True, True),
        (False, False, True),
        (np.True_, True, True),
        (True, np.bool_(True), True),
        (False, True, False),
        (np.False_, np.True_, False),
    ])
    def test_bool_expectation(self, answer, expected, ok):
        got, msg = compare(answer, expected)
        assert got is ok
        if ok:
            assert msg == "correct"
        else:
            assert f"is {bool(answer)}; the answer is {bool(expected)}" in msg

    @pytest.mark.parametrize("answer", [1, 0, 1.0, "True", np.array([True])])
    def test_bool_expectation_wrong_type(self, answer):
        ok, msg = compare(answer, True)
        assert not ok and "should be True or False" in msg

    def test_generator(self):
        ok, msg = compare((x for x in [1.0, 2.0]), [1.0, 2.0])
        assert not ok and "wrong type" in msg and "generator" in msg

    def test_huge_python_int(self):
        ok, msg = compare(10 ** 400, 1.0)
        assert not ok and isinstance(msg, str) and msg

    def test_exotic_object_whose_array_conversion_raises(self):
        class Hostile:
            def __array__(self, *a, **k):
                raise RuntimeError("nope")

            def __len__(self):
                raise RuntimeError("nope")

        ok, msg = compare(Hostile(), 1.0)
        assert not ok and isinstance(msg, str) and msg


# ---------------------------------------------------------------------------
# check_value()
# ---------------------------------------------------------------------------

class TestCheckValue:
    def test_none_is_not_attempted(self):
        fb = check_value("ex-none", None, 1.0, hint="think")
        assert fb.status == NOT_ATTEMPTED
        assert "replace None" in fb.message
        assert not fb and not fb.passed

    def test_ellipsis_is_not_attempted(self):
        assert check_value("ex-ell", ..., 1.0).status == NOT_ATTEMPTED

    def test_correct(self):
        fb = check_value("ex-ok", np.pi / 3, np.pi / 3, hint="use arccos")
        assert fb.status == PASSED and fb.passed and bool(fb)
        assert fb.message == "well done."
        assert fb.hint == "use arccos"

    def test_wrong_carries_compare_message(self):
        fb = check_value("ex-sign", -W, W)
        assert fb.status == FAILED and not fb
        assert fb.message == compare(-W, W)[1]

    def test_function_instead_of_value(self):
        fb = check_value("ex-fn", ref_unit, 1.0)
        assert fb.status == FAILED and "did you forget to call it" in fb.message

    def test_rtol_atol_are_passed_through(self):
        assert check_value("ex-tol", 1.05, 1.0, rtol=0.1).passed
        assert not check_value("ex-tol2", 1.05, 1.0).passed
        assert check_value("ex-tol3", 1e-3, 0.0, atol=1e-2).passed

    def test_result_is_recorded_and_overwritten(self):
        check_value("ex-a", None, 1.0)
        assert RESULTS["ex-a"].status == NOT_ATTEMPTED
        check_value("ex-a", 2.0, 1.0)
        assert RESULTS["ex-a"].status == FAILED
        fb = check_value("ex-a", 1.0, 1.0)
        assert RESULTS["ex-a"] is fb and fb.passed

    @pytest.mark.parametrize("answer, expected, words", [
        ("0.5", 0.5, ["wrong type", "str"]),
        ({"angle": 0.5}, 0.5, ["wrong type", "dict"]),
        ([[1.0, 2.0], [3.0]], np.ones((2, 2)), ["could not be read"]),
        (float("nan"), 0.5, ["NaN"]),
        (np.array([1.0, -np.inf]), [1.0, 2.0], ["inf", "got[1] = -inf"]),
        (np.arange(6.0).reshape(3, 2), np.arange(6.0).reshape(3, 2).T, ["transposed"]),
        (np.arange(6.0), np.arange(6.0).reshape(2, 3), ["right numbers in the wrong shape"]),
        (np.ones((2, 2)), np.ones(3), ["wrong shape", "(2, 2)", "(3,)"]),
        (np.array([1 + 1j]), 1.0, ["complex"]),
        (-np.ones(3), np.ones(3), ["wrong sign"]),
        (np.array([0.0, 2.0]), [0.0, 1.0], ["not normalised"]),
        (4 * np.ones((2, 2)), np.ones((2, 2)), ["constant factor", "4 times"]),
        (False, True, ["is False; the answer is True"]),
        (0.5, True, ["True or False"]),
    ])
    def test_failures_have_specific_messages(self, answer, expected, words):
        fb = check_value("ex-msg", answer, expected, hint="a hint")
        assert fb.status == FAILED
        for word in words:
            assert word in fb.message, fb.message
        assert "Hint: a hint" in fb.text()


# ---------------------------------------------------------------------------
# check_function()
# ---------------------------------------------------------------------------

CASES = [(V,), (W,), (np.array([0.0, 0.0, 2.0]),)]


class TestCheckFunction:
    def test_correct_function_passes(self):
        fb = check_function("unit", learner_unit_correct, ref_unit, CASES, hint="divide")
        assert fb.status == PASSED and fb.passed
        assert "all 3 test cases pass" in fb.message
        assert fb.details == []

    def test_bare_argument_cases_are_wrapped_in_a_tuple(self):
        fb = check_function("unit-bare", learner_unit_correct, ref_unit, [V, W])
        assert fb.passed, fb.text()

    def test_multi_argument_cases(self):
        fb = check_function("dot", lambda x, y: float(x @ y), lambda x, y: float(np.dot(x, y)),
                            [(V, V), (W, -W)])
        assert fb.passed

    def test_not_callable(self):
        fb = check_function("unit-nc", np.ones(2), ref_unit, CASES)
        assert fb.status == FAILED
        assert "expected a function" in fb.message and "array of shape (2,)" in fb.message

    def test_not_callable_none(self):
        fb = check_function("unit-none", None, ref_unit, CASES)
        assert fb.status == FAILED and "expected a function, got a NoneType" in fb.message

    def test_not_implemented_is_not_attempted(self):
        fb = check_function("unit-ni", learner_not_implemented, ref_unit, CASES, hint="h")
        assert fb.status == NOT_ATTEMPTED and fb.kind == "not-attempted"
        assert "write its body" in fb.message
        assert "run the cell that starts `def learner_not_implemented(`" in fb.message
        assert RESULTS["unit-ni"] is fb

    def test_returns_none_mentions_return(self):
        fb = check_function("unit-ret", learner_unit_forgot_return, ref_unit, CASES)
        assert fb.status == FAILED
        assert "test case 1" in fb.message
        assert "None" in fb.message and "`return`" in fb.message
        assert any(d.startswith("got: None") for d in fb.details)

    def test_failure_details_show_input_expected_got(self):
        fb = check_function("unit-norm", learner_unit_not_normalised, ref_unit, CASES)
        assert fb.status == FAILED
        assert "test case 1" in fb.message and "not normalised" in fb.message
        assert fb.details == ["v = [3., 4.]", "expected: [0.6, 0.8]", "got: [3., 4.]"]

    def test_wrong_sign(self):
        fb = check_function("unit-sign", learner_unit_wrong_sign, ref_unit, CASES)
        assert fb.status == FAILED and "wrong sign" in fb.message

    def test_later_case_failure_is_numbered(self):
        def only_first_right(v):
            return ref_unit(v) if v.shape == (2,) else ref_unit(v) * 2

        fb = check_function("unit-later", only_first_right, ref_unit, CASES)
        assert fb.status == FAILED and fb.message.startswith("test case 2:")

    def test_wrong_type_result(self):
        fb = check_function("unit-str", learner_returns_string, ref_unit, CASES)
        assert fb.status == FAILED and "wrong type" in fb.message and "str" in fb.message

    def test_ragged_result_is_diagnosed(self):
        # A learner function returning a ragged list should get the same
        # diagnosis as check_value gives ("could not be read ..."), not a
        # crash of the checker itself.
        fb = check_function("unit-ragged", learner_returns_ragged, ref_unit, CASES)
        assert fb.status == FAILED
        assert "could not be read as a number or an array" in fb.message, fb.message
        assert "could not check this answer" not in fb.message, fb.message

    def test_exception_is_reported_with_learner_line(self):
        fb = check_function("unit-zero", learner_divides_by_zero, ref_unit, CASES, hint="h")
        assert fb.status == FAILED
        assert "raised ZeroDivisionError" in fb.message and "test case 1" in fb.message
        lineno, src = _source_line(learner_divides_by_zero, "learner bug")
        assert fb.details == [f"line {lineno} of learner_divides_by_zero(): {src}",
                              "v = [3., 4.]"]
        assert src in fb.text() and fb.kind == "zero-division"

    def test_exception_inside_library_is_attributed_to_learner_line(self):
        # np.linalg.inv raises deep inside numpy; the learner should be shown
        # *their* line (the call to inv), not numpy's internals.
        fb = check_function("inv", learner_inverts, lambda a: a, [(np.zeros((2, 2)),)])
        assert fb.status == FAILED and "LinAlgError" in fb.message
        lineno, src = _source_line(learner_inverts, "np.linalg.inv(a)")
        assert fb.details[0] == f"line {lineno} of learner_inverts(): {src}", fb.details
        assert fb.kind == "exception"

    def test_mutating_input_is_flagged(self):
        v = V.copy()
        fb = check_function("unit-mut", learner_unit_in_place, ref_unit, [(v,)])
        assert fb.status == FAILED
        assert "changed its input `v` in place" in fb.message and fb.kind == "input-mutated"
        np.testing.assert_array_equal(v, V)  # the caller's array is untouched

    def test_sorting_input_in_place_is_flagged(self):
        fb = check_function("unit-sort", learner_unit_sort_in_place, ref_unit,
                            [(np.array([3.0, 1.0, 2.0]),)])
        assert fb.status == FAILED and "in place" in fb.message

    def test_nan_inputs_are_not_mistaken_for_mutation(self):
        x = np.array([np.nan, 1.0])
        fb = check_function("nan-in", lambda a: np.isnan(a).sum(), lambda a: np.isnan(a).sum(),
                            [(x,)])
        assert fb.passed, fb.text()

    def test_complex_result(self):
        fb = check_function("cplx", lambda v: v + 1j, lambda v: v, CASES)
        assert fb.status == FAILED and "complex" in fb.message

    def test_nan_result(self):
        def nan_result(v):
            with np.errstate(all="ignore"):
                return v / 0.0 * 0.0

        fb = check_function("nan", nan_result, ref_unit, [(V,)])
        assert fb.status == FAILED and "NaN" in fb.message

    def test_failure_message_uses_the_result(self):
        fb = check_function("what", lambda v: None, ref_unit, [(V,)])
        assert "your result is None" in fb.message and fb.kind == "none"

    def test_recorded(self):
        fb = check_function("rec", learner_unit_correct, ref_unit, CASES)
        assert RESULTS["rec"] is fb


# ---------------------------------------------------------------------------
# Feedback rendering and report()
# ---------------------------------------------------------------------------

class TestFeedback:
    def test_text_failed_includes_hint_and_details(self):
        fb = Feedback("ex1", FAILED, "wrong sign", hint="flip it", details=["input: 1", "got: -1"])
        t = fb.text()
        assert t.splitlines()[0] == "❌ [ex1] FAILED: wrong sign"
        assert "   input: 1" in t and "   got: -1" in t
        assert t.splitlines()[-1] == "   Hint: flip it"
        assert repr(fb) == t

    def test_text_passed_hides_hint(self):
        fb = Feedback("ex1", PASSED, "well done.", hint="flip it")
        assert "Hint" not in fb.text() and "flip it" not in fb.text()
        assert fb.text().startswith("✅ [ex1] PASSED")

    def test_text_not_attempted_shows_hint(self):
        fb = Feedback("ex1", NOT_ATTEMPTED, "replace None", hint="flip it")
        assert fb.text().startswith("⏳ [ex1] NOT ATTEMPTED YET")
        assert "Hint: flip it" in fb.text()

    def test_no_hint_no_hint_line(self):
        assert "Hint" not in Feedback("ex1", FAILED, "m").text()

    def test_html_failed_has_hint_and_escapes(self):
        fb = Feedback("ex<1>", FAILED, "a < b & c", hint="use <b>",
                      details=["line 3 of f(): return x<y", "input: [1]"])
        h = fb._repr_html_()
        assert "<details><summary>Hint</summary>use &lt;b&gt;</details>" in h
        assert "a &lt; b &amp; c" in h and "ex&lt;1&gt;" in h
        assert "<li><code>line 3 of f(): return x&lt;y</code></li>" in h
        assert "<li>input: [1]</li>" in h
        assert "#D55E00" in h

    def test_html_passed_has_no_hint(self):
        h = Feedback("ex1", PASSED, "well done.", hint="use <b>")._repr_html_()
        assert "Hint" not in h and "use" not in h
        assert "#009E73" in h and "<ul>" not in h

    def test_html_not_attempted_colour_and_hint(self):
        h = Feedback("ex1", NOT_ATTEMPTED, "todo", hint="h")._repr_html_()
        assert "#999999" in h and "<summary>Hint</summary>h" in h

    def test_bool(self):
        assert Feedback("e", PASSED, "").passed is True
        assert bool(Feedback("e", FAILED, "")) is False
        assert bool(Feedback("e", NOT_ATTEMPTED, "")) is False

    def test_details_default_is_not_shared(self):
        a, b = Feedback("a", FAILED, ""), Feedback("b", FAILED, "")
        a.details.append("x")
        assert b.details == []


class TestReport:
    def test_counts_and_text(self):
        check_value("r1", 1.0, 1.0)
        check_value("r2", 2.0, 1.0)
        check_value("r3", None, 1.0)
        check_function("r4", learner_not_implemented, ref_unit, CASES)
        check_function("r5", learner_unit_correct, ref_unit, CASES)
        rep = report()
        assert isinstance(rep, Report)
        assert rep.counts() == {PASSED: 2, FAILED: 1, NOT_ATTEMPTED: 2}
        text = repr(rep)
        assert text.splitlines()[0] == "5 exercises: 2 passed, 1 failed, 2 not attempted yet"
        assert [line.split()[1] for line in text.splitlines()[1:]] == [
            "r1:", "r2:", "r3:", "r4:", "r5:"]

    def test_latest_result_wins_but_order_is_first_checked(self):
        check_value("a", None, 1.0)
        check_value("b", 1.0, 1.0)
        check_value("a", 1.0, 1.0)
        rep = report()
        assert list(rep.results) == ["a", "b"]
        assert rep.counts() == {PASSED: 2, FAILED: 0, NOT_ATTEMPTED: 0}

    def test_a_pass_is_kept_after_a_failed_experiment(self):
        # i8 review: "report() forgets a pass: after an exercise passed, a later
        # failed experiment turns it into failed"
        check_value("a", 1.0, 1.0)
        fb = check_value("a", 2.0, 1.0)
        assert not fb.passed and fb.passed_before
        check_value("a", None, 1.0)
        check_value("b", 2.0, 1.0)
        rep = report()
        assert rep.counts() == {PASSED: 1, FAILED: 1, NOT_ATTEMPTED: 0}
        lines = repr(rep).splitlines()
        assert lines[1] == "  ✅ a: passed (your last attempt: not attempted yet)"
        assert lines[2] == "  ❌ b: failed"
        check_value("a", 1.0, 1.0)
        assert repr(report()).splitlines()[1] == "  ✅ a: passed"

    def test_report_is_a_snapshot(self):
        check_value("a", 1.0, 1.0)
        rep = report()
        check_value("b", 1.0, 1.0)
        assert list(rep.results) == ["a"]

    def test_empty(self):
        assert report().counts() == {PASSED: 0, FAILED: 0, NOT_ATTEMPTED: 0}
        assert repr(report()).startswith("0 exercises")


# ---------------------------------------------------------------------------
# Fuzz: check_value never raises, whatever the learner hands it
# ---------------------------------------------------------------------------

class _Weird:
    def __repr__(self):
        raise RuntimeError("repr explodes")


class _BadArray:
    def __array__(self, *a, **k):
        raise ValueError("no array for you")


class _BadFloat:
    def __float__(self):
        raise TypeError("no")


def _gen():
    yield 1.0


ODD_ANSWERS = [
    object(), _Weird(), _BadArray(), _BadFloat(), type, len, print, np.sum,
    [], [[]], [[], [1]], [[1, 2], [3]], [[[1]], [2]], [1, "a"], [None], [None, 1.0],
    (1, (2, 3)), {1: 2}, set(), frozenset({1}), "", "nan", b"", bytearray(b"1"),
    10 ** 400, -10 ** 400, [10 ** 400, 1], 1e308, -1e308, 1e-320, np.float64(1.7e308),
    np.array(None), np.array([None, None]), np.array([]), np.empty((0, 3)), np.zeros((3, 0)),
    np.array([[1, 2], [3, 4]], dtype=object), np.array(["a", "b"]), np.array([b"x"]),
    np.datetime64("2020-01-01"), np.array([1, 2], dtype="timedelta64[s]"),
    np.array([1 + 1j, np.nan]), complex("nan+nanj"), np.ma.masked_array([1.0, 2.0], [0, 1]),
    np.arange(10 ** 4, dtype=float), np.ones((2, 2, 2, 2)), np.int8(-128), np.uint64(2 ** 63),
    True, False, np.True_, _gen(), (x for x in []), iter([1, 2]), range(3), range(0),
    slice(1), ..., NotImplemented, 1j, float("inf"), float("-inf"), float("nan"),
    np.array([np.inf, -np.inf, np.nan]), memoryview(b"ab"), Exception("x"),
]

ODD_EXPECTED = [1.0, 0.0, -2.5, True, np.array([1.0, 2.0]), np.eye(2), np.array([0.0, 0.0]),
                np.array([0.6, 0.8]), np.zeros((2, 3)), np.array([]), np.array([1e-300])]


@pytest.mark.parametrize("answer", ODD_ANSWERS, ids=lambda a: type(a).__name__)
def test_check_value_never_raises(answer):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for i, expected in enumerate(ODD_EXPECTED):
            fb = check_value(f"fuzz-{i}", answer, expected, hint="h")
            assert isinstance(fb, Feedback)
            assert fb.status in (PASSED, FAILED, NOT_ATTEMPTED)
            assert isinstance(fb.message, str) and fb.message
            assert isinstance(fb.text(), str) and isinstance(fb._repr_html_(), str)
            # only an exact placeholder counts as not attempted
            if answer is not None and answer is not Ellipsis:
                assert fb.status != NOT_ATTEMPTED


@pytest.mark.parametrize("answer", ODD_ANSWERS[:40], ids=lambda a: type(a).__name__)
def test_compare_never_raises(answer):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for expected in ODD_EXPECTED:
            ok, msg = compare(answer, expected)
            assert isinstance(ok, (bool, np.bool_)) and isinstance(msg, str) and msg


@pytest.mark.parametrize("result", [
    object(), [[1.0], [2.0, 3.0]], "x", {"a": 1}, np.array(None), 10 ** 400,
    float("nan"), np.array([1 + 2j, 0j]), _gen(), np.empty((0,)), ref_unit,
], ids=lambda a: type(a).__name__)
def test_check_function_never_crashes_on_odd_results(result):
    """Whatever the learner function returns, the answer is *diagnosed* (a
    "test case 1: ..." message), not reported as a checker crash."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fb = check_function("fuzz-fn", lambda v: result, ref_unit, [(V,)])
    assert isinstance(fb, Feedback) and fb.status == FAILED
    assert fb.message.startswith("test case 1:"), fb.message


def test_fuzz_random_arrays_diagnosis_is_consistent():
    """Random shapes and scalings: diagnosis follows the construction."""
    rng = np.random.default_rng(0)
    for shape in itertools.islice(itertools.cycle([(3,), (2, 3), (4, 1), (5,)]), 40):
        e = rng.standard_normal(shape) + 3.0  # away from zero
        assert compare(e.copy(), e)[0]
        assert "wrong sign" in compare(-e, e)[1]
        assert "constant factor" in compare(3 * e, e)[1]
        assert "wrong shape" in compare(e.ravel()[:-1], e)[1]
        bad = e.copy()
        bad.flat[rng.integers(bad.size)] = np.nan
        assert "NaN" in compare(bad, e)[1]


def test_module_exports_statuses():
    assert (check.PASSED, check.FAILED, check.NOT_ATTEMPTED) == (
        "passed", "failed", "not attempted yet")


def _learner_appends(xs):
    xs.append(0.0)
    return sum(xs)


def test_mutating_a_list_argument_is_flagged():
    fb = check_function("list-mut", _learner_appends, lambda xs: sum(xs), [([1.0, 2.0],)])
    assert fb.status == FAILED and "in place" in fb.message


@pytest.mark.parametrize("answer, expected, phrase", [
    (60.0, np.pi / 3, "degrees where radians"),
    (np.pi / 3, 60.0, "radians where degrees"),
    (2.0, 1.0, "twice"),
    (0.5, 1.0, "half"),
])
def test_telling_scalar_ratios_are_named(answer, expected, phrase):
    fb = check_value("ratio", answer, expected)
    assert fb.status == FAILED and phrase in fb.message


def test_learner_line_without_source_text_is_still_reported():
    ns = {}
    exec(compile("def f(x):\n    return x / undefined_name\n", "<no-source>", "exec"), ns)
    fb = check_function("nosrc", ns["f"], lambda x: x, [(np.ones(2),)])
    assert fb.status == FAILED and "NameError" in fb.message
    assert fb.details[0] == "line 2 of f()"


def _reciprocal_or_raise(x):
    if x == 0:
        raise ValueError("zero has no reciprocal")
    return 1 / x


@pytest.mark.parametrize("fn, status, kind, phrase", [
    (_reciprocal_or_raise, PASSED, "passed", "well done"),
    (lambda x: 1 / x if x else 0.0, FAILED, "requirement", "must raise ValueError"),
    (lambda x: 1 / x, FAILED, "exception", "must raise ValueError"),   # ZeroDivisionError
])
def test_cases_that_must_raise(fn, status, kind, phrase):
    cases = [check.Case((2.0,)), check.Case((0.0,), "zero: raise ValueError", raises=ValueError),
             check.Case((4.0,))]
    with np.errstate(all="ignore"):
        fb = check_function("t", fn, lambda x: 1 / x, cases)
    assert fb.status == status and fb.kind == kind, fb.text()
    assert phrase in fb.text()
    if status == FAILED:
        assert "zero: raise ValueError" in fb.text()


def test_a_wrong_count_is_said_as_a_count_not_a_factor():
    """A rank of 3 where 2 is expected is not "3/2 times the expected one"."""
    A = np.arange(12.0).reshape(3, 4)   # 3 rows: n/(n-1) = 3/2

    def one_too_many(A):
        return 3

    plain = check_function("c", one_too_many, lambda A: 2, [(A,)])
    assert plain.kind != "wrong-count"
    fb = check_function("c", one_too_many, lambda A: 2, [(A,)],
                        count="this matrix has rank {expected}")
    assert fb.kind == "wrong-count"
    assert fb.message == "test case 1: your function returned 3; this matrix has rank 2."
    assert "times" not in fb.message


def test_vm_rank_is_a_count_and_says_which_matrix():
    from mfml import practice

    def rank_plus_one(A, tol=1e-9):
        return int(np.linalg.matrix_rank(np.asarray(A, dtype=float))) + 1

    ex = practice.get("vm-rank")
    assert ex.kind == "count"
    fb = check_function("vm-rank", rank_plus_one, ex.reference, ex.test_cases(),
                        count=ex.count_phrase)
    assert fb.message.startswith("test case 1: your function returned 3; this matrix has "
                                 "rank 2")
    assert any(d.startswith("this case: ") for d in fb.details)
    # the integer rank-1 case added with the count kind
    assert any(c.args[0].dtype.kind == "i" and ex.reference(c.args[0]) == 1
               for c in ex.test_cases())


def test_a_list_of_arrays_changed_in_place_is_noticed():
    """`before != after` on lists of arrays raises "truth value ambiguous": compare
    element by element."""
    from mfml import practice

    def independent_normalising(vectors):
        for v in vectors:
            v /= np.linalg.norm(v)
        return bool(np.linalg.matrix_rank(np.column_stack(vectors)) == len(vectors))

    ex = practice.get("vm-independent")
    fb = check_function("vm-independent", independent_normalising, ex.reference,
                        ex.test_cases(), mistakes=ex.mistakes)
    assert fb.kind == "input-mutated", fb.message
    assert "changed its input `vectors` in place" in fb.message


@pytest.mark.parametrize("before, after, changed", [
    ([np.ones(2), np.zeros(2)], [np.ones(2), np.zeros(2)], False),
    ([np.ones(2), np.zeros(2)], [np.ones(2), np.ones(2)], True),
    ((np.ones(2),), (np.ones(2) / 2,), True),
    ({"a": np.ones(2)}, {"a": np.ones(2) * 3}, True),
    ([1.0, float("nan")], [1.0, float("nan")], False),
    ([1, 2], [1, 3], True),
    ([[1, 2], [3, 4]], [[1, 2], [3, 4]], False),
    (np.array([1.0, np.nan]), np.array([1.0, np.nan]), False),
    (3.0, 4.0, False),
])
def test_changed_compares_containers_element_by_element(before, after, changed):
    assert check._changed(before, after) is changed


@pytest.mark.parametrize("body, says, not_says", [
    (lambda A: np.linalg.eigvals(A), "eigenvalues exist only for square matrices", "solve"),
    (lambda A: np.linalg.det(A), "which has no determinant", "solve"),
    (lambda A: np.linalg.solve(A, np.ones(len(A))), "np.linalg.solve needs a square",
     "eigenvalues"),
    (lambda A: np.linalg.inv(A), "np.linalg.inv needs a square", "solve"),
])
def test_a_non_square_error_names_the_function_that_raised_it(body, says, not_says):
    fb = check_function("c", body, lambda A: 0.0, [(np.ones((3, 2)),)])
    assert fb.kind == "exception"
    assert says in fb.message and not_says not in fb.message, fb.message


def singular_values_svd_whole(A):
    return np.linalg.svd(A) / 2


def singular_values_svd_whole_shape(A):
    return np.array(np.linalg.svd(A)[0])


def singular_values_unpacked_wrong(A):
    U, s, Vt = np.linalg.svd(A)
    return s + np.ones(5)        # a shape error that is not svd's fault


def test_svd_used_as_if_it_returned_the_singular_values():
    A = np.arange(6.0).reshape(3, 2)
    ref = lambda A: np.linalg.svd(A, compute_uv=False)  # noqa: E731
    fb = check_function("c", singular_values_svd_whole, ref, [(A,)])
    assert "np.linalg.svd returns three arrays, (U, s, Vt)" in fb.message, fb.message
    assert "compute_uv=False" in fb.message
    fb = check_function("c", singular_values_unpacked_wrong, ref, [(A,)])
    assert "(U, s, Vt)" not in fb.message, fb.message


def test_svd_whole_result_where_a_number_was_expected():
    def largest(A):
        s = np.linalg.svd(A)        # (U, s, Vt): s[0] is U, a matrix
        return s[0]

    def largest_right(A):
        U, s, Vt = np.linalg.svd(A)
        return s[0] * 2             # wrong, but not svd's fault

    A = np.arange(6.0).reshape(3, 2)
    ref = lambda A: np.linalg.svd(A, compute_uv=False)[0]  # noqa: E731
    fb = check_function("c", largest, ref, [(A,)])
    assert fb.kind == "wrong-shape" and "compute_uv=False" in fb.message, fb.message
    fb = check_function("c", largest_right, ref, [(A,)])
    assert "(U, s, Vt)" not in fb.message


def test_a_word_answer_is_compared_as_text():
    """A label answer ("saddle") is compared as a word, case and spaces aside."""
    from mfml.diagnosis import diagnose

    assert diagnose(" Saddle", "saddle").ok
    d = diagnose("minimum", "saddle")
    assert not d.ok and d.kind == "generic" and "'saddle'" in d.message
    assert "'saddle'" not in diagnose("minimum", "saddle", reveal=False).message
    assert diagnose(1.0, "saddle").kind == "wrong-type"


# i9 derivatives review: check("der-taylor", f) with a mistyped id made report()
# count an exercise that does not exist ("5 exercises: 4 passed, 1 failed")
def test_a_mistyped_exercise_id_adds_no_row_to_the_report():
    from mfml import practice
    before = dict(check.RESULTS)
    try:
        fb = practice.check("no-such-exercise-xyz", lambda x: x)
        assert fb.kind == "unknown-exercise" and not fb.passed
        assert "no-such-exercise-xyz" not in check.RESULTS
        assert dict(check.RESULTS) == before
    finally:
        check.RESULTS.clear()
        check.RESULTS.update(before)
