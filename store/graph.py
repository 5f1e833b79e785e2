"""The relationship map: a company, its investors, partners and their other bets, N steps out."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlite_utils import Database

from .errors import ReadStopped
from .formatting import (
    format_amount,
    format_share,
    is_part_of_stake_sold,
    is_stake_bought,
    is_stake_held,
    is_stake_sold,
    round_label,
    round_roles,
    status_words,
)
from .models import MapEdge, MapNode, RecordRef, RelationshipMap, Stake
from .money_raised import NOT_RAISED_YET, raise_status_words, split_words
from .queries import fetch_records
from .same_raise import fold, group_raises
from .timeline_folds import RENEWAL_LABEL, TimelineFolds, folds_among

# Each query yields (from company, to company, kind, amount, currency, bound, date, percentage and its
# bound, status, the round's id) for one company: a stake's or an acquisition's share is part of its
# label ("€120M · ~60% · 2016"), and so are the status words of money not raised ("≤$1B · conditional
# · 2025"); a round's are its raise's, as the company's page says them (`_raise_words`).
# Each is two indexed lookups, the company's links out then its links in (a link of the company to
# itself only once): `WHERE (i.company_id = :c OR s.company_id = :c)` across a join reads every stake,
# 671k of them on a 1M-company database, for each company on the map.
# Each names its record (`record_id`), by which the map folds what several sources tell (`_folded`); a
# stake its round (`in_round`), a round membership its round type ("round investor · Seed · 2019").
_STAKE = """SELECT i.company_id AS a, s.company_id AS b, s.amount, s.currency, s.bound, s.date, s.percentage,
                  s.percentage_bound, s.status, NULL AS round_id, s.id AS stake_id, s.round_type AS stake_type,
                  s.id AS record_id, s.round_id AS in_round"""
_ROUND = """SELECT i.company_id AS a, r.company_id AS b, NULL AS amount, NULL AS currency, NULL AS bound, r.date,
                  NULL AS percentage, NULL AS percentage_bound, r.status, r.id AS round_id, r.id AS record_id,
                  r.round_type, ri.is_lead"""
_PARTNER = """SELECT company_id AS a, partner_id AS b, NULL AS amount, NULL AS currency, NULL AS bound,
                  since AS date, NULL AS percentage, NULL AS percentage_bound, NULL AS status, NULL AS round_id,
                  id AS record_id FROM partnerships"""
_ACQUISITION = """SELECT acquirer_id AS a, company_id AS b, amount, currency, bound, date, percentage,
                  percentage_bound, status, NULL AS round_id, id AS record_id FROM acquisitions"""
_LINKS = {
    "invests": f"""{_STAKE} FROM investors i JOIN stakes s ON s.investor_id = i.id
                  WHERE i.company_id = :c AND s.review_status != 'rejected'
                  UNION ALL
                  {_STAKE} FROM stakes s JOIN investors i ON i.id = s.investor_id
                  WHERE s.company_id = :c AND i.company_id != :c AND s.review_status != 'rejected'""",
    "joins round": f"""{_ROUND} FROM investors i JOIN round_investors ri ON ri.investor_id = i.id
                  JOIN rounds r ON r.id = ri.round_id
                  WHERE i.company_id = :c AND r.review_status != 'rejected'
                  UNION ALL
                  {_ROUND} FROM rounds r JOIN round_investors ri ON ri.round_id = r.id
                  JOIN investors i ON i.id = ri.investor_id
                  WHERE r.company_id = :c AND i.company_id != :c AND r.review_status != 'rejected'""",
    "partners": f"""{_PARTNER} WHERE company_id = :c AND review_status != 'rejected'
                  UNION ALL
                  {_PARTNER} WHERE partner_id = :c AND company_id != :c AND review_status != 'rejected'""",
    "acquires": f"""{_ACQUISITION} WHERE acquirer_id = :c AND review_status != 'rejected'
                  UNION ALL
                  {_ACQUISITION} WHERE company_id = :c AND acquirer_id != :c AND review_status != 'rejected'""",
}
MAX_NODES = 200  # a map is for looking at; beyond this it is a list
_RECORD_TYPE = {
    "invests": "stake",
    "joins round": "round",
    "partners": "partnership",
    "acquires": "acquisition",
}
"""The record type each kind of link is read from (`_LINKS`)."""


@dataclass
class _Link:
    """An edge as one record tells it: the record (`ref`: its type and id, a tuple where a `RecordRef`
    per row cost a map of an investor in 12,000 rounds half its time), and a stake's round (`in_round`)."""

    edge: MapEdge
    ref: _Ref
    in_round: int | None = None
    stage: str = ""
    """A round membership's round type and "lead" ("Series A · lead"): what a stake in that raise,
    drawn instead of it, says of it too (`_folded`)."""
    parts: tuple[str, ...] = ()
    """The label's parts before and after a round's stage: (amount, share) and (status words, year)."""


_Ref = tuple[str, int]
"""A record's type and id (`RecordRef`'s fields)."""


def _never() -> bool:
    return False


def _raise_words(db: Database, company_id: int) -> dict[int, str]:
    """Round id -> the status words of its raise, for each round of the company, as its page says
    them (`raise_status_words` of the raise folded): "in talks" (or "planned") only when every source of the
    raise tells it so, one saying it was raised making it raised."""
    words = {}
    for members in group_raises(fetch_records(db, "round", "r.company_id = :c", {"c": company_id})):
        said = raise_status_words(fold(members))
        words.update(dict.fromkeys((member.id for member in members), said))
    return words


def _split_stakes(db: Database) -> dict[int, str]:
    """Stake id -> its split, for the stakes part committed, part conditional ("$15B committed ·
    $35B conditional": money_raised.split_words), read once a map: few stakes have tranches."""
    where = "s.id IN (SELECT stake_id FROM stake_tranches WHERE condition IS NOT NULL)"
    stakes = fetch_records(db, "stake", where)
    return {stake.id: said for stake in stakes if (said := split_words(stake))}


def _status_words(
    db: Database, row: dict, raises: dict[int, dict[int, str]], split: Mapping[int, str]
) -> str:
    """An edge's status words: a stake's split when partly conditional (`_split_stakes`), a round's in
    talks or planned its raise's (`_raise_words`, read once a company and only for a round not made, which few
    are), any other's its own."""
    if said := split.get(row.get("stake_id") or 0):
        return said
    if row["round_id"] is None or row["status"] not in NOT_RAISED_YET:
        return status_words(row["status"])
    if row["b"] not in raises:
        raises[row["b"]] = _raise_words(db, row["b"])
    return raises[row["b"]].get(row["round_id"], status_words(row["status"]))


def _links_of(
    db: Database,
    company_id: int,
    stopped: Callable[[], bool] = _never,
    split: Mapping[int, str] | None = None,
) -> list[_Link]:
    """The company's links, out and in, one per record (a round's, one per investor)."""
    links = []
    raises: dict[int, dict[int, str]] = {}  # company id -> its rounds' status words, when needed
    for kind, sql in _LINKS.items():
        if stopped():
            raise ReadStopped("the relationship map is no longer wanted")
        for row in db.query(sql, {"c": company_id}):
            amount = format_amount(row["amount"], row["currency"], row["bound"])
            year = (row["date"] or "")[:4]
            share = format_share(row["percentage"], row["percentage_bound"])
            said = _status_words(db, row, raises, split or {})
            stage = round_label(row["round_type"]) if row.get("round_type") else ""
            label = _label((amount, share), stage, (said, year))
            told = _stake_kind(row.get("stake_type")) if kind == "invests" else kind
            edge = MapEdge(
                source_id=row["a"], target_id=row["b"], kind=told, label=label, date=row["date"] or ""
            )
            role = " · ".join(
                part
                for part in (stage, *round_roles(row.get("round_type"), bool(row.get("is_lead"))))
                if part
            )
            ref = (_RECORD_TYPE[kind], row["record_id"])
            links.append(_Link(edge, ref, row.get("in_round"), role, (amount, share, said, year)))
    return links


def _label(money: tuple[str, str], stage: str, said: tuple[str, str]) -> str:
    """An edge's label: its amount and share, a round's type (and "lead"), its status words and year."""
    return " · ".join(part for part in (*money, stage, *said) if part)


def _stake_label(stake: Stake, stage: str = "") -> str:
    """A stake's edge label from the stake as its page shows it (`TimelineFolds.stakes`): as
    `_links_of` labels a stake's row, its split, else its status words; with the `stage` of the raise
    it is in when it stands for its round membership (`_Link.stage`)."""
    amount = format_amount(stake.amount, stake.currency, stake.bound)
    share = format_share(stake.percentage, stake.percentage_bound)
    said = split_words(stake) or status_words(stake.status)
    return _label((amount, share), stage, (said, (stake.date or "")[:4]))


def _folded(links: list[_Link], folds: TimelineFolds, center_id: int) -> list[MapEdge]:
    """One edge per relation: the links of a stake, raise or partnership several sources tell (on the
    page one row, "· 2 sources") as one, the link of the record the timeline shows for it
    (`folds.event_of`: the page's grouping), a stake labelled with the figures every source gives, a
    round joined by an investor the raise's page lists under another spelling drawn from that one
    (`folds.spellings`: "Quill Capital Partners" as "Quill Capital"), but from the map's center; a
    round membership left out where a stake of that investor in that raise says more (its amount).
    Other rounds of that investor stay: a stake sold or held does not hide the rounds it joined."""
    same_as = {_ref(record): _ref(shown) for record, shown in folds.event_of.items()}
    stakes = {_ref(shown): stake for shown, stake in folds.stakes.items()}
    spellings = {_ref(shown): names for shown, names in folds.spellings.items()}
    chosen: dict[tuple, _Link] = {}
    for link in links:
        shown = same_as.get(link.ref, link.ref)
        _as_spelling_shown(link, spellings.get(shown), center_id)
        key = (*_ends(link.edge), _relation_kind(link.edge.kind), shown)
        if key not in chosen or link.ref == shown:  # the shown record's own link, when it is on the map
            chosen[key] = link
    staked: dict[tuple, _Link] = {}
    for (*_, shown), link in chosen.items():
        stake = stakes.get(shown)
        # the round a stake is in: the folded stake's (another source may name it), else its own
        in_round = stake.round_id if stake is not None and stake.round_id is not None else link.in_round
        if link.edge.kind in STAKE_KINDS and in_round is not None:
            raise_shown = same_as.get(("round", in_round), ("round", in_round))
            staked.setdefault((link.edge.source_id, link.edge.target_id, raise_shown), link)
    renewals = {_ref(shown): words for shown, words in folds.renewals.items()}
    kept: list[tuple[_Link, Stake | None]] = []
    for (*_, shown), link in chosen.items():
        if link.edge.kind == "joins round" and (link.edge.source_id, link.edge.target_id, shown) in staked:
            staked[(link.edge.source_id, link.edge.target_id, shown)].stage = link.stage
            continue
        if link.edge.kind == "partners" and (renewal := renewals.get(shown)):
            # "renewal · 2024"; "2021 · renewed 2024-03-12, until 2029-03-12"
            parts = (renewal, link.edge.label) if renewal == RENEWAL_LABEL else (link.edge.label, renewal)
            said = " · ".join(part for part in parts if part)
            link.edge = link.edge.model_copy(update={"label": said})
        kept.append((link, stakes.get(shown)))
    return [_stake_edge(link, stake) for link, stake in kept]


def _as_spelling_shown(link: _Link, spellings: dict[int, int] | None, center_id: int) -> None:
    """`link`, a round joined, drawn from the investor whose spelling the raise's page lists for its
    own (`spellings`, `TimelineFolds.spellings`), the map's center too: on the map of "Quill Capital
    Partners", a source's "Quill Capital" in its own round is the center, never a co-investor of its own.
    The map's center stays itself."""
    if not spellings or link.edge.kind != "joins round" or link.edge.source_id == center_id:
        return
    shown = spellings.get(link.edge.source_id)
    if shown is not None:
        link.edge = link.edge.model_copy(update={"source_id": shown})


def _stake_edge(link: _Link, stake: Stake | None) -> MapEdge:
    """`link`'s edge, a stake's labelled from the stake several sources tell (`stake`, when folded) and
    with the round type and lead of the round membership it stands for (`_Link.stage`), as the
    company page's round row names them: "invested in · $12M · Series A · lead · 2022"."""
    if link.edge.kind not in STAKE_KINDS:
        return link.edge
    if stake is not None:
        update = {"kind": _stake_kind(stake.round_type), "label": _stake_label(stake, link.stage)}
        return link.edge.model_copy(update={**update, "date": stake.date or ""})
    if link.stage:
        amount, share, said, year = link.parts
        return link.edge.model_copy(update={"label": _label((amount, share), link.stage, (said, year))})
    return link.edge


def _ref(ref: RecordRef) -> _Ref:
    return ref.record_type, ref.record_id


def _ends(edge: MapEdge) -> tuple[int, int]:
    """An edge's two companies; a partnership's in either order (it binds both alike)."""
    ends = (edge.source_id, edge.target_id)
    return (min(ends), max(ends)) if edge.kind == "partners" else ends


def _relation_kind(kind: str) -> str:
    """A stake's kinds as one ("invests", "buys stake", …: sources may type one stake differently)."""
    return "stake" if kind in STAKE_KINDS else kind


def _edge_key(edge: MapEdge, *, bare: bool = False) -> tuple:
    """What makes two links one edge: the same link told by several sources. A partnership binds both
    companies alike: one source saying "Nvidia partners with Mistral AI" and another "Mistral AI
    partners with Nvidia" tell one partnership (store/same_partnership.py), so its two companies are
    taken in either order. `bare`: any stake's kind taken as "invests" (`_without_untyped_twins`)."""
    ends = (edge.source_id, edge.target_id)
    if edge.kind == "partners":
        ends = (min(ends), max(ends))
    kind = "invests" if bare and edge.kind in STAKE_KINDS else edge.kind
    return (*ends, kind, edge.label)


# An edge's kind for a stake says what the stake is (`_stake_kind`), so the map's relation word can too:
# a stake bought, sold or held; every stake's edge, money put in or not, hides its investor's round membership.
TRADED_STAKE_KINDS = frozenset({"buys stake", "sells stake", "sells part of stake", "holds stake"})
STAKE_KINDS = TRADED_STAKE_KINDS | {"invests"}


def _without_untyped_twins(edges: list[MapEdge]) -> list[MapEdge]:
    """`edges` less each plain "invests" edge telling a traded stake's link and label: a source telling the
    purchase as one and another telling it untyped tell one stake, drawn once, with the kind that says more."""
    traded = {_edge_key(edge, bare=True) for edge in edges if edge.kind in TRADED_STAKE_KINDS}
    return [edge for edge in edges if edge.kind != "invests" or _edge_key(edge) not in traded]


def _stake_kind(stake_type: str | None) -> str:
    """The kind of a stake's edge, so the map's relation word says what the stake is: "sells stake" for a
    stake its investor sold (an exit), "sells part of stake" for part of one (no exit), "buys stake" for one bought from its holders (a stake purchase, a
    secondary: the money went to them, not into the company), "holds stake" for one only told as held with
    its worth (its amount is the stake's value, no money moved); else "invests", money put in."""
    if is_stake_sold(stake_type):
        return "sells part of stake" if is_part_of_stake_sold(stake_type) else "sells stake"
    if is_stake_bought(stake_type):
        return "buys stake"
    return "holds stake" if is_stake_held(stake_type) else "invests"


def relationship_map(
    db: Database, company_id: int, depth: int = 2, stopped: Callable[[], bool] | None = None
) -> RelationshipMap:
    """Breadth-first from the company; each relation once (`_folded`: what several sources tell as its
    page folds it), a round membership only where no stake in that raise says more; the edges in date
    order. `ReadStopped` as soon as `stopped()` says so (never when None), checked
    before each query: each is a few indexed lookups, so the store is free again moments after the
    map is left."""
    stopped = stopped or _never
    names = {}
    nodes: dict[int, MapNode] = {}
    links: dict[tuple, _Link] = {}
    queue = deque([(company_id, 0)])
    seen = {company_id}
    split = _split_stakes(db)
    while queue and len(nodes) < MAX_NODES:
        current, level = queue.popleft()
        nodes[current] = MapNode(company_id=current, name="", depth=level)
        if level == depth:
            continue
        for link in _links_of(db, current, stopped, split):
            edge = link.edge
            links.setdefault((edge.source_id, edge.target_id, link.ref), link)  # read from both ends: once
            for neighbour in (edge.source_id, edge.target_id):
                if neighbour not in seen:
                    seen.add(neighbour)
                    queue.append((neighbour, level + 1))
    if stopped():
        raise ReadStopped("the relationship map is no longer wanted")
    on_map = [
        link for link in links.values() if link.edge.source_id in nodes and link.edge.target_id in nodes
    ]
    folded = _folded(on_map, folds_among(db, nodes), company_id)
    # A spelling the raise's page lists under another (`_as_spelling_shown`) is no company of the map.
    linked = {company_id, *(end for edge in folded for end in (edge.source_id, edge.target_id))}
    nodes = {node_id: node for node_id, node in nodes.items() if node_id in linked}
    # Two records telling one relation alike that no page folds (undated, say) read as one line.
    alike: dict[tuple, MapEdge] = {}
    for edge in folded:
        alike.setdefault(_edge_key(edge), edge)
    kept = _without_untyped_twins(list(alike.values()))
    # Oldest first, undated first, as a company page lists its rounds and investors: the edges came
    # a record type at a time ($3M · 2021 listed before $1M · 2019). Partial dates sort before the
    # fuller dates they hold ("2019" < "2019-05" < "2019-05-02"), as on the timeline. Stable: a
    # date's links keep the map's order. The tree's branches follow their first link.
    kept.sort(key=lambda edge: edge.date)
    ids = list(nodes)
    marks = ", ".join("?" for _ in ids)
    names = {
        row["id"]: row["name"]
        for row in db.query(f"SELECT id, name FROM companies WHERE id IN ({marks})", ids)
    }
    for node in nodes.values():
        node.name = names.get(node.company_id, "?")
    # Stopped at the cap with companies still queued: the map shows part of what was found, and the
    # queued ones short of the depth would have had their links read (the count says "or more" then;
    # walking them all is the cost the cap exists to avoid).
    return RelationshipMap(
        center_id=company_id,
        nodes=list(nodes.values()),
        edges=kept,
        found=len(seen) - 1,
        capped=bool(queue),
        unwalked=any(level < depth for _, level in queue),
    )
