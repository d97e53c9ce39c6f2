"""Alternative contacts (someone to reach now) and out-of-office notices with their return date."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from ..model import AltContact, Kind, OutOfOffice, PhoneNumber
from ..numwords import DIGIT_WORDS, SOUNDALIKE_DIGITS
from .dates import find_date
from .lexicon import lexicon_pattern
from .text import sentence_around, sentences

ALT_KINDS = ("operator", "colleague", "phone", "email", "website", "other")
# how far before a number its cue ("call", "dial") may sit, in characters
_NUMBER_CUE_REACH = 60
# words between a return cue and its date
_DATE_LEAD_RE = re.compile(r"[\s,]*(?:(?:in|at)\s+(?:the|my|our)\s+(?:office|desk|shop|studio)\s+)?(?:the\s+week\s+of\s+)?(?:(?:after|following)\s+(?:the\s+)?[\w']+(?:\s+[\w']+)?\s*,?\s+(?=on\b|the\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d))?(?:on\s+)?", re.IGNORECASE)


# In a left message every way it offers to answer it ("email me", "text me", a number, "visit our
# website", an automated message's "press 1 to speak to an agent", "dial zero from your room", "if
# this is an emergency, dial 911", "if I don't pick up, try Marcus instead") is the message's own
# channel (`caller_contact`): `alt_contact` is a greeting's fact, the mailbox owner telling any
# caller how to reach someone now, so a left message never has one. A greeting's website, portal or
# app is where callers help themselves, not someone to reach now (`self_service`).
# A press-N menu item whose option only leads to the phone system (tracking, paying a bill, hearing the
# options again: ``alt_contact.automated``) is self-service too (`menu`), not someone to reach now.
_SELF_SERVICE_KINDS = ("website", "menu")
# a menu item: "press 1 for ...", "press 2 to ...", "for ..., press 3", "to ..., press 4"
_MENU_AFTER_RE = re.compile(r"(?:press|dial|hit|push)\s+\S+\s+(?:for|to)$", re.IGNORECASE)
_MENU_BEFORE_RE = re.compile(r"(?:for|to)\b(.*?),?\s+(?:press|dial)\s+\S+$", re.IGNORECASE | re.DOTALL)
_OPTION_END_RE = re.compile(r"[^.,;!?]*")


def find_contacts(text: str, kind: Kind, phone_numbers: list[PhoneNumber],
                  kind_sure: bool = True) -> tuple[list[AltContact], list[AltContact], list[AltContact]]:
    """(alternative contacts, the message's own channels, a greeting's self-service routes). A
    greeting has no channels of its own; a left message has no alternative contact nor self-service. When the kind is unsure (the cues for greeting and
    message were close), a number counts as a way to reach someone now only when the speaker tells
    the listener to use it ("call the front desk at ..."), not when it is merely stated ("the office
    number is ..."): a message read as a greeting states its caller's numbers that way."""
    found = _contacts(text, kind, phone_numbers, kind_sure)
    if kind != "message":
        return ([a for a in found if a.kind not in _SELF_SERVICE_KINDS], [],
                [a for a in found if a.kind in _SELF_SERVICE_KINDS])
    return [], found, []


def _contacts(text: str, kind: Kind, phone_numbers: list[PhoneNumber], kind_sure: bool = True) -> list[AltContact]:
    found: list[AltContact] = []
    for alt_kind, key in [(k, k) for k in ALT_KINDS] + [("colleague", "colleague_added")]:
        for m in lexicon_pattern("contacts", f"alt_contact.{key}").finditer(text):
            if alt_kind == "colleague" and not _asked_for_a_person(m):
                continue
            # the subject test reads only the issue-18 routes: what the older patterns find stays as it was
            if _not_a_route(text, m.start(), by_subject=key == "colleague_added"):
                continue
            found.append(AltContact(alt_kind, m.group(0), m.start(), m.end()))
    found = [_menu_item(text, a) if a.kind == "operator" else a for a in found]
    if kind == "greeting":
        # in a greeting a number to "call" is someone to reach now
        found += [a for a in (_number_contact(text, n, kind_sure) for n in phone_numbers) if a is not None]
    # overlaps are settled before a message's own channels are set apart, so the domain of the
    # caller's spoken e-mail ("lou at pinecrest dot com") does not come back as a website
    return _distinct(found, text)


# where the clause of a contact phrase starts: a sentence or clause mark, or a word that opens a clause
# ("and", "so", "or", "if", ...; "please" opens an imperative). Only the words from there to the phrase are read.
_CLAUSE_MARK = r"[.!?;:,\u2014]|\s-\s|\b(?:and|but|so|or|because|if|unless|when|whenever|while|please|kindly)\b"
_CLAUSE_MARK_RE = re.compile(_CLAUSE_MARK, re.IGNORECASE)
# the last clause mark before the phrase
_CLAUSE_OPENER_RE = re.compile(rf"(?:{_CLAUSE_MARK})(?!.*(?:{_CLAUSE_MARK}))", re.IGNORECASE | re.DOTALL)
# a condition's clause: a "not" or a subject there is the condition's own ("if we're closed call my assistant",
# "if you do not know the extension press zero")
_CONDITION_OPENER_RE = re.compile(r"(?:if|unless|when|whenever|while)$", re.IGNORECASE)
# a "no" that governs the contact verb: right before it, or with an adverb or "be able to" between ("please do not
# dial ...", "calls cannot transfer to ...", "don't ever call me at ..."); a "not" further back belongs to
# another verb ("not using this cell much these days dial my work line ..." said with no stops), and "don't
# hesitate to" is a yes
_NEGATION_RE = re.compile(
    r"\b(?:(?<!why\s)not|never|no\s+longer|(?:do|does|did|can|could|should|would|wo|is|are)n['’]?t|cannot|dont|wont|cant)"
    r"(?:\s+(?:ever|really|even|just|please|bother\s+to|try\s+to|need\s+to|have\s+to|be\s+able\s+to))*\s*$",
    re.IGNORECASE)


# the speaker (or another than the caller) as the subject that governs the contact verb: the phrase is their own plan
# ("I will then talk to my team", "we usually talk to our team first", "I'd be glad to direct your questions", "our
# agents talk to their supervisor", "when I get your message I'll talk to my team"), not a route offered to the
# caller. Only modals, adverbs and "going to / need to / be glad to / then / first" may stand between; never "you"
# ("we ask that you contact ...", "I'd ask you to call ...") nor any other word ("im out today call my assistant")
_OWN_SUBJECT_RE = re.compile(
    r"(?:^|(?<=\s))(?:(?:i|we|they|he|she)(?:['’](?:ll|d|m|re|ve))?|ill|im|ive|id|were|theyll|theyre|hell|shell"
    r"|(?:our|my|their)\s+[\w-]+)"
    r"(?:\s+(?:will|would|shall|should|can|could|may|might|must|wil|usually|normally|typically|generally|always|often"
    r"|also|just|then|first|personally|gladly|happily|probably|definitely|certainly|be|am|are|is|going\s+to|gonna"
    r"|need\s+to|needs\s+to|have\s+to|has\s+to|want\s+to|plan\s+to|(?:glad|happy|able|pleased)\s+to))*\s*$",
    re.IGNORECASE)
# a purpose after what the caller leaves: "leave your number to talk with our team about an estimate"
# (and runs over "and": "leave your name and number to ...", not over "or"/"but"/"so"/"please", "leave a message or
# feel free to call my assistant")
_PURPOSE_RE = re.compile(r"\b(?:leave|leaving|record)\s+(?:(?!(?:or|but|so|please|then)\b)[\w'’-]+\s+){0,6}?to\s*$",
                         re.IGNORECASE)


def _not_a_route(text: str, pos: int, by_subject: bool = False) -> bool:
    """The contact phrase at ``pos`` gives the caller no one to reach: negated in its clause ("please don't
    dial extension 12", "don't call me at ...", "calls cannot transfer to ...") or, with ``by_subject``, the
    speaker's own plan ("I will then talk to my team") or the purpose of leaving a number."""
    sentence_start, _ = sentence_around(text, pos)
    before = text[sentence_start:pos]
    opener = _CLAUSE_OPENER_RE.search(before)
    clause = before[opener.end():] if opener else before
    condition = opener is not None and _CONDITION_OPENER_RE.fullmatch(opener.group(0))
    if not condition and _NEGATION_RE.search(clause):
        return True
    if not by_subject:
        return False
    # (in a condition's clause too: "when I get your message I'll talk to my team" is the speaker's plan)
    if _OWN_SUBJECT_RE.search(clause):
        return True
    return _PURPOSE_RE.search(before) is not None


def _asked_for_a_person(m: re.Match) -> bool:
    """A colleague asked for by a lower-case word ("ask for handle or at our main number": a name misheard)
    is one only when the word is no common word nor a service a desk gives ("ask for directions at the
    front desk")."""
    asked = m.groupdict().get("asked")
    if not asked or asked[0].isupper():
        return True
    from .names import _common_words

    word = asked.lower()
    return (word not in _common_words() and word.rstrip("s") not in _common_words()
            and not lexicon_pattern("contacts", "alt_contact.automated").fullmatch(word)
            and not lexicon_pattern("contacts", "alt_contact.other").fullmatch(word))


def _menu_item(text: str, contact: AltContact) -> AltContact:
    """A menu item ("press 1 for order tracking", "for account balances, press 2") whose option only
    leads to the phone system's own service is self-service (`menu`); any other stays an operator."""
    before = _MENU_BEFORE_RE.match(contact.text)
    if before is not None:
        option = before.group(1)
    elif _MENU_AFTER_RE.search(contact.text):
        option = _OPTION_END_RE.match(text, contact.char_end).group(0)
    else:
        return contact
    if lexicon_pattern("contacts", "alt_contact.automated").search(option):
        return AltContact("menu", contact.text, contact.char_start, contact.char_end)
    return contact


def _number_contact(text: str, number: PhoneNumber, kind_sure: bool = True) -> Optional[AltContact]:
    start = _lead_in_start(text, number.char_start)
    before = text[start:number.char_start]
    # the line the caller dialled ("you've reached ...", "my number is") is no one else's, unless a
    # contact verb comes after it: "you've reached Dana, this phone is dying, so try my work line, ..."
    own = None
    own_cues = ("alt_contact.own_number_cues",) if kind_sure else ("alt_contact.own_number_cues", "alt_contact.caller_line_cues")
    for own in lexicon_pattern("contacts", *own_cues).finditer(before):
        pass
    if own is not None:
        start += own.end()  # and only a verb after it tells the listener to use the number, not "at"
    lead_in = text[max(start, number.char_start - _NUMBER_CUE_REACH):number.char_start]
    lead_at = number.char_start - len(lead_in)
    # a country code's "plus" said before the digits the number reader kept ("my mobile is plus one, 212 ...")
    lead_in = _PLUS_BEFORE_RE.sub("", lead_in)
    if kind_sure and own is None:
        cues: tuple[str, ...] = ("alt_contact.number_cues",)
    else:  # a contact verb, or another line named as such ("the shop line is ...") when nothing marked it as our own
        cues = ("alt_contact.number_verbs",) if own is not None else ("alt_contact.number_verbs", "alt_contact.other_line_stated")
    found = list(lexicon_pattern("contacts", *cues).finditer(lead_in))
    if not found:
        return None
    # a negated verb in the number's own clause: "please don't call me at 555-0177 any more" (not "don't use my
    # old line, call me at ...")
    if any(_not_a_route(text, lead_at + m.start()) and not _CLAUSE_MARK_RE.search(lead_in, m.end())
           for m in found):
        return None
    return AltContact("phone", number.text, number.char_start, number.char_end)


_PLUS_BEFORE_RE = re.compile(r"(?:\+|\bplus)\s*$", re.IGNORECASE)


# what may stand between a sentence's start and a number that opens it: digit words the number
# reader left out ("Oh, six, five five five ..."), fillers
_NUMBER_OPENING_RE = re.compile(r"(?:[\s,.:;\-]|\b(?:%s|um|uh|so)\b)*" % "|".join(DIGIT_WORDS + tuple(SOUNDALIKE_DIGITS)),
                                re.IGNORECASE)


def _lead_in_start(text: str, pos: int) -> int:
    """Where the words that lead in to the number at ``pos`` start: its sentence, or the one before
    when the number opens its sentence. A recogniser often ends a sentence where the speaker paused
    before the digits ("call Tobias at area code. Two oh six, ...", "try my work line instead. Five
    five five ..."): the cue is the previous sentence's last words."""
    start, _ = sentence_around(text, pos)
    if start > 0 and _NUMBER_OPENING_RE.fullmatch(text[start:pos]):
        previous, _ = sentence_around(text, max(0, len(text[:start].rstrip(" .!?;:")) - 1))
        if _ENDS_IN_NUMBER_CUE_RE.search(text[previous:start]):  # not "please call again. 555-0134 is our fax"
            start = previous
    return start


# a sentence that leads in to a number the recogniser put after its full stop ends where the number would
# stand: a contact verb and whom or what to reach, "at"/"on", a line ("area code", "my work line", "workline"), then at
# most an adverb ("instead", "directly")
_ENDS_IN_NUMBER_CUE_RE = re.compile(
    r"(?:\b(?:(?:call|dial|text|reach|contact|try|ring|phone)(?:\s+(?:me|us|him|her|them))?|at|on|is|extension|desk|office"
    r"|(?-i:[A-Z])[\w'’-]+)|(?:number|line|code|cell|phone))(?:\s+(?:instead|directly|anytime|please|now))?\W*$",
    re.IGNORECASE)


def _distinct(contacts: list[AltContact], text: str) -> list[AltContact]:
    """Overlapping hits are one contact (the longest); hits of one kind that touch ("press zero to"
    + "reach our front desk") are one phrase."""
    out: list[AltContact] = []
    for c in sorted(contacts, key=lambda c: (-(c.char_end - c.char_start), c.char_start)):
        if all(c.char_end <= o.char_start or c.char_start >= o.char_end for o in out):
            out.append(c)
    joined: list[AltContact] = []
    for c in sorted(out, key=lambda c: c.char_start):
        last = joined[-1] if joined else None
        if last is not None and last.kind == c.kind and not text[last.char_end:c.char_start].strip():
            joined[-1] = AltContact(c.kind, text[last.char_start:c.char_end], last.char_start, c.char_end)
        else:
            joined.append(c)
    return joined


def find_out_of_office(text: str, today: _dt.date, kind: Kind = "greeting") -> Optional[OutOfOffice]:
    cue_lists = ("ooo.cues", "ooo.closure_cues") if kind == "greeting" else ("ooo.cues",)
    cue = lexicon_pattern("contacts", *cue_lists).search(text)
    if cue is None:
        return None
    returning = _return_phrase(text, cue.start(), today)
    if returning is None:
        return OutOfOffice(None, None, cue.start(), cue.end())
    phrase, date, start, end = returning
    return OutOfOffice(phrase, date, min(cue.start(), start), max(cue.end(), end))


def _return_phrase(text: str, pos: int, today: _dt.date) -> Optional[tuple[str, _dt.date, int, int]]:
    """The return cue + date in the notice's sentence or the one after ("... until Monday, March 9th").

    A day said with "back" or "return" wins over the end of the absence ("away from 3/2 through
    3/9 and back at my desk on 3/11"); an absence "through Monday" ends with a return on Tuesday.
    """
    spans = sentences(text)
    here = next((i for i, (a, b) in enumerate(spans) if a <= pos < b), 0)
    found_any: list[tuple[bool, str, _dt.date, int, int]] = []
    for start, end in spans[here:here + 2]:
        sentence = text[start:end]
        for cue in lexicon_pattern("contacts", "ooo.return_cues").finditer(sentence):
            # the date follows the cue, maybe after "on" or a named occasion: "returning on the 9th",
            # "back after the holidays, on Monday, May 4th" (the date, not the holiday, is the return)
            lead = _DATE_LEAD_RE.match(sentence[cue.end():]).end()
            found = find_date(sentence[cue.end():cue.end() + lead + 40], today)
            if found and found[1] <= lead:
                date, _, d_end = found
                if _THROUGH_RE.fullmatch(cue.group(0)):
                    date += _dt.timedelta(days=1)
                phrase_end = start + cue.end() + d_end
                strong = _RETURN_WORD_RE.search(cue.group(0)) is not None
                found_any.append((strong, text[start + cue.start():phrase_end], date, start + cue.start(), phrase_end))
    if not found_any:
        return None
    best = next((f for f in found_any if f[0]), found_any[0])
    return best[1:]


_THROUGH_RE = re.compile(r"through|thru", re.IGNORECASE)
_RETURN_WORD_RE = re.compile(r"\b(?:back|return\w*|re-?open\w*)\b", re.IGNORECASE)
