"""Digits the first pass wrote as letters or looped on (greetlint.renumber, greetlint.batching):
offered to the number-only re-hearing, or dropped so the speech is decoded again."""
from __future__ import annotations

import pytest

from greetlint.batching import without_loop
from greetlint.renumber import find_stretches


def _words(text: str) -> list[str]:
    return [" " + w for w in text.split()]


def _said(text: str, stretch) -> str:
    return " ".join(text.split()[stretch.start:stretch.end])


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


VOCAB = ["Do", "you", "have", "the", "$TS", "of", "five", "form", "yet?", "Thanks.", "oh", "one"]


@pytest.mark.parametrize("looped", ["$TS " * 12, "$TS of " * 6, "form " * 5])
def test_a_trailing_loop_is_dropped(looped):
    tok = _Tokens(VOCAB)
    ids = tok.ids("Do you have the " + looped)
    assert tok.decode(without_loop(tok, ids + [tok.eot])).split() == ["Do", "you", "have", "the"]


@pytest.mark.parametrize("text", [
    "Do you have the form yet? Thanks.",
    "Do you have the $TS $TS form yet?",          # a short repeat, then words
    "five five five five oh one",                 # a row of digits is said, not a loop
    "the five five five five five",
])
def test_text_without_a_trailing_loop_is_kept(text):
    tok = _Tokens(VOCAB)
    ids = tok.ids(text) + [tok.eot]
    assert without_loop(tok, ids) == ids
