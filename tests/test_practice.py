"""Practice notebooks: generated from their solutions, and checked both ways."""

from __future__ import annotations

import ast
import re

import jupytext
import pytest

from mfml import exercises, practice

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


def _check_calls(path):
    """(exercise id, name passed) for every check(...) call in a notebook."""
    calls = []
    for cell in jupytext.read(path).cells:
        if cell.cell_type != "code":
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "check":
                calls.append((node.args[0].value, ast.unparse(node.args[1])))
    return calls


@pytest.mark.parametrize("src", SOLUTIONS, ids=lambda p: p.stem)
def test_every_check_is_a_registered_exercise_with_staged_hints(src):
    calls = _check_calls(src)
    assert len(calls) >= 3, "a practice notebook needs at least 3 checked exercises"
    ids = [i for i, _ in calls]
    assert len(set(ids)) == len(ids), f"exercise ids repeat: {ids}"
    topic = src.name.replace("_solutions.md", "")
    assert ids == [ex.id for ex in practice.exercises(topic)], \
        "the notebook checks exactly its topic's exercises, in order"
    for ex_id, name in calls:
        ex = practice.get(ex_id)
        assert name == ex.name, f"{ex_id}: the notebook passes {name}, the spec expects {ex.name}"
        nudge, method = ex.hints
        assert nudge and method and nudge != method


# Tell-tale signs of a reference solution or test data in a learner's notebook.
LEAKS = [
    (re.compile(r"\breference\s*="), "reference="),
    (re.compile(r"\bexpected\s*="), "expected="),
    (re.compile(r"\blambda\b"), "a lambda"),
    (re.compile(r"\bcheck_(function|value)\b"), "the engine's calls"),
    (re.compile(r"\bcases\s*="), "test cases"),
    (re.compile(r"_reference\b"), "a reference function"),
    (re.compile(r"default_rng"), "a random generator for test data"),
    (re.compile(r"\bhint\s*="), "a hint spelled out"),
]


@pytest.mark.parametrize("src", SOLUTIONS, ids=lambda p: p.stem)
def test_learner_version_contains_no_reference_solution(src):
    learner = exercises.learner_path(src)
    nb = jupytext.read(learner)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    for source in code:
        for pattern, what in LEAKS:
            assert not pattern.search(source), f"{learner.name}: {what} in\n{source}"
    check_cells = [s for s in code if "check(" in s]
    assert check_cells
    for source in check_cells:
        lines = [ln for ln in source.splitlines() if ln.strip() and not ln.startswith("#")]
        assert re.fullmatch(r'check\("[a-z0-9-]+", \w+\)', lines[-1]), lines[-1]
    # and no solution body survives: every solution line is gone from the learner file
    text = learner.read_text()
    for cell in jupytext.read(src).cells:
        inside = False
        for line in cell.source.splitlines():
            if "### BEGIN SOLUTION" in line:
                inside = True
            elif "### END SOLUTION" in line:
                inside = False
            elif inside and len(line.strip()) > 12:
                assert line not in text, f"{learner.name} shows solution line {line!r}"


@pytest.mark.parametrize("path", sorted((ROOT / "exercises").glob("*.md")), ids=lambda p: p.name)
def test_notebook_code_lines_fit_the_page(path):
    for cell in jupytext.read(path).cells:
        if cell.cell_type == "code":
            for line in cell.source.splitlines():
                assert len(line) <= 80, f"{path.name}: {line!r}"


def test_in_a_real_kernel_endless_loops_stop_and_stubs_are_named(tmp_path):
    """The deployment path: a Jupyter kernel (SIGALRM on its main thread)."""
    import nbformat

    cells = [
        "import os\nos.environ['MFML_CHECK_TIME_LIMIT'] = '0.5'\n"
        "import numpy as np\nfrom mfml.practice import check, hint",
        "def dot(x, y):\n    total, i = 0.0, 0\n    while i < len(x):\n"
        "        total += x[i] * y[i]\n    return total",
        'fb = check("dot-loop", dot)\nprint(fb.kind)',
        "def dot(x, y):\n    raise NotImplementedError('your code here')\n\n\n"
        "def norm(x):\n    return np.sqrt(dot(x, x))",
        'print(check("dot-norm", norm).kind)',
        'print(hint("dot-norm").stage, hint("dot-norm").stage)',
    ]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    path = tmp_path / "kernel.ipynb"
    nbformat.write(nb, path)
    out = run_notebook(path)
    text = "".join(text_outputs(out))
    assert "timeout" in text and "unfinished-dependency" in text and "1 2" in text
    assert "Traceback" not in text
