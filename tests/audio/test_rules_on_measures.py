"""Audio rules the defects set does not exercise, fed measures directly (the measures are tested on audio)."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from greetlint.audio import SAMPLE_RATE, DecodedAudio
from greetlint.config import Settings
from greetlint.measures import measure
from greetlint.model import Analysis, AudioInfo, Facts, Transcript, Word
from greetlint.rules_api import load_rules

RULES = {r.code: r for r in load_rules()}


def _transcript(spec):
    """Words from (text, start, end, probability) tuples."""
    words, pos = [], 0
    for text, start, end, prob in spec:
        words.append(Word(text, pos, pos + len(text), start, end, prob))
        pos += len(text) + 1
    return Transcript(" ".join(w.text for w in words), tuple(words), timed=True)


WORDS = _transcript([("Hi,", 0.3, 0.6, 0.9), ("it's", 0.6, 0.9, 0.9), ("Dana.", 0.9, 1.4, 0.9)])


def _analysis(measures, duration=10.0, kind="greeting", transcript=WORDS):
    audio = AudioInfo(duration_s=duration, sample_rate=16000, channels=1, codec="pcm_s16le", container="wav",
                      measures=measures)
    return Analysis(path="x.wav", input="audio", kind=kind, kind_source="flag", transcript=transcript, facts=Facts(),
                    audio=audio, settings=Settings(), today=dt.date(2026, 11, 23))


def _check(code, measures, **kw):
    analysis = _analysis(measures, **kw)
    rule = RULES[code]
    return list(rule.check(analysis)) if rule.applies_to(analysis) else []


def test_trailing_silence():
    (f,) = _check("GL412", {"trailing_silence_s": 4.0, "speech_end_s": 6.0})
    assert (f.start, f.end) == (6.0, 10.0)
    assert _check("GL412", {"trailing_silence_s": 1.0, "speech_end_s": 9.0}) == []


def test_long_pause_only_over_the_limit():
    hits = _check("GL413", {"pauses": [[2.0, 3.5], [5.0, 7.6]]})
    assert [(f.start, f.end) for f in hits] == [(5.0, 7.6)]


def test_too_loud():
    (f,) = _check("GL422", {"loudness_lufs": -6.0, "speech_start_s": 0.3, "speech_end_s": 9.0})
    assert "-6 LUFS" in f.message


def test_number_not_set_apart():
    number = {"text": "five five five zero one four two", "digits": 7, "start": 3.0, "end": 6.0,
              "digits_per_second": 2.3, "pause_before_s": 0.05, "pause_after_s": 0.6}
    (f,) = _check("GL443", {"phone_numbers_timed": [number]})
    assert "before" in f.message and "after" not in f.message and (f.start, f.end) == (3.0, 6.0)
    assert _check("GL442", {"phone_numbers_timed": [number]}) == []


def test_mumbled_stretch():
    stretch = {"text": "y'reached dnortiz at", "start": 0.3, "end": 1.4, "mean_probability": 0.2}
    (f,) = _check("GL451", {"low_confidence_share": 0.1, "mumbled": stretch})
    assert (f.start, f.end) == (0.3, 1.4)
    assert _check("GL451", {"low_confidence_share": 0.1, "mumbled": {**stretch, "mean_probability": 0.8}}) == []


@pytest.mark.parametrize("kind,duration,fires", [("greeting", 75.0, True), ("greeting", 50.0, False), ("message", 75.0, False)])
def test_over_phone_system_limit(kind, duration, fires):
    hits = _check("GL461", {}, duration=duration, kind=kind)
    assert bool(hits) == fires
    if fires:
        assert (hits[0].start, hits[0].end) == (60.0, 75.0) and hits[0].severity == "error"


def test_measure_survives_silence_and_tiny_input():
    for samples in (np.zeros(SAMPLE_RATE // 5, np.float32), np.zeros(3 * SAMPLE_RATE, np.float32)):
        decoded = DecodedAudio(samples=samples, source_rate=8000, channels=1, codec="pcm_mulaw", container="wav")
        m = measure(decoded, Transcript("", (), timed=True))
        assert m["loudness_lufs"] is None and m["speech_start_s"] is None and m["words_per_minute"] is None


def test_double_and_triple_count_as_digits():
    words = _transcript([("call", 0.0, 0.3, 0.9), ("double", 0.5, 0.8, 0.9), ("five,", 0.8, 1.1, 0.9),
                         ("triple", 1.3, 1.6, 0.9), ("oh", 1.6, 1.8, 0.9), ("two.", 1.9, 2.2, 0.9)])
    tone = (0.1 * np.sin(2 * np.pi * 200 * np.arange(3 * SAMPLE_RATE) / SAMPLE_RATE)).astype(np.float32)
    decoded = DecodedAudio(samples=tone, source_rate=16000, channels=1, codec="pcm_s16le", container="wav")
    (number,) = measure(decoded, words)["phone_numbers_timed"]
    assert number["digits"] == 6
