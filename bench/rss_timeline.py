"""Where a cold check's peak RSS is: resident memory sampled against the stages, in one process.

Printed, never asserted.

    python bench/rss_timeline.py FILE... [--interval 0.01] [--tracemalloc] [-- CHECK-ARGS]

Runs ``greetlint check --no-cache --format json`` (the report to /dev/null) in this process with a
thread sampling VmRSS every ``--interval`` seconds, and wraps the stages' functions (model load,
the audio libraries' import, decode, VAD + log-mel, encoder, generate, number stretches heard again,
the recovery of unheard speech, clips, alignment, measures, facts, report) to log when each ran and
how far the high-water mark (VmHWM, what ``ru_maxrss`` reports) rose while it ran. Prints the
timeline (one line per stage with its resident memory at start/end and the most it reached), which
stages were running when the peak was reached, and with ``--tracemalloc`` the Python-side
allocations alive at the peak (numpy arrays are traced; CTranslate2's buffers are not).
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import io
import os
import sys
import threading
import time
from collections import defaultdict

T0 = time.perf_counter()


def _status() -> tuple[float, float]:
    """(VmRSS, VmHWM) in MB."""
    rss = hwm = 0.0
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                hwm = int(line.split()[1]) / 1024
    return rss, hwm


samples: list[tuple[float, float]] = []
events: list[dict] = []
_active: dict[int, dict] = {}
_lock = threading.Lock()
_stop = threading.Event()


traced: list[tuple[float, float]] = []  # (time, MB traced by tracemalloc), with --tracemalloc
peak_snapshot: list = []  # the snapshot at the most Python-side memory seen


rollups: list[tuple[float, dict]] = []  # (time, smaps_rollup in MB) every tenth sample


def _rollup() -> dict:
    out = {}
    with open("/proc/self/smaps_rollup") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and parts[2] == "kB":
                out[parts[0].rstrip(":")] = int(parts[1]) / 1024
    return out


def _sampler(interval: float, trace: bool) -> None:
    import tracemalloc

    most = 0.0
    count = 0
    while not _stop.is_set():
        rss, _ = _status()
        now = time.perf_counter() - T0
        count += 1
        if count % 10 == 0:
            rollups.append((now, _rollup()))
        with _lock:
            samples.append((now, rss, tuple(e["name"] for e in _active.values())))
        if trace:
            current = tracemalloc.get_traced_memory()[0] / 2**20
            traced.append((now, current))
            if current > most + 8:  # a new high by 8 MB: what is alive then
                most = current
                peak_snapshot[:] = [(now, tracemalloc.take_snapshot())]
        time.sleep(interval)


def wrap(owner, attr: str, name: str) -> None:
    original = getattr(owner, attr)
    is_static = isinstance(owner.__dict__.get(attr), staticmethod) if isinstance(owner, type) else False

    @functools.wraps(original)
    def traced(*args, **kwargs):
        rss, hwm = _status()
        event = {"name": name, "thread": threading.current_thread().name, "start": time.perf_counter() - T0,
                 "rss0": rss, "hwm0": hwm}
        key = id(event)
        with _lock:
            _active[key] = event
        try:
            return original(*args, **kwargs)
        finally:
            rss, hwm = _status()
            event.update(end=time.perf_counter() - T0, rss1=rss, hwm1=hwm)
            with _lock:
                _active.pop(key, None)
                events.append(event)

    setattr(owner, attr, staticmethod(traced) if is_static else traced)


def install() -> None:
    from greetlint import audio, batching, measures, pipeline, renumber, transcribe, waveform
    from faster_whisper import WhisperModel

    wrap(transcribe.Transcriber, "load", "model load")
    wrap(measures, "_import_libraries", "audio libs import")
    wrap(pipeline.Linter, "_decode", "decode")
    wrap(batching._WindowDecoder, "start", "vad+log-mel")
    wrap(batching, "_encode_one_by_one", "encoder")
    wrap(batching._WindowDecoder, "_generate_with_fallback", "generate")
    wrap(batching._WindowDecoder, "_hear_numbers_again", "numbers heard again")
    wrap(transcribe, "plan_recovery", "recovery plan")
    wrap(renumber, "hear_in_clips", "clips")
    wrap(WhisperModel, "add_word_timestamps", "alignment")
    wrap(measures, "measure", "measures")
    wrap(waveform, "envelope", "waveform")
    wrap(pipeline.Linter, "_analysis", "facts")
    wrap(pipeline.Linter, "run_rules", "rules")
    wrap(pipeline.Linter, "_transcribe_together", "transcribe group")
    wrap(pipeline.Linter, "_hear_expected", "expect")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--interval", type=float, default=0.01)
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--check-arg", action="append", default=[])
    args = parser.parse_args()
    sys.setswitchinterval(0.005)
    if args.tracemalloc:
        import tracemalloc

        tracemalloc.start(12)
    thread = threading.Thread(target=_sampler, args=(args.interval, args.tracemalloc), daemon=True)
    thread.start()
    start_rss, _ = _status()
    install()
    from greetlint.cli import main as cli_main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            cli_main(["check", "--no-cache", "--format", "json", *args.check_arg, *args.files], standalone_mode=False)
        except SystemExit:
            pass
    _stop.set()
    thread.join()
    rss, hwm = _status()
    print(f"python + this script: {start_rss:.0f} MB; end {rss:.0f} MB, high-water mark (ru_maxrss) {hwm:.0f} MB")
    report(hwm)
    if args.tracemalloc:
        import tracemalloc

        current, peak = tracemalloc.get_traced_memory()
        print(f"\ntracemalloc: Python-side allocations now {current / 2**20:.0f} MB, at their peak {peak / 2**20:.0f} MB")
        top = max(samples, key=lambda s: s[1])
        near = [mb for t, mb in traced if abs(t - top[0]) <= 0.5]
        print(f"traced at the RSS peak ({top[0]:.2f} s): {max(near or [0]):.0f} MB")
        print("traced each 5 s: " + ", ".join(f"{t:.0f}s {mb:.0f}" for t, mb in traced[:: max(1, int(5 / 0.01))]))
        if peak_snapshot:
            at, snap = peak_snapshot[0]
            print(f"largest Python-side allocation sites at the traced high ({at:.2f} s):")
            for stat in snap.statistics("traceback")[:12]:
                frames = [f for f in stat.traceback if "greetlint" in f.filename] or list(stat.traceback)
                where = " <- ".join(f"{f.filename.split('/')[-1]}:{f.lineno}" for f in frames[-3:][::-1])
                print(f"  {stat.size / 2**20:7.1f} MB {stat.count:6d} blocks  {where}")


def report(hwm: float) -> None:
    by_name: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        by_name[e["name"]].append(e)
    print(f"\n{'stage':<22}{'calls':>6}{'CPU-free wall s':>16}{'first at s':>11}{'rss at start':>13}{'max rss in':>11}"
          f"{'HWM rise':>9}")
    for name, evs in sorted(by_name.items(), key=lambda kv: min(e["start"] for e in kv[1])):
        wall = sum(e["end"] - e["start"] for e in evs)
        inside = [r for t, r, _ in samples if any(e["start"] <= t <= e["end"] for e in evs)]
        rise = sum(max(0.0, e["hwm1"] - e["hwm0"]) for e in evs)
        print(f"{name:<22}{len(evs):>6}{wall:>16.2f}{min(e['start'] for e in evs):>11.2f}"
              f"{min(e['rss0'] for e in evs):>13.0f}{max(inside or [0]):>11.0f}{rise:>9.0f}")
    top = max(samples, key=lambda s: s[1])
    print(f"\npeak sampled RSS {top[1]:.0f} MB at {top[0]:.2f} s; stages running then: {', '.join(top[2]) or '(none)'}")
    if rollups:
        at, roll = min(rollups, key=lambda r: abs(r[0] - top[0]))
        print(f"  nearest smaps_rollup ({at:.2f} s): Rss {roll.get('Rss', 0):.0f} MB = anonymous {roll.get('Anonymous', 0):.0f}"
              f" + file-backed (library code and data) {roll.get('Rss', 0) - roll.get('Anonymous', 0):.0f}")
        last_at, last = rollups[-1]
        print(f"  at the end ({last_at:.2f} s): Rss {last.get('Rss', 0):.0f} MB = anonymous {last.get('Anonymous', 0):.0f}"
              f" + file-backed {last.get('Rss', 0) - last.get('Anonymous', 0):.0f}")
    # the stages running in the sampled moments within 3 % of the peak
    near = [s for s in samples if s[1] >= 0.97 * top[1]]
    counts: dict[str, int] = defaultdict(int)
    for _, _, names in near:
        for n in set(names):
            counts[n] += 1
    print(f"samples within 3 % of it: {len(near)}; stages among them: "
          + ", ".join(f"{n} {c}" for n, c in sorted(counts.items(), key=lambda kv: -kv[1])))
    print("HWM rises by stage (the high-water mark moved while the stage ran; overlaps count in each):")
    rises = sorted(((e["hwm1"] - e["hwm0"], e) for e in events if e["hwm1"] > e["hwm0"]), key=lambda x: -x[0])
    for rise, e in rises[:12]:
        print(f"  +{rise:5.0f} MB  {e['name']:<20} {e['start']:7.2f}-{e['end']:7.2f} s  HWM {e['hwm0']:.0f} -> {e['hwm1']:.0f}")
    print("\ntimeline (RSS each second, max of the samples, stages running):")
    per_second: dict[int, tuple] = {}
    for s in samples:
        if int(s[0]) not in per_second or s[1] > per_second[int(s[0])][1]:
            per_second[int(s[0])] = s
    for second, best in sorted(per_second.items()):
        print(f"  {second:4d} s {best[1]:6.0f} MB  {', '.join(sorted(set(best[2])))}")


if __name__ == "__main__":
    main()
