"""Expected facts (GL601): the check that catches a greeting recorded with an old number."""
from __future__ import annotations

import pytest

from greetlint.expect import ExpectationError, parse_expectation, phone_digits, same_number

from .ci_repo import GOOD_SALES, check


def gl601_messages(run, path: str) -> list[str]:
    files = {f["path"]: f for f in run.json()["files"]}
    return [f["message"] for f in files[path]["findings"] if f["rule"] == "GL601"]


@pytest.mark.parametrize("written,digits", [
    ("206-555-0142", "2065550142"),
    ("+1 (206) 555-0142", "2065550142"),
    ("1-888-MELOTEL", "8886356835"),
    ("555.0142", "5550142"),
])
def test_phone_digits(written, digits):
    assert phone_digits(written) == digits


@pytest.mark.parametrize("expected,heard,same", [
    ("2065550142", "12065550142", True),   # a leading NANP 1 is ignored
    ("5550142", "2065550142", True),       # a local number matches its full form
    ("2065550142", "5550142", True),       # and the other way round
    ("2065550142", "2065550199", False),
    ("5550142", "5550199", False),
    ("2065550142", "4255550142", False),   # same local part, other area code
])
def test_same_number(expected, heard, same):
    assert same_number(expected, heard) is same


def test_the_old_number_is_caught_with_what_was_expected_and_heard(repo):
    run = check("greetings", "--format", "json")
    assert run.exit_code == 1
    assert gl601_messages(run, "greetings/sales-old.txt") == ["Expected phone number 555-0142; heard 206-555-0199."]
    assert gl601_messages(run, "greetings/sales-dana.txt") == []
    assert gl601_messages(run, "greetings/support.txt") == []  # the glob is sales-*
    finding = [f for f in run.json()["files"][1]["findings"] if f["rule"] == "GL601"][0]
    text = run.json()["files"][1]["transcript"]["text"]
    assert text[finding["char_start"]:finding["char_end"]] == "206-555-0199"
    assert (finding["severity"], finding["category"]) == ("error", "name-number")


def test_spoken_number_matches_by_digits(repo):
    spoken = GOOD_SALES.replace("206-555-0142", "two oh six, five five five, oh one four two")
    (repo / "greetings/sales-spoken.txt").write_text(spoken, encoding="utf-8")
    run = check("greetings/sales-spoken.txt", "--format", "json")
    heard = run.json()["files"][0]["facts"]["phone_numbers"]
    assert [n["digits"] for n in heard] == ["2065550142"]
    assert gl601_messages(run, "greetings/sales-spoken.txt") == []


def test_every_expected_fact_reports_what_was_heard(repo):
    (repo / "greetings/sales-acme.txt").write_text(
        "Hi, you've reached Dana Ortiz at Acme Dental. Leave a message and I'll get back to you.\n", encoding="utf-8")
    messages = gl601_messages(check("greetings/sales-acme.txt", "--format", "json"), "greetings/sales-acme.txt")
    assert len(messages) == 4
    assert messages[0].startswith("Expected company 'Brightline'; heard ")
    assert "Acme" in messages[0]
    assert "Expected phone number 555-0142; heard no phone number." in messages
    assert any(m.startswith("Expected a callback window of at most 24 hours; heard ") for m in messages)
    assert "Expected an urgent path (press zero, a colleague, a cell number); heard none." in messages


def test_name_expectation_and_several_globs(repo):
    config = (repo / "greetlint.toml").read_text(encoding="utf-8")
    (repo / "greetlint.toml").write_text(config + '\n[expect."greetings/sales-old.txt"]\nname = "Chris Park"\n',
                                         encoding="utf-8")
    messages = gl601_messages(check("greetings/sales-old.txt", "--format", "json"), "greetings/sales-old.txt")
    # in the order they were said
    assert messages == ["Expected name 'Chris Park'; heard 'Dana Ortiz'.",
                        "Expected phone number 555-0142; heard 206-555-0199."]


def test_expectation_table_is_validated():
    exp = parse_expectation({"company": " Brightline ", "phone": "1-206-555-0142", "urgent-path": True},
                            'expect."a/*"')
    assert (exp.company, exp.phone, exp.urgent_path, exp.max_callback_hours) == ("Brightline", "2065550142", True, None)
    with pytest.raises(ExpectationError, match=r"key 'expect.a.company': expected a non-empty string"):
        parse_expectation({"company": ""}, "expect.a")
