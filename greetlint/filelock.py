"""An exclusive lock on a lock file beside data that several greetlint processes may write at once
(the compiled-pattern store, numba's kernel cache): ``fcntl.flock``, held until the block ends.

Where the platform or the folder offers no lock, the block runs unlocked; every user of it stays
correct without one (a merge only narrows the race, a kernel is compiled twice).
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator, Optional


@contextmanager
def exclusive(lock_path: Optional[str]) -> Iterator[None]:
    """Hold an exclusive lock on ``lock_path`` (created if missing) for the block; None: no lock."""
    fd = None
    if lock_path:
        try:
            import fcntl

            fd = os.open(lock_path, os.O_CREAT | os.O_RDWR, 0o644)
            fcntl.flock(fd, fcntl.LOCK_EX)
        except (ImportError, OSError):
            if fd is not None:
                os.close(fd)
            fd = None
    try:
        yield
    finally:
        if fd is not None:
            os.close(fd)  # closing releases the lock
