"""The checks behind STYLE_GUIDE.md, as plain functions.

Each check reads sources (a page's text, a parsed notebook) and returns findings,
``"path:line: message"`` strings, empty when all is well. ``tests/test_style.py``
runs every check on the book and feeds each a small bad example, so a check that
could never fail is caught too. To list every finding at once:

    .venv/bin/python -m tests.style_checks
"""

from __future__ import annotations

import ast
import functools
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import jupytext
import nbformat
import yaml

ROOT = Path(__file__).resolve().parents[1]
BOOK = ROOT / "book"
PAGE_WIDTH = 80          # characters of code a page shows (STYLE_GUIDE.md, R16)
RUFF_PATHS = ("src", "tests", "conftest.py", "benchmarks")


# --------------------------------------------------------------------------- reading pages
@dataclass(frozen=True)
class Cell:
    """A code cell, with the line of the .md file where its source starts."""

    index: int                # position among all cells, as jupytext reads the notebook
    fence: int                # line of the ```{code-cell} fence (1-based)
    line: int                 # line of the first source line
    source: str
    metadata: dict = field(hash=False)

    @property
    def tags(self) -> list[str]:
        return list(self.metadata.get("tags", []))

    @property
    def end(self) -> int:
        """Line of the closing fence."""
        return self.line + self.source.count("\n") + (1 if self.source else 0)


@dataclass(frozen=True)
class Page:
    """A MyST Markdown page of the book or a practice notebook."""

    path: str                 # relative to the repository, posix
    text: str
    front: dict = field(hash=False)
    cells: tuple[Cell, ...] = ()

    @property
    def lines(self) -> list[str]:
        return self.text.splitlines()

    @property
    def is_notebook(self) -> bool:
        return "kernelspec" in self.front

    @property
    def prefix(self) -> str | None:
        """The chapter's label prefix (front matter ``mfml: label_prefix:``)."""
        return (self.front.get("mfml") or {}).get("label_prefix")

    @property
    def is_chapter(self) -> bool:
        return "mfml" in self.front

    def prose(self) -> list[tuple[int, str]]:
        """(line number, line) of everything outside code cells and front matter."""
        skip = set(range(1, self._front_end() + 1))
        for c in self.cells:
            skip.update(range(c.fence, c.end + 1))
        return [(i, s) for i, s in enumerate(self.lines, 1) if i not in skip]

    def _front_end(self) -> int:
        m = _FRONT.match(self.text)
        return m.group(0).count("\n") if m else 0


_FRONT = re.compile(r"---\n(.*?\n)---\n", re.S)
_FENCE = re.compile(r"^(`{3,}|~{3,})\{code-cell\}.*$", re.M)


def parse_page(path: str, text: str) -> Page:
    """Read a page; for a notebook, locate each code cell jupytext reads in the text."""
    m = _FRONT.match(text)
    front = (yaml.safe_load(m.group(1)) or {}) if m else {}
    if "kernelspec" not in front:
        return Page(path, text, front)
    nb = jupytext.reads(text, fmt="md:myst")
    cells, pos = [], 0
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        fence = _FENCE.search(text, pos)
        if fence is None:
            raise ValueError(f"{path}: cannot find code cell {i} in the text")
        start = fence.end() + 1
        rest = text[start:]
        if rest.startswith("---\n"):                    # YAML metadata block
            start += rest.index("\n---\n", 3) + len("\n---\n")
        else:                                           # :key: value lines
            while re.match(r":\w[\w-]*:", text[start:]):
                start = text.index("\n", start) + 1
        while not text.startswith(cell.source, start) and text.startswith("\n", start):
            start += 1                                  # a blank line after the metadata
        if not text.startswith(cell.source, start):
            raise ValueError(f"{path}:{text.count(chr(10), 0, start) + 1}: code cell {i} "
                             "is not where expected; the style checks cannot read this page")
        cells.append(Cell(i, text.count("\n", 0, fence.start()) + 1,
                          text.count("\n", 0, start) + 1, cell.source, dict(cell.metadata)))
        pos = start + len(cell.source)
    return Page(path, text, front, tuple(cells))


def _is_notebook_file(p: Path) -> bool:
    head = p.read_text(encoding="utf-8")[:2000]
    return head.startswith("---") and "\nkernelspec:" in head


def _rel(p: Path) -> str:
    return p.relative_to(ROOT).as_posix()


@functools.cache
def book_pages() -> tuple[Page, ...]:
    """Every page of the book (notebooks or not)."""
    files = sorted(p for p in BOOK.rglob("*.md") if "_build" not in p.parts
                   and not any(s.startswith(".") for s in p.relative_to(BOOK).parts))
    return tuple(parse_page(_rel(p), p.read_text(encoding="utf-8")) for p in files)


@functools.cache
def exercise_pages() -> tuple[Page, ...]:
    files = sorted(p for p in (ROOT / "exercises").glob("*.md") if _is_notebook_file(p))
    return tuple(parse_page(_rel(p), p.read_text(encoding="utf-8")) for p in files)


def notebooks() -> list[Page]:
    """Every MyST notebook: the chapters and the practice notebooks."""
    return [p for p in book_pages() if p.is_notebook] + list(exercise_pages())


def chapters() -> list[Page]:
    return [p for p in book_pages() if p.is_chapter]


def _calls(source: str):
    """(call node, name of the function called) for every call in ``source``."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) \
                else ""
            yield node, name


def _top_level(source: str):
    """Nodes outside function and class bodies."""
    stack = list(ast.parse(source).body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


# --------------------------------------------------------------------------- ruff
def _ruff(args: list[str], cwd: Path) -> list[dict]:
    proc = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache",
                           "--output-format", "json", *args],
                          cwd=cwd, capture_output=True, text=True, timeout=120)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"ruff failed ({proc.returncode}):\n{proc.stderr}")
    return json.loads(proc.stdout or "[]")


def _finding(path: str, line: int, col: int, item: dict) -> str:
    return f"{path}:{line}:{col}: {item['code']} {item['message']}"


def ruff_files(paths=RUFF_PATHS, cwd: Path = ROOT) -> list[str]:
    """R4: ruff on the package, the tests and the scripts, with pyproject.toml's settings."""
    out = []
    for item in _ruff(list(paths), cwd):
        rel = Path(item["filename"]).resolve().relative_to(cwd.resolve()).as_posix()
        out.append(_finding(rel, item["location"]["row"], item["location"]["column"], item))
    return sorted(out)


def ruff_notebooks(pages: list[Page], config: Path = ROOT / "pyproject.toml") -> list[str]:
    """R5: ruff on every notebook's code cells, in one run.

    Each page's code cells go into an .ipynb at the page's relative path under a temporary
    folder, so pyproject.toml's per-file ignores for ``*.ipynb`` apply, and ruff lints
    cell by cell (magics, a cell's last expression, imports at the top of a cell). Findings
    point at the line of the .md file.
    """
    with tempfile.TemporaryDirectory() as tmp:
        by_file = {}
        for page in pages:
            target = Path(tmp, page.path).with_suffix(".ipynb")
            target.parent.mkdir(parents=True, exist_ok=True)
            nb = nbformat.v4.new_notebook(
                cells=[nbformat.v4.new_code_cell(c.source) for c in page.cells],
                metadata={"language_info": {"name": "python"}})
            nbformat.write(nb, target)
            by_file[target.relative_to(tmp).as_posix()] = page
        if not by_file:
            return []
        items = _ruff(["--config", str(config), *sorted(by_file)], Path(tmp))
        out = []
        for item in items:
            page = by_file[Path(item["filename"]).resolve().relative_to(
                Path(tmp).resolve()).as_posix()]
            cell = page.cells[item["cell"] - 1]
            out.append(_finding(page.path, cell.line + item["location"]["row"] - 1,
                                item["location"]["column"], item))
    return sorted(out)


# --------------------------------------------------------------------------- the page's width
def long_code_lines(page: Page, width: int = PAGE_WIDTH) -> list[str]:
    """R16: every line of every code cell fits the page, tagged cells included."""
    return [f"{page.path}:{c.line + k}: code line of {len(s)} characters (the page shows "
            f"{width}): {s.strip()[:40]}..."
            for c in page.cells for k, s in enumerate(c.source.splitlines())
            if len(s) > width]


# --------------------------------------------------------------------------- imports
_HIDDEN = {"remove-cell"}


def _solution_lines(page: Page) -> set[int]:
    """Lines inside the book's gated solutions (solution-start ... solution-end)."""
    inside, out = False, set()
    for i, s in enumerate(page.lines, 1):
        if re.match(r"^`{3,}\{solution-start\}", s):
            inside = True
        elif re.match(r"^`{3,}\{solution-end\}", s):
            inside = False
        elif inside:
            out.add(i)
    return out


def _shows_metadata(c: Cell) -> bool:
    """The "Before you start" cell, ``before_you_start(...)`` (mfml.chapters): it only shows
    the chapter's front matter, and imports what it calls."""
    return "before_you_start(" in c.source


def imports_cell(page: Page) -> Cell | None:
    """The first code cell, not counting a "Before you start" cell."""
    return next((c for c in page.cells if not _shows_metadata(c)), None)


def imports_outside_imports_cell(page: Page) -> list[str]:
    """R17: imports live in the imports cell; a `remove-cell` check or a solution may
    import what only it uses."""
    out = []
    solutions = _solution_lines(page)
    first = imports_cell(page)
    for c in page.cells:
        if c is first or _shows_metadata(c) or _HIDDEN & set(c.tags) or "solution" in c.tags \
                or c.fence in solutions:
            continue
        for node in ast.walk(ast.parse(c.source)):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                out.append(f"{page.path}:{c.line + node.lineno - 1}: import outside the "
                           f"imports cell: {ast.unparse(node)} (move it to the imports "
                           "cell)")
    return out


def imports_cell_sets_up(page: Page) -> list[str]:
    """R17, R6: a chapter's imports cell calls use_book_style(); generators are seeded."""
    out = []
    first = imports_cell(page)
    styled = first and any(name == "use_book_style" for _, name in _calls(first.source))
    if page.is_chapter and first and not styled:
        out.append(f"{page.path}:{first.line}: the imports cell does not call "
                   "use_book_style()")
    for c in page.cells:
        for node, name in _calls(c.source):
            if name == "default_rng" and not (node.args or node.keywords):
                out.append(f"{page.path}:{c.line + node.lineno - 1}: default_rng() without "
                           "a seed: the output would change from run to run")
    return out


# --------------------------------------------------------------------------- figures
_FIGURE_CALLS = {"subplots", "figure", "subplot_mosaic"}
_TITLE_CALLS = {"set_title", "suptitle"}


_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}(?:[0-9a-fA-F]{2})?$")


def figure_metadata(page: Page) -> list[str]:
    """R10-R12: a cell that makes a figure has a name, a caption and alt text in its
    metadata and hides its code; the prose refers to it with {numref}; a one-panel figure
    has no title (the caption says it); colours are COLORS names, not hex codes."""
    out = []
    for c in page.cells:
        for node in ast.walk(ast.parse(c.source)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and _HEX.match(node.value):
                out.append(f"{page.path}:{c.line + node.lineno - 1}: colour {node.value!r}: "
                           "use a name from mfml.style.COLORS")
        name = c.metadata.get("mystnb", {}).get("figure", {}).get("name")
        if name and not re.search(rf"\{{numref\}}`([^`]*<)?{re.escape(str(name))}>?`",
                                  page.text):
            out.append(f"{page.path}:{c.fence}: figure {name!r} is never referred to: "
                       f"write {{numref}}`{name}` where the prose discusses it")
        if _HIDDEN & set(c.tags):
            continue
        made = [n for n in _top_level(c.source) if isinstance(n, ast.Call)
                and isinstance(n.func, ast.Attribute) and n.func.attr in _FIGURE_CALLS
                and isinstance(n.func.value, ast.Name) and n.func.value.id == "plt"]
        if not made:
            continue
        where = f"{page.path}:{c.fence}"
        nb = c.metadata.get("mystnb", {})
        figure, image = nb.get("figure", {}), nb.get("image", {})
        for key in ("name", "caption"):
            if not str(figure.get(key, "")).strip():
                out.append(f"{where}: a figure cell needs `mystnb: figure: {key}:`")
        if not str(image.get("alt", "")).strip():
            out.append(f"{where}: a figure cell needs `mystnb: image: alt:` (what it shows)")
        if "hide-input" not in c.tags:
            out.append(f"{where}: tag a figure cell `hide-input` (the plotting code is "
                       "plumbing; the reader can open it)")
        one_panel = len(made) == 1 and made[0].func.attr == "subplots" and not made[0].args \
            and not {k.arg for k in made[0].keywords} & {"nrows", "ncols"}
        if one_panel:
            for n in _top_level(c.source):
                titled = isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and (
                    n.func.attr in _TITLE_CALLS
                    or (n.func.attr == "set" and any(k.arg == "title" for k in n.keywords)))
                if titled:
                    out.append(f"{page.path}:{c.line + n.lineno - 1}: a one-panel figure "
                               "has no title: say it in the caption")
    return out


# --------------------------------------------------------------------------- labels
_TARGET = re.compile(r"^\(([^()\s]+)\)=\s*$")
_OPTION = re.compile(r"^\s*:(label|name):\s*(\S+)\s*$")
_DIRECTIVE = re.compile(r"^\s*(`{3,}|:{3,})\{([\w:-]+)\}")
_PREFIX = re.compile(r"^[a-z][a-z0-9]*$")


@dataclass(frozen=True)
class Label:
    line: int
    label: str
    kind: str
    directive: str = ""       # for a :label: or :name: option, the directive it belongs to


def page_top_label(page: Page) -> str | None:
    """The ``(label)=`` right before the page's H1, which names the page itself."""
    lines = page.lines
    for i, s in enumerate(lines):
        if (m := _TARGET.match(s)) and i + 1 < len(lines) and lines[i + 1].startswith("# "):
            return m.group(1)
    return None


def _string_arg(node: ast.Call) -> str | None:
    if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value,
                                                                            str):
        return node.args[0].value
    return None


def labels(page: Page) -> list[Label]:
    """Every label a page defines, and every label its quick checks reread."""
    out, top, directive = [], page_top_label(page), ""
    for i, s in page.prose():
        if d := _DIRECTIVE.match(s):
            directive = d.group(2)
        if (m := _TARGET.match(s)) and m.group(1) != top:
            out.append(Label(i, m.group(1), "target"))
        elif m := _OPTION.match(s):
            out.append(Label(i, m.group(2), f":{m.group(1)}:", directive))
    for c in page.cells:
        name = c.metadata.get("mystnb", {}).get("figure", {}).get("name")
        if name:
            at = next((c.fence + k for k, s in enumerate(page.lines[c.fence - 1:c.line - 1])
                       if re.match(rf"\s*name:\s*{re.escape(str(name))}\s*$", s)), c.fence)
            out.append(Label(at, str(name), "figure name"))
        for node, fn in _calls(c.source):
            line = c.line + node.lineno - 1
            if fn in ("quick_check", "glue") and (key := _string_arg(node)):
                out.append(Label(line, key, "quick check id" if fn == "quick_check"
                                 else "glue key"))
            for k in node.keywords:
                if k.arg == "reread" and isinstance(k.value, ast.Constant):
                    out.append(Label(line, k.value.value, "reread"))
                if k.arg == "otherwise" and isinstance(k.value, ast.Tuple) \
                        and len(k.value.elts) == 2 and isinstance(k.value.elts[1], ast.Constant):
                    out.append(Label(line, k.value.elts[1].value, "reread"))
                if k.arg == "mistakes" and isinstance(k.value, ast.Dict):
                    for v in k.value.values:
                        if isinstance(v, ast.Tuple) and len(v.elts) == 2 \
                                and isinstance(v.elts[1], ast.Constant):
                            out.append(Label(c.line + v.lineno - 1, v.elts[1].value,
                                             "reread"))
    return out


def label_prefixes(page: Page, others: dict[str, str] | None = None) -> list[str]:
    """R13: every label of a chapter starts with its prefix and ``_``; a quick check may
    reread another chapter's label (``others``: prefix -> that chapter's top label)."""
    prefix = page.prefix
    if not page.is_chapter:
        return []
    if not isinstance(prefix, str) or not _PREFIX.match(prefix):
        return [f"{page.path}:1: front matter needs `mfml: label_prefix:` in lowercase "
                f"letters and digits (found {prefix!r})"]
    others = others or {}
    out = []
    for lab in labels(page):
        if lab.label.startswith(prefix + "_"):
            continue
        if lab.kind == "reread" and (any(lab.label.startswith(p + "_") for p in others)
                                     or lab.label in others.values()):
            continue
        out.append(f"{page.path}:{lab.line}: {lab.kind} {lab.label!r} does not start with "
                   f"the chapter's prefix {prefix + '_'!r}")
    return out


#: what a label says after the prefix, by what it labels: ``dot_thm_cauchy_schwarz``
KINDS = {"prf:definition": "def", "prf:theorem": "thm", "prf:property": "prop",
         "prf:proposition": "prop", "prf:lemma": "lem", "prf:corollary": "cor",
         "prf:algorithm": "alg", "prf:example": "eg", "prf:remark": "rem",
         "exercise": "ex", "exercise-start": "ex", "figure": "fig", "figure name": "fig",
         "quick check id": "qc"}


def label_kinds(page: Page) -> list[str]:
    """R14: after the prefix, a label says what it labels: ``<prefix>_def``,
    ``<prefix>_thm_...``, ``<prefix>_fig_...``, ``<prefix>_qc_...`` (see KINDS)."""
    if not page.prefix:
        return []
    out = []
    for lab in labels(page):
        infix = KINDS.get(lab.directive or lab.kind)
        if infix and not re.match(rf"{re.escape(page.prefix)}_{infix}(_|$)", lab.label):
            what = lab.directive or lab.kind
            out.append(f"{page.path}:{lab.line}: {what} label {lab.label!r} should start "
                       f"with '{page.prefix}_{infix}'")
    return out


def prefixes_are_unique(pages: list[Page]) -> list[str]:
    seen, out = {}, []
    for p in pages:
        if p.prefix in seen:
            out.append(f"{p.path}:1: label prefix {p.prefix!r} is taken by {seen[p.prefix]}")
        seen.setdefault(p.prefix, p.path)
    return out


# --------------------------------------------------------------------------- glossary
_TERM = re.compile(r"\{term\}`([^`]+)`")


def glossary_terms(page: Page) -> dict[str, tuple[str, int]]:
    """lower-cased term -> (term, line) for every term of the page's {glossary} block."""
    terms, inside = {}, False
    for i, s in enumerate(page.lines, 1):
        if re.match(r"^(`{3,}|:{3,})\{glossary\}", s):
            inside = True
        elif inside and re.match(r"^(`{3,}|:{3,})\s*$", s):
            inside = False
        elif inside and s.strip() and not s[0].isspace() and not s.startswith(":"):
            terms[s.strip().lower()] = (s.strip(), i)
    return terms


def term_uses(page: Page) -> list[tuple[int, str]]:
    """(line, lower-cased target) of every {term} role in the page's prose."""
    out = []
    for i, s in page.prose():
        for m in _TERM.finditer(s):
            text = m.group(1)
            target = re.match(r"(?s).*<(.+)>\s*$", text)
            out.append((i, (target.group(1) if target else text).strip().lower()))
    return out


def glossary_links(pages: list[Page], glossary: Page) -> list[str]:
    """R20: the glossary is in alphabetical order; every {term} resolves to a glossary
    term; every glossary term is linked from at least one chapter."""
    terms = glossary_terms(glossary)
    if not terms:
        return [f"{glossary.path}:1: no {{glossary}} block found"]
    out, used = [], set()
    keys = list(terms)
    for a, b in zip(keys, keys[1:]):
        if a > b:
            out.append(f"{glossary.path}:{terms[b][1]}: {terms[b][0]!r} is out of "
                       f"alphabetical order (after {terms[a][0]!r})")
    for page in pages:
        for line, target in term_uses(page):
            if target not in terms:
                out.append(f"{page.path}:{line}: {{term}} {target!r} is not a term of "
                           f"{glossary.path}")
            elif page.is_chapter:
                used.add(target)
    for key, (term, line) in terms.items():
        if key not in used:
            out.append(f"{glossary.path}:{line}: glossary term {term!r} is linked from no "
                       "chapter: link it with {term} where the chapter teaches it")
    return out


# --------------------------------------------------------------------------- citations
_CITE = re.compile(r"\{cite(?::\w+)?\}`([^`]+)`")
_URL = re.compile(r"https?://")


def bib_keys(bib: str) -> set[str]:
    return set(re.findall(r"^@\w+\{([^,\s]+),", bib, re.M))


def citations(pages: list[Page], bib: str) -> list[str]:
    """R18: every {cite} key is in references.bib and every entry is cited; every chapter
    cites in its Further reading and links no raw URL."""
    keys, out, cited = bib_keys(bib), [], set()
    for page in pages:
        in_further = further_cites = False
        for i, s in page.prose():
            for m in _CITE.finditer(s):
                for key in (k.strip() for k in m.group(1).split(",")):
                    cited.add(key)
                    if key not in keys:
                        out.append(f"{page.path}:{i}: {{cite}} key {key!r} is not in "
                                   "book/references.bib")
            if not page.is_chapter:
                continue
            if s.startswith("## "):
                in_further = s.strip() == "## Further reading"
            elif in_further and _CITE.search(s):
                further_cites = True
            if _URL.search(re.sub(r"`[^`]*`", "", s)):
                out.append(f"{page.path}:{i}: a raw URL in a chapter: cite the source "
                           "from references.bib, or link a page with {doc} or a label")
        if page.is_chapter and not further_cites:
            out.append(f"{page.path}:1: a chapter ends with `## Further reading` citing at "
                       "least one {cite} entry")
    for key in sorted(keys - cited):
        out.append(f"book/references.bib:1: entry {key!r} is cited by no page")
    return out


# --------------------------------------------------------------------------- numbers in prose
_GLUE_USE = re.compile(r"\{glue(?::\w+)?\}`([^`:]+)")


def glued_numbers(page: Page) -> list[str]:
    """R21: every {glue} in the prose is glued on the page, and every glued value is
    quoted."""
    glued = {lab.label: lab.line for lab in labels(page) if lab.kind == "glue key"}
    out, quoted = [], set()
    for i, s in page.prose():
        for m in _GLUE_USE.finditer(s):
            quoted.add(m.group(1).strip())
            if m.group(1).strip() not in glued:
                out.append(f"{page.path}:{i}: {{glue}} {m.group(1)!r} is glued by no cell "
                           "of this page")
    for key, line in glued.items():
        if key not in quoted:
            out.append(f"{page.path}:{line}: glue({key!r}) is quoted nowhere in the prose")
    return out


# --------------------------------------------------------------------------- timings
_TIMING = re.compile(r"^\s*%%?time(it)?\b|\btime\.(time|perf_counter|monotonic|process_time)"
                     r"\(|\bimport timeit\b|\btimeit\.", re.M)


def timings(page: Page) -> list[str]:
    """R22: time code with mfml.text.best_time only."""
    return [f"{page.path}:{c.line + c.source.count(chr(10), 0, m.start())}: time code with "
            f"best_time from mfml.text, not {m.group(0).strip()!r}"
            for c in page.cells for m in _TIMING.finditer(c.source)]


# --------------------------------------------------------------------------- notation
NOTATION = [
    (re.compile(r"\^\s*T\b|\^\{\s*T\s*\}|\\intercal|\^\{\\mathsf\{T\}\}"),
     r"write the transpose as ^\top"),
    (re.compile(r"\\\||\\[lr]Vert\b"), r"write a norm as \norm{...}"),
    (re.compile(r"\\[lr]vert\b"), r"write an absolute value as \abs{...}"),
    (re.compile(r"\\mathbb\{R\}"), r"write \R"),
    (re.compile(r"\\mathbb\{E\}"), r"write \E"),
    (re.compile(r"\\operatorname\{(Var|Cov)\}"), r"write \Var, \Cov"),
    (re.compile(r"\\vec\{|\\overrightarrow"), r"vectors are bold: \mathbf{x}"),
]


@functools.cache
def book_macros() -> tuple[str, ...]:
    config = yaml.safe_load((BOOK / "_config.yml").read_text(encoding="utf-8"))
    return tuple(config["sphinx"]["config"]["mathjax3_config"]["tex"]["macros"])


def _macro_pattern(macros) -> re.Pattern:
    return re.compile(r"\\+(" + "|".join(map(re.escape, macros)) + r")(?![A-Za-z])")


def notation(page: Page, macros=None) -> list[str]:
    """R1-R3: the book's prose uses its macros and one notation; what Jupyter shows without
    the book's configuration (quick checks, practice notebooks) uses no book macro."""
    out = []
    macro = _macro_pattern(macros or book_macros())
    in_book = page.path.startswith("book/")
    for i, s in page.prose():
        s = re.sub(r"`[^`]*`", "", s)                 # inline code is not math
        if in_book:
            for pattern, fix in NOTATION:
                if pattern.search(s):
                    out.append(f"{page.path}:{i}: {fix}: {s.strip()[:50]}")
        elif m := macro.search(s):
            out.append(f"{page.path}:{i}: {m.group(0)} is a book macro, unknown to Jupyter: "
                       "write it out (\\mathbb{R}, \\lVert x \\rVert, ...)")
    for c in page.cells:
        if "quick_check(" in c.source:
            for m in macro.finditer(c.source):
                out.append(f"{page.path}:{c.line + c.source.count(chr(10), 0, m.start())}: "
                           f"{m.group(0)} in a quick check: Jupyter does not know the book's "
                           "macros; write it out (\\mathbb{R}, \\lVert x \\rVert, ...)")
    return out


# --------------------------------------------------------------------------- variable names
NAMES = {
    "learning_rate": "lr", "eta": "lr", "step_size": "lr",
    "num_samples": "n_samples", "nsamples": "n_samples", "n_obs": "n_samples",
    "n_points": "n_samples", "num_features": "d", "n_features": "d",
    "lambda_": "lam", "weights": "w", "bias": "b",
}


def variable_names(page: Page) -> list[str]:
    """R15: the roles with a fixed name keep it (X, y, w, b, lr, n_samples, d, lam, rng)."""
    out = []
    for c in page.cells:
        for node in ast.walk(ast.parse(c.source)):
            name = node.id if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) \
                else node.arg if isinstance(node, ast.arg) else None
            if name in NAMES:
                out.append(f"{page.path}:{c.line + node.lineno - 1}: name it {NAMES[name]!r}, "
                           f"not {name!r}")
    return out


# --------------------------------------------------------------------------- the guide itself
_RULE = re.compile(r"^\*\*(R\d+)\.", re.M)
_TEST_REF = re.compile(r"`(?:(tests/\w+\.py)::)?(test_\w+)`")


def guide_problems(guide: str, tests: Path = ROOT / "tests") -> list[str]:
    """Every rule of STYLE_GUIDE.md says *checked* or *review*; every rule with a review
    part is on the checklist; every test it names exists (a bare name is in
    test_style.py)."""
    out = []
    body, _, checklist = guide.partition("## Review checklist")
    starts = [(m.group(1), m.start()) for m in _RULE.finditer(body)]
    numbers = [int(r[1:]) for r, _ in starts]
    if numbers != list(range(1, len(numbers) + 1)):
        out.append(f"STYLE_GUIDE.md: rules are not numbered R1, R2, ... in order: {numbers}")
    for (rule, a), (_, b) in zip(starts, [*starts[1:], ("", len(body))]):
        text = body[a:b]
        if "*checked" not in text and "*review" not in text:
            out.append(f"STYLE_GUIDE.md: {rule} says neither *checked* nor *review*")
        if "*review" in text and not re.search(rf"^- \[ \] {rule}:", checklist, re.M):
            out.append(f"STYLE_GUIDE.md: {rule} has a review part but is not on the "
                       "review checklist")
        for m in _TEST_REF.finditer(text):
            path = tests.parent / (m.group(1) or "tests/test_style.py")
            source = path.read_text(encoding="utf-8") if path.exists() else ""
            if not re.search(rf"^def {m.group(2)}\(", source, re.M):
                out.append(f"STYLE_GUIDE.md: {rule} names {m.group(0)}, which does not exist")
    return out


# --------------------------------------------------------------------------- all of it
def everything() -> list[str]:
    pages, nbs, chaps = list(book_pages()), notebooks(), chapters()
    glossary = next(p for p in pages if p.path == "book/glossary.md")
    others = {p.prefix: page_top_label(p) for p in chaps}
    bib = (BOOK / "references.bib").read_text(encoding="utf-8")
    out = ruff_files() + ruff_notebooks(nbs)
    for nb in nbs:
        out += long_code_lines(nb) + imports_outside_imports_cell(nb)
        out += imports_cell_sets_up(nb) + timings(nb) + variable_names(nb)
    for page in pages:
        out += figure_metadata(page) + label_prefixes(page, others) + label_kinds(page)
        out += glued_numbers(page)
    for page in pages + list(exercise_pages()):
        out += notation(page)
    out += prefixes_are_unique(chaps) + glossary_links(pages, glossary) + citations(pages, bib)
    out += guide_problems((ROOT / "STYLE_GUIDE.md").read_text(encoding="utf-8"))
    return out


if __name__ == "__main__":
    found = everything()
    print("\n".join(found) or "No findings.")
    sys.exit(1 if found else 0)
