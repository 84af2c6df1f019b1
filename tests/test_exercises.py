"""Unit tests for mfml.exercises: learner notebooks generated from solution notebooks."""

from __future__ import annotations

import textwrap
from pathlib import Path

import jupytext
import pytest

from mfml.exercises import (
    BANNER,
    DEFAULT_STUB,
    learner_path,
    learner_text,
    main,
    solution_files,
    strip_source,
)

# ---------------------------------------------------------------------------
# strip_source
# ---------------------------------------------------------------------------


def test_strip_source_default_stub_keeps_indentation():
    code = textwrap.dedent("""\
        def unit(v):
            \"\"\"Return v / |v|.\"\"\"
            ### BEGIN SOLUTION
            n = np.linalg.norm(v)
            return v / n
            ### END SOLUTION
    """)
    assert strip_source(code) == textwrap.dedent("""\
        def unit(v):
            \"\"\"Return v / |v|.\"\"\"
            raise NotImplementedError("your code here")""")
    assert DEFAULT_STUB == 'raise NotImplementedError("your code here")'


def test_strip_source_custom_stub():
    code = ("x = 1\n### BEGIN SOLUTION -> angle = None\nangle = np.arccos(0.5)\n"
            "### END SOLUTION\ncheck(angle)")
    assert strip_source(code) == "x = 1\nangle = None\ncheck(angle)"


def test_strip_source_custom_stub_indented_and_spacing():
    code = "if True:\n    ### BEGIN SOLUTION   ->   y = ...\n    y = 2\n    ### END SOLUTION"
    assert strip_source(code) == "if True:\n    y = ..."


def test_strip_source_custom_stub_drops_trailing_whitespace():
    # BEGIN's pattern ends in `\s*$`, i.e. trailing blanks are not part of the
    # stub; they must not leak into the generated learner notebook.
    code = "### BEGIN SOLUTION -> y = None   \ny = 2\n### END SOLUTION"
    assert strip_source(code) == "y = None"


def test_strip_source_several_blocks():
    code = textwrap.dedent("""\
        a = 1
        ### BEGIN SOLUTION
        secret_1 = 1
        ### END SOLUTION
        b = 2
        def f():
            ### BEGIN SOLUTION -> return None
            return "secret_2"
            ### END SOLUTION
        c = 3""")
    out = strip_source(code)
    assert "secret" not in out
    assert out.splitlines() == [
        "a = 1", DEFAULT_STUB, "b = 2", "def f():", "    return None", "c = 3"]


def test_strip_source_without_markers_is_unchanged():
    code = "import numpy as np\n\nx = np.ones(3)\n# ### not a marker\nprint(x)"
    assert strip_source(code) == code


def test_strip_source_empty():
    assert strip_source("") == ""


def test_strip_source_empty_block():
    assert strip_source("### BEGIN SOLUTION\n### END SOLUTION") == DEFAULT_STUB


@pytest.mark.parametrize("code, match", [
    ("### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION\n### END SOLUTION", "nested"),
    ("x = 1\n### END SOLUTION", "END SOLUTION without BEGIN"),
    ("### BEGIN SOLUTION\nx = 1", "BEGIN SOLUTION without END"),
])
def test_strip_source_malformed(code, match):
    with pytest.raises(ValueError, match=match):
        strip_source(code)


# ---------------------------------------------------------------------------
# learner_text on a small MyST notebook
# ---------------------------------------------------------------------------

SOLUTION_MD = textwrap.dedent('''\
    ---
    jupytext:
      text_representation:
        extension: .md
        format_name: myst
        format_version: 0.13
    kernelspec:
      display_name: Python 3 (ipykernel)
      language: python
      name: python3
    ---

    # Practice: tiny

    Write the functions below.

    +++ {"tags": ["solution"]}

    *SOLUTION-ONLY PROSE: this is the solutions file.*

    +++

    ## Exercise 1

    ```{code-cell} ipython3
    import numpy as np


    def unit(v):
        """Return v scaled to length 1."""
        ### BEGIN SOLUTION
        return v / np.linalg.norm(v)  # SECRET-1
        ### END SOLUTION
    ```

    ```{code-cell} ipython3
    ### BEGIN SOLUTION -> angle = None
    angle = np.arccos(0.5)  # SECRET-2
    ### END SOLUTION
    print(angle)
    ```

    ```{code-cell} ipython3
    :tags: [solution]

    assert unit(np.array([3.0, 4.0]))[0] == 0.6  # SECRET-3
    ```

    ```{code-cell} ipython3
    :tags: [raises-exception]

    unit(np.array([1.0]))
    ```
    ''')


@pytest.fixture
def solution(tmp_path: Path) -> Path:
    path = tmp_path / "tiny_solutions.md"
    path.write_text(SOLUTION_MD)
    return path


def test_learner_text_strips_solutions(solution):
    text = learner_text(solution)
    assert "SECRET" not in text
    assert "SOLUTION-ONLY PROSE" not in text
    assert "BEGIN SOLUTION" not in text and "END SOLUTION" not in text
    assert '    raise NotImplementedError("your code here")' in text
    assert "angle = None\nprint(angle)" in text
    assert "# Practice: tiny" in text and "Write the functions below." in text
    assert '"""Return v scaled to length 1."""' in text


def test_learner_text_banner_right_after_header(solution):
    text = learner_text(solution)
    banner = BANNER.format(src="tiny_solutions.md")
    assert banner.startswith("<!-- Generated from tiny_solutions.md")
    assert text.count(banner) == 1
    header, _, rest = text.partition("---\n\n")
    assert header.startswith("---\n") and "kernelspec:" in header
    assert rest.startswith(banner + "\n")
    assert rest.index(banner) < rest.index("# Practice: tiny")


def test_learner_text_is_a_valid_notebook(solution, tmp_path):
    learner = tmp_path / "tiny.md"
    learner.write_text(learner_text(solution))
    nb = jupytext.read(learner, fmt="md:myst")
    assert nb.metadata["kernelspec"]["name"] == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert len(code) == 3  # the solution-tagged cell is gone
    assert code[0].source.rstrip().endswith('raise NotImplementedError("your code here")')
    assert code[1].source == "angle = None\nprint(angle)"
    assert code[2].metadata.get("tags") == ["raises-exception"]  # other tags survive
    assert not any("solution" in c.metadata.get("tags", []) for c in nb.cells)
    solution_nb = jupytext.read(solution, fmt="md:myst")
    assert len(nb.cells) < len(solution_nb.cells)


def test_learner_text_is_deterministic(solution):
    assert learner_text(solution) == learner_text(solution)


def test_learner_text_bad_markers_raise(tmp_path):
    bad = tmp_path / "bad_solutions.md"
    bad.write_text(SOLUTION_MD.replace("    ### END SOLUTION\n```", "```", 1))
    with pytest.raises(ValueError, match="without END"):
        learner_text(bad)


def test_paths(tmp_path, solution):
    assert learner_path(solution) == tmp_path / "tiny.md"
    (tmp_path / "other.md").write_text("x")
    (tmp_path / "b_solutions.md").write_text(SOLUTION_MD)
    assert solution_files(tmp_path) == [tmp_path / "b_solutions.md", solution]


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


def test_main_check_missing_then_generate_then_check(solution, tmp_path, capsys):
    learner = tmp_path / "tiny.md"
    assert main(["--check", "--dir", str(tmp_path)]) == 1
    assert not learner.exists()  # --check never writes
    assert "out of date" in capsys.readouterr().out

    assert main(["--dir", str(tmp_path)]) == 0
    assert learner.read_text() == learner_text(solution)
    assert f"wrote {learner}" in capsys.readouterr().out

    assert main(["--check", "--dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out == ""


def test_main_check_stale_file(solution, tmp_path, capsys):
    learner = tmp_path / "tiny.md"
    main(["--dir", str(tmp_path)])
    assert main(["--check", "--dir", str(tmp_path)]) == 0

    # the solution changes; the learner file is now stale
    solution.write_text(SOLUTION_MD.replace("Write the functions below.", "Write them now."))
    stale = learner.read_text()
    capsys.readouterr()
    assert main(["--check", "--dir", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "out of date" in out and str(learner) in out
    assert learner.read_text() == stale

    # a hand edit of the learner file is stale too
    assert main(["--dir", str(tmp_path)]) == 0
    assert "Write them now." in learner.read_text()
    assert main(["--check", "--dir", str(tmp_path)]) == 0
    learner.write_text(learner.read_text() + "\nhand edit\n")
    assert main(["--check", "--dir", str(tmp_path)]) == 1
    assert main(["--dir", str(tmp_path)]) == 0
    assert main(["--check", "--dir", str(tmp_path)]) == 0


def test_main_regenerate_is_idempotent(solution, tmp_path, capsys):
    assert main(["--dir", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["--dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out == ""  # nothing rewritten


def test_main_empty_dir(tmp_path):
    assert main(["--check", "--dir", str(tmp_path)]) == 0
    assert main(["--dir", str(tmp_path)]) == 0
    assert list(tmp_path.iterdir()) == []
