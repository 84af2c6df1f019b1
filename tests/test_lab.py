"""Running the notebooks locally, as a reader (or Binder) does: JupyterLab set up
by the same ``binder/postBuild`` opens the MyST ``.md`` files as notebooks, and
the interactive is live there (moving a slider re-draws the figure in the kernel).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.request

import pytest

from .helpers import BIN, ROOT


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    config = tmp_path_factory.mktemp("jupyter-config")
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(config),
           "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    # exactly what Binder runs after installing binder/requirements.txt
    subprocess.run(["bash", str(ROOT / "binder" / "postBuild")], env=env, check=True)
    overrides = config / "labconfig" / "default_setting_overrides.json"
    settings = json.loads(overrides.read_text())
    assert settings["@jupyterlab/docmanager-extension:plugin"]["defaultViewers"]["markdown"] \
        == "Jupytext Notebook"
    # never write to the repository's files from a test
    settings["@jupyterlab/docmanager-extension:plugin"]["autosave"] = False
    overrides.write_text(json.dumps(settings))

    # serve copies of the notebooks: opening a file makes JupyterLab write
    # checkpoints next to it, and tests must not write into the repository
    root = tmp_path_factory.mktemp("lab-root")
    for rel in ("exercises/dot_product.md", "book/linear_algebra/dot_product.md"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text((ROOT / rel).read_text())

    port = _free_port()
    proc = subprocess.Popen(
        [str(BIN / "jupyter"), "lab", "--no-browser", "--allow-root", f"--port={port}",
         "--ServerApp.ip=127.0.0.1", "--ServerApp.token=", "--ServerApp.password=",
         f"--ServerApp.root_dir={root}", "--LabApp.news_url=None",
         "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(f"{url}/api/status", timeout=1)
            break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("JupyterLab did not start")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


def _open(browser, url):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(url + "?reset")     # a fresh workspace: no tabs left by an earlier test
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    return page


def _run_all(page):
    """Run All, and again if no cell starts: clicked while the kernel is still
    connecting, Run All can select the last cell and run nothing."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    started = ("[...document.querySelectorAll('.jp-InputPrompt')]"
               ".some(e => /\\[(\\*|\\d+)\\]/.test(e.textContent))")
    for _ in range(3):
        # the visible notebook: JupyterLab may have reopened an earlier test's tab
        page.locator(".jp-Notebook:visible").first.click()
        page.keyboard.press("Escape")
        page.get_by_role("menuitem", name="Run", exact=True).click()
        page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
        try:
            page.wait_for_function(started, timeout=30_000)
            return
        except PlaywrightTimeout:
            continue
    pytest.fail("Run All Cells started no cell, three times")


def test_practice_notebook_opens_as_a_notebook(browser, lab):
    page = _open(browser, f"{lab}/lab/tree/exercises/dot_product.md")
    # a notebook view with code cells (not a text editor); JupyterLab renders the
    # cells in view, so wait for the first few
    page.wait_for_function(
        "document.querySelectorAll('.jp-Notebook .jp-CodeCell').length >= 4")
    page.locator(".jp-CodeCell .cm-content", has_text="your code here").first.wait_for()
    page.close()


def test_chapter_interactive_is_live_in_jupyterlab(browser, lab):
    page = _open(browser, f"{lab}/lab/tree/book/linear_algebra/dot_product.md")
    _run_all(page)
    slider = page.locator(".jp-OutputArea .widget-slider").first
    # attached, then scrolled to: Run All moves on to the last cell, and JupyterLab
    # skips rendering cells out of view (windowing mode "contentVisibility")
    slider.wait_for(state="attached", timeout=120_000)
    slider.scroll_into_view_if_needed()
    figure = page.locator(".jp-OutputArea .widget-output img").first
    figure.wait_for(timeout=30_000)
    before = figure.get_attribute("src")
    handle = slider.locator(".noUi-handle, .ui-slider-handle").first
    handle.focus()
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    page.wait_for_function(
        "old => { const i = document.querySelector('.jp-OutputArea .widget-output img');"
        " return i && i.src !== old; }", arg=before, timeout=30_000)
    page.close()


def test_quick_checks_work_in_jupyterlab(browser, lab):
    """In a trusted JupyterLab output the quick check's inline script runs: the
    question is typeset by Lab, its source is collapsed, keys stay in the form
    (arrows do not move the notebook's cell selection), and Check answers."""
    page = _open(browser, f"{lab}/lab/tree/book/linear_algebra/dot_product.md")
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    _run_all(page)
    numeric = page.locator(".jp-OutputArea .mfml-qc[data-kind=numeric]").first
    numeric.wait_for(state="attached", timeout=120_000)
    cell = page.locator(".jp-CodeCell", has=numeric)
    assert cell.locator(".jp-InputArea-editor").count() == 0 or not cell.locator(
        ".jp-InputArea-editor").first.is_visible(), "the answer's source is on show"
    numeric.scroll_into_view_if_needed()
    page.wait_for_function(
        "b => b.querySelector('mjx-container')", arg=numeric.element_handle(), timeout=30_000)
    text = numeric.evaluate("b => b.querySelector('legend').textContent")
    assert "$" not in text and "\\(" not in text, f"math not typeset in Lab: {text}"
    field = numeric.locator("input[type=text]")
    field.click()
    page.keyboard.type("25")
    page.keyboard.press("Enter")
    fb = numeric.locator(".mfml-qc-feedback .mfml-qc-fb")
    fb.wait_for(timeout=5_000)
    assert fb.get_attribute("data-for") == "m1" and "square root" in fb.inner_text()
    # the reread link names the section (no Sphinx here) and is never a broken link
    link = fb.locator("a.mfml-qc-reread")
    assert "Definition: Dot product" in link.inner_text()
    href = link.get_attribute("href")
    assert href is None or href.startswith("#")

    choice = page.locator(".jp-OutputArea .mfml-qc[data-kind=choice]").first
    choice.scroll_into_view_if_needed()
    choice.locator("input[type=radio]").first.focus()
    active = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-mod-active"
    page.evaluate("s => { window.activeCell = document.querySelector(s); }", active)
    page.keyboard.press("ArrowDown")
    assert choice.locator("input[type=radio]").nth(1).is_checked()
    assert page.evaluate("s => window.activeCell && "
                         "window.activeCell === document.querySelector(s)", active), \
        "an arrow key in the quick check moved the notebook's cell selection"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert choice.locator(".mfml-qc-feedback .mfml-qc-fb").get_attribute("data-for") == "o1"
    assert not errors, errors
    page.close()
