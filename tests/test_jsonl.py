"""--format jsonl, --manifest and --resume on the local backend (scripts: no model needed)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def run(*args, cwd=None):
    proc = subprocess.run([sys.executable, "-m", "greetlint", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture()
def scripts(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for script in sorted((SAMPLES / "scripts").glob("*.txt"))[:6]:
        shutil.copy(script, folder / script.name)
    (folder / "zz_broken.txt").write_bytes(b"\x00\x01binary")
    return folder


def test_jsonl_is_the_json_entry_per_file_plus_resume_keys(scripts, tmp_path):
    as_json = run("check", str(scripts), "--isolated", "--format", "json")
    as_jsonl = run("check", str(scripts), "--isolated", "--format", "jsonl")
    assert as_jsonl.returncode == as_json.returncode == 2  # the binary script could not be processed
    files = json.loads(as_json.stdout)["files"]
    objects = lines(as_jsonl.stdout)
    assert len(objects) == len(files) == 7
    for entry, obj in zip(files, objects):
        extra = {k: obj.pop(k) for k in ("content_sha256", "result_key")}
        assert obj == entry  # the JSON format's per-file object, unchanged
        assert extra["content_sha256"] and len(extra["result_key"]) == 64
    assert objects[-1]["error"]["code"] == "binary-script"
    # the summary goes to stderr, so stdout is nothing but lines of JSON
    assert "7 file(s), 1 could not be processed" in as_jsonl.stderr
    assert "zz_broken.txt: error:" in as_jsonl.stderr


def test_jsonl_refuses_what_needs_the_whole_batch(scripts):
    proc = run("check", str(scripts), "--isolated", "--format", "jsonl", "--statistics")
    assert proc.returncode == 2 and "whole batch" in proc.stderr and not proc.stdout
    proc = run("check", str(scripts), "--isolated", "--resume", "x.jsonl")
    assert proc.returncode == 2 and "--format jsonl" in proc.stderr
    proc = run("check", str(scripts), "--isolated", "--ray-address", "auto")
    assert proc.returncode == 2 and "--backend ray" in proc.stderr


@pytest.mark.parametrize("kind", ["txt", "csv", "jsonl"])
def test_manifest_lists_the_inputs(scripts, tmp_path, kind):
    chosen = sorted(scripts.glob("*.txt"))[:3]
    manifest = scripts / f"list.{kind}"  # relative entries are relative to the manifest's folder
    if kind == "txt":
        manifest.write_text("# a comment\n\n" + "\n".join(p.name for p in chosen) + "\n", encoding="utf-8")
    elif kind == "csv":
        manifest.write_text("id,path\n" + "".join(f"{i},{p.name}\n" for i, p in enumerate(chosen)), encoding="utf-8")
    else:
        manifest.write_text("".join(json.dumps({"path": str(p), "agent": "x"}) + "\n" for p in chosen), encoding="utf-8")
    proc = run("check", "--manifest", str(manifest), "--isolated", "--format", "jsonl", cwd=tmp_path)
    assert [Path(o["path"]).name for o in lines(proc.stdout)] == [p.name for p in chosen]


def test_manifest_without_a_path_column_is_one_clear_error(tmp_path):
    manifest = tmp_path / "list.csv"
    manifest.write_text("file,agent\na.wav,x\n", encoding="utf-8")
    proc = run("check", "--manifest", str(manifest))
    assert proc.returncode == 2 and "no 'path' column" in proc.stderr
    assert run("check").returncode == 2  # neither paths nor a manifest


def test_resume_skips_what_was_reported_and_completes_the_file(scripts, tmp_path):
    out = tmp_path / "out.jsonl"
    full = run("check", str(scripts), "--isolated", "--format", "jsonl", "-o", str(out))
    complete = out.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(complete) == 7
    # a run killed after three files, in the middle of writing the fourth line
    out.write_text("".join(complete[:3]) + complete[3][:40], encoding="utf-8")
    resumed = run("check", str(scripts), "--isolated", "--format", "jsonl", "--resume", str(out), "-o", str(out))
    assert "3 file(s) already in" in resumed.stderr and "4 to lint" in resumed.stderr
    objects = lines(out.read_text(encoding="utf-8"))
    assert sorted(o["path"] for o in objects) == sorted(json.loads(line)["path"] for line in complete)
    assert resumed.returncode == full.returncode == 2
    assert resumed.stderr.splitlines()[-1] == full.stderr.splitlines()[-1]  # the summary counts the whole batch

    # a file whose content changed is linted again; so is everything when the settings change
    first = scripts / Path(objects[0]["path"]).name
    first.write_text(first.read_text(encoding="utf-8") + " Thank you.", encoding="utf-8")
    again = run("check", str(scripts), "--isolated", "--format", "jsonl", "--resume", str(out))
    assert [Path(o["path"]).name for o in lines(again.stdout)] == [first.name]
    other_settings = run("check", str(scripts), "--isolated", "--format", "jsonl", "--resume", str(out),
                         "--ignore", "GL501")
    assert len(lines(other_settings.stdout)) == 7


def test_ray_is_never_imported_without_the_ray_backend(scripts):
    for args in (("--help",), ("check", "--help"), ("check", "--isolated", "--format", "jsonl", str(scripts))):
        proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "greetlint", *args],
                              capture_output=True, text=True, timeout=300)
        names = {line.split("|")[2].strip().split(".")[0] for line in proc.stderr.splitlines()
                 if line.startswith("import time:") and "|" in line and "package" not in line}
        assert "click" in names
        assert not names & {"ray", "pyarrow", "pandas"}, args
