"""Out-of-office notices: away without office words, return dates, closures (every sentence invented)."""
from __future__ import annotations

import datetime as dt

import pytest

from script_facts import facts


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


# 6. out-of-office wording
@pytest.mark.parametrize("text, returns", [
    ("Hi, this is Noor. I'm off today, leave a message and I'll call you tomorrow.", None),
    ("You've reached Caleb. I'm off the grid until the 30th; leave a message.", dt.date(2026, 11, 30)),
    ("This is Priya. I'm away for the holiday and back after New Year's, on Monday, January 4th.", dt.date(2027, 1, 4)),
])
def test_out_of_office_wording(text, returns):
    ooo = facts(text, "greeting").ooo
    assert ooo is not None
    if returns is not None:
        assert ooo.return_date == returns


def test_a_closure_in_a_message_is_news_not_out_of_office():
    text = "This is a message from the Oak Hill Library. Due to a power outage, the library will be closed tomorrow."
    assert facts(text, "message").ooo is None
    assert facts("Thanks for calling Oak Hill Library. We will be closed tomorrow for the holiday.", "greeting").ooo


# out-of-office: any "I'm <somewhere> until <a day>", sickness, trips; not a desk or a lunch break
@pytest.mark.parametrize("text, away", [
    ("You've reached Lena. I'm on a business trip through Thursday.", True),
    ("This is Raj. I'm at a conference all week and back in the office on December 7th.", True),
    ("You've reached Hal. I'm out sick today.", True),
    ("Hi, this is Bo. I'm taking a few days off and will return on the 2nd.", True),
    ("You've reached Mira. I'm away until after the new year.", True),
    ("You've reached Ty. I'm on jury duty until Friday.", True),
    ("You've reached Ty. I'm in the field with limited reception until the 28th.", True),
    ("You've reached Kim. I'm off for lunch, back soon.", False),
    ("You've reached Kim. I'm away from my desk.", False),
    ("You've reached Kim. I'm in meetings until 3 today.", False),
    ("You've reached Kim. I'm on the other line.", False),
])
def test_out_of_office_sweep(text, away):
    assert (facts(text, "greeting").ooo is not None) == away


@pytest.mark.parametrize("tail, returns", [
    ("I'm away and back after Thanksgiving on December 1st.", dt.date(2026, 12, 1)),
    ("I'm out of the office and back after the holiday weekend, Monday, December 1st.", dt.date(2026, 12, 1)),
    ("I'm on vacation, back after New Year's, January 5th.", dt.date(2027, 1, 5)),
])
def test_return_date_after_a_named_occasion(tail, returns):
    assert facts("You've reached Al. " + tail, "greeting").ooo.return_date == returns


def test_back_within_the_hour_is_not_out_of_office():
    assert facts("You've reached Al. I'm out right now but back in the office in an hour.", "greeting").ooo is None


@pytest.mark.parametrize("text, returns", [
    ("I'm on sabbatical and will be back the week of February 8th.", dt.date(2027, 2, 8)),
    ("I'm away from 12/14 through 12/18 and back in the office on 12/21.", dt.date(2026, 12, 21)),
    ("I'm at a conference through Thursday.", dt.date(2026, 11, 27)),
])
def test_return_dates(text, returns):
    ooo = facts(text, "greeting").ooo
    assert ooo is not None and ooo.return_date == returns, ooo


@pytest.mark.parametrize("text, away", [
    ("You've reached Sunny Paws Grooming. We're closed today for a staff day.", True),
    ("Thanks for calling Casa Verde. We're open Wednesday through Sunday, five to ten.", False),
])
def test_closures_and_opening_hours(text, away):
    assert (facts(text, "greeting").ooo is not None) == away


def test_someone_else_staying_home_is_not_out_of_office_in_a_message():
    text = "Hi, it's Marla, Theo's mom. He won't be in today, he has a cold. Call me at 555-0142."
    assert facts(text, "message").ooo is None

# Away for a stretch (with the day they are back), or only away for the night or the weekend.
# Every sentence is invented for this table.
@pytest.mark.parametrize("text, away, returns", [
    ("Hi, it's Bea. I'm on holiday until the 2nd of December. Leave a message.", True, dt.date(2026, 12, 2)),
    ("You've reached Osei. I'm at a family wedding through Sunday and back at my desk Monday.", True, dt.date(2026, 11, 30)),
    ("Hi, you've reached Tove. I'm off until Wednesday the 25th.", True, dt.date(2026, 11, 25)),
    ("You've reached Pablo. I'm currently overseas with limited phone access, returning December 10th.", True, dt.date(2026, 12, 10)),
    ("The office will be closed December 24th through January 1st for the holidays.", True, dt.date(2027, 1, 2)),
    ("Our office is closed for the weekend. We reopen Monday at 8.", False, None),
    ("Hi, you've reached Ines. I'm out running errands, back in an hour.", False, None),
    ("Hi, this is Mina. I'm in meetings all day today; I'll call you back this evening.", False, None),
])
def test_away_for_a_stretch_or_only_for_the_night(text, away, returns):
    ooo = facts(text, "greeting").ooo
    assert (ooo is not None) == away
    if returns is not None:
        assert ooo.return_date == returns


@pytest.mark.parametrize("text", [
    "Thanks for calling Birchline Kayaks. The shop is shut down for the winter, opening again in May.",
    "Hi, it's Tova's Ice Cream. We're done for the season, see you next summer!",
])
def test_a_seasonal_closure_is_out_of_office(text):
    assert facts(text, "greeting").ooo is not None


@pytest.mark.parametrize("text, away", [
    ("You've reached Ravi Menon. I'm on an extended leave of absence. Please call the front desk.", True),
    ("Hi, it's Lise. I'm travelling for a couple of weeks, so leave a message.", True),
    ("Thanks for calling Copper Kettle. We're closed for our spring break and reopen on April 14th.", True),
    ("Thanks for calling Lakeview Library. We are closed for Veterans Day on Wednesday.", True),
    ("You've reached Dunmore Tax. Our office is closed Friday, January 2nd. Leave a message.", True),
    ("Hi! Bo and Tess are off sailing until the 9th. Leave a message.", True),
    ("Out on the lake. Back on the fourth.", True),
    # not away: a negated notice, closures that recur
    ("Hi, it's Ana. I'm not out of the office, just on another line. Leave a message.", False),
    ("You've reached the county help line. We're closed on weekends and state holidays.", False),
])
def test_away_in_other_words(text, away):
    assert (facts(text, "greeting").ooo is not None) == away


def test_a_callers_own_trip_is_no_out_of_office_notice_in_a_message():
    from script_facts import facts

    said = ("Hi, it's Rosa Lind, from the old choir. I'm away at a conference until the 17th, but I'll "
            "call you again the Monday after. My cell is 555-0148. Bye!")
    message = facts(said, "message")
    assert message.ooo is None
    assert message.callback.cls == "specific"  # the trip still dates the promise
    assert facts("You've reached Rosa Lind. I'm away at a conference until the 17th.", "greeting").ooo is not None


# an ordinal that counts what follows it ("the third quarter", "the second floor") is no day of the month
@pytest.mark.parametrize("text, returns", [
    ("I'm on leave until I'm back in the spring. For the third quarter budget, ask Ines.", None),
    ("I'm on leave. Questions about the second floor lease go to Ines.", None),
    ("I'm on leave until the third. Questions go to Ines.", dt.date(2026, 12, 3)),
])
def test_an_ordinal_counting_a_noun_is_no_return_date(text, returns):
    ooo = facts("You've reached Al. " + text, "greeting").ooo
    assert ooo is not None and ooo.return_date == returns
