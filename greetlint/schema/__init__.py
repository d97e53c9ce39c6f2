"""The JSON Schema (draft 2020-12) of ``greetlint check --format json``, shipped with the package.

``greetlint schema`` prints it; docs/json.md explains each field. The report's top-level
``"schema"`` number names this contract: fields are only ever added (consumers ignore keys they do
not know), never renamed, removed or retyped.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

REPORT_SCHEMA_FILE = "report.schema.json"


def report_schema_text() -> str:
    return resources.files(__name__).joinpath(REPORT_SCHEMA_FILE).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def report_schema() -> dict:
    return json.loads(report_schema_text())
