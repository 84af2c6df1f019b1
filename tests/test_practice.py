"""Practice notebooks: generated from their solutions, and checked both ways."""

from __future__ import annotations

import re

import pytest

from mfml import exercises

from .helpers import ROOT, run_notebook, text_outputs

SOLUTIONS = exercises.solution_files(ROOT / "exercises")
REPORT = re.compile(r"(\d+) exercises: (\d+) passed, (\d+) failed, (\d+) not attempted yet")


def test_there_is_a_practice_notebook_per_written_chapter():
    names = {p.name for p in SOLUTIONS}
    assert "dot_product_solutions.md" in names


def test_learner_versions_are_up_to_date():
    """The learner files are exactly what the generator makes from the solutions."""
    assert exercises.main(["--check", "--dir", str(ROOT / "exercises")]) == 0


@pytest.mark.parametrize("src", SOLUTIONS, ids=lambda p: p.stem)
def test_learner_version_hides_every_solution(src):
    learner = exercises.learner_path(src).read_text()
    assert "BEGIN SOLUTION" not in learner and "END SOLUTION" not in learner
    assert "not this one" in learner            # the do-not-edit banner
    assert learner.count("your code here") >= 3


def _report(nb):
    found = [m for t in text_outputs(nb) for m in REPORT.finditer(t)]
    assert found, "the notebook's last cell should print the progress report"
    return tuple(int(g) for g in found[-1].groups())


@pytest.mark.parametrize("src", SOLUTIONS, ids=lambda p: p.stem)
def test_solutions_pass_every_check(src):
    total, passed, failed, todo = _report(run_notebook(src))
    assert total >= 3 and (passed, failed, todo) == (total, 0, 0)


@pytest.mark.parametrize("src", SOLUTIONS, ids=lambda p: p.stem)
def test_untouched_learner_version_runs_and_says_not_attempted(src):
    nb = run_notebook(exercises.learner_path(src))
    total, passed, failed, todo = _report(nb)
    assert total >= 3 and (passed, failed, todo) == (0, 0, total)
    assert not any("Traceback" in t for t in text_outputs(nb))


@pytest.mark.parametrize("src", SOLUTIONS, ids=lambda p: p.stem)
def test_every_check_offers_a_hint(src):
    import ast

    import jupytext

    calls = []
    for cell in jupytext.read(src).cells:
        if cell.cell_type != "code":
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
                    "check_value", "check_function"):
                calls.append(node)
    assert len(calls) >= 3, "a practice notebook needs at least 3 checked exercises"
    ids = [c.args[0].value for c in calls]
    assert len(set(ids)) == len(ids), f"exercise ids repeat: {ids}"
    no_hint = [i for i, c in zip(ids, calls) if not any(k.arg == "hint" for k in c.keywords)]
    assert not no_hint, f"exercises without a hint: {no_hint}"
