"""Render a written script the way the recogniser transcribes it with numerals suppressed.

Phone numbers become digit words in groups ("555-0142" -> "five five five, oh one four two"),
times become "five PM", ordinals "ninth", other numbers their cardinal words ("24" ->
"twenty four"). ``style`` picks among the ways people say digits, so a test can check
that every style reads back to the same number.
"""
from __future__ import annotations

import random
import re

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
            "twelve": "twelfth", "twenty": "twentieth", "thirty": "thirtieth"}
STYLES = ("plain", "oh", "pairs", "double", "no_commas", "dashes", "every_comma", "sentences")

_PHONE_RE = re.compile(r"(?<![\w-])(?:1[-. ])?(?:\(\d{3}\)\s?|\d{3}[-./ ])?\d{3}[-. ]\d{4}(?![\w-])")
_VANITY_RE = re.compile(r"(?<![\w-])(1)-(\d{3})-([A-Z]{4,})(?![\w-])")
_TIME_RE = re.compile(r"\b(\d{1,2})(?::(\d\d))?\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)
_CLOCK_RE = re.compile(r"\b(\d{1,2}):(\d\d)\b")
_ORDINAL_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")
_NUMBER_RE = re.compile(r"\b\d+\b")
_EXTENSION_RE = re.compile(r"\b(ext\.?|extension|x)\s*(\d+)\b", re.IGNORECASE)


def cardinal(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        rest = n % 100
        return UNITS[n // 100] + " hundred" + ("" if rest == 0 else " " + cardinal(rest))
    if 2000 <= n < 2100:  # years: "twenty twenty six"
        return "twenty " + (cardinal(n % 100) if n % 100 >= 10 else "oh " + cardinal(n % 100))
    rest = n % 1000
    return cardinal(n // 1000) + " thousand" + ("" if rest == 0 else " " + cardinal(rest))


def ordinal(n: int) -> str:
    words = cardinal(n).split()
    last = words[-1]
    words[-1] = ORDINALS.get(last, last + "th")
    return " ".join(words)


def say_digits(group: str, style: str) -> str:
    """One digit group spoken in a style: "0142" -> "oh one four two" / "oh one, forty two" / ..."""
    if style == "pairs" and len(group) == 4 and group[2] != "0" and group[0] != "0":
        return cardinal(int(group[:2])) + ", " + cardinal(int(group[2:]))
    words = []
    i = 0
    while i < len(group):
        d = group[i]
        if style == "double" and i + 1 < len(group) and group[i + 1] == d:
            words.append("double " + UNITS[int(d)])
            i += 2
            continue
        words.append("oh" if d == "0" and style == "oh" else UNITS[int(d)])
        i += 1
    return {"dashes": "-", "every_comma": ", "}.get(style, " ").join(words)


def say_phone(number: str, style: str) -> str:
    groups = [say_digits(g, style) for g in re.findall(r"\d+", number)]
    if style == "sentences":  # the recogniser heard pauses as sentence ends: "Two oh six. Five five five."
        return ". ".join(g[0].upper() + g[1:] for g in groups)
    return (" " if style == "no_commas" else ", ").join(groups)


def to_spoken(text: str, style: str | None = None, seed: int = 0) -> str:
    rng = random.Random(seed)
    pick = (lambda: style) if style else (lambda: rng.choice(STYLES))
    text = _VANITY_RE.sub(lambda m: f"one {say_digits(m.group(2), 'plain')} {m.group(3).lower()}", text)
    text = _PHONE_RE.sub(lambda m: say_phone(m.group(0), pick()), text)
    text = _EXTENSION_RE.sub(lambda m: "extension " + say_digits(m.group(2), "plain"), text)
    text = _TIME_RE.sub(_say_time, text)
    text = _CLOCK_RE.sub(lambda m: cardinal(int(m.group(1))) + ("" if m.group(2) == "00" else " " + _minutes(m.group(2))), text)
    text = _ORDINAL_RE.sub(lambda m: ordinal(int(m.group(1))), text)
    return _NUMBER_RE.sub(lambda m: _say_number(m.group(0)), text)


def _say_time(m: re.Match) -> str:
    minutes = m.group(2)
    spoken = cardinal(int(m.group(1))) + ("" if not minutes or minutes == "00" else " " + _minutes(minutes))
    return f"{spoken} {m.group(3).upper()}M"


def _minutes(mm: str) -> str:
    return "oh " + UNITS[int(mm[1])] if mm.startswith("0") else cardinal(int(mm))


def _say_number(raw: str) -> str:
    if len(raw) > 4 or raw.startswith("0"):
        return " ".join(UNITS[int(d)] for d in raw)
    return cardinal(int(raw))
