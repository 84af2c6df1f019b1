"""Answer checking for the practice notebooks.

Two calls cover every exercise::

    check_value("dot-angle", angle, expected=np.pi / 3, hint="...")
    check_function("dot-unit", unit_vector, reference=ref_unit, cases=[(v,), (w,)], hint="...")

Both return a :class:`Feedback` that shows as a coloured box in Jupyter and as
plain text elsewhere. They never raise: a wrong answer is explained (wrong
shape, transposed, not normalised, returned None, NaN or inf, wrong sign, off by
a constant factor, wrong type, ...), and an exception raised by the learner's
own function is reported as theirs, with the line it came from.

An exercise whose answer is still the placeholder (``None`` for a value, a
function body that raises ``NotImplementedError``) is "not attempted yet".
:func:`report` summarises the session.
"""

from __future__ import annotations

import html
import linecache
import copy
import os
import sysconfig
import traceback
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

import numpy as np

PASSED, FAILED, NOT_ATTEMPTED = "passed", "failed", "not attempted yet"

_ICONS = {PASSED: "✅", FAILED: "❌", NOT_ATTEMPTED: "⏳"}
_COLOURS = {PASSED: "#009E73", FAILED: "#D55E00", NOT_ATTEMPTED: "#999999"}

#: exercise id -> latest Feedback, in the order first checked.
RESULTS: dict[str, "Feedback"] = {}


@dataclass
class Feedback:
    exercise: str
    status: str
    message: str
    hint: str | None = None
    details: list[str] = field(default_factory=list)

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


def _record(fb: Feedback) -> Feedback:
    RESULTS[fb.exercise] = fb
    return fb


def _describe(x: Any) -> str:
    if isinstance(x, np.ndarray):
        return f"array of shape {x.shape}, dtype {x.dtype}"
    return type(x).__name__


def _fmt(x: Any) -> str:
    try:
        with np.printoptions(precision=4, suppress=True, threshold=20):
            return repr(np.asarray(x)) if isinstance(x, (np.ndarray, list, tuple)) else repr(x)
    except Exception:  # ragged lists and other things numpy cannot hold
        return f"{repr(x)[:200]}"


def compare(answer: Any, expected: Any, *, rtol: float = 1e-6, atol: float = 1e-9,
            what: str = "your answer") -> tuple[bool, str]:
    """Diagnose ``answer`` against ``expected``: ``(ok, explanation)``. Never raises."""
    if answer is None:
        return False, (f"{what} is None. If this is a function, did you forget the "
                       "`return` statement?")
    if callable(answer) and not isinstance(answer, np.ndarray):
        return False, (f"{what} is a function ({getattr(answer, '__name__', '?')}), not a "
                       "value: did you forget to call it with ( )?")
    if isinstance(expected, (bool, np.bool_)):
        if isinstance(answer, (bool, np.bool_)):
            return (bool(answer) == bool(expected),
                    "correct" if bool(answer) == bool(expected) else f"{what} should be the other truth value")
        return False, f"{what} should be True or False, but it is a {_describe(answer)}"
    if isinstance(answer, (str, bytes, dict, set)):
        return False, (f"{what} has the wrong type: expected a number or array, got a "
                       f"{type(answer).__name__} ({answer!r:.40})")
    try:
        a = np.asarray(answer)
    except Exception:  # ragged lists and exotic objects
        return False, f"{what} could not be read as a number or an array ({_describe(answer)})"
    e = np.asarray(expected, dtype=float)
    if a.dtype == object or not (np.issubdtype(a.dtype, np.number) or a.dtype == bool):
        return False, (f"{what} has the wrong type: expected numbers, got "
                       f"{_describe(answer)} with elements of type "
                       f"{type(a.flat[0]).__name__ if a.size else '?'}")
    if np.iscomplexobj(a):
        if np.allclose(a.imag, 0):
            a = a.real
        else:
            return False, f"{what} is complex ({_fmt(answer)}); a real result was expected"
    a = a.astype(float)
    if not np.all(np.isfinite(a)):
        bad = "NaN" if np.any(np.isnan(a)) else "inf"
        where = "" if a.ndim == 0 else f" at index {tuple(int(i) for i in np.argwhere(~np.isfinite(a))[0])}"
        return False, (f"{what} contains {bad}{where}. NaN usually comes from 0/0 (for example "
                       "dividing by the norm of a zero vector); inf from dividing by zero "
                       "or overflow.")
    if e.ndim == 0 and a.size == 1:
        a = a.reshape(())
    if a.shape != e.shape:
        if a.ndim == 2 and a.shape == e.shape[::-1] and np.allclose(a.T, e, rtol=rtol, atol=atol):
            return False, (f"{what} is transposed: shape {a.shape}, expected {e.shape}. "
                           "Check which axis holds the samples and which the features.")
        if a.size == e.size and np.allclose(a.reshape(e.shape), e, rtol=rtol, atol=atol):
            return False, (f"{what} has the right numbers in the wrong shape: {a.shape}, "
                           f"expected {e.shape}.")
        return False, f"{what} has the wrong shape: {a.shape}, expected {e.shape}."
    if np.allclose(a, e, rtol=rtol, atol=atol):
        return True, "correct"
    if np.any(e != 0) and np.allclose(-a, e, rtol=rtol, atol=atol):
        return False, f"{what} has the wrong sign: it is exactly the negative of the expected result."
    if e.ndim == 0:
        return False, _scalar_hint(float(a), float(e), what)
    ee = float(np.sum(e * e))
    if ee > 0:
        c = float(np.sum(a * e)) / ee
        if abs(c) > 1e-12 and np.allclose(a, c * e, rtol=rtol, atol=atol):
            if e.ndim == 1 and np.isclose(np.sqrt(ee), 1.0) and c > 0:
                return False, (f"{what} points the right way but is not normalised: its length "
                               f"is {np.linalg.norm(a):.4g}, it should be 1.")
            return False, (f"{what} is off by a constant factor: it is {c:.4g} times the "
                           "expected result (a missing division, a square, or a factor of 2?).")
    idx = np.unravel_index(int(np.argmax(np.abs(a - e))), e.shape)
    return False, (f"{what} differs from the expected result; the largest difference is at "
                   f"index {tuple(int(i) for i in idx)}.")


def _scalar_hint(a: float, e: float, what: str) -> str:
    """A wrong single number: name the ratio only when it is a telling one."""
    plain = f"{what} ({a:.6g}) is not the expected value."
    if e == 0 or a == 0:
        return plain
    ratios = {180 / np.pi: "it looks like degrees where radians were expected",
              np.pi / 180: "it looks like radians where degrees were expected",
              2.0: "it is twice the expected value", 0.5: "it is half the expected value"}
    for r, say in ratios.items():
        if np.isclose(a / e, r, rtol=1e-6):
            return f"{plain[:-1]}: {say}."
    return plain


def check_value(exercise: str, answer: Any, expected: Any, *, hint: str | None = None,
                rtol: float = 1e-6, atol: float = 1e-9) -> Feedback:
    """Check a value the learner computed. ``None`` means not attempted yet."""
    try:
        if answer is None or answer is Ellipsis:
            return _record(Feedback(exercise, NOT_ATTEMPTED,
                                    "replace None with your answer and run the cell again.", hint))
        ok, msg = compare(answer, expected, rtol=rtol, atol=atol)
        return _record(Feedback(exercise, PASSED if ok else FAILED,
                                "well done." if ok else msg, hint))
    except Exception as exc:  # pragma: no cover - the checker must never crash
        return _record(Feedback(exercise, FAILED, f"could not check this answer ({exc!r}).", hint))


def _library_dirs() -> tuple[str, ...]:
    paths = sysconfig.get_paths()
    dirs = {os.path.dirname(os.path.abspath(__file__))}
    dirs |= {os.path.abspath(paths[k]) for k in ("stdlib", "platstdlib", "purelib", "platlib")
             if k in paths}
    return tuple(d + os.sep for d in dirs)


def _user_frame(exc: BaseException) -> str | None:
    """The innermost traceback line in the learner's own code (not in this
    package, the standard library or an installed package such as numpy)."""
    libs = _library_dirs()
    tb = traceback.extract_tb(exc.__traceback__)
    user = [f for f in tb if not os.path.abspath(f.filename).startswith(libs)]
    if not user:
        return None
    f = user[-1]
    src = f.line or linecache.getline(f.filename, f.lineno).strip()
    where = f"line {f.lineno} of {f.name}()"
    return f"{where}: {src}" if src else where


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


def check_function(exercise: str, fn: Callable, reference: Callable, cases: Sequence,
                   *, hint: str | None = None, rtol: float = 1e-6, atol: float = 1e-9) -> Feedback:
    """Call ``fn`` and ``reference`` on each case (a tuple of arguments) and compare."""
    try:
        if not callable(fn):
            return _record(Feedback(exercise, FAILED,
                                    f"expected a function, got a {_describe(fn)}.", hint))
        for i, args in enumerate(cases, 1):
            args = args if isinstance(args, tuple) else (args,)
            mine = copy.deepcopy(args)
            try:
                got = fn(*mine)
            except NotImplementedError:
                return _record(Feedback(exercise, NOT_ATTEMPTED,
                                        "write the body of the function and run the cell again.",
                                        hint))
            except Exception as exc:
                where = _user_frame(exc)
                return _record(Feedback(
                    exercise, FAILED,
                    f"your function raised {type(exc).__name__}: {exc} (test case {i}).",
                    hint, [where] if where else []))
            if any(_changed(a, m) for a, m in zip(args, mine)):
                return _record(Feedback(exercise, FAILED,
                                        "your function changed its input in place; "
                                        "work on a copy instead (for example x = x.copy()).",
                                        hint))
            want = reference(*args)
            ok, msg = compare(got, want, rtol=rtol, atol=atol, what="the result")
            if not ok:
                shown = ", ".join(_fmt(a) for a in args)
                return _record(Feedback(exercise, FAILED, f"test case {i}: {msg}", hint,
                                        [f"input: {shown}", f"expected: {_fmt(want)}",
                                         f"got: {_fmt(got)}"]))
        return _record(Feedback(exercise, PASSED, f"well done: all {len(cases)} test cases pass."))
    except Exception as exc:  # pragma: no cover - the checker must never crash
        return _record(Feedback(exercise, FAILED, f"could not check this answer ({exc!r}).", hint))


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
