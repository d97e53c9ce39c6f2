"""A number said twice and heard once with one digit different is one number."""
import pytest

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


def test_two_numbers_a_digit_apart_each_with_its_own_cue_stay_two():
    # a second number announced for someone else is not a repeat heard one digit off
    text = "For Lena, her mobile is five five five zero one three two. Marco's is five five five zero one three three."
    assert [n.digits for n in find_phone_numbers(text)] == ["5550132", "5550133"]


def test_a_second_number_whose_owner_was_heard_without_the_s_stays_a_second_number():
    # "Marco's is" heard as "Marco is": still a new number's cue; "it is" points back: a repeat
    text = "For Lena, her mobile is five five five zero one three two. Marco is five five five zero one three three."
    assert [n.digits for n in find_phone_numbers(text)] == ["5550132", "5550133"]
    text = "My number is five five five zero one three two. It is five five five zero one three three."
    assert [n.digits for n in find_phone_numbers(text)] == ["5550132"]


def test_a_repeat_heard_with_a_digit_dropped_and_one_added_is_one_number():
    # "again": the second hearing lost one of the row (the "Oh." said alone after it is no digit)
    text = ("Please ring us at eight eight eight, five five five, zero one six six about your order. "
            "Again, that's eight eight five five five zero one six six. Oh.")
    (number,) = find_phone_numbers(text)
    assert number.digits == "8885550166" and number.count == 2


def test_a_number_said_twice_in_one_breath_and_heard_differently_is_one_number_said_twice():
    # one run of twenty digits: the first hearing split "sixty-three" in two, the second is clean
    text = "Call four, one, two, five, five, five, oh, one, sixty, three, four, one, two, five, five, five, oh, one, six, three."
    (number,) = find_phone_numbers(text)
    assert number.digits == "4125550163" and number.count == 2


def test_a_number_said_over_and_over_in_one_run_is_one_number():
    # said slowly three times, and a decoder loop writing a number said twice four times, the last cut short
    for text in ("My number is four. Four. Seven. Oh. Two. Six. One. Four. Four. Seven. Oh. Two. Six. One. "
                 "Four. Four. Seven. Oh. Two. Six. One. Thank you.",
                 "Ring me on three one two, six six five, oh nine four one, three one two, six six five, oh nine four "
                 "one, three one two, six six five, oh nine four one, three one two, six six five, nine four one. Bye."):
        (number,) = find_phone_numbers(text)
        assert number.digits in ("4470261", "3126650941") and number.count >= 3


def test_three_different_numbers_in_one_run_are_not_one_number_said_over():
    text = ("Call four four seven oh two six one, four four seven oh two eight five, four four seven oh two nine "
            "three. Bye.")
    assert sorted(n.digits for n in find_phone_numbers(text)) == ["4470261", "4470285", "4470293"]


def test_another_line_offered_before_a_repeat_cue_is_a_second_number():
    # "that's" points back, but "also try my office" before it offers another line: two numbers, two digits apart
    text = ("My cell is five five five zero one five five, or you could also try my office. That's five five five "
            "zero one seven three.")
    assert [n.digits for n in find_phone_numbers(text)] == ["5550155", "5550173"]
    text = "Call me at five five five zero one five five. Wait, that's the shop. My cell is five five five zero one five four."
    assert [n.digits for n in find_phone_numbers(text)] == ["5550155", "5550154"]


def test_a_plain_repeat_after_that_is_stays_one_number():
    text = "Call me at five five five zero one five five. Again, that's five five five zero one five three."
    (number,) = find_phone_numbers(text)
    assert number.count == 2


def test_a_line_named_after_a_correction_is_not_taken_back():
    # "wait, that's the office" names the first line; "wait, that's my old one" takes it back
    kept = ("Best number for me is four one five five five five zero one five five. Wait, that's the office. "
            "My cell is four one five five five five zero one five four.")
    assert [n.digits for n in find_phone_numbers(kept)] == ["4155550155", "4155550154"]
    taken_back = ("Call me at five five five zero one five five. Wait, no, that's my old one. "
                  "It's five five five zero one five three.")
    assert [n.digits for n in find_phone_numbers(taken_back)] == ["5550153"]


# the review of the rules above (invented transcripts): what must stay one number, or be taken back
REVIEWED = [
    # the same line named again after a repeat cue, or before both numbers: one number heard a digit off
    ("my cell is five five five oh one four two. again, my cell is five five five oh one four three.", ["5550142"]),
    ("call me at five five five oh one four two, or text that same number, again that's five five five oh one "
     "four three.", ["5550142"]),
    ("it's five five five oh one four two. i'm also home tomorrow. again that's five five five oh one four three.",
     ["5550142"]),
    # a line named after a correction, then said to be out of use or corrected again: taken back
    ("call five five five oh one four two, wait, that's my home number, it's been shut off. try five five five oh "
     "nine one one.", ["5550911"]),
    ("call me at five five five oh one four two, wait, that's my home, i mean five five five oh one two four.",
     ["5550124"]),
]


@pytest.mark.parametrize("text, expected", REVIEWED)
def test_reviewed_repeats_and_retractions(text, expected):
    assert [n.digits for n in find_phone_numbers(text)] == expected


def test_of_two_hearings_a_digit_apart_the_one_without_a_longer_row_is_the_number():
    # "oh" after a row of equal digits heard as one more of the row, in one of the two sayings
    text = ("Call our line one eight hundred five five five five one nine two. That's one eight zero zero five five "
            "five zero one nine two.")
    (number,) = find_phone_numbers(text)
    assert number.digits == "18005550192" and number.count == 2
    text = "Call me at five five five oh one four two. Again that's five five five five one four two."
    (number,) = find_phone_numbers(text)
    assert number.digits == "5550142"


@pytest.mark.parametrize("text, expected", [
    # the area code said afterwards with a contraction: "area code's 312"
    ("Text me or call me at 555-0175, area code's 312, and I'll call later.", ["3125550175"]),
    # a line no longer in use named by its place: "that's my old desk", "it's my old office"
    ("Call me at 555-0193, sorry, no, that's my old desk. It's 555-0139. Thanks.", ["5550139"]),
    ("Reach me on 555-0120, sorry, that was my former office. 555-0102 works.", ["5550102"]),
    # an old place that is no phone line keeps the number
    ("My old office is closed, so call 555-0142.", ["5550142"]),
])
def test_area_code_contraction_and_old_desk(text, expected):
    assert [n.digits for n in find_phone_numbers(text)] == expected
