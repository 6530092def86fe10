"""Models and loaders of the data files the figures stage reads (numbers, units, qualifiers).

Each file has one frozen model here and one cached loader (`load_units()` ...); the figures
modules compile the words into regexes.
"""

from __future__ import annotations

from .reading import DataModel, data_file


class UnitEntry(DataModel):
    """One unit: "mégawatts" / "MW" are 1e6 W of power."""

    unit: str
    """Canonical unit of the dimension (GOLD_FORMAT: W, Wh, %, pp, m, m2, kg, l, s, °C ...)."""
    dimension: str
    factor: float
    """Factor from this unit to the canonical one."""
    offset: float = 0.0
    """Added after the factor, for affine scales (°F, K → °C)."""
    words: tuple[str, ...] = ()
    """French spellings, matched case- and accent-insensitively."""
    symbols: tuple[str, ...] = ()
    """Abbreviations, matched case-sensitively."""


class UnitsFile(DataModel):
    """`units.yaml`: the physical units and the context words some of them need."""

    units: tuple[UnitEntry, ...]
    angle_words: tuple[str, ...]
    """Near a bare "degrés", the figure is an angle (not reported)."""
    units_before: tuple[str, ...]
    """Unit words written before the number ("un pourcentage de vingt")."""
    article_one_dimensions: tuple[str, ...]
    """Dimensions before whose unit words "un"/"une" is the number 1 ("un an")."""
    pound_words: tuple[str, ...]
    """Words of the pound sterling that also name the pound of mass, or books ("livres")."""
    pound_mass_words: tuple[str, ...]
    """Near a pound word, the figure is pounds of mass, not sterling."""
    pound_money_words: tuple[str, ...] = ()
    """Near a bare "livres", the figure is pounds sterling, not books ("coûte neuf livres")."""
    pound_mass: UnitEntry
    """The pound of mass a pound word near a word of weight reads as."""
    angle_units: tuple[str, ...]
    """Temperature units that are angles near an angle word ("degrés", "°")."""
    point_words: tuple[str, ...]
    """Percentage-point words that need a percentage nearby ("points")."""
    percent_context: tuple[str, ...]
    """Strings that, within 200 characters, make "points" percentage points ("%", "taux")."""
    minor_part_followers: tuple[str, ...]
    share_cues_before: tuple[str, ...] = ()
    """Words after which a fraction in words is a share (%): "dont un quart"."""
    not_one_before: tuple[str, ...]
    """Unit words after which "un"/"une" stays an article ("un livre")."""
    price_subjects: tuple[str, ...] = ()
    """Units a sentence prices before its amounts ("le litre de gasoil s'affiche à 10,65 DH")."""
    price_articles: tuple[str, ...] = ()
    """Articles before a priced unit or a quoted currency ("le", "la", "du", "l'")."""
    exchange_verbs: tuple[str, ...] = ()
    half_prefixes: tuple[str, ...] = ()
    """Prefixes hyphenated to a unit word that make half of it ("un demi-litre" = 0.5 l)."""
    ratio_joiners: tuple[str, ...] = ()
    """Words joining "one in N" ratios ("un jeune sur quatre" = 25 %)."""
    ratio_one: tuple[str, ...] = ()
    """The article-numerals a ratio may start with ("un", "une")."""
    ratio_not_nouns: tuple[str, ...] = ()
    """Nouns that make "un X sur deux" a rhythm, not a share ("un samedi sur deux")."""
    """Verbs that quote a currency in another ("l'euro cotant USD1,16")."""


class CurrencyEntry(DataModel):
    """One currency: its ISO 4217 code and how French news writes it."""

    code: str
    words: tuple[str, ...] = ()
    symbols: tuple[str, ...] = ()
    minor: tuple[str, ...] = ()
    """Words of the 1/100 unit ("centimes")."""
    milli: tuple[str, ...] = ()
    """Words of the 1/1000 unit ("millimes")."""


class ScaleAbbreviation(DataModel):
    """A scale abbreviation glued to or before a currency ("75 MDH", "12 M€")."""

    forms: tuple[str, ...]
    factor: float
    currency: str | None = None


class AmbiguousCurrency(DataModel):
    """A currency written the same in several countries ("dinars", "FCFA")."""

    codes: tuple[str, ...]
    """The ISO codes it may mean; the document's country picks one."""
    words: tuple[str, ...] = ()
    symbols: tuple[str, ...] = ()
    default: str | None = None
    """The code when no country decides; None keeps the figure a count."""


class CurrenciesFile(DataModel):
    """`currencies.yaml`."""

    currencies: tuple[CurrencyEntry, ...]
    ambiguous: tuple[AmbiguousCurrency, ...] = ()
    money_nouns: tuple[str, ...] = ()
    """Counted nouns that make a scaled amount money ("milliards de subventions")."""
    minor_default: dict[str, str] = {}
    """Minor-unit word → the currency it means when the sentence names none."""
    scale_abbreviations: tuple[ScaleAbbreviation, ...] = ()


class ScalesFile(DataModel):
    """`scales.yaml`: scale words ("millions") and abbreviations ("Mds") with their factor."""

    words: dict[str, float]
    abbreviations: dict[str, float]


class RangeWords(DataModel):
    """The words that join two numbers into one range."""

    openers: tuple[str, ...]
    """Before the first number ("entre 43 et 61", "de 10 à 15")."""
    joiners: tuple[str, ...]
    """Between the numbers, as written, after any opener or none ("10 à 12 milliards")."""
    dashes: tuple[str, ...]
    """Between the numbers; a range only with a unit or an opener ("20-25 MW", not "2-1")."""
    joiners_after: dict[str, str]
    """Joiners allowed only after one opener: "et" after "entre" ("entre 43 et 61")."""


class QualifiersFile(DataModel):
    """`qualifiers.yaml`: words that bound or hedge a figure, by qualifier."""

    before: dict[str, tuple[str, ...]]
    after: dict[str, tuple[str, ...]]
    bound_joiners: tuple[str, ...]
    change_verbs: tuple[str, ...]
    change_by_verbs: tuple[str, ...] = ()
    """Verbs of change after which "de X à Y %" with a bare X is a range of the change."""
    ranges: RangeWords


class NotQuantitiesFile(DataModel):
    """`not_quantities.yaml`: regexes of regions that hold no quantity (phones, references)."""

    regions: tuple[str, ...]


class TenWord(DataModel):
    word: str
    takes: tuple[str, ...]


class EightyWords(DataModel):
    first: str
    second: str
    plural: str


class ApproxNoun(DataModel):
    value: float
    approx: bool


class NumberWordsFile(DataModel):
    """`number_words.yaml`: the lexicon of numbers written in words (see the file's comments)."""

    units: dict[str, int]
    ten: TenWord
    teens: dict[str, int]
    tens: dict[str, int]
    tens_taking_teens: tuple[str, ...]
    and_teens: tuple[str, ...]
    eighty: EightyWords
    hundreds: tuple[str, ...]
    hundreds_need_unit: tuple[str, ...]
    scales: dict[str, float]
    zero: tuple[str, ...]
    fraction_nouns: dict[str, int]
    half_noun: str
    half_determiners: tuple[str, ...]
    half_change_before: tuple[str, ...] = ()
    """Words before "moitie" that make it a change by half ("reduire de moitie"): span "moitie"."""
    fraction_determiners: tuple[str, ...] = ()
    fraction_not_before: tuple[str, ...] = ()
    ordinals: dict[str, str]
    ordinals_never_first: tuple[str, ...]
    approx_nouns: dict[str, ApproxNoun]
    approx_scales: dict[str, float]
    and_word: str
    over_word: str
    decimal_word: str
    never_alone: tuple[str, ...]
    neuf_word: str
    neuf_number_after: tuple[str, ...]
    neuf_not_before: tuple[str, ...]
    percent_words: tuple[str, ...]
    percent_intro: str
    digit_scale_words: tuple[str, ...]
    ordinal_determiners: tuple[str, ...]
    fraction_followers: tuple[str, ...]
    max_digit_numerator: int


load_units = data_file("units.yaml", UnitsFile)
load_currencies = data_file("currencies.yaml", CurrenciesFile)
load_scales = data_file("scales.yaml", ScalesFile)
load_qualifiers = data_file("qualifiers.yaml", QualifiersFile)
load_not_quantities = data_file("not_quantities.yaml", NotQuantitiesFile)
load_number_words = data_file("number_words.yaml", NumberWordsFile)
