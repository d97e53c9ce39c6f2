"""The feedback page in Debian's Chromium, driven by playwright (never `playwright install`).

Loads a report of a spoken greeting, a hostile script, a message script and a
missing file; clicks a word and a marker and checks the player seeks there;
checks the markers, tooltips, sorting and the rewrite; and checks that nothing
injected ever ran. Leaves a screenshot in tests/html/out/report.png.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # loads the speech model or renders speech

CHROMIUM = "/usr/bin/chromium"
SCREENSHOT = Path(__file__).parent / "out" / "report.png"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run", "--autoplay-policy=no-user-gesture-required"]
SEEK_TOLERANCE_S = 0.35  # the click also starts playback, so the clock may have run on a little


@pytest.fixture(scope="module")
def page(report):
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            tab = browser.new_page(viewport={"width": 1100, "height": 900})
            tab.dialogs, tab.errors = [], []
            tab.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
            tab.on("pageerror", lambda e: tab.errors.append(str(e)))
            tab.goto(report["html"].as_uri())
            tab.wait_for_function("() => document.querySelector('#file-1 audio').readyState >= 1", timeout=15000)
            yield tab
        finally:
            browser.close()


def current_time(page) -> float:
    page.wait_for_function("() => !document.querySelector('#file-1 audio').seeking", timeout=5000)
    return page.evaluate("document.querySelector('#file-1 audio').currentTime")


def test_clicking_a_word_seeks_the_player_to_it(page, report):
    words = report["json"]["files"][0]["transcript"]["words"]
    target = next(i for i, w in enumerate(words) if w["start"] > 2.0)  # a word well into the recording
    button = page.locator("#file-1 .transcript button.w").nth(target)
    assert button.inner_text() == words[target]["text"]
    assert float(button.get_attribute("data-seek")) == words[target]["start"]
    button.click()
    assert abs(current_time(page) - words[target]["start"]) < SEEK_TOLERANCE_S
    page.evaluate("document.querySelector('#file-1 audio').pause()")


def test_markers_match_timed_findings_and_seek_by_keyboard(page, report):
    timed = [f for f in report["json"]["files"][0]["findings"] if f["start"] is not None]
    markers = page.locator("#file-1 svg.wave rect.marker")
    assert markers.count() == len(timed) > 0
    assert [float(markers.nth(i).get_attribute("data-seek")) for i in range(len(timed))] == [f["start"] for f in timed]
    last = markers.nth(len(timed) - 1)
    last.focus()
    page.keyboard.press("Enter")
    assert abs(current_time(page) - timed[-1]["start"]) < SEEK_TOLERANCE_S
    page.evaluate("document.querySelector('#file-1 audio').pause()")


def test_finding_message_shows_on_hover(page, report):
    finding = next(f for f in report["json"]["files"][0]["findings"] if f["char_start"] is not None)
    highlight = page.locator("#file-1 .transcript mark.hl").first
    tip = highlight.locator(".tip")
    page.mouse.move(0, 0)  # earlier clicks may have left the pointer or focus on a highlight
    page.evaluate("document.activeElement && document.activeElement.blur()")
    assert not tip.is_visible()
    highlight.hover()
    assert tip.is_visible()
    assert f"{finding['rule']}: {finding['message']}" in tip.inner_text()


def test_rewrite_is_shown_with_placeholders_and_copy(page, report):
    for n, entry in enumerate(report["json"]["files"], start=1):
        if entry["error"]:
            assert page.locator(f"#file-{n} .rewrite").count() == 0
            continue
        assert page.locator(f"#file-{n}-rewrite").inner_text() == entry["rewrite"]["text"]
        assert page.locator(f"#file-{n}-rewrite mark.ph").count() == len(
            [s for s in entry["rewrite"]["segments"] if s["placeholder"]])
        assert page.locator(f"#file-{n} .diff ins").count() > 0
    page.locator("#file-1 button.copy").click()
    page.wait_for_function("() => document.querySelector('#file-1 .copied').textContent.length > 0", timeout=5000)


def test_overview_sorts_by_score(page, report):
    scores = lambda: [int(v) for v in page.locator(".overview tbody td:nth-child(4)").evaluate_all(
        "cells => cells.map(c => c.getAttribute('data-sort'))")]
    page.locator(".overview button.sort", has_text="Score").click()
    assert scores() == sorted(scores())
    page.locator(".overview button.sort", has_text="Score").click()
    assert scores() == sorted(scores(), reverse=True)
    expected = sorted([f["score"] if f["score"] is not None else -1 for f in report["json"]["files"]], reverse=True)
    assert scores() == expected


def test_injected_markup_is_text_and_never_ran(page, report):
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.dialogs == []
    assert page.errors == []
    assert page.evaluate("document.images.length") == 0
    assert page.evaluate("document.scripts.length") == 1  # only the page's own script
    transcript = page.locator("#file-2 .transcript").inner_text()
    assert "<script>window.__pwned = 'script'; alert(1)</script>" in transcript
    assert '"><img src=x onerror="window.__pwned = \'img\'; alert(2)">' in transcript
    assert page.locator("#file-2-title").inner_text().endswith(report["injection_filename"])


def test_screenshot(page):
    page.evaluate("window.scrollTo(0, 0)")
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=True)
    assert SCREENSHOT.stat().st_size > 10_000
