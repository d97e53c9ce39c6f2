"""Run the invented probe batches (see README.md): callback classes of greetings and GL305's purpose.

    python bench/probes/run.py            every batch
    python bench/probes/run.py -v probe_cb7   one batch, with its wrong readings
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import Counter
from pathlib import Path

from greetlint.facts import detect_kind, extract_facts, kind_confidence
from greetlint.facts.callback import find_callback
from greetlint.facts.message import find_purpose
from greetlint.transcript import from_script

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 12, 1)
CLASSES = ("specific", "vague", "none", "refusal")


def callback_batch(cases: list[dict], verbose: bool) -> str:
    confusion: Counter = Counter()
    for case in cases:
        got = find_callback(case["text"], TODAY, kind="greeting")
        confusion[(case["callback"], got.cls)] += 1
        if verbose and got.cls != case["callback"]:
            print(f"  {case['callback']:>8} -> {got.cls:<8} {case['text']}   [{got.phrase}]")
    f1s = []
    for c in CLASSES:
        tp = confusion[(c, c)]
        fp = sum(n for (want, got), n in confusion.items() if got == c and want != c)
        fn = sum(n for (want, got), n in confusion.items() if want == c and got != c)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    wrong = sum(n for (want, got), n in confusion.items() if want != got)
    return f"callback: wrong {wrong} of {len(cases)}, macro-F1 {sum(f1s) / len(f1s):.3f}"


def purpose_batch(batch: dict, verbose: bool) -> str:
    missed = [t for t in batch["no_purpose"] if find_purpose(t) is not None]
    lost = [t for t in batch["purpose"] if find_purpose(t) is None]
    if verbose:
        for t in missed:
            print(f"  MISS  {find_purpose(t).text!r} <- {t}")
        for t in lost:
            print(f"  FALSE {t}")
    recall = 1 - len(missed) / len(batch["no_purpose"])
    kept = 1 - len(lost) / len(batch["purpose"])
    return f"purpose: no-purpose recall {recall:.2f} ({len(batch['no_purpose'])}), purposes kept {kept:.2f} ({len(batch['purpose'])})"


def kind_batch(cases: list[dict], verbose: bool) -> str:
    """Kind from the text as the pipeline reads it; "unsure" counts as right only for its kind's guess,
    and a message given an alternative contact (a greeting's fact) is counted apart."""
    right = unsure = alt_in_message = 0
    for case in cases:
        transcript = from_script(case["text"])
        kind, conf = detect_kind(transcript), kind_confidence(transcript)
        facts = extract_facts(transcript, kind, TODAY, kind_sure=conf == "sure")
        right += kind == case["kind"]
        unsure += conf == "unsure"
        wrong_alt = case["kind"] == "message" and bool(facts.alt_contact)
        alt_in_message += wrong_alt
        if verbose and (kind != case["kind"] or conf == "unsure" or wrong_alt):
            alt = f" alt={facts.alt_contact[0].text!r}" if facts.alt_contact else ""
            print(f"  {case['kind']:>8} -> {kind:<8} {conf:<6}{alt} {case['text']}")
    return (f"kind: accuracy {right / len(cases):.3f} ({len(cases)}), unsure {unsure}, "
            f"messages given an alt contact {alt_in_message}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="*", help="batch names (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each wrong reading")
    args = parser.parse_args()
    callback = json.loads((HERE / "callback.json").read_text())
    purpose = json.loads((HERE / "purpose.json").read_text())
    kinds = json.loads((HERE / "kind.json").read_text())
    for name in sorted(callback) + sorted(purpose) + sorted(kinds):
        if args.batches and name not in args.batches:
            continue
        if name in kinds:
            line = kind_batch(kinds[name], args.verbose)
        elif name in callback:
            line = callback_batch(callback[name], args.verbose)
        else:
            line = purpose_batch(purpose[name], args.verbose)
        print(f"{name:<10} {line}")


if __name__ == "__main__":
    main()
