"""Money amounts and counts in one sentence: "110 milliards de dollars", "US$4bn", "385 M€", "CHF 2 Mrd".

Every number comes from the text: an amount is the number written times its scale word, nothing is
computed from other amounts. Bounds come from the words just before ("plus de" is a minimum, "up to"
a maximum, "environ" approximate) and ranges from "entre X et Y", "X to Y", "$4bn-$5bn".

Sanity cap: a value above 1e15 (a thousand trillion) in any currency is rejected, as are values that
are not finite; such a mention is simply not returned, so no fact is ever built on it. Values are
never negative: the grammar has no sign.

Safety: every regex here is anchored to short, bounded windows or uses single-character separators
between digit runs, so matching is linear in the sentence length (no catastrophic backtracking).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

MAX_AMOUNT = 1e15
# How far before a number we look for a currency symbol and a bound phrase.
_PREFIX_WINDOW = 40
_SUFFIX_WINDOW = 60


@dataclass(frozen=True)
class AmountMention:
    """One amount in a sentence; `span` covers the number with its scale and currency words."""

    value: float
    currency: str | None
    bound: str
    amount_max: float | None
    span: tuple[int, int]
    # Where the bound phrase starts ("plus de 900 millions"): span[0] when there is none.
    bound_start: int
    # A counted noun instead of money: "utilisateurs", "users".
    unit: str | None = None
    # The currency was not written next to the number but taken from an earlier amount.
    currency_implied: bool = False
    in_parentheses: bool = False
    has_scale: bool = False
    # The counted noun is no listed unit but the words after the number ("350 véhicules"): see `_open_unit`.
    open_unit: bool = False
    # A bare number that takes up an earlier count of the sentence ("operates 42 vehicles and aims to have 500
    # by 2028"): where that count starts, whose subject and verb are this number's too.
    continues: int | None = None


@dataclass(frozen=True)
class PercentMention:
    """A percentage ("environ 11 %", "a 49% stake")."""

    value: float
    bound: str
    span: tuple[int, int]


# Groups may be separated by spaces (also no-break), commas, dots, apostrophes or underscores ("1_000_000").
# A letter sign may touch its number ("Dh410 million", "Rs320 crore"): an "h" or "s" before the digits is
# let through here and kept only after such a sign (`_LETTER_SIGN_BEFORE_RE`).
# A three-letter currency code may be glued to its number ("CHF35 million", "SGD1.2bn"), as symbols are.
_GLUED_CODE = r"(?<=\b(?:CHF|EUR|USD|GBP|JPY|CAD|AUD|SEK|HKD|SGD|NOK|DKK|NZD|INR|CNY))"
_NUMBER_RE = re.compile(rf"(?<![.,])(?:(?<![^\Whs])|{_GLUED_CODE})\d+(?:[ \u00a0\u202f,.'’_]\d+)*")
_LETTER_SIGN_BEFORE_RE = re.compile(r"(?:[^\w.,]|^)(?:Dhs?|Rs)$")
_SPACES = " \u00a0\u202f"

_SCALES = {
    "trillion": 1e12,
    "trillions": 1e12,
    "tn": 1e12,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "milliard": 1e9,
    "milliards": 1e9,
    "md": 1e9,
    "mds": 1e9,
    "mrd": 1e9,
    "mrds": 1e9,
    "mia": 1e9,
    "million": 1e6,
    "millions": 1e6,
    # A Spanish sum quoted in a story: "300 millones de pesos".
    "millón": 1e6,
    "millones": 1e6,
    "mn": 1e6,
    "mio": 1e6,
    "mios": 1e6,
    "m": 1e6,
    "mln": 1e6,
    "bln": 1e9,
    "trln": 1e12,
    # Indian scales: a crore is ten million, a lakh a hundred thousand ("Rs 320 crore", "₹1 lakh crore").
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lakh crore": 1e12,
    "thousand": 1e3,
    "mille": 1e3,
    "k": 1e3,
}
# Scale abbreviations that must touch the number or a currency sign ("$6.6B", "€600m", "385 M€").
_SHORT_SCALES = {
    "b", "m", "k", "md", "mds", "mrd", "mrds", "mia", "mn", "bn", "tn", "mio", "mios", "mln", "bln", "trln", "cr"
}  # fmt: skip

# A crown whose country its sentence does not name (see `_CURRENCY_WORDS`): never a fact's currency.
UNNAMED_CROWN = "crown"
_CURRENCY_WORDS = [
    (r"dollars? (?:américains?|US|us)", "USD"),
    (r"US dollars?|U\.S\. dollars?", "USD"),
    (r"dollars? canadiens?|Canadian dollars?", "CAD"),
    (r"dollars? australiens?|Australian dollars?", "AUD"),
    (r"dollars? de Hong Kong|Hong Kong dollars?", "HKD"),
    (r"dollars? de Singapour|dollars? singapouriens?|Singapore dollars?", "SGD"),
    (r"dollars? néo-zélandais|New Zealand dollars?", "NZD"),
    (r"dollars?", "USD"),
    (r"euros?", "EUR"),
    # The CFA franc is West Africa's (XOF) unless the story is in Central Africa (see local_currency).
    (r"francs? CFA|F[ \u00a0]?CFA|CFA francs?", "XOF"),
    (r"francs? guinéens|Guinean francs?", "GNF"),
    (r"francs? rwandais|Rwandan francs?", "RWF"),
    (r"francs? congolais|Congolese francs?", "CDF"),
    (r"francs? suisses|Swiss francs?|francs?", "CHF"),
    # Other countries' pounds are no sterling: "livres égyptiennes", "Egyptian pounds".
    (r"livres? égyptiennes?|Egyptian pounds?", "EGP"),
    (r"livres? libanaises?|Lebanese pounds?", "LBP"),
    (r"livres? turques?|Turkish lira", "TRY"),
    (r"livres? sterling|livres?|pounds? sterling|pounds?|sterling", "GBP"),
    (r"yens?|yen", "JPY"),
    (r"yuans?|renminbi", "CNY"),
    (r"roupies? pakistanaises?|Pakistani rupees?", "PKR"),
    (r"roupies? indonésiennes?|rupiahs?", "IDR"),
    (r"roupies?|rupees?", "INR"),
    (r"reais|réaux|reals? brésiliens?|Brazilian reals?", "BRL"),
    (r"nairas?", "NGN"),
    (r"shekels?|sheqels?", "ILS"),
    (r"ringgits?", "MYR"),
    (r"shillings? kényans?|Kenyan shillings?", "KES"),
    (r"rands? sud-africains?|South African rands?|rands?", "ZAR"),
    (r"wons?", "KRW"),
    (r"riyals?", "SAR"),
    # The Emirates' dirham unless the story is in Morocco (see local_currency).
    (r"dirhams? marocains?|Moroccan dirhams?", "MAD"),
    (r"dirhams?", "AED"),
    (r"couronnes? suédoises|Swedish crowns?|kronor", "SEK"),
    (r"couronnes? norvégiennes|Norwegian crowns?|Norwegian kroner", "NOK"),
    (r"couronnes? danoises|Danish crowns?|Danish kroner", "DKK"),
    (r"dongs? vietnamiens?|Vietnamese dong|dongs?", "VND"),
    # "410 million crowns" after "1.1 billion Norwegian crowns": the crown the article named before, which the
    # fact builder, reading the whole article, puts in place of this mark (or drops the amount).
    (r"couronnes?|crowns?|kroner", UNNAMED_CROWN),
    # The peso is Mexico's unless the words name another country's (or the story is told there: local_currency).
    (r"pesos? argentins?|Argentine pesos?|Argentinian pesos?|pesos? argentinos", "ARS"),
    (r"pesos? colombiens?|Colombian pesos?|pesos? colombianos", "COP"),
    (r"pesos? chiliens?|Chilean pesos?|pesos? chilenos", "CLP"),
    (r"pesos? mexicains?|Mexican pesos?|pesos? mexicanos|pesos?", "MXN"),
    # Currencies this list does not tell apart or does not hold: read so that their amount is dropped
    # rather than given a neighbour's currency ("2 billion lira" is no dollar amount).
    (
        r"liras?|lires?|kwachas?|cedis?|birrs?|dinars?|roubles?|rubles?|hryvnias?|zlotys?|forints?|korunas?"
        r"|lei|bahts?|takas?|shillings?",
        None,
    ),
]
_CODES = (
    "USD",
    "EUR",
    "CHF",
    "GBP",
    "JPY",
    "CNY",
    "CAD",
    "AUD",
    "INR",
    "KRW",
    "SAR",
    "AED",
    "SEK",
    "HKD",
    "SGD",
    "NOK",
    "DKK",
    "NZD",
    "BRL",
    "MAD",
    "XOF",
    "XAF",
    "NGN",
    "KES",
    "ZAR",
    "EGP",
    "IDR",
    "ILS",
    "MYR",
    "PKR",
    "RMB",
    # Latin American and Taiwanese codes stories write before the amount ("ARS 9 billion", "COP 40 billion").
    "MXN",
    "ARS",
    "COP",
    "CLP",
    "TWD",
)
_SYMBOLS = {
    "US$": "USD",
    "U.S.$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "HK$": "HKD",
    "NZ$": "NZD",
    # Dollar-named currencies that are no US dollar: "MX$500 million", "Mex$300 million", "NT$900 million".
    "MX$": "MXN",
    "MEX$": "MXN",
    "NT$": "TWD",
    "S$": "SGD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "Fr.": "CHF",
    "fr.": "CHF",
    "R$": "BRL",
    "₹": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "₩": "KRW",
    "₦": "NGN",
    "₪": "ILS",
    "NIS": "ILS",
    "RMB": "CNY",
    "Dh": "AED",
    "Dhs": "AED",
}

_CURRENCY_WORD_RE = "|".join(f"(?:{pattern})" for pattern, _ in _CURRENCY_WORDS)
_SYMBOL_RE = r"US\$|U\.S\.\$|(?<![A-Za-z])(?:CA|AU|HK|NZ|MX|Mex|NT|C|A|S|R)\$|\$|€|£|¥|₹|₩|₦|₪"
# Signs written as letters, only before the number ("Rs 320 crore", "Dh2.2 billion", "NIS 40 million").
_LETTER_SIGN_RE = r"\bRs\.?|\bDhs?|\bNIS"
_SCALE_RE = (
    r"trillions?|trln|tn|billions?|bln|bn|milliards?|mds?|mrds?\.?|mia\.?|millions?|millones|millón|mln|mn|mios?\.?|"
    r"thousand|mille|"
    rf"lakhs?[{_SPACES}]crores?|crores?|lakhs?|cr|[bmk]"
)
# "$40-million", "US$1.2-billion": Canadian style joins a long scale word to its number with a hyphen.
_HYPHEN_SCALE_RE = r"-(?=(?:millions?|billions?|trillions?|milliards?|crores?|lakhs?)\b)"

# After the number: optional scale, then optional currency (symbol, code, or "de dollars").
_NEGATIVE_RE = re.compile(r"(?:^|(?<=\s)|(?<=\())[-−]$")
_SUFFIX_RE = re.compile(
    rf"(?P<gap1>[{_SPACES}]|{_HYPHEN_SCALE_RE})?(?P<scale>{_SCALE_RE})?(?![a-zà-ÿ])"
    rf"(?:(?P<gap2>[{_SPACES}]?)(?P<sym>{_SYMBOL_RE})"
    rf"|[{_SPACES}](?P<code>{'|'.join(_CODES)})\b"
    rf"|[{_SPACES}](?:de[{_SPACES}]|d['’]|of[{_SPACES}])?(?P<word>{_CURRENCY_WORD_RE})\b)?",
    re.IGNORECASE,
)
_PREFIX_CURRENCY_RE = re.compile(
    rf"(?P<cur>{_SYMBOL_RE}|{_LETTER_SIGN_RE}|\b(?:{'|'.join(_CODES)})|\bFr\.)[{_SPACES}]?$",
)
# A figure a company nears or means to pass: "approaching $200 million" is close to it, "expects to top
# $100 million", "compte franchir les 50 millions" at least it. "top" only after a verb's "to/will", so
# "the top 5 customers" is no bound. These verbs bound the amount without being part of it: its
# `bound_start` stays at the number, so what reads the verb before it ("expects … to exceed") still does.
_NEARING_OR_PASSING = (
    r"approaching|approchant|approche(?:nt|ra)?(?:[ \u00a0]+les)?|"
    r"(?:to|will|could|would|may|might|should)[ \u00a0]+top|topped|surpass(?:es|ed|ing)?|exceed|"
    r"dépass(?:ent|er|era|eront|ait)(?:[ \u00a0]+les)?|dépasse[ \u00a0]+les|"
    r"franchi(?:r|ra|ront|t|ssant)?(?:[ \u00a0]+(?:les|la barre des|le cap des|la barre de|le cap de|le seuil des))?"
)
# The same verbs' other forms _BOUND_RE lists on its own: their amount's start stays at the number too.
_NEARING_OR_PASSING_RE = re.compile(
    _NEARING_OR_PASSING
    + r"|dépasse|dépassant|dépassé|exceeds|exceeding|exceeded|tops|topping|surpasse|surpassant",
    re.IGNORECASE,
)
_BOUND_RE = re.compile(
    r"(?P<phrase>\b(?:environ|près de|presque|quelque|autour de|approximativement|grosso modo|around|about|"
    r"roughly|approximately|nearly|almost|some|circa|an estimated|estimated at|avoisin\w*(?:[ \u00a0]+les)?|"
    r"plus de|pas moins de|au moins|d['’]au moins|supérieure? à|au-delà de|more than|over|at least|"
    r"no less than|in excess of|upwards of|north of|above|below|"
    r"jusqu['’]à|moins de|inférieure? à|au maximum|au plus|up to|as much as|less than|under|at most|"
    r"no more than|dépasse|dépassant|dépassé|exceeds|exceeding|exceeded|tops|topping|surpasse|surpassant|"
    rf"{_NEARING_OR_PASSING})"
    rf"(?:[{_SPACES}]+(?:a further|an additional|another|additional|further|encore))?)[{_SPACES}]+$",
    re.IGNORECASE,
)
_BOUND_KIND = {
    "environ": "approx",
    "près de": "approx",
    "presque": "approx",
    "quelque": "approx",
    "autour de": "approx",
    "approximativement": "approx",
    "grosso modo": "approx",
    "around": "approx",
    "about": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "nearly": "approx",
    "almost": "approx",
    "some": "approx",
    "circa": "approx",
    "an estimated": "approx",
    "estimated at": "approx",
    "approaching": "approx",
    "approchant": "approx",
}
_MAXIMUM_PHRASES = (
    "jusqu",
    "moins de",
    "inférieur",
    "au maximum",
    "au plus",
    "up to",
    "as much as",
    "less than",
    "under",
    "at most",
    "no more than",
    "below",  # "at a valuation below $1 billion": at most, as "above $1.8 billion" is at least.
)
_UNIT_RE = re.compile(
    # The optional word between is an adjective ("900 millions d'utilisateurs actifs"), never a preposition:
    # "founded in 2024 by researchers" counts no researchers.
    rf"[{_SPACES}](?:de[{_SPACES}]|d['’]|of[{_SPACES}])?"
    rf"(?:(?!(?:by|par|in|en|to|for|pour|with|avec|from|at|on|sur)[{_SPACES}])[a-zé-]{{2,20}}[{_SPACES}]){{0,2}}"
    # "14 cloud and enterprise customers": two adjectives joined by "and".
    rf"(?:(?:and|et)[{_SPACES}][a-zé-]{{2,20}}[{_SPACES}])?"
    r"(?P<unit>utilisateurs|users|cliniciens|clinicians|médecins|doctors|staff|"
    r"clients|clientes|customers|abonnés|subscribers|salariés|employés|employees|collaborateurs|développeurs|"
    r"developers|entreprises|businesses|companies|GPUs?|graphics processing units|processeurs graphiques|puces|chips|téléchargements|downloads|"
    r"visiteurs|visitors|requêtes|queries|messages|tokens|personnes|people|membres|members|assurés|"
    r"policyholders|images|vidéos|videos|patients|stores|magasins|restaurants|chercheurs|researchers|"
    r"ingénieurs|engineers|insurers|assureurs|"
    # People a service teaches or carries: "atteindre 2 millions d'élèves", "15,000 drivers".
    r"élèves|étudiants|students|learners|apprenants|chauffeurs|drivers|passagers|passengers|"
    # What a business handles or serves, the volume figures stories give next to customers and staff.
    r"shipments|expéditions|appels|calls|claims|dossiers|exploitations|farms|hectares|acres|unités|(?<!processing )units|"
    r"paires|pairs|organisations|organizations|établissements|hospitals|hôpitaux|carriers|robots|"
    # "5 million graphics processing units" are chips, counted elsewhere as such.
    r"modèles|models|banques|banks|cabinets|firms|joueurs|players|utilities|lignes de production|production lines|"
    # Copies a company's game or book sold, appointments booked through its platform.
    r"exemplaires|copies|rendez-vous|appointments|"
    # A data-center operator's capacity ("120 megawatts", "300 MW"); gigawatts are rather the size of a
    # supply deal ("10 gigawatts of Nvidia systems"), left to the partnership.
    r"mégawatts|megawatts|MW)\b",
    re.IGNORECASE,
)
_VOLUME_UNITS = frozenset(
    "shipments expéditions appels calls claims dossiers exploitations farms hectares unités units paires pairs "
    "organisations organizations établissements hospitals hôpitaux carriers robots modèles models banques banks "
    "cabinets firms joueurs players".split()
)
# Energy capacity, written close to its number ("450MW", "500 MWh", "1,4 gigawatt (GW)"): stored in mega
# (watts or watt-hours) whatever the prefix, so a campus of "1 gigawatt" and one of "300 MW" compare.
_CAPACITY_RE = re.compile(
    rf"[{_SPACES}-]?(?:(?P<giga>GWh?|gigawatt(?:[{_SPACES}-]?hours?|heures?)?s?)"
    rf"|(?P<mega>MWh?|m[ée]gawatt(?:[{_SPACES}-]?hours?|heures?)s?))(?![\w-])",
    re.IGNORECASE,
)
# Gigawatts are mostly the size of a supply deal ("deploy 6 gigawatts of AMD chips") or of a country's grid;
# they are a company's own capacity when the company aims at, reaches or runs them ("vise 1 GW de projets",
# "expects to have 1.2 gigawatts operating", "atteindre une puissance de 1 gigawatt").
_OWN_GIGA_BEFORE_RE = re.compile(
    r"\b(?:vis\w*|atteindre|atteint|ambitionne\w*|exploit\w*|reach\w*|to\s+have|operat\w*)"
    rf"(?:[{_SPACES}]+[\w'’]+){{0,4}}?[{_SPACES}]+(?:d['’]|l['’])?$",
    re.IGNORECASE,
)
# "a 50MW installation", "its first 20 MW site": after an article the capacity sizes one thing, no fleet.
_ONE_THING_BEFORE_RE = re.compile(rf"\b(?:an?|first|premier|première)[{_SPACES}]+$", re.IGNORECASE)
_UNIT_NAMES = {
    "utilisateurs": "users",
    "abonnés": "subscribers",
    "salariés": "employees",
    "employés": "employees",
    "collaborateurs": "employees",
    "développeurs": "developers",
    "entreprises": "businesses",
    "companies": "businesses",
    "clients": "customers",
    "clientes": "customers",
    "puces": "chips",
    "gpu": "gpus",
    "graphics processing units": "gpus",
    "processeurs graphiques": "gpus",
    "téléchargements": "downloads",
    "visiteurs": "visitors",
    "requêtes": "queries",
    "personnes": "people",
    "membres": "members",
    "assurés": "policyholders",
    "vidéos": "videos",
    "magasins": "stores",
    "cliniciens": "clinicians",
    "médecins": "doctors",
    "staff": "employees",
    "mégawatts": "megawatts",
    "mw": "megawatts",
    "lignes de production": "production lines",
}
_COUNT_WORDS = {
    "dizaine": 10.0,
    "douzaine": 12.0,
    "quinzaine": 15.0,
    "vingtaine": 20.0,
    "trentaine": 30.0,
    "quarantaine": 40.0,
    "cinquantaine": 50.0,
    "soixantaine": 60.0,
    "centaine": 100.0,
    "dozen": 12.0,
    "hundred": 100.0,
    "thousand": 1000.0,
}
_COUNT_WORD_RE = re.compile(
    r"(?P<bound>\b(?:about|around|roughly|some|nearly)\s+)?\b(?:une|a)\s+"
    r"(?P<word>dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|"
    r"dozen|hundred|thousand)\b",
    re.IGNORECASE,
)
# "une vingtaine de millions d'euros": a count word, then "de" and the scale with its currency.
_COUNT_OF_SCALE_RE = re.compile(
    r"\b(?:une|a)\s+(?P<word>dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|"
    r"centaine)\s+(?P<de>de\s+|d['’])(?=millions?\b|milliards?\b)",
    re.IGNORECASE,
)
_SCALE_AFTER_COUNT_RE = re.compile(r"\s+(?:de\s+|d['’]|of\s+)(?:millions?|milliards?)\b", re.IGNORECASE)
_CHANGE_FROM_RE = re.compile(
    r"\b(?:pass\w*|grow\w*|grew|increas\w*|ris(?:e|es|ing)|rose|jump\w*|go|going|went|porter|augment\w*|"
    r"croît\w*|expand\w*|doubl\w*|tripl\w*)\b[^.;]{0,40}?\b(?:de|from)[ \u00a0]+$",
    re.I,
)
_ONE_SCALE = {"million": 1e6, "milliard": 1e9, "billion": 1e9, "trillion": 1e12}
# The bound is read by `_bound_before`; "d'un" and "an" are the article the digit would replace.
_ONE_MILLION_RE = re.compile(
    r"(?:\b(?:un|a|one)[ \u00a0]+|(?<=d['’])un[ \u00a0]+)(?P<scale>million|milliard|billion|trillion)\b", re.I
)
# "près d'un milliard" is close to it, as "près de 900 millions" is.
_ELIDED_BOUND_RE = re.compile(r"\b(plus|moins|près)[ \u00a0]+d['’]$", re.I)
_ELIDED_BOUND_KIND = {"plus": "minimum", "moins": "maximum", "près": "approx"}
# "un milliard d'euros", "a billion dollars": the money the article-led scale counts, written in words.
_ONE_SCALE_CURRENCY_RE = re.compile(
    rf"[{_SPACES}]++(?:de[{_SPACES}]++|d['’]|of[{_SPACES}]++)?(?P<word>{_CURRENCY_WORD_RE})\b", re.I
)
_SPELLED_TENS = {
    "ten": 10.0,
    "twenty": 20.0,
    "thirty": 30.0,
    "forty": 40.0,
    "fifty": 50.0,
    "sixty": 60.0,
    "seventy": 70.0,
    "eighty": 80.0,
    "ninety": 90.0,
    "dix": 10.0,
    "vingt": 20.0,
    "trente": 30.0,
    "quarante": 40.0,
    "cinquante": 50.0,
    "soixante": 60.0,
}
_SPELLED_TENS_RE = re.compile(
    rf"\b(?P<word>{'|'.join(_SPELLED_TENS)})[{_SPACES}]+(?:[a-zé-]{{2,20}}[{_SPACES}]+)?"
    r"(?:staff|employees|salariés|employés|collaborateurs|engineers|ingénieurs|researchers|chercheurs)\b",
    re.IGNORECASE,
)
# "roughly six hundred people", "deux cents salariés": a headcount in hundreds or thousands spelled out.
# Unlike tens, "people" counts here: "three people familiar with the matter" is never in the hundreds.
_SPELLED_UNITS = {
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "seven": 7.0,
    "eight": 8.0,
    "nine": 9.0,
    "deux": 2.0,
    "trois": 3.0,
    "quatre": 4.0,
    "cinq": 5.0,
    "sept": 7.0,
    "huit": 8.0,
    "neuf": 9.0,
}
_SPELLED_SCALES = {"hundred": 100.0, "thousand": 1000.0, "cents": 100.0, "mille": 1000.0}
_SPELLED_HUNDREDS_RE = re.compile(
    rf"\b(?P<unit>{'|'.join(_SPELLED_UNITS)})[{_SPACES}-]+(?P<scale>hundred|thousand|cents|mille)[{_SPACES}]+"
    r"(?P<noun>people|personnes|staff|employees|salariés|employés|collaborateurs|engineers|ingénieurs|"
    r"researchers|chercheurs)\b",
    re.IGNORECASE,
)
# A count of any thing a company runs, serves or has made: "350 véhicules", "24 satellites", "4,000 schools".
# The thing is up to three lowercase words closed by a word that is no part of it; the last one is
# plural. Words that measure time, place, share or repetition are never such a thing.
_OPEN_WORD_RE = re.compile(rf"[{_SPACES}]+(?P<word>[a-zà-ÿ][a-zà-ÿ-]{{1,24}})(?![\w'’])")
_OPEN_AFTER_DE_RE = re.compile(rf"[{_SPACES}]+(?:de|d['’]|of)(?=[{_SPACES}a-zà-ÿ])", re.IGNORECASE)
# The noun right after an elided "d'" ("25 millions d'examens"), no space between.
_OPEN_ELIDED_WORD_RE = re.compile(r"(?<=['’])(?P<word>[a-zà-ÿ][a-zà-ÿ-]{1,24})(?![\w'’])")
# Sums French names after "millions d'…": money, never a count ("2 milliards d'investissements", "d'actifs").
_ELIDED_MONEY_NOUNS = frozenset(
    "investissement investissements actifs engagements aides économies achats obligations impôts intérêts emprunts "
    "apports encours amortissements exportations importations".split()
)
# Adverbs and phrases French opens with an elided "d'": "6 milliards d'après Bloomberg", "d'ailleurs",
# "d'abord". They follow a figure without being what it counts.
_ELIDED_FUNCTION_WORDS = frozenset(
    "après ailleurs abord ici environ autant ores aujourd emblée avance office urgence".split()
)
_OPEN_STOP_WORDS = frozenset(
    "a an the and or of in into on at by for from to with within without per than as since until over "
    "under across between among about after before during last this next each every its their his her "
    "now already today currently still including such who which that whose where while when "
    "is are was were be been has have had will would could can may should "
    "et ou de du des d en dans sur sous par pour avec sans entre parmi chez vers depuis dont qui que "
    "le la les l un une au aux ce cet cette ces son sa ses leur leurs chaque contre selon soit "
    "est sont était étaient a ont avait sera seront déjà aujourd actuellement notamment "
    "principalement mainly mostly "
    # "en embaucher 100 de plus", "50 supplémentaires", "50 more": words that add to a count name nothing counted.
    "plus supplémentaire supplémentaires additionnel additionnels additionnelles additional more".split()
)
# A hiring verb right before a count, and the word after it that adds to a staff ("recruter 25 supplémentaires",
# "embaucher 100 de plus", "hire 50 more"): the count is of people hired.
_HIRING_VERB_BEFORE_RE = re.compile(
    rf"\b(?:recruter|embaucher|recrute|embauche|recrutera|embauchera|hire|recruit|hiring|recruiting)[{_SPACES}]+$",
    re.IGNORECASE,
)
_ADDED_COUNT_AFTER_RE = re.compile(
    rf"[{_SPACES}]+(?:supplémentaires?|de[{_SPACES}]+plus|more|additional|additionnel(?:le)?s)\b",
    re.IGNORECASE,
)
# A frequency after the counted noun ("5,000 tonnes annually") ends the noun; before it, it is part of the
# noun ("5 million monthly deliveries").
_TRAILING_FREQUENCY = frozenset("annually yearly monthly weekly daily".split())
_NOT_COUNTED = frozenset(
    "years ans années months mois weeks semaines days jours hours heures minutes seconds secondes "
    "decades décennies times fois percent points pourcents countries pays cities villes states états "
    "regions régions continents markets marchés languages langues rounds tours founders fondateurs "
    "cofondateurs co-founders investors investisseurs funds fonds sources analysts analystes "
    "executives dirigeants people personnes others autres shares actions kilometres kilomètres "
    "kilometers miles-per-hour metres mètres meters nanometers nanomètres ways façons reasons raisons "
    "percentage euros dollars francs pounds livres yens yuans cents centimes millions milliards billions "
    "trillions thousands milliers dizaines centaines mars janvier février avril mai "
    "juin juillet août septembre octobre novembre décembre "
    # Chips and power are the size of a supply deal ("10 gigawatts of Nvidia systems"), left to it.
    "graphics processeurs graphiques gigawatts gigawatt-hours gigawattheures térawatts terawatts".split()
)
# Places a company's reach is counted in, once a verb of use or another count leads to them ("present in 30
# countries", "140 hospitals in 11 countries"): a count of the company's, otherwise a circumstance.
_REACH_PLACES = frozenset({"countries", "pays"})
# Where a company's products are used or sold ("distribués dans 35 pays", "used in 14 countries"); a company
# "operating in 12 countries" or "présente dans 12 pays" is told where it is, no count of its own.
_SOLD_IN_BEFORE_RE = re.compile(
    r"\b(?:used|utilisée?s?|deployed|déployée?s?|installed|installée?s?|sold|vendue?s?|distributed|"
    rf"distribuée?s?|available|disponibles?)[{_SPACES}]+(?:in|across|dans)[{_SPACES}]*$",
    re.IGNORECASE,
)
_SCALE_WORDS = frozenset({"million", "billion", "milliard", "trillion"})
_CLIENT_WORDS = frozenset({"clients", "customers", "users", "utilisateurs"})
# A count after a preposition is mostly a circumstance ("in 12 countries", "for two years"); after a verb
# of use or presence it counts the users ("used by 4,000 schools", "running in 38 warehouses").
_OPEN_PREPOSITION_RE = re.compile(
    r"\b(?:in|into|of|from|for|to|at|by|on|with|within|between|among|over|under|than|per|after|and|or|et|ou|"
    # A count a deal covers is its scope, not the company's: "covering three targets", "portant sur 150 robots".
    r"covering|including|involving|comprising|couvrant|portant sur|incluant|dont|"
    r"before|since|until|during|en|dans|de|des|du|d['’]|à|au|aux|pour|par|sur|avec|entre|parmi|sous|"
    r"depuis|dès|contre|chez|vers|jusqu['’]|the|les|la|le|l['’]|ces|these|those|its|their|ses|leurs?|nos|"
    r"our|son|sa|each|chaque|every|top|first|last|next|premiers?|premières?|derniers?|dernières?)"
    rf"[{_SPACES}]*$",
    re.IGNORECASE,
)
_USED_IN_BEFORE_RE = re.compile(
    r"\b(?:used|utilisée?s?|running|runs|run|deployed|déployée?s?|installed|installée?s?|present|présente?s?|"
    r"operating|operates|active|adopted|adoptée?s?|equipped|équipée?s?|"
    # Where its products are sold: "stocked in 3,400 shops", "vendus dans 140 épiceries".
    r"stocked|sold|available|vendue?s?|distribuée?s?|référencée?s?|disponibles?)"
    rf"[{_SPACES}]+(?:(?:now|already|today|déjà|aujourd['’]hui)[{_SPACES}]+)?"
    rf"(?:in|at|by|across|dans|par|chez)[{_SPACES}]*$"
    # "works with about 2,200 shippers", "travaille avec 300 hôpitaux": the company's clients.
    rf"|\b(?:works|worked|working|travaille|travaillent)[{_SPACES}]+(?:with|avec)[{_SPACES}]*$",
    re.IGNORECASE,
)
# The clients a service is rendered for: "manages 250,000 rental units for roughly 1,300 landlords", "handles
# 40,000 deliveries a month for more than 150 retailers", "livre colis et courses pour le compte de quelque 300
# commerces". The verb of service governs the count though a preposition stands before it.
_SERVED_FOR_BEFORE_RE = re.compile(
    r"\b(?:manag(?:es|ed|ing)|handl(?:es|ed|ing)|process(?:es|ed|ing)|deliver(?:s|ed|ing)|serv(?:es|ed|ing)|"
    r"gère|gèrent|livre|livrent|traite|traitent|assure|assurent)\b(?:[^.;:]|(?<=\d)[.,](?=\d)){0,100}?"
    rf"[{_SPACES}](?:for|pour(?:[{_SPACES}]+le[{_SPACES}]+compte[{_SPACES}]+(?:de|d['’]))?)[{_SPACES}]*$",
    re.IGNORECASE,
)
# "9,000 clinicians at 140 health systems", "45.000 élèves dans 600 écoles": a count placed in another count
# of places or clients is the company's reach too, the preposition only joins the two counts; so is a count
# coordinated with another ("compte 40 000 élèves inscrits et 1 200 tuteurs").
# A one-word complement a counted plural noun may carry ("120 vélos cargo"): no participle, gerund or adverb
# ("390 products cleared", "425 million adults living", "3,000 vans charged").
# A participle of use after it says the things are the company's, at work ("40 machines operating", "500
# bornes installées", "200 robots totalisant…").
_NOUN_COMPLEMENT_RE = re.compile(
    r"(?!(?:so|far|more|less|each|per|par|plus|moins|aussi|also|only|already|déjà|still|encore|now|then)\b)"
    r"[a-zà-ÿ-]{3,}(?<!ed)(?<!ing)(?<!é)(?<!ée)(?<!és)(?<!ées)(?<!ant)(?<!ly)(?<!ment)|"
    r"operating|running|working|installed|deployed|used|in\s+use|in\s+service|so\s+far|installée?s?|déployée?s?|"
    r"utilisée?s?|totalisant|en\s+service",
    re.IGNORECASE,
)
# "une cadence de 12 lancements par an", "a pace of 40 launches a year": the rate is the count.
_RATE_OF_BEFORE_RE = re.compile(
    rf"\b(?:cadence|rythme|pace|rate)[{_SPACES}]+(?:de|d['’]|of)[{_SPACES}]*$", re.I
)
_COUNT_IN_COUNT_BEFORE_RE = re.compile(
    rf"\d[{_SPACES}]*(?:[a-zà-ÿ-]+[{_SPACES}]+){{0,2}}(?!(?:euros|dollars|francs|pounds|yens?|livres|"
    rf"millions|milliards|billions|trillions)\b)[a-zà-ÿ-]+[sx][{_SPACES}]+"
    rf"(?:in|at|across|on|dans|sur|chez|and|et)[{_SPACES}]*$",
    re.IGNORECASE,
)
# "a fleet of 210 robotaxis", "une constellation de 48 satellites", "a team of about 180": a collective noun
# before "of" counts its members, the preposition is no circumstance.
_COLLECTIVE_OF_RE = re.compile(
    r"\b(?:fleet|constellation|network|team|portfolio|flotte|réseau|parc|équipe|effectif)"
    rf"[{_SPACES}]+(?:of|de|d['’])[{_SPACES}]*$",
    re.IGNORECASE,
)
_TEAM_OF_RE = re.compile(rf"\b(?:team|équipe)[{_SPACES}]+(?:of|de|d['’])[{_SPACES}]*$", re.IGNORECASE)
# Counts written in words, for things a company runs: "exploite trois centres", "operates four data centers".
_SPELLED_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "quatre-vingts": 80,
    "quatre-vingt-dix": 90,
}  # fmt: skip
_SPELLED_COUNT_RE = re.compile(
    rf"\b(?P<word>{'|'.join(sorted(_SPELLED_COUNTS, key=len, reverse=True))})(?![\w-])", re.IGNORECASE
)
_PEOPLE_AFTER_RE = re.compile(rf"[{_SPACES}]+(?:people|personnes)\b", re.IGNORECASE)
_STAFF_BEFORE_RE = re.compile(
    r"\b(?:emploie|emploient|employs|employ|compte|comptent|counts|team|équipe|staff|effectifs?)\b[^.;]*$",
    re.IGNORECASE,
)
_DOWNLOADED_RE = re.compile(r"\b(?:download\w*|téléchargé\w*)\b", re.IGNORECASE)
_YEAR_LIKE_RE = re.compile(r"(?:19|20)\d\d$")
# What puts a year-like number in time: "dès 2020", "since 2019", "en 2021".
_YEAR_PREPOSITION_BEFORE_RE = re.compile(
    rf"\b(?:dès|depuis|since|en|in|from|until|till|jusqu['’]en|avant|before|after|après)[{_SPACES}]+$",
    re.IGNORECASE,
)


_SUBSCRIBED_AFTER_RE = re.compile(
    rf"[{_SPACES}]+(?P<word>[a-zà-ÿ-]{{3,20}}[sx])"
    # Where those counted are may come between: "3,200 SMEs in Austria and Germany use the software".
    rf"(?:[{_SPACES}]+(?:in|en|dans|across)[{_SPACES}]+[A-Z][\w-]*(?:[{_SPACES}]+(?:and|et)[{_SPACES}]+[A-Z][\w-]*)?)?"
    rf"[{_SPACES}]+(?:"
    # Things the company's product has handled: "250 000 candidatures ont déjà été analysées par sa plateforme",
    # "2 million scans have been analysed by its software".
    rf"(?:ont|have)[{_SPACES}]+(?:(?:déjà|already)[{_SPACES}]+)?(?:été|been)[{_SPACES}]+[a-zà-ÿ]+[{_SPACES}]+"
    rf"(?:par|by)[{_SPACES}]+(?:sa|son|ses|leur|leurs|its|their)\b|"
    rf"(?:y[{_SPACES}]+)?(?:sont|are|were|étaient)[{_SPACES}]+(?:(?:aujourd['’]hui|déjà|now|already|currently)[{_SPACES}]+)?"
    rf"(?:abonnée?s|inscrite?s|subscribed|signed[{_SPACES}]+up|registered)\b"
    rf"|(?:use|utilisent|rely[{_SPACES}]+on)[{_SPACES}]+(?:its|their|the|son|sa|ses|leur|leurs|la|le|l['’])"
    rf"|l['’]utilisent\b)",
    re.IGNORECASE,
)


def _counted_places_before(before: str) -> bool:
    """Whether `before` ends on another count of the company's places or clients ("140 hospitals in"), not
    on a sum or a count of backers ("$12 million from investors in")."""
    match = _COUNT_IN_COUNT_BEFORE_RE.search(before)
    if match is None or re.search(r"[$€£]\s*$", before[: match.start()]):
        return False
    words = re.findall(r"[a-zà-ÿ-]+", match.group().lower())
    # "1 200 clients industriels dans 14 pays": where the customers counted are, told as their detail.
    return not any(word in _NOT_COUNTED or word in _SCALE_WORDS or word in _CLIENT_WORDS for word in words)


def _open_unit(sentence: str, number: str, start: int, end: int, scale: str) -> str | None:
    """The thing a bare number counts when it is no listed unit ("350 véhicules", "24 satellites"), or None.
    Only a count a verb governs: after a preposition or a determiner the number is a circumstance
    ("in 12 countries", "the two companies"), unless the verb before is one of use ("used by 900 hospitals")."""
    if _YEAR_LIKE_RE.fullmatch(number):
        return None
    _, bound_start = _bound_before(sentence, start)
    before = sentence[max(0, bound_start - 40) : bound_start]
    subscribed = _SUBSCRIBED_AFTER_RE.match(sentence, end)
    if subscribed and subscribed.group("word").lower() not in _NOT_COUNTED:
        # "Plus de 4 500 avocats y sont abonnés", "2,000 clinics use its software": the users it counts.
        return subscribed.group("word")
    if not re.search(rf"[a-zà-ÿ][{_SPACES}]+$", before, re.IGNORECASE):
        return None  # "En 2025, 3 groupes…": a number no verb governs opens a clause, it counts nothing said.
    if (
        _OPEN_PREPOSITION_RE.search(before)
        and not _USED_IN_BEFORE_RE.search(before)
        and not _SERVED_FOR_BEFORE_RE.search(sentence, max(0, bound_start - 160), bound_start)
        and not _COLLECTIVE_OF_RE.search(before)
        and not _COUNT_IN_COUNT_BEFORE_RE.search(before)
        and not _RATE_OF_BEFORE_RE.search(before)
    ):
        return None
    position = end
    de = _OPEN_AFTER_DE_RE.match(sentence, position)
    if de:
        position = de.end()
    elif scale.endswith("s"):
        return None  # "15 millions payables en fonction…": French counts a plural scale with "de".
    words: list[str] = []
    # "25 millions d'examens": the elided "d'" touches its noun, which is counted as "25 million exams" is.
    elided = _OPEN_ELIDED_WORD_RE.match(sentence, position) if de else None
    if elided and elided.group("word").lower() in _ELIDED_MONEY_NOUNS | _ELIDED_FUNCTION_WORDS:
        return None
    while len(words) < 3 and (match := elided or _OPEN_WORD_RE.match(sentence, position)):
        elided = None
        word = match.group("word")
        if word.lower() in _OPEN_STOP_WORDS or (words and word.lower() in _TRAILING_FREQUENCY):
            break
        words.append(word)
        position = match.end()
    if not words and _HIRING_VERB_BEFORE_RE.search(before) and _ADDED_COUNT_AFTER_RE.match(sentence, end):
        # "Elle prévoit d'en recruter 25 supplémentaires": people hired, even when the staff count they add to is
        # told in an earlier sentence (no elliptical count to continue).
        return "employees"
    if not words:
        # "a team of about 180.": the members of a team are its staff.
        closed = re.match(
            rf"[{_SPACES}]*(?:[.,;)]|$|(?:should|will|would|could|is|was|has|had|grew|plans|expects|devrait|doit|"
            rf"va|est|a)[{_SPACES}])",
            sentence[end:],
        )  # "de 12 à 30 collaborateurs" goes on; "its team of 85 should double" closes on its verb.
        return "employees" if _TEAM_OF_RE.search(before) and not de and closed else None
    if words[-1] in ("times", "fois") and _DOWNLOADED_RE.search(sentence, max(0, start - 60), start):
        return "downloads"  # "downloaded 12 million times": the count is of downloads.
    if not words[-1].endswith(("s", "x")):
        plural = [i for i, word in enumerate(words) if word.endswith(("s", "x"))]
        if not plural or not _NOUN_COMPLEMENT_RE.fullmatch(" ".join(words[plural[-1] + 1 :])):
            return None
        words = words[: plural[-1] + 1]  # "120 vélos cargo": the plural noun counted, its complement left.
    if (
        len(words) == 1
        and words[0].lower() in _REACH_PLACES
        and (_SOLD_IN_BEFORE_RE.search(before) or _counted_places_before(before))
    ):
        return words[0]  # "used in 140 hospitals in 11 countries", "running in 14 countries": its reach.
    if any(word.lower() in _NOT_COUNTED for word in words):
        return None
    return " ".join(words)


# What may lie between a count and a bare number that continues it: a short clause with no figure, then
# a verb or preposition that takes the number ("and plans to reach", "up from about", "d'en compter").
# A count taken up again after another in the same sentence, read from right after the first count's unit
# (`_elliptical_count`). Either a pronoun or an anaphor takes it up, however long the clause in between
# ("prévoit d'en déployer 25 000", "en vise 48", "plans to lift that figure to 100,000")…
_ELLIPTICAL_ANAPHOR = (
    r"(?:\b(?:d['’]en|l['’]en|en)[ \u00a0]+(?:vise|visait|viser|exploiter|déployer|"
    r"compter|employer|installer|ouvrir|lancer|mettre en service|avoir|atteindre|recruter|embaucher)|"
    r"\b(?:that|this|the|ce|cet|cette)[ \u00a0]+(?:figure|number|total|count|fleet|chiffre|nombre|parc)"
    r"[ \u00a0]+(?:to|à)|"
    # "employs 45 people… and plans to increase that to 120": a bare "that" after a verb of change.
    r"\b(?:increase|raise|lift|grow|expand|double|triple|take|bring)[ \u00a0]+(?:that|this)[ \u00a0]+to)"
)
# …or a word linking it to the first ("has 420 employees and plans to reach 700"), after a shorter gap.
_ELLIPTICAL_LINK = (
    r"\b(?:reach(?:ing)?|to|from|with|compter|atteindre|contre|"
    # "2.3 million active users, of whom about 180,000 pay for a subscription": a part of the count.
    r"of[ \u00a0]+whom|"
    r"against|compared\s+with|employer|employ|"
    # "operates 3,500 GPUs and plans to run 12,000", "has 42 vehicles and aims to have 500 on the road".
    r"(?:plans?|aims?|expects?|hopes?|wants?|intends?) to (?:have|run|operate|deploy|launch|add|install|"
    # "has about 260 employees and plans to hire 200 more", "employs 12 people and plans to hire another 15".
    r"ship|open|pass|exceed|surpass|hire|recruit))"
)
# The count itself and what closes it.
_ELLIPTICAL_COUNT = (
    rf"[{_SPACES}]+(?:(?:another|an additional|a further)[{_SPACES}]+)?"
    rf"(?:(?:about|around|roughly|some|nearly|environ|près de|quelque|moins de|less than|"
    rf"fewer than|the)[{_SPACES}]+)?"
    rf"(?P<number>\d{{1,3}}(?:[{_SPACES},.]\d{{3}})*(?![\d%]|[,.]\d)|(?:une|a)[{_SPACES}]+(?P<word>{'|'.join(_COUNT_WORDS)})\b"
    rf"|(?P<spelled>{'|'.join(_SPELLED_COUNTS)})(?![\w-]))"
    # "six more", "20 running", "500 on the road", "48 en orbite": what the count adds or where it runs.
    rf"(?=(?:[{_SPACES}]+(?:more|additional|new|supplémentaires|de plus|running|operating|in operation|"
    rf"on the road|in orbit|en orbite|en service|en circulation|mark))?"
    # "prévoit d'en embaucher 80 de plus en 2026": a year or its end after "en" closes the count too.
    rf"[{_SPACES}]*(?:$|[,.;)]|(?:by|à|a|an|in|d['’]ici|at|over|within|fin|end|l['’]an|today|aujourd['’]hui|"
    rf"en(?=[{_SPACES}]+(?:(?:19|20)\d\d|fin|début)\b)|"
    # "has grown from 12 people to 95 since its seed round": since when the count has grown; "2 million
    # learners, with about 350,000 of them active every month": a part of the count.
    rf"since|depuis|of[{_SPACES}]+them|d['’]entre[{_SPACES}]+(?:eux|elles)|this|next|cette|"
    # "contre 45 000 un an plus tôt", "contre 900 avant le confinement": the earlier count it is set against.
    rf"un[{_SPACES}]+an|une[{_SPACES}]+année|avant|pay|paient|"
    # "up from 90 two years ago", "contre 40 il y a deux ans": a date word closes the count too.
    rf"il[{_SPACES}]+y[{_SPACES}]+a|(?:[a-z-]+[{_SPACES}]+)?(?:years?|months?)[{_SPACES}]+ago)\b))"
)
_ELLIPTICAL_ANAPHOR_RE = re.compile(_ELLIPTICAL_ANAPHOR + _ELLIPTICAL_COUNT, re.IGNORECASE)
_ELLIPTICAL_LINK_RE = re.compile(_ELLIPTICAL_LINK + _ELLIPTICAL_COUNT, re.IGNORECASE)
# The gap before an anaphor: up to 130 characters, no number, no stop.
_ANAPHOR_GAP_RE = re.compile(r"[^.;:\d]{0,130}+")
# One step of the gap before a linking word (up to 90 steps): a character that is no number nor stop, or a year
# ("rise to 250 by the end of 2026 from 140 today").
_LINK_GAP_STEP_RE = re.compile(r"[^.;:\d]|(?<!\d)(?:19|20)\d\d(?!\d)")
_LINK_GAP_STEPS = 90
_INDEX_NAME_RE = re.compile(
    r"\b(?:Fortune|Global|S&P|FTSE|CAC|Stoxx|STOXX|Russell|Nikkei|DAX|SMI|Forbes|Inc\.|Top)[\s\u00a0]?$"
    # "the STOXX Europe 600 index": the index's region between its name and its number.
    r"|\b(?:Stoxx|STOXX)[\s\u00a0]+(?:Europe|Euro|Global|USA|Asia)[\s\u00a0]?$"
)
_RANGE_GAP_RE = re.compile(rf"^[{_SPACES}]*(?:à|a|et|and|to|-|–)[{_SPACES}]*$", re.IGNORECASE)
_RANGE_NEXT_RE = re.compile(
    rf"[{_SPACES}]*(?:à|a|et|and|to|-|–)[{_SPACES}]*"
    rf"(?:(?:près de|environ|about|around|roughly|nearly|some)[{_SPACES}]+)?(?:US\$|\$|€|£)?\d",
    re.I,
)
_BETWEEN_BEFORE_RE = re.compile(rf"\b(?:entre|between)[{_SPACES}]+$", re.IGNORECASE)
_RANGE_OPEN_RE = re.compile(rf"\b(?:entre|between|de|from)[{_SPACES}]+$", re.IGNORECASE)
_PERCENT_RE = re.compile(
    rf"(?<![\w.,])(?P<num>\d{{1,3}}(?:[.,]\d{{1,3}})?)[{_SPACES}]?(?:%|pour[{_SPACES}]?cent\b|per[{_SPACES}]?cent\b|percent\b)",
    re.IGNORECASE,
)


def parse_number(token: str, language: str | None = None, scaled: bool = False) -> float:
    """The value of a written number ("84,7", "1 000", "1,250", "6.6"); garbled grouping keeps its tail."""
    return _read_number(token, language, scaled)[0]


def _read_number(token: str, language: str | None, scaled: bool) -> tuple[float, int]:
    """The value of `token` and the offset in it where the digits that make the value begin."""
    parts = re.split(r"([ \u00a0\u202f,.'’_])", token)
    digits, seps = parts[0::2], parts[1::2]
    decimal = None
    if (
        seps
        and seps[-1] in ".,"
        and (len(digits[-1]) != 3 or _is_decimal_triplet(seps[-1], seps, language, scaled))
    ):
        decimal = digits[-1]
        digits, seps = digits[:-1], seps[:-1]
    offset = 0
    if seps and not _valid_grouping(digits, seps):
        # Garbled grouping ("1,1,1", "2025 130"): keep only the last group, which reads as the number.
        offset = len("".join(p for pair in zip(digits[:-1], seps, strict=True) for p in pair))
        digits = digits[-1:]
    whole = "".join(digits)
    value = float(f"{whole}.{decimal}") if decimal is not None else float(whole)
    return value, offset


def _is_decimal_triplet(sep: str, seps: list[str], language: str | None, scaled: bool) -> bool:
    """'1,250 milliard' in French and '1.250 billion' in English are decimals, '1,250' alone is not."""
    decimal_sep = "," if language == "fr" else "."
    return sep == decimal_sep and seps.count(sep) == 1 and scaled


def _valid_grouping(digits: list[str], seps: list[str]) -> bool:
    """Thousands groups: 1-3 digits first, then exactly 3, one kind of separator."""
    return 1 <= len(digits[0]) <= 3 and all(len(d) == 3 for d in digits[1:]) and len(set(seps)) == 1


# A number in scientific notation ("$1e308 million", "1E+5"): no newsroom writes a sum so, and its digits read
# one by one ("$1" and "5 million") would be sums nobody told; the whole number is refused, no part of it kept.
_SCIENTIFIC_RE = re.compile(r"(?<![\w.,])\d[\d.,]*[eE][+-]?\d+")


def _inside_any(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether `span` overlaps one of `spans`."""
    return any(start < span[1] and span[0] < end for start, end in spans)


def parse_amounts(sentence: str, language: str | None = None) -> list[AmountMention]:
    """All money amounts and counted quantities of `sentence`, in order, with bounds and ranges merged."""
    scientific = [found.span() for found in _SCIENTIFIC_RE.finditer(sentence)]
    raw = [
        mention
        for match in _NUMBER_RE.finditer(sentence)
        if not _inside_any(match.span(), scientific) and (mention := _read_amount(sentence, match, language))
    ]
    merged = [
        amount for amount in _change_starts(sentence, _merge_ranges(sentence, raw)) if not _is_bare(amount)
    ]
    merged = sorted(
        merged
        + _approximate_counts(sentence)
        + _approximate_money(sentence)
        + _spelled_counts(sentence)
        + _one_million_counts(sentence)
        + _spelled_money(sentence)
        + _team_size_counts(sentence),
        key=lambda amount: amount.span,
    )
    merged = sorted(merged + _spelled_open_counts(sentence, merged), key=lambda amount: amount.span)
    merged = sorted(merged + _elliptical_counts(sentence, merged, language), key=lambda amount: amount.span)
    targets = _headcount_targets(sentence, merged, language)
    # "Headcount is set to rise to 250 by the end of 2026 from 140 today": the number a target grows from.
    targets += _elliptical_counts(
        sentence, sorted(merged + targets, key=lambda amount: amount.span), language
    )
    merged = sorted(merged + targets, key=lambda amount: amount.span)
    merged = [amount for amount in merged if not _is_unit_price(sentence, amount)]
    return _inherit_currencies(merged)


# A price per period, user or seat, or a subscription's: "9,99 euros par mois", "£4.99-a-month", "$12.99 monthly
# subscription tier", "$30 per user": what a customer pays, no sum of the company's.
_PRICE_PER_AFTER_RE = re.compile(
    rf"(?:[{_SPACES}]*+(?:-[{_SPACES}]*+)?(?:an?|par|per|/)[{_SPACES}-]*+(?:month|mois|year|an|week|semaine|user|"
    rf"utilisateur|seat|siège|licen[cs]e)\b|[{_SPACES}-]*+(?:monthly[{_SPACES}]++|annual[{_SPACES}]++|"
    rf"yearly[{_SPACES}]++|mensuel[{_SPACES}]++)?(?:subscription|abonnement|tier)\b)",
    re.IGNORECASE,
)


def _is_unit_price(sentence: str, amount: AmountMention) -> bool:
    """A small sum in plain digits that a period, a user or a subscription follows: a price, no fact."""
    return (
        amount.currency is not None
        and not amount.has_scale
        and amount.value < 10_000
        and _PRICE_PER_AFTER_RE.match(sentence, amount.span[1]) is not None
    )


_PURPOSE_VERB_BEFORE_RE = re.compile(
    rf"\b(?:pour|to|afin[{_SPACES}]+d['’e])[{_SPACES}]*[a-zà-ÿ]+[{_SPACES}]+$", re.IGNORECASE
)


def _spelled_open_counts(sentence: str, taken: list[AmountMention]) -> list[AmountMention]:
    """Counts written in words of a thing a company runs: "exploite trois centres de données", "operates four
    data centers", "a placé douze satellites". Under the same conditions as a count in digits (`_open_unit`)."""
    if any(amount.currency is None for amount in taken):
        # Beside counts in digits, a count in words is a detail of the description ("operates 18,000 GPUs
        # across six sites", "trois sites… pour 120 MW"): the press gives its headline figures in digits.
        # Beside a sum of money it is a count of its own ("has sold four systems and booked €4.1 million").
        return []
    found = []
    for match in _SPELLED_COUNT_RE.finditer(sentence):
        unit = _open_unit(sentence, match.group(), match.start(), match.end(), "") or _spelled_headcount(
            sentence, match
        )
        if unit is None or (taken and _PURPOSE_VERB_BEFORE_RE.search(sentence, 0, match.start())):
            # "un contrat de 6 millions d'euros pour équiper deux vraquiers": the deal's object, no count.
            continue
        bound, bound_start = _bound_before(sentence, match.start())
        found.append(
            AmountMention(
                value=float(_SPELLED_COUNTS[match.group("word").lower()]),
                currency=None,
                bound=bound,
                amount_max=None,
                span=match.span(),
                bound_start=bound_start,
                unit=unit,
                open_unit=True,
            )
        )
    return found


def _spelled_headcount(sentence: str, match: re.Match) -> str | None:
    """'L'équipe, qui compte douze personnes', 'emploie quatre-vingts personnes', 'the team is fourteen people':
    people a company employs or its team counts are its staff; other people ("three people familiar") are not."""
    if not _PEOPLE_AFTER_RE.match(sentence, match.end()):
        return None
    before = sentence[max(0, match.start() - 50) : match.start()]
    return "employees" if _STAFF_BEFORE_RE.search(before) else None


def _change_starts(sentence: str, amounts: list[AmountMention]) -> list[AmountMention]:
    """'faire passer son équipe de 12 à 30 collaborateurs', 'grow from 12 to 30 employees': the bare number a
    change starts from counts what the end figure counts (today's figure, the end being the target)."""
    result = []
    for position, amount in enumerate(amounts):
        following = amounts[position + 1] if position + 1 < len(amounts) else None
        if (
            _is_bare(amount)
            and following is not None
            and following.unit
            and _RANGE_GAP_RE.match(sentence[amount.span[1] : following.bound_start])
            and _CHANGE_FROM_RE.search(sentence, max(0, amount.bound_start - 70), amount.bound_start)
        ):
            amount = _replace(amount, unit=following.unit)
        result.append(amount)
    return result


# The adjective a headcount makes ("70-person", "85-employee", "200-strong"), for this reader and the fact
# builder's present-count test.
HEADCOUNT_ADJECTIVES = r"person|people|employee|member|strong"
# "the 18-person team", "its 70-person team", "the 85-employee company": a headcount written as the
# adjective of the staff or the company itself, named as the sentence's topic (definite or possessive);
# "acquire X, a 40-person company" describes a deal's target, left to the deal.
_TEAM_SIZE_RE = re.compile(
    rf"\b(?:the|its|their|our|[A-Z][\w-]*['’]s)\s+(?P<number>\d{{1,3}}(?:,\d{{3}})?)-(?:{HEADCOUNT_ADJECTIVES})\s+"
    r"(?:(?:[a-z]+\s+)?team|company|startup|start-up|firm|staff|workforce|outfit|studio)\b",
    re.IGNORECASE,
)


def _team_size_counts(sentence: str) -> list[AmountMention]:
    """Headcounts written as a compound adjective: "the 70-person team", "The 85-person company"."""
    return [
        AmountMention(
            value=float(match.group("number").replace(",", "")),
            currency=None,
            bound="exact",
            amount_max=None,
            span=(match.start("number"), match.end()),
            bound_start=match.start("number"),
            unit="employees",
        )
        for match in _TEAM_SIZE_RE.finditer(sentence)
    ]


def _one_million_counts(sentence: str) -> list[AmountMention]:
    """Counts of a million written with the article: "plus d'un million de membres", "a million users"."""
    found = []
    for match in _ONE_MILLION_RE.finditer(sentence):
        unit_match = _UNIT_RE.match(sentence, match.end(), min(len(sentence), match.end() + _SUFFIX_WINDOW))
        money = None if unit_match else _ONE_SCALE_CURRENCY_RE.match(sentence, match.end())
        if unit_match is None and (money is None or _word_currency(money.group("word")) is None):
            continue
        bound, bound_start = _bound_before(sentence, match.start())
        elided = _ELIDED_BOUND_RE.search(sentence, max(0, match.start() - 12), match.start())
        if elided:  # "plus d'un million": the bound's "de" is elided before "un".
            bound = _ELIDED_BOUND_KIND[elided.group(1).lower()]
            bound_start = elided.start()
        unit = unit_match.group("unit").lower() if unit_match else None
        found.append(
            AmountMention(
                value=_ONE_SCALE[match.group("scale").lower()],
                currency=_word_currency(money.group("word")) if money else None,
                bound=bound,
                amount_max=None,
                span=(match.start(), (unit_match or money).end()),
                bound_start=bound_start,
                unit=_UNIT_NAMES.get(unit, unit) if unit else None,
                has_scale=money is not None,
            )
        )
    return found


def _spelled_counts(sentence: str) -> list[AmountMention]:
    """Headcounts spelled out in tens: "sixty staff", "quarante salariés". Only tens and only staff nouns:
    "two companies" or "three people familiar with the matter" are no company's count. Hundreds and
    thousands too ("roughly six hundred people"), where "people" is a headcount."""
    found = []
    for match in _SPELLED_HUNDREDS_RE.finditer(sentence):
        bound, bound_start = _bound_before(sentence, match.start())
        found.append(
            AmountMention(
                value=_SPELLED_UNITS[match.group("unit").lower()]
                * _SPELLED_SCALES[match.group("scale").lower()],
                currency=None,
                bound=bound,
                amount_max=None,
                span=match.span(),
                bound_start=bound_start,
                unit="employees",
            )
        )
    for match in _SPELLED_TENS_RE.finditer(sentence):
        found.append(
            AmountMention(
                value=_SPELLED_TENS[match.group("word").lower()],
                currency=None,
                bound=_bound_before(sentence, match.start())[0],
                amount_max=None,
                span=match.span(),
                bound_start=_bound_before(sentence, match.start())[1],
                unit="employees",
            )
        )
    return found


def _paying_part(sentence: str, end: int, unit: str) -> str:
    """The unit of a part of a count that pays ("2.3 million users, of whom 180,000 pay"): "paying users";
    any other part counts the same thing as the whole."""
    paying = re.match(rf"[{_SPACES}]+(?:pay|paient)\b", sentence[end:], re.IGNORECASE)
    return f"paying {unit}" if paying else unit


def _elliptical_count(sentence: str, start: int, end: int) -> re.Match[str] | None:
    """The count taken up again from `start` (before `end`): the anaphor at the nearest place the gap allows,
    else the linking word. The same matches, in the same order, as one regex with a lazy gap before its words,
    which tried every gap length from every start when searched over a long text."""
    gap = _ANAPHOR_GAP_RE.match(sentence, start, end)
    for place in range(start, gap.end() + 1):
        if told := _ELLIPTICAL_ANAPHOR_RE.match(sentence, place, end):
            return told
    place = start
    for _ in range(_LINK_GAP_STEPS + 1):
        if told := _ELLIPTICAL_LINK_RE.match(sentence, place, end):
            return told
        step = _LINK_GAP_STEP_RE.match(sentence, place, end)
        if step is None:
            return None
        place = step.end()
    return None


def _elliptical_counts(
    sentence: str, amounts: list[AmountMention], language: str | None
) -> list[AmountMention]:
    """A bare number that continues a count of the same sentence counts the same thing: "has 420 employees
    and plans to reach 700 by the end of the year", "up from 30 a year ago", "prévoit d'en compter 150".
    The number must be closed by punctuation or a date word, so "reach 700 million" or "from 12 countries"
    are not read as such."""
    found = []
    for amount in amounts:
        if amount.unit is None:
            continue
        match = _elliptical_count(sentence, amount.span[1], min(len(sentence), amount.span[1] + 170))
        if match is None or any(
            other.span[0] < match.end("number") and match.start("number") < other.span[1] for other in amounts
        ):
            continue
        bound, bound_start = _bound_before(sentence, match.start("number"))
        word = (match.group("word") or "").lower()
        if match.group("spelled"):
            value = float(_SPELLED_COUNTS[match.group("spelled").lower()])
        else:
            value, bound = _bare_count(word, match.group("number"), bound, language)
        found.append(
            AmountMention(
                value=value,
                currency=None,
                bound=bound,
                amount_max=None,
                span=match.span("number"),
                bound_start=bound_start,
                unit=_paying_part(sentence, match.end("number"), amount.unit),
                open_unit=amount.open_unit,
                continues=amount.bound_start if amount.continues is None else amount.continues,
            )
        )
    return found


# A staff noun and the bare number it is taken to ("double its headcount to about 300 by 2026", "grow its
# workforce from 140 to 250 over the period", "porter ses effectifs à une centaine d'ici 2023"): the number
# counts staff though no noun follows it. Closed by punctuation or a date word, so "à 1,5 million" or "to 12
# countries" are not read as such; a year is no count.
_COUNT_NUMBER = rf"(?:\d{{1,3}}(?:[{_SPACES},.]\d{{3}})+|(?!(?:19|20)\d\d\b)\d{{1,4}})(?![\d%]|[.,]\d)"
_PAST_GROWTH = (
    r"(?:(?:has|have|had)\s+(?:grown|risen|increased|climbed|doubled|jumped|expanded|swelled)|grew|rose|"
    r"increased|climbed|jumped|expanded|swelled|(?:est|sont|a|ont)\s+(?:passée?s?|grimpée?s?|augmentée?s?))"
)
_HEADCOUNT_TARGET_RE = re.compile(
    r"\b(?:workforce|headcount|staff|staffing|team|employees|effectifs?|équipes?|salariés|collaborateurs)"
    # "headcount has grown from 30 to 85", "l'effectif est passé de 30 à 85": a past change, then its figures.
    rf"[{_SPACES}]+(?:{_PAST_GROWTH}[{_SPACES}]+(?=(?:from|de)[{_SPACES}]))?(?:(?:from|de)[{_SPACES}]+(?P<start>{_COUNT_NUMBER})(?P<rest>[^.;:\d]{{0,25}}?)[{_SPACES}]+)?"
    # "headcount is set to rise to 250", "the workforce will grow to 300": a verb of growth before "to".
    rf"(?:(?:is|are|will|would|should|could)[{_SPACES}]+(?:[a-z]+[{_SPACES}]+){{0,3}}?"
    rf"(?:rise|grow|increase|climb|expand|swell|double|jump)[{_SPACES}]+|"
    # "headcount has grown to 410 from 120": a change told in the past, its end figure first.
    rf"{_PAST_GROWTH}[{_SPACES}]+(?=to[{_SPACES}]))?"
    rf"(?:to|à)[{_SPACES}]+(?:(?:about|around|roughly|some|nearly|approximately|environ|près de|quelque)[{_SPACES}]+)?"
    rf"(?P<number>{_COUNT_NUMBER}|(?:une|a)[{_SPACES}]+(?P<word>{'|'.join(_COUNT_WORDS)})\b)"
    rf"(?=[{_SPACES}]*(?:$|[,.;)]|(?:by|à|a|an|in|d['’]ici|at|over|within|fin|end|l['’]an|next|this|from)\b))",
    re.IGNORECASE,
)


def _bare_count(word: str, number: str, bound: str, language: str | None) -> tuple[float, str]:
    """The value and bound of a count written "une centaine" / "a hundred" (`word`) or in digits."""
    if word:
        return _COUNT_WORDS[word], "exact" if word in (
            "hundred",
            "thousand",
        ) and bound == "exact" else "approx"
    return _read_number(number, language, scaled=False)[0], bound


def _headcount_targets(
    sentence: str, amounts: list[AmountMention], language: str | None
) -> list[AmountMention]:
    """Bare numbers a staff noun is taken to, and the one it starts from (`_HEADCOUNT_TARGET_RE`)."""
    found = []
    for match in _HEADCOUNT_TARGET_RE.finditer(sentence):
        groups = ["number"] + (["start"] if match.group("start") and not match.group("rest").strip() else [])
        for group in groups:
            start, end = match.span(group)
            if any(other.span[0] < end and start < other.span[1] for other in amounts):
                continue
            bound, bound_start = _bound_before(sentence, start)
            word = (match.group("word") or "").lower() if group == "number" else ""
            value, bound = _bare_count(word, match.group(group), bound, language)
            found.append(
                AmountMention(
                    value=value,
                    currency=None,
                    bound=bound,
                    amount_max=None,
                    span=(start, end),
                    bound_start=bound_start,
                    unit="employees",
                )
            )
    return found


def _approximate_counts(sentence: str) -> list[AmountMention]:
    """Counts written as words: "une trentaine de personnes", "a dozen customers", "about a hundred people"."""
    found = []
    for match in _COUNT_WORD_RE.finditer(sentence):
        if _SCALE_AFTER_COUNT_RE.match(sentence, match.end()):
            continue  # "une dizaine de millions de personnes" is not ten people.
        unit_match = _UNIT_RE.match(sentence, match.end(), min(len(sentence), match.end() + _SUFFIX_WINDOW))
        if unit_match is None:
            continue
        word = match.group("word").lower()
        unit = unit_match.group("unit").lower()
        if unit in _VOLUME_UNITS:
            continue  # "a dozen AI claims startups": a volume noun after a count word is mostly a modifier.
        found.append(
            AmountMention(
                value=_COUNT_WORDS[word],
                currency=None,
                bound="exact" if word in ("hundred", "thousand") and not match.group("bound") else "approx",
                amount_max=None,
                span=(match.start("word"), unit_match.end()),
                bound_start=match.start(),
                unit=_UNIT_NAMES.get(unit, unit),
            )
        )
    return found


def _approximate_money(sentence: str) -> list[AmountMention]:
    """Money written as a round count of millions: "une vingtaine de millions d'euros", "une centaine de
    milliards de dollars". Only with a currency: "une dizaine de millions" alone could count anything."""
    found = []
    for match in _COUNT_OF_SCALE_RE.finditer(sentence):
        suffix = _SUFFIX_RE.match(sentence, match.end("de"), min(len(sentence), match.end() + _SUFFIX_WINDOW))
        currency = _suffix_currency(suffix)
        scale = (suffix.group("scale") or "").lower() if suffix else ""
        if currency is None or scale not in _SCALES:
            continue
        found.append(
            AmountMention(
                value=_COUNT_WORDS[match.group("word").lower()] * _SCALES[scale],
                currency=currency,
                bound="approx",
                amount_max=None,
                span=(match.start("word"), _trim_end(sentence, match.end(), suffix.end())),
                bound_start=match.start(),
                has_scale=True,
            )
        )
    return found


# "raised five billion yen", "valorisée deux milliards d'euros": money whose count of millions is spelled out.
# Only with the currency written after the scale: "three million users" is no money.
# ("one million", "un milliard" are read by `_one_million_counts`.)
_SPELLED_MONEY_UNITS = {word: float(value) for word, value in _SPELLED_COUNTS.items() if 1 < value <= 20}
_SPELLED_MONEY_RE = re.compile(
    rf"\b(?P<word>{'|'.join(sorted(_SPELLED_MONEY_UNITS, key=len, reverse=True))})[{_SPACES}]+"
    r"(?P<scale>trillions?|billions?|milliards?|millions?)\b",
    re.IGNORECASE,
)


def _spelled_money(sentence: str) -> list[AmountMention]:
    """Money whose count of millions or billions is spelled out: "five billion yen", "six billion euros",
    "deux milliards d'euros". Only with a currency word right after the scale."""
    found = []
    for match in _SPELLED_MONEY_RE.finditer(sentence):
        money = _ONE_SCALE_CURRENCY_RE.match(sentence, match.end())
        currency = _word_currency(money.group("word")) if money else None
        word, scale = match.group("word").lower(), match.group("scale").lower()
        if currency is None:
            continue
        bound, bound_start = _bound_before(sentence, match.start())
        found.append(
            AmountMention(
                value=_SPELLED_MONEY_UNITS[word] * _SCALES[scale],
                currency=currency,
                bound=bound,
                amount_max=None,
                span=(match.start(), money.end()),
                bound_start=bound_start,
                has_scale=True,
            )
        )
    return found


def _is_bare(amount: AmountMention) -> bool:
    """A plain number kept only in case it opens a range ('entre 5 et 6 milliards')."""
    return not amount.has_scale and amount.currency is None and amount.unit is None


def _read_amount(sentence: str, match: re.Match, language: str | None) -> AmountMention | None:
    """One number with its surroundings, or None when it is neither money nor a counted quantity."""
    start, end = match.span()
    if (
        start
        and sentence[start - 1] in "hs"
        and not _LETTER_SIGN_BEFORE_RE.search(sentence, max(0, start - 4), start)
    ):
        return None  # "h2", "s3": digits inside a word.
    if start >= 2 and sentence[start - 1] == "-" and sentence[start - 2].isalpha():
        return None  # "K-12 students", "Covid-19": a number glued to a name by a hyphen is part of it.
    if _INDEX_NAME_RE.search(sentence, max(0, start - 16), start):
        return None  # "Fortune 500", "S&P 500", "CAC 40": the name of a list or an index, not a quantity.
    window = sentence[end : end + _SUFFIX_WINDOW]
    suffix = _SUFFIX_RE.match(window)
    scale_word = _scale_key(suffix.group("scale") or "") if suffix else ""
    prefix = _PREFIX_CURRENCY_RE.search(sentence[max(0, start - 8) : start])
    currency = _suffix_currency(suffix) or (_symbol_currency(prefix.group("cur")) if prefix else None)
    if suffix and suffix.group("word") and _word_currency(suffix.group("word")) is None:
        return None  # "2 billion pesos": a currency we cannot name gives no amount, never a wrong one.
    if prefix and prefix.group("cur") == "COP" and not scale_word:
        return (
            None  # "announced at COP 28": the climate conference, no Colombian pesos ("COP 40 billion" is).
        )
    capacity = None if prefix else _CAPACITY_RE.match(sentence, end)
    if capacity and not _own_capacity(sentence, start, capacity):
        capacity = None
    if capacity:
        scale_word, suffix, currency = "", None, None  # "450MW": the M is mega, no million.
    if scale_word in _SHORT_SCALES and not _short_scale_ok(suffix, prefix):
        scale_word, suffix = "", None
        currency = _symbol_currency(prefix.group("cur")) if prefix else None
    value, offset = _read_number(match.group(), language, scaled=bool(scale_word))
    start += offset
    multiplier = _SCALES.get(scale_word, 1.0)
    if scale_word.startswith("billion") and language == "fr":
        multiplier = 1e12  # French "billion" is a million million.
    value *= multiplier
    amount_end = end + (suffix.end() if suffix and (scale_word or currency and not prefix) else 0)
    amount_end = _trim_end(sentence, end, amount_end)
    unit = None
    open_unit = False
    if capacity:
        value, unit, amount_end = _capacity_value(value, capacity)
    elif currency is None:
        unit_match = _UNIT_RE.match(sentence, amount_end, min(len(sentence), amount_end + _SUFFIX_WINDOW))
        if unit_match:
            if _YEAR_LIKE_RE.fullmatch(match.group()) and _YEAR_PREPOSITION_BEFORE_RE.search(
                sentence[max(0, start - 16) : start]
            ):
                return None  # "utilise dès 2020 les modèles de X": a year, then the object, counts nothing.
            unit = _UNIT_NAMES.get(unit_match.group("unit").lower(), unit_match.group("unit").lower())
        else:
            unit = _open_unit(sentence, match.group(), start, amount_end, scale_word)
            open_unit = unit is not None
            if (
                unit is None
                and not scale_word
                and not _RANGE_NEXT_RE.match(sentence, amount_end, amount_end + 24)
            ):
                return None
    if not math.isfinite(value) or value > MAX_AMOUNT or value <= 0:
        return None  # zero is no amount, and neither is anything absurd
    amount_start = start - len(prefix.group()) if prefix else start
    if _NEGATIVE_RE.search(sentence, max(0, amount_start - 2), amount_start):
        return None  # "-5 milliards": a negative amount is no investment

    bound, bound_start = _bound_before(sentence, amount_start)
    return AmountMention(
        value=value,
        currency=currency,
        bound=bound,
        amount_max=None,
        span=(amount_start, amount_end),
        bound_start=bound_start,
        unit=unit,
        in_parentheses=_in_parentheses(sentence, amount_start),
        has_scale=bool(scale_word),
        open_unit=open_unit,
    )


def _scale_key(written: str) -> str:
    """The `_SCALES` key of a written scale word: "Mrd." is "mrd", "lakhs crores" is "lakh crore"."""
    word = written.lower().rstrip(".")
    return "lakh crore" if word.startswith("lakh") and "crore" in word else word


def _own_capacity(sentence: str, start: int, capacity: re.Match) -> bool:
    """Whether a capacity may be a company's own: not the size of one thing, gigawatts only when aimed at."""
    before = sentence[max(0, start - 60) : start]
    if _ONE_THING_BEFORE_RE.search(before):
        return False
    return not capacity.group("giga") or bool(_OWN_GIGA_BEFORE_RE.search(before))


def _capacity_value(value: float, capacity: re.Match) -> tuple[float, str, int]:
    """A capacity in megawatts or megawatt-hours, its unit, and where its written unit ends."""
    word = capacity.group().lower()
    hours = "h" in word.replace("gigawatt", "").replace("megawatt", "").replace("mégawatt", "")
    if capacity.group("giga"):
        value *= 1000
    return value, "megawatt-hours" if hours else "megawatts", capacity.end()


def _short_scale_ok(suffix: re.Match, prefix: re.Match | None) -> bool:
    """'600m' or '385 M€' are amounts; '600 m' of road is not: a short scale needs a sign or no gap."""
    return bool(
        prefix
        or suffix.group("sym")
        or suffix.group("code")
        or suffix.group("word")
        or not suffix.group("gap1")
    )


def _trim_end(sentence: str, number_end: int, amount_end: int) -> int:
    """Drop a trailing '.' that closes the sentence rather than an abbreviation ('Mrd.')."""
    if amount_end > number_end and sentence[amount_end - 1] == "." and amount_end == len(sentence):
        return amount_end - 1
    return amount_end


def _suffix_currency(suffix: re.Match | None) -> str | None:
    """ISO code of the currency written after the number."""
    if not suffix:
        return None
    if suffix.group("sym"):
        return _symbol_currency(suffix.group("sym"))
    if suffix.group("code"):
        return suffix.group("code").upper()
    word = suffix.group("word")
    return _word_currency(word) if word else None


def _word_currency(word: str) -> str | None:
    """ISO code of a currency written as a word ("euros", "dollars américains")."""
    for pattern, code in _CURRENCY_WORDS:
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return code
    return None


def _symbol_currency(symbol: str) -> str:
    """ISO code for a currency sign or code."""
    # The suffix is read ignoring case ("mex$"): the table's keys are upper case but for the letter signs.
    return _SYMBOLS.get(symbol) or _SYMBOLS.get(symbol.upper(), symbol.upper())


def _bound_before(sentence: str, start: int) -> tuple[str, int]:
    """The bound phrase right before an amount ("plus de", "up to") and where it starts."""
    window_start = max(0, start - _PREFIX_WINDOW)
    match = _BOUND_RE.search(sentence[window_start:start])
    if not match:
        return "exact", start
    phrase = " ".join(match.group("phrase").lower().split())
    phrase = re.sub(r" (?:a further|an additional|another|additional|further|encore)$", "", phrase)
    if phrase in _BOUND_KIND:
        kind = _BOUND_KIND[phrase]
    elif phrase.startswith(("avoisin", "approche")):
        kind = "approx"  # "il avoisinerait les 60 millions": close to the sum.
    elif phrase.startswith(_MAXIMUM_PHRASES):
        kind = "maximum"
    else:
        kind = "minimum"
    if _NEARING_OR_PASSING_RE.fullmatch(phrase):
        return kind, start
    return kind, window_start + match.start()


def _in_parentheses(sentence: str, start: int) -> bool:
    """True when the amount sits inside '(…)' opened shortly before it: an equivalent or an aside."""
    window = sentence[max(0, start - 25) : start]
    opened = window.rfind("(")
    return opened != -1 and ")" not in window[opened:]


def _merge_ranges(sentence: str, amounts: list[AmountMention]) -> list[AmountMention]:
    """'entre 5 et 6 milliards', '4 to 5 billion', '$4bn-$5bn' become one amount with bound 'range'."""
    result: list[AmountMention] = []
    index = 0
    while index < len(amounts):
        low = amounts[index]
        high = amounts[index + 1] if index + 1 < len(amounts) else None
        if high and _is_range(sentence, low, high):
            result.append(_range_of(low, high, _GIGA_WRITTEN_RE.search(sentence, *high.span) is not None))
            index += 2
            continue
        result.append(low)
        index += 1
    return result


def _is_range(sentence: str, low: AmountMention, high: AmountMention) -> bool:
    """Two amounts joined by 'à/to/-' (or 'entre … et') with the same unit make a range."""
    gap = sentence[low.span[1] : high.span[0]]
    # "entre 80 et 100 personnes": a bare low number counts what the high one counts. Not after "de/from":
    # "faire passer son équipe de 12 à 30 collaborateurs" is a change, read by `_change_starts`.
    between = _BETWEEN_BEFORE_RE.search(sentence, max(0, low.bound_start - 12), low.bound_start)
    units_differ = (low.unit or high.unit) and low.unit != high.unit and not (_is_bare(low) and between)
    if not _RANGE_GAP_RE.match(gap) or units_differ:
        return False
    if low.currency and high.currency and low.currency != high.currency:
        return False
    joined_by_and = gap.strip().lower() in ("et", "and")
    opened = bool(_RANGE_OPEN_RE.search(sentence[max(0, low.bound_start - 12) : low.bound_start]))
    return (opened or not joined_by_and) and low.bound == "exact"


def _range_of(low: AmountMention, high: AmountMention, giga: bool = False) -> AmountMention:
    """The merged range; a bare low number borrows the high one's scale ('4 to 5 billion'), or its giga
    prefix ('entre 65 et 90 GW' is 65,000 to 90,000 MW: capacities are stored in mega)."""
    low_value = low.value
    if not low.has_scale and high.has_scale:
        scale = _scale_of(high)
        low_value = low.value * scale
    elif giga and low.unit is None:
        low_value = low.value * 1000
    if low_value > high.value:
        return high
    return AmountMention(
        value=low_value,
        currency=low.currency or high.currency,
        bound="range",
        amount_max=high.value,
        span=(low.span[0], high.span[1]),
        bound_start=low.bound_start,
        unit=high.unit,
        open_unit=high.open_unit,
        in_parentheses=low.in_parentheses,
        has_scale=True,
    )


# A capacity written with the giga prefix ("90 GW", "1,5 gigawatt"), which `_capacity_value` turned to mega.
_GIGA_WRITTEN_RE = re.compile(r"\d\s*(?:GWh?\b|gigawatt)", re.IGNORECASE)


def _scale_of(amount: AmountMention) -> float:
    """The power of a thousand an amount was written with (1e9 for '5 billion')."""
    for scale in (1e12, 1e9, 1e6, 1e3):
        if amount.value >= scale:
            return scale
    return 1.0


def _inherit_currencies(amounts: list[AmountMention]) -> list[AmountMention]:
    """'50 milliards de dollars … chacun 30 milliards': a bare scaled amount takes the last written currency.

    Parenthesised equivalents ("(environ 84,7 milliards de francs)") never lend their currency.
    """
    result = []
    last_currency = None
    for amount in amounts:
        if amount.currency is None and amount.unit is None and amount.has_scale and last_currency:
            amount = _replace(amount, currency=last_currency, currency_implied=True)
        if amount.currency and not amount.in_parentheses and not amount.currency_implied:
            last_currency = amount.currency
        result.append(amount)
    return result


def _replace(amount: AmountMention, **changes) -> AmountMention:
    """A copy of `amount` with some fields changed."""
    values = {field: getattr(amount, field) for field in amount.__dataclass_fields__}
    values.update(changes)
    return AmountMention(**values)


def parse_percentages(sentence: str) -> list[PercentMention]:
    """Percentages of `sentence` with their bound ("environ 11 %" is approximate)."""
    result = []
    for match in _PERCENT_RE.finditer(sentence):
        value = float(match.group("num").replace(",", "."))
        if value > 100:
            continue
        bound, _ = _bound_before(sentence, match.start())
        result.append(PercentMention(value=value, bound=bound, span=match.span()))
    return result
