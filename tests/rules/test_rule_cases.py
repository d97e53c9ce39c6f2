"""Every rule's good and bad cases, from tests/rules/cases/GLNNN.toml (no Python needed to add one)."""
from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from greetlint.config import Settings
from greetlint.model import AudioInfo
from greetlint.targets import load_target
from greetlint.pipeline import Linter, Options
from greetlint.rules_api import load_rules
from greetlint import transcript as transcript_mod

CASES_DIR = Path(__file__).parent / "cases"
RULES = {r.code: r for r in load_rules()}


def _cases():
    for path in sorted(CASES_DIR.glob("*.toml")):
        with open(path, "rb") as fh:
            doc = tomllib.load(fh)
        for case in doc["case"]:
            yield pytest.param(doc["rule"], case, id=f"{doc['rule']}-{case['name']}")


def lint_text(text: str, kind=None, today=None, rules=None, case=None, preview=True):
    """Lint a script; a case's ``target``, ``audio`` (file facts) and ``phone_text`` (the phone render's words) add to it."""
    case = case or {}
    settings = Settings(target=load_target(case["target"]) if "target" in case else None, preview=preview)
    options = Options(kind=kind, today=today or dt.date(2026, 11, 23), phone_codec="mulaw" if "phone_text" in case else None)
    linter = Linter(rules or list(RULES.values()), settings, options)
    audio = None
    if "audio" in case:
        facts = {"duration_s": 15.0, "sample_rate": 16000, "channels": 1, "codec": "pcm_s16le", "container": "wav",
                 "file_bytes": 480_000, "bit_depth": 16, **case["audio"]}
        audio = AudioInfo(**facts)
    phone = transcript_mod.from_script(case["phone_text"]) if "phone_text" in case else None
    path = case.get("path", "case.wav" if audio else "case.txt")
    analysis = linter._analysis(path, "audio" if audio else "text", transcript_mod.from_script(text), audio=audio,
                                phone=phone)
    return analysis, linter.run_rules(analysis)


@pytest.mark.parametrize("code,case", list(_cases()))
def test_rule_case(code, case):
    today = dt.date.fromisoformat(case["today"]) if "today" in case else None
    analysis, findings = lint_text(case["text"], kind=case.get("kind"), today=today, rules=[RULES[code]], case=case)
    hits = [f for f in findings if f.rule == code]
    if case["expect"] == "pass":
        assert not hits, f"{code} fired on a passing case: {[f.message for f in hits]}"
    else:
        assert hits, f"{code} did not fire; facts: {analysis.facts}"
        if "severity" in case:
            assert hits[0].severity == case["severity"]
        for needle in case.get("message_contains", []):
            assert any(needle in f.message for f in hits), f"{needle!r} not in {[f.message for f in hits]}"
        for f in hits:
            assert f.message and f.fix
            if f.char_start is not None:
                assert 0 <= f.char_start <= f.char_end <= len(analysis.transcript.text)


def test_every_rule_has_passing_and_failing_cases():
    covered: dict[str, set] = {}
    for path in CASES_DIR.glob("*.toml"):
        with open(path, "rb") as fh:
            doc = tomllib.load(fh)
        covered.setdefault(doc["rule"], set()).update(c["expect"] for c in doc["case"])
    # audio rules are tested on generated audio; GL6xx (expected facts) need a config: tests/ci
    text_rules = [code for code, r in RULES.items() if not r.needs_audio and not code.startswith("GL6")]
    for code in text_rules:
        assert covered.get(code) == {"pass", "fail"}, f"{code} needs a pass and a fail case in tests/rules/cases/{code}.toml"


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_documentation(code):
    rule = RULES[code]
    doc = rule.documentation()
    assert rule.summary().endswith(".")
    assert "**Anti-pattern**" in doc and "**Best practice**" in doc
    assert rule.category in ("name-number", "callback", "length", "clarity", "courtesy", "audio")
    assert code[:3] in ("GL1", "GL2", "GL3", "GL4", "GL5", "GL6")


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_states_its_precision(code):
    """Each content rule says the precision it is built for (``**Precision**``), so a user knows how far
    to trust it; audio rules measure signals, not words, and GL6xx check the user's own expectations."""
    rule = RULES[code]
    if rule.needs_audio or code.startswith("GL6"):
        return
    assert "**Precision**" in rule.documentation()


def test_preview_rules_run_only_when_asked():
    preview = [r for r in RULES.values() if r.preview]
    assert preview, "no preview rule to check"
    rule = preview[0]
    cases = tomllib.loads((CASES_DIR / f"{rule.code}.toml").read_text())["case"]
    case = next(c for c in cases if c["expect"] == "fail")
    _, off = lint_text(case["text"], kind=case.get("kind"), rules=[rule], preview=False)
    _, on = lint_text(case["text"], kind=case.get("kind"), rules=[rule], preview=True)
    assert not off and any(f.rule == rule.code for f in on)


def test_unsure_kind_holds_back_errors():
    """A one-kind rule's error on a recording whose kind is in doubt is reported as a warning."""
    analysis, findings = lint_text("Odile! The van is fixed.", rules=[RULES["GL103"]])
    assert (analysis.kind, analysis.kind_confidence) == ("message", "unsure")
    assert [f.severity for f in findings if f.rule == "GL103"] == ["warning"]
    # the same message with clear cues is sure, and the missing number is an error again
    analysis, findings = lint_text("Hi Odile, it's Ferran. The van is fixed, ring me back.", rules=[RULES["GL103"]])
    assert (analysis.kind, analysis.kind_confidence) == ("message", "sure")
    assert [f.severity for f in findings if f.rule == "GL103"] == ["error"]


def test_preview_in_config_and_on_the_command_line(tmp_path):
    import json
    import subprocess
    import sys

    from greetlint.config import ConfigError, parse_settings

    assert parse_settings({"preview": True}).preview is True
    assert parse_settings({}).preview is False
    with pytest.raises(ConfigError, match="preview"):
        parse_settings({"preview": "yes"})

    rule = next(r for r in RULES.values() if r.preview)
    case = next(c for c in tomllib.loads((CASES_DIR / f"{rule.code}.toml").read_text())["case"] if c["expect"] == "fail")
    script = tmp_path / "script.txt"
    script.write_text(case["text"], encoding="utf-8")

    def fired(*flags):
        proc = subprocess.run([sys.executable, "-m", "greetlint", "check", str(script), "--format", "json",
                               "--isolated", "--no-cache", *flags], capture_output=True, text=True)
        return {f["rule"] for f in json.loads(proc.stdout)["files"][0]["findings"]}

    assert rule.code not in fired()
    assert rule.code in fired("--preview")
    listing = subprocess.run([sys.executable, "-m", "greetlint", "rules"], capture_output=True, text=True).stdout
    assert any(line.startswith(rule.code) and "(preview)" in line for line in listing.splitlines())
