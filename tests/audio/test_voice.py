"""How the voice sounds (librosa): pitch range, spectral shape and onset rate, measured on rendered speech.

espeak-ng renders the same text read normally and with its pitch range turned to zero (SSML
``<prosody range="0%">``), fast and slow; sox muffles a copy. The measures must tell them apart
and GL444 must flag the flat reading only.
"""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from greetlint.audio import decode
from greetlint.config import Settings
from greetlint.measures import measure
from greetlint.model import Analysis, AudioInfo, Delivery, Facts, Transcript, Word
from greetlint.rules_api import load_rules

pytestmark = [pytest.mark.slow,  # renders speech
              pytest.mark.skipif(not (shutil.which("espeak-ng") and shutil.which("sox")), reason="needs espeak-ng and sox")]

TEXT = ("Hi, you have reached Sam Rivera at Northwind Legal. I can't take your call right now. "
        "Please leave your name and number, and I will call you back before six tonight.")


def _espeak(out: Path, *args: str, ssml: str | None = None) -> Path:
    text = f"<speak>{ssml}</speak>" if ssml else TEXT
    subprocess.run(["espeak-ng", *(["-m"] if ssml else []), *args, "-w", str(out), text], check=True, capture_output=True)
    return out


@pytest.fixture(scope="module")
def voices(tmp_path_factory):
    d = tmp_path_factory.mktemp("voices")
    normal = _espeak(d / "normal.wav")
    flat = _espeak(d / "flat.wav", ssml=f'<prosody range="0%">{TEXT}</prosody>')
    fast = _espeak(d / "fast.wav", "-s", "260")
    slow = _espeak(d / "slow.wav", "-s", "120")
    muffled = d / "muffled.wav"
    subprocess.run(["sox", "-R", str(normal), str(muffled), "lowpass", "700", "lowpass", "700"], check=True, capture_output=True)
    return {name: measure(decode(str(path))) for name, path in
            (("normal", normal), ("flat", flat), ("fast", fast), ("slow", slow), ("muffled", muffled))}


def test_pitch_range_separates_flat_from_normal_reading(voices):
    normal, flat = voices["normal"].pitch, voices["flat"].pitch
    assert 60 < normal.median_hz < 200 and normal.voiced_s > 2.0
    assert flat.range_semitones < 1.0 < 3.0 < normal.range_semitones


def test_spectral_shape_sees_a_muffled_copy(voices):
    clean, muffled = voices["normal"].spectrum, voices["muffled"].spectrum
    assert muffled.centroid_hz < 0.8 * clean.centroid_hz
    assert muffled.above_3400hz_share < clean.above_3400hz_share / 10


def test_onset_rate_follows_speaking_rate(voices):
    assert voices["fast"].onset_rate_per_s > 1.3 * voices["slow"].onset_rate_per_s


def _analysis(measures) -> Analysis:
    word = Word("Hi,", 0, 3, 0.1, 0.4, 0.9)
    audio = AudioInfo(duration_s=10.0, sample_rate=22050, channels=1, codec="pcm_s16le", container="wav", measures=measures)
    return Analysis(path="x.wav", input="audio", kind="greeting", kind_source="flag",
                    transcript=Transcript("Hi,", (word,), timed=True), facts=Facts(), audio=audio,
                    settings=Settings(), today=dt.date(2026, 11, 23), delivery=Delivery())


def test_monotone_rule_flags_only_the_flat_reading(voices):
    rule = {r.code: r for r in load_rules()}["GL444"]
    assert [f.rule for f in rule.check(_analysis(voices["flat"]))] == ["GL444"]
    assert list(rule.check(_analysis(voices["normal"]))) == []
