"""The batch run's process settings: passive OpenMP waiting unless the user chose, once, never after the model loaded."""
from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import os, sys
from greetlint import runtime
{before}
runtime.tune_process()
runtime.tune_process()
print(os.environ.get("OMP_WAIT_POLICY"))
"""


def _policy(before: str = "", env: dict | None = None) -> str:
    import os

    environment = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT")}
    environment.update(env or {})
    out = subprocess.run([sys.executable, "-c", SCRIPT.format(before=before)], env=environment,
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_openmp_threads_wait_passively_by_default():
    assert _policy() == "PASSIVE"


def test_the_users_choice_wins():
    assert _policy(env={"OMP_WAIT_POLICY": "ACTIVE"}) == "ACTIVE"
    assert _policy(env={"GOMP_SPINCOUNT": "10000"}) == "None"


def test_too_late_once_the_model_library_is_loaded():
    assert _policy(before="sys.modules['ctranslate2'] = object()") == "None"
