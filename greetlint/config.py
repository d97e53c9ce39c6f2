"""Settings: defaults, overridden by ``[tool.greetlint]`` in pyproject.toml or a greetlint.toml, then by flags.

Unknown keys and bad values raise :class:`ConfigError` naming the key; the CLI
turns that into one line and exit code 2.
"""
from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

if TYPE_CHECKING:  # imported where a config has expectations: phonenumbers is no import of every run
    from .expect import Expectation
from .model import SEVERITIES
from .rules_api import option_key


class ConfigError(Exception):
    pass


@dataclass(frozen=True)
class Thresholds:
    greeting_warn_seconds: float = 25.0
    greeting_max_seconds: float = 30.0
    greeting_min_seconds: float = 5.0
    message_max_seconds: float = 30.0
    message_warn_words: int = 90  # about 30 s at 180 wpm
    wpm_min: float = 110.0
    wpm_max: float = 180.0
    max_callback_hours: float = 24.0
    filler_rate: float = 0.03  # share of words that are fillers before it is a finding
    leading_silence_warn: float = 0.5
    leading_silence_error: float = 2.0
    pause_max_seconds: float = 2.0
    phone_system_max_seconds: float = 60.0
    digits_per_second_max: float = 2.5
    # audio measures (greetlint.measures); dB values are negative, like the meters that show them
    trailing_silence_warn: float = 2.0
    loudness_min_lufs: float = -30.0
    loudness_max_lufs: float = -9.0
    clipped_share_max: float = 0.001  # share of samples flattened at full scale
    snr_min_db: float = 20.0
    hum_max_db: float = 15.0  # how far a 50/60 Hz line may stand above the spectrum around it
    number_pause_min_seconds: float = 0.25
    low_confidence_share_max: float = 0.25
    mumble_probability_min: float = 0.35  # mean recogniser confidence of the worst 3-word stretch


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] = ()  # empty: all rules
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)  # code -> severity override
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)  # glob -> codes/categories
    kinds: dict[str, str] = field(default_factory=dict)  # glob -> kind
    fail_level: str = "warning"
    fail_under: Optional[float] = None
    thresholds: Thresholds = field(default_factory=Thresholds)
    expect: dict[str, Expectation] = field(default_factory=dict)  # glob -> expected facts (greetlint.expect)
    lexicon_dir: Optional[Path] = None  # the user's phrase lists, extending greetlint/lexicon/*.toml
    target: Any = None  # greetlint.targets.Profile: the phone system files must upload to (GL47x)
    preview: bool = False  # also run the rules marked preview (not yet proven precise)
    # [tool.greetlint.rules.CODE]: each rule's own options (names as declared), checked by check_rule_selectors
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    # the recogniser's beams (transcribe.AsrSettings): the first pass's (1 is greedy: faster, and it
    # loses numbers and amounts) and the one number stretches are decoded again with (greetlint.renumber)
    beam_size: int = 5
    number_beam_size: int = 5
    source: Optional[str] = None  # file the settings came from

    def asr_settings(self):
        """The recogniser's settings these settings choose (transcribe.AsrSettings, part of the cache key)."""
        from .transcribe import AsrSettings

        return AsrSettings(beam_size=self.beam_size, number_beam_size=self.number_beam_size)

    def rule_enabled(self, code: str, category: str, path: str) -> bool:
        def matches(selectors) -> bool:
            return any(code.startswith(s) or s == category for s in selectors)

        if self.select and not matches(self.select):
            return False
        if matches(self.ignore):
            return False
        for pattern, codes in self.per_file_ignores.items():
            if _glob_match(path, pattern) and matches(codes):
                return False
        return True

    def expectations_for(self, path: str) -> list[Expectation]:
        """Every expected-facts table whose glob matches the path, in config order."""
        return [exp for pattern, exp in self.expect.items() if _glob_match(path, pattern)]

    def kind_for(self, path: str) -> Optional[str]:
        for pattern, kind in self.kinds.items():
            if _glob_match(path, pattern):
                return kind
        return None


def _glob_match(path: str, pattern: str) -> bool:
    path = path.replace("\\", "/")
    return fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(Path(path).name, pattern) or \
        fnmatch.fnmatch(path, f"*/{pattern}")


_KINDS = ("greeting", "message")
_THRESHOLD_KEYS = {f.name.replace("_", "-"): f for f in fields(Thresholds)}


def find_config(start: Path) -> Optional[Path]:
    """The nearest greetlint.toml, or pyproject.toml with a [tool.greetlint] table, walking up."""
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / "greetlint.toml"
        if candidate.is_file():
            return candidate
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                with open(candidate, "rb") as fh:
                    if "greetlint" in tomllib.load(fh).get("tool", {}):
                        return candidate
            except (OSError, tomllib.TOMLDecodeError):
                continue
    return None


def load_settings(config_path: Optional[Path] = None, isolated: bool = False, cwd: Optional[Path] = None) -> Settings:
    if isolated:
        return Settings()
    path = config_path or find_config(cwd or Path.cwd())
    if path is None:
        return Settings()
    doc = read_toml(path, str(path), "config", ConfigError)
    table = doc.get("tool", {}).get("greetlint", {}) if path.name == "pyproject.toml" else doc.get("tool", {}).get("greetlint", doc)
    return parse_settings(table, str(path))


def read_toml(path: Path, label: str, what: str, error: type[Exception]) -> dict:
    """A TOML file's document, or ``error`` with one line saying why it can't be read or parsed."""
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise error(f"{label}: cannot read {what} ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{label}: invalid TOML ({exc})") from None


def parse_settings(table: dict, source: str = "<config>") -> Settings:
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: [tool.greetlint] must be a table")
    values: dict[str, Any] = {"source": source}
    thresholds: dict[str, Any] = {}
    for key, value in table.items():
        where = f"{source}: key '{key}'"
        if key in ("select", "ignore"):
            values[key] = _codes(value, where)
        elif key == "severity":
            values["severity"] = {code: _severity(sev, _key_path(source, key, code)) for code, sev in _table(value, where).items()}
        elif key == "per-file-ignores":
            values["per_file_ignores"] = {glob: _codes(codes, _key_path(source, key, glob)) for glob, codes in _table(value, where).items()}
        elif key == "kinds":
            values["kinds"] = {glob: _choice(kind, _KINDS, _key_path(source, key, glob)) for glob, kind in _table(value, where).items()}
        elif key == "fail-level":
            values["fail_level"] = _severity(value, where)
        elif key == "fail-under":
            values["fail_under"] = _number(value, where, 0, 100)
        elif key == "thresholds":
            for tkey, tval in _table(value, where).items():
                if tkey not in _THRESHOLD_KEYS:
                    raise ConfigError(f"{where}: unknown threshold '{tkey}' (known: {', '.join(sorted(_THRESHOLD_KEYS))})")
                # levels in dB/LUFS are negative; every other threshold is a count, share or duration
                low = None if tkey.endswith(("-lufs", "-db")) else 0
                thresholds[_THRESHOLD_KEYS[tkey].name] = _number(tval, _key_path(source, key, tkey), low, None)
        elif key == "expect":
            values["expect"] = {glob: _expectation(spec, source, f"{key}.{glob}") for glob, spec in _table(value, where).items()}
        elif key == "preview":
            if not isinstance(value, bool):
                raise ConfigError(f"{where}: expected true or false")
            values["preview"] = value
        elif key == "rules":
            values["rule_options"] = {code: {option_key(name): v for name, v in _table(opts, _key_path(source, key, code)).items()}
                                      for code, opts in _table(value, where).items()}
        elif key == "lexicon-dir":
            if not isinstance(value, str) or not value:
                raise ConfigError(f"{where}: expected a folder path")
            # relative to the config file, like ruff's paths
            values["lexicon_dir"] = (Path(source).parent / value) if source and Path(source).exists() else Path(value)
        elif key in ("beam-size", "number-beam-size"):
            name = key.replace("-", "_")
            values[name] = int(_number(value, where, 1, 16))
            if value != values[name]:
                raise ConfigError(f"{where}: expected a whole number, got {value!r}")
        elif key == "target":
            from .targets import TargetError, load_target

            try:  # a profile file is relative to the config file
                values["target"] = load_target(value, Path(source).parent if source and Path(source).exists() else None)
            except TargetError as exc:
                raise ConfigError(f"{where}: {exc}") from None
        else:
            raise ConfigError(f"{where}: unknown key (known: select, ignore, severity, per-file-ignores, kinds, "
                              "fail-level, fail-under, thresholds, rules, expect, lexicon-dir, target, preview, beam-size, "
                              "number-beam-size)")
    if thresholds:
        values["thresholds"] = replace(Thresholds(), **thresholds)
    return Settings(**values)


def _table(value, where) -> dict:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a table, got {type(value).__name__}")
    return value


def _key_path(source: str, *keys: str) -> str:
    """How an error names a nested key: ``pyproject.toml: key 'severity.GL202'``."""
    return f"{source}: key '{'.'.join(keys)}'"


def _expectation(value, source: str, key_path: str) -> "Expectation":
    from .expect import ExpectationError, parse_expectation

    try:
        return parse_expectation(_table(value, _key_path(source, key_path)), key_path)
    except ExpectationError as exc:
        raise ConfigError(f"{source}: {exc}") from None


def check_rule_selectors(settings: Settings, rules) -> None:
    """Every code, prefix or category named in the settings must match a loaded rule (a typo selects nothing)."""
    codes = {r.code for r in rules}
    categories = {r.category for r in rules}

    def known(selector: str) -> bool:
        return selector in categories or any(code.startswith(selector) for code in codes)

    named = [("select", s) for s in settings.select] + [("ignore", s) for s in settings.ignore]
    named += [(f"per-file-ignores.{glob}", s) for glob, sels in settings.per_file_ignores.items() for s in sels]
    for key, selector in named:
        if not known(selector):
            raise ConfigError(f"{settings.source or '<flags>'}: key '{key}': no rule code or category {selector!r}")
    for code in settings.severity:
        if code not in codes:
            raise ConfigError(f"{settings.source or '<flags>'}: key 'severity.{code}': no rule {code!r}")
    _check_rule_options(settings, {r.code: r for r in rules})


def _check_rule_options(settings: Settings, rules: dict) -> None:
    """Each [rules.CODE] table names a loaded rule and only options it declares, with valid values."""
    source = settings.source or "<flags>"
    for code, values in settings.rule_options.items():
        rule = rules.get(code)
        if rule is None:
            raise ConfigError(f"{source}: key 'rules.{code}': no rule {code!r}")
        declared = {o.name: o for o in rule.options}
        for name, value in values.items():
            if name not in declared:
                known = ", ".join(declared) or "none"
                raise ConfigError(f"{source}: key 'rules.{code}.{name}': {code} has no option {name!r} (its options: {known})")
            try:
                values[name] = declared[name].validate(value, f"{source}: key 'rules.{code}.{name}'")
            except ValueError as exc:
                raise ConfigError(str(exc)) from None


def _codes(value, where) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{where}: expected a list of rule codes or categories")
    return tuple(value)


def _severity(value, where) -> str:
    return _choice(value, SEVERITIES, where)


def _choice(value, allowed, where) -> str:
    if value not in allowed:
        raise ConfigError(f"{where}: {value!r} is not one of {', '.join(allowed)}")
    return value


def _number(value, where, low, high) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigError(f"{where}: expected a number, got {value!r}")
    if (low is not None and value < low) or (high is not None and value > high):
        raise ConfigError(f"{where}: {value} is out of range")
    return float(value)
