"""What a left message is about (its purpose) and the thank-you, from ``lexicon/courtesy.toml``.

A purpose is a reason, a request or a topic: "calling about the lease", "I'm interested in the
flat", "your car is ready", "can you send me the form", a question to the listener. Rather than
list every way to say one, the reader takes the other side: a message has a frame that carries no
reason (a greeting, who is calling, "call me back", a number, the caller's own "I'll try again",
"nothing important", a goodbye; ``[frame]`` in the lexicon). Whatever is said beyond the frame is
the purpose. Only a message that is all frame ("Hey, it's me. Call me back. Bye.") states none,
so a finding built on it (GL305) is rare and rarely wrong.
"""
from __future__ import annotations

import re
from typing import Optional

from .. import numwords
from ..model import Span
from .lexicon import lexicon_cached, lexicon_list, lexicon_pattern, lexicon_words, load_lexicon, longest_matches
from .names import _common_words  # the one loader of the common-words list
from .text import TITLE_ABBREVIATIONS, first_match

# a clause: the text between sentence and clause punctuation (dashes included)
_CLAUSE_RE = re.compile(r"[^,.!?;:\u2014\u2013\n]+")
# digits, and number words said in a row, are read as "#" before the frame is taken out
# (of the teens only ten to twelve: "twelve fourteen" is a time the purpose keeps, not digits)
_NUMBER_WORDS = numwords.alternation((*numwords.DIGIT_WORDS, *(w for w, v in numwords.TEENS.items() if v <= 12),
                                      *numwords.TENS, *numwords.SCALES, *numwords.REPEATERS))
_NUMBER_RE = re.compile(rf"(?<![\w'])(?:[+(]?\d[\d\-().\s/]*\d|\d|{_NUMBER_WORDS}(?:[\s-]+{_NUMBER_WORDS})*)(?![\w'])", re.IGNORECASE)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’]*")


def find_purpose(text: str) -> Optional[Span]:
    """The span that says why the caller called, or None when the message is all frame. A reason
    the caller takes back at once ("she wants to know ... no, never mind") is no reason."""
    found = _find_purpose(text)
    if found is not None and _filler_re().search(text) and _find_purpose(_without_fillers(text), text) is None:
        return None  # a phrase broken up by hesitations is frame once they are taken out
    return found


# the full stop of a title ("Ms. Park", "Dr. Ames") ends no clause
_TITLE_STOP_RE = re.compile(rf"(?<![\w'])(?:{'|'.join(TITLE_ABBREVIATIONS)})\.(?=\s)", re.IGNORECASE)


def _find_purpose(text: str, said: Optional[str] = None) -> Optional[Span]:
    said = text if said is None else said
    text = _TITLE_STOP_RE.sub(lambda m: m.group(0)[:-1] + " ", text)
    for m in lexicon_pattern("courtesy", "purpose").finditer(text):
        trimmed = _without_frame_tail(m.group(0)).rstrip(" ,;:-")
        # "just calling to say hi" has the shape of a reason and none of the substance
        if _reason_words(trimmed) and not _taken_back(text, m.start(), m.start() + len(trimmed)):
            return Span(said[m.start():m.start() + len(trimmed)], m.start(), m.start() + len(trimmed))
    first, count = None, 0
    for m in _CLAUSE_RE.finditer(text):
        # a question put to the listener asks something even in small words ("is he okay?", "are you in?")
        question = text[m.end():m.end() + 1] == "?"
        exclaimed = text[m.end():m.end() + 1] == "!"
        # the clause is read with the mark that closes it, so the frame tells a phrase said on its own
        # ("... your big sister.") from one that opens a longer clause ("your big sister, she ...")
        mark = text[m.end():m.end() + 1]
        words = _reason_words(m.group(0), question, mark)
        if not words or _taken_back(text, m.start(), m.end()):
            continue
        clause = m.group(0)
        lead = len(clause) - len(clause.lstrip())
        trimmed = clause.strip()
        span = Span(said[m.start() + lead:m.start() + lead + len(trimmed)], m.start() + lead, m.start() + lead + len(trimmed))
        if question or exclaimed or _TOPIC_RE.search(_without_frame(clause + mark)) or _NEGATED_RE.search(clause):
            return span
        first = first or span
        count = max(count, len(words))
    # one word beyond the frame, said flatly (no question, no exclamation, no negation, no topic word
    # before it: "badge 4410", "just trying you again", "I'll figure it out") is too little to be a
    # reason; two in one clause are a reason (one word from each of two clauses, "trying you again,
    # badge 4410", is still frame)
    return first if count >= 2 else None


# a topic word before a single word makes it a topic: "about Sunday", "re the van" (a topic word the frame
# took, "about an important matter", "talk about", makes none); so does news said
# with a negation ("I can't make it tonight") or an exclamation ("I'm pregnant!")
_TOPIC_RE = re.compile(r"\b(?:about|regarding|concerning|re)\b", re.IGNORECASE)
_NEGATED_RE = re.compile(r"\b(?:not|never|no)\b|n['’]t\b|\bcannot\b", re.IGNORECASE)


# hesitations ("we need to, um, go over", "a matter we, you know, have to"): set off by commas they
# split a phrase into clauses that each look like something else, so the message is read a second time
# with them blanked (same length, so spans still index the text); a reason has to survive both readings
# The sounds are the filler lexicon's hesitations, stretched ("ummm", "errr") and read in lower case
# (a capital only opening a sentence: "Um, ..."), so "ER" (the emergency room) is no hesitation.
@lexicon_cached
def _filler_re() -> re.Pattern:
    sounds = []
    for word in sorted({w.lower() for w in lexicon_list("fillers", "hesitations")}, key=lambda w: (-len(w), w)):
        runs = [m.group(0) for m in re.finditer(r"(.)\1*", word)]
        body = "".join(f"{re.escape(r[0])}{{{len(r)},}}" for r in runs)
        first = runs[0][0]
        # the first letter may be a capital, the rest in lower case
        sounds.append(f"[{first}{first.upper()}]" + body[len(re.escape(first)):])
    return re.compile(r"(?:,\s*)?(?<![\w'])(?:(?:" + "|".join(sounds) + r")(?![\w'])(?:\s*,)?|(?i:you\s+know(?:\s+what)?)\s*,)")


# a word said twice over a hesitation ("at the, um, the depot") is said once
_RESTART_RE = re.compile(r"(?<![\w'])(\w+)(\s+)(?=\1(?![\w']))", re.IGNORECASE)


def _without_fillers(text: str) -> str:
    text = _filler_re().sub(lambda m: " " * len(m.group(0)), text)
    return _RESTART_RE.sub(lambda m: " " * len(m.group(0)), text)


# what takes back the words just said: "never mind", "forget it", "scratch that", "no, wait"
_TAKEN_BACK_RE = re.compile(
    r"[\s,.!?;:\u2014\u2013-]*(?:(?:no|oh|um|uh|well|actually|okay|ok)[\s,.!?;:\u2014\u2013-]+){0,3}"
    r"(?:(?:(?:he|she|they|we)\s+says?\s+)?(?:never\s*mind|forget\s+(?:it|that|about\s+it)|scratch\s+that)"
    # a reason broken off and denied: "calling to ask... actually no, it's nothing"; "about the, no wait"
    r"|actually,?\s+no|no,?\s+wait|wait,?\s+no)\b",
    re.IGNORECASE)


def _taken_back(text: str, start: int, end: int) -> bool:
    """Is the reason in ``text[start:end]`` taken back, after one of its own clauses or right after it?"""
    return any(_TAKEN_BACK_RE.match(text, m.end()) is not None for m in _CLAUSE_RE.finditer(text, start, end))


def _without_frame_tail(phrase: str) -> str:
    """The phrase up to the first later clause that is all frame ("your bike is ready, call me")."""
    clauses = list(_CLAUSE_RE.finditer(phrase))
    for m in clauses[1:]:
        if not _reason_words(m.group(0)):
            return phrase[:m.start()]
    return phrase


def _reason_words(clause: str, question: bool = False, mark: str = "") -> list[str]:
    """The words of a clause left once the message frame and fillers are taken out (and the
    closed-class words, unless the clause is a question)."""
    if _is_bare_name(clause):
        return []  # "Jamie." or "Mrs. Pemberton," said on its own: who is called or calling
    rest = _without_frame(clause + mark)
    filler = lexicon_words("courtesy", "frame.filler") | lexicon_words("courtesy", "frame.call_words")
    if not question:
        filler = filler | lexicon_words("courtesy", "frame.closed")
    # a hesitation's letters written in capitals are an initialism ("the ER"), not the sound ("er")
    sounds = _hesitations()
    return [w for w in _WORD_RE.findall(rest)
            if _bare(w) not in filler or (len(w) > 1 and w.isupper() and w.lower() in sounds)]


# a contraction of a frame word is frame too: "whatever's", "now's" ("it's", "that's" are listed whole)
_CONTRACTION_RE = re.compile(r"'(?:s|re|ll|d|ve)$")


def _bare(word: str) -> str:
    word = word.lower().replace("’", "'")
    filler = lexicon_words("courtesy", "frame.filler")
    return word if word in filler else _CONTRACTION_RE.sub("", word)


def _without_frame(clause: str) -> str:
    """The clause with numbers read as "#" and the frame's phrases blanked."""
    rest = _NUMBER_RE.sub(" # ", clause)
    # the longest frame phrase at each place, so "I'm calling from my cell" goes whole
    for start, end in reversed(longest_matches("courtesy", "frame.patterns", rest)):
        rest = rest[:start] + " " + rest[end:]
    return rest


@lexicon_cached
def _hesitations() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon_list("fillers", "hesitations"))


# a relative's title before the name ("Aunt Rosalind"): one list, for the bare name and for what it drops
_KIN_TITLES = ("Aunt", "Auntie", "Uncle", "Grandma", "Grandpa", "Granny", "Nana", "Cousin")
_KIN_RE = re.compile("|".join(_KIN_TITLES))
_BARE_NAME_RE = re.compile(r"\s*(?:(?:your|my|our)\s+(?:cousin|sister|brother|mother|father|mom|mum|dad|son|daughter|niece|nephew|aunt|uncle|friend|neighbou?r|husband|wife|partner)\s+)?"
                           rf"(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr|Doctor|Prof|Professor|{'|'.join(_KIN_TITLES)})\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}\s*")


def _is_bare_name(clause: str) -> bool:
    """A clause of one to three capitalised words, none of them a common word ("Dinner" or "Friday" is not a name)."""
    if not _BARE_NAME_RE.fullmatch(clause):
        return False
    common = _common_words()
    words = clause.split()
    if len(words) > 2 and words[0].lower() in ("your", "my", "our"):
        words = words[2:]  # "your cousin Rhea" said on its own: who, not why
    if len(words) > 1 and _KIN_RE.fullmatch(words[0]):
        words = words[1:]  # "Aunt Rosalind": a relative's title before the name
    return not any(w.lower().strip("'’") in common or w.lower().split("'")[0] in common for w in words)





def find_thanks(text: str) -> Optional[Span]:
    return first_match(lexicon_pattern("courtesy", "thanks"), text)
