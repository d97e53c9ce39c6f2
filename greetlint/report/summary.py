"""Batch totals shared by every output format, and the exit code they imply."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from ..model import FileResult, severity_rank

EXIT_CLEAN, EXIT_FINDINGS, EXIT_BROKEN = 0, 1, 2


@dataclass(frozen=True)
class BatchSummary:
    files: int
    failed: int  # files that could not be processed
    errors: int
    warnings: int
    infos: int
    mean_score: Optional[float]

    @classmethod
    def of(cls, results: list[FileResult]) -> "BatchSummary":
        running = RunningSummary()
        for r in results:
            running.add_result(r)
        return running.summary()

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def exit_code(results: list[FileResult], fail_level: str, fail_under: Optional[float] = None) -> int:
    """2 if a file could not be processed; 1 if a finding is at or above fail_level or a score under fail_under."""
    running = RunningSummary()
    for r in results:
        running.add_result(r)
    return running.exit_code(fail_level, fail_under)


class RunningSummary:
    """The batch totals and exit code, counted one file at a time (a streamed run keeps no results)."""

    def __init__(self) -> None:
        self.files = self.failed = self.errors = self.warnings = self.infos = 0
        self._score_total, self._scored = 0, 0
        self._worst_severity = -1  # highest severity_rank of any finding
        self._lowest_score: Optional[float] = None

    def add(self, failed: bool, severities: Iterable[str], score: Optional[float]) -> None:
        """One file: whether it failed, its findings' severities and its score."""
        self.files += 1
        self.failed += bool(failed)
        for severity in severities:
            self.errors += severity == "error"
            self.warnings += severity == "warning"
            self.infos += severity == "info"
            self._worst_severity = max(self._worst_severity, severity_rank(severity))
        if score is not None:
            self._score_total += score
            self._scored += 1
            self._lowest_score = score if self._lowest_score is None else min(self._lowest_score, score)

    def add_result(self, r: FileResult) -> None:
        self.add(r.error is not None, [f.severity for f in r.findings], r.score)

    def add_reported(self, entry: dict) -> None:
        """A file's JSON object (``file_dict``), e.g. a line of an earlier JSONL run being resumed."""
        self.add(entry.get("error") is not None, [f["severity"] for f in entry.get("findings") or ()], entry.get("score"))

    def summary(self) -> BatchSummary:
        return BatchSummary(files=self.files, failed=self.failed, errors=self.errors, warnings=self.warnings,
                            infos=self.infos,
                            mean_score=round(self._score_total / self._scored, 1) if self._scored else None)

    def exit_code(self, fail_level: str, fail_under: Optional[float] = None) -> int:
        if self.failed:
            return EXIT_BROKEN
        if self._worst_severity >= severity_rank(fail_level):
            return EXIT_FINDINGS
        if fail_under is not None and self._lowest_score is not None and self._lowest_score < fail_under:
            return EXIT_FINDINGS
        return EXIT_CLEAN
