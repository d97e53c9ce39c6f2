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


def test_streamed_jsonl_drops_baselined_findings_before_scoring_as_json_does(repo):
    """Every backend applies the baseline before it scores a file: the streamed lines carry the same
    findings and scores as the JSON report, and the baselined findings are counted, not re-scored."""
    check("greetings", "messages", "--write-baseline", "baseline.json")
    (repo / "messages/second.txt").write_text(MESSAGE_NO_NUMBER.replace("Friday", "Monday"), encoding="utf-8")
    whole = check("greetings", "messages", "--baseline", "baseline.json", "--format", "json")
    streamed = check("greetings", "messages", "--baseline", "baseline.json", "--format", "jsonl")
    lines = [json.loads(line) for line in streamed.stdout.splitlines() if line.strip()]
    files = {f["path"]: (f["score"], [x["rule"] for x in f["findings"]]) for f in lines if "path" in f}
    assert files == {f["path"]: (f["score"], [x["rule"] for x in f["findings"]]) for f in whole.json()["files"]}
    assert "GL103" in files["messages/second.txt"][1]  # new
    assert all(not rules for path, (_, rules) in files.items() if path != "messages/second.txt")  # recorded
    assert streamed.exit_code == whole.exit_code == 1
    assert "suppressed by baseline" in streamed.stderr


def test_a_ray_actor_drops_baselined_findings_before_scoring(repo):
    """The Ray backend's actor gets the baseline in its spec and its Linter applies it (no Ray needed
    to call the actor class): the driver never re-scores what comes back."""
    import datetime as dt
    import pickle

    from greetlint.baseline import Baseline, load_baseline
    from greetlint.config import Settings
    from greetlint.distributed import LintWorker, WorkerSpec
    from greetlint.pipeline import Options

    check("greetings", "messages", "--write-baseline", "baseline.json")
    (repo / "messages/second.txt").write_text(MESSAGE_NO_NUMBER.replace("Friday", "Monday"), encoding="utf-8")
    paths = sorted(str(p) for p in (repo / "messages").glob("*.txt"))
    spec = WorkerSpec(settings=Settings(), options=Options(today=dt.date.fromisoformat("2026-11-23"), kind="message"),
                      model_dir=None, cache_dir=None, batch_size=4,
                      baseline=Baseline(known=load_baseline(str(repo / "baseline.json"))))
    out = LintWorker(spec)({"index": list(range(len(paths))), "path": paths})
    results = {r.path: r for r in map(pickle.loads, out["result"])}
    old, new = results[str(repo / "messages/mark.txt")], results[str(repo / "messages/second.txt")]
    assert (old.findings, old.score) == ([], 100) and old.baselined  # dropped before scoring
    assert "GL103" in [f.rule for f in new.findings] and not new.baselined and new.score < 100
