"""Audio rules the defects set does not exercise, fed measures directly (the measures are tested on audio)."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from greetlint.audio import SAMPLE_RATE, DecodedAudio
from greetlint.config import ConfigError, Settings, check_rule_selectors, parse_settings
from greetlint.delivery import delivery
from greetlint.measures import measure
from greetlint.model import (Analysis, AudioInfo, Delivery, Facts, Hum, Measures, Mumbled, PhoneNumber, Pitch,
                             Spectrum, TimedNumber, Transcript, Word)
from greetlint.rules_api import MeasureRule, load_rules

RULES = {r.code: r for r in load_rules()}


def _transcript(spec):
    """Words from (text, start, end, probability) tuples."""
    words, pos = [], 0
    for text, start, end, prob in spec:
        words.append(Word(text, pos, pos + len(text), start, end, prob))
        pos += len(text) + 1
    return Transcript(" ".join(w.text for w in words), tuple(words), timed=True)


WORDS = _transcript([("Hi,", 0.3, 0.6, 0.9), ("it's", 0.6, 0.9, 0.9), ("Dana.", 0.9, 1.4, 0.9)])


def _analysis(measures, duration=10.0, kind="greeting", transcript=WORDS, delivery=None, settings=None):
    audio = AudioInfo(duration_s=duration, sample_rate=16000, channels=1, codec="pcm_s16le", container="wav",
                      measures=measures)
    return Analysis(path="x.wav", input="audio", kind=kind, kind_source="flag", transcript=transcript, facts=Facts(),
                    audio=audio, settings=settings or Settings(), today=dt.date(2026, 11, 23),
                    delivery=delivery or Delivery())


def _check(code, measures=Measures(), **kw):
    analysis = _analysis(measures, **kw)
    rule = RULES[code]
    return list(rule.check(analysis)) if rule.applies_to(analysis) else []


def test_trailing_silence():
    (f,) = _check("GL412", Measures(trailing_silence_s=4.0, speech_end_s=6.0))
    assert (f.start, f.end) == (6.0, 10.0)
    assert _check("GL412", Measures(trailing_silence_s=1.0, speech_end_s=9.0)) == []


def test_long_pause_only_over_the_limit():
    hits = _check("GL413", Measures(pauses=((2.0, 3.5), (5.0, 7.6))))
    assert [(f.start, f.end) for f in hits] == [(5.0, 7.6)]


def test_too_loud():
    (f,) = _check("GL422", Measures(loudness_lufs=-6.0, speech_start_s=0.3, speech_end_s=9.0))
    assert "-6 LUFS" in f.message


def test_number_not_set_apart():
    number = TimedNumber(text="five five five zero one four two", digits=7, start=3.0, end=6.0,
                         pause_before_s=0.05, pause_after_s=0.6)
    (f,) = _check("GL443", delivery=Delivery(phone_numbers_timed=(number,)))
    assert "before" in f.message and "after" not in f.message and (f.start, f.end) == (3.0, 6.0)
    assert _check("GL442", delivery=Delivery(phone_numbers_timed=(number,))) == []


def test_mumbled_stretch():
    stretch = Mumbled(text="y'reached dnortiz at", start=0.3, end=1.4, mean_probability=0.2)
    (f,) = _check("GL451", delivery=Delivery(low_confidence_share=0.1, mumbled=stretch))
    assert (f.start, f.end) == (0.3, 1.4)
    clear = Mumbled(text="y'reached dnortiz at", start=0.3, end=1.4, mean_probability=0.8)
    assert _check("GL451", delivery=Delivery(low_confidence_share=0.1, mumbled=clear)) == []


@pytest.mark.parametrize("kind,duration,fires", [("greeting", 75.0, True), ("greeting", 50.0, False), ("message", 75.0, False)])
def test_over_phone_system_limit(kind, duration, fires):
    hits = _check("GL461", duration=duration, kind=kind)
    assert bool(hits) == fires
    if fires:
        assert (hits[0].start, hits[0].end) == (60.0, 75.0) and hits[0].severity == "error"


def test_measure_survives_silence_and_tiny_input():
    for samples in (np.zeros(SAMPLE_RATE // 5, np.float32), np.zeros(3 * SAMPLE_RATE, np.float32)):
        decoded = DecodedAudio(samples=samples, source_rate=8000, channels=1, codec="pcm_mulaw", container="wav")
        m = measure(decoded)
        assert m.loudness_lufs is None and m.speech_start_s is None and m.pitch is None
        assert Measures.from_json(m.to_json()) == m  # the cache's round trip
        assert delivery(Transcript("", (), timed=True), Facts(), m).words_per_minute is None


def test_timed_numbers_are_the_facts_numbers():
    """GL442/GL443 time each mention of each phone number the facts found, and nothing else."""
    words = _transcript([("call", 0.0, 0.3, 0.9), ("five", 0.5, 0.8, 0.9), ("five", 0.8, 1.0, 0.9),
                         ("five,", 1.0, 1.2, 0.9), ("oh", 1.3, 1.5, 0.9), ("one", 1.5, 1.7, 0.9),
                         ("four", 1.7, 1.9, 0.9), ("two.", 1.9, 2.2, 0.9), ("room", 2.6, 2.9, 0.9),
                         ("four", 2.9, 3.1, 0.9), ("one", 3.1, 3.3, 0.9), ("two", 3.3, 3.5, 0.9), ("six.", 3.5, 3.8, 0.9)])
    first, last = words.words[1], words.words[7]
    number = PhoneNumber(digits="5550142", text=words.text[first.char_start:last.char_end],
                         char_start=first.char_start, char_end=last.char_end)
    facts = Facts(phone_numbers=[number])
    silences = ((0.3, 0.5), (2.2, 2.6))
    (timed,) = delivery(words, facts, Measures(silences=silences)).phone_numbers_timed
    assert (timed.digits, timed.start, timed.end) == (7, 0.5, 2.2)  # "room four one two six" is no phone number
    assert timed.pause_before_s == pytest.approx(0.2) and timed.pause_after_s == pytest.approx(0.4)
    assert delivery(words, Facts(), Measures(silences=silences)).phone_numbers_timed == ()


def test_measure_rule_table():
    """Every audio rule built on MeasureRule names a real measure and a real limit."""
    rows = [r for r in RULES.values() if isinstance(r, MeasureRule)]
    assert {"GL411", "GL412", "GL421", "GL422", "GL423", "GL431", "GL432", "GL444", "GL479"} <= {r.code for r in rows}
    analysis = _analysis(Measures(hum=Hum(60, 1.0), pitch=Pitch(150.0, 140.0, 160.0, 2.3, 5.0)))
    for rule in rows:
        for name in (rule.measure, *rule.requires):
            MeasureRule.read(analysis, name)  # an AttributeError names a typo
        assert isinstance(rule.limit_value(analysis), float)


def _pitch(range_semitones):
    low = 150.0
    return Measures(pitch=Pitch(median_hz=160.0, p10_hz=low, p90_hz=low * 2 ** (range_semitones / 12), voiced_s=8.0,
                                range_semitones=range_semitones), speech_start_s=0.3, speech_end_s=9.0)


def test_monotone_fires_under_its_limit_only():
    (f,) = _check("GL444", _pitch(0.8))
    assert f.severity == "info" and "0.8 semitones" in f.message and (f.start, f.end) == (0.3, 9.0)
    assert _check("GL444", _pitch(4.0)) == []
    assert _check("GL444", Measures()) == []  # no voiced speech measured: nothing to say


def _spectrum(share):
    return Measures(spectrum=Spectrum(centroid_hz=900.0, rolloff_hz=2500.0, above_3400hz_share=share),
                    speech_start_s=0.3, speech_end_s=9.0)


def test_energy_above_the_phone_band_fires_over_its_limit_only():
    (f,) = _check("GL479", _spectrum(0.31))
    assert f.severity == "info" and "31%" in f.message and "3.4 kHz" in f.message
    assert _check("GL479", _spectrum(0.005)) == []  # ordinary speech
    assert _check("GL479", Measures()) == []  # not measured: nothing to say


def test_a_rule_option_from_the_config_changes_the_limit():
    settings = parse_settings({"rules": {"GL444": {"min_range_semitones": 5}}})
    check_rule_selectors(settings, list(RULES.values()))
    assert len(_check("GL444", _pitch(4.0), settings=settings)) == 1
    assert RULES["GL444"].option(_analysis(Measures(), settings=settings), "min-range-semitones") == 5.0


@pytest.mark.parametrize("table,error", [
    ({"GL444": {"min-range": 3}}, "GL444 has no option 'min-range'"),
    ({"GL444": {"min-range-semitones": "low"}}, "expected a number"),
    ({"GL444": {"min-range-semitones": -1}}, "out of range"),
    ({"GL999": {"x": 1}}, "no rule 'GL999'"),
])
def test_rule_options_are_validated(table, error):
    settings = parse_settings({"rules": table}, "greetlint.toml")
    with pytest.raises(ConfigError, match=error):
        check_rule_selectors(settings, list(RULES.values()))
