"""Facts of a script as the pipeline reads them, on a pinned day (shared by the fact tests)."""
from __future__ import annotations

import datetime as dt

from greetlint.facts import detect_kind, extract_facts
from greetlint.transcript import from_script

TODAY = dt.date(2026, 11, 23)  # a Monday


def facts(text: str, kind: str | None = None, kind_sure: bool = True):
    """The facts of ``text``; the kind is detected unless given."""
    transcript = from_script(text)
    return extract_facts(transcript, kind or detect_kind(transcript), TODAY, kind_sure=kind_sure)


def kind_of(text: str) -> str:
    return detect_kind(from_script(text))
