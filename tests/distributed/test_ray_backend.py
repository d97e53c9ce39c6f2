"""--backend ray for real: a private Ray started by the run, and a two-node cluster joined by address.

Same facts, findings and scores as the local backend; one JSONL line per input, exactly once, even
when the cluster's lint workers are killed in the middle of their batches.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("ray.data", reason="--backend ray needs the ray extra: pip install -e '.[ray]'")
pytestmark = pytest.mark.slow  # starts Ray clusters and loads the speech model

from .cluster import LocalCluster  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
AUDIO = ("greeting_no_name.wav", "greeting_refusal.mp3", "message_no_number.mp3", "message_good.wav")
TITLE = "LintWorker"  # Ray titles an actor's process ray::MapWorker(MapBatches(LintWorker))...


def greetlint(*args, env=None, cwd=None) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "greetlint", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=600)
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    return proc


def by_path(text: str) -> dict[str, dict]:
    objects = [json.loads(line) for line in text.splitlines() if line.strip()]
    paths = [o["path"] for o in objects]
    assert len(paths) == len(set(paths)), "a file was reported twice"
    return {o["path"]: o for o in objects}


def judged(entry: dict) -> dict:
    """What the judge compares: digits, names, callback class, findings and score (not the words)."""
    facts = entry["facts"] or {}
    return {"score": entry["score"], "grade": entry["grade"], "kind": entry["kind"],
            "error": entry["error"] and entry["error"]["code"],
            "digits": [n["digits"] for n in facts.get("phone_numbers", [])], "names": facts.get("names"),
            "callback": (facts.get("callback") or {}).get("class"),
            "findings": [(f["rule"], f["severity"]) for f in entry["findings"]],
            "result_key": entry["result_key"]}


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """A few recordings, the sample scripts and one broken file."""
    folder = tmp_path_factory.mktemp("raybatch")
    for name in AUDIO:
        shutil.copy(SAMPLES / name, folder / name)
    for script in sorted((SAMPLES / "scripts").glob("*.txt")):
        shutil.copy(script, folder / script.name)
    (folder / "broken.wav").write_bytes(b"RIFF\x00\x00\x00\x00WAVEjunkjunk")
    return folder


def test_private_ray_gives_the_local_results(batch, tmp_path):
    common = ("check", str(batch), "--isolated", "--no-cache", "--format", "jsonl", "--today", "2026-11-23")
    local = greetlint(*common)
    on_ray = greetlint(*common, "--backend", "ray")
    assert local.returncode == on_ray.returncode == 2  # the broken file
    local_results, ray_results = by_path(local.stdout), by_path(on_ray.stdout)
    assert len(ray_results) == len(list(batch.iterdir()))
    assert ray_results.keys() == local_results.keys()
    for path in local_results:
        assert judged(ray_results[path]) == judged(local_results[path]), path
    assert ray_results[str(batch / "broken.wav")]["error"]["code"] == "unreadable-audio"
    assert any(r["input"] == "audio" and r["facts"] and r["facts"]["phone_numbers"] for r in ray_results.values())
    assert local.stderr.splitlines()[-1] == on_ray.stderr.splitlines()[-1]  # the same summary
    # the text report lists the files in input order, whatever order the cluster finished them in
    text = greetlint("check", str(batch), "--isolated", "--no-color", "--backend", "ray", "--today", "2026-11-23")
    local_text = greetlint("check", str(batch), "--isolated", "--no-color", "--today", "2026-11-23")
    assert text.returncode == 2
    assert text.stdout == local_text.stdout


@pytest.fixture()
def cluster():
    started = LocalCluster(nodes=2, cpus_per_node=1)
    try:
        yield started.start()
    finally:
        started.stop()
        assert not started.processes(), "the test cluster left processes behind"


def test_two_node_cluster_survives_killed_workers(cluster, batch, tmp_path):
    out = tmp_path / "out.jsonl"
    args = [sys.executable, "-m", "greetlint", "check", str(batch), "--isolated", "--no-cache", "--format", "jsonl",
            "--batch-size", "1", "--backend", "ray", "--ray-address", cluster.address, "-o", str(out)]
    run = subprocess.Popen(args, env=cluster.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed = []
    try:
        deadline = time.monotonic() + 240
        while not killed and time.monotonic() < deadline and run.poll() is None:
            workers = cluster.actor_processes(TITLE)
            if len(workers) == 2 and out.exists() and out.read_text().count("\n") >= 1:
                reported_before = out.read_text().count("\n")
                for pid in workers:  # both nodes' workers, each in the middle of a batch
                    os.kill(pid, signal.SIGKILL)
                killed = workers
            time.sleep(0.2)
        stdout, stderr = run.communicate(timeout=400)
    finally:
        if run.poll() is None:
            run.kill()
    assert "Traceback" not in stderr, stderr[-3000:]
    assert killed, f"no two lint workers seen while the run lasted:\n{stderr[-3000:]}"
    inputs = sorted(str(p) for p in batch.iterdir())
    assert reported_before < len(inputs)  # the workers died with files left to lint
    results = by_path(out.read_text())  # every input exactly once
    assert sorted(results) == inputs
    errors = {path: r["error"]["code"] for path, r in results.items() if r["error"]}
    assert errors == {str(batch / "broken.wav"): "unreadable-audio"}  # nothing lost to the killed workers
    assert run.returncode == 2
    assert all(pid not in cluster.actor_processes(TITLE) for pid in killed)


def test_an_address_nobody_answers_at_is_one_line_and_exit_2(batch):
    from .cluster import free_port

    proc = greetlint("check", str(batch / "good_greeting.txt"), "--isolated", "--backend", "ray",
                     "--ray-address", f"127.0.0.1:{free_port()}")
    assert proc.returncode == 2 and not proc.stdout
    assert proc.stderr.strip().splitlines()[-1].startswith("greetlint: error: cannot join the Ray cluster at 127.0.0.1:")
