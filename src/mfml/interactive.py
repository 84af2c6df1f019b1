"""One drawing function, two interactives: live in Jupyter, kernel-free on the site.

A chapter writes a *plain* drawing function (parameters in, matplotlib figure
out) and calls :func:`explore` once::

    def draw(angle=45.0, length=2.0):
        fig, ax = plt.subplots()
        ...
        return fig

    explore(draw, angle=Slider(0, 180, 15), length=Slider(0.5, 3, 0.5),
            alt="Two vectors and the projection of one onto the other")

The returned object displays as

* an ipywidgets control (``application/vnd.jupyter.widget-view+json``) wherever
  a kernel is attached: JupyterLab, Notebook, VS Code, Binder, Thebe;
* plain HTML (``text/html``) holding every frame precomputed on the parameter
  grid, behind ordinary range inputs and a few lines of inline JavaScript.
  The book's HTML build prefers this representation, so a reader of the static
  site never meets a dead slider: it works with no kernel and no network.

The static frames are rendered only where they are shown: in the book's HTML
build, whose kernels inherit :data:`STATIC_ENV` from :mod:`mfml.sphinx_ext`. In a
live kernel (JupyterLab, VS Code, Binder, nbval in the test suite) the widget is
what a reader sees, so the HTML part is a preview of the starting frame: running a
chapter does not wait for 30-60 figures nobody looks at.

Rendering every frame in the build also *tests* the drawing function at every grid
point, the ends of every slider included: a page whose interactive crashes at the
end of its range fails to build.
"""

from __future__ import annotations

import base64
import html
import io
import itertools
import json
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

#: Above this many frames :func:`explore` refuses, to keep pages light. A frame
#: is a palette PNG of 4-15 KB (benchmarks/RESULTS.md records every page), so
#: the cap holds one interactive's frames to about 1 MB of HTML at worst; a
#: static grid as fine as the live one fits it for the book's interactives.
MAX_FRAMES = 128

#: Set to 1 (by :mod:`mfml.sphinx_ext`, for the book's build) to put every static
#: frame in the HTML output; unset, a live kernel shows a one-frame preview.
STATIC_ENV = "MFML_STATIC_FRAMES"


def static_frames_wanted() -> bool:
    """Whether this kernel renders every static frame (the book's build does)."""
    return os.environ.get(STATIC_ENV, "") not in ("", "0")


@dataclass(frozen=True)
class Slider:
    """A numeric slider from ``lo`` to ``hi`` (both included) in steps of ``step``.

    ``static_step`` (default ``step``: the static grid is as fine as the live
    one) is the spacing of the frames precomputed for the static site. Make it
    coarser only when the page would grow too heavy; the static page then says
    so under the slider. ``value`` is the starting value (default: the grid
    point nearest the middle). ``unit`` (e.g. ``"°"``) is written after the
    steps in that sentence; by default it is read from a label ending in a
    parenthesis, ``"angle of v (°)"``.
    """

    lo: float
    hi: float
    step: float
    value: float | None = None
    label: str | None = None
    static_step: float | None = None
    unit: str | None = None

    def __post_init__(self):
        if not (np.isfinite(self.lo) and np.isfinite(self.hi)) or self.hi <= self.lo:
            raise ValueError(f"Slider needs finite lo < hi, got lo={self.lo}, hi={self.hi}")
        for name in ("step", "static_step"):
            step = getattr(self, name)
            if step is None:
                continue
            if not step > 0:
                raise ValueError(f"Slider {name} must be positive, got {step}")
            n = (self.hi - self.lo) / step
            if abs(n - round(n)) > 1e-9 * max(1.0, abs(n)):
                raise ValueError(
                    f"Slider {name}={step} does not divide the range {self.lo}..{self.hi} "
                    "into whole steps: the live and static sliders would disagree")

    @property
    def is_int(self) -> bool:
        return all(float(x).is_integer() for x in (self.lo, self.hi, self.step,
                                                   self.static_step or self.step))

    def grid(self) -> list:
        """The static frame values: from lo to hi inclusive."""
        step = self.static_step or self.step
        n = int(round((self.hi - self.lo) / step)) + 1
        values = np.linspace(self.lo, self.hi, max(n, 2))
        if self.is_int:
            return [int(round(v)) for v in values]
        return [float(np.round(v, 10)) for v in values]

    def step_note(self, name: str) -> str | None:
        """One line for the static page when its grid is coarser than the live one."""
        if self.static_step is None or self.static_step <= self.step:
            return None
        label, unit = (self.label or name).strip(), self.unit
        # "angle (°)" names a unit; "P(A)" or "P(B|A)" is a symbol, not a unit
        m = re.fullmatch(r"(.*?)\s+\(([^()]*)\)", label)
        if m:
            label, unit = m.group(1), unit if unit is not None else m.group(2)
        unit = unit or ""
        return (f"On this page the {label} slider moves in steps of "
                f"{_format(self.static_step)}{unit}; in Jupyter, "
                f"{_format(self.step)}{unit}.")

    def start(self):
        grid = self.grid()
        target = (self.lo + self.hi) / 2 if self.value is None else self.value
        return grid[int(np.argmin([abs(g - target) for g in grid]))]


@dataclass(frozen=True)
class Choice:
    """A pick from a fixed list of values.

    Numbers (an ordered scale, e.g. a rank k) are drawn as a slider; names
    (strings, e.g. which matrix) are drawn as radio buttons, live and static,
    since a slider would suggest an order the names do not have.
    """

    options: Sequence
    value: object = None
    label: str | None = None

    def __post_init__(self):
        if len(self.options) < 2:
            raise ValueError("Choice needs at least two options")

    @property
    def is_named(self) -> bool:
        """True when every option is a string: the control is a radio group."""
        return all(isinstance(o, str) for o in self.options)

    def grid(self) -> list:
        return list(self.options)

    def start(self):
        return self.options[0] if self.value is None else self.value


def _as_param(name, spec):
    if isinstance(spec, (Slider, Choice)):
        return spec
    if isinstance(spec, tuple) and len(spec) == 3:
        return Slider(*spec)
    if isinstance(spec, (list, tuple)):
        return Choice(list(spec))
    raise TypeError(
        f"parameter {name!r}: give a Slider(lo, hi, step), a (lo, hi, step) tuple "
        f"or a list of values, not {type(spec).__name__}")


def _format(v) -> str:
    if isinstance(v, float):
        return f"{v:.4g}"
    return str(v)


def figure_to_png(fig, dpi: int = 80, colors: int = 96) -> bytes:
    """Render ``fig`` to a small palette PNG (quantised: about 3x smaller than RGBA)."""
    from PIL import Image

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    buf.seek(0)
    img = Image.open(buf).convert("RGB").quantize(colors=colors, method=Image.Quantize.MEDIANCUT)
    out = io.BytesIO()
    img.save(out, format="png", optimize=True)
    return out.getvalue()


_JS = """(function(){var box=document.currentScript.parentElement;
var frames=JSON.parse(box.querySelector('script.mfml-frames').textContent);
var dims=frames.dims,img=box.querySelector('img');
var ctl=box.querySelectorAll('.mfml-control'),outs=box.querySelectorAll('output');
function idx(c){if(c.tagName==='INPUT'){return +c.value;}
var r=c.querySelector('input:checked');return r?+r.value:0;}
function upd(){var k=0;for(var i=0;i<ctl.length;i++){var j=idx(ctl[i]);k=k*dims[i]+j;
var t=frames.labels[i][j];if(outs[i].textContent!==t){outs[i].textContent=t;}}
img.src='data:image/png;base64,'+frames.png[k];img.setAttribute('data-frame',k);}
box.addEventListener('input',upd);box.addEventListener('change',upd);upd();})();"""

#: Numbers the radio groups of the interactives in one kernel, so that two
#: interactives on one page never share a group name.
_GROUPS = itertools.count(1)

_NOTE = "font-size:.85em;opacity:.8"
_ROW = "display:flex;align-items:center;flex-wrap:wrap;gap:.6em;margin:.2em 0"
_OUT = "min-width:4em;font-family:monospace"
#: Themes style a legend as a heading (Bootstrap: large, full width, and
#: ``legend + * {clear: left}``); keep it a label beside its radios.
_LEGEND = ("float:left;width:auto;min-width:7em;margin:0;padding:0;"
           "font-size:inherit;font-weight:inherit;line-height:inherit")
#: Read by screen readers, not drawn: the checked radio already shows the choice.
_SR_ONLY = ("position:absolute;width:1px;height:1px;overflow:hidden;"
            "clip:rect(0 0 0 0);white-space:nowrap")


def _range_html(name: str, label: str, grid: list, i0: int) -> str:
    return (f'<label style="{_ROW}">'
            f'<span style="min-width:7em">{label}</span>'
            f'<input type="range" class="mfml-control" min="0" max="{len(grid) - 1}" '
            f'step="1" value="{i0}" aria-label="{label}" name="{html.escape(name)}" '
            f'style="flex:1;max-width:22em">'
            f'<output style="{_OUT}">{html.escape(_format(grid[i0]))}</output></label>')


def _radio_html(name: str, label: str, grid: list, i0: int, group: str) -> str:
    """A radio group: a fieldset whose legend names it, one radio per option.

    Native radios are keyboard usable (Tab into the group, arrows to move); the
    polite live region (not drawn) announces the chosen option.
    """
    radios = "".join(
        f'<label style="white-space:nowrap;clear:none"><input type="radio" name="{group}" '
        f'value="{j}"{" checked" if j == i0 else ""}> {html.escape(_format(v))}</label>'
        for j, v in enumerate(grid))
    return (f'<fieldset class="mfml-control mfml-choice" data-param="{html.escape(name)}" '
            f'style="{_ROW};border:0;padding:0">'
            f'<legend style="{_LEGEND}">{label}</legend>'
            f'{radios}<output aria-live="polite" style="{_SR_ONLY}">'
            f'{html.escape(_format(grid[i0]))}</output></fieldset>')


class Interactive:
    """The object :func:`explore` returns; see the module docstring."""

    def __init__(self, draw: Callable, params: dict, *, alt: str, dpi: int = 80,
                 max_frames: int = MAX_FRAMES):
        if not callable(draw):
            raise TypeError("explore() needs a drawing function as its first argument")
        if not params:
            raise ValueError("explore() needs at least one parameter to vary")
        if not alt or not alt.strip():
            raise ValueError("explore() needs alt text that says what the figure shows")
        self.draw = draw
        self.params = {name: _as_param(name, spec) for name, spec in params.items()}
        self.alt = alt
        self.dpi = dpi
        grids = [p.grid() for p in self.params.values()]
        self.shape = tuple(len(g) for g in grids)
        n = int(np.prod(self.shape))
        if n > max_frames:
            raise ValueError(
                f"{n} static frames ({' x '.join(map(str, self.shape))}) is more than "
                f"{max_frames}: pass a coarser static_step to Slider")
        self._grids = grids
        self._group = f"mfml-choice-{next(_GROUPS)}"
        self._frames: list[bytes] | None = None
        self._widget = None

    # -- the drawing function, called safely ---------------------------------
    def render(self, **values):
        """Call the drawing function; return its figure (closed for pyplot)."""
        import matplotlib.pyplot as plt

        fig = self.draw(**values)
        if fig is None or not hasattr(fig, "savefig"):
            raise TypeError(
                f"the drawing function {getattr(self.draw, '__name__', self.draw)!r} must "
                f"return a matplotlib Figure, got {type(fig).__name__}")
        plt.close(fig)
        return fig

    # -- static path ---------------------------------------------------------
    @property
    def frames(self) -> list[bytes]:
        """PNG bytes of every frame, in C order over the parameter grids."""
        if self._frames is None:
            frames = []
            names = list(self.params)
            for combo in itertools.product(*self._grids):
                values = dict(zip(names, combo))
                try:
                    fig = self.render(**values)
                except Exception as exc:  # say *where* on the grid it broke
                    where = ", ".join(f"{k}={_format(v)}" for k, v in values.items())
                    raise RuntimeError(
                        f"drawing function failed at {where}: {type(exc).__name__}: {exc}"
                    ) from exc
                frames.append(figure_to_png(fig, dpi=self.dpi))
            self._frames = frames
        return self._frames

    @property
    def nbytes(self) -> int:
        """Size of the static interactive in the page (base64 frames)."""
        return sum(len(base64.b64encode(f)) for f in self.frames)

    def stats(self) -> dict:
        """What the static version weighs: for benchmarks, never for readers."""
        return {"frames": len(self.frames), "bytes": self.nbytes,
                "shape": list(self.shape)}

    def start_index(self) -> tuple[int, ...]:
        out = []
        for p, grid in zip(self.params.values(), self._grids):
            s = p.start()
            out.append(grid.index(s) if s in grid else 0)
        return tuple(out)

    def static_html(self) -> str:
        payload = {
            "dims": list(self.shape),
            "labels": [[_format(v) for v in g] for g in self._grids],
            "png": [base64.b64encode(f).decode("ascii") for f in self.frames],
        }
        start = self.start_index()
        k = int(np.ravel_multi_index(start, self.shape))
        controls = []
        for (name, p), grid, i0 in zip(self.params.items(), self._grids, start):
            label = html.escape(p.label or name)
            if isinstance(p, Choice) and p.is_named:
                controls.append(_radio_html(name, label, grid, i0,
                                            f"{self._group}-{html.escape(name)}"))
            else:
                controls.append(_range_html(name, label, grid, i0))
            note = p.step_note(name) if isinstance(p, Slider) else None
            if note:
                controls.append(f'<p class="mfml-step-note" style="{_NOTE};margin:0 0 .3em">'
                                f"{html.escape(note)}</p>")
        data = json.dumps(payload, separators=(",", ":")).replace("</", "<\\/")
        # what a reader needs: how to drive it live. The frame count and bytes
        # are for the benchmark (Interactive.stats, benchmarks/run.py).
        note = ("Open this page in Jupyter or on Binder (rocket icon above) "
                "to drive it live.")
        return (
            # The theme puts HTML outputs on a light panel in dark mode too; native
            # radios and sliders drawn in the dark scheme on it look inverted (the
            # unchecked radio filled). Draw them in the light scheme the panel has.
            '<div class="mfml-interactive" style="margin:1em 0;color-scheme:light">'
            + "".join(controls)
            + self._picture_html(payload["png"][k], note, f' data-frame="{k}"')
            + f'<script type="application/json" class="mfml-frames">{data}</script>'
            + f"<script>{_JS}</script></div>")

    def preview_html(self) -> str:
        """The starting frame alone, for a notebook opened outside the book's site.

        A live Jupyter shows the widget instead; a viewer without widgets (a saved
        notebook on GitHub, nbviewer) shows this picture and says how to drive it.
        """
        values = dict(zip(self.params, (g[i] for g, i in zip(self._grids,
                                                             self.start_index()))))
        png = base64.b64encode(figure_to_png(self.render(**values), dpi=self.dpi))
        note = ("The starting picture. To move its controls, run this notebook in "
                "Jupyter with ipywidgets (JupyterLab, VS Code, Binder); the book's "
                "website has a version that works without a kernel.")
        return ('<div class="mfml-interactive mfml-preview" style="margin:1em 0">'
                + self._picture_html(png.decode("ascii"), note) + "</div>")

    def _picture_html(self, png_b64: str, note: str, attrs: str = "") -> str:
        """One frame with the alt text, and the note under it (static page and preview)."""
        return (f'<img alt="{html.escape(self.alt)}"{attrs} '
                'style="max-width:100%;height:auto;display:block;margin:.5em 0" '
                f'src="data:image/png;base64,{png_b64}">'
                f'<p class="mfml-note" style="{_NOTE}">{html.escape(note)}</p>')

    # -- live path -----------------------------------------------------------
    @property
    def widget(self):
        """The live ipywidgets control (built on first use)."""
        if self._widget is None:
            self._widget = self._build_widget()
        return self._widget

    def _build_widget(self):
        import ipywidgets as w
        from IPython.display import display

        controls = {}
        for name, p in self.params.items():
            desc = p.label or name
            style = {"description_width": "initial"}
            if isinstance(p, Choice) and p.is_named:
                controls[name] = w.RadioButtons(options=list(p.options), value=p.start(),
                                                description=desc, style=style)
            elif isinstance(p, Choice):
                controls[name] = w.SelectionSlider(options=list(p.options), value=p.start(),
                                                   description=desc, continuous_update=False,
                                                   style=style)
            elif p.is_int:
                controls[name] = w.IntSlider(min=int(p.lo), max=int(p.hi), step=int(p.step),
                                             value=int(p.start()), description=desc,
                                             continuous_update=False, style=style)
            else:
                controls[name] = w.FloatSlider(min=p.lo, max=p.hi, step=p.step,
                                               value=p.start(), description=desc,
                                               continuous_update=False, style=style)

        def show(**values):
            display(self.render(**values))

        out = w.interactive_output(show, controls)
        return w.VBox([*controls.values(), out])

    def _repr_mimebundle_(self, include=None, exclude=None):
        bundle = dict(self.widget._repr_mimebundle_() or {})
        names = ", ".join(self.params)
        if static_frames_wanted():
            bundle["text/html"] = self.static_html()
            bundle["text/plain"] = f"<interactive: {names}; {len(self.frames)} static frames>"
        else:
            bundle["text/html"] = self.preview_html()
            bundle["text/plain"] = f"<interactive: {names}; live>"
        return bundle


def explore(draw: Callable, *, alt: str, dpi: int = 80, max_frames: int = MAX_FRAMES,
            **params) -> Interactive:
    """Turn ``draw(**params)`` (returning a matplotlib Figure) into an interactive.

    Each keyword is a parameter: a :class:`Slider`, a ``(lo, hi, step)`` tuple,
    or a list of values (:class:`Choice`). ``alt`` describes the figure for
    screen readers. See the module docstring for what is displayed where.
    """
    return Interactive(draw, params, alt=alt, dpi=dpi, max_frames=max_frames)
