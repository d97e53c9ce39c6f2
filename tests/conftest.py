"""Shared fixtures: speech rendered with festival (Debian festvox-us-slt-hts), audio made with sox.

Every test runs with a temporary greetlint cache and state (XDG_CACHE_HOME, XDG_STATE_HOME point into
pytest's tmp dir, also for the CLI run in subprocesses), never the user's ~/.cache/greetlint.
numba's compiled kernels (librosa) are kept in pytest's own cache folder (.pytest_cache) so each session
does not compile them again.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

VOICE = "(voice_cmu_us_slt_arctic_hts)"


# fixtures that render speech or load the model: a test using one (directly or through another) is slow
SLOW_FIXTURES = {"tts", "report", "speech_wav"}


def pytest_collection_modifyitems(items):
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory, pytestconfig):
    """A fresh greetlint cache dir for the session, and a persistent numba cache outside the user's."""
    saved = {key: os.environ.get(key) for key in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "NUMBA_CACHE_DIR")}
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    os.environ["XDG_STATE_HOME"] = str(tmp_path_factory.mktemp("xdg-state"))  # the key of result entries
    os.environ["NUMBA_CACHE_DIR"] = str(pytestconfig.cache.mkdir("numba"))
    yield Path(os.environ["XDG_CACHE_HOME"]) / "greetlint"
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def speak(text: str, out: Path, *sox_effects: str, rate: int = 16000, encoding: list[str] | None = None) -> Path:
    """Render ``text`` with festival's slt voice, then convert with sox (rate, encoding, effects)."""
    if not shutil.which("text2wave") or not shutil.which("sox"):
        pytest.skip("festival (text2wave) and sox are needed: apt-get install festival festvox-us-slt-hts sox")
    out.parent.mkdir(parents=True, exist_ok=True)
    script = out.with_suffix(".script.txt")
    script.write_text(text, encoding="utf-8")
    raw = out.with_suffix(".raw.wav")
    subprocess.run(["text2wave", "-eval", VOICE, str(script), "-o", str(raw)], check=True, capture_output=True)
    subprocess.run(["sox", "-R", str(raw), "-r", str(rate), *(encoding or []), str(out), *sox_effects], check=True, capture_output=True)
    raw.unlink()
    script.unlink()
    return out


@pytest.fixture(scope="session")
def tts(tmp_path_factory):
    """``tts(text, name, *effects, rate=, encoding=)`` -> Path of a rendered recording, cached per session."""
    folder = tmp_path_factory.mktemp("tts")
    made: dict[tuple, Path] = {}

    def render(text: str, name: str, *effects: str, rate: int = 16000, encoding: list[str] | None = None) -> Path:
        key = (text, name, effects, rate, tuple(encoding or ()))
        if key not in made:
            made[key] = speak(text, folder / name, *effects, rate=rate, encoding=encoding)
        return made[key]

    return render
