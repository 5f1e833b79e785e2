"""Write a realistic, reproducible deal data set as a CSV the structured importer loads.

Company and investor names in several languages (accents, ligatures, Polish and Nordic letters),
rounds, stakes, partnerships and metrics spread over 30 years. The same seed gives the same file.

    python bench/make_dataset.py --companies 1000000 --out bench/data/deals-1m.csv
    python bench/make_dataset.py --companies 1000000 --stakes-only --out bench/data/stakes-1m.csv

`--companies N` is the number of distinct names (companies and investors, 9 to 1); there is one row
per name (`--rows` to change it), so every name appears at least once when rows >= names.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from pathlib import Path

from ai_deals.store.names import normalize_name, squeezed

COLUMNS = [
    "company",
    "investor",
    "kind",
    "amount",
    "currency",
    "bound",
    "date",
    "round_type",
    "valuation",
    "basis",
    "tranche",
    "condition",
    "source_url",
    "source_title",
    "publisher",
    "source_date",
]

# Syllables per language: invented names that still read French, German, Polish…
SYLLABLES = {
    "fr": "bé ca lé mon ré sa ti vé no çoi gè ri lu ma ne pi qué ro ta va zé cha gne".split(),
    "de": "berg mü stein wald kö lin ha ger sch ö ä ü ß burg feld ro ka ne ri te".split(),
    "es": "ca ña mo la rí ve to sa ño ba le mi gu ar dé ro ta".split(),
    "pl": "ło wro ża krz sz cz ki mi no da ra ść ń ko li".split(),
    "nord": "bjø ha strø fjo lund sve ka æl nor ri da gå ve".split(),
    "it": "cia ro ma ti ve lo gio ne fi re tà bel".split(),
    "ja": "ka ki ku ko sa shi su to na ni ha ro mi yo ō ū".split(),
    "en": "ax on ly tri ven quant or ix el ar nex vo sol".split(),
}
SECTOR_WORDS = {
    "fr": ["Intelligence", "Données", "Systèmes", "Réseaux", "Énergie", "Santé", "Robotique"],
    "de": ["Robotik", "Datenwerk", "Systeme", "Technik", "Lösungen", "Energie"],
    "es": ["Inteligencia", "Datos", "Sistemas", "Tecnología", "Energía"],
    "pl": ["Technologie", "Dane", "Systemy", "Robotyka"],
    "nord": ["Data", "Teknologi", "Systemer", "Energi"],
    "it": ["Intelligenza", "Dati", "Sistemi", "Tecnologia"],
    "ja": ["Tech", "AI", "Robotics", "Systems"],
    "en": ["AI", "Labs", "Robotics", "Systems", "Analytics", "Compute", "Cloud", "Dynamics"],
}
LEGAL = {
    "fr": ["SA", "SAS", ""],
    "de": ["GmbH", "AG", ""],
    "es": ["SL", "SA", ""],
    "pl": ["sp. z o.o.", ""],
    "nord": ["AB", "AS", ""],
    "it": ["S.p.A.", "S.r.l.", ""],
    "ja": ["KK", ""],
    "en": ["Inc.", "Ltd", "Corp.", ""],
}
INVESTOR_WORDS = ["Capital", "Ventures", "Partners", "Invest", "Fonds", "Kapital", "Holdings", "Bank"]
ROUNDS = ["pre-seed", "seed", "series A", "series B", "series C", "series D", "growth", "IPO"]
CURRENCIES = ["USD", "USD", "USD", "EUR", "EUR", "GBP", "CHF", "JPY"]
PUBLISHERS = ["Keystone-SDA ATS", "Reuters", "AFP", "Les Échos", "Handelsblatt", "Nikkei"]
# Invented words a spreadsheet reader rightly takes for "no value".
NOT_NAMES = {"none", "null", "na", "nan", "unknown", "undisclosed"}
PARTNERSHIP_KINDS = ["compute", "cloud", "commercial", "research"]


def invented_word(rng: random.Random, language: str) -> str:
    syllables = SYLLABLES[language]
    word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
    return word[:1].upper() + word[1:]


def company_name(rng: random.Random) -> str:
    language = rng.choice(list(SYLLABLES))
    parts = [invented_word(rng, language)]
    if rng.random() < 0.6:
        parts.append(rng.choice(SECTOR_WORDS[language]))
    if rng.random() < 0.2:
        parts.insert(0, invented_word(rng, language))
    legal = rng.choice(LEGAL[language])
    return " ".join(parts + ([legal] if legal else []))


def investor_name(rng: random.Random) -> str:
    language = rng.choice(list(SYLLABLES))
    return f"{invented_word(rng, language)} {rng.choice(INVESTOR_WORDS)}"


def unique_names(rng: random.Random, count: int, make, seen: set[str]) -> list[str]:
    """`count` names whose normalised forms (without their spaces, when long: what import matches)
    differ from each other and from those in `seen` (so each is its own company), added to `seen`."""
    names: list[str] = []
    while len(names) < count:
        name = make(rng)
        key = normalize_name(name)
        key = squeezed(key) or key  # "Moca Mica" and "Mocamica" are one company too ("HuggingFace")
        if key not in seen and key not in NOT_NAMES:
            seen.add(key)
            names.append(name)
    return names


def names_for(companies: int, seed: int) -> tuple[list[str], list[str]]:
    """(companies, investors): 9 to 1, reproducible from `seed`; no two of either list normalise
    alike. Investors used to be kept apart from each other only: "Kono Holdings" beside the company
    "Kono" (one key, "kono") made one company of the two on import, and "Moca Mica" beside "Mocamica"
    too: 0.5 % of 100,000 rows under the other's name."""
    rng = random.Random(seed)
    investors = max(1, companies // 10)
    seen: set[str] = set()
    return (
        unique_names(rng, companies - investors, company_name, seen),
        unique_names(rng, investors, investor_name, seen),
    )


def random_date(rng: random.Random) -> str:
    year = rng.randint(1996, 2026)
    roll = rng.random()
    if roll < 0.15:
        return str(year)
    if roll < 0.3:
        return f"{year}-{rng.randint(1, 12):02d}"
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def make_row(rng: random.Random, company: str, investor: str, kind: str, number: int) -> dict:
    date = random_date(rng)
    amount = round(rng.lognormvariate(16, 2.2), -3) + 1000
    row = dict.fromkeys(COLUMNS, "")
    row.update(company=company, kind=kind, date=date, source_date=date)
    row.update(
        source_url=f"https://news.example/{number}",
        source_title=f"{company} news",
        publisher=rng.choice(PUBLISHERS),
    )
    if kind in ("investment", "round"):
        row.update(amount=f"{amount:.0f}", currency=rng.choice(CURRENCIES), bound="exact")
        row["round_type"] = rng.choice(ROUNDS)
        if kind == "investment":
            row["investor"] = investor
        if rng.random() < 0.1:
            row.update(valuation=f"{amount * rng.randint(4, 20):.0f}", basis="post_money")
        if rng.random() < 0.02:
            row.update(tranche="first tranche", condition="subject to milestones")
    elif kind == "partnership":
        row["investor"] = investor
    else:
        row.update(amount=f"{amount:.0f}", currency="USD", bound="approx")
    return row


def write_dataset(path: Path, companies: int, rows: int, seed: int, stakes_only: bool) -> None:
    rng = random.Random(seed + 1)
    company_names, investor_names = names_for(companies, seed)
    kinds = ["investment"] * 7 + ["round", "round", "partnership", "revenue"]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for number in range(rows):
            if number < len(investor_names):
                # Every investor appears at least once, as an investor.
                company, investor = company_names[number % len(company_names)], investor_names[number]
                kind = "investment"
            else:
                company = company_names[(number - len(investor_names)) % len(company_names)]
                investor = investor_names[rng.randrange(len(investor_names))]
                kind = "investment" if stakes_only else rng.choice(kinds)
            writer.writerow(make_row(rng, company, investor, kind, number))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--companies", type=int, required=True, help="distinct names (companies + investors)")
    parser.add_argument("--rows", type=int, help="rows to write (default: one per name)")
    parser.add_argument("--stakes-only", action="store_true", help="only investment (stake) rows")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    started = time.perf_counter()
    rows = args.rows if args.rows is not None else args.companies
    write_dataset(args.out, args.companies, rows, args.seed, args.stakes_only)
    elapsed = time.perf_counter() - started
    print(f"wrote {rows:,} rows ({args.companies:,} names) to {args.out} in {elapsed:.1f} s")
    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
