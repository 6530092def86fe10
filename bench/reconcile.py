"""claimx's reconciliation on every corpus under ../shared/corpus that has a clusters.jsonl.

    python bench/reconcile.py [--corpus NAME ...] [--json]

For each corpus: extract every document (publication dates from meta.jsonl), reconcile, write
the clusters JSONL and score it with `../shared/bench/score.py --clusters`. A second row
reconciles the corpus's gold quantities and orgs instead of extracted ones, so that what
reconciliation loses is told apart from what extraction loses. Prints one markdown table:
link P/R/F1, verdict accuracy on matched clusters, trap pairs linked (must be 0) and the
attribute accuracy (subject, org, when) of the extracted quantities. Our own development corpora
under bench/corpora/ are scored too. Exits 0 with a message when ../shared is
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
from claimx.reconciliation import Reconciliation, reconcile  # noqa: E402
from claimx.records import Evidence, OrgMention, Quantity  # noqa: E402


OWN_CORPORA = Path(__file__).resolve().parent / "corpora"
"""Development corpora of our own (in the repository), scored beside the shared ones."""


def cluster_corpora(shared: Path | None) -> list[Path]:
    """Every corpus folder holding a clusters.jsonl: under shared/corpus, then bench/corpora."""
    found = sorted(p.parent for p in (shared / "corpus").rglob("clusters.jsonl")) if shared else []
    return found + sorted(p.parent for p in OWN_CORPORA.rglob("clusters.jsonl"))


def attributes(path: Path, shared: Path, batches: list[list[Any]]) -> dict[str, Any]:
    """Attribute accuracy (subject, org, when) of the extracted quantities, from score.py."""
    jsonl = "".join(
        json.dumps(r.model_dump(exclude={"evidence"}), ensure_ascii=False) + "\n"
        for batch in batches
        for r in batch
    )
    return dict(run_scorer(path, shared, "--pred", jsonl)["types"]["quantity"]["attributes"])


def extract(path: Path) -> list[list[Any]]:
    """claimx's records of every corpus document, one list per document."""
    docs = read_corpus(path)
    return list(claimx.extract_batch((d.doc, d.text, d.published, d.outlet) for d in docs))


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


def row(name: str, source: str, res: dict[str, Any], attrs: dict[str, Any] | None) -> list[str]:
    links, verdict = res["links"], res["verdict"]
    traps = res.get("traps") or {}
    attr = " ".join(f"{k} {fmt(attrs[k]['acc'])}" for k in ("subject", "org", "when")) if attrs else ""
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
        f"{traps['linked']}/{traps['n']}" if traps else "-",
        attr,
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
        batches = extract(path)
        attrs = attributes(path, shared, batches)
        res = score(path, reconcile(batches), shared)
        results[path.name] = {"extracted": res, "attributes": attrs}
        rows.append(row(path.name, "extracted", res, attrs))
        res = score(path, from_gold(path), shared)
        results[path.name]["gold records"] = res
        rows.append(row(path.name, "gold records", res, None))
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
        "traps linked",
        "attributes (extracted)",
    ]
    print(markdown_table(header, rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
