"""Recordings per second, and per core, with --backend ray against the local backend (printed, never asserted).

    python bench/ray_throughput.py                        # samples/ recordings x4, both backends
    python bench/ray_throughput.py --copies 10 --repeat 2 # more files; each row the quicker of 2 runs
    python bench/ray_throughput.py --inputs DIR           # any folder of recordings instead
    python bench/ray_throughput.py --ray-address auto     # also time a cluster you started (ray start ...)

Each row is one fresh ``greetlint check --no-cache --isolated --format jsonl`` process over the
same files (the samples are linked under distinct names: --no-cache makes every copy a full
decode, transcription, measure and judgement). The Ray row includes starting and stopping the
private Ray (its own line shows that fixed cost on a one-file run). Throughput per core divides
by the CPUs the run could use; the load average is printed because the machine is shared. CPU
seconds per recording (user + system time of the local run's process, from getrusage; not for
Ray rows, whose actors the raylet reaps) hardly depend on that load: 1 / (CPU s per recording) is what one
core lints per second when it is all yours, the figure docs/scale.md sizes clusters with.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AUDIO = {".wav", ".mp3", ".m4a", ".ogg", ".opus", ".flac"}


def run(files_dir: Path, extra: list[str]) -> tuple[float, float, list[dict], str]:
    """Wall seconds, CPU seconds of the whole process tree (a private Ray's processes included), results."""
    out = files_dir.parent / "out.jsonl"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "greetlint", "check", str(files_dir), "--no-cache", "--isolated",
                           "--format", "jsonl", "-o", str(out), *extra], capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 1):
        sys.exit(f"greetlint failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    results = [json.loads(line) for line in out.read_text().splitlines() if line.strip()]
    return wall, cpu, results, proc.stderr


def cpu_columns(extra: list[str], cpu: float, files: int) -> str:
    """CPU seconds per recording, where getrusage sees them all: Ray's raylet starts the actors and
    reaps them itself, so a Ray run's children time misses most of the work; n/a there."""
    if "--backend" in extra:
        return f"{'n/a':>10} {'n/a':>10}"
    return f"{cpu / files:10.2f} {files / cpu:10.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=Path, default=ROOT / "samples", help="folder of recordings")
    parser.add_argument("--copies", type=int, default=4, help="link each recording this many times")
    parser.add_argument("--repeat", type=int, default=1, help="runs per row; the quickest is shown")
    parser.add_argument("--ray-address", help="also time this running cluster ('auto', host:port)")
    args = parser.parse_args()

    sources = sorted(p for p in args.inputs.iterdir() if p.suffix.lower() in AUDIO)
    work = Path(tempfile.mkdtemp(prefix="gl-raybench-"))
    try:
        files_dir = work / "in"
        files_dir.mkdir()
        for copy in range(args.copies):
            for src in sources:
                os.symlink(src.resolve(), files_dir / f"{copy:03d}-{src.name}")
        one_dir = work / "one" / "in"
        one_dir.mkdir(parents=True)
        os.symlink(sources[0].resolve(), one_dir / sources[0].name)

        cores = os.cpu_count() or 1
        rows = [("local", [], cores), ("ray (private)", ["--backend", "ray"], cores)]
        if args.ray_address:
            import ray  # the cluster's CPUs, for the per-core figure

            ray.init(address=args.ray_address, logging_level="ERROR")
            cluster_cpus = int(ray.cluster_resources().get("CPU", 1))
            ray.shutdown()
            rows.append((f"ray ({args.ray_address})", ["--backend", "ray", "--ray-address", args.ray_address], cluster_cpus))

        print(f"{len(sources) * args.copies} recordings ({len(sources)} distinct x{args.copies}), "
              f"{cores} cores here, load average {os.getloadavg()[0]:.1f} at start")
        print(f"{'backend':<22} {'wall s':>8} {'rec/s':>7} {'rec/s/core':>11} {'audio s/wall s':>15} {'cpus':>5} "
              f"{'CPU s/rec':>10} {'rec/CPU-s':>10}")
        reference = None
        for name, extra, cpus in rows:
            best = best_cpu = None
            for _ in range(args.repeat):
                wall, cpu, results, _stderr = run(files_dir, extra)
                if best is None or wall < best:
                    best, best_cpu = wall, cpu
            audio_s = sum(r["duration_s"] or 0.0 for r in results)
            summary = {r["path"]: (r["score"], [f["rule"] for f in r["findings"]]) for r in results}
            same = "" if reference is None else ("  same scores and findings" if summary == reference else "  DIFFERENT results")
            reference = reference or summary
            print(f"{name:<22} {best:8.1f} {len(results) / best:7.2f} {len(results) / best / cpus:11.3f} "
                  f"{audio_s / best:15.1f} {cpus:>5} {cpu_columns(extra, best_cpu, len(results))}{same}")
        if "--backend" in rows[1][1]:
            wall, cpu, _results, _stderr = run(one_dir, ["--backend", "ray"])
            local_wall, local_cpu, _results, _stderr = run(one_dir, [])
            print(f"one file: ray {wall:.1f} s wall, local {local_wall:.1f} s "
                  f"(the difference is a private Ray's start and stop); "
                  f"load average {os.getloadavg()[0]:.1f} at the end")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
