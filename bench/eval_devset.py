#!/usr/bin/env python3
"""Audio-mode evaluation on the labelled dev set, end to end: render, lint, score, table.

Every record's ``text`` is spoken by festival (slt HTS voice) through
``samples/make_samples.sh --render`` in three conditions (clean 16 kHz wav; 8 kHz
mu-law wav band-limited 300-3400 Hz; mp3 64 kbit/s), each into
``<out>/<condition>/<id>.<ext>``. Then ``greetlint check --format json`` lints each
condition folder, ``score.py --results`` scores it, text mode is scored with
``score.py --run-text``, and one table compares them.

    python bench/eval_devset.py --labels LABELS.json --scorer score.py                 # everything (renders are reused)
    python bench/eval_devset.py --labels LABELS.json --scorer score.py --conditions ulaw8k --verbose

LABELS is a labelled set (a list of records with ``id`` and ``text``) and score.py the scorer that
reads greetlint's JSON; neither ships with greetlint (the environment variables GREETLINT_LABELS and
GREETLINT_SCORER may name them instead of the flags).

The renders live outside the repository (default ``~/.cache/greetlint-eval``): the dev
texts are for measuring only and never belong in the project.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RENDER_SCRIPT = REPO / "samples" / "make_samples.sh"
CONDITIONS = {"wav16k": "wav", "ulaw8k": "wav", "mp3": "mp3"}

# score.py's lines -> table columns
METRICS = (
    ("kind acc", r"kind accuracy\s+([\d.]+)"),
    ("name mF1", r"name stated .* macro-F1 ([\d.]+)"),
    ("number F1", r"phone numbers .* F1 ([\d.]+)"),
    ("callback mF1", r"callback class accuracy [\d.]+ macro-F1 ([\d.]+)"),
    ("alt mF1", r"alt contact .* macro-F1 ([\d.]+)"),
    ("overall F1", r"overall F1 = ([\d.]+)"),
)


@dataclass
class Run:
    label: str
    score_output: str
    files: int = 0
    seconds: float = 0.0

    def metric(self, pattern: str) -> str:
        m = re.search(pattern, self.score_output)
        return m.group(1) if m else "-"


# typographic punctuation festival cannot read; dropping the apostrophe of "I\u2019ll" would make it say "ill"
_TO_ASCII = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                           "\u2014": ", ", "\u2026": "... ", "\u00a0": " "})


def spoken_text(text: str) -> str:
    """What festival reads: plain ASCII, typographic punctuation mapped to its ASCII twin."""
    text = text.translate(_TO_ASCII)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def render_all(records: list[dict], out: Path, conditions: list[str], jobs: int) -> None:
    """Render each record in each condition; an unchanged text is not rendered again."""
    texts = out / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    tasks = []
    for rec in records:
        script = texts / f"{rec['id']}.txt"
        spoken = spoken_text(rec["text"])
        changed = not script.exists() or script.read_text(encoding="utf-8") != spoken
        if changed:
            script.write_text(spoken, encoding="utf-8")
        for cond in conditions:
            target = out / cond / f"{rec['id']}.{CONDITIONS[cond]}"
            if changed or not target.exists():
                tasks.append((script, target, cond))
    if not tasks:
        return
    t0 = time.perf_counter()
    for cond in conditions:
        (out / cond).mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        failures = [err for err in pool.map(lambda t: render_one(*t), tasks) if err]
    print(f"rendered {len(tasks) - len(failures)} files in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    for err in failures:
        print(f"render failed: {err}", file=sys.stderr)


def render_one(script: Path, target: Path, condition: str) -> str | None:
    tmp = target.with_name(f".tmp-{target.name}")
    proc = subprocess.run(["bash", str(RENDER_SCRIPT), "--render", str(script), str(tmp), condition],
                          capture_output=True, text=True)
    if proc.returncode != 0 or not tmp.exists():
        tmp.unlink(missing_ok=True)
        return f"{target.name}: {proc.stderr.strip()[-300:]}"
    os.replace(tmp, target)
    return None


def lint_condition(folder: Path, greetlint: str, today: str | None) -> tuple[Path, float, int]:
    report = folder.with_suffix(".report.json")
    cmd = shlex.split(greetlint) + ["check", "--format", "json", "-o", str(report), "--exit-zero"]
    if today:
        cmd += ["--today", today]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd + [str(folder)], capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if proc.returncode not in (0, 1) or not report.exists():
        sys.exit(f"greetlint failed on {folder} (exit {proc.returncode}): {proc.stderr[-1500:]}")
    files = len(json.loads(report.read_text(encoding="utf-8")).get("files", []))
    return report, seconds, files


SCORER: Path = Path("score.py")  # set from --scorer in main


def score(labels: Path, source: list[str], verbose: bool) -> str:
    cmd = [sys.executable, str(SCORER), "--labels", str(labels)] + source
    if verbose:
        cmd.append("-v")
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"score.py failed: {proc.stderr[-1500:]}")
    return proc.stdout


def print_table(runs: list[Run]) -> None:
    head = ["condition"] + [name for name, _ in METRICS] + ["vs text", "s/file"]
    rows = []
    text_overall = None
    for run in runs:
        values = [run.metric(p) for _, p in METRICS]
        overall = float(values[-1]) if values[-1] != "-" else None
        if run.label == "text":
            text_overall = overall
        delta = f"{overall - text_overall:+.3f}" if overall is not None and text_overall is not None and run.label != "text" else ""
        per_file = f"{run.seconds / run.files:.2f}" if run.files else ""
        rows.append([run.label] + values + [delta, per_file])
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    for row in [head, ["-" * w for w in widths]] + rows:
        print(" | ".join(str(c).ljust(w) for c, w in zip(row, widths)))


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--labels", type=Path, default=os.environ.get("GREETLINT_LABELS"),
                    required="GREETLINT_LABELS" not in os.environ, help="labelled records (JSON list with id and text)")
    ap.add_argument("--scorer", type=Path, default=os.environ.get("GREETLINT_SCORER"),
                    required="GREETLINT_SCORER" not in os.environ, help="the scorer script that reads greetlint's JSON")
    ap.add_argument("--out", type=Path, default=Path.home() / ".cache" / "greetlint-eval",
                    help="render and report folder (outside the repo)")
    ap.add_argument("--conditions", nargs="+", choices=sorted(CONDITIONS), default=list(CONDITIONS))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="parallel renders")
    ap.add_argument("--greetlint", default="greetlint", help="command that runs greetlint")
    ap.add_argument("--today", help="pin --today for out-of-office dates")
    ap.add_argument("--no-text", action="store_true", help="skip the text-mode baseline")
    ap.add_argument("-v", "--verbose", action="store_true", help="also print score.py's mismatches per run")
    args = ap.parse_args(argv)
    global SCORER
    SCORER = Path(args.scorer)
    args.labels = Path(args.labels)

    records = json.loads(args.labels.read_text(encoding="utf-8"))
    render_all(records, args.out, args.conditions, args.jobs)

    runs = []
    if not args.no_text:
        t0 = time.perf_counter()
        today = f" --today {args.today}" if args.today else ""
        out = score(args.labels, ["--run-text", f"{args.greetlint} check --format json{today}"], args.verbose)
        runs.append(Run("text", out, len(records), time.perf_counter() - t0))
    for cond in args.conditions:
        report, seconds, files = lint_condition(args.out / cond, args.greetlint, args.today)
        runs.append(Run(cond, score(args.labels, ["--results", str(report)], args.verbose), files, seconds))
        print(f"linted {cond}: {files} files in {seconds:.0f} s", file=sys.stderr)

    if args.verbose:
        for run in runs:
            print(f"== {run.label}\n{run.score_output}")
    print_table(runs)
    fingerprint = hashlib.sha256(args.labels.read_bytes()).hexdigest()[:12]
    print(f"\nlabels {args.labels} (sha256 {fingerprint}), {len(records)} records; renders in {args.out}")


if __name__ == "__main__":
    main()
