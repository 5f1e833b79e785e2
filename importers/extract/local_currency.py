"""Which dollar a bare "$" or "dollars" means: the reader's own.

An outlet writes its own country's currency without qualifying it: La Presse's "450 millions de
dollars" and the Globe and Mail's "$450-million" are Canadian dollars, the Straits Times' "$50
million" Singapore dollars. The amount parser cannot know this (it reads one sentence), so it files
every unqualified dollar as USD; this pass, which sees the whole article, moves those amounts to the
local dollar. A dollar the sentence qualifies ("US$", "USD", "dollars américains", "U.S. dollars")
stays USD.
"""

from __future__ import annotations

import re

from ..models import Fact
from .amounts import parse_amounts

# Outlets of dollar countries other than the United States, lower case, by the dollar they write.
_OUTLETS = {
    code: frozenset(name.strip() for name in names.split(";"))
    for code, names in {
        "CAD": "la presse; le devoir; radio-canada; ici radio-canada; cbc; cbc news; ctv news; the globe and mail;"
        " globe and mail; financial post; national post; toronto star; betakit; les affaires; le journal de"
        " montréal; le journal de québec; le soleil; la presse canadienne; the canadian press; montreal gazette;"
        " the logic",
        "AUD": "australian financial review; afr; the australian; sydney morning herald; the sydney morning herald;"
        " the age; smartcompany; startup daily",
        "NZD": "nz herald; the new zealand herald; stuff; businessdesk; radio new zealand",
        "SGD": "the straits times; straits times; the business times; business times; channel newsasia",
        "HKD": "south china morning post; scmp; hong kong economic journal",
    }.items()
}
# An outlet named after a Canadian place ("Journal de Montréal", "Ottawa Citizen", "Calgary Herald").
_CANADIAN_OUTLET_RE = re.compile(
    r"canad|québec|quebec|montréal|montreal|toronto|ottawa|vancouver|calgary|edmonton|winnipeg", re.IGNORECASE
)
# French prose that places the story in Quebec: a Quebec reader's "dollars" are Canadian ones.
_QUEBEC_RE = re.compile(r"\b(?:québécois|montréalais|lavallois|sherbrookois)e?s?\b", re.IGNORECASE)
# The sentence says which dollar it means, close before or on the amount.
_QUALIFIED_RE = re.compile(r"US\s?\$|U\.S\.|\bUSD\b|\bUS\b|américains?|\bAmerican\b", re.IGNORECASE)
_LOOK_BEHIND = 4


def local_dollar(text: str, publisher: str | None, language: str | None) -> str | None:
    """The currency an unqualified dollar means in this article, when it is not the US dollar."""
    name = (publisher or "").strip().lower()
    bare = re.sub(r"^(?:the|le|la|les)\s+", "", name)
    for code, outlets in _OUTLETS.items():
        if name in outlets or bare in outlets:
            return code
    if _CANADIAN_OUTLET_RE.search(name):
        return "CAD"
    if language == "fr" and not name and _QUEBEC_RE.search(text):
        return "CAD"
    return None


def apply_local_dollar(facts: list[Fact], text: str, publisher: str | None, language: str | None) -> None:
    """Move each fact whose amount is an unqualified dollar to the article's local dollar, in place."""
    code = local_dollar(text, publisher, language)
    if code is None:
        return
    for fact in facts:
        if fact.currency == "USD" and fact.amount is not None and _unqualified(fact, language):
            _move(fact, code)


def _unqualified(fact: Fact, language: str | None) -> bool:
    """The fact's amount, as written in its sentence, names no US dollar."""
    span = _written_span(fact, language)
    if span is None:
        return not _QUALIFIED_RE.search(fact.sentence)
    start, end = span
    return not _QUALIFIED_RE.search(fact.sentence[max(0, start - _LOOK_BEHIND) : end])


def _written_span(fact: Fact, language: str | None) -> tuple[int, int] | None:
    """Where the fact's amount, in the fact's currency, is written in its sentence."""
    for amount in parse_amounts(fact.sentence, language):
        if amount.value == fact.amount and amount.currency == fact.currency:
            return amount.span
    return None


def _move(fact: Fact, local: str) -> None:
    """Give the fact the local currency, and its instalments too: they are written in the same sentence,
    in the same currency."""
    written, fact.currency = fact.currency, local
    for tranche in fact.tranches:
        if tranche.currency == written:
            tranche.currency = local


# Words shared by several currencies, which the story's place decides: the franc is Swiss unless the story
# is in the CFA zones, the CFA franc West African (XOF) unless in Central Africa (XAF), the dirham the
# Emirates' unless in Morocco. Each place is counted by the names of its countries, people, capitals and
# central or economic bodies, in both languages.
_PLACES = {
    "CHF": r"suisses?|Suisse|Switzerland|Swiss|Genève|Geneva|Zurich|Lausanne|Berne|Bâle|Basel|Lugano|vaudois\w*"
    r"|genevois\w*|zurichois\w*|romand\w*|helvétique\w*",
    "XOF": r"UEMOA|WAEMU|BCEAO|Sénégal\w*|Senegal\w*|Côte d['’]Ivoire|Ivory Coast|ivoirien\w*|Ivorian|Mali\b|malien\w*"
    r"|Malian|Burkina|burkinabè|Niger\b|nigérien\w*|Togo\w*|togolais\w*|Bénin|Benin\w*|béninois\w*|Guinée-Bissau"
    r"|Guinea-Bissau|Dakar|Abidjan|Bamako|Ouagadougou|Niamey|Lomé|Cotonou",
    "XAF": r"CEMAC|BEAC|Cameroun\w*|Cameroon\w*|camerounais\w*|Gabon\w*|Tchad\w*|Chad\w*|Centrafrique\w*"
    r"|Central African Republic|Guinée équatoriale|Equatorial Guinea|Congo-Brazzaville|Douala|Yaoundé|Libreville"
    r"|Brazzaville|N['’]Djamena|Bangui|Malabo",
    "AED": r"Émirats|Emirates|EAU\b|UAE\b|émirati\w*|Emirati\w*|Dubaï|Dubai|Abu Dhabi|Abou Dhabi|Sharjah|Charjah",
    "MAD": r"Maroc|Morocc\w*|marocain\w*|Casablanca|Rabat|Tanger|Tangier|Marrakech|Fès|Fez|Agadir",
    # Bare "pesos" are Mexico's unless the story is told in another peso country.
    "MXN": r"Mexique|Mexico|México|mexicain\w*|Mexican\w*|Guadalajara|Monterrey",
    "ARS": r"Argentin\w*|argentin\w*|Buenos Aires|Córdoba|Rosario",
    "COP": r"Colombi\w*|colombien\w*|Bogotá|Bogota|Medellín|Medellin|Cali",
    "CLP": r"Chil[ei]\b|Chilean\w*|chilien\w*|Santiago|Valparaíso",
}
_PLACE_RES = {code: re.compile(rf"(?<!\w)(?:{pattern})(?!\w)") for code, pattern in _PLACES.items()}
# The amount names its currency outright: "francs suisses", "CHF", "francs CFA", "dirhams émiratis", "AED".
_OWN_NAME_RE = re.compile(
    r"suisses?|Swiss|CHF|Fr\.|CFA|XOF|XAF|AED|MAD|émiratis?|Emirati|UAE|marocains?|Moroccan|"
    r"mexica\w*|Mexican|MXN|MX\$|argentin\w*|ARS|colombi\w*|COP|chilen\w*|chilien\w*|Chilean|CLP",
    re.IGNORECASE,
)
# Which codes a written currency may turn into, by the code the amount parser gave it.
_ALTERNATIVES = {"CHF": ("XOF", "XAF"), "XOF": ("XAF",), "AED": ("MAD",), "MXN": ("ARS", "COP", "CLP")}


def apply_local_currency(facts: list[Fact], text: str, language: str | None) -> None:
    """Move each fact whose currency word is shared ("francs", "dirhams") to the one of the story's place."""
    if not any(fact.currency in _ALTERNATIVES for fact in facts):
        return  # most stories: no shared word to decide, no need to read the whole text for places
    counts = {code: len(pattern.findall(text)) for code, pattern in _PLACE_RES.items()}
    for fact in facts:
        local = _local_code(fact.currency, counts)
        if local is not None and fact.amount is not None and _unnamed(fact, language):
            _move(fact, local)


def _local_code(code: str | None, counts: dict[str, int]) -> str | None:
    """The currency a shared word means where the story is told, or None when the parser's reading stands:
    another place must be named more often than the reading's own."""
    alternatives = _ALTERNATIVES.get(code or "")
    if not alternatives:
        return None
    best = max(alternatives, key=lambda other: counts[other])
    return best if counts[best] > counts[code or ""] else None


def _unnamed(fact: Fact, language: str | None) -> bool:
    """The fact's amount, as written, is a bare shared word: "francs", "dirhams", "Dh", not "CHF"."""
    span = _written_span(fact, language)
    if span is None:
        return False
    written = fact.sentence[span[0] : span[1]]
    return not _OWN_NAME_RE.search(written) or "CFA" in written
