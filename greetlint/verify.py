"""Expected facts heard against the recording itself (GL601 on audio).

The transcript is one hearing of the recording: the model's most likely words. When the config
expects a phone number or a company and the transcript says something else, the question is
not "did the recogniser write it" but "does the audio say it". So the expected wording is put
in the transcript's place and both texts are scored against the same stretch of audio with
CTranslate2's Whisper ``align`` (the probability the model gives each token of a given text,
teacher-forced on the encoder output): the sum of the tokens' log probabilities is the log
likelihood of the text given the audio. The expectation is met when the expected wording is
about as likely as what was transcribed (within :data:`MARGIN` nats); a number that differs in
a digit the speaker said clearly costs several nats at that digit and still fails.

Where to look: each phone number or unclear number the facts found (for a phone expectation),
the company, names and unsure names (for a company). The clip runs from a few seconds of
words before the span to a second or two after it, so the model hears the number in its
sentence; both texts share everything outside the span, so only the span and what follows it
can differ in score.

A number can be said several ways; the expected digits are scored in each common spoken form
(groups of 3-3-4 or 3-4, "zero" or "oh", a leading "one" for a toll-free or 11-digit number,
"eight hundred" for an 800 number) and the best form counts. Written text (an expected
company) is scored as written.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Optional

from . import nanp
from .model import ExpectedHearing, Facts, Transcript
from .numwords import DIGIT_OF, UNITS

if TYPE_CHECKING:
    import numpy as np

SAMPLE_RATE = 16000
# seconds of words heard before the span that go into the clip (the sentence leading to it)
CONTEXT_BEFORE_S = 6.0
CONTEXT_AFTER_S = 2.0
PAD_S = 0.3
MAX_CLIP_S = 29.0
MIN_CLIP_S = 0.2
# how far (natural log likelihood of the whole clip's text) the expected wording may trail the
# transcript's and still be what the audio says
MARGIN = 2.0

# the word for each digit, in the order of their values ("zero" ... "nine")
_DIGIT_WORDS = ("zero", *sorted(UNITS, key=UNITS.get))


@dataclass(frozen=True)
class Place:
    """Where in the transcript an expected fact may have been said: a span and the wordings to try there."""

    fact: str  # "phone" | "company"
    expected: str  # the expectation: a number's digits, a company's name
    char_start: int
    char_end: int
    wordings: tuple[str, ...]
    # what the recording may say instead, scored alongside the words heard: the numbers the facts
    # read, in their spoken forms (a garbled second mention must not set a low bar)
    references: tuple[str, ...] = ()


def spoken_forms(digits: str, heard: str = "") -> list[str]:
    """Common ways a number is said: 2065550142 -> 'two zero six, five five five, zero one four two', '... oh ...'.

    Groups of 3-3-4 (3-4, 1-3-3-4) with and without commas between them, "zero" or "oh", a
    leading "one" and "eight hundred" for a toll-free number; and first of all the words heard
    with their digits replaced, when they hold as many digit words as the number has digits
    (the recogniser's own punctuation and choice of "oh" or "zero" cost nothing then).
    """
    forms = []
    restyled = _restyled(digits, heard)
    if restyled:
        forms.append(restyled)
    groups = nanp.groups(digits)
    for zero in ("zero", "oh"):
        words = [" ".join(zero if d == "0" else _DIGIT_WORDS[int(d)] for d in g) for g in groups]
        for sep in (", ", " "):
            forms.append(sep.join(words))
            if len(digits) == 10 and digits[0] == "8" and digits[1:3] in ("00", "33", "44", "55", "66", "77", "88"):
                forms.append(sep.join(["one"] + words))  # toll free, said with its leading one
                if digits[1:3] == "00":
                    forms.append(sep.join(["eight hundred"] + words[1:]))
                    forms.append(sep.join(["one eight hundred"] + words[1:]))
    return list(dict.fromkeys(forms))




def _restyled(digits: str, heard: str) -> Optional[str]:
    """The heard words with each digit word replaced by the expected digit, or None when they do not line up."""
    pieces = re.split(r"([A-Za-z]+)", heard)
    slots = [i for i, p in enumerate(pieces) if p.lower() in DIGIT_OF]
    if len(slots) != len(digits) or any(p.strip(" ,.-") for i, p in enumerate(pieces) if i not in slots):
        return None
    for i, d in zip(slots, digits):
        zero = pieces[i].lower() if pieces[i].lower() in ("oh", "zero") else "zero"
        word = zero if d == "0" else _DIGIT_WORDS[int(d)]
        pieces[i] = word.capitalize() if pieces[i][:1].isupper() else word
    return "".join(pieces)


def places(fact: str, facts: Facts, text: str, expected: str) -> list[Place]:
    """The spans of ``text`` where the expected fact (a number's digits, a company) may have been
    said, with the wordings to score there."""
    if fact == "phone":
        from .facts.spoken import digits_said

        spans = [(n.char_start, n.char_end) for n in facts.phone_numbers]
        spans += [(n.char_start, n.char_end) for n in facts.unclear_numbers]
        spans += [s for s in _digit_runs(text) if not any(a < s[1] and s[0] < b for a, b in spans)]
        read = {nanp.national_digits(n.digits) for n in facts.phone_numbers} - {expected}
        out = []
        # the span as read, and grown over misheard digits next to it ("to" may be a word or a two)
        for a, b in dict.fromkeys(w for a, b in spans for w in ((a, b), _widened(text, a, b))):
            digits = expected
            heard = digits_said(text[a:b])
            if len(expected) == 7 and len(heard) >= 10:  # a local number expected where a full one was said
                digits = heard[-10:-7] + expected
            references = tuple(f for d in sorted(read) if nanp.has_phone_length(d)
                               for f in spoken_forms(d, text[a:b])[:3])
            out.append(Place(fact, expected, a, b, tuple(spoken_forms(digits, text[a:b])), references))
        return out
    spans = [(s.char_start, s.char_end) for s in ([facts.company] if facts.company else [])]
    spans += [(s.char_start, s.char_end) for s in facts.names + facts.unsure_names]
    return [Place(fact, expected, a, b, (expected,)) for a, b in dict.fromkeys(spans)]


def _digit_runs(text: str) -> list[tuple[int, int]]:
    """Spans of runs of three or more digits said that no fact read ("five, five, five, oh, one-eighth")."""
    from .facts.spoken import find_runs

    return [(r.char_start, r.char_end) for r in find_runs(text) if len(r.digits) >= 3]


# words that sit next to a number's digits and are most likely digits misheard ("zeros", "to", "for")
WIDEN_WORDS = 3


def _widened(text: str, start: int, end: int) -> tuple[int, int]:
    """The span grown over the digit words next to it, and up to WIDEN_WORDS soundalikes ("a", "to",
    "zeros") on each side: "five five five, a one nine eight" is one place."""
    from .renumber import NUMBER_WORDS, SOUNDALIKES

    def digit_like(word: str) -> bool:
        w = word.lower()
        return w in NUMBER_WORDS or w in SOUNDALIKES - {"and", "uh", "um"} or (w.endswith("s") and w[:-1] in NUMBER_WORDS)

    misheard = 0  # soundalikes taken so far; digit words are taken however many
    while misheard <= WIDEN_WORDS:
        m = re.search(r"([A-Za-z]+)[\s,.-]*$", text[:start])
        if not m or not digit_like(m.group(1)):
            break
        misheard += m.group(1).lower() not in NUMBER_WORDS
        start = m.start(1)
    misheard = 0
    while misheard <= WIDEN_WORDS:
        m = re.match(r"[\s,.-]*([A-Za-z]+)", text[end:])
        if not m or not digit_like(m.group(1)):
            break
        misheard += m.group(1).lower() not in NUMBER_WORDS
        end += m.end(1)
    return start, end


def hear(model, samples: "np.ndarray", transcript: Transcript, place: Place) -> Optional[ExpectedHearing]:
    """Score the expected wordings against the transcript's words at ``place``, on the audio there.

    ``model`` is faster-whisper's WhisperModel. None when the span has no timed words.
    """
    clip = _clip(transcript, place)
    if clip is None:
        return None
    first, last, t0, t1 = clip
    if t1 - t0 < MIN_CLIP_S or int(t1 * SAMPLE_RATE) > len(samples) + SAMPLE_RATE:
        return None  # no audio to score there (a transcript that does not belong to these samples)
    text = transcript.text
    heard = text[first:last]
    before, after = text[first:place.char_start], text[place.char_end:last]
    capital = text[place.char_start:place.char_start + 1].isupper()
    def said(wording: str) -> str:
        return before + (wording[:1].upper() + wording[1:] if capital else wording) + after

    candidates = [said(w) for w in place.wordings]
    references = [heard] + [said(w) for w in place.references]
    scores = log_likelihoods(model, samples[int(t0 * SAMPLE_RATE):int(t1 * SAMPLE_RATE)], references + candidates)
    heard_score = max(scores[:len(references)])
    best = max(range(len(candidates)), key=lambda i: scores[len(references) + i])
    expected_score = scores[len(references) + best]
    return ExpectedHearing(place.fact, place.expected, place.wordings[best], text[place.char_start:place.char_end],
                           round(expected_score, 2), round(heard_score, 2), expected_score >= heard_score - MARGIN,
                           place.char_start, place.char_end)


def _clip(transcript: Transcript, place: Place) -> Optional[tuple[int, int, float, float]]:
    """(first char, last char, start s, end s) of the words around the span that go into the clip."""
    words = [w for w in transcript.words if w.start is not None and w.end is not None]
    inside = [w for w in words if w.char_end > place.char_start and w.char_start < place.char_end]
    if not inside:
        return None
    start, end = inside[0].start, inside[-1].end
    lead = [w for w in words if w.char_end <= place.char_start and w.start >= start - CONTEXT_BEFORE_S]
    tail = [w for w in words if w.char_start >= place.char_end and w.end <= end + CONTEXT_AFTER_S]
    first_word = lead[0] if lead else inside[0]
    last_word = tail[-1] if tail else inside[-1]
    t0 = max(0.0, first_word.start - PAD_S)
    t1 = min(last_word.end + PAD_S, t0 + MAX_CLIP_S)
    return first_word.char_start, last_word.char_end, t0, t1


@lru_cache(maxsize=4)
def _tokenizer(model):
    from faster_whisper.tokenizer import Tokenizer

    return Tokenizer(model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language="en")


def log_likelihoods(model, clip: "np.ndarray", texts: list[str]) -> list[float]:
    """Sum of token log probabilities of each text given the clip (one encoder pass, one align call)."""
    import ctranslate2
    import numpy as np
    from faster_whisper.audio import pad_or_trim

    from .batching import _encode_one_by_one
    tokenizer = _tokenizer(model)
    features = model.feature_extractor(clip)
    frames = min(features.shape[-1], model.feature_extractor.nb_max_frames)
    encoded = np.asarray(_encode_one_by_one(model, [pad_or_trim(features)]))  # one encoder pass at a time
    rows = ctranslate2.StorageView.from_array(np.ascontiguousarray(np.repeat(encoded, len(texts), axis=0)))
    tokens = [tokenizer.encode(" " + t.strip()) for t in texts]
    # as faster-whisper's find_alignment calls it; the probabilities cover the text and its end
    results = model.model.align(rows, list(tokenizer.sot_sequence), tokens, [frames] * len(texts))
    return [sum(math.log(max(p, 1e-12)) for p in r.text_token_probs) for r in results]


def hear_expected(model, load_samples: Callable[[], "np.ndarray"], transcript: Transcript,
                  wanted: list[Place]) -> list[ExpectedHearing]:
    """Each place scored (the samples are loaded once, only when there is a place to score)."""
    if not wanted or not transcript.timed:
        return []
    samples = load_samples()
    return [h for place in wanted if (h := hear(model, samples, transcript, place)) is not None]
