#!/usr/bin/env bash
# Score fact extraction on the labelled dev set, as written and as the recogniser would write it.
#
#   bench/score_text.sh LABELS SCORER
#
# LABELS: a labelled set (JSON list of records with id and text); SCORER: the scorer script that
# reads greetlint's JSON (--labels, --run-text, --results). Neither ships with greetlint.
#
# 1. text mode: every script linted as a .txt file;
# 2. spoken mode: every script first rendered with numbers as words ("555-0142" -> "five five
#    five, oh one four two", "5 p.m." -> "five PM"; tests/facts/spoken_render.py), which is how
#    the recogniser writes them, then linted and scored the same way.
# The two overall F1 scores should stay within 0.05 of each other.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
labels="${1:?usage: bench/score_text.sh LABELS SCORER}"
score="${2:?usage: bench/score_text.sh LABELS SCORER}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "== text mode"
python "$score" --labels "$labels" --run-text "greetlint check --format json" -v

echo "== spoken mode (numbers as words)"
python - "$labels" "$tmp" "$here/tests/facts" <<'PY'
import json, sys
labels, out, helpers = sys.argv[1:4]
sys.path.insert(0, helpers)
from spoken_render import to_spoken
for i, rec in enumerate(json.load(open(labels, encoding="utf-8"))):
    with open(f"{out}/{rec['id']}.txt", "w", encoding="utf-8") as fh:
        fh.write(to_spoken(rec["text"], seed=i))
PY
greetlint check --format json --exit-zero "$tmp"/*.txt > "$tmp/report.json" || true
python "$score" --labels "$labels" --results "$tmp/report.json" -v
