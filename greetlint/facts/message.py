"""What a left message is about (its purpose) and the thank-you, from ``lexicon/courtesy.toml``."""
from __future__ import annotations

from typing import Optional

from ..model import Span
from .lexicon import lexicon_pattern
from .text import first_match


def find_purpose(text: str) -> Optional[Span]:
    span = first_match(lexicon_pattern("courtesy", "purpose"), text)
    if span is None:
        return None
    trimmed = span.text.rstrip(" ,;:-")
    return Span(trimmed, span.char_start, span.char_start + len(trimmed))


def find_thanks(text: str) -> Optional[Span]:
    return first_match(lexicon_pattern("courtesy", "thanks"), text)
