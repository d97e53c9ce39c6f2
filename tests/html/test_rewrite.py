"""The suggested rewrite: facts said are used word for word, missing ones become marked placeholders."""
from __future__ import annotations

import datetime as _dt

import pytest

from greetlint import transcript as transcript_mod
from greetlint.facts import extract_facts
from greetlint.model import (AltContact, Analysis, Callback, Facts, OutOfOffice, PhoneNumber, Span)
from greetlint.rewrite import PLACEHOLDERS, SPOKEN_WPM, situation_of, suggest

TODAY = _dt.date(2026, 11, 23)


def analysis_of(text: str, facts: Facts, kind: str = "greeting") -> Analysis:
    transcript = transcript_mod.from_script(text)
    facts.word_count = len(transcript.words)
    return Analysis(path="t.txt", input="text", kind=kind, kind_source="flag", transcript=transcript,
                    facts=facts, audio=None, settings=None, today=TODAY)


def span(text: str) -> Span:
    return Span(text, 0, len(text))


def span_in(text: str, said: str) -> Span:
    return Span(said, *spans_in(text, said))


def placeholder(key: str) -> str:
    return PLACEHOLDERS[key][0]


def test_missing_facts_become_placeholders_never_guesses():
    rewrite = suggest(analysis_of("Hello. Leave a message.", Facts()), [])
    text = rewrite["text"]
    for key in ("name", "company", "number", "callback_window", "urgent"):
        assert placeholder(key) in text
    assert rewrite["placeholders"] == [placeholder(k) for k in ("name", "company", "callback_window", "number", "urgent")]
    # no digits other than the example in the callback placeholder ("5 p.m.", "press 0") were invented
    without_examples = text
    for key in PLACEHOLDERS:
        without_examples = without_examples.replace(placeholder(key), "")
    assert not any(ch.isdigit() for ch in without_examples)
    assert [s["text"] for s in rewrite["segments"] if s["placeholder"]].count(placeholder("number")) == 2


def spans_in(text: str, said: str) -> tuple[int, int]:
    start = text.index(said)
    return start, start + len(said)


def test_facts_present_are_used_verbatim():
    said = ("Hi, you've reached Dana Ortiz at Brightline Optical. I'll call you back within 24 hours. "
            "My number is 555-0142, extension 214. If it's an emergency, press zero for the front desk.")
    facts = Facts(names=[span("Dana Ortiz")], company=span("Brightline Optical"),
                  phone_numbers=[PhoneNumber("5550142", "555-0142", *spans_in(said, "555-0142"))],
                  extensions=[span("214")],
                  callback=Callback("specific", "I'll call you back within 24 hours", 24.0, *spans_in(said, "I'll call"),
                                    window=span_in(said, "within 24 hours")),
                  alt_contact=[AltContact("operator", "press zero", *spans_in(said, "press zero"))],
                  alt_contact_sentence=span_in(said, "If it's an emergency, press zero for the front desk."))
    rewrite = suggest(analysis_of(said, facts), [])
    text = rewrite["text"]
    assert "Hi, you've reached Dana Ortiz at Brightline Optical." in text
    assert text.count("555-0142") == 2  # said twice
    assert "extension 214" in text
    assert "I'll call you back within 24 hours." in text  # the window words, not the whole promise again
    assert "If it's an emergency, press zero for the front desk." in text  # the whole sentence heard
    assert rewrite["placeholders"] == []
    assert not any(s["placeholder"] for s in rewrite["segments"])
    assert "Kept what callers heard: name, company, number, callback window, urgent contact." in rewrite["changes"]


def test_a_number_inside_the_urgent_sentence_is_not_the_owners():
    said = "Hi, you've reached Luis Ortega. I'm away. For anything urgent, call my colleague Amy at 503-555-0163."
    facts = Facts(names=[span("Luis Ortega")], ooo=OutOfOffice(None, None),
                  phone_numbers=[PhoneNumber("5035550163", "503-555-0163", *spans_in(said, "503-555-0163"))],
                  alt_contact=[AltContact("colleague", "call my colleague", *spans_in(said, "call my colleague"))],
                  alt_contact_sentence=span_in(said, "For anything urgent, call my colleague Amy at 503-555-0163."))
    rewrite = suggest(analysis_of(said, facts), [])
    assert "\nFor anything urgent, call my colleague Amy at 503-555-0163.\n" in rewrite["text"]
    assert rewrite["text"].count("503-555-0163") == 1
    assert placeholder("number") in rewrite["placeholders"]
    assert placeholder("return_date") in rewrite["placeholders"]


def test_spoken_number_is_written_with_its_own_digits():
    facts = Facts(names=[span("Dana")], phone_numbers=[PhoneNumber("8005550142", "eight hundred, five five five, zero one four two", 0, 5)])
    text = suggest(analysis_of("x", facts), [])["text"]
    assert "800-555-0142" in text
    assert "eight hundred" not in text


def test_vague_callback_is_replaced_and_said_why():
    facts = Facts(names=[span("Dana")], callback=Callback("vague", "I'll get back to you", None, 0, 5))
    rewrite = suggest(analysis_of("I'll get back to you.", facts), [])
    assert placeholder("callback_window") in rewrite["text"]
    assert "Replaced \"I'll get back to you\" with a callback window you can keep." in rewrite["changes"]


def test_hostile_fact_text_stays_plain_text_and_cannot_forge_placeholders():
    name = "<script>alert(1)</script> \ue000[fake]\ue001"
    rewrite = suggest(analysis_of("x", Facts(names=[span(name)])), [])
    assert "<script>alert(1)</script> [fake]" in rewrite["text"]  # plain text here; the HTML page escapes it
    assert "[fake]" not in rewrite["placeholders"]


@pytest.mark.parametrize("text, kind, expected", [
    ("Hi, leave a message.", "greeting", "greeting"),
    ("Our office is closed. Leave a message.", "greeting", "after_hours"),
    ("Our offices are now closed. Leave a message.", "greeting", "after_hours"),
    ("You have reached us outside of our normal business hours.", "greeting", "after_hours"),
    ("The office is closing early on Friday, so leave a message.", "greeting", "greeting"),
    ("I'm away until Monday.", "greeting", "out_of_office"),
    ("Hi, this is Mark calling about your order.", "message", "message"),
])
def test_situation_picks_the_template(text, kind, expected):
    """The situation comes from the facts layer (the out-of-office and after-hours facts)."""
    facts = extract_facts(transcript_mod.from_script(text), kind, TODAY)
    analysis = analysis_of(text, facts, kind)
    assert situation_of(analysis) == expected
    assert suggest(analysis, [])["situation"] == expected


def test_out_of_office_uses_the_return_date():
    facts = Facts(names=[span("Dana")], ooo=OutOfOffice("back on December 1st", _dt.date(2026, 12, 1)))
    text = suggest(analysis_of("x", facts), [])["text"]
    assert "I'm out of the office and back on Tuesday, December 1." in text


def test_message_rewrite_keeps_the_purpose_and_marks_the_rest():
    facts = Facts(names=[span("Mark Chen")], company=span("Acme Dental"), purpose=span("I'm calling about your appointment"),
                  phone_numbers=[PhoneNumber("5550199", "555-0199", 0, 8)])
    rewrite = suggest(analysis_of("x", facts, "message"), [])
    assert rewrite["text"].startswith("Hi, this is Mark Chen from Acme Dental. I'm calling about your appointment.")
    assert rewrite["placeholders"] == [placeholder("best_time")]


def test_estimated_length_counts_digits_as_spoken_words():
    said = "Hi, this is Dana at Acme. I'll call you back within 24 hours. If it's urgent, press zero."
    facts = Facts(names=[span("Dana")], company=span("Acme"), phone_numbers=[PhoneNumber("5550142", "555-0142", 0, 2)],
                  callback=Callback("specific", "I'll call you back within 24 hours", 24.0, *spans_in(said, "I'll call"),
                                    window=span_in(said, "within 24 hours")),
                  alt_contact=[AltContact("operator", "press zero", *spans_in(said, "press zero"))],
                  alt_contact_sentence=span_in(said, "If it's urgent, press zero."))
    rewrite = suggest(analysis_of(said, facts), [])
    assert rewrite["placeholders"] == []
    words = rewrite["text"].split()
    spoken = len(words) + 2 * (7 - 1) + (2 - 1)  # each "555-0142" is seven digits said, "24" two
    assert rewrite["estimated_seconds"] == round(spoken / SPOKEN_WPM * 60, 1)


def test_the_rewrite_reads_the_window_and_urgent_sentence_the_facts_layer_found():
    said = ("Hi, you've reached Dana Ortiz at Brightline Optical. I'll call you back within 24 hours. "
            "If it's an emergency, press zero for the front desk.")
    facts = extract_facts(transcript_mod.from_script(said), "greeting", TODAY)
    assert facts.callback.window is not None and facts.alt_contact_sentence is not None
    text = suggest(analysis_of(said, facts), [])["text"]
    assert facts.callback.window.text in text
    assert facts.alt_contact_sentence.text in text
