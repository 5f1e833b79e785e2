"""The edit form says why it refuses a value, and never changes what the form did not show: a
currency sign disagreeing with the currency field, an emptied field, a 0% share. A round or
valuation row with nothing after its "✎ edited" mark does not end in a dangling dot."""

from __future__ import annotations

import pytest

from ai_deals.store.models import Metric, Round
from ai_deals.store.review import FactEdit
from ai_deals.tui.screens.company_rows import round_row, valuation_row
from ai_deals.tui.screens.fact_edit import FormError, build_edit

MONEY = {"company": "Kestrel", "amount": "42M", "currency": "USD"}
SHARE = {"company": "Kestrel", "percentage": "31%"}


def test_a_currency_sign_disagreeing_with_the_untouched_currency_field_is_refused():
    with pytest.raises(FormError, match=r"^amount: €43M is in EUR but the currency field says USD"):
        build_edit(MONEY, MONEY | {"amount": "€43M"})
    assert build_edit(MONEY, MONEY | {"amount": "€43M", "currency": "EUR"}) == FactEdit(
        amount=43e6, currency="EUR"
    )
    assert build_edit(MONEY, MONEY | {"amount": "$43M"}) == FactEdit(amount=43e6)
    no_currency = {"company": "Kestrel", "amount": "42M", "currency": ""}
    assert build_edit(no_currency, no_currency | {"amount": "€43M"}) == FactEdit(amount=43e6, currency="EUR")


def test_an_emptied_field_is_refused_with_a_reason_never_nothing_changed():
    with pytest.raises(
        FormError, match=r"^share: can't be left empty; write a value, or press Escape to keep 31%$"
    ):
        build_edit(SHARE, SHARE | {"percentage": ""})
    with pytest.raises(FormError, match=r"^amount: can't be left empty"):
        build_edit(MONEY, MONEY | {"amount": "  "})


def test_a_zero_share_is_refused_saying_a_share_must_be_more_than_zero():
    with pytest.raises(FormError, match=r"^share: 0% is not a share: a share must be more than 0%$"):
        build_edit(SHARE, SHARE | {"percentage": "0%"})


def test_a_refused_basis_does_not_repeat_the_field_name():
    initial = {"company": "Kestrel", "basis": "post-money"}
    with pytest.raises(FormError) as refused:
        build_edit(initial, initial | {"basis": "sideways"})
    assert str(refused.value) == "basis: must be pre-money, post-money or unstated"


def _text(row) -> str:
    return "".join(piece[0] for piece in row.pieces).rstrip()


def test_an_edited_row_with_nothing_after_its_mark_ends_without_a_dot():
    edited_round = Round(
        id=1,
        company_id=1,
        company="Kestrel",
        round_type="series_b",
        amount=42e6,
        currency="USD",
        date="2021",
        review_status="edited",
    )
    assert _text(round_row(edited_round)).endswith("✎ edited")
    with_investors = edited_round.model_copy(update={"investors": ["Balderton Capital"]})
    assert _text(round_row(with_investors)).endswith("✎ edited · Balderton Capital")
    valuation = Metric(
        id=2,
        company_id=1,
        company="Kestrel",
        metric="valuation",
        value=210e6,
        currency="USD",
        date="2021",
        review_status="edited",
    )
    assert _text(valuation_row(valuation)).endswith("✎ edited")
