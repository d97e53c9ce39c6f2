"""Baseline: adopt the check on an existing set of recordings and fail only on new problems.

``--write-baseline FILE`` records every finding as (sha256 of the file's bytes,
rule code, occurrence index of that rule in the file). ``--baseline FILE``
drops the findings whose key is recorded. Keys ignore paths and times, so a
renamed or moved recording keeps its suppressions and transcription jitter
does not matter, while a re-recorded file (new bytes) is checked afresh.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from .cache import file_digest
from .model import FileResult, Finding
from .scoring import apply_penalties, grade

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


def keyed_findings(result: FileResult) -> list[tuple[BaselineKey, Finding]]:
    """Each finding of a processed file with its baseline key; [] for a file that failed or is gone."""
    if result.error is not None or not result.findings:
        return []
    try:
        sha = file_sha256(result.path)
    except OSError:
        return []
    seen: dict[str, int] = {}
    keyed = []
    for finding in result.findings:
        occurrence = seen.get(finding.rule, 0)
        seen[finding.rule] = occurrence + 1
        keyed.append((BaselineKey(sha, finding.rule, occurrence), finding))
    return keyed


def baseline_document(results: list[FileResult]) -> str:
    """The baseline document (JSON text) for these results; the caller writes it."""
    entries = [{"sha256": key.sha256, "rule": key.rule, "occurrence": key.occurrence,
                "path": result.path, "message": finding.message}  # path and message: for people reading it
               for result in results for key, finding in keyed_findings(result)]
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


def apply_baseline(results: list[FileResult], known: frozenset[BaselineKey]) -> int:
    """Drop baselined findings in place, re-score those files; return how many were dropped."""
    dropped = 0
    for result in results:
        keyed = keyed_findings(result)
        keep = [finding for key, finding in keyed if key not in known]
        if keyed and len(keep) < len(result.findings):
            dropped += len(result.findings) - len(keep)
            result.findings = keep
            result.score = apply_penalties(keep)
            result.grade = grade(result.score)
    return dropped
