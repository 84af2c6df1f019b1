"""What is wrong with a value: :func:`diagnose` (and :func:`compare`).

Reads an answer as numbers (lists, NumPy scalars, ``Fraction``, ``Decimal``,
SymPy numbers and matrices), widens the tolerance for float32 and float16
answers, and names the mistake: a wrong shape, a transposition, NaN or inf,
a wrong sign or order, an integer truncation, a factor (a named quantity of
the input when one fits), a missing square root, degrees for radians, a
typo-sized ratio, rounding. Each diagnosis has a ``kind`` from
:data:`mfml.check.KINDS`. Part of :mod:`mfml.check`, which re-exports the
public names.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, NamedTuple

import numpy as np


class Diagnosis(NamedTuple):
    ok: bool
    kind: str
    message: str


# -- showing values ------------------------------------------------------------

def _describe(x: Any) -> str:
    if isinstance(x, np.ndarray):
        return f"array of shape {x.shape}, dtype {x.dtype}"
    return type(x).__name__


def _a(noun: str) -> str:
    """``noun`` with its article: "a list", "an int", "an array of shape (3,)"."""
    return f"{'an' if noun[:1].lower() in 'aeio' else 'a'} {noun}"


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


def _fmt(x: Any, digits: int = 4, edgeitems: int = 3) -> str:
    """A value printed compactly for a message: numbers plainly, arrays on one line."""
    try:
        if x is None or isinstance(x, (str, bytes)):
            return _short_repr(x)
        if isinstance(x, (bool, np.bool_, int, float, complex, np.number, Fraction, Decimal)):
            return _num(x, digits)
        if _is_sympy(x) and not getattr(x, "is_Matrix", False):
            return str(x)
        if isinstance(x, (list, tuple)) and 1 < len(x) <= 6 and any(
                isinstance(v, np.ndarray) and v.ndim for v in x) and \
                len({np.shape(v) for v in x}) > 1:
            # several results (return Q, R): each on one line
            inner = ", ".join(_fmt(v, digits, edgeitems) for v in x)
            return f"({inner})" if isinstance(x, tuple) else f"[{inner}]"
        if isinstance(x, (np.ndarray, list, tuple)) or getattr(x, "is_Matrix", False):
            a, _ = _to_array(x)
            if a.ndim == 0:
                return _num(a[()], digits)
            s = np.array2string(a, precision=digits, separator=", ", threshold=12,
                                edgeitems=edgeitems, max_line_width=10**6,
                                floatmode="maxprec")
            s = re.sub(r"\s+", " ", s)
            return re.sub(r"\s+([\],])", r"\1", re.sub(r"\[\s+", "[", s))
    except Exception:
        pass
    return _short_repr(x)


def _fmt_pair(want: Any, got: Any, edgeitems: int = 3) -> tuple[str, str]:
    """Expected and got, with enough digits that they do not print the same."""
    for digits in (4, 6, 8, 12, 17):
        w, g = _fmt(want, digits, edgeitems), _fmt(got, digits, edgeitems)
        if w != g:
            return w, g
    return w, g


# -- reading an answer as numbers -----------------------------------------------

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
    raise _NotNumeric(f"has the wrong type: expected numbers, got {_a(type(x).__name__)}")


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


# -- the diagnosis -------------------------------------------------------------

def compare(answer: Any, expected: Any, *, rtol: float = 1e-6, atol: float = 1e-9,
            what: str = "your answer") -> tuple[bool, str]:
    """``(ok, explanation)`` for ``answer`` against ``expected``. Never raises."""
    d = diagnose(answer, expected, rtol=rtol, atol=atol, what=what)
    return d.ok, d.message


def diagnose(answer: Any, expected: Any, *, rtol: float = 1e-6, atol: float = 1e-9,
             what: str = "your answer", quantities: Sequence = (), as_shape: bool = False,
             allow_complex: bool = True, reveal: bool = True,
             near_miss: str | None = None, matrix_input: bool | None = None) -> Diagnosis:
    """Diagnose ``answer`` against ``expected``: ``Diagnosis(ok, kind, message)``.

    ``quantities`` are ``(value, label, if_times, if_divided)`` tuples (see
    :func:`quantities_of`) used to name a factor. ``reveal=False`` keeps the
    expected value out of the message (for pencil-and-paper answers).
    ``near_miss`` replaces the generic list of causes of an answer that is close
    but not accurate enough (an exercise that knows its own causes: a step size);
    ``matrix_input=False`` (the case had no matrix argument) leaves "forming
    X.T @ X" out of that list."""
    try:
        return _diagnose(answer, expected, rtol, atol, what, quantities, as_shape,
                         allow_complex, reveal, near_miss, matrix_input)
    except Exception as exc:  # pragma: no cover - the checker must never crash
        return Diagnosis(False, "checker-error",
                         f"could not check {what} ({type(exc).__name__}: {exc}).")


def _diagnose(answer, expected, rtol, atol, what, quantities, as_shape, allow_complex,
              reveal, near_miss=None, matrix_input=None) -> Diagnosis:
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
                             "correct" if ok else f"{what} is {bool(answer)}; the answer is "
                             f"{bool(expected)}")
        return Diagnosis(False, "wrong-type",
                         f"{what} should be True or False, but it is {_a(_describe(answer))}")
    if isinstance(expected, str):  # a word (a label such as "saddle"), compared as text
        if isinstance(answer, str):
            ok = answer.strip().lower() == expected.lower()
            return Diagnosis(ok, "passed" if ok else "generic",
                             "correct" if ok else f"{what} is {answer!r:.40}"
                             + (f"; the answer is {expected!r}" if reveal else ""))
        return Diagnosis(False, "wrong-type", f"{what} should be a word (a str such as "
                         f"{expected!r}), but it is {_a(_describe(answer))}")
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
                         f"or array, got {_a(type(answer).__name__)} ({_short_repr(answer, 40)})")
    d = _several_values(answer, expected, what)
    if d:
        return d
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
    # a count, a rank, a number of flops: "numerically unstable" makes no sense
    whole = isinstance(expected, (int, np.integer)) and not isinstance(expected, bool) or (
        isinstance(expected, (np.ndarray, list, tuple))
        and np.issubdtype(np.asarray(expected).dtype, np.integer))
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
    for check in (_integer_truncated, _integer_just_below, _wrong_sign, _transposed_square,
                  _wrong_order, _degrees, _sqrt, _factor, _reciprocal, _magnitude,
                  _integer_dtype, _rounded, _inaccurate):
        d = check(af, e, rt, at, what, quantities=quantities, integer=integer_answer,
                  whole=whole, near_miss=near_miss, matrix_input=matrix_input)
        if d:
            return d
    return _generic(af, e, what, reveal)


def _several_values(answer, expected, what) -> Diagnosis | None:
    """A tuple or list of several results (``return Q, R``) where one value was
    expected: not a list of numbers or rows, but arrays, or items of different
    shapes."""
    if not isinstance(answer, (tuple, list)) or len(answer) < 2:
        return None
    try:
        e = np.asarray(expected, dtype=float)
        shapes = [np.shape(v) for v in answer]
    except Exception:
        return None
    arrays = any(isinstance(v, np.ndarray) and v.ndim >= 1 for v in answer)
    if not arrays and (len(set(shapes)) == 1 or not isinstance(answer, tuple)):
        return None       # a list of numbers or of rows: judged as an array
    if len(set(shapes)) == 1 and (len(answer), *shapes[0]) == e.shape:
        return None       # a list of arrays, one a row: an array of the right shape
    kind = type(answer).__name__
    n = len(answer)
    wanted = "one number" if e.ndim == 0 else f"one array of shape {e.shape}"
    fits = [i for i, sh in enumerate(shapes) if sh == e.shape]
    if fits and (fits[0] == 0 or len(fits) == 1):
        which = ["first", "second", "third", "fourth"][fits[0]] if fits[0] < 4 \
            else f"item {fits[0]}"
        shown = "a number" if e.ndim == 0 else f"the array of shape {e.shape}"
        example = " (as in `return Q`, not `return Q, R`)" if fits[0] == 0 else ""
        return Diagnosis(False, "several-values",
                         f"{what} is {_a(kind)} of {n} values; the exercise asks for "
                         f"{wanted}: return only the {which}, {shown}{example}.")
    got = ", ".join(f"shape {sh}" if sh else "a number" for sh in shapes[:4])
    more = ", ..." if n > 4 else ""
    return Diagnosis(False, "several-values",
                     f"{what} is {_a(kind)} of {n} values ({got}{more}); the exercise asks "
                     f"for {wanted}.")


def nonfinite_where(got: Any) -> str:
    """Where a result holds its first NaN (or else inf): `` (got[3, 3] = nan, 1
    of 16 entries)``; empty for a number or a result with none."""
    try:
        a = np.asarray(got, dtype=complex)
    except Exception:
        return ""
    if a.ndim == 0 or a.size == 0:
        return ""
    bad = np.isnan(a)
    if not np.any(bad):
        bad = ~np.isfinite(a)
    idx = np.argwhere(bad)
    if not len(idx):
        return ""
    first = tuple(int(i) for i in idx[0])
    value = _num(np.asarray(got)[first])
    count = f"{len(idx)} of {a.size} entries" if len(idx) > 1 else f"1 of {a.size} entries"
    return f" (got[{', '.join(map(str, first))}] = {value}, {count})"


def _nonfinite(a: np.ndarray, e: np.ndarray, what: str) -> Diagnosis | None:
    if e.size and a.size == e.size and np.all(np.isinf(e)) \
            and np.array_equal(a.reshape(e.shape), e):
        return None   # the expected value is itself +-inf (log 0 = -inf): equal, correct
    if np.all(np.isfinite(a)):
        if np.any(a == 0) and e.shape == a.shape:
            tiny = (a == 0) & (e != 0) & (np.abs(e) < 1e-290)
            if np.any(tiny):
                return Diagnosis(False, "underflow", f"{what} is 0 where the expected value "
                                 "is tiny but not 0: a product of small numbers underflowed "
                                 "(fell below about 1e-308). Work with logarithms instead.")
        return None
    bad = np.isnan(a)
    where = nonfinite_where(a)
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
        return Diagnosis(False, "wrong-type", f"{what} is {_a(type(answer).__name__)}; a shape "
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


# -- the telling relations, tried in order by _diagnose -------------------------

def _close(a, b, rt, at) -> bool:
    with np.errstate(all="ignore"):
        return bool(np.all(np.isfinite(b)) and np.allclose(a, b, rtol=rt, atol=at))


def _unnormalised(a, e, rt, at) -> bool:
    """Is ``a`` a positive multiple (not 1) of the unit vector ``e``? Then a
    whole-number or squared-looking answer is a vector not normalised, which
    happens whenever the entries of ``e`` all have the same size."""
    ee = float(np.sum(e * e))
    if e.ndim != 1 or e.size < 2 or not np.isclose(ee, 1.0):
        return False
    c = float(np.sum(a * e)) / ee
    return c > 1e-12 and not np.isclose(c, 1.0) and _close(a, c * e, rt, at)


def _integer_truncated(a, e, rt, at, what, integer=False, **_) -> Diagnosis | None:
    frac = not np.allclose(e, np.round(e))
    if not frac or (not integer and _unnormalised(a, e, rt, at)):
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


def _integer_just_below(a, e, rt, at, what, integer=False, **_) -> Diagnosis | None:
    """Integers where the expected values are whole numbers up to rounding, and
    one just below a whole number (3.9999999999999996) was cut down (to 3)."""
    if not integer or not np.allclose(e, np.round(e)):
        return None
    low = (np.trunc(e) != np.round(e)) & (a == np.trunc(e))
    if not np.any(low) or not _close(a, np.where(low, np.trunc(e), np.round(e)), 0, 0):
        return None
    i = int(np.argmax(low.ravel()))
    v = float(e.ravel()[i])
    return Diagnosis(False, "integer-truncated",
                     f"{what} is made of integers, and {v!r}, a whole number up to rounding, "
                     f"became {int(np.trunc(v))}: int() and an integer dtype cut the "
                     "fractional part off, toward zero. Keep floats (and round, if you must, "
                     "with np.round).")


def _integer_dtype(a, e, rt, at, what, integer=False, **_) -> Diagnosis | None:
    # only for arrays: a single whole number that is simply wrong (t = 4 where
    # 1.5 is expected) was typed, not truncated by a dtype
    if integer and a.size >= 2 and not np.allclose(e, np.round(e)):
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
    if not interesting or _unnormalised(a, e, rt, at):
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
    if (e.ndim == 1 and e.size > 1 and np.all(e >= 0) and np.isclose(e.sum(), 1.0)
            and c > 0 and not np.isclose(c, 1.0)):
        return Diagnosis(False, "not-normalised", f"{what} points the right way, but a "
                         "probability vector's entries add up to 1 and yours add up to "
                         f"{_num(a.sum())}: divide by their sum.")
    if times:
        return Diagnosis(False, "factor-quantity", times)
    for p in _TEN_POWERS:
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
    if abs(c - 1.0) < 1e-3:
        # "1 times the expected result" is no factor: a few digits off (a step
        # too large, float32) is said by the "agrees to only k digits" message
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
        power = round(math.log10(r))
        return Diagnosis(False, "typo-huge", f"{what} ({_num(a)}) is about 1e{power:+d} times "
                         f"the expected value, orders of magnitude {size}: a typo in a "
                         "number, or a missing division?")
    return None


def _rounded(a, e, rt, at, what, **_) -> Diagnosis | None:
    """The answer is the expected value rounded to d decimal places. Compared
    relatively (atol=0): on values of 1e-6 an absolute 1e-12 would call any value
    "rounded to 6 places" that is within 1e-12 of a multiple of 1e-6."""
    if not np.any(a != 0):
        return None
    for d in range(1, 7):   # the fewest decimals that write the answer
        if np.allclose(a, np.round(a, d), rtol=1e-12, atol=0):
            break
    else:
        return None
    if np.allclose(a, np.round(a, d - 1), rtol=1e-12, atol=0):
        return None   # a whole number: that is integer-truncated's business
    if np.allclose(e, np.round(e, d), rtol=1e-12, atol=0):
        return None   # the expected value itself has d decimals: nothing was rounded off
    if np.allclose(a, np.round(e, d), rtol=1e-12, atol=0):
        return Diagnosis(False, "rounded", f"{what} is the expected value rounded to {d} "
                         f"decimal place{'s' if d != 1 else ''}: return the full value, "
                         "and round only when you print it.")
    return None


def _inaccurate(a, e, rt, at, what, whole=False, near_miss=None, matrix_input=None,
                **_) -> Diagnosis | None:
    if whole:
        return None     # whole numbers are exact: they simply differ (see _generic)
    scale = float(np.max(np.abs(e))) if e.size else 0.0
    err = float(np.max(np.abs(a - e))) if e.size else 0.0
    if scale == 0 or err > 1e-2 * scale:
        return None
    digits = max(int(-math.log10(err / scale)), 1) if err > 0 else 16
    start = (f"{what} is close but agrees with the expected one to only about {digits} "
             "significant digits")
    if near_miss:
        return Diagnosis(False, "inaccurate", f"{start}: {near_miss}")
    matrix = "forming X.T @ X, " if matrix_input is not False else ""
    return Diagnosis(False, "inaccurate", f"{start}: a numerically unstable step (for "
                     f"example {matrix}subtracting nearly equal numbers, or a float32 "
                     "intermediate), or a method a little different from the one asked "
                     "(another start, another number of iterations)?")


def _generic(a, e, what, reveal=True) -> Diagnosis:
    if e.ndim == 0:
        shown = _fmt_pair(e[()], a[()])[1]   # enough digits to differ from the expected
        return Diagnosis(False, "generic", f"{what} ({shown}) is not the expected value.")
    idx = tuple(int(i) for i in np.unravel_index(int(np.argmax(np.abs(a - e))), e.shape))
    values = " (expected {}, got {})".format(*_fmt_pair(e[idx], a[idx])) if reveal else ""
    return Diagnosis(False, "generic", f"{what} differs from the expected result; the largest "
                     f"difference is at index {idx}{values}.")


# -- quantities of the arguments, to name a factor ------------------------------

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
            if m > 2:   # with 2 rows, √(n/(n-1)) = √2 is more often something else
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

