"""Output formats by name. Each renderer is ``render(results, summary, ctx) -> str``.

``ctx`` is a :class:`RenderContext`. Formats never change the exit code.
Modules are imported only when their format is used, so start-up stays fast.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Optional

# format name -> module under greetlint.report with a render(results, summary, ctx) function
FORMATS: dict[str, str] = {
    "text": "text_report",
    "json": "json_report",
    "jsonl": "jsonl_report",  # streamed by `greetlint check`, one line per file as it finishes
    "html": "html_report",
    "sarif": "sarif_report",
    "junit": "junit_report",
    "github": "github_report",
    "gitlab": "gitlab_report",
}


@dataclass
class RenderContext:
    model: Optional[dict] = None  # {"name": ..., "compute_type": ...} or None for text-only runs
    color: bool = False
    quiet: bool = False
    rules: list = field(default_factory=list)  # the loaded Rule instances (for rule metadata)
    options: dict[str, Any] = field(default_factory=dict)  # format-specific flags


def render(fmt: str, results, summary, ctx: RenderContext) -> str:
    module = importlib.import_module(f"greetlint.report.{FORMATS[fmt]}")
    return module.render(results, summary, ctx)
