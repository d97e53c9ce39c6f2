"""The VAD's threshold follows a voice it scores as half-sure speech (transcribe.speech_chunks)."""
from __future__ import annotations

import numpy as np
import pytest

from greetlint import transcribe

RATE = 16000


def _bursts(seconds: float = 12.0) -> np.ndarray:
    """Syllable-like bursts of sound (0.25 s on, 0.1 s off) at speech level, with silence around them."""
    rng = np.random.default_rng(3)
    samples = np.zeros(int(seconds * RATE), dtype=np.float32)
    t = 0.5
    while t < seconds - 0.5:
        a, b = int(t * RATE), int((t + 0.25) * RATE)
        samples[a:b] = (rng.standard_normal(b - a) * 0.1).astype(np.float32)
        t += 0.35
    return samples


@pytest.fixture
def vad_scores(monkeypatch):
    """Make Silero score every sounding window ``score`` (silence 0.01), whatever the audio."""
    import faster_whisper.vad as vad

    def use(score: float, samples: np.ndarray):
        sounding = transcribe._sounding_windows(samples)

        class Scores:
            def __call__(self, audio, *args, **kwargs):
                n = len(audio) // transcribe.VAD_WINDOW
                probs = np.full(n, 0.01, dtype=np.float32)
                probs[:len(sounding)][sounding[:n]] = score
                return probs.reshape(-1, 1)

        monkeypatch.setattr(vad, "get_vad_model", lambda: Scores())

    return use


def _kept_seconds(chunks) -> float:
    return sum(c["end"] - c["start"] for c in chunks) / RATE


def test_a_voice_scored_half_sure_throughout_is_kept_with_a_lower_threshold(vad_scores):
    samples = _bursts()
    vad_scores(0.4, samples)  # under the default 0.5 everywhere: the default VAD keeps nothing
    chunks, options = transcribe.speech_chunks(samples)
    assert options.threshold < 0.4
    assert _kept_seconds(chunks) >= 10.0


@pytest.mark.parametrize("score", [0.95, 0.6])
def test_speech_the_vad_is_sure_of_keeps_the_default(vad_scores, score):
    samples = _bursts()
    vad_scores(score, samples)
    chunks, options = transcribe.speech_chunks(samples)
    assert options.threshold == transcribe.VAD_THRESHOLD and _kept_seconds(chunks) >= 10.0


@pytest.mark.parametrize("score", [0.03, 0.15])
def test_sound_the_vad_calls_no_speech_stays_out(vad_scores, score):
    # noise, tones, hum and music score well under half: the threshold is never lowered for them
    samples = _bursts()
    vad_scores(score, samples)
    chunks, options = transcribe.speech_chunks(samples)
    assert options.threshold == transcribe.VAD_THRESHOLD and chunks == []


def test_silence_and_hiss_are_not_sounding():
    samples = np.zeros(RATE * 3, dtype=np.float32)
    samples[RATE:2 * RATE] = 0.1 * np.sin(2 * np.pi * 300 * np.arange(RATE) / RATE)
    samples[:RATE] = 1e-5  # line hiss far under any voice
    sounding = transcribe._sounding_windows(samples)
    windows_per_s = RATE / transcribe.VAD_WINDOW
    assert abs(sounding.sum() - windows_per_s) <= 2
    assert not transcribe._sounding_windows(np.zeros(RATE, dtype=np.float32)).any()
