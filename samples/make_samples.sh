#!/usr/bin/env bash
# Render samples/scripts/*.txt to the sample recordings in samples/.
#
#   samples/make_samples.sh                       render every sample listed below
#   samples/make_samples.sh --render IN.txt OUT CONDITION [TEMPO]
#                                                 render one script (used by bench/eval_devset.py)
#
# Voice: festival with the CMU US slt HTS voice (Debian: festival festvox-us-slt-hts).
# Conditions, as recordings reach a voicemail linter:
#   wav16k  clean 16 kHz 16-bit PCM wav
#   ulaw8k  8 kHz mu-law wav band-limited to 300-3400 Hz, as phone systems store greetings
#   mp3     mp3 at 64 kbit/s, mono
#   opus    Ogg Opus at 24 kbit/s, mono 48 kHz (what messaging apps and some softphones send)
#   flac44  44.1 kHz stereo 16-bit flac (a studio export)
# Needs: text2wave (festival), sox, ffmpeg (with libmp3lame and libopus).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VOICE="(voice_cmu_us_slt_arctic_hts)"

# name, condition (the extension follows from it), tempo. slt speaks at ~180 words a minute and
# ~3 digits a second, faster than a caller can write down; the recordings meant as good examples
# are slowed (sox tempo, pitch kept) to ~150 words a minute and under 2.5 digits a second.
SAMPLES=(
  "good_greeting wav16k 0.82"
  "greeting_no_name ulaw8k 1"
  "greeting_refusal mp3 1"
  "greeting_vague ulaw8k 1"
  "greeting_too_long mp3 1"
  "greeting_out_of_office wav16k 0.82"
  "greeting_vanity_extension ulaw8k 0.88"
  "message_good ulaw8k 0.82"
  "message_no_number mp3 1"
  "message_rambling ulaw8k 1"
)

extension_for() {
  case "$1" in
    wav16k|ulaw8k) echo wav ;;
    mp3) echo mp3 ;;
    opus) echo opus ;;
    flac44) echo flac ;;
    *) echo "unknown condition: $1 (wav16k, ulaw8k, mp3, opus, flac44)" >&2; return 2 ;;
  esac
}

# render SCRIPT.txt OUT CONDITION [TEMPO]
render() {
  local script="$1" out="$2" condition="$3" tempo="${4:-1}" raw spoken
  raw="$(mktemp --suffix=.wav)"
  spoken="$(mktemp --suffix=.wav)"
  # festival's own wav; -3 dB peak so every sample plays at the same level
  text2wave -eval "$VOICE" "$script" -o "$spoken"
  if [[ "$tempo" == 1 ]]; then mv "$spoken" "$raw"; else sox "$spoken" "$raw" tempo -s "$tempo"; rm -f "$spoken"; fi
  case "$condition" in
    wav16k) sox "$raw" -r 16000 -c 1 -b 16 -e signed-integer "$out" gain -n -3 ;;
    ulaw8k) sox "$raw" -r 8000 -c 1 -b 8 -e u-law "$out" sinc 300-3400 gain -n -3 ;;
    mp3) ffmpeg -loglevel error -y -i "$raw" -ac 1 -codec:a libmp3lame -b:a 64k "$out" ;;
    opus) ffmpeg -loglevel error -y -i "$raw" -ac 1 -ar 48000 -codec:a libopus -b:a 24k "$out" ;;
    flac44) sox "$raw" -r 44100 -c 2 -b 16 "$out" gain -n -3 ;;
    *) rm -f "$raw"; extension_for "$condition" >/dev/null; return 2 ;;
  esac
  rm -f "$raw"
}

main() {
  if [[ "${1:-}" == "--render" ]]; then
    [[ $# -eq 4 || $# -eq 5 ]] || { echo "usage: $0 --render IN.txt OUT CONDITION [TEMPO]" >&2; exit 2; }
    render "$2" "$3" "$4" "${5:-1}"
    return
  fi
  local entry name condition tempo
  for entry in "${SAMPLES[@]}"; do
    read -r name condition tempo <<<"$entry"
    render "$HERE/scripts/$name.txt" "$HERE/$name.$(extension_for "$condition")" "$condition" "$tempo"
    echo "samples/$name.$(extension_for "$condition")"
  done
}

main "$@"
