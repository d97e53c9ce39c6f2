"""Pitch range (GL444's measure) of synthetic voices reading normally and flattened, to place its limit.

    python bench/pitch_range.py [--out DIR]

Renders six made-up voicemail texts (below; not from any labelled set) with every voice found of
festival (slt HTS, kal diphone), flite (awb, rms, kal16) and espeak-ng (default, en-us+f3), and
with espeak-ng's pitch range turned to zero (SSML ``<prosody range="0%">``) and to ``x-low``.
Prints ``Measures.pitch.range_semitones`` per render and how many fall under GL444's default
limit. Synthetic voices only: a figure for human speakers needs human recordings.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from pathlib import Path

from greetlint.audio import decode
from greetlint.measures import measure
from greetlint.rules_api import load_rules

TEXTS = [
    "Hello, this is Priya Natarajan with Cedar Ridge Veterinary. I am away from my desk. Leave your name and a "
    "number and I will ring you back this afternoon.",
    "Thanks for calling Harbor Point Marine, you have reached Luis. We are out on the water today, so leave a "
    "message and we will call you first thing tomorrow.",
    "Hi, it's Jordan from the billing office returning your call about invoice four four one. Please call me back "
    "at two one six, five five five, zero one nine three. Thanks.",
    "You have reached the help desk for Summit Books. Our hours are nine to five, Monday to Friday. For urgent "
    "problems, press one to reach the person on call.",
    "Hey Sam, it's Mom. Just checking in about Sunday dinner. Call me when you get a chance, no rush. Love you.",
    "Good morning, this is Dr. Okafor's office calling to confirm your appointment on Thursday at ten thirty. If you "
    "need to reschedule, call us at four zero four, five five five, zero one two two.",
]


def renderers() -> dict[str, callable]:
    out = {}
    if shutil.which("text2wave"):
        for voice in ("cmu_us_slt_arctic_hts", "kal_diphone"):
            out[f"festival {voice}"] = lambda text, wav, v=voice: subprocess.run(
                ["text2wave", "-eval", f"(voice_{v})", "-o", str(wav)], input=text.encode(), check=True, capture_output=True)
    if shutil.which("flite"):
        for voice in ("awb", "rms", "kal16"):
            out[f"flite {voice}"] = lambda text, wav, v=voice: subprocess.run(
                ["flite", "-voice", v, "-t", text, "-o", str(wav)], check=True, capture_output=True)
    if shutil.which("espeak-ng"):
        out["espeak-ng"] = lambda text, wav: subprocess.run(["espeak-ng", "-w", str(wav), text], check=True, capture_output=True)
        out["espeak-ng en-us+f3"] = lambda text, wav: subprocess.run(
            ["espeak-ng", "-v", "en-us+f3", "-w", str(wav), text], check=True, capture_output=True)
        for label, rng in (("FLAT espeak-ng range 0%", "0%"), ("FLAT espeak-ng range x-low", "x-low")):
            out[label] = lambda text, wav, r=rng: subprocess.run(
                ["espeak-ng", "-m", "-w", str(wav), f'<speak><prosody range="{r}">{text}</prosody></speak>'],
                check=True, capture_output=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, help="keep the renders here (default: a temporary folder)")
    args = ap.parse_args()
    limit = next(o.default for r in load_rules() if r.code == "GL444" for o in r.options)
    folder = args.out or Path(tempfile.mkdtemp(prefix="greetlint-pitch-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"GL444 default limit: {limit} semitones (10th-90th percentile of voiced pitch)\n")
    for label, render in renderers().items():
        ranges = []
        for i, text in enumerate(TEXTS):
            wav = folder / f"{label.replace(' ', '_')}_{i}.wav"
            render(text, wav)
            pitch = measure(decode(str(wav))).pitch
            ranges.append(pitch.range_semitones if pitch else float("nan"))
        under = sum(r < limit for r in ranges)
        print(f"{label:28s} " + " ".join(f"{r:5.2f}" for r in ranges) + f"   under the limit: {under}/{len(ranges)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
