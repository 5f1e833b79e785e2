"""The review screen: walk unreviewed facts, confirm, reject, edit with validation, undo; decisions last."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from ai_deals.importing import load_seeds
from ai_deals.store import Store
from ai_deals.store.review import FactEdit
from ai_deals.tui.app import DealsApp
from ai_deals.tui.fact_words import fact_word_spans
from ai_deals.tui.screens.fact_edit import FactEditScreen, FormError, build_edit, parse_amount
from ai_deals.tui.screens.review import ReviewScreen

from screen_host import ScreenHost
from tui_data import openai_source
from tui_helpers import settle, shown, type_text


def highlighted_words(record) -> list[str]:
    sentence = record.evidence[0].sentence
    return [sentence[start:end] for start, end in fact_word_spans(record, sentence)]


async def review(store: Store, *keys: str, source_id: int | None = 1) -> list[str]:
    """Open the review screen, press `keys` (waiting for the store after each), return status lines."""
    app = ScreenHost(lambda: ReviewScreen(store, source_id))
    statuses = []
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
            statuses.append(shown(app, "StatusBar"))
    return statuses


def test_the_words_a_fact_was_read_from_are_found_in_its_sentence(tmp_path):
    with Store.open(tmp_path / "seed.db") as store:
        load_seeds(store)
        queue = store.review_queue(None)
    round_ = next(r for r in queue if r.record_type == "round")
    assert highlighted_words(round_) == [
        "OpenAI",
        "110 milliards de dollars",
        "84,7 milliards de francs",
        "730 milliards",
    ]
    amazon = next(r for r in queue if r.record_type == "stake" and r.investor == "Amazon")
    assert highlighted_words(amazon) == ["Amazon", "50 milliards de dollars"]


async def test_review_shows_the_fact_and_its_sentence_with_words_highlighted(db):
    with Store.open(db) as store:
        total = len(store.review_queue(1))
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert shown(app, "#review-progress") == f"Fact 1 of {total} to review"
            card = shown(app, "#review-fact")
            assert "OpenAI" in card and "$110B" in card and "2026-02-27" in card
            sentence = app.screen.query_one("#review-sentence", Static).render()
            assert "110 milliards de dollars" in sentence.plain
            bold = {sentence.plain[s.start : s.end] for s in sentence.spans if "bold" in str(s.style)}
            assert {"OpenAI", "110 milliards de dollars"} <= bold
            assert app.screen.crumb == "Review · OpenAI lève 110 milliards"


async def test_review_opened_on_a_fact_counts_its_place_in_the_text_and_goes_on_round_the_queue(db):
    with Store.open(db) as store:
        queue = store.review_queue(1)
        total, middle = len(queue), len(queue) - 2
        app = ScreenHost(lambda: ReviewScreen(store, 1, queue[middle].ref))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert shown(app, "#review-progress") == f"Fact {middle + 1} of {total} to review"
            assert app.screen.current.ref == queue[middle].ref, "it opens on the fact in view"
            await pilot.press("y")
            await settle(pilot)
            assert shown(app, "#review-progress") == f"Fact {middle + 1} of {total - 1} to review"
            assert app.screen.current.ref == queue[middle + 1].ref
            await pilot.press("n")
            await settle(pilot)
            # The rest of the text done, the queue goes round to its beginning.
            assert shown(app, "#review-progress") == f"Fact 1 of {total - 2} to review"
            assert app.screen.current.ref == queue[0].ref
            await pilot.press("down")
            assert shown(app, "#review-progress") == f"Fact 2 of {total - 2} to review"
            await pilot.press("y")
            await settle(pilot)
            assert shown(app, "#review-progress") == f"Fact 2 of {total - 3} to review"
            assert app.screen.current.ref == queue[2].ref
            await pilot.press("u")
            await settle(pilot)
            assert shown(app, "#review-progress") == f"Fact 2 of {total - 2} to review"
            assert app.screen.current.ref == queue[1].ref


async def test_confirm_and_reject_persist_after_a_restart(db):
    with Store.open(db) as store:
        first, second = store.review_queue(1)[:2]
        total = len(store.review_queue(1))
        statuses = await review(store, "y", "n")
        assert "confirmed" in statuses[0] and "rejected" in statuses[1]
    with Store.open(db) as reopened:
        left = [r.ref for r in reopened.review_queue(1)]
        assert len(left) == total - 2 and first.ref not in left and second.ref not in left
        page = reopened.company(reopened.find_company("OpenAI").id)
        assert [r.review_status for r in page.rounds] == ["confirmed"]
        # The second fact in text order is the valuation: rejected, so the page no longer shows it.
        assert second.record_type == "metric" and all(m.metric != "valuation" for m in page.metrics)


async def test_decisions_survive_reimporting_a_corrected_version_of_the_source(db):
    with Store.open(db) as store:
        await review(store, "y", "n")
        corrected = openai_source()
        corrected = corrected.model_copy(update={"text": corrected.text + " Correction: titre modifié."})
        assert store.import_source(corrected).action == "replaced"
        assert store.import_source(corrected).action == "unchanged"
        page = store.company(store.find_company("OpenAI").id)
        assert [r.review_status for r in page.rounds] == ["confirmed"]
        assert all(m.metric != "valuation" for m in page.metrics)
        assert len(store.review_queue(1)) == len(openai_source().facts) - 2


async def test_undo_puts_back_the_last_decisions_one_at_a_time(db):
    with Store.open(db) as store:
        total = len(store.review_queue(1))
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            for key in ("y", "n"):
                await pilot.press(key)
                await settle(pilot)
            assert len(store.review_queue(1)) == total - 2
            await pilot.press("u")
            await settle(pilot)
            assert len(store.review_queue(1)) == total - 1
            assert shown(app, "#review-progress") == f"Fact 1 of {total - 1} to review"
            assert "730" in shown(app, "#review-fact"), "the undone fact (the valuation) is back on screen"
            await pilot.press("u")
            await settle(pilot)
            assert len(store.review_queue(1)) == total
            assert "$110B" in shown(app, "#review-fact")
            await pilot.press("u")
            await settle(pilot)
            assert "Nothing to undo" in str([n.message for n in app._notifications])


async def test_edit_form_refuses_bad_values_then_saves_and_undo_restores(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            while "investor   Amazon" not in shown(app, "#review-fact"):
                await pilot.press("down")
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, FactEditScreen)
            assert app.screen.query_one("#edit-amount", Input).value == "50B"
            app.screen.query_one("#edit-currency", Input).value = "DOLLARS"
            app.screen.query_one("#edit-amount", Input).value = "45B"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, FactEditScreen), "a refused value keeps the form open"
            assert (
                shown(app, "#edit-error") == "currency: 'DOLLARS' is not a currency code (e.g. USD, EUR, CHF)"
            )
            app.screen.query_one("#edit-currency", Input).value = "eur"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
            amazon = next(
                s for s in store.company(store.find_company("OpenAI").id).investors if s.investor == "Amazon"
            )
            assert (amazon.amount, amazon.currency, amazon.review_status) == (45e9, "EUR", "edited")
            await pilot.press("u")
            await settle(pilot)
            amazon = next(
                s for s in store.company(store.find_company("OpenAI").id).investors if s.investor == "Amazon"
            )
            assert (amazon.amount, amazon.currency, amazon.review_status) == (50e9, "USD", "extracted")


async def test_edit_form_refuses_a_date_the_calendar_does_not_have(db):
    with Store.open(db) as store:
        before = store.company(store.find_company("OpenAI").id)
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            date_input = app.screen.query_one("#edit-date", Input)
            date_input.value = ""
            date_input.focus()
            await type_text(pilot, "2025-13-45")
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, FactEditScreen), "an impossible date keeps the form open"
            assert shown(app, "#edit-error") == "date: '2025-13-45' is not a date (no such date)"
        assert store.company(before.company.id) == before


async def test_edit_form_refuses_a_currency_code_that_does_not_exist_and_saves_nothing(db):
    with Store.open(db) as store:
        before = store.company(store.find_company("OpenAI").id)
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 30)) as pilot:
            await settle(pilot)
            await edit_the_round(pilot, app)
            currency = app.screen.query_one("#edit-currency", Input)
            currency.value = ""
            currency.focus()
            await type_text(pilot, "XYZ")
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, FactEditScreen), "an unknown currency keeps the form open"
            assert shown(app, "#edit-error") == "currency: 'XYZ' is not a currency code (e.g. USD, EUR, CHF)"
        assert store.company(before.company.id) == before


async def test_escape_closes_the_edit_form_without_changes(db):
    with Store.open(db) as store:
        before = store.company(store.find_company("OpenAI").id)
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
        assert store.company(before.company.id) == before


def test_only_changed_fields_are_sent_and_amounts_read_like_people_write_them():
    initial = {
        "company": "OpenAI",
        "investor": "Amazon",
        "amount": "50B",
        "currency": "USD",
        "bound": "exact",
        "date": "",
    }
    assert build_edit(initial, dict(initial)) is None
    assert build_edit(initial, initial | {"amount": "1,7B", "date": "2026-03"}) == FactEdit(
        amount=1.7e9, date="2026-03"
    )
    assert (
        parse_amount("900M") == 900e6 and parse_amount("13 000 000 000") == 13e9 and parse_amount(" ") is None
    )
    with pytest.raises(FormError, match="^amount: write a number"):
        build_edit(initial, initial | {"amount": "lots"})
    assert build_edit(initial, initial | {"date": "27/02/2026"}) == FactEdit(date="2026-02-27")
    with pytest.raises(FormError, match="^date: '02/27/2026' is not DD/MM/YYYY"):
        build_edit(initial, initial | {"date": "02/27/2026"})
    with pytest.raises(FormError, match="^amount: must be a positive number"):
        build_edit(initial, initial | {"amount": "0"})


async def test_a_failing_decision_shows_an_error_and_the_screen_keeps_working(db, monkeypatch):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            monkeypatch.setattr(store, "review", lambda *a: (_ for _ in ()).throw(RuntimeError("locked")))
            await pilot.press("y")
            await settle(pilot)
            assert [str(e) for e in app.errors] == ["locked"]
            await pilot.press("escape")
            monkeypatch.undo()
            await pilot.press("y")
            await settle(pilot)
            assert "confirmed" in shown(app, "StatusBar")


async def test_hostile_names_and_sentences_show_literally_in_review(deals_store):
    hostile = next(s.id for s in deals_store.sources() if "Hostile" in s.title)
    app = ScreenHost(lambda: ReviewScreen(deals_store, hostile))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        card, sentence = shown(app, "#review-fact"), shown(app, "#review-sentence")
        assert "[red]X[/]" in card and "[@click=app.quit]Y[/]" in card
        assert "[red]X[/] lève 5 millions auprès de [@click=app.quit]Y[/]." in sentence
        assert "\x1b" not in app.screen.crumb and "␛[2J" in app.screen.crumb
        await pilot.press("down")
        assert "Evil␛]52;c;aGVsbG8=␇Corp\ufffd" in shown(app, "#review-fact")
        assert app.is_running


async def test_a_rejection_can_be_gone_back_on_from_a_later_review(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            rejected = app.screen.current.ref
            await pilot.press("n")
            await settle(pilot)
        assert rejected not in [record.ref for record in store.review_queue(1)]

        app = ScreenHost(lambda: ReviewScreen(store, 1))  # a new review: its undo stack is empty
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("a")
            await settle(pilot)
            screen = app.screen
            screen.index = [record.ref for record in screen.records].index(rejected)
            screen.show_current()
            assert shown(app, "#review-progress").endswith("· rejected")
            await pilot.press("y")
            await settle(pilot)
        status = {record.ref: record.review_status for record in store.review_queue(1, decided=True)}
        assert status[rejected] == "confirmed"


async def edit_company_of_first_fact(pilot, typed: str) -> None:
    """Open the form on the first fact, type `typed` as its company and save."""
    await pilot.press("enter")
    await settle(pilot)
    box = pilot.app.screen.query_one("#edit-company", Input)
    box.value = ""
    box.focus()
    await type_text(pilot, typed)
    await pilot.press("ctrl+s")
    await settle(pilot)


async def test_a_misspelt_company_in_the_edit_form_offers_the_closest_names_and_picking_one_uses_it(db):
    from ai_deals.tui.screens.fact_edit import UnknownNameScreen

    with Store.open(db) as store:
        record = store.review_queue(1)[0]
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await edit_company_of_first_fact(pilot, "Nvdia")
            assert isinstance(app.screen, UnknownNameScreen), "no company is called Nvdia: ask, never create"
            assert shown(app, "#unknown-question").startswith("No company is called “Nvdia”.")
            assert app.screen.choices[0] == "Nvidia"
            await pilot.press("enter")  # the closest name is highlighted first
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
        assert store.find_company("Nvdia", exact=True) is None
        edited = next(r for r in store.review_queue(1, decided=True) if r.ref == record.ref)
        assert (edited.company, edited.review_status) == ("Nvidia", "edited")


async def test_a_new_company_is_only_created_when_the_person_says_so(db):
    with Store.open(db) as store:
        record = store.review_queue(1)[0]
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await edit_company_of_first_fact(pilot, "Opnai")
            assert app.screen.choices[0] == "OpenAI"
            await pilot.press("escape")  # back to the form, the typed name kept
            await settle(pilot)
            assert isinstance(app.screen, FactEditScreen)
            assert app.screen.query_one("#edit-company", Input).value == "Opnai"
            assert store.find_company("Opnai", exact=True) is None
            await pilot.press("ctrl+s")
            await settle(pilot)
            await pilot.press("c")  # create a new company "Opnai"
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
        created = store.find_company("Opnai", exact=True)
        assert created is not None and created.id != store.find_company("OpenAI", exact=True).id
        edited = next(r for r in store.review_queue(1, decided=True) if r.ref == record.ref)
        assert edited.company == "Opnai"


async def test_a_known_name_or_alias_in_the_edit_form_saves_without_asking(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await edit_company_of_first_fact(pilot, "nvidia")
            assert isinstance(app.screen, ReviewScreen)
        assert store.review_queue(1, decided=True)[0].company == "Nvidia"


async def test_review_shows_a_deal_files_coded_round_type_as_show_prints_it(tmp_path):
    from factories import import_deal_file

    deals = tmp_path / "cb.csv"
    deals.write_text(
        "company_name,investor_name,raised_amount_usd,funded_at,funding_round_type\n"
        "Brisa AI,Vantor Capital,5000000,2024-01-02,series_a\n"
    )
    with Store.open(tmp_path / "d.db") as store:
        import_deal_file(store, deals)
        source_id = store.sources()[0].id
        app = ScreenHost(lambda: ReviewScreen(store, source_id))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            card = shown(app, "#review-fact")
            assert "Brisa AI" in card
            assert "Series A" in card and "series_a" not in card


async def test_undo_on_a_new_review_screen_undoes_the_last_decision_of_an_earlier_one(tmp_path):
    from ai_deals.tui.app import DealsApp

    from tui_data import build_store

    store = build_store(tmp_path / "deals.db")
    app = DealsApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_company(store.find_company("OpenAI").id, "OpenAI")
        await settle(pilot)
        before = len(store.review_queue())
        await pilot.press("r")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert len(store.review_queue()) == before - 1
        await pilot.press("escape", "r")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("u")
        await settle(pilot)
        assert len(store.review_queue()) == before
        assert "Nothing to undo" not in str([n.message for n in app._notifications])
    store.close()


async def edit_the_round(pilot, app) -> None:
    """Move the review to the seed's round fact and open its edit form."""
    while not shown(app, "#review-fact").startswith("fact       round"):
        await pilot.press("down")
    await pilot.press("enter")
    await settle(pilot)


async def save_round_investors(pilot, app, names: str) -> None:
    """Open the seed round's edit form, write `names` as its investors and save (ctrl+s): a name
    nobody is called opens "Did you mean" (`UnknownNameScreen`)."""
    from ai_deals.tui.screens.fact_edit import UnknownNameScreen

    await edit_the_round(pilot, app)
    app.screen.query_one("#edit-investors", Input).value = names
    await pilot.press("ctrl+s")
    await settle(pilot)
    assert isinstance(app.screen, UnknownNameScreen)


async def test_a_rounds_investors_and_type_are_editable_and_no_unusable_field_is_shown(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 30)) as pilot:
            await settle(pilot)
            await edit_the_round(pilot, app)
            form = app.screen
            assert isinstance(form, FactEditScreen)
            ids = [box.id for box in form.query(Input)]
            assert ids == [
                "edit-company",
                "edit-investors",
                "edit-round_type",
                "edit-amount",
                "edit-currency",
                "edit-bound",
                "edit-date",
                "edit-valuation",  # the valuation its source states with the round, and its basis
                "edit-basis",
            ]
            assert form.query_one("#edit-investors", Input).value == "Amazon, Nvidia, SoftBank"
            await pilot.press("tab")  # from the company, Tab reaches the investors
            assert app.focused.id == "edit-investors"
            app.focused.value = "Nvidia, Microsoft"
            form.query_one("#edit-round_type", Input).value = "Series B"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
            (round_,) = store.company(store.find_company("OpenAI").id).rounds
            assert (round_.investors, round_.round_type) == (["Nvidia", "Microsoft"], "Series B")
            await pilot.press("u")
            await settle(pilot)
        (round_,) = store.company(store.find_company("OpenAI").id).rounds
        assert round_.investors == ["Amazon", "Nvidia", "SoftBank"]


async def test_tab_to_a_rounds_investors_puts_the_cursor_after_them_so_a_name_typed_adds_to_them(db):
    """Tab selected the whole list: "Thrive" typed then replaced "Amazon, Nvidia, SoftBank"."""
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 30)) as pilot:
            await settle(pilot)
            await edit_the_round(pilot, app)
            await pilot.press("tab", *", Thrive")
            box = app.screen.query_one("#edit-investors", Input)
            assert box.value == "Amazon, Nvidia, SoftBank, Thrive"
            await pilot.press("tab")
            await pilot.press(*"Seed")
            assert app.screen.query_one("#edit-round_type", Input).value == "Seed", "one value: replaced"


async def test_a_stakes_form_shows_its_investor_and_round_type_and_no_other_round_fields(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 30)) as pilot:
            await settle(pilot)
            while "investor   Amazon" not in shown(app, "#review-fact"):
                await pilot.press("down")
            await pilot.press("enter")
            await settle(pilot)
            ids = [box.id for box in app.screen.query(Input)]
            assert "edit-investor" in ids and "edit-investors" not in ids and "edit-valuation" not in ids
            assert "edit-round_type" in ids  # the round a stake was taken in ("Series B"), since session 20
            assert all(not box.disabled for box in app.screen.query(Input))


async def test_a_misspelt_investor_in_a_rounds_list_is_asked_about_and_only_that_name_replaced(db):

    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 30)) as pilot:
            await settle(pilot)
            await save_round_investors(pilot, app, "Microsoft, Nvdia")
            assert shown(app, "#unknown-question").startswith("No investor is called “Nvdia”.")
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
        (round_,) = store.company(store.find_company("OpenAI").id).rounds
        assert round_.investors == ["Microsoft", "Nvidia"]
        assert store.find_company("Nvdia", exact=True) is None


async def test_undoing_an_edit_that_created_an_investor_removes_the_company_it_created(db):

    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 30)) as pilot:
            await settle(pilot)
            await save_round_investors(pilot, app, "Nvidia, Bpifranse")
            choices = app.screen.query_one("#unknown-choices")
            last = choices.get_option_at_index(choices.option_count - 1).prompt
            assert last.plain == "Create a new investor “Bpifranse” (c)", "worded for the field asked about"
            await pilot.press("c")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
            assert store.find_company("Bpifranse", exact=True) is not None
            await pilot.press("u")
            await settle(pilot)
            assert " · company “Bpifranse” removed · " in shown(app, "StatusBar")
        assert store.find_company("Bpifranse", exact=True) is None
        (round_,) = store.company(store.find_company("OpenAI").id).rounds
        assert round_.investors == ["Amazon", "Nvidia", "SoftBank"]


async def test_undoing_an_edit_to_a_new_spelling_of_a_known_company_leaves_the_database_as_before(db):
    def tables(store: Store) -> dict[str, list[tuple]]:
        # All but the search generation: a counter that every change of a name moves on.
        names = [n for (n,) in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            n: sorted(map(tuple, store.db.execute(f"SELECT * FROM [{n}]")), key=repr)
            for n in names
            if n != "_search_state"
        }

    with Store.open(db) as store:
        before = tables(store)
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await edit_company_of_first_fact(pilot, "OPENAI Inc.")  # OpenAI's key: saved without asking
            assert isinstance(app.screen, ReviewScreen)
            assert store.find_company("OPENAI Inc.", exact=True).name == "OpenAI"
            assert ("OPENAI Inc.",) in store.db.execute("SELECT alias FROM aliases").fetchall()
            await pilot.press("u")
            await settle(pilot)
            assert "Undone: edited" in shown(app, "StatusBar")
        assert tables(store) == before


@pytest.fixture
def big_file_db(tmp_path: Path) -> Path:
    """A database holding one deal file of 300 investments: one source with 300 facts to review."""
    from factories import import_deal_file

    path = tmp_path / "deals.csv"
    rows = [f"Company {i},Fund {i},investment,{1000 + i},USD,exact,2020-01-01" for i in range(300)]
    path.write_text("company,investor,kind,amount,currency,bound,date\n" + "\n".join(rows) + "\n")
    with Store.open(tmp_path / "big.db") as store:
        import_deal_file(store, path)
    return tmp_path / "big.db"


async def test_a_decision_reads_only_the_facts_around_the_one_shown_not_the_whole_source(
    big_file_db, monkeypatch
):
    """A 100k-fact deal file took ~8 s to open and ~8 s a decision: every fact was read each time."""
    with Store.open(big_file_db) as store:
        read: list[int] = []
        review_records = store.review_records
        monkeypatch.setattr(
            store, "review_records", lambda refs: read.append(len(refs)) or review_records(refs)
        )
        monkeypatch.setattr(store, "review_queue", lambda *a, **k: pytest.fail("the whole queue was read"))
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert shown(app, "#review-progress") == "Fact 1 of 300 to review"
            first = app.screen.current.ref
            await pilot.press("y")
            await settle(pilot)
            assert shown(app, "#review-progress") == "Fact 1 of 299 to review"
            assert app.screen.current.ref != first and "stake confirmed" in shown(app, "StatusBar")
            await pilot.press("up")  # round to the last fact, not read yet
            await settle(pilot)
            assert shown(app, "#review-progress") == "Fact 299 of 299 to review"
            assert "Company 299" in shown(app, "#review-fact")
        assert sum(read) <= 2 * 50, read
        assert store.review_order(1).keys[0] != ("stake", first.record_id)


async def test_a_key_pressed_while_a_decision_is_saved_is_refused_visibly(db, monkeypatch):
    """The second `y` used to be dropped silently while the first was written (the old fact on screen)."""
    import threading

    with Store.open(db) as store:
        release = threading.Event()
        review_fact = store.review
        monkeypatch.setattr(
            store, "review", lambda ref, status: release.wait(10) and review_fact(ref, status)
        )
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            total = len(app.screen.keys)
            await pilot.press("y")
            assert shown(app, "StatusBar").startswith("Saving: round confirmed…")
            await pilot.press("y")
            assert "that key was not taken" in shown(app, "StatusBar")
            release.set()
            await settle(pilot)
            assert len(app.screen.keys) == total - 1
            assert "round confirmed" in shown(app, "StatusBar")
        statuses = [r.review_status for r in store.review_queue(1, decided=True)]
        assert statuses.count("confirmed") == 1


def involves(record, company: str) -> bool:
    """Whether the company is a party of the record (its company, investor, partner, acquirer…)."""
    parties = [getattr(record, field, None) for field in ("company", "investor", "partner", "acquirer")]
    parties += [getattr(record, "counterpart", None), *getattr(record, "investors", [])]
    return company in parties


async def test_r_on_a_company_page_reviews_that_companys_facts_across_its_sources(tmp_path):
    from ai_deals.tui.app import DealsApp
    from ai_deals.tui.screens.company import CompanyScreen

    from tui_data import build_store

    store = build_store(tmp_path / "deals.db")
    mistral = store.find_company("Mistral AI")
    mine = store.review_queue(company_id=mistral.id)
    assert mine and all(involves(record, "Mistral AI") for record in mine)
    assert len({record.source_id for record in store.review_queue()}) > 1
    app = DealsApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_company(mistral.id, "Mistral AI")
        await settle(pilot)
        assert isinstance(app.screen, CompanyScreen)
        app.screen.query_one("#page").action_first()
        await pilot.press("r")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert screen.crumb == "Review · Mistral AI"
        assert {key for key in screen.keys} == {(r.record_type, r.id) for r in mine}
        for _ in range(len(screen.keys)):
            assert involves(screen.current, "Mistral AI")
            await pilot.press("y")
            await settle(pilot)
        assert shown(app, "#review-progress") == "Nothing left to review here."
    assert store.review_queue(company_id=mistral.id) == []
    assert store.review_queue(), "other companies' facts are left to review"
    store.close()


async def test_u_names_the_decision_it_undoes(db):
    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            from ai_deals.tui.screens.review import fact_label

            label = fact_label(app.screen.current)
            assert label.startswith(app.screen.current.record_type + " ")
            await pilot.press("y")
            await settle(pilot)
            await pilot.press("u")
            await settle(pilot)
            assert shown(app, "StatusBar").startswith(f"Undone: confirmed {label} · ")


async def test_tab_typed_in_one_burst_with_text_moves_to_the_next_field_between_the_letters(db):
    """A terminal hands the app keys typed fast (or pasted, or sent by tmux) all at once, and the app
    handed each to the field focused when it read it: "ab⇥c⇥d" gave "abcd" to the first field, Tab
    moving the focus only after every letter had gone there."""
    from textual import events

    with Store.open(db) as store:
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 30)) as pilot:
            await settle(pilot)
            await edit_the_round(pilot, app)
            form = app.screen
            assert isinstance(form, FactEditScreen) and app.focused.id == "edit-company"
            for key in ("a", "b", "tab", "c", "tab", "d", "shift+tab", "e"):
                character = {"tab": "\t", "shift+tab": None}.get(key, key)
                app.post_message(events.Key(key, character))  # in one go, as a terminal reads a burst
            await settle(pilot)
            values = {box.id: box.value for box in form.query(Input)}
            # A field gets its text selected when Tab reaches it, so typing replaces it; but the
            # investors (a list) keep theirs, the cursor after it, so typing adds to them.
            assert (values["edit-company"], values["edit-investors"], values["edit-round_type"]) == (
                "ab",
                "Amazon, Nvidia, SoftBankce",
                "d",
            )
            assert app.focused.id == "edit-investors"


async def test_keys_typed_in_the_burst_that_opens_the_edit_form_reach_its_fields(db):
    """Enter and the first letters in one burst: the letters were handed to the review screen below
    before the form was there, and dropped. The app now holds them until the form's first field has
    the focus."""
    from textual import events

    from ai_deals.tui.app import DealsApp

    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(80, 30)) as pilot:
            await settle(pilot)
            app.push_screen(ReviewScreen(store, 1))
            await settle(pilot)
            assert shown(app, "#review-fact").startswith("fact       round")
            for key in ("enter", "a", "b", "tab", "c"):
                app.post_message(events.Key(key, {"enter": "\r", "tab": "\t"}.get(key, key)))
            await settle(pilot)
            form = app.screen
            assert isinstance(form, FactEditScreen)
            values = {box.id: box.value for box in form.query(Input)}
            assert (values["edit-company"], values["edit-investors"]) == ("ab", "Amazon, Nvidia, SoftBankc")
            assert app.focused.id == "edit-investors"


async def test_the_footer_under_the_edit_form_shows_the_forms_keys_not_confirm_and_reject(db):
    """The review's footer stayed in view under the form, offering y Confirm and n Reject, keys the
    form does not take (they type into its fields)."""
    from textual.widgets import Footer

    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            app.push_screen(ReviewScreen(store, 1))
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, FactEditScreen)
            bottom, _ = app.screen.get_widget_at(10, 23)  # what the bottom line shows
            assert any(isinstance(widget, Footer) for widget in (bottom, *bottom.ancestors))
            assert bottom.screen is app.screen, "the review's footer, under the form"
            keys = [key.description for key in app.screen.query_one(Footer).query("FooterKey")]
            assert "Save" in keys and "Cancel" in keys
            assert "Confirm" not in keys and "Reject" not in keys


async def test_the_did_you_mean_list_shows_its_own_keys_and_the_status_above_the_form_names_the_forms(db):
    """Under the suggestions the footer read "esc Cancel ^s Save" (ctrl+s did nothing there), and
    above the form the status line read "y confirm · n reject · enter edit"."""
    from textual.widgets import Footer

    from ai_deals.tui.screens.fact_edit import UnknownNameScreen

    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(80, 30)) as pilot:
            await settle(pilot)
            app.push_screen(ReviewScreen(store, 1))
            await settle(pilot)
            review_screen = app.screen
            await edit_the_round(pilot, app)
            assert isinstance(app.screen, FactEditScreen)
            above = review_screen.query_one("StatusBar").render().plain
            assert "y confirm" not in above and "ctrl+s saves · esc cancels" in above
            box = app.screen.query_one("#edit-investors", Input)
            box.value = "Amazn, Nvidia, SoftBank"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, UnknownNameScreen)
            bottom, _ = app.screen.get_widget_at(10, 29)  # what the bottom line shows
            assert any(isinstance(widget, Footer) for widget in (bottom, *bottom.ancestors))
            assert bottom.screen is app.screen, "the list's footer, not the form's"
            keys = [
                (key.key_display, key.description) for key in app.screen.query_one(Footer).query("FooterKey")
            ]
            assert keys[:3] == [("⏎", "Use"), ("c", "Create"), ("esc", "Back")]
            assert not {"Save", "Cancel"} & {description for _, description in keys}
            assert app.screen.choices[0] == "Amazon"
            await pilot.press("enter")  # the closest name, highlighted first
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
        round_ = store.company(store.find_company("OpenAI").id).rounds[0]
        assert round_.investors == ["Amazon", "Nvidia", "SoftBank"]


async def test_the_status_line_names_the_suggestion_lists_keys_while_it_is_open_and_the_forms_after(db):
    """With "Did you mean" open the status line above still read "ctrl+s saves · esc cancels" (there
    esc goes back to the form and ctrl+s does nothing)."""

    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            app.push_screen(ReviewScreen(store, 1))
            await settle(pilot)
            review_screen = app.screen
            await save_round_investors(pilot, app, "Amazn, Nvidia, SoftBank")
            above = review_screen.query_one("StatusBar").render().plain
            assert "ctrl+s" not in above and "enter uses it" in above and "esc: form" in above
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, FactEditScreen)
            assert "ctrl+s saves · esc cancels" in review_screen.query_one("StatusBar").render().plain


async def test_a_long_source_title_in_the_review_trail_uses_the_whole_line(tmp_path):
    """At 80 columns the trail read "… › Review · Warehouse robot maker Lumora raises $22…": the title
    was cut at 40 characters with half the line left empty."""
    from ai_deals.tui.widgets.breadcrumbs import Breadcrumbs

    title = "Warehouse robot maker Lumora raises $22 million in a Series A led by Partech and others"
    path = tmp_path / "review.db"
    with Store.open(path) as store:
        store.import_source(openai_source().model_copy(update={"title": title}))
        app = DealsApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            app.open_source(1)
            await settle(pilot)
            await pilot.press("r")
            await settle(pilot)
            assert isinstance(app.screen, ReviewScreen)
            breadcrumbs = app.screen.query_one(Breadcrumbs)
            trail = breadcrumbs.render().plain
            assert len(trail) == breadcrumbs.size.width > 75 and trail.endswith("…"), trail
            assert "Review · Warehouse robot maker Lumora raises $22 million in a" in trail


async def test_the_name_pickers_hint_is_whole_at_80_columns(db):
    """At 80 columns the hint was cut: `…c creates it · esc back to the fo…`."""
    with Store.open(db) as store:
        app = DealsApp(store)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            app.push_screen(ReviewScreen(store, 1))
            await settle(pilot)
            review_screen = app.screen
            await save_round_investors(pilot, app, "Amazn, Nvidia, SoftBank")
            above = review_screen.query_one("StatusBar").render().plain.strip()
            assert above.startswith("Naming the investor: ↑/↓") and above.endswith("esc: form"), above
            assert "…" not in above


async def test_the_review_header_counts_thousands_with_separators_as_the_status_line(tmp_path):
    """`Fact 1 of 1085893 to review` above `1,085,893 facts left` on a big database."""
    from factories import import_deal_file

    path = tmp_path / "deals.csv"
    rows = [f"Company {i},Fund {i},investment,{1000 + i},USD,exact,2020-01-01" for i in range(1200)]
    path.write_text("company,investor,kind,amount,currency,bound,date\n" + "\n".join(rows) + "\n")
    with Store.open(tmp_path / "many.db") as store:
        import_deal_file(store, path)
        app = ScreenHost(lambda: ReviewScreen(store, 1))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert shown(app, "#review-progress") == "Fact 1 of 1,200 to review"
            assert "1,200 facts left" in shown(app, "StatusBar")
            await pilot.press("up")  # round to the last fact
            await settle(pilot)
            assert shown(app, "#review-progress") == "Fact 1,200 of 1,200 to review"
