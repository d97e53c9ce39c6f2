"""Shared fixtures: one spoken greeting (festival) and one report built from it by the real CLI.

Transcribing is the slow part, so the report is built once per session and the
browser test, the render tests and the JSON checks all read the same files.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

GREETING_SPEECH = ("Hi, you've reached Dana Ortiz at Brightline. I can't take your call right now. "
                   "Leave a message and I'll get back to you as soon as possible. "
                   "My number is five five five, zero one four two.")
# a script whose every part tries to run code if the page ever stops escaping
INJECTION_SCRIPT = ("Hi, you have reached <script>window.__pwned = 'script'; alert(1)</script> Sam.\n"
                    "\"><img src=x onerror=\"window.__pwned = 'img'; alert(2)\"> "
                    "Leave a message and I will call you back.\n")
# a file name that is itself an attribute break-out (no slash, so it is a valid name)
INJECTION_FILENAME = "inj\"><img src=x onerror=\"window.__pwned='name'\">.txt"
MESSAGE_SCRIPT = "Hi, this is Mark Chen from Acme Dental calling about your appointment. Call me at 555-0199.\n"


@pytest.fixture(scope="session")
def speech_wav(tmp_path_factory) -> Path:
    if shutil.which("text2wave") is None:
        pytest.skip("festival's text2wave is not installed (apt-get install festival festvox-us-slt-hts)")
    out = tmp_path_factory.mktemp("speech") / "greeting.wav"
    subprocess.run(["text2wave", "-eval", "(voice_cmu_us_slt_arctic_hts)", "-o", str(out)],
                   input=GREETING_SPEECH.encode(), check=True, capture_output=True)
    return out


@pytest.fixture(scope="session")
def report(tmp_path_factory, speech_wav) -> dict:
    """Runs ``greetlint check`` on audio + scripts (one hostile) + a missing file; JSON and --html."""
    folder = tmp_path_factory.mktemp("report")
    (folder / INJECTION_FILENAME).write_text(INJECTION_SCRIPT, encoding="utf-8")
    (folder / "message.txt").write_text(MESSAGE_SCRIPT, encoding="utf-8")
    inputs = [str(speech_wav), str(folder / INJECTION_FILENAME), str(folder / "message.txt"), str(folder / "missing.wav")]
    html, json_out = folder / "out" / "report.html", folder / "report.json"
    html.parent.mkdir()
    run = subprocess.run([sys.executable, "-m", "greetlint", "check", *inputs, "--format", "json", "-o", str(json_out),
                          "--html", str(html), "--no-cache", "--today", "2026-11-23"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 2, run.stderr  # the missing file makes the batch exit 2; the reports are written anyway
    return {"html": html, "json": json.loads(json_out.read_text(encoding="utf-8")), "inputs": inputs,
            "folder": folder, "speech_wav": speech_wav, "injection_filename": INJECTION_FILENAME}
