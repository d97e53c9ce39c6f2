"""Compiled regular expressions kept across runs: the lexicon's patterns without recompiling them.

The fact readers build a few hundred patterns from the lexicon (``compile_fragments``); with
macros expanded, the largest are tens of kilobytes, and ``re.compile`` parses them in pure
Python on every run: about half a second of a warm ``greetlint check`` (every transcript
cached) went there. :func:`compile` parses a pattern once per machine: it keeps the output of
``re``'s own compiler (the opcode list that ``_sre.compile`` takes) in a small JSON file in the
default cache dir and, on later runs, hands that list straight to ``_sre.compile``: the same
Pattern as ``re.compile`` gives (same opcodes, flags and groups), without parsing.

Like numba's kernels, the file is code, not results: it lives in the default cache dir whatever
``--cache-dir`` or ``--no-cache`` say, keyed by the exact Python build and ``_sre``'s opcode
version (any other interpreter reads another file), and by each pattern's text and flags. A
missing, broken or foreign file, or any failure of the fast path, falls back to ``re``'s compiler.
``GREETLINT_REGEX_CACHE=0`` turns it off.
"""
from __future__ import annotations

import atexit
import hashlib
import json
import os
import re
import sys
import threading
import time
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .filelock import exclusive

try:  # the pieces of re that compile a pattern; absent or changed on another Python: plain re.compile
    import _sre
    from re import _compiler, _parser

    import array as _array

    _FAST = (all(hasattr(m, a) for m, a in ((_sre, "compile"), (_sre, "MAGIC"), (_compiler, "_code"), (_parser, "parse")))
             and _array.array("I").itemsize == getattr(_sre, "CODESIZE", 0))
except ImportError:  # pragma: no cover
    _FAST = False

# A user who edits their lexicon adds patterns, and runs of other lexicons share the file, which every
# run reads whole (~11 kB an entry; the built-in lexicon's ~330 entries are 3.6 MB, ~35 ms to parse):
# past _MAX_ENTRIES a save keeps the _KEEP_ENTRIES used last (this run's always among them).
_MAX_ENTRIES = 800
_KEEP_ENTRIES = 500
_lock = threading.Lock()
_store: Optional[dict] = None  # "flags:pattern" -> [flags, code, groups, groupindex, indexgroup]
_added = 0
_patterns: dict = {}  # (pattern, flags) -> Pattern made in this process
_used: set = set()  # the file's entries this process looked up or added ("flags:pattern")


@lru_cache(maxsize=1)
def _tag() -> str:
    """The interpreter the opcodes belong to: its exact build and _sre's opcode version."""
    text = "\n".join((sys.version, str(getattr(_sre, "MAGIC", "")), str(getattr(_sre, "CODESIZE", "")),
                      str(getattr(_sre, "MAXREPEAT", "")), str(getattr(_sre, "MAXGROUPS", "")),
                      f"packed-{sys.byteorder}"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _file() -> Optional[Path]:
    return _file_for(os.environ.get("XDG_CACHE_HOME"), os.environ.get("GREETLINT_REGEX_CACHE", "1"))


@lru_cache(maxsize=8)
def _file_for(xdg_cache_home: Optional[str], switch: str) -> Optional[Path]:
    if not _FAST or switch == "0":
        return None
    from .cache import default_cache_dir

    return default_cache_dir() / "regex" / f"patterns-{_tag()}.json"


def _load() -> dict:
    global _store
    if _store is None:
        path = _file()
        _store = _read(path)[0] if path is not None else {}
        atexit.register(save)
    return _store


def save() -> None:
    """Add the patterns parsed in this run to the file (atomically); a failure only costs speed.

    Several greetlint runs share the file (one per user and Python build, whatever their lexicon),
    and a run saves minutes after it read it: the entries on disk now are merged with this run's,
    under an exclusive lock, so a run that ends later does not drop what another saved meanwhile
    (each dropped entry is a pattern parsed again by the next run). The file also notes when each
    entry was last used; past ``_MAX_ENTRIES`` it keeps the ``_KEEP_ENTRIES`` used last."""
    global _added
    path = _file()
    if path is None or not _added or _store is None:
        return
    with _lock:
        ours = dict(_store)
        used = set(_used)
        _added = 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with exclusive(str(path.with_name(path.name + ".lock"))):  # merged and replaced under it
            on_disk, last_used = _read(path)
            entries = {**on_disk, **ours}
            now = int(time.time())
            last_used = {name: t for name, t in last_used.items() if name in entries and isinstance(t, int)}
            last_used.update((name, now) for name in used if name in entries)
            if len(entries) > _MAX_ENTRIES:
                recent = sorted(entries, key=lambda name: (name in used, last_used.get(name, 0)), reverse=True)
                entries = {name: entries[name] for name in recent[:max(_KEEP_ENTRIES, len(used))]}
                last_used = {name: t for name, t in last_used.items() if name in entries}
            tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_text(json.dumps({"tag": _tag(), "patterns": entries, "used": last_used}, separators=(",", ":")))
            os.replace(tmp, path)
    except OSError:
        pass


def _read(path: Path) -> tuple[dict, dict]:
    """The entries in the file (none if it is missing, broken or another interpreter's), and when
    each was last used (unix seconds, by entry)."""
    patterns, times = {}, {}
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        data = None
    if isinstance(data, dict) and data.get("tag") == _tag() and isinstance(data.get("patterns"), dict):
        patterns = data["patterns"]
        times = data.get("used") if isinstance(data.get("used"), dict) else {}
    return patterns, times


# An entry's opcodes are kept packed: base64 of the machine's unsigned ints (_sre.CODESIZE bytes each).
# As a JSON list of numbers the file of the built-in lexicon's ~300 patterns was 3.3 MB and reading
# it back took a warm run 0.1-0.4 s (json's number parsing); packed, it reads in a fraction of that.
_CODE_TYPE = "I"


def _pack(code: list) -> str:
    import array
    import base64

    return base64.b64encode(array.array(_CODE_TYPE, code).tobytes()).decode("ascii")


def _unpack(packed: str) -> list:
    import array
    import base64

    return array.array(_CODE_TYPE, base64.b64decode(packed)).tolist()


def _build(pattern: str, entry: list) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, _unpack(code), groups, groupindex, tuple(indexgroup))


def _parse(pattern: str, flags: int) -> list:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for this pattern (same steps)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return [flags | parsed.state.flags, _pack(code), parsed.state.groups - 1, groupindex, indexgroup]


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - the re.compile of this module
    """``re.compile(pattern, flags)``, parsed at most once per machine (see the module's doc)."""
    key = (pattern, int(flags))
    found = _patterns.get(key)
    if found is not None:
        return found
    compiled = None
    if _FAST and isinstance(pattern, str) and _file() is not None:
        global _added
        try:
            store = _load()
            name = f"{int(flags)}:{pattern}"
            _used.add(name)
            entry = store.get(name)
            if entry is not None:
                try:
                    compiled = _build(pattern, entry)
                except Exception:  # a stale or broken entry: parse it again
                    entry = None
            if entry is None:
                entry = _parse(pattern, int(flags))
                compiled = _build(pattern, entry)
                with _lock:
                    store[name] = entry
                    _added += 1
        except Exception:
            compiled = None
    if compiled is None:
        compiled = re.compile(pattern, flags)
    return _patterns.setdefault(key, compiled)
