"""Where a finding is, for the CI formats (SARIF, JUnit, GitHub, GitLab).

Those formats locate problems by file, line and column. A .txt script has
real lines: the finding's char offsets become line:column. An audio file has
none, so it is located by path alone and the mm:ss time goes into the message.
Fingerprints identify a finding across runs without lines or times, which
jitter when a recording is re-transcribed.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Iterator, Optional

from ..model import FileResult, Finding
from .text_report import mmss


@dataclass(frozen=True)
class Location:
    path: str  # forward slashes, as given on the command line
    line: Optional[int] = None  # 1-based; None for audio
    column: Optional[int] = None  # 1-based
    end_line: Optional[int] = None
    end_column: Optional[int] = None  # 1-based, exclusive (SARIF convention)


@dataclass(frozen=True)
class LocatedFinding:
    result: FileResult
    finding: Finding
    location: Location
    occurrence: int  # index of this rule's finding within the file

    @property
    def message(self) -> str:
        """The finding's message, with its mm:ss time when it comes from audio."""
        if self.finding.start is None:
            return self.finding.message
        return f"[{mmss(self.finding.start)}] {self.finding.message}"

    @property
    def fingerprint(self) -> str:
        """Stable id: path, rule and occurrence; no line or time, which jitter between runs."""
        key = f"{self.location.path}\0{self.finding.rule}\0{self.occurrence}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()


def uri_path(path: str) -> str:
    return path.replace("\\", "/")


def _line_column(text: str, offset: int) -> tuple[int, int]:
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def locate(result: FileResult, finding: Finding) -> Location:
    path = uri_path(result.path)
    analysis = result.analysis
    if analysis is None or analysis.input != "text" or finding.char_start is None:
        return Location(path)
    text = analysis.transcript.text
    line, column = _line_column(text, finding.char_start)
    end_line, end_column = _line_column(text, finding.char_end if finding.char_end is not None else finding.char_start)
    return Location(path, line, column, end_line, end_column)


def located_findings(results: list[FileResult]) -> Iterator[LocatedFinding]:
    for result in results:
        seen: dict[str, int] = {}
        for finding in result.findings:
            occurrence = seen.get(finding.rule, 0)
            seen[finding.rule] = occurrence + 1
            yield LocatedFinding(result, finding, locate(result, finding), occurrence)


def rule_help(rule) -> str:
    """The rule's documentation without its summary line (which is shown separately)."""
    lines = rule.documentation().splitlines()
    return "\n".join(lines[1:]).strip() or rule.summary()
