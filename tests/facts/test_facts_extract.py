"""extract_facts end to end: every fact points at its words; never raises."""
from __future__ import annotations

import datetime

from hypothesis import given, settings, strategies as st

from greetlint.facts import detect_kind, extract_facts, load_lexicon
from greetlint.facts.lexicon import LEXICON_DIR, lexicon_pattern
from greetlint.transcript import from_script

from spoken_render import to_spoken

MONDAY = datetime.date(2026, 11, 23)
GREETING = ("Hi, you've reached Dana Ortiz at Brightline. I'm out of the office until Monday, December 1st. "
            "For anything urgent, call my colleague Sam at 206-555-0199, extension 214, or press zero. "
            "Otherwise leave a message and I'll call you back by 5 p.m. the next business day. Thanks for calling.")
MESSAGE = ("Hi Dana, this is Lee Park from Northwind. I'm calling about the contract renewal. "
           "Please call me back at 312-555-0142. Again, 312-555-0142. Thank you.")


def _check_spans(text, facts):
    spans = [*facts.names, facts.company, facts.purpose, facts.thanks, *facts.alt_contact]
    for span in filter(None, spans):
        assert text[span.char_start:span.char_end] == span.text
    for ext in facts.extensions:  # text is the digits; the span is the words that said them
        assert ext.text.isdigit() and 0 <= ext.char_start < ext.char_end <= len(text)
    for number in facts.phone_numbers:
        assert text[number.char_start:number.char_end] == number.text
    cb = facts.callback
    if cb.phrase:
        assert text[cb.char_start:cb.char_end] == cb.phrase


def test_greeting_facts():
    transcript = from_script(GREETING)
    assert detect_kind(transcript) == "greeting"
    facts = extract_facts(transcript, "greeting", MONDAY)
    assert [n.text for n in facts.names] == ["Dana Ortiz", "Sam"]
    assert facts.company.text == "Brightline"
    assert [n.digits for n in facts.phone_numbers] == ["2065550199"]
    assert [e.text for e in facts.extensions] == ["214"]
    assert facts.callback.cls == "specific" and facts.callback.within_hours == 24
    assert {a.kind for a in facts.alt_contact} >= {"operator", "colleague", "phone", "other"}
    assert facts.ooo.return_date == datetime.date(2026, 12, 1)
    assert facts.purpose_stated is None
    assert facts.thanks.text == "Thanks for calling"
    assert facts.word_count == len(GREETING.split())
    _check_spans(transcript.text, facts)


def test_message_facts():
    transcript = from_script(MESSAGE)
    assert detect_kind(transcript) == "message"
    facts = extract_facts(transcript, "message", MONDAY)
    assert [n.text for n in facts.names] == ["Dana", "Lee Park"]
    assert facts.company.text == "Northwind"
    assert [(n.digits, n.count) for n in facts.phone_numbers] == [("3125550142", 2)]
    assert facts.callback.cls == "none"
    assert facts.alt_contact == []
    assert facts.purpose_stated is True
    assert facts.purpose.text.startswith("I'm calling about the contract renewal")
    _check_spans(transcript.text, facts)


def test_spoken_rendering_gives_the_same_facts():
    for script, kind in ((GREETING, "greeting"), (MESSAGE, "message")):
        written = extract_facts(from_script(script), kind, MONDAY)
        spoken_transcript = from_script(to_spoken(script, seed=3))
        spoken = extract_facts(spoken_transcript, detect_kind(spoken_transcript), MONDAY)
        assert [n.digits for n in spoken.phone_numbers] == [n.digits for n in written.phone_numbers]
        assert spoken.callback.cls == written.callback.cls
        assert [n.text for n in spoken.names] == [n.text for n in written.names]
        assert spoken.ooo.return_date == written.ooo.return_date if written.ooo else spoken.ooo is None
        _check_spans(spoken_transcript.text, spoken)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text):
    transcript = from_script(text)
    for kind in ("greeting", "message"):
        _check_spans(transcript.text, extract_facts(transcript, kind, MONDAY))
    assert detect_kind(transcript) in ("greeting", "message")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["one", "two", "oh", "double", "triple", "hundred", "twenty", "five", "-", ",", ".",
                                 "555", "0142", "make that", "uh", "call", "Dr.", "extension", "I'll", "call you back",
                                 "within", "24", "hours", "Monday", "the", "ninth"]), max_size=40))
def test_never_raises_on_number_soup(words):
    transcript = from_script(" ".join(words))
    extract_facts(transcript, "greeting", MONDAY)


def test_every_lexicon_loads_and_compiles():
    for path in LEXICON_DIR.glob("*.toml"):
        lexicon = load_lexicon(path.stem)
        assert isinstance(lexicon, dict) and lexicon
    for name, keys in {"callback": ["promise.patterns", "refusal.patterns", "discourage_message"],
                       "contacts": ["ooo.cues", "alt_contact.operator"], "cliches": ["phrases"],
                       "courtesy": ["thanks", "purpose"], "trivia": ["phrases"], "rewrite": ["after_hours.cues"]}.items():
        for key in keys:
            assert lexicon_pattern(name, key).pattern != r"(?!x)x", (name, key)
    assert load_lexicon("fillers")["words"]
    assert load_lexicon("callback") is load_lexicon("callback")  # cached
