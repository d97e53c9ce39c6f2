#!/usr/bin/env python3
"""Score greetlint (text mode) on a labelled set: the fact figures and the per-rule table.

    python bench/blind.py --labels path/to/set.json               # lints every record's text
    python bench/blind.py --labels set.json --results report.json # a JSON report you already have
    python bench/blind.py --labels set.json --markdown            # tables to paste into BLIND.md

A labelled set is a JSON list of records ``{"id", "kind", "text", "labels": {...}}`` in the format
of the held-out sets in ``bench/heldout*/`` (their READMEs describe the labels). Each record's text
is written to ``<id>.txt`` in a temporary folder and linted with ``greetlint check --format json``.

Fact figures (the same definitions as the project's scorer): kind accuracy; name stated, alt
contact: macro-F1 of the two classes; phone numbers: F1 of the digit sets (7+ digits, a leading
NANP 1 dropped); callback: macro-F1 over the four classes; out of office: F1. Overall F1 is the
mean of name, numbers, callback and alt contact, scaled by the share of records scored.

Per-rule table: for each rule whose trigger a label decides, on the records of the rule's kind
(by label), precision (it fired where the label says it should) and recall. See bench/BLIND.md for
the protocol: a set's first run is recorded once and never updated.
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from collections import Counter

CALLBACK_CLASSES = ("specific", "vague", "none", "refusal")
# rule -> (kind it applies to, or None for both; should it fire, given the labels)
RULE_TRIGGERS = {
    "GL101": (None, lambda L: not L.get("name_stated")),
    "GL103": ("message", lambda L: not L.get("phone_numbers")),
    "GL104": ("message", lambda L: bool(L.get("phone_numbers")) and L.get("number_repeated") is False),
    "GL201": ("greeting", lambda L: L.get("callback") == "refusal"),
    "GL202": ("greeting", lambda L: L.get("callback") == "vague"),
    "GL203": ("greeting", lambda L: L.get("callback") == "none"),
    "GL305": ("message", lambda L: L.get("purpose_stated") is False),
    "GL501": ("greeting", lambda L: not L.get("alt_contact")),
}


def _digits(d) -> str:
    d = "".join(ch for ch in str(d) if ch.isdigit())
    if len(d) == 11 and d.startswith("1"):
        d = d[1:]
    return d if len(d) >= 7 else ""


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _macro(pairs) -> float:
    tp = sum(t and p for t, p in pairs)
    fp = sum(p and not t for t, p in pairs)
    fn = sum(t and not p for t, p in pairs)
    tn = len(pairs) - tp - fp - fn
    return (_prf(tp, fp, fn)[2] + _prf(tn, fn, fp)[2]) / 2


def fact_scores(records, results) -> dict[str, float]:
    rows = [(r, results[r["id"]]) for r in records if r["id"] in results and not results[r["id"]].get("error")]
    names, alts, ooos, conf = [], [], [], Counter()
    tp = fp = fn = 0
    for rec, res in rows:
        lab, facts = rec["labels"], res.get("facts") or {}
        names.append((bool(lab.get("name_stated")), bool(facts.get("names"))))
        alts.append((bool(lab.get("alt_contact")), bool(facts.get("alt_contact"))))
        ooos.append((bool(lab.get("ooo")), bool(facts.get("ooo"))))
        truth = {_digits(d) for d in lab.get("phone_numbers", [])} - {""}
        said = {_digits(n.get("digits", "")) for n in facts.get("phone_numbers") or []} - {""}
        tp, fp, fn = tp + len(truth & said), fp + len(said - truth), fn + len(truth - said)
        conf[(lab.get("callback", "none"), (facts.get("callback") or {}).get("class") or "none")] += 1
    f1s = []
    for c in CALLBACK_CLASSES:
        ctp = conf[(c, c)]
        cfp = sum(v for (t, p), v in conf.items() if p == c and t != c)
        cfn = sum(v for (t, p), v in conf.items() if t == c and p != c)
        if ctp + cfp + cfn:
            f1s.append(_prf(ctp, cfp, cfn)[2])
    ooo_tp = sum(t and p for t, p in ooos)
    ooo_f1 = _prf(ooo_tp, sum(p and not t for t, p in ooos), sum(t and not p for t, p in ooos))[2]
    out = {"kind accuracy": sum(res.get("kind") == rec["kind"] for rec, res in rows) / max(1, len(rows)),
           "name macro-F1": _macro(names), "numbers F1": _prf(tp, fp, fn)[2],
           "callback macro-F1": sum(f1s) / len(f1s) if f1s else 0.0, "alt-contact macro-F1": _macro(alts),
           "out-of-office F1": ooo_f1}
    cover = len(rows) / len(records) if records else 0.0
    out["overall F1"] = cover * (out["name macro-F1"] + out["numbers F1"] + out["callback macro-F1"]
                                 + out["alt-contact macro-F1"]) / 4
    return out


def rule_table(records, results) -> list[tuple[str, int, float, float, int, int]]:
    """(rule, fired, precision, recall, false, missed) for each rule in RULE_TRIGGERS."""
    rows = []
    for rule, (kind, should) in RULE_TRIGGERS.items():
        tp = fp = fn = 0
        for rec in records:
            res = results.get(rec["id"])
            if res is None or (kind and rec["kind"] != kind):
                continue
            if rule == "GL305" and rec["labels"].get("purpose_stated") is None:
                continue
            fired = any(f["rule"] == rule for f in res.get("findings") or [])
            want = should(rec["labels"])
            tp, fp, fn = tp + (fired and want), fp + (fired and not want), fn + (want and not fired)
        p, r, _ = _prf(tp, fp, fn)
        rows.append((rule, tp + fp, p, r, fp, fn))
    return rows


def lint_texts(records, cmd: str) -> dict[str, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for rec in records:
            path = os.path.join(tmp, rec["id"] + ".txt")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(rec["text"])
            paths.append(path)
        proc = subprocess.run(shlex.split(cmd) + paths, capture_output=True, text=True)
        if not proc.stdout.strip():
            sys.exit(f"blind.py: the command printed nothing (exit {proc.returncode}): {proc.stderr[-2000:]}")
        return _by_id(json.loads(proc.stdout))


def _by_id(doc: dict) -> dict[str, dict]:
    return {os.path.splitext(os.path.basename(f.get("path", "")))[0]: f for f in doc.get("files", [])}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--labels", required=True, help="labelled records (JSON list)")
    ap.add_argument("--results", help="a greetlint JSON report of the records (files named <id>.txt)")
    ap.add_argument("--cmd", default="greetlint check --format json --no-cache",
                    help="greetlint command; the texts are appended as .txt paths [%(default)s]")
    ap.add_argument("--markdown", action="store_true", help="print Markdown table rows")
    args = ap.parse_args(argv)
    with open(args.labels, encoding="utf-8") as fh:
        records = [r for r in json.load(fh) if not r.get("template")]
    if args.results:
        with open(args.results, encoding="utf-8") as fh:
            results = _by_id(json.load(fh))
    else:
        results = lint_texts(records, args.cmd)
    facts = fact_scores(records, results)
    rules = rule_table(records, results)
    if args.markdown:
        print("| " + " | ".join(facts) + " |")
        print("|" + "---|" * len(facts))
        print("| " + " | ".join(f"{v:.3f}" for v in facts.values()) + " |")
        print()
        print("| rule | fired | precision | recall | false | missed |")
        print("|---|---|---|---|---|---|")
        for rule, fired, p, r, fp, fn in rules:
            print(f"| {rule} | {fired} | {p:.2f} | {r:.2f} | {fp} | {fn} |")
        return
    print(f"records {len(records)}  scored {sum(r['id'] in results for r in records)}")
    for name, value in facts.items():
        print(f"{name:<22} {value:.3f}")
    for rule, fired, p, r, fp, fn in rules:
        print(f"{rule}  fired {fired:3}  precision {p:.2f}  recall {r:.2f}  (false {fp}, missed {fn})")


if __name__ == "__main__":
    main()
