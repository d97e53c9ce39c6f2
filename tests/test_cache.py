"""The transcript cache key changes with anything that changes a transcript."""
from __future__ import annotations

import sys

from greetlint import cache
from greetlint.cache import TranscriptCache


def test_key_covers_content_model_settings_and_numeric_library_versions(monkeypatch):
    base = TranscriptCache.key("audio-digest", "model-a", "settings-1")
    assert base == TranscriptCache.key("audio-digest", "model-a", "settings-1")
    assert base != TranscriptCache.key("other-digest", "model-a", "settings-1")
    assert base != TranscriptCache.key("audio-digest", "model-b", "settings-1")
    assert base != TranscriptCache.key("audio-digest", "model-a", "settings-2")
    # a different numpy (2.3 vs 2.4 give tiny.en other words on some recordings) is another entry
    monkeypatch.setattr(cache, "_library_versions", lambda: "numpy=9.9.9")
    assert base != TranscriptCache.key("audio-digest", "model-a", "settings-1")


def test_library_versions_are_read_without_importing_the_libraries():
    cache._library_versions.cache_clear()
    before = {"ctranslate2", "onnxruntime", "faster_whisper"} & set(sys.modules)
    versions = cache._library_versions()
    assert "numpy=" in versions and "ctranslate2=" in versions and "faster-whisper=" in versions
    assert {"ctranslate2", "onnxruntime", "faster_whisper"} & set(sys.modules) == before
