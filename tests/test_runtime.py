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


class _FakeLibc:
    """Records mallopt / malloc_trim calls instead of changing the test process's allocator."""

    def __init__(self):
        self.calls = []

    def mallopt(self, param, value):
        self.calls.append(("mallopt", param, value))
        return 1

    def malloc_trim(self, pad):
        self.calls.append(("malloc_trim", pad))
        return 1


def _tuned(monkeypatch, **env) -> list:
    from greetlint import runtime

    fake = _FakeLibc()
    monkeypatch.setattr(runtime, "_libc", fake)
    monkeypatch.setattr(runtime, "_done", False)
    monkeypatch.setenv("OMP_WAIT_POLICY", "PASSIVE")  # tune_process would set it: keep this process's as it was
    for name in ("MALLOC_ARENA_MAX", "MALLOC_MMAP_THRESHOLD_"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    runtime.tune_process()
    runtime.tune_process()  # once only
    return fake.calls


def test_malloc_arenas_and_a_fixed_mmap_threshold_by_default(monkeypatch):
    from greetlint import runtime

    assert _tuned(monkeypatch) == [("mallopt", runtime._M_ARENA_MAX, runtime.ARENAS),
                                   ("mallopt", runtime._M_MMAP_THRESHOLD, runtime.MMAP_THRESHOLD)]


def test_the_users_malloc_settings_win(monkeypatch):
    from greetlint import runtime

    assert _tuned(monkeypatch, MALLOC_MMAP_THRESHOLD_="131072") == [("mallopt", runtime._M_ARENA_MAX, runtime.ARENAS)]
    assert _tuned(monkeypatch, MALLOC_ARENA_MAX="4", MALLOC_MMAP_THRESHOLD_="131072") == []


def test_without_glibc_nothing_is_tuned_or_trimmed(monkeypatch):
    from greetlint import runtime

    monkeypatch.setattr(runtime, "_libc", False)
    monkeypatch.setattr(runtime, "_done", False)
    monkeypatch.setenv("OMP_WAIT_POLICY", "PASSIVE")
    runtime.tune_process()
    assert runtime.release_freed_memory() is None


def test_releasing_freed_memory_keeps_what_is_alive():
    import numpy as np

    from greetlint import runtime

    rng = np.random.default_rng(7)
    kept = [rng.standard_normal(n).astype(np.float32) for n in (10, 300_000, 5_000_000)]
    copies = [k.copy() for k in kept]
    freed = [rng.standard_normal(4_000_000) for _ in range(3)]
    del freed
    runtime.release_freed_memory()
    assert all(np.array_equal(a, b) for a, b in zip(kept, copies))
    again = np.ones(4_000_000)  # fresh pages after a trim still hold what is written
    assert again.sum() == 4_000_000
