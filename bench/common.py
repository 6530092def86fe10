"""What bench/peers.py and bench/speed.py share: ../shared, corpora, scoring, tables.

Scoring always goes through ../shared/bench/score.py (as a subprocess, so the numbers are the ones
`score.py` prints for anyone); its `normalize_unit` is also borrowed by the adapters, so that a
peer's unit names are mapped to canonical units with exactly the table the scorer uses.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
TYPES = ("quantity", "date", "org")

Record = dict[str, Any]
"""One mention as a GOLD_FORMAT.md JSONL line."""


@dataclass(frozen=True)
class DocText:
    """One input document: its corpus, id, text, publication date and outlet (meta.jsonl's
    source and url, space-separated)."""

    corpus: str
    doc: str
    text: str
    published: date | None
    outlet: str | None = None


def corpus_options(doc: str | None, argv: list[str] | None) -> argparse.Namespace:
    """The options every scoring script takes: --corpus (repeatable) and --json."""
    parser = argparse.ArgumentParser(
        description=doc, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", action="append", help="only these corpora (folder names)")
    parser.add_argument("--json", action="store_true", help="print the raw scores as JSON")
    return parser.parse_args(argv)


def shared_or_say(script: str) -> Path | None:
    """The shared folder, or None after saying why the script has nothing to measure."""
    shared = shared_dir()
    if shared is None:
        print(f"bench/{script}: ../shared is absent (set CLAIMX_SHARED); nothing to measure.")
    return shared


def shared_dir() -> Path | None:
    """The shared folder: $CLAIMX_SHARED, else ../shared beside the repo; None when absent."""
    env = os.environ.get("CLAIMX_SHARED")
    path = Path(env) if env else REPO.parent / "shared"
    return path if (path / "corpus").is_dir() else None


def corpus_dirs(shared: Path) -> list[Path]:
    """Every corpus under shared/corpus: seeds first, then the recognizers-fr tasks."""
    root = shared / "corpus"
    found = [p for p in root.iterdir() if (p / "docs").is_dir()]
    found += [p for p in root.glob("*/*") if (p / "docs").is_dir()]
    return sorted(found, key=lambda p: (p.name != "seeds", p.name))


def corpus_types(path: Path) -> tuple[str, ...]:
    """The mention types a corpus scores (scope.json `types`, else all three)."""
    scope_file = path / "scope.json"
    if not scope_file.exists():
        return TYPES
    scope = json.loads(scope_file.read_text(encoding="utf-8"))
    return tuple(t for t in TYPES if t in scope.get("types", TYPES))


def read_corpus(path: Path) -> list[DocText]:
    """The documents of a corpus, read exactly as score.py reads them (no newline translation)."""
    published: dict[str, date | None] = {}
    outlets: dict[str, str | None] = {}
    meta = path / "meta.jsonl"
    if meta.exists():
        for line in meta.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                value = row.get("published")
                published[row["doc"]] = date.fromisoformat(value) if value else None
                outlet = " ".join(row[k] for k in ("source", "url") if row.get(k))
                outlets[row["doc"]] = outlet or None
    docs = []
    for txt in sorted((path / "docs").glob("*.txt")):
        with open(txt, encoding="utf-8", newline="") as fh:
            text = fh.read()
        docs.append(
            DocText(path.name, txt.stem, text, published.get(txt.stem), outlets.get(txt.stem))
        )
    return docs


def read_examples() -> list[DocText]:
    """The repo's examples/*.txt, the speed texts when ../shared is absent."""
    docs = []
    for txt in sorted((REPO / "examples").glob("*.txt")):
        docs.append(DocText("examples", txt.stem, txt.read_text(encoding="utf-8"), None))
    return docs


@cache
def scorer_module() -> ModuleType | None:
    """score.py imported as a module (for `normalize_unit`), or None without ../shared."""
    shared = shared_dir()
    if shared is None:
        return None
    spec = importlib.util.spec_from_file_location("claimx_shared_score", shared / "bench/score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def canonical_unit(name: str, dimension: str | None = None) -> tuple[str, float, float] | None:
    """(canonical unit, scale, offset) of a unit spelling as score.py reads it; None if unknown."""
    scorer = scorer_module()
    if scorer is None:
        return None
    unit, scale, offset = scorer.normalize_unit(name, dimension)
    if unit.startswith(scorer.UNKNOWN):
        return None
    return unit, scale, offset


def dimension_of(unit: str) -> str:
    """The GOLD_FORMAT dimension of a canonical unit (money for an ISO code)."""
    scorer = scorer_module()
    if scorer is None:
        return "other"
    return str(scorer.unit_dimension(unit) or "other")


def locate(text: str, surface: str, hint: int) -> tuple[int, int] | None:
    """True offsets of `surface` in `text`, nearest to `hint`, trimmed of spaces.

    Peers report offsets that may be off (Recognizers-Text lower-cases and keeps spaces;
    dateparser gives none), so every adapter re-finds its surface in the source text.
    """
    stripped = surface.strip()
    if not stripped:
        return None
    lead = len(surface) - len(surface.lstrip())
    if text[hint + lead : hint + lead + len(stripped)] == stripped:
        return hint + lead, hint + lead + len(stripped)
    folded, needle = text.lower(), stripped.lower()
    starts = []
    pos = folded.find(needle)
    while pos >= 0:
        starts.append(pos)
        pos = folded.find(needle, pos + 1)
    if not starts:
        return None
    best = min(starts, key=lambda s: abs(s - hint))
    return best, best + len(stripped)


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+|\u00a0{2,}")


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) of each sentence-like piece of `text`: split at end punctuation,
    line breaks and runs of no-break spaces (headline lists), for peers built for utterances."""
    pos = 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > pos:
            yield pos, text[pos : match.start()]
        pos = match.end()
    if pos < len(text):
        yield pos, text[pos:]


def drop_overlaps(records: Sequence[Record]) -> list[Record]:
    """Keep the longest of overlapping mentions of one type (earlier first on ties)."""
    kept: list[Record] = []
    for rec in sorted(records, key=lambda r: (-(r["end"] - r["start"]), r["start"])):
        if not any(
            k["type"] == rec["type"] and k["start"] < rec["end"] and rec["start"] < k["end"]
            for k in kept
        ):
            kept.append(rec)
    return sorted(kept, key=lambda r: (r["start"], r["end"]))


def quantity_record(
    doc: DocText, start: int, end: int, value: float, unit: str, dimension: str
) -> Record:
    """A peer's single-value quantity as a GOLD_FORMAT line (peers give no qualifiers)."""
    return {
        "doc": doc.doc,
        "type": "quantity",
        "start": start,
        "end": end,
        "text": doc.text[start:end],
        "value": value,
        "low": None,
        "high": None,
        "unit": unit,
        "dimension": dimension,
        "qualifier": "exact",
    }


def run_scorer(corpus: Path, shared: Path, flag: str, jsonl: str) -> dict[str, Any]:
    """../shared/bench/score.py --json on JSONL text passed as `flag` (--pred or --clusters)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as fh:
        fh.write(jsonl)
        pred = fh.name
    try:
        out = subprocess.run(
            [sys.executable, str(shared / "bench/score.py"), "--corpus", str(corpus)]
            + [flag, pred, "--json"],
            check=True,
            capture_output=True,
            text=True,
        )
    finally:
        os.unlink(pred)
    return dict(json.loads(out.stdout))


def score(corpus: Path, records: Iterable[Record], shared: Path) -> dict[str, Any]:
    """Score mentions with ../shared/bench/score.py --json; returns its per-type results."""
    jsonl = "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records)
    return dict(run_scorer(corpus, shared, "--pred", jsonl)["types"])


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A GitHub markdown table; numbers right-aligned."""
    rows = [[str(c) for c in row] for row in rows]
    align = [
        "---:" if rows and all(_numeric(row[i]) for row in rows) else "---"
        for i in range(len(header))
    ]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _numeric(cell: str) -> bool:
    core = cell.rstrip("*% ").replace(",", "").replace(".", "", 1)
    return core.isdigit() or cell in ("-", "n/a")


def fmt(x: float | None, digits: int = 2) -> str:
    """A score cell: '-' for undefined."""
    return "-" if x is None else f"{x:.{digits}f}"


def machine_line() -> str:
    """Date, CPU, cores and Python of this run, for the tables' captions."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return (
        f"measured {date.today().isoformat()} on {cpu}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )


def write_section(path: Path, key: str, body: str) -> None:
    """Put `body` into the "How claimx compares" file at `path`, replacing the block named `key`.

    peers.py writes the accuracy block and speed.py the speed block of the same file, so either
    can be re-run alone; the lead pastes the file into README.md.
    """
    begin, end = f"<!-- {key}:begin -->", f"<!-- {key}:end -->"
    block = f"{begin}\n{body.strip()}\n{end}"
    text = path.read_text(encoding="utf-8") if path.exists() else SECTION_HEAD
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        text = head + block + rest.split(end, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


SECTION_HEAD = """## How claimx compares

claimx against the tools a user would otherwise reach for, on the same texts in one run
(`pip install -e '.[bench]'`, then the commands below; corpora from `../shared/corpus/`).
Regenerate:

    python bench/peers.py --markdown-out bench/COMPARE.md
    python bench/speed.py --rounds 2 --budget 45 --markdown-out bench/COMPARE.md
"""
