"""The HTML page without a browser: escaping, self-containment, waveform, diff, JSON agreement."""
from __future__ import annotations

import base64
import html as html_lib
import re
import subprocess
import sys

import markupsafe
import numpy as np

from greetlint.report.html_report import word_diff
from greetlint.waveform import envelope, svg_path


def test_envelope_keeps_peaks_per_slice():
    samples = np.zeros(16000, dtype=np.float32)
    samples[8000] = 0.9
    samples[12000] = -0.5
    peaks = envelope(samples, points=4)
    assert peaks == [[0.0, 0.0], [0.0, 0.0], [0.0, 0.9], [-0.5, 0.0]]
    assert envelope(np.zeros(0, dtype=np.float32)) == []
    assert svg_path(peaks, 100, 20).count("M") == 4


def test_word_diff_matches_words_ignoring_case_and_punctuation():
    diff = word_diff("Hi, I'll get back to you ASAP.", "Hi, I'll call you back by 5 p.m.")
    assert diff[0] == {"op": "equal", "text": "Hi, I'll"}
    assert {"op": "equal", "text": "back"} in diff  # "back" matched across the rewording
    assert {"op": "delete", "text": "to you ASAP."} in diff
    assert any(d["op"] == "insert" and "5 p.m." in d["text"] for d in diff)


def test_page_is_self_contained_and_escaped(report):
    page = report["html"].read_text(encoding="utf-8")
    # nothing is fetched from anywhere: no http(s) URLs in src/href, no external stylesheets or scripts
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "<link" not in page
    assert page.count("<script>") == 1  # our own inline script, nothing injected
    assert "<img" not in page
    assert "&lt;script&gt;window.__pwned" in page
    assert str(markupsafe.escape(report["injection_filename"])) in page  # the name, shown as text


def test_audio_is_embedded_and_waveform_has_markers(report):
    page = report["html"].read_text(encoding="utf-8")
    wav_bytes = report["speech_wav"].read_bytes()
    assert f'src="data:audio/wav;base64,{base64.b64encode(wav_bytes).decode()}"' in page
    speech = report["json"]["files"][0]
    timed = [f for f in speech["findings"] if f["start"] is not None]
    assert timed, "the spoken greeting should have findings located in time"
    assert page.count('class="marker ') == len(timed)
    first_word = speech["transcript"]["words"][0]
    assert f'<button type="button" class="w" data-seek="{first_word["start"]}">' in page


def test_json_rewrite_is_the_page_rewrite(report):
    page = report["html"].read_text(encoding="utf-8")
    for n, entry in enumerate(report["json"]["files"], start=1):
        if entry["error"]:
            assert entry["rewrite"] is None
            continue
        block = re.search(rf'<pre class="rewrite-text" id="file-{n}-rewrite">(.*?)</pre>', page, re.S).group(1)
        assert html_lib.unescape(re.sub(r"<[^>]+>", "", block)) == entry["rewrite"]["text"]


def test_message_rewrite_from_script(report):
    message = report["json"]["files"][2]
    assert message["kind"] == "message"
    assert message["rewrite"]["situation"] == "message"
    assert "Mark Chen" in message["rewrite"]["text"]
    assert message["rewrite"]["text"].count("555-0199") == 2


def test_link_audio_references_the_file_relative_to_the_page(report, tmp_path):
    page_path = tmp_path / "nested" / "page.html"
    page_path.parent.mkdir()
    text_inputs = [report["inputs"][2]]
    run = subprocess.run([sys.executable, "-m", "greetlint", "check", str(report["speech_wav"]), *text_inputs,
                          "--format", "html", "-o", str(page_path), "--html-link-audio", "--no-cache"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode in (0, 1), run.stderr
    page = page_path.read_text(encoding="utf-8")
    assert "data:audio" not in page
    src = re.search(r'<audio controls preload="auto" src="([^"]+)"', page).group(1)
    assert (page_path.parent / src).resolve() == report["speech_wav"].resolve()
