"""A stake bought from its holders (round type "Stake purchase", or a secondary) is titled as the purchase
it is, as a stake sold is ("SoftBank sells its stake in Nvidia ($5.83B)"): "SoftBank buys a 4% stake in
Cohere (~$280M)", not "SoftBank invests ~$280M (4%) in Cohere (Stake purchase)", in the CLI timeline and
the explorer's (they share titles)."""

from __future__ import annotations

from cli_helpers import import_deals, run_ok

from ai_deals.store import Store
from ai_deals.store.models import Stake
from ai_deals.store.timeline import title_for

DEALS = (
    "company,investor,kind,amount,currency,bound,percentage,date,round_type,status\n"
    "Cohere,SoftBank,investment,280000000,USD,approx,4,2025-03-12,Stake purchase,completed\n"
    "Mistral AI,Bpifrance,investment,120000000,EUR,,8,2025-04-02,Secondary,in_talks\n"
    "Helsing,Lightspeed,investment,,,,,2025-05-20,Stake purchase,\n"
    "Wayve,Microsoft,investment,50000000,USD,,2,2025-06-01,Series C,\n"
)


def _titles(capsys, tmp_path, monkeypatch) -> tuple[str, list[str]]:
    monkeypatch.setenv("COLUMNS", "200")
    db = import_deals(capsys, tmp_path, DEALS)
    with Store.open(db) as store:
        titles = [event.title for event in store.timeline()]
    return run_ok(capsys, db, "timeline"), titles


def test_a_stake_purchase_is_titled_as_a_purchase_on_the_timeline(capsys, tmp_path, monkeypatch):
    cli, explorer = _titles(capsys, tmp_path, monkeypatch)
    bought = "SoftBank buys a 4% stake in Cohere (~$280M)"
    assert bought in explorer
    assert bought in cli
    assert "SoftBank invests" not in cli and "(Stake purchase)" not in cli


def test_a_secondary_in_talks_and_a_purchase_of_no_figure_are_titled_as_purchases(
    capsys, tmp_path, monkeypatch
):
    _, explorer = _titles(capsys, tmp_path, monkeypatch)
    assert "Bpifrance buys an 8% stake in Mistral AI (€120M, in talks)" in explorer
    # "Lightspeed" in a deal file is the knowledge file's Lightspeed Venture Partners (fixA27).
    assert "Lightspeed Venture Partners buys a stake in Helsing" in explorer


def test_money_put_into_a_round_still_invests(capsys, tmp_path, monkeypatch):
    _, explorer = _titles(capsys, tmp_path, monkeypatch)
    assert "Microsoft invests $50M (2%) in Wayve (Series C)" in explorer


def test_a_share_said_with_a_vowel_takes_an():
    def title(percentage: float | None, bound: str | None = None, round_type: str = "Stake purchase") -> str:
        stake = Stake(
            id=1,
            company_id=1,
            company="Cohere",
            investor_id=1,
            investor_company_id=2,
            investor="SoftBank",
            percentage=percentage,
            percentage_bound=bound,
            round_type=round_type,
        )
        return title_for(stake)[0]

    assert title(11) == "SoftBank buys an 11% stake in Cohere"
    assert title(80) == "SoftBank buys an 80% stake in Cohere"
    assert title(1) == "SoftBank buys a 1% stake in Cohere"
    assert title(110 / 10) == "SoftBank buys an 11% stake in Cohere"
    assert title(8, "approx") == "SoftBank buys a ~8% stake in Cohere"
    assert title(8, round_type="Stake held") == "SoftBank holds an 8% stake in Cohere"
