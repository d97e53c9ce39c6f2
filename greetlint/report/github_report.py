"""GitHub Actions workflow commands: ``::error file=...,line=...,title=...::message``.

GitHub turns at most 10 errors, 10 warnings and 10 notices per step into
annotations and silently drops the rest. So files that could not be processed
and the most severe findings come first, each level is capped, the rest are
printed as plain log lines, and a closing ``::notice`` says what was not
annotated.
"""
from __future__ import annotations

from ..model import FileResult, severity_rank
from .locations import LocatedFinding, located_findings, uri_path
from .summary import BatchSummary

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
ANNOTATIONS_PER_LEVEL = 10


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(level: str, properties: dict, message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value is not None)
    return f"::{COMMAND[level]} {props}::{escape_data(message)}"


def _finding_properties(item: LocatedFinding) -> dict:
    loc = item.location
    return {"file": loc.path, "line": loc.line, "col": loc.column, "endLine": loc.end_line,
            "title": f"{item.finding.rule} {item.finding.name}"}


def _plain_line(item: LocatedFinding) -> str:
    loc = item.location
    where = f"{loc.path}:{loc.line}:{loc.column}" if loc.line is not None else loc.path
    return f"{where}: {item.finding.rule} [{item.finding.severity}] {item.message}"


class AnnotationBudget:
    """How many annotations of each level GitHub will still show, and how many were left as log lines."""

    def __init__(self) -> None:
        self.left = {level: ANNOTATIONS_PER_LEVEL for level in COMMAND}
        self.left["info"] -= 1  # keep one notice for the summary of what was not annotated
        self.not_shown: dict[str, int] = {}

    def take(self, level: str) -> bool:
        if self.left[level] > 0:
            self.left[level] -= 1
            return True
        self.not_shown[level] = self.not_shown.get(level, 0) + 1
        return False

    def summary_line(self) -> str | None:
        if not self.not_shown:
            return None
        ordered = sorted(self.not_shown.items(), key=lambda kv: -severity_rank(kv[0]))
        counts = ", ".join(f"{n} {level}{'s' if n != 1 else ''}" for level, n in ordered)
        return _command("info", {"title": "greetlint: more findings"},
                        f"{sum(self.not_shown.values())} more findings not annotated ({counts}); GitHub shows "
                        f"{ANNOTATIONS_PER_LEVEL} per level and step: see the job log or the SARIF report.")


def render(results: list[FileResult], summary: BatchSummary, ctx) -> str:
    budget = AnnotationBudget()
    lines: list[str] = []
    for result in (r for r in results if r.error is not None):
        message = f"could not be processed: {result.error.message} [{result.error.code}]"
        path = uri_path(result.path)
        annotation = _command("error", {"file": path, "title": "greetlint"}, message)
        lines.append(annotation if budget.take("error") else f"{path}: {message}")
    # most severe first, so the annotations GitHub does show are the ones that matter
    for item in sorted(located_findings(results), key=lambda item: -severity_rank(item.finding.severity)):
        annotation = _command(item.finding.severity, _finding_properties(item), item.message)
        lines.append(annotation if budget.take(item.finding.severity) else _plain_line(item))
    if budget.summary_line():
        lines.append(budget.summary_line())
    lines.append(f"greetlint: {summary.files} files, {summary.errors} errors, {summary.warnings} warnings, "
                 f"{summary.infos} infos, {summary.failed} could not be processed")
    return "\n".join(lines) + "\n"
