"""Phrase lists live as TOML data in ``greetlint/lexicon/`` so users can extend them without Python.

A lexicon file holds lists of regex fragments (matched case-insensitively, on
word boundaries). A ``[macros]`` table names fragments that other entries use
as ``{name}``, so a list can say ``{we_will} call you back`` instead of
repeating the subject and auxiliary alternatives in every line. A list of the
same file may be used the same way: ``{fillers}`` is the alternation of the
file's ``fillers`` list (with the entries a user's file adds), so a fragment
uses a list instead of copying part of it (:meth:`Lexicon.macros`).

The lists in force are a :class:`Lexicon` object (built-in files plus the user's ``lexicon-dir``),
made once per Linter and passed into the facts layer; the readers reach it through
``load_lexicon`` / ``lexicon_pattern`` / ``lexicon_list`` / ``lexicon_words`` and keep what they
build from it with :func:`lexicon_cached`, never in module state.
"""
from __future__ import annotations

import functools
import re
import tomllib
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, TypeVar

from .. import regex_cache

T = TypeVar("T")

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicon"
_MACRO_RE = re.compile(r"\{([a-z_]+)\}")


class LexiconError(Exception):
    pass


class Lexicon:
    """The phrase lists in force for a run: the built-in files, extended by the user's folders.

    Built once per :class:`~greetlint.pipeline.Linter` from its settings (``lexicon-dir``) and passed
    into the facts layer (``extract_facts(..., lexicon=...)``). It parses each file once and keeps
    what the readers build from it (compiled patterns, word sets: :meth:`memo`, :func:`lexicon_cached`),
    so two Linters with different folders in one process never see each other's lists.
    """

    def __init__(self, user_dirs: Iterable[Path] = ()):
        self.user_dirs = tuple(Path(d) for d in user_dirs)
        for folder in self.user_dirs:
            _check_user_dir(folder)
        self._memo: dict = {}

    @classmethod
    def for_settings(cls, settings) -> "Lexicon":
        """The lexicon of a config (``Settings.lexicon_dir``); LexiconError names a broken folder or file."""
        return cls(() if settings.lexicon_dir is None else (settings.lexicon_dir,))

    def memo(self, key, build: Callable[[], T]) -> T:
        """``build()`` once per key for this lexicon (safe across threads: a race builds it twice)."""
        try:
            return self._memo[key]
        except KeyError:
            return self._memo.setdefault(key, build())

    def table(self, name: str) -> dict:
        """The parsed ``greetlint/lexicon/<name>.toml``, extended by the user's files (read-only)."""
        return self.memo(("table", name), lambda: self._read(name))

    def _read(self, name: str) -> dict:
        lexicon = _read_toml(LEXICON_DIR / f"{name}.toml")
        for folder in self.user_dirs:
            extra = folder / f"{name}.toml"
            if extra.is_file():
                lexicon = _merge(lexicon, _read_toml(extra))
        return lexicon

    def list(self, name: str, key: str) -> list[str]:
        node = self.table(name)
        for part in key.split("."):
            node = node.get(part, {}) if isinstance(node, dict) else {}
        return list(node) if isinstance(node, list) else []

    def words(self, name: str, key: str) -> frozenset[str]:
        return self.memo(("words", name, key), lambda: frozenset(w.lower() for w in self.list(name, key)))

    def pattern(self, name: str, *keys: str) -> re.Pattern:
        return self.memo(("pattern", name, keys), lambda: self._pattern(name, keys))

    def _pattern(self, name: str, keys: tuple[str, ...]) -> re.Pattern:
        fragments: list[str] = []
        for key in keys:
            fragments.extend(self.list(name, key))
        if not fragments:
            return re.compile(r"(?!x)x")  # matches nothing
        return compile_fragments(fragments, self.macros(name))

    def fragment_patterns(self, name: str, key: str) -> tuple[re.Pattern, ...]:
        """One pattern per fragment of the list (for :func:`longest_matches`)."""
        def build():
            macros = self.macros(name)
            return tuple(compile_fragments([f], macros) for f in self.list(name, key))
        return self.memo(("fragments", name, key), build)

    def macros(self, name: str) -> dict[str, str]:
        """What ``{name}`` stands for in the fragments of ``<name>.toml``: its ``[macros]``, and each of its
        top-level lists of strings as the alternation of its entries in file order (a macro of the same
        name wins)."""
        def build():
            table = self.table(name)
            lists = {key: "(?:" + "|".join(value) + ")" for key, value in table.items()
                     if isinstance(value, list) and value and all(isinstance(v, str) for v in value)}
            return {**lists, **table.get("macros", {})}
        return self.memo(("macros", name), build)


def _check_user_dir(folder: Path) -> None:
    """A user folder must exist and only extend built-in files; a broken file fails now, with its name."""
    if not folder.is_dir():
        raise LexiconError(f"lexicon-dir {folder} is not a folder")
    for path in sorted(folder.glob("*.toml")):
        if not (LEXICON_DIR / path.name).is_file():
            raise LexiconError(f"{path}: no built-in lexicon named '{path.stem}' to extend "
                               f"(known: {', '.join(sorted(p.stem for p in LEXICON_DIR.glob('*.toml')))})")
        _read_toml(path)


# The lexicon the facts layer reads: set for the length of a call by the entry points
# (``extract_facts``, ``detect_kind``, ``kind_confidence``) from the Lexicon passed in; outside
# one, the built-in lists alone. A context variable, so threads linting files at once each see
# their own Linter's lexicon.
_ACTIVE: ContextVar[Optional[Lexicon]] = ContextVar("greetlint_lexicon", default=None)
_BUILTIN: list[Lexicon] = []  # the built-in lists alone, made on first use (no user folders: never stale)


def builtin() -> Lexicon:
    if not _BUILTIN:
        _BUILTIN.append(Lexicon())
    return _BUILTIN[0]


def current() -> Lexicon:
    """The lexicon in force: the one passed to the facts layer's entry point, else the built-in one."""
    return _ACTIVE.get() or builtin()


@contextmanager
def using(lexicon: Optional[Lexicon]) -> Iterator[None]:
    """Read ``lexicon`` for the length of the block (None: keep the one in force)."""
    if lexicon is None:
        yield
        return
    token = _ACTIVE.set(lexicon)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def lexicon_cached(fn: Callable[..., T]) -> Callable[..., T]:
    """Keep what a reader builds from the lexicon (a pattern, a word set) on the lexicon in force,
    by the reader and its arguments: the lexicon-aware ``lru_cache``."""
    name = f"{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def cached(*args):
        return current().memo((name, args), lambda: fn(*args))

    return cached


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"{path}: {exc}") from None


def _merge(base: dict, extra: dict) -> dict:
    """Lists are extended, tables merged key by key, anything else replaced."""
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = merged[key] + value
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def load_lexicon(name: str) -> dict:
    """The parsed ``<name>.toml`` of the lexicon in force (read-only)."""
    return current().table(name)


def expand_macros(fragment: str, macros: dict[str, str]) -> str:
    """Replace ``{name}`` with its macro text, repeatedly, so macros may use macros."""
    for _ in range(5):
        expanded = _MACRO_RE.sub(lambda m: macros.get(m.group(1), m.group(0)), fragment)
        if expanded == fragment:
            break
        fragment = expanded
    return fragment


def compile_fragments(fragments: Iterable[str], macros: dict[str, str] | None = None) -> re.Pattern:
    """One case-insensitive alternation of the fragments, anchored on word boundaries."""
    parts = [expand_macros(f, macros or {}) for f in fragments]
    # longest first, so "out of the office until" wins over "out of the office"
    parts.sort(key=len, reverse=True)
    # parsed once per machine, not per run (the largest are tens of kB once macros are expanded)
    return regex_cache.compile(r"(?<![\w'])(?:" + "|".join(f"(?:{p})" for p in parts) + r")(?![\w'])", re.IGNORECASE)


def lexicon_pattern(name: str, *keys: str) -> re.Pattern:
    """Compiled alternation of the lists at ``keys`` (dotted paths like ``"promise.vague"``) in lexicon ``name``."""
    return current().pattern(name, *keys)


def longest_matches(name: str, key: str, text: str) -> list[tuple[int, int]]:
    """(start, end) of the lexicon phrases at ``key`` in ``text``: leftmost first, and of the
    phrases starting there the longest one, without overlaps.

    ``lexicon_pattern`` takes the first alternative that matches, so "I don't check this"
    (a short phrase with an optional object) can win over "I don't check this mailbox".
    """
    spans = sorted({m.span() for p in current().fragment_patterns(name, key) for m in p.finditer(text)},
                   key=lambda span: (span[0], -span[1]))
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


def lexicon_list(name: str, key: str) -> list[str]:
    return current().list(name, key)


def lexicon_words(name: str, key: str) -> frozenset[str]:
    """A lexicon list used as a set of lower-case words (stop lists, honorifics, ...)."""
    return current().words(name, key)
