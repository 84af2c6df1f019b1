"""Learner answers from tests/corpus/, each run through its exercise's real
check call: accepted or rejected as the corpus says, with the expected kind of
message, and never a traceback through the checker."""

from __future__ import annotations

import pytest

from mfml import check as engine

from .corpus import runner

CASES = [(topic, prelude, entry)
         for topic in runner.topics()
         for prelude, entries in [runner.load(topic)]
         for entry in entries]


def _id(case):
    topic, _, entry = case
    return f"{topic}:{entry.exercise}:{entry.label}"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_entry(case):
    topic, prelude, entry = case
    out = runner.run(topic, prelude, entry)
    assert not out.crash, out.crash
    assert not out.traceback_shown, out.text
    verdict = "accept" if entry.accept else "reject"
    assert out.accepted == entry.accept, f"should {verdict}:\n{out.text}"
    assert out.kind == entry.kind, f"expected kind {entry.kind!r}:\n{out.text}"
    assert entry.kind in engine.KINDS, f"{entry.kind!r} is not a documented kind"


def test_labels_are_unique_per_topic():
    for topic in runner.topics():
        labels = [(e.exercise, e.label) for e in runner.load(topic)[1]]
        assert len(labels) == len(set(labels)), topic


def test_dot_product_corpus_is_large_enough():
    _, entries = runner.load("dot_product")
    wrong = [e for e in entries if not e.accept]
    right = [e for e in entries if e.accept]
    assert len(wrong) >= 60 and len(right) >= 20
    exercises = {e.exercise for e in entries}
    from mfml import practice
    assert exercises == {ex.id for ex in practice.exercises("dot_product")}
    timeouts = [e for e in entries if e.kind == "timeout"]
    assert len(timeouts) <= 3, "endless loops cost a time limit each: keep them few"


@pytest.mark.parametrize("topic", ["vectors_matrices", "matrix_multiplication",
                                   "eigen", "matrix_decomposition",
                                   "least_squares", "derivatives", "partial_derivatives",
                                   "chain_rule", "gradient", "gradient_descent",
                                   "probability_basics", "distributions",
                                   "expectation_variance", "bayes", "mle"])
def test_corpus_covers_every_exercise_of(topic):
    """At least 8 wrong and 3 correct answers per exercise, 60 and 20 per notebook."""
    from mfml import practice
    _, entries = runner.load(topic)
    assert sum(not e.accept for e in entries) >= 60 and sum(e.accept for e in entries) >= 20
    for ex in practice.exercises(topic):
        mine = [e for e in entries if e.exercise == ex.id]
        assert sum(not e.accept for e in mine) >= 8, ex.id
        assert sum(e.accept for e in mine) >= 3, ex.id
    assert {e.exercise for e in entries} == {ex.id for ex in practice.exercises(topic)}
    assert len([e for e in entries if e.kind == "timeout"]) <= 2


def test_summary_figures():
    topic = "dot_product"
    prelude, entries = runner.load(topic)
    sample = [e for e in entries if e.kind != "timeout"][:12]
    s = runner.summarise([runner.run(topic, prelude, e) for e in sample])
    assert set(s) >= {"wrong_accepted", "correct_rejected", "checker_tracebacks",
                      "generic_share", "entries"}
    assert s["entries"] == len(sample) and s["checker_tracebacks"] == 0
