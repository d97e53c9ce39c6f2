"""detect_kind, kind_confidence and extract_facts share one normalized reading per transcript.

The reading is remembered by the transcript's value and the lexicon in force; the tests check
it is the reading ``normalize`` gives, that another lexicon or other words are read afresh.
"""
from __future__ import annotations

import datetime as dt

from greetlint.facts import reading as facts_pkg  # where the entry points and their memory live
from greetlint.facts import Lexicon, detect_kind, extract_facts
from greetlint.facts.confidence import respelled_compounds
from greetlint.facts.lexicon import using
from greetlint.facts.normalize import normalize
from greetlint.transcript import from_timed_words


def timed(text: str, unsure: set[int] = frozenset()) -> "Transcript":
    words = [(f" {w}", i * 0.4, i * 0.4 + 0.3, 0.3 if i in unsure else 0.95) for i, w in enumerate(text.split())]
    return from_timed_words(words)


SAID = "Hi, you reached Priya at Copperleaf Studio. Leave a voice a male and I'll call you back by noon tomorrow."


def test_the_shared_reading_is_normalize_s_reading():
    transcript = timed(SAID, unsure={8, 9, 10})
    lexicon = Lexicon()
    with using(lexicon):
        direct = normalize(transcript.text, respelled_compounds(transcript))
        assert "voicemail" in direct.text  # the respelled compound is part of the reading
        assert facts_pkg._normalized(transcript) == direct
        assert facts_pkg._normalized(transcript) is facts_pkg._normalized(transcript)


def test_other_words_or_another_lexicon_are_read_afresh(tmp_path):
    sure = timed(SAID)  # every word sure: no compound respelled
    unsure = timed(SAID, unsure={8, 9, 10})
    with using(Lexicon()):
        assert "voicemail" not in facts_pkg._normalized(sure).text
        assert "voicemail" in facts_pkg._normalized(unsure).text
    (tmp_path / "asr.toml").write_text('split_compounds = ["voiceamale"]\n')
    with using(Lexicon([tmp_path])):
        assert facts_pkg._normalized(unsure) == normalize(unsure.text, respelled_compounds(unsure))


def test_facts_are_the_same_read_once_or_each_time(monkeypatch):
    transcript = timed(SAID, unsure={8, 9, 10})
    today = dt.date(2026, 3, 2)
    lexicon = Lexicon()
    kind = detect_kind(transcript, lexicon)
    shared = extract_facts(transcript, kind, today, lexicon)
    # nothing kept: every entry point reads afresh
    monkeypatch.setattr(facts_pkg, "_normalized_under", facts_pkg._normalized_under.__wrapped__)
    assert detect_kind(transcript, lexicon) == kind
    assert extract_facts(transcript, kind, today, lexicon) == shared


def test_kind_scores_are_kept_per_lexicon_and_text(tmp_path, monkeypatch):
    from greetlint.facts import kind as kind_mod

    text = "Hello, this is Odile from the garden club, the chairs arrive Friday morning."
    with using(Lexicon()):
        first = kind_mod.kind_scores(text)
        first["greeting"] += 100  # the caller's copy: what is kept does not change
        assert kind_mod.kind_scores(text) == kind_mod._kind_scores(text)
        assert kind_mod.kind_scores(text + " Bye.") == kind_mod._kind_scores(text + " Bye.")
    # another lexicon with one more message cue scores the same text afresh
    (tmp_path / "kind.toml").write_text("[message]\ncues = [['''the\\s+chairs\\s+arrive''', 5]]\n")
    with using(Lexicon()):
        plain = kind_mod.kind_scores(text)
    with using(Lexicon([tmp_path])):
        extended = kind_mod.kind_scores(text)
    assert extended["message"] == plain["message"] + 5
    monkeypatch.setattr(kind_mod, "_kept_scores", kind_mod._kept_scores.__wrapped__)  # nothing kept: the same answer
    with using(Lexicon([tmp_path])):
        assert kind_mod.kind_scores(text) == extended
