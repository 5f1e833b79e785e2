"""Human forms of amounts and bounds, and text with control characters made visible, shared by the
CLI tables, the TUI and Markdown exports."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from typing import TYPE_CHECKING

# The amount words live with the importers, which compare an export's tranche cells with them; the
# CLI, the TUI and the store read them from here.
from ai_deals.importers.amount_words import (  # noqa: F401 (re-exported)
    BOUND_SIGNS,
    CURRENCY_SIGNS,
    display_unit,
    format_amount,
    short_number,
    significant,
)
from ai_deals.importers.controls import escaped_surrogates
from ai_deals.importers.metric_names import FUND_CLOSED
from ai_deals.importers.traded_stakes import (
    STAKE_BOUGHT_TYPES,
    STAKE_PART_SOLD_TYPES,
    STAKE_SOLD_TYPES,
    traded_kind,
)

from .names import fold

if TYPE_CHECKING:
    from .models import Tranche, UnmergeSummary


def computed_note(tranche: Tranche, total: float | None = None, currency: str | None = None) -> str:
    """' (computed: rest of $50B)' after a tranche amount its source does not state but that was computed
    as its record's `total` less the stated tranches (' (computed: the rest)' without the total at
    hand); '' for an amount stated. The reader must not take a subtraction for a figure from the source."""
    if not tranche.computed or tranche.amount is None:
        return ""
    if total is None:
        return " (computed: the rest)"
    return f" (computed: rest of {format_amount(total, currency or tranche.currency)})"


def format_share(percentage: float | None, bound: str | None = None) -> str:
    """A stake's share of a company with its bound: '8%', '~8%' (about), '≥10%' (more than), '≤20%'
    (up to); '' when there is none."""
    if percentage is None:
        return ""
    return f"{BOUND_SIGNS.get(bound or 'exact', '')}{percentage:g}%"


# Money told but not raised or paid: every place that describes a round or a stake says so in these
# words (`show`, the timeline, the map, a company page's rows, the chart, Markdown exports).
_UNRAISED_WORDS = {"in_talks": "in talks", "planned": "planned", "conditional": "conditional"}


def status_words(status: str | None) -> str:
    """'in talks' for a raise still negotiated, 'planned' for one the company only plans or seeks, 'conditional' for money promised on a condition ("could
    invest up to $1B if …"); '' for money told as raised, committed or paid."""
    return _UNRAISED_WORDS.get(status or "", "")


def investor_label(name: str, leads: Collection[str], *notes: str) -> str:
    """'Vantor Capital (lead, part: $12M)', 'Osk Partners (lead)', 'Osk Partners': an investor's name
    marked when it led the deal (named among `leads`), then any other `notes`, as `show`, the
    explorer's rows and an import's fact lines all write it: one mark, spelt one way."""
    said = ["lead", *notes] if name in leads else list(notes)
    return f"{name} ({', '.join(said)})" if said else name


def status_label(status: str | None) -> str:
    """A record's status as people read it: 'in talks', 'planned', 'conditional', 'announced', 'completed';
    '' when it has none. (An import reads these words back as the stored codes.)"""
    return (status or "").replace("_", " ")


_SERIES_CODE = re.compile(r"series[ _-]?([a-z]\d?)(?:[ _-](.+))?", re.IGNORECASE)
_PRE_SEED_CODE = re.compile(r"pre[ _-]?seed", re.IGNORECASE)
_ABBREVIATIONS = {"ipo": "IPO", "ico": "ICO", "spac": "SPAC"}


@lru_cache(maxsize=512)  # a few types over and over: 15,000 rounds on an investor's page
def round_label(round_type: str | None) -> str:
    """A round's type as articles write it ("Series F", "Seed", "Pre-seed"), whatever code a deal
    file gave it ("series_f", "series-a", "seed", "private_equity" -> "Private equity"); "round"
    when it has none. A type already written for people ("Série A", "Bridge") is kept as it is.
    Exports write it too (the importer reads "Series A" back as it is), so a round reads the same
    everywhere."""
    if not round_type or not round_type.strip():
        return "round"
    text = round_type.strip()
    if generic := _GENERIC_ROUND_LABELS.get(_type_key(text)):
        return generic
    if series := _SERIES_CODE.fullmatch(text):
        rest = f" {series.group(2).replace('_', ' ')}" if series.group(2) else ""
        return f"Series {series.group(1).upper()}{rest}"
    if _PRE_SEED_CODE.fullmatch(text):
        return "Pre-seed"
    if text == text.lower():  # a code: "seed", "private_equity", "post_ipo_equity"
        label = " ".join(_ABBREVIATIONS.get(word, word) for word in text.replace("_", " ").split())
        return label[:1].upper() + label[1:]
    return text


# Crunchbase's round types that state no stage, in plain words: compared as no stated type
# (`round_kind`), so another source's "Series B" tells the raise's stage whichever came first.
_GENERIC_ROUND_LABELS = {
    "venture series unknown": "Venture round",
    "series unknown": "Venture round",
    "venture round": "Venture round",
    "corporate round": "Corporate round",
    "private equity round": "Private equity round",
    "funding round": "Funding round",
}
_TYPE_SEPARATORS = re.compile(r"[\s_-]+")


def _type_key(text: str) -> str:
    """A round type looked up in `_GENERIC_ROUND_LABELS`: "Venture - Series Unknown" is
    "venture series unknown", as "corporate_round" is "corporate round"."""
    return _TYPE_SEPARATORS.sub(" ", text.lower()).strip()


def states_no_stage(round_type: str | None) -> bool:
    """Whether a round type is none, or one of Crunchbase's generic ones ("Corporate Round")."""
    return not round_type or _type_key(round_type) in _GENERIC_ROUND_LABELS


_FRENCH_SERIES = re.compile(r"serie(?= \w+$)")  # "série B" folded: "serie b"


@lru_cache(maxsize=512)  # a few types over and over: every stake of a deal file asks (writing.day_round)
def round_kind(round_type: str | None) -> str | None:
    """A round type as two sources' types are compared: "series_b", "Series B" and "série B" alike
    (its label folded, accents and case dropped, the French "série" read as "series"); None untyped,
    or typed with no stage stated ("Corporate Round", "Venture - Series Unknown")."""
    if states_no_stage(round_type):
        return None
    return _FRENCH_SERIES.sub("series", fold(round_label(round_type)), count=1)


def kinds_agree(one: str | None, two: str | None) -> bool:
    """Whether two `round_kind`s may tell one round: either states no stage (None: untyped, or a
    generic type such as "Corporate Round"), or both state the same one."""
    return one is None or two is None or one == two


_BOUGHT_KINDS = STAKE_BOUGHT_TYPES
"""The round types (`traded_kind`) of a stake bought from its holders, not new money for the company: a
secondary, or a stake purchase whose article does not say the company raised money (the article
extractor's "Stake purchase": "Eurazeo has acquired a 30% stake in Kappa Vision for €60 million")."""


def is_stake_bought(round_type: str | None) -> bool:
    """Whether a stake of this round type was bought, its money not raised by the company (`_BOUGHT_KINDS`)."""
    return traded_kind(round_type) in _BOUGHT_KINDS


_SOLD_KINDS = STAKE_SOLD_TYPES
"""The round types (`traded_kind`) of a stake its holder sold (the article extractor's "Stake sale": "SoftBank
said it sold its entire stake in Nvidia for $5.83 billion"); the stake's investor is the seller."""


def is_stake_sold(round_type: str | None) -> bool:
    """Whether a stake of this round type was sold by its investor, whole or in part (`_SOLD_KINDS`)."""
    return traded_kind(round_type) in _SOLD_KINDS


def is_part_of_stake_sold(round_type: str | None) -> bool:
    """Whether a stake of this round type is part of a holding its investor sold, keeping the rest ("has sold part
    of its stake in"): a sale, but no exit (`STAKE_PART_SOLD_TYPES`)."""
    return traded_kind(round_type) in STAKE_PART_SOLD_TYPES


_HELD_KINDS = frozenset({"stake held", "holding"})
"""The round kinds (`round_kind`) of a stake told as held with its worth (the article extractor's "Stake held":
"Google holds a 10% stake in Anthropic valued at $3 billion"): the stake's value, no money moved."""


def is_stake_held(round_type: str | None) -> bool:
    """Whether a stake of this round type is only told as held with its worth (`_HELD_KINDS`)."""
    return round_kind(round_type) in _HELD_KINDS


@lru_cache(
    maxsize=512
)  # a few types over and over: every stake money raised looks at (an export's `counted`)
def is_stake_traded(round_type: str | None) -> bool:
    """Whether a stake of this round type changed hands between shareholders (bought from its holders or
    sold by its investor) or is only told as held with its worth: no money raised by the company, no part
    of a round."""
    return is_stake_bought(round_type) or is_stake_sold(round_type) or is_stake_held(round_type)


_DEBT_KINDS = frozenset(
    {"debt", "debt financing", "post ipo debt", "venture debt", "loan", "bank loan", "credit facility", "dette"}
)
"""The round types (`traded_kind`) of borrowed money a deal file states (Crunchbase's "Debt Financing" and
"Post-IPO Debt", a loan, a credit facility): to be repaid, no equity, so no money raised (as an article's "$3
billion debt facility" gives no fact)."""


def is_debt(round_type: str | None) -> bool:
    """Whether a raise or stake of this round type is borrowed money, not equity (`_DEBT_KINDS`)."""
    return traded_kind(round_type) in _DEBT_KINDS


LENDER = "lender"
"""An investor's part in a loan (`is_debt`), as its rows say it: it lent the company money, took no equity."""


def round_roles(round_type: str | None, lead: bool) -> list[str]:
    """An investor's part in a round as its rows say it: "lead" when it led it, "lender" in a loan
    (`is_debt`: lent, no equity, so a co-investor of no one, store/coinvestors.py)."""
    return [*(["lead"] if lead else []), *([LENDER] if is_debt(round_type) else [])]


def portfolio_type_label(round_type: str | None) -> str | None:
    """A stake's type as its investor's page (Portfolio) shows it: "exit" for a stake it sold, "partial sale" for
    part of one it sold (it keeps the rest), else its round label ("Series B", "Stake purchase"); None for an
    untyped stake."""
    if is_part_of_stake_sold(round_type):
        return "partial sale"
    if is_stake_sold(round_type):
        return "exit"
    return round_label(round_type) if round_type else None


def basis_label(basis: str | None) -> str:
    """A valuation's basis as the explorer labels it: "post-money", "pre-money"; "" when unstated."""
    return (basis or "").replace("_", "-")


def metric_name(metric: str) -> str:
    """A metric's name in words, as the explorer, `show`, the timeline and the dry run all say it: "fund
    closed", "cash burn" (the stored name, "fund_closed", is the exports' and `show --json`'s)."""
    return metric.replace("_", " ")


def metric_label(metric: str, description: str | None) -> str:
    """A metric's name as `show` and the dry run give it (`metric_name`); a fund an investor closed names
    the fund: "fund closed (Éclair Fund III)"."""
    name = metric_name(metric)
    return f"{name} ({description})" if metric == FUND_CLOSED and description else name


def on_or_before(date: str) -> str:
    """The date of a raise known only from articles recalling it in passing ("which raised $48 million"):
    it happened on or before their day (same_raise.dated_on_or_before). The page, `show` and the timeline
    say it alike."""
    return f"on or before {date}"


def backed(count: int) -> str:
    """'backed 1 company', 'backed 3 companies': an investor's distinct portfolio companies."""
    return f"backed {count:,} compan{'y' if count == 1 else 'ies'}"


# --- Control characters shown, not obeyed ------------------------------------------------------

REPLACEMENT = "\ufffd"
"""Shown for C1 controls and bidi overrides, which have no control picture of their own."""

_BIDI_CONTROLS = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]


def _control_table() -> dict[int, str]:
    """Map C0 (to their U+2400 control pictures), DEL, C1 and bidi controls to visible glyphs."""
    table: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in "\n\t"}
    table[0x7F] = "\u2421"
    table.update({code: REPLACEMENT for code in range(0x80, 0xA0)})
    table.update({code: REPLACEMENT for code in _BIDI_CONTROLS})
    return table


_CONTROLS = _control_table()
_ONE_LINE = {**_CONTROLS, ord("\n"): " ", ord("\t"): " ", 0x2028: " ", 0x2029: " "}


def clean(value: object) -> str:
    """`value` as a string with control characters replaced, lone surrogates escaped (a file name's
    undecodable bytes: "a\\udcffb"); newlines and tabs kept."""
    return "" if value is None else escaped_surrogates(str(value).translate(_CONTROLS))


def clean_line(value: object) -> str:
    """`value` as one line: controls replaced, newlines, tabs and line separators become spaces, lone
    surrogates escaped."""
    return "" if value is None else escaped_surrogates(str(value).translate(_ONE_LINE))


# How much of a name or query the user typed an error line quotes back: enough to recognise it.
QUOTED_CHARACTERS = 60


def quoted(text: str) -> str:
    """`text` quoted for an error line (`repr`), cut to its first QUOTED_CHARACTERS and `…`: a
    100,000-character query is not echoed whole."""
    return repr(text if len(text) <= QUOTED_CHARACTERS else text[:QUOTED_CHARACTERS] + "…")


def plural(count: int, noun: str) -> str:
    """ "1 fact", "3 facts", "12,000 rows": a count with its noun, for people to read."""
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def deals_shared(rounds: int, stake_deals: int) -> str:
    """A co-investor's deals in a few words: "3 rounds", "1 stake deal" (stakes in no round taken the same
    day), "3 deals" when they are both (a stake deal is never called a round)."""
    if not stake_deals:
        return plural(rounds, "round")
    if not rounds:
        return plural(stake_deals, "stake deal")
    return plural(rounds + stake_deals, "deal")


def dates_nest(first: str | None, second: str | None) -> bool:
    """Whether one date holds the other at its precision: "2019-09" holds "2019-09-30", "2019" holds
    "2019-09"; a date holds itself. A round made more precise by hand stays with its valuation."""
    return bool(first and second) and (first.startswith(second) or second.startswith(first))


def unmerge_notes(undone: UnmergeSummary, restored: str, split_hint: str) -> list[str]:
    """What an unmerge did with the records imported while the merge stood, one line each (none when
    there were none): those naming `restored` went back to it; those naming both companies, or
    neither, stayed with the kept one, `split_hint` saying how to move a source's records."""
    kept, notes = undone.kept, []
    if undone.given_back:
        records = plural(undone.given_back, "record")
        notes.append(f"{records} imported during the merge naming {restored} went back to it")
    for count, named in (
        (undone.untold, f"both {restored} and {kept}"),
        (undone.unnamed, f"neither {restored} nor {kept}"),
    ):
        if count:
            one = count == 1
            stay = "it stays" if one else "they stay"
            notes.append(
                f"{plural(count, 'record')} imported during the merge name{'s' if one else ''} {named}: "
                f"{stay} with {kept} ({split_hint})"
            )
    return notes
