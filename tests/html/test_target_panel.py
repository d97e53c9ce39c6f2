"""The HTML page with a target and --phone-check: the upload checks and the two ways to listen (no model)."""
from __future__ import annotations

import base64
import datetime as dt
import io
import re

import av
import numpy as np

from greetlint import phone
from greetlint.config import Settings
from greetlint.model import Analysis, AudioInfo, Facts, FileResult, PhoneHearing, PhoneNumber
from greetlint.report.registry import RenderContext, render
from greetlint.report.summary import BatchSummary
from greetlint.targets import load_target
from greetlint import transcript as transcript_mod


def _result(path, text, phone_text):
    transcript = transcript_mod.from_script(text)
    said = PhoneNumber(digits="5550142", text="five five five zero one four two", char_start=0, char_end=5)
    audio = AudioInfo(duration_s=2.0, sample_rate=48000, channels=2, codec="pcm_s24le", container="wav",
                      file_bytes=5_600_000, bit_depth=24)
    hearing = PhoneHearing("mulaw", transcript_mod.from_script(phone_text), Facts())
    analysis = Analysis(path=str(path), input="audio", kind="greeting", kind_source="flag", transcript=transcript,
                        facts=Facts(phone_numbers=[said]), audio=audio,
                        settings=Settings(target=load_target("amazon-connect")), today=dt.date(2026, 11, 23),
                        phone=hearing)
    return FileResult(path=str(path), input="audio", analysis=analysis, score=50, grade="D")


def test_page_lists_the_checks_and_plays_the_phone_render(tmp_path):
    path = tmp_path / "g.wav"
    t = np.arange(32000) / 16000
    phone.write_wav(str(path), (0.2 * np.sin(2 * np.pi * 440 * t)).astype(np.float32), 16000, "pcm_s16le")
    result = _result(path, "Call me at five five five zero one four two.", "Call me at five five nine.")
    page = render("html", [result], BatchSummary.of([result]), RenderContext(options={"html_path": str(tmp_path / "r.html")}))
    assert "Amazon Connect upload checks" in page
    assert "docs.aws.amazon.com/connect" in page
    assert re.search(r"✗ 48 kHz", page) and re.search(r"✗ stereo", page)
    assert "as callers hear it" in page
    assert "number 5550142: not heard on the line" in page
    src = re.search(r'data-phone="data:audio/wav;base64,([^"]+)"', page).group(1)
    with av.open(io.BytesIO(base64.b64decode(src))) as container:
        ctx = container.streams.audio[0].codec_context
        assert (ctx.name, ctx.sample_rate) == ("pcm_mulaw", 8000)
