"""Publication dates: the article's own line, meta.jsonl, and the order of the three sources."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimx.errors import InputError
from claimx.dates.published import find_published, read_meta, resolve_published

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "published.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["text"][:40])
def test_published_case_table(case: dict[str, Any]) -> None:
    expect = datetime.date.fromisoformat(case["expect"]) if case["expect"] else None
    assert find_published(case["text"]) == expect


def _write_meta(folder: Path, lines: list[str]) -> Path:
    docs = folder / "docs"
    docs.mkdir()
    (folder / "meta.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return docs


def test_published_read_meta_beside_docs(tmp_path: Path) -> None:
    docs = _write_meta(
        tmp_path,
        [
            json.dumps({"doc": "a1", "published": "2025-07-23", "source": "MAP"}),
            json.dumps({"doc": "b2", "published": None}),
        ],
    )
    assert read_meta(docs) == {"a1": datetime.date(2025, 7, 23), "b2": None}


def test_published_read_meta_missing_file_is_empty(tmp_path: Path) -> None:
    assert read_meta(tmp_path) == {}


@pytest.mark.parametrize(
    "bad_line",
    [
        '{"doc": "a1", "published": "23/07/2025"}',
        '{"published": "2025-07-23"}',
        "not json",
        '{"doc": 12, "published": "2025-07-23"}',
    ],
)
def test_published_read_meta_errors_name_file_and_line(tmp_path: Path, bad_line: str) -> None:
    docs = _write_meta(tmp_path, [json.dumps({"doc": "ok", "published": None}), bad_line])
    with pytest.raises(InputError, match=r"meta\.jsonl: line 2"):
        read_meta(docs)


ARTICLE = "Titre\nPublié dans L'Économiste le 21 - 07 - 2025\n\nLe projet a été signé mardi."


@pytest.mark.parametrize(
    ("cli", "meta", "expect"),
    [
        ("2025-07-30", {"doc": datetime.date(2025, 7, 23)}, "2025-07-30"),
        (None, {"doc": datetime.date(2025, 7, 23)}, "2025-07-23"),
        (None, {"doc": None}, "2025-07-21"),
        (None, {}, "2025-07-21"),
    ],
)
def test_published_resolve_order(
    cli: str | None, meta: dict[str, datetime.date | None], expect: str
) -> None:
    cli_date = datetime.date.fromisoformat(cli) if cli else None
    got = resolve_published("doc", ARTICLE, cli_date, meta)
    assert got == datetime.date.fromisoformat(expect)


def test_published_resolve_unknown() -> None:
    assert resolve_published("doc", "Le Maroc vise 2030.", None, {}) is None
