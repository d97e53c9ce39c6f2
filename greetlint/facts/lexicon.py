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


@lru_cache(maxsize=None)
def load_lexicon(name: str) -> dict:
    """The parsed ``greetlint/lexicon/<name>.toml`` (cached; treat it as read-only)."""
    with (LEXICON_DIR / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


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


def lexicon_list(name: str, key: str) -> list[str]:
    node = load_lexicon(name)
    for part in key.split("."):
        node = node.get(part, {}) if isinstance(node, dict) else {}
    return list(node) if isinstance(node, list) else []


def lexicon_words(name: str, key: str) -> frozenset[str]:
    """A lexicon list used as a set of lower-case words (stop lists, honorifics, ...)."""
    return frozenset(w.lower() for w in lexicon_list(name, key))
