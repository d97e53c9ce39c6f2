"""Phone-system profiles: the bundled data, user profile files, the config key and `greetlint targets`."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from greetlint.audio import bit_depth
from greetlint.config import ConfigError, parse_settings
from greetlint.targets import TargetError, builtin_profiles, codec_family, file_type, load_target

REQUIRED = ("generic", "teams", "webex", "amazon-connect", "talkdesk", "twilio", "genesys-cloud", "avaya-aura",
            "avaya-ip-office", "cisco-unity", "3cx", "asterisk", "mitel", "five9", "zoom")


def test_every_required_profile_is_bundled_with_sources():
    profiles = builtin_profiles()
    assert set(REQUIRED) <= set(profiles)
    for profile in profiles.values():
        assert profile.limits(), profile.name
        for key, limit in profile.limits():
            assert limit.source, (profile.name, key)
            if limit.documented:  # a vendor-documented limit names the vendor's page
                assert limit.source.startswith("https://"), (profile.name, key)


def test_headline_figures():
    p = builtin_profiles()
    assert p["teams"].max_size_mb.value == 5 and p["teams"].max_size_mb.documented
    assert p["amazon-connect"].formats.value == {"wav": ("mulaw",)}
    assert p["amazon-connect"].sample_rates.value == (8000,)
    assert p["amazon-connect"].output.av_codec == "pcm_mulaw"
    assert p["webex"].min_seconds.value == 5 and p["webex"].max_seconds.value == 120
    assert not p["avaya-ip-office"].sample_rates.documented  # third-party figure: a warning


def test_user_profile_file(tmp_path):
    path = tmp_path / "acme-pbx.toml"
    path.write_text(textwrap.dedent("""
        [acme-pbx]
        title = "Acme PBX (our office)"
        phone-codec = "alaw"
        output = { format = "wav", codec = "alaw", sample-rate = 8000, channels = 1 }
        formats = { value = { wav = ["alaw"] }, documented = true, source = "https://pbx.example/manual" }
        max-size-mb = { value = 2, documented = false, source = "our admin's notes" }
    """))
    profile = load_target(str(path))
    assert profile.name == "acme-pbx" and profile.phone_codec == "alaw"
    assert profile.output.av_codec == "pcm_alaw"
    assert profile.max_size_mb.value == 2 and not profile.max_size_mb.documented


@pytest.mark.parametrize("body,needle", [
    ('[x]\ntitle = "X"\nformats = { value = { wav = ["pcm"] }, documented = true }', "source"),
    ('[x]\ntitle = "X"\nformats = { value = { wav = ["klingon"] }, documented = true, source = "s" }', "codecs"),
    ('[x]\ntitle = "X"\nmax-size = { value = 5, documented = true, source = "s" }', "unknown key 'max-size'"),
    ('[x]\ntitle = "X"\noutput = { format = "mp3" }', "greetlint fix writes WAV"),
    ('[x]\ntitle = "X"\n[y]\ntitle = "Y"', "one profile table"),
])
def test_bad_profile_files_say_what_is_wrong(tmp_path, body, needle):
    path = tmp_path / "p.toml"
    path.write_text(body)
    with pytest.raises(TargetError, match=needle.replace("(", r"\(")):
        load_target(str(path))


def test_unknown_target_lists_the_known_ones():
    with pytest.raises(TargetError, match="amazon-connect"):
        load_target("teamz")


def test_config_target_key(tmp_path):
    assert parse_settings({"target": "teams"}).target.name == "teams"
    with pytest.raises(ConfigError, match="key 'target'"):
        parse_settings({"target": "nope"})


def test_file_facts_helpers():
    assert bit_depth("pcm_s24le") == 24 and bit_depth("pcm_mulaw") == 8 and bit_depth("pcm_u8") == 8
    assert bit_depth("mp3float") is None
    assert codec_family("pcm_s16le") == "pcm" and codec_family("pcm_alaw") == "alaw" and codec_family("mp3float") == "mp3"
    assert file_type("asf") == "wma" and file_type("mov,mp4,m4a,3gp,3g2,mj2") == "m4a"


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "greetlint", *args], capture_output=True, text=True)


def test_targets_command_lists_profiles_and_sources():
    proc = _cli("targets")
    assert proc.returncode == 0
    for name in REQUIRED:
        assert f"\n{name} " in "\n" + proc.stdout
    assert "https://learn.microsoft.com/" in proc.stdout
    one = _cli("targets", "teams")
    assert "max-size-mb" in one.stdout and "[vendor]" in one.stdout
    bad = _cli("check", "x.txt", "--target", "teamz")
    assert bad.returncode == 2 and "unknown target" in bad.stderr


def test_target_rules_are_rows_of_one_shape():
    """GL470-GL476 each name one profile limit (a typo is refused at load), GL477/GL478 one fact."""
    from greetlint.rules_api import PhoneLossRule, PluginError, TargetRule, _validate, load_rules
    from greetlint.targets import LIMIT_FIELDS

    rules = {r.code: r for r in load_rules()}
    rows = {code: r.limit for code, r in rules.items() if isinstance(r, TargetRule)}
    assert sorted(rows) == [f"GL47{i}" for i in range(7)]
    assert sorted(rows.values()) == sorted(LIMIT_FIELDS)  # one rule a limit, every limit a rule
    assert {code for code, r in rules.items() if isinstance(r, PhoneLossRule)} == {"GL477", "GL478"}

    class Typo(TargetRule):
        """x"""
        code, name, limit = "GL999", "typo", "sample_rate"

    with pytest.raises(PluginError, match="limit must be one of"):
        _validate(Typo, "test")
