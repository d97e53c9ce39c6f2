"""``greetlint cache info`` and ``greetlint cache clean``: what greetlint keeps in a cache folder, and only that."""
from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from greetlint import cache as cache_mod
from greetlint.cache import TranscriptCache, cache_contents, clean_cache
from greetlint.cli import main

DAY = 86400.0
# a fixed point in time for the entries' mtimes (2026-01-15 12:00 UTC): no wall clock in the assertions
JAN_15 = 1768478400.0


def invoke(*args):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def fill(folder: Path) -> dict[str, Path]:
    """A cache folder as greetlint leaves it: two hearings, one result, a dead write, compiled code, the stamp."""
    cache = TranscriptCache(folder)
    keys = ["ab" + "1" * 62, "cd" + "2" * 62]
    for key in keys:
        cache.put(key, {"text": "invented words for a test", "words": []})
    (folder / cache_mod.PRUNE_STAMP).unlink()  # the first write pruned (nothing yet): as if never pruned
    cache_mod._PRUNED.discard(folder)
    hearing = folder / "transcripts" / "ab" / f"{keys[0]}.json"
    newer = folder / "transcripts" / "cd" / f"{keys[1]}.json"
    result = folder / "results" / "ef" / ("ef" + "3" * 62 + ".pickle")
    result.parent.mkdir(parents=True)
    result.write_bytes(b"x" * 100)
    dead = folder / "results" / "ef" / f".{result.name}.123.456.tmp"
    dead.write_bytes(b"")
    kernel = folder / "numba" / "librosa_0123" / "core.spectrum-12.py311.nbi"
    kernel.parent.mkdir(parents=True)
    kernel.write_bytes(b"k" * 1000)
    (folder / "regex").mkdir()
    (folder / "regex" / "patterns-0123.json").write_text("{}")
    (folder / "model-verified").write_text("stamp")
    os.utime(hearing, (JAN_15, JAN_15))
    os.utime(dead, (JAN_15, JAN_15))
    os.utime(newer, (JAN_15 + 3 * DAY, JAN_15 + 3 * DAY))
    os.utime(result, (JAN_15 + DAY, JAN_15 + DAY))
    return {"hearing": hearing, "newer": newer, "result": result, "dead": dead, "kernel": kernel}


def test_contents_by_kind_count_entries_size_and_oldest(tmp_path):
    files = fill(tmp_path / "c")
    contents = cache_contents(tmp_path / "c")
    transcripts, results = contents.kinds["transcripts"], contents.kinds["results"]
    assert (transcripts.entries, transcripts.oldest) == (2, JAN_15)
    assert transcripts.size == files["hearing"].stat().st_size + files["newer"].stat().st_size
    assert (results.entries, results.files, results.size, results.oldest) == (1, 2, 100, JAN_15 + DAY)
    assert contents.kinds["compiled"].files == 2 and contents.kinds["other"].files == 1
    assert contents.files == 7


def local(t: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(t))


def test_info_prints_the_folder_each_kind_and_the_oldest(tmp_path):
    fill(tmp_path / "c")
    code, out, err = invoke("cache", "info", "--cache-dir", str(tmp_path / "c"))
    assert code == 0 and not err
    lines = out.splitlines()
    assert lines[0] == f"cache folder: {tmp_path / 'c'}"
    transcripts = next(line for line in lines if line.split()[0] == "transcripts")
    assert "2 entries" in transcripts and local(JAN_15) in transcripts
    results = next(line for line in lines if line.split()[0] == "results")
    assert "1 entry" in results and "100 B" in results and local(JAN_15 + DAY) in results
    assert "7 files" in next(line for line in lines if line.split()[0] == "total")


def test_info_and_clean_of_a_missing_folder_say_so_and_create_nothing(tmp_path):
    missing = tmp_path / "none"
    code, out, err = invoke("cache", "info", "--cache-dir", str(missing))
    assert code == 0 and "(none yet)" in out.splitlines()[0]
    code, out, err = invoke("cache", "clean", "--cache-dir", str(missing))
    assert code == 0 and out.strip() == f"nothing to remove: no cache folder {missing}" and not err
    assert not missing.exists()


def test_the_default_folder_is_where_check_caches(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    fill(tmp_path / "greetlint")
    code, out, _ = invoke("cache", "info")
    assert code == 0 and out.splitlines()[0] == f"cache folder: {tmp_path / 'greetlint'}"
    code, out, _ = invoke("cache", "clean")
    assert code == 0 and not (tmp_path / "greetlint").exists()


def test_clean_removes_every_greetlint_file_and_the_folder_and_says_how_much(tmp_path):
    folder = tmp_path / "c"
    fill(folder)
    size = cache_contents(folder).size
    code, out, err = invoke("cache", "clean", "--cache-dir", str(folder))
    assert code == 0 and not err
    assert out.splitlines()[0].startswith(f"removed 7 files, ") and str(folder) in out.splitlines()[0]
    assert f"{size} B" in out or f"{size / 1000:.1f} KB" in out
    assert not folder.exists()
    code, out, _ = invoke("cache", "clean", "--cache-dir", str(folder))
    assert code == 0 and out.startswith("nothing to remove")


def test_clean_never_touches_what_greetlint_did_not_write(tmp_path):
    """A folder given to --cache-dir by mistake (a home, a project) keeps everything but greetlint's files."""
    folder = tmp_path / "home"
    files = fill(folder)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.json").write_text("{}")
    mine = [folder / "results" / "notes.txt", folder / "transcripts" / "ab" / "draft.txt", folder / "report.pdf",
            folder / "regex" / "my-regexes.txt", folder / "results" / "ab" / "deep" / ("ab" + "0" * 62 + ".pickle")]
    for path in mine:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("mine")
    (folder / "transcripts" / "ee").symlink_to(outside, target_is_directory=True)  # a link out of the folder
    (folder / "model-verified").unlink()
    (folder / "model-verified").symlink_to(outside / "keep.json")
    code, out, err = invoke("cache", "clean", "--cache-dir", str(folder))
    assert code == 0 and not err
    assert all(path.read_text() == "mine" for path in mine)
    assert (outside / "keep.json").read_text() == "{}" and (folder / "transcripts" / "ee").is_symlink()
    assert not any(path.exists() for path in files.values())
    assert not (folder / "model-verified").is_symlink()  # the link was greetlint's name: it goes, not its target
    assert out.splitlines()[-1] == f"kept {folder}: it holds files greetlint did not write"


def test_clean_of_a_read_only_folder_is_one_line_and_exit_2(tmp_path, monkeypatch):
    folder = tmp_path / "c"
    files = fill(folder)

    def read_only(self, missing_ok=False):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))

    monkeypatch.setattr(Path, "unlink", read_only)
    code, out, err = invoke("cache", "clean", "--cache-dir", str(folder))
    assert code == 2 and not out
    assert err.splitlines() == [f"greetlint: error: could not remove 7 of 7 files in {folder}: {os.strerror(errno.EROFS)}"]
    assert all(path.exists() for path in files.values())


def test_a_cache_path_that_is_a_file_is_one_line_and_exit_2(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    (tmp_path / "greetlint").write_text("not a folder")
    for command in ("info", "clean"):
        code, out, err = invoke("cache", command)
        assert code == 2 and err.startswith("greetlint: error: cannot read the cache folder") and len(err.splitlines()) == 1
    assert (tmp_path / "greetlint").read_text() == "not a folder"


def test_clean_api_reports_what_it_removed_by_kind(tmp_path):
    fill(tmp_path / "c")
    cleaned = clean_cache(tmp_path / "c")
    assert cleaned.failed == 0 and cleaned.folder_removed
    assert {kind: n for kind, (n, _) in cleaned.removed.items()} == {"transcripts": 2, "results": 2, "compiled": 2, "other": 1}


@pytest.mark.parametrize("command", ["info", "clean"])
def test_the_cache_commands_are_listed_in_help(command):
    code, out, _ = invoke("cache", "--help")
    assert code == 0 and command in out


# -- one pruning for every kind of entry ----------------------------------------------------------------

@pytest.fixture
def pruned(monkeypatch):
    """A fresh 'pruned in this process' memory for each test."""
    monkeypatch.setattr(cache_mod, "_PRUNED", set())

    def again():
        monkeypatch.setattr(cache_mod, "_PRUNED", set())
    return again


def age(path: Path, at: float) -> None:
    os.utime(path, (at, at))


def test_entries_of_every_kind_unused_for_the_age_limit_are_pruned_alike(tmp_path, pruned):
    """A fake clock (`now`) and set mtimes: an entry of either kind a week unused goes, a used one stays."""
    files = fill(tmp_path / "c")
    store = TranscriptCache(tmp_path / "c")
    now = JAN_15 + cache_mod.MAX_AGE_DAYS * DAY + DAY / 2  # the hearing: 7.5 days unused; the result: 6.5
    store.prune(now=now)
    assert not files["hearing"].exists() and files["newer"].exists() and files["result"].exists()
    assert files["kernel"].exists() and (tmp_path / "c" / "model-verified").exists()  # compiled code: not entries
    pruned()
    store.prune(now=now + 2 * DAY)  # the stamp is two days old: prune again; the result is now 8.5 days unused
    assert not files["result"].exists() and files["newer"].exists()


def test_a_dead_temporary_file_goes_after_a_day_of_any_kind(tmp_path, pruned):
    files = fill(tmp_path / "c")
    dead_hearing = files["newer"].with_name(f".{files['newer'].name}.99.98.tmp")
    dead_hearing.write_bytes(b"")
    now = JAN_15 + 4 * DAY
    age(files["dead"], now - 2 * DAY)
    age(dead_hearing, now - 2 * DAY)
    TranscriptCache(tmp_path / "c").prune(now=now)
    assert not files["dead"].exists() and not dead_hearing.exists()
    assert files["hearing"].exists() and files["result"].exists()  # 4 and 3 days unused: kept


def test_pruning_runs_at_most_once_a_day_per_folder(tmp_path, pruned):
    files = fill(tmp_path / "c")
    store = TranscriptCache(tmp_path / "c")
    store.prune(now=JAN_15 + DAY)  # nothing old enough yet; stamps the folder
    assert (tmp_path / "c" / cache_mod.PRUNE_STAMP).stat().st_mtime == JAN_15 + DAY
    late = JAN_15 + 30 * DAY
    store.prune(now=late)
    assert files["hearing"].exists()  # this process pruned the folder already
    pruned()
    age(tmp_path / "c" / cache_mod.PRUNE_STAMP, late - DAY / 2)
    store.prune(now=late)
    assert files["hearing"].exists()  # another process pruned it less than a day ago
    pruned()
    age(tmp_path / "c" / cache_mod.PRUNE_STAMP, late - 2 * DAY)
    store.prune(now=late)
    assert not any(files[k].exists() for k in ("hearing", "newer", "result", "dead"))


def test_reading_a_hearing_marks_it_used(tmp_path, pruned):
    files = fill(tmp_path / "c")
    store = TranscriptCache(tmp_path / "c")
    key = files["hearing"].stem
    assert store.get(key)["text"] == "invented words for a test"
    used = files["hearing"].stat().st_mtime
    assert used > JAN_15 + 30 * DAY  # now (the wall clock is far past the fixed dates)
    store.prune(now=used + DAY)
    assert files["hearing"].exists() and not files["newer"].exists()


def test_a_write_prunes_every_kind(tmp_path, pruned):
    files = fill(tmp_path / "c")
    TranscriptCache(tmp_path / "c").put("12" + "4" * 62, {"text": "another invented hearing", "words": []})
    assert not files["hearing"].exists() and not files["result"].exists()  # dated 2026-01: long unused
    assert (tmp_path / "c" / "transcripts" / "12" / ("12" + "4" * 62 + ".json")).exists()
