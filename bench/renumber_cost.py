#!/usr/bin/env python3
"""What hearing number stretches again costs: the same recordings decoded with and without it.

    python bench/renumber_cost.py FOLDER_OR_FILES... [--repeat 3] [--batch-size 2] [--setting renumber]

``--setting`` names the AsrSettings field switched off and on (``renumber``, ``renumber_clips``,
``vad_low_threshold``: off is False / 0, on its default).

Decodes every recording (greetlint's batched path, model loaded once) with
``AsrSettings.renumber`` off and on, alternating, ``--repeat`` times each, and prints the quietest
wall time and the CPU time of each setting, how many stretches were decoded again and how many
transcripts changed. The machine may be shared: CPU seconds are the steadier figure. Prints
figures, asserts nothing.
"""
from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

AUDIO = {".wav", ".mp3", ".opus", ".ogg", ".flac", ".m4a"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=2)
    ap.add_argument("--setting", default="renumber", help="the AsrSettings field to switch off and on")
    args = ap.parse_args()

    from greetlint import renumber
    from greetlint.audio import decode
    from greetlint.batching import BatchTranscriber
    from greetlint.transcribe import AsrSettings, Transcriber

    files = sorted(p for path in args.paths for p in ([path] if path.is_file() else path.rglob("*"))
                   if p.suffix.lower() in AUDIO)
    samples = [decode(str(f)).samples for f in files]
    jobs = [0, 0.0]
    original = renumber.decode_jobs

    def counted(*a):
        jobs[0] += len(a[4])
        start = time.process_time()
        try:
            return original(*a)
        finally:
            jobs[1] += time.process_time() - start

    renumber.decode_jobs = counted
    base = Transcriber()
    base.load()
    timings: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
    texts: dict[bool, list[str]] = {}
    stretches, in_generate = 0, 0.0
    for _ in range(args.repeat):
        for on in (False, True):
            default = getattr(AsrSettings(), args.setting)
            t = Transcriber(settings=dataclasses.replace(AsrSettings(), **{args.setting: default if on else type(default)(0)}))
            t._model, t._suppress = base._model, base._suppress  # one model; only the setting differs
            jobs[0], jobs[1] = 0, 0.0
            wall, cpu = time.perf_counter(), time.process_time()
            results = BatchTranscriber(t, args.batch_size).transcribe_many(samples)
            timings[on].append((time.perf_counter() - wall, time.process_time() - cpu))
            texts[on] = ["".join(w[0] for w in r.words) for r in results]
            if on:
                stretches, in_generate = jobs[0], jobs[1]
    changed = sum(a != b for a, b in zip(texts[False], texts[True]))
    print(f"{len(files)} recordings, batch size {args.batch_size}, best of {args.repeat}")
    for on in (False, True):
        wall = min(w for w, _ in timings[on])
        cpu = min(c for _, c in timings[on])
        print(f"  {args.setting} {'on ' if on else 'off'}: wall {wall:6.1f} s   cpu {cpu:6.1f} s")
    off_cpu, on_cpu = (min(c for _, c in timings[k]) for k in (False, True))
    print(f"  stretches decoded again: {stretches} ({in_generate:.1f} s cpu in their generate calls); "
          f"transcripts changed: {changed}; cpu {100 * (on_cpu - off_cpu) / off_cpu:+.1f}%")


if __name__ == "__main__":
    main()
