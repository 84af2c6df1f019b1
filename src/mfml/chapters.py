"""Chapter metadata: what each chapter needs, how long it takes, what it unlocks.

Each chapter states it once, in its front matter::

    mfml:
      label_prefix: dot          # every label on the page starts with "dot_"
      minutes: 40                # to read and run the page (not the practice notebook)
      prerequisites:
        necessary:               # chapters the page cannot be read without
          - doc: linear_algebra/vectors_matrices
            for: vectors as lists of numbers and as arrows
        helpful: []              # chapters that help but can be skipped
      unlocks:                   # what in machine learning the chapter makes readable
        - cosine similarity for embeddings, search and recommendation

The "Before you start" section of a chapter shows this data with one hidden
cell, ``before_you_start("linear_algebra/dot_product")``: the prerequisites
with links, the time, what it unlocks, and the later chapters that list this
one as a prerequisite ("leads to", derived, never typed). In Jupyter the links
open the ``.md`` notebooks; on the site :mod:`mfml.sphinx_ext` points them at
the built pages and fails the build on a page that does not exist.
:func:`problems` is what ``tests/test_chapters.py`` checks: every prerequisite
is a page that comes earlier in the table of contents, and so on. The
prerequisite map draws from :func:`chapters` too.
"""

from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

KINDS = ("necessary", "helpful")
_H1 = re.compile(r"^#\s+(.+?)\s*$", re.M)


@dataclass(frozen=True)
class Prerequisite:
    doc: str        # "linear_algebra/vectors_matrices", as in _toc.yml
    kind: str       # "necessary" or "helpful"
    why: str        # what the chapter needs from it (the ``for:`` text)


@dataclass(frozen=True)
class Chapter:
    doc: str
    title: str
    label_prefix: str
    minutes: int
    prerequisites: tuple[Prerequisite, ...]
    unlocks: tuple[str, ...]
    leads_to: tuple[str, ...] = field(default=())   # later chapters that need this one


# --------------------------------------------------------------------------- reading
def book_dir(start: Path | None = None) -> Path:
    """The book's source folder: the nearest folder holding ``_toc.yml`` above the
    working directory (a notebook's kernel runs in the notebook's folder), else the
    ``book/`` of the repository the package was installed from."""
    here = Path(start or os.getcwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "_toc.yml").is_file():
            return folder
        if (folder / "book" / "_toc.yml").is_file():
            return folder / "book"
    from mfml.quiz import default_book_dir

    found = default_book_dir()
    if found is None:
        raise FileNotFoundError(
            "cannot find the book's _toc.yml above the working directory: run this "
            "notebook from inside the book's folder")
    return found


def front_matter(path: Path) -> dict:
    """The YAML front matter of a MyST file (``{}`` if it has none)."""
    text = Path(path).read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return {}
    end = text.find("\n---\n", 4)
    if end < 0:
        return {}
    return yaml.safe_load(text[4:end]) or {}


def title(path: Path) -> str:
    """A page's H1 title, without markup."""
    from mfml.quiz import _clean_title

    m = _H1.search(Path(path).read_text(encoding="utf-8"))
    return _clean_title(m[1]) if m else Path(path).stem


def toc_order(book: Path) -> list[str]:
    """Every page in ``_toc.yml``, in reading order (root first)."""
    toc = yaml.safe_load((Path(book) / "_toc.yml").read_text(encoding="utf-8"))
    order = [toc["root"]]

    def walk(entries):
        for entry in entries or []:
            if "file" in entry:
                order.append(str(entry["file"]).removesuffix(".md"))
            walk(entry.get("sections"))
            walk(entry.get("chapters"))

    walk(toc.get("chapters"))
    for part in toc.get("parts") or []:
        walk(part.get("chapters"))
    return order


#: The page that closes a part (``<part>/where_it_leads.md``, last in the part):
#: what the part gave the reader and where it leads. It is not a topic chapter:
#: no metadata block, quick checks, interactive or practice notebook.
PART_END = "where_it_leads"


def is_chapter_doc(doc: str) -> bool:
    """A topic chapter: a page inside a part's folder, other than its closing page."""
    return "/" in doc and doc.rsplit("/", 1)[1] != PART_END


def chapter_docs(book: Path) -> list[str]:
    """The topic chapters in _toc.yml, in reading order."""
    return [d for d in toc_order(book) if is_chapter_doc(d)]


def _parse(doc: str, meta: dict, book: Path) -> Chapter:
    prereqs = meta.get("prerequisites") or {}
    found = []
    for kind in KINDS:
        for item in prereqs.get(kind) or []:
            item = item if isinstance(item, dict) else {"doc": item}
            found.append(Prerequisite(str(item.get("doc", "")), kind, str(item.get("for", ""))))
    return Chapter(
        doc=doc,
        title=title(book / f"{doc}.md"),
        label_prefix=str(meta.get("label_prefix", "")),
        minutes=meta.get("minutes"),
        prerequisites=tuple(found),
        unlocks=tuple(str(u) for u in meta.get("unlocks") or ()),
    )


def chapters(book: Path | None = None) -> dict[str, Chapter]:
    """Every page in the table of contents that has an ``mfml:`` block, in TOC order,
    with ``leads_to`` filled in from the later chapters' prerequisites."""
    book = Path(book) if book else book_dir()
    found: dict[str, Chapter] = {}
    for doc in toc_order(book):
        path = book / f"{doc}.md"
        meta = front_matter(path).get("mfml") if path.is_file() else None
        if meta:
            found[doc] = _parse(doc, meta, book)
    for doc, chapter in found.items():
        later = tuple(d for d, c in found.items()
                      if any(p.doc == doc for p in c.prerequisites))
        found[doc] = Chapter(**{**chapter.__dict__, "leads_to": later})
    return found


# --------------------------------------------------------------------------- checking
def problems(book: Path | None = None) -> list[str]:
    """Everything wrong with the chapters' metadata, one sentence each."""
    book = Path(book) if book else book_dir()
    order = toc_order(book)
    out = []
    for doc in order:
        path = book / f"{doc}.md"
        if not path.is_file():
            continue
        meta = front_matter(path).get("mfml")
        if meta is None:
            continue
        where = f"{doc}.md front matter (mfml:)"
        unknown = set(meta) - {"label_prefix", "minutes", "prerequisites", "unlocks"}
        if unknown:
            out.append(f"{where}: unknown keys {sorted(unknown)}")
        prereqs = meta.get("prerequisites")
        if not isinstance(prereqs, dict) or set(prereqs) != set(KINDS):
            out.append(f"{where}: prerequisites needs exactly the lists 'necessary' and "
                       "'helpful' (write [] for none)")
            prereqs = prereqs if isinstance(prereqs, dict) else {}
        if not re.fullmatch(r"[a-z][a-z0-9]*", str(meta.get("label_prefix", ""))):
            out.append(f"{where}: label_prefix must be a short lower-case word, "
                       f"got {meta.get('label_prefix')!r}")
        minutes = meta.get("minutes")
        if not isinstance(minutes, int) or not 5 <= minutes <= 180:
            out.append(f"{where}: minutes must be a whole number from 5 to 180, "
                       f"got {minutes!r}")
        if not meta.get("unlocks"):
            out.append(f"{where}: unlocks must list what in ML the chapter makes readable")
        seen = set()
        for kind in KINDS:
            for item in prereqs.get(kind) or []:
                if not isinstance(item, dict) or not item.get("doc") or not item.get("for"):
                    out.append(f"{where}: each {kind} prerequisite needs doc: and for: "
                               f"(what this chapter needs from it), got {item!r}")
                    continue
                target = str(item["doc"]).removesuffix(".md")
                if target in seen:
                    out.append(f"{where}: {target} is listed twice")
                seen.add(target)
                if target == doc:
                    out.append(f"{where}: a chapter cannot be its own prerequisite")
                elif target not in order:
                    out.append(f"{where}: prerequisite {target} is not a page in _toc.yml")
                elif order.index(target) > order.index(doc):
                    out.append(f"{where}: prerequisite {target} comes after {doc} in "
                               "_toc.yml: a reader meets it too late")
    return out


# --------------------------------------------------------------------------- showing
def doc_link(target: str, fromdoc: str, text: str) -> str:
    """A link to another page: a relative ``.md`` path that JupyterLab opens, plus
    ``data-mfml-doc`` that the Sphinx extension turns into the built page's URL."""
    here = Path(fromdoc).parent
    rel = os.path.relpath(f"{target}.md", here if str(here) != "." else ".")
    return (f'<a class="mfml-doc" data-mfml-doc="{html.escape(target)}" '
            f'href="{html.escape(Path(rel).as_posix())}">{html.escape(text)}</a>')


class BeforeYouStart:
    """The "Before you start" block of one chapter (shown by Jupyter and myst-nb)."""

    def __init__(self, doc: str, book: Path | None = None):
        book = Path(book) if book else book_dir()
        found = chapters(book)
        if doc not in found:
            raise ValueError(f"{doc!r} has no mfml: block in its front matter, or is not in "
                             f"_toc.yml (chapters with one: {sorted(found)})")
        self.chapter = found[doc]
        self.titles = {d: c.title for d, c in found.items()}
        for p in self.chapter.prerequisites:
            if p.doc not in self.titles:
                self.titles[p.doc] = title(book / f"{p.doc}.md")

    def _items(self, kind):
        return [p for p in self.chapter.prerequisites if p.kind == kind]

    def _repr_html_(self) -> str:
        from mfml.quiz import render_text

        c = self.chapter
        rows = []
        for kind, label in (("necessary", "You need"), ("helpful", "It helps to have read")):
            items = self._items(kind)
            if not items:
                if kind == "necessary":
                    rows.append(f"<dt>{label}</dt><dd>no earlier chapter: start here.</dd>")
                continue
            lis = "".join(f"<li>{doc_link(p.doc, c.doc, self.titles[p.doc])}: "
                          f"{render_text(p.why)}</li>" for p in items)
            rows.append(f"<dt>{label}</dt><dd><ul>{lis}</ul></dd>")
        rows.append(f"<dt>Time</dt><dd>about {c.minutes} minutes to read and run, "
                    "plus the exercises.</dd>")
        lis = "".join(f"<li>{render_text(u)}</li>" for u in c.unlocks)
        rows.append(f"<dt>It unlocks</dt><dd><ul>{lis}</ul></dd>")
        if c.leads_to:
            links = ", ".join(doc_link(d, c.doc, self.titles[d]) for d in c.leads_to)
            rows.append(f"<dt>Chapters that build on it</dt><dd>{links}</dd>")
        return f'<dl class="mfml-bys">{"".join(rows)}</dl>\n<style>{CSS}</style>'

    def __repr__(self) -> str:
        c = self.chapter
        lines = []
        for kind in KINDS:
            for p in self._items(kind):
                lines.append(f"{kind}: {self.titles[p.doc]} ({p.doc}.md): {p.why}")
        lines.append(f"time: about {c.minutes} minutes")
        lines += [f"unlocks: {u}" for u in c.unlocks]
        return "\n".join(lines)


CSS = """
html[data-theme] .bd-content div.cell_output .output.text_html:has(.mfml-qc,.mfml-bys){
 background:transparent;padding:0}
.mfml-bys{display:grid;grid-template-columns:max-content 1fr;gap:.35em 1.2em;
 margin:1em 0;padding:.5em 1em;border-left:4px solid var(--pst-color-primary,
 var(--jp-brand-color1,#1565c0));background:transparent;color:var(--pst-color-text-base,
 var(--jp-content-font-color1,inherit));border-radius:.3em;max-width:46em}
.mfml-bys dt{font-weight:700;margin:0}
.mfml-bys dd{margin:0}
.mfml-bys ul{margin:0;padding-left:1.1em}
@media (max-width:40em){.mfml-bys{grid-template-columns:1fr}}
"""


def before_you_start(doc: str) -> BeforeYouStart:
    """Show chapter ``doc``'s prerequisites, time and what it unlocks, from its front
    matter. Put it in a cell tagged ``remove-input`` under "## Before you start"."""
    return BeforeYouStart(doc)
