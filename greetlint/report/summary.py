"""Batch totals shared by every output format, and the exit code they imply."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

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
        findings = [f for r in results for f in r.findings]
        scores = [r.score for r in results if r.score is not None]
        return cls(
            files=len(results),
            failed=sum(1 for r in results if r.error is not None),
            errors=sum(1 for f in findings if f.severity == "error"),
            warnings=sum(1 for f in findings if f.severity == "warning"),
            infos=sum(1 for f in findings if f.severity == "info"),
            mean_score=round(sum(scores) / len(scores), 1) if scores else None,
        )

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def exit_code(results: list[FileResult], fail_level: str, fail_under: Optional[float] = None) -> int:
    """2 if a file could not be processed; 1 if a finding is at or above fail_level or a score under fail_under."""
    if any(r.error is not None for r in results):
        return EXIT_BROKEN
    threshold = severity_rank(fail_level)
    if any(severity_rank(f.severity) >= threshold for r in results for f in r.findings):
        return EXIT_FINDINGS
    if fail_under is not None and any(r.score is not None and r.score < fail_under for r in results):
        return EXIT_FINDINGS
    return EXIT_CLEAN
