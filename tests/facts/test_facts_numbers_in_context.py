"""Phone numbers in context: prices, identifiers, trunk zeros and spoken forms that are or are not numbers
(every sentence invented)."""
from __future__ import annotations

import pytest

from script_facts import facts


# 9. spelled-out prices and amounts are never phone numbers
@pytest.mark.parametrize("text, digits", [
    ("The estimate is three thousand eight hundred and forty dollars. Call me at five five five, oh one nine eight.",
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


# the same causes as the recogniser writes them (numerals suppressed, pauses as full stops, commas)
@pytest.mark.parametrize("text, digits", [
    ("Call my cell at four one two dot five hundred fifty five dot zero one eight eight.", ["4125550188"]),
    ("You can reach us on oh one six one, four nine six, double, oh, double, seven.", ["01614960077"]),
    ("The brakes came to one thousand, three hundred sixty dollars. Call us at five five five, oh one six six.", ["5550166"]),
    # one five of 555 lost by the recogniser after a full stop: repaired, not cut to seven digits
    ("Please call. six one seven, five five, zero one four four, thanks.", ["6175550144"]),
    ("The phone number on the policy, two zero six five five five zero one nine nine, is that right?", ["2065550199"]),
])
def test_spoken_number_forms(text, digits):
    assert [n.digits for n in facts(text, "message").phone_numbers] == digits


# 7. digits named as an identifier are not a phone number
@pytest.mark.parametrize("text", [
    "Hi, it's the pharmacy. Your prescription number is 4 4 1 7 2 0 9. Thanks.",
    "Hi, this is Dale from shipping. Your tracking number is five five one two zero eight three.",
    "Hello, it's the clinic. Your rx number, 7 3 0 1 5 5 2, is ready.",
])
def test_identifiers_are_not_phone_numbers(text):
    assert facts(text, "message").phone_numbers == []


def test_a_cut_toll_free_prefix_is_not_a_local_number():
    text = "Call one, eight hundred, seven, seven, seven, gutters. That's one, eight, seven, seven, five, five, five, zero, one, three, nine."
    assert [n.digits for n in facts(text, "greeting").phone_numbers] == ["18775550139"]


@pytest.mark.parametrize("text, digits", [
    # a dotted number read as cardinals, each group closed by "dot"
    ("After hours, call the on-call cell at four hundred two dot five hundred fifty five dot zero one six three.",
     ["4025550163"]),
    # a lettered code after "confirmation number" is the code's, not a phone number
    ("To change it, call 1-855-555-0171. Confirmation number K L seven seven three one nine two.", ["18555550171"]),
    # a spoken vanity word the recogniser split in two
    ("Call us at one eight hundred car wash, that's it.", ["18002279274"]),
    # six letters after "one eight hundred" make no number
    ("Call us at one eight hundred fix now, that's it.", []),
    # ten digits opening with "one eight zero zero": an 11-digit number that lost a digit, not a number
    ("That's one, eight, zero, zero, four, four, two, seven, one, six.", []),
    # "fifty-five" with the recogniser's pause inside it
    ("Again, that is four, one, six, two, two, seven, fifty, five, eighty-one.", ["4162275581"]),
    # ...and a recogniser that writes a comma after every word splits each tens word from its digit
    ("Please call us at area code, three one, two, five, fifty, five, oh, one, thirty, four. Bye.", ["3125550134"]),
    ("Call me at five, fifty, five, oh, one, sixty, eight. Thanks.", ["5550168"]),
    # ...while groups the speaker closed with a tens word stay apart
    ("Any questions, call the shop, nine seventy, five fifty-five, oh one, oh six.", ["9705550106"]),
    ("Or call me, area code seven hundred twenty, five five five, zero one five nine. Bye.", ["7205550159"]),
    ("Call me at five fifty, five oh one two. Thanks.", ["5505012"]),
    ("Call us toll free at one, eight hundred, five, fifty, five, oh, one, seventy, three.", ["18005550173"]),
    # ...and with no word naming a phone before it such a row is a count, a score or a code, no number
    ("We sold thirty, one, twenty, two, sixty, eight of them. Bye.", []),
    ("Send thirty, three boxes and twenty, two crates. Bye.", []),
    ("The kit has three, fifteen, forty, seven, sixty, one parts.", []),
    ("Invoice, seven, twelve, fifty, one, eighty, two.", []),
    ("The lock combination is, eight, twelve, thirty, four, sixty, five.", []),
    ("Hi, it's Lee, we sold, four, fourteen, thirty, two, seventy, five units, call me.", []),
    # eleven single digits with a row of five: the recogniser doubled one, it is not a number and a stray
    ("Once more, seven, two, four, five, five, five, oh, one, eight, three. Bye.", ["7245550183"]),
    # ...while a placeholder number in a script is still a number
    ("My number is one two three, four five six, seven eight nine zero.", ["1234567890"]),
    # a toll-free number that lost one of the row in its prefix: no area code starts with 1
    ("Call us toll free at one, eight, eight, two, four, four, zero, one, six, six.", ["18882440166"]),
    ("Or dial one. eight five five five five zero one three seven. Goodbye.", ["18555550137"]),
    # after "call", the row that lost a digit may be past the prefix
    ("To reschedule, call one eight eight eight five five zero one two nine. Thanks.", ["18885550129"]),
    # a local number with one of its row doubled
    ("My cell's six, two, two, two, two, oh, one, four. Talk soon.", ["6222014"]),
    # an identifier names its whole run, also where a number could be read from its second digit on
    ("About claim number zero, six, two, two, four, nine, one, three. Bye.", []),
    ("Your file is case number thirty one to zero zero six two four one eight. Bye.", []),
    ("Reference number K as in kilo, five five oh three one six. We need a copy.", []),
    # amounts and times said in words are no numbers
    ("The total came, three hundred, six, four, seventy. We close at six.", []),
    ("Our hours are Tuesday through Friday, eight thirty, two, five thirty. Bye.", []),
    ("Services are on Sunday at nine, ten, ten, eleven noon. Bye.", []),
    # a group started over after "wait": the digits said again replace the ones they repeat
    ("My number's four, four, four, oh, six, wait, oh, six, two, nine. Thanks.", ["4440629"]),
    # ...while a number after a phone cue and a day is one
    ("You can reach me weekdays, four one five, five five five, oh one seven seven.", ["4155550177"]),
    # "no, sorry" corrects the group said just before: as many digits as the group said after it
    ("For repairs call Jonah at five five five, two one eight two, no, sorry, two one two eight. Bye.", ["5552128"]),
    ("Call me at three one two, five five five, oh one four six no sorry oh one six four thanks", ["3125550164"]),
    ("Call Tomasz at five, five, five, two, one, eight, two, no, sorry, two, one, two, eight. Bye.", ["5552128"]),
    # ...and one whole number said over replaces the whole number
    ("It's five five five, two four one three, sorry, five five five, two four three one. Bye.", ["5552431"]),
    # a digit looped past any number's length is the recogniser looping: no number read from it
    ("Call me at five five five, oh one four four, then seven, " + "eight, " * 30 + "and bye.", ["5550144"]),
    # a number taken back right after it is said gives only the number said instead
    ("Reach me on five five five, oh three eight... no wait, that was my old line. It's five five five, oh three "
     "two six. Bye.", ["5550326"]),
    ("Reach me at four one two, five five five, oh one three three, sorry, four one two, five five five, oh one "
     "three eight.", ["4125550138"]),
    # an identifier with a comma before its "number", a date of birth, a rate: no phone numbers
    ("Your refill, number six two two four nine one three is ready. Call five five five oh one two eight.", ["5550128"]),
    ("Calling about Lee Park, date of birth, six, fourteen, nineteen, eighty, please call us back.", []),
    ("The job pays seven a.m. to three thirty, twenty two fifty an hour. Call two one two, five five five, oh one "
     "seven one.", ["2125550171"]),
])
def test_numbers_as_the_recogniser_writes_them(text, digits):
    assert [n.digits for n in facts(text, "greeting").phone_numbers] == digits

# a typed number taken back with a correction and words saying that phone line no longer reaches the speaker, then a
# number of the same length said a little later: only the second is callable
@pytest.mark.parametrize("text, digits", [
    ("Buzz the gatehouse on 555-0152, sorry, that is our former desk line; these days it's 555-0157.",
     ["5550157"]),
    ("Ring 555-0152, wait, sorry, that was the wrong one, I should have said 555-0125.", ["5550125"]),
    ("Text 207-555-0152, sorry, that's my previous cell, hang on, 207-555-0125. Thanks.", ["2075550125"]),
    ("Dial 555-0152, hold on, that line is disconnected now, so use 555-0125.", ["5550125"]),
    ("Reach Sam on 555-0152, sorry, that number is no longer in service, use 555-0125.", ["5550125"]),
    # must not: a correction that keeps the first number callable, a number said without a correction, a number
    # of another length, a correction said too far before the next number, "old" not said of the number
    ("Call me at 555-0152, no, that's my cell, the office is 555-0199.", ["5550152", "5550199"]),
    ("Call me at 555-0152. I moved off my old bench, but it forwards to 555-0199.", ["5550152", "5550199"]),
    ("Call 555-0152, sorry, that's my old office's number, and my cell is 207-555-0199.", ["5550152", "2075550199"]),
    ("Call 555-0152, sorry, that was my old number, it still rings through to me and I will pick up, or 555-0199.",
     ["5550152", "5550199"]),
    ("Call me at 555-0152, sorry, I'm driving to my old office. My cell is 555-0199.", ["5550152", "5550199"]),
    # must not: the wrong or old thing named is not the phone line, or the line is out only at some times
    ("Ring 555-0164, no wait, sorry, that's the wrong week, my shop is 555-0191.", ["5550164", "5550191"]),
    ("Try 555-0164, sorry, that's my old landlord's line, but I am on 555-0191.", ["5550164", "5550191"]),
    ("The lab is 555-0164, sorry, it's not in service over the holidays, so try 555-0191.", ["5550164", "5550191"]),
    ("Ring 555-0164, wait, that was my previous street, the shop is 555-0191.", ["5550164", "5550191"]),
])
def test_a_typed_number_said_to_be_old_is_replaced(text, digits):
    assert [n.digits for n in facts(text, "greeting").phone_numbers] == digits


def test_an_extension_said_as_one_cardinal_is_one_extension():
    from greetlint.facts.numbers import find_extensions
    text = "Call six one seven, five five five, oh one two two, extension, three thousand, two hundred, eleven. Bye."
    assert [e.text for e in find_extensions(text)] == ["3211"]
    assert [n.digits for n in facts(text, "greeting").phone_numbers] == ["6175550122"]


@pytest.mark.parametrize("text, digits", [
    # a number said twice with no pause the recogniser kept: the same dialable digits twice split in two
    ("Text my cell instead. four one four five five five oh one six two four one four five five five oh one six two",
     ["4145550162"]),
    ("It's five five five zero one two three five five five zero one two three.", ["5550123"]),
    # ...but two different numbers run together stay unread (no split without a pause unless they match)
    ("It's five five five zero one two three five five five zero one four nine.", []),
    # the "for"/"to" of the next clause heard as "four"/"two" right after a number
    ("Call our line at one eight six six five five five zero one seven four four billing questions.",
     ["18665550174"]),
    ("Reach me at five five five zero one eight three two schedule a visit.", ["5550183"]),
    # a digit word or a full stop after it: no clause follows, the run stays as heard
    ("Reach me at five five five zero one eight three two. Thanks.", []),
])
def test_a_repeat_without_a_pause_and_a_clause_word_heard_as_a_digit(text, digits):
    assert [n.digits for n in facts(text, "greeting").phone_numbers] == digits


# a corrected tail and then the whole number again, after a bare "no": the restatement is the number
@pytest.mark.parametrize("text, digits", [
    ("Reach me at five five five, oh one two eight, no, oh one four eight, five five five oh one four eight. Bye.",
     ["5550148"]),
    ("Okay so it's four two six, seven one five. No. One zero five, four two six, seven one zero five.",
     ["4267105"]),
])
def test_restated_number_after_a_correction(text, digits):
    assert [n.digits for n in facts(text, "message").phone_numbers] == digits


# ... but a "no" between numbers that are whole as said, or one digit alike, is no restatement
@pytest.mark.parametrize("text, digits", [
    ("call me at two one two five five five oh one four two, no, two one two, five five five oh two one two",
     ["2125550142", "2125550212"]),
    ("room nine, no, one five five five oh one four one", []),
    ("the gate code is four four no six six and my cell is five five five oh one six six", ["5550166"]),
    ("is it two one two? no, two one three five five five oh one two one", ["2135550121"]),
])
def test_no_restatement_without_a_repeated_tail(text, digits):
    assert [n.digits for n in facts(text, "message").phone_numbers] == digits


# an area code said as a cardinal and closed by a dash said as a word after a typed hyphen or comma
@pytest.mark.parametrize("text, digits", [
    ("Please call the desk at seven hundred four -dash five hundred fifty -five -dash zero -one two -six.",
     ["7045550126"]),
    ("Reach me at three hundred two, dash, five hundred fifty five, dash, zero one eight eight.", ["3025550188"]),
    ("we sold five hundred three - dash it - no more", []),
])
def test_cardinal_area_code_closed_by_a_said_dash(text, digits):
    assert [n.digits for n in facts(text, "greeting").phone_numbers] == digits


# a toll-free prefix said as a cardinal before an amount, or as a count with no leading one and no phone cue,
# is no vanity number; a phone cue or a leading one still makes one
@pytest.mark.parametrize("text, digits", [
    ("the new roof came to eighteen hundred dollars in the end", []),
    ("we planted eight hundred daisies along the drive", []),
    ("please call eight hundred flowers today", ["8003569377"]),
    ("order from one eight hundred flowers anytime", ["18003569377"]),
])
def test_vanity_number_not_from_an_amount_or_a_count(text, digits):
    assert [n.digits for n in facts(text, "message").phone_numbers] == digits
