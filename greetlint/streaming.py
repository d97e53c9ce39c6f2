"""``greetlint check --format jsonl``: each file's line written as it finishes, nothing kept.

The summary and the exit code are counted file by file (``report.summary.RunningSummary``);
files an earlier run already reported (``--resume``) are skipped and counted from its lines.
"""
from __future__ import annotations

import os
import sys
from typing import Callable, Iterator, Optional

import click

from .model import FileResult, Timings
from .pipeline import input_type
from .report.summary import RunningSummary


def stream_jsonl(files: list[str], lint_all: Callable[[list[str]], Iterator], *, rules, settings, options, transcriber,
                 output: Optional[str], resume_path: Optional[str], baseline_path: Optional[str],
                 progress: Optional[bool], timings: bool, debug: bool,
                 prune: Callable[[], Optional[float]]) -> int:
    """Lint `files` through `lint_all` and write one JSON line per file; returns the exit code. `prune`: the
    cache's pruning (cli._prune_cache), run once every line and the summary are written (if any file was
    linted); its seconds. Required: a default would silently never prune."""
    from .cli import _fail, _lint_one, _progress_bar, timings_table
    from .report.jsonl_report import JsonlWriter
    from .resume import Reported, ResultKeys, ResumeError, fill_digest

    keys = ResultKeys(settings, options, rules, transcriber)
    running = RunningSummary()
    todo = files
    if resume_path:
        try:
            reported = Reported.load(resume_path)
        except ResumeError as exc:
            _fail(str(exc))
        todo = []
        for path in files:
            earlier = reported.done(path, input_type(path), keys)
            if earlier is None:
                todo.append(path)
            else:
                running.add_reported(earlier)
        del reported
        click.echo(f"greetlint: resuming: {len(files) - len(todo)} file(s) already in {resume_path}, "
                   f"{len(todo)} to lint", err=True)
    dropped = 0  # the linter dropped them before scoring (cli: Linter(baseline=...))
    totals = Timings()
    append = bool(resume_path and output and os.path.abspath(resume_path) == os.path.abspath(output))
    try:
        writer = JsonlWriter(output, append=append)
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}")
    written = 0
    try:
        with writer, _progress_bar(todo, progress) as bar:
            for path, outcome in (lint_all(todo) if todo else ()):
                result: FileResult = fill_digest(_lint_one(outcome.result, path, debug, announce_errors=True))
                dropped += len(result.baselined)
                writer.write(result, keys.key_of(result))
                written += 1
                running.add_result(result)
                totals.add_all(result.timings)
                bar.update(1, path)
    except KeyboardInterrupt:
        click.echo(f"greetlint: interrupted after {written} file(s); continue with --resume "
                   f"{output or 'THE-SAVED-OUTPUT'}", err=True)
        sys.exit(130)
    if baseline_path:
        click.echo(f"greetlint: {dropped} finding(s) suppressed by baseline {baseline_path}", err=True)
    s = running.summary()
    mean = "-" if s.mean_score is None else f"{s.mean_score:g}"
    click.echo(f"greetlint: {s.files} file(s), {s.failed} could not be processed, {s.errors} error(s), "
               f"{s.warnings} warning(s), {s.infos} info(s), mean score {mean}", err=True)
    prune_seconds = prune() if todo else None  # a resumed run with nothing left to lint prunes nothing, as before
    if timings:
        click.echo(timings_table(totals, 0.0, prune_seconds), err=True)
    return running.exit_code(settings.fail_level, settings.fail_under)

