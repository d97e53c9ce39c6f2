"""Audio measures computed from the decoded samples (level, silence, noise, pace, ...).

``measure(decoded, transcript) -> dict`` returns plain numbers (seconds, dB) that go
into ``AudioInfo.measures`` and the JSON ``audio`` object; the audio rules read them.
"""
from __future__ import annotations

from .audio import DecodedAudio
from .model import Transcript


def measure(decoded: DecodedAudio, transcript: Transcript) -> dict:
    return {}
