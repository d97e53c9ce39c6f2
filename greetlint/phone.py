"""The recording as callers hear it: the target's phone channel, rendered in memory.

A call leg is G.711 (mu-law in North America and Japan, A-law elsewhere) at 8 kHz, passing about
300-3400 Hz. ``render_wav`` band-limits the decoded 16 kHz samples, resamples them to 8 kHz and
encodes them with FFmpeg's own G.711 encoder (PyAV) into a WAV in memory: the bytes the HTML
report plays as "as callers hear it". ``render`` decodes those bytes back to 16 kHz float32 for
the recogniser, so what is transcribed is exactly what is played.
"""
from __future__ import annotations

import io
from typing import TYPE_CHECKING

from .audio import SAMPLE_RATE

if TYPE_CHECKING:
    import numpy as np

PHONE_RATE = 8000
BAND_HZ = (300.0, 3400.0)
_AV_CODECS = {"mulaw": "pcm_mulaw", "alaw": "pcm_alaw"}


def band_limit(samples: "np.ndarray", rate: int) -> "np.ndarray":
    """The 300-3400 Hz telephone band (4th-order Butterworth band-pass, zero phase)."""
    import numpy as np
    from scipy.signal import butter, sosfiltfilt

    sos = butter(4, BAND_HZ, btype="bandpass", fs=rate, output="sos")
    if len(samples) < 64:
        return np.asarray(samples, dtype=np.float32)
    return sosfiltfilt(sos, samples.astype(np.float64)).astype(np.float32)


def encode_wav(samples: "np.ndarray", rate: int, codec: str) -> bytes:
    """Mono float32 samples in [-1, 1) as a WAV file (codec: an FFmpeg encoder such as pcm_mulaw) in memory."""
    buffer = io.BytesIO()
    write_wav(buffer, samples, rate, codec)
    return buffer.getvalue()


def write_wav(target, samples: "np.ndarray", rate: int, codec: str, channels: int = 1) -> None:
    """Encode mono float32 samples into a WAV file (a path or a seekable file object) with PyAV."""
    import av
    import numpy as np

    data = np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0)
    layout = "mono" if channels == 1 else "stereo"
    with av.open(target, "w", format="wav") as out:
        stream = out.add_stream(codec, rate=rate, layout=layout)
        step = rate  # one second per frame
        for at in range(0, len(data), step):
            block = data[at:at + step]
            planes = np.repeat(block[None, :], channels, axis=0) if channels > 1 else block[None, :]
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(planes), format="fltp", layout=layout)
            frame.sample_rate = rate
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)


def render_wav(samples: "np.ndarray", codec: str = "mulaw", rate: int = SAMPLE_RATE) -> bytes:
    """The phone channel's WAV (8 kHz G.711 mono) of decoded samples at ``rate``."""
    from scipy.signal import resample_poly

    narrow = band_limit(samples, rate)
    at_8k = resample_poly(narrow, PHONE_RATE, rate).astype("float32") if rate != PHONE_RATE else narrow
    return encode_wav(at_8k, PHONE_RATE, _AV_CODECS[codec])


def decode_bytes(data: bytes, rate: int = SAMPLE_RATE) -> "np.ndarray":
    """A WAV in memory back to mono float32 at ``rate``."""
    import av
    import numpy as np

    chunks = []
    with av.open(io.BytesIO(data)) as container:
        resampler = av.AudioResampler(format="s16", layout="mono", rate=rate)
        for frame in container.decode(audio=0):
            frame.pts = None
            chunks.extend(out.to_ndarray().reshape(-1) for out in resampler.resample(frame))
        chunks.extend(out.to_ndarray().reshape(-1) for out in resampler.resample(None))
    if not chunks:
        return np.zeros(0, dtype=np.float32)
    return (np.concatenate(chunks).astype(np.float32) / 32768.0)


def render(samples: "np.ndarray", codec: str = "mulaw") -> "np.ndarray":
    """What a caller hears, as 16 kHz float32 for the recogniser."""
    return decode_bytes(render_wav(samples, codec))


def render_file(path: str, codec: str = "mulaw") -> bytes:
    """The phone channel's WAV of a recording on disk (the HTML report's 'as callers hear it')."""
    from .audio import decode

    return render_wav(decode(path).samples, codec)
