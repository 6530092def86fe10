"""claimx's reconciliation on every corpus under ../shared/corpus that has a clusters.jsonl.

    python bench/reconcile.py [--corpus NAME ...] [--json]

For each corpus: extract every document (publication dates from meta.jsonl), reconcile, write
the clusters JSONL and score it with `../shared/bench/score.py --clusters`. A second row
reconciles the corpus's gold quantities and orgs instead of extracted ones, so that what
reconciliation loses is told apart from what extraction loses. Prints one markdown table:
link P/R/F1 and verdict accuracy on matched clusters. Exits 0 with a message when ../shared is
absent (set CLAIMX_SHARED to point elsewhere).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    corpus_options,
    fmt,
    markdown_table,
    read_corpus,
    run_scorer,
    sentences,
    shared_or_say,
)

import claimx  # noqa: E402
from claimx.reconciliation.cluster import Reconciliation, reconcile  # noqa: E402
from claimx.records import Evidence, OrgMention, Quantity  # noqa: E402


def cluster_corpora(shared: Path) -> list[Path]:
    """Every corpus folder under shared/corpus (at any depth) holding a clusters.jsonl."""
    return sorted(p.parent for p in (shared / "corpus").rglob("clusters.jsonl"))


def extracted(path: Path) -> Reconciliation:
    """Reconciliation of what claimx extracts from the corpus documents."""
    docs = read_corpus(path)
    return reconcile(claimx.extract_batch((d.doc, d.text, d.published) for d in docs))


def _evidence(text: str, start: int) -> Evidence | None:
    for offset, piece in sentences(text):
        if offset <= start < offset + len(piece):
            return Evidence(start=offset, end=offset + len(piece), text=piece)
    return None


def from_gold(path: Path) -> Reconciliation:
    """Reconciliation of the gold quantities and orgs (evidence: the sentence around each)."""
    texts = {d.doc: d.text for d in read_corpus(path)}
    records: list[Quantity | OrgMention] = []
    for line in (path / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        if gold.get("ignore"):
            continue
        fields = {k: v for k, v in gold.items() if k in Quantity.model_fields}
        if gold["type"] == "quantity":
            evidence = _evidence(texts[gold["doc"]], gold["start"])
            records.append(Quantity.model_validate({**fields, "evidence": evidence}))
        elif gold["type"] == "org":
            records.append(
                OrgMention.model_validate(
                    {k: v for k, v in gold.items() if k in OrgMention.model_fields}
                )
            )
    return reconcile(records)


def score(corpus: Path, result: Reconciliation, shared: Path) -> dict[str, Any]:
    """`score.py --clusters --json` on the reconciliation's clusters."""
    return run_scorer(corpus, shared, "--clusters", result.to_jsonl())


def row(name: str, source: str, res: dict[str, Any]) -> list[str]:
    links, verdict = res["links"], res["verdict"]
    return [
        name,
        source,
        str(res["n_gold_clusters"]),
        str(res["n_pred_clusters"]),
        fmt(links["p"]),
        fmt(links["r"]),
        fmt(links["f1"]),
        f"{res['matched_clusters']}/{res['n_gold_clusters']}",
        fmt(verdict["acc"]),
    ]


def main(argv: list[str] | None = None) -> int:
    args = corpus_options(__doc__, argv)
    shared = shared_or_say("reconcile.py")
    if shared is None:
        return 0
    results: dict[str, dict[str, Any]] = {}
    rows: list[list[str]] = []
    for path in cluster_corpora(shared):
        if args.corpus and path.name not in args.corpus:
            continue
        for source, build in (("extracted", extracted), ("gold records", from_gold)):
            res = score(path, build(path), shared)
            results.setdefault(path.name, {})[source] = res
            rows.append(row(path.name, source, res))
    if args.json:
        print(json.dumps(results, indent=1, ensure_ascii=False))
        return 0
    header = [
        "corpus",
        "records",
        "gold clusters",
        "pred clusters",
        "link P",
        "link R",
        "link F1",
        "matched",
        "verdict acc",
    ]
    print(markdown_table(header, rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
