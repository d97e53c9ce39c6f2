"""Facts a caller hears: names, company, numbers, callback window, alternative contact, ...

Entry points used by the pipeline (signatures are stable):

    detect_kind(transcript) -> "greeting" | "message"
    extract_facts(transcript, kind, today) -> Facts

Every fact carries the character span of the words it came from, so the
pipeline can map it to audio times (``Transcript.span_times``). The phrase
lists behind each reader are data in ``greetlint/lexicon/`` (see
:func:`load_lexicon`).
"""
from __future__ import annotations

import datetime as _dt

from ..model import Facts, Kind, Transcript
from . import kind as _kind
from .callback import find_callback
from .contacts import find_alt_contacts, find_out_of_office
from .lexicon import load_lexicon
from .message import find_purpose, find_thanks
from .names import find_names_and_company
from .numbers import find_extensions, find_phone_numbers

__all__ = ["detect_kind", "extract_facts", "load_lexicon"]


def detect_kind(transcript: Transcript) -> Kind:
    return _kind.detect_kind(transcript.text)


def extract_facts(transcript: Transcript, kind: Kind, today: _dt.date) -> Facts:
    text = transcript.text
    names, company = find_names_and_company(text, kind)
    phone_numbers = find_phone_numbers(transcript)
    purpose = find_purpose(text) if kind == "message" else None
    return Facts(
        names=names,
        company=company,
        phone_numbers=phone_numbers,
        extensions=find_extensions(transcript),
        callback=find_callback(text, today),
        alt_contact=find_alt_contacts(text, kind, phone_numbers),
        ooo=find_out_of_office(text, today),
        purpose_stated=(purpose is not None) if kind == "message" else None,
        purpose=purpose,
        thanks=find_thanks(text),
        word_count=len(transcript.words),
    )
