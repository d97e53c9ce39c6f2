"""Callback class and window."""
from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from greetlint.facts.callback import find_callback

MONDAY = datetime.date(2026, 11, 23)


def callback(text: str):
    return find_callback(text, MONDAY)


@pytest.mark.parametrize("text, hours", [
    ("Leave a message and I'll get back to you within 24 hours.", 24),
    ("Leave a message and I'll get back to you within twenty four hours.", 24),
    ("I'll return your call by end of business day.", 8),
    ("Leave your number and we'll call you back before 5 today.", 8),
    ("I will return your call the next business day.", 24),
    ("We'll call you back in three to five business days.", 120),
    ("I'll call you back by close of business.", 8),
    ("I return every call the same day.", 8),
    ("I'll call you back within the hour.", 1),
    ("I'll get back to you by five PM.", 8),
    ("I'll call you back on Friday.", 96),
    ("I'll call you back. Within two hours.", 2),
    ("Your call will be returned within one business day.", 24),
])
def test_specific(text, hours):
    result = callback(text)
    assert result.cls == "specific"
    assert result.within_hours == hours
    assert text[result.char_start:result.char_end] == result.phrase


@pytest.mark.parametrize("text", [
    "I'll get back to you shortly.",
    "Please leave your name and number and I'll call you back.",
    "I will return your call at my earliest convenience.",
    "We'll get back to you as soon as possible.",
    "Leave a message and someone will get back to you.",
    "One of us will return your call.",
    "A call back is guaranteed!",
    "We will be happy to return your call during business hours.",
])
def test_vague(text):
    result = callback(text)
    assert result.cls == "vague"
    assert result.within_hours is None


def test_vague_phrase_includes_its_qualifier():
    assert callback("I'll get back to you as soon as possible. Bye.").phrase == "I'll get back to you as soon as possible"


@pytest.mark.parametrize("text", [
    "I will not be calling you back.",
    "I don't check this mailbox, so send an email.",
    "This mailbox is not monitored.",
    "We do not return calls left on this line.",
    "Don't bother leaving a message, I never listen to my voicemail.",
])
def test_refusal(text):
    assert callback(text).cls == "refusal"


@pytest.mark.parametrize("text, phrase", [
    # a short refusal pattern with an optional object ("I don't check this") must not win
    # over the longer one that also matches at the same word
    ("I don't check this mailbox, and I will not be calling you back.", "I don't check this mailbox"),
    ("Sorry, I never listen to my voicemail.", "I never listen to my voicemail"),
])
def test_refusal_phrase_is_the_longest_at_its_start(text, phrase):
    assert callback(text).phrase == phrase


@pytest.mark.parametrize("text", [
    "Please leave a message after the tone.",
    "Hi, this is Dana. You know what to do.",
    "If I don't call back, it's you.",
    "I'll think about returning your call.",
    "Could you please call me back at 555-0142?",
    "I'm in until 4:30 today.",
    "Please do not leave a message.",
])
def test_none(text):
    assert callback(text).cls == "none"


def test_caller_promise_in_a_message():
    result = callback("Hi Sam, it's Lee. I'll call you Thursday at 10 a.m. to follow up.")
    assert result.cls == "specific"
    assert result.phrase == "I'll call you Thursday at 10 a.m."


def test_all_phrases_keeps_contradictions():
    result = callback("I'll call you back within 24 hours. I will not be calling you back.")
    assert result.cls == "refusal"
    assert [p.cls for p in result.all_phrases] == ["specific", "refusal"]


@pytest.mark.parametrize("text, cls", [
    ("Expect a call back within 24 hours.", "specific"),
    ("Someone from our team will be in touch within 2 business days.", "specific"),
    ("I'll do my best to return your call within 48 hours.", "specific"),
    ("You will hear back from me within one business day.", "specific"),
    ("Calls are returned in the order received.", "vague"),
    ("I'll be sure to get back to you.", "vague"),
    ("Calls are not returned.", "refusal"),
    ("I am not able to return calls.", "refusal"),
    ("We are unable to return voicemails.", "refusal"),
    ("I lost my phone, so I won't be getting these messages.", "refusal"),
    ("Please don't leave a voicemail, I won't listen to it.", "refusal"),
])
def test_more_phrasings(text, cls):
    assert callback(text).cls == cls


_WINDOW_WORDS = ["I'll", "call", "you", "back", "within", "by", "before", "the", "next", "business", "day", "24",
                 "twenty", "four", "hours", "as soon as possible", "not", "won't", "never", "Monday", "5 p.m.",
                 "end of", "close of business", "if", "don't", "check", "this", "mailbox", "three to five", ",", "."]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(st.sampled_from(_WINDOW_WORDS), max_size=30).map(" ".join)))
def test_callback_parser_never_raises_and_stays_consistent(text):
    result = callback(text)
    assert result.cls in ("specific", "vague", "none", "refusal")
    if result.cls == "none":
        assert result.phrase is None and result.within_hours is None
    else:
        assert result.phrase and result.phrase in text
    if result.within_hours is not None:
        assert result.cls == "specific" and result.within_hours > 0
