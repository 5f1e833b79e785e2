"""Co-investors: the investors who share deals with an investor, most shared first.

What an analyst asks of a fund first ("who does a16z invest beside?") is read from the deals its page
lists, as the page reads them:
- the rounds it joined (`CompanyPage.rounds_joined`): a raise several sources tell is one round
  (store/same_raise.py), and an investor named two ways by those sources ("Quill Capital" beside "Quill
  Capital Partners": `Round.spellings_shown`) is one co-investor, never a co-investor of itself;
- its investments told as stakes with no round (a deal file of one row per investment, as Crunchbase's
  export is): the other investors' stakes in the same company on the same day and of the same round type
  ("Series A", "series_a" alike) are one deal with it: announced together, but no round, so counted apart
  (`CoInvestor.stake_deals`, never among its `rounds`).
A deal still in talks, and a stake that only changed hands or is told as held, is no investment made
beside another: left out. So is a loan (a deal file's "Debt Financing" row, `formatting.is_debt`): its
lenders lend the company money and take no equity, beside its investors or beside each other; the
investor's page lists the loan still, naming it its lender. Stakes are read as the page's Investors list
reads them: two spellings of one fund each holding a stake that day ("Blue Fund", "Blue Fund Partners")
are two investors there, and so here (merge them to make them one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlite_utils import Database

from ai_deals.importers.models import CALLED_OFF, IN_TALKS, NOT_RAISED_YET, PLANNED

from .formatting import is_debt, is_stake_traded, round_kind
from .id_lists import in_chunks
from .models import CoInvestor, Round, Stake
from .record_filter import overlaps
from .schema import VISIBLE


@dataclass
class _Deal:
    """One deal the investor made beside others: a round it joined, or stakes taken together."""

    company: str
    date: str | None
    partners: dict[int, str]
    """Each other investor (company id) under the name it is listed as."""
    leads: frozenset[int] = frozenset()
    round_: Round | None = None
    stake_ids: tuple[int, ...] = ()
    """Its stakes (each side's), when it is stakes taken together."""
    stake: Stake | None = None
    """The investor's own stake of it, when it is stakes taken together: what lists the deal."""


@dataclass
class _Shared:
    """One co-investor's deals beside the investor, gathered before they become a `CoInvestor`."""

    name: str
    deals: list[_Deal] = field(default_factory=list)


def co_investors(
    deals: Sequence[_Deal], *, date_from: str | None = None, date_to: str | None = None
) -> list[CoInvestor]:
    """The investors sharing `deals` (`deals_of`), most deals shared first, then the latest shared,
    then by name. `date_from` and `date_to` (partial ISO dates, inclusive) keep the deals whose period
    overlaps them, as `timeline --from/--to` do; an undated deal is kept only when no range is given."""
    shared: dict[int, _Shared] = {}
    for deal in deals:
        if not overlaps(deal.date, date_from, date_to):
            continue
        for company_id, name in deal.partners.items():
            shared.setdefault(company_id, _Shared(name)).deals.append(deal)
    made = [_co_investor(company_id, entry) for company_id, entry in shared.items()]
    made.sort(key=lambda c: c.name.casefold())
    made.sort(key=lambda c: c.last or "", reverse=True)
    made.sort(key=lambda c: c.deals, reverse=True)
    return made


def deals_of(
    db: Database, investor_id: int, rounds_joined: Sequence[Round], portfolio: Sequence[Stake]
) -> list[_Deal]:
    """The deals of the investor `investor_id` (a company id) made beside other investors: the rounds
    it joined (its page's, each folded) and its stakes in no round taken the same day as others'."""
    return [*round_deals(rounds_joined, investor_id), *_stake_deals(db, investor_id, portfolio)]


def round_deals(rounds_joined: Sequence[Round], investor_id: int) -> list[_Deal]:
    """The rounds it joined as deals: each with its other investors, in talks, planned, called off and loans
    (its lenders: `is_debt`) left out."""
    deals = []
    for round_ in rounds_joined:
        shown = round_.spellings_shown
        listed = [shown.get(id_, id_) for id_ in round_.investor_company_ids]
        # A round on its page only because a spelling listed as another investor names it is not its own.
        # A round a later article calls off (its one investor walked away) was done beside no one.
        # A loan's lenders invest in nothing beside anyone (`is_debt`).
        if round_.status in NOT_RAISED_YET or round_.called_off_by or investor_id not in listed:
            continue
        if is_debt(round_.round_type):
            continue
        names = dict(zip(round_.investor_company_ids, round_.investors, strict=False))
        partners: dict[int, str] = {}
        for id_, as_ in zip(round_.investor_company_ids, listed, strict=True):
            if as_ != investor_id:
                partners.setdefault(as_, names.get(as_) or names[id_])
        leads = frozenset(
            as_ for as_, name in zip(listed, round_.investors, strict=False) if name in round_.lead_investors
        )
        if partners:
            deals.append(_Deal(round_.company or "", round_.date, partners, leads, round_=round_))
    return deals


# Other investors' stakes in no round in the companies it holds such stakes in: the deals done beside it.
_PARTNER_STAKES = f"""SELECT s.id, s.company_id, s.date, s.round_type, i.company_id, c.name
    FROM stakes s JOIN investors i ON i.id = s.investor_id JOIN companies c ON c.id = i.company_id
    WHERE s.company_id IN ({{marks}}) AND s.round_id IS NULL AND s.date IS NOT NULL AND s.{VISIBLE}
    AND (s.status IS NULL OR s.status NOT IN ('{IN_TALKS}', '{PLANNED}', '{CALLED_OFF}')) AND i.company_id != ?"""


def _stake_deals(db: Database, investor_id: int, portfolio: Sequence[Stake]) -> list[_Deal]:
    """Its stakes in no round, each joined by the other investors' stakes in the same company, the same
    day and of the same round type: a deal done together (a stake traded or only held is none)."""
    mine: dict[tuple, list[Stake]] = {}
    for stake in portfolio:
        # A deal called off (called_off.mark_called_off: the portfolio reads it so) was done beside no one.
        if not stake.date or stake.status in (*NOT_RAISED_YET, CALLED_OFF) or stake.round_id is not None:
            continue
        if is_stake_traded(stake.round_type) or is_debt(stake.round_type) or stake.round_ids:
            continue  # a folded account's round counts too; a loan is lent beside no one (`is_debt`)
        mine.setdefault(_stake_key(stake.company_id, stake.date, stake.round_type), []).append(stake)
    if not mine:
        return []
    found: dict[tuple, tuple[dict[int, str], list[int]]] = {}
    for chunk in in_chunks(sorted({key[0] for key in mine})):
        marks = ", ".join("?" * len(chunk))
        rows = db.execute(_PARTNER_STAKES.format(marks=marks), [*chunk, investor_id])
        for stake_id, company_id, date, round_type, partner_id, name in rows:
            key = _stake_key(company_id, date, round_type)
            if key in mine and not is_stake_traded(round_type) and not is_debt(round_type):
                partners, ids = found.setdefault(key, ({}, []))
                partners.setdefault(partner_id, name)
                ids.append(stake_id)
    deals = []
    for key, (partners, ids) in found.items():
        own = [id_ for stake in mine[key] for id_ in stake.record_ids]
        deals.append(
            _Deal(mine[key][0].company, key[1], partners, stake_ids=(*own, *ids), stake=mine[key][0])
        )
    return deals


# Whether company `:c` took part in a round or took a stake as an investor (neither rejected): one that
# never did is no investor at all, which is why it shares no round, not that it invested alone.
_INVESTED = f"""SELECT EXISTS (SELECT 1 FROM investors i JOIN round_investors ri ON ri.investor_id = i.id
        JOIN rounds r ON r.id = ri.round_id WHERE i.company_id = :c AND r.{VISIBLE})
    OR EXISTS (SELECT 1 FROM investors i JOIN stakes s ON s.investor_id = i.id
        WHERE i.company_id = :c AND s.{VISIBLE})"""


def has_invested(db: Database, company_id: int) -> bool:
    """Whether the company joined a round or took a stake as an investor, at any date."""
    return bool(db.execute(_INVESTED, {"c": company_id}).fetchone()[0])


def _stake_key(company_id: int, date: str, round_type: str | None) -> tuple:
    """What tells stakes of one deal: the company, the day, the round type read as two sources' are."""
    return (company_id, date, round_kind(round_type))


def _co_investor(company_id: int, entry: _Shared) -> CoInvestor:
    """The deals one co-investor shares, told in a line's worth: how many, when, with which companies."""
    deals = sorted(entry.deals, key=lambda deal: deal.date or "")
    dates = [deal.date for deal in deals if deal.date]
    # Built from values read and checked already: validating a fund's 15,000 deals' ids again cost 0.3 s.
    rounds = sum(deal.round_ is not None for deal in deals)
    return CoInvestor.model_construct(
        company_id=company_id,
        name=entry.name,
        deals=len(deals),
        # Stakes taken the same day in no round were announced together: a deal shared, but never a round.
        rounds=rounds,
        stake_deals=len(deals) - rounds,
        led=sum(company_id in deal.leads for deal in deals),
        first=dates[0] if dates else None,
        last=dates[-1] if dates else None,
        companies=list(dict.fromkeys(deal.company for deal in reversed(deals) if deal.company)),
        shared_rounds=[deal.round_ for deal in deals if deal.round_ is not None],
        shared_stake_ids=[id_ for deal in deals for id_ in deal.stake_ids],
        shared_stakes=[deal.stake for deal in deals if deal.stake is not None],
    )
