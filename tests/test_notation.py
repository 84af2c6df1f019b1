"""The notation page lists every book macro and every symbol with a book-wide meaning.

Two sources of symbols, both checked against ``book/notation.md``:

* the book's macros, read from ``book/_config.yml`` (MathJax ``macros``): each
  ``\\name`` must appear on the notation page;
* :data:`BOOK_WIDE`, a fixed list of LaTeX that means one thing across the book
  (``\\det``, ``\\operatorname{tr}``, ``^{-1}``, ``\\norm{..}_1``, ...). When a page
  of the book uses one of them in its math, the notation page must show it too
  (the same pattern must match in the notation page's math).

A symbol that is not on the list (a chapter's own $\\mathbf{M}$, say) is not
checked: add it to :data:`BOOK_WIDE` when its meaning becomes book-wide, and add
a row to the notation page. STYLE_GUIDE.md R1 points here.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest
import yaml

from .helpers import ROOT

BOOK = ROOT / "book"
NOTATION = BOOK / "notation.md"


class Symbol(NamedTuple):
    meaning: str
    pattern: str       # a regex over the LaTeX of a page's math


# ``\norm{...}`` with up to two levels of braces inside, then a subscript
_NORM = r"\\norm\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}"

#: The symbols with a book-wide meaning. Documented: keep this list and the
#: notation page in step (STYLE_GUIDE.md R1).
BOOK_WIDE: list[Symbol] = [
    Symbol("transpose", r"\\top(?![A-Za-z])"),
    Symbol("inverse", r"\^\{-1\}"),
    Symbol("identity matrix", r"\\mathbf\{I\}"),
    Symbol("element-wise product", r"\\odot(?![A-Za-z])"),
    Symbol("determinant", r"\\det(?![A-Za-z])"),
    Symbol("trace", r"\\operatorname\{tr\}"),
    Symbol("rank", r"\\operatorname\{rank\}"),
    Symbol("diagonal matrix", r"\\operatorname\{diag\}"),
    Symbol("span", r"\\operatorname\{span\}"),
    Symbol("projection onto a line", r"\\operatorname\{proj\}"),
    Symbol("null space N(A)", r"(?<![\\\w])N\(\s*\\mathbf"),
    Symbol("normal distribution (the null space is N(A), never calligraphic)",
           r"\\mathcal\{N\}"),
    Symbol("null space, named", r"\\operatorname\{(?:null|ker)\}|\\ker(?![A-Za-z])"),
    Symbol("column space C(A)", r"(?<![\\\w])C\(\s*\\mathbf"),
    Symbol("column space, calligraphic", r"\\mathcal\{C\}"),
    Symbol("column space, named", r"\\operatorname\{(?:col|range|im)\}"),
    Symbol("dimension", r"\\dim(?![A-Za-z])"),
    Symbol("eigenvalue", r"\\lambda(?![A-Za-z])"),
    Symbol("matrix of eigenvalues", r"\\Lambda(?![A-Za-z])"),
    Symbol("singular value", r"\\sigma(?![A-Za-z])"),
    Symbol("matrix of singular values", r"\\Sigma(?![A-Za-z])"),
    Symbol("condition number", r"\\kappa(?![A-Za-z])"),
    Symbol("1-norm", _NORM + r"_1(?!\d)"),
    Symbol("2-norm", _NORM + r"_2(?!\d)"),
    Symbol("max-norm", _NORM + r"_(?:\\infty|\{\\infty\})"),
    Symbol("hat matrix", r"\\mathbf\{H\}"),
    Symbol("Q of QR (orthonormal columns)", r"\\mathbf\{Q\}"),
    Symbol("R of QR (upper triangular)", r"\\mathbf\{R\}"),
    Symbol("L of LU (lower triangular)", r"\\mathbf\{L\}"),
    Symbol("softmax", r"\\operatorname\{softmax\}"),
    Symbol("covariance", r"\\Cov(?![A-Za-z])"),
    Symbol("expectation", r"\\E(?![A-Za-z])"),
    Symbol("gradient (a column, the shape of x)", r"\\nabla(?![A-Za-z])"),
    Symbol("step size", r"\\eta(?![A-Za-z])"),
    Symbol("partial derivative", r"\\partial(?![A-Za-z])"),
    Symbol("sample space", r"\\Omega(?![A-Za-z])"),
    Symbol("likelihood", r"\\mathcal\{L\}"),
    Symbol("conditioning bar", r"\\mid(?![A-Za-z])"),
    Symbol("distributed as", r"\\sim(?![A-Za-z])"),
]

_MATH = re.compile(
    r"\$\$(.+?)\$\$"                                     # display math
    r"|(?<![\\$])\$(?!\$)([^$\n]+?)(?<!\\)\$"            # inline math
    r"|\\begin\{(\w+\*?)\}(.+?)\\end\{\3\}"              # amsmath environments
    r"|```\{math\}[^\n]*\n(.+?)```",                     # {math} directive
    re.S)


def math_of(text: str) -> str:
    """The LaTeX of every math span of a MyST page, code cells included (their
    strings reach the reader: quick checks, figure titles). Inline code spans of
    the prose are not math."""
    parts = []
    for block in re.split(r"(```\{code-cell\}.*?```)", text, flags=re.S):
        if not block.startswith("```{code-cell}"):
            block = re.sub(r"`[^`\n]*`", "", block)
        for m in _MATH.finditer(block):
            parts.append(next(g for g in (m[1], m[2], m[4], m[5]) if g is not None))
    return "\n".join(parts)


def book_macros() -> list[str]:
    config = yaml.safe_load((BOOK / "_config.yml").read_text(encoding="utf-8"))
    return list(config["sphinx"]["config"]["mathjax3_config"]["tex"]["macros"])


def missing_from_notation(pages: dict[str, str], notation: str,
                          macros: list[str]) -> list[str]:
    """What the notation page lacks: every book macro (anywhere on the page),
    and every :data:`BOOK_WIDE` symbol some page uses (in the page's math)."""
    out = [f"macro \\{name} (book/_config.yml) is not on the notation page"
           for name in macros
           if not re.search(r"\\" + re.escape(name) + r"(?![A-Za-z])", notation)]
    shown = math_of(notation)
    for symbol in BOOK_WIDE:
        pattern = re.compile(symbol.pattern)
        users = [path for path, text in pages.items() if pattern.search(math_of(text))]
        if users and not pattern.search(shown):
            out.append(f"{symbol.meaning} (/{symbol.pattern}/) is used in "
                       f"{', '.join(users)} but not shown on the notation page")
    return out


def book_pages() -> dict[str, str]:
    from mfml.chapters import toc_order

    return {f"book/{p}.md": (BOOK / f"{p}.md").read_text(encoding="utf-8")
            for p in toc_order(BOOK) if p != "notation"}


# --------------------------------------------------------------------------- the book
def test_every_book_macro_and_book_wide_symbol_is_on_the_notation_page():
    problems = missing_from_notation(book_pages(), NOTATION.read_text(encoding="utf-8"),
                                     book_macros())
    assert not problems, "add these to book/notation.md:\n" + "\n".join(problems)


def test_the_symbols_the_issue_names_are_on_the_page():
    """det, tr, I, A^-1, lambda and Lambda, Sigma, sigma, kappa, rank, N(A), C(A),
    the three norms, H, Q, R, L, the transpose, the element-wise product."""
    shown = math_of(NOTATION.read_text(encoding="utf-8"))
    for symbol in BOOK_WIDE:
        if "calligraphic" in symbol.meaning or "named" in symbol.meaning \
                or symbol.meaning in ("covariance", "expectation"):
            continue        # alternative spellings: required only once a page uses them
        assert re.search(symbol.pattern, shown), symbol.meaning


def test_macros_are_read_from_the_config():
    assert {"R", "E", "Var", "Cov", "norm", "abs", "argmin", "argmax"} <= set(book_macros())


# --------------------------------------------------------------------------- the checker
GOOD_NOTATION = r"""
| $\det \mathbf{A}$ | determinant |
| $\kappa(\mathbf{A})$ | condition number |
| $\norm{\mathbf{x}}_1$ | 1-norm |
Macros: `\R`, `\norm{x}`.
"""


def test_checker_catches_a_missing_symbol_macro_and_norm():
    chapter = ("The condition number $\\kappa(\\mathbf{A}) = 10^3$ and the rank "
               "$\\operatorname{rank}(\\mathbf{A}) = 2$; the max-norm "
               "$\\norm{\\mathbf{x}}_\\infty$ and $\\mathbf{A}^{-1}$.\n")
    notation = "| $\\det \\mathbf{A}$ | determinant |\nMacros: `\\R`.\n"
    problems = missing_from_notation({"book/x.md": chapter}, notation, ["R", "norm"])
    text = "\n".join(problems)
    assert "macro \\norm" in text and "macro \\R " not in text
    for meaning in ("condition number", "rank", "max-norm", "inverse"):
        assert f"{meaning} (" in text and "book/x.md" in text, meaning
    assert "determinant" not in text     # shown, and unused anyway
    assert len(problems) == 5


def test_checker_accepts_a_complete_page_and_ignores_non_math():
    chapter = ("$\\det \\mathbf{A} = 0$, $\\kappa = 5$, $\\norm{\\mathbf{x}}_1$.\n"
               "In code, `np.linalg.det` is not math, nor is `\\kappa` in backticks;\n"
               "a degree sign $90^\\circ$ is no composition.\n")
    assert missing_from_notation({"book/x.md": chapter}, GOOD_NOTATION, ["R", "norm"]) == []


def test_checker_reads_math_in_code_cells_and_display_math():
    chapter = ("```{code-cell} ipython3\nquick_check(r\"Is $\\operatorname{tr}"
               "(\\mathbf{A})$ 3?\")\n```\n\n$$\n\\mathbf{S} = \\mathbf{Q}"
               "\\boldsymbol{\\Lambda}\\mathbf{Q}^\\top\n$$\n")
    problems = "\n".join(missing_from_notation({"c.md": chapter}, GOOD_NOTATION, []))
    for meaning in ("trace", "matrix of eigenvalues", "Q of QR", "transpose"):
        assert f"{meaning} (" in problems, meaning


def test_a_symbol_in_the_notation_prose_but_not_in_its_math_does_not_count():
    # writing `\kappa` in code font on the page is not showing the symbol
    notation = "The condition number, written `\\kappa`.\n"
    problems = missing_from_notation({"c.md": "$\\kappa$"}, notation, [])
    assert problems and "condition number" in problems[0]


@pytest.mark.parametrize("latex, meaning", [
    (r"\norm{\mathbf{x}}_2", "2-norm"),
    (r"\norm{\mathbf{x} - \mathbf{y}}_{\infty}", "max-norm"),
    (r"\norm{\mathbf{A}\mathbf{x}_{k}}_1", "1-norm"),
    (r"N(\mathbf{A})", "null space N(A)"),
    (r"C(\mathbf{X})", "column space C(A)"),
    (r"\mathbf{x} \odot \mathbf{y}", "element-wise product"),
])
def test_each_pattern_matches_its_usual_spelling(latex, meaning):
    symbol = next(s for s in BOOK_WIDE if s.meaning == meaning)
    assert re.search(symbol.pattern, latex)


@pytest.mark.parametrize("latex", [r"\sigma_i", r"\Sigma", r"\lambda_1"])
def test_greek_patterns_do_not_confuse_case(latex):
    hits = [s.meaning for s in BOOK_WIDE if re.search(s.pattern, latex)]
    assert len(hits) == 1, hits
