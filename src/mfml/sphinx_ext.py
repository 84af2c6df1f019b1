"""Sphinx extension: make the built site work offline, and pin Thebe.

* Copies MathJax 3, RequireJS and the Jupyter widgets HTML manager from their
  npm registry packages (fetched once with ``npm pack`` and cached) into
  ``<site>/_static/_vendor/`` once the pages are written, and points Sphinx and
  myst-nb at those copies, so the site loads no script from a CDN. (Copied
  after the build, not placed in the book's own ``_static/``: Jupyter Book
  would load every script found there on every page.)
* Sets sphinx-thebe's Thebe version to one that supports ipywidgets 8.
* Links the "reread" references of quick checks (:mod:`mfml.quiz`): each
  ``data-mfml-ref="<label>"`` placeholder in a notebook's HTML output becomes a
  link to that label's page and anchor, titled with its section or block title.
  An unknown label is a Sphinx warning (so the strict build fails).
* Adds the ``{practice}`` role: ``{practice}`dot_product.md``` links the
  practice notebook ``exercises/dot_product.md`` on Binder and says so, with
  the local route: "exercises/dot_product.md (opens on Binder) or on your
  machine with ``make lab``". The Binder URL is the ``mfml_practice_url``
  setting (``_config.yml``); a notebook that does not exist is a warning.
* Adds the ``{upcoming}`` role for pages that are planned but not written:
  ``{upcoming}`Gradient descent <calculus/gradient_descent>``` is a link to
  that page once it is in the book, and the plain title until then, so a
  page that names the road ahead (``linear_algebra/where_it_leads``) gains its
  links as the chapters land, with no edit.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
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


# --------------------------------------------------------------------------- errata link
ERRATA_TEMPLATE = "errata.yml"     # .github/ISSUE_TEMPLATE/errata.yml; its field ids below

# Clicking the link copies the reader's selected text (if any) into the form's Quote field.
_ERRATA_JS = (
    "(function(a){if(!a)return;var base=a.href;function upd(){var s=String("
    "window.getSelection?window.getSelection():'').trim().slice(0,1500);"
    "a.href=s?base+'&quote='+encodeURIComponent(s):base;}"
    "['pointerdown','focus','click'].forEach(function(e){a.addEventListener(e,upd);});"
    "})(document.currentScript.previousElementSibling.querySelector('a'));")


def errata_url(repository_url: str, source_path: str, title: str) -> str:
    """The repository's "new issue" form for an erratum, the page already filled in."""
    from urllib.parse import quote

    fields = {"template": ERRATA_TEMPLATE, "title": f"Erratum: {title}",
              "page": source_path}
    query = "&".join(f"{k}={quote(v, safe='/')}" for k, v in fields.items())
    return f"{repository_url.rstrip('/')}/issues/new?{query}"


def errata_html(url: str) -> str:
    return (f'<p class="mfml-errata"><a href="{html.escape(url)}" rel="noopener">'
            "Found an error on this page? Report it</a> (select the wrong sentence first "
            f"to quote it).</p><script>{_ERRATA_JS}</script>")


def _errata_link(app, pagename, templatename, context, doctree):
    options = app.config.html_theme_options or {}
    repository = options.get("repository_url")
    if doctree is None or not repository or "body" not in context:
        return
    folder = str(options.get("path_to_docs", "")).strip("/")
    source = f"{pagename}{context.get('page_source_suffix') or '.md'}"
    source = f"{folder}/{source}" if folder else source
    title = html.unescape(re.sub(r"<[^>]+>", "", context.get("title", pagename)))
    title = re.sub(r"^\d+(\.\d+)*\.\s+", "", title)     # "4. Eigenvalues" -> "Eigenvalues"
    context["body"] += errata_html(errata_url(repository, source, title))


def _builder_inited(app):
    if app.builder.format == "html":
        # fetch early, so a missing npm fails before the slow notebook execution
        for spec in VENDOR:
            fetch(spec)


def _build_finished(app, exc):
    if exc is None and app.builder.format == "html":
        vendor_into(Path(app.outdir))
    if exc is None and getattr(app, "_mfml_blocks", None) is not None:
        _blocks_stamp(app).write_text(json.dumps(app._mfml_blocks, indent=0, sort_keys=True))


# --------------------------------------------------------------- "Before you start" blocks
# A chapter's "Before you start" block is the output of a code cell, drawn from the
# front matter of every chapter (its prerequisites, and the later chapters that name
# it). The execution cache keys a page on its code only, so an incremental build would
# keep the old block when front matter changes. Each block's HTML is hashed; a page
# whose block changed loses its cached execution and is read again.
def blocks_by_doc(book: Path) -> dict[str, str]:
    """A hash of every chapter's "Before you start" block, as the build would draw it."""
    from .chapters import BeforeYouStart, chapters

    return {doc: hashlib.sha256(BeforeYouStart(doc, book)._repr_html_().encode()).hexdigest()
            for doc in chapters(book)}


def stale_blocks(old: dict[str, str], new: dict[str, str]) -> list[str]:
    """The chapters whose block differs from the one recorded at the last build."""
    return sorted(doc for doc, h in new.items() if old.get(doc) != h)


def _blocks_stamp(app) -> Path:
    return Path(app.outdir).parent / "mfml-before-you-start.json"


def _env_get_outdated(app, env, added, changed, removed):
    if app.builder.format != "html":
        return []
    book = Path(app.srcdir)
    try:
        new = blocks_by_doc(book)
    except Exception:      # a broken front matter is reported by the page itself
        return []
    stamp = _blocks_stamp(app)
    old = json.loads(stamp.read_text()) if stamp.is_file() else {}
    app._mfml_blocks = new
    stale = stale_blocks(old, new)
    # where myst-nb keeps it: its config, else <outdir>/../.jupyter_cache (its default)
    nb_config = getattr(env, "mystnb_config", None)
    cache_path = Path(getattr(nb_config, "execution_cache_path", "") or
                      Path(app.outdir).parent / ".jupyter_cache")
    if stale and cache_path.is_dir():
        from jupyter_cache import get_cache

        cache = get_cache(cache_path)
        paths = {str((book / f"{doc}.md").resolve()) for doc in stale}
        for record in cache.list_cache_records():
            if str(Path(record.uri).resolve()) in paths:
                cache.remove_cache(record.pk)
    return [doc for doc in stale if doc in env.found_docs]


# --------------------------------------------------------------------------- quick checks
REREAD = re.compile(r'<a class="mfml-qc-reread" data-mfml-ref="([^"]*)"[^>]*>.*?</a>', re.S)


def link_rereads(text: str, resolve) -> tuple[str, list[str]]:
    """Replace every reread placeholder in ``text`` by a link.

    ``resolve(label)`` returns ``(url, title)`` or ``None`` for an unknown label.
    Returns the new HTML and the labels that did not resolve (left as they were).
    """
    missing = []

    def sub(m):
        label = html.unescape(m[1])
        found = resolve(label)
        if found is None:
            missing.append(label)
            return m[0]
        url, title = found
        return (f'<a class="mfml-qc-reread reference internal" data-mfml-ref="{m[1]}" '
                f'href="{html.escape(url)}">Reread: {_title_html(title)}</a>')

    return REREAD.sub(sub, text), missing


def _title_html(title: str) -> str:
    """A section or block title as HTML: escaped, its $math$ typeset like a question's
    ("Definition 5.2 (Rank-$k$ truncation)" must not show a raw dollar sign)."""
    from mfml.quiz import render_text

    try:
        return render_text(title)
    except ValueError:   # a lone $ in a title: show it as text
        return html.escape(title, quote=False)


def _block_title(env, label: str, docname: str, kind: str, countertype: str) -> str:
    """'Definition 3.1 (Dot product)', as sphinx-proof and sphinx-exercise number them."""
    from mfml.quiz import book_labels

    number = env.toc_fignumbers.get(docname, {}).get(countertype, {}).get(label)
    title = kind.title() + (" " + ".".join(map(str, number)) if number else "")
    info = book_labels(Path(env.srcdir)).get(label)
    return f"{title} ({info.name})" if info and info.name else title


def resolve_label(app, fromdocname: str, label: str):
    """(relative url, title) of a section, figure, prf block or exercise label."""
    env = app.env
    target = None
    proofs = getattr(env, "proof_list", {}) or {}
    exercises = getattr(env, "sphinx_exercise_registry", {}) or {}
    if label in proofs:
        p = proofs[label]
        target = (p["docname"], label,
                  _block_title(env, label, p["docname"], p["realtype"], p["countertype"]))
    elif label in exercises:
        e = exercises[label]
        target = (e["docname"], label,
                  _block_title(env, label, e["docname"], e.get("type", "exercise"), "exercise"))
    elif label in env.domaindata["std"]["labels"]:
        docname, anchor, title = env.domaindata["std"]["labels"][label]
        target = (docname, anchor, " ".join(title.split()))
    if target is None:
        return None
    docname, anchor, title = target
    if docname != fromdocname:
        title += f" ({env.titles[docname].astext()})"
    url = app.builder.get_relative_uri(fromdocname, docname) + "#" + anchor
    return url, title


def _link_quick_checks(app, doctree, docname):
    from docutils import nodes
    from sphinx.util import logging

    if app.builder.format != "html":
        return
    logger = logging.getLogger(__name__)
    for node in list(doctree.findall(nodes.raw)):
        text = node.astext()
        if "data-mfml-ref=" not in text:
            continue
        new, missing = link_rereads(text, lambda label: resolve_label(app, docname, label))
        for label in missing:
            logger.warning(
                f"quick check: reread label {label!r} is not defined (or has no title): "
                "use the label of a section, e.g. (dot_sec_cosine)= on the line before a "
                "heading, or of a {prf:...} or {exercise} block", location=node)
        node.replace_self(nodes.raw("", new, format=node.get("format", "html"),
                                    classes=node.get("classes", [])))


DOC_LINK = re.compile(r'(<a class="mfml-doc" data-mfml-doc=")([^"]*)(" href=")[^"]*(")')


def link_docs(text: str, resolve) -> tuple[str, list[str]]:
    """Point every ``data-mfml-doc`` link (:mod:`mfml.chapters`) at the built page.

    ``resolve(docname)`` returns the relative URL, or ``None`` for a page the
    book does not have. Returns the new HTML and the pages that did not resolve.
    """
    missing = []

    def sub(m):
        url = resolve(html.unescape(m[2]))
        if url is None:
            missing.append(html.unescape(m[2]))
            return m[0]
        return m[1] + m[2] + m[3] + html.escape(url) + m[4]

    return DOC_LINK.sub(sub, text), missing


def _link_chapter_docs(app, doctree, docname):
    from docutils import nodes
    from sphinx.util import logging

    if app.builder.format != "html":
        return
    logger = logging.getLogger(__name__)

    def resolve(target):
        if target not in app.env.all_docs:
            return None
        return app.builder.get_relative_uri(docname, target)

    for node in list(doctree.findall(nodes.raw)):
        text = node.astext()
        if "data-mfml-doc=" not in text:
            continue
        new, missing = link_docs(text, resolve)
        for target in missing:
            logger.warning(f"chapter metadata: page {target!r} does not exist (check the "
                           "prerequisites in the front matter)", location=node)
        node.replace_self(nodes.raw("", new, format=node.get("format", "html"),
                                    classes=node.get("classes", [])))


#: Where a practice notebook opens; ``%s`` is its file name in exercises/.
PRACTICE_URL = ("https://mybinder.org/v2/gh/mfml-book/math-foundations-ml/main"
                "?urlpath=lab/tree/exercises/%s")
PRACTICE_WHERE = "(opens on Binder)"
PRACTICE_LOCAL = "or on your machine with"
PRACTICE_COMMAND = "make lab"


def practice_nodes(filename: str, url_template: str = PRACTICE_URL) -> list:
    """The nodes of ``{practice}`filename```: a link to the notebook on Binder,
    then where it opens and the local route, in one ``mfml-practice`` span."""
    from docutils import nodes

    box = nodes.inline(classes=["mfml-practice"])
    box += nodes.reference("", f"exercises/{filename}", refuri=url_template % filename,
                           classes=["mfml-practice-link"])
    box += nodes.Text(" ")
    box += nodes.inline("", PRACTICE_WHERE, classes=["mfml-practice-where"])
    box += nodes.Text(f" {PRACTICE_LOCAL} ")
    box += nodes.literal(PRACTICE_COMMAND, PRACTICE_COMMAND)
    return [box]


def practice_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """``{practice}`dot_product.md```: see :func:`practice_nodes`."""
    filename = text.strip()
    env = inliner.document.settings.env
    messages = []
    exercises = Path(env.srcdir).parent / "exercises"
    if not re.fullmatch(r"[\w-]+\.md", filename) or not (exercises / filename).is_file():
        messages.append(inliner.reporter.warning(
            f"{{practice}}: no practice notebook exercises/{filename} (give the file "
            "name of a learner notebook, e.g. dot_product.md)", line=lineno))
    return practice_nodes(filename, env.config.mfml_practice_url), messages


UPCOMING = re.compile(r"^\s*(?P<title>.+?)\s*<(?P<target>[\w/.-]+)>\s*$", re.S)


def parse_upcoming(text: str) -> tuple[str, str]:
    """``"Gradient descent <calculus/gradient_descent>"`` -> (title, docname)."""
    m = UPCOMING.match(text)
    if not m:
        raise ValueError(f"{{upcoming}} needs 'Title <part/page>', got {text!r}")
    return " ".join(m["title"].split()), m["target"].removesuffix(".md").strip("/")


def upcoming_nodes(title: str, target: str, exists: bool) -> list:
    """A ``:doc:`` cross-reference when ``target`` is a page of the book, else the
    title as plain text in a ``mfml-upcoming`` span."""
    from docutils import nodes
    from sphinx import addnodes

    if not exists:
        return [nodes.inline("", title, classes=["mfml-upcoming"])]
    xref = addnodes.pending_xref("", refdomain="std", reftype="doc", reftarget="/" + target,
                                 refexplicit=True, refwarn=True)
    xref += nodes.inline("", title, classes=["xref", "std", "std-doc"])
    return [xref]


def upcoming_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """``{upcoming}`Title <part/page>```: see :func:`upcoming_nodes`."""
    env = inliner.document.settings.env
    try:
        title, target = parse_upcoming(text)
    except ValueError as exc:
        msg = inliner.reporter.warning(str(exc), line=lineno)
        return [inliner.problematic(rawtext, rawtext, msg)], [msg]
    return upcoming_nodes(title, target, target in env.found_docs), []


def setup(app):
    import sphinx_thebe

    from .interactive import STATIC_ENV

    # The kernels that execute the pages inherit this process's environment: the
    # site's interactives get every static frame (a live kernel draws one preview).
    os.environ[STATIC_ENV] = "1"

    sphinx_thebe.THEBE_VERSION = THEBE_VERSION
    app.add_config_value("mfml_practice_url", PRACTICE_URL, "env")
    app.add_role("practice", practice_role)
    app.add_role("upcoming", upcoming_role)
    app.connect("config-inited", _config_inited, priority=900)
    app.connect("builder-inited", _builder_inited)
    app.connect("html-page-context", _page_scripts, priority=900)
    app.connect("html-page-context", _errata_link, priority=400)
    app.connect("build-finished", _build_finished)
    app.connect("env-get-outdated", _env_get_outdated)
    app.connect("doctree-resolved", _link_quick_checks)
    app.connect("doctree-resolved", _link_chapter_docs)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "0.1"}
