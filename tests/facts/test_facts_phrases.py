"""Phrase findings are facts with spans: fillers, trivia, clichés, business-line and after-hours cues,
digits said, a promise's window words and the sentence around an alternative contact (invented sentences)."""
from __future__ import annotations

import pytest

from script_facts import facts


def said(text: str, spans) -> list[str]:
    """The words each span covers, checked against the transcript: a span indexes the text as said."""
    out = []
    for s in spans:
        assert text[s.char_start:s.char_end] == s.text
        out.append(" ".join(s.text.lower().split()))
    return out


@pytest.mark.parametrize("text, expected", [
    ("Hi, um, this is Raj, uh, from the garage, you know, about the car.", ["um", "uh", "you know"]),
    ("I like the blue one; well, it is basically done.", []),                   # weak fillers are not counted
    ("Hi, this is Raj from the garage about the car.", []),
    ("The umbrella is here.", []),                                             # whole words only
])
def test_fillers(text, expected):
    assert said(text, facts(text, "message").fillers) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hi, it's Lena! I'm probably at the gym or walking my dog.", ["i'm probably at the gym", "my dog"]),
    ("You've reached Lena at Pier Books. Leave a message.", []),
    ("I'm on vacation in Lisbon this week.", ["vacation", "in lisbon"]),
    ("We're off to Tenerife until the 9th.", ["to tenerife"]),
    ("I'm in Denver for the audit this week.", []),           # a place alone is no holiday
    ("I like smiling. My favorite colour is green.", []),     # no personal-detail class
])
def test_trivia(text, expected):
    assert said(text, facts(text, "greeting").trivia) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hi, I'm away from my desk. Your call is important to me.", ["i'm away from my desk", "your call is important to me"]),
    ("Please leave a message at the tone and I'll call you back today.", ["please leave a message at the tone"]),
    ("You've reached Lena. Leave a message and I'll call you back by noon.", []),
])
def test_cliches(text, expected):
    assert said(text, facts(text, "greeting").cliches) == expected


@pytest.mark.parametrize("text, expected", [
    ("You've reached Omar. For urgent matters press zero for the front desk.", ["press zero", "front desk"]),
    ("You've reached Omar in the billing department.", ["department"]),
    ("Our offices serve customers across the state.", ["offices", "customers"]),   # plurals count
    ("Hi, it's Omar. Leave a message and I'll call you back tonight.", []),
    ("The teapot is steaming.", []),                                           # whole words only
])
def test_business_cues(text, expected):
    assert said(text, facts(text, "greeting").business_cues) == expected


@pytest.mark.parametrize("text, closed", [
    ("Our office is now closed. Please call back during business hours.", True),
    ("You have reached us outside of our normal business hours.", True),
    ("You've reached Omar. I'm with a client; I'll call you back by five.", False),
])
def test_after_hours(text, closed):
    assert bool(facts(text, "greeting").after_hours) is closed


@pytest.mark.parametrize("text, digits", [
    ("Call me at five five five, oh one four two.", 7),
    ("Call me at 555-0142.", 7),
    ("Someone will call you back.", 0),    # "someone" is not "one"
])
def test_digits_said(text, digits):
    assert facts(text, "message").digits_said == digits


@pytest.mark.parametrize("text, window", [
    ("You've reached Omar. I'll call you back within 24 hours.", "within 24 hours"),
    ("You've reached Omar. I'll call you back by 5 p.m. today.", "by 5 p.m. today"),
    ("You've reached Omar. I'll get back to you soon.", None),     # a vague promise has no window
])
def test_callback_window_words(text, window):
    cb = facts(text, "greeting").callback
    if window is None:
        assert cb.window is None
    else:
        assert cb.window.text == window
        assert text[cb.window.char_start:cb.window.char_end] == window


@pytest.mark.parametrize("text, sentence", [
    ("You've reached Omar. If it's urgent, press zero for the front desk. Thanks.",
     "If it's urgent, press zero for the front desk."),
    ("You've reached Omar. Leave a message.", None),
])
def test_alt_contact_sentence(text, sentence):
    found = facts(text, "greeting").alt_contact_sentence
    assert (found.text.strip() if found else None) == sentence


@pytest.mark.parametrize("text, expected", [
    ("Please leave a message after the tone. I'll call you back. Please leave a message after the tone.",
     ["Please leave a message after the tone."]),
    ("Call me at 555-0142. Again, call me at 555-0142.", []),            # a repeated number is asked for
    ("Thank you. Bye. Thank you.", []),                                     # too short to be a repeat
    ("Leave a message after the tone. Leave a message after the beep.", []),
])
def test_repeated_sentences(text, expected):
    assert [s.strip() for s in said(text, facts(text, "greeting").repeated_sentences)] == \
        [" ".join(e.lower().split()) for e in expected]
