"""Acoustic measures of the decoded samples: level, silence, noise, hum, pitch, spectrum, onsets.

``measure(decoded) -> Measures`` (greetlint.model) is purely acoustic: it reads samples, never
words. What depends on the transcript (pace, the timing of the phone numbers the facts found,
recogniser confidence) is greetlint.delivery. The JSON ``audio`` object carries both.

Cost matters: transcribing a 20 s greeting takes about a second, so level, silence and noise use
numpy on 10 ms frames and 1 s spectra, walking the float32 samples in BLOCK_S stretches so a
10-minute file needs little beyond its decoded samples. The frame levels stay numpy rather than
``librosa.feature.rms``: librosa accumulates in float32, which moves levels by ~1e-6 dB and the
sound threshold with them (not the same silence map bit for bit), over a whole-file frame view;
the recogniser's VAD spans are speech probabilities, not sound, and are not kept with a cached
transcript, so the silence measures (dead air, pauses) keep their own sound map. How the voice sounds (pitch, spectral
shape, onsets) is librosa, the field's tool, on the speech stretches only (see ``_voice``).
librosa and pyloudnorm are imported lazily, on the first audio file; ``preload`` starts those
imports on a thread while the model loads (librosa's numba kernels are compiled once per machine
and kept in the default greetlint cache dir, ``NUMBA_CACHE_DIR``, whatever ``--cache-dir`` says).

Every value is a float, int, str, record or None; None means "could not be measured" (e.g.
loudness of a recording shorter than one 400 ms gating block).
"""
from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np

from .audio import SAMPLE_RATE, DecodedAudio
from .filelock import exclusive
from .model import Hum, Measures, Pitch, Spectrum, Telephony

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
PAUSE_MIN_S = 0.15  # silences this long are kept (Measures.silences): a spoken number's edges snap to them
LONG_PAUSE_S = 1.0  # silences this long between sounds are Measures.pauses
CLIP_RUN = 3  # consecutive samples stuck at the peak: a flattened waveform, not a sharp peak
CLIP_LEVEL = 0.995  # of the file's peak, which must itself be within 1 dB of full scale
CLIP_MERGE_S = 0.5
MAINS_HZ = (50, 60)
HUM_HARMONICS = 4
HUM_EXCESS_DB = 15.0  # a mains line standing this far above the spectrum around it is hum
# voice: features every 20 ms (every other SoundMap frame, so a feature frame and its sound flag line
# up); pitch between 65 Hz (a low male voice) and 400 Hz (a high female voice) by yin over 40 ms
# frames of the signal halved to 8 kHz (pitch lives far below 4 kHz; a quarter of the cost)
VOICE_HOP = 2  # SoundMap frames
PITCH_HOP = 4  # SoundMap frames: pitch every 40 ms is plenty for its percentiles (and yin is the dear part)
PITCH_FMIN, PITCH_FMAX = 65.0, 400.0
PITCH_RATE = SAMPLE_RATE // 2
PITCH_FRAME = 256  # samples at PITCH_RATE (32 ms): yin looks for periods up to 127 samples, 63 Hz
PITCH_STEP_SEMITONES = 2.0  # a voiced frame's pitch is within this of both neighbours 40 ms away (yin's octave slips are not)
MIN_VOICED_S = 1.0  # less voiced speech than this: no pitch figures
VOICE_N_FFT = 512  # 32 ms spectra for the spectral shape
PHONE_BAND_HZ = 3400.0  # the top of the telephone band (ITU-T G.711/G.712: 300-3400 Hz)
ONSET_WAIT_S = 0.1  # two onsets closer than this are one (syllables are ~150-250 ms apart)
_NARROWBAND_CODECS = {"pcm_mulaw": "G.711 mu-law", "pcm_alaw": "G.711 A-law", "gsm": "GSM", "gsm_ms": "GSM",
                      "amr_nb": "AMR-NB", "g722": "G.722", "g729": "G.729", "adpcm_g726": "G.726"}


def measure(decoded: DecodedAudio) -> Measures:
    samples = np.asarray(decoded.samples, dtype=np.float32)
    frames_db = frame_levels(samples)
    sound = SoundMap.from_levels(frames_db)
    duration = len(samples) / SAMPLE_RATE
    level = _level(samples, frames_db, sound)
    return Measures(**level, **_clipping(samples), **_silence(sound, duration), **_noise(samples, frames_db, sound),
                    **_voice(samples, sound), telephony=_telephony(decoded))


# -- librosa, loaded once and off the critical path ----------------------------------------

_preload_lock = threading.Lock()
_preload: Optional[threading.Thread] = None


def preload(cache_dir: Optional[Path]) -> None:
    """Start importing the audio libraries (pyloudnorm, librosa) on a thread; ``measure`` waits for it.

    numba, under librosa, compiles its kernels the first time on a machine and caches them:
    the cache goes in greetlint's cache dir unless NUMBA_CACHE_DIR is already set.
    """
    global _preload
    with _preload_lock:
        if _preload is not None:
            return
        if cache_dir is not None and "NUMBA_CACHE_DIR" not in os.environ:
            os.environ["NUMBA_CACHE_DIR"] = _writable(Path(cache_dir) / "numba")
        _preload = threading.Thread(target=_import_libraries, name="greetlint-preload", daemon=True)
        _preload.start()


_waited_reported = False


def _writable(folder: Path) -> str:
    """``folder`` if it can be created and written, else a private temporary folder (numba must write its cache)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.access(folder, os.W_OK):
            return str(folder)
    except OSError:
        pass
    import tempfile

    return tempfile.mkdtemp(prefix="greetlint-numba-")


def wait_for_libraries() -> float:
    """Block until ``preload``'s imports are done (starting them here if nobody did).

    Returns the seconds this call waited, counted once per process: when two files wait at the
    same time, only the first one to finish waiting reports it (the batch's timings add files up).
    """
    global _waited_reported
    if _preload is None:
        preload(None)
    t = time.perf_counter()
    _preload.join()
    waited = time.perf_counter() - t
    with _preload_lock:
        if _waited_reported:
            return 0.0
        _waited_reported = True
    return waited


def _import_libraries() -> None:
    # numba writes its cache on the first import and the first call of each kernel; two greetlint
    # processes doing that at once into one cache dir can leave it corrupt (every later run crashes).
    # So the imports and one small warm-up of every kernel ``_voice`` calls happen under a file lock.
    folder = os.environ.get("NUMBA_CACHE_DIR")  # numba may write its kernels there: one process at a time
    with exclusive(os.path.join(folder, ".greetlint.lock") if folder else None):
        try:
            import librosa  # noqa: F401
            import librosa.core.pitch  # noqa: F401  - the modules whose numba kernels load on import
            import librosa.feature  # noqa: F401
            import librosa.onset  # noqa: F401
            import pyloudnorm  # noqa: F401

            _warm_up()
        except Exception:  # noqa: BLE001 - the measure that needs it raises the real error in place
            pass


def _warm_up() -> None:
    """Run ``_voice_features`` once on a second of noise with every frame sounding, so numba compiles
    (or loads) every kernel it uses while the lock is held."""
    noise = (np.random.default_rng(0).standard_normal(SAMPLE_RATE) * 0.1).astype(np.float32)
    _voice_features(noise, SoundMap(np.ones(len(noise) // FRAME, dtype=bool), 0.0))


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
            "clipped_regions": tuple((_r(a), _r(b)) for a, b in regions)}


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
    silences = tuple((_r(a * FRAME_S), _r(b * FRAME_S)) for a, b in _runs(~sound.sounding)
                     if (b - a) * FRAME_S >= PAUSE_MIN_S)
    if not regions:
        return {"speech_start_s": None, "speech_end_s": None, "leading_silence_s": _r(duration),
                "trailing_silence_s": None, "pauses": (), "silences": silences}
    pauses = tuple((_r(prev_end), _r(start)) for (_, prev_end), (start, _) in zip(regions, regions[1:])
                   if start - prev_end >= LONG_PAUSE_S)
    return {"speech_start_s": _r(regions[0][0]), "speech_end_s": _r(regions[-1][1]),
            "leading_silence_s": _r(regions[0][0]), "trailing_silence_s": _r(max(0.0, duration - regions[-1][1])),
            "pauses": pauses, "silences": silences}


# -- noise and hum ----------------------------------------------------------------------------

def _noise(samples: np.ndarray, frames_db: np.ndarray, sound: SoundMap) -> dict:
    quiet = frames_db[~sound.sounding]
    active = frames_db[sound.sounding]
    # the median: quiet frames next to words carry speech tails that would pull a mean up
    noise = float(np.median(quiet)) if quiet.size else float(np.percentile(frames_db, 5))
    speech = float(_db(np.mean(10 ** (active / 10.0)))) if active.size else None
    return {"noise_floor_dbfs": _r(noise), "snr_db": _r(None if speech is None else speech - noise),
            "hum": _hum(samples)}


def _hum(samples: np.ndarray) -> Optional[Hum]:
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
    return Hum(frequency_hz=mains, excess_db=_r(float(np.median(excess))),
               start=_r(float(present[0])) if present.size else None,
               end=_r(float(present[-1] + 1)) if present.size else None,
               seconds=int(present.size))


def _line_excess_db(spectra: np.ndarray, hz: int) -> np.ndarray:
    """How far the bins at ``hz`` stand above the median of the bins 4-15 Hz around it, per block."""
    line = spectra[:, hz - 1:hz + 2].max(axis=1)
    around = np.concatenate([spectra[:, hz - 15:hz - 3], spectra[:, hz + 4:hz + 16]], axis=1)
    # a line in digital silence is not hum: the absolute level must be audible too
    audible = line > 1e-6 * SAMPLE_RATE
    return np.where(audible, _db(line) - _db(np.median(around, axis=1)), 0.0)


# -- how the voice sounds (librosa) ----------------------------------------------------------

def _voice(samples: np.ndarray, sound: SoundMap) -> dict:
    """``_voice_features`` once the audio libraries are imported."""
    wait_for_libraries()
    return _voice_features(samples, sound)


def _voice_features(samples: np.ndarray, sound: SoundMap) -> dict:
    """Pitch (librosa.yin), spectral shape and onset rate over the sounding 10 ms frames.

    Each BLOCK_S stretch that holds sound is analysed every VOICE_HOP SoundMap frames, so a
    feature frame and a sound flag line up; only sounding frames count. A frame's pitch counts as voiced
    when it is inside (PITCH_FMIN, PITCH_FMAX) and within PITCH_STEP_SEMITONES of both neighbours
    (yin reports a period for every frame; in unvoiced or noisy frames it jumps about).
    """
    import librosa

    f0_parts, centroid_parts, rolloff_parts, onsets = [], [], [], 0
    total_power = high_power = 0.0
    hop = FRAME * VOICE_HOP
    step = BLOCK_S * SAMPLE_RATE // hop * hop
    freqs = librosa.fft_frequencies(sr=SAMPLE_RATE, n_fft=VOICE_N_FFT)
    sounding = sound.sounding[::VOICE_HOP]
    for at in range(0, len(sound.sounding) * FRAME, step):
        mask = sounding[at // hop:(at + step) // hop]
        block = samples[at:at + len(mask) * hop]
        if not mask.any() or len(block) < 2 * PITCH_FRAME:
            continue
        even = block[: len(block) // 2 * 2]
        halved = 0.5 * (even[0::2] + even[1::2])  # 8 kHz: the mean of each pair (a gentle low-pass), then one of two
        pitch_mask = sound.sounding[at // FRAME:(at + step) // FRAME:PITCH_HOP]
        f0 = librosa.yin(halved, fmin=PITCH_FMIN, fmax=PITCH_FMAX, sr=PITCH_RATE, frame_length=PITCH_FRAME,
                         hop_length=FRAME * PITCH_HOP // 2)[: len(pitch_mask)]
        f0_parts.append(_voiced(f0, pitch_mask[: len(f0)]))
        power = (np.abs(librosa.stft(block, n_fft=VOICE_N_FFT, hop_length=hop)) ** 2)[:, : len(mask)]
        on = mask[: power.shape[1]]
        centroid_parts.append(librosa.feature.spectral_centroid(S=power[:, on], freq=freqs)[0])
        rolloff_parts.append(librosa.feature.spectral_rolloff(S=power[:, on], freq=freqs, roll_percent=0.85)[0])
        total_power += float(power[:, on].sum())
        high_power += float(power[freqs > PHONE_BAND_HZ][:, on].sum())
        envelope = librosa.onset.onset_strength(S=librosa.power_to_db(power), sr=SAMPLE_RATE, hop_length=hop)
        peaks = librosa.onset.onset_detect(onset_envelope=envelope, sr=SAMPLE_RATE, hop_length=hop,
                                           wait=max(1, int(ONSET_WAIT_S / (hop / SAMPLE_RATE))), units="frames")
        onsets += int(sum(1 for p in peaks if p < len(on) and on[p]))
    sounding_s = float(sound.sounding.sum()) * FRAME_S
    out: dict = {"pitch": None, "spectrum": None, "onset_rate_per_s": None}
    voiced = np.concatenate(f0_parts) if f0_parts else np.zeros(0)
    voiced_s = voiced.size * PITCH_HOP * FRAME_S
    if voiced_s >= MIN_VOICED_S:
        p10, p50, p90 = np.percentile(voiced, [10, 50, 90])
        out["pitch"] = Pitch(median_hz=_r(p50, 1), p10_hz=_r(p10, 1), p90_hz=_r(p90, 1),
                             range_semitones=_r(12.0 * np.log2(p90 / p10)), voiced_s=_r(voiced_s))
    if centroid_parts and total_power > 0:
        out["spectrum"] = Spectrum(centroid_hz=_r(np.median(np.concatenate(centroid_parts)), 0),
                                   rolloff_hz=_r(np.median(np.concatenate(rolloff_parts)), 0),
                                   above_3400hz_share=_r(high_power / total_power, 4))
    if sounding_s >= MIN_VOICED_S:
        out["onset_rate_per_s"] = _r(onsets / sounding_s)
    return out


def _voiced(f0: np.ndarray, sounding: np.ndarray) -> np.ndarray:
    """The pitch of the sounding frames whose pitch is in range and continuous with both neighbours."""
    inside = (f0 > PITCH_FMIN * 1.01) & (f0 < PITCH_FMAX * 0.99) & sounding
    semis = 12.0 * np.log2(np.maximum(f0, 1.0))
    steady = np.zeros_like(inside)
    steady[1:-1] = (np.abs(semis[1:-1] - semis[:-2]) < PITCH_STEP_SEMITONES) & \
                   (np.abs(semis[1:-1] - semis[2:]) < PITCH_STEP_SEMITONES) & inside[:-2] & inside[2:]
    return f0[inside & steady]


# -- telephony --------------------------------------------------------------------------------

def _telephony(decoded: DecodedAudio) -> Telephony:
    """Facts for phone systems: 8 kHz G.711 is what they play anyway, so it is normal, not a defect."""
    return Telephony(bandwidth_hz=decoded.source_rate // 2 if decoded.source_rate else None,
                     narrowband=bool(decoded.source_rate and decoded.source_rate <= 8000),
                     codec_family=_NARROWBAND_CODECS.get(decoded.codec, decoded.codec),
                     mono=decoded.channels == 1)


def _r(value, digits: int = 2):
    return None if value is None else round(float(value), digits)
