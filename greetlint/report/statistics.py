"""``--statistics``: how many findings each rule produced, most frequent first (like ``ruff --statistics``)."""
from __future__ import annotations

from collections import Counter

from ..model import FileResult


def render_statistics(results: list[FileResult]) -> str:
    counts = Counter((f.rule, f.name, f.severity) for r in results for f in r.findings)
    files = Counter(f.rule for r in results for f in {f.rule: f for f in r.findings}.values())
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
    lines = [f"{n:>5}  {rule:<7} {name:<28} {severity:<8} in {files[rule]} file{'s' if files[rule] != 1 else ''}"
             for (rule, name, severity), n in rows]
    failed = sum(1 for r in results if r.error is not None)
    if failed:
        lines.append(f"{failed:>5}  could not be processed")
    return "\n".join(lines) + "\n" if lines else "no findings\n"
