"""Read digit sequences out of text, whether written ("555-0142") or spoken ("five five five, oh one four two").

The recogniser writes every number as words, people write digits, and both mix
styles ("4-1-2, 5-5-5, sixty-one, thirty-four"). This module turns a text
into *runs*: stretches of number words and digit groups that are only
separated by punctuation, fillers ("uh") or a self-correction ("make that").
Each run is a list of :class:`Piece` s, one per spoken/written group, that know
their digits and character span. What a run means (phone number, time, price)
is decided by the callers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import numwords
from ..nanp import dialable
from .lexicon import lexicon_cached, load_lexicon

_TOKEN_RE = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|[0-9]+|[^\sA-Za-z0-9]")
# punctuation that may sit between digit groups of one number ("206-555-0142", "(206) 555.0142"),
# by how strongly it separates them: a number more likely starts after a full stop than after a dash
_JOINER_STRENGTH = {".": 3, ";": 3, ",": 2, "/": 2, "(": 2, ")": 2, "-": 1, "–": 1}
FILLER_STRENGTH = 1
RUN_EDGE_STRENGTH = 3


@dataclass
class Piece:
    """One digit group as said or written: "0142", "fifty-five" (55), "double five" (55), "oh" (0)."""

    digits: str
    char_start: int
    char_end: int
    written: bool  # typed digits, whose grouping is deliberate
    pause_before: int = 0  # how strong a pause (punctuation, filler) sits before this piece; 0 = none
    replaces_previous: bool = False  # said after "make that": overwrites the last digits


@dataclass
class Run:
    pieces: list[Piece] = field(default_factory=list)

    @property
    def digits(self) -> str:
        return apply_corrections(self.pieces)

    @property
    def char_start(self) -> int:
        return self.pieces[0].char_start

    @property
    def char_end(self) -> int:
        return self.pieces[-1].char_end


def apply_corrections(pieces: list[Piece]) -> str:
    """Digits of the pieces, where what is said after a self-correction ("make that", "sorry")
    replaces digits said before it: the digits it starts over when it repeats two or more of the
    last ones ("oh one, wait, oh one seven four"); all of them when it says as many again or more
    (a whole number said over); else as many as its first group, up to the next pause ("make that
    three, five zero zero nine" replaces one digit; "three eight two six, no, sorry, three two eight
    six" four)."""
    out = ""
    for k, piece in enumerate(pieces):
        if piece.replaces_previous:
            again, group, apart = "", "", True
            for later in pieces[k:]:
                if later is not piece and later.replaces_previous:
                    break
                if later is piece or (later.pause_before == 0 and group == again):
                    group += later.digits
                if later is not piece:
                    apart = apart and len(later.digits) == 1 and later.pause_before >= 2
                again += later.digits
            if apart and len(again) > 1:
                group = again  # every digit said apart ("two, one, two, eight"): the pauses mark no group
            restart = max((n for n in range(2, min(len(out), len(again)) + 1) if out.endswith(again[:n])), default=0)
            if not restart and len(again) >= len(out):
                restart = len(out)
            if not restart:
                # the group said after it; where every digit was said apart ("zero, one, zero, seven")
                # and that leaves no number, as many as all said after it
                cut = min(len(group), len(out))
                if not dialable(out[:len(out) - cut] + again) and dialable(out[:max(0, len(out) - len(again))] + again):
                    cut = len(again)
                restart = cut
            out = out[: max(0, len(out) - restart)]
        out += piece.digits
    return out


def _number_words() -> dict:
    return load_lexicon("numbers")


def _word_value(word: str) -> tuple[str, str] | None:
    """(category, value) of a number word: ("unit", "5"), ("teen", "15"), ("tens", "50"), ("hundred", "")..."""
    w = word.lower()
    for category, table in (("unit", numwords.UNITS), ("teen", numwords.TEENS), ("tens", numwords.TENS_SPELLINGS)):
        if w in table:
            return category, str(table[w])
    if w in numwords.ZERO_WORDS:
        return "unit", "0"
    if w in numwords.REPEATERS:
        return "repeat", str(numwords.REPEATERS[w])
    if w == "hundred":
        return "hundred", "00"
    if w == "thousand":
        return "thousand", "000"
    return None


def _tokens(text: str, skip: list[tuple[int, int]]):
    for m in _TOKEN_RE.finditer(text):
        if any(a <= m.start() < b for a, b in skip):
            yield "BREAK", m
            continue
        yield "TOKEN", m


def digits_said(text: str) -> str:
    """Every digit said or written in ``text``, in order (the runs' digits joined)."""
    return "".join(r.digits for r in find_runs(text))


def _then_joins(toks, i: int) -> int | None:
    """Where the next group starts when ``toks[i]`` opens "then" / "and then" and a number piece follows it."""
    j = i
    if toks[j][1].group(0).lower() == "and":
        j += 1
    if j >= len(toks) or toks[j][0] == "BREAK" or toks[j][1].group(0).lower() != "then":
        return None
    j += 1
    while j < len(toks) and toks[j][0] != "BREAK" and toks[j][1].group(0) in _JOINER_STRENGTH:
        j += 1
    if j >= len(toks) or toks[j][0] == "BREAK" or _read_piece(toks, j)[0] is None:
        return None
    return j


def find_runs(text: str, skip: list[tuple[int, int]] | None = None) -> list[Run]:
    """Every run of number words / digit groups in ``text``; character ranges in ``skip`` break runs."""
    lex = _number_words()
    fillers = set(lex["fillers"])
    joiner_words = _joiner_words()
    corrections = [c.split() for c in lex["corrections"]]
    # the corrections by their first word, in list order: a token only tries the ones it can start
    by_first: dict[str, list[list[str]]] = {}
    for c in corrections:
        by_first.setdefault(c[0], []).append(c)
    toks = [(kind, m) for kind, m in _tokens(text, skip or [])]
    runs: list[Run] = []
    current = Run()
    pause = 0
    replace_next = False
    i = 0

    def close():
        nonlocal current
        if current.pieces:
            runs.append(current)
        current = Run()

    while i < len(toks):
        kind, m = toks[i]
        tok = m.group(0)
        if kind == "BREAK":
            close()
            i += 1
            continue
        piece, used = _read_piece(toks, i)
        if piece is not None:
            piece.pause_before = pause if current.pieces else RUN_EDGE_STRENGTH
            piece.replaces_previous = replace_next
            current.pieces.append(piece)
            pause, replace_next = 0, False
            i += used
            continue
        if tok in _JOINER_STRENGTH or tok.lower() in fillers or tok.lower() in joiner_words:
            # a said "dot" / "dash" separates groups like a typed "-"
            pause = max(pause, _JOINER_STRENGTH.get(tok, FILLER_STRENGTH))
            i += 1
            continue
        # (only where a group of a number ends: an area code or an exchange said, three or six digits)
        then_at = _then_joins(toks, i) if current.pieces and len(current.digits) in (3, 6) else None
        if then_at is not None:
            # "six oh two, and then nine nine one four": "then" between two groups of one number
            pause = max(pause, _JOINER_STRENGTH[","])
            i = then_at
            continue
        correction = next((c for c in by_first.get(tok.lower(), ()) if _words_at(toks, i, c)), None)
        if correction and current.pieces:
            replace_next, pause = True, max(pause, FILLER_STRENGTH)
            i += len(correction)
            continue
        said = current.digits if current.pieces else ""
        then = _then_before_digits(toks, i) if (len(said) in (3, 6) or (said[:1] == "1" and len(said) in (4, 7))) else 0
        if then:
            # "four one five, five five five, and then oh one four seven": "(and) then" where a group of a
            # number ends (after 3 or 6 digits, 4 or 7 after a leading one) goes on with the number, as a
            # pause would; after a whole number it is a word ("... oh one four four, then ...")
            pause = max(pause, FILLER_STRENGTH)
            i += then
            continue
        if tok.lower() == "no" and current.pieces and _correction_follows(toks, i + 1, corrections):
            # "... eight two six, no, sorry, two eight six": the "no" opens the correction
            pause = max(pause, FILLER_STRENGTH)
            i += 1
            continue
        close()
        pause, replace_next = 0, False
        i += 1
    close()
    return [r for r in runs if not _is_lone_oh(r)]


def _then_before_digits(toks, i: int) -> int:
    """How many tokens "then" / "and then" at ``i`` takes when a digit group follows it (0 if not)."""
    words = []
    j = i
    while j < len(toks) and toks[j][0] == "TOKEN" and toks[j][1].group(0).lower() in ("and", "then", ","):
        words.append(toks[j][1].group(0).lower())
        j += 1
    said = [w for w in words if w != ","]
    if said not in (["then"], ["and", "then"]) or j >= len(toks) or toks[j][0] != "TOKEN":
        return 0
    piece, _ = _read_piece(toks, j)
    return j - i if piece is not None else 0


def _correction_follows(toks, i: int, corrections) -> bool:
    """A self-correction ("sorry", "I mean") at token i, past punctuation."""
    while i < len(toks) and toks[i][0] == "TOKEN" and toks[i][1].group(0) in _JOINER_STRENGTH:
        i += 1
    return any(_words_at(toks, i, c) for c in corrections)


def _is_lone_oh(run: Run) -> bool:
    """A lone "oh"/"o" is an interjection, not a zero."""
    only = run.pieces[0]
    return len(run.pieces) == 1 and not only.written and only.digits == "0" and only.char_end - only.char_start <= 2


def _words_at(toks, i: int, words: list[str]) -> bool:
    if i + len(words) > len(toks):
        return False
    return all(toks[i + k][0] == "TOKEN" and toks[i + k][1].group(0).lower() == w for k, w in enumerate(words))


def _value_at(toks, i: int):
    if i >= len(toks) or toks[i][0] != "TOKEN":
        return None
    return _word_value(toks[i][1].group(0))


def _next_word_index(toks, i: int) -> int:
    """Index of the next token after i, skipping one hyphen ("fifty-five")."""
    j = i + 1
    if j < len(toks) and toks[j][1].group(0) == "-":
        j += 1
    return j


def _read_piece(toks, i: int) -> tuple[Piece | None, int]:
    """The piece starting at token i and how many tokens it used, or (None, 0)."""
    m = toks[i][1]
    if m.group(0).isdigit():
        return Piece(m.group(0), m.start(), m.end(), written=True), 1
    value = _word_value(m.group(0))
    if value is None or value[0] in ("hundred", "thousand"):
        return None, 0  # "a hundred" on its own is a quantity, not digits
    if value[0] == "repeat":
        return _read_repeat(toks, i, int(value[1]))
    digits, used = _read_small(toks, i)
    digits, used = _read_multiplier(toks, i, digits, used)
    return Piece(digits, m.start(), toks[i + used - 1][1].end(), written=False), used


def _read_repeat(toks, i: int, times: int) -> tuple[Piece | None, int]:
    """"double five" -> 55; "triple oh" -> 000; also "double, five" as the recogniser punctuates slow digits."""
    j = _next_word_index(toks, i)
    if j < len(toks) and toks[j][1].group(0) == ",":
        j += 1
    nxt = _value_at(toks, j)
    if nxt is None or nxt[0] != "unit":
        return None, 0
    return Piece(nxt[1] * times, toks[i][1].start(), toks[j][1].end(), written=False), j - i + 1


def _read_small(toks, i: int) -> tuple[str, int]:
    """A number below 100 at token i: "five" -> 5, "fifteen", "fifty-five" / "fifty five" -> 55, "fifty" -> 50."""
    category, digits = _value_at(toks, i)
    if category == "tens":
        j = _next_word_index(toks, i)
        nxt = _value_at(toks, j)
        if nxt is not None and nxt[0] == "unit" and nxt[1] != "0":
            return digits[0] + nxt[1], j - i + 1
    return digits, 1


def _read_multiplier(toks, i: int, digits: str, used: int) -> tuple[str, int]:
    """Cardinals read out: "eight hundred" -> 800, "five hundred seventeen" -> 517,
    "seven thousand six hundred forty two" -> 7642, "nineteen hundred" -> 1900.

    After "hundred" only a tens or teen word joins the number ("four hundred fifty eight"): a lone
    unit stays a digit of its own, as in "one eight hundred, five five five", unless a joiner
    word closes the group right after it ("six hundred eight dot ...").
    """
    j = i + used
    nxt = _value_at(toks, j)
    if nxt is None or nxt[0] not in ("hundred", "thousand") or digits == "0":
        return digits, used
    scale = 100 if nxt[0] == "hundred" else 1000
    value = int(digits) * scale
    used += 1
    k = i + used
    if k < len(toks) and toks[k][1].group(0).lower() == "and":
        k += 1
    tail = _value_at(toks, k)
    if tail is not None and (tail[0] in ("tens", "teen") or (scale == 1000 and tail[0] == "unit" and tail[1] != "0")):
        rest, rest_used = _read_small(toks, k)
        if scale == 1000:
            rest, rest_used = _read_multiplier(toks, k, rest, rest_used)
        if int(rest) < scale:
            value += int(rest)
            used = k - i + rest_used
    elif (scale == 100 and tail is not None and tail[0] == "unit" and tail[1] != "0" and k == i + used
          and (_joiner_at(toks, k + 1) or _group_closed_at(toks, k + 1))):
        # "six hundred eight dot five hundred fifty five dot ...", "two hundred six, five hundred fifty
        # five, ...": a three-digit group the speaker closed with "dot" or a pause
        value += int(tail[1])
        used = k - i + 1
    return str(value), used


def _group_closed_at(toks, i: int) -> bool:
    """A comma or dash right after a "hundred" group, and more number words after it."""
    return (i + 1 < len(toks) and toks[i][1].group(0) in (",", "-")
            and _value_at(toks, i + 1) is not None)


def _joiner_at(toks, i: int) -> bool:
    """A joiner word at ``i``, or after one comma or dash there ("five hundred three, dash ...", "-dash")."""
    if i + 1 < len(toks) and toks[i][0] == "TOKEN" and toks[i][1].group(0) in (",", "-", "–"):
        i += 1
    return (i < len(toks) and toks[i][0] == "TOKEN"
            and toks[i][1].group(0).lower() in _joiner_words())


@lexicon_cached
def _joiner_words() -> frozenset[str]:
    """Separators said as words between digit groups: the built-in ones and the lexicon's own."""
    return frozenset(numwords.JOINER_WORDS) | {w.lower() for w in _number_words().get("joiner_words", [])}
