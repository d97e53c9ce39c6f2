"""Phrase lists live as TOML data in ``greetlint/lexicon/`` so users can extend them without Python.

A lexicon file holds lists of regex fragments (matched case-insensitively, on
word boundaries). A ``[macros]`` table names fragments that other entries use
as ``{name}``, so a list can say ``{we_will} call you back`` instead of
repeating the subject and auxiliary alternatives in every line.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Iterable

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicon"
_MACRO_RE = re.compile(r"\{([a-z_]+)\}")
# folders of the user's own lexicon files (config key ``lexicon-dir``), merged over the built-in ones
_USER_DIRS: list[Path] = []


class LexiconError(Exception):
    pass


def use_user_lexicon(folder: Path) -> None:
    """Extend the built-in lists with ``folder/<name>.toml`` files. Call before anything is linted."""
    if not folder.is_dir():
        raise LexiconError(f"lexicon-dir {folder} is not a folder")
    for path in sorted(folder.glob("*.toml")):
        if not (LEXICON_DIR / path.name).is_file():
            raise LexiconError(f"{path}: no built-in lexicon named '{path.stem}' to extend "
                               f"(known: {', '.join(sorted(p.stem for p in LEXICON_DIR.glob('*.toml')))})")
        _read_toml(path)  # a broken user file fails now, with its name, not mid-batch
    _USER_DIRS.append(folder)
    for cached in (load_lexicon, lexicon_pattern, _fragment_patterns):
        cached.cache_clear()


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


@lru_cache(maxsize=None)
def load_lexicon(name: str) -> dict:
    """The parsed ``greetlint/lexicon/<name>.toml``, extended by the user's files (cached; read-only)."""
    lexicon = _read_toml(LEXICON_DIR / f"{name}.toml")
    for folder in _USER_DIRS:
        extra = folder / f"{name}.toml"
        if extra.is_file():
            lexicon = _merge(lexicon, _read_toml(extra))
    return lexicon


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
    return re.compile(r"(?<![\w'])(?:" + "|".join(f"(?:{p})" for p in parts) + r")(?![\w'])", re.IGNORECASE)


@lru_cache(maxsize=None)
def lexicon_pattern(name: str, *keys: str) -> re.Pattern:
    """Compiled alternation of the lists at ``keys`` (dotted paths like ``"promise.vague"``) in lexicon ``name``."""
    lex = load_lexicon(name)
    macros = lex.get("macros", {})
    fragments: list[str] = []
    for key in keys:
        fragments.extend(lexicon_list(name, key))
    if not fragments:
        return re.compile(r"(?!x)x")  # matches nothing
    return compile_fragments(fragments, macros)


def longest_matches(name: str, key: str, text: str) -> list[tuple[int, int]]:
    """(start, end) of the lexicon phrases at ``key`` in ``text``: leftmost first, and of the
    phrases starting there the longest one, without overlaps.

    ``lexicon_pattern`` takes the first alternative that matches, so "I don't check this"
    (a short phrase with an optional object) can win over "I don't check this mailbox".
    """
    spans = sorted({m.span() for p in _fragment_patterns(name, key) for m in p.finditer(text)},
                   key=lambda span: (span[0], -span[1]))
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


@lru_cache(maxsize=None)
def _fragment_patterns(name: str, key: str) -> tuple[re.Pattern, ...]:
    macros = load_lexicon(name).get("macros", {})
    return tuple(compile_fragments([f], macros) for f in lexicon_list(name, key))


def lexicon_list(name: str, key: str) -> list[str]:
    node = load_lexicon(name)
    for part in key.split("."):
        node = node.get(part, {}) if isinstance(node, dict) else {}
    return list(node) if isinstance(node, list) else []


def lexicon_words(name: str, key: str) -> frozenset[str]:
    """A lexicon list used as a set of lower-case words (stop lists, honorifics, ...)."""
    return frozenset(w.lower() for w in lexicon_list(name, key))
