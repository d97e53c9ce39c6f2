"""``greetlint check --backend ray``: the same lint, on a Ray cluster, with Ray Data.

    inputs (index, path) -> Ray Data dataset, a block per actor call
      -> map_batches(LintWorker)      an actor pool, one loaded model per actor: a call reads its
                                      rows' headers, orders them by audio length (the model's
                                      batches pair similar lengths) and runs greetlint's own
                                      ``Linter.lint_many`` (batched decoding, recovery, measures,
                                      facts, rules, scoring) on them
      -> iter_batches on the driver   each FileResult as its batch finishes (pickled), rendered
                                      by the caller as it arrives

Nothing lost, nothing twice: the actors are started with ``max_restarts=-1`` and their tasks with
``max_task_retries=-1``, so a batch whose worker process dies is run again on a restarted (or
another) actor; a batch's rows come back only when the whole batch is done, and the driver keeps
one bit per input, dropping a row it has already seen and reporting ``worker-lost`` for any input
that never came back.

Ray is imported only here and only for ``--backend ray`` (``pip install 'greetlint[ray]'``).
Without ``--ray-address`` a private Ray starts inside the run (``address="local"``: never an
existing cluster on the machine), with the dashboard off, and stops with it. Usage statistics are
switched off before Ray loads; nothing is fetched at run time (no runtime_env: the nodes run the
greetlint installed on them).
"""
from __future__ import annotations

import logging
import os
import pickle
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Iterator, Optional

from .model import FileError, FileResult
from .pipeline import Options, _settled, input_type, result_of

# rows handed to one actor call: several model batches, so decoding the next group and judging
# the last overlap with the model inside ``lint_many``, yet a lost worker redoes little
GROUPS_PER_CALL = 4
# what Ray must never do on its own here: phone home, or fetch anything. With usage stats off, a
# cluster started by `ray start` still posts a "disabled" notice to usage-stats.ray.io; the report
# URL points it at a closed local port instead (strace of a run: no connection leaves the machine
# but the link-local cloud metadata probe Ray's API server makes at start, see docs/scale.md)
QUIET_ENVIRONMENT = {"RAY_USAGE_STATS_ENABLED": "0", "RAY_USAGE_STATS_PROMPT_ENABLED": "0",
                     "RAY_USAGE_STATS_REPORT_URL": "http://127.0.0.1:9/", "HF_HUB_OFFLINE": "1",
                     "RAY_DEDUP_LOGS": "0"}


class DistributedError(Exception):
    """Ray is missing, the cluster cannot be reached, or the run failed there."""


@dataclass(frozen=True)
class WorkerSpec:
    """What every actor needs to build the same Linter as a local run (picklable, small)."""

    settings: object  # config.Settings, as the driver resolved it (config file, --select, ...)
    options: Options
    model_dir: Optional[str]
    cache_dir: Optional[str]  # each node's own transcript cache; None: --no-cache
    batch_size: int
    cwd: Optional[str] = None  # the driver's folder: relative paths mean the same on every node that has it
    cpus_per_actor: int = 1
    baseline: object = None  # baseline.Baseline: each actor drops its findings before scoring, as a local run does


class LintWorker:
    """A Ray Data actor: loads the rules and (on first audio) the model once, lints batches of rows."""

    def __init__(self, spec: WorkerSpec):
        from pathlib import Path

        from .cache import TranscriptCache
        from .pipeline import Linter
        from .rules_api import load_rules
        from .transcribe import Transcriber

        self.spec = spec
        os.environ.update(QUIET_ENVIRONMENT)
        if spec.cwd and os.path.isdir(spec.cwd):
            os.chdir(spec.cwd)
        cache = TranscriptCache(Path(spec.cache_dir) if spec.cache_dir else None)
        transcriber = Transcriber(model_dir=spec.model_dir, cache_dir=cache.folder, cpu_threads=spec.cpus_per_actor,
                                  settings=spec.settings.asr_settings())
        # the Linter builds the lexicon from the same settings (lexicon-dir, relative to cwd above)
        self.linter = Linter(load_rules(), spec.settings, spec.options, transcriber, cache, baseline=spec.baseline)

    def __call__(self, batch: dict) -> dict:
        from .resume import fill_digest

        from .transcribe import ModelError

        order = by_length([str(p) for p in batch["path"]])
        paths = [str(batch["path"][i]) for i in order]
        blobs, fatal = [], ""
        try:
            for path, future in self.linter.lint_many(paths, batch_size=self.spec.batch_size,
                                                      jobs=self.spec.cpus_per_actor):
                result = fill_digest(result_of(future.result, path))
                blobs.append(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        except ModelError as exc:  # the model cannot be used: the run stops, as a local one does
            fatal = str(exc)
            blobs = [b""] * len(paths)
        return {"index": [int(batch["index"][i]) for i in order], "path": paths, "result": blobs,
                "fatal": [fatal] * len(paths)}


def by_length(paths: list[str]) -> list[int]:
    """Positions of `paths` ordered by the audio length their headers declare (scripts first, unreadable last),
    so the model's batches pair recordings of similar length."""
    from .audio import declared_seconds

    def seconds(path: str) -> float:
        if input_type(path) == "text":
            return 0.0
        declared = declared_seconds(path)
        return float("inf") if declared is None else declared

    lengths = [seconds(p) for p in paths]
    return sorted(range(len(paths)), key=lambda i: lengths[i])


def lint_on_ray(files: list[str], spec: WorkerSpec,
                address: Optional[str] = None) -> Iterator[tuple[str, "Future[FileResult]"]]:
    """(path, future of its FileResult) for every input, in the order batches finish."""
    from .transcribe import ModelError

    ray = _connect(address)
    try:
        ds = _dataset(ray, files, spec)
        seen = bytearray(len(files))
        try:
            for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
                if len(batch["fatal"]) and batch["fatal"][0]:
                    raise ModelError(str(batch["fatal"][0]))
                for index, path, blob in zip(batch["index"], batch["path"], batch["result"]):
                    index = int(index)
                    if seen[index]:
                        continue  # a retried batch that had already come back
                    seen[index] = 1
                    yield str(path), _settled(pickle.loads, bytes(blob))
        except (KeyboardInterrupt, GeneratorExit, ModelError):
            raise
        except Exception as exc:
            raise DistributedError(_ray_failure(exc)) from None
        for index, path in enumerate(files):
            if not seen[index]:
                lost = FileResult(path=path, input=input_type(path),
                                  error=FileError("worker-lost", "no result came back from the Ray cluster"))
                yield path, _settled(lambda r=lost: r)
    finally:
        if address is None:
            ray.shutdown()


def _dataset(ray, files: list[str], spec: WorkerSpec):
    import ray.data
    from ray.data import ActorPoolStrategy

    _quiet_loggers()
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    if hasattr(context, "print_on_execution_start"):
        context.print_on_execution_start = False
    cpus = int(ray.cluster_resources().get("CPU", 1))
    actors = max(1, cpus // spec.cpus_per_actor)
    # one block per actor call: the pool hands an actor a block at a time, so blocks of a call's
    # rows keep every actor busy, and a lost worker redoes one call
    rows_per_call = max(1, spec.batch_size * GROUPS_PER_CALL)
    ds = ray.data.from_items([{"index": i, "path": p} for i, p in enumerate(files)],
                             override_num_blocks=max(1, -(-len(files) // rows_per_call)))
    # one actor per CPU share of the cluster, never more than there are calls (each loads a model)
    actors = max(1, min(actors, -(-len(files) // rows_per_call)))
    # Ray Data's actor pool restarts a dead actor and retries its tasks without limit by default
    # (max_restarts=-1, max_task_retries=-1): tests/test_distributed.py kills one mid-run
    return ds.map_batches(LintWorker, fn_constructor_kwargs={"spec": spec}, batch_size=rows_per_call, batch_format="numpy",
                          compute=ActorPoolStrategy(size=actors), num_cpus=spec.cpus_per_actor)


def _connect(address: Optional[str]):
    """Join the cluster at `address` ('auto', 'ray://host:10001', 'host:port'), or start a private one."""
    os.environ.update({k: v for k, v in QUIET_ENVIRONMENT.items() if k not in os.environ})
    try:
        import ray
    except ImportError:
        raise DistributedError("--backend ray needs Ray: pip install 'greetlint[ray]'") from None
    _quiet_loggers()
    common = dict(logging_level=logging.ERROR, log_to_driver=False, ignore_reinit_error=True)
    try:
        if address is None:
            ray.init(address="local", include_dashboard=False, num_cpus=os.cpu_count() or 1, **common)
        else:
            _reachable(address)
            ray.init(address=address, **common)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise DistributedError(f"cannot {'start Ray' if address is None else f'join the Ray cluster at {address}'}: "
                               f"{_first_line(exc)}") from None
    return ray


def _reachable(address: str, timeout_s: float = 10.0) -> None:
    """Fail fast on a host:port nobody listens at (Ray itself retries for minutes before it gives up)."""
    import socket

    if address == "auto":
        return
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not host or not port.isdigit():
        return  # let Ray judge other forms
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout_s).close()
    except OSError as exc:
        raise ConnectionError(f"nothing answers at {host}:{port} ({exc.strerror or exc})") from None


def _quiet_loggers() -> None:
    """Ray's progress and set-up chatter off stderr: the report and greetlint's own lines stay readable."""
    for name in ("ray", "ray._private", "ray.util"):
        logging.getLogger(name).setLevel(logging.ERROR)
    # a failed batch reaches greetlint as an exception and is said in one line (exit 2)
    logging.getLogger("ray.data").setLevel(logging.CRITICAL)


def _ray_failure(exc: BaseException) -> str:
    """One line for a failed run: the innermost error Ray hands back."""
    cause = exc
    while getattr(cause, "cause", None) is not None or cause.__cause__ is not None:
        cause = getattr(cause, "cause", None) or cause.__cause__
    return f"the Ray run failed: {type(cause).__name__}: {_first_line(cause)}"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)[:300]
