"""Small text helpers shared by the fact readers: sentences, spans, number words."""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from .. import numwords
from ..model import Span

# a sentence ends at . ! ? or an ellipsis followed by a capital (or a line break); "p.m. the next day" goes on
_SENTENCE_END_RE = re.compile(r"(?:[.!?…]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n+)")
# titles written as abbreviations ("Ms. Park", "Dr. Ames", "Sgt. Ruiz", "St. Brigid's"): their full stop ends no
# sentence or clause (the one list: the sentence splitter here, the clause reader in message.py)
TITLE_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "St", "Sgt", "Lt", "Capt", "Rev", "Jr", "Sr")
_TITLE_BEFORE_RE = re.compile(rf"(?:\b(?:{'|'.join(TITLE_ABBREVIATIONS)}|No|ext|approx|vs)\.|\b[A-Z]\.)\s+$")


def fold_letters(text: str) -> str:
    """Each letter with a diacritic as its plain letter, one character for one ("Zoë" -> "Zoe",
    "Søren" -> "Soren"), so patterns written for A-Z read every name and offsets stay the same."""
    return "".join(c if c.isascii() else _FOLD.get(c) or unicodedata.normalize("NFKD", c)[0] for c in text)


# letters that Unicode does not decompose into a plain letter and a mark
_FOLD = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "s", "æ": "a", "Æ": "A",
         "œ": "o", "Œ": "O", "þ": "t", "Þ": "T", "ð": "d", "Ð": "D", "ı": "i"}


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; titles like "Dr." and initials don't end one."""
    out, start = [], 0
    for m in _SENTENCE_END_RE.finditer(text):
        if _TITLE_BEFORE_RE.search(text[start:m.end()]):
            continue
        if text[start:m.start()].strip():
            out.append((start, m.start() + 1 if m.group(0)[0] in ".!?…" else m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


# a comma between two lower-case words: often just a pause the recogniser wrote down
# ("In summer we answer, emails within two days")
_PAUSE_COMMA_RE = re.compile(r"(?<=[a-z]),(?= [a-z])")


def without_pause_commas(text: str) -> str:
    """``text`` with commas between lower-case words turned into spaces; same length, same offsets."""
    return _PAUSE_COMMA_RE.sub(" ", text)


def sentence_around(text: str, pos: int) -> tuple[int, int]:
    for start, end in sentences(text):
        if start <= pos < end:
            return start, end
    return 0, len(text)


def span_of(text: str, match: re.Match, offset: int = 0, group: int | str = 0) -> Span:
    return Span(match.group(group), offset + match.start(group), offset + match.end(group))


def first_match(pattern: re.Pattern, text: str) -> Optional[Span]:
    m = pattern.search(text)
    return span_of(text, m) if m else None


def number_value(word: str) -> Optional[int]:
    """Value of a small cardinal said or written: "24", "twenty four", "twenty-four", "a" (one)."""
    w = word.lower().replace("-", " ").strip()
    if w.isdigit():
        return int(w)
    if w in ("a", "an"):
        return 1
    values = {**numwords.UNITS, **numwords.TEENS, **numwords.TENS_SPELLINGS}
    total = 0
    for part in w.split():
        if part not in values:
            return None
        total += values[part]
    return total or None
