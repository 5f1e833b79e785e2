"""Spreadsheet and JSON cell values to clean Python values, each refusal a one-line `ValueError`.

Cells are hostile: "NaN", "inf", "1e309", "-5", full-width digits, every thousands separator.
An amount is either a finite positive number no larger than `MAX_AMOUNT`, or no amount at all.
"""

from __future__ import annotations

import html
import json
import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import cache
from html.entities import html5
from importlib import resources

from .controls import without_controls
from .reading import DateOrder, normalise_date
from .unnamed_backers import names_no_backer

# 1e15 of any currency is a thousand times the world's yearly GDP in dollars: beyond is a typo or an attack.
MAX_AMOUNT = 1e15
_MAX_AMOUNT_SHOWN = "1e15"
_MAX_AMOUNT_DECIMAL = Decimal(str(MAX_AMOUNT))  # made once: an amount is compared with it on every row
MAX_NAME_LENGTH = 300
# Cells that mean "not stated"; zero amounts are read the same way (exports write 0 for undisclosed).
# "n.a.", "n.d." and "n.c." (non communiqué) as spreadsheets in English and French write them; "#N/A"
# as Excel does.
_MISSING = frozenset(
    ("", "-", "--", "—", "–", "n/a", "na", "n.a.", "n.a", "#n/a", "n/d", "nd", "n.d.", "n.d", "nc", "n.c.",
     "none", "null", "nil", "undisclosed", "unknown", "?")
)  # fmt: skip
_MISSING_DATES = frozenset(("nat",))  # pandas' missing date; in a name column it could be a name
MISSING_WORDS = _MISSING  # none has a space inside (structured._CellReader relies on it)
_NOT_NUMBERS = frozenset(("nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"))
_SCALES = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mio": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "md": 1e9,
    "mrd": 1e9,
    "million": 1e6,
    "millions": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "t": 1e12,  # as the explorer shows a trillion ("$1.2T"), so the review form reads its own display
    "tn": 1e12,
    "trillion": 1e12,
    "trillions": 1e12,
    "milliard": 1e9,
    "milliards": 1e9,
}
_CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "fr.": "CHF", "sfr": "CHF"}
# A currency as French writes it after a scale word ("5 millions d'euros", "2 milliards de dollars"),
# as articles read it: only there, never before the number or after a bare one.
_CURRENCY_AFTER_SCALE = {
    "d'euros": "EUR",
    "d’euros": "EUR",
    "de dollars": "USD",
    "euros": "EUR",
    "dollars": "USD",
}
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)(?:e([+-]?\d{1,6}))?", re.IGNORECASE)
_SEPARATORS = re.compile(r"(?<=\d)[ _'’](?=\d)")  # NFKC already turned no-break and thin spaces into " ".
# The suffix is a scale word or currency, or a scale word then a currency ("1,5 million EUR",
# "5 millions de dollars"); a minus may come before the currency sign ("-$5M").
# The lookarounds only skip attempts that cannot match, which a text with no number (a long run of letters) made
# at every length of its prefix, from every start: a number's character must be ahead, and a search does not start
# again inside a run of prefix letters (every match from there was already found from the run's first letter).
_AMOUNT = re.compile(
    r"(?:(?<![^\d\s.,+-])|(?=-))(?=[^\d.,' _’]*+[\d.,' _’])"
    r"(-\s*)?([^\d\s.,+-]*)\s*([+-]?[\d.,' _’]+(?:e[+-]?\d+)?)\s*([^\d\s]*(?:\s+[^\d\s]+){0,2})",
    re.IGNORECASE,
)


class NotAnAmountError(ValueError):
    """A value that is no amount in any spelling ("lots", "ABC 5"), as opposed to one read and refused
    (negative, ambiguous, too large): a form can answer it with examples of what it reads."""


def is_missing(value: object) -> bool:
    """Whether a cell states nothing: None, blank, or a conventional "n/a"."""
    return value is None or (isinstance(value, str) and value.strip().lower() in _MISSING)


def clean_text(value: object) -> str | None:
    """A text cell on one line, None when blank; over-long names are refused."""
    text = _one_line(value)
    if text is not None and len(text) > MAX_NAME_LENGTH:
        raise ValueError(f"longer than {MAX_NAME_LENGTH} characters")
    return text


def _one_line(value: object) -> str | None:
    """A text cell's words joined by single spaces, None when blank, whatever its length."""
    if is_missing(value):
        return None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise ValueError(f"expected text, got {type(value).__name__}")
    return " ".join(str(value).split())


def parse_amount(value: object, *, decimal_comma: bool = False) -> tuple[float | None, str | None]:
    """An amount cell as (amount in units, currency stated in the cell or None).

    Accepts "1234567", "1,234,567", "1'234'567", "1 234 567", "1_000_000", "９００", "1.5", "1,5M",
    "2.5bn", "$4B", "600 M€", "1,5 million", "2 milliards EUR", "1.2T", "1.234.567,5". Zero and "n/a"
    are no amount; NaN, infinities, negatives ("-$5M"), two currencies ("$5M EUR"), amounts above
    `MAX_AMOUNT` and, unless `decimal_comma`, a decimal comma with no scale word ("1,5": 1.5 or 15?)
    or one mark before three digits with none ("1.500", "12,345": thousands or decimals?) raise
    ValueError (`NotAnAmountError` for a value no spelling reads: "lots").
    """
    amount, currency, _ = _amount_currency_scale(value, decimal_comma=decimal_comma)
    return amount, currency


def _amount_currency_scale(
    value: object, *, decimal_comma: bool = False
) -> tuple[float | None, str | None, float]:
    """`parse_amount`'s amount and currency, with the scale the cell writes (1.0 when it writes none:
    "45M" is 1e6, "45" 1.0)."""
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 16:
        # The common case, without the general parse: a whole number under 10**16 is exact as an int,
        # and rounds to the float its Decimal would; one over the limit is refused as any other is.
        whole = int(value)
        if whole > MAX_AMOUNT:
            return _checked_amount(Decimal(value), value), None, 1.0
        return (float(whole) if whole else None), None, 1.0
    if is_missing(value):
        return None, None, 1.0
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(f"expected a number, got {_json_shown(value)}")
    if isinstance(value, int | float):
        return _checked_amount(Decimal(repr(value)) if math.isfinite(value) else None, str(value)), None, 1.0
    return _parse_amount_text(value, decimal_comma=decimal_comma)


def _parse_amount_text(value: str, *, decimal_comma: bool = False) -> tuple[float | None, str | None, float]:
    """An amount written as text, with its currency sign or code if any and the scale it writes."""
    text = unicodedata.normalize("NFKC", value).strip().replace("\u2212", "-")  # U+2212 is a minus sign.
    if text.lower() in _NOT_NUMBERS:
        raise ValueError(f"{_shown(value)} is not a number")
    match = _AMOUNT.fullmatch(text) if len(text) <= 60 else None
    if match is None:
        raise NotAnAmountError(f"{_shown(value)} is not an amount")
    sign, prefix, number, suffix = match[1], match[2].lower(), match[3], match[4].lower()
    scale, currency = _scale_and_currency(prefix, suffix, value)
    if sign and number.lstrip().startswith(("-", "+")):
        raise NotAnAmountError(f"{_shown(value)} is not an amount")  # "-$-5", "-+5"
    if sign or number.startswith("-"):
        raise ValueError(f"{_shown(value)} is negative")
    number = number.strip().lstrip("+")
    if scale == 1.0 and not decimal_comma:
        _refuse_ambiguous_mark(number, value)
    amount = _decimal(number, value)
    return _checked_amount(amount * Decimal(scale), value), currency, scale


def _scale_and_currency(prefix: str, suffix: str, value: str) -> tuple[float, str | None]:
    """The multiplier ("bn", "M") and currency ("$", "EUR", "M€") written around a number."""
    currency = _currency_word(prefix, strict=False) if prefix else None
    if prefix and currency is None:
        raise NotAnAmountError(f"{_shown(value)} is not an amount")
    for scale_word, scale in sorted(_SCALES.items(), key=lambda item: -len(item[0])):
        if suffix.startswith(scale_word) and (rest := suffix[len(scale_word) :]) != suffix:
            rest = " ".join(rest.removeprefix(".").split())  # "Mio. €", "Mrd.": the scale word abbreviated
            if not rest or (after := _currency_after_scale(rest)):
                return scale, _one_currency(currency, after if rest else None, value)
    if not suffix:
        return 1.0, currency
    if (word := _currency_word(suffix, strict=False)) is not None:
        return 1.0, _one_currency(currency, word, value)
    raise NotAnAmountError(f"{_shown(value)} is not an amount")


def scale_of(word: str) -> float | None:
    """What a scale word multiplies by ("M", "bn", "millions"), None for any other word."""
    return _SCALES.get(word.strip().lower())


def currency_of(word: str) -> str | None:
    """A currency sign or code as ISO 4217 ("$", "eur"), None for any other word."""
    return _currency_word(word, strict=False)


def _currency_after_scale(words: str) -> str | None:
    """The currency written after a scale word: a sign or code ("M€", "million EUR"), or the French
    words ("millions d'euros", "milliards de dollars")."""
    return _CURRENCY_AFTER_SCALE.get(words) or _currency_word(words, strict=False)


def _one_currency(before: str | None, after: str | None, value: str) -> str | None:
    """The currency written before the number or after it ("$5M USD": USD); ValueError when the two
    differ ("$5M EUR"), rather than one of them dropped without a word."""
    if before and after and before != after:
        raise ValueError(f"{_shown(value)} names two currencies ({before} and {after}): write one")
    return before or after


@cache
def iso_4217_codes() -> frozenset[str]:
    """Every ISO 4217 code, current or replaced since the 1990s (`data/currencies.json`)."""
    raw = json.loads(
        resources.files("ai_deals.importers").joinpath("data/currencies.json").read_text("utf-8")
    )
    return frozenset(raw["active"]) | frozenset(raw["historical"])


def _currency_word(word: str, strict: bool = True) -> str | None:
    """A currency sign or code as ISO 4217; with `strict`, ValueError when it is neither."""
    word = word.strip().lower()
    if word in _CURRENCY_SIGNS:
        return _CURRENCY_SIGNS[word]
    if word.upper() in iso_4217_codes():
        return word.upper()
    if strict:
        raise ValueError(f"{_shown(word)} is not a currency")
    return None


def _decimal(number: str, value: str) -> Decimal:
    """A number with its thousands separators removed and its decimal mark found, exactly."""
    digits = _SEPARATORS.sub("", number)
    if "," in digits and "." in digits:
        thousands = "," if digits.rfind(",") < digits.rfind(".") else "."
        digits = digits.replace(thousands, "").replace(",", ".")
    elif "," in digits:
        digits = _one_mark(digits, ",")
    elif digits.count(".") > 1:
        digits = _one_mark(digits, ".")
    match = _NUMBER.fullmatch(digits)
    if match is None:
        raise NotAnAmountError(f"{_shown(value)} is not an amount")
    try:
        return Decimal(digits)
    except InvalidOperation:
        raise NotAnAmountError(f"{_shown(value)} is not an amount") from None


def _refuse_ambiguous_mark(number: str, value: str) -> None:
    """ValueError, quoting the cell, for a plain number (no scale word) whose mark cannot be told:
    a decimal comma ("2,50": 2.50 or 250?) or one mark before exactly three digits ("1.500",
    "12,345": thousands, or a decimal mark?). A deal of €1.5 is as unlikely as one of €1,500: the
    slip is more likely a unit left out, so neither is guessed."""
    digits = _SEPARATORS.sub("", number)
    if _ambiguous_comma(digits):
        point, joined = digits.replace(",", "."), digits.replace(",", "")
        raise ValueError(
            f"{_shown(value)} has a decimal comma and no unit ({point} or {joined}?): write {point} if"
            f" that is meant, or the amount with its unit ({digits}M)"
        )
    if re.fullmatch(r"\d{1,3}[.,]\d{3}", digits):
        joined, point = digits.replace(digits[-4], ""), digits.replace(",", ".").rstrip("0").rstrip(".")
        raise ValueError(
            f"{_shown(value)} has one separator before three digits and no unit ({joined} or {point}?):"
            f" write {joined} if that is meant, or the amount with its unit ({point}M)"
        )


def _ambiguous_comma(digits: str) -> bool:
    """Whether a plain number's one comma (`digits`: its separators removed), not grouping thousands,
    has decimals other than zeros: "1,5" (1.5, or 15 with a slip?) and "1234,56" are; "1,500",
    "1500000,00" and "1.234,5" are not. A deal's amount with cents is too rare to read such a slip as
    one silently (€1.5 raised)."""
    if "." in digits or digits.count(",") != 1 or re.fullmatch(r"\d{1,3},\d{3}", digits):
        return False
    return bool(digits.split(",")[1].strip("0"))


def _one_mark(digits: str, mark: str) -> str:
    """Digits with a single kind of mark: groups of three are thousands, a lone mark is decimal."""
    if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(mark)}\d{{3}})+", digits):
        return digits.replace(mark, "")
    if digits.count(mark) == 1:
        return digits.replace(mark, ".")
    return digits  # Left invalid on purpose: "1,2,3" is refused by the caller.


def parse_deal_amount(
    value: object, *, decimal_comma: bool = False, scale: float = 1.0, in_full_from: float = 0.0
) -> tuple[float | None, str | None]:
    """A deal file's amount cell as `parse_amount` reads it, refusing an amount under one unit of its
    currency ("0.5"): no deal is half a dollar, so a unit was left out (0.5M?) and none is guessed.
    `scale` is the one its column's header states ("Deal Size (USD M)"): a bare number is in it, a
    cell stating its own ("45M", "2bn") keeps that one; so does a bare number of `in_full_from` or
    more when that is set (PitchBook's unstated millions: 80000000 is written in full)."""
    amount, currency, own_scale = _amount_currency_scale(value, decimal_comma=decimal_comma)
    in_full = bool(in_full_from) and amount is not None and amount >= in_full_from
    if scale != 1.0 and amount is not None and own_scale == 1.0 and not in_full:
        amount = _checked_amount(Decimal(repr(amount)) * Decimal(repr(scale)), str(value))
    refuse_under_one_unit(amount, value)
    return amount, currency


def refuse_under_one_unit(amount: float | None, value: object) -> None:
    """Raise ValueError for an amount of money under one unit ("0.5"): a unit was left out."""
    if amount is not None and amount < 1:
        text = " ".join(str(value).split())[:40]
        raise ValueError(
            f"{_shown(value)} is less than one unit of its currency: is a unit missing? write {text}M"
            " (or the amount in full)"
        )


def _checked_amount(amount: Decimal | None, value: str) -> float | None:
    """The amount as a float if finite, positive and within `MAX_AMOUNT`; zero is no amount."""
    if amount is None or not amount.is_finite():
        raise ValueError(f"{_shown(value)} is not a number")
    if amount < 0:
        raise ValueError(f"{_shown(value)} is negative")
    if amount > _MAX_AMOUNT_DECIMAL:
        raise ValueError(f"{_shown(value)} is larger than the limit of {_MAX_AMOUNT_SHOWN}")
    return float(amount) if amount > 0 else None


def parse_currency(value: object) -> str | None:
    """A currency cell ("usd", "€", "CHF") as an ISO 4217 code."""
    text = clean_text(value)
    if text is None:
        return None
    try:
        return _currency_word(text)
    except ValueError:
        raise ValueError(f"{_shown(text)} is not a currency code (e.g. USD, EUR, CHF)") from None


# The signs typed before a number to state its bound ("~8%", "≥ $13B", "<= 20 %"), by bound as
# amounts' bounds are named: the sign the app shows (`store.formatting.BOUND_SIGNS`) first, then
# another people type for it. The review form takes these too, beside words (`fact_edit._BOUND_WORDS`).
TYPED_BOUND_SIGNS = {"approx": ("~", "≈"), "minimum": ("≥", ">="), "maximum": ("≤", "<=")}
# A deal file's share cell also takes a bare > or <, as its bound column does (`structured._BOUNDS`).
_SHARE_SIGNS = {sign: bound for bound, signs in TYPED_BOUND_SIGNS.items() for sign in signs} | {
    ">": "minimum",
    "<": "maximum",
}


def parse_share(value: object) -> tuple[float | None, str | None]:
    """A stake's percentage and its bound from a cell or a form field: "8%" is (8, None), "~8%" (8,
    "approx"), "≥10 %" (10, "minimum"), "≤20" (20, "maximum"); a sign without a number is refused."""
    if isinstance(value, str):
        text = value.strip()
        for sign in sorted(_SHARE_SIGNS, key=len, reverse=True):
            if text.startswith(sign):
                share = parse_percentage(text[len(sign) :])
                if share is None:
                    raise ValueError(f"{_shown(value)} is not a percentage")
                return share, _SHARE_SIGNS[sign]
    return parse_percentage(value), None


def parse_percentage(value: object) -> float | None:
    """A stake as a percentage between 0 and 100 ("11", "11 %", "11,5%")."""
    if is_missing(value):
        return None
    text = str(value).strip().rstrip("%").strip() if isinstance(value, str) else value
    amount, _ = parse_amount(text, decimal_comma=True)  # "11,5 %" is 11.5: never 115 %
    if amount is not None and amount > 100:
        raise ValueError(f"{_shown(value)} is more than 100 %")
    return amount


def parse_partial_date(value: object, order: DateOrder = "dmy") -> str | None:
    """A date cell as ISO at its precision: "2016", "2019-03", "2026-02-27"; a numeric date with the
    year last in `order` ("03/02/2025" is 3 February in "dmy"; "12/31/2025" is refused there, naming
    the --date-order flag that reads it)."""
    if is_missing(value) or (isinstance(value, str) and value.strip().lower() in _MISSING_DATES):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"expected a date, got {_shown(value)}")
    return normalise_date(value, partial=True, order=order)


# A round's type in French (or without its accent), read as articles are: "Série B" is "Series B",
# "amorçage" "Seed"; other spellings are kept as written ("series_b", "seed": codes `round_label` names).
_FRENCH_SERIES = re.compile(r"(?:séries|série|serie)[ _-]+([a-z]\d?)(?:[ _-]+(.+))?", re.IGNORECASE)
_FRENCH_SEEDS = {"amorçage": "Seed", "amorcage": "Seed", "préamorçage": "Pre-seed", "preamorcage": "Pre-seed"}


def parse_round_type(value: object) -> str | None:
    """A round-type cell: French spellings as articles' rounds are labelled ("Série B" -> "Series B",
    "amorçage" -> "Seed", "pré-amorçage" -> "Pre-seed"), anything else as written."""
    text = clean_text(value)
    if text is None:
        return None
    if series := _FRENCH_SERIES.fullmatch(text):
        rest = f" {series[2].replace('_', ' ')}" if series[2] else ""
        return f"Series {series[1].upper()}{rest}"
    return _FRENCH_SEEDS.get(re.sub(r"[\s_-]+", "", text.lower()), text)


_LETTER_OR_DIGIT = re.compile(r"[^\W_]")  # a letter or digit of any script, found at C speed


def has_letter_or_digit(text: str) -> bool:
    """Whether a text has a letter or digit of any script (what makes it a name)."""
    return _LETTER_OR_DIGIT.search(text) is not None


def clean_name(value: object) -> str | None:
    """A company or investor name: text with at least one letter or digit, of any script ("…" or
    "—" names nobody, and would otherwise make a company of nothing); HTML character references
    decoded ("AT&amp;T" is "AT&T", as a page scraped into a spreadsheet keeps them); control
    characters and terminal escape sequences dropped, as in articles ("Evil\x1b[31mCorp" is "EvilCorp")."""
    return _checked_name(decoded_references(value) if isinstance(value, str) else value)


def _checked_name(value: object) -> str | None:
    """`clean_name` of a value whose character references are decoded already."""
    text = clean_text(without_controls(value) if isinstance(value, str) else value)
    if text is not None and not has_letter_or_digit(text):
        raise ValueError(f"{text!r} has no letter or digit: not a name")
    return text


# An HTML character reference closed by its ";" ("&amp;", "&#38;", "&#x26;"). Only closed ones are
# decoded: html.unescape also reads "&not" or "&copy" without one, which a name may hold ("&notable").
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_NAME_SEPARATOR = re.compile(r"\s*[;|,]\s*")
# What separates two names in one cell, or a reference, whose ";" separates nothing.
_SEPARATOR_OR_REFERENCE = re.compile(rf"(?P<reference>{_REFERENCE.pattern})|{_NAME_SEPARATOR.pattern}")


def _is_reference(text: str) -> bool:
    """Whether "&...;" is a character reference HTML decodes (a number, or a name it knows)."""
    return text[1] == "#" or text[1:] in html5


def decoded_references(text: str) -> str:
    """`text` with its closed HTML character references decoded ("Smith &amp; Co" is "Smith & Co")."""
    if "&" not in text:
        return text
    return _REFERENCE.sub(
        lambda found: html.unescape(found[0]) if _is_reference(found[0]) else found[0], text
    )


def may_hold_reference(text: str) -> bool:
    """Whether `text` may hold a character reference `clean_name` decodes (cheaply: "&" then ";")."""
    return "&" in text and ";" in text


def split_names(value: object) -> list[str]:
    """Investor names from one cell ("A; B", "A, B", "{A, B}") or a JSON list, less its parts naming
    nobody ("Accel; Undisclosed" is Accel)."""
    return investor_names(value)[0]


def investor_names(value: object) -> tuple[list[str], str | None]:
    """The investors one cell ("A; B", "A, B", "{A, B}") or a JSON list names, and the first of its
    parts naming nobody, as written ("Accel; n/a": ["Accel"], "n/a"), None when every part names one.

    "and" is not a separator: it is part of too many names ("Bill and Melinda Gates Foundation").
    The ";" of a character reference separates nothing ("AT&amp;T Ventures" is one name, "AT&T
    Ventures"). The length limit is each name's: a round of sixteen investors is a long cell.
    """
    if is_missing(value):
        return [], None
    if isinstance(value, list):
        parts = value
    else:
        text = _one_line(without_controls(value) if isinstance(value, str) else value) or ""
        if text.startswith("{") and text.endswith("}"):
            text = text[1:-1]  # Crunchbase writes lists as "{A, B}".
        parts = _rejoin_suffixes([part for part in (p.strip(" \"'") for p in _name_parts(text)) if part])
    names, nobody = [], None
    for part in parts:
        if isinstance(part, str) and names_nobody(part):
            nobody = nobody or " ".join(part.split()) or None
        elif name := clean_name(part):
            names.append(name)
    return names, nobody


# Phrases a deal file writes for investors it does not name ("Undisclosed investors"): no name, as the
# missing words ("Undisclosed") are none. Words for unnamed backers of a kind ("Angels", "Other investors",
# "Existing investors") are none either (`unnamed_backers`); a syndicate's own name ("Paris Business
# Angels") is a name.
_UNNAMED_INVESTORS = frozenset(
    f"{unnamed} {who}"
    for unnamed in ("undisclosed", "unnamed", "unknown", "unidentified", "anonymous")
    for who in ("investor", "investors", "backer", "backers")
)


_UNNAMED_HEADS = frozenset(phrase[:2] for phrase in _UNNAMED_INVESTORS)  # "un", "an"


def names_nobody(text: str) -> bool:
    """Whether one investor of a cell is none named: a missing word ("Undisclosed", "n/a") or a
    phrase saying its name is not given ("Undisclosed investors")."""
    said = text.strip().lower()
    return said in _MISSING or says_unnamed(said)


def says_unnamed(text: str) -> bool:
    """Whether a name, spaces squeezed, is a phrase saying no name is given ("Undisclosed investors"):
    its first two letters first, so that most names are passed in one cheap look-up (an investors cell
    of a big file is read once a row when it is not remembered)."""
    if text[:2].lower() in _UNNAMED_HEADS and " ".join(text.split()).lower() in _UNNAMED_INVESTORS:
        return True
    return names_no_backer(text)  # "Angels", "Other investors": it looks at the last word first, as cheaply


def _name_parts(text: str) -> list[str]:
    """`text` cut at each separator (";", "|", ","), but for the ";" closing a character reference."""
    if "&" not in text:
        return _NAME_SEPARATOR.split(text)  # no reference: one split at C speed
    parts, start = [], 0
    for found in _SEPARATOR_OR_REFERENCE.finditer(text):
        if found["reference"] is None:
            parts.append(text[start : found.start()])
        elif not _is_reference(found["reference"]):  # "&word;" names no character: its ";" separates
            parts.append(text[start : found.end() - 1])
        else:
            continue
        start = found.end()
    parts.append(text[start:])
    return parts


_LEGAL_SUFFIXES = frozenset(
    "inc inc. llc ltd ltd. corp corp. co. sa s.a. ag gmbh plc lp l.p. sarl sas".split()
)


def _rejoin_suffixes(parts: list[str]) -> list[str]:
    """Put back legal suffixes split off by a comma ("Acme, Inc.")."""
    names: list[str] = []
    for part in parts:
        if names and part.lower() in _LEGAL_SUFFIXES:
            names[-1] = f"{names[-1]}, {part}"
        else:
            names.append(part)
    return names


def choice(value: object, synonyms: dict[str, str], what: str) -> str | None:
    """A cell that names one of a fixed set of values, through its accepted synonyms."""
    text = clean_text(value)
    if text is None:
        return None
    key = _choice_key(text)
    if key in synonyms:
        return synonyms[key]
    # A table may spell its words as the store writes them ("in_talks", "post_money"), which the
    # cell's key no longer is: each word and value is compared as the cell is, so a value the message
    # would list as expected is never refused (the export writes these very values).
    found = _keyed_choices(tuple(synonyms.items())).get(key)
    if found is not None:
        return found
    expected = ", ".join(sorted(set(synonyms.values())))
    raise ValueError(f"{_shown(text)} is not a known {what} (expected {expected})")


@cache
def _keyed_choices(synonyms: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """A choice table keyed as a cell is (`_choice_key`), its values too; normalised once per table.
    The first word to give a key keeps it, a table's words before its values."""
    keyed: dict[str, str] = {}
    for word, value in (*synonyms, *((value, value) for _, value in synonyms)):
        keyed.setdefault(_choice_key(word), value)
    return keyed


def _choice_key(text: str) -> str:
    """A word of a fixed set as compared: lower case, spaces, underscores and dashes as one space."""
    return re.sub(r"[\s_-]+", " ", text.lower()).strip()


def _json_shown(value: object) -> str:
    """A JSON cell that is no number nor text, as the file writes it: true, false, a list, an object."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return {list: "a list", dict: "an object"}.get(type(value), _shown(value))


def _shown(value: object) -> str:
    """A cell value quoted for a message, cut short."""
    text = " ".join(str(value).split())
    return repr(text if len(text) <= 40 else text[:39] + "…")
