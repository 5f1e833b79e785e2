"""One figure told twice is one figure; two figures that disagree are a conflict, shown.

Articles and deal files of one raise or one valuation, read as a reader reads the company's page,
`ai-deals show` and the timeline: a figure two sources state alike is one row with "2 sources", an
approximate figure close to an exact one is no conflict, an investor's part of a raise is shown as
that investor's, and conditional money is told apart from the money raised."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import private_default_db  # noqa: F401  (autouse)

from ai_deals.cli import main
from ai_deals.store import Store

MISTRAL_FR = """title: Mistral AI lève 1,7 milliard d'euros
date: 2025-09-09
url: https://example.fr/mistral
language: fr

Mistral AI a levé 1,7 milliard d'euros lors d'une série C menée par ASML, ce qui valorise Mistral AI à 11,7 milliards d'euros après l'investissement. La société compte environ 350 salariés.
"""
MISTRAL_EN = """title: Mistral AI raises €1.7 billion
date: 2025-09-09
url: https://example.com/mistral
language: en

Mistral AI raised €1.7 billion in a Series C led by ASML, which values Mistral AI at €11.7 billion post-money. The company has about 350 employees.
"""
EXACT_58 = """title: Mistral AI valued at €5.8 billion
date: 2024-06-11
url: https://example.com/m58
language: en

Mistral AI raised €600 million in a Series B round led by General Catalyst, which values Mistral AI at €5.8 billion.
"""
NEARLY_6 = """title: Mistral AI valorisée près de 6 milliards
date: 2024-06-11
url: https://example.fr/m6
language: fr

La start-up Mistral AI est désormais valorisée près de 6 milliards d'euros.
"""
EXACTLY_6 = NEARLY_6.replace("près de 6", "6").replace("m6", "m6b")


def cli(capsys, *argv: str) -> str:
    assert main(list(argv)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def imported(tmp_path: Path, capsys, **files: str) -> Path:
    """A new database (no seed) holding `files` (name: text), imported in the order given."""
    db = tmp_path / "deals.db"
    paths = []
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    cli(capsys, "--db", str(db), "--empty", "import", *paths)
    return db


def page_of(db: Path, name: str):
    with Store(db, readonly=True) as store:
        return store.company(store.find_company(name).id)


def test_an_approximate_valuation_close_to_an_exact_one_is_no_conflict(tmp_path, capsys, monkeypatch):
    db = imported(tmp_path, capsys, **{"v1.txt": EXACT_58, "v2.txt": NEARLY_6})
    page = page_of(db, "Mistral AI")
    assert sorted((m.value, m.bound) for m in page.metrics if m.metric == "valuation") == [
        (5.8e9, "exact"),
        (6e9, "approx"),
    ]
    assert [c.what for c in page.conflicts if "valuation" in c.what] == []
    monkeypatch.setenv("COLUMNS", "200")
    assert "CONFLICT" not in cli(capsys, "--db", str(db), "show", "Mistral AI")


def test_two_exact_valuations_that_differ_are_still_a_conflict(tmp_path, capsys, monkeypatch):
    db = imported(tmp_path, capsys, **{"v1.txt": EXACT_58, "v2.txt": EXACTLY_6})
    page = page_of(db, "Mistral AI")
    (conflict,) = [c for c in page.conflicts if "valuation" in c.what]
    assert conflict.values == ["€5.8B", "€6B"]
    monkeypatch.setenv("COLUMNS", "200")
    assert "CONFLICT valuation 2024-06-11: €5.8B" in cli(capsys, "--db", str(db), "show", "Mistral AI")


def test_a_third_source_stating_a_value_approximately_hides_no_conflict_of_two_exact_ones(tmp_path, capsys):
    # €6B stated exactly by one source and "près de 6" by another: still exact where it meets €5.8B.
    db = imported(tmp_path, capsys, **{"v1.txt": EXACT_58, "v2.txt": EXACTLY_6, "v3.txt": NEARLY_6})
    page = page_of(db, "Mistral AI")
    (conflict,) = [c for c in page.conflicts if "valuation" in c.what]
    assert conflict.values == ["€5.8B", "€6B"]


def test_a_valuation_two_sources_state_alike_is_one_figure_with_two_sources(tmp_path, capsys):
    db = imported(tmp_path, capsys, **{"fr.txt": MISTRAL_FR, "en.txt": MISTRAL_EN})
    page = page_of(db, "Mistral AI")
    figures = [(m.metric, m.value, m.source_count) for m in page.metrics]
    assert figures == [("valuation", 11.7e9, 2), ("employees", 350, 2)]
    (valuation,) = [m for m in page.metrics if m.metric == "valuation"]
    assert len(valuation.refs) == 2 and len({ev.source_id for ev in valuation.evidence}) == 2
    assert len([ref for ref in page.refs if ref.record_type == "metric"]) == 4  # each source's record


def test_show_timeline_and_export_list_a_figure_two_sources_state_once(tmp_path, capsys, monkeypatch):
    db = imported(tmp_path, capsys, **{"fr.txt": MISTRAL_FR, "en.txt": MISTRAL_EN})
    monkeypatch.setenv("COLUMNS", "200")
    shown = cli(capsys, "--db", str(db), "show", "Mistral AI")
    metrics = shown[shown.index("Metrics") : shown.index("Sources")]
    assert metrics.count("€11.7B") == 1 and metrics.count("~350 employees") == 1
    assert metrics.count("2 sources") == 2
    # A company's timeline folds them; the whole timeline lists every source's record (see below).
    timeline = cli(capsys, "--db", str(db), "timeline", "--company", "Mistral AI")
    assert timeline.count("valuation: €11.7B (post-money) · 2 sources") == 1
    assert timeline.count("employees: ~350 employees · 2 sources") == 1
    out = tmp_path / "mistral.csv"
    cli(capsys, "--db", str(db), "export", "--company", "Mistral AI", "--format", "csv", "--out", str(out))
    rows = [line for line in out.read_text(encoding="utf-8-sig").splitlines() if line.startswith("metric,")]
    assert len(rows) == 4  # every source's record is still exported


def _valuation_rows_of(db: Path, statement: str) -> None:
    """`statement` run on the database's `metrics` (a state no import of these articles gives)."""
    with Store.open(db) as store:
        store.db.execute(statement)
        store.db.conn.commit()


def _company_timeline_titles(db: Path, name: str) -> list[str]:
    with Store(db, readonly=True) as store:
        return [event.title for event in store.timeline(store.find_company(name).id)]


def test_a_figure_its_first_source_states_again_later_keeps_its_sources_label_on_the_timeline(
    tmp_path, capsys
):
    db = imported(tmp_path, capsys, **{"en.txt": MISTRAL_EN, "fr.txt": MISTRAL_FR})
    # The English article's valuation once more, after the French one's: A (en), B (fr), C (en).
    _valuation_rows_of(
        db,
        """INSERT INTO metrics (id, company_id, metric, value, currency, bound, date, date_precision,
                                is_projection, basis, source_id)
           SELECT 100, company_id, metric, value, currency, bound, date, date_precision, is_projection,
                  basis, source_id FROM metrics WHERE metric = 'valuation' ORDER BY id LIMIT 1""",
    )
    valuations = [title for title in _company_timeline_titles(db, "Mistral AI") if "valuation" in title]
    assert valuations == [
        "Mistral AI valuation: €11.7B (post-money) · 2 sources",
        "Mistral AI valuation: €11.7B (post-money)",
    ]


def test_two_figures_that_round_alike_stay_apart_on_the_timeline_as_on_the_page(tmp_path, capsys):
    db = imported(tmp_path, capsys, **{"en.txt": MISTRAL_EN, "fr.txt": MISTRAL_FR})
    _valuation_rows_of(
        db,
        "UPDATE metrics SET value = 11.704e9 WHERE id = (SELECT max(id) FROM metrics WHERE metric = 'valuation')",
    )
    assert [c.what for c in page_of(db, "Mistral AI").conflicts] == ["valuation 2025-09-09"]
    titles = _company_timeline_titles(db, "Mistral AI")
    assert titles.count("Mistral AI valuation: €11.7B (post-money)") == 2  # €11.704B and €11.7B, both shown
    assert not [title for title in titles if "valuation" in title and "sources" in title]


def test_the_whole_timeline_folds_a_figure_two_sources_state_as_the_explorer_and_its_counts_do(
    tmp_path, capsys
):
    db = imported(tmp_path, capsys, **{"fr.txt": MISTRAL_FR, "en.txt": MISTRAL_EN})
    with Store(db, readonly=True) as store:
        window = store.timeline_window(None, limit=100)
        assert [e.ref for e in store.timeline()] == [e.ref for e in window]
        assert len(window) == store.timeline_count() == store.timeline_outline().total
    shown = cli(capsys, "--db", str(db), "timeline", "--json")
    assert shown.count('"title": "Mistral AI valuation: €11.7B (post-money) · 2 sources"') == 1
    assert shown.count('"title": "Mistral AI valuation: €11.7B (post-money)"') == 0


def test_one_source_stating_a_figure_twice_keeps_two_rows():
    from ai_deals.store.models import Evidence, Metric
    from ai_deals.store.same_metric import fold_metrics

    def metric(id_: int, source_id: int) -> Metric:
        evidence = Evidence(source_id=source_id, sentence="s", start=0, end=1, source_title=f"t{source_id}")
        return Metric(
            id=id_, company_id=1, company="X", metric="revenue", value=5e6, currency="EUR", bound="exact",
            date="2025", source_id=source_id, evidence=[evidence],
        )  # fmt: skip

    assert [m.record_ids for m in fold_metrics([metric(1, 1), metric(2, 1), metric(3, 2)])] == [[1, 3], [2]]


KYRA = """company,investor,amount,currency,date,status,bound,condition
Kyra,Lightspeed,600000000,EUR,2025-05-06,,,
Kyra,SoftBank,1000000000,EUR,2025-05-20,conditional,maximum,if Kyra meets revenue targets
"""
HELVETIA = """company,investor,amount,currency,date,status,bound,condition
Helvetia AI,Index Ventures,85000000,CHF,2025-03-04,,,
Helvetia AI,Swisscom,40000000,CHF,2025-03-18,conditional,maximum,si la société atteint ses objectifs
"""


def test_conditional_money_is_told_beside_money_raised_not_in_it(tmp_path, capsys):
    db = imported(tmp_path, capsys, **{"kyra.csv": KYRA, "helvetia.csv": HELVETIA})
    kyra, helvetia = page_of(db, "Kyra"), page_of(db, "Helvetia AI")
    assert (kyra.raised, kyra.raised_conditional) == ({"EUR": 600e6}, {"EUR": (1e9, True)})
    assert (helvetia.raised, helvetia.raised_conditional) == ({"CHF": 85e6}, {"CHF": (40e6, True)})
    with Store(db, readonly=True) as store:
        (hit,) = [hit for hit in store.search("kyra") if hit.name == "Kyra"]
    assert hit.summary.startswith("raised €600M (+ up to €1B conditional) · ")


def test_show_says_the_conditional_money_apart(tmp_path, capsys, monkeypatch):
    db = imported(tmp_path, capsys, **{"kyra.csv": KYRA, "helvetia.csv": HELVETIA})
    monkeypatch.setenv("COLUMNS", "200")
    assert "\nraised €600M (+ up to €1B conditional)\n" in cli(capsys, "--db", str(db), "show", "Kyra")
    assert "\nraised CHF 85M (+ up to CHF 40M conditional)\n" in cli(
        capsys, "--db", str(db), "show", "Helvetia AI"
    )
    assert "raised €600M (+ up to €1B conditional)" in cli(capsys, "--db", str(db), "search", "kyra")


def test_raised_text_of_conditional_money_alone_and_of_a_firm_promise():
    from ai_deals.store.money_raised import raised_text

    assert raised_text({}, {"EUR": (1e9, True)}) == "up to €1B conditional"
    assert raised_text({"USD": 5e6}, {"USD": (2e6, False)}) == "raised $5M (+ $2M conditional)"
    assert raised_text({"USD": 5e6}) == "raised $5M"


ZETA = """title: Zeta AI raises $20 million
date: 2026-02-03
url: https://example.org/zeta
language: en

Zeta AI, a Paris-based AI startup, said on Tuesday it raised $20 million in a Series A round led by
Vantor Capital, with participation from Osk Partners.
"""
ZETA_DEALS = """company,investor,amount,currency,date,round,lead
Zeta AI,Vantor Capital,12000000,USD,2026-02-03,Series A,yes
"""


def zeta(tmp_path: Path, capsys) -> Path:
    return imported(tmp_path, capsys, **{"zeta.txt": ZETA, "deals.csv": ZETA_DEALS})


def test_an_investors_part_is_its_money_and_its_source_not_the_rounds(tmp_path, capsys):
    from ai_deals.store.same_raise import investor_part

    page = page_of(zeta(tmp_path, capsys), "Zeta AI")
    (series_a,) = page.rounds
    assert (series_a.amount, series_a.source_count, series_a.told_count) == (20e6, 1, 2)
    assert [c.what for c in page.conflicts] == []  # a part, no rival figure
    vantor, osk = series_a.investor_company_ids
    assert investor_part(series_a, vantor) == (12e6, "USD") and investor_part(series_a, osk) is None
    assert (series_a.investor_source_count(vantor), series_a.investor_source_count(osk)) == (2, 1)


def test_the_page_shows_the_part_on_the_investors_row_and_in_the_makeup(tmp_path, capsys):
    from ai_deals.tui.screens.company_rows import investor_rows, round_row
    from ai_deals.tui.widgets.charts import makeup_section

    page = page_of(zeta(tmp_path, capsys), "Zeta AI")
    (series_a,) = page.rounds

    def text(row) -> str:
        return " ".join(piece[0] for piece in row.pieces)

    assert "sources" not in text(round_row(series_a, page.investors))
    rows, _ = investor_rows(page)
    vantor, osk = (text(row) for row in rows)
    assert "Vantor Capital" in vantor and "$12M" in vantor and "2 sources" in vantor
    assert "Osk Partners" in osk and "$12M" not in osk and "sources" not in osk
    makeup = makeup_section(page, series_a)
    assert [(bar.label, bar.amount_text) for bar in makeup.bars] == [
        ("Vantor Capital", "$12M"),
        ("not attributed", "$8M"),
    ]


def test_show_names_the_part_and_counts_only_the_rounds_own_sources(tmp_path, capsys, monkeypatch):
    db = zeta(tmp_path, capsys)
    monkeypatch.setenv("COLUMNS", "250")
    shown = cli(capsys, "--db", str(db), "show", "Zeta AI")
    (row,) = [line for line in shown.splitlines() if "│ Series A " in line and "│ $20M " in line]
    assert "Vantor Capital (lead, part: $12M), Osk Partners" in row and "1 source" in row
    assert "Rounds told by several sources" in shown  # each source's words, the $12M row too
    joined = cli(capsys, "--db", str(db), "show", "Vantor Capital")
    (row,) = [line for line in joined.splitlines() if "│ Zeta AI " in line and "│ Series A " in line]
    assert "$20M (part: $12M)" in row and "2 sources" in row


H_COMPANY = """title: H Company raises $220 million
date: 2024-05-21
url: https://example.org/h-company
language: en

H Company, a Paris-based AI startup, said on Tuesday it raised $220 million in a seed round led by
Accel, with participation from Amazon and Samsung.
"""
H_DEALS = """company,round_type,amount,currency,date,lead_investors,investors
H Company,Seed,220000000,USD,2024-05-21,Accel,"Accel; Amazon"
"""


def test_an_investors_badge_counts_only_the_sources_naming_that_investor(tmp_path, capsys, monkeypatch):
    from ai_deals.tui.screens.company_rows import investor_rows

    db = imported(tmp_path, capsys, **{"h.txt": H_COMPANY, "deals.csv": H_DEALS})
    page = page_of(db, "H Company")
    (seed,) = page.rounds
    assert seed.source_count == 2
    named = dict(zip(seed.investors, seed.investor_company_ids, strict=True))
    counts = {name: seed.investor_source_count(named[name]) for name in ("Accel", "Amazon", "Samsung")}
    assert counts == {"Accel": 2, "Amazon": 2, "Samsung": 1}  # the deal file does not name Samsung
    rows, _ = investor_rows(page)
    texts = [" ".join(piece[0] for piece in row.pieces) for row in rows]
    (samsung,) = [text for text in texts if "Samsung" in text]
    (accel,) = [text for text in texts if "Accel" in text]
    assert "sources" not in samsung and "2 sources" in accel
    monkeypatch.setenv("COLUMNS", "250")
    joined = cli(capsys, "--db", str(db), "show", "Samsung")
    (row,) = [line for line in joined.splitlines() if "│ H Company " in line and "│ Seed " in line]
    assert "1 source" in row
