"""Person names and company."""
from __future__ import annotations

import pytest

from greetlint.facts.names import find_names_and_company


def names(text: str, kind: str = "greeting") -> list[str]:
    return [s.text for s in find_names_and_company(text, kind)[0]]


def company(text: str, kind: str = "greeting"):
    found = find_names_and_company(text, kind)[1]
    return found.text if found else None


@pytest.mark.parametrize("text, expected", [
    ("Hi, you've reached Dana. Leave a message.", ["Dana"]),
    ("This is Mark from Acme. Please leave a message.", ["Mark"]),
    ("You've reached Dr. Patel's office.", ["Dr. Patel"]),
    ("Hi, it's Jenny, leave a message.", ["Jenny"]),
    ("My name is Oscar Reyes and I'm calling about your order.", ["Oscar Reyes"]),
    ("This is the voicemail of Priya Nair.", ["Priya Nair"]),
    ("You have reached the office of Thomas Reed.", ["Thomas Reed"]),
    ("Tom here, leave a message.", ["Tom"]),
    ("You've reached Sam's phone.", ["Sam"]),
    ("You have reached the Okafor family.", ["Okafor"]),
    ("You have called Jack and Jill, please leave a message.", ["Jack", "Jill"]),
    ("Ana, Luis and Marta can't come to the phone right now.", ["Ana", "Luis", "Marta"]),
    ("For anything urgent, call my colleague Brian Ortiz at extension 4417.", ["Brian Ortiz"]),
])
def test_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "This is about your car's extended warranty.",
    "This is a reminder that your appointment is tomorrow.",
    "You've reached the voicemail box. Leave a message after the tone.",
    "Hi, this is your dentist's office.",
    "Hello? Hello? I can't hear you.",
    "Thank you for calling. Please leave a message.",
    "It's Thursday and I'm in the office all day.",
    "I'm REALLY sorry I missed your call.",
    "Woman, that doesn't give you a whole lot of time, does it?",  # the recogniser's "Whoa, man"
    "Man! I just missed you again.",
])
def test_no_invented_names(text):
    assert names(text) == []


def test_message_addressee_and_caller():
    assert names("Hi Jim, it's Sean from MTD. Call me back.", "message") == ["Jim", "Sean"]


def test_message_name_mid_sentence():
    assert names("Don't tell Marguerite about the surprise, okay?", "message") == ["Marguerite"]


@pytest.mark.parametrize("text, expected", [
    ("This is Mark from Acme Corp. Leave a message.", "Acme Corp"),
    ("Hi, you've reached Dana Ortiz at Brightline.", "Brightline"),
    ("Thank you for calling Bright Line. Leave a message.", "Bright Line"),
    ("My name is Rob Keller with XYZ Insurance.", "XYZ Insurance"),
    ("You have reached Greenway Dental.", "Greenway Dental"),
    ("Hi, it's Linda from the school office.", None),
])
def test_company(text, expected):
    assert company(text) == expected


def test_company_name_is_not_a_person():
    found, firm = find_names_and_company("Hello, this is Priya calling from Northside Clinic about your results.", "message")
    assert [s.text for s in found] == ["Priya"]
    assert firm.text == "Northside Clinic"


def test_company_the_recogniser_did_not_capitalise():
    assert company("Thanks for calling Sunny day florists. Order any time.") == "Sunny day florists"


def test_business_named_with_a_possessive_is_not_a_person():
    assert names("You've reached Bella's Bakery, leave a message.") == []
    assert company("You've reached Bella's Bakery, leave a message.") is not None
