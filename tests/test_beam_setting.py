"""`beam-size` and `number-beam-size` in the config reach the recogniser.

The first pass is greedy by default and the number stretches are heard again with a beam of 5
(greetlint.renumber); a user may choose a beam for either.
"""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from greetlint.config import ConfigError, Settings, parse_settings
from greetlint.transcribe import AsrSettings


def test_the_first_pass_is_greedy_and_numbers_are_heard_again_with_a_beam():
    assert Settings().asr_settings() == AsrSettings()
    assert (AsrSettings().beam_size, AsrSettings().number_beam_size) == (1, 5)
    chosen = parse_settings({"beam-size": 5, "number-beam-size": 8}).asr_settings()
    assert (chosen.beam_size, chosen.number_beam_size) == (5, 8)
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
    (tmp_path / "greetlint.toml").write_text("beam-size = 5\nnumber-beam-size = 3\n")
    audio = tmp_path / "a.wav"
    audio.write_bytes(b"RIFF")
    CliRunner().invoke(cli.main, ["check", "--config", str(tmp_path / "greetlint.toml"), "--no-cache", str(audio)])
    CliRunner().invoke(cli.main, ["check", "--isolated", "--no-cache", str(audio)])
    assert seen == [(5, 3), (1, 5)]
