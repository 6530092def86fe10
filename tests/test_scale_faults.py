"""A worker process that dies on the local engine costs no document.

The worker functions below run in the spawned pool processes (they import this module by name:
spawn hands the children the parent's `sys.path`); they kill their own process the way the OOM
killer or a crash in native code would, before the partition is extracted.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest
from conftest import load_cases

import claimx
from claimx.scale.local import ExtractionError, extract_documents
from claimx.scale.work import DocItem, DocResult, extract_partition

CASES = load_cases("scale.yaml")
ITEMS = [(c["doc"], c["text"], c["published"]) for c in CASES]
MARKER = "CLAIMX_TEST_KILLED_MARKER"


def die_on_victim_once_and_on_poison(items: list[DocItem]) -> list[DocResult]:
    """The first worker handed `victim` is killed (SIGKILL, as the OOM killer does; the marker
    file says it happened); every worker handed `poison` dies (os._exit, as a crash in native
    code would)."""
    marker = Path(os.environ[MARKER])
    if any(doc_id == "victim" for doc_id, _, _ in items) and not marker.exists():
        marker.write_text("killed", encoding="utf-8")
        os.kill(os.getpid(), signal.SIGKILL)
    if any(doc_id == "poison" for doc_id, _, _ in items):
        os._exit(1)
    return extract_partition(items)


def _dump(records: list[Any]) -> list[dict[str, Any]]:
    return [r.model_dump(mode="json") for r in records]


@pytest.fixture(scope="module")
def expected(claimx_nlp: Any) -> list[list[Any]]:
    return list(claimx.extract_batch(ITEMS, nlp=claimx_nlp))


def test_scale_faults_dead_workers_lose_and_double_nothing(
    expected: list[list[Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`poison` kills every worker it meets, `victim` only the first: the run goes on, `victim`
    has its records, `poison` is its own error, the others are the records of one process."""
    marker = tmp_path / "killed"
    monkeypatch.setenv(MARKER, str(marker))
    # partitions of ~300 characters: several in flight when a worker dies
    work = die_on_victim_once_and_on_poison
    results = list(extract_documents(ITEMS, workers=2, partition_chars=300, work=work))
    assert marker.exists()  # a worker did die on `victim`
    assert [r.doc_id for r in results] == [c["doc"] for c in CASES]
    failed = {r.doc_id: r.error for r in results if r.error is not None}
    assert list(failed) == ["poison"]
    assert failed["poison"].startswith("worker process died twice while extracting")
    assert [_dump(r.records) for r in results if r.doc_id != "poison"] == [
        _dump(e) for (doc, _, _), e in zip(ITEMS, expected, strict=True) if doc != "poison"
    ]


def test_scale_faults_extract_many_can_yield_errors_and_go_on(claimx_nlp: Any) -> None:
    text = "Le budget atteint 12 millions d'euros."
    items: list[Any] = [("broken", None, None), ("ok", text, None)]
    got = list(claimx.extract_many(items, workers=1, return_errors=True))
    assert isinstance(got[0], ExtractionError) and "broken" in str(got[0])
    assert [r.text for r in got[1]] == ["12 millions d'euros"]  # type: ignore[union-attr]
