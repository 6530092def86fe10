"""The packaged data files (`claimx/data/`), one typed loader each.

`reading.py` reads, validates and caches; the models sit in one module per stage that reads
them (`figures.py`, `dates.py`, `orgs.py`, `stages.py` for attribution, reconciliation and
sentences). `LOADERS` maps every file name to its loader.
"""

from .dates import load_dates, load_published
from .figures import (
    load_currencies,
    load_not_quantities,
    load_number_words,
    load_qualifiers,
    load_scales,
    load_units,
)
from .orgs import load_orgs, load_orgs_patterns, load_orgs_places, load_orgs_words
from .reading import (
    LOADERS,
    data_file_names,
    expand_references,
    load_tsv,
    load_yaml,
)
from .stages import (
    load_actors,
    load_fx_rates,
    load_horizons,
    load_matching,
    load_sentences,
    load_subjects,
    load_synonyms,
)

__all__ = [
    "LOADERS",
    "data_file_names",
    "expand_references",
    "load_actors",
    "load_currencies",
    "load_dates",
    "load_fx_rates",
    "load_horizons",
    "load_matching",
    "load_not_quantities",
    "load_number_words",
    "load_orgs",
    "load_orgs_patterns",
    "load_orgs_places",
    "load_orgs_words",
    "load_published",
    "load_qualifiers",
    "load_scales",
    "load_sentences",
    "load_subjects",
    "load_synonyms",
    "load_tsv",
    "load_units",
    "load_yaml",
]
