"""Fixtures shared by the browser tests, and what a failed test leaves behind.

When a test that drives Chromium fails, every page it has open is saved as a
PNG under ``test-reports/screenshots/`` (the CI workflow uploads that folder,
with the build log, when the suite fails).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

REPORTS = Path(__file__).resolve().parents[1] / "test-reports"
CHROMIUM = os.environ.get("MFML_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic", "--disable-dev-shm-usage"]


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by Playwright; a missing browser skips,
    except under CI, where it fails."""
    exe = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if not exe:
        msg = (f"Chromium not found at {CHROMIUM}: install Debian's `chromium` package "
               "(the CI script does)")
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(msg + " -- a missing browser is a failure under CI")
        pytest.skip(msg)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    browser = item.funcargs.get("browser") if hasattr(item, "funcargs") else None
    if report.failed and browser is not None and call.when in ("setup", "call"):
        save_screenshots(browser, item.nodeid)
    return report


def save_screenshots(browser, nodeid: str) -> list[Path]:
    """A PNG of every page open in ``browser``, named after the test."""
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", nodeid)[-150:]
    folder = REPORTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    pages = [page for context in browser.contexts for page in context.pages]
    for i, page in enumerate(pages):
        path = folder / f"{name}-{i}.png"
        try:
            page.screenshot(path=str(path), full_page=False, timeout=10_000)
            saved.append(path)
        except Exception as exc:  # a crashed page must not hide the test's own failure
            path.with_suffix(".txt").write_text(f"no screenshot: {exc}\n")
    return saved
