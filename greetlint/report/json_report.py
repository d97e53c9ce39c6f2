"""The JSON report (schema 1): greetlint/schema/report.schema.json, described in docs/json.md.

Add fields freely (and to the schema); never rename, remove or retype one.
"""
from __future__ import annotations

import json
from typing import Optional

from .. import __version__
from ..model import Facts, FileResult, Finding
from .summary import BatchSummary

SCHEMA = 1


def facts_dict(facts: Facts, transcript) -> dict:
    def times(char_start, char_end):
        return transcript.span_times(char_start, char_end)

    def phrase(span) -> dict:
        start, end = times(span.char_start, span.char_end)
        return {"text": span.text, "char_start": span.char_start, "char_end": span.char_end, "start": start, "end": end}

    numbers = []
    for n in facts.phone_numbers:
        start, end = times(n.char_start, n.char_end)
        numbers.append({"digits": n.digits, "text": n.text, "start": start, "end": end, "count": n.count,
                        "confidence": n.confidence})
    cb = facts.callback
    return {
        "names": [s.text for s in facts.names],
        "company": facts.company.text if facts.company else None,
        "phone_numbers": numbers,
        "extensions": [s.text for s in facts.extensions],
        "callback": {"class": cb.cls, "phrase": cb.phrase, "within_hours": cb.within_hours,
                     "window": cb.window.text if cb.window else None},
        "alt_contact": [{"kind": a.kind, "text": a.text} for a in facts.alt_contact],
        "caller_contact": [{"kind": a.kind, "text": a.text} for a in facts.caller_contact],
        "self_service": [{"kind": a.kind, "text": a.text} for a in facts.self_service],
        "ooo": None if facts.ooo is None else {
            "return_phrase": facts.ooo.return_phrase,
            "return_date": facts.ooo.return_date.isoformat() if facts.ooo.return_date else None,
        },
        "purpose_stated": facts.purpose_stated,
        "word_count": facts.word_count,
        "words_per_minute": facts.words_per_minute,
        # added: how sure the recogniser was (lowest word probability; null for scripts)
        "name_confidence": list(facts.name_confidence),
        "unsure_names": [s.text for s in facts.unsure_names],
        "unsure_opening": facts.unsure_opening.text if facts.unsure_opening else None,
        "unclear_numbers": [{"text": u.text, "start": times(u.char_start, u.char_end)[0],
                             "end": times(u.char_start, u.char_end)[1], "confidence": u.confidence}
                            for u in facts.unclear_numbers],
        # added: the phrase findings (facts/phrases.py) and the sentences the rewrite keeps
        "alt_contact_sentence": facts.alt_contact_sentence.text if facts.alt_contact_sentence else None,
        "digits_said": facts.digits_said,
        "fillers": [phrase(s) for s in facts.fillers],
        "trivia": [phrase(s) for s in facts.trivia],
        "cliches": [phrase(s) for s in facts.cliches],
        "business_cues": [phrase(s) for s in facts.business_cues],
        "after_hours": [phrase(s) for s in facts.after_hours],
        "repeated_sentences": [phrase(s) for s in facts.repeated_sentences],
    }


def finding_dict(f: Finding) -> dict:
    return {"rule": f.rule, "name": f.name, "category": f.category, "severity": f.severity,
            "message": f.message, "start": f.start, "end": f.end, "char_start": f.char_start,
            "char_end": f.char_end, "fix": f.fix, "penalty": f.penalty}


def file_dict(r: FileResult) -> dict:
    a = r.analysis
    out = {
        "path": r.path,
        "input": r.input,
        "kind": a.kind if a else None,
        "kind_source": a.kind_source if a else None,
        "kind_confidence": a.kind_confidence if a else None,
        "duration_s": a.duration_s if a else None,
        "score": r.score,
        "grade": r.grade,
        "transcript": {
            "text": a.transcript.text if a else "",
            "words": [{"text": w.text, "start": w.start, "end": w.end, "probability": w.probability}
                      for w in a.transcript.words] if a and a.transcript.timed else [],
        },
        "facts": facts_dict(a.facts, a.transcript) if a else None,
        "findings": [finding_dict(f) for f in r.findings],
        "rewrite": r.rewrite,
        "error": None if r.error is None else {"code": r.error.code, "message": r.error.message},
    }
    if a and a.audio is not None:
        out["audio"] = {"sample_rate": a.audio.sample_rate, "channels": a.audio.channels, "codec": a.audio.codec,
                        "container": a.audio.container, "duration_s": a.audio.duration_s,
                        **a.audio.measures.to_json(), **(a.delivery.to_json() if a.delivery else {})}
        out["audio"].update({"file_bytes": a.audio.file_bytes, "bit_depth": a.audio.bit_depth})
    if a and a.settings.target is not None:
        out["target"] = target_dict(a.settings.target)
    if a and a.phone is not None:  # --phone-check: what came through on the phone line
        out["phone_check"] = {"codec": a.phone.codec, "text": a.phone.transcript.text,
                              "facts": facts_dict(a.phone.facts, a.phone.transcript)}
    return out


def target_dict(profile) -> dict:
    return {"name": profile.name, "title": profile.title, "origin": profile.origin,
            "output": profile.output.describe(),
            "limits": {key: {"value": list(limit.value) if isinstance(limit.value, tuple) else
                             {k: list(v) for k, v in limit.value.items()} if isinstance(limit.value, dict) else limit.value,
                             "documented": limit.documented, "source": limit.source}
                       for key, limit in profile.limits()}}


def render(results: list[FileResult], summary: BatchSummary, ctx) -> str:
    doc = {
        "schema": SCHEMA,
        "greetlint_version": __version__,
        "model": ctx.model,
        "files": [file_dict(r) for r in results],
        "summary": summary.as_dict(),
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
