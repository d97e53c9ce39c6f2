"""The English number words, in one place.

Every reader of spoken numbers imports its words from here: the fact readers (``facts.spoken``,
``facts.text``, ``facts.dates``, ``facts.message``, ``facts.callback``, ``facts.phrases``), the
recogniser's checks (``transcribe``, ``batching``) and the second hearing of numbers
(``renumber``). They are the language, not a phrase list a user tunes, so they are code; the
phrases said *around* numbers (cues, fillers, "make that") are lexicon data
(``greetlint/lexicon/numbers.toml``).
"""
from __future__ import annotations

from typing import Iterable

UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# the tens as people also write them ("fourty"): read, never produced
TENS_SPELLINGS = {**TENS, "fourty": 40}
SCALES = {"hundred": 100, "thousand": 1000}
# "double five" = 55, "triple oh" = 000 ("treble" is the British "triple")
REPEATERS = {"double": 2, "triple": 3, "treble": 3}

# the ways a zero is said or written: "oh" as in "five oh two", "o" as the recogniser sometimes writes it
ZERO_WORDS = ("zero", "oh", "o", "nought", "null")
# a single digit as the recogniser writes it
DIGIT_WORDS = ("zero", "oh", "o", *UNITS)
# the digit each digit word (and each way of saying zero) stands for: "oh" -> "0", "seven" -> "7"
DIGIT_OF = {w: str(v) for w, v in UNITS.items()} | {w: "0" for w in ZERO_WORDS}
# the same without the lone letter "o", for matching running text where "O" is more often a letter
# (an initial, "O'Brien") than a digit
CLEAR_DIGIT_WORDS = tuple(w for w in DIGIT_WORDS if w != "o")

# words a recogniser writes for a digit said inside a number, and the digit words each may stand
# for (how they sound, not any one voice): "call me at five five five or one ..." = "oh one"
# (confidence._digit_or_soundalike keeps only the function words of these, on purpose: see there)
SOUNDALIKE_DIGITS = {"to": ("two",), "too": ("two",), "due": ("two",), "do": ("two",), "for": ("four",),
                     "fore": ("four",), "a": ("eight", "oh"), "or": ("oh",), "o": ("oh",), "go": ("oh",), "won": ("one",),
                     "ate": ("eight",), "tree": ("three",), "free": ("three",), "fine": ("five",), "sex": ("six",),
                     "nein": ("nine",)}

# words said between the groups of a number where a typed "-" or "." would be: "five oh three dash
# five five five ...", "three hundred twelve dot ..." (read by facts.spoken, with any a lexicon's
# joiner_words add; allowed in the constrained hearing of numbers, renumber)
JOINER_WORDS = ("dash", "dot")

ORDINAL_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9}
ORDINAL_TEENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                 "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                 "thirtieth": 30}


def alternation(words: Iterable[str]) -> str:
    """A regex group matching any of the words: ``(?:one|two|...)``."""
    return "(?:" + "|".join(words) + ")"
