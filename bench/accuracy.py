"""claimx's accuracy on every corpus under ../shared/corpus and bench/corpora, scored by
../shared/bench/score.py.

bench/corpora holds the repo's own development sets (press-a, press-b: francophone economic
press of seven countries, annotated by annotators who had not read the code); they are listed
after the shared corpora.

    python bench/accuracy.py [--corpus NAME ...] [--json]

Prints one markdown table: corpus × type, detection and exact P/R/F1, and the attribute
accuracies (qualifier, subject, org, when) on matched quantities. Exits 0 with a message when
../shared is absent (set CLAIMX_SHARED to point elsewhere).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    REPO,
    corpus_dirs,
    corpus_options,
    corpus_types,
    fmt,
    markdown_table,
    read_corpus,
    score,
    shared_or_say,
)

import claimx  # noqa: E402


def repo_corpora() -> list[Path]:
    """The development sets kept in the repo, under bench/corpora."""
    root = REPO / "bench" / "corpora"
    return sorted(p for p in root.iterdir() if (p / "docs").is_dir()) if root.is_dir() else []


def run_corpus(path: Path, shared: Path) -> dict[str, Any]:
    """Extract every document of one corpus and score the records."""
    docs = read_corpus(path)
    records: list[dict[str, Any]] = []
    stream = claimx.extract_batch((d.doc, d.text, d.published, d.outlet) for d in docs)
    for recs in stream:
        records.extend(r.model_dump(mode="json", exclude={"evidence"}) for r in recs)
    return score(path, records, shared)


def rows_for(name: str, types: tuple[str, ...], result: dict[str, Any]) -> list[list[str]]:
    rows = []
    for typ in types:
        res = result.get(typ)
        if not res:
            continue
        det, ex = res["detection"], res.get("exact") or {}
        attrs = res.get("attributes") or {}
        attr_txt = " ".join(f"{k} {fmt(v.get('acc'))}" for k, v in attrs.items() if v.get("n"))
        rows.append(
            [
                name,
                typ,
                str(res["n_gold"]),
                str(res["n_pred"]),
                fmt(det["p"]),
                fmt(det["r"]),
                fmt(det["f1"]),
                fmt(ex.get("p")),
                fmt(ex.get("r")),
                fmt(ex.get("f1")),
                attr_txt,
            ]
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    args = corpus_options(__doc__, argv)
    shared = shared_or_say("accuracy.py")
    if shared is None:
        return 0
    claimx.load()
    results: dict[str, Any] = {}
    rows: list[list[str]] = []
    for path in [*corpus_dirs(shared), *repo_corpora()]:
        if args.corpus and path.name not in args.corpus:
            continue
        result = run_corpus(path, shared)
        results[path.name] = result
        rows.extend(rows_for(path.name, corpus_types(path), result))
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    header = [
        "corpus",
        "type",
        "gold",
        "pred",
        "det P",
        "det R",
        "det F1",
        "exact P",
        "exact R",
        "exact F1",
        "attributes (matched quantities)",
    ]
    print(markdown_table(header, rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
