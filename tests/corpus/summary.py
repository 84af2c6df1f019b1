"""Print the corpus figures: ``python -m tests.corpus.summary [--json] [topic ...]``.

Wrong answers accepted, correct answers rejected, checker tracebacks, and the
share of generic messages among rejected wrong answers, over every corpus
module (or the topics named). ``--verbose`` also lists every entry whose
outcome differs from what the corpus expects.
"""

from __future__ import annotations

import argparse
import json
import sys

from .runner import run_all, summarise, topics


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("topic", nargs="*", help=f"corpus modules (default: all of {topics()})")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--verbose", action="store_true", help="list unexpected outcomes")
    args = ap.parse_args(argv)
    outcomes = run_all(args.topic or None)
    s = summarise(outcomes)
    if args.json:
        print(json.dumps(s, indent=2))
    else:
        print(f"corpus: {s['entries']} entries ({', '.join(s['topics'])})")
        print(f"wrong answers accepted:   {s['wrong_accepted']} of {s['wrong_answers']}")
        print(f"correct answers rejected: {s['correct_rejected']} of {s['correct_answers']}")
        print(f"checker tracebacks:       {s['checker_tracebacks']}")
        print(f"generic messages among rejected wrong answers: {s['generic_messages']} "
              f"({100 * s['generic_share']:.1f}%)")
        print(f"entries not as the corpus expects: {s['kind_mismatches']}")
    if args.verbose:
        for o in outcomes:
            if not o.as_expected:
                print(f"\n[{o.topic}] {o.entry.exercise} / {o.entry.label}: expected "
                      f"{'accept' if o.entry.accept else 'reject'} ({o.entry.kind}), got "
                      f"{o.status} ({o.kind})\n{o.crash or o.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
