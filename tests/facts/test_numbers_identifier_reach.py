"""Identifiers read out digit by digit: the cue names the digits across what a recogniser writes between
them ("number." with a full stop, "is number", spelled letters), and phone numbers around them stay whole.
Invented sentences only."""
import pytest

from greetlint.facts.numbers import find_phone_numbers


def _digits(text):
    return [p.digits for p in find_phone_numbers(text)]


@pytest.mark.parametrize("text", [
    # spelled letters between the cue and the digits, with the recogniser's full stops or in lower case
    "your claim number is H. R. two zero nine four four seven one",
    "your claim number is h r two zero nine four four seven one",
    "the policy is Q. T. X. six six one three oh eight two thanks",
    # "is number" after the cue
    "the repair order is number four four eight one zero two seven",
    "my ticket is number three three nine one two zero four",
    # a full stop after "number"
    "account number. Seven, seven, zero, two, three, one, five, eight. One, two please return my call",
    "the confirmation number. six two six one four four nine",
    # "number for your X is"
    "the reference number for your visit is four four eight one zero two nine",
    "the order # is 555 0142",
])
def test_identifier_read_out_is_no_phone_number(text):
    assert _digits(text) == []


@pytest.mark.parametrize("text, expected", [
    ("my number is five five five oh one four two", ["5550142"]),
    ("call me at five five five oh one four two my account number is 1234", ["5550142"]),
    ("the reference number for your call is four four eight one zero two nine and you can reach me at 555-0142",
     ["5550142"]),
    ("account number. Seven seven zero two three one five eight. You can reach me at five five five oh one four two",
     ["5550142"]),
    ("order number is H. R. two zero nine four, or just call me at five five five oh one four two", ["5550142"]),
    ("it's about my order, call me back at two oh six five five five oh one four two", ["2065550142"]),
    ("this is about my claim. five five five oh one four two is the best number", ["5550142"]),
    ("the item is a five five five oh one four two", ["5550142"]),
    ("my number is five five five oh one four two. my account number is 1234", ["5550142"]),
    ("my account number is four four eight one two and my cell is five five five oh one four two", ["5550142"]),
    # "for/with the X" after a cue names nothing unless "is" follows
    ("i made a reservation with the hotel five five five oh one four two is their desk", ["5550142"]),
    ("about my order for the party two oh six five five five oh one four two", ["2065550142"]),
])
def test_phone_number_beside_identifier_kept(text, expected):
    assert _digits(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the identifier's run ends at the full stop where the speaker goes on to a phone number
    ("account number. seven seven zero two three one five eight. five five five oh one four two is my cell",
     ["5550142"]),
    ("ticket number four four eight one two. two oh six five five five oh one four two works best", ["2065550142"]),
    # digits after the stop that are no whole number stay the identifier's
    ("account number. seven seven zero two three one five eight. one two please return my call", []),
    # "leave your account number." asks for one: the next sentence's digits are a phone number
    ("please leave your name and account number. five five five oh one four two is our after hours line",
     ["5550142"]),
])
def test_identifier_run_ends_at_full_stop(text, expected):
    assert _digits(text) == expected
