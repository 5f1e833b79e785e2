"""What store queries return: pydantic models, never raw rows, so callers never see SQL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import BaseModel, Field, PrivateAttr

from .names import is_description

RecordType = Literal["round", "stake", "partnership", "metric", "statement", "acquisition"]
SearchHitType = Literal["company", "investor", "both"]


class RecordRef(BaseModel, frozen=True):
    """Points at one record of one table: what a selection holds and an export takes."""

    record_type: RecordType
    record_id: int


RecordBounds = dict[str, int]
"""The highest id each record type had given at some moment (`Store.record_bounds`): ids are never
given twice, so a record written since has a higher one."""


def within(ref: RecordRef, bounds: RecordBounds | None) -> bool:
    """Whether `ref` had been written when `bounds` were read (any record, without bounds)."""
    return bounds is None or ref.record_id <= bounds.get(ref.record_type, 0)


class Company(BaseModel):
    id: int
    name: str
    entity: str = "organisation"
    country: str | None = None
    city: str | None = None
    sector: str | None = None
    description: str | None = None
    is_investor: bool = False
    investor_kind: str | None = None
    aliases: list[str] = Field(default_factory=list)


class Tranche(BaseModel):
    seq: int
    label: str | None = None
    amount: float | None = None
    currency: str | None = None
    bound: str | None = None
    date: str | None = None
    date_precision: str | None = None
    condition: str | None = None
    note: str | None = None
    sentence: str | None = None
    """The sentence stating the tranche when it is not its record's (None: the record's states it)."""
    computed: bool = False
    """Whether `amount` is computed (the total less the stated tranches), not stated by the source."""


class Evidence(BaseModel):
    """Where a record came from: the sentence (or deal-file row) and the source it is cited to.

    A deal file's row that names its own source (URL, title, publisher, date) is cited to that
    source; `source_id` is still the document it was read from, `read_from` that document's title.
    """

    source_id: int
    source_title: str
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    sentence: str
    start: int
    end: int
    read_from: str | None = None
    """The deal file's title when the row cites a source of its own, else None."""
    line: int | None = None
    """A deal file's row: the line of its file it starts on (`evidence.line`); None: an article's
    sentence, or a row imported before lines were kept (m041)."""
    from_correction: bool = Field(default=False, exclude=True)
    """Read from a story correcting an earlier dispatch (`sources.corrects`): its figures withdraw that
    dispatch's (same_raise.is_correction_account)."""

    @property
    def row_at(self) -> str | None:
        """Where a deal file's row was read: "vendorA.csv:12"; the file alone for a row citing a source
        of its own imported before lines were kept (m041); None for an article's sentence, and for a
        file's own row without a line (its title names the file already)."""
        file = self.read_from or (self.source_title if self.line is not None else None)
        return at_line(file, self.line)

    @property
    def label_at(self) -> str:
        """`label` with the row it was read from ("vendorA.csv:4", "Reuters title (from vendorA.csv:4)",
        "vendorA.csv:4 · https://…" for a row citing only a URL); an article's sentence: `label`."""
        row_at = self.row_at
        if self.line is None or row_at is None:
            return self.label
        if self.read_from is None:  # the file's own row: titled by the file
            return row_at
        if self.label != self.source_title:  # "vendorA.csv · https://…": the file, its line added
            return f"{row_at} · {self.url}"
        return f"{self.label} (from {row_at})"

    @property
    def conflict_label(self) -> str:
        """How a conflict line names who told a figure: a deal file's own row at its line ("deals.csv:12",
        as `show` and the source view name it); any other by `label`, the source it cites, as an
        import of an export of it names it too (the file a cited row was read from is said only where
        two files disagree on one source: conflicts._by_file_when_one_source)."""
        if self.read_from is None and self.line is not None:
            return self.row_at or self.label
        return self.label

    @property
    def cites_own(self) -> bool:
        """Whether this is a data file's row telling what another source said (an article, a
        database), not a row the file states of its own (`cited_url` a `file:` URL: an export's row
        read from a deal file that named no source)."""
        return self.read_from is not None and not (self.url or "").startswith("file:")

    @property
    def label(self) -> str:
        """The source as review and conflict lines name it: its title; a data file's row citing only
        a URL by the file it was read from, the URL after ("deals.csv · https://…"), since a bare URL
        does not say where the figure came from."""
        if self.cites_own and self.url and self.source_title == self.url:
            return f"{self.read_from} · {self.url}"
        return self.source_title

    @property
    def source_identity(self) -> tuple:
        """Who tells it, the same for every copy of the telling: an article and a deal file's row
        citing that article's URL are one source (the file imported the citation), and so are an
        export's row and the record it was written from (it carries the original URL, title,
        publisher and date). A data file's own rows are the file, by its name (a corrected copy is
        the same source)."""
        return source_key(
            self.url, self.source_title, self.read_from, self.publisher, self.published, self.source_id
        )


def at_line(file: str | None, line: int | None) -> str | None:
    """A deal file's row as its import's errors name it: "vendorA.csv:12", "deals.json: item 3" for an
    item of a JSON list on one line (`evidence.line` -3: `Fact.line`); the file alone when its line is
    unknown (imported before lines were kept)."""
    if file is None or line is None:
        return file
    return f"{file}:{line}" if line > 0 else f"{file}: item {-line}"


def at_lines(file: str | None, first: int | None, last: int | None) -> str | None:
    """A deal file's rows from line `first` to `last`: "hostile.csv lines 2–17" ("deals.json items
    3–7" for items of a JSON list on one line); one row as `at_line` names it ("hostile.csv:2")."""
    if file is None or first is None or last is None or first == last or (first > 0) != (last > 0):
        return at_line(file, first)
    if first > 0:
        return f"{file} lines {min(first, last)}–{max(first, last)}"
    return f"{file} items {min(-first, -last)}–{max(-first, -last)}"


def row_place(line: int) -> str:
    """`evidence.line` in words: "line 12", or "item 3" for an item of a JSON list on one line (-3)."""
    return f"line {line}" if line > 0 else f"item {-line}"


def source_key(
    url: str | None,
    title: str,
    read_from: str | None,
    publisher: str | None,
    published: str | None,
    document: int,
) -> tuple:
    """Who tells a record (`Evidence.source_identity`) or a page's source (`SourceSummary.identity`):
    its URL, a deal file by name for its own rows, else its title, publisher and date."""
    url = (url or "").strip()
    if url.startswith("file:"):
        return ("file", title)
    if url:
        return ("url", _url_key(url))
    if read_from is not None or publisher or published:
        return ("title", title.strip().casefold(), publisher or "", published or "")
    return ("document", document)


def _url_key(url: str) -> str:
    """A URL as two spellings of one page share it: no scheme, `www.`, fragment or final slash, any case."""
    key = re.sub(r"^[a-z][a-z0-9+.-]*://(www\.)?", "", url.casefold()).split("#", 1)[0]
    return key.rstrip("/")


def count_sources(records: list) -> int:
    """How many sources tell these records (each source's record of one raise or stake): distinct
    `Evidence.source_identity`, a record without evidence counting as one of its own."""
    keys = set()
    for record in records:
        keys |= record.source_identities()
    return len(keys)


class Record(BaseModel):
    """Fields every record shares: what it is, where it came from, whether a person reviewed it."""

    id: int
    record_type: RecordType
    company_id: int
    company: str
    source_id: int | None = None
    review_status: str = "extracted"
    evidence: list[Evidence] = Field(default_factory=list)
    _identities: tuple[int, int, frozenset] | None = PrivateAttr(default=None)

    def source_identities(self) -> frozenset:
        """Who tells this record (`Evidence.source_identity` of each evidence; one of its own without
        any), worked out once for its evidence as it is: a round read from 2,001 one-investor rows is
        counted for each of its 2,001 investors' rows on its page (4 million identities: 9 s)."""
        evidence = self.evidence
        cached = self._identities
        if cached is None or cached[0] != id(evidence) or cached[1] != len(evidence):
            keys = frozenset(item.source_identity for item in evidence) or frozenset({("record", self.id)})
            cached = self._identities = (id(evidence), len(evidence), keys)
        return cached[2]

    @property
    def ref(self) -> RecordRef:
        return RecordRef(record_type=self.record_type, record_id=self.id)

    @property
    def record_ids(self) -> list[int]:
        """Every row of its table this record stands for: itself (a raise, stake, figure or partnership
        several sources tell adds the other sources' rows folded into it)."""
        return [self.id]

    @property
    def refs(self) -> list[RecordRef]:
        """What selecting or exporting this record takes: every record it stands for."""
        return [RecordRef(record_type=self.record_type, record_id=id_) for id_ in self.record_ids]

    @property
    def edited(self) -> bool:
        """A person corrected its values by hand: they may differ from its source's words."""
        return self.review_status == "edited"


class Round(Record):
    record_type: RecordType = "round"
    round_type: str | None = None
    amount: float | None = None
    amount_max: float | None = None
    currency: str | None = None
    bound: str | None = None
    date: str | None = None
    date_precision: str | None = None
    post_money_valuation: float | None = None
    pre_money_valuation: float | None = None
    valuation_currency: str | None = None
    valuation_bound: str | None = None
    """The bound of the post-money (or basis-less) valuation its source stated ("approx": "about $210mn")."""
    valuation_basis: str | None = Field(default=None, exclude=True)
    """The basis of that post-money (or basis-less) valuation: post_money, or None when not stated."""
    valuation_edited: bool = Field(default=False, exclude=True)
    """A person corrected the valuation shown beside the round (its source's valuation record)."""
    valuation_id: int | None = Field(default=None, exclude=True)
    """The valuation record (a metric) shown beside the round: its post-money (or basis-less) one,
    else its pre-money one; what the round's form corrects (`queries.round_valuation`)."""
    pre_money_valuation_bound: str | None = None
    equivalent_amount: float | None = None
    equivalent_currency: str | None = None
    status: str | None = None
    condition: str | None = None
    """What the round's conditional part waits on, when its source says ("once Trellis hits 2,000 robots")."""
    tranches: list[Tranche] = Field(default_factory=list)
    """The round's instalments, as a stake's ("$30 million now, and $15 million once …"), in order."""
    recalled: bool = False
    """Its article only recalls the raise in passing ("Nordwind, which raised $48 million, opened…"), as its
    importer marked it (`rounds.recalled`): dated by that article's day, it happened on or before it
    (same_raise.recalled_raise)."""
    investors: list[str] = Field(default_factory=list)
    lead_investors: list[str] = Field(default_factory=list)
    investor_company_ids: list[int] = Field(default_factory=list)
    """The company id of each of `investors`, in the same order (to open their pages)."""
    same_raise_ids: list[int] = Field(default_factory=list)
    """On pages: the other `rounds` rows, read from other sources, that tell the same raise and are
    folded into this one (store/same_raise.py); their evidence and investors are this round's too."""
    accounts: list[Round] = Field(default_factory=list, exclude=True)
    """On pages, for a raise several sources tell: each source's own round as read (its own amount,
    date and evidence), this one first; empty for a round only one source tells."""
    part_ids: list[int] = Field(default_factory=list)
    """On pages: those of `same_raise_ids` that tell only an investor's part of the raise (a deal file's
    `Vantor Capital, 12000000, Series A` beside the article's $20M Series A: same_raise.raise_parts),
    not the raise: they count among the sources of what they state, that investor's money, not the
    round's."""

    withdrawn_ids: list[int] = Field(default_factory=list)
    """On pages: those of `same_raise_ids` whose figure their own outlet's correction story, folded into
    the raise too, withdrew (same_raise.withdrawn_accounts): a figure marked retracted where the raise's
    figures are compared, no source of the raise of its own."""

    called_off_by: list[Evidence] = Field(default_factory=list)
    """On pages: the sentences of later articles calling off the deal of a round whose one investor is the
    one walking away ("Zeta raised $2 billion from Nvidia", then "Nvidia has abandoned plans to invest $2
    billion in Zeta": store/called_off.py), listed and never counted then; empty otherwise. Its status stays
    its source's: a round's form edits what its source said, never what a later article tells of it."""
    called_off_ids: list[int] = Field(default_factory=list, exclude=True)
    """On pages: the call-offs' own `stakes` rows (those of `called_off_by`): told by the round, listed once."""

    spellings_shown: dict[int, int] = Field(default_factory=dict, exclude=True)
    """On an investor's page, of a raise it joined: each investor (company id) the raise's page lists
    under another's spelling -> that one (same_raise.investors_shown_as: a source's "Quill Capital" ->
    "Quill Capital Partners"), so that a source naming it counts for the one it is listed as."""

    @property
    def edited(self) -> bool:
        """It, or one of the sources' rounds folded into it, was corrected by hand."""
        return self.review_status == "edited" or any(a.review_status == "edited" for a in self.accounts)

    @property
    def record_ids(self) -> list[int]:
        """Every `rounds` row this round stands for: itself, then those folded into it."""
        return [self.id, *self.same_raise_ids]

    @property
    def source_count(self) -> int:
        """How many distinct sources tell this raise: a deal file's row citing an article already
        imported is that article, not a second source (`Evidence.source_identity`). A source telling
        only an investor's part of it (`part_ids`) does not tell the raise, nor does a dispatch its own
        outlet's correction withdrew (`withdrawn_ids`): the correction is that outlet's account."""
        withdrawn = set(self.withdrawn_ids)
        return count_sources([a for a in self.whole_accounts if a.id not in withdrawn])

    @property
    def whole_accounts(self) -> list[Round]:
        """The sources' records telling the raise itself: its `accounts` but the investors' parts."""
        parts = set(self.part_ids)
        return [a for a in self.accounts if a.id not in parts] if self.accounts else [self]

    @property
    def told_count(self) -> int:
        """How many distinct sources tell something of this raise: the raise, or an investor's part of it."""
        return count_sources(self.accounts or [self])

    def investor_parts(self, investor_company_id: int) -> list[Round]:
        """The records telling `investor_company_id`'s part of the raise (`part_ids`), if any."""
        parts = set(self.part_ids)
        return [a for a in self.accounts if a.id in parts and investor_company_id in a.investor_company_ids]

    def investor_accounts(self, investor_company_id: int) -> list[Round]:
        """The sources' records naming `investor_company_id` in the raise: those telling the raise
        that list it, and those telling only its part (a deal file's row of its $12M beside the
        article's $20M). A source not naming it tells nothing of it: Les Echos naming Samsung beside
        a deal file's row naming Accel and Amazon is one source for Samsung. A source naming it by
        another spelling the raise lists as it (`spellings_shown`) names it. When no record names it
        (a short name another source spelled out), the raise's own sources."""
        spellings = {investor_company_id}
        spellings |= {other for other, shown in self.spellings_shown.items() if shown == investor_company_id}
        naming = [a for a in self.accounts or [self] if spellings & set(a.investor_company_ids)]
        return naming or self.whole_accounts

    def investor_source_count(self, investor_company_id: int) -> int:
        """How many distinct sources name this investor in the raise (`investor_accounts`): a dispatch
        its own outlet's correction withdrew (`withdrawn_ids`) is that outlet's correction, no other."""
        withdrawn = set(self.withdrawn_ids)
        accounts = self.investor_accounts(investor_company_id)
        return count_sources([a for a in accounts if a.id not in withdrawn] or accounts)


class Stake(Record):
    """Money from an investor into a company."""

    record_type: RecordType = "stake"
    investor_id: int
    """The `investors` row; open the investor's page with `investor_company_id`."""
    investor_company_id: int
    investor: str
    round_id: int | None = None
    round_type: str | None = None
    exported_round_type: str | None = Field(default=None, exclude=True)
    """An export's `round` of the stake: the round type its source states, else its round's when its
    investor is among the round's; none for a stake its article put in a round without naming a type
    or its investor there (imported elsewhere, a type would join it by type and list its investor)."""
    amount: float | None = None
    amount_max: float | None = None
    currency: str | None = None
    bound: str | None = None
    percentage: float | None = None
    percentage_bound: str | None = None
    """How precisely `percentage` is stated: approx ("about 8%"), minimum, maximum; None: exact."""
    date: str | None = None
    date_precision: str | None = None
    tranche: str | None = None
    condition: str | None = None
    status: str | None = None
    tranches: list[Tranche] = Field(default_factory=list)
    same_stake_ids: list[int] = Field(default_factory=list)
    """On pages: the other `stakes` rows, read from other sources, that tell the same stake and are
    folded into this one (store/same_stake.py); their evidence is this stake's too."""
    called_off_by: list[Evidence] = Field(default_factory=list)
    """On pages: the sentences of later articles calling this stake's deal off ("Nvidia has abandoned plans to
    invest $2 billion in Zeta"), its status then `called_off` (store/called_off.py); empty otherwise."""
    accounts: list[Stake] = Field(default_factory=list, exclude=True)
    """On pages, for a stake several sources tell: each source's own stake as read (its own amount,
    date and evidence), this one first; empty for a stake only one source tells."""

    @property
    def record_ids(self) -> list[int]:
        """Every `stakes` row this stake stands for: itself, then those folded into it."""
        return [self.id, *self.same_stake_ids]

    @property
    def round_ids(self) -> list[int]:
        """The rounds this stake was taken in: each source's record's round, when it names one."""
        return [a.round_id for a in self.accounts or [self] if a.round_id is not None]

    @property
    def source_count(self) -> int:
        """How many distinct sources tell this stake (`Evidence.source_identity`)."""
        return count_sources(self.accounts or [self])


class Partnership(Record):
    record_type: RecordType = "partnership"
    partner_id: int
    partner: str
    kind: str | None = None
    description: str | None = None
    since: str | None = None
    since_precision: str | None = None
    until: str | None = None
    until_precision: str | None = None
    # What the partnership is worth, when its source says (m026).
    amount: float | None = None
    amount_max: float | None = None
    currency: str | None = None
    bound: str | None = None
    renewed: str | None = None
    """On pages: the start of a later partnership of the same two companies and kind that renews this
    one (same_partnership.mark_renewals); its own `until` stays as its source gave it."""
    renewed_until: str | None = None
    """On pages: the end of that renewal, when its source gives one."""
    same_partnership_ids: list[int] = Field(default_factory=list)
    """On pages and timelines: the other `partnerships` rows, read from other sources, that tell the
    same partnership and are folded into this one (store/same_partnership.py)."""
    accounts: list[Partnership] = Field(default_factory=list, exclude=True)
    """On pages, for a partnership several sources tell: each source's own record as read, this one
    first; empty for a partnership only one source tells."""

    @property
    def record_ids(self) -> list[int]:
        """Every `partnerships` row this partnership stands for: itself, then those folded into it."""
        return [self.id, *self.same_partnership_ids]

    @property
    def source_count(self) -> int:
        """How many distinct sources tell this partnership (`Evidence.source_identity`)."""
        return count_sources(self.accounts or [self])


class Metric(Record):
    """A dated figure about a company: revenue, users, a valuation outside a round, a projection."""

    record_type: RecordType = "metric"
    metric: str
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    currency: str | None = None
    bound: str | None = None
    date: str | None = None
    date_precision: str | None = None
    is_projection: bool = False
    basis: str | None = None
    description: str | None = None
    status: str | None = None
    """A valuation's status, read with it (queries._VALUATION_STATUS): "in_talks" for the value of a raise its
    source tells as still in talks, told in the same sentence, "planned" for one it tells only planned; None
    otherwise."""
    same_metric_ids: list[int] = Field(default_factory=list)
    """On pages: the other `metrics` rows, read from other sources, that state the same figure and are
    folded into this one (store/same_metric.py); their evidence is this metric's too."""
    accounts: list[Metric] = Field(default_factory=list, exclude=True)
    """A person's correction (shown) and the source's record it corrects, when the page folds them
    (`conflicts.fold_corrected_metrics`), and each source's record of a figure several sources state
    (`same_metric.fold_metric`); empty otherwise."""

    @property
    def record_ids(self) -> list[int]:
        """Every `metrics` row this figure stands for: itself, then those folded into it."""
        return [self.id, *self.same_metric_ids]

    @property
    def source_count(self) -> int:
        """How many distinct sources state this figure (`Evidence.source_identity`)."""
        return count_sources(self.accounts or [self])


class Statement(Record):
    record_type: RecordType = "statement"
    text: str
    counterpart_id: int | None = None
    counterpart: str | None = None
    date: str | None = None
    date_precision: str | None = None


class Acquisition(Record):
    record_type: RecordType = "acquisition"
    acquirer_id: int
    acquirer: str
    amount: float | None = None
    currency: str | None = None
    bound: str | None = None
    percentage: float | None = None
    percentage_bound: str | None = None
    """How precisely `percentage` is stated (as a stake's); None: exact."""
    date: str | None = None
    date_precision: str | None = None
    status: str | None = None


class SourceSummary(BaseModel):
    id: int
    title: str
    publisher: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    path: str | None = None
    content_hash: str
    fact_count: int = 0
    kind: str = "article"  # or "dataset": a deal file, whose text is its header line
    read_from: str | None = None
    """On a company page, a source rows of a deal file cite: the file's title (`id` is the file's)."""
    line: int | None = None
    """On a company page, a deal file or a source its rows cite: the line of the file `focus` was
    read from (None: unknown, or the rows of several files)."""
    first_line: int | None = None
    last_line: int | None = None
    """On a company page, a deal file's own rows about the company (citing no source): the first and
    the last of their lines, as `show` names each row ("hostile.csv lines 2–17")."""
    cited_fact_count: int = 0
    """On a company page, an imported document's entry: how many of `fact_count` are records of the
    company from data files' rows citing it (`cited_in`), not the document's own (all of its facts,
    the same on every page)."""
    cited_in: str | None = None
    """The data files those rows were read from ("deals.csv, slice.csv")."""
    focus: RecordRef | None = None
    """On a company page, for a deal file or a source its rows cite: the first record read from it,
    whose row(s) `Store.source(id, focus)` shows."""

    @property
    def read_at(self) -> str | None:
        """The Sources table's "read from": the deal file and the line of the company's first row in it
        ("vendorA.csv:12") for a source its rows cite; the file's own rows about the company by their
        lines ("deals.json lines 184–193", as the explorer's Sources list names them); None for a document."""
        if self.kind == "dataset" and self.read_from is None and self.first_line is not None:
            return at_lines(self.title, self.first_line, self.last_line)
        file = self.read_from or (self.title if self.kind == "dataset" else None)
        return at_line(file, self.line)

    @property
    def identity(self) -> tuple:
        """Who it is, as `Evidence.source_identity` tells the sources of a round: an article and a
        deal file's rows citing its URL are one source, and so are two files' rows citing one URL."""
        return source_key(self.url, self.title, self.read_from, self.publisher, self.published, self.id)


class SourceSpan(BaseModel):
    """One extracted fact's place in a source text."""

    record_type: RecordType
    record_id: int
    start: int
    end: int
    label: str
    line: int | None = None
    """A deal file's row: the line of the file it starts on (`evidence.line`; None: unknown)."""


class Citation(BaseModel):
    """The source a deal file's row names for its facts."""

    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None


class Source(SourceSummary):
    text: str
    spans: list[SourceSpan] = Field(default_factory=list)
    citation: Citation | None = None
    """For a deal file shown at a record's rows: the source the first of those rows cites, if any."""
    row_count: int = 0
    """For a deal file shown at a record's rows: how many rows the record was read from in all."""
    rows_skipped: int = 0
    """For a deal file shown at a record's rows: how many of them come before the first span (a page
    after the first: `store.source(..., skip=...)`); its text then has no header line."""
    last_row_id: int | None = None
    """For a deal file shown at a record's rows: the evidence id of the last row read, where the next
    page starts (`store.source(..., after=...)`); None when none was read."""


class ConflictValue(BaseModel):
    """One of the values in a conflict and the sources that stated it."""

    value: str
    sources: list[str]


class Conflict(BaseModel):
    """Two sources that state different values for what looks like the same fact."""

    what: str
    values: list[str]
    """The values, smallest first."""
    sources: list[str]
    """Every source once, in the order of the values they stated (the first value's sources first)."""
    stated: list[ConflictValue] = Field(default_factory=list)
    """Each value with the sources that stated it, in the order of `values`."""


class CoInvestor(BaseModel):
    """An investor sharing deals with another (store/coinvestors.py): who, how often, when, in what."""

    company_id: int
    name: str
    deals: int
    """Deals shared: its `rounds` and its `stake_deals`, what the co-investors are ranked by."""
    rounds: int
    """Rounds shared (a raise several sources tell is one)."""
    stake_deals: int = 0
    """Stakes in no round both took in one company the same day: announced together, yet no round."""
    led: int = 0
    """How many of them it led."""
    first: str | None = None
    last: str | None = None
    """The first and last shared deal's dates (ISO, partial as stated)."""
    companies: list[str] = Field(default_factory=list)
    """The companies whose deals they shared, the latest first, each once."""
    shared_rounds: list[Round] = Field(default_factory=list, exclude=True)
    """The rounds shared, as the investor's page lists them (the same objects: nothing copied)."""
    shared_stake_ids: list[int] = Field(default_factory=list, exclude=True)
    """The stakes in no round both took the same day (each side's): the other deals shared."""
    shared_stakes: list[Stake] = Field(default_factory=list, exclude=True)
    """The investor's own stake of each of those stake deals (as its page lists it): what lists them."""

    @property
    def refs(self) -> list[RecordRef]:
        """Every record of the deals shared: what selecting or exporting the co-investor's row takes
        (made when asked: a fund of 15,000 investments has tens of thousands)."""
        stakes = (RecordRef(record_type="stake", record_id=id_) for id_ in self.shared_stake_ids)
        return [*(ref for round_ in self.shared_rounds for ref in round_.refs), *stakes]


class CompanyPage(BaseModel):
    """Everything known about one company, for `ai-deals show` and the company screen."""

    company: Company
    rounds: list[Round] = Field(default_factory=list)
    investors: list[Stake] = Field(default_factory=list)
    portfolio: list[Stake] = Field(default_factory=list)
    rounds_joined: list[Round] = Field(default_factory=list)
    """Other companies' rounds this company is named in as an investor."""
    partnerships: list[Partnership] = Field(default_factory=list)
    metrics: list[Metric] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    acquisitions: list[Acquisition] = Field(default_factory=list)
    sources: list[SourceSummary] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    investor_count: int = 0
    """Distinct investors: with a stake, or named in one of its rounds (as its search hit counts them)."""
    backed_count: int = 0
    """Distinct companies it backed: with a stake, or by joining one of their rounds."""
    raised: dict[str, float] = Field(default_factory=dict)
    """Money raised per currency (store/money_raised.py): what its search result, header, chart and
    `ai-deals show` say it raised."""
    raised_conditional: dict[str, tuple[float, bool]] = Field(default_factory=dict)
    """Money promised on a condition per currency, and whether it is a ceiling ("up to"): said beside
    money raised, never in it (`money_raised.money_totals`)."""
    raised_ceiling: dict[str, float] = Field(default_factory=dict)
    """Money committed only up to a ceiling per currency ("up to $100 billion"): said beside money
    raised, never in it (`money_raised.money_totals`)."""
    co_investors: list[CoInvestor] = Field(default_factory=list)
    """The investors sharing its rounds, most shared first (store/coinvestors.py); on a full page only."""
    cut: list[str] = Field(default_factory=list, exclude=True)
    """On the first rows of a page (`Store.company_head`): the lists cut short, more being read."""

    def joined_rounds_shown(self) -> list[Round]:
        """The rounds of other companies listed in its portfolio: those it is named in as an investor
        without a stake of its own in them (a stake is listed instead)."""
        with_stake = {round_id for stake in self.portfolio for round_id in stake.round_ids}
        company_id = self.company.id
        if not with_stake:  # an investor named in rounds only: nothing to look up for each of them
            return [item for item in self.rounds_joined if company_id in item.investor_company_ids]
        return [
            item
            for item in self.rounds_joined
            if not with_stake.intersection(item.record_ids) and company_id in item.investor_company_ids
        ]

    def led_round_ids(self) -> set[int]:
        """The ids of every account of the other companies' rounds it led (`rounds_joined`): a stake of
        its own in one is its part as the lead (the Portfolio row says "lead", as the round's row does)."""
        company_id = self.company.id
        led: set[int] = set()
        for item in self.rounds_joined:
            named = [
                name
                for name, id_ in zip(item.investors, item.investor_company_ids, strict=False)
                if id_ == company_id
            ]
            if any(name in item.lead_investors for name in named):
                led.update(item.record_ids)
        return led

    @property
    def refs(self) -> list[RecordRef]:
        """Every record the page shows, in its order: as a company (rounds, investors), as an investor
        or acquirer (portfolio, rounds joined, acquisitions), and its partnerships, metrics and
        statements; what `export --company` and the explorer's `e` on the page export."""
        return [RecordRef(record_type=kind, record_id=id_) for kind, id_ in dict.fromkeys(self._ref_keys())]

    @property
    def ref_count(self) -> int:
        """How many records `refs` names, without making them (30,000 models for an investor in
        15,000 rounds: 0.2 s)."""
        return len(set(self._ref_keys()))

    def _ref_keys(self) -> Iterator[tuple[RecordType, int]]:
        records: list[Record] = [
            *self.rounds,
            *self.investors,
            *self.portfolio,
            *self.joined_rounds_shown(),
            *self.partnerships,
            *self.metrics,
            *self.statements,
            *self.acquisitions,
        ]
        for record in records:
            # A raise, stake, figure or partnership several sources tell is one row: every source's
            # record of it is exported, as the whole export writes them (a folded partnership lost one).
            yield from ((record.record_type, id_) for id_ in record.record_ids)


class SearchHit(BaseModel):
    company_id: int
    name: str
    hit_type: SearchHitType
    matched: str
    """The name or alias that matched (equals `name` unless an alias matched)."""
    positions: list[int] = Field(default_factory=list)
    """Indices into `matched` of the characters the query matched, for highlighting."""
    score: float
    summary: str = ""


class TimelineEvent(BaseModel):
    ref: RecordRef
    date: str
    date_precision: str | None = None
    company_id: int
    company: str
    counterpart_id: int | None = None
    counterpart: str | None = None
    title: str
    is_projection: bool = False
    source_id: int | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None
    also: list[RecordRef] = Field(default_factory=list)
    """Other sources' records of the same figure folded into this event (`timeline.with_folded`):
    exporting the event takes them too."""
    place: tuple[str, int] | None = Field(default=None, exclude=True)
    """An undated round's place on its company's timeline, as its page lists it (store/round_order.py):
    the date of the dated round it comes before ("~": after every date) and its rank there."""

    @property
    def order(self) -> tuple[str, str, int]:
        """Where the event goes on a timeline: (date, record type, record id). A date known only to
        its year (or month) comes before the events dated within that year (month), as on company
        pages: it is where the period starts. A projection comes after them: "about 70 employees by
        the end of the year" is expected by the end of it, so "for 2018" follows 2018-03 (a "~" sorts
        after any "-MM-DD"; schema.TIMELINE_KEY says the same in SQL)."""
        if self.place is not None:  # before that date's events: "" sorts before any record type
            return self.place[0], "", self.place[1]
        date = f"{self.date}~" if self.is_projection and self.date else self.date
        return date, self.ref.record_type, self.ref.record_id


class TimelineOutline(BaseModel):
    """The whole timeline's shape without its events: how many events each place in its order holds
    (`keys`: dates, a projection's marked "~", in order), from which an event's index, the years and
    where each starts are known."""

    keys: list[str] = []
    counts: list[int] = []

    @property
    def total(self) -> int:
        return sum(self.counts)

    def starts(self) -> list[int]:
        """The index of each key's first event."""
        starts, total = [], 0
        for count in self.counts:
            starts.append(total)
            total += count
        return starts

    def years(self) -> tuple[list[str], list[int]]:
        """Distinct years in order and the index of each year's first event."""
        years: list[str] = []
        year_starts: list[int] = []
        for key, start in zip(self.keys, self.starts(), strict=True):
            if not years or key[:4] != years[-1]:
                years.append(key[:4])
                year_starts.append(start)
        return years, year_starts


TimelineKey = tuple[str, str, int]
"""An event's place on a timeline (`TimelineEvent.order`); ("2019", "", 0) is the start of the key "2019"."""


class ExportRecord(BaseModel):
    """One record flattened for CSV, JSON and Markdown exports; a whole database's CSV and JSON
    exports also give one `company` row per company with details to carry (see `company_row`)."""

    record_type: RecordType | Literal["company"]
    record_id: int
    company: str
    counterpart: str | None = None
    counterpart_role: str | None = None
    kind: str | None = None
    amount: float | None = None
    amount_max: float | None = None
    """The top of a range (`bound` = range): "$10B–30B" is amount 10e9, amount_max 30e9."""
    currency: str | None = None
    bound: str | None = None
    unit: str | None = None
    """A metric's unit ("users"), when it is not money."""
    basis: str | None = None
    """A valuation's basis: post_money or pre_money, when the source says."""
    percentage: float | None = None  # of the company's capital, for stakes that state one
    date: str | None = None
    round: str | None = None
    tranche: str | None = None
    condition: str | None = None
    status: str | None = None
    source_title: str | None = None
    publisher: str | None = None
    source_date: str | None = None
    source_url: str | None = None
    sentence: str | None = None
    lead_investors: str | None = None
    """A round's lead investors, separated by "; " (as `counterpart` lists all of them)."""
    review_status: str | None = "extracted"
    """extracted (nobody reviewed it), confirmed or edited; rejected records are never exported.
    Empty on company rows."""
    # Appended after the first columns so their positions in a CSV stay.
    until: str | None = None
    """A partnership's end, ISO at its precision (as `date`, its start)."""
    description: str | None = None
    """A partnership's or figure's description; a company row's description of the company."""
    text: str | None = None
    """A statement's words."""
    tranches: str | None = None
    """A stake's or a round's instalments as a JSON list: [{"label", "amount", "currency", "bound", "date",
    "date_precision", "condition", "note", "computed"}…], in order ("computed": true only for an amount
    computed as the rest of the total)."""
    entity: str | None = None
    """Company rows: organisation or person."""
    country: str | None = None
    city: str | None = None
    sector: str | None = None
    aliases: str | None = None
    """Company rows: the other names it is known by, separated by "; "."""
    investor_kind: str | None = None
    """Company rows: the kind of investor it is (corporate, venture_fund…), empty when none."""
    percentage_bound: str | None = None
    """A stake's or acquisition's: how precisely `percentage` is stated (approx, minimum, maximum);
    empty when exact."""
    edited_from: str | None = None
    """An edited record's: the values the edit changed, as first extracted, as a JSON object
    ({"amount": 15000000.0}; a company or investor by its name), so an import elsewhere still marks
    which of its values were edited. Empty when not edited."""
    more_evidence: str | None = None
    """The record's evidence past the first (`sentence`), as a JSON list of objects (`sentence`,
    and the source each cites: `source_title`, `publisher`, `source_date`, `source_url`): a round
    read from several rows of a deal file (one investor each) keeps every row. Empty when one."""
    equivalent_amount: float | None = None
    """A round's amount as its source also states it in another currency ("€3M (about $3.3M)": 3.3e6),
    which money raised and a stake in that currency go by (store/money_raised.py)."""
    equivalent_currency: str | None = None
    """The currency of `equivalent_amount`."""
    tranche_computed: bool | None = None
    """True when one of a stake's or round's tranche amounts is computed (the total less the stated
    tranches), not stated: `tranches` marks which one ("computed": true), and an import reads that."""
    in_round: bool | None = None
    """A stake's: true when it is in a round, false when in none (a conditional promise its article
    kept out of the day's round), which an import keeps (its round is found again as the import finds
    one); empty for other records."""
    same_as: int | None = None
    """Another source's account of a raise, stake, partnership or figure the app shows once (`· 3
    sources`): the `record_id` of the record of that type whose figure it shows and counts (of a raise
    a correction story tells, the correction's, whose event on the timeline is the dispatch's:
    TimelineFolds.same_as); empty on that one and on a record told once. A sum over the rows without
    it counts each deal once."""
    counted: float | None = None
    """The money the app's money raised counts of this record, in its `currency`
    (money_raised.counted_money): its amount, or its committed part when some of it is promised on a
    condition; empty when it counts none (a raise in talks, a running total, money only promised, a stake
    in a round, another account of a raise). Summed per currency, the company's money raised."""
    source_corrects: bool | None = None
    """True when the source `source_title` names is a story correcting an earlier dispatch
    (`sources.corrects`), whose figures withdraw those it corrects: an import marks its row's cited
    source so (`evidence.cited_corrects`) and folds it the same way. Empty otherwise."""
    retracted: bool | None = None
    """True on a round whose figure its own outlet's correction story withdrew (AFP's "102 million
    euros", which its "CORRECTED" story puts at 120: same_raise.withdrawn_accounts), the one `show`
    marks "(retracted)": listed so that what was first reported stays on record, never counted. An
    import ignores it and finds it again from the correction's `source_corrects`. Empty otherwise."""
    recalled: bool | None = None
    """A round's: true when its article only recalls the raise in passing (`rounds.recalled`: "which raised
    $48 million"), so that an import joins it to the raise it recalls as the app does. Empty otherwise."""
    called_off: bool | None = None
    """True on a stake a later article calls off ("Nvidia has abandoned plans to invest $2 billion in Zeta":
    store/called_off.py), the one `show` says "called off (source, date)": listed so that what was first
    reported stays on record, never counted; and on the call-off's own row (status `called_off`). An import
    ignores it and finds it again from the call-off's row. Empty otherwise."""
    read_from: str | None = Field(default=None, exclude=True)
    """The deal file a row citing a source of its own was read from (`Evidence.read_from`): said in
    the Markdown export's `source` cell ("… (from vendor.csv)"), never a CSV or JSON column (an import
    elsewhere reads the row from the export, and the file it came from would then differ)."""
    read_line: int | None = Field(default=None, exclude=True)
    """The line of that file the row starts on (`Evidence.line`): the Markdown `source` cell's
    "(from vendor.csv:12)", for the same reason never a CSV or JSON column."""
    more_read: list[tuple[str | None, int | None]] = Field(default_factory=list, exclude=True)
    """`read_from` and `read_line` of each of `more_evidence`'s, in its order: a one-per-deal export's
    `sources` names every row of a file telling a record ("short.csv:2, 4"), never a CSV or JSON column."""


class DealExportRecord(ExportRecord):
    """One row per deal (`ai-deals export --one-per-deal`, the dialog's "one row per deal"): the record
    the app counts for a raise, stake, partnership or figure several sources tell, standing for the
    other accounts, which the full export lists too (`same_as`). For sums; not for importing back."""

    sources: str | None = None
    """Every source telling the deal, separated by "; " ("Title · Publisher · 2026-01-20;
    vendorB.csv"), the counted record's first."""
    other_figures: str | None = None
    """The figures other sources give that differ from the row's, each with its source
    ("$28M (vendorB.csv)"), separated by "; "; empty when they all agree."""


class Overview(BaseModel):
    """How many rows each user-facing table holds: every record table (a test keeps them equal to
    schema.RECORD_TABLES), the companies and investors they are about, and the sources."""

    COUNTED: ClassVar[tuple[str, ...]] = (
        "companies",
        "investors",
        "rounds",
        "stakes",
        "partnerships",
        "metrics",
        "statements",
        "acquisitions",
        "sources",
    )
    path: str
    schema_version: int
    companies: int
    investors: int
    rounds: int
    stakes: int
    partnerships: int
    metrics: int
    statements: int
    acquisitions: int
    sources: int


_SHELL_PLAIN = re.compile(r"[\w.,+@%/:=-]+")


def shell_word(text: str) -> str:
    """`text` as one word of a POSIX shell command: as is when plain ("Nvidia"), else in double
    quotes ("Thrive Capital"), whose specials are escaped."""
    if _SHELL_PLAIN.fullmatch(text):
        return text
    return '"' + re.sub(r'(["\\$`])', r"\\\1", text) + '"'


class RefusedAlias(BaseModel, frozen=True):
    """An alias an import did not add: its normalised name is already another company's name or
    alias here, and one name stands for one company (`ai-deals merge` joins the two)."""

    alias: str
    company: str  # the company the alias was given for
    other: str  # the company here the alias already names
    other_alias: bool = False  # the alias is one of `other`'s aliases rather than its name
    short: bool = False  # the alias is a short form of `company`'s name ("Kestrel" of Kestrel Analytics)
    # The companies here a bare short name fits ("Kestrel": Kestrel Photonics, Kestrel Analytics): the
    # record naming it joined none of them; `company` is the company of that name made for it.
    shared: tuple[str, ...] = ()
    # What the sources of `company` and of `other` state differently, each side's way ("Berlin, DE",
    # "Montpellier, FR"): `alias`, a short form of `company`'s name, is `other`'s name, and the two
    # stay two in either import order.
    differs: tuple[str, ...] = ()

    def line(self) -> str:
        """'alias 'Thrive Capital' of Nvidia not added: it is the name of another company here;
        `ai-deals merge Nvidia "Thrive Capital"` joins them'. A description ("le groupe de Redmond")
        fits two companies without making them one: no merge is offered for it."""
        if self.shared:
            names = ", ".join(self.shared)
            merge = f"`ai-deals merge {shell_word(self.shared[0])} {shell_word(self.company)}`"
            return (
                f"{self.alias!r} is a short name of several companies here ({names}): joined to none, "
                f"a company {self.company!r} of its own; {merge} (or another of them) joins it to the one it is"
            )
        if self.differs:
            merge = f"`ai-deals merge {shell_word(self.company)} {shell_word(self.other)}`"
            return (
                f"{self.other} and {self.company} stay two companies: {self.alias!r} is a short name of "
                f"{self.company}, but their sources disagree ({self.company}: {self.differs[0]}; {self.other}: "
                f"{self.differs[-1]}); {merge} joins them "
                "if they are one"
            )
        what = (
            f"an alias of another company here, {self.other}"
            if self.other_alias
            else ("the name of another company here")
        )
        said = f"alias {self.alias!r} of {self.company} not added: it is {what}"
        if is_description(self.alias):
            return said
        merge = f"`ai-deals merge {shell_word(self.company)} {shell_word(self.other)}`"
        if self.short:  # a short name two companies go by is no sign they are one
            return f"{said}; a short name both go by, so they stay two ({merge} joins them if they are one)"
        return f"{said}; {merge} joins them"


# Refused aliases said one line each up to this many; the rest are counted in one more line.
REFUSED_ALIASES_SHOWN = 5


def refused_alias_lines(refused: list[RefusedAlias], shown: int = REFUSED_ALIASES_SHOWN) -> list[str]:
    """One line per alias an import did not add, the first `shown` of them, then how many more."""
    lines = [alias.line() for alias in refused[:shown]]
    more = len(refused) - shown
    if more > 0:
        names = "aliases" if more > 1 else "alias"
        lines.append(f"... and {more:,} more {names} not added: names of other companies here")
    return lines


class ImportReport(BaseModel):
    """What one import did, per source: the CLI prints it, tests assert on it."""

    title: str
    path: str | None = None
    action: Literal["added", "unchanged", "replaced"]
    facts: int = 0
    source_id: int | None = None
    decisions_dropped: int = 0
    """Review decisions on the replaced version that no fact of this one could keep."""
    decisions_gone: int = 0
    """Of those, the ones whose fact this version no longer states at all (the others' figure changed)."""
    companies_removed: int = 0
    """Companies only the replaced version named (nothing names them any more), removed with it."""
    aliases_refused: list[RefusedAlias] = Field(default_factory=list)
    """Aliases the source gave that name another company here: not added (see `RefusedAlias`)."""
    companies_joined_unlike: list[str] = Field(default_factory=list)
    """One line per company the source joined by name though it states another city or trade of it."""


class MergeSummary(BaseModel):
    """One merge: which name was folded into which company, when, and whether it was undone."""

    id: int
    kept_id: int
    kept: str
    merged_name: str
    merged_at: str
    undone_at: str | None = None
    split_at: str | None = None
    """When a split took the merged company back out (the merge is reversed: no undo)."""


class UnmergeSummary(BaseModel):
    """What `unmerge` did: the company restored, and the records written while the merge stood."""

    company_id: int
    kept: str = "?"
    """The kept company's current name ("?" when it is gone)."""
    given_back: int = 0
    """Records imported during the merge whose source names the restored company (not the kept one)."""
    untold: int = 0
    """Records imported during the merge whose source names both: they stay with the kept company."""
    unnamed: int = 0
    """Records imported during the merge whose source names neither: they stay with the kept company."""


class SplitSummary(BaseModel):
    """What `split` did: `other` made a company of its own (`other_id`) out of `company`."""

    company: str
    other: str
    other_id: int
    records: int
    """Records (and round memberships) moved to it."""
    sources: int
    """The sources they came from."""
    company_id: int | None = None
    """The company split (`company`), which `merging.undo_split` merges `other` back into."""
    alias_added: bool = False
    """Whether the split gave `other` its name as a new alias (no alias of the company had it): its
    undo takes it back, as a merge would not."""
    split_at: str | None = None
    """When it was made: its `split_sources` rows and the merges it marked split apart carry it."""
    marked_merges: list[int] = Field(default_factory=list)
    """The standing merges it marked split apart (`split_at`): its undo unmarks them."""


class ReviewOrder(BaseModel):
    """The facts a review walks, in order, as (record_type, record_id) pairs: 100k `RecordRef`s took a
    second to make, so a reference is made only for the facts asked for."""

    keys: list[tuple[RecordType, int]]

    def __len__(self) -> int:
        return len(self.keys)

    def ref(self, index: int) -> RecordRef:
        record_type, record_id = self.keys[index]
        return RecordRef(record_type=record_type, record_id=record_id)

    def refs(self) -> list[RecordRef]:
        return [RecordRef(record_type=kind, record_id=id_) for kind, id_ in self.keys]


class ReviewUndo(BaseModel):
    """What a review decision replaced, so the review screen's `u` can put it back."""

    ref: RecordRef
    row: dict
    decision: dict | None = None
    links: list[dict] | None = None
    """A round's `round_investors` rows before an edit (None: the edit left them alone)."""
    created_companies: list[int] = []
    """Companies the edit created (a name typed that no company had): undone with it when unused."""
    created_investors: list[int] = []
    """Investors rows the edit created, likewise."""
    created_aliases: list[int] = []
    """Aliases the edit created (a new spelling of a known company, "OpenAI Inc."), likewise."""
    removed_companies: list[dict] = []
    """Companies the edit removed, their last record taken (`merging.remove_unused_companies`): put back."""
    fact_key: tuple[str, str, str | None] | None = None
    """The fact's source key, fingerprint and identity when decided: a re-import of its source replaces
    the record, and the undo then finds the record that carries the decision over by them."""
    changed: list[str] = []
    """The columns the decision changed (its status, the fields an edit corrected)."""
    edited_investors: list[int] | None = None
    """A round's investors after an edit of them (None: the edit left them alone)."""
    decision_id: int | None = None
    """The stored decision the write made (a re-import carries it over to the new record)."""
    also: ReviewUndo | None = None
    """A second record the same edit corrected (a round's valuation record): undone with it."""
    added: bool = False
    """The edit made the record (a valuation given to a round with none): undoing it removes it."""
    valuation_of: RecordRef | None = None
    """The round whose given valuation (`review.added_valuation`) the edit gave, changed or took away."""
    valuation_of_key: tuple[str, str, str | None] | None = None
    """That round's fact key then: finds it again after a re-import of its source."""
    added_before: dict | None = None
    """The valuation the round's decision kept as given before the edit (None: none)."""
    round_links: dict[int, list[dict]] = {}
    """Rounds' `round_investors` rows before a stake's edit put it in one of them (`relink_stake`), or a
    round's edit moved stakes out of or into it (`rejoin_round`)."""
    stake_rounds: dict[int, int | None] = {}
    """Stakes a round's edit moved (`rejoin_round`), with the round each was in before."""
    twins: list[ReviewUndo] = []
    """Other documents' records of the same stake with the same figures the decision was applied to
    too (`review.identical_twins`): undone with it."""


class SelectedFact(BaseModel, frozen=True):
    """What finds a selected record again once a re-import of its source replaced it (with a new id):
    its fact key (source key, sentence fingerprint, identity) and its source's id, read when selected."""

    key: tuple[str, str, str | None]
    source_id: int


class ReviewUndone(BaseModel):
    """What undoing an edit did with the companies that edit had created."""

    removed: list[str] = []
    """Their names, removed with the edit: nothing refers to them any more."""
    kept: list[str] = []
    """Their names, kept: another fact (or a merge) refers to them now."""
    replaced: bool = False
    """The decision was undone on the record a re-import of its source put in place of the one decided."""


class MapNode(BaseModel):
    company_id: int
    name: str
    depth: int


class MapEdge(BaseModel):
    """`source_id` invests in / buys, sells or holds a stake in / joins a round of / partners with /
    acquires `target_id` (`kind`: store/graph.py); `label` is amount, share and year;
    `date` the link's date at its precision ("2019", "2019-05", "" undated), which orders the map."""

    source_id: int
    target_id: int
    kind: str
    label: str = ""
    date: str = ""


class RelationshipMap(BaseModel):
    """`found`: the linked companies the walk came upon, shown or not; `capped`: the walk stopped at
    the map's size limit with companies found and not shown; `unwalked`: some of those are within
    the map's depth, so their links, never read, may reach companies `found` does not count."""

    center_id: int
    nodes: list[MapNode]
    edges: list[MapEdge]
    found: int = 0
    capped: bool = False
    unwalked: bool = False


class SourceRemoval(BaseModel):
    """What `remove` took (or, in a dry run, would take) with a source."""

    source_id: int
    title: str
    kind: str
    records: dict[str, int] = {}
    """Its records of each type (`round`, `stake`, …) that had any."""
    companies: int = 0
    """Companies nothing else names, removed with it."""
