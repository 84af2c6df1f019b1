"""Sphinx extension: make the built site work offline, and pin Thebe.

* Copies MathJax 3, RequireJS and the Jupyter widgets HTML manager from their
  npm registry packages (fetched once with ``npm pack`` and cached) into
  ``<site>/_static/_vendor/`` once the pages are written, and points Sphinx and
  myst-nb at those copies, so the site loads no script from a CDN. (Copied
  after the build, not placed in the book's own ``_static/``: Jupyter Book
  would load every script found there on every page.)
* Sets sphinx-thebe's Thebe version to one that supports ipywidgets 8.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

VENDOR = {
    # npm package spec: (files or folders to keep, relative to the package root)
    "mathjax@3.2.2": ["es5/tex-chtml.js", "es5/input", "es5/output/chtml", "es5/ui",
                      "es5/a11y", "es5/adaptors", "LICENSE"],
    "requirejs@2.3.8": ["require.js"],
    # the manager fetches its icon fonts from <cdn>/@jupyter-widgets/html-manager/dist/
    "@jupyter-widgets/html-manager@1.0.15": ["dist/embed-amd.js", "dist/*.woff2", "dist/*.woff",
                                             "dist/*.ttf", "dist/*.eot", "dist/*.svg",
                                             "package.json"],
}
THEBE_VERSION = "0.9.3"

# Relative paths in Sphinx's script list are taken inside _static/.
MATHJAX_PATH = "_vendor/mathjax/es5/tex-chtml.js"
REQUIREJS_PATH = "_vendor/requirejs/require.js"
WIDGETS_PATH = "_vendor/@jupyter-widgets/html-manager/dist/embed-amd.js"


def _name(spec: str) -> str:
    return spec.rsplit("@", 1)[0]


def cache_dir() -> Path:
    root = os.environ.get("MFML_VENDOR_CACHE") or Path.home() / ".cache" / "mfml-vendor"
    return Path(root)


def fetch(spec: str) -> Path:
    """Unpacked npm package ``spec`` in the cache (``npm pack`` on first use)."""
    dest = cache_dir() / spec.replace("/", "__")
    if (dest / "package").is_dir():
        return dest / "package"
    dest.mkdir(parents=True, exist_ok=True)
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError(
            "npm is needed once to fetch the site's JavaScript (MathJax, widget manager) "
            "from the npm registry: install Node.js/npm (Debian: apt-get install npm).")
    out = subprocess.run([npm, "pack", spec, "--silent"], cwd=dest, capture_output=True,
                         text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"npm pack {spec} failed:\n{out.stderr}")
    tgz = dest / out.stdout.strip().splitlines()[-1]
    with tarfile.open(tgz) as tf:
        tf.extractall(dest, filter="data")
    tgz.unlink()
    return dest / "package"


def vendor_into(outdir: Path) -> list[Path]:
    """Copy the vendored files into ``outdir/_static/_vendor``; return what was written."""
    written = []
    for spec, keep in VENDOR.items():
        pkg = fetch(spec)
        target = Path(outdir) / "_static" / "_vendor" / _name(spec)
        for pattern in keep:
            for src in sorted(pkg.glob(pattern)):
                dst = target / src.relative_to(pkg)
                dst.parent.mkdir(parents=True, exist_ok=True)
                if src.is_dir():
                    shutil.copytree(src, dst, dirs_exist_ok=True)
                else:
                    shutil.copy2(src, dst)
                written.append(dst)
    return written


def _config_inited(app, config):
    config.mathjax_path = MATHJAX_PATH
    config.nb_ipywidgets_js = {REQUIREJS_PATH: {}, WIDGETS_PATH: {}}


WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


def page_scripts(scripts: list, body: str, pathto) -> list:
    """The scripts one page should load.

    * Scripts added twice are dropped (under Jupyter Book, sphinx-thebe adds its
      ``const`` configuration twice: a console error).
    * The widget manager (RequireJS, the HTML manager and the embedded widget
      state, several MB) is kept only on pages that render a widget view. The
      book's interactives render as kernel-free HTML instead, so most pages need
      none of it.
    * Where it is kept, RequireJS is pointed at the site's own copy, relative to
      the page: the manager loads its icon fonts next to the module.
    """
    needs_widgets = WIDGET_VIEW in body
    seen, out = set(), []
    for js in scripts:
        name = str(js.filename or "")
        key = (name, js.attributes.get("body"))
        if key in seen:
            continue
        seen.add(key)
        is_widget_js = (name.endswith((REQUIREJS_PATH, WIDGETS_PATH))
                        or js.attributes.get("type") == WIDGET_STATE)
        if is_widget_js and not needs_widgets:
            continue
        out.append(js)
        if name.endswith(REQUIREJS_PATH):
            base = pathto("_static/_vendor/", 1)
            out.append(type(js)(None, priority=js.priority,
                                body=f"require.config({{baseUrl: {base!r}}});"))
    return out


def _page_scripts(app, pagename, templatename, context, doctree):
    if context.get("script_files"):
        context["script_files"] = page_scripts(context["script_files"],
                                               context.get("body", ""), context["pathto"])


def _builder_inited(app):
    if app.builder.format == "html":
        # fetch early, so a missing npm fails before the slow notebook execution
        for spec in VENDOR:
            fetch(spec)


def _build_finished(app, exc):
    if exc is None and app.builder.format == "html":
        vendor_into(Path(app.outdir))


def setup(app):
    import sphinx_thebe

    sphinx_thebe.THEBE_VERSION = THEBE_VERSION
    app.connect("config-inited", _config_inited, priority=900)
    app.connect("builder-inited", _builder_inited)
    app.connect("html-page-context", _page_scripts, priority=900)
    app.connect("build-finished", _build_finished)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "0.1"}
