"""What a rule is, and how rules are found.

A rule is a small class with a stable ``code`` and ``name``, a ``category``,
a default ``severity``, and a docstring whose first line says what it checks,
followed by an **Anti-pattern** and a **Best practice** example. ``check``
receives the read-only :class:`~greetlint.model.Analysis` and yields findings
made with :meth:`Rule.finding`.

Rules are found through the ``greetlint.rules`` entry point group. The
built-in rules are registered there too (``builtin = "greetlint.rules:RULES"``),
so third-party rules load exactly the same way. An entry point may point at a
Rule subclass or at a list of them.
"""
from __future__ import annotations

import inspect
from importlib.metadata import entry_points
from typing import ClassVar, Iterable, Iterator, Optional

from .model import Analysis, Finding

ENTRY_POINT_GROUP = "greetlint.rules"
CATEGORIES = ("name-number", "callback", "length", "clarity", "courtesy", "audio")
# what a finding costs in the 0-100 score, by severity
PENALTY = {"error": 25, "warning": 10, "info": 2}


class Rule:
    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    category: ClassVar[str] = ""
    severity: ClassVar[str] = "warning"
    # which kinds of recording the rule applies to
    kinds: ClassVar[tuple[str, ...]] = ("greeting", "message")
    # True when the rule needs audio (measures or word times); skipped for text scripts
    needs_audio: ClassVar[bool] = False
    # content rules have nothing to say about a recording with no words in it
    needs_speech: ClassVar[bool] = True
    # a preview rule has not yet shown the precision it is built for on scripts it was not tuned on:
    # it runs only with ``--preview`` or ``preview = true`` (as ruff's preview rules)
    preview: ClassVar[bool] = False

    def applies_to(self, analysis: Analysis) -> bool:
        if analysis.kind not in self.kinds:
            return False
        if self.needs_speech and not analysis.transcript.words:
            return False
        return not (self.needs_audio and analysis.audio is None)

    def check(self, analysis: Analysis) -> Iterable[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    @classmethod
    def summary(cls) -> str:
        doc = inspect.getdoc(cls) or ""
        return doc.strip().splitlines()[0] if doc.strip() else ""

    @classmethod
    def documentation(cls) -> str:
        return inspect.getdoc(cls) or ""

    def finding(self, analysis: Analysis, message: str, fix: Optional[str] = None, *,
                char_start: Optional[int] = None, char_end: Optional[int] = None,
                start: Optional[float] = None, end: Optional[float] = None,
                severity: Optional[str] = None) -> Finding:
        """A finding located by transcript span (times derived) or by audio time."""
        if start is None and char_start is not None:
            start, end = analysis.transcript.span_times(char_start, char_end)
        if char_start is None and start is not None and analysis.transcript.timed:
            hit = [w for w in analysis.transcript.words
                   if w.start is not None and w.end is not None and w.end > start and w.start < (end if end is not None else start)]
            if hit:
                char_start, char_end = hit[0].char_start, hit[-1].char_end
        severity = severity or self.severity
        if severity == "error" and analysis.kind_confidence == "unsure" and set(self.kinds) != {"greeting", "message"}:
            # a rule for one kind of recording, on a recording whose kind is in doubt: not an error
            severity = "warning"
        return Finding(rule=self.code, name=self.name, category=self.category,
                       severity=severity, message=message, fix=fix,
                       start=_round(start), end=_round(end), char_start=char_start, char_end=char_end)


def _round(value: Optional[float]) -> Optional[float]:
    return None if value is None else round(float(value), 2)


class PluginError(Exception):
    pass


def _rules_from(obj, origin: str) -> Iterator[type[Rule]]:
    if inspect.isclass(obj) and issubclass(obj, Rule):
        yield obj
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            yield from _rules_from(item, origin)
    else:
        raise PluginError(f"entry point {origin} is not a greetlint Rule class or a list of them")


def load_rules() -> list[Rule]:
    """Instantiate every rule registered under the entry point group, sorted by code."""
    found: dict[str, type[Rule]] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        origin = f"{ep.name} = {ep.value}"
        try:
            obj = ep.load()
        except Exception as exc:
            raise PluginError(f"cannot load rule plugin {origin}: {exc}") from None
        for cls in _rules_from(obj, origin):
            _validate(cls, origin)
            other = found.get(cls.code)
            if other is not None and other is not cls:
                raise PluginError(f"rule code {cls.code} is defined twice ({other.__module__} and {cls.__module__})")
            found[cls.code] = cls
    return [found[code]() for code in sorted(found)]


def _validate(cls: type[Rule], origin: str) -> None:
    missing = [attr for attr in ("code", "name", "category") if not getattr(cls, attr)]
    if missing:
        raise PluginError(f"rule {cls.__name__} from {origin} lacks {', '.join(missing)}")
    if cls.severity not in PENALTY:
        raise PluginError(f"rule {cls.code} has unknown severity {cls.severity!r}")
