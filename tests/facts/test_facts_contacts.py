"""Alternative contacts and out-of-office notices."""
from __future__ import annotations

import datetime

import pytest

from greetlint.facts import extract_facts
from greetlint.facts.contacts import find_out_of_office
from greetlint.transcript import from_script

MONDAY = datetime.date(2026, 11, 23)


def alt_kinds(text: str, kind: str = "greeting") -> list[str]:
    return [a.kind for a in extract_facts(from_script(text), kind, MONDAY).alt_contact]


@pytest.mark.parametrize("text, kind", [
    ("If you need help right away, press zero.", "operator"),
    ("Dial 0 for the operator.", "operator"),
    ("For sales, press one. For service, press two.", "operator"),
    ("Please contact my colleague Jordan at extension 2201.", "colleague"),
    ("For urgent matters, call 206-555-0199.", "phone"),
    ("Or call my cell.", "phone"),
    ("Text me instead.", "phone"),
    ("Send me an e-mail.", "email"),
    ("Write to dana at brightline dot com.", "email"),
    ("Visit our website at brightline dot com.", "website"),
])
def test_alt_contact(text, kind):
    assert kind in alt_kinds(text)


def test_touching_hits_of_one_kind_are_one_contact():
    facts = extract_facts(from_script("If your call is urgent, press zero to reach our front desk. Thanks."),
                          "greeting", MONDAY)
    assert [(a.kind, a.text) for a in facts.alt_contact] == [("operator", "press zero to reach our front desk")]


@pytest.mark.parametrize("text, kind", [
    ("You have reached 206-555-0142. Leave a message.", "greeting"),
    ("Leave a message after the tone and I'll call you back.", "greeting"),
    ("This is Sally, my number is 617-555-0135, please call me back.", "message"),
    ("You can reach me today until 5 pm at 555-0112.", "message"),
])
def test_no_alt_contact(text, kind):
    assert alt_kinds(text, kind) == []


@pytest.mark.parametrize("text, phrase, date", [
    ("I'm out of the office until Monday, December 1st.", "until Monday, December 1st", datetime.date(2026, 12, 1)),
    ("I'm on vacation, returning on December 7th.", "returning on December 7th", datetime.date(2026, 12, 7)),
    ("Our office will be closed from December 24 to January 2.", "to January 2", datetime.date(2027, 1, 2)),
    ("I'm away on business until Friday.", "until Friday", datetime.date(2026, 11, 27)),
    ("I'm out of the office until November third.", "until November third", datetime.date(2026, 11, 3)),
    ("We're closed for the holidays and will reopen on January fifth.", "reopen on January fifth", datetime.date(2027, 1, 5)),
])
def test_out_of_office_with_return(text, phrase, date):
    ooo = find_out_of_office(text, MONDAY)
    assert (ooo.return_phrase, ooo.return_date) == (phrase, date)


def test_out_of_office_without_date():
    ooo = find_out_of_office("Hi, you've reached Silas. I'm out of the office. Leave a message.", MONDAY)
    assert ooo is not None and ooo.return_date is None


@pytest.mark.parametrize("text", [
    "I'm away from my desk right now.",
    "Our office is currently closed. Please call back during business hours.",
    "We are not in the office now, please leave a message.",
    "I will call you back on Friday at 10 a.m.",
])
def test_not_out_of_office(text):
    assert find_out_of_office(text, MONDAY) is None


def test_return_date_with_the_recognisers_comma():
    ooo = find_out_of_office("I'm out of the office until Monday, December, twenty-eighth.", MONDAY)
    assert ooo.return_date == datetime.date(2026, 12, 28)
