"""Fast start: runs that need no audio never import the recogniser, audio or numeric stacks.

Each case runs the real CLI in a fresh interpreter with ``-X importtime`` and reads which
top-level packages it imported. A warm cache re-run lints audio without loading the model.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
AUDIO_STACK = {"faster_whisper", "ctranslate2", "av", "numpy", "scipy", "pyloudnorm", "onnxruntime", "librosa", "numba"}
# jinja2 renders the rewrite of every linted file, so `check` needs it; nothing else does
NO_CHECK_STACK = AUDIO_STACK | {"jinja2"}


def imported_packages(*args: str) -> tuple[int, set[str], str]:
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "greetlint", *args],
                          capture_output=True, text=True, timeout=300)
    names = {line.split("|")[2].strip().split(".")[0] for line in proc.stderr.splitlines()
             if line.startswith("import time:") and "|" in line and "package" not in line}
    return proc.returncode, names, proc.stdout


@pytest.mark.parametrize("args", [("--help",), ("--version",), ("rules",), ("rule", "GL202"), ("check", "--help"),
                                  ("cache", "info")])
def test_help_version_and_rule_listings_import_nothing_heavy(args):
    code, names, stdout = imported_packages(*args)
    assert code == 0
    assert stdout.strip()
    assert "click" in names  # the measurement sees imports at all
    assert not names & NO_CHECK_STACK, sorted(names & NO_CHECK_STACK)


def test_a_text_only_check_imports_no_audio_stack(tmp_path):
    code, names, stdout = imported_packages("check", "--isolated", "--no-cache", str(SAMPLES / "script_greeting_specific.txt"))
    assert code in (0, 1)
    assert "script_greeting_specific.txt" in stdout
    assert "greetlint" in names and "jinja2" in names
    assert not names & AUDIO_STACK, sorted(names & AUDIO_STACK)


@pytest.mark.slow
def test_a_warm_cache_rerun_never_loads_the_model(tmp_path):
    recording = str(SAMPLES / "greeting_no_name.wav")
    cache = str(tmp_path / "cache")
    cold_code, cold_names, cold_out = imported_packages("check", "--isolated", "--cache-dir", cache, recording)
    assert {"faster_whisper", "ctranslate2"} <= cold_names
    warm_code, warm_names, warm_out = imported_packages("check", "--isolated", "--cache-dir", cache, recording)
    assert warm_code == cold_code
    assert warm_out == cold_out  # the same report from the cached transcript
    assert not warm_names & {"faster_whisper", "ctranslate2", "av", "onnxruntime"}, sorted(warm_names)
