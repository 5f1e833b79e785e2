"""tranche31: funding a company is told to receive is its raise ("Zorglab will receive $30 million in two tranches:
$10 million now and the balance in June 2026", "will receive $30 million in funding from Accel", « Zorglab recevra
30 millions d'euros en deux tranches », « … de la part de Bpifrance »), announced as "will raise" is. Money
received for something else (a stake sold, royalties, a price per share) is no raise, and a grant stays a grant."""

from __future__ import annotations

import json

import pytest
from cli_helpers import import_files, private_default_db, run_ok  # noqa: F401 (autouse fixture)

from ai_deals.importers.article import parse_article

STORY_DAY = "2024-06-11"


def rounds_of(text: str, language: str) -> list:
    source = parse_article(text, title="Zorglab news", published=STORY_DAY, language=language)
    return [fact for fact in source.facts if fact.kind == "round"]


@pytest.mark.parametrize(
    ("sentence", "language", "currency"),
    [
        (
            "Zorglab will receive $30 million in two tranches: $10 million now and the balance in June 2026.",
            "en",
            "USD",
        ),
        (
            "Zorglab recevra 30 millions d'euros en deux tranches : 10 millions d'euros immédiatement et le solde "
            "en juin 2026.",
            "fr",
            "EUR",
        ),
    ],
)
def test_a_sum_to_be_received_in_two_tranches_is_the_company_s_raise_split_in_its_tranches(
    sentence, language, currency
):
    [raise_] = rounds_of(sentence, language)
    assert (raise_.company, raise_.amount, raise_.currency) == ("Zorglab", 30e6, currency)
    assert (raise_.status, raise_.recalled, raise_.date) == ("announced", False, STORY_DAY)
    assert [(t.amount, t.label, t.date) for t in raise_.tranches] == [
        (10e6, "first", STORY_DAY),
        (20e6, "balance", "2026-06"),
    ]


def test_receiving_tranches_reads_as_raising_them():
    received = rounds_of(
        "Zorglab will receive $30 million in two tranches: $10 million now and the balance in June 2026.",
        "en",
    )
    raised = rounds_of(
        "Zorglab will raise $30 million in two tranches: $10 million now and the balance in June 2026.", "en"
    )
    fields = ("company", "amount", "currency", "status", "date", "tranches")
    assert [[getattr(f, name) for name in fields] for f in received] == [
        [getattr(f, name) for name in fields] for f in raised
    ]


@pytest.mark.parametrize(
    ("sentence", "language", "backers"),
    [
        (
            "Zorglab will receive $30 million in funding from Accel and Index Ventures.",
            "en",
            ["Accel", "Index Ventures"],
        ),
        ("Zorglab will receive $30 million in investment from Accel.", "en", ["Accel"]),
        # A purpose after the backers names no sale: "to grow revenue" is what the funding is for.
        ("Zorglab will receive $30 million in funding from Accel to grow revenue.", "en", ["Accel"]),
        (
            "Zorglab recevra 30 millions d'euros de la part de Bpifrance et d'Eurazeo.",
            "fr",
            ["Bpifrance", "Eurazeo"],
        ),
        ("Zorglab recevra 30 millions d'euros de financement de la part d'Eurazeo.", "fr", ["Eurazeo"]),
    ],
)
def test_a_sum_to_be_received_as_funding_from_backers_is_the_company_s_raise_with_them(
    sentence, language, backers
):
    [raise_] = rounds_of(sentence, language)
    assert (raise_.company, raise_.amount, raise_.status) == ("Zorglab", 30e6, "announced")
    assert raise_.investors == backers


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Zorglab will receive $30 million from the sale of its stake.", "en"),
        ("Zorglab will receive $5 million in royalties.", "en"),
        ("Zorglab will receive $5 million in revenue from the contract.", "en"),
        ("Zorglab will receive $5 million in fees from Accel.", "en"),
        ("Zorglab will receive $30 million in two tranches in exchange for its unit.", "en"),
        ("Zorglab shareholders will receive $12 a share.", "en"),
        ("Zorglab recevra 30 millions d'euros de la vente de sa participation.", "fr"),
        (
            "Zorglab recevra 30 millions d'euros de la part de l'acheteur pour la cession de sa participation.",
            "fr",
        ),
        ("Zorglab recevra 5 millions d'euros de redevances.", "fr"),
        ("Les actionnaires de Zorglab recevront 12 euros par action.", "fr"),
    ],
)
def test_a_sum_received_for_a_sale_royalties_fees_or_a_share_is_no_raise(sentence, language):
    assert rounds_of(sentence, language) == []


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Zorglab received a $2 million grant.", "en"),
        ("Zorglab a reçu une subvention de 2 millions d'euros.", "fr"),
    ],
)
def test_a_grant_received_stays_a_grant(sentence, language):
    [grant] = rounds_of(sentence, language)
    assert (grant.company, grant.amount, grant.round_type) == ("Zorglab", 2e6, "Grant")


WIRE = (
    "title: Zorglab to receive $30 million\ndate: 2024-06-11\npublisher: Wire\nlanguage: en\n\n"
    "Zorglab will receive $30 million in two tranches: $10 million now and the balance in June 2026.\n"
)


def test_a_wire_telling_funding_to_be_received_shows_the_raise_on_the_company_page(capsys, tmp_path):
    db = import_files(capsys, tmp_path, ("wire.txt", WIRE))
    page = json.loads(run_ok(capsys, db, "show", "--json", "Zorglab"))
    assert [(r["amount"], r["date"]) for r in page["rounds"]] == [(30e6, STORY_DAY)]
