"""Expected facts scored against the recording itself (greetlint.verify, GL601 on audio)."""
from __future__ import annotations

import datetime
import json
from dataclasses import replace

import pytest
from click.testing import CliRunner

from greetlint import verify
from greetlint.cli import main
from greetlint.expect import check_expectation, parse_expectation, places_to_hear
from greetlint.model import Facts, PhoneNumber, Transcript, Word

SAID = "Hi, you've reached Marta Quist at Northwind. Please call me back at 206-555-0142. Thanks."
TODAY = datetime.date(2026, 11, 30)


def test_a_number_is_scored_in_the_ways_it_is_said():
    forms = verify.spoken_forms("2065550142")
    assert "two zero six, five five five, zero one four two" in forms
    assert "two oh six five five five oh one four two" in forms
    toll_free = verify.spoken_forms("8005550142")
    assert any(f.startswith("one eight hundred") for f in toll_free) and any(f.startswith("one, eight") for f in toll_free)


def test_the_heard_words_keep_their_style_with_the_expected_digits():
    # the recogniser's own punctuation and "oh" cost nothing; only the digits change
    assert verify.spoken_forms("2065550143", "Two oh six, five five five. Oh one four two")[0] == \
        "Two oh six, five five five. Oh one four three"
    # words that do not line up with the digits are not restyled
    assert verify.spoken_forms("2065550143", "two oh six five")[0] == "two zero six, five five five, zero one four three"


def _timed(text: str) -> Transcript:
    words, pos = [], 0
    for i, w in enumerate(text.split()):
        start = text.index(w, pos)
        pos = start + len(w)
        words.append(Word(w, start, pos, i * 0.4, i * 0.4 + 0.3, 0.9))
    return Transcript(text, tuple(words), True)


def test_a_soundalike_next_to_the_number_is_part_of_the_place_scored():
    text = "Please call me back at two zeros six five five five zero one four two."
    start = text.index("six")
    facts = Facts(phone_numbers=[PhoneNumber("6555014", text[start:-1], start, len(text) - 1)])
    said = [text[p.char_start:p.char_end] for p in verify.places("phone", facts, text, "2065550142")]
    assert "two zeros six five five five zero one four two" in said


def test_places_are_only_asked_for_numbers_the_words_did_not_match():
    expectation = parse_expectation({"phone": "206-555-0142"}, "expect.x")
    text = "Please call me back at two oh six five five five oh one four two."
    start = text.index("two")
    good = Facts(phone_numbers=[PhoneNumber("2065550142", text[start:-1], start, len(text) - 1)])
    assert places_to_hear(expectation, good, _timed(text)) == []
    wrong = Facts(phone_numbers=[PhoneNumber("2065550143", text[start:-1], start, len(text) - 1)])
    assert len(places_to_hear(expectation, wrong, _timed(text))) == 1
    # a script has no audio to score: the words decide
    assert places_to_hear(expectation, wrong, replace(_timed(text), timed=False)) == []


@pytest.fixture(scope="module")
def transcriber():
    from greetlint.transcribe import Transcriber

    t = Transcriber()
    t.load()
    return t


def _heard(transcriber, wav):
    from greetlint.audio import decode
    from greetlint.batching import BatchTranscriber
    from greetlint.facts import extract_facts
    from greetlint.transcript import from_timed_words

    samples = decode(str(wav)).samples
    transcript = from_timed_words(BatchTranscriber(transcriber).transcribe_many([samples])[0].words)
    return samples, transcript, extract_facts(transcript, "greeting", TODAY)


def _misheard(transcript: Transcript, facts: Facts) -> Transcript:
    """The transcript with the number's last digit word replaced: what a mangled hearing looks like."""
    number = facts.phone_numbers[0]
    last = transcript.words_in(number.char_start, number.char_end)[-1]
    other = "three" if last.text.strip(" ,.").lower() != "three" else "seven"
    text = transcript.text[:last.char_start] + other + transcript.text[last.char_end:]
    shift = len(other) - (last.char_end - last.char_start)
    words = []
    for w in transcript.words:
        if w is last:
            words.append(replace(w, text=other, char_end=w.char_start + len(other)))
        elif w.char_start > last.char_start:
            words.append(replace(w, char_start=w.char_start + shift, char_end=w.char_end + shift))
        else:
            words.append(w)
    return Transcript(text, tuple(words), True)


@pytest.mark.slow
def test_the_audio_decides_when_the_transcript_mangled_a_digit(tts, transcriber):
    from greetlint.facts import extract_facts

    samples, transcript, facts = _heard(transcriber, tts(SAID, "expect-number.wav"))
    assert [n.digits[-10:] for n in facts.phone_numbers] == ["2065550142"], transcript.text
    wrong_text = _misheard(transcript, facts)
    wrong_facts = extract_facts(wrong_text, "greeting", TODAY)
    assert [n.digits[-10:] for n in wrong_facts.phone_numbers] == ["2065550143"]
    model = transcriber.load()

    right = parse_expectation({"phone": "206-555-0142"}, "expect.x")
    places = places_to_hear(right, wrong_facts, wrong_text)
    heard = tuple(verify.hear_expected(model, lambda: samples, wrong_text, places))
    assert check_expectation(right, wrong_facts, wrong_text, heard) == []  # the audio says 0142
    assert check_expectation(right, wrong_facts, wrong_text) != []         # the words alone do not

    other = parse_expectation({"phone": "206-555-0148"}, "expect.x")
    heard = tuple(verify.hear_expected(model, lambda: samples, transcript, places_to_hear(other, facts, transcript)))
    (mismatch,) = check_expectation(other, facts, transcript, heard)
    assert mismatch.checked and "206-555-0148" in mismatch.message and "206-555-0142" in mismatch.message


@pytest.mark.slow
def test_gl601_from_the_cli_accepts_the_number_said_and_names_both_for_another(tts, tmp_path, monkeypatch):
    wav = tts(SAID, "expect-cli.wav")
    for name in ("sales-right.wav", "sales-old.wav"):
        (tmp_path / name).write_bytes(wav.read_bytes())
    (tmp_path / "pyproject.toml").write_text(
        '[tool.greetlint.expect."sales-right.wav"]\nphone = "(206) 555-0142"\ncompany = "Northwind"\n'
        '[tool.greetlint.expect."sales-old.wav"]\nphone = "206-555-0199"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(main, ["check", "sales-right.wav", "sales-old.wav", "--format", "json",
                                    "--cache-dir", str(tmp_path / "cache"), "--today", "2026-11-30"])
    assert run.exit_code in (0, 1), run.output
    files = {f["path"]: f for f in json.loads(run.output)["files"]}
    gl601 = {p: [x["message"] for x in f["findings"] if x["rule"] == "GL601"] for p, f in files.items()}
    assert gl601["sales-right.wav"] == []
    (message,) = gl601["sales-old.wav"]
    assert "206-555-0199" in message and "206-555-0142" in message
