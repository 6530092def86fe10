"""Read, validate and cache the packaged data files under `claimx/data/` (YAML and TSV).

Every lexicon, pattern table and unit table lives there, not in code. Each file has one loader,
made by `data_file`: it parses the file once per process, validates it into a frozen model and
names the file and the key of the first bad entry ("units.yaml: units[3].factor: ...") instead
of failing later with a bare KeyError. `expand_references` is the one `{NAME}` expander of the
regex tables.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from ..errors import DataFileError

M = TypeVar("M", bound=BaseModel)

LOADERS: dict[str, Callable[[], BaseModel]] = {}
"""Every data file's loader, by file name (filled as the loader modules are imported)."""


class DataModel(BaseModel):
    """Base of the data-file models: frozen, and an unknown key is an error (a typo in a data
    file would otherwise be silently ignored)."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def _read_text(name: str) -> str:
    try:
        return resources.files("claimx").joinpath("data", name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise DataFileError(f"claimx data file {name!r} is missing: {exc}") from None


@cache
def load_yaml(name: str) -> Any:
    """Parsed content of `data/<name>` (a YAML file), not validated: loaders start from it."""
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


def _where(name: str, loc: tuple[int | str, ...]) -> str:
    """`units[3].factor` for a pydantic error location; a TSV row by its number in the file."""
    if name.endswith(".tsv") and len(loc) >= 2 and loc[0] == "rows" and isinstance(loc[1], int):
        return f"row {loc[1] + 2}" + "".join(f".{part}" for part in loc[2:])
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def validate(name: str, model: type[M], raw: Any) -> M:
    """`raw` (the parsed content of `name`) as a `model`; a DataFileError naming the key else."""
    if name.endswith(".tsv"):
        raw = {"rows": raw}
    elif not isinstance(raw, dict):
        raise DataFileError(f"claimx data file {name!r} must be a mapping of keys")
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        error = exc.errors()[0]
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise DataFileError(
            f"claimx data file {name!r}: {_where(name, tuple(error['loc']))}: {error['msg']}{more}"
        ) from None


def data_file(name: str, model: type[M]) -> Callable[[], M]:
    """The loader of `data/<name>`: validated into `model` on first call, then cached."""

    @cache
    def load() -> M:
        raw = load_tsv(name) if name.endswith(".tsv") else load_yaml(name)
        return validate(name, model, raw)

    load.__doc__ = f"The content of `data/{name}`, validated ({model.__name__})."
    LOADERS[name] = load
    return load


_REFERENCE = re.compile(r"\{([A-Z_]+)\}")


def expand_references(source: str, blocks: Mapping[str, str], name: str, where: str) -> str:
    """`source` with each `{NAME}` replaced by `blocks[NAME]`, as written (wrap the blocks in a
    group beforehand when they need one). An unknown name is an error that names the data file
    and the entry (`where`). Regex counts such as `{2,4}` are not names and stay."""

    def replace(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in blocks:
            raise DataFileError(f"claimx data file {name!r}: {where} uses unknown {{{key}}}")
        return blocks[key]

    return _REFERENCE.sub(replace, source)


def data_file_names() -> list[str]:
    """Names of every packaged data file (used by the test that loads them all)."""
    folder = resources.files("claimx").joinpath("data")
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".yaml", ".tsv")))
