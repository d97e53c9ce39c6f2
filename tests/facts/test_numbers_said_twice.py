"""A number said twice and heard once with one digit different is one number."""
from greetlint.facts.numbers import find_phone_numbers


def test_a_spoken_repeat_one_digit_off_is_the_same_number_as_first_heard():
    text = ("My number is four eight zero, five five five, zero one four four. "
            "Again, four eight oh, five five five, two one four four.")
    (number,) = find_phone_numbers(text)
    assert number.digits == "4805550144" and number.count == 2


def test_written_numbers_a_digit_apart_stay_two_numbers():
    digits = [n.digits for n in find_phone_numbers("Call 206-555-0142 or fax 206-555-0143.")]
    assert digits == ["2065550142", "2065550143"]


def test_spoken_numbers_two_digits_apart_stay_two_numbers():
    text = "Call me at two oh six, five five five, oh one four two, or my cell, two oh six, five five five, nine one four one."
    assert len(find_phone_numbers(text)) == 2
