"""The data that flows through the pipeline.

load audio -> transcribe -> Transcript -> extract facts -> Analysis -> rules -> Findings -> score -> render.

Everything a rule sees is in :class:`Analysis`; it is built once per file and
treated as read-only by the rules.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Literal, Optional

Kind = Literal["greeting", "message"]
Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("info", "warning", "error")  # ascending


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


@dataclass(frozen=True)
class Word:
    """One transcript word, with where it sits in ``Transcript.text``."""

    text: str
    char_start: int
    char_end: int
    start: Optional[float] = None  # seconds; None for text scripts
    end: Optional[float] = None
    probability: Optional[float] = None


@dataclass(frozen=True)
class Transcript:
    text: str
    words: tuple[Word, ...]
    timed: bool  # True when words carry audio times

    def span_times(self, char_start: Optional[int], char_end: Optional[int]) -> tuple[Optional[float], Optional[float]]:
        """Audio span (start, end) of the words overlapping a transcript char span."""
        if not self.timed or char_start is None or char_end is None:
            return None, None
        hit = [w for w in self.words if w.char_end > char_start and w.char_start < char_end]
        if not hit:
            return None, None
        return hit[0].start, hit[-1].end

    def words_in(self, char_start: int, char_end: int) -> list[Word]:
        return [w for w in self.words if w.char_end > char_start and w.char_start < char_end]


@dataclass(frozen=True)
class Span:
    """A phrase found in the transcript."""

    text: str
    char_start: int
    char_end: int


@dataclass
class PhoneNumber:
    digits: str
    text: str
    char_start: int
    char_end: int
    count: int = 1
    # later mentions of the same digits (char spans), the first one is above
    repeats: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Callback:
    cls: str  # "specific" | "vague" | "none" | "refusal"
    phrase: Optional[str] = None
    within_hours: Optional[float] = None
    char_start: Optional[int] = None
    char_end: Optional[int] = None
    # every callback phrase found, for rules on contradictions
    all_phrases: list["CallbackPhrase"] = field(default_factory=list)


@dataclass(frozen=True)
class CallbackPhrase:
    cls: str
    text: str
    char_start: int
    char_end: int
    within_hours: Optional[float] = None


@dataclass(frozen=True)
class AltContact:
    kind: str  # operator | colleague | phone | email | website | other
    text: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class OutOfOffice:
    return_phrase: Optional[str]
    return_date: Optional[_dt.date]
    char_start: Optional[int] = None
    char_end: Optional[int] = None


@dataclass
class Facts:
    names: list[Span] = field(default_factory=list)
    company: Optional[Span] = None
    phone_numbers: list[PhoneNumber] = field(default_factory=list)
    extensions: list[Span] = field(default_factory=list)  # text = the extension digits
    callback: Callback = field(default_factory=lambda: Callback("none"))
    alt_contact: list[AltContact] = field(default_factory=list)
    # a left message's own channels besides its number ("email me at ...", "text me")
    caller_contact: list[AltContact] = field(default_factory=list)
    ooo: Optional[OutOfOffice] = None
    purpose_stated: Optional[bool] = None
    purpose: Optional[Span] = None
    thanks: Optional[Span] = None
    word_count: int = 0
    words_per_minute: Optional[float] = None


@dataclass(frozen=True)
class AudioInfo:
    """What the decoder saw, plus measures computed from the decoded samples."""

    duration_s: float
    sample_rate: int  # of the source file
    channels: int
    codec: str
    container: str
    measures: dict[str, Any] = field(default_factory=dict)
    file_bytes: Optional[int] = None  # size on disk (phone systems cap uploads)
    bit_depth: Optional[int] = None  # PCM / G.711 bits per sample; None for compressed codecs


@dataclass(frozen=True)
class PhoneHearing:
    """The recording as callers hear it (--phone-check): rendered through the target's G.711 call leg, transcribed."""

    codec: str  # mulaw | alaw
    transcript: Transcript
    facts: "Facts"


@dataclass(frozen=True)
class Analysis:
    """Everything the rules may read about one file. Read-only."""

    path: str
    input: Literal["audio", "text"]
    kind: Kind
    kind_source: str  # detected | flag | config
    transcript: Transcript
    facts: Facts
    audio: Optional[AudioInfo]
    settings: Any  # greetlint.config.Settings
    today: _dt.date
    speech_seconds: Optional[float] = None  # time from first to last word
    phone: Optional[PhoneHearing] = None  # --phone-check only
    # "unsure" when a detected kind rests on close or absent cues; a kind given by flag or config is "sure"
    kind_confidence: str = "sure"

    @property
    def duration_s(self) -> Optional[float]:
        if self.audio is not None:
            return self.audio.duration_s
        return None

    @property
    def spoken_seconds(self) -> float:
        """Length a caller hears: the audio's duration, or for a script an estimate at 150 wpm."""
        if self.audio is not None:
            return self.audio.duration_s
        return self.facts.word_count / 150.0 * 60.0


@dataclass
class Finding:
    rule: str
    name: str
    category: str
    severity: str
    message: str
    fix: Optional[str] = None
    start: Optional[float] = None
    end: Optional[float] = None
    char_start: Optional[int] = None
    char_end: Optional[int] = None
    penalty: int = 0


@dataclass
class FileError:
    code: str
    message: str


@dataclass
class FileResult:
    path: str
    input: str
    analysis: Optional[Analysis] = None
    findings: list[Finding] = field(default_factory=list)
    score: Optional[int] = None
    grade: Optional[str] = None
    rewrite: Optional[dict] = None
    waveform: Optional[list] = None  # [min, max] peaks of the decoded audio, for the HTML report
    error: Optional[FileError] = None
    timings: dict[str, float] = field(default_factory=dict)
    content_sha256: Optional[str] = None  # set by streamed runs (JSONL, Ray): what --resume matches on
