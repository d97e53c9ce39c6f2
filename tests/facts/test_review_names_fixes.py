"""Review of the names/kind/contacts merge: invented inputs that the merged code read wrongly."""
from __future__ import annotations

import datetime

import pytest

from greetlint.facts import detect_kind, extract_facts, kind_confidence
from greetlint.facts.names import find_names_and_company
from greetlint.facts.normalize import normalize
from greetlint.transcript import from_script, from_timed_words

TODAY = datetime.date(2026, 11, 30)


def _heard_with(text: str, probabilities: dict[str, float]):
    words = [(" " + w, i * 0.4, i * 0.4 + 0.35, probabilities.get(w.strip(".,!?").lower(), 0.95))
             for i, w in enumerate(text.split())]
    return from_timed_words(words)


def alt_kinds(text: str, kind: str = "greeting") -> list[str]:
    return [a.kind for a in extract_facts(from_script(text), kind, TODAY).alt_contact]


# 4: a titled name opening a greeting is the owner, unless a pause or the speaker's own name follows
@pytest.mark.parametrize("text", [
    "Hello, Dr. Ruiz is with patients right now. Please leave your name and number and she will call you back today.",
    "Hello, Dr. Ruiz is away this week. Please leave a message after the tone.",
    "Hello, Dr. Lopez-Garcia's office. We are closed. Please leave a message.",
])
def test_a_titled_owner_opening_a_greeting_is_no_listener_addressed(text):
    assert detect_kind(from_script(text)) == "greeting" and kind_confidence(from_script(text)) == "sure"


def test_a_titled_listener_then_the_caller_is_still_a_message():
    assert detect_kind(from_script("Hi Mr. Okafor, Lena Hart with Birchway Bank. Please call me back.")) == "message"
    assert detect_kind(from_script("Hey Mr. Okafor Lena Hart with Birchway Bank, call me back when you can.")) == "message"


# 7, 8: a colleague is a person or role, not "back" or a common word
@pytest.mark.parametrize("text", [
    "Hi, this is Tomas. I'm away and won't be returning calls. Please call back at extension 204 tomorrow.",
    "Hi, this is Tomas. I'm away today. Please call again at extension 204 later.",
    "You've reached Tomas at Birchway. Leave a message, or ask for directions at the front desk.",
])
def test_no_colleague_without_a_person(text):
    assert "colleague" not in alt_kinds(text)


@pytest.mark.parametrize("text", [
    "Hi, this is Tomas. I'm away. Please call the charge nurse at extension 204.",
    "Hi, this is Tomas. I'm away. Please ask for Ines at the front desk.",
])
def test_a_colleague_named_or_by_role_is_still_one(text):
    assert "colleague" in alt_kinds(text)


# 9: a titled surname that is also a company word is still the name
@pytest.mark.parametrize("text, name", [
    ("You've reached Dr. Church. Please leave a message.", "Church"),
    ("You've reached Dr. Emma Law. Please leave a message.", "Emma Law"),
])
def test_a_titled_name_keeps_its_surname(text, name):
    found = [s.text for s in find_names_and_company(text, "greeting")[0]]
    assert any(name in n for n in found), found


# 10: "House" in a firm's name is no family
def test_a_business_called_a_house_is_a_company_not_a_family():
    names, company = find_names_and_company("Thanks for calling the Pancake House. We open at seven.", "greeting")
    assert [s.text for s in names] == [] and company is not None


def test_a_family_running_on_into_the_next_sentence_is_still_named():
    text = "You've reached the Garcia family We can't come to the phone."
    assert "Garcia" in [s.text for s in find_names_and_company(text, "greeting")[0]]
    facts = extract_facts(_heard_with(text, {}), "greeting", TODAY)
    assert "Garcia" in [n.text for n in facts.names]


# 11: a role's slot stops at the verb and holds no common words
@pytest.mark.parametrize("text, probabilities", [
    ("Sorry I missed you. My father will call you back today.", {"will": 0.45}),
    ("You've reached Birchway Clinic. Our doctor sees patients until four.", {"patients": 0.3}),
])
def test_a_role_followed_by_a_verb_is_no_unsure_name(text, probabilities):
    facts = extract_facts(_heard_with(text, probabilities), "greeting", TODAY)
    assert facts.unsure_names == []


# 13: the own number, wherever the lead-in is
def test_the_speakers_own_number_after_a_lead_in_sentence_is_no_alt_contact():
    assert "phone" not in alt_kinds("Hi, this is Tomas. You can reach me. 555-0134.")
    assert "phone" not in alt_kinds("Hi, this is Tomas. I'm away, please call again. 555-0134 is our fax line.")


# 14: "two" only where a key is pressed
@pytest.mark.parametrize("text", [
    "I pushed to get the meeting moved.",
    "Dial to reach the desk.",
])
def test_to_after_a_verb_is_no_key(text):
    assert normalize(text).text == text


@pytest.mark.parametrize("heard, meant", [
    ("For those, pressed to reach a nurse.", "For those, press two to reach a nurse."),
    ("Please press for and leave a message.", "Please press four and leave a message."),
])
def test_a_key_misheard_before_its_task_is_still_a_key(heard, meant):
    assert normalize(heard).text == meant


# 15: a probability of zero is not sure
def test_a_zero_probability_is_the_least_sure_not_sure():
    text = "You've reached the Ardley. Leave a message."
    facts = extract_facts(_heard_with(text, {"ardley": 0.0}), "greeting", TODAY)
    assert [n.text for n in facts.unsure_names] == ["Ardley"]


# what the fixes above must keep
def test_a_listener_heard_as_two_words_then_the_caller_is_a_message():
    assert detect_kind(from_script("Hey Mr. Lind Gren Ana Bell with Birchway Bank, call me back when you can.")) == "message"


def test_a_number_after_a_sentence_ending_in_a_run_together_line_is_still_offered():
    text = "Hi, you've reached Tomas. My cell is off, so try my workline instead. 555-0124. Thanks."
    assert "phone" in alt_kinds(text)


def test_a_name_after_a_role_heard_as_unsure_common_words_is_a_name_heard():
    text = "For billing, press two. For our agent hollow over brenn, dial extension three three zero seven."
    facts = extract_facts(_heard_with(text, {"hollow": 0.3, "over": 0.75, "brenn": 0.2}), "greeting", TODAY)
    assert [n.text for n in facts.unsure_names] == ["hollow over brenn"]
