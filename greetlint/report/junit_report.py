"""JUnit XML for CI test-report views (GitLab, Jenkins, Azure): a test suite per file, a test case per finding.

A file without findings is one passing test case; a file that could not be
processed is one test case with an <error>.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from ..model import FileResult
from .locations import LocatedFinding, located_findings
from .summary import BatchSummary


def _where(item: LocatedFinding) -> str:
    loc = item.location
    return f"{loc.path}:{loc.line}:{loc.column}" if loc.line is not None else loc.path


def _finding_case(suite: ET.Element, item: LocatedFinding) -> None:
    finding = item.finding
    case = ET.SubElement(suite, "testcase", name=f"{finding.rule} {finding.name}", classname=item.location.path,
                         file=item.location.path)
    if item.location.line is not None:
        case.set("line", str(item.location.line))
    failure = ET.SubElement(case, "failure", message=item.message, type=finding.severity)
    failure.text = f"{_where(item)}: {finding.rule} [{finding.severity}] {item.message}" + \
        (f"\nfix: {finding.fix}" if finding.fix else "")


def _file_suite(root: ET.Element, result: FileResult, items: list[LocatedFinding]) -> None:
    suite = ET.SubElement(root, "testsuite", name=result.path)
    if result.error is not None:
        case = ET.SubElement(suite, "testcase", name="greetlint", classname=result.path, file=result.path)
        ET.SubElement(case, "error", message=result.error.message, type=result.error.code)
    elif not items:
        ET.SubElement(suite, "testcase", name="greetlint", classname=result.path, file=result.path)
    for item in items:
        _finding_case(suite, item)
    cases = len(suite.findall("testcase"))
    suite.set("tests", str(cases))
    suite.set("failures", str(len(items)))
    suite.set("errors", "1" if result.error is not None else "0")


def render(results: list[FileResult], summary: BatchSummary, ctx) -> str:
    root = ET.Element("testsuites", name="greetlint")
    by_file: dict[int, list[LocatedFinding]] = {}
    for item in located_findings(results):
        by_file.setdefault(id(item.result), []).append(item)
    for result in results:
        _file_suite(root, result, by_file.get(id(result), []))
    root.set("tests", str(sum(int(s.get("tests")) for s in root)))
    root.set("failures", str(sum(int(s.get("failures")) for s in root)))
    root.set("errors", str(sum(int(s.get("errors")) for s in root)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
