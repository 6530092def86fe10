"""Models and loaders of the data files the organisations stage reads (and attribution's actors)."""

from __future__ import annotations

from .reading import DataModel, data_file


class OrgRow(DataModel):
    """One row of `orgs.tsv`: an organisation, its aliases ("|"-separated), kind and country."""

    canonical: str
    aliases: str
    kind: str
    country: str


class OrgsTable(DataModel):
    """`orgs.tsv`: the organisations lexicon, one row each."""

    rows: tuple[OrgRow, ...]


class OrgPattern(DataModel):
    """A regex that finds an organisation and names it ("Gouvernement {of}")."""

    name: str
    regex: str
    """May use `{NAME}` references: the `references` of the file and the lexicon blocks
    (DEMONYM, COUNTRY, LEADER, COMPANY_NOUN, COMPANY_SUFFIX)."""
    canonical: str
    after_title: bool = True
    judge: bool = False
    company: bool = False


class OrgsPatternsFile(DataModel):
    """`orgs_patterns.yaml`."""

    references: dict[str, str] = {}
    patterns: tuple[OrgPattern, ...]


class Country(DataModel):
    name: str
    of: str
    """The "de + article" form used in canonical names ("du Maroc")."""
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    leaders: tuple[str, ...] = ()
    currency: str | None = None
    """ISO 4217 code: decides a currency the text leaves ambiguous ("dinars", "FCFA")."""
    cities: tuple[str, ...] = ()
    """Cities that point to the country (claimx.country)."""
    capitals: tuple[str, ...] = ()
    """Cities that stand for the state as the subject of a verb ("Rabat lance un programme")."""
    signals: tuple[str, ...] = ()
    """Bodies, agencies and outlets that point to the country (case-sensitive)."""


class Outlets(DataModel):
    """The press of one country: what a document's outlet points to when its text names no
    country (claimx.country)."""

    country: str
    names: tuple[str, ...] = ()
    """Outlet names, compared whole and folded with the document's source."""
    domains: tuple[str, ...] = ()
    """Web domains: a URL whose host is one or ends with "." + one ("ma", "le360.com")."""


class OrgsPlacesFile(DataModel):
    """`orgs_places.yaml`: countries, cities and regions (places, never organisations)."""

    default_country: str
    country_designators: tuple[str, ...]
    countries: tuple[Country, ...]
    cities: tuple[str, ...]
    regions: tuple[str, ...]
    signal_kinds: tuple[str, ...] = ()
    """Kinds of `orgs.tsv` rows whose names and aliases point to their home country, like
    `signals` (claimx.country)."""
    outlets: tuple[Outlets, ...] = ()


class OrgsWordsFile(DataModel):
    """`orgs_words.yaml`: the word lists that judge an organisation candidate."""

    determiners: tuple[str, ...]
    title_words: tuple[str, ...]
    title_before: str
    not_org_heads: tuple[str, ...]
    event_words: tuple[str, ...]
    not_org_acronyms: tuple[str, ...]
    institution_heads: tuple[str, ...]
    lowercase_heads: tuple[str, ...]
    head_prefixes: tuple[str, ...]
    name_connectors: tuple[str, ...]
    lowercase_connectors: tuple[str, ...]
    name_coordinators: tuple[str, ...]
    name_articles: tuple[str, ...]
    name_stop_words: tuple[str, ...]
    company_nouns: tuple[str, ...]
    company_suffixes: tuple[str, ...]
    scale_currency_tokens: tuple[str, ...]
    programme_before: str
    verb_objects: tuple[str, ...]
    not_org_phrases: tuple[str, ...]
    back_reference_heads: tuple[str, ...]
    lowercase_back_references: tuple[str, ...]


load_orgs = data_file("orgs.tsv", OrgsTable)
load_orgs_patterns = data_file("orgs_patterns.yaml", OrgsPatternsFile)
load_orgs_places = data_file("orgs_places.yaml", OrgsPlacesFile)
load_orgs_words = data_file("orgs_words.yaml", OrgsWordsFile)
