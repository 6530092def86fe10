"""Gather the documents a command was given: files, folders (every .txt inside) and `-` (stdin).

Each input becomes a `Document` or an `InputFailure`: a batch never drops a file silently.
Publication dates come from `--published`, then a `meta.jsonl` in or beside the docs folder,
then the article's own date line (`published.resolve_published`).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import InputError
from ..dates.published import read_meta, resolve_published


@dataclass(frozen=True)
class Document:
    doc_id: str
    path: str
    text: str
    published: date | None


@dataclass(frozen=True)
class InputFailure:
    path: str
    message: str


def _expand(arg: str) -> list[Path] | None:
    path = Path(arg)
    if path.is_dir():
        return sorted(p for p in path.rglob("*.txt") if p.is_file())
    return [path]


def _meta_for(folder: Path, cache: dict[Path, dict[str, date | None]]) -> dict[str, date | None]:
    if folder not in cache:
        cache[folder] = read_meta(folder)
    return cache[folder]


def read_inputs(args: list[str], published: date | None) -> Iterator[Document | InputFailure]:
    """Every document named by `args`, in order, or the reason it could not be read."""
    metas: dict[Path, dict[str, date | None]] = {}
    for arg in args:
        if arg == "-":
            text = sys.stdin.read()
            if not text.strip():
                yield InputFailure("-", "empty standard input (no text)")
                continue
            yield Document("stdin", "-", text, resolve_published("stdin", text, published, {}))
            continue
        paths = _expand(arg)
        if paths == []:
            yield InputFailure(arg, "folder holds no .txt file")
            continue
        for path in paths or []:
            try:
                text = path.read_text(encoding="utf-8")
            except FileNotFoundError:
                yield InputFailure(str(path), "no such file")
                continue
            except UnicodeDecodeError as exc:
                yield InputFailure(str(path), f"not UTF-8 text (byte {exc.start})")
                continue
            except OSError as exc:
                yield InputFailure(str(path), exc.strerror or str(exc))
                continue
            try:
                meta = _meta_for(path.parent.resolve(), metas)
            except InputError as exc:
                yield InputFailure(str(path), str(exc))
                continue
            if "\x00" in text:
                yield InputFailure(str(path), "binary file, not text")
                continue
            if not text.strip():
                yield InputFailure(str(path), "empty file (no text)")
                continue
            doc_id = path.stem
            yield Document(
                doc_id, str(path), text, resolve_published(doc_id, text, published, meta)
            )
