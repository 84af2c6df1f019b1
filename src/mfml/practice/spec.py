"""What an exercise is: :class:`Exercise`, and the registry of all of them.

A topic module (``mfml/practice/dot_product.py``, ...) lists its exercises::

    EXERCISES = [
        Exercise(
            "dot-loop", name="dot", reference=_dot, seed=101, cases=_dot_cases,
            hints=("Keep a running total ...", "total = 0.0; for i in ...: ..."),
            rules=[needs_loop(), forbid("@", "np.dot", "np.sum")],
            requirements=["a for loop, no @, np.dot or np.sum"],
        ),
        Exercise("dot-orthogonal", name="t", reference=1.5, hints=(..., ...)),
    ]

``cases`` is a function of a NumPy generator, called once with
``np.random.default_rng(seed)``: the cases, hence the expected values, are the
same on every attempt and every machine. It returns :class:`~mfml.check.Case`
objects (arguments plus a note naming the requirement the case tests) or plain
tuples of arguments. An exercise without ``cases`` is a value exercise: its
``reference`` is the expected value.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..check import Alternative, Case, Mistake
from ..rules import Rule

__all__ = ["Exercise", "Hint", "REGISTRY", "register"]


@dataclass
class Exercise:
    """One practice exercise: everything the learner's notebook does not show."""

    id: str
    name: str                                   # the learner's function or variable
    reference: Any                              # a function of the case's arguments, or a value
    hints: tuple[str, str]                      # (a nudge, the full method)
    cases: Callable[[np.random.Generator], Sequence] | None = None
    seed: int = 0
    alternatives: Sequence[Alternative] = ()
    mistakes: Sequence[Mistake] = ()
    rules: Sequence[Rule] = ()
    requirements: Sequence[str] = ()            # what the exercise text demands, in words
    rtol: float = 1e-6
    atol: float = 1e-9
    as_shape: bool = False                      # the answer is an array shape (a tuple)
    allow_complex: bool = True                  # accept complex results with zero imaginary part
    kind: str = "value"                         # "count": the answer counts something (a rank)
    #: for kind="count": the expected count in words, e.g. "this matrix has rank {expected}"
    count_phrase: str = "the expected count is {expected}"
    #: the exercise's own advice for an exception the answer raised (None: generic)
    advice: Callable[[BaseException], str | None] | None = None
    #: the exercise's own causes of a close but inaccurate answer (a step size), in
    #: place of the generic list ("a numerically unstable step ...")
    near_miss: str = ""
    _built: list[Case] | None = field(default=None, repr=False)

    @property
    def is_function(self) -> bool:
        return self.cases is not None

    def test_cases(self) -> list[Case]:
        """The cases, built once from ``seed``."""
        if self._built is None:
            made = self.cases(np.random.default_rng(self.seed))
            self._built = [c if isinstance(c, Case) else Case(c if isinstance(c, tuple) else (c,))
                           for c in made]
        return self._built


#: exercise id -> Exercise, filled by :func:`register`.
REGISTRY: dict[str, Exercise] = {}


def register(exercises: Sequence[Exercise]) -> list[Exercise]:
    for ex in exercises:
        if ex.id in REGISTRY and REGISTRY[ex.id] is not ex:
            raise ValueError(f"exercise id {ex.id!r} is defined twice")
        if len(ex.hints) != 2 or not all(ex.hints):
            raise ValueError(f"{ex.id}: hints must be (nudge, method), both non-empty")
        REGISTRY[ex.id] = ex
    return list(exercises)


@dataclass
class Hint:
    """A hint as shown in the notebook: stage 1 is a nudge, stage 2 the method."""

    exercise: str
    stage: int
    text: str

    def __repr__(self) -> str:
        label = "nudge" if self.stage == 1 else "method"
        more = (f'\n   Still stuck? Run hint("{self.exercise}") again for the method.'
                if self.stage == 1 else "")
        return f"💡 [{self.exercise}] hint {self.stage} of 2 ({label}): {self.text}{more}"

    def _repr_html_(self) -> str:
        label = "nudge" if self.stage == 1 else "method"
        more = (f'<br><small>Still stuck? Run <code>hint("{html.escape(self.exercise)}")'
                "</code> again for the method.</small>" if self.stage == 1 else "")
        return ('<div style="border-left:4px solid #0072B2;padding:.4em .8em;margin:.4em 0">'
                f"<strong>💡 {html.escape(self.exercise)}: hint {self.stage} of 2 ({label})"
                f"</strong><br>{html.escape(self.text)}{more}</div>")
