"""Human forms of amounts and bounds, shared by the CLI tables, the TUI and Markdown exports."""

from __future__ import annotations

CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CHF": "CHF ", "CNY": "CN¥"}
BOUND_SIGNS = {"exact": "", "approx": "~", "minimum": "≥", "maximum": "≤", "range": ""}
_SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k"))


def short_number(value: float) -> str:
    """110000000000 -> '110B', 84700000000 -> '84.7B', 900000000 -> '900M'."""
    for scale, suffix in _SCALES:
        if abs(value) >= scale:
            return f"{value / scale:.3g}{suffix}" if value / scale < 1000 else f"{value / scale:,.0f}{suffix}"
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"


def format_amount(
    amount: float | None,
    currency: str | None = None,
    bound: str | None = None,
    amount_max: float | None = None,
    unit: str | None = None,
) -> str:
    """'≥ $13B', '~CHF 84.7B', '$10B–30B', '900M users'; '' when there is no amount."""
    if amount is None:
        return ""
    sign = CURRENCY_SIGNS.get(currency or "", f"{currency} " if currency else "")
    text = f"{sign}{short_number(amount)}"
    if amount_max is not None and amount_max != amount:
        text += f"–{short_number(amount_max)}"
    if unit and not currency:
        text += f" {unit}"
    prefix = BOUND_SIGNS.get(bound or "exact", "")
    return f"{prefix}{text}" if prefix else text


def backed(count: int) -> str:
    """'backed 1 company', 'backed 3 companies': an investor's distinct portfolio companies."""
    return f"backed {count} compan{'y' if count == 1 else 'ies'}"
