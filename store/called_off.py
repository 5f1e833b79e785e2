"""A deal a later article calls off is marked so where the earlier article recorded it.

"Nvidia has abandoned plans to invest $2 billion in Zeta" records nothing of its own (no money moved): the
importer keeps it as an investment of status `called_off`, dated the article's day (`ParsedSource.called_off`),
written as a `stakes` row like any other. Read with the stakes of the same investor and company, it marks
each earlier stake it matches: listed still (what was first reported stays on record), its status
`called_off`, its evidence the later article's sentence (`Stake.called_off_by`), and never counted, as a
figure its outlet's correction withdrew is listed "(retracted)" and not counted (same_raise.withdrawn_accounts).

A call-off matches a stake of the same investor in the same company, told by another source, dated before it
(or undated), of the same amount and currency when the call-off states one. It is read from the rows every
time a page is read, never written onto them: the articles can be imported in any order, again or removed.
A call-off matching none stays a stake of its own, "called off", counted in nothing: the call-off is not lost.

A round whose one investor is the one walking away ("Zeta raised $2 billion from Nvidia") is that investor's
deal: a call-off matching it as it would a stake marks it called off (`Round.called_off_by`, `mark_rounds`),
listed, never counted, and the call-off is told by it, no stake of its own. A round of several investors is
no one investor's deal: one of them walking away calls off that investor's stake, if any, never the round.
"""

from __future__ import annotations

from ai_deals.importers.models import CALLED_OFF

from .models import Round, Stake
from .same_raise import day_span


def is_call_off(stake: Stake) -> bool:
    """Whether `stake` is an article's call-off record itself, not a deal one marks."""
    return stake.status == CALLED_OFF and not stake.called_off_by


def mark_called_off(stakes: list[Stake]) -> list[Stake]:
    """`stakes` (of any companies and investors, in their order) with each stake a call-off among them matches
    marked called off, and the call-offs that matched one left out: the stake marked tells them."""
    if not any(stake.status == CALLED_OFF for stake in stakes):  # nearly always: one pass, nothing made
        return stakes
    groups = join_call_offs([[stake] for stake in stakes])
    return [group[0] for group in groups]


def join_call_offs(groups: list[list[Stake]]) -> list[list[Stake]]:
    """`groups` of stakes (same_stake.group_stakes') with each stake a call-off among them matches marked called
    off (`called_off_by`) and the call-offs that matched one moved to the end of its group: folded into the
    stake's event on a timeline, as other accounts of it are. A call-off matching none keeps its own group."""
    by_pair: dict[tuple[int, int], list[Stake]] = {}
    for off in (stake for group in groups for stake in group if is_call_off(stake)):
        by_pair.setdefault((off.company_id, off.investor_company_id), []).append(off)
    if not by_pair:  # nearly always: nothing else to read
        return groups
    used: set[int] = set()
    joined = []
    for group in groups:
        if _only_offs(group):
            joined.append(group)
            continue
        marked, told = [], []
        held = {stake.id for stake in group}
        for stake in group:
            pair = (stake.company_id, stake.investor_company_id)
            offs = (
                [] if is_call_off(stake) else [off for off in by_pair.get(pair, ()) if calls_off(off, stake)]
            )
            marked.append(_marked(stake, offs) if offs else stake)
            taken = used | held | {other.id for other in told}  # once a stake, not once a call-off
            told += [off for off in offs if off.id not in taken]
        used.update(off.id for off in told)
        joined.append(marked + told)
    kept = [
        [stake for stake in group if stake.id not in used] if _only_offs(group) else group for group in joined
    ]
    return [group for group in kept if group]


def _only_offs(group: list[Stake]) -> bool:
    """Whether a group holds call-offs only (one matching no stake, or moved to the stake it matches)."""
    return all(is_call_off(stake) for stake in group)


def _marked(stake: Stake, offs: list[Stake]) -> Stake:
    """`stake` called off by the later articles' `offs`: their sentences its evidence of it."""
    return stake.model_copy(
        update={
            "status": CALLED_OFF,
            "called_off_by": [evidence for off in offs for evidence in off.evidence],
        }
    )


def mark_rounds(rounds: list[Round], offs: list[Stake], investors: dict[int, list[int]] | None = None) -> None:
    """Mark each of `rounds` whose one investor's call-off among `offs` matches it (`calls_off`) called off:
    the call-offs' sentences its `called_off_by`, their rows its `called_off_ids`. `investors`: each round's
    investors' company ids, when its own are not read (a timeline's rounds)."""
    by_pair: dict[tuple[int, int], list[Stake]] = {}
    for off in offs:
        if is_call_off(off):
            by_pair.setdefault((off.company_id, off.investor_company_id), []).append(off)
    for round_ in rounds:
        ids = set(round_.investor_company_ids if investors is None else investors.get(round_.id, ()))
        if len(ids) != 1:  # several investors (or none): the round stays
            continue
        pair = (round_.company_id, *ids)
        matched = [off for off in by_pair.get(pair, ()) if calls_off(off, round_)]
        round_.called_off_by = [evidence for off in matched for evidence in off.evidence]
        round_.called_off_ids = [off.id for off in matched]


def told_by_rounds(stakes: list[Stake], rounds: list[Round]) -> list[Stake]:
    """`stakes` but the call-offs a round among `rounds` is marked called off by (`mark_rounds`): the round
    says it, as a stake marked called off says the call-off folded into it."""
    told = {off_id for round_ in rounds for off_id in round_.called_off_ids}
    return [stake for stake in stakes if stake.id not in told] if told else stakes


def calls_off(off: Stake, stake: Stake | Round) -> bool:
    """Whether the call-off `off` calls off `stake`: another source's, dated before it (or undated), of the
    same amount and currency when the call-off states one ("abandoned its plans to invest in Zeta": any)."""
    if stake.source_id is not None and stake.source_id == off.source_id:
        return False
    if off.amount is not None and (off.amount, off.currency) != (stake.amount, stake.currency):
        return False
    told, given_up = day_span(stake.date), day_span(off.date)
    return told is None or given_up is None or told[0] < given_up[0]
