"""Several greetlint processes compiling librosa's numba kernels into one fresh cache at once leave
a cache every later run can use (the compile happens under a file lock)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "greeting_vague.wav"


@pytest.mark.slow
def test_concurrent_first_runs_share_one_numba_cache(tmp_path):
    env = {**os.environ, "NUMBA_CACHE_DIR": str(tmp_path / "numba"), "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    (tmp_path / "numba").mkdir()
    cmd = [sys.executable, "-m", "greetlint", "check", str(SAMPLE), "--no-cache", "--format", "json"]
    runs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(3)]
    outs = [r.communicate(timeout=600) for r in runs]
    assert all(r.returncode in (0, 1) for r in runs), [err[-2000:] for _, err in outs]
    later = subprocess.run(cmd, env=env, capture_output=True, timeout=600)
    assert later.returncode in (0, 1), later.stderr[-2000:]
    pitch = json.loads(later.stdout)["files"][0]["audio"]["pitch"]
    assert pitch is not None and pitch["median_hz"] > 0
