"""The Sphinx extension's per-page script list and its vendoring."""

from __future__ import annotations

from sphinx.builders.html._assets import _JavaScript

from mfml import sphinx_ext as ext


def _scripts():
    return [
        _JavaScript("_static/doctools.js"),
        _JavaScript(None, body='const THEBE_JS_URL = "x";'),
        _JavaScript("", body='const THEBE_JS_URL = "x";'),       # the duplicate
        _JavaScript(None, type=ext.WIDGET_STATE, body='{"state": {}}'),
        _JavaScript("_static/" + ext.REQUIREJS_PATH),
        _JavaScript("_static/" + ext.WIDGETS_PATH),
    ]


def pathto(target, resource=0):
    return "../" + target


def names(scripts):
    return [str(js.filename or "") or js.attributes.get("body") for js in scripts]


def test_duplicate_inline_scripts_are_dropped():
    out = ext.page_scripts(_scripts(), "<p>no widgets</p>", pathto)
    assert names(out).count('const THEBE_JS_URL = "x";') == 1


def test_pages_without_widget_views_load_no_widget_manager():
    out = names(ext.page_scripts(_scripts(), "<p>no widgets</p>", pathto))
    assert not any(ext.REQUIREJS_PATH in n or ext.WIDGETS_PATH in n for n in out)
    assert '{"state": {}}' not in out
    assert "_static/doctools.js" in out


def test_pages_with_a_widget_view_load_the_local_manager_with_its_base_url():
    body = f'<script type="{ext.WIDGET_VIEW}">{{"model_id": "abc"}}</script>'
    out = names(ext.page_scripts(_scripts(), body, pathto))
    i = out.index("_static/" + ext.REQUIREJS_PATH)
    assert out[i + 1] == "require.config({baseUrl: '../_static/_vendor/'});"
    assert out.index("_static/" + ext.WIDGETS_PATH) > i + 1
    assert '{"state": {}}' in out


def test_vendored_files_land_under_static(tmp_path):
    written = ext.vendor_into(tmp_path)
    assert (tmp_path / "_static" / "_vendor" / "mathjax" / "es5" / "tex-chtml.js").is_file()
    assert (tmp_path / "_static" / ext.WIDGETS_PATH).is_file()
    fonts = [p for p in written if p.suffix in (".woff", ".woff2")]
    assert fonts, "the widget manager's icon fonts must be vendored too"


def test_errata_url_fills_in_the_page_and_title():
    from urllib.parse import parse_qs, urlsplit

    from mfml.sphinx_ext import ERRATA_TEMPLATE, errata_url

    url = errata_url("https://github.com/o/r/", "book/linear_algebra/dot_product.md",
                     "The dot product & co")
    parts = urlsplit(url)
    assert parts.netloc == "github.com" and parts.path == "/o/r/issues/new"
    query = parse_qs(parts.query)
    assert query == {"template": [ERRATA_TEMPLATE],
                     "page": ["book/linear_algebra/dot_product.md"],
                     "title": ["Erratum: The dot product & co"]}


def test_errata_fields_exist_in_the_issue_template():
    import yaml

    from mfml.sphinx_ext import ERRATA_TEMPLATE

    from .helpers import ROOT

    form = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / ERRATA_TEMPLATE).read_text())
    ids = {item.get("id") for item in form["body"]}
    assert {"page", "quote"} <= ids      # the link fills page; the script fills quote


def test_practice_role_links_binder_and_says_where_it_opens():
    from docutils import nodes

    (box,) = ext.practice_nodes("dot_product.md", "https://binder.example/%s")
    assert isinstance(box, nodes.inline) and "mfml-practice" in box["classes"]
    (link,) = list(box.findall(nodes.reference))
    assert link["refuri"] == "https://binder.example/dot_product.md"
    assert link.astext() == "exercises/dot_product.md"
    assert box.astext() == ("exercises/dot_product.md (opens on Binder) "
                            "or on your machine with make lab")
    (command,) = list(box.findall(nodes.literal))
    assert command.astext() == "make lab"


def test_practice_url_in_the_config_is_the_default():
    import yaml

    from .helpers import ROOT

    config = yaml.safe_load((ROOT / "book" / "_config.yml").read_text())["sphinx"]
    assert config["config"]["mfml_practice_url"] == ext.PRACTICE_URL
    assert "sphinx.ext.extlinks" not in config["extra_extensions"]


def test_upcoming_role_parses_title_and_target():
    assert ext.parse_upcoming("Gradient descent <calculus/gradient_descent>") == (
        "Gradient descent", "calculus/gradient_descent")
    assert ext.parse_upcoming(" Chain\n rule <calculus/chain_rule.md> ") == (
        "Chain rule", "calculus/chain_rule")
    import pytest

    with pytest.raises(ValueError, match="Title <part/page>"):
        ext.parse_upcoming("Gradient descent")


def test_upcoming_is_plain_text_until_the_page_exists_then_a_doc_link():
    from docutils import nodes
    from sphinx import addnodes

    (plain,) = ext.upcoming_nodes("Gradient", "calculus/gradient", exists=False)
    assert isinstance(plain, nodes.inline) and "mfml-upcoming" in plain["classes"]
    assert plain.astext() == "Gradient" and not list(plain.findall(addnodes.pending_xref))
    (link,) = ext.upcoming_nodes("Gradient", "calculus/gradient", exists=True)
    assert isinstance(link, addnodes.pending_xref)
    assert (link["reftype"], link["reftarget"], link["refexplicit"]) == (
        "doc", "/calculus/gradient", True)
    assert link.astext() == "Gradient"


def test_the_build_asks_its_kernels_for_every_static_frame(monkeypatch):
    """mfml.sphinx_ext sets MFML_STATIC_FRAMES when Sphinx loads it; the kernels that
    execute the pages inherit it, so the site's interactives carry every frame."""
    from unittest import mock

    from mfml import sphinx_ext
    from mfml.interactive import STATIC_ENV, static_frames_wanted

    monkeypatch.delenv(STATIC_ENV, raising=False)
    assert not static_frames_wanted()
    sphinx_ext.setup(mock.MagicMock())
    assert static_frames_wanted()
    monkeypatch.delenv(STATIC_ENV)     # do not leak into other tests' kernels


def test_a_changed_prerequisite_makes_both_chapters_blocks_stale(tmp_path):
    """The execution cache keys a page on its code; the "Before you start" block comes
    from front matter. A new prerequisite changes the block of the chapter that names
    it and of the chapter it names ("Chapters that build on it"), and only those."""
    import shutil

    from mfml.sphinx_ext import blocks_by_doc, stale_blocks

    from .helpers import BOOK

    book = tmp_path / "book"
    shutil.copytree(BOOK, book, ignore=shutil.ignore_patterns("_build"))
    before = blocks_by_doc(book)
    assert "probability/bayes" in before and stale_blocks(before, before) == []
    page = book / "probability" / "bayes.md"
    text = page.read_text()
    assert "    necessary:\n" in text and "calculus/chain_rule" not in text
    page.write_text(text.replace("    necessary:\n", "    necessary:\n"
                                 "      - doc: calculus/chain_rule\n"
                                 "        for: a test\n", 1))
    after = blocks_by_doc(book)
    assert stale_blocks(before, after) == ["calculus/chain_rule", "probability/bayes"]
    assert stale_blocks({}, after) == sorted(after)       # no record: every block
