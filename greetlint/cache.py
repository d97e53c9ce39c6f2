"""A cache of the expensive part of an audio file: its transcript and audio measures.

Keyed by the file's content hash, the model's identity, the recogniser settings,
the greetlint version and the versions of the numeric libraries under it, so a re-run lints (rules, reports) without decoding
or loading the model, and any change to what produced an entry misses it.
Entries are small JSON files written atomically; a broken entry is a miss.
"""
from __future__ import annotations

import hashlib
import json
import os
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
    from importlib import metadata  # reads the installed metadata; imports none of the libraries

    versions = []
    for name in _NUMERIC_LIBRARIES:
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
                return json.load(fh)
        except (OSError, ValueError):
            return None

    def put(self, key: str, value: dict[str, Any]) -> None:
        if self.folder is None:
            return
        target = self._path(key)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(value), encoding="utf-8")
            os.replace(tmp, target)
        except OSError:
            tmp.unlink(missing_ok=True)  # a read-only cache dir must not fail the lint
