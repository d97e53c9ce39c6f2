"""Undo the recogniser's spelling quirks before reading facts, keeping a map back to the original text.

Whisper tiny.en on phone audio writes contractions and short words in odd ways: "ILL call you
back" (I'll), "W-E-L-L get back to you" (we'll), "I CA and T take your call" (can't), letters
spelled out ("J-I-M-M-Y"), a full stop after a title ("doctor. Chen"). The fact readers match
ordinary English, so the text is first rewritten with the fixes in ``lexicon/asr.toml``.
Every character of the rewritten text remembers the span of the original it came from, so the
facts still point into ``Transcript.text``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import numwords, regex_cache
from ..model import Span
from .lexicon import lexicon_cached, load_lexicon

# letters spelled one by one: "J-I-M-M-Y", "S.O.U.T.E.R.S." (three or more, so "a.m." and "p.m." stay)
_SPELLED_RE = re.compile(r"(?<![\w'])[A-Za-z](?:[-.][A-Za-z]){2,}(?![\w'])")


# digit words written as one ("fivefivefiveohonefourfour", a number rattled off): three or more in a row
_DIGIT_WORD = numwords.alternation(numwords.CLEAR_DIGIT_WORDS)
_RUN_TOGETHER_DIGITS_RE = re.compile(rf"(?<![\w'])(?:{_DIGIT_WORD}){{3,}}(?![\w'])", re.IGNORECASE)


@dataclass(frozen=True)
class NormalizedText:
    text: str
    starts: tuple[int, ...]  # original start of each character of text
    ends: tuple[int, ...]  # original end of each character of text
    original: str

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of text[start:end]."""
        if end <= start or not self.text:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def restore(self, span: Span) -> Span:
        """The same span in the original text (its text re-read from there)."""
        start, end = self.original_span(span.char_start, span.char_end)
        return Span(self.original[start:end], start, end)


def normalize(text: str, respell: tuple[tuple[int, int, str], ...] = ()) -> NormalizedText:
    """``text`` with the recogniser's spelling quirks undone; ``respell`` are (start, end, word)
    readings of stretches of it decided from the recording (``confidence.respelled_compounds``)."""
    current = NormalizedText(text, tuple(range(len(text))), tuple(range(1, len(text) + 1)), text)
    for start, end, word in sorted(respell, reverse=True):
        current = _substitute(current, re.compile(rf"(?<=^.{{{start}}}).{{{end - start}}}", re.DOTALL),
                              lambda m, w=word: w)
    current = _substitute(current, _SPELLED_RE, _join_spelled)
    current = _substitute(current, _RUN_TOGETHER_DIGITS_RE,
                          lambda m: " ".join(re.findall(_DIGIT_WORD, m.group(0), re.IGNORECASE)))
    for pattern, replacement in _fixes():
        current = _substitute(current, pattern, lambda m, r=replacement: m.expand(r))
    current = _substitute(current, _SOUNDALIKE_COUNT_RE, lambda m: _WINDOW_SOUNDALIKES[m.group(1).lower()])
    current = _substitute(current, _SOUNDALIKE_KEY_RE,
                          lambda m: f"{m.group(1) or m.group(2)} {_WINDOW_SOUNDALIKES[m.group(3).lower()]}")
    current = _substitute(current, _PRESSED_TWO_RE, lambda m: f"{m.group(1)} two")
    return current


# a digit word the recogniser wrote as a word it sounds like, where only a count can stand: after
# "within", before a unit of time ("within for business hours", "within to days"). Only the
# soundalikes that are no word of a window themselves ("a day" is one day: "a" stays)
_WINDOW_SOUNDALIKES = {w: d[0] for w, d in numwords.SOUNDALIKE_DIGITS.items()
                       if len(d) == 1 and d[0] != "oh" and w not in ("a", "do", "due")}
_SOUNDALIKE_COUNT_RE = re.compile(
    rf"(?<=\bwithin\s)({'|'.join(sorted(_WINDOW_SOUNDALIKES, key=len, reverse=True))})"
    r"(?=\s+(?:(?:business|working|school)\s+)?(?:hours?|days?|weeks?|minutes?)\b)", re.IGNORECASE)

# ... and where only a key can stand: right after "press"/"dial", before what the key does ("to reach",
# "and leave") or the end of the clause ("press for to leave a message", "please press to."). "Pressed"
# is "press" heard with the digit's first sound ("for those, pressed for to leave"); no other verb takes
# "-ed" ("I pushed to get the meeting moved"), and a verb then "to <task>" keeps its "to" ("dial to reach
# the desk"; "hard pressed to find it", "pressed for time" stay)
_KEY_TASKS = (r"(?:leave|reach|speak|talk|hear|listen|repeat|replay|return|schedule|reschedule|make|pay|check|cancel|"
              r"order|report|confirm|continue|skip|record|send|connect|contact|be|go|get|request|update|change|"
              r"learn|end|start|transfer|access|refill|renew|book|speak|chat|ask)")
_SOUNDALIKE_KEY_RE = re.compile(
    rf"\b(?:(press)ed|(press|dial|hit|push))\s+({'|'.join(sorted(_WINDOW_SOUNDALIKES, key=len, reverse=True))})\b"
    rf"(?=\s+(?:to|and|or)\s+{_KEY_TASKS}\b|\s*[.,;!?]|\s*$)", re.IGNORECASE)
# "pressed to reach an agent": the key "two" heard as the verb's "-ed", the "to" of the task after it
_PRESSED_TWO_RE = re.compile(rf"\b(press)ed(?=\s+to\s+{_KEY_TASKS}\b)", re.IGNORECASE)


def _join_spelled(m: re.Match) -> str:
    """"J-I-M-M-Y" -> "Jimmy". A spelled contraction ("W-E-L-L"), also one run into the next
    word ("I-L-L-B" = "I'll be"), stays in capitals for the lexicon fixes that follow."""
    letters = re.sub(r"[^A-Za-z]", "", m.group(0)).upper()
    if letters in _spelled_words():
        return letters
    prefix = next((w for w in sorted(_spelled_words(), key=len, reverse=True) if letters.startswith(w)), None)
    if prefix and len(letters) - len(prefix) <= 2:
        return f"{prefix} {letters[len(prefix):]}"
    return letters.capitalize()


def _substitute(current: NormalizedText, pattern: re.Pattern, replace) -> NormalizedText:
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in pattern.finditer(current.text):
        new = replace(m)
        if new == m.group(0):
            continue
        pieces.append(current.text[pos:m.start()])
        starts += current.starts[pos:m.start()]
        ends += current.ends[pos:m.start()]
        if new:
            # every new character stands for the whole original match
            first = current.starts[m.start()] if m.start() < len(current.starts) else len(current.original)
            last = current.ends[m.end() - 1] if m.end() > m.start() else first
            pieces.append(new)
            starts += [first] * len(new)
            ends += [last] * len(new)
        pos = m.end()
    if not pieces:
        return current
    pieces.append(current.text[pos:])
    starts += current.starts[pos:]
    ends += current.ends[pos:]
    return NormalizedText("".join(pieces), tuple(starts), tuple(ends), current.original)


@lexicon_cached
def _fixes() -> tuple[tuple[re.Pattern, str], ...]:
    out = []
    for entry in load_lexicon("asr")["fix"]:
        flags = 0 if entry.get("case_sensitive", True) else re.IGNORECASE
        out.append((regex_cache.compile(entry["pattern"], flags), entry["replace"]))
    return tuple(out)


@lexicon_cached
def _spelled_words() -> frozenset[str]:
    return frozenset(w.upper() for w in load_lexicon("asr")["spelled_contractions"])
