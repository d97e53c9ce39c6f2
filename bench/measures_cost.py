"""Cost of the audio measures next to the rest of linting, per file and for the batch.

    python bench/measures_cost.py FILE_OR_FOLDER...

Lints each recording alone (Linter.lint, no cache) and prints decode / transcribe / measures
seconds, the part of the measures that is librosa's (pitch, spectrum, onsets: ``measures._voice``,
timed again on the same samples) and the measures' share of the file's total. The first file also
pays the one-off library imports (``audio-libs``: pyloudnorm, librosa and its numba kernels, which
the batch CLI overlaps with decoding and the model load) and the model load; that row is marked
"cold" and left out of the summary. Target: measures <= 5 % of the total.
"""
from __future__ import annotations

import datetime as dt
import sys
import time

import numpy as np

from greetlint import measures
from greetlint.audio import decode
from greetlint.config import Settings
from greetlint.pipeline import Linter, Options, collect_inputs, input_type
from greetlint.rules_api import load_rules
from greetlint.transcribe import Transcriber


def voice_seconds(path: str) -> float:
    """Seconds measures._voice takes on this file (the librosa part), the best of three."""
    samples = np.asarray(decode(path).samples, dtype=np.float32)
    sound = measures.SoundMap.from_levels(measures.frame_levels(samples))
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        measures._voice(samples, sound, None)
        best = min(best, time.perf_counter() - t)
    return best


def main(paths: list[str]) -> int:
    linter = Linter(load_rules(), Settings(), Options(today=dt.date.today()), transcriber=Transcriber())
    files = [p for p in collect_inputs(paths) if input_type(p) == "audio"]
    if not files:
        print("no audio files given", file=sys.stderr)
        return 2
    print(f"{'file':40s} {'decode':>7s} {'asr':>7s} {'libs':>6s} {'measure':>8s} {'librosa':>8s} {'total':>7s} {'share':>6s}")
    totals = {"measures": 0.0, "all": 0.0}
    shares = []
    for i, path in enumerate(files):
        t = time.perf_counter()
        result = linter.lint(path)
        total = time.perf_counter() - t
        if result.error:
            print(f"{path[-40:]:40s} error: {result.error.message}")
            continue
        tm = dict(result.timings.items())
        share = tm.get("measures", 0.0) / total
        if i:
            shares.append(share)
            totals["measures"] += tm.get("measures", 0.0)
            totals["all"] += total
        print(f"{path[-40:]:40s} {tm.get('decode', 0):7.3f} {tm.get('transcribe', 0):7.3f} {tm.get('audio-libs', 0):6.2f} "
              f"{tm.get('measures', 0):8.3f} {voice_seconds(path):8.3f} {total:7.3f} {share:6.1%}{'  cold' if i == 0 else ''}")
    if shares:
        print(f"warm files: measures share mean {sum(shares) / len(shares):.1%}, max {max(shares):.1%}, "
              f"of their summed time {totals['measures'] / totals['all']:.1%} (target <= 5 %)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
