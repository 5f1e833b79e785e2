"""A small but deep data set for the explorer: the seed's OpenAI story, a second chain through Nvidia
to Mistral AI (so three levels can be drilled), and hostile names that look like markup or hold
terminal escape sequences."""

from __future__ import annotations

from pathlib import Path

from ai_deals.importers.models import CompanyInfo, Fact, ParsedSource
from ai_deals.store import Store

OPENAI_TEXT = (
    "OpenAI a annoncé une levée de fonds de 110 milliards de dollars auprès d'Amazon, Nvidia et SoftBank. "
    "Amazon va investir 50 milliards de dollars, Nvidia et SoftBank apportent chacun 30 milliards. "
    "Amazon va débloquer une première tranche de 15 milliards, le solde une fois certaines conditions remplies. "
    "Le groupe revendique plus de 900 millions d'utilisateurs hebdomadaires. "
    "Son chiffre d'affaires a atteint 13 milliards de dollars en 2025. "
    "Il prévoit de consommer 218 milliards de trésorerie d'ici 2029. "
    "Microsoft s'était rapproché de la start-up dès 2016. "
    "Depuis 2019, le groupe de Redmond a investi plus de 13 milliards de dollars. "
    "Rien ne modifie les termes de la relation entre Microsoft et OpenAI."
)

MISTRAL_TEXT = (
    "Mistral AI lève 1,7 milliard d'euros en septembre 2025 auprès d'ASML et de Nvidia. "
    "Nvidia investit 100 millions d'euros dans Mistral AI."
)

HOSTILE_TEXT = (
    "[red]X[/] lève 5 millions auprès de [@click=app.quit]Y[/]. "
    "Evil\x1b]52;c;aGVsbG8=\x07Corp\u202e signe un accord avec [red]X[/]."
)

ESC_NAME = "Evil\x1b]52;c;aGVsbG8=\x07Corp\u202e"


def span(text: str, words: str) -> dict:
    """sentence/start/end of the sentence holding `words` (offsets into `text`)."""
    start = text.index(words)
    begin = text.rfind(". ", 0, start)
    begin = 0 if begin < 0 else begin + 2
    end = text.find(". ", start)
    end = len(text) if end < 0 else end + 1
    return {"sentence": text[begin:end], "start": begin, "end": end}


def money(kind: str, company: str, amount: float, date: str, words: str, text: str, **extra) -> Fact:
    """A dollar (or `currency=`) fact at a day/month/year precision guessed from `date`."""
    precision = {4: "year", 7: "month", 10: "day"}[len(date)]
    values = {"currency": "USD", "bound": "exact", **extra}
    return Fact(
        kind=kind,
        company=company,
        amount=amount,
        date=date,
        date_precision=precision,
        **values,
        **span(text, words),
    )


def openai_source() -> ParsedSource:
    t = OPENAI_TEXT
    day = "2026-02-27"
    facts = [
        money("round", "OpenAI", 110e9, day, "110 milliards", t, investors=["Amazon", "Nvidia", "SoftBank"]),
        money("valuation", "OpenAI", 730e9, day, "110 milliards", t, basis="post_money"),
        money(
            "investment",
            "OpenAI",
            50e9,
            day,
            "50 milliards",
            t,
            investor="Amazon",
            status="conditional",
            tranche="première tranche de 15 milliards",
            condition="une fois certaines conditions remplies",
            tranches=[{"label": "first", "amount": 15e9, "currency": "USD"}],
        ),
        money("investment", "OpenAI", 30e9, day, "chacun 30", t, investor="Nvidia"),
        money("investment", "OpenAI", 30e9, day, "chacun 30", t, investor="SoftBank"),
        money(
            "investment",
            "OpenAI",
            13e9,
            "2019",
            "Depuis 2019",
            t,
            investor="Microsoft",
            bound="minimum",
            status="cumulative",
        ),
        money("revenue", "OpenAI", 13e9, "2025", "13 milliards de dollars en 2025", t),
        money(
            "projection", "OpenAI", 218e9, "2029", "218 milliards", t, metric="cash_burn", is_projection=True
        ),
        Fact(
            kind="metric",
            company="OpenAI",
            amount=900e6,
            bound="minimum",
            metric="weekly_users",
            unit="users",
            date=day,
            date_precision="day",
            **span(t, "900 millions"),
        ),
        Fact(
            kind="partnership",
            company="Microsoft",
            partner="OpenAI",
            partnership_kind="compute",
            date="2016",
            date_precision="year",
            **span(t, "dès 2016"),
        ),
        Fact(
            kind="statement",
            company="Microsoft",
            partner="OpenAI",
            text="Rien ne modifie les termes de la relation",
            date=day,
            date_precision="day",
            **span(t, "Rien ne modifie"),
        ),
    ]
    companies = [
        CompanyInfo(name="OpenAI", country="US", city="San Francisco", aliases=["le créateur de ChatGPT"]),
        CompanyInfo(name="Amazon", country="US", investor_kind="corporate"),
        CompanyInfo(name="Nvidia", country="US", investor_kind="corporate"),
        CompanyInfo(name="SoftBank", country="JP", investor_kind="corporate"),
        CompanyInfo(name="Microsoft", country="US", city="Redmond", aliases=["le groupe de Redmond"]),
    ]
    return ParsedSource(
        title="OpenAI lève 110 milliards",
        text=t,
        published="2026-02-27",
        language="fr",
        publisher="Keystone-SDA ATS",
        facts=facts,
        companies=companies,
    )


def mistral_source() -> ParsedSource:
    t = MISTRAL_TEXT
    facts = [
        money(
            "round",
            "Mistral AI",
            1.7e9,
            "2025-09",
            "1,7 milliard",
            t,
            currency="EUR",
            investors=["ASML", "Nvidia"],
        ),
        money(
            "investment", "Mistral AI", 100e6, "2025-09", "100 millions", t, currency="EUR", investor="Nvidia"
        ),
    ]
    companies = [CompanyInfo(name="Mistral AI", country="FR", city="Paris")]
    return ParsedSource(
        title="Mistral AI lève 1,7 milliard",
        text=t,
        published="2025-09-09",
        language="fr",
        facts=facts,
        companies=companies,
    )


def hostile_source() -> ParsedSource:
    t = HOSTILE_TEXT
    facts = [
        money("investment", "[red]X[/]", 5e6, "2024", "5 millions", t, investor="[@click=app.quit]Y[/]"),
        Fact(
            kind="partnership",
            company=ESC_NAME,
            partner="[red]X[/]",
            date="2024",
            date_precision="year",
            **span(t, "signe"),
        ),
    ]
    return ParsedSource(title="[bold]Hostile[/] \x1b[2J wire", text=t, published="2024-01-01", facts=facts)


def build_store(path: Path) -> Store:
    """A store holding the three sources above."""
    store = Store.open(path)
    for source in (openai_source(), mistral_source(), hostile_source()):
        store.import_source(source)
    return store


def openai_db(path: Path) -> Path:
    """A database holding the seed-like OpenAI story (`openai_source`), at `path`."""
    with Store.open(path) as store:
        store.import_source(openai_source())
    return path


def openai_round(store: Store):
    """OpenAI's one round, as its page reads it."""
    (found,) = store.company(store.find_company("OpenAI").id).rounds
    return found
