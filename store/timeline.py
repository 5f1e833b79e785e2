"""Records as timeline events: a date at its precision and a one-line title."""

from __future__ import annotations

import re

from ai_deals.importers.metric_names import FUND_CLOSED

from .conflicts import raise_amount_conflict
from .formatting import (
    basis_label,
    format_amount,
    format_share,
    is_debt,
    is_part_of_stake_sold,
    is_stake_bought,
    is_stake_held,
    is_stake_sold,
    is_stake_traded,
    metric_name,
    on_or_before,
    round_label,
    status_words,
)
from .models import (
    Acquisition,
    Metric,
    Partnership,
    Record,
    RecordRef,
    Round,
    Stake,
    Statement,
    TimelineEvent,
)
from .money_raised import called_off_note, record_status_words, total_date_words
from .same_partnership import fold_partnership, is_renewal, partnership_conflicts
from .same_raise import dated_by, dated_on_or_before, fold, one_investor_each, raise_parts
from .same_stake import fold_stake
from .schema import DATE_COLUMN

# A holder raising its stake to a share: "raised its stake in Arm to 90%", "increased its holding to",
# "a porté sa participation dans Arm à 90%", "a relevé sa participation de 10 % à 15 %".
_STAKE_RAISED = re.compile(
    r"\b(?:rais(?:ed|es|ing)|increas(?:ed|es|ing)|lift(?:ed|s|ing)|boost(?:ed|s|ing)|upped)\s+(?:its|their|his|her)\s+"
    r"(?:stake|holding|shareholding|ownership)\b|"
    r"\b(?:port[ée]\w*|relev[ée]\w*|augment[ée]\w*)\s+(?:sa|leur|ses|leurs)\s+(?:participation|part|parts)\b",
    re.IGNORECASE,
)


def raises_its_stake(stake: Stake) -> bool:
    """Whether a stake is its investor raising a holding to a share ("SoftBank raised its stake in Arm to
    90%"): a share stated, told by a sentence saying so; not a new investment of that share."""
    # the share told after the words that raise it: another stake of the sentence is no increase
    return stake.status != "cumulative" and _share_told_after(stake, _STAKE_RAISED)


def _share_told_after(stake: Stake, words: re.Pattern[str]) -> bool:
    """Whether the stake's stated share is told after `words` in its sentence (the share a holder's
    stake is raised or reduced to)."""
    if stake.percentage is None or not stake.evidence:
        return False
    sentence = stake.evidence[0].sentence
    found = words.search(sentence)
    return found is not None and str(int(stake.percentage)) in sentence[found.end() :]


# A holder reducing its stake to a share: "trimmed its stake in OpenAI to 27%", "a réduit sa participation à".
_STAKE_REDUCED = re.compile(
    r"\b(?:trimm(?:ed|ing)|trims|cut(?:s|ting)?|reduc(?:ed|es|ing)|lower(?:ed|s|ing)|par(?:ed|es|ing))\s+"
    r"(?:its|their|his|her)\s+(?:stake|holding|shareholding|ownership)\b|"
    r"\b(?:réduit|abaiss[ée]\w*|ramen[ée]\w*|diminu[ée]\w*)\s+(?:sa|leur|ses|leurs)\s+(?:participation|part|parts)\b",
    re.IGNORECASE,
)


def reduces_its_stake(stake: Stake) -> bool:
    """Whether a stake sold is its investor reducing a holding to a share ("Microsoft trimmed its stake in
    OpenAI to 27%"): the share told after the words that reduce it is what is left, not what was sold."""
    return _share_told_after(stake, _STAKE_REDUCED)


def _stake_reduced_title(stake: Stake) -> str:
    """'Microsoft reduces its stake in OpenAI to 27% ($2B)': the share left, its price and status words."""
    share = format_share(stake.percentage, stake.percentage_bound)
    amount = format_amount(stake.amount, stake.currency, stake.bound, stake.amount_max)
    said = ", ".join(part for part in (amount, _status_said(stake)) if part)
    return f"{stake.investor} reduces its stake in {stake.company} to {share}" + (
        f" ({said})" if said else ""
    )


def _stake_raised_title(stake: Stake) -> str:
    """'SoftBank raises its stake in Arm to 90% for $8B'; its status or round noted as other stakes'."""
    share = format_share(stake.percentage, stake.percentage_bound)
    amount = format_amount(stake.amount, stake.currency, stake.bound, stake.amount_max)
    price = f" for {amount}" if amount else ""
    # A price paid for more shares is a "Stake purchase": the words already say so.
    noted = (
        _noted(stake.model_copy(update={"round_type": None}))
        if is_stake_traded(stake.round_type)
        else _noted(stake)
    )
    return f"{stake.investor} raises its stake in {stake.company} to {share}{price}{noted}"


def title_for(record: Record) -> tuple[str, str | None, int | None]:
    """A one-line title for the record, and the other party (name, id) when there is one."""
    if isinstance(record, Round):
        # 'Zorg raises €12M (Series A) from Bar'; a round of no stated type has no label, one of no
        # stated amount raises "funds".
        who = ", ".join(record.investors)
        label = _noted(record)
        amount = format_amount(record.amount, record.currency, record.bound, record.amount_max) or "funds"
        recalled = _recalled_words(record)
        if is_stake_bought(record.round_type) and who:
            # "Kleiner Perkins, General Catalyst buy $100M of Codeium shares (Secondary Market)": shares
            # changing hands between holders, no money the company raised.
            bought = f"{amount} of " if record.amount is not None else ""
            return f"{who} buy {bought}{record.company} shares{label}{recalled}", None, None
        verb = "borrows" if is_debt(record.round_type) else "raises"  # a loan is no money raised
        return (
            f"{record.company} {verb} {amount}{label}{recalled}" + (f" from {who}" if who else ""),
            None,
            None,
        )
    if isinstance(record, Stake) and is_stake_sold(record.round_type):
        title = _stake_reduced_title(record) if reduces_its_stake(record) else _sale_title(record)
        return title, record.investor, record.investor_company_id
    if isinstance(record, Stake) and raises_its_stake(record):
        return _stake_raised_title(record), record.investor, record.investor_company_id
    if isinstance(record, Stake) and is_stake_held(record.round_type):
        return _holding_title(record), record.investor, record.investor_company_id
    if isinstance(record, Stake) and is_stake_bought(record.round_type) and record.status != "cumulative":
        return _purchase_title(record), record.investor, record.investor_company_id
    if isinstance(record, Stake):
        amount = format_amount(record.amount, record.currency, record.bound, record.amount_max)
        pct = (
            f" ({format_share(record.percentage, record.percentage_bound)})"
            if record.percentage is not None
            else ""
        )
        cumulative = record.status == "cumulative"
        verb = "has invested" if cumulative else "invests"
        what = f" {amount}{pct}" if amount else pct
        if (
            cumulative and what
        ):  # a running total dated by its start or its source's day, not a deal of that date
            what += f" in total{total_date_words(record)}"
        # "… (Series B)", "… (conditional)": a promise on a condition is told as one
        label = _noted(record)
        return (
            f"{record.investor} {verb}{what} in {record.company}{label}",
            record.investor,
            record.investor_company_id,
        )
    if isinstance(record, Partnership):
        return _partnership_title(record), record.partner, record.partner_id
    if isinstance(record, Metric) and record.metric == FUND_CLOSED:
        return _fund_title(record), None, None
    if isinstance(record, Metric):
        value = format_amount(record.value, record.currency, record.bound, record.value_max, record.unit)
        label = metric_name(record.metric)
        projected = "projected " if record.is_projection else ""
        # "$600M (pre-money)"; the value of a raise in talks says so: "~$8B (in talks)".
        notes = ", ".join(note for note in (basis_label(record.basis), status_words(record.status)) if note)
        basis = f" ({notes})" if notes else ""
        # A projection of no stated figure ("break even in 2023") reads without a dangling colon.
        said = f": {value}{basis}" if value else basis
        return f"{record.company} {projected}{label}{said}", None, None
    if isinstance(record, Acquisition):
        amount = format_amount(record.amount, record.currency, record.bound)
        # A part-purchase names its share ("LVMH acquires 60% of Maison Oréade"): not a full takeover.
        share = (
            f"{format_share(record.percentage, record.percentage_bound)} of "
            if record.percentage is not None
            else ""
        )
        # A deal still waiting on a condition ("pending regulatory approval") says so: not yet a takeover.
        said = status_words(record.status)
        return (
            f"{record.acquirer} acquires {share}{record.company} {amount}".strip()
            + (f" ({said})" if said else ""),
            record.acquirer,
            record.acquirer_id,
        )
    if isinstance(record, Statement):
        return f"{record.company}: “{record.text}”", record.counterpart, record.counterpart_id
    return record.record_type, None, None


def _fund_title(metric: Metric) -> str:
    """'Éclair Ventures closes Éclair Fund III: €300M': a fund the investor closed, no money it raised itself."""
    size = format_amount(metric.value, metric.currency, metric.bound, metric.value_max)
    fund = metric.description or "a fund"
    return f"{metric.company} closes {fund}" + (f": {size}" if size else "")


def _partnership_title(partnership: Partnership) -> str:
    """'Microsoft partners with Mistral AI (compute, $2B)': its kind and what it is worth when its source
    says, as a page's partnership row shows them (a round's and a stake's titles give their amounts);
    'Nimbra Cloud renews its partnership with Halcyon Labs (compute)' for a renewal (`is_renewal`)."""
    worth = format_amount(partnership.amount, partnership.currency, partnership.bound, partnership.amount_max)
    said = ", ".join(part for part in (partnership.kind, worth) if part)
    verb = "renews its partnership with" if is_renewal(partnership) else "partners with"
    return f"{partnership.company} {verb} {partnership.partner}" + (f" ({said})" if said else "")


def _sale_title(stake: Stake) -> str:
    """'SoftBank sells its stake in Nvidia ($5.83B)', 'SoftBank sells its 4.9% stake in Nvidia', 'Pelican sells
    part of its stake in Halcyon ($60M)': a stake (or part of one) sold by its investor, its price and the status words of a sale not made ("in talks") in parentheses."""
    share = (
        f"{format_share(stake.percentage, stake.percentage_bound)} " if stake.percentage is not None else ""
    )
    amount = format_amount(stake.amount, stake.currency, stake.bound, stake.amount_max)
    said = ", ".join(part for part in (amount, _status_said(stake)) if part)
    sold = "part of its" if is_part_of_stake_sold(stake.round_type) else "its"  # the seller keeps the rest
    return f"{stake.investor} sells {sold} {share}stake in {stake.company}" + (f" ({said})" if said else "")


def _purchase_title(stake: Stake) -> str:
    """'SoftBank buys a 4% stake in Cohere (~$280M)': a stake bought from its holders (a "Stake purchase", a
    secondary), told as the purchase it is, not as money invested in the company ("SoftBank invests ~$280M
    (4%) in Cohere (Stake purchase)"); its price and the status words of a purchase not made in parentheses."""
    share = (
        f"{format_share(stake.percentage, stake.percentage_bound)} " if stake.percentage is not None else ""
    )
    amount = format_amount(stake.amount, stake.currency, stake.bound, stake.amount_max)
    said = ", ".join(part for part in (amount, _status_said(stake)) if part)
    return f"{stake.investor} buys {_a(share)}{share}stake in {stake.company}" + (
        f" ({said})" if said else ""
    )


_SPOKEN_WITH_A_VOWEL = re.compile(r"8|1[18](?!\d)")
"""A share read out starting with a vowel: 8%, 80%, 11%, 18% ("an 8% stake"); not ~8% ("about")."""


def _a(share: str) -> str:
    """'a ' or 'an ' before `share` ('' or '4% ', '8% ', …) and "stake"."""
    return "an " if _SPOKEN_WITH_A_VOWEL.match(share) else "a "


def _holding_title(stake: Stake) -> str:
    """'Google holds a 10% stake in Anthropic ($3B)': a stake told as held with its worth, no money moved."""
    share = (
        f"{format_share(stake.percentage, stake.percentage_bound)} " if stake.percentage is not None else ""
    )
    worth = format_amount(stake.amount, stake.currency, stake.bound, stake.amount_max)
    return f"{stake.investor} holds {_a(share)}{share}stake in {stake.company}" + (
        f" ({worth})" if worth else ""
    )


def _recalled_words(record: Round) -> str:
    """' on or before 2026-03-02' for a raise only articles recalling it date, as its company's page and
    `show` say it (`dated_on_or_before`); before the investors, whose list a narrow screen cuts."""
    if not record.date or not (record.recalled or record.accounts):  # most: the whole timeline titles 100k
        return ""
    return f" {on_or_before(record.date)}" if dated_on_or_before(record) else ""


def _noted(record: Round | Stake) -> str:
    """' (Series B)', ' (in talks)', ' (Series B, conditional)', ' ($15B committed · $35B conditional)':
    a round type and the status words of money not raised (`record_status_words`), in one
    parenthesis; '' with neither."""
    round_type = round_label(record.round_type) if record.round_type else ""
    said = ", ".join(part for part in (round_type, _status_said(record)) if part)
    return f" ({said})" if said else ""


def _status_said(record: Round | Stake) -> str:
    """A round's or stake's status words (`record_status_words`) as a title's parenthesis holds them: a deal
    a later article calls off "called off: Daily, 2026-05-10", not "(called off (Daily, 2026-05-10))"."""
    return called_off_note(record) or record_status_words(record)


def event_for(record: Record) -> TimelineEvent:
    """The timeline event of a dated record, with the sentence it came from."""
    title, counterpart, counterpart_id = title_for(record)
    # Plain attributes, no getattr() with a default: a pydantic model answers a missing attribute by
    # raising and catching an error, which cost a quarter of a 100k-event timeline.
    if isinstance(record, Partnership):
        date, precision = record.since, record.since_precision
    else:
        date, precision = record.date, record.date_precision
    evidence = record.evidence[0] if record.evidence else None
    return TimelineEvent(
        ref=record.ref,
        date=date or "",
        date_precision=precision,
        company_id=record.company_id,
        company=record.company,
        counterpart_id=counterpart_id,
        counterpart=counterpart,
        title=title,
        is_projection=isinstance(record, Metric) and record.is_projection,
        source_id=record.source_id,
        sentence=evidence.sentence if evidence else None,
        start=evidence.start if evidence else None,
        end=evidence.end if evidence else None,
    )


def with_folded(event: TimelineEvent, folded: list[RecordRef], title: str | None = None) -> TimelineEvent:
    """`event` of the whole timeline standing for the records `folded` into it too (store/timeline_folds.py):
    a figure's says how many sources state it ("· 2 sources"); a raise's takes `title`, the
    raise as its company's page shows it (`raise_title`), even when it folds no record of the whole
    timeline (its other account undated)."""
    if title is not None:
        event.title = title
    if not folded:
        return event
    event.also = list(folded)
    if event.ref.record_type == "metric":
        event.title = f"{event.title} · {1 + len(folded)} sources"
    return event


def shown_account(members: list[Round]) -> Round | None:
    """The round whose event stands for a raise (a group of `same_raise.group_raises`): the first
    telling the raise itself, not an investor's part of it; its date is the one the page shows (of a
    raise a correction story's figure shows, the date of the account it corrects: `dated_by`)."""
    parts = {part.id for part in raise_parts(members)}
    telling = [member for member in members if member.id not in parts]
    return dated_by(telling) if telling else None


def counted_account(members: list[Round]) -> Round | None:
    """The round whose figure a raise (a group of `same_raise.group_raises`, best first) shows and
    counts, as its company's page does (money_raised counts a raise's first account): the first telling
    the raise itself. The account its event stands for (`shown_account`) but for a correction story's,
    whose figure withdraws the dispatch's it corrects while the event keeps that dispatch's date."""
    parts = {part.id for part in raise_parts(members)}
    return next((member for member in members if member.id not in parts), None)


def raise_title(members: list[Round]) -> str:
    """The title of the one event of a raise several sources tell, as its company's page shows the
    raise (`same_raise.fold`): the figures it shows, the union of the investors named, leads first,
    how many sources tell it and, when they state the amount differently, what each says."""
    shown = one_investor_each(fold(members))
    title = title_for(shown)[0]
    if shown.source_count > 1:
        title += f" · {shown.source_count} sources"
    conflict = raise_amount_conflict(shown.whole_accounts)
    if conflict is not None:
        title += f" · conflict: {' vs '.join(conflict.values)}"
    return title


def folded_accounts(members: list) -> tuple[Stake | Partnership | None, list]:
    """The record whose event stands for a stake or a partnership several sources tell (a group of
    `same_stake.group_stakes` or `same_partnership.group_partnerships`, best first: the one its page
    shows), and the others' dated records, folded into it; (None, []) for one told once or undated."""
    if len(members) < 2:
        return None, []
    shown = next((member for member in members if _start(member)), None)
    if shown is None:
        return None, []
    return shown, [member for member in members if member is not shown and _start(member)]


def _start(record: Stake | Partnership) -> str | None:
    return getattr(record, DATE_COLUMN.get(record.record_type, "date"))


def stake_title(members: list[Stake]) -> str:
    """The title of the one event of a stake several sources tell, as its company's page shows it
    (`same_stake.fold_stake`: the figures it shows) and how many sources tell it."""
    shown = fold_stake(members)
    return title_for(shown)[0] + _sources_said(shown.source_count)


def partnership_title(members: list[Partnership]) -> str:
    """The title of the one event of a partnership several sources tell, as its companies' pages show
    it (`same_partnership.fold_partnership`), how many sources tell it and, when they state its end
    or value differently, what each says."""
    shown = fold_partnership(members)
    title = title_for(shown)[0] + _sources_said(shown.source_count)
    for conflict in partnership_conflicts([shown]):
        title += f" · conflict: {' vs '.join(conflict.values)}"
    return title


def _sources_said(count: int) -> str:
    return f" · {count} sources" if count > 1 else ""
