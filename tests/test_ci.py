"""The CI the hosting platform runs: workflows, Dependabot, `.ci/run`, the Makefile's
pinned and unpinned installs, and what a failed test leaves for CI to upload."""

from __future__ import annotations

import os
import subprocess

import pytest
import yaml

from .conftest import REPORTS, save_screenshots
from .helpers import BIN, ROOT

GITHUB = ROOT / ".github"
WORKFLOWS = GITHUB / "workflows"


def _load(path):
    data = yaml.safe_load(path.read_text())
    if True in data:                # YAML 1.1 reads the key `on:` as True
        data["on"] = data.pop(True)
    return data


def _steps(workflow):
    return [s for job in workflow["jobs"].values() for s in job["steps"]]


def _schema_check(schema: str, *paths) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "check-jsonschema"), "--builtin-schema", schema,
                           *map(str, paths)], capture_output=True, text=True, timeout=120)


def test_workflows_and_dependabot_match_their_schemas():
    proc = _schema_check("vendor.github-workflows", *sorted(WORKFLOWS.glob("*.yml")))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    proc = _schema_check("vendor.dependabot", GITHUB / "dependabot.yml")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_schema_check_rejects_a_broken_workflow(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    steps: run tests\n")
    assert _schema_check("vendor.github-workflows", bad).returncode != 0


def test_ci_runs_the_ci_script_on_every_push_and_pull_request():
    ci = _load(WORKFLOWS / "ci.yml")
    assert "push" in ci["on"] and "pull_request" in ci["on"]
    assert any(s.get("run", "").strip() == "bash .ci/run" for s in _steps(ci))
    for job in ci["jobs"].values():
        assert job["timeout-minutes"] <= 90
        # Debian, as .ci/run expects: apt-get as root, the `chromium` deb (not a snap)
        assert str(job["container"]).startswith("debian:")


@pytest.mark.parametrize("name", ["ci.yml", "latest-dependencies.yml"])
def test_a_failed_run_uploads_build_reports_and_screenshots(name):
    steps = _steps(_load(WORKFLOWS / name))
    upload = [s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact")]
    assert upload, f"{name} uploads nothing"
    assert upload[0]["if"] in ("failure()", "always()")
    paths = upload[0]["with"]["path"]
    assert "test-reports/" in paths and "book/_build/html/reports/" in paths


def test_a_weekly_job_runs_the_suite_on_the_latest_allowed_versions():
    latest = _load(WORKFLOWS / "latest-dependencies.yml")
    (schedule,) = latest["on"]["schedule"]
    minute, hour, day, month, weekday = schedule["cron"].split()
    assert day == month == "*" and weekday.isdigit(), "once a week"
    assert any(s.get("run", "").strip() == "bash .ci/run --latest" for s in _steps(latest))


def test_dependabot_proposes_updates_for_pip_and_the_workflows_actions():
    config = yaml.safe_load((GITHUB / "dependabot.yml").read_text())
    ecosystems = {u["package-ecosystem"] for u in config["updates"]}
    assert {"pip", "github-actions"} <= ecosystems


def _make_n(*args) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    return subprocess.run(["make", "-n", *args], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=60, check=True).stdout


def test_make_test_installs_the_pins_and_test_latest_does_not():
    pinned = _make_n("setup", "VENV=/nonexistent/venv")
    assert "-c constraints.txt" in pinned
    latest = _make_n("test-latest")
    installs = [line for line in latest.splitlines() if "pip install" in line and "-e" in line]
    assert installs and all("-c " not in line for line in installs), installs
    assert ".venv-latest" in latest and "latest-versions.txt" in latest


def test_ci_script_refuses_an_unknown_option_before_installing_anything():
    proc = subprocess.run(["bash", ".ci/run", "--fast"], cwd=ROOT, capture_output=True,
                          text=True, timeout=30)
    assert proc.returncode == 2 and "usage" in proc.stderr
    assert "Installing" not in proc.stdout


@pytest.mark.browser
def test_a_failed_browser_test_leaves_a_screenshot(browser):
    page = browser.new_page()
    try:
        page.set_content("<h1>a page a failed test had open</h1>")
        saved = save_screenshots(browser, "tests/test_x.py::test_y[dark]")
    finally:
        page.close()
    assert saved and all(p.parent == REPORTS / "screenshots" for p in saved)
    assert saved[-1].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    for p in saved:
        p.unlink()
