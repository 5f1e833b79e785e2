"""Attribution asides: who told the news, set between commas inside the clause it sources.

« Partech a cédé sa participation dans Lynx IA à Thrive Capital, selon Les Echos, pour 30 millions d'euros »,
"…to Thrive Capital, according to Reuters, for $30 million": the aside names the teller, not a party, and
its commas end no clause. The sale goes on to its price past it.
"""

from __future__ import annotations

import re

# A teller's name or description: "Reuters", "Les Echos", "des sources proches du dossier", "people familiar
# with the matter". No comma, semicolon nor sentence end inside; bounded, so the scan stays linear.
_TELLER = r"[^,;.()]{1,60}?"
_SPEECH_FR = r"(?:indiqué|affirmé|rapporté|précisé|annoncé|confirmé|révélé|expliqué|souligné)"
_SPEECH_EN = r"(?:reported|said|says|reports|confirmed|told\s+[^,;.()]{1,30}?)"
# The aside, its opening comma included, up to (not including) its closing comma.
_ATTRIBUTION_RE = re.compile(
    # « , selon Les Echos, », « , d'après des sources proches du dossier, », ", according to Reuters, "
    rf",\s+(?:selon|d['’]après|according\s+to|citing)\s+{_TELLER}(?=,)|"
    # « , a indiqué Les Echos, », « , ont précisé ses dirigeants, », « , a-t-on appris, », « , indique Reuters, »
    rf",\s+(?:(?:a|ont)\s+{_SPEECH_FR}|a-t-(?:on|il|elle)\s+(?:appris|{_SPEECH_FR})|"
    r"indique(?:nt)?|rapporte(?:nt)?|précise(?:nt)?|affirme(?:nt)?)"
    rf"(?:\s+{_TELLER})?(?=,)|"
    # ", Reuters reported, ", ", people familiar with the matter said, ", ", it said, "
    rf",\s+{_TELLER}\s+{_SPEECH_EN}(?=,)|"
    # ", as Microsoft noted on Monday, ", ", as SoftBank said, ": a teller, never a clause of the deal's own.
    rf",\s+as\s+{_TELLER}\s+(?:{_SPEECH_EN}|noted|stated|announced|wrote|disclosed)"
    r"(?:\s+(?:on|in|last|this|earlier|late|yesterday|today)\b[^,;.()]{0,30})?(?=,)",
    re.IGNORECASE,
)


def blank_attributions(text: str) -> str:
    """`text` with each attribution aside blanked out, its opening comma too, spaces of the same length in
    their place: positions in `text` stay valid, and the aside's commas no longer end the clause it sits in."""
    return _ATTRIBUTION_RE.sub(lambda match: " " * len(match.group()), text)


def attribution_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text`'s attribution asides, each from its opening comma to its closing one (excluded)."""
    return [match.span() for match in _ATTRIBUTION_RE.finditer(text)]


# An outlet's noun: the press telling a story names itself by it before its name.
_OUTLET_NOUN = (
    r"(?:quotidien|journal|hebdomadaire|mensuel|magazine|site|média|agence|newspaper|daily|paper|weekly|outlet|"
    r"publication|broadcaster|news\s+(?:site|agency|outlet|service|wire)|wire\s+service)"
)
# The press named as the teller right before its name: « D'après le quotidien Handelsblatt », « selon le journal
# économique Les Echos », "according to newspaper Handelsblatt", "according to German business daily
# Handelsblatt". Up to three words before the noun ("German business"), up to three lower-case ones after it
# (« économique allemand », « d'information »).
_PRESS_TELLER_BEFORE_RE = re.compile(
    r"\b(?:selon|d['’]après|according\s+to|citing|cité\s+par|rapporté\s+par|reported\s+by)\s+"
    r"(?:(?:le|la|les|the|an?)\s+|l['’]\s*)?(?:[\w-]+\s+){0,3}?"
    + _OUTLET_NOUN
    # Not a complement naming the owner: « selon le site de la start-up Zorgly » names Zorgly, no outlet.
    + r"(?:\s+(?!(?:de|du|des|la|le|les|of|the)\b)(?-i:[a-zà-ÿ][\w'’-]*)){0,3}\s+$",
    re.IGNORECASE,
)


def told_by_press(text: str, position: int) -> bool:
    """Whether the name starting at `position` in `text` is the press telling the story (« D'après le quotidien
    Handelsblatt, le groupe envisagerait… »): who told the news is never a party of it."""
    return bool(_PRESS_TELLER_BEFORE_RE.search(text[max(0, position - 90) : position]))
