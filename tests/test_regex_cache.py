"""The compiled-pattern cache (greetlint/regex_cache.py) gives exactly the patterns re.compile gives.

A Pattern compares equal to another only with the same text, flags and compiled opcodes, so
``==`` against ``re.compile`` checks every lexicon pattern read back from the file opcode by
opcode; the facts read with the cache on and off must be the same too.
"""
from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from greetlint import regex_cache
from greetlint.facts import detect_kind, extract_facts
from greetlint.facts.lexicon import LEXICON_DIR, Lexicon
from greetlint.transcript import from_script


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache file of our own, and no pattern remembered in this process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("GREETLINT_REGEX_CACHE", raising=False)

    def forget():
        monkeypatch.setattr(regex_cache, "_store", None)
        monkeypatch.setattr(regex_cache, "_patterns", {})
        monkeypatch.setattr(regex_cache, "_added", 0)
        monkeypatch.setattr(regex_cache, "_used", set())

    forget()
    return forget


def every_lexicon_pattern(lexicon: Lexicon) -> list[re.Pattern]:
    """The alternation of every list of every built-in lexicon file, and each fragment alone."""
    out = []
    for path in sorted(LEXICON_DIR.glob("*.toml")):
        def walk(node, prefix):
            for key, value in node.items():
                if key == "macros":
                    continue
                if isinstance(value, dict):
                    walk(value, f"{prefix}{key}.")
                elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                    out.append(lexicon.pattern(path.stem, prefix + key))
                    out.extend(lexicon.fragment_patterns(path.stem, prefix + key))
        walk(lexicon.table(path.stem), "")
    return out


def test_patterns_read_back_from_the_file_equal_re_compile(fresh):
    first = every_lexicon_pattern(Lexicon())
    assert len(first) > 100
    regex_cache.save()
    assert regex_cache._file().is_file()

    fresh()  # a new run: every pattern now comes from the file
    parsed = []
    monkey_parse = regex_cache._parse
    regex_cache._parse = lambda *a: parsed.append(a) or monkey_parse(*a)
    try:
        again = every_lexicon_pattern(Lexicon())
    finally:
        regex_cache._parse = monkey_parse
    assert not parsed  # nothing parsed again
    assert len(again) == len(first)
    for pattern in again:
        assert pattern == re.compile(pattern.pattern, pattern.flags), pattern.pattern[:80]
        assert pattern.groupindex == re.compile(pattern.pattern, pattern.flags).groupindex


def test_a_broken_or_foreign_file_falls_back_to_re(fresh):
    regex_cache.compile(r"call (?P<who>me|us) back", re.IGNORECASE)
    regex_cache.save()
    path = regex_cache._file()
    path.write_text("{not json")
    fresh()
    pattern = regex_cache.compile(r"call (?P<who>me|us) back", re.IGNORECASE)
    assert pattern == re.compile(r"call (?P<who>me|us) back", re.IGNORECASE)
    assert pattern.search("Please CALL us back").group("who") == "us"

    path.write_text(json.dumps({"tag": "another python", "patterns": {}}))
    fresh()
    assert regex_cache.compile(r"\bthanks?\b") == re.compile(r"\bthanks?\b")


def test_an_entry_that_no_longer_compiles_is_parsed_again(fresh):
    regex_cache.compile(r"leave (a|your) message")
    regex_cache.save()
    path = regex_cache._file()
    data = json.loads(path.read_text())
    for entry in data["patterns"].values():
        entry[1] = [999999]  # not opcodes _sre accepts
    path.write_text(json.dumps(data))
    fresh()
    assert regex_cache.compile(r"leave (a|your) message") == re.compile(r"leave (a|your) message")


SENTENCES = [
    "Hi, you've reached Dana Whitfield at Orchard Lane Dental. I'm away from my desk; leave your name and "
    "number and I'll call you back within one business day. For urgent matters call 555 201 3344, extension 12.",
    "Hello, this is Marco from Bluefin Plumbing calling about your quote. Please call me back at 555 870 1290 "
    "before five today. Thanks, bye.",
    "The office is closed until Monday the fourth. We do not check this mailbox; email help at example dot com.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_facts_are_the_same_with_the_cache_on_and_off(fresh, monkeypatch, text):
    transcript = from_script(text)
    today = dt.date(2026, 3, 2)

    def read():
        lexicon = Lexicon()
        kind = detect_kind(transcript, lexicon)
        return kind, extract_facts(transcript, kind, today, lexicon)

    monkeypatch.setenv("GREETLINT_REGEX_CACHE", "0")
    off = read()
    monkeypatch.delenv("GREETLINT_REGEX_CACHE")
    fresh()
    parsed_now = read()
    regex_cache.save()
    fresh()
    from_file = read()
    assert off == parsed_now == from_file


def test_the_other_lexicon_patterns_equal_re_compile(fresh):
    from greetlint.facts.lexicon import using
    from greetlint.facts.names import _honorific_re
    from greetlint.facts.normalize import _fixes

    for _ in range(2):  # parsed now, then read back from the file
        with using(Lexicon()):
            patterns = [_honorific_re()] + [p for p, _ in _fixes()]
        assert len(patterns) > 5
        for pattern in patterns:
            assert pattern == re.compile(pattern.pattern, pattern.flags), pattern.pattern[:80]
        regex_cache.save()
        fresh()


def test_a_run_that_saves_later_keeps_what_another_run_saved_meanwhile(fresh):
    regex_cache._load()  # this run reads the file (still empty) ...
    regex_cache.compile(r"leave (a|your) message")
    path = regex_cache._file()
    path.parent.mkdir(parents=True, exist_ok=True)
    other = regex_cache._parse(r"call (me|us) back", 0)  # ... another run saves a pattern of its own ...
    path.write_text(json.dumps({"tag": regex_cache._tag(), "patterns": {"0:call (me|us) back": other}}))
    regex_cache.save()  # ... and this run saves after it
    fresh()
    parsed = []
    monkey_parse = regex_cache._parse
    regex_cache._parse = lambda *a: parsed.append(a) or monkey_parse(*a)
    try:
        assert regex_cache.compile(r"call (me|us) back") == re.compile(r"call (me|us) back")
        assert regex_cache.compile(r"leave (a|your) message") == re.compile(r"leave (a|your) message")
    finally:
        regex_cache._parse = monkey_parse
    assert not parsed  # both came from the file


def test_the_lexicon_patterns_have_one_text_whatever_the_hash_seed():
    """A pattern built from a set in hash order is a new entry (and a parse) on every run."""
    import subprocess
    import sys

    code = ("from greetlint.facts.lexicon import Lexicon, using\n"
            "from greetlint.facts.names import _honorific_re\n"
            "from greetlint.facts.message import _filler_re\n"
            "with using(Lexicon()):\n"
            "    print(_honorific_re().pattern)\n"
            "    print(_filler_re().pattern)\n")
    texts = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**__import__("os").environ, "PYTHONHASHSEED": str(seed), "GREETLINT_REGEX_CACHE": "0"}).stdout
             for seed in (1, 2, 3, 4)}
    assert len(texts) == 1


def test_a_full_file_keeps_the_entries_used_last(fresh, monkeypatch):
    monkeypatch.setattr(regex_cache, "_MAX_ENTRIES", 4)
    monkeypatch.setattr(regex_cache, "_KEEP_ENTRIES", 3)
    path = regex_cache._file()
    path.parent.mkdir(parents=True, exist_ok=True)
    old = {f"0:old{i}": regex_cache._parse(f"old{i}", 0) for i in range(4)}
    path.write_text(json.dumps({"tag": regex_cache._tag(), "patterns": old,
                                "used": {"0:old0": 100, "0:old1": 300, "0:old2": 200, "0:old3": 50}}))
    regex_cache.compile(r"press (one|two) now")  # this run's pattern: kept whatever its age
    regex_cache.save()
    data = json.loads(path.read_text())
    assert set(data["patterns"]) == {"0:press (one|two) now", "0:old1", "0:old2"}
    assert set(data["used"]) == set(data["patterns"])
