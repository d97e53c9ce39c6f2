"""The data that flows through the pipeline.

load audio -> transcribe -> Transcript -> extract facts -> Analysis -> rules -> Findings -> score -> render.

Everything a rule sees is in :class:`Analysis`; it is built once per file and
treated as read-only by the rules.
"""
from __future__ import annotations

import datetime as _dt
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Iterable, Iterator, Literal, Optional

if TYPE_CHECKING:  # config imports model; the type is only for readers and checkers
    from .config import Settings

Kind = Literal["greeting", "message"]
Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = ("info", "warning", "error")  # ascending


def clock(seconds: Optional[float]) -> str:
    """m:ss, as a player shows a moment in a recording ("" when there is none)."""
    if seconds is None:
        return ""
    whole = int(max(0.0, seconds))
    return f"{whole // 60}:{whole % 60:02d}"


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
    # how sure the recogniser was of the words it was read from (their lowest word probability);
    # None for a script
    confidence: Optional[float] = None


@dataclass(frozen=True)
class ExpectedHearing:
    """An expected fact scored against the recording (``greetlint.verify``): the expected wording in
    place of the words heard at a span, both scored with the model on that stretch of audio."""

    fact: str  # "phone" | "company"
    expected: str  # the expectation: a number's digits, a company's name
    wording: str  # the expected wording that scored best ("two oh six, five five five, ...")
    heard: str  # the transcript's words at the span
    expected_logprob: float  # log likelihood of the clip's text with the expected wording
    heard_logprob: float  # ... with the words heard (or a number the facts read there, the likelier)
    supported: bool  # the audio supports the expected wording about as well as the words heard
    char_start: int
    char_end: int


@dataclass(frozen=True)
class UnclearNumber:
    """Number words said where a number is given that do not read as one: heard, not understood."""

    text: str
    char_start: int
    char_end: int
    confidence: Optional[float] = None


@dataclass
class Callback:
    cls: str  # "specific" | "vague" | "none" | "refusal"
    phrase: Optional[str] = None
    within_hours: Optional[float] = None
    char_start: Optional[int] = None
    char_end: Optional[int] = None
    # every callback phrase found, for rules on contradictions
    all_phrases: list["CallbackPhrase"] = field(default_factory=list)
    # the window words of a specific promise ("by 5 p.m. today"), a span inside the phrase
    window: Optional["Span"] = None


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
    # a greeting's self-service routes (a website, a portal, an app): where callers help themselves,
    # not someone to reach now, so no `alt_contact`
    self_service: list[AltContact] = field(default_factory=list)
    ooo: Optional[OutOfOffice] = None
    purpose_stated: Optional[bool] = None
    purpose: Optional[Span] = None
    thanks: Optional[Span] = None
    word_count: int = 0
    words_per_minute: Optional[float] = None
    # recordings only: number-shaped stretches that could not be read as a number, and names kept
    # although the recogniser was unsure of their words (check the spelling)
    unclear_numbers: list[UnclearNumber] = field(default_factory=list)
    unsure_names: list[Span] = field(default_factory=list)
    # recordings with no name or company read: the opening words the recogniser was unsure of and wrote
    # as no common word (the name may be what it misheard: GL101 holds back, GL106 says so)
    unsure_opening: Optional[Span] = None
    # lowest word probability of each name in `names` (None for a script)
    name_confidence: list[Optional[float]] = field(default_factory=list)
    # the sentence around the first alternative contact ("for urgent matters press zero"), as said
    alt_contact_sentence: Optional[Span] = None
    # digits said or written anywhere (a number the reader missed still has them)
    digits_said: int = 0
    # phrase findings (facts/phrases.py), every occurrence in order
    fillers: list[Span] = field(default_factory=list)
    trivia: list[Span] = field(default_factory=list)
    cliches: list[Span] = field(default_factory=list)
    business_cues: list[Span] = field(default_factory=list)
    after_hours: list[Span] = field(default_factory=list)
    repeated_sentences: list[Span] = field(default_factory=list)  # each repeat, not its first saying


TimeSpan = tuple[float, float]  # (start, end) seconds


def _rounded(value, digits: int = 2):
    return None if value is None else round(float(value), digits)


def _json_value(value):
    if hasattr(value, "to_json"):
        return value.to_json()
    if isinstance(value, tuple):
        return [_json_value(v) for v in value]
    return value


class _JsonRecord:
    """A frozen dataclass that is also a JSON object: ``to_json()`` / ``from_json()`` by field name."""

    _NESTED: "dict[str, type]" = {}  # field -> record type of a nested object
    _SPANS: "tuple[str, ...]" = ()  # fields holding lists of [start, end] pairs

    def to_json(self) -> dict:
        return {f.name: _json_value(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_json(cls, data: Optional[dict]):
        if data is None:
            return None
        known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        values = {}
        for key, value in data.items():
            if key not in known:
                continue  # an older or newer entry's extra field
            if key in cls._NESTED:
                value = cls._NESTED[key].from_json(value)
            elif key in cls._SPANS:
                value = tuple((float(a), float(b)) for a, b in value or ())
            values[key] = value
        return cls(**values)


@dataclass(frozen=True)
class Hum(_JsonRecord):
    """The strongest mains line (50 or 60 Hz and harmonics) and the seconds where it stands out."""

    frequency_hz: int
    excess_db: float  # median over 1 s stretches of how far the line stands above the bins around it
    start: Optional[float] = None
    end: Optional[float] = None
    seconds: int = 0


@dataclass(frozen=True)
class Telephony(_JsonRecord):
    """Facts for phone systems (8 kHz G.711 is what they play anyway: normal, not a defect)."""

    bandwidth_hz: Optional[int]
    narrowband: bool
    codec_family: str
    mono: bool


@dataclass(frozen=True)
class Pitch(_JsonRecord):
    """The speaker's fundamental frequency over voiced speech (librosa.yin)."""

    median_hz: float
    p10_hz: float
    p90_hz: float
    range_semitones: float  # 12 * log2(p90 / p10): how much the voice moves
    voiced_s: float  # seconds of voiced speech the figures come from


@dataclass(frozen=True)
class Spectrum(_JsonRecord):
    """Where the energy of the speech frames sits (librosa spectral features), for muffled or harsh recordings."""

    centroid_hz: float  # median spectral centroid of speech frames
    rolloff_hz: float  # median frequency below which 85 % of a speech frame's energy lies
    above_3400hz_share: float  # share of speech energy above 3.4 kHz: what a phone line cuts


@dataclass(frozen=True)
class Measures(_JsonRecord):
    """Acoustic measures of one recording (greetlint.measures); None means "could not be measured"."""

    loudness_lufs: Optional[float] = None  # ITU-R BS.1770 integrated loudness
    speech_level_dbfs: Optional[float] = None
    peak_dbfs: Optional[float] = None
    clipped_share: float = 0.0
    clipped_regions: tuple[TimeSpan, ...] = ()
    speech_start_s: Optional[float] = None
    speech_end_s: Optional[float] = None
    leading_silence_s: Optional[float] = None
    trailing_silence_s: Optional[float] = None
    pauses: tuple[TimeSpan, ...] = ()  # silences of a second or more between sounds
    noise_floor_dbfs: Optional[float] = None
    snr_db: Optional[float] = None
    hum: Optional[Hum] = None
    telephony: Optional[Telephony] = None
    pitch: Optional[Pitch] = None
    spectrum: Optional[Spectrum] = None
    onset_rate_per_s: Optional[float] = None  # acoustic onsets (about syllables) per second of sound
    silences: tuple[TimeSpan, ...] = ()  # every silence of 0.15 s or more (where a spoken number's edges snap)

    _NESTED = {"hum": Hum, "telephony": Telephony, "pitch": Pitch, "spectrum": Spectrum}
    _SPANS = ("clipped_regions", "pauses", "silences")


@dataclass(frozen=True)
class TimedNumber(_JsonRecord):
    """One mention of a phone number fact, timed on the recording (edges snapped to the pauses around it)."""

    text: str
    digits: int
    start: float
    end: float
    pause_before_s: Optional[float]  # None when nothing is said before it
    pause_after_s: Optional[float]  # None when nothing is said after it
    char_start: int = 0
    char_end: int = 0

    @property
    def digits_per_second(self) -> float:
        return self.digits / max(self.end - self.start, 0.01)

    def to_json(self) -> dict:
        return {"text": self.text, "digits": self.digits, "start": _rounded(self.start), "end": _rounded(self.end),
                "digits_per_second": _rounded(self.digits_per_second), "pause_before_s": _rounded(self.pause_before_s),
                "pause_after_s": _rounded(self.pause_after_s)}


@dataclass(frozen=True)
class Mumbled(_JsonRecord):
    """The stretch of words the recogniser was least sure of."""

    text: str
    start: float
    end: float
    mean_probability: float


@dataclass(frozen=True)
class Delivery(_JsonRecord):
    """How the words were said, from the timed transcript and the facts (greetlint.delivery)."""

    _SPANS = ("unheard", "left_out")

    words_per_minute: Optional[float] = None  # words over speaking time (first to last word, less pauses > 2 s)
    speaking_time_s: Optional[float] = None
    phone_numbers_timed: tuple[TimedNumber, ...] = ()
    low_confidence_share: Optional[float] = None
    mumbled: Optional[Mumbled] = None
    # stretches of sound (between the measured speech start and end, less its silences) that no word
    # covers, UNHEARD_MIN_S or more of sound each: speech the recogniser did not write down
    unheard: tuple[TimeSpan, ...] = ()
    # where the words show speech left out, however the recogniser's times spread them: a number cue whose
    # number never comes ("call me back at one." and on), a decoder loop ("P-W-V-V-V-V ...")
    left_out: tuple[TimeSpan, ...] = ()


@dataclass(frozen=True)
class AudioInfo:
    """What the decoder saw, plus the acoustic measures of the decoded samples."""

    duration_s: float
    sample_rate: int  # of the source file
    channels: int
    codec: str
    container: str
    measures: Measures = field(default_factory=Measures)
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
    settings: "Settings"
    today: _dt.date
    speech_seconds: Optional[float] = None  # time from first to last word
    phone: Optional[PhoneHearing] = None  # --phone-check only
    # "unsure" when a detected kind rests on close or absent cues; a kind given by flag or config is "sure"
    kind_confidence: str = "sure"
    delivery: Optional[Delivery] = None  # audio only: pace, timed numbers, recogniser confidence
    # audio with expected facts the words did not match: the expected wording scored on the audio (GL601)
    expected_heard: tuple[ExpectedHearing, ...] = ()

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
class Timings:
    """Seconds one file spent in each pipeline stage (``--timings``); None for a stage it never entered.

    A stage is timed where it runs (``with result.timings.stage("decode"): ...``), so the steps
    themselves never carry a clock; a batch's stages add up with :meth:`total`.
    """

    read: Optional[float] = None         # a script read from disk
    cache: Optional[float] = None        # the file hashed and looked up in the transcript cache
    decode: Optional[float] = None       # the audio decoded to 16 kHz mono
    phone: Optional[float] = None        # --phone-check: the G.711 render
    transcribe: Optional[float] = None   # the model (a batch's time, shared by length of audio)
    audio_libs: Optional[float] = None   # waiting for librosa/numba to import (once per run)
    measures: Optional[float] = None     # the acoustic measures
    facts: Optional[float] = None        # kind, facts and delivery
    expect: Optional[float] = None       # GL601: expected facts scored against the audio (only when needed)
    rules: Optional[float] = None        # rules, baseline and score

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(name, time.perf_counter() - started)

    def add(self, name: str, seconds: float) -> None:
        setattr(self, name, (getattr(self, name) or 0.0) + seconds)

    def items(self) -> list[tuple[str, float]]:
        """(stage label, seconds) of the stages entered, in pipeline order ("audio-libs", ...)."""
        return [(f.name.replace("_", "-"), value) for f in fields(self)
                if (value := getattr(self, f.name)) is not None]

    def add_all(self, other: "Timings") -> None:
        for f in fields(other):
            value = getattr(other, f.name)
            if value is not None:
                self.add(f.name, value)

    @classmethod
    def total(cls, each: Iterable["Timings"]) -> "Timings":
        out = cls()
        for timings in each:
            out.add_all(timings)
        return out


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
    timings: Timings = field(default_factory=Timings)
    content_sha256: Optional[str] = None  # of the input's bytes, taken when it was linted: baseline keys, --resume
    source_text: Optional[str] = None  # a script as read, before normalising: report lines/columns
    baselined: list[Finding] = field(default_factory=list)  # findings a baseline dropped before scoring
