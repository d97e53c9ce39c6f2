"""One list for each thing in the numbers lexicon: a fragment that needs a list names it (``{fillers}``,
``{phone_words}``) instead of copying part of it (facts.lexicon: Lexicon.macros)."""
import pytest

from greetlint.facts import lexicon as lx
from greetlint.facts.numbers import find_phone_numbers, read_out_identifier

FILLERS = lx.Lexicon().list("numbers", "fillers")


def test_a_list_is_a_macro_of_its_file_and_a_macro_of_the_same_name_wins(tmp_path):
    (tmp_path / "numbers.toml").write_text('fillers = ["hmmm"]\n[macros]\nphone_words = "(?:dial)"\n')
    lexicon = lx.Lexicon([tmp_path])
    macros = lexicon.macros("numbers")
    assert macros["fillers"] == "(?:" + "|".join(FILLERS + ["hmmm"]) + ")"  # the user's entries too
    assert macros["phone_words"] == "(?:dial)"
    assert "id_noun" in macros


def _letters_then_digits(joined):
    text = f"the claim number is {joined}-four four one two"
    start = text.index("-four") + 1
    return read_out_identifier(text, start, len(text), "4412")


@pytest.mark.parametrize("filler", FILLERS + ["oh"])
def test_a_hesitation_joined_to_the_digits_is_no_spelled_identifier(filler):
    # every filler the number readers know, not a shorter copy of the list
    assert not _letters_then_digits(filler)


@pytest.mark.parametrize("letters", ["kt", "abc", "qw"])
def test_letters_joined_to_the_digits_are_a_spelled_identifier(letters):
    assert _letters_then_digits(letters)


def test_a_filler_a_user_adds_is_no_spelled_identifier_either(tmp_path):
    (tmp_path / "numbers.toml").write_text('fillers = ["hmn"]\n')
    assert _letters_then_digits("hmn")
    with lx.using(lx.Lexicon([tmp_path])):
        assert not _letters_then_digits("hmn")


# the phone words: one list (numbers lexicon phone_words) for the cue before a number one digit off, the cue a
# number said with its groups run together needs, and the cue a keypad word after a full stop needs
@pytest.mark.parametrize("text, expected", [
    ("my cell, seven one four, five five, oh one four two", ["7145550142"]),
    ("please call. seven one four five five oh one four two", ["7145550142"]),
    ("my mobile. seven one four five five oh one four two", ["7145550142"]),
    ("call the shop nine seventy five fifty five oh one oh six", ["9705550106"]),
    ("my cell is nine seventy five fifty five oh one oh six", ["9705550106"]),
    ("call one eight hundred. flowers.", ["18003569377"]),
    # must not change: no keypad word across a full stop after cell, mobile or contact (as before)
    ("my cell died. we open at eight hundred. goodbye.", []),
    ("the mobile store opens at eight hundred. goodbye.", []),
    ("contact the front desk. we open at eight hundred. goodbye.", []),
    # must not change: no cue, no number from a price or a time
    ("the sofa was nine seventy five fifty five oh one oh six", []),
    ("we open at eight hundred. goodbye.", []),
])
def test_phone_words_one_list(text, expected):
    assert [p.digits for p in find_phone_numbers(text)] == expected
