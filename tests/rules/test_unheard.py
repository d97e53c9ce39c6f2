"""Speech the recogniser did not write down (delivery.unheard), and the rules it makes careful."""
from __future__ import annotations

import dataclasses

from greetlint.delivery import unheard
from greetlint.model import Delivery, Measures, Word
from test_rule_cases import RULES, lint_text


def _words(*spans):
    return [Word("w", 0, 0, a, b, 0.9) for a, b in spans]


def test_sound_with_no_word_in_it_is_unheard():
    measures = Measures(speech_start_s=0.2, speech_end_s=27.0, silences=((20.0, 20.5),))
    words = _words((0.3, 0.6), (0.7, 5.0), (5.1, 12.5))  # the words stop at 12.5 s; the sound goes on to 27 s
    assert unheard(words, measures) == ((12.8, 27.0),)


def test_a_short_stretch_after_the_last_word_is_unheard_and_between_words_it_is_not():
    # the closing words left out (a number said last is two seconds): after the last word 1.5 s of sound is enough
    measures = Measures(speech_start_s=0.2, speech_end_s=8.0, silences=((7.9, 8.0),))
    assert unheard(_words((0.3, 2.0), (2.1, 5.6)), measures) == ((5.9, 8.0),)
    # the same two seconds between words, or a breath's worth after the last word, are not
    assert unheard(_words((0.3, 2.0), (4.4, 7.7)), measures) == ()
    assert unheard(_words((0.3, 2.0), (2.1, 6.7)), measures) == ()


def test_silence_between_words_is_not_unheard():
    # a long gap that the measures say is silence, and short gaps between words
    measures = Measures(speech_start_s=0.2, speech_end_s=20.0, silences=((5.2, 14.8),))
    assert unheard(_words((0.3, 5.0), (15.0, 20.0)), measures) == ()
    assert unheard(_words((0.3, 5.0), (6.0, 10.0), (11.5, 20.0)), Measures(speech_start_s=0.2, speech_end_s=20.0)) == ()
    assert unheard([], Measures()) == ()


NO_NUMBER = "Hi, this is Tom from Northside Plumbing about your water heater. Call me back when you get a chance."


def _with_unheard(text, kind, code, spans):
    analysis, _ = lint_text(text, kind=kind, rules=[RULES[code]])
    analysis = dataclasses.replace(analysis, delivery=Delivery(unheard=spans))
    rule = RULES[code]
    return list((rule() if isinstance(rule, type) else rule).check(analysis))


def test_no_number_heard_is_an_error_only_when_all_the_speech_was_heard():
    assert [f.severity for f in _with_unheard(NO_NUMBER, "message", "GL103", ())] == ["error"]
    found = _with_unheard(NO_NUMBER, "message", "GL103", ((12.8, 27.0),))
    assert [f.severity for f in found] == ["warning"] and "0:12" in found[0].message


def test_no_name_is_not_claimed_when_the_opening_was_not_heard():
    text = "Leave a message after the tone."
    assert [f.rule for f in _with_unheard(text, "greeting", "GL101", ())] == ["GL101"]
    assert _with_unheard(text, "greeting", "GL101", ((1.0, 8.0),)) == []
    assert [f.rule for f in _with_unheard(text, "greeting", "GL101", ((30.0, 40.0),))] == ["GL101"]


def _timed(text, step=0.4):
    """A transcript of ``text`` whose words follow each other every ``step`` seconds."""
    from greetlint.model import Transcript
    import re
    words = [Word(m.group(0), m.start(), m.end(), i * step, i * step + step * 0.9, 0.9)
             for i, m in enumerate(re.finditer(r"\S+", text))]
    return Transcript(text=text, words=tuple(words), timed=True)


def test_a_number_cue_whose_number_never_comes_is_speech_left_out():
    from greetlint.delivery import left_out
    measures = Measures(speech_start_s=0.0, speech_end_s=12.0)
    # the recogniser wrote the cue and one digit word, then went on to the goodbye
    spans = left_out(_timed("Hi, it's Dale from Ridge Pools. Call me back at one. Have a good one!"), [], measures)
    assert len(spans) == 1 and spans[0][0] == 2.4  # from "Call", where the number was being given
    assert left_out(_timed("Hi, it's Dale. My number is. Thanks, bye."), [], measures) != ()
    # a cue that no number follows in what was said, or a number heard in full: nothing left out
    for text in ("Hi, it's Dale. Call me back at your convenience. Thanks.",
                 "Hi, it's Dale. Call me back at five five five oh one four two. Thanks.",
                 "Hi, it's Dale. Call me back at 555-0142. Thanks.",
                 "Hi, it's Dale. Call me back when you can. Thanks."):
        assert left_out(_timed(text), [], measures) == (), text


def test_a_decoder_loop_is_speech_left_out_and_laughter_is_not():
    from greetlint.delivery import left_out
    measures = Measures(speech_start_s=0.0, speech_end_s=30.0)
    assert left_out(_timed("Your order number is K-T-V-V-V-V-V-V-V-V-V-V-V-V"), [], measures) != ()
    assert left_out(_timed("Ha ha ha ha ha ha ha, that's funny. Bye bye bye bye bye bye."), [], measures) == ()


def test_no_number_heard_after_its_cue_is_a_warning_not_an_error():
    analysis, _ = lint_text(NO_NUMBER, kind="message", rules=[RULES["GL103"]])
    analysis = dataclasses.replace(analysis, delivery=Delivery(left_out=((14.0, 17.5),)))
    rule = RULES["GL103"]
    found = list((rule() if isinstance(rule, type) else rule).check(analysis))
    assert [f.severity for f in found] == ["warning"] and "0:14" in found[0].message
    assert found[0].start == 14.0  # tied to the moment in the audio
