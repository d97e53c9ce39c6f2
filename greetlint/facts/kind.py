"""Greeting or left message, from who speaks to whom.

A greeting is the owner speaking, in advance, to any caller: "you've reached", "leave your name",
"I can't take your call", "I'm probably out on a job", "press zero". A left message is one caller
speaking to the owner: "this is Ana calling about", "call me back", "my number is", a question
to the listener, the listener named first. Each cue in ``lexicon/kind.toml`` has a weight; the
heavier side wins. When the two sides are close (or no cue is heard at all) the answer is
*unsure*: rules that only make sense for one kind then hold back their error level (see
``Rule.finding``), and the JSON report says ``"kind_confidence": "unsure"``.
"""
from __future__ import annotations

import re
from typing import Literal

from ..model import Kind
from .lexicon import compile_fragments, lexicon_cached, load_lexicon
from .text import fold_letters

KINDS: tuple[Kind, ...] = ("greeting", "message")
Confidence = Literal["sure", "unsure"]
# a side must outweigh the other by this much for the kind to be "sure" (one strong cue is 3 or 4)
SURE_MARGIN = 3.0


def detect_kind(text: str) -> Kind:
    scores = kind_scores(text)
    # ties (and scripts with no cue at all) are greetings: short odd recordings are mostly greetings
    return "message" if scores["message"] > scores["greeting"] else "greeting"


def kind_confidence(text: str) -> Confidence:
    """"sure" when one side's cues outweigh the other's by ``SURE_MARGIN``, else "unsure"."""
    scores = kind_scores(text)
    return "sure" if abs(scores["message"] - scores["greeting"]) >= SURE_MARGIN else "unsure"


def kind_scores(text: str) -> dict[str, float]:
    text = fold_letters(text)  # "Hi Zoë," opens a message as "Hi Zoe," does
    return {kind: sum(weight for pattern, weight in _cues(kind) if pattern.search(text)) for kind in KINDS}


@lexicon_cached
def _cues(kind: str) -> tuple[tuple[re.Pattern, float], ...]:
    lex = load_lexicon("kind")
    macros = lex.get("macros", {})
    return tuple((compile_fragments([fragment], macros), float(weight)) for fragment, weight in lex[kind]["cues"])
