"""Generate the defects set: one clean synthetic greeting and twins with exactly one defect each.

Festival (slt HTS voice) speaks three parts; sox slows them to a comfortable pace, joins them
with short pauses and applies each defect. Every recording comes with where its defect is
(seconds), worked out from how it was built, so tests can check a finding points at the
right moment without trusting the code under test.
"""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np

VOICE = "(voice_cmu_us_slt_arctic_hts)"
RATE = 16000
# "call me back at <number>" makes the tiny model want numerals and drop the digits: the number
# gets a sentence of its own
INTRO = "Hi, you've reached Dana Ortiz at Brightline Optical. Please call me back on my cell phone."
NUMBER = "five five five, zero one four two."
OUTRO = "Leave your name and number, and I will call you back by five p m the next business day. Thank you."
# festival speaks the parts at a natural pace; with the pauses and the slow number the clean greeting is about 145 wpm
CLEAN_TEMPO = 1.0
# the clean number is said in slow groups (about 2 digits per second), the rushed one is not
CLEAN_NUMBER_TEMPO = 0.6
RUSHED_NUMBER_TEMPO = 1.5
GAP_S = 0.5  # pause between the parts: sets the number apart from the words around it
FAST_TEMPO = 1.5  # about 145 wpm -> 220 wpm
SILENT_DBFS = -50.0  # the synthetic voice is digital silence between words


def tools_available() -> bool:
    return bool(shutil.which("text2wave") and shutil.which("sox"))


@dataclass(frozen=True)
class Recording:
    path: Path
    speech_start: float  # first speech sample, seconds
    speech_end: float
    number_start: float  # first sample of the phone number
    number_end: float
    clip_start: float | None = None  # first clipped sample


def _run(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True)


def _speak(text: str, out: Path, tempo: float) -> Path:
    raw = out.with_suffix(".raw.wav")
    subprocess.run(["text2wave", "-eval", VOICE, "-o", str(raw)], input=text.encode(), check=True, capture_output=True)
    _run("sox", "-R", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(out), "tempo", "-s", str(tempo))
    return out


def read_wav(path: Path) -> np.ndarray:
    """Samples of a 16-bit wav as float in [-1, 1] (sox converts whatever it was)."""
    raw = subprocess.run(["sox", "-R", str(path), "-t", "raw", "-r", str(RATE), "-c", "1", "-e", "signed", "-b", "16", "-"],
                         check=True, capture_output=True).stdout
    return np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768.0


def sounding_span(samples: np.ndarray) -> tuple[float, float]:
    """First and last 10 ms frame above SILENT_DBFS (the ground truth, kept simple on purpose)."""
    frame = RATE // 100
    n = len(samples) // frame
    rms = np.sqrt(np.mean(samples[: n * frame].reshape(n, frame) ** 2, axis=1) + 1e-20)
    loud = np.flatnonzero(20 * np.log10(rms) > SILENT_DBFS)
    return loud[0] * frame / RATE, (loud[-1] + 1) * frame / RATE


def _join(parts: list[Path], out: Path) -> list[float]:
    """Concatenate parts with GAP_S of silence between; returns each part's offset."""
    gap = out.with_name("gap.wav")
    _run("sox", "-R", "-n", "-r", str(RATE), "-c", "1", "-b", "16", str(gap), "trim", "0", str(GAP_S))
    args: list[str] = []
    offsets, t = [], 0.0
    for i, part in enumerate(parts):
        if i:
            args.append(str(gap))
            t += GAP_S
        offsets.append(t)
        args.append(str(part))
        t += len(read_wav(part)) / RATE
    _run("sox", "-R", *args, str(out))
    return offsets


def _greeting(folder: Path, name: str, number_tempo: float) -> Recording:
    parts = [_speak(INTRO, folder / "intro.wav", CLEAN_TEMPO),
             _speak(NUMBER, folder / f"number_{number_tempo}.wav", number_tempo),
             _speak(OUTRO, folder / "outro.wav", CLEAN_TEMPO)]
    out = folder / f"{name}.wav"
    offsets = _join(parts, out)
    n_start, n_end = sounding_span(read_wav(parts[1]))
    start, end = sounding_span(read_wav(out))
    return Recording(out, start, end, offsets[1] + n_start, offsets[1] + n_end)


def _variant(clean: Recording, name: str, *effect: str, inputs: tuple[str, ...] = ()) -> Path:
    out = clean.path.with_name(f"{name}.wav")
    _run("sox", "-R", *inputs, str(clean.path), str(out), *effect)
    return out


def build(folder: Path) -> dict[str, Recording]:
    """Write the set into ``folder``; returns recordings by defect name ("clean" has none)."""
    folder.mkdir(parents=True, exist_ok=True)
    clean = _greeting(folder, "clean", CLEAN_NUMBER_TEMPO)
    rushed = _greeting(folder, "rushed_number", RUSHED_NUMBER_TEMPO)
    shift = 4.0
    lead = _variant(clean, "leading_silence", "pad", str(shift), "0")
    clipped = _variant(clean, "clipped", "gain", "14")
    quiet = _variant(clean, "quiet", "gain", "-38")
    fast = _variant(clean, "fast", "tempo", "-s", str(FAST_TEMPO))
    duration = len(read_wav(clean.path)) / RATE
    hum = folder / "hum_noise_bed.wav"
    # 60 Hz mains hum with its harmonics, plus broadband hiss, the whole length of the greeting
    _run("sox", "-R", "-n", "-r", str(RATE), "-c", "1", "-b", "16", str(hum), "synth", f"{duration:.3f}",
         "sine", "60", "sine", "120", "sine", "180", "whitenoise", "remix", "1-4", "gain", "-n", "-22")
    noisy = folder / "hum_noise.wav"
    _run("sox", "-R", "-m", "-v", "1", str(clean.path), "-v", "1", str(hum), str(noisy))
    phone = clean.path.with_name("clean_8k_mulaw.wav")
    _run("sox", "-R", str(clean.path), "-r", "8000", "-e", "mu-law", str(phone))
    clip_samples = np.flatnonzero(np.abs(read_wav(clipped)) >= 32767 / 32768)
    f = FAST_TEMPO
    return {
        "clean": clean,
        "clean_8k_mulaw": Recording(phone, clean.speech_start, clean.speech_end, clean.number_start, clean.number_end),
        "leading_silence": Recording(lead, clean.speech_start + shift, clean.speech_end + shift,
                                     clean.number_start + shift, clean.number_end + shift),
        "clipped": Recording(clipped, clean.speech_start, clean.speech_end, clean.number_start, clean.number_end,
                             clip_start=clip_samples[0] / RATE if clip_samples.size else None),
        "quiet": Recording(quiet, clean.speech_start, clean.speech_end, clean.number_start, clean.number_end),
        "hum_noise": Recording(noisy, clean.speech_start, clean.speech_end, clean.number_start, clean.number_end),
        "fast": Recording(fast, clean.speech_start / f, clean.speech_end / f, clean.number_start / f, clean.number_end / f),
        "rushed_number": rushed,
    }


if __name__ == "__main__":  # python tests/audio/defects.py OUTDIR
    import sys

    for name, rec in build(Path(sys.argv[1])).items():
        print(f"{name:16s} {rec}")
