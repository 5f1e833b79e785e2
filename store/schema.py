"""The database schema, as recorded migrations (sqlite-utils `Migrations`, table `_sqlite_migrations`).

Each migration is applied once, in its own transaction. `SCHEMA_VERSION` (versions.py) is also written to
`PRAGMA user_version` so that an older ai-deals can refuse a newer database before it writes.
"""

from __future__ import annotations

import re

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from .names import normalize_name
from .versions import MIGRATION_NAMES, MIGRATION_SET

migrations = Migrations(MIGRATION_SET)

# Every record table has these review columns: the importer's facts start as `extracted`.
_RECORD_COLUMNS = "source_id INTEGER REFERENCES sources(id), review_status TEXT NOT NULL DEFAULT 'extracted'"

_INITIAL = [
    """CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        publisher TEXT,
        url TEXT,
        published TEXT,
        language TEXT,
        path TEXT,
        kind TEXT NOT NULL DEFAULT 'article',
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        imported_at TEXT NOT NULL
    )""",
    """CREATE TABLE companies (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        normalized TEXT NOT NULL,
        entity TEXT NOT NULL DEFAULT 'organisation',
        country TEXT,
        city TEXT,
        sector TEXT,
        description TEXT
    )""",
    "CREATE INDEX companies_normalized ON companies(normalized)",
    """CREATE TABLE investors (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL UNIQUE REFERENCES companies(id),
        kind TEXT NOT NULL DEFAULT 'unknown'
    )""",
    """CREATE TABLE aliases (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies(id),
        alias TEXT NOT NULL,
        normalized TEXT NOT NULL,
        source_id INTEGER REFERENCES sources(id),
        UNIQUE (company_id, normalized)
    )""",  # one spelling per key until m009: now UNIQUE (company_id, alias)
    "CREATE INDEX aliases_normalized ON aliases(normalized)",
    f"""CREATE TABLE rounds (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies(id),
        round_type TEXT,
        amount REAL, amount_max REAL, currency TEXT, bound TEXT,
        date TEXT, date_precision TEXT,
        equivalent_amount REAL, equivalent_currency TEXT,
        status TEXT,
        {_RECORD_COLUMNS}
    )""",
    """CREATE TABLE round_investors (
        round_id INTEGER NOT NULL REFERENCES rounds(id),
        investor_id INTEGER NOT NULL REFERENCES investors(id),
        is_lead INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (round_id, investor_id)
    )""",
    f"""CREATE TABLE stakes (
        id INTEGER PRIMARY KEY,
        investor_id INTEGER NOT NULL REFERENCES investors(id),
        company_id INTEGER NOT NULL REFERENCES companies(id),
        round_id INTEGER REFERENCES rounds(id),
        amount REAL, amount_max REAL, currency TEXT, bound TEXT,
        percentage REAL,
        date TEXT, date_precision TEXT,
        tranche TEXT, condition TEXT, status TEXT,
        {_RECORD_COLUMNS}
    )""",
    """CREATE TABLE stake_tranches (
        id INTEGER PRIMARY KEY,
        stake_id INTEGER NOT NULL REFERENCES stakes(id),
        seq INTEGER NOT NULL,
        label TEXT, amount REAL, currency TEXT, bound TEXT,
        date TEXT, date_precision TEXT, condition TEXT, note TEXT
    )""",
    f"""CREATE TABLE partnerships (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies(id),
        partner_id INTEGER NOT NULL REFERENCES companies(id),
        kind TEXT, description TEXT,
        since TEXT, since_precision TEXT, until TEXT, until_precision TEXT,
        {_RECORD_COLUMNS}
    )""",
    f"""CREATE TABLE metrics (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies(id),
        metric TEXT NOT NULL,
        value REAL, value_max REAL, unit TEXT, currency TEXT, bound TEXT,
        date TEXT, date_precision TEXT,
        is_projection INTEGER NOT NULL DEFAULT 0,
        basis TEXT, description TEXT,
        {_RECORD_COLUMNS}
    )""",
    f"""CREATE TABLE statements (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies(id),
        counterpart_id INTEGER REFERENCES companies(id),
        text TEXT NOT NULL,
        date TEXT, date_precision TEXT,
        {_RECORD_COLUMNS}
    )""",
    f"""CREATE TABLE acquisitions (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies(id),
        acquirer_id INTEGER NOT NULL REFERENCES companies(id),
        amount REAL, currency TEXT, bound TEXT, percentage REAL,
        date TEXT, date_precision TEXT, status TEXT,
        {_RECORD_COLUMNS}
    )""",
    """CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id),
        record_type TEXT NOT NULL,
        record_id INTEGER NOT NULL,
        fact_kind TEXT NOT NULL,
        sentence TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL
    )""",
    "CREATE INDEX evidence_record ON evidence(record_type, record_id)",
    "CREATE INDEX evidence_source ON evidence(source_id)",
]

# The source a deal file's row cites for its facts (m007), in the order rows give them.
EVIDENCE_CITED_COLUMNS = ("cited_url", "cited_title", "cited_publisher", "cited_date")

# Record type -> table, rounds before stakes (stakes point at rounds).
RECORD_TABLES = {
    "round": "rounds",
    "stake": "stakes",
    "partnership": "partnerships",
    "metric": "metrics",
    "statement": "statements",
    "acquisition": "acquisitions",
}


# Each record type's place on a timeline, as SQL on its table (no alias: an index's expression and a
# query's must read the same): its date (a partnership's start), a projection's marked with "~" so
# that "for 2018" follows 2018's events (`TimelineEvent.order` says the same in Python).
TIMELINE_KEY = {
    "round": "date",
    "stake": "date",
    "partnership": "since",
    "metric": "CASE WHEN is_projection AND date != '' THEN date || '~' ELSE date END",
    "statement": "date",
    "acquisition": "date",
}
# The column a record type is dated by (the others: `date`): a page lists each type in (date, id) order.
DATE_COLUMN = {"partnership": "since"}
# The records every list shows: all but those a review rejected.
VISIBLE = "review_status != 'rejected'"
# The records a timeline shows: dated and not rejected (the `*_timeline` indexes' own clause).
TIMELINE_WHERE = {
    record_type: f"{DATE_COLUMN.get(record_type, 'date')} IS NOT NULL AND {VISIBLE}"
    for record_type in TIMELINE_KEY
}


def m001_initial(db: Database) -> None:
    """Every table of the first release."""
    for statement in _INITIAL:
        db.execute(statement)
    for table in RECORD_TABLES.values():
        db.execute(f"CREATE INDEX {table}_company ON {table}(company_id)")
        db.execute(f"CREATE INDEX {table}_source ON {table}(source_id)")
    db.execute("CREATE INDEX stakes_investor ON stakes(investor_id)")
    db.execute("CREATE INDEX partnerships_partner ON partnerships(partner_id)")


def m002_merges_and_reviews(db: Database) -> None:
    """Undoable company merges, and review decisions that outlive a re-import of their source."""
    db.execute(
        """CREATE TABLE merges (
            id INTEGER PRIMARY KEY,
            kept_id INTEGER NOT NULL,
            merged_id INTEGER NOT NULL,
            merged_name TEXT NOT NULL,
            snapshot TEXT NOT NULL,
            merged_at TEXT NOT NULL,
            undone_at TEXT
        )"""
    )
    # A decision is keyed by the source (URL, or title and date) and the fact's fingerprint, so a
    # corrected version of the same story keeps the decisions on the facts it still states.
    db.execute(
        """CREATE TABLE review_decisions (
            id INTEGER PRIMARY KEY,
            source_key TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            record_type TEXT NOT NULL,
            status TEXT NOT NULL,
            original TEXT,
            edited TEXT,
            decided_at TEXT NOT NULL,
            UNIQUE (source_key, fingerprint)
        )"""
    )
    db.execute("ALTER TABLE evidence ADD COLUMN fingerprint TEXT")


def m003_full_text_search(db: Database) -> None:
    """Full-text search over the articles (Datasette's search box uses it), kept current by triggers."""
    db["sources"].enable_fts(
        ["title", "text"], fts_version="FTS5", create_triggers=True, tokenize="unicode61 remove_diacritics 2"
    )


_NAME_TRIGGERS = {
    "companies": ("INSERT", "UPDATE OF name, normalized", "DELETE"),
    "aliases": ("INSERT", "UPDATE OF alias, company_id", "DELETE"),
}


def m004_search_generation(db: Database) -> None:
    """A counter that moves whenever a name or alias changes, so the search index cache knows it is stale.

    `database_id` tells two databases apart whose counters happen to agree (a file copied over another).
    """
    db.execute(
        """CREATE TABLE _search_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            database_id TEXT NOT NULL,
            generation INTEGER NOT NULL
        )"""
    )
    db.execute("INSERT INTO _search_state VALUES (1, lower(hex(randomblob(16))), 0)")
    for table, events in _NAME_TRIGGERS.items():
        for event in events:
            name = f"{table}_{event.split()[0].lower()}_search_generation"
            db.execute(
                f"""CREATE TRIGGER {name} AFTER {event} ON {table}
                    BEGIN UPDATE _search_state SET generation = generation + 1 WHERE id = 1; END"""
            )


def m005_round_investors_by_investor(db: Database) -> None:
    """Rounds an investor joined, found without reading every round's investors: search summaries
    ask it of each hit at every keystroke, and a merge asks it of the merged investor."""
    db.execute("CREATE INDEX round_investors_investor ON round_investors(investor_id)")


def m006_names_of_every_script(db: Database) -> None:
    """Matching keys recomputed now that a word is letters of any script: "月之暗面", "智谱" and "شركة
    الذكاء" had one empty key (and were taken for one company); "Meta 株式会社" lost its last word.

    Companies that empty key already merged stay merged (a merge of imports cannot be told apart
    from the names' facts); a person splits them. Two aliases of one company that now share a key
    are one alias: the earlier is kept.
    """
    conn = db.conn
    companies = [
        (key, company_id)
        for company_id, name, old in conn.execute("SELECT id, name, normalized FROM companies")
        if (key := normalize_name(name)) != old
    ]
    conn.executemany("UPDATE companies SET normalized = ? WHERE id = ?", companies)
    seen: set[tuple[int, str]] = set()
    changed, repeated = [], []
    for alias_id, company_id, alias, old in conn.execute(
        "SELECT id, company_id, alias, normalized FROM aliases ORDER BY id"
    ):
        key = normalize_name(alias)
        if (company_id, key) in seen or not key:
            repeated.append((alias_id,))
            continue
        seen.add((company_id, key))
        if key != old:
            changed.append((key, alias_id))
    conn.executemany("DELETE FROM aliases WHERE id = ?", repeated)
    # Through a placeholder, so no alias meets another's old key on the way (UNIQUE company_id, normalized).
    conn.executemany("UPDATE aliases SET normalized = char(0) || id WHERE id = ?", [(i,) for _, i in changed])
    conn.executemany("UPDATE aliases SET normalized = ? WHERE id = ?", changed)
    conn.execute("UPDATE _search_state SET generation = generation + 1 WHERE id = 1")


def m007_evidence_cited_source(db: Database) -> None:
    """Where a deal file's row says its fact was published: the row's own source URL, title, publisher
    and date. The file stays the `sources` row the evidence was read from; these name the article the
    row cites (NULL when the row names none, then the file is cited)."""
    for column in EVIDENCE_CITED_COLUMNS:
        db.execute(f"ALTER TABLE evidence ADD COLUMN {column} TEXT")


def m008_retired_record_ids(db: Database) -> None:
    """The highest id each record table had when a corrected source's records were deleted. SQLite
    gives a new row the largest id + 1, so without it the corrected version's records (or the next
    import's) would take the deleted records' ids, and a selection or link holding an old id would
    silently name a different record."""
    db.execute("CREATE TABLE retired_record_ids (record_table TEXT PRIMARY KEY, last_id INTEGER NOT NULL)")


def m009_fact_identity(db: Database) -> None:
    """A fact's identity beside its fingerprint: kind, company, counterpart and figure, without the
    sentence, so a review decision follows its fact into a corrected version that rewords the sentence
    (`review.identity`). Decisions made before keep matching by fingerprint, and learn their fact's
    identity the first time its source is imported again."""
    db.execute("ALTER TABLE evidence ADD COLUMN identity TEXT")
    db.execute("ALTER TABLE review_decisions ADD COLUMN identity TEXT")


def m010_every_spelling_an_alias(db: Database) -> None:
    """An alias per spelling, not per key: "Arle Holdings" is kept beside "Arle" (one key, "arle"), so
    the spelling a source used finds the company in search, as every alias does. The table is rebuilt
    with UNIQUE (company_id, alias) instead of (company_id, normalized); its ids and rows are kept, so
    the names (and the search generation) are unchanged."""
    conn = db.conn
    triggers = [
        sql
        for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'aliases' ORDER BY rowid"
        )
    ]
    conn.execute(
        """CREATE TABLE aliases_by_spelling (
            id INTEGER PRIMARY KEY,
            company_id INTEGER NOT NULL REFERENCES companies(id),
            alias TEXT NOT NULL,
            normalized TEXT NOT NULL,
            source_id INTEGER REFERENCES sources(id),
            UNIQUE (company_id, alias)
        )"""
    )
    conn.execute(
        """INSERT INTO aliases_by_spelling (id, company_id, alias, normalized, source_id)
           SELECT id, company_id, alias, normalized, source_id FROM aliases ORDER BY id"""
    )
    conn.execute("DROP TABLE aliases")  # its index and triggers go with it
    conn.execute("ALTER TABLE aliases_by_spelling RENAME TO aliases")
    conn.execute("CREATE INDEX aliases_normalized ON aliases(normalized)")
    for sql in triggers:
        conn.execute(sql)


def m011_sources_by_citation(db: Database) -> None:
    """The records an export's row may already be in the database as, found without reading every
    record (store/known.py): evidence by the source a deal file's row cites (URL, title; only rows that
    cite one), and the sources' URLs and titles in an index narrow enough to read them all at once."""
    db.execute("CREATE INDEX evidence_cited_url ON evidence(cited_url) WHERE cited_url IS NOT NULL")
    db.execute("CREATE INDEX evidence_cited_title ON evidence(cited_title) WHERE cited_title IS NOT NULL")
    db.execute("CREATE INDEX sources_citation ON sources(url, title)")


def m012_split_sources(db: Database) -> None:
    """The sources a split (`ai-deals split`) took the records of a company from: a corrected version
    of one, re-imported, keeps its records with the company split off (store/writing.py)."""
    db.execute(
        """CREATE TABLE split_sources (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL,
            company_id INTEGER NOT NULL,
            other_id INTEGER NOT NULL,
            split_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX split_sources_source ON split_sources(source_id)")


def m013_removed_companies(db: Database) -> None:
    """The companies removed because nothing named them any more (a corrected import of their source, a
    review edit), with what removed them: a page, a back step or a link still holding one's id says
    what happened to it, and its id is never given to another company."""
    db.execute(
        """CREATE TABLE removed_companies (
            company_id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            reason TEXT NOT NULL,
            source_id INTEGER,
            removed_at TEXT NOT NULL
        )"""
    )


def m014_percentage_bound(db: Database) -> None:
    """How precisely a stake's or an acquisition's percentage is stated: "about 8%" (approx), "more than
    10%" (minimum), "up to 20%" (maximum). `bound` is the amount's; NULL here (every row before) is exact."""
    for table in ("stakes", "acquisitions"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN percentage_bound TEXT")


def m015_timeline_order(db: Database) -> None:
    """Each record table's timeline events in timeline order: the whole timeline is read a window at
    a time (store/queries.py `timeline_window`), its counts by date from the index alone."""
    for record_type, table in RECORD_TABLES.items():
        db.execute(
            f"CREATE INDEX {table}_timeline ON {table}({TIMELINE_KEY[record_type]}, id)"
            f" WHERE {TIMELINE_WHERE[record_type]}"
        )


def m016_round_tranches(db: Database) -> None:
    """A round's tranches and condition, as a stake's: "The round is structured in two tranches: $30
    million now, and $15 million once Trellis hits 2,000 robots". Rounds imported before have none."""
    db.execute("ALTER TABLE rounds ADD COLUMN condition TEXT")
    db.execute(
        """CREATE TABLE round_tranches (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES rounds(id),
            seq INTEGER NOT NULL,
            label TEXT, amount REAL, currency TEXT, bound TEXT,
            date TEXT, date_precision TEXT, condition TEXT, note TEXT
        )"""
    )
    db.execute("CREATE INDEX round_tranches_round ON round_tranches(round_id)")


# A name holding a control character (NUL aside: no importer lets one in), the start of a terminal
# escape sequence, or an invisible character keys now drop (`importers.controls`: zero-width space and
# joiners, word joiner, BOM, soft hyphen, bidi marks), for GLOB: the rows m017 has to look at, without
# reading every name.
_CONTROL_GLOB = (
    "*[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]*"
)


def m017_names_without_controls(db: Database) -> None:
    """Matching keys recomputed for names holding control characters, terminal escape sequences or
    invisible characters, which keys now drop ("Evil\x1b[31mCorp" and "Evil\u200bCorp" are "evilcorp",
    as the article importer reads them): kept as
    they were, such a name would no longer be found by its own spelling. Names are left as written."""
    conn = db.conn
    companies = [
        (key, company_id)
        for company_id, name, old in conn.execute(
            "SELECT id, name, normalized FROM companies WHERE name GLOB ?", [_CONTROL_GLOB]
        )
        if (key := normalize_name(name)) != old
    ]
    aliases = [
        (key, alias_id)
        for alias_id, alias, old in conn.execute(
            "SELECT id, alias, normalized FROM aliases WHERE alias GLOB ?", [_CONTROL_GLOB]
        )
        if (key := normalize_name(alias)) != old
    ]
    conn.executemany("UPDATE companies SET normalized = ? WHERE id = ?", companies)
    conn.executemany("UPDATE aliases SET normalized = ? WHERE id = ?", aliases)
    if companies or aliases:
        conn.execute("UPDATE _search_state SET generation = generation + 1 WHERE id = 1")


def m018_merges_split_apart(db: Database) -> None:
    """When a split took a merged company back out of the company it was merged into: that merge
    is reversed, and undoing it as well would make the company a second time."""
    db.execute("ALTER TABLE merges ADD COLUMN split_at TEXT")


def m019_search_additions(db: Database) -> None:
    """A second counter, moved only by names added (a company or alias inserted), so that a search
    index saved before an import is brought up to date with the new names instead of rebuilt from a
    million: `generation` now moves only when a name was renamed, moved or removed.

    The triggers keep their names (`*_search_generation`): a bulk import drops and recreates them
    by that suffix (bulk.py).

    A row put back under an old id (an undone merge or removal) is no append: an index extends itself
    only with ids past the ones it holds, so such a row moves `generation` instead."""
    db.execute("ALTER TABLE _search_state ADD COLUMN additions INTEGER NOT NULL DEFAULT 0")
    for table in _NAME_TRIGGERS:
        name = f"{table}_insert_search_generation"
        appended = f"NEW.id >= (SELECT max(id) FROM {table})"
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
        db.execute(
            f"""CREATE TRIGGER {name} AFTER INSERT ON {table}
                BEGIN
                  UPDATE _search_state SET additions = additions + 1 WHERE id = 1 AND {appended};
                  UPDATE _search_state SET generation = generation + 1 WHERE id = 1 AND NOT ({appended});
                END"""
        )


def m020_stake_round_types(db: Database) -> None:
    """The round type a stake states ("Series B"), kept as a round's is: a deal file's investment row
    taken in no round of the file was losing it. A stake in a round reads its round's type first;
    stakes imported before have none of their own."""
    db.execute("ALTER TABLE stakes ADD COLUMN round_type TEXT")


def m021_acquisitions_by_acquirer(db: Database) -> None:
    """A company's acquisitions found from the acquirer's side as well (the relationship map asks for
    both sides of each company on it; without the index that side reads every acquisition)."""
    db.execute("CREATE INDEX acquisitions_acquirer ON acquisitions(acquirer_id)")


def m022_evidence_by_source_and_record(db: Database) -> None:
    """A source's facts counted as records (a round told in three rows is one fact, as the import
    and a company's Sources count it), read from the index alone: the source's evidence by record.
    It replaces the source-only index, which its first column serves as well."""
    db.execute("CREATE INDEX evidence_source_record ON evidence(source_id, record_type, record_id)")
    db.execute("DROP INDEX evidence_source")


def m023_search_token(db: Database) -> None:
    """A token drawn anew whenever a search counter moves, kept in the row the counters are in.

    A rollback puts the counters back, and the next write moves them to the very values the undone
    one had, over other names: an index read inside the undone write (a search during an import)
    would pass for the names committed later. The token is random, never drawn twice: a stamp with
    it names one state of the names, committed or not, and it rolls back with the data it stamps."""
    db.execute("ALTER TABLE _search_state ADD COLUMN token TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE _search_state SET token = lower(hex(randomblob(8))) WHERE id = 1")
    # On the counters' row itself, not beside each name trigger: every move counts, the bulk import's
    # own (bulk.DeferredIndexes.restore) and a migration's included.
    db.execute(
        """CREATE TRIGGER _search_state_token AFTER UPDATE OF generation, additions ON _search_state
            BEGIN UPDATE _search_state SET token = lower(hex(randomblob(8))) WHERE id = 1; END"""
    )


def m024_round_investors_joined(db: Database) -> None:
    """Which of a round's investors are listed only because a stake was joined to the round by its
    round type (`joined` 1: the round's source does not name it), so that the investor leaves the
    list when no such stake is left in the round (its source re-imported without it, an edit)."""
    db.execute("ALTER TABLE round_investors ADD COLUMN joined INTEGER NOT NULL DEFAULT 0")
    # Typed stakes put in rounds by their type before this step (another source's round by the import's
    # join, their own source's as it read them): their investors are the rounds' too, as a join lists
    # them now. A rejected stake or round lists no one (the join passes rejected rounds by).
    db.execute(
        """INSERT OR IGNORE INTO round_investors (round_id, investor_id, is_lead, joined)
           SELECT s.round_id, s.investor_id, 0, 1 FROM stakes s JOIN rounds r ON r.id = s.round_id
           WHERE s.round_type IS NOT NULL AND s.review_status != 'rejected' AND r.review_status != 'rejected'"""
    )


def m025_tranche_sentences(db: Database) -> None:
    """The sentence a tranche is stated in, when it is not its record's ("$30 million at closing and
    $13 million in June 2024" after the lead): an export cites it for the tranche. Older tranches
    have none (their record's sentence stands for them)."""
    for table in ("stake_tranches", "round_tranches"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN sentence TEXT")


def m026_partnership_amounts(db: Database) -> None:
    """What a partnership is worth, when its source says ("un partenariat de 100 millions d'euros", "a
    $100 million partnership"): amount, its upper end for a range, currency and bound, as a stake's.
    NULL here (every partnership before) is unstated."""
    for column in ("amount REAL", "amount_max REAL", "currency TEXT", "bound TEXT"):
        db.execute(f"ALTER TABLE partnerships ADD COLUMN {column}")


def m027_computed_tranches(db: Database) -> None:
    """Whether a tranche's amount is computed (the round's or stake's total less its stated parts: "and
    the balance in June 2026") rather than stated, so that every page and export says so. Older rows
    stay 0: nothing kept tells a computed amount from a stated one."""
    for table in ("stake_tranches", "round_tranches"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN computed INTEGER NOT NULL DEFAULT 0")


# m036: a story correcting an earlier dispatch, as the article importer told it when m036 was written
# (importers/article.py `_is_correction`), spelt out here: its title says so, or a note in brackets opens it.
_M036_TITLE_RE = re.compile(
    r"^\s*(?:(?:CORRECTION|RECTIFICATIF|CORRECTED)\b|(?:Correction|Rectificatif)\s*[:\-–—])"
    r"|\((?:Corrects|Rectifie)\b"
    r"|[(\[]\s*(?:CORRECTION|RECTIFICATIF|CORRECTED|Correction|Rectificatif|Corrected)\s*[)\]]\s*$"
)
_M036_NOTE_RE = re.compile(
    r"^\s*[(\[]\s*(?:corrects?|correcting|rectifie|rectificatif|correction)\b[^)\]\n]*[)\]]", re.IGNORECASE
)
# A sentence saying the story corrects an earlier version of itself (importers/article.py
# `_CORRECTING_SENTENCE_RE`): at a paragraph's start, "CORRECTION: …", « Rectificatif : … »; anywhere,
# "This story has been corrected…", "An earlier version of this story misstated…", « indiqué par erreur ».
_M036_SENTENCE_RE = re.compile(
    r"^\W*(?:CORRECTION|RECTIFICATIF|Correction|Rectificatif)\s*[:\-–—]"
    r"|(?i:\b(?:this|the)\s+(?:story|article|dispatch)\s+(?:has\s+been|was)\s+(?:corrected|updated\s+to\s+correct)\b"
    r"|\b(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article)\s+(?:misstated|misreported|incorrectly)\b"
    r"|\bil\s+fallait\s+lire\b|\bindiqué(?:e|s|es)?\s+par\s+erreur\b)",
    re.MULTILINE,
)
_M036_NOTE_PARAGRAPHS = 4
"""The first lines of a story's text a correction note is looked for in: its opening paragraphs."""


def _m036_corrects(title: str, text: str) -> bool:
    opening = [
        line
        for line in text.split("\n", 2 * _M036_NOTE_PARAGRAPHS)[: 2 * _M036_NOTE_PARAGRAPHS]
        if line.strip()
    ]
    return bool(
        _M036_TITLE_RE.search(title)
        or any(_M036_NOTE_RE.match(line) for line in opening[:_M036_NOTE_PARAGRAPHS])
        or _M036_SENTENCE_RE.search(text)
    )


def m036_correction_sources(db: Database) -> None:
    """Whether a source is a story correcting an earlier dispatch (`corrects`), so that its figures are
    a raise's over those it withdraws (same_raise.is_correction_account). Articles imported before are
    marked as the importer now marks them, by their title, the note opening their text and a sentence
    saying the story corrects an earlier version of itself (`_m036_corrects`)."""
    db.execute("ALTER TABLE sources ADD COLUMN corrects INTEGER NOT NULL DEFAULT 0")
    rows = db.execute("SELECT id, title, text FROM sources WHERE kind = 'article'")
    marked = [(source_id,) for source_id, title, text in rows if _m036_corrects(title or "", text or "")]
    db.conn.executemany("UPDATE sources SET corrects = 1 WHERE id = ?", marked)


# The ways a source's records name a company (its company columns, a stake's investor, a round's
# member), as m028 read them: spelt out here, since an applied step never changes with the code.
# Each looks the company up first (`+` keeps SQLite off the source's index: a deal file's records
# are a million, a company's few); statements by their source, since a deal file holds none (and
# a counterpart has no index).
_M028_BY_COMPANY = (
    ("rounds", "company_id"),
    ("stakes", "company_id"),
    ("partnerships", "company_id"),
    ("partnerships", "partner_id"),
    ("metrics", "company_id"),
    ("acquisitions", "company_id"),
    ("acquisitions", "acquirer_id"),
)
_M028_NAMED_BY_RECORDS = " UNION ALL ".join(
    [
        *(
            f"SELECT 1 FROM {table} WHERE {column} = a.company_id AND +source_id = a.source_id"
            for table, column in _M028_BY_COMPANY
        ),
        """SELECT 1 FROM statements WHERE source_id = a.source_id
           AND a.company_id IN (company_id, counterpart_id)""",
        """SELECT 1 FROM stakes s JOIN investors i ON i.id = s.investor_id
           WHERE i.company_id = a.company_id AND +s.source_id = a.source_id""",
        """SELECT 1 FROM round_investors ri JOIN investors i ON i.id = ri.investor_id
           JOIN rounds r ON r.id = ri.round_id WHERE i.company_id = a.company_id AND +r.source_id = a.source_id""",
    ]
)


def m028_source_companies(db: Database) -> None:
    """The companies a source names other than through its records: a deal file's company rows (an
    export's, with a company's details and aliases), an article's companies list. Nothing else said
    that a remaining source named a company, so removing another source that named it too took it.

    Filled from the aliases a deal file gave a company its records do not name (its company row
    gave them): all that is known now. A company row that gave no alias (its spelling was already
    another source's) left no trace, and is not guessed."""
    db.execute(
        """CREATE TABLE source_companies (
            source_id INTEGER NOT NULL REFERENCES sources(id),
            company_id INTEGER NOT NULL REFERENCES companies(id),
            PRIMARY KEY (source_id, company_id)
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX source_companies_company ON source_companies(company_id)")
    db.execute(
        f"""INSERT OR IGNORE INTO source_companies (source_id, company_id)
            SELECT a.source_id, a.company_id FROM aliases a JOIN sources s ON s.id = a.source_id
            WHERE s.kind != 'article' AND a.company_id IN (SELECT id FROM companies)
              AND NOT EXISTS ({_M028_NAMED_BY_RECORDS})"""
    )


def m029_spelling_sources(db: Database) -> None:
    """Which sources wrote a company's name which way ("poolside", "Poolside"), beside the first
    source of each spelling its alias row keeps: the evidence its displayed name is chosen by
    (`display_names`), not the order sources came in. Empty before: each spelling's first source
    is all that was known."""
    db.execute(
        """CREATE TABLE spelling_sources (
            company_id INTEGER NOT NULL,
            spelling TEXT NOT NULL,
            source_id INTEGER NOT NULL,
            PRIMARY KEY (company_id, spelling, source_id)
        ) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX spelling_sources_source ON spelling_sources(source_id)")


def m030_names_chosen(db: Database) -> None:
    """Whether a person chose the company's name (the company `ai-deals merge` kept, the one `ai-deals
    split` made): its displayed name then never follows what the sources write (`display_names`).
    Before, a standing merge or a split source said so; a split moving only deal file rows citing
    a URL leaves no split source, and removing a source took its split's, so the name followed the
    next import's spelling. Filled from what those still say."""
    db.execute("ALTER TABLE companies ADD COLUMN name_chosen INTEGER NOT NULL DEFAULT 0")
    db.execute(
        """UPDATE companies SET name_chosen = 1 WHERE id IN (
               SELECT kept_id FROM merges WHERE undone_at IS NULL UNION SELECT other_id FROM split_sources)"""
    )


def m031_spellings_from_aliases(db: Database) -> None:
    """`spelling_sources` becomes the only evidence of how sources write a name: each alias row's
    source (the first to write that spelling, which m029 left on the alias row) gets its row too,
    so a corrected or removed source's spellings can be forgotten as its other rows are. Without
    them the first import after upgrading would weigh each spelling by its later sources alone."""
    db.execute(
        """INSERT OR IGNORE INTO spelling_sources (company_id, spelling, source_id)
           SELECT company_id, alias, source_id FROM aliases
           WHERE source_id IN (SELECT id FROM sources) AND company_id IN (SELECT id FROM companies)"""
    )


# A name holding a closing markup tag ("[/]", "[/bold]", "</b>"), for GLOB: the rows m032 has to look at.
_CLOSING_TAG_GLOBS = ("*[[]/*", "*</*")


def m032_names_without_markup(db: Database) -> None:
    """Matching keys recomputed for names holding a closing markup tag, whose tags keys now drop (a deal
    file's "[bold]Gorse Ventures[/]" is the article's "Gorse Ventures", as the article importer reads it):
    kept as they were, such a name would no longer be found by its own spelling. Names are left as
    written; companies already apart stay apart (a person merges them)."""
    conn = db.conn
    where = " OR ".join(["{0} GLOB ?"] * len(_CLOSING_TAG_GLOBS))
    companies = [
        (key, company_id)
        for company_id, name, old in conn.execute(
            f"SELECT id, name, normalized FROM companies WHERE {where.format('name')}", _CLOSING_TAG_GLOBS
        )
        if (key := normalize_name(name)) != old
    ]
    aliases = [
        (key, alias_id)
        for alias_id, alias, old in conn.execute(
            f"SELECT id, alias, normalized FROM aliases WHERE {where.format('alias')}", _CLOSING_TAG_GLOBS
        )
        if (key := normalize_name(alias)) != old
    ]
    conn.executemany("UPDATE companies SET normalized = ? WHERE id = ?", companies)
    conn.executemany("UPDATE aliases SET normalized = ? WHERE id = ?", aliases)
    if companies or aliases:
        conn.execute("UPDATE _search_state SET generation = generation + 1 WHERE id = 1")


# A name holding a pictograph or an emoji variation selector, for GLOB: the rows m033 has to look at.
_PICTOGRAPH_GLOB = "*[\u2600-\u27bf\U0001f000-\U0001faff\ufe0e\ufe0f]*"


def m033_names_with_pictographs(db: Database) -> None:
    """Matching keys recomputed for names holding emoji or dingbats, which keys now keep as words of
    their own ("🦄 Fund" is "🦄 fund", not the unrelated "Fund"): kept as they were, such a name would
    no longer be found by its own spelling. Names are left as written; companies an earlier import
    joined by the old key stay joined (a split takes them apart)."""
    conn = db.conn
    companies = [
        (key, company_id)
        for company_id, name, old in conn.execute(
            "SELECT id, name, normalized FROM companies WHERE name GLOB ?", [_PICTOGRAPH_GLOB]
        )
        if (key := normalize_name(name)) != old
    ]
    aliases = [
        (key, alias_id)
        for alias_id, alias, old in conn.execute(
            "SELECT id, alias, normalized FROM aliases WHERE alias GLOB ?", [_PICTOGRAPH_GLOB]
        )
        if (key := normalize_name(alias)) != old
    ]
    conn.executemany("UPDATE companies SET normalized = ? WHERE id = ?", companies)
    conn.executemany("UPDATE aliases SET normalized = ? WHERE id = ?", aliases)
    if companies or aliases:
        conn.execute("UPDATE _search_state SET generation = generation + 1 WHERE id = 1")


def m034_computed_tranches_follow_edits(db: Database) -> None:
    """A computed tranche amount (m027) of a stake or round whose amount a person edited before edits
    moved it: made what the edited total leaves of the stated tranches, as an edit now does
    (`review.follow_total`, spelt out here), so the page, exports and `show` tell one balance. No
    amount (NULL) when the stated tranches leave nothing or are in another currency; a stated tranche
    is never changed."""
    conn = db.conn
    for table, tranches, key in (
        ("stakes", "stake_tranches", "stake_id"),
        ("rounds", "round_tranches", "round_id"),
    ):
        edited = conn.execute(
            f"""SELECT r.id, r.amount, r.currency FROM {table} r
                WHERE r.review_status = 'edited'
                  AND (SELECT count(*) FROM {tranches} t WHERE t.{key} = r.id AND t.computed = 1) = 1"""
        ).fetchall()
        for record_id, total, currency in edited:
            rows = conn.execute(
                f"SELECT id, amount, currency, computed FROM {tranches} WHERE {key} = ?", [record_id]
            ).fetchall()
            (computed,) = [row for row in rows if row[3]]
            stated = [row for row in rows if not row[3]]
            comparable = all(row[2] in (None, currency) for row in stated)
            rest = total - sum(row[1] or 0.0 for row in stated) if total is not None and comparable else None
            amount = rest if rest is not None and rest > 0 else None
            conn.execute(
                f"UPDATE {tranches} SET amount = ?, currency = ? WHERE id = ?",
                [amount, currency if amount is not None else computed[2], computed[0]],
            )


def m035_sources_by_path(db: Database) -> None:
    """An index on the file a source was read from: a URL-less file imported looks up the sources read
    from its path (`writing._earlier_at_path`), and `sources` holds every article's text, so a scan of
    it took ~30 ms at 30k sources, once per file imported."""
    db.execute("CREATE INDEX sources_path ON sources(path)")


def m037_splits(db: Database) -> None:
    """Each split made (`ai-deals split`), with what undoing it exactly takes (its `SplitSummary`): the
    undo a split prints, `ai-deals merge COMPANY OTHER`, then takes the explorer's `u` way
    (`merging.undo_split`), which leaves no alias of the split-off name and no merge behind."""
    db.execute(
        """CREATE TABLE splits (
            id INTEGER PRIMARY KEY,
            company_id INTEGER NOT NULL,
            other_id INTEGER NOT NULL,
            summary TEXT NOT NULL,
            split_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX splits_other ON splits(other_id)")


def m038_evidence_cited_corrections(db: Database) -> None:
    """Whether the source a deal file's row cites is a story correcting an earlier dispatch (an
    ai-deals export's `source_corrects`, read from that story's `sources.corrects`): re-imported, its
    figure still withdraws the dispatch's it corrects (same_raise.is_correction_account)."""
    db.execute("ALTER TABLE evidence ADD COLUMN cited_corrects INTEGER NOT NULL DEFAULT 0")


def m039_stake_tranches_by_stake(db: Database) -> None:
    """An index on the stake a tranche belongs to, as round_tranches has (m016): a search hit's summary
    reads its companies' stakes as their page does, tranches included, and scanned the table to do so."""
    db.execute("CREATE INDEX stake_tranches_stake ON stake_tranches(stake_id)")


# m040: a raise an article only recalls, as store/same_raise.py told it by its sentence when m040 was
# written, spelt out here (the importer now marks it: importers/extract/recalls.py): the round's figure
# right after a recalling cue ("Nordwind, which raised $48 million…", "after its $45 million Series A",
# "fresh off a $45 million raise", « qui a levé 120 millions d'euros », « fort de sa levée de 20 M€ »).
_M040_CUE_RE = re.compile(
    r",\s*(?:which|that|who)\s+(?:had\s+|has\s+|recently\s+|previously\s+)*(?:raised|secured|closed|landed)\s+"
    r"|,\s*(?:after|following)\s+(?:its|their|a)\s+(?:recent\s+)?"
    r"|\bfresh\s+(?:off|from)\s+(?:a|its|their)\s+(?:recent\s+)?"
    r"|,\s*qui\s+(?:a|avait)\s+(?:récemment\s+|déjà\s+)?(?:levé|bouclé|réuni)\s+"
    r"|\b(?:après|fort|forte)\s+de\s+sa\s+(?:récente\s+)?levée\s+de\s+",
    re.IGNORECASE,
)
_M040_FIGURE_RE = re.compile(
    r"(?:[$€£]\s?)?(?P<number>\d+(?:[.,]\d+)?)\s*(?P<scale>billions?|milliards?|millions?|bn|mn|[BbMm])?(?![\w])"
)
_M040_SCALES = {"b": 1e9, "bn": 1e9, "billion": 1e9, "milliard": 1e9, "m": 1e6, "mn": 1e6, "million": 1e6}
# Each round read from one sentence only, with its amount and that sentence, but a deal file's own rows
# (their URL the file's own `file:` one, as same_raise._is_file_row reads it): never recalled.
_M040_ROUNDS = """SELECT r.id, r.amount, e.sentence FROM rounds r
    JOIN evidence e ON e.record_type = 'round' AND e.record_id = r.id
    JOIN sources s ON s.id = e.source_id
    WHERE r.amount > 0
      AND (SELECT count(*) FROM evidence f WHERE f.record_type = 'round' AND f.record_id = r.id) = 1
      AND coalesce(CASE WHEN coalesce(e.cited_url, e.cited_title, e.cited_publisher, e.cited_date) IS NOT NULL
                        THEN e.cited_url ELSE s.url END, '') NOT LIKE 'file:%'"""


def _m040_recalled(sentence: str, amount: float, cues: re.Pattern[str] = _M040_CUE_RE) -> bool:
    """Whether `sentence` states `amount` (to 1%) right after a recalling cue (`cues`)."""
    for cue in cues.finditer(sentence):
        figure = _M040_FIGURE_RE.match(sentence, cue.end())
        if figure is None:
            continue
        scale = (figure.group("scale") or "").lower().rstrip("s")
        stated = float(figure.group("number").replace(",", ".")) * _M040_SCALES.get(scale, 1.0)
        if abs(stated - amount) <= 0.01 * max(stated, amount):
            return True
    return False


def m040_recalled_rounds(db: Database) -> None:
    """Whether a round is a raise its article only recalls in passing (`recalled`: "Nordwind, which raised
    $48 million, opened…"), which the importer now marks, so that pages read the mark, not the sentence
    (same_raise.recalled_raise). Rounds imported before are marked as same_raise told them when m040
    was written (`_m040_recalled`): one article's sentence stating the round's figure after the cue."""
    db.execute("ALTER TABLE rounds ADD COLUMN recalled INTEGER NOT NULL DEFAULT 0")
    rows = db.execute(_M040_ROUNDS).fetchall()
    marked = [(round_id,) for round_id, amount, sentence in rows if _m040_recalled(sentence or "", amount)]
    db.conn.executemany("UPDATE rounds SET recalled = 1 WHERE id = ?", marked)


def m041_evidence_row_lines(db: Database) -> None:
    """The line of its file a deal-file row starts on (`vendorA.csv:12`, as an import's errors name a
    bad row), kept on the row's evidence so that a figure is traced to its row as an article's is to
    its sentence. An item of a JSON list written on one line, which its line does not tell apart:
    minus its number in the list ("deals.json: item 3": -3). NULL: an article's sentence (its `start`/`end` place it), or a row imported before
    (its line unknown, shown without one). Adding a NULL column rewrites no row."""
    db.execute("ALTER TABLE evidence ADD COLUMN line INTEGER")


# m042: the recalling cues the importer learnt after m040 (qhfixD28), spelt out here: "after its $45 million
# Series A" wherever the sentence says it (m040 knew it only after a comma) and "After a $45 million raise"
# opening the sentence.
_M042_CUE_RE = re.compile(
    r"^\W*(?:after|following)\s+a\s+(?:recent\s+)?|\b(?:after|following)\s+(?:its|their)\s+(?:recent\s+)?",
    re.IGNORECASE,
)


def m042_recalled_after_its(db: Database) -> None:
    """Rounds imported before the importer read "After its $45 million Series A, Nordwind…" (or "…after its
    $45 million Series A") as a recalled raise: marked now, as m040 marked the others, so that a page joins
    them to the raise they recall instead of counting it twice. Rows already marked stay so."""
    rows = db.execute(_M040_ROUNDS + " AND r.recalled = 0").fetchall()
    marked = [
        (id_,) for id_, amount, sentence in rows if _m040_recalled(sentence or "", amount, _M042_CUE_RE)
    ]
    db.conn.executemany("UPDATE rounds SET recalled = 1 WHERE id = ?", marked)


def m043_valuations_not_raised_yet(db: Database) -> None:
    """Whether a valuation is that of a raise its article tells as still in talks ('in_talks': "is in early talks
    to raise new funding at a valuation of up to $4 billion") or only planned ('planned': "is also seeking to raise
    new funding at a valuation of…") with no sum of its own, which the importer now marks: no round of that
    status is told beside it for `queries._VALUATION_STATUS` to find. NULL for rows imported before (the rule on a
    round in talks in the same sentence still reads theirs). Adding a column rewrites no row."""
    db.execute("ALTER TABLE metrics ADD COLUMN unmade TEXT")


# In order; append new steps, never edit an applied one. An ai-deals that finds a step it does not
# know, or a larger user_version, is looking at a newer database and refuses it.
STEPS = (
    m001_initial,
    m002_merges_and_reviews,
    m003_full_text_search,
    m004_search_generation,
    m005_round_investors_by_investor,
    m006_names_of_every_script,
    m007_evidence_cited_source,
    m008_retired_record_ids,
    m009_fact_identity,
    m010_every_spelling_an_alias,
    m011_sources_by_citation,
    m012_split_sources,
    m013_removed_companies,
    m014_percentage_bound,
    m015_timeline_order,
    m016_round_tranches,
    m017_names_without_controls,
    m018_merges_split_apart,
    m019_search_additions,
    m020_stake_round_types,
    m021_acquisitions_by_acquirer,
    m022_evidence_by_source_and_record,
    m023_search_token,
    m024_round_investors_joined,
    m025_tranche_sentences,
    m026_partnership_amounts,
    m027_computed_tranches,
    m028_source_companies,
    m029_spelling_sources,
    m030_names_chosen,
    m031_spellings_from_aliases,
    m032_names_without_markup,
    m033_names_with_pictographs,
    m034_computed_tranches_follow_edits,
    m035_sources_by_path,
    m036_correction_sources,
    m037_splits,
    m038_evidence_cited_corrections,
    m039_stake_tranches_by_stake,
    m040_recalled_rounds,
    m041_evidence_row_lines,
    m042_recalled_after_its,
    m043_valuations_not_raised_yet,
)
if tuple(step.__name__ for step in STEPS) != MIGRATION_NAMES:
    raise RuntimeError("store/versions.py must name every step of STEPS, in order")
for _step in STEPS:
    migrations()(_step)
