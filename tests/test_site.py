"""The book builds strictly, every page is in the TOC, links resolve, and the
built site works in a real browser (headless Chromium) with no network.

The whole file shares one fresh build (no execution cache, so a change in the
helper package cannot hide behind cached outputs). Run it on one worker
(``--dist loadfile``).
"""

from __future__ import annotations

import functools
import http.server
import re
import subprocess
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml

from .helpers import BIN, ROOT

BOOK = ROOT / "book"


def toc_files() -> list[str]:
    toc = yaml.safe_load((BOOK / "_toc.yml").read_text())
    files = [toc["root"]]

    def walk(node):
        if isinstance(node, dict):
            if "file" in node:
                files.append(node["file"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(toc.get("parts", toc.get("chapters", [])))
    return files


def source_pages() -> set[str]:
    return {str(p.relative_to(BOOK).with_suffix("")) for p in BOOK.rglob("*.md")
            if "_build" not in p.parts and p.name != "README.md"
            and not any(part.startswith(".") for part in p.relative_to(BOOK).parts)}


# --------------------------------------------------------------------------- build
@pytest.fixture(scope="session")
def build(tmp_path_factory):
    out = tmp_path_factory.mktemp("book")
    cmd = [str(BIN / "jupyter-book"), "build", "-W", "-n", "--keep-going",
           "--path-output", str(out), str(BOOK)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=1800)
    return proc, out / "_build" / "html"


@pytest.fixture(scope="session")
def site(build):
    proc, html = build
    if proc.returncode != 0:
        pytest.fail("book build failed:\n" + proc.stdout[-4000:] + proc.stderr[-4000:])
    return html


def test_build_is_clean_with_warnings_as_errors(build):
    proc, _ = build
    log = proc.stdout + proc.stderr
    warnings = [line for line in log.splitlines() if re.search(r"WARNING|ERROR", line)
                and "Kernel is running over TCP" not in line]
    assert proc.returncode == 0, log[-6000:]
    assert not warnings, "\n".join(warnings)


def test_toc_lists_every_page_and_only_real_pages():
    listed = toc_files()
    assert len(listed) == len(set(listed)), "a page is listed twice in _toc.yml"
    assert set(listed) == source_pages(), (
        f"missing from _toc.yml: {source_pages() - set(listed)}; "
        f"listed but absent: {set(listed) - source_pages()}")


def test_intro_roadmap_links_every_chapter():
    intro = (BOOK / f"{toc_files()[0]}.md").read_text()
    missing = [p for p in toc_files() if "/" in p and f"<{p}>" not in intro]
    assert not missing, f"chapters not linked from the roadmap: {missing}"


def test_every_toc_page_is_built(site):
    for page in toc_files():
        assert (site / f"{page}.html").is_file(), page
    assert toc_files()[0] + ".html" in (site / "index.html").read_text()


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if a.get(key) and not (tag == "link" and a.get("rel") == "preconnect"):
                self.links.append(a[key])


@functools.lru_cache(maxsize=None)
def _parse(path: Path) -> _Links:
    p = _Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def test_internal_links_and_anchors_resolve(site):
    broken = []
    for page in sorted(site.rglob("*.html")):
        if page.relative_to(site).parts[0] == "_static":   # theme templates, not pages
            continue
        for link in _parse(page).links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith(("//", "mailto:", "data:", "javascript:")):
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)} -> {link}")
            elif parts.fragment and target.suffix == ".html":
                if unquote(parts.fragment) not in _parse(target).ids:
                    broken.append(f"{page.relative_to(site)} -> {link} (no such anchor)")
    assert not broken, "\n".join(broken)


def test_site_loads_no_script_or_style_from_a_cdn(site):
    """Every <script src> and stylesheet is served by the site itself."""
    remote = []
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for m in re.finditer(r'<(?:script|link)[^>]+(?:src|href)="((?:https?:)?//[^"]+)"', text):
            tag = m.group(0)
            if "<link" in tag and 'rel="stylesheet"' not in tag and "preload" not in tag:
                continue
            remote.append(f"{page.relative_to(site)}: {m.group(1)}")
    assert not remote, "\n".join(remote)
    assert (site / "_static/_vendor/mathjax/es5/tex-chtml.js").is_file()
    assert (site / "_static/_vendor/@jupyter-widgets/html-manager/dist/embed-amd.js").is_file()


def test_static_interactives_do_not_pull_in_the_widget_manager(site):
    """The interactives render as kernel-free HTML, so their pages skip the
    multi-megabyte widget manager and the embedded widget state."""
    html = (site / "linear_algebra" / "dot_product.html").read_text()
    assert "mfml-interactive" in html
    assert "embed-amd.js" not in html and "widget-state+json" not in html


def test_launch_buttons_and_source_download(site):
    html = (site / "linear_algebra" / "dot_product.html").read_text()
    assert "mybinder.org/v2/gh/" in html and "urlpath=lab" in html and "/main?" in html
    assert "thebe-launch-button" in html or "initThebe" in html
    assert "tree/main" in html or "blob/main" in html or "math-foundations-ml" in html
    assert "_sources/linear_algebra/dot_product.md" in html      # download the source
    assert "thebe@0.9.3" in (site / "_static" / "sphinx-thebe.js").read_text() or \
        "0.9.3" in html


# --------------------------------------------------------------------------- browser
class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def server(site):
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


_WAIT_FOR_MATHJAX = """async () => {
  if (!window.MathJax) return;            // pages without math do not load it
  for (let i = 0; i < 200 && !(MathJax.startup && MathJax.startup.promise); i++)
    await new Promise(r => setTimeout(r, 50));
  if (MathJax.startup) await MathJax.startup.promise;
}"""


class Visit:
    """Open a page, recording console errors and any request that leaves 127.0.0.1."""

    def __init__(self, browser, url, dark=False):
        self.errors, self.outside = [], []
        self.context = browser.new_context(viewport={"width": 1280, "height": 900},
                                           color_scheme="dark" if dark else "light")
        if dark:
            self.context.add_init_script("localStorage.setItem('mode', 'dark');")
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)
        self.page.goto(url, wait_until="load")
        self.page.evaluate(_WAIT_FOR_MATHJAX)

    def _route(self, route):
        host = urlsplit(route.request.url).hostname
        if route.request.url.startswith("data:") or host in ("127.0.0.1", None):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def close(self):
        self.context.close()


@pytest.fixture()
def visit(browser, server):
    opened = []

    def _open(path, dark=False):
        v = Visit(browser, f"{server}/{path}", dark=dark)
        opened.append(v)
        return v

    yield _open
    for v in opened:
        v.close()


def _page_paths():
    return [f"{p}.html" for p in toc_files()]   # index.html only redirects to the root page


@pytest.mark.parametrize("path", _page_paths())
def test_page_works_offline_with_math_typeset(visit, path):
    v = visit(path)
    assert not v.errors, f"console errors on {path}: {v.errors}"
    assert not v.outside, f"{path} tried to reach outside the machine: {v.outside}"
    text = v.page.inner_text("main")
    assert "$$" not in text and "\\mathbf" not in text and "\\norm" not in text, \
        f"raw LaTeX left on {path}"
    has_math = (BOOK / (toc_files()[_page_paths().index(path)] + ".md")).read_text().count("$") >= 2
    if has_math:
        assert v.page.locator("mjx-container").count() > 0, f"no typeset math on {path}"
        assert v.page.locator("mjx-merror").count() == 0, f"MathJax error on {path}"


def _pages_with_interactives():
    return [f"{p}.html" for p in toc_files()
            if "explore(" in (BOOK / f"{p}.md").read_text(encoding="utf-8")]


def test_every_chapter_with_code_has_an_interactive():
    chapters = [p for p in toc_files() if "/" in p]
    assert chapters and all(f"{p}.html" in _pages_with_interactives() for p in chapters)


@pytest.mark.parametrize("path", _pages_with_interactives())
def test_static_interactives_change_their_figure_at_both_ends_of_every_slider(visit, path):
    v = visit(path)
    boxes = v.page.locator(".mfml-interactive")
    assert boxes.count() >= 1, f"no static interactive rendered on {path}"
    for b in range(boxes.count()):
        box = boxes.nth(b)
        box.scroll_into_view_if_needed()
        img, sliders = box.locator("img"), box.locator("input[type=range]")
        assert sliders.count() >= 1 and img.is_visible()
        for i in range(sliders.count()):
            slider = sliders.nth(i)
            seen = {img.get_attribute("src")}
            for end in (slider.get_attribute("max"), slider.get_attribute("min")):
                slider.fill(end)
                src = img.get_attribute("src")
                assert src.startswith("data:image/png;base64,")
                seen.add(src)
                label = box.locator("output").nth(i).inner_text().strip()
                assert label, "the slider's value label is empty"
            assert len(seen) >= 2, f"slider {i} of interactive {b} on {path} is dead"
            assert img.evaluate("i => i.complete && i.naturalWidth > 100")
    assert not v.errors, v.errors


def test_dot_product_slider_shows_its_values(visit):
    v = visit("linear_algebra/dot_product.html")
    box = v.page.locator(".mfml-interactive").first
    first = box.locator("input[type=range]").first
    first.fill(first.get_attribute("max"))
    assert box.locator("output").first.inner_text().strip() == "180"


def test_solutions_are_hidden_until_clicked(visit):
    v = visit("linear_algebra/dot_product.html")
    solution = v.page.locator("div.solution").first
    body = solution.locator("p").filter(has_text="so the angle is acute").first
    assert not body.is_visible(), "solution visible before the reader asks for it"
    solution.locator(".admonition-title").first.click()
    body.wait_for(state="visible", timeout=5000)
    assert body.is_visible()


def test_dark_mode_renders_without_errors(visit):
    v = visit("linear_algebra/dot_product.html", dark=True)
    assert v.page.evaluate("document.documentElement.dataset.theme") == "dark"
    assert not v.errors and not v.outside
    # figures keep an opaque white background, so they stay readable on dark pages
    assert v.page.locator("img[src$='.png']").count() >= 3
