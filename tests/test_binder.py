"""Binder: the environment resolves, repo2docker understands the repository,
and the pins agree with pyproject.toml and constraints.txt."""

from __future__ import annotations

import os
import re
import subprocess
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from .helpers import BIN, ROOT

BINDER = ROOT / "binder"


def binder_pins() -> dict[str, str]:
    pins = {}
    for line in (BINDER / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if not line or line.startswith("-e"):
            continue
        name, _, version = line.partition("==")
        assert version, f"binder requirement not pinned with ==: {line}"
        pins[canonicalize_name(name)] = version
    return pins


def constraint_pins() -> dict[str, str]:
    out = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            out[canonicalize_name(name)] = version.strip()
    return out


def test_binder_installs_the_project_and_jupytext():
    text = (BINDER / "requirements.txt").read_text()
    assert re.search(r"^-e \.\s*$", text, re.M), "binder must install the project itself"
    assert "jupytext" in binder_pins()


def test_binder_pins_agree_with_pyproject_and_constraints():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    pins, locked = binder_pins(), constraint_pins()
    for dep in map(Requirement, deps):
        name = canonicalize_name(dep.name)
        assert name in pins, f"{name} is a runtime dependency but is not pinned for Binder"
        assert dep.specifier.contains(pins[name]), f"{name}=={pins[name]} violates {dep.specifier}"
        assert locked.get(name) == pins[name], (
            f"{name}: binder pins {pins[name]}, constraints.txt has {locked.get(name)}")


def test_postbuild_makes_md_open_as_notebooks():
    post = BINDER / "postBuild"
    assert os.access(post, os.X_OK), "binder/postBuild must be executable"
    text = post.read_text()
    assert "set -e" in text
    assert re.search(r"jupytext-config\s+set-default-viewer\s+markdown\s+myst", text)


def test_binder_requirements_resolve():
    proc = subprocess.run(
        [str(BIN / "python"), "-m", "pip", "install", "--dry-run", "--quiet",
         "--ignore-installed", "-r", "binder/requirements.txt"],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]


def test_repo2docker_reads_the_binder_folder():
    proc = subprocess.run([str(BIN / "repo2docker"), "--no-build", "--debug", "."],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-3000:]
    assert "FROM " in out
    assert "binder/requirements.txt" in out and "postBuild" in out
    assert "python-3.11" in (BINDER / "runtime.txt").read_text()
