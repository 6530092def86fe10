"""Reconciliation: which figures of several articles state the same fact, and the verdict.

Reads records (extracted, or saved and read back); writes facts. Stages, one module each:
`keys.py` (comparison keys of subject, horizon, actor), `intervals.py` and `fx.py` (the values a
figure allows, currencies), `evidence.py` (how strongly two figures state one fact),
`cluster.py` (figures into facts), `verdicts.py` (agree / compatible / conflict and the
explanation), `api.py` (`reconcile`), `facts.py` (the returned models).
"""

from .api import reconcile
from .facts import Fact, FactKey, Member, Reconciliation

__all__ = ["Fact", "FactKey", "Member", "Reconciliation", "reconcile"]
