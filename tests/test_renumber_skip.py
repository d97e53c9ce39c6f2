"""What the re-hearing of numbers leaves out (renumber.plan): stretches the words around say are no
phone number (an amount, a clock time, a date, an identifier after its cue, a house number) are not
decoded again; a stretch right after a phone cue always is. Invented sentences, a stand-in tokenizer."""
from __future__ import annotations

from greetlint import renumber


class _WordTokenizer:
    """One token per word (" word"), as plan() sees a window: ids below eot, words from their tokens."""

    eot = 10 ** 6

    def __init__(self):
        self.vocab: list[str] = []

    def ids(self, text: str) -> list[int]:
        out = []
        for w in text.split():
            if " " + w not in self.vocab:
                self.vocab.append(" " + w)
            out.append(self.vocab.index(" " + w))
        return out

    def decode(self, ids) -> str:
        return "".join(self.vocab[i] for i in ids if i < self.eot)

    def split_to_word_tokens(self, tokens):
        return [self.vocab[t] for t in tokens], [[t] for t in tokens]


def _planned(text: str) -> list[str]:
    """The stretches of one window that plan() would decode again, as text."""
    tok = _WordTokenizer()
    jobs = renumber.plan(tok, [tok.ids(text)])
    return [tok.decode(job.tokens[job.tok_start:job.tok_end]).strip() for job in jobs]


def test_a_money_amount_is_not_heard_again():
    assert _planned("We paid six hundred twelve dollars fifty for the new part, see you Friday.") == []
    assert _planned("The repair came out at about four thousand two hundred dollars in total.") == []


def test_a_clock_time_is_not_heard_again():
    assert _planned("The shop is open from eight thirty to four thirty for walk-ins.") == []
    assert _planned("Your fitting is set for ten forty five tomorrow, so bring the shoes.") == []


def test_a_date_an_identifier_and_an_address_are_not_heard_again():
    assert _planned("The movers come on March twenty two seven for the big load.") == []
    assert _planned("Please have your ticket number ready, it is four four zero nine one two seven.") == []
    assert _planned("The new studio is at four two one eight Maple Grove Avenue on the corner.") == []


def test_a_phone_number_after_its_cue_is_still_heard_again_beside_a_time():
    planned = _planned("We are in from nine thirty to five thirty, call me at five five five, oh one for two.")
    assert len(planned) == 1 and planned[0].split()[-2:] == ["for", "two."]
    # a time word after the number does not make it a time when "call me at" comes right before it
    planned = _planned("Call me at two oh six five five five oh one for two after six pm.")
    assert len(planned) == 1 and planned[0].startswith("two oh six")
    # nor does a currency word later in the sentence
    assert len(_planned("My number is five five five, oh one for two, the fee is ten dollars.")) == 1


def test_a_range_of_hours_then_digits_is_a_number():
    """"six to one, five five ...": the hours' shape followed by more digits is a number with "to" for two."""
    assert len(_planned("Try six to one, five five five, oh one four two tonight.")) == 1
