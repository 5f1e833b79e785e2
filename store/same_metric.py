"""One figure told by several sources is one figure on a page.

Two articles stating the same valuation or head count ("valorise Mistral AI à 11,7 milliards d'euros
après l'investissement", "values Mistral AI at €11.7 billion post-money") give two `metrics` rows,
kept as each source gave them (review, selections and exports see both). A reader of the company's
page, `ai-deals show` or the timeline sees the figure once, with "2 sources" and every source's
evidence, as a raise several sources tell is one round (same_raise.py).

The rule: two metrics are one figure when they are of the same company and kind, state the same
value (value, top of a range, unit, currency), bound, basis, projection flag and date, and are told
by different sources (`same_raise.teller`): one source stating a figure twice keeps two rows; two funds
closed of one size the same day whose names differ stay two (`_names_another_fund`). A
figure whose source states no basis ("pour une valorisation de 11,7 milliards d'euros") is the one
figure another source states alike with a basis ("valuing … at €11.7 billion post-money"), when the
others state it with one basis only (`_fold_unstated_bases`); a figure dated by its month ("2025-09") is the one
figure told alike on a day inside it ("2025-09-02"): one date at two precisions (`_fold_coarser_dates`). Figures
that differ stay apart
(conflicts.py says when they disagree).
"""

from __future__ import annotations

from .models import Metric
from .same_raise import primary_source, teller

_FIGURE = (
    "company_id",
    "metric",
    "value",
    "value_max",
    "unit",
    "currency",
    "bound",
    "basis",
    "is_projection",
    "date",
)
"""What two metrics state alike when they tell one figure."""


def figure_key(metric: Metric) -> tuple:
    """What `metric` states, without who states it: equal keys of two sources are one figure."""
    return tuple(getattr(metric, name) for name in _FIGURE)


def group_metrics(metrics: list[Metric]) -> list[list[Metric]]:
    """`metrics` gathered into the figures they tell, in the order of each figure's first metric;
    a group holds one metric per source (a source's second telling of a figure is a group of its own)."""
    groups: list[list[Metric]] = []
    open_groups: dict[tuple, list[tuple[set, list[Metric]]]] = {}
    for metric in metrics:
        if metric.value is None:  # a projection of no figure ("break even in 2023") is not a figure
            groups.append([metric])
            continue
        source = teller(metric)
        slots = open_groups.setdefault(figure_key(metric), [])
        slot = next(
            (slot for slot in slots if source not in slot[0] and not _names_another_fund(slot[1], metric)),
            None,
        )
        if slot is None:
            slot = (set(), [])
            slots.append(slot)
            groups.append(slot[1])
        slot[0].add(source)
        slot[1].append(metric)
    # Each group in its shown order first, then a coarser date's group joins a finer one (which leads).
    return _fold_coarser_dates([_shown_first(group) for group in _fold_unstated_bases(groups)])


def _names_another_fund(group: list[Metric], metric: Metric) -> bool:
    """Whether `metric`, a fund closed, names a fund other than one `group` names ("Éclair Fund IV" and
    "Éclair Opportunity Fund II", both $300M the same day: two funds). A close naming no fund may be either."""
    named = _fund_named(metric)
    return named is not None and any((other := _fund_named(told)) and other != named for told in group)


def _fund_named(metric: Metric) -> str | None:
    """The fund a fund-closed figure names (its description, case aside), None for another figure."""
    if metric.metric != "fund_closed" or not metric.description:
        return None
    return metric.description.casefold()


def _shown_first(group: list[Metric]) -> list[Metric]:
    """A figure's metrics, the one its page shows and counts first: one stating its basis, then by
    `primary_source`, never by which was imported first."""
    if len(group) < 2:
        return group
    return sorted(group, key=lambda metric: (metric.basis is None, primary_source(metric)))


def _but_basis(metric: Metric) -> tuple:
    """`figure_key` without the basis."""
    return tuple(getattr(metric, name) for name in _FIGURE if name != "basis")


def _fold_unstated_bases(groups: list[list[Metric]]) -> list[list[Metric]]:
    """`groups` with each figure told with no basis joined to the figure told alike with one: the one
    such group of the one basis the others state (pre- and post-money both stated: which one it is
    is unknown, it stays apart), its sources not already in it."""
    stated: dict[tuple, list[list[Metric]]] = {}
    for group in groups:
        if group[0].value is not None and group[0].basis:
            stated.setdefault(_but_basis(group[0]), []).append(group)
    if not stated:
        return groups
    kept: list[list[Metric]] = []
    for group in groups:
        targets = stated.get(_but_basis(group[0]), []) if group[0].basis is None else []
        tellers = {teller(metric) for metric in group}
        if (
            group[0].value is not None
            and len(targets) == 1
            and not tellers & {teller(metric) for metric in targets[0]}
        ):
            targets[0].extend(group)
        else:
            kept.append(group)
    return kept


def _but_date_and_basis(metric: Metric) -> tuple:
    """`figure_key` without the date and the basis."""
    return tuple(getattr(metric, name) for name in _FIGURE if name not in ("date", "basis"))


def _within(coarse: str, fine: str) -> bool:
    """Whether the date `fine` is a day or month inside the month or year `coarse` ("2025-09-02" in "2025-09")."""
    return fine.startswith(coarse + "-")


def _fold_coarser_dates(groups: list[list[Metric]]) -> list[list[Metric]]:
    """`groups` with each figure dated by its month or year ("$183B post-money" in "2025-09") joined to the one
    figure told alike on a day or month inside it ("2025-09-02"): one date told at two precisions. The bases
    agree or one is unstated; the sources differ. The more precise group leads (its date is the figure's)."""
    by_figure: dict[tuple, list[list[Metric]]] = {}
    for group in groups:
        if group[0].value is not None and group[0].date:
            by_figure.setdefault(_but_date_and_basis(group[0]), []).append(group)
    folded: set[int] = set()
    # Months before years: a year's figure joins the day its month's figure joined, never a group gone.
    for group in sorted((g for figure in by_figure.values() for g in figure), key=lambda g: -len(g[0].date)):
        head = group[0]
        targets = [
            other
            for other in by_figure[_but_date_and_basis(head)]
            if id(other) not in folded
            and _within(head.date, other[0].date)
            and (head.basis is None or other[0].basis is None or head.basis == other[0].basis)
        ]
        tellers = {teller(metric) for metric in group}
        if len(targets) == 1 and not tellers & {teller(metric) for metric in targets[0]}:
            targets[0].extend(group)
            folded.add(id(group))
    return [group for group in groups if id(group) not in folded]


def fold_metric(members: list[Metric]) -> Metric:
    """One metric for a figure several sources state: the first member, with every member's evidence
    and the others' ids (`same_metric_ids`: selecting or exporting it takes every source's record)."""
    first, others = members[0], members[1:]
    if not others:
        return first
    # A member already folding a person's correction with its source's record (fold_corrected_metrics)
    # brings both records.
    accounts = [account for member in members for account in (member.accounts or [member])]
    # A figure dated by a day from one source and with its basis from another ("post-money") keeps both.
    basis = first.basis or next((other.basis for other in others if other.basis), None)
    return first.model_copy(
        update={
            "basis": basis,
            "evidence": [evidence for member in members for evidence in member.evidence],
            "same_metric_ids": [other.id for other in others],
            "accounts": accounts,
        }
    )


def fold_metrics(metrics: list[Metric]) -> list[Metric]:
    """`metrics` with each figure several sources state as one metric (see the module's rule)."""
    return [fold_metric(members) for members in group_metrics(metrics)]
