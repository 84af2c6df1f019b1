"""Helpers shared by every chapter of *Math Foundations for Machine Learning*.

The mathematics lives in the notebooks; this package holds the plumbing:

* :mod:`mfml.style`  -- one colour-blind-safe figure style for the whole book;
* :mod:`mfml.interactive` -- one drawing function -> a live ipywidgets control
  in Jupyter *and* a kernel-free slider on the static HTML site;
* :mod:`mfml.check` -- friendly, never-crashing answer checking (the engine,
  with :mod:`mfml.diagnosis`, :mod:`mfml.running` and :mod:`mfml.rules`);
* :mod:`mfml.practice` -- the practice exercises' specs (references, test
  cases, hints) and the notebooks' ``check(id, answer)``, ``hint(id)``;
* :mod:`mfml.quiz` -- quick checks: questions the page itself checks, on the site and
  in Jupyter, explaining every wrong answer;
* :mod:`mfml.exercises` -- generates learner notebooks from solution notebooks.
* :mod:`mfml.gradcheck` -- the one finite-difference gradient checker (central
  differences, step scaled per coordinate) for the calculus chapters and practice.
"""

__version__ = "0.1.0"


def glue(name: str, value, display: bool = False):
    """Store ``value`` under ``name`` for the prose (``{glue:text}`name```) and return it.

    Uses myst-nb's ``glue`` when it is installed (building the book); elsewhere
    (plain Jupyter, Binder) it only returns the value, so notebooks run anywhere.
    """
    if hasattr(value, "item") and getattr(value, "shape", None) == ():
        value = value.item()  # numpy scalar -> Python number, so `:.3f` formats work
    try:
        from myst_nb import glue as _glue
    except ImportError:  # pragma: no cover - depends on the environment
        return value
    _glue(name, value, display=display)
    return value
