"""Quick checks (mfml.quiz): authoring errors, the HTML a reader gets, the script,
and book-wide rules (3-5 quick checks per chapter, unique ids, reread labels that
exist, hidden source).

The browser test of every quick check on the built site is in test_site.py.
"""

from __future__ import annotations

import json
import re

import jupytext
import pytest
from bs4 import BeautifulSoup

from mfml import quiz
from mfml.quiz import QuickCheck, book_labels, quick_check, right, wrong
from mfml.sphinx_ext import link_rereads

from .helpers import BOOK, imports_cell, quick_checks, quiz_cells
from .test_site import toc_files


@pytest.fixture(autouse=True)
def _fresh_registry():
    quiz.reset_registry()
    yield
    quiz.reset_registry()


def choice(id="t_qc", prompt="Which is right?", **kw):
    return quick_check(id, prompt, [
        right("the right one", "because it is"),
        wrong("wrong A", "misconception A", reread="dot_def"),
        wrong("wrong B", "misconception B", reread="dot_sec_cosine"),
    ], **kw)


def numeric(id="t_qn", **kw):
    args = dict(answer=5, mistakes={7: ("You added.", "dot_def"),
                                    25: ("Squared length.", "dot_def")},
                otherwise=("General.", "dot_def"))
    args.update(kw)
    return quick_check(id, r"What is the length of $(3, 4)$?", **args)


def soup(q: QuickCheck) -> BeautifulSoup:
    return BeautifulSoup(q._repr_html_(), "html.parser")


# --------------------------------------------------------------------------- authoring errors
@pytest.mark.parametrize("options, message", [
    ([wrong("a", "x", reread="l"), wrong("b", "y", reread="l")], "exactly one right"),
    ([right("a", "x"), right("b", "y")], "exactly one right"),
    ([right("a", "x")], "at least two options"),
    ([right("a", "x"), ("b", "y")], "right(...) or wrong(...)"),
    ([right("a", "x"), wrong("a", "y", reread="l")], "same text"),
])
def test_bad_choice_questions_are_refused(options, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        quick_check("t_bad", "Q?", options)


def test_a_wrong_option_needs_an_explanation_and_a_reread_label():
    with pytest.raises(ValueError, match="explanation of the misconception"):
        wrong("b", reread="dot_def")
    with pytest.raises(ValueError, match="explanation of the misconception"):
        wrong("b", "   ", reread="dot_def")
    with pytest.raises(ValueError, match="reread="):
        wrong("b", "why")
    with pytest.raises(ValueError, match="not a MyST label"):
        wrong("b", "why", reread="see section 2")
    with pytest.raises(ValueError, match="why it is right"):
        right("a", "")


@pytest.mark.parametrize("bad_id", ["", "1abc", "has space", "dot-qc", None, "a$b"])
def test_ids_must_look_like_labels(bad_id):
    with pytest.raises(ValueError, match="must look like a label"):
        choice(id=bad_id)


def test_a_duplicate_id_is_refused_but_rerunning_a_cell_is_fine():
    choice(id="t_dup")
    choice(id="t_dup")                           # the same cell run again
    with pytest.raises(ValueError, match="duplicate quick check id 't_dup'"):
        choice(id="t_dup", prompt="Another question")


@pytest.mark.parametrize("kwargs, message", [
    (dict(otherwise=None), "needs otherwise="),
    (dict(otherwise="General."), "needs otherwise="),
    (dict(mistakes={5.000001: ("Close.", "dot_def")}), "within the tolerance of the answer"),
    (dict(mistakes={7: "no label"}), "must be a pair"),
    (dict(mistakes={7: ("", "dot_def")}), "explanation of mistake 7"),
    (dict(mistakes={7: ("Why.", "")}), "reread="),
    (dict(mistakes={7: ("a", "l"), 7.000001: ("b", "l")}), "overlap"),
    (dict(answer=float("nan")), "finite"),
    (dict(answer=True), "real number"),
    (dict(answer="5"), "real number"),
    (dict(tol=-1), "negative"),
])
def test_bad_numeric_questions_are_refused(kwargs, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        numeric(**kwargs)


def test_a_question_is_either_choice_or_numeric():
    with pytest.raises(ValueError, match="not both and not neither"):
        quick_check("t_x", "Q?")
    with pytest.raises(ValueError, match="not both and not neither"):
        quick_check("t_x", "Q?", [right("a", "b"), wrong("c", "d", reread="l")], answer=1)
    with pytest.raises(ValueError, match="tol= is for numeric"):
        choice(tol=0.1)


def test_a_stray_dollar_is_an_authoring_error():
    with pytest.raises(ValueError, match="unbalanced or malformed"):
        quick_check("t_d", "It costs $5.", [right("a", "b"), wrong("c", "d", reread="l")])
    with pytest.raises(ValueError, match="unbalanced or malformed"):
        right("$ x$", "space inside the dollars")
    q = quick_check("t_d2", r"It costs \$5 and $x$ is math.",
                    [right("a", "b"), wrong("c", "d", reread="l")])
    assert "\\(x\\)" in q._repr_html_()


# --------------------------------------------------------------------------- the HTML
def test_choice_html_is_a_fieldset_of_labelled_radios_with_a_check_button():
    s = soup(choice())
    box = s.select_one("div.mfml-qc")
    assert box["id"] == "mfml-qc-t_qc" and box["data-kind"] == "choice"
    assert "mathjax_process" in box["class"]           # Sphinx's MathJax typesets it
    legend = box.select_one("fieldset > legend")
    assert "Quick check" in legend.get_text() and "Which is right?" in legend.get_text()
    radios = box.select("fieldset input[type=radio]")
    assert len(radios) == 3 and len({r["name"] for r in radios}) == 1
    for r in radios:
        label = box.select_one(f'label[for="{r["id"]}"]')
        assert label is not None and label.get_text().strip(), r
    button = box.select_one("fieldset button.mfml-qc-check")
    assert button["type"] == "button" and button.get_text() == "Check"
    live = box.select_one(".mfml-qc-feedback")
    assert live["aria-live"] == "polite" and live["role"] == "status"
    assert box.select_one("form") is None      # no form: nothing can navigate away
    assert box.select_one(".mfml-qc-bank").has_attr("hidden")


def test_every_option_has_its_feedback_and_every_wrong_one_a_reread_link():
    q = choice()
    s = soup(q)
    for shown, k in enumerate(q.order):
        option = q.options[k]
        label = s.select_one(f'label[for="mfml-qc-t_qc-o{shown}"]').get_text()
        assert label == option.text
        fb = s.select_one(f'.mfml-qc-bank [data-for="o{shown}"]')
        assert option.explanation in fb.get_text()
        links = fb.select("a.mfml-qc-reread")
        if option.correct:
            assert fb["data-state"] == "right" and "Right" in fb.get_text() and not links
        else:
            assert fb["data-state"] == "wrong" and "Not quite" in fb.get_text()
            assert [a["data-mfml-ref"] for a in links] == [option.reread]
            assert links[0].get_text().startswith("Reread: ")
    assert s.select_one('.mfml-qc-bank [data-for="none"]')["data-state"] == "invalid"


def test_numeric_html_has_a_labelled_text_box_and_feedback_for_every_case():
    q = numeric()
    s = soup(q)
    box = s.select_one("div.mfml-qc")
    field = box.select_one("fieldset input[type=text]")
    assert box.select_one(f'label[for="{field["id"]}"]').get_text() == "Your answer"
    spec = json.loads(box["data-spec"])
    assert spec["answer"] == 5 and spec["tol"] == pytest.approx(5e-6)
    assert [m[0] for m in spec["mistakes"]] == [7, 25]
    bank = {d["data-for"]: d for d in box.select(".mfml-qc-bank > div")}
    assert set(bank) == {"right", "m0", "m1", "otherwise", "empty", "nan", "comma"}
    assert "You added." in bank["m0"].get_text() and "Squared" in bank["m1"].get_text()
    for key in ("m0", "m1", "otherwise"):
        assert bank[key].select_one("a.mfml-qc-reread")["data-mfml-ref"] == "dot_def"
    assert "The answer is 5." in bank["right"].get_text()
    assert "not a number" in bank["nan"].get_text()


def test_ids_are_unique_on_a_page_of_several_quick_checks():
    page = BeautifulSoup(choice()._repr_html_() + numeric()._repr_html_()
                         + choice(id="t_qc2", prompt="Another?")._repr_html_(), "html.parser")
    ids = [t["id"] for t in page.select("[id]")]
    assert len(ids) == len(set(ids)) == (1 + 3) + (1 + 1) + (1 + 3)   # box + controls


def test_text_is_escaped_and_math_kept():
    q = quick_check("t_esc", "Is <b>this</b> & $a<b$ safe?", [
        right('<script>alert("x")</script>', "it is *only* text"),
        wrong("`x @ y` and **bold**", "<img src=x onerror=alert(1)>", reread="dot_def"),
    ])
    out = q._repr_html_()
    assert "<script>alert" not in out and "<img src=x" not in out and "<b>this" not in out
    assert "&lt;script&gt;alert(&quot;x&quot;)" in out or "&lt;script&gt;alert(\"x\")" in out
    assert r"\(a&lt;b\)" in out
    assert "<code>x @ y</code>" in out and "<strong>bold</strong>" in out
    assert "<em>only</em>" in out


def test_numeric_grading_matches_the_page_rule():
    q = numeric()
    assert q.grade(5) == "right" and q.grade(5 + 4e-6) == "right"
    assert q.grade(5 + 1e-4) == "otherwise"
    assert q.grade(7) == "m0" and q.grade(25.00001) == "m1"
    assert q.grade(6) == "otherwise"
    loose = numeric(id="t_loose", tol=0.01)
    assert loose.grade(5.009) == "right" and loose.grade(6.995) == "m0"


def test_options_are_shuffled_stably_by_id_but_true_false_keeps_its_order():
    a, b = choice(id="t_s1"), choice(id="t_s1")
    assert a.order == b.order and sorted(a.order) == [0, 1, 2]
    orders = {tuple(choice(id=f"t_s{i}").order) for i in range(2, 12)}
    assert len(orders) > 1, "the right option would always sit in the same place"
    assert choice(id="t_s20", shuffle=False).order == [0, 1, 2]
    tf = quick_check("t_tf", "True or false?",
                     [wrong("True", "no", reread="dot_def"), right("False", "yes")])
    assert tf.order == [0, 1]


def test_plain_text_repr_for_terminals():
    text = repr(choice())
    assert text.startswith("Quick check (t_qc): Which is right?")
    assert "a) " in text and "c) " in text and "check your answer" in text


def test_jupyter_reread_names_the_section_from_the_book_sources():
    html = numeric()._repr_html_()
    assert "Reread: Definition: Dot product" in html          # no Sphinx in Jupyter


def test_the_script_is_inline_once_per_output_and_guarded():
    html = choice()._repr_html_()
    scripts = BeautifulSoup(html, "html.parser").select("script")
    assert len(scripts) == 1 and not scripts[0].has_attr("src")
    js = scripts[0].string
    assert "if (!window.mfmlQuickCheck) {" in js          # functions defined once a page
    assert "http" not in js and "</" not in js


# --------------------------------------------------------------------------- labels, Sphinx link
def test_book_labels_reads_sections_and_blocks(tmp_path):
    (tmp_path / "_toc.yml").write_text("root: a\n")
    (tmp_path / "a.md").write_text(
        "(a_top)=\n# Page A\n\n(a_sec)=\n## The `x` {term}`section <s>`\n\n"
        "(a_anon)=\nSome paragraph.\n\n"
        "```{prf:definition} Dot product\n:label: a_def\n\nText\n```\n\n"
        "````{exercise-start} By hand\n:label: a_ex\n````\n")
    labels = book_labels(tmp_path)
    assert labels["a_sec"].title == "The x section" and labels["a_sec"].page == "a"
    assert labels["a_sec"].page_title == "Page A"
    assert labels["a_def"].title == "Definition: Dot product"
    assert labels["a_def"].name == "Dot product"
    assert labels["a_ex"].title == "Exercise: By hand"
    assert "a_anon" not in labels                  # a reread target needs a title


def test_sphinx_extension_links_rereads_and_reports_unknown_labels():
    html = choice()._repr_html_()
    table = {"dot_def": ("#dot_def", "Definition 3.1 (Dot product)")}
    out, missing = link_rereads(html, table.get)
    assert missing == ["dot_sec_cosine"]
    assert ('<a class="mfml-qc-reread reference internal" data-mfml-ref="dot_def" '
            'href="#dot_def">Reread: Definition 3.1 (Dot product)</a>') in out
    table["dot_sec_cosine"] = ("other.html#dot-sec-cosine", "Cosine <similarity>")
    out, missing = link_rereads(html, table.get)
    assert not missing and "Reread: Cosine &lt;similarity&gt;</a>" in out
    table["dot_sec_cosine"] = ("other.html#svd", "Definition 5.2 (Rank-$k$ truncation)")
    out, missing = link_rereads(html, table.get)
    assert "Reread: Definition 5.2 (Rank-\\(k\\) truncation)</a>" in out
    assert "(Rank-$k$" not in out


# --------------------------------------------------------------------------- the script runs
@pytest.mark.browser
def test_script_runs_on_a_bare_page_without_errors(browser):
    """Several quick checks on one page (each bringing the script); no MathJax."""
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    body = choice()._repr_html_() + numeric()._repr_html_() + choice(id="t_b")._repr_html_()
    page.set_content(f"<!doctype html><html><head></head><body>{body}</body></html>")
    assert not errors, errors
    assert page.evaluate("document.querySelectorAll('#mfml-qc-style').length") == 1
    assert page.evaluate("typeof window.mfmlQuickCheck.check") == "function"
    assert page.locator(".mfml-qc[data-mfml-ready]").count() == 3
    parse = "s => window.mfmlQuickCheck.parse(s)"
    assert page.evaluate(parse, "3/4") == {"value": 0.75}
    assert page.evaluate(parse, " −2.5 ") == {"value": -2.5}
    assert page.evaluate(parse, "1e-3") == {"value": 0.001}
    assert page.evaluate(parse, "abc") == {"key": "nan"}
    assert page.evaluate(parse, "1/0") == {"key": "nan"}
    assert page.evaluate(parse, "") == {"key": "empty"}
    assert page.evaluate(parse, "2,5") == {"key": "comma"}
    assert page.evaluate(parse, "2,50") == {"key": "comma"}
    assert page.evaluate(parse, "360,000") == {"value": 360000}
    assert page.evaluate(parse, "1,234.5") == {"value": 1234.5}
    assert page.evaluate(parse, "36,00,00") == {"key": "nan"}
    # one click handler for all: the third question answers independently
    box = page.locator("#mfml-qc-t_b")
    box.locator("input[type=radio]").first.check()
    box.locator("button").click()
    assert box.locator(".mfml-qc-feedback .mfml-qc-fb").count() == 1
    assert page.locator("#mfml-qc-t_qc .mfml-qc-feedback").inner_text() == ""
    num = page.locator("#mfml-qc-t_qn")
    num.locator("input").fill("25")
    num.locator("input").press("Enter")
    assert "Squared length." in num.locator(".mfml-qc-feedback").inner_text()
    assert not errors, errors
    page.close()


# --------------------------------------------------------------------------- book-wide
def chapters() -> list[str]:
    from mfml.chapters import is_chapter_doc  # a part's closing page has no quick checks

    return [p for p in toc_files() if is_chapter_doc(p)]


@pytest.mark.parametrize("page", chapters())
def test_every_chapter_has_three_to_five_quick_checks(page):
    n = len(quick_checks(page))
    assert 3 <= n <= 5, f"{page} has {n} quick checks; the chapter standard asks for 3-5"


@pytest.mark.parametrize("page", chapters())
def test_quick_check_cells_hide_their_source(page):
    nb = jupytext.read(BOOK / f"{page}.md")
    imports = imports_cell(nb)
    cells = quiz_cells(page)
    if cells:
        assert re.search(r"^from mfml\.quiz import .*quick_check", imports.source, re.M), \
            f"{page}: import quick_check, right, wrong in the imports cell"
    for cell in cells:
        assert "remove-input" in cell.metadata.get("tags", []), (page, cell.source[:60])
        assert cell.metadata.get("jupyter", {}).get("source_hidden") is True, \
            (page, "add `jupyter: {source_hidden: true}` so JupyterLab hides the answer",
             cell.source[:60])


@pytest.mark.parametrize("page", chapters())
def test_every_reread_label_is_defined_in_the_book(page):
    labels = book_labels(BOOK)
    for q in quick_checks(page):
        refs = [o.reread for o in q.options if not o.correct]
        refs += [m[2] for m in q.mistakes] + ([q.otherwise[1]] if q.otherwise else [])
        for ref in refs:
            assert ref in labels, (
                f"{page}: quick check {q.id!r} rereads {ref!r}, which is not the label of "
                "a section (put `(label)=` on the line before a heading) or of a "
                "{prf:...}/{exercise} block")


def test_quick_check_ids_are_unique_across_the_book():
    ids = [q.id for page in chapters() for q in quick_checks(page)]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    assert not dupes, f"quick check ids used twice: {dupes}"
