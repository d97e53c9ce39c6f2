"""The defects set: a clean synthetic greeting and twins with one defect each, linted for real.

Each defect must be flagged by its rule within 0.5 s of where it was put; the clean twin
(and its 8 kHz mu-law copy, which is what phone systems play) by no audio rule at all.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from greetlint.config import Settings
from greetlint.model import Telephony
from greetlint.pipeline import Linter, Options
from greetlint.rules_api import load_rules

from . import defects

pytestmark = [pytest.mark.slow,  # renders speech and loads the model
              pytest.mark.skipif(not defects.tools_available(), reason="needs festival (text2wave) and sox")]

AUDIO_RULES = {r.code for r in load_rules() if r.code.startswith("GL4") and r.code != "GL401"}
TOLERANCE_S = 0.5


@pytest.fixture(scope="session")
def defect_set(tmp_path_factory):
    folder = Path(os.environ["GREETLINT_DEFECTS_DIR"]) if os.environ.get("GREETLINT_DEFECTS_DIR") \
        else tmp_path_factory.mktemp("defects")
    return defects.build(folder)


@pytest.fixture(scope="session")
def linted(defect_set):
    from greetlint.transcribe import Transcriber

    linter = Linter(load_rules(), Settings(), Options(today=dt.date(2026, 11, 23)), transcriber=Transcriber())
    return {name: linter.lint(str(rec.path)) for name, rec in defect_set.items()}


def _audio_findings(result, code=None):
    assert result.error is None, result.error
    return [f for f in result.findings if f.rule in AUDIO_RULES and (code is None or f.rule == code)]


@pytest.mark.parametrize("name", ["clean", "clean_8k_mulaw"])
def test_clean_twin_has_no_audio_findings(linted, name):
    assert _audio_findings(linted[name]) == []


def test_mulaw_is_reported_as_narrowband_fact(linted):
    audio = linted["clean_8k_mulaw"].analysis.audio
    assert audio.sample_rate == 8000 and audio.codec == "pcm_mulaw"
    assert audio.measures.telephony == Telephony(bandwidth_hz=4000, narrowband=True, codec_family="G.711 mu-law", mono=True)


def _one(linted, name, code):
    hits = _audio_findings(linted[name], code)
    assert len(hits) == 1, [(f.rule, f.message) for f in _audio_findings(linted[name])]
    assert hits[0].message and hits[0].fix
    return hits[0]


def test_leading_silence(linted, defect_set):
    f = _one(linted, "leading_silence", "GL411")
    assert f.severity == "error" and f.start == 0.0
    assert abs(f.end - defect_set["leading_silence"].speech_start) <= TOLERANCE_S
    assert linted["leading_silence"].analysis.audio.measures.leading_silence_s > 4.0


def test_clipping(linted, defect_set):
    f = _one(linted, "clipped", "GL423")
    assert abs(f.start - defect_set["clipped"].clip_start) <= TOLERANCE_S
    assert linted["clipped"].analysis.audio.measures.clipped_share > 0.005
    assert linted["clean"].analysis.audio.measures.clipped_share == 0.0


def test_too_quiet(linted, defect_set):
    f = _one(linted, "quiet", "GL421")
    rec = defect_set["quiet"]
    assert abs(f.start - rec.speech_start) <= TOLERANCE_S and abs(f.end - rec.speech_end) <= TOLERANCE_S
    quiet, clean = (linted[n].analysis.audio.measures.loudness_lufs for n in ("quiet", "clean"))
    assert abs((clean - quiet) - 38.0) < 1.0  # the -38 dB gain, measured back


def test_hum_and_noise(linted, defect_set):
    hum = _one(linted, "hum_noise", "GL432")
    noise = _one(linted, "hum_noise", "GL431")
    assert hum.start <= TOLERANCE_S and noise.start == 0.0
    measures = linted["hum_noise"].analysis.audio.measures
    assert measures.hum.frequency_hz == 60
    assert measures.snr_db < 15 < linted["clean"].analysis.audio.measures.snr_db


def test_fast_speech(linted, defect_set):
    f = _one(linted, "fast", "GL441")
    rec = defect_set["fast"]
    assert abs(f.start - rec.speech_start) <= TOLERANCE_S and abs(f.end - rec.speech_end) <= TOLERANCE_S
    assert linted["fast"].analysis.delivery.words_per_minute > 195
    assert 120 < linted["clean"].analysis.delivery.words_per_minute < 170
    assert linted["clean"].analysis.facts.words_per_minute == linted["clean"].analysis.delivery.words_per_minute


def test_rushed_number(linted, defect_set):
    f = _one(linted, "rushed_number", "GL442")
    rec = defect_set["rushed_number"]
    assert abs(f.start - rec.number_start) <= TOLERANCE_S and abs(f.end - rec.number_end) <= TOLERANCE_S
    clean_numbers = linted["clean"].analysis.delivery.phone_numbers_timed
    assert [n.digits for n in clean_numbers] == [7] and clean_numbers[0].digits_per_second < 2.5
    assert clean_numbers[0].pause_before_s >= 0.25 and clean_numbers[0].pause_after_s >= 0.25
    # GL442 judges the numbers the facts found (the same ones GL103/GL104 see)
    facts = linted["clean"].analysis.facts.phone_numbers
    assert [(n.char_start, n.char_end) for n in clean_numbers] == [(facts[0].char_start, facts[0].char_end)]
