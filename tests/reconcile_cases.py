"""The reconciliation case table (tests/cases/reconcile.yaml) and the records it describes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from claimx.records import Evidence, Quantity

CASES: dict[str, Any] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "reconcile.yaml").read_text("utf-8")
)
_PLACED = ("doc", "start", "end", "text", "type", "evidence")
"""Fields build_records sets from where the figure stands; a case gives every other one."""
_RECORD_FIELDS = tuple(k for k in Quantity.model_fields if k not in _PLACED)


def build_records(figures: list[dict[str, Any]]) -> list[Quantity]:
    """Quantities from a case table: sentences of one doc are laid out one after the other."""
    offsets: dict[str, dict[str, int]] = {}
    records = []
    for fig in figures:
        sentences = offsets.setdefault(fig["doc"], {})
        if fig["sentence"] not in sentences:
            sentences[fig["sentence"]] = sum(len(s) + 1 for s in sentences)
        base = sentences[fig["sentence"]]
        start = base + fig["sentence"].index(fig["text"])
        evidence = Evidence(start=base, end=base + len(fig["sentence"]), text=fig["sentence"])
        fields = {k: fig[k] for k in _RECORD_FIELDS if k in fig}
        records.append(
            Quantity(
                doc=fig["doc"],
                start=start,
                end=start + len(fig["text"]),
                text=fig["text"],
                evidence=evidence,
                **fields,
            )
        )
    return records


def case_figures(*names: str) -> list[dict[str, Any]]:
    """The figures of the named record cases, in order."""
    by_name = {c["name"]: c for c in CASES["records"]}
    return [fig for name in names for fig in by_name[name]["figures"]]
