"""Every packaged data file loads, and the loaders name the file when one is broken."""

from __future__ import annotations

import pytest

from claimx import datafiles
from claimx.errors import DataFileError


@pytest.mark.parametrize("name", datafiles.data_file_names())
def test_datafiles_every_file_loads(name: str) -> None:
    if name.endswith(".yaml"):
        assert datafiles.load_yaml(name) is not None
    else:
        assert len(datafiles.load_tsv(name)) > 0


def test_datafiles_missing_file_is_named() -> None:
    with pytest.raises(DataFileError, match="nope.yaml"):
        datafiles.load_yaml("nope.yaml")


@pytest.mark.parametrize(
    "name", ["units.yaml", "currencies.yaml", "qualifiers.yaml", "scales.yaml"]
)
def test_datafiles_quantity_tables_have_entries(name: str) -> None:
    data = datafiles.load_yaml(name)
    assert isinstance(data, dict) and all(data.values())
