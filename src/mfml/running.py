"""Running a learner's function for :mod:`mfml.check`: a time limit (SIGALRM
on the main thread, a trace function elsewhere), captured printing, silenced
warnings; the learner's own line in a traceback; the cause of a NaN or inf
(the function run again under ``np.errstate``); advice for common exceptions;
which stub raised a NotImplementedError, and whether the saved notebook has a
body the kernel has not run.
"""

from __future__ import annotations

import ast
import contextlib
import copy
import io
import json
import linecache
import os
import re
import signal
import sys
import sysconfig
import threading
import time
import traceback
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from . import rules as _rules


class _TimeUp(BaseException):
    """Raised inside learner code when its time is up (not an Exception, so a
    learner's ``except Exception`` cannot swallow it)."""


@contextlib.contextmanager
def _time_limit(seconds: float | None):
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        armed = [True]

        def on_alarm(signum, frame):
            if armed[0]:
                raise _TimeUp()
        try:
            previous = signal.signal(signal.SIGALRM, on_alarm)
            installed = True
        except (ValueError, OSError):  # pragma: no cover - no signals here after all
            installed = False
        if installed:
            start = time.monotonic()
            outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
            try:
                yield
            finally:
                try:  # an alarm that fires in here must not skip the restoring below
                    armed[0] = False
                    signal.setitimer(signal.ITIMER_REAL, 0)
                finally:
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


def _linalg_function(exc: BaseException, code: str = "") -> str | None:
    """The public np.linalg function an exception came from: the outermost
    traceback frame in numpy's linalg package, else a call on the learner's line."""
    for f in traceback.extract_tb(exc.__traceback__):
        path = f.filename.replace(os.sep, "/")
        if "/numpy/linalg/" in path and not f.name.startswith("_"):
            return f.name
    m = re.search(r"\b(eigvalsh|eigvals|eigh|eig|slogdet|det|solve|inv|cholesky|"
                  r"matrix_power)\s*\(", code)
    return m.group(1) if m else None


def _not_square_advice(fn_name: str | None) -> str:
    """Advice for "Last 2 dimensions of the array must be square", by function."""
    look = " Print the shape of the matrix you pass (print(A.shape))."
    if fn_name in ("eig", "eigvals", "eigh", "eigvalsh"):
        return (f" np.linalg.{fn_name} needs a square matrix: eigenvalues exist only for "
                "square matrices (A x = λ x needs A x to have the length of x); singular "
                "values (np.linalg.svd) exist for every shape." + look)
    if fn_name in ("det", "slogdet"):
        return (f" np.linalg.{fn_name} needs a square matrix: k vectors in R^n with k != n "
                "make a non-square matrix, which has no determinant. To test whether "
                "vectors are independent, compare np.linalg.matrix_rank with the number of "
                "vectors." + look)
    if fn_name == "solve":
        return (" np.linalg.solve needs a square matrix, as many equations as unknowns. "
                "For a tall system use least squares (np.linalg.lstsq); after a reduced "
                "factorisation (the default of np.linalg.qr) R is square." + look)
    if fn_name == "inv":
        return (" np.linalg.inv needs a square matrix: a tall or wide one has no inverse "
                "(np.linalg.pinv gives a pseudo-inverse); after a reduced factorisation "
                "(the default of np.linalg.qr) R is square." + look)
    if fn_name:
        return f" np.linalg.{fn_name} needs a square matrix." + look
    return " This np.linalg function needs a square matrix." + look


_SVD_ADVICE = (" np.linalg.svd returns three arrays, (U, s, Vt), not the singular values: "
               "take np.linalg.svd(A)[1] (or U, s, Vt = np.linalg.svd(A)), or pass "
               "compute_uv=False to get s alone.")


def _svd_as_values(fn) -> bool:
    """Does ``fn`` call svd without compute_uv=False and use the result whole (not
    unpacked into U, s, Vt and not indexed)?"""
    found = _rules.function_source(fn)
    tree = _rules._parse(found[0]) if found else None
    if tree is None:
        return False
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and (
                getattr(node.func, "id", None) == "svd"
                or getattr(node.func, "attr", None) == "svd")):
            continue
        if any(k.arg == "compute_uv" and isinstance(k.value, ast.Constant)
               and k.value.value is False for k in node.keywords):
            continue
        if len(node.args) >= 3:      # svd(A, full_matrices, compute_uv) by position
            continue
        up = parents.get(node)
        if isinstance(up, ast.Subscript) and up.value is node:
            continue
        if isinstance(up, (ast.Assign, ast.AnnAssign)) and any(
                isinstance(t, (ast.Tuple, ast.List))
                for t in getattr(up, "targets", [getattr(up, "target", None)])):
            continue
        return True
    return False


_SVD_FULL_ADVICE = (" np.linalg.svd(X) with the default full_matrices=True gives a square U, "
                    "n x n for an n x p matrix X, and only p singular values: the shapes "
                    "cannot line up. Pass full_matrices=False for the thin SVD (U is n x p).")


def _svd_full(fn) -> bool:
    """Does ``fn`` call svd with the default full_matrices=True (and compute U)?"""
    found = _rules.function_source(fn)
    tree = _rules._parse(found[0]) if found else None
    if tree is None:
        return False
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and (
                getattr(node.func, "id", None) == "svd"
                or getattr(node.func, "attr", None) == "svd")):
            continue
        given = {k.arg: k.value for k in node.keywords}
        if len(node.args) >= 2:
            given.setdefault("full_matrices", node.args[1])
        if len(node.args) >= 3:
            given.setdefault("compute_uv", node.args[2])

        def false(v):
            return isinstance(v, ast.Constant) and not v.value
        if false(given.get("compute_uv")):
            continue
        if "full_matrices" in given and not (isinstance(given["full_matrices"], ast.Constant)
                                             and given["full_matrices"].value):
            continue     # full_matrices=False (or a variable): not the default
        return True
    return False


def _is_shape_error(exc: BaseException) -> bool:
    msg = str(exc)
    return isinstance(exc, (ValueError, TypeError)) and any(t in msg for t in (
        "broadcast", "mismatch", "not aligned", "only length-1", "only 0-dimensional",
        "inhomogeneous", "setting an array element with a sequence", "too many values",
        "not enough values", "size-1 arrays", "SVDResult", "'tuple'"))


def _explain_exception(exc: BaseException, line: str = "", fn=None) -> tuple[str, str]:
    """``(kind, advice)`` for an exception the learner's code (``fn``) raised on
    ``line``."""
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
    if fn is not None and _svd_as_values(fn) and _is_shape_error(exc):
        return "exception", _SVD_ADVICE
    if fn is not None and any(t in msg for t in ("broadcast", "mismatch", "not aligned")) \
            and isinstance(exc, ValueError) and _svd_full(fn):
        return "exception", _SVD_FULL_ADVICE
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
    if name == "LinAlgError" and "square" in msg:
        return "exception", _not_square_advice(_linalg_function(exc, code))
    if isinstance(exc, ValueError) and "broadcast" in msg:
        return "exception", (" NumPy could not line up these shapes. Compare the shapes "
                             "of the two operands (print(a.shape, b.shape)); keepdims=True or "
                             "[:, None] turns a row into a column.")
    if isinstance(exc, ValueError) and "truth value of an array" in msg:
        return "exception", (" Python's if, and, or, max() and min() want ONE number or "
                             "True/False, and an array holds many. Entry by entry, use "
                             "np.maximum or np.minimum (a ReLU is np.maximum(z, 0)), "
                             "np.where, or & and | between comparisons.")
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


def _timeout_advice(fn) -> str:
    found = _rules.function_source(fn)
    tree = _rules._parse(found[0]) if found else None
    if tree is not None:
        if any(isinstance(n, ast.While) for n in ast.walk(tree)):
            return (" It has a `while` loop: does its condition ever become False? A "
                    "missing `i += 1` (or a step that never reaches the end) loops for ever.")
        if any(isinstance(n, ast.For) for n in ast.walk(tree)):
            return (" Does a `for` loop run over a list that the loop itself keeps "
                    "growing, or over a huge range?")
    return " Is there a loop that never ends?"


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

