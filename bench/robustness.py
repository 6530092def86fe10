"""What a new user feeds claimx, run through the command line: outcome, time and peak RSS.

Each case of issue 11's table (huge texts, odd numbers, line ends, BOMs, encodings, HTML, doc ids,
skipped files, write errors, malformed meta.jsonl, pathological lines, empty and binary files,
Ctrl-C) runs `claimx` in a child process on inputs generated here, then checks: no traceback and
no "internal error", every input file either in the output or named on stderr (none dropped),
every record's offsets true in the file's text (decoded with its encoding, BOM removed, line ends
untouched; for HTML the extracted text `--include-text` writes), JSON output free of
Infinity/NaN, plus the case's own expectation. The last case runs a `--big-mb` text (20 MB by
default) and the same text cut into article-sized files, and compares their throughput.

    python bench/robustness.py                       # the whole table plus a 20 MB text
    python bench/robustness.py --big-mb 1 --only crlf html
    python bench/robustness.py --claimx-src /tmp/old/src   # measure another checkout's claimx
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
RUN_CLAIMX = "import sys; from claimx.io.cli import main; sys.argv[0] = 'claimx'; main()"


def french_text(n_chars: int) -> str:
    """About `n_chars` characters of news text: the example articles, dated and numbered apart."""
    articles = [p.read_text(encoding="utf-8") for p in EXAMPLES]
    parts: list[str] = []
    size = i = 0
    while size < n_chars:
        body = articles[i % len(articles)].replace("2024", str(2000 + i % 30))
        part = f"Dépêche {i}\n\n{body}\n\n"
        parts.append(part)
        size += len(part)
        i += 1
    return "".join(parts)


ARTICLE = (
    "Onepoint prévoit de recruter plus de 500 ingénieurs d'ici 2029, a annoncé l'AMDIE mardi.\n"
    "Le budget atteint 11 milliards de dirhams, en hausse de 8 %.\n"
)
LATIN = "Le coût du projet atteint 12 millions d'euros, a précisé le ministère de l'Économie.\n"
HTML = """<!doctype html><html><head><title>Recrutements</title>
<script>window.ga=function(){};ga('create','UA-123456-7','auto');alert(2);</script>
<script>alert(1)</script></head><body>
<nav><a href="/">Accueil</a> | <a href="/eco">Économie</a></nav>
<article><h1>Le groupe recrute</h1>
<p>Le salon a réuni 150&nbsp;000 personnes à Casablanca, selon les organisateurs de
l'événement, qui se tient chaque année au mois de juillet depuis 2015.</p>
<p>Onepoint prévoit de recruter plus de 500 ingénieurs d'ici 2029, a annoncé l'AMDIE.
L'investissement atteint 120 millions de dirhams sur la période 2025-2027.</p>
</article><footer>© 2025 Le Journal — UA-123456-7</footer></body></html>
"""


@dataclass
class Run:
    args: list[str]
    code: int
    stdout: str
    stderr: str
    seconds: float
    rss_mb: float


@dataclass
class Case:
    name: str
    """Short id, as `--only` takes it."""
    what: str
    files: dict[str, bytes]
    """Relative path -> bytes, written in a fresh folder."""
    args: list[str]
    """Arguments after `claimx`; {dir} is the folder."""
    expect_exit: int = 0
    stdin: bytes | None = None
    encodings: dict[str, str] = field(default_factory=dict)
    """Relative path -> encoding of the true text (default utf-8)."""
    check: Callable[[Run, Path], list[str]] | None = None
    interrupt_after: float | None = None
    timeout: float = 900.0


def _records(run: Run) -> list[dict[str, Any]]:
    out = []
    for line in run.stdout.splitlines():
        if line.strip():
            out.append(json.loads(line, parse_constant=_no_constant))
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} in JSON output")


def _true_text(data: bytes, encoding: str) -> str | None:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:  # a binary file: no text, no offsets
        return None
    return text[1:] if text.startswith("\ufeff") else text


def _doc_ids(rel: str) -> set[str]:
    """Ids a file may get: its stem, name, or its path under any folder above it."""
    path = Path(rel)
    parts = path.with_suffix("").parts
    return {path.stem, rel, path.name} | {"/".join(parts[k:]) for k in range(len(parts))}


def run_claimx(args: list[str], stdin: bytes | None, src: str | None, timeout: float,
               interrupt_after: float | None = None) -> Run:
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src
    env.pop("CLAIMX_DEBUG", None)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.TemporaryFile() as inp:
        inp.write(stdin or b"")
        inp.seek(0)
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", RUN_CLAIMX, *args], stdin=inp, stdout=out, stderr=err, env=env
        )
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        if interrupt_after is not None:
            threading.Timer(interrupt_after, lambda: proc.send_signal(signal.SIGINT)).start()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        timer.cancel()
        out.seek(0)
        err.seek(0)
        return Run(
            args,
            proc.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            seconds,
            usage.ru_maxrss / 1024,
        )


def common_checks(case: Case, run: Run, folder: Path) -> tuple[list[str], int, str]:
    """Problems, the number of dropped files and the offsets verdict."""
    problems: list[str] = []
    if "Traceback" in run.stderr:
        problems.append("traceback")
    if "internal error" in run.stderr:
        problems.append("internal error")
    if run.code != case.expect_exit:
        problems.append(f"exit {run.code} (expected {case.expect_exit})")
    if case.args[0] != "extract" or "jsonl" not in case.args or "-o" in case.args:
        return problems, 0, "n/a"
    try:
        lines = _records(run)
    except ValueError as exc:
        return [*problems, f"invalid JSONL: {exc}"], 0, "n/a"
    texts: dict[str, str] = {}
    for line in lines:
        if line.get("type") == "text":
            texts[line["doc"]] = line["text"]
    for rel, data in case.files.items():
        if rel.endswith((".txt", ".md")) or rel.endswith((".html", ".htm")):
            true = _true_text(data, case.encodings.get(rel, "utf-8"))
            for doc_id in _doc_ids(rel):
                if rel.endswith((".txt", ".md")) and true is not None:
                    texts.setdefault(doc_id, true)
    if case.stdin is not None:
        true = _true_text(case.stdin, case.encodings.get("-", "utf-8"))
        if true is not None:
            texts.setdefault("stdin", true)
    bad = checked = 0
    for line in lines:
        if line.get("type") == "text":
            continue
        text = texts.get(line["doc"])
        if text is None:
            continue
        checked += 1
        if text[line["start"] : line["end"]] != line["text"]:
            bad += 1
    offsets = "n/a" if not checked else ("all true" if not bad else f"{bad}/{checked} false")
    if bad:
        problems.append(f"{bad} offsets false")
    docs = {line["doc"] for line in lines}
    dropped = 0
    for rel in case.files:
        if rel.endswith("meta.jsonl"):
            continue
        named = rel in run.stderr or Path(rel).name in run.stderr
        if not (named or docs & _doc_ids(rel)):
            dropped += 1
    if dropped:
        problems.append(f"{dropped} files dropped")
    return problems, dropped, offsets


def _has(text: str, *needles: str) -> Callable[[Run, Path], list[str]]:
    def check(run: Run, folder: Path) -> list[str]:
        return [f"{n!r} not found" for n in needles if n not in run.stdout + run.stderr]

    return check


def _lacks(*needles: str) -> Callable[[Run, Path], list[str]]:
    def check(run: Run, folder: Path) -> list[str]:
        return [f"{n!r} found" for n in needles if n in run.stdout]

    return check


def _both(*checks: Callable[[Run, Path], list[str]]) -> Callable[[Run, Path], list[str]]:
    return lambda run, folder: [p for c in checks for p in c(run, folder)]


def _value(text: str, value: float) -> Callable[[Run, Path], list[str]]:
    def check(run: Run, folder: Path) -> list[str]:
        try:
            found = [r for r in _records(run) if r.get("type") == "quantity"]
        except ValueError:
            return []
        ok = any(r["text"].startswith(text) and r["value"] == value for r in found)
        return [] if ok else [f"no {text!r} = {value}"]

    return check


def _distinct_ids(run: Run, folder: Path) -> list[str]:
    docs = {r["doc"] for r in _records(run)}
    return [] if len(docs) == 2 else [f"doc ids {sorted(docs)}"]


def _json_lines(run: Run, folder: Path) -> list[str]:
    try:
        _records(run)
    except ValueError as exc:
        return [str(exc)]
    return []


def _help_clean(run: Run, folder: Path) -> list[str]:
    return [f"help shows {t!r}" for t in ("<list[str]>", "{paths}", "<str>") if t in run.stdout]


def _old_output_kept(run: Run, folder: Path) -> list[str]:
    out = folder / "out.jsonl"
    if not out.exists():
        return []
    return [] if out.read_text(encoding="utf-8") == "old\n" else ["output truncated"]


def cases(big_chars: int) -> list[Case]:
    u = ARTICLE.encode("utf-8")
    crlf = ARTICLE.replace("\n", "\r\n").encode("utf-8") * 3
    long_word = "x" * 2_000_000
    return [
        Case("text-0.1mb", "0.1 MB article dump", {"a.txt": french_text(100_000).encode()},
             ["extract", "{dir}/a.txt", "--format", "jsonl"]),
        Case("text-1mb", "1 MB article dump", {"a.txt": french_text(1_000_000).encode()},
             ["extract", "{dir}/a.txt", "--format", "jsonl"]),
        Case("line-2mb", "2 MB text on one line",
             {"a.txt": french_text(2_000_000).replace("\n", " ").encode()},
             ["extract", "{dir}/a.txt", "--format", "jsonl"]),
        Case("pow-10-400", "10^400 in a batch, a file after it",
             {"a.txt": b"La probabilit\xc3\xa9 vaut 10^400 selon lui.\n", "b.txt": u},
             ["extract", "{dir}/a.txt", "{dir}/b.txt", "--format", "jsonl"],
             check=_value("plus de 500", 500.0)),
        Case("digits-401", "a 401-digit number", {"a.txt": ("Il a gagné " + "9" * 401
             + " euros.\n").encode() + u}, ["extract", "{dir}/a.txt", "--format", "jsonl"],
             check=_json_lines),
        Case("digits-401-reconcile", "a 401-digit number, reconcile --format json",
             {"docs/a.txt": ("Il a gagné " + "9" * 401 + " euros.\n").encode() + u,
              "docs/b.txt": u}, ["reconcile", "{dir}/docs", "--format", "json"],
             check=_json_lines),
        Case("crlf", "CRLF line ends", {"a.txt": crlf},
             ["extract", "{dir}/a.txt", "--format", "jsonl"]),
        Case("crlf-stdin", "CRLF line ends on stdin", {}, ["extract", "-", "--format", "jsonl"],
             stdin=crlf),
        Case("bom", "UTF-8 BOM", {"a.txt": b"\xef\xbb\xbf" + u},
             ["extract", "{dir}/a.txt", "--format", "jsonl"]),
        Case("latin-1", "Latin-1 file", {"a.txt": (LATIN * 3).encode("latin-1")},
             ["extract", "{dir}/a.txt", "--format", "jsonl"], encodings={"a.txt": "latin-1"},
             check=_value("12 millions", 12e6)),
        Case("cp1252", "Windows-1252 file (’ and €)",
             {"a.txt": (LATIN.replace("'", "’") * 3 + "Prix : 12 €.\n").encode("cp1252")},
             ["extract", "{dir}/a.txt", "--format", "jsonl"], encodings={"a.txt": "cp1252"},
             check=_value("12 millions", 12e6)),
        Case("utf-16", "UTF-16 file", {"a.txt": (LATIN * 3).encode("utf-16")},
             ["extract", "{dir}/a.txt", "--format", "jsonl"], encodings={"a.txt": "utf-16"},
             check=_value("12 millions", 12e6)),
        Case("latin-1-stdin", "Latin-1 on stdin", {}, ["extract", "-", "--format", "jsonl"],
             stdin=(LATIN * 3).encode("latin-1"), encodings={"-": "latin-1"},
             check=_value("12 millions", 12e6)),
        Case("html", "HTML page", {"a.html": HTML.encode()},
             ["extract", "{dir}/a.html", "--format", "jsonl", "--include-text"],
             check=_both(_value("150 000 personnes", 150000.0), _lacks("Union africaine"))),
        Case("html-reconcile", "HTML pages, reconcile", {"d/a.html": HTML.encode(),
             "d/b.html": HTML.replace("150&nbsp;000", "160&nbsp;000").encode()},
             ["reconcile", "{dir}/d", "--format", "json"], check=_lacks("alert")),
        Case("same-name", "two good1.txt in subfolders",
             {"d/x/good1.txt": u, "d/y/good1.txt": LATIN.encode()},
             ["extract", "{dir}/d", "--format", "jsonl"], check=_distinct_ids),
        Case("other-files", ".html, .md and .pdf in a folder",
             {"d/a.html": HTML.encode(), "d/b.md": u, "d/c.pdf": b"%PDF-1.4\x00\x01"},
             ["extract", "{dir}/d", "--format", "jsonl"], check=_has("", "c.pdf")),
        Case("dev-full", "-o /dev/full", {"a.txt": u},
             ["extract", "{dir}/a.txt", "--format", "jsonl", "-o", "/dev/full"], expect_exit=1,
             check=_has("", "/dev/full")),
        Case("bad-meta", "one malformed meta.jsonl line",
             {"d/a.txt": u, "d/b.txt": LATIN.encode(),
              "d/meta.jsonl": b'{"doc": "a", "published": "2025-07-23"}\n{oops\n'},
             ["extract", "{dir}/d", "--format", "jsonl"], check=_distinct_ids),
        Case("help", "extract --help", {}, ["extract", "--help"], check=_help_clean),
        Case("help-h", "extract -h", {}, ["extract", "-h"], check=_help_clean),
        Case("digits-100k", "a 100 000-digit number",
             {"a.txt": ("Total : " + "7" * 100_000 + " euros.\n").encode() + u},
             ["extract", "{dir}/a.txt", "--format", "jsonl"]),
        Case("percent-1e6", "a line of 10^6 %", {"a.txt": b"%" * 1_000_000 + b"\n" + u},
             ["extract", "{dir}/a.txt", "--format", "jsonl"]),
        Case("percent-mixed-1e6", "a line of 10^6 % and ) (no two pieces alike)",
             {"a.txt": _punctuation(1_000_000).encode() + b"\n" + u},
             ["extract", "{dir}/a.txt", "--format", "jsonl"]),
        Case("nospace-2mb", "a 2 MB line with no space", {"a.txt": long_word.encode() + b"\n" + u},
             ["extract", "{dir}/a.txt", "--format", "jsonl"]),
        Case("empty", "empty and whitespace-only files", {"e.txt": b"", "w.txt": b" \n\t\n",
             "a.txt": u}, ["extract", "{dir}/e.txt", "{dir}/w.txt", "{dir}/a.txt", "--format",
             "jsonl"]),
        Case("binary", "a binary file in a batch", {"bin.txt": bytes(range(256)) * 4, "a.txt": u},
             ["extract", "{dir}/bin.txt", "{dir}/a.txt", "--format", "jsonl"], expect_exit=1,
             check=_value("plus de 500", 500.0)),
        Case("ctrl-c", "Ctrl-C during -o", {"a.txt": french_text(1_000_000).encode(),
             "out.jsonl": b"old\n"}, ["extract", "{dir}/a.txt", "--format", "jsonl", "-o",
             "{dir}/out.jsonl"], expect_exit=130, interrupt_after=8.0, check=_old_output_kept),
        Case(f"text-{big_chars / 1e6:g}mb", f"{big_chars / 1e6:g} MB text in one file",
             {"big.txt": french_text(big_chars).encode()},
             ["extract", "{dir}/big.txt", "--format", "jsonl", "-o", "{dir}/out.jsonl"],
             timeout=3600),
        Case(f"files-{big_chars / 1e6:g}mb", "the same text as article-sized files",
             _articles(french_text(big_chars)), ["extract", "{dir}/arts", "--format", "jsonl",
             "-o", "{dir}/out.jsonl"], timeout=3600),
    ]


def _punctuation(n: int) -> str:
    """`n` signs, nine in ten "%" and the others ")" in a fixed pseudo-random order: the tokenizer
    strips them one by one as for a run of "%", but no two pieces of it are the same, so spaCy's
    tokenizer cache cannot hide what each costs (30 000 of them took 162 s before the runs were
    tokenized in segments, 3.4 s after)."""
    import random

    return "".join(random.Random(11).choices("%%%%%%%%%)", k=n))


def _articles(text: str, per_file: int = 5) -> dict[str, bytes]:
    """The text cut at its "Dépêche" headings into files of `per_file` dispatches (~3.5 KB)."""
    parts = text.split("Dépêche ")[1:]
    files = {}
    for i in range(0, len(parts), per_file):
        body = "".join("Dépêche " + p for p in parts[i : i + per_file])
        files[f"arts/{i // per_file:06d}.txt"] = body.encode()
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big-mb", type=float, default=20.0, help="size of the big text (MB)")
    parser.add_argument("--only", nargs="*", help="case names to run")
    parser.add_argument("--claimx-src", help="PYTHONPATH of the claimx to measure")
    parser.add_argument("--workers", type=int, default=1,
                        help="--workers for the big text and its files, where claimx has it "
                        "(1: both on one process, as the throughput comparison needs)")
    opts = parser.parse_args()
    helptext = run_claimx(["extract", "--help"], None, opts.claimx_src, 60).stdout
    workers = ["--workers", str(opts.workers)] if "--workers" in helptext else []
    rows = []
    big: dict[str, Run] = {}
    for case in cases(int(opts.big_mb * 1_000_000)):
        if opts.only and case.name not in opts.only:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            for rel, data in case.files.items():
                (folder / rel).parent.mkdir(parents=True, exist_ok=True)
                (folder / rel).write_bytes(data)
            args = [a.replace("{dir}", tmp) for a in case.args]
            if case.name.startswith(("text-", "files-")) and "-o" in args:
                args += workers
            run = run_claimx(args, case.stdin, opts.claimx_src, case.timeout,
                             case.interrupt_after)
            problems, dropped, offsets = common_checks(case, run, folder)
            if case.check:
                problems += case.check(run, folder)
            if case.name.startswith(("text-", "files-")) and "-o" in args:
                big[case.name.split("-")[0]] = run
                lines = (folder / "out.jsonl").read_text(encoding="utf-8").splitlines() \
                    if (folder / "out.jsonl").exists() else []
                n = len(lines)
            else:
                n = sum(1 for line in run.stdout.splitlines() if line.startswith("{"))
        outcome = "ok" if not problems else "FAIL: " + "; ".join(problems)
        rows.append((case.name, case.what, outcome, run.code, run.seconds, run.rss_mb, n,
                     "yes" if "Traceback" in run.stderr else "no", dropped, offsets))
        print(f"  {case.name}: {outcome} ({run.seconds:.1f} s, {run.rss_mb:.0f} MB)",
              file=sys.stderr, flush=True)
    print("| case | input | outcome | exit | time (s) | peak RSS (MB) | lines out "
          "| traceback | dropped | offsets |")
    print("|---|---|---|---:|---:|---:|---:|---|---:|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]:.1f} | {r[5]:.0f} | {r[6]} | {r[7]} "
              f"| {r[8]} | {r[9]} |")
    if "text" in big and "files" in big:
        ratio = big["files"].seconds / big["text"].seconds
        print(f"\none file / article-sized files throughput: {ratio:.2f} "
              f"({'ok' if ratio >= 0.8 else 'below 0.8'}); one file's peak RSS "
              f"{big['text'].rss_mb:.0f} MB ({'ok' if big['text'].rss_mb <= 1024 else 'over 1 GB'})")
    failed = sum(1 for r in rows if r[2] != "ok")
    print(f"\n{len(rows)} cases, {failed} failing, "
          f"{sum(1 for r in rows if r[7] == 'yes')} tracebacks, {sum(r[8] for r in rows)} dropped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
