"""Users extend the phrase lists with their own TOML files (config key lexicon-dir), no Python."""
from __future__ import annotations

import subprocess
import sys


def run(*args, cwd):
    return subprocess.run([sys.executable, "-m", "greetlint", *args], capture_output=True, text=True, cwd=cwd)


def test_user_phrases_extend_the_builtin_list(tmp_path):
    (tmp_path / "phrases").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.greetlint]\nlexicon-dir = "phrases"\n')
    (tmp_path / "phrases" / "cliches.toml").write_text("phrases = ['''we\\s+value\\s+your\\s+business''']\n")
    script = tmp_path / "g.txt"
    script.write_text("Hi, you've reached Dana Ortiz at Brightline. We value your business. "
                      "I'm away from my desk. I'll call you back today.")
    out = run("check", "g.txt", "--select", "GL504", cwd=tmp_path).stdout
    assert "'We value your business'" in out  # the user's phrase
    assert "away from my desk" in out  # the built-in list still applies
    isolated = run("check", "g.txt", "--select", "GL504", "--isolated", cwd=tmp_path).stdout
    assert "We value your business" not in isolated


def test_unknown_lexicon_file_is_one_line_exit_2(tmp_path):
    (tmp_path / "phrases").mkdir()
    (tmp_path / "greetlint.toml").write_text('lexicon-dir = "phrases"\n')
    (tmp_path / "phrases" / "clichés.toml").write_text("phrases = []\n")
    (tmp_path / "g.txt").write_text("Hi, you've reached Dana Ortiz.")
    proc = run("check", "g.txt", cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1 and "no built-in lexicon named 'clichés'" in proc.stderr


def _linter(lexicon_dir=None):
    import datetime as dt

    from greetlint.config import Settings
    from greetlint.pipeline import Linter, Options
    from greetlint.rules_api import load_rules

    return Linter(load_rules(), Settings(lexicon_dir=lexicon_dir), Options(today=dt.date(2026, 11, 23), kind="greeting"))


def test_each_linter_reads_its_own_lexicon_in_one_process(tmp_path):
    """The lexicon is an object per Linter, not module state: a second Linter without the user's
    folder (or with another) does not see the first one's phrases, in either order."""
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "cliches.toml").write_text("phrases = ['''we\\s+value\\s+your\\s+business''']\n")
    script = tmp_path / "g.txt"
    script.write_text("Hi, you've reached Dana Ortiz at Brightline. We value your business. I'll call you back today.")

    def cliches(linter):
        return [s.text for s in linter.lint(str(script)).analysis.facts.cliches]

    plain, mine = _linter(), _linter(tmp_path / "mine")
    assert cliches(plain) == []
    assert cliches(mine) == ["We value your business"]
    assert cliches(plain) == []  # the user's folder did not leak into the other Linter
    assert cliches(_linter()) == []


def test_a_broken_user_lexicon_fails_when_the_linter_is_built(tmp_path):
    import pytest

    from greetlint.facts.lexicon import LexiconError

    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "fillers.toml").write_text("words = [\n")
    with pytest.raises(LexiconError, match="fillers.toml"):
        _linter(tmp_path / "bad")
