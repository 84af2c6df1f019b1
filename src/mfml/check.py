"""Answer checking for the practice notebooks: the engine.

Notebooks do not call this module directly: they call
``mfml.practice.check("dot-loop", dot)``, which looks up the exercise's spec
(reference, test cases, hints) and hands it to one of the two engine calls::

    check_value("dot-angle", angle, expected=np.pi / 3)
    check_function("dot-unit", unit, reference=ref_unit, cases=[Case((v,), "note"), (w,)])

Both return a :class:`Feedback` (a coloured box in Jupyter, plain text
elsewhere) and never raise, whatever the learner's code does: a wrong answer is
*explained*, and the explanation is also given as a machine-readable
``Feedback.kind``, so that tests can assert which explanation was given.

Correct answers in another valid form pass: lists and tuples for arrays,
NumPy scalars, ``fractions.Fraction``, ``decimal.Decimal``, SymPy numbers and
matrices (and the one-element list ``sp.solve`` returns), float32 or float16
answers within their own precision, and any alternative reference the exercise
accepts (an :class:`Alternative`, with a note naming its convention).

A function is called on each case with a per-case time limit
(:data:`TIME_LIMIT` seconds), its printing captured, its warnings silenced and
its arguments deep-copied (so changing an input in place is detected). When it
returns NaN or inf, it is run again under ``np.errstate(all="raise")`` to find
the operation and the learner's line that produced it.

Feedback kinds
--------------
The full list, with what each means, is :data:`KINDS`. In short: ``passed``;
``not-attempted``, ``stub-not-rerun``, ``unfinished-dependency`` (status "not
attempted yet"); and for a failed check: the answer's *form* (``none``,
``printed-not-returned``, ``function-not-called``, ``not-a-function``,
``wrong-type``, ``bool-for-number``, ``complex``), its *shape* (``wrong-shape``,
``transposed``, ``reshaped``, ``shape-missing-comma``), NaN and inf by cause
(``nan-sqrt-negative``, ``nan-log-negative``, ``log-zero``, ``nan-domain``,
``nan-zero-division``, ``zero-division``, ``overflow``, ``underflow``, and
``nan``/``inf`` when the cause is unknown), a telling relation to the expected
value (``wrong-sign``, ``wrong-order``, ``integer-truncated``,
``not-normalised``, ``factor-quantity``, ``factor``, ``missing-sqrt``,
``extra-sqrt``, ``reciprocal``, ``degrees-radians``, ``typo-huge``,
``rounded``, ``inaccurate``), the way the
function behaved (``exception``, ``timeout``, ``interrupted``,
``input-mutated``, ``requirement``), a mistake the exercise itself knows
(``known-mistake``, ``wrong-axis``, ``off-by-one``, ``early-return``), and
``generic`` when nothing more specific applies; ``unknown-exercise`` and
``checker-error`` (a bug in a spec or in this module) should never be seen.
"""

from __future__ import annotations

import contextlib
import copy
import html
import inspect
import io
import json
import linecache
import math
import os
import re
import signal
import sys
import sysconfig
import threading
import time
import traceback
import warnings
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, Callable, NamedTuple, Sequence

import numpy as np

from . import rules as _rules

PASSED, FAILED, NOT_ATTEMPTED = "passed", "failed", "not attempted yet"

_ICONS = {PASSED: "✅", FAILED: "❌", NOT_ATTEMPTED: "⏳"}
_COLOURS = {PASSED: "#009E73", FAILED: "#D55E00", NOT_ATTEMPTED: "#999999"}

#: Seconds a learner's function may run on one test case (0 or None: no limit).
TIME_LIMIT: float = float(os.environ.get("MFML_CHECK_TIME_LIMIT", "2"))

#: Every ``Feedback.kind``, with what it means.
KINDS: dict[str, str] = {
    "passed": "the answer is accepted",
    "not-attempted": "still the placeholder (None, or a stub raising NotImplementedError)",
    "stub-not-rerun": "the saved notebook has a body, but the kernel still runs the stub",
    "unfinished-dependency": "the function calls an earlier one that is still a stub",
    "none": "None: usually a missing `return`",
    "printed-not-returned": "the function printed its result and returned None",
    "function-not-called": "a function was given where a value was expected",
    "not-a-function": "a value was given where a function was expected",
    "wrong-type": "not a number or an array (text, a dict, a symbol ...)",
    "bool-for-number": "True/False where a number was expected",
    "complex": "a complex result where a real one was expected",
    "wrong-shape": "an array of the wrong shape (or a shape answer with wrong axes)",
    "transposed": "the transpose of the expected matrix",
    "reshaped": "the right numbers in the wrong shape",
    "shape-missing-comma": "the int n where the one-axis shape (n,) was expected",
    "nan": "NaN of unknown cause",
    "inf": "inf of unknown cause",
    "nan-sqrt-negative": "NaN from the square root of a negative number",
    "nan-log-negative": "NaN from the log of a negative number",
    "log-zero": "-inf from log(0)",
    "nan-domain": "NaN from arccos/arcsin of a number outside [-1, 1]",
    "nan-zero-division": "NaN from 0/0 (or inf/inf)",
    "zero-division": "inf (or ZeroDivisionError) from dividing by zero",
    "overflow": "a number grew past the largest float (about 1.8e308)",
    "underflow": "a number shrank below the smallest float and became 0",
    "wrong-sign": "exactly the negative of the expected value",
    "wrong-order": "the right values in another order (reversed or permuted)",
    "integer-truncated": "whole numbers where the expected values have fractions",
    "not-normalised": "the right direction but not length 1",
    "factor-quantity": "off by a named quantity of the input (a norm, n, x·x, n/(n-1))",
    "factor": "off by a constant factor",
    "missing-sqrt": "the square of the expected value",
    "extra-sqrt": "the square root of the expected value",
    "reciprocal": "1 / the expected value",
    "degrees-radians": "degrees where radians were expected, or the other way",
    "typo-huge": "off by a power of ten, or orders of magnitude",
    "rounded": "the expected value rounded to a few decimals",
    "inaccurate": "close, but only to a few digits (a numerically unstable method)",
    "exception": "the learner's code raised an exception",
    "timeout": "the function did not finish within the time limit",
    "interrupted": "the check was interrupted (Ctrl-C / stop button)",
    "input-mutated": "the function changed an argument in place",
    "requirement": "the function breaks a rule the exercise states (loop, no @, ...)",
    "known-mistake": "the answer matches a mistake the exercise anticipates",
    "wrong-axis": "reduced over the wrong axis (rows for columns)",
    "off-by-one": "an index or a count off by one",
    "early-return": "returned from inside the loop, after its first pass",
    "generic": "wrong, and no more specific explanation applies",
    "unknown-exercise": "no exercise has that id",
    "checker-error": "the checker itself failed (a bug: please report it)",
}

_STATUS_KIND = {PASSED: "passed", NOT_ATTEMPTED: "not-attempted", FAILED: "generic"}

#: exercise id -> latest Feedback, in the order first checked.
RESULTS: dict[str, "Feedback"] = {}


# ---------------------------------------------------------------------------
# Feedback, cases, alternatives, mistakes
# ---------------------------------------------------------------------------

@dataclass
class Feedback:
    exercise: str
    status: str
    message: str
    hint: str | None = None
    details: list[str] = field(default_factory=list)
    kind: str = ""

    def __post_init__(self):
        if not self.kind:
            self.kind = _STATUS_KIND.get(self.status, "generic")

    @property
    def passed(self) -> bool:
        return self.status == PASSED

    def __bool__(self) -> bool:
        return self.passed

    def text(self) -> str:
        lines = [f"{_ICONS[self.status]} [{self.exercise}] {self.status.upper()}: {self.message}"]
        lines += [f"   {d}" for d in self.details]
        if self.hint and self.status != PASSED:
            lines.append(f"   Hint: {self.hint}")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        c = _COLOURS[self.status]
        body = html.escape(self.message)
        det = "".join(f"<li><code>{html.escape(d)}</code></li>" if d.startswith("line ")
                      else f"<li>{html.escape(d)}</li>" for d in self.details)
        hint = (f"<details><summary>Hint</summary>{html.escape(self.hint)}</details>"
                if self.hint and self.status != PASSED else "")
        return (f'<div style="border-left:4px solid {c};padding:.4em .8em;margin:.4em 0">'
                f"<strong>{_ICONS[self.status]} {html.escape(self.exercise)}: "
                f"{html.escape(self.status)}</strong><br>{body}"
                f'{"<ul>" + det + "</ul>" if det else ""}{hint}</div>')


@dataclass(frozen=True)
class Case:
    """One test case: the arguments, and optionally the requirement it tests."""

    args: tuple
    note: str | None = None


@dataclass(frozen=True)
class Alternative:
    """Another accepted answer: a reference function (for a function exercise) or
    a value, and a note naming the convention it follows."""

    reference: Any
    note: str = ""


@dataclass(frozen=True)
class Mistake:
    """A wrong answer the exercise anticipates: a function (or value) computing
    it, the message to give when the learner's answer matches it, and its kind."""

    wrong: Any
    message: str
    kind: str = "known-mistake"


class Diagnosis(NamedTuple):
    ok: bool
    kind: str
    message: str


def _record(fb: Feedback) -> Feedback:
    RESULTS[fb.exercise] = fb
    return fb


# ---------------------------------------------------------------------------
# Showing values
# ---------------------------------------------------------------------------

def _describe(x: Any) -> str:
    if isinstance(x, np.ndarray):
        return f"array of shape {x.shape}, dtype {x.dtype}"
    return type(x).__name__


def _num(v: Any, digits: int = 4) -> str:
    """A number printed plainly: ``0.2028``, ``32``, ``nan``, ``1.5e+08``."""
    try:
        if isinstance(v, (bool, np.bool_)):
            return str(bool(v))
        if isinstance(v, (int, np.integer)) and not isinstance(v, bool):
            return str(int(v))
        if isinstance(v, (complex, np.complexfloating)):
            return f"{complex(v):.{digits}g}".strip("()")
        f = float(v)
    except Exception:
        return _short_repr(v)
    if math.isfinite(f) and f == int(f) and abs(f) < 1e15:
        return str(int(f))
    return f"{f:.{digits}g}"


def _short_repr(x: Any, n: int = 80) -> str:
    try:
        r = repr(x)
    except Exception:
        r = f"<{type(x).__name__} object>"
    return r if len(r) <= n else r[: n - 3] + "..."


def _fmt(x: Any, digits: int = 4) -> str:
    """A value printed compactly for a message: numbers plainly, arrays on one line."""
    try:
        if x is None or isinstance(x, (str, bytes)):
            return _short_repr(x)
        if isinstance(x, (bool, np.bool_, int, float, complex, np.number, Fraction, Decimal)):
            return _num(x, digits)
        if _is_sympy(x) and not getattr(x, "is_Matrix", False):
            return str(x)
        if isinstance(x, (np.ndarray, list, tuple)) or getattr(x, "is_Matrix", False):
            a, _ = _to_array(x)
            if a.ndim == 0:
                return _num(a[()], digits)
            s = np.array2string(a, precision=digits, separator=", ", threshold=12,
                                edgeitems=3, max_line_width=10**6, floatmode="maxprec")
            s = re.sub(r"\s+", " ", s)
            return re.sub(r"\s+([\],])", r"\1", re.sub(r"\[\s+", "[", s))
    except Exception:
        pass
    return _short_repr(x)


def _fmt_pair(want: Any, got: Any) -> tuple[str, str]:
    """Expected and got, with enough digits that they do not print the same."""
    for digits in (4, 6, 8, 12, 17):
        w, g = _fmt(want, digits), _fmt(got, digits)
        if w != g:
            return w, g
    return w, g


# ---------------------------------------------------------------------------
# Reading an answer as numbers
# ---------------------------------------------------------------------------

class _NotNumeric(Exception):
    pass


def _is_sympy(x: Any) -> bool:
    return type(x).__module__.startswith("sympy")


def _scalar(x: Any) -> Any:
    """One element as a Python/NumPy number (SymPy, Fraction, Decimal converted)."""
    if isinstance(x, (bool, np.bool_, int, float, complex, np.number)):
        return x
    if isinstance(x, (Fraction, Decimal)):
        return float(x)
    if _is_sympy(x):
        if getattr(x, "free_symbols", None):
            names = ", ".join(sorted(str(s) for s in x.free_symbols))
            raise _NotNumeric(f"still contains the symbol {names} ({x}): solve for a number")
        if getattr(x, "is_number", False):
            c = complex(x)
            return c.real if c.imag == 0 else c
        if x.__class__.__name__ in ("BooleanTrue", "BooleanFalse"):
            return bool(x)
    raise _NotNumeric(f"has the wrong type: expected numbers, got a {type(x).__name__}")


def _to_array(answer: Any) -> tuple[np.ndarray, np.dtype]:
    """The answer as a float/complex/int/bool array, and the dtype it came in.

    Raises _NotNumeric with a description when it is not numbers."""
    if getattr(answer, "is_Matrix", False) and _is_sympy(answer):
        answer = answer.tolist()
    if isinstance(answer, range):
        answer = list(answer)
    if isinstance(answer, (np.ndarray, np.generic)):
        a = np.asarray(answer)
        if a.dtype == object:
            a = np.asarray(_nested(a.tolist()))
    elif isinstance(answer, (list, tuple)):
        a = np.asarray(_nested(answer))
    elif hasattr(answer, "__array__") and not _is_sympy(answer):
        try:
            a = np.asarray(answer)
        except Exception:
            raise _NotNumeric("could not be read as a number or an array") from None
    else:
        a = np.asarray(_scalar(answer))
    if a.dtype == object:
        raise _NotNumeric("could not be read as a number or an array")
    if not (np.issubdtype(a.dtype, np.number) or a.dtype == bool):
        first = a.flat[0] if a.size else None
        raise _NotNumeric(f"has the wrong type: expected numbers, got elements of type "
                          f"{type(first).__name__}")
    return a, a.dtype


def _nested(x: Any) -> Any:
    if isinstance(x, (list, tuple)):
        out = [_nested(v) for v in x]
        if out and isinstance(out[0], list):
            lens = {len(v) if isinstance(v, list) else -1 for v in out}
            if len(lens) > 1:
                raise _NotNumeric("could not be read as a number or an array "
                                  "(its rows have different lengths)")
        elif any(isinstance(v, list) for v in out):
            raise _NotNumeric("could not be read as a number or an array "
                              "(it mixes numbers and lists)")
        return out
    if isinstance(x, np.ndarray):
        return _nested(x.tolist())
    return _scalar(x)


def _tolerance(dtype: np.dtype, rtol: float, atol: float, e: np.ndarray) -> tuple[float, float]:
    """Widen the tolerance for an answer computed in a lower precision."""
    if np.issubdtype(dtype, np.floating) or np.issubdtype(dtype, np.complexfloating):
        eps = float(np.finfo(dtype).eps)
        if eps > np.finfo(np.float64).eps:
            scale = float(np.max(np.abs(e))) if e.size else 1.0
            return max(rtol, 16 * eps), max(atol, 16 * eps * max(scale, 1.0))
    return rtol, atol


# ---------------------------------------------------------------------------
# compare() / diagnose(): what is wrong with a value
# ---------------------------------------------------------------------------

def compare(answer: Any, expected: Any, *, rtol: float = 1e-6, atol: float = 1e-9,
            what: str = "your answer") -> tuple[bool, str]:
    """``(ok, explanation)`` for ``answer`` against ``expected``. Never raises."""
    d = diagnose(answer, expected, rtol=rtol, atol=atol, what=what)
    return d.ok, d.message


def diagnose(answer: Any, expected: Any, *, rtol: float = 1e-6, atol: float = 1e-9,
             what: str = "your answer", quantities: Sequence = (), as_shape: bool = False,
             allow_complex: bool = True, reveal: bool = True) -> Diagnosis:
    """Diagnose ``answer`` against ``expected``: ``Diagnosis(ok, kind, message)``.

    ``quantities`` are ``(value, label, if_times, if_divided)`` tuples (see
    :func:`quantities_of`) used to name a factor. ``reveal=False`` keeps the
    expected value out of the message (for pencil-and-paper answers)."""
    try:
        return _diagnose(answer, expected, rtol, atol, what, quantities, as_shape,
                         allow_complex, reveal)
    except Exception as exc:  # pragma: no cover - the checker must never crash
        return Diagnosis(False, "checker-error",
                         f"could not check {what} ({type(exc).__name__}: {exc}).")


def _diagnose(answer, expected, rtol, atol, what, quantities, as_shape, allow_complex,
              reveal) -> Diagnosis:
    if answer is None:
        return Diagnosis(False, "none", f"{what} is None. If this is a function, did you "
                         "forget the `return` statement?")
    if callable(answer) and not isinstance(answer, np.ndarray) and not _is_sympy(answer):
        return Diagnosis(False, "function-not-called",
                         f"{what} is a function ({getattr(answer, '__name__', '?')}), not a "
                         "value: did you forget to call it with ( )?")
    if as_shape:
        return _diagnose_shape(answer, expected, what, reveal)
    if isinstance(expected, (bool, np.bool_)):
        if isinstance(answer, (bool, np.bool_)):
            ok = bool(answer) == bool(expected)
            return Diagnosis(ok, "passed" if ok else "generic",
                             "correct" if ok else f"{what} should be the other truth value")
        return Diagnosis(False, "wrong-type",
                         f"{what} should be True or False, but it is a {_describe(answer)}")
    if isinstance(answer, (bool, np.bool_)) or (
            isinstance(answer, np.ndarray) and answer.dtype == bool):
        return Diagnosis(False, "bool-for-number",
                         f"{what} is {_fmt(answer)}, a truth value, where a number was "
                         "expected. A comparison (==, <, >) gives True or False: did you "
                         "compare where you meant to compute?")
    if isinstance(answer, str):
        try:
            float(answer)
            numeric = True
        except ValueError:
            numeric = False
        extra = " Remove the quotes: it is text, not a number." if numeric else ""
        return Diagnosis(False, "wrong-type", f"{what} has the wrong type: expected a number "
                         f"or array, got a str ({answer!r:.40}).{extra}")
    if isinstance(answer, (bytes, bytearray, dict, set, frozenset)):
        return Diagnosis(False, "wrong-type", f"{what} has the wrong type: expected a number "
                         f"or array, got a {type(answer).__name__} ({_short_repr(answer, 40)})")
    try:
        a, dtype = _to_array(answer)
    except _NotNumeric as exc:
        if str(exc).startswith("still contains"):
            return Diagnosis(False, "wrong-type", f"{what} {exc}.")
        return Diagnosis(False, "wrong-type", f"{what} {exc} ({_describe(answer)}).")
    except (OverflowError, ValueError, TypeError) as exc:
        return Diagnosis(False, "wrong-type", f"{what} could not be read as a number or an "
                         f"array ({_describe(answer)}: {exc}).")
    except Exception:
        return Diagnosis(False, "wrong-type", f"{what} could not be read as a number or an "
                         f"array ({_describe(answer)}).")
    if a.dtype == bool:
        return Diagnosis(False, "bool-for-number", f"{what} holds True/False values where "
                         "numbers were expected: did you compare where you meant to compute?")
    e = np.asarray(expected, dtype=float)
    if np.iscomplexobj(a):
        if not allow_complex:
            return Diagnosis(False, "complex", f"{what} has a complex dtype ({a.dtype}) even "
                             "if its imaginary parts are 0: keep the real part with .real.")
        if np.allclose(a.imag, 0):
            a = a.real
        else:
            return Diagnosis(False, "complex",
                             f"{what} is complex ({_fmt(a)}); a real result was expected.")
    integer_answer = np.issubdtype(a.dtype, np.integer)
    try:
        af = a.astype(float)
    except OverflowError:
        return Diagnosis(False, "typo-huge", f"{what} is too large to be a float.")
    d = _nonfinite(af, e, what)
    if d:
        return d
    if e.ndim == 0 and af.size == 1:
        af = af.reshape(())
    if af.shape != e.shape:
        return _shape_mismatch(af, e, what, rtol, atol, reveal)
    rt, at = _tolerance(dtype, rtol, atol, e)
    if np.allclose(af, e, rtol=rt, atol=at):
        return Diagnosis(True, "passed", "correct")
    for check in (_integer_truncated, _wrong_sign, _transposed_square, _wrong_order,
                  _degrees, _sqrt, _factor, _reciprocal, _magnitude, _integer_dtype,
                  _rounded, _inaccurate):
        d = check(af, e, rt, at, what, quantities=quantities, integer=integer_answer)
        if d:
            return d
    return _generic(af, e, what, reveal)


def _nonfinite(a: np.ndarray, e: np.ndarray, what: str) -> Diagnosis | None:
    if np.all(np.isfinite(a)):
        if np.any(a == 0) and e.shape == a.shape:
            tiny = (a == 0) & (e != 0) & (np.abs(e) < 1e-290)
            if np.any(tiny):
                return Diagnosis(False, "underflow", f"{what} is 0 where the expected value "
                                 "is tiny but not 0: a product of small numbers underflowed "
                                 "(fell below about 1e-308). Work with logarithms instead.")
        return None
    bad = np.isnan(a)
    where = ""
    idx = np.argwhere(bad if np.any(bad) else ~np.isfinite(a))
    if a.ndim and len(idx):
        where = f" at index {tuple(int(i) for i in idx[0])}"
    if np.any(bad):
        return Diagnosis(False, "nan", f"{what} contains NaN{where}. NaN comes from an invalid "
                         "operation: 0/0 (for example dividing by the norm of a zero vector), "
                         "the square root or log of a negative number, arccos of a number "
                         "outside [-1, 1], or inf - inf.")
    if np.all(np.isfinite(e)) and e.size and np.max(np.abs(e)) > 1e300:
        return Diagnosis(False, "overflow", f"{what} contains inf{where}: the result is "
                         "larger than the largest float (about 1.8e308), an overflow.")
    return Diagnosis(False, "inf", f"{what} contains inf{where}: a division by zero, or a "
                     "number too large for a float (overflow).")


def _shape_mismatch(a, e, what, rtol, atol, reveal) -> Diagnosis:
    if e.ndim == 0:
        if a.size == 0:
            return Diagnosis(False, "wrong-shape", f"{what} is empty (shape {a.shape}); one "
                             "number was expected.")
        return Diagnosis(False, "wrong-shape", f"{what} has {a.size} values (shape {a.shape}); "
                         "one number was expected. If you solved an equation, pick the "
                         "solution the exercise asks for.")
    if a.ndim == 2 and a.shape == e.shape[::-1] and np.allclose(a.T, e, rtol=rtol, atol=atol):
        return Diagnosis(False, "transposed", f"{what} is transposed: shape {a.shape}, "
                         f"expected {e.shape}. Check which axis holds the samples and which "
                         "the features.")
    if a.size == e.size and np.allclose(a.reshape(e.shape), e, rtol=rtol, atol=atol):
        return Diagnosis(False, "reshaped", f"{what} has the right numbers in the wrong shape: "
                         f"{a.shape}, expected {e.shape}.")
    extra = ""
    if a.ndim == e.ndim + 1 and 1 in a.shape:
        extra = " An extra axis of length 1: keepdims=True, or a column vector (n, 1)?"
    elif a.ndim == e.ndim and a.ndim >= 1 and sorted(a.shape) == sorted(e.shape):
        extra = " The axes are swapped: check which axis you reduce or index."
    elif e.ndim == 2 and a.ndim == 2 and a.shape[0] == e.shape[0]:
        extra = " The number of columns differs."
    elif e.ndim == 2 and a.ndim == 2 and a.shape[1] == e.shape[1]:
        extra = " The number of rows differs."
    elif a.ndim + 1 == e.ndim:
        extra = " One axis is missing: did you reduce (sum, mean) over an axis you should keep?"
    return Diagnosis(False, "wrong-shape",
                     f"{what} has the wrong shape: {a.shape}, expected {e.shape}.{extra}")


def _diagnose_shape(answer, expected, what, reveal) -> Diagnosis:
    """A shape answer: compare as tuples of ints."""
    e = tuple(int(v) for v in expected)
    if isinstance(answer, (bool, np.bool_)):
        return Diagnosis(False, "bool-for-number", f"{what} is {answer}; a shape is a tuple "
                         "of whole numbers, such as (2, 3) or (5,).")
    if isinstance(answer, (int, np.integer)):
        if len(e) == 1 and (int(answer),) == e:
            return Diagnosis(False, "shape-missing-comma",
                             f"{what} is the number {int(answer)}, not a shape: in Python "
                             f"({int(answer)}) is just {int(answer)} in brackets. A shape "
                             f"with one axis needs a trailing comma: ({int(answer)},).")
        return Diagnosis(False, "wrong-type",
                         f"{what} is the number {int(answer)}; a shape is a tuple of whole "
                         "numbers, such as (2, 3), or (5,) for one axis (note the comma).")
    if isinstance(answer, np.ndarray):
        answer = answer.tolist()
    if not isinstance(answer, (tuple, list)):
        return Diagnosis(False, "wrong-type", f"{what} is a {type(answer).__name__}; a shape "
                         "is a tuple of whole numbers, such as (2, 3) or (5,).")
    try:
        vals = [float(v) for v in answer]
    except (TypeError, ValueError):
        return Diagnosis(False, "wrong-type", f"{what} should hold whole numbers only, such "
                         "as (2, 3).")
    if any(v != int(v) or v < 0 for v in vals):
        return Diagnosis(False, "wrong-type", f"{what} holds {_fmt(answer)}: the lengths of "
                         "axes are whole numbers, 0 or more.")
    a = tuple(int(v) for v in vals)
    if a == e:
        return Diagnosis(True, "passed", "correct")
    if len(a) != len(e):
        extra = ""
        if tuple(v for v in a if v != 1) == tuple(v for v in e if v != 1):
            extra = (" The lengths agree apart from an axis of length 1: a 1-D array of n "
                     "values has shape (n,), a column (n, 1) and a row (1, n).")
        return Diagnosis(False, "wrong-shape", f"{what} {a} has {len(a)} "
                         f"ax{'is' if len(a) == 1 else 'es'}; the array in question has "
                         f"{len(e)}.{extra}")
    if sorted(a) == sorted(e):
        return Diagnosis(False, "wrong-order", f"{what} {a} has the right lengths in the wrong "
                         "order: which axis comes first?")
    wrong = [i for i, (x, y) in enumerate(zip(a, e)) if x != y]
    return Diagnosis(False, "wrong-shape", f"{what} {a} has the right number of axes, but the "
                     f"length of axis {wrong[0]} is not right.")


# -- the telling relations, tried in order -----------------------------------

def _close(a, b, rt, at) -> bool:
    with np.errstate(all="ignore"):
        return bool(np.all(np.isfinite(b)) and np.allclose(a, b, rtol=rt, atol=at))


def _integer_truncated(a, e, rt, at, what, integer=False, **_) -> Diagnosis | None:
    frac = not np.allclose(e, np.round(e))
    if not frac:
        return None
    cut = any(_close(a, f(e), rt, at) for f in (np.trunc, np.floor, np.round))
    whole = np.allclose(a, np.round(a))
    several = a.size >= 2 and int(np.sum(~np.isclose(e, np.round(e)))) >= 2
    if cut and (integer or (whole and several and np.any(a != 0))):
        return Diagnosis(False, "integer-truncated",
                         f"{what} holds only whole numbers ({_fmt(np.round(a).astype(int))}), "
                         "but the expected "
                         "values have fractions: the fractional part was cut off. An "
                         "array made from integers (np.zeros(n, dtype=int), "
                         "np.array([1, 2, 3]), x.copy() of an integer x) keeps only the "
                         "integer part of what you store in it; so do // and int(). Start "
                         "from floats: np.zeros(n), 0.0, x.astype(float).")
    return None


def _integer_dtype(a, e, rt, at, what, integer=False, **_) -> Diagnosis | None:
    if integer and not np.allclose(e, np.round(e)):
        return Diagnosis(False, "integer-truncated",
                         f"{what} is made of integers (an integer dtype), but the expected "
                         "values have fractions, which an integer cannot hold. An integer "
                         "accumulator (total = np.zeros(n, dtype=int)), an array built from "
                         "integers, // or int() drops them: start from floats (0.0, "
                         "np.zeros(n), x.astype(float)).")
    return None


def _wrong_sign(a, e, rt, at, what, **_) -> Diagnosis | None:
    if np.any(e != 0) and _close(-a, e, rt, at):
        return Diagnosis(False, "wrong-sign",
                         f"{what} has the wrong sign: it is exactly the negative of the "
                         "expected result.")
    return None


def _transposed_square(a, e, rt, at, what, **_) -> Diagnosis | None:
    if a.ndim == 2 and a.shape[0] == a.shape[1] > 1 and not _close(e.T, e, rt, at) \
            and _close(a.T, e, rt, at):
        return Diagnosis(False, "transposed", f"{what} is the transpose of the expected "
                         "matrix (a square matrix, so the shapes agree): swap the roles of "
                         "rows and columns, e.g. C[i, j] rather than C[j, i].")
    return None


def _permutation_of(rows_a, rows_e, rt, at) -> bool:
    left = list(range(len(rows_e)))
    for r in rows_a:
        for k in left:
            if _close(r, rows_e[k], rt, at):
                left.remove(k)
                break
        else:
            return False
    return not left


def _wrong_order(a, e, rt, at, what, **_) -> Diagnosis | None:
    if a.ndim == 0 or a.shape[0] < 2:
        return None
    if a.ndim == 1:
        if not _close(np.sort(a), np.sort(e), rt, at):
            return None
        if _close(a[::-1], e, rt, at):
            order = ""
            if np.all(np.diff(e) <= 0):
                order = " The exercise wants them largest first: reverse with [::-1]."
            elif np.all(np.diff(e) >= 0):
                order = " The exercise wants them smallest first."
            return Diagnosis(False, "wrong-order", f"{what} has the right values in reverse "
                             f"order.{order}")
        return Diagnosis(False, "wrong-order", f"{what} has the right values in the wrong "
                         "order: check how you sort them or which index goes where.")
    if a.ndim == 2:
        if _permutation_of(list(a), list(e), rt, at):
            return Diagnosis(False, "wrong-order", f"{what} has the right rows in the wrong "
                             "order.")
        if _permutation_of(list(a.T), list(e.T), rt, at):
            return Diagnosis(False, "wrong-order", f"{what} has the right columns in the "
                             "wrong order.")
    return None


def _degrees(a, e, rt, at, what, **_) -> Diagnosis | None:
    if not np.any(e != 0):
        return None
    if _close(a, e * 180 / np.pi, rt, at):
        return Diagnosis(False, "degrees-radians", f"{what} looks like degrees where radians "
                         "were expected (np.radians converts).")
    if _close(a, e * np.pi / 180, rt, at):
        return Diagnosis(False, "degrees-radians", f"{what} looks like radians where degrees "
                         "were expected (np.degrees converts).")
    return None


def _sqrt(a, e, rt, at, what, **_) -> Diagnosis | None:
    interesting = np.any((np.abs(e) > 1e-12) & ~np.isclose(np.abs(e), 1.0))
    if not interesting:
        return None
    if _close(a, e * e, rt, at):
        return Diagnosis(False, "missing-sqrt", f"{what} is the square of the expected value: "
                         "a square root is missing (np.sqrt)?")
    if np.all(e >= 0) and _close(a, np.sqrt(e), rt, at):
        return Diagnosis(False, "extra-sqrt", f"{what} is the square root of the expected "
                         "value: a square root too many (or a square missing)?")
    return None


_TEN_POWERS = {10.0 ** k: k for k in range(-9, 10) if k}


def _factor(a, e, rt, at, what, quantities=(), **_) -> Diagnosis | None:
    ee = float(np.sum(e * e))
    if ee == 0:
        return None
    c = float(np.sum(a * e)) / ee
    if abs(c) < 1e-12 or not _close(a, c * e, rt, at):
        return None
    times = divided = None
    for value, label, if_times, if_divided in quantities:
        if times is None and np.isclose(c, value, rtol=1e-6):
            times = (f"{what} is {label} times the expected one ({label} = {_num(value)} "
                     f"here): {if_times}")
        if divided is None and np.isclose(c * value, 1.0, rtol=1e-6):
            divided = (f"{what} is the expected one divided by {label} ({label} = "
                       f"{_num(value)} here): {if_divided}")
    if divided:
        return Diagnosis(False, "factor-quantity", divided)
    if e.ndim == 1 and e.size > 1 and np.isclose(np.sqrt(ee), 1.0) and c > 0:
        return Diagnosis(False, "not-normalised", f"{what} points the right way but is not "
                         f"normalised: its length is {_num(np.linalg.norm(a))}, it should be 1."
                         + (" Divide by its norm." if times else ""))
    if times:
        return Diagnosis(False, "factor-quantity", times)
    for p, k in _TEN_POWERS.items():
        if np.isclose(abs(c), p, rtol=1e-6):
            sign = "" if c > 0 else " and has the wrong sign"
            return Diagnosis(False, "typo-huge", f"{what} is {_num(abs(c))} times the expected "
                             f"value{sign}: a misplaced decimal point or a typo in a number "
                             "(15 for 1.5, 1e6 for 1e-6)?")
    if np.isclose(c, 2.0, rtol=1e-6):
        return Diagnosis(False, "factor", f"{what} is twice the expected value: something is "
                         "counted twice, or a division by 2 is missing?")
    if np.isclose(c, 0.5, rtol=1e-6):
        return Diagnosis(False, "factor", f"{what} is half the expected value: something is "
                         "counted once where it should be counted twice?")
    if e.ndim == 0:
        return None
    return Diagnosis(False, "factor", f"{what} is off by a constant factor: it is {_num(c)} "
                     "times the expected result (a missing division, a square, or a factor "
                     "of 2?).")


def _reciprocal(a, e, rt, at, what, **_) -> Diagnosis | None:
    if np.all(e != 0) and np.any(~np.isclose(np.abs(e), 1.0)) and _close(a, 1 / e, rt, at):
        return Diagnosis(False, "reciprocal", f"{what} is 1 / the expected value: a fraction "
                         "upside down?")
    return None


def _magnitude(a, e, rt, at, what, **_) -> Diagnosis | None:
    if e.ndim != 0 or e == 0 or a == 0:
        return None
    r = abs(float(a) / float(e))
    if r >= 1e3 or r <= 1e-3:
        size = "larger" if r > 1 else "smaller"
        return Diagnosis(False, "typo-huge", f"{what} ({_num(a)}) is about 1e{round(math.log10(r)):+d} "
                         f"times the expected value, orders of magnitude {size}: a typo in a "
                         "number, or a missing division?")
    return None


def _rounded(a, e, rt, at, what, **_) -> Diagnosis | None:
    if not np.any(a != 0):
        return None
    for d in range(1, 7):   # the fewest decimals that write the answer
        if np.allclose(a, np.round(a, d), rtol=1e-12, atol=1e-12):
            break
    else:
        return None
    if np.allclose(a, np.round(a, d - 1), rtol=1e-12, atol=1e-12):
        return None   # a whole number: that is integer-truncated's business
    if np.allclose(a, np.round(e, d), rtol=1e-12, atol=1e-12):
        return Diagnosis(False, "rounded", f"{what} is the expected value rounded to {d} "
                         f"decimal place{'s' if d != 1 else ''}: return the full value, "
                         "and round only when you print it.")
    return None


def _inaccurate(a, e, rt, at, what, **_) -> Diagnosis | None:
    scale = float(np.max(np.abs(e))) if e.size else 0.0
    err = float(np.max(np.abs(a - e))) if e.size else 0.0
    if scale == 0 or err > 1e-2 * scale:
        return None
    digits = max(int(-math.log10(err / scale)), 1) if err > 0 else 16
    return Diagnosis(False, "inaccurate", f"{what} is close but agrees with the expected one "
                     f"to only about {digits} significant digits: a numerically unstable step "
                     "(for example forming X.T @ X, subtracting nearly equal numbers, or "
                     "a float32 intermediate)?")


def _generic(a, e, what, reveal=True) -> Diagnosis:
    if e.ndim == 0:
        return Diagnosis(False, "generic", f"{what} ({_num(a, 6)}) is not the expected value.")
    idx = tuple(int(i) for i in np.unravel_index(int(np.argmax(np.abs(a - e))), e.shape))
    values = f" (expected {_num(e[idx])}, got {_num(a[idx])})" if reveal else ""
    return Diagnosis(False, "generic", f"{what} differs from the expected result; the largest "
                     f"difference is at index {idx}{values}.")


# ---------------------------------------------------------------------------
# Quantities of the arguments, to name a factor
# ---------------------------------------------------------------------------

def quantities_of(args: Sequence, names: Sequence[str]) -> list[tuple]:
    """Named quantities of a case's arguments: ``(value, label, if_times, if_divided)``."""
    out: list[tuple] = []

    def add(value, label, if_times, if_divided):
        try:
            v = float(value)
        except Exception:
            return
        if not math.isfinite(v) or v <= 0 or np.isclose(v, 1.0) or np.isclose(v, 2.0) \
                or np.isclose(v, 0.5):
            return
        if any(np.isclose(v, q[0], rtol=1e-9) for q in out):
            return
        out.append((v, label, if_times, if_divided))

    vecs = []
    for x, name in zip(args, names):
        if isinstance(x, (bool, np.bool_)):
            continue
        if isinstance(x, (int, float, np.integer, np.floating)):
            add(abs(x), name, f"is {name} multiplied in once too often (or a division by "
                f"{name} missing)?", f"is there an extra division by {name}?")
            continue
        if not isinstance(x, np.ndarray) or not np.issubdtype(x.dtype, np.number):
            continue
        if x.ndim == 1 and x.size:
            xf = x.astype(float)
            nrm = float(np.sqrt(xf @ xf))
            vecs.append((xf, name))
            add(nrm, f"‖{name}‖", f"a division by the norm of {name} is missing?",
                f"did you divide by the norm twice, or by {name}·{name} = ‖{name}‖² where "
                f"‖{name}‖ was needed?")
            add(nrm * nrm, f"{name}·{name}", f"did you multiply by {name}·{name} (or forget to "
                "divide by it)?", f"did you divide by {name}·{name} = ‖{name}‖², where "
                f"‖{name}‖ (its square root) was needed?")
            add(x.size, f"len({name})", "a sum where a mean was asked (a missing division "
                "by n)?", "a mean where a sum was asked (an extra division by n)?")
            add(math.sqrt(x.size), f"√len({name})", "a missing division by √n?",
                "an extra division by n inside a square root (a root-mean-square)?")
        elif x.ndim == 2 and x.size:
            m, n = x.shape
            add(m, f"the number of rows of {name}", "a sum over the rows where a mean was "
                "asked?", "a mean over the rows where a sum was asked?")
            add(n, f"the number of columns of {name}", "a sum over the columns where a mean "
                "was asked?", "a mean over the columns where a sum was asked?")
            add(float(np.linalg.norm(x.astype(float))), f"‖{name}‖ (Frobenius)",
                "a missing division by the norm?", "an extra division by the norm?")
            if m > 1:
                ddof = (f"n and n - 1 mixed up (n = {m} rows of {name}): np.std and np.var "
                        "divide by n by default, with ddof=1 by n - 1. Which one does the "
                        "exercise ask for?")
                add(m / (m - 1), "n/(n-1)", ddof, ddof)
                add(math.sqrt(m / (m - 1)), "√(n/(n-1))", ddof, ddof)
    for i in range(len(vecs)):
        for j in range(i + 1, len(vecs)):
            (x, a), (y, b) = vecs[i], vecs[j]
            if x.shape == y.shape:
                add(abs(float(x @ y)), f"{a}·{b}", f"an extra factor {a}·{b}?",
                    f"an extra division by {a}·{b}?")
            add(float(np.linalg.norm(x) * np.linalg.norm(y)), f"‖{a}‖‖{b}‖",
                "a missing division by the norms?", "an extra division by the norms?")
    return out


# ---------------------------------------------------------------------------
# Running learner code: time limit, captured output, the learner's own line
# ---------------------------------------------------------------------------

class _TimeUp(BaseException):
    """Raised inside learner code when its time is up (not an Exception, so a
    learner's ``except Exception`` cannot swallow it)."""


@contextlib.contextmanager
def _time_limit(seconds: float | None):
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        def on_alarm(signum, frame):
            raise _TimeUp()
        try:
            previous = signal.signal(signal.SIGALRM, on_alarm)
        except (ValueError, OSError):  # pragma: no cover - no signals here after all
            previous = None
        if previous is not None:
            start = time.monotonic()
            outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
            try:
                yield
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
                if outer > 0:  # someone else's alarm was pending: put it back
                    left = outer - (time.monotonic() - start)
                    signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3))
            return
    # Not on the main thread (or no SIGALRM): trace the learner's Python code.
    deadline = time.monotonic() + seconds

    def tracer(frame, event, arg):
        if time.monotonic() > deadline:
            raise _TimeUp()
        return tracer
    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        yield
    finally:
        sys.settrace(old)


@dataclass
class _Call:
    value: Any = None
    error: BaseException | None = None
    timed_out: bool = False
    interrupted: bool = False
    printed: str = ""


def _call(fn: Callable, args: tuple, limit: float | None, errstate: dict | None = None) -> _Call:
    out = io.StringIO()
    res = _Call()
    try:
        with contextlib.ExitStack() as stack:
            stack.enter_context(contextlib.redirect_stdout(out))
            stack.enter_context(warnings.catch_warnings())
            warnings.simplefilter("ignore")
            stack.enter_context(np.errstate(**(errstate or {})))
            stack.enter_context(_time_limit(limit))
            res.value = fn(*args)
    except _TimeUp:
        res.timed_out = True
    except KeyboardInterrupt:
        res.interrupted = True
    except BaseException as exc:  # the learner's own error, SystemExit included
        res.error = exc
    res.printed = out.getvalue()
    return res


def _library_dirs() -> tuple[str, ...]:
    paths = sysconfig.get_paths()
    dirs = {os.path.dirname(os.path.abspath(__file__))}
    dirs |= {os.path.abspath(paths[k]) for k in ("stdlib", "platstdlib", "purelib", "platlib")
             if k in paths}
    return tuple(d + os.sep for d in dirs)


def _user_frames(exc: BaseException) -> list[traceback.FrameSummary]:
    libs = _library_dirs()
    tb = traceback.extract_tb(exc.__traceback__)
    return [f for f in tb if not os.path.abspath(f.filename).startswith(libs)]


def _frame_text(f: traceback.FrameSummary) -> str:
    src = f.line or linecache.getline(f.filename, f.lineno).strip()
    where = f"line {f.lineno} of {f.name}()"
    return f"{where}: {src}" if src else where


def _user_frame(exc: BaseException) -> str | None:
    """The innermost traceback line in the learner's own code (not in this
    package, the standard library or an installed package such as numpy)."""
    user = _user_frames(exc)
    return _frame_text(user[-1]) if user else None


def _raising_code(exc: BaseException):
    tb = exc.__traceback__
    if tb is None:
        return None
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame.f_code


_FP_CAUSES = [
    (r"invalid value encountered in (sqrt|power)", "nan-sqrt-negative",
     "the square root of a negative number gives NaN"),
    (r"invalid value encountered in (log|log2|log10|log1p)", "nan-log-negative",
     "the log of a negative number gives NaN"),
    (r"divide by zero encountered in (log|log2|log10)", "log-zero",
     "log(0) is -inf"),
    (r"invalid value encountered in (arccos|arcsin)", "nan-domain",
     "np.arccos (or arcsin) got a number outside [-1, 1], which gives NaN. Far outside: "
     "the cosine is not divided by both lengths. Just past 1 (1.0000000000000002): "
     "rounding did it, so clip first, np.clip(c, -1, 1)"),
    (r"invalid value encountered in (divide|true_divide|scalar divide|floor_divide|remainder)",
     "nan-zero-division", "0/0 (or inf/inf) gives NaN: a zero vector, a zero norm or an "
     "empty sum somewhere?"),
    (r"divide by zero encountered", "zero-division",
     "dividing by zero gives inf: a zero norm, a zero count or a zero pivot?"),
    (r"overflow encountered", "overflow",
     "a number grew past the largest float (about 1.8e308) and became inf: normalise "
     "inside the loop, or rescale"),
    (r"invalid value encountered in (subtract|add|multiply|matmul|dot)", "overflow",
     "inf - inf (or 0 × inf) gives NaN: a value became inf earlier, usually by an overflow"),
    (r"underflow encountered", "underflow",
     "a product of small numbers fell below the smallest float (about 1e-308) and became 0: "
     "add logarithms instead of multiplying probabilities"),
]


def _explain_fp(exc: BaseException) -> tuple[str, str] | None:
    """``(kind, explanation)`` for a floating-point error raised under errstate."""
    msg = str(exc)
    if isinstance(exc, ZeroDivisionError):
        return "zero-division", ("dividing by zero: a zero norm, a zero count or a zero "
                                 "pivot?")
    if isinstance(exc, ValueError) and "math domain error" in msg:
        return "nan-domain", ("a math function got a number outside its domain (math.sqrt "
                              "of a negative number, math.acos of a number outside [-1, 1], "
                              "math.log of 0 or less)")
    if isinstance(exc, FloatingPointError):
        for pattern, kind, text in _FP_CAUSES:
            if re.search(pattern, msg):
                return kind, text
    return None


def _explain_exception(exc: BaseException, line: str = "") -> tuple[str, str]:
    """``(kind, advice)`` for an exception the learner's code raised on ``line``."""
    msg = str(exc)
    code = line.split(": ", 1)[-1]
    if isinstance(exc, ValueError) and "math domain error" in msg:
        if "sqrt" in code:
            return "nan-sqrt-negative", (" math.sqrt of a negative number: is what you take "
                                         "the root of really >= 0 (a missing square?)")
        if "log" in code:
            return "nan-log-negative", " math.log of 0 or a negative number."
        return "nan-domain", (" math.acos (or asin) got a number outside [-1, 1]. Far "
                              "outside: the cosine is not divided by both lengths. Just past "
                              "1 (1.0000000000000002): rounding did it, so clip first, "
                              "np.clip(c, -1, 1).")
    fp = _explain_fp(exc)
    if fp:
        kind, text = fp
        return kind, f" {text[0].upper()}{text[1:]}."
    name = type(exc).__name__
    if name == "UFuncTypeError" or ("Cannot cast ufunc" in msg and "output" in msg):
        return "exception", (" Your array holds integers, so it cannot store a fraction in "
                             "place (x /= n, x -= mean on an integer array). Work on a float "
                             "copy, x = x.astype(float), or write x = x / n.")
    if isinstance(exc, RecursionError):
        return "exception", " Your function calls itself again and again without end."
    if "matmul" in msg and "mismatch" in msg or "not aligned" in msg:
        return "exception", (" The inner dimensions of a matrix product must agree: (m, n) @ "
                             "(n, p). Check the shapes; is a .T missing or one too many?")
    if isinstance(exc, ValueError) and "broadcast" in msg:
        return "exception", (" NumPy could not line up these shapes. Compare the shapes "
                             "of the two operands (print(a.shape, b.shape)); keepdims=True or "
                             "[:, None] turns a row into a column.")
    if isinstance(exc, TypeError) and ("'function'" in msg or "'method'" in msg):
        return "exception", (" A function was used as a value: call it with its arguments, "
                             "norm(x), not norm.")
    if isinstance(exc, TypeError) and "NoneType" in msg:
        return "exception", (" Something is None: does a function you call (perhaps one of "
                             "yours) forget to `return` its result?")
    if isinstance(exc, IndexError):
        return "exception", (" An index is out of range: loops run over range(len(x)), and "
                             "the last index is len(x) - 1.")
    if isinstance(exc, SystemExit):
        return "exception", " Your function called exit(); return a value instead."
    if isinstance(exc, MemoryError):
        return "exception", " Your function asked for more memory than there is."
    return "exception", ""


# ---------------------------------------------------------------------------
# Stubs: not attempted, edited but not run again, or an earlier one unfinished
# ---------------------------------------------------------------------------

def _notebook_path() -> Path | None:
    """The notebook this kernel serves, when Jupyter says so."""
    main = sys.modules.get("__main__")
    for p in (os.environ.get("JPY_SESSION_NAME"), getattr(main, "__session__", None)):
        if p and isinstance(p, str) and Path(p).is_file():
            return Path(p)
    return None


def _saved_definition(path: Path, name: str) -> str | None:
    """The source of ``def name(...)`` as saved in the notebook file, if any."""
    try:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".ipynb":
            nb = json.loads(text)
            text = "\n\n".join("".join(c.get("source", "")) if isinstance(c.get("source"), list)
                               else c.get("source", "") for c in nb.get("cells", [])
                               if c.get("cell_type") == "code")
    except Exception:
        return None
    lines = text.splitlines()
    pat = re.compile(rf"^(\s*)def {re.escape(name)}\s*\(")
    for i, line in enumerate(lines):
        m = pat.match(line)
        if not m:
            continue
        indent = len(m.group(1))
        block = [line]
        for nxt in lines[i + 1:]:
            if nxt.strip().startswith("```"):
                break
            if nxt.strip() and len(nxt) - len(nxt.lstrip()) <= indent:
                break
            block.append(nxt)
        return "\n".join(block)
    return None


def _normalise_source(src: str) -> list[str]:
    return [ln.strip() for ln in src.splitlines() if ln.strip() and not ln.strip().startswith("#")]


def _edited_not_run(fn) -> bool:
    path = _notebook_path()
    name = getattr(fn, "__name__", "")
    if path is None or not name or name == "<lambda>":
        return False
    saved = _saved_definition(path, name)
    if saved is None or "NotImplementedError" in saved:
        return False
    found = _rules.function_source(fn)
    if found is None:
        return True
    return _normalise_source(saved) != _normalise_source(found[0])


def _stub_origin(exc: BaseException, fn) -> str | None:
    """Who raised this NotImplementedError: "self" (the checked function's own
    stub), the name of another function of the learner's, or None (a library)."""
    raiser = _raising_code(exc)
    if raiser is None:
        return None
    if raiser is getattr(fn, "__code__", None) or raiser.co_name == getattr(fn, "__name__", 0):
        return "self"
    if os.path.abspath(raiser.co_filename).startswith(_library_dirs()):
        return None
    return raiser.co_name


def _not_implemented(exercise: str, fn, exc: BaseException, hint, origin: str) -> Feedback:
    name = getattr(fn, "__name__", "your function")
    if origin != "self":
        user = _user_frames(exc)
        where = [_frame_text(user[-2])] if len(user) >= 2 else []
        return Feedback(exercise, NOT_ATTEMPTED,
                        f"`{name}` calls `{origin}`, which is not written yet (it still raises "
                        f"NotImplementedError): finish `{origin}` first, run its cell, then "
                        "run this check again.", hint, where, kind="unfinished-dependency")
    if _edited_not_run(fn):
        return Feedback(exercise, NOT_ATTEMPTED,
                        f"the notebook has a body for `{name}`, but the kernel still runs the "
                        f"old stub: run the cell that starts `def {name}(` (Shift+Enter), "
                        "then this one.", hint, kind="stub-not-rerun")
    return Feedback(exercise, NOT_ATTEMPTED,
                    f"`{name}` still raises NotImplementedError: write its body where it says "
                    f"`your code here`. If you have, run the cell that starts `def {name}(` "
                    "and then this one.", hint, kind="not-attempted")


# ---------------------------------------------------------------------------
# check_value and check_function
# ---------------------------------------------------------------------------

def _candidates(expected, alternatives) -> list[tuple[Any, str]]:
    return [(expected, "")] + [(alt.reference, alt.note) for alt in alternatives]


def check_value(exercise: str, answer: Any, expected: Any, *, hint: str | None = None,
                rtol: float = 1e-6, atol: float = 1e-9, as_shape: bool = False,
                alternatives: Sequence[Alternative] = (), mistakes: Sequence[Mistake] = (),
                allow_complex: bool = True) -> Feedback:
    """Check a value the learner computed. ``None`` means not attempted yet."""
    try:
        if answer is None or answer is Ellipsis:
            return _record(Feedback(exercise, NOT_ATTEMPTED,
                                    "replace None with your answer and run the cell again.",
                                    hint, kind="not-attempted"))
        first = None
        for value, note in _candidates(expected, alternatives):
            d = diagnose(answer, value, rtol=rtol, atol=atol, as_shape=as_shape,
                         allow_complex=allow_complex, reveal=False)
            if d.ok:
                msg = "well done." + (f" ({note})" if note else "")
                return _record(Feedback(exercise, PASSED, msg, hint, kind="passed"))
            first = first or d
        for m in mistakes:
            if not callable(m.wrong) and diagnose(answer, m.wrong, rtol=rtol, atol=atol,
                                                  as_shape=as_shape).ok:
                return _record(Feedback(exercise, FAILED, m.message, hint, kind=m.kind))
        return _record(Feedback(exercise, FAILED, first.message, hint, kind=first.kind))
    except Exception as exc:  # pragma: no cover - the checker must never crash
        return _record(Feedback(exercise, FAILED, f"could not check this answer ({exc!r}).",
                                hint, kind="checker-error"))


def _changed(before, after) -> bool:
    """Did the learner's function modify an argument in place?"""
    try:
        if isinstance(before, np.ndarray):
            return before.shape != after.shape or not np.array_equal(before, after, equal_nan=True)
        if isinstance(before, (list, dict, set)):
            return bool(before != after)
    except Exception:
        return False
    return False


def _param_names(fn, n: int, fallback: Sequence[str] | None = None) -> list[str]:
    names: list[str] = []
    try:
        for p in inspect.signature(fn).parameters.values():
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
                names.append(p.name)
    except (TypeError, ValueError):
        pass
    fallback = list(fallback or [])
    for i in range(len(names), n):
        names.append(fallback[i] if i < len(fallback) else f"argument {i + 1}")
    return names[:n]


def _timeout_advice(fn) -> str:
    found = _rules.function_source(fn)
    tree = _rules._parse(found[0]) if found else None
    if tree is not None:
        import ast
        if any(isinstance(n, ast.While) for n in ast.walk(tree)):
            return (" It has a `while` loop: does its condition ever become False? A "
                    "missing `i += 1` (or a step that never reaches the end) loops for ever.")
        if any(isinstance(n, ast.For) for n in ast.walk(tree)):
            return (" Does a `for` loop run over a list that the loop itself keeps "
                    "growing, or over a huge range?")
    return " Is there a loop that never ends?"


def _as_case(c) -> Case:
    if isinstance(c, Case):
        return c
    return Case(c if isinstance(c, tuple) else (c,))


def check_function(exercise: str, fn: Callable, reference: Callable, cases: Sequence,
                   *, hint: str | None = None, rtol: float = 1e-6, atol: float = 1e-9,
                   alternatives: Sequence[Alternative] = (), mistakes: Sequence[Mistake] = (),
                   rules: Sequence = (), allow_complex: bool = True,
                   time_limit: float | None = None, arg_names: Sequence[str] | None = None
                   ) -> Feedback:
    """Call ``fn`` and ``reference`` on each case (a :class:`Case` or a tuple of
    arguments) and compare. The first failing case is explained."""
    try:
        return _record(_check_function(exercise, fn, reference, cases, hint, rtol, atol,
                                       alternatives, mistakes, rules, allow_complex,
                                       time_limit, arg_names))
    except KeyboardInterrupt:
        return _record(Feedback(exercise, FAILED, "the check was interrupted.", hint,
                                kind="interrupted"))
    except BaseException as exc:  # pragma: no cover - the checker must never crash
        return _record(Feedback(exercise, FAILED, f"could not check this answer ({exc!r}).",
                                hint, kind="checker-error"))


def _check_function(exercise, fn, reference, cases, hint, rtol, atol, alternatives, mistakes,
                    rules, allow_complex, time_limit, arg_names) -> Feedback:
    if not callable(fn) or isinstance(fn, type):
        extra = ""
        if fn is not None and not isinstance(fn, type):
            extra = (" Pass the function itself, without calling it: "
                     f'check("{exercise}", name), not check("{exercise}", name(...)).')
        return Feedback(exercise, FAILED, f"expected a function, got a {_describe(fn)}.{extra}",
                        hint, kind="not-a-function")
    limit = TIME_LIMIT if time_limit is None else time_limit
    cases = [_as_case(c) for c in cases]
    alive = list(range(1 + len(alternatives)))
    refs = [reference] + [a.reference for a in alternatives]
    outputs: list = []    # the learner's results on the cases passed so far
    for i, case in enumerate(cases, 1):
        args = case.args
        mine = copy.deepcopy(args)
        res = _call(fn, mine, limit)
        stub = None
        if isinstance(res.error, NotImplementedError):
            stub = _stub_origin(res.error, fn)
            if stub:
                return _not_implemented(exercise, fn, res.error, hint, stub)
        if i == 1:  # not a stub: does it keep the rules the exercise states?
            problems = _rules.violations(fn, rules)
            if problems:
                lines = problems[0].split(": line ", 1)
                details = [f"line {lines[1]}"] if len(lines) == 2 else []
                return Feedback(exercise, FAILED, lines[0][0].upper() + lines[0][1:].rstrip(".")
                                + ".", hint, details, kind="requirement")
        names = _param_names(fn, len(args), arg_names)
        shown = [f"{n} = {_fmt(a)}" for n, a in zip(names, args)]
        note = [f"this case: {case.note}"] if case.note else []
        if res.timed_out:
            return Feedback(exercise, FAILED,
                            f"test case {i}: your function did not finish within {_num(limit)} s "
                            f"on a small input.{_timeout_advice(fn)}", hint,
                            note + shown, kind="timeout")
        if res.interrupted:
            return Feedback(exercise, FAILED, f"test case {i}: interrupted while your function "
                            "was running. If it never finishes, look for a loop that never "
                            "ends.", hint, note + shown, kind="interrupted")
        if res.error is not None:
            exc = res.error
            where = _user_frame(exc)
            kind, advice = _explain_exception(exc, where or "")
            return Feedback(exercise, FAILED,
                            f"your function raised {type(exc).__name__}: {exc} (test case "
                            f"{i}).{advice}", hint,
                            ([where] if where else []) + note + shown, kind=kind)
        if any(_changed(a, m) for a, m in zip(args, mine)):
            changed = [n for n, a, m in zip(names, args, mine) if _changed(a, m)]
            return Feedback(exercise, FAILED,
                            f"test case {i}: your function changed its input `{changed[0]}` in "
                            "place; work on a copy instead (for example x = x / n rather than "
                            "x /= n, or x = x.copy()).", hint, note + shown, kind="input-mutated")
        got = res.value
        quantities = quantities_of(args, names)
        expected = [None] * len(refs)
        diags: dict[int, Diagnosis] = {}
        for k in alive:
            expected[k] = refs[k](*copy.deepcopy(args))
            diags[k] = diagnose(got, expected[k], rtol=rtol, atol=atol, what="your result",
                                quantities=quantities, allow_complex=allow_complex)
        still = [k for k in alive if diags[k].ok]
        if still:
            alive = still
            outputs.append(got)
            continue
        k0 = alive[0]
        want, d = expected[k0], diags[k0]
        kind, message = d.kind, d.message
        extra: list[str] = []
        m = _matching_mistake(fn, mistakes, cases, i - 1, outputs + [got], limit, rtol, atol)
        if m is not None:
            kind, message = m.kind, m.message
        if kind == "none" and res.printed.strip():
            kind = "printed-not-returned"
            message = ("your function printed its result but returned None: print shows a "
                       "value, `return` hands it back. Replace print(...) with return ...")
        elif kind in ("nan", "inf", "underflow") or (
                kind in ("generic", "factor", "typo-huge") and _has_zero_where(got, want)):
            found = _find_fp_cause(fn, args, limit, underflow=kind not in ("nan", "inf"))
            if found:
                kind, text, where = found
                if _has_nan(got):
                    message = "your result contains NaN"
                elif _has_inf(got):
                    message = "your result contains inf"
                else:
                    message = "your result has 0 where the expected value is not 0"
                message += f": {text}."
                extra = [where] if where else []
        if res.printed.strip() and kind != "printed-not-returned":
            extra.append(f"your function printed: {_short_repr(res.printed.strip(), 120)}")
        w, g = _fmt_pair(want, got)
        return Feedback(exercise, FAILED, f"test case {i}: {message}", hint,
                        extra + note + shown + [f"expected: {w}", f"got: {g}"], kind=kind)
    used = [alternatives[k - 1].note for k in alive if k > 0]
    msg = f"well done: all {len(cases)} test cases pass."
    if alive and alive[0] != 0 and used and used[0]:
        msg += f" ({used[0]})"
    return Feedback(exercise, PASSED, msg, hint, kind="passed")


def _matching_mistake(fn, mistakes, cases, failed: int, outputs: list, limit, rtol, atol):
    """The anticipated mistake that explains the failing case: preferably one that
    also reproduces the learner's results on every other case."""
    if not mistakes:
        return None
    cache: dict[int, Any] = dict(enumerate(outputs))
    missing = object()

    def learner(j):
        if j not in cache:
            res = _call(fn, copy.deepcopy(cases[j].args), limit)
            cache[j] = missing if (res.error or res.timed_out or res.interrupted) else res.value
        return cache[j]

    def fits(m, j):
        try:
            args = copy.deepcopy(cases[j].args)
            with warnings.catch_warnings(), np.errstate(all="ignore"):
                warnings.simplefilter("ignore")
                wrong = m.wrong(*args) if callable(m.wrong) else m.wrong
        except Exception:
            return False
        got = learner(j)
        return got is not missing and diagnose(got, wrong, rtol=rtol, atol=atol).ok

    candidates = [m for m in mistakes if fits(m, failed)]
    for m in candidates:
        if all(fits(m, j) for j in range(len(cases)) if j != failed):
            return m
    return candidates[0] if candidates else None


def _has_nan(got) -> bool:
    try:
        return bool(np.any(np.isnan(np.asarray(got, dtype=complex))))
    except Exception:
        return False


def _has_inf(got) -> bool:
    try:
        return bool(np.any(np.isinf(np.asarray(got, dtype=complex))))
    except Exception:
        return False


def _has_zero_where(got, want) -> bool:
    try:
        a = np.asarray(got, dtype=float)
        e = np.asarray(want, dtype=float)
        return a.shape == e.shape and bool(np.any((a == 0) & (e != 0)))
    except Exception:
        return False


def _find_fp_cause(fn, args, limit, underflow=False):
    """Run ``fn`` again with floating-point errors raised: ``(kind, text, line)``.

    Overflow, division by zero and invalid operations first; underflow (often
    harmless) only when asked for and nothing else was found."""
    states = [dict(over="raise", divide="raise", invalid="raise", under="ignore")]
    if underflow:
        states.append(dict(all="ignore", under="raise"))
    for state in states:
        res = _call(fn, copy.deepcopy(args), limit, errstate=state)
        found = _explain_fp(res.error) if res.error is not None else None
        if found:
            return found[0], found[1], _user_frame(res.error)
    return None


# ---------------------------------------------------------------------------
# The session report
# ---------------------------------------------------------------------------

@dataclass
class Report:
    results: dict

    def counts(self) -> dict:
        out = {PASSED: 0, FAILED: 0, NOT_ATTEMPTED: 0}
        for fb in self.results.values():
            out[fb.status] += 1
        return out

    def __repr__(self) -> str:
        c = self.counts()
        lines = [f"{len(self.results)} exercises: {c[PASSED]} passed, {c[FAILED]} failed, "
                 f"{c[NOT_ATTEMPTED]} not attempted yet"]
        lines += [f"  {_ICONS[fb.status]} {name}: {fb.status}" for name, fb in self.results.items()]
        return "\n".join(lines)


def report() -> Report:
    """Summary of every exercise checked in this session."""
    return Report(dict(RESULTS))


__all__ = ["Alternative", "Case", "Diagnosis", "FAILED", "Feedback", "KINDS", "Mistake",
           "NOT_ATTEMPTED", "PASSED", "RESULTS", "Report", "TIME_LIMIT", "check_function",
           "check_value", "compare", "diagnose", "quantities_of", "report"]

