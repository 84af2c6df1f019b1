"""The practice notebooks' API: check an answer, ask for a hint, see progress.

::

    from mfml.practice import check, hint, report

    check("dot-loop", dot)          # a function: run on the exercise's hidden test cases
    check("dot-orthogonal", t)      # a value
    hint("dot-loop")                # first call: a nudge; second call: the method
    report()                        # passed / failed / not attempted, per exercise

The reference solutions, test cases, per-case notes and hints live here, one
module per topic (:mod:`.dot_product`, :mod:`.vectors_matrices`,
:mod:`.matrix_multiplication`, :mod:`.eigen`, :mod:`.matrix_decomposition`,
:mod:`.least_squares`, :mod:`.derivatives`, :mod:`.partial_derivatives`,
:mod:`.chain_rule`, :mod:`.gradient`, :mod:`.gradient_descent`; probability:
:mod:`.probability_basics`, :mod:`.distributions`, :mod:`.expectation_variance`,
:mod:`.bayes`, :mod:`.mle`),
so the learner's notebook shows only the call. :mod:`.spec` describes how an
exercise is written; the checking itself is :mod:`mfml.check`.
"""

from __future__ import annotations

from typing import Any

from ..check import FAILED, Feedback, _record, check_function, check_value, report
from . import (
    bayes,
    chain_rule,
    derivatives,
    distributions,
    dot_product,
    eigen,
    expectation_variance,
    gradient,
    gradient_descent,
    least_squares,
    matrix_decomposition,
    matrix_multiplication,
    mle,
    partial_derivatives,
    probability_basics,
    vectors_matrices,
)
from .spec import REGISTRY, Exercise, Hint

__all__ = ["check", "hint", "report", "get", "exercises", "reset_hints", "TOPICS"]

#: topic module name -> its exercises, in notebook order.
TOPICS = {m.__name__.rsplit(".", 1)[-1]: m.EXERCISES for m in
          (dot_product, vectors_matrices, matrix_multiplication, eigen, matrix_decomposition,
           least_squares, derivatives, partial_derivatives, chain_rule, gradient,
           gradient_descent, probability_basics, distributions, expectation_variance, bayes,
           mle)}

_HINT_STAGE: dict[str, int] = {}


def get(exercise_id: str) -> Exercise:
    """The spec of one exercise (KeyError if there is none)."""
    return REGISTRY[exercise_id]


def exercises(topic: str | None = None) -> list[Exercise]:
    """Every exercise, or those of one topic, in notebook order."""
    if topic is None:
        return [ex for exs in TOPICS.values() for ex in exs]
    return list(TOPICS[topic])


def _unknown(exercise_id: Any) -> Feedback:
    known = ", ".join(sorted(REGISTRY))
    # not recorded: a mistyped id must not add an exercise to report()
    return Feedback(str(exercise_id), FAILED,
                    f"there is no exercise called {exercise_id!r}. Known exercises: "
                    f"{known}.", kind="unknown-exercise")


def check(exercise_id: str, answer: Any) -> Feedback:
    """Check the learner's ``answer`` (a function or a value) for one exercise."""
    ex = REGISTRY.get(exercise_id) if isinstance(exercise_id, str) else None
    if ex is None:
        return _unknown(exercise_id)
    stuck = f'run hint("{ex.id}") for a nudge, and once more for the method.'
    if ex.is_function:
        try:
            cases = ex.test_cases()
        except Exception as exc:  # pragma: no cover - a broken spec, not the learner
            return _record(Feedback(ex.id, FAILED, f"could not build the test cases ({exc!r}).",
                                    kind="checker-error"))
        return check_function(ex.id, answer, ex.reference, cases, hint=stuck, rtol=ex.rtol,
                              atol=ex.atol, alternatives=ex.alternatives, mistakes=ex.mistakes,
                              rules=ex.rules, allow_complex=ex.allow_complex,
                              count=ex.count_phrase if ex.kind == "count" else None,
                              advice=ex.advice, near_miss=ex.near_miss or None)
    return check_value(ex.id, answer, ex.reference, hint=stuck, rtol=ex.rtol, atol=ex.atol,
                       as_shape=ex.as_shape, alternatives=ex.alternatives,
                       mistakes=ex.mistakes, allow_complex=ex.allow_complex)


def hint(exercise_id: str) -> Hint | Feedback:
    """The next hint for an exercise: a nudge first, then the method."""
    ex = REGISTRY.get(exercise_id) if isinstance(exercise_id, str) else None
    if ex is None:
        known = ", ".join(sorted(REGISTRY))
        return Feedback(str(exercise_id), FAILED, f"there is no exercise called "
                        f"{exercise_id!r}. Known exercises: {known}.", kind="unknown-exercise")
    stage = min(_HINT_STAGE.get(ex.id, 0) + 1, 2)
    _HINT_STAGE[ex.id] = stage
    return Hint(ex.id, stage, ex.hints[stage - 1])


def reset_hints() -> None:
    """Forget which hints were shown (the next hint() is a nudge again)."""
    _HINT_STAGE.clear()

