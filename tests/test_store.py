"""The store: sourced records in, pydantic models out, one transaction per import."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from ai_deals.importers.models import Fact, ParsedSource
from ai_deals.store import Store, StoreError
from ai_deals.store.models import RecordRef
from ai_deals.store.schema import STEPS
from ai_deals.store.versions import SCHEMA_VERSION

from factories import SAMPLE_TEXT, make_source, one_stake


def test_import_writes_each_fact_to_its_table_with_evidence(sample_store):
    overview = sample_store.overview()
    assert (overview.rounds, overview.stakes, overview.partnerships, overview.metrics) == (1, 1, 1, 2)
    assert overview.sources == 1
    rows = list(sample_store.db.query('SELECT sentence, start, "end" FROM evidence'))
    assert len(rows) == 5
    for row in rows:
        assert SAMPLE_TEXT[row["start"] : row["end"]] == row["sentence"]


def test_reimporting_the_same_source_changes_nothing(sample_store):
    before = sample_store.overview()
    report = sample_store.import_source(make_source())
    assert report.action == "unchanged"
    assert sample_store.overview() == before


def test_corrected_version_of_a_story_replaces_its_facts(sample_store):
    corrected = make_source(text=SAMPLE_TEXT + " Correction.")
    report = sample_store.import_source(corrected)
    assert report.action == "replaced"
    overview = sample_store.overview()
    assert (overview.sources, overview.rounds, overview.stakes) == (1, 1, 1)


def test_company_page_gathers_rounds_investors_partnerships_and_metrics(sample_store):
    page = sample_store.company(sample_store.find_company("OpenAI").id)
    assert page.company.city == "San Francisco"
    assert page.company.aliases == ["le créateur de ChatGPT"]
    (round_,) = page.rounds
    assert round_.investors == ["Amazon", "Nvidia", "SoftBank"]
    assert round_.post_money_valuation == 730e9
    (stake,) = page.investors
    assert (stake.investor, stake.amount, stake.round_id) == ("Amazon", 50e9, round_.id)
    assert stake.tranches[0].amount == 15e9
    assert stake.condition == "une fois certaines conditions remplies"
    assert [p.partner for p in page.partnerships] == ["OpenAI"]
    assert {m.metric for m in page.metrics} == {"revenue", "valuation"}
    assert [s.publisher for s in page.sources] == ["Keystone-SDA ATS"]


def test_investor_page_lists_its_portfolio(sample_store):
    page = sample_store.company(sample_store.find_company("Amazon").id)
    assert page.company.is_investor and page.company.investor_kind == "corporate"
    assert [s.company for s in page.portfolio] == ["OpenAI"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("openai", "OpenAI"),
        ("opnai", "OpenAI"),
        ("amzon", "Amazon"),
        ("groupe de Redmond", "Microsoft"),
        ("createur de chatgpt", "OpenAI"),
        ("softbnk", "SoftBank"),
        ("nvdia", "Nvidia"),
    ],
)
def test_search_finds_companies_despite_case_accents_typos_and_aliases(sample_store, query, expected):
    hits = sample_store.search(query)
    assert hits and hits[0].name == expected


def test_search_hit_reports_type_summary_and_highlight_positions(sample_store):
    (hit, *_) = sample_store.search("OpenAI")
    assert hit.hit_type == "company"
    # The page's money raised: Amazon's $35B to come on a condition told apart (queries.page_money).
    assert "raised $75B (+ $35B conditional)" in hit.summary and "last round 2026-02-27" in hit.summary
    assert hit.positions == [0, 1, 2, 3, 4, 5]
    (amazon, *_) = sample_store.search("Amazon")
    assert amazon.hit_type == "investor"


def test_same_company_under_another_spelling_is_one_company(sample_store):
    sample_store.import_source(one_stake("Softbank Group Corp.", title="Third"))
    names = [row["name"] for row in sample_store.db.query("SELECT name FROM companies ORDER BY id")]
    assert names.count("SoftBank") == 1 and "Softbank Group Corp." not in names
    softbank = sample_store.company(sample_store.find_company("SoftBank Group").id)
    assert [s.amount for s in softbank.portfolio] == [1e9]


def test_a_company_named_in_full_with_its_acronym_joins_the_company_known_by_that_acronym(fresh_store):
    from ai_deals.importers.article import parse_article

    fresh_store.import_source(
        parse_article(
            "NeuroChip a levé 20 millions d'euros auprès de TSMC.", title="A", published="2025-03-04"
        )
    )
    fresh_store.import_source(
        parse_article(
            "NeuroChip has signed a supply agreement with Taiwan Semiconductor Manufacturing Co. (TSMC).",
            title="B",
            published="2025-05-04",
        )
    )
    names = [row["name"] for row in fresh_store.db.query("SELECT name FROM companies ORDER BY id")]
    assert names == ["NeuroChip", "TSMC"]
    tsmc = fresh_store.company(fresh_store.find_company("Taiwan Semiconductor Manufacturing Co").id)
    assert tsmc.company.name == "TSMC" and [r.amount for r in tsmc.rounds_joined] == [20e6]


def test_two_companies_the_articles_describe_alike_stay_two_companies(fresh_store):
    from ai_deals.importers.article import parse_article

    for title, name in (("A", "Boreal Compute"), ("B", "Nordik Vision")):
        fresh_store.import_source(
            parse_article(
                f"{name} raised $20 million on Monday. The Montreal-based company employs 40 people.",
                title=title,
                published="2025-03-04",
            )
        )
    names = [row["name"] for row in fresh_store.db.query("SELECT name FROM companies ORDER BY id")]
    assert names == ["Boreal Compute", "Nordik Vision"]


def test_timeline_is_in_date_order_with_dates_at_their_precision(sample_store):
    events = sample_store.timeline()
    assert [e.date for e in events] == ["2016", "2025", "2026-02-27", "2026-02-27", "2026-02-27"]
    assert events[0].title == "Microsoft partners with OpenAI (compute)"
    assert events[0].sentence == "Microsoft s'était rapproché de la start-up dès 2016."


def test_timeline_filtered_to_a_company_includes_its_counterpart_events(sample_store):
    microsoft = sample_store.find_company("Microsoft")
    assert [e.ref.record_type for e in sample_store.timeline(microsoft.id)] == ["partnership"]


def test_export_record_carries_both_parties_money_and_source(sample_store):
    stake_id = sample_store.company(sample_store.find_company("OpenAI").id).investors[0].id
    (record,) = sample_store.export_records([RecordRef(record_type="stake", record_id=stake_id)])
    assert (record.company, record.counterpart, record.amount, record.currency) == (
        "OpenAI",
        "Amazon",
        50e9,
        "USD",
    )
    assert record.tranche == "première tranche de 15 milliards de dollars"
    assert record.publisher == "Keystone-SDA ATS" and record.source_date == "2026-02-27"
    assert record.sentence == "Amazon va investir 50 milliards de dollars."


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_stakes_percentage_of_capital_survives_export(fresh_store, fmt):
    from ai_deals.store.export import read_back, render_export

    source = one_stake("ASML", "Mistral AI")
    source.facts[0].percentage = 11.0
    fresh_store.import_source(source)
    stake_id = fresh_store.company(fresh_store.find_company("Mistral AI").id).investors[0].id
    records = fresh_store.export_records([RecordRef(record_type="stake", record_id=stake_id)])
    assert [r.percentage for r in read_back(render_export(records, fmt), fmt)] == [11.0]
    assert "percentage" in render_export(records, "md").splitlines()[0]


def test_an_import_that_fails_midway_writes_nothing(fresh_store):
    good = make_source()
    bad = make_source(title="Bad")
    bad.facts[1].kind = "no-such-kind"  # type: ignore[assignment]  # fails inside the transaction
    with pytest.raises(AttributeError):
        fresh_store.import_sources([good, bad])
    assert fresh_store.overview().sources == 0
    assert fresh_store.overview().companies == 0


def test_database_from_a_newer_version_is_refused_before_anything_is_written(db_path):
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(StoreError) as error:
        Store.open(db_path)
    assert str(error.value) == (
        f"{db_path}: written by a newer ai-deals (schema {SCHEMA_VERSION + 1}, "
        f"this version reads up to {SCHEMA_VERSION}); upgrade ai-deals to open it"
    )
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_unknown_migration_also_means_a_newer_database(db_path):
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('ai_deals', 'm999', 'x')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="written by a newer ai-deals"):
        Store.open(db_path)


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"hello, not sqlite\n" * 10)
    with pytest.raises(StoreError) as error:
        Store.open(path)
    assert str(error.value) == f"{path}: not an ai-deals database (not a SQLite file)"
    assert path.read_bytes() == b"hello, not sqlite\n" * 10
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_another_applications_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (id INTEGER)")
    conn.close()
    with pytest.raises(StoreError, match="not an ai-deals database \\(it holds other tables\\)"):
        Store.open(path)


def test_schema_is_recorded_in_migrations_and_user_version(fresh_store):
    names = [row["name"] for row in fresh_store.db.query("SELECT name FROM _sqlite_migrations")]
    assert names == [step.__name__ for step in STEPS]
    assert fresh_store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert fresh_store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_read_only_store_browses_but_refuses_to_write(db_path):
    Store.open(db_path).import_source(make_source())
    with Store.open(db_path, readonly=True) as store:
        assert store.overview().rounds == 1
        with pytest.raises(StoreError, match="read-only; nothing was written"):
            store.import_source(make_source(title="other"))


def _add_softbank_duplicate(store):
    store.import_source(one_stake("SB Vision", "Arm", title="Arm", amount=2e9))
    return store.find_company("SB Vision", exact=True)


def test_merging_two_companies_keeps_every_record_and_both_names(sample_store):
    duplicate = _add_softbank_duplicate(sample_store)
    amazon = sample_store.find_company("Amazon")
    sample_store.merge_companies(amazon.id, duplicate.id)
    page = sample_store.company(amazon.id)
    assert sorted(s.company for s in page.portfolio) == ["Arm", "OpenAI"]
    assert "SB Vision" in page.company.aliases
    assert sample_store.find_company("SB Vision", exact=True).id == amazon.id


def test_an_undone_merge_says_which_company_the_merged_one_was_kept_in(sample_store):
    """The CLI names the kept company from the summary, not by reading every merge."""
    duplicate = _add_softbank_duplicate(sample_store)
    amazon = sample_store.find_company("Amazon")
    merge_id = sample_store.merge_companies(amazon.id, duplicate.id)
    assert sample_store.undo_merge(merge_id).kept == "Amazon"


def test_undoing_a_merge_restores_the_company_and_its_records(sample_store):
    duplicate = _add_softbank_duplicate(sample_store)
    amazon = sample_store.find_company("Amazon")
    before = sample_store.overview()
    merge_id = sample_store.merge_companies(amazon.id, duplicate.id)
    assert sample_store.undo_merge(merge_id).company_id == duplicate.id
    assert sample_store.overview() == before
    assert [s.company for s in sample_store.company(duplicate.id).portfolio] == ["Arm"]
    assert [s.company for s in sample_store.company(amazon.id).portfolio] == ["OpenAI"]
    assert sample_store.find_company("SB Vision", exact=True).id == duplicate.id


def test_relationship_map_reaches_investors_partners_and_their_other_bets(sample_store):
    _add_softbank_duplicate(sample_store)  # SB Vision invests in Arm: not linked to OpenAI
    sample_store.import_source(one_stake("Amazon", "Anthropic", title="Anthropic", amount=4e9, date="2023"))
    graph = sample_store.relationship_map(sample_store.find_company("OpenAI").id)
    names = {node.name: node.depth for node in graph.nodes}
    assert names == {"OpenAI": 0, "Amazon": 1, "Nvidia": 1, "SoftBank": 1, "Microsoft": 1, "Anthropic": 2}
    labels = {(e.kind, e.label) for e in graph.edges}
    # Amazon's balance waits on conditions (status conditional): its label says so, as `show` does
    assert ("invests", "$50B · conditional · 2026") in labels and ("invests", "$4B · 2023") in labels
    assert ("partners", "2016") in labels
    assert ("joins round", "2026") in labels  # Nvidia and SoftBank: in the round, no stake of their own


def test_stake_names_the_investors_company_for_drilling(sample_store):
    stake = sample_store.company(sample_store.find_company("OpenAI").id).investors[0]
    assert sample_store.get_company(stake.investor_company_id).name == stake.investor == "Amazon"
    event = next(e for e in sample_store.timeline() if e.ref == stake.ref)
    assert event.counterpart_id == stake.investor_company_id


def test_an_investors_page_lists_the_sources_of_its_investments(sample_store):
    amazon = sample_store.company(sample_store.find_company("Amazon").id)
    assert [s.title for s in amazon.sources] == ["OpenAI lève 110 milliards"]


def _one_stake(store, investor: str, company: str = "OpenAI", title: str = "Other") -> None:
    store.import_source(one_stake(investor, company, title=title))


@pytest.mark.parametrize("spelling", ["Softbank", "SoftBank Group", "SoftBank Group Corp.", "Soft Bank"])
def test_spellings_of_one_company_become_one_company(sample_store, spelling):
    _one_stake(sample_store, "SoftBank", title="first")
    _one_stake(sample_store, spelling, title="second")
    names = [row["name"] for row in sample_store.db.query("SELECT name FROM companies")]
    assert names.count("SoftBank") == 1 and spelling not in names or spelling == "SoftBank"
    assert sample_store.find_company(spelling, exact=True).name == "SoftBank"


def test_short_or_different_names_are_not_merged(sample_store):
    _one_stake(sample_store, "Alan", title="first")
    _one_stake(sample_store, "Alai", title="second")
    # Not Mistral AI and Mistral: the knowledge file names those one company on purpose (deal29b).
    _one_stake(sample_store, "Zorglab AI", title="third")
    _one_stake(sample_store, "Zorglab", title="fourth")
    names = {row["name"] for row in sample_store.db.query("SELECT name FROM companies")}
    assert {"Alan", "Alai", "Zorglab AI", "Zorglab"} <= names


def test_sources_that_disagree_are_both_kept_and_marked_as_a_conflict(sample_store, capsys):
    text = "OpenAI est valorisée à 840 milliards de dollars."
    fact = Fact(
        kind="valuation",
        company="OpenAI",
        amount=840e9,
        currency="USD",
        basis="pre_money",
        date="2026-02-27",
        date_precision="day",
        sentence=text,
        start=0,
        end=len(text),
    )
    sample_store.import_source(ParsedSource(title="Other wire", text=text, facts=[fact]))
    page = sample_store.company(sample_store.find_company("OpenAI").id)
    assert sorted(m.value for m in page.metrics if m.metric == "valuation") == [730e9, 840e9]
    (conflict,) = page.conflicts
    assert conflict.values == ["$730B (post-money)", "$840B (pre-money)"]
    assert conflict.sources == ["OpenAI lève 110 milliards", "Other wire"]


def test_source_text_alone_is_the_imported_text(sample_store):
    (source,) = sample_store.sources()
    assert sample_store.source_text(source.id) == SAMPLE_TEXT
    with pytest.raises(StoreError, match="no source with id 99"):
        sample_store.source_text(99)


def test_two_outlets_with_the_same_headline_are_two_sources(fresh_store):
    for publisher in ("Le Monde", "Les Echos"):
        source = make_source(
            title="Mistral AI lève des fonds", publisher=publisher, text=SAMPLE_TEXT + f" ({publisher})"
        )
        assert fresh_store.import_source(source).action == "added"
    assert fresh_store.overview().sources == 2


def test_an_undated_story_never_replaces_another_with_the_same_title(fresh_store):
    for suffix in ("A", "B"):
        source = make_source(title="Levée de fonds", published=None, text=SAMPLE_TEXT + suffix)
        assert fresh_store.import_source(source).action == "added"
    assert fresh_store.overview().sources == 2


def test_a_merge_is_undone_only_after_the_later_merges_of_its_companies(sample_store):
    duplicate = _add_softbank_duplicate(sample_store)
    amazon = sample_store.find_company("Amazon")
    nvidia = sample_store.find_company("Nvidia")
    first = sample_store.merge_companies(amazon.id, duplicate.id)
    sample_store.merge_companies(nvidia.id, amazon.id)
    with pytest.raises(
        StoreError, match=r"merge 2 \(Amazon into Nvidia\) also involves Amazon and came later: undo it first"
    ):
        sample_store.undo_merge(first)
    sample_store.undo_merge(2)
    sample_store.undo_merge(first)
    assert [s.company for s in sample_store.company(duplicate.id).portfolio] == ["Arm"]
    assert sample_store.find_company("SB Vision", exact=True).id == duplicate.id


def test_names_differing_by_a_letter_stay_two_companies_but_spacing_does_not(sample_store):
    _one_stake(sample_store, "Mistral AI", title="first")
    _one_stake(sample_store, "Mistral AIR", title="second")
    _one_stake(sample_store, "Hugging Face", title="third")
    _one_stake(sample_store, "HuggingFace", title="fourth")
    names = [row["name"] for row in sample_store.db.query("SELECT name FROM companies")]
    assert "Mistral AIR" in names and "Mistral AI" in names
    assert "HuggingFace" not in names


def test_names_without_letters_or_digits_never_become_companies(fresh_store):
    _one_stake(fresh_store, "???", title="first")
    _one_stake(fresh_store, "!!!", title="second")
    _one_stake(fresh_store, "Amazon", company="…", title="third")
    _one_stake(fresh_store, "Nvidia", company="—", title="fourth")
    names = {row["name"] for row in fresh_store.db.query("SELECT name FROM companies")}
    assert names == {"OpenAI", "unknown investor"}
    # the investments of nameless investors are kept, from an unknown investor; nameless companies' are none
    assert fresh_store.overview().stakes == 2


def test_companies_named_in_other_scripts_are_each_their_own_company(fresh_store):
    for title, company in enumerate(["月之暗面", "智谱", "شركة الذكاء", "Яндекс"]):
        fresh_store.import_source(one_stake("Alibaba", company, title=str(title)))
    names = {row["name"] for row in fresh_store.db.query("SELECT name FROM companies")}
    assert names == {"月之暗面", "智谱", "شركة الذكاء", "Яндекс", "Alibaba"}
    assert fresh_store.find_company("智谱", exact=True).name == "智谱"
    assert fresh_store.search("智谱")[0].name == "智谱"
    assert fresh_store.search("暗面")[0].name == "月之暗面"


@pytest.mark.parametrize(("known", "spelling"), [("OpenAI", "Open AI"), ("DeepMind", "Deep Mind")])
def test_an_article_spelling_differing_only_by_spaces_is_the_known_company(fresh_store, known, spelling):
    _one_stake(fresh_store, "Nvidia", company=known, title="first")
    _one_stake(fresh_store, "Amazon", company=spelling, title="second")
    names = {row["name"] for row in fresh_store.db.query("SELECT name FROM companies")}
    assert names == {known, "Nvidia", "Amazon"}


def test_a_name_and_the_same_name_plus_platforms_stay_two_companies_unless_the_knowledge_file_joins_them(fresh_store):
    # Meta and Meta Platforms are one company because the knowledge file says so (deal29b); fuzzy matching
    # alone never joins a name to a longer one.
    _one_stake(fresh_store, "Vexa", title="first")
    _one_stake(fresh_store, "Vexa Platforms", title="second")
    _one_stake(fresh_store, "Meta", title="third")
    _one_stake(fresh_store, "Meta Platforms", title="fourth")
    names = {row["name"] for row in fresh_store.db.query("SELECT name FROM companies")}
    assert {"Vexa", "Vexa Platforms", "Meta"} <= names
    assert "Meta Platforms" not in names


def test_migration_m006_gives_names_of_other_scripts_their_keys(db_path):
    with Store.open(db_path) as store:
        store.import_source(one_stake("Alibaba", "月之暗面", title="moon"))
        store.import_source(one_stake("Tencent", "Яндекс", title="yandex"))
    # as the keys were before m006: no letter outside a-z
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE companies SET normalized = '' WHERE name IN ('月之暗面', 'Яндекс')")
    conn.execute("DELETE FROM aliases WHERE alias IN ('月之暗面', 'Яндекс')")
    conn.execute(
        "INSERT INTO aliases (company_id, alias, normalized) SELECT id, 'Yandex ЯНДЕКС', 'yandex' FROM companies WHERE name = 'Яндекс'"
    )
    conn.execute(
        "INSERT INTO aliases (company_id, alias, normalized) SELECT id, 'Yandex Яндекс', 'yandex ' FROM companies WHERE name = 'Яндекс'"
    )
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_names_of_every_script'")
    generation = conn.execute("SELECT generation FROM _search_state").fetchone()[0]
    conn.commit()
    conn.close()
    with Store.open(db_path) as store:
        keys = dict(store.db.execute("SELECT name, normalized FROM companies").fetchall())
        assert keys["月之暗面"] == "月之暗面" and keys["Яндекс"] == "яндекс"
        aliases = [
            row[0] for row in store.db.execute("SELECT normalized FROM aliases WHERE alias LIKE 'Yandex%'")
        ]
        assert aliases == ["yandex яндекс"]  # two aliases with one key now: the earlier is kept
        assert store.db.execute("SELECT generation FROM _search_state").fetchone()[0] > generation
        assert store.find_company("月之暗面", exact=True).name == "月之暗面"
        store.import_source(one_stake("Baidu", "月之暗面", title="moon again"))
        assert store.overview().companies == 5


_BRIEF_ALPHONSE = (
    "Alphonse, la start-up lyonnaise qui automatise la comptabilité des PME grâce à l'IA, a levé "
    "5 millions d'euros auprès de Kima Ventures. Les fonds serviront à recruter une vingtaine d'ingénieurs."
)
_BRIEF_BERTILLE = (
    "Bertille, jeune pousse parisienne de l'IA appliquée au recrutement, annonce une levée de 8 millions "
    "d'euros menée par Partech. Elle compte s'implanter en Allemagne d'ici à la fin de l'année."
)


def _brief(text: str) -> ParsedSource:
    return ParsedSource(title="En bref", text=text, published="2026-04-02", publisher="AFP", facts=[])


def test_another_brief_under_the_same_generic_title_date_and_publisher_is_added_not_a_replacement(
    fresh_store,
):
    fresh_store.import_source(_brief(_BRIEF_ALPHONSE))
    assert fresh_store.import_source(_brief(_BRIEF_BERTILLE)).action == "added"
    assert fresh_store.overview().sources == 2


@pytest.mark.parametrize(
    "corrected",
    [
        _BRIEF_ALPHONSE.replace("5 millions", "6 millions"),
        _BRIEF_ALPHONSE + "\n\nCorrectif : une précédente version indiquait à tort que Kima Ventures "
        "menait seul le tour ; le fonds Serena y participe aussi, aux côtés de business angels.",
    ],
    ids=["changed figure", "added paragraph"],
)
def test_a_corrected_brief_with_a_changed_figure_or_an_added_paragraph_replaces_the_original(
    fresh_store, corrected
):
    fresh_store.import_source(_brief(_BRIEF_ALPHONSE))
    assert fresh_store.import_source(_brief(corrected)).action == "replaced"
    assert fresh_store.overview().sources == 1


def _aliases(store: Store, name: str) -> list[str]:
    return [
        row[0]
        for row in store.db.execute(
            "SELECT a.alias FROM aliases a JOIN companies c ON c.id = a.company_id WHERE c.name = ? ORDER BY a.id",
            [name],
        )
    ]


def test_a_spelling_an_import_takes_for_a_known_company_becomes_its_alias_once_and_search_finds_it(
    fresh_store,
):
    _one_stake(fresh_store, "Arle", title="first")
    additions = fresh_store.db.execute("SELECT additions FROM _search_state").fetchone()[0]
    _one_stake(fresh_store, "Arle Holdings", title="second")
    _one_stake(fresh_store, "Arle Holdings", company="Anthropic", title="third")
    _one_stake(fresh_store, "Arle", company="Mistral AI", title="fourth")
    assert _aliases(fresh_store, "Arle") == ["Arle", "Arle Holdings"]  # once, and not the name again
    assert fresh_store.db.execute("SELECT additions FROM _search_state").fetchone()[0] > additions
    best = fresh_store.search("Arle Holdings")[0]
    assert (best.name, best.matched, best.score) == ("Arle", "Arle Holdings", 100.0)
    arle = fresh_store.find_company("Arle Holdings", exact=True)
    assert fresh_store.company(arle.id).company.aliases == ["Arle Holdings"]


def test_migration_m010_keeps_the_aliases_and_takes_one_per_spelling(db_path):
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from ai_deals.store.versions import MIGRATION_NAMES, MIGRATION_SET

    before = Migrations(MIGRATION_SET)  # the schema as it was up to m009: one alias per key
    for step in STEPS[: MIGRATION_NAMES.index("m010_every_spelling_an_alias")]:
        before()(step)
    db = Database(db_path)
    before.apply(db)
    db.execute("INSERT INTO companies (id, name, normalized) VALUES (7, 'Arle', 'arle')")
    db.execute("INSERT INTO aliases (id, company_id, alias, normalized) VALUES (3, 7, 'Arle', 'arle')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO aliases (company_id, alias, normalized) VALUES (7, 'Arle Holdings', 'arle')")
    db.conn.commit()
    db.close()
    with Store.open(db_path) as store:
        assert store.db.execute("SELECT id, company_id, alias FROM aliases").fetchall() == [(3, 7, "Arle")]
        additions = store.db.execute("SELECT additions FROM _search_state").fetchone()[0]
        _one_stake(store, "Arle Holdings")
        assert _aliases(store, "Arle") == ["Arle", "Arle Holdings"]
        assert store.db.execute("SELECT additions FROM _search_state").fetchone()[0] > additions
        assert store.search("Arle Holdings")[0].name == "Arle"


def test_the_top_of_a_page_is_the_first_records_of_each_list_of_the_whole_page(fresh_store, tmp_path):
    """`company_head` (what the explorer shows while the whole page is read): each list's first
    records in the page's order, and which lists have more."""
    from factories import import_deal_file

    path = tmp_path / "rounds.csv"
    rows = [
        f"Startup {n:02d},Omni Capital,round,{n + 1}000,USD,2020-0{n % 9 + 1}-{n % 28 + 1:02d}"
        for n in range(30)
    ]
    path.write_text("company,investors,kind,amount,currency,date\n" + "\n".join(rows) + "\n")
    import_deal_file(fresh_store, path)
    omni = fresh_store.find_company("Omni Capital", exact=True)
    whole = fresh_store.company(omni.id)
    head = fresh_store.company_head(omni.id, first=10)
    assert [r.id for r in head.rounds_joined] == [r.id for r in whole.rounds_joined][:10]
    assert head.cut == ["rounds_joined"]
    assert whole.cut == [] and whole.sources and not head.sources
    assert "cut" not in whole.model_dump()  # `show --json` prints the page as before
    assert fresh_store.company_head(omni.id, first=29).cut == ["rounds_joined"]
    assert fresh_store.company_head(omni.id, first=30).cut == []
