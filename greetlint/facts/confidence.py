"""How sure the recogniser was of a fact, and what it heard but could not read.

A recording's words carry the recogniser's own probability (the aligned tokens' probability,
lowest piece per word). A fact's confidence is the lowest probability of the words it was read
from: one doubtful digit makes the whole number doubtful. Two readings come from it:

A number's confidence is :func:`number_confidence` (see there why not the lowest).

* an **unclear number**: number words said right after a number cue ("my number is", "call me
  at"), or a long run of them, that do not read as any phone number. It was heard, not
  understood: a warning (GL105) with what was heard, never "no number" (GL103) and never a
  guessed digit;
* an **unsure name**: the words right after a strong introduction ("you've reached", "this is",
  "my name is") that the name reader did not take as a name (they look like common words) while
  the recogniser was unsure of them. A name a recogniser does not know is most often written as
  the nearest common words ("you've reached Kay Latimer" -> "you've reached the lattimore"), so
  the name is reported as heard, with its low confidence (GL106, an info: check the spelling),
  not as missing (GL101).

* a **split compound**: a compound the grammar reads ("voicemail") that the recogniser, unsure,
  wrote as the words it sounds like ("voice a male"), read as the compound
  (:func:`respelled_compounds`).

Scripts have no probabilities: nothing here applies to them.
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import PhoneNumber, Span, Transcript, UnclearNumber
from .lexicon import lexicon_cached, lexicon_list, lexicon_pattern, load_lexicon
from .numbers import read_out_identifier
from .spoken import Run, find_runs

# below this the recogniser was guessing at a word (tiny.en on clear speech: 0.8-1.0 for most words)
UNSURE_WORD = 0.5
# ... and at or above this it heard the word with full confidence
SURE_WORD = 0.9
# number words in a run, or digits after a number cue, that make it number-shaped
MIN_UNCLEAR_DIGITS = 4
MAX_NAME_WORDS = 3
# words that open a description whoever heard them: "this is the office", "this is this recording"
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those", "my", "your", "our", "his", "her", "their",
                       "its"})
# ... of which the demonstratives always describe ("this is this recording"); a name's first syllable is
# heard as "a", "the", "my" and, in a voice the recogniser knows less, as "your", "their" (then with low
# probability), so those describe only when heard clearly
_POINTING = frozenset({"this", "that", "these", "those"})
# a pronoun alone after a strong introduction ("you've reached him.", "it's yours.", "you've reached you,"), not heard with full
# confidence: no one introduces a mailbox so; it is a name the recogniser wrote as the nearest word
_PRONOUNS_FOR_A_NAME = frozenset({"you", "him", "her", "hers", "his", "them", "theirs", "yours", "ours"})
_DETERMINERS = frozenset({"the", "a", "an", "our", "your", "my", "this", "that", "his", "her", "their", "its", "not",
                          "no", "about", "calling", "just", "going", "from", "with", "for", "at", "in", "on", "to"})


def _is_number_word(word: str) -> bool:
    return bool(find_runs(word))


def _company_words() -> frozenset[str]:
    from .lexicon import lexicon_words

    return lexicon_words("names", "company_words")


def _probabilities(transcript: Transcript, char_start: int, char_end: int) -> list[float]:
    """The recogniser's probabilities of the span's words ([] for scripts: no timed words)."""
    if not transcript.timed:
        return []
    return [w.probability for w in transcript.words_in(char_start, char_end) if w.probability is not None]


def word_confidence(transcript: Transcript, char_start: int, char_end: int) -> Optional[float]:
    """Lowest word probability over the span; None for scripts or a span with no timed words."""
    probs = _probabilities(transcript, char_start, char_end)
    return round(min(probs), 3) if probs else None


def number_confidence(transcript: Transcript, char_start: int, char_end: int) -> Optional[float]:
    """Mean word probability of a number's words after its first.

    The probabilities come from aligning the words with the unconstrained model, which would have
    written the number in numerals ("206-555-..."): its first spelled digit scores near 0 whatever
    the audio, and so may the next one or two. The mean over the rest still drops when a digit
    was guessed (a constrained "four" where the audio said "oh": 0.07).
    """
    probs = _probabilities(transcript, char_start, char_end)
    if not probs:
        return None
    rest = probs[1:] or probs
    return round(sum(rest) / len(rest), 3)


def unclear_numbers(text: str, numbers: list[PhoneNumber], taken: list[tuple[int, int]]) -> list[UnclearNumber]:
    """Number-shaped runs of ``text`` (a recording's) that no phone number, extension or identifier took.

    Spans index ``text``; confidences are filled in by the caller, which knows the words' times.
    """
    used = [(n.char_start, n.char_end) for n in numbers] + [r for n in numbers for r in n.repeats] + taken
    cue = lexicon_pattern("numbers", "phone_cues")
    out = []
    for run, soundalikes in _joined_over_soundalikes(text, find_runs(text)):
        if any(run.char_start < b and run.char_end > a for a, b in used) or any(p.written for p in run.pieces):
            continue
        lead_in = text[max(0, run.char_start - 40):run.char_start]
        if _named_no_phone_number(text, run, lead_in):
            continue
        cued = cue.search(lead_in) is not None
        # a soundalike inside ("five five five a one eight nine") holds a digit's place
        if len(run.digits) + soundalikes < (MIN_UNCLEAR_DIGITS if cued else 7):
            continue
        if not cued and len(run.pieces) < 5:
            continue  # "twenty four seven", "two thousand and ten": counts, not digits said one by one
        out.append(UnclearNumber(text[run.char_start:run.char_end], run.char_start, run.char_end))
    for m in _ONE_WORD_ROW_RE.finditer(text):
        # "call me at time, time, time, ...": a row of one word that is no number word, three times or
        # more right where a number is given, is a row of a digit the recogniser could not place (a
        # number heard, not understood), unless a word people do say over and over ("bye, bye, bye")
        if (m.group(1).lower() in _SAID_OVER_AND_OVER or _digit_or_soundalike(m.group(1))
                or any(m.start() < b and m.end() > a for a, b in used)
                or any(m.start() < u.char_end and m.end() > u.char_start for u in out)
                or not cue.search(text[max(0, m.start() - 40):m.start()])):
            continue
        out.append(UnclearNumber(m.group(0), m.start(), m.end()))
    return sorted(out, key=lambda u: u.char_start)


def _named_no_phone_number(text: str, run: Run, lead_in: str) -> bool:
    """Digits said as something other than a phone number: after an identifier's, a birth date's or a balance's
    cue (numbers lexicon not_phone_cues, in ``lead_in``: "account number five five ..."), as an identifier read
    out (:func:`.numbers.read_out_identifier`), or as an amount (amount_words right after them, past spaces and
    commas: "... fifty, dollars"). No number to call, so none unclear. (The phone-number reader's
    ``numbers._is_other_identifier`` asks more: "phone number" said before, a time word after, a day before.)"""
    if lexicon_pattern("numbers", "not_phone_cues").search(lead_in):
        return True
    if read_out_identifier(text, run.char_start, run.char_end, run.digits):
        return True
    after = run.char_end + len(text[run.char_end:]) - len(text[run.char_end:].lstrip(" ,"))
    return lexicon_pattern("numbers", "amount_words").match(text, after) is not None


# one short word three times or more in a row
_ONE_WORD_ROW_RE = re.compile(r"\b([A-Za-z]{2,6})\b(?:[\s,.]+\1\b){2,}", re.IGNORECASE)
# words people do say three times in a row
_SAID_OVER_AND_OVER = frozenset({"bye", "no", "yes", "yeah", "yep", "please", "ha", "okay", "ok", "very", "so", "hello",
                                 "hi", "now", "really", "go", "come", "on", "thanks", "sorry", "the", "and", "um", "uh"})


def _digit_or_soundalike(word: str) -> bool:
    # function-word soundalikes only, on purpose (not all of numwords.SOUNDALIKE_DIGITS): "fine, fine, fine" is unclear
    return _is_number_word(word) or word.lower() in ("a", "to", "too", "do", "for", "or", "o")


def _joined_over_soundalikes(text: str, runs: list) -> list:
    """Runs of number words with one soundalike of a digit between them ("double five five or one
    nine one") are one stretch the recogniser heard part of as a word."""
    from ..numwords import SOUNDALIKE_DIGITS

    out = []  # (run, how many soundalikes it was joined over)
    for run in runs:
        # (a "then" / "and then" before it goes on with the number: "five five five, and then a one ...")
        raw = text[out[-1][0].char_end:run.char_start] if out else ""
        between = re.sub(r"^[\s,]*(?:and\s+)?then\b", "", raw, flags=re.I)
        if out and between != raw and re.fullmatch(r"[\s,]*", between):
            # "four one five five five, and then oh one four seven" with a digit lost: one stretch
            out[-1] = (Run(out[-1][0].pieces + run.pieces), out[-1][1])
            continue
        if out and re.fullmatch(r"[\s,.]*(\w+)[\s,.]*", between or "-") \
                and between.strip(" ,.").lower() in SOUNDALIKE_DIGITS:
            out[-1] = (Run(out[-1][0].pieces + run.pieces), out[-1][1] + 1)
            continue
        out.append((run, 0))
    return out


def unsure_name(text: str, transcript: Transcript, company: Optional[Span] = None) -> Optional[Span]:
    """The words in a name slot, when the recogniser was unsure of them.

    Name slots: right after a strong introduction ("you've reached", "this is", "my name is"), a
    company opener ("thank you for calling"), "the voicemail of" / "the number for", and the words
    that open a sentence ending in "here" ("Dana here."). A slot opening with a demonstrative
    ("this is this recording") describes rather than names; one opening with an article, a
    possessive or another function word ("you've reached our office", "the office of", "not",
    "about", "just") does when the recogniser heard that word clearly: a name it does not know is often written as the
    nearest function words, then heard with low probability ("you've reached Nola Fray" ->
    "you've reached not a fray", "... Mira Belt" -> "... my rebel", "it's Yara" -> "it's your
    ah"). After a strong introduction, an article heard clearly but not with full confidence
    (under SURE_WORD) still opens a name when a word after it that is no common word was heard
    unsure ("you've reached a PTSS or", a name the recogniser could not spell); a slot that is or
    runs into a thing a person has ("an unmonitored line") describes. Words of the ``company``
    (read elsewhere) are no name slot, and an introduction inside a clause ("if it's ...") none.
    """
    if not transcript.timed:
        return None
    strong = lexicon_pattern("names", "intro.strong_before_name")
    away = [m.span() for m in lexicon_pattern("names", "intro.away_after_name").finditer(text)]
    cues = [m for m in lexicon_pattern("names", "intro.strong_before_name", "intro.slot_before_name",
                                       "company.openers").finditer(text)
            if not _CLAUSE_INSIDE_RE.search(text[:m.start()])
            and not _FIRM_CUE_RE.search(m.group(0))  # "the law offices of <partners>": a firm, named after people
            and not any(a < m.end() < b for a, b in away)]  # "we are with clients right now": where people are
    # a slot ends where another cue starts ("you've reached the | number for | ...")
    slots = [([w for w in _slot_after(text, m.end()) if not any(m.end() <= c.start() <= w[0] for c in cues)],
              strong.fullmatch(m.group(0)) is not None) for m in cues]
    slots += [(_slot_before(text, m.start()), False)
              for m in lexicon_pattern("names", "intro.slot_after_name").finditer(text)]
    # a person named by their role: "for our agent <name>, dial extension ...", "my paralegal <name> can help"
    slots += [(_role_slot(text, transcript, m.end()), False) for m in _role_before_name_re().finditer(text)]
    for taken, introduced in sorted((t for t in slots if t[0]), key=lambda t: t[0][0][0]):
        numbers = [_is_number_word(text[a:b]) for a, b in taken]
        next_word = _SLOT_WORD_RE.search(text, taken[-1][1])
        if not numbers[0] and numbers[-1] and next_word and _is_number_word(next_word.group(0)):
            while numbers[-1]:  # "this is <name> five five five ...": the name, then the number
                taken, numbers = taken[:-1], numbers[:-1]
        if numbers[0] or sum(numbers) > 1:
            continue  # "if it's five, zero, one ...": digits, not a name (one number word among others may be a name misheard)
        if company is not None and _company_claims(text, transcript, company, taken):
            if _article_then_a_name(text, transcript, company, taken):
                return Span(text[taken[0][0]:taken[-1][1]], taken[0][0], taken[-1][1])
            continue  # the company's words, which the company reader judged
        titles = _leading_titles(text, taken)
        if titles:  # "you've reached Deputy Assessor <name>": a title says a name follows, whatever it is heard as
            after = _slot_after(text, taken[titles - 1][1])
            confidence = word_confidence(transcript, after[0][0], after[-1][1]) if after else None
            if confidence is not None and confidence < UNSURE_WORD:
                return Span(text[taken[0][0]:after[-1][1]], taken[0][0], after[-1][1])
            continue
        first = text[taken[0][0]:taken[0][1]].lower()
        first_probability = word_confidence(transcript, *taken[0]) or 0.0
        if (introduced and len(taken) == 1 and first in _PRONOUNS_FOR_A_NAME and first_probability < SURE_WORD
                and re.match(r"\s*(?:[.,!?;]|$)", text[taken[0][1]:])):
            return Span(text[taken[0][0]:taken[0][1]], *taken[0])  # "you've reached him.", "hey, it's yours."
        heard_clearly = first_probability >= UNSURE_WORD
        # an article not heard with full confidence may be a name's first syllable ("a PTSS or" for a
        # name the recogniser could not spell) when a word after it is no common word and unsure
        # (or the rest of the clause is words the recogniser spelt as none it knows, in lower case where it
        # capitalises others, not all heard with full confidence: "this is a ren ren okonkwo.")
        to_clause_end = _slot_to_clause_end(text, taken)
        spelt = (introduced and first_probability < SURE_WORD
                 and _spelt_unknown_words(text, transcript, to_clause_end))
        syllable = spelt or (introduced and first_probability < SURE_WORD
                             and _unsure_unknown_word(text, transcript, taken[1:]))
        function_word = first in _ARTICLES or first in _DETERMINERS
        if first in _POINTING or (function_word and heard_clearly and not syllable):
            continue  # "you've reached the office of", "it's a part ticket": a description, not a name
        if function_word and not heard_clearly and _heard_as_words(text, transcript, taken[1:]):
            continue  # "this is an automated message", "you've reached for a very legal aid": an unsure
            # function word, then words heard with full confidence, describe; a name misheard as function
            # words leaves one of its words unsure or spelt as a name ("not a fray", "the MITRI")
        if any(text[a:b].lower() in _company_words() for a, b in taken):
            continue  # "... county electric": a business, which the company reader judges
        if _kin_re().fullmatch(re.sub(r"['’]s$", "", first)):
            continue  # "it's dad called about dinner", "it's Mom, not urgent", "you've reached nana and grandad's":
            # the speaker named by what they are to the listener, not by a name (no full stop heard after it)
        if _business_after_slot(text, taken[-1][1]):
            continue  # "you've reached copper hollow, animal clinic", "... quiet pine lumber, and hardware":
            # the business the recogniser wrote in lower case, its head word after a comma or "and"
        if ((not introduced or _REACHED_BEFORE_RE.search(text[:taken[0][0]]))
                and _runs_on_into_a_business(text, taken[-1][1], departments=not introduced)):
            continue  # "thank you for calling for a dell family law ...", "you've reached bright harbor community
            # kitchens": the clause goes on into a business word (after "you've reached" not a department's
            # word, which may follow the person: "<name> product marketing"; after "this is" a person speaks,
            # maybe with the business right after the name: "this is <name> <business>")
        if _ends_in_a_role(text, taken):
            continue  # "you've reached the municipal court clerk for ...": a role, whoever holds it
        if heard_clearly and all(re.sub(r"['’]s$", "", text[a:b]).lower() in _names_never() for a, b in taken):
            continue  # "it's mom call me back" (no full stop heard): words that are never a name, the first heard
            # clearly (a name misheard as such words, "it's all you", leaves its first word unsure)
        if _describes_a_line(text, taken, heard_clearly):
            continue  # "you've reached an unmonitored line", "... the after hours number": a line, not its owner
        start, end = taken[0][0], taken[-1][1]
        if spelt:  # the spelling is the evidence: the name as heard, to the clause's end
            end = ([taken[0]] + to_clause_end)[-1][1]
            return Span(text[start:end], start, end)
        confidence = word_confidence(transcript, start, end)
        if confidence is not None and confidence < UNSURE_WORD:
            return Span(text[start:end], start, end)
    return None


_SLOT_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\-]*")


_FIRM_CUE_RE = re.compile(r"(?:law|legal|accounting)\s+(?:office|offices|firm)\s+of$", re.IGNORECASE)


def _names_never() -> frozenset[str]:
    from .names import _not_names

    return frozenset(w.lower() for w in _not_names())


def _ends_in_a_role(text: str, taken: list[tuple[int, int]]) -> bool:
    """Does the slot end in a title ("clerk", "nurse", "officer") that no name follows: a role described?"""
    from .names import titles

    if len(taken) < 2 or text[taken[-1][0]:taken[-1][1]].lower() not in titles():
        return False
    following = re.match(r"\s+([A-Za-z]+)", text[taken[-1][1]:])
    return following is None or not following.group(1)[0].isupper()


def _heard_as_words(text: str, transcript: Transcript, words: list[tuple[int, int]]) -> bool:
    """Were the content words among ``words`` (not articles or other function words) all heard with full
    confidence (SURE_WORD) and written as plain words, not as a name (capitalised mid-sentence)? None: no."""
    content = [(a, b) for a, b in words if text[a:b].lower() not in _ARTICLES and text[a:b].lower() not in _DETERMINERS]
    return bool(content) and all((word_confidence(transcript, a, b) or 0.0) >= SURE_WORD and not text[a].isupper()
                                 for a, b in content)


def _company_claims(text: str, transcript: Transcript, company: Span, taken: list[tuple[int, int]]) -> bool:
    """Are the slot's words the company's own (the company reader judged them), or did it read a name into it?

    Two readings of the company reader take a person's name heard as unknown words: "<name> with
    <company>" read as one clause ("the Tina Shore with Keystone Mutual Insurance": the company is what
    follows the link word), and a word written in capitals only ("this is OB from ...", "the MITRI"), which
    makes an acronym in a script but, heard unsure, is a name the recogniser spelt as letters."""
    inside = [(a, b) for a, b in taken if a < company.char_end and company.char_start < b]
    if not inside:
        return False
    link = re.match(r"\s+([A-Za-z]+)\b", text[taken[-1][1]:])
    if link and link.group(1).lower() in _LINKS_AFTER_NAME and company.char_end > taken[-1][1] + link.end():
        return False
    business = any(re.sub(r"['’]s?$", "", w).strip(".,").lower() in _company_words() for w in company.text.split())
    if not business and all(text[a:b].isupper() and len(text[a:b]) > 1
                            and _sure_or_none(word_confidence(transcript, a, b)) < UNSURE_WORD for a, b in inside):
        return False
    return True


# an introduction, then an article a name's first syllable may have been heard as
_INTRO_THE_RE = re.compile(r"(?:\byou(?:'ve|\s+have)?\s+reached|\bthis\s+is|\bit's|\bit\s+is)\s+the\s+$", re.IGNORECASE)


def _article_then_a_name(text: str, transcript: Transcript, company: Span, taken: list[tuple[int, int]]) -> bool:
    """"you've reached the Metri.", "this is the Dorvan at ...": after an introduction and "the", one word the
    recogniser wrote as a name (capitalised, no common or business word) without full confidence, read as a
    company of one word: a name whose first syllable was heard as the article ("Dmitri" as "the Metri")."""
    from .names import _common_words, _not_names

    if len(taken) != 1 or (company.char_start, company.char_end) != taken[0] or not _INTRO_THE_RE.search(text[:taken[0][0]]):
        return False
    word = re.sub(r"['’]s?$", "", text[taken[0][0]:taken[0][1]])
    return (len(word) > 1 and word[0].isupper() and word.lower() not in _common_words()
            and word.lower() not in {w.lower() for w in _not_names()} and word.lower() not in _company_words()
            and _sure_or_none(word_confidence(transcript, *taken[0])) < SURE_WORD)


def _sure_or_none(confidence: Optional[float]) -> float:
    """A word's confidence, 1.0 when none is known (a script); 0.0 is a confidence, the least sure."""
    return 1.0 if confidence is None else confidence


def _runs_on_into_a_business(text: str, end: int, departments: bool = True) -> bool:
    from .names import business_run_on

    run_end = business_run_on(text, end)
    if run_end is None:
        return False
    return departments or text[:run_end].split()[-1].strip(".,").lower() not in _department_words()


# "you've reached", "you have called": what follows may be a place or a business, not only a person
_REACHED_BEFORE_RE = re.compile(r"\b(?:reached|called|dialed|dialled|got)\s*,?\s*$", re.IGNORECASE)


@lexicon_cached
def _department_words() -> frozenset[str]:
    """Business words that also name a team inside a firm, said after a person ("Rory Vance, product
    marketing"): names.toml's department_words."""
    return frozenset(w.lower() for w in lexicon_list("names", "department_words"))


@lexicon_cached
def _kin_re() -> re.Pattern:
    """What family and friends call each other (courtesy.toml's kin macro): a slot that opens with one names
    a relation, not a person."""
    return re.compile(rf"(?:{load_lexicon('courtesy')['macros']['kin']})", re.IGNORECASE)


def _business_after_slot(text: str, end: int) -> bool:
    """Does a business head word follow the slot after a comma or "and", at most two words on ("copper hollow,
    animal clinic", "quiet pine lumber, and hardware"), written in lower case like the slot? The
    recogniser wrote a business's own words as common words and cut it where it paused; a person's name is
    not followed so."""
    m = re.match(r"\s*(?:,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)", text[end:])
    if not m:
        return False
    owned = lexicon_pattern("names", "intro.possessed")
    pos = end + m.end()
    for first in (True, False):
        w = _SLOT_WORD_RE.match(text, pos)
        if not w:
            return False
        word = re.sub(r"['’]s$", "", w.group(0)).lower()
        if word in _ARTICLES or word in _DETERMINERS or word in _AND_OR:
            return False
        if first and not re.search(r"and|&", m.group(0)) and (
                word in _department_words()
                or (word in _company_words() and not _company_word_next(text, w.end()))):
            return False  # "<name>, accounting", "<name>, insurance agent": the person, then their team or
            # trade ("<words>, animal clinic", a business's words and its head, is the business)
        if word in _company_words() and not owned.fullmatch(word):
            return w.group(0).islower()  # "Dana, Acme Dental" is a person and where she works
        pos = w.end() + 1
        if not re.match(r" ", text[w.end():w.end() + 1]):
            return False
    return False


def _company_word_next(text: str, end: int) -> bool:
    nxt = re.match(r" ([A-Za-z][\w'’-]*)", text[end:])
    return nxt is not None and re.sub(r"['’]s$", "", nxt.group(1)).lower() in _company_words()


# honorifics that are also kin ("Father Reyes", but "my father will call you"): no role before a name
_KIN_WORDS = frozenset({"father", "mother", "sister", "brother", "elder", "aunt", "uncle"})
# auxiliaries a role's slot stops at ("our doctor will call you back")
_AUXILIARIES = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might", "must", "is", "are",
                          "was", "were", "has", "have", "had", "does", "do", "did", "'ll"})


def _role_slot(text: str, transcript: Transcript, pos: int) -> list[tuple[int, int]]:
    """The name after "my/our <role>": the slot's words up to an auxiliary, and none when one of them is a
    common word heard with full confidence, other than the function words a name is misheard as ("lucid a
    ferrol"): "our doctor sees patients" is a verb, not a name; a name the recogniser could not spell is
    written as common words it was not sure of ("hollow over brenn")."""
    from .names import _common_words

    taken = []
    for a, b in _slot_after(text, pos):
        if text[a:b].lower() in _AUXILIARIES:
            break
        taken.append((a, b))
    common = _common_words()
    for a, b in taken:
        word = re.sub(r"['’]s?$", "", text[a:b]).lower()
        if (word in common and word not in _DETERMINERS
                and _sure_or_none(word_confidence(transcript, a, b)) >= SURE_WORD):
            return []
    return taken


@lexicon_cached
def _role_before_name_re() -> re.Pattern:
    from .names import titles

    roles = sorted(t for t in titles() if len(t) > 3 and t not in _KIN_WORDS)
    return re.compile(rf"\b(?:my|our)\s+(?:{'|'.join(re.escape(t) for t in roles)})\b", re.IGNORECASE)


def _leading_titles(text: str, taken: list[tuple[int, int]]) -> int:
    """How many of the slot's first words are titles ("Deputy Assessor", "Dr."), read capitalised."""
    from .names import titles

    n = 0
    while n < len(taken) and text[taken[n][0]].isupper() and text[taken[n][0]:taken[n][1]].lower() in titles():
        n += 1
    return n
_LINKS_AFTER_NAME = frozenset({"with", "from", "at", "calling", "here", "speaking"})
# an introduction inside a clause is no introduction: "if it's sparking", "when this is over"
_CLAUSE_INSIDE_RE = re.compile(r"\b(?:if|when|whether|unless|because|since|while|what|where|that)\s+$", re.IGNORECASE)


def _describes_a_line(text: str, taken: list[tuple[int, int]], heard_clearly: bool = True) -> bool:
    """A slot that is, or runs into, a thing a person has ("line", "office", "number", "mailbox"), or
    is one word that is never a name ("it's Grandma", "you've reached St."): it describes, it names
    nobody; but heard unsure, with where the person works after it, it is a name misheard ("this is
    what with <company>", "it's so at <company>"). (Several unsure function words in a row, "this is the call me", are a name the
    recogniser could not make out.)"""
    from .names import _not_names

    if (len(taken) == 1 and text[taken[0][0]:taken[0][1]].lower() in {n.lower() for n in _not_names()}
            and (heard_clearly or not _links_to_where_they_work(text, taken[-1][1]))):
        return True
    owned = lexicon_pattern("names", "intro.possessed")
    following = _SLOT_WORD_RE.match(text, taken[-1][1] + len(text[taken[-1][1]:]) - len(text[taken[-1][1]:].lstrip(" ")))
    words = [text[a:b] for a, b in taken] + ([following.group(0)] if following else [])
    return any(owned.fullmatch(w.lower()) for w in words[1:])


def _links_to_where_they_work(text: str, end: int) -> bool:
    """Does a link word and a capitalised word follow ("... at Copper Kettle Catering", "... from Larkmoor Glass")?"""
    return re.match(r"\s+(?:at|from|with)\s+(?:the\s+)?[A-Z]", text[end:]) is not None


def _unsure_unknown_word(text: str, transcript: Transcript, words: list[tuple[int, int]]) -> bool:
    """Is one of ``words`` no common word and heard unsure: a name the recogniser spelt as it could?"""
    from .names import _common_words, _not_names

    common = _common_words() | {w.lower() for w in _not_names()}
    return any(text[a:b].lower() not in common and text[a:b].lower() not in _company_words()
               and _sure_or_none(word_confidence(transcript, a, b)) < UNSURE_WORD for a, b in words)


def _spelt_unknown_words(text: str, transcript: Transcript, words: list[tuple[int, int]]) -> bool:
    """Are ``words`` all words the recogniser spelt as none it knows (in lower case in a transcript that has
    capitals, no common, business or number word, no common word's ending), one of them not heard with
    full confidence? A description says words the recogniser knows ("a courtesy reminder", "a quick heads
    up"): one known word among them is enough to make the clause no name."""
    from .names import _common_words, _is_caseless, _not_names, _NOT_NAME_SUFFIX_RE

    if _is_caseless(text) or not words:
        return False  # no capitals anywhere: lower case says nothing
    common = _common_words() | {w.lower() for w in _not_names()}
    unsure = False
    for a, b in words:
        word = re.sub(r"['’]s$", "", text[a:b])
        if (not word.islower() or word in common or word in _company_words() or _is_number_word(word)
                or _NOT_NAME_SUFFIX_RE.search(word)):
            return False
        unsure = unsure or _sure_or_none(word_confidence(transcript, a, b)) < SURE_WORD
    return unsure


def _slot_to_clause_end(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The slot's words after its first and the words after the slot, when the name is the whole clause:
    it ends (punctuation or the end of the text) within MAX_NAME_WORDS + 1 words, none of them a
    function word ("a ren ren okonkwo.": a first name said twice and a surname). None otherwise: "an effort
    to settle a balance", "a check in call about ..." describe."""
    words = list(taken)
    while not re.match(r"\s*(?:[.,!?;:]|$)", text[words[-1][1]:]):
        nxt = _SLOT_WORD_RE.match(text, words[-1][1] + len(text[words[-1][1]:]) - len(text[words[-1][1]:].lstrip(" ")))
        if nxt is None or len(words) > MAX_NAME_WORDS:
            return []
        words.append(nxt.span())
    rest = words[1:]
    if any(text[a:b].lower() in _DETERMINERS or text[a:b].lower() in _ARTICLES or text[a:b].lower() in _AND_OR
           for a, b in rest):
        return []
    return rest


_AND_OR = frozenset({"and", "or", "but", "&"})


def _slot_after(text: str, pos: int) -> list[tuple[int, int]]:
    """Up to MAX_NAME_WORDS words from pos, cut at punctuation and before a word that links a name
    to what follows ("<name> with Corbin Insurance", "<name> from the clinic")."""
    taken: list[tuple[int, int]] = []
    for w in _SLOT_WORD_RE.finditer(text, pos, min(len(text), pos + 60)):
        if len(taken) >= MAX_NAME_WORDS or re.search(r"[.,!?;:]", text[taken[-1][1] if taken else pos:w.start()]):
            break
        if taken and w.group(0).lower() in _LINKS_AFTER_NAME:
            break
        taken.append(w.span())
    return taken


def _slot_before(text: str, pos: int) -> list[tuple[int, int]]:
    """The words that open the sentence ending at pos ("Big Dana here."), at most MAX_NAME_WORDS."""
    start = max((m.end() for m in re.finditer(r"[.!?]\s*", text[:pos])), default=0)
    words = [w.span() for w in _SLOT_WORD_RE.finditer(text, start, pos)]
    if not 0 < len(words) <= MAX_NAME_WORDS or any(_never_a_name(text[a:b]) for a, b in words):
        return []  # "I'm not here.", "Nobody's here."
    return words


def _never_a_name(word: str) -> bool:
    from .names import _not_names

    plain = re.sub(r"['’]s$", "", word).lower()
    return plain in _not_names() or plain in _DETERMINERS or plain in ("am", "is", "are", "was", "be", "been", "not")


def respelled_compounds(transcript: Transcript) -> tuple[tuple[int, int, str], ...]:
    """Stretches of a recording's words to read as one of the compounds the grammar needs.

    The recogniser, unsure of a compound word, writes it as the words it sounds like ("voice a
    male", "voice emails" for "voicemail(s)"), or its halves with the weak syllable heard between them
    as a word of its own ("voice and mail", "voice a mails"). A run of two or three words is read as a compound
    (``lexicon/asr.toml`` ``split_compounds``) when it starts with the compound's first three
    letters, one of its words was heard with less than full confidence (SURE_WORD), and its
    consonants, in order and with doubles collapsed, are the compound's. Returns (start, end,
    compound) spans of ``transcript.text`` (trailing punctuation left outside); none for scripts.
    """
    if not transcript.timed:
        return ()
    from .lexicon import load_lexicon

    compounds = {_skeleton(c): c for c in load_lexicon("asr").get("split_compounds", [])}
    words = transcript.words
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        for n in (3, 2):
            run = words[i:i + n]
            if len(run) < n or any(re.search(r"[.,!?;:]$", w.text) for w in run[:-1]):
                continue
            if not any(w.probability is not None and w.probability < SURE_WORD for w in run):
                continue  # every word heard sure: no compound to read here
            letters = joined = re.sub(r"[^a-z]", "", "".join(w.text for w in run).lower())
            if (n == 3 and re.sub(r"[^a-z]", "", run[1].text.lower()) in _WEAK_SYLLABLES
                    and not re.match(r"e-?mails?\b", run[2].text.lower())):  # "voice and email": two things
                # "voice and mail", "voice a mails": the halves with a weak syllable heard between them
                letters = re.sub(r"[^a-z]", "", (run[0].text + run[2].text).lower())
            if n == 3 and not re.search(r"[.,!?;:]$", run[1].text) and _skeleton(
                    re.sub(r"[^a-z]", "", (run[0].text + run[1].text).lower())) in compounds:
                continue  # "mail box is": the compound in two words, then a word of its own (not "mailboxes")
            compound = compounds.get(_skeleton(letters))
            ends = [re.sub(r"[^a-z]", "", w.text.lower()) for w in (run[0], run[-1])]
            if (compound and letters[:3] == compound[:3] and joined != compound
                    and all(_skeleton(e) for e in ends)  # "voicemail i": a vowel after it is another word
                    and _skeleton(ends[0]) not in compounds):  # "mailbox is": the compound, then a word
                end = run[-1].char_end - (len(run[-1].text) - len(run[-1].text.rstrip(".,!?;:")))
                out.append((run[0].char_start, end, compound))
                i += n - 1
                break
        i += 1
    return tuple(out)


# the unstressed syllable a speaker (or a synthetic voice) may put between a compound's halves, and the
# recogniser writes as a word of its own
_WEAK_SYLLABLES = frozenset({"a", "an", "and", "of", "uh"})


def _skeleton(letters: str) -> str:
    """The consonants of ``letters`` in order, doubles collapsed: "voiceamale" -> "vcml"."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]|[aeiouy]", "", letters.lower()))


# where a recording says who it is: its first sentence, at most this many words
OPENING_WORDS = 12


def unsure_opening(transcript: Transcript) -> Optional[Span]:
    """The words of a recording's opening sentence the recogniser was unsure of and wrote as no common word.

    A recording says who it is in its first sentence. When the recogniser wrote words there that it
    was unsure of and that are no common word ("I've got Tomashler's bit-ski."), the introduction
    itself may be what it misheard: there is no evidence that no name was said (GL101 holds back;
    GL106 says the opening was heard with low confidence). From the first to the last such word;
    None for scripts, or an opening heard clearly.
    """
    if not transcript.timed or not transcript.words:
        return None
    from .names import _common_words, _not_names

    common = _common_words() | {w.lower() for w in _not_names()}
    opening = []
    for word in transcript.words[:OPENING_WORDS]:
        opening.append(word)
        if re.search(r"[.!?]$", word.text):
            break
    odd = [w for w in opening if w.probability is not None and w.probability < UNSURE_WORD
           and re.sub(r"[^\w'\-]", "", w.text).lower() not in common and not _is_number_word(w.text.strip(".,!?"))]
    if not odd:
        return _name_slot_heard_as_a_word(transcript, opening)
    start, end = odd[0].char_start, odd[-1].char_end
    return Span(transcript.text[start:end], start, end)


# the introduction's slot, where a speaker names themself before their place: "it's <name> from the front desk", "this
# is <name> with Acme". One lower-case word there (no pronoun, article, adverb or kin word: "it's me from the office",
# "this is just from", "it's Mom from home") is the name heard as another word ("it's when from the front desk")
_NAME_SLOT_RE = re.compile(r"\b(?i:this\s+is|it's|it\s+is|my\s+name\s+is)\s+(?P<word>[a-z][a-z'-]*)"
                           r"\s+(?i:from|with|at|over\s+at)\s+(?:(?i:the|our)\b|[A-Z])")
_NOT_A_NAME_IN_SLOT = frozenset({
    "me", "us", "you", "him", "her", "them", "it", "just", "only", "really", "still", "also", "actually", "a", "an",
    "the", "your", "my", "our", "his", "their", "not", "now", "here", "there", "so", "all", "what", "that", "this",
    "someone", "somebody", "everyone", "nobody", "mom", "mum", "dad", "mother", "father", "grandma", "grandpa",
    "nana", "papa", "auntie", "uncle", "sis", "bro", "honey", "babe", "calling", "about", "regarding", "back"})


def _name_slot_heard_as_a_word(transcript: Transcript, opening: list) -> Optional[Span]:
    """The single word in the opening's name slot ("it's when from the front desk"), or None."""
    if not opening:
        return None
    start, end = opening[0].char_start, opening[-1].char_end
    m = _NAME_SLOT_RE.search(transcript.text, start, end)
    if m is None or m.group("word").lower() in _NOT_A_NAME_IN_SLOT:
        return None
    return Span(m.group("word"), m.start("word"), m.end("word"))

