"""claimx: the figures French news articles state, as typed records, reconciled across sources.

import claimx
records = claimx.extract("Onepoint recrutera plus de 500 ingénieurs d'ici 2029.")
facts = claimx.reconcile(records_of_many_articles)
"""

from .errors import ClaimxError
from .pipeline.api import extract, extract_batch, load
from .reconciliation.facts import Fact, Reconciliation
from .reconciliation.api import reconcile
from .records import DateMention, Evidence, Mention, OrgMention, Quantity
from .scale.local import extract_many

load_pipeline = load

__all__ = [
    "ClaimxError",
    "DateMention",
    "Evidence",
    "Fact",
    "Mention",
    "OrgMention",
    "Quantity",
    "Reconciliation",
    "extract",
    "extract_batch",
    "extract_many",
    "load",
    "load_pipeline",
    "reconcile",
]
__version__ = "0.1.0"
