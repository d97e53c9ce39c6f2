"""The command line end to end: JSON contract field for field, exit codes, bad files in a batch."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

GOOD_GREETING = ("Hi, you've reached Dana Ortiz at Brightline. Leave a message and I'll call you back "
                 "by 5 p.m. the next business day. If it's urgent, press zero for the front desk.")
REFUSAL = "Hi, this is Dana. Please don't leave a message, I will not be calling you back."

# the JSON contract (schema 1, greetlint/schema/report.schema.json): every key a tool may read, with its type(s)
FILE_KEYS = {"path": str, "input": str, "kind": (str, type(None)), "kind_source": (str, type(None)),
             "kind_confidence": (str, type(None)),
             "duration_s": (float, int, type(None)), "score": (int, type(None)), "grade": (str, type(None)),
             "transcript": dict, "facts": (dict, type(None)), "findings": list, "rewrite": (dict, type(None)),
             "error": (dict, type(None))}
FACT_KEYS = {"names": list, "company": (str, type(None)), "phone_numbers": list, "extensions": list,
             "callback": dict, "alt_contact": list, "caller_contact": list, "ooo": (dict, type(None)),
             "purpose_stated": (bool, type(None)),
             "word_count": int, "words_per_minute": (float, int, type(None))}
FINDING_KEYS = {"rule": str, "name": str, "category": str, "severity": str, "message": str,
                "start": (float, int, type(None)), "end": (float, int, type(None)),
                "char_start": (int, type(None)), "char_end": (int, type(None)), "fix": (str, type(None))}
SUMMARY_KEYS = {"files": int, "failed": int, "errors": int, "warnings": int, "infos": int,
                "mean_score": (float, int, type(None))}


def run(*args, cwd=None):
    proc = subprocess.run([sys.executable, "-m", "greetlint", *args], capture_output=True, text=True, cwd=cwd)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def assert_keys(obj: dict, spec: dict, where: str):
    for key, types in spec.items():
        assert key in obj, f"{where}: missing {key}"
        assert isinstance(obj[key], types), f"{where}.{key}: {type(obj[key]).__name__}"


@pytest.fixture(scope="module")
def mixed_batch(tmp_path_factory, tts):
    folder = tmp_path_factory.mktemp("batch")
    (folder / "good.txt").write_text(GOOD_GREETING, encoding="utf-8")
    (folder / "refusal.txt").write_text(REFUSAL, encoding="utf-8")
    (folder / "broken.wav").write_bytes(b"RIFF\x00\x00\x00\x00WAVEjunkjunk")
    audio = tts("Hi, you have reached Dana Ortiz at Brightline. Please leave a message and I will call you "
                "back within twenty four hours. If it is urgent, press zero.", "greeting.wav",
                rate=8000, encoding=["-e", "mu-law"])
    paths = [str(audio), str(folder / "good.txt"), str(folder / "refusal.txt"), str(folder / "broken.wav")]
    proc = run("check", *paths, "--format", "json")
    return paths, proc


def test_mixed_batch_matches_contract(mixed_batch):
    paths, proc = mixed_batch
    assert proc.returncode == 2  # one file could not be processed
    doc = json.loads(proc.stdout)
    assert doc["schema"] == 1 and doc["greetlint_version"]
    assert doc["model"] == {"name": "tiny.en", "compute_type": "int8"}
    assert [f["path"] for f in doc["files"]] == paths
    for f in doc["files"]:
        assert_keys(f, FILE_KEYS, f["path"])
        if f["error"]:
            continue
        assert_keys(f["facts"], FACT_KEYS, f["path"] + ".facts")
        assert set(f["facts"]["callback"]) >= {"class", "phrase", "within_hours"}
        assert f["facts"]["callback"]["class"] in ("specific", "vague", "none", "refusal")
        for finding in f["findings"]:
            assert_keys(finding, FINDING_KEYS, f["path"] + ".finding")
            assert finding["severity"] in ("error", "warning", "info")
        assert 0 <= f["score"] <= 100 and f["grade"] in "ABCDF"
    assert_keys(doc["summary"], SUMMARY_KEYS, "summary")
    assert doc["summary"]["files"] == 4 and doc["summary"]["failed"] == 1


def test_broken_file_has_error_and_one_line(mixed_batch):
    paths, proc = mixed_batch
    broken = json.loads(proc.stdout)["files"][3]
    assert broken["error"]["code"] == "unreadable-audio"
    assert broken["score"] is None and broken["findings"] == []
    lines = [line for line in proc.stderr.splitlines() if "broken.wav" in line]
    assert len(lines) == 1 and "error" in lines[0]


def test_audio_file_is_transcribed_with_times(mixed_batch):
    doc = json.loads(mixed_batch[1].stdout)
    audio = doc["files"][0]
    assert audio["input"] == "audio" and audio["kind"] == "greeting"
    assert 5 < audio["duration_s"] < 15
    words = audio["transcript"]["words"]
    assert len(words) > 15
    assert all(w["start"] <= w["end"] for w in words)
    assert "reached" in audio["transcript"]["text"].lower()
    assert audio["audio"]["sample_rate"] == 8000 and audio["audio"]["codec"] == "pcm_mulaw"


def test_refusal_script_is_an_error(mixed_batch):
    doc = json.loads(mixed_batch[1].stdout)
    refusal = doc["files"][2]
    assert refusal["input"] == "text" and refusal["transcript"]["words"] == []
    codes = {(f["rule"], f["severity"]) for f in refusal["findings"]}
    assert ("GL201", "error") in codes
    assert refusal["facts"]["callback"]["class"] == "refusal"


@pytest.mark.slow  # a .wav input loads the speech model
def test_exit_codes(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD_GREETING, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text(REFUSAL, encoding="utf-8")
    assert run("check", str(good)).returncode == 0
    assert run("check", str(bad)).returncode == 1
    assert run("check", str(bad), "--exit-zero").returncode == 0
    assert run("check", str(bad), "--fail-level", "error").returncode == 1
    no_urgent = tmp_path / "no_urgent.txt"  # only an info finding (GL501 no urgent contact)
    no_urgent.write_text(GOOD_GREETING.split(" If it's urgent")[0], encoding="utf-8")
    assert run("check", str(no_urgent)).returncode == 0
    assert run("check", str(no_urgent), "--fail-level", "info").returncode == 1
    assert run("check", str(good), str(tmp_path / "missing.wav")).returncode == 2


def test_text_report_shows_score_and_findings(tmp_path):
    bad = tmp_path / "refusal.txt"
    bad.write_text(REFUSAL, encoding="utf-8")
    out = run("check", str(bad), "--no-color").stdout
    assert "refusal.txt" in out and "score" in out
    assert "GL201" in out and "1:" in out  # line:column for scripts
    assert out.strip().splitlines()[-1].startswith("1 file checked: 1 error(s)")


def test_directory_input_recurses(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text(GOOD_GREETING, encoding="utf-8")
    (tmp_path / "a" / "notes.md").write_text("not a script", encoding="utf-8")
    doc = json.loads(run("check", str(tmp_path), "--format", "json").stdout)
    assert [Path(f["path"]).name for f in doc["files"]] == ["deep.txt"]


def test_rules_listing_and_docs():
    listing = run("rules").stdout
    assert "GL201" in listing and "callback-refusal" in listing
    doc = run("rule", "GL201").stdout
    assert "**Anti-pattern**" in doc and "I will not be calling you back" in doc
    assert run("rule", "GL999").returncode == 2


@pytest.mark.parametrize("fmt", ["text", "jsonl"])
def test_timings_lists_each_stage_a_script_went_through_in_pipeline_order(tmp_path, fmt):
    (tmp_path / "a.txt").write_text(GOOD_GREETING)
    (tmp_path / "b.txt").write_text(REFUSAL)
    stderr = run("check", "a.txt", "b.txt", "--timings", "--isolated", "--format", fmt, cwd=tmp_path).stderr
    table = stderr[stderr.index("greetlint timings"):].splitlines()[1:]
    # one word per stage, so a script reading the table by whitespace reads every row's name and seconds
    assert [row.split()[0] for row in table] == ["read", "facts", "rules", "render", "cache-prune", "total"]
    seconds = {row.split()[0]: float(row.split()[1]) for row in table}
    assert abs(sum(v for k, v in seconds.items() if k != "total") - seconds["total"]) < 0.01


def test_every_exit_code_is_in_the_ci_pages_table():
    """docs/ci.md's exit-code table, where a CI reader looks first, lists every code the command line documents."""
    import re

    import greetlint.cli as cli

    documented = re.search(r"Exit codes:(.*?)Output formats", cli.__doc__, re.S).group(1)
    codes = set(re.findall(r"\b(\d+) [a-z]", documented))
    page = (Path(__file__).resolve().parent.parent / "docs" / "ci.md").read_text()
    table = page[page.index("## Exit codes"):].split("\n\n")[1]
    rows = {line.split("|")[1].strip() for line in table.splitlines() if line.startswith("| ")}
    assert codes >= {"0", "1", "2", "130"} and codes <= rows
