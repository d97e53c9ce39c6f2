"""The fact readers' entry points (``greetlint.facts`` gives them; see its docstring)."""
from __future__ import annotations

import dataclasses
import re
import datetime as _dt
from functools import lru_cache
from typing import Optional, TypeVar

from ..model import (AltContact, Callback, CallbackPhrase, Facts, Kind, OutOfOffice, PhoneNumber, Span, Transcript,
                     UnclearNumber)
from . import kind as _kind
from .callback import callback_window, find_callback
from .confidence import number_confidence, respelled_compounds, unclear_numbers, unsure_name, unsure_opening, word_confidence
from .contacts import find_contacts, find_out_of_office
from .lexicon import Lexicon, current, load_lexicon, using
from .message import find_purpose, find_thanks
from .names import find_names_and_company
from .normalize import NormalizedText, normalize
from .numbers import find_extensions, find_phone_numbers
from .phrases import (count_digits_said, find_after_hours, find_business_cues, find_cliches, find_fillers,
                      find_repeated_sentences, find_trivia)
from .text import sentence_around

__all__ = ["Lexicon", "detect_kind", "extract_facts", "kind_confidence", "load_lexicon"]


def _normalized(transcript: Transcript) -> NormalizedText:
    """``normalize(transcript.text, respelled_compounds(transcript))`` under the lexicon in force,
    computed once for the last few transcripts (both are frozen values: the key is what they are): the
    pipeline asks detect_kind, kind_confidence and extract_facts about the same transcript in turn."""
    key = (current(), transcript)
    try:
        hash(key)
    except TypeError:  # words given as a list: nothing to key on
        return normalize(transcript.text, respelled_compounds(transcript))
    return _normalized_under(*key)


@lru_cache(maxsize=8)
def _normalized_under(lexicon: Lexicon, transcript: Transcript) -> NormalizedText:
    """`lexicon`: the one in force (``current()``), in the key only; the readers read it themselves."""
    return normalize(transcript.text, respelled_compounds(transcript))


def detect_kind(transcript: Transcript, lexicon: Optional[Lexicon] = None) -> Kind:
    with using(lexicon):
        return _kind.detect_kind(_normalized(transcript).text)


def kind_confidence(transcript: Transcript, lexicon: Optional[Lexicon] = None) -> str:
    """"unsure" when the cues for greeting and message are close (see :mod:`.kind`)."""
    with using(lexicon):
        return _kind.kind_confidence(_normalized(transcript).text)


def extract_facts(transcript: Transcript, kind: Kind, today: _dt.date, lexicon: Optional[Lexicon] = None,
                  kind_sure: bool = True) -> Facts:
    """The facts of ``transcript`` read as ``kind``. ``kind_sure=False`` (a detected kind whose cues
    were close) makes the readers that only a greeting has careful: see :func:`.contacts.find_contacts`."""
    with using(lexicon):
        return _extract_facts(transcript, kind, today, kind_sure)


def _company_beside(text: str, company: Optional[Span], name: Span) -> Optional[Span]:
    """The company once a name heard unsure is taken out of it: what follows the name and its link
    word ("<name> with Keystone Mutual Insurance"), or none when the company was only the name."""
    if company is None or not (name.char_start < company.char_end and company.char_start < name.char_end):
        return company
    rest = re.match(r"[\s,]*(?:(?:with|from|at|calling|of)\s+)?(?:the\s+)?", text[name.char_end:company.char_end], re.IGNORECASE)
    start = name.char_end + rest.end()
    return Span(text[start:company.char_end], start, company.char_end) if start < company.char_end else None


def _extract_facts(transcript: Transcript, kind: Kind, today: _dt.date, kind_sure: bool = True) -> Facts:
    norm = _normalized(transcript)
    text = norm.text
    names, company = find_names_and_company(text, kind)
    phone_numbers = find_phone_numbers(text)
    purpose = find_purpose(text) if kind == "message" else None
    alt_contacts, caller_contacts, self_service = find_contacts(text, kind, phone_numbers, kind_sure)
    restore = norm.restore
    extensions = find_extensions(text)
    unclear = unclear_numbers(text, phone_numbers, [(e.char_start, e.char_end) for e in extensions]) if transcript.timed else []
    names = [restore(n) for n in names]
    unsure = []
    if transcript.timed and not names:
        # a name the recogniser wrote as common words; a company may be said besides it ("you've
        # reached <name> at <company>"), so only the company's own words are no name slot
        heard = unsure_name(transcript.text, transcript, _maybe(restore, company))
        if heard is not None:
            names, unsure = [heard], [heard]
            company = _company_beside(transcript.text, _maybe(restore, company), heard)
    ooo = find_out_of_office(text, today, kind)  # one reading, for the fact and for the callback's return date
    facts = Facts(
        names=names,
        company=company if unsure else _maybe(restore, company),
        phone_numbers=[_restore_number(norm, n) for n in phone_numbers],
        extensions=[_restore_keep_text(norm, e) for e in extensions],
        callback=_with_window(_restore_callback(norm, find_callback(text, today, ooo, kind)), today),
        alt_contact=[_restore_spanned(norm, a) for a in alt_contacts],
        caller_contact=[_restore_spanned(norm, a) for a in caller_contacts],
        self_service=[_restore_spanned(norm, a) for a in self_service],
        # out-of-office is the mailbox's away notice: a caller's own trip ("I'll be in town the week
        # of the 17th") dates their promise to call again, but is no such notice
        ooo=_maybe(lambda o: _restore_ooo(norm, o), ooo) if kind != "message" else None,
        purpose_stated=(purpose is not None) if kind == "message" else None,
        purpose=_maybe(restore, purpose),
        thanks=_maybe(restore, find_thanks(text)),
        word_count=len(transcript.words),
        unsure_names=unsure,
    )
    if transcript.timed and not facts.names and not facts.company:
        facts.unsure_opening = unsure_opening(transcript)
    said = transcript.text  # the phrase findings read the words as said (spans index them directly)
    facts.alt_contact_sentence = _sentence_around(said, facts.alt_contact[0]) if facts.alt_contact else None
    facts.digits_said = count_digits_said(said)
    facts.fillers = find_fillers(said)
    facts.trivia = find_trivia(said)
    facts.cliches = find_cliches(said)
    facts.business_cues = find_business_cues(said)
    facts.after_hours = find_after_hours(said)
    numbers = [(n.char_start, n.char_end) for n in facts.phone_numbers] + [r for n in facts.phone_numbers for r in n.repeats]
    facts.repeated_sentences = find_repeated_sentences(said, numbers)
    if transcript.timed:  # how sure the recogniser was of each fact's words
        for n in facts.phone_numbers:
            n.confidence = number_confidence(transcript, n.char_start, n.char_end)
        facts.name_confidence = [word_confidence(transcript, s.char_start, s.char_end) for s in facts.names]
        for u in unclear:
            span = restore(Span(u.text, u.char_start, u.char_end))
            facts.unclear_numbers.append(UnclearNumber(span.text, span.char_start, span.char_end,
                                                       number_confidence(transcript, span.char_start, span.char_end)))
    return facts


def _with_window(callback: Callback, today: _dt.date) -> Callback:
    """A specific promise's window words ("by 5 p.m. today") as a span of the transcript."""
    if callback.cls != "specific" or not callback.phrase or callback.char_start is None:
        return callback
    found = callback_window(callback.phrase, today)
    if found is None:
        return callback
    _hours, start, end = found
    window = Span(callback.phrase[start:end], callback.char_start + start, callback.char_start + end)
    return dataclasses.replace(callback, window=window)


def _sentence_around(text: str, contact: AltContact) -> Optional[Span]:
    start, end = sentence_around(text, contact.char_start)
    return Span(text[start:end], start, end) if text[start:end].strip() else None


def _maybe(fn, value):
    return None if value is None else fn(value)


def _restore_keep_text(norm: NormalizedText, span: Span) -> Span:
    """Move a span whose text is not a slice (extension digits) back to the original text."""
    start, end = norm.original_span(span.char_start, span.char_end)
    return Span(span.text, start, end)


_Spanned = TypeVar("_Spanned", PhoneNumber, CallbackPhrase, AltContact)


def _restore_spanned(norm: NormalizedText, fact: _Spanned, **changes) -> _Spanned:
    """A fact read with its text and span (a phone number, a callback phrase, a contact) moved back to the
    original text, with ``changes`` made too."""
    span = norm.restore(Span(fact.text, fact.char_start, fact.char_end))
    return dataclasses.replace(fact, text=span.text, char_start=span.char_start, char_end=span.char_end, **changes)


def _restore_number(norm: NormalizedText, number: PhoneNumber) -> PhoneNumber:
    return _restore_spanned(norm, number, repeats=[norm.original_span(a, b) for a, b in number.repeats])


def _restore_callback(norm: NormalizedText, callback: Callback) -> Callback:
    phrases = [_restore_spanned(norm, p) for p in callback.all_phrases]
    if callback.char_start is None:
        return dataclasses.replace(callback, all_phrases=phrases)
    start, end = norm.original_span(callback.char_start, callback.char_end)
    return dataclasses.replace(callback, phrase=norm.original[start:end], char_start=start, char_end=end, all_phrases=phrases)


def _restore_ooo(norm: NormalizedText, ooo: OutOfOffice) -> OutOfOffice:
    start, end = norm.original_span(ooo.char_start, ooo.char_end)
    phrase: Optional[str] = ooo.return_phrase
    if phrase is not None:
        at = norm.text.find(phrase, ooo.char_start)
        phrase = norm.restore(Span(phrase, at, at + len(phrase))).text if at >= 0 else phrase
    return dataclasses.replace(ooo, return_phrase=phrase, char_start=start, char_end=end)
