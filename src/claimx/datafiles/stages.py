"""Models and loaders of the data files of attribution, reconciliation and sentence splitting."""

from __future__ import annotations

from .reading import DataModel, data_file


class CompoundSubject(DataModel):
    """Words that make one subject ("chiffre d'affaires"), not their first noun."""

    words: str
    subject: str


class AttributionFile(DataModel):
    """`attribution.yaml`: the word lists of subjects, actors and horizons."""

    not_subjects: tuple[str, ...]
    compound_subjects: tuple[CompoundSubject, ...]
    inherit_links: tuple[str, ...]
    comparison_markers: tuple[str, ...]
    period_frames: tuple[str, ...]
    period_frame_chars: int
    place_prepositions: tuple[str, ...]
    source_markers: tuple[str, ...]
    not_horizons: tuple[str, ...]


class SynonymGroup(DataModel):
    name: str
    lemmas: tuple[str, ...]


class SynonymsFile(DataModel):
    """`synonyms.yaml`: lemmas that name one subject when reconciling."""

    groups: tuple[SynonymGroup, ...]


class StatedConversion(DataModel):
    gaps: tuple[str, ...]
    """What may stand between an amount and its conversion ("(soit", "l'équivalent de")."""


class RateTable(DataModel):
    date: str
    base: str
    source: str
    rates: dict[str, float]
    """Units of each currency for one unit of `base`."""


class FxRatesFile(DataModel):
    """`fx_rates.yaml`: dated reference exchange rates."""

    stated_conversion: StatedConversion
    tolerance: float
    tables: tuple[RateTable, ...]


class SentencesFile(DataModel):
    """`sentences.yaml`: abbreviations after which a period does not end a sentence."""

    abbreviations: tuple[str, ...]


load_attribution = data_file("attribution.yaml", AttributionFile)
load_synonyms = data_file("synonyms.yaml", SynonymsFile)
load_fx_rates = data_file("fx_rates.yaml", FxRatesFile)
load_sentences = data_file("sentences.yaml", SentencesFile)
