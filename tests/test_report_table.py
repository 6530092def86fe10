"""The terminal table: one block per fact, conflicts first, article text printed verbatim."""

from __future__ import annotations

import pytest
from reconcile_cases import build_records, case_figures
from rich.console import Console

from claimx.reconciliation import reconcile
from claimx.io.report_table import fact_table


def render(singles: bool) -> str:
    figures = case_figures("synonyms_join_jobs_and_posts", "genuine_conflict", "rounding")
    figures += case_figures("same_number_two_things")[1:2]
    markup = next(f for f in figures if f["text"] == "1 200 postes")
    figures.append({**markup, "doc": "c", "sentence": "[bold]Stellantis[/bold] : 1 200 postes."})
    console = Console(width=160, record=True, color_system=None)
    console.print(fact_table(reconcile(build_records(figures)), singles=singles))
    return console.export_text()


@pytest.mark.parametrize("singles", [True, False])
def test_report_table_orders_facts_and_keeps_markup(singles: bool) -> None:
    text = render(singles)
    labels = ["Conflit", "Compatible", "Concordant"] + (["Cité une fois"] if singles else [])
    positions = [text.index(label) for label in labels]
    assert positions == sorted(positions)
    assert ("500 mégawatts" in text) is singles
    assert "[bold]Stellantis[/bold] : 1 200 postes." in text
    assert "l'un vaut 4,4 fois l'autre" in text
