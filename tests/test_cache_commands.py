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


MODEL_STAMP = "/models/invented/model.bin:75000000:1700000000000000000:" + "9" * 64  # as transcribe writes it
KERNEL = Path("numba") / ("librosa_" + "0" * 40) / "core.spectrum-12.py311.nbi"
PATTERNS = Path("regex") / ("patterns-" + "0123456789abcdef" + ".json")


def fill(folder: Path, compiled: bool = False) -> dict[str, Path]:
    """A cache folder as greetlint leaves it: two hearings, one result, a dead write, the model's stamp, and
    with `compiled` (what greetlint writes in the default folder only) a numba kernel and the parsed patterns."""
    cache = TranscriptCache(folder)
    keys = ["ab" + "1" * 62, "cd" + "2" * 62]
    for key in keys:
        cache.put(key, {"text": "invented words for a test", "words": []})
    hearing = folder / "transcripts" / "ab" / f"{keys[0]}.json"
    newer = folder / "transcripts" / "cd" / f"{keys[1]}.json"
    result = folder / "results" / "ef" / ("ef" + "3" * 62 + ".pickle")
    result.parent.mkdir(parents=True)
    result.write_bytes(b"x" * 100)
    dead = folder / "results" / "ef" / f".{result.name}.123.456.tmp"
    dead.write_bytes(b"")
    files = {"hearing": hearing, "newer": newer, "result": result, "dead": dead}
    if compiled:
        files["kernel"] = folder / KERNEL
        files["kernel"].parent.mkdir(parents=True)
        files["kernel"].write_bytes(b"k" * 1000)
        files["patterns"] = folder / PATTERNS
        files["patterns"].parent.mkdir()
        files["patterns"].write_text("{}")
    (folder / "model-verified").write_text(MODEL_STAMP)
    os.utime(hearing, (JAN_15, JAN_15))
    os.utime(dead, (JAN_15, JAN_15))
    os.utime(newer, (JAN_15 + 3 * DAY, JAN_15 + 3 * DAY))
    os.utime(result, (JAN_15 + DAY, JAN_15 + DAY))
    getattr(cache_mod, "_USED", set()).clear()  # the folder as an earlier process left it: this one has read or written nothing
    return files


def test_contents_by_kind_count_entries_size_and_oldest(tmp_path):
    files = fill(tmp_path / "c")
    contents = cache_contents(tmp_path / "c")
    transcripts, results = contents.kinds["transcripts"], contents.kinds["results"]
    assert (transcripts.entries, transcripts.oldest) == (2, JAN_15)
    assert transcripts.size == files["hearing"].stat().st_size + files["newer"].stat().st_size
    assert (results.entries, results.files, results.size, results.oldest) == (1, 2, 100, JAN_15 + DAY)
    assert contents.kinds["compiled"].files == 0 and contents.kinds["other"].files == 1
    assert contents.files == 5


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
    assert "5 files" in next(line for line in lines if line.split()[0] == "total")


def test_info_and_clean_of_a_missing_folder_say_so_and_create_nothing(tmp_path):
    missing = tmp_path / "none"
    code, out, err = invoke("cache", "info", "--cache-dir", str(missing))
    assert code == 0 and "(none yet)" in out.splitlines()[0]
    code, out, err = invoke("cache", "clean", "--cache-dir", str(missing))
    assert code == 0 and out.strip() == f"nothing to remove: no cache folder {missing}" and not err
    assert not missing.exists()


def test_the_default_folder_is_where_check_caches(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    fill(tmp_path / "greetlint", compiled=True)
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
    assert out.splitlines()[0].startswith(f"removed 5 files, ") and str(folder) in out.splitlines()[0]
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
    assert (folder / "model-verified").is_symlink()  # greetlint writes no links: a link of its name is kept
    assert out.splitlines()[-1] == f"kept {folder}: it holds files greetlint did not write"


def test_clean_of_a_read_only_folder_is_one_line_and_exit_2(tmp_path, monkeypatch):
    folder = tmp_path / "c"
    files = fill(folder)

    def read_only(self, missing_ok=False):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))

    monkeypatch.setattr(Path, "unlink", read_only)
    code, out, err = invoke("cache", "clean", "--cache-dir", str(folder))
    assert code == 2 and not out
    assert err.splitlines() == [f"greetlint: error: could not remove 5 of 5 files in {folder}: {os.strerror(errno.EROFS)}"]
    assert all(path.exists() for path in files.values())


def test_a_cache_path_that_is_a_file_is_one_line_and_exit_2(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    (tmp_path / "greetlint").write_text("not a folder")
    for command in ("info", "clean"):
        code, out, err = invoke("cache", command)
        assert code == 2 and err.startswith("greetlint: error: cannot read the cache folder") and len(err.splitlines()) == 1
    assert (tmp_path / "greetlint").read_text() == "not a folder"


def test_clean_api_reports_what_it_removed_by_kind(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # compiled code is greetlint's in the default folder only
    fill(tmp_path / "greetlint", compiled=True)
    cleaned = clean_cache(tmp_path / "greetlint")
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
    monkeypatch.setattr(cache_mod, "_USED", set(), raising=False)

    def again():
        monkeypatch.setattr(cache_mod, "_PRUNED", set())
    return again


def age(path: Path, at: float) -> None:
    os.utime(path, (at, at))


def test_entries_of_every_kind_unused_for_the_age_limit_are_pruned_alike(tmp_path, pruned):
    """A fake clock (`now`) and set mtimes: an entry of either kind a week unused goes, a used one stays."""
    files = fill(tmp_path / "c", compiled=True)
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


def test_a_write_prunes_nothing_and_the_end_of_the_run_spares_what_the_run_read(tmp_path, pruned):
    """A cache restored with old mtimes (CI): the run's first write must not delete hearings the run reads
    later; the pruning at the end of the run removes only what the run did not read."""
    from greetlint.cli import _prune_cache

    files = fill(tmp_path / "c")
    store = TranscriptCache(tmp_path / "c")

    def run():
        store.put("12" + "4" * 62, {"text": "another invented hearing", "words": []})  # a miss decoded first
        yield "first"
        assert store.get(files["hearing"].stem) is not None  # a hit read after the write
        yield "second"

    assert list(run()) == ["first", "second"]
    assert _prune_cache(store) is not None  # the run's last step (cli.check, cli.fix_command, streaming)
    assert files["hearing"].exists()  # read by the run: used
    assert not files["newer"].exists() and not files["result"].exists() and not files["dead"].exists()  # long unused
    assert (tmp_path / "c" / cache_mod.PRUNE_STAMP).exists()
    assert (tmp_path / "c" / "transcripts" / "12" / ("12" + "4" * 62 + ".json")).exists()


def test_pruning_removes_only_greetlint_files_and_enters_no_link(tmp_path, pruned):
    folder = tmp_path / "c"
    files = fill(folder)
    outside = tmp_path / "outside"
    outside.mkdir()
    theirs = [outside / "old-notes.txt", outside / ("ab" + "5" * 62 + ".json"),
              folder / "transcripts" / "2023" / "interview.docx", folder / "transcripts" / "en" / "call-0142.json",
              folder / "transcripts" / "ab" / "notes.txt", folder / "transcripts" / "ab" / ".autosave.tmp",
              folder / "transcripts" / "ab" / ("cd" + "6" * 62 + ".json"),  # not in its key's folder
              folder / "results" / "q1" / "summary.pickle", folder / "results" / "ef" / "deep" / ("ef" + "7" * 62 + ".pickle")]
    for path in theirs:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("mine")
        age(path, JAN_15 - 30 * DAY)
    (folder / "transcripts" / "zz").symlink_to(outside, target_is_directory=True)
    (folder / "results" / "aa").symlink_to(outside, target_is_directory=True)
    TranscriptCache(folder).prune(now=JAN_15 + 30 * DAY)
    assert all(path.read_text() == "mine" for path in theirs)
    assert not any(path.exists() for path in files.values())  # greetlint's own: all long unused


def test_clean_and_info_count_only_exact_greetlint_names(tmp_path):
    """Files that only look like greetlint's (a project given to --cache-dir by mistake) are neither counted nor removed;
    compiled code's names are greetlint's only in the default folder, where it writes them."""
    folder = tmp_path / "proj"
    theirs = [folder / "transcripts" / "en" / "call-0142.json", folder / "transcripts" / "en" / ".autosave.tmp",
              folder / "results" / "q1" / "summary.pickle", folder / "regex" / "patterns-email.txt",
              folder / "templates" / "__jinja2_notes.txt", folder / KERNEL, folder / PATTERNS,
              folder / "templates" / ("__jinja2_" + "a" * 40 + ".cache")]
    for path in theirs:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("mine")
    (folder / "model-verified").write_text("my own notes on which model I checked")
    theirs.append(folder / "model-verified")
    assert cache_contents(folder).files == 0
    code, out, err = invoke("cache", "clean", "--cache-dir", str(folder))
    assert code == 0 and out.strip() == f"nothing to remove: no greetlint files in {folder}"
    assert all(path.exists() for path in theirs)
    theirs.pop()  # fill writes greetlint's own model-verified over the user's
    ours = fill(folder)
    code, out, err = invoke("cache", "clean", "--cache-dir", str(folder))
    assert code == 0 and out.startswith("removed 5 files")
    assert all(path.exists() for path in theirs) and not any(path.exists() for path in ours.values())


def test_clean_keeps_lock_files_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = tmp_path / "greetlint"
    files = fill(folder, compiled=True)
    locks = [folder / "numba" / ".greetlint.lock", folder / "regex" / (PATTERNS.name + ".lock")]
    for lock in locks:
        lock.write_bytes(b"")
    code, out, err = invoke("cache", "clean")
    assert code == 0 and not err
    assert all(lock.exists() for lock in locks) and not any(path.exists() for path in files.values())
    assert "kept 2 lock files (another greetlint may hold them)" in out.splitlines()
    assert out.splitlines()[-1].startswith(f"kept {folder}: not empty")


@pytest.mark.parametrize("command", [("cache", "info"), ("cache", "clean"), ("check",)])
def test_an_empty_cache_dir_is_an_error_not_the_default_folder(tmp_path, monkeypatch, command):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    files = fill(tmp_path / "greetlint", compiled=True)
    script = tmp_path / "script.txt"
    script.write_text("hello you have reached an invented office please leave a message")
    args = [*command, "--cache-dir", ""] + ([str(script)] if command == ("check",) else [])
    code, out, err = invoke(*args)
    assert code == 2 and not out
    assert err.splitlines() == ["greetlint: error: --cache-dir is empty: give a folder, or leave the option out for "
                                "the default cache folder"]
    assert all(path.exists() for path in files.values())


def test_clean_of_a_link_or_the_current_folder_says_why_it_is_kept(tmp_path, monkeypatch):
    fill(tmp_path / "c")
    (tmp_path / "link").symlink_to(tmp_path / "c", target_is_directory=True)
    code, out, _ = invoke("cache", "clean", "--cache-dir", str(tmp_path / "link"))
    assert code == 0 and out.splitlines()[-1] == f"kept {tmp_path / 'link'}: a symbolic link (only files greetlint " \
        "wrote in its target were removed)"
    fill(tmp_path / "d")
    monkeypatch.chdir(tmp_path / "d")
    code, out, _ = invoke("cache", "clean", "--cache-dir", ".")
    assert code == 0 and out.splitlines()[-1] == "kept .: the current folder (now empty)"
    assert list((tmp_path / "d").iterdir()) == []


# -- the second review's findings ----------------------------------------------------------------------------

def test_clean_from_inside_the_cache_it_removes_is_no_traceback(tmp_path, monkeypatch):
    """`cache clean --cache-dir ..` run from the cache's own transcripts/ folder: that folder (the current one) goes
    with the files; clean says what it removed, exit 0, and the cache folder left empty is removed too."""
    files = fill(tmp_path / "w" / "c")
    monkeypatch.chdir(files["hearing"].parent.parent)  # c/transcripts
    result = CliRunner().invoke(main, ["cache", "clean", "--cache-dir", ".."])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert result.stdout.splitlines()[0].startswith("removed 5 files") and result.stdout.splitlines()[0].endswith("from ..")
    assert not (tmp_path / "w" / "c").exists() and (tmp_path / "w").is_dir()


def test_an_entry_this_process_read_or_wrote_is_never_pruned_even_if_its_mtime_cannot_be_set(tmp_path, pruned,
                                                                                            monkeypatch):
    """A shared cache whose entries another user wrote: utime fails (not the owner), unlink works. The entries
    this process read or wrote stay; an entry it did not touch, as old, goes."""
    files = fill(tmp_path / "c")
    real_utime, refusing = os.utime, [True]

    def utime(*args, **kwargs):
        if refusing[0]:
            raise PermissionError(errno.EPERM, "Operation not permitted")
        return real_utime(*args, **kwargs)

    monkeypatch.setattr(os, "utime", utime)
    store = TranscriptCache(tmp_path / "c")
    assert store.get(files["hearing"].stem)["text"] == "invented words for a test"
    written = "12" + "4" * 62
    store.put(written, {"text": "another invented hearing", "words": []})
    refusing[0] = False  # the test's own aging below
    target = tmp_path / "c" / "transcripts" / "12" / f"{written}.json"
    age(target, JAN_15)
    assert files["hearing"].stat().st_mtime == JAN_15  # the read could not mark it used
    store.prune(now=JAN_15 + 30 * DAY)
    assert files["hearing"].exists() and target.exists()
    assert not files["newer"].exists() and not files["result"].exists()


def test_clean_keeps_a_users_pruned_file_and_a_users_empty_folder_named_like_the_layout(tmp_path, pruned):
    folder = tmp_path / "c"
    files = fill(folder)
    notes, results_notes = folder / ".pruned", folder / "results" / ".pruned"
    notes.write_text("my notes")
    results_notes.write_text("results stamp of mine")
    empty = folder / "transcripts" / "aa"
    empty.mkdir()
    assert cache_contents(folder).kinds["other"].files == 1  # model-verified only
    code, out, _ = invoke("cache", "clean", "--cache-dir", str(folder))
    assert code == 0
    assert notes.read_text() == "my notes" and results_notes.read_text() == "results stamp of mine" and empty.is_dir()
    assert not any(path.exists() for path in files.values())
    assert not (folder / "transcripts" / "cd").exists()  # emptied by clean: removed
    age(notes, JAN_15)
    TranscriptCache(folder).prune(now=JAN_15 + 30 * DAY)
    assert notes.read_text() == "my notes" and notes.stat().st_mtime == JAN_15  # not taken for greetlint's stamp
    # greetlint's own stamp (empty) counts and goes
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / ".pruned").write_bytes(b"")
    code, out, _ = invoke("cache", "clean", "--cache-dir", str(tmp_path / "d"))
    assert code == 0 and out.startswith("removed 1 file") and not (tmp_path / "d").exists()


def test_temporary_file_names_take_ascii_digits_only(tmp_path, pruned):
    files = fill(tmp_path / "c")
    odd = files["newer"].with_name(f".{files['newer'].name}.\u0661\u0662.\u0663.tmp")  # Arabic-Indic digits
    odd.write_bytes(b"")
    age(odd, JAN_15 - 30 * DAY)
    TranscriptCache(tmp_path / "c").prune(now=JAN_15 + 2 * DAY)
    assert odd.exists()
    invoke("cache", "clean", "--cache-dir", str(tmp_path / "c"))
    assert odd.exists()


@pytest.mark.parametrize("command", ["check", "fix"])
def test_check_and_fix_prune_the_cache_at_the_end_of_the_run(tmp_path, monkeypatch, pruned, command):
    """At the CLI: a run (here of an invented script) ends with the pruning: an entry unused for long goes, the
    folder is stamped."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    files = fill(tmp_path / "c")
    for path in files.values():
        age(path, JAN_15)
    script = tmp_path / "script.txt"
    script.write_text("hello you have reached an invented office please leave a message after the tone")
    args = [command, str(script), "--cache-dir", str(tmp_path / "c")]
    if command == "fix":
        args += ["--output-dir", str(tmp_path / "out"), "--target", "generic"]
    CliRunner().invoke(main, args)
    assert not files["hearing"].exists() and not files["result"].exists() and not files["dead"].exists()
    assert (tmp_path / "c" / cache_mod.PRUNE_STAMP).exists()


# -- the cache options of the commands that lint -------------------------------------------------------

def test_check_and_fix_share_one_definition_of_each_cache_option():
    """--no-cache and --cache-dir of check and fix are each written once (cli._NO_CACHE_OPTION,
    cli._RUN_CACHE_DIR_OPTION): the same flag, type and help in both commands."""
    import inspect
    import re

    from greetlint import cli

    source = inspect.getsource(cli)
    assert len(re.findall(r'click\.option\(\s*"--no-cache"', source)) == 1
    assert len(re.findall(r'click\.option\(\s*"--cache-dir"', source)) == 2  # check/fix's, and cache info/clean's
    options = {command.name: {p.name: p for p in command.params} for command in (cli.check, cli.fix_command)}
    for name in ("no_cache", "cache_dir"):
        check, fix = options["check"][name], options["fix"][name]
        assert (check.opts, check.is_flag, check.help, type(check.type)) == (fix.opts, fix.is_flag, fix.help, type(fix.type))


# -- the pruning comes after the report ---------------------------------------------------------------

SCRIPT = "hello you have reached an invented office please leave a message after the tone"


def interrupted_pruning(monkeypatch):
    """Ctrl-C while the cache is pruned (the pruning is the run's last step): records the call."""
    calls = []

    def prune(self, now=None):
        calls.append(self.folder)
        raise KeyboardInterrupt
    monkeypatch.setattr(TranscriptCache, "prune", prune)
    return calls


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl"])
def test_ctrl_c_while_the_cache_is_pruned_keeps_the_report_and_exits_130(tmp_path, monkeypatch, pruned, fmt):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    calls = interrupted_pruning(monkeypatch)
    script = tmp_path / "script.txt"
    script.write_text(SCRIPT)
    result = CliRunner().invoke(main, ["check", str(script), "--isolated", "--format", fmt, "--cache-dir", str(tmp_path / "c")])
    assert calls == [tmp_path / "c"]
    assert result.exit_code == 130
    assert "script.txt" in result.stdout  # the whole report, written before the pruning
    if fmt != "text":
        import json

        docs = [json.loads(line) for line in result.stdout.splitlines()] if fmt == "jsonl" else [json.loads(result.stdout)]
        assert docs
    assert "pruning" in result.stderr and "no report written" not in result.stderr


def test_ctrl_c_while_the_cache_is_pruned_keeps_the_output_file(tmp_path, monkeypatch, pruned):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    interrupted_pruning(monkeypatch)
    script = tmp_path / "script.txt"
    script.write_text(SCRIPT)
    report, page = tmp_path / "report.json", tmp_path / "page.html"
    result = CliRunner().invoke(main, ["check", str(script), "--isolated", "--format", "json", "-o", str(report),
                                       "--html", str(page), "--cache-dir", str(tmp_path / "c")])
    assert result.exit_code == 130
    assert "script.txt" in report.read_text() and page.read_text()


def test_ctrl_c_while_fix_prunes_the_cache_keeps_the_report(tmp_path, monkeypatch, pruned):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    calls = interrupted_pruning(monkeypatch)
    script = tmp_path / "script.txt"
    script.write_text(SCRIPT)
    result = CliRunner().invoke(main, ["fix", str(script), "--isolated", "--output-dir", str(tmp_path / "out"),
                                       "--target", "generic", "--format", "json", "--cache-dir", str(tmp_path / "c")])
    assert calls == [tmp_path / "c"] and result.exit_code == 130
    import json

    assert json.loads(result.stdout)  # the report, printed before the pruning


@pytest.mark.parametrize("fmt", ["text", "jsonl"])
def test_timings_show_the_pruning_as_its_own_stage(tmp_path, monkeypatch, pruned, fmt):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    script = tmp_path / "script.txt"
    script.write_text(SCRIPT)

    def stages(*flags):
        result = CliRunner().invoke(main, ["check", str(script), "--isolated", "--timings", "--format", fmt, *flags])
        table = result.stderr[result.stderr.index("greetlint timings"):].splitlines()[1:]
        return [row.split()[0] for row in table]

    assert stages("--cache-dir", str(tmp_path / "c"))[-3:] == ["render", "cache-prune", "total"]
    assert "cache-prune" not in stages("--no-cache")  # nothing pruned


def test_a_resumed_jsonl_run_with_nothing_left_prunes_nothing(tmp_path, monkeypatch, pruned):
    """As before the pruning moved after the report: a --resume run that lints no file does not prune."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    script = tmp_path / "script.txt"
    script.write_text(SCRIPT)
    out = tmp_path / "out.jsonl"
    args = ["check", str(script), "--isolated", "--format", "jsonl", "-o", str(out), "--cache-dir", str(tmp_path / "c")]
    assert CliRunner().invoke(main, args).exit_code in (0, 1)
    calls = []
    monkeypatch.setattr(TranscriptCache, "prune", lambda self, now=None: calls.append(self.folder))
    again = CliRunner().invoke(main, [*args, "--resume", str(out), "--timings"])
    assert again.exit_code in (0, 1) and "1 file(s) already" in again.stderr
    assert calls == [] and "cache-prune" not in again.stderr


def test_ctrl_c_as_the_pruning_starts_says_the_report_is_complete(tmp_path, monkeypatch, capsys, pruned):
    """The report is out (echoed and flushed by click.echo) before cli._prune_cache: Ctrl-C in its own flush of
    the buffers, before the pruning proper, says the report is complete, as one in the pruning does."""
    import io
    import sys

    from greetlint import cli

    class InterruptedFlush(io.StringIO):
        def flush(self):
            raise KeyboardInterrupt
    monkeypatch.setattr(sys, "stdout", InterruptedFlush())
    monkeypatch.setattr(TranscriptCache, "prune", lambda self, now=None: pytest.fail("pruned after the interrupt"))
    try:
        cli._prune_cache(TranscriptCache(tmp_path / "c"))
        code = None
    except SystemExit as stopped:
        code = stopped.code
    except KeyboardInterrupt:  # left to the command group, whose line says only 'greetlint: interrupted'
        code = "KeyboardInterrupt"
    assert code == 130
    assert "the report is complete" in capsys.readouterr().err


def test_the_jsonl_stream_is_always_given_the_pruning():
    """stream_jsonl's `prune` is a required keyword: a default would silently never prune."""
    import inspect

    from greetlint.streaming import stream_jsonl

    prune = inspect.signature(stream_jsonl).parameters["prune"]
    assert prune.kind is inspect.Parameter.KEYWORD_ONLY and prune.default is inspect.Parameter.empty
