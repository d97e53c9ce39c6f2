"""Every CI format on the same repository: valid output, the same findings, and the same exit code."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from greetlint.rules_api import load_rules

from .ci_repo import GOOD_SALES, MESSAGE_NO_NUMBER, check, write_repo

SARIF_SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
FORMATS = ("text", "json", "jsonl", "sarif", "junit", "github", "gitlab")
ANNOTATION = re.compile(r"^::(error|warning|notice) ((?:[a-zA-Z]+=[^,:]*)(?:,[a-zA-Z]+=[^,:]*)*)::(.+)$")


def findings_by_file(repo_run) -> dict[str, list[dict]]:
    return {f["path"]: f["findings"] for f in repo_run.json()["files"]}


def test_formats_never_change_the_exit_code(repo):
    codes = {fmt: check("greetings", "messages", "--format", fmt).exit_code for fmt in FORMATS}
    assert set(codes.values()) == {1}, codes
    zero = {fmt: check("greetings", "messages", "--format", fmt, "--exit-zero").exit_code for fmt in FORMATS}
    assert set(zero.values()) == {0}, zero


def test_sarif_is_valid_and_carries_rule_metadata(repo):
    run = check("greetings", "messages", "--format", "sarif")
    doc = json.loads(run.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(doc)
    driver = doc["runs"][0]["tool"]["driver"]
    rules = {r["id"]: r for r in driver["rules"]}
    assert set(rules) == {r.code for r in load_rules()}
    assert "**Anti-pattern**" in rules["GL601"]["help"]["text"]
    assert rules["GL103"]["defaultConfiguration"]["level"] == "error"
    results = doc["runs"][0]["results"]
    old = [r for r in results if r["ruleId"] == "GL601"]
    assert len(old) == 1
    assert old[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "greetings/sales-old.txt"
    assert old[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3  # the number is on line 3
    assert "206-555-0199" in old[0]["message"]["text"]
    for r in results:
        assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
    expected_total = sum(len(v) for v in findings_by_file(check("greetings", "messages", "--format", "json")).values())
    assert len(results) == expected_total


def sarif_fingerprints(doc) -> dict[tuple[str, str], str]:
    out = {}
    for r in doc["runs"][0]["results"]:
        uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        out[(uri, r["ruleId"])] = r["partialFingerprints"]["greetlint/v1"]
    return out


def test_sarif_fingerprints_survive_line_moves(repo):
    before = json.loads(check("greetings", "--format", "sarif").stdout)
    old = repo / "greetings/sales-old.txt"
    old.write_text("\n\n" + old.read_text(encoding="utf-8"), encoding="utf-8")  # the wrong number moves two lines down
    after = json.loads(check("greetings", "--format", "sarif").stdout)
    key = ("greetings/sales-old.txt", "GL601")

    def line(doc):
        hit = [r for r in doc["runs"][0]["results"] if r["ruleId"] == "GL601"][0]
        return hit["locations"][0]["physicalLocation"]["region"]["startLine"]

    assert (line(before), line(after)) == (3, 5)
    assert sarif_fingerprints(before)[key] == sarif_fingerprints(after)[key]
    assert len(set(sarif_fingerprints(after).values())) == len(sarif_fingerprints(after))


def test_sarif_lists_unprocessable_files_as_notifications(repo):
    (repo / "greetings/broken.txt").write_bytes(b"\x00\x01binary")
    run = check("greetings", "--format", "sarif")
    assert run.exit_code == 2
    doc = json.loads(run.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(doc)
    invocation = doc["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "greetings/broken.txt" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def test_junit_has_a_suite_per_file_and_a_failure_per_finding(repo):
    root = ET.fromstring(check("greetings", "messages", "--format", "junit").stdout)
    expected = findings_by_file(check("greetings", "messages", "--format", "json"))
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert set(suites) == set(expected)
    for path, findings in expected.items():
        failures = suites[path].findall("testcase/failure")
        assert len(failures) == len(findings) == int(suites[path].get("failures"))
        assert sorted(f.get("type") for f in failures) == sorted(f["severity"] for f in findings)
    clean = [s for s in suites.values() if s.get("failures") == "0"]
    assert all(len(s.findall("testcase")) == 1 for s in clean)
    old_case = [c for c in suites["greetings/sales-old.txt"].iter("testcase") if c.get("name").startswith("GL601")]
    assert old_case[0].get("line") == "3"
    assert "Expected phone number 555-0142" in old_case[0].find("failure").get("message")
    assert int(root.get("failures")) == sum(len(v) for v in expected.values())


def parse_annotations(stdout: str) -> list[tuple[str, dict, str]]:
    out = []
    for line in stdout.splitlines():
        match = ANNOTATION.match(line)
        if match:
            props = dict(p.split("=", 1) for p in match.group(2).split(","))
            out.append((match.group(1), props, match.group(3)))
    return out


def test_github_annotations_are_workflow_commands(repo):
    run = check("greetings", "messages", "--format", "github")
    annotations = parse_annotations(run.stdout)
    expected = findings_by_file(check("greetings", "messages", "--format", "json"))
    assert len(annotations) == sum(len(v) for v in expected.values())
    levels = [level for level, _, _ in annotations]
    order = {"error": 0, "warning": 1, "notice": 2}
    assert levels == sorted(levels, key=order.get), "most severe first"
    wrong_number = [a for a in annotations if a[1]["title"] == "GL601 expected-fact"]
    assert wrong_number == [("error", {"file": "greetings/sales-old.txt", "line": "3", "col": "56", "endLine": "3",
                                       "title": "GL601 expected-fact"},
                             "Expected phone number 555-0142; heard 206-555-0199.")]
    assert run.stdout.splitlines()[-1].startswith("greetlint: 4 files, 2 errors, 1 warnings")


def test_github_caps_annotations_and_summarises_the_rest(tmp_path, monkeypatch):
    # 12 messages with no callback number: 12 errors, GitHub would show 10
    files = {f"messages/m{i:02d}.txt": MESSAGE_NO_NUMBER for i in range(12)}
    monkeypatch.chdir(write_repo(tmp_path, files, config='[kinds]\n"messages/*.txt" = "message"\n'))
    run = check("messages", "--format", "github")
    annotations = parse_annotations(run.stdout)
    errors = [a for a in annotations if a[0] == "error"]
    notices = [a for a in annotations if a[0] == "notice"]
    assert len(errors) == 10
    assert len(notices) <= 10
    infos = check("messages", "--format", "json").json()["summary"]["infos"]
    assert infos >= 12  # GL505 on each message at least
    hidden_infos = infos - 9  # one notice is kept for the summary
    summary = [a for a in notices if a[1]["title"] == "greetlint%3A more findings"]
    assert len(summary) == 1
    assert summary[0][2].startswith(f"{2 + hidden_infos} more findings not annotated (2 errors, {hidden_infos} infos)")
    plain = [line for line in run.stdout.splitlines() if line.startswith("messages/") and "GL103" in line]
    assert len(plain) == 2  # the errors not annotated are still in the log
    assert run.exit_code == 1


def test_github_escapes_commas_and_newlines():
    from greetlint.report.github_report import escape_data, escape_property

    assert escape_property("a,b:c") == "a%2Cb%3Ac"
    assert escape_data("50%\nnext") == "50%25%0Anext"


def test_gitlab_code_quality(repo):
    issues = json.loads(check("greetings", "messages", "--format", "gitlab").stdout)
    expected = findings_by_file(check("greetings", "messages", "--format", "json"))
    assert len(issues) == sum(len(v) for v in expected.values())
    fingerprints = [i["fingerprint"] for i in issues]
    assert len(set(fingerprints)) == len(fingerprints)
    for issue in issues:
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert issue["location"]["path"] in expected
        assert issue["location"]["lines"]["begin"] >= 1
    wrong = [i for i in issues if i["check_name"] == "GL601 expected-fact"][0]
    assert (wrong["severity"], wrong["location"]["lines"]["begin"]) == ("major", 3)


@pytest.mark.parametrize("fmt", ["sarif", "junit", "gitlab"])
def test_output_file_is_written_and_stdout_stays_empty(repo, fmt):
    run = check("greetings", "--format", fmt, "--output", "report.out")
    assert run.stdout == ""
    assert run.exit_code == 1
    assert (repo / "report.out").read_text(encoding="utf-8") == check("greetings", "--format", fmt).stdout


def test_statistics_counts_per_rule(repo):
    run = check("greetings", "messages", "--statistics")
    rows = {line.split()[1]: int(line.split()[0]) for line in run.stdout.splitlines()}
    expected: dict[str, int] = {}
    for findings in findings_by_file(check("greetings", "messages", "--format", "json")).values():
        for f in findings:
            expected[f["rule"]] = expected.get(f["rule"], 0) + 1
    assert rows == expected
    assert rows["GL601"] == 1 and rows["GL103"] == 1
    assert run.exit_code == 1
    # with a machine format the counts go to stderr and stdout stays parseable
    sarif = check("greetings", "--format", "sarif", "--statistics")
    json.loads(sarif.stdout)
    assert "GL601" in sarif.stderr


def test_fail_level_and_exit_codes(repo):
    assert check("greetings", "--fail-level", "error").exit_code == 1  # GL601 is an error
    assert check("greetings/support.txt", "--fail-level", "error").exit_code == 0  # warnings and infos only
    assert check("greetings/support.txt").exit_code == 1  # fail-level warning from the config
    assert check("greetings/sales-dana.txt").exit_code == 0  # infos only
    (repo / "empty.txt").write_text("   \n", encoding="utf-8")
    assert check("greetings/sales-dana.txt", "empty.txt", "--exit-zero").exit_code == 2  # a broken file is not a finding


def test_progress_bar_is_off_when_stderr_is_not_a_terminal(repo):
    assert check("greetings").stderr == ""  # the test runner's stderr is not a terminal
    assert "greetlint" in check("greetings", "--progress").stderr  # click prints the label when not a TTY
