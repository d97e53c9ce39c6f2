"""Expected facts: what a given recording must say, compared with what was heard.

A company pins facts per recording or glob in its config::

    [tool.greetlint.expect."greetings/sales-*.wav"]
    company = "Brightline"
    name = "Dana Ortiz"
    phone = "206-555-0142"        # any written form; compared by digits
    max-callback-hours = 24
    urgent-path = true

This catches a greeting recorded with an old number or a former employee's
name. :func:`parse_expectation` validates one table (config time);
:func:`check_expectation` compares it with the extracted :class:`Facts` and
returns one :class:`Mismatch` per expectation the recording does not meet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from .model import ExpectedHearing, Facts, Transcript
from .nanp import national_digits


class ExpectationError(ValueError):
    """A bad expected-facts table; the message names the key."""


@dataclass(frozen=True)
class Expectation:
    company: Optional[str] = None
    name: Optional[str] = None
    phone: Optional[str] = None  # digits (vanity letters converted), without a leading NANP 1
    phone_as_written: Optional[str] = None
    max_callback_hours: Optional[float] = None
    urgent_path: bool = False


@dataclass(frozen=True)
class Mismatch:
    fact: str  # company | name | phone | callback | urgent-path
    expected: str  # what the recording should say, as a phrase: "phone number 555-0142"
    heard: str
    char_start: Optional[int] = None  # where the wrong fact was said, when it was
    char_end: Optional[int] = None
    checked: bool = False  # the expected wording was scored against the audio and does not fit

    @property
    def message(self) -> str:
        checked = " The recording was scored against the expected wording: it does not say it." if self.checked else ""
        return f"Expected {self.expected}; heard {self.heard}.{checked}"


KNOWN_KEYS = ("company", "name", "phone", "max-callback-hours", "urgent-path")
# a local number (555-0142) is the shortest form worth matching as the tail of a longer one
MIN_LOCAL_DIGITS = 7


def parse_expectation(table: dict, key_path: str) -> Expectation:
    """Validate one ``expect."GLOB"`` table; raise ExpectationError naming the bad key (``expect.GLOB.phone``)."""
    values: dict = {}
    for key, value in table.items():
        where = f"key '{key_path}.{key}'"
        if key not in KNOWN_KEYS:
            raise ExpectationError(f"{where}: unknown key (known: {', '.join(KNOWN_KEYS)})")
        if key in ("company", "name"):
            values[key] = _non_empty_text(value, where)
        elif key == "phone":
            written = _non_empty_text(value, where)
            values["phone"] = phone_digits(written)
            values["phone_as_written"] = written
            if len(values["phone"]) < MIN_LOCAL_DIGITS:
                raise ExpectationError(f"{where}: {written!r} has fewer than {MIN_LOCAL_DIGITS} digits")
        elif key == "max-callback-hours":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ExpectationError(f"{where}: expected a positive number, got {value!r}")
            values["max_callback_hours"] = float(value)
        else:
            if not isinstance(value, bool):
                raise ExpectationError(f"{where}: expected true or false, got {value!r}")
            values["urgent_path"] = value
    return Expectation(**values)


def _non_empty_text(value, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ExpectationError(f"{where}: expected a non-empty string, got {value!r}")
    return value.strip()


def phone_digits(written: str) -> str:
    """Digits of a written number (keypad letters converted), without a leading NANP country code 1."""
    import phonenumbers  # only where a config expects a number: not an import of every run (GL601 imports this module)

    digits = re.sub(r"\D", "", phonenumbers.convert_alpha_characters_in_number(written))
    return national_digits(digits)


def same_number(expected: str, heard: str) -> bool:
    """Equal national digits, or one is the other's local tail (555-0142 vs 206-555-0142)."""
    heard = national_digits(heard)
    if expected == heard:
        return True
    shorter, longer = sorted((expected, heard), key=len)
    return len(shorter) >= MIN_LOCAL_DIGITS and longer.endswith(shorter)


def check_expectation(expectation: Expectation, facts: Facts, transcript: Transcript,
                      heard: tuple[ExpectedHearing, ...] = ()) -> list[Mismatch]:
    """The expectations the recording does not meet. ``heard``: the expected wordings scored against
    the audio (``greetlint.verify``); a number or company the audio supports is met, whatever the
    transcript wrote."""
    checks = (_check_company, _check_name, _check_phone, _check_callback, _check_urgent_path)
    out = []
    for check in checks:
        mismatch = check(expectation, facts, transcript)
        if mismatch is None:
            continue
        wanted = expectation.phone if mismatch.fact == "phone" else expectation.company
        scored = [h for h in heard if h.fact == mismatch.fact and h.expected == wanted]
        if any(h.supported for h in scored):
            continue
        if scored:
            mismatch = replace(mismatch, checked=True)
        out.append(mismatch)
    return out


def places_to_hear(expectation: Expectation, facts: Facts, transcript: Transcript) -> list:
    """Where to score an expected number or company the words did not match against the audio."""
    from .verify import places

    if not transcript.timed:
        return []
    out = []
    for mismatch in (_check_phone(expectation, facts, transcript), _check_company(expectation, facts, transcript)):
        if mismatch is None:
            continue
        expected = expectation.phone if mismatch.fact == "phone" else expectation.company
        out += places(mismatch.fact, facts, transcript.text, expected)
    return out


def _squash(text: str) -> str:
    """Lower-case letters and digits only, so 'Bright Line' and 'Brightline.' compare equal."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _said(expected: str, heard_fact: Optional[str], transcript: Transcript) -> bool:
    # the extractor may miss or trim a name; saying it anywhere in the recording counts
    target = _squash(expected)
    return target in _squash(heard_fact or "") or target in _squash(transcript.text)


def _check_company(exp: Expectation, facts: Facts, transcript: Transcript) -> Optional[Mismatch]:
    if exp.company is None or _said(exp.company, facts.company.text if facts.company else None, transcript):
        return None
    span = facts.company
    heard = f"'{span.text}'" if span else "no company name"
    return Mismatch("company", f"company '{exp.company}'", heard, *(_span(span)))


def _check_name(exp: Expectation, facts: Facts, transcript: Transcript) -> Optional[Mismatch]:
    if exp.name is None or _said(exp.name, " ".join(s.text for s in facts.names), transcript):
        return None
    heard = ", ".join(f"'{s.text}'" for s in facts.names) or "no name"
    first = facts.names[0] if facts.names else None
    return Mismatch("name", f"name '{exp.name}'", heard, *(_span(first)))


def _check_phone(exp: Expectation, facts: Facts, transcript: Transcript) -> Optional[Mismatch]:
    if exp.phone is None or any(same_number(exp.phone, n.digits) for n in facts.phone_numbers):
        return None
    heard = ", ".join(_heard_number(n.digits, n.text) for n in facts.phone_numbers) or "no phone number"
    first = facts.phone_numbers[0] if facts.phone_numbers else None
    return Mismatch("phone", f"phone number {exp.phone_as_written}", heard, *(_span(first)))


def _heard_number(digits: str, said: str) -> str:
    """206-555-0199, with how it was said when that differs ('two oh six, five five five ...')."""
    dashed = _dashed(national_digits(digits))
    return dashed if _squash(said) == _squash(dashed) else f"{dashed} ('{said}')"


def _check_callback(exp: Expectation, facts: Facts, transcript: Transcript) -> Optional[Mismatch]:
    if exp.max_callback_hours is None:
        return None
    cb = facts.callback
    expected = f"a callback window of at most {exp.max_callback_hours:g} hours"
    if cb.within_hours is not None and cb.within_hours <= exp.max_callback_hours:
        return None
    if cb.within_hours is not None:
        heard = f"'{cb.phrase}' (about {cb.within_hours:g} hours)"
    elif cb.phrase:
        heard = f"'{cb.phrase}' (no time window)"
    else:
        heard = "no callback promise"
    return Mismatch("callback", expected, heard, cb.char_start, cb.char_end)


def _check_urgent_path(exp: Expectation, facts: Facts, transcript: Transcript) -> Optional[Mismatch]:
    if not exp.urgent_path or facts.alt_contact:
        return None
    return Mismatch("urgent-path", "an urgent path (press zero, a colleague, a cell number)", "none")


def _span(span) -> tuple[Optional[int], Optional[int]]:
    return (span.char_start, span.char_end) if span is not None else (None, None)


def _dashed(digits: str) -> str:
    """2065550142 -> 206-555-0142, 5550142 -> 555-0142; other lengths as they are."""
    if len(digits) == 10:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    if len(digits) == 7:
        return f"{digits[:3]}-{digits[3:]}"
    return digits
