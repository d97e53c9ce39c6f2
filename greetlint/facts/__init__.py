"""Facts a caller hears: names, company, numbers, callback window, alternative contact, ...

Entry points used by the pipeline (signatures are stable):

    detect_kind(transcript, lexicon=None) -> "greeting" | "message"
    kind_confidence(transcript, lexicon=None) -> "sure" | "unsure"
    extract_facts(transcript, kind, today, lexicon=None, kind_sure=True) -> Facts

``lexicon`` is the :class:`~.lexicon.Lexicon` in force (the Linter's: built-in lists plus the
user's ``lexicon-dir``); None reads the built-in lists alone.

Every fact carries the character span of the words it came from, so the
pipeline can map it to audio times (``Transcript.span_times``). The readers
work on the transcript with the recogniser's spelling quirks undone
(:mod:`.normalize`); their spans are mapped back to ``transcript.text`` here.
The phrase lists behind each reader are data in ``greetlint/lexicon/`` (see
:func:`load_lexicon`).

The entry points live in :mod:`.reading` and are imported on first use (``greetlint.facts.extract_facts``
works as always): a run whose every result is cached (``greetlint.cache``), or code that needs only the
phrase lists (``greetlint.facts.lexicon``), does not import the readers, their patterns and phonenumbers.
"""
from __future__ import annotations

__all__ = ["Lexicon", "detect_kind", "extract_facts", "kind_confidence", "load_lexicon"]


def __getattr__(name: str):
    """An entry point of :mod:`.reading`, or a submodule (``greetlint.facts.callback``) on first access."""
    if name.startswith("__") or name == "reading":  # "reading" itself: the import system asks while importing it
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    try:
        return getattr(importlib.import_module(f"{__name__}.reading"), name)
    except AttributeError:
        pass
    if name in _submodules():
        return importlib.import_module(f"{__name__}.{name}")  # also sets it as this module's attribute
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _submodules() -> list[str]:
    import pkgutil

    return [info.name for info in pkgutil.iter_modules(__path__)]


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__) | set(_submodules()))
