"""Throughput and peak memory of claimx, its peers and two spaCy ceilings, in one run.

The texts: every document of ../shared/corpus/ (or examples/ without ../shared), repeated to about
1 MB. Each system runs in its own subprocess, so one system's memory does not pollute another's:
the model load is timed apart, then the system reads the texts warm until they are done or its
time budget is spent (the slow peers then report on the share they read); peak RSS is the child's
ru_maxrss (os.wait4). Ceilings: the bare `fr_core_news_sm` pipeline over the same texts with
`nlp.pipe`, and its tokenizer alone. Absolute times are noisy here, so the ratios printed (claimx
/ bare pipeline, claimx / each peer) are the figures to read.

    python bench/speed.py [--size 1000000] [--budget 60] [--rounds 1] [--systems ...]
                          [--markdown-out FILE] [--json-out FILE]
    python bench/speed.py --profile [--size 300000]

`--profile` times claimx alone instead: each component of the assembled pipeline (the spaCy
model's and claimx's stages) on the same texts, batch by batch, plus the record building, and
prints the share of each.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from adapters import SYSTEMS
from common import (
    DocText,
    corpus_dirs,
    fmt,
    machine_line,
    markdown_table,
    read_corpus,
    read_examples,
    shared_dir,
    write_section,
)

CEILINGS = {
    "spacy-pipeline": "bare fr_core_news_sm (nlp.pipe)",
    "spacy-tokenizer": "spaCy tokenizer alone",
}
ALL = list(SYSTEMS) + list(CEILINGS)


@dataclass
class Measure:
    """What one worker measured."""

    system: str
    name: str
    load_s: float
    run_s: float
    chars: int
    docs: int
    total_chars: int
    peak_rss_mb: float = 0.0
    error: str | None = None

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.run_s if self.run_s else 0.0

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.run_s if self.run_s else 0.0


def speed_texts(size: int) -> list[DocText]:
    """Every corpus document (or example), repeated in order until `size` characters."""
    shared = shared_dir()
    base: list[DocText] = []
    if shared is not None:
        for corpus in corpus_dirs(shared):
            base += read_corpus(corpus)
    else:
        base = read_examples()
    if not base:
        return []
    out: list[DocText] = []
    total = 0
    while total < size:
        for doc in base:
            out.append(DocText(doc.corpus, f"{doc.doc}#{len(out)}", doc.text, doc.published))
            total += len(doc.text)
            if total >= size:
                break
    return out


# ---------------------------------------------------------------- worker (one system a process)


def _ceiling(system: str) -> tuple[str, Any]:
    """Name and a `run(texts) -> Iterator[object]` for a spaCy ceiling."""
    import spacy

    nlp = spacy.load("fr_core_news_sm")
    nlp("Le Maroc a signé un accord de 500 MW.")
    if system == "spacy-tokenizer":
        return CEILINGS[system], nlp.tokenizer.pipe
    return CEILINGS[system], nlp.pipe


def run_worker(system: str, texts_file: Path, budget: float) -> Measure:
    """Load `system`, then read the texts warm until done or `budget` seconds have passed."""
    rows = json.loads(texts_file.read_text(encoding="utf-8"))
    docs = [
        DocText(
            r["corpus"],
            r["doc"],
            r["text"],
            date.fromisoformat(r["published"]) if r["published"] else None,
        )
        for r in rows
    ]
    started = time.perf_counter()
    if system in CEILINGS:
        name, run = _ceiling(system)
        outputs: Iterator[object] = run(d.text for d in docs)
    else:
        module = importlib.import_module(SYSTEMS[system])
        module.load()
        name = module.NAME
        outputs = module.extract(docs, frozenset(module.TYPES))
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    chars = count = 0
    for doc, _ in zip(docs, outputs, strict=False):
        chars += len(doc.text)
        count += 1
        if time.perf_counter() - started > budget:
            break
    run_s = time.perf_counter() - started
    total = sum(len(d.text) for d in docs)
    return Measure(system, name, load_s, run_s, chars, count, total)


# ---------------------------------------------------------------- profile


def profile(texts: Sequence[DocText], batch_size: int = 128) -> str:
    """Seconds spent in each component of the claimx pipeline and in record building."""
    from claimx.dates.published import find_published
    from claimx.pipeline.api import load
    from claimx.pipeline.build import doc_records

    nlp = load()
    nlp("Le 22 juillet 2025, l'ONEE a signé un contrat de 500 MW pour 3 milliards de DH.")
    stages = ["tokenizer", *nlp.pipe_names, "published date", "records"]
    spent = dict.fromkeys(stages, 0.0)
    inside = _time_focus(nlp)
    for i in range(0, len(texts), batch_size):
        batch = texts[i : i + batch_size]
        started = time.perf_counter()
        docs = [nlp.make_doc(d.text) for d in batch]
        spent["tokenizer"] += time.perf_counter() - started
        started = time.perf_counter()
        for d, doc in zip(batch, docs, strict=True):
            doc._.claimx_published = d.published or find_published(d.text)
        spent["published date"] += time.perf_counter() - started
        for name, proc in nlp.pipeline:
            started = time.perf_counter()
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=batch_size))
            else:
                docs = [proc(doc) for doc in docs]
            spent[name] += time.perf_counter() - started
        started = time.perf_counter()
        for d, doc in zip(batch, docs, strict=True):
            doc_records(doc, d.doc, d.text)
        spent["records"] += time.perf_counter() - started
    total = sum(spent.values())
    chars = sum(len(d.text) for d in texts)
    rows = []
    for name, s in spent.items():
        rows.append([name, f"{s:.2f}", f"{100 * s / total:.1f} %"])
        if name == "claimx_focus":  # the base model's components it runs, each on its sentences
            rest = s - sum(inside.values())
            for part, t in [*inside.items(), ("(selection and copies)", rest)]:
                rows.append([f"  {part}", f"{t:.2f}", f"{100 * t / total:.1f} %"])
    rows.append(["total", f"{total:.2f}", f"{chars / total:,.0f} chars/s"])
    caption = f"claimx pipeline, per stage, on {chars:,} characters ({len(texts)} documents)"
    return caption + "\n\n" + markdown_table(["stage", "seconds", "share"], rows)


def _time_focus(nlp: Any) -> dict[str, float]:
    """Time each base component `claimx_focus` runs (and its lemmas) inside the profile."""
    from claimx.pipeline.focus import Focus

    focus = nlp.get_pipe("claimx_focus")
    names = [n for group in focus.groups.values() for n in group] + ["lemmatizer (some tokens)"]
    inside = dict.fromkeys(names, 0.0)

    def run(group: str, pieces: list[Any]) -> None:
        for name in focus.groups[group]:
            started = time.perf_counter()
            for _ in nlp.get_pipe(name).pipe(pieces, batch_size=max(1, len(pieces))):
                pass
            inside[name] += time.perf_counter() - started

    def lemmatize(doc: Any, runs: Any) -> None:
        started = time.perf_counter()
        Focus._lemmatize(focus, doc, runs)
        inside["lemmatizer (some tokens)"] += time.perf_counter() - started

    focus._run, focus._lemmatize = run, lemmatize
    return inside


# ---------------------------------------------------------------- parent


def measure(system: str, texts_file: Path, budget: float) -> Measure:
    """Run one worker subprocess; its peak RSS comes from its own rusage."""
    cmd = [sys.executable, __file__, "--worker", system, "--texts-file", str(texts_file)]
    cmd += ["--budget", str(budget)]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    peak = usage.ru_maxrss / 1024  # KiB on Linux
    if proc.returncode != 0 or not stdout.strip():
        last = (stderr.strip().splitlines() or ["no output"])[-1][:150]
        return Measure(system, system, 0, 0, 0, 0, 0, peak, error=last)
    result = Measure(**json.loads(stdout.strip().splitlines()[-1]))
    result.peak_rss_mb = peak
    return result


def report(measures: Sequence[Measure], size: int, source: str) -> tuple[str, list[str]]:
    """The speed table and the ratio lines."""
    by_key = {m.system: m for m in measures if m.error is None}
    mine = by_key.get("claimx")
    rows = []
    for m in measures:
        if m.error:
            rows.append([m.name, "-", "-", "-", fmt(m.peak_rss_mb, 0), "-", f"failed: {m.error}"])
            continue
        ratio = fmt(mine.chars_per_s / m.chars_per_s) if mine and m.chars_per_s else "-"
        share = f"{100 * m.chars / m.total_chars:.0f} %" if m.total_chars else "-"
        rows.append(
            [m.name, fmt(m.load_s, 1), f"{m.chars_per_s:,.0f}", fmt(m.docs_per_s, 1)]
            + [fmt(m.peak_rss_mb, 0), share, ratio]
        )
    header = ["system", "load s", "chars/s", "docs/s", "peak RSS MB", "texts read", "claimx ×"]
    lines = []
    bare = by_key.get("spacy-pipeline")
    if mine and bare:
        ratio = mine.chars_per_s / bare.chars_per_s
        verdict = "ok" if ratio >= 0.75 else "BELOW the 0.75 target"
        lines.append(f"claimx / bare fr_core_news_sm pipeline throughput: {ratio:.2f} ({verdict})")
    if mine:
        verdict = "ok" if mine.peak_rss_mb <= 600 else "ABOVE the 600 MB target"
        lines.append(f"claimx peak RSS: {mine.peak_rss_mb:.0f} MB ({verdict})")
        for m in measures:
            if m.system in SYSTEMS and m.system != "claimx" and m.error is None and m.chars_per_s:
                lines.append(
                    f"claimx / {m.name}: {mine.chars_per_s / m.chars_per_s:.2f}× throughput"
                )
    caption = f"{len(measures)} systems on {size:,} characters of {source}, repeated"
    return caption + "\n\n" + markdown_table(header, rows), lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--systems", default=",".join(ALL), help="comma-separated systems")
    parser.add_argument("--size", type=int, default=1_000_000, help="characters of text")
    parser.add_argument("--budget", type=float, default=60.0, help="seconds of reading per system")
    parser.add_argument(
        "--rounds", type=int, default=1, help="run every system N times, keep its best throughput"
    )
    parser.add_argument("--markdown-out", type=Path, help="write the speed block of this file")
    parser.add_argument("--json-out", type=Path, help="write the measures as JSON")
    parser.add_argument(
        "--profile", action="store_true", help="time each claimx stage instead (no peers)"
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--texts-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        print(json.dumps(asdict(run_worker(args.worker, args.texts_file, args.budget))))
        return 0
    keys = [k.strip() for k in args.systems.split(",") if k.strip()]
    unknown = [k for k in keys if k not in ALL]
    if unknown:
        parser.error(f"unknown system(s) {unknown}; known: {', '.join(ALL)}")
    texts = speed_texts(args.size)
    if not texts:
        print("speed.py: no ../shared corpora and no examples/*.txt; nothing to time.")
        return 0
    if args.profile:
        print(profile(texts))
        return 0
    if shared_dir() is None:
        print("speed.py: no ../shared corpora (set CLAIMX_SHARED); timing examples/ instead.")
    size = sum(len(d.text) for d in texts)
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as fh:
        json.dump(
            [{**asdict(d), "published": d.published and d.published.isoformat()} for d in texts], fh
        )
        texts_file = Path(fh.name)
    best: dict[str, Measure] = {}
    try:
        for _ in range(args.rounds):  # rounds interleave systems, so a noisy minute hits all
            for key in keys:
                m = measure(key, texts_file, args.budget)
                print(
                    f"{m.name}: {m.chars_per_s:,.0f} chars/s, {m.peak_rss_mb:.0f} MB"
                    + (f" (failed: {m.error})" if m.error else ""),
                    file=sys.stderr,
                    flush=True,
                )
                if key not in best or m.chars_per_s > best[key].chars_per_s:
                    best[key] = m
    finally:
        texts_file.unlink()
    measures = [best[k] for k in keys]
    source = "../shared/corpus documents" if shared_dir() else "examples/"
    table, lines = report(measures, size, source)
    print(table + "\n")
    print("\n".join(lines))
    if args.json_out:
        args.json_out.write_text(
            json.dumps([asdict(m) for m in measures], indent=1), encoding="utf-8"
        )
    if args.markdown_out:
        body = "\n".join(
            [
                "### Speed: warm throughput and peak memory",
                "",
                f"`python bench/speed.py`, {machine_line()}; {caption_budget(args.budget)}",
                "",
                table,
                "",
                *[f"- {line}" for line in lines],
            ]
        )
        write_section(args.markdown_out, "speed", body)
    return 0


def caption_budget(budget: float) -> str:
    """How to read the 'texts read' column."""
    return (
        f"each system reads for at most {budget:.0f} s after its model load "
        "(texts read < 100 %: throughput over the share it read); best of the rounds run."
    )


if __name__ == "__main__":
    sys.exit(main())
