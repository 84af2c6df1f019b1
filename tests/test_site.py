"""The book builds strictly, every page is in the TOC, links resolve, and the
built site works in a real browser (headless Chromium) with no network.

The whole file shares one fresh build (no execution cache, so a change in the
helper package cannot hide behind cached outputs). Run it on one worker
(``--dist loadfile``). ``MFML_SITE=book/_build/html`` reuses a site you built
instead, for quick local runs of the browser tests.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml

from .conftest import REPORTS
from .helpers import BIN, ROOT

BOOK = ROOT / "book"


def toc_files() -> list[str]:
    """Every page of _toc.yml in reading order (one reader of the TOC: mfml.chapters)."""
    from mfml.chapters import toc_order

    return toc_order(BOOK)


def source_pages() -> set[str]:
    return {str(p.relative_to(BOOK).with_suffix("")) for p in BOOK.rglob("*.md")
            if "_build" not in p.parts and p.name != "README.md"
            and not any(part.startswith(".") for part in p.relative_to(BOOK).parts)}


# --------------------------------------------------------------------------- build
@pytest.fixture(scope="session")
def build(tmp_path_factory):
    if os.environ.get("MFML_SITE"):     # reuse a site you built (quick local runs only)
        return subprocess.CompletedProcess([], 0, "", ""), Path(os.environ["MFML_SITE"])
    out = tmp_path_factory.mktemp("book")
    cmd = [str(BIN / "jupyter-book"), "build", "-W", "-n", "--keep-going",
           "--path-output", str(out), str(BOOK)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=1800)
    keep_build_reports(proc, out / "_build" / "html")
    return proc, out / "_build" / "html"


def keep_build_reports(proc, html: Path) -> None:
    """The build's log and myst-nb's execution reports, where CI uploads them from."""
    folder = REPORTS / "build"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "build.log").write_text(proc.stdout + "\n--- stderr ---\n" + proc.stderr)
    if (html / "reports").is_dir():
        shutil.copytree(html / "reports", folder / "reports", dirs_exist_ok=True)


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


@functools.cache
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
            elif (parts.fragment and target.suffix == ".html"
                  and unquote(parts.fragment) not in _parse(target).ids):
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


def test_every_interactive_on_the_site_has_its_static_frames(site):
    """The build's kernels render every frame (mfml.sphinx_ext sets MFML_STATIC_FRAMES);
    the one-frame preview of a live kernel must never reach the site."""
    pages = [p for p in site.rglob("*.html") if "mfml-interactive" in p.read_text()]
    assert len(pages) >= 10
    previews = [str(p.relative_to(site)) for p in pages if "mfml-preview" in p.read_text()]
    assert not previews, f"interactives without their frames: {previews}"


#: The heaviest page's HTML, frames included (benchmarks/RESULTS.md has each page's);
#: a page above it needs a coarser static_step or smaller frames, not a higher cap.
PAGE_HTML_CAP = 1600 * 1024


def test_no_page_is_heavier_than_the_cap(site):
    heavy = {str(p.relative_to(site)): p.stat().st_size // 1024
             for p in site.rglob("*.html") if p.stat().st_size > PAGE_HTML_CAP}
    assert not heavy, f"pages over {PAGE_HTML_CAP // 1024} KB of HTML (KB): {heavy}"


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
    # LaTeX shown on purpose as code (the notation page's macro table) is not raw math
    text = v.page.evaluate("""() => { const m = document.querySelector('main').cloneNode(true);
        m.querySelectorAll('code, pre').forEach(c => c.remove()); document.body.append(m);
        const t = m.innerText; m.remove(); return t; }""")
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
    from mfml.chapters import is_chapter_doc  # not the part's closing page

    chapters = [p for p in toc_files() if is_chapter_doc(p)]
    assert chapters and all(f"{p}.html" in _pages_with_interactives() for p in chapters)


@pytest.mark.parametrize("path", _pages_with_interactives())
def test_static_interactives_change_their_figure_at_both_ends_of_every_slider(visit, path):
    v = visit(path)
    boxes = v.page.locator(".mfml-interactive")
    assert boxes.count() >= 1, f"no static interactive rendered on {path}"
    for b in range(boxes.count()):
        box = boxes.nth(b)
        box.scroll_into_view_if_needed()
        img, controls = box.locator("img"), box.locator(".mfml-control")
        assert controls.count() >= 1 and img.is_visible()
        assert box.locator("output").count() == controls.count()
        for i in range(controls.count()):
            control, seen = controls.nth(i), {img.get_attribute("src")}
            if control.evaluate("c => c.tagName") == "INPUT":    # a range slider
                ends = [control.get_attribute("max"), control.get_attribute("min")]
                moves = [functools.partial(control.fill, end) for end in ends]
            else:                                                # a radio group
                radios = control.locator("input[type=radio]")
                moves = [radios.nth(j).check for j in (radios.count() - 1, 0)]
            for move in moves:
                move()
                src = img.get_attribute("src")
                assert src.startswith("data:image/png;base64,")
                seen.add(src)
                label = box.locator("output").nth(i).inner_text().strip()
                assert label, "the control's value label is empty"
            assert len(seen) >= 2, f"control {i} of interactive {b} on {path} is dead"
            assert img.evaluate("i => i.complete && i.naturalWidth > 100")
    assert not v.errors, v.errors


@pytest.mark.parametrize("path", _pages_with_interactives())
def test_interactive_captions_speak_to_the_reader_not_the_benchmark(visit, path):
    """No frame count or kilobytes under an interactive (benchmarks/run.py reads
    them from the embedded frames); a coarser static grid is said in one line."""
    v = visit(path)
    boxes = v.page.locator(".mfml-interactive")
    for b in range(boxes.count()):
        text = boxes.nth(b).inner_text()
        assert not re.search(r"\bframes?\b|\bKB\b", text), f"{path}: {text!r}"
        assert "Jupyter" in text and "Binder" in text
        for note in boxes.nth(b).locator(".mfml-step-note").all_inner_texts():
            assert re.fullmatch(r"On this page the .+ slider moves in steps of \S+; "
                                r"in Jupyter, \S+\.", note.strip()), note


def _eigen_matrix_choice(v):
    box = v.page.locator(".mfml-interactive").filter(
        has=v.page.locator("fieldset.mfml-choice")).first
    box.scroll_into_view_if_needed()
    return box, box.locator("fieldset.mfml-choice")


def test_named_choice_is_a_radio_group_that_changes_the_frame(visit):
    """eigen.md's `Choice(list(MATRICES))`: names, so radio buttons, not a slider."""
    v = visit("linear_algebra/eigen.html")
    box, group = _eigen_matrix_choice(v)
    radios = group.get_by_role("radio")
    assert radios.count() >= 2
    assert group.locator("legend").inner_text().strip(), "the radio group has no name"
    assert box.locator("input[type=range]").count() == 1   # the angle stays a slider
    img, output = box.locator("img"), group.locator("output")
    assert output.get_attribute("aria-live") == "polite"
    before = (img.get_attribute("data-frame"), img.get_attribute("src"))
    second = radios.nth(1)
    name = second.evaluate("r => r.parentElement.textContent.trim()")
    group.locator("label").nth(1).click()                 # click the option's word
    assert second.is_checked() and not radios.nth(0).is_checked()
    after = (img.get_attribute("data-frame"), img.get_attribute("src"))
    assert after[0] != before[0] and after[1] != before[1], "the frame did not change"
    assert output.inner_text().strip() == name
    assert not v.errors, v.errors


def test_named_choice_works_from_the_keyboard(visit):
    v = visit("linear_algebra/eigen.html")
    box, group = _eigen_matrix_choice(v)
    radios = group.get_by_role("radio")
    img = box.locator("img")
    checked = radios.evaluate_all("rs => rs.findIndex(r => r.checked)")
    radios.nth(checked).focus()
    before = img.get_attribute("data-frame")
    v.page.keyboard.press("ArrowRight")                    # native radio-group keys
    now = radios.evaluate_all("rs => rs.findIndex(r => r.checked)")
    assert now == (checked + 1) % radios.count()
    assert img.get_attribute("data-frame") != before
    assert not v.errors, v.errors


def test_dot_product_slider_shows_its_values(visit):
    v = visit("linear_algebra/dot_product.html")
    box = v.page.locator(".mfml-interactive").first
    first = box.locator("input[type=range]").first
    first.fill(first.get_attribute("max"))
    assert box.locator("output").first.inner_text().strip() == "180"


class _PracticeLinks(HTMLParser):
    """Each ``span.mfml-practice`` of a page: its whole text (nested spans and
    code included, whitespace collapsed) and the links inside it."""

    def __init__(self):
        super().__init__()
        self.found, self._depth, self._text, self._links = [], 0, [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self._depth:
            self._depth += tag not in ("br", "img", "wbr")
            if tag == "a":
                self._links.append(attrs.get("href", ""))
        elif tag == "span" and "mfml-practice" in (attrs.get("class") or "").split():
            self._depth, self._text, self._links = 1, [], []

    def handle_endtag(self, tag):
        if self._depth:
            self._depth -= 1
            if not self._depth:
                self.found.append((" ".join("".join(self._text).split()), self._links))

    def handle_data(self, data):
        if self._depth:
            self._text.append(data)


def practice_links(page: str) -> list[tuple[str, list[str]]]:
    parser = _PracticeLinks()
    parser.feed(page)
    return parser.found


def test_practice_links_parser_reads_nested_markup():
    page = ('<p>in <span class="mfml-practice"><a class="reference external" href="B">'
            'exercises/x.md</a> <span class="mfml-practice-where">(opens on Binder)</span>'
            ' or on your machine with <code class="docutils literal notranslate">'
            '<span class="pre">make</span> <span class="pre">lab</span></code></span>: go</p>')
    assert practice_links(page) == [(
        "exercises/x.md (opens on Binder) or on your machine with make lab", ["B"])]
    assert practice_links('<a href="https://mybinder.org/x">x.md</a>') == []


@pytest.mark.parametrize("page", [p for p in toc_files() if "/" in p
                                  and "{practice}" in (BOOK / f"{p}.md").read_text()])
def test_practice_link_says_it_opens_on_binder_and_how_to_run_it_locally(site, page):
    topic = Path(page).name
    found = practice_links((site / f"{page}.html").read_text(encoding="utf-8"))
    assert found, f"{page}: the {{practice}} link did not render"
    for text, links in found:
        assert text.startswith(f"exercises/{topic}.md (opens on Binder)"), text
        assert text.endswith("or on your machine with make lab"), text
        assert len(links) == 1 and links[0].startswith("https://mybinder.org/v2/gh/")
        assert links[0].endswith(f"urlpath=lab/tree/exercises/{topic}.md")
        assert (ROOT / "exercises" / f"{topic}.md").is_file()


def test_every_chapter_links_its_practice_notebook_with_the_role():
    chapters = [p for p in toc_files() if "/" in p
                and (ROOT / "exercises" / f"{Path(p).name}.md").is_file()]
    assert chapters
    for page in chapters:
        text = (BOOK / f"{page}.md").read_text(encoding="utf-8")
        assert f"{{practice}}`{Path(page).name}.md`" in text, page
        assert "mybinder.org" not in text, f"{page}: link the notebook with {{practice}}"


def test_where_it_leads_links_what_exists_and_names_what_does_not(site):
    """The {upcoming} names on the part's closing page: a link to every page that is
    in the book, plain text for the ones still to come."""
    from bs4 import BeautifulSoup

    from mfml.sphinx_ext import parse_upcoming

    source = (BOOK / "linear_algebra" / "where_it_leads.md").read_text(encoding="utf-8")
    named = [parse_upcoming(m) for m in re.findall(r"\{upcoming\}`([^`]+)`", source)]
    soup = BeautifulSoup((site / "linear_algebra" / "where_it_leads.html")
                         .read_text(encoding="utf-8"), "html.parser")
    main = soup.select_one("main") or soup
    plain = {" ".join(s.get_text().split()) for s in main.select("span.mfml-upcoming")}
    links = {" ".join(a.get_text().split()): a["href"] for a in main.select("a[href]")}
    for title, target in named:
        if target in toc_files():
            assert title in links and links[title].split("#")[0].endswith(
                Path(target).name + ".html"), f"{title}: {target} exists but is not linked"
            assert title not in plain
        else:
            assert title in plain and title not in links, title


def test_the_last_chapter_of_the_part_leads_to_where_it_leads(site):
    from bs4 import BeautifulSoup

    docs = toc_files()
    end = docs.index("linear_algebra/where_it_leads")
    before = docs[end - 1]
    soup = BeautifulSoup((site / f"{before}.html").read_text(encoding="utf-8"),
                         "html.parser")
    nxt = soup.select_one("a.right-next")
    assert nxt and nxt["href"].split("#")[0].endswith("where_it_leads.html"), \
        f"'Next' on {before} goes to {nxt and nxt['href']}"


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


def test_static_controls_match_the_light_panel_in_dark_mode(visit):
    """The theme keeps HTML outputs on a light panel in dark mode; radios drawn in the
    dark scheme on it looked inverted (the unchecked one filled, the checked one hollow).
    The panel is light, so its controls must be drawn in the light scheme."""
    v = visit("calculus/derivatives.html", dark=True)
    radio = v.page.locator(".mfml-interactive input[type=radio]").first
    panel_bg = v.page.evaluate(
        "el => getComputedStyle(el.closest('.output')).backgroundColor",
        radio.element_handle())
    channels = [float(c) for c in re.findall(r"[\d.]+", panel_bg)[:3]]
    assert sum(channels) / 3 > 128, f"the panel is not light in dark mode: {panel_bg}"
    assert radio.evaluate("el => getComputedStyle(el).colorScheme") == "light"


# --------------------------------------------------------------------------- the page's width
# Room in the first code cell, against the width of 80 characters in its font; then every
# code cell (hidden inputs opened) that would scroll sideways, with its longest line.
_CODE_ROOM = """() => {
  const pre = document.querySelector('div.cell_input div.highlight pre');
  const probe = document.createElement('span');
  probe.textContent = '0'.repeat(80);
  pre.appendChild(probe);
  const eighty = probe.getBoundingClientRect().width;
  probe.remove();
  const style = getComputedStyle(pre);
  const room = pre.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  document.querySelectorAll('details').forEach(d => { d.open = true; });
  const scrolling = [...document.querySelectorAll('div.cell_input div.highlight pre')]
    .filter(p => p.scrollWidth > p.clientWidth)
    .map(p => p.textContent.split('\\n').reduce((a, b) => (b.length > a.length ? b : a), ''));
  return {room, eighty, scrolling};
}"""


@pytest.mark.parametrize("width", [1366, 1024])
@pytest.mark.parametrize("path", [f"{p}.html" for p in toc_files() if "/" in p and
                                  "```{code-cell}" in (BOOK / f"{p}.md").read_text()])
def test_code_cells_show_80_characters_without_scrolling(browser, server, path, width):
    """STYLE_GUIDE.md R16 holds code lines to 80 characters: what a chapter's code cell
    shows at a common laptop width (1366 px) and on a tablet (1024 px). Narrower windows
    show fewer (77 at 1280 px, where both sidebars are open)."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        page.goto(f"{server}/{path}", wait_until="load")
        got = page.evaluate(_CODE_ROOM)
    finally:
        context.close()
    assert got["eighty"] <= got["room"], (
        f"{path} at {width} px: a code cell has room for {got['room']:.0f} px, 80 characters "
        f"take {got['eighty']:.0f} px")
    assert not got["scrolling"], (f"{path} at {width} px: code cells scroll sideways; "
                                  f"their longest lines: {got['scrolling']}")


# --------------------------------------------------------------------------- quick checks
def _pages_with_quick_checks():
    return [f"{p}.html" for p in toc_files()
            if "quick_check(" in (BOOK / f"{p}.md").read_text(encoding="utf-8")]


# WCAG contrast of an element's text against the background it is drawn on
# (translucent backgrounds composited from the page down).
_CONTRAST = """el => {
  function parse(c) {
    let m = c.match(/^rgba?\\(([^)]+)\\)/);
    if (m) { const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
             return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; }
    m = c.match(/^color\\(srgb ([^)]+)\\)/);
    if (m) { const p = m[1].split(/[\\s\\/]+/).filter(Boolean).map(Number);
             return [p[0] * 255, p[1] * 255, p[2] * 255, p.length > 3 ? p[3] : 1]; }
    throw new Error('cannot parse colour ' + c);
  }
  const over = (t, b) => [0, 1, 2].map(i => t[i] * t[3] + b[i] * (1 - t[3])).concat([1]);
  const chain = [];
  for (let n = el; n && n.nodeType === 1; n = n.parentElement) chain.unshift(n);
  let bg = [255, 255, 255, 1];
  for (const n of chain) bg = over(parse(getComputedStyle(n).backgroundColor), bg);
  const fg = over(parse(getComputedStyle(el).color), bg);
  const lum = c => c.slice(0, 3).map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""


def _quick_checks_of(path):
    from .helpers import quick_checks

    return quick_checks(path.removesuffix(".html"))


def _check(box, key=None):
    """Press Check; return the feedback element now in the live region."""
    box.locator(".mfml-qc-check").click()
    fb = box.locator(".mfml-qc-feedback[aria-live=polite] > .mfml-qc-fb")
    assert fb.count() == 1, "the result did not land in the aria-live region"
    if key is not None:
        assert fb.get_attribute("data-for") == key
    return fb


def _assert_reread(site, page_url, fb, label):
    from mfml.quiz import book_labels

    link = fb.locator("a.mfml-qc-reread")
    assert link.count() == 1 and link.is_visible(), f"no reread link for {label}"
    assert link.get_attribute("data-mfml-ref") == label
    assert link.inner_text().startswith("Reread: ")
    href = link.evaluate("a => a.href")
    parts = urlsplit(href)
    assert parts.fragment, f"reread link without an anchor: {href}"
    target = site / unquote(parts.path).lstrip("/")
    assert target.is_file(), f"reread link to a missing page: {href}"
    assert unquote(parts.fragment) in _parse(target).ids, f"no anchor for {href}"
    page = book_labels(BOOK)[label].page
    assert target == site / f"{page}.html", f"{label} should link to {page}, got {href}"


@pytest.mark.parametrize("path", _pages_with_quick_checks())
def test_every_quick_check_explains_every_answer(visit, site, path):
    expected = _quick_checks_of(path)
    v = visit(path)
    boxes = v.page.locator(".mfml-qc")
    assert [boxes.nth(i).get_attribute("data-mfml-qc") for i in range(boxes.count())] \
        == [q.id for q in expected]
    ids = v.page.evaluate("[...document.querySelectorAll('[id]')].map(e => e.id)")
    qc_ids = [i for i in ids if i.startswith("mfml-qc")]
    assert len(qc_ids) == len(set(qc_ids)) and not set(qc_ids) & (set(ids) - set(qc_ids))
    for i, q in enumerate(expected):
        box = boxes.nth(i)
        box.scroll_into_view_if_needed()
        text = box.evaluate("b => [...b.childNodes].filter(n => n.tagName !== 'SCRIPT')"
                            ".map(n => n.textContent).join(' ')")
        assert "$" not in text and "\\(" not in text and "\\[" not in text, \
            f"raw math left in quick check {q.id}: {text[:300]}"
        assert box.locator("mjx-merror").count() == 0
        assert "Quick check" in box.locator("legend").text_content()
        if q.kind == "choice":
            radios = box.locator("input[type=radio]")
            assert radios.count() == len(q.options)
            _check(box, "none")
            for shown, k in enumerate(q.order):
                option = q.options[k]
                box.locator(f"label[for='{radios.nth(shown).get_attribute('id')}']").click()
                fb = _check(box, f"o{shown}")
                said = fb.inner_text()
                if option.correct:
                    assert fb.get_attribute("data-state") == "right" and "Right." in said
                    assert fb.locator("a").count() == 0
                else:
                    assert fb.get_attribute("data-state") == "wrong" and "Not quite." in said
                    _assert_reread(site, v.page.url, fb, option.reread)
                assert len(said) > 40, f"{q.id}: feedback too short to explain: {said!r}"
        else:
            field = box.locator("input[type=text]")
            unlisted = q.answer + 17.3 * max(1.0, abs(q.answer)) + 0.123
            assert q.grade(unlisted) == "otherwise"
            cases = [(repr(q.answer), "right"), ("", "empty"), ("abc", "nan"),
                     (repr(unlisted), "otherwise")]
            cases += [(repr(m), f"m{j}") for j, (m, _, _) in enumerate(q.mistakes)]
            for typed, key in cases:
                field.fill(typed)
                fb = _check(box, key)
                if key == "otherwise":
                    _assert_reread(site, v.page.url, fb, q.otherwise[1])
                elif key.startswith("m"):
                    _assert_reread(site, v.page.url, fb, q.mistakes[int(key[1:])][2])
                elif key == "right":
                    assert "Right." in fb.inner_text()
                else:
                    assert fb.get_attribute("data-state") == "invalid"
    assert not v.errors, f"console errors on {path}: {v.errors}"
    assert not v.outside, f"{path} tried to reach outside the machine: {v.outside}"


@pytest.mark.parametrize("path", _pages_with_quick_checks())
def test_a_quick_check_works_from_the_keyboard(visit, path):
    v = visit(path)
    page = v.page
    for kind in ("choice", "numeric"):
        box = page.locator(f".mfml-qc[data-kind={kind}]").first
        if box.count() == 0:
            continue
        box.scroll_into_view_if_needed()
        button = box.locator(".mfml-qc-check")
        if kind == "choice":
            radios = box.locator("input[type=radio]")
            # a wrong option, wherever the shuffle put it (a wrong one has a reread link)
            key = box.locator(".mfml-qc-bank [data-state=wrong]").first.get_attribute(
                "data-for")
            idx = int(key[1:])
            radios.first.focus()
            for _ in range(idx):
                page.keyboard.press("ArrowDown")       # moves to and selects the next
            page.keyboard.press("Space")
            assert radios.nth(idx).is_checked() and radios.nth(idx).evaluate(
                "r => r === document.activeElement")
        else:
            field = box.locator("input[type=text]")
            field.focus()
            page.keyboard.type("abc")
            page.keyboard.press("Enter")               # Enter in the box checks too
            assert box.locator(".mfml-qc-feedback .mfml-qc-fb").get_attribute(
                "data-for") == "nan"
            field.fill("")
            field.focus()
            page.keyboard.type("12345")
            key = "otherwise"
        page.keyboard.press("Tab")
        assert button.evaluate("b => b === document.activeElement"), \
            "Tab does not reach the Check button"
        page.keyboard.press("Enter")
        fb = box.locator(".mfml-qc-feedback[aria-live=polite] > .mfml-qc-fb")
        assert fb.get_attribute("data-for") == key
        page.keyboard.press("Tab")                     # on to the reread link
        assert page.evaluate("document.activeElement.className").startswith(
            "mfml-qc-reread")
    assert not v.errors, v.errors


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("path", _pages_with_quick_checks())
def test_quick_check_text_and_feedback_are_readable(visit, path, dark):
    v = visit(path, dark=dark)
    page = v.page
    assert page.evaluate("document.documentElement.dataset.theme") == (
        "dark" if dark else "light")
    low = []

    def measure(locator, what):
        for j in range(locator.count()):
            ratio = locator.nth(j).evaluate(_CONTRAST)
            if ratio < 4.5:
                low.append(f"{what}: {ratio:.2f}")

    boxes = page.locator(".mfml-qc")
    for i in range(boxes.count()):
        box = boxes.nth(i)
        qid = box.get_attribute("data-mfml-qc")
        box.scroll_into_view_if_needed()
        measure(box.locator(".mfml-qc-kicker, .mfml-qc-prompt, label"), f"{qid} text")
        for key in ([f"o{k}" for k in range(box.locator("input[type=radio]").count())]
                    if box.get_attribute("data-kind") == "choice"
                    else ["right", "m0", "otherwise", "nan"]):
            if box.get_attribute("data-kind") == "choice":
                box.locator(f"input[value={key}]").check()
            else:
                answer = json.loads(box.get_attribute("data-spec"))
                typed = {"right": repr(answer["answer"]), "otherwise": "123456.7",
                         "nan": "abc",
                         "m0": repr(answer["mistakes"][0][0]) if answer["mistakes"] else "x"}
                box.locator("input[type=text]").fill(typed[key])
            fb = _check(box)
            page.mouse.move(0, 0)                       # no hover colours
            measure(fb, f"{qid} feedback {key}")
            measure(fb.locator("a, strong"), f"{qid} feedback {key} link/verdict")
        measure(box.locator(".mfml-qc-check"), f"{qid} Check button")
        frame = box.evaluate("e => getComputedStyle(e.closest('.output')).backgroundColor")
        if frame not in ("rgba(0, 0, 0, 0)", "transparent"):
            low.append(f"{qid}: the output frame around it is painted {frame}")
    assert not low, "contrast below 4.5:1 in " + ("dark" if dark else "light") + \
        " mode:\n" + "\n".join(low)
    assert not v.errors, v.errors


# --------------------------------------------------------------------------- before you start
def _chapter_paths():
    from mfml.chapters import chapters

    return [f"{doc}.html" for doc in chapters(BOOK)]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("path", _chapter_paths())
def test_before_you_start_links_built_pages_and_is_readable(visit, site, path, dark):
    """The block drawn from the front matter: every prerequisite and later chapter
    links to its built page, and its text (and the frame around it) suits the theme."""
    from mfml.chapters import chapters

    doc = path.removesuffix(".html")
    chapter = chapters(BOOK)[doc]
    v = visit(path, dark=dark)
    block = v.page.locator(".mfml-bys")
    assert block.count() == 1
    block.scroll_into_view_if_needed()
    links = {a.get_attribute("data-mfml-doc"): a.get_attribute("href")
             for a in block.locator("a.mfml-doc").all()}
    assert set(links) == {p.doc for p in chapter.prerequisites} | set(chapter.leads_to)
    for target, href in links.items():
        built = (site / path).parent / href
        assert href.endswith(".html") and built.resolve() == (site / f"{target}.html").resolve()
    low = [f"{t}: {r:.2f}" for t, r in
           ((el.inner_text()[:30], el.evaluate(_CONTRAST))
            for el in block.locator("dt, dd li, dd a, dd").all()) if r < 4.5]
    assert not low, "contrast below 4.5:1: " + "; ".join(low)
    frame = block.evaluate("e => getComputedStyle(e.closest('.output')).backgroundColor")
    assert frame in ("rgba(0, 0, 0, 0)", "transparent"), (
        f"the output frame around the block is painted {frame}")
    assert str(chapter.minutes) in block.inner_text()
    assert not v.errors, v.errors


# --------------------------------------------------------------------------- errata link
@pytest.mark.parametrize("path", _page_paths())
def test_every_page_links_to_the_errata_form_for_itself(visit, path):
    from urllib.parse import parse_qs, urlsplit

    from mfml.sphinx_ext import ERRATA_TEMPLATE

    v = visit(path)
    link = v.page.locator(".mfml-errata a")
    assert link.count() == 1
    repo = yaml.safe_load((BOOK / "_config.yml").read_text())["repository"]["url"]
    href = link.get_attribute("href")
    assert href.startswith(f"{repo}/issues/new?")
    query = parse_qs(urlsplit(href).query)
    doc = path.removesuffix(".html")
    assert query["template"] == [ERRATA_TEMPLATE]
    assert query["page"] == [f"book/{doc}.md"]
    assert (BOOK / f"{doc}.md").is_file()
    # select a sentence, press the link: the form's Quote field gets it
    v.page.evaluate("""() => {
      const p = document.querySelector('article p');
      const r = document.createRange(); r.selectNodeContents(p);
      getSelection().removeAllRanges(); getSelection().addRange(r); }""")
    selected = v.page.evaluate("String(getSelection()).trim()")
    link.dispatch_event("pointerdown")
    quoted = parse_qs(urlsplit(link.get_attribute("href")).query).get("quote")
    assert quoted == [selected[:1500]]
    assert not v.errors, v.errors
