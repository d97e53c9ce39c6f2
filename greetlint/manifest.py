"""``--manifest FILE``: the inputs from a list instead of from walking folders.

Formats, by extension: ``.csv`` (a header row with a ``path`` column), ``.jsonl``/``.ndjson``
(one object per line with a ``path`` key), anything else one path per line (blank lines and
lines starting with ``#`` skipped). Relative paths are relative to the manifest's own folder,
so a manifest written next to the recordings works from any directory. A folder in the list is
walked as on the command line.
"""
from __future__ import annotations

import csv
import json
import os
from typing import Iterator


class ManifestError(Exception):
    """The manifest cannot be read or has no ``path`` column."""


def read_manifest(manifest: str) -> Iterator[str]:
    base = os.path.dirname(os.path.abspath(manifest))
    try:
        fh = open(manifest, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ManifestError(f"cannot read manifest {manifest}: {exc.strerror or exc}") from None
    with fh:
        suffix = os.path.splitext(manifest)[1].lower()
        if suffix == ".csv":
            entries = _csv_paths(fh, manifest)
        elif suffix in (".jsonl", ".ndjson"):
            entries = _jsonl_paths(fh, manifest)
        else:
            entries = (line.strip() for line in fh if line.strip() and not line.lstrip().startswith("#"))
        try:
            for entry in entries:
                yield entry if os.path.isabs(entry) else os.path.normpath(os.path.join(base, entry))
        except UnicodeDecodeError:
            raise ManifestError(f"manifest {manifest} is not UTF-8 text") from None


def _csv_paths(fh, manifest: str) -> Iterator[str]:
    reader = csv.DictReader(fh)
    if not reader.fieldnames or "path" not in reader.fieldnames:
        raise ManifestError(f"manifest {manifest} has no 'path' column (header: {', '.join(reader.fieldnames or [])})")
    for row in reader:
        if (row.get("path") or "").strip():
            yield row["path"].strip()


def _jsonl_paths(fh, manifest: str) -> Iterator[str]:
    for number, text in enumerate(fh, 1):
        if not text.strip():
            continue
        try:
            entry = json.loads(text)
        except ValueError:
            raise ManifestError(f"{manifest}:{number}: not a JSON object") from None
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            raise ManifestError(f"{manifest}:{number}: no 'path' string")
        yield entry["path"]
