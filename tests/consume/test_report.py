"""The HTML report: self-contained, and in a real headless Chromium it renders without a console
error, showing exactly the dataset's counts. The screenshot is kept for CI (`artifacts/`)."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import engagements
from engagements.consume.page import render_report
from packages import sample_dataset, write

ROOT = Path(__file__).resolve().parent.parent.parent
SCREENSHOT = ROOT / "artifacts" / "report.png"
BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def test_the_page_needs_no_network() -> None:
    page = render_report(engagements.load())
    assert page == render_report(engagements.load())  # byte-identical
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"<(script|img|iframe|link)[^>]+(src|href)=", page)
    assert "url(" not in page and "@import" not in page


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    binary = next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)
    driver_path = shutil.which("chromedriver")
    if not binary or not driver_path:
        message = "Chromium and chromedriver are needed (apt-get install chromium chromium-driver)"
        if os.environ.get("CI"):
            pytest.fail(message + "; .ci/run installs them")
        pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    options.add_argument("--window-size=1400,1400")
    options.add_argument("--hide-scrollbars")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def open_page(driver: Any, page: Path) -> list[dict[str, Any]]:
    """Load `page`, wait until the script has drawn, return the console messages."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(page.as_uri())
    WebDriverWait(driver, 30).until(
        lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-rendered") == "yes"
    )
    return list(driver.get_log("browser"))


def count(driver: Any, selector: str) -> int:
    from selenium.webdriver.common.by import By

    return len(driver.find_elements(By.CSS_SELECTOR, selector))


def test_the_report_in_chromium(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    data = engagements.load()
    page = tmp_path / "report.html"
    page.write_text(render_report(data), encoding="utf-8")
    console = open_page(browser, page)
    SCREENSHOT.parent.mkdir(exist_ok=True)
    browser.save_screenshot(str(SCREENSHOT))
    assert [m for m in console if m["level"] in ("SEVERE", "WARNING")] == []
    shown = {
        e.get_attribute("data-count"): int(e.text)
        for e in browser.find_elements(By.CSS_SELECTOR, "[data-count]")
    }
    dataset = data.dataset
    assert shown == {
        "meetings": len(dataset.meetings),
        "exercises": len(dataset.exercises),
        "persons": len(dataset.persons),
        "organisations": len(dataset.organisations),
        "articles": len(dataset.articles),
        "evidence": len(dataset.evidence),
    }
    assert count(browser, "#timeline-svg .event[data-kind=meeting]") == len(dataset.meetings)
    assert count(browser, "#timeline-svg .event[data-kind=exercise]") == len(dataset.exercises)
    participants = {p.person_id or p.organisation_id for m in dataset.meetings for p in m.participants}
    assert count(browser, "#network-svg .node") == len(participants)
    pairs = {
        tuple(sorted((a, b)))
        for m in dataset.meetings
        for a in {p.person_id or p.organisation_id for p in m.participants}
        for b in {p.person_id or p.organisation_id for p in m.participants}
        if a != b
    }
    assert count(browser, "#network-svg line.edge") == len(pairs)
    places = [m.place for m in dataset.meetings] + [e.places[0] for e in dataset.exercises if e.places]
    located = {(p.name, p.latitude, p.longitude) for p in places if p and p.latitude is not None}
    assert count(browser, "#map-svg .point") == len(located) > 0
    assert count(browser, "#evidence li.fact") == len(dataset.evidence)


def test_hostile_text_stays_text(browser: Any, tmp_path: Path) -> None:
    """Names that look like markup are shown as written and run nothing (CSP and escaping)."""
    from selenium.webdriver.common.by import By

    base = sample_dataset()
    name = 'Khalifa</script><script>alert(1)</script><img src=x onerror="alert(2)">'
    person = base.persons[0].model_copy(update={"name": name})
    hostile = base.model_copy(update={"persons": [person, *base.persons[1:]]})
    page = tmp_path / "report.html"
    page.write_text(render_report(engagements.load(write(hostile, tmp_path))), encoding="utf-8")
    console = open_page(browser, page)
    assert [m for m in console if m["level"] in ("SEVERE", "WARNING")] == []
    labels = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#network-svg .node text")]
    assert name in labels
    assert name in browser.find_element(By.ID, "per-1").text
