"""SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, Azure DevOps, IDE viewers).

One run; the driver lists every loaded rule (built-in and plugins) with its
summary, full documentation as help and default level. Files that could not
be processed become tool execution notifications, not results.
"""
from __future__ import annotations

import json

from .. import __version__
from ..model import FileResult
from .locations import LocatedFinding, Location, located_findings, rule_help, uri_path
from .summary import BatchSummary

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "greetlint/v1"


def _rule_descriptor(rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary()},
        "fullDescription": {"text": rule.summary()},
        "help": {"text": rule_help(rule), "markdown": rule_help(rule)},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"category": rule.category, "tags": [rule.category]},
    }


def _region(location: Location) -> dict:
    if location.line is None:
        # audio has no lines; GitHub code scanning needs a startLine to show a result, so the
        # whole file is line 1 (the time is in the message)
        return {"startLine": 1}
    return {"startLine": location.line, "startColumn": location.column,
            "endLine": location.end_line, "endColumn": location.end_column}


def _result(item: LocatedFinding, rule_index: dict[str, int]) -> dict:
    finding, location = item.finding, item.location
    physical = {"artifactLocation": {"uri": location.path}, "region": _region(location)}
    result = {
        "ruleId": finding.rule,
        "level": LEVEL[finding.severity],
        "message": {"text": item.message + (f" Fix: {finding.fix}" if finding.fix else "")},
        "locations": [{"physicalLocation": physical}],
        "partialFingerprints": {FINGERPRINT_KEY: item.fingerprint},
        "properties": {"category": finding.category, "startSeconds": finding.start, "endSeconds": finding.end},
    }
    if finding.rule in rule_index:
        result["ruleIndex"] = rule_index[finding.rule]
    return result


def _notification(result: FileResult) -> dict:
    return {"level": "error",
            "message": {"text": f"{result.path}: {result.error.message} [{result.error.code}]"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri_path(result.path)}}}]}


def render(results: list[FileResult], summary: BatchSummary, ctx) -> str:
    rules = sorted(ctx.rules, key=lambda r: r.code)
    rule_index = {rule.code: i for i, rule in enumerate(rules)}
    failed = [r for r in results if r.error is not None]
    run = {
        "tool": {"driver": {
            "name": "greetlint",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [_rule_descriptor(rule) for rule in rules],
        }},
        "results": [_result(item, rule_index) for item in located_findings(results)],
        "invocations": [{
            "executionSuccessful": not failed,
            "toolExecutionNotifications": [_notification(r) for r in failed],
        }],
        "columnKind": "unicodeCodePoints",
    }
    doc = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
