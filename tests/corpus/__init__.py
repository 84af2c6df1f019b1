"""A corpus of learner answers, run through each exercise's real check call.

One module per practice notebook, ``tests/corpus/<topic>.py`` (the topic is the
notebook's name: ``dot_product``, ``vectors_matrices``, ...). Each holds:

``PRELUDE``
    Source run before every entry of the module: correct versions of the
    functions that later exercises build on (``dot`` and ``norm`` for the dot
    product), the way a learner's notebook has them. Optional.

``ENTRIES``
    A list of :class:`Entry`, written with :func:`right` (the checker must
    accept it) and :func:`wrong` (it must reject it, with a given ``kind``)::

        from . import right, wrong

        ENTRIES = [
            wrong("dot-loop", "returns inside the loop", '''
        def dot(x, y):
            total = 0.0
            for i in range(len(x)):
                total += x[i] * y[i]
                return total
        ''', kind="early-return"),
            right("dot-orthogonal", "SymPy rational", "t = sp.Rational(3, 2)"),
        ]

The code is the learner's cell: it runs (after ``PRELUDE``) in a fresh
namespace holding ``np``, ``math``, ``sp`` (SymPy) and ``Fraction``, and the
answer is the name the notebook passes to ``check`` (``dot`` for "dot-loop",
``t`` for "dot-orthogonal"; see ``mfml.practice.get(id).name``), or ``name=``
when given. The code may also be the answer itself (a function or a value)
instead of source. Source is registered with :mod:`linecache`, so the checker
sees it as it sees a notebook cell (source rules, the learner's line in
messages).

``kind`` is the expected :attr:`mfml.check.Feedback.kind` (the list and what
each means: :data:`mfml.check.KINDS`); a right answer's kind is "passed".
Labels are unique within a module.

``tests/test_corpus.py`` asserts every entry; ``python -m tests.corpus.summary``
prints the figures the benchmark records (wrong answers accepted, correct
answers rejected, checker tracebacks, share of generic messages among rejected
wrong answers). Endless loops cost a time limit each (:data:`TIME_LIMIT`
seconds, ``MFML_CORPUS_TIME_LIMIT`` to change it): keep them few.
"""

from __future__ import annotations

import os
import textwrap
from dataclasses import dataclass
from typing import Any

#: Seconds a learner function may run on one case while the corpus runs.
TIME_LIMIT = float(os.environ.get("MFML_CORPUS_TIME_LIMIT", "1.0"))


@dataclass(frozen=True)
class Entry:
    exercise: str        # the exercise id, as in check("dot-loop", ...)
    label: str           # a short description, unique within its module
    code: Any            # the learner's cell (source), or the answer itself
    accept: bool         # must the checker accept it?
    kind: str            # the Feedback.kind expected
    name: str | None = None   # the variable holding the answer, if not the spec's name


def _clean(code: Any) -> Any:
    return textwrap.dedent(code).strip("\n") + "\n" if isinstance(code, str) else code


def right(exercise: str, label: str, code: Any, *, name: str | None = None) -> Entry:
    """A correct answer, perhaps in another valid form: it must pass."""
    return Entry(exercise, label, _clean(code), True, "passed", name)


def wrong(exercise: str, label: str, code: Any, kind: str, *, name: str | None = None) -> Entry:
    """A wrong answer: it must be rejected, and explained as ``kind``."""
    return Entry(exercise, label, _clean(code), False, kind, name)
