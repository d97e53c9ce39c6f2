"""Number stretches heard again, with the vocabulary of a spoken number.

The free decode of a 30 s window writes what is most likely as English, and inside a phone
number that is not always a digit: "to" for two, "for" for four, "a" for eight or oh; it may
also add or drop one of a row of equal digits. So wherever the first pass heard a stretch of
number words (or a number cue such as "my number is", "call me at", "extension" followed by
any number word), the stretch is decoded again on the very same encoder output:

* the prompt is the window's own text up to the stretch (Whisper's ``prefix``), so the model is
  exactly where it was when it started the number;
* every token is suppressed except the pieces of the spelled number words (zero, oh, one ...
  nine, ten ... ninety, hundred, thousand, double, triple, with and without a leading space,
  capitalised or not), the separators ``,`` and ``.``, and the first token of the word the first
  pass heard right after the stretch (so the number can end where it ended; the end of text only
  for a stretch that ends the window). The ids come from the model's own tokenizer, so any
  CTranslate2 Whisper (``--model``) works the same;
* a window whose text stops right after a number cue ("please call me back at") and nothing
  more gets the number decoded there, forced to number words, and kept only when it reads as a
  phone number that the model scores well (MIN_NEW_SCORE): never digits over silence.

Every stretch of every window in a decoding round goes into one ``generate`` call (beam search,
several hypotheses with their scores), so the cost is a few short decoder runs per batch and no
extra encoder pass. The hearings are then reconciled (:func:`choose`): a first-pass stretch made
only of number words that reads as a well-formed number is kept; otherwise the best-scoring
constrained hypothesis that reads as one (7, 10 or 11 digits in the North American pattern, a
toll-free prefix, a number said twice agreeing) is taken when its score is close to the best,
else the best. A homophone never survives inside a number: the constrained vocabulary has none.
Where the first pass already heard a well-formed number in plain number words and other words
after it, a re-hearing with other digits is weighed against it on the window's audio (both
teacher-forced, ``align``) and replaces it only when the audio prefers it (PICK_GAIN).

The words put in place are aligned again with the rest of the window (faster-whisper's
``add_word_timestamps``), so their times and probabilities are the model's own; a number whose
digits the model is unsure of carries low word probabilities, which the facts turn into a
confidence (``facts.numbers``) and the rules into "number unclear" instead of "no number".
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from . import nanp, numwords

UNITS = numwords.DIGIT_WORDS
TEENS = tuple(numwords.TEENS)
TENS = tuple(numwords.TENS)
# the British "treble" is left out of the constrained decode's vocabulary
SCALES = (*numwords.SCALES, "double", "triple")
NUMBER_WORDS = frozenset(UNITS + TEENS + TENS + SCALES)
# English words that sound like a digit and that a free decode writes inside a digit run
# (phonetics, not any one voice): two, four, eight/oh, one, eight, three, five, six, nine, ten
# ("o" is a number word here, and "or" joins a stretch only after three digits: _or_for_oh)
SOUNDALIKES = (frozenset(numwords.SOUNDALIKE_DIGITS) - {"or", "o"}) | {"and", "uh", "um"}
# a hyphen is not among them: allowed, the constrained beam runs away with "one-------"
SEPARATORS = (",", ".")
# the separators said as words ("five oh three dash five five five ..."): a reader of a typed number
# may say them, and a recogniser that may not write them hears "nine", "ninety" or a word in their place
JOINERS = numwords.JOINER_WORDS
# the words that make a cardinal group ("five hundred fifty five", "two thousand ten")
CARDINALS = frozenset(TEENS + TENS + tuple(numwords.SCALES))
# words that end a number whatever follows: what comes next is an extension, a repeat or another number
ENDS_NUMBER = frozenset({"extension", "ext", "x", "again", "or", "that", "thats", "its", "is", "at", "my", "our",
                         "number", "call", "press", "then", "thanks", "thank", "please", "bye", "area"})

# a stretch needs this many number words, unless a number cue comes right before it
MIN_NUMBER_WORDS = 3
# other words (a soundalike, a misheard digit: "five national year one") may sit between number
# words, at most this many in a row; what the stretch says is decided by choose()
MAX_GAP_WORDS = 2
# the constrained hypotheses asked for, and how far (in the model's length-normalised log
# probability) a well-formed number may trail the best hypothesis and still be chosen
HYPOTHESES = 4
SHAPE_MARGIN = 0.15
# a number heard only by the constrained decode (the first pass stopped at "call me at") needs this score
MIN_NEW_SCORE = -0.6
# a re-hearing with other digits than a well-formed number the first pass heard must score this many
# nats higher on the window's audio (as CLIP_GAIN for a clip's readings)
PICK_GAIN = 1.0
# tokens a number heard only by the constrained decode may take ("one eight hundred, five five five, ...")
NEW_NUMBER_TOKENS = 30
# extra tokens a hypothesis may have beyond the first pass's stretch (a dropped digit, "double");
# past that the constrained decoder is forcing the next words into digits
EXTRA_TOKENS = 3
# stretches whose prompts differ by at most this many tokens share a generate call
PROMPT_BUCKET = 6
# the digit words a soundalike inside a number may stand for
DIGITS_FOR_SOUNDALIKE = numwords.SOUNDALIKE_DIGITS
# candidate readings of one stretch scored against the audio, at most
MAX_CANDIDATES = 12
# how far (natural log likelihood of the window's text, teacher-forced on its audio) a candidate
# reading may trail the first pass's words and still be what the audio says: the free decode
# chose its words, so a digit for the soundalike it wrote costs a few nats even where the audio
# says the digit, and a digit the audio does not say costs more
CANDIDATE_MARGIN = 4.5
# and how far it must lead the next candidate with other digits (else the audio does not tell them apart)
CANDIDATE_LEAD = 1.5

# a window whose text stops right after one of these stopped before the number it announced
_ENDS_WITH_CUE_RE = re.compile(r"\b(?:number\s+is|call\s+me\s+(?:back\s+)?at|reach\s+me\s+at|call\s+us\s+at|"
                               r"me\s+at|number|extension|is|at)\W*$", re.IGNORECASE)
_EXTENSION_CUE_RE = re.compile(r"\b(?:extension|ext|x|press|option|dial)\W*$", re.IGNORECASE)
_CUE_RE = re.compile(r"\b(?:number|numbers|call|dial|text|reach|contact|phone|cell|mobile|line|extension|ext|"
                     r"at|is|me|us|back)\W*$", re.IGNORECASE)


def _plain(word: str) -> str:
    return re.sub(r"[^a-z]", "", word.lower())


def _is_number_word(word: str) -> bool:
    """"five", "Five,", "-five-hundred-fifty-five", "seven-o-one" (the recogniser's hyphen-joined
    digits; a lone "O" is more often a letter than a zero)."""
    parts = [_plain(p) for p in word.split("-")]
    parts = [p for p in parts if p]
    return bool(parts) and all(p in NUMBER_WORDS for p in parts) and any(p != "o" for p in parts)


def _number_count(word: str) -> int:
    return sum(1 for p in word.split("-") if _plain(p) in NUMBER_WORDS)


@dataclass
class Stretch:
    """A run of words (first-pass word indices [start, end)) that says a number."""

    start: int
    end: int
    cue: Optional[str] = None  # "phone" or "extension": the words right before it


def _new_sentence(words: list[str], j: int) -> bool:
    """Word j opens a sentence: a capital after a full stop, question or exclamation mark."""
    k = j - 1
    while k >= 0 and not _plain(words[k]):
        k -= 1
    return k >= 0 and re.search(r"[.?!]\W*$", words[k].strip()) is not None and words[j].strip()[:1].isupper()


def _garbled(word: str) -> bool:
    """Digits the first pass wrote as letters or symbols: single letters with full stops
    ("S.O.O.O.O." for "double five, oh"), or number words hyphen-joined to letters ("RIFI-five-five")."""
    word = word.strip().rstrip(",;:!?")
    if re.fullmatch(r"(?:[A-Za-z]\.){3,}", word):
        # dotted letters, most of them O ("oh"): "S.O.O.O."; not an abbreviation ("R.S.V.P.", "A.S.A.P.")
        letters = word.replace(".", "").lower()
        return letters.count("o") * 2 >= len(letters)
    if _is_number_word(word):
        return False  # "Twenty-one", "seven-o-one": number words, not garbled ones
    parts = [_plain(p) for p in word.split("-") if _plain(p)]
    others = [p for p in parts if p not in NUMBER_WORDS]
    # a number word joined to something no dictionary has ("RIFI-five-five"), not to a common word
    # ("one-time", "twenty-four-hour", "two-day")
    return (len(parts) > 1 and any(p in NUMBER_WORDS and p != "o" for p in parts)
            and any(p not in _common_words() for p in others))


def _common_words() -> frozenset[str]:
    from .facts.names import _common_words as common  # lazily: the facts package is not needed to transcribe

    return common()


def _stretch_word_count(word: str) -> int:
    """How many spoken numbers' words a word of a stretch stands for (a garbled word: its letters)."""
    if _is_number_word(word):
        return _number_count(word)
    return max(_number_count(word), sum(ch.isalpha() for ch in word)) if _garbled(word) else 0


def find_stretches(words: list[str]) -> list[Stretch]:
    """Runs of number words, with soundalikes, separators and a misheard word or two inside;
    long enough, or right after a number cue. A word the first pass wrote as letters or symbols
    where digits were said (``_garbled``) counts as number words, and starts a stretch of its own
    after a full stop ("the store opens at nine. S.O.O.O. four two")."""
    plain = [_plain(w) for w in words]
    garbled = [_garbled(w) for w in words]
    out: list[Stretch] = []
    i = 0
    while i < len(words):
        if not (_is_number_word(words[i]) or garbled[i]):
            i += 1
            continue
        start, j, count, gap = i, i, 0, 0
        last_number = i
        while j < len(words):
            if not plain[j]:  # punctuation between groups
                j += 1
                continue
            if garbled[j] and j > start and re.search(r"[.?!]\s*$", words[j - 1]):
                break  # a sentence's last number ("at six."), then the garbled number of the next
            if _is_number_word(words[j]) or garbled[j]:
                count, gap, last_number = count + _stretch_word_count(words[j]), 0, j
            elif _new_sentence(words, j) and plain[j] not in SOUNDALIKES:
                break  # "... at nine. The desk line is double two ...": a new sentence, not a misheard digit
            elif gap < MAX_GAP_WORDS and (plain[j] not in ENDS_NUMBER or _or_for_oh(words, plain, j, start)):
                gap += 1
            else:
                break
            j += 1
        end = last_number + 1
        # a soundalike right after the last number word ("five five five zero one six for at") belongs
        # to the number when the stretch is one digit short of one and nothing the soundalike could
        # lead into follows it ("... three six to book" is a preposition): the audio decides
        if _digit_count(words[start:end]) + 1 in nanp.PHONE_LENGTHS and _soundalike_ends_number(words, plain, end):
            end += 1
        # a soundalike right before the first number word ("at to oh six") belongs to the number
        while start > 0 and plain[start - 1] in SOUNDALIKES and plain[start - 1] != "and":
            start -= 1
        before = "".join(words[max(0, start - 4):start])
        cue = "extension" if _EXTENSION_CUE_RE.search(before) else "phone" if _CUE_RE.search(before) else None
        # after "extension" or "press" one digit is a whole answer; elsewhere "at ten", "for one"
        # are times and counts, and hearing them again costs a decoder run for nothing
        if count >= MIN_NUMBER_WORDS or (cue == "extension" and count >= 1):
            out.append(Stretch(start, end, cue))
        i = max(end, i + 1)
    return out


def _soundalike_ends_number(words: list[str], plain: list[str], k: int) -> bool:
    """Word k is a soundalike of a digit followed by a pause, the end, or a word that ends a number."""
    if k >= len(words) or plain[k] not in DIGITS_FOR_SOUNDALIKE:
        return False
    nxt = next((j for j in range(k + 1, len(words)) if plain[j]), len(words))
    pause = re.search(r"[,.!?;:]", "".join(words[k:nxt])) is not None
    return nxt == len(words) or pause or plain[nxt] in ENDS_NUMBER


def _digit_count(words: list[str]) -> int:
    return len(_digits(" ".join(words)))


def _or_for_oh(words: list[str], plain: list[str], j: int, start: int) -> bool:
    """"double five five or one nine one", "one triple eight, triple nine or one four two": "or"
    where a group of the number ends (three or six digits, seven after a leading one) and before
    more digits is most often "oh" misheard, not a second number (which would follow a whole one)."""
    if plain[j] != "or" or j + 1 >= len(plain) or not _is_number_word(words[j + 1]):
        return False
    digits = _digits(" ".join(w for w in words[start:j] if _is_number_word(w)))
    return len(digits) in (3, 6) or (len(digits) == 7 and digits[0] == "1")


@lru_cache(maxsize=8)
def number_token_ids(tokenizer) -> frozenset[int]:
    """Every token the spelled number words and separators are made of, in this model's tokenizer."""
    ids: set[int] = set()
    for word in NUMBER_WORDS:
        for variant in (f" {word}", f" {word.capitalize()}", word, word.capitalize()):
            pieces = tokenizer.encode(variant, add_special_tokens=False).ids
            if variant[0] != " " and len(pieces) > 1:
                continue  # a number opening the text without a space: only whole-word tokens
            ids.update(pieces)
    for sep in SEPARATORS:
        ids.update(tokenizer.encode(sep, add_special_tokens=False).ids)
    for joiner in JOINERS:  # a said separator, between words only
        ids.update(tokenizer.encode(f" {joiner}", add_special_tokens=False).ids)
    return frozenset(ids)


@lru_cache(maxsize=8)
def _vocab_size(tokenizer) -> int:
    return tokenizer.get_vocab_size()


def suppress_list(tokenizer, keep: frozenset[int]) -> list[int]:
    """Token ids to suppress: everything but the number pieces and ``keep``."""
    allowed = number_token_ids(tokenizer) | keep
    return [i for i in range(_vocab_size(tokenizer)) if i not in allowed]


@dataclass
class Job:
    """One stretch of one window to hear again."""

    window: int            # index of the window in the round
    tokens: list[int]      # the window's first-pass text tokens
    tok_start: int         # the stretch's first token
    tok_end: int           # first token after the stretch
    cue: Optional[str]
    hypotheses: list[tuple[list[int], float]] = field(default_factory=list)
    # readings that swap a soundalike for its digit or mend a row of equal digits, with the log
    # likelihood of the window's text given its audio (score_candidates); "first" = the first pass's
    first_likelihood: Optional[float] = None
    candidates: list[tuple[list[int], float]] = field(default_factory=list)
    candidate_digits: list[str] = field(default_factory=list)
    # the constrained hearing chosen where the first pass already heard a well-formed number with
    # other digits (``_first_number``): its log likelihood on the window's audio, as first_likelihood's
    pick_likelihood: Optional[float] = None


def plan(tokenizer, window_tokens: list[list[int]]) -> list[Job]:
    """The stretches worth hearing again in each window of a round."""
    jobs = []
    for w, tokens in enumerate(window_tokens):
        text_tokens = [t for t in tokens if t < tokenizer.eot]
        if len(text_tokens) != len(tokens):
            continue  # timestamps in the text: this path decodes without them
        words, word_tokens = tokenizer.split_to_word_tokens(tokens)
        offsets = [0]
        for wt in word_tokens:
            offsets.append(offsets[-1] + len(wt))
        stretches = find_stretches(words)
        for s in stretches:
            job = Job(w, tokens, offsets[s.start], offsets[s.end], s.cue)
            if not _heard_well(tokenizer, job) and not _number_then_words(words[s.start:s.end], s.cue):
                jobs.append(job)
        if (not stretches or stretches[-1].end < len(words)) and _ENDS_WITH_CUE_RE.search("".join(words[-4:])):
            # "... please call me back at" and the window's end: the number was never decoded
            jobs.append(Job(w, tokens, len(tokens), len(tokens), "phone"))
    return jobs


def _heard_well(tokenizer, job: "Job") -> bool:
    """Only number words, reading as a well-formed number: nothing to hear again."""
    text = tokenizer.decode(job.tokens[job.tok_start:job.tok_end])
    return _plain_number(text) and _well_formed(text, job.cue)


def _plain_number(text: str) -> bool:
    """Only number words, none of them a stray digit between cardinal groups ("... fifty five nine zero one
    three", "four hundred twelve, nine, eight ...": a said "dash" heard as a digit, perhaps)."""
    return _pure(text) and not _stray_digits(_cardinal_words(text))


def _well_formed(text: str, cue: Optional[str]) -> bool:
    """Reads as a phone number, or has a phone number's length (7 or 10 digits, 11 after a leading one):
    well formed, or a placeholder said as such."""
    # looser than _first_number's _shape on purpose: a placeholder's length needs no hearing again (see there)
    digits = _digits(text)
    return _shape(text, cue) >= 2 or nanp.has_phone_length(digits)


def _number_then_words(words: list[str], cue: Optional[str]) -> bool:
    """A well-formed number heard in plain number words, then words that are no number.

    "five three six ... one six between nine and five": the stretch runs on over a gap word,
    but the first pass was sure of the number (it reads as one, and the word after it is a
    real word, not a soundalike of a digit), and what follows holds too few number words to
    be another. Hearing it again cannot help: the constrained decoder must turn "between"
    into digits, and a hearing with more digits than a phone number is refused anyway.
    """
    lead = _sure_lead(words)
    if lead is None or lead == len(words):
        return False
    number = "".join(words[:lead])
    return _well_formed(number, cue) and sum(_number_count(w) for w in words[lead:]) < MIN_NUMBER_WORDS


def _sure_lead(words: list[str]) -> Optional[int]:
    """How many words the stretch opens with in plain number words (punctuation between them
    allowed), or None when the word after them is a soundalike of a digit ("... oh one for two"):
    the first pass was not sure where the number ends, so its opening digits are no sure number."""
    lead = 0
    while lead < len(words) and (_is_number_word(words[lead]) or not _plain(words[lead])):
        lead += 1
    if lead < len(words) and _plain(words[lead]) in SOUNDALIKES:
        return None
    return lead


def _pure(text: str) -> bool:
    """Only number words, and separators said as words between them ("five oh three dash ...")."""
    words = [w for w in (_plain(p) for p in re.split(r"[\s-]+", text)) if w]
    return (all(w in NUMBER_WORDS or w in JOINERS for w in words)
            and not (words and (words[0] in JOINERS or words[-1] in JOINERS)))


def _cardinal_words(text: str) -> list[str]:
    return [w for w in (_plain(p) for p in re.split(r"[\s,.-]+", text)) if w]


def _stray_digits(words: list[str]) -> list[int]:
    """Where a digit word stands right after a cardinal group ("five hundred fifty five") and before more
    digits, where a separator is said when a typed number is read in groups: "five hundred fifty five
    nine zero one three" is "... fifty five dash zero one three ..." with "dash" heard as a digit.
    A group closes with a teen, a tens word and its unit, or a tens word, after "hundred" or "thousand";
    a zero ("oh") after it is a phone number's next group, a unit opening another cardinal group
    ("five hundred") is that group."""
    out = []
    scaled = False
    for k, w in enumerate(words[:-1]):
        if w in numwords.SCALES:
            scaled = True
            continue
        if not scaled:
            continue
        closes = (w in TEENS or (w in TENS and words[k + 1] not in numwords.UNITS)
                  or (w in numwords.UNITS and k > 0 and words[k - 1] in TENS))
        if not closes:
            if w not in NUMBER_WORDS:
                scaled = False
            continue
        nxt = words[k + 1]
        after = words[k + 2] if k + 2 < len(words) else ""
        if ((nxt in numwords.UNITS or nxt in TENS) and after in NUMBER_WORDS
                and after not in numwords.SCALES):
            out.append(k + 1)
        scaled = False
    return out


def _between_groups(words: list[str], k: int) -> bool:
    """Word k (no number word) stands between two groups of number words, one of them a cardinal group."""
    if k == 0 or k + 1 >= len(words) or words[k] in NUMBER_WORDS:
        return False
    before, after = words[max(0, k - 3):k], words[k + 1:k + 4]
    return (bool(before) and before[-1] in NUMBER_WORDS and after[0] in NUMBER_WORDS
            and any(w in CARDINALS for w in before + after))


def decode_jobs(model, tokenizer, prompt: list[int], encoded_rows, jobs: list[Job], beam_size: int) -> None:
    """Constrained ``generate`` calls for the jobs (encoded_rows[i] is job i's window encoding).

    A stretch inside a window ends where the word after it starts (its first token is allowed,
    the end of text is not: the beam would rather stop than say a number); a stretch at the end
    of the window ends with the end of text. So at most two calls, each for many stretches.
    """
    inside = [i for i, job in enumerate(jobs) if job.tok_end < len(job.tokens)]
    at_end = [i for i, job in enumerate(jobs) if job.tok_end >= len(job.tokens) and job.tok_start < job.tok_end]
    unheard = [i for i, job in enumerate(jobs) if job.tok_start == job.tok_end == len(job.tokens)]
    # a number the first pass never decoded: no end of text (the beam would stop at once); the
    # hypothesis runs to NEW_NUMBER_TOKENS and choose() takes the well-formed number it starts with
    for group, keep in ((inside, frozenset(_escape(tokenizer, jobs[i]) for i in inside) - {None}),
                        (at_end, frozenset({tokenizer.eot})), (unheard, frozenset())):
        # the call runs to its longest prompt's length limit: prompts of like length go together
        group = sorted(group, key=lambda i: jobs[i].tok_start)
        while group:
            bucket = [i for i in group if jobs[i].tok_start - jobs[group[0]].tok_start <= PROMPT_BUCKET]
            group = group[len(bucket):]
            _decode_group(model, tokenizer, prompt, encoded_rows, jobs, bucket, keep, beam_size)
    score_candidates(model, tokenizer, encoded_rows, jobs, model.feature_extractor.nb_max_frames)


def _budget(job: "Job") -> int:
    """Tokens a hypothesis may have: the first pass's stretch and a few more, or a whole number."""
    return job.tok_end - job.tok_start + EXTRA_TOKENS if job.tok_end > job.tok_start else NEW_NUMBER_TOKENS


def _escape(tokenizer, job: "Job") -> Optional[int]:
    """The first token of the next word after the stretch (punctuation in between is skipped)."""
    for t in job.tokens[job.tok_end:]:
        if re.search(r"[A-Za-z]", tokenizer.decode([t])):
            return t
    return None


def _decode_group(model, tokenizer, prompt, encoded_rows, jobs, group, keep, beam_size) -> None:
    from .batching import TURNS, _rows

    prompts = [prompt + jobs[i].tokens[:jobs[i].tok_start] for i in group]
    longest = max(_budget(jobs[i]) for i in group)
    # CTranslate2 counts the prompt's text in the length it returns (measured with 4.x)
    max_length = min(model.max_length, 2 * max(len(p) for p in prompts) + longest + 16)
    rows = encoded_rows if group == list(range(len(jobs))) else _rows(encoded_rows, group)
    with TURNS.search():
        results = model.model.generate(
            rows, prompts, beam_size=max(beam_size, HYPOTHESES), num_hypotheses=HYPOTHESES, max_length=max_length,
            return_scores=True, suppress_blank=False, suppress_tokens=suppress_list(tokenizer.tokenizer, keep))
    numbers = number_token_ids(tokenizer.tokenizer)
    for i, result in zip(group, results):
        job = jobs[i]
        for seq, score in zip(result.sequences_ids, result.scores):
            seq = list(seq)
            if seq[:job.tok_start] == job.tokens[:job.tok_start]:
                seq = seq[job.tok_start:]  # the prompt's text comes back in front of what was generated
            cut = next((k for k, t in enumerate(seq) if t not in numbers), len(seq))
            cut = min(cut, _budget(job))
            job.hypotheses.append((seq[:cut], float(score)))


def choose(tokenizer, job: Job) -> Optional[list[int]]:
    """The stretch's tokens to put in place of the first pass's, or None to keep the first pass.

    Only a hearing that reads as a phone number (or, after a cue, as an extension) replaces the
    first pass: "eight thirty to six" stays a time, whatever the constrained decoder made of it.
    Where the first pass already heard a well-formed number in plain number words ("five five five,
    oh one four two, area code ...") and the re-hearing says other digits, the two are weighed on
    the audio (score_candidates): the re-hearing replaces the first only when the window's audio
    scores it PICK_GAIN nats higher; unweighed, the first hearing stands.
    """
    route, pick = _route(tokenizer, job)
    if route == "keep":
        return None
    if route == "candidates":
        return _supported_candidate(job)
    if route == "pick":
        return pick
    if job.first_likelihood is None or job.pick_likelihood is None:
        return None
    return pick if job.pick_likelihood >= job.first_likelihood + PICK_GAIN else None


def _route(tokenizer, job: Job) -> tuple[str, Optional[list[int]]]:
    """How a stretch is decided (by ``choose``; ``score_candidates`` scores what it will weigh), and the
    constrained hearing that reads as a number, if any: "keep" (the first pass heard it well), "candidates"
    (no such hearing: the candidate readings, scored on the audio), "pick" (the hearing replaces the first
    pass) or "weigh" (the hearing says other digits than a well-formed number the first pass heard)."""
    if _heard_well(tokenizer, job):
        return "keep", None
    pick = _constrained_pick(tokenizer, job)
    if pick is None:
        return "candidates", None
    return ("weigh" if _overrides_first_number(tokenizer, job, pick) else "pick"), pick


def _first_number(tokenizer, job: Job) -> Optional[str]:
    """The digits of the well-formed number the first pass's stretch opens with in plain number words
    (up to its first other word, which is no soundalike of a digit: ``_sure_lead``), or None."""
    first_text = tokenizer.decode(job.tokens[job.tok_start:job.tok_end])
    words = first_text.split()
    lead = _sure_lead(words)
    if lead is None:
        return None
    head = " ".join(words[:lead])
    if not head or not _plain_number(head):
        return None
    # _shape, not the looser _well_formed, on purpose: only a number the reader would dial outweighs a re-hearing
    return _digits(head) if _shape(head, job.cue) >= 2 else None


def _overrides_first_number(tokenizer, job: Job, pick: list[int]) -> bool:
    first = _first_number(tokenizer, job)
    return first is not None and _digits(tokenizer.decode(pick)) != first


def _constrained_pick(tokenizer, job: Job) -> Optional[list[int]]:
    """The best-scoring constrained hypothesis that reads as a well-formed number (within SHAPE_MARGIN
    of the best), or None."""
    first_text = tokenizer.decode(job.tokens[job.tok_start:job.tok_end])
    scored = [(tokens, score) for tokens, score in job.hypotheses if tokens]
    if not first_text.strip():  # forced on to its budget: the well-formed number each hypothesis opens with
        scored = [(_leading_number(tokenizer, tokens), score) for tokens, score in scored]
        scored = [(tokens, score) for tokens, score in scored if tokens]
    else:  # run on past the number ("... seventy six. Oh. Oh."): the number up to a separator, when
        # that keeps every digit the first pass heard (a soundalike counted as one): never a digit dropped
        places = _digit_places(first_text)
        cut = [(_number_to_separator(tokenizer, tokens, job.cue), tokens, score) for tokens, score in scored]
        scored = [(short if len(short) == len(tokens) or len(_digits(tokenizer.decode(short))) >= places else tokens,
                   score) for short, tokens, score in cut]
    # only number words: pieces of them can spell letters ("S.O.O.O."), which are no hearing of a number
    scored = [(tokens, score) for tokens, score in scored if _pure(tokenizer.decode(tokens))]
    if not scored:
        return None
    best_score = max(score for _, score in scored)
    # a hearing that loses digits the first pass heard is the constrained decoder giving up, not a fix;
    # one fewer only where the first pass was all digits (a doubled one of a row: "five five five five")
    least = len(_digits(first_text)) - (1 if _pure(first_text) else 0)
    # a number where the first pass heard nothing needs the model's confidence, not only a shape:
    # forced over silence or other words, number words score far lower
    floor = MIN_NEW_SCORE if not first_text.strip() else float("-inf")
    shaped = [(tokens, score) for tokens, score in scored
              if score >= max(best_score - SHAPE_MARGIN, floor) and _shape(tokenizer.decode(tokens), job.cue) >= 2
              and len(_digits(tokenizer.decode(tokens))) >= least]
    if not shaped:
        return None
    return max(shaped, key=lambda s: s[1])[0]


def _supported_candidate(job: Job) -> Optional[list[int]]:
    """The best candidate reading, when the audio supports it about as well as the first pass's
    words and clearly better than any reading with other digits."""
    if job.first_likelihood is None or not job.candidates:
        return None
    ranked = sorted(zip(job.candidates, job.candidate_digits), key=lambda c: -c[0][1])
    (tokens, likelihood), digits = ranked[0]
    runner_up = next((lk for (_, lk), d in ranked[1:] if d != digits), None)
    if runner_up is not None and likelihood - runner_up < CANDIDATE_LEAD:
        return None
    return tokens if likelihood >= job.first_likelihood - CANDIDATE_MARGIN else None


def candidate_texts(text: str, cue: Optional[str]) -> list[str]:
    """Readings of a stretch that read as a well-formed number, made only by the mishearings a
    recogniser makes inside a digit run: a soundalike written for a digit ("or" for oh, "for" for
    four) and one digit added to or dropped from a row of equal digits ("five five five five").
    Never a digit from nowhere: which reading (if any) the audio says is for the model to score."""
    words = text.split()
    plains = [_plain(w) for w in words]
    stray = set(_stray_digits(plains)) if all(plains) else set()
    options: list[list[str]] = []
    for k, word in enumerate(words):
        plain = _plain(word)
        tail = re.sub(r"^.*?([,.]*)$", r"\1", word)
        alternatives = [d + tail for d in DIGITS_FOR_SOUNDALIKE.get(plain, ())]
        # a said separator between cardinal groups, heard as a word ("five hundred three dish five
        # hundred ...") or as a digit ("... fifty five nine zero one ..."): the audio decides
        if k in stray or (plain and _between_groups(plains, k)):
            alternatives.append("dash")
        options.append(([word] if _is_number_word(word) or plain not in DIGITS_FOR_SOUNDALIKE else []) + alternatives)
    readings = [" ".join(ws) for ws in _product(options, MAX_CANDIDATES * 4)]
    readings += [r for reading in list(readings) for r in _row_edits(reading)]
    least = len(_digits(text))
    out: list[str] = []
    for reading in readings:
        if reading != text and reading not in out and _shape(reading, cue) >= 2 and len(_digits(reading)) >= least - 1:
            out.append(reading)
    return out[:MAX_CANDIDATES]


def _product(options: list[list[str]], limit: int) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for choices in options:
        out = [prefix + [c] for prefix in out for c in (choices or [""])][:limit]
    return [[w for w in ws if w] for ws in out]


_ROW_RE = re.compile(r"\b(zero|oh|one|two|three|four|five|six|seven|eight|nine)\b(?:[ ,]+\1\b)+", re.IGNORECASE)


def _row_edits(text: str) -> list[str]:
    """One more of a row of two or three equal digit words, one fewer of a row of four or more."""
    out = []
    for m in _ROW_RE.finditer(text):
        row = len(re.findall(r"[A-Za-z]+", m.group(0)))
        if row in (2, 3, 4):
            out.append(text[:m.start()] + m.group(1) + " " + text[m.start():])
        if row >= 4:
            out.append(text[:m.start()] + text[m.start():].split(None, 1)[1])
    return out


def score_candidates(model, tokenizer, encoded_rows, jobs: list[Job], frames: int) -> None:
    """For each stretch no constrained hearing read as a number, its candidate readings scored
    against the window's audio (CTranslate2's Whisper ``align``: each token's probability,
    teacher-forced), alongside the first pass's own words. One ``align`` call for all of them."""
    from .batching import _rows

    texts, owners = [], []
    for i, job in enumerate(jobs):
        first = tokenizer.decode(job.tokens[job.tok_start:job.tok_end])
        if not first.strip():
            continue
        route, pick = _route(tokenizer, job)  # what choose() will weigh
        if route == "weigh":
            # the first hearing and the re-hearing that would replace it, weighed on the same audio
            texts.append(job.tokens)
            owners.append((i, None, None))
            texts.append(job.tokens[:job.tok_start] + pick + job.tokens[job.tok_end:])
            owners.append((i, pick, "pick"))
            continue
        if route != "candidates":
            continue
        readings = candidate_texts(first.strip(), job.cue)
        if not readings:
            continue
        lead = " " if first.startswith(" ") else ""
        for k, reading in enumerate([first.strip(), *readings]):
            stretch = tokenizer.encode(lead + reading)
            texts.append(job.tokens[:job.tok_start] + stretch + job.tokens[job.tok_end:])
            owners.append((i, stretch, reading if k > 0 else None))
    if not texts:
        return
    rows = _rows(encoded_rows, [i for i, _, _ in owners])
    results = model.model.align(rows, list(tokenizer.sot_sequence), texts, [frames] * len(texts))
    for (i, stretch, reading), result in zip(owners, results):
        likelihood = sum(math.log(max(p, 1e-12)) for p in result.text_token_probs)
        if reading == "pick":
            jobs[i].pick_likelihood = likelihood
        elif reading is not None:
            jobs[i].candidates.append((stretch, likelihood))
            jobs[i].candidate_digits.append(_digits(reading))
        else:
            jobs[i].first_likelihood = likelihood


def _number_to_separator(tokenizer, tokens: list[int], cue: Optional[str]) -> list[int]:
    """``tokens``, or when they read as no well-formed number, their longest opening that does and
    ends at a separator ("five fifty five, oh one seventy six." of "... seventy six. Oh. Oh.")."""
    if _shape(tokenizer.decode(tokens), cue) >= 2:
        return tokens
    for end in range(len(tokens) - 1, 0, -1):
        head = tokenizer.decode(tokens[:end])
        if head.rstrip().endswith((",", ".")) and _shape(head, cue) >= 2:
            return tokens[:end]
    return tokens


def _leading_number(tokenizer, tokens: list[int]) -> list[int]:
    """The longest opening run of tokens that reads as a well-formed phone number in number words
    only ("two zero six, ... four two." of "... four two. S.O.O.O": the letters after it are the beam
    running on), or []."""
    for end in range(len(tokens), 0, -1):
        head = tokenizer.decode(tokens[:end])
        if (_shape(head, "phone") >= 2 and _pure(head)
                and _digits(tokenizer.decode(tokens[end:end + 1])) == ""):
            return tokens[:end]
    return []


def _digits(text: str) -> str:
    from .facts.spoken import digits_said  # lazily: the facts package is not needed to transcribe

    return digits_said(text)


def _shape(text: str, cue: Optional[str]) -> int:
    """How well the words read as a phone number: 2 = a well-formed one (7 or 10 digits with area
    code and exchange not opening with 0/1, 11 with a leading 1; after an extension cue 1-6 digits),
    1 = digits of some other length, 0 = no digits."""
    digits = _digits(text)
    if not digits:
        return 0
    if cue == "extension" and len(digits) <= 6:
        return 2
    if _one_number(digits):
        return 2
    if 14 <= len(digits) <= 22 and _one_number_twice(digits):
        return 2  # one number said twice in a row ("five one five ... one two one, five one five ...")
    return 1


def _one_number(digits: str) -> bool:
    """A number the reader would dial (7, 10, or 11 with a leading one; NANP-shaped), but seven digits
    opening with 800, 888 ... are a toll-free number cut short."""
    return nanp.dialable(digits) and not (len(digits) == 7 and _toll_free(digits[:3]))


def _one_number_twice(digits: str) -> bool:
    """Digits that are one well-formed number twice, the two sayings at most one digit apart."""
    from .facts.numbers import edit_distance

    for k in range(7, len(digits) - 6):
        a, b = digits[:k], digits[k:]
        if (_one_number(a) or _one_number(b)) and edit_distance(nanp.national_digits(a), nanp.national_digits(b)) <= 1:
            return True
    return False


def _toll_free(prefix: str) -> bool:
    from .facts.numbers import is_toll_free_prefix

    return is_toll_free_prefix(prefix)


def apply(tokenizer, jobs: list[Job], window_tokens: list[list[int]]) -> list[list[int]]:
    """Each window's tokens with its chosen stretches put in place (later stretches first)."""
    out = [list(t) for t in window_tokens]
    for job in sorted(jobs, key=lambda j: (j.window, -j.tok_start)):
        tokens = choose(tokenizer, job)
        if tokens is not None:
            after = tokenizer.decode(job.tokens[job.tok_end:job.tok_end + 1])
            while tokens and after[:1] in ",.?!" and after and not tokenizer.decode(tokens[-1:]).strip(" ,."):
                tokens = tokens[:-1]  # "six." before the first pass's own "." is one full stop
            out[job.window][job.tok_start:job.tok_end] = tokens
    return out



# -- every number heard again on a clip of its own -----------------------------------------------
#
# The window's decode and the stretches above are heard with all of the window's text before
# them, and a language model that has written "five five five five" once writes it again: a
# number said twice is misheard the same way twice, and "oh" after a row of equal digits ("five
# five five, oh one ...") becomes one more of the row. Scored on a short clip of its own (the
# words of the last CLIP_BEFORE_S before it, the stretch, the words of CLIP_AFTER_S after it),
# the audio decides between the first hearing and its candidate readings with only that local
# context: the same teacher-forced ``align`` as above, one encoder pass per clip (one clip at a
# time: each holds a 30 s window's self-attention), the readings of all clips of a batch aligned together. Only stretches with a candidate reading are clipped (a soundalike, a row one
# off, a row of four or more, a number said twice heard two ways, a closing "Oh." the number is one digit short of),
# or heard like an earlier number of the recording: that one is also decoded afresh on its clip (constrained, no
# number before it in the prompt), since a decoder copies a number it has already written. A clean number said once
# costs nothing.

# seconds of words before and after the stretch that go into its clip, and the audio margin around them
CLIP_BEFORE_S = 1.5
CLIP_AFTER_S = 0.8
CLIP_PAD_S = 0.3
# a first hearing that reads as a well-formed number gives way only to a reading the clip scores this
# many nats higher; one that does not may trail the reading chosen by CLIP_MARGIN (as CANDIDATE_MARGIN)
CLIP_GAIN = 1.0
CLIP_MARGIN = CANDIDATE_MARGIN
# a reading with more digits than the first hearing (one more of a row, an "oh" it dropped) must score
# at least this much over it: a word the audio does not say costs a few nats, one it says costs none
INSERT_GAIN = 0.0
# clips per ``align`` call (each encoded alone, batching._encode_one_by_one: a 30 s window's activations at a time)
CLIP_BATCH = 8


@dataclass
class ClipJob:
    """One stretch of one recording's final words, heard again on a clip of its own."""

    file: int
    first: int              # the stretch's words [first, last) in the recording's word list
    last: int
    before: str             # the clip's words before and after the stretch, as heard
    after: str
    t0: float               # the clip (seconds)
    t1: float
    readings: list[str]     # [the first hearing, candidate readings ...], bare (see _bare)
    cue: Optional[str] = None
    scores: list[float] = field(default_factory=list)
    word_probs: list[list[float]] = field(default_factory=list)  # per reading, per word of the stretch
    partner: Optional[int] = None  # the job of the same number said again (or before), in plan_clips' list
    fresh: bool = False    # heard again on its clip with the vocabulary of a number (FRESH_HYPOTHESES readings added)


def plan_clips(results) -> list[ClipJob]:
    """The stretches of each recording's words that have a candidate reading to weigh.

    A number said twice is weighed as one: when two stretches of a recording read as the same
    number a digit or two apart, with nothing between them that announces another number (the
    facts' own test, ``lexicon/numbers.toml``), each gets the other's readings too, and
    :func:`decide` takes the reading the two clips together support best.
    """
    jobs: list[ClipJob] = []
    for f, result in enumerate(results):
        words = [w for w, _, _, _ in result.words]
        mine: list[ClipJob] = []
        for s in find_stretches(words):
            if s.cue == "extension":
                continue
            heard = _bare("".join(words[s.start:s.end]))
            start, end = result.words[s.start][1], result.words[s.end - 1][2]
            lo = s.start
            # the words before it, back to CLIP_BEFORE_S or to a number said before (its digits would
            # make the model say this one as it heard that one)
            while lo > 0 and result.words[lo - 1][1] >= start - CLIP_BEFORE_S and not _is_number_word(words[lo - 1]):
                lo -= 1
            hi = s.end
            while hi < len(words) and result.words[hi][2] <= end + CLIP_AFTER_S:
                hi += 1
            t0 = max(0.0, result.words[lo][1] - CLIP_PAD_S)
            t1 = result.words[hi - 1][2] + CLIP_PAD_S
            readings = [heard, *clip_readings(heard, s.cue)]
            readings += [r for r in _closing_oh_moved(words[s.start:s.end], s.cue) if r not in readings]
            mine.append(ClipJob(f, s.start, s.end, "".join(words[lo:s.start]).strip(), "".join(words[s.end:hi]),
                                t0, t1, readings, s.cue))
        pairs = []
        for a, b in zip(mine, mine[1:]):
            if not any(a in p for p in pairs) and _said_again(a, b, "".join(words[a.last:b.first])):
                union = [r for r in dict.fromkeys(a.readings + b.readings)
                         if _shape(r, a.cue) >= 2 or r in (a.readings[0], b.readings[0])]
                a.readings = [a.readings[0]] + [r for r in union if r != a.readings[0]]
                b.readings = [b.readings[0]] + [r for r in union if r != b.readings[0]]
                pairs.append((a, b))
        for k, job in enumerate(mine):
            job.fresh = _like_an_earlier_number(job, mine[:k])
        keep = [job for job in mine if len(job.readings) > 1 or job.fresh]
        for a, b in pairs:
            if a in keep and b in keep:
                a.partner, b.partner = len(jobs) + keep.index(b), len(jobs) + keep.index(a)
        jobs += keep
    return jobs


def _closing_oh_moved(words: list[str], cue: Optional[str]) -> list[str]:
    """A stretch that ends in a lone "Oh" after its full stop ("five, five, five, one, six, one. Oh."), one digit
    short of a number without it: the recogniser heard the "oh" but wrote it after the number. The readings with
    it back where a group of that number starts (:func:`_oh_inserted`); the clip's audio says where it was."""
    if (len(words) < 2 or _plain(words[-1]) != "oh" or not re.search(r"[.?!]\W*$", words[-2].strip())
            or not words[-1].strip()[:1].isupper()):
        return []
    return _oh_inserted(_bare("".join(words[:-1])), cue)


def _like_an_earlier_number(job: ClipJob, earlier: list[ClipJob]) -> bool:
    """The stretch was heard as a number a digit or two from one heard before it in the recording. A decoder
    that has written a number once writes it again (its own text is its context), so a second number is
    heard as the first, or a number said again copies the first hearing's mistakes: heard afresh on a clip
    of its own, where no number comes before it."""
    from .facts.numbers import edit_distance

    digits = _digits(job.readings[0])
    return len(digits) >= 7 and any(
        len(_digits(e.readings[0])) >= 7 and edit_distance(_digits(e.readings[0])[-7:], digits[-7:]) <= 2
        for e in earlier)


def _said_again(a: ClipJob, b: ClipJob, between: str) -> bool:
    """Two stretches that say one number twice: a digit or two apart, and nothing between them that
    announces another number ("her cell is", "or")."""
    from .facts.lexicon import lexicon_pattern
    from .facts.numbers import another_line_between, edit_distance

    x, y = _digits(a.readings[0]), _digits(b.readings[0])
    if min(len(x), len(y)) < 6 or abs(len(x) - len(y)) > 1:
        return False
    between = between.lower()
    if another_line_between(a.before, between):
        return False  # "... you could also try my office. That's ...": another line, however alike it was heard
    if lexicon_pattern("numbers", "repeat_cues").search(between) is not None:
        return edit_distance(x[-7:], y[-7:]) <= 2
    # numbers of one exchange are a digit or two apart ("555-0120", "555-0178"): without a word that
    # says it again, only the same number heard once more right after itself
    return (len(re.findall(r"[a-z]+", between)) <= 2 and edit_distance(x[-7:], y[-7:]) <= 1
            and lexicon_pattern("numbers", "another_number_cues").search(between) is None)


def _bare(text: str) -> str:
    """The words of a stretch without case or punctuation: every reading of it is scored so, the
    first hearing too (its commas and capitals are the free decoder's, and would favour it)."""
    return " ".join(w for w in re.split(r"[^a-z']+", text.lower()) if w)


def clip_readings(text: str, cue: Optional[str]) -> list[str]:
    """The candidate readings of a stretch (:func:`candidate_texts`), and for a row of four or more
    equal digits the row one shorter with an "oh" after it: "five five five, oh one" is heard as
    "five five five five one" (the "oh" taken for one more of the row), the same length either way."""
    readings = candidate_texts(text, cue)[:MAX_CANDIDATES]
    oh = [r for r in _oh_inserted(text, cue) if r not in readings]
    for m in _ROW_RE.finditer(text):
        row = re.findall(r"[A-Za-z]+", m.group(0))
        if len(row) >= 4 and row[0].lower() not in ("oh", "zero"):
            last = re.search(r"[A-Za-z]+\W*$", m.group(0))
            reading = text[:m.start() + last.start()] + "oh" + text[m.start() + last.start() + len(row[-1]):]
            if reading not in readings and _shape(reading, cue) >= 2:
                readings.append(reading)
    return readings[:MAX_CANDIDATES] + [r for r in oh if r not in readings]


def _oh_inserted(text: str, cue: Optional[str]) -> list[str]:
    """A stretch one digit short of a number, with an "oh" where a group of that number starts: a
    short, unstressed "oh" after a pause is the word a recogniser most often drops ("five five five,
    oh three four eight" heard "five five five three four eight"). The stretch as heard and with each
    soundalike put back as its digit ("two or six, five five five, one five nine": "or" is oh), in
    number words only, cardinals and "double" too ("one eight hundred five five five one two five");
    the "oh" goes only between words, where the digits before it end a group. Such a reading adds a
    digit, so the clip must score it at least as high as the first hearing (choose_clip)."""
    out = []
    for words in _soundalike_swaps(text.split()):
        said = " ".join(words)
        digits = _digits(said)
        if not words or not _pure(said):
            continue
        bounds = {6: (3,), 9: (3, 6), 10: (4, 7) if digits.startswith("1") else ()}.get(len(digits), ())
        for b in range(1, len(words)):
            head = _digits(" ".join(words[:b]))
            if len(head) in bounds and head + _digits(" ".join(words[b:])) == digits:
                reading = " ".join(words[:b] + ["oh"] + words[b:])
                if reading not in out and _shape(reading, cue) >= 2:
                    out.append(reading)
    return out[:MAX_OH_READINGS]


# readings with an "oh" put back, at most (on top of MAX_CANDIDATES)
MAX_OH_READINGS = 4


def _soundalike_swaps(words: list[str]) -> list[list[str]]:
    """The words as heard, then with the soundalikes of digits among them put back as digits
    ("to" two, "or" oh, "a" eight or oh), at most MAX_CANDIDATES readings."""
    options = []
    for word in words:
        plain = _plain(word)
        swaps = [] if _is_number_word(word) else list(DIGITS_FOR_SOUNDALIKE.get(plain, ()))
        options.append([word] + swaps)
    return _product(options, MAX_CANDIDATES)


def score_clips(model, tokenizer, recordings, jobs: list[ClipJob]) -> None:
    """Each job's readings scored on its clip: one encoder pass per clip, one ``align`` call per CLIP_BATCH clips."""
    from faster_whisper.audio import pad_or_trim

    from .batching import _encode_one_by_one, _rows

    rate = 16000
    # a clip with audio to score (words timed past the end of the samples have none: left unscored, kept)
    jobs = [job for job in jobs if min(job.t1, len(recordings[job.file]) / rate) - job.t0 >= 0.3]
    for first in range(0, len(jobs), CLIP_BATCH):
        batch = jobs[first:first + CLIP_BATCH]
        feats, frames = [], []
        for job in batch:
            samples = recordings[job.file]
            clip = samples[int(job.t0 * rate):min(len(samples), int(job.t1 * rate))]
            f = model.feature_extractor(clip)
            frames.append(min(f.shape[-1], model.feature_extractor.nb_max_frames))
            feats.append(pad_or_trim(f))
        encoded = _encode_one_by_one(model, feats)  # one clip's activations at a time, the same outputs
        _hear_afresh(model, tokenizer, encoded, batch)
        texts, owners, spans = [], [], []
        for b, job in enumerate(batch):
            head = tokenizer.encode(" " + job.before) if job.before else []
            tail = tokenizer.encode(job.after) if job.after.strip() else []
            for reading in job.readings:
                body = tokenizer.encode(" " + reading)
                texts.append(head + body + tail)
                owners.append(b)
                spans.append((len(head), body))
        results = model.model.align(_rows(encoded, owners), list(tokenizer.sot_sequence), texts,
                                    [frames[b] for b in owners])
        for b, (lo, body), result in zip(owners, spans, results):
            probs = list(result.text_token_probs)
            batch[b].scores.append(sum(math.log(max(p, 1e-12)) for p in probs))
            _, word_tokens = tokenizer.split_to_word_tokens(body)
            per_word, k = [], lo
            for wt in word_tokens:
                per_word.append(min(probs[k:k + len(wt)]) if probs[k:k + len(wt)] else 0.0)
                k += len(wt)
            batch[b].word_probs.append(per_word)


# the constrained hypotheses a clip heard afresh adds to its readings, at most, and its tokens past the prompt
FRESH_HYPOTHESES = 4
FRESH_TOKENS = 40


def _hear_afresh(model, tokenizer, encoded, batch: list[ClipJob]) -> None:
    """For the clips marked ``fresh``, the number decoded again on the clip alone, the clip's words before it
    as the prompt and only number words allowed (as the window's constrained re-hearing): each hypothesis that
    reads as a well-formed number is one more reading for the clip's audio to weigh."""
    from .batching import TURNS, _rows

    fresh = [b for b, job in enumerate(batch) if job.fresh]
    if not fresh:
        return
    prompts, prefixes = [], []
    for b in fresh:
        prefix = tokenizer.encode(" " + batch[b].before) if batch[b].before else []
        prefixes.append(prefix)
        prompts.append(list(tokenizer.sot_sequence) + [tokenizer.no_timestamps] + prefix)
    keep = frozenset({tokenizer.eot})
    with TURNS.search():
        results = model.model.generate(
            _rows(encoded, fresh), prompts, beam_size=FRESH_HYPOTHESES, num_hypotheses=FRESH_HYPOTHESES,
            max_length=min(model.max_length, max(len(p) for p in prompts) * 2 + FRESH_TOKENS), return_scores=True,
            suppress_blank=False, suppress_tokens=suppress_list(tokenizer.tokenizer, keep))
    numbers = number_token_ids(tokenizer.tokenizer)
    for b, prefix, result in zip(fresh, prefixes, results):
        job = batch[b]
        for seq in result.sequences_ids:
            seq = list(seq)
            if prefix and seq[:len(prefix)] == prefix:
                seq = seq[len(prefix):]  # the prompt's text comes back in front of what was generated
            cut = next((k for k, t in enumerate(seq) if t not in numbers), len(seq))
            reading = _bare(tokenizer.decode(_leading_number(tokenizer, seq[:cut])))
            if reading and _shape(reading, job.cue) >= 2 and reading not in job.readings:
                job.readings.append(reading)


def choose_clip(job: ClipJob) -> Optional[int]:
    """The index of the reading to put in place of the first hearing (0), or None to keep it."""
    if len(job.scores) != len(job.readings):
        return None
    shaped = [i for i, r in enumerate(job.readings) if _shape(r, job.cue) >= 2]
    best = max((i for i in shaped if i > 0), key=lambda i: job.scores[i], default=None)
    if best is None:
        return None
    digits = _digits(job.readings[best])
    others = [job.scores[i] for i in shaped if i != best and _digits(job.readings[i]) != digits]
    if len(digits) > _digit_places(job.readings[0]) and job.scores[best] < job.scores[0] + INSERT_GAIN:
        return None  # a digit the first hearing did not have: only where the audio asks for it
    if 0 in shaped:
        return best if job.scores[best] - job.scores[0] >= CLIP_GAIN and all(
            job.scores[best] - s >= CLIP_GAIN for s in others) else None
    if job.scores[best] < job.scores[0] - CLIP_MARGIN:
        return None
    return best if all(job.scores[best] - s >= CANDIDATE_LEAD for s in others) else None


def _digit_places(text: str) -> int:
    """The digits a hearing says, a soundalike of a digit ("a" for oh, "for") counted as one: a
    reading that puts the digit in its place adds none."""
    words = text.split()
    said = len(_digits(text))

    def counted(k: int) -> bool:  # already read as a digit in its place ("five o one": the "o")
        return len(_digits(" ".join(words[:k] + words[k + 1:]))) < said

    return said + sum(1 for k, w in enumerate(words) if _plain(w) in DIGITS_FOR_SOUNDALIKE
                      and not _is_number_word(w) and not counted(k))


def decide(jobs: list[ClipJob]) -> dict[int, Optional[int]]:
    """Each job's chosen reading (an index into its readings, or None: the first hearing stays).

    A number said twice: the digits the two clips together score best (each clip's best reading
    of those digits), when they lead every other well-formed number by CLIP_GAIN; a clip whose first
    hearing is no number takes them only within CLIP_MARGIN of it. Else each clip on its own."""
    out: dict[int, Optional[int]] = {}
    for k, job in enumerate(jobs):
        if k in out:
            continue
        joint = _joint_choice(job, jobs[job.partner]) if job.partner is not None else None
        if joint is not None:
            out[k], out[job.partner] = joint
        else:
            out[k] = choose_clip(job)
    return out


def _joint_choice(a: ClipJob, b: ClipJob) -> Optional[tuple[Optional[int], Optional[int]]]:
    if len(a.scores) != len(a.readings) or len(b.scores) != len(b.readings):
        return None

    def best_of(job: ClipJob) -> dict[str, int]:
        out: dict[str, int] = {}
        for i, r in enumerate(job.readings):
            if _shape(r, job.cue) >= 2:
                d = _digits(r)
                if d not in out or job.scores[i] > job.scores[out[d]]:
                    out[d] = i
        return out

    ba, bb = best_of(a), best_of(b)
    if _clearly_apart(a, ba, b, bb):
        return None  # each clip sure of a number the other is sure it is not: two numbers, each decided alone
    joint = {d: a.scores[ba[d]] + b.scores[bb[d]] for d in ba.keys() & bb.keys()}
    if len(joint) < 2:
        return None
    ranked = sorted(joint, key=lambda d: -joint[d])
    if joint[ranked[0]] - joint[ranked[1]] < CLIP_GAIN:
        return None
    picks: list[Optional[int]] = []
    for job, best in ((a, ba), (b, bb)):
        i = best[ranked[0]]
        keep = _digits(job.readings[0]) == ranked[0] or (
            _shape(job.readings[0], job.cue) < 2 and job.scores[i] < job.scores[0] - CLIP_MARGIN)
        picks.append(None if keep else i)
    return picks[0], picks[1]


def _clearly_apart(a: ClipJob, ba: dict[str, int], b: ClipJob, bb: dict[str, int]) -> bool:
    """Each clip's best number is not the other's, and leads the other's best on its own clip by CLIP_GAIN:
    two numbers (each of ``ba``, ``bb`` maps a clip's well-formed digits to its best reading of them)."""
    if not ba or not bb:
        return False
    a_best = max(ba, key=lambda d: a.scores[ba[d]])
    b_best = max(bb, key=lambda d: b.scores[bb[d]])
    if a_best == b_best or a_best not in bb or b_best not in ba:
        return False
    return (a.scores[ba[a_best]] - a.scores[ba[b_best]] >= CLIP_GAIN
            and b.scores[bb[b_best]] - b.scores[bb[a_best]] >= CLIP_GAIN)


def apply_clips(results, jobs: list[ClipJob]):
    """Each recording's result with its chosen readings put in place of the stretches' words."""
    from .transcribe import AsrResult

    out = list(results)
    chosen = decide(jobs)
    for k, job in sorted(enumerate(jobs), key=lambda kj: (kj[1].file, -kj[1].first)):
        pick = chosen.get(k)
        if pick is None:
            continue
        old = out[job.file]
        words = list(old.words)
        start, end = words[job.first][1], words[job.last - 1][2]
        said = job.readings[pick].split()
        probs = job.word_probs[pick] if len(job.word_probs[pick]) == len(said) else [words[job.first][3]] * len(said)
        heard = [w for w, _, _, _ in words[job.first:job.last]]
        moved = _plain(heard[-1]) == "oh" and _plain(said[-1]) != "oh"  # a closing "Oh." put back in the number
        if len(heard) == len(said) and not moved:  # as many words: the first hearing's capitals and pauses
            said = [_restyled(w, h) for w, h in zip(said, heard)]
        else:  # the stretch's last punctuation, and a capital where it opened with one
            said[-1] += re.sub(r"^.*?(\W*)$", r"\1", heard[-1].strip())
            said[0] = said[0].capitalize() if heard[0].strip()[:1].isupper() else said[0]
        step = (end - start) / len(said)
        new = [(" " + w, round(start + k * step, 3), round(start + (k + 1) * step, 3), round(p, 3))
               for k, (w, p) in enumerate(zip(said, probs))]
        words[job.first:job.last] = new
        out[job.file] = AsrResult(words=words, dropped_segments=old.dropped_segments, recovered=old.recovered,
                                  speech=old.speech)
    return out


def _restyled(word: str, like: str) -> str:
    """``word`` with the capital and the punctuation around ``like``."""
    m = re.match(r"^(\W*)([\w'-]*)(\W*)$", like.strip())
    if not m:
        return word
    lead, core, tail = m.groups()
    return lead + (word.capitalize() if core[:1].isupper() else word) + tail


def hear_in_clips(model, tokenizer, recordings, results):
    """``results`` with every number stretch that has a candidate reading weighed on a clip of its own."""
    jobs = plan_clips(results)
    if not jobs:
        return results
    score_clips(model, tokenizer, recordings, jobs)
    return apply_clips(results, jobs)
