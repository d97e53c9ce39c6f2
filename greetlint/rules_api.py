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
import operator
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any, Callable, ClassVar, Iterable, Iterator, Optional

from .model import Analysis, Finding, PhoneHearing
from .targets import LIMIT_FIELDS, Limit, Profile, fix_hint, hedge, severity_of

ENTRY_POINT_GROUP = "greetlint.rules"
CATEGORIES = ("name-number", "callback", "length", "clarity", "courtesy", "audio")
# what a finding costs in the 0-100 score, by severity
PENALTY = {"error": 25, "warning": 10, "info": 2}


@dataclass(frozen=True)
class Option:
    """A setting a rule declares for itself, set in ``[tool.greetlint.rules.CODE]`` (like sqlfluff's config_keywords).

    ``greetlint rule CODE`` lists a rule's options; the config loader rejects unknown names and
    values of the wrong type or out of range, naming the key.
    """

    name: str  # as written in the config, with hyphens ("min-range-semitones"); underscores are accepted too
    default: Any
    help: str
    low: Optional[float] = None
    high: Optional[float] = None

    def validate(self, value: Any, where: str) -> Any:
        """The value, converted to the default's type; ValueError with a message naming ``where`` when invalid."""
        if isinstance(self.default, bool):
            if not isinstance(value, bool):
                raise ValueError(f"{where}: expected true or false, got {value!r}")
            return value
        if isinstance(self.default, (int, float)):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ValueError(f"{where}: expected a number, got {value!r}")
            if (self.low is not None and value < self.low) or (self.high is not None and value > self.high):
                raise ValueError(f"{where}: {value} is out of range ({self.range_text()})")
            if isinstance(self.default, int) and not float(value).is_integer():
                raise ValueError(f"{where}: expected a whole number, got {value!r}")
            return type(self.default)(value)
        if not isinstance(value, type(self.default)):
            raise ValueError(f"{where}: expected {type(self.default).__name__}, got {value!r}")
        return value

    def range_text(self) -> str:
        low = "-inf" if self.low is None else f"{self.low:g}"
        high = "inf" if self.high is None else f"{self.high:g}"
        return f"{low} .. {high}"


def option_key(name: str) -> str:
    return name.replace("_", "-")


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
    # settings this rule declares for itself: [tool.greetlint.rules.CODE] name = value
    options: ClassVar[tuple[Option, ...]] = ()

    def option(self, analysis: Analysis, name: str) -> Any:
        """This rule's option ``name``: the config's value for this rule, else the declared default."""
        declared = {o.name: o for o in self.options}[option_key(name)]
        configured = analysis.settings.rule_options.get(self.code, {})
        return configured.get(declared.name, declared.default)

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


_COMPARE: dict[str, Callable[[float, float], bool]] = {">": operator.gt, ">=": operator.ge, "<": operator.lt}


class MeasureRule(Rule):
    """The shape of an audio rule that reads one measure and compares it with a limit.

    A subclass is a row of the table: ``measure`` (an attribute of ``Measures``, dotted for a
    nested one, e.g. ``"hum.excess_db"``; or ``"delivery.<attribute>"``), ``limit`` (a rule
    option's name, else a ``[tool.greetlint.thresholds]`` name), ``fails_when`` (the comparison
    of value with limit that makes a finding: ``">"``, ``">="`` or ``"<"``), ``requires`` (other
    measures that must have been measured), and ``describe`` for the words. ``span`` and
    ``severity_for`` may be overridden.
    """

    needs_audio: ClassVar[bool] = True
    measure: ClassVar[str] = ""
    limit: ClassVar[str] = ""
    fails_when: ClassVar[str] = ">"
    requires: ClassVar[tuple[str, ...]] = ()

    def check(self, analysis: Analysis) -> Iterable[Finding]:
        value = self.read(analysis, self.measure)
        if value is None or any(self.read(analysis, name) in (None, ()) for name in self.requires):
            return
        limit = self.limit_value(analysis)
        if not _COMPARE[self.fails_when](value, limit):
            return
        message, fix = self.describe(analysis, value, limit)
        start, end = self.span(analysis, value)
        yield self.finding(analysis, message, fix, start=start, end=end, severity=self.severity_for(analysis, value))

    def limit_value(self, analysis: Analysis) -> float:
        if any(o.name == self.limit for o in self.options):
            return self.option(analysis, self.limit)
        return getattr(analysis.settings.thresholds, self.limit.replace("-", "_"))

    @staticmethod
    def read(analysis: Analysis, path: str) -> Any:
        """A measure by attribute path: ``"snr_db"``, ``"hum.excess_db"``, ``"delivery.words_per_minute"``."""
        head, _, rest = path.partition(".")
        obj: Any = analysis.delivery if head == "delivery" else analysis.audio.measures
        for name in (rest.split(".") if head == "delivery" else path.split(".")):
            if obj is None:
                return None
            obj = getattr(obj, name)
        return obj

    def describe(self, analysis: Analysis, value: float, limit: float) -> tuple[str, Optional[str]]:  # pragma: no cover
        raise NotImplementedError

    def span(self, analysis: Analysis, value: float) -> tuple[Optional[float], Optional[float]]:
        """Where the finding points: by default the speech, first sound to last."""
        m = analysis.audio.measures
        return m.speech_start_s, m.speech_end_s

    def severity_for(self, analysis: Analysis, value: float) -> Optional[str]:
        return None  # the rule's (or the config's) severity


class TargetRule(Rule):
    """The shape of a phone-system target rule (GL47x): one limit of the ``--target`` profile.

    A subclass names the profile's ``limit`` (a ``Profile`` field: ``"sample_rates"``,
    ``"max_seconds"``, ...) and implements ``violation``: what in the recording breaks the limit,
    as the message's words, or None when the limit is met or the fact is unknown. The rule runs
    only when a target is set and its profile has that limit. The message is those words, the
    hedge for a third-party figure and a full stop; the severity is the limit's (an error when the
    vendor documents it, else a warning). ``fix`` (default: ``greetlint fix`` with the target) and
    ``span`` (default: none) may be overridden.
    """

    category: ClassVar[str] = "audio"
    severity: ClassVar[str] = "error"
    needs_audio: ClassVar[bool] = True
    needs_speech: ClassVar[bool] = False
    limit: ClassVar[str] = ""

    def check(self, analysis: Analysis) -> Iterable[Finding]:
        profile = analysis.settings.target
        limit = None if profile is None else getattr(profile, self.limit)
        if limit is None:
            return
        what = self.violation(analysis, profile, limit)
        if what is None:
            return
        start, end = self.span(analysis, limit)
        yield self.finding(analysis, f"{what}{hedge(profile, limit)}.", self.fix(analysis, profile, limit),
                           start=start, end=end, severity=severity_of(limit))

    def violation(self, analysis: Analysis, profile: Profile, limit: Limit) -> Optional[str]:  # pragma: no cover
        raise NotImplementedError

    def fix(self, analysis: Analysis, profile: Profile, limit: Limit) -> Optional[str]:
        return fix_hint(profile, analysis.path)

    def span(self, analysis: Analysis, limit: Limit) -> tuple[Optional[float], Optional[float]]:
        return None, None


class PhoneLossRule(Rule):
    """The shape of a ``--phone-check`` rule: a fact heard in the recording that its phone-line render lost.

    A subclass names ``fact`` (a list in ``Facts``: ``"phone_numbers"``, ``"names"``), the
    ``advice`` that is the finding's fix, and implements ``kept`` (whether the render still carries
    one fact), ``describe`` (how the message names it) and ``heard`` (what the render gave instead).
    Each lost fact is a finding at the fact's place in the transcript.
    """

    category: ClassVar[str] = "audio"
    severity: ClassVar[str] = "warning"
    needs_audio: ClassVar[bool] = True
    fact: ClassVar[str] = ""
    advice: ClassVar[str] = ""

    def check(self, analysis: Analysis) -> Iterable[Finding]:
        phone = analysis.phone
        if phone is None:
            return
        for item in getattr(analysis.facts, self.fact):
            if self.kept(item, phone):
                continue
            yield self.finding(analysis, f"The {self.describe(item)} does not come through on the phone line "
                               f"(the {phone.codec} 8 kHz render gave {self.heard(phone)}).", self.advice,
                               char_start=item.char_start, char_end=item.char_end)

    def kept(self, item: Any, phone: PhoneHearing) -> bool:  # pragma: no cover
        raise NotImplementedError

    def describe(self, item: Any) -> str:  # pragma: no cover
        raise NotImplementedError

    def heard(self, phone: PhoneHearing) -> str:  # pragma: no cover
        raise NotImplementedError


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
    names = [o.name for o in cls.options]
    if len(set(names)) != len(names) or any(n != option_key(n) for n in names):
        raise PluginError(f"rule {cls.code} declares options twice or with underscores: {names}")
    if issubclass(cls, MeasureRule) and cls.fails_when not in _COMPARE:
        raise PluginError(f"rule {cls.code}: fails_when must be one of {', '.join(_COMPARE)}")
    if issubclass(cls, TargetRule) and cls.limit not in LIMIT_FIELDS:
        raise PluginError(f"rule {cls.code}: limit must be one of {', '.join(LIMIT_FIELDS)}")
