"""The terminal report: one block per file (score, grade, facts heard, findings at mm:ss), then a batch line."""
from __future__ import annotations

import textwrap
from typing import Optional

import click

from ..model import FileResult, Finding
from .summary import BatchSummary

SEVERITY_STYLE = {"error": ("red", "E"), "warning": ("yellow", "W"), "info": ("blue", "I")}
GRADE_COLOUR = {"A": "green", "B": "green", "C": "yellow", "D": "yellow", "F": "red"}


def mmss(seconds: Optional[float]) -> str:
    if seconds is None:
        return "  -  "
    seconds = max(0.0, seconds)
    return f"{int(seconds // 60):02d}:{seconds % 60:04.1f}"


def _location(f: Finding, r: FileResult) -> str:
    if f.start is not None:
        return mmss(f.start)
    if f.char_start is not None and r.analysis is not None:
        # scripts have no times: show the line:column like a code linter
        text = r.analysis.transcript.text
        line = text.count("\n", 0, f.char_start) + 1
        col = f.char_start - (text.rfind("\n", 0, f.char_start) + 1) + 1
        return f"{line}:{col}"
    return "  -  "


def _facts_line(r: FileResult) -> str:
    a = r.analysis
    facts = a.facts
    parts = [f"name: {', '.join(s.text for s in facts.names) or '-'}"]
    if facts.company:
        parts.append(f"company: {facts.company.text}")
    nums = ", ".join(n.digits + (f" x{n.count}" if n.count > 1 else "") for n in facts.phone_numbers)
    parts.append(f"number: {nums or '-'}")
    cb = facts.callback
    parts.append(f"callback: {cb.cls}" + (f" ({cb.phrase})" if cb.phrase else ""))
    if facts.alt_contact:
        parts.append("urgent: " + ", ".join(c.text for c in facts.alt_contact))
    return "; ".join(parts)


def _target_line(a) -> str:
    """The file as the target sees it, and with --phone-check what came through on its line."""
    from ..targets import describe_file, megabytes

    size = f", {megabytes(a.audio.file_bytes)}" if a.audio.file_bytes is not None else ""
    line = f"target {a.settings.target.name}: {describe_file(a.audio, a.path)}{size}"
    if a.phone is not None:
        numbers = ", ".join(n.digits for n in a.phone.facts.phone_numbers) or "-"
        names = ", ".join(s.text for s in a.phone.facts.names) or "-"
        line += f"; on the {a.phone.codec} line: name: {names}; number: {numbers}"
    return line


def render_file(r: FileResult, color: bool) -> str:
    style = (lambda s, **kw: click.style(s, **kw)) if color else (lambda s, **kw: s)
    if r.error is not None:
        return f"{style(r.path, bold=True)}: {style('error', fg='red', bold=True)} [{r.error.code}] {r.error.message}\n"
    a = r.analysis
    length = f"{a.duration_s:.1f} s" if a.duration_s is not None else f"~{a.spoken_seconds:.0f} s spoken"
    head = (f"{style(r.path, bold=True)}  {a.kind} ({a.input}, {length})  "
            f"score {r.score} {style(r.grade, fg=GRADE_COLOUR[r.grade], bold=True)}")
    lines = [head, "  " + style(_facts_line(r), dim=True)]
    if a.settings.target is not None and a.audio is not None:
        lines.append("  " + style(_target_line(a), dim=True))
    if not a.transcript.words:
        lines.append("  " + style("(no speech detected)", dim=True))
    for f in r.findings:
        colour, letter = SEVERITY_STYLE[f.severity]
        where = _location(f, r)
        lines.append(f"  {where:>7}  {style(f.rule, fg=colour, bold=True)} {style(letter, fg=colour)} "
                     f"{f.message} [{f.name}] (-{f.penalty})")
        if f.fix:
            lines.extend(textwrap.wrap(f"fix: {f.fix}", width=100, initial_indent=" " * 11, subsequent_indent=" " * 16))
    if not r.findings:
        lines.append("  " + style("no findings", fg="green"))
    return "\n".join(lines) + "\n"


def render(results: list[FileResult], summary: BatchSummary, ctx) -> str:
    color, quiet = ctx.color, ctx.quiet
    blocks = [render_file(r, color) for r in results if not quiet or r.error or r.findings]
    mean = f", mean score {summary.mean_score:.0f}" if summary.mean_score is not None else ""
    line = (f"{summary.files} file{'s' if summary.files != 1 else ''} checked: {summary.errors} error(s), "
            f"{summary.warnings} warning(s), {summary.infos} info{mean}")
    if summary.failed:
        line += f"; {summary.failed} file(s) could not be processed"
    return "\n".join(blocks) + ("\n" if blocks else "") + line + "\n"
