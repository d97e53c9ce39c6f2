#!/usr/bin/env bash
# Text-mode figures of every labelled set in bench/, one file per set, to compare two versions of the code:
#
#     bash bench/regress.sh OUTDIR [EXTRA_LABELS.json ...]
#     diff -r BEFORE_OUTDIR AFTER_OUTDIR       # any line that moves is a change to explain
#
# Uses the greetlint on PATH (activate the environment of the version you measure). Sets: bench/heldout*/heldout*.json
# and bench/blind*/{greetings,messages,numbers}.json, plus any label files given after OUTDIR. Four sets at a time.
set -u
OUT=${1:?usage: bench/regress.sh OUTDIR [EXTRA_LABELS.json ...]}; shift
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"
sets=$(ls "$HERE"/heldout*/heldout*.json "$HERE"/blind*/greetings.json "$HERE"/blind*/messages.json "$HERE"/blind*/numbers.json 2>/dev/null)
for s in $sets "$@"; do
  name=$(echo "$s" | sed -e "s#^$HERE/##" -e 's#.*/data/##' -e 's#/#_#g' -e 's#\.json$##')
  ( python3 "$HERE/blind.py" --labels "$s" > "$OUT/$name.txt" 2>&1 ) &
  while [ "$(jobs -r | wc -l)" -ge 4 ]; do sleep 1; done
done
wait
