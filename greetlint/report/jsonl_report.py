"""JSON Lines: one JSON object per file, written and flushed as each file finishes.

Each line is the JSON format's per-file object (``json_report.file_dict``; docs/json.md)
plus ``content_sha256`` and ``result_key`` (the file's content hash and the key of content, model
and settings that ``--resume`` matches on, see ``greetlint.resume``). Nothing is kept once written,
so a million results never sit in memory; the batch summary goes to stderr.
"""
from __future__ import annotations

import json
import os
import sys
from typing import IO, Optional

from ..model import FileResult
from .json_report import file_dict


def file_object(result: FileResult, result_key: Optional[str] = None) -> dict:
    out = file_dict(result)
    out["content_sha256"] = result.content_sha256
    out["result_key"] = result_key
    return out


def line(result: FileResult, result_key: Optional[str] = None) -> str:
    return json.dumps(file_object(result, result_key), ensure_ascii=False) + "\n"


def render(results: list[FileResult], summary, ctx) -> str:
    """The whole batch at once (the registry's interface); ``greetlint check`` streams with JsonlWriter."""
    return "".join(line(r) for r in results)


class JsonlWriter:
    """Writes one line per file and flushes it, to stdout or a file (appended to when resuming)."""

    def __init__(self, path: Optional[str] = None, append: bool = False):
        self.path = path
        self._fh: IO[str]
        if path is None:
            self._fh = sys.stdout
            return
        if append and os.path.exists(path):
            _drop_partial_last_line(path)
        self._fh = open(path, "a" if append else "w", encoding="utf-8")

    def write(self, result: FileResult, result_key: Optional[str] = None) -> None:
        self._fh.write(line(result, result_key))
        self._fh.flush()

    def close(self) -> None:
        if self._fh is not sys.stdout:
            self._fh.close()

    def __enter__(self) -> "JsonlWriter":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def _drop_partial_last_line(path: str) -> None:
    """A run killed mid-write leaves half a line; cut it so the appended lines start on their own."""
    with open(path, "rb+") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        if size == 0:
            return
        position = size
        while position > 0:
            step = min(1 << 16, position)
            fh.seek(position - step)
            chunk = fh.read(step)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                keep = position - step + newline + 1
                if keep != size:
                    fh.truncate(keep)
                return
            position -= step
        fh.truncate(0)
