"""Phone numbers and extensions, written or spoken.

Readers in order of certainty, each skipping what an earlier one took:

1. ``phonenumbers.PhoneNumberMatcher`` for typed numbers in any common format;
2. vanity numbers: keypad words typed in capitals ("1-888-PLUMBER") or said after a
   toll-free prefix ("one eight hundred flowers"), converted by ``phonenumbers``;
3. the spoken-digit runs of :mod:`.spoken` for numbers said as words, with a repair for
   the recogniser dropping or doubling one digit of a row ("eight eight" for 888).

Extensions are read first and never join a number; digits named as an account, order or
similar number are dropped.

A number is a run of 7, 10 or 11 (leading 1) digits whose grouping fits the
North American pattern (:mod:`greetlint.nanp`, the one definition of its lengths, groups and
shape); shorter runs (times, "twenty four hours", 911) and
runs that would need to cut a written group in two (dates, prices) are not.
"""
from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass

import phonenumbers

from .. import nanp, numwords
from ..model import PhoneNumber, Span
from .lexicon import lexicon_cached, lexicon_pattern, load_lexicon
from .spoken import RUN_EDGE_STRENGTH, Piece, Run, apply_corrections, digits_said, find_runs

_NUMBER_WORDS_ALL = (*numwords.CLEAR_DIGIT_WORDS, *numwords.TEENS, *numwords.TENS_SPELLINGS, *numwords.SCALES,
                     *numwords.REPEATERS)
# an 11-digit national number with a trunk 0 (UK "020 7946 5511", "01632 960 961"): where its groups may end
_TRUNK_ZERO_BOUNDS = (3, 4, 5, 7, 8)


@dataclass(frozen=True)
class Mention:
    digits: str
    char_start: int
    char_end: int
    spoken: bool = False  # read from number words (a recogniser may have misheard one digit)


def find_phone_numbers(text: str) -> list[PhoneNumber]:
    # each reader skips what an earlier, more certain reader already took
    taken = [(s.char_start, s.char_end) for s in _extension_spans(text)]
    mentions: list[Mention] = []
    for reader in (_written_mentions, _written_vanity_mentions, _spoken_vanity_mentions, _spoken_mentions):
        found = reader(text, taken)
        mentions += found
        taken += [(m.char_start, m.char_end) for m in found]
    identifiers = [m for m in mentions if _is_other_identifier(text, m)]
    mentions = [_with_area_code_after(text, _with_area_code_before(text, m)) for m in mentions
                if m not in identifiers and not _identifier_said_again(text, m, identifiers)]
    return _merge_repeats(text, _without_retracted(text, sorted(mentions, key=lambda m: m.char_start)))


def _identifier_said_again(text: str, mention: Mention, identifiers: list[Mention]) -> bool:
    """The digits of an identifier said before, said again ("claim number 718-4402, that's seven one eight, four
    four oh two"): the identifier repeated, not a number to call (unless a phone cue comes before them: "so call
    me at ...")."""
    return not _CALL_VERB_BEFORE_RE.search(text[max(0, mention.char_start - 40):mention.char_start]) and any(
        i.char_end <= mention.char_start and i.digits == mention.digits for i in identifiers)


# a verb of calling in the words right before digits, with no sentence break between ("so call me at ...")
_CALL_VERB_BEFORE_RE = re.compile(r"\b(?:call|dial|reach|text|ring|phone|try)\b[^.!?]*$", re.IGNORECASE)


def _alternation(key: str, leave_out: frozenset[str] = frozenset()) -> str:
    """The words of the numbers lexicon's list `key` ("corrections", "fillers"), escaped, as one alternation
    (but for the words in ``leave_out``)."""
    return "|".join(re.escape(w) for w in load_lexicon("numbers")[key] if w.lower() not in leave_out)


@lexicon_cached
def _taken_back_re() -> re.Pattern:
    """A self-correction right after a number ("no wait", "sorry", "I mean"): :func:`_without_retracted`."""
    return re.compile(r"[\s,.;:!?-]{0,6}(?:no[\s,.]+)?(?:" + _alternation("corrections") + r")\b", re.IGNORECASE)


@lexicon_cached
def _correction_between_re() -> re.Pattern:
    """All that stands between a number's run and the corrected tail said after it: a bare "no" or a listed
    correction, then perhaps a filler or a soundalike of "oh" the run did not take ("no, a one six nine"):
    :func:`_restated_after_correction`."""
    return re.compile(r"[\s,.;:!?-]*(?:no|" + _alternation("corrections") + r")[\s,.;:!?-]*(?:(?:a|"
                      + _alternation("fillers") + r")[\s,.;:!?-]+)?$", re.IGNORECASE)


# how far after a retracted number the number said instead may start (characters)
RETRACTION_REACH = 60


def _without_retracted(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Reach me on five five five, oh three eight, no wait, that was my old line. It's five five five,
    oh three two six": a number the speaker takes back with a self-correction right after it ("no wait",
    "sorry", "I mean"), and a number said soon after, gave only the second."""
    taken_back = _taken_back_re()
    out = []
    for k, m in enumerate(mentions):
        later = mentions[k + 1] if k + 1 < len(mentions) else None
        if (later is not None and later.char_start - m.char_end <= RETRACTION_REACH
                and (m.spoken or (len(nanp.national_digits(later.digits)) == len(nanp.national_digits(m.digits))
                                  and (later.char_start - m.char_end <= 20
                                       or _said_no_longer_used(text, m.char_end, later.char_start))))
                and taken_back.match(text, m.char_end)
                and not _line_named_not_taken_back(text, taken_back.match(text, m.char_end), later.char_start)):
            # (a typed number too, when a whole number of the same length follows the correction at once:
            # "555-0149, no, sorry, 555-0194", or after words saying the first line no longer reaches the
            # speaker, said of a phone line: numbers lexicon number_no_longer_used)
            continue
        out.append(m)
    return out


def _line_named_not_taken_back(text: str, correction: re.Match, next_number: int) -> bool:
    """"..., wait, that's the office. My cell is ...": the self-correction names the line the number is (numbers
    lexicon: line_named_after_correction, from the correction's own word, before the next number), and nothing
    after it says the line no longer reaches the speaker: the number stands beside the next one."""
    named = lexicon_pattern("numbers", "line_named_after_correction").search(text, correction.start(), next_number)
    if named is None or named.start() > correction.end():
        return False
    if re.search(r"\b(?:" + _alternation("corrections") + r")\b", text[named.end():next_number], re.IGNORECASE):
        return False  # "wait, that's my home, I mean ...": corrected again, so taken back after all
    sentence_end = re.search(r"[.!?]", text[named.end():next_number])
    return not _said_no_longer_used(text, named.end(), named.end() + sentence_end.start() if sentence_end
                                    else next_number)


def _said_no_longer_used(text: str, start: int, end: int) -> bool:
    """Words from ``start`` to ``end`` saying the phone line before them no longer reaches the speaker (numbers
    lexicon: number_no_longer_used, which names the line itself, never an old something else)."""
    return lexicon_pattern("numbers", "number_no_longer_used").search(text, start, end) is not None


_AREA_WORD = numwords.alternation(numwords.DIGIT_WORDS)
_UNIT_WORD = numwords.alternation(numwords.UNITS)
# an area code said as a cardinal: "seven hundred twenty", "four hundred eighty-one", "three hundred twelve"
_AREA_CARDINAL = (rf"{_UNIT_WORD}\s+hundred(?:\s+(?:and\s+)?(?:{numwords.alternation(numwords.TEENS)}"
                  rf"|{numwords.alternation(numwords.TENS)}(?:[\s-]+{_UNIT_WORD})?|{_UNIT_WORD}))?")
_AREA_CODE = rf"(?:[2-9]\d\d|{_AREA_WORD}(?:[\s,-]+{_AREA_WORD}){{2}}|{_AREA_CARDINAL})(?![\w-])"
# "area code", "area code is", "area code of": said before or after the number
_AREA_CODE_SAID = r"area\s+code(?:\s+is|\s+of|['’]s)?"
# the area code said after a seven-digit number: "..., and that's area code two six two", "that's a 907
# number", "the area code is 503", "in the 614 area code"
_AREA_CODE_AFTER_RE = re.compile(
    # (an afterthought may open with both "oh" and "and")
    r"[\s,.;:!?-]*(?:oh,?\s+)?(?:and\s+)?(?:(?:that(?:'s|\s+is)|it(?:'s|\s+is)|the)\s+)?"
    rf"(?:(?:in\s+)?(?:the\s+)?{_AREA_CODE_SAID}[\s,]+(?P<code>{_AREA_CODE})"
    rf"|an?\s+(?P<named>{_AREA_CODE})\s+(?:number|area\s+code)\b"
    # "in the 614 area code"; never "the 800 number is for billing", which names another number
    rf"|in\s+the\s+(?P<region>{_AREA_CODE})\s+area\s+code\b)",
    re.IGNORECASE)


# the area code said before a seven-digit number as "area code NNN" with a pause between (digits, three digit
# words or a cardinal, then the number): the grammar of _AREA_CODE_AFTER_RE's "area code" branch, ending where
# the number starts
_AREA_CODE_BEFORE_RE = re.compile(
    rf"\b{_AREA_CODE_SAID}[\s,:]+(?P<code>{_AREA_CODE})[\s,.;:-]*$", re.IGNORECASE)


# an area code said to be wrong or not the number's ("wrong area code 208, ...", "not area code 208"): no code for
# the number after it
_AREA_CODE_DENIED_RE = re.compile(
    r"\b(?:wrong|old|not|former|previous|incorrect)\s+(?:(?:the|an?|my|our|that)\s+)?$", re.IGNORECASE)


def _with_area_code_before(text: str, mention: Mention) -> Mention:
    """A seven-digit number right after "area code NNN" gets the area code in front."""
    if len(mention.digits) != 7:
        return mention
    window = text[max(0, mention.char_start - 80):mention.char_start]
    said = _AREA_CODE_BEFORE_RE.search(window)
    if said is None or _AREA_CODE_DENIED_RE.search(window[:said.start()]):
        return mention
    return _with_area_code(mention, said.group("code"))


def _area_code_said(code: str) -> str:
    """The digits of an area code said in words: three digit words ("two oh one"), or a cardinal read
    as one, "unit hundred [and] rest" ("two hundred one" = 201, "seven hundred twenty" = 720): the
    area-code grammar (_AREA_CARDINAL) and this reader accept the same words and mean the same number."""
    words = [w for w in re.split(r"[\s,-]+", code.lower()) if w]
    if "hundred" not in words:
        return digits_said(code)
    rest = [w for w in words[2:] if w != "and"]
    value = numwords.UNITS[words[0]] * 100
    for w in rest:
        value += numwords.TEENS.get(w) or numwords.TENS.get(w) or numwords.UNITS.get(w, 0)
    return str(value)


def _with_area_code_after(text: str, mention: Mention) -> Mention:
    """A seven-digit number with its area code said right after it gets the area code in front."""
    if len(mention.digits) != 7:
        return mention
    said = _AREA_CODE_AFTER_RE.match(text, mention.char_end)
    if said is None:
        return mention
    return _with_area_code(mention, said.group("code") or said.group("named") or said.group("region"))


def _with_area_code(mention: Mention, code: str) -> Mention:
    """The mention with ``code`` (digits or words) in front, when it reads as an area code; else as it was."""
    area = code if code[0].isdigit() else _area_code_said(code)
    if len(area) != 3 or area[0] in "01":
        return mention
    return dataclasses.replace(mention, digits=area + mention.digits)


def _is_other_identifier(text: str, mention: Mention) -> bool:
    """"account number five five five ...", "order 5550142": digits named as something other than a
    phone, or followed by a currency word (an amount said in words: "... two hundred fifty dollars")
    or a time word ("eight, ten and twelve noon"), or said right after a day or opening hours.

    The cue is looked for before the digits the mention is part of: "claim number zero, seven,
    three ..." names the whole run even where the number read from it starts at its second digit.
    """
    lead_in = _before_digits(text, mention.char_start)
    if lexicon_pattern("numbers", "phone_named").search(lead_in):
        return False  # "the phone number on your file, ..."
    after = _skip_spaces(text, mention.char_end)
    if lexicon_pattern("numbers", "amount_words", "time_words").match(text, after) is not None and not (
            len(nanp.national_digits(mention.digits)) == 10 and _follows_phone_cue(text, mention.char_start)):
        # (no amount or time has ten digits: after "call", "... seven one, PM" is a number and a time
        # whose first words were lost)
        return True
    if lexicon_pattern("numbers", "time_before").search(lead_in) and not _follows_phone_cue(lead_in, len(lead_in)):
        return True
    if lexicon_pattern("numbers", "not_phone_cues").search(lead_in) is not None:
        return True
    return read_out_identifier(text, mention.char_start, mention.char_end, mention.digits, spoken=mention.spoken)


@lexicon_cached
def _given_as_number_re() -> re.Pattern:
    """After digits read out: they are a sentence's subject or a phone number given after all ("... is our
    billing line", "'s my cell", ", that's my cell", ", call me back"; numbers lexicon: given_as_number_after)."""
    return re.compile(r"(?:'s\b|[\s,]+(?:" + _alternation("given_as_number_after") + r")\b)", re.IGNORECASE)


@lexicon_cached
def _asked_for_re() -> re.Pattern:
    """The identifier's cue asked for, not given: "please leave the account number", "you will need the claim
    number" (numbers lexicon: identifier_asked_for)."""
    return re.compile(r"\b(?:" + _alternation("identifier_asked_for") + r")\b[^.!?]*$", re.IGNORECASE)


@lexicon_cached
def _phone_verb_before_re() -> re.Pattern:
    """A phone verb before the identifier's cue: the number is one to call ("call the reservation number", "reach
    us on the booking number"), not a caller's call about an identifier ("calling regarding", "your call about")
    (numbers lexicon: identifier_phone_verbs, identifier_phone_verbs_not_before)."""
    return re.compile(r"\b(?:" + _alternation("identifier_phone_verbs") + r")\b(?!\s+(?:"
                      + _alternation("identifier_phone_verbs_not_before") + r")\b)[^.!?]*$", re.IGNORECASE)


def read_out_identifier(text: str, start: int, end: int, digits: str, spoken: bool = True) -> bool:
    """Digits from ``start`` to ``end`` (``digits``: as the caller reads them, after its repairs) that an
    identifier's cue names in what a recogniser writes between them: "the policy number is K. T. four one ...",
    "the service order is number three three nine one zero four" (numbers lexicon: identifier_read_out,
    identifier_is_number; spoken digits only, and never as many as a phone number is said with).

    Looser than ``not_phone_cues``, so only right after the cue (no digits between), never where the digits
    go on as a sentence's subject or "call me" follows them ("... five five five, oh one four two is our
    billing line"), where the cue is asked for ("please state the policy number K T ...") or a phone verb
    comes before it ("call the reservation number ...")."""
    lead_in = text[max(0, start - 60):start]
    if not spoken or len(digits) in nanp.PHONE_LENGTHS:
        return False
    cue = lexicon_pattern("numbers", "identifier_read_out", "identifier_is_number").search(lead_in)
    if cue is None:
        return False
    cue_at = start - len(lead_in) + cue.start()
    before = text[max(0, cue_at - 80):cue_at]
    return not (_asked_for_re().search(before) or _phone_verb_before_re().search(before)
                or _given_as_number_re().match(text, end))


# digits, number words and what a recogniser writes between them ("twenty six to zero zero four")
_DIGITS_BEFORE_RE = re.compile(r"(?:(?<![\w'])(?:\d+|" + "|".join(sorted(_NUMBER_WORDS_ALL, key=len, reverse=True))
                               + r"|to|dash)(?![\w'])[\s,.-]*)+$", re.IGNORECASE)


def _before_digits(text: str, pos: int) -> str:
    """Up to 40 characters before ``pos``, and before the digits said right before it."""
    lead_in = text[max(0, pos - 80):pos]
    m = _DIGITS_BEFORE_RE.search(lead_in)
    if m:
        lead_in = lead_in[:m.start()]
    return lead_in[-40:]


def _skip_spaces(text: str, pos: int) -> int:
    return pos + len(re.match(r"[\s,]*", text[pos:]).group(0))


def find_extensions(text: str) -> list[Span]:
    """Extension digits ("ext. 214", "extension two two one"), as Spans whose text is the digits."""
    return _extension_spans(text)


def _written_mentions(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    matcher = phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.POSSIBLE)
    out = []
    for match in matcher:
        # the matcher folds "ext. 302" into the number; extensions are reported on their own
        raw = re.match(r"[^A-Za-z]*", match.raw_string).group(0).rstrip(" ,.;-")
        digits = phonenumbers.normalize_digits_only(raw)  # also maps non-ASCII digits to 0-9
        if re.match(r"[-.\s]?[A-Z]{2,}\b", text[match.start + len(raw):]):
            continue  # "1-800-555-ROSE": the digits run on into keypad letters, a vanity number
        if len(digits) >= 7 and not _overlaps(match.start, match.start + len(raw), taken):
            out.append(Mention(digits, match.start, match.start + len(raw)))
    return out


_VANITY_WRITTEN_RE = re.compile(
    r"(?<![\w-])(?:1[-.\s]?)?\(?\d{3}\)?[-.\s]?(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w-])")


def _written_vanity_mentions(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Keypad words written in capitals after a prefix: "1-888-PLUMBER"."""
    out = []
    for m in _VANITY_WRITTEN_RE.finditer(text):
        digits = _keypad_digits(m.group(0))
        if digits and not _overlaps(m.start(), m.end(), taken):
            out.append(Mention(digits, m.start(), m.end()))
    return out


def _spoken_vanity_mentions(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """A word said right after a toll-free prefix: "one eight hundred flowers"."""
    out = []
    for run in find_runs(text, taken):
        prefix = run.digits
        if not is_toll_free_prefix(prefix.removeprefix("1")) or len(prefix) > 4:
            continue
        if re.search(r"\bthousand\b", text[run.char_start:run.char_end], re.IGNORECASE):
            continue  # "one thousand eight hundred dollars": a quantity; no one says a toll-free prefix so
        # the word, or two or three short ones said for it ("key safe", "move now"); a recogniser may
        # put a full stop between the prefix and the word, or write a word that sounds like a letter's
        # name as the letter ("C. well" for "see well")
        after = text[run.char_end:]
        word = re.match(r"[\s,.-]*([A-Za-z]+\.?(?:[\s-][A-Za-z]+\.?){0,2})", after)
        spare = None  # words that make the number with letters to spare ("go ferndale": past the 7th not dialled)
        while word and _letters(word.group(1)) > 7 and re.search(r"[\s-]", word.group(1).rstrip(".")):
            shorter = re.match(r"[\s,.-]*([A-Za-z]+\.?(?:[\s-][A-Za-z]+\.?)*?)(?=[\s-][A-Za-z]+\.?$)",
                               after[:word.end(1)])
            if (spare is None and (shorter is None or _letters(shorter.group(1)) < 7)
                    and _follows_phone_cue(text, run.char_start)
                    and (word.group(1).endswith(".") or re.match(r"\s*(?:[.,!?;]|$)", text[run.char_end + word.end(1):]))):
                spare = word  # (only after a phone cue, and where the words end the clause)
            word = shorter
        if not word and spare is not None:
            word, spare = spare, None
        if not word or _STREET_AFTER_RE.match(text, run.char_end + word.end(1)):
            continue  # "1800 College Parkway" is an address
        if lexicon_pattern("numbers", "amount_words").match(text, run.char_end + word.start(1)):
            continue  # "eight hundred dollars": an amount, never a keypad word
        if (re.search(r"\bhundred\b", text[run.char_start:run.char_end], re.IGNORECASE)
                and not re.match(r"(?:one|1)\b", text[run.char_start:run.char_end], re.IGNORECASE)
                and not _follows_phone_cue(text, run.char_start)):
            continue  # "we planted eight hundred daisies": a cardinal with no leading one and no phone cue is a count
        if re.search(r"[.,]", after[:word.start(1)]) and not _call_before_re().search(text, max(0, run.char_start - 40), run.char_start):
            continue  # "we open at eight hundred. Goodbye.": across a full stop only after "call", "dial", "number" ...
        said = word.group(1).rstrip(".")
        # a lone letter with a full stop ("C. well") is a word heard as a letter's name, not a keypad letter
        digits = None if re.search(r"\b[A-Za-z]\.", word.group(1)) else _keypad_digits(prefix + re.sub(r"[\s.-]", "", said))
        if digits is None and re.search(r"\b[A-Za-z]\b", said):
            spelled = re.sub(r"\b([A-Za-z])\b\.?", lambda m: LETTER_NAME_WORDS.get(m.group(1).lower(), m.group(1)), said)
            if _letters(spelled) == 7:
                digits = _keypad_digits(prefix + re.sub(r"[\s.-]", "", spelled))
        if digits is None and spare is not None and not re.search(r"\b[A-Za-z]\.", spare.group(1)):
            word, said = spare, spare.group(1).rstrip(".")
            digits = _keypad_digits(prefix + re.sub(r"[\s.-]", "", said))
        if digits:
            out.append(Mention(digits, run.char_start, run.char_end + word.start(1) + len(said)))
    return out


# letters whose name is an English word a vanity number spells ("1-800-SEE-WELL" heard "C. well")
LETTER_NAME_WORDS = {"c": "see", "u": "you", "i": "eye", "r": "are", "b": "be", "y": "why", "t": "tea"}


def _letters(words: str) -> int:
    return sum(ch.isalpha() for ch in words)


# a street's kind right after a house number and a name: "1800 College Parkway"
_STREET_AFTER_RE = re.compile(r"\s+(?:Street|St|Avenue|Ave|Road|Rd|Parkway|Pkwy|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|"
                              r"Place|Pl|Highway|Hwy|Circle|Terrace|Trail|Square|Plaza)\b", re.IGNORECASE)


def _keypad_digits(raw: str) -> str | None:
    """Digits of a vanity number; extra letters past the 7th are not dialled ("1-800-CONTACTS")."""
    converted = re.sub(r"\D", "", phonenumbers.convert_alpha_characters_in_number(raw.upper()))
    letters = sum(ch.isalpha() for ch in raw)
    prefix_len = 4 if converted.startswith("1") else 3  # "1-800": a short word after it is no number
    if letters < 3 or len(converted) < prefix_len + 7:
        return None
    return converted[: prefix_len + 7]


def _spoken_mentions(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    out = []
    for run in _restated_after_correction(text, _joined_over_confirmed_soundalike(text, find_runs(text, taken))):
        if _DECODER_LOOP_RE.search(run.digits):
            continue  # "eight, eight, eight, ..." past any number's length: the recogniser looping, not digits said
        run = _without_pronoun_one(text, _without_when_heard_as_one(text, _without_closing_oh(text, run)))
        found = _restarted_further_back(run)
        if found:
            pass
        elif ((_follows_phone_cue(text, run.char_start) or _follows_repeat_cue(text, run.char_start))
                and len(run.digits) in _ONE_SHORT_OF_A_NUMBER and not _cut_by_soundalike(text, run)):
            # nine single digits after "call" (or "again, that's") are a ten-digit number with one digit
            # lost, not a seven-digit number and two strays
            found = _repaired_number(run)
        elif len(run.digits) == 11 and not run.digits.startswith("1"):
            # eleven single digits that can't be one number: most often the recogniser doubled one of
            # a row ("four, one, two, five, five, five, five, oh, three, oh, six"), not a number and a stray
            found = _repaired_number(run, shorter_only=True)
        elif len(run.digits) == 10 and run.digits.startswith("1"):
            # no area code starts with 1: "one, eight, eight, five, five, five, ..." is a toll-free
            # number that lost one of a row of equal digits: in its prefix, or after "call" anywhere
            # (without a cue a digit lost elsewhere could be any: GL105 says so)
            found = _repaired_number(run, longer_only=True,
                                     within=None if _follows_phone_cue(text, run.char_start) else 4)
        elif len(run.digits) == 8 and re.search(r"(\d)\1{3}", run.digits):
            # "five five five five oh one oh eight": a local number with one of its row doubled
            found = _repaired_number(run, shorter_only=True)
        elif not nanp.dialable(run.digits) and _LONG_ROW_RE.search(run.digits):
            # "three zero five, five, five, five, five, five, zero, one ...": the recogniser ran on in a row
            found = _row_run_on(run)
        cued = _strong_cue_re().search(text, max(0, run.char_start - 40), run.char_start) is not None
        found = (found or _said_many_times(run) or _said_twice(run) or _tens_said_apart(run, cued)
                 or (cued and _tens_run_together(run))
                 or _numbers_in_run(run))
        if not found and _follows_phone_cue(text, run.char_start) and not _cut_by_soundalike(text, run, True):
            found = _repaired_number(run)
        out.extend(Mention(m.digits, m.char_start, m.char_end, spoken=True) for m in found)
    return out


# the longest tail of a number a speaker corrects before saying the whole number again
MAX_CORRECTED_TAIL = 4


def _restated_after_correction(text: str, runs: list[Run]) -> list[Run]:
    """"five five five, oh one two eight, no, oh one four eight, five five five, oh one four eight": after a
    bare "no" (or "sorry", "I mean" ...) between digits, the speaker says the corrected tail and then
    the whole number again; a recogniser leaves no pause that ends the run. When the run after the
    correction is a few digits and then a dialable number ending in those same digits, the number is
    the restatement and the digits before the correction were taken back."""
    between_re = _correction_between_re()
    out: list[Run] = []
    for k, run in enumerate(runs):
        before = runs[k - 1] if k else None
        if (before is not None and not nanp.dialable(run.digits)
                and between_re.match(text[before.char_end:run.char_start])):
            digits = run.digits
            for cut in range(2, MAX_CORRECTED_TAIL + 1):  # one digit alike is too often chance
                rest = digits[cut:]
                if (len(rest) in (7, 10) and nanp.dialable(rest) and rest.endswith(digits[:cut])
                        and not any(p.replaces_previous for p in run.pieces)):
                    pieces, said = [], 0
                    for p in run.pieces:
                        if said >= cut:
                            pieces.append(p)
                        said += len(p.digits)
                    if len("".join(p.digits for p in pieces)) == len(rest):
                        if out and out[-1] is before:
                            out.pop()  # the digits said before the correction were taken back
                        run = Run(pieces)
                        break
        out.append(run)
    return out


def _joined_over_confirmed_soundalike(text: str, runs: list[Run]) -> list[Run]:
    """Two runs of spoken digits with one soundalike of a digit between them ("six one two five five
    five a one two three", "a" for oh) are one run with that digit in its place, when the number said
    again confirms it: the joined digits are one dialable number said twice with both sayings the same,
    or a dialable number another run of the recording says exactly; and only one of the digits the
    soundalike may stand for ("a": eight or oh) does that. An unconfirmed soundalike stays a word (the
    number is then unclear, never given a guessed digit)."""
    out: list[Run] = []
    k = 0
    while k < len(runs):
        run = runs[k]
        nxt = runs[k + 1] if k + 1 < len(runs) else None
        between = text[run.char_end:nxt.char_start] if nxt is not None else ""
        m = re.fullmatch(r"[\s,.]*([A-Za-z]+)[\s,.]*", between)
        word = m.group(1).lower() if m else ""
        if (nxt is not None and word in numwords.SOUNDALIKE_DIGITS
                and not any(p.written or p.replaces_previous for p in run.pieces + nxt.pieces)):
            others = {nanp.national_digits(r.digits) for j, r in enumerate(runs) if j not in (k, k + 1)}
            fits = [numwords.DIGIT_OF[w] for w in numwords.SOUNDALIKE_DIGITS[word]
                    if _confirmed_by_repeat(run.digits + numwords.DIGIT_OF[w] + nxt.digits, others)]
            if len(fits) == 1:
                at = run.char_end + m.start(1)
                piece = Piece(fits[0], at, at + len(m.group(1)), False, pause_before=0)
                runs = runs[:k + 1] + [Run(run.pieces + [piece] + nxt.pieces)] + runs[k + 2:]
                k += 1
                continue
        out.append(run)
        k += 1
    return out


def _cut_by_soundalike(text: str, run: Run, next_word: bool = False) -> bool:
    """A run that a soundalike of a digit and more digits follow ("three one four five five five | a one six
    three"), or that follows such digits: the number goes on past a word the recogniser wrote for a
    digit, so the run is part of a number, not one short of it by a digit of a row lost: no repair.
    With ``next_word``, so too a run a soundalike follows in the same breath ("call five five five oh one
    one for to ..."): the digit it lacks may be that word, not one more of a row (asked for a run short of
    any number; nine digits after "call" are most often ten with one of a row lost, "... or text me")."""
    return (_SOUNDALIKE_THEN_DIGIT_RE.match(text, run.char_end) is not None
            or (next_word and _SOUNDALIKE_NEXT_RE.match(text, run.char_end) is not None)
            or _DIGIT_THEN_SOUNDALIKE_RE.search(text[max(0, run.char_start - 30):run.char_start]) is not None)


_SOUNDALIKE_WORD = numwords.alternation(sorted(numwords.SOUNDALIKE_DIGITS, key=len, reverse=True))
_SOUNDALIKE_THEN_DIGIT_RE = re.compile(
    rf"[\s,.]*{_SOUNDALIKE_WORD}[\s,.]+{numwords.alternation(numwords.DIGIT_WORDS)}\b", re.IGNORECASE)
_SOUNDALIKE_NEXT_RE = re.compile(rf"[\s,]*{_SOUNDALIKE_WORD}\b", re.IGNORECASE)
_DIGIT_THEN_SOUNDALIKE_RE = re.compile(
    rf"\b{numwords.alternation(numwords.DIGIT_WORDS)}[\s,.]+{_SOUNDALIKE_WORD}[\s,.]*$", re.IGNORECASE)


def _confirmed_by_repeat(digits: str, others: set[str]) -> bool:
    half = len(digits) // 2
    if len(digits) % 2 == 0 and digits[:half] == digits[half:] and nanp.dialable(digits[:half]):
        return True
    return nanp.dialable(digits) and nanp.national_digits(digits) in others


# five or more of one digit in a row: no phone number says that except as two of its groups
_LONG_ROW_RE = re.compile(r"(\d)\1{4,}")


def _row_run_on(run: Run) -> list[Mention]:
    """A run that is no number and holds a row of five or more equal single digits: the recogniser
    ran on in the row (its language model repeats the word it just wrote), by more than the one digit
    :func:`_repaired_number` mends. The row cut to two, three or four is the number when exactly one
    such cut can be dialled."""
    if not all(not p.written and len(p.digits) == 1 for p in run.pieces):
        return []
    options = set()
    for m in _LONG_ROW_RE.finditer(run.digits):
        for keep in (2, 3, 4):
            digits = run.digits[:m.start()] + m.group(1) * keep + run.digits[m.end():]
            if nanp.dialable(digits):
                options.add(digits)
    if len(options) != 1:
        return []
    return [Mention(options.pop(), run.char_start, run.char_end)]


def _restarted_further_back(run: Run) -> list[Mention]:
    """"oh one... oh one six four, no wait, oh one four six": a self-correction whose reading
    (:func:`.spoken.apply_corrections`) leaves no number starts over where its first two digits were
    said before, however far back, when that gives a dialable number. (The phone-number reader's
    rule: the second hearing counts the digits a first pass said as ``apply_corrections`` reads them.)"""
    marks = [k for k, p in enumerate(run.pieces) if p.replaces_previous]
    if len(marks) != 1 or nanp.dialable(run.digits):
        return []
    k = marks[0]
    out, again = apply_corrections(run.pieces[:k]), "".join(p.digits for p in run.pieces[k:])
    back = [p for p in range(len(out) - 1) if len(again) >= 2 and out.startswith(again[:2], p)
            and nanp.dialable(out[:p] + again)]
    return [Mention(out[:back[0]] + again, run.char_start, run.char_end)] if back else []


def _without_pronoun_one(text: str, run: Run) -> Run:
    """"Call my other one, two oh six, five five five ...": a "one" after a word that takes it as a
    pronoun ("other one", "new one", "this one") names the phone, it is not a leading 1, when the
    rest is a whole ten-digit number."""
    first = run.pieces[0]
    if (len(run.pieces) < 2 or first.written or text[first.char_start:first.char_end].lower() != "one"
            or not _PRONOUN_ONE_RE.search(text, max(0, first.char_start - 20), first.char_start)):
        return run
    rest = Run(run.pieces[1:])
    return rest if len(rest.digits) == 10 and nanp.dialable(rest.digits) else run


# words after which "one" is a pronoun ("my other one", "the new one", "this one")
_PRONOUN_ONE_RE = re.compile(r"\b(?:other|another|new|old|this|that|the|which|same|only|last|right)\s+$",
                             re.IGNORECASE)


def _without_closing_oh(text: str, run: Run) -> Run:
    """A run whose last word is a lone "Oh." said as a sentence of its own, after the sentence that
    ends the digits ("... three two seven eight. Oh."), loses it: an interjection (or the recogniser
    filling the silence after the number), not a digit the number ends with. (The phone number reader's rule, not :func:`.spoken.find_runs`'s:
    the second hearing of numbers judges its hypotheses by the digits as said, and a hypothesis that
    forces the next word into a closing "Oh" must not read as a number.)"""
    last = run.pieces[-1]
    if len(run.pieces) < 2 or last.written or last.digits != "0" or last.char_end - last.char_start > 2:
        return run
    before = text[run.pieces[-2].char_end:last.char_start]
    if re.search(r"[.?!]", before) and re.match(r"\s*(?:[.?!]|$)", text[last.char_end:]):
        return Run(run.pieces[:-1])
    return run


# one digit more times in a row than a whole number has digits
_DECODER_LOOP_RE = re.compile(r"(\d)\1{11,}")


def _without_when_heard_as_one(text: str, run: Run) -> Run:
    """"Call me at five five five, zero one seven two when you get this": the recogniser writes the
    "when" right after a number as "one" ("... one seven two one. You get this"), and the "for"/"to"
    of the next clause as "four"/"two" ("... oh one one four four appointments, press two"). A run of
    single spoken digits one digit too long for a number, whose last word is "one" followed by the
    "you"/"I"/"we" of a "when" clause, or "four"/"two" followed by a word that is no number word,
    loses that last word when what remains can be dialled."""
    last = run.pieces[-1] if run.pieces else None
    if last is None or len(run.pieces) < 8 or last.written or last.replaces_previous:
        return run
    word = text[last.char_start:last.char_end].lower()
    if not ((word == "one" and _WHEN_CLAUSE_RE.match(text, last.char_end))
            or (word in ("four", "two") and _CLAUSE_WORD_RE.match(text, last.char_end)
                and not _NUMBER_WORD_RE.match(text, last.char_end))):
        return run
    rest = Run(run.pieces[:-1])
    if (word == "four" and len(rest.pieces) >= 8 and not rest.pieces[-1].written and len(run.digits) in (12, 13)
            and text[rest.pieces[-1].char_start:rest.pieces[-1].char_end].lower() == "four"
            and not nanp.dialable(rest.digits) and nanp.dialable(rest.digits[:-1])):
        # "... oh one four one, or for product complaints" heard "... oh one four one four four product
        # complaints": the "or" before the "for" heard as one more "four"
        rest = Run(rest.pieces[:-1])
        return rest if len(rest.digits) in nanp.PHONE_LENGTHS else run
    if not (len(run.digits) == 8 or (len(run.digits) == 11 and not run.digits.startswith("1"))
            or (len(run.digits) == 12 and run.digits.startswith("1"))):
        return run
    return rest if nanp.dialable(rest.digits) else run


# what follows "when" heard as "one" after a number: the subject of the "when" clause
_WHEN_CLAUSE_RE = re.compile(r"[\s,.;:!?]*(?:you|i|we|they|he|she)\b", re.IGNORECASE)
# what follows "for"/"to" heard as "four"/"two" right after a number: a word of the next clause,
# in the same breath (no full stop between), that is no number word
_CLAUSE_WORD_RE = re.compile(r"[\s,]*[a-z]{2,}\b", re.IGNORECASE)
_NUMBER_WORD_RE = re.compile(r"[\s,]*(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                             r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
                             r"double|triple|and|or|dash|extension|ext|x)\b", re.IGNORECASE)


def _said_twice(run: Run) -> list[Mention]:
    """A number said twice in one breath, heard a little differently each time ("two oh six, five
    five five five, oh one five five, two oh six, five five five, oh one five five"): one run too
    long for a number. Split where a pause allows, each half read as said and with the repairs a
    recogniser's slips call for (a row one digit off, "fifty, five" for 55); a split whose halves
    agree to within MAX_REPEAT_EDITS on a dialable number is that number, said twice. Of two
    dialable hearings equally close, the later (a repeat is said with care). Where the recogniser
    left no pause between the two sayings, only halves that are the same dialable digits split."""
    if len(run.digits) < 14 or any(p.written or p.replaces_previous for p in run.pieces):
        return []
    best = None
    for k in range(1, len(run.pieces)):
        first, second = Run(run.pieces[:k]), Run(run.pieces[k:])
        if min(len(first.digits), len(second.digits)) < 7:
            continue
        if run.pieces[k].pause_before < 2:
            if first.digits == second.digits and nanp.dialable(first.digits):
                best = ((0, 0, -1), first.digits, first, second)
                break
            # no pause between the two sayings: a split only where one half is a dialable number as
            # heard and the other that number with one digit changed, dropped or added
            halves = (first.digits, second.digits)
            for side in (1, 0):
                if (nanp.dialable(halves[side]) and len(halves[1 - side]) >= 9
                        and edit_distance(nanp.national_digits(halves[side]), nanp.national_digits(halves[1 - side])) <= 1):
                    rank = (1, 0, -side)
                    if best is None or rank < best[0]:
                        best = (rank, halves[side], first, second)
            continue
        heard = (_readings(first), _readings(second))
        for side in (1, 0):
            for number in heard[side]:
                if not nanp.dialable(number):
                    continue
                edits = min(edit_distance(nanp.national_digits(number), nanp.national_digits(r)) for r in heard[1 - side])
                # a hearing as said before one mended (a row one digit off)
                rank = (edits, number != (first, second)[side].digits, -side)
                if edits <= MAX_REPEAT_EDITS and (best is None or rank < best[0]):
                    best = (rank, number, first, second)
    if best is None:
        return []
    _, number, first, second = best
    return [Mention(number, first.char_start, first.char_end), Mention(number, second.char_start, second.char_end)]


def _said_many_times(run: Run) -> list[Mention]:
    """One number said over and over in one run of single digits ("five five five oh one two seven,
    five five five oh one two seven, five five five ..."), three times or more: a caller who repeats
    it slowly, or the recogniser looping on a number said twice (it writes the same sayings again
    until the window ends). The run is the first dialable 7, 10 or 11 digits said at least twice more
    in full, the rest of the run being only further sayings of it (each at most one digit off, the
    last possibly cut short): that number, once per saying. Never a digit the run does not say."""
    pieces = run.pieces
    if len(run.digits) < 21 or any(p.written or p.replaces_previous or len(p.digits) != 1 for p in pieces):
        return []
    digits = run.digits
    for size in (10, 11, 7):
        number = digits[:size]
        if not nanp.dialable(number) or digits.count(number) < 3:
            continue
        rest = [piece for piece in digits.split(number) if piece]
        if all(edit_distance(piece, number) <= 1 or (number.startswith(piece) and piece is rest[-1]
                                                      and digits.endswith(piece)) for piece in rest):
            # one mention per full saying, at the pieces its digits are said by
            out, at = [], 0
            while True:
                k = digits.find(number, at)
                if k < 0:
                    break
                out.append(Mention(number, pieces[k].char_start, pieces[k + size - 1].char_end))
                at = k + size
            return out
    return []


# how far (digits changed, dropped or added) the two hearings of a number said twice may be apart
MAX_REPEAT_EDITS = 2


def _readings(run: Run) -> set[str]:
    """The digits of a run as heard, with "fifty, five" joined, and one digit of a row mended."""
    out = {run.digits}
    out |= {m.digits for m in _tens_said_apart(run)}
    out |= set(_one_digit_edits(run.digits, lengthen=True))
    return out


# tens words said apart from their digit that are joined again, at most (the readings tried grow as 2^n)
MAX_TENS_APART = 4


def _tens_said_apart(run: Run, cued: bool = False) -> list[Mention]:
    """"two, eight, one, three, six, seven, fifty, five, ninety-nine": the recogniser put a pause
    inside "fifty-five". When the run as said is no number but joining one tens word to the digit
    after it makes the whole run one, that is the number (the first such join).

    A recogniser that writes a comma after every spoken word splits every such pair ("call me at
    five, fifty, five, oh, one, forty, two"). When no single join makes a number and a word naming
    a phone or calling it comes just before the run (`cued`, as for :func:`_tens_run_together`),
    two or more joins are tried, the fewest first, and taken only when exactly one set of joins
    makes the run one number of the North American pattern: without the cue such a row is a
    count, a score, a code or an invoice ("the kit has three, fifteen, forty, seven, sixty, one parts").
    """
    pieces = run.pieces
    if _group_bounds(run.digits) is not None or any(p.replaces_previous or p.written for p in pieces):
        return []
    apart = [k for k, (a, b) in enumerate(zip(pieces, pieces[1:]))
             if len(a.digits) == 2 and a.digits[0] != "0" and a.digits[1] == "0" and len(b.digits) == 1 and b.digits != "0"]
    most = len(apart) if cued and len(apart) <= MAX_TENS_APART else 1
    for size in range(1, most + 1):
        found: list[str] = []
        for joined in itertools.combinations(apart, size):
            new = _tens_joined(pieces, joined)
            digits = "".join(p.digits for p in new)
            if nanp.dialable(digits) and (size == 1 or _fits_number_pattern(digits, new)) and digits not in found:
                found.append(digits)
        if found and (size == 1 or len(found) == 1):
            return [Mention(found[0], run.char_start, run.char_end)]
        if found:
            return []
    return []


def _tens_joined(pieces: list[Piece], joined: tuple[int, ...]) -> list[Piece]:
    """The pieces with each tens piece at an index in ``joined`` and the digit after it made one ("fifty", "five": 55)."""
    out = []
    for k, p in enumerate(pieces):
        if k - 1 in joined:
            continue  # the digit joined to the tens word before it
        if k in joined:
            p = Piece(p.digits[0] + pieces[k + 1].digits, p.char_start, pieces[k + 1].char_end, False, p.pause_before)
        out.append(p)
    return out


def _tens_run_together(run: Run) -> list[Mention]:
    """"nine seventy five fifty five oh one oh six" for "nine seventy, five fifty-five, oh one, oh
    six": with no pause between the groups the recogniser joins a tens word to the digit that opens
    the next group. When the run as said is no number, each such "seventy five" may be read apart
    (70|5); of the readings that make one dialable number, the one whose cardinals close a group of
    it (a group is said "nine seventy", "five fifty-five", "oh one") is taken, when no other ties it.
    Only after a word that names a phone ("call the shop ...", not a bare "at"): elsewhere such a row is
    a price or a time."""
    pieces = run.pieces
    if nanp.dialable(run.digits) or any(
            p.replaces_previous or p.written for p in pieces):
        return []
    joined = [k for k, p in enumerate(pieces) if len(p.digits) == 2 and p.digits[0] not in "01" and p.digits[1] != "0"]
    if not joined or len(joined) > 4:
        return []
    scored = []
    for mask in range(1, 1 << len(joined)):
        apart = {joined[b] for b in range(len(joined)) if mask >> b & 1}
        new = [q for k, p in enumerate(pieces) for q in (
            (Piece(p.digits[0] + "0", p.char_start, p.char_end, False, p.pause_before),
             Piece(p.digits[1], p.char_start, p.char_end, False, 0)) if k in apart else (p,))]
        digits = "".join(p.digits for p in new)
        if not nanp.dialable(digits) or not _fits_number_pattern(digits, new):
            continue
        bounds = {*nanp.GROUP_BOUNDS[len(digits)], len(digits)}
        pos, closed = 0, 0
        for p in new:
            pos += len(p.digits)
            closed += len(p.digits) > 1 and pos in bounds
        scored.append((closed, digits))
    scored.sort(reverse=True)
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return []
    return [Mention(scored[0][1], run.char_start, run.char_end)]


# run lengths one digit short of a NANP number with an area code (10)
_ONE_SHORT_OF_A_NUMBER = (9,)


@lexicon_cached
def _strong_cue_re() -> re.Pattern:
    """A word naming a phone or calling it earlier in the sentence (numbers lexicon: phone_words; not "at", which
    ``phone_cues`` takes too): "call the shop nine seventy five ..." (:func:`_tens_run_together`)."""
    return re.compile(r"\b(?:" + _alternation("phone_words") + r")\b[^.!?]*$", re.IGNORECASE)


# phone words after which a keypad word is not read across a full stop: "my cell died. we open at eight hundred.
# goodbye." is no "800-GOODBYE" (kept as they were when this cue was a list of its own)
_NOT_ACROSS_A_STOP = frozenset({"cell", "mobile", "contact"})


@lexicon_cached
def _call_before_re() -> re.Pattern:
    """A phone word before a toll-free prefix whose keypad word follows a full stop ("call one eight hundred.
    Flowers."): numbers lexicon phone_words, but for _NOT_ACROSS_A_STOP (:func:`_spoken_vanity_mentions`)."""
    return re.compile(r"\b(?:" + _alternation("phone_words", _NOT_ACROSS_A_STOP) + r")\b", re.IGNORECASE)


def _follows_repeat_cue(text: str, pos: int) -> bool:
    """"Again, that's ...", "once more, ..." right before ``pos``: a number said again."""
    lead_in = text[max(0, pos - 30):pos]
    ends = [m.end() for m in lexicon_pattern("numbers", "repeat_cues").finditer(lead_in)]
    return bool(ends) and re.fullmatch(r"\W{0,6}", lead_in[ends[-1]:]) is not None


def _follows_phone_cue(text: str, pos: int) -> bool:
    return lexicon_pattern("numbers", "phone_cues").search(text[max(0, pos - 40):pos]) is not None


def _repaired_number(run: Run, longer_only: bool = False, shorter_only: bool = False,
                     within: int | None = None) -> list[Mention]:
    """The recogniser drops or adds one of a row of equal digits ("eight eight" for 888, "five five
    five five" for 555). A run of single spoken digits one short or one long of a phone number,
    said right after "call" or "number is", is repaired at its row of equal digits (one that starts
    in the first ``within`` digits, when given), and only into a number that can be dialled."""
    if not all(not p.written and len(p.digits) == 1 for p in run.pieces):
        return []
    digits = run.digits
    options = [d for d in _one_digit_edits(digits, longer_only, within) if nanp.has_phone_length(d)
               and not (longer_only and len(d) < len(digits)) and not (shorter_only and len(d) > len(digits))]
    if not options:
        return []
    # prefer numbers shaped like real ones, then toll-free ones where the number has a leading 1,
    # then rows of equal digits that stay inside one group ("555-1111" rather than "5555-111"),
    # then the reserved fictional exchange 555
    best = max(options, key=lambda d: (nanp.nanp_shaped(d), len(d) == 11 and is_toll_free_prefix(d[1:4]),
                                       -_rows_across_groups(d), nanp.national_digits(d)[-7:-4] == "555"))
    if not nanp.nanp_shaped(best):
        return []  # a repair must give a number that can be dialled
    return [Mention(best, run.char_start, run.char_end)]


def _rows_across_groups(digits: str) -> int:
    bounds = nanp.GROUP_BOUNDS[len(digits)]
    return sum(1 for b in bounds if 0 < b < len(digits) and digits[b - 1] == digits[b])


def _one_digit_edits(digits: str, lengthen: bool = False, within: int | None = None) -> list[str]:
    """Digits with one digit added to a short row (88 -> 888, 111 -> 1111) or removed from a long one
    (5555 -> 555); with ``lengthen``, a row of four may also gain one (a 1-855-555 number heard 1-8555-5)."""
    out = []
    for m in re.finditer(r"(\d)\1+", digits):
        row = len(m.group(0))
        if within is not None and m.start() >= within:
            continue
        if row in (2, 3) or (lengthen and row == 4):
            out.append(digits[:m.start()] + m.group(1) + digits[m.start():])
        if row >= 4:
            out.append(digits[:m.start()] + digits[m.start() + 1:])
    return out


def _numbers_in_run(run: Run) -> list[Mention]:
    """Phone numbers in one run: well-formed windows, best first, not overlapping.

    Best = bounded by the strongest pauses (a number is said between pauses), then longest (an
    area code belongs to the number), then NANP-shaped (area code and exchange don't start with 0/1).
    """
    pieces = run.pieces
    candidates = []
    for i in range(len(pieces)):
        if not _boundary_strength(pieces, i) or pieces[i].replaces_previous:
            continue
        for j in range(i + 1, len(pieces) + 1):
            if not _boundary_strength(pieces, j) or (j < len(pieces) and pieces[j].replaces_previous):
                continue  # (digits the next piece takes back: the window that holds the correction reads them)
            digits = apply_corrections(pieces[i:j])
            if _fits_number_pattern(digits, pieces[i:j]) and not _cut_toll_free(pieces, i, digits):
                rank = (_boundary_strength(pieces, i) + _boundary_strength(pieces, j), len(digits), nanp.nanp_shaped(digits))
                candidates.append((rank, i, j, digits))
    chosen: list[tuple[int, int, str]] = []
    for _, i, j, digits in sorted(candidates, key=lambda c: (tuple(-r for r in c[0]), c[1])):
        if all(j <= a or i >= b for a, b, _ in chosen):
            chosen.append((i, j, digits))
    return [Mention(d, pieces[i].char_start, pieces[j - 1].char_end) for i, j, d in sorted(chosen)]


def _cut_toll_free(pieces: list[Piece], i: int, digits: str) -> bool:
    """Seven digits right after a "one" that open with a toll-free prefix are the middle of a
    "one eight hundred ..." number the recogniser lost a digit of, not a local number."""
    return len(digits) == 7 and i > 0 and pieces[i - 1].digits.endswith("1") and is_toll_free_prefix(digits[:3])


def is_toll_free_prefix(prefix: str) -> bool:
    return prefix in load_lexicon("numbers")["toll_free_prefixes"]


def _boundary_strength(pieces: list[Piece], k: int) -> int:
    """How well a number may start/end between pieces k-1 and k: at a pause, or where the way of saying digits changes; 0 = not here."""
    if k == 0 or k == len(pieces):
        return RUN_EDGE_STRENGTH
    before, after = pieces[k - 1], pieces[k]
    style_change = before.written != after.written or (not after.written and len(after.digits) > 1 and len(before.digits) == 1)
    return max(after.pause_before, 2 if style_change else 0)


def _group_bounds(digits: str) -> tuple[int, ...] | None:
    """Where the groups of a number this long may end; None when no phone number has this shape."""
    if len(digits) == 11 and digits.startswith("0"):
        return _TRUNK_ZERO_BOUNDS
    if len(digits) == 11 and not digits.startswith("1"):
        return None
    return nanp.GROUP_BOUNDS.get(len(digits))


def _fits_number_pattern(digits: str, pieces: list[Piece]) -> bool:
    bounds = _group_bounds(digits)
    if bounds is None:
        return False
    if len(digits) == 7 and digits[0] in "01":
        return False  # no local number starts with 0 or 1: "one, eight hundred, eight eight eight" is a cut toll-free number
    if (len(digits) == 7 and not pieces[0].written and pieces[0].digits.endswith("00")
            and is_toll_free_prefix(pieces[0].digits)):
        return False  # "eight hundred, five five five, one": a toll-free number cut short, not a local one
    if len(digits) == 10 and digits[0] == "1" and is_toll_free_prefix(digits[1:4]):
        return False  # "one eight zero zero five three nine ...": a toll-free number that lost a digit
    # (a placeholder such as 123-456-7890 is still read: scripts use them)
    if len(pieces) == 1:
        return pieces[0].written or len(digits) == 7  # "5550142" typed as one group; a spoken single piece can't be 10 digits
    # a typed group of 3+ digits must be a whole group of the number, else it is a date, price or count
    allowed = {0, len(digits), *bounds}
    pos = 0
    for piece in pieces:
        start, pos = pos, pos + len(piece.digits)
        if piece.written and len(piece.digits) >= 3 and (start not in allowed or pos not in allowed):
            return False
        # a number said as a cardinal ("forty", "sixty-two", "eight hundred") is said inside one group:
        # "seven forty, seven thirty" are times, not 274-0730 ("double five", one digit twice, may
        # span two groups: "double five double one" is 55|11 of a UK number)
        if (not piece.written and len(set(piece.digits)) > 1
                and any(start < b < pos for b in bounds)
                and not (start == 0 and len(digits) == 11 and piece.digits[0] == "1"
                         and is_toll_free_prefix(piece.digits[1:]))):  # "eighteen hundred": 1|800
            return False
    return True


def _merge_repeats(text: str, mentions: list[Mention]) -> list[PhoneNumber]:
    """One PhoneNumber per distinct number; later mentions (also a 7-digit tail of a 10-digit one) are repeats.

    A spoken number said again and heard a digit or two differently is the same number: said twice,
    the two hearings should agree, and a recording repeating its number does not give a second one
    a digit apart. What is said between the two decides how far apart they may be: after "again",
    "that's", "once more" two edits (a digit dropped in one hearing and one added in the other),
    unless another line is offered or named between them (:func:`another_line_between`); after
    nothing but a pause one (a digit heard differently); after a new number's own cue ("her cell
    is", "or", "Gabriel's is") none: then they are two numbers. Of two hearings the one that reads
    as a dialable number is kept, then the one without a longer row of equal digits, else the first.
    """
    numbers: list[PhoneNumber] = []
    spoken: dict[int, bool] = {}
    last_end = 0
    first_start = 0
    for m in mentions:
        same = next((n for n in numbers if _same_number(n.digits, m.digits)), None)
        if same is None and m.spoken:
            between = text[last_end:m.char_start]
            again = (lexicon_pattern("numbers", "repeat_cues").search(between) is not None
                     and not another_line_between(text[max(0, first_start - 40):first_start], between))
            new_number = lexicon_pattern("numbers", "another_number_cues").search(between) is not None
            if again or not new_number:
                same = next((n for n in numbers if spoken.get(id(n)) and _near(n.digits, m.digits, 2 if again else 1)),
                            None)
                if same is not None and not nanp.nanp_shaped(same.digits) and nanp.nanp_shaped(m.digits):
                    same.digits = m.digits  # the hearing that can be dialled
                elif (same is not None and len(same.digits) == len(m.digits) and nanp.nanp_shaped(m.digits)
                      and _longest_row(m.digits) < _longest_row(same.digits)):
                    # two hearings a digit apart, one with a longer row of equal digits: a recogniser hears an
                    # "oh" after a row as one more of it ("five five five, oh one" as "five five five five one"),
                    # never the other way round, so the hearing with the shorter row is the number
                    same.digits = m.digits
                if same is None:
                    same = next((n for n in numbers if spoken.get(id(n)) and _cut_hearing(m.digits, n.digits)), None)
                if same is None:
                    same = next((n for n in numbers if spoken.get(id(n)) and _cut_hearing(n.digits, m.digits)), None)
                    if same is not None:
                        same.digits = m.digits  # the whole hearing, not the one cut short
        if (same is None and m.spoken and len(m.digits) == 7
                and any(spoken.get(id(n)) and _cut_hearing(m.digits, n.digits) for n in numbers)):
            # another number's cue, then the area code of the number before and too few digits: a second
            # ten-digit number of that area cut short ("... or my cell, seven seven zero five five five
            # five"), no local number
            last_end = max(last_end, m.char_end)
            continue
        last_end = max(last_end, m.char_end)
        if same is None:
            first_start = m.char_start
            numbers.append(PhoneNumber(m.digits, text[m.char_start:m.char_end], m.char_start, m.char_end))
            spoken[id(numbers[-1])] = m.spoken
            continue
        same.count += 1
        same.repeats.append((m.char_start, m.char_end))
        if len(m.digits) > len(same.digits) and _same_number(same.digits, m.digits):
            same.digits = m.digits  # keep the fullest form said
    return numbers


_LINE_NOUN_RE = re.compile(r"\b(?:cell|mobile|home|office|work|fax|desk|direct|personal)\b", re.IGNORECASE)


def another_line_between(before_first: str, between: str) -> bool:
    """Words between two numbers that offer another line ("or try my office", "my other number") or name one
    right before the second ("that's the office. My cell is ..."): two numbers, even after a repeat cue. A line
    named right after a repeat cue ("again, my cell is ...") or named before the first number too ("my cell is
    ... again, my cell is ...") is the same line said again (numbers lexicon: another_line_offers,
    another_line_named; ``before_first``: the words before the first number)."""
    if lexicon_pattern("numbers", "another_line_offers").search(between):
        return True
    for m in lexicon_pattern("numbers", "another_line_named").finditer(between):
        lead = re.split(r"[.!?]", between[max(0, m.start() - 25):m.start()])[-1]  # its own sentence's words
        if lexicon_pattern("numbers", "repeat_cues").search(lead):
            continue
        noun = _LINE_NOUN_RE.search(m.group(0))
        if noun and re.search(rf"\b{noun.group(0)}\b", before_first, re.IGNORECASE):
            continue
        return True
    return False


def _longest_row(digits: str) -> int:
    return max((len(m.group(0)) for m in re.finditer(r"(\d)\1*", digits)), default=0)


def _cut_hearing(short: str, full: str) -> bool:
    """Seven digits that open with the area code of a ten-digit number said in the same recording,
    and otherwise are its first seven digits with at most one heard differently: that number with
    its end cut off (the recogniser stopped or ran on into other words), not a local number."""
    full = nanp.national_digits(full)
    return (len(short) == 7 and len(full) == 10 and short[:3] == full[:3]
            and edit_distance(short, full[:7]) <= 1)


def _near(a: str, b: str, edits: int) -> bool:
    """Two hearings of one number: at most ``edits`` digits changed, dropped or added (one edit:
    the same length, one digit different)."""
    a, b = nanp.national_digits(a), nanp.national_digits(b)
    if min(len(a), len(b)) < 7:
        return False
    if edits == 1:
        return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1
    return abs(len(a) - len(b)) <= edits and edit_distance(a, b) <= edits


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance of two digit strings (digits changed, dropped or added)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def _same_number(a: str, b: str) -> bool:
    a, b = nanp.national_digits(a), nanp.national_digits(b)
    return a == b or (min(len(a), len(b)) >= 7 and (a.endswith(b) or b.endswith(a)))


def _extension_spans(text: str) -> list[Span]:
    cue = lexicon_pattern("numbers", "extension_cues")
    out = []
    for m in cue.finditer(text):
        runs = find_runs(text[m.end():m.end() + 40])
        if not runs or runs[0].char_start > 3:
            continue
        first = runs[0]
        pieces = _cardinal_group(first) or _leading_group(first)
        digits = _cardinal_digits(pieces) if len(pieces) > 1 and _cardinal_digits(pieces) else apply_corrections(pieces)
        if 1 <= len(digits) <= 6:
            start, end = m.end() + pieces[0].char_start, m.end() + pieces[-1].char_end
            out.append(Span(digits, start, end))
    return out


def _cardinal_group(run: Run) -> list[Piece]:
    """The pieces of an extension said as one cardinal, each filling the zeros the one before left
    ("four thousand, four hundred, seventeen" = 4417), or [] when it is not said so."""
    pieces = run.pieces
    if len(pieces) < 2 or pieces[0].written or not pieces[0].digits.endswith("00"):
        return []
    end = 1
    while end < len(pieces) and _cardinal_digits(pieces[:end + 1]) is not None:
        end += 1
    return pieces[:end] if end > 1 else []


def _cardinal_digits(pieces: list[Piece]) -> str | None:
    total = pieces[0].digits
    for piece in pieces[1:]:
        zeros = len(total) - len(total.rstrip("0"))
        if piece.written or piece.replaces_previous or not 0 < len(piece.digits) <= zeros or piece.digits[0] == "0":
            return None
        total = total[:len(total) - len(piece.digits)] + piece.digits
    return total


def _leading_group(run: Run) -> list[Piece]:
    """Pieces of the extension: up to the first pause once some digits are read ("extension 214, or ...")."""
    out = [run.pieces[0]]
    for piece in run.pieces[1:]:
        if piece.pause_before and piece.written:
            break
        out.append(piece)
        if sum(len(p.digits) for p in out) >= 6:
            break
    return out


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < b and end > a for a, b in spans)
