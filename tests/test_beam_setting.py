"""`beam-size` in the config reaches the recogniser (greedy decoding is a user's choice, beam 5 the default)."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from greetlint.config import ConfigError, Settings, parse_settings
from greetlint.transcribe import AsrSettings


def test_beam_size_defaults_to_the_recognisers_beam():
    assert Settings().beam_size == AsrSettings().beam_size == 5
    assert parse_settings({"beam-size": 1}).beam_size == 1


@pytest.mark.parametrize("bad", [0, 2.5, "greedy", True])
def test_a_bad_beam_size_is_one_clear_config_error(bad):
    with pytest.raises(ConfigError, match="beam-size"):
        parse_settings({"beam-size": bad}, "greetlint.toml")


def test_check_decodes_with_the_configured_beam(tmp_path, monkeypatch):
    from greetlint import cli, pipeline

    seen = []

    class Recorder(pipeline.Linter):
        def __init__(self, rules, settings, options, transcriber=None, *args, **kwargs):
            seen.append(transcriber.settings.beam_size)
            raise RuntimeError("recorded")

    monkeypatch.setattr(pipeline, "Linter", Recorder)
    (tmp_path / "greetlint.toml").write_text("beam-size = 1\n")
    audio = tmp_path / "a.wav"
    audio.write_bytes(b"RIFF")
    CliRunner().invoke(cli.main, ["check", "--config", str(tmp_path / "greetlint.toml"), "--no-cache", str(audio)])
    CliRunner().invoke(cli.main, ["check", "--isolated", "--no-cache", str(audio)])
    assert seen == [1, 5]
