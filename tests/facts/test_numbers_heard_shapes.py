"""Numbers as a recogniser writes them: cardinal groups, vanity words across a full stop, a number
said twice with no pause, a hearing cut short (invented sentences; facts, not words)."""
from __future__ import annotations

import pytest

from greetlint.facts.numbers import find_phone_numbers


def _numbers(text: str) -> list[tuple[str, int]]:
    return [(n.digits, n.count) for n in find_phone_numbers(text)]


@pytest.mark.parametrize("text, digits", [
    # a toll-free prefix said as a cardinal, the keypad word after a full stop the recogniser put in
    ("For a quote call one eight hundred seventy seven. Bake pie any time you like.", "18772253743"),
    ("Dial one eight hundred fifty five. Fix cars anytime.", "18553492277"),
    # a word that sounds like a letter's name, written as the letter
    ("Book online or call one eight hundred C. food today.", "18007333663"),
    ("Book online or call one eight hundred see food today.", "18007333663"),
])
def test_vanity_word_heard_across_a_stop_or_as_a_letter(text, digits):
    assert [d for d, _ in _numbers(text)] == [digits]


def test_a_lone_letter_that_does_not_make_seven_letters_is_no_vanity_number():
    assert _numbers("Call one eight hundred C. Thanks.") == []


@pytest.mark.parametrize("text", [
    "Lunch moved, two, seven, forty, seven, thirty. See you then.",
    "The tour is at nine, fifty, eight, twenty, then the bus.",
])
def test_cardinals_across_a_group_are_times_not_a_number(text):
    assert _numbers(text) == []


@pytest.mark.parametrize("text, digits", [
    ("Call me at four fifty-five, oh one sixty-two.", "4550162"),
    ("Call me at six one eight, five five five, oh one thirty.", "6185550130"),
    ("Call one eight hundred seventy seven, five five five, oh one one two.", "18775550112"),
])
def test_cardinals_inside_a_group_still_read(text, digits):
    assert [d for d, _ in _numbers(text)] == [digits]


@pytest.mark.parametrize("text", [
    # no pause between the sayings, the second heard with its "oh" lost
    "Text me at four three seven five five five oh two nine one four three seven five five five two nine one",
    # the first with its "oh" lost
    "Text me at four three seven five five five two nine one four three seven five five five oh two nine one",
])
def test_a_number_said_twice_without_a_pause_is_one_number(text):
    assert _numbers(text) == [("4375550291", 2)]


def test_two_different_numbers_back_to_back_are_not_merged():
    text = "Text me at four three seven five five five oh two nine one, six one eight five five five oh four four two"
    assert [d for d, _ in _numbers(text)] == ["4375550291", "6185550442"]


@pytest.mark.parametrize("text", [
    "The desk is seven one four, five five five, oh three eight two. Again, the desk is seven one four five five five five. Bye.",
    "Reach me at seven one four. Five five five two. Again, that's seven one four, five five five, oh three eight two.",
])
def test_a_hearing_cut_short_is_the_whole_number_said_again(text):
    assert _numbers(text) == [("7145550382", 2)]


def test_a_local_number_with_another_exchange_stays_a_number():
    text = "My office is seven one four, five five five, oh three eight two, or my home, two two six, oh nine one one."
    assert [d for d, _ in _numbers(text)] == ["7145550382", "2260911"]


def test_a_soundalike_inside_a_digit_run_holds_a_digits_place_in_an_unclear_number():
    from greetlint.facts.confidence import unclear_numbers

    # seven places, one of them a soundalike: heard, not understood (a warning), not "no number"
    text = "Anyway, try me later. It's six, four, two, a one, three, nine, or email, fine."
    assert [u.text for u in unclear_numbers(text, [], [])] == ["six, four, two, a one, three, nine"]
    # six places are no number, soundalike or not
    assert unclear_numbers("Anyway, it's six, four, a one, three, nine, fine.", [], []) == []


@pytest.mark.parametrize("text, numbers", [
    # a word after "eight hundred" and a full stop is a keypad word only after a call cue
    ("We open at eight hundred. Goodbye.", []),
    ("Breakfast ends at eight hundred. Message me.", []),
    # "eighteen hundred" is the leading one and a toll-free prefix
    ("Call eighteen hundred, five five five, one two one two.", ["18005551212"]),
])
def test_cardinal_toll_free_prefixes_in_context(text, numbers):
    assert [m.digits for m in find_phone_numbers(text)] == numbers


@pytest.mark.parametrize("text", [
    "I'm calling about in voice four, four, one, nine, eight, two, seven for last month.",
    "About permit application C, two, zero, one, nine, three, three, one, six, eight, eight, please call back.",
])
def test_identifiers_as_a_recogniser_writes_them_are_no_phone_numbers(text):
    assert [m.digits for m in find_phone_numbers(text)] == []


@pytest.mark.parametrize("text, digits", [
    # a lone "Oh." as a sentence of its own after the number is an interjection, not its last digit
    ("For a cab, call our partner at two four six, three one five, seven seven eight two. Oh.", "2463157782"),
    ("Need parts? Call the counter at four four seven one, nine, three, six, two, five. Oh!", "4447193625"),
])
def test_a_closing_oh_said_alone_is_no_digit(text, digits):
    assert [d for d, _ in _numbers(text)] == [digits]


def test_an_oh_inside_the_number_after_a_full_stop_is_still_a_digit():
    assert [d for d, _ in _numbers("Call me at six two four, five five five. Oh one three eight.")] == ["6245550138"]


@pytest.mark.parametrize("text, digits", [
    # the groups said as cardinals with no pause: a tens word joined to the next group's first digit
    ("Any trouble, call the depot four twenty six thirty five oh one oh six.", "4206350106"),
    ("Questions? Ring the front desk at nine seventy five fifty five oh one oh six.", "9705550106"),
    ("My cell is two oh six five fifty five oh one twenty two.", "2065550122"),
])
def test_tens_run_into_the_next_group_are_read_apart(text, digits):
    assert [d for d, _ in _numbers(text)] == [digits]


@pytest.mark.parametrize("text", [
    # without a phone cue such a row is a price or a time
    "The repair came out at seven forty five ninety five, parts included.",
    "We open at nine thirty five and close at six.",
])
def test_tens_run_together_without_a_cue_are_no_number(text):
    assert _numbers(text) == []


@pytest.mark.parametrize("text, digits", [
    ("My line is four zero four five five five zero one three eight. No, sorry, "
     "four zero four five five five zero one eight three. Bye.", "4045550183"),
    ("My line is four zero four, five five five, zero one three eight, make that three nine. Bye.", "4045550139"),
])
def test_a_number_taken_back_gives_only_the_corrected_one(text, digits):
    assert [d for d, _ in _numbers(text)] == [digits]


@pytest.mark.parametrize("text", [
    "The new brakes totaled three, twenty, nine, forty, five with the coupon. See you.",
    "Your order totals to nineteen eight sixty five. Thanks.",
])
def test_a_total_said_as_a_verb_names_an_amount(text):
    assert _numbers(text) == []


@pytest.mark.parametrize("text, digits", [
    # the recogniser ran on in a row of equal digits by two: cut to the one row that can be dialled
    ("Call me at three zero two, five, five, five, five, five, zero, one, four, four, or not.", "3025550144"),
    ("Reach me at seven one seven eight eight eight eight eight two one nine three.", "7178882193"),
])
def test_a_row_run_on_by_more_than_one_digit_is_cut_to_the_dialable_row(text, digits):
    assert [d for d, _ in _numbers(text)] == [digits]


def test_a_number_of_equal_digits_said_as_such_is_kept():
    assert [d for d, _ in _numbers("Call me at five five five, five five five five.")] == ["5555555"]


def test_a_correction_starts_over_where_its_first_digits_were_said_before():
    # a hesitation ("oh one... oh one six four") before the correction: it restarts at the first "oh one"
    text = "My desk is five, five, five, oh, one, oh, one, six, four. No, wait, oh, one, four, six. Bye."
    assert [d for d, _ in _numbers(text)] == ["5550146"]


def test_a_time_word_after_a_whole_number_with_an_area_code_does_not_name_it():
    text = "For billing, call one, eight, eight, eight, five, five, five, zero, one, seven, one, PM Eastern."
    assert [d for d, _ in _numbers(text)] == ["18885550171"]
    assert _numbers("We open at seven, one, five, PM daily.") == []


def test_seven_digits_opening_with_eight_hundred_are_a_toll_free_number_cut_short():
    assert _numbers("To report it at any hour, call eight hundred, five, five, five, one, nine, no. Thanks.") == []


def test_a_second_number_heard_cut_to_the_first_ones_area_code_is_no_local_number():
    text = ("Reach me at my desk, four two five, five five five, zero one four one, or on my cell at "
            "four two five five five five five. Bye.")
    assert [d for d, _ in _numbers(text)] == ["4255550141"]


@pytest.mark.parametrize("text, digits", [
    ("My line is 404-555-0138, no, sorry, 404-555-0183. Bye.", ["4045550183"]),
    # an apology that is no correction, and a number much later, keeps the first
    ("Call 555-0142. Sorry we missed you! Or try 555-0199.", ["5550142", "5550199"]),
])
def test_a_typed_number_taken_back_at_once_gives_only_the_corrected_one(text, digits):
    assert [d for d, _ in _numbers(text)] == digits


@pytest.mark.parametrize("text, digits", [
    ("Not checking this phone, call my other one two oh six five five five oh one oh four", ["2065550104"]),
    # a "one" that opens the number after a call cue is its leading 1
    ("Call one two oh six five five five oh one oh four.", ["12065550104"]),
])
def test_one_as_a_pronoun_before_a_number_is_no_leading_one(text, digits):
    assert [d for d, _ in _numbers(text)] == digits


@pytest.mark.parametrize("text, numbers", [
    # a sum said as a cardinal with "thousand", then a word: no toll-free prefix and keypad word
    ("The repair comes to one thousand eight hundred dollars. Call us back.", []),
    ("We quoted between one thousand eight hundred dollars and two thousand dollars for the job.", []),
    # the toll-free prefix said as digits or as "eighteen hundred" still takes the word after it
    ("To order call one eight hundred flowers today.", ["18003569377"]),
    ("To order call eighteen hundred flowers today.", ["18003569377"]),
])
def test_a_sum_with_thousand_is_no_vanity_number(text, numbers):
    assert [m.digits for m in find_phone_numbers(text)] == numbers


@pytest.mark.parametrize("text, digits", [
    # an area code said after the number as a cardinal with a unit after "hundred"
    ("Call me at five five five, oh one four two, area code two hundred one.", "2015550142"),
    ("Call me at five five five, oh one four two, area code two hundred and one.", "2015550142"),
    ("Call me at five five five, oh one four two, that's area code seven hundred twenty.", "7205550142"),
    ("Call me at five five five, oh one four two, area code three hundred twelve.", "3125550142"),
    ("Call me at five five five, oh one four two, area code two oh one.", "2015550142"),
])
def test_an_area_code_said_as_a_cardinal_reads_as_its_value(text, digits):
    assert [m.digits for m in find_phone_numbers(text)] == [digits]
