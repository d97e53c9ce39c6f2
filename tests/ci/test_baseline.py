"""Baseline: old findings are suppressed, new ones are not; keys are file content + rule + occurrence."""
from __future__ import annotations

import json

from greetlint.baseline import file_sha256

from .ci_repo import MESSAGE_NO_NUMBER, OLD_NUMBER_SALES, check


def all_findings(run) -> list[tuple[str, str]]:
    return sorted((f["path"], x["rule"]) for f in run.json()["files"] for x in f["findings"])


def test_write_baseline_records_every_finding_by_content_hash(repo):
    before = all_findings(check("greetings", "messages", "--format", "json"))
    run = check("greetings", "messages", "--write-baseline", "greetlint-baseline.json")
    assert run.exit_code == 0  # everything found is now known
    doc = json.loads((repo / "greetlint-baseline.json").read_text(encoding="utf-8"))
    assert doc["greetlint_baseline"] == 1
    assert sorted((e["path"], e["rule"]) for e in doc["findings"]) == before
    old = [e for e in doc["findings"] if e["rule"] == "GL601"][0]
    assert old["sha256"] == file_sha256(str(repo / "greetings/sales-old.txt"))
    assert old["occurrence"] == 0


def test_baseline_suppresses_old_findings_and_not_new_ones(repo):
    check("greetings", "messages", "--write-baseline", "baseline.json")
    clean = check("greetings", "messages", "--baseline", "baseline.json", "--format", "json")
    assert (clean.exit_code, all_findings(clean)) == (0, [])
    assert "suppressed by baseline" in clean.stderr

    # a new greeting with the old number, and a second message with no number
    (repo / "greetings/sales-new.txt").write_text(OLD_NUMBER_SALES.replace("Dana Ortiz", "Chris Park"), encoding="utf-8")
    (repo / "messages/second.txt").write_text(MESSAGE_NO_NUMBER.replace("Friday", "Monday"), encoding="utf-8")
    for fmt in ("json", "sarif", "github"):
        run = check("greetings", "messages", "--baseline", "baseline.json", "--format", fmt)
        assert run.exit_code == 1, fmt
    new = all_findings(check("greetings", "messages", "--baseline", "baseline.json", "--format", "json"))
    assert ("greetings/sales-new.txt", "GL601") in new
    assert ("messages/second.txt", "GL103") in new
    assert {path for path, _ in new} == {"greetings/sales-new.txt", "messages/second.txt"}


def test_moving_a_file_keeps_its_suppression_and_editing_it_does_not(repo):
    check("greetings", "--write-baseline", "baseline.json")
    (repo / "greetings/sales-old.txt").rename(repo / "greetings/sales-archive.txt")
    assert check("greetings", "--baseline", "baseline.json").exit_code == 0
    # re-recorded (new bytes), still with the old number: checked afresh
    (repo / "greetings/sales-archive.txt").write_text(OLD_NUMBER_SALES + "Thanks for calling.\n", encoding="utf-8")
    run = check("greetings", "--baseline", "baseline.json", "--format", "json")
    assert run.exit_code == 1
    assert ("greetings/sales-archive.txt", "GL601") in all_findings(run)


def test_bad_baseline_file_exits_2(repo):
    (repo / "baseline.json").write_text("{not json", encoding="utf-8")
    run = check("greetings", "--baseline", "baseline.json")
    assert run.exit_code == 2 and "not JSON" in run.stderr
    (repo / "baseline.json").write_text('{"findings": []}', encoding="utf-8")
    assert check("greetings", "--baseline", "baseline.json").exit_code == 2
    assert check("greetings", "--baseline", "missing.json").exit_code == 2
