"""How the words were said: pace, the timing of each phone number, and the recogniser's confidence.

``delivery(transcript, facts, measures) -> Delivery`` reads the timed transcript, the facts (the
phone numbers the fact extractor found, so GL103/GL104 and GL442/GL443 judge the same numbers)
and the acoustic measures (the silences a number's edges snap to). It computes each value once;
``Facts.words_per_minute`` is this pace too. Audio only: a script has no times.
"""
from __future__ import annotations

import re
from typing import Optional

from .facts.spoken import find_runs
from .numwords import DIGIT_OF, DIGIT_WORDS, SOUNDALIKE_DIGITS
from .model import Delivery, Facts, Measures, Mumbled, TimedNumber, TimeSpan, Transcript, Word

LONG_GAP_S = 2.0  # gaps between words longer than this are not speaking time (GL413 judges them)
MIN_SPEAKING_S = 1.0
EDGE_SEARCH_S = 0.7  # a number's edge snaps to a pause whose near side lies this close to its first/last word
PAUSE_CAP_S = 2.0
LOW_PROBABILITY = 0.5
UNHEARD_MIN_S = 3.0  # seconds of sound with no word in them: words the recogniser left out
# after the last word less is needed: a recogniser's last window drops its closing words (a number said last,
# "five five five, oh one one eight", is two seconds), and nothing after them can show they were there
TRAILING_UNHEARD_MIN_S = 1.5
WORD_REACH_S = 0.3  # a word's sound runs a little past its timestamps
MUMBLE_WINDOW = 3  # words


def delivery(transcript: Transcript, facts: Facts, measures: Measures) -> Delivery:
    timed = [w for w in transcript.words if w.start is not None and w.end is not None]
    wpm, speaking = pace(timed)
    share, mumbled = confidence(timed)
    return Delivery(words_per_minute=wpm, speaking_time_s=speaking,
                    phone_numbers_timed=timed_numbers(transcript, facts, measures.silences, timed),
                    low_confidence_share=share, mumbled=mumbled, unheard=unheard(timed, measures),
                    left_out=left_out(transcript, timed, measures))


# "call me back at", "my number is": words that a number follows
_NUMBER_NEXT_RE = re.compile(r"\b(?:(?:call|reach|text|ring|contact|dial)\b[^.!?]{0,25}?\b(?:at|on)|"
                             r"(?:number|cell|line|phone)(?:\s+is|'s))\b", re.IGNORECASE)
# a recogniser looping on what it could not place: one short unit six times or more ("P-W-V-V-V-V-V-V", "$ign $ign ...")
# differs on purpose from transcribe._REPEAT_RE (1-4 whole words 4+ times: a segment's phrase loop, dropped)
_LOOP_RE = re.compile(r"(\S{1,4}?)(?:[\s,.-]*\1){5,}")
# after a number cue, what may stand where digits were not heard: digit words, their soundalikes, fillers
_PLACEHOLDER_WORDS = frozenset(DIGIT_WORDS) | frozenset(SOUNDALIKE_DIGITS) | {"um", "uh", "and", "then"}


def left_out(transcript: Transcript, timed: list[Word], measures: Measures) -> tuple[TimeSpan, ...]:
    """Where the words themselves show speech the recogniser left out, however its times spread the words
    over it: a number cue whose number never comes ("give me a call back at one." and the next sentence:
    fewer than seven digits, nothing but digit words before the full stop), and a run where the decoder
    looped ("P-W-V-V-V-V-V-V ..."). Each span runs from the last word heard to the next word after it (or
    the speech's end); GL103 turns careful there, as for ``unheard``."""
    text = transcript.text
    out = []
    speech_end = measures.speech_end_s
    for m in _NUMBER_NEXT_RE.finditer(text):
        stop = re.search(r"[.!?]|$", text[m.end():])
        rest = text[m.end():m.end() + stop.start()]
        words = re.findall(r"[A-Za-z']+|\d", rest)
        if any(w.lower() not in _PLACEHOLDER_WORDS and not w.isdigit() for w in words):
            continue  # "call me back at your convenience": no number was due here
        if sum(1 for w in words if w.isdigit() or w.lower() in DIGIT_OF) >= 7:
            continue
        out.append(_span_after(transcript, m.start(), m.end() + stop.end(), timed, speech_end))
    for m in _LOOP_RE.finditer(text):
        if len(m.group(1).strip("-.,")) == 0 or m.group(1).lower() in ("ha", "la", "na", "no", "bye", "so"):
            continue
        out.append(_span_after(transcript, m.start(), m.start() + 1, timed, speech_end))
    return tuple(sorted({s for s in out if s is not None}))


def _span_after(transcript: Transcript, char_start: int, char_end: int, timed: list[Word],
                speech_end: Optional[float]) -> Optional[TimeSpan]:
    before = [w for w in transcript.words_in(char_start, char_end) if w.start is not None]
    if not before:
        return None
    start = before[0].start
    later = [w.start for w in timed if w.start is not None and w.char_start >= char_end]
    end = later[0] if later else (speech_end if speech_end is not None else before[-1].end)
    return (_r(start), _r(max(end, before[-1].end)))


# differs on purpose from transcribe._unheard_stretches (what to decode again, by the VAD): a stored hearing has measures, no VAD
def unheard(timed: list[Word], measures: Measures) -> tuple[TimeSpan, ...]:
    """Stretches between words (and before the first, after the last) that hold UNHEARD_MIN_S or more
    of sound by the measures (the speech from its measured start to its end, less every silence), after the
    last word TRAILING_UNHEARD_MIN_S: speech the recogniser left out, where a number or a name may be (GL103
    and GL101 turn careful)."""
    start, end = measures.speech_start_s, measures.speech_end_s
    if start is None or end is None or end <= start:
        return ()
    edges = [start] + [t for w in timed for t in (w.start - WORD_REACH_S, w.end + WORD_REACH_S)] + [end]
    pairs = list(zip(edges[::2], edges[1::2]))
    out = []
    for i, (a, b) in enumerate(pairs):
        least = TRAILING_UNHEARD_MIN_S if timed and i == len(pairs) - 1 else UNHEARD_MIN_S
        if b - a < least:
            continue
        quiet = sum(max(0.0, min(b, s1) - max(a, s0)) for s0, s1 in measures.silences)
        if (b - a) - quiet >= least:
            out.append((_r(a), _r(b)))
    return tuple(out)


def pace(timed: list[Word]) -> tuple[Optional[float], Optional[float]]:
    """(words per minute, speaking seconds): first to last word, less the gaps over LONG_GAP_S."""
    if len(timed) < 2:
        return None, None
    span = timed[-1].end - timed[0].start
    long_gaps = sum(max(0.0, b.start - a.end) for a, b in zip(timed, timed[1:]) if b.start - a.end > LONG_GAP_S)
    speaking = span - long_gaps
    wpm = len(timed) / speaking * 60.0 if speaking >= MIN_SPEAKING_S else None
    return _r(wpm, 1), _r(speaking)


def timed_numbers(transcript: Transcript, facts: Facts, silences: tuple[TimeSpan, ...],
                  timed: list[Word]) -> tuple[TimedNumber, ...]:
    """Every mention of every phone number fact, in the order said, with its time and the pauses around it."""
    mentions = sorted(((span, number) for number in facts.phone_numbers
                       for span in [(number.char_start, number.char_end), *number.repeats]), key=lambda m: m[0])
    out = []
    for (char_start, char_end), number in mentions:
        if _has_letters(transcript.text[char_start:char_end]):
            continue  # a vanity number ("one eight hundred flowers"): callers write a word, not digits
        words = transcript.words_in(char_start, char_end)
        words = [w for w in words if w.start is not None and w.end is not None]
        if not words:
            continue
        # the recogniser's word edges drift by up to half a second: snap them to the pauses around the number
        start, before = _pause_edge(silences, words[0].start, -1)
        end, after = _pause_edge(silences, words[-1].end, +1)
        if end <= start:  # no pause found on one side and the snapped edges crossed: keep the word times
            start, end = words[0].start, words[-1].end
        out.append(TimedNumber(
            text=transcript.text[words[0].char_start:words[-1].char_end], digits=len(number.digits),
            start=start, end=end,
            pause_before_s=None if words[0] is timed[0] else before,
            pause_after_s=None if words[-1] is timed[-1] else after,
            char_start=char_start, char_end=char_end))
    return tuple(out)


def _has_letters(mention: str) -> bool:
    """True when a number is said partly as letters or a word: text outside its runs of number words."""
    outside = mention
    for run in reversed(find_runs(mention)):
        outside = outside[:run.char_start] + " " + outside[run.char_end:]
    return re.search(r"[A-Za-z]", outside) is not None


def _pause_edge(silences: tuple[TimeSpan, ...], t: float, side: int) -> tuple[float, float]:
    """Where speech at a word edge ``t`` really starts (side -1) or ends (+1), and the pause there.

    Takes the longest silence whose near edge lies within EDGE_SEARCH_S of ``t`` (the break around
    a number outlasts the short gaps between its digit groups); without one, the edge stays at
    ``t`` and the pause is 0.
    """
    near = [(b - a, a, b) for a, b in silences if abs((b if side < 0 else a) - t) <= EDGE_SEARCH_S]
    if not near:
        return t, 0.0
    _, a, b = max(near)
    return (b if side < 0 else a), min(b - a, PAUSE_CAP_S)


def confidence(timed: list[Word]) -> tuple[Optional[float], Optional[Mumbled]]:
    """Share of words under LOW_PROBABILITY, and the MUMBLE_WINDOW words with the lowest mean probability."""
    scored = [w for w in timed if w.probability is not None]
    if not scored:
        return None, None
    low = sum(w.probability < LOW_PROBABILITY for w in scored) / len(scored)
    mumbled = None
    if len(scored) >= MUMBLE_WINDOW:
        means = [sum(w.probability for w in scored[i:i + MUMBLE_WINDOW]) / MUMBLE_WINDOW
                 for i in range(len(scored) - MUMBLE_WINDOW + 1)]
        i = min(range(len(means)), key=means.__getitem__)
        stretch = scored[i:i + MUMBLE_WINDOW]
        mumbled = Mumbled(text=" ".join(w.text for w in stretch), start=stretch[0].start, end=stretch[-1].end,
                          mean_probability=_r(means[i], 3))
    return _r(low, 3), mumbled


def _r(value, digits: int = 2):
    return None if value is None else round(float(value), digits)
