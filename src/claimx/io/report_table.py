"""A rich terminal view of a reconciliation: one block per fact, conflicts first, coloured verdicts.

Article text goes through `rich.text.Text` (never markup), so brackets in an article are shown
as they are written.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from ..reconciliation import Fact, Member, Reconciliation
from .report_html import BADGES, SINGLE_BADGE

STYLES = {
    "conflict": "bold white on red",
    "compatible": "bold black on yellow",
    "agree": "bold white on green",
}
"""Style of each verdict label."""

_CONTEXT = 60
"""Characters of the sentence kept on each side of the figure."""


def _one_line(text: str) -> str:
    """Article line breaks shown as spaces: the terminal wraps the cell itself."""
    return text.replace("\r", " ").replace("\n", " ")


def _excerpt(m: Member) -> Text:
    """The figure in bold inside a window of its sentence."""
    if m.evidence is None:
        return Text(m.text, style="bold")
    sentence, start = m.evidence.text, m.start - m.evidence.start
    end = start + len(m.text)
    if start < 0 or sentence[start:end] != m.text:
        return Text(m.text, style="bold")
    left = max(0, start - _CONTEXT)
    right = min(len(sentence), end + _CONTEXT)
    out = Text("…" if left else "")
    out.append(_one_line(sentence[left:start]))
    out.append(_one_line(m.text), style="bold underline")
    out.append(_one_line(sentence[end:right]))
    out.append("…" if right < len(sentence) else "")
    return out


def _label(fact: Fact) -> Text:
    if fact.single:
        return Text(SINGLE_BADGE, style="dim")
    return Text(f" {BADGES[fact.verdict]} ", style=STYLES[fact.verdict])


def fact_table(result: Reconciliation, singles: bool = True) -> Table:
    """The table `claimx reconcile --format table` prints.

    `singles`: include the figures cited once (after every linked fact).
    """
    table = Table(show_lines=False, expand=True, title="Rapprochement des chiffres")
    table.add_column("Verdict", no_wrap=True)
    table.add_column("Source", no_wrap=True)
    table.add_column("Chiffre", ratio=1)
    table.add_column("Fait, puis phrase de chaque source", ratio=3)
    facts = [f for f in result if singles or not f.single]
    for i, fact in enumerate(facts):
        if i:
            table.add_section()
        head = Text(fact.fact, style="bold")
        head.append("\n")
        head.append(fact.explanation, style="italic")
        table.add_row(_label(fact), "", "", head)
        for m in fact.members:
            table.add_row("", Text(m.doc, style="cyan"), Text(_one_line(m.text)), _excerpt(m))
    return table
