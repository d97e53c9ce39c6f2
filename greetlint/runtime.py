"""Process settings for a batch run: how the model's threads wait and how freed memory is kept.

greetlint runs its own worker threads (decoding files, measuring them, judging them) beside
the model's OpenMP threads, on machines that are often shared. Two defaults of the libraries
underneath cost there, and ``tune_process`` changes them once, before the first thread starts:

* GNU OpenMP (CTranslate2's threads) spins for a while after each parallel region before it
  sleeps. Between model calls greetlint does Python work (alignment, the number stretches'
  planning, VAD), and on a loaded machine the other OpenMP thread is often not running at all:
  the spinning thread burns a core the worker threads or the other programs need. Waiting
  passively (``OMP_WAIT_POLICY=PASSIVE``) measured 7-10 % fewer CPU seconds for a cold check of
  the speed bench's recordings on the shared 2-core machine, and less wall time (bench/README.md).
  It only applies if CTranslate2 is not loaded yet, and an OMP_WAIT_POLICY or GOMP_SPINCOUNT the
  user set wins.
* glibc gives each thread that contends for malloc an arena of its own (up to 8 per core), and
  memory freed in an arena stays in it: with the model's threads, the workers and the import
  thread, freed buffers were kept several times over. Two arenas measured 40 MB less peak RSS on
  8 recordings, within noise in CPU seconds. Only on glibc; ``MALLOC_ARENA_MAX`` set by the user wins.

Neither changes a computed value: the model's arithmetic and its order are the same, so the
words are the same.

``release_freed_memory`` hands the pages of freed heap memory back to the system (glibc's
``malloc_trim(0)``); ``batching._encode_one_by_one`` calls it before each encoder pass, and a
window's word alignment before it runs. A cold check's resident memory peaks in an encoder pass:
its 1500 x 1500 attention scores (~54 MB a window, mmapped) came on top of the buffers the beam
search of the round before had freed, which glibc keeps resident in its heaps. The same cause is why
``tune_process`` fixes glibc's mmap threshold at MMAP_THRESHOLD (16 MB): by default the threshold
rises to the size of any mmapped block freed (up to 32 MB), so after the first model call the beam
search's large key/value blocks came from the heaps and stayed resident once freed. At 16 MB only
the few blocks that large a model call are mapped and unmapped (lower thresholds, 0.25-4 MB, cost
10-45 % more CPU in page faults); ``MALLOC_MMAP_THRESHOLD_`` set by the user wins. Together, on the
speed bench's 25 recordings: peak RSS 667-671 -> 610-618 MB, about 3 % more CPU (system time for the
pages taken again), the same reports (bench/README.md, "Peak RSS, issue 15").
"""
from __future__ import annotations

import os
import sys

ARENAS = 2
_M_ARENA_MAX = -8  # glibc's mallopt parameter numbers
_M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 16 << 20  # blocks this large are mmapped, and unmapped when freed (see the module docstring)
_done = False
_libc = None  # glibc, once loaded by ``_glibc`` (False: not glibc)


def tune_process() -> None:
    """Set the thread wait policy, malloc arenas and mmap threshold for this process (once; a no-op where unsupported)."""
    global _done
    if _done:
        return
    _done = True
    if "ctranslate2" not in sys.modules and "GOMP_SPINCOUNT" not in os.environ:
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    libc = _glibc()
    if libc and "MALLOC_ARENA_MAX" not in os.environ:
        libc.mallopt(_M_ARENA_MAX, ARENAS)
    if libc and "MALLOC_MMAP_THRESHOLD_" not in os.environ:
        libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)


def release_freed_memory() -> None:
    """Return the free pages of the malloc heaps to the system (glibc ``malloc_trim(0)``; elsewhere nothing).

    Changes no value: only memory already freed is given back, and a later allocation takes fresh pages.
    """
    libc = _glibc()
    if libc:
        libc.malloc_trim(0)


def _glibc():
    global _libc
    if _libc is None:
        _libc = False
        if sys.platform.startswith("linux"):
            try:
                import ctypes

                candidate = ctypes.CDLL("libc.so.6")
                candidate.malloc_trim  # musl has no malloc_trim: AttributeError
                _libc = candidate
            except (OSError, AttributeError):
                pass
    return _libc
