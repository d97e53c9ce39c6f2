"""Decode any audio file once, with PyAV (as faster-whisper does), to 16 kHz mono float32.

The same samples feed the recogniser and the audio measures. Problems are
raised as :class:`InputError` with a stable code and a one-line message.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy loads with the first decode, so text-only runs and --help stay light
    import numpy as np

SAMPLE_RATE = 16000
AUDIO_EXTENSIONS = frozenset({".wav", ".wave", ".mp3", ".m4a", ".aac", ".mp4", ".ogg", ".oga", ".opus",
                              ".flac", ".webm", ".aif", ".aiff", ".au", ".amr", ".wma", ".caf"})
MIN_DURATION_S = 0.1


class InputError(Exception):
    """A file that cannot be linted; ``code`` is stable and goes into the JSON ``error``."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class DecodedAudio:
    samples: np.ndarray  # float32 mono at SAMPLE_RATE
    source_rate: int
    channels: int
    codec: str
    container: str
    file_bytes: int | None = None  # size on disk, for phone systems' upload limits
    bit_depth: int | None = None  # bits per sample of PCM, mu-law and A-law codecs; None for compressed ones
    rate: int = SAMPLE_RATE  # of ``samples`` (greetlint fix decodes at the target's rate)

    @property
    def duration_s(self) -> float:
        return len(self.samples) / self.rate


def decode(path: str, max_duration_s: float | None = None, rate: int = SAMPLE_RATE) -> DecodedAudio:
    """Decode ``path`` to mono float32 at ``rate`` (16 kHz: what the model and measures use), or raise InputError."""
    import av  # PyAV comes with faster-whisper; imported here so text-only runs stay light
    import numpy as np

    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise InputError("unreadable-file", f"cannot read file: {exc.strerror or exc}") from None
    if size == 0:
        raise InputError("empty-file", "file is empty (0 bytes)")
    try:
        container = av.open(path, metadata_errors="ignore")
    except PermissionError:
        raise InputError("unreadable-file", "permission denied") from None
    except (av.FFmpegError, OSError, ValueError) as exc:
        raise InputError("unreadable-audio", f"not a readable audio file ({_short(exc)})") from None
    with container:
        if not container.streams.audio:
            read_as = container.format.name if container.format else "unknown"
            raise InputError("no-audio-stream", f"file has no audio stream (read as {read_as})")
        stream = container.streams.audio[0]
        codec = stream.codec_context.name or "unknown"
        source_rate = int(stream.codec_context.sample_rate or stream.rate or 0)
        channels = int(stream.codec_context.channels or 0)
        declared = _declared_duration(container, stream)
        if max_duration_s is not None and declared is not None and declared > max_duration_s:
            raise InputError("too-long", f"audio is {declared / 60:.1f} min, longer than the limit of "
                                         f"{max_duration_s:g} s (--max-duration)")
        resampler = av.AudioResampler(format="s16", layout="mono", rate=rate)
        chunks: list[np.ndarray] = []
        total = 0
        limit = None if max_duration_s is None else int(max_duration_s * rate)
        try:
            for frame in container.decode(stream):
                frame.pts = None  # resample by sample count, not by (sometimes broken) timestamps
                for out in resampler.resample(frame):
                    arr = out.to_ndarray().reshape(-1)
                    chunks.append(arr)
                    total += arr.size
                if limit is not None and total > limit:
                    raise InputError("too-long", f"audio is longer than the limit of {max_duration_s:g} s (--max-duration)")
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1))
        except InputError:
            raise
        except (av.FFmpegError, OSError, ValueError, EOFError) as exc:
            if not chunks:
                raise InputError("unreadable-audio", f"audio could not be decoded ({_short(exc)})") from None
            # a truncated file: keep what decoded, like a phone system would play it
        fmt = container.format.name if container.format else "unknown"
    samples = _to_float(chunks)
    decoded_s = samples.size / rate
    if samples.size == 0:
        raise InputError("no-audio-data", "file holds no audio samples")
    if samples.size < MIN_DURATION_S * rate:
        raise InputError("too-short", f"audio is too short to lint ({decoded_s:.3f} s)")
    if declared is not None and decoded_s < 0.9 * declared - 0.2:
        raise InputError("truncated", f"audio ends early: {decoded_s:.1f} s decoded of the {declared:.1f} s "
                                      "its header declares (truncated file?)")
    return DecodedAudio(samples=samples, source_rate=source_rate, channels=channels, codec=codec, container=fmt,
                        file_bytes=size, bit_depth=bit_depth(codec), rate=rate)


def bit_depth(codec: str) -> int | None:
    """Bits per sample a codec stores (pcm_s24le: 24, pcm_mulaw: 8); None for compressed codecs."""
    if codec in ("pcm_mulaw", "pcm_alaw"):
        return 8
    match = re.fullmatch(r"pcm_[suf](\d+)(?:le|be)?(?:_planar)?", codec)
    return int(match.group(1)) if match else None


def declared_seconds(path: str) -> float | None:
    """The audio length a file's header declares, without decoding it (None: unreadable or not said)."""
    import av

    try:
        with av.open(path, metadata_errors="ignore") as container:
            if not container.streams.audio:
                return None
            return _declared_duration(container, container.streams.audio[0])
    except (av.FFmpegError, OSError, ValueError, EOFError):
        return None


def _to_float(chunks: list) -> "np.ndarray":
    """The int16 chunks as one float32 array in [-1, 1), freeing each chunk once copied.

    Peak memory is the float32 result plus the int16 chunks (1.5x the decoded audio), not
    the 3x of concatenate + astype + divide: a 2-hour file under ``--max-duration 0`` decodes
    to 460 MB, and that alone is the budget.
    """
    import numpy as np

    samples = np.empty(sum(c.size for c in chunks), dtype=np.float32)
    chunks.reverse()
    at = 0
    while chunks:
        chunk = chunks.pop()
        np.multiply(chunk, 1.0 / 32768.0, out=samples[at:at + chunk.size], casting="unsafe")
        at += chunk.size
    return samples


def _declared_duration(container, stream) -> float | None:
    """Duration the file's header claims, when it claims one (used to spot truncated files)."""
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / 1_000_000  # av.time_base
    return None


def _short(exc: BaseException) -> str:
    """The decoder's reason, without the errno and the path (the report already names the file)."""
    text = getattr(exc, "strerror", None) or (str(exc).strip().splitlines()[0] if str(exc).strip() else "")
    text = re.sub(r"^\[Errno -?\d+\]\s*", "", text)
    text = re.sub(r":\s*'[^']*'$", "", text)
    return (text or type(exc).__name__)[:160]
