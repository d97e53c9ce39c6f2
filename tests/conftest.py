"""Shared fixtures: speech rendered with festival (Debian festvox-us-slt-hts), audio made with sox."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

VOICE = "(voice_cmu_us_slt_arctic_hts)"


def speak(text: str, out: Path, *sox_effects: str, rate: int = 16000, encoding: list[str] | None = None) -> Path:
    """Render ``text`` with festival's slt voice, then convert with sox (rate, encoding, effects)."""
    if not shutil.which("text2wave") or not shutil.which("sox"):
        pytest.skip("festival (text2wave) and sox are needed: apt-get install festival festvox-us-slt-hts sox")
    out.parent.mkdir(parents=True, exist_ok=True)
    script = out.with_suffix(".script.txt")
    script.write_text(text, encoding="utf-8")
    raw = out.with_suffix(".raw.wav")
    subprocess.run(["text2wave", "-eval", VOICE, str(script), "-o", str(raw)], check=True, capture_output=True)
    subprocess.run(["sox", str(raw), "-r", str(rate), *(encoding or []), str(out), *sox_effects], check=True, capture_output=True)
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
