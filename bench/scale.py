"""Throughput of claimx on 1 and 2 local worker processes and on a Dask LocalCluster of 1 and 2
workers, on one generated corpus, and what a million 500-word articles would take.

The corpus: `--docs` documents (2 000 by default) of about `--words` words each, made by
chaining the articles of ../shared/corpus (seeds and reconcile-dev; the repo's examples when
../shared is absent) from a different starting article each time, ids `story-NNN_NNNNN` (ten
documents a story). Each path runs in its own fresh subprocess and is timed end to end, as a
user would wait for it: starting the workers or the cluster, loading one pipeline per worker,
extracting, writing the output (JSONL for the local path, Parquet for Dask). Then:

- identity: the local JSONL of 2 workers must equal that of 1 worker byte for byte, and the
  Parquet of each Dask run, read back through the record models, the same records;
- reconcile: `reconcile --records` on the 2-worker Parquet (grouped by story) must give the
  facts of the 1-worker records (extracted from the texts), grouped the same way;
- projection: per-core throughput from the 1-worker run less its pipeline load, scaled by the
  efficiency measured from 1 to 2 workers (an assumption beyond 2 cores: it is the only
  scaling this machine can measure), for 16, 64 and 256 cores; the Dask client's Parquet
  writing, measured, bounds what one client can take.

    python bench/scale.py [--docs 2000] [--words 150] [--paths local:1 local:2 dask:1 dask:2]
                          [--rounds 1] [--json-out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    DocText,
    machine_line,
    markdown_table,
    read_corpus,
    read_examples,
    shared_dir,
)

PATHS = ["local:1", "local:2", "dask:1", "dask:2"]
ARCHIVE_DOCS = 1_000_000
ARCHIVE_WORDS = 500
CORES = (16, 64, 256)


def base_articles() -> list[DocText]:
    """The articles the corpus is made of: the news corpora of ../shared, else examples/."""
    shared = shared_dir()
    if shared is None:
        return read_examples()
    docs: list[DocText] = []
    for name in ("seeds", "reconcile-dev"):
        if (shared / "corpus" / name / "docs").is_dir():
            docs += read_corpus(shared / "corpus" / name)
    return docs or read_examples()


def generate(n_docs: int, words: int) -> list[tuple[str, str, str | None]]:
    """`n_docs` documents of about `words` words: articles chained from a rotating start."""
    base = base_articles()
    out = []
    for i in range(n_docs):
        parts: list[str] = []
        count = 0
        k = i
        while count < words:
            text = base[k % len(base)].text.strip()
            parts.append(text)
            count += len(text.split())
            k += 1
        first = base[i % len(base)].published
        out.append((f"story-{i // 10:03d}_{i:05d}", "\n\n".join(parts) + "\n", _iso(first)))
    return out


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# ---------------------------------------------------------------- one path, in a subprocess


def _cpu() -> float:
    """CPU seconds of this process and of its children that ended (the worker processes)."""
    used = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(u.ru_utime + u.ru_stime for u in used)


def run_one(path: str, corpus: Path, out: Path) -> dict[str, Any]:
    """Time one path over the corpus file; what it measured, as JSON-able numbers."""
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    items = [(r[0], r[1], date.fromisoformat(r[2]) if r[2] else None) for r in rows]
    engine, workers = path.split(":")
    n = int(workers)
    started = time.perf_counter()
    cpu_before = _cpu()
    result: dict[str, Any] = {"path": path, "docs": len(items)}
    if engine == "local":
        from claimx.io.output import write_jsonl
        from claimx.scale.local import extract_documents

        load_s = 0.0
        if n == 1:  # in this process: time the one pipeline load apart
            from claimx.pipeline.api import load

            load()
            load_s = time.perf_counter() - started
            result["load_cpu_s"] = _cpu() - cpu_before
        failed = 0
        with out.open("w", encoding="utf-8") as handle:
            for doc in extract_documents(items, n):
                failed += doc.error is not None
                write_jsonl(doc.records, handle)
        result |= {"load_s": load_s, "failed": failed}
    else:
        from claimx.scale.dask_engine import run_dask

        run = run_dask(items, out, workers=n)  # starts and closes its LocalCluster, as the CLI
        result |= {"failed": len(run.failures), "write_s": run.write_s, "parts": run.partitions}
    result["wall_s"] = time.perf_counter() - started
    result["cpu_s"] = _cpu() - cpu_before
    result["load_avg"] = os.getloadavg()[0]
    return result


# ---------------------------------------------------------------- checks over the outputs


def _tables_from_jsonl(path: Path) -> dict[str, list[dict[str, Any]]]:
    from claimx.scale.saved import read_saved

    return _tables(s.record for s in read_saved(str(path)))


def _tables(records: Iterator[Any]) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, list[dict[str, Any]]] = {"quantity": [], "date": [], "org": []}
    for r in records:
        tables[r.type].append(r.model_dump(mode="json"))
    return tables


def same_records(reference: Path, output: Path) -> bool:
    """Whether a run's output holds exactly the reference JSONL's records."""
    if output.suffix == ".jsonl":
        return output.read_bytes() == reference.read_bytes()
    from claimx.scale.saved import read_saved

    return _tables(s.record for s in read_saved(str(output))) == _tables_from_jsonl(reference)


def same_facts(reference: Path, parquet: Path) -> tuple[bool, int]:
    """Whether `reconcile --records PARQUET --group-by story` gives the facts of the reference
    records (extracted from the texts), reconciled story by story; and how many facts."""
    from claimx.scale.run import reconcile_saved

    from_texts = reconcile_saved(str(reference), "story")
    from_parquet = reconcile_saved(str(parquet), "story")
    return from_texts.to_jsonl() == from_parquet.to_jsonl(), len(from_parquet)


# ---------------------------------------------------------------- the tables


def hours(seconds: float) -> str:
    return f"{seconds / 3600:.1f} h" if seconds >= 3600 else f"{seconds / 60:.0f} min"


def report(runs: dict[str, dict[str, Any]], words_per_doc: float, checks: list[str]) -> str:
    lines = [f"## claimx at scale ({machine_line()})", ""]
    base = runs.get("local:1")
    rows = []
    for path, r in runs.items():
        docs_s = r["docs"] / r["wall_s"]
        same = next((r_ for r_ in ["local", "dask"] if path.startswith(r_)), "")
        local_same = runs.get(f"local:{path.split(':')[1]}")
        rows.append(
            [
                path,
                f"{r['wall_s']:.1f}",
                f"{docs_s:.1f}",
                f"{docs_s * words_per_doc:,.0f}",
                f"{base['wall_s'] / r['wall_s']:.2f}" if base else "-",
                f"{local_same['wall_s'] / r['wall_s']:.2f}"
                if local_same and same == "dask"
                else "-",
                f"{r['cpu_s']:.0f}",
                f"{r['load_avg']:.1f}",
                str(r["failed"]),
            ]
        )
    header = ["path", "wall s", "docs/s", "words/s", "× local:1", "dask / local", "cpu s"]
    header += ["load", "failed"]
    lines += [markdown_table(header, rows), ""]
    lines += [
        "cpu s: CPU seconds of the run and its worker processes; load: the machine's 1-minute "
        "load average at the end of the run (above 2, other work shared these 2 cores).",
        "",
    ]
    lines += [f"- {c}" for c in checks]
    if base and "local:2" in runs:
        two = runs["local:2"]
        # CPU seconds do not depend on what else the machine runs; wall seconds do
        per_core = base["docs"] / (base["cpu_s"] - base["load_cpu_s"]) * words_per_doc
        efficiency = base["cpu_s"] / two["cpu_s"]
        lines += [
            "",
            f"From CPU time, which other work on the machine does not inflate: 2 workers would "
            f"take {base['cpu_s'] / (two['cpu_s'] / 2):.2f}× less time than 1 on 2 free cores "
            f"(the work of 2 workers is {two['cpu_s'] / base['cpu_s']:.2f}× that of 1: the "
            "second pipeline load and the transfers).",
            "",
            f"Projection for {ARCHIVE_DOCS:,} articles of {ARCHIVE_WORDS} words: one core "
            f"reads {per_core:,.0f} words/s (local:1's CPU time less its pipeline load), at "
            f"the {efficiency:.0%} parallel efficiency of 2 workers in CPU time, assumed to "
            "hold beyond 2 cores (the only scaling this machine can measure).",
            "",
        ]
        total_words = ARCHIVE_DOCS * ARCHIVE_WORDS
        dask2 = runs.get("dask:2")
        client_docs_s = dask2["docs"] / dask2["write_s"] if dask2 and dask2.get("write_s") else 0
        # records, hence Parquet rows to write, grow with the words of an article
        archive_s = (
            ARCHIVE_DOCS * ARCHIVE_WORDS / words_per_doc / client_docs_s if client_docs_s else 0
        )

        def cell(cores: int) -> list[str]:
            seconds = total_words / (per_core * cores * (efficiency if cores > 1 else 1))
            bound = archive_s
            return [str(cores), hours(seconds), hours(max(seconds, bound)) if bound else "-"]

        if client_docs_s:
            lines.insert(
                -1,
                f"The Dask client wrote Parquet at {client_docs_s:,.0f} documents/s of these "
                f"({dask2['write_s']:.1f} s for {dask2['docs']}), a floor of "
                f"{hours(archive_s)} for the archive (rows grow with words) whatever the cluster.",
            )
        header = ["cores", "local or Dask workers", "Dask, one client writing Parquet"]
        lines += [markdown_table(header, [cell(c) for c in (1, *CORES)])]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--words", type=int, default=150)
    parser.add_argument("--paths", nargs="+", default=PATHS, choices=PATHS)
    parser.add_argument(
        "--rounds", type=int, default=1, help="run each path N times, keep the fastest"
    )
    parser.add_argument("--json-out", type=Path)
    parser.add_argument("--one", help=argparse.SUPPRESS)  # a child: run one path
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, args.corpus, args.out)))
        return 0

    docs = generate(args.docs, args.words)
    words_per_doc = sum(len(text.split()) for _, text, _ in docs) / len(docs)
    print(f"{len(docs)} documents, {words_per_doc:.0f} words each on average", file=sys.stderr)
    runs: dict[str, dict[str, Any]] = {}
    outputs: dict[str, Path] = {}
    with tempfile.TemporaryDirectory(prefix="claimx-scale-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        for path in [p for _ in range(args.rounds) for p in args.paths]:
            suffix = ".jsonl" if path.startswith("local") else ""
            out = Path(tmp) / (path.replace(":", "-") + suffix)
            if out.exists():  # an earlier round's output: Parquet wants an empty folder
                shutil.rmtree(out) if out.is_dir() else out.unlink()
            command = [sys.executable, __file__, "--one", path, "--corpus", str(corpus)]
            done = subprocess.run(
                [*command, "--out", str(out)], capture_output=True, text=True, check=False
            )
            if done.returncode != 0:
                print(f"{path} failed:\n{done.stderr[-2000:]}", file=sys.stderr)
                return 1
            measured = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"{path}: {measured['wall_s']:.1f} s", file=sys.stderr)
            if path not in runs or measured["wall_s"] < runs[path]["wall_s"]:
                runs[path] = measured
            outputs[path] = out
        checks = []
        reference = outputs.get("local:1")
        if reference is not None:
            for path, out in outputs.items():
                if path != "local:1":
                    same = same_records(reference, out)
                    checks.append(f"{path}: {'identical' if same else 'DIFFERENT'} records")
            parquet = outputs.get("dask:2") or outputs.get("dask:1")
            if parquet is not None:
                same, n = same_facts(reference, parquet)
                checks.append(
                    f"reconcile --records on the Parquet, by story: {n} facts, "
                    f"{'the same as' if same else 'DIFFERENT from'} those of the texts"
                )
    print(report(runs, words_per_doc, checks))
    if args.json_out:
        args.json_out.write_text(json.dumps({"runs": runs, "checks": checks}, indent=2))
    return 0 if all("DIFFERENT" not in c for c in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
