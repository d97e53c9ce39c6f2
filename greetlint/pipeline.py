"""One file from disk to scored findings.

collect inputs -> (decode -> transcribe) or read script -> facts -> Analysis -> rules -> score.
A file that cannot be processed gets a FileResult with ``error`` set; the batch goes on.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import os
import threading
import time
from collections import deque
from dataclasses import dataclass, field, replace
from pathlib import Path
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable, Iterator, Optional

from . import transcript as transcript_mod
from .audio import AUDIO_EXTENSIONS, InputError
from .batching import DEFAULT_BATCH_SIZE, BatchTranscriber
from .baseline import Baseline
from .cache import TranscriptCache, file_digest
from .config import Settings
from .facts.lexicon import Lexicon, using
from .model import Analysis, AudioInfo, FileError, FileResult, Finding, Measures, PhoneHearing, severity_rank
from .rules_api import Rule
from .scoring import apply_penalties, grade

TEXT_EXTENSIONS = frozenset({".txt"})
MAX_SCRIPT_BYTES = 200_000


@dataclass
class Options:
    kind: Optional[str] = None  # --kind
    today: _dt.date = field(default_factory=_dt.date.today)
    max_duration_s: float = 15 * 60.0
    phone_codec: Optional[str] = None  # --phone-check: also transcribe the G.711 render ("mulaw" | "alaw")


def collect_inputs(paths: list[str]) -> Iterator[str]:
    """Files as given, and the lintable files under directories (sorted, each real file once)."""
    seen: set[str] = set()
    for given in paths:
        if os.path.isdir(given):
            for root, dirs, files in os.walk(given, followlinks=True):
                real_root = os.path.realpath(root)
                if real_root in seen:  # a symlink loop, or a folder reached twice
                    dirs[:] = []
                    continue
                seen.add(real_root)
                dirs.sort()
                for name in sorted(files):
                    if Path(name).suffix.lower() in AUDIO_EXTENSIONS | TEXT_EXTENSIONS and not name.startswith("."):
                        yield os.path.join(root, name)
        else:
            yield given


def input_type(path: str) -> str:
    return "text" if Path(path).suffix.lower() in TEXT_EXTENSIONS else "audio"


class Linter:
    def __init__(self, rules: list[Rule], settings: Settings, options: Options, transcriber=None,
                 cache: Optional[TranscriptCache] = None, baseline: Optional[Baseline] = None,
                 lexicon: Optional[Lexicon] = None):
        self.rules = rules
        # the phrase lists the facts layer reads: built-in plus the config's lexicon-dir (LexiconError if broken)
        self.lexicon = lexicon if lexicon is not None else Lexicon.for_settings(settings)
        self.baseline = baseline  # findings to drop before scoring (--baseline / --write-baseline)
        self.cache = cache or TranscriptCache(None)
        self.settings = settings
        self.options = options
        self.transcriber = transcriber  # greetlint.transcribe.Transcriber, loaded on first audio file
        self._batch_transcriber: Optional[BatchTranscriber] = None
        self._lint_key: Optional[str] = None  # cache.lint_fingerprint of the settings, options and rules

    def lint(self, path: str) -> FileResult:
        """One file, through the same path as a batch (``lint_many`` of one file)."""
        ((_, outcome),) = self.lint_many([path], batch_size=1, jobs=1)
        return outcome.result()

    def lint_many(self, paths: list[str], batch_size: int = DEFAULT_BATCH_SIZE,
                  jobs: int = 1) -> Iterator[tuple[str, "Future[FileResult]"]]:
        """Lint files in input order, transcribing up to `batch_size` uncached recordings together.

        Yields (path, future) in input order; a future's exception is that file's unexpected
        failure (bad input is a FileResult with ``error``, as from lint). With jobs > 1, worker
        threads decode the next group and measure and judge the previous one while the model
        transcribes the current group.
        """
        groups = [paths[i:i + max(1, batch_size)] for i in range(0, len(paths), max(1, batch_size))]
        if self.transcriber is not None:
            from .runtime import tune_process

            tune_process()  # before the worker threads and the model's threads start
        batcher = self._batcher(batch_size) if self.transcriber is not None else None
        # groups transcribed at once: one per model replica (Transcriber.plan_callers), with worker threads
        at_once = self.transcriber.plan_callers(min(jobs, len(groups))) if self.transcriber is not None and jobs > 1 else 1
        if batcher is not None:
            batcher.resume()
        try:
            with _Workers(jobs) as workers, _Workers(at_once) as model:
                prepare = lambda k: [workers.run(self._prepare, p) for p in groups[k]]  # noqa: E731
                prepared = {k: prepare(k) for k in range(min(at_once, len(groups)))}
                transcribing: deque[Future] = deque()
                for index, group in enumerate(groups):
                    if index + at_once < len(groups):  # decoded while the groups before it are transcribed
                        prepared[index + at_once] = prepare(index + at_once)
                    transcribing.append(model.run(self._transcribe_group, group, prepared.pop(index), batcher, workers,
                                                  1 / at_once))
                    while len(transcribing) > at_once:  # judged while the later groups were transcribed
                        yield from transcribing.popleft().result()
                while transcribing:
                    yield from transcribing.popleft().result()
        except BaseException:  # Ctrl-C, an error, or the caller stopped reading (GeneratorExit)
            if batcher is not None:  # a decoding thread still in its group stops before its next model call
                batcher.stop()
            raise

    def _batcher(self, batch_size: int) -> BatchTranscriber:
        """One window decoder (it holds the prepared options) for every batch size."""
        if self._batch_transcriber is None:
            self._batch_transcriber = BatchTranscriber(self.transcriber)
        return self._batch_transcriber.with_batch_size(batch_size)

    def _prepare(self, path: str):
        """A finished FileResult (script, cache hit, bad input), or a recording decoded for the model."""
        result = FileResult(path=path, input=input_type(path))
        if not os.path.exists(path):
            result.error = FileError("not-found", "no such file or directory")
            return result
        if result.input == "text":
            return self._judged(result, lambda: self._analyse_text(result))
        try:
            cached, key = self._lookup(result)
            if isinstance(cached, _Judged):
                return self._restored(result, cached)
            if cached is None:
                self._preload_audio_libraries()
                with result.timings.stage("decode"):
                    decoded = self._decode(path)
                return _Decoded(result, decoded, key, self._phone_render(decoded, result), walk=self._prestart(decoded, result))
        except InputError as exc:
            result.error = FileError(exc.code, exc.message)
            return result
        return self._judged(result, lambda: self._analyse_audio(result, cached), store=self._result_key(key, path))

    def _prestart(self, decoded, result: FileResult):
        """The VAD and log-mel of a decoded recording, on this worker, once the model is loaded (else None)."""
        if self._batch_transcriber is None or not decoded.duration_s:
            return None
        t = time.perf_counter()
        try:
            walk = self._batch_transcriber.prestart(decoded.samples)
        except Exception:  # the model's thread starts it again, and a failure is reported as it always was
            return None
        if walk is not None:
            result.timings.add("transcribe", time.perf_counter() - t)
        return walk

    def _transcribe_group(self, paths: list[str], prepared: list[Future], batcher, workers,
                          share: float = 1.0) -> list[tuple[str, Future]]:
        """Transcribe the group's decoded recordings together; judge each file on a worker.

        `share`: the part of the group's wall time its files' transcribe timings get (1/n with n
        groups transcribed at once, so the stage's total stays the model's wall time).
        """
        waiting = [f.result() for f in prepared if f.exception() is None and isinstance(f.result(), _Decoded)]
        transcripts = self._transcribe_together(waiting, batcher, share)
        outcomes = []
        for path, future in zip(paths, prepared):
            item = future.result() if future.exception() is None else None
            if isinstance(item, _Decoded):
                future = transcripts[id(item)]
                if future.exception() is None:
                    future = workers.run(self._complete, item, future.result())
            outcomes.append((path, future))
        return outcomes

    def _transcribe_together(self, waiting: list["_Decoded"], batcher, share: float = 1.0) -> dict[int, Future]:
        """Each decoded recording's AsrResult (or the error transcribing it), by id of its _Decoded."""
        from .transcribe import ModelError

        if not waiting:
            return {}
        t = time.perf_counter()
        # --phone-check: each recording's phone render goes through the model in the same batches
        renders = [item for item in waiting if item.phone_samples is not None]
        try:
            asrs = batcher.transcribe_many([item.decoded.samples for item in waiting] + [item.phone_samples for item in renders],
                                           [item.walk for item in waiting] + [None] * len(renders))
            for item, asr in zip(renders, asrs[len(waiting):]):
                item.phone_asr = asr
            outcomes = {id(item): _settled(lambda asr=asr: asr) for item, asr in zip(waiting, asrs)}
        except (ModelError, KeyboardInterrupt):
            raise
        except Exception:  # find the file that breaks the batch: the others still get their transcripts
            alone = self._batcher(1)
            outcomes = {id(item): _settled(lambda item=item: self._transcribe_alone(alone, item)) for item in waiting}
        total_audio = sum(item.decoded.duration_s for item in waiting) or 1.0
        seconds = (time.perf_counter() - t) * share
        for item in waiting:  # the batch's time, shared by length of audio
            item.result.timings.add("transcribe", seconds * item.decoded.duration_s / total_audio)
        return outcomes

    @staticmethod
    def _transcribe_alone(alone, item: "_Decoded"):
        asr = alone.transcribe_many([item.decoded.samples])[0]
        if item.phone_samples is not None:
            item.phone_asr = alone.transcribe_many([item.phone_samples])[0]
        return asr

    def _phone_render(self, decoded, result: FileResult):
        """The recording through the phone channel (16 kHz samples for the model), with --phone-check."""
        if not self.options.phone_codec:
            return None
        from .phone import render

        with result.timings.stage("phone"):
            return render(decoded.samples, self.options.phone_codec)

    def _complete(self, item: "_Decoded", asr) -> FileResult:
        heard = self._heard(item, asr)
        return self._judged(item.result, lambda: self._analyse_audio(item.result, heard, item.decoded),
                            store=self._result_key(item.key, item.result.path))

    def _judged(self, result: FileResult, analyse: Callable[[], Analysis], store: Optional[str] = None) -> FileResult:
        """Build the analysis (bad input becomes the result's error), then rules, score and rewrite.

        With `store` (a result key), what was judged goes into the cache for the next run (``_restored``)."""
        try:
            analysis = analyse()
        except InputError as exc:
            result.error = FileError(exc.code, exc.message)
            return result
        result.analysis = analysis
        with _READING, result.timings.stage("rules"):
            findings = self.run_rules(analysis)
        self._scored(result, findings)
        if store is not None:
            # the findings before the baseline (a later run may have another); the rewrite only where it is theirs
            # (the waveform is the hearing's: it stays in the transcript entry alone, which a hit reads anyway)
            self.cache.put_result(store, {"analysis": replace(analysis, settings=None), "findings": findings,
                                          "rewrite": None if result.baselined else result.rewrite})
        return result

    def _scored(self, result: FileResult, findings: list[Finding], rewrite: Optional[dict] = None) -> FileResult:
        """The baseline, score, grade and rewrite of a file's findings (`rewrite`: already made for them)."""
        with result.timings.stage("rules"):
            result.findings = findings
            if self.baseline is not None:
                result.findings, result.baselined = self.baseline.split(result.content_sha256, findings)
            result.score = apply_penalties(result.findings)
            result.grade = grade(result.score)
        if rewrite is None or result.baselined:
            from .rewrite import suggest as suggest_rewrite  # jinja2: not needed when every result is cached

            rewrite = suggest_rewrite(result.analysis, result.findings)
        result.rewrite = rewrite
        return result

    def _restored(self, result: FileResult, judged: "_Judged") -> FileResult:
        """A result judged by an earlier run from the same hearing, config, rules, lexicon and code."""
        entry = judged.entry
        result.analysis = replace(entry["analysis"], settings=self.settings)
        result.waveform = judged.waveform
        return self._scored(result, list(entry["findings"]), entry["rewrite"])

    def _result_key(self, hearing_key: Optional[str], path: str) -> Optional[str]:
        """The cache key of what is judged from a hearing (None: caching off)."""
        if hearing_key is None:
            return None
        if self._lint_key is None:
            from .cache import lint_fingerprint

            self._lint_key = lint_fingerprint(self.settings, self.options, self.rules, self.lexicon.user_dirs)
        return self.cache.result_key(hearing_key, path, self._lint_key)

    # -- building the analysis ---------------------------------------------------------------
    def _analyse_text(self, result: FileResult) -> Analysis:
        with result.timings.stage("read"):
            raw = read_script_bytes(result.path)
            result.content_sha256 = hashlib.sha256(raw).hexdigest()
            result.source_text = script_text(raw)
            transcript = transcript_mod.from_script(result.source_text)
        with _READING, result.timings.stage("facts"):
            return self._analysis(result.path, "text", transcript, audio=None)

    def _analyse_audio(self, result: FileResult, heard: dict, decoded=None) -> Analysis:
        result.waveform = heard.get("waveform")  # cache entries from before waveforms have none
        transcript = transcript_mod.from_timed_words(heard["words"])
        audio = AudioInfo(**heard["audio"], measures=Measures.from_json(heard["measures"]))
        phone_words = heard.get("phone", {}).get(self.options.phone_codec) if self.options.phone_codec else None
        phone = None if phone_words is None else transcript_mod.from_timed_words(phone_words)
        with _READING, result.timings.stage("facts"):
            analysis = self._analysis(result.path, "audio", transcript, audio=audio, phone=phone)
        expected = self._hear_expected(analysis, result, decoded)
        return replace(analysis, expected_heard=expected) if expected else analysis

    def _preload_audio_libraries(self) -> None:
        """Import the measures' libraries on a thread while files decode and the model loads.

        numba's compiled kernels live in the default cache dir whatever ``--cache-dir`` or
        ``--no-cache`` say: they are library code keyed by library version, not results, and a
        fresh ``--cache-dir`` for a cold run must not cost a recompile (about 25 CPU seconds).
        """
        from .cache import default_cache_dir
        from .measures import preload

        preload(default_cache_dir())

    def _lookup(self, result: FileResult) -> tuple[Optional[dict], Optional[str]]:
        """The cached result or else hearing of this file's content, if any, and its cache key (None: caching off).

        Sets the result's sha256 (the content hash keys the cache and the baseline alike).
        """
        t = time.perf_counter()
        try:
            result.content_sha256 = file_digest(result.path)
        except PermissionError:
            raise InputError("unreadable-file", "permission denied") from None
        except OSError as exc:
            raise InputError("unreadable-file", f"cannot read file: {exc.strerror or exc}") from None
        if self.cache.folder is None:
            return None, None
        key = self.cache.key(result.content_sha256, self.transcriber.identity, self.transcriber.settings.key())
        judged = self.cache.get_result(self._result_key(key, result.path))
        # the hearing: on a result hit too, for the waveform it alone holds; a result is used only while the
        # hearing it was judged from is there and sound (a broken one is a miss, heard again), and reading it marks
        # it used (the costly entry lives as long as its results)
        cached = self.cache.get(key)
        if judged is not None and cached is not None:  # judged before (cache._is_result): no facts read again
            result.timings.add("cache", time.perf_counter() - t)
            return _Judged(judged, cached.get("waveform")), key
        if cached is not None and self.options.phone_codec and self.options.phone_codec not in cached.get("phone", {}):
            cached = None  # heard before without --phone-check: hear it again with the phone render
        result.timings.add("cache", time.perf_counter() - t)
        return cached, key

    def _decode(self, path: str):
        from .audio import decode  # numpy and PyAV load with the first recording, not for scripts

        return decode(path, max_duration_s=self.options.max_duration_s)

    def _heard(self, item: "_Decoded", asr) -> dict:
        """Measure the recording, put what was heard in the cache and return it."""
        from .measures import measure as measure_audio, wait_for_libraries
        from .waveform import envelope as waveform_envelope

        decoded, timings = item.decoded, item.result.timings
        waited = wait_for_libraries()  # one-off: the imports started by _preload_audio_libraries, their own stage
        if waited:
            timings.add("audio_libs", waited)
        with timings.stage("measures"):
            measures = measure_audio(decoded)
        heard = {
            "words": asr.words,
            "audio": {"duration_s": round(decoded.duration_s, 3), "sample_rate": decoded.source_rate,
                      "channels": decoded.channels, "codec": decoded.codec, "container": decoded.container,
                      "file_bytes": decoded.file_bytes, "bit_depth": decoded.bit_depth},
            "measures": measures.to_json(),
            "waveform": waveform_envelope(decoded.samples),  # drawn by the HTML report
        }
        if item.phone_asr is not None:
            heard["phone"] = {self.options.phone_codec: item.phone_asr.words}
        if item.key is not None:
            self.cache.put(item.key, heard)
        return heard

    def _analysis(self, path, input_kind, transcript, audio, phone=None) -> Analysis:
        from .delivery import delivery  # the readers: not imported when every result is cached
        from .facts import detect_kind, extract_facts, kind_confidence

        confidence = "sure"
        if self.options.kind:
            kind, kind_source = self.options.kind, "flag"
        elif self.settings.kind_for(path):
            kind, kind_source = self.settings.kind_for(path), "config"
        else:
            kind, kind_source = detect_kind(transcript, self.lexicon), "detected"
            confidence = kind_confidence(transcript, self.lexicon)
        facts = extract_facts(transcript, kind, self.options.today, self.lexicon, kind_sure=confidence == "sure")
        facts.word_count = len(transcript.words)
        speech_seconds = how = None
        if transcript.timed and transcript.words:
            speech_seconds = max(0.0, transcript.words[-1].end - transcript.words[0].start)
        if audio is not None:
            with using(self.lexicon):  # the number readers' phrases ("make that", fillers) are lexicon data
                how = delivery(transcript, facts, audio.measures)
            facts.words_per_minute = how.words_per_minute  # one pace, in facts and in the audio object
        hearing = None
        if phone is not None:  # the same kind, so the two sets of facts compare
            hearing = PhoneHearing(self.options.phone_codec, phone,
                                   extract_facts(phone, kind, self.options.today, self.lexicon,
                                                 kind_sure=confidence == "sure"))
        return Analysis(path=path, input=input_kind, kind=kind, kind_source=kind_source, transcript=transcript,
                        facts=facts, audio=audio, settings=self.settings, today=self.options.today,
                        speech_seconds=speech_seconds, phone=hearing, kind_confidence=confidence, delivery=how)

    def _hear_expected(self, analysis: Analysis, result: FileResult, decoded=None) -> tuple:
        """Expected numbers and companies the words did not match, scored against the audio (GL601).

        Only when there is one to score; a cached file's audio is decoded again for it."""
        from .expect import places_to_hear

        wanted = [p for exp in self.settings.expectations_for(analysis.path)
                  for p in places_to_hear(exp, analysis.facts, analysis.transcript)]
        if not wanted or self.transcriber is None:
            return ()
        from .verify import hear_expected

        with result.timings.stage("expect"):
            return tuple(hear_expected(self.transcriber.load(), lambda: (decoded or self._decode(result.path)).samples,
                                       analysis.transcript, wanted))

    # -- rules -------------------------------------------------------------------------------
    def run_rules(self, analysis: Analysis) -> list[Finding]:
        findings: list[Finding] = []
        for rule in self.rules:
            if not self.settings.rule_enabled(rule.code, rule.category, analysis.path):
                continue
            if rule.preview and not self.settings.preview:
                continue
            if not rule.applies_to(analysis):
                continue
            for finding in rule.check(analysis):
                override = self.settings.severity.get(finding.rule)
                if override:
                    finding.severity = override
                findings.append(finding)
        findings.sort(key=lambda f: (f.start if f.start is not None else float("inf"),
                                     f.char_start if f.char_start is not None else 1 << 30,
                                     -severity_rank(f.severity), f.rule))
        return findings


@dataclass
class _Judged:
    """A result entry of the cache (TranscriptCache.get_result) for a file about to be linted, and the
    waveform of the hearing it was judged from (kept in the transcript entry only)."""

    entry: dict
    waveform: Optional[list] = None


@dataclass
class _Decoded:
    """A recording decoded and waiting for the model, with the cache key to store its hearing."""

    result: FileResult
    decoded: object  # audio.DecodedAudio
    key: Optional[str]
    phone_samples: object = None  # --phone-check: the phone render, 16 kHz float32
    phone_asr: object = None  # its transcription, set with the batch's
    walk: object = None  # batching._FileWalk: its VAD chunks and features, computed on the worker (BatchTranscriber.prestart)


def _settled(fn: Callable, *args) -> Future:
    """A finished future holding fn(*args) or the exception it raised."""
    future: Future = Future()
    try:
        future.set_result(fn(*args))
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # noqa: BLE001 - the caller decides per file what an error means
        future.set_exception(exc)
    return future


# Reading facts and running rules is pure Python: two worker threads doing it at once only trade
# the GIL back and forth (a forced switch every 5 ms, each a futex wake-up of the other thread) and
# finish no sooner. One at a time, under this lock; decoding, measures (numpy, PyAV) and the model,
# which release the GIL, still overlap with it.
_READING = threading.RLock()


class _Workers:
    """Worker threads for decoding and judging files; with one job everything runs in place."""

    def __init__(self, jobs: int):
        self.pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="greetlint") if jobs > 1 else None

    def run(self, fn: Callable, *args) -> Future:
        return self.pool.submit(fn, *args) if self.pool else _settled(fn, *args)

    def __enter__(self) -> "_Workers":
        return self

    def __exit__(self, *exc_info) -> None:
        if self.pool:  # finish the futures already handed out; on Ctrl-C or an error drop the rest
            failed = exc_info[0] is not None
            self.pool.shutdown(wait=not failed, cancel_futures=failed)


def read_script(path: str) -> str:
    return script_text(read_script_bytes(path))


def read_script_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_SCRIPT_BYTES + 1)
    except PermissionError:
        raise InputError("unreadable-file", "permission denied") from None
    except OSError as exc:
        raise InputError("unreadable-file", f"cannot read file: {exc.strerror or exc}") from None
    return raw


def script_text(raw: bytes) -> str:
    """A script's text, or InputError saying why these bytes are not one."""
    if len(raw) > MAX_SCRIPT_BYTES:
        raise InputError("script-too-long", f"script is longer than {MAX_SCRIPT_BYTES // 1000} kB; a voicemail script is a few hundred words")
    if b"\x00" in raw:
        raise InputError("binary-script", "file is binary, not a text script")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("bad-encoding", "script is not UTF-8 text") from None
    if not text.strip():
        raise InputError("empty-script", "script is empty")
    return text


def result_of(lint: Callable[[], FileResult], path: str, on_bug: Optional[Callable[[], None]] = None) -> FileResult:
    """``lint()``'s result; anything unexpected becomes that file's error, never a traceback.

    A broken model (``transcribe.ModelError``) and Ctrl-C still raise: they stop the run.
    ``on_bug`` runs inside the handler of an unexpected exception (``--debug`` prints it).
    """
    from .transcribe import ModelError

    try:
        return lint()
    except (ModelError, KeyboardInterrupt):
        raise
    except (MemoryError, RecursionError) as exc:
        return FileResult(path=path, input=input_type(path),
                          error=FileError("internal-error", f"out of resources ({type(exc).__name__})"))
    except Exception as exc:  # a bug must not hide the rest of the batch
        if on_bug is not None:
            on_bug()
        return FileResult(path=path, input=input_type(path),
                          error=FileError("internal-error", f"unexpected {type(exc).__name__}: {str(exc)[:160]}"))
