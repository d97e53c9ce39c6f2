"""A compact waveform envelope, computed while the decoded samples are in memory.

The HTML report draws it as an inline SVG; keeping a few hundred (min, max)
pairs on the FileResult means the report never decodes audio a second time.
"""
from __future__ import annotations

ENVELOPE_POINTS = 600


def envelope(samples, points: int = ENVELOPE_POINTS) -> list[list[float]]:
    """``points`` [min, max] pairs (rounded, -1..1) over equal slices of ``samples`` (a numpy array); [] for no
    samples."""
    import numpy as np  # imported with the samples' decoder: a result restored from the cache needs no numpy

    n = int(samples.size)
    if n == 0:
        return []
    points = max(1, min(points, n))
    edges = np.linspace(0, n, points + 1).astype(np.int64)
    starts = edges[:-1]
    lows = np.minimum.reduceat(samples, starts)
    highs = np.maximum.reduceat(samples, starts)
    lows = np.clip(np.nan_to_num(lows), -1.0, 1.0)
    highs = np.clip(np.nan_to_num(highs), -1.0, 1.0)
    return [[round(float(lo), 3), round(float(hi), 3)] for lo, hi in zip(lows, highs)]


def svg_path(peaks: list[list[float]], width: float, height: float) -> str:
    """An SVG path of one vertical stroke per envelope point (x over width, 0 at mid-height)."""
    if not peaks:
        return ""
    step = width / len(peaks)
    mid = height / 2.0
    # a floor of half a unit keeps silent stretches visible as a thin line
    strokes = (f"M{(i + 0.5) * step:.2f} {mid - max(hi * mid, 0.5):.2f}V{mid - min(lo * mid, -0.5):.2f}"
               for i, (lo, hi) in enumerate(peaks))
    return "".join(strokes)

