"""Files that tools and readers look for: the licences (in the package metadata,
the licence files and CITATION.cff, all agreeing) and the issue templates."""

from __future__ import annotations

import importlib.metadata
import tomllib

import yaml

from .helpers import ROOT


def _expression() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["license"]


def test_pyproject_states_an_spdx_expression_for_code_and_text():
    assert _expression() == "MIT AND CC-BY-4.0"


def test_installed_package_metadata_carries_the_licence():
    meta = importlib.metadata.metadata("mfml")
    assert meta["License-Expression"] == _expression()
    assert {"LICENSE", "LICENSE-CC-BY-4.0"} <= set(meta.get_all("License-File") or [])


def test_licence_files_hold_the_licence_texts():
    mit = (ROOT / "LICENSE").read_text()
    assert mit.startswith("MIT License") and "Permission is hereby granted" in mit
    cc = (ROOT / "LICENSE-CC-BY-4.0").read_text()
    assert "Attribution 4.0 International" in cc and "Section 3 – License Conditions" in cc
    summary = (ROOT / "LICENSES.md").read_text()
    assert "code cells" in summary and "LICENSE-CC-BY-4.0" in summary


def test_citation_file_agrees_with_the_package():
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text())
    assert cff["cff-version"] == "1.2.0" and cff["title"] and cff["authors"]
    assert " AND ".join(cff["license"]) == _expression()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert str(cff["version"]) == project["version"]


def test_issue_templates_ask_for_page_and_quote():
    folder = ROOT / ".github" / "ISSUE_TEMPLATE"
    errata = yaml.safe_load((folder / "errata.yml").read_text())
    ids = {field["id"] for field in errata["body"]}
    assert {"page", "quote", "wrong"} <= ids
    question = yaml.safe_load((folder / "question.yml").read_text())
    assert {"page", "question"} <= {field["id"] for field in question["body"]}
