"""The HTML feedback page: one self-contained file for the person who recorded the greeting.

Per file: the recording (embedded as a data URI, or linked with ``--html-link-audio``),
its waveform with finding markers, the transcript with clickable words and
highlighted findings, the facts a caller hears, the findings, and the suggested
rewrite with a word-level diff. No external resources: the CSS and script are
inlined from ``templates/``. Every string from a file goes through jinja2
autoescaping.

``ctx.options``: ``html_link_audio`` (bool) and ``html_path`` (where the page is
written, so linked audio paths are relative to it).
"""
from __future__ import annotations

import base64
import difflib
import mimetypes
import os
import re
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from .. import __version__
from ..model import FileResult, Finding, Transcript, clock, severity_rank
from ..rewrite import environment
from ..waveform import svg_path
from .summary import BatchSummary

WAVE_WIDTH, WAVE_HEIGHT = 1000, 120
# recordings larger than this are linked, not embedded, to keep the page openable
MAX_EMBED_BYTES = 25 * 1024 * 1024
_AUDIO_MIME = {".wav": "audio/wav", ".wave": "audio/wav", ".mp3": "audio/mpeg", ".m4a": "audio/mp4",
               ".mp4": "audio/mp4", ".aac": "audio/aac", ".ogg": "audio/ogg", ".oga": "audio/ogg",
               ".opus": "audio/ogg", ".flac": "audio/flac", ".webm": "audio/webm", ".aif": "audio/aiff",
               ".aiff": "audio/aiff", ".amr": "audio/amr", ".caf": "audio/x-caf"}


def render(results: list[FileResult], summary: BatchSummary, ctx) -> str:
    options = getattr(ctx, "options", None) or {}
    page_dir = os.path.dirname(os.path.abspath(options["html_path"])) if options.get("html_path") else os.getcwd()
    files = [file_view(i, r, link_audio=bool(options.get("html_link_audio")), page_dir=page_dir)
             for i, r in enumerate(results, start=1)]
    template = environment().get_template("report.html")
    return template.render(files=files, summary=summary, model=ctx.model, version=__version__)


# -- one file ---------------------------------------------------------------------------------------
def file_view(index: int, r: FileResult, link_audio: bool, page_dir: str) -> dict:
    a = r.analysis
    counts = Counter(f.severity for f in r.findings)
    view = {
        "id": f"file-{index}",
        "path": r.path,
        "name": os.path.basename(r.path) or r.path,
        "input": r.input,
        "kind": a.kind if a else None,
        "duration": a.duration_s if a else None,
        "score": r.score,
        "grade": r.grade,
        "counts": {sev: counts.get(sev, 0) for sev in ("error", "warning", "info")},
        "error": r.error,
        "findings": [finding_view(f, a.transcript if a else None) for f in r.findings],
    }
    if a is None:
        return view
    view["audio"] = audio_source(r.path, link_audio, page_dir) if r.input == "audio" else None
    if view["audio"] is not None:  # --phone-check: the same recording as callers hear it
        playable = view["audio"].get("src") and a.phone is not None
        view["audio"]["phone_src"] = phone_source(r.path, a.phone.codec) if playable else None
    view["target"] = target_view(a)
    view["waveform"] = waveform_view(r, a.duration_s) if a.duration_s else None
    view["transcript"] = transcript_pieces(a.transcript, r.findings)
    view["timed"] = a.transcript.timed
    view["facts"] = facts_view(a)
    view["rewrite"] = rewrite_view(r.rewrite, a.transcript.text) if r.rewrite else None
    return view


def finding_view(f: Finding, transcript: Optional[Transcript]) -> dict:
    return {"rule": f.rule, "name": f.name, "category": f.category, "severity": f.severity,
            "message": f.message, "fix": f.fix, "start": f.start, "end": f.end,
            "where": clock(f.start) if f.start is not None else line_col(transcript, f.char_start)}


def line_col(transcript: Optional[Transcript], char_start: Optional[int]) -> str:
    """Scripts have no times: 'line 2' tells the owner where to look."""
    if transcript is None or char_start is None:
        return "–"
    return f"line {transcript.text.count(chr(10), 0, char_start) + 1}"


def audio_source(path: str, link: bool, page_dir: str) -> dict:
    ext = os.path.splitext(path)[1].lower()
    mime = _AUDIO_MIME.get(ext) or mimetypes.guess_type(path)[0] or "application/octet-stream"
    try:
        size = os.path.getsize(path)
    except OSError:
        return {"src": None, "note": "The recording could not be read when the report was written."}
    if link or size > MAX_EMBED_BYTES:
        rel = os.path.relpath(os.path.abspath(path), page_dir)
        note = None if link else f"Linked, not embedded: the file is {size / 1e6:.0f} MB."
        return {"src": urllib.request.pathname2url(rel), "mime": mime, "note": note}
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return {"src": None, "note": "The recording could not be read when the report was written."}
    return {"src": f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}", "mime": mime, "note": None}


def phone_source(path: str, codec: str) -> Optional[str]:
    """The recording as callers hear it (--phone-check), rendered again from the file: small, so always embedded."""
    from ..audio import InputError
    from ..phone import render_file

    try:
        data = render_file(path, codec)
    except (InputError, OSError, ValueError):
        return None
    return f"data:audio/wav;base64,{base64.b64encode(data).decode('ascii')}"


def target_view(a) -> Optional[dict]:
    """The target phone system's checks on this recording, and what came through on its phone line."""
    profile = a.settings.target
    if profile is None or a.audio is None:
        return None
    from ..targets import checks

    view = {"name": profile.name, "label": profile.label, "title": profile.title, "checks": checks(profile, a.audio, a.path),
            "output": profile.output.describe(), "phone": None}
    if a.phone is not None:
        heard = {n.digits for n in a.phone.facts.phone_numbers}
        said = " ".join(a.phone.transcript.text.lower().split())
        rows = [{"label": "number", "text": n.digits, "ok": n.digits in heard} for n in a.facts.phone_numbers]
        rows += [{"label": "name", "text": n.text, "ok": n.text.lower() in said} for n in a.facts.names]
        view["phone"] = {"codec": {"mulaw": "mu-law", "alaw": "A-law"}[a.phone.codec], "rows": rows,
                         "text": a.phone.transcript.text}
    return view


def waveform_view(r: FileResult, duration: float) -> dict:
    markers = []
    for i, f in enumerate(r.findings):
        if f.start is None:
            continue
        end = f.end if f.end is not None and f.end > f.start else f.start
        x = f.start / duration * WAVE_WIDTH
        w = max((end - f.start) / duration * WAVE_WIDTH, 4.0)
        markers.append({"x": round(min(x, WAVE_WIDTH - w), 2), "w": round(w, 2), "start": f.start,
                        "severity": f.severity, "category": f.category, "label": f"{clock(f.start)} {f.rule}: {f.message}",
                        "finding": i})
    return {"path": svg_path(r.waveform or [], WAVE_WIDTH, WAVE_HEIGHT), "width": WAVE_WIDTH,
            "height": WAVE_HEIGHT, "duration": duration, "markers": markers}


# -- transcript: words, the gaps between them, and which findings cover them ---------------------------
@dataclass
class Piece:
    """A run of the transcript: one word (maybe clickable) or the text between words."""

    text: str
    is_word: bool
    start: Optional[float] = None
    findings: list[int] = field(default_factory=list)  # indexes into the file's findings


def transcript_pieces(transcript: Transcript, findings: list[Finding]) -> list[dict]:
    """Words and gaps in order, grouped into highlight runs: consecutive words under the same findings."""
    pieces: list[Piece] = []
    pos = 0
    for w in transcript.words:
        if w.char_start > pos:
            pieces.append(Piece(transcript.text[pos:w.char_start], False))
        covering = [i for i, f in enumerate(findings) if _covers(f, w.char_start, w.char_end)]
        pieces.append(Piece(transcript.text[w.char_start:w.char_end], True, w.start, covering))
        pos = w.char_end
    if pos < len(transcript.text):
        pieces.append(Piece(transcript.text[pos:], False))
    return _group(pieces, findings)


def _covers(f: Finding, char_start: int, char_end: int) -> bool:
    return f.char_start is not None and f.char_end is not None and f.char_end > char_start and f.char_start < char_end


def _group(pieces: list[Piece], findings: list[Finding]) -> list[dict]:
    """Runs of pieces sharing the same findings; a gap between two words of one run stays inside it."""
    runs: list[dict] = []
    for i, piece in enumerate(pieces):
        keys = piece.findings if piece.is_word else _gap_findings(pieces, i)
        if runs and runs[-1]["finding_ids"] == keys:
            runs[-1]["pieces"].append(piece)
            continue
        runs.append({"finding_ids": keys, "pieces": [piece]})
    for run in runs:
        hits = [findings[k] for k in run["finding_ids"]]
        worst = max(hits, key=lambda f: severity_rank(f.severity)) if hits else None
        run["category"] = worst.category if worst else None
        run["severity"] = worst.severity if worst else None
        run["messages"] = [f"{f.rule}: {f.message}" for f in hits]
    return runs


def _gap_findings(pieces: list[Piece], i: int) -> list[int]:
    before = pieces[i - 1].findings if i > 0 else []
    after = pieces[i + 1].findings if i + 1 < len(pieces) else []
    return before if before == after else []


# -- facts card ------------------------------------------------------------------------------------
def facts_view(a) -> list[dict]:
    """Rows of (label, what the caller heard, when); value None means the caller never heard it."""
    facts, transcript = a.facts, a.transcript

    def at(char_start, char_end):
        return transcript.span_times(char_start, char_end)[0]

    numbers = [{"text": n.text + (f" (said {n.count}×)" if n.count > 1 else " (said once)"),
                "start": at(n.char_start, n.char_end)} for n in facts.phone_numbers]
    numbers += [{"text": f"extension {e.text}", "start": at(e.char_start, e.char_end)} for e in facts.extensions]
    cb = facts.callback
    callback = None
    if cb.cls != "none":
        callback = [{"text": f"{cb.phrase or ''} ({cb.cls})".strip(), "start": at(cb.char_start, cb.char_end)}]
    ooo = facts.ooo
    return_date = None
    if ooo is not None and (ooo.return_date or ooo.return_phrase):
        said = ooo.return_date.strftime("%A, %B %d, %Y") if ooo.return_date else ooo.return_phrase
        return_date = [{"text": said, "start": at(ooo.char_start, ooo.char_end)}]
    return [
        _fact_row("Name", [{"text": s.text, "start": at(s.char_start, s.char_end)} for s in facts.names]),
        _fact_row("Company", [{"text": facts.company.text, "start": at(facts.company.char_start, facts.company.char_end)}]
                  if facts.company else None),
        _fact_row("Numbers", numbers),
        _fact_row("Callback window", callback),
        _fact_row("Urgent contact", [{"text": c.text, "start": at(c.char_start, c.char_end)} for c in facts.alt_contact]),
        # a return date only matters when the greeting says the owner is away
        _fact_row("Return date", return_date, optional=ooo is None),
    ]


def _fact_row(label: str, items: Optional[list], optional: bool = False) -> dict:
    return {"label": label, "items": items or None, "optional": optional}


# -- rewrite and its diff against what was said -------------------------------------------------------
_TOKEN_RE = re.compile(r"\S+")


def rewrite_view(rewrite: dict, said: str) -> dict:
    text = rewrite.get("text", "")
    segments = rewrite.get("segments") or [{"text": text, "placeholder": False}]
    return {"text": text, "segments": segments, "changes": rewrite.get("changes", []),
            "seconds": rewrite.get("estimated_seconds"), "placeholders": rewrite.get("placeholders", []),
            "diff": word_diff(said, text)}


def word_diff(before: str, after: str) -> list[dict]:
    """Word-level diff (difflib), matching words without case or punctuation: [{"op", "text"}]."""
    old, new = _TOKEN_RE.findall(before), _TOKEN_RE.findall(after)
    matcher = difflib.SequenceMatcher(a=[_norm(w) for w in old], b=[_norm(w) for w in new], autojunk=False)
    out: list[dict] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append({"op": "equal", "text": " ".join(new[j1:j2])})
            continue
        if i2 > i1:
            out.append({"op": "delete", "text": " ".join(old[i1:i2])})
        if j2 > j1:
            out.append({"op": "insert", "text": " ".join(new[j1:j2])})
    return out


def _norm(word: str) -> str:
    return re.sub(r"[^\w']", "", word.lower())
