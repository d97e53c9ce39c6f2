"""Build a :class:`Transcript` from a script or from timed ASR words.

Both paths give the same shape: one text, and words that know their character
span in it, so facts found in the text can be mapped back to audio times.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from .model import Transcript, Word

_WORD_RE = re.compile(r"\S+")


def from_script(text: str) -> Transcript:
    text = normalize_script(text)
    words = tuple(Word(m.group(0), m.start(), m.end()) for m in _WORD_RE.finditer(text))
    return Transcript(text=text, words=words, timed=False)


def normalize_script(text: str) -> str:
    """Scripts come from editors and web pages: unify whitespace and typographic quotes."""
    text = text.replace("\ufeff", "")
    text = text.translate({0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"', 0x2013: "-", 0x2014: " - ", 0x2026: "... ", 0xA0: " "})
    return re.sub(r"[ \t\r\f\v]+", " ", re.sub(r"\s*\n\s*", "\n", text)).strip()


def from_timed_words(words: Iterable[tuple[str, float, float, Optional[float]]]) -> Transcript:
    """Join (text, start, end, probability) tuples from the recogniser into one transcript.

    Whisper marks a new word with a leading space; a piece without one continues the
    previous word ("p" + ".m." -> "p.m."), so it is glued on rather than spaced.
    """
    merged: list[list] = []  # [text, start, end, probability]
    for raw, start, end, prob in words:
        token = raw.strip()
        if not token:
            continue
        if merged and not raw[:1].isspace():
            last = merged[-1]
            last[0] += token
            last[2] = end
            if prob is not None and last[3] is not None:
                last[3] = min(last[3], prob)
            continue
        merged.append([token, start, end, prob])
    out: list[Word] = []
    pos = 0
    for token, start, end, prob in merged:
        if out:
            pos += 1
        out.append(Word(token, pos, pos + len(token), round(float(start), 3), round(float(end), 3),
                        None if prob is None else round(float(prob), 3)))
        pos += len(token)
    return Transcript(text=" ".join(w[0] for w in merged), words=tuple(out), timed=True)
