"""Digits the first pass wrote as letters, soundalikes and run-on hearings (greetlint.renumber)."""
from __future__ import annotations

import pytest

from greetlint.renumber import Job, find_stretches
from test_renumber import _said, _words  # the same helpers (tests/ is on the import path)


def test_digits_written_as_dotted_letters_start_a_stretch_of_their_own():
    text = "The shop opens at nine. D.O.O.O. one four. Bye."
    (stretch,) = find_stretches(_words(text))
    assert _said(text, stretch).startswith("D.O.O.O.")
    assert "nine" not in _said(text, stretch)


def test_digits_hyphen_joined_to_letters_are_a_stretch():
    (stretch,) = find_stretches(_words("Leave a note or ring KOBA-five-five-one-two-three."))
    assert stretch.end - stretch.start >= 1


def test_ordinary_abbreviations_are_no_stretch():
    assert find_stretches(_words("Call the U.S. office or the I.T. desk at noon.")) == []


@pytest.mark.parametrize("text", [
    "call me back at two one four triple five or one six eight. Thanks",
    "call our line at one triple eight, triple nine or one four two, or leave a message",
])
def test_or_where_a_group_ends_is_inside_the_number(text):
    (stretch,) = find_stretches(_words(text))
    said = _said(text, stretch)
    assert " or " in said and said.split()[-1].strip(".,") in ("eight", "two")


def test_or_between_two_whole_numbers_ends_the_first():
    text = "call me at five five five, oh one four two or my cell at"
    (stretch,) = find_stretches(_words(text))
    assert " or" not in _said(text, stretch)


class _Tokens:
    """A tokenizer of whole words: id = index in the vocabulary; ids from eot on are special."""

    def __init__(self, vocab):
        self.vocab = list(vocab)
        self.eot = len(self.vocab)

    def ids(self, text):
        return [self.vocab.index(w) for w in text.split()]

    def decode(self, ids):
        return "".join(" " + self.vocab[i] for i in ids if i < self.eot)


# -- what a hearing must read as -------------------------------------------------------------------
from greetlint import renumber  # noqa: E402


def test_a_number_said_twice_in_a_row_reads_as_a_number():
    twice = "seven two four five five five oh three one eight seven two four five five five oh three one eight"
    assert renumber._shape(twice, "phone") == 2
    # the second saying one digit off (a row heard one too long) is still the number said twice
    assert renumber._shape(twice.replace("five five five oh", "five five five five oh", 1), "phone") == 2
    # twenty digits that are two unlike numbers are not
    assert renumber._shape("seven two four five five five oh three one eight two one six four four four oh nine nine two",
                           "phone") == 1


NUM_VOCAB = ["five", "fifty", "oh", "one", "seventy", "six", ",", ".", "S", ".O", "Oh"]


def test_a_hearing_that_runs_on_past_the_number_is_cut_at_a_separator():
    tok = _Tokens(NUM_VOCAB)
    ids = tok.ids("five fifty five , oh one seventy six . Oh . Oh .")
    cut = renumber._number_to_separator(tok, ids, "phone")
    assert renumber._digits(tok.decode(cut)) == "5550176"


def test_letters_spelled_from_number_pieces_are_no_hearing_of_a_number():
    tok = _Tokens(NUM_VOCAB)
    assert not renumber._pure(tok.decode(tok.ids("S .O .O .O . one")))
    assert renumber._pure(tok.decode(tok.ids("five fifty five , oh one")))


def _clip(readings, scores):
    job = renumber.ClipJob(0, 0, 1, "", "", 0.0, 1.0, readings, "phone")
    job.scores = scores
    return job


def test_a_soundalike_put_back_as_its_digit_is_no_inserted_digit():
    readings = ["five five five a one eight two", "five five five eight one eight two", "five five five oh one eight two"]
    # the audio favours "oh" over "eight" and trails the free decode's "a" by less than the margin
    assert renumber.choose_clip(_clip(readings, [-12.0, -19.0, -14.0])) == 2
    # "oh" and "eight" scored alike: the audio does not tell them apart, the first hearing stays
    assert renumber.choose_clip(_clip(readings, [-12.0, -14.2, -14.0])) is None


def test_a_digit_the_first_hearing_never_had_still_needs_the_audio():
    readings = ["five five five one eight two", "five five five oh one eight two"]
    assert renumber.choose_clip(_clip(readings, [-12.0, -14.0])) is None


CHOOSE_VOCAB = ["five", "fifty", "oh", "one", "seventy", "six", ",", ".", "Oh", "a", "eight", "three", "zero",
                "two", "seven", "Thanks"]


def _job(tok, first, hypothesis):
    ids = tok.ids(first + " Thanks")
    return Job(0, ids, 0, len(ids) - 1, "phone", hypotheses=[(tok.ids(hypothesis), -0.1)])


def test_a_hearing_run_on_past_the_number_is_taken_up_to_the_number():
    tok = _Tokens(CHOOSE_VOCAB)
    job = _job(tok, "five fifty five , a one seventy six", "five fifty five , oh one seventy six . Oh . Oh .")
    assert renumber._digits(tok.decode(renumber.choose(tok, job))) == "5550176"


def test_cutting_a_hearing_never_drops_a_digit_the_first_pass_heard():
    tok = _Tokens(CHOOSE_VOCAB)
    # eight digits heard (an order number, say); cut at a comma the hearing would read as a seven-digit number
    job = _job(tok, "five eight three zero , two one seven six", "five eight three zero , two , one , seven , six .")
    assert renumber.choose(tok, job) is None


@pytest.mark.parametrize("word, garbled", [
    ("S.O.O.O.", True), ("RIFI-five-five", True),
    # abbreviations, number words and compounds with a common word are not garbled digits
    ("R.S.V.P.", False), ("A.S.A.P.", False), ("Twenty-one", False), ("one-time", False), ("twenty-four-hour", False),
])
def test_what_counts_as_garbled_digits(word, garbled):
    from greetlint.renumber import _garbled
    assert _garbled(word) is garbled


@pytest.mark.parametrize("text", ["Call five fifty-five or one two one two.", "Five five five. Twenty-one forty-three."])
def test_hyphen_joined_number_words_stay_in_one_stretch(text):
    assert len(find_stretches(_words(text))) == 1


def test_a_lone_oh_read_as_a_digit_is_counted_once():
    from greetlint.renumber import _digit_places
    assert _digit_places("five five five o one four two") == 7
    assert _digit_places("five five five a one four two") == 7


def test_a_number_heard_after_a_cue_with_nothing_first_drops_the_letters_the_beam_ran_on_into():
    tok = _Tokens(CHOOSE_VOCAB + ["S", "O"])
    # the first pass wrote nothing after "call me at"; the constrained hearing says the number, then runs on
    ids = tok.ids("Thanks")
    job = Job(0, ids, 0, 0, "phone",
              hypotheses=[(tok.ids("seven one eight , five five five zero one seven two . S . O . O"), -0.1)])
    assert renumber._digits(tok.decode(renumber.choose(tok, job))) == "7185550172"
