"""A company's greeting repository, as CI would check it: scripts, a config with expected facts, and the CLI.

The scripts say their facts plainly (names, companies, numbers in digits) so the
tests depend on the CI features, not on the fine points of the fact extractor.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from greetlint.cli import main

TODAY = "2026-11-23"

GOOD_SALES = ("Hi, you've reached Dana Ortiz at Brightline. I can't take your call right now.\n"
              "Please leave a message and I'll call you back by 5 p.m. the next business day.\n"
              "If it's urgent, press zero for the front desk, or call 206-555-0142.\n")
# the same greeting recorded before the number changed
OLD_NUMBER_SALES = GOOD_SALES.replace("206-555-0142", "206-555-0199")
# no callback window and no urgent path: warnings / infos from the built-in rules
SUPPORT = ("Hi, you've reached Sam Lee at Brightline support.\n"
           "Leave a message and I'll get back to you as soon as possible.\n")
# a left message with no number to call back: GL103, an error
MESSAGE_NO_NUMBER = "Hi Dana, this is Mark from Acme Dental about your appointment on Friday. Call me back when you can.\n"

CONFIG = """\
fail-level = "warning"

[kinds]
"messages/*.txt" = "message"

[expect."greetings/sales-*.txt"]
company = "Brightline"
phone = "555-0142"
max-callback-hours = 24
urgent-path = true
"""


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    def json(self):
        return json.loads(self.stdout)


def greetlint(*args: str) -> Run:
    """Run the CLI in-process (as CI would run ``greetlint ...``) from the current directory."""
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return Run(result.exit_code, result.stdout, result.stderr)


def check(*args: str) -> Run:
    return greetlint("check", "--today", TODAY, "--no-cache", *args)


def write_repo(root: Path, files: dict[str, str], config: str = CONFIG, config_name: str = "greetlint.toml") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    if config is not None:
        (root / config_name).write_text(config, encoding="utf-8")
    return root


REPO_FILES = {
    "greetings/sales-dana.txt": GOOD_SALES,
    "greetings/sales-old.txt": OLD_NUMBER_SALES,
    "greetings/support.txt": SUPPORT,
    "messages/mark.txt": MESSAGE_NO_NUMBER,
}
