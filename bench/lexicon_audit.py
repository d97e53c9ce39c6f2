#!/usr/bin/env python3
"""Which labelled records does each lexicon alternative decide? (the de-tune audit of issue 14)

    python bench/lexicon_audit.py LABELS.json [LABELS.json ...]              # every alternative
    python bench/lexicon_audit.py LABELS.json ... --lexicon callback --max 1 # only callback.toml, 1 record
    python bench/lexicon_audit.py LABELS.json ... --only 'callback:promise.patterns'

Every regex list of ``greetlint/lexicon/*.toml`` (and every macro) is split into its alternatives at
every nesting level. Each alternative is switched off in turn (replaced by a pattern that never
matches, in a copy of the lexicon) and every record is linted again as text; the records whose
scored outcome changes (kind, name stated, numbers, callback class, alt contact, out of office,
purpose, rules fired) *depend* on that alternative. An alternative that one record alone depends
on, with an idiosyncratic wording, exists for that record, not for a phrase class: a suspect.

Word lists (stop words, honorifics) are audited as whole entries. Prints one line per alternative
with its dependants: ``COUNT  file:key[#i]  alternative  ->  ids (label agreement before/after)``;
``+`` after an id means switching the alternative off makes that record disagree with its labels
(the alternative helps it), ``-`` that it makes it agree (the alternative hurts it), ``~`` neither.

Nothing of a record's text is printed (records are identified by id), so the output can be pasted.
"""
from __future__ import annotations

import argparse
import copy
import datetime as _dt
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("GREETLINT_REGEX_CACHE", "0")  # thousands of one-off patterns: keep them off disk

from greetlint.config import Settings  # noqa: E402
from greetlint.facts.lexicon import _MACRO_RE, LEXICON_DIR, Lexicon, compile_fragments, expand_macros  # noqa: E402
from greetlint.pipeline import Linter, Options  # noqa: E402
from greetlint.rules_api import load_rules  # noqa: E402

NEVER = "(?!x)x"


# -- splitting a regex into alternatives ------------------------------------------------------------
def _after_class(pattern: str, i: int) -> int:
    """The index just after the character class ``[...]`` that opens at ``i`` (a leading ``^`` or
    ``]`` and escapes inside it skipped)."""
    n = len(pattern)
    j = i + 1
    if j < n and pattern[j] == "^":
        j += 1
    if j < n and pattern[j] == "]":
        j += 1
    while j < n and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def alternatives(pattern: str) -> list[tuple[int, int]]:
    """(start, end) of every alternative of every alternation in ``pattern`` (groups with a ``|``
    at their own level, and the top level), innermost included; character classes and escapes skipped."""
    spans: list[tuple[int, int]] = []
    stack: list[list[int]] = [[0]]  # per open group: start of the current alternative, and the bars
    bars: list[list[int]] = [[]]
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _after_class(pattern, i)
            continue
        if c == "(":
            j = i + 1
            if j < n and pattern[j] == "?":  # (?:  (?=  (?!  (?<=  (?<!  (?P<n>  (?i:  (?-i:
                j += 1
                if pattern[j] == "<" and pattern[j + 1] in "=!":
                    j += 2
                elif pattern[j] in ":=!":
                    j += 1
                elif pattern[j] == "P" and pattern[j + 1] == "<":
                    j = pattern.index(">", j) + 1
                else:  # inline flags group (?i:...) / (?-i:...)
                    j = pattern.index(":", j) + 1
            stack.append([j])
            bars.append([])
            i = j
            continue
        if c == "|":
            bars[-1].append(i)
        if c == ")":
            start = stack.pop()[0]
            own = bars.pop()
            if own:
                edges = [start - 1] + own + [i]
                spans.extend((edges[k] + 1, edges[k + 1]) for k in range(len(edges) - 1))
        i += 1
    if bars[0]:
        edges = [-1] + bars[0] + [n]
        spans.extend((edges[k] + 1, edges[k + 1]) for k in range(len(edges) - 1))
    return spans


def negative_at(pattern: str, pos: int) -> bool:
    """Is ``pos`` inside a negative lookaround ``(?!...)`` / ``(?<!...)`` of ``pattern``? Knocking out
    an alternative there can add matches; anywhere else it can only take them away."""
    stack: list[bool] = []
    i = 0
    while i < min(pos, len(pattern)):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _after_class(pattern, i)
            continue
        if c == "(":
            stack.append(pattern.startswith("(?!", i) or pattern.startswith("(?<!", i))
        elif c == ")" and stack:
            stack.pop()
        i += 1
    return any(stack)


SENTINEL = "QQSENTINELQQ"


def knocked_out(pattern: str, span: tuple[int, int]) -> str:
    return pattern[:span[0]] + NEVER + pattern[span[1]:]


# -- the lexicon's regex lists ---------------------------------------------------------------------
def regex_lists(table: dict, path: tuple = ()):
    """(path, value) of every string or list of strings in a parsed lexicon file."""
    if isinstance(table, dict):
        for key, value in table.items():
            yield from regex_lists(value, path + (key,))
    elif isinstance(table, list):
        if table and all(isinstance(v, str) for v in table):
            yield path, table
        elif table and all(isinstance(v, list) and v and isinstance(v[0], str) for v in table):
            for i, v in enumerate(table):  # [pattern, weight] pairs (kind cues)
                yield path + (i, 0), v[0]
        else:
            for i, v in enumerate(table):
                yield from regex_lists(v, path + (i,))
    elif isinstance(table, str) and path and (path[-1] == "pattern" or "macros" in path):
        yield path, table


def set_at(table: dict, path: tuple, value) -> None:
    node = table
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


class PatchedLexicon(Lexicon):
    """The built-in lists with one value replaced."""

    def __init__(self, name: str, path: tuple, value):
        super().__init__()
        self._patch = (name, path, value)

    def _read(self, name: str) -> dict:
        table = super()._read(name)
        if name == self._patch[0]:
            table = copy.deepcopy(table)
            set_at(table, self._patch[1], self._patch[2])
        return table


# -- linting every record --------------------------------------------------------------------------
def outcome(result) -> tuple:
    if result.error or result.analysis is None:
        return ("error",)
    a = result.analysis
    f = a.facts
    digits = frozenset("".join(ch for ch in n.digits if ch.isdigit())[-10:] for n in f.phone_numbers)
    return (a.kind, bool(f.names), digits, f.callback.cls if f.callback else "none", bool(f.alt_contact),
            bool(f.ooo), f.purpose_stated, frozenset(x.rule for x in result.findings))


def agreement(record: dict, out: tuple) -> int:
    """How many of the scored things agree with the labels (kind, name, numbers, callback, alt, ooo, purpose)."""
    if out[0] == "error":
        return 0
    lab = record["labels"]
    truth = frozenset("".join(ch for ch in str(d) if ch.isdigit())[-10:] for d in lab.get("phone_numbers", []))
    return sum([out[0] == record["kind"], out[1] == bool(lab.get("name_stated")), out[2] == truth,
                out[3] == (lab.get("callback") or "none"), out[4] == bool(lab.get("alt_contact")),
                out[5] == bool(lab.get("ooo")),
                lab.get("purpose_stated") is None or out[6] == lab.get("purpose_stated")])


class Corpus:
    def __init__(self, label_files: list[str], today: _dt.date):
        self.records = []
        for f in label_files:
            tag = Path(f).parent.name if Path(f).stem in ("greetings", "messages", "numbers") else Path(f).stem
            tag = f"{tag}/{Path(f).stem}" if Path(f).stem in ("greetings", "messages", "numbers") else tag
            for r in json.load(open(f, encoding="utf-8")):
                if r.get("text") and not r.get("template"):
                    self.records.append(dict(r, _tag=f"{tag}:{r['id']}"))
        self.tmp = tempfile.TemporaryDirectory()
        self.paths = []
        for i, r in enumerate(self.records):
            p = os.path.join(self.tmp.name, f"{i:05d}.txt")
            Path(p).write_text(r["text"], encoding="utf-8")
            self.paths.append(p)
        self.rules = load_rules()
        self.settings = Settings()
        self.options = Options(kind=None, today=today, max_duration_s=None, phone_codec=None)

    def run(self, lexicon: Lexicon, subset=None) -> list[tuple]:
        linter = Linter(self.rules, self.settings, self.options, None, None, lexicon=lexicon)
        idx = range(len(self.paths)) if subset is None else subset
        return {i: outcome(linter.lint(self.paths[i])) for i in idx}


def fragments_of(table: dict):
    """[(path, index or None, text)] of every regex of a lexicon file (list items and single patterns)."""
    out = []
    for path, value in regex_lists(table):
        if isinstance(value, list):
            out.extend((path, i, v) for i, v in enumerate(value))
        else:
            out.append((path, None, value))
    return out


def uses(fragment: str, macros: dict, name: str, seen=None) -> bool:
    """Does ``fragment`` use the macro ``name``, directly or through another macro?"""
    seen = seen or set()
    for m in _MACRO_RE.finditer(fragment):
        ref = m.group(1)
        if ref == name:
            return True
        if ref in macros and ref not in seen:
            seen.add(ref)
            if uses(macros[ref], macros, name, seen):
                return True
    return False


class TextMatcher:
    """Stage 1: the texts (as said and as normalized) on which one fragment's matches change."""

    def __init__(self, texts: list[str]):
        from greetlint.facts import _normalized
        from greetlint.transcript import from_script
        self.texts = [(t, _normalized(from_script(t)).text) for t in texts]
        self._base: dict = {}

    def spans(self, pattern) -> list:
        return [(frozenset(m.span() for m in pattern.finditer(a)), frozenset(m.span() for m in pattern.finditer(b)))
                for a, b in self.texts]

    def base(self, key, build):
        if key not in self._base:
            self._base[key] = self.spans(build())
        return self._base[key]

    def changed(self, key, build_base, pattern, negative: bool = True) -> set[int]:
        """Records whose matches differ; with ``negative=False`` (the knocked-out piece is in no
        negative lookaround, so matches can only go) only the records the base pattern matched."""
        before = self.base(key, build_base)
        out = set()
        for i, (a, b) in enumerate(self.texts):
            if not negative and not before[i][0] and not before[i][1]:
                continue
            after = (frozenset(m.span() for m in pattern.finditer(a)), frozenset(m.span() for m in pattern.finditer(b)))
            if after != before[i]:
                out.add(i)
        return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("labels", nargs="+")
    ap.add_argument("--lexicon", action="append", help="only these lexicon files (stem)")
    ap.add_argument("--only", action="append", help="only these lists, 'file:dotted.key' (a prefix)")
    ap.add_argument("--max", type=int, default=2, help="print alternatives matching at most this many records [2]")
    ap.add_argument("--today", default="2026-12-01")
    ap.add_argument("--no-lint", action="store_true", help="stage 1 only: the records whose matches change")
    ap.add_argument("--macros", choices=("yes", "no", "only"), default="yes", help="audit the [macros] too [yes]")
    args = ap.parse_args(argv)
    corpus = Corpus(args.labels, _dt.date.fromisoformat(args.today))
    matcher = TextMatcher([r["text"] for r in corpus.records])
    base = corpus.run(Lexicon()) if not args.no_lint else {}
    base_agree = {i: agreement(corpus.records[i], o) for i, o in base.items()}
    print(f"# {len(corpus.records)} records", flush=True)
    files = sorted(p.stem for p in LEXICON_DIR.glob("*.toml"))
    for name in files:
        if args.lexicon and name not in args.lexicon:
            continue
        table = Lexicon().table(name)
        macros = Lexicon().macros(name)  # the [macros] and the file's lists, as the readers expand them
        frags = fragments_of(table)
        for path, idx, item in frags:
            key = ".".join(str(p) for p in path)
            if args.only and not any(f"{name}:{key}".startswith(o) for o in args.only):
                continue
            is_macro = path[0] == "macros"
            if (args.macros == "no" and is_macro) or (args.macros == "only" and not is_macro):
                continue
            spans = ([(0, len(item))] if not is_macro else []) + alternatives(item)
            for span in spans:
                alt = item[span[0]:span[1]]
                new = knocked_out(item, span)
                changed: set[int] = set()
                try:
                    if is_macro:
                        patched_macros = dict(macros, **{path[1]: new})
                        for fpath, fidx, fitem in frags:
                            if fpath[0] != "macros" and uses(fitem, macros, path[1]):
                                fkey = (name, fpath, fidx)
                                marked = expand_macros(fitem, dict(macros, **{path[1]: knocked_out(item, (span[0], span[0])).replace(NEVER, SENTINEL, 1)}))
                                negative = any(negative_at(marked, k) for k in _find_all(marked, SENTINEL))
                                changed |= matcher.changed(fkey, lambda: compile_fragments([fitem], macros),
                                                           compile_fragments([fitem], patched_macros), negative)
                    else:
                        changed = matcher.changed((name, path, idx), lambda: compile_fragments([item], macros),
                                                  compile_fragments([new], macros), negative_at(item, span[0]))
                except Exception as exc:  # a knocked-out piece that breaks the pattern
                    print(f"ERR  {name}:{key}#{idx}@{span[0]}  {alt[:80]}  {exc}", flush=True)
                    continue
                if not changed or len(changed) > args.max:
                    continue
                marks = []
                if not args.no_lint:
                    if isinstance(idx, int):
                        value = list(_get(table, path))
                        value[idx] = new
                    else:
                        value = new
                    got = corpus.run(PatchedLexicon(name, path, value), sorted(changed))
                    for i in sorted(changed):
                        if got[i] == base[i]:
                            marks.append(corpus.records[i]["_tag"] + "=")
                            continue
                        a0, a1 = base_agree[i], agreement(corpus.records[i], got[i])
                        marks.append(corpus.records[i]["_tag"] + ("+" if a1 < a0 else "-" if a1 > a0 else "~"))
                else:
                    marks = [corpus.records[i]["_tag"] for i in sorted(changed)]
                print(f"{len(changed)}  {name}:{key}#{idx}@{span[0]}  {alt[:160]}  ->  {' '.join(marks)}", flush=True)


def _find_all(text: str, sub: str) -> list[int]:
    out, at = [], text.find(sub)
    while at >= 0:
        out.append(at)
        at = text.find(sub, at + 1)
    return out


def _get(table: dict, path: tuple):
    node = table
    for key in path:
        node = node[key]
    return node


if __name__ == "__main__":
    sys.exit(main())
