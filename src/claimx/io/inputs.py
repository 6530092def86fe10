"""Gather the documents a command was given: files, folders and `-` (stdin), decoded the same way.

Each input becomes a `Document`, an `InputNote` (read, but nothing to extract: an empty file, a
file of another kind skipped in a folder) or an `InputFailure` (binary, undecodable, unreadable):
a batch never drops a file silently and one bad file never stops the others.

Offsets of records are code points into `Document.text`: the file's bytes decoded with their
encoding (UTF-8, else a BOM's, else the one charset-normalizer detects, which is then named in a
warning; `--encoding` forces one), the BOM removed and line ends left as they are, so a file and
the same bytes on stdin give the same offsets. An HTML file's text is its article text as
trafilatura extracts it.

Doc ids are unique: a file inside a folder given on the command line is named by its path
relative to that folder, without its suffix (`2025/juillet/a1`); a file given alone by its stem.
Publication dates come from `--published`, then a `meta.jsonl` in or beside the docs folder,
then the article's own date line (`published.resolve_published`).
"""

from __future__ import annotations

import codecs
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..dates.published import META_FILE, Meta, read_meta_file, resolve_published
from ..errors import InputError

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm")
_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_SHARE = 0.01
"""Share of control characters above which a decoded file is taken for binary data."""


@dataclass(frozen=True)
class Document:
    doc_id: str
    path: str
    text: str
    published: date | None
    warning: str | None = None
    """Said on stderr: the encoding was detected, not known."""
    outlet: str | None = None
    """The source's name and URL from meta.jsonl, space-separated, if it gives them."""


@dataclass(frozen=True)
class InputFailure:
    path: str
    message: str


@dataclass(frozen=True)
class InputNote:
    """An input read without failure that yields no document (empty file, skipped file)."""

    path: str
    message: str


def _looks_binary(text: str) -> bool:
    controls = sum(
        1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v\x1b"
    )
    return "\x00" in text or controls > _CONTROL_SHARE * max(len(text), 1)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str | None]:
    """The text of `data` and a warning when its encoding was guessed; raises InputError.

    The BOM is removed and nothing else changes: "\\r\\n" stays two characters.
    """
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise InputError(f"not {encoding} text (byte {exc.start})") from None
        return text.removeprefix("\ufeff"), None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name).removeprefix("\ufeff"), None
            except UnicodeDecodeError as exc:
                message = f"undecodable bytes after a {name} BOM (byte {exc.start})"
                raise InputError(message) from None
    if b"\x00" in data:  # text has no NUL byte, except UTF-16/32, which carry a BOM
        raise InputError("binary file, not text (UTF-16 without a BOM: --encoding utf-16)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _detect(data, exc.start)
    if _looks_binary(text):
        raise InputError("binary file, not text")
    return text, None


def _detect(data: bytes, bad_byte: int) -> tuple[str, str | None]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(f"binary file or unknown encoding (not UTF-8: byte {bad_byte})")
    text = str(best)
    if _looks_binary(text):
        raise InputError("binary file, not text")
    name = best.encoding.replace("_", "-")
    return text.removeprefix("\ufeff"), f"not UTF-8: read as {name} (detected; --encoding to force)"


def html_text(page: str) -> str:
    """The article text of an HTML page (trafilatura), or "" when it holds none."""
    import trafilatura

    return trafilatura.extract(page, include_comments=False, include_tables=True) or ""


@dataclass(frozen=True)
class _Source:
    path: Path | None
    """None for stdin."""
    doc_id: str
    folder: Path | None
    """The folder it was found in, for its meta.jsonl."""


def _sources(args: list[str]) -> Iterator[_Source | InputFailure | InputNote]:
    seen: set[str] = set()

    def unique(doc_id: str, path: Path) -> str:
        if doc_id in seen:
            doc_id = f"{doc_id}{path.suffix}"
        base, n = doc_id, 2
        while doc_id in seen:
            doc_id, n = f"{base}#{n}", n + 1
        seen.add(doc_id)
        return doc_id

    for arg in args:
        if arg == "-":
            yield _Source(None, unique("stdin", Path("-")), None)
            continue
        root = Path(arg)
        if not root.is_dir():
            yield _Source(root, unique(root.stem, root), root.parent)
            continue
        files = sorted(p for p in root.rglob("*") if p.is_file())
        readable = {p for p in files if p.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES}
        if not readable:
            yield InputFailure(arg, "folder holds no .txt, .md or .html file")
        for path in files:
            if path in readable:
                rel = path.relative_to(root).with_suffix("").as_posix()
                yield _Source(path, unique(rel, path), path.parent)
            elif path.name != META_FILE:
                yield InputNote(str(path), "skipped: not a .txt, .md or .html file")


class Inputs:
    """The documents named by the command-line arguments, read one at a time, in order.

    `total` (known before reading) counts the documents to read, for a progress bar.
    """

    def __init__(
        self,
        args: list[str],
        published: date | None,
        encoding: str | None = None,
        html: bool = False,
    ) -> None:
        self.items = list(_sources(args))
        self.total = sum(isinstance(i, _Source) for i in self.items)
        self.published = published
        self.encoding = encoding
        self.html = html
        self.meta_warnings: list[str] = []
        self._metas: dict[Path, Meta] = {}

    def _meta(self, folder: Path | None) -> Meta:
        if folder is None:
            return Meta({}, {})
        key = folder.resolve()
        if key not in self._metas:
            try:
                self._metas[key] = read_meta_file(key, on_error=self.meta_warnings.append)
            except InputError as exc:  # meta.jsonl unreadable: dates come from the texts
                self.meta_warnings.append(str(exc))
                self._metas[key] = Meta({}, {})
        return self._metas[key]

    def __iter__(self) -> Iterator[Document | InputFailure | InputNote]:
        for item in self.items:
            yield item if not isinstance(item, _Source) else self._read(item)

    def _read(self, source: _Source) -> Document | InputFailure | InputNote:
        name = "-" if source.path is None else str(source.path)
        try:
            data = sys.stdin.buffer.read() if source.path is None else source.path.read_bytes()
        except FileNotFoundError:
            return InputFailure(name, "no such file")
        except OSError as exc:
            return InputFailure(name, exc.strerror or str(exc))
        try:
            text, warning = decode(data, self.encoding)
        except InputError as exc:
            return InputFailure(name, str(exc))
        is_html = self.html or (
            source.path is not None and source.path.suffix.lower() in HTML_SUFFIXES
        )
        if is_html:
            text = html_text(text)
        if not text.strip():
            what = "no article text in the page" if is_html and data.strip() else "empty"
            return InputNote(name, f"{what}: no record")
        meta = self._meta(source.folder)
        known = self.published
        stem = source.path.stem if source.path is not None else None
        if known is None and stem is not None and source.doc_id not in meta.published:
            known = meta.published.get(stem)
        outlet = meta.outlets.get(source.doc_id)
        if outlet is None and stem is not None:
            outlet = meta.outlets.get(stem)
        return Document(
            source.doc_id,
            name,
            text,
            resolve_published(source.doc_id, text, known, meta.published),
            warning,
            outlet,
        )
