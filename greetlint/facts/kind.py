"""Greeting or left message? Weighted cue phrases from ``lexicon/kind.toml``; the heavier side wins."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Kind
from .lexicon import compile_fragments, load_lexicon

KINDS: tuple[Kind, ...] = ("greeting", "message")


def detect_kind(text: str) -> Kind:
    scores = kind_scores(text)
    # ties (and scripts with no cue at all) are greetings: short odd recordings are mostly greetings
    return "message" if scores["message"] > scores["greeting"] else "greeting"


def kind_scores(text: str) -> dict[str, float]:
    return {kind: sum(weight for pattern, weight in _cues(kind) if pattern.search(text)) for kind in KINDS}


@lru_cache(maxsize=None)
def _cues(kind: str) -> tuple[tuple[re.Pattern, float], ...]:
    lex = load_lexicon("kind")
    macros = lex.get("macros", {})
    return tuple((compile_fragments([fragment], macros), float(weight)) for fragment, weight in lex[kind]["cues"])
