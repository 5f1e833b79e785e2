"""Records the importers produce: plain pydantic models, no I/O, no SQL.

A `ParsedSource` is one document (an article, a CSV file's rows) with the `Fact`s found in it. The
store turns facts into rows of its tables; `ai-deals import --dry-run --json` prints them as they are,
so the field names here are a public contract: add fields, never rename or remove them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .metric_names import FUND_CLOSED  # noqa: F401 (re-exported: the importer's name for it)

FactKind = Literal[
    "investment",
    "round",
    "valuation",
    "partnership",
    "revenue",
    "metric",
    "projection",
    "acquisition",
    "statement",
]
Bound = Literal["exact", "approx", "minimum", "maximum", "range"]
PercentageBound = Literal["exact", "approx", "minimum", "maximum"]
DatePrecision = Literal["day", "month", "year"]
StakeStatus = Literal["announced", "committed", "conditional", "cumulative", "completed", "in_talks", "planned", "called_off"]
CALLED_OFF = "called_off"
"""The status of a deal a later article tells as called off ("Nvidia has abandoned plans to invest $2 billion in
Zeta"): an article's `ParsedSource.called_off` record, and on pages the deal told before it marks
(store/called_off.py). Never counted as money raised."""
IN_TALKS = "in_talks"
"""The status of a raise still negotiated ("is in talks to raise $1 billion"): told, not raised; money raised
does not count it (store/money_raised.py)."""
PLANNED = "planned"
"""The status of a raise the company only plans or seeks, nobody committed ("plans to raise $50 million", "is
seeking $50 million", « prévoit de lever 20 M€ »): told, not raised, like one in talks, which is negotiated."""
NOT_RAISED_YET = (IN_TALKS, PLANNED)
"""The statuses of a raise told but not made: money raised, co-investors and year bars count none of them."""
TOTAL_RAISED_TO_DATE = "total_raised_to_date"
"""The metric of a company's running total a source states ("which has raised $118 million so far", "a déjà
levé 118 millions"), dated the source's day: told beside money raised, never in it nor a round
(store/money_raised.py)."""
BRIDGE = "Bridge"
"""The type of a round tiding a company over to a larger one ("$20 million in a bridge round ahead of a larger
Series B"): its own round, counted as money raised; the round it leads to is not raised yet."""
CONVERTIBLE_NOTE = "Convertible note"
"""The type of a round of notes or bonds that convert into shares later ("a €40 million convertible note", « des
obligations convertibles »): money the company raised, counted like any round."""
GRANT = "Grant"
"""The type of non-dilutive public funding ("a CHF 1.5 million grant from Innosuisse", « une subvention »), the
granting body its investor: money the company received, counted in money raised, its type shown on the page."""
PIPE = "PIPE"
"""The type of a private placement sold alongside a listing ("a $150 million PIPE anchored by Casdin Capital"),
its anchor its lead investor."""
EntityKind = Literal["organisation", "person"]
InvestorKind = Literal["corporate", "venture_fund", "sovereign", "person", "bank", "unknown"]
ReviewStatus = Literal["extracted", "confirmed", "edited", "rejected"]


class Tranche(BaseModel):
    """One instalment of an investment: "une première tranche de 15 milliards", "le solde … une fois
    certaines conditions remplies". An amount the text does not state stays None, unless it is the
    rest of a round whose amount and other tranches it states ("and the balance in June 2026")."""

    model_config = ConfigDict(extra="forbid")

    seq: int = 0
    label: str | None = None
    amount: float | None = None
    currency: str | None = None
    bound: Bound | None = None
    date: str | None = None
    date_precision: DatePrecision | None = None
    condition: str | None = None
    note: str | None = None
    sentence: str | None = None
    """The sentence stating the tranche when it is not its record's (None: the record's states it)."""
    computed: bool = False
    """Whether `amount` is computed (the total less the stated tranches), not stated by the source."""


class CitedSentence(BaseModel):
    """One more sentence (or deal-file row) stating a record, with the source it is cited to: an
    ai-deals export's `more_evidence` (a round read from several rows keeps every row), or another
    sentence of the record's own article its figures or parties come from (`start`/`end` given)."""

    model_config = ConfigDict(extra="forbid")

    sentence: str
    source_title: str | None = None
    publisher: str | None = None
    source_date: str | None = None
    source_url: str | None = None
    start: int | None = None
    """Where the sentence starts in the record's own source (an article's other sentence); None: an
    export's row citing a source of its own, which holds the sentence whole."""
    end: int | None = None
    corrects: bool = False
    """Whether the source cited is a story correcting an earlier dispatch (an export's `"corrects"`)."""


class Fact(BaseModel):
    """One fact stated by a source, with the exact sentence and span it came from.

    `company` is the company the fact is about: the investee, the valued or reporting company, or
    one partner. Amounts are in units (50 billion dollars is 50000000000.0), currencies ISO 4217.
    Dates are ISO strings at their precision: "2016", "2026-02", "2026-02-27".
    """

    model_config = ConfigDict(extra="forbid")

    kind: FactKind
    company: str
    investor: str | None = None
    investors: list[str] = Field(default_factory=list)
    lead_investors: list[str] = Field(default_factory=list)
    partner: str | None = None
    amount: float | None = None
    amount_max: float | None = None
    currency: str | None = None
    bound: Bound | None = None
    date: str | None = None
    date_precision: DatePrecision | None = None
    until: str | None = None
    sentence: str
    start: int
    end: int
    line: int | None = None
    """A deal file's row: the line of the file it starts on (a CSV row's first physical line, a JSON
    item's), as the import's errors name a bad row ("deals.csv:12"); an item of a JSON list written on
    one line, which its line does not tell apart, minus its number in the list ("deals.json: item 3":
    -3); None: an article's sentence."""
    # Investments and rounds.
    round_type: str | None = None
    tranche: str | None = None
    tranches: list[Tranche] = Field(default_factory=list)
    condition: str | None = None
    status: StakeStatus | None = None
    percentage: float | None = None
    # How precisely the percentage is stated ("about 8%": approx, "more than 10%": minimum); None: exact.
    percentage_bound: PercentageBound | None = None
    # An amount stated as an equivalent in another currency ("environ 84,7 milliards de francs").
    equivalent_amount: float | None = None
    equivalent_currency: str | None = None
    # Valuations: "post_money", "pre_money" or None when the text does not say.
    basis: str | None = None
    # Metrics, revenue, projections: what is measured and in what unit ("weekly_users", "users").
    metric: str | None = None
    unit: str | None = None
    is_projection: bool = False
    # Partnerships: "compute", "cloud", "commercial"…; statements: the quoted or reported words.
    partnership_kind: str | None = None
    description: str | None = None
    text: str | None = None
    # A review decision the fact arrives with (an ai-deals export's confirmed or edited record);
    # None: extracted, nobody reviewed it.
    review_status: ReviewStatus | None = None
    # An export's edited record: the values its edit changed, as first extracted (`edited_from`).
    edited_from: dict | None = None
    # A raise its sentence only recalls in passing ("Nordwind, which raised $48 million, opened…", « qui a
    # levé 120 millions d'euros »): it happened on or before the source's day, no news of it
    # (importers/extract/recalls.py; store/same_raise.py joins it to the raise it recalls).
    recalled: bool = False
    # An export's record stated by more than its `sentence` (`ExportRecord.more_evidence`): written as
    # evidence of its own each. Not part of the dry run's shape (`dry_run_dict`).
    more_evidence: list[CitedSentence] = Field(default_factory=list, exclude=True)
    # An export's stake: False when it was in no round (`ExportRecord.in_round`), which keeps it out of
    # the day's rounds; None: its round is found from the source's rounds of the day (`day_round`).
    in_round: bool | None = Field(default=None, exclude=True)
    # An export's row citing a story correcting an earlier dispatch (`ExportRecord.source_corrects`):
    # its figures withdraw the dispatch's, as the story's own import marks them.
    cited_corrects: bool = Field(default=False, exclude=True)


class CompanyInfo(BaseModel):
    """What a source says about an organisation or person, beyond its facts."""

    model_config = ConfigDict(extra="forbid")

    name: str
    entity: EntityKind = "organisation"
    country: str | None = None
    city: str | None = None
    sector: str | None = None
    description: str | None = None
    investor_kind: InvestorKind | None = None
    aliases: list[str] = Field(default_factory=list)
    short_names: list[str] = Field(default_factory=list)
    """Its own short names a source gives in brackets after it ("Anjney Midha (AMP)": the fund he backs
    through): an alias the store joins by only when no other name there goes by it (store/writing.py)."""


class ParsedSource(BaseModel):
    """One imported document and everything extracted from it."""

    model_config = ConfigDict(extra="forbid")

    title: str
    published: str | None = None
    language: str | None = None
    publisher: str | None = None
    url: str | None = None
    path: str | None = None
    text: str
    facts: list[Fact] = Field(default_factory=list)
    companies: list[CompanyInfo] = Field(default_factory=list)
    correction: bool = False
    """The story corrects an earlier dispatch (its title or its opening note says so: "CORRECTION - …",
    "(Corrects amount raised in paragraph 1 to $85 million from $75 million)"): its figures withdraw
    those of the dispatch it corrects (store/same_raise.py)."""
    called_off: list[Fact] = Field(default_factory=list)
    """Deals the source tells as called off ("Nvidia has abandoned plans to invest $2 billion in Zeta"), as
    investments of status `called_off` dated its day: no facts of it (no money moved), but what marks the same
    investor's deal in the same company an earlier source told (store/called_off.py)."""

    def dry_run_dict(self) -> dict:
        """The stable `import --dry-run --json` shape of this source."""
        return {
            "title": self.title,
            "published": self.published,
            "language": self.language,
            "publisher": self.publisher,
            "url": self.url,
            "path": self.path,
            "facts": [fact.model_dump(exclude_defaults=False) for fact in self.facts],
            "companies": [company.model_dump() for company in self.companies],
            "called_off": [fact.model_dump(exclude_defaults=False) for fact in self.called_off],
        }
