"""A company page open while another shell runs `ai-deals merge` or `unmerge` on its company is read
again when it comes back into view, in a terminal that sends no focus event too."""

from __future__ import annotations

from ai_deals.store import Store
from ai_deals.tui.screens.company import CompanyScreen
from ai_deals.tui.widgets.virtual_list import VirtualList

from tui_helpers import settle


def targets(app) -> set[str]:
    """The companies the page's rows name."""
    return {row.target_name for row in app.screen.query_one("#page", VirtualList).rows if row.target_name}


async def away_and_back(pilot) -> None:
    """`t` (the company's timeline), then Esc back to the page: no focus event."""
    await pilot.press("t")
    await settle(pilot)
    assert not isinstance(pilot.app.screen, CompanyScreen)
    await pilot.press("escape")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CompanyScreen)


async def test_a_page_is_read_again_after_a_merge_and_an_unmerge_from_another_shell(app, deals_store):
    openai = deals_store.find_company("OpenAI").id
    mistral = deals_store.find_company("Mistral AI").id
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_company(openai, "OpenAI")
        await settle(pilot)
        assert "ASML" not in targets(app)
        with Store.open(deals_store.path) as shell:  # `ai-deals merge OpenAI "Mistral AI"`
            merge_id = shell.merge_companies(openai, mistral)
        await away_and_back(pilot)
        assert "ASML" in targets(app), "the merged company's rounds are on the page"
        with Store.open(deals_store.path) as shell:  # `ai-deals unmerge N`
            shell.undo_merge(merge_id)
        await away_and_back(pilot)
        assert "ASML" not in targets(app), "the unmerged company's rounds left the page"


async def test_undoing_a_merge_another_shell_split_apart_says_so_and_makes_no_second_company(
    app, deals_store
):
    from ai_deals.tui.screens.merge import MergeMade

    openai = deals_store.find_company("OpenAI").id
    mistral = deals_store.find_company("Mistral AI").id
    async with app.run_test(size=(100, 30)) as pilot:
        merge_id = deals_store.merge_companies(openai, mistral)  # `M` in this explorer
        app.merge_history.append(MergeMade(merge_id, "Mistral AI", "OpenAI"))
        with Store.open(deals_store.path) as shell:  # `ai-deals split OpenAI "Mistral AI"`
            shell.split_company(openai, "Mistral AI")
        app.action_undo_merge()  # `u`, or the palette's "merge: Undo last"
        await app.workers.wait_for_complete()
        await settle(pilot)
        notes = [note.message for note in app._notifications]
        assert notes[-1] == "Not undone: “Mistral AI” was already separated from “OpenAI” by a split."
        rows = deals_store.db.execute("SELECT count(*) FROM companies WHERE name = 'Mistral AI'")
        assert rows.fetchone()[0] == 1


async def test_undoing_a_merge_another_shell_unmerged_says_so_in_the_status_and_reads_the_page_again(
    app, deals_store
):
    from ai_deals.tui.screens.error import ErrorScreen
    from ai_deals.tui.screens.merge import MergeMade

    openai = deals_store.find_company("OpenAI").id
    mistral = deals_store.find_company("Mistral AI").id
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_company(openai, "OpenAI")
        await settle(pilot)
        merge_id = deals_store.merge_companies(openai, mistral)  # `M` in this explorer
        app.merge_history.append(MergeMade(merge_id, "Mistral AI", "OpenAI"))
        await away_and_back(pilot)
        assert "ASML" in targets(app), "the merged company's rounds are on the page"
        with Store.open(deals_store.path) as shell:  # `ai-deals unmerge N`
            shell.undo_merge(merge_id)
        await pilot.press("u")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert not isinstance(app.screen, ErrorScreen), "an expected situation, not an error box"
        notes = [note.message for note in app._notifications]
        assert notes[-1].startswith(f"Not undone: merge {merge_id} was already undone (")
        assert notes[-1].endswith(", from another shell.")
        assert isinstance(app.screen, CompanyScreen)
        assert "ASML" not in targets(app), "the page shows the company as the other shell left it"
