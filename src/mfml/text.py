"""Small helpers for what a chapter prints or quotes in its prose."""

from __future__ import annotations

import textwrap
import timeit
from collections.abc import Callable

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


def best_time(f: Callable[[], object], repeat: int = 7, number: int = 1) -> float:
    """Seconds per call of ``f()``: the fastest of ``repeat`` runs of ``number``
    calls, the run least disturbed by whatever else the machine is doing.

    BLAS and OpenMP are held to one thread while timing. On a busy machine
    OpenBLAS's threads spin waiting for each other: one ``a @ b`` of length
    200,000 was measured at 6.8 ms under load against 0.02 ms quiet, which
    turned a printed speed-up of about 1300 into 4. One thread compares the
    algorithms, not the scheduler.
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        return min(timeit.repeat(f, number=number, repeat=repeat)) / number


def best_times(*fs: Callable[[], object], repeat: int = 9) -> tuple[float, ...]:
    """Seconds per call of each ``f()``, for a comparison that survives a busy
    machine: the runs alternate (f, g, f, g, ...), so a burst of load slows
    both sides alike, and each keeps its fastest run. One BLAS thread, as in
    :func:`best_time`.
    """
    from threadpoolctl import threadpool_limits

    best = [float("inf")] * len(fs)
    with threadpool_limits(limits=1):
        for _ in range(repeat):
            for i, f in enumerate(fs):
                best[i] = min(best[i], timeit.timeit(f, number=1))
    return tuple(best)
