"""`greetlint fix` signal steps and file handling on generated audio (no model), and the phone render."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import av
import numpy as np
import pytest

from greetlint import fix, phone
from greetlint.audio import decode
from greetlint.config import Settings
from greetlint.measures import frame_levels
from greetlint.model import Analysis, AudioInfo, Facts, FileResult, Hum, Measures, Transcript
from greetlint.targets import builtin_profiles

RATE = 48000


def _speechlike(seconds: float, rate: int, level: float, seed: int = 0) -> np.ndarray:
    """Bursts of harmonic 'syllables' (150 Hz voice, 4 Hz syllable rate) at a given RMS-ish level."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * rate)) / rate
    voice = sum(np.sin(2 * np.pi * 150 * k * t + rng.uniform(0, 6)) / k for k in range(1, 12))
    envelope = (np.sin(2 * np.pi * 4 * t) > -0.3).astype(float)
    return (level * voice * envelope / np.std(voice)).astype(np.float32)


def _write(path: Path, samples: np.ndarray, rate: int, codec: str = "pcm_s24le", channels: int = 2) -> Path:
    phone.write_wav(str(path), samples, rate, codec, channels=channels)
    return path


def _before(path: Path, hum=None) -> FileResult:
    """The original's lint result as fix reads it: only the measures matter here."""
    audio = AudioInfo(duration_s=0, sample_rate=RATE, channels=2, codec="pcm_s24le", container="wav",
                      measures=Measures(hum=hum))
    analysis = Analysis(path=str(path), input="audio", kind="greeting", kind_source="flag",
                        transcript=Transcript("", (), True), facts=Facts(), audio=audio, settings=Settings(),
                        today=dt.date(2026, 11, 23))
    return FileResult(path=str(path), input="audio", analysis=analysis)


def _speech_level(x: np.ndarray, rate: int) -> float:
    frame = rate // 100
    levels = 10 * np.log10(np.mean(np.square(x[: len(x) // frame * frame]).reshape(-1, frame), axis=1) + 1e-30)
    loud = levels[levels > levels.max() - 20]
    return float(10 * np.log10(np.mean(10 ** (loud / 10))))


@pytest.fixture()
def quiet_padded(tmp_path) -> Path:
    """3 s of silence, 6 s of quiet 'speech' (about -38 dBFS) with a DC offset, 2 s of silence; 48 kHz 24-bit stereo."""
    speech = _speechlike(6.0, RATE, 10 ** (-38 / 20)) + 0.01
    samples = np.concatenate([np.zeros(3 * RATE), speech, np.zeros(2 * RATE)]).astype(np.float32)
    return _write(tmp_path / "greeting.wav", samples, RATE)


def test_repair_trims_levels_and_converts(quiet_padded, tmp_path):
    profile = builtin_profiles()["amazon-connect"]
    repaired = fix.repair(str(quiet_padded), profile, _before(quiet_padded))
    x = repaired.samples
    assert repaired.rate == 8000
    assert abs(float(np.mean(x))) < 1e-3  # DC gone
    assert 6.0 <= len(x) / 8000 <= 7.2  # about 0.5 s kept either side of the 6 s of sound
    assert abs(_speech_level(x, 8000) - profile.speech_level_dbfs) < 3.0
    assert np.max(np.abs(x)) <= 10 ** (fix.CEILING_DBFS / 20) + 1e-6
    out = tmp_path / "out" / "greeting.wav"
    out.parent.mkdir()
    fix.write_atomic(x, out, profile)
    with av.open(str(out)) as container:
        ctx = container.streams.audio[0].codec_context
        assert (ctx.name, ctx.sample_rate, ctx.channels, container.format.name) == ("pcm_mulaw", 8000, 1, "wav")
    assert not list(out.parent.glob(".*.tmp"))  # the temporary file was renamed into place


def test_hum_is_notched_when_measured(tmp_path):
    t = np.arange(8 * RATE) / RATE
    speech = _speechlike(8.0, RATE, 0.05)
    hum = (0.02 * np.sin(2 * np.pi * 60 * t) + 0.01 * np.sin(2 * np.pi * 180 * t)).astype(np.float32)
    path = _write(tmp_path / "hum.wav", speech + hum, RATE, "pcm_s16le", channels=1)
    profile = builtin_profiles()["teams"]  # 16 kHz output keeps 180 Hz in view
    measured = Hum(frequency_hz=60, excess_db=30.0, start=0.0, end=8.0, seconds=8)
    repaired = fix.repair(str(path), profile, _before(path, hum=measured))
    assert any("60 Hz mains hum" in s for s in repaired.steps)

    def line(x, hz, rate=16000):
        spectrum = np.abs(np.fft.rfft(x[:rate * 4] * np.hanning(rate * 4)))
        return spectrum[int(hz * 4)] / np.median(spectrum[int((hz - 15) * 4):int((hz + 15) * 4)])

    original = decode(str(path), rate=16000).samples
    assert line(repaired.samples, 60) < line(original, 60) / 10
    assert line(repaired.samples, 180) < line(original, 180) / 10


def test_limiter_never_passes_the_ceiling():
    rng = np.random.default_rng(1)
    x = rng.normal(0, 0.5, 16000)
    y, count = fix._limit_peaks(x, 16000, 0.5)
    assert count > 0 and np.max(np.abs(y)) <= 0.5 + 1e-9
    quiet = x * 0.1
    same, none = fix._limit_peaks(quiet, 16000, 0.9)
    assert none == 0 and np.array_equal(same, quiet)


def test_plan_refuses_to_write_an_input(tmp_path):
    profile = builtin_profiles()["amazon-connect"]
    a, b = tmp_path / "a.wav", tmp_path / "sub" / "a.mp3"
    outcomes = fix.plan([str(a), str(b)], tmp_path, profile)
    assert "it is an input" in outcomes[0].error
    assert "it is an input" in outcomes[1].error  # sub/a.mp3 would become a.wav: also an input
    ok = fix.plan([str(b)], tmp_path, profile)
    assert ok[0].error is None and ok[0].output == str(tmp_path / "a.wav")
    clash = fix.plan([str(tmp_path / "x" / "g.wav"), str(tmp_path / "y" / "g.mp3")], tmp_path / "out", profile)
    assert clash[0].error is None and "same file name" in clash[1].error


def test_unreadable_input_is_one_error_line(tmp_path):
    bad = tmp_path / "broken.wav"
    bad.write_bytes(b"RIFF....WAVEfmt nonsense")
    outcome = fix.FixOutcome(str(bad), str(tmp_path / "out" / "broken.wav"))
    outcome.before = FileResult(path=str(bad), input="audio")
    from greetlint.model import FileError

    outcome.before.error = FileError("unreadable-audio", "not a readable audio file")
    fix.fix_one(outcome, builtin_profiles()["teams"], None)
    assert outcome.error.startswith("not a readable audio file")
    assert fix.report_lines(outcome) == [f"{bad}: error: {outcome.error}"]
    assert fix.exit_code([outcome], "warning") == 2


def test_phone_render_is_g711_8k_in_band():
    t = np.arange(2 * 16000) / 16000
    tone = (0.3 * np.sin(2 * np.pi * 1000 * t) + 0.3 * np.sin(2 * np.pi * 6000 * t)).astype(np.float32)
    data = phone.render_wav(tone, "alaw")
    assert data[:4] == b"RIFF"
    import io

    with av.open(io.BytesIO(data)) as container:
        ctx = container.streams.audio[0].codec_context
        assert (ctx.name, ctx.sample_rate, ctx.channels) == ("pcm_alaw", 8000, 1)
    heard = phone.render(tone, "mulaw")
    assert abs(len(heard) - len(tone)) <= 16  # same timeline as the recording
    spectrum = np.abs(np.fft.rfft(heard[4000:20000]))
    freqs = np.fft.rfftfreq(16000, 1 / 16000)
    assert spectrum[np.argmin(np.abs(freqs - 1000))] > 100 * spectrum[np.argmin(np.abs(freqs - 6000))]
    assert frame_levels(heard).max() > -20  # the band's speech is kept at level


def test_a_file_named_twice_is_fixed_once(tmp_path):
    profile = builtin_profiles()["teams"]
    path = str(tmp_path / "in" / "g.wav")
    outcomes = fix.plan([path, str(tmp_path / "in" / "." / "g.wav")], tmp_path / "out", profile)
    assert len(outcomes) == 1 and outcomes[0].error is None


def test_json_document_for_ci(tmp_path):
    profile = builtin_profiles()["amazon-connect"]
    (outcome,) = fix.plan([str(tmp_path / "g.wav")], tmp_path, profile)
    doc = fix.json_document([outcome], profile)
    assert doc["target"]["name"] == "amazon-connect"
    assert doc["files"][0]["output"] is None and "it is an input" in doc["files"][0]["error"]
    assert doc["files"][0]["fixed"] == [] and doc["files"][0]["remaining"] == []
