"""Names of figures (metrics) the store reads without pydantic: kept free of imports, as the command line's
start-up reads them (store/formatting.py) before any model is needed."""

from __future__ import annotations

FUND_CLOSED = "fund_closed"
"""The metric of a fund an investor closed ("closed its third fund, Éclair Fund III, at €300 million", « a bouclé
son troisième fonds de 300 millions d'euros »): its size, the fund's name its description. Money the fund's own
backers committed: never money raised by a company nor a round (store/money_raised.py)."""
