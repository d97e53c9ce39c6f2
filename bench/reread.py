#!/usr/bin/env python3
"""Read a greetlint JSON report again from its stored words and audio measures, with the code on PATH.

    python bench/reread.py IN.json OUT.json [--today 2026-12-01]
    python bench/blind.py --labels bench/blind11/numbers.json --results OUT.json

No audio is decoded: facts, rules and findings are worked out again from each recording's stored
transcript words (with their times and probabilities) and audio measures. A change to how facts are
read from words is measured this way in seconds on a whole voice-set; a change to decoding (the
constrained re-hearing of number stretches, the first pass) needs a real ``greetlint check``.
"""
from __future__ import annotations

import argparse
import datetime
import json

from greetlint.config import load_settings
from greetlint.facts.lexicon import Lexicon
from greetlint.model import FileResult
from greetlint.pipeline import Linter, Options
from greetlint.report.json_report import file_dict
from greetlint.rules_api import load_rules

AUDIO_FIELDS = ("duration_s", "sample_rate", "channels", "codec", "container", "file_bytes", "bit_depth")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", help="a greetlint JSON report of audio files")
    parser.add_argument("out", help="where to write the report read again")
    parser.add_argument("--today", type=datetime.date.fromisoformat, default=datetime.date(2026, 12, 1),
                        help="the date return dates are read against (default 2026-12-01, the labelled sets' date)")
    args = parser.parse_args()
    settings = load_settings(None, isolated=True)
    linter = Linter(load_rules(), settings, Options(today=args.today), None, None, lexicon=Lexicon.for_settings(settings))
    out = []
    with open(args.report, encoding="utf-8") as fh:
        files = json.load(fh)["files"]
    for f in files:
        if f.get("error") or not f.get("transcript"):
            out.append(f)
            continue
        words = [(" " + w["text"], w["start"], w["end"], w["probability"]) for w in f["transcript"]["words"]]
        measures = f["audio"]
        heard = {"words": words, "audio": {k: measures.get(k) for k in AUDIO_FIELDS}, "measures": measures}
        result = FileResult(path=f["path"], input="audio")
        result.content_sha256 = "reread"
        result = linter._judged(result, lambda: linter._analyse_audio(result, heard))
        out.append(file_dict(result))
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump({"files": out}, fh)


if __name__ == "__main__":
    main()
