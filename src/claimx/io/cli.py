"""The `claimx` command: parse arguments, call the library, format. Nothing else lives here."""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, NamedTuple, TextIO

import click
import typer
from typer.core import TyperCommand
from rich.console import Console
from rich.progress import Progress

from .. import __version__
from ..errors import ClaimxError
from ..records import mention_schema
from .inputs import Document, InputFailure, InputNote, Inputs
from .output import render_table, write_csv, write_jsonl, write_text_line

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
    context_settings={"help_option_names": ["-h", "--help"]},
)
err = Console(stderr=True)


class PlainHelpCommand(TyperCommand):
    """Help and usage without Python types: typer writes arguments as `PATH... <list[str]>`
    and `{PATH}...`, which mean nothing to a journalist; blanks keep the columns aligned."""

    @staticmethod
    def _plain(text: str) -> str:
        text = re.sub(r" <[^<>\n]+>", lambda m: " " * len(m.group()), text)
        return re.sub(r"[{\[](PATH\.\.\.)[}\]]\.\.\.", r"\1", text)

    def get_help(self, ctx: click.Context) -> str:
        return self._plain(super().get_help(ctx))

    def get_usage(self, ctx: click.Context) -> str:
        return self._plain(super().get_usage(ctx))


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


@dataclass
class Tally:
    """What a run did, said in one summary line at the end."""

    documents: int = 0
    records: int = 0
    failed: int = 0

    def summary(self) -> str:
        return (
            f"{self.documents} document{'s' * (self.documents != 1)} read, "
            f"{self.records} record{'s' * (self.records != 1)}, "
            f"{self.failed} failure{'s' * (self.failed != 1)}"
        )


def gather(
    paths: list[str], published: str | None, encoding: str | None, html: bool, tally: Tally
) -> list[Document]:
    """The readable documents; failures, notes and warnings said on stderr as they come."""
    docs: list[Document] = []
    inputs = Inputs(paths, parse_published(published), encoding, html)
    for item in inputs:
        if isinstance(item, InputFailure):
            say_error(f"error: {item.path}: {item.message}")
            tally.failed += 1
        elif isinstance(item, InputNote):
            say_error(f"note: {item.path}: {item.message}")
        else:
            if item.warning:
                say_error(f"warning: {item.path}: {item.warning}")
            docs.append(item)
    for warning in inputs.meta_warnings:
        say_error(f"warning: {warning}")
    tally.documents = len(docs)
    return docs


class WriteError(ClaimxError):
    """The output cannot be written (full disk, /dev/full, closed pipe)."""


class BrokenOutput(WriteError):
    """The reader of standard output went away: stop quietly."""


class _Sink:
    """A text stream whose write errors become one WriteError naming the output."""

    def __init__(self, handle: TextIO, name: str) -> None:
        self.handle, self.name = handle, name

    def write(self, text: str) -> int:
        try:
            return self.handle.write(text)
        except BrokenPipeError:  # `claimx extract ... | head`: the reader has what it wants
            raise BrokenOutput(self.name) from None
        except OSError as exc:
            raise WriteError(f"cannot write {self.name}: {exc.strerror or exc}") from None

    def flush(self) -> None:
        try:
            self.handle.flush()
        except OSError as exc:
            raise WriteError(f"cannot write {self.name}: {exc.strerror or exc}") from None

    def isatty(self) -> bool:
        return self.handle.isatty()


@contextmanager
def open_output(path: Path | None) -> Iterator[TextIO]:
    """Standard output, or `path` written atomically: a temporary file beside it renamed on
    success, so an interrupted or failed run never leaves a truncated file in its place.
    A device or pipe (`/dev/full`, a FIFO) is written directly."""
    if path is None:
        sink = _Sink(sys.stdout, "standard output")
        yield sink  # type: ignore[misc]
        sink.flush()
        return
    direct = path.exists() and not path.is_file()
    try:
        if direct:
            handle: TextIO = path.open("w", encoding="utf-8")
        else:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            handle = os.fdopen(fd, "w", encoding="utf-8")
    except OSError as exc:
        say_error(f"error: cannot write {path}: {exc.strerror or exc}")
        raise typer.Exit(code=1) from None
    sink = _Sink(handle, str(path))
    try:
        yield sink  # type: ignore[misc]
        sink.flush()
        try:
            handle.close()
        except OSError as exc:
            raise WriteError(f"cannot write {path}: {exc.strerror or exc}") from None
        if not direct:
            os.replace(tmp, path)
    except BaseException:
        try:
            handle.close()
        except OSError:
            pass
        if not direct:
            Path(tmp).unlink(missing_ok=True)
        raise


class Extracted(NamedTuple):
    """Records of one document, or of one piece of it (`last`: the document is done)."""

    doc: Document
    records: list  # type: ignore[type-arg]
    last: bool
    error: str | None


def _console(out: TextIO, output: Path | None) -> Console:
    """Where tables are drawn: the terminal's width on stdout, 140 columns in a file."""
    return Console(file=out, width=140) if output else Console()


def _progress() -> Progress:
    """A progress bar on stderr when it is a terminal, over the whole run."""
    return Progress(console=err, disable=not err.is_terminal, transient=True)


def finish(tally: Tally) -> None:
    """The summary line, and exit 1 when any input failed."""
    say_error(tally.summary())
    if tally.failed:
        raise typer.Exit(code=1)


def run_extraction(
    docs: list[Document], workers: int | None, progress: Progress, tally: Tally
) -> Iterator[Extracted]:
    """Records of each document in order, piece by piece on one process (memory stays flat on
    any length), document by document with worker processes. Failures and figureless
    documents are said on stderr and counted in `tally`; `progress` shows the whole run."""
    from ..pipeline.api import load, stream_pieces
    from ..scale.local import default_workers, extract_documents

    workers = workers or default_workers(len(docs))
    task = progress.add_task("extraction", total=len(docs))
    if workers == 1:
        try:
            load()
        except ClaimxError as exc:
            say_error(f"error: {exc}")
            raise typer.Exit(code=1) from None
        found = 0
        failed = False
        for piece in stream_pieces((d.doc_id, d.text, d.published, d.outlet) for d in docs):
            doc = docs[piece.index]
            progress.update(task, completed=piece.index + (piece.end / piece.size or 1))
            found += len(piece.records)
            if piece.error is not None and not failed:
                say_error(f"error: {doc.path}: extraction failed {piece.error}")
                failed = True
                tally.failed += 1
            if piece.last and not found and not failed:
                say_error(f"note: {doc.path}: no figure, date or organisation found")
            tally.records += len(piece.records)
            yield Extracted(doc, piece.records, piece.last, piece.error)
            if piece.last:
                found, failed = 0, False
        return
    stream = extract_documents(((d.doc_id, d.text, d.published, d.outlet) for d in docs), workers)
    for doc, result in zip(docs, stream, strict=True):
        progress.advance(task)
        if result.error is not None:
            say_error(f"error: {doc.path}: extraction failed: {result.error}")
            tally.failed += 1
        elif not result.records:  # say so: a document never vanishes from a batch silently
            say_error(f"note: {doc.path}: no figure, date or organisation found")
        tally.records += len(result.records)
        yield Extracted(doc, result.records, True, result.error)


PATHS_HELP = "Files, folders (every .txt, .md and .html inside, at any depth) or - for stdin."


def _paths_argument() -> typer.models.ArgumentInfo:
    return typer.Argument(help=PATHS_HELP, metavar="PATH...")


def _format_option(formats: str) -> typer.models.OptionInfo:
    """`--format/-f`; `formats` is its help: the choices and the default."""
    return typer.Option("--format", "-f", metavar="FORMAT", help=formats)


PathsArg = Annotated[list[str], _paths_argument()]
PublishedOpt = Annotated[
    str | None,
    typer.Option(
        "--published",
        metavar="DATE",
        help="Publication date YYYY-MM-DD for relative dates (overrides meta.jsonl).",
    ),
]
OutOpt = Annotated[
    Path | None,
    typer.Option(
        "-o",
        "--output",
        metavar="FILE",
        help="Write to this file (replaced only once the run succeeds) instead of stdout.",
    ),
]
WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        "-w",
        min=1,
        metavar="N",
        help="Worker processes, one pipeline each (default: every core from 64 documents on).",
    ),
]
EncodingOpt = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        metavar="NAME",
        help="Read every input in this encoding (latin-1, cp1252, utf-16...) instead of "
        "detecting it.",
    ),
]
HtmlOpt = Annotated[
    bool,
    typer.Option(
        "--html", help="Read every input as HTML (as .html/.htm files are): its article text."
    ),
]


@app.command(cls=PlainHelpCommand)
def extract(
    paths: PathsArg,
    published: PublishedOpt = None,
    fmt: Annotated[
        str | None,
        _format_option(
            "jsonl | table | csv | parquet (default: table on a terminal, else jsonl; "
            "parquet with --engine dask; parquet writes the folder -o OUT/)."
        ),
    ] = None,
    output: OutOpt = None,
    workers: WorkersOpt = None,
    engine: Annotated[
        str,
        typer.Option(
            "--engine", metavar="ENGINE", help="local (worker processes) | dask (the dask extra)."
        ),
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler", metavar="ADDRESS", help="Dask scheduler (default: a LocalCluster)."
        ),
    ] = None,
    encoding: EncodingOpt = None,
    html: HtmlOpt = False,
    include_text: Annotated[
        bool,
        typer.Option(
            "--include-text",
            help='JSONL: before each document\'s records, a {"doc", "type": "text", "text"} line '
            "with the text the offsets point into (an HTML page's article text).",
        ),
    ] = False,
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
    tally = Tally()
    docs = gather(paths, published, encoding, html, tally)
    if chosen == "parquet":
        from ..scale.run import extract_parquet

        if output is None:
            raise typer.BadParameter(
                "Parquet is written to a folder: give -o OUT/", param_hint="-o"
            )
        tally.failed += extract_parquet(docs, output, engine, workers, scheduler, say_error)
        finish(tally)
        return
    with open_output(output) as out, _progress() as progress:
        first, started, table = True, False, []
        for item in run_extraction(docs, workers, progress, tally):
            if chosen == "jsonl":
                if include_text and not started:
                    write_text_line(item.doc.doc_id, item.doc.text, out)
                write_jsonl(item.records, out)
            elif chosen == "csv":
                write_csv(item.records, out, header=first)
            else:
                table.extend(item.records)
                if item.last:
                    render_table(table, _console(out, output))
                    table = []
            first, started = False, not item.last
    finish(tally)


@app.command("reconcile", cls=PlainHelpCommand)
def reconcile_command(
    paths: Annotated[list[str] | None, _paths_argument()] = None,
    published: PublishedOpt = None,
    fmt: Annotated[
        str | None, _format_option("table | json | html (default: table on a terminal, else json).")
    ] = None,
    output: OutOpt = None,
    records_path: Annotated[
        str | None,
        typer.Option(
            "--records",
            metavar="PATH",
            help="Reconcile saved records (JSONL, or the Parquet folder of extract -o OUT/) "
            "instead of extracting texts.",
        ),
    ] = None,
    group_by: Annotated[
        str | None,
        typer.Option(
            "--group-by",
            metavar="COLUMN",
            help="With --records: reconcile each story (story, or a column the records carry) "
            "apart.",
        ),
    ] = None,
    workers: WorkersOpt = None,
    encoding: EncodingOpt = None,
    html: HtmlOpt = False,
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
        tally = Tally()
        result = reconcile_saved(records_path, group_by)
    elif not paths:
        raise typer.BadParameter("give texts to read, or --records", param_hint="PATH")
    else:
        tally = Tally()
        docs = gather(paths, published, encoding, html, tally)
        with _progress() as progress:
            records = [
                r for item in run_extraction(docs, workers, progress, tally) for r in item.records
            ]
            progress.add_task("reconciliation", total=None)
            result = reconcile(records)
    with open_output(output) as out:
        if chosen == "json":
            out.write(result.to_jsonl())
        elif chosen == "html":
            out.write(render_html(result))
        else:
            _console(out, output).print(fact_table(result))
    finish(tally)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one extracted record."""
    typer.echo(json.dumps(mention_schema(), indent=2, ensure_ascii=False))


def main() -> None:
    """Console entry point: a one-line error and a non-zero exit, never a traceback."""
    try:
        app()
    except ClaimxError as exc:
        if not isinstance(exc, BrokenOutput):
            say_error(f"error: {exc}")
        if isinstance(exc, WriteError):  # stdout may be the broken pipe: flush nothing more
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except KeyboardInterrupt:
        say_error("interrupted")
        sys.exit(130)
    except Exception as exc:  # a bug must still end in one line, not a traceback
        if os.environ.get("CLAIMX_DEBUG"):
            raise
        say_error(f"internal error: {type(exc).__name__}: {exc} (set CLAIMX_DEBUG=1 for details)")
        sys.exit(3)
