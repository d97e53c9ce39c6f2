"""Command line: ``greetlint check``, ``greetlint rules``, ``greetlint rule CODE``, ``greetlint cache info|clean``.

Exit codes: 0 nothing at or above the fail level, 1 findings, 2 a file or the
tool itself could not be processed, 130 interrupted (Ctrl-C). Output formats never change the exit code.
A run prunes the cache as its last step, after the report is out: Ctrl-C there keeps the whole report and
still exits 130 (the run did not finish; the pruning is tried again by the next run that lints a file).
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Optional

import click

from . import __version__
from .batching import DEFAULT_BATCH_SIZE
from .model import SEVERITIES, FileError, FileResult, Timings

from .report.registry import FORMATS


def _fail(message: str, debug: bool = False) -> "NoReturn":  # noqa: F821
    if debug:
        traceback.print_exc()
    click.echo(f"greetlint: error: {message}", err=True)
    sys.exit(2)


class _Commands(click.Group):
    """click's group, but Ctrl-C anywhere in a command (loading the config or the model, not only
    the batch, whose own handler says what was not written) ends with one line and exit 130, not
    click's "Aborted!" and 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("greetlint: interrupted", err=True)
            sys.exit(130)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="greetlint")
def main() -> None:
    """Lint voicemail greetings and left messages: audio recordings or .txt scripts."""


# --no-cache of the commands that lint (check, fix): one definition, as --cache-dir's below
_NO_CACHE_OPTION = click.option(
    "--no-cache", is_flag=True,
    help="Neither read, write nor prune the cache of transcripts and results (compiled code and the model's "
         "checked hash are still kept in the default cache folder).")
# --cache-dir of the commands that lint (check, fix): where the run's hearings and results go, and what it prunes there
_RUN_CACHE_DIR_OPTION = click.option(
    "--cache-dir", type=click.Path(file_okay=False),
    help="Cache folder of transcripts and results [default: $XDG_CACHE_HOME/greetlint if set, else "
         "~/.cache/greetlint]. At the end of a run, after the report (at most once a day), greetlint removes there "
         "its transcripts and results unused for 7 days and its temporary files of writes that died; nothing else "
         "(see 'greetlint cache --help').")


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="text", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to this file instead of stdout.")
@click.option("--kind", type=click.Choice(["greeting", "message"]), help="Treat every file as this kind (default: detect).")
@click.option("--model", "model_dir", type=click.Path(file_okay=False), help="A CTranslate2 Whisper model folder (default: embedded tiny.en).")
@click.option("--today", type=click.DateTime(["%Y-%m-%d"]), help="Date to judge out-of-office return dates against.")
@click.option("--fail-level", type=click.Choice(SEVERITIES), help="Lowest severity that fails the run [default: warning].")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even with findings (2 still means a file could not be processed).")
@click.option("--select", multiple=True, help="Only these rule codes, prefixes or categories (repeatable).")
@click.option("--ignore", multiple=True, help="Skip these rule codes, prefixes or categories (repeatable).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file (pyproject.toml or greetlint.toml).")
@click.option("--isolated", is_flag=True, help="Ignore every config file.")
@click.option("--preview/--no-preview", default=None, help="Also run preview rules (not yet proven precise) [default: config, else off].")
@click.option("--max-duration", type=float, default=15 * 60, show_default=True, help="Refuse audio longer than this many seconds.")
@click.option("-q", "--quiet", is_flag=True, help="Text format: only files with findings or errors.")
@click.option("--color/--no-color", default=None, help="Colour the text report (default: when stdout is a terminal).")
@_NO_CACHE_OPTION
@_RUN_CACHE_DIR_OPTION
@click.option("--statistics", is_flag=True, help="Count findings per rule: replaces the text report; on stderr for other formats.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), help="Drop findings recorded in this baseline file, so only new ones count.")
@click.option("--write-baseline", "write_baseline_path", type=click.Path(dir_okay=False), help="Record every current finding in this baseline file (the run then passes unless a file fails).")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr for batches [default: when stderr is a terminal].")
@click.option("--html", "html_path", type=click.Path(dir_okay=False), help="Also write the HTML feedback page to this file.")
@click.option("--html-link-audio", is_flag=True, help="HTML page: link the recordings by relative path instead of embedding them.")
@click.option("--timings", is_flag=True, help="Print the time spent in each stage (decode, transcribe, ...) to stderr.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=lambda: os.cpu_count() or 1, show_default="CPU count",
              help="Worker threads that decode, measure and judge files while the model transcribes.")
@click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_BATCH_SIZE, show_default=True,
              help="Recordings per model call (each more adds ~90 MB); with --jobs 2 or more, two calls run at once.")
@click.option("--target", "target_spec", metavar="NAME|FILE", help="Check uploads against a phone system's profile (see 'greetlint targets').")
@click.option("--phone-check", is_flag=True, help="Also transcribe each recording as callers hear it (the target's G.711 8 kHz line).")
@click.option("--debug", is_flag=True, help="Show tracebacks for unexpected errors.")
@click.option("--manifest", type=click.Path(dir_okay=False),
              help="Read the inputs from this list: one path a line, or CSV/JSONL with a 'path' column.")
@click.option("--backend", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Where files are linted: this process, or a Ray cluster (pip install 'greetlint[ray]').")
@click.option("--ray-address", help="Join this Ray cluster ('auto', 'ray://host:10001', host:port) [default: start a private one for the run].")
@click.option("--resume", "resume_path", type=click.Path(dir_okay=False),
              help="JSONL report of an earlier, stopped run: skip the files it holds for the same content, model and settings.")
def check(paths, fmt, output, kind, model_dir, today, fail_level, exit_zero, select, ignore, config_path,
          isolated, preview, max_duration, quiet, color, no_cache, cache_dir, statistics, baseline_path, write_baseline_path,
          progress, html_path, html_link_audio, timings, jobs, batch_size, target_spec, phone_check, debug, manifest,
          backend, ray_address, resume_path) -> None:
    """Lint voicemail recordings and scripts (files or folders)."""
    from dataclasses import replace

    from .cache import TranscriptCache
    from .config import ConfigError, Settings, check_rule_selectors, load_settings
    from .pipeline import Linter, Options, collect_inputs, input_type
    from .report.registry import RenderContext, render
    from .report.summary import BatchSummary, exit_code
    from .rules_api import PluginError, load_rules

    try:
        settings = load_settings(Path(config_path) if config_path else None, isolated=isolated)
        rules = load_rules()
        check_rule_selectors(settings, rules)
        check_rule_selectors(Settings(select=select, ignore=ignore, source="command line"), rules)
    except (ConfigError, PluginError) as exc:
        _fail(str(exc), debug)
    from .facts.lexicon import Lexicon, LexiconError

    try:  # the phrase lists, once for the run: a broken lexicon-dir is one line before anything is linted
        lexicon = Lexicon.for_settings(settings)
    except LexiconError as exc:
        _fail(str(exc), debug)
    if select:
        settings = replace(settings, select=tuple(select))
    if ignore:
        settings = replace(settings, ignore=settings.ignore + tuple(ignore))
    if fail_level:
        settings = replace(settings, fail_level=fail_level)
    settings = _with_target(settings, target_spec, phone_check, debug)
    if preview is not None:
        settings = replace(settings, preview=preview)

    files = _inputs(paths, manifest)
    if not files:
        _fail("no lintable files found (audio files or .txt scripts)")
    if ray_address and backend != "ray":
        _fail("--ray-address needs --backend ray")
    if fmt == "jsonl" and (html_path or write_baseline_path or statistics):
        _fail("--format jsonl streams each file's result and keeps none: --html, --write-baseline and "
              "--statistics need the whole batch (use --format json)")
    if resume_path and fmt != "jsonl":
        _fail("--resume continues a JSONL report: use it with --format jsonl")
    transcriber = None
    folder = _cache_folder(cache_dir)  # an empty --cache-dir is an error even with --no-cache
    cache = TranscriptCache(None if no_cache else folder)
    if any(input_type(f) == "audio" for f in files):
        from .transcribe import Transcriber

        transcriber = Transcriber(model_dir=model_dir, cache_dir=cache.folder, settings=settings.asr_settings())
    options = Options(kind=kind, today=today.date() if today else _dt.date.today(), max_duration_s=max_duration,
                      phone_codec=settings.target.phone_codec if phone_check else None)
    # every backend drops baselined findings before it scores a file (the Linter, or each Ray actor's):
    # a result is scored once, and the report and the baseline file are built from it as it came back
    baseline = _load_baseline(baseline_path, write_baseline_path)
    linter = Linter(rules, settings, options, transcriber, cache, baseline=baseline, lexicon=lexicon)
    if backend == "ray":
        from .distributed import WorkerSpec

        lint_all = lambda todo: _lint_on_ray(todo, WorkerSpec(  # noqa: E731
            settings=settings, options=options, model_dir=os.path.abspath(model_dir) if model_dir else None,
            cache_dir=None if cache.folder is None else os.path.abspath(cache.folder), batch_size=batch_size,
            cwd=os.getcwd(), baseline=baseline), ray_address, debug)
    else:
        lint_all = lambda todo: _lint_all(linter, todo, batch_size, jobs, debug)  # noqa: E731
    if fmt == "jsonl":
        from .streaming import stream_jsonl

        code = stream_jsonl(files, lint_all, rules=rules, settings=settings, options=options, transcriber=transcriber,
                            output=output, resume_path=resume_path, baseline_path=baseline_path, progress=progress,
                            timings=timings, debug=debug, prune=lambda: _prune_cache(cache))
        sys.exit(0 if exit_zero and code == 1 else code)

    results: list[FileResult] = []
    try:
        with _progress_bar(files, progress) as bar:
            for path, outcome in lint_all(files):
                # the text report shows a broken file in place; other formats get the line on stderr
                results.append(_lint_one(outcome.result, path, debug, announce_errors=fmt != "text" or output is not None))
                bar.update(1, path)
    except KeyboardInterrupt:
        click.echo("greetlint: interrupted; no report written", err=True)
        sys.exit(130)

    if backend == "ray":  # results come back as batches finish; reports list files in input order
        position = {path: index for index, path in enumerate(files)}
        results.sort(key=lambda r: position.get(r.path, len(files)))
    _report_baseline(results, baseline_path, write_baseline_path)
    summary = BatchSummary.of(results)
    model = None
    if transcriber is not None:
        model = {"name": transcriber.name, "compute_type": "int8"}
    use_color = color if color is not None else (output is None and sys.stdout.isatty())
    render_started = time.perf_counter()
    ctx = RenderContext(model=model, color=use_color, quiet=quiet, rules=rules,
                        options={"html_link_audio": html_link_audio, "html_path": output})
    rendered = render(fmt, results, summary, ctx)
    if html_path:  # the feedback page, in addition to the chosen format; audio links are relative to it
        page_ctx = replace(ctx, options={**ctx.options, "html_path": html_path})
        _write_atomic(html_path, render("html", results, summary, page_ctx))
    if statistics:
        from .report.statistics import render_statistics

        if fmt == "text":  # like ruff: the counts instead of the per-file report
            rendered = render_statistics(results)
        else:  # keep the machine-readable report on stdout intact
            click.echo(render_statistics(results), nl=False, err=True)
    if output:
        _write_atomic(output, rendered)
    else:
        click.echo(rendered, nl=False)
    render_seconds = time.perf_counter() - render_started
    prune_seconds = _prune_cache(cache)  # the run's last step: the report is out
    if timings:
        click.echo(_stage_timings(results, render_seconds, prune_seconds), err=True)
    code = exit_code(results, settings.fail_level, settings.fail_under)
    if exit_zero and code == 1:
        code = 0
    sys.exit(code)


def _with_target(settings, target_spec: Optional[str], phone_check: bool, debug: bool):
    """--target over the config's ``target``; --phone-check without a target hears the generic line."""
    from dataclasses import replace

    from .targets import TargetError, builtin_profiles, load_target

    if target_spec:
        try:
            settings = replace(settings, target=load_target(target_spec))
        except TargetError as exc:
            _fail(str(exc), debug)
    if phone_check and settings.target is None:
        settings = replace(settings, target=builtin_profiles()["generic"])
    return settings


def _stage_timings(results: list[FileResult], render_seconds: float, prune_seconds: Optional[float] = None) -> str:
    """Seconds per pipeline stage over the batch, and each stage's share of the total."""
    return timings_table(Timings.total(r.timings for r in results), render_seconds, prune_seconds)


def timings_table(totals: Timings, render_seconds: float, prune_seconds: Optional[float] = None) -> str:
    """The files' stages, the report's rendering and the cache's pruning (`prune_seconds`; None: the run
    pruned nothing, caching off)."""
    stages = [*totals.items(), ("render", render_seconds)]
    if prune_seconds is not None:
        stages.append(("cache-prune", prune_seconds))
    whole = sum(seconds for _, seconds in stages) or 1.0
    rows = [f"{stage:<11} {seconds:8.3f} s {seconds / whole:6.1%}" for stage, seconds in stages]
    return "greetlint timings\n" + "\n".join(rows) + f"\n{'total':<11} {whole:8.3f} s"


def _lint_all(linter, files: list[str], batch_size: int, jobs: int, debug: bool):
    """(path, future) per file in input order; a broken model stops the run, as for one file."""
    from .transcribe import ModelError

    try:
        yield from linter.lint_many(files, batch_size=batch_size, jobs=jobs)
    except ModelError as exc:
        _fail(str(exc), debug)


def _prune_cache(cache) -> Optional[float]:
    """The cache's pruning, the last step of a run (check, fix): after every file's cached hearing and result
    has been read (and so marked used), never before a read this run will make, and after the report is
    out, so Ctrl-C here loses nothing: one line and exit 130, as any interrupt (the run did not finish; the
    pruning, which stamps the folder only once it is done, runs again next time). Its seconds for
    ``--timings`` (None: caching off, nothing pruned)."""
    if cache.folder is None:
        return None
    try:  # from here on the report is out (written, echoed and flushed by click.echo): Ctrl-C says so
        with contextlib.suppress(OSError, ValueError):  # the report out of the buffers too (a pipe, a signal that kills)
            sys.stdout.flush()
            sys.stderr.flush()
        started = time.perf_counter()
        cache.prune()
    except KeyboardInterrupt:
        click.echo("greetlint: interrupted while pruning the cache; the report is complete "
                   "(the pruning runs again at the next run that lints a file)", err=True)
        sys.exit(130)
    return time.perf_counter() - started


def _lint_on_ray(files: list[str], spec, address, debug: bool):
    """(path, future) per file as the cluster's batches finish; a failed cluster stops the run."""
    from .distributed import DistributedError, lint_on_ray
    from .transcribe import ModelError

    try:
        yield from lint_on_ray(files, spec, address)
    except (DistributedError, ModelError) as exc:
        _fail(str(exc), debug)


def _inputs(paths: tuple, manifest: Optional[str]) -> list[str]:
    """The files to lint: PATHS (folders walked) and the --manifest list's entries."""
    from .manifest import ManifestError, read_manifest
    from .pipeline import collect_inputs

    if not paths and not manifest:
        _fail("give files or folders to lint, or --manifest FILE")
    given = list(paths)
    if manifest:
        try:
            given += list(read_manifest(manifest))
        except ManifestError as exc:
            _fail(str(exc))
    return list(collect_inputs(given))


class _NoProgress:
    def update(self, steps: int, current_item=None) -> None:
        pass


def _progress_bar(files: list[str], wanted: Optional[bool]):
    """A click progress bar on stderr for batches; by default only when stderr is a terminal (not in CI logs)."""
    show = wanted if wanted is not None else sys.stderr.isatty()
    if not show or len(files) < 2:
        return contextlib.nullcontext(_NoProgress())
    return click.progressbar(length=len(files), label="greetlint", file=sys.stderr, show_pos=True,
                             item_show_func=lambda path: Path(path).name if path else None)


def _load_baseline(baseline_path: Optional[str], write_path: Optional[str]):
    """--write-baseline: every finding is recorded and dropped; --baseline: the findings it records are dropped."""
    from .baseline import Baseline, BaselineError, load_baseline

    if write_path:
        return Baseline(everything=True)
    if not baseline_path:
        return None
    try:
        return Baseline(known=load_baseline(baseline_path))
    except BaselineError as exc:
        _fail(str(exc))


def _report_baseline(results: list[FileResult], baseline_path: Optional[str], write_path: Optional[str]) -> None:
    """Write the --write-baseline file and say how many findings a baseline dropped (before scoring)."""
    from .baseline import baseline_document

    if write_path:
        _write_atomic(write_path, baseline_document(results))
    if write_path or baseline_path:
        dropped = sum(len(r.baselined) for r in results)
        click.echo(f"greetlint: {dropped} finding(s) suppressed by baseline {write_path or baseline_path}", err=True)


def _lint_one(lint, path: str, debug: bool, announce_errors: bool) -> FileResult:
    """Lint one file (``lint()`` gives its result); anything unexpected becomes that file's error, never a traceback."""
    from .pipeline import result_of
    from .transcribe import ModelError

    try:
        result = result_of(lint, path, on_bug=traceback.print_exc if debug else None)
    except ModelError as exc:
        _fail(str(exc), debug)
    if result.error is not None and announce_errors:
        click.echo(f"{path}: error: {result.error.message} [{result.error.code}]", err=True)
    return result


def _write_atomic(path: str, text: str) -> None:
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        _fail(f"cannot write {path}: {exc.strerror or exc}")


@main.command("fix")
@click.argument("paths", nargs=-1, required=True)
@click.option("--target", "target_spec", metavar="NAME|FILE", help="The phone system to write for [default: the config's target].")
@click.option("-o", "--output-dir", required=True, type=click.Path(file_okay=False), help="Folder for the corrected copies (inputs are never written).")
@click.option("--kind", type=click.Choice(["greeting", "message"]), help="Treat every file as this kind (default: detect).")
@click.option("--model", "model_dir", type=click.Path(file_okay=False), help="A CTranslate2 Whisper model folder (default: embedded tiny.en).")
@click.option("--fail-level", type=click.Choice(SEVERITIES), help="Lowest severity left on a fixed copy that fails the run [default: warning].")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file (pyproject.toml or greetlint.toml).")
@click.option("--isolated", is_flag=True, help="Ignore every config file.")
@click.option("--max-duration", type=float, default=15 * 60, show_default=True, help="Refuse audio longer than this many seconds.")
@_NO_CACHE_OPTION
@_RUN_CACHE_DIR_OPTION
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=lambda: os.cpu_count() or 1, show_default="CPU count",
              help="Worker threads that decode, measure and judge files while the model transcribes.")
@click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_BATCH_SIZE, show_default=True,
              help="Recordings per model call; with --jobs 2 or more, two calls run at once.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Report format.")
@click.option("--debug", is_flag=True, help="Show tracebacks for unexpected errors.")
def fix_command(paths, target_spec, output_dir, kind, model_dir, fail_level, config_path, isolated, max_duration,
                no_cache, cache_dir, jobs, batch_size, fmt, debug) -> None:
    """Write a corrected copy of each recording that the target phone system accepts.

    Trims silence, removes DC offset and mains hum, sets the speech level for the phone and converts
    to the target's format; then lints each copy and says what is fixed and what needs a new take.
    """
    from dataclasses import replace

    from . import fix
    from .cache import TranscriptCache
    from .config import ConfigError, load_settings
    from .pipeline import Linter, Options, collect_inputs, input_type
    from .rules_api import PluginError, load_rules
    from .transcribe import Transcriber

    try:
        settings = load_settings(Path(config_path) if config_path else None, isolated=isolated)
        rules = load_rules()
    except (ConfigError, PluginError) as exc:
        _fail(str(exc), debug)
    settings = _with_target(settings, target_spec, False, debug)
    if settings.target is None:
        _fail("fix needs a target: --target NAME (see 'greetlint targets') or target = \"...\" in the config")
    if fail_level:
        settings = replace(settings, fail_level=fail_level)
    profile = settings.target
    # scripts found in folders have nothing to fix; a script named on the command line gets its error line
    files = [f for f in collect_inputs(list(paths)) if input_type(f) == "audio" or f in paths]
    if not files:
        _fail("no recordings found")
    folder = _cache_folder(cache_dir)  # an empty --cache-dir is an error even with --no-cache
    cache = TranscriptCache(None if no_cache else folder)
    transcriber = Transcriber(model_dir=model_dir, cache_dir=cache.folder, settings=settings.asr_settings())
    options = Options(kind=kind, today=_dt.date.today(), max_duration_s=max_duration)
    from .facts.lexicon import LexiconError

    try:  # the config's lexicon-dir counts here as in check
        linter = Linter(rules, settings, options, transcriber, cache)
    except LexiconError as exc:
        _fail(str(exc), debug)

    outcomes = fix.plan(files, Path(output_dir), profile)
    todo = [o for o in outcomes if o.error is None]
    try:
        for o, (_, outcome) in zip(todo, _lint_all(linter, [o.path for o in todo], batch_size, jobs, debug)):
            o.before = _lint_one(outcome.result, o.path, debug, announce_errors=False)
            fix.fix_one(o, profile, max_duration)
        written = [o for o in todo if o.error is None]
        for o, (_, outcome) in zip(written, _lint_all(linter, [o.output for o in written], batch_size, jobs, debug)):
            o.after = _lint_one(outcome.result, o.output, debug, announce_errors=False)
    except KeyboardInterrupt:
        click.echo("greetlint: interrupted", err=True)
        sys.exit(130)
    for o in outcomes:
        lines = fix.report_lines(o)
        if o.error:
            click.echo(lines[0], err=True)
        elif fmt == "text":
            click.echo("\n".join(lines) + "\n")
    if fmt == "json":
        import json

        click.echo(json.dumps(fix.json_document(outcomes, profile), indent=2, ensure_ascii=False))
    _prune_cache(cache)  # the run's last step: every entry it read is marked used, the report is out
    sys.exit(fix.exit_code(outcomes, settings.fail_level))


_CACHE_DIR_OPTION = click.option(
    "--cache-dir", type=click.Path(file_okay=False),
    help="The cache folder, as given to check's --cache-dir [default: $XDG_CACHE_HOME/greetlint if set, else "
         "~/.cache/greetlint]. A folder that is a symbolic link means its target; no link inside it is followed.")


@main.group("cache")
def cache_group() -> None:
    """Show or remove greetlint's cache (transcripts, results, compiled code).

    check and fix keep there what the model heard in each recording (transcripts) and what was judged from it
    (results), so a re-run skips the model. At the end of a run, after its report and at most once a day,
    greetlint removes the transcripts and results no run has used for 7 days (and temporary files of writes
    that died); anything else goes only with 'greetlint cache clean'."""


def _cache_folder(cache_dir: Optional[str]) -> Path:
    """The folder of --cache-dir (check, fix, cache info/clean); an empty value is an error, never the default
    (``--cache-dir "$UNSET"`` in a script must not clean or fill the user's own cache)."""
    from .cache import default_cache_dir

    if cache_dir is None:
        return default_cache_dir()
    if not cache_dir.strip():
        _fail("--cache-dir is empty: give a folder, or leave the option out for the default cache folder")
    return Path(cache_dir)


def _cache_contents(folder: Path):
    from .cache import cache_contents

    try:
        return cache_contents(folder)
    except OSError as exc:
        _fail(f"cannot read the cache folder {folder}: {exc.strerror or exc}")


def _bytes(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    raise AssertionError  # pragma: no cover


def _count(n: int, noun: str) -> str:
    """``n`` and the noun, right-aligned for a column."""
    plural = noun if n == 1 else ("entries" if noun == "entry" else noun + "s")
    return f"{n:>7,} {plural:<7}"


def _age(mtime: float, now: float) -> str:
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(mtime))
    hours = max(0.0, now - mtime) / 3600
    if hours < 1:
        return f"{when} ({hours * 60:.0f} min ago)"
    return f"{when} ({hours:.0f} h ago)" if hours < 48 else f"{when} ({hours / 24:.0f} days ago)"


_KIND_NOTES = {"compiled": "numba kernels, parsed patterns, templates", "other": "the model's checked hash, the pruning's stamp"}


@cache_group.command("info")
@_CACHE_DIR_OPTION
def cache_info(cache_dir: Optional[str]) -> None:
    """Show the cache folder and greetlint's files in it, by kind, with their size and, for transcripts and
    results, when the least recently used one was last used.

    Only files greetlint wrote count, by their exact names; lock files are not counted. Nothing is changed."""
    from .cache import CACHE_KINDS, ENTRY_KINDS, MAX_AGE_DAYS

    folder = _cache_folder(cache_dir)
    contents = _cache_contents(folder)
    click.echo(f"cache folder: {folder}" + ("" if contents.exists else " (none yet)"))
    now = time.time()
    for kind in CACHE_KINDS:
        held = contents.kinds[kind]
        if not held.files and kind not in ENTRY_KINDS:
            continue
        counted = _count(held.entries if kind in ENTRY_KINDS else held.files, "entry" if kind in ENTRY_KINDS else "file")
        if kind in ENTRY_KINDS:
            note = f"least recently used {_age(held.oldest, now)}" if held.oldest is not None else ""
        else:
            note = _KIND_NOTES[kind]
        click.echo(f"  {kind:<12} {counted} {_bytes(held.size):>9}  {note}".rstrip())
    click.echo(f"  {'total':<12} {_count(contents.files, 'file')} {_bytes(contents.size):>9}")
    click.echo(f"Transcripts and results unused for {MAX_AGE_DAYS} days are removed at the end of a check or fix, "
               "after its report\n(at most once a day); 'greetlint cache clean' removes everything above. Only files "
               "greetlint wrote,\nby their exact names, are counted or removed.")


@cache_group.command("clean")
@_CACHE_DIR_OPTION
def cache_clean(cache_dir: Optional[str]) -> None:
    """Remove greetlint's files from its cache folder (no confirmation is asked).

    Removed: every transcript and result, the temporary files of writes that died, the stamps (the model's
    checked hash, the last pruning's time) and, in the default folder only, the compiled numba kernels, parsed
    patterns and templates; then the folders this emptied, and the cache folder itself if nothing else is left
    in it. The next check hears every recording again (the model runs: seconds per file) and, after a clean of
    the default folder, compiles the audio libraries' code again (tens of seconds, once).

    Only files named exactly as greetlint names them count: a file greetlint did not write is kept (whatever
    its name looks like), and so is the folder holding it; a .pruned stamp counts only when empty, as greetlint
    writes it. No link inside the folder is followed (a --cache-dir that is itself a link is: greetlint's files in
    its target are removed, the link is kept). Lock files are kept (another
    greetlint may hold them). The key that signs results (outside the cache folder) is kept too."""
    from .cache import clean_cache

    folder = _cache_folder(cache_dir)
    # every path made absolute before anything is removed: the current folder may be one clean removes
    # (``--cache-dir ..`` from inside the cache's transcripts/), and a relative path would then mean nothing
    where = _absolute(folder)
    contents = _cache_contents(where)
    if not contents.exists:
        click.echo(f"nothing to remove: no cache folder {folder}")
        return
    if not contents.files:
        click.echo(f"nothing to remove: no greetlint files in {folder}")
        return
    cleaned = clean_cache(where, contents)
    files = sum(n for n, _ in cleaned.removed.values())
    size = sum(b for _, b in cleaned.removed.values())
    if files:
        click.echo(f"removed {files:,} {'file' if files == 1 else 'files'}, {_bytes(size)}, from {folder}")
        for kind, (n, b) in cleaned.removed.items():
            click.echo(f"  {kind:<12} {_count(n, 'file')} {_bytes(b):>9}")
    if cleaned.failed:
        _fail(f"could not remove {cleaned.failed:,} of {cleaned.found:,} files in {folder}: {cleaned.error}")
    if cleaned.locks:
        n = len(cleaned.locks)
        click.echo(f"kept {n} lock {'file' if n == 1 else 'files'} (another greetlint may hold {'it' if n == 1 else 'them'})")
    if not cleaned.folder_removed:
        click.echo(f"kept {folder}: {_why_kept(where, bool(cleaned.locks))}")


def _absolute(folder: Path) -> Path:
    """`folder` as an absolute path naming the same thing (a link named last stays a link: clean does not
    remove a link's target folder), so it still means that folder once the current folder is gone."""
    try:
        if folder.name in ("", ".", ".."):
            return Path(os.path.realpath(folder))
        return Path(os.path.realpath(folder.parent)) / folder.name
    except OSError as exc:  # the current folder is gone already
        _fail(f"cannot read the cache folder {folder}: {exc.strerror or exc}")


def _why_kept(folder: Path, locks: bool) -> str:
    """Why clean left the cache folder itself (said only as it is: a link, the current folder, or not empty).
    `folder` is absolute (_absolute): the current folder may be gone."""
    if folder.is_symlink():
        return "a symbolic link (only files greetlint wrote in its target were removed)"
    try:
        left = any(True for _ in os.scandir(folder))
    except OSError:
        left = True
    if left:
        return "not empty (files greetlint did not write, or the lock files above)" if locks else \
            "it holds files greetlint did not write"
    from .cache import is_current_folder

    if is_current_folder(folder):
        return "the current folder (now empty)"
    return "empty, but it could not be removed"


@main.command("targets")
@click.argument("name", required=False)
def list_targets(name: Optional[str]) -> None:
    """List the phone-system profiles (or show one, with every limit and its source)."""
    from .targets import TargetError, describe, listing, load_target

    try:
        click.echo("\n".join(listing() if name is None else describe(load_target(name))))
    except TargetError as exc:
        _fail(str(exc))


@main.command("rules")
def list_rules() -> None:
    """List every rule, built-in and from plugins."""
    from .rules_api import PluginError, load_rules

    try:
        rules = load_rules()
    except PluginError as exc:
        _fail(str(exc))
    from importlib.metadata import packages_distributions

    distributions = packages_distributions()  # top-level module -> distributions shipping it
    for r in rules:
        origin = _rule_origin(r, distributions)
        summary = f"(preview) {r.summary()}" if r.preview else r.summary()
        click.echo(f"{r.code:<7} {r.name:<28} {r.category:<12} {r.severity:<8} {origin:<16} {summary}")


def _rule_origin(rule, distributions: dict) -> str:
    """The distribution that ships a rule ('greetlint' for built-ins, the plugin package otherwise)."""
    top_module = type(rule).__module__.split(".")[0]
    return ",".join(dict.fromkeys(distributions.get(top_module, []))) or top_module  # editable installs list one twice


@main.command("schema")
def show_schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the JSON report (--format json)."""
    from .schema import report_schema_text

    click.echo(report_schema_text(), nl=False)


@main.command("rule")
@click.argument("code")
def show_rule(code: str) -> None:
    """Show the full documentation of one rule (by code or name)."""
    from .rules_api import PluginError, load_rules

    try:
        rules = load_rules()
    except PluginError as exc:
        _fail(str(exc))
    for r in rules:
        if code.upper() == r.code or code == r.name:
            preview = "; preview: runs only with --preview" if r.preview else ""
            click.echo(f"{r.code} {r.name}  ({r.category}, default {r.severity}{preview})\n")
            click.echo(r.documentation())
            if r.options:
                click.echo(f"\nOptions ([tool.greetlint.rules.{r.code}]):")
                for o in r.options:
                    bounds = f", {o.range_text()}" if o.low is not None or o.high is not None else ""
                    click.echo(f"  {o.name} = {o.default!r}{bounds}\n      {o.help}")
            return
    _fail(f"no rule {code!r}; see 'greetlint rules'")


if __name__ == "__main__":  # pragma: no cover
    main()
