"""Small helpers for what a chapter prints or quotes in its prose."""

from __future__ import annotations

import textwrap
import timeit
from typing import Callable

_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
NBSP = "\u00a0"


def sci(x: float, digits: int = 1) -> str:
    """Scientific notation for prose: ``sci(4.076e5) == '4.1 × 10⁵'``.

    The spaces are non-breaking, so a browser never wraps the number in two.
    """
    mantissa, exponent = f"{float(x):.{digits}e}".split("e")
    return f"{mantissa}{NBSP}×{NBSP}10{str(int(exponent)).translate(_SUPERSCRIPT)}"


def print_error(err: BaseException, width: int = 76) -> None:
    """Print an exception as ``Type: message``, wrapped to fit the page."""
    print(textwrap.fill(f"{type(err).__name__}: {err}", width=width,
                        subsequent_indent="    "))


def best_time(f: Callable[[], object], repeat: int = 3, number: int = 1) -> float:
    """Seconds per call of ``f()``: the fastest of ``repeat`` runs of ``number``
    calls, the run least disturbed by whatever else the machine is doing."""
    return min(timeit.repeat(f, number=number, repeat=repeat)) / number
