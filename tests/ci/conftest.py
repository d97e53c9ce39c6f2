"""Fixtures for the CI-check tests; the repository and the CLI runner are in ci_repo.py."""
from __future__ import annotations

from pathlib import Path

import pytest

from .ci_repo import REPO_FILES, write_repo


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    """A fresh copy of the greeting repository; the test runs from its root like a CI job."""
    root = write_repo(tmp_path / "repo", REPO_FILES)
    monkeypatch.chdir(root)
    return root
