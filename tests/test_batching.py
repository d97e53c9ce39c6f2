"""Batched transcription gives the words the one-at-a-time path gives, and lint_many the results lint gives.

One model load for the session; the recordings are the festival samples in samples/
(16 kHz wav, 8 kHz mu-law, mp3), one of them (greeting_too_long.mp3) longer than a window.
"""
from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

import numpy as np
import pytest

from greetlint.audio import decode
from greetlint.batching import EXACT_MEL_S, MIN_TAIL_S, BatchTranscriber, _encode_one_by_one, _FileWalk, log_mel
from greetlint.config import load_settings
from greetlint.pipeline import Linter, Options
from greetlint.rules_api import load_rules
from greetlint.transcribe import Transcriber

pytestmark = pytest.mark.slow  # loads the speech model or renders speech

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
RECORDINGS = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".wav", ".mp3"))


@pytest.fixture(scope="session")
def transcriber() -> Transcriber:
    t = Transcriber()
    t.load()
    return t


@pytest.fixture(scope="module")
def recordings() -> list[np.ndarray]:
    return [decode(str(p)).samples for p in RECORDINGS]


@pytest.fixture(scope="module")
def one_at_a_time(transcriber, recordings):
    return BatchTranscriber(transcriber, batch_size=1).transcribe_many(recordings)


def text_of(result) -> str:
    return "".join(w[0] for w in result.words).strip()


def test_batches_hear_the_same_words_at_the_same_times(transcriber, recordings, one_at_a_time):
    batched = BatchTranscriber(transcriber, batch_size=4).transcribe_many(recordings)  # 3 calls, the last of 2
    assert len(batched) == len(RECORDINGS) == 10
    for path, alone, together in zip(RECORDINGS, one_at_a_time, batched):
        assert text_of(alone), path.name
        assert together.words == alone.words, path.name


def test_same_text_as_faster_whisper_itself(transcriber, recordings, one_at_a_time):
    """Skipping the sub-0.4 s leftover windows loses no word WhisperModel.transcribe keeps."""
    for path, samples, ours in zip(RECORDINGS, recordings, one_at_a_time):
        theirs = transcriber.transcribe(samples)
        assert text_of(ours) == text_of(theirs), path.name
        assert [w[1:3] for w in ours.words] == [w[1:3] for w in theirs.words], path.name


def test_a_recording_longer_than_a_window_is_heard_to_the_end(one_at_a_time):
    long_one = one_at_a_time[RECORDINGS.index(SAMPLES / "greeting_too_long.mp3")]
    starts = [w[1] for w in long_one.words]
    assert starts == sorted(starts)
    assert starts[-1] > 35.0  # words from the second window, at their place in the file
    assert re.search(r"call you back sometime this week", text_of(long_one))


def test_a_window_mix_of_long_and_short_files_maps_words_back_to_each_file(transcriber, recordings, one_at_a_time):
    """Rounds of different sizes (the long file needs a second window, the others are done)."""
    order = [RECORDINGS.index(SAMPLES / "greeting_too_long.mp3"), 0, 1]
    mixed = BatchTranscriber(transcriber, batch_size=3).transcribe_many([recordings[i] for i in order])
    assert [r.words for r in mixed] == [one_at_a_time[i].words for i in order]


def test_windows_encoded_one_by_one_are_the_batched_encoding_bit_for_bit(transcriber, recordings):
    from faster_whisper.audio import pad_or_trim

    model = transcriber.load()
    windows = [pad_or_trim(model.feature_extractor(samples)) for samples in recordings[:3]]
    together = np.asarray(model.encode(np.stack(windows)))
    alone = np.asarray(_encode_one_by_one(model, windows))
    assert alone.shape == together.shape == (3, 1500, together.shape[-1])
    assert np.array_equal(alone, together)
    assert np.array_equal(np.asarray(_encode_one_by_one(model, windows[1:2]))[0], together[1])
    assert not np.array_equal(together[0], together[1])


def test_log_mel_in_blocks_is_the_whole_file_extractor_bit_for_bit():
    from faster_whisper.feature_extractor import FeatureExtractor

    extractor = FeatureExtractor()
    rng = np.random.default_rng(8)
    speechlike = (rng.standard_normal(16000 * 95) * np.sin(np.arange(16000 * 95) / 900.0)).astype(np.float32) * 0.1
    whole = extractor(speechlike)
    blocks = log_mel(speechlike, extractor, frames_per_block=3000)
    assert blocks.shape == whole.shape == (80, 9501)  # content frames + 1, as the extractor gives
    assert np.array_equal(blocks, whole)


def test_log_mel_past_the_exact_limit_differs_from_the_extractor_only_by_rounding():
    """Past EXACT_MEL_S the mel matmul runs per block; OpenBLAS rounds a split sgemm differently
    (1.2e-7 measured with numpy 2.4 / OpenBLAS 0.3.31). A framing error of one sample is 0.2."""
    from faster_whisper.feature_extractor import FeatureExtractor

    extractor = FeatureExtractor()
    seconds = EXACT_MEL_S + 5
    rng = np.random.default_rng(9)
    speechlike = (rng.standard_normal(16000 * seconds) * np.sin(np.arange(16000 * seconds) / 900.0)).astype(np.float32) * 0.1
    whole = extractor(speechlike)
    blocks = log_mel(speechlike, extractor, frames_per_block=3000)
    assert blocks.shape == whole.shape == (80, seconds * 100 + 1)
    assert np.abs(blocks - whole).max() < 1e-6
    shifted = log_mel(np.concatenate([speechlike[1:], [0.0]]).astype(np.float32), extractor, frames_per_block=3000)
    assert np.abs(shifted - whole).max() > 1e-2


def test_only_later_windows_shorter_than_the_tail_limit_are_skipped():
    frames = round(MIN_TAIL_S * 100)
    features = np.zeros((80, 2001), dtype=np.float32)  # 20 s of content
    assert not _FileWalk(features=features, speech_chunks=None, min_tail_frames=frames).done
    assert _FileWalk(features=features, speech_chunks=None, min_tail_frames=frames, seek=2000 - frames + 1).done
    assert not _FileWalk(features=features, speech_chunks=None, min_tail_frames=frames, seek=2000 - frames).done
    short = np.zeros((80, 21), dtype=np.float32)  # a 0.2 s recording still gets its one window
    assert not _FileWalk(features=short, speech_chunks=None, min_tail_frames=frames).done


def test_lint_many_keeps_input_order_isolates_bad_files_and_matches_lint(transcriber, tmp_path):
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt " + bytes(range(200)))
    script = SAMPLES / "script_greeting_specific.txt"
    paths = [str(SAMPLES / "greeting_vague.wav"), str(tmp_path / "missing.wav"), str(script), str(broken),
             str(SAMPLES / "message_no_number.mp3")]
    linter = Linter(load_rules(), load_settings(None, isolated=True), Options(today=_dt.date(2026, 11, 23)), transcriber)
    outcomes = list(linter.lint_many(paths, batch_size=2, jobs=2))
    assert [path for path, _ in outcomes] == paths
    results = [future.result() for _, future in outcomes]
    assert [r.error.code if r.error else None for r in results] == [None, "not-found", None, results[3].error.code, None]
    assert results[3].error is not None
    for path, result in zip(paths, results):
        if result.error is None and path.endswith((".wav", ".mp3")):
            alone = linter.lint(path)
            assert result.analysis.transcript.text == alone.analysis.transcript.text
            assert [f.rule for f in result.findings] == [f.rule for f in alone.findings]
            assert result.timings.transcribe > 0


def test_later_groups_get_their_vad_and_features_on_a_worker_with_the_same_words(transcriber, monkeypatch):
    """The model's thread no longer runs the VAD and log-mel of a group decoded while it was busy."""
    import threading

    from greetlint.batching import _WindowDecoder

    paths = [str(p) for p in RECORDINGS[:6]]
    fresh = Linter(load_rules(), load_settings(None, isolated=True), Options(today=_dt.date(2026, 11, 23)), transcriber)
    fresh.cache.folder = None
    texts_alone = [fresh.lint(path).analysis.transcript.text for path in paths]
    started_on = []
    start = _WindowDecoder.start

    def recording_start(self, samples):
        started_on.append(threading.current_thread() is threading.main_thread())
        return start(self, samples)

    monkeypatch.setattr(_WindowDecoder, "start", recording_start)
    linter = Linter(load_rules(), load_settings(None, isolated=True), Options(today=_dt.date(2026, 11, 23)), transcriber)
    linter.cache.folder = None
    results = [future.result() for _, future in linter.lint_many(paths, batch_size=2, jobs=2)]
    assert [r.analysis.transcript.text for r in results] == texts_alone
    assert started_on.count(False) >= 2  # the third group's at least (the second may be decoded before the model loads)


def test_replicas_split_the_cores_only_for_several_callers_and_only_before_the_model_loads(monkeypatch):
    monkeypatch.setattr("os.cpu_count", lambda: 8)
    t = Transcriber()
    assert (t.replicas, t.cpu_threads) == (1, 8)
    assert t.plan_callers(1) == 1 and (t.replicas, t.cpu_threads) == (1, 8)  # one file, --jobs 1: every core
    assert t.plan_callers(6) == 2 and (t.replicas, t.cpu_threads) == (2, 4)
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    assert Transcriber().plan_callers(4) == 1  # one core: one replica of one thread
    fixed = Transcriber(cpu_threads=3)  # a Ray actor's CPUs: one replica with that many threads
    assert fixed.plan_callers(4) == 1 and fixed.cpu_threads == 3
    loaded = Transcriber()
    loaded._model = object()  # loaded: it keeps what it has
    assert loaded.plan_callers(4) == 1


def test_two_replicas_decoding_groups_at_once_give_each_file_its_words_in_input_order(transcriber, tmp_path, monkeypatch):
    """Two threads call two replicas of one thread each; a file's words are what a lone decode gives."""
    import os
    import threading
    import time

    from greetlint.batching import _WindowDecoder

    paths = [str(p) for p in RECORDINGS[:5]]
    paths.insert(2, str(tmp_path / "missing.wav"))
    alone = Linter(load_rules(), load_settings(None, isolated=True), Options(today=_dt.date(2026, 11, 23)), transcriber)
    alone.cache.folder = None
    expected = {p: alone.lint(p).analysis.transcript.text for p in paths if os.path.exists(p)}
    fresh = Transcriber()
    loads, rounds = [], []
    load, decode_round = Transcriber._load, _WindowDecoder.decode_round

    def counted_load(self):
        loads.append(self)
        return load(self)

    def timed_round(self, walks):
        start = time.perf_counter()
        decode_round(self, walks)
        rounds.append((threading.get_ident(), start, time.perf_counter()))

    monkeypatch.setattr(Transcriber, "_load", counted_load)
    monkeypatch.setattr(_WindowDecoder, "decode_round", timed_round)
    linter = Linter(load_rules(), load_settings(None, isolated=True), Options(today=_dt.date(2026, 11, 23)), fresh)
    linter.cache.folder = None
    outcomes = list(linter.lint_many(paths, batch_size=1, jobs=2))
    assert fresh.replicas == min(2, os.cpu_count() or 1)
    assert [path for path, _ in outcomes] == paths
    results = [future.result() for _, future in outcomes]
    assert results[2].error is not None and results[2].error.code == "not-found"
    assert {p: r.analysis.transcript.text for p, r in zip(paths, results) if r.error is None} == expected
    assert len(loads) == 1  # one model for both threads
    if fresh.replicas == 2:  # two groups were decoded at once, on two threads
        assert len({thread for thread, _, _ in rounds}) == 2
        assert any(a[0] != b[0] and a[1] < b[2] and b[1] < a[2] for a in rounds for b in rounds)


def test_a_run_that_stops_early_stops_its_decoding_threads_before_their_next_model_call(transcriber, recordings):
    from greetlint.batching import Stopped

    batcher = BatchTranscriber(transcriber, batch_size=1)
    batcher.stop()
    with pytest.raises(Stopped):  # a BaseException: "find the file that broke the batch" does not take it
        batcher.with_batch_size(2).transcribe_many(recordings[:1])
    batcher.resume()
    assert batcher.transcribe_many(recordings[:1])[0].words
    linter = Linter(load_rules(), load_settings(None, isolated=True), Options(today=_dt.date(2026, 11, 23)), transcriber)
    linter.cache.folder = None
    run = linter.lint_many([str(p) for p in RECORDINGS[:4]], batch_size=1, jobs=2)
    next(run)
    run.close()  # the caller stopped reading (Ctrl-C, an error in a reporter)
    assert linter._batch_transcriber._stop.is_set()
    assert list(linter.lint_many([str(RECORDINGS[0])], batch_size=1, jobs=2))[0][1].result().error is None


def test_a_number_said_again_is_not_a_repetition_loop_but_a_loop_still_is():
    from faster_whisper.transcribe import get_compression_ratio

    from greetlint.batching import repetition_ratio

    number = "five five five, zero one four two, eight eight eight eight"
    repeated = f" Call me at {number}. Again, {number}. That's {number}. Thanks, bye."
    assert get_compression_ratio(repeated) > 2.2  # faster-whisper's check would decode it three more times
    assert repetition_ratio(repeated) < 1.5
    loop = " Thank you." * 12
    assert repetition_ratio(loop) == get_compression_ratio(loop) > 2.4
    digit_loop = " five" * 40  # longer than any phone number: still a loop
    assert repetition_ratio(digit_loop) > 2.4


def _bare_decoder():
    from greetlint.batching import _WindowDecoder

    decoder = object.__new__(_WindowDecoder)  # only the window geometry: no model needed
    decoder.seconds_per_frame = 0.01
    return decoder


def _segment(*words):
    return {"tokens": [1], "words": [{"word": w, "start": a, "end": b} for w, a, b in words]}


def test_a_full_window_whose_words_leave_speech_unheard_ended_early():
    decoder = _bare_decoder()
    walk = _FileWalk(features=np.zeros((80, 5001), dtype=np.float32), speech_chunks=None, seek=1000)
    # the first words, then the alignment spreads the last ones to the window's end: 10-36 s unheard
    early = [_segment((" Hello,", 10.0, 10.4), (" this", 10.4, 10.6), (" is", 36.0, 37.0), (" Dana.", 37.0, 39.9))]
    assert decoder._ended_early(walk, 1000, 3000, early)
    dense = [_segment(*[(f" w{i}", 10.0 + i * 0.5, 10.4 + i * 0.5) for i in range(58)])]
    assert not decoder._ended_early(walk, 1000, 3000, dense)
    late_start = [_segment((" so", 13.0, 13.3), *[(f" w{i}", 13.3 + i * 0.5, 13.7 + i * 0.5) for i in range(50)])]
    assert decoder._ended_early(walk, 1000, 3000, late_start)  # 3 s from the window's start without a word
    symbols = [_segment((" Hi", 10.0, 10.3), *[(" $.", 10.3 + i * 0.5, 10.8 + i * 0.5) for i in range(50)],
                        (" bye", 35.3, 35.6))]
    assert decoder._ended_early(walk, 1000, 3000, symbols)  # a loop of symbols covers no speech
    # once per window start, and never for a window no longer than a retry's
    walk.retried_at = 1000
    assert not decoder._ended_early(walk, 1000, 3000, early)
    walk.retried_at = -1
    assert not decoder._ended_early(walk, 1000, 1500, early)


def test_a_retry_window_ends_at_the_quietest_spot_of_its_last_seconds():
    decoder = _bare_decoder()
    features = np.full((80, 5001), 0.5, dtype=np.float32)
    features[:, 2000 + 1230:2000 + 1232] = -1.0  # quiet 20 ms 12.3 s after the seek
    walk = _FileWalk(features=features, speech_chunks=None, seek=2000)
    assert decoder._quiet_cut(walk) == 1231
    features[:, 2000 + 400:2000 + 402] = -1.5  # quieter, but before the cut zone (10-15 s)
    assert decoder._quiet_cut(walk) == 1231




class _StubResult:
    def __init__(self, hypotheses, no_speech_prob=0.01):
        self.sequences_ids = [tokens for tokens, _ in hypotheses]
        self.scores = [score for _, score in hypotheses]
        self.no_speech_prob = no_speech_prob


def _stub_decoder(replies):
    """A _WindowDecoder whose model answers each generate call with the next of `replies` (and logs the call)."""
    from types import SimpleNamespace

    from greetlint.batching import _WindowDecoder

    calls = []

    def generate(rows, prompts, **kwargs):
        calls.append(kwargs)
        return replies[len(calls) - 1]

    decoder = object.__new__(_WindowDecoder)
    decoder.options = SimpleNamespace(temperatures=[0.0, 0.2, 0.4, 0.6], best_of=5, beam_size=5, patience=1.0,
                                      length_penalty=1.0, repetition_penalty=1.0, no_repeat_ngram_size=0,
                                      compression_ratio_threshold=2.2, log_prob_threshold=-1.0,
                                      no_speech_threshold=0.6, suppress_blank=True, suppress_tokens=[-1],
                                      max_initial_timestamp=1.0)
    decoder.model = SimpleNamespace(model=SimpleNamespace(generate=generate), max_length=448, time_precision=0.02)
    decoder.prompt = [1]
    words = {1: "we will call you back today.", 2: "thanks", 3: "bye"}
    decoder.tokenizer = SimpleNamespace(decode=lambda tokens: " ".join(words[t] for t in tokens))
    return decoder, calls


def test_a_window_that_fails_the_checks_takes_the_beams_next_best_hypothesis_never_a_sampled_one():
    loop = [1] * 12           # the same sentence twelve times: compresses like a hallucination loop
    fine = [1, 2, 3]
    decoder, calls = _stub_decoder([
        # window 0 fails, its n-best came with the same call; window 1 passes
        [_StubResult([(loop, -3.0), (loop + [2], -3.5), (fine, -4.0)]), _StubResult([(fine, -2.0)])],
    ])
    chosen = decoder._generate_with_fallback(encoded=np.zeros((2, 1), dtype=np.float32), count=2)
    assert [list(c[0].sequences_ids[0]) for c in chosen] == [fine, fine]
    assert all("sampling_temperature" not in kwargs for kwargs in calls)
    # the failing window is not decoded a second time: its beam's n-best were asked for at once
    assert len(calls) == 1 and calls[0]["num_hypotheses"] == 5 and calls[0]["beam_size"] == 5


def test_a_greedy_first_pass_still_asks_a_beam_for_the_failing_windows_n_best():
    loop, fine = [1] * 12, [1, 2, 3]
    decoder, calls = _stub_decoder([
        [_StubResult([(loop, -3.0)])],
        [_StubResult([(loop, -3.0), (fine, -4.0)])],
    ])
    decoder.options.beam_size = 1  # beam-size = 1 in the config: the n-best need a search of their own
    (chosen,) = decoder._generate_with_fallback(encoded=np.zeros((1, 1), dtype=np.float32), count=1)
    assert list(chosen[0].sequences_ids[0]) == fine
    assert len(calls) == 2 and "num_hypotheses" not in calls[0]
    assert calls[1]["beam_size"] == 5 and calls[1]["num_hypotheses"] == 5


def test_without_a_length_penalty_the_n_best_are_a_search_of_their_own():
    from types import SimpleNamespace

    from greetlint.batching import _nbest_in_first_call

    # CTranslate2 then stops when the best hypothesis finishes and enough are done: asking for
    # five would change when the first call stops, and so its words
    assert not _nbest_in_first_call(SimpleNamespace(beam_size=5, best_of=5, length_penalty=0.0))
    assert not _nbest_in_first_call(SimpleNamespace(beam_size=3, best_of=5, length_penalty=1.0))
    assert _nbest_in_first_call(SimpleNamespace(beam_size=5, best_of=5, length_penalty=1.0))


def test_asking_the_beam_for_its_n_best_leaves_its_best_hypothesis_as_it_was(transcriber, recordings):
    """What the n-best in the first call rests on: CTranslate2's search does not depend on num_hypotheses."""
    from greetlint.batching import _WindowDecoder

    decoder = _WindowDecoder(transcriber)
    walks = [decoder.start(samples) for samples in recordings[:4]]
    from faster_whisper.audio import pad_or_trim

    encoded = _encode_one_by_one(decoder.model, [pad_or_trim(w.features[:, :decoder.frames_per_window]) for w in walks])
    kwargs = decoder._generate_kwargs(0.0)
    one = decoder.model.model.generate(encoded, [decoder.prompt] * len(walks), **kwargs)
    five = decoder.model.model.generate(encoded, [decoder.prompt] * len(walks), **kwargs, num_hypotheses=5)
    for a, b in zip(one, five):
        assert len(b.sequences_ids) == 5
        assert b.sequences_ids[0] == a.sequences_ids[0] and b.scores[0] == pytest.approx(a.scores[0], abs=1e-6)


def test_when_no_hypothesis_passes_the_most_probable_under_the_ratio_limit_is_kept():
    loop, unsure = [1] * 12, [2, 3]
    decoder, _ = _stub_decoder([
        [_StubResult([(loop, -1.0), (unsure, -9.0)])],  # the second is under the ratio limit but improbable
    ])
    (chosen,) = decoder._generate_with_fallback(encoded=np.zeros((1, 1), dtype=np.float32), count=1)
    assert list(chosen[0].sequences_ids[0]) == unsure


def test_number_clips_are_encoded_one_window_at_a_time_with_the_batched_scores(transcriber, recordings, monkeypatch):
    """renumber.score_clips holds one clip's encoder activations at a time (each 30 s window's self-attention
    is ~50 MB at its peak), and scores every reading as a batched encoding would."""
    from greetlint import renumber
    from greetlint.batching import BatchTranscriber as _BT

    model = transcriber.load()
    tokenizer = _BT(transcriber)._decoder().tokenizer

    def jobs():
        return [renumber.ClipJob(i, 0, 3, "call me at", "thanks", 0.0, 4.0,
                                 ["five five five", "nine nine nine"], "phone") for i in range(3)]

    calls = []
    encode = model.encode

    def counting(features, *args, **kwargs):
        calls.append(np.asarray(features).shape[0])
        return encode(features, *args, **kwargs)

    monkeypatch.setattr(model, "encode", counting)
    alone = jobs()
    renumber.score_clips(model, tokenizer, recordings[:3], alone)
    assert calls == [1, 1, 1]
    monkeypatch.setattr("greetlint.batching._encode_one_by_one", lambda m, feats: encode(np.stack(feats)))
    together = jobs()
    renumber.score_clips(model, tokenizer, recordings[:3], together)
    assert [j.scores for j in alone] == [j.scores for j in together]
    assert all(len(j.scores) == 2 and j.scores[0] != j.scores[1] for j in alone)


def test_an_encoder_pass_waits_for_running_searches_and_new_searches_wait_for_it():
    """Two replicas: an encoder pass never runs beside a beam search (memory), searches run beside each other."""
    import threading
    import time

    from greetlint.batching import _Turns

    turns, log = _Turns(), []
    search_started, release_search = threading.Event(), threading.Event()

    def search(name, started=None, release=None):
        with turns.search():
            log.append(f"{name} in")
            if started:
                started.set()
            if release:
                release.wait(5)
            log.append(f"{name} out")

    def encode():
        with turns.encode():
            log.append("encode in")
            time.sleep(0.05)
            log.append("encode out")

    first = threading.Thread(target=search, args=("s1", search_started, release_search))
    first.start()
    assert search_started.wait(5)
    with turns.search():  # a second search runs beside the first
        log.append("s2 in+out")
    enc = threading.Thread(target=encode)
    enc.start()
    time.sleep(0.05)
    assert "encode in" not in log  # waits for the running search
    late = threading.Thread(target=search, args=("s3",))
    late.start()
    time.sleep(0.05)
    assert "s3 in" not in log  # a new search waits for the pass that is waiting
    release_search.set()
    for t in (first, enc, late):
        t.join(5)
    assert log.index("s1 out") < log.index("encode in") < log.index("encode out") < log.index("s3 in")
