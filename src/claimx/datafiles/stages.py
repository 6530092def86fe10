"""Models and loaders of the data files of attribution, reconciliation and sentence splitting."""

from __future__ import annotations

import math

from .reading import DataModel, data_file


class CompoundSubject(DataModel):
    """Words that make one subject ("chiffre d'affaires"), not their first noun."""

    words: str
    subject: str


class VagueHeads(DataModel):
    with_complement: tuple[str, ...]
    """Heads kept with their "de" complement ("taux de chômage")."""
    with_adjective: tuple[str, ...]
    """Heads kept with their adjective ("masse salariale")."""


class SubjectsFile(DataModel):
    """`subjects.yaml`: nouns that are never subjects, compounds, vague heads, the nouns verbs
    name, and the links an elided noun crosses."""

    not_subjects: tuple[str, ...]
    compound_subjects: tuple[CompoundSubject, ...]
    inherit_links: tuple[str, ...]
    proper_subjects: tuple[str, ...]
    ratio_denominators: tuple[str, ...]
    vague_heads: VagueHeads
    verb_nouns: dict[str, tuple[str, ...]]
    allocation_verbs: tuple[str, ...]
    price_subject: str
    count_heads: tuple[str, ...]
    noun_aliases: dict[str, str]


class HorizonsFile(DataModel):
    """`horizons.yaml`: comparison markers, document period frames, dates that say "now"."""

    comparison_markers: tuple[str, ...]
    period_frames: tuple[str, ...]
    period_frame_chars: int
    event_window_days: int
    not_horizons: tuple[str, ...]
    year_parts: tuple[str, ...] = ()
    base_prepositions: tuple[str, ...] = ()
    previous_period_words: tuple[str, ...] = ()


class ActorsFile(DataModel):
    """`actors.yaml`: places, sources, lenders, and the bodies that stand for their state."""

    place_prepositions: tuple[str, ...]
    source_markers: tuple[str, ...]
    state_kinds: tuple[str, ...]
    state_heads: tuple[str, ...]
    state_words: tuple[str, ...]
    country_codes: dict[str, str]
    agent_markers: tuple[str, ...]
    commentator_kinds: tuple[str, ...]
    commentator_weight: float
    party_nouns: tuple[str, ...]
    title_weight: float = 3.0
    """How much a mention in the title counts when choosing a document's main actor."""
    lead_weight: float = 2.0
    """How much a mention in the lead (the first `LEAD_CHARS`) counts; elsewhere, 1."""
    state_word_weight: float = 0.5
    """How much a state word ("le pays", "plan national") counts beside a named party."""
    lender_markers: tuple[str, ...] = ()
    """Words before an organisation that make it a lender or co-financer ("cofinancé par")."""
    lender_weight: float = 1.0
    """How much a lender's mention counts when choosing a document's main actor."""
    lender_verbs: tuple[str, ...] = ()
    """Lemmas of the verbs whose agent is a lender, not the owner ("financer", "apporter")."""
    national_measures: tuple[str, ...] = ()
    """Measures of a whole country: a sentence stating one with no party of its own is the
    state's ("la part des renouvelables dans le mix électrique")."""


class SubjectWeights(DataModel):
    same: float
    same_head: float
    unknown: float
    differ: dict[str, float]


class ValueWeights(DataModel):
    same: float
    meet: float
    unknown: float
    disjoint: float
    precise_bonus: float
    bound_reach: float = math.inf
    """How far past its bound a bounded figure reaches, as a fraction of the bound ("plus de
    60" allows up to 60 × (1 + reach)); infinite: no limit."""


class HorizonWeights(DataModel):
    same: float
    unknown: float


class ActorWeights(DataModel):
    same_named: float
    same: float
    unknown: float
    differ_one_named: float
    differ_unnamed: float


class MatchingFile(DataModel):
    """`matching.yaml`: the evidence weights of reconciliation."""

    threshold: float
    subject: SubjectWeights
    value: ValueWeights
    horizon: HorizonWeights
    actor: ActorWeights
    conflict_min_subject: float


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


load_subjects = data_file("subjects.yaml", SubjectsFile)
load_horizons = data_file("horizons.yaml", HorizonsFile)
load_actors = data_file("actors.yaml", ActorsFile)
load_matching = data_file("matching.yaml", MatchingFile)
load_synonyms = data_file("synonyms.yaml", SynonymsFile)
load_fx_rates = data_file("fx_rates.yaml", FxRatesFile)
load_sentences = data_file("sentences.yaml", SentencesFile)
