"""The result cache: a warm re-run reads no facts, and anything that decides a result misses it.

Recordings here are a few fixed bytes whose hearing (words, audio, measures) is put in the transcript
cache by hand, so no model and no decoding is needed: the pipeline reads the hearing as it would
after a real first run. Sentences are invented.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import pickle
from types import SimpleNamespace

import pytest

from greetlint import cache as cache_mod
from greetlint.facts import reading
from greetlint.baseline import Baseline
from greetlint.cache import TranscriptCache, file_digest
from greetlint.config import Settings
from greetlint.model import Measures, Pitch
from greetlint.pipeline import Linter, Options
from greetlint.rules_api import load_rules
from greetlint.transcribe import AsrSettings

SENTENCE = ("Hi, you've reached Dana Ortiz at Brightline Accounting. We value your business. "
            "Leave a message and I'll get back to you as soon as possible.")
TODAY = dt.date(2026, 11, 23)
STUB = SimpleNamespace(identity="stub-model", settings=AsrSettings())


def _hearing() -> dict:
    words, t = [], 0.2
    for token in SENTENCE.split():
        words.append([" " + token, round(t, 2), round(t + 0.3, 2), 0.9])
        t += 0.35
    measures = dataclasses.replace(Measures(), pitch=Pitch(median_hz=190.0, p10_hz=180.0, p90_hz=214.0,
                                                          range_semitones=3.0, voiced_s=6.0))
    return {"words": words, "measures": measures.to_json(), "waveform": [[-0.5, 0.5]] * 4,
            "audio": {"duration_s": round(t + 0.5, 3), "sample_rate": 16000, "channels": 1, "codec": "pcm_s16le",
                      "container": "wav", "file_bytes": 64, "bit_depth": 16}}


@pytest.fixture
def recording(tmp_path):
    """A recording whose hearing is in the transcript cache of tmp_path/cache."""
    path = tmp_path / "greeting.wav"
    path.write_bytes(bytes(range(64)))  # never decoded: its hearing is cached
    store = TranscriptCache(tmp_path / "cache")
    store.put(store.key(file_digest(str(path)), STUB.identity, STUB.settings.key()), _hearing())
    return str(path), store


@pytest.fixture
def readings(monkeypatch):
    """How many times the pipeline read facts from words."""
    calls = []
    real = reading.extract_facts

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(reading, "extract_facts", counted)  # the pipeline imports it where it reads facts
    return calls


def lint(recording, settings=None, rules=None, baseline=None, **options):
    path, store = recording
    options = Options(**{"today": TODAY, "kind": "greeting", **options})
    linter = Linter(rules if rules is not None else load_rules(), settings or Settings(), options, STUB, store,
                    baseline=baseline)
    return linter.lint(path)


def report(result) -> dict:
    """What a report shows of a result (its JSON), without timings."""
    from greetlint.report.json_report import file_dict

    doc = file_dict(result)
    doc.pop("timings", None)
    return doc


def codes(result) -> list[str]:
    return [f.rule for f in result.findings]


def test_a_warm_rerun_reads_no_facts_and_gives_the_same_result(recording, readings):
    first = lint(recording)
    assert len(readings) == 1 and "GL202" in codes(first)
    again = lint(recording)
    assert len(readings) == 1  # judged from the cache: no facts read, no rules run
    assert report(again) == report(first)
    assert again.analysis.settings == Settings()  # the run's own settings, not a stored copy
    assert again.score == first.score and again.grade == first.grade and again.rewrite == first.rewrite


def test_a_changed_config_option_is_judged_again(recording, readings):
    first = lint(recording)
    severities = {f.rule: f.severity for f in first.findings}
    assert severities["GL202"] != "error"
    changed = lint(recording, Settings(severity={"GL202": "error"}))
    assert len(readings) == 2
    assert {f.rule: f.severity for f in changed.findings}["GL202"] == "error"
    lint(recording)  # the first config's result is still there
    assert len(readings) == 2


def test_a_changed_rule_option_is_judged_again(recording, readings):
    assert "GL444" not in codes(lint(recording))  # a 3-semitone range passes the default 2.0
    flat = lint(recording, Settings(rule_options={"GL444": {"min-range-semitones": 4.0}}))
    assert len(readings) == 2 and "GL444" in codes(flat)


def test_select_is_judged_again(recording, readings):
    everything = lint(recording)
    only = lint(recording, Settings(select=("GL202",)))
    assert len(readings) == 2
    assert set(codes(everything)) > {"GL202"} and codes(only) == ["GL202"]


def test_a_changed_lexicon_file_is_judged_again(recording, readings, tmp_path):
    folder = tmp_path / "phrases"
    folder.mkdir()
    (folder / "cliches.toml").write_text("phrases = []\n")
    settings = Settings(lexicon_dir=folder)
    assert lint(recording, settings).analysis.facts.cliches == []
    (folder / "cliches.toml").write_text("phrases = ['''we\\s+value\\s+your\\s+business''']\n")
    changed = lint(recording, settings)
    assert len(readings) == 2
    assert [s.text for s in changed.analysis.facts.cliches] == ["We value your business"]


def test_the_day_and_the_kind_flag_are_judged_again(recording, readings):
    lint(recording)
    lint(recording, today=TODAY + dt.timedelta(days=1))
    lint(recording, kind="message")
    assert len(readings) == 3


def test_a_changed_rule_set_or_code_is_judged_again(recording, readings, monkeypatch):
    rules = load_rules()
    lint(recording, rules=rules)
    lint(recording, rules=[r for r in rules if r.code != "GL202"])
    assert len(readings) == 2
    monkeypatch.setattr(cache_mod, "_lint_code_fingerprint", lambda: "edited greetlint")
    lint(recording, rules=rules)
    assert len(readings) == 3


def test_a_cached_result_meets_the_baseline_of_its_run(recording, readings):
    first = lint(recording)
    assert first.findings
    dropped = lint(recording, baseline=Baseline(everything=True))
    assert len(readings) == 1
    assert dropped.findings == [] and [f.rule for f in dropped.baselined] == codes(first)
    assert dropped.score == 100
    from greetlint.rewrite import suggest

    assert dropped.rewrite == suggest(dropped.analysis, []) != first.rewrite  # the rewrite of what counts
    assert report(lint(recording)) == report(first)  # the stored findings are the ones before the baseline


def test_a_broken_entry_is_a_miss(recording, readings, tmp_path):
    lint(recording)
    for entry in (tmp_path / "cache" / "results").rglob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert codes(lint(recording)) and len(readings) == 2
    for entry in (tmp_path / "cache" / "results").rglob("*.pickle"):
        entry.write_bytes(pickle.dumps({"findings": []}))  # a dict, but not a result's
    assert codes(lint(recording)) and len(readings) == 3


def test_caching_off_keeps_no_result():
    off = TranscriptCache(None)
    off.put_result("key", {"findings": []})
    assert off.get_result("key") is None


def test_result_key_covers_hearing_path_and_lint_settings():
    base = TranscriptCache.result_key("hearing", "a.wav", "lint")
    assert base == TranscriptCache.result_key("hearing", "a.wav", "lint")
    assert len({base, TranscriptCache.result_key("other", "a.wav", "lint"),
                TranscriptCache.result_key("hearing", "b.wav", "lint"),
                TranscriptCache.result_key("hearing", "a.wav", "other")}) == 4


def test_lint_fingerprint_covers_each_setting_the_resume_key_did():
    rules = load_rules()
    options = Options(today=TODAY)
    base = cache_mod.lint_fingerprint(Settings(), options, rules)
    assert base == cache_mod.lint_fingerprint(Settings(source="elsewhere.toml"), options, rules)  # where it came from
    for settings in (Settings(ignore=("GL5",)), Settings(preview=True), Settings(per_file_ignores={"*.wav": ("GL1",)}),
                     Settings(thresholds=dataclasses.replace(Settings().thresholds, wpm_max=200.0))):
        assert cache_mod.lint_fingerprint(settings, options, rules) != base
    assert json.dumps(base)  # a plain string


@pytest.mark.parametrize("errno_code", ["EROFS", "ENOTDIR", "EACCES"])
def test_an_unwritable_cache_dir_still_reports_every_file(recording, readings, monkeypatch, errno_code):
    """The write of a result fails, and so does the cleanup of its temporary file (a read-only mount whose
    prefix folders exist): the lint reports the file all the same."""
    import errno
    from pathlib import Path

    def refused(self, *args, **kwargs):
        raise OSError(getattr(errno, errno_code), f"refused: {errno_code}", str(self))

    monkeypatch.setattr(Path, "write_bytes", refused)
    monkeypatch.setattr(Path, "unlink", refused)
    result = lint(recording)
    assert result.error is None and "GL202" in codes(result)
    assert report(lint(recording)) == report(result) and len(readings) == 2  # nothing stored, judged again


def test_facts_submodules_resolve_on_first_access():
    """``import greetlint.facts`` then ``greetlint.facts.<submodule>``, in a fresh interpreter where nothing else
    imported the submodule first (as a plugin's rule in a warm run)."""
    import subprocess
    import sys

    code = ("import greetlint.facts as F\n"
            "import types\n"
            "for name in ('callback', 'numbers', 'kind', 'contacts', 'lexicon', 'text'):\n"
            "    assert isinstance(getattr(F, name), types.ModuleType), name\n"
            "assert callable(F.extract_facts) and {'callback', 'numbers', 'extract_facts'} <= set(dir(F))\n"
            "try:\n"
            "    F.no_such_reader\n"
            "except AttributeError:\n"
            "    pass\n"
            "else:\n"
            "    raise SystemExit('no AttributeError')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


PLUGIN_RULE = '''
from greetlint.rules_api import Rule
from gl_invented_plugin.words import AVOID


class AvoidWords(Rule):
    """Words this (invented) company avoids."""
    code = "GL990"
    name = "avoid-words"
    category = "content"

    def check(self, analysis):
        text = analysis.transcript.text.lower()
        for word in AVOID:
            at = text.find(word)
            if at >= 0:
                yield self.finding(analysis, f"avoid {word!r}", char_start=at, char_end=at + len(word))
'''


def _plugin_rule(folder):
    """A fresh import of the invented plugin's rule (what a new process would load)."""
    import importlib
    import sys

    for name in [n for n in sys.modules if n.partition(".")[0] == "gl_invented_plugin"]:
        del sys.modules[name]
    return importlib.import_module("gl_invented_plugin.rule").AvoidWords()


def test_a_plugin_rules_edited_helper_module_or_data_is_judged_again(recording, readings, tmp_path, monkeypatch):
    """The rule's own module is unchanged; the helper module it imports its word list from is edited."""
    import sys

    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    package = tmp_path / "plug" / "gl_invented_plugin"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "rule.py").write_text(PLUGIN_RULE)
    (package / "words.py").write_text("AVOID = ('reached',)\n")
    monkeypatch.syspath_prepend(str(tmp_path / "plug"))
    monkeypatch.delitem(sys.modules, "gl_invented_plugin", raising=False)
    rules = load_rules()

    first = lint(recording, rules=[*rules, _plugin_rule(package)])
    assert [f.message for f in first.findings if f.rule == "GL990"] == ["avoid 'reached'"]
    (package / "words.py").write_text("AVOID = ('business', 'message')\n")
    edited = lint(recording, rules=[*rules, _plugin_rule(package)])
    assert len(readings) == 2
    assert sorted(f.message for f in edited.findings if f.rule == "GL990") == ["avoid 'business'", "avoid 'message'"]
    (package / "avoid.json").write_text('["message"]')  # package data counts too
    lint(recording, rules=[*rules, _plugin_rule(package)])
    assert len(readings) == 3
    lint(recording, rules=[*rules, _plugin_rule(package)])  # nothing changed: a hit
    assert len(readings) == 3
    for name in [n for n in sys.modules if n.partition(".")[0] == "gl_invented_plugin"]:
        monkeypatch.delitem(sys.modules, name)


def test_a_plugin_from_a_distribution_is_keyed_by_its_version(monkeypatch):
    """An installed (not editable) plugin: its distribution's name and version are in the key."""
    import types
    import sys

    monkeypatch.setitem(sys.modules, "gl_invented_dist", types.ModuleType("gl_invented_dist"))
    monkeypatch.setattr(cache_mod, "_distributions_of", lambda: {"gl_invented_dist": ["gl-invented"]})

    class Dist:
        def __init__(self, version):
            self.version = version

        def read_text(self, name):
            return None  # no direct_url.json: installed from an index

    from importlib import metadata

    monkeypatch.setattr(metadata, "distribution", lambda name: Dist("1.0"))
    old = cache_mod._rule_package_digest("gl_invented_dist.rules")
    assert "gl-invented=1.0" in old
    monkeypatch.setattr(metadata, "distribution", lambda name: Dist("1.1"))
    assert cache_mod._rule_package_digest("gl_invented_dist.rules") != old


@pytest.mark.parametrize("entry", [
    {"analysis": None, "findings": None, "rewrite": None, "waveform": None},
    {"analysis": 1, "findings": [], "rewrite": None, "waveform": None},
    {"analysis": "analysis", "findings": [], "rewrite": {}, "waveform": []},
])
def test_an_entry_with_wrong_typed_values_is_a_miss(recording, readings, tmp_path, entry):
    first = lint(recording)
    path, store = recording
    for stored in (tmp_path / "cache" / "results").rglob("*.pickle"):
        store.put_result(stored.stem, entry)  # written (and signed, if entries are) as the cache writes
    again = lint(recording)
    assert again.error is None and len(readings) == 2
    assert report(again) == report(first)


def test_a_tampered_or_foreign_entry_is_a_miss_never_unpickled(recording, readings, tmp_path, monkeypatch):
    """A result entry someone else wrote (a restored CI cache, a shared folder) is never loaded: an entry whose
    pickle was replaced, or one signed with another user's key, is a miss."""
    first = lint(recording)
    entries = list((tmp_path / "cache" / "results").rglob("*.pickle"))
    assert entries
    loaded = []
    monkeypatch.setattr(pickle, "loads", lambda *a, **k: loaded.append(1) or pytest.fail("unpickled"))
    for entry in entries:
        entry.write_bytes(pickle.dumps({"analysis": None}))  # a plain pickle, as an unsigned cache held
    assert report(lint(recording)) == report(first) and len(readings) == 2 and loaded == []
    for entry in entries:
        signed = bytearray(entry.read_bytes())  # rewritten, signed, by the run above
        signed[-3] ^= 0x01  # one bit of the pickle changed, signature kept
        entry.write_bytes(bytes(signed))
    assert report(lint(recording)) == report(first) and len(readings) == 3 and loaded == []


def test_another_users_key_gives_only_misses(recording, readings, tmp_path, monkeypatch):
    lint(recording)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "other-user"))  # the same cache dir, another key
    lint(recording)
    assert len(readings) == 2
    secret = cache_mod.secret_path()
    assert secret.is_file() and tmp_path / "cache" not in secret.parents
    assert secret.stat().st_mode & 0o077 == 0


def test_no_usable_key_means_no_result_cache_and_no_failure(recording, readings, monkeypatch, tmp_path):
    blocked = tmp_path / "state-is-a-file"
    blocked.write_text("")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocked))  # the key's folder cannot be made
    assert codes(lint(recording)) and codes(lint(recording))
    assert len(readings) == 2  # judged each time, nothing stored, no error


def test_the_exit_code_threshold_is_no_other_result(recording, readings):
    """--fail-level / fail-under decide only the exit code: a run with another one reads the same result."""
    first = lint(recording)
    same = lint(recording, Settings(fail_level="error", fail_under=90.0))
    assert len(readings) == 1 and report(same) == report(first)


def test_the_versions_of_phonenumbers_and_jinja2_are_in_the_result_key(monkeypatch):
    from importlib import metadata

    base = TranscriptCache.result_key("hearing", "a.wav", "lint")
    real = metadata.version
    for library in ("phonenumbers", "jinja2"):
        monkeypatch.setattr(metadata, "version", lambda name, lib=library: "0.0.1" if name == lib else real(name))
        cache_mod._judging_library_versions.cache_clear()
        assert TranscriptCache.result_key("hearing", "a.wav", "lint") != base, library
    monkeypatch.setattr(metadata, "version", real)
    cache_mod._judging_library_versions.cache_clear()
    assert TranscriptCache.result_key("hearing", "a.wav", "lint") == base


def test_the_waveform_is_stored_once_in_the_hearing(recording, readings, tmp_path, monkeypatch):
    """A hit takes the waveform (the HTML page's) from the hearing it reads anyway, and marks the hearing used
    (kept as long as its results are read); the result entry holds no second copy."""
    import os

    first = lint(recording)
    entries = list((tmp_path / "cache" / "results").rglob("*.pickle"))
    assert len(entries) == 1
    _, store = recording
    with monkeypatch.context() as patch:
        patch.setattr(cache_mod, "_is_result", lambda value: True)  # look at the entry as stored
        assert "waveform" not in store.get_result(entries[0].stem)
    (hearing,) = transcript_entries(tmp_path)
    os.utime(hearing, (1_000_000_000, 1_000_000_000))  # long unused, as a restored cache's
    again = lint(recording)
    assert len(readings) == 1 and again.waveform == first.waveform == _hearing()["waveform"]
    assert report(again) == report(first)
    assert hearing.stat().st_mtime > 1_000_000_000 and cache_mod._used(hearing)


@pytest.mark.parametrize("damage", [None, "", "{", '{"words": [', "null"], ids=["gone", "empty", "brace",
                                                                          "cut", "null"])
def test_a_result_whose_hearing_is_gone_or_broken_is_not_used(recording, readings, tmp_path, monkeypatch, damage):
    """As when the waveform was read from the hearing: a result is used only while the hearing it was judged
    from is in the cache (so the costly entry lives as long as its results are read); else the file is heard again.
    A broken hearing is a miss too, and is rewritten (it would otherwise stay, marked used on every hit, never
    pruned nor repaired)."""
    from greetlint.audio import InputError

    lint(recording)
    (hearing,) = transcript_entries(tmp_path)
    if damage is None:
        hearing.unlink()
    else:
        hearing.write_text(damage)
    decoded = []

    def decode(self, path):
        decoded.append(path)
        raise InputError("stub-decoder", "heard again")
    monkeypatch.setattr(Linter, "_preload_audio_libraries", lambda self: None)
    monkeypatch.setattr(Linter, "_decode", decode)
    again = lint(recording)
    assert decoded == [recording[0]] and again.error.code == "stub-decoder" and len(readings) == 1


def test_results_unused_for_a_week_are_pruned_at_most_once_a_day(recording, readings, tmp_path, monkeypatch):
    import os
    import time

    lint(recording)  # stores a result
    recording[1].prune()  # as at the end of a run: nothing to remove yet
    (live,) = (tmp_path / "cache" / "results").rglob("*.pickle")
    (hearing,) = transcript_entries(tmp_path)
    week = cache_mod.MAX_AGE_DAYS * 86400
    now = time.time()
    stale = live.with_name(live.parent.name + "0" * 62 + ".pickle")
    stale.write_bytes(live.read_bytes())  # an entry of another day's key, never read again
    stale_hearing = hearing.with_name(hearing.parent.name + "0" * 62 + ".json")
    stale_hearing.write_bytes(hearing.read_bytes())  # a hearing of another model or settings, never read again
    dead_write = live.with_name(f".{live.name}.123.456.tmp")  # as _write_atomic names it
    dead_write.write_bytes(b"")
    for path in (stale, stale_hearing, dead_write, live, hearing):
        os.utime(path, (now - week - 86400, now - week - 86400))
    _, store = recording
    lint(recording)  # a hit: the result and the hearing read are marked used
    assert len(readings) == 1 and live.stat().st_mtime > now - 86400 and hearing.stat().st_mtime > now - 86400
    store.prune()
    assert stale.exists()  # pruned once per process and day already

    monkeypatch.setattr(cache_mod, "_PRUNED", set())
    store.prune(now=now)
    assert stale.exists()  # the stamp says: pruned today
    os.utime(tmp_path / "cache" / cache_mod.PRUNE_STAMP, (now - 2 * 86400, now - 2 * 86400))
    monkeypatch.setattr(cache_mod, "_PRUNED", set())
    store.prune(now=now)
    assert not stale.exists() and not dead_write.exists() and live.exists()
    assert not stale_hearing.exists() and hearing.exists()  # hearings: the same policy
    lint(recording)
    assert len(readings) == 1


def transcript_entries(tmp_path):
    return list((tmp_path / "cache" / "transcripts").rglob("*.json"))


def test_a_lexicon_passed_to_the_linter_is_in_the_key(recording, readings, tmp_path):
    """A library caller passing its own Lexicon (same settings) does not get another lexicon's results."""
    from greetlint.facts.lexicon import Lexicon

    folder = tmp_path / "phrases"
    folder.mkdir()
    (folder / "cliches.toml").write_text("phrases = ['''we\\s+value\\s+your\\s+business''']\n")
    path, store = recording
    options = Options(today=TODAY, kind="greeting")
    plain = Linter(load_rules(), Settings(), options, STUB, store).lint(path)
    own = Linter(load_rules(), Settings(), options, STUB, store, lexicon=Lexicon((folder,))).lint(path)
    assert len(readings) == 2
    assert plain.analysis.facts.cliches == [] and [s.text for s in own.analysis.facts.cliches] == ["We value your business"]
