"""Phone numbers and extensions, written and spoken."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from greetlint.facts.numbers import find_extensions, find_phone_numbers
from greetlint.transcript import from_script

from spoken_render import STYLES, say_phone, to_spoken


def numbers(text: str) -> list[tuple[str, int]]:
    return [(n.digits, n.count) for n in find_phone_numbers(from_script(text).text)]


@pytest.mark.parametrize("text, digits", [
    ("Call me at 555-0142.", "5550142"),
    ("Our line is (206) 555-0142 during the day.", "2065550142"),
    ("Reach us at 206.555.0142 or stop by.", "2065550142"),
    ("Dial 1-206-555-0142 now.", "12065550142"),
    ("You have reached 206/555-0142.", "2065550142"),
    ("Order at 1-800-PLANTER today.", "18007526837"),
    ("Call 1-888-MELOTEL for details.", "18886356835"),
])
def test_written_numbers(text, digits):
    assert numbers(text) == [(digits, 1)]


@pytest.mark.parametrize("text, digits", [
    ("Call me at two zero six, five five five, zero one four two.", "2065550142"),
    ("My cell is two oh six five five five oh one four two, thanks.", "2065550142"),
    ("It's four oh four, double five five, one two one two.", "4045551212"),
    ("Try five five five, oh one, forty two.", "5550142"),
    ("Call one eight hundred flowers.", "18003569377"),
    ("Call one eight hundred, five five five, one two one two.", "18005551212"),
    ("Call triple five, oh one four two.", "5550142"),
    ("It's five five five, uh, oh one four two.", "5550142"),
])
def test_spoken_numbers(text, digits):
    assert numbers(text) == [(digits, 1)]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("written", ["206-555-0142", "555-0199", "1-888-555-0100", "(312) 555-7788"])
def test_spoken_round_trip(style, written):
    """A number rendered in every spoken style reads back to the digits it was written with."""
    digits = "".join(ch for ch in written if ch.isdigit())
    assert numbers(f"Please call {say_phone(written, style)}. Thank you.") == [(digits, 1)]


# North American numbers as people give them: area code and exchange start 2-9, the exchange is
# not N11; with or without the area code, written in any common layout or spoken in any style
_area = st.integers(200, 999).filter(lambda n: n % 100 != 11)
_exchange = st.integers(200, 999).filter(lambda n: n % 100 != 11)
_line = st.integers(0, 9999).map(lambda n: f"{n:04d}")
_LAYOUTS = ("{a}-{e}-{l}", "({a}) {e}-{l}", "{a}.{e}.{l}", "1-{a}-{e}-{l}", "{e}-{l}")


@settings(max_examples=400, deadline=None)
@given(_area, _exchange, _line, st.sampled_from(_LAYOUTS), st.sampled_from(("written",) + STYLES))
def test_any_number_in_any_style_reads_back_to_its_digits(area, exchange, line, layout, style):
    written = layout.format(a=area, e=exchange, l=line)
    said = written if style == "written" else say_phone(written, style)
    digits = "".join(ch for ch in written if ch.isdigit())
    assert numbers(f"Hi, please call me at {said}. Thanks so much.") == [(digits, 1)], said


@settings(max_examples=300, deadline=None)
@given(st.text(), st.text(alphabet="0123456789 -().,ohzerotwoonefivesevendoubletriple", max_size=60))
def test_number_parser_never_raises(noise, digits_soup):
    for text in (noise, digits_soup, f"{noise} call {digits_soup} {noise}"):
        for n in find_phone_numbers(from_script(text).text):
            assert n.digits.isdigit() and 0 <= n.char_start < n.char_end


def test_number_said_twice_counts_once():
    text = "My number is 404-555-0176. Again, that's four oh four, five five five, zero one seven six."
    found = find_phone_numbers(from_script(text).text)
    assert [(n.digits, n.count) for n in found] == [("4045550176", 2)]
    assert len(found[0].repeats) == 1
    start, end = found[0].repeats[0]
    assert text[start:end].startswith("four oh four")


def test_short_form_repeat_of_full_number():
    assert numbers("Call 206-555-0142, that's 555-0142.") == [("2065550142", 2)]


def test_self_correction_inside_a_number():
    assert numbers("Call four one two, six six two, um, make that three, five zero zero nine.") == [("4126635009", 1)]


@pytest.mark.parametrize("text", [
    "I'll call you back within twenty four hours.",
    "Shipping takes three to five business days.",
    "The office is open from 9 a.m. to 5 p.m., Monday to Friday.",
    "We moved to 1200 Fifth Avenue, Suite 300.",
    "Your balance is $1,250.00 as of December 24, 2026.",
    "The meeting is on 12/05/2026 at 4:30.",
    "If this is an emergency, dial 911.",
    "See Proverbs 3:5-6.",
    "I'll be home at two fifteen and leave at three thirty.",
    "Oh, and one more thing.",
    "December twenty fourth to January second, twenty twenty seven.",
])
def test_not_phone_numbers(text):
    assert numbers(text) == []


def test_spans_point_at_the_number():
    text = "Hi, it's Dana. Call two zero six, five five five, zero one four two."
    number = find_phone_numbers(from_script(text).text)[0]
    assert text[number.char_start:number.char_end] == "two zero six, five five five, zero one four two"
    assert number.text == text[number.char_start:number.char_end]


@pytest.mark.parametrize("text, ext", [
    ("My direct line is 503-555-0161, extension 417.", "417"),
    ("Call 555-0100 ext. 214 or leave a message.", "214"),
    ("Please dial extension two two one.", "221"),
    ("You can reach Brian at extension 4417.", "4417"),
])
def test_extensions(text, ext):
    transcript = from_script(text)
    assert [e.text for e in find_extensions(transcript.text)] == [ext]
    # the extension never leaks into the number
    assert all(not n.digits.endswith(ext) or len(n.digits) in (7, 10, 11) for n in find_phone_numbers(transcript.text))


def test_extension_not_part_of_number():
    assert numbers("My direct line is 503-555-0161, extension 417.") == [("5035550161", 1)]


def test_rendered_script_keeps_its_numbers():
    script = "Call 206-555-0142 by 5 p.m. within 24 hours, or 1-800-555-0100 ext. 12."
    for seed in range(5):
        assert sorted(d for d, _ in numbers(to_spoken(script, seed=seed))) == ["18005550100", "2065550142"]


@pytest.mark.parametrize("heard, digits", [
    ("Please call eight eight five five five, one two one two.", "8885551212"),  # 888 heard as "eight eight"
    ("Call me at six one four five five five five zero one five zero.", "6145550150"),  # one five too many
    ("If you need someone, call five five five one one one.", "5551111"),
])
def test_recogniser_slips_in_rows_of_equal_digits_are_repaired(heard, digits):
    assert numbers(heard) == [(digits, 1)]


@pytest.mark.parametrize("text", [
    "We open at eight, five five five people came.",  # no phone cue before the digits
    "Your account number is one two three four five six seven.",
    "Order 5550142 has shipped.",
])
def test_no_repair_or_number_without_a_phone_cue(text):
    assert numbers(text) == []


@pytest.mark.parametrize("text, digits", [
    ("For a clogged drain call 1-800-555-DRIP any time.", "18005553747"),
    ("Order by phone at 1-888-555-LAMP, thanks.", "18885555267"),
])
def test_vanity_word_after_digits_is_one_number(text, digits):
    found = [n.digits for n in find_phone_numbers(text)]
    assert found == [digits]


@pytest.mark.parametrize("text", [
    "Our clinic moved to 1800 Orchard Parkway, suite 4.",
    "Please bring juror number 4417302 to the courthouse.",
])
def test_addresses_and_juror_numbers_are_no_phone_numbers(text):
    assert find_phone_numbers(text) == []


def test_when_heard_as_one_after_a_number_is_no_digit_of_it():
    # "... zero one seven two when you get this": "when" written as "one" before the clause's "you"
    (number,) = find_phone_numbers("Call me at five five five, zero one seven two one. You get this, thanks.")
    assert number.digits == "5550172"
    (number,) = find_phone_numbers("Reach us at three one two, five five five, zero one four four one we open at nine.")
    assert number.digits == "3125550144"
    # a last "one" that is a digit of the number stays: nothing one digit too long, or no clause follows
    (number,) = find_phone_numbers("Call me at five five five, zero one seven one. You get this, thanks.")
    assert number.digits == "5550171"


# the area code said after the seven digits belongs in front of them
@pytest.mark.parametrize("text, digits", [
    ("Call me at five five five, oh one eight one, and that's area code two six two. Thanks.", "2625550181"),
    ("Try his cell: five five five, zero one two zero, and that's a 907 number.", "9075550120"),
    ("My number is 555-0134, area code 503.", "5035550134"),
    ("My number is 555-0134. Thanks, bye.", "5550134"),
    ("Call 555-0134, that's a one number.", "5550134"),  # no area code starts with one
    # named with "the": "in the 614 area code", "the six one four area code"
    ("You've got five five five, oh one four two in the six one four area code. Bye.", "6145550142"),
    ("It's 555-0142, in the 614 area code.", "6145550142"),
    # "the <code> number" after a number names another line, never the first one's area code
    ("My cell is 555-0142, the 800 number is for the front desk.", "5550142"),
    ("Call me at 555-0142. The 888 number on the website goes to billing.", "5550142"),
    ("My cell is 555-0142, the nine hundred number is switched off.", "5550142"),
    # an area code read as a cardinal, as a reader of a typed "(720)" may say it
    ("It's five hundred fifty-five dash zero one four two. Area code seven hundred twenty.", "7205550142"),
    ("Call 555-0142, the area code is six hundred fourteen.", "6145550142"),
    ("Call 555-0142, area code one hundred twelve.", "5550142"),  # no area code starts with one
])
def test_an_area_code_said_after_the_number_goes_in_front(text, digits):
    assert [n.digits for n in find_phone_numbers(text)] == [digits]


# an afterthought may open with "oh, and": the area code still goes in front; "the area code" with no code
# after it gives none
@pytest.mark.parametrize("text, digits", [
    ("After six the shop line is 555-0126, oh, and the area code is 615.", ["6155550126"]),
    ("Text me at 555-0126. Oh and the area code is six one five.", ["6155550126"]),
    ("Ask for Rory on 555-0126, and the area code is nine oh seven.", ["9075550126"]),
    # must not: no code, a code no area code can be, another number's code
    ("Ask for Rory on 555-0126, oh, and the area code is wrong on your form.", ["5550126"]),
    ("Ask for Rory on 555-0126, oh, and the area code is 115.", ["5550126"]),
    ("Ask for Rory on 555-0126. Oh, and the 800 number is for billing.", ["5550126"]),
])
def test_an_area_code_said_as_an_afterthought_goes_in_front(text, digits):
    assert [n.digits for n in find_phone_numbers(text)] == digits


# "area code NNN" said before a seven-digit number with a pause between: the number with its area code
@pytest.mark.parametrize("text, digits", [
    ("The night desk is on area code 608, 555-0139, any hour.", ["6085550139"]),
    ("You get Kit on area code two oh eight, five five five, oh one four three. Bye.", ["2085550143"]),
    ("Call Dana at area code 608: 555-0139.", ["6085550139"]),
    ("The kennel is area code seven hundred twenty, 555-0139.", ["7205550139"]),
    # the area code goes only to the number said right after it
    ("Try area code 608, 555-0139, or my cell, 555-0177.", ["6085550139", "5550177"]),
    # must not: "area code" with no code, a code no area code can be, the code alone, a code then no number
    ("The area code is wrong in your records, call 555-0139.", ["5550139"]),
    ("It's area code 108, 555-0139.", ["5550139"]),
    ("We moved into area code 608 last year. Bye.", []),
    ("Our area code is 608. Please leave a message and call 555-0139 for the desk.", ["5550139"]),
    ("In area code 608, account number 5550139 is past due.", []),
    ("Call 415-555-0144, area code 608 is our other office.", ["4155550144"]),
    # must not: an area code said to be wrong or not the number's
    ("Sorry, I gave the wrong area code 608, 555-0139 is the local desk.", ["5550139"]),
    ("The ferry office is not area code 608: 555-0139 is all you dial.", ["5550139"]),
    ("That was my old area code 608, 555-0139 is local now.", ["5550139"]),
])
def test_an_area_code_said_before_the_number_goes_in_front(text, digits):
    assert [n.digits for n in find_phone_numbers(text)] == digits


# an identifier named by how it ends or starts is no phone number
@pytest.mark.parametrize("text, digits", [
    ("We have a parcel for you, tracking number ending in 6 6 1 0 3 2 9, that needs a signature. "
     "Questions, 555-0183.", ["5550183"]),
    ("Your card that ends with five five five oh one four two was declined. Call us at 555-0199.", ["5550199"]),
])
def test_an_identifier_ending_in_digits_is_no_phone_number(text, digits):
    assert [n.digits for n in find_phone_numbers(text)] == digits


# issue 14, eng3-cb: "then" / "and then" between two groups of one number (fails on 88ef2e7)
@pytest.mark.parametrize("text, digits", [
    ("Ask for Rui, his line is three one two, eight eight four, and then two two seven oh.", ["3128842270"]),
    ("Reach me at five five five, then zero one eight eight.", ["5550188"]),
    # "then" before a key or a task joins nothing
    ("Call 555-0100, then press 2 for parts.", ["5550100"]),
])
def test_then_between_groups(text, digits):
    from greetlint.facts.numbers import find_phone_numbers
    assert [n.digits for n in find_phone_numbers(text)] == digits


@pytest.mark.parametrize("text, expected", [
    # a keypad word of more than seven letters, heard as two words that end the clause after a call cue: the
    # first seven letters are dialled
    ("Any questions? Call our service desk at eight eight eight go friends.", ["8884637436"]),
    ("Questions? Call on eight hundred seventy-seven, park care. Thanks.", ["8777275227"]),
    ("Call one eight hundred key safe now for a quote.", ["18005397233"]),
    # words that run on, or no phone cue: a count, never a number
    ("Call eight hundred more donors to sign up.", []),
    ("We need eight eight eight more people.", []),
])
def test_a_long_keypad_word_after_a_toll_free_prefix(text, expected):
    assert [n.digits for n in find_phone_numbers(text)] == expected
