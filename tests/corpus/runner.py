"""Run corpus entries through ``mfml.practice.check`` and sum up the outcome."""

from __future__ import annotations

import contextlib
import importlib
import io
import linecache
import math
import pkgutil
import traceback
import warnings
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np

from mfml import check as engine
from mfml import practice

from . import TIME_LIMIT, Entry

HERE = Path(__file__).parent
NOT_TOPICS = {"runner", "summary"}


def topics() -> list[str]:
    """The corpus modules present (one per practice notebook written so far)."""
    return sorted(m.name for m in pkgutil.iter_modules([str(HERE)])
                  if m.name not in NOT_TOPICS and not m.name.startswith("_"))


def load(topic: str) -> tuple[str, list[Entry]]:
    """(PRELUDE, ENTRIES) of one corpus module."""
    mod = importlib.import_module(f"{__package__}.{topic}")
    return getattr(mod, "PRELUDE", ""), list(mod.ENTRIES)


def _exec(source: str, filename: str, ns: dict) -> None:
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), ns)


def answer_of(topic: str, prelude: str, entry: Entry) -> Any:
    """The learner's answer: the entry's code run after the prelude."""
    if not isinstance(entry.code, str):
        return entry.code
    import sympy as sp

    ns: dict = {"np": np, "math": math, "sp": sp, "Fraction": Fraction,
                "__name__": f"corpus_{topic}"}
    tag = entry.label.replace(" ", "_")
    with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if prelude:
            _exec(prelude, f"<corpus {topic} prelude>", ns)
        _exec(entry.code, f"<corpus {topic} {entry.exercise} {tag}>", ns)
    name = entry.name or practice.get(entry.exercise).name
    return ns[name]


@dataclass
class Outcome:
    topic: str
    entry: Entry
    status: str = ""
    kind: str = ""
    text: str = ""
    crash: str = ""          # a traceback through the checker (or the runner)

    @property
    def accepted(self) -> bool:
        return self.status == engine.PASSED

    @property
    def as_expected(self) -> bool:
        return not self.crash and self.accepted == self.entry.accept \
            and self.kind == self.entry.kind

    @property
    def traceback_shown(self) -> bool:
        return bool(self.crash) or self.kind == "checker-error" or "Traceback" in self.text \
            or "mfml/check.py" in self.text


def run(topic: str, prelude: str, entry: Entry, time_limit: float | None = None) -> Outcome:
    """Check one entry with the exercise's real check call."""
    out = Outcome(topic, entry)
    saved, saved_results = engine.TIME_LIMIT, dict(engine.RESULTS)
    saved_first = engine.FIRST_CALL_LIMIT
    engine.TIME_LIMIT = TIME_LIMIT if time_limit is None else time_limit
    engine.FIRST_CALL_LIMIT = engine.TIME_LIMIT   # endless loops stay cheap here
    try:
        answer = answer_of(topic, prelude, entry)
        fb = practice.check(entry.exercise, answer)
        out.status, out.kind, out.text = fb.status, fb.kind, fb.text()
    except BaseException:  # a crash: the checker must never raise
        out.crash = traceback.format_exc()
    finally:
        engine.TIME_LIMIT = saved
        engine.FIRST_CALL_LIMIT = saved_first
        engine.RESULTS.clear()
        engine.RESULTS.update(saved_results)
    return out


def run_all(selected: list[str] | None = None, time_limit: float | None = None) -> list[Outcome]:
    outcomes = []
    for topic in selected or topics():
        prelude, entries = load(topic)
        outcomes += [run(topic, prelude, e, time_limit) for e in entries]
    return outcomes


def summarise(outcomes: list[Outcome]) -> dict:
    """The figures the benchmark records."""
    wrong = [o for o in outcomes if not o.entry.accept]
    right = [o for o in outcomes if o.entry.accept]
    rejected_wrong = [o for o in wrong if not o.accepted]
    generic = [o for o in rejected_wrong if o.kind == "generic"]
    return {
        "entries": len(outcomes),
        "topics": sorted({o.topic for o in outcomes}),
        "wrong_answers": len(wrong),
        "wrong_accepted": sum(o.accepted for o in wrong),
        "correct_answers": len(right),
        "correct_rejected": sum(not o.accepted for o in right),
        "checker_tracebacks": sum(o.traceback_shown for o in outcomes),
        "generic_messages": len(generic),
        "generic_share": round(len(generic) / len(rejected_wrong), 4) if rejected_wrong else 0.0,
        "kind_mismatches": sum(not o.as_expected for o in outcomes),
    }
