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
from functools import lru_cache
from typing import Literal

from ..model import Kind
from .lexicon import Lexicon, compile_fragments, current, lexicon_cached, load_lexicon
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


# a cue of this weight or more is one piece of evidence: two such cues matching the same words count once
STRONG_CUE = 2.0


def kind_scores(text: str) -> dict[str, float]:
    """Each side's weight: the cues heard, the words of a strong cue counted once ("I'll call you later"
    is one promise, not two cues' worth), weak cues added on top. A copy: what is kept does not change."""
    return dict(_kept_scores(current(), text))


# the last few texts' scores: the pipeline asks detect_kind and then kind_confidence about the same
# text, and each reads every cue of both sides (a fifth of a warm check's facts time went there twice)
@lru_cache(maxsize=8)
def _kept_scores(lexicon: Lexicon, text: str) -> dict[str, float]:
    """`lexicon`: the one in force (``current()``), in the key only."""
    return _kind_scores(text)


def _kind_scores(text: str) -> dict[str, float]:
    text = fold_letters(text)  # "Hi Zoë," opens a message as "Hi Zoe," does
    scores = {}
    for kind in KINDS:
        hits = [(weight, m.start(), m.end()) for pattern, weight in _cues(kind) for m in [pattern.search(text)] if m]
        taken: list[tuple[float, int, int]] = []
        for weight, start, end in sorted((h for h in hits if h[0] >= STRONG_CUE), key=lambda h: (-h[0], h[1])):
            if all(end <= a or start >= b for _, a, b in taken):
                taken.append((weight, start, end))
        scores[kind] = sum(w for w, _, _ in taken) + sum(w for w, _, _ in hits if w < STRONG_CUE)
    return scores


@lexicon_cached
def _cues(kind: str) -> tuple[tuple[re.Pattern, float], ...]:
    lex = load_lexicon("kind")
    macros = current().macros("kind")
    return tuple((compile_fragments([fragment], macros), float(weight)) for fragment, weight in lex[kind]["cues"])
