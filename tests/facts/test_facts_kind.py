"""Greeting or left message."""
from __future__ import annotations

import pytest

from greetlint.facts import detect_kind
from greetlint.transcript import from_script


@pytest.mark.parametrize("text", [
    "Hi, you've reached Dana Ortiz at Brightline. Leave a message after the tone.",
    "Thank you for calling Greenway Dental. Our office is closed.",
    "This is Kevin. I can't take your call right now.",
    "Please leave a message.",
    "Joe here, you know what to do.",
    "Hey it's Jake, I don't do voicemail, so I will not be calling you back. Text me.",
    "Hi, this is Olivia from Brooks Tax. I return calls within one business day.",
    "I'm here but I don't want to talk. Call back later.",
])
def test_greetings(text):
    assert detect_kind(from_script(text)) == "greeting"


@pytest.mark.parametrize("text", [
    "Hi Jennifer, this is Paul Green from Oakridge Insurance, calling about your renewal.",
    "Hey, it's me, call me back.",
    "Hello, I have a question about my benefits.",
    "Hi Ann, this is Janet returning your call.",
    "Hey, it's Tom from the garage, your car is ready, call us back.",
    "Carol! I'm downstairs waiting for you!",
    "This is a reminder that your appointment is tomorrow at 9 a.m.",
])
def test_messages(text):
    assert detect_kind(from_script(text)) == "message"
