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
(:data:`TIME_LIMIT` seconds, longer for the first case, :data:`FIRST_CALL_LIMIT`,
so a slow first import is not taken for an endless loop), its printing
captured, its warnings silenced and its arguments deep-copied (so changing an
input in place is detected). When it returns NaN or inf, it is run again under
``np.errstate(all="raise")`` to find the operation and the learner's line that
produced it.

Feedback kinds
--------------
The full list, with what each means, is :data:`KINDS`. In short: ``passed``;
``not-attempted``, ``stub-not-rerun``, ``unfinished-dependency`` (status "not
attempted yet"); and for a failed check: the answer's *form* (``none``,
``printed-not-returned``, ``function-not-called``, ``not-a-function``,
``wrong-type``, ``several-values``, ``bool-for-number``, ``complex``), its *shape* (``wrong-shape``,
``transposed``, ``reshaped``, ``shape-missing-comma``), NaN and inf by cause
(``nan-sqrt-negative``, ``nan-log-negative``, ``log-zero``, ``nan-domain``,
``nan-zero-division``, ``zero-division``, ``overflow``, ``underflow``, and
``nan``/``inf`` when the cause is unknown), a telling relation to the expected
value (``wrong-sign``, ``wrong-order``, ``integer-truncated``,
``not-normalised``, ``factor-quantity``, ``wrong-count``, ``factor``, ``missing-sqrt``,
``extra-sqrt``, ``reciprocal``, ``degrees-radians``, ``typo-huge``,
``rounded``, ``inaccurate``), the way the
function behaved (``exception``, ``timeout``, ``interrupted``,
``input-mutated``, ``requirement``), a mistake the exercise itself knows
(``known-mistake``, ``wrong-axis``, ``off-by-one``, ``early-return``), and
``generic`` when nothing more specific applies; ``unknown-exercise`` and
``checker-error`` (a bug in a spec or in this module) should never be seen.
"""

from __future__ import annotations

import ast
import copy
import html
import inspect
import os
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from . import rules as _rules
from .diagnosis import (
    Diagnosis,
    _a,
    _describe,
    _fmt,
    _fmt_pair,
    _has_inf,
    _has_nan,
    _has_zero_where,
    _num,
    _short_repr,
    compare,
    diagnose,
    nonfinite_where,
    quantities_of,
)
from .running import (
    _SVD_ADVICE,
    _call,
    _edited_not_run,
    _explain_exception,
    _find_fp_cause,
    _frame_text,
    _stub_origin,
    _svd_as_values,
    _timeout_advice,
    _user_frame,
    _user_frames,
)

PASSED, FAILED, NOT_ATTEMPTED = "passed", "failed", "not attempted yet"

_ICONS = {PASSED: "✅", FAILED: "❌", NOT_ATTEMPTED: "⏳"}
_COLOURS = {PASSED: "#009E73", FAILED: "#D55E00", NOT_ATTEMPTED: "#999999"}

#: Seconds a learner's function may run on one test case (0 or None: no limit).
TIME_LIMIT: float = float(os.environ.get("MFML_CHECK_TIME_LIMIT", "2"))

#: Seconds for the FIRST test case: a correct answer that imports a large library
#: (scikit-learn, SciPy) inside the function pays for that import on its first
#: call. None: five times :data:`TIME_LIMIT` (10 s by default).
FIRST_CALL_LIMIT: float | None = (float(os.environ["MFML_CHECK_FIRST_CALL_LIMIT"])
                                  if os.environ.get("MFML_CHECK_FIRST_CALL_LIMIT") else None)

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
    "several-values": "a tuple of results (`return Q, R`) where one value was expected",
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
    "wrong-count": "a count (such as a rank) that is another number; no factor story",
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
RESULTS: dict[str, Feedback] = {}


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
    #: the exercise passed earlier in this session (report() still counts it)
    passed_before: bool = False

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
    """One test case: the arguments, and optionally the requirement it tests.
    ``raises`` is an exception type the learner's function must raise on this
    case (a singular matrix: ValueError); the reference is not called then."""

    args: tuple
    note: str | None = None
    raises: type[BaseException] | None = None


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


def _has_matrix(args) -> bool:
    """Whether a case has a matrix argument (a 2-D array or a list of rows)."""
    for a in args:
        try:
            if np.ndim(a) >= 2:
                return True
        except Exception:
            continue
    return False


def _record(fb: Feedback) -> Feedback:
    prev = RESULTS.get(fb.exercise)
    if not fb.passed and prev is not None and (prev.passed or prev.passed_before):
        fb.passed_before = True    # an experiment after a pass does not undo the pass
    RESULTS[fb.exercise] = fb
    return fb


# ---------------------------------------------------------------------------
# Stubs: not attempted, edited but not run again, or an earlier one unfinished
# ---------------------------------------------------------------------------


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
    """Did the learner's function modify an argument in place? Lists, tuples and
    dicts are compared element by element, so a list of arrays normalised in
    place (``v /= norm`` for each v) counts as changed."""
    if isinstance(before, (np.ndarray, list, tuple, dict, set)):
        return _differs(before, after)
    return False    # a number or a string cannot be changed in place


def _differs(before, after) -> bool:
    try:
        if isinstance(before, np.ndarray):
            return (not isinstance(after, np.ndarray) or before.shape != after.shape
                    or not np.array_equal(before, after, equal_nan=before.dtype.kind in "fc"))
        if isinstance(before, (list, tuple)):
            return (type(before) is not type(after) or len(before) != len(after)
                    or any(_differs(b, a) for b, a in zip(before, after)))
        if isinstance(before, dict):
            return (not isinstance(after, dict) or before.keys() != after.keys()
                    or any(_differs(before[k], after[k]) for k in before))
        if before is after:
            return False
        if isinstance(before, float) and isinstance(after, float) and before != before \
                and after != after:
            return False    # NaN stays NaN
        return bool(before != after)
    except Exception:
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


def _as_case(c) -> Case:
    if isinstance(c, Case):
        return c
    return Case(c if isinstance(c, tuple) else (c,))


#: diagnoses that make no sense for a count (a rank is not "n/(n-1) times" anything)
_COUNT_OVERRIDES = {"factor", "factor-quantity", "reciprocal", "magnitude", "sqrt", "degrees",
                    "wrong-sign", "generic", "rounded", "inaccurate", "wrong-order"}


_FIRST_CALL_NOTE = (" If it imports a large library (scikit-learn, SciPy) for the first "
                    "time, that import alone can take seconds: import it at the top of the "
                    "notebook, run that cell, then check again.")


def _count_message(got, want, count: str) -> str:
    try:
        shown = str(int(got)) if float(got) == int(got) else _fmt(got)
    except (TypeError, ValueError, OverflowError):
        shown = _fmt(got)
    try:
        expected = int(want)
    except (TypeError, ValueError, OverflowError):
        expected = want
    return f"your function returned {shown}; {count.format(expected=expected)}"


def check_function(exercise: str, fn: Callable, reference: Callable, cases: Sequence,
                   *, hint: str | None = None, rtol: float = 1e-6, atol: float = 1e-9,
                   alternatives: Sequence[Alternative] = (), mistakes: Sequence[Mistake] = (),
                   rules: Sequence = (), allow_complex: bool = True,
                   time_limit: float | None = None, arg_names: Sequence[str] | None = None,
                   count: str | None = None,
                   advice: Callable[[BaseException], str | None] | None = None,
                   near_miss: str | None = None) -> Feedback:
    """Call ``fn`` and ``reference`` on each case (a :class:`Case` or a tuple of
    arguments) and compare. The first failing case is explained.

    ``count`` marks an answer that is a count (a rank, a number of steps): a
    wrong count is not "n/(n-1) times the expected one" but simply another
    number, said as "your function returned 3; " + ``count`` with the expected
    value in ``{expected}`` (for example "this matrix has rank {expected}").

    ``advice`` lets an exercise replace the generic advice for an exception the
    learner's function raised: it returns its own sentence, or None to keep the
    generic one (for example, an exercise that forbids ``lstsq`` must not point
    a tall ``np.linalg.solve`` to it). ``near_miss`` is the exercise's own explanation
    of an answer that is close but not accurate enough, in place of the generic causes
    (see :func:`mfml.diagnosis.diagnose`)."""
    try:
        return _record(_check_function(exercise, fn, reference, cases, hint, rtol, atol,
                                       alternatives, mistakes, rules, allow_complex,
                                       time_limit, arg_names, count, advice, near_miss))
    except KeyboardInterrupt:
        return _record(Feedback(exercise, FAILED, "the check was interrupted.", hint,
                                kind="interrupted"))
    except BaseException as exc:  # pragma: no cover - the checker must never crash
        return _record(Feedback(exercise, FAILED, f"could not check this answer ({exc!r}).",
                                hint, kind="checker-error"))


def _check_function(exercise, fn, reference, cases, hint, rtol, atol, alternatives, mistakes,
                    rules, allow_complex, time_limit, arg_names, count=None,
                    advice=None, near_miss=None) -> Feedback:
    if not callable(fn) or isinstance(fn, type):
        extra = ""
        if fn is not None and not isinstance(fn, type):
            extra = (" Pass the function itself, without calling it: "
                     f'check("{exercise}", name), not check("{exercise}", name(...)).')
        return Feedback(exercise, FAILED, f"expected a function, got {_a(_describe(fn))}.{extra}",
                        hint, kind="not-a-function")
    limit = TIME_LIMIT if time_limit is None else time_limit
    cases = [_as_case(c) for c in cases]
    alive = list(range(1 + len(alternatives)))
    refs = [reference] + [a.reference for a in alternatives]
    outputs: list = []    # the learner's results on the cases passed so far
    first_limit = limit
    if time_limit is None and limit:
        first_limit = max(limit, FIRST_CALL_LIMIT if FIRST_CALL_LIMIT is not None
                          else 5 * limit)
    for i, case in enumerate(cases, 1):
        args = case.args
        mine = copy.deepcopy(args)
        res = _call(fn, mine, first_limit if i == 1 else limit)
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
                            f"test case {i}: your function did not finish within "
                            f"{_num(first_limit if i == 1 else limit)} s on a small input."
                            f"{_timeout_advice(fn)}{_FIRST_CALL_NOTE if i == 1 else ''}", hint,
                            note + shown, kind="timeout")
        if res.interrupted:
            return Feedback(exercise, FAILED, f"test case {i}: interrupted while your function "
                            "was running. If it never finishes, look for a loop that never "
                            "ends.", hint, note + shown, kind="interrupted")
        if case.raises is not None:
            wanted = case.raises.__name__
            if isinstance(res.error, case.raises):
                outputs.append(None)
                continue
            if res.error is None:
                return Feedback(exercise, FAILED,
                                f"test case {i}: your function returned "
                                f"{_fmt(res.value)}; on this case it must "
                                f"raise {wanted} (raise {wanted}(\"...\")).", hint,
                                note + shown, kind="requirement")
            exc = res.error
            where = _user_frame(exc)
            return Feedback(exercise, FAILED,
                            f"test case {i}: your function raised {type(exc).__name__}: {exc}; "
                            f"on this case it must raise {wanted} (raise {wanted}(\"...\")).",
                            hint, ([where] if where else []) + note + shown, kind="exception")
        if res.error is not None:
            exc = res.error
            where = _user_frame(exc)
            kind, said = _explain_exception(exc, where or "", fn)
            own = advice(exc) if advice is not None else None
            if own:
                said = f" {own}"
            return Feedback(exercise, FAILED,
                            f"your function raised {type(exc).__name__}: {exc} (test case "
                            f"{i}).{said}", hint,
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
                                quantities=quantities, allow_complex=allow_complex,
                                near_miss=near_miss, matrix_input=_has_matrix(args))
        still = [k for k in alive if diags[k].ok]
        if still:
            alive = still
            outputs.append(got)
            continue
        k0 = alive[0]
        want, d = expected[k0], diags[k0]
        kind, message = d.kind, d.message
        extra: list[str] = []
        m = _matching_mistake(fn, mistakes, cases, i - 1, outputs + [got], limit, rtol, atol,
                              expected=want)
        if count is not None and kind in _COUNT_OVERRIDES:
            # a count is right or wrong: no factor, quantity or rounding story
            kind, message = "wrong-count", _count_message(got, want, count) + "."
        if kind == "several-values":
            message = _name_the_value(fn, got, want, message)
        if isinstance(want, (bool, np.bool_)) and isinstance(got, (bool, np.bool_)):
            which = f"for this case ({case.note})" if case.note else "for this case"
            message = f"you returned {bool(got)}; {which} the answer is {bool(want)}."
        if m is not None:
            kind, message = m.kind, m.message
            if count is not None and d.kind in _COUNT_OVERRIDES:
                message = f"{_count_message(got, want, count)}. {message[0].upper()}{message[1:]}"
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
                    message = f"your result contains NaN{nonfinite_where(got)}"
                elif _has_inf(got):
                    message = f"your result contains inf{nonfinite_where(got)}"
                else:
                    message = "your result has 0 where the expected value is not 0"
                message += f": {text}" + ("" if text.endswith(("?", ".", "!")) else ".")
                extra = [where] if where else []
        if kind in ("wrong-shape", "reshaped") and _svd_as_values(fn):
            message = f"{message.rstrip('.')}.{_SVD_ADVICE}"
        if res.printed.strip() and kind != "printed-not-returned":
            extra.append(f"your function printed: {_short_repr(res.printed.strip(), 120)}")
        # with NaN or inf the message says where: the arrays need not be printed whole
        w, g = _fmt_pair(want, got, edgeitems=1 if _has_nan(got) or _has_inf(got) else 3)
        return Feedback(exercise, FAILED, f"test case {i}: {message}", hint,
                        extra + note + shown + [f"expected: {w}", f"got: {g}"], kind=kind)
    used = [alternatives[k - 1].note for k in alive if k > 0]
    msg = f"well done: all {len(cases)} test cases pass."
    if alive and alive[0] != 0 and used and used[0]:
        msg += f" ({used[0]})"
    return Feedback(exercise, PASSED, msg, hint, kind="passed")


def _name_the_value(fn, got, want, message: str) -> str:
    """For ``return Q, R`` where Q alone was expected: name Q from the source."""
    found = _rules.function_source(fn)
    tree = _rules._parse(found[0]) if found else None
    if tree is None or not isinstance(got, (tuple, list)):
        return message
    returns = [n.value for n in ast.walk(tree) if isinstance(n, ast.Return)
               and isinstance(n.value, ast.Tuple) and len(n.value.elts) == len(got)]
    if len(returns) != 1:
        return message
    try:
        names = [ast.unparse(e) for e in returns[0].elts]
        fits = [i for i, v in enumerate(got) if np.shape(v) == np.shape(want)]
    except Exception:  # an odd value: keep the general message
        return message
    if not fits or (fits[0] != 0 and len(fits) > 1) or not isinstance(
            returns[0].elts[fits[0]], ast.Name) or any(len(n) > 30 for n in names):
        return message
    keep = names[fits[0]]
    head = message.split(": return only", 1)[0]
    return f"{head}: return only {keep} (`return {keep}`, not `return {', '.join(names)}`)."


def _matching_mistake(fn, mistakes, cases, failed: int, outputs: list, limit, rtol, atol,
                      expected: Any = None):
    """The anticipated mistake that explains the failing case: preferably one that
    also reproduces the learner's results on every other case. A mistake that
    gives the expected value on the failing case explains nothing there."""
    if not mistakes:
        return None
    cache: dict[int, Any] = dict(enumerate(outputs))
    missing = object()
    slow = []

    def learner(j):
        if j not in cache:
            if slow:   # one time-out is enough: do not wait for every case
                return missing
            res = _call(fn, copy.deepcopy(cases[j].args), limit)
            if res.timed_out or res.interrupted:
                slow.append(j)
            cache[j] = missing if (res.error or res.timed_out or res.interrupted) else res.value
        return cache[j]

    def fits(m, j, unknown=False):
        """Does mistake m reproduce the learner's result on case j? ``unknown`` is
        the answer when either result is unavailable (an error, a time-out) or the
        learner's is NaN or inf (which says nothing about the formula behind it)."""
        try:
            args = copy.deepcopy(cases[j].args)
            with warnings.catch_warnings(), np.errstate(all="ignore"):
                warnings.simplefilter("ignore")
                wrong = m.wrong(*args) if callable(m.wrong) else m.wrong
        except Exception:
            return unknown
        got = learner(j)
        if got is missing:
            return unknown
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")   # a mistake may well give NaN
            if diagnose(got, wrong, rtol=rtol, atol=atol).ok \
                    or _same_nonfinite(got, wrong, rtol, atol):
                return True
        # NaN or inf on either side (the mistake's formula may not survive a
        # degenerate case the learner's does) is no evidence either way
        if unknown and any(f(x) for f in (_has_nan, _has_inf) for x in (got, wrong)):
            return unknown
        return False

    def right_there(m):
        try:
            with warnings.catch_warnings(), np.errstate(all="ignore"):
                warnings.simplefilter("ignore")
                args = copy.deepcopy(cases[failed].args)
                wrong = m.wrong(*args) if callable(m.wrong) else m.wrong
                return diagnose(wrong, expected, rtol=rtol, atol=atol).ok
        except Exception:
            return False

    others = [j for j in range(len(cases)) if j != failed and cases[j].raises is None]
    candidates = [m for m in mistakes if fits(m, failed) and not right_there(m)]
    for m in candidates:
        if all(fits(m, j) for j in others):
            return m
    # A mistake that matches the failing case by coincidence (a degenerate case where
    # many wrong formulas agree) but not the learner's other results is not theirs.
    for m in candidates:
        if all(fits(m, j, unknown=True) for j in others):
            return m
    return None


def _same_nonfinite(got, wrong, rtol, atol) -> bool:
    """Do two results with NaN or inf agree, NaN for NaN and inf for inf? (A
    mistake that divides by a zero sum reproduces the learner's inf exactly.)"""
    try:
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            if np.iscomplexobj(got) or np.iscomplexobj(wrong):
                return False
            a = np.asarray(got, dtype=float)
            b = np.asarray(wrong, dtype=float)
            return a.shape == b.shape and not np.all(np.isfinite(a)) \
                and bool(np.allclose(a, b, rtol=rtol, atol=atol, equal_nan=True))
    except Exception:
        return False


# ---------------------------------------------------------------------------
# The session report
# ---------------------------------------------------------------------------

@dataclass
class Report:
    results: dict

    def counts(self) -> dict:
        out = {PASSED: 0, FAILED: 0, NOT_ATTEMPTED: 0}
        for fb in self.results.values():
            out[PASSED if fb.passed_before else fb.status] += 1
        return out

    def __repr__(self) -> str:
        c = self.counts()
        lines = [f"{len(self.results)} exercises: {c[PASSED]} passed, {c[FAILED]} failed, "
                 f"{c[NOT_ATTEMPTED]} not attempted yet"]
        for name, fb in self.results.items():
            if fb.passed_before:
                lines.append(f"  {_ICONS[PASSED]} {name}: passed (your last attempt: "
                             f"{fb.status})")
            else:
                lines.append(f"  {_ICONS[fb.status]} {name}: {fb.status}")
        return "\n".join(lines)


def report() -> Report:
    """Summary of every exercise checked in this session."""
    return Report(dict(RESULTS))


__all__ = ["Alternative", "Case", "Diagnosis", "FAILED", "Feedback", "KINDS", "Mistake",
           "FIRST_CALL_LIMIT", "NOT_ATTEMPTED", "PASSED", "RESULTS", "Report", "TIME_LIMIT",
           "check_function", "check_value", "compare", "diagnose", "quantities_of", "report"]

