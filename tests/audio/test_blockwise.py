"""The memory-lean paths give the same numbers as the libraries they stand in for.

measures.integrated_loudness runs pyloudnorm's K-weighting filters block by block, and
transcribe.lean_vad runs Silero VAD in smaller ONNX batches; both exist only to keep a long
file's peak memory near its decoded samples, so they must not change a single value.
"""
from pathlib import Path

import numpy as np
import pytest

from greetlint import measures
from greetlint.audio import SAMPLE_RATE, decode

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _signals():
    rng = np.random.default_rng(7)
    speech = decode(str(SAMPLES / "message_good.wav")).samples
    t = np.arange(int(75 * SAMPLE_RATE)) / SAMPLE_RATE
    long_tone = (0.3 * np.sin(2 * np.pi * 440 * t) * (np.sin(2 * np.pi * 0.1 * t) > 0)).astype(np.float32)
    return {
        "speech": speech,
        # crosses two BLOCK_S boundaries, with silent stretches that the relative gate drops
        "gated tone 75 s": long_tone,
        "speech, quiet, three times": np.concatenate([speech, 0.01 * speech, speech]).astype(np.float32),
        "noise 0.45 s": (0.1 * rng.standard_normal(int(0.45 * SAMPLE_RATE))).astype(np.float32),
        "noise 31.05 s": (0.05 * rng.standard_normal(int(31.05 * SAMPLE_RATE))).astype(np.float32),
    }


@pytest.mark.parametrize("name", list(_signals()))
def test_blockwise_loudness_equals_pyloudnorm(name):
    import pyloudnorm

    samples = _signals()[name]
    expected = pyloudnorm.Meter(SAMPLE_RATE).integrated_loudness(samples.astype(np.float64))
    assert measures.integrated_loudness(samples) == pytest.approx(expected, abs=1e-6)
    assert -60 < expected < 0  # a real level, not a gated-out -inf


def test_blockwise_levels_and_clipping_match_whole_file_numpy(monkeypatch):
    samples = np.concatenate([_signals()["speech"]] * 3)
    samples[100_000:100_040] = 1.0  # a clipped stretch
    samples[-20:] = -1.0  # and one at the very end
    whole = measures.frame_levels(samples)
    clipping = measures._clipping(samples)
    monkeypatch.setattr(measures, "BLOCK_S", 1)  # many block edges, one inside the clipped stretch
    assert np.array_equal(measures.frame_levels(samples), whole)
    assert measures._clipping(samples) == clipping
    assert clipping["clipped_share"] == pytest.approx(60 / len(samples), abs=1e-6)
    assert len(clipping["clipped_regions"]) == 2


@pytest.mark.parametrize("sample", ["message_good.wav", "greeting_too_long.mp3"])
def test_lean_vad_gives_upstream_speech_probabilities(sample, monkeypatch):
    from faster_whisper.vad import SileroVADModel, VadOptions, get_speech_timestamps, get_vad_model

    from greetlint import transcribe

    samples = decode(str(SAMPLES / sample)).samples
    model = get_vad_model()
    padded = np.pad(samples, (0, 512 - len(samples) % 512))
    upstream = SileroVADModel.__call__(model, padded.copy())
    upstream_chunks = get_speech_timestamps(samples, VadOptions())
    monkeypatch.setattr(transcribe, "VAD_BATCH", 100)  # several runs even on a short sample
    transcribe.lean_vad()
    assert type(model).__name__ == "LeanSileroVADModel"
    assert np.array_equal(model(padded.copy()), upstream)
    assert get_speech_timestamps(samples, VadOptions()) == upstream_chunks
    assert upstream_chunks  # speech was found: the comparison is not between two empty lists


def test_the_vad_scores_a_recording_once_however_often_it_is_asked(monkeypatch):
    from faster_whisper.vad import get_vad_model

    from greetlint import transcribe

    samples = decode(str(SAMPLES / "message_good.wav")).samples
    padded = np.pad(samples, (0, 512 - len(samples) % 512))
    transcribe.lean_vad()
    model = get_vad_model()
    monkeypatch.setattr(transcribe, "_vad_memo", {})
    runs = []

    class Counting:
        def __init__(self, session):
            self.session = session

        def run(self, *args, **kwargs):
            runs.append(1)
            return self.session.run(*args, **kwargs)

    monkeypatch.setattr(model, "session", Counting(model.session))
    first_input, second_input = padded.copy(), padded.copy()
    first = model(first_input)
    ran = len(runs)
    second = model(second_input)
    assert ran > 0 and len(runs) == ran  # the second call ran nothing
    assert np.array_equal(first, second)
    assert np.array_equal(first_input, second_input)  # the same in-place zeroing of the last context
    other = padded.copy()
    other[1000] += 0.25  # other samples: scored afresh
    model(other)
    assert len(runs) > ran


def test_loudness_below_the_absolute_gate_is_minus_infinity_without_warnings():
    import warnings

    import pyloudnorm

    hiss = (1e-5 * np.random.default_rng(1).standard_normal(3 * SAMPLE_RATE)).astype(np.float32)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # numpy's "Mean of empty slice" once reached the CLI's stderr
        assert measures.integrated_loudness(hiss) == float("-inf")
        assert measures._integrated_loudness(hiss) is None  # the JSON says "could not be measured"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert pyloudnorm.Meter(SAMPLE_RATE).integrated_loudness(hiss.astype(np.float64)) == float("-inf")
