"""The HTML page: escaped, self-contained, conflicts first; checked in a real headless chromium."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reconcile_cases import build_records, case_figures

from claimx.reconciliation import Reconciliation, reconcile
from claimx.io.report_html import render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HOSTILE = "Selon <script>document.title='pwned'</script> l'<b>AMDIE</b>, 45 000 jeunes & plus."


@pytest.fixture(scope="module")
def result() -> Reconciliation:
    """Facts of every verdict, a single figure, and an article sentence carrying markup."""
    figures = case_figures(
        "synonyms_join_jobs_and_posts", "genuine_conflict", "bound_and_value", "rounding"
    )
    figures += case_figures("same_number_two_things")[1:2]
    hostile = next(f for f in figures if f["text"] == "45 000 jeunes")
    figures.append({**hostile, "doc": "c<img src=x onerror=alert(1)>", "sentence": HOSTILE})
    return reconcile(build_records(figures))


@pytest.fixture(scope="module")
def page_html(result: Reconciliation) -> str:
    return render_html(result)


def test_report_html_escapes_article_text(page_html: str) -> None:
    assert "<script>" not in page_html and "<img" not in page_html
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page_html
    assert "&lt;b&gt;AMDIE&lt;/b&gt;" in page_html and "</mark> &amp; plus." in page_html


def test_report_html_is_self_contained(page_html: str) -> None:
    assert "http://" not in page_html and "https://" not in page_html
    assert "<link" not in page_html and "<script" not in page_html
    assert "default-src 'none'" in page_html


def test_report_html_highlights_each_figure(page_html: str, result: Reconciliation) -> None:
    assert page_html.count("<mark>") == sum(len(f.members) for f in result)
    assert "formera <mark>45 000 jeunes</mark> d&#x27;ici 2030." in page_html


def test_report_html_sections_in_verdict_order(page_html: str) -> None:
    order = [page_html.index(f'class="fact {v}"') for v in ("conflict", "compatible", "agree")]
    assert order == sorted(order)
    assert page_html.index('class="fact single"') > page_html.index("<details>")


# --------------------------------------------------------------------------- in a real browser


@pytest.fixture(scope="module")
def browser(
    page_html: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Any, list[str]]]:
    """The page opened from disk in headless chromium, and the dialogs it tried to open."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium); .ci/run installs it")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    path: Path = tmp_path_factory.mktemp("html") / "facts.html"
    path.write_text(page_html, encoding="utf-8")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        page = chromium.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(path.as_uri())
        yield page, dialogs
        chromium.close()


def test_report_html_browser_shows_conflict_first(browser: tuple[Any, list[str]]) -> None:
    page, dialogs = browser
    sections = page.locator("section.fact")
    badges = [sections.nth(i).locator(".badge").inner_text() for i in range(4)]
    assert badges == ["Conflit", "Compatible", "Compatible", "Concordant"]
    first = sections.first.inner_text()
    assert "en conflit" in first and "200 000 jeunes" in first
    assert page.locator("section.fact.conflict").first.is_visible()


def test_report_html_browser_highlights_figures(browser: tuple[Any, list[str]]) -> None:
    page, dialogs = browser
    marks = page.locator("section.fact.conflict mark").all_inner_texts()
    assert marks == ["45 000 jeunes", "200 000 jeunes", "45 000 jeunes"]
    colour = page.locator("mark").first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")


def test_report_html_browser_shows_script_as_text(browser: tuple[Any, list[str]]) -> None:
    page, dialogs = browser
    assert page.title() == "Rapprochement des chiffres"
    assert dialogs == []
    assert page.locator("body script, body img, body b").count() == 0
    text = page.locator("section.fact.conflict").inner_text()
    assert "<script>document.title='pwned'</script>" in text
    assert "c<img src=x onerror=alert(1)>" in text


def test_report_html_browser_folds_single_figures(browser: tuple[Any, list[str]]) -> None:
    page, dialogs = browser
    summary = page.locator("details > summary")
    assert summary.inner_text() == "1 chiffre cité une seule fois"
    single = page.locator("section.fact.single")
    assert not single.is_visible()
    summary.click()
    assert single.is_visible() and "500 mégawatts" in single.inner_text()
