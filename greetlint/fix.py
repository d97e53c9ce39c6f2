"""``greetlint fix``: a corrected copy of each recording, in a format the target phone system accepts.

For each input: lint it (the before measures and facts), decode it at the target's output rate,
then

1. remove DC offset and rumble (4th-order high-pass at 80 Hz) and, when the measures found mains
   hum, notch out its line and harmonics;
2. trim leading and trailing silence to about half a second (``LEAD_S``/``TRAIL_S``);
3. bring the speech level to telephony level (RFC 7874: -19 dBm0, about -22 dBFS, or the profile's
   ``speech-level-dbfs``) and limit peaks to ``CEILING_DBFS``;
4. pad to the profile's minimum duration, if it has one;
5. encode the output format (rate, channels, codec) with PyAV, FFmpeg's own encoders, into a
   temporary file in the output folder and ``os.replace`` it into place.

PyAV (already installed with faster-whisper) writes PCM, mu-law and A-law WAV itself, so no ffmpeg
binary or subprocess is needed. Inputs are never written: an output path that is an input is
refused. Then the outputs are linted with the same target: which findings the fix removed, which
remain (clipping, noise under speech and content findings cannot be fixed: "re-record"), and
whether the transcript's facts (names, phone numbers) are the same as the original's.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from .audio import InputError
from .model import FileResult, Finding, Hum, severity_rank

if TYPE_CHECKING:
    import numpy as np

    from .targets import Profile

LEAD_S = 0.4  # silence kept before the first word ("about half a second"; GL411 warns past 0.5 s)
TRAIL_S = 0.5
CEILING_DBFS = -1.0
HIGH_PASS_HZ = 80.0
NOTCH_Q = 30.0
MAX_GAIN_DB = 40.0
FADE_S = 0.01
# findings a signal fix cannot remove: they need a new recording
RE_RECORD = {"GL423": "clipping is lost signal", "GL431": "noise under the speech cannot be removed cleanly",
             "GL413": "a long pause is part of the take", "GL475": "it is too long for the target",
             "GL441": "the pace is the speaker's", "GL442": "the number's pace is the speaker's",
             "GL443": "the pause before the number is the speaker's", "GL451": "mumbled words need a new take",
             "GL477": "the number does not carry on a phone line", "GL478": "the name does not carry on a phone line"}


@dataclass
class Repair:
    """What was done to one recording's samples."""

    samples: "np.ndarray"
    rate: int
    steps: list[str] = field(default_factory=list)


@dataclass
class FixOutcome:
    path: str
    output: Optional[str] = None
    error: Optional[str] = None
    before: Optional[FileResult] = None
    after: Optional[FileResult] = None
    steps: list[str] = field(default_factory=list)

    @property
    def fixed(self) -> list[Finding]:
        """The original's findings whose rule no longer fires on the output."""
        left = {f.rule for f in self.after.findings} if self.after and self.after.analysis else set()
        return [f for f in self.before.findings if f.rule not in left] if self.before else []

    @property
    def remaining(self) -> list[Finding]:
        return list(self.after.findings) if self.after and self.after.analysis else []

    def fact_changes(self) -> list[str]:
        """How the output's heard names and numbers differ from the original's ([] when the same)."""
        if not (self.before and self.before.analysis and self.after and self.after.analysis):
            return []
        changes = []
        old, new = _facts(self.before), _facts(self.after)
        for label, was, now in (("number", old[0], new[0]), ("name", old[1], new[1])):
            for item in sorted(was - now):
                changes.append(f"the {label} {item!r} is no longer heard")
            for item in sorted(now - was):
                changes.append(f"the {label} {item!r} is heard only in the fixed copy")
        return changes


def _facts(result: FileResult) -> tuple[set[str], set[str]]:
    facts = result.analysis.facts
    return ({n.digits for n in facts.phone_numbers},
            {" ".join(re.findall(r"[a-z]+", s.text.lower())) for s in facts.names})


def output_path(path: str, out_dir: Path, profile: "Profile") -> Path:
    return out_dir / f"{Path(path).stem}.{profile.output.format}"


def plan(paths: list[str], out_dir: Path, profile: "Profile") -> list[FixOutcome]:
    """An outcome per input with its output path, or the reason it will not be written."""
    unique = list({os.path.realpath(p): p for p in reversed(paths)}.values())[::-1]  # a file named twice is fixed once
    inputs = {os.path.realpath(p) for p in unique}
    taken: dict[str, str] = {}
    outcomes = []
    for path in unique:
        out = output_path(path, out_dir, profile)
        real = os.path.realpath(out)
        outcome = FixOutcome(path, str(out))
        if real in inputs:
            outcome.error = f"refusing to write {out}: it is an input (choose another -o folder)"
        elif real in taken:
            outcome.error = f"{out} would also be written for {taken[real]} (same file name)"
        else:
            taken[real] = path
        outcomes.append(outcome)
    return outcomes


# -- the signal ------------------------------------------------------------------------------------
def repair(path: str, profile: "Profile", before: FileResult, max_duration_s: Optional[float] = None) -> Repair:
    """Decode at the target's rate and fix level, silence, DC and hum (see the module docstring)."""
    import numpy as np

    from .audio import decode

    out = profile.output
    decoded = decode(path, max_duration_s=max_duration_s, rate=out.sample_rate)
    rate = out.sample_rate
    x = decoded.samples.astype(np.float64)
    fix = Repair(x, rate)
    hum = before.analysis.audio.measures.hum if before.analysis and before.analysis.audio else None
    hum_max = before.analysis.settings.thresholds.hum_max_db
    heard_hum = hum is not None and hum.start is not None and (hum.excess_db or 0.0) >= hum_max  # what GL432 reports
    x = _remove_dc_and_hum(x, rate, hum if heard_hum else None, fix.steps)
    x = _trim(x, rate, fix.steps)
    x = _normalise(x, rate, profile.speech_level_dbfs, fix.steps)
    if profile.min_seconds is not None and len(x) < profile.min_seconds.value * rate:
        missing = int(np.ceil(profile.min_seconds.value * rate)) - len(x)
        x = np.concatenate([x, np.zeros(missing)])
        fix.steps.append(f"padded with {missing / rate:.1f} s of silence to {profile.possessive} "
                         f"{profile.min_seconds.value:g} s minimum")
    fix.steps.append(f"converted {_describe_source(decoded)} to {out.describe()}")
    fix.samples = x.astype(np.float32)
    return fix


def _describe_source(decoded) -> str:
    from .targets import describe_file

    return describe_file(decoded)


def _remove_dc_and_hum(x: "np.ndarray", rate: int, hum: "Optional[Hum]", steps: list[str]) -> "np.ndarray":
    import numpy as np
    from scipy.signal import butter, iirnotch, sosfiltfilt, tf2sos

    offset = float(np.mean(x)) if x.size else 0.0
    x = x - offset
    x = sosfiltfilt(butter(4, HIGH_PASS_HZ, btype="highpass", fs=rate, output="sos"), x)
    dc = f"removed a DC offset of {offset * 100:+.2f} % of full scale and" if abs(offset) >= 1e-4 else "removed"
    steps.append(f"{dc} rumble below {HIGH_PASS_HZ:g} Hz")
    if hum is not None and hum.start is not None and hum.frequency_hz:
        mains = int(hum.frequency_hz)
        lines = [mains * k for k in range(1, 9) if mains * k < rate / 2 - 50]
        for hz in lines:
            b, a = iirnotch(hz, NOTCH_Q, fs=rate)
            x = sosfiltfilt(tf2sos(b, a), x)
        steps.append(f"notched {mains} Hz mains hum and its harmonics up to {lines[-1]} Hz")
    return x


def _sound(x: "np.ndarray", rate: int):
    """The measures' own sound map (10 ms frames), at any rate."""
    import numpy as np

    from .measures import SoundMap, _db

    frame = rate // 100
    n = len(x) // frame
    if n == 0:
        return None, None
    power = np.mean(np.square(x[: n * frame]).reshape(n, frame), axis=1)
    levels = _db(power)
    return SoundMap.from_levels(levels), levels


def _trim(x: "np.ndarray", rate: int, steps: list[str]) -> "np.ndarray":
    import numpy as np

    sound, _ = _sound(x, rate)
    regions = sound.regions() if sound is not None else []
    if not regions:
        steps.append("no speech found: silence left as it is")
        return x
    start = max(0.0, regions[0][0] - LEAD_S)
    end = min(len(x) / rate, regions[-1][1] + TRAIL_S)
    cut_lead, cut_trail = start, len(x) / rate - end
    if cut_lead < 0.05 and cut_trail < 0.05:
        return x
    y = x[int(start * rate): int(end * rate)].copy()
    fade = min(int(FADE_S * rate), len(y) // 2)
    if fade:
        ramp = np.linspace(0.0, 1.0, fade)
        if cut_lead >= 0.05:
            y[:fade] *= ramp
        if cut_trail >= 0.05:
            y[-fade:] *= ramp[::-1]
    steps.append(f"trimmed {cut_lead:.1f} s of leading and {cut_trail:.1f} s of trailing silence "
                 f"(kept {LEAD_S:g} s / {TRAIL_S:g} s)")
    return y


def _normalise(x: "np.ndarray", rate: int, target_dbfs: float, steps: list[str]) -> "np.ndarray":
    """Active speech level (the measures' speech_level_dbfs) to ``target_dbfs``, then a peak limiter."""
    import numpy as np

    sound, levels = _sound(x, rate)
    if sound is None or not sound.sounding.any():
        return x
    active = levels[sound.sounding]
    level = float(10 * np.log10(np.mean(10 ** (active / 10.0))))
    gain_db = float(np.clip(target_dbfs - level, -MAX_GAIN_DB, MAX_GAIN_DB))
    x = x * 10 ** (gain_db / 20)
    verb = "raised" if gain_db >= 0 else "lowered"
    steps.append(f"{verb} speech by {abs(gain_db):.1f} dB ({level:.1f} -> {level + gain_db:.1f} dBFS)")
    limited, count = _limit_peaks(x, rate, 10 ** (CEILING_DBFS / 20))
    if count:
        steps.append(f"limited peaks to {CEILING_DBFS:g} dBFS ({count} samples)")
    return limited


def _limit_peaks(x: "np.ndarray", rate: int, ceiling: float) -> tuple["np.ndarray", int]:
    """A look-ahead peak limiter: a gain that never lets a sample past ``ceiling``, smoothed over ~5 ms."""
    import numpy as np
    from scipy.ndimage import minimum_filter1d, uniform_filter1d

    over = np.abs(x) > ceiling
    if not over.any():
        return x, 0
    need = np.minimum(1.0, ceiling / np.maximum(np.abs(x), 1e-12))
    width = max(3, int(0.005 * rate) | 1)
    # the minimum over twice the smoothing window, then its average: the gain at every peak stays <= what it needs
    gain = uniform_filter1d(minimum_filter1d(need, size=2 * width + 1), size=width)
    y = x * np.minimum(gain, 1.0)
    y = np.clip(y, -ceiling, ceiling)  # rounding at the window edges
    return y, int(over.sum())


def write_atomic(samples: "np.ndarray", target: Path, profile: "Profile") -> int:
    """Encode into a temporary file next to ``target``, then rename it into place; the output's size."""
    from .phone import write_wav

    out = profile.output
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        write_wav(str(tmp), samples, out.sample_rate, out.av_codec, channels=out.channels)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target.stat().st_size


# -- the report -----------------------------------------------------------------------------------
_MEASURES = (("duration", lambda a: a.audio.duration_s, "{:.1f} s"),
             ("leading silence", lambda a: a.audio.measures.leading_silence_s, "{:.1f} s"),
             ("trailing silence", lambda a: a.audio.measures.trailing_silence_s, "{:.1f} s"),
             ("speech level", lambda a: a.audio.measures.speech_level_dbfs, "{:.1f} dBFS"),
             ("loudness", lambda a: a.audio.measures.loudness_lufs, "{:.1f} LUFS"),
             ("peak", lambda a: a.audio.measures.peak_dbfs, "{:.1f} dBFS"),
             ("noise floor", lambda a: a.audio.measures.noise_floor_dbfs, "{:.0f} dBFS"),
             ("hum", lambda a: a.audio.measures.hum and a.audio.measures.hum.excess_db, "{:.0f} dB"),
             ("file size", lambda a: a.audio.file_bytes and a.audio.file_bytes / 1e6, "{:.2f} MB"))


def measures_table(before: FileResult, after: FileResult) -> list[str]:
    rows = [f"    {'measure':<17} {'before':>12} {'after':>12}"]
    for label, get, fmt in _MEASURES:
        values = []
        for r in (before, after):
            try:
                value = get(r.analysis)
            except (AttributeError, TypeError):
                value = None
            values.append("-" if value is None else fmt.format(value))
        rows.append(f"    {label:<17} {values[0]:>12} {values[1]:>12}")
    return rows


def report_lines(outcome: FixOutcome) -> list[str]:
    """The text block of one fixed recording."""
    if outcome.error:
        return [f"{outcome.path}: error: {outcome.error}"]
    after = outcome.after
    size = after.analysis.audio.file_bytes if after and after.analysis and after.analysis.audio else None
    lines = [f"{outcome.path} -> {outcome.output}" + (f"  ({size / 1e6:.2f} MB)" if size else "")]
    lines += [f"  - {step}" for step in outcome.steps]
    if after is None or after.analysis is None:
        reason = after.error.message if after and after.error else "not linted"
        return lines + [f"  the written file could not be linted: {reason}"]
    lines += measures_table(outcome.before, after)
    fixed = outcome.fixed
    if fixed:
        lines.append("  fixed: " + ", ".join(f"{f.rule} {f.name}" for f in _unique(fixed)))
    changes = outcome.fact_changes()
    if changes:
        lines += [f"  facts changed: {c}; compare the two recordings" for c in changes]
    else:
        numbers = sorted({n.digits for n in after.analysis.facts.phone_numbers})
        names = list(dict.fromkeys(n.text for n in after.analysis.facts.names))
        heard = ", ".join(numbers + names) or "no names or numbers in either"
        lines.append(f"  facts: the same names and numbers as the original ({heard})")
    for f in outcome.remaining:
        why = RE_RECORD.get(f.rule) or ("content: what is said" if f.category != "audio" else "")
        lines.append(f"  still {f.severity} {f.rule} {f.name}: {f.message}")
        lines.append(f"      re-record: {f.fix}" + (f" ({why})" if why else "") if f.fix else f"      re-record ({why})")
    return lines


def _unique(findings: list[Finding]) -> list[Finding]:
    seen, out = set(), []
    for f in findings:
        if f.rule not in seen:
            seen.add(f.rule)
            out.append(f)
    return out


def exit_code(outcomes: list[FixOutcome], fail_level: str) -> int:
    """2 a file could not be fixed; 1 a fixed copy still has findings at the fail level or heard other facts; else 0."""
    if any(o.error or (o.after is not None and o.after.error) for o in outcomes):
        return 2
    for o in outcomes:
        if o.fact_changes() or any(severity_rank(f.severity) >= severity_rank(fail_level) for f in o.remaining):
            return 1
    return 0


def fix_one(outcome: FixOutcome, profile: "Profile", max_duration_s: Optional[float]) -> None:
    """Repair and write one linted recording; bad input becomes the outcome's error."""
    if outcome.before is None or outcome.before.error is not None:
        err = outcome.before.error if outcome.before else None
        outcome.error = f"{err.message} [{err.code}]" if err else "could not be linted"
        return
    if outcome.before.input != "audio":
        outcome.error = "not an audio file (greetlint fix repairs recordings; a script has nothing to fix)"
        return
    try:
        repaired = repair(outcome.path, profile, outcome.before, max_duration_s)
        Path(outcome.output).parent.mkdir(parents=True, exist_ok=True)
        write_atomic(repaired.samples, Path(outcome.output), profile)
    except InputError as exc:
        outcome.error = f"{exc.message} [{exc.code}]"
        return
    except OSError as exc:
        outcome.error = f"cannot write {outcome.output}: {exc.strerror or exc}"
        return
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception as exc:  # a bug or an encoder's refusal must not stop the rest of the batch
        outcome.error = f"could not be fixed: unexpected {type(exc).__name__}: {str(exc)[:160]}"
        return
    outcome.steps = repaired.steps


def json_document(outcomes: list[FixOutcome], profile: "Profile") -> dict:
    """`greetlint fix --format json`: per input, what was written, done, fixed and left."""
    from .report.json_report import file_dict, finding_dict, target_dict

    def audio(result: Optional[FileResult]):
        return file_dict(result).get("audio") if result is not None and result.analysis is not None else None

    files = []
    for o in outcomes:
        files.append({"path": o.path, "output": None if o.error else o.output, "error": o.error, "steps": o.steps,
                      "before": audio(o.before), "after": audio(o.after),
                      "fixed": sorted({f.rule for f in o.fixed}),
                      "remaining": [finding_dict(f) for f in o.remaining],
                      "fact_changes": o.fact_changes()})
    return {"target": target_dict(profile), "files": files}
