"""End to end, as a user runs it: a studio export too big and in the wrong format for the phone system.

A festival greeting as 48 kHz 24-bit stereo WAV, over 5 MB, with 3 s of leading silence, at a low level.
`check --target teams` names the 5 MB limit; `--target amazon-connect` the format; `fix` writes an 8 kHz
mono mu-law WAV that lints clean of the upload, silence and level findings and says the same number.
"""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import av
import pytest

from tests.conftest import speak

GREETING = ("Hi, you have reached Dana Ortiz at Brightline. Please leave your name and number and I will call "
            "you back within one business day. If it is urgent, call my cell at five five five, zero one four two. "
            "Thank you.")


def _run(*args, cwd):
    proc = subprocess.run([sys.executable, "-m", "greetlint", *args, "--cache-dir", str(cwd / "cache")],
                          capture_output=True, text=True, cwd=cwd)
    return proc


def _json(proc):
    assert proc.stdout, proc.stderr
    return json.loads(proc.stdout)["files"][0]


def _codes(file_doc):
    return {f["rule"] for f in file_doc["findings"]}


@pytest.fixture(scope="module")
def studio_export(tmp_path_factory):
    folder = tmp_path_factory.mktemp("e2e")
    path = speak(GREETING, folder / "greeting.wav", "vol", "0.12", "pad", "3", "1.5",
                 rate=48000, encoding=["-b", "24", "-c", "2"])
    assert path.stat().st_size > 5_000_000
    return path


@pytest.mark.slow  # renders speech, transcribes it twice
def test_check_fix_and_check_again(studio_export):
    folder = studio_export.parent
    digest = hashlib.sha256(studio_export.read_bytes()).hexdigest()

    teams = _json(_run("check", studio_export.name, "--target", "teams", "--format", "json", cwd=folder))
    size = [f for f in teams["findings"] if f["rule"] == "GL474"]
    assert size and "5 MB" in size[0]["message"] and size[0]["severity"] == "error"
    assert teams["audio"]["file_bytes"] == studio_export.stat().st_size and teams["audio"]["bit_depth"] == 24
    assert {"GL411", "GL421"} <= _codes(teams)  # the silence and the level the fix must remove
    numbers = {n["digits"] for n in teams["facts"]["phone_numbers"]}
    assert "5550142" in numbers

    connect = _json(_run("check", studio_export.name, "--target", "amazon-connect", "--format", "json", cwd=folder))
    messages = " ".join(f["message"] for f in connect["findings"] if f["rule"].startswith("GL47"))
    assert {"GL470", "GL471"} <= _codes(connect)
    assert "mu-law" in messages and "8 kHz" in messages
    assert connect["target"]["limits"]["formats"]["documented"] is True

    broken = folder / "broken.wav"
    broken.write_bytes(b"RIFF\x00\x00\x00\x00WAVEnot audio")
    fixed = _run("fix", studio_export.name, broken.name, "--target", "amazon-connect", "-o", "out", cwd=folder)
    assert fixed.returncode == 2  # the broken file; the greeting is still fixed
    assert [line for line in fixed.stderr.splitlines() if "broken.wav" in line][0].startswith("broken.wav: error:")
    assert "Traceback" not in fixed.stderr
    fixed_line = [line for line in fixed.stdout.splitlines() if line.strip().startswith("fixed: ")][0]
    assert {"GL411", "GL421", "GL470", "GL471"} <= set(fixed_line.replace(",", " ").split())
    assert "number '5550142' is no longer heard" not in fixed.stdout
    assert hashlib.sha256(studio_export.read_bytes()).hexdigest() == digest  # the input is untouched
    out = folder / "out" / "greeting.wav"
    assert not (folder / "out" / "broken.wav").exists()
    with av.open(str(out)) as container:
        ctx = container.streams.audio[0].codec_context
        assert (container.format.name, ctx.name, ctx.sample_rate, ctx.channels) == ("wav", "pcm_mulaw", 8000, 1)

    again = _json(_run("check", "out/greeting.wav", "--target", "amazon-connect", "--phone-check", "--format", "json",
                       cwd=folder))
    codes = _codes(again)
    assert not {c for c in codes if c.startswith("GL47")} - {"GL477", "GL478"}
    assert not codes & {"GL411", "GL421"}
    assert {n["digits"] for n in again["facts"]["phone_numbers"]} == numbers
    assert again["phone_check"]["codec"] == "mulaw" and "GL477" not in codes  # the number carries on the line

    refused = _run("fix", "out/greeting.wav", "--target", "amazon-connect", "-o", "out", cwd=folder)
    assert refused.returncode == 2 and "it is an input" in refused.stderr
