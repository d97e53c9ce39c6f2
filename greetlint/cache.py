"""The cache of an audio file's hearing (transcript and audio measures) and of what was judged from it.

Two kinds of entry, in one folder:

- ``transcripts/``: what the recogniser heard and the audio measures, keyed by the file's content hash, the
  model's identity, the recogniser settings, the greetlint version, the code that produces them and the
  versions of the numeric libraries under it, so a re-run lints (rules, reports) without decoding or loading
  the model, and any change to what produced an entry misses it. Small JSON files.
- ``results/``: the analysis (kind, facts, delivery) and the rule findings read from one hearing, as ruff
  caches a file's diagnostics: keyed by the hearing's key, the file's path (per-file config), and
  :func:`lint_fingerprint` (config and flags, the rules loaded with each plugin's distribution and files, the
  user's phrase lists), the code of greetlint and the libraries that judge (phonenumbers, jinja2), so a warm
  re-run with nothing changed reads no facts at all, and a changed config option, rule option, ``--select``,
  lexicon file or line of code misses it. A hit reads the hearing too, for its waveform (the HTML report's),
  kept there alone: a result is used only while its hearing is there and sound (a broken one is a miss, heard
  again), and the read marks the hearing used. Pickles of the result's dataclasses, each signed with an HMAC (sha256) keyed by a per-user secret
  kept outside the cache folder (:func:`secret_path`, made 0600 on first use): an entry this user's
  greetlint did not write (a cache restored in CI, copied, shared or edited) fails the check and is a miss,
  never unpickled.

Entries are written atomically; a broken entry is a miss. An entry of either kind unused for MAX_AGE_DAYS
is removed by the one pruning (:meth:`TranscriptCache.prune`, at the end of a run, after its report, at most
once a day per folder), which like ``greetlint cache clean`` touches only the files named by :data:`_LAYOUT`.
"""
from __future__ import annotations

import contextlib
import dataclasses
import errno
import hashlib
import hmac
import json
import os
import pickle
import re
import sys
import threading
import time
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from . import __version__


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "greetlint"


def file_digest(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# the modules whose code produces a cache entry: editing one must not serve stale entries
# renumber.py reads its hearings with facts/numbers.py and facts/spoken.py
_PRODUCERS = ("audio.py", "transcribe.py", "batching.py", "renumber.py", "facts/numbers.py", "facts/spoken.py", "measures.py")


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in _PRODUCERS:
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            digest.update(name.encode())
    return digest.hexdigest()


# the libraries whose numbers reach a transcript or a measure: numpy 2.3 and 2.4 give log-mel
# features a few ulp apart, which tiny.en can decode into other words
_NUMERIC_LIBRARIES = ("numpy", "scipy", "ctranslate2", "faster-whisper", "onnxruntime", "av", "tokenizers", "pyloudnorm",
                      "librosa", "numba")
# the shape of an entry: 2 = measures as greetlint.model.Measures.to_json(), nothing transcript-derived in them
FORMAT_VERSION = 2


@lru_cache(maxsize=1)
def _library_versions() -> str:
    return _versions(_NUMERIC_LIBRARIES)


# the libraries that decide a result besides greetlint's code: phonenumbers which typed numbers are facts
# (facts/numbers.py), jinja2 the rewrite
_JUDGING_LIBRARIES = ("phonenumbers", "jinja2")


@lru_cache(maxsize=1)
def _judging_library_versions() -> str:
    return _versions(_JUDGING_LIBRARIES)


def _versions(names) -> str:
    from importlib import metadata  # reads the installed metadata; imports none of the libraries

    versions = []
    for name in names:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=-")
    return ",".join(versions)


class TranscriptCache:
    def __init__(self, folder: Optional[Path]):
        self.folder = folder  # None: caching off

    @staticmethod
    def key(content_digest: str, model_identity: str, settings_key: str) -> str:
        text = "\n".join((f"format={FORMAT_VERSION}", content_digest, model_identity, settings_key, __version__, _code_fingerprint(),
                          _library_versions()))
        return hashlib.sha256(text.encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / "transcripts" / key[:2] / f"{key}.json"

    def get(self, key: str) -> Optional[dict[str, Any]]:
        if self.folder is None:
            return None
        try:
            with open(self._path(key), encoding="utf-8") as fh:
                value = json.load(fh)
        except (OSError, ValueError):
            return None
        _mark_used(self._path(key))
        return value

    def put(self, key: str, value: dict[str, Any]) -> None:
        if self.folder is not None:
            _remember(self._path(key))
            _write_atomic(self._path(key), json.dumps(value).encode())

    # -- results: what was judged from a hearing ------------------------------------------------
    @staticmethod
    def result_key(hearing_key: str, path: str, lint_key: str) -> str:
        """The key of the result judged from the hearing `hearing_key` of the file at `path` under `lint_key`
        (:func:`lint_fingerprint` of the run)."""
        text = "\n".join((f"result-format={RESULT_FORMAT_VERSION}", hearing_key, path, lint_key, _lint_code_fingerprint(),
                          sys.version, _judging_library_versions()))
        return hashlib.sha256(text.encode()).hexdigest()

    def _result_path(self, key: str) -> Path:
        return self.folder / "results" / key[:2] / f"{key}.pickle"

    def get_result(self, key: str) -> Optional[dict[str, Any]]:
        if self.folder is None:
            return None
        secret = result_secret()
        if secret is None:
            return None
        try:
            with open(self._result_path(key), "rb") as fh:
                signed = fh.read()
        except OSError:
            return None
        mac, payload = signed[:_MAC_BYTES], signed[_MAC_BYTES:]
        if not hmac.compare_digest(mac, _sign(secret, key, payload)):
            return None  # not written by this user's greetlint (a restored, shared or edited cache): never unpickled
        try:
            value = pickle.loads(payload)
        except Exception:  # noqa: BLE001 - from a class that no longer loads: a miss
            return None
        if not _is_result(value):
            return None
        _mark_used(self._result_path(key))
        return value

    def put_result(self, key: str, value: dict[str, Any]) -> None:
        if self.folder is None:
            return
        secret = result_secret()
        if secret is None:
            return
        try:
            data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - a plugin's finding that does not pickle: judged again next time
            return
        _remember(self._result_path(key))
        _write_atomic(self._result_path(key), _sign(secret, key, data) + data)

    def prune(self, now: Optional[float] = None) -> None:
        """The one pruning of the cache, for every kind of entry (ENTRY_KINDS: hearings and results): remove
        entries not used for MAX_AGE_DAYS (a result's key holds the day, the config and the code, a hearing's
        the model, the settings and the code, so many are never read again), and temporary files of a write
        that died. Only files greetlint wrote, by their exact names (greetlint_files: _LAYOUT), no link
        followed. Called at the END of a run (``greetlint check``/``fix``: cli._prune_cache, after the report is
        out), after the run's reads have marked its entries used (a cache restored with old mtimes loses nothing
        the run reads); at most once a day per cache folder (the ``.pruned`` stamp) and per process; best
        effort (a read-only folder is left as it is).
        An entry this process read or wrote (_USED) is never removed, even when its mtime could not be set (a
        shared cache whose entries another user wrote: utime needs the owner, unlink only the folder's write bit)."""
        if self.folder is None:
            return
        with _PRUNED_LOCK:
            if self.folder in _PRUNED:
                return
            _PRUNED.add(self.folder)
        now = time.time() if now is None else now
        stamp = self.folder / PRUNE_STAMP
        try:
            info = stamp.lstat()
            if not _is_stamp(info):
                stamp = None  # a file of that name greetlint did not write (not an empty file): left as it is
            elif now - info.st_mtime < PRUNE_EVERY_S:
                return
        except OSError:
            pass
        if not self.folder.is_dir():
            return
        unused_since = now - MAX_AGE_DAYS * 86400
        dead_since = now - PRUNE_EVERY_S  # a day is far past any write
        for path, _, role, info in greetlint_files(self.folder, ENTRY_KINDS):
            limit = {"entry": unused_since, "temp": dead_since}.get(role)
            if limit is not None and info.st_mtime < limit and not _used(path):
                with contextlib.suppress(OSError):
                    path.unlink()
        if stamp is not None:
            with contextlib.suppress(OSError):
                stamp.touch()
                os.utime(stamp, (now, now))


def _mark_used(path: Path) -> None:
    """An entry read is used: its mtime (atime is often not kept) keeps it from another process's
    TranscriptCache.prune, and this process remembers it (_USED), which keeps it from its own even when the
    mtime cannot be set (not the file's owner)."""
    _remember(path)
    with contextlib.suppress(OSError):
        os.utime(path)


def _remember(path: Path) -> None:
    """This process read or wrote the entry at `path`: its own pruning spares it."""
    _USED.add(os.path.abspath(path))


def _used(path: Path) -> bool:
    return os.path.abspath(path) in _USED


def _is_stamp(info: os.stat_result) -> bool:
    """A ``.pruned`` stamp as greetlint writes it: an empty regular file (a user's file of that name is not)."""
    import stat

    return stat.S_ISREG(info.st_mode) and info.st_size == 0


def is_current_folder(folder) -> bool:
    """`folder` is the current folder (False if either cannot be read)."""
    try:
        return os.path.samefile(folder, ".")
    except OSError:
        return False


# entries of every kind unused for this long are removed (greetlint prunes at most once a day per folder)
MAX_AGE_DAYS = 7
PRUNE_EVERY_S = 86400
PRUNE_STAMP = ".pruned"  # in the cache folder: when it was last pruned
_PRUNED: set[Path] = set()  # folders this process pruned (or decided not to)
_PRUNED_LOCK = threading.Lock()  # hearings are stored from worker threads
_USED: set[str] = set()  # absolute paths of the entries this process read or wrote: its pruning spares them


# -- the signature of result entries ---------------------------------------------------------------
_MAC_BYTES = 32  # hmac-sha256


def _sign(secret: bytes, key: str, payload: bytes) -> bytes:
    return hmac.new(secret, key.encode() + b"\0" + payload, hashlib.sha256).digest()


def secret_path() -> Path:
    """The per-user key that signs result entries: in the user's state (not cache) folder, the same whatever
    ``--cache-dir`` says, so copying, restoring or sharing a cache folder never carries it."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.join(os.path.expanduser("~"), "AppData", "Local")
        return Path(base) / "greetlint" / "state" / "result-key"
    if sys.platform == "darwin":
        return Path(os.path.expanduser("~")) / "Library" / "Application Support" / "greetlint" / "result-key"
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(base) / "greetlint" / "result-key"


_SECRETS: dict[Path, Optional[bytes]] = {}


def result_secret() -> Optional[bytes]:
    """This user's key for result entries (made on first use, 0600), or None if it cannot be read or made
    safely (then results are neither read nor written; transcripts still are)."""
    path = secret_path()
    if path not in _SECRETS:
        _SECRETS[path] = _read_or_make_secret(path)
    return _SECRETS[path]


def _read_or_make_secret(path: Path) -> Optional[bytes]:
    import secrets

    try:
        return _read_secret(path)
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(secrets.token_bytes(32))
        try:
            os.link(tmp, path)  # the first process to make a key wins; the others read it
        except FileExistsError:
            pass
        except OSError:
            os.replace(tmp, path)  # no hard links here
        with contextlib.suppress(OSError):
            tmp.unlink()
        return _read_secret(path)
    except OSError:
        return None


def _read_secret(path: Path) -> Optional[bytes]:
    with open(path, "rb") as fh:
        if hasattr(os, "getuid"):
            info = os.fstat(fh.fileno())
            if info.st_uid != os.getuid() or info.st_mode & 0o077:
                return None  # another user's, or readable/writable by others: not a secret
        secret = fh.read()
    return secret if len(secret) >= 16 else None


def _write_atomic(target: Path, data: bytes) -> None:
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{id(data)}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError:  # a read-only, full or unwritable cache dir must not fail the lint: writing is best effort
        with contextlib.suppress(OSError):  # EROFS / ENOTDIR / EACCES from the cleanup too, not only ENOENT
            tmp.unlink(missing_ok=True)


def _is_result(value: Any) -> bool:
    """The one check of a result entry's shape: anything else (another dict, wrong-typed values) is a miss."""
    from .model import Analysis, Finding

    return (isinstance(value, dict) and isinstance(value.get("analysis"), Analysis)
            and isinstance(value.get("findings"), list) and all(isinstance(f, Finding) for f in value["findings"])
            and isinstance(value.get("rewrite", False), (dict, type(None))))


# the shape of a result entry (greetlint.pipeline.Linter: the analysis without its settings, the findings
# before a baseline, the rewrite of those findings; the waveform is read from the hearing)
# 2: signed (hmac-sha256 of the key and the pickle, then the pickle); 3: no waveform (read from the hearing);
# 4: carried the waveform packed for a day (a hit reads and parses the hearing anyway, so that copy was dropped)
RESULT_FORMAT_VERSION = 5
_PACKAGE_DATA = (".py", ".toml", ".json", ".txt", ".html", ".css", ".js")


def _digest_package(digest, root: Path, suffixes: tuple[str, ...]) -> None:
    """Add every file of the package folder `root` with one of `suffixes` (name and content) to `digest`."""
    for path in sorted(p for p in root.rglob("*") if p.suffix in suffixes and "__pycache__" not in p.parts):
        digest.update(f"\0{path.relative_to(root)}\0".encode())
        with contextlib.suppress(OSError):
            digest.update(path.read_bytes())


@lru_cache(maxsize=1)
def _lint_code_fingerprint() -> str:
    """Every source and data file of greetlint and of its built-in rules (an edited rule, fact reader,
    lexicon or template is another result)."""
    import greetlint.rules as builtin_rules

    digest = hashlib.sha256(__version__.encode())
    for root in (Path(__file__).parent, *(Path(p) for p in builtin_rules.__path__)):
        _digest_package(digest, root, _PACKAGE_DATA)
    return digest.hexdigest()


# a plugin's files that can decide its rules' output: code, and data it reads (word lists, settings)
_PLUGIN_DATA = (".py", ".toml", ".json", ".txt")


@lru_cache(maxsize=1)
def _distributions_of() -> dict[str, list[str]]:
    """Top-level module -> the installed distributions providing it (read once: installs do not change mid-run)."""
    from importlib import metadata

    return metadata.packages_distributions()


def _installed_from_a_path(dist) -> bool:
    """An editable (``pip install -e``) or local-folder install: its files change without a new version."""
    try:
        direct = json.loads(dist.read_text("direct_url.json") or "{}")
    except (OSError, ValueError):
        return False
    return "dir_info" in direct


def _rule_package_digest(module_name: str) -> str:
    """What a (plugin) rule's output depends on besides its options: the distribution that provides its
    top-level package (name and version), and, for an editable or path install or a package from no
    distribution, every source and data file of that package (a helper module, a word list). greetlint's own
    files are in :func:`_lint_code_fingerprint`, not here."""
    from importlib import metadata

    top = module_name.partition(".")[0]
    parts = [top]
    hash_files = True
    names = _distributions_of().get(top, [])
    for name in sorted(set(names)):
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            parts.append(f"{name}=-")
            continue
        parts.append(f"{name}={dist.version}")
        hash_files = hash_files and _installed_from_a_path(dist)
    if names and not hash_files:
        return "\n".join(parts)
    module = sys.modules.get(top)
    roots = [Path(p) for p in getattr(module, "__path__", None) or ()]
    digest = hashlib.sha256()
    if roots:
        for root in roots:
            _digest_package(digest, root, _PLUGIN_DATA)
    elif getattr(module, "__file__", None):  # a single-module plugin
        with contextlib.suppress(OSError):
            digest.update(Path(module.__file__).read_bytes())
    else:
        digest.update(b"-")
    return "\n".join((*parts, digest.hexdigest()))


# settings that decide no file's result: where they came from, and the exit code's threshold (--fail-level)
_NOT_RESULTS = frozenset({"source", "fail_level", "fail_under"})


def lint_fingerprint(settings, options, rules, lexicon_dirs=None) -> str:
    """Everything besides the recording, the model and greetlint's own code that decides a file's findings
    and score: the config and flags (``--select``, ``--kind``, ``--today``, each rule's options, ...), the
    rules loaded (with each plugin's distribution and, installed from a folder, every file of its package, so an
    edited helper module or word list counts) and the user's phrase lists. Not the exit code's threshold.
    The result cache's key and ``--resume``'s (greetlint.resume) both use it. `lexicon_dirs`: the user folders of
    the Lexicon in force, if not the settings' ``lexicon-dir`` alone.
    """
    doc = {
        "settings": {k: v for k, v in dataclasses.asdict(settings).items() if k not in _NOT_RESULTS},
        "options": dataclasses.asdict(options),  # --kind, --today, --max-duration, ...
        "rules": [f"{type(r).__module__}.{type(r).__qualname__}:{r.code}" for r in rules],
        # each plugin's package and distribution (greetlint's own rules are in _lint_code_fingerprint)
        "rule_code": sorted({_rule_package_digest(m) for m in {type(r).__module__ for r in rules}
                             if m.partition(".")[0] != "greetlint"}),
        # the phrase-list folders of the lexicon in force (a Linter's own, which an API caller may pass)
        "lexicon": [_folder_digest(d) for d in (lexicon_dirs if lexicon_dirs is not None
                                                else () if settings.lexicon_dir is None else (settings.lexicon_dir,))],
    }
    return hashlib.sha256(json.dumps(doc, sort_keys=True, default=str).encode()).hexdigest()


def _folder_digest(folder) -> Optional[str]:
    """The user's phrase lists (``lexicon-dir``: one ``<name>.toml`` per built-in list it extends)."""
    if folder is None:
        return None
    digest = hashlib.sha256()
    for path in sorted(Path(folder).glob("*.toml")):
        digest.update(path.name.encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            pass
    return digest.hexdigest()


# -- what greetlint keeps in a cache folder (``greetlint cache info`` / ``clean`` and the pruning) ------------
# THE one definition of "a file greetlint wrote in a cache folder": its exact path inside the folder, one
# regular expression per part (nothing looser than the names greetlint's writers make), with its kind and its
# role. Roles: "entry" (a hearing or a result, or compiled code), "temp" (the temporary file of an atomic
# write: _write_atomic, regex_cache), "stamp" (a fixed-name marker), "lock" (a file another greetlint process
# may hold a lock on: never removed, since unlinking it defeats the lock). `default_only`: written only in
# the default folder (default_cache_dir()) whatever --cache-dir says, so never greetlint's elsewhere.
# Only regular files count (greetlint writes no links); no directory is entered but the ones these name,
# and no link to a directory is followed below the folder (a folder that is itself a link is followed: the walk
# starts at its target). Everything else in the folder is never counted, pruned or removed.
_HEX64 = r"[0-9a-f]{64}"
_PID_TMP = r"\.[0-9]+\.[0-9]+\.tmp"  # .<pid>.<id>.tmp (_write_atomic, regex_cache._save)
_LAYOUT: tuple[tuple[str, tuple[str, ...], str, bool], ...] = (
    # (kind, path parts, role, default_only); an entry's name begins with the name of its folder (key[:2])
    ("transcripts", ("transcripts", r"[0-9a-f]{2}", _HEX64 + r"\.json"), "entry", False),
    ("transcripts", ("transcripts", r"[0-9a-f]{2}", r"\." + _HEX64 + r"\.json" + _PID_TMP), "temp", False),
    ("results", ("results", r"[0-9a-f]{2}", _HEX64 + r"\.pickle"), "entry", False),
    ("results", ("results", r"[0-9a-f]{2}", r"\." + _HEX64 + r"\.pickle" + _PID_TMP), "temp", False),
    ("results", ("results", r"\.pruned"), "stamp", False),  # the stamp of greetlint before one pruning for every kind
    ("other", ("model-verified",), "stamp", False),  # transcribe._verify_default_model's stamp (--cache-dir too)
    ("other", (r"\.pruned",), "stamp", False),  # PRUNE_STAMP
    # code compiled once per machine, kept in the default folder whatever --cache-dir says: numba's kernels
    # (measures.preload: <module>_<sha1>/<function>-<line>.py<ver>[.<n>].nb[ic]), the parsed patterns
    # (regex_cache: patterns-<tag>.json) and the compiled templates (rewrite: jinja2's __jinja2_<sha1>.cache)
    ("compiled", ("numba", r"[A-Za-z0-9_.]+_[0-9a-f]{40}", r"[^/]+-[0-9]+\.py[0-9]+(?:\.[0-9]+\.nbc|\.nbi)"), "entry", True),
    ("compiled", ("numba", r"\.greetlint\.lock"), "lock", True),
    ("compiled", ("regex", r"patterns-[0-9a-f]{16}\.json"), "entry", True),
    ("compiled", ("regex", r"patterns-[0-9a-f]{16}\.json" + _PID_TMP), "temp", True),
    ("compiled", ("regex", r"patterns-[0-9a-f]{16}\.json\.lock"), "lock", True),
    ("compiled", (r"templates-[0-9][0-9A-Za-z.+-]*", r"__jinja2_[0-9a-f]{40}\.cache"), "entry", True),
    ("compiled", ("templates", r"__jinja2_[0-9a-f]{40}\.cache"), "entry", True),  # the folder before 0f7f9e1
)
CACHE_KINDS = ("transcripts", "results", "compiled", "other")
ENTRY_KINDS = ("transcripts", "results")  # the kinds of entry the pruning removes once unused
_COMPILED_LAYOUT = tuple((kind, tuple(re.compile(p) for p in parts), role, default_only)
                         for kind, parts, role, default_only in _LAYOUT)


def _is_default(folder: Path) -> bool:
    try:
        return os.path.samefile(folder, default_cache_dir())
    except OSError:
        return False


def _layout_for(folder: Path, kinds=None):
    default = _is_default(folder)
    return tuple(item for item in _COMPILED_LAYOUT
                 if (default or not item[3]) and (kinds is None or item[0] in kinds))


def _kind_of(layout, parts: tuple[str, ...]) -> Optional[tuple[str, str]]:
    """(kind, role) of the file at `parts` inside the cache folder, if greetlint wrote it, else None."""
    for kind, globs, role, _ in layout:
        if len(globs) == len(parts) and all(g.fullmatch(p) for p, g in zip(parts, globs)):
            if kind in ENTRY_KINDS and len(parts) == 3 and not parts[2].lstrip(".").startswith(parts[1]):
                continue  # an entry lives in the folder named by its key's first two digits
            return kind, role
    return None


def _may_hold(layout, parts: tuple[str, ...]) -> bool:
    """Whether the directory at `parts` (inside the cache folder) is one a pattern of the layout names."""
    return any(len(globs) > len(parts) and all(g.fullmatch(p) for p, g in zip(parts, globs)) for _, globs, _, _ in layout)


_MODEL_STAMP = ("model-verified",)
# what transcribe._verify_default_model writes in it: <model file>:<size>:<mtime ns>:<sha256>
_MODEL_STAMP_TEXT = re.compile(r".+:[0-9]+:[0-9]+:[0-9a-f]{64}")


def _is_model_stamp(path: str) -> bool:
    """A file named model-verified that holds what greetlint writes there (a user's file of that name does not)."""
    try:
        with open(path, "rb") as fh:
            text = fh.read(4097)
    except OSError:
        return False
    return len(text) <= 4096 and _MODEL_STAMP_TEXT.fullmatch(text.decode("utf-8", "replace")) is not None


def greetlint_files(folder: Path, kinds=None):
    """(path, kind, role, lstat) of every file greetlint wrote in `folder` (of `kinds`, default all), by _LAYOUT:
    os.scandir, no link followed below `folder`, only the directories the layout names entered. Also yields
    (directory, None, "directory", None) for each directory entered, after its files."""
    layout = _layout_for(folder, kinds)

    def walk(directory: str, parts: tuple[str, ...]):
        try:
            with os.scandir(directory) as it:
                children = list(it)
        except OSError:
            return
        for child in children:
            here = (*parts, child.name)
            try:
                if child.is_dir(follow_symlinks=False):
                    if _may_hold(layout, here):
                        yield from walk(child.path, here)
                        yield Path(child.path), None, "directory", None
                    continue
                if not child.is_file(follow_symlinks=False):
                    continue  # a link or anything else greetlint never writes
                found = _kind_of(layout, here)
                if found is None or (here == _MODEL_STAMP and not _is_model_stamp(child.path)):
                    continue
                info = child.stat(follow_symlinks=False)
                if found[1] == "stamp" and here != _MODEL_STAMP and not _is_stamp(info):
                    continue  # a .pruned greetlint did not write (it writes them empty)
            except OSError:
                continue
            yield Path(child.path), found[0], found[1], info

    yield from walk(str(folder), ())


@dataclasses.dataclass
class KindContents:
    entries: int = 0
    files: int = 0
    size: int = 0  # bytes
    oldest: Optional[float] = None  # the earliest mtime of an entry: written, or last used for transcripts and results
    paths: list = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class CacheContents:
    folder: Path
    exists: bool
    kinds: dict  # kind -> KindContents, in CACHE_KINDS order
    directories: list = dataclasses.field(default_factory=list)  # the ones of _LAYOUT found (entered), deepest first
    locks: list = dataclasses.field(default_factory=list)  # lock files: neither counted nor removed

    @property
    def files(self) -> int:
        return sum(k.files for k in self.kinds.values())

    @property
    def size(self) -> int:
        return sum(k.size for k in self.kinds.values())


def cache_contents(folder: Path) -> CacheContents:
    """What greetlint keeps in `folder`, by kind (greetlint_files: no symbolic link followed below the folder
    itself). Raises NotADirectoryError if `folder` is a file, OSError if it cannot be listed."""
    kinds = {kind: KindContents() for kind in CACHE_KINDS}
    directories: list[Path] = []
    locks: list[Path] = []
    folder = Path(folder)
    if not folder.exists():
        return CacheContents(folder, False, kinds)
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(folder))
    os.listdir(folder)  # unreadable: the caller says so (a walk would hide it)
    for path, kind_name, role, info in greetlint_files(folder):
        if role == "directory":
            directories.append(path)
            continue
        if role == "lock":
            locks.append(path)
            continue
        kind = kinds[kind_name]
        kind.files += 1
        kind.size += info.st_size
        kind.paths.append(path)
        if role == "entry":
            kind.entries += 1
            kind.oldest = info.st_mtime if kind.oldest is None else min(kind.oldest, info.st_mtime)
    return CacheContents(folder, True, kinds, directories, locks)


@dataclasses.dataclass
class Cleaned:
    removed: dict  # kind -> (files, bytes) removed
    failed: int  # files that could not be removed
    error: Optional[str]  # the first failure's reason
    folder_removed: bool  # the folder itself is gone (it held nothing else)
    found: int = 0  # greetlint's files found (locks aside)
    locks: list = dataclasses.field(default_factory=list)  # lock files kept (another greetlint may hold them)


def clean_cache(folder: Path, contents: Optional[CacheContents] = None) -> Cleaned:
    """Remove every file greetlint wrote in `folder` (cache_contents, or the `contents` already read) but its
    lock files, then the directories this left empty (only ones it removed something from: a user's empty
    folder named like the layout's is kept), then `folder` if nothing else is left in it and it is not the
    current folder. Nothing else is touched."""
    contents = cache_contents(folder) if contents is None else contents
    removed: dict[str, tuple[int, int]] = {}
    failed, error = 0, None
    emptied: set[Path] = set()  # the directories clean removed something from
    for kind, held in contents.kinds.items():
        files = size = 0
        for path in held.paths:
            try:
                bytes_ = path.lstat().st_size
                path.unlink()
            except FileNotFoundError:  # pruned or replaced meanwhile
                continue
            except OSError as exc:
                failed += 1
                error = error or (exc.strerror or str(exc))
                continue
            files, size = files + 1, size + bytes_
            emptied.add(path.parent)
        if files:
            removed[kind] = (files, size)
    # the directories of _LAYOUT, deepest first: rmdir removes only the empty ones, and only those this
    # clean removed a file or a folder from
    for directory in contents.directories:
        if directory not in emptied:
            continue
        with contextlib.suppress(OSError):
            directory.rmdir()
            emptied.add(directory.parent)
    folder_removed = False
    if removed and not failed and not is_current_folder(folder):
        with contextlib.suppress(OSError):
            Path(folder).rmdir()
            folder_removed = True
    return Cleaned(removed, failed, error, folder_removed, contents.files, contents.locks)
