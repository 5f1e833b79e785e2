"""Writing an importer's `ParsedSource` into the tables: one source, one transaction.

Entity resolution happens here, against what the database already knows: a company is found by its
normalised name or any alias before a new row is made, so later imports attach to the same company.
A name found so under another spelling ("Arle Holdings" for the company "Arle") becomes an alias of
it, so search, `show` and `--company` find the company by the spelling its sources use.

One name stands for one company: an alias whose normalised form is already another company's name or
alias is not added (`RefusedAlias`, reported by the import), so records naming it keep finding that
company, and the person merges the two if they are one. Descriptions are the exception
(`CompanyResolver.names_another`).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from typing import NamedTuple

from sqlite_utils import Database

from ai_deals.importers.agreements import IN_THE_ROUND_RE, under_an_agreement
from ai_deals.importers.fact_records import as_model
from ai_deals.importers.models import CALLED_OFF, CompanyInfo, Fact, ParsedSource

from .display_names import forget_spellings, settle_companies_spelt_before, settle_display_names
from .errors import StoreError
from .formatting import is_stake_traded, kinds_agree, round_kind
from .known import cited_by_other_sources, held_fingerprints
from .known_names import folded_knowledge_names, keeps_its_words
from .merging import (
    COMPANY_DETAILS,
    companies_named_by_source,
    corrected_import_reason,
    details_given,
    next_company_id,
    record_companies_listed,
    refresh_replaced_details,
    remove_unused_companies,
    split_targets,
)
from .models import ImportReport, RefusedAlias, shell_word
from .money_raised import NOT_RAISED_YET, at_most_round
from .names import fold, is_description, is_short_form, normalize_name, short_form_owners
from .queries import FACT_COUNT_SQL
from .review import (
    carry_decisions,
    decisions_in_effect,
    fingerprint,
    identity,
    renamed_identities,
    source_key,
)
from .schema import RECORD_TABLES
from .short_names import claimable_short_names, claimed_by_another
from .stake_joins import (
    LIST_INVESTOR_ROW_SQL,
    ROUNDS_OF_SOURCE,
    STAKES_OF_SOURCE,
    join_stakes,
    rejoin_stakes,
    rounds_of_typed_stakes,
    unlist_joined_stakes_of_source,
)

# Given a name no alias matches, the id of an existing company spelt almost the same ("HuggingFace").
SimilarLookup = Callable[[str], int | None]
_COMPANY_FIELDS = COMPANY_DETAILS  # one list of the details a source may state of a company
_ISO_PRECISION = {4: "year", 7: "month"}  # by an ISO date's length; any other is a day


def share_bound(fact: Fact) -> str | None:
    """The `percentage_bound` a fact's share is stored with: NULL when exact or when there is no share."""
    bound = fact.percentage_bound
    return None if bound == "exact" or fact.percentage is None else bound


def own_more_evidence(fact: Fact) -> list:
    """The other sentences of the fact's own article its figures or parties come from ("Mistral AI lève
    600 millions d'euros" and the sentence naming the round's investors): evidence of the record each,
    highlighted where they stand in the source."""
    return [more for more in fact.more_evidence if more.start is not None and more.end is not None]


def without_nameless(fact: Fact, key: Callable[[str], str] = normalize_name) -> Fact | None:
    """The fact without the names that have no letter or digit ("…", "—"): such a name is nobody's.

    The fact of a nameless company is none (None); a nameless investor or partner is an unknown one.
    `key` normalises a name (the bulk writer passes its remembered keys).
    """
    if not key(fact.company):
        return None
    changes: dict = {}
    for field in ("investor", "partner"):
        name = getattr(fact, field)
        if name is not None and not key(name):
            changes[field] = None
    for field in ("investors", "lead_investors"):
        names = getattr(fact, field)
        if names and not all(map(key, names)):
            changes[field] = [name for name in names if key(name)]
    return fact.model_copy(update=changes) if changes else fact


# Whose stake a fact is whose investor's name has no letter or digit ("…": `without_nameless`): the one
# way to it. An investment naming several investors is their round (`as_joint_round`), and the
# importers name an investor in every other one (a deal file's row without one is a bad row).
UNKNOWN_INVESTOR = "unknown investor"


def is_joint_investment(fact: Fact) -> bool:
    """Whether `fact` is an investment naming several investors and none of them alone: a round."""
    return fact.kind == "investment" and fact.investor is None and len(fact.investors) >= 2


def as_joint_round(fact: Fact) -> Fact:
    """An investment naming several investors and none of them alone (`Fact.investor` is None): the
    joint investment it is, as a round of its amount with those investors, the rule a deal file's
    rows follow (README, "Deal files"). Kept as a stake it would be one investor's, and there is
    none to give it to but an invented "unknown investor".

    A share stated with it is no round's: raise `StoreError` rather than drop it (deal files refuse
    such a row before it gets here). A record (`FactRecord`) is changed as the named tuple it is."""
    if not is_joint_investment(fact):
        return fact
    if fact.percentage is not None:
        raise StoreError(
            f"an investment in {fact.company} gives one share to {len(fact.investors)} investors"
            f" ({', '.join(fact.investors)}): a share is one investor's"
        )
    if isinstance(fact, Fact):
        return fact.model_copy(update={"kind": "round"})
    return fact._replace(kind="round")


_DETAIL_FIELDS = ("investor_kind", *_COMPANY_FIELDS)


def fold_short_investors(
    facts: list, companies: list, key: Callable[[str], str] = normalize_name
) -> tuple[list, list]:
    """The facts and companies of a source (or a deal file's row) with each round's bare short name
    of exactly one of its other investors folded into that investor (`short_form_owners`): "Fidelity"
    beside "Fidelity Investments" is one investor, lead if either was. The short name becomes an
    alias of the full one (its company's details completing the full one's), so the next import
    joins it; a short name two rounds here give two full names is nobody's alias. `key` normalises
    a name (the bulk writer passes its remembered keys); facts and companies may be records."""
    owners: dict[str, str] = {}
    clashes: set[str] = set()
    folded = []
    for fact in facts:
        if fact.kind != "round" or len(fact.investors) + len(fact.lead_investors) < 2:
            folded.append(fact)
            continue
        found = short_form_owners([*fact.lead_investors, *fact.investors], key)
        if not found:
            folded.append(fact)
            continue
        for short, full in found.items():
            if key(owners.setdefault(short, full)) != key(full):
                clashes.add(short)
        leads = list(dict.fromkeys(found.get(name, name) for name in fact.lead_investors))
        investors = list(dict.fromkeys(found.get(name, name) for name in fact.investors))
        folded.append(as_model(fact).model_copy(update={"investors": investors, "lead_investors": leads}))
    if not owners:
        return facts, companies
    for short in clashes:
        del owners[short]
    infos = {key(info.name): as_model(info) for info in companies}
    for short, full in owners.items():
        short_info = infos.pop(key(short), None)
        full_info = infos.get(key(full)) or CompanyInfo(name=full)
        update: dict = {"aliases": list(dict.fromkeys([*full_info.aliases, short]))}
        if short_info is not None:
            update["aliases"] = list(dict.fromkeys([*update["aliases"], *short_info.aliases]))
            update |= {
                field: getattr(short_info, field)
                for field in _DETAIL_FIELDS
                if getattr(full_info, field) is None and getattr(short_info, field) is not None
            }
        infos[key(full)] = full_info.model_copy(update=update)
    return folded, list(infos.values())


def identifies(alias: str, name: str) -> bool:
    """Whether an article's `alias` of its company `name` finds that company among those known: a
    name does ("TSMC" for "Taiwan Semiconductor Manufacturing Co."), a description ("the
    Montreal-based company") or a short form of the name ("Kestrel" for "Kestrel Analytics") does not."""
    return bool(alias) and not is_description(alias) and not is_short_form(alias, name)


def _countries_of(details: dict) -> str | None:
    """The country code a company's details place it in: the one stated ("FR", "U.S.", "UK"), else its
    city's (by the knowledge file: "Montpellier" is in FR), else None. A country written out ("France",
    as a deal file may) is not compared with a code: its city's code is, if any."""
    from ai_deals.importers.extract.entities import knowledge

    kb = knowledge()
    stated = str(details.get("country") or "").strip()
    if stated:
        code = kb.nationalities.get(stated) or stated.upper()
        code = "GB" if code == "UK" else code
        if len(code) == 2 and code.isalpha():
            return code
    city = details.get("city")
    return kb.cities.get(city) if city else None


def _sectors_agree(one: str, other: str) -> bool:
    """Whether two stated sectors can be one company's: the same, or one a kind of the other ("generative
    AI" is "AI")."""
    one_words, other_words = set(fold(one).split()), set(fold(other).split())
    return one_words <= other_words or other_words <= one_words


# Words of a sector or a description ("a Munich-based cybersecurity start-up") and the trade each names:
# two sources whose words name trades and no trade in common describe two companies.
_TRADES = tuple(
    (re.compile(pattern, re.IGNORECASE), trade)
    for pattern, trade in (
        (r"\b(?:cyber[- ]?security|cyber|cybers[ée]curit[ée]|infosec|security)\b", "security"),
        (
            r"\b(?:fintech|payments?|paiements?|accounts payable|accounting|comptab\w*|invoic\w*|banking|neobank"
            r"|lending)\b",
            "fintech",
        ),
        (r"\b(?:insurtech|insurance|assurance)\b", "insurance"),
        (r"\b(?:data(?:[- ]pipelines?)?|databases?|analytics|donn[ée]es)\b", "data"),
        (r"\b(?:robot\w*)\b", "robotics"),
        (r"\b(?:chips?|chipmakers?|semi-?conduct\w*|puces)\b", "chips"),
        (
            r"\b(?:generative ai|ai|artificial intelligence|machine learning|ia|intelligence artificielle)\b",
            "AI",
        ),
        (r"\b(?:biotech\w*|drugmakers?|pharma\w*|drug discovery|life sciences)\b", "biotech"),
        (r"\b(?:healthtech|medtech|health\s?care|sant[ée]|medical|m[ée]dical)\b", "health"),
        (r"\b(?:cloud)\b", "cloud"),
        (r"\b(?:e-?commerce|online retail|commerce en ligne)\b", "e-commerce"),
        (r"\b(?:energy|[ée]nergie|cleantech|climate tech|solar|battery|batteries)\b", "energy"),
        (r"\b(?:d[ée]fen[cs]e)\b", "defence"),
        (r"\b(?:carmakers?|automakers?|automotive|automobile)\b", "automotive"),
        (r"\b(?:edtech|education)\b", "education"),
        (r"\b(?:legaltech|legal)\b", "legal"),
        (r"\b(?:foodtech|food)\b", "food"),
        (r"\b(?:space|satellites?|spatial)\b", "space"),
        (r"\b(?:quantum|quantique)\b", "quantum"),
        (r"\b(?:gaming|video games?|jeux? vid[ée]o)\b", "gaming"),
    )
)


def _trades(details: dict) -> dict[str, str]:
    """The trades (`_TRADES`) a company's stated sector and description name, each with the words
    that name it first."""
    found: dict[str, str] = {}
    for text in (details.get("sector"), details.get("description")):
        for pattern, trade in _TRADES:
            if text and trade not in found and (match := pattern.search(str(text))):
                found[trade] = match.group(0)
    return found


def _sectors_differ(full: dict, short: dict) -> tuple[str, str] | None:
    """What two sides' sectors say differently, each side's way: their stated sectors or the words of
    their descriptions naming trades with none in common ("robotics", "cybersecurity"); None when they
    may be one company's (one trade in common, or a side naming none)."""
    full_trades, short_trades = _trades(full), _trades(short)
    full_sector, short_sector = full.get("sector"), short.get("sector")
    if full_trades and short_trades:
        if full_trades.keys() & short_trades.keys():
            return None
        return (
            str(full_sector or ", ".join(full_trades.values())),
            str(short_sector or ", ".join(short_trades.values())),
        )
    if full_sector and short_sector and not _sectors_agree(full_sector, short_sector):
        return str(full_sector), str(short_sector)
    return None


# A city's names in other languages, under the name it is compared by (accents folded away first):
# "Londres" and "London" are one city, "Berlin" and "Munich" two.
_CITY_NAMES = {
    "londres": "london",
    "munchen": "munich",
    "hambourg": "hamburg",
    "francfort": "frankfurt",
    "fribourg": "freiburg",
    "edimbourg": "edinburgh",
    "koln": "cologne",
    "dresde": "dresden",
    "geneve": "geneva",
    "bale": "basel",
    "berne": "bern",
    "saint-gall": "st. gallen",
    "pekin": "beijing",
    "singapour": "singapore",
    "riyad": "riyadh",
    "goteborg": "gothenburg",
    "barcelone": "barcelona",
    "valence": "valencia",
    "bruxelles": "brussels",
    "copenhague": "copenhagen",
    "varsovie": "warsaw",
    "vienne": "vienna",
    "lisbonne": "lisbon",
    "bengaluru": "bangalore",
    "athenes": "athens",
    "bucarest": "bucharest",
    "kiev": "kyiv",
    "new york city": "new york",
    "nyc": "new york",
    "sf": "san francisco",
    "washington": "washington d.c.",
}


def _city_key(city: str) -> str:
    """The name a city is compared by: "München" and "Munich", "Londres" and "London" are one."""
    folded = " ".join(fold(city).split())
    return _CITY_NAMES.get(folded, folded)


def disagreement(full: dict, short: dict) -> tuple[str, str] | None:
    """What the sources of a company and of one called by a short form of its name state differently,
    each side's way (a place in another country or another city, another sector or trade), or None when
    nothing they both state contradicts: then the short name may be that company ("Mistral" for "Mistral
    AI"). `full` and `short` hold each side's country, city, sector and description (None when unsaid)."""
    parts: tuple[list[str], list[str]] = ([], [])
    full_country, short_country = _countries_of(full), _countries_of(short)
    full_city, short_city = full.get("city"), short.get("city")
    other_city = bool(full_city and short_city and _city_key(full_city) != _city_key(short_city))
    if (full_country and short_country and full_country != short_country) or other_city:
        for details, country, said in ((full, full_country, parts[0]), (short, short_country, parts[1])):
            said.append(", ".join(part for part in (details.get("city"), country) if part))
    sectors = _sectors_differ(full, short)
    if sectors is not None:
        parts[0].append(sectors[0])
        parts[1].append(sectors[1])
    if not parts[0]:
        return None
    return "; ".join(parts[0]), "; ".join(parts[1])


def _details(info: CompanyInfo | None) -> dict:
    return {field: getattr(info, field) for field in _COMPANY_FIELDS} if info else {}


def content_hash(source: ParsedSource) -> str:
    """Identity of a source's content: the same text with the same title is the same document."""
    digest = hashlib.sha256()
    for part in (source.title, source.published or "", source.text):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


class CompanyResolver:
    """Finds or creates companies by name and alias, caching within one import."""

    def __init__(self, db: Database, source_id: int | None, similar: SimilarLookup | None = None) -> None:
        self.db = db
        self.source_id = source_id
        self.similar = similar
        self.cache: dict[str, int] = {}
        # Spellings this import already made (or found to be) a name or alias of their company.
        self.spellings: set[str] = set()
        # Aliases not added because they name another company (`refuse`), once per company and key.
        self.refused: list[RefusedAlias] = []
        self.refused_keys: set[tuple[int, str]] = set()
        self.made: set[int] = set()  # the companies this import created
        # Keys found to be the company's own (`bare_short_name`): not looked at again in this import.
        self.sole_holders: set[tuple[str, int]] = set()
        # Short names found to fit only the company their key found: each record's details are still
        # compared with the company's (`unless_disagreeing`).
        self.only_fits: set[tuple[str, int]] = set()
        # Companies not joined to the one called by their short name (`called_short`), by the name
        # they were asked for, with what to say once made (`kept_apart`).
        self.apart: list[tuple[str, RefusedAlias]] = []
        # Companies this source joined by name though it places them or gives them a trade otherwise
        # (`joined_unlike`): one line each for the import to say, with the split that parts them.
        self.joined: list[str] = []
        self.joined_ids: set[int] = set()
        self.compared: dict[tuple, tuple[str, str] | None] = {}
        # A person split this source's records of a company off to another (`split_targets`): a
        # corrected version names the company as before, and its records stay with the other.
        self.split_to = split_targets(db, source_id)

    def find(self, name: str) -> int | None:
        """The company whose name or alias is `name`, else one spelt almost the same."""
        company_id = self._exact(name)
        return company_id if company_id is not None else self._similar(name)

    def _exact(self, name: str) -> int | None:
        """The company whose normalised name or alias is `name`'s."""
        key = normalize_name(name)
        if not key:
            return None  # "???" and "!!!" share an empty key but are not one company
        if key in self.cache:
            return self.cache[key]
        # Two companies of one key ("Ledgerline", and the "Ledgerline GmbH" split from it): each by its name.
        told_apart = self.db.execute(
            """SELECT id FROM companies WHERE name = ? AND normalized = ?
               AND (SELECT count(*) FROM companies WHERE normalized = ?) > 1 ORDER BY id LIMIT 1""",
            [name.strip(), key, key],
        ).fetchone()
        if told_apart is not None:
            return told_apart[0]
        # The earliest row: a key named by two companies (a database from before aliases were refused,
        # `refuse`) finds the same one every time, as `BulkResolver` does.
        rows = list(
            self.db.query("SELECT company_id FROM aliases WHERE normalized = ? ORDER BY id LIMIT 1", [key])
        )
        if not rows:
            rows = list(
                self.db.query(
                    "SELECT id AS company_id FROM companies WHERE normalized = ? ORDER BY id LIMIT 1", [key]
                )
            )
        if rows:
            self.cache[key] = rows[0]["company_id"]
            return self.cache[key]
        return None

    def _similar(self, name: str) -> int | None:
        """A company spelt almost like `name` (no exact match): that spelling becomes its alias."""
        key = normalize_name(name)
        company_id = self.similar(name) if self.similar and key else None
        if company_id is not None:
            self.cache[key] = company_id
            self.add_alias(company_id, name)  # the next import finds this spelling directly
        return company_id

    def get(self, name: str, info: CompanyInfo | None = None) -> int:
        """The id of the company called `name`, created (with `info`) when unknown.

        A company known by one of the article's aliases is that company: "Taiwan Semiconductor
        Manufacturing Co. (TSMC)" joins the "TSMC" an earlier article brought, before any guess by spelling.
        Not by a short form of the name (`is_short_form`): "Kestrel Analytics", called "Kestrel", is not
        the "Kestrel Photonics" another article also called "Kestrel".
        """
        company_id = self._exact(name)
        if company_id is not None and company_id in self.split_to:
            return self.split_off(company_id, info)
        if company_id is not None:
            company_id = self.bare_short_name(name, normalize_name(name), company_id, info)
            if name not in self.spellings:  # found by its key: this spelling may be new
                self.add_spelling(company_id, name)
        elif info is not None:
            # Only names identify: a description the article used ("the Montreal-based company", "le groupe
            # de Redmond") is kept as an alias for search but may describe another company elsewhere.
            for alias in (alias for alias in info.aliases if identifies(alias, name)):
                company_id = self._exact(alias)
                if company_id is not None:
                    self.add_alias(company_id, name)
                    break
            if company_id is None:
                company_id = self.by_short_name(name, info)
            if company_id is None:
                company_id = self.called_short(name, info)
        if company_id is None:
            company_id = self._known_in_any_case(name, info)
        if company_id is None:
            company_id = self._similar(name)
        if company_id is None:
            company_id = self._create(name, info)
        elif info is not None and not self.joined_unlike(company_id, name, info):
            self._complete(company_id, info)
        if self.apart:  # said once made (`called_short`)
            self.kept_apart(company_id, name)
        if info is not None:
            for alias in info.aliases:
                self.add_alias(company_id, alias)
            for short in claimable_short_names(info.short_names):
                # Refused, and said, when another company here goes by it: the first name to claim it keeps it.
                self.add_alias(company_id, short)
        return company_id

    def by_short_name(self, name: str, info: CompanyInfo) -> int | None:
        """The company here going by one of the short names the source gives `name` in brackets ("AMP", a deal
        file's, for "Anjney Midha (AMP)"), unless another name here claimed it first (`claimed_by_another`: "John
        Roe (XYZ)" is not the "Jane Doe (XYZ)" an earlier wire named). `name` becomes its alias."""
        for short in claimable_short_names(info.short_names):
            company_id = self._exact(short)
            if company_id is None or company_id in self.split_to:
                continue
            if claimed_by_another(self.db, company_id, short, name):
                continue
            self.add_alias(company_id, name)
            return company_id
        return None

    def _known_in_any_case(self, name: str, info: CompanyInfo | None) -> int | None:
        """The company the knowledge file names, when `name` spells it in another case ("SEQUOIA CAPITAL",
        "A16Z"), as a deal file's investor cell is read (`known_names.known_name`): the company here known by
        one of its spellings, else one made under its knowledge name with them as aliases. None for a name
        the file does not know so. An article's reader names exact spellings itself; a first word read as a
        fund's short form ("Kleiner") is a deal file's reading only, never a story's capitalised word."""
        known = folded_knowledge_names().get(name.casefold())
        if known is None or known.short_form or known.name == name:
            return None
        for spelling in (known.name, *known.spellings):
            company_id = self._exact(spelling)
            if company_id is not None:
                self.add_alias(company_id, name)
                return company_id
        company_id = self._create(known.name, info)
        self.add_alias(company_id, name)
        for spelling in known.spellings:
            if keeps_its_words(spelling, normalize_name(spelling)):
                self.add_alias(company_id, spelling)
        return company_id

    def called_short(self, name: str, info: CompanyInfo) -> int | None:
        """The company here called just a short form of `name` that the source also calls it
        ("Mistral", a company of its own, for the "Mistral AI" whose article calls it "Mistral"), when
        that is the only company the short name fits and nothing both sources state contradicts
        (`disagreement`): it becomes `name`, the fuller name, as if this source had come first (the
        short name stays its alias). None otherwise: a contradiction is remembered for the import to
        say why the two stay two (`kept_apart`). The mirror of `bare_short_name`: import order does
        not decide whether they are one."""
        for alias in info.aliases:
            if is_description(alias) or not is_short_form(alias, name):
                continue
            key = normalize_name(alias)
            other_id = self.lookup(alias, key)
            if other_id is None or other_id in self.split_to:
                continue
            other_name, other_key = self.name_of(other_id)
            if other_key != key or len(self.going_by(alias, key, other_id)) > 1:
                continue
            differs = disagreement(_details(info), self.details_of(other_id))
            if differs is not None:
                self.apart.append(
                    (
                        name,
                        RefusedAlias(
                            alias=alias, company=name, other=other_name, short=True, differs=differs
                        ),
                    )
                )
                continue
            self.rename(other_id, name)
            return other_id
        return None

    def joined_unlike(self, company_id: int, name: str, info: CompanyInfo) -> bool:
        """Whether this source, joining the company `company_id` by the name `name`, states a city or a
        trade of it that contradicts what is known (`disagreement`: Munich's robotics "Ledgerline" and
        Berlin's accounting software one). One name is one company, so it stays joined; but it keeps
        the details its own sources first gave (none are taken from this source), and the import says
        so once, with the `ai-deals split` that makes this source's company one of its own."""
        stated = _details(info)
        if company_id in self.made or not any(stated.values()):
            return False
        compared = (company_id, *stated.values())
        if compared not in self.compared:  # a deal file's rows repeat a company's details: compared once
            if len(self.compared) >= 100_000:  # memory stays flat over a big deal file
                self.compared.clear()
            self.compared[compared] = disagreement(self.details_of(company_id), stated)
        differs = self.compared[compared]
        if differs is None:
            return False
        if company_id not in self.joined_ids:
            self.joined_ids.add(company_id)
            self.joined.append(self._joined_line(company_id, name, info, differs))
        return True

    def _joined_line(self, company_id: int, name: str, info: CompanyInfo, differs: tuple[str, str]) -> str:
        """'joined Ledgerline (Munich, DE; robotics) with Ledgerline (Berlin, DE; accounting software): if
        they are different companies, `ai-deals split Ledgerline "Ledgerline (Munich)" --source URL`…'."""
        own = self.name_of(company_id)[0]
        known, said = differs
        other = f"{name} ({info.city or info.sector or said.split(';')[0].split(',')[0]})"
        split = (
            f"ai-deals split {shell_word(own)} {shell_word(other)} --source {shell_word(self._source_ref())}"
        )
        return (
            f"joined {name} ({said}) with {own} ({known}): if they are different companies, "
            f"`{split}` makes this source's {name} one of its own"
        )

    def _source_ref(self) -> str:
        """How `ai-deals split --source` names this import's source: its URL, else its id."""
        row = self.db.execute("SELECT url FROM sources WHERE id = ?", [self.source_id]).fetchone()
        return row[0] if row and row[0] else str(self.source_id)

    def kept_apart(self, company_id: int, name: str) -> None:
        """Say, once, why the company just made for `name` did not join the one called by its short
        name (`called_short`); its alias is then refused without another word."""
        if not self.apart:
            return
        for made_for, refused in self.apart:
            if made_for == name:
                key = normalize_name(refused.alias)
                if (company_id, key) not in self.refused_keys:
                    self.refused_keys.add((company_id, key))
                    self.refused.append(refused)
        self.apart = [(made_for, refused) for made_for, refused in self.apart if made_for != name]

    def lookup(self, name: str, key: str) -> int | None:
        """The company whose name or alias is `name` (its key `key`), without guessing by spelling."""
        return self._exact(name)

    def details_of(self, company_id: int) -> dict:
        """The company's country, city, sector and description as known here."""
        row = self.db.execute(
            "SELECT country, city, sector, description FROM companies WHERE id = ?", [company_id]
        ).fetchone()
        return dict(zip(_COMPANY_FIELDS, row, strict=True)) if row else {}

    def rename(self, company_id: int, name: str) -> None:
        """The company takes the fuller name `name` a source gives it; its former name stays its alias."""
        key = normalize_name(name)
        self.db.execute("UPDATE companies SET name = ?, normalized = ? WHERE id = ?", [name, key, company_id])
        self.add_alias(company_id, name)
        self.cache[key] = company_id

    def drop_alias(self, company_id: int, key: str) -> None:
        """The company's aliases of key `key` are taken away: the name is another company's now."""
        self.db.execute(
            """DELETE FROM aliases WHERE company_id = ? AND normalized = ?
               AND alias != (SELECT name FROM companies WHERE id = ?)""",
            [company_id, key, company_id],
        )

    def split_off(self, company_id: int, info: CompanyInfo | None) -> int:
        """The company split off from `company_id` for this source (`split_to`), completed with what
        the source says of it; the name, which finds `company_id`, is not made its alias."""
        other_id = self.split_to[company_id]
        if info is not None:
            self._complete(other_id, info)
        return other_id

    def bare_short_name(self, name: str, key: str, company_id: int, info: CompanyInfo | None = None) -> int:
        """The company a record naming `name` belongs to, `company_id` found by its key: unless `name`
        is only a short form of that company's name ("Kestrel", an alias of Kestrel Photonics) that
        another company here goes by too (Kestrel Analytics): then the company called just `name`,
        made for it if there is none, and the import says so (`RefusedAlias.shared`). The same when
        that company is the only one `name` fits but what this source states of it contradicts what is
        known (`disagreement`: Montpellier's "Solvane" is not Berlin's Solvane Labs): then the short name
        is no longer an alias of that company, as if this source had come first (`called_short`).
        Articles and deal files (`BulkResolver`) alike."""
        if (key, company_id) in self.sole_holders:  # looked at once per import: it is the only one
            return company_id
        if (key, company_id) in self.only_fits:  # the only company it fits: unless this source disagrees
            return self.unless_disagreeing(name, key, company_id, info)
        if len(self.sole_holders) >= 100_000:  # memory stays flat over a big deal file
            self.sole_holders.clear()
            self.only_fits.clear()
        own_name, own_key = self.name_of(company_id)
        if own_key == key or not is_short_form(name, own_name):
            self.sole_holders.add((key, company_id))
            return company_id
        bare = self.db.execute(
            "SELECT id FROM companies WHERE normalized = ? AND id != ? ORDER BY id LIMIT 1", [key, company_id]
        ).fetchone()
        if bare is not None:
            self.cache[key] = bare[0]
            return bare[0]
        shared = self.going_by(name, key, company_id)
        if len(shared) < 2:
            self.only_fits.add((key, company_id))
            return self.unless_disagreeing(name, key, company_id, info)
        made = self.make_bare(name, key)
        self.cache[key] = made
        self.refused.append(RefusedAlias(alias=name, company=name, other=own_name, shared=tuple(shared)))
        return made

    def unless_disagreeing(self, name: str, key: str, company_id: int, info: CompanyInfo | None) -> int:
        """`company_id`, the only company here the short name `name` fits, unless what this source
        states of it contradicts what is known of that company (`disagreement`): then a company called
        `name`, the short name no longer that company's alias, and the import says so."""
        stated = _details(info)
        if not any(stated.values()):
            return company_id
        differs = disagreement(self.details_of(company_id), stated)
        if differs is None:
            return company_id
        own_name = self.name_of(company_id)[0]
        made = self.make_bare(name, key)
        self.cache[key] = made
        self.only_fits.discard((key, company_id))
        self.drop_alias(company_id, key)
        self.refused_keys.add((company_id, key))
        self.refused.append(
            RefusedAlias(alias=name, company=own_name, other=name, short=True, differs=differs)
        )
        return made

    def going_by(self, name: str, key: str, company_id: int) -> list[str]:
        """The names of the companies here `name` is a short form of (by name or alias), the one its
        key found (`company_id`) first."""
        rows = self.db.execute(
            """SELECT id, name, name FROM companies WHERE normalized LIKE :like
               UNION SELECT c.id, c.name, a.alias FROM aliases a JOIN companies c ON c.id = a.company_id
               WHERE a.normalized LIKE :like OR a.normalized = :key ORDER BY 1""",
            {"like": f"%{key}%", "key": key},
        ).fetchall()
        names: dict[int, str] = {}
        for other_id, other_name, called in rows:
            if other_id == company_id or is_short_form(name, called) or is_short_form(name, other_name):
                names.setdefault(other_id, other_name)
        first = names.pop(company_id, None)
        return ([first] if first else []) + sorted(names.values())

    def make_bare(self, name: str, key: str) -> int:
        """A company called `name`, with its name as its alias though the key finds another company."""
        company_id = next_company_id(self.db)
        self.db["companies"].insert({"id": company_id, "name": name, "normalized": key})
        self.made.add(company_id)
        self.db.execute(
            "INSERT OR IGNORE INTO aliases (company_id, alias, normalized, source_id) VALUES (?, ?, ?, ?)",
            [company_id, name, key, self.source_id],
        )
        self.note_spelling(company_id, name)
        return company_id

    def add_spelling(self, company_id: int, name: str) -> None:
        """`name`, which found the company by its key, as an alias unless it is the company's name or
        already an alias ("Arle Holdings" for "Arle": one key, two spellings)."""
        self.spellings.add(name)
        self.db.execute(
            """INSERT OR IGNORE INTO aliases (company_id, alias, normalized, source_id)
               SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM companies WHERE id = ? AND name = ?)""",
            [company_id, name, normalize_name(name), self.source_id, company_id, name],
        )
        self.note_spelling(company_id, name)

    def note_spelling(self, company_id: int, spelling: str) -> None:
        """That this source writes the company's name `spelling`: evidence for the name it shows
        (`display_names`)."""
        if self.source_id is not None:
            self.db.execute(
                "INSERT OR IGNORE INTO spelling_sources (company_id, spelling, source_id) VALUES (?, ?, ?)",
                [company_id, spelling, self.source_id],
            )

    def _create(self, name: str, info: CompanyInfo | None) -> int:
        row = {"id": next_company_id(self.db), "name": name, "normalized": normalize_name(name)}
        if info is not None:
            row["entity"] = info.entity
            row.update({field: getattr(info, field) for field in _COMPANY_FIELDS})
        self.db["companies"].insert(row)
        company_id = row["id"]
        self.made.add(company_id)
        self.add_alias(company_id, name)
        return company_id

    def _complete(self, company_id: int, info: CompanyInfo) -> None:
        """Fill fields the database does not know yet; never overwrite what it knows."""
        current = self.db["companies"].get(company_id)
        updates = {f: getattr(info, f) for f in _COMPANY_FIELDS if getattr(info, f) and not current[f]}
        if updates:
            self.db["companies"].update(company_id, updates)

    def add_alias(self, company_id: int, alias: str) -> None:
        key = normalize_name(alias)
        if not key:
            return
        if self.names_another(company_id, alias, key, self._exact(alias)):
            return
        self.spellings.add(alias)
        self.db.execute(
            "INSERT OR IGNORE INTO aliases (company_id, alias, normalized, source_id) VALUES (?, ?, ?, ?)",
            [company_id, alias, key, self.source_id],
        )
        self.note_spelling(company_id, alias)
        self.cache.setdefault(key, company_id)

    def names_another(self, company_id: int, alias: str, key: str, other_id: int | None) -> bool:
        """Whether `alias` (its key `key` finds the company `other_id`, if any) is refused as an alias
        of the company: one name stands for one company, so records naming it keep finding the one it
        named (and the import says so, `refuse`). A description ("the San Francisco-based company")
        identifies nobody (`get`) and fits many companies: it is shared, as before, unless it is
        another company's very name."""
        if other_id is None or other_id == company_id:
            return False
        if is_description(alias) and self.name_of(other_id)[1] != key:
            return False
        self.refuse(company_id, alias, key, other_id)
        return True

    def refuse(self, company_id: int, alias: str, key: str, other_id: int) -> None:
        """`alias` of the company is not added: its key `key` already finds the company `other_id`.
        Remembered once per company and key, for the import to say so."""
        if (company_id, key) in self.refused_keys:
            return
        self.refused_keys.add((company_id, key))
        company, _ = self.name_of(company_id)
        other, other_key = self.name_of(other_id)
        self.refused.append(
            RefusedAlias(
                alias=alias,
                company=company,
                other=other,
                other_alias=other_key != key,
                short=is_short_form(alias, company),
            )
        )

    def name_of(self, company_id: int) -> tuple[str, str]:
        """The company's name and its normalised form."""
        row = self.db.execute("SELECT name, normalized FROM companies WHERE id = ?", [company_id]).fetchone()
        return (row[0], row[1]) if row else ("?", "")

    def investor(self, name: str, kind: str | None = None) -> int:
        """The investors row of the company called `name`, created when missing."""
        company_id = self.get(name)
        rows = list(self.db.query("SELECT id, kind FROM investors WHERE company_id = ?", [company_id]))
        if rows:
            if kind and rows[0]["kind"] == "unknown":
                self.db["investors"].update(rows[0]["id"], {"kind": kind})
            return rows[0]["id"]
        return self.db["investors"].insert({"company_id": company_id, "kind": kind or "unknown"}).last_pk


def find_existing_source(db: Database, source: ParsedSource, digest: str) -> tuple[str, int | None]:
    """('unchanged', id) for the same content, ('replaced', id) for a corrected version, else ('added', None)."""
    same = list(db.query("SELECT id FROM sources WHERE content_hash = ?", [digest]))
    if same:
        return "unchanged", same[0]["id"]
    if source.url:
        rows = list(db.query("SELECT id FROM sources WHERE url = ?", [source.url]))
    elif source.published:
        # Without a URL, a corrected story is the same title, date and publisher: two outlets can
        # share a headline, and an undated story cannot be told apart from another at all.
        rows = list(
            db.query(
                "SELECT id, path FROM sources WHERE title = ? AND published = ? AND publisher IS ? AND url IS NULL",
                [source.title, source.published, source.publisher],
            )
        )
        # ... and, the title being no proof ("En bref", "Levées de fonds"), mostly the same text: a
        # correction changes a figure or adds a paragraph; another brief under that title shares little.
        # A short brief of one template shares half its words with another ("X raised $300 million in a
        # Series B led by Albion Growth"): read from another file, it must tell of a company the
        # earlier version told of too, or replacing it would delete a real story.
        rows = [
            row
            for row in rows
            if same_story(_source_text(db, row["id"]), source.text)
            and (row["path"] == source.path or tells_of_a_company_told_before(db, row["id"], source))
        ]
    else:
        rows = []
    if not rows and not source.url:
        rows = _earlier_at_path(db, source)
    if rows:
        return "replaced", rows[0]["id"]
    return "added", None


def tells_of_a_company_told_before(db: Database, source_id: int, source: ParsedSource) -> bool:
    """Whether one of the companies `source`'s facts are about is one the records of the earlier
    source `source_id` are about (by name or alias; their investors and counterparts do not count: two
    briefs of one investor's week name it both). Where either tells of no company, the text alone
    decides: nothing tells them apart."""
    told_now = {key for fact in source.facts if (key := normalize_name(fact.company))}
    told_before = _keys_of_companies_told_of(db, source_id)
    return not told_now or not told_before or bool(told_now & told_before)


def _keys_of_companies_told_of(db: Database, source_id: int) -> set[str]:
    """The name keys (the name's and its aliases') of the companies the source's records are about."""
    told_of = " UNION ".join(
        f"SELECT company_id FROM {table} WHERE source_id = :id" for table in RECORD_TABLES.values()
    )
    rows = db.execute(
        f"""SELECT normalized FROM companies WHERE id IN ({told_of})
            UNION SELECT normalized FROM aliases WHERE company_id IN ({told_of})""",
        {"id": source_id},
    )
    return {key for (key,) in rows}


def _earlier_at_path(db: Database, source: ParsedSource) -> list[dict]:
    """The earlier versions of this story read from the same file, without a URL: redated ones
    (`_redated`) first, else retitled ones (`_retitled`). One query for the file's sources, split
    here: `sources` holds every article's text, and this runs for every URL-less file imported."""
    if not source.path:
        return []
    rows = list(
        db.query(
            "SELECT id, title, publisher, published, text FROM sources WHERE path = ? AND url IS NULL ORDER BY id",
            [source.path],
        )
    )
    return _redated(rows, source) or _retitled(rows, source)


def _redated(rows: list[dict], source: ParsedSource) -> list[dict]:
    """The rows under the same title and publisher whose date alone differs (none before and one now:
    a byline now read, a --published given; one corrected to another; or one no longer given) and
    whose text is mostly this one's: earlier versions of this story, though their title-and-date key
    differs."""
    return [
        row
        for row in rows
        if (row["title"], row["publisher"]) == (source.title, source.publisher)
        and row["published"] != source.published
        and same_story(row["text"] or "", source.text)
    ]


def _retitled(rows: list[dict], source: ParsedSource) -> list[dict]:
    """The rows of the same day (or undated) whose whole text is nearly this one's whatever their
    title: the file fixed in place (a correction changing the headline's figure with the body's,
    "lève 350 millions" to "lève 380 millions"), its earlier version. Overlap of the shorter text is
    no proof here: two press releases of one company written to one path share their "About Acme"
    boilerplate, and the later one is another story. Standard input ("<stdin>") is no file."""
    if source.path.startswith("<"):
        return []
    return [
        row
        for row in rows
        if (row["published"] is None or source.published is None or row["published"] == source.published)
        and nearly_same_text(row["text"] or "", source.text)
    ]


def move_decisions(db: Database, source_id: int, key: str) -> str | None:
    """Review decisions made on the source's earlier version, under the key it had then (its date or
    its file's place changed since), now follow the version under its new `key`. Returns the earlier
    version's date."""
    url, title, published = db.execute(
        "SELECT url, title, published FROM sources WHERE id = ?", [source_id]
    ).fetchone()
    if (earlier := source_key(url, title, published)) != key:
        db.execute(
            "UPDATE OR IGNORE review_decisions SET source_key = ? WHERE source_key = ?", [key, earlier]
        )
    return published


def follow_redated_facts(
    db: Database, key: str, facts: list[Fact], published: str | None, earlier: str | None
) -> None:
    """Decisions on the facts of a source whose date changed from `earlier` to `published` follow
    those facts: a fact dated by its source (no date of its own in the sentence) has a new date, so a
    new fingerprint and identity, and would otherwise count as another fact nobody reviewed."""
    for fact in facts:
        if fact.date != published or (fact := without_nameless(fact)) is None:
            continue
        before = fact.model_copy(update={"date": earlier})
        now_print, now_identity = fingerprint(fact), identity(fact)
        db.execute(
            "UPDATE OR IGNORE review_decisions SET fingerprint = ?, identity = ? WHERE source_key = ? AND fingerprint = ?",
            [now_print, now_identity, key, fingerprint(before)],
        )
        db.execute(
            "UPDATE review_decisions SET identity = ? WHERE source_key = ? AND identity = ?",
            [now_identity, key, identity(before)],
        )


# Word trigrams two versions of one story share (relative to the shorter version): a correction keeps
# most (a changed figure in a 15-word brief keeps 10 of 13), two briefs of one template share a few.
SAME_STORY_OVERLAP = 0.5
NEAR_FULL_OVERLAP = 0.8  # a file fixed in place under a new title: `nearly_same_text`
_SHINGLE_WORDS = 3
_WORD_RE = re.compile(r"\w+")


def _source_text(db: Database, source_id: int) -> str:
    return db.execute("SELECT text FROM sources WHERE id = ?", [source_id]).fetchone()[0] or ""


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _WORD_RE.findall(text.casefold())
    if len(words) < _SHINGLE_WORDS:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + _SHINGLE_WORDS]) for i in range(len(words) - _SHINGLE_WORDS + 1)}


def same_story(earlier: str, later: str) -> bool:
    """Whether `later` is a version of the story `earlier` (same text but for corrections or additions)."""
    old, new = _shingles(earlier), _shingles(later)
    if not old or not new:
        return old == new
    return len(old & new) / min(len(old), len(new)) >= SAME_STORY_OVERLAP


def nearly_same_text(earlier: str, later: str) -> bool:
    """Whether the two texts are nearly whole the same: their shared shingles make at least
    NEAR_FULL_OVERLAP of the larger set (a figure or a sentence changed, not a story added)."""
    old, new = _shingles(earlier), _shingles(later)
    if not old or not new:
        return old == new
    return len(old & new) / max(len(old), len(new)) >= NEAR_FULL_OVERLAP


def delete_source_records(db: Database, source_id: int) -> list[int]:
    """Remove every record a source brought, before its corrected version is written; their ids are
    retired, never given to another record. Returns the ids of other sources' stakes that were in its
    rounds, in none now: the caller joins them again (`rejoin_stakes`) once the new rounds are in."""
    for table in RECORD_TABLES.values():
        db.execute(
            f"""INSERT INTO retired_record_ids (record_table, last_id)
                SELECT ?, max(id) FROM {table} WHERE source_id = ? HAVING max(id) IS NOT NULL
                ON CONFLICT (record_table) DO UPDATE SET last_id = max(last_id, excluded.last_id)""",
            [table, source_id],
        )
    db.execute(
        "DELETE FROM stake_tranches WHERE stake_id IN (SELECT id FROM stakes WHERE source_id = ?)",
        [source_id],
    )
    db.execute(
        "DELETE FROM round_tranches WHERE round_id IN (SELECT id FROM rounds WHERE source_id = ?)",
        [source_id],
    )
    db.execute(
        "DELETE FROM round_investors WHERE round_id IN (SELECT id FROM rounds WHERE source_id = ?)",
        [source_id],
    )
    # The investors other sources' rounds list only for this source's stakes joined to them go too.
    unlist_joined_stakes_of_source(db.conn, source_id)
    # Another source's stakes taken in these rounds (`join_stakes_to_rounds`) are in no round until
    # the corrected version's rounds are written; stakes point at rounds, so they go first.
    unjoined = db.execute(
        # Found by the rounds' companies: stakes have no index on round_id (a database holds millions).
        """UPDATE stakes SET round_id = NULL
           WHERE company_id IN (SELECT company_id FROM rounds WHERE source_id = ?)
             AND source_id != ? AND round_id IN (SELECT id FROM rounds WHERE source_id = ?)
           RETURNING id""",
        [source_id, source_id, source_id],
    ).fetchall()
    for table in reversed(RECORD_TABLES.values()):
        db.execute(f"DELETE FROM {table} WHERE source_id = ?", [source_id])
    db.execute("DELETE FROM evidence WHERE source_id = ?", [source_id])
    return [stake_id for (stake_id,) in unjoined]


def tranche_rows(fact: Fact) -> list[dict]:
    """The `stake_tranches` or `round_tranches` rows of a fact's tranches (without the record's id)."""
    return [
        {"seq": seq} | tranche.model_dump(exclude={"seq"})
        for seq, tranche in enumerate(fact.tranches, start=1)
    ]


def retire_source_id(db: Database, source_id: int) -> None:
    """A removed source's id is never given to another (`new_source_id`): a file removed, then
    imported again, is a new source, whose records nobody selected (the whole timeline selected
    before holds the sources written then: `tui.selection.WholeTimeline`)."""
    db.execute(
        """INSERT INTO retired_record_ids (record_table, last_id) VALUES ('sources', ?)
           ON CONFLICT (record_table) DO UPDATE SET last_id = max(last_id, excluded.last_id)""",
        [source_id],
    )


def new_source_id(db: Database) -> int:
    """The id a new source takes: above every id a source has had, removed ones too."""
    return next_record_id(db, "sources")


def next_record_id(db: Database | sqlite3.Connection, table: str) -> int:
    """The id a new row of record table `table` takes: above every id it has had, retired ones too."""
    return db.execute(
        f"""SELECT max(coalesce((SELECT max(id) FROM {table}), 0),
                       coalesce((SELECT last_id FROM retired_record_ids WHERE record_table = ?), 0)) + 1""",
        [table],
    ).fetchone()[0]


def write_source(
    db: Database, source: ParsedSource, *, kind: str = "article", similar: SimilarLookup | None = None
) -> ImportReport:
    """Write one source and its facts. The caller holds the transaction."""
    digest = content_hash(source)
    action, source_id = find_existing_source(db, source, digest)
    if action == "unchanged":  # nothing written; `facts` says how many the source already holds
        held = db.execute(f"SELECT {FACT_COUNT_SQL} FROM sources s WHERE s.id = ?", [source_id]).fetchone()[0]
        return ImportReport(
            title=source.title, path=source.path, action=action, source_id=source_id, facts=held
        )
    row = {
        "title": source.title,
        "publisher": source.publisher,
        "url": source.url,
        "published": source.published,
        "language": source.language,
        "path": source.path,
        "kind": kind,
        "text": source.text,
        "corrects": int(source.correction),
        "content_hash": digest,
        "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    key = source_key(source.url, source.title, source.published)
    # Folded once: the trial write, the held check and the write all take these.
    # A deal the source calls off is written as a stake of status `called_off`: it marks the deal told before.
    facts, companies = fold_short_investors([*source.facts, *source.called_off], source.companies)
    held: set[str] = set()
    if action == "added" and source.url and cited_by_other_sources(db, source.url):
        held = held_fingerprints(db, lambda: _write_trial(db, row, facts, companies, key, similar))
        if held:
            facts = [fact for fact in facts if fingerprint(fact) not in held]  # less those already here
            if not facts:  # an export brought this article's records: nothing new
                return ImportReport(
                    title=source.title, path=source.path, action="unchanged", facts=len(source.facts)
                )
    in_effect: dict[int, tuple] = {}
    named_before: set[int] = set()
    listed_before: set[int] = set()
    given_before: dict[int, dict] = {}
    unjoined: list[int] = []  # other sources' stakes the earlier version's rounds held
    earlier_date = source.published
    if source_id is None:
        source_id = db["sources"].insert({"id": new_source_id(db), **row}).last_pk
    else:
        earlier_date = move_decisions(db, source_id, key)
        in_effect = decisions_in_effect(db, source_id, key)
        named_before = companies_named_by_source(db, source_id)
        given_before = details_given(db, source_id, named_before)
        listed_before = _forget_companies_listed(db, source_id)  # the corrected version lists its own
        forget_spellings(db, source_id)  # and writes its own spellings
        unjoined = delete_source_records(db, source_id)
        db["sources"].update(source_id, row)
    writer = _write_facts(db, source_id, facts, companies, key, similar)
    settle_companies_spelt_before(db)  # a name only the earlier version wrote so is chosen again
    _list_companies_unnamed(db, source_id, writer.listed)
    join_stakes_to_rounds(db.conn, source_id)
    rejoin_stakes(db.conn, unjoined)  # those its new rounds did not take: another source's, if any
    if earlier_date != source.published:
        follow_redated_facts(db, key, facts, source.published, earlier_date)
    renamed = _renamed_company(db, source_id, named_before, writer.resolver.made) if in_effect else None
    renames = renamed_identities(facts, renamed[0][1], renamed[1][1]) if renamed else None
    moved = {renamed[0][0]: renamed[1][0]} if renamed else None
    dropped, gone = carry_decisions(db, source_id, key, in_effect, renames, moved)
    removed = []
    if action == "replaced":
        refresh_replaced_details(db, given_before)  # details only the earlier version gave go with it
        # a company only the earlier version named (or a correction carried over onto this one took
        # away) is gone too
        reason = corrected_import_reason(source.title, source.url, source.path)
        taken = named_before | listed_before | writer.resolver.made
        removed = remove_unused_companies(db, taken, reason, source_id)
    return ImportReport(
        title=source.title,
        path=source.path,
        action=action,
        facts=len(facts) if held else len(source.facts),  # less those already here
        source_id=source_id,
        decisions_dropped=dropped,
        decisions_gone=gone,
        companies_removed=len(removed),
        aliases_refused=writer.resolver.refused,
        companies_joined_unlike=writer.resolver.joined,
    )


def join_stakes_to_rounds(conn: sqlite3.Connection, source_id: int) -> int:
    """Put each stake of the source that states a round type ("Series B") and is in no round in the
    round of that type its company raised that day, told by any source (a deal file's investment row
    before its round's row, an article's round imported earlier), and other sources' such stakes in
    the source's rounds. One query each way for the whole source (a million-row file's stakes are not
    looked up one by one); returns how many stakes were joined.

    Each joined stake's investor becomes one of the round's investors (not a lead), so the round's
    record lists whoever took part in it, as a page, an export and a chart read it."""
    joins = rounds_of_typed_stakes(conn, STAKES_OF_SOURCE, {"source": source_id})
    for stake_id, found in rounds_of_typed_stakes(conn, ROUNDS_OF_SOURCE, {"source": source_id}).items():
        joins.setdefault(stake_id, found)
    join_stakes(conn, joins)
    return len(joins)


def _write_facts(
    db: Database,
    source_id: int,
    facts: list[Fact],
    companies: list[CompanyInfo],
    key: str,
    similar: SimilarLookup | None,
) -> FactWriter:
    """Write the source's `facts` (`fold_short_investors`'), with its `companies`."""
    writer = FactWriter(db, source_id, companies, key, similar)
    writer.write_all(facts)
    settle_display_names(db, source_id)
    return writer


def _forget_companies_listed(db: Database, source_id: int) -> set[int]:
    """The companies the source's companies list named without a record of it (`source_companies`),
    no longer recorded as named by it: returned, to be removed if nothing names them any more."""
    rows = db.execute(
        "DELETE FROM source_companies WHERE source_id = ? RETURNING company_id", [source_id]
    ).fetchall()
    return {company_id for (company_id,) in rows}


def _list_companies_unnamed(db: Database, source_id: int, listed: set[int]) -> None:
    """Record the companies of the source's companies list that none of its records names (what a
    deal file's company row is to a file): they stay while the source does. An article's list is
    its facts' parties, so there are seldom any."""
    unnamed = listed - companies_named_by_source(db, source_id)
    record_companies_listed(db.conn, ((source_id, company_id) for company_id in sorted(unnamed)))


def _renamed_company(
    db: Database, source_id: int, named_before: set[int], made: set[int]
) -> tuple[tuple[int, str], tuple[int, str]] | None:
    """((id, name) earlier, (id, name) now) when the corrected version names one company the earlier
    one did not, new here, in place of the only one it no longer names: a typo fixed in its name."""
    named_now = companies_named_by_source(db, source_id)
    gone, new = named_before - named_now, named_now & made
    if len(gone) != 1 or len(new) != 1:
        return None
    names = dict(db.execute("SELECT id, name FROM companies WHERE id IN (?, ?)", [*gone, *new]))
    ((earlier,), (now,)) = gone, new
    return (earlier, names[earlier]), (now, names[now])


def _write_trial(
    db: Database,
    row: dict,
    facts: list[Fact],
    companies: list[CompanyInfo],
    key: str,
    similar: SimilarLookup | None,
) -> int:
    """Write the source and all its facts (to be rolled back: `held_fingerprints`); its id."""
    source_id = db["sources"].insert({"id": new_source_id(db), **row}).last_pk
    _write_facts(db, source_id, facts, companies, key, similar)
    return source_id


def is_conditional(fact: Fact) -> bool:
    """Whether a stake `fact` is money only promised on a condition (its status says so, or it states
    one): a stake in tranches, its balance on a condition, is still a part of its round."""
    return (fact.status == "conditional" or bool(fact.condition)) and not fact.tranches


class ToldRound(NamedTuple):
    """A round a source tells of a company on a day, as the stakes it tells that day are put in it."""

    round_id: int
    kind: str | None  # `round_kind` of its round type
    amount: float | None
    amount_max: float | None
    currency: str | None
    equivalent_amount: float | None
    equivalent_currency: str | None

    @property
    def money(self) -> set[str]:
        """The currencies it is told in: its own and its stated equivalent's."""
        return {currency for currency in (self.currency, self.equivalent_currency) if currency}


def within_round(told: ToldRound, fact: Fact) -> bool:
    """Whether the stake `fact`'s amount is at most the round `told`'s (`money_raised.at_most_round`),
    compared in the round's currency (converted at its stated equivalent's rate when the stake is told
    in that); either amount unknown, or no common currency, fits."""
    if not fact.currency or not told.currency or fact.currency == told.currency:
        share = fact.amount
    elif fact.currency == told.equivalent_currency and told.amount and told.equivalent_amount:
        share = fact.amount * told.amount / told.equivalent_amount
    else:
        share = None
    return at_most_round(share, told.amount, told.amount_max)


def unmade(fact: Fact) -> str | None:
    """`metrics.unmade` of a fact: its status when it is a valuation of a raise not made yet (models.NOT_RAISED_YET),
    else None. An article's raise told in talks with no sum ("in talks to raise new funding at a valuation of up
    to $4 billion") has no round in talks beside it to read that from (queries._VALUATION_STATUS); a deal file's
    row in talks or planned states its valuation with a stake or a round of its own (`structured._valuation_fact`)."""
    return fact.status if fact.kind == "valuation" and fact.status in NOT_RAISED_YET else None


class FactWriter:
    """Turns each kind of fact into rows of its table, with evidence."""

    joins_across_money = True
    """Whether a stake in another currency the source puts in the day's round is linked to it (an
    article's; a deal file's separate rows stay apart: `day_round`)."""

    def __init__(
        self,
        db: Database,
        source_id: int,
        companies: list[CompanyInfo],
        source_key: str,
        similar: SimilarLookup | None = None,
    ) -> None:
        self.db = db
        self.source_id = source_id
        self.source_key = source_key
        self.resolver = CompanyResolver(db, source_id, similar)
        self.infos = {normalize_name(info.name): info for info in companies}
        self.rounds: dict[tuple[int, str | None], list[ToldRound]] = {}
        """Each company's rounds of a day this source tells."""
        self.round_names: dict[int, set[str]] = {}
        """The investors (normalized names) of each round this source tells."""
        self.rounds_in_talks: set[int] = set()
        """The rounds this source tells as still in talks or planned ("is also in talks to raise $200 million")."""
        self.next_ids: dict[str, int] = {}  # record table -> the id its next row takes
        self.listed: set[int] = set()
        """The companies of the source's companies list, its records' or not."""
        for info in companies:
            if not normalize_name(info.name):
                continue  # nobody's name: no company
            self.listed.add(self.company(info.name))
            if info.investor_kind:
                self.resolver.investor(info.name, info.investor_kind)

    def company(self, name: str) -> int:
        return self.resolver.get(name, self.infos.get(normalize_name(name)))

    def investor(self, name: str) -> int:
        self.company(name)
        info = self.infos.get(normalize_name(name))
        return self.resolver.investor(name, info.investor_kind if info else None)

    def write_all(self, facts: list[Fact]) -> None:
        # Rounds first (a joint investment is one), so the investments of the same round can point at
        # it; `write` makes the joint investment its round, once.
        for fact in sorted(facts, key=lambda f: f.kind != "round" and not is_joint_investment(f)):
            self.write(fact)

    def write(self, fact: Fact) -> None:
        fact = without_nameless(as_joint_round(fact))
        if fact is None:
            return
        handler = getattr(self, f"_write_{fact.kind}")
        record_type, record_id = handler(fact)
        if fact.review_status not in (None, "extracted"):  # an export's reviewed record stays so
            self.db[RECORD_TABLES[record_type]].update(record_id, {"review_status": fact.review_status})
        # Earlier review decisions are applied once every fact is written (`carry_decisions`).
        row = {
            "source_id": self.source_id,
            "record_type": record_type,
            "record_id": record_id,
            "fact_kind": fact.kind,
            "sentence": fact.sentence,
            "start": fact.start,
            "end": fact.end,
            "line": fact.line,  # a deal file's row's; its more evidence is read from that row too
            "fingerprint": fingerprint(fact),
            "identity": identity(fact),
        }
        self.db["evidence"].insert(row)
        for more in own_more_evidence(fact):
            self.db["evidence"].insert(
                {**row, "sentence": more.sentence, "start": more.start, "end": more.end}
            )

    def _insert(self, table: str, row: dict) -> int:
        row["source_id"] = self.source_id
        row["id"] = self.next_ids.get(table) or next_record_id(self.db, table)  # never a retired one
        self.next_ids[table] = row["id"] + 1
        return self.db[table].insert(row).last_pk

    @staticmethod
    def _money(fact: Fact) -> dict:
        return {
            "amount": fact.amount,
            "amount_max": fact.amount_max,
            "currency": fact.currency,
            "bound": fact.bound,
            "date": fact.date,
            "date_precision": fact.date_precision,
        }

    def _round_row(self, fact: Fact, company_id: int) -> dict:
        """The rounds row of a round fact (shared with the bulk writer, which queues it)."""
        return self._money(fact) | {
            "company_id": company_id,
            "round_type": fact.round_type,
            "equivalent_amount": fact.equivalent_amount,
            "equivalent_currency": fact.equivalent_currency,
            "status": fact.status,
            "condition": fact.condition,
            "recalled": int(fact.recalled),  # its article only recalls it (same_raise.recalled_raise)
        }

    def _told_round(self, company_id: int, fact: Fact, round_id: int) -> None:
        """Note the round `fact` tells (as `round_id`) for the stakes this source tells that day."""
        day = self.rounds.setdefault((company_id, fact.date), [])
        told = ToldRound(
            round_id,
            round_kind(fact.round_type),
            fact.amount,
            fact.amount_max,
            fact.currency,
            fact.equivalent_amount,
            fact.equivalent_currency,
        )
        if told not in day:
            day.append(told)
        if fact.status in NOT_RAISED_YET:
            self.rounds_in_talks.add(round_id)

    def day_round(self, company_id: int, fact: Fact) -> int | None:
        """The round a stake `fact` is taken in: the latest round this source tells of the company
        that day in the stake's money (its currency or the round's stated equivalent's; a figure of
        unknown currency fits any) and of the stake's round type, when both state one (a "Series B"
        stake is in no Series A). A stake in another currency is in no round (it counts on its own)
        unless an article puts it there (`across_money_round`)."""
        return self.round_among(self.rounds.get((company_id, fact.date), []), fact)

    def round_among(self, day: list[ToldRound], fact: Fact) -> int | None:
        """The round a stake `fact` is taken in among `day`, rounds this source tells of its company
        that day, in the order told (`day_round`); a subclass passes a part of them first."""
        if fact.status == CALLED_OFF:
            return None  # a deal given up put no money in any round
        if is_stake_traded(fact.round_type):
            return None  # shares bought from their holders ("acquired a 30% stake"): no part of a raise
        if fact.in_round is False:
            return None  # an export's stake that was in no round where it came from (a conditional promise)
        if (
            self.rounds_in_talks  # nearly always none (a deal file's): nothing to look at per stake
            and fact.status not in NOT_RAISED_YET
            and any(told.round_id not in self.rounds_in_talks for told in day)
        ):
            # "Ferrix raised $45 million… It is also in talks to raise $200 million… Index Ventures invested
            # $10 million": money put in is in the round the source reports, not in a raise still in talks.
            day = [told for told in day if told.round_id not in self.rounds_in_talks]
        kind = round_kind(fact.round_type)  # None: untyped, or a generic type stating no stage
        if day and kind is not None:
            day = [told for told in day if kinds_agree(told.kind, kind)]
        if day and kind is None and fact.amount is not None:
            # A stake of no stated type larger than the round is another deal beside it, not its part.
            day = [told for told in day if within_round(told, fact)]
        if day and not fact.round_type and under_an_agreement(fact.sentence or ""):
            # Money put in under an agreement of its own ("Microsoft will invest up to $20 million … as
            # part of the agreement"), beside a round whose backers the source names without it (a Series C
            # led by Sequoia with Eurazeo and Lightspeed), is a deal of its own.
            day = [told for told in day if not self.round_leaves_out(told.round_id, fact)]
        if day and is_conditional(fact):
            # Money promised on a condition ("SoftBank could invest up to a further €1 billion if…") is no
            # part of the day's round unless the round's own telling names its investor among its backers.
            day = [told for told in day if self.round_tells_stake(told.round_id, fact)]
        for told in reversed(day):
            if not fact.currency or not told.money or fact.currency in told.money:
                return told.round_id
        return self.across_money_round(fact, day)

    def round_tells_stake(self, round_id: int, fact: Fact) -> bool:
        """Whether the telling of round `round_id` names the stake `fact`'s investor among its backers."""
        investor = normalize_name(fact.investor or "")
        return bool(investor) and investor in self.round_names.get(round_id, set())

    def round_leaves_out(self, round_id: int, fact: Fact) -> bool:
        """Whether the telling of round `round_id` names its backers and not the stake `fact`'s investor.
        Its names alone (FactWriter's `round_tells_stake`): a deal file's shared citation, which a subclass
        takes as telling the stake, says nothing of whether the agreement's stake is left out."""
        names = bool(self.round_names.get(round_id))
        return names and bool(fact.investor) and not FactWriter.round_tells_stake(self, round_id, fact)

    def across_money_round(self, fact: Fact, day: list[ToldRound]) -> int | None:
        """The day's round an article puts a stake in another currency in: its investor is among the
        round's investors, or its sentence says so ("Nvidia invested $30 million in the round")."""
        if not self.joins_across_money or not day:
            return None
        investor = normalize_name(fact.investor or "")
        for told in reversed(day):
            if investor and investor in self.round_names.get(told.round_id, set()):
                return told.round_id
        return day[-1].round_id if IN_THE_ROUND_RE.search(fact.sentence or "") else None

    def is_across_money(self, company_id: int, fact: Fact, round_id: int | None) -> bool:
        """Whether the stake `fact` is in round `round_id` though told in another currency."""
        return any(
            told.round_id == round_id and fact.currency and told.money and fact.currency not in told.money
            for told in self.rounds.get((company_id, fact.date), [])
        )

    def _write_round(self, fact: Fact) -> tuple[str, int]:
        company_id = self.company(fact.company)
        round_id = self._insert("rounds", self._round_row(fact, company_id))
        self._told_round(company_id, fact, round_id)
        leads = {normalize_name(name) for name in fact.lead_investors}
        names = dict.fromkeys([*fact.lead_investors, *fact.investors])
        self.round_names.setdefault(round_id, set()).update(normalize_name(name) for name in names)
        for name in names:
            self.db.execute(
                LIST_INVESTOR_ROW_SQL, [round_id, self.investor(name), int(normalize_name(name) in leads), 0]
            )
        for row in tranche_rows(fact):
            self.db["round_tranches"].insert({"round_id": round_id} | row)
        return "round", round_id

    def _write_investment(self, fact: Fact) -> tuple[str, int]:
        company_id = self.company(fact.company)
        investor_id = self.investor(fact.investor or UNKNOWN_INVESTOR)
        round_id = self.day_round(company_id, fact)
        # In the round by its round type, or across money: the round lists it among its investors.
        if round_id is not None and (fact.round_type or self.is_across_money(company_id, fact, round_id)):
            self.db.execute(LIST_INVESTOR_ROW_SQL, [round_id, investor_id, 0, int(bool(fact.round_type))])
        row = self._money(fact) | {
            "company_id": company_id,
            "investor_id": investor_id,
            "round_id": round_id,
            "percentage": fact.percentage,
            "percentage_bound": share_bound(fact),
            "tranche": fact.tranche,
            "condition": fact.condition,
            "status": fact.status,
            "round_type": fact.round_type,
        }
        stake_id = self._insert("stakes", row)
        for row in tranche_rows(fact):
            self.db["stake_tranches"].insert({"stake_id": stake_id} | row)
        return "stake", stake_id

    def _write_partnership(self, fact: Fact) -> tuple[str, int]:
        row = {
            "company_id": self.company(fact.company),
            "partner_id": self.company(fact.partner or fact.investor or "unknown partner"),
            "kind": fact.partnership_kind,
            "description": fact.description,
            "since": fact.date,
            "since_precision": fact.date_precision,
            "until": fact.until,
            # The end's own precision (an ISO date says it by its length: "2030", "2030-06"), not the
            # start's: a partnership since 2025-06 until 2030 ends in a year, not a month.
            "until_precision": _ISO_PRECISION.get(len(fact.until), "day") if fact.until else None,
            "amount": fact.amount,
            "amount_max": fact.amount_max,
            "currency": fact.currency,
            "bound": fact.bound,
        }
        return "partnership", self._insert("partnerships", row)

    def _write_metric(self, fact: Fact, metric: str | None = None) -> tuple[str, int]:
        row = {
            "company_id": self.company(fact.company),
            "metric": metric or fact.metric or fact.kind,
            "value": fact.amount,
            "value_max": fact.amount_max,
            "unit": fact.unit,
            "currency": fact.currency,
            "bound": fact.bound,
            "date": fact.date,
            "date_precision": fact.date_precision,
            "is_projection": int(fact.is_projection or fact.kind == "projection"),
            "basis": fact.basis,
            "description": fact.description,
            "unmade": unmade(fact),
        }
        return "metric", self._insert("metrics", row)

    def _write_revenue(self, fact: Fact) -> tuple[str, int]:
        return self._write_metric(fact, fact.metric or "revenue")

    def _write_projection(self, fact: Fact) -> tuple[str, int]:
        return self._write_metric(fact)

    def _write_valuation(self, fact: Fact) -> tuple[str, int]:
        return self._write_metric(fact, "valuation")

    def _write_statement(self, fact: Fact) -> tuple[str, int]:
        counterpart = fact.partner or fact.investor
        row = {
            "company_id": self.company(fact.company),
            "counterpart_id": self.company(counterpart) if counterpart else None,
            "text": fact.text or fact.sentence,
            "date": fact.date,
            "date_precision": fact.date_precision,
        }
        return "statement", self._insert("statements", row)

    def _write_acquisition(self, fact: Fact) -> tuple[str, int]:
        row = {
            "company_id": self.company(fact.company),
            "acquirer_id": self.company(fact.investor or fact.partner or "unknown acquirer"),
            "amount": fact.amount,
            "currency": fact.currency,
            "bound": fact.bound,
            "percentage": fact.percentage,
            "percentage_bound": share_bound(fact),
            "date": fact.date,
            "date_precision": fact.date_precision,
            "status": fact.status,
        }
        return "acquisition", self._insert("acquisitions", row)
