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
from playwright.sync_api import TimeoutError as PlaywrightTimeout

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
    # wait for the server's state (answering /api/status), polling; the deadline
    # is only a bound for a server that never comes up
    deadline = time.monotonic() + 180
    while True:
        try:
            urllib.request.urlopen(f"{url}/api/status", timeout=5)
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"JupyterLab did not start (exit code {proc.poll()})")
            time.sleep(0.2)
    yield url
    proc.terminate()
    proc.wait(timeout=20)


def _open(browser, lab, path):
    """Open ``path`` in a JupyterLab workspace of its own: the default workspace
    would also restore the notebooks earlier tests opened (each with its own
    kernel and toolbar), and selectors could then find a hidden tab."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    workspace = "test-" + path.replace("/", "-").replace(".", "-")
    page.goto(f"{lab}/lab/workspaces/{workspace}/tree/{path}")
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    return page


def test_practice_notebook_opens_as_a_notebook(browser, lab):
    page = _open(browser, lab, "exercises/dot_product.md")
    # a notebook view with code cells (not a text editor); JupyterLab renders the
    # cells in view, so wait for the first few
    page.wait_for_function(
        "document.querySelectorAll('.jp-Notebook .jp-CodeCell').length >= 4")
    page.locator(".jp-CodeCell .cm-content", has_text="your code here").first.wait_for()
    page.close()


# The notebook's kernel is ready only when the toolbar names a kernel AND the
# execution indicator says idle. Before the session exists the indicator also
# says "idle" (next to "No Kernel"); "Run All Cells" clicked then is silently
# dropped by JupyterLab (no kernel to send the cells to), which is what made
# this test fail on a busy machine, where the kernel takes seconds to start.
KERNEL_IDLE = """() => {
    const bar = document.querySelector('.jp-NotebookPanel-toolbar');
    if (!bar) return false;
    const name = bar.querySelector('.jp-KernelName');
    const ind = bar.querySelector('.jp-Notebook-ExecutionIndicator');
    return !!name && !!ind && !/No Kernel/i.test(name.textContent)
        && ind.dataset.status === 'idle';
}"""

# A code cell's prompt shows [*] (queued) or [n] (ran): the run was accepted.
# (A .md notebook opens with no outputs, so every prompt starts as [ ]. The first
# cell may have its source hidden, and cells further down may not be rendered.)
RUN_TAKEN = """() => Array.from(document.querySelectorAll('.jp-CodeCell .jp-InputPrompt'))
    .some(p => /\\[(\\*|\\d+)\\]/.test(p.textContent))"""


def _wait_for_output(page, locator, deadline_s: float = 900):
    """Wait until ``locator`` is attached, for as long as the kernel is still running
    the notebook: on a busy machine a run can take minutes (every interactive renders
    its static frames too). Fails at once if the run ends without it."""
    deadline = time.monotonic() + deadline_s
    while True:
        try:
            locator.wait_for(state="attached", timeout=15_000)
            return
        except PlaywrightTimeout:
            if page.evaluate(KERNEL_IDLE):       # idle twice, 3 s apart: the run is over
                page.wait_for_timeout(3_000)
                if page.evaluate(KERNEL_IDLE) and locator.count() == 0:
                    pytest.fail("the notebook ran to the end without producing the output")
            if time.monotonic() > deadline:
                raise


def _wait_until_run_ends(page, deadline_s: float = 900):
    """Wait until the kernel has finished Run All (idle twice, 3 s apart). A widget's
    change is a message the kernel handles only after the cells queued before it, so
    on a busy machine a slider moved mid-run redraws minutes later, not seconds."""
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if page.evaluate(KERNEL_IDLE):
            page.wait_for_timeout(3_000)
            if page.evaluate(KERNEL_IDLE):
                return
        page.wait_for_timeout(1_000)
    pytest.fail(f"the notebook was still running after {deadline_s:.0f} s")


def _run_all_cells(page):
    """Run every cell once the kernel is ready, and check that the run was taken."""
    page.wait_for_function(KERNEL_IDLE, timeout=120_000)
    page.locator(".jp-Notebook").click()
    page.keyboard.press("Escape")
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    page.wait_for_function(RUN_TAKEN, timeout=30_000)


def test_chapter_interactive_is_live_in_jupyterlab(browser, lab):
    page = _open(browser, lab, "book/linear_algebra/dot_product.md")
    _run_all_cells(page)
    slider = page.locator(".jp-OutputArea .widget-slider").first
    # attached, then scrolled to: Run All moves on to the last cell, and JupyterLab
    # skips rendering cells out of view (windowing mode "contentVisibility")
    _wait_for_output(page, slider)
    slider.scroll_into_view_if_needed()
    figure = page.locator(".jp-OutputArea .widget-output img").first
    figure.wait_for(timeout=30_000)
    _wait_until_run_ends(page)
    before = figure.get_attribute("src")
    handle = slider.locator(".noUi-handle, .ui-slider-handle").first
    handle.focus()
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    page.wait_for_function(
        "old => { const i = document.querySelector('.jp-OutputArea .widget-output img');"
        " return i && i.src !== old; }", arg=before, timeout=30_000)
    # "Before you start" links the prerequisites' notebooks (Lab resolves the link)
    block = page.locator(".jp-OutputArea .mfml-bys")
    _wait_for_output(page, block)
    block.scroll_into_view_if_needed()
    link = block.locator("a.mfml-doc", has_text="Vectors and matrices")
    assert "/files/book/linear_algebra/vectors_matrices.md" in link.get_attribute("href")
    page.close()


def test_quick_checks_work_in_jupyterlab(browser, lab):
    """In a trusted JupyterLab output the quick check's inline script runs: the
    question is typeset by Lab, its source is collapsed, keys stay in the form
    (arrows do not move the notebook's cell selection), and Check answers."""
    page = _open(browser, lab, "book/linear_algebra/dot_product.md")
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    _run_all_cells(page)
    numeric = page.locator(".jp-OutputArea .mfml-qc[data-kind=numeric]").first
    _wait_for_output(page, numeric)
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
    radios = choice.locator("input[type=radio]")
    # First make this cell JupyterLab's active cell (a click in it; Lab moves the focus
    # while it activates a cell, and a busy machine makes that slow), then click the
    # option: the radio must hold the focus and be checked.
    cell = page.locator(".jp-Notebook .jp-Cell", has=choice)
    choice.locator("legend").click()
    page.wait_for_function("c => c.classList.contains('jp-mod-active')",
                           arg=cell.element_handle(), timeout=30_000)
    radios.first.click()
    page.wait_for_function("r => document.activeElement === r && r.checked",
                           arg=radios.first.element_handle(), timeout=30_000)
    active = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-mod-active"
    page.evaluate("s => { window.activeCell = document.querySelector(s); }", active)
    page.keyboard.press("ArrowDown")
    page.wait_for_function("r => r.checked", arg=radios.nth(1).element_handle(),
                           timeout=10_000)
    assert page.evaluate("s => window.activeCell && "
                         "window.activeCell === document.querySelector(s)", active), \
        "an arrow key in the quick check moved the notebook's cell selection"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert choice.locator(".mfml-qc-feedback .mfml-qc-fb").get_attribute("data-for") == "o1"
    assert not errors, errors
    page.close()
