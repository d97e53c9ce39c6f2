"""Cost of the audio measures next to the rest of linting, per file.

    python bench/measures_cost.py FILE_OR_FOLDER...

Prints decode / transcribe / measures seconds and measures as a share of the file's total.
The first file also pays the one-off imports (pyloudnorm -> scipy.signal) and the model load;
that row is marked "cold". Target: measures <= 5 % of the total.
"""
from __future__ import annotations

import datetime as dt
import sys
import time

from greetlint.config import Settings
from greetlint.pipeline import Linter, Options, collect_inputs, input_type
from greetlint.rules_api import load_rules
from greetlint.transcribe import Transcriber


def main(paths: list[str]) -> int:
    linter = Linter(load_rules(), Settings(), Options(today=dt.date.today()), transcriber=Transcriber())
    files = [p for p in collect_inputs(paths) if input_type(p) == "audio"]
    if not files:
        print("no audio files given", file=sys.stderr)
        return 2
    print(f"{'file':40s} {'decode':>7s} {'asr':>7s} {'measure':>8s} {'total':>7s} {'share':>6s}")
    shares = []
    for i, path in enumerate(files):
        t = time.perf_counter()
        result = linter.lint(path)
        total = time.perf_counter() - t
        if result.error:
            print(f"{path[-40:]:40s} error: {result.error.message}")
            continue
        tm = result.timings
        share = tm.get("measures", 0.0) / total
        if i:
            shares.append(share)
        print(f"{path[-40:]:40s} {tm.get('decode', 0):7.3f} {tm.get('transcribe', 0):7.3f} {tm.get('measures', 0):8.3f} "
              f"{total:7.3f} {share:6.1%}{'  cold' if i == 0 else ''}")
    if shares:
        print(f"warm files: measures share mean {sum(shares) / len(shares):.1%}, max {max(shares):.1%} (target <= 5 %)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
