"""A story correcting itself in a closing sentence ("(Correction: An earlier version of this story said …)",
« Rectificatif : une version précédente de cette dépêche indiquait … ») withdraws what it says the earlier
version said, as a correction story does: its wrong lead backs no round, its sentence is no round's evidence
(qa31: Gladia's seed gained the lead the rectificatif withdrew)."""

from __future__ import annotations

from extract_helpers import facts_of, of_kind

GLADIA = (
    "Gladia, une start-up parisienne, a annoncé mercredi une levée de 16 millions de dollars en série A menée par "
    "XAnge.\n\n"
    "Gladia avait levé 4,5 millions de dollars en amorçage en 2023, lors d'un tour mené par Sound Ventures.\n\n"
    "Rectificatif : une version précédente de cette dépêche indiquait que la levée s'élevait à 18 millions "
    "d'euros et qu'elle était menée par Illuminate Financial. Elle s'élève à 16 millions de dollars et est menée "
    "par XAnge."
)
HEBBIA = (
    "Hebbia said on Monday it had raised $130 million in a Series B round led by Andreessen Horowitz.\n\n"
    "Hebbia previously raised a $30 million Series A led by Index Ventures in September 2023.\n\n"
    "(Correction: An earlier version of this story said the Series B totalled $150 million and was led by Index "
    "Ventures. The round was $130 million and was led by Andreessen Horowitz.)"
)


def _leads(facts) -> dict[str | None, list[str]]:
    return {fact.round_type: fact.lead_investors for fact in of_kind(facts, "round")}


def test_a_lead_a_closing_rectificatif_withdraws_backs_no_round():
    facts = facts_of(GLADIA, "fr", published="2024-10-09")
    assert _leads(facts) == {"Series A": ["XAnge"], "Seed": ["Sound Ventures"]}
    assert [fact.amount for fact in of_kind(facts, "round")] == [16e6, 4.5e6]


def test_a_closing_correction_is_no_evidence_of_an_earlier_round():
    facts = facts_of(HEBBIA, published="2024-07-08")
    assert _leads(facts) == {"Series B": ["Andreessen Horowitz"], "Series A": ["Index Ventures"]}
    for fact in of_kind(facts, "round"):
        told = [fact.sentence, *(more.sentence for more in fact.more_evidence)]
        assert not any("earlier version" in sentence for sentence in told), (fact.round_type, told)
