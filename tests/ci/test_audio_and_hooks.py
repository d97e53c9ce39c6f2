"""A real recording in the CI formats (path only, mm:ss in the message), and the pre-commit hook definitions.

One greeting is rendered with festival and transcribed once (a shared transcript
cache folder serves the later runs).
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml

from greetlint.audio import AUDIO_EXTENSIONS

from .ci_repo import TODAY, greetlint, write_repo
from .test_formats import SARIF_SCHEMA, parse_annotations

pytestmark = pytest.mark.slow  # loads the speech model or renders speech

REPO_ROOT = Path(__file__).resolve().parents[2]
# recorded with the old number and a vague callback promise
OLD_RECORDING = ("Hi, you've reached Dana Ortiz at Brightline. Please leave a message and I'll get back to you "
                 "as soon as possible. If it's urgent, press zero, or call two zero six, five five five, "
                 "zero one nine nine.")
AUDIO_CONFIG = """\
[expect."greetings/sales-*.wav"]
phone = "206-555-0142"
max-callback-hours = 24
"""
MMSS = re.compile(r"^\[\d\d:\d\d\.\d\] ")


@pytest.fixture(scope="module")
def audio_repo(tts, tmp_path_factory) -> Path:
    root = write_repo(tmp_path_factory.mktemp("audio-repo"), {}, config=AUDIO_CONFIG)
    (root / "greetings").mkdir()
    shutil.copy(tts(OLD_RECORDING, "sales-old.wav"), root / "greetings/sales-old.wav")
    return root


@pytest.fixture
def check_audio(audio_repo, monkeypatch, tmp_path_factory):
    monkeypatch.chdir(audio_repo)
    cache = audio_repo / ".cache"  # transcribe once for the whole module

    def run(*args):
        return greetlint("check", "greetings", "--today", TODAY, "--cache-dir", str(cache), *args)

    return run


def test_audio_findings_in_sarif_have_the_path_and_time(check_audio):
    run = check_audio("--format", "sarif")
    doc = json.loads(run.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(doc)
    results = doc["runs"][0]["results"]
    wrong_number = [r for r in results if r["ruleId"] == "GL601" and "phone number" in r["message"]["text"]]
    assert len(wrong_number) == 1, [r["message"]["text"] for r in results]
    text = wrong_number[0]["message"]["text"]
    assert MMSS.match(text) and "Expected phone number 206-555-0142; heard 206-555-0199" in text
    location = wrong_number[0]["locations"][0]["physicalLocation"]
    # no lines in audio: the file as a whole (GitHub code scanning needs a startLine)
    assert location == {"artifactLocation": {"uri": "greetings/sales-old.wav"}, "region": {"startLine": 1}}
    seconds = wrong_number[0]["properties"]["startSeconds"]
    assert 5.0 < seconds < 14.0  # the number is said at the end
    assert text.startswith(f"[00:{seconds:04.1f}]")
    assert run.exit_code == 1


def test_audio_annotations_and_junit(check_audio):
    annotations = parse_annotations(check_audio("--format", "github").stdout)
    assert annotations and all(props["file"] == "greetings/sales-old.wav" and "line" not in props
                               for _, props, _ in annotations)
    timed = [message for _, _, message in annotations if MMSS.match(message)]
    assert any("callback window" in m for m in timed)
    junit = check_audio("--format", "junit").stdout
    assert 'classname="greetings/sales-old.wav"' in junit and "line=" not in junit


def test_audio_baseline(check_audio, audio_repo):
    assert check_audio("--write-baseline", "baseline.json").exit_code == 0
    assert check_audio("--baseline", "baseline.json").exit_code == 0
    shutil.copy(audio_repo / "greetings/sales-old.wav", audio_repo / "greetings/sales-copy.wav")
    # the same bytes under another name: the same known findings
    assert check_audio("--baseline", "baseline.json").exit_code == 0
    (audio_repo / "greetings/sales-copy.wav").unlink()


def test_pre_commit_hooks_cover_every_audio_type_and_run_serially():
    hooks = {h["id"]: h for h in yaml.safe_load((REPO_ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    audio = hooks["greetlint"]
    pattern = re.compile(audio["files"])
    assert all(pattern.search(f"greetings/x{ext}") for ext in AUDIO_EXTENSIONS)
    assert pattern.search("greetings/SALES.WAV")
    assert not pattern.search("greetings/notes.txt")
    assert re.compile(hooks["greetlint-scripts"]["files"]).search("greetings/sales.txt")
    for hook in hooks.values():
        assert hook["entry"] == "greetlint check" and hook["require_serial"] is True
        assert hook["language"] == "python"
