"""Transcribe several recordings through the model together, with the sequential path's results.

Whisper always encodes a 30 s window, and on a CPU the beam search of one short greeting
keeps the matrix units mostly idle; decoding the windows of eight files in one
``encode``/``generate`` call does the same arithmetic in far fewer, fuller steps.

Each file walks the very windows ``WhisperModel.generate_segments`` would walk for it (same
Silero VAD, same log-mel features, and the next window starting where the last aligned word
ended), so a file's windows depend on each other and only windows of *different* files share
a batch: every round takes the next window of each unfinished file. Decoding options, the
no-speech skip, the word alignment and the hallucination guards are the sequential path's
(``Transcriber.decode_options``, faster-whisper's own
``add_word_timestamps``/``restore_speech_timestamps``, ``transcribe.words_from_segments``),
so the transcripts are the same text. Only a window that fails faster-whisper's checks (too
repetitive, too improbable) can differ: it takes the first of the beam's ``best_of`` best
hypotheses that passes (``_WindowDecoder._generate_with_fallback``), where the sequential path
samples at rising temperatures, so that one recording gives the same words on every run,
alone or beside other files (``tests/test_batching.py``: batches of one and of four give the
same words).

One thing differs from ``WhisperModel.transcribe``, on purpose and for both batch sizes:
after the first window, a window with less than MIN_TAIL_S of audio left is not decoded.
Whisper's seek moves to the last aligned word's end, which lands a few hundredths of a
second before the end of the VAD padding, so a 20 s greeting used to cost two or three full
30 s encoder passes: its speech, then one or two leftovers of 0.02-0.33 s that only ever
decode to invented "Thank you." / "And" tails the hallucination guards drop (all 54 such
windows on samples/ and the speed bench's greetings). A word the decoder stopped before still
gets its window: it lies before the 0.4 s of padding VAD keeps after speech.

A full window whose words leave RECOVER_GAP_S of speech unheard (Whisper wrote its first
sentences and stopped, and the alignment spread them over the window) is decoded again at once,
from the same start and 15 s long (``_WindowDecoder._ended_early``); the walk then goes on from
its last word. Then ``transcribe.plan_recovery`` checks each file's words against the VAD's speech: when
Whisper ended a window early and left seconds of speech unheard, the file is decoded again in
pieces of at most 15 s: all of it up to 90 s, only the unheard stretches of a longer one (see
its comments). The pieces of every such file in the batch go through this same batched
decoder together (they are independent recordings to it), not one ``WhisperModel.transcribe``
each: that decoded each piece's leftover tail too and took up to three times the encoder passes.

The log-mel features are computed in blocks of a window, not for the whole recording at once:
faster-whisper's extractor holds a complex STFT of the whole file (about 16x the decoded audio),
which a 10-minute recording must not need. The blocks give bit-identical features.
"""
from __future__ import annotations

import contextlib
import inspect
import re
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

from . import numwords

if TYPE_CHECKING:  # numpy and faster-whisper load with the model, never at import
    import numpy as np

    from .transcribe import AsrResult, Transcriber

# Each window added to a batch costs ~90 MB: beam search keeps the cross-attention keys and values
# of the 1500 encoder positions for every one of its 5 hypotheses in all 4 layers. One window per
# call: with several cores two calls run at once on two replicas of the model (one thread each,
# ``Transcriber.plan_callers``), which is the two windows in memory that two per call on one
# replica of two threads were, in about half the wall time (bench/README.md, issue 15); two per
# call on each replica measured 630-670 MB peak on the speed bench, over the 600 MB budget.
DEFAULT_BATCH_SIZE = 1
SAMPLE_RATE = 16000
# a later window with less audio than this left holds no word (see the module docstring)
MIN_TAIL_S = 0.4
_DECODER_LOCK = threading.Lock()


class _Turns:
    """Encoder passes alone, beam searches together: a pass's attention scores are where a cold check's
    memory peaks, and with two replicas they came on top of the other replica's beam search."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._searching = 0
        self._encoding = False
        self._waiting = 0

    @contextlib.contextmanager
    def search(self):
        with self._cond:
            while self._encoding or self._waiting:
                self._cond.wait()
            self._searching += 1
        try:
            yield
        finally:
            with self._cond:
                self._searching -= 1
                self._cond.notify_all()

    @contextlib.contextmanager
    def encode(self):
        with self._cond:
            self._waiting += 1
            while self._encoding or self._searching:
                self._cond.wait()
            self._waiting -= 1
            self._encoding = True
        try:
            yield
        finally:
            with self._cond:
                self._encoding = False
                self._cond.notify_all()


TURNS = _Turns()


class Stopped(BaseException):
    """Raised in a decoding thread after ``BatchTranscriber.stop``; like KeyboardInterrupt, no ``except Exception`` takes it."""


class BatchTranscriber:
    """Turns a group of 16 kHz recordings into one AsrResult each, batching their windows."""

    def __init__(self, transcriber: "Transcriber", batch_size: int = DEFAULT_BATCH_SIZE,
                 _decoder_slot: Optional[list] = None, _stop: Optional[threading.Event] = None):
        self.transcriber = transcriber
        self.batch_size = max(1, batch_size)
        self._decoder_slot = _decoder_slot if _decoder_slot is not None else []  # shared by with_batch_size twins
        self._stop = _stop if _stop is not None else threading.Event()  # shared too

    def with_batch_size(self, batch_size: int) -> "BatchTranscriber":
        """The same prepared decoder, taking `batch_size` windows per model call."""
        return BatchTranscriber(self.transcriber, batch_size, self._decoder_slot, self._stop)

    def stop(self) -> None:
        """Make every ``transcribe_many`` running on another thread raise Stopped before its next model call.

        The run was interrupted (Ctrl-C, an error): a decoding thread must not finish its group first.
        """
        self._stop.set()

    def resume(self) -> None:
        self._stop.clear()

    def _check_stop(self) -> None:
        if self._stop.is_set():
            raise Stopped()

    def _decoder(self) -> "_WindowDecoder":
        if not self._decoder_slot:  # loads the model and prepares the options on first use
            with _DECODER_LOCK:  # two decoding threads: one decoder
                if not self._decoder_slot:
                    self._decoder_slot.append(_WindowDecoder(self.transcriber))
        return self._decoder_slot[0]

    @property
    def supported(self) -> bool:
        """Windows of one file depend on each other's text when decoding is conditioned on it."""
        return not self.transcriber.settings.condition_on_previous_text

    def prestart(self, samples: "np.ndarray") -> Optional["_FileWalk"]:
        """A recording's VAD chunks and log-mel features for ``transcribe_many``, computed now.

        For a worker thread while the model decodes other files (the VAD and the features are
        a few CPU seconds a batch that otherwise hold up the model's thread). None until the
        model is loaded (the first group), or where windows are not batched.
        """
        if not self.supported or not self._decoder_slot:
            return None
        return self._decoder_slot[0].start(samples)

    def transcribe_many(self, recordings: list["np.ndarray"],
                        walks: Optional[list[Optional["_FileWalk"]]] = None) -> list["AsrResult"]:
        """One AsrResult per recording; `walks` are ``prestart``'s, one per recording or None."""
        from .transcribe import plan_recovery

        heard = self._transcribe_many(recordings, walks)
        # speech left unheard: the pieces of every such file go through the model together
        plans = [plan_recovery(self.transcriber, samples, result) for samples, result in zip(recordings, heard)]
        pieces = [samples[a:b] for samples, plan in zip(recordings, plans) if plan for a, b in plan.pieces]
        if pieces:
            decoded = iter(self._transcribe_many(pieces))
            heard = [plan.finish([next(decoded) for _ in plan.pieces]) if plan else result
                     for result, plan in zip(heard, plans)]
        if self.transcriber.settings.renumber_clips and self.supported:
            from . import renumber  # numbers weighed again on clips of their own

            self._check_stop()
            decoder = self._decoder()
            heard = renumber.hear_in_clips(decoder.model, decoder.tokenizer, recordings, heard)
        return heard

    def _transcribe_many(self, recordings: list["np.ndarray"], started=None) -> list["AsrResult"]:
        if not self.supported:
            return [self.transcriber.transcribe(samples) for samples in recordings]
        from .transcribe import words_from_segments

        decoder = self._decoder()
        started = started or [None] * len(recordings)
        walks = [walk if walk is not None else decoder.start(samples) for samples, walk in zip(recordings, started)]
        while True:
            pending = [walk for walk in walks if not walk.done]
            if not pending:
                break
            for first in range(0, len(pending), self.batch_size):
                self._check_stop()
                decoder.decode_round(pending[first:first + self.batch_size])
        results = [words_from_segments(walk.finished_segments()) for walk in walks]
        for walk, result in zip(walks, results):
            if walk.speech_chunks is not None:  # the VAD's spans, so the recovery check need not run it again
                result.speech = [(c["start"] / SAMPLE_RATE, c["end"] / SAMPLE_RATE) for c in walk.speech_chunks]
        return results


@dataclass
class _Hypothesis:
    """One of a beam's n-best hypotheses, shaped as CTranslate2's generation result of a window."""

    sequences_ids: list
    scores: list
    no_speech_prob: float


@dataclass
class _FileWalk:
    """One recording's way through its windows, as WhisperModel.generate_segments takes it."""

    features: "np.ndarray"          # log-mel of the speech the VAD kept, (n_mels, frames + 1)
    speech_chunks: Optional[list]   # VAD chunks in samples, to map times back; None without VAD
    min_tail_frames: int = 0        # a later window shorter than this is not decoded
    seek: int = 0                   # frame where the next window starts
    limit: Optional[int] = None     # the next window's length in frames, when shorter than a full one
    retried_at: int = -1            # the seek whose window ended early and was decoded again shorter
    last_speech_timestamp: float = 0.0
    segments: list = field(default_factory=list)

    @property
    def content_frames(self) -> int:
        return self.features.shape[-1] - 1

    @property
    def done(self) -> bool:
        left = self.content_frames - self.seek
        return left <= 0 or (self.seek > 0 and left < self.min_tail_frames)

    def finished_segments(self):
        from faster_whisper.transcribe import restore_speech_timestamps

        if self.speech_chunks:
            return restore_speech_timestamps(self.segments, self.speech_chunks, SAMPLE_RATE)
        return self.segments


class _WindowDecoder:
    """faster-whisper's per-window decoding, for a batch of windows from different files."""

    def __init__(self, transcriber: "Transcriber"):
        from faster_whisper import WhisperModel
        from faster_whisper.tokenizer import Tokenizer
        from faster_whisper.transcribe import TranscriptionOptions, get_suppressed_tokens

        self.transcriber = transcriber
        self.model: WhisperModel = transcriber.load()
        decode = transcriber.decode_options()
        # every argument WhisperModel.transcribe would see, its defaults included
        args = inspect.signature(WhisperModel.transcribe).bind(self.model, None, **decode)
        args.apply_defaults()
        a = args.arguments
        self.vad = a["vad_filter"]
        self.tokenizer = Tokenizer(self.model.hf_tokenizer, self.model.model.is_multilingual,
                                   task=a["task"], language=a["language"] or "en")
        temperature = a["temperature"]
        self.options = TranscriptionOptions(
            beam_size=a["beam_size"], best_of=a["best_of"], patience=a["patience"],
            length_penalty=a["length_penalty"], repetition_penalty=a["repetition_penalty"],
            no_repeat_ngram_size=a["no_repeat_ngram_size"], log_prob_threshold=a["log_prob_threshold"],
            no_speech_threshold=a["no_speech_threshold"], compression_ratio_threshold=a["compression_ratio_threshold"],
            condition_on_previous_text=a["condition_on_previous_text"],
            prompt_reset_on_temperature=a["prompt_reset_on_temperature"],
            temperatures=temperature if isinstance(temperature, (list, tuple)) else [temperature],
            initial_prompt=a["initial_prompt"], prefix=a["prefix"], suppress_blank=a["suppress_blank"],
            suppress_tokens=(get_suppressed_tokens(self.tokenizer, list(a["suppress_tokens"]))
                             if a["suppress_tokens"] else a["suppress_tokens"]),
            without_timestamps=a["without_timestamps"], max_initial_timestamp=a["max_initial_timestamp"],
            word_timestamps=a["word_timestamps"], prepend_punctuations=a["prepend_punctuations"],
            append_punctuations=a["append_punctuations"], multilingual=False,
            max_new_tokens=a["max_new_tokens"], clip_timestamps=a["clip_timestamps"],
            hallucination_silence_threshold=None, hotwords=a["hotwords"],
        )
        # no earlier text: the prompt of every window (condition_on_previous_text is off)
        self.prompt = self.model.get_prompt(self.tokenizer, [], without_timestamps=self.options.without_timestamps,
                                            prefix=self.options.prefix, hotwords=self.options.hotwords)
        self.renumber = transcriber.settings.renumber
        self.settings = transcriber.settings
        self.number_beam_size = transcriber.settings.number_beam_size
        self.frames_per_window = self.model.feature_extractor.nb_max_frames
        self.seconds_per_frame = self.model.feature_extractor.time_per_frame

    # -- one file ----------------------------------------------------------------------------
    def start(self, samples: "np.ndarray") -> _FileWalk:
        import numpy as np
        from faster_whisper.vad import collect_chunks

        speech_chunks = None
        if self.vad:
            speech_chunks = self.transcriber.speech_chunks(samples)
            samples = np.concatenate(collect_chunks(samples, speech_chunks)[0], axis=0)
        return _FileWalk(features=log_mel(samples, self.model.feature_extractor, self.frames_per_window),
                         speech_chunks=speech_chunks, min_tail_frames=round(MIN_TAIL_S / self.seconds_per_frame))

    # -- a round: the next window of each file -------------------------------------------------
    def decode_round(self, walks: list[_FileWalk]) -> None:
        from faster_whisper.audio import pad_or_trim

        sizes = [min(self.frames_per_window, w.content_frames - w.seek, w.limit or self.frames_per_window)
                 for w in walks]
        for w in walks:
            w.limit = None
        batch = [pad_or_trim(w.features[:, w.seek:w.seek + size]) for w, size in zip(walks, sizes)]
        encoded = _encode_one_by_one(self.model, batch)
        decoded = self._generate_with_fallback(encoded, len(walks))
        tokens = [list(result.sequences_ids[0]) for result, *_ in decoded]
        if self.renumber:
            tokens = self._hear_numbers_again(encoded, tokens)
        for index, (walk, size, result) in enumerate(zip(walks, sizes, decoded)):
            self._advance(walk, size, result, lambda i=index: _row(encoded, i), tokens[index])

    def _hear_numbers_again(self, encoded, tokens: list[list[int]]) -> list[list[int]]:
        """Each window's tokens with its number stretches decoded again, constrained (greetlint.renumber)."""
        from . import renumber

        jobs = renumber.plan(self.tokenizer, tokens)
        if not jobs:
            return tokens
        renumber.decode_jobs(self.model, self.tokenizer, self.prompt, _rows(encoded, [job.window for job in jobs]),
                             jobs, self.number_beam_size)
        return renumber.apply(self.tokenizer, jobs, tokens)

    def _advance(self, walk: _FileWalk, size: int, decoded, encoder_row, tokens: list[int]) -> None:
        """What generate_segments does with one decoded window: skip silence or keep a segment."""
        from faster_whisper.transcribe import Segment, Word
        from faster_whisper.utils import get_end

        result, avg_logprob, temperature, compression_ratio = decoded
        o = self.options
        if (o.no_speech_threshold is not None and result.no_speech_prob > o.no_speech_threshold
                and not (o.log_prob_threshold is not None and avg_logprob > o.log_prob_threshold)):
            walk.seek += size  # no speech: fast-forward to the next window
            return
        previous_seek, time_offset = walk.seek, walk.seek * self.seconds_per_frame
        segments, walk.seek, single_timestamp_ending = self.model._split_segments_by_timestamps(
            tokenizer=self.tokenizer, tokens=tokens, time_offset=time_offset,
            segment_size=size, segment_duration=size * self.seconds_per_frame, seek=walk.seek)
        if o.word_timestamps:
            from .runtime import release_freed_memory

            release_freed_memory()  # the beam searches' freed buffers, before the alignment's (as before an encoder pass)
            self.model.add_word_timestamps([segments], self.tokenizer, encoder_row(), size,
                                           o.prepend_punctuations, o.append_punctuations,
                                           last_speech_timestamp=walk.last_speech_timestamp)
            if self._ended_early(walk, previous_seek, size, segments):
                # decode this window again, shorter: Whisper wrote its first words and stopped, and the
                # alignment spread them over the window, so the seek would jump over the speech unheard
                walk.retried_at, walk.limit = previous_seek, self._quiet_cut(walk)
                walk.seek = previous_seek
                return
            last_word_end = get_end(segments)
            if not single_timestamp_ending and last_word_end is not None and last_word_end > time_offset:
                walk.seek = round(last_word_end * self.model.frames_per_second)
            if last_word_end is not None:
                walk.last_speech_timestamp = last_word_end
        for seg in segments:
            text = self.tokenizer.decode(seg["tokens"])
            if seg["start"] == seg["end"] or not text.strip():
                continue
            walk.segments.append(Segment(
                id=len(walk.segments) + 1, seek=previous_seek, start=seg["start"], end=seg["end"], text=text,
                tokens=seg["tokens"], temperature=temperature, avg_logprob=avg_logprob,
                compression_ratio=compression_ratio, no_speech_prob=result.no_speech_prob,
                words=[Word(**w) for w in seg["words"]] if o.word_timestamps else None))

    def _ended_early(self, walk: _FileWalk, seek: int, size: int, segments: list[dict]) -> bool:
        """A full window whose words leave RECOVER_GAP_S of the VAD's speech (all a walk's audio is) unheard.

        Only once per window start, and only for a window longer than a retry's; the recording's
        check against the VAD's spans after the walk (``transcribe.plan_recovery``) stays the safety net.
        """
        from .transcribe import RECOVER_CHUNK_S, _spoken, _unheard_stretches

        if walk.retried_at == seek or size * self.seconds_per_frame <= RECOVER_CHUNK_S:
            return False
        words = [(w["word"], w["start"], w["end"], None) for seg in segments for w in seg.get("words") or ()]
        spoken = _spoken(words)  # a "$. $." loop covers no speech
        if not spoken:
            return False
        # a gap before a word (not after the last one: the walk goes on from there anyway)
        return bool(_unheard_stretches([(seek * self.seconds_per_frame, max(b for _, _, b, _ in spoken))], words))

    def _quiet_cut(self, walk: _FileWalk) -> int:
        """Frames from the walk's seek to the quietest 20 ms in the last RECOVER_CUT_S of a RECOVER_CHUNK_S window."""
        import numpy as np

        from .transcribe import RECOVER_CHUNK_S, RECOVER_CUT_S

        per_s = round(1 / self.seconds_per_frame)
        lo = walk.seek + int((RECOVER_CHUNK_S - RECOVER_CUT_S) * per_s)
        hi = min(walk.seek + int(RECOVER_CHUNK_S * per_s), walk.content_frames)
        if hi - lo < 2:
            return int(RECOVER_CHUNK_S * per_s)
        energy = walk.features[:, lo:hi].mean(axis=0)
        pairs = energy[:len(energy) // 2 * 2].reshape(-1, 2).mean(axis=1)
        return lo - walk.seek + 2 * int(np.argmin(pairs)) + 1

    def _generate_with_fallback(self, encoded, count: int) -> list[tuple]:
        """WhisperModel.generate_with_fallback for `count` windows, with a deterministic second try.

        Two differences from faster-whisper. The compression ratio is taken with phone-number-sized
        runs of digit words as one word (repetition_ratio), so a number said in full is not a
        "loop". And a window that fails the checks is not sampled again at rising temperatures:
        CTranslate2 samples from one random stream per worker thread, seeded once, so a sampled
        window was heard differently depending on what the process had decoded before it (a file
        checked alone, in a folder, or in the test suite gave different findings). Instead the
        beam search is asked for its ``best_of`` best hypotheses and the first that passes the
        checks is kept; when none does, the most probable one under the ratio limit (or of all),
        as faster-whisper keeps when every temperature fails. Same input, same words, every run.

        The n-best come with the first call (``_nbest_in_first_call``), so a failing window is
        not decoded twice: with a length penalty CTranslate2's beam search runs until
        beam_size x patience hypotheses have finished whatever ``num_hypotheses`` asks, then
        sorts them, so the first call's best is the one it returns alone and its n-best are a
        second call's (a window that loops to the length limit cost that limit twice).
        """
        o = self.options
        kwargs = self._generate_kwargs(o.temperatures[0])
        fallback = len(o.temperatures) > 1 and o.best_of > 1
        nbest_in_first = fallback and _nbest_in_first_call(o)
        if nbest_in_first:
            kwargs["num_hypotheses"] = o.best_of
        with TURNS.search():
            first = self.model.model.generate(encoded, [self.prompt] * count, **kwargs)
        chosen: dict[int, tuple] = {}
        below_ratio: dict[int, list[tuple]] = {}
        tried: dict[int, list[tuple]] = {}
        failing = []
        for i, result in enumerate(first):
            attempt = self._attempt(result, 0, o.temperatures[0])
            tried[i], below_ratio[i] = [attempt], []
            if _needs_fallback(o, result.no_speech_prob, attempt[1], attempt[3], below_ratio[i], attempt):
                failing.append(i)
            else:
                chosen[i] = attempt
        if failing and fallback:
            if nbest_in_first:
                again = [first[i] for i in failing]
            else:
                kwargs = self._generate_kwargs(o.temperatures[0])
                kwargs.update(beam_size=max(o.beam_size, o.best_of), num_hypotheses=o.best_of)
                again = self.model.model.generate(_rows(encoded, failing), [self.prompt] * len(failing), **kwargs)
            for i, result in zip(failing, again):
                for k in range(len(result.sequences_ids)):
                    attempt = self._attempt(result, k, o.temperatures[0])
                    tried[i].append(attempt)
                    if not _needs_fallback(o, result.no_speech_prob, attempt[1], attempt[3], below_ratio[i], attempt):
                        chosen[i] = attempt
                        break
        for i in range(count):
            if i not in chosen:  # no hypothesis passed: the most probable, as faster-whisper keeps it
                chosen[i] = max(below_ratio[i] or tried[i], key=lambda attempt: attempt[1])
        return [chosen[i] for i in range(count)]

    def _attempt(self, result, k: int, temperature: float) -> tuple:
        """(result, avg_logprob, temperature, ratio) of hypothesis `k`, its tokens as the result's first."""
        o = self.options
        tokens = result.sequences_ids[k]
        avg_logprob = result.scores[k] * (len(tokens) ** o.length_penalty) / (len(tokens) + 1)
        ratio = repetition_ratio(self.tokenizer.decode(tokens).strip())
        if k:
            result = _Hypothesis([tokens], [result.scores[k]], result.no_speech_prob)
        return (result, avg_logprob, temperature, ratio)

    def _generate_kwargs(self, temperature: float) -> dict:
        o = self.options
        if temperature > 0:
            sampling = {"beam_size": 1, "num_hypotheses": o.best_of, "sampling_topk": 0, "sampling_temperature": temperature}
        else:
            sampling = {"beam_size": o.beam_size, "patience": o.patience}
        return dict(length_penalty=o.length_penalty, repetition_penalty=o.repetition_penalty,
                    no_repeat_ngram_size=o.no_repeat_ngram_size, max_length=self.model.max_length,
                    return_scores=True, return_no_speech_prob=True, suppress_blank=o.suppress_blank,
                    suppress_tokens=o.suppress_tokens,
                    max_initial_timestamp_index=int(round(o.max_initial_timestamp / self.model.time_precision)),
                    **sampling)


# With numerals suppressed a number is spelled out from a vocabulary of a dozen words, and a
# window that gives a number twice ("five five five, zero one four two, that's five five five,
# zero one four two") compresses like a hallucination loop: faster-whisper's compression-ratio
# check sends it to three hotter decodes that all repeat the same digits (every temperature
# fails, and the first decode is kept anyway), or worse, takes a sampled decode that garbled a
# digit because it compresses less. A run of digit words the length of a phone number (with
# country code and extension) is therefore one word to the ratio; a longer run, and every
# other repetition ("thank you thank you ..."), still counts in full.
NUMBER_RUN_MAX_DIGITS = 16
_DIGIT_WORD = numwords.alternation((*numwords.CLEAR_DIGIT_WORDS, *numwords.REPEATERS))
_DIGIT_RUN_RE = re.compile(rf"\b{_DIGIT_WORD}\b(?:[\s,.-]+{_DIGIT_WORD}\b)*", re.IGNORECASE)


def repetition_ratio(text: str) -> float:
    """faster-whisper's compression ratio of `text`, each phone-number-sized digit run counted as one word."""
    from faster_whisper.transcribe import get_compression_ratio

    def one_word(match: "re.Match") -> str:
        words = len(re.findall(r"\w+", match.group(0)))
        return "#" if words <= NUMBER_RUN_MAX_DIGITS else match.group(0)

    return get_compression_ratio(_DIGIT_RUN_RE.sub(one_word, text))


def _nbest_in_first_call(o) -> bool:
    """Whether the first beam search of a window already is the fallback's n-best search.

    The fallback asks a beam of max(beam_size, best_of) for best_of hypotheses. With a beam at
    least best_of wide that is the first call's beam; and CTranslate2 stops a beam search early,
    when its best hypothesis finishes, only with no length penalty (then how many hypotheses are
    asked changes when it stops). Otherwise it runs until beam_size x patience hypotheses have
    finished and returns the best num_hypotheses of them: asking for more changes nothing else.
    """
    return o.beam_size > 1 and o.beam_size >= o.best_of and o.length_penalty != 0


def _needs_fallback(o, no_speech_prob: float, avg_logprob: float, ratio: float, below_ratio: list, attempt) -> bool:
    """generate_with_fallback's verdict on one attempt (and its list of attempts under the ratio limit)."""
    needs = False
    if o.compression_ratio_threshold is not None:
        if ratio > o.compression_ratio_threshold:
            needs = True  # too repetitive
        else:
            below_ratio.append(attempt)
    if o.log_prob_threshold is not None and avg_logprob < o.log_prob_threshold:
        needs = True
    if (o.no_speech_threshold is not None and no_speech_prob > o.no_speech_threshold
            and o.log_prob_threshold is not None and avg_logprob < o.log_prob_threshold):
        needs = False  # silence: no hotter retry can help
    return needs


def _encode_one_by_one(model, features: list["np.ndarray"]):
    """The encoder outputs of the windows, stacked as one batch for ``generate``; each window encoded alone.

    The encoder's self-attention holds a 1500 x 1500 score matrix per head and layer for each
    window in a call, so two windows in one ``encode`` peak about 50 MB higher than two calls
    of one (measured with tiny.en int8), for no saving in CPU: the encoder's matrices are large
    enough already. The outputs are bit for bit the batched call's (checked with CTranslate2 4.8).

    The encoder pass is where a cold check's resident memory peaks: first the heap pages the
    last beam search or alignment freed go back to the system (``runtime.release_freed_memory``),
    so the attention scores do not come on top of them.
    """
    import numpy as np

    from .runtime import release_freed_memory

    with TURNS.encode():
        release_freed_memory()
        if len(features) == 1:
            return model.encode(features[0][None])
        rows = [np.asarray(model.encode(f[None])) for f in features]
    import ctranslate2

    return ctranslate2.StorageView.from_array(np.ascontiguousarray(np.concatenate(rows)))


def _rows(encoded, indices: list[int]):
    import ctranslate2
    import numpy as np

    return ctranslate2.StorageView.from_array(np.ascontiguousarray(np.asarray(encoded)[indices]))


def _row(encoded, index: int):
    return _rows(encoded, [index])


# Up to this length the mel matmul runs once over the whole file, as the extractor runs it.
EXACT_MEL_S = 300


def log_mel(samples: "np.ndarray", extractor, frames_per_block: int) -> "np.ndarray":
    """``extractor(samples)`` (faster-whisper's log-mel), computed a block of frames at a time.

    The extractor pads the end with 160 zeros, reflect-pads n_fft/2 on both sides, frames the
    signal every hop, drops the last frame and clamps the whole spectrogram to 8 below its
    maximum. Frames are independent until that clamp, so each block is framed from its own
    slice of the padded signal and the clamp runs once over the assembled result.

    The framing and FFT are bit for bit the extractor's; the mel matmul is not when split:
    OpenBLAS's sgemm rounds a column differently depending on how many columns the call has
    (1e-7, measured with numpy 2.4 / OpenBLAS 0.3.31), and tiny.en can decode such a
    difference into other words (a number read as "at four five five five zero six" became "at zero
    six" on a 32 s sample). So up to EXACT_MEL_S the block power spectra are kept
    (201 float32 per 10 ms, 24 MB for 5 min) and multiplied once, exactly as the extractor
    does; longer files are multiplied block by block so memory stays flat.
    """
    import numpy as np

    n_fft, hop = extractor.n_fft, extractor.hop_length
    if len(samples) <= frames_per_block * hop:  # one window: the whole-file extractor costs no more
        return extractor(samples)
    signal = np.pad(samples.astype(np.float32, copy=False), (0, 160))
    pad = n_fft // 2
    left, right = signal[1:pad + 1][::-1], signal[-pad - 1:-1][::-1]  # numpy's "reflect" padding
    padded_length = len(signal) + 2 * pad
    frames = (1 + (padded_length - n_fft) // hop) - 1
    window = np.hanning(n_fft + 1)[:-1].astype("float32")
    exact = frames * hop <= EXACT_MEL_S * extractor.sampling_rate
    power = np.empty((n_fft // 2 + 1, frames), dtype=np.float32) if exact else None
    out = np.empty((extractor.mel_filters.shape[0], frames), dtype=np.float32)
    for first in range(0, frames, frames_per_block):
        count = min(frames_per_block, frames - first)
        block = _padded_slice(left, signal, right, first * hop, (first + count - 1) * hop + n_fft)
        stft = extractor.stft(block, n_fft, hop, window=window, center=False, return_complex=True).astype("complex64")
        if exact:
            power[:, first:first + count] = np.abs(stft) ** 2
        else:
            out[:, first:first + count] = extractor.mel_filters @ (np.abs(stft) ** 2)
        del stft
    if exact:
        out = extractor.mel_filters @ power
        del power
    np.log10(np.clip(out, a_min=1e-10, a_max=None, out=out), out=out)
    np.maximum(out, out.max() - 8.0, out=out)
    out += 4.0
    out /= 4.0
    return out


def _padded_slice(left, middle, right, start: int, end: int):
    """Samples start:end of left + middle + right, copying only that range."""
    import numpy as np

    pieces, offset = [], 0
    for part in (left, middle, right):
        lo, hi = max(start - offset, 0), min(end - offset, len(part))
        if lo < hi:
            pieces.append(part[lo:hi])
        offset += len(part)
    return np.concatenate(pieces)
