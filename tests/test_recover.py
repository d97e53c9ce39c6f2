"""A window Whisper ended early is heard again in pieces (transcribe.recover_skipped_speech)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from greetlint.audio import decode
from greetlint.transcribe import (RECOVER_CHUNK_S, AsrResult, Transcriber, _pieces, _seconds, _unheard_stretches,
                                  recover_skipped_speech)

pytestmark = pytest.mark.slow  # loads the speech model or renders speech

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _unheard_seconds(speech, words) -> float:
    return _seconds(_unheard_stretches(speech, words))


def test_unheard_seconds_counts_only_long_uncovered_speech():
    speech = [(0.0, 20.0)]
    words = [("hi", 0.2, 0.5, 0.9), ("there", 0.5, 0.9, 0.9), ("bye", 18.0, 18.4, 0.9)]
    assert _unheard_seconds(speech, words) == pytest.approx(17.1)
    dense = [(f"w{i}", i * 0.5, i * 0.5 + 0.4, 0.9) for i in range(40)]
    assert _unheard_seconds(speech, dense) == 0.0
    # a 2 s pause between words is a pause, not a skip
    assert _unheard_seconds([(0.0, 6.0)], [("so", 0.0, 0.4, 1.0), ("long", 0.4, 2.0, 1.0), ("bye", 4.0, 4.6, 1.0),
                                           ("now", 4.6, 6.0, 1.0)]) == 0.0


def test_a_loop_of_symbols_covers_no_speech():
    # a decoder that may not write numerals loops on "$" over an amount and the number after it
    speech = [(0.0, 12.0)]
    words = [(" We", 0.0, 0.5, 0.9), (" charged", 0.5, 1.2, 0.9)] + [
        (" $.", 1.2 + i * 0.5, 1.7 + i * 0.5, 0.2) for i in range(21)]
    assert _seconds(_unheard_stretches(speech, words)) == pytest.approx(10.8)
    said = [(f" five{',' if i % 3 == 2 else ''}", 1.2 + i * 0.54, 1.7 + i * 0.54, 0.9) for i in range(20)]
    assert _unheard_stretches(speech, words[:2] + said) == []


def test_a_loop_of_a_currency_sign_before_a_word_covers_no_speech():
    # "$one $one $one ...": the decoder wanted a numeral after "$" and could not write one
    speech = [(0.0, 12.0)]
    words = [(" We", 0.0, 0.5, 0.9), (" charged", 0.5, 1.2, 0.9)] + [
        (" $one", 1.2 + i * 0.5, 1.7 + i * 0.5, 0.3) for i in range(21)]
    assert _seconds(_unheard_stretches(speech, words)) == pytest.approx(10.8)
    # a word with a "$" inside or after it, or a plain amount in words, is speech
    said = [(" one", 1.2 + i * 0.5, 1.7 + i * 0.5, 0.9) for i in range(21)]
    assert _unheard_stretches(speech, words[:2] + said) == []


def test_pieces_are_short_contiguous_and_cut_in_a_quiet_spot():
    rate = 16000
    rng = np.random.default_rng(1)
    samples = (rng.standard_normal(rate * 40) * 0.1).astype(np.float32)
    samples[int(12.5 * rate):int(12.7 * rate)] = 0.0  # the one quiet spot in the first piece's cut zone
    pieces = _pieces(samples, rate)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(samples)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(end - start <= RECOVER_CHUNK_S * rate for start, end in pieces)
    assert 12.5 * rate <= pieces[0][1] <= 12.7 * rate


@pytest.fixture(scope="module")
def transcriber() -> Transcriber:
    t = Transcriber()
    t.load()
    return t


def test_a_window_ended_early_is_heard_again(transcriber):
    samples = decode(str(SAMPLES / "message_rambling.wav")).samples  # 32 s, the number near the end
    full = transcriber.transcribe(samples)
    # what an early end-of-text leaves: the first sentence, then nothing until the last words
    skipped = AsrResult(words=full.words[:8] + full.words[-3:])
    recovered = recover_skipped_speech(transcriber, samples, skipped)
    assert recovered.recovered
    text = "".join(w[0] for w in recovered.words).lower()
    assert len(recovered.words) >= 0.9 * len(full.words)
    assert "maple street" in text and "five five five" in text
    # a full transcript is left alone
    assert recover_skipped_speech(transcriber, samples, full) is full


def test_a_long_recording_gets_only_its_unheard_stretch_decoded_again(transcriber):
    one = decode(str(SAMPLES / "message_rambling.wav")).samples
    samples = np.concatenate([one, one, one])  # 97 s: past RECOVER_WHOLE_S
    full = transcriber.transcribe(samples)
    inside = [w for w in full.words if 40.0 <= (w[1] + w[2]) / 2 <= 60.0]
    skipped = AsrResult(words=[w for w in full.words if w not in inside])
    recovered = recover_skipped_speech(transcriber, samples, skipped)
    assert recovered.recovered
    # the first decode's words are all kept, in their order; new ones only fill unheard stretches
    kept = iter(recovered.words)
    assert all(any(w == r for r in kept) for w in skipped.words)
    heard_again = [w for w in recovered.words if 40.0 <= (w[1] + w[2]) / 2 <= 60.0]
    assert len(heard_again) >= 0.8 * len(inside)
    assert [w[1] for w in heard_again] == sorted(w[1] for w in heard_again)


def test_the_batched_decode_hands_its_vad_spans_to_the_recovery_check(transcriber, monkeypatch):
    from greetlint import transcribe
    from greetlint.batching import BatchTranscriber

    def vad_again(*_):
        raise AssertionError("the VAD ran a second time")

    monkeypatch.setattr(transcribe, "_speech_spans", vad_again)
    samples = decode(str(SAMPLES / "message_rambling.wav")).samples
    result = BatchTranscriber(transcriber, batch_size=1).transcribe_many([samples])[0]
    assert result.speech and result.speech[0][0] < 1.0 and result.speech[-1][1] > 30.0
    assert len(result.words) > 50


def test_the_pieces_of_every_file_in_a_batch_go_through_the_model_together(transcriber, monkeypatch):
    from greetlint.batching import BatchTranscriber

    samples = decode(str(SAMPLES / "message_rambling.wav")).samples
    full = transcriber.transcribe(samples)
    batcher = BatchTranscriber(transcriber, batch_size=2)
    first_pass, calls = batcher._transcribe_many, []

    def window_ended_early(recordings, walks=None):  # the first pass skips; the pieces are decoded for real
        calls.append(len(recordings))
        if len(calls) == 1:
            return [AsrResult(words=full.words[:8] + full.words[-3:]) for _ in recordings]
        return first_pass(recordings, walks)

    monkeypatch.setattr(batcher, "_transcribe_many", window_ended_early)
    results = batcher.transcribe_many([samples, samples])
    assert calls == [2, 2 * len(_pieces(samples, 16000))]  # one decode for both files' pieces
    for result in results:
        assert result.recovered
        assert "five five five" in "".join(w[0] for w in result.words).lower()


# -- the VAD's second look -------------------------------------------------------------------------

def test_the_vad_looks_again_only_where_it_left_loud_audio_out(monkeypatch):
    import faster_whisper.vad as vad
    from greetlint import transcribe

    rate = 16000
    samples = np.zeros(20 * rate, np.float32)
    samples[2 * rate:12 * rate] = 0.3 * np.sin(2 * np.pi * 300 * np.arange(10 * rate) / rate)  # 10 s loud
    asked = []

    def fake(audio, options):
        asked.append(options.threshold)
        # the default keeps 2-4 s only; the lower threshold all of it
        return [{"start": 2 * rate, "end": 4 * rate}] if options.threshold >= 0.5 else [{"start": 2 * rate, "end": 12 * rate}]

    monkeypatch.setattr(vad, "get_speech_timestamps", fake)
    chunks, _options = transcribe.speech_chunks(samples, transcribe.AsrSettings(vad_adapt=False))
    assert asked == [0.5, transcribe.AsrSettings().vad_low_threshold] and chunks == [{"start": 2 * rate, "end": 12 * rate}]
    asked.clear()  # the default took all the loud audio: one look
    monkeypatch.setattr(vad, "get_speech_timestamps", lambda audio, options: asked.append(options.threshold) or [
        {"start": 2 * rate, "end": 12 * rate}])
    transcribe.speech_chunks(samples, transcribe.AsrSettings(vad_adapt=False))
    assert asked == [0.5]
    asked.clear()  # a sound the VAD's own scores call no speech at all (a pure tone) gets no second look
    monkeypatch.setattr(vad, "get_speech_timestamps", fake)
    transcribe.speech_chunks(samples, transcribe.AsrSettings())
    assert asked == [0.5]
    asked.clear()  # switched off
    monkeypatch.setattr(vad, "get_speech_timestamps", fake)
    transcribe.speech_chunks(samples, transcribe.AsrSettings(vad_adapt=False, vad_low_threshold=0))
    assert asked == [0.5]


def test_non_speech_stays_silent_through_the_batched_path_with_the_second_look(transcriber):
    from greetlint.batching import BatchTranscriber
    from test_transcribe import NON_SPEECH

    results = BatchTranscriber(transcriber).transcribe_many([make() for make in NON_SPEECH.values()])
    assert [r.words for r in results] == [[] for _ in NON_SPEECH]


def test_a_voice_the_vad_half_misses_on_a_phone_line_is_heard_whole(transcriber, tmp_path):
    """Facts, not words: festival's kal diphone on 8 kHz mu-law, which Silero VAD at its default
    threshold keeps only in part; a number said twice is read once and counted twice, and nothing
    of it is left unclear."""
    import datetime
    import shutil
    import subprocess

    from greetlint.batching import BatchTranscriber
    from greetlint.facts import extract_facts
    from greetlint.transcript import from_timed_words

    if not shutil.which("text2wave") or not shutil.which("sox"):
        pytest.skip("festival and sox are needed")
    txt, raw, wav = tmp_path / "t.txt", tmp_path / "raw.wav", tmp_path / "kal.wav"
    txt.write_text("Hello, this is Marguerite from the Hillcrest library. The novel you reserved, the one about "
                   "river birds, has come in and is waiting at the front counter. We keep holds for seven days. If "
                   "you can't make it this week, please call the circulation desk at five five five, oh one six "
                   "two, and we can extend it for you. Again, that's five five five, oh one six two. Have a lovely "
                   "afternoon.")
    subprocess.run(["text2wave", "-eval", "(voice_kal_diphone)", str(txt), "-o", str(raw)], check=True, capture_output=True)
    subprocess.run(["sox", "-R", str(raw), "-r", "8000", "-c", "1", "-b", "8", "-e", "u-law", str(wav), "sinc", "300-3400",
                    "gain", "-n", "-3"], check=True, capture_output=True)
    asr = BatchTranscriber(transcriber).transcribe_many([decode(str(wav)).samples])[0]
    facts = extract_facts(from_timed_words(asr.words), "message", datetime.date(2026, 11, 30))
    assert [(n.digits, n.count) for n in facts.phone_numbers] == [("5550162", 2)]
    assert facts.unclear_numbers == []
