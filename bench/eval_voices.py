#!/usr/bin/env python3
"""Facts from speech across voices: render a labels file in each voice, phone formats rotating, score.

    python bench/eval_voices.py --score-tool PATH/score.py                       # default voices, every labels file
    python bench/eval_voices.py --score-tool PATH/score.py --voices flite-awb espeak-en+m3 --numbers-only
    python bench/eval_voices.py --render-only --voices festival-slt flite-kal      # just fill the render cache
    python bench/eval_voices.py --score-tool PATH/score.py --labels L.json \
        --reports slt=slt.json rms=rms.json kal=kal.json --tuning slt rms          # score reports made elsewhere

Every record of each ``--labels`` file is spoken by each voice (Debian packages: festival with
festvox-us-slt-hts / festvox-kallpc16k / festvox-kdlpc16k, flite, espeak-ng) and stored in one of
five phone conditions, rotating by record: clean 16 kHz wav; 8 kHz mu-law band-limited to
300-3400 Hz; mp3 64 kbit/s; opus 24 kbit/s with pink noise about 25 dB under the speech; 44.1 kHz
stereo flac. Then ``greetlint check --format json`` lints each voice's folder, the scorer
(``--score-tool``, the project's labelled-set scorer; pass its path) reads the report, and one
table is printed per voice: overall F1, number F1, name F1 (macro), how often GL101 "no name"
fires on a recording whose label says a name, and how often GL103 fires (error / warning) on a
recording that gives a number.

Renders live outside the repository (``--out``, default ``~/.cache/greetlint-eval-18``) and are
reused while the text is the same. Which voices settings were chosen on and which are only
reported is in ``bench/README.md`` (TUNING_VOICES below).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# name -> command that writes a wav of the text file {txt} to {wav}
VOICES = {
    "festival-slt": ["text2wave", "-eval", "(voice_cmu_us_slt_arctic_hts)", "{txt}", "-o", "{wav}"],
    "festival-kal": ["text2wave", "-eval", "(voice_kal_diphone)", "{txt}", "-o", "{wav}"],
    "festival-kdl": ["text2wave", "-eval", "(voice_ked_diphone)", "{txt}", "-o", "{wav}"],
    "flite-kal": ["flite", "-voice", "kal", "-f", "{txt}", "-o", "{wav}"],
    "flite-kal16": ["flite", "-voice", "kal16", "-f", "{txt}", "-o", "{wav}"],
    "flite-awb": ["flite", "-voice", "awb", "-f", "{txt}", "-o", "{wav}"],
    "flite-rms": ["flite", "-voice", "rms", "-f", "{txt}", "-o", "{wav}"],
    "flite-slt": ["flite", "-voice", "slt", "-f", "{txt}", "-o", "{wav}"],
    "espeak-en-us": ["espeak-ng", "-v", "en-us", "-f", "{txt}", "-w", "{wav}"],
    "espeak-en": ["espeak-ng", "-v", "en", "-f", "{txt}", "-w", "{wav}"],
    "espeak-en+m3": ["espeak-ng", "-v", "en+m3", "-f", "{txt}", "-w", "{wav}"],
    "espeak-en+f3": ["espeak-ng", "-v", "en-us+f3", "-f", "{txt}", "-w", "{wav}"],
}
# settings and repairs were chosen looking at these; every other voice is reported only
TUNING_VOICES = ("festival-slt", "flite-kal", "espeak-en-us")
HELD_OUT_VOICES = ("flite-awb", "flite-rms", "festival-kal", "festival-kdl", "espeak-en+m3", "espeak-en+f3")

CONDITIONS = ("wav16k", "ulaw8k", "mp3", "opus-noise", "flac44-stereo")
EXTENSION = {"wav16k": "wav", "ulaw8k": "wav", "mp3": "mp3", "opus-noise": "opus", "flac44-stereo": "flac"}

DEFAULT_LABELS = [REPO / "bench" / "heldout" / "heldout.json", REPO / "bench" / "heldout2" / "heldout2.json",
                  REPO / "bench" / "heldout3" / "heldout3.json"]

# score.py's lines -> table columns
METRICS = (
    ("overall F1", r"overall F1 = ([\d.]+)"),
    ("number F1", r"phone numbers .* F1 ([\d.]+)"),
    ("name mF1", r"name stated .* macro-F1 ([\d.]+)"),
    ("callback mF1", r"callback class accuracy [\d.]+ macro-F1 ([\d.]+)"),
    ("number tp/fp/fn", r"phone numbers .*\(tp (\d+ fp \d+ fn \d+)\)"),
)

_TO_ASCII = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                           "\u2014": ", ", "\u2026": "... ", "\u00a0": " "})


def spoken_text(text: str) -> str:
    text = text.translate(_TO_ASCII)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def condition_for(index: int, voice: str) -> str:
    """Conditions rotate by record, shifted per voice so each record meets several formats overall."""
    return CONDITIONS[(index + sorted(VOICES).index(voice)) % len(CONDITIONS)]


def convert(raw: Path, out: Path, condition: str) -> None:
    """The voice's wav in one phone condition."""
    def run(cmd):
        subprocess.run(cmd, check=True, capture_output=True)

    if condition == "wav16k":
        run(["sox", "-R", str(raw), "-r", "16000", "-c", "1", "-b", "16", "-e", "signed-integer", str(out), "gain", "-n", "-3"])
    elif condition == "ulaw8k":
        run(["sox", "-R", str(raw), "-r", "8000", "-c", "1", "-b", "8", "-e", "u-law", str(out), "sinc", "300-3400", "gain", "-n", "-3"])
    elif condition == "mp3":
        run(["ffmpeg", "-loglevel", "error", "-y", "-i", str(raw), "-ac", "1", "-codec:a", "libmp3lame", "-b:a", "64k", str(out)])
    elif condition == "opus-noise":
        with tempfile.TemporaryDirectory() as tmp:
            level = Path(tmp) / "level.wav"
            run(["sox", "-R", str(raw), "-r", "48000", "-c", "1", "-b", "16", str(level), "gain", "-n", "-3"])
            run(["ffmpeg", "-loglevel", "error", "-y", "-i", str(level), "-f", "lavfi", "-i",
                 "anoisesrc=color=pink:amplitude=0.012:sample_rate=48000:seed=7",
                 "-filter_complex", "[0:a][1:a]amix=inputs=2:duration=first:normalize=0",
                 "-ac", "1", "-codec:a", "libopus", "-b:a", "24k", str(out)])
    elif condition == "flac44-stereo":
        run(["sox", "-R", str(raw), "-r", "44100", "-c", "2", "-b", "16", str(out), "gain", "-n", "-3"])
    else:
        raise ValueError(condition)


def records_of(labels: list[Path], numbers_only: bool) -> list[dict]:
    out = []
    for path in labels:
        for rec in json.loads(path.read_text(encoding="utf-8")):
            if rec.get("template"):
                continue
            if numbers_only and not rec["labels"].get("phone_numbers"):
                continue
            # held-out sets reuse ids (h001 ...): each file's records get its name in front
            out.append({**rec, "id": f"{path.stem}-{rec['id']}"})
    return out


def render_voice(voice: str, records: list[dict], out: Path, jobs: int) -> list[Path]:
    """``out/<voice>/<id>.<ext>``; a record whose text or condition changed is rendered again."""
    folder = out / voice
    folder.mkdir(parents=True, exist_ok=True)
    texts = out / "texts" / voice
    texts.mkdir(parents=True, exist_ok=True)
    tasks = []
    wanted = set()
    for i, rec in enumerate(records):
        cond = condition_for(i, voice)
        target = folder / f"{rec['id']}.{EXTENSION[cond]}"
        wanted.add(target.name)
        stamp = texts / f"{rec['id']}.txt"
        spoken = spoken_text(rec["text"])
        key = f"{cond}\n{spoken}"
        if not target.exists() or not stamp.exists() or stamp.read_text(encoding="utf-8") != key:
            tasks.append((rec["id"], cond, spoken, target, stamp, key))
    for stale in folder.iterdir():  # a record that now rotates to another format leaves its old file
        if stale.is_file() and stale.stem in {r["id"] for r in records} and stale.name not in wanted:
            stale.unlink()
    t0 = time.perf_counter()

    def do(task):
        _id, cond, spoken, target, stamp, key = task
        err = _render(voice, spoken, target, cond)
        if err is None:
            stamp.write_text(key, encoding="utf-8")
        return err

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        failures = [e for e in pool.map(do, tasks) if e]
    if tasks:
        print(f"{voice}: rendered {len(tasks) - len(failures)} files in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    for err in failures:
        print(f"render failed: {err}", file=sys.stderr)
    return [folder / name for name in sorted(wanted)]


def _render(voice: str, text: str, target: Path, condition: str) -> str | None:
    with tempfile.TemporaryDirectory() as tmp:
        txt, wav = Path(tmp) / "in.txt", Path(tmp) / "raw.wav"
        txt.write_text(text, encoding="utf-8")
        cmd = [part.format(txt=txt, wav=wav) for part in VOICES[voice]]
        proc = subprocess.run(["nice", "-n", "10", *cmd], capture_output=True, text=True)
        if proc.returncode != 0 or not wav.exists():
            return f"{voice} {target.name}: {proc.stderr.strip()[-200:]}"
        part = target.with_name(f".tmp-{target.name}")
        try:
            convert(wav, part, condition)
        except subprocess.CalledProcessError as exc:
            part.unlink(missing_ok=True)
            return f"{voice} {target.name}: {exc.stderr.decode(errors='replace')[-200:]}"
        os.replace(part, target)
    return None


def lint(files: list[Path], greetlint: str, extra: list[str], tag: str = "") -> Path:
    """Lint just these renders (the voice's folder may hold other label files' records too)."""
    report = files[0].parent.parent / f"{files[0].parent.name}{'.' + tag if tag else ''}.report.json"
    cmd = ["nice", "-n", "10", *shlex.split(greetlint), "check", "--format", "json", "-o", str(report),
           "--exit-zero", *extra, *map(str, files)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1) or not report.exists():
        sys.exit(f"greetlint failed on {files[0].parent} (exit {proc.returncode}): {proc.stderr[-1500:]}")
    return report


def rule_counts(report: Path, records: list[dict]) -> dict[str, str]:
    """GL101 on recordings whose label says a name; GL103 errors/warnings on ones that give a number."""
    by_id = {r["id"]: r for r in records}
    named = numbered = gl101 = gl103_error = gl103_warning = unclear = 0
    for item in json.loads(report.read_text(encoding="utf-8")).get("files", []):
        rec = by_id.get(Path(item["path"]).stem)
        if rec is None or item.get("error"):
            continue
        rules = [(f["rule"], f["severity"]) for f in item.get("findings", [])]
        if rec["labels"].get("name_stated"):
            named += 1
            gl101 += any(r == "GL101" for r, _ in rules)
        if rec["labels"].get("phone_numbers"):
            numbered += 1
            gl103_error += ("GL103", "error") in rules
            gl103_warning += ("GL103", "warning") in rules
            unclear += any(r == "GL105" for r, _ in rules)
    return {"GL101/named": f"{gl101}/{named}", "GL103 err+warn/numbered": f"{gl103_error}+{gl103_warning}/{numbered}",
            "GL105 unclear": str(unclear)}


def score(tool: Path, labels: Path, report: Path) -> str:
    proc = subprocess.run([sys.executable, str(tool), "--labels", str(labels), "--results", str(report)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"scorer failed: {proc.stderr[-1500:]}")
    return proc.stdout


def print_table(title: str, rows: list[dict]) -> None:
    head = list(rows[0])
    widths = [max(len(str(r[h])) for r in rows + [dict(zip(head, head))]) for h in head]
    print(f"\n{title}")
    for row in [dict(zip(head, head)), dict(zip(head, ["-" * w for w in widths]))] + rows:
        print(" | ".join(str(row[h]).ljust(w) for h, w in zip(head, widths)))


def score_reports(args, tuning: tuple[str, ...]) -> None:
    """One table per voice for reports already made (``--reports VOICE=PATH``)."""
    if len(args.labels) != 1:
        sys.exit("--reports takes exactly one --labels file")
    records = json.loads(args.labels[0].read_text(encoding="utf-8"))
    for spec in args.reports:
        voice, _, path = spec.partition("=")
        report = Path(path)
        out = score(args.score_tool, args.labels[0], report)
        files = len(json.loads(report.read_text(encoding="utf-8")).get("files", []))
        row = {"voice": voice, "role": "tuning" if voice in tuning else "held out", "files": files}
        row.update({name: (m.group(1) if (m := re.search(p, out)) else "-") for name, p in METRICS})
        row.update(rule_counts(report, records))
        print_table(f"== {voice} ({row['role']})", [row])
        sys.stdout.flush()
    print(f"\nlabels: {args.labels[0]}; reports: {' '.join(args.reports)}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--score-tool", type=Path, help="the labelled-set scorer (score.py); required unless --render-only")
    ap.add_argument("--labels", type=Path, nargs="+", default=DEFAULT_LABELS)
    ap.add_argument("--voices", nargs="+", choices=sorted(VOICES), default=list(TUNING_VOICES))
    ap.add_argument("--numbers-only", action="store_true", help="only records whose labels give a phone number")
    ap.add_argument("--limit", type=int, help="first N records of each labels file")
    ap.add_argument("--out", type=Path, default=Path.home() / ".cache" / "greetlint-eval-18")
    ap.add_argument("--jobs", type=int, default=2, help="parallel renders")
    ap.add_argument("--greetlint", default="greetlint", help="command that runs greetlint")
    ap.add_argument("--check-args", default="", help="extra arguments for greetlint check (e.g. --cache-dir DIR)")
    ap.add_argument("--tag", default="", help="suffix for the report name, to keep runs of different settings apart")
    ap.add_argument("--render-only", action="store_true")
    ap.add_argument("--reports", nargs="+", metavar="VOICE=REPORT.json",
                    help="score these reports (one per voice, e.g. of bench/blind_render.py's folders) against "
                         "the one --labels file instead of rendering and linting")
    ap.add_argument("--tuning", nargs="+", metavar="VOICE",
                    help="the voices settings were chosen on, for the role column (default: %s)" % " ".join(TUNING_VOICES))
    args = ap.parse_args(argv)
    if not args.render_only and args.score_tool is None:
        ap.error("--score-tool PATH is required to score")
    tuning = tuple(args.tuning or TUNING_VOICES)
    if args.reports:
        score_reports(args, tuning)
        return

    records = []
    for path in args.labels:
        recs = records_of([path], args.numbers_only)
        records += recs[: args.limit] if args.limit else recs
    merged = args.out / f"labels{'.' + args.tag if args.tag else ''}.json"
    args.out.mkdir(parents=True, exist_ok=True)
    merged.write_text(json.dumps(records), encoding="utf-8")

    for voice in args.voices:
        files = render_voice(voice, records, args.out, args.jobs)
        if args.render_only:
            continue
        t0 = time.perf_counter()
        report = lint(files, args.greetlint, shlex.split(args.check_args), args.tag)
        seconds = time.perf_counter() - t0
        out = score(args.score_tool, merged, report)
        row = {"voice": voice, "role": "tuning" if voice in tuning else "held out", "files": len(records)}
        row.update({name: (m.group(1) if (m := re.search(p, out)) else "-") for name, p in METRICS})
        row.update(rule_counts(report, records))
        row["s/file"] = f"{seconds / max(1, len(records)):.2f}"
        print_table(f"== {voice} ({row['role']}), conditions rotating {', '.join(CONDITIONS)}", [row])
        sys.stdout.flush()
    labels = ", ".join(str(p.relative_to(REPO) if p.is_relative_to(REPO) else p) for p in args.labels)
    print(f"\nlabels: {labels}{' (number-bearing records only)' if args.numbers_only else ''}; renders in {args.out}")


if __name__ == "__main__":
    main()
