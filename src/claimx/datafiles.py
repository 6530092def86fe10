"""Read the packaged data files under `claimx/data/` (YAML and TSV), once per process.

Every lexicon, pattern table and unit table lives there, not in code. Loaders that validate a
file into typed entries sit beside the stage that uses it; this module only finds, reads and
caches the raw content, and names the file on error.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources
from typing import Any

import yaml

from .errors import DataFileError


def _read_text(name: str) -> str:
    try:
        return resources.files("claimx").joinpath("data", name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise DataFileError(f"claimx data file {name!r} is missing: {exc}") from None


@cache
def load_yaml(name: str) -> Any:
    """Parsed content of `data/<name>` (a YAML file)."""
    try:
        return yaml.safe_load(_read_text(name))
    except yaml.YAMLError as exc:
        raise DataFileError(f"claimx data file {name!r} is not valid YAML: {exc}") from None


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of `data/<name>` (tab-separated, first row is the header, `#` lines are comments)."""
    lines = [ln for ln in _read_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    rows = tuple(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"))
    for i, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            raise DataFileError(
                f"claimx data file {name!r}: row {i} has the wrong number of fields"
            )
    return rows


def data_file_names() -> list[str]:
    """Names of every packaged data file (used by the test that loads them all)."""
    folder = resources.files("claimx").joinpath("data")
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".yaml", ".tsv")))
