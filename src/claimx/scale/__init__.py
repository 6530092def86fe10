"""Extraction at scale: every core of one machine, a Dask cluster, and records saved for later.

Reads documents as (doc id, text, publication date) items and writes, per document, its records
or the reason it failed (`work.DocResult`), in input order on one machine (`local.py`: one
pipeline per worker process) or as partitioned Parquet on a Dask cluster (`dask_engine.py`,
the optional `dask` extra). `parquet.py` maps the record models to Arrow tables; `saved.py`
reads saved records (JSONL or that Parquet) back into records, for reconciling an archive
without extracting it again.
"""
