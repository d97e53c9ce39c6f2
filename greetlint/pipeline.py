"""One file from disk to scored findings.

collect inputs -> (decode -> transcribe) or read script -> facts -> Analysis -> rules -> score.
A file that cannot be processed gets a FileResult with ``error`` set; the batch goes on.
"""
from __future__ import annotations

import datetime as _dt
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from . import transcript as transcript_mod
from .audio import AUDIO_EXTENSIONS, InputError, decode
from .cache import TranscriptCache, file_digest
from .config import Settings
from .facts import detect_kind, extract_facts
from .measures import measure as measure_audio
from .model import Analysis, AudioInfo, FileError, FileResult, Finding, severity_rank
from .rules_api import Rule
from .rewrite import suggest as suggest_rewrite
from .scoring import apply_penalties, grade
from .waveform import envelope as waveform_envelope

TEXT_EXTENSIONS = frozenset({".txt"})
MAX_SCRIPT_BYTES = 200_000


@dataclass
class Options:
    kind: Optional[str] = None  # --kind
    today: _dt.date = field(default_factory=_dt.date.today)
    max_duration_s: float = 15 * 60.0


def collect_inputs(paths: list[str]) -> Iterator[str]:
    """Files as given, and the lintable files under directories (sorted, each real file once)."""
    seen: set[str] = set()
    for given in paths:
        if os.path.isdir(given):
            for root, dirs, files in os.walk(given, followlinks=True):
                real_root = os.path.realpath(root)
                if real_root in seen:  # a symlink loop, or a folder reached twice
                    dirs[:] = []
                    continue
                seen.add(real_root)
                dirs.sort()
                for name in sorted(files):
                    if Path(name).suffix.lower() in AUDIO_EXTENSIONS | TEXT_EXTENSIONS and not name.startswith("."):
                        yield os.path.join(root, name)
        else:
            yield given


def input_type(path: str) -> str:
    return "text" if Path(path).suffix.lower() in TEXT_EXTENSIONS else "audio"


class Linter:
    def __init__(self, rules: list[Rule], settings: Settings, options: Options, transcriber=None,
                 cache: Optional[TranscriptCache] = None):
        self.rules = rules
        self.cache = cache or TranscriptCache(None)
        self.settings = settings
        self.options = options
        self.transcriber = transcriber  # greetlint.transcribe.Transcriber, loaded on first audio file

    def lint(self, path: str) -> FileResult:
        result = FileResult(path=path, input=input_type(path))
        try:
            if not os.path.exists(path):
                raise InputError("not-found", "no such file or directory")
            if result.input == "text":
                analysis = self._analyse_text(path, result.timings)
            else:
                analysis = self._analyse_audio(path, result)
        except InputError as exc:
            result.error = FileError(exc.code, exc.message)
            return result
        result.analysis = analysis
        t = time.perf_counter()
        result.findings = self.run_rules(analysis)
        result.score = apply_penalties(result.findings)
        result.grade = grade(result.score)
        result.timings["rules"] = time.perf_counter() - t
        result.rewrite = suggest_rewrite(analysis, result.findings)
        return result

    # -- building the analysis ---------------------------------------------------------------
    def _analyse_text(self, path: str, timings: dict) -> Analysis:
        t = time.perf_counter()
        text = read_script(path)
        transcript = transcript_mod.from_script(text)
        timings["read"] = time.perf_counter() - t
        return self._analysis(path, "text", transcript, audio=None, timings=timings)

    def _analyse_audio(self, path: str, result: FileResult) -> Analysis:
        timings = result.timings
        heard = self._hear(path, timings)
        result.waveform = heard.get("waveform")  # cache entries from before waveforms have none
        transcript = transcript_mod.from_timed_words(heard["words"])
        audio = AudioInfo(**heard["audio"], measures=heard["measures"])
        return self._analysis(path, "audio", transcript, audio=audio, timings=timings)

    def _hear(self, path: str, timings: dict) -> dict:
        """Decode, transcribe and measure one recording, or take all of it from the cache."""
        key = None
        if self.cache.folder is not None:
            t = time.perf_counter()
            try:
                digest = file_digest(path)
            except PermissionError:
                raise InputError("unreadable-file", "permission denied") from None
            except OSError as exc:
                raise InputError("unreadable-file", f"cannot read file: {exc.strerror or exc}") from None
            key = self.cache.key(digest, self.transcriber.identity, self.transcriber.settings.key())
            cached = self.cache.get(key)
            timings["cache"] = time.perf_counter() - t
            if cached is not None:
                return cached
        t = time.perf_counter()
        decoded = decode(path, max_duration_s=self.options.max_duration_s)
        timings["decode"] = time.perf_counter() - t
        t = time.perf_counter()
        asr = self.transcriber.transcribe(decoded.samples)
        timings["transcribe"] = time.perf_counter() - t
        t = time.perf_counter()
        measures = measure_audio(decoded, transcript_mod.from_timed_words(asr.words))
        timings["measures"] = time.perf_counter() - t
        heard = {
            "words": asr.words,
            "audio": {"duration_s": round(decoded.duration_s, 3), "sample_rate": decoded.source_rate,
                      "channels": decoded.channels, "codec": decoded.codec, "container": decoded.container},
            "measures": measures,
            "waveform": waveform_envelope(decoded.samples),  # drawn by the HTML report
        }
        if key is not None:
            self.cache.put(key, heard)
        return heard

    def _analysis(self, path, input_kind, transcript, audio, timings) -> Analysis:
        t = time.perf_counter()
        if self.options.kind:
            kind, kind_source = self.options.kind, "flag"
        elif self.settings.kind_for(path):
            kind, kind_source = self.settings.kind_for(path), "config"
        else:
            kind, kind_source = detect_kind(transcript), "detected"
        facts = extract_facts(transcript, kind, self.options.today)
        facts.word_count = len(transcript.words)
        speech_seconds = None
        if transcript.timed and transcript.words:
            speech_seconds = max(0.0, transcript.words[-1].end - transcript.words[0].start)
            if speech_seconds >= 1.0:
                facts.words_per_minute = round(len(transcript.words) / speech_seconds * 60.0, 1)
        timings["facts"] = time.perf_counter() - t
        return Analysis(path=path, input=input_kind, kind=kind, kind_source=kind_source, transcript=transcript,
                        facts=facts, audio=audio, settings=self.settings, today=self.options.today,
                        speech_seconds=speech_seconds)

    # -- rules -------------------------------------------------------------------------------
    def run_rules(self, analysis: Analysis) -> list[Finding]:
        findings: list[Finding] = []
        for rule in self.rules:
            if not self.settings.rule_enabled(rule.code, rule.category, analysis.path):
                continue
            if not rule.applies_to(analysis):
                continue
            for finding in rule.check(analysis):
                override = self.settings.severity.get(finding.rule)
                if override:
                    finding.severity = override
                findings.append(finding)
        findings.sort(key=lambda f: (f.start if f.start is not None else float("inf"),
                                     f.char_start if f.char_start is not None else 1 << 30,
                                     -severity_rank(f.severity), f.rule))
        return findings


def read_script(path: str) -> str:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_SCRIPT_BYTES + 1)
    except PermissionError:
        raise InputError("unreadable-file", "permission denied") from None
    except OSError as exc:
        raise InputError("unreadable-file", f"cannot read file: {exc.strerror or exc}") from None
    if len(raw) > MAX_SCRIPT_BYTES:
        raise InputError("script-too-long", f"script is longer than {MAX_SCRIPT_BYTES // 1000} kB; a voicemail script is a few hundred words")
    if b"\x00" in raw:
        raise InputError("binary-script", "file is binary, not a text script")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("bad-encoding", "script is not UTF-8 text") from None
    if not text.strip():
        raise InputError("empty-script", "script is empty")
    return text
