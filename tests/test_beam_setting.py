"""`beam-size` and `number-beam-size` in the config reach the recogniser.

Both are 5 by default (the first pass and the number stretches heard again, greetlint.renumber);
a user may choose a beam for either (greedy first pass: `beam-size = 1`).
"""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from greetlint.config import ConfigError, Settings, parse_settings
from greetlint.transcribe import AsrSettings


def test_both_beams_default_to_five_and_each_can_be_chosen():
    assert Settings().asr_settings() == AsrSettings()
    assert (AsrSettings().beam_size, AsrSettings().number_beam_size) == (5, 5)
    chosen = parse_settings({"beam-size": 1, "number-beam-size": 8}).asr_settings()
    assert (chosen.beam_size, chosen.number_beam_size) == (1, 8)
    # the beams are part of the transcript cache key
    assert chosen.key() != AsrSettings().key()


@pytest.mark.parametrize("key", ["beam-size", "number-beam-size"])
@pytest.mark.parametrize("bad", [0, 2.5, "greedy", True])
def test_a_bad_beam_size_is_one_clear_config_error(key, bad):
    with pytest.raises(ConfigError, match=key):
        parse_settings({key: bad}, "greetlint.toml")


def test_check_decodes_with_the_configured_beams(tmp_path, monkeypatch):
    from greetlint import cli, pipeline

    seen = []

    class Recorder(pipeline.Linter):
        def __init__(self, rules, settings, options, transcriber=None, *args, **kwargs):
            seen.append((transcriber.settings.beam_size, transcriber.settings.number_beam_size))
            raise RuntimeError("recorded")

    monkeypatch.setattr(pipeline, "Linter", Recorder)
    (tmp_path / "greetlint.toml").write_text("beam-size = 1\nnumber-beam-size = 3\n")
    audio = tmp_path / "a.wav"
    audio.write_bytes(b"RIFF")
    CliRunner().invoke(cli.main, ["check", "--config", str(tmp_path / "greetlint.toml"), "--no-cache", str(audio)])
    CliRunner().invoke(cli.main, ["check", "--isolated", "--no-cache", str(audio)])
    assert seen == [(1, 3), (5, 5)]
