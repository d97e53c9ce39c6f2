"""Baseline: adopt the check on an existing set of recordings and fail only on new problems.

``--write-baseline FILE`` records every finding as (sha256 of the file's bytes,
rule code, occurrence index of that rule in the file). ``--baseline FILE``
drops the findings whose key is recorded. Keys ignore paths and times, so a
renamed or moved recording keeps its suppressions and transcription jitter
does not matter, while a re-recorded file (new bytes) is checked afresh.

The linter applies a :class:`Baseline` before it scores a file (``Linter(baseline=...)``, on every
backend: a local run, a streamed JSONL run and each Ray actor), so a score is computed once, from
the findings that count; the dropped ones stay on the result (``FileResult.baselined``) for
``--write-baseline``. The sha256 is the one taken when the file
was read for linting: the input is never read again.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .cache import file_digest
from .model import FileResult, Finding

FORMAT_VERSION = 1


class BaselineError(Exception):
    pass


@dataclass(frozen=True)
class BaselineKey:
    sha256: str
    rule: str
    occurrence: int  # 0 for the first finding of this rule in the file, 1 for the second, ...


def file_sha256(path: str) -> str:
    return file_digest(path)  # the transcript cache keys files the same way


def keyed_findings(result: FileResult, findings: Optional[list[Finding]] = None) -> list[tuple[BaselineKey, Finding]]:
    """Findings of a processed file (its ``findings`` unless given) with their baseline keys; [] for a failed file."""
    findings = result.findings if findings is None else findings
    if result.error is not None or not findings or result.content_sha256 is None:
        return []
    return _keyed(result.content_sha256, findings)


def _keyed(sha: str, findings: list[Finding]) -> list[tuple[BaselineKey, Finding]]:
    seen: dict[str, int] = {}
    keyed = []
    for finding in findings:
        occurrence = seen.get(finding.rule, 0)
        seen[finding.rule] = occurrence + 1
        keyed.append((BaselineKey(sha, finding.rule, occurrence), finding))
    return keyed


@dataclass(frozen=True)
class Baseline:
    """The findings to drop: the keys of a baseline file, or every finding (``--write-baseline``)."""

    known: frozenset[BaselineKey] = frozenset()
    everything: bool = False

    def split(self, sha: Optional[str], findings: list[Finding]) -> tuple[list[Finding], list[Finding]]:
        """(findings that count, findings the baseline drops), each in the original order."""
        if sha is None:
            return findings, []
        keep, dropped = [], []
        for key, finding in _keyed(sha, findings):
            (dropped if self.everything or key in self.known else keep).append(finding)
        return keep, dropped


def baseline_document(results: list[FileResult]) -> str:
    """The baseline document (JSON text) recording every finding of results linted with
    ``Baseline(everything=True)`` (all of them in ``baselined``) or with no baseline (in ``findings``)."""
    entries = [{"sha256": key.sha256, "rule": key.rule, "occurrence": key.occurrence,
                "path": result.path, "message": finding.message}  # path and message: for people reading it
               for result in results
               for key, finding in keyed_findings(result, result.baselined or result.findings)]
    return json.dumps({"greetlint_baseline": FORMAT_VERSION, "findings": entries}, indent=2, ensure_ascii=False) + "\n"


def load_baseline(path: str) -> frozenset[BaselineKey]:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise BaselineError(f"cannot read baseline {path}: {exc.strerror or exc}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise BaselineError(f"baseline {path} is not JSON: {exc}") from None
    if not isinstance(doc, dict) or doc.get("greetlint_baseline") != FORMAT_VERSION or not isinstance(doc.get("findings"), list):
        raise BaselineError(f"baseline {path} is not a greetlint baseline (version {FORMAT_VERSION})")
    try:
        return frozenset(BaselineKey(str(e["sha256"]), str(e["rule"]), int(e["occurrence"])) for e in doc["findings"])
    except (KeyError, TypeError, ValueError):
        raise BaselineError(f"baseline {path} has a malformed entry (needs sha256, rule, occurrence)") from None

