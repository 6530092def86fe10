"""The `claimx` command: parse arguments, call the library, format. Nothing else lives here."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console
from rich.progress import Progress

from .. import __version__
from ..errors import ClaimxError
from ..records import mention_schema
from .inputs import Document, InputFailure, read_inputs
from .output import render_table, write_csv, write_jsonl

EPILOG = """Examples:

  claimx extract examples/onepoint-casablanca.txt

  claimx extract articles/ --published 2025-07-23 --format csv -o figures.csv

  cat article.txt | claimx extract - --format table

  claimx reconcile examples/ --format html -o rapport.html
"""

app = typer.Typer(
    help="Extract the figures French news articles state, and reconcile them across articles.",
    epilog=EPILOG,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimx {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """claimx: figures, dates and organisations of French news articles."""


def parse_published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def say_error(message: str) -> None:
    """One line on stderr, never wrapped (scripts grep these)."""
    typer.echo(f"claimx: {message}", err=True)


def report_failure(failure: InputFailure) -> None:
    say_error(f"error: {failure.path}: {failure.message}")


def gather(paths: list[str], published: str | None) -> tuple[list[Document], int]:
    """The readable documents and the number of inputs that failed (each reported on stderr)."""
    docs: list[Document] = []
    failed = 0
    for item in read_inputs(paths, parse_published(published)):
        if isinstance(item, InputFailure):
            report_failure(item)
            failed += 1
        else:
            docs.append(item)
    return docs, failed


@contextmanager
def open_output(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    try:
        handle = path.open("w", encoding="utf-8")
    except OSError as exc:
        say_error(f"error: cannot write {path}: {exc.strerror}")
        raise typer.Exit(code=1) from None
    with handle:
        yield handle


def run_extraction(
    docs: list[Document], workers: int | None = None
) -> Iterator[tuple[Document, list | None]]:  # type: ignore[type-arg]
    """Records of each document (None: failed, said on stderr), in order, with a progress bar
    on stderr for batches on a terminal. `workers`: processes (default: `default_workers`)."""
    from ..pipeline.api import load
    from ..scale.local import default_workers, extract_documents

    workers = workers or default_workers(len(docs))
    if workers == 1:
        try:
            load()
        except ClaimxError as exc:
            say_error(f"error: {exc}")
            raise typer.Exit(code=1) from None
    stream = extract_documents(((d.doc_id, d.text, d.published) for d in docs), workers)
    show = len(docs) > 1 and err.is_terminal
    with Progress(console=err, disable=not show, transient=True) as progress:
        task = progress.add_task("extraction", total=len(docs))
        for doc, result in zip(docs, stream, strict=True):
            progress.advance(task)
            if result.error is not None:
                say_error(f"error: {doc.path}: extraction failed: {result.error}")
                yield doc, None
                continue
            if not result.records:  # say so: a document never vanishes from a batch silently
                say_error(f"note: {doc.path}: no figure, date or organisation found")
            yield doc, result.records


PathsArg = Annotated[
    list[str], typer.Argument(help="Files, folders (every .txt inside) or - for stdin.")
]
PublishedOpt = Annotated[
    str | None,
    typer.Option(
        "--published", help="Publication date YYYY-MM-DD for relative dates (overrides meta.jsonl)."
    ),
]
OutOpt = Annotated[
    Path | None, typer.Option("-o", "--output", help="Write to this file instead of stdout.")
]
WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        "-w",
        min=1,
        help="Worker processes, one pipeline each (default: every core from 64 documents on).",
    ),
]


@app.command()
def extract(
    paths: PathsArg,
    published: PublishedOpt = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="jsonl | table | csv | parquet (default: table on a terminal, else jsonl; "
            "parquet with --engine dask; parquet writes the folder -o OUT/).",
        ),
    ] = None,
    output: OutOpt = None,
    workers: WorkersOpt = None,
    engine: Annotated[
        str, typer.Option("--engine", help="local (worker processes) | dask (the dask extra).")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Dask scheduler address (default: a LocalCluster)."),
    ] = None,
) -> None:
    """Extract figures, dates and organisations as records (GOLD_FORMAT JSONL)."""
    if engine not in ("local", "dask"):
        raise typer.BadParameter(
            f"unknown engine {engine!r} (local or dask)", param_hint="--engine"
        )
    terminal = output is None and engine == "local" and sys.stdout.isatty()
    chosen = fmt or ("table" if terminal else "parquet" if engine == "dask" else "jsonl")
    if chosen not in ("jsonl", "table", "csv", "parquet") or (
        engine == "dask" and chosen != "parquet"
    ):
        raise typer.BadParameter(
            f"unknown format {chosen!r} (jsonl, table, csv or parquet; parquet with --engine dask)",
            param_hint="--format",
        )
    docs, failed = gather(paths, published)
    if chosen == "parquet":
        from ..scale.run import extract_parquet

        if output is None:
            raise typer.BadParameter(
                "Parquet is written to a folder: give -o OUT/", param_hint="-o"
            )
        failed += extract_parquet(docs, output, engine, workers, scheduler, say_error)
        raise typer.Exit(code=1 if failed else 0)
    with open_output(output) as out:
        first = True
        for _doc, records in run_extraction(docs, workers):
            if records is None:
                failed += 1
                continue
            if chosen == "jsonl":
                write_jsonl(records, out)
            elif chosen == "csv":
                write_csv(records, out, header=first)
            else:
                render_table(records, Console(file=out, width=140) if output else Console())
            first = False
    if failed:
        raise typer.Exit(code=1)


@app.command("reconcile")
def reconcile_command(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files, folders (every .txt inside) or - for stdin."),
    ] = None,
    published: PublishedOpt = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help="table | json | html (default: table on a terminal, else json)."
        ),
    ] = None,
    output: OutOpt = None,
    records_path: Annotated[
        str | None,
        typer.Option(
            "--records",
            help="Reconcile saved records (JSONL, or the Parquet folder of extract -o OUT/) "
            "instead of extracting texts.",
        ),
    ] = None,
    group_by: Annotated[
        str | None,
        typer.Option(
            "--group-by",
            help="With --records: reconcile each story (story, or a column the records carry) "
            "apart.",
        ),
    ] = None,
    workers: WorkersOpt = None,
) -> None:
    """Group the figures of several articles into facts: agree, compatible or conflict."""
    from ..reconciliation import reconcile
    from .report_html import render_html
    from .report_table import fact_table

    chosen = fmt or ("table" if output is None and sys.stdout.isatty() else "json")
    if chosen not in ("table", "json", "html"):
        raise typer.BadParameter(
            f"unknown format {chosen!r} (table, json or html)", param_hint="--format"
        )
    if records_path is not None:
        from ..scale.run import reconcile_saved

        if paths:
            raise typer.BadParameter("give texts or --records, not both", param_hint="--records")
        result, failed = reconcile_saved(records_path, group_by), 0
    elif not paths:
        raise typer.BadParameter("give texts to read, or --records", param_hint="PATHS")
    else:
        docs, failed = gather(paths, published)
        extracted = list(run_extraction(docs, workers))
        failed += sum(records is None for _doc, records in extracted)
        result = reconcile(records for _doc, records in extracted if records is not None)
    with open_output(output) as out:
        if chosen == "json":
            out.write(result.to_jsonl())
        elif chosen == "html":
            out.write(render_html(result))
        else:
            (Console(file=out, width=140) if output else Console()).print(fact_table(result))
    if failed:
        raise typer.Exit(code=1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one extracted record."""
    typer.echo(json.dumps(mention_schema(), indent=2, ensure_ascii=False))


def main() -> None:
    """Console entry point: a one-line error and a non-zero exit, never a traceback."""
    try:
        app()
    except ClaimxError as exc:
        say_error(f"error: {exc}")
        sys.exit(1)
    except KeyboardInterrupt:
        say_error("interrupted")
        sys.exit(130)
    except Exception as exc:  # a bug must still end in one line, not a traceback
        if os.environ.get("CLAIMX_DEBUG"):
            raise
        say_error(f"internal error: {type(exc).__name__}: {exc} (set CLAIMX_DEBUG=1 for details)")
        sys.exit(3)
