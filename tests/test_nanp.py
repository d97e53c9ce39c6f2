"""greetlint.nanp: the one definition of a phone number's lengths, groups and shape (facts, renumber, verify)."""
import pytest

from greetlint import nanp


@pytest.mark.parametrize("digits, dialable", [
    ("5550142", True), ("2065550142", True), ("12065550142", True), ("18005550142", True),
    ("0550142", False), ("1550142", False),          # a local number opens with 2-9
    ("2061550142", False), ("1065550142", False),    # nor an exchange or area code with 0/1
    ("22065550142", False), ("02079465511", False),  # eleven digits need the leading 1
    ("555014", False), ("55501422", False), ("120655501422", False), ("", False),
])
def test_dialable(digits, dialable):
    assert nanp.dialable(digits) is dialable


def test_lengths_and_groups_are_one_table():
    assert nanp.PHONE_LENGTHS == (7, 10, 11)
    assert nanp.groups("5550142") == ["555", "0142"]
    assert nanp.groups("2065550142") == ["206", "555", "0142"]
    assert nanp.groups("18005550142") == ["1", "800", "555", "0142"]
    assert nanp.groups("02079465511") == ["02079465511"]  # no NANP number has this shape: whole
    assert nanp.groups("4471") == ["4471"]


def test_national_digits_and_length():
    assert nanp.national_digits("12065550142") == "2065550142"
    assert nanp.national_digits("02079465511") == "02079465511"
    assert nanp.has_phone_length("12065550142") and not nanp.has_phone_length("22065550142")
    assert not nanp.has_phone_length("555014")
