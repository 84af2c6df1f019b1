"""Unit tests for mfml.interactive: sliders, static frames, static HTML, live widget."""

from __future__ import annotations

import base64
import dataclasses
import json
import math
import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pytest

from mfml import interactive
from mfml.interactive import (
    MAX_FRAMES,
    Choice,
    Interactive,
    Slider,
    explore,
    figure_to_png,
)

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(autouse=True)
def _no_leaked_figures():
    plt.close("all")
    yield
    plt.close("all")


def make_draw(calls=None):
    """A tiny, fast drawing function whose picture depends on every argument."""

    def draw(x=0.5, y=0.5, kind="line"):
        if calls is not None:
            calls.append({"x": x, "y": y, "kind": kind})
        fig, ax = plt.subplots(figsize=(1.2, 1.2))
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        ax.axis("off")
        if kind == "line":
            ax.plot([0, x], [0, y], lw=4, color="k")
        else:
            ax.add_patch(plt.Circle((x, y), 0.2, color="k"))
        return fig

    return draw


# ---------------------------------------------------------------------------
# Slider / Choice
# ---------------------------------------------------------------------------

class TestSlider:
    def test_grid_includes_both_ends(self):
        assert Slider(0, 1, 0.25).grid() == [0, 0.25, 0.5, 0.75, 1.0]

    def test_float_grid_is_floats_and_rounded(self):
        g = Slider(0, 0.3, 0.1).grid()
        assert g == [0.0, 0.1, 0.2, 0.3]
        assert all(type(v) is float for v in g)

    def test_negative_range(self):
        assert Slider(-1, 1, 0.5).grid() == [-1.0, -0.5, 0.0, 0.5, 1.0]

    def test_int_detection(self):
        s = Slider(0, 10, 2)
        assert s.is_int
        assert s.grid() == [0, 2, 4, 6, 8, 10]
        assert all(type(v) is int for v in s.grid())

    def test_int_detection_accepts_integral_floats(self):
        assert Slider(1.0, 5.0, 1.0).is_int
        assert Slider(1.0, 5.0, 1.0).grid() == [1, 2, 3, 4, 5]

    @pytest.mark.parametrize("args", [(0, 1, 0.5), (0.5, 3.5, 1), (0, 3.5, 0.5),
                                      (0, 10, 1, None, None, 2.5)])
    def test_not_int(self, args):
        assert not Slider(*args).is_int

    def test_static_step_coarsens_grid(self):
        s = Slider(0, 1, 0.05, static_step=0.25)
        assert s.grid() == [0, 0.25, 0.5, 0.75, 1.0]

    def test_static_step_int(self):
        s = Slider(0, 100, 1, static_step=25)
        assert s.is_int and s.grid() == [0, 25, 50, 75, 100]

    @pytest.mark.parametrize("args", [(0, 1, 5), (0, 10, 3), (0, 1, 0.3),
                                      (0, 10, 1, None, None, 4)])
    def test_step_must_divide_the_range(self, args):
        # otherwise the live slider (in steps) and the static one (both ends) disagree
        with pytest.raises(ValueError, match="does not divide"):
            Slider(*args)

    def test_grid_length_matches_step(self):
        for lo, hi, step in [(0, 180, 15), (0.5, 3, 0.5), (-2, 2, 0.1)]:
            g = Slider(lo, hi, step).grid()
            assert len(g) == round((hi - lo) / step) + 1
            assert g[0] == pytest.approx(lo) and g[-1] == pytest.approx(hi)
            np.testing.assert_allclose(np.diff(g), step, rtol=1e-9)

    def test_start_defaults_to_middle(self):
        assert Slider(0, 1, 0.25).start() == 0.5
        assert Slider(0, 10, 1).start() == 5

    def test_start_snaps_value_to_grid(self):
        assert Slider(0, 1, 0.25, value=0.8).start() == 0.75
        assert Slider(0, 1, 0.25, value=-3).start() == 0

    @pytest.mark.parametrize("kwargs", [
        dict(lo=1, hi=1, step=0.1),
        dict(lo=2, hi=1, step=0.1),
        dict(lo=0, hi=math.inf, step=0.1),
        dict(lo=-math.inf, hi=0, step=0.1),
        dict(lo=math.nan, hi=1, step=0.1),
        dict(lo=0, hi=1, step=0),
        dict(lo=0, hi=1, step=-0.1),
        dict(lo=0, hi=1, step=math.nan),
        dict(lo=0, hi=1, step=0.1, static_step=0),
        dict(lo=0, hi=1, step=0.1, static_step=-1),
        dict(lo=0, hi=1, step=0.1, static_step=math.nan),
    ])
    def test_invalid_sliders_raise(self, kwargs):
        with pytest.raises(ValueError):
            Slider(**kwargs)

    def test_error_message_names_values(self):
        with pytest.raises(ValueError, match="lo=2.*hi=1"):
            Slider(2, 1, 0.1)
        with pytest.raises(ValueError, match="step must be positive"):
            Slider(0, 1, 0)

    def test_frozen(self):
        s = Slider(0, 1, 0.5)
        with pytest.raises(dataclasses.FrozenInstanceError):
            s.lo = 3  # type: ignore[misc]


class TestChoice:
    def test_grid_and_start(self):
        c = Choice(["a", "b", "c"])
        assert c.grid() == ["a", "b", "c"]
        assert c.start() == "a"
        assert Choice(["a", "b"], value="b").start() == "b"

    def test_needs_two_options(self):
        with pytest.raises(ValueError):
            Choice(["only"])
        with pytest.raises(ValueError):
            Choice([])


class TestParamSpecs:
    def test_tuple_becomes_slider_and_list_becomes_choice(self):
        it = explore(make_draw(), alt="a", x=(0, 1, 0.5), kind=["line", "dot"])
        assert it.params["x"] == Slider(0, 1, 0.5)
        assert isinstance(it.params["kind"], Choice)
        assert it.params["kind"].grid() == ["line", "dot"]
        assert it.shape == (3, 2)

    def test_bad_spec_type(self):
        with pytest.raises(TypeError, match="'x'"):
            explore(make_draw(), alt="a", x=0.5)

    def test_draw_must_be_callable(self):
        with pytest.raises(TypeError):
            Interactive("not a function", {"x": Slider(0, 1, 0.5)}, alt="a")

    def test_needs_a_parameter(self):
        with pytest.raises(ValueError):
            explore(make_draw(), alt="a")


# ---------------------------------------------------------------------------
# Frames
# ---------------------------------------------------------------------------

class TestFrames:
    def test_one_parameter(self):
        calls = []
        it = explore(make_draw(calls), x=Slider(0, 1, 0.5), alt="a line")
        assert it.shape == (3,)
        assert calls == []  # nothing rendered until asked
        frames = it.frames
        assert len(frames) == 3
        assert all(isinstance(f, bytes) and f.startswith(PNG_MAGIC) for f in frames)
        assert [c["x"] for c in calls] == [0.0, 0.5, 1.0]

    def test_two_parameters_c_order(self):
        calls = []
        it = explore(make_draw(calls), x=Slider(0, 1, 0.5), y=Slider(0, 1, 1), alt="a line")
        assert it.shape == (3, 2)
        frames = it.frames
        assert len(frames) == int(np.prod(it.shape)) == 6
        assert all(f.startswith(PNG_MAGIC) for f in frames)
        assert [(c["x"], c["y"]) for c in calls] == [
            (0.0, 0), (0.0, 1), (0.5, 0), (0.5, 1), (1.0, 0), (1.0, 1)]

    def test_frame_k_is_the_picture_of_combo_k(self):
        draw = make_draw()
        it = explore(draw, x=Slider(0, 1, 0.5), kind=["line", "dot"], alt="a")
        frames = it.frames
        # frame index 3 = (x index 1, kind index 1) = (0.5, "dot")
        fig = draw(x=0.5, kind="dot")
        assert figure_to_png(fig, dpi=it.dpi) == frames[3]
        plt.close(fig)

    def test_different_values_give_different_frames(self):
        it = explore(make_draw(), x=Slider(0, 1, 0.5), kind=["line", "dot"], alt="a")
        assert len(set(it.frames)) == len(it.frames) == 6

    def test_frames_are_cached(self):
        calls = []
        it = explore(make_draw(calls), x=Slider(0, 1, 0.5), alt="a")
        first = it.frames
        it.frames, it.nbytes, it.static_html()
        assert it.frames is first
        assert len(calls) == 3

    def test_figures_are_closed(self):
        it = explore(make_draw(), x=Slider(0, 1, 0.25), alt="a")
        _ = it.frames
        assert plt.get_fignums() == []

    def test_nbytes(self):
        it = explore(make_draw(), x=Slider(0, 1, 1), alt="a")
        assert it.nbytes == sum(len(base64.b64encode(f)) for f in it.frames) > 0

    def test_png_is_a_decodable_palette_image(self):
        import io

        from PIL import Image

        it = explore(make_draw(), x=Slider(0, 1, 1), alt="a", dpi=50)
        img = Image.open(io.BytesIO(it.frames[0]))
        assert img.format == "PNG" and img.mode == "P"
        assert img.size == (60, 60)  # 1.2 in x 50 dpi

    def test_draw_failing_at_end_of_range_names_the_value(self):
        def draw(x):
            scale = 1.0 / (1.0 - x)  # ZeroDivisionError at x == hi
            return make_draw()(x=min(scale, 1.0))

        it = explore(draw, x=Slider(0, 1, 0.5), alt="a")
        with pytest.raises(RuntimeError) as info:
            _ = it.frames
        msg = str(info.value)
        assert "x=1" in msg and "ZeroDivisionError" in msg
        assert "x=0.5" not in msg
        assert isinstance(info.value.__cause__, ZeroDivisionError)

    def test_draw_failing_names_every_parameter_value(self):
        def draw(n, kind):
            if n == 3 and kind == "b":
                raise ValueError("bad combination")
            return make_draw()()

        it = explore(draw, n=Slider(1, 3, 1), kind=["a", "b"], alt="a")
        with pytest.raises(RuntimeError, match=r"n=3, kind=b: ValueError: bad combination"):
            _ = it.frames

    def test_draw_returning_none_is_a_type_error_mentioning_figure(self):
        def draw(x):
            fig, ax = plt.subplots()
            ax.plot([0, x])  # forgot `return fig`

        it = explore(draw, x=Slider(0, 1, 0.5), alt="a")
        with pytest.raises(TypeError, match="Figure") as info:
            it.render(x=0.5)
        assert "NoneType" in str(info.value) and "'draw'" in str(info.value)
        with pytest.raises(RuntimeError, match="Figure") as info:
            _ = it.frames
        assert isinstance(info.value.__cause__, TypeError)
        assert "x=0" in str(info.value)

    def test_draw_returning_axes_is_rejected(self):
        def draw(x):
            return plt.subplots()[1].figure.axes  # a list, not a Figure

        with pytest.raises(TypeError, match="Figure"):
            explore(draw, x=Slider(0, 1, 0.5), alt="a").render(x=0)

    def test_too_many_frames(self):
        calls = []
        with pytest.raises(ValueError, match="static_step") as info:
            explore(make_draw(calls), x=Slider(0, 1, 0.005), alt="a")
        assert "201" in str(info.value)
        assert calls == []  # refused before drawing anything

    def test_too_many_frames_product(self):
        with pytest.raises(ValueError, match=r"17 x 17"):
            explore(make_draw(), x=Slider(0, 1, 0.0625), y=Slider(0, 1, 0.0625), alt="a")

    def test_max_frames_is_configurable(self):
        assert MAX_FRAMES == interactive.MAX_FRAMES == 128
        with pytest.raises(ValueError, match="static_step"):
            explore(make_draw(), x=Slider(0, 1, 0.25), alt="a", max_frames=4)
        assert explore(make_draw(), x=Slider(0, 1, 0.25), alt="a", max_frames=5).shape == (5,)

    def test_static_step_keeps_page_light(self):
        it = explore(make_draw(), x=Slider(0, 1, 0.005, static_step=0.5), alt="a")
        assert it.shape == (3,)

    def test_static_grid_follows_the_live_step_by_default(self):
        # a lesson with 5-degree steps gets 5-degree frames unless the chapter says otherwise
        it = explore(make_draw(), x=Slider(0, 180, 5), alt="a")
        assert it.shape == (37,) and it.params["x"].grid()[:3] == [0, 5, 10]

    def test_stats_are_for_the_benchmark(self):
        it = explore(make_draw(), x=Slider(0, 1, 0.5), kind=["line", "dot"], alt="a", dpi=30)
        assert it.stats() == {"frames": 6, "bytes": it.nbytes, "shape": [3, 2]}

    @pytest.mark.parametrize("alt", ["", "   ", None])
    def test_missing_alt_text(self, alt):
        with pytest.raises(ValueError, match="alt"):
            explore(make_draw(), x=Slider(0, 1, 0.5), alt=alt)

    def test_alt_is_keyword_only(self):
        with pytest.raises(TypeError):
            explore(make_draw(), "alt text", x=Slider(0, 1, 0.5))  # type: ignore[misc]


# ---------------------------------------------------------------------------
# Static HTML
# ---------------------------------------------------------------------------

def _payload(page: str) -> dict:
    m = re.search(r'<script type="application/json" class="mfml-frames">(.*?)</script>', page, re.S)
    assert m, "frames JSON missing"
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def two_param():
    """An interactive over a 5 x 2 grid and its static HTML (rendered once)."""
    it = explore(make_draw(), x=Slider(0, 1, 0.25, value=0.75, label="Length x"),
                 kind=["line", "dot"], alt='A line or a dot; "x" sets where',
                 dpi=40)
    page = it.static_html()
    plt.close("all")
    return it, page


def _radios(page: str) -> list[str]:
    return re.findall(r'<input type="radio"[^>]*>', page)


class TestStaticHtml:
    def test_a_range_input_for_numbers_and_a_radio_group_for_names(self, two_param):
        it, page = two_param
        inputs = re.findall(r'<input type="range"[^>]*>', page)
        assert len(inputs) == 1
        assert 'max="4"' in inputs[0] and 'name="x"' in inputs[0]
        assert 'min="0"' in inputs[0] and 'step="1"' in inputs[0]
        radios = _radios(page)
        assert len(radios) == 2
        assert [re.search(r'value="(\d+)"', r).group(1) for r in radios] == ["0", "1"]
        assert len({re.search(r'name="([^"]+)"', r).group(1) for r in radios}) == 1
        assert page.count('class="mfml-control') == 2  # one control per parameter

    def test_radio_group_is_a_fieldset_with_a_legend(self, two_param):
        it, page = two_param
        m = re.search(r'<fieldset class="mfml-control mfml-choice"[^>]*>(.*?)</fieldset>',
                      page, re.S)
        assert m, "the named choice is not a fieldset"
        group = m.group(1)
        assert re.search(r"<legend[^>]*>kind</legend>", group)
        # each option is a labelled radio: clicking the word selects it
        assert re.search(r'<label[^>]*><input type="radio"[^>]*> line</label>', group)
        assert re.search(r'<label[^>]*><input type="radio"[^>]*> dot</label>', group)
        # the chosen value is announced
        assert re.search(r'<output aria-live="polite"[^>]*>line</output>', group)

    def test_numeric_choice_stays_a_slider(self):
        it = explore(make_draw(), x=Choice([0.25, 0.5, 1.0]), alt="a", dpi=30)
        page = it.static_html()
        assert len(re.findall(r'<input type="range"', page)) == 1 and not _radios(page)
        assert not Choice([1, 2]).is_named and Choice(["a", "b"]).is_named
        assert not Choice(["a", 2]).is_named  # mixed: an ordered scale is not promised

    def test_two_interactives_never_share_a_radio_group(self):
        pages = [explore(make_draw(), x=Slider(0, 1, 1), kind=["line", "dot"],
                         alt="a", dpi=30).static_html() for _ in range(2)]
        names = [{re.search(r'name="([^"]+)"', r).group(1) for r in _radios(p)}
                 for p in pages]
        assert len(names[0]) == len(names[1]) == 1 and names[0] != names[1]

    def test_start_values(self, two_param):
        it, page = two_param
        inputs = re.findall(r'<input type="range"[^>]*>', page)
        assert 'value="3"' in inputs[0]  # 0.75 is grid index 3
        assert [" checked" in r for r in _radios(page)] == [True, False]
        assert it.start_index() == (3, 0)

    def test_start_value_of_a_named_choice(self):
        it = explore(make_draw(), x=Slider(0, 1, 1),
                     kind=Choice(["line", "dot"], value="dot"), alt="a", dpi=30)
        assert [" checked" in r for r in _radios(it.static_html())] == [False, True]

    def test_labels(self, two_param):
        it, page = two_param
        assert 'aria-label="Length x"' in page and ">Length x</span>" in page
        assert ">kind</legend>" in page
        assert "<output" in page and ">0.75</output>" in page and ">line</output>" in page

    def test_img_with_alt_and_start_frame(self, two_param):
        it, page = two_param
        imgs = re.findall(r"<img [^>]*>", page)
        assert len(imgs) == 1
        img = imgs[0]
        assert 'alt="A line or a dot; &quot;x&quot; sets where"' in img
        k = 3 * 2 + 0
        assert f'data-frame="{k}"' in img
        src = re.search(r'src="data:image/png;base64,([^"]+)"', img).group(1)
        assert base64.b64decode(src) == it.frames[k]

    def test_frames_json(self, two_param):
        it, page = two_param
        data = _payload(page)
        assert data["dims"] == [5, 2]
        assert data["labels"] == [["0", "0.25", "0.5", "0.75", "1"], ["line", "dot"]]
        assert len(data["png"]) == 10
        assert [base64.b64decode(p) for p in data["png"]] == it.frames

    def test_note_says_how_to_go_live_without_frame_count_or_size(self, two_param):
        it, page = two_param
        m = re.search(r'<p class="mfml-note"[^>]*>(.*?)</p>', page, re.S)
        assert m
        note = m.group(1)
        assert "Jupyter" in note and "Binder" in note
        # frame counts and kilobytes mean nothing to a learner: benchmark only
        assert not re.search(r"\bframes?\b|\bKB\b|\d", note)

    def test_no_step_note_when_static_grid_is_the_live_grid(self, two_param):
        it, page = two_param
        assert "mfml-step-note" not in page

    def test_step_note_when_static_grid_is_coarser(self):
        it = explore(make_draw(), x=Slider(0, 180, 5, static_step=15,
                                           label="angle of v (°)"),
                     alt="a", dpi=30, max_frames=128)
        page = it.static_html()
        notes = re.findall(r'<p class="mfml-step-note"[^>]*>(.*?)</p>', page)
        assert notes == ["On this page the angle of v slider moves in steps of 15°; "
                         "in Jupyter, 5°."]
        # right under its control, before the figure
        assert page.index("mfml-step-note") < page.index("<img")
        assert page.index('name="x"') < page.index("mfml-step-note")

    @pytest.mark.parametrize("slider, expected", [
        (Slider(0, 1, 0.25, static_step=0.5, label="shear k"),
         "On this page the shear k slider moves in steps of 0.5; in Jupyter, 0.25."),
        (Slider(0, 1, 0.25, static_step=0.5),
         "On this page the x slider moves in steps of 0.5; in Jupyter, 0.25."),
        (Slider(0, 2, 0.5, static_step=1, label="time (s)", unit=" s"),
         "On this page the time slider moves in steps of 1 s; in Jupyter, 0.5 s."),
        (Slider(0, 1, 0.1, static_step=0.5, label="P(A)"),
         "On this page the P(A) slider moves in steps of 0.5; in Jupyter, 0.1."),
        (Slider(0, 1, 0.1, static_step=0.5, label="P(B | not A)"),
         "On this page the P(B | not A) slider moves in steps of 0.5; in Jupyter, 0.1."),
        (Slider(0, 1, 0.25), None),
        (Slider(0, 1, 0.25, static_step=0.25), None),
    ])
    def test_step_note_wording(self, slider, expected):
        assert slider.step_note("x") == expected

    def test_script_and_wrapper(self, two_param):
        it, page = two_param
        assert page.startswith('<div class="mfml-interactive"') and page.endswith("</div>")
        assert page.count("<script") == 2 and page.count("</script>") == 2
        assert "addEventListener('input'" in page
        assert "addEventListener('change'" in page  # radios fire change

    def test_one_parameter_page(self):
        it = explore(make_draw(), x=Slider(0, 1, 0.5), alt="just x", dpi=30)
        page = it.static_html()
        assert len(re.findall(r'<input type="range"', page)) == 1
        assert 'max="2"' in page and 'value="1"' in page
        assert _payload(page)["dims"] == [3]
        assert 'alt="just x"' in page

    def test_html_in_labels_and_options_cannot_break_the_page(self):
        it = explore(make_draw(), x=Slider(0, 1, 1, label="<b>x</b>"),
                     kind=Choice(["line", "</script><script>alert(1)</script>"]),
                     alt="<img>", dpi=30)
        # the drawing function only knows "line" and anything else -> dot
        page = it.static_html()
        assert page.count("</script>") == 2  # only the two real closing tags
        assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page
        assert "<script><script>" not in page and "&lt;/script&gt;&lt;script&gt;" in page
        assert 'alt="&lt;img&gt;"' in page
        assert _payload(page)["labels"][1][1] == "</script><script>alert(1)</script>"


# ---------------------------------------------------------------------------
# Live widget and mime bundle
# ---------------------------------------------------------------------------

class TestWidget:
    def test_mimebundle_in_the_build(self, capsys, monkeypatch):
        monkeypatch.setenv("MFML_STATIC_FRAMES", "1")
        it = explore(make_draw(), x=Slider(0, 1, 0.5), y=Slider(0, 1, 1), alt="a", dpi=30)
        bundle = it._repr_mimebundle_()
        assert "application/vnd.jupyter.widget-view+json" in bundle
        assert bundle["application/vnd.jupyter.widget-view+json"]["model_id"] == it.widget.model_id
        assert bundle["text/html"] == it.static_html()
        assert bundle["text/plain"] == "<interactive: x, y; 6 static frames>"

    def test_mimebundle_in_a_live_kernel_draws_one_preview(self, capsys, monkeypatch):
        monkeypatch.delenv("MFML_STATIC_FRAMES", raising=False)
        calls = []
        it = explore(make_draw(calls), x=Slider(0, 1, 0.5), y=Slider(0, 1, 1), alt="a<b",
                     dpi=30)
        bundle = it._repr_mimebundle_()
        assert "application/vnd.jupyter.widget-view+json" in bundle
        assert it._frames is None and len(calls) == 2        # the widget's and the preview's
        assert calls[-1] == calls[0]                           # both at the starting values
        page = bundle["text/html"]
        assert page.count("<img ") == 1 and 'alt="a&lt;b"' in page
        assert "mfml-preview" in page and 'type="range"' not in page and "<script" not in page
        assert bundle["text/plain"] == "<interactive: x, y; live>"
        assert plt.get_fignums() == []

    def test_vbox_with_sliders(self, capsys):
        import ipywidgets as w

        it = explore(make_draw(), x=Slider(0, 1, 0.25, label="Length"),
                     y=Slider(2, 10, 2), kind=["line", "dot"], alt="a")
        box = it.widget
        assert isinstance(box, w.VBox)
        assert it.widget is box  # built once
        x, y, kind, out = box.children
        assert isinstance(x, w.FloatSlider)
        assert (x.min, x.max, x.step, x.value, x.description) == (0, 1, 0.25, 0.5, "Length")
        assert isinstance(y, w.IntSlider)
        assert (y.min, y.max, y.step, y.value, y.description) == (2, 10, 2, 6, "y")
        assert isinstance(kind, w.RadioButtons)  # names, not a scale
        assert kind.options == ("line", "dot") and kind.value == "line"
        assert isinstance(out, w.Output)
        assert not x.continuous_update

    def test_numeric_choice_is_a_selection_slider(self, capsys):
        import ipywidgets as w

        it = explore(make_draw(), x=Choice([0.25, 0.5, 1.0], value=0.5), alt="a")
        x, out = it.widget.children
        assert isinstance(x, w.SelectionSlider) and x.value == 0.5

    def test_changing_a_slider_redraws(self, capsys):
        calls = []
        it = explore(make_draw(calls), x=Slider(0, 1, 0.25), kind=["line", "dot"], alt="a")
        box = it.widget
        assert len(calls) == 1  # initial draw
        assert calls[-1] == {"x": 0.5, "y": 0.5, "kind": "line"}
        box.children[0].value = 1.0
        assert len(calls) == 2 and calls[-1]["x"] == 1.0
        box.children[1].value = "dot"
        assert len(calls) == 3 and calls[-1] == {"x": 1.0, "y": 0.5, "kind": "dot"}
        box.children[0].value = 1.0  # no change -> no redraw
        assert len(calls) == 3
        assert plt.get_fignums() == []

    def test_widget_does_not_render_static_frames(self, capsys):
        calls = []
        it = explore(make_draw(calls), x=Slider(0, 1, 0.25), alt="a")
        _ = it.widget
        assert len(calls) == 1 and it._frames is None


@pytest.mark.parametrize("build", [True, False], ids=["build", "live"])
def test_live_and_static_paths_in_a_real_kernel(tmp_path, monkeypatch, build):
    """Executed by a Jupyter kernel, one explore() call yields a widget view
    (what JupyterLab and Binder render) and HTML: every frame behind range inputs
    where the book's build runs it (what the site shows), one preview elsewhere."""
    import nbformat
    from nbclient import NotebookClient

    if build:    # the kernel inherits the environment, as the build's kernels do
        monkeypatch.setenv("MFML_STATIC_FRAMES", "1")
    else:
        monkeypatch.delenv("MFML_STATIC_FRAMES", raising=False)

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(
        "import matplotlib.pyplot as plt\n"
        "from mfml.interactive import Slider, explore\n"
        "def draw(a=1.0):\n"
        "    fig, ax = plt.subplots()\n"
        "    ax.plot([0, 1], [0, a])\n"
        "    return fig\n"
        "explore(draw, a=Slider(0.0, 2.0, 0.5), alt='a line of slope a')")]
    NotebookClient(nb, timeout=60, kernel_name="python3").execute()
    outputs = nb.cells[0].outputs
    data = [o["data"] for o in outputs if o.get("output_type") == "execute_result"]
    assert len(data) == 1, outputs
    bundle = data[0]
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert 'class="mfml-interactive' in bundle["text/html"]
    assert bundle["text/html"].count('type="range"') == (1 if build else 0)
    assert ("mfml-preview" in bundle["text/html"]) is not build
    # the live widget drew its first figure into its Output widget
    state = nb.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    outs = [m for m in state.values() if m["model_name"] == "OutputModel"]
    assert outs and any(o["state"].get("outputs") for o in outs)
