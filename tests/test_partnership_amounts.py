"""A partnership's value as its source states it: stored (m026), shown by `show` and the explorer, exported."""

from __future__ import annotations

from cli_helpers import run

from ai_deals.cli import main
from ai_deals.importers.article import parse_article
from ai_deals.store import Store

ARTICLE = (
    "L'armateur marseillais CMA CGM a signé un partenariat de cinq ans avec Mistral AI, d'un montant de "
    "100 millions d'euros, pour déployer l'IA générative dans ses activités de logistique."
)


def _partnership_row(db_path):
    with Store.open(db_path) as store:
        return store.db.execute(
            "SELECT amount, amount_max, currency, bound, since, until FROM partnerships"
        ).fetchall()


def test_a_partnership_keeps_the_value_its_article_states(tmp_path):
    source = parse_article(ARTICLE, published="2025-04-14", language="fr")
    with Store.open(tmp_path / "deals.db") as store:
        store.import_sources([source])
    assert _partnership_row(tmp_path / "deals.db") == [
        (100_000_000.0, None, "EUR", "exact", "2025-04-14", "2030-04-14")
    ]


def test_show_and_export_give_a_partnerships_value(capsys, tmp_path):
    article = tmp_path / "p.txt"
    article.write_text(f"title: CMA CGM et Mistral AI\ndate: 2025-04-14\n\n{ARTICLE}\n", encoding="utf-8")
    db = str(tmp_path / "p.db")
    assert main(["--db", db, "--empty", "import", str(article)]) == 0
    capsys.readouterr()
    _, shown, _ = run(capsys, "--db", db, "show", "CMA CGM")
    rows = [[cell.strip() for cell in line.split("│")[1:-1]] for line in shown.splitlines() if "│" in line]
    assert rows[0][:5] == [
        "2025-04-14",
        "2030-04-14",
        "Mistral AI",
        "",
        "€100M",
    ]  # since, until, with, kind, value
    out = tmp_path / "out.csv"
    assert main(["--db", db, "export", "--format", "csv", "--out", str(out)]) == 0
    header, *lines = out.read_text(encoding="utf-8").splitlines()
    columns = header.split(",")
    partnership = next(line.split(",") for line in lines if line.startswith("partnership,"))
    assert partnership[columns.index("amount")] in ("100000000", "100000000.0")
    assert partnership[columns.index("currency")] == "EUR"


def test_migration_m026_gives_partnerships_an_empty_value(tmp_path):
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from ai_deals.store.schema import STEPS
    from ai_deals.store.versions import MIGRATION_NAMES, MIGRATION_SET

    db_path = tmp_path / "old.db"
    before = Migrations(MIGRATION_SET)
    for step in STEPS[: MIGRATION_NAMES.index("m026_partnership_amounts")]:
        before()(step)
    db = Database(db_path)
    before.apply(db)
    assert "amount" not in db["partnerships"].columns_dict
    db.close()
    source = parse_article(ARTICLE, published="2025-04-14", language="fr")
    with Store.open(db_path) as store:
        store.import_sources([source])
    assert _partnership_row(db_path)[0][:3] == (100_000_000.0, None, "EUR")


def test_the_explorer_row_of_a_partnership_says_what_it_is_worth_and_until_when():
    from ai_deals.store.models import Partnership
    from ai_deals.tui.screens.company_rows import partnership_row

    item = Partnership(
        id=1,
        company_id=1,
        company="CMA CGM",
        partner_id=2,
        partner="Mistral AI",
        since="2025-04-14",
        until="2030-04-14",
        amount=100_000_000,
        currency="EUR",
        bound="exact",
    )
    words = " ".join(text for text, _, _ in partnership_row(item, 1).pieces)
    assert "€100M · until 2030-04-14" in words
