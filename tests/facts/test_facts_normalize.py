"""The recogniser's spelling quirks are undone, and spans still point into the original transcript."""
from __future__ import annotations

import datetime

import pytest

from greetlint.facts import detect_kind, extract_facts
from greetlint.facts.normalize import normalize
from greetlint.facts.spoken import find_runs
from greetlint.transcript import from_script

MONDAY = datetime.date(2026, 11, 23)


@pytest.mark.parametrize("heard, meant", [
    ("Leave a message and ILL get back to you.", "Leave a message and I'll get back to you."),
    ("Leave a message and ILL. Call you back.", "Leave a message and I'll Call you back."),
    ("and W-E-L-L get back to you", "and we'll get back to you"),
    ("and wheel. Call you back", "and we'll Call you back"),
    ("and HELL call you back", "and he'll call you back"),
    ("I CA and T take your call", "I CAn't take your call"),
    ("Hi, OUV reached Kim.", "Hi, you've reached Kim."),
    ("This is J-O-R-D-A-N.", "This is Jordan."),
    ("I-L-L-B home at noon.", "I'll be home at noon."),
    ("Please contact doctor. Reyes today.", "Please contact doctor Reyes today."),
    ("Call me at 5 p.m. or e-mail me.", "Call me at 5 p.m. or e-mail me."),
    ("I was ill last week.", "I was ill last week."),
    # the clitic "'ll" written as the word it sounds like, before a calling verb only
    ("Leave a message and we all get back to you.", "Leave a message and we'll get back to you."),
    ("We all know the drill.", "We all know the drill."),
    # ... an attempt to call, or having someone call
    ("sorry we missed you we all attempt to contact you twice", "sorry we missed you we'll attempt to contact you twice"),
    ("then we all have a clerk call you back", "then we'll have a clerk call you back"),
    ("We all have a great team here.", "We all have a great team here."),
    ("we all try to be on time", "we all try to be on time"),
])
def test_fixes(heard, meant):
    assert normalize(heard).text == meant


def test_spans_map_back_to_the_original():
    heard = "Hi, OUV reached Kim Lo. Leave a message and ILL. Call you back within the hour."
    transcript = from_script(heard)
    facts = extract_facts(transcript, detect_kind(transcript), MONDAY)
    assert [n.text for n in facts.names] == ["Kim Lo"]
    assert facts.callback.cls == "specific"
    assert facts.callback.phrase == "ILL. Call you back within the hour"
    assert heard[facts.callback.char_start:facts.callback.char_end] == facts.callback.phrase


@pytest.mark.parametrize("said, digits", [
    ("five hundred seventeen four hundred fifty eight seven thousand six hundred forty two", "5174587642"),
    ("one eight hundred eighty eight", "1888"),
    ("one eight hundred, five five five, one two one two", "18005551212"),
    ("nine hundred eleven", "911"),
    ("two thousand twenty six", "2026"),
])
def test_cardinal_readings(said, digits):
    assert [r.digits for r in find_runs(said)] == [digits]


def test_number_read_as_cardinals_is_found():
    transcript = from_script("You have reached five hundred seventeen four hundred fifty eight seven thousand six hundred forty two.")
    assert [n.digits for n in extract_facts(transcript, "greeting", MONDAY).phone_numbers] == ["5174587642"]


def test_digit_words_written_as_one_are_read_as_a_number():
    text = "Ring me back on fivefivefivetwoohsevenone, cheers."
    facts = extract_facts(from_script(text), "message", datetime.date(2026, 11, 23))
    assert [n.digits for n in facts.phone_numbers] == ["5552071"]
    assert normalize("nine one one, not onetwo").text == "nine one one, not onetwo"  # two in a row stay


@pytest.mark.parametrize("heard, meant", [
    ("For billing, pressed to reach an agent.", "For billing, press two to reach an agent."),
    ("press for to leave a message", "press four to leave a message"),
    ("Please press to.", "Please press two."),
    ("I'm hard pressed to find it.", "I'm hard pressed to find it."),
    ("I was pressed for time.", "I was pressed for time."),
])
def test_a_digit_heard_as_a_word_where_only_a_key_can_stand(heard, meant):
    assert normalize(heard).text == meant
