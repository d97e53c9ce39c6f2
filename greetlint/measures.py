"""Audio measures computed from the decoded samples (level, silence, noise, pace, ...).

``measure(decoded, transcript) -> dict`` returns plain numbers (seconds, dB) that go
into ``AudioInfo.measures`` and the JSON ``audio`` object; the audio rules read them.

Cost matters: transcribing a 20 s greeting takes about a second, so the measures use
numpy on 10 ms frames and 1 s spectra. Memory matters too: every whole-file pass walks
the float32 samples in BLOCK_S stretches, so a 10-minute file needs little beyond its
decoded samples (no float64 copy, no whole-file temporaries). librosa was tried and left out of the hot path:
even with a warm numba cache its first feature call costs about 2 s per process.
pyloudnorm (ITU-R BS.1770 loudness) is imported lazily, on the first audio file.

Every value is JSON-ready (float, int, str, list, dict or None); None means "could not
be measured" (e.g. loudness of a recording shorter than one 400 ms gating block).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

import numpy as np

from .audio import SAMPLE_RATE, DecodedAudio
from .model import Transcript, Word

FRAME_S = 0.01
FRAME = int(SAMPLE_RATE * FRAME_S)
BLOCK_S = 30  # whole-file passes work on this many seconds at a time
FLOOR_DBFS = -120.0  # what digital silence reads as
# a frame is sound when it stands out from the noise floor by part of the floor-to-speech range
# (at least 6 dB), and is no more than 35 dB under the loud frames, and above an absolute floor
SOUND_SHARE_OF_RANGE = 0.4
SOUND_MIN_OVER_FLOOR_DB = 6.0
SOUND_BELOW_SPEECH_DB = 35.0
MIN_SOUND_DBFS = -75.0
MIN_SOUND_RUN_S = 0.08  # shorter blips (a click, a breath) do not end a silence
PAUSE_MIN_S = 0.15
EDGE_SEARCH_S = 0.7
PAUSE_CAP_S = 2.0
CLIP_RUN = 3  # consecutive samples stuck at the peak: a flattened waveform, not a sharp peak
CLIP_LEVEL = 0.995  # of the file's peak, which must itself be within 1 dB of full scale
CLIP_MERGE_S = 0.5
MAINS_HZ = (50, 60)
HUM_HARMONICS = 4
HUM_EXCESS_DB = 15.0  # a mains line standing this far above the spectrum around it is hum
LOW_PROBABILITY = 0.5
MUMBLE_WINDOW = 3  # words

_DIGITS = {"zero": 1, "oh": 1, "o": 1, "one": 1, "two": 1, "three": 1, "four": 1, "five": 1,
           "six": 1, "seven": 1, "eight": 1, "nine": 1}
_MULTIPLIERS = {"double": 2, "triple": 3}
MIN_NUMBER_DIGITS = 4
_NARROWBAND_CODECS = {"pcm_mulaw": "G.711 mu-law", "pcm_alaw": "G.711 A-law", "gsm": "GSM", "gsm_ms": "GSM",
                      "amr_nb": "AMR-NB", "g722": "G.722", "g729": "G.729", "adpcm_g726": "G.726"}


def measure(decoded: DecodedAudio, transcript: Transcript) -> dict:
    samples = np.asarray(decoded.samples, dtype=np.float32)
    frames_db = frame_levels(samples)
    sound = SoundMap.from_levels(frames_db)
    duration = len(samples) / SAMPLE_RATE
    out: dict = {}
    out.update(_level(samples, frames_db, sound))
    out.update(_clipping(samples))
    out.update(_silence(sound, duration))
    out.update(_noise(samples, frames_db, sound))
    out.update(_pace(transcript.words, sound))
    out["phone_numbers_timed"] = [run.as_dict() for run in digit_runs(transcript.words, sound)]
    out.update(_confidence(transcript.words))
    out["telephony"] = _telephony(decoded)
    return out


# -- frames and where the sound is ----------------------------------------------------------

def _blocks(samples: np.ndarray, unit: int):
    """(offset, float64 copy of the block) over ``samples`` in BLOCK_S stretches of whole ``unit``s."""
    size = max(unit, (BLOCK_S * SAMPLE_RATE) // unit * unit)
    for at in range(0, len(samples), size):
        yield at, samples[at:at + size].astype(np.float64)


def frame_levels(samples: np.ndarray) -> np.ndarray:
    """RMS level of each 10 ms frame in dBFS (sine-free convention: full-scale square = 0)."""
    n = len(samples) // FRAME
    if n == 0:
        return np.full(1, FLOOR_DBFS)
    power = np.concatenate([np.mean(np.square(block[: len(block) // FRAME * FRAME]).reshape(-1, FRAME), axis=1)
                            for _, block in _blocks(samples[: n * FRAME], FRAME)])
    return _db(power)


def _peak(samples: np.ndarray) -> float:
    return float(max(samples.max(), -samples.min())) if samples.size else 0.0


def _db(power, floor: float = FLOOR_DBFS):
    return np.maximum(10.0 * np.log10(np.maximum(power, 1e-30)), floor)


@dataclass(frozen=True)
class SoundMap:
    """Which 10 ms frames carry sound, with the threshold that decided it."""

    sounding: np.ndarray  # bool per frame
    threshold_dbfs: float

    @classmethod
    def from_levels(cls, frames_db: np.ndarray) -> "SoundMap":
        floor = float(np.percentile(frames_db, 10))
        loud = float(np.percentile(frames_db, 95))
        over_floor = max(SOUND_MIN_OVER_FLOOR_DB, SOUND_SHARE_OF_RANGE * (loud - floor))
        threshold = max(floor + over_floor, loud - SOUND_BELOW_SPEECH_DB, MIN_SOUND_DBFS)
        return cls(_drop_short_runs(frames_db > threshold, int(MIN_SOUND_RUN_S / FRAME_S)), threshold)

    def regions(self) -> list[tuple[float, float]]:
        """(start, end) seconds of each sounding stretch."""
        return [(a * FRAME_S, b * FRAME_S) for a, b in _runs(self.sounding)]

    def pause_edge(self, t: float, side: int) -> tuple[float, float]:
        """Where speech at a word edge ``t`` really starts (side -1) or ends (+1), and the pause there.

        Takes the longest pause (>= PAUSE_MIN_S of silence) whose near edge lies within EDGE_SEARCH_S
        of ``t`` (the break around a number outlasts the short gaps between its digit groups);
        without one, the edge stays at ``t`` and the pause is 0.
        """
        silences = [(a * FRAME_S, b * FRAME_S) for a, b in _runs(~self.sounding) if (b - a) * FRAME_S >= PAUSE_MIN_S]
        near = [(b - a, a, b) for a, b in silences if abs((b if side < 0 else a) - t) <= EDGE_SEARCH_S]
        if not near:
            return t, 0.0
        _, a, b = max(near)
        return (b if side < 0 else a), min(b - a, PAUSE_CAP_S)


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) index pairs of the True runs in a bool array."""
    edges = np.diff(np.concatenate(([0], mask.astype(np.int8), [0])))
    return list(zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist()))


def _drop_short_runs(mask: np.ndarray, min_len: int) -> np.ndarray:
    out = mask.copy()
    for a, b in _runs(mask):
        if b - a < min_len:
            out[a:b] = False
    return out


# -- level ------------------------------------------------------------------------------------

def _level(samples: np.ndarray, frames_db: np.ndarray, sound: SoundMap) -> dict:
    active = frames_db[sound.sounding]
    speech_level = float(_db(np.mean(10 ** (active / 10.0)))) if active.size else None
    peak = _peak(samples)
    return {"loudness_lufs": _integrated_loudness(samples),
            "speech_level_dbfs": _r(speech_level),
            "peak_dbfs": _r(float(_db(peak ** 2)))}


def _integrated_loudness(samples: np.ndarray) -> Optional[float]:
    if len(samples) < int(0.4 * SAMPLE_RATE) or not np.any(samples):
        return None
    value = integrated_loudness(samples)
    return _r(value) if np.isfinite(value) else None


def integrated_loudness(samples: np.ndarray) -> float:
    """``pyloudnorm.Meter(16000).integrated_loudness(samples)`` (ITU-R BS.1770-4), block by block.

    pyloudnorm filters the whole signal in float64 at once (about 6x the decoded samples for a
    long file). Here its own K-weighting filters run over BLOCK_S stretches carrying their state,
    the 400 ms gating blocks (75 % overlap) are summed from 100 ms sub-blocks, and the same two
    gates apply; tests check the result equals pyloudnorm's.
    """
    import pyloudnorm  # lazy: it pulls in scipy.signal (~0.7 s), paid once per run and only for audio
    from scipy.signal import lfilter

    meter = pyloudnorm.Meter(SAMPLE_RATE)
    stages = list(meter._filters.values())
    states = [np.zeros(max(len(f.a), len(f.b)) - 1) for f in stages]
    hop = int(meter.block_size * (1.0 - meter.overlap) * SAMPLE_RATE)  # 1600 samples
    per_block = int(round(meter.block_size / (meter.block_size * (1.0 - meter.overlap))))  # 4 hops
    sums = []
    for _, block in _blocks(samples, hop):
        for i, f in enumerate(stages):
            block, states[i] = lfilter(f.b, f.a, block, zi=states[i])
            block *= f.passband_gain
        squares = np.square(block)
        whole = len(squares) // hop * hop
        sums.append(squares[:whole].reshape(-1, hop).sum(axis=1))
        if whole < len(squares):
            sums.append(np.array([squares[whole:].sum()]))
    hops = np.concatenate(sums)
    duration = len(samples) / SAMPLE_RATE
    count = int(np.round((duration - meter.block_size) / (meter.block_size * (1.0 - meter.overlap)))) + 1
    padded = np.concatenate([hops, np.zeros(per_block)])
    z = sum(padded[k:k + count] for k in range(per_block)) / (meter.block_size * SAMPLE_RATE)
    with np.errstate(divide="ignore", invalid="ignore"):
        loudness = -0.691 + 10.0 * np.log10(z)
        above_absolute = loudness >= -70.0
        if not above_absolute.any():  # nothing above the absolute gate (pyloudnorm says -inf)
            return float("-inf")
        relative = -0.691 + 10.0 * np.log10(np.mean(z[above_absolute])) - 10.0
        gated = z[(loudness > relative) & (loudness > -70.0)]
        return float(-0.691 + 10.0 * np.log10(np.nan_to_num(np.mean(gated)) if gated.size else 0.0))


def _clipping(samples: np.ndarray) -> dict:
    """Samples stuck at the peak for CLIP_RUN or more in a row, when the peak is near full scale."""
    peak = _peak(samples)
    runs: list[tuple[int, int]] = []
    if peak >= 10 ** (-1 / 20):
        at_peak = np.concatenate([at + np.flatnonzero(np.abs(block) >= CLIP_LEVEL * peak)
                                  for at, block in _blocks(samples, 1)])
        runs = [(a, b) for a, b in _index_runs(at_peak) if b - a >= CLIP_RUN]
    clipped = sum(b - a for a, b in runs)
    regions = _merge([(a / SAMPLE_RATE, b / SAMPLE_RATE) for a, b in runs], CLIP_MERGE_S)
    return {"clipped_share": round(clipped / max(1, len(samples)), 6),
            "clipped_regions": [[_r(a), _r(b)] for a, b in regions]}


def _index_runs(indices: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) pairs of the runs of consecutive integers in a sorted index array."""
    if indices.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(indices) != 1)
    starts = np.concatenate(([indices[0]], indices[breaks + 1]))
    ends = np.concatenate((indices[breaks], [indices[-1]])) + 1
    return list(zip(starts.tolist(), ends.tolist()))


def _merge(spans: list[tuple[float, float]], gap: float) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for a, b in spans:
        if merged and a - merged[-1][1] <= gap:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


# -- silence ----------------------------------------------------------------------------------

def _silence(sound: SoundMap, duration: float) -> dict:
    regions = sound.regions()
    if not regions:
        return {"speech_start_s": None, "speech_end_s": None, "leading_silence_s": _r(duration),
                "trailing_silence_s": None, "pauses": []}
    pauses = [[_r(prev_end), _r(start)] for (_, prev_end), (start, _) in zip(regions, regions[1:])
              if start - prev_end >= 1.0]
    return {"speech_start_s": _r(regions[0][0]), "speech_end_s": _r(regions[-1][1]),
            "leading_silence_s": _r(regions[0][0]), "trailing_silence_s": _r(max(0.0, duration - regions[-1][1])),
            "pauses": pauses}


# -- noise and hum ----------------------------------------------------------------------------

def _noise(samples: np.ndarray, frames_db: np.ndarray, sound: SoundMap) -> dict:
    quiet = frames_db[~sound.sounding]
    active = frames_db[sound.sounding]
    # the median: quiet frames next to words carry speech tails that would pull a mean up
    noise = float(np.median(quiet)) if quiet.size else float(np.percentile(frames_db, 5))
    speech = float(_db(np.mean(10 ** (active / 10.0)))) if active.size else None
    return {"noise_floor_dbfs": _r(noise), "snr_db": _r(None if speech is None else speech - noise),
            "hum": _hum(samples)}


def _hum(samples: np.ndarray) -> Optional[dict]:
    """The strongest mains line (50/60 Hz and harmonics) per 1 s stretch, and where it stands out."""
    n = len(samples) // SAMPLE_RATE
    if n == 0:
        return None
    window = np.hanning(SAMPLE_RATE)
    excess_by_mains: dict[int, list[np.ndarray]] = {mains: [] for mains in MAINS_HZ}
    for _, block in _blocks(samples[: n * SAMPLE_RATE], SAMPLE_RATE):
        spectra = np.abs(np.fft.rfft(block.reshape(-1, SAMPLE_RATE) * window, axis=1)) ** 2  # 1 Hz bins
        for mains, parts in excess_by_mains.items():
            parts.append(np.max([_line_excess_db(spectra, mains * k) for k in range(1, HUM_HARMONICS + 1)], axis=0))
    best = None
    for mains, parts in excess_by_mains.items():
        excess = np.concatenate(parts)
        if best is None or np.median(excess) > np.median(best[1]):
            best = (mains, excess)
    mains, excess = best
    present = np.flatnonzero(excess >= HUM_EXCESS_DB)
    return {"frequency_hz": mains, "excess_db": _r(float(np.median(excess))),
            "start": _r(float(present[0])) if present.size else None,
            "end": _r(float(present[-1] + 1)) if present.size else None,
            "seconds": int(present.size)}


def _line_excess_db(spectra: np.ndarray, hz: int) -> np.ndarray:
    """How far the bins at ``hz`` stand above the median of the bins 4-15 Hz around it, per block."""
    line = spectra[:, hz - 1:hz + 2].max(axis=1)
    around = np.concatenate([spectra[:, hz - 15:hz - 3], spectra[:, hz + 4:hz + 16]], axis=1)
    # a line in digital silence is not hum: the absolute level must be audible too
    audible = line > 1e-6 * SAMPLE_RATE
    return np.where(audible, _db(line) - _db(np.median(around, axis=1)), 0.0)


# -- pace and numbers -------------------------------------------------------------------------

def _pace(words: tuple[Word, ...], sound: SoundMap) -> dict:
    timed = [w for w in words if w.start is not None and w.end is not None]
    if len(timed) < 2:
        return {"words_per_minute": None, "speaking_time_s": None}
    # time between the first and last word, less the long pauses (they are a finding of their own)
    span = timed[-1].end - timed[0].start
    long_gaps = sum(max(0.0, b.start - a.end) for a, b in zip(timed, timed[1:]) if b.start - a.end > 2.0)
    speaking = span - long_gaps
    wpm = len(timed) / speaking * 60.0 if speaking >= 1.0 else None
    return {"words_per_minute": _r(wpm, 1), "speaking_time_s": _r(speaking)}


@dataclass(frozen=True)
class DigitRun:
    """A phone number (or any run of spoken digits) with its time on the recording."""

    text: str
    digits: int
    start: float
    end: float
    pause_before_s: Optional[float]  # None when nothing is said before it
    pause_after_s: Optional[float]

    @property
    def digits_per_second(self) -> float:
        return self.digits / max(self.end - self.start, FRAME_S)

    def as_dict(self) -> dict:
        return {"text": self.text, "digits": self.digits, "start": _r(self.start), "end": _r(self.end),
                "digits_per_second": _r(self.digits_per_second), "pause_before_s": _r(self.pause_before_s),
                "pause_after_s": _r(self.pause_after_s)}


def _bare(word: Word) -> str:
    return re.sub(r"[^a-z]", "", word.text.lower())


def digit_runs(words: tuple[Word, ...], sound: SoundMap) -> list[DigitRun]:
    """Runs of spoken digit words ("five five five, zero one four two", "double two") in timed words."""
    timed = [w for w in words if w.start is not None and w.end is not None]
    runs, current = [], []
    for word in timed + [None]:
        token = _bare(word) if word is not None else ""
        if token in _DIGITS or token in _MULTIPLIERS:
            current.append(word)
            continue
        if current:
            run = _digit_run(current, timed, sound)
            if run is not None:
                runs.append(run)
        current = []
    return runs


def _digit_run(run: list[Word], timed: list[Word], sound: SoundMap) -> Optional[DigitRun]:
    count, factor = 0, 1
    for word in run:
        token = _bare(word)
        if token in _MULTIPLIERS:
            factor = _MULTIPLIERS[token]
        else:
            count, factor = count + factor, 1
    if count < MIN_NUMBER_DIGITS:
        return None
    # the recogniser's word edges drift by up to half a second: snap them to the pauses around the number
    start, before = sound.pause_edge(run[0].start, -1)
    end, after = sound.pause_edge(run[-1].end, +1)
    if end <= start:  # no pause found on one side and the snapped edges crossed: keep the word times
        start, end = run[0].start, run[-1].end
    before = None if run[0] is timed[0] else before
    after = None if run[-1] is timed[-1] else after
    return DigitRun(" ".join(w.text for w in run), count, start, end, before, after)


# -- confidence -------------------------------------------------------------------------------

def _confidence(words: tuple[Word, ...]) -> dict:
    scored = [w for w in words if w.probability is not None and w.start is not None]
    if not scored:
        return {"low_confidence_share": None, "mumbled": None}
    low = sum(w.probability < LOW_PROBABILITY for w in scored) / len(scored)
    mumbled = None
    if len(scored) >= MUMBLE_WINDOW:
        probs = np.array([w.probability for w in scored])
        means = np.convolve(probs, np.ones(MUMBLE_WINDOW) / MUMBLE_WINDOW, mode="valid")
        i = int(np.argmin(means))
        stretch = scored[i:i + MUMBLE_WINDOW]
        mumbled = {"text": " ".join(w.text for w in stretch), "start": stretch[0].start, "end": stretch[-1].end,
                   "mean_probability": _r(float(means[i]), 3)}
    return {"low_confidence_share": _r(low, 3), "mumbled": mumbled}


# -- telephony --------------------------------------------------------------------------------

def _telephony(decoded: DecodedAudio) -> dict:
    """Facts for phone systems: 8 kHz G.711 is what they play anyway, so it is normal, not a defect."""
    return {"bandwidth_hz": decoded.source_rate // 2 if decoded.source_rate else None,
            "narrowband": bool(decoded.source_rate and decoded.source_rate <= 8000),
            "codec_family": _NARROWBAND_CODECS.get(decoded.codec, decoded.codec),
            "mono": decoded.channels == 1}


def _r(value, digits: int = 2):
    return None if value is None else round(float(value), digits)
