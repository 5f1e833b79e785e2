"""Hand-built importer output shaped like the seed article, for store, CLI and export tests."""

from __future__ import annotations

from ai_deals.importers.models import CompanyInfo, Fact, ParsedSource

SAMPLE_TEXT = (
    "OpenAI a levé 110 milliards de dollars auprès d'Amazon, Nvidia et SoftBank. "
    "Amazon va investir 50 milliards de dollars. "
    "Microsoft s'était rapproché de la start-up dès 2016. "
    "Son chiffre d'affaires a atteint 13 milliards de dollars en 2025."
)


def sentence(text: str, words: str) -> dict:
    """The sentence/start/end of the sentence containing `words`."""
    start = text.index(words)
    start = text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0
    end = text.find(". ", start)
    end = len(text) if end < 0 else end + 1
    return {"sentence": text[start:end], "start": start, "end": end}


def make_source(
    title: str = "OpenAI lève 110 milliards", text: str = SAMPLE_TEXT, **overrides
) -> ParsedSource:
    facts = [
        Fact(
            kind="round",
            company="OpenAI",
            investors=["Amazon", "Nvidia", "SoftBank"],
            amount=110e9,
            currency="USD",
            bound="exact",
            date="2026-02-27",
            date_precision="day",
            status="announced",
            **sentence(text, "110 milliards"),
        ),
        Fact(
            kind="valuation",
            company="OpenAI",
            amount=730e9,
            currency="USD",
            bound="exact",
            basis="post_money",
            date="2026-02-27",
            date_precision="day",
            **sentence(text, "110 milliards"),
        ),
        Fact(
            kind="investment",
            company="OpenAI",
            investor="Amazon",
            amount=50e9,
            currency="USD",
            bound="exact",
            date="2026-02-27",
            date_precision="day",
            status="conditional",
            tranche="première tranche de 15 milliards de dollars",
            condition="une fois certaines conditions remplies",
            tranches=[{"label": "first", "amount": 15e9, "currency": "USD"}],
            **sentence(text, "50 milliards"),
        ),
        Fact(
            kind="partnership",
            company="Microsoft",
            partner="OpenAI",
            partnership_kind="compute",
            date="2016",
            date_precision="year",
            **sentence(text, "dès 2016"),
        ),
        Fact(
            kind="revenue",
            company="OpenAI",
            amount=13e9,
            currency="USD",
            bound="exact",
            date="2025",
            date_precision="year",
            **sentence(text, "13 milliards"),
        ),
    ]
    companies = [
        CompanyInfo(name="OpenAI", country="US", city="San Francisco", aliases=["le créateur de ChatGPT"]),
        CompanyInfo(name="Amazon", country="US", investor_kind="corporate"),
        CompanyInfo(name="Microsoft", country="US", city="Redmond", aliases=["le groupe de Redmond"]),
    ]
    values = {
        "title": title,
        "text": text,
        "published": "2026-02-27",
        "language": "fr",
        "publisher": "Keystone-SDA ATS",
        "facts": facts,
        "companies": companies,
    }
    values.update(overrides)
    return ParsedSource(**values)


def one_stake(
    investor: str,
    company: str = "OpenAI",
    *,
    title: str = "Other",
    amount: float = 1e9,
    date: str | None = None,
) -> ParsedSource:
    """A one-sentence story: `investor` puts `amount` dollars into `company`."""
    text = f"{investor} investit {amount / 1e9:g} milliard(s) de dollars dans {company}."
    precision = "year" if date and len(date) == 4 else None
    fact = Fact(
        kind="investment",
        company=company,
        investor=investor,
        amount=amount,
        currency="USD",
        date=date,
        date_precision=precision,
        sentence=text,
        start=0,
        end=len(text),
    )
    return ParsedSource(title=title, text=text, facts=[fact])


def investments_article(pairs: list[tuple[str, str]], title: str) -> ParsedSource:
    """One sentence per (investor, company) pair, "INVESTOR invests in COMPANY.", each a $1M investment
    cited to its sentence: an article naming as many companies as a test needs."""
    sentences = [f"{investor} invests in {company}." for investor, company in pairs]
    facts, start = [], 0
    for (investor, company), said in zip(pairs, sentences, strict=True):
        facts.append(
            Fact(
                kind="investment",
                company=company,
                investor=investor,
                amount=1e6,
                currency="USD",
                sentence=said,
                start=start,
                end=start + len(said),
            )
        )
        start += len(said) + 1
    return ParsedSource(title=title, text=" ".join(sentences), facts=facts)


def import_deal_file(store, path, header: str = ""):
    """Import the deal file at `path` into `store` as `ai-deals import` would, without the console."""
    from ai_deals.importers import structured
    from ai_deals.store.bulk import DealFile, file_hash

    return store.import_deal_file(
        DealFile(path=path, header=header, content_hash=file_hash(path)),
        structured.iter_deal_facts(path),
        skip_bad_rows=False,
        is_error=lambda item: isinstance(item, structured.RowError),
    )
