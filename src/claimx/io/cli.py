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
from .inputs import Document, InputFailure, read_inputs
from .output import render_table, write_csv, write_jsonl
from ..records import mention_schema

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


def run_extraction(docs: list[Document]) -> Iterator[tuple[Document, list]]:  # type: ignore[type-arg]
    """Records of each document, with a progress bar on stderr for batches on a terminal."""
    from ..pipeline.api import extract_batch, load

    try:
        nlp = load()
    except ClaimxError as exc:
        say_error(f"error: {exc}")
        raise typer.Exit(code=1) from None
    stream = extract_batch(((d.doc_id, d.text, d.published) for d in docs), nlp=nlp)
    show = len(docs) > 1 and err.is_terminal
    with Progress(console=err, disable=not show, transient=True) as progress:
        task = progress.add_task("extraction", total=len(docs))
        for doc, records in zip(docs, stream, strict=True):
            progress.advance(task)
            if not records:  # say so: a document never vanishes from a batch silently
                say_error(f"note: {doc.path}: no figure, date or organisation found")
            yield doc, records


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


@app.command()
def extract(
    paths: PathsArg,
    published: PublishedOpt = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help="jsonl | table | csv (default: table on a terminal, else jsonl)."
        ),
    ] = None,
    output: OutOpt = None,
) -> None:
    """Extract figures, dates and organisations as records (GOLD_FORMAT JSONL)."""
    chosen = fmt or ("table" if output is None and sys.stdout.isatty() else "jsonl")
    if chosen not in ("jsonl", "table", "csv"):
        raise typer.BadParameter(
            f"unknown format {chosen!r} (jsonl, table or csv)", param_hint="--format"
        )
    docs, failed = gather(paths, published)
    with open_output(output) as out:
        first = True
        for _doc, records in run_extraction(docs):
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
    paths: PathsArg,
    published: PublishedOpt = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help="table | json | html (default: table on a terminal, else json)."
        ),
    ] = None,
    output: OutOpt = None,
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
    docs, failed = gather(paths, published)
    result = reconcile(records for _doc, records in run_extraction(docs))
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
