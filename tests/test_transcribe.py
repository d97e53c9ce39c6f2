"""The recogniser on real recordings: content survives, silence stays silent, nothing leaves the machine.

One model load for the module (session fixture); the samples are the festival
recordings in samples/ (16 kHz wav, 8 kHz mu-law, mp3).
"""
from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from greetlint import transcribe as transcribe_mod
from greetlint.audio import SAMPLE_RATE, decode
from greetlint.transcribe import AsrSettings, ModelError, Transcriber, default_model_dir

pytestmark = pytest.mark.slow  # loads the speech model or renders speech

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="session")
def transcriber() -> Transcriber:
    t = Transcriber()
    t.load()
    return t


def words_of(transcriber: Transcriber, samples: np.ndarray) -> str:
    result = transcriber.transcribe(samples)
    return " ".join(re.sub(r"[^\w']", "", w[0]).lower() for w in result.words)


def sample_words(transcriber: Transcriber, name: str) -> str:
    return words_of(transcriber, decode(str(SAMPLES / name)).samples)


# -- real content --------------------------------------------------------------------------------

def test_every_digit_of_a_repeated_number_survives_on_mu_law(transcriber):
    text = sample_words(transcriber, "message_good.wav")  # 8 kHz mu-law, 300-3400 Hz
    spoken = "seven two zero five five five zero one eight seven"
    assert text.count(spoken) == 2, text
    assert "mark rivera" in text


def test_name_and_window_on_clean_wav(transcriber):
    text = sample_words(transcriber, "good_greeting.wav")
    assert "megan foster" in text
    assert "before five p m today" in text.replace(".", " ").replace("pm", "p m") or "five pm today" in text


def test_number_and_extension_on_mu_law(transcriber):
    text = sample_words(transcriber, "greeting_vanity_extension.wav")
    assert "six zero two five five five zero one four nine" in text
    assert "extension two one four" in text
    assert "one eight zero zero two five six seven seven six six" in text


def test_mp3_refusal_is_heard_and_nothing_is_added_after_it(transcriber):
    result = transcriber.transcribe(decode(str(SAMPLES / "greeting_refusal.mp3")).samples)
    text = " ".join(w[0].strip() for w in result.words)
    assert "I will not be calling you back" in text
    assert text.endswith("text message instead.")  # no invented "And" / "Thank you." tail


def test_words_carry_increasing_times(transcriber):
    words = transcriber.transcribe(decode(str(SAMPLES / "greeting_vague.wav")).samples).words
    starts = [w[1] for w in words]
    assert starts == sorted(starts)
    assert all(0.0 <= w[1] <= w[2] <= 8.0 and 0.0 <= w[3] <= 1.0 for w in words)


# -- nothing from non-speech ---------------------------------------------------------------------

def _seconds(s: float) -> np.ndarray:
    return np.arange(int(s * SAMPLE_RATE)) / SAMPLE_RATE


def _silence() -> np.ndarray:
    return np.zeros(10 * SAMPLE_RATE, np.float32)


def _white_noise() -> np.ndarray:
    return (np.random.default_rng(7).normal(0, 0.1, 10 * SAMPLE_RATE)).astype(np.float32)


def _hum_and_hiss() -> np.ndarray:
    t = _seconds(10)
    return (0.2 * np.sin(2 * np.pi * 60 * t) + np.random.default_rng(3).normal(0, 0.02, t.size)).astype(np.float32)


def _tone_melody() -> np.ndarray:
    """Hold music: a tune of pure tones, then a sustained chord with tremolo."""
    notes = [np.sin(2 * np.pi * f * _seconds(0.5)) for f in (440, 660, 550, 880, 440, 330, 494, 660)]
    t = _seconds(6)
    chord = sum(np.sin(2 * np.pi * f * t) for f in (261.6, 329.6, 392.0)) / 3 * (0.7 + 0.3 * np.sin(2 * np.pi * 4 * t))
    return (0.4 * np.concatenate(notes + [chord])).astype(np.float32)


NON_SPEECH = {"silence": _silence, "white noise": _white_noise, "hum and hiss": _hum_and_hiss, "tones": _tone_melody}


@pytest.mark.parametrize("kind", sorted(NON_SPEECH))
def test_non_speech_gives_no_words(transcriber, kind):
    assert transcriber.transcribe(NON_SPEECH[kind]()).words == []


@pytest.mark.parametrize("kind", sorted(NON_SPEECH))
def test_guards_alone_keep_non_speech_silent_without_vad(transcriber, kind):
    no_vad = Transcriber(settings=AsrSettings(vad=False))
    no_vad._model, no_vad._suppress = transcriber._model, transcriber._suppress  # same weights, one load
    assert no_vad.transcribe(NON_SPEECH[kind]()).words == []


def test_numerals_are_suppressed(transcriber):
    pieces = [transcriber._model.hf_tokenizer.id_to_token(i) for i in transcriber._suppress[1:]]
    assert len(pieces) > 100 and all(any(ch.isdigit() for ch in p) for p in pieces)


# -- offline, model integrity --------------------------------------------------------------------

def test_loads_and_transcribes_with_the_network_blocked(monkeypatch, tmp_path):
    def refuse(*_args, **_kwargs):
        raise OSError("network blocked by test")

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    fresh = Transcriber(cache_dir=tmp_path)  # a fresh load: hash check, model, VAD, all offline
    text = words_of(fresh, decode(str(SAMPLES / "greeting_vague.wav")).samples)
    assert "grace holloway" in text and "as soon as possible" in text
    assert (tmp_path / "model-verified").is_file()


def test_a_verified_model_is_not_hashed_again_for_a_fresh_cache_dir(monkeypatch, tmp_path):
    from greetlint import transcribe
    from greetlint.cache import default_cache_dir

    transcribe._verify_default_model(transcribe.default_model_dir(), tmp_path / "first")
    assert (tmp_path / "first" / "model-verified").is_file()
    assert (default_cache_dir() / "model-verified").is_file()

    def no_hashing(*_args, **_kwargs):
        raise AssertionError("hashed again")

    monkeypatch.setattr(transcribe.hashlib, "sha256", no_hashing)
    transcribe._verify_default_model(transcribe.default_model_dir(), tmp_path / "second")
    assert (tmp_path / "second" / "model-verified").is_file()  # stamped there too, from the check already made
    transcribe._verify_default_model(transcribe.default_model_dir(), None)  # --no-cache


def test_a_changed_stamp_means_hashing_again(tmp_path):
    from greetlint import transcribe
    from greetlint.cache import default_cache_dir

    (default_cache_dir()).mkdir(parents=True, exist_ok=True)
    (default_cache_dir() / "model-verified").write_text("another file")
    transcribe._verify_default_model(transcribe.default_model_dir(), tmp_path)  # hashes, matches, stamps
    assert (default_cache_dir() / "model-verified").read_text() != "another file"


def test_folder_without_model_is_a_clean_model_error(tmp_path):
    with pytest.raises(ModelError, match="no model.bin"):
        Transcriber(model_dir=str(tmp_path)).load()


def test_garbage_model_is_a_clean_model_error(tmp_path):
    (tmp_path / "model.bin").write_bytes(b"not a model at all")
    with pytest.raises(ModelError, match="cannot load model"):
        Transcriber(model_dir=str(tmp_path)).load()


def test_cli_reports_a_bad_model_folder_in_one_line(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "greetlint", "check", "--no-cache", "--model", str(tmp_path),
                           str(SAMPLES / "greeting_vague.wav")], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "model.bin" in proc.stderr


def test_tampered_embedded_model_is_refused(monkeypatch, tmp_path):
    copy = tmp_path / "model"
    shutil.copytree(default_model_dir(), copy)
    with open(copy / "model.bin", "r+b") as fh:  # flip one byte in the middle of the weights
        fh.seek(1 << 20)
        byte = fh.read(1)
        fh.seek(1 << 20)
        fh.write(bytes([byte[0] ^ 0xFF]))
    monkeypatch.setattr(transcribe_mod, "default_model_dir", lambda: copy)
    with pytest.raises(ModelError, match="sha256"):
        Transcriber(cache_dir=tmp_path / "cache").load()


# -- the loop guard ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, dropped", [
    ("Thank you. Thank you. Thank you. Thank you. Thank you.", True),  # Whisper's loop: the whole segment
    ("Bye bye bye bye bye", True),
    # a 30 s window with a short run of real repeats (festival reads "...." as "dot dot dot dot") is kept
    ("You have reached the office of Doctor Rossi dot dot dot dot thanks to our new system I can check "
     "voicemail on the web, so leave a message at the tone", False),
    ("call me at four one five five five five zero one eight seven", False),  # digits repeat for real
])
def test_only_a_loop_that_is_most_of_the_segment_is_dropped(text, dropped):
    assert transcribe_mod._is_mostly_a_loop(text) is dropped
