"""Identifiers read out digit by digit are no phone numbers; phone numbers said near an identifier's or an
amount's cue stay whole. Invented sentences only (lower case, full stops where a recogniser writes them).

The must-not-fire cases were written before the grammar (numbers lexicon: identifier_read_out,
identifier_is_number): the review findings on the first try (a real number
lost after "for the X is", after "leave the account number.", after a spoken identifier, after a person's
initial; a number invented from an identifier read in groups) and sentences of our own."""
import pytest

from greetlint.facts.confidence import unclear_numbers
from greetlint.facts.numbers import find_phone_numbers


def _digits(text):
    return [p.digits for p in find_phone_numbers(text)]


# a phone number near an identifier's cue, or an identifier that must not become one: the answer is the list
MUST_NOT_FIRE = [
    ('The number for the account with my bank is 555-0142.', ['5550142']),
    ('the contact for the claim on my car is five five five oh one four two', ['5550142']),
    ('The person to call about the reservation for the party is five five five oh one four two.', ['5550142']),
    ('the best number for the booking on the website is 555 0142', ['5550142']),
    ('The line for the case with the city was five five five oh one four two.', ['5550142']),
    ('Call about the job on the farm is 555-0142.', ['5550142']),
    ('my card for the gym is 555-0142', ['5550142']),
    ('The number to call about the booking for the wedding is 555-0142.', ['5550142']),
    ('The best line for the reservation with the hotel is five five five oh one four two.', ['5550142']),
    ('i called about the card for my mom is five five five oh one four two', ['5550142']),
    ('my claim with the state is five five five oh one four two', ['5550142']),
    ('Questions about the order for my son, the number is 555-0142.', ['5550142']),
    ('Please state the policy number. Five five five, oh one four two is our claims line.', ['5550142']),
    ('Please leave the account number. 555-0142 is our billing line.', ['5550142']),
    ('Please leave a name and account number. Five five five oh one four two is our billing line.', ['5550142']),
    ('Leave a message with the order number. 555-0142 is the warehouse.', ['5550142']),
    ('You will need the claim number. 555-0142 is the adjuster line.', ['5550142']),
    ('After the tone please say the account number. 555-0142 is billing.', ['5550142']),
    ('Please leave your name, date of birth and member number. 555-0142 is our nurse line.', ['5550142']),
    ('Hi, this is Dana from the clinic. Please bring the patient number. 555-0142 is the front desk. Call us back.', ['5550142']),
    ('Please leave your name, your date of birth, and patient number. 555-0142 is our nurse line.', ['5550142']),
    ("Hi, this is Dana. I'm calling about my order number. 555-0142. Please call me back.", ['5550142']),
    ('account number. one two three four. 555-0142 is my cell.', ['5550142']),
    ('Account number. Seven, seven, zero, two. 555-0142 is my cell.', ['5550142']),
    ('the confirmation number. six two six one. 555-0142 is best.', ['5550142']),
    ('account number. seven seven zero two. 206-555-0142 is my cell.', ['2065550142']),
    ('Hi, this is Dana about account number. Seven, seven, zero, two. 206-555-0142 is my cell. Please call me back.', ['2065550142']),
    ('Hi, this is Dana. My account number is four four seven one. Two three eight, nine nine one two. Please call me back.', []),
    ('Hi, this is Dana. My member number is Four, four, seven, one. Two, three, eight, nine, nine, one, two. Please call me back.', []),
    ('Hi, this is Dana. My tracking number is one two three four. five six seven eight nine zero one two three four. Please call me back.', []),
    ('Policy number four four seven one. Eight six seven, five three zero nine. Thanks, bye.', []),
    ("Hi, this is Dr. Lee's office calling about the patient J. Five five five, oh one four two is our number. Please call us back.", ['5550142']),
    ('The contact on the account is J. Five five five, oh one four two.', ['5550142']),
    ('the patient is K. Five five five, oh one four two.', ['5550142']),
    ('the patient is b. five five five oh one four two is my cell', ['5550142']),
    ('The file is J. P. five five five oh one four two is my number', ['5550142']),
    ('calling about the order m five five five oh one four two', ['5550142']),
    ('the account was number one. five five five oh one four two', ['5550142']),
    ('my job is number five five five oh one four two', ['5550142']),
    ('my claim is number. five five five oh one four two', ['5550142']),
    ('my ticket was, number five five five oh one four two', ['5550142']),
    ('the order of number five five five oh one four two', ['5550142']),
    ('my account is number five five five oh one four two', ['5550142']),
    ('Calling about my account, number. Five, five, five, oh, one, four, two.', ['5550142']),
    ("Hi it's Dana about my claim, number. Five five five, oh one four two.", ['5550142']),
    ('about order 4471. my number is five five five oh one four two', ['5550142']),
    ('Number. Five, five, five, oh, one, four, two.', ['5550142']),
    ('this is J. Call me at five five five oh one four two', ['5550142']),
    ("it's a five five five oh one four two", ['5550142']),
    ('the number is 555 0142', ['5550142']),
    ('call the main number. 555-0142.', ['5550142']),
    ("it's Kim, K I M, five five five oh one four two", ['5550142']),
    ('The card is in the name of M. Five five five oh one four two is my cell.', ['5550142']),
    ('my order uh- five five five oh one four two', ['5550142']),
    ('about my order, k, five five five oh one four two', ['5550142']),
    ('order #. call five five five oh one four two', ['5550142']),
    ('hi its dana calling about my order number. five five five oh one four two is my cell call me back', ['5550142']),
    ('please have your account number ready and call us at five five five oh one four two', ['5550142']),
    ('this is sam about the invoice number. you can reach me at five five five oh one four two', ['5550142']),
    ('for your claim number please call five five five oh one four two', ['5550142']),
    ('the order is number one on my list so call me at two oh six five five five oh one four two', ['2065550142']),
    ('leave your policy number. two oh six five five five oh one four two is our claims desk', ['2065550142']),
    ('i have a question about my card ending in four four zero nine call me at five five five oh one four two', ['5550142']),
    ('we spoke about a purchase order. my cell is five five five oh one four two', ['5550142']),
    ("my reference number. five five five, oh one four two, that's my cell", ['5550142']),
    ("hi it's dana about the case number. five five five oh one four two, call me back", ['5550142']),
    ('hi this is dana. about my account. five five five oh one four two is best', ['5550142']),
    ('Please leave your name and member number. Our nurse line is five five five oh one four two.', ['5550142']),
    ('i paid the balance. call me at five five five oh one four two', ['5550142']),
    ('Hi this is Pat about order number K. T. two zero nine four. You can reach me at five five five oh one four two.', ['5550142']),
    ('the case number is J. K. call me at five five five oh one four two', ['5550142']),
    ('my account number is uh- five five five oh one four two', ['5550142']),
    ('a purchase order for the office. call me at five five five oh one four two', ['5550142']),
    ("i'm calling to charge my phone. five five five oh one four two", ['5550142']),
    ('bill of the garage at five five five oh one four two', ['5550142']),
    # a phone verb before the cue, a caller id, words that only look like a cue
    ('call the reservation number. five five five oh one four two', ['5550142']),
    ('you can reach us on the booking number. five five five oh one four two', ['5550142']),
    ('for a ride dial the access number. two oh six five five five oh one four two', ['2065550142']),
    ('it shows up as my caller id number. five five five oh one four two', ['5550142']),
    ('ok the case number. five five five oh one four two, that is my cell', ['5550142']),
    ('bill of sale is ready. five five five oh one four two is my cell', ['5550142']),
    ('ask for bill. five five five oh one four two', ['5550142']),
    ('text the order number. five five five oh one four two and we will confirm', ['5550142']),
    ('my claim number is uh um five five five oh one four two', ['5550142']),
    ('the order number is a five five five oh one four two is my cell', ['5550142']),
    ('give the pharmacy the refill number. my cell is five five five oh one four two', ['5550142']),
    ('the account is number five on the list. five five five oh one four two is my cell', ['5550142']),
    ("please call back on the ticket number. five five five oh one four two", ["5550142"]),
    ("my customer number. five five five oh one four two is my cell", ["5550142"]),
    ("i disputed a charge of forty two. five five five oh one four two is my cell", ["5550142"]),
    ("hey it's mo. i'm calling about the claim number. it's five five five oh one four two", ["5550142"]),
    ("calling about the ticket number. i have it here. five five five oh one four two", ["5550142"]),
    ("the access code. one two three four. call me at five five five oh one four two", ["5550142"]),
    ("calling from a blocked caller id. my account number is four four seven one nine zero two", []),
]


@pytest.mark.parametrize("text, expected", MUST_NOT_FIRE)
def test_phone_number_near_identifier_kept(text, expected):
    assert _digits(text) == expected


# an identifier read out: no phone number from it (one given after it stays); only for digits of no phone
# number's length (7, 10, 11) after spelled letters or "is number"
MUST_FIRE = [
    ('the work order is number eight one two zero four', []),
    ('about your card ending in six six two one please call five five five oh one four two', ['5550142']),
]


@pytest.mark.parametrize("text, expected", MUST_FIRE)
def test_identifier_read_out_is_no_phone_number(text, expected):
    assert _digits(text) == expected


@pytest.mark.parametrize("text", [
    "the service order is number three three nine one zero four two one thanks",
    "the tracking number is q w three three eight one zero nine six one",
    "the work order is number eight one two zero four",
])
def test_identifier_read_out_is_no_unclear_number(text):
    numbers = find_phone_numbers(text)
    assert numbers == []
    assert unclear_numbers(text, numbers, []) == []


# review16-ids: every sentence the first version lost a real number in or invented one from (a full stop after
# "<cue> number.", a number with an area code or toll-free prefix there, two numbers with "or", a repaired
# number after "is number", "caller-id", an identifier's second group in a sentence naming it, a phone number
# after "charge of"); the answer is what main gives, the real number kept and none invented
REVIEW16 = [
    ("Hi, this is Dana. I'm calling about my account number. five, five, five, oh, one, four, two. call me back.", ['5550142']),
    ('hi this is dana about my account number. five five five, oh one four two. call me back. thanks.', ['5550142']),
    ("hi it's dana calling about my claim number. two oh six, five five five, oh one four two. please call me back.", ['2065550142']),
    ('hi this is dana with a question on my booking number. two oh six five five five oh one four two. bye.', ['2065550142']),
    ('hi this is dana. my caller-id number. five five five, oh one four two.', ['5550142']),
    ('hi this is dana, order number. five five five oh one four two, or my office five five five oh one nine nine.', ['5550142', '5550199']),
    ("hi it's dana about the reservation number. five five five oh one four two. thanks.", ['5550142']),
    ("hi it's dana about the reservation number. five five five oh one four two. that's my cell.", ['5550142']),
    ('my account number. five five five oh one four two. thanks so much bye.', ['5550142']),
    ('my account number. five five five oh one four two, thanks so much bye.', ['5550142']),
    ('my account number. five five five oh one four two. please call me back.', ['5550142']),
    ('the account number. five five five oh one four two, my cell.', ['5550142']),
    ('my member id. five five five oh one four two.', ['5550142']),
    ("hi it's dana, account number. five five five oh one four two. that's my cell.", ['5550142']),
    ("hi it's dana, account number. five five five oh one four two. it's my cell.", ['5550142']),
    ("hi it's dana, account number. five five five oh one four two. my cell.", ['5550142']),
    ("hi it's dana, account number. five five five oh one four two. you can reach me there.", ['5550142']),
    ('hi, dana, the patient number. five five five, oh one four two. thanks.', ['5550142']),
    ('hi, dana, the group number. five five five, oh one four two.', ['5550142']),
    ('the pin number. one eight hundred five five five oh one four two.', ['18005550142']),
    ('hi this is the parking lot number. five five five oh one four two.', ['5550142']),
    ('hi this is dana, a question on my transaction id. one eight seven seven, five five five, oh one four two.', ['18775550142']),
    ('the order number is four four seven one. two three eight nine nine one two is the order line.', []),
    ('there is a charge of five five five oh one four two.', ['5550142']),
    ('my card number is four four seven one. two three eight nine nine one two is the number on the back.', []),
    ('the tracking number is four four seven one. two three eight nine nine one two is the tracking number.', []),
    ('my member number is four four seven one. two three eight nine nine one two is the member line.', []),
    ('my account number is four four seven one. two three eight nine nine one two is our home address number.', []),
    ('the order number is four four seven one. two three eight, nine nine one two is the order number.', []),
    ('account number four four seven one. two three eight nine nine one two, call me about it.', []),
    ("hi, i'm calling about my account number. five five five oh one four two. please return my call.", ['5550142']),
    ("hi, i'm calling about my account number. five five five oh one four two. i'm home all day.", ['5550142']),
    ('hi, this is dana about the order number. five five five, oh one four two, or my cell, five five five, oh one nine nine.', ['5550142', '5550199']),
    ('my account number. five five five oh one four two, and my cell is five five five oh one nine nine.', ['5550142', '5550199']),
    ("hello, about my reservation number. two oh six, five five five, oh one four two. it's my cell.", ['2065550142']),
    ('hi, about my account number. two oh six, five five five, oh one four two. talk soon.', ['2065550142']),
    ("hi, it's dana regarding my policy number. one eight hundred, five five five, oh one four two. thanks.", ['18005550142']),
    ("hi, it's dana, account number. five five five oh one four two. i'll be here till five.", ['5550142']),
    ("it's dana, my caller, id number. five five five oh one four two.", ['5550142']),
    ('hi, i saw the charge of two oh six, five five five, oh one four two on my bill.', ['2065550142']),
    ("hi, it's dana, my account Number. Five, five, five, oh, one, four, two. Thanks.", ['5550142']),
    ("hi it's dana about the account number. five five five oh one four two. give me a call.", ['5550142']),
    ("hi it's dana about the account number. five five five oh one four two. best time is after five.", ['5550142']),
    ("hi it's dana about the account number. five five five oh one four two. my cell.", ['5550142']),
    ("hi it's dana about the account number. five five five, oh one four two. this is my cell.", ['5550142']),
    ("hi it's dana. account number. five five five oh one four two, extension four.", ['5550142']),
    ("hi it's dana, account number. five five five oh one four two, which is my cell.", ['5550142']),
    ("hi it's dana, account number. five five five oh one four two, cell phone.", ['5550142']),
    ("hi it's dana, my reservation is number five five five oh one four two two, call me.", ['5550142']),
    ("hi it's dana, my account number. five five five five oh one four two. call me back.", ['5550142']),
    ("hi it's dana, the claim number is b j five five five oh one four two. call me back.", ['5550142']),
    ("You've reached Ace Hotel. For reservations, our reservation number. Five five five, oh one four two. Thank you.", ['5550142']),
    # an identifier of a phone number's length after spelled letters or "is number" stays a number (a judgement:
    # "the claim number is b j five five five oh one four two. call me back" is a callback number)
    ('The policy number is K. T. Four, one, seven, seven, two, zero, eight. Ring me on five five five oh one four two.', ['4177208', '5550142']),
    ('there is a charge of five five five oh one four two.', ['5550142']),
    # our own, after review16-ids: a phone number after an amount's or identifier's cue
    ('i got a refund of five five five oh one four two call me', ['5550142']),
    ('about the withdrawal of one eight hundred five five five oh one four two on my statement', ['18005550142']),
    ('there was a purchase of two oh six five five five oh one four two that i did not make', ['2065550142']),
    ('the case number is j k two oh six five five five oh one four two thanks', ['2065550142']),
    ('my claim number is q w five five five oh one four two', ['5550142']),
    ('the order is number two oh six five five five oh one four two my cell', ['2065550142']),
    ('the ticket number is a b. five five five oh one four two. bye', ['5550142']),
]


@pytest.mark.parametrize("text, expected", REVIEW16)
def test_review16_real_number_kept_none_invented(text, expected):
    assert _digits(text) == expected


# rows that pinned main's reading as right where the sentence says another number (review16-ids' list took
# main's answers). Two causes on main: after a bare "number" cue a run one digit short is lengthened at its row
# ("three three nine one zero four", six digits of a service order, read 3339104; "five five five oh one four"
# read 5555014) before the identifier check, which then sees a phone number's length; and a last "two" before
# ", call me" is taken for "to" ("... five five five five oh one four two, call me" read 5555014, where the same
# words before a full stop give 5550142). The right answer: no number from an identifier's digits, no digit from
# nowhere (a number heard a digit short is unclear, GL105), the row of four cut.
WRONG_ON_MAIN = [
    ('the confirmation number. six four one eight two two. my cell is five five five oh one four two.', ['5550142']),
    ('hi, dana, my account number. six four one eight two two.', []),
    ('hi, dana, the service order is number three three nine one zero four.', []),
    ("hi, it's dana about my account number. five five five oh one four. call me back.", []),
    ("hi, it's dana about my account number. two oh six five five five oh one four. call me back.", []),
    ("hi it's dana, my reservation is number five five five five oh one four two, call me.", ['5550142']),
    ("hi it's dana, my account number. five five five oh one four. call me back at five five five oh one four two.", ['5550142']),
    ('the service order is number three three nine one zero four', []),
]


@pytest.mark.xfail(strict=True, reason="main: a digit added to a row after a bare 'number' cue (before the "
                                       "identifier check), or a last 'two' before ', call me' read as 'to'")
@pytest.mark.parametrize("text, expected", WRONG_ON_MAIN)
def test_no_number_made_from_an_identifier_or_a_digit_short(text, expected):
    assert _digits(text) == expected


@pytest.mark.parametrize("text", [t for t, _ in WRONG_ON_MAIN if t.endswith("five five five oh one four two.")])
def test_the_phone_number_said_after_them_is_kept(text):
    # what main already gets right in those rows: the number said after the identifier is read (whatever else is)
    assert "5550142" in _digits(text)


# a number after an identifier's digits and a full stop, in a sentence that says what it is: main loses it
# (the cue before the identifier's digits is taken for it); the first try's fix invented numbers from an
# identifier read in groups (review16-ids REG-4) and was reverted
@pytest.mark.xfail(strict=True, reason="old, as main: the identifier's cue takes the number after its digits")
@pytest.mark.parametrize("text, expected", [
    ("order number 48213. 555-0142 is my cell.", ["5550142"]),
    ("my student id is one two three four. 555-0142 is my cell.", ["5550142"]),
    ("policy number 4471. 867-5309 is my husband's cell", ["8675309"]),
    ("the claim number is 4471. 555-0142, call me back", ["5550142"]),
])
def test_number_in_its_own_sentence_after_identifier_digits(text, expected):
    assert _digits(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("account number four four seven one. two three eight nine nine one two is overdue", []),
    ("my account number is 4471. 238-9912. please call me back", []),
    ("my account number is 4471. 238-9912 is the balance due", []),
    ("the member number is 4471. 238-9912 is the group", []),
])
def test_identifier_in_groups_gives_no_number(text, expected):
    assert _digits(text) == expected


# the phone number matcher reads "1234. 555-0142" as one number (old)
@pytest.mark.xfail(strict=True, reason="the matcher joins the identifier's digits to the number")
def test_written_number_after_written_identifier_digits():
    assert _digits("account number. 1234. 555-0142 is my cell.") == ["5550142"]


# review2-ids REG-A: after an amount's cue ("charge/bill/purchase/withdrawal/refund of"), a phone number whose
# exchange is said as a cardinal ("eight hundred") is a phone number; an amount's cue changes nothing (as main)
REVIEW2_REG_A = [
    ('hi, i saw the charge of two oh six, eight hundred, twelve twelve on my phone bill. call me back.', ['2068001212']),
    ("hi, there's a charge of four two five, seven hundred, forty forty on my phone bill. who is that? call me back.",
     ['4257004040']),
    ("hi, the withdrawal of two oh six, eight hundred, twelve twelve, that's the bank's number. call me.", ['2068001212']),
    ('hi, the bill of four two five, nine hundred, twenty two twenty two came today. call me.', ['4259002222']),
    ('hi, a charge of four one five, two hundred and twenty, twenty twenty. call me.', ['4152202020']),
    ("hello, a purchase of two oh six, six hundred, thirty thirty, that's the store. bye.", ['2066003030']),
    ("hi it's dana, the bill of three one two, nine hundred, eleven eleven. please call me back at five five five oh "
     "one four two.", ['3129001111', '5550142']),
    # the reviewer's "not affected" shapes, and our own
    ('a charge of two oh six, five five five, twelve hundred on my bill', ['2065551200']),
    ('a purchase of, two oh six, eight hundred, twelve twelve', ['2068001212']),
    ('there was a purchase of four hundred eighteen, nineteen, sixty two, that is my cell', ['4181962']),
]


@pytest.mark.parametrize("text, expected", REVIEW2_REG_A)
def test_review2_amount_cue_keeps_phone_number(text, expected):
    assert _digits(text) == expected


# review3-ids REG-B: after an amount's cue, a phone number whose area code (or exchange, at 7 digits) is said as
# a cardinal ("seven hundred eighteen, five five five, oh one four two") is a phone number: the amount's cue
# was removed from the identifier reader, every sentence with one reads as main
REVIEW3_REG_B = [
    ('hi, a charge of seven hundred eighteen, five five five, oh one four two on my bill. call me back.', ['7185550142']),
    ('hi, the purchase of five hundred twelve, five five five, oh one four two. who is that. call me.', ['5125550142']),
    ('hi, a charge of nine hundred nineteen, five five five, twelve twelve. please call me back.', ['9195551212']),
    ('hi, a withdrawal of seven hundred eighteen, two twelve, forty forty on the statement. call me.', ['7182124040']),
    ('hi, the charge of four hundred fifteen, eight hundred, twelve twelve on my bill. call me.', ['4158001212']),
    ('hi, a refund of two hundred twelve, five five five, oh one four two. call me.', ['2125550142']),
    ('hi, a charge of six hundred seventeen, five five five, twelve twelve on my card, who is that. call '
     'back.', ['6175551212']),
    ('hi, a charge of two hundred twelve, five five five, oh one four two on my bill, is that you? call '
     'me back at two oh six, five five five, twelve twelve.', ['2125550142', '2065551212']),
    ('hi, a charge of eight hundred sixty six, five five five, oh one four two on my card. call me back.', ['8665550142']),
    ('hi, a withdrawal of nine hundred seventy two, four four four, twelve twelve on my statement. please '
     'call me.', ['9724441212']),
    ('hi, a charge of three hundred twelve, five five five, oh one four two on my phone bill. call me '
     'back.', ['3125550142']),
    ('hi, a purchase of six hundred fifty, five five five, oh one four two on my card, who is that. call '
     'me back.', ['6505550142']),
    ('hi, a charge of two hundred thirteen, five five five, oh one four two came through. call me back.', ['2135550142']),
    ('hi, a charge of seven hundred eighteen, five five five, oh one four two. please call me back at '
     'that number.', ['7185550142']),
    ('hi, a charge of six hundred seventeen, oh one four two on the card. call me back.', ['6170142']),
    ('hi, a charge of five hundred fifty five, oh one four two on my bill. call me back.', ['5550142']),
    ('hi, a charge of six hundred seventeen, twenty, forty two on the card. call me back.', ['6172042']),
]


@pytest.mark.parametrize("text, expected", REVIEW3_REG_B)
def test_review3_amount_cue_keeps_cardinal_area_code(text, expected):
    assert _digits(text) == expected



# a record's or a document's number (report, incident, citation, listing, loan ...), and an identifier said again
# in words after its digits: no number to call; the number to call beside them is kept
IDENTIFIER_CLASSES = [
    ("The incident report number is 31-72209. Stop by the front desk.", []),
    ("Your citation number is 4418820 and the fine is due in May.", []),
    ("The listing number was 6602931, if that helps. Call me at 555-0136.", ["5550136"]),
    ("About loan number 8812-004, that's eight eight one two, zero zero four. My cell is 555-0177.", ["5550177"]),
    ("Regarding claim 336-1180, that is three three six, one one eight oh. Thanks.", []),
    ("Call me at 555-0142, that's five five five oh one four two.", ["5550142"]),
    ("Please file a report with our office at 555-0142.", ["5550142"]),
]


@pytest.mark.parametrize("text, expected", IDENTIFIER_CLASSES)
def test_record_numbers_and_identifiers_said_again(text, expected):
    assert _digits(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the noun alone, with a phone word governing it: a number to call
    ("the number on the ad is 555-0142, ask for Sam.", ["5550142"]),
    ("the phone for the warranty is 1 800 555 0199.", ["18005550199"]),
    ("your claim number is 718-4402, that's seven one eight four four oh two. call me at 555-0166", ["5550166"]),
    # the same digits as an identifier, said again after a verb of calling: a number after all
    ("the case number is 555-0142, which is just my phone, so call me at 555-0142.", ["5550142"]),
])
def test_reviewed_identifier_nouns(text, expected):
    assert _digits(text) == expected


@pytest.mark.parametrize("text, expected", [
    # opening hours said after "open": times, not a number
    ("The office is open eight thirty, two four thirty. Call us at 206 555 0175.", ["2065550175"]),
    ("We're open nine to five thirty weekdays, or call five five five oh one four two.", ["5550142"]),
])
def test_opening_hours_after_open_are_no_number(text, expected):
    assert _digits(text) == expected
