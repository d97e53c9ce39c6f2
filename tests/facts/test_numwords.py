"""One module owns the number words; every reader reads a number word the same way through it."""
from __future__ import annotations

import pytest

from greetlint import numwords, renumber
from greetlint.facts.spoken import find_runs
from greetlint.facts.text import number_value


@pytest.mark.parametrize("word, value", [*numwords.UNITS.items(), *numwords.TEENS.items(), *numwords.TENS.items(),
                                         ("fourty", 40)])
def test_a_cardinal_reads_as_its_value(word, value):
    assert number_value(word) == value
    assert [r.digits for r in find_runs(f"call {word} now")] == [str(value)]


@pytest.mark.parametrize("word", numwords.ZERO_WORDS)
def test_every_zero_word_is_a_zero_inside_a_number(word):
    assert [r.digits for r in find_runs(f"five five {word} one")] == ["5501"]


@pytest.mark.parametrize("word, times", numwords.REPEATERS.items())
def test_a_repeater_repeats_the_next_digit(word, times):
    assert [r.digits for r in find_runs(f"two {word} five")] == ["2" + "5" * times]


def test_the_second_hearing_allows_the_same_digit_words():
    assert set(numwords.DIGIT_WORDS) <= renumber.NUMBER_WORDS
    assert set(numwords.TEENS) | set(numwords.TENS) | set(numwords.SCALES) <= renumber.NUMBER_WORDS
