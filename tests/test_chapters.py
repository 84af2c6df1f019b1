"""Chapter metadata (mfml.chapters): the front matter every chapter states once,
what the checker catches, and how "Before you start" shows it.

The built page's block (links point at built pages) is checked in test_site.py.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import jupytext
import pytest
from bs4 import BeautifulSoup

from mfml import chapters
from mfml.chapters import BeforeYouStart, problems, toc_order
from mfml.sphinx_ext import link_docs

from .helpers import BOOK


def chapter_pages() -> list[str]:
    """Every topic page of a book part (book/<part>/<page>.md) in the table of
    contents: all but the part's closing page (where_it_leads)."""
    return chapters.chapter_docs(BOOK)


# --------------------------------------------------------------------------- the real book
def test_the_book_metadata_has_no_problems():
    assert problems(BOOK) == []


@pytest.mark.parametrize("doc", chapter_pages())
def test_every_chapter_states_its_metadata(doc):
    assert doc in chapters.chapters(BOOK), (
        f"{doc}.md has no mfml: block in its front matter (see mfml/chapters.py)")


@pytest.mark.parametrize("doc", chapter_pages())
def test_before_you_start_shows_the_metadata_of_its_own_page(doc):
    nb = jupytext.read(BOOK / f"{doc}.md")
    text = jupytext.writes(nb, "md:myst")
    section = text.split("## Before you start", 1)
    assert len(section) == 2, f"{doc}.md has no '## Before you start' section"
    before_next_heading = re.split(r"^## ", section[1], flags=re.M)[0]
    calls = re.findall(r'before_you_start\("([^"]+)"\)', before_next_heading)
    assert calls == [doc], (
        f"{doc}.md: 'Before you start' must show before_you_start({doc!r}) once, got {calls}")
    cell = next(c for c in nb.cells if "before_you_start(" in c.source)
    assert "remove-input" in cell.metadata.get("tags", [])
    # prerequisites are not typed twice: no {doc} link to a prerequisite in that section
    prose = re.sub(r"```\{code-cell\}.*?```", "", before_next_heading, flags=re.S)
    assert "{doc}" not in prose, f"{doc}.md: prerequisites belong in the front matter"


def _estimate(path: Path) -> float:
    """Minutes to read a page at 130 words a minute and run its code cells (30 s each)."""
    body = path.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    cells = re.findall(r"```\{code-cell\}.*?\n```", body, flags=re.S)
    prose = re.sub(r"```\{code-cell\}.*?\n```", "", body, flags=re.S)
    return len(prose.split()) / 130 + 0.5 * len(cells)


@pytest.mark.parametrize("doc", chapter_pages())
def test_minutes_are_plausible_for_the_length_of_the_page(doc):
    stated = chapters.chapters(BOOK)[doc].minutes
    estimate = _estimate(BOOK / f"{doc}.md")
    assert 0.6 * estimate <= stated <= 1.6 * estimate, (
        f"{doc}.md says {stated} minutes; its length suggests about {estimate:.0f} "
        "(130 words a minute, 30 s a code cell): update minutes: in the front matter")


def test_leads_to_is_derived_from_later_chapters():
    found = chapters.chapters(BOOK)
    for doc, chapter in found.items():
        for later in chapter.leads_to:
            assert any(p.doc == doc for p in found[later].prerequisites)
            assert toc_order(BOOK).index(later) > toc_order(BOOK).index(doc)


def test_the_block_links_each_prerequisite_to_its_md_file_for_jupyter():
    block = BeforeYouStart("linear_algebra/matrix_decomposition", BOOK)
    page = BOOK / "linear_algebra"
    soup = BeautifulSoup(block._repr_html_(), "html.parser")
    links = soup.select("a.mfml-doc")
    assert {a["data-mfml-doc"] for a in links} >= {
        "linear_algebra/matrix_multiplication", "linear_algebra/dot_product",
        "linear_algebra/eigen", "linear_algebra/vectors_matrices"}
    for a in links:
        assert (page / a["href"]).resolve() == (BOOK / f"{a['data-mfml-doc']}.md").resolve()
    text = soup.get_text(" ")
    assert "about 50 minutes" in text and "You need" in text
    assert "It helps" not in text             # this page lists no helpful chapter
    helps = BeautifulSoup(BeforeYouStart("linear_algebra/dot_product", BOOK)._repr_html_(),
                          "html.parser").get_text(" ")
    assert "It helps" in helps and "every entry of a matrix product" in helps
    assert "spectral theorem" in text        # the "for:" text
    assert "low-rank compression" in text    # an unlocks item
    assert "Time" in repr(block) or "time:" in repr(block)


def test_the_first_chapter_says_it_needs_no_earlier_chapter():
    soup = BeautifulSoup(BeforeYouStart("linear_algebra/vectors_matrices", BOOK)
                         ._repr_html_(), "html.parser")
    assert "start here" in soup.get_text()
    assert "Chapters that build on it" in soup.get_text()


def test_an_unknown_chapter_is_a_clear_error():
    with pytest.raises(ValueError, match="no mfml: block"):
        BeforeYouStart("linear_algebra/nope", BOOK)


def test_book_dir_is_found_from_a_notebooks_folder(monkeypatch):
    monkeypatch.chdir(BOOK / "linear_algebra")
    assert chapters.book_dir() == BOOK
    monkeypatch.chdir(BOOK.parent / "exercises")
    assert chapters.book_dir() == BOOK


# --------------------------------------------------------------------------- the checker
def _book(tmp_path: Path, pages: dict[str, str], order: list[str]) -> Path:
    (tmp_path / "_toc.yml").write_text(
        "format: jb-book\nroot: intro\nparts:\n  - caption: P\n    chapters:\n"
        + "".join(f"      - file: {d}\n" for d in order))
    (tmp_path / "intro.md").write_text("# Intro\n")
    for doc, meta in pages.items():
        path = tmp_path / f"{doc}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\nmfml:\n{textwrap.indent(textwrap.dedent(meta), '  ')}---\n"
                        f"# {doc.title()}\n")
    return tmp_path


GOOD = """\
label_prefix: {p}
minutes: 30
prerequisites:
  necessary: {need}
  helpful: []
unlocks: [something in ML]
"""


def _meta(p, need="[]"):
    return GOOD.format(p=p, need=need)


def test_a_consistent_book_has_no_problems(tmp_path):
    book = _book(tmp_path, {"a": _meta("a"),
                            "b": _meta("b", "[{doc: a, for: the idea}]")}, ["a", "b"])
    assert problems(book) == []
    assert chapters.chapters(book)["a"].leads_to == ("b",)


@pytest.mark.parametrize("need, message", [
    ("[{doc: b, for: x}]", "comes after a in _toc.yml"),
    ("[{doc: nowhere, for: x}]", "not a page in _toc.yml"),
    ("[{doc: a, for: x}]", "its own prerequisite"),
    ("[{doc: intro}]", "needs doc: and for:"),
    ("[{doc: intro, for: x}, {doc: intro, for: y}]", "listed twice"),
])
def test_a_bad_prerequisite_is_named(tmp_path, need, message):
    book = _book(tmp_path, {"a": _meta("a", need), "b": _meta("b")}, ["a", "b"])
    found = problems(book)
    assert any(message in p for p in found), found


@pytest.mark.parametrize("change, message", [
    (("minutes: 30", "minutes: 0"), "minutes must be"),
    (("minutes: 30", "minutes: half an hour"), "minutes must be"),
    (("unlocks: [something in ML]", "unlocks: []"), "unlocks must list"),
    (("label_prefix: a", "label_prefix: Dot Product"), "label_prefix"),
    (("  helpful: []\n", ""), "exactly the lists"),
    (("unlocks:", "unlock: [x]\nunlocks:"), "unknown keys"),
])
def test_bad_fields_are_named(tmp_path, change, message):
    book = _book(tmp_path, {"a": _meta("a").replace(*change)}, ["a"])
    found = problems(book)
    assert any(message in p for p in found), found


# --------------------------------------------------------------------------- site links
def test_link_docs_points_links_at_built_pages_and_reports_unknown_pages():
    block = BeforeYouStart("linear_algebra/eigen", BOOK)._repr_html_()
    new, missing = link_docs(block, lambda d: f"../x/{d}.html"
                             if d != "linear_algebra/dot_product" else None)
    assert missing == ["linear_algebra/dot_product"]
    soup = BeautifulSoup(new, "html.parser")
    hrefs = {a["data-mfml-doc"]: a["href"] for a in soup.select("a.mfml-doc")}
    assert hrefs["linear_algebra/vectors_matrices"] == "../x/linear_algebra/vectors_matrices.html"
    assert hrefs["linear_algebra/dot_product"] == "dot_product.md"   # left for the warning


# --------------------------------------------------------------------------- part ends
def _upcoming(doc: str) -> list[tuple[str, str]]:
    from mfml.sphinx_ext import parse_upcoming

    text = (BOOK / f"{doc}.md").read_text(encoding="utf-8")
    return [parse_upcoming(m) for m in re.findall(r"\{upcoming\}`([^`]+)`", text)]


def _part_ends() -> list[str]:
    return [d for d in toc_order(BOOK) if "/" in d and not chapters.is_chapter_doc(d)]


def test_each_part_ends_with_its_closing_page():
    import yaml

    toc = yaml.safe_load((BOOK / "_toc.yml").read_text(encoding="utf-8"))
    ends = _part_ends()
    assert "linear_algebra/where_it_leads" in ends
    for end in ends:
        part = next(p for p in toc["parts"]
                    if any(str(c["file"]) == end for c in p["chapters"]))
        assert str(part["chapters"][-1]["file"]) == end, f"{end} must close its part"


#: closing page -> the chapters of the next part it must name
NEXT_PART = {
    "linear_algebra/where_it_leads": {"Derivatives", "Partial derivatives", "Chain rule",
                                      "Gradient", "Gradient descent"},
    "calculus/where_it_leads": {"Probability basics", "Distributions",
                                "Expectation and variance", "Bayes' theorem",
                                "Maximum likelihood estimation", "Entropy",
                                "Cross-entropy and KL divergence"},
    "probability/where_it_leads": {"Entropy", "Cross-entropy and KL divergence"},
}


def test_every_closing_page_says_which_part_comes_next():
    assert set(_part_ends()) <= set(NEXT_PART), "add the new closing page to NEXT_PART"


@pytest.mark.parametrize("end", _part_ends())
def test_the_closing_page_names_what_comes_next_and_links_it_once_it_exists(end):
    """Every later chapter the page names is an {upcoming} role (a link once the page
    is in _toc.yml). A page that lands under another file name than the one named
    here would stay unlinked: its title gives it away."""
    named = _upcoming(end)
    assert {t for t, _ in named} >= NEXT_PART[end], f"{end}.md must name the next part's chapters"
    docs = toc_order(BOOK)
    titles = {chapters.title(BOOK / f"{d}.md").lower(): d for d in docs}
    for title, target in named:
        landed = titles.get(title.lower())
        assert landed in (None, target), (
            f"{end}.md names {title!r} as {target}, but the book has it as {landed}: "
            "update the {upcoming} target")


def test_the_closing_page_is_not_a_chapter():
    assert not chapters.is_chapter_doc("linear_algebra/where_it_leads")
    assert chapters.is_chapter_doc("linear_algebra/eigen")
    assert not chapters.is_chapter_doc("notation")
    assert "linear_algebra/where_it_leads" not in chapter_pages()


# --------------------------------------------------------------------------- proofs are optional
_OPEN = re.compile(r"^(?P<fence>`{3,}|:{3,})\{(?P<name>[^}]+)\}\s*(?P<title>.*)$")


def proofs_not_collapsed(text: str) -> list[str]:
    """Each {prf:proof} not inside a "Why is this true?" dropdown admonition, or
    one with its own ``:class: dropdown`` (which breaks every later dropdown on
    the page). Returns a message per offending proof, with its line number."""
    lines = text.splitlines()
    stack: list[dict] = []
    found = []
    for i, line in enumerate(lines):
        opened = _OPEN.match(line)
        if opened:
            block = {"fence": opened["fence"], "name": opened["name"].strip(),
                     "title": opened["title"], "options": []}
            for option in lines[i + 1:]:
                if not option.startswith(":") or option.startswith(":::"):
                    break
                block["options"].append(option.strip())
            if block["name"] == "prf:proof":
                parent = stack[-1] if stack else None
                if ":class: dropdown" in block["options"]:
                    found.append(f"line {i + 1}: a prf:proof with its own :class: dropdown")
                elif not (parent and parent["name"] == "admonition"
                          and parent["title"].startswith("Why is this true?")
                          and ":class: dropdown" in parent["options"]):
                    found.append(f"line {i + 1}: a prf:proof outside a "
                                 "'Why is this true?' dropdown")
            stack.append(block)
            continue
        stripped = line.strip()
        if stack and stripped and set(stripped) == {stack[-1]["fence"][0]} \
                and len(stripped) >= len(stack[-1]["fence"]):
            stack.pop()
    return found


@pytest.mark.parametrize("doc", chapter_pages())
def test_every_proof_is_optional_and_collapsed(doc):
    text = (BOOK / f"{doc}.md").read_text(encoding="utf-8")
    assert proofs_not_collapsed(text) == [], (
        f"{doc}.md: wrap each proof in ````{{admonition}} Why is this true? (optional)"
        " + :class: dropdown (CONTRIBUTING.md)")


def test_the_proof_check_catches_a_bare_proof_and_a_dropdown_proof():
    good = textwrap.dedent("""\
        ````{admonition} Why is this true? (optional)
        :class: dropdown

        ```{prf:proof}
        Because.
        ```
        ````
        """)
    bare = "```{prf:proof}\nBecause.\n```\n"
    own_dropdown = "```{prf:proof}\n:class: dropdown\n\nBecause.\n```\n"
    closed_before = ("````{admonition} Why is this true? (optional)\n:class: dropdown\n\nSee.\n"
                     "````\n\n" + bare)
    assert proofs_not_collapsed(good) == []
    assert proofs_not_collapsed(bare) == [
        "line 1: a prf:proof outside a 'Why is this true?' dropdown"]
    assert proofs_not_collapsed(own_dropdown) == [
        "line 1: a prf:proof with its own :class: dropdown"]
    assert len(proofs_not_collapsed(closed_before)) == 1
