"""Generalisation cases (issue 4, second round): one group per cause found on an independent set.

Every sentence here is written for this file; none is taken from a dev or held-out record.
"""
from __future__ import annotations

import datetime as dt

import pytest

from script_facts import facts, kind_of


def names(text: str, kind: str | None = None) -> list[str]:
    return [n.text for n in facts(text, kind).names]


# 1. lower-case, unpunctuated transcripts still name people right after a strong cue
@pytest.mark.parametrize("text, expected", [
    ("hey its marco leave me a message", ["marco"]),
    ("hi you have reached dana and priya please leave a message", ["dana", "priya"]),
    ("this is rosalind calling about the invoice call me back", ["rosalind"]),
    ("my name is oscar reyes and i need a quote", ["oscar reyes"]),
    ("this message is for henrietta please call the library", ["henrietta"]),
])
def test_lower_case_names_after_strong_cues(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "its about saturday call me back",
    "this is important please call me",
    "it's raining here so call me back later",
    "hi you have reached the front desk leave a message",
    "this is just a quick reminder about tomorrow",
])
def test_common_words_after_cues_are_not_names(text):
    assert names(text) == []


# 2. a title before the name
@pytest.mark.parametrize("text, expected", [
    ("Hi, this is Coach Ramirez about practice on Thursday.", ["Coach Ramirez"]),
    ("This is Rabbi Stern, please leave a message.", ["Rabbi Stern"]),
    ("You've reached Sergeant Boyle at the front desk.", ["Sergeant Boyle"]),
    ("Hello, it's Principal Okoye from Westfield Middle School.", ["Principal Okoye"]),
])
def test_title_before_name(text, expected):
    assert names(text)[:1] == expected


# 3. a relationship word before the name
def test_relationship_before_name():
    assert names("Hey, it's your cousin, Marisol, from the reunion committee.") == ["Marisol"]


# 4. a business after "you've reached" is the company, not a person
@pytest.mark.parametrize("text, company", [
    ("You have reached Blue Heron Landscaping. Leave a message.", "Blue Heron Landscaping"),
    ("Hi, you've reached Lucky Dragon Pizza, we're closed right now.", "Lucky Dragon Pizza"),
    ("You've reached Maplewood Orthodontics after hours.", "Maplewood Orthodontics"),
    ("You have reached the law offices of Brandt and Cole.", "Brandt and Cole"),
])
def test_business_after_reached_is_company(text, company):
    found = facts(text, "greeting")
    assert found.names == []
    assert found.company is not None and found.company.text == company


# 5. in a message, places, streets and pets are not names
@pytest.mark.parametrize("text, expected", [
    ("Hi Carla, we drove down to Georgia and the rental on Birch Avenue is lovely. Call me back.", ["Carla"]),
    ("Hey, it's Omar. I took my dog Pepper to the vet near Cedar Lake. Talk soon.", ["Omar"]),
    ("Hi, the package is at the store on Elm Street, the one across from Riverside Mall. Call me.", []),
    ("Yeah, I know Gerald was upset, but don't mention it at dinner.", ["Gerald"]),
])
def test_message_names_not_places_or_pets(text, expected):
    assert names(text, "message") == expected


# 6. promises with another subject, or passive, or an object other than "you"
@pytest.mark.parametrize("text, cls", [
    ("Leave your details and one of our technicians will call you back within two hours.", "specific"),
    ("Voicemails received over the weekend will be returned on Monday.", "specific"),
    ("Messages left after six will be returned the next business day.", "specific"),
    ("I'll call your cell after my shift tomorrow.", "specific"),
    ("Calls that come in during lunch are returned promptly.", "vague"),
])
def test_other_subjects_and_passive_promises(text, cls):
    assert facts(text, "greeting").callback.cls == cls


# 7. windows and promise verbs said in other ways
@pytest.mark.parametrize("text, cls", [
    ("Leave a message and I'll call you back the same afternoon.", "specific"),
    ("Leave a message and I'll get back to you first thing Wednesday.", "specific"),
    ("Leave a message and I'll ring you back first thing in the morning.", "specific"),
    ("Leave a message and I'll return your call on the twenty first.", "specific"),
    ("Leave a message and I'll return your call when I'm back next week.", "specific"),
    ("Leave a message and I'll get right back to you.", "vague"),
    ("leave a message ill hit you back", "vague"),
    ("leave a message ill call you back", "vague"),
])
def test_windows_and_promise_verbs(text, cls):
    assert facts(text, "greeting").callback.cls == cls


def test_caller_keeps_trying_is_a_vague_promise():
    assert facts("Hey, it's Bo again. Missed you twice now. I'll keep trying.", "message").callback.cls == "vague"


def test_ill_as_an_adjective_is_no_promise():
    assert facts("Hi, it's Zoe, I'm ill, call the school for me.", "message").callback.cls == "none"


# 8. in a message, the caller's own contact details and mailbox keys are not alternative contacts
@pytest.mark.parametrize("text", [
    "Hi, it's Vic from Dunmore Paving, you can reach me sooner at my cell, 555-0171. Thanks.",
    "Hi Ms. Grant, this is Lou at Pinecrest Bank. Email me at lou at pinecrest dot com about account 55512345.",
])
def test_message_own_contacts_are_not_alternatives(text):
    assert facts(text, "message").alt_contact == []


def test_mailbox_options_key_is_not_an_operator():
    assert facts("Please leave a message after the tone, or press pound for more options.", "greeting").alt_contact == []


def test_qualified_emergency_is_an_alternative():
    text = "If this is a dental emergency, please call the on-call line. Otherwise leave a message."
    found = facts(text, "greeting").alt_contact
    assert [(a.kind, a.text) for a in found] == [("other", "If this is a dental emergency"), ("other", "on-call line")]


# 9. spelled-out prices and amounts are never phone numbers
@pytest.mark.parametrize("text, digits", [
    ("The estimate is four thousand six hundred and twenty dollars. Call me at five five five, oh one nine eight.",
     ["5550198"]),
    ("Your balance is one thousand two hundred fifty dollars and sixty cents.", []),
    ("It comes to eight hundred and seventy five dollars, ninety nine cents.", []),
])
def test_spelled_prices_are_not_numbers(text, digits):
    assert [n.digits for n in facts(text, "message").phone_numbers] == digits


# 10. a number with a trunk zero, said with "double"
@pytest.mark.parametrize("text, digits", [
    ("Please ring me on oh one six one, four nine six, double oh double seven. Cheers.", "01614960077"),
    ("Call the office on 020 7946 0321.", "02079460321"),
])
def test_trunk_zero_numbers(text, digits):
    assert [n.digits for n in facts(text, "message").phone_numbers] == [digits]


# 11. kind: messages that address the listener, return a call or follow up
@pytest.mark.parametrize("text", [
    "Hi Dr. Whitfield, this is Omar from Lakeside Imaging. The scans came in this morning.",
    "Hey, Gary Lund with Northstar Freight, returning your call about the pallet pickup.",
    "Hello, it's Rosa. Tried you on your cell too. Nothing urgent.",
    "Good afternoon Mr. Haddad. We had a problem shipping your order to the new address.",
    "Hey it's your brother, your bike's fixed, come grab it.",
    "Hi, this is Tomas with Clearview Windows confirming your installation for Friday.",
])
def test_messages_without_call_me_back(text):
    assert kind_of(text) == "message"


@pytest.mark.parametrize("text", [
    "Hi, this is Lena from Harbor Books. Sorry I missed you, leave a message after the tone.",
    "You've reached Pat. I'm not available, but I'll return your call as soon as I can.",
    "Hello, it's Gwen. Leave a message.",
])
def test_greetings_stay_greetings(text):
    assert kind_of(text) == "greeting"


# 12. away without "out of office" words; an overnight closure is not away
@pytest.mark.parametrize("text, away", [
    ("Hi, it's Nadia. I'm away on a business trip this week, back Monday the 30th. Leave a message.", True),
    ("This is Cole. I'm flying out tomorrow and I'm back on 12/9. Leave a message.", True),
    ("You've reached Ridgeway Dental. We are closed until 8 tomorrow morning. Leave a message.", False),
    ("You've reached Ridgeway Dental. We are closed until Monday, January 5th for the holidays.", True),
])
def test_out_of_office_without_office_words(text, away):
    assert (facts(text, "greeting").ooo is not None) is away


def test_numeric_return_date():
    ooo = facts("This is Cole. I'm flying out tomorrow and I'm back on 12/9. Leave a message.", "greeting").ooo
    assert ooo.return_date == dt.date(2026, 12, 9)


# the same causes as the recogniser writes them (numerals suppressed, pauses as full stops, commas)
@pytest.mark.parametrize("text, digits", [
    ("Call my cell at four one two dot five hundred fifty five dot zero one eight eight.", ["4125550188"]),
    ("You can reach us on oh one six one, four nine six, double, oh, double, seven.", ["01614960077"]),
    ("The tires came to one thousand, two hundred forty dollars. Call us at five five five, oh one six six.", ["5550166"]),
    # one five of 555 lost by the recogniser after a full stop: repaired, not cut to seven digits
    ("Please call. six one seven, five five, zero one four four, thanks.", ["6175550144"]),
    ("The phone number on the account, two zero six five five five zero one nine nine, is that right?", ["2065550199"]),
])
def test_spoken_number_forms(text, digits):
    assert [n.digits for n in facts(text, "message").phone_numbers] == digits


@pytest.mark.parametrize("text, cls", [
    ("Leave a message and I'll. Call you back this evening.", "specific"),
    ("Leave a message and we'll return. Your call on the nineteenths.", "specific"),
    ("Hey, it's Jo, it'll hit you back.", "vague"),
    ("I check messages at noon, so I'll call you back that afternoon.", "specific"),
])
def test_spoken_promise_forms(text, cls):
    assert facts(text, "greeting").callback.cls == cls


@pytest.mark.parametrize("text, expected", [
    # the recogniser capitalises names: in a cased transcript a lower-case run after the cue is not one
    ("You have reached blue hair and landscaping. Leave a message.", []),
    # ... unless the word stands alone, as a name said on its own
    ("Hey, it's kev. Call me back.", ["kev"]),
])
def test_lower_case_names_in_cased_transcripts(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, cls", [
    ("Leave a message and wheel, get right back to you.", "vague"),
    ("You've reached Tom Baker, I'll bring you back first thing Monday.", "specific"),
])
def test_recogniser_promise_spellings(text, cls):
    assert facts(text, "greeting").callback.cls == cls
