"""Extraction at scale: local worker processes, a two-worker Dask LocalCluster, saved records.

Every engine must give exactly the records of `claimx.extract_batch` on the same documents; a
document whose extraction raises lands in the errors table; a worker killed mid-job loses and
doubles no document; reconciling the saved records gives the facts of the texts.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import load_cases
from typer.testing import CliRunner

import claimx
from claimx.errors import ClaimxError
from claimx.io.cli import app
from claimx.scale.local import ExtractionError, extract_documents
from claimx.scale.parquet import arrow_schema, write_results
from claimx.scale.run import reconcile_saved
from claimx.scale.saved import group_saved, read_saved

CASES = load_cases("scale.yaml")
ITEMS = [(c["doc"], c["text"], c["published"]) for c in CASES]


def _dump(records: list[Any]) -> list[dict[str, Any]]:
    return [r.model_dump(mode="json") for r in records]


def _by_type(records: list[Any]) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, list[dict[str, Any]]] = {"quantity": [], "date": [], "org": []}
    for r in records:
        tables[r.type].append(r.model_dump(mode="json"))
    return tables


@pytest.fixture(scope="module")
def expected(claimx_nlp: Any) -> list[list[Any]]:
    """Records of each case document, extracted in this process, in one stream."""
    return list(claimx.extract_batch(ITEMS, nlp=claimx_nlp))


@pytest.mark.parametrize("workers", [1, 2])
def test_scale_local_workers_give_the_records_of_extract_batch_in_order(
    expected: list[list[Any]], workers: int
) -> None:
    # partitions of ~300 characters: several per worker, so the order really is rebuilt
    results = list(extract_documents(ITEMS, workers=workers, partition_chars=300))
    assert [r.doc_id for r in results] == [c["doc"] for c in CASES]
    assert [r.error for r in results] == [None] * len(CASES)
    assert [_dump(r.records) for r in results] == [_dump(e) for e in expected]


@pytest.mark.parametrize("shape", ["texts", "paths"])
def test_scale_extract_many_reads_texts_and_paths(
    tmp_path: Path, expected: list[list[Any]], shape: str
) -> None:
    texts = [c["text"] for c in CASES[:3]]
    if shape == "paths":
        items: list[Any] = []
        for case in CASES[:3]:
            path = tmp_path / f"{case['doc']}.txt"
            path.write_text(case["text"], encoding="utf-8")
            items.append(path)
        ids = [c["doc"] for c in CASES[:3]]
    else:
        items, ids = texts, ["doc-0", "doc-1", "doc-2"]
    got = list(claimx.extract_many(items, workers=1))
    assert [{r.doc for r in recs} for recs in got] == [{i} for i in ids]
    # same spans as the dated extraction (dates resolve differently without `published`)
    assert [[(r.start, r.end, r.text) for r in recs] for recs in got] == [
        [(r.start, r.end, r.text) for r in recs] for recs in expected[:3]
    ]


def test_scale_extract_many_names_a_failing_document() -> None:
    with pytest.raises(ExtractionError, match="broken"):
        list(claimx.extract_many([("broken", None, None)], workers=1))  # type: ignore[list-item]


@pytest.mark.parametrize(("column", "groups"), [("story", 8), ("org", None), (None, 1)])
def test_scale_saved_jsonl_groups_by_story_or_column(
    tmp_path: Path, expected: list[list[Any]], column: str | None, groups: int | None
) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(
        "".join(json.dumps(r.model_dump(mode="json")) + "\n" for recs in expected for r in recs),
        encoding="utf-8",
    )
    saved = list(read_saved(str(path)))
    assert [s.record for s in saved] == [r for recs in expected for r in recs]
    grouped = group_saved(iter(saved), column)
    if column == "story":
        assert len(grouped) == groups
        assert {r.doc for r in grouped["s1-usine"]} == {"s1-usine_matin", "s1-usine_eco"}
    elif column == "org":
        renault = grouped["Renault Group"]
        assert any(r.type == "org" for r in renault)  # org mentions follow their document
    else:
        assert list(grouped) == [""]


def test_scale_parquet_schema_follows_the_record_models() -> None:
    for model in (claimx.Quantity, claimx.DateMention, claimx.OrgMention):
        assert arrow_schema(model).names == list(model.model_fields)


def test_scale_missing_extra_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimx.scale.dask_engine import require_distributed

    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(ClaimxError, match=r"pip install 'claimx\[dask\]'"):
        require_distributed()


# ---------------------------------------------------------------- a two-worker LocalCluster


@pytest.fixture(scope="module")
def client() -> Any:
    distributed = pytest.importorskip("distributed")
    cloudpickle = pytest.importorskip("cloudpickle")
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers can't import tests/
    from claimx.scale.dask_engine import local_cluster

    with local_cluster(2) as cluster, distributed.Client(cluster) as c:  # the engine's own
        yield c


def _worker_settings() -> tuple[str | None, bool]:
    import dask

    return os.environ.get("MALLOC_TRIM_THRESHOLD_"), dask.config.get(
        "distributed.worker.profile.enabled"
    )


def test_scale_dask_local_workers_keep_glibc_malloc_and_no_profiler(client: Any) -> None:
    """The nanny's default MALLOC_TRIM_THRESHOLD_ (it freezes glibc's mmap threshold) is not
    set on the workers, and the dashboard's stack sampler does not run (`LOCAL_WORKERS`)."""
    assert list(client.run(_worker_settings).values()) == [(None, False), (None, False)]


def _saved_tables(out: Path) -> dict[str, list[dict[str, Any]]]:
    return _by_type([s.record for s in read_saved(str(out))])


def _errors(out: Path) -> list[dict[str, Any]]:
    from claimx.scale.parquet import read_table_rows

    folder = out / "errors"
    return list(read_table_rows(folder)) if folder.is_dir() else []


def _poison_on_worker() -> None:
    """On a worker: make the document `poison` raise inside the pipeline."""
    import claimx.pipeline.api as api

    real = api.extract_batch

    def extract_batch(items: Any, *args: Any, **kwargs: Any) -> Any:
        items = list(items)
        if any(doc_id == "poison" for doc_id, _, _ in items):
            raise RuntimeError("poisoned document")
        return real(items, *args, **kwargs)

    api.extract_batch = extract_batch  # type: ignore[assignment]


def _die_once_on_worker(marker: str) -> None:
    """On a worker: the first worker to read `victim` dies at once (os._exit), mid-task."""
    import claimx.pipeline.api as api

    real = api.extract_batch

    def extract_batch(items: Any, *args: Any, **kwargs: Any) -> Any:
        items = list(items)
        if any(doc_id == "victim" for doc_id, _, _ in items) and not os.path.exists(marker):
            Path(marker).write_text("killed", encoding="utf-8")
            os._exit(1)
        return real(items, *args, **kwargs)

    api.extract_batch = extract_batch  # type: ignore[assignment]


def test_scale_dask_gives_exactly_the_local_records(
    client: Any, tmp_path: Path, expected: list[list[Any]]
) -> None:
    from claimx.scale.dask_engine import run_dask

    run = run_dask(ITEMS, tmp_path / "out", client=client, partition_chars=300)
    assert run.partitions > 2 and run.failures == []
    assert _saved_tables(tmp_path / "out") == _by_type([r for recs in expected for r in recs])
    manifest = json.loads((tmp_path / "out" / "_claimx.json").read_text(encoding="utf-8"))
    assert manifest["documents"] == len(CASES) and manifest["rows"]["errors"] == 0


def test_scale_dask_poisoned_document_lands_in_the_errors_table(
    client: Any, tmp_path: Path, expected: list[list[Any]]
) -> None:
    from claimx.scale.dask_engine import run_dask

    client.run(_poison_on_worker)
    try:
        run = run_dask(ITEMS, tmp_path / "out", client=client, partition_chars=600)
    finally:
        client.restart()  # fresh workers, without the poison
    assert [r.doc_id for r in run.failures] == ["poison"]
    errors = _errors(tmp_path / "out")
    assert [(e["doc"], e["error"]) for e in errors] == [
        ("poison", "RuntimeError: poisoned document")
    ]
    others = [
        r
        for (doc, _, _), recs in zip(ITEMS, expected, strict=True)
        if doc != "poison"
        for r in recs
    ]
    assert _saved_tables(tmp_path / "out") == _by_type(others)


def test_scale_dask_worker_killed_mid_job_loses_and_doubles_nothing(
    client: Any, tmp_path: Path, expected: list[list[Any]]
) -> None:
    from claimx.scale.dask_engine import run_dask

    marker = tmp_path / "killed"
    client.run(_die_once_on_worker, str(marker))
    try:
        run = run_dask(ITEMS, tmp_path / "out", client=client, partition_chars=300)
    finally:
        client.restart()
    assert marker.exists()  # a worker did die mid-task
    assert run.failures == [] and _errors(tmp_path / "out") == []
    tables = _saved_tables(tmp_path / "out")
    assert tables == _by_type([r for recs in expected for r in recs])
    docs = {row["doc"] for rows in tables.values() for row in rows}
    assert "victim" in docs


# ---------------------------------------------------------------- the command line

runner = CliRunner()


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive") / "docs"
    folder.mkdir()
    meta = []
    for case in CASES:
        (folder / f"{case['doc']}.txt").write_text(case["text"], encoding="utf-8")
        meta.append(json.dumps({"doc": case["doc"], "published": str(case["published"])}))
    (folder / "meta.jsonl").write_text("\n".join(meta) + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("saved", ["jsonl", "parquet"])
def test_scale_cli_reconcile_records_gives_the_facts_of_the_texts(
    claimx_nlp: Any, archive: Path, tmp_path: Path, saved: str
) -> None:
    out = tmp_path / ("records.jsonl" if saved == "jsonl" else "parquet")
    result = runner.invoke(app, ["extract", str(archive), "-f", saved, "-o", str(out)])
    assert result.exit_code == 0, result.output
    from_texts = runner.invoke(app, ["reconcile", str(archive), "-f", "json"])
    from_records = runner.invoke(app, ["reconcile", "--records", str(out), "-f", "json"])
    assert from_records.exit_code == 0, from_records.output
    assert from_records.stdout == from_texts.stdout
    assert "conflict" in from_texts.stdout  # 60 MW / 80 MW at Kaolack


def test_scale_cli_reconcile_records_by_story_prefixes_each_fact(
    claimx_nlp: Any, archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "records.jsonl"
    runner.invoke(app, ["extract", str(archive), "-f", "jsonl", "-o", str(out)])
    result = runner.invoke(
        app, ["reconcile", "--records", str(out), "--group-by", "story", "-f", "json"]
    )
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    stories = {f["cluster"].split("/")[0] for f in facts}
    assert {"s1-usine", "s2-solaire"} <= stories
    assert all(
        {m["doc"].rsplit("_", 1)[0] for m in f["members"]} == {f["cluster"].split("/")[0]}
        for f in facts
    )


def test_scale_cli_parquet_needs_a_folder(claimx_nlp: Any, archive: Path) -> None:
    result = runner.invoke(app, ["extract", str(archive), "-f", "parquet"])
    assert result.exit_code == 2
    assert "-o OUT/" in result.output


def test_scale_write_results_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "old.parquet").write_text("x", encoding="utf-8")
    with pytest.raises(ClaimxError, match="new or empty folder"):
        write_results(iter([]), tmp_path)


def test_scale_reconcile_saved_reads_the_dask_output(
    client: Any, tmp_path: Path, expected: list[list[Any]]
) -> None:
    from claimx.scale.dask_engine import run_dask

    run_dask(ITEMS, tmp_path / "out", client=client)
    assert reconcile_saved(str(tmp_path / "out"), None) == claimx.reconcile(expected)


@pytest.mark.parametrize("group_by", [None, "story"])
def test_scale_cli_reconcile_records_on_the_dask_output_gives_the_facts_of_the_texts(
    client: Any, claimx_nlp: Any, archive: Path, tmp_path: Path, group_by: str | None
) -> None:
    """`claimx extract --engine dask` on a running cluster, then `reconcile --records` on its
    Parquet: the facts of `reconcile` on the texts, and of `--records` on the local JSONL."""
    pytest.importorskip("pyarrow")
    out = tmp_path / "dask"
    address = client.scheduler.address
    result = runner.invoke(
        app, ["extract", str(archive), "--engine", "dask", "--scheduler", address, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    jsonl = tmp_path / "records.jsonl"
    result = runner.invoke(app, ["extract", str(archive), "-f", "jsonl", "-o", str(jsonl)])
    assert result.exit_code == 0, result.output
    grouping = ["--group-by", group_by] if group_by else []
    from_dask = runner.invoke(app, ["reconcile", "--records", str(out), *grouping, "-f", "json"])
    from_jsonl = runner.invoke(app, ["reconcile", "--records", str(jsonl), *grouping, "-f", "json"])
    assert from_dask.exit_code == 0, from_dask.output
    assert from_dask.stdout == from_jsonl.stdout
    if group_by is None:
        from_texts = runner.invoke(app, ["reconcile", str(archive), "-f", "json"])
        assert from_dask.stdout == from_texts.stdout
    assert "conflict" in from_dask.stdout  # 60 MW / 80 MW at Kaolack


def _die_on_poison(items: list[Any]) -> list[Any]:
    """On a worker: every worker handed `poison` dies (os._exit, as a crash in native code)."""
    from claimx.scale.work import extract_partition

    if any(doc_id == "poison" for doc_id, _, _ in items):
        os._exit(1)
    return extract_partition(items)


def _allowed_failures(n: int, dask_scheduler: Any = None) -> int:
    old = dask_scheduler.allowed_failures
    dask_scheduler.allowed_failures = n
    return int(old)


def test_scale_dask_partition_whose_workers_die_is_split_to_its_culprit(
    client: Any, tmp_path: Path, expected: list[list[Any]]
) -> None:
    """The split path: a partition that kills its workers is rerun one document a task; only
    `poison` lands in the errors table, and every other document has the records it has
    unsplit, once."""
    from claimx.scale.dask_engine import run_dask

    old = client.run_on_scheduler(_allowed_failures, 0)  # no rerun: split at the first death
    try:
        run = run_dask(
            ITEMS, tmp_path / "out", client=client, partition_chars=600, work=_die_on_poison
        )
    finally:
        client.run_on_scheduler(_allowed_failures, old)
    assert [r.doc_id for r in run.failures] == ["poison"]
    parts = [p.name for p in (tmp_path / "out" / "errors").glob("*.parquet")]
    assert len(parts) == 1 and parts[0].count("-") == 2  # part-NNNNN-NNN: a split partition
    errors = _errors(tmp_path / "out")
    assert [e["doc"] for e in errors] == ["poison"] and "KilledWorker" in errors[0]["error"]
    others = [
        r
        for (doc, _, _), recs in zip(ITEMS, expected, strict=True)
        if doc != "poison"
        for r in recs
    ]
    assert _saved_tables(tmp_path / "out") == _by_type(others)
