"""Phrase findings: what a caller hears that a rule weighs by its words alone.

Each reader returns the lexicon phrases it found in the transcript as :class:`Span` s (char spans
into ``Transcript.text``, in order). They are facts like any other: computed once by
:func:`greetlint.facts.extract_facts`, reported in the JSON ``facts`` object, read by the rules
(GL102, GL302, GL304, GL504) and the rewrite through ``Analysis.facts``.

    fillers        "um", "uh", "you know": the lexicon's fillers minus its weak ones     (fillers.toml)
    trivia         pets, the gym, holidays: personal details a business greeting skips    (trivia.toml)
    cliches        "I'm away from my desk", "your call is important to us"                (cliches.toml)
    business_cues  an office, colleagues, an operator: the greeting is a business line   (business.toml)
    after_hours    "our office is now closed": the greeting plays outside opening hours  (rewrite.toml)
    repeated_sentences  a sentence said again word for word (not one that gives a phone number)
"""
from __future__ import annotations

import re

from .. import numwords
from ..model import Span
from .lexicon import compile_fragments, lexicon_cached, lexicon_list, lexicon_pattern
from .text import sentences


def _words(entries: list[str]) -> list[str]:
    """Plain words and phrases as regex fragments ("you know" matches across any whitespace)."""
    return [re.escape(w).replace(r"\ ", r"\s+") for w in entries]


def _spans(pattern: re.Pattern, text: str) -> list[Span]:
    return [Span(m.group(0), m.start(), m.end()) for m in pattern.finditer(text)]


def find_fillers(text: str) -> list[Span]:
    """Every unambiguous filler: the lexicon's words minus the ones that are fillers only sometimes."""
    return _spans(_fillers(), text)


def find_trivia(text: str) -> list[Span]:
    return _spans(_trivia(), text)


def find_cliches(text: str) -> list[Span]:
    return _spans(lexicon_pattern("cliches", "phrases"), text)


def find_business_cues(text: str) -> list[Span]:
    return _spans(lexicon_pattern("business", "cues"), text)


def find_after_hours(text: str) -> list[Span]:
    return _spans(lexicon_pattern("rewrite", "after_hours.cues"), text)


@lexicon_cached
def _fillers() -> re.Pattern:
    weak = {w.lower() for w in lexicon_list("fillers", "weak")}
    words = lexicon_list("fillers", "hesitations") + lexicon_list("fillers", "words")
    return compile_fragments(_words([w for w in words if w.lower() not in weak]))


@lexicon_cached
def _trivia() -> re.Pattern:
    return compile_fragments(_words(lexicon_list("trivia", "words")) + lexicon_list("trivia", "phrases"))


# a sentence this short said twice ("Thank you. ... Thank you.") is a courtesy, not a repeat
REPEAT_MIN_WORDS = 4
_WORD_RE = re.compile(r"[a-z0-9']+")


def find_repeated_sentences(text: str, number_spans: list[tuple[int, int]]) -> list[Span]:
    """Each sentence of REPEAT_MIN_WORDS words or more said again word for word (the repeat), in order.
    A sentence that overlaps a phone number (``number_spans``) is never one: repeating it is good practice."""
    seen: set[tuple[str, ...]] = set()
    out = []
    for start, end in sentences(text):
        if any(s < end and e > start for s, e in number_spans):
            continue
        words = tuple(_WORD_RE.findall(text[start:end].lower()))
        if len(words) < REPEAT_MIN_WORDS:
            continue
        if words in seen:
            out.append(Span(text[start:end], start, end))
        seen.add(words)
    return out


# a digit said or written: seven of them and no number read means the reader may have missed one
_DIGIT_RE = re.compile(rf"\d|(?<![\w']){numwords.alternation(numwords.CLEAR_DIGIT_WORDS)}(?![\w'])", re.IGNORECASE)


def count_digits_said(text: str) -> int:
    return len(_DIGIT_RE.findall(text))
