"""GitLab code quality report (a JSON array of issues), shown in merge requests.

Every issue needs a location with a line: audio files have none, so they use
line 1 and carry the mm:ss time in the description. Fingerprints are the
stable ones shared with SARIF (path, rule, occurrence; no line or time).
"""
from __future__ import annotations

import json

from ..model import FileResult
from .locations import LocatedFinding, located_findings, uri_path
from .summary import BatchSummary

# GitLab severities: info, minor, major, critical, blocker
SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def _issue(item: LocatedFinding) -> dict:
    finding, loc = item.finding, item.location
    return {
        "type": "issue",
        "check_name": f"{finding.rule} {finding.name}",
        "description": f"{finding.rule} {item.message}",
        "content": {"body": finding.fix or ""},
        "categories": ["Style"],
        "severity": SEVERITY[finding.severity],
        "fingerprint": item.fingerprint,
        "location": {"path": loc.path, "lines": {"begin": loc.line or 1, "end": loc.end_line or loc.line or 1}},
    }


def _error_issue(result: FileResult) -> dict:
    path = uri_path(result.path)
    return {
        "type": "issue",
        "check_name": f"greetlint {result.error.code}",
        "description": f"Could not be processed: {result.error.message}",
        "categories": ["Bug Risk"],
        "severity": "critical",
        "fingerprint": f"error-{result.error.code}-{path}",
        "location": {"path": path, "lines": {"begin": 1}},
    }


def render(results: list[FileResult], summary: BatchSummary, ctx) -> str:
    issues = [_error_issue(r) for r in results if r.error is not None]
    issues += [_issue(item) for item in located_findings(results)]
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
