"""A word the recogniser's times stretch over seconds covers speech it never heard (transcribe._unheard_stretches)."""
from __future__ import annotations

import pytest

from greetlint.transcribe import _implausibly_long, _seconds, _unheard_stretches


def test_a_word_stretched_over_seconds_leaves_its_speech_unheard():
    speech = [(0.0, 7.0)]
    heard = [(" Please", 0.0, 0.4, 0.9), (" call", 0.4, 0.7, 0.9), (" me", 0.7, 0.9, 0.9), (" at", 0.9, 1.1, 0.9),
             (" one.", 1.1, 1.5, 0.9)]
    # "Thanks(2.6 s) so(2.3 s) much": nearly five seconds where the number was said
    stretched = heard + [(" Thanks", 1.6, 4.2, 0.8), (" so", 4.2, 6.5, 0.8), (" much.", 6.5, 6.9, 0.9)]
    assert _seconds(_unheard_stretches(speech, stretched)) == pytest.approx(5.0)
    # the same words at a speaking pace cover their speech; a long pause alone is no skip
    paced = heard + [(" Thanks", 1.6, 2.0, 0.8), (" so", 2.0, 2.2, 0.8), (" much.", 2.2, 2.6, 0.9),
                     (" Bye.", 4.8, 5.2, 0.9), (" Bye.", 7.4, 7.8, 0.9)]
    assert _unheard_stretches([(0.0, 7.8)], paced) == []


def test_what_counts_as_too_long_for_a_word():
    assert _implausibly_long(" Have", 1.0, 3.4)
    assert _implausibly_long(" a", 3.4, 5.4)
    assert _implausibly_long(" B-R-R-R-R-R-R-R-R-R-R-R.", 2.0, 14.0)  # a loop's one "word"
    assert not _implausibly_long(" Thanks", 1.0, 1.6)
    # a long word or hyphen-joined digits take their time
    assert not _implausibly_long(" northwindtravel.com.", 1.0, 3.0)
    assert not _implausibly_long(" four-two-five-eight-eight-eight-two-two-one-four.", 1.0, 4.5)
