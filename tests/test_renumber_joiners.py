"""A number read in cardinal groups with its separators said ("five hundred three dash five hundred
fifty five dash ..."): the constrained hearing may write the said separator, and a digit or word
heard where it stands gets the number heard again (greetlint.renumber)."""
from __future__ import annotations

import datetime

from greetlint import renumber
from greetlint.renumber import Job

from test_renumber import _FakeTokenizer, _job, _render, model  # noqa: F401 (a fixture)


def _stray(text: str) -> list[str]:
    words = renumber._cardinal_words(text)
    return [words[k] for k in renumber._stray_digits(words)]


def test_a_digit_between_a_cardinal_group_and_more_digits_is_stray():
    assert _stray("six hundred twenty one, four hundred thirty two") == []
    # a zero opening the next group is that group's first digit
    assert _stray("four hundred thirty two, zero two eight six") == []
    # a digit right after a closed cardinal group, then more digits: where "dash" is said
    assert _stray("four hundred thirty two, nine, zero, two, eight") == ["nine"]
    assert _stray("four hundred thirty two ninety two eight six") == ["ninety"]
    assert _stray("seven hundred twelve nine zero two eight") == ["nine"]
    # the same shape where the line number opens with that digit: heard again, and the audio decides
    # (choose keeps the first hearing unless a constrained one reads as a number and scores as well)
    assert _stray("six hundred twenty one, four hundred thirty two, seven two eight six") == ["seven"]
    # a unit that opens another cardinal group is no stray digit, nor one that ends the stretch
    assert _stray("seven hundred twelve, six hundred thirty") == []
    assert _stray("four hundred thirty two nine") == []
    # digits said one by one after a scale word ("eight hundred, four three two") are no cardinal group closed
    assert _stray("one eight hundred, four three two, seven two eight six") == []


def test_a_well_formed_hearing_with_a_stray_digit_is_heard_again():
    tok = _FakeTokenizer()
    # seven digits, all number words: well formed, but the "nine" may be a said "dash"
    stray = _job(tok, "four hundred thirty two nine zero two eight", [])
    assert not renumber._heard_well(tok, stray)
    clean = _job(tok, "four hundred thirty two zero two eight six", [])
    assert renumber._heard_well(tok, clean)


def test_a_hearing_with_the_said_separator_replaces_a_misheard_one():
    tok = _FakeTokenizer()
    job = _job(tok, "six hundred twenty one clash four hundred thirty two clash zero two eight six",
               [("six hundred twenty one dash four hundred thirty two dash zero two eight six", -0.3),
                ("six hundred twenty one nine four hundred thirty two nine zero two eight six", -0.28)])
    chosen = tok.decode(renumber.choose(tok, job))
    assert renumber._digits(chosen) == "6214320286"
    # a separator is no number on its own, nor at either end of one
    assert not renumber._pure("dash")
    assert not renumber._pure("dash four three two")
    assert renumber._pure("four three two dash one one two three")


def test_candidate_readings_put_a_said_separator_between_cardinal_groups():
    readings = renumber.candidate_texts(
        "six hundred twenty one clash four hundred thirty two clash zero two eight six", "phone")
    assert any(renumber._digits(r) == "6214320286" for r in readings)
    # no separator offered between digits said one by one, or where no cardinal group is near
    assert not any("dash" in r for r in renumber.candidate_texts("six two one clash four three two oh two eight six",
                                                                 "phone"))


def test_the_said_separators_are_allowed_tokens_of_the_models_own_tokenizer(model):
    tokenizer = model.load().hf_tokenizer
    allowed = renumber.number_token_ids(tokenizer)
    for word in (" dash", " dot"):
        assert set(tokenizer.encode(word, add_special_tokens=False).ids) <= allowed
    for word in (" nation", " slash", " dish"):
        assert not set(tokenizer.encode(word, add_special_tokens=False).ids) <= allowed


def test_a_typed_number_read_with_its_dashes_is_a_fact(tmp_path, model):
    """espeak-ng reads a typed number as cardinal groups with "dash" between them."""
    from greetlint.audio import decode
    from greetlint.batching import BatchTranscriber
    from greetlint.facts import extract_facts
    from greetlint.transcript import from_timed_words

    wav = _render("espeak-en-us", "Hi, this is Dana from Brightline. Please call me back at 621-432-0286. "
                                  "Thanks, bye.", tmp_path)
    asr = BatchTranscriber(model).transcribe_many([decode(str(wav)).samples])[0]
    facts = extract_facts(from_timed_words(asr.words), "message", datetime.date(2026, 11, 30))
    heard = [n.digits[-10:] for n in facts.phone_numbers]
    assert heard == ["6214320286"] or facts.unclear_numbers, heard


def test_a_clip_reading_replaces_a_well_formed_first_hearing_only_when_the_audio_prefers_it():
    """On a clip, a first hearing that reads as a number gives way only to a reading the audio prefers by CLIP_GAIN."""
    job = renumber.ClipJob(0, 0, 7, "", "", 0.0, 3.0, ["five five five four two six one",
                                                      "five five five oh two six one"], "phone")
    job.scores = [-10.0, -10.0 + renumber.CLIP_GAIN / 2]
    assert renumber.choose_clip(job) is None
    job.scores = [-10.0, -10.0 + 2 * renumber.CLIP_GAIN]
    assert renumber.choose_clip(job) == 1
