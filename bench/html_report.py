"""Size and render time of the HTML feedback page for a batch of greetings (printed, not asserted).

    python bench/html_report.py                 # 50 greetings from samples/ (each distinct file linted once)
    python bench/html_report.py --files 200 samples/good_greeting.wav

Linting (transcription) is not what is measured: each distinct recording is
linted once and the results are repeated up to --files, then the page is
rendered with embedded audio (the default) and with --html-link-audio.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import glob
import itertools
import os
import statistics
import sys
import time
from dataclasses import replace

from greetlint.config import load_settings
from greetlint.pipeline import Linter, Options, collect_inputs, input_type
from greetlint.report.registry import RenderContext, render
from greetlint.report.summary import BatchSummary
from greetlint.rules_api import load_rules

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def lint_once(paths: list[str]) -> list:
    from greetlint.transcribe import Transcriber

    files = [p for p in collect_inputs(paths) if input_type(p) == "audio"]
    if not files:
        sys.exit("no audio files given (run samples/make_samples.sh first, or pass recordings)")
    linter = Linter(load_rules(), load_settings(None, isolated=True), Options(today=_dt.date(2026, 11, 23)),
                    Transcriber())
    results = [linter.lint(p) for p in files]
    return [r for r in results if r.error is None]


def timed_render(results, ctx, repeats: int) -> tuple[float, int]:
    summary = BatchSummary.of(results)
    times, page = [], ""
    for _ in range(repeats):
        t = time.perf_counter()
        page = render("html", results, summary, ctx)
        times.append(time.perf_counter() - t)
    return statistics.median(times), len(page.encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=sorted(glob.glob(os.path.join(ROOT, "samples", "greeting*")))
                        + [os.path.join(ROOT, "samples", "good_greeting.wav")])
    parser.add_argument("--files", type=int, default=50, help="greetings in the page")
    parser.add_argument("--repeats", type=int, default=3, help="renders per variant (median is printed)")
    args = parser.parse_args()

    distinct = lint_once([p for p in args.paths if os.path.exists(p)])
    batch = [replace(r) for r in itertools.islice(itertools.cycle(distinct), args.files)]
    audio_bytes = sum(os.path.getsize(r.path) for r in batch)
    print(f"{len(batch)} greetings ({len(distinct)} distinct recordings, {audio_bytes / 1e6:.1f} MB of audio)")
    for label, link in (("embedded audio", False), ("--html-link-audio", True)):
        ctx = RenderContext(model={"name": "tiny.en", "compute_type": "int8"},
                            options={"html_link_audio": link, "html_path": os.path.join(ROOT, "bench", "out", "report.html")})
        seconds, size = timed_render(batch, ctx, args.repeats)
        print(f"{label:>18}: {size / 1e6:7.2f} MB page, render {seconds:6.3f} s "
              f"({seconds / len(batch) * 1000:.1f} ms per greeting, median of {args.repeats})")


if __name__ == "__main__":
    main()
