"""Score 0-100 and grade A-F: 100 minus the penalties of the findings, by severity."""
from __future__ import annotations

from .model import Finding
from .rules_api import PENALTY

GRADES = ((90, "A"), (80, "B"), (70, "C"), (60, "D"))


def apply_penalties(findings: list[Finding]) -> int:
    """Set each finding's penalty and return the score they leave."""
    for f in findings:
        f.penalty = PENALTY[f.severity]
    return max(0, 100 - sum(f.penalty for f in findings))


def grade(score: int) -> str:
    for floor, letter in GRADES:
        if score >= floor:
            return letter
    return "F"
