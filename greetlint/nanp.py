"""The shape of a North American phone number in digits, in one place.

How many digits a phone number is said with, where its groups end, its national digits and whether it
can be dialled: the fact readers (``facts.numbers``, ``facts.spoken``), the second hearing of numbers
(``renumber``) and the expected facts (``expect``, ``verify``) all ask these, so none writes them again.
Pure functions of a digit string; no lexicon, no imports (the second hearing needs them while
decoding, before any fact reader is loaded).
"""
from __future__ import annotations

# where the groups of a number end, by how many digits it has: 555|0142, 206|555|0142, 1|800|555|0142
GROUP_BOUNDS = {7: (3,), 10: (3, 6), 11: (1, 4, 7)}
# how many digits a phone number is said with: seven, ten with the area code, eleven with a leading one
PHONE_LENGTHS = tuple(GROUP_BOUNDS)


def national_digits(digits: str) -> str:
    """The number without its leading 1 (11 digits opening with 1), else as given."""
    return digits[1:] if len(digits) == 11 and digits.startswith("1") else digits


def has_phone_length(digits: str) -> bool:
    """As many digits as a phone number is said with: 7 or 10, or 11 opening with the leading 1."""
    return len(digits) in PHONE_LENGTHS and (len(digits) != 11 or digits[0] == "1")


def nanp_shaped(digits: str) -> bool:
    """Neither the area code nor the exchange (the first digit of a seven-digit number) opens with 0 or 1."""
    national = national_digits(digits)
    exchange = national[3] if len(national) == 10 else national[0]
    return national[0] not in "01" and exchange not in "01"


def dialable(digits: str) -> bool:
    """A phone number's length and a NANP shape: a number that can be dialled."""
    return has_phone_length(digits) and nanp_shaped(digits)


def groups(digits: str) -> list[str]:
    """The digits cut into the groups a phone number is said in ("206", "555", "0142"); whole when no
    phone number has this many digits."""
    if not has_phone_length(digits):
        return [digits]
    ends = (0, *GROUP_BOUNDS[len(digits)], len(digits))
    return [digits[a:b] for a, b in zip(ends, ends[1:])]
