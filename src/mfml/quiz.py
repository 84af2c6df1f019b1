"""Quick checks: short questions that the page itself checks, with no kernel.

A chapter writes each question as data, right after the idea it tests::

    quick_check(
        "dot_qc_cosine",
        r"Two word vectors have cosine similarity $0.1$. Which statement is right?",
        [
            right(r"...", r"...why it is right..."),
            wrong(r"...", r"...the misconception it reveals...", reread="dot_sec_cosine"),
            wrong(r"...", r"...", reread="dot_def"),
        ],
    )

    quick_check(
        "dot_qc_norm",
        r"What is the length of $(3, 4)$?",
        answer=5,
        mistakes={7: (r"You added the entries ...", "dot_def"),
                  25: (r"That is the squared length: take the square root.", "dot_def")},
        otherwise=(r"...general explanation...", "dot_def"),
    )

The object displays (``_repr_html_``) as a fieldset with real radio buttons or
a text box, a Check button and an ``aria-live`` feedback region, plus a few
lines of inline JavaScript that check the answer in the page. The same HTML
works on the static site (no kernel, no network) and in a trusted Jupyter,
JupyterLab, VS Code or Binder output. Every explanation is rendered into the
HTML up front (hidden), so the page's own MathJax (Sphinx's, or JupyterLab's)
typesets all the math once; checking copies the chosen explanation into the
live region.

``reread`` names a MyST label: a section (``(dot_sec_cosine)=`` before a
heading) or a labelled block (``{prf:definition}``, ``{exercise}``), on this
page or another. The HTML carries ``data-mfml-ref="<label>"``; the book's
Sphinx extension (:mod:`mfml.sphinx_ext`) turns it into a link to the resolved
page and anchor, titled with the section's title, and warns (failing the
strict build) on an unknown label. In Jupyter it names the section (title read
from the book's sources) and, when that heading is in the open notebook,
scrolls to it.

Why not ``jupyterquiz`` (PyPI, checked at 2.9.6.4): it loads MathJax from a CDN
when the page has none, has no fieldset/legend, no ``aria-live`` region and no
Check button (an answer is judged on click), styles with fixed light colours,
and has one free-text feedback per answer with no resolved "reread" link; so
the book ships this small helper instead.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import numbers
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["quick_check", "right", "wrong", "QuickCheck", "Option", "book_labels"]

#: Default tolerance of a numeric answer: ``DEFAULT_RTOL * max(1, |answer|)``.
DEFAULT_RTOL = 1e-6

_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_LABEL = re.compile(r"^[A-Za-z][A-Za-z0-9_.:-]*$")

#: id -> prompt of every quick check made in this process (see :func:`quick_check`).
_REGISTRY: dict[str, str] = {}


def reset_registry() -> None:
    """Forget every id seen so far (for tests; a fresh kernel starts empty)."""
    _REGISTRY.clear()


# --------------------------------------------------------------------------- text
_TOKEN = re.compile(
    r"(?P<esc>\\\$)"                                  # \$ : a literal dollar sign
    r"|(?P<dmath>\$\$(?P<dbody>.+?)\$\$)"             # $$...$$
    r"|(?P<math>\$(?P<body>[^\s$](?:[^$]*?[^\s$\\])?)\$(?!\d))"   # $...$ (MyST rules)
    r"|(?P<paren>\\\((?P<pbody>.+?)\\\))"             # \(...\)
    r"|(?P<code>`(?P<cbody>[^`]+)`)"                  # `code`
    r"|(?P<bold>\*\*(?P<bbody>[^*]+)\*\*)"            # **bold**
    r"|(?P<em>\*(?P<ebody>[^*\s](?:[^*]*[^*\s])?)\*)",  # *emphasis*
    re.S)


def render_text(text: str) -> str:
    """Author text -> safe HTML.

    Everything is HTML-escaped. Inline math ``$...$`` and ``\\(...\\)`` becomes
    ``\\(...\\)`` (the delimiter both Sphinx's MathJax and JupyterLab read),
    ``$$...$$`` becomes ``\\[...\\]``; `` `code` ``, ``**bold**`` and ``*em*`` are kept;
    ``\\$`` is a literal dollar sign. A lone ``$`` is an authoring error.
    """
    out, pos = [], 0
    for m in _TOKEN.finditer(text):
        plain = text[pos:m.start()]
        _no_stray_dollar(plain, text)
        out.append(html.escape(plain, quote=False))
        if m["esc"]:
            out.append('<span class="mathjax_ignore tex2jax_ignore">$</span>')
        elif m["dmath"]:
            out.append(r"\[" + html.escape(m["dbody"], quote=False) + r"\]")
        elif m["math"]:
            out.append(r"\(" + html.escape(m["body"], quote=False) + r"\)")
        elif m["paren"]:
            out.append(r"\(" + html.escape(m["pbody"], quote=False) + r"\)")
        elif m["code"]:
            out.append("<code>" + html.escape(m["cbody"], quote=False) + "</code>")
        elif m["bold"]:
            out.append("<strong>" + html.escape(m["bbody"], quote=False) + "</strong>")
        else:
            out.append("<em>" + html.escape(m["ebody"], quote=False) + "</em>")
        pos = m.end()
    _no_stray_dollar(text[pos:], text)
    out.append(html.escape(text[pos:], quote=False))
    return " ".join("".join(out).split())


def _no_stray_dollar(plain: str, text: str) -> None:
    if "$" in plain:
        raise ValueError(
            f"unbalanced or malformed $ in quick check text {text!r}: inline math is "
            r"$...$ with no space inside the dollars; write \$ for a dollar sign")


def _plain(text: str) -> str:
    """Author text for a terminal: markup removed, math left as written."""
    text = re.sub(r"\*\*([^*]+)\*\*|\*([^*\s](?:[^*]*[^*\s])?)\*",
                  lambda m: m[1] or m[2], text)
    return " ".join(text.replace("`", "").split())


# --------------------------------------------------------------------------- options
@dataclass(frozen=True)
class Option:
    """One option of a choice question: made by :func:`right` or :func:`wrong`."""

    text: str
    explanation: str
    correct: bool
    reread: str | None = None


def right(text: str, why: str) -> Option:
    """The right option, and a short reason why it is right (shown on Check)."""
    return Option(_need_text(text, "right(): the option text"),
                  _need_text(why, f"right({text!r}): the explanation why it is right"),
                  True)


def wrong(text: str, why: str = "", *, reread: str | None = None) -> Option:
    """A wrong option, the misconception it reveals, and the label to reread."""
    text = _need_text(text, "wrong(): the option text")
    why = _need_text(why, f"wrong({text!r}): the explanation of the misconception")
    return Option(text, why, False, _need_label(reread, f"wrong({text!r})"))


def _need_text(value, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what} is missing or empty")
    render_text(value)            # fail now on a stray $, not in the reader's browser
    return value


def _need_label(label, where: str) -> str:
    if not isinstance(label, str) or not label.strip():
        raise ValueError(
            f"{where} needs reread='<label>': the MyST label of the section or block to "
            "reread, e.g. reread=\"dot_sec_cosine\" for a (dot_sec_cosine)= heading")
    if not _LABEL.match(label):
        raise ValueError(f"{where}: {label!r} is not a MyST label (letters, digits, _ - . :)")
    return label


def _need_number(value, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{what} must be a real number, got {value!r}")
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"{what} must be finite, got {value!r}")
    return value


# --------------------------------------------------------------------------- labels
@dataclass(frozen=True)
class Label:
    """Where a MyST label points in the book's sources."""

    label: str
    title: str          # section heading, or "Definition: Dot product"
    page: str           # "linear_algebra/dot_product"
    page_title: str
    kind: str = "section"   # or the block's type: "Definition", "Exercise", ...
    name: str = ""          # a block's own title ("Dot product"), if it has one


_TARGET = re.compile(r"^\(([^)\s]+)\)=\s*$")
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_DIRECTIVE = re.compile(r"^(`{3,}|:{3,})\{(prf:\w+|exercise|exercise-start)\}\s*(.*)$")
_OPTION_LABEL = re.compile(r"^:label:\s*(\S+)\s*$")
_ROLE = re.compile(r"\{[\w:-]+\}`([^`<]*?)(?:\s*<[^>]*>)?`")


def _clean_title(text: str) -> str:
    return " ".join(_ROLE.sub(r"\1", text).replace("`", "").replace("**", "").split())


def default_book_dir() -> Path | None:
    """``book/`` of the repository this package was installed from (editable), if any."""
    book = Path(__file__).resolve().parents[2] / "book"
    return book if (book / "_toc.yml").is_file() else None


def book_labels(book: Path | None = None) -> dict[str, Label]:
    """Every section label and labelled block (prf, exercise) in the book's MyST sources.

    Used for the section titles shown in Jupyter, and by the tests that check
    every ``reread`` label exists. Anonymous targets (a label before a paragraph
    or a figure) are not included: a reread target needs a title.
    """
    book = Path(book) if book else default_book_dir()
    if book is None:
        return {}
    files = sorted(p for p in book.rglob("*.md")
                   if "_build" not in p.parts and not any(s.startswith(".") for s in p.parts))
    return _labels(tuple((p, p.stat().st_mtime_ns) for p in files), book)


@lru_cache(maxsize=8)
def _labels(files: tuple, book: Path) -> dict[str, Label]:
    found: dict[str, Label] = {}
    for path, _mtime in files:
        page = path.relative_to(book).with_suffix("").as_posix()
        lines = path.read_text(encoding="utf-8").splitlines()
        page_title = next((_clean_title(m[2]) for m in map(_HEADING.match, lines)
                           if m and len(m[1]) == 1), page)
        pending = None
        for i, line in enumerate(lines):
            if (m := _TARGET.match(line.strip())):
                pending = m[1]
                continue
            if pending and line.strip():
                if (h := _HEADING.match(line)):
                    found[pending] = Label(pending, _clean_title(h[2]), page, page_title)
                pending = None
            if (d := _DIRECTIVE.match(line)):
                kind = d[2].split(":")[-1].replace("-start", "").capitalize()
                for opt in lines[i + 1:i + 12]:
                    if (o := _OPTION_LABEL.match(opt.strip())):
                        name = _clean_title(d[3])
                        title = f"{kind}: {name}" if name else kind
                        found[o[1]] = Label(o[1], title, page, page_title, kind, name)
                        break
                    if not opt.startswith(":"):
                        break
    return found


# --------------------------------------------------------------------------- the check
_RIGHT = '<span class="mfml-qc-mark" aria-hidden="true">✓</span> Right.'
_WRONG = '<span class="mfml-qc-mark" aria-hidden="true">✗</span> Not quite.'
_MESSAGES = {
    "none": "Choose an answer first.",
    "empty": "Type a number first.",
    "nan": "That is not a number. Type digits, such as 2.5, -3, 1e-3 or 3/4.",
    "comma": ("Use a point for decimals: 2.5, not 2,5 (a comma may only separate thousands, "
              "as in 360,000)."),
}


class QuickCheck:
    """A quick check question; see the module docstring. Made by :func:`quick_check`."""

    def __init__(self, id: str, prompt: str, options=None, *, answer=None, tol=None,
                 mistakes=None, otherwise=None, why=None, shuffle=True):
        if not isinstance(id, str) or not _ID.match(id):
            raise ValueError(
                f"quick check id {id!r} must look like a label: a letter, then letters, "
                "digits or _ (namespaced by page, e.g. 'dot_qc_cosine')")
        self.id = id
        self.prompt = _need_text(prompt, f"quick check {id!r}: the prompt")
        where = f"quick check {id!r}"
        if (options is None) == (answer is None):
            raise ValueError(f"{where}: give either options (a choice question) or "
                             "answer= (a numeric question), not both and not neither")
        self.options: list[Option] = []
        self.order: list[int] = []
        self.answer = self.tol = None
        self.mistakes: list[tuple[float, str, str]] = []
        self.otherwise = None
        self.why = why
        if options is not None:
            self.kind = "choice"
            self._init_choice(where, options, shuffle)
            for name, value in (("answer", answer), ("tol", tol), ("mistakes", mistakes),
                                ("otherwise", otherwise), ("why", why)):
                if value is not None:
                    raise ValueError(f"{where}: {name}= is for numeric questions; a choice "
                                     "question explains itself through right()/wrong()")
        else:
            self.kind = "numeric"
            self._init_numeric(where, answer, tol, mistakes, otherwise, why)
        previous = _REGISTRY.get(id)
        if previous is not None and previous != self.prompt:
            raise ValueError(
                f"duplicate quick check id {id!r}: another question already uses it "
                "(ids must be unique across the book). Re-running the same question is "
                "fine; if you changed its prompt in a live kernel, call "
                "mfml.quiz.reset_registry() or restart the kernel.")
        _REGISTRY[id] = self.prompt

    def _init_choice(self, where, options, shuffle):
        options = list(options)
        for o in options:
            if not isinstance(o, Option):
                raise ValueError(f"{where}: every option must be right(...) or wrong(...), "
                                 f"got {o!r}")
        if len(options) < 2:
            raise ValueError(f"{where}: a choice question needs at least two options")
        n_right = sum(o.correct for o in options)
        if n_right != 1:
            raise ValueError(f"{where}: exactly one right(...) option is needed, "
                             f"got {n_right}")
        texts = [" ".join(o.text.split()) for o in options]
        if len(set(texts)) != len(texts):
            raise ValueError(f"{where}: two options have the same text")
        self.options = options
        self.order = list(range(len(options)))
        if shuffle and len(options) > 2:
            # stable per id: the page shows the same order on every build
            seed = int.from_bytes(hashlib.sha256(self.id.encode()).digest()[:8], "big")
            random.Random(seed).shuffle(self.order)

    def _init_numeric(self, where, answer, tol, mistakes, otherwise, why):
        self.answer = _need_number(answer, f"{where}: answer")
        if tol is not None:
            tol = _need_number(tol, f"{where}: tol")
            if tol < 0:
                raise ValueError(f"{where}: tol must not be negative")
        self.tol = tol
        if why is not None:
            _need_text(why, f"{where}: why")
        for value, entry in (mistakes or {}).items():
            v = _need_number(value, f"{where}: mistake value")
            if not (isinstance(entry, tuple) and len(entry) == 2):
                raise ValueError(f"{where}: mistakes[{value!r}] must be a pair "
                                 "(explanation, reread label)")
            text = _need_text(entry[0], f"{where}: the explanation of mistake {value!r}")
            label = _need_label(entry[1], f"{where}: mistake {value!r}")
            if abs(v - self.answer) <= self.tolerance(v) + self.tolerance(self.answer):
                raise ValueError(f"{where}: mistake {value!r} is within the tolerance of "
                                 f"the answer {answer!r}")
            for other, _, _ in self.mistakes:
                if abs(v - other) <= self.tolerance(v) + self.tolerance(other):
                    raise ValueError(f"{where}: mistakes {other!r} and {value!r} overlap "
                                     "within the tolerance")
            self.mistakes.append((v, text, label))
        if not (isinstance(otherwise, tuple) and len(otherwise) == 2):
            raise ValueError(f"{where}: a numeric question needs otherwise=(explanation, "
                             "reread label), shown for a wrong number that is not listed "
                             "in mistakes")
        self.otherwise = (_need_text(otherwise[0], f"{where}: the otherwise explanation"),
                          _need_label(otherwise[1], f"{where}: otherwise"))

    def tolerance(self, value: float) -> float:
        """The absolute tolerance around ``value`` (the answer or a listed mistake)."""
        if self.tol is not None:
            return self.tol
        return DEFAULT_RTOL * max(1.0, abs(value))

    def grade(self, value: float) -> str:
        """What the page's script decides for a number: 'right', 'm<i>' or 'otherwise'
        (the same rule, in Python, for tests and terminals)."""
        if abs(value - self.answer) <= self.tolerance(self.answer):
            return "right"
        near = [(abs(value - m), i) for i, (m, _, _) in enumerate(self.mistakes)
                if abs(value - m) <= self.tolerance(m)]
        return f"m{min(near)[1]}" if near else "otherwise"

    # -- rendering -------------------------------------------------------------
    @property
    def dom_id(self) -> str:
        return f"mfml-qc-{self.id}"

    def _feedback(self, key: str, state: str, head: str, body: str,
                  reread: str | None = None) -> str:
        link = ""
        if reread:
            link = " " + reread_html(reread)
        return (f'<div class="mfml-qc-fb" data-for="{key}" data-state="{state}">'
                f'<strong class="mfml-qc-verdict">{head}</strong> {body}{link}</div>')

    def _bank(self) -> list[str]:
        bank = []
        if self.kind == "choice":
            for shown, k in enumerate(self.order):
                o = self.options[k]
                if o.correct:
                    bank.append(self._feedback(f"o{shown}", "right", _RIGHT,
                                               render_text(o.explanation)))
                else:
                    bank.append(self._feedback(f"o{shown}", "wrong", _WRONG,
                                               render_text(o.explanation), o.reread))
            bank.append(self._feedback("none", "invalid", "", _MESSAGES["none"]))
        else:
            why = render_text(self.why) if self.why else (
                f"The answer is {html.escape(_fmt(self.answer))}.")
            bank.append(self._feedback("right", "right", _RIGHT, why))
            for i, (_, text, label) in enumerate(self.mistakes):
                bank.append(self._feedback(f"m{i}", "wrong", _WRONG,
                                           render_text(text), label))
            text, label = self.otherwise
            bank.append(self._feedback("otherwise", "wrong", _WRONG,
                                       render_text(text), label))
            for key in ("empty", "nan", "comma"):
                bank.append(self._feedback(key, "invalid", "", _MESSAGES[key]))
        return bank

    def _controls(self) -> str:
        d = self.dom_id
        if self.kind == "choice":
            rows = []
            for shown, k in enumerate(self.order):
                rows.append(
                    f'<div class="mfml-qc-option">'
                    f'<input type="radio" name="{d}" id="{d}-o{shown}" value="o{shown}">'
                    f'<label for="{d}-o{shown}">{render_text(self.options[k].text)}</label>'
                    f'</div>')
            return f'<div class="mfml-qc-options">{"".join(rows)}</div>'
        return (f'<div class="mfml-qc-numeric"><label for="{d}-input">Your answer</label>'
                f'<input type="text" id="{d}-input" inputmode="decimal" autocomplete="off"'
                f' spellcheck="false" size="12"></div>')

    def _repr_html_(self) -> str:
        d = self.dom_id
        data = f'data-mfml-qc="{self.id}" data-kind="{self.kind}"'
        if self.kind == "numeric":
            spec = {"answer": self.answer, "tol": self.tolerance(self.answer),
                    "mistakes": [[m, self.tolerance(m)] for m, _, _ in self.mistakes]}
            data += f" data-spec='{html.escape(json.dumps(spec), quote=True)}'"
        return (
            f'<div class="mfml-qc mathjax_process tex2jax_process" id="{d}" {data} '
            f'data-lm-suppress-shortcuts="true">'
            f'<fieldset><legend><span class="mfml-qc-kicker">Quick check</span>'
            f'<span class="mfml-qc-prompt">{render_text(self.prompt)}</span></legend>'
            f'{self._controls()}'
            f'<button type="button" class="mfml-qc-check">Check</button></fieldset>'
            f'<div class="mfml-qc-feedback" role="status" aria-live="polite"></div>'
            f'<div class="mfml-qc-bank" hidden>{"".join(self._bank())}</div>'
            f'<script>{SCRIPT}</script></div>')

    def __repr__(self) -> str:
        lines = [f"Quick check ({self.id}): {_plain(self.prompt)}"]
        if self.kind == "choice":
            for shown, k in enumerate(self.order):
                lines.append(f"  {chr(ord('a') + shown)}) {_plain(self.options[k].text)}")
        else:
            lines.append("  (answer with a number)")
        lines.append("Open this notebook in Jupyter or read the book's web page to check "
                     "your answer.")
        return "\n".join(lines)


def reread_html(label: str) -> str:
    """The reread placeholder for ``label``: the Sphinx extension links it."""
    info = book_labels().get(label)
    title = info.title if info else label
    try:
        shown = render_text(title)
    except ValueError:
        shown = html.escape(title, quote=False)
    if info:
        shown += f" <span class=\"mfml-qc-where\">({html.escape(info.page_title)})</span>"
    return (f'<a class="mfml-qc-reread" data-mfml-ref="{html.escape(label)}" '
            f'data-mfml-title="{html.escape(title)}">Reread: {shown}</a>')


def _fmt(x: float) -> str:
    return f"{x:.10g}"


def quick_check(id: str, prompt: str, options=None, *, answer=None, tol=None,
                mistakes=None, otherwise=None, why=None, shuffle=True) -> QuickCheck:
    """A quick check question, displayed where the cell's output goes.

    **Choice** (multiple choice, true/false): ``options`` is a list holding
    exactly one :func:`right` and at least one :func:`wrong`. With three or more
    options the page shows them in an order shuffled by the id (the same on every
    build), so write the right one wherever you like; ``shuffle=False`` keeps
    your order. Two options (true/false) keep your order.

    **Numeric**: ``answer`` is the number; a reader's number within ``tol``
    (absolute; default ``1e-6 * max(1, |answer|)``, so set ``tol`` when the
    reader must round, e.g. ``tol=0.005`` for two decimals) is right.
    ``mistakes`` maps a common wrong value to ``(explanation, reread label)``
    (matched within the same tolerance); ``otherwise`` is ``(explanation,
    reread label)`` for any other number (required); ``why`` (optional)
    replaces "The answer is ..." in the confirmation. The reader may type
    ``2.5``, ``-3``, ``1e-3`` or ``3/4``.

    Text is plain text: HTML is escaped. ``$...$``/``\\(...\\)`` is inline math
    (no book macros such as ``\\norm``: write ``\\lVert x \\rVert``),
    `` `code` `` and ``**bold**`` work, ``\\$`` is a dollar sign.

    Raises ``ValueError`` at authoring time for anything a reader would trip on:
    no or two right options, a wrong option or mistake without explanation or
    ``reread`` label, a stray ``$``, a mistake within tolerance of the answer, an
    id that is not label-like, or an id another question already uses.
    """
    return QuickCheck(id, prompt, options, answer=answer, tol=tol, mistakes=mistakes,
                      otherwise=otherwise, why=why, shuffle=shuffle)


# --------------------------------------------------------------------------- browser side
CSS = """
html[data-theme] .bd-content div.cell_output .output.text_html:has(.mfml-qc,.mfml-bys){
 background:transparent;padding:0}
.mfml-qc{margin:1.25em 0;padding:.8em 1em;border:1px solid var(--pst-color-border,
 var(--jp-border-color1,#c8c8c8));border-left:4px solid var(--pst-color-primary,
 var(--jp-brand-color1,#1565c0));border-radius:.35em;background:var(--pst-color-surface,
 var(--jp-layout-color1,transparent));color:var(--pst-color-text-base,
 var(--jp-content-font-color1,inherit));max-width:46em}
.mfml-qc fieldset{border:0;margin:0;padding:0;min-width:0}
.mfml-qc legend{padding:0;margin:0 0 .5em;float:left;width:100%;font-size:1em}
.mfml-qc legend+*{clear:both}
.mfml-qc-kicker{display:block;font-size:.78em;font-weight:700;letter-spacing:.06em;
 text-transform:uppercase;color:var(--pst-color-text-muted,var(--jp-content-font-color2,inherit))}
.mfml-qc-prompt{display:block;font-weight:600;margin-top:.15em}
.mfml-qc-option{display:flex;align-items:baseline;gap:.55em;padding:.3em .4em;
 border-radius:.3em}
.mfml-qc-option:hover,.mfml-qc-check:hover{background:rgba(127,127,127,.15);
 background:color-mix(in srgb,var(--pst-color-primary,#1565c0) 14%,transparent)}
.mfml-qc-option input{margin:0;flex:none;accent-color:var(--pst-color-primary,auto)}
.mfml-qc-option label{flex:1;cursor:pointer;margin:0}
.mfml-qc-numeric{display:flex;flex-wrap:wrap;align-items:center;gap:.6em}
.mfml-qc-numeric input{font:inherit;padding:.25em .45em;width:10em;max-width:100%;
 color:inherit;background:var(--pst-color-background,var(--jp-layout-color0,#fff));
 border:1px solid var(--pst-color-border,var(--jp-border-color1,#888));border-radius:.3em}
.mfml-qc-check{font:inherit;font-weight:600;margin-top:.6em;padding:.3em 1.2em;
 cursor:pointer;border-radius:.3em;color:var(--pst-color-text-base,inherit);
 background:transparent;border:2px solid var(--pst-color-primary,var(--jp-brand-color1,#1565c0))}
.mfml-qc input:focus-visible,.mfml-qc-check:focus-visible,.mfml-qc-reread:focus-visible{
 outline:3px solid var(--pst-color-accent,var(--jp-brand-color1,#1565c0));outline-offset:2px}
.mfml-qc-feedback:empty{display:none}
.mfml-qc-feedback{margin-top:.7em}
.mfml-qc-fb{padding:.5em .75em;border-left:4px solid var(--pst-color-border,#888);
 border-radius:.25em;background:var(--pst-color-background,var(--jp-layout-color0,#fff));
 color:var(--pst-color-text-base,var(--jp-content-font-color1,inherit))}
.mfml-qc-fb[data-state=right]{border-left-color:var(--pst-color-success,#00854d)}
.mfml-qc-fb[data-state=wrong]{border-left-color:var(--pst-color-danger,#c62828)}
.mfml-qc-fb[data-state=right] .mfml-qc-mark{color:var(--pst-color-success,#00854d)}
.mfml-qc-fb[data-state=wrong] .mfml-qc-mark{color:var(--pst-color-danger,#c62828)}
.mfml-qc-reread{display:inline-block;font-weight:600}
.mfml-qc-reread[href]{color:var(--pst-color-link,var(--jp-content-link-color,#1565c0))}
.mfml-qc-where{font-weight:400}
"""

# Every output brings this script; the functions are defined once per page (a
# page holds several quick checks), and each run wires up the boxes not yet
# wired (its own, found through currentScript, and any other).
_JS = r"""(function () {
var here = document.currentScript && document.currentScript.closest('.mfml-qc');
if (!window.mfmlQuickCheck) {
var CSS = __CSS__;
function addStyle() {
  if (document.getElementById('mfml-qc-style')) return;
  var s = document.createElement('style'); s.id = 'mfml-qc-style'; s.textContent = CSS;
  (document.head || document.documentElement).appendChild(s);
}
function parse(text) {
  var s = String(text).replace(/\u2212/g, '-').replace(/\s+/g, '');
  if (!s) return {key: 'empty'};
  // 360,000 and 1,234.5: commas between groups of three digits separate thousands
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) s = s.replace(/,/g, '');
  if (/^[+-]?\d+,\d+$/.test(s)) return {key: 'comma'};
  var num = '([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:e[+-]?\\d+)?)';
  var m = s.match(new RegExp('^' + num + '(?:/' + num + ')?$', 'i'));
  if (!m) return {key: 'nan'};
  var v = parseFloat(m[1]);
  if (m[2] !== undefined) v = v / parseFloat(m[2]);
  return isFinite(v) ? {value: v} : {key: 'nan'};
}
function grade(spec, v) {
  if (Math.abs(v - spec.answer) <= spec.tol) return 'right';
  var best = null, dist = Infinity;
  spec.mistakes.forEach(function (m, i) {
    var d = Math.abs(v - m[0]);
    if (d <= m[1] && d < dist) { best = 'm' + i; dist = d; }
  });
  return best || 'otherwise';
}
function norm(t) { return (t || '').replace(/[\u00b6#]/g, '').replace(/\s+/g, ' ').trim(); }
function localLink(a) {
  // In Jupyter (no Sphinx to resolve it) link the heading when it is on screen.
  if (a.hasAttribute('href')) return;
  var want = norm(a.getAttribute('data-mfml-title'));
  var hs = document.querySelectorAll('h1[id],h2[id],h3[id],h4[id],h5[id],h6[id]');
  for (var i = 0; i < hs.length; i++) {
    if (norm(hs[i].textContent) === want) {
      var h = hs[i];
      a.setAttribute('href', '#' + h.id);
      a.addEventListener('click', function (e) { e.preventDefault(); h.scrollIntoView(); });
      return;
    }
  }
}
function untab(root) {
  // MathJax's menu puts every formula in the tab order; inside a question that
  // would stand between a radio button and Check. Keep the formulas out of it.
  var m = root.querySelectorAll('mjx-container[tabindex]');
  for (var i = 0; i < m.length; i++) {
    if (m[i].closest('.mfml-qc')) m[i].setAttribute('tabindex', '-1');
  }
}
function whenTypeset(tries) {
  var mj = window.MathJax;
  if (mj && mj.startup && mj.startup.promise) {
    mj.startup.promise.then(function () { untab(document); });
  } else if (tries < 100) {
    setTimeout(function () { whenTypeset(tries + 1); }, 100);
  }
}
function check(box) {
  var key;
  if (box.getAttribute('data-kind') === 'choice') {
    var chosen = box.querySelector('input[type=radio]:checked');
    key = chosen ? chosen.value : 'none';
  } else {
    var p = parse(box.querySelector('input[type=text]').value);
    key = p.key || grade(JSON.parse(box.getAttribute('data-spec')), p.value);
  }
  var src = box.querySelector('.mfml-qc-bank [data-for="' + key + '"]');
  var live = box.querySelector('.mfml-qc-feedback');
  var fb = src.cloneNode(true);
  live.textContent = '';
  live.appendChild(fb);
  untab(live);
  box.setAttribute('data-state', fb.getAttribute('data-state'));
  box.setAttribute('data-result', key);
  var links = fb.querySelectorAll('a.mfml-qc-reread');
  for (var i = 0; i < links.length; i++) localLink(links[i]);
  return key;
}
function onClick(e) {
  var b = e.target && e.target.closest && e.target.closest('.mfml-qc-check');
  if (b) check(this);
}
function onKey(e) {
  if (e.key === 'Enter' && e.target && e.target.tagName === 'INPUT') {
    e.preventDefault();
    check(this);
  }
  // Keys typed in the question belong to it: JupyterLab must not read an arrow
  // key on a radio button as "select the next cell".
  if (e.key !== 'Escape') e.stopPropagation();
}
function ready(box) {
  if (!box || box.hasAttribute('data-mfml-ready')) return;
  box.setAttribute('data-mfml-ready', '');
  box.addEventListener('click', onClick);
  box.addEventListener('keydown', onKey);
}
window.mfmlQuickCheck = {version: 1, check: check, parse: parse, grade: grade, ready: ready};
addStyle();
whenTypeset(0);
}
var mq = window.mfmlQuickCheck;
mq.ready(here);
var all = document.querySelectorAll('.mfml-qc:not([data-mfml-ready])');
for (var i = 0; i < all.length; i++) mq.ready(all[i]);
})();"""

SCRIPT = _JS.replace("__CSS__", json.dumps(" ".join(CSS.split())))
