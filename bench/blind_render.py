#!/usr/bin/env python3
"""Render a labelled set's texts in several Debian voices, the five phone conditions rotating.

    python bench/blind_render.py bench/blind5/greetings.json OUTDIR --voices slt,rms,kal

Writes OUTDIR/<voice>/<id>.<ext>, record i in condition (i + voice index) mod 5: 16 kHz wav,
8 kHz mu-law band-limited to 300-3400 Hz, mp3 64 kbit/s, opus 24 kbit/s with pink noise,
44.1 kHz stereo flac. Voices: festival slt HTS / kal / ked diphones, flite rms / awb, espeak-ng en-us (and its +m3 / +f3
variants: espeak-m3, espeak-f3).
A text a voice cannot render (festival's kal diphone crashes on a few) is skipped with a line.
This is how the blind sets' audio figures in bench/BLIND.md were made; then
``greetlint check OUTDIR/<voice> --format json > r.json`` and ``bench/blind.py --results r.json``.
"""
import json, os, subprocess, sys, tempfile, unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

TO_ASCII = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                          "\u2014": ", ", "\u2026": "... ", "\u00a0": " "})
def ascii_text(t):
    t = t.translate(TO_ASCII)
    return unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii")

VOICES = {
    "slt": lambda txt, wav: subprocess.run(["text2wave", "-eval", "(voice_cmu_us_slt_arctic_hts)", txt, "-o", wav], check=True, capture_output=True),
    "kal": lambda txt, wav: subprocess.run(["text2wave", "-eval", "(voice_kal_diphone)", txt, "-o", wav], check=True, capture_output=True),
    # festival's ked diphone: a voice no session has tuned on (held out)
    "ked": lambda txt, wav: subprocess.run(["text2wave", "-eval", "(voice_ked_diphone)", txt, "-o", wav], check=True, capture_output=True),
    "rms": lambda txt, wav: subprocess.run(["flite", "-voice", "rms", "-f", txt, "-o", wav], check=True, capture_output=True),
    "awb": lambda txt, wav: subprocess.run(["flite", "-voice", "awb", "-f", txt, "-o", wav], check=True, capture_output=True),
    "espeak": lambda txt, wav: subprocess.run(["espeak-ng", "-v", "en-us", "-f", txt, "-w", wav], check=True, capture_output=True),
    # espeak-ng's en-us with a male and a female variant (voices nobody tunes on: held out)
    "espeak-m3": lambda txt, wav: subprocess.run(["espeak-ng", "-v", "en-us+m3", "-f", txt, "-w", wav], check=True, capture_output=True),
    "espeak-f3": lambda txt, wav: subprocess.run(["espeak-ng", "-v", "en-us+f3", "-f", txt, "-w", wav], check=True, capture_output=True),
}
CONDS = ["wav16k", "ulaw8k", "mp3", "opusnoise", "flac44"]
EXT = {"wav16k": "wav", "ulaw8k": "wav", "mp3": "mp3", "opusnoise": "opus", "flac44": "flac"}

def convert(raw, cond, out):
    if cond == "wav16k":
        subprocess.run(["sox", "-R", raw, "-r", "16000", "-c", "1", "-b", "16", "-e", "signed-integer", out, "gain", "-n", "-3"], check=True)
    elif cond == "ulaw8k":
        subprocess.run(["sox", "-R", raw, "-r", "8000", "-c", "1", "-b", "8", "-e", "u-law", out, "sinc", "300-3400", "gain", "-n", "-3"], check=True)
    elif cond == "mp3":
        subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", raw, "-ac", "1", "-codec:a", "libmp3lame", "-b:a", "64k", out], check=True)
    elif cond == "opusnoise":
        with tempfile.TemporaryDirectory() as d:
            norm = f"{d}/n.wav"; noisy = f"{d}/x.wav"
            subprocess.run(["sox", "-R", raw, "-r", "48000", "-c", "1", "-b", "16", norm, "gain", "-n", "-6"], check=True)
            # pink noise ~ 25 dB below the speech peak level
            subprocess.run(["sox", "-R", norm, "-p", "synth", "pinknoise", "vol", "0.02"], check=True, stdout=open(f"{d}/noise.sox", "wb"))
            subprocess.run(["sox", "-R", "-m", norm, f"{d}/noise.sox", noisy], check=True)
            subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", noisy, "-c:a", "libopus", "-b:a", "24k", out], check=True)
    elif cond == "flac44":
        subprocess.run(["sox", "-R", raw, "-r", "44100", "-c", "2", "-b", "16", out, "gain", "-n", "-3"], check=True)

def one(rec, i, voice, outdir):
    cond = CONDS[i % len(CONDS)]
    out = outdir / voice / f"{rec['id']}.{EXT[cond]}"
    if out.exists():
        return
    with tempfile.TemporaryDirectory() as d:
        txt = f"{d}/t.txt"; raw = f"{d}/raw.wav"
        Path(txt).write_text(ascii_text(rec["text"]) + "\n")
        try:
            VOICES[voice](txt, raw)
        except subprocess.CalledProcessError as e:
            print("render failed", voice, rec["id"], e.returncode, flush=True)
            return
        tmp = f"{d}/out.{EXT[cond]}"
        convert(raw, cond, tmp)
        subprocess.run(["mv", tmp, str(out)], check=True)  # across file systems, unlike os.replace

def main():
    labels, outdir = sys.argv[1], Path(sys.argv[2])
    voices = sys.argv[4].split(",") if len(sys.argv) > 4 and sys.argv[3] == "--voices" else ["slt", "rms", "kal"]
    recs = json.load(open(labels))
    for vi, v in enumerate(voices):
        (outdir / v).mkdir(parents=True, exist_ok=True)
        with ThreadPoolExecutor(2) as ex:
            list(ex.map(lambda a: one(a[1], a[0] + vi, v, outdir), enumerate(recs)))
        print(v, len(list((outdir / v).iterdir())), flush=True)

if __name__ == "__main__":
    main()
