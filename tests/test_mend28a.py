"""A reviewer's findings on session 28's merged changes: real investments read as called off, an unlocked store
count, FtM metric descriptions lost, a quadratic company list, a row-order-dependent short-form join, and a
file changing during the evidence read reported as already imported."""

from __future__ import annotations

import pytest
from cli_helpers import import_files, private_default_db  # noqa: F401 (autouse fixture)
from extract_helpers import facts_of
from test_fixA26 import HANDELSBLATT, TECHCRUNCH

from ai_deals.store import Store

STORY_DAY = "2025-12-03"


# -- #1 a real investment beside words of giving up is still an investment --------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "investor", "company", "amount"),
    [
        (
            "Microsoft will not only invest $10 billion in OpenAI but also host its models on Azure.",
            "en",
            "Microsoft",
            "OpenAI",
            10e9,
        ),
        (
            "Doctolib a renoncé à son introduction en Bourse au profit d'une levée de 500 millions d'euros menée "
            "par General Atlantic.",
            "fr",
            None,
            "Doctolib",
            500e6,
        ),
        (
            "Mistral AI a abandonné son projet de rachat pour lever 600 millions d'euros auprès de General Catalyst.",
            "fr",
            None,
            "Mistral AI",
            600e6,
        ),
        (
            "Anthropic raised $3 billion from investors whose earlier talks with Google collapsed in January.",
            "en",
            None,
            "Anthropic",
            3e9,
        ),
    ],
)
def test_an_investment_told_beside_a_deal_given_up_is_not_called_off(
    text, language, investor, company, amount
):
    facts = facts_of(text, language=language, published=STORY_DAY)
    money = [
        (f.investor, f.company) for f in facts if f.kind in ("investment", "round") and f.amount == amount
    ]
    assert money == [(investor, company)], [f.model_dump(exclude_defaults=True) for f in facts]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mistral AI scrapped its IPO to raise $600 million from General Catalyst instead.", "en"),
        ("Nvidia won't just invest $2 billion in xAI.", "en"),
        ("Nvidia n'investira pas seulement 2 milliards de dollars dans xAI.", "fr"),
    ],
)
def test_money_moved_beside_a_negation_or_a_deal_given_up_for_it_is_counted(text, language):
    facts = facts_of(text, language=language, published=STORY_DAY)
    assert [f for f in facts if f.kind in ("investment", "round")], [
        f.model_dump(exclude_defaults=True) for f in facts
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mistral AI abandoned plans to raise $600 million from General Catalyst.",
        "Nvidia will not invest $2 billion in xAI.",
        "Nvidia n'investira pas 2 milliards de dollars dans xAI.",
    ],
)
def test_a_raise_or_investment_given_up_itself_is_still_called_off(text):
    language = "fr" if "investira" in text else "en"
    facts = facts_of(text, language=language, published=STORY_DAY)
    assert not [f for f in facts if f.kind in ("investment", "round")]


# -- #2 the export dialog's count runs under the store's lock ----------------------------------------------------


def test_counting_an_exports_deals_holds_the_stores_lock(capsys, tmp_path, monkeypatch):
    """The dialog counts from a worker thread while others read: the shared connection and the folds it
    reads are the lock's to guard, so another thread cannot take the lock while the count runs."""
    import threading

    db = import_files(capsys, tmp_path, ("tc.txt", TECHCRUNCH), ("hb.txt", HANDELSBLATT))
    with Store.open(db, readonly=True) as store:
        refs = store.company(store.find_company("Nordwind Robotics").id).refs
        real = store._export_folds
        taken_elsewhere: list[bool] = []

        def folds(*args, **kwargs):
            def try_lock():
                taken = store._lock.acquire(blocking=False)
                taken_elsewhere.append(taken)
                if taken:
                    store._lock.release()

            other = threading.Thread(target=try_lock)
            other.start()
            other.join(5)
            return real(*args, **kwargs)

        monkeypatch.setattr(store, "_export_folds", folds)
        assert store.deal_count(refs) == 1
        assert taken_elsewhere == [False]


# -- #3 a figure's description reaches the FtM Event whatever its name ------------------------------------------


@pytest.mark.parametrize("name", ["weekly_users", "revenue"])
def test_an_ftm_event_keeps_the_description_of_a_metric_named_with_an_underscore(name):
    from ai_deals.store.ftm import metric_entity
    from ai_deals.store.models import Metric

    figure = Metric(id=1, company_id=2, company="OpenAI", metric=name, value=8e8, description="ChatGPT only")
    event = metric_entity(figure)
    assert event["properties"]["name"] == [f"{name.replace('_', ' ')}: 800M"]
    assert event["properties"]["description"] == ["ChatGPT only"]


def test_an_ftm_event_of_a_fund_closed_names_the_fund_once():
    from ai_deals.importers.metric_names import FUND_CLOSED
    from ai_deals.store.ftm import metric_entity
    from ai_deals.store.models import Metric

    fund = Metric(
        id=1,
        company_id=2,
        company="Éclair",
        metric=FUND_CLOSED,
        value=3e8,
        currency="EUR",
        description="Éclair Fund III",
    )
    properties = metric_entity(fund)["properties"]
    assert properties["name"] == ["fund closed (Éclair Fund III): €300M"]
    assert "description" not in properties


# -- #4 a co-investor's companies fitted to a width in one pass -------------------------------------------------


def _companies_within_by_trying_each_count(led: int, companies: list[str], room: int) -> str:
    """The list as ui28 fitted it: every count of names tried whole, most first (quadratic, but plainly right);
    qfixE29's cut of a lone company is the production function's, spelled out below."""
    from rich.cells import cell_len

    from ai_deals.tui.screens.company_rows import _joined, _one_company_cut, clean_line

    names = [clean_line(company) for company in companies]
    lead = f"lead in {led}" if led else ""
    count = f"{len(names):,} compan{'y' if len(names) == 1 else 'ies'}"
    tries = [
        _joined(
            lead,
            ", ".join([*names[:shown], *([f"+{len(names) - shown} more"] if shown < len(names) else [])]),
        )
        for shown in range(len(names), 0, -1)
    ]
    if len(names) == 1:
        # qfixE29: a lone company too long to show whole is shown cut ("led 1 · Mistral…") before its count.
        tries.append(_one_company_cut(f"led {led}" if led else "", names[0], room))
    tries += [_joined(lead, count), _joined(f"led {led}" if led else "", count), count]
    return next((words for words in tries if words and cell_len(words) <= room), tries[-1])


NAMES = ["Solstice Chips", "Nova Kernel", "Helix Robotics", "東京AI", "X", "a\x07b", "🚀 Rocket", ""]


@pytest.mark.parametrize("led", [0, 3, 12])
@pytest.mark.parametrize("count", [0, 1, 2, 5, 8, 13])
def test_a_coinvestors_companies_fit_as_trying_every_count_of_names_would(led, count):
    from ai_deals.tui.screens.company_rows import companies_within

    names = [NAMES[(index * 3) % len(NAMES)] for index in range(count)]
    for room in range(0, 100):
        assert companies_within(led, names, room) == _companies_within_by_trying_each_count(led, names, room)


@pytest.mark.parametrize(
    ("led", "room", "expected"),
    [
        (0, 8, "Solstic…"),
        (0, 12, "Solstice Ch…"),
        (0, 14, "Solstice Chips"),
        (1, 12, "1 company"),  # fewer than six letters of the name would be left
        (1, 14, "led 1 · Solst…"),
        (1, 20, "led 1 · Solstice Ch…"),
        (1, 24, "led 1 · Solstice Chips"),
    ],
)
def test_a_lone_company_too_long_to_show_whole_is_cut_before_its_count(led, room, expected):
    from ai_deals.tui.screens.company_rows import companies_within

    assert companies_within(led, ["Solstice Chips"], room) == expected


def test_fitting_a_coinvestors_many_companies_measures_each_name_about_once(monkeypatch):
    """10,000 companies at a narrow width: the cells measured stay near the names' own length (trying each
    count of names whole measured ~690 million)."""
    from ai_deals.tui.screens import company_rows

    measured: list[int] = []
    real = company_rows.cell_len
    monkeypatch.setattr(company_rows, "cell_len", lambda text: measured.append(len(text)) or real(text))
    names = [f"Company {index}" for index in range(10_000)]
    assert (
        company_rows.companies_within(2, names, 60)
        == "lead in 2 · Company 0, Company 1, Company 2, +9997 more"
    )
    assert sum(measured) <= 2 * sum(len(name) for name in names)


# -- #7 a file changing during the line-filling read; the words of two messages ------------------------------------


def test_a_deal_file_changing_while_its_lines_are_filled_in_is_said_to_have_changed(tmp_path):
    """Not "unchanged (already imported)", exit 0: the rows read came from two versions of the file."""
    from ai_deals.importers.errors import ChangedWhileRead
    from ai_deals.store.bulk import restore_evidence

    def rows_then_change():
        yield from ()
        raise ChangedWhileRead("deals.csv", "the file changed while it was read; nothing was written")

    with Store.open(tmp_path / "deals.db") as store:
        with pytest.raises(ChangedWhileRead):
            restore_evidence(store.db, 1, rows_then_change(), lambda item: False, citations=True)


def test_the_lines_filled_in_are_counted_as_row_lines_not_records():
    from ai_deals.store.bulk import BulkReport
    from ai_deals.structured_import import _restored_words

    said = _restored_words(BulkReport(path="deals.csv", citations_restored=1, lines_filled=16))
    assert said == "1 citation restored, 16 row lines filled in"


def test_an_export_to_the_file_the_apps_own_errors_go_to_is_refused_as_such(tmp_path):
    """`ai-deals 2>log.txt`, then exporting to log.txt: a regular file, refused for being the app's own
    output, not called "a device or named pipe"."""
    import os

    from ai_deals.tui.screens.export import NotAFile

    log = tmp_path / "log.txt"
    saved = os.dup(2)
    with log.open("w") as errors:
        os.dup2(errors.fileno(), 2)
        try:
            said = str(NotAFile(log))
        finally:
            os.dup2(saved, 2)
            os.close(saved)
    assert said == f"{log}: the file this app's own output goes to; export to another file"


# -- #5 a first word is no fund's short form when the rest of its name is generic -------------------------------


def test_a_first_word_before_only_generic_words_is_no_short_form():
    """ "Smilegate Investment": "Smilegate" may be the group (Smilegate the game maker), not its fund."""
    from ai_deals.store.known_names import knowledge_names

    names = knowledge_names()
    assert "Smilegate Investment" in names and "Smilegate" not in names
    assert names["Kleiner"].name == "Kleiner Perkins" and names["Kleiner"].short_form


def test_the_words_of_firms_names_are_common_words_for_short_forms():
    from ai_deals.importers.knowledge_file import read_knowledge_file
    from ai_deals.store.known_names import _common_words
    from ai_deals.store.names import GENERIC_WORDS

    knowledge = read_knowledge_file()
    assert GENERIC_WORDS <= _common_words(knowledge)
    assert not set(knowledge["common_words"]) & GENERIC_WORDS  # said once, in store/names.py
