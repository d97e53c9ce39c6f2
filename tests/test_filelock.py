"""filelock.exclusive: the one lock both the pattern store and numba's kernel cache are written under."""
import fcntl
import os

import pytest

from greetlint.filelock import exclusive


def _free(path) -> bool:
    """Can another open file description take the lock right now?"""
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(fd)


def test_held_for_the_block_and_released_after(tmp_path):
    lock = tmp_path / "store.lock"
    with exclusive(str(lock)):
        assert lock.exists()
        assert not _free(lock)
    assert _free(lock)


def test_released_when_the_block_raises(tmp_path):
    lock = tmp_path / "store.lock"
    with pytest.raises(RuntimeError):
        with exclusive(str(lock)):
            raise RuntimeError("boom")
    assert _free(lock)


def test_no_lock_path_or_an_unwritable_folder_runs_the_block_unlocked(tmp_path):
    ran = []
    with exclusive(None):
        ran.append(1)
    with exclusive(str(tmp_path / "missing-folder" / "x.lock")):
        ran.append(2)
    assert ran == [1, 2]
