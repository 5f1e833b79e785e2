"""mend28b: a partnership's partner can never be its own company."""

from __future__ import annotations

import pytest

from ai_deals.store.errors import StoreError
from ai_deals.store.review import FactEdit


def test_a_partnerships_own_company_is_refused_as_its_partner(sample_store):
    deal = sample_store.company(sample_store.find_company("Microsoft").id).partnerships[0]
    own = deal.company
    with pytest.raises(StoreError, match="own company"):
        sample_store.edit_fact(deal.ref, FactEdit(partner=own))
