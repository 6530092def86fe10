"""Tests for claimx.country: the country a document is about, and the currency it decides."""

from __future__ import annotations

import pytest

from claimx.country import country_currency, document_country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("La Sonelgaz a inauguré une centrale à Oran, a indiqué le ministre algérien.", "Algérie"),
        ("La STEG et l'UGTT ont signé un accord à Sfax.", "Tunisie"),
        ("Bank Al-Maghrib a maintenu son taux directeur à Rabat.", "Maroc"),
        ("À Douala, Eneo annonce des délestages.", "Cameroun"),
        (
            "Les planteurs de Yamoussoukro et d'Abidjan attendent le prix bord champ.",
            "Côte d'Ivoire",
        ),
        ("Le port de Dakar et la ville de Thiès.", "Sénégal"),
        ("L'Insee publie ses chiffres à Paris.", "France"),
        ("Le prêt est libellé en DT, selon le ministère.", "Tunisie"),
    ],
)
def test_country_document_country_counts_places_bodies_and_currencies(
    text: str, country: str
) -> None:
    found = document_country(text)
    assert found is not None and found.name == country


@pytest.mark.parametrize(
    "text", ["Le chiffre d'affaires progresse de 4 %.", "Le projet coûte 12 milliards de FCFA."]
)
def test_country_document_country_is_none_without_a_signal(text: str) -> None:
    assert document_country(text) is None


@pytest.mark.parametrize(
    ("text", "codes", "code"),
    [
        ("Alger: 35 milliards de dinars.", ("DZD", "TND", "LYD"), "DZD"),
        ("Kairouan: 1,2 milliard de dinars.", ("DZD", "TND", "LYD"), "TND"),
        ("Le Tchad emprunte 90 milliards de FCFA.", ("XOF", "XAF"), "XAF"),
        ("Le Sénégal emprunte 90 milliards de FCFA.", ("XOF", "XAF"), "XOF"),
        ("Rabat: 90 milliards de dinars.", ("DZD", "TND", "LYD"), None),
    ],
)
def test_country_currency_follows_the_document_country(
    text: str, codes: tuple[str, ...], code: str | None
) -> None:
    assert country_currency(text, codes) == code
