"""Deal rows from CSV, TSV, JSON and NDJSON files, validated one at a time and turned into facts.

Files are streamed: one row is in memory at a time, whatever the file's size. A row that cannot be
read becomes a `RowError` ("file:line: column: problem"); the caller decides whether the file is
refused (the default) or its good rows kept.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import Literal, TextIO, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import cells, exported
from .controls import escaped_surrogates
from .errors import InputError
from .fact_records import CompanyRecord, FactRecord
from .json_stream import (
    DuplicateKey,
    NotDealData,
    WrittenNumber,
    decode_json,
    iter_json_items,
    json_message,
    read_chunks,
)
from .models import (
    IN_TALKS,
    NOT_RAISED_YET,
    PLANNED,
    CitedSentence,
    CompanyInfo,
    EntityKind,
    Fact,
    InvestorKind,
    ReviewStatus,
    StakeStatus,
    Tranche,
)
from .reading import DateOrder, describe_os_error, is_year_last, only_order, reads_both_ways, sniff_encoding
from .traded_stakes import STAKE_BOUGHT_TYPES, STAKE_SOLD_TYPES, traded_kind

STRUCTURED_SUFFIXES = (".csv", ".tsv", ".json", ".ndjson", ".jsonl")
ROW = "row"  # The column named in errors about a whole row rather than one cell.
_SAMPLE_BYTES = 64 * 1024

DealKind = Literal[
    "investment",
    "round",
    "valuation",
    "acquisition",
    "partnership",
    "revenue",
    "metric",
    "projection",
    "statement",
    "company",  # an export's rows only: a statement's words, a company's details
]


class DealRow(BaseModel):
    """One validated deal record: a stake, a round, a valuation, an acquisition, a partnership…"""

    model_config = ConfigDict(extra="forbid")

    company: str
    investors: list[str] = Field(default_factory=list)
    lead_investors: list[str] = Field(default_factory=list)
    kind: DealKind
    amount: float | None = None
    currency: str | None = None
    bound: Literal["exact", "approx", "minimum", "maximum", "range"] | None = None
    amount_max: float | None = None
    date: str | None = None
    round_type: str | None = None
    valuation: float | None = None
    valuation_currency: str | None = None
    basis: Literal["post_money", "pre_money"] | None = None
    tranche: str | None = None
    condition: str | None = None
    percentage: float | None = None
    # "~8%", "≥10%": how precisely the share is stated (a sign in the percentage cell, or its own column).
    percentage_bound: Literal["exact", "approx", "minimum", "maximum"] | None = None
    source_url: str | None = None
    source_title: str | None = None
    source_publisher: str | None = None
    source_date: str | None = None
    country: str | None = None
    city: str | None = None
    investor_kind: InvestorKind | None = None
    metric: str | None = None
    unit: str | None = None
    partnership_kind: str | None = None
    status: StakeStatus | None = None
    # Only an ai-deals export carries these (importers/exported.py reads them).
    until: str | None = None
    description: str | None = None
    text: str | None = None
    tranches: list[Tranche] = Field(default_factory=list)
    review_status: ReviewStatus | None = None
    edited_from: dict | None = None
    more_evidence: list[CitedSentence] = Field(default_factory=list)
    entity: EntityKind | None = None
    sector: str | None = None
    aliases: list[str] = Field(default_factory=list)
    equivalent_amount: float | None = None
    equivalent_currency: str | None = None
    in_round: bool | None = None
    source_corrects: bool | None = None
    recalled: bool | None = None
    # An investors cell saying no investor is named ("Undisclosed", "n/a"), as written: read as no
    # investor, which the import says once for the file (not a bad row: the round is still one).
    investors_unstated: str | None = None

    @property
    def investor(self) -> str | None:
        """The investor, when the row names exactly one."""
        return self.investors[0] if len(self.investors) == 1 else None


@dataclass(frozen=True)
class RowError:
    """A row that cannot be imported: `str()` is "path:line: column: problem", or "path: item 3:
    column: problem" for an item of a JSON list its line does not tell apart (a list on one line)."""

    path: str
    line: int
    column: str
    problem: str
    item: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.item is None else f"{self.path}: item {self.item}"
        return f"{where}: {self.column}: {self.problem}"


@dataclass(frozen=True)
class SkippedRow:
    """A row of a record type a deal file cannot hold (an export's statement): skipped, not bad."""

    path: str
    line: int
    record_type: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: skipped: a deal file holds no {self.record_type}s"


# Not frozen: a frozen dataclass sets each field through `object.__setattr__` (~1 µs a row more, a
# million times); nothing changes these after they are made.
@dataclass(slots=True)
class DealRecord:
    """A valid row with where it came from: its first physical line and its source text."""

    line: int
    raw: str
    row: DealRow
    sentence: str | None = None
    """An export's row: the evidence its record was first read from (`exported.evidence_text`),
    which its facts keep instead of the row; None: the row itself is the evidence."""
    item: int | None = None
    """A JSON list's item its line does not tell apart (a list written on one line): its number in the
    list, from 1, as a bad item's error names it ("deals.json: item 3"); None: the line does."""

    @property
    def evidence(self) -> str:
        """What the row's facts keep as their evidence sentence."""
        return self.raw if self.sentence is None else self.sentence

    @property
    def evidence_line(self) -> int:
        """Where the row's facts say it is (`Fact.line`): its line, or minus its item number when its
        line does not tell it apart (`item`)."""
        return self.line if self.item is None else -self.item


# --- Columns -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """What a column means: a `DealRow` field, values implied by the column's name, and the scale its
    header states for an amount ("Deal Size (USD M)": a cell of 45 is 45,000,000)."""

    field: str
    implied: tuple[tuple[str, str], ...] = ()
    scale: float = 1.0
    # A bare number from this one up is read as written in full, not in `scale` (0: none is): set for
    # PitchBook's bare "Deal Size", whose unit is millions though its header does not say so.
    in_full_from: float = 0.0

    def describe(self) -> str:
        """ "amount", "amount (currency=USD)" or "amount (currency=USD, in millions)"."""
        extra = [f"{name}={value}" for name, value in self.implied]
        if self.scale != 1.0:
            extra.append(f"in {_SCALE_NAMES.get(self.scale, f'units of {self.scale:,.0f}')}")
        if self.in_full_from:
            extra[-1] += f" as PitchBook's; {self.in_full_from:,.0f} or more as written"
        field = _FIELD_NAMES.get(self.field, self.field)
        return f"{field} ({', '.join(extra)})" if extra else field


_SCALE_NAMES = {1e3: "thousands", 1e6: "millions", 1e9: "billions", 1e12: "trillions"}
# A column read as no single `DealRow` field: each of its cells is one of two (`_deal_type_cell`).
DEAL_TYPE = "deal_type"
_FIELD_NAMES = {DEAL_TYPE: "kind, or round_type when a cell names no kind"}


def _targets(field_name: str, *names: str, **implied: str) -> dict[str, Target]:
    return dict.fromkeys(names, Target(field_name, tuple(implied.items())))


# PitchBook writes "Deal Size" and "Post Valuation" in millions without saying so in the header: a
# bare 18 is €18M, not €18 (qa32 #9). A figure written in full in such a column (a file of our own,
# 80000000) is told apart by its size: no round raised 100 billion, no private company is valued at
# a trillion, so a number that large in millions can only be written in full.
_PITCHBOOK_DEAL_SIZE = Target("amount", scale=1e6, in_full_from=1e5)
_PITCHBOOK_POST_VALUATION = Target("valuation", (("basis", "post_money"),), scale=1e6, in_full_from=1e6)


_USD = {"currency": "USD"}
COLUMNS: dict[str, Target] = {
    **_targets("company", "company", "company_name", "organization_name", "organisation_name", "org",
               "org_name", "organization", "organisation", "name", "startup", "investee", "acquiree_name",
               "acquired_company", "target", "companies"),
    **_targets("investors", "investor", "investors", "investor_name", "investor_names", "backer", "backers",
               "acquirer", "acquirer_name", "partner", "partner_name", "partners"),
    **_targets("lead_investors", "lead_investor", "lead_investors", "lead_investor_name", "lead_investor_names",
               "lead", "leads"),
    # PitchBook names a round's leads, or its one investor, "Lead/Sole Investors".
    **_targets("lead_investors", "lead/sole_investors", "lead/sole_investor", "lead_sole_investors"),
    **_targets("kind", "kind", "type", "record_type", "fact_kind"),
    # PitchBook's "Deal Type" holds a round's stage ("Series A", "Early Stage VC"); a file of our own may
    # hold a kind there ("round", "acquisition"): each cell is read as either (`_deal_type_cell`).
    **_targets(DEAL_TYPE, "deal_type"),
    **_targets("amount", "amount", "raised_amount", "money_raised", "amount_raised", "raised",
               "investment_amount", "stake_amount", "price", "price_amount"),
    # A deal's or round's size is what it raised (PitchBook-style "Deal Size (USD M)").
    **_targets("amount", "round_size", "deal_value"),
    "deal_size": _PITCHBOOK_DEAL_SIZE,
    # Crunchbase writes an amount in USD as "Money Raised (in USD)" beside "Money Raised", and that
    # amount's currency as "Money Raised Currency" (older exports: "raised_amount_currency_code").
    **_targets("amount", "raised_amount_usd", "money_raised_usd", "amount_usd", "price_usd",
               "investment_amount_usd", "raised_amount_in_usd", "money_raised_in_usd", "amount_in_usd",
               "price_in_usd", "investment_amount_in_usd", **_USD),
    **_targets("currency", "currency", "currency_code", "raised_amount_currency_code",
               "money_raised_currency_code", "raised_currency_code", "price_currency_code", "amount_currency",
               "amount_currency_code", "raised_amount_currency", "money_raised_currency", "raised_currency",
               "price_currency", "investment_amount_currency", "investment_amount_currency_code",
               "deal_size_currency", "deal_size_currency_code"),
    **_targets("bound", "bound", "amount_bound"),
    **_targets("amount_max", "amount_max", "max_amount", "amount_high"),
    **_targets("date", "date", "funded_at", "funded_on", "announced_on", "announced_at", "announced_date",
               "deal_date", "closed_on", "acquired_at", "acquired_on", "investment_date"),
    **_targets("round_type", "round_type", "funding_round_type", "investment_type", "round", "series",
               "stage", "funding_type"),
    **_targets("valuation", "valuation", "valuation_amount"),
    **_targets("valuation", "post_money_valuation", basis="post_money"),
    "post_valuation": _PITCHBOOK_POST_VALUATION,
    **_targets("valuation", "pre_money_valuation", "pre_valuation", basis="pre_money"),
    **_targets("valuation", "valuation_usd", "valuation_in_usd", valuation_currency="USD"),
    **_targets("valuation", "post_money_valuation_usd", "post_money_valuation_in_usd", valuation_currency="USD",
               basis="post_money"),
    **_targets("valuation", "pre_money_valuation_usd", "pre_money_valuation_in_usd", valuation_currency="USD",
               basis="pre_money"),
    **_targets("valuation_currency", "valuation_currency", "post_money_valuation_currency_code",
               "valuation_currency_code", "post_money_valuation_currency", "pre_money_valuation_currency",
               "pre_money_valuation_currency_code", "post_valuation_currency", "pre_valuation_currency"),
    # Not "total_funding_amount" (nor its currency or USD columns): in a Crunchbase funding-round
    # export it is the company's total to date, not what the row's round raised.
    **_targets("basis", "basis", "valuation_basis"),
    **_targets("tranche", "tranche"),
    **_targets("condition", "condition", "conditions"),
    **_targets("percentage", "percentage", "percent", "stake", "stake_percent", "equity_percent", "share"),
    **_targets("percentage_bound", "percentage_bound", "share_bound", "stake_bound"),
    **_targets("source_url", "source_url", "url", "source", "link", "cb_url"),
    **_targets("source_title", "source_title", "title", "headline"),
    **_targets("source_publisher", "source_publisher", "publisher"),
    **_targets("source_date", "source_date", "published", "published_at", "published_on"),
    **_targets("country", "country", "country_code", "company_country", "company_country_code"),
    **_targets("city", "city", "company_city"),
    **_targets("investor_kind", "investor_kind", "investor_type", "investor_category"),
    **_targets("metric", "metric", "metric_name"),
    **_targets("unit", "unit"),
    **_targets("partnership_kind", "partnership_kind", "partnership_type"),
    **_targets("status", "status", "deal_status"),
    # French spreadsheets.
    **_targets("company", "société", "societe", "entreprise", "start_up"),
    **_targets("investors", "investisseur", "investisseurs", "partenaire"),
    **_targets("amount", "montant"),
    **_targets("currency", "devise", "monnaie"),
    **_targets("round_type", "tour", "série", "serie"),
    **_targets("valuation", "valorisation"),
    **_targets("city", "ville"),
    **_targets("country", "pays"),
}  # fmt: skip


def _column_key(name: str) -> str:
    """A header cell as looked up in `COLUMNS`: lower case, spaces, dashes and brackets as underscores
    ("Money Raised (in USD)" is "money_raised_in_usd")."""
    spaced = name.replace("\ufeff", "").strip().lower().translate(_KEY_SEPARATORS)
    return "_".join(spaced.split())


_KEY_SEPARATORS = str.maketrans("-()", "   ")


@lru_cache(maxsize=4096)
def column_target(name: str) -> Target | None:
    """What a header cell is understood as, or None when it is ignored: a known name, else a vendor's
    spelling of one (`_vendor_target`: "HQ Country", "Deal Size (USD M)")."""
    key = _column_key(name)
    if key in _PLAIN_UNLESS_PITCHBOOK and name.replace("\ufeff", "").strip() not in _PITCHBOOK_SPELLINGS:
        return _PLAIN_UNLESS_PITCHBOOK[key]
    return COLUMNS.get(key) or _vendor_target(name)


# Millions only as PitchBook spells its columns: a file of one's own with a "deal_size" or "deal size" of
# 50000 means $50k, not $50B (review33), as that column meant before PitchBook's files were read.
_PITCHBOOK_SPELLINGS = frozenset({"Deal Size", "Post Valuation"})
_PLAIN_UNLESS_PITCHBOOK = {
    "deal_size": Target("amount"),
    "post_valuation": Target("valuation", (("basis", "post_money"),)),
}


def why_ignored(name: str) -> str | None:
    """Why an ignored column's values are not stored, for a column a reader may think is read: a fund's
    limited partners ("LPs", "Limited Partners", "LP Commitments") are no investors of a company's deal,
    and the store keeps no fund's backers. None for any other column (known or ignored)."""
    words = _column_key(name).split("_")
    if "lp" in words or "lps" in words or ("limited" in words and any(w.startswith("partner") for w in words)):
        return "a fund's limited partners are not stored"
    return None


# --- Vendors' spellings of a known column ---------------------------------------------------------

# Words a vendor puts before a known column name without changing what it names: whose figure it is
# ("HQ Country", "Funding Stage", "Deal Date") or that the cell lists them all ("All Investors"). Any
# other word may change it ("Total Funding Amount" is the company's total, "Number of Investors" a
# count, "Founded Date" no deal's, "Investor Country" not the company's): such a column stays ignored.
_QUALIFIERS = frozenset(
    ("all", "full", "hq", "headquarters", "main", "primary", "funding", "financing", "deal", "round",
     "announcement", "announced")
)  # fmt: skip
# Only columns whose cells are free names, places, figures or dates take qualifiers: a coded column
# ("Funding Status" is Crunchbase's "IPO", "M&A"…, no deal status) keeps its exact names. A source's
# generic names do not either: "Funding Source" holds "Venture Capital", "Deal Title" the deal's name.
_QUALIFIED_FIELDS = frozenset(
    ("investors", "lead_investors", "round_type", "amount", "currency", "date", "valuation", "country",
     "city")
)  # fmt: skip
# A price qualified is no amount raised ("Deal Price", "Round Price": a share's price); only "Price"
# itself (Crunchbase's acquisition price) is.
_UNQUALIFIED_NAMES = frozenset(("price", "price_amount"))
# A main investor is the round's lead ("Main Investor", "Primary Investor").
_LEAD_QUALIFIERS = frozenset(("main", "primary"))
_PLURAL_MARK = re.compile(r"\(s\)", re.IGNORECASE)  # "Lead Investor(s)"


def _vendor_target(name: str) -> Target | None:
    """A header that is a known column name with qualifying words before it ("All Investors",
    "Startup Name") and, for an amount, the unit its cells are in ("Amount (EUR millions)",
    "Deal Size (USD M)", "Raised ($M)", "Amount in millions"); None for any other."""
    base, scale, currency = _header_unit(name)
    target = _qualified_target(base)
    if target is None or (scale == 1.0 and currency is None):
        return target
    if target.field not in _AMOUNT_CURRENCY:  # "Stake (%)", "Date (UTC)": no unit of money
        return None
    implied = dict(target.implied)
    if currency is not None and implied.setdefault(_AMOUNT_CURRENCY[target.field], currency) != currency:
        return None  # "Amount in USD (EUR)": which one?
    if scale == 1.0:  # "Deal Size (EUR)": PitchBook's unit still, only the currency is stated
        return Target(target.field, tuple(implied.items()), target.scale, target.in_full_from)
    return Target(target.field, tuple(implied.items()), scale)  # the header's unit, not PitchBook's


def _qualified_target(text: str) -> Target | None:
    """The target of a known name, or of the longest known name ending `text` whose words before it
    are other names of the same field ("Startup Name") or, for a field of `_QUALIFIED_FIELDS`,
    qualifiers (`_QUALIFIERS`): "Deal Name" is no company, its name a deal's."""
    key = _column_key(_PLURAL_MARK.sub("", text))
    if (target := COLUMNS.get(key)) is not None:
        return target
    words = key.split("_")
    for start in range(1, len(words)):
        name = "_".join(words[start:])
        target = COLUMNS.get(name)
        if target is None:
            continue
        before = [word for word in words[:start] if getattr(COLUMNS.get(word), "field", None) != target.field]
        if not before:
            return target
        qualified = target.field in _QUALIFIED_FIELDS and name not in _UNQUALIFIED_NAMES
        if not qualified or not all(word in _QUALIFIERS for word in before):
            return None
        if target.field == "investors" and _LEAD_QUALIFIERS.intersection(before):
            return COLUMNS["lead_investors"]
        return target
    return None


# A unit in brackets closing a header ("Deal Size (USD M)"), searched for at the end (possessive runs): a
# `(.*)` prefix matched over a long header backtracked at every length.
_UNIT_IN_BRACKETS = re.compile(r"[\s,]*+[(\[]([^()\[\]]*+)[)\]]\s*+\Z")
_UNIT_TOKENS = re.compile(r"[$€£¥]|[^\s$€£¥,/]+")
_HEADER_SCALES = {"mm": 1e6, "thousand": 1e3, "thousands": 1e3}  # besides the cells' ("M", "bn")


def _header_unit(name: str) -> tuple[str, float, str | None]:
    """A header without the unit it states of its cells, with that unit's scale and currency:
    "Deal Size (USD M)" is ("Deal Size", 1e6, "USD"), "Amount in millions" ("Amount", 1e6, None); a
    header stating none is itself, 1.0, None."""
    text = name.replace("\ufeff", "").strip()
    if (match := _UNIT_IN_BRACKETS.search(text)) and match.start() and (unit := _unit_words(match[1])):
        return text[: match.start()], *unit
    words = text.replace(",", " ").split()  # "Amount, EUR M"
    for cut in range(1, len(words)):  # the longest unit first; unbracketed, it says "in" or a currency
        unit = _unit_words(" ".join(words[cut:]))
        if unit is not None and (words[cut].lower() == "in" or unit[1] is not None):
            return " ".join(words[:cut]), *unit
    return text, 1.0, None


def _unit_words(text: str) -> tuple[float, str | None] | None:
    """The scale and currency a unit states ("USD M", "EUR millions", "$M", "in millions", "USDm"),
    None when a word of it is neither (or it states nothing)."""
    scale, currency = 1.0, None
    for token in _UNIT_TOKENS.findall(text.lower()):
        if token == "in":
            continue
        glued = (token[:3], token[3:]) if len(token) > 3 else (token, "")  # "usdm": USD, millions
        for word in glued if glued[1] and cells.currency_of(glued[0]) else (token,):
            if scale == 1.0 and (found := _HEADER_SCALES.get(word) or cells.scale_of(word)):
                scale = found
            elif currency is None and (code := cells.currency_of(word)):
                currency = code
            else:
                return None
    return (scale, currency) if scale != 1.0 or currency is not None else None


# A Crunchbase "<column> Currency" is the currency of "<column>" (`_orphan_currencies`).
_CURRENCY_OF = {"currency": "amount", "valuation_currency": "valuation"}


def _orphan_currencies(names: Iterable[str]) -> set[str]:
    """The currency columns ("Money Raised Currency") of a plain column ("Money Raised") absent from the
    file, whose field only a column in USD ("Money Raised (in USD)") gives: they describe no amount
    there, so a EUR round's USD figure is no contradiction."""
    names = list(names)
    keys = {_column_key(name) for name in names}
    targets = {name: target for name in names if (target := column_target(name)) is not None}
    orphans = set()
    for name, target in targets.items():
        field = _CURRENCY_OF.get(target.field)
        base = _column_key(name).removesuffix("_code").removesuffix("_currency")
        plain = COLUMNS.get(base)
        if field is None or plain is None or plain.field != field or base in keys:
            continue
        in_usd = [_implies(other, target.field) for other in targets.values() if other.field == field]
        if not _implies(plain, target.field) and in_usd and all(in_usd):
            orphans.add(name)
    return orphans


def _implies(target: Target, field: str) -> bool:
    """Whether a column's name implies `field` ("Money Raised (in USD)" implies the currency)."""
    return any(name == field for name, _value in target.implied)


def describe_columns(header: list[str]) -> list[tuple[str, str | None]]:
    """Each header cell with what it is understood as ("amount (currency=USD)"), None when ignored;
    an ai-deals export's columns as the export's rows are read (see `exported`)."""
    if exported.is_export(header):
        return [(name, exported.describe(name)) for name in header]
    ignored = _orphan_currencies(header)
    return [
        (name, target.describe() if (target := column_target(name)) and name not in ignored else None)
        for name in header
    ]


# --- Cells to a row ------------------------------------------------------------------------------

_KINDS = {
    **dict.fromkeys(
        ("investment", "stake", "equity", "invest", "investissement", "participation"), "investment"
    ),
    **dict.fromkeys(
        ("round", "funding round", "funding", "raise", "fundraising", "levée", "tour de table"), "round"
    ),
    **dict.fromkeys(("valuation", "valorisation"), "valuation"),
    # PitchBook's deal types of a company bought: "Merger/Acquisition", "Buyout/LBO".
    **dict.fromkeys(("acquisition", "merger", "m&a", "buyout", "rachat", "merger/acquisition", "buyout/lbo", "lbo"),
                    "acquisition"),
    **dict.fromkeys(("partnership", "agreement", "partenariat", "accord"), "partnership"),
    **dict.fromkeys(("revenue", "chiffre d'affaires"), "revenue"),
    **dict.fromkeys(("metric",), "metric"),
    **dict.fromkeys(("projection", "forecast"), "projection"),
}
_BOUNDS = {
    **dict.fromkeys(("exact", "="), "exact"),
    **dict.fromkeys(("approx", "approximate", "about", "around", "environ", "~"), "approx"),
    **dict.fromkeys(("minimum", "min", "at least", "more than", "plus de", ">", ">="), "minimum"),
    **dict.fromkeys(("maximum", "max", "up to", "jusqu'à", "<", "<="), "maximum"),
    **dict.fromkeys(("range", "between", "entre"), "range"),
}
# A share's bound column takes the words of an amount's, less "range" (a share is one number). Not
# `cells.TYPED_BOUND_SIGNS`: these name a bound in a cell of its own, and ≈ ≥ ≤ were never among them.
_SHARE_BOUNDS = {word: bound for word, bound in _BOUNDS.items() if bound != "range"}
_BASES = {
    **dict.fromkeys(("post money", "post", "postmoney", "post_money"), "post_money"),
    **dict.fromkeys(("pre money", "pre", "premoney", "pre_money"), "pre_money"),
}
_INVESTOR_KINDS = {
    **dict.fromkeys(("corporate", "cvc", "corporate venture capital", "company", "strategic"), "corporate"),
    **dict.fromkeys(("venture fund", "venture capital", "vc", "venture", "private equity", "pe", "fund",
                     "venture_fund"), "venture_fund"),
    **dict.fromkeys(("sovereign", "sovereign wealth fund", "swf", "government", "state"), "sovereign"),
    **dict.fromkeys(("person", "individual", "angel", "business angel"), "person"),
    **dict.fromkeys(("bank", "investment bank"), "bank"),
    **dict.fromkeys(("unknown",), "unknown"),
}  # fmt: skip

# A status cell's words, the store's own first. A raise reported but not announced ("Rumored") or still negotiated
# is in talks; one sought or scheduled is planned: both told, not raised (models.NOT_RAISED_YET), and a valuation
# on such a row is that raise's, never a round made's (`_valuation_fact`). "Announced" is a deal told as made.
_STATUSES = {
    **{status: status for status in get_args(StakeStatus)},
    **dict.fromkeys(("talks", "rumored", "rumoured", "rumor", "rumour", "negotiating", "in negotiation",
                     "in negotiations", "in discussions", "en discussion", "en discussions", "en négociation",
                     "en negociation", "en pourparlers", "rumeur"), IN_TALKS),
    **dict.fromkeys(("plan", "seeking", "upcoming", "prévu", "prévue", "prevu", "prevue", "envisagé",
                     "envisagée", "en projet"), PLANNED),
    **dict.fromkeys(("closed", "complete", "done", "finalisé", "finalisée", "réalisé", "réalisée"), "completed"),
    **dict.fromkeys(("annoncé", "annoncée"), "announced"),
}  # fmt: skip

_AMOUNT_CURRENCY = {"amount": "currency", "amount_max": "currency", "valuation": "valuation_currency"}
# What a cell states beside its value, and the field it goes to: an amount's currency ("$5M"), a
# share's bound ("~8%"), an investor named by no name beside those named ("Accel; Undisclosed").
_STATED_BESIDE = {**_AMOUNT_CURRENCY, "percentage": "percentage_bound", "investors": "investors_unstated"}


def deal_kind(value: object) -> str | None:
    """A kind cell as the deal kind it names ("funding", "levée": round; "stake": investment); ValueError
    for a word no kind is spelled as."""
    return cells.choice(value, _KINDS, "kind")


_CONVERTERS: dict[str, Callable[[object], object]] = {
    "company": cells.clean_name,
    "investors": cells.split_names,
    "lead_investors": lambda value: _lead_cell(value),
    "kind": lambda value: deal_kind(value),
    DEAL_TYPE: lambda value: _deal_type_cell(value),
    "bound": lambda value: cells.choice(value, _BOUNDS, "bound"),
    "basis": lambda value: cells.choice(value, _BASES, "basis"),
    "investor_kind": lambda value: cells.choice(value, _INVESTOR_KINDS, "investor kind"),
    "status": lambda value: cells.choice(value, _STATUSES, "status"),
    "currency": cells.parse_currency,
    "valuation_currency": cells.parse_currency,
    "date": cells.parse_partial_date,
    "source_date": cells.parse_partial_date,
    "round_type": cells.parse_round_type,
    "percentage": cells.parse_percentage,  # read with its bound ("~8%") by `_CellReader._read`
    "percentage_bound": lambda value: cells.choice(value, _SHARE_BOUNDS, "percentage bound"),
}


_KIND_NAMES = frozenset(_KINDS.values())


def _deal_type_cell(value: object) -> str | None:
    """A "Deal Type" cell: the kind it names ("round", "acquisition"), else the round type it is
    (PitchBook's "Series A", "Later Stage VC", "Secondary Transaction - Private")."""
    try:
        return deal_kind(value)
    except ValueError:
        return cells.parse_round_type(value)


def _place_deal_type(values: dict, columns: dict) -> None:
    """Move a "Deal Type" cell's value to the field it is: the kind when it names one (see
    `_deal_type_cell`), else the round type; a kind or round type column's own cell is kept first."""
    value, column = values.pop(DEAL_TYPE), columns.pop(DEAL_TYPE)
    field = "kind" if value in _KIND_NAMES else "round_type"
    if field not in values:
        values[field], columns[field] = value, column


# A lead-investor cell that is a flag (Crunchbase-style exports: "lead_investor" = yes) rather than a name.
_LEAD_FLAGS = {
    **dict.fromkeys(("yes", "y", "true", "1", "x", "oui", "✓", "✔"), True),
    **dict.fromkeys(("no", "n", "false", "0", "non"), False),
}
LEAD = "lead"  # what a yes flag converts to: the row's own investors are its leads


def _is_lead_flag(value: object) -> bool:
    """Whether a lead-investor cell is a yes/no flag rather than a name."""
    if isinstance(value, bool) or (isinstance(value, int | float) and value in (0, 1)):
        return True
    return isinstance(value, str) and value.strip().lower() in _LEAD_FLAGS


def _lead_cell(value: object) -> object:
    """The leads a cell names, `LEAD` for a yes flag (the row's investors lead), [] for a no flag."""
    if isinstance(value, bool) or (isinstance(value, int | float) and value in (0, 1)):
        return LEAD if value else []
    flag = _LEAD_FLAGS.get(value.strip().lower()) if isinstance(value, str) else None
    if flag is not None:
        return LEAD if flag else []
    return cells.split_names(value)


class _CellError(Exception):
    """A cell that failed conversion: the column to blame and why."""

    def __init__(self, column: str, problem: str) -> None:
        super().__init__(problem)
        self.column, self.problem = column, problem


# Fields whose cells repeat across a million rows (currencies, kinds, dates, investors): their distinct
# cells are remembered with their conversion, up to a bound so memory stays flat whatever the file.
_REPEATING_FIELDS = frozenset(
    ("investors", "lead_investors", "kind", DEAL_TYPE, "currency", "bound", "date", "round_type", "valuation_currency",
     "basis", "status", "source_publisher", "source_date", "country", "city", "investor_kind", "percentage")
)  # fmt: skip
_CACHED_CELLS = 16_384
_MISSING_CELL = (None, None, None)  # (value, stated currency, problem) of a cell that states nothing


_NOT_ONE_NAME = re.compile("[,;|{\"']")  # what makes `cells.split_names` split or strip a cell


def _stated_text(value: str) -> str | None:
    """The text a cell states, spaces squeezed as `cells.clean_text` does; None when blank, one of the
    missing words ("n/a") or too long (left to the general path, which says why).

    The same test as `cells.is_missing`: a cell is missing when stripped and lowered it is one of the
    missing words, none of which has a space inside, so the squeezed text is checked the same."""
    text = " ".join(value.split())
    if not text or len(text) > cells.MAX_NAME_LENGTH or text.lower() in cells.MISSING_WORDS:
        return None
    return text


# A date only the other order reads: what a file whose dates are all written that way is refused with.
_WRITTEN = {"dmy": "day first", "mdy": "month first"}
_READ_AS = {"dmy": "day/month", "mdy": "month/day"}


class WrongDateOrder(InputError):
    """A deal file whose numeric dates are written in the order the import was not told: some date of
    it only that order reads (12/31/2025) and none only the one told, so its ambiguous dates
    (02/03/2025) would be read the wrong way. The whole file is refused, bad rows skipped or not,
    when such dates are its way of writing dates; among mostly ISO dates, a few that only the other
    order reads are bad rows instead (`DateOrderWitness.against`), listed with the file's other
    problems in one pass."""

    def __init__(self, path: str, order: DateOrder, line: int, text: str) -> None:
        written = "mdy" if order == "dmy" else "dmy"
        super().__init__(
            path,
            f"its dates are written {_WRITTEN[written]} (line {line}: {text!r} cannot be "
            f"{_READ_AS[order]}); import it with --date-order {written}",
        )


class DateOrderWitness:
    """Where a deal file shows the order its numeric dates are written in: the first line (and date)
    only day first reads, and the first only month first reads. Each date cell is shown to it once
    per distinct text, the first time (its reader remembers cells), so the line is the first such."""

    __slots__ = ("line", "first", "year_last", "others", "ambiguous")

    def __init__(self) -> None:
        self.line = 0  # the row being read
        self.first: dict[DateOrder, tuple[int, str]] = {}
        self.year_last = 0  # distinct numeric dates with the year last ("12/31/2025")
        self.others = 0  # distinct dates written otherwise ("2025-12-31", "31 December 2025")
        self.ambiguous = 0  # distinct numeric dates both orders read, as two days ("03/02/2025")

    def see(self, value: object) -> None:
        if type(value) is not str:
            return
        if not is_year_last(value):
            self.others += bool(value.strip())
            return
        self.year_last += 1
        order = only_order(value)
        if order is None:
            self.ambiguous += reads_both_ways(value)
        elif order not in self.first:
            self.first[order] = (self.line, value.strip())

    def against(self, order: DateOrder) -> tuple[int, str] | None:
        """The first (line, date) proving the file is written in the other order, when none proves
        `order` and such dates are how the file writes its dates: a file with dates of both orders is
        mixed, and one whose dates are mostly written otherwise (ISO) holds a few slips; either way
        its dates only the other order reads are bad rows, not a reason to refuse it. Unless the
        slips include a date both orders read (03/02/2025), which `order` would read the wrong way:
        written data must never be wrong, so that file is refused as one written the other way."""
        if order in self.first or (self.others > self.year_last and not self.ambiguous):
            return None
        return self.first.get("mdy" if order == "dmy" else "dmy")


class _CellReader:
    """One column's conversion to its field, remembering results (and refusals) of text cells seen."""

    __slots__ = (
        "column",
        "target",
        "field",
        "implied",
        "lead",
        "remembered",
        "_convert",
        "_seen",
        "_text",
        "_names",
        "_scale",
        "_in_full_from",
    )

    def __init__(
        self,
        column: str,
        target: Target,
        date_order: DateOrder = "dmy",
        witness: DateOrderWitness | None = None,
    ) -> None:
        self.column, self.target, self.field = column, target, target.field
        self.implied, self.lead = target.implied, target.field == "lead_investors"
        self._convert = _CONVERTERS.get(target.field, cells.clean_text)
        if self._convert is cells.parse_partial_date:
            self._convert = _date_reader(date_order, witness)
        self._seen: dict[str, tuple] | None = {} if target.field in _REPEATING_FIELDS else None
        # The remembered result of a text cell, or None: `build_row` asks it before calling `read`.
        self.remembered = self._seen.get if self._seen is not None else None
        # Text cells that rarely repeat (names, URLs, titles) take `_plain_text`, not the general path;
        # investor cells, met too often to remember them all in a big file, `_one_name`.
        plain = self._convert in (cells.clean_text, cells.clean_name) and self.field not in _AMOUNT_CURRENCY
        self._text = plain and self._seen is None
        self._names = target.field == "investors"
        self._scale = target.scale  # "Deal Size (USD M)": its bare numbers are millions
        self._in_full_from = target.in_full_from

    def read(self, value: object) -> tuple:
        """(converted value or None, what the cell states beside it or None (a currency, a share's
        bound, an unnamed investor: `_STATED_BESIDE`), problem or None)."""
        if value == "":
            return _MISSING_CELL  # the most common cell of all
        if self._text and type(value) is str and (text := self._plain_text(value)) is not None:
            return text, None, None
        if self._seen is None or type(value) is not str:  # True == 1: only text cells are remembered
            return self._read(value)
        known = self._seen.get(value)
        if known is None:
            known = (self._names and self._one_name(value)) or self._read(value)
            if len(self._seen) < _CACHED_CELLS:
                self._seen[value] = known
        return known

    def _plain_text(self, value: str) -> str | None:
        """What `cells.clean_text` (or `clean_name`) makes of a cell that states a text, in one step;
        None for any other cell (blank, "n/a", too long, no letter in a name, a name holding a
        character reference to decode: "AT&amp;T"), left to `_read`."""
        if self._convert is not cells.clean_name:
            return _stated_text(value)
        if cells.may_hold_reference(value):
            return None
        text = _stated_text(cells.without_controls(value))
        if text is None or not cells.has_letter_or_digit(text):
            return None
        return text

    @staticmethod
    def _one_name(value: str) -> tuple | None:
        """What `_read` makes of an investors cell naming one investor (no separator, brace or quote:
        `cells.split_names` would find that one part and clean it as a name); None for any other."""
        if _NOT_ONE_NAME.search(value):
            return None
        text = _stated_text(cells.without_controls(value))
        if text is None or not cells.has_letter_or_digit(text) or cells.says_unnamed(text):
            return None  # "Undisclosed investors" is no name: left to `_read`
        return (text,), None, None

    def _read(self, value: object) -> tuple:
        if cells.is_missing(value):
            return _MISSING_CELL
        try:
            if self.field in _AMOUNT_CURRENCY:
                amount = cells.parse_deal_amount(value, scale=self._scale, in_full_from=self._in_full_from)
                return (*amount, None)
            if self.field == "percentage":
                return (*cells.parse_share(value), None)
            if self._names:
                return _investors_read(value)
            converted = self._convert(value)
        except ValueError as error:
            return None, None, str(error)
        if isinstance(converted, list):
            converted = tuple(converted) or None  # shared between rows, so never mutable
        return converted, None, None


def _investors_read(value: object) -> tuple:
    """`_CellReader.read` of an investors cell: its names, and beside them the part naming nobody of a
    cell that names some too ("Accel; Undisclosed"), said once for the file as a cell naming nobody
    is (`investors_unstated`)."""
    names, nobody = cells.investor_names(value)
    return (tuple(names) or None), (nobody if names else None), None


@dataclass(frozen=True)
class _Plan:
    """How to read rows with a given set of columns, worked out once per header."""

    columns: tuple[tuple[str, Target], ...]  # Understood columns, plain meanings first.
    present: dict[str, str]  # Each field's first column, to name it when its cell is empty.
    # What `build_row` needs of each column's reader, as (column, field, lead, remembered, read,
    # implied, the reader itself for the rare checks): unpacked once per cell, where ~8 attribute
    # lookups per cell cost ~2 µs a row. Required: a plan without it would read no cell.
    steps: tuple[tuple, ...]


def _date_reader(order: DateOrder, witness: DateOrderWitness | None) -> Callable[[object], str | None]:
    """A date cell's conversion in `order`, shown to the `witness` first."""
    convert = cells.parse_partial_date if order == "dmy" else partial(cells.parse_partial_date, order=order)
    if witness is None:
        return convert

    def read(value: object) -> str | None:
        witness.see(value)
        return convert(value)

    return read


def _plan(
    names: Iterable[str], date_order: DateOrder = "dmy", witness: DateOrderWitness | None = None
) -> _Plan:
    """The plan for these column names: "raised_amount" is read before "raised_amount_usd"; numeric
    dates with the year last are read in `date_order` (a date only the other order reads is refused),
    each shown to `witness` when given."""
    names = list(names)
    ignored = _orphan_currencies(names)
    understood = [
        (name, target)
        for name in names
        if (target := column_target(name)) is not None and name not in ignored
    ]
    ordered = tuple(sorted(understood, key=lambda pair: bool(pair[1].implied)))
    present: dict[str, str] = {}
    for name, target in ordered:
        present.setdefault(target.field, name)
    readers = tuple(_CellReader(name, target, date_order, witness) for name, target in ordered)
    steps = tuple((r.column, r.field, r.lead, r.remembered, r.read, r.implied, r) for r in readers)
    return _Plan(ordered, present, steps)


def build_row(
    cells_by_column: dict[str, object], plan: _Plan | None = None, lead_flags: dict[str, bool] | None = None
) -> DealRow:
    """A `DealRow` from a row's cells by column name; raises `_CellError` naming the column.

    `lead_flags` (one per file, filled as rows are read) remembers whether each lead-investor column
    is a flag column: one whose first stated cell is a yes/no flag. In a flag column, a cell that is
    not a flag ("maybe") is a bad row, not an investor of that name."""
    plan = plan or _plan(cells_by_column)
    values: dict[str, object] = {}
    columns: dict[str, str] = {}
    cell = cells_by_column.get
    for (
        column,
        field,
        lead,
        remembered,
        read,
        implied,
        reader,
    ) in plan.steps:  # once per cell of a million rows
        value = cell(column)
        if value == "":  # the commonest cell: missing, skipped first
            continue
        if field in values:
            if field in _STATED_BESIDE_FIELDS:  # a second currency or bound column, or one beside "$5M"
                _second_stated(values, columns, field, reader, value)
            continue
        if lead and lead_flags is not None and not cells.is_missing(value):
            flag = _is_lead_flag(value)
            if lead_flags.setdefault(column, flag) and not flag:
                raise _CellError(column, f"{value!r} is not a yes/no flag")
        # A remembered cell (currencies, kinds, dates, recurring investors: most cells of a big
        # file) is taken from its column's memory here, without the call to `read`; only text
        # cells are remembered (a JSON list is no key, and True == 1).
        known = remembered(value) if remembered is not None and type(value) is str else None
        converted, stated_currency, problem = known or read(value)
        if problem is not None:
            raise _CellError(column, problem)
        if stated_currency:  # or a share's bound, or an unnamed investor beside named ones
            beside = _STATED_BESIDE[field]
            if values.setdefault(beside, stated_currency) != stated_currency:
                _same_currency(values, columns, beside, reader, stated_currency)
            columns.setdefault(beside, column)
        if converted is not None:
            values[field] = list(converted) if type(converted) is tuple else converted
            columns[field] = column
            for name, implied_value in implied:
                if (
                    values.setdefault(name, implied_value) != implied_value
                ):  # compared only when both are stated
                    _overrule(values, columns, name, reader, plan)
                columns[name] = column
        elif field == "investors" and type(value) is str and (said := " ".join(value.split())):
            values.setdefault("investors_unstated", said)  # "Undisclosed": said, not silently dropped
    if DEAL_TYPE in values:
        _place_deal_type(values, columns)
    if values.get("lead_investors") == LEAD:
        values["lead_investors"] = list(values.get("investors", ()))
    _infer_kind(values, columns, plan.present)
    try:
        # The model's own validator, as `DealRow.model_validate` calls it with every option left at
        # its default, without that wrapper's keyword passing (~1 µs a row), nor `DealRow(**values)`'s.
        return _VALIDATE_ROW(values)
    except ValidationError as error:
        first = error.errors()[0]
        name = str(first["loc"][0]) if first["loc"] else ROW
        raise _CellError(columns.get(name, name), _pydantic_problem(first)) from None


_VALIDATE_ROW = DealRow.__pydantic_validator__.validate_python
_CURRENCY_FIELDS = frozenset(_AMOUNT_CURRENCY.values())
_STATED_BESIDE_FIELDS = frozenset(_STATED_BESIDE.values())


def _second_stated(values: dict, columns: dict, field: str, reader: _CellReader, value: object) -> None:
    """Check a second column of a currency or a share's bound, after the row stated one: a cell
    that is no currency or bound is refused as in the first such column, and one that differs
    from the first is refused by `_same_currency`."""
    stated, _, problem = reader.read(value)
    if problem is not None:
        raise _CellError(reader.column, problem)
    _same_currency(values, columns, field, reader, stated)


def _same_currency(values: dict, columns: dict, field: str, reader: _CellReader, currency: object) -> None:
    """Raise `_CellError` when a row states a second currency (or share's bound) for `field` that
    differs from the first ("$5M" beside a currency column saying EUR, "~8%" beside a bound column
    saying minimum): neither is dropped without a word."""
    if currency is not None and currency != values[field]:
        first = columns.get(field, field)
        what = "two currencies" if field in _CURRENCY_FIELDS else "two bounds of the share"
        raise _CellError(
            reader.column,
            f"names {what} ({values[field]} in {first} and {currency} in {reader.column}): write one",
        )


def _overrule(values: dict, columns: dict, name: str, reader: _CellReader, plan: _Plan) -> None:
    """Put what `reader`'s column name implies for `name` in place of what the row states, when that
    described another column: Crunchbase's "raised_amount_currency_code" is the currency of
    "raised_amount", so an empty "raised_amount" leaves "raised_amount_usd" in USD. Raise `_CellError`
    when the stated value can only describe this column (its own cell, or no plainer column of its
    field in the file): it contradicts the column's name."""
    stated_in = columns.get(name, name)
    if stated_in == reader.column or plan.present[reader.field] == reader.column:
        raise _CellError(reader.column, _contradicted(name, values[name], stated_in, reader))
    values[name] = dict(reader.implied)[name]


def _contradicted(name: str, stated: object, stated_in: str, reader: _CellReader) -> str:
    """The problem of a row stating `name` otherwise than `reader`'s column name implies it
    ("raised_amount_usd" holding "€5M", or beside a currency column saying EUR)."""
    implied = dict(reader.implied)[name]
    where = "the cell" if stated_in == reader.column else stated_in
    if name not in _CURRENCY_FIELDS:
        return (
            f"names two values of {name} ({stated} in {where} and {implied} by the column's name): write one"
        )
    return (
        f"names two currencies ({stated} in {where} and {implied} by the column's name): write one,"
        f" or the amount in a column without {implied} in its name"
    )


def _infer_kind(values: dict, stated: dict, present: dict) -> None:
    """The kind of a row without a kind column, from what it states; checks what each kind needs.

    A field's column is the one its value was read from in this row (`stated`), else its first
    column in the header (`present`), named when its cell is empty: looked up only where needed
    (a million rows need none), never by merging the two per row."""
    if "company" not in values:
        raise _CellError(_column_of("company", stated, present, "company"), "missing")
    if "kind" not in values:
        if _is_conditional_stake_in_a_round(values, stated, present):
            values["kind"] = "investment"
        elif "round_type" in values or _names_round_amount(_column_of("amount", stated, present)):
            values["kind"] = "round"  # a raise, whoever of its investors the row names
        elif values.get("investors"):
            values["kind"] = "investment" if len(values["investors"]) == 1 else "round"
        elif "amount" in values or "round_type" in values:
            values["kind"] = "round"
        elif "valuation" in values:
            values["kind"] = "valuation"
        else:
            raise _CellError(
                "kind", "cannot tell what kind of deal this is (no kind, amount, investor or valuation)"
            )
    elif values["kind"] == "investment" and len(values.get("investors") or ()) > 1:
        _as_joint_round(values, stated, present)
    if _is_one_traded_stake(values):
        values["kind"] = "investment"
    kind = values["kind"]
    if kind == "valuation" and "valuation" not in values and "amount" not in values:
        column = _column_of("valuation", stated, present) or _column_of("amount", stated, present, "amount")
        raise _CellError(column, "missing (a valuation needs an amount)")
    if kind in _NEEDS_A_PARTY and not values.get("investors"):
        raise _CellError(
            _column_of("investors", stated, present, "investor"),
            f"missing ({kind} needs {_NEEDS_A_PARTY[kind]})",
        )
    if kind in _ONE_PARTY and len(values["investors"]) > 1:
        # A partnership or an acquisition has one other party: keeping the first name would drop the
        # others, and none would leave it to an "unknown acquirer".
        raise _CellError(
            _column_of("investors", stated, present, "investor"),
            f"names {len(values['investors'])} {_ONE_PARTY[kind]}s ({', '.join(values['investors'])}):"
            f" write one row per {_ONE_PARTY[kind]}",
        )


def _as_joint_round(values: dict, stated: dict, present: dict) -> None:
    """An investment row naming several investors with one amount ("Sequoia Capital; Accel,
    investment, $30M"): a joint investment, which is what a round is (an amount raised from those
    investors, that day), so it becomes one, as the same row without a kind does. One stake per
    investor would give each the whole amount, or need a split the row does not state.

    A share stated beside them is refused: a stake's share is one investor's, and the row does not
    say how the investors divide it."""
    if "percentage" in values:
        count = len(values["investors"])
        raise _CellError(
            _column_of("percentage", stated, present, "percentage"),
            f"one share for {count} investors: write one row per investor, each with its own share",
        )
    values["kind"] = "round"


def _is_conditional_stake_in_a_round(values: dict, stated: dict, present: dict) -> bool:
    """Whether a kindless row is one investor's conditional commitment to a round ("Series B, Fund X,
    $40M, if milestones are met"): a condition binds whoever promised, not the round itself. A row
    whose amount column says what the round raised stays the round."""
    return (
        "round_type" in values
        and bool(values.get("condition"))
        and len(values.get("investors") or ()) == 1
        and not _names_round_amount(_column_of("amount", stated, present))
    )


def _is_one_traded_stake(values: dict) -> bool:
    """Whether a round or investment row is one investor's stake changing hands ("Stake sale", "Exit",
    "Secondary"): a stake, never money the company raised, whatever kind the row states or we infer.
    Several investors stay a round, which money raised leaves out by its type (store/money_raised.py)."""
    return (
        values["kind"] in ("round", "investment")
        and len(values.get("investors") or ()) == 1
        and traded_kind(values.get("round_type")) in _TRADED_STAKE_TYPES
    )


_TRADED_STAKE_TYPES = STAKE_BOUGHT_TYPES | STAKE_SOLD_TYPES


_NEEDS_A_PARTY = {"investment": "an investor", "acquisition": "an acquirer", "partnership": "a partner"}
_ONE_PARTY = {"acquisition": "acquirer", "partnership": "partner"}


def _column_of(field: str, stated: dict, present: dict, default: str | None = None) -> str | None:
    """The column `field` was read from in this row, else its first column in the header."""
    return stated.get(field) or present.get(field, default)


# Amount columns that state what a round raised, not what one investor put in.
_ROUND_AMOUNT_COLUMNS = frozenset(
    ("raised_amount", "money_raised", "amount_raised", "raised", "raised_amount_usd", "money_raised_usd",
     "raised_amount_in_usd", "money_raised_in_usd", "deal_size", "round_size", "deal_value")
)  # fmt: skip


@cache
def _names_round_amount(column: str | None) -> bool:
    """Whether a column holds the amount a round raised ("raised_amount_usd", a vendor's "Deal Size
    (USD M)"), asked once per name."""
    if column is None:
        return False
    base = _column_key(_header_unit(column)[0])
    return _column_key(column) in _ROUND_AMOUNT_COLUMNS or base in _ROUND_AMOUNT_COLUMNS


def _pydantic_problem(error: dict) -> str:
    """A pydantic error as a short problem text."""
    return str(error["msg"]).removeprefix("Value error, ")


# --- Files to rows -------------------------------------------------------------------------------


def iter_deal_records(
    path: str | Path,
    *,
    date_order: DateOrder = "dmy",
    columns_met: Callable[[tuple[str, ...]], None] | None = None,
) -> Iterator[DealRecord | RowError | SkippedRow]:
    """Each row of a deal file as a `DealRecord` (with line and source text), a `RowError` or a
    `SkippedRow` (a record type a deal file cannot hold), streamed. Numeric dates with the year last
    read in `date_order`, the same for every row ("03/02/2025" is 3 February in "dmy"). `columns_met`,
    if given, is called with the keys of each row whose set of keys was not met before, as it is read
    (JSON and NDJSON rows need not share their keys: a caller can say what a key met late is read as).

    Raises InputError when the file as a whole cannot be read (missing, not text, no company column,
    broken JSON syntax).
    """
    path = Path(path)
    return _records(path, _structured_suffix(path), date_order, columns_met)


def _structured_suffix(path: Path) -> str:
    """The deal file's suffix, lower case; InputError for any other file."""
    suffix = path.suffix.lower()
    if suffix not in STRUCTURED_SUFFIXES:
        expected = ", ".join(STRUCTURED_SUFFIXES)
        raise InputError(
            str(path), f"unsupported file type {suffix or '(no extension)'!r} (expected {expected})"
        )
    return suffix


def _records(
    path: Path,
    suffix: str,
    date_order: DateOrder,
    columns_met: Callable[[tuple[str, ...]], None] | None = None,
    make: Callable[[int, str, DealRow, str | None, int | None], object] = DealRecord,
) -> Iterator[DealRecord | RowError | SkippedRow]:
    """The records of an opened deal file (each valid row made by `make`: see `_validated`)."""
    with _open_text(path) as stream:
        try:
            items = _items(stream, str(path), suffix)
            from_csv = suffix in (".csv", ".tsv")
            yield from _validated(items, str(path), from_csv, date_order, columns_met, make)
        except UnicodeDecodeError as error:
            raise _undecodable(path, error) from None


def _undecodable(path: Path, error: UnicodeDecodeError) -> InputError:
    """The error for text past the sniffed start that its encoding cannot decode."""
    where = f"after the first {_SAMPLE_BYTES // 1024} KB"  # Only the first bytes were sniffed.
    return InputError(str(path), f"invalid {error.encoding} text {where} ({error.reason})")


def _items(stream: TextIO, path: str, suffix: str) -> Iterator[tuple[int, str, object]]:
    """(line, source text, object or RowError) for each row of a deal file, by format."""
    if suffix in (".csv", ".tsv"):
        return _csv_items(stream, path, "\t" if suffix == ".tsv" else None)
    if suffix == ".json":
        return iter_json_items(read_chunks(stream), path)
    return _ndjson_items(stream, path)


def not_deal_data(path: str | Path) -> str | None:
    """Why a JSON file is not deal data (well-formed, but neither a list nor `{"deals": [...]}`), or None.

    Only that shape question: a deal file with broken syntax or bad rows is still deal data, and the
    import reports its problems.
    """
    path = Path(path)
    if path.suffix.lower() != ".json":
        return None
    try:
        with _open_text(path) as stream:
            next(iter_json_items(read_chunks(stream), str(path)), None)
    except NotDealData as error:
        return error.problem
    except (InputError, UnicodeDecodeError):
        return None
    return None


def iter_row_texts(path: str | Path) -> Iterator[str]:
    """The text of each row of a deal file, as its evidence keeps it, streamed; cells are not read,
    but for an export's row, whose evidence is its `sentence` cell (`exported.evidence_text`): both
    are given, the row too as an export imported before kept it."""
    path = Path(path)
    suffix = path.suffix.lower()
    exports: dict[tuple, bool] = {}  # by a row's keys: CSV rows share one, JSON objects may vary
    from_csv = suffix in (".csv", ".tsv")
    with _open_text(path) as stream:
        try:
            for _, text, item in _items(stream, str(path), suffix):
                yield text
                if not isinstance(item, dict):
                    continue
                if (key := tuple(item)) not in exports:
                    exports[key] = exported.is_export(key)
                if exports[key] and (sentence := exported.evidence_text(item, text, from_csv)) != text:
                    yield sentence
                if exports[key]:  # a record's further rows or sentences are its evidence too
                    yield from exported.more_sentences(item)
        except UnicodeDecodeError as error:
            raise _undecodable(path, error) from None


def iter_deal_rows(
    path: str | Path, *, date_order: DateOrder = "dmy"
) -> Iterator[DealRow | RowError | SkippedRow]:
    """Each row of a deal file as a `DealRow`, a `RowError` or a `SkippedRow`, streamed."""
    for record in iter_deal_records(path, date_order=date_order):
        yield record if isinstance(record, _NOT_ROWS) else record.row


def _open_text(path: Path):
    """`path` opened as text in the encoding its first bytes show (InputError if it is not text)."""
    try:
        with open(path, "rb") as file:
            sample = file.read(_SAMPLE_BYTES)
        encoding = sniff_encoding(sample, str(path))
        return open(path, encoding=encoding, newline="")
    except OSError as error:
        raise InputError(str(path), describe_os_error(error)) from None


def _validated(
    items: Iterable[tuple[int, str, object]],
    path: str,
    from_csv: bool = False,
    date_order: DateOrder = "dmy",
    columns_met: Callable[[tuple[str, ...]], None] | None = None,
    make: Callable[[int, str, DealRow, str | None, int | None], object] = DealRecord,
) -> Iterator[DealRecord | RowError | SkippedRow]:
    """Rows built from (line, source text, object or RowError) items; an export's rows are read as
    the records they are (a statement, which a deal file cannot hold, is a `SkippedRow`). `columns_met`:
    see `iter_deal_records`. Each valid row is made by `make` from what a `DealRecord` holds, in its order.

    Raises `WrongDateOrder` once every row is read when the file's dates are written in the other
    order than `date_order` (see `DateOrderWitness`): its rows were read, none must be kept."""
    plans: dict[tuple[str, ...], _Plan | None] = {}  # CSV rows share one; JSON objects may vary.
    lead_flags: dict[str, bool] = {}  # whether each lead column is a flag column (see build_row)
    witness = DateOrderWitness()
    for line, raw, item in items:
        number = getattr(line, "item", None)  # a JSON list's item its line does not tell apart
        line = witness.line = int(line)
        if isinstance(item, RowError):
            yield item
        elif not isinstance(item, dict):
            yield RowError(path, line, ROW, f"expected an object, got {json_type_name(item)}", number)
        elif (suspicious := "\\u" in raw and _SURROGATE_ESCAPE.search(raw)) and (
            found := lone_surrogate(item)
        ):
            yield RowError(path, line, *found, number)
        else:
            key = tuple(item)
            if key not in plans:
                if exported.is_one_per_deal_export(key):  # its other sources would be lost
                    raise InputError(path, exported.ONE_PER_DEAL_EXPORT)
                plans[key] = None if exported.is_export(key) else _plan(key, date_order, witness)
                if columns_met is not None:
                    columns_met(key)
            plan = plans[key]
            try:
                if plan is None:
                    sentence = exported.evidence_text(item, raw, from_csv)
                    (item, extras), export_plan = exported.deal_cells(item, from_csv), _export_plan()
                    row = _with_extras(build_row(item, export_plan), extras)
                    if suspicious and (found := lone_surrogate(row.model_dump())):  # from a JSON cell
                        yield RowError(path, line, *found, number)
                        continue
                else:
                    row, sentence = build_row(item, plan, lead_flags), None
            except exported.NotADeal as skipped:
                yield SkippedRow(path, line, str(skipped))
                continue
            except (_CellError, exported.BadCell) as error:
                yield RowError(path, line, error.column, error.problem, number)
                continue
            yield make(line, raw, row, sentence, number)
    if (proof := witness.against(date_order)) is not None:
        raise WrongDateOrder(path, date_order, *proof)


# A JSON escape of a UTF-16 surrogate (`\ud800`): the only way a decoded row can hold a character
# that cannot be written as UTF-8. Searched in a row's source text (C speed) before any cell is walked.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def lone_surrogate(value: object, column: str = ROW) -> tuple[str, str] | None:
    """(column, problem) for the first string in `value` (cells by column, nested lists and objects)
    holding a lone surrogate, which no database or terminal can take; None if there is none."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            return escaped_surrogates(
                column
            ), f"invalid character (lone surrogate \\u{ord(value[error.start]):04x})"
        return None
    if isinstance(value, dict):
        for key, cell in value.items():
            found = lone_surrogate(key, column if column != ROW else str(key))
            if found or (found := lone_surrogate(cell, column if column != ROW else str(key))):
                return found
    elif isinstance(value, list | tuple):
        for cell in value:
            if found := lone_surrogate(cell, column):
                return found
    return None


def export_row_facts(item: dict) -> tuple[list[Fact], Citation | None]:
    """The facts an export's row (a record as `ai-deals export --format json` writes it) brings when
    imported, as records, and the source it cites: what importing it would write, read the same way
    (`_validated`). A row that is no deal (a company's, a statement without words) or that cannot be
    read brings none."""
    try:
        cells, extras = exported.deal_cells(item, from_csv=False)
        row = _with_extras(build_row(cells, _export_plan()), extras)
    except (exported.NotADeal, exported.BadCell, _CellError):
        return [], None
    if row.kind == "company":
        return [], None
    return row_to_facts(row, None, "", records=True), row_citation(row)


def _with_extras(row: DealRow, extras: dict[str, object]) -> DealRow:
    """An export's row with what only an export carries (validated: a bad tranche is a bad row)."""
    if not extras:
        return row
    try:
        return DealRow.model_validate({**row.model_dump(), **extras})
    except ValidationError as error:
        first = error.errors()[0]
        column = str(first["loc"][0]) if first["loc"] else ROW
        raise _CellError(column, _pydantic_problem(first)) from None


@cache
def _export_plan() -> _Plan:
    """The plan for an export's rows once translated (`exported.deal_cells`)."""
    return _plan(exported.KEYS)


def json_type_name(value: object) -> str:
    """A JSON value's type as JSON names it: null, true, false, a number, a string, a list, an object."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    names = (
        (int | float | WrittenNumber, "a number"),  # WrittenNumber before str: a number kept as written
        (str, "a string"),
        (list, "a list"),
        (dict, "an object"),
    )
    return next((name for kind, name in names if isinstance(value, kind)), type(value).__name__)


# --- CSV and NDJSON ------------------------------------------------------------------------------


# One physical line longer than this is skipped (and reported), so a hostile file cannot fill memory.
MAX_LINE_CHARS = 1_000_000


class _LineTap:
    """Lines of a stream as csv.reader consumes them, to know each row's physical lines.

    Reads with a length limit when the source is a stream: an over-long line is skipped, read as
    an empty line, and flagged in `too_long`.
    """

    def __init__(self, source: TextIO | Iterable[str]) -> None:
        self.readline = getattr(source, "readline", None)
        self.lines = iter(source)
        self.count = 0
        self.taken: list[str] = []
        self.too_long = False
        self.ended = False  # the source ran out: a row read after that was cut by the end of the file
        self.pushed: str | None = None  # a line `plain_row` read and left for csv.reader

    def __iter__(self) -> _LineTap:
        return self

    def __next__(self) -> str:
        line = self._read()
        self.count += 1
        self.taken.append(line)
        return line

    def plain_row(self, delimiter: str, limit: int) -> tuple[str, list[str]] | None:
        """The next row's text and cells when its line is plain (see `_plain_cells`), counted as read
        without csv.reader; None when it is not (kept for csv.reader's next pull) or the file ended.

        Most lines of a big file are plain, and csv.reader pulls each line through `__next__` and
        `row_text` in Python (~2 µs a row); this takes the same line in one `readline` and one split."""
        if self.readline is None or self.taken or self.pushed is not None or self.too_long:
            return None
        line = self.readline(MAX_LINE_CHARS)
        row = _plain_cells(line, delimiter, limit) if line else None
        if row is None:
            self.pushed = line or None  # at the end, readline says so again
            return None
        self.count += 1
        return row

    def _read(self) -> str:
        """The next line, or "\n" in place of one longer than `MAX_LINE_CHARS`."""
        if self.readline is None:
            try:
                return next(self.lines)
            except StopIteration:
                self.ended = True
                raise
        line = self.pushed
        if line is None:
            line = self.readline(MAX_LINE_CHARS)
        else:
            self.pushed = None
        if not line:
            self.ended = True
            raise StopIteration
        while _cut(line):
            self.too_long = True
            line = self.readline(MAX_LINE_CHARS)
        return "\n" if self.too_long else line

    def row_text(self) -> tuple[int, str]:
        """The first line number and the text of the row just read; starts the next row."""
        first = self.count - len(self.taken) + 1
        text = "".join(self.taken).rstrip("\r\n")
        self.taken = []
        return first, text

    def take_too_long(self) -> bool:
        """Whether the row just read had an over-long line (and clear the flag)."""
        too_long, self.too_long = self.too_long, False
        return too_long


def _plain_cells(line: str, delimiter: str, limit: int) -> tuple[str, list[str]] | None:
    """The line without its line break, and its cells split at `delimiter`, when csv.reader would read
    exactly those cells: no quote, no NUL, no line break but the one ending it, shorter than csv's cell
    limit, and not cut by `MAX_LINE_CHARS` (csv's limit may be far above it); else None."""
    if _cut(line):
        return None
    if line.endswith("\n"):
        body = line[:-2] if line.endswith("\r\n") else line[:-1]
    else:
        body = line[:-1] if line.endswith("\r") else line
    if len(body) >= limit or '"' in body or "\x00" in body or "\r" in body or "\n" in body:
        return None
    return body, body.split(delimiter)


def _cut(line: str) -> bool:
    """Whether `readline` stopped at the length limit rather than at the end of a line."""
    return len(line) == MAX_LINE_CHARS and not line.endswith(("\n", "\r"))


def _too_long_error(path: str, line: int) -> RowError:
    """The error for a row with a line over the limit."""
    return RowError(path, line, ROW, f"line longer than {MAX_LINE_CHARS:,} characters")


def _csv_items(
    lines: TextIO | Iterable[str], path: str, delimiter: str | None
) -> Iterator[tuple[int, str, object]]:
    """(line, text, {column: cell}) for each CSV row after the header; the delimiter is sniffed if None."""
    tap = _LineTap(lines)
    header, delimiter = _csv_header(tap, path, delimiter)
    tap.row_text()
    reader = csv.reader(tap, delimiter=delimiter)
    limit = csv.field_size_limit()  # read per file: another library may have changed it
    plain_row = tap.plain_row
    while True:
        plain = plain_row(delimiter, limit)
        if plain is not None:  # a plain line: one row, its text as `row_text` would give it
            text, cells_ = plain
            if "".join(cells_).strip():
                yield tap.count, text, _row_cells(header, cells_, path, tap.count)
            continue
        try:
            cells_ = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            line, text = tap.row_text()
            yield line, text, RowError(path, line, ROW, _csv_problem(error))
            continue
        line, text = tap.row_text()
        if tap.ended:
            # csv only reads past the end of the file inside a quoted field: one never closed, which
            # swallowed every line after it.
            raise InputError(f"{path}:{line}", "unclosed quote (the quoted field starting here never ends)")
        if tap.take_too_long():
            yield line, text, _too_long_error(path, line)
        elif "".join(cells_).strip():  # a cell that is not blank (as any(cell.strip()), at C speed)
            yield line, text, _row_cells(header, cells_, path, line)


def _csv_header(tap: _LineTap, path: str, delimiter: str | None) -> tuple[list[str], str]:
    """The header of a CSV (its first line with content) and its delimiter, sniffed if None; raises
    InputError for a header that cannot be read or is refused (see `_check_header`). A spreadsheet's
    `sep=;` line before the header names the delimiter (see `_header_line`)."""
    header_line, hinted = _header_line(tap)
    if tap.take_too_long():
        # The tap hands a too-long line on as a blank one, so it was the first line with content:
        # the header itself (the line read as the header is the one after it).
        raise InputError(path, f"the header line is longer than {MAX_LINE_CHARS:,} characters")
    if header_line is None:
        raise InputError(path, "no header line")
    delimiter = hinted or delimiter or _sniff_delimiter(header_line)
    header = next(csv.reader([header_line], delimiter=delimiter))
    _check_header(header, path)
    return header, delimiter


def check_header(path: str | Path) -> None:
    """Raise the InputError reading a CSV's or TSV's rows would (no company column, a column twice,
    two company columns, no header line), or a JSON file cut off before its end would, before anything
    is said about its columns; a one-row-per-deal export, CSV or JSON (its first object's keys), is
    refused too; other JSON passes (a JSON row's keys are its own)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".json" and not _closes_document(path):
        _read_every_item(path)  # a cut-off file: its own error, before any column mapping or bar
    if suffix in (".csv", ".tsv"):
        with _open_text(path) as stream:
            try:
                _csv_header(_LineTap(stream), str(path), "\t" if suffix == ".tsv" else None)
            except UnicodeDecodeError as error:
                raise _undecodable(path, error) from None
    try:
        header = read_header(path)
    except UnicodeDecodeError as error:
        raise _undecodable(path, error) from None
    if exported.is_one_per_deal_export(header):
        raise InputError(str(path), exported.ONE_PER_DEAL_EXPORT)


def _closes_document(path: Path) -> bool:
    """Whether a JSON file ends as a whole document does, its last bracket closing its first (a cheap look at
    its first and last bytes): a file cut off mid-way ("[{…},{…}") does not, and reading it would fail only
    after its first rows."""
    try:
        with open(path, "rb") as file:
            head = file.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
            file.seek(max(0, file.seek(0, 2) - 64))
            tail = file.read().rstrip(b" \t\r\n")
    except OSError as error:
        raise InputError(str(path), describe_os_error(error)) from None
    closing = {b"[": b"]", b"{": b"}"}.get(head[:1])
    return closing is None or tail.endswith(closing)


def _read_every_item(path: Path) -> None:
    """Read a JSON file's items to the end: raises the InputError naming where it is broken."""
    with _open_text(path) as stream:
        for _ in _items(stream, str(path), path.suffix.lower()):
            pass


def deal_data_suffix(text: str) -> str | None:
    """The file type `text` reads as deal data in (".csv", ".tsv", ".ndjson", ".json"), or None for prose.

    For text that came without a file name (standard input): a first line that is a header naming a
    company column and another column we know, or JSON objects with a company key.
    """
    lines = (line for line in text.split("\n", 50)[:50] if line.strip())
    first = next(lines, "")
    if (hinted := separator_hint(first)) is not None:
        first = next(lines, "")
    first = first.strip()
    if first.startswith(("{", "[")):
        return _json_deal_suffix(text, first)
    delimiter = hinted or _sniff_delimiter(first)
    header = next(csv.reader([first], delimiter=delimiter), [])
    targets = [column_target(name) for name in header if len(name) <= 60]
    fields = {target.field for target in targets if target is not None}
    if "company" in fields and len(fields) >= 2:
        return ".tsv" if delimiter == "\t" else ".csv"
    return None


def _json_deal_suffix(text: str, first: str) -> str | None:
    """ ".ndjson" for a first line that is an object with a company key, ".json" for a deal list."""
    try:
        item = json.loads(first)
        suffix = ".ndjson"
    except ValueError:
        try:
            item, suffix = json.loads(text), ".json"
        except ValueError:
            return None
    if isinstance(item, dict) and isinstance(item.get("deals"), list):
        item, suffix = item["deals"], ".json"
    if isinstance(item, list):
        item, suffix = (item[0] if item else None), ".json"
    names_company = isinstance(item, dict) and any(
        (target := column_target(str(key))) and target.field == "company" for key in item
    )
    return suffix if names_company else None


def _csv_problem(error: csv.Error) -> str:
    """A csv module error in our words: its cell-size limit reads like our line-length one."""
    if "field larger than field limit" in str(error):
        return f"cell longer than {csv.field_size_limit():,} characters"
    return f"unreadable CSV ({error})"


def _first_nonblank(tap: _LineTap) -> str | None:
    """The first line with content (the header), None for a file of blank lines."""
    for line in tap:
        if line.strip():
            return line
    return None


# The line Excel writes before a CSV's header, and reads, to name its delimiter ("sep=;", "sep=,", or
# "sep=" and a tab): Excel in a French locale saves "sep=;" files that the sniffer would misread.
_SEPARATOR_HINT = re.compile(r'\ufeff?sep=([^"\r\n])\r?\n?', re.IGNORECASE)


def separator_hint(line: str) -> str | None:
    """The delimiter a `sep=` line names, None for any other line."""
    found = _SEPARATOR_HINT.fullmatch(line)
    return found[1] if found else None


def _header_line(tap: _LineTap) -> tuple[str | None, str | None]:
    """The header line (the first with content, or the next after a `sep=` line) and the delimiter
    the `sep=` line names, None without one; the tap keeps counting the file's own lines."""
    line = _first_nonblank(tap)
    hinted = separator_hint(line) if line is not None else None
    if hinted is not None:
        line = _first_nonblank(tap)
    return line, hinted


def _sniff_delimiter(header_line: str) -> str:
    """ "," or ";" (spreadsheets in French locales write semicolons), whichever the header uses more."""
    counts = {delimiter: header_line.count(delimiter) for delimiter in (",", ";", "\t")}
    return max(counts, key=lambda delimiter: counts[delimiter]) if any(counts.values()) else ","


def _check_header(header: list[str], path: str) -> None:
    """Refuse a header that names no company column, one column twice (one would be dropped), or two
    company columns ("Société" and "Company": the second's names would be silently ignored)."""
    seen: set[str] = set()
    company_column: str | None = None
    for name in header:
        key = name.strip().casefold()
        if key and key in seen:
            raise InputError(path, f"column {name.strip()!r} appears twice in the header")
        seen.add(key)
        target = column_target(name)
        if target is not None and target.field == "company":
            shown = name.replace("\ufeff", "").strip()
            if company_column is not None:
                raise InputError(path, f"columns {company_column!r} and {shown!r} both mean company")
            company_column = shown
    if not any((target := column_target(name)) and target.field == "company" for name in header):
        names = ", ".join(name for name, target in COLUMNS.items() if target.field == "company")
        raise InputError(path, f"no company column in the header (expected one of {names})")


def _row_cells(header: list[str], row: list[str], path: str, line: int) -> object:
    """A row's cells by column name; extra non-empty cells beyond the header make a RowError.

    A short row's missing cells are blank, as a spreadsheet saves a row whose last cells are empty
    (and as `csv.DictReader` reads it): `Short Two;Y Fund` under four columns is the row
    `Short Two;Y Fund;;`. Only cells that hold something count, either way: empty cells past the
    header are dropped, missing ones are empty."""
    if len(row) == len(header):  # nearly every row: no cell to add or check
        return dict(zip(header, row, strict=True))
    if len(row) > len(header) and any(cell.strip() for cell in row[len(header) :]):
        return RowError(path, line, ROW, f"{len(row)} cells but the header has {len(header)} columns")
    return dict(zip(header, [*row, *[""] * (len(header) - len(row))], strict=False))


def _ndjson_items(lines: TextIO | Iterable[str], path: str) -> Iterator[tuple[int, str, object]]:
    """(line, text, object or RowError) for each non-blank line of an NDJSON file."""
    tap = _LineTap(lines)
    for _ in tap:
        number, text = tap.row_text()
        if tap.take_too_long():
            yield number, text, _too_long_error(path, number)
        elif text.strip():
            yield number, text, _json_line(text, path, number)


def _json_line(text: str, path: str, number: int) -> object:
    """One NDJSON line decoded, or the RowError saying why it cannot be."""
    try:
        return decode_json(text)
    except json.JSONDecodeError as error:
        return RowError(path, number, ROW, f"invalid JSON ({json_message(error)} at column {error.colno})")
    except DuplicateKey as error:
        return RowError(path, number, ROW, f"invalid JSON ({error})")
    except RecursionError:
        return RowError(path, number, ROW, "invalid JSON (nested too deeply)")


# --- Sizes and headers ---------------------------------------------------------------------------


def count_data_lines(path: str | Path) -> int:
    """About how many rows a deal file holds, counted cheaply in bytes (for a progress bar).

    Exact for CSV, TSV and NDJSON without blank lines or multi-line cells; for JSON it counts
    opening braces, which is exact for flat objects.
    """
    path = Path(path)
    json_file = path.suffix.lower() == ".json"
    count, last = 0, b"\n"
    try:
        with open(path, "rb") as file:
            while chunk := file.read(1 << 20):
                count += chunk.count(b"{" if json_file else b"\n")
                last = chunk[-1:]
    except OSError as error:
        raise InputError(str(path), describe_os_error(error)) from None
    if json_file:
        return max(count - _starts_with_object(path), 0)
    lines = count + (last != b"\n")
    return max(lines - (path.suffix.lower() in (".csv", ".tsv")), 0)


def _starts_with_object(path: Path) -> bool:
    """Whether a JSON file is an object wrapping the list (its own brace is not a row)."""
    with open(path, "rb") as file:
        return file.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def read_header(path: str | Path) -> list[str]:
    """The column names of a deal file: a CSV's header, or the keys of a JSON file's first object."""
    path = Path(path)
    suffix = path.suffix.lower()
    with _open_text(path) as stream:
        if suffix in (".csv", ".tsv"):
            line, hinted = _header_line(_LineTap(stream))
            line = line or ""
            delimiter = hinted or ("\t" if suffix == ".tsv" else _sniff_delimiter(line))
            return next(csv.reader([line], delimiter=delimiter), [])
        for _, _, item in _items(stream, str(path), suffix):
            # A key's lone surrogate (a JSON escape) would fail every write and print of the header.
            return [escaped_surrogates(key) for key in item] if isinstance(item, dict) else []
    return []


def read_columns(path: str | Path) -> list[str]:
    """Every column of a deal file in the order met: a CSV's header, or each key of every JSON
    object (NDJSON rows need not share their keys). Reads the whole of a JSON file."""
    path = Path(path)
    if path.suffix.lower() in (".csv", ".tsv"):
        return read_header(path)
    columns: dict[str, None] = {}
    with _open_text(path) as stream:
        try:
            for _, _, item in _items(stream, str(path), path.suffix.lower()):
                if isinstance(item, dict) and not columns.keys() >= item.keys():
                    columns.update(dict.fromkeys(map(escaped_surrogates, item)))
        except UnicodeDecodeError as error:
            raise _undecodable(path, error) from None
    return list(columns)


# --- Rows to facts -------------------------------------------------------------------------------


def _precision(date: str | None) -> str | None:
    """ "year", "month" or "day" for an ISO date at its precision."""
    if date is None:
        return None
    return _PRECISION_BY_LENGTH.get(len(date), "day")


_PRECISION_BY_LENGTH = {4: "year", 7: "month"}


def row_to_facts(row: DealRow, line: int | None, raw_line: str, *, records: bool = False) -> list[Fact]:
    """The facts a row states: its own kind, plus a valuation when a non-valuation row gives one.

    The evidence sentence is the row's source text (the CSV line or JSON object), spanning all of it;
    `line` is the file's line the row starts on, minus its item number for an item of a JSON list on
    one line (`DealRecord.evidence_line`); None: a row read from no file.
    With `records`, the facts are `FactRecord`s (same fields, not validated again: see fact_records.py),
    except those with tranches.
    """
    if row.kind == "company":
        return []  # an export's company row: its details only (`row_companies`)
    make = FactRecord if records and not row.tranches else Fact
    facts = [_main_fact(row, line, raw_line, make)]
    if row.kind == "round" and row.percentage is not None and len(row.investors) == 1:
        facts.append(_round_share_fact(row, line, raw_line, make))
    if row.valuation is not None and row.kind != "valuation":
        facts.append(_valuation_fact(row, line, raw_line, make))
    return facts


def row_to_fact(row: DealRow, line: int | None, raw_line: str) -> Fact:
    """The main fact of a row (see `row_to_facts` for a row that also states a valuation)."""
    return row_to_facts(row, line, raw_line)[0]


def _evidence(row: DealRow, line: int | None, raw_line: str) -> dict:
    """Fields every fact of a row shares: evidence span, the row's line and date."""
    return {
        "sentence": raw_line,
        "start": 0,
        "end": len(raw_line),
        "line": line,
        "date": row.date,
        "date_precision": _precision(row.date),
    }


def _main_fact(row: DealRow, line: int | None, raw_line: str, make: type = Fact) -> Fact:
    """The fact of the row's own kind, as a `make` (a `Fact` or a `FactRecord`)."""
    values = _main_fact_values(row, line, raw_line)
    if make is FactRecord:
        # Positional, in the record's field order (`MAIN_FACT_FIELDS`): the named tuple's 39 keyword
        # parameters cost ~4 µs a row to match, a tenth of reading one.
        return _new_tuple(FactRecord, values)
    return make(**dict(zip(MAIN_FACT_FIELDS, values, strict=True)))


def _main_fact_values(row: DealRow, line: int | None, raw_line: str) -> tuple:
    """The main fact's field values, in `MAIN_FACT_FIELDS` order."""
    # Each of the row's fields is read once (a million rows): the kind and the date most of all.
    kind, date, investors = row.kind, row.date, row.investors
    valued, figure = kind == "valuation", kind in _FIGURE_KINDS
    named_one = kind in ("partnership", "statement")
    amount = (row.amount or row.valuation) if valued else row.amount
    condition = row.condition
    return (
        kind,  # kind
        row.company,  # company
        None if named_one or len(investors) != 1 else investors[0],  # investor: `DealRow.investor`
        investors if kind in ("round", "investment") else [],  # investors
        row.lead_investors,  # lead_investors
        investors[0] if named_one and investors else None,  # partner
        amount,  # amount
        row.amount_max if amount is not None and row.bound == "range" else None,  # amount_max
        # currency: one stated without an amount ("0" or "n/a" beside "USD": undisclosed) is kept
        (row.valuation_currency or row.currency) if valued else row.currency,
        (row.bound or "exact") if amount is not None else None,  # bound
        date,  # date
        _precision(date),  # date_precision
        row.until,  # until
        raw_line,  # sentence: the row's source text, all of it (`_evidence`)
        0,  # start
        len(raw_line),  # end
        line,  # line
        row.round_type,  # round_type
        row.tranche,  # tranche
        row.tranches,  # tranches
        condition,  # condition
        row.status or ("conditional" if condition else None),  # status
        row.percentage,  # percentage
        row.percentage_bound and _share_bound(row),  # percentage_bound: most rows state none
        row.equivalent_amount,  # equivalent_amount
        row.equivalent_currency,  # equivalent_currency
        row.basis if valued else None,  # basis
        row.metric if figure else None,  # metric
        row.unit if figure else None,  # unit
        kind == "projection",  # is_projection
        row.partnership_kind if kind == "partnership" else None,  # partnership_kind
        row.description,  # description
        row.text,  # text
        row.review_status,  # review_status
        row.edited_from,  # edited_from
        bool(row.recalled),  # recalled: an export's round its article only recalled (`exported._extras`)
        row.more_evidence,  # more_evidence
        row.in_round,  # in_round
        bool(row.source_corrects),  # cited_corrects
    )


# The fields `_main_fact_values` gives, in its order: `Fact`'s and so `FactRecord`'s (a test holds them
# equal, so a field added to `Fact` must be added here, at its place).
MAIN_FACT_FIELDS = (
    "kind", "company", "investor", "investors", "lead_investors", "partner", "amount", "amount_max",
    "currency", "bound", "date", "date_precision", "until", "sentence", "start", "end", "line", "round_type",
    "tranche", "tranches", "condition", "status", "percentage", "percentage_bound", "equivalent_amount",
    "equivalent_currency", "basis", "metric", "unit", "is_projection", "partnership_kind", "description",
    "text", "review_status", "edited_from", "recalled", "more_evidence", "in_round", "cited_corrects",
)  # fmt: skip
_new_tuple = tuple.__new__  # a named tuple from its values in field order, without keyword matching


def _share_bound(row: DealRow) -> str | None:
    """The row's share bound as facts keep it: None when exact or when the row states no share."""
    bound = row.percentage_bound
    return None if bound == "exact" or row.percentage is None else bound


def _round_share_fact(row: DealRow, line: int | None, raw_line: str, make: type = Fact) -> Fact:
    """The stake a round row's one investor took in it, when the row states its share ("Samsung
    Catalyst Fund, $25M, Series D, 0.8%"): the round keeps the amount, the stake the percentage."""
    return make(
        kind="investment",
        company=row.company,
        investor=row.investors[0],
        investors=[row.investors[0]],
        round_type=row.round_type,
        percentage=row.percentage,
        percentage_bound=_share_bound(row),
        status=row.status or ("conditional" if row.condition else None),
        condition=row.condition,
        review_status=row.review_status,
        **_evidence(row, line, raw_line),
    )


_FIGURE_KINDS = frozenset(("revenue", "metric", "projection", "valuation"))


def _valuation_fact(row: DealRow, line: int | None, raw_line: str, make: type = Fact) -> Fact:
    """The valuation a round or investment row states alongside its amount, as a `make`: of a raise not made
    yet when the row's is in talks or planned (its status), as an article's (`metrics.unmade`), so it values
    no round made beside it."""
    return make(
        kind="valuation",
        company=row.company,
        amount=row.valuation,
        currency=row.valuation_currency or row.currency,
        bound="exact",
        basis=row.basis,
        status=row.status if row.status in NOT_RAISED_YET else None,
        **_evidence(row, line, raw_line),
    )


def row_companies(row: DealRow, *, records: bool = False) -> list[CompanyInfo]:
    """What a row says about its company and its investors (as `CompanyRecord`s with `records`)."""
    make = CompanyRecord if records else CompanyInfo
    if row.kind == "company":  # an export's company row: everything known of it
        details = ("entity", "country", "city", "sector", "description", "investor_kind", "aliases")
        return [make(name=row.company, **{k: v for k in details if (v := getattr(row, k))})]
    entity = "person" if row.investor_kind == "person" else "organisation"
    names = dict.fromkeys([*row.investors, *row.lead_investors])
    if records:  # positional, as `_main_fact` builds its record: no keyword matching per company
        kind = row.investor_kind
        return [
            _new_tuple(CompanyRecord, (row.company, "organisation", row.country, row.city, None, None, None, (), ())),
            *(_new_tuple(CompanyRecord, (name, entity, None, None, None, None, kind, (), ())) for name in names),
        ]
    company = make(name=row.company, country=row.country, city=row.city)
    return [company, *(make(name=name, entity=entity, investor_kind=row.investor_kind) for name in names)]


Citation = tuple[str | None, str | None, str | None, str | None]
"""The source a row names for its facts: (URL, title, publisher, date), as `row_citation` gives it."""


def row_citation(row: DealRow) -> Citation | None:
    """The article a row cites (its source_url, source_title, source_publisher, source_date cells),
    None when it names none: its facts are then cited to the deal file itself."""
    cited = (row.source_url, row.source_title, row.source_publisher, row.source_date)
    return None if cited == (None, None, None, None) else cited


# A tuple, not `RowError | SkippedRow`: that union is a new object each time it is written (a million rows).
_NOT_ROWS = (RowError, SkippedRow)


@dataclass(slots=True)  # not frozen: see DealRecord
class DealFacts:
    """One valid row of a deal file with the facts and companies it brings, and the source it cites."""

    line: int
    raw: str
    row: DealRow
    facts: list[Fact]
    companies: list[CompanyInfo]
    cited: Citation | None = None


def iter_deal_facts(
    path: str | Path,
    *,
    records: bool = False,
    date_order: DateOrder = "dmy",
    columns_met: Callable[[tuple[str, ...]], None] | None = None,
) -> Iterator[DealFacts | RowError | SkippedRow]:
    """Each row of a deal file as its facts and companies, a `RowError` or a `SkippedRow`, streamed.

    With `records`, facts and companies are named tuples (see fact_records.py): the bulk import's way,
    a third cheaper; without, the models, for whoever needs their methods. `date_order`: see
    `iter_deal_records`, as is `columns_met`.
    """
    path = Path(path)
    suffix = _structured_suffix(path)  # raised on the first row asked for, as before

    def deal_facts(line: int, raw: str, row: DealRow, sentence: str | None, item: int | None) -> DealFacts:
        """A valid row's facts, made as its row is read: no `DealRecord` in between (a million rows)."""
        evidence_line = line if item is None else -item  # `DealRecord.evidence_line`
        facts = row_to_facts(row, evidence_line, raw if sentence is None else sentence, records=records)
        return DealFacts(line, raw, row, facts, row_companies(row, records=records), row_citation(row))

    yield from _records(path, suffix, date_order, columns_met, deal_facts)
