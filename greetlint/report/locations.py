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
from ..transcript import normalize_script
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


class ScriptMap:
    """Maps offsets in a script's normalised transcript back to the file as written.

    ``transcript.normalize_script`` only collapses whitespace and swaps a few
    typographic characters, so the non-space characters of the two texts line
    up one to one: the n-th non-space character of the transcript is the n-th
    of the file after the same per-character swap.
    """

    def __init__(self, raw: str, normalized: str):
        self.raw = raw
        self.normalized = normalized
        self.positions: list[int] = []  # raw offset of each non-space character of the swapped file
        for index, char in enumerate(raw):
            self.positions.extend(index for c in _swapped(char) if not c.isspace())
        self.aligned = len(self.positions) == sum(1 for c in normalized if not c.isspace())

    def raw_offset(self, offset: int, end: bool = False) -> int:
        before = sum(1 for c in self.normalized[:offset] if not c.isspace())
        if end:
            return self.positions[before - 1] + 1 if before else 0
        return self.positions[before] if before < len(self.positions) else len(self.raw)


def _swapped(char: str, _memo: dict = {}) -> str:
    if char not in _memo:
        _memo[char] = normalize_script(char) if not char.isspace() else char
    return _memo[char]


def _script_map(result: FileResult) -> Optional[ScriptMap]:
    """The map between a script as read (the file is never read again) and its transcript; None if they do not align."""
    if result.source_text is None:
        return None
    mapping = ScriptMap(result.source_text, result.analysis.transcript.text)
    return mapping if mapping.aligned else None


def locate(result: FileResult, finding: Finding, script_map: Optional[ScriptMap] = None) -> Location:
    path = uri_path(result.path)
    analysis = result.analysis
    if analysis is None or analysis.input != "text" or finding.char_start is None:
        return Location(path)
    start = finding.char_start
    end = finding.char_end if finding.char_end is not None else start
    text = analysis.transcript.text
    if script_map is not None:  # lines and columns of the file as written, not of the normalised transcript
        text, start, end = script_map.raw, script_map.raw_offset(start), script_map.raw_offset(end, end=True)
    line, column = _line_column(text, start)
    end_line, end_column = _line_column(text, max(start, end))
    return Location(path, line, column, end_line, end_column)


def located_findings(results: list[FileResult]) -> Iterator[LocatedFinding]:
    for result in results:
        seen: dict[str, int] = {}
        script_map = _script_map(result) if result.input == "text" and result.findings else None
        for finding in result.findings:
            occurrence = seen.get(finding.rule, 0)
            seen[finding.rule] = occurrence + 1
            yield LocatedFinding(result, finding, locate(result, finding, script_map), occurrence)


def rule_help(rule) -> str:
    """The rule's documentation without its summary line (which is shown separately)."""
    lines = rule.documentation().splitlines()
    return "\n".join(lines[1:]).strip() or rule.summary()
