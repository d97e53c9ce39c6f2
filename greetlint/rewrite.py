"""The suggested rewrite: a script the owner can read aloud, filled from the facts a caller heard.

One jinja2 template per situation (``templates/rewrite_<situation>.txt``): a
standard greeting, out-of-office, after-hours, and a left message. Every slot
is filled with the extracted fact, word for word, or with a clearly marked
placeholder ("[your direct number]") when the recording never said it: the
rewrite never guesses a name, number or window.

``suggest(analysis, findings)`` returns the JSON ``rewrite`` object::

    {"text": "...", "changes": ["..."], "situation": "greeting", "placeholders": ["[your name]"],
     "segments": [{"text": "Hi, you've reached ", "placeholder": false}, ...],
     "word_count": 52, "estimated_seconds": 20.8}
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

import jinja2

from .model import Analysis, Facts, Finding

SPOKEN_WPM = 150.0  # a calm, clear reading pace for a voicemail script

SITUATIONS = ("greeting", "out_of_office", "after_hours", "message")

# What the owner fills in when the recording never said it (labels read as instructions), and
# about how many words it will take to say, for the length estimate.
PLACEHOLDERS = {
    "name": ("[your name]", 2),
    "company": ("[your company or team]", 2),
    "number": ("[your direct number]", 10),
    "callback_window": ("[when you will call back, e.g. by 5 p.m. the next business day]", 6),
    "urgent": ("[who to call if it's urgent, e.g. press 0 for reception]", 6),
    "return_date": ("[your return date]", 4),
    "business_hours": ("[your business hours]", 8),
    "purpose": ("[why you are calling]", 8),
    "best_time": ("[when you are easiest to reach]", 5),
}
_PLACEHOLDER_WORDS = dict(PLACEHOLDERS.values())

# Placeholders travel through the template wrapped in private-use characters, so the rendered
# text can be split into fact/placeholder segments without confusing them with brackets a
# speaker (or a hostile script) wrote.
_PH_OPEN, _PH_CLOSE = "\ue000", "\ue001"
_PH_RE = re.compile(f"{_PH_OPEN}(.*?){_PH_CLOSE}", re.S)
_RETURN_LEAD_RE = re.compile(r"^(?:i(?:'ll| will| shall|'m| am)\s+(?:be\s+)?(?:back|return(?:ing)?)|back)\s+", re.I)
# "I'm calling about X": the template says "I'm calling", so keep only "about X"
_CALLING_LEAD_RE = re.compile(r"^(?:(?:i|we)(?:'m| am|'re| are| was| were)\s+)?(?:just\s+)?"
                              r"(?:calling|phoning|ringing|reaching out|getting in touch|following up)\b[\s,]*", re.I)
_PURPOSE_LEAD_RE = re.compile(r"^(?:about|regarding|re|to|for|because|on behalf of|with)\b", re.I)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The template environment shared by the rewrite (plain text) and the HTML report (autoescaped)."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("greetlint", "templates"),
        bytecode_cache=_bytecode_cache(),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


class _QuietBytecodeCache(jinja2.FileSystemBytecodeCache):
    """jinja2's compiled templates kept on disk; a cache dir that cannot be written only costs speed."""

    def dump_bytecode(self, bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _bytecode_cache() -> Optional[jinja2.BytecodeCache]:
    """Compiled templates in the default cache dir (as numba's kernels and regex_cache's patterns: code,
    not results). A template is parsed and compiled to Python once per machine, not on every run: the
    three a run of voicemails uses took ~0.1 s of a warm check (jinja2's lexer and Python's compile).
    jinja2 keys each by the template's name and source checksum; ``GREETLINT_TEMPLATE_CACHE=0`` turns it off."""
    import os

    if os.environ.get("GREETLINT_TEMPLATE_CACHE", "1") == "0":
        return None
    from .cache import default_cache_dir

    # compiled code depends on jinja2's version and the environment's options (trim_blocks ...), which
    # jinja2's own key leaves out: both name the folder. It is the user's own (0700), else not used.
    from . import __version__

    folder = default_cache_dir() / f"templates-{jinja2.__version__}-{__version__}-{_ENV_OPTIONS}"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if folder.stat().st_uid != os.getuid():
            return None
    except (OSError, AttributeError):
        return None
    return _QuietBytecodeCache(str(folder))


# the options _environment() compiles with, short: part of the bytecode cache's folder name
_ENV_OPTIONS = "tb1-lb1-ae-html"


def situation_of(analysis: Analysis) -> str:
    if analysis.kind == "message":
        return "message"
    if analysis.facts.ooo is not None:
        return "out_of_office"
    if analysis.facts.after_hours:
        return "after_hours"
    return "greeting"


def suggest(analysis: Analysis, findings: list[Finding]) -> dict:
    """The rewrite for one file (see the module docstring for the shape)."""
    situation = situation_of(analysis)
    slots = fact_slots(analysis.facts)
    rendered = environment().get_template(f"rewrite_{situation}.txt").render(
        {key: _value_or_placeholder(key, value) for key, value in slots.items()})
    segments = _segments(_tidy(rendered))
    text = "".join(s["text"] for s in segments)
    placeholders = list(dict.fromkeys(s["text"] for s in segments if s["placeholder"]))
    seconds = estimated_seconds(segments)
    return {
        "text": text,
        "changes": changes(analysis, situation, slots, findings, seconds),
        "situation": situation,
        "placeholders": placeholders,
        "segments": segments,
        "word_count": len(text.split()),
        "estimated_seconds": seconds,
    }


def estimated_seconds(segments: list[dict]) -> float:
    """Seconds to read the rewrite aloud at SPOKEN_WPM, with each placeholder at its typical length."""
    words = sum(_PLACEHOLDER_WORDS.get(s["text"], 3) if s["placeholder"] else spoken_words(s["text"])
                for s in segments)
    return round(words / SPOKEN_WPM * 60.0, 1)


def spoken_words(text: str) -> int:
    """Words as said: "555-0142" is seven spoken digits, not one word."""
    return sum(max(1, len(re.findall(r"\d", token))) for token in text.split())


# -- facts -> slot values (None = not heard) -----------------------------------------------------
def fact_slots(facts: Facts) -> dict[str, Optional[str]]:
    """The template's slots, each a fact as said (the urgent sentence is the one around the first
    alternative contact, kept word for word: it tells a caller what to do)."""
    urgent = facts.alt_contact_sentence
    # a number said inside the urgent sentence belongs to that contact (a colleague, the front desk), not the owner
    own_numbers = [n for n in facts.phone_numbers
                   if urgent is None or not (urgent.char_start <= n.char_start < urgent.char_end)]
    number = own_numbers[0] if own_numbers else None
    return {
        "name": _clean(facts.names[0].text) if facts.names else None,
        "company": _clean(facts.company.text) if facts.company else None,
        "number": _number_as_written(number.text, number.digits) if number else None,
        "extension": _clean(facts.extensions[0].text) if facts.extensions else None,
        "callback_window": _callback_window(facts),
        "urgent_said": _clean_sentence(urgent.text) if urgent else None,
        "urgent": None,  # never said as a slot: the template uses urgent_said, else this placeholder
        "return_date": _return_date(facts),
        "business_hours": None,  # no extractor reports opening hours yet
        "purpose": _purpose(facts),
        "best_time": None,
    }


_EXPORT_FINDINGS = frozenset({"GL470", "GL471", "GL472", "GL473", "GL474", "GL476"})


def _clean_sentence(said: str) -> str:
    said = re.sub(r"\s+", " ", said.replace(_PH_OPEN, "").replace(_PH_CLOSE, "")).strip()
    return said if said[-1:] in ".!?" else said + "."


def _number_as_written(said: str, digits: str) -> str:
    """The number as the script should show it: as written when it was written with digits,
    else its digits grouped the usual way ("five five five ..." -> "555-0142"). Never other digits."""
    if re.search(r"\d", said) or not digits.isdigit():
        return _clean(said)
    groups = {7: (3, 4), 10: (3, 3, 4), 11: (1, 3, 3, 4)}.get(len(digits))
    if groups is None or (len(digits) == 11 and digits[0] != "1"):
        return digits
    parts, pos = [], 0
    for size in groups:
        parts.append(digits[pos:pos + size])
        pos += size
    return "-".join(parts)


def _callback_window(facts: Facts) -> Optional[str]:
    """The window words of a specific callback promise ("within 24 hours"), as said."""
    cb = facts.callback
    if cb.cls != "specific" or cb.window is None:
        return None
    return _clean(cb.window.text)


def _return_date(facts: Facts) -> Optional[str]:
    ooo = facts.ooo
    if ooo is None:
        return None
    if ooo.return_date is not None:
        d = ooo.return_date
        return f"on {d:%A}, {d:%B} {d.day}"
    if ooo.return_phrase:
        return _clean(_RETURN_LEAD_RE.sub("", ooo.return_phrase.strip()))
    return None


def _purpose(facts: Facts) -> Optional[str]:
    if facts.purpose is None:
        return None
    said = _CALLING_LEAD_RE.sub("", _clean(facts.purpose.text))
    if not said:
        return None
    return said if _PURPOSE_LEAD_RE.match(said) else f"about {said}"


def _clean(said: str) -> str:
    """A fact as said, without trailing punctuation (the template adds its own) or our markers."""
    said = said.replace(_PH_OPEN, "").replace(_PH_CLOSE, "")
    return re.sub(r"\s+", " ", said).strip().rstrip(".,;:!?")


def _value_or_placeholder(key: str, value: Optional[str]):
    if value:
        return value
    if key in PLACEHOLDERS:
        return f"{_PH_OPEN}{PLACEHOLDERS[key][0]}{_PH_CLOSE}"
    return value  # optional extras (extension): the template leaves them out


def _tidy(rendered: str) -> str:
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in rendered.splitlines()]
    return "\n".join(line for line in lines if line)


def _segments(rendered: str) -> list[dict]:
    out: list[dict] = []
    pos = 0
    for m in _PH_RE.finditer(rendered):
        if m.start() > pos:
            out.append({"text": rendered[pos:m.start()], "placeholder": False})
        out.append({"text": m.group(1), "placeholder": True})
        pos = m.end()
    if pos < len(rendered):
        out.append({"text": rendered[pos:], "placeholder": False})
    return out


# -- what changed, in words the owner understands ---------------------------------------------------
def changes(analysis: Analysis, situation: str, slots: dict, findings: list[Finding],
            rewrite_seconds: float) -> list[str]:
    facts = analysis.facts
    out: list[str] = [f"Used the {situation.replace('_', '-')} template"
                      + ("" if situation != "message" else " for a left message") + "."]
    kept = [label for key, label in (("name", "name"), ("company", "company"), ("number", "number"),
                                     ("callback_window", "callback window"), ("urgent_said", "urgent contact"))
            if slots.get(key)]
    if kept:
        out.append("Kept what callers heard: " + ", ".join(kept) + ".")
    missing = {key for key, value in slots.items() if not value and key in PLACEHOLDERS}
    if slots.get("urgent_said"):
        missing.discard("urgent")
    for key, advice in _MISSING_ADVICE:
        if key in missing and _uses_slot(situation, key):
            out.append(advice)
    if slots.get("number") and facts.phone_numbers[0].count < 2:
        out.append("Said the number twice so callers can check what they wrote down.")
    if facts.callback.cls in ("vague", "refusal") and facts.callback.phrase:
        out.append(f"Replaced {facts.callback.phrase!r} with a callback window you can keep.")
    if analysis.spoken_seconds > rewrite_seconds + 10:
        out.append(f"Shortened it from about {analysis.spoken_seconds:.0f} s to about {rewrite_seconds:.0f} s: "
                   "callers hang up on long recordings.")
    # a file's format and size for the phone system (GL470-GL474, GL476) are fixed by converting it, not by the script
    fixed = sorted({f.rule for f in findings if f.severity in ("error", "warning") and f.rule not in _EXPORT_FINDINGS})
    if fixed:
        out.append("Addresses " + ", ".join(fixed) + ".")
    return out


_MISSING_ADVICE = (
    ("name", "Added a placeholder for your name: callers need to know they reached the right person."),
    ("company", "Added a placeholder for your company or team."),
    ("number", "Added a placeholder for a direct number, said twice."),
    ("callback_window", "Added a placeholder for when you will call back."),
    ("urgent", "Added a placeholder for an urgent contact."),
    ("return_date", "Added a placeholder for your return date."),
    ("business_hours", "Added a placeholder for your business hours."),
    ("purpose", "Added a placeholder for why you are calling."),
    ("best_time", "Added a placeholder for when you are easiest to reach."),
)

_SLOTS_BY_SITUATION = {
    "greeting": {"name", "company", "number", "callback_window", "urgent"},
    "out_of_office": {"name", "company", "number", "callback_window", "urgent", "return_date"},
    "after_hours": {"company", "number", "callback_window", "urgent", "business_hours"},
    "message": {"name", "company", "number", "purpose", "best_time"},
}


def _uses_slot(situation: str, key: str) -> bool:
    return key in _SLOTS_BY_SITUATION[situation]

