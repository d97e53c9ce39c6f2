"""[tool.greetlint] / greetlint.toml: selection, severities, per-file ignores, kinds, thresholds, fail levels, errors."""
from __future__ import annotations

import pytest

from .ci_repo import CONFIG, SUPPORT, check, write_repo


def rules_fired(run) -> dict[str, list[str]]:
    return {f["path"]: sorted(x["rule"] for x in f["findings"]) for f in run.json()["files"]}


def with_config(repo, extra: str, base: str = CONFIG) -> None:
    """The repository config plus ``extra``: top-level keys go first, a [table] last (TOML scoping)."""
    text = base + "\n" + extra if extra.lstrip().startswith("[") else extra + "\n" + base
    (repo / "greetlint.toml").write_text(text + "\n", encoding="utf-8")


def test_select_and_ignore_by_code_and_category(repo):
    with_config(repo, 'select = ["callback", "GL601"]')
    fired = rules_fired(check("greetings", "messages", "--format", "json"))
    assert fired["greetings/support.txt"] == ["GL202"]
    assert fired["greetings/sales-old.txt"] == ["GL601"]
    assert fired["messages/mark.txt"] == []  # GL103 is name-number, not selected
    with_config(repo, 'ignore = ["GL6", "courtesy"]')
    fired = rules_fired(check("greetings", "messages", "--format", "json"))
    assert "GL601" not in fired["greetings/sales-old.txt"]
    assert fired["greetings/support.txt"] == ["GL202"]


def test_severity_override_changes_the_exit_code(repo):
    assert check("greetings/support.txt").exit_code == 1  # GL202 warning at fail-level warning
    with_config(repo, '[severity]\nGL202 = "info"')
    run = check("greetings/support.txt", "--format", "json")
    assert [f["severity"] for f in run.json()["files"][0]["findings"] if f["rule"] == "GL202"] == ["info"]
    assert run.exit_code == 0


def test_per_file_ignores_by_glob(repo):
    with_config(repo, '[per-file-ignores]\n"greetings/sales-old.*" = ["GL601"]\n"messages/*" = ["name-number"]')
    fired = rules_fired(check("greetings", "messages", "--format", "json"))
    assert "GL601" not in fired["greetings/sales-old.txt"]
    assert "GL103" not in fired["messages/mark.txt"]
    assert "GL202" in fired["greetings/support.txt"]


def test_kind_by_glob(repo):
    run = check("greetings", "messages", "--format", "json").json()
    kinds = {f["path"]: (f["kind"], f["kind_source"]) for f in run["files"]}
    assert kinds["messages/mark.txt"] == ("message", "config")
    assert kinds["greetings/support.txt"][1] == "detected"


def test_thresholds_max_callback_hours(repo):
    (repo / "greetings/weekly.txt").write_text(
        "Hi, you've reached Dana Ortiz at Brightline. Leave a message and I'll call you back within 48 hours. "
        "If it's urgent, press zero.\n", encoding="utf-8")
    assert "GL204" in rules_fired(check("greetings/weekly.txt", "--format", "json"))["greetings/weekly.txt"]
    with_config(repo, "[thresholds]\nmax-callback-hours = 72")
    assert "GL204" not in rules_fired(check("greetings/weekly.txt", "--format", "json"))["greetings/weekly.txt"]


def test_fail_level_and_fail_under_from_config(repo):
    with_config(repo, 'fail-level = "error"', base=CONFIG.replace('fail-level = "warning"\n', ""))
    assert check("greetings/support.txt").exit_code == 0
    with_config(repo, 'fail-level = "error"\nfail-under = 95', base=CONFIG.replace('fail-level = "warning"\n', ""))
    assert check("greetings/support.txt").exit_code == 1  # score 86 < 95
    assert check("greetings/support.txt", "--exit-zero").exit_code == 0


def test_pyproject_table_and_isolated(tmp_path, monkeypatch):
    pyproject = '[project]\nname = "greetings"\n\n[tool.greetlint]\nignore = ["GL202"]\n'
    monkeypatch.chdir(write_repo(tmp_path, {"greetings/support.txt": SUPPORT}, config=pyproject, config_name="pyproject.toml"))
    assert "GL202" not in rules_fired(check("greetings", "--format", "json"))["greetings/support.txt"]
    assert "GL202" in rules_fired(check("greetings", "--format", "json", "--isolated"))["greetings/support.txt"]


def test_explicit_config_file(tmp_path, monkeypatch):
    monkeypatch.chdir(write_repo(tmp_path, {"greetings/support.txt": SUPPORT}, config=None))
    (tmp_path / "ci.toml").write_text('ignore = ["GL202"]\n', encoding="utf-8")
    assert "GL202" in rules_fired(check("greetings", "--format", "json"))["greetings/support.txt"]
    assert "GL202" not in rules_fired(check("greetings", "--format", "json", "--config", "ci.toml"))["greetings/support.txt"]


@pytest.mark.parametrize("config,key", [
    ('colour = "red"', "colour"),
    ('fail-level = "loud"', "fail-level"),
    ("fail-under = 120", "fail-under"),
    ('select = ["GL999"]', "select"),
    ('[severity]\nGL202 = "fatal"', "severity.GL202"),
    ('[severity]\nGL999 = "error"', "severity.GL999"),
    ('[per-file-ignores]\n"a/*" = ["nonsense"]', "per-file-ignores.a/*"),
    ('[kinds]\n"a/*" = "memo"', "kinds.a/*"),
    ("[thresholds]\nmax-callback-days = 2", "max-callback-days"),
    ('[thresholds]\nwpm-max = "fast"', "wpm-max"),
    ('[expect."x/*"]\nphone-number = "555-0142"', "phone-number"),
    ('[expect."x/*"]\nphone = "0142"', "expect.x/*.phone"),
    ('[expect."x/*"]\nurgent-path = "yes"', "urgent-path"),
    ('[expect."x/*"]\nmax-callback-hours = -1', "max-callback-hours"),
    ("fail-level = ", "invalid TOML"),
])
def test_bad_config_is_one_line_naming_the_key(repo, config, key):
    (repo / "greetlint.toml").write_text(config + "\n", encoding="utf-8")
    run = check("greetings")
    assert run.exit_code == 2
    assert run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("greetlint: error: ")
    assert key in lines[0], lines[0]


def test_bad_selector_on_the_command_line(repo):
    run = check("greetings", "--ignore", "GL9")
    assert run.exit_code == 2
    assert run.stderr.strip() == "greetlint: error: command line: key 'ignore': no rule code or category 'GL9'"


def test_the_config_example_in_the_docs_is_valid():
    import re
    import tomllib
    from pathlib import Path

    from greetlint.config import check_rule_selectors, parse_settings
    from greetlint.rules_api import load_rules

    doc = (Path(__file__).resolve().parents[2] / "docs/ci.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(\[tool\.greetlint\].*?)```", doc, re.S).group(1)
    settings = parse_settings(tomllib.loads(example)["tool"]["greetlint"], "docs/ci.md")
    check_rule_selectors(settings, load_rules())
    assert settings.expectations_for("greetings/sales-east.wav")[0].phone == "2065550142"
