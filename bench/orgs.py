"""The organisation finder's sources scored separately, by ../shared/bench/score.py.

    python bench/orgs.py [--corpus NAME ...] [--json]

claimx.orgs combines four sources of candidates (`claimx.orgs.find.SOURCES`): the lexicon of
known bodies (data/orgs.tsv), the generic patterns (data/orgs_patterns.yaml), institution names
read on from a head noun ("Cour des comptes", "ministère de ..."), and spaCy's NER. Each
document is parsed once by the claimx pipeline; then `find_orgs(doc, sources=...)` runs with
each source alone, patterns and institutions together (the rules), and all of them. The steps
after the sources (acronyms the text defines, company first words) run in every row.

Prints one markdown table: corpus x sources, gold and predicted counts, detection and exact
P/R/F1 of the org mentions. Corpora: press-a, press-b (bench/corpora), reconcile-dev and seeds
(../shared/corpus) unless --corpus names others. Exits 0 with a message when ../shared is absent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    REPO,
    corpus_options,
    fmt,
    markdown_table,
    read_corpus,
    score,
    shared_or_say,
)

import claimx  # noqa: E402
from claimx.orgs.find import SOURCES, find_orgs  # noqa: E402

DEFAULT_CORPORA = ("press-a", "press-b", "reconcile-dev", "seeds")

CONFIGS: dict[str, frozenset[str]] = {
    "ner": frozenset({"ner"}),
    "patterns": frozenset({"patterns"}),
    "institutions": frozenset({"institutions"}),
    "lexicon": frozenset({"lexicon"}),
    "rules (patterns+institutions)": frozenset({"patterns", "institutions"}),
    "all but ner": SOURCES - {"ner"},
    "all": SOURCES,
}


def corpus_path(name: str, shared: Path) -> Path | None:
    for root in (REPO / "bench" / "corpora", shared / "corpus"):
        if (root / name / "docs").is_dir():
            return root / name
    return None


def org_records(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Org records of every document of a corpus, one list per source configuration."""
    nlp = claimx.load()
    docs = read_corpus(path)
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in CONFIGS}
    parsed = nlp.pipe(nlp.make_doc(d.text) for d in docs)
    for d, doc in zip(docs, parsed, strict=True):
        for name, sources in CONFIGS.items():
            out[name] += [
                {
                    "doc": d.doc,
                    "type": "org",
                    "start": o.start,
                    "end": o.end,
                    "text": o.text,
                    "canonical": o.canonical,
                }
                for o in find_orgs(doc, sources)
            ]
    return out


def main(argv: list[str] | None = None) -> int:
    args = corpus_options(__doc__, argv)
    shared = shared_or_say("orgs.py")
    if shared is None:
        return 0
    results: dict[str, dict[str, Any]] = {}
    rows = []
    for name in args.corpus or DEFAULT_CORPORA:
        path = corpus_path(name, shared)
        if path is None:
            print(f"bench/orgs.py: no corpus named {name!r}", file=sys.stderr)
            continue
        for config, records in org_records(path).items():
            res = score(path, records, shared)["org"]
            results.setdefault(name, {})[config] = res
            det, ex = res["detection"], res["exact"]
            rows.append(
                [name, config, res["n_gold"], res["n_pred"]]
                + [fmt(det[k]) for k in ("p", "r", "f1")]
                + [fmt(ex[k]) for k in ("p", "r", "f1")]
            )
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    header = ["corpus", "sources", "gold", "pred", "det P", "det R", "det F1"]
    header += ["exact P", "exact R", "exact F1"]
    print(markdown_table(header, rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
