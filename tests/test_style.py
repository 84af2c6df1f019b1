"""STYLE_GUIDE.md's tool-checked rules, on the whole book (top half), and every check fed
a small bad example, so a check that could never fail is caught too (bottom half).

The checks themselves are in tests/style_checks.py; `python -m tests.style_checks` lists
every finding at once.
"""

from __future__ import annotations

import shutil
import textwrap

import jupytext
import pytest

from . import style_checks as sc
from .style_checks import ROOT


def _report(findings: list[str], what: str) -> str:
    return f"{len(findings)} {what} (STYLE_GUIDE.md):\n" + "\n".join(findings)


# --------------------------------------------------------------------------- the book
def test_ruff_package_and_tests():
    findings = sc.ruff_files()
    assert not findings, _report(findings, "ruff findings; `ruff check --fix` fixes some")


def test_ruff_notebooks():
    findings = sc.ruff_notebooks(sc.notebooks())
    assert not findings, _report(findings, "ruff findings in notebook code cells")


def test_code_lines_fit_the_page():
    findings = [f for nb in sc.notebooks() for f in sc.long_code_lines(nb)]
    assert not findings, _report(findings, "code lines wider than the page")


def test_imports_live_in_the_imports_cell():
    findings = [f for nb in sc.notebooks()
                for f in sc.imports_outside_imports_cell(nb) + sc.imports_cell_sets_up(nb)]
    assert not findings, _report(findings, "imports or set-up out of place")


def test_figures_have_a_name_a_caption_and_alt_text():
    findings = [f for page in sc.book_pages() for f in sc.figure_metadata(page)]
    assert not findings, _report(findings, "figure problems")


def test_labels_carry_the_chapter_prefix():
    chapters = sc.chapters()
    assert len(chapters) >= 5, "the chapters declare no `mfml: label_prefix:`"
    others = {c.prefix: sc.page_top_label(c) for c in chapters}
    findings = sc.prefixes_are_unique(chapters)
    findings += [f for page in sc.book_pages() for f in sc.label_prefixes(page, others)]
    assert not findings, _report(findings, "labels without the chapter's prefix")


def test_labels_say_what_they_label():
    findings = [f for page in sc.chapters() for f in sc.label_kinds(page)]
    assert not findings, _report(findings, "labels that do not say what they label")


def test_every_notebook_of_the_book_is_a_chapter_with_a_prefix():
    loose = [p.path for p in sc.book_pages() if p.is_notebook and not p.prefix]
    assert not loose, f"book notebooks without `mfml: label_prefix:`: {loose}"


def test_glossary_terms_resolve_and_are_all_used():
    pages = list(sc.book_pages())
    glossary = next(p for p in pages if p.path == "book/glossary.md")
    findings = sc.glossary_links(pages, glossary)
    assert not findings, _report(findings, "glossary problems")


def test_citations_resolve_and_every_chapter_cites():
    bib = (sc.BOOK / "references.bib").read_text(encoding="utf-8")
    findings = sc.citations(list(sc.book_pages()), bib)
    assert not findings, _report(findings, "citation problems")


def test_every_bibliography_entry_is_well_formed():
    """One field of each name, a comma between fields: what a careless merge of two
    versions of an entry breaks (Sphinx then drops the entry and every citation of it)."""
    import re

    bib = (sc.BOOK / "references.bib").read_text(encoding="utf-8")
    bad = []
    for entry in re.split(r"(?m)^(?=@)", bib)[1:]:
        key = re.match(r"@\w+\{([^,]+),", entry).group(1)
        fields = re.findall(r"(?m)^\s+(\w+)\s*=", entry)
        dupes = sorted({f for f in fields if fields.count(f) > 1})
        no_comma = re.search(r"\}\s*\n\s+\w+\s*=", entry)
        if dupes or no_comma or entry.count("{") != entry.count("}"):
            bad.append(f"{key}: repeated {dupes}" if dupes else f"{key}: malformed")
    assert not bad, "\n".join(bad)


def test_numbers_in_the_prose_are_glued():
    findings = [f for page in sc.book_pages() for f in sc.glued_numbers(page)]
    assert not findings, _report(findings, "glue problems")


def test_timings_use_best_time():
    findings = [f for nb in sc.notebooks() for f in sc.timings(nb)]
    assert not findings, _report(findings, "timings not taken with best_time")


def test_notation():
    findings = [f for page in list(sc.book_pages()) + list(sc.exercise_pages())
                for f in sc.notation(page)]
    assert not findings, _report(findings, "notation problems")


def test_fixed_variable_names():
    findings = [f for nb in sc.notebooks() for f in sc.variable_names(nb)]
    assert not findings, _report(findings, "variables with a fixed name named otherwise")


def test_the_style_guide_names_real_tests_and_lists_every_review_rule():
    findings = sc.guide_problems((ROOT / "STYLE_GUIDE.md").read_text(encoding="utf-8"))
    assert not findings, _report(findings, "problems in the guide itself")


def test_the_cell_reader_agrees_with_jupytext():
    """The line numbers in every message come from this reader: it must find each cell
    jupytext (and so nbval and the kernel) sees, at the right line."""
    for page in sc.notebooks():
        nb = jupytext.read(ROOT / page.path)
        code = [(i, c.source) for i, c in enumerate(nb.cells) if c.cell_type == "code"]
        assert [(c.index, c.source) for c in page.cells] == code, page.path
        lines = page.lines
        for c in page.cells:
            assert lines[c.fence - 1].lstrip("`~").startswith("{code-cell}"), (page.path, c)
            if c.source:
                assert lines[c.line - 1] == c.source.splitlines()[0], (page.path, c.line)


# --------------------------------------------------------------------------- bad examples
FRONT = """\
---
kernelspec:
  display_name: Python 3 (ipykernel)
  language: python
  name: python3
mfml:
  label_prefix: ex
---
"""


FIGURE_META = """\
---
tags: [hide-input]
mystnb:
  figure:
    name: ex_fig
    caption: What it shows.
  image:
    alt: A line.
---
"""


REF = "As {numref}`ex_fig` shows.\n"


def page(body: str, path: str = "book/part/example.md", front: str = FRONT) -> sc.Page:
    return sc.parse_page(path, front + textwrap.dedent(body))


def cell(source: str, meta: str = "") -> str:
    return f"\n```{{code-cell}} ipython3\n{meta}{textwrap.dedent(source).strip()}\n```\n"


def lines_of(findings: list[str]) -> list[int]:
    return [int(f.split(":")[1]) for f in findings]


def test_bad_cells_are_found_at_their_line():
    p = page("(ex_top)=\n# Title\n" + cell("import os\n\nx = 1")
             + cell("y = 2", ":tags: [remove-cell]\n\n") + cell("z = 3", FIGURE_META))
    assert [(c.fence, c.line) for c in p.cells] == [(12, 13), (18, 21), (24, 34)]
    assert [p.lines[c.line - 1] for c in p.cells] == ["import os", "y = 2", "z = 3"]
    assert p.cells[1].tags == ["remove-cell"] and p.cells[2].tags == ["hide-input"]


def test_ruff_finds_an_unused_import_and_names_the_md_line():
    p = page("# Title\n" + cell("import numpy as np\n\nx = 1"))
    findings = sc.ruff_notebooks([p])
    assert len(findings) == 1 and "F401" in findings[0], findings
    assert findings[0].startswith("book/part/example.md:12:")


def test_ruff_finds_unsorted_imports_in_a_notebook():
    findings = sc.ruff_notebooks([page(cell("import sys\nimport os\n\nprint(os, sys)"))])
    assert any("I001" in f for f in findings), findings


def test_ruff_lets_notebooks_be_notebooks():
    """A magic, an import at the top of a later cell, a cell's last expression and a final
    semicolon pass; an expression in the middle of a cell does not."""
    p = page(cell("%matplotlib inline\nimport numpy as np\n\nx = np.ones(3)")
             + cell("import math\n\nmath.pi")
             + cell("x.shape")
             + cell("x.sum();")
             + cell("x.shape\ny = 1"))
    findings = sc.ruff_notebooks([p])
    assert len(findings) == 1 and "B018" in findings[0], findings
    assert lines_of(findings) == [p.cells[-1].line]


def test_ruff_exempts_only_practice_notebooks_from_unused_imports():
    body = cell("import numpy as np\n\nfrom mfml.practice import check, hint\n\ncheck")
    assert sc.ruff_notebooks([page(body, "exercises/example.md")]) == []
    assert len(sc.ruff_notebooks([page(body)])) == 2


def test_ruff_on_files_uses_the_project_settings(tmp_path):
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "bad.py").write_text("import sys\nimport os\n\nprint(os)\n"
                                             "x = '" + "a" * 100 + "'\n")
    findings = sc.ruff_files(["pkg"], cwd=tmp_path)
    codes = sorted(f.split()[1] for f in findings)
    assert codes == ["E501", "F401", "I001"], findings
    assert all(f.startswith("pkg/bad.py:") for f in findings)


def test_a_code_line_over_80_characters_is_found_even_in_a_removed_cell():
    ok, long = "x = " + "1" * 76, "x = " + "1" * 77
    p = page(cell(ok) + cell(long, ":tags: [remove-cell]\n"))
    findings = sc.long_code_lines(p)
    assert lines_of(findings) == [p.cells[1].line] and "81 characters" in findings[0]


def test_an_import_outside_the_imports_cell_is_found():
    p = page(cell("import numpy as np")
             + cell("def f():\n    import math\n    return math.pi")
             + cell("import os", ":tags: [remove-cell]\n")
             + cell("import sys", ":tags: [solution]\n")
             + "\n````{solution-start} ex_ex\n````\n" + cell("import json")
             + "\n````{solution-end}\n````\n")
    findings = sc.imports_outside_imports_cell(p)
    assert lines_of(findings) == [p.cells[1].line + 1] and "import math" in findings[0]


def test_the_imports_cell_comes_after_the_before_you_start_cell():
    meta = cell("from mfml.chapters import before_you_start\n\n"
                "before_you_start('part/example')", ":tags: [remove-input]\n")
    p = page(meta + cell("import numpy as np\n\nuse_book_style()")
             + cell("import os", ":tags: [hide-input]\n"))
    assert sc.imports_cell(p) is p.cells[1]
    assert lines_of(sc.imports_outside_imports_cell(p)) == [p.cells[2].line]
    assert sc.imports_cell_sets_up(p) == []
    assert sc.imports_cell_sets_up(page(meta + cell("import numpy as np"))) != []


def test_a_chapter_imports_cell_sets_the_style_and_seeds_its_generator():
    p = page(cell("import numpy as np\n\nrng = np.random.default_rng()"))
    findings = sc.imports_cell_sets_up(p)
    assert len(findings) == 2, findings
    assert "use_book_style()" in findings[0] and "without a seed" in findings[1]
    good = page(cell("import numpy as np\n\nuse_book_style()\n"
                     "rng = np.random.default_rng(0)"))
    assert sc.imports_cell_sets_up(good) == []


def test_a_figure_needs_name_caption_alt_and_hidden_code():
    p = page(cell("fig, ax = plt.subplots()\nax.plot([0, 1])"))
    findings = sc.figure_metadata(p)
    assert len(findings) == 4, findings
    assert all(f.startswith(f"book/part/example.md:{p.cells[0].fence}:") for f in findings)
    good = REF + cell("fig, ax = plt.subplots()", FIGURE_META)
    assert sc.figure_metadata(page(good)) == []
    drawing = page(cell("def draw(a):\n    fig, ax = plt.subplots()\n    return fig"))
    assert sc.figure_metadata(drawing) == []          # an interactive's drawing function


def test_a_figure_is_referred_to_and_coloured_by_name():
    p = page(cell("fig, ax = plt.subplots()\nax.plot([0, 1], color='#E69F00')", FIGURE_META))
    findings = sc.figure_metadata(p)
    assert "colour '#E69F00'" in findings[0] and lines_of(findings)[0] == p.cells[0].line + 1
    assert "'ex_fig' is never referred to" in findings[1]
    also = page("See {numref}`Figure %s <ex_fig>`.\n" + cell("plt.subplots()", FIGURE_META))
    assert sc.figure_metadata(also) == []


def test_a_one_panel_figure_has_no_title():
    one = page(REF + cell("fig, ax = plt.subplots(figsize=(4, 3))\nax.set_title('X')",
                          FIGURE_META))
    assert lines_of(sc.figure_metadata(one)) == [one.cells[0].line + 1]
    also = page(REF + cell("fig, ax = plt.subplots()\nax.set(xlabel='x', title='X')",
                           FIGURE_META))
    assert len(sc.figure_metadata(also)) == 1
    panels = page(REF + cell("fig, axes = plt.subplots(1, 2)\nfor ax in axes:\n"
                             "    ax.set_title('a panel')", FIGURE_META))
    assert sc.figure_metadata(panels) == []


LABELLED = """\
(ex_example)=
# The page's own label is exempt

(ex_sec_good)=
## Good

(sec_bad)=
## Bad

```{prf:definition} Thing
:label: def_bad
```
""" + cell("""\
quick_check(
    "qc_bad",
    "Q?",
    [right("a", "b"), wrong("c", "d", reread="zz_sec"),
     wrong("e", "f", reread="dot_def"), wrong("g", "h", reread="dot_product")],
)
glue("n_bad", 1)
glue("ex_good", 2)
""") + cell("""\
quick_check("ex_qc", "N?", answer=1, mistakes={2: ("Why.", "other_label")},
            otherwise=("Why.", "ex_sec_good"))
""") + cell("fig", FIGURE_META.replace("ex_fig", "fig_bad"))


def test_labels_without_the_chapter_prefix_are_named_with_file_and_line():
    p = page(LABELLED)
    others = {"ex": "ex_example", "dot": "dot_product"}
    findings = sc.label_prefixes(p, others)
    found = {f.split("'")[1]: f for f in findings}
    assert set(found) == {"sec_bad", "def_bad", "qc_bad", "zz_sec", "n_bad", "other_label",
                          "fig_bad"}, findings
    assert found["sec_bad"].startswith("book/part/example.md:15: target 'sec_bad'")
    assert found["def_bad"].startswith("book/part/example.md:19: :label: 'def_bad'")
    assert "'ex_'" in found["qc_bad"] and "quick check id" in found["qc_bad"]
    fig_line = int(found["fig_bad"].split(":")[1])
    assert p.lines[fig_line - 1].strip() == "name: fig_bad"


def test_labels_that_do_not_say_what_they_label_are_found():
    p = page("# T\n\n```{prf:theorem} T\n:label: ex_good_thm\n```\n\n"
             "```{prf:definition} D\n:label: ex_def\n```\n\n"
             "````{exercise-start} E\n:label: ex_exercise_one\n````\n"
             + cell("quick_check('ex_question', 'Q?', answer=1)")
             + cell("fig", FIGURE_META.replace("ex_fig", "ex_figure")))
    findings = sc.label_kinds(p)
    assert [f.split("'")[1] for f in findings] == ["ex_good_thm", "ex_exercise_one",
                                                   "ex_question", "ex_figure"], findings
    assert findings[0] == ("book/part/example.md:12: prf:theorem label 'ex_good_thm' "
                           "should start with 'ex_thm'")


def test_pages_without_mfml_are_exempt_and_a_bad_prefix_is_refused():
    plain = "---\ntitle: Notation\n---\n(notation)=\n# Notation\n\n(sym)=\n## Symbols\n"
    assert sc.label_prefixes(sc.parse_page("book/notation.md", plain)) == []
    bad = page("# T\n", front=FRONT.replace("label_prefix: ex", "label_prefix: Ex-1"))
    assert "label_prefix" in sc.label_prefixes(bad)[0]
    twice = [page("# A\n", "book/a.md"), page("# B\n", "book/b.md")]
    assert sc.prefixes_are_unique(twice) == ["book/b.md:1: label prefix 'ex' is taken by "
                                             "book/a.md"]


GLOSSARY = """\
# Glossary

```{glossary}
Alpha
  The first.

Beta test
  The second.
```
"""


def test_glossary_terms_must_resolve_and_be_used():
    glossary = sc.parse_page("book/glossary.md", GLOSSARY)
    chapter = page("# T\n\nAn {term}`alpha` and {term}`tests <Beta test>`.\n")
    assert sc.glossary_links([glossary, chapter], glossary) == []
    unused = page("# T\n\nAn {term}`Alpha` and a {term}`gamma`.\n")
    findings = sc.glossary_links([glossary, unused], glossary)
    assert findings == [
        "book/part/example.md:11: {term} 'gamma' is not a term of book/glossary.md",
        "book/glossary.md:7: glossary term 'Beta test' is linked from no chapter: link it "
        "with {term} where the chapter teaches it"]


def test_the_glossary_is_in_alphabetical_order():
    shuffled = GLOSSARY.replace("Alpha\n  The first.", "Zeta\n  The last.")
    glossary = sc.parse_page("book/glossary.md", shuffled)
    chapter = page("{term}`zeta` {term}`beta test`")
    findings = sc.glossary_links([glossary, chapter], glossary)
    assert findings == ["book/glossary.md:7: 'Beta test' is out of alphabetical order "
                        "(after 'Zeta')"]


def test_a_glossary_term_used_only_outside_chapters_counts_as_unused():
    glossary = sc.parse_page("book/glossary.md", GLOSSARY)
    intro = sc.parse_page("book/intro.md", "# Intro\n{term}`alpha` {term}`beta test`\n")
    chapter = page("# T\n{term}`alpha`\n")
    assert lines_of(sc.glossary_links([glossary, intro, chapter], glossary)) == [7]


BIB = "@book{known2020,\n  title = {A},\n}\n\n@article{unused2021,\n  title = {B},\n}\n"


def test_citations_must_resolve_be_used_and_close_the_chapter():
    good = page("# T\n\n## Further reading\n\n{cite}`known2020` and {cite}`unused2021`.\n")
    assert sc.citations([good], BIB) == []
    bad = page("# T\n\nSee {cite}`known2020,nobody1999` and https://example.org.\n\n"
               "## Further reading\n\nNothing.\n")
    findings = sc.citations([bad], BIB)
    assert "'nobody1999' is not in book/references.bib" in findings[0]
    assert "raw URL" in findings[1] and lines_of(findings[:2]) == [11, 11]
    assert "Further reading" in findings[2]
    assert findings[3] == "book/references.bib:1: entry 'unused2021' is cited by no page"
    code_url = page("# T\n\nRun `pip install https://x.org/y`.\n\n## Further reading\n\n"
                    "{cite}`known2020` {cite}`unused2021`\n")
    assert sc.citations([code_url], BIB) == []


def test_glued_numbers_must_be_glued_and_quoted():
    p = page("# T\n\nIt is {glue:text}`ex_a:.2f` and {glue:text}`ex_b`.\n"
             + cell("glue('ex_a', 1.0)\nglue('ex_c', 2.0)"))
    findings = sc.glued_numbers(p)
    assert len(findings) == 2, findings
    assert "'ex_b' is glued by no cell" in findings[0] and lines_of(findings)[0] == 11
    assert "glue('ex_c') is quoted nowhere" in findings[1]


def test_timings_must_use_best_time():
    p = page(cell("%timeit f()\nt0 = time.perf_counter()\nbest_time(lambda: f())"))
    findings = sc.timings(p)
    assert lines_of(findings) == [p.cells[0].line, p.cells[0].line + 1], findings


def test_notation_in_the_book_and_where_jupyter_renders_without_macros():
    chapter = page("# T\n\n$\\mathbf{A}^T$ and `A^T` in code\n\n$\\|x\\|$ in $\\mathbb{R}^n$\n"
                   "\n$\\norm{\\mathbf{x}} \\in \\R$ and $\\mathbf{A}^\\top$\n"
                   + cell('quick_check("ex_q", r"Is $\\norm{x}$ in $\\R$?", answer=1)'))
    findings = sc.notation(chapter, macros=("R", "norm"))
    assert lines_of(findings) == [11, 13, 13, chapter.cells[0].line,
                                  chapter.cells[0].line], findings
    assert r"^\top" in findings[0] and r"\norm" in findings[1] and r"\R" in findings[2]
    practice = page("# P\n\nIn $\\R^n$, not $\\mathbb{R}^n$; \\Rightarrow is fine.\n",
                    path="exercises/example.md")
    findings = sc.notation(practice, macros=("R", "norm"))
    assert lines_of(findings) == [11] and "unknown to Jupyter" in findings[0]


@pytest.mark.parametrize("code", ["learning_rate = 0.1", "def f(X, n_obs):\n    pass",
                                  "for lambda_ in (1, 2):\n    pass"])
def test_fixed_variable_names_are_kept(code):
    findings = sc.variable_names(page(cell(code)))
    assert len(findings) == 1 and "name it" in findings[0], findings


def test_the_cell_reader_refuses_a_page_it_cannot_follow(monkeypatch):
    text = FRONT + cell("x = 1")
    read = jupytext.reads

    def altered(text, fmt):
        nb = read(text, fmt=fmt)
        nb.cells[0].source = "y = 2"
        return nb

    monkeypatch.setattr(sc.jupytext, "reads", altered)
    with pytest.raises(ValueError, match=r"book/x.md:11: code cell 0 is not where expected"):
        sc.parse_page("book/x.md", text)


def test_a_guide_that_names_a_missing_test_or_forgets_a_review_rule_is_caught():
    guide = ("**R1. One.** *checked:* `tests/test_style.py::test_notation`.\n\n"
             "**R2. Two.** *review.*\n\n**R3. Three.** *checked:* `test_nothing_here`.\n\n"
             "**R5. Five.** Nothing.\n\n## Review checklist\n\n- [ ] R1: fine.\n")
    findings = sc.guide_problems(guide)
    assert findings == [
        "STYLE_GUIDE.md: rules are not numbered R1, R2, ... in order: [1, 2, 3, 5]",
        "STYLE_GUIDE.md: R2 has a review part but is not on the review checklist",
        "STYLE_GUIDE.md: R3 names `test_nothing_here`, which does not exist",
        "STYLE_GUIDE.md: R5 says neither *checked* nor *review*"], findings
