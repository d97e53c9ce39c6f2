"""The JSON report validates against the schema the package ships (`greetlint schema`), for every kind of run."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from greetlint.schema import report_schema

from .ci_repo import check, greetlint

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def validate(doc: dict) -> None:
    jsonschema.Draft202012Validator.check_schema(report_schema())
    validator = jsonschema.Draft202012Validator(report_schema(), format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{e.json_path}: {e.message[:200]}" for e in errors[:10])


def test_schema_command_prints_the_shipped_schema():
    run = greetlint("schema")
    assert run.exit_code == 0
    assert json.loads(run.stdout) == report_schema()
    assert report_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_scripts_with_expectations_validate(repo):
    run = check("greetings", "messages", "--format", "json")
    doc = run.json()
    assert any(f["rule"] == "GL601" for file in doc["files"] for f in file["findings"])  # the expect table ran
    validate(doc)


def test_a_target_run_validates(repo):
    doc = check("greetings", "--format", "json", "--target", "teams").json()
    assert all(f["target"]["name"] == "teams" for f in doc["files"])
    validate(doc)


def test_baseline_runs_validate(repo):
    validate(check("greetings", "messages", "--format", "json", "--write-baseline", "base.json").json())
    validate(check("greetings", "messages", "--format", "json", "--baseline", "base.json").json())


def test_bad_inputs_validate(repo):
    Path("bad").mkdir()
    Path("bad/binary.txt").write_bytes(b"\x00\x01\x02")
    Path("bad/empty.txt").write_text("", encoding="utf-8")
    Path("bad/broken.wav").write_bytes(b"RIFF not really a wave file")
    run = check("bad", "greetings/sales-dana.txt", "missing.txt", "--format", "json")
    assert run.exit_code == 2
    doc = run.json()
    assert sum(1 for f in doc["files"] if f["error"]) == 4
    validate(doc)


def test_jsonl_lines_validate(repo):
    """Each line of --format jsonl is a file object (plus its content hash and result key)."""
    run = check("greetings", "messages", "missing.txt", "--format", "jsonl")
    lines = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    assert len(lines) == 5 and any(line["error"] for line in lines)
    schema = {"$schema": report_schema()["$schema"], "$defs": report_schema()["$defs"], "$ref": "#/$defs/jsonl_line"}
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for line in lines:
        errors = list(validator.iter_errors(line))
        assert not errors, [e.message[:200] for e in errors[:5]]


def test_a_broken_schema_document_fails_validation(repo):
    """The test can fail: a renamed or retyped field is caught."""
    doc = check("greetings", "--format", "json").json()
    doc["files"][0]["score"] = "87"
    with pytest.raises(AssertionError):
        validate(doc)


@pytest.mark.slow
def test_audio_and_text_batch_validates(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    for name in ("greeting_vague.wav", "message_no_number.mp3", "script_greeting_specific.txt"):
        shutil.copy(SAMPLES / name, folder / name)
    run = greetlint("check", str(folder), "--format", "json", "--cache-dir", str(tmp_path / "cache"))
    doc = run.json()
    audio = [f for f in doc["files"] if f["input"] == "audio"]
    assert len(audio) == 2 and all(f["audio"]["pitch"]["median_hz"] > 0 for f in audio)
    validate(doc)
    # the same batch heard through a phone system's line: target and phone_check objects
    phone = greetlint("check", str(folder), "--format", "json", "--cache-dir", str(tmp_path / "cache"),
                      "--target", "teams", "--phone-check").json()
    assert all("phone_check" in f for f in phone["files"] if f["input"] == "audio")
    validate(phone)
