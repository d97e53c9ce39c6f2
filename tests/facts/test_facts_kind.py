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
    "Hey, it's Milo. I don't check voicemail, so I won't be calling you back. Send me a text.",
    "Hi, this is Olivia from Brooks Tax. I return calls within one business day.",
    "The Okafor house. Nobody can come to the phone, so try again later.",
])
def test_greetings(text):
    assert detect_kind(from_script(text)) == "greeting"


@pytest.mark.parametrize("text", [
    "Hi Bettina, this is Cyrus Vale from Larkspur Mutual, calling about your policy.",
    "Hey, it's me, call me back.",
    "Hello, I have a question about my benefits.",
    "Hi Odette, this is Rahul returning your call.",
    "Hey, it's Tom from the garage, your car is ready, call us back.",
    "Priya! Are you home? Pick up if you're there.",
    "This is a reminder that your appointment is tomorrow at 9 a.m.",
])
def test_messages(text):
    assert detect_kind(from_script(text)) == "message"
