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
