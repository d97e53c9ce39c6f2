"""A third-party rule package loads through the ``greetlint.rules`` entry point, from outside greetlint.

The package is laid out as ``pip install --target`` leaves an installed
distribution (the module plus ``NAME-VERSION.dist-info`` with METADATA and
entry_points.txt) in a temporary folder that only the subprocesses see
(PYTHONPATH). Building it with pip would need ``wheel`` in the test
environment; the layout is what importlib.metadata reads either way. The test
environment is never changed, so nothing needs uninstalling.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

DIST_INFO = {
    "METADATA": "Metadata-Version: 2.1\nName: greetlint-acme-rules\nVersion: 1.0.0\n",
    "entry_points.txt": "[greetlint.rules]\nacme = greetlint_acme_rules:RULES\n",
    "top_level.txt": "greetlint_acme_rules\n",
}

PLUGIN_MODULE = '''
from greetlint.rules_api import Rule


class SaysVoicemailBox(Rule):
    """The greeting calls itself a voicemail box.

    Acme's style guide: callers know where they are; say who they reached instead.

    **Anti-pattern**

        You've reached the voicemail box of Dana Ortiz.

    **Best practice**

        You've reached Dana Ortiz at Acme.
    """

    code = "ACME001"
    name = "says-voicemail-box"
    category = "clarity"
    severity = "warning"
    kinds = ("greeting",)

    def check(self, analysis):
        text = analysis.transcript.text.lower()
        at = text.find("voicemail box")
        if at >= 0:
            yield self.finding(analysis, "Says 'voicemail box'.", "Say who the caller reached instead.",
                               char_start=at, char_end=at + len("voicemail box"))


RULES = [SaysVoicemailBox]
'''


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory) -> Path:
    """A folder holding the installed plugin distribution."""
    site = tmp_path_factory.mktemp("plugin-site")
    (site / "greetlint_acme_rules.py").write_text(textwrap.dedent(PLUGIN_MODULE), encoding="utf-8")
    dist_info = site / "greetlint_acme_rules-1.0.0.dist-info"
    dist_info.mkdir()
    for name, text in DIST_INFO.items():
        (dist_info / name).write_text(text, encoding="utf-8")
    return site


def greetlint_with_plugin(site: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run([sys.executable, "-m", "greetlint", *args], capture_output=True, text=True, env=env, cwd=cwd)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_plugin_rule_is_listed_with_its_origin(plugin_site):
    rows = greetlint_with_plugin(plugin_site, "rules").stdout.splitlines()
    acme = [row.split() for row in rows if row.startswith("ACME001")]
    assert acme and acme[0][:5] == ["ACME001", "says-voicemail-box", "clarity", "warning", "greetlint-acme-rules"]
    assert any(row.split()[4] == "greetlint" for row in rows if row.startswith("GL101"))
    docs = greetlint_with_plugin(plugin_site, "rule", "ACME001").stdout
    assert "**Best practice**" in docs


def test_plugin_rule_runs_and_is_configurable(plugin_site, tmp_path):
    (tmp_path / "greeting.txt").write_text("You've reached the voicemail box of Dana Ortiz at Acme. Leave a message.\n",
                                           encoding="utf-8")
    run = greetlint_with_plugin(plugin_site, "check", "greeting.txt", "--format", "sarif", "--no-cache", cwd=tmp_path)
    doc = json.loads(run.stdout)
    assert "ACME001" in [r["id"] for r in doc["runs"][0]["tool"]["driver"]["rules"]]
    hits = [r for r in doc["runs"][0]["results"] if r["ruleId"] == "ACME001"]
    assert len(hits) == 1 and hits[0]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 20
    ignored = greetlint_with_plugin(plugin_site, "check", "greeting.txt", "--format", "json", "--no-cache",
                                    "--ignore", "ACME", cwd=tmp_path)
    assert "ACME001" not in [f["rule"] for f in json.loads(ignored.stdout)["files"][0]["findings"]]


def test_without_the_plugin_its_code_is_unknown(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "greetlint", "rule", "ACME001"], capture_output=True, text=True)
    assert proc.returncode == 2 and "no rule 'ACME001'" in proc.stderr
