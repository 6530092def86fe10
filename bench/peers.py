"""Accuracy of claimx and its peers on every corpus of ../shared/corpus, in one run.

Each system runs through its adapter (bench/adapters/) on the same texts; its records are scored
by ../shared/bench/score.py. Prints, per corpus and type, detection and exact P/R/F1 of every
system that competes on that type, and says which systems do not and why.

    python bench/peers.py [--systems claimx,recognizers,...] [--corpus NAME ...]
                          [--markdown-out bench/COMPARE.md] [--json-out FILE]

Peers come from the `bench` extra: pip install -e '.[bench]'.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from adapters import SYSTEMS
from common import (
    DocText,
    Record,
    corpus_dirs,
    corpus_types,
    fmt,
    machine_line,
    markdown_table,
    read_corpus,
    score,
    shared_dir,
    write_section,
)


@dataclass
class System:
    """A loaded adapter, or the reason it could not be loaded."""

    key: str
    module: ModuleType | None
    error: str | None = None
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return str(self.module.NAME) if self.module else self.key

    def limit(self, corpus: str, typ: str) -> str:
        """What this system cannot do on `corpus` for `typ` ('' when nothing to say).

        LIMITS keys are "corpus", "corpus:type", "*" (everywhere) or "*:type".
        """
        if self.module is None:
            return ""
        limits: dict[str, str] = self.module.LIMITS
        keys = {"*", corpus, f"*:{typ}", f"{corpus}:{typ}"}
        return "; ".join(v for k, v in limits.items() if k in keys and v)


def load_systems(keys: list[str]) -> list[System]:
    """Import and load each adapter; a peer that fails to load is reported, not fatal."""
    systems = []
    for key in keys:
        try:
            module = importlib.import_module(SYSTEMS[key])
            started = time.perf_counter()
            module.load()
            system = System(key, module)
            system.seconds["load"] = time.perf_counter() - started
        except Exception as exc:  # noqa: BLE001 - any failure of a peer is a table row, not a crash
            system = System(key, None, f"{type(exc).__name__}: {exc}".splitlines()[0][:120])
        systems.append(system)
    return systems


def run_corpus(
    corpus: Path, systems: list[System], shared: Path
) -> dict[str, dict[str, Any] | None]:
    """Score every system on one corpus; None for a system that does not compete there."""
    docs: list[DocText] = read_corpus(corpus)
    types = frozenset(corpus_types(corpus))
    results: dict[str, dict[str, Any] | None] = {}
    for system in systems:
        if system.module is None or not (system.module.TYPES & types):
            results[system.key] = None
            continue
        wanted = frozenset(system.module.TYPES & types)
        started = time.perf_counter()
        records: list[Record] = []
        for recs in system.module.extract(docs, wanted):
            records.extend(r for r in recs if r["type"] in wanted)
        system.seconds[corpus.name] = time.perf_counter() - started
        results[system.key] = score(corpus, records, shared)
    return results


def corpus_table(
    corpus: Path, systems: list[System], results: dict[str, dict[str, Any] | None]
) -> str:
    """Markdown: one row per (type, competing system), then who is not scored and why."""
    rows = []
    absent: list[str] = []
    for typ in corpus_types(corpus):
        for system in systems:
            res = results.get(system.key)
            if system.module is None:
                continue
            if res is None or typ not in res or typ not in system.module.TYPES:
                absent.append(f"{system.name} has no {typ} model")
                continue
            row = res[typ]
            det, ex = row["detection"], row["exact"] or {}
            note = system.limit(corpus.name, typ)
            rows.append(
                [typ, system.name + (f" ({note})" if note else ""), row["n_gold"], row["n_pred"]]
                + [fmt(det["p"]), fmt(det["r"]), fmt(det["f1"])]
                + [fmt(ex.get("p")), fmt(ex.get("r")), fmt(ex.get("f1"))]
            )
    header = ["type", "system", "gold", "pred", "det P", "det R", "det F1", "ex P", "ex R", "ex F1"]
    out = [f"### {corpus.name}", "", markdown_table(header, rows)]
    if absent:
        out += ["", "Not scored here: " + "; ".join(sorted(set(absent))) + "."]
    return "\n".join(out)


def summary_table(
    corpora: list[Path], systems: list[System], all_results: dict[str, dict[str, Any]]
) -> tuple[str, list[str]]:
    """Exact F1 (detection F1 where the corpus has no values) per corpus and type, and the
    corpora/types where claimx is not strictly ahead of a competing peer."""
    shown = [s for s in systems if s.module is not None]
    header = ["corpus", "type"] + [s.name for s in shown]
    rows, behind = [], []
    for corpus in corpora:
        for typ in corpus_types(corpus):
            cells: list[str] = []
            scores: dict[str, float] = {}
            for system in shown:
                res = all_results[corpus.name].get(system.key)
                if res is None or typ not in res or typ not in system.module.TYPES:  # type: ignore[union-attr]
                    cells.append("n/a")
                    continue
                metric = res[typ]["exact"] or res[typ]["detection"]
                f1 = metric["f1"]
                scores[system.key] = f1 or 0.0
                star = "*" if system.limit(corpus.name, typ) else ""
                cells.append(fmt(f1) + star)
            rows.append(
                [corpus.name, typ + ("" if res_exact(all_results, corpus, typ) else " (det)")]
                + cells
            )
            mine = scores.get("claimx")
            if mine is not None:
                for key, f1 in scores.items():
                    if key == "claimx" or f1 < mine:
                        continue
                    if mine >= 1.0:  # both perfect: nothing left to be ahead on
                        behind.append(f"{corpus.name}/{typ}: tied at the maximum with {key} (1.00)")
                    else:
                        behind.append(f"{corpus.name}/{typ}: claimx {mine:.2f} <= {key} {f1:.2f}")
    return markdown_table(header, rows), behind


def res_exact(all_results: dict[str, dict[str, Any]], corpus: Path, typ: str) -> bool:
    """Whether the corpus reports exact scores for `typ` (rt-date-extract has spans only)."""
    for res in all_results[corpus.name].values():
        if res is not None and typ in res:
            return res[typ]["exact"] is not None
    return True


def limits_lines(systems: list[System]) -> list[str]:
    """One line per peer limitation or load failure, for the notes under the tables."""
    lines = []
    for system in systems:
        if system.error:
            lines.append(f"- {system.key}: not run ({system.error})")
        elif system.module is not None:
            for corpus, note in system.module.LIMITS.items():
                where = corpus.replace("*:", "").replace("*", "everywhere").replace(":", ", ")
                lines.append(f"- {system.name}, {where}: {note}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated adapters")
    parser.add_argument(
        "--corpus", action="append", help="corpus folder name(s) to run (default all)"
    )
    parser.add_argument("--markdown-out", type=Path, help="write the accuracy block of this file")
    parser.add_argument("--json-out", type=Path, help="write all scores as JSON")
    args = parser.parse_args(argv)

    shared = shared_dir()
    if shared is None:
        print("peers.py: no ../shared corpora (set CLAIMX_SHARED); nothing to score.")
        return 0
    keys = [k.strip() for k in args.systems.split(",") if k.strip()]
    unknown = [k for k in keys if k not in SYSTEMS]
    if unknown:
        parser.error(f"unknown system(s) {unknown}; known: {', '.join(SYSTEMS)}")
    corpora = [c for c in corpus_dirs(shared) if not args.corpus or c.name in args.corpus]

    systems = load_systems(keys)
    all_results: dict[str, dict[str, Any]] = {}
    sections = []
    for corpus in corpora:
        all_results[corpus.name] = run_corpus(corpus, systems, shared)
        section = corpus_table(corpus, systems, all_results[corpus.name])
        print(section + "\n", flush=True)
        sections.append(section)

    summary, behind = summary_table(corpora, systems, all_results)
    notes = limits_lines(systems)
    timing = markdown_table(
        ["system", "load s", "run s (all corpora)"],
        [
            [
                s.name,
                fmt(s.seconds.get("load"), 1),
                fmt(sum(v for k, v in s.seconds.items() if k != "load"), 1),
            ]
            for s in systems
            if s.module is not None
        ],
    )
    print("### Exact F1 per corpus and type (* = the peer lacks a model there, see notes)\n")
    print(summary + "\n")
    print("\n".join(notes) + "\n")
    print(timing + "\n")
    if "claimx" in keys:
        lagging = [line for line in behind if "tied at the maximum" not in line]
        verdict = "NO" if lagging else ("yes, except ties at the maximum" if behind else "yes")
        print("claimx ahead of every competing peer: " + verdict)
        for line in behind:
            print("  behind or tied: " + line)
    if args.json_out:
        args.json_out.write_text(json.dumps(all_results, indent=1), encoding="utf-8")
    if args.markdown_out:
        body = "\n".join(
            [
                "### Accuracy: exact F1 per corpus and type",
                "",
                f"`python bench/peers.py`, {machine_line()}. "
                "Detection (det) F1 on rt-date-extract, which has spans only. "
                "n/a: the system has no model for that type; "
                "*: the peer lacks a model there (notes below).",
                "",
                summary,
                "",
                *notes,
            ]
        )
        write_section(args.markdown_out, "accuracy", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
