"""A raise's "N sources" counts distinct sources, not records: a deal file's row citing the very
article already imported is that article (the file imported the citation); a corrected copy of a
deal file adds no source; two rows of one file citing one URL are one source. An investor's page
counts a raise's sources as the company's page does, also the sources that do not name it."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import private_default_db  # noqa: F401  (autouse)

from ai_deals.cli import main
from ai_deals.store import Store

ROOT = Path(__file__).resolve().parent.parent
FT = ROOT / "tests" / "fixtures" / "articles_holdout68" / "en_ft_ledgerline.txt"
FT_URL = "https://example.org/en/en_ft_ledgerline"
HEADER = "company,investors,round_type,amount,currency,date,source_url,publisher"


def cli(*argv: str) -> None:
    assert main(list(argv)) == 0


def deal_file(path: Path, *rows: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def series_c(db: Path, name: str = "Ledgerline"):
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company(name).id)
        (found,) = [r for r in page.rounds if r.round_type in ("series_c", "Series C")]
        return found


@pytest.fixture
def db(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "deals.db"
    cli("--db", str(path), "--empty", "import", str(FT))
    capsys.readouterr()
    return path


def test_a_deal_row_citing_the_article_already_imported_is_that_article(db, tmp_path):
    # The row gives the article's own URL (another spelling of it) and its round.
    row = f"Ledgerline,Tiger Global; Index Ventures,Series C,120000000,USD,2021-06-09,{FT_URL.replace('https', 'http')}/,FT"
    cli("--db", str(db), "import", str(deal_file(tmp_path / "deals.csv", row)))
    folded = series_c(db)
    assert folded.source_count == 1 and len(folded.refs) == 2  # one source, two records
    assert "Index Ventures" in folded.investors


def test_a_corrected_copy_of_a_deal_file_adds_no_source(db, tmp_path):
    v1 = deal_file(
        tmp_path / "deals.csv",
        "Ledgerline,Tiger Global,Series C,120000000,USD,2021-06-08,https://dealroom.example/ledgerline,Dealroom",
        "Ledgerline,QED Investors,Series A,12000000,USD,2024,,",
    )
    v2 = deal_file(
        tmp_path / "v2" / "deals.csv",  # the first one is still there: two data sets of one name
        "Ledgerline,Tiger Global,Series C,121000000,USD,2021-06-08,https://dealroom.example/ledgerline,Dealroom",
        "Ledgerline,QED Investors,Series A,12000000,USD,2024,,",
    )
    cli("--db", str(db), "import", str(v1))
    cli("--db", str(db), "import", str(v2))
    folded = series_c(db)
    assert len(folded.refs) == 3 and folded.source_count == 2  # the FT and Dealroom
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Ledgerline").id)
        (series_a,) = [r for r in page.rounds if r.round_type in ("series_a", "Series A")]
        assert len(series_a.refs) == 2 and series_a.source_count == 1  # deals.csv, as corrected


def test_two_rows_of_one_file_citing_one_url_are_one_source(db, tmp_path):
    deals = deal_file(
        tmp_path / "deals.csv",
        "Ledgerline,Tiger Global,Series C,120000000,USD,2021-06-08,https://dealroom.example/ledgerline,Dealroom",
        "Ledgerline,Index Ventures,Series C,120000000,USD,2021-06-10,https://dealroom.example/ledgerline,Dealroom",
    )
    cli("--db", str(db), "import", str(deals))
    folded = series_c(db)
    assert len(folded.refs) == 3 and folded.source_count == 2  # the FT and Dealroom


def test_an_investors_page_counts_a_raises_sources_as_the_companys_page(db, tmp_path, capsys, monkeypatch):
    # The FT names Tiger Global and Ribbit Capital; only the Dealroom row names Index Ventures.
    row = "Ledgerline,Tiger Global; Index Ventures,Series C,120000000,USD,2021-06-08,https://dealroom.example/ledgerline,Dealroom"
    cli("--db", str(db), "import", str(deal_file(tmp_path / "deals.csv", row)))
    assert series_c(db).source_count == 2
    with Store(db, readonly=True) as store:
        index = store.company(store.find_company("Index Ventures").id)
        # The FT's "when Index led a $35mn series B" is Index's own 2019 round (read since session 23).
        (joined,) = [r for r in index.rounds_joined if r.date == "2021-06-08"]
        assert (joined.date, joined.source_count, len(joined.refs)) == ("2021-06-08", 2, 2)
    monkeypatch.setenv("COLUMNS", "200")
    capsys.readouterr()
    cli("--db", str(db), "show", "Index Ventures")
    joined_table = capsys.readouterr().out.split("Rounds joined")[1].split("Sources")[0]
    (series_c_line,) = [line for line in joined_table.splitlines() if "2021-06-08" in line]
    assert "2 sources" in series_c_line and "1 source " not in series_c_line


def test_the_pages_sources_list_each_source_once_by_the_rule_that_counts_a_rounds(
    db, tmp_path, capsys, monkeypatch
):
    # A row citing the FT's own URL (another spelling) is the FT; a corrected copy of the file citing
    # Dealroom again is Dealroom: the page lists (and its header counts) two sources, not four.
    ft_row = (
        f"Ledgerline,Tiger Global,Series C,120000000,USD,2021-06-09,{FT_URL.replace('https', 'http')}/,FT"
    )
    dealroom = "Ledgerline,QED Investors,Series A,{},USD,2024,https://dealroom.example/ledgerline,Dealroom"
    cli("--db", str(db), "import", str(deal_file(tmp_path / "deals.csv", ft_row, dealroom.format(12000000))))
    cli(
        "--db",
        str(db),
        "import",
        str(deal_file(tmp_path / "v2" / "deals.csv", ft_row, dealroom.format(13000000))),
    )
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Ledgerline").id)
        keys = [source.identity for source in page.sources]
        assert len(keys) == len(set(keys)) == 2
        # By the page's order (`_page_order`): the undated Dealroom row first, then the FT of 2021.
        dealroom, ft = page.sources
        assert ft.read_from is None and ft.kind == "article"  # the article itself, opening on its text
        assert dealroom.url == "https://dealroom.example/ledgerline" and dealroom.fact_count == 2
    monkeypatch.setenv("COLUMNS", "250")
    capsys.readouterr()
    cli("--db", str(db), "show", "Ledgerline")
    listed = capsys.readouterr().out.split("Sources")[-1].split("CONFLICT")[0]
    rows = [line for line in listed.splitlines() if line.startswith("│")]
    assert len(rows) == 2  # Dealroom (undated, whose title is its URL), then the FT: one row each
    assert "dealroom.example/ledgerline" in rows[0] and "en_ft_ledgerline" in rows[1]


def test_show_gives_each_sources_words_only_for_rounds_several_sources_tell(
    db, tmp_path, capsys, monkeypatch
):
    # The FT and a row citing the FT: one source's two records of the Series C, no "several sources".
    ft_row = f"Ledgerline,Tiger Global,Series C,120000000,USD,2021-06-09,{FT_URL},FT"
    cli("--db", str(db), "import", str(deal_file(tmp_path / "deals.csv", ft_row)))
    assert series_c(db).source_count == 1
    monkeypatch.setenv("COLUMNS", "250")
    capsys.readouterr()
    cli("--db", str(db), "show", "Ledgerline")
    out = capsys.readouterr().out
    assert "1 source" in out.split("Investors")[0] and "told by several sources" not in out
    # A Dealroom row of the same raise makes it two sources: each one's words are shown.
    dealroom = "Ledgerline,Tiger Global,Series C,120000000,USD,2021-06-08,https://dealroom.example/ledgerline,Dealroom"
    cli("--db", str(db), "import", str(deal_file(tmp_path / "more.csv", dealroom)))
    capsys.readouterr()
    cli("--db", str(db), "show", "Ledgerline")
    assert "Rounds told by several sources" in capsys.readouterr().out


def test_a_deal_file_listed_among_a_companys_sources_counts_only_that_companys_uncited_facts(db, tmp_path):
    # One Ledgerline row citing no source among other companies' rows: `deals.csv 1 fact`, not the
    # file's every fact.
    rows = [
        "Ledgerline,QED Investors,Series A,12000000,USD,2024,,",
        "Tessellate,Sequoia Capital,Seed,5000000,USD,2024,,",
        "Claimsight,Index Ventures,Seed,3000000,USD,2023,,",
        "Ledgerline,Tiger Global,Series C,120000000,USD,2021-06-09,https://dealroom.example/l,Dealroom",
    ]
    cli("--db", str(db), "import", str(deal_file(tmp_path / "deals.csv", *rows)))
    with Store(db, readonly=True) as store:
        page = store.company(store.find_company("Ledgerline").id)
        (listed,) = [s for s in page.sources if s.title == "deals.csv"]
        assert listed.fact_count == 1
