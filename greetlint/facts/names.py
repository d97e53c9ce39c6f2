"""Person names and the company, from the places a voicemail says them.

Names are capitalised words right after an introduction ("this is", "you've
reached", "Hi"), before a presence phrase ("Joe here", "Will is in a meeting"),
after a title ("Dr. Mehta") or before a possessive ("Joe's voicemail"). Common
words are never names (``lexicon/names.toml`` ``not_names``), so "this is about
..." or "you've reached the voicemail box" give none. In transcripts without
capitals ("hey its kev") a word after a strong cue is a name when it is not a
common word (``lexicon/common_words.toml``). A business head word ("Roofing",
"Wok", "Library", "Authority") makes the words a company. A name or business may
also be said bare at the start ("Riverbend Tire and Brake. We're closed."), after a
unit of an organisation ("the billing line for Cedar Hills Middle School"), after a
vanity number or slogan ("thanks for calling 1-800-UNCLOG, Garver Drain"), or
sign a message at its end ("... Ruth, from 12B."). In left messages a capitalised
word mid-sentence may be a name, unless it sits where places, streets or pets do ("past Quince, Laurel and
Hazel Streets"). A firm named after its partners ("Ames, Brill and Cole, attorneys at law", "the offices
of Pryor and Lusk") names no person: it is the company (``[firm]`` in ``lexicon/names.toml``).
"""
from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Optional

from .. import regex_cache
from ..model import Kind, Span
from .lexicon import lexicon_cached, lexicon_list, lexicon_pattern, lexicon_words, load_lexicon
from .text import TITLE_ABBREVIATIONS, fold_letters, sentence_around, sentences

# one word of a name: "Dana", "O'Brien", "ThelmaLou", "T-Shirt", "Jones'"
_WORD_RE = re.compile(r"[A-Z][A-Za-z]*(?:['’\-][A-Za-z]+)*")
_SEPARATOR_RE = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+|;\s*)")
_MAX_NAME_WORDS = 4


def find_names_and_company(text: str, kind: Kind) -> tuple[list[Span], Optional[Span]]:
    """Person names said, and the company. Names from introductions come first; the company is read
    next (it may follow a name: "Mark from Acme"); loose mid-sentence capitals last, minus the company.

    Names are read on the text with its letters folded to plain ones ("Élodie" as "Elodie", "Søren"
    as "Soren"), one character for one, so the spans cut the names from the text as said."""
    # a plain (caseless) transcript reads the company words alone: the trade words are judged by their capitals
    token = _TRADE_WORDS_ON.set(re.search(r"[A-Z]", re.sub(r"\bI\b", "", text)) is not None)
    try:
        names, company = _find_names_and_company(fold_letters(text), kind)
    finally:
        _TRADE_WORDS_ON.reset(token)
    return [_as_said(text, n) for n in names], (_as_said(text, company) if company else None)


def _as_said(text: str, span: Span) -> Span:
    return Span(text[span.char_start:span.char_end], span.char_start, span.char_end)


def _find_names_and_company(text: str, kind: Kind) -> tuple[list[Span], Optional[Span]]:
    firms = list(_firms_of_partners(text))
    names = _distinct(n for n in _cued_names(text) if not any(_overlap(n, f) for f in firms))
    company = find_company(text, names)
    if company is None and kind == "greeting":
        company = find_business_named(text, names)
    if company is None and firms:
        company = firms[0]  # "Ames, Brill and Cole, attorneys at law": the firm is who was reached
    names = _distinct([*names, *(n for n in _kin_titled_names(text, kind) if not any(_overlap(n, f) for f in firms))])
    if company is not None:
        names = [n for n in names if not _names_the_company_again(text, n, company)]
    if kind == "message":
        # callers drop names mid-sentence ("tell Marguerite I said so"); a greeting that does is
        # usually naming a place or a deity, so only messages get this looser reading
        businesses = [*_business_runs(text), *_unit_runs(text), *([company] if company else []), *firms]
        loose = [s for s in _mid_sentence_names(text) if not any(_overlap(s, b) for b in businesses)]
        if company is not None and _is_pet_business(company.text) and _introduces_itself(text, company):
            loose = [s for s in loose if not _said_as_a_pet(text, s, company)]
        names = _distinct([*names, *(n for n in loose if not (company and _names_the_company_again(text, n, company)))])
    return names, company


def _names_the_company_again(text: str, name: Span, company: Span) -> bool:
    """A business said by the first word of its name after its full name ("this is Kestrel Broadband ...
    thanks for choosing Kestrel", "... call Tamsen Line at ..."): one word, after the company, the first
    word of a company of two or more words with a business word, no title before it."""
    words = [w for w in company.text.split() if w.lower() != "the"]
    if not (len(name.text.split()) == 1 and name.char_start >= company.char_end and len(words) >= 2
            and _is_company(company) and _strip_possessive(words[0]) == _strip_possessive(name.text)):
        return False
    if _titled(text, name.char_start) or _strip_possessive(words[0]) != words[0]:
        return False  # "Mr. Ortiz"; "Sully's Heating and Air": a business named after a person
    if lexicon_pattern("names", "intro.owner_after_name").match(text[name.char_end:]):
        return False  # "Ortiz Plumbing. Ortiz will call you back": the owner, the subject of a person's verb
    intro = lexicon_pattern("names", "intro.strong_before_name")
    # "you got Ortiz Plumbing, this is Ortiz": the owner introduced
    return regex_cache.compile(rf"(?:{intro.pattern})[,]?\s*$", intro.flags).search(text[:name.char_start]) is None


# two or more surnames listed, one word each: "Ames and Brill", "Okafor, Brandt and Salazar", "Hale & Dorn"
_PARTNERS_RE = re.compile(r"[A-Z][\w'’\-]+(?:,\s+[A-Z][\w'’\-]+)*,?\s+(?:and|&)\s+[A-Z][\w'’\-]+")
# one partner in a list as a recogniser may have written it: one to three words, none a function word
_PARTNER_RE = re.compile(r"[A-Za-z][\w'’\-]*(?:\s+[A-Za-z][\w'’\-]*){0,2}")
_LIST_JOIN_RE = re.compile(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")
# words that link a person to where they work or describe a group ("Karen Liu with ...", "one of our
# counselors", "the county engineers"): never inside a firm's list of partners
_NOT_IN_A_FIRM = frozenset({"with", "from", "at", "for", "of", "in", "on", "to", "by", "is", "are", "the", "a", "an",
                            "our", "my", "your", "his", "her", "their", "its", "one", "some", "all", "both", "we", "who", "they"})
# before the profession, a qualifier as the recogniser heard it ("licensed land", "chartered"): any words but those
# that describe people (a determiner, a pronoun, a link to a group: "both", "our", "from the county")
_NOT_A_QUALIFIER = _NOT_IN_A_FIRM - {"in", "on", "to", "by"}


def _profession_closing(text: str, pos: int) -> Optional[int]:
    """Where the partners' profession right after ``pos`` ends, when it is said as a firm's: capitalised as
    part of the firm's name ("Hale & Dorn Architects"), or closing the clause ("Ames, Brill and Cole,
    attorneys at law.", "Hale and Dorn certified public accountants."), maybe after a comma and a few words
    that qualify it, however the recogniser heard them ("Ames and Brill, licensed land surveyors."). None
    otherwise: "Tom and Lisa, architects we met at the fair" describes two people."""
    after = lexicon_pattern("names", "firm.after_partners")
    m = regex_cache.compile(rf"[,\s]+(?P<trade>{after.pattern})(?P<law>\s+at\s+law)?", after.flags).match(text, pos)
    closes = m is not None and (m.group("law") or re.match(r"\s*(?:[.!?;]|$)", text[m.end():]))
    if m is not None and (m.group("trade")[0].isupper() or closes):
        return m.end()
    m = regex_cache.compile(rf",\s+(?P<words>(?:[a-z]+\s+){{1,3}})(?P<trade>{after.pattern})(?P<law>\s+at\s+law)?",
                            after.flags).match(text, pos)
    if (m is None or any(w.lower() in _NOT_A_QUALIFIER for w in m.group("words").split())
            or not (m.group("law") or re.match(r"\s*(?:[.!?;]|$)", text[m.end():]))):
        return None
    return m.end()


def _is_list_of_partners(clause: str) -> bool:
    """Two or more partners joined by "and", "&" or commas, none holding a function word: "Ames, Brill and
    Cole", or the same as a recogniser heard it ("Varrow, tench and mill"); not "Karen Liu with Stone Ridge"."""
    parts = _LIST_JOIN_RE.split(clause.strip())
    return (len(parts) >= 2
            and all(_PARTNER_RE.fullmatch(p) and not any(w.lower() in _NOT_IN_A_FIRM for w in p.split()) for p in parts))


def _firms_of_partners(text: str) -> Iterator[Span]:
    """A firm named after its partners: their surnames listed after "the offices of" or before their
    profession said as a firm's ("Ames, Brill and Cole, attorneys at law"; ``[firm]`` in the lexicon). The
    label convention, and the caller's: such a firm names no person."""
    before = lexicon_pattern("names", "firm.before_partners")
    for m in _PARTNERS_RE.finditer(text):
        words = re.findall(r"[A-Z][\w'’\-]+", m.group(0))
        if not all(_is_name_word(w) for w in words):
            continue
        cued_before = regex_cache.compile(rf"(?:{before.pattern})\s+$", before.flags).search(text[:m.start()])
        if cued_before or _profession_closing(text, m.end()) is not None:
            yield Span(m.group(0), m.start(), m.end())
    # "You have reached <the partners, however the recogniser heard them>, attorneys at law.": a list of
    # partners between an introduction and a profession that closes the sentence is the firm
    reached = lexicon_pattern("names", "intro.strong_before_name", "company.openers")
    after = lexicon_pattern("names", "firm.after_partners")
    closing = regex_cache.compile(rf"[,\s]+(?:{after.pattern})(?:\s+at\s+law)?\s*(?:[.!?;]|$)", after.flags)
    for start, end in sentences(text):
        cue = reached.search(text, start, end)
        close = closing.search(text, cue.end(), end) if cue else None
        if cue and close and _is_list_of_partners(text[cue.end():close.start()]):
            lead = len(text[cue.end():close.start()]) - len(text[cue.end():close.start()].lstrip())
            yield Span(text[cue.end() + lead:close.start()], cue.end() + lead, close.start())


def find_names(text: str, kind: Kind) -> list[Span]:
    return find_names_and_company(text, kind)[0]


def _distinct(spans: Iterable[Span]) -> list[Span]:
    found: list[Span] = []
    for span in spans:
        if not any(_overlap(span, f) for f in found):
            found.append(span)
    return sorted(found, key=lambda s: s.char_start)


def _cued_names(text: str) -> Iterator[Span]:
    yield from _titled_names(text)
    yield from _names_after_cues(text)
    yield from _lower_case_names_after_cues(text)
    yield from _names_before_cues(text)
    yield from _possessive_names(text)
    yield from _family_names(text)
    yield from _vocative_names(text)
    yield from _name_before_company(text)
    yield from _signature_names(text)
    run = _opening_run(text)
    if run is not None and not any(_strip_possessive(w).lower() in _company_words() for w in run.text.split()):
        yield run  # "Marta Quill. Leave a message." (a run with a business word is the company instead)


@lexicon_cached
def titles() -> frozenset[str]:
    """The titles and roles said before a name (``honorifics``: "dr", "nurse", "council member"), lower case
    and without a full stop: the one set the name readers and the confidence reader use."""
    return frozenset(t.rstrip(".").lower() for t in lexicon_list("names", "honorifics"))


@lexicon_cached
def _honorific_re() -> re.Pattern:
    """A title from the lexicon ("Dr.", "Mr./Ms.", "doctor", "Officer") right before a capitalised word.

    Only a title written as an abbreviation ("Dr.", "Sgt.": listed with its full stop, or one of
    ``TITLE_ABBREVIATIONS``) takes a full stop: after a word ("the school counselor. For ...") the
    full stop ends the sentence, and the capital after it opens the next one, not a name."""
    listed = lexicon_list("names", "honorifics")
    short = {t.rstrip(".").lower() for t in listed if t.endswith(".")} | {t.lower() for t in TITLE_ABBREVIATIONS}
    every = sorted({t.rstrip(".") for t in listed}, key=lambda t: (-len(t), t))  # one text every run (regex_cache's key)
    one = "|".join(rf"{re.escape(t)}\.?" if t.lower() in short else re.escape(t) for t in every)
    return regex_cache.compile(rf"(?<![\w.])(?:{one})(?:/(?:{one}))?(?=\s+[A-Z])", re.IGNORECASE)


_INITIALS_RE = re.compile(r"(?:\s+(?:[A-Z]\.)+)+(?=\s+[A-Z][a-z])")  # "Dr. J. Moreno", "Pastor J.R. Hale"


# business evidence around a titled name: a partner before it ("Hollis and Dr. Hardware"), a number after
# its last word ("District 4", "Suite two hundred")
_BUSINESS_BEFORE_TITLE_RE = re.compile(r"(?:\band|&)\s*$", re.IGNORECASE)
_NUMBER_AFTER_RE = re.compile(r"\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                              r"twenty|thirty|forty|fifty|hundred)\b)", re.IGNORECASE)


def _titled_names(text: str) -> Iterator[Span]:
    """"Dr. Mehta", "Doctor Ines Varga", "Mrs. Featherstone": a title is a strong sign of a name."""
    for m in _honorific_re().finditer(text):
        initials = _INITIALS_RE.match(text, m.end())  # "Dr. J. Moreno": initials before the name
        # "Dr. Ana Ruiz's dental office" is hers (what she has, after a word), "Chief Joe's Auto Repair" a business
        words = _name_words(text, initials.end() if initials else m.end())
        trailing = 0
        while trailing < len(words) and text[slice(*words[-1 - trailing])].lower() in _company_words():
            trailing += 1
        if trailing and _BUSINESS_BEFORE_TITLE_RE.search(text[:m.start()]):
            words = words[:-trailing]  # "Hollis and Dr. Hardware": a business named with a title
        elif trailing and (trailing >= 2 or _NUMBER_AFTER_RE.match(text, words[-1][1])):
            # "Ana Ruiz Family Dentistry", "Ana Ruiz District 4": the business or the place after the name,
            # but never the surname itself ("Dr. Church", "Dr. Emma Law")
            words = words[:max(1, len(words) - trailing)]
        if words:
            yield Span(text[m.start():words[-1][1]], m.start(), words[-1][1])


# hesitations between an introduction and the name: "it's, um, Tyler"
_HESITATION_RE = re.compile(r"(?:,?\s*\b(?:u+m+|u+h+|e+r+m*|like)\b)+,?", re.IGNORECASE)


def _names_after_cues(text: str) -> Iterator[Span]:
    cue = lexicon_pattern("names", "intro.before_name")
    for m in cue.finditer(text):
        end = m.end()
        if _PREPOSITION_END_RE.search(m.group(0)):
            # a cue that ends in a preposition needs its object: a pause written after it ("the voicemail
            # of ... Hollis Brandvold") ends no sentence, where after "this is ..." it may
            # (a common word after the pause opens a new sentence: "the voicemail of... Actually, hang on")
            pause = _PAUSE_RE.match(text, end)
            after = re.match(r"\s*([A-Za-z]+)", text[pause.end():]) if pause else None
            if after and after.group(1).lower() not in _common_words():
                end = pause.end()
        hesitation = _HESITATION_RE.match(text, end)
        pos = _skip_title(text, hesitation.end() if hesitation else end)
        for name in _name_list(text, pos):
            if m.group(0).lower().endswith("for") and _is_place_word(_next_word(text, name.char_end)):
                continue  # "the voicemail for Maple Street Hardware": a place's name starts a business's
            yield name


_PREPOSITION_END_RE = re.compile(r"\b(?:of|for)$", re.IGNORECASE)
_PAUSE_RE = re.compile(r"\s*(?:\.{2,}|…)(?=\s*[A-Za-z])")


def _lower_case_names_after_cues(text: str) -> Iterator[Span]:
    """"hey its kev", "you've reached tom and lisa": plain transcripts (phone systems, texts, the
    recogniser) lose the capitals of names. Right after a strong introduction a lower-case word is
    read as a name when it is not a common word (``lexicon/common_words.toml``)."""
    cue = lexicon_pattern("names", "intro.strong_before_name")
    # in a transcript that keeps capitals elsewhere (the recogniser capitalises names), a lower-case
    # word after the cue is a name only standing alone ("Hey, it's kev."), not "reached blue hair and ..."
    reader = _LOWER_CASE if _is_caseless(text) else _LOWER_CASE_ALONE
    for m in cue.finditer(text):
        yield from _name_list(text, m.end(), reader)


def _is_caseless(text: str) -> bool:
    """No capital letters except the pronoun I: a phone system's or a plain-text transcript."""
    return re.search(r"[A-Z]", re.sub(r"\bI(?:['’][a-z]+)?\b", "", text)) is None


def _names_before_cues(text: str) -> Iterator[Span]:
    """"Joe here", "David, Colleen and Ben can't come to the phone": walk back over the list of names.
    A plain statement of where someone is names them the same way ("Ines is in court", "Bill is at
    lunch", "Ines will be back Monday"); pronouns ("Everything is on sale") are in ``not_names``."""
    cue = lexicon_pattern("names", "intro.after_name", "intro.away_after_name")
    for m in cue.finditer(text):
        names: list[Span] = []
        end = m.start()
        while True:
            prev = re.search(r"([A-Z][A-Za-z'’\-]*)\s*$", text[:end])
            if not prev or not _is_name_word(prev.group(1)):
                break
            names.insert(0, Span(_strip_possessive(prev.group(1)), prev.start(1), prev.start(1) + len(_strip_possessive(prev.group(1)))))
            sep = re.search(r"(?:,\s*(?:and\s+)?|\s+and\s+|\s+&\s+)$", text[:prev.start(1)])
            if not sep:
                break
            end = sep.start()
        yield from _without_companies(names)


def _possessive_names(text: str) -> Iterator[Span]:
    owned = "|".join(lexicon_list("names", "intro.possessed"))
    for m in re.finditer(rf"\b([A-Z][A-Za-z\-]*)['’]s?\s+(?:{owned})\b", text, re.IGNORECASE):
        if m.group(1)[0].isupper() and _is_name_word(m.group(1)):
            yield Span(m.group(1), m.start(1), m.end(1))


def _person_introduced_before(text: str, pos: int) -> bool:
    """Whether the words right before ``pos`` introduce a person: a sentence's start (after greeting
    words) or an introduction cue ("you've reached", "this is")."""
    before = text[:pos]
    if re.search(r"(?:^|[.!?;]\s)\W*(?:(?:hi|hello|hey|hiya|well|oh|yes|so)\W+)*$", before, re.IGNORECASE):
        return True
    cue = lexicon_pattern("names", "intro.strong_before_name", "intro.before_name")
    return regex_cache.compile(rf"(?:{cue.pattern})[,]?\s*$", cue.flags).search(before) is not None


def _family_names(text: str) -> Iterator[Span]:
    """"the Garcia family", and "You've reached the Smiths." (a plural surname right after the cue)."""
    families = "|".join(lexicon_list("names", "intro.family"))
    # a double surname may be written with a space, or a possessive on its first part: "the Garcia Lopez
    # family", "the Castellano's Whitfield house"
    # ("the Garcia House.": a recogniser capitalises the word as part of the name it heard)
    # the family follows a person's introduction ("you've reached", "this is") or opens its sentence; after
    # "thanks for calling" it is a business ("the Pancake House")
    # (the next word may be capitalised: a recogniser runs on into the next sentence, "the Garcia family We can't ...")
    for m in re.finditer(rf"\bthe\s+([A-Z][A-Za-z\-]*(?:(?:['’]s)?\s+[A-Z][A-Za-z\-]*)?)(?:['’]s)?\s+(?i:{families})\b", text):
        if not _person_introduced_before(text, m.start()):
            continue
        parts = [_strip_possessive(w) for w in m.group(1).split()]
        if _next_word(text, m.end()).lower() in _company_words():
            continue  # "the Rivera family dental practice": a business
        if all(_is_name_word(w) and w.lower() not in _company_words() for w in parts):
            yield Span(m.group(1), m.start(1), m.end(1))
    for cue in lexicon_pattern("names", "intro.plural_family_after").finditer(text):
        plural = re.match(r"\s+([A-Z][a-z]+s)(?=\s*[.,!;]|\s*$)", text[cue.end():])
        if plural and _is_name_word(plural.group(1)):
            start = cue.end() + plural.start(1)
            yield Span(plural.group(1), start, start + len(plural.group(1)))


# an introduction that opens its sentence (after greeting words): "Hi, this is", "It's your", "You've reached"
_OPENING_INTRO_RE = re.compile(
    r"(?:^|[.!?;]\s)\W*(?:(?:hi|hello|hey|hiya|well|oh|yes|so)\W+)*"
    r"(?:this\s+is|it['’]s|it\s+is|you(?:['’]ve|\s+have)?\s+(?:reached|called|got)|i['’]m|i\s+am|my\s+name\s+is)"
    r"(?:\s+(?:your|my|our))?\s+$", re.IGNORECASE)


def _kin_titled_names(text: str, kind: Kind) -> Iterator[Span]:
    """"Hi, this is Grandma Opal", "I'm over at Aunt Philippa's": a first name after a kin title
    (``kin_titles``). In a greeting only where the introduction opens its sentence ("If it's Grandma
    Ruth, the key is under the mat" introduces nobody); in a message also in passing, as callers name
    people. The word after the title must be a name word of its own: not a common word, a business or
    place word, a day ("call Grandma Sunday"), or a word that is never a name; a month that is also a
    first name ("Grandma April") is one only here, and only in an introduction."""
    kin = "|".join(re.escape(k) for k in lexicon_list("names", "kin_titles"))
    months = {m.lower() for m in lexicon_list("names", "kin_given_months")}
    for m in re.finditer(rf"\b(?i:{kin})\s+([A-Z][a-z]+(?:[\-][A-Z][a-z]+)?)((?:['’]s?)?)(?![\w'’\-])", text):
        word = m.group(1)
        plain = word.lower()
        if not ((plain in months or (_is_name_word(word) and plain not in _common_words()))
                and plain not in _company_words() and not _is_place_word(_next_word(text, m.end()))):
            continue
        if ((m.group(2) and _company_word_follows(text, m.end()))
                or _strip_possessive(_next_word(text, m.end())).lower() in _company_words()):
            continue  # "Grandpa Joe's Pizza", "Auntie Bee Bakery": a business named after one
        # kin-titled names listed after the introduction share it: "it's Grandpa Joe and Grandma Sue"
        before = re.sub(rf"(?:\b(?i:{kin})\s+[A-Z][a-z]+(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+))+$", "", text[:m.start()])
        if (kind != "message" or plain in months) and not _OPENING_INTRO_RE.search(before):
            continue  # (a month after a kin title in passing may be the month: "tell Grandma May is busy")
        yield Span(word, m.start(1), m.end(1))


def _next_word(text: str, pos: int) -> str:
    """The word after ``pos`` past spaces (letters only), or ""."""
    after = re.match(r"\s+([A-Za-z]+)", text[pos:])
    return after.group(1) if after else ""


def _vocative_names(text: str) -> Iterator[Span]:
    """"Priya! Pick up", "Tobias. Call me": a lone name opening the message.

    The first word of a transcript is capitalised whatever it is, so a common word there
    ("Woman, what a day", a misheard "Whoa, man") is not a name.
    """
    m = re.match(r"\s*([A-Z][a-z][A-Za-z'\-]*)\s*[!.,]", text)
    if (m and _is_name_word(m.group(1)) and m.group(1).lower() not in _common_words()
            and not _ABSTRACT_NOUN_RE.search(m.group(1).lower())):  # "Congratulations!"
        yield Span(m.group(1), m.start(1), m.end(1))


def _name_before_company(text: str) -> Iterator[Span]:
    """"Oren Vasko, Tidewater Sign Company. Talk after the beep.": a terse greeting opens with
    the owner's full name and then the business, with no "this is" before either."""
    m = (re.match(r"\s*([A-Z][a-z][\w'’\-]*\s+[A-Z][\w'’\-]+)\s*,\s*", text)
         # "Ines at Harrow Tile, the grout is in": one name, then where the caller works
         or re.match(r"\s*([A-Z][a-z][\w'’\-]*(?:\s+[A-Z][\w'’\-]+)?),?\s+(?:at|from|with)\s+(?:the\s+)?(?=[A-Z])", text))
    if m is None or not all(_is_name_word(w) and w.lower() not in _company_words() for w in m.group(1).split()):
        return
    if _is_common_or_its_plural(m.group(1).split()[0]):
        return  # "Sales at Acme Tools.", "Scheduling at ...", "Tuesdays at ...": a department or a day, not a person
    company = _company_words_at(text, m.end())
    if company is not None and _is_company(company):
        yield Span(m.group(1), m.start(1), m.end(1))


# what may open a recording before a bare name: a greeting word
_OPENING_GREETING_RE = re.compile(r"\W*(?:(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening))[,.!]?\s+)?", re.IGNORECASE)
# a bare run ends the sentence, or the speaker goes on "calling ..." / "here"
_AFTER_OPENING_RUN_RE = re.compile(r"\s*(?:[.!;:,]|$)|,?\s+(?:calling|here)\b", re.IGNORECASE)


def _is_common_or_its_plural(word: str) -> bool:
    """A common word, or one with the ending of one ("Scheduling", "Collections"), or the plural of one
    ("Tuesdays"): what opens a sentence as a department or a time, never as a name."""
    w = word.lower()
    never = _common_words() | {n.lower() for n in _not_names()}
    return (w in never or (w.endswith("s") and w[:-1] in never)
            or re.search(r"(?:ing|tion|sion|ment|ness)s?$", w) is not None)


def _opening_run(text: str) -> Optional[Span]:
    """A capitalised run said bare at the start, as a whole sentence or clause or before "calling":
    "Riverbend Tire and Brake. We're closed.", "Hi, Oakdale Plumbing and Heat calling to confirm ...",
    "Marta Quill, leave it at the beep". It is a
    business when a business word is in it, else a person's full name ("Marta Quill. Leave a
    message."). A common word ("Sorry, we're closed", "Big News.") opens no name: the first word must
    be a name word that is not a common word, unless a business word makes the run a company
    ("Big Sky Outfitters."), and a run without one needs two words."""
    pos = _OPENING_GREETING_RE.match(text).end()
    m = _CAPITALISED_NAME_RUN_RE.match(text, pos)
    if m is None or not _AFTER_OPENING_RUN_RE.match(text, m.end()):
        return None
    words = [w for w in m.group(0).split() if w.lower() not in ("and", "&", "of", "the")]
    business = any(_strip_possessive(w).lower() in _company_words() for w in words)
    # inside a business's name a title or a unit word is part of it: "Tolland County Assessor's Office"
    if len(words) > 6 or any(not (_is_name_word(_strip_possessive(w)) or _strip_possessive(w).lower() in _company_words()
                                  or (business and w is not words[0]))
                             for w in words):
        return None
    if not business and (len(words) < 2 or words[0].lower() in _common_words() or not _is_name_word(words[0])):
        return None
    if business and words[0].lower() in _not_names() and not re.match(r"\S+\s+of\s", m.group(0)):
        return None  # "Customer Service.", but "Department of Fish and Game."
    if business and all(_strip_possessive(w).lower() in _company_words() | _common_words() for w in words):
        return None  # a unit or a trade ("Billing Department.", "Hair Salon."), not a business's own name
    return Span(m.group(0), m.start(), m.end())


# a sign-off before the name that ends a message: "Thanks, Ruth."
_SIGN_OFF_RE = re.compile(r"(?:(?:thanks|thank\s+you|cheers|love|(?:best\s+|kind\s+|warm\s+)?regards|best|sincerely|warmly|yours|bye|take\s+care|talk\s+soon|later)[,!]?\s+)?", re.IGNORECASE)
# what may follow the name: "Ruth, from 12B.", "Ruth in 4C", "— Tom at the hardware store", "Ruth, 555-0134."
_SIGNATURE_TAIL_RE = re.compile(r"(?:,?\s+(?:from|in|at|of|downstairs|upstairs|next\s+door)\b[^.!?]{0,40}|,?\s+(?:at\s+)?\(?\d[\d\s().-]{6,})?\s*[.!]?\s*$", re.IGNORECASE)


def _signature_names(text: str) -> Iterator[Span]:
    """A name alone in the last sentence, as a note is signed: "... I'm home all evening. Ruth, from
    12B.", "— Tomas". Only when something was said before it (a lone name is a vocative) and the
    name's first word is not a common word ("Talk soon.", "Take care.")."""
    spans = sentences(text)
    if len(spans) < 2:
        return
    start, end = spans[-1]
    if re.search(r"\b[ap]\.\s?m\.\s*$", text[:start], re.IGNORECASE):
        return  # "... seven a.m. to nine p.m. Central.": the full stop was an abbreviation's
    pos = start + re.match(r"[\s\-–—]*", text[start:end]).end()
    pos = _SIGN_OFF_RE.match(text, pos, end).end()
    words = _name_words(text, pos)
    if (words and len(words) <= 3 and text[words[0][0]:words[0][1]].lower() not in _common_words()
            and _SIGNATURE_TAIL_RE.match(text[words[-1][1]:end])):
        yield Span(text[words[0][0]:words[-1][1]], words[0][0], words[-1][1])


def _mid_sentence_names(text: str) -> Iterator[Span]:
    """A capitalised word a caller drops mid-sentence ("I ran into Marguerite"), unless its
    neighbours make it a place, a street, a pet or a business ("in Florida", "Maple Street")."""
    for start, end in sentences(text):
        for m in _WORD_RE.finditer(text, start, end):
            if m.start() == start or not text[start:m.start()].strip(" \"'(“"):
                continue  # sentence-initial capitals say nothing
            word = _strip_possessive(m.group(0))
            if (_is_name_word(word) and not word.isupper() and word.lower() not in _company_words()
                    and not _in_place_or_pet_position(text, m.start(), m.end())):
                yield Span(word, m.start(), m.start() + len(word))


def _is_pet_business(name: str) -> bool:
    """An animal-care business: "Juniper Veterinary Hospital", "Oak Row Animal Clinic" (``loose.pet_business``)."""
    return any(_strip_possessive(w).lower() in _loose("pet_business") for w in name.split())


def _introduces_itself(text: str, company: Span) -> bool:
    """Is the company the caller's own: said right after an introduction ("Hi, this is Fern Hill Vet", "Hi, Oak
    Row Animal Clinic calling", "this is Dr. Lee at Oak Row Animal Clinic", "it's Bo from Larkspur Vet"), not a
    place the caller is at or a shop named in passing ("I'm at the Paws Pet Store with ...")?"""
    before = text[:company.char_start]
    if _OPENING_INTRO_RE.search(before):
        return True
    if re.match(r"\s+calling\b", text[company.char_end:], re.IGNORECASE) and re.search(
            r"(?:^|[.!?]\s)\W*(?:(?:hi|hello|hey)\W+)*$", before, re.IGNORECASE):
        return True
    # "this is Dr. Lee at Oak Row Animal Clinic": the caller introduced, at or from the business
    return re.search(r"\b(?:this\s+is|it['’]s|my\s+name\s+is)\s+(?:[^.!?]|\b(?:dr|mr|mrs|ms|mx)\.)*?"
                     r"\b(?:at|from|with)\s+(?:the\s+)?$", before, re.IGNORECASE) is not None


# where an animal-care business's message names its patient: "Rocky is due for his booster", "Mochi's
# bloodwork", "Pepper needs her shots"
_PET_POSITION_AFTER_RE = re.compile(
    r"(?:\s+(?:is|was)\s+(?:now\s+)?(?:due|overdue|ready|all\s+(?:done|set))\b|\s+needs\s+(?:his|her|their|a|an)\b"
    r"|['’]s?\s+(?:annual\s+|yearly\s+|rabies\s+)?(?:blood\s*work|vaccines?|vaccinations?|shots?|boosters?|appointment"
    r"|checkup|check-up|exam|lab\s+results|x-rays?|dental\s+cleaning|grooming|surgery|prescription|medication|meds)\b)",
    re.IGNORECASE)


def _said_as_a_pet(text: str, name: Span, company: Span) -> bool:
    """In an animal-care business's own message, is a name said in passing its patient? Only in a pet's
    position ("X is due for", "X's bloodwork", "<the business> calling about X", "about your dog X"); a person told or asked ("tell X", "have X or Y
    call us") is never in one."""
    if _PET_POSITION_AFTER_RE.match(text, name.char_end):
        return True
    if (company.char_end <= name.char_start and re.search(r"\babout\s+$", text[:name.char_start], re.IGNORECASE)
            and not re.search(r"[.!?]", text[company.char_end:name.char_start])
            and not re.match(r"['’]", text[name.char_end:])):
        return True  # "Larkspur Vet calling about Pickles" (not "about Marta's invoice"): what the business's own
        # sentence is about
    pets = "|".join(re.escape(w) for w in sorted(_loose("pet_before")))
    return re.search(rf"\babout\s+(?:your|his|her|their)\s+(?:{pets})\W*$", text[:name.char_start], re.IGNORECASE) is not None


def _in_place_or_pet_position(text: str, start: int, end: int) -> bool:
    """Is the capitalised word at text[start:end] a place or pet by its neighbours? Part of a run of
    capitals ("Maple Street", "New York") is judged by the whole run."""
    while (prev := re.search(r"([A-Z][\w'’\-]*)\s+$", text[:start])) and _is_name_word(prev.group(1)):
        start = prev.start(1)
    while (nxt := re.match(r"\s+([A-Z][\w'’\-]*)", text[end:])) and not _is_place_word(nxt.group(1).rstrip(".")):
        end += nxt.end()
    # a list of streets or places said once for all: "past Quince, Laurel, and Hazel Streets"
    listed = end
    while nxt := re.match(r"(?:,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+)[A-Z][\w'’\-]*", text[listed:]):
        listed += nxt.end()
    if listed > end:
        if _is_place_word(_next_word(text, listed)):
            return True
    before = re.search(r"(\w+)\.?[\s,]+$", text[:start])
    after = re.match(r"\s+([A-Za-z]\w*)", text[end:])
    word_before = before.group(1).lower() if before else ""
    return (word_before in _loose("place_before") or word_before in _loose("pet_before")
            or word_before.isdigit()  # a house number: "41 Maple", "880 Orchard Lane"
            or _house_number_said_before(text, start)  # "... four hundred eighteen Alder"
            or (after is not None and _is_place_word(after.group(1))))


# a house number said in words, as speech and the recogniser give it: number words with "hundred" or
# "thousand" ("four hundred eighteen", "one thousand one hundred forty two") right before the capitalised word
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                r"hundred|thousand|oh|zero)")
_HOUSE_NUMBER_SAID_RE = re.compile(rf"\b{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD})+\s+$", re.IGNORECASE)
_HUNDREDS_RE = re.compile(r"\b(?:hundred|thousand)\b", re.IGNORECASE)
_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# ... never the end of a phone number: digits said one by one ("five five five oh one two three Dana")
_DIGITS_ONE_BY_ONE_RE = re.compile(rf"\b(?:oh|zero)\b|\b{_UNIT}[\s-]+{_UNIT}\b", re.IGNORECASE)


def _house_number_said_before(text: str, start: int) -> bool:
    """A number said with "hundred" or "thousand" right before the word: a house number ("four hundred
    eighteen Alder"). Two number words alone are as often a clock time or a count ("at eight thirty Dana
    calls"); those make a place only with a street word after the name (``_is_place_word``)."""
    m = _HOUSE_NUMBER_SAID_RE.search(text[max(0, start - 80):start])
    return (m is not None and _HUNDREDS_RE.search(m.group(0)) is not None
            and not _DIGITS_ONE_BY_ONE_RE.search(m.group(0)))


def _is_place_word(word: str) -> bool:
    """A word that follows a place's name, one or several ("Street", "Streets"); a recogniser may write
    a street's word in lower case ("Cedar street", "Fennel and Juniper roads"), which for the others
    ("park", "way", "court", "drive": "let Nina drive you") is too often another word."""
    if word[:1].islower():
        if word.lower() not in _STREET_WORDS and not (word.endswith("s") and word[:-1].lower() in _STREET_WORDS):
            return False
        word = word.capitalize()
    return word in _loose("place_after") or (word.endswith("s") and word[:-1] in _loose("place_after"))


# street words that are nothing else in lower case (not the verbs "drive", "park", "court")
_STREET_WORDS = frozenset({"street", "avenue", "road", "lane", "boulevard"})


@lexicon_cached
def _loose(key: str) -> frozenset[str]:
    """A [loose] word list of lexicon/names.toml; place_after keeps its capitals ("Street", "St")."""
    words = lexicon_list("names", f"loose.{key}")
    return frozenset(words) if key == "place_after" else frozenset(w.lower() for w in words)


def _name_list(text: str, pos: int, reader: "_WordReader | None" = None) -> Iterator[Span]:
    """Names starting at pos: "Jack and Jill", "David, Colleen, Maddie" (each its own Span)."""
    reader = reader or _CAPITALISED
    names: list[Span] = []
    while True:
        words = _name_words(text, pos, reader)
        if not words:
            break
        names.append(Span(text[words[0][0]:words[-1][1]], words[0][0], words[-1][1]))
        sep = _SEPARATOR_RE.match(text, words[-1][1])
        if not sep or not _name_words(text, sep.end(), reader):
            break
        pos = sep.end()
    if names and any(b.char_start <= names[0].char_start and names[-1].char_end <= b.char_end
                     for b in _business_runs(text)):
        return  # "Fur and Feather Animal Hospital", "Rivera Family Dental": one business, no people
    run_on = business_run_on(text, names[-1].char_end) if names else None
    if run_on is not None and not _title_follows(text, run_on):
        return  # "Orchard Lane property management": the recogniser capitalised only part of a business
        # (but "Dana Ortiz hospice nurse": the person, then their trade and title)
    if (len(names) > 1 and re.search(r"\b(?:and|&)\s*$|&", text[names[-2].char_end:names[-1].char_start])
            and any(_strip_possessive(w).lower() in _company_words() for w in names[-1].text.split())):
        return  # "Ames, Brill and Associates": partners' surnames listed into a firm's name
    yield from _without_companies(names)


# function words that open a new phrase: a business's name never runs on through them
_RUN_ON_STOPS = frozenset({"and", "or", "but", "at", "for", "in", "on", "to", "of", "from", "with", "by", "is", "are",
                           "was", "has", "have", "will", "can", "who", "where", "how", "here", "calling", "speaking"})


def business_run_on(text: str, end: int) -> Optional[int]:
    """Where a business name ends that runs on, in the same phrase, from a run of capitalised words
    ending at ``end`` into a business head word (``company_words``): "Orchard Lane property
    management", "Will opened Animal Hospital". A recogniser capitalises the part of a business's
    name it knows and writes the rest as common words. At most three words on, no punctuation or
    function word between; a head word that is something a person has ("office", "line", "desk":
    "Dana Ortiz office" is her office) does not count. None when the run does not go on into one."""
    pos = end
    owned = lexicon_pattern("names", "intro.possessed")
    for _ in range(3):
        m = re.match(r" ([A-Za-z][\w'’\-]*)", text[pos:])
        if not m or _CONTRACTION_RE.search(m.group(1)):
            return None
        word = _strip_possessive(m.group(1)).lower()
        if word in _company_words() and not owned.fullmatch(word):
            pos += m.end()
            while (more := re.match(r" ([A-Za-z][\w'’\-]*)", text[pos:])) and more.group(1).lower() in _company_words():
                pos += more.end()  # "... Animal Hospital"
            return pos
        if word in _RUN_ON_STOPS or word in {w.lower() for w in _not_names()}:
            return None
        pos += m.end()
    return None


# words that link a person to a firm ("Bill Smith With Sprocket Corp"): a business run starts after them
_LINKING_WORDS = frozenset({"with", "from", "at", "for", "in", "on", "calling", "here", "this", "is", "it's"})
# a run of capitalised words, maybe joined by "and", "&" or "of": "Fur and Feather Animal Hospital"
_CAPITALISED_NAME_RUN_RE = re.compile(r"[A-Z][\w'’\-]*(?:\s+(?:(?:and|&|of|the)\s+)?[A-Z][\w'’\-]*)*")


def _business_runs(text: str) -> Iterator[Span]:
    """Capitalised runs that end in a business head word ("Fins and Feathers Pet Clinic"): one company,
    so none of its words is a person."""
    for m in _CAPITALISED_NAME_RUN_RE.finditer(text):
        words = list(re.finditer(r"\S+", m.group(0)))
        heads = [i for i, w in enumerate(words) if _strip_possessive(w.group(0).strip(".")).lower() in _company_words()]
        # it ends in a head word or one before the last ("Sons Funeral Home"), or a head word is
        # joined to the rest: "Valley Towing and Salvage"
        if not heads or (heads[-1] < len(words) - 2
                         and words[heads[-1] + 1].group(0).lower() not in ("and", "&")):
            continue
        links = [w for w in words if w.group(0).lower() in _LINKING_WORDS]
        start = m.start() + (links[-1].end() + 1 if links else 0)
        yield Span(text[start:m.end()], start, m.end())


# a run of capitalised words, maybe with "of (the)" inside ("Office of Land Records"), not joined by "and":
# "Accounts Receivable and Marco" is a unit and a person
_UNIT_RUN_RE = re.compile(r"[A-Z][\w'’\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’\-]*)*")


def _unit_runs(text: str) -> Iterator[Span]:
    """Capitalised runs that end in a unit's word ("Claims Administration", "Accounts Receivable"): a unit of an
    organisation, so none of its words is a person said in passing."""
    for m in _UNIT_RUN_RE.finditer(text):
        if _is_unit(m.group(0)):
            yield Span(m.group(0), m.start(), m.end())


def _without_companies(names: list[Span]) -> Iterator[Span]:
    for name in names:
        if name.text.islower():
            # a plain transcript: only the main company words; no trade or unit reading (a caseless
            # "dana lock" / "jon clements" stays the person it was)
            if not any(w.lower() in _plain_company_words() for w in name.text.split()):
                yield name
        elif not any(w.lower() in _company_words() for w in name.text.split()) and not _is_unit(name.text):
            yield name


@lexicon_cached
def _plain_company_words() -> frozenset[str]:
    return lexicon_words("names", "company_words")


def _is_unit(name: str) -> bool:
    """Does the run end in a unit's word ("Accounts Receivable", "Land Records", "Claims Administration",
    "Member Services")? A unit of an organisation named as a proper name, no person. A unit's name is short or
    joined by "of" ("the Office of Land Records"); four capitalised words or more with no "of" are a person with
    a job title the recogniser wrote without a comma ("Dana Whitfield Regional Sales Manager"), not a unit."""
    words = name.split()
    if not words:
        return False
    if len(words) > 3 and not any(w.lower() == "of" for w in words):
        return False
    return _strip_possessive(words[-1]).lower() in _unit_words()


@lexicon_cached
def _unit_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon_list("names", "unit_words") + lexicon_list("names", "department_words"))


@dataclass(frozen=True)
class _WordReader:
    """How one word of a name looks: capitalised ("Dana"), or lower case in a plain transcript ("kev")."""
    word: re.Pattern
    is_name: Callable[[str], bool]
    next_word: re.Pattern  # a space and the start of another name word
    max_words: int
    alone: bool = False  # the name must end its clause: punctuation or the end of the text follows


def _is_lower_case_name_word(word: str) -> bool:
    w = word.lower()
    return (len(w) > 1 and w not in _common_words() and w not in _not_names()
            and not _CONTRACTION_RE.search(w) and not _NOT_NAME_SUFFIX_RE.search(w))


# endings of common words, never of first names or surnames ("raining", "situation", "payment")
_NOT_NAME_SUFFIX_RE = re.compile(r"(?:ing|tion|sion|ness|ment|able|ible|ful|ous)$")
# ... of abstract nouns that open a message as an exclamation ("Congratulations!", "Attention."): "-tion" and
# "-sion" end no name; "-ment" and "-ness" do ("Clement", "Furness"), so only their plurals count, and "-ing"
# is left out ("Jennings!" may be a surname)
_ABSTRACT_NOUN_RE = re.compile(r"(?:tion|sion)s?$|(?:ment|ness)s$")
# (a lambda: _is_name_word is defined further down)
_CAPITALISED = _WordReader(_WORD_RE, lambda w: _is_name_word(w), re.compile(r" [A-Z]"), _MAX_NAME_WORDS)
# a lower-case name is a first name and maybe a surname: "odalys varga"
_LOWER_CASE = _WordReader(re.compile(r"[a-z]+(?:['\-][a-z]+)*"), _is_lower_case_name_word, re.compile(r" [a-z]"), 2)
_LOWER_CASE_ALONE = _WordReader(_LOWER_CASE.word, _is_lower_case_name_word, re.compile(r"(?!)"), 1, alone=True)


def _name_words(text: str, pos: int, reader: _WordReader = _CAPITALISED) -> list[tuple[int, int]]:
    """(start, end) of the name words at pos, stopping at punctuation or a common word. A possessive
    before a business word ("Bella's Bakery", "Chief Joe's Auto Repair") names a business, no person;
    but after a title, what the person has may carry a word before it ("Dr. Ruiz's dental office")."""
    out: list[tuple[int, int]] = []
    ws = re.match(r"[ \t]*", text[pos:])
    pos += ws.end()
    while len(out) < reader.max_words:
        m = reader.word.match(text, pos)
        if not m:
            break
        word = _strip_possessive(m.group(0))
        if not reader.is_name(word) or (word.isupper() and len(word) > 1 and not out):
            break
        if word != m.group(0) and _company_word_follows(text, m.end(), _titled(text, out[0][0] if out else m.start())):
            return []  # "Bella's Bakery" names a business, not a person
        out.append((m.start(), m.start() + len(word)))
        if len(word) < len(m.group(0)) or not reader.next_word.match(text[m.end():m.end() + 2]):
            break  # a possessive or punctuation ends the name
        pos = m.end() + 1
    if reader.alone and out and not re.match(r"\s*(?:[,.!?;]|$)", text[out[-1][1]:]):
        return []
    return out


def _titled(text: str, start: int) -> bool:
    """Does an honorific ("Dr.", "Coach", "Officer") stand right before the name that starts at ``start``?"""
    before = re.search(r"([A-Za-z]+)\.?\s+$", text[max(0, start - 20):start])
    return before is not None and before.group(1).lower() in titles()


def _title_follows(text: str, pos: int) -> bool:
    """Is the word at pos a title or role ("nurse", "clerk", "agent": ``honorifics``)?"""
    word = _next_word(text, pos)
    return bool(word) and word.lower() in titles()


def _company_word_follows(text: str, pos: int, titled: bool = False) -> bool:
    """Is one of the next few words a company word ("'s Creek Baptist Church", "'s bakery")? After a titled
    person's name, what they have may carry a word before it: "Dr. Amari's dental office" is hers."""
    following = re.match(r"(?:\s+[\w&'’\-]+){1,4}", text[pos:])
    if not following:
        return False
    words = [w.lower() for w in following.group(0).split()]
    if words[0] in ("at", "from", "with"):
        return False  # "Dana's at Fernwood Studio": a name the recogniser wrote as a possessive, then where she is
    owned = lexicon_pattern("names", "intro.possessed")
    if titled and any(owned.fullmatch(w.strip(".,;:!?")) for w in words[1:3]):
        return False
    # "Dr. Mehta's office", "Joe's voicemail": what a person has, not a business
    return not owned.fullmatch(words[0]) and any(w in _company_words() for w in words)


# hesitations said between an introduction and the name: "it's, um, Tyler", "this is, uh, Dana"
_HESITATION_RE = re.compile(r"[\s,]*(?:(?:um+|uh+|erm|er|ah+|hmm+)\b[\s,.]*)+", re.IGNORECASE)


def _skip_title(text: str, pos: int) -> int:
    """Where the name after a cue starts: past hesitations and an honorific."""
    hesitation = _HESITATION_RE.match(text, pos)
    if hesitation:
        pos = hesitation.end()
    ws = re.match(r"[\s,]*", text[pos:])
    start = pos + ws.end()
    m = _honorific_re().match(text, start)
    return m.start() if m else pos


def _strip_possessive(word: str) -> str:
    return re.sub(r"['’]s?$", "", word)


_CONTRACTION_RE = re.compile(r"n['’]t|['’](?:ll|re|ve|d|m)\b", re.IGNORECASE)


def _is_name_word(word: str) -> bool:
    return (len(word) > 1 and word[0].isupper() and word.lower() not in _not_names()
            and word.lower() not in _kin_words() and not _CONTRACTION_RE.search(word))


@lexicon_cached
def _kin_words() -> frozenset[str]:
    """A kin word alone names a relation, no person ("it's Auntie", "Uncle says hi"); with a first name after
    it, see _kin_titled_names. (Not in _not_names: the audio path's unsure-name slots read that list as they did.)"""
    return lexicon_words("names", "kin_titles")


@lexicon_cached
def _not_names() -> frozenset[str]:
    return lexicon_words("names", "not_names") | lexicon_words("names", "honorifics")


@lexicon_cached
def _common_words() -> frozenset[str]:
    return frozenset(load_lexicon("common_words").get("words", "").lower().split())


def _company_words() -> frozenset[str]:
    """company_words and, in a transcript with capitals, the trade words (``trade_words``; a caseless transcript and
    the audio path's confidence check read company_words alone)."""
    return _all_company_words() if _TRADE_WORDS_ON.get() else _plain_company_words()


_TRADE_WORDS_ON: ContextVar[bool] = ContextVar("trade_words_on", default=True)


@lexicon_cached
def _all_company_words() -> frozenset[str]:
    return _plain_company_words() | lexicon_words("names", "trade_words")


def _overlap(a: Span, b: Span) -> bool:
    return a.char_start < b.char_end and b.char_start < a.char_end


# --- company -------------------------------------------------------------------------------------

_COMPANY_WORD_RE = re.compile(r"[A-Z0-9][\w&'’\-]*|(?:of|and|&|for|the)(?=\s+[A-Z])")


def find_company(text: str, names: list[Span]) -> Optional[Span]:
    """The first company said: after "thank you for calling" / "welcome to", or after a name ("Mark from Acme")."""
    candidates = []
    run = _opening_run(text)
    if run is not None and _is_company(run):
        candidates.append(run)
    units = [m.span() for m in lexicon_pattern("names", "company.after_unit").finditer(text)]
    for m in lexicon_pattern("names", "company.openers", "company.after_unit").finditer(text):
        company = _clause_name_at(text, m.end()) or _name_after_slogan(text, m.end())
        if company is not None and not any(_overlap(company, n) for n in names):
            candidates.append(company)
    for cue_list, accept in (
                             ("company.after_name", lambda c, m: _is_company(c) or _follows_name(text, m.start(), names)),
                             ("company.if_company_word", lambda c, m: _is_company(c))):
        for m in lexicon_pattern("names", cue_list).finditer(text):
            company = _company_words_at(text, m.end())
            if company is not None and not any(_overlap(company, n) for n in names) and accept(company, m):
                candidates.append(company)
    for name in names:
        comma = re.match(r",\s*", text[name.char_end:])
        company = _company_words_at(text, name.char_end + comma.end()) if comma else None
        if company is not None and _is_company(company):
            candidates.append(company)
    candidates = [c for c in candidates if not any(a <= c.char_start < b for a, b in units)]
    if not candidates:
        candidates = [c for c in _caseless_businesses(text, units) if not any(_overlap(c, n) for n in names)]
    return min(candidates, key=lambda s: s.char_start) if candidates else None


def find_business_named(text: str, names: list[Span]) -> Optional[Span]:
    """The first capitalised run that ends in a business word and has a word of its own ("this line now
    rings for Eastbrook Dental"): in a greeting, the business whose line it is, said without a cue."""
    for run in _business_runs(text):
        words = run.text.split()
        if _is_business_with_an_own_word(words) and not any(_overlap(run, n) for n in names):
            return run
    return None


def _caseless_businesses(text: str, units: list[tuple[int, int]]) -> Iterator[Span]:
    """Businesses said where a company is named, written without capitals: a recogniser capitalises
    the names it knows and writes the others as plain words ("thanks for calling linden row
    dental", "you've reached the billing office at kestrel point bank", "Marlow seed and supply.").

    Read only when no capitalised company was found, at the company cues and at the start of the
    text: a run of words up to a business head word (``company_words``), cut at punctuation or a
    function word, with a word of its own (not a business word, not a word that is never a name:
    "the billing department" and "our main office" are units, not names)."""
    positions = [0] + [e for _, e in units] + [m.end() for m in lexicon_pattern(
        "names", "company.openers", "company.if_company_word", "company.after_name").finditer(text)]
    for pos in sorted(set(positions)):
        company = _caseless_business_at(text, pos)
        if company is None or any(a <= company.char_start < b for a, b in units):
            continue
        if pos == 0 and not _AFTER_OPENING_RUN_RE.match(text, company.char_end):
            continue  # said bare at the start, it is the whole clause: "Marlow seed and supply."
        yield company


_CASELESS_WORD_RE = re.compile(r"\s*([A-Za-z][a-z'’\-]*|&)")
_CASELESS_LINKS = frozenset({"and", "&", "of"})


def _caseless_business_at(text: str, pos: int) -> Optional[Span]:
    # "the" may open a business's name; "a"/"an" open a description ("at an electronics store")
    lead = re.match(r"\W*(?:(?:hi|hello|hey)\W+)?(?:the\s+)?", text[pos:], re.IGNORECASE)
    pos += lead.end()
    words: list[tuple[int, int]] = []
    end = pos
    while len(words) < 6:
        m = _CASELESS_WORD_RE.match(text, end)
        word = m.group(1) if m else ""
        if (not m or _CONTRACTION_RE.search(word) or (word.lower() in _CASELESS_LINKS and not words)
                or (not words and _strip_possessive(word).lower() in _not_names())
                or (word.lower() not in _CASELESS_LINKS and _CLAUSE_STOP_RE.match(" " + word))):
            break
        words.append(m.span(1))
        end = m.end()
    plain = [_strip_possessive(text[a:b]).lower() for a, b in words]
    heads = [i for i, w in enumerate(plain) if w in _company_words()]
    if not heads:
        return None
    last = heads[-1]
    kept = [w for w in plain[:last + 1] if w not in _CASELESS_LINKS]
    if not any(w not in _company_words() and w not in _common_words() for w in kept):
        return None
    start, stop = words[0][0], words[last][1]
    return Span(text[start:stop], start, stop)


# words that end a business name said after "thank you for calling" when no punctuation does
_CLAUSE_STOP_RE = re.compile(r"\s+(?:and(?!\s+[A-Z])|calling|speaking|here|where|we|we're|you|your|today|how|this|I|I'm|please|at|for|in|on|to|is|are|has|our)\b", re.IGNORECASE)


def _clause_name_at(text: str, pos: int) -> Optional[Span]:
    """"Thank you for calling Sunny day florists." -> the rest of the clause, which the recogniser may not
    capitalise; it must start with a capital and is cut at punctuation or a function word."""
    rest = re.match(r"\s*([A-Z][^.,;:!?\n]*)", text[pos:pos + 80])
    if not rest:
        return None
    name = rest.group(1)
    stop = _CLAUSE_STOP_RE.search(name)
    name = (name[:stop.start()] if stop else name).strip()
    words = name.split()
    if not words or len(words) > 8 or (words[0].lower() in _not_names() and not _is_institution_of(words)
                                       and not _is_business_with_an_own_word(words)):
        return None
    start = pos + rest.start(1)
    return Span(name, start, start + len(name))


def _name_after_slogan(text: str, pos: int) -> Optional[Span]:
    """"Thanks for calling 1-800-UNCLOG, Garver Drain.", "... the home of the five dollar footlong,
    Harbor Sub Shop": a vanity number or a slogan first, then, after a comma in the same sentence, the
    business's own name."""
    _, sentence_end = sentence_around(text, pos)
    vanity = re.match(r"\s*(?:1[\s-]?)?\d{3}[\s-]?[\dA-Z]{3,4}[\s-]?[\dA-Z]{0,4}\s+(?=[A-Z])", text[pos:sentence_end])
    comma = re.match(r"[^,.!?;]{1,60},\s*", text[pos:sentence_end])
    return _clause_name_at(text, pos + (vanity or comma).end()) if vanity or comma else None


def _company_words_at(text: str, pos: int) -> Optional[Span]:
    ws = re.match(r"\s*", text[pos:])
    pos += ws.end()
    end = pos
    words = []
    while True:
        m = _COMPANY_WORD_RE.match(text, end)
        if not m or len(words) >= 7:
            break
        if m.group(0) == "for" and words and (_strip_possessive(words[-1]).lower() in _company_words()
                                              or _is_unit(words[-1])):
            break  # "Third Harbor Bank for Corey Lindgren", "the Office of Land Records for Corey Lindgren":
            # the business or its unit, then whom the call is for
        words.append(m.group(0))
        end = m.end()
        nxt = re.match(r" (?=[A-Z0-9&]|(?:of|and|for|the) [A-Z])", text[end:])
        if not nxt:
            break
        end += 1
    while words and words[-1].lower() in ("of", "and", "&", "for", "the"):
        words.pop()
    while words and words[0].lower() in ("the", "of", "and", "&", "for"):
        pos += len(words.pop(0)) + 1  # "the Ridgeview Housing Authority" is named without its article
    if not words or words[0][0].isdigit() or (words[0].lower() in _not_names()
                                               and not _is_business_with_an_own_word(words)):
        return None
    span_text = text[pos:pos + len(" ".join(words))]
    run_on = None if _is_company(Span(span_text, pos, pos)) else business_run_on(text, pos + len(span_text))
    if run_on is not None:  # "Orchard Lane property management"
        span_text = text[pos:run_on]
    return Span(span_text.rstrip(".,"), pos, pos + len(span_text.rstrip(".,")))


def _is_institution_of(words: list[str]) -> bool:
    """"Department of Fish and Game", "Office of the Registrar": a business word that is no name on its
    own opens an "X of Y" name."""
    return len(words) >= 3 and words[0].lower() in _company_words() and words[1] == "of"


def _is_business_with_an_own_word(words: list[str]) -> bool:
    """"Good Shepherd Church", "Happy Paws Grooming", "First Harbor Bank": a business whose name opens
    with a word that is no name on its own. It needs a business word and a word of its own (not a
    common word, a business word or a word that is never a name): "Customer Service", "Main Office"
    and "Front Desk Staff" are units, not names."""
    plain = [_strip_possessive(w).lower() for w in words if w.lower() not in ("of", "and", "&", "for", "the")]
    return (any(w in _company_words() for w in plain)
            and any(w not in _company_words() and w not in _common_words() and w not in _not_names() for w in plain))


def _is_company(span: Span) -> bool:
    return any(_strip_possessive(w).lower() in _company_words() for w in span.text.split()) or span.text.isupper()


def _follows_name(text: str, pos: int, names: list[Span]) -> bool:
    start, _ = sentence_around(text, pos)
    return any(start <= n.char_end <= pos for n in names)
