#!/usr/bin/env python3
"""Do phone digits survive the recogniser, and does non-speech stay silent? One line per setting.

Renders a few project-written sentences with numbers (festival slt, via
samples/make_samples.sh) in the three eval conditions, synthesises silence, noise and
tones, and transcribes everything under each decoding variant:

    python bench/eval/asr_probe.py
    python bench/eval/asr_probe.py --variant default --variant timestamps

Prints, per variant: numbers heard with every digit, invented words on non-speech,
seconds of CPU per file.
"""
from __future__ import annotations

import argparse
import dataclasses
import re
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np

from greetlint.audio import SAMPLE_RATE, decode
from greetlint.transcribe import AsrSettings, Transcriber

REPO = Path(__file__).resolve().parents[2]
RENDER = REPO / "samples" / "make_samples.sh"
CONDITIONS = {"wav16k": "wav", "ulaw8k": "wav", "mp3": "mp3"}

# (script, the digit strings it says)
PROBES = [
    ("Please call me back at 206-555-0142. Again, that's two zero six, five five five, zero one four two.",
     ["2065550142", "2065550142"]),
    ("Hi, it's Ana from Lakeside Clinic. Reach me at 303-555-0199, or my cell, 720-555-0110. Thanks.",
     ["3035550199", "7205550110"]),
    ("This is Raj with Pinecrest Roofing about your quote. We can start Monday. My number is 916-555-0123. "
     "The crew will need access to the side gate, and the dumpster goes on the driveway for two days. "
     "Please confirm by Friday. Once more, that's 916-555-0123. Bye now.", ["9165550123", "9165550123"]),
]

VARIANTS = {
    "default": {},
    "timestamps": {"without_timestamps": False},
    "timestamps+no-vad": {"without_timestamps": False, "vad": False},
    "no-vad": {"vad": False},
    "beam1": {"beam_size": 1},
    "numerals": {"suppress_numerals": False},
}

DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
               "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def digit_runs(text: str) -> list[str]:
    """Runs of spoken or written digits, at least 7 long (a rough reader, enough to count survival)."""
    runs, current = [], ""
    for token in re.findall(r"[a-z]+|\d+", text.lower()):
        if token.isdigit() or token in DIGIT_WORDS:
            current += token if token.isdigit() else DIGIT_WORDS[token]
        else:
            if len(current) >= 7:
                runs.append(current)
            current = ""
    if len(current) >= 7:
        runs.append(current)
    return runs


def non_speech() -> dict[str, np.ndarray]:
    t = np.arange(8 * SAMPLE_RATE) / SAMPLE_RATE
    rng = np.random.default_rng(1)
    melody = np.concatenate([np.sin(2 * np.pi * f * t[: SAMPLE_RATE // 2]) for f in (440, 660, 550, 880, 330, 494)])
    return {
        "silence": np.zeros_like(t, dtype=np.float32),
        "white noise": rng.normal(0, 0.1, t.size).astype(np.float32),
        "hum": (0.2 * np.sin(2 * np.pi * 60 * t) + rng.normal(0, 0.02, t.size)).astype(np.float32),
        "tones": (0.4 * melody).astype(np.float32),
    }


def render_probes(folder: Path) -> list[tuple[np.ndarray, list[str]]]:
    clips = []
    for i, (text, digits) in enumerate(PROBES):
        script = folder / f"probe{i}.txt"
        script.write_text(text)
        for cond, ext in CONDITIONS.items():
            out = folder / f"probe{i}-{cond}.{ext}"
            subprocess.run(["bash", str(RENDER), "--render", str(script), str(out), cond], check=True)
            clips.append((decode(str(out)).samples, digits))
    return clips


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--variant", action="append", choices=sorted(VARIANTS), help="default: all")
    args = ap.parse_args()
    base = Transcriber()
    base.load()
    with tempfile.TemporaryDirectory() as tmp:
        clips = render_probes(Path(tmp))
    noise = non_speech()
    for name in args.variant or list(VARIANTS):
        settings = dataclasses.replace(AsrSettings(), **VARIANTS[name])
        t = Transcriber(settings=settings)
        t._model = base._model  # one load; only the decoding differs
        t._suppress = base._suppress if settings.suppress_numerals else [-1]
        kept = total = 0
        started = time.process_time()
        for samples, digits in clips:
            heard = digit_runs(" ".join(w[0] for w in t.transcribe(samples).words))
            total += len(digits)
            kept += sum(min(heard.count(d), digits.count(d)) for d in set(digits))
        invented = {k: " ".join(w[0].strip() for w in t.transcribe(v).words) for k, v in noise.items()}
        cpu = (time.process_time() - started) / (len(clips) + len(noise))
        junk = "; ".join(f"{k}: {v!r}" for k, v in invented.items() if v) or "none"
        print(f"{name:20s} numbers intact {kept}/{total}  invented on non-speech: {junk}  cpu {cpu:.2f} s/file")


if __name__ == "__main__":
    main()
