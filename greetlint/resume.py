"""``--resume out.jsonl``: skip the files an earlier, stopped run already reported.

A file counts as done when a line of the earlier JSONL report has its path and the same
``result_key``: the transcript cache's key (``TranscriptCache.key``: content hash, model
identity, recogniser settings, greetlint version, the code and numeric libraries that produce a
transcript) over the lint settings too (config, --select/--ignore, --kind, --today, the rules
loaded, the user's phrase lists). Change any of them, or the file, and it is linted again.
Files whose earlier result was an internal error (a worker lost, a bug) are linted again; bad
input (an ``error`` from the file itself) is content-keyed like any result and stays done.
"""
from __future__ import annotations

import json
from typing import Optional

from .cache import TranscriptCache, file_digest, lint_fingerprint
from .model import FileResult

SCRIPT_MODEL = "script"  # a .txt script never meets the model
RETRIED_ERRORS = frozenset({"internal-error", "worker-lost"})


class ResumeError(Exception):
    """The --resume file cannot be read."""


class ResultKeys:
    """The key of one file's result under this run's model and settings."""

    def __init__(self, settings, options, rules, transcriber=None):
        self.model_identity = transcriber.identity if transcriber is not None else None
        asr = transcriber.settings.key() if transcriber is not None else ""
        self.settings_key = asr + "\n" + lint_fingerprint(settings, options, rules)

    def key(self, result_input: str, digest: Optional[str]) -> Optional[str]:
        if digest is None:
            return None
        model = self.model_identity if result_input == "audio" and self.model_identity else SCRIPT_MODEL
        return TranscriptCache.key(digest, model, self.settings_key)

    def key_of(self, result: FileResult) -> Optional[str]:
        return self.key(result.input, result.content_sha256)


def fill_digest(result: FileResult) -> FileResult:
    """Set the result's content hash from its file, when the file can be read."""
    if result.content_sha256 is None:
        try:
            result.content_sha256 = file_digest(result.path)
        except OSError:
            pass
    return result


class Reported:
    """The files an earlier JSONL report holds: path -> (result_key, the line)."""

    def __init__(self, entries: dict[str, tuple[str, dict]]):
        self.entries = entries

    @classmethod
    def load(cls, path: str) -> "Reported":
        entries: dict[str, tuple[str, dict]] = {}
        try:
            fh = open(path, encoding="utf-8")
        except FileNotFoundError:
            return cls(entries)  # nothing reported yet: the first run can already name its resume file
        except OSError as exc:
            raise ResumeError(f"cannot read {path}: {exc.strerror or exc}") from None
        with fh:
            for text in fh:
                try:
                    entry = json.loads(text)
                except ValueError:
                    continue  # the half-written last line of a killed run
                if not isinstance(entry, dict) or not entry.get("result_key") or not entry.get("path"):
                    continue
                error = entry.get("error") or {}
                if error.get("code") in RETRIED_ERRORS:
                    continue
                entries[entry["path"]] = (entry["result_key"], _summary_of(entry))
        return cls(entries)

    def done(self, path: str, result_input: str, keys: ResultKeys) -> Optional[dict]:
        """The earlier line's summary fields if this file was reported under the same key, else None."""
        earlier = self.entries.get(path)
        if earlier is None:
            return None
        try:
            digest = file_digest(path)
        except OSError:
            return None
        return earlier[1] if keys.key(result_input, digest) == earlier[0] else None


def _summary_of(entry: dict) -> dict:
    """What the batch summary needs from a line (the rest is not kept in memory)."""
    return {"error": entry.get("error"), "score": entry.get("score"),
            "findings": [{"severity": f.get("severity")} for f in entry.get("findings") or () if isinstance(f, dict)]}
