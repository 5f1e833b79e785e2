"""Organisations named or designated in an article, each occurrence resolved to one canonical name.

Three sources of names, in this order:
1. the built-in knowledge file (`data/knowledge.json`): spellings and distinctive aliases;
2. the text itself: capitalised names introduced by a cue ("la start-up Kyutai", "Helix, a Paris-based
   AI startup", "X Capital", subjects of deal verbs, names in investor lists), tickers ("(NVDA.O)") ignored;
3. descriptions and references resolved against what was already mentioned: "le groupe de San
   Francisco" (a city), "le groupe japonais" (a country), "ce dernier"/"the latter" (the last one
   named), "la société"/"the company" (the current topic). A reference that matches nothing stays
   unresolved (name None) so no fact is attached to the wrong company.
Scanning is token based and linear in the text length.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise

from ..knowledge_file import read_knowledge_file, spellings_of
from .asides import aside_spans, inside
from .attributions import told_by_press
from .dates import month_written_as_name
from .receipts import FUNDING_AFTER_SUM, NAMED_SOURCE_AFTER_SUM, RECEIVE_VERB
from .sentences import FILLER, Sentence, readable
from .whole_names import is_named

_TOKEN_RE = re.compile(
    r"(?i:\b(?:jusqu|lorsqu|puisqu|qu|d|l|j|n|s|c)['’](?=\w))|"
    # A run of FILLER inside a word (a control character or a tag there) does not split it.
    rf"\w(?:[\w&-]|\.(?=[A-Za-z0-9])|(?<=[^\W\d_])\+(?=[A-Z])|['’](?=s\b)|{FILLER}+"
    # A colon between letters is part of a name ("Run:ai"); a label's colon has a space after it.
    r"|(?<=[^\W\d_]):(?=[^\W\d_]))*"
)
_QUOTE_RE = re.compile(r"«[^«»]{0,2000}»|“[^“”]{0,2000}”|\"[^\"\n]{0,2000}\"")
# A quotation that holds only a company's name: « La start-up « Brume Labs » a levé », 'The startup "Brume Labs"
# raised', « « Brume Labs » a levé ». French wires quote a company's name so, after a noun telling it is one or
# opening the sentence; its words are no one's speech (« nous sommes ravis » is), the name is read as if unquoted.
# A title quoted elsewhere stays quoted: « le jeu "Hollow Tides" » is a game, no company.
_QUOTED_NAME_RE = re.compile(
    r"[«“\"]\s*(?-i:[A-Z])[\w&.'’-]*(?:\s+(?:(?-i:[A-Z0-9])[\w&.'’-]*|&|de|du|des|of|and|et)){0,5}\s*[»”\"]"
)
_COMPANY_NOUN_BEFORE_RE = re.compile(
    r"\b(?:start-?ups?|startups?|scale-?ups?|jeunes?\s+pousses?|pépites?|sociétés?|entreprises?|fintechs?|"
    r"compan(?:y|ies)|firms?|fonds|funds?)\s*$",
    re.IGNORECASE,
)


def _quotes_spoken(text: str) -> list[tuple[int, int]]:
    """The spans of `text` quoted as someone's words or a title, not a company's name in quotation marks."""
    return [
        match.span()
        for match in _QUOTE_RE.finditer(text)
        if not (_QUOTED_NAME_RE.fullmatch(match.group()) and _names_company_quoted(text, match.start()))
    ]


def _names_company_quoted(text: str, start: int) -> bool:
    """Whether a quoted name at `start` is a company's: the sentence opens on it, or a noun telling a company
    stands right before it."""
    before = text[:start]
    return not before.strip() or _COMPANY_NOUN_BEFORE_RE.search(before[-40:]) is not None


_TICKER_RE = re.compile(
    r"\((?:(?:NASDAQ|NYSE|Nasdaq|Euronext|SIX|TSE|LSE)\s?:\s?)?[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})\)"
)
_MAX_NGRAM = 7

_PREPOSITIONS = {
    "de",
    "d'",
    "d’",
    "du",
    "des",
    "à",
    "au",
    "aux",
    "avec",
    "dans",
    "par",
    "pour",
    "sur",
    "chez",
    "entre",
    "vers",
    "of",
    "in",
    "into",
    "from",
    "with",
    "by",
    "for",
    "to",
    "at",
    "on",
    "via",
    "through",
    "between",
    "than",
    "que",
    "qu'",
    "qu’",
    "auprès",
    "across",
    "like",
    "comme",
    "après",
    "after",
    "before",
    "avant",
}
_STOP_CAPITALS = {
    # "Spanish VC Seaya Ventures": the trade's initials before a name are no part of it.
    "vc",
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "des",
    "du",
    "de",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "in",
    "on",
    "at",
    "for",
    "by",
    "with",
    "from",
    "and",
    "but",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "il",
    "elle",
    "ils",
    "elles",
    "son",
    "sa",
    "ses",
    "leur",
    "ce",
    "cette",
    "ces",
    # Demonstrative and relative pronouns open a clause without naming anyone ("Celui-ci est mené
    # par…", "Laquelle prévoit…", "Those were…"): never the start of a company name.
    "celui-ci",
    "celle-ci",
    "ceux-ci",
    "celles-ci",
    "celui-là",
    "celle-là",
    "ceux-là",
    "celles-là",
    "lequel",
    "laquelle",
    "lesquels",
    "lesquelles",
    "those",
    "whose",
    "depuis",
    "selon",
    "according",
    "after",
    "après",
    "avant",
    "before",
    "dans",
    "pour",
    "par",
    "en",
    "au",
    "aux",
    "lors",
    "as",
    "since",
    "while",
    "actuellement",
    "acteur",
    "mais",
    "et",
    "ou",
    "or",
    "if",
    "si",
    "when",
    "quand",
    "once",
    "under",
    "over",
    "ia",
    "ai",
    "ceo",
    "pdg",
    "cfo",
    "cto",
    "coo",
    "ipo",
    "gpu",
    "gpus",
    "llm",
    "series",
    "série",
    "serie",
    "seed",
    "etat",
    "état",
    "state",
    "mr",
    "mrs",
    "ms",
    "m",
    "mme",
    "dr",
    "prof",
    "président",
    "president",
    "directeur",
    "chief",
    "vcs",  # "The two VCs each put in €5m": venture capitalists, no name.
    # A rival named at a sentence's start ("Rival Kitehawk raised…", "Competitor Sifter raised…"): the word
    # says what the company is to the story's one, it is not part of its name.
    "rival",
    "rivals",
    "competitor",
    "competitors",
    "founder",
    "fondateur",
    "cofondateur",
    "co-founder",
    "patron",
    "chairman",
    "fiscal",
    "exercice",
    "q1",
    "q2",
    "q3",
    "q4",
    "h1",
    "h2",
    "usd",
    "eur",
    "chf",
    "gbp",
    "jpy",
    "cny",
    "us",
    "u.s",
    "uk",
    "eu",
    "ue",
    "all",
    "tous",
    "toutes",
    "both",
    "each",
    "chacun",
    "chacune",
    "rien",
    "nothing",
    "there",
    "here",
    "our",
    "nous",
    "vous",
    "you",
    "i",
    "je",
    "what",
    "who",
    "which",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "news",
    "reuters",
    "afp",
    "bloomberg",
    "ats",
    "keystone-sda",
    "keystone-ats",
    "agefi",
    "echos",
    "monde",
    "temps",
    "techcrunch",
    "communiqué",
    "statement",
    "no",
    "yes",
    "oui",
    "non",
    "cela",
    "ceci",
    "however",
    "cependant",
    "toutefois",
    "pourtant",
    "also",
    "aussi",
    "then",
    "puis",
    "ensuite",
    "enfin",
    "finally",
    "meanwhile",
    "parallèlement",
    "outre",
    # Sentence adverbs that open a sentence with a capital: "Surtout, la start-up a conclu…".
    "surtout",
    "désormais",
    "notamment",
    "néanmoins",
    "especially",
    "notably",
    "besides",
    "why",
    "how",
    "pourquoi",
    "comment",
    "bourse",
    "nasdaq",
    "nyse",
    "sec",
    "amf",
    "finma",
    "ftc",
    "doj",
    "commission",
    "gouvernement",
    "government",
    "washington",
    "tesla",
    "twitter",
    "executive",
    "officer",
}
_LEGAL_SUFFIXES = {
    "inc",
    "corp",
    "corporation",
    "ltd",
    "llc",
    "plc",
    "sa",
    "sas",
    "ag",
    "gmbh",
    "co",
    "holdings",
    # Nordic, Dutch, Japanese, Italian and French forms ("Kaivo Diagnostics Oy", "Oreline Cloud AB").
    "oy",
    "oyj",
    "ab",
    "asa",
    "nv",
    "bv",
    "kk",
    "srl",
    "sarl",
    "limited",
    # American partnerships: "Blackstone Group LP", "Kirkland & Ellis LLP".
    "lp",
    "llp",
    # An American public benefit corporation: "OpenAI Group PBC", "Anthropic PBC".
    "pbc",
}
_ORG_SUFFIXES = _LEGAL_SUFFIXES | {
    "capital",
    "ventures",
    "partners",
    "labs",
    "lab",
    "ai",
    "technologies",
    "technology",
    "group",
    "systems",
    "robotics",
    "bio",
    "fund",
    "investments",
    "management",
    "bank",
    "banque",
    "venture",
    "investissement",
    "invest",
    "networks",
    "software",
    "semiconductor",
    "semiconductors",
    "energy",
    "health",
    "therapeutics",
    "dynamics",
    "intelligence",
    "research",
    "industries",
    # An agency's or a drug maker's head noun closing a capitalised run ("the Japan Aerospace Exploration
    # Agency", "Takeda Pharmaceutical"): the run is one organisation's name, its place word included.
    "agency",
    "pharmaceutical",
    "pharmaceuticals",
    # A trade's plural closing a capitalised run ("Mirelle Diagnostics", "Ferrowave Photonics", "Halvard
    # Biosciences"): a company's name, as "Systems" or "Therapeutics" are.
    "diagnostics",
    "photonics",
    "analytics",
    "biosciences",
    "genomics",
    "materials",
    "solutions",
    "logistics",
    "payments",
}
_INSTITUTION_HEADS = {
    "department",
    "département",
    "government",
    "gouvernement",
    "caisse",
    "banque",
    "bank",
    "ministry",
    "ministère",
    "province",
    "state",
    "etat",
    "état",
    "university",
    "université",
    "canton",
    "république",
    "republic",
    "city",
    "ville",
    "région",
    "region",
    "fonds",
    "fund",
    "office",
    "agence",
    "agency",
    "banco",
    "institut",
    "institute",
    "conseil",
    "council",
    "centre",
    "center",
    # "the Port of Rotterdam", "le Port de Marseille": a port authority, named by its city.
    "port",
}
_INVESTOR_SUFFIXES = {
    "capital",
    "ventures",
    "venture",
    "partners",
    "fund",
    "invest",
    "investments",
    "investissement",
}
_INVESTOR_LIST_BEFORE_RE = re.compile(
    r"\b(?:auprès\s+d[e'’]|led by|co-led by|anchored by|menée?s?\s+par|conduite?s?\s+par|pilotée?s?\s+par|backed by|"
    r"soutenue?s?\s+par|with participation from|avec la participation d[e'’]|aux côtés d[e'’])\s*"
    r"(?:(?:le|la|les|l['’]|the|du|des)\s*)?$",
    re.IGNORECASE,
)
_NAME_LINKS = {"of", "de", "des", "du", "d'", "d’"}
# A fund's name ends with its number: "Vision Fund 2", "Growth Fund III".
_FUND_HEADS = frozenset({"Fund", "Fonds"})
_FUND_NUMBER_RE = re.compile(r"[1-9]\d?|I{1,3}|IV|VI{0,3}|IX|X")


def _other_fund_number(name: str, number: str) -> bool:
    """Whether `name` ends with a fund number other than `number`: "Fund 1" met as "Fund 2" is another fund."""
    own = name.rsplit(" ", 1)[-1]
    return own != number and _FUND_NUMBER_RE.fullmatch(own) is not None


# Capitalised words that make a known name into another organisation: "AMD Ventures" is not AMD.
# The words that make a product's name into its maker's fund's: "Alexa Fund".
_PRODUCT_FUND_WORDS = frozenset({"Fund", "Fonds", "Ventures"})
_DISTINCT_ARM_WORDS = {
    "Ventures",
    "Capital",
    "Partners",
    "Fund",
    "Foundation",
    "Fondation",
    "Investments",
    "Business",
    "Cloud",
    "Research",
    "Management",
}

_ORG_HEADS_FR = (
    "groupe|géant|spécialiste|conglomérat|start-up|startup|jeune pousse|jeune société|société|entreprise|firme|"
    "fabricant|exploitant|"
    # "avec le gestionnaire de réseau flamand Fluvius": a grid operator named by its trade ("le gestionnaire
    # d'actifs" is left out: it reads "the asset manager had backed the round" as someone else's deal).
    "gestionnaire de réseaux?|"
    "éditeur|développeur|concepteur|laboratoire|fonds|investisseur|licorne|pépite|champion|opérateur|"
    "constructeur|leader|banque|acteur|scale-up|jeune entreprise|poids lourd|mastodonte|maison mère|"
    "spin-off|filiale|numéro un|concurrente?|rivale?|cible|assureur|néobanque|PME|ETI|studio|coopérative|"
    # A retailer or a brand: "Maison Gaudin, la chaîne de boulangeries", "la marque de cosmétiques Aurèle".
    "chaîne|enseigne|marque|"
    # A trade's noun for a large company: "l'énergéticien a annoncé", "le pétrolier", "l'équipementier".
    "énergéticien|pétrolier|équipementier|avionneur|motoriste|armateur|sous-traitant|manufacturier|"
    # A sector's "-tech" noun names the company: "la biotech a annoncé", "la fintech lyonnaise X".
    "biotech|medtech|fintech|deeptech|healthtech|edtech|insurtech|legaltech|foodtech|cleantech"
)
_ORG_HEADS_EN = (
    "company|startup|start-up|firm|group|giant|chipmaker|chip designer|carmaker|automaker|drugmaker|"
    "conglomerate|lab|laboratory|"
    "developer|maker|builder|investor|fund|lender|bank|unicorn|rival|outfit|provider|operator|manufacturer|"
    "heavyweight|parent|subsidiary|venture firm|venture capital firm|investment firm|asset manager|"
    "sovereign wealth fund|cloud provider|retailer|platform|specialist|champion|insurer|neobank|studio|"
    # "The target had told investors…": the company being bought (a goal, "the target of…", is left alone).
    "(?-i:target)(?!\\s+(?:of|for|is|was|price|prices|market|markets|date|audience|customers|to|range)\\b)|"
    # "a deal that values the business at $1.1 billion": the company ("Orange Business" is a name; "the business
    # model", "the business of…" are no company).
    "(?-i:business)(?!\\s+(?:model|models|of|plan|plans|unit|units|line|lines|case|school|customers|clients|side|"
    "world|day|days|users|software|travel|leaders?)\\b)|"
    "biotech|medtech|fintech|deeptech|healthtech|edtech|insurtech|legaltech|foodtech|cleantech"
)
# Heads that also name a whole trade ("dans la banque et l'assurance"): never read as one company's name.
_SECTOR_HEADS = frozenset(
    {"banque", "bank", "banking", "assurance", "insurance", "finance", "santé", "health", "énergie", "energy"}
)
# Heads that say only "a company": unlike "le géant", "the conglomerate", they fit a start-up as well.
_PAST_RAISE_RE = re.compile(
    r"\s*(?:avait|had)\s+(?:(?:déjà|already|previously|auparavant)\s+)?(?:levé|raised|bouclé|closed)\b", re.I
)
_PLAIN_HEADS = frozenset({"company", "firm", "startup", "start-up", "société", "entreprise", "jeune pousse"})
# A description of one such word alone ("la société X", "the firm X") tells nothing of the company.
_BARE_COMPANY_WORDS = frozenset({"company", "firm", "société", "entreprise", "the company", "the firm"})
# Heads that tell one company from another ("la PME" beside "le groupe"), unlike "la société". French "le
# groupe" is a large group the story described so ("le groupe John Cockerill"); English papers call any
# company "the group", the start-up they write about included.
_DISTINCTIVE_HEADS = frozenset({"pme", "eti", "groupe"})
# Heads that say "a large company": French "le groupe", "le géant", "the conglomerate" (not English "the
# group", which papers use for any company).
_BIG_COMPANY_HEADS = frozenset({"groupe", "géant", "giant", "conglomérat", "conglomerate", "mastodonte"})
# The verb that values a company, before what it values, defined once for every reader of it: this one
# (a description: "the round values the San Francisco firm", "l'opération valorise la société parisienne"),
# `_VALUED_OR_FUNDED_BEFORE_RE` (a name, without the bare "value") and the fact builder's
# `_VALUING_VERB_RE` (after a round's amount, with the past "valued"/"valorisait" too).
VALUING_VERBS = r"values?|valuing|valorise|valorisant"
_VALUING_VERB_BEFORE_RE = re.compile(rf"\b(?:{VALUING_VERBS})\s+(?:(?:the|la|le|l['’])\s*)?$", re.IGNORECASE)
# "in U.S. AI chip startup SambaNova", "dans la start-up lyonnaise Cardiolyse": a descriptor between the
# preposition and the name; stripped so the preposition still governs the name.
# A descriptor's lowercase complement and acronym: "la start-up d'intelligence artificielle (IA) générative
# Anthropic", "le spécialiste de la cybersécurité Check Point". A capitalised complement is a name of its
# own ("le groupe de Cologne"), so it is not part of the descriptor.
_DESCRIPTOR_COMPLEMENT = (
    r"(?:(?:\s+[a-zà-ÿ-]+)?\s+(?:de\s+la\s+|de\s+l['’]\s*|d['’]\s*|de\s+|du\s+|des\s+|of\s+)[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+)?)?"
    r"(?:\s*\([A-Za-z]{1,6}\))?"
)
_DESCRIPTOR_TAIL_RE = re.compile(
    # Not « à », « sur »: « a apporté 90 M€ à la start-up Lynx IA » gives the sum to the company after the descriptor.
    rf"(?<![\w.'’-])(?:(?:le|la|les|l['’]|the|a|an|un|une)\s+)?(?:(?!(?:in|into|to|for|of|dans|pour|de|du|des|au|à|sur|chez|par|by|with|avec|from|été|been|was|is|avait|had|has)\s"
    r"|[a-zé]+(?:é|ée|és|ées|ed)\s)"
    rf"[\w.'’-]+\s+){{0,4}}(?:{_ORG_HEADS_EN}|{_ORG_HEADS_FR})s?{_DESCRIPTOR_COMPLEMENT}"
    # Trailing adjectives ("fonds singapourien"), not a complement ("le groupe de Cologne" names Cologne).
    r"(?:\s+(?!(?:de|du|des|d|of|à|au|aux|en|in)\b)[a-zà-ÿ'’-]+){0,2}\s+$",
    re.IGNORECASE,
)
# A preposition, then a descriptor of the name that follows: "aux côtés du fonds singapourien ", "from the
# investment firm ". The name after it is governed by the preposition, so it is not a subject.
_GOVERNED_DESCRIPTOR_RE = re.compile(
    r"(?:^|[\s'’])(?:(?:de|du|des|à|au|aux|avec|dans|par|pour|sur|chez|entre|via|through|of|in|into|from|with|by|for|"
    r"to|at|on)\s+|d['’]\s*)(?:(?:(?:le|la|les|the|a|an)\s+|l['’]\s*))?(?:(?!(?:et|and|ou|or)\s)[\w.'’-]+\s+){0,4}"
    rf"(?:{_ORG_HEADS_EN}|{_ORG_HEADS_FR})s?{_DESCRIPTOR_COMPLEMENT}(?:\s+(?!(?:et|and|de|du|des|d|of)\b)[a-zà-ÿ'’-]+){{0,2}}\s+$",
    re.IGNORECASE,
)
_FR_DESCRIPTOR_RE = re.compile(
    rf"\b(?:(?P<contracted>du|au|de\s+la|à\s+la|de\s+l['’]|à\s+l['’])|(?P<det>le|la|les|l['’]|un|une|cette|cet|ce))\s*"
    # "l'industriel fabrique…": the adjective is a company's noun only right after its article.
    rf"(?P<head>{_ORG_HEADS_FR}|industriel)\b",
    re.IGNORECASE,
)
# "Solvane, développeur montpelliérain de…": a company's head noun, lowercase and without article, right
# after a comma (`_bare_apposition`).
_FR_BARE_APPOSITION_RE = re.compile(rf",\s*(?P<head>(?-i:{_ORG_HEADS_FR}))s?\b(?!['’-])")
# "installée à Ecublens", "basé à Renens", "headquartered in Espoo": the capitalised words name a place.
_SEATED_IN_RE = re.compile(
    # "Installée au cœur du parc Eurasanté, à Loos": the participle may open the sentence, and a closer spot
    # may come first, set off by a comma.
    r"\b(?:(?:[iI]nstallée?s?|[bB]asée?s?|[iI]mplantée?s?|[sS]ituée?s?|[dD]omiciliée?s?|[éÉ]tablie?s?|[fF]ondée?s?|"
    r"[cC]réée?s?)\s+"
    r"(?:(?:au\s+cœur|au\s+sein|près|non\s+loin|dans|sur)\b[^,.;]{0,50},\s+)?(?:à|au)|"
    r"(?:based|headquartered|located|founded)\s+in)\s+(?P<place>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?=[\s,.;)])"
)
# "Lumora, une start-up de Louvain.": a young company "de" one capitalised word that ends the apposition is
# from that place (a founder's start-up, "la start-up de Xavier Niel", takes two words).
_STARTUP_FROM_RE = re.compile(
    r"\b(?:start-?up|jeune pousse|pépite|PME|scale-?up)\s+(?:de|d['’])\s*(?P<place>[A-Z][\w-]+)"
    r"(?=\s*(?:[,.;)]|$))"
)
# A name opening with a technology's capitals ("PEM Hydronis", "LFP Voltaris").
_QUALIFIED_NAME_RE = re.compile(r"[A-Z]{2,5} [A-ZÀ-Ý][\w-]+(?: [A-ZÀ-Ý][\w-]+)?")
# A trade's plural complement right before it ("fabricant d'électrolyseurs PEM", "maker of cells LFP"): the
# capitals are the trade's, not the name's.
_QUALIFIER_BEFORE_RE = re.compile(r"(?:\bde\s+|\bd['’]|\bof\s+)[a-zà-ÿ][\w-]*[sx]\s$")
# An acronym's expansion in lowercase words right after it: "MEMS (microsystèmes électromécaniques)", "LLM
# (large language model)". A company's acronym is spelt out in capitals ("BCV (Banque Cantonale Vaudoise)").
# Not a backer's part in a round: "Partech (chef de file)", "Partech (lead investor)" (`LEAD_ASIDE_AFTER_RE`).
LEAD_ASIDE_AFTER_RE = re.compile(
    r"\s*\((?:chef\s+de\s+file|investisseur\s+principal|lead(?:\s+investor)?|lead\s+backer)\)", re.IGNORECASE
)
_TERM_DEFINED_AFTER_RE = re.compile(
    r"\s*\((?!(?:chef\s+de\s+file|investisseur\s+principal|lead\s+(?:investor|backer))\))"
    r"(?:[a-zà-ÿ][\w'’-]*\s+){1,5}[a-zà-ÿ][\w'’-]*\)"
)
# A company's head noun right before a name, with at most one adjective between ("le groupe ", "la banque
# privée "), no link word ("la start-up de Marc Dupont", "fondée par" name a person).
_ORG_HEAD_RIGHT_BEFORE_RE = re.compile(
    rf"\b(?:le|la|l['’]|the)\s*(?:{_ORG_HEADS_FR}|{_ORG_HEADS_EN})"
    r"(?:\s+(?!(?:de|du|des|d|par|of|by|from|and|et|co-?founder|founder|fondateur|fondatrice|cofondat\w*)\b)"
    r"(?-i:[a-zà-ÿ-]+))?\s+$",
    re.IGNORECASE,
)
# A French compound place name: "Île-de-France", "Hauts-de-France", "Aix-en-Provence", "Boulogne-sur-Mer".
_COMPOUND_PLACE_RE = re.compile(r"[A-ZÀ-Ý][\w]*-(?:de|du|des|en|sur|lès|la|le)-[A-ZÀ-Ý][\w-]*")
# A company's head noun and the "de" of a place that follows it: "la pépite d'", "la start-up de ".
_DESCRIPTOR_OF_BEFORE_RE = re.compile(
    rf"\b(?:le|la|l['’]|une?|cette|the|a)\s*(?:{_ORG_HEADS_FR}|pépite)s?\s+(?:de|du|des|d['’])\s*$",
    re.IGNORECASE,
)
# A site named before the place it stands in: "une nouvelle usine d'assemblage à ", "a new plant in ".
_SITE_AT_BEFORE_RE = re.compile(
    r"\b(?:usines?|sites?|siège|bureaux|entrepôts?|laboratoires?|campus|plants?|factory|factories|facility|"
    r"facilities|offices|headquarters|warehouses?)\b(?:\s+(?:d['’]\s*)?[a-zà-ÿ'’-]+){0,3}\s+"
    r"(?:à|au|près\s+de|in|near|outside)\s+$",
    re.IGNORECASE,
)
_MEASURE_ACRONYMS = frozenset(
    {"ARR", "MRR", "EBITDA", "EBIT", "GMV", "CAGR", "ROI", "TAM", "GDP", "PIB", "KPI", "NRR", "ACV", "TCV"}
)
_INNER_CAPITAL_RE = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]{2,}")
_ORG_HEAD_WORD_RE = re.compile(rf"(?:{_ORG_HEADS_FR}|{_ORG_HEADS_EN})s?", re.IGNORECASE)
_EN_DESCRIPTOR_RE = re.compile(rf"\b(?P<head>{_ORG_HEADS_EN})s?\b", re.IGNORECASE)
# An English definite description ("the Munich-based firm"): what a company is, never a name for it.
# The end of a wire's dateline caught at a description's start: "Wire) - " of "PARIS, June 11 (Wire) - ".
_DATELINE_END_RE = re.compile(r"^[^()]{0,40}\)\s*[-–—]+\s*")
_EN_DEFINITE_DESCRIPTION_RE = re.compile(r"\s*the\s", re.IGNORECASE)
# A possessive before a fund's words: the fund is the owner's ("its third fund"), no description of a company.
_OWN_FUND_RE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
_EN_DETERMINER_RE = re.compile(r"\b(?:the|a|an|its|rival|fellow)\s+$", re.IGNORECASE)
_LATTER_RE = re.compile(
    r"\b(?:ce dernier|cette dernière|celui-ci|celle-ci|the latter|ces derniers)\b"
    # An adjective before its noun ("Ce dernier tour s'accompagne…", "cette dernière levée") is no pronoun.
    r"(?!\s+(?:tour|levée|financement|contrat|accord|partenariat|exercice|trimestre|semestre|mois|"
    r"année|an|opération|rachat|investissement|projet|chiffre|point|cycle|round|deal)s?\b)",
    re.IGNORECASE,
)
# A speaker's verb, French then English: "a déclaré", "ont indiqué", "said", "noted". Defined once for this
# reader (the verb right before the speaker: "«…», a assuré ce dernier") and the fact builder's
# `_SPEECH_AFTER_RE` (the verb right after a quote, where "told X" counts too).
SPEECH_VERB_FR = (
    r"(?:a|ont|avait)\s+(?:assuré|déclaré|indiqué|précisé|affirmé|souligné|expliqué|ajouté|estimé|commenté|"
    r"annoncé|dit|martelé|fait savoir|réagi|insisté|rappelé)"
)
SPEECH_VERBS_EN = r"said|says|added|stated|wrote|noted"
_SPEECH_BEFORE_RE = re.compile(rf"{SPEECH_VERB_FR}\s*$|\b(?:{SPEECH_VERBS_EN})\s*$", re.IGNORECASE)
_MODIFIER_STOPS = {
    "dès",
    "depuis",
    "a",
    "va",
    "est",
    "sont",
    "qui",
    "que",
    "qu'",
    "dans",
    "pour",
    "avec",
    "sur",
    "et",
    "ou",
    "en",
    "à",
    "au",
    "aux",
    "par",
    "ne",
    "se",
    "s'",
    "n'",
    "lui",
    "son",
    "sa",
    "ses",
    "leur",
    "ce",
    "cette",
    "il",
    "elle",
    "ont",
    "était",
    "avait",
    "the",
    "an",
    "is",
    "was",
    "has",
    "had",
    "will",
    "said",
    "and",
    "in",
    "on",
    "with",
    "for",
    "to",
    "by",
    "that",
    "which",
    "its",
    "who",
    "vient",
    "compte",
    "y",
    "également",
    "aussi",
    "also",
    "have",
    "would",
    "could",
    "vont",
    "doit",
    "devrait",
    "serait",
    "avoir",
    "être",
    "plus",
    "more",
    "than",
    "not",
    "pas",
    "of",
    "from",
    "at",
    "as",
    "dont",
    "où",
    # A deal verb in the present ends the description: "la société rachète X" is the buyer, not X's descriptor.
    "rachète",
    "acquiert",
    "annonce",
    "absorbe",
    "reprend",
    "finalise",
    "officialise",
    # "has agreed to buy British software company X", "va racheter le spécialiste X": the verb is no descriptor.
    "racheter",
    "acquérir",
    "reprendre",
    "absorber",
    "buy",
    "buys",
    "bought",
    "buying",
    "acquire",
    "acquires",
    "acquired",
    "acquiring",
    "purchase",
    "purchases",
    "purchased",
    "purchasing",
}


@dataclass(frozen=True)
class KnownCompany:
    """One entry of the knowledge file."""

    name: str
    country: str | None
    city: str | None
    sector: str | None
    kind: str | None
    investor_kind: str | None
    aliases: tuple[str, ...]
    products: tuple[str, ...]


@dataclass(frozen=True)
class Knowledge:
    """The knowledge file, indexed for lookups by spelling, alias and product."""

    by_name: dict[str, KnownCompany]
    by_spelling: dict[str, str]
    by_alias: dict[str, str]
    by_product: dict[str, str]
    publishers: tuple[str, ...]
    nationalities: dict[str, str | None]
    cities: dict[str, str]
    places: frozenset[str]
    first_names: frozenset[str]
    # One-word country names, in any of the file's languages and as the country writes itself ("España"):
    # after a group's name, its arm in that country ("Orange Belgium").
    country_words: frozenset[str] = frozenset()
    # French adjectives of a city ("zurichoise" -> Zurich): a description's city when it names none.
    city_demonyms: dict[str, str] = field(default_factory=dict)


@cache
def knowledge() -> Knowledge:
    """The built-in knowledge, loaded once (read-only)."""
    raw = read_knowledge_file()
    by_name, by_spelling, by_alias, by_product = {}, {}, {}, {}
    for entry in raw["companies"]:
        company = KnownCompany(
            name=entry["name"],
            country=entry.get("country"),
            city=entry.get("city"),
            sector=entry.get("sector"),
            kind=entry.get("kind"),
            investor_kind=entry.get("investor_kind"),
            aliases=tuple(entry.get("aliases", [])),
            products=tuple(entry.get("products", [])),
        )
        by_name[company.name] = company
        for spelling in spellings_of(entry):
            by_spelling[spelling] = company.name
        for alias in company.aliases:
            by_alias[_norm(alias)] = company.name
        for product in company.products:
            by_product[product] = company.name
    places = set(raw["countries"]) | set(raw["cities"])
    return Knowledge(
        by_name=by_name,
        by_spelling=by_spelling,
        by_alias=by_alias,
        by_product=by_product,
        publishers=tuple(raw["publishers"]),
        nationalities=raw["nationalities"],
        cities=raw["cities"],
        places=frozenset(places),
        first_names=frozenset(raw.get("first_names", [])),
        city_demonyms=raw.get("city_demonyms", {}),
        country_words=frozenset(
            place
            for place in [*raw["countries"], *_LOCAL_COUNTRY_NAMES]
            if " " not in place and "." not in place and place not in _REGIONS_NOT_COUNTRIES
        ),
    )


# Countries as they name themselves, which a national subsidiary's name uses ("Telefónica España").
_LOCAL_COUNTRY_NAMES = (
    "España",
    "Deutschland",
    "Italia",
    "Brasil",
    "Nederland",
    "Schweiz",
    "Österreich",
    "México",
)
# Countries named in several words, after a group's name: its arm there ("Orange Côte d'Ivoire").
_COUNTRY_PHRASES = (
    "Côte d'Ivoire",
    "South Africa",
    "Afrique du Sud",
    "Hong Kong",
    "New Zealand",
    "Saudi Arabia",
)
# Places of the knowledge file's country list that are no country: never a subsidiary's name.
_REGIONS_NOT_COUNTRIES = frozenset(
    {"Washington", "Texas", "California", "Californie", "Europe", "Afrique", "Africa", "Asia", "Asie"}
)


def _norm(text: str) -> str:
    """Lower case, one space, typographic apostrophes made straight: the key of alias lookups."""
    return " ".join(text.replace("’", "'").lower().split())


@dataclass
class OrgInfo:
    """What the article says about one organisation (accumulated while reading)."""

    name: str
    country: str | None = None
    city: str | None = None
    sector: str | None = None
    kind: str | None = None
    investor_kind: str | None = None
    entity: str = "organisation"
    descriptions: list[str] = field(default_factory=list)
    described_as: list[str] = field(default_factory=list)
    """Cut descriptions ("une PME spécialisée dans…" too long to read whole): not kept as descriptions,
    but what a later "la PME" refers back to, as `descriptions` are (`described_words`)."""
    aliases: list[str] = field(default_factory=list)
    short_names: list[str] = field(default_factory=list)
    """Its own short names in brackets after it ("Anjney Midha (AMP)"): kept apart from `aliases`, since the
    store joins by one only when no other name goes by it (`CompanyResolver.by_short_name`)."""

    def described_words(self) -> list[str]:
        """Every description, whole or cut, for telling which company a reference means."""
        return self.descriptions + self.described_as


class NamesMet(dict):
    """The organisations an article names (name -> OrgInfo), with the names in the order first met in
    `added`: the reader's indexes by part of a name (`EntityReader._name_parts`) read only the names
    added since they were last brought up to date. Remade from every name at each word, they made a long
    article naming thousands of companies quadratic (4,000 rounds: 17 s, 2,000: 6 s)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.added: list[str] = list(self)
        self.generation = 0  # moved on when a name goes: the indexes are then made again from scratch

    def __setitem__(self, name: str, info: OrgInfo) -> None:
        if name not in self:
            self.added.append(name)
        super().__setitem__(name, info)

    def setdefault(self, name: str, info: OrgInfo | None = None) -> OrgInfo | None:
        if name not in self:
            self.added.append(name)
        return super().setdefault(name, info)

    def update(self, *args, **kwargs) -> None:
        for name, info in dict(*args, **kwargs).items():
            self[name] = info

    def __delitem__(self, name: str) -> None:
        super().__delitem__(name)
        self._renumber()

    def pop(self, *args):
        found = super().pop(*args)
        self._renumber()
        return found

    def popitem(self):
        found = super().popitem()
        self._renumber()
        return found

    def clear(self) -> None:
        super().clear()
        self._renumber()

    def _renumber(self) -> None:
        self.added = list(self)
        self.generation += 1


@dataclass
class _NameParts:
    """Names met by a part of them (kept up to date by `EntityReader._name_parts`): by the word a short
    form of a name gives ('Corvex' -> ['Corvex Robotics']), and by what follows a country's initials
    ('Navy' -> ['U.S. Navy'])."""

    first_words: dict[str, list[str]] = field(default_factory=dict)
    national: dict[str, list[str]] = field(default_factory=dict)
    read: int = 0  # how many of `NamesMet.added` are in
    generation: int = 0

    def add(self, name: str) -> None:
        words = name.split()
        if not words:
            return
        if " " in name:
            # "Corvex" for "Corvex Robotics"; "Corvex" for "The Corvex" too.
            shortened = {words[0]} | ({words[1]} if name.startswith("The ") and len(words) == 2 else set())
            for word in shortened:
                self.first_words.setdefault(word, []).append(name)
        first, *rest = name.split(maxsplit=1)
        if rest and first.lower().rstrip(".") in _COUNTRY_INITIALS:
            self.national.setdefault(rest[0], []).append(name)


@dataclass(frozen=True)
class Mention:
    """One occurrence of an organisation: absolute span, canonical name (None if unresolved), how found."""

    start: int
    end: int
    name: str | None
    surface: str
    how: str
    in_quote: bool = False
    possessive: bool = False
    sentence: int = 0
    # Inside an apposition, parenthesis or fronted clause: describes a party, is not one.
    aside: bool = False


@dataclass
class _Token:
    text: str
    start: int
    end: int


def _without_listed_names(before: str) -> str:
    """The words before a name without the names of the list it goes on ("…in a seed round with Plural, Kima
    Ventures and " -> "…in a seed round with "); `before` itself when it ends in no list."""
    shorter = before
    for _ in range(8):  # a few names at most: a list of backers is short
        listed = _LISTED_NAME_BEFORE_RE.search(shorter)
        if listed is None:
            break
        shorter = shorter[: listed.start()]
    return shorter


@dataclass
class EntityReader:
    """Reads sentences in order, keeping the article's organisations and its current topic."""

    orgs: NamesMet = field(default_factory=NamesMet)
    mentions: list[Mention] = field(default_factory=list)
    subjects: dict[int, str] = field(default_factory=dict)
    topic: str | None = None
    language: str | None = None
    # The company the article is mainly about (set by the fact builder): what "the company" designates.
    main: str | None = None
    # Organisations in order of last mention (most recent last): a dict keeps this ordered and O(1).
    recency: dict[str, None] = field(default_factory=dict)
    kb: Knowledge = field(default_factory=knowledge)
    # The company the latest acquisition is about (set by the fact builder): what "la cible" designates.
    target: str | None = None
    # The subject of the article's first sentence naming an organisation: what the story is about.
    lead: str | None = None
    # The subject of the headline, when it names an organisation: what the story is about when no sentence
    # of the body has a subject yet ("Les drones d'Alpilift…" under "La start-up Alpilift lève 14 millions").
    headline_subject: str | None = None
    # Head noun of a reference ("groupe", "startup") -> the company it first designated in this article.
    head_refs: dict[str, str] = field(default_factory=dict)
    # Names the article presents as organisations somewhere (-> their kind): "Kalipso" is one from its first
    # sentence on, though only "présidente de Kalipso" at the end says so.
    introduced: dict[str, str | None] = field(default_factory=dict)
    # The organisations the headline presents (known groups left out), resolved to the body's fuller name.
    headline: list[str] = field(default_factory=list)
    # A bare first word the body introduces as a name -> the headline's fuller name it shortens ("Axiome" ->
    # "Axiome Semi" under "le grenoblois Axiome Semi lève 120 millions"): one company, not a second one.
    short_forms: dict[str, str] = field(default_factory=dict)
    # The last two sentences read (index, start, text): where "ce dernier" may find its antecedent.
    previous: list[tuple[int, int, str]] = field(default_factory=list)
    # Places the article itself gives as where a company sits ("installée à Ecublens"), beyond the knowledge
    # file's: never an organisation's name.
    places: frozenset[str] = frozenset()
    # Acronyms the article defines in parentheses after a name ("Banque cantonale vaudoise (BCV)") -> that
    # name: the acronym alone later ("la BCV a apporté…") is the same party, reported by its full name.
    acronyms: dict[str, str] = field(default_factory=dict)
    # Known companies named by an acronym in the knowledge file -> the spelling the article first gives
    # ("Taiwan Semiconductor Manufacturing Co." for TSMC): the name its facts report.
    written: dict[str, str] = field(default_factory=dict)
    # Initials the article writes joined by "&" ("PG&E", "M&S"): a name "Pacific Gas and Electric" they spell
    # is one firm's, not a list.
    joined_initials: frozenset[str] = frozenset()
    # Names read with a trade's capitals before them ("PEM Hydronis" after "fabricant d'électrolyseurs"): the
    # capitals name no company.
    qualified: set[str] = field(default_factory=set)
    # Products the article names ("a game called Hearthmoor"): never an organisation.
    named_products: set[str] = field(default_factory=set)
    # The body's fuller name -> the short form the headline calls it by ("Heliade AI" -> "Heliade" under "French
    # AI startup Heliade raises…"): the article's name for it too, an alias as a short form in the body is.
    headline_short_names: dict[str, str] = field(default_factory=dict)
    # Known names -> the first spelling the article gives them: a fuller spelling met first is reported.
    first_spellings: dict[str, str] = field(default_factory=dict)
    fund_numbers: dict[str, str] = field(default_factory=dict)
    """The number a known name was first met with ("SoftBank Vision Fund" met as "… Fund 2"): met with
    another ("… Fund 1"), it is another fund."""
    # A digest of several stories: the names met since the latest paragraph that opened on a company never
    # named before (a new story's lede), or None while the article tells one story. A description with a
    # place or a trade ("the Paris-based startup", "le groupe japonais") designates a company of that story.
    story_names: dict[str, None] | None = None
    _paragraph: int | None = None
    # The names met by a part of them (`_name_parts`), for `_short_name` and `_without_country`.
    _parts: _NameParts = field(default_factory=_NameParts)
    # The family names of the people the article names with a first name, whether or not the name was taken
    # for a party ("a déclaré Arthur Mensch"): the family name alone later ("Mensch a précisé…") is that
    # person's, never a company's.
    _family_names: set[str] = field(default_factory=set)
    # People the article abbreviates by their two initials ("Zephyrin Quarmby (ZQ), its founder") -> those
    # initials: never her short name, whichever sentence brackets them.
    initialled_people: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.orgs, NamesMet):  # given a plain dict: the indexes need to see names added
            self.orgs = NamesMet(self.orgs)

    def prepare(
        self,
        sentences: list[Sentence],
        title: str | None = None,
        *,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        """Read the whole article once to learn the names it presents as organisations anywhere. The
        headline is read too: it often names the company ("le grenoblois Hexawatt lève 120 M€") that
        the body then only calls by its bare name ("Hexawatt change de dimension."). `progress` is
        told the offset in the text of each sentence read."""
        self.places = frozenset(
            match.group("place")
            for sentence in sentences
            for pattern in (_SEATED_IN_RE, _STARTUP_FROM_RE)
            for match in pattern.finditer(sentence.text)
        )
        self.joined_initials = frozenset(
            match.group()
            for sentence in sentences
            for match in _JOINED_INITIALS_RE.finditer(sentence.text)
            if match.group() not in _JOINED_INITIALS_TERMS
        )
        scout = EntityReader(
            language=self.language, kb=self.kb, places=self.places, joined_initials=self.joined_initials
        )
        for index, sentence in enumerate(sentences):
            masked = readable(sentence.text)
            scout.read(masked, Sentence(masked, sentence.start, sentence.end, sentence.paragraph), index)
            if progress is not None:
                progress(sentence.end)
        self.acronyms = dict(scout.acronyms)
        # "Zephyrin Quarmby (ZQ) led the round" before "said Zephyrin Quarmby (ZQ), its founder": the whole
        # article tells whose initials they are before any sentence is read for its facts.
        self.initialled_people = dict(scout.initialled_people)
        self.introduced = {
            name: info.kind
            for name, info in scout.orgs.items()
            if info.entity == "organisation" and name not in self.kb.by_name
        }
        for name in [name for name in self.introduced if _QUALIFIED_NAME_RE.fullmatch(name)]:
            rest = name.split(" ", 1)[1]
            alone = re.compile(rf"(?<![\w-])(?<!{re.escape(name.split()[0])} ){re.escape(rest)}(?![\w-])")
            if any(alone.search(sentence.text) for sentence in sentences) and all(
                _QUALIFIER_BEFORE_RE.search(sentence.text[: match.start()])
                for sentence in sentences
                for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence.text)
            ):
                # "Le fabricant d'électrolyseurs PEM Hydronis…", then "Hydronis" alone: the capitals qualify
                # the trade before them ("électrolyseurs PEM"), the company is Hydronis.
                self.introduced.setdefault(rest, self.introduced.pop(name))
                self.qualified.add(name)
        for name, kind in self._introduced_by_title(title).items():
            # A headline's short form ("Tessellate") never stands in for the body's fuller name.
            fuller = [known for known in scout.orgs if known == name or known.startswith(name + " ")]
            if not fuller:
                self.introduced[name] = kind
            if kind != "investor":
                self.headline.append(name if name in fuller or len(fuller) != 1 else fuller[0])
                if len(fuller) == 1 and fuller[0] != name:
                    self.headline_short_names[fuller[0]] = name
            short = name.split()[0]
            if (
                kind != "investor"
                and short != name
                and short in self.introduced
                # Written so in the body too: a title-case headline's "Stripe Agrees" is no company's name.
                and any(name in sentence.text for sentence in sentences)
                and not [known for known in scout.orgs if known.startswith(short + " ")]
            ):
                # "Fondée en 2021…, Axiome emploie 140 personnes" under "… Axiome Semi lève …": its short form.
                del self.introduced[short]
                self.short_forms[short] = name

    def _introduced_by_title(self, title: str | None) -> dict[str, str | None]:
        """Organisations the headline presents as such, read on their own."""
        if not title:
            return {}
        scout = EntityReader(language=self.language, kb=self.kb, places=self.places)
        title = readable(title)
        scout.read(title, Sentence(title, 0, len(title), -1), -1)
        headline = scout.subjects.get(-1)
        if headline and scout.orgs[headline].entity == "organisation" and headline not in self.kb.by_name:
            self.headline_subject = headline
        return {
            name: info.kind
            for name, info in scout.orgs.items()
            if info.entity == "organisation" and name not in self.kb.by_name
        }

    def read(self, text: str, sentence: Sentence, index: int) -> list[Mention]:
        """The mentions of one sentence, resolved; updates topic and organisation info."""
        # A token's text is its word without the FILLER of control characters or tags inside it.
        tokens = [
            _Token(m.group().replace(FILLER, ""), m.start(), m.end())
            for m in _TOKEN_RE.finditer(sentence.text)
        ]
        quotes = _quotes_spoken(sentence.text)
        tickers = [m.span() for m in _TICKER_RE.finditer(sentence.text)]
        local: list[Mention] = []
        taken = [False] * len(tokens)
        self._names_joined_by_and(sentence, tokens, taken, local, index)
        self._known(sentence, tokens, taken, local, index, tickers)
        self._defined_acronyms(sentence, tokens, taken, local, index)
        self._new_names(sentence, tokens, taken, local, index, tickers)
        local.sort(key=lambda mention: mention.start)
        self._described(sentence, tokens, taken, local, index)
        local.sort(key=lambda mention: mention.start)
        local = [self._with_quote(mention, sentence, quotes) for mention in local]
        local = self._resolve_references(sentence, local, quotes, index)
        self._fronted_description(sentence, local)
        self._based_places(sentence, local)
        local = self._mark_asides(sentence, local)
        organisations = [
            m for m in local if m.name and not m.aside and self.orgs[m.name].entity == "organisation"
        ]
        subject = _subject(sentence, organisations)
        if subject and _AMONG_ITS_RE.search(sentence.text):
            # "Airbus et TotalEnergies figurent parmi ses premiers clients": the subject is placed among the
            # current topic's customers or backers; "Son ARR atteint 12 M€" next is still the topic's.
            subject = None
        if (
            subject
            and index > 0
            and sentence.paragraph != self._paragraph
            and subject not in self.recency
            and any(self.orgs[name].entity == "organisation" for name in self.recency)
            and self.orgs[subject].kind != "investor"
            and _opens_on(sentence, local, subject)
        ):
            # A paragraph opening on a company the article never named ("Kestova, a Paris-based startup,
            # raised…" after a story about Zelmora): a new story starts.
            self.story_names = {}
        if sentence.paragraph is not None and index >= 0:
            self._paragraph = sentence.paragraph
        if subject and any(
            m.name == subject
            and presented_as_rival(sentence.text, m.start - sentence.start, m.end - sentence.start)
            for m in organisations
        ):
            # "Its closest competitor, Bogotá-based Rutaya, raised $30 million": the story goes on about its
            # own company, which "the company" next still designates.
            subject = None
        if subject:
            self.subjects[index] = subject
            self.topic = subject
            self.lead = self.lead or subject
        elif presented := _presented(sentence, organisations):
            # "C'est la promesse de Sillon, start-up rennaise…": no subject, but the sentence introduces a
            # company, which the next sentence's "Elle" designates.
            self.topic = presented
            self.lead = self.lead or presented
        elif founded := _company_of_founders(sentence, organisations):
            # "Le JDN avait rencontré les fondateurs de Kodaline… Ils avaient alors bouclé…": the founders speak
            # for their company, which the next sentence's "Ils/They" designates.
            self.topic = founded
            self.lead = self.lead or founded
        self.mentions.extend(local)
        self.previous = [*self.previous[-1:], (index, sentence.start, sentence.text)]
        for mention in local:
            if mention.name:
                self.recency.pop(mention.name, None)
                self.recency[mention.name] = None
                if self.story_names is not None:
                    self.story_names[mention.name] = None
        return local

    def _mark_asides(self, sentence: Sentence, local: list[Mention]) -> list[Mention]:
        """Flag the mentions inside asides ("X, the startup founded by former OpenAI CTO Y, raised…") and the press
        named as the story's teller (« D'après le quotidien Handelsblatt, le groupe… »): neither is a party, and
        what follows the teller's comma is the sentence's own clause, no apposition of it."""
        told = [m for m in local if m.name and told_by_press(sentence.text, m.start - sentence.start)]
        ends = {m.end - sentence.start for m in local if m.name and m not in told}
        spans = aside_spans(sentence.text, ends)
        renamed = self._renamed_mentions(sentence, local) | self._venture_arm_mentions(sentence, local)
        return [
            Mention(**{**m.__dict__, "aside": True})
            if m in told or id(m) in renamed or inside(m.start - sentence.start, spans)
            else m
            for m in local
        ]

    def _renamed_mentions(self, sentence: Sentence, local: list[Mention]) -> set[int]:
        """The ids of the mentions naming the firm just named by another name it had or took ("Amberline Capital,
        then called Oakfield Ventures"), each recorded as that firm's alias: one backer, not two, and a deal file
        listing the other name finds the same firm."""
        named = sorted((m for m in local if m.name), key=lambda m: m.start)
        renamed: set[int] = set()
        for first, second in pairwise(named):
            if first.name == second.name or id(first) in renamed:
                continue
            gap = sentence.text[first.end - sentence.start : second.start - sentence.start]
            # « Amberline Capital (ex-Oakfield Ventures) »: "ex-" is read as the start of the second name (one
            # word, like "e-Bay"); it is the cue, and the name is what follows it.
            former = _FORMER_PREFIX_RE.match(second.name)
            if former:
                gap += former.group()
            if _RENAMED_GAP_RE.fullmatch(gap) and self._one_firm_renamed(sentence, first, second):
                self.add_alias(first.name, second.name[former.end() :] if former else second.name)
                renamed.add(id(second))
        return renamed

    def _venture_arm_mentions(self, sentence: Sentence, local: list[Mention]) -> set[int]:
        """An owner named as the backer with the vehicle it invests through ("Nvidia, through its venture arm
        NVentures", « Nvidia, via son fonds NVentures », « Nvidia, par l'intermédiaire de NVentures », "Nvidia (via
        NVentures)"): the vehicle's name is recorded as the owner's alias, the sentence's own words the evidence,
        so the owner is one co-investor and a deal file listing the vehicle finds it. Returns the ids of the
        vehicles' mentions (set aside: no second backer). A vehicle named as the backer itself ("NVentures,
        Nvidia's venture arm", "Nvidia's venture arm NVentures") stays the backer, the owner no party, as before.
        No built-in list joins two firms (GV stays apart from Google unless an article says so)."""
        named = sorted((m for m in local if m.name), key=lambda m: m.start)
        vehicles: set[int] = set()
        for position, mention in enumerate(named):
            if not self._names_organisation(mention.name) or id(mention) in vehicles:
                continue
            cue = _ARM_AFTER_OWNER_GAP_RE.match(sentence.text, mention.end - sentence.start)
            if cue is None:
                continue
            at = sentence.start + cue.end()
            following = named[position + 1] if position + 1 < len(named) else None
            if following and following.start == at and following.name != mention.name:
                if self._names_organisation(following.name) and self._joinable(following.name):
                    self.add_alias(mention.name, following.name)
                    vehicles.add(id(following))
            elif (
                (unread := _ARM_NAME_RE.match(sentence.text, cue.end()))
                and not any(m.start < sentence.start + unread.end() and m.end > at for m in named)
                and self._joinable(unread.group("name"))
            ):
                self.add_alias(mention.name, unread.group("name"))
        return vehicles

    def _joinable(self, vehicle: str) -> bool:
        """Whether a vehicle's name may become its owner's alias: not when the knowledge file holds it as a firm
        of its own ("GV, Alphabet's venture fund": GV stays GV, a backer analysts count apart from Google)."""
        return vehicle not in self.kb.by_name

    def _names_organisation(self, name: str | None) -> bool:
        info = self.orgs.get(name) if name else None
        return info is not None and info.entity == "organisation"

    def _one_firm_renamed(self, sentence: Sentence, first: Mention, second: Mention) -> bool:
        """Whether the two names around a rename cue are one firm's: "Jane Doe, formerly Google's head of AI",
        « Marie Dupont (ex-Criteo) » name a person and her former employer, two parties, no alias."""
        if any(self._names_person(mention.name) for mention in (first, second)):
            return False
        if second.possessive:
            return False  # "X, formerly Accel's partner": a post held at Accel, not Accel's other name.
        return not _ROLE_NOUN_AFTER_RE.match(sentence.text, second.end - sentence.start)

    def _names_person(self, name: str | None) -> bool:
        info = self.orgs.get(name) if name else None
        return info is not None and info.entity == "person"

    def names_person(self, name: str | None) -> bool:
        """Whether the article tells `name` is a person's: read as one, or abbreviated by her initials in a
        sentence that tells she is one ("said Zephyrin Quarmby (ZQ), its founder")."""
        return self._names_person(name) or name in self.initialled_people

    def _initialled_person(self, name: str, initials: str) -> None:
        """Remember `name` as a person the article abbreviates by her two `initials`, and take them back from
        her if an earlier sentence, with nothing then telling she is a person ("Zephyrin Quarmby (ZQ) led the
        round"), gave them to her as a firm's short name: a deal file's "ZQ" must not join her."""
        self.initialled_people[name] = initials
        if self.acronyms.get(initials) == name:
            del self.acronyms[initials]
        if (info := self.orgs.get(name)) is not None:
            info.aliases = [alias for alias in info.aliases if alias != initials]
            info.short_names = [short for short in info.short_names if short != initials]

    # -- names from the knowledge file and the registry -----------------------------------------

    def _known(self, sentence, tokens, taken, local, index, tickers) -> None:
        """Spellings and aliases from the knowledge file and names already met in this article."""
        position = 0
        while position < len(tokens):
            found = self._longest_known(sentence.text, tokens, position)
            if found is None or _inside(tokens[position].start, tickers):
                position += 1
                continue
            length, name, how, possessive = found
            if possessive and (owned := self._owned_fund(sentence.text, tokens, position, length, name)):
                # "SoftBank's Latin America fund" in a story that named "SoftBank Latin America Fund": that fund.
                fund_name, fund_length = owned
                last = tokens[position + fund_length - 1]
                local.append(
                    self._mention(sentence, tokens[position].start, last.end, fund_name, "name", index)
                )
                for offset in range(fund_length):
                    taken[position + offset] = True
                position += fund_length
                continue
            following = tokens[position + length] if position + length < len(tokens) else None
            if (
                how == "alias"
                and following is not None
                and following.text[:1].isupper()
                and following.text.lower() not in _STOP_CAPITALS
                and sentence.text[tokens[position + length - 1].end : following.start] == " "
            ):
                # "le fonds souverain singapourien Temasek": the description is apposed to the name after it.
                position += 1
                continue
            if (
                how == "name"
                and not possessive
                and _makes_another_name(sentence.text, tokens, position + length)
            ):
                # "X Labs", "[red]X[/] Labs": another company whose name starts with a known one ("X").
                position += 1
                continue
            if (
                how == "name"
                and not possessive
                and self._short_spelling_opens_another_name(
                    sentence.text, tokens, position, length, name, index
                )
            ):
                # "the startup Mistral Forge said": "Mistral" (Mistral AI's short spelling) opens another name.
                position += 1
                continue
            while (
                how == "name"
                and not possessive
                and position + length < len(tokens)
                and (
                    tokens[position + length].text.lower() in _LEGAL_SUFFIXES
                    # "Julius Baer Group Ltd.": the group word before a legal form is the known name's too.
                    or (
                        tokens[position + length].text in ("Group", "Groupe")
                        and position + length + 1 < len(tokens)
                        and tokens[position + length + 1].text.lower().rstrip(".") in _LEGAL_SUFFIXES
                    )
                )
                and tokens[position + length].text[:1].isupper()
                and sentence.text[tokens[position + length - 1].end : tokens[position + length].start]
                in (" ", ", ", " & ", " and ")
            ):
                # "PayPal Holdings Inc.", "Mitsui & Co.": the legal suffix belongs to the known name.
                length += 1
            if (
                how == "name"
                and not possessive
                and position + length < len(tokens)
                and tokens[position + length - 1].text in _FUND_HEADS
                and _FUND_NUMBER_RE.fullmatch(tokens[position + length].text)
                and sentence.text[tokens[position + length - 1].end : tokens[position + length].start] == " "
            ):
                number = tokens[position + length].text
                if _other_fund_number(name, number) or self.fund_numbers.setdefault(name, number) != number:
                    # "Fund 2" in a story that named "Fund 1": another fund, not a spelling of that one.
                    position += 1
                    continue
                length += 1  # "SoftBank Vision Fund 2", "Fonds Y III": the fund's number is part of its name.
            if (
                how == "name"
                and not possessive
                and (
                    country := self._national_arm_after(sentence.text, tokens, position + length)
                    or _division_after(sentence.text, tokens, position + length)
                )
                and (arm := self._national_arm(sentence, tokens, position, length + country, index, name))
            ):
                # "Orange Belgium", "La Poste Suisse": the group's arm in one country, a party of its own.
                local.append(arm)
                for offset in range(length + country):
                    taken[position + offset] = True
                position += length + country
                continue
            first, last = tokens[position], tokens[position + length - 1]
            # A name as written, without the FILLER of a tag or control character around or inside it.
            surface = _strip_possessive(sentence.text[first.start : last.end].replace(FILLER, ""))[0]
            if (
                how == "name"
                and _ACRONYM_NAME_RE.fullmatch(name)
                and " " in surface
                and self.kb.by_spelling.get(_canonical(surface) or "") == name
            ):
                # "Taiwan Semiconductor Manufacturing Co." before "TSMC": the first spelling met is reported.
                self.written.setdefault(name, surface)
            elif how == "name" and name not in self.first_spellings:
                self.first_spellings[name] = surface
                core = _canonical(surface) or surface
                if _fuller_spelling(name, core):
                    # "Tiger Global Management" first, "Tiger Global" in the knowledge file: the name as written
                    # ("Toyota Motor" for "Toyota Motor Corp.": the legal form is dropped as for any name).
                    self.written.setdefault(name, core)
                if (
                    name.split()[0].lower() in _TRADE_NAME_HEADS
                    and name.split()[0].endswith("s")
                    and len(name.split()) > 2
                    and name.split()[1].lower() in _NAME_LINKS
                    and sentence.text[max(0, first.start - 4) : first.start] == "Les "
                ):
                    # "Les Fermes de Loire ont annoncé…": a trade's plural name of a place, met first with its
                    # capital article, is reported with it ("Les Laboratoires Delorme", a family's firm, and
                    # "les Chantiers de l'Atlantique", in lower case, keep the bare name).
                    self.written.setdefault(name, "Les " + name)
            if surface != name:
                self.add_alias(name, surface[0].lower() + surface[1:] if how == "alias" else surface)
            local.append(
                self._mention(sentence, first.start, last.end, name, how, index, possessive=possessive)
            )
            for offset in range(length):
                taken[position + offset] = True
            position += length

    def _short_spelling_opens_another_name(
        self, text: str, tokens: list[_Token], position: int, length: int, name: str, index: int
    ) -> bool:
        """Whether the known company `name`, written at `position` in a shorter spelling of its name ("Mistral"
        for "Mistral AI"), is followed a space away by one capitalised word of no known kind that closes the
        name ("Mistral Forge said…"): the first word of another company's name, not Mistral AI's. A
        headline's word must be followed by a word in lower case: "Thrive Lead $1.5 Billion Round" is title
        case, no name."""
        end = position + length
        if end >= len(tokens) or name not in self.kb.by_name:
            return False
        spelling = text[tokens[position].start : tokens[end - 1].end].replace(FILLER, "")
        word = tokens[end]
        if not name.startswith(spelling + " ") or text[tokens[end - 1].end : word.start] != " ":
            return False
        if not _unknown_name_word(word.text, self.kb) or self._national_arm_after(text, tokens, end):
            return False
        following = tokens[end + 1] if end + 1 < len(tokens) else None
        if following is not None and text[word.end : following.start] == " ":
            return following.text[
                :1
            ].islower()  # "Mistral Forge a annoncé", not "Sequoia Commits $80 Million"
        return (
            index != -1
        )  # "…backed by Thrive Capital and Mistral Forge." closes the name (not a headline's).

    def _owned_fund(
        self, text: str, tokens, position: int, length: int, owner: str
    ) -> tuple[str, int] | None:
        """(fund name, token count) when an owner's possessive is followed by capitalised words and "fund"
        ("SoftBank's Latin America fund") that spell a fund the article named whole, else None."""
        words: list[str] = []
        end = position + length
        while end < len(tokens) and len(words) < 4:
            token = tokens[end]
            if text[tokens[end - 1].end : token.start] != " ":
                return None
            if token.text.lower() in ("fund", "fonds"):
                for spelling in (
                    owner,
                    _strip_possessive(text[tokens[position].start : tokens[position + length - 1].end])[0],
                ):
                    candidate = " ".join([spelling, *words, "Fund"])
                    if words and candidate in self.orgs and self.orgs[candidate].entity == "organisation":
                        return candidate, end - position + 1
                if len(words) == 1 and self._acronym_fund(text, tokens, end - 1) == end:
                    return words[
                        0
                    ], end - position + 1  # "Anjney Midha's AMP fund": the fund, by its acronym.
                return None
            if not _capitalised(token.text):
                return None
            words.append(token.text)
            end += 1
        return None

    def _acronym_fund(self, text: str, tokens, position: int) -> int | None:
        """The index of "fund" when the token at `position` is an acronym followed by it ("AMP fund", after an
        owner's possessive), the acronym then known as a fund; else None."""
        if position + 1 >= len(tokens) or tokens[position + 1].text != "fund":
            return None
        acronym = tokens[position].text
        gaps = (
            text[tokens[position - 1].end : tokens[position].start],
            text[tokens[position].end : tokens[position + 1].start],
        )
        if gaps != (" ", " ") or not _ACRONYM_NAME_RE.fullmatch(acronym):
            return None
        self.orgs.setdefault(acronym, OrgInfo(name=acronym, kind="investor", investor_kind="venture_fund"))
        return position + 1

    def _longest_known(self, text: str, tokens: list[_Token], position: int):
        """(token count, name, how, possessive) of the longest known phrase starting at `position`."""
        for length in range(min(_MAX_NGRAM, len(tokens) - position), 0, -1):
            first, last = tokens[position], tokens[position + length - 1]
            phrase = text[first.start : last.end].replace(FILLER, "")
            bare, possessive = _strip_possessive(phrase)
            if possessive and (phrase in self.orgs or phrase in self.introduced):
                bare, possessive = phrase, False  # "Moody's" met as a name: its "'s" is no possessive.
            following = tokens[position + length].text if position + length < len(tokens) else ""
            if following in _DISTINCT_ARM_WORDS and not possessive:
                continue  # "AMD Ventures", "Swisscom Ventures": an investment arm, read as a new name.
            if not possessive and _named_arm_after(text, tokens, position + length):
                continue  # "Samsung Catalyst Fund", "Safran Corporate Ventures": an arm with its own name.
            if bare in self.acronyms and (
                possessive or position + 1 == len(tokens) or not _continues_name(text, tokens, position)
            ):
                # "l'EPFL Innovation Park" is another name, which opens with the acronym.
                return length, self.acronyms[bare], "name", possessive
            if bare in self.kb.by_spelling:
                return length, self.kb.by_spelling[bare], "name", possessive
            if bare in self.orgs and self.orgs[bare].entity == "organisation":
                return length, bare, "name", possessive
            if bare in self.short_forms and bare not in self.orgs:
                full = self.short_forms[bare]
                self.orgs.setdefault(full, OrgInfo(name=full, kind=self.introduced.get(full)))
                return length, full, "name", possessive
            if bare in self.introduced and bare not in self.orgs:
                self.orgs[bare] = OrgInfo(name=bare, kind=self.introduced[bare])
                return length, bare, "name", possessive
            if (
                length == 1
                and not _inside_capitalised_run(text, tokens, position)
                and (short := self._short_name(bare))
                and not _opens_another_name(text, tokens, position, short)
            ):
                return length, short, "name", possessive
            if (national := self._without_country(bare)) is not None:
                return length, national, "name", possessive
            if length > 1 and _norm(phrase) in self.kb.by_alias:
                return length, self.kb.by_alias[_norm(phrase)], "alias", False
            alias_with_det = _norm(phrase)
            if length > 2 and alias_with_det in self.kb.by_alias:
                return length, self.kb.by_alias[alias_with_det], "alias", False
        return None

    def _national_arm_after(self, text: str, tokens: list[_Token], position: int) -> int:
        """How many tokens a country's name takes right after a name and one space, closing the capitalised
        run ("Orange Belgium", "Microsoft France", "Nestlé Côte d'Ivoire"): a national subsidiary's name, not
        the group's. 0 when no country follows."""
        if (
            position >= len(tokens)
            or position == 0
            or text[tokens[position - 1].end : tokens[position].start] != " "
            or not tokens[position].text[:1].isupper()
        ):
            return 0
        count = 0
        if tokens[position].text in self.kb.country_words:
            count = 1
        else:
            rest = text[tokens[position].start : tokens[position].start + 40].replace("’", "'")
            phrase = next((p for p in _COUNTRY_PHRASES if rest.startswith(p)), None)
            if phrase is None:
                return 0
            end = tokens[position].start + len(phrase)
            while position + count < len(tokens) and tokens[position + count].end <= end:
                count += 1
            if position + count - 1 >= len(tokens) or tokens[position + count - 1].end != end:
                return 0
        last = tokens[position + count - 1]
        following = tokens[position + count] if position + count < len(tokens) else None
        if following is not None and following.text[:1].isupper() and text[last.end : following.start] == " ":
            return 0
        return count

    def _national_arm(self, sentence: Sentence, tokens, position: int, length: int, index: int, group: str):
        """The mention of a national subsidiary named by its group's name and its country, as a new name."""
        first, last = tokens[position], tokens[position + length - 1]
        bare, possessive = _strip_possessive(sentence.text[first.start : last.end])
        name = _canonical(bare)
        if not name:
            return None
        if name not in self.orgs:
            self.orgs[name] = replace(
                _info_from_knowledge(group, self.kb), name=name, country=None, city=None
            )
        return self._mention(sentence, first.start, last.end, name, "new", index, possessive)

    def _short_name(self, word: str) -> str | None:
        """'Corvex' after 'Corvex Robotics': the first word of exactly one organisation met before."""
        if len(word) < 4 or not word[:1].isupper() or word.lower() in _STOP_CAPITALS:
            return None
        return self._only_organisation(self._name_parts().first_words.get(word, []))

    def _without_country(self, phrase: str) -> str | None:
        """'the Navy' after 'the U.S. Navy', 'Space Force' after 'U.S. Space Force': a national institution named
        again without its country's initials is the same party, when exactly one name met before ends so."""
        if not phrase[:1].isupper() or phrase.lower() in _STOP_CAPITALS:
            return None
        return self._only_organisation(self._name_parts().national.get(phrase, []))

    def _only_organisation(self, named: list[str]) -> str | None:
        """The one organisation among `named`, None when there are none or several: looked at only until a
        second is found ("Fund" opening "Fund 1" … "Fund 400" of a round-up is read at each of its words)."""
        found = None
        for name in named:
            if self.orgs[name].entity == "organisation":
                if found is not None:
                    return None
                found = name
        return found

    def _name_parts(self) -> _NameParts:
        """The names met so far by a part of them, brought up to date with the names added since (only
        those: a name is read once, not at every word of the article)."""
        parts, orgs = self._parts, self.orgs
        if parts.generation != orgs.generation:  # a name went: made again
            parts = self._parts = _NameParts(generation=orgs.generation)
        for name in orgs.added[parts.read :]:
            parts.add(name)
        parts.read = len(orgs.added)
        return parts

    def _names_joined_by_and(self, sentence, tokens, taken, local, index) -> None:
        """Names with an inner "and", read before anything cuts them there: "Johnson and Johnson" (a list
        never names one word twice), "McKinsey and Company", "Guy's and St Thomas' NHS Foundation Trust"
        (two possessives sharing an institution's head), and "Pacific Gas and Electric" when the article
        writes its initials "PG&E" (then the same party). "Amazon and Nvidia" stays a list."""
        text = sentence.text
        spans: list[tuple[int, int, str | None]] = [
            (*match.span(), None)
            for pattern in (_SAME_WORD_AND_RE, _AND_COMPANY_RE, _POSSESSIVES_AND_RE)
            for match in pattern.finditer(text)
        ]
        for joined in self.joined_initials:
            spans += [(*match.span(), joined) for match in _spelt_initials_re(joined).finditer(text)]
        for start, end, joined in sorted(spans, key=lambda span: span[:2]):
            inside = [i for i, token in enumerate(tokens) if start <= token.start and token.end <= end]
            if not inside or any(taken[i] for i in inside):
                continue
            first = inside[0]
            while (
                first > max(0, inside[0] - 3)
                and not taken[first - 1]
                and text[tokens[first - 1].end : tokens[first].start] == " "
                and _capitalised(tokens[first - 1].text)
                and tokens[first - 1].text.lower() not in _STOP_CAPITALS
                and not _at_opening(text, tokens[first - 1].start)
            ):
                first -= 1  # "Arthur Johnson and Johnson": capitalised words right before open the name.
            start = tokens[first].start
            bare, possessive = _strip_possessive(text[start:end])
            name = _canonical(bare)
            if not name:
                continue
            self.orgs.setdefault(name, OrgInfo(name=name, kind=_investor_by_form(text, start, name)))
            if joined:
                self.acronyms.setdefault(joined, name)
                self.add_alias(name, joined)
            local.append(self._mention(sentence, start, end, name, "new", index, possessive))
            for position in range(first, inside[-1] + 1):
                taken[position] = True

    def _defined_acronyms(self, sentence, tokens, taken, local, index) -> None:
        """'l'Agence de l'innovation de défense (AID)', 'le Centre hospitalier universitaire vaudois (CHUV)':
        an institution's name, lowercase words included, defined by the acronym in parentheses after it. The
        name is the longest capitalised phrase before the parenthesis whose initials spell the acronym. The
        acronym alone later ("La BCV y a contribué") names the same party, by the full name introduced."""
        for match in _ACRONYM_RE.finditer(sentence.text):
            close = _token_at(tokens, match.start("acronym"))
            if close is None:
                continue
            first = self._acronym_phrase(sentence.text, tokens, close, match.group("acronym"))
            if first is None:
                continue
            words = [token.text for token in tokens[first:close]]
            name = sentence.text[tokens[first].start : tokens[close - 1].end]
            if len(match.group("acronym")) == 2 and (
                name in self.initialled_people or self._is_person(sentence.text, tokens[first].start, words)
            ):
                # "from Jane Doe (JD) and Accel": a person's two initials, no firm's name; read as a person's
                # name by the name reader, and a deal file's "JD" (JD.com) must not join her. (Longer ones
                # stay: "Its founder worked at the Korea Aerospace Exploration Institute (KAXI)" is an
                # institute, though a title comes before its name.) Told so even where her name was already
                # read as a firm's, in an earlier sentence that gave no sign of a person.
                self._initialled_person(name, match.group("acronym"))
                continue
            if taken[close] or any(taken[first:close]):
                continue
            self.orgs.setdefault(name, OrgInfo(name=name))
            self.add_alias(name, match.group("acronym"))
            self.acronyms.setdefault(match.group("acronym"), name)
            local.append(
                self._mention(sentence, tokens[first].start, tokens[close - 1].end, name, "new", index)
            )
            for position in range(first, close + 1):
                taken[position] = True

    @staticmethod
    def _acronym_phrase(text: str, tokens, close: int, acronym: str) -> int | None:
        """The first token of the phrase before `close` that the acronym abbreviates, or None."""
        letters = _fold(acronym.replace("-", "").replace("&", "")).upper()
        found = None
        for first in range(close - 1, max(-1, close - 10), -1):
            gap = text[tokens[first].end : tokens[first + 1].start]
            if first < close - 1 and gap.strip(" -–’'"):
                break  # Punctuation ends the phrase; a dash joins its parts ("Assistance publique – Hôpitaux").
            initials = "".join(
                _fold(part)[:1].upper()
                for token in tokens[first:close]
                for part in re.split(r"[-'’]", token.text)
                if part and part.lower() not in _ACRONYM_LINKS
            )
            word = tokens[first].text.split("'")[-1].split("’")[-1]
            if found is not None and tokens[first].text.lower() in _STOP_CAPITALS:
                # "La Banque cantonale vaudoise (BCV)" opening a sentence: the capital article is no part of it.
                break
            if word[:1].isupper() and (
                initials == letters
                or sorted(initials) == sorted(letters)
                or _letters_within(tokens[first:close], letters)
            ):
                found = first
        if found is not None and tokens[found].text.lower() in _STOP_CAPITALS:
            return None
        return found

    # -- descriptions: appositives ("le géant américain Amazon") and references ("le groupe de X") --

    def _described(self, sentence, tokens, taken, local, index) -> None:
        """French and English descriptive noun phrases: appositive before a name, or a reference."""
        if self.language != "en":
            for match in _FR_DESCRIPTOR_RE.finditer(sentence.text):
                if not _raised_money(sentence.text, match):
                    self._french_descriptor(sentence, tokens, taken, local, index, match)
            for match in _FR_BARE_APPOSITION_RE.finditer(sentence.text):
                self._bare_apposition(sentence, tokens, taken, local, match)
        if self.language != "fr":
            for match in _EN_DESCRIPTOR_RE.finditer(sentence.text):
                if not _raised_money(sentence.text, match):
                    self._english_descriptor(sentence, tokens, taken, local, index, match)

    def _based_places(self, sentence: Sentence, local: list[Mention]) -> None:
        """'Berlin-based Ferrix AI', 'Ferrix AI, based in Berlin,', 'Ferrix AI, basée à Berlin': where a company
        sits, said next to its name with no description to carry it; the city (and its country) it has."""
        for mention in local:
            info = self.orgs.get(mention.name) if mention.name else None
            if info is None or info.entity != "organisation" or info.city:
                continue
            start, end = mention.start - sentence.start, mention.end - sentence.start
            place = _BASED_PLACE_BEFORE_RE.search(sentence.text, 0, start) or _BASED_PLACE_AFTER_RE.match(
                sentence.text, end
            )
            if place is None:
                continue
            country, city = _place_in(place.group("place"), self.kb)
            if city:
                info.city, info.country = city, info.country or country

    def _fronted_description(self, sentence: Sentence, local: list[Mention]) -> None:
        """'Acteur majeur du commerce en ligne (…), Amazon va…': a leading noun phrase describes the subject."""
        first = next((m for m in local if m.name), None)
        if first is None:
            return
        before = sentence.text[: first.start - sentence.start]
        match = _FRONTED_RE.match(before)
        if (
            match
            and match.group("first").lower() not in _FRONTED_STOPS
            and not match.group("first").endswith("ment")
        ):
            self._describe(first.name, match.group("phrase"))

    def _french_descriptor(self, sentence, tokens, taken, local, index, match) -> None:
        start_token = _token_at(tokens, match.end("head") - 1)
        if start_token is None or taken[start_token]:
            return
        end_token = self._modifiers(tokens, start_token + 1, taken)
        phrase_end = tokens[end_token - 1].end if end_token > start_token + 1 else match.end()
        words = sentence.text[match.start("head") : phrase_end].strip()
        named = _name_after(tokens, end_token, taken, local)
        if named is not None:
            owned = self._apposed_after_owner(sentence, local, words, named)
            if owned is not None:
                # "Le fonds d'investissement de LVMH, LVMH Luxury Ventures, …": the fund is the name apposed
                # after its owner, and its description names that owner.
                self._describe(owned, f"{words}{'' if words[-1] in _APOSTROPHES else ' '}{named}")
            elif not _DANGLING_END_RE.search(words):
                # "le studio du Mile-End", "un laboratoire du CEA", "Le groupe espère porter le chiffre
                # d'affaires de Lunéa": what comes before "de <name>" is something of that name, not it.
                self._describe(named, words)
            return
        head_token = _token_at(tokens, match.start("head"))
        indefinite = (match.group("det") or "").lower() in ("un", "une")
        # "Noshaq, le fonds d'investissement liégeois, …": a fund's definite apposition presents the name too.
        fund = match.group("head").lower() in ("fonds", "investisseur") and bool(match.group("det"))
        # "Selon les informations de Challenges, le fonds a investi…": a head followed by its verb is the
        # subject of a new clause, no apposition to the name before the comma.
        verb_after = _AUXILIARY_AFTER_RE.match(sentence.text, match.end("head"))
        apposed = (
            _apposed_name(sentence, tokens, head_token, local)
            if (indefinite or fund) and head_token and not verb_after
            else None
        )
        if apposed is not None and self.orgs[apposed].entity == "organisation":
            # "le rachat d'Aaron.ai, une jeune pousse berlinoise": the description is apposed to Aaron.ai.
            self._describe(apposed, _whole_description(sentence.text, words, phrase_end))
            self._trade_of_relative(apposed, sentence.text, phrase_end)
            return
        if indefinite and _PREPOSITION_BEFORE_INDEFINITE_RE.search(sentence.text, 0, match.start()):
            # "porté par un contrat avec un équipementier automobile allemand": a party the story does not name,
            # not one it named before.
            return
        # "de la start-up": the mention starts at the noun, so the preposition still marks it as an object.
        start = match.start("head") if match.group("contracted") else match.start()
        self._reference(sentence, tokens, taken, local, index, start, match.end("head"), start_token)

    def _bare_apposition(self, sentence, tokens, taken, local, match) -> None:
        """ "dans Solvane, développeur montpelliérain de centrales agrivoltaïques, via…": a French apposition
        without article right after a name describes it (its city, its country, its trade)."""
        comma = match.start()
        apposed = next(
            (m.name for m in local if m.name and m.end - sentence.start == comma and not m.possessive), None
        )
        head_token = _token_at(tokens, match.end("head") - 1)
        if apposed is None or head_token is None or taken[head_token]:
            return
        if self.orgs[apposed].entity != "organisation":
            return
        # The apposition runs to the next comma, or to the sentence's end; a longer one is no apposition.
        end = re.search(r"[,;:()\[\]–—]|\.(?!\d)|\s-\s|$", sentence.text[match.end("head") :])
        words = sentence.text[match.start("head") : match.end("head") + end.start()].strip()
        if len(words.split()) <= _MAX_COMPLEMENT_WORDS:
            self._describe(apposed, words)
            self._trade_of_relative(apposed, sentence.text, match.end("head"))

    def _trade_of_relative(self, name: str, text: str, phrase_end: int) -> None:
        """The trade a relative clause closing the apposition tells ("une start-up lyonnaise qui développe un
        assistant d'IA pour les médecins urgentistes": health), as the company's sector when its description
        names none: two same-name companies of different trades then differ in the store."""
        info = self.orgs.get(name)
        clause = _TRADE_RELATIVE_RE.match(text, phrase_end)
        if info is None or info.sector or clause is None:
            return
        info.sector = _served_trade(clause.group("what")) or _sector_in(clause.group("what"))

    @staticmethod
    def _apposed_after_owner(sentence, local, words: str, owner: str) -> str | None:
        """The name set off by commas right after `owner` when a description ends on "de <owner>" ("le fonds
        d'investissement de LVMH, LVMH Luxury Ventures,"), else None."""
        if not re.search(r"\s(?:de|du|des)$|\bd['’]$", words):
            return None
        mentions = [m for m in local if m.name]
        for first, second in zip(mentions, mentions[1:], strict=False):
            if first.name != owner:
                continue
            gap = sentence.text[first.end - sentence.start : second.start - sentence.start]
            after = sentence.text[second.end - sentence.start : second.end - sentence.start + 2]
            if gap == ", " and after.startswith(",") and second.name != owner:
                return second.name
        return None

    def _english_descriptor(self, sentence, tokens, taken, local, index, match) -> None:
        head_token = _token_at(tokens, match.end("head") - 1)
        if head_token is None or taken[head_token]:
            return
        first = head_token
        while (
            first > 0
            and head_token - first < 5
            and _is_en_modifier(tokens[first - 1].text, taken[first - 1])
            # "Nvidia, through NVentures, state investment bank Bpifrance": a clause's comma before a lowercase
            # word ends the words describing the name after it ("The Santa Clara, California-based company" is
            # one description).
            and not (
                tokens[first].text[:1].islower()
                and _CLAUSE_BREAK_RE.search(sentence.text, tokens[first - 1].end, tokens[first].start)
            )
        ):
            first -= 1
        before = sentence.text[max(0, tokens[first].start - 8) : tokens[first].start]
        determiner = _EN_DETERMINER_RE.search(before)
        words = sentence.text[tokens[first].start : match.end("head")]
        if _OWN_FUND_RE.search(before) and match.group("head").lower() == "fund":
            return  # "Eclair Ventures has closed its third fund, Eclair Fund III": the firm's fund, not the firm
        following = _name_after(tokens, head_token + 1, taken, local)
        if following is not None and not (
            _CLAUSE_BREAK_RE.search(sentence.text, match.end("head"), tokens[head_token + 1].start)
            and _apposed_to_name_before(sentence, tokens[first].start, local)
        ):
            # "NVentures, Nvidia's venture fund, Partech…": words set off after a name describe that name, and the
            # next name past the comma is another party; "The Paris-based AI startup, Mistral AI" is Mistral's.
            self._describe(following, words)
            return
        apposed = _apposed_name(sentence, tokens, first, local)
        if apposed is not None:
            self._describe(apposed, _whole_description(sentence.text, words, match.end()))
            return
        # "one of the most valuable AI start-ups in China": a plural head names a kind, never one company.
        plural = match.end() > match.end("head")
        if determiner and determiner.group().strip().lower() == "the" and not plural:
            start = tokens[first].start - len(determiner.group())
            self._reference(
                sentence, tokens, taken, local, index, start, match.end("head"), head_token, words
            )

    def _modifiers(self, tokens, position, taken) -> int:
        """Skip a French descriptor's modifiers ('américain des puces'); the index of the token after them."""
        limit = min(len(tokens), position + 9)
        while position < limit:
            token = tokens[position]
            if taken[position]:
                return position
            if token.text[0].isupper() and token.text.lower() not in _STOP_CAPITALS:
                if (
                    token.text in self.kb.places
                    or token.text in self.places
                    or _is_nationality(token.text, self.kb)
                ):
                    position += 1
                    continue
                return position
            if token.text.lower() in _MODIFIER_STOPS or token.text[0].isdigit():
                return position
            position += 1
        return position

    def _describe(self, name: str, words: str) -> None:
        """Record an appositive description ("géant américain") and what it says: country, city, sector.
        A `_Partial` description (its complement could not be read to its end) still says those, but its
        words are not kept: a cut fragment ("German maker") is no description."""
        info = self.orgs.get(name)
        if info is None:
            return
        # "une start-up de Sophia Antipolis qui…", "jeune pousse hambourgeoise de 40 salariés": a description
        # cut before its complement ends on a preposition, a fragment as much as a `_Partial` one.
        whole = not isinstance(words, _Partial) and not _DANGLING_END_RE.search(words.strip())
        words = " ".join(words.replace(FILLER, "").split())
        # "PARIS, June 11 (Wire) - French start-up Mistral AI": the wire's dateline ends before the words that
        # describe, and is never part of them (nor is its agency).
        words = _DATELINE_END_RE.sub("", words)
        if _DEAL_ROLE_ONLY_RE.fullmatch(words):
            return  # "Existing investor Seedcamp": its part in this deal, nothing the company is.
        if _TIME_PHRASE_RE.fullmatch(words):
            return  # "Four months ago, Tamaki reported…": when it happened, nothing the company is.
        # "Mistral rival Zéphyr-Labs": how it stands to another company, nothing it is (its place still said).
        whole = whole and not _RELATION_ONLY_RE.fullmatch(words)
        # "La société Quantia Labs": a bare "company" says nothing of what it is (still kept to resolve
        # "la société" later, as a fragment is).
        whole = whole and words.lower() not in _BARE_COMPANY_WORDS
        if whole and words and words not in info.descriptions:
            info.descriptions.append(words)
        elif not whole and words and words not in info.described_as:
            info.described_as.append(words)
        country, city = _place_in(words, self.kb)
        info.country = info.country or country
        info.city = info.city or city or _city_of_demonym(words, self.kb) or self._place_of(words)
        info.sector = info.sector or _sector_in(words)
        if re.search(r"start-?up|jeune pousse|licorne|unicorn|pépite", words, re.IGNORECASE):
            info.kind = info.kind or "startup"
        if re.search(r"\bfonds\b|\bfund\b|venture|capital-risque|investment firm|investisseur", words, re.I):
            info.kind = info.kind or "investor"
            info.investor_kind = info.investor_kind or (
                "sovereign" if re.search(r"souverain|sovereign", words, re.I) else "venture_fund"
            )

    def _place_of(self, words: str) -> str | None:
        """The place, known only from this article, a description is "de" ("start-up de Louvain")."""
        match = _STARTUP_FROM_RE.search(words)
        return match.group("place") if match and match.group("place") in self.places else None

    def _reference(
        self, sentence, tokens, taken, local, index, start, head_end, head_token, words=None
    ) -> None:
        """A descriptive reference ("le groupe de San Francisco", "the Japanese conglomerate")."""
        end = head_end
        constraint_text = sentence.text[start:head_end]
        # French complements that narrow the reference: nationality, "de <City>", "des puces".
        tail = re.match(
            r"(?:\s+(?P<nat>[a-zéèêàç-]+))?(?:\s+(?:de|d['’])\s*(?P<city>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)"
            r"|\s+(?:des|du)\s+(?P<sector>[a-zéèêàç]+(?:\s(?:en|à)\s[a-zé]+)?))?",
            sentence.text[head_end : head_end + 60],
        )
        if tail and tail.group("nat") and not _is_nationality(tail.group("nat"), self.kb):
            tail = re.match(
                r"(?:\s+(?:de|d['’])\s*(?P<city>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)|\s+(?:des|du)\s+(?P<sector>[a-zé]+))?",
                sentence.text[head_end : head_end + 60],
            )
        if tail and tail.group(0):
            city = tail.groupdict().get("city")
            if city and city not in self.kb.cities:
                tail = None
        if tail and tail.group(0):
            end = head_end + len(tail.group(0))
            constraint_text = sentence.text[start:end]
        covered = [i for i, token in enumerate(tokens) if start <= token.start < end]
        if any(taken[i] for i in covered):
            return
        valued = bool(_VALUING_VERB_BEFORE_RE.search(sentence.text, max(0, start - 40), start))
        apposed = self._definite_apposition(sentence, local, start, end, constraint_text)
        if apposed is not None:
            # "Bright Orchard Games, the Seattle studio behind…": the description is the name's, whatever
            # company the story named before; later "the studio" is that company too.
            described = _whole_description(sentence.text, words, head_end) if words else constraint_text
            self._describe(apposed, described)
            name = apposed
        else:
            opening = next((m.name for m in local if m.name and not m.possessive), None)
            name = self._resolve_description(
                constraint_text,
                words or constraint_text,
                index,
                valued,
                sentence.text[end : end + 60],
                opening,
            )
            name = self._other_party(sentence, local, start, constraint_text, name)
            if name is None and valued:
                name = self._valued_object(sentence, local, start)
        head = _head_word(words or constraint_text)
        if name and head and not (apposed is not None and head in _PLAIN_HEADS):
            # An apposition's plain "company" says nothing of what a later "the company" designates.
            self.head_refs.setdefault(head, name)
        how = "descriptor" if _has_constraint(constraint_text, self.kb) else "reference"
        local.append(self._mention(sentence, start, end, name, how, index))
        for i in covered:
            taken[i] = True
        if (
            name
            and how == "descriptor"
            and _place_in(constraint_text, self.kb)[1]
            and not _EN_DEFINITE_DESCRIPTION_RE.match(constraint_text)
        ):
            # "le groupe de Redmond" is how the French press names Microsoft (an alias, see README); "the
            # Munich-based firm", "the San Francisco startup" only describe a company, and are no name of it.
            alias = " ".join(constraint_text.replace(FILLER, "").split())
            alias = alias[0].lower() + alias[1:]
            if alias not in self.orgs[name].aliases:
                self.orgs[name].aliases.append(alias)

    def _definite_apposition(self, sentence, local, start: int, end: int, text: str) -> str | None:
        """The organisation a definite description with a place or sector is apposed to ("X, the Seattle
        studio", "X, le spécialiste lyonnais"), or None. A bare "the company" after a comma is left alone
        ("…Bright Orchard, the company said"), and so is an owner ("X, the company's chief executive")."""
        if not _has_constraint(text, self.kb) or re.match(r"['’]s\b", sentence.text[end : end + 3]):
            return None
        before = sentence.text[:start]
        # "…des serveurs de Microsoft : le groupe américain s'est engagé…": after a colon too, the description
        # takes up the name right before it.
        comma = re.search(r"(?:,|\s?:)\s*$", before)
        if comma is None:
            return None
        for mention in reversed(local):
            if mention.start - sentence.start >= start:
                continue
            gap = sentence.text[mention.end - sentence.start : comma.start()]
            if mention.name and not mention.possessive and not gap.strip(" .") and mention.how != "reference":
                info = self.orgs.get(mention.name)
                return mention.name if info and info.entity == "organisation" else None
            return None
        return None

    def _valued_object(self, sentence, local, start: int) -> str | None:
        """'X agreed to buy a stake in Y… in a deal that values the business at $1bn', with no company met
        before: what the deal values is the one organisation named before it other than the clause's subject."""
        before = [m for m in local if m.name and m.start - sentence.start < start and not m.possessive]
        subject = _subject(sentence, before)
        others = _unique_names(
            m.name
            for m in before
            if m.name != subject
            and self.orgs[m.name].entity == "organisation"
            and _BOUGHT_BEFORE_RE.search(
                sentence.text, max(0, m.start - sentence.start - 40), m.start - sentence.start
            )
        )
        return others[0] if subject and len(others) == 1 else None

    def _other_party(self, sentence, local, start: int, text: str, name: str | None) -> str | None:
        """A reference a preposition governs after the clause named its subject is another party than that
        subject: "L'opérateur investit 60 millions dans l'exploitant zurichois" (not the operator itself);
        "avec la start-up française Hertzia…, a annoncé la jeune société": a start-up named earlier in the
        sentence, when nothing before it was one."""
        named_before = [m.name for m in local if m.name and m.start - sentence.start < start]
        if name is None and named_before and _is_startup_words(text):
            startups = [n for n in named_before if self.orgs[n].kind == "startup"]
            return startups[-1] if startups else None
        if name is None or name not in named_before:
            return name
        # "L'entreprise… a annoncé l'acquisition de cet éditeur rennais": a demonstrative points away from the
        # clause's subject, whatever governs it.
        demonstrative = re.match(r"(?:cette|cet|ce)\s", text, re.IGNORECASE)
        if not demonstrative and not _PREPOSITION_BEFORE_REFERENCE_RE.search(
            sentence.text, max(0, start - 20), start
        ):
            return name
        if _subject(sentence, [m for m in local if m.start - sentence.start < start]) != name:
            return (
                name  # "Solvane's backers include Accel, which led a round in the company": not the subject.
            )
        if _NAME_AFTER_DESCRIPTION_RE.match(sentence.text, start + len(text)):
            return name  # "avec la banque en ligne Swissquote": the description is the name's after it.
        country, city = _place_in(text, self.kb)
        sector, is_startup = _sector_in(text), _is_startup_words(text)
        others = [
            other
            for other in self._recent_names()
            if other not in named_before
            and self.orgs[other].entity == "organisation"
            and _may_be(self.orgs[other], country, city, sector, is_startup, False)
        ]
        # Only a story of two companies tells which other one is meant.
        return others[0] if len(others) == 1 else name

    def _previous_names(self, index: int, name: str) -> bool:
        """Whether the sentence just before sentence `index` writes `name`."""
        return any(number == index - 1 and is_named(text, name) for number, _, text in self.previous)

    def _resolve_description(
        self,
        text: str,
        words: str,
        index: int = -1,
        valued: bool = False,
        after: str = "",
        opening: str | None = None,
    ) -> str | None:
        """The organisation a description designates, most recent first, or None. A bare "la société" is the
        previous sentence's subject when it has one, else the article's lead company. `valued`: the
        description is what a deal values ("The round values the San Francisco firm at…"); `after`: the
        words that follow the description in its sentence; `opening`: the first name its sentence gave. In a
        digest of several stories, a description with a place or a trade designates a company of the
        current story ("the Japanese group" is not the Japanese group of the story before), when that story
        has named one."""
        story = self.story_names
        if (
            story
            and any(self.orgs[name].kind != "investor" for name in story if name in self.orgs)
            and (any(_place_in(text, self.kb)) or _sector_in(text))
        ):
            return self._resolve_among(text, words, index, valued, after, opening, story)
        chosen = self._resolve_among(text, words, index, valued, after, opening, None)
        if (
            chosen is not None
            and chosen != self.main
            and self.orgs[chosen].kind == "investor"
            and self.orgs[chosen].investor_kind not in (None, "unknown")
            and (_is_startup_words(text) or _head_word(words) in _OPERATING_HEADS)
        ):
            # "Le fonds Ardian… l'acquisition de cette PME… l'industriel fabrique": a fund is never the PME,
            # the manufacturer or the start-up; the company the story named beside it is.
            operating = [name for name in self._recent_names() if self.orgs[name].kind != "investor"]
            return operating[0] if operating else chosen
        return chosen

    def _resolve_among(
        self,
        text: str,
        words: str,
        index: int,
        valued: bool,
        after: str,
        opening: str | None,
        window: dict[str, None] | None,
    ) -> str | None:
        """`_resolve_description` among the names of `window` (all the article's when None)."""
        country, city = _place_in(text, self.kb)
        sector = _sector_in(text)
        # "la jeune entreprise", "the young company": a start-up said in other words.
        is_startup = _is_startup_words(text)
        is_fund = bool(re.search(r"\bfonds\b|\bfund\b|investor|investisseur|d['’]investissement", text, re.I))
        recent = self._recent_names()
        if window is not None:
            recent = [name for name in recent if name in window]
        if not is_fund:
            # "la société", "le spécialiste français": a company, not the fund of the story when the story
            # has named a company too (Eurazeo enters Ekimetrics' capital, "la société emploie 500 personnes").
            companies = [name for name in recent if self.orgs[name].kind != "investor"]
            recent = companies or recent
        head = _head_word(words)
        if head and head not in _PLAIN_HEADS and head not in _SECTOR_HEADS and len(head) > 3:
            # "Meute Studio… Le studio a réalisé 9,4 M€": the head noun is a word of one company's own name.
            bearers = [
                name
                for name in recent
                if self.orgs[name].kind != "investor"
                and any(word.lower().rstrip("s") == head.rstrip("s") for word in name.split()[:3])
            ]
            if len(bearers) == 1 and not (country and self.orgs[bearers[0]].country not in (None, country)):
                return bearers[0]
        if (
            head
            and head not in ("cible", "target")
            and not (country or city)
            and self.head_refs.get(head) in recent
            and not (head in _PLAIN_HEADS and self._fresh_startup(index) not in (None, self.head_refs[head]))
        ):
            # The article keeps calling the same company "le groupe": the same head names the same company.
            # A plain "the company" right after a sentence about a start-up is that start-up, though.
            return self.head_refs[head]
        if head in ("cible", "target") and self.target in recent:
            return self.target  # "la cible", "the target": the company being acquired.
        if head == "target":
            return None  # No company bought: "the target" is a goal, no company.
        if not (country or city or sector or is_startup or is_fund):
            described_so = [
                name
                for name in recent
                if head and any(head in d.lower().split() for d in self.orgs[name].described_words())
            ]
            if head and head.lower() in _DISTINCTIVE_HEADS and described_so:
                # "Visiomeca, une PME lyonnaise… la PME avait décroché": the company the story described so.
                return described_so[0]
            fresh = self._fresh_subject(index)
            lead = self.lead
            if (
                self.main is None
                and head in _PLAIN_HEADS
                and self.target
                and lead not in (None, self.target)
                and self.orgs[lead].kind != "startup"
                and self.orgs[self.target].kind in ("startup", None)
                and self.target in recent
                and _PAST_RAISE_RE.match(after)
            ):
                # "X rachète Datalyse… La société avait levé 25 M€ en 2022": in a story about a buyer that is no
                # start-up, the funding history a plain "la société" recounts is the bought company's.
                return self.target
            if (
                self.main is None
                and head in _PLAIN_HEADS
                and self.target
                and lead not in (None, self.target)
                and lead in self.kb.by_name
                and self.orgs[lead].kind == "corporate"
                and self.target not in self.kb.by_name
                and self.orgs[self.target].kind != "corporate"
            ):
                # "Novartis rachète Salèvia… La société emploie 41 personnes": a story about a well-known
                # group buying a company it goes on to describe; the group needs no "la société".
                lead = self.target
            elif (
                self.main is None
                and head in _PLAIN_HEADS
                and self.target
                and lead not in (None, self.target)
                and self.topic == self.target
                and (fresh == self.target or (fresh is None and self._previous_names(index, self.target)))
                and self.orgs[self.target].kind in ("startup", None)
                and self.orgs[lead].kind != "startup"
            ):
                # "Deere to buy start-up Furrowlogic… Furrowlogic's probes covered 3.1 million acres, the company
                # said": right after a sentence about the start-up being bought, "the company" is that start-up.
                lead = self.target
            candidates = [c for c in (self.main, fresh, lead, self.topic) if c]
            if not candidates and self.headline_subject in self.orgs:
                candidates = [self.headline_subject]
            companies = [c for c in candidates if c in recent]
            if head in _PLAIN_HEADS and not companies:
                # "Meridian Growth Partners has led an investment in Forgewell… The transaction values the
                # company": a plain "the company" is not the fund the story opened on when it named a company.
                candidates = (
                    [c for c in candidates if self.orgs[c].kind != "investor"] or recent or candidates
                )
            chosen = (companies or candidates or recent or [None])[0]
            if (
                head in _BIG_COMPANY_HEADS
                and chosen
                and self.orgs[chosen].kind == "startup"
                # "Rayonix lève 40 M€… Avec cet argent frais, le groupe entend accélérer": right after a sentence
                # about the start-up, the press may call it a group too.
                and self._fresh_subject(index) != chosen
            ):
                # "Cortexa s'allie à Clerion… Le groupe, qui revendique 4 milliards de dollars de chiffre
                # d'affaires": a group or a giant is not the start-up of the story but the large company beside it.
                big = [name for name in recent if self.orgs[name].kind not in ("startup", "investor")]
                if big:
                    return big[0]
            return chosen
        main = self.main or self.lead or self.topic
        if is_startup and not (country or city or sector):
            # "the startup", "la jeune pousse": the start-up the article is about, not the fund last named,
            # nor the group that buys it ("Capgemini rachète la start-up Dataforge… La start-up a réalisé").
            if self.main is not None and self._fresh_subject(index) == self.main:
                # "PadiGrow raised US$9 million in a Series A round in 2021. The start-up now has 120 employees":
                # right after a sentence about the company that raised, the start-up is that company.
                return self.main
            startups = [name for name in recent if self.orgs[name].kind == "startup"]
            # A start-up only the knowledge file knows ("alternatives to OpenAI") is named in passing: it does
            # not take "the start-up" from the story's company of unknown kind.
            met = [name for name in startups if name not in self.kb.by_name]
            if (
                self.main is None
                and self.target in recent
                and opening == self.target
                and main not in (None, self.target)
                and self.orgs[main].kind != "startup"
                and self.orgs[self.target].kind in ("startup", None)
                and not any(name == main and _STARTUP_HEAD_RE.search(h) for h, name in self.head_refs.items())
            ):
                # "X agreed to buy Solvane… Solvane has run validators for X's clients, under a deal worth a third
                # of the startup's revenue": in a sentence about the company being bought, the start-up is it.
                return self.target
            if (
                self.main is None
                and self.target in recent
                and main not in (None, self.target)
                and self.orgs[main].kind != "startup"
                and self.orgs[self.target].kind in ("startup", None)
                # "La start-up nantaise… a annoncé le rachat de Mathilab": a buyer the story already called a
                # start-up stays "la pépite".
                and not any(name == main and _STARTUP_HEAD_RE.search(h) for h, name in self.head_refs.items())
                # "Fondé en 2014, Batisoft édite… La pépite revendique…": right after a sentence about the buyer.
                and self._fresh_subject(index) != main
            ) or (
                self.target
                and self.target != main
                and main
                # "Doctolib… a finalisé le rachat de Médilink… Elle employait 45 salariés. La start-up avait levé…":
                # a buyer the story calls a start-up too does not take "la start-up" from the start-up it bought.
                and (self.orgs[main].kind != "startup" or self.orgs[self.target].kind == "startup")
                and self._fresh_subject(index) == self.target
            ):
                # "Kestrel has agreed to buy Silicon Weave… The startup's revenue rose…": in a story about a
                # purchase and no funding, the start-up is the company bought, not its buyer.
                # Or, whatever the story, right after a sentence about the company being bought:
                return self.target
            if main and (self.orgs[main].kind == "startup" or (not met and self.orgs[main].kind is None)):
                return main
            if (
                self.main is not None
                and self.orgs[main].kind is None
                and self._fresh_subject(index) not in startups
            ):
                # "La fintech Trésoria… a racheté la start-up Factomatic… La start-up, qui compte 60 salariés":
                # in a funding story, another start-up is named in passing, not the story's one, unless the
                # sentence before spoke of it.
                return main
            if startups:
                return startups[0]
        described = [
            name
            for name in recent
            if head and any(head in d.lower() for d in self.orgs[name].described_words())
        ]
        if is_fund and not (country or city or sector) and described:
            # "Le fonds pourrait apporter…": the company the article itself described as a fund.
            return described[0]
        if valued and main in recent and _may_be(self.orgs[main], country, city, sector, is_startup, is_fund):
            # "The round values the San Francisco firm at $2.1 billion" after Quill's round led by Salesforce
            # Ventures: what a round values is the story's own company when nothing said it is elsewhere,
            # not the investor known to be from San Francisco.
            return main
        if (
            (country or city)
            and head in _PLAIN_HEADS
            and main in recent
            and main not in self.kb.by_name
            and _may_be(self.orgs[main], country, city, sector, is_startup, is_fund)
            and self._placed_elsewhere_only_by_knowledge(recent, country, city, main)
        ):
            # "The Seattle-based company previously raised…" in a story about a start-up whose city it never
            # gave, after naming Amazon in passing: the press describes the company it introduces by its
            # place, not a well-known group it only names. What the knowledge file says of Amazon's city
            # does not make it the company meant.
            return main
        fresh = self._fresh_subject(index)
        big = head in _BIG_COMPANY_HEADS
        if (
            (country or city)
            and fresh in recent
            and self.orgs[fresh].kind != "investor"
            and (not city or self.orgs[fresh].city == city)
            and (not country or self.orgs[fresh].country == country)
            and _may_be(self.orgs[fresh], country, city, sector, is_startup, is_fund)
        ):
            # "Norvane, a Japanese group, raised $300 million from SoftBank. The Japanese group plans…": the
            # previous sentence's subject, the article said, is so placed; the backer named after it is not meant.
            return fresh
        for name in recent:
            info = self.orgs[name]
            if city and info.city != city:
                continue
            if country and info.country != country:
                continue
            if sector and not (info.sector and sector in info.sector):
                continue
            if is_startup and info.kind not in ("startup", None):
                continue
            if is_fund and info.kind != "investor":
                continue
            if big and info.kind == "startup" and name != fresh:
                continue  # "le groupe lyonnais" after "X a racheté la start-up Y": the buyer, not the start-up.
            return name
        if is_startup and not (country or city or sector):
            # "La jeune pousse" with no start-up met yet: the story's company, never a fund.
            return main if main and self.orgs[main].kind != "investor" else None
        # "The Tel Aviv-based company" when the article never said where AI21 Labs is: a company whose place
        # is unknown (or only its country, which the city agrees with) may be meant; the story's own company
        # first, else the latest such company that is not an investor (unless a fund is described).
        loose = [
            name
            for name in recent
            if _may_be(self.orgs[name], country, city, sector, is_startup, is_fund)
            and not (big and self.orgs[name].kind == "startup" and name != fresh)
        ]
        if main in loose:
            return main
        # Else the previous sentence's subject when it may be meant: the paragraph goes on about it.
        return fresh if fresh in loose else (loose[0] if loose else None)

    def _placed_elsewhere_only_by_knowledge(self, recent, country, city, main: str) -> bool:
        """Whether every organisation named before `main` that agrees with a place is a well-known one
        (from the knowledge file), so that only background knowledge, not the article, puts it there."""
        for name in recent:
            if name == main:
                return True
            info = self.orgs[name]
            if (city and info.city != city) or (country and info.country != country):
                continue
            if name not in self.kb.by_name:
                return False
        return True

    def _fresh_startup(self, index: int) -> str | None:
        """The previous sentence's subject when the story presents it as a start-up, else None."""
        fresh = self._fresh_subject(index)
        info = self.orgs.get(fresh) if fresh else None
        return fresh if info and info.entity == "organisation" and info.kind == "startup" else None

    def _fresh_subject(self, index: int) -> str | None:
        """The previous sentence's subject; across a sentence that names no organisation ("Ses logiciels
        équipent 40 assureurs."), the one before it: the paragraph still speaks of the same company."""
        if index - 1 in self.subjects:
            return self.subjects[index - 1]
        previous = next((text for number, _, text in self.previous if number == index - 1), None)
        if previous is not None and _PRONOUN_OPENING_RE.match(previous) and index - 2 in self.subjects:
            # "Médilink revendique… Elle employait 45 salariés, dont l'essentiel rejoint Doctolib.": a sentence
            # opening on a pronoun still speaks of the subject before it, whatever else it names.
            return self.subjects[index - 2]
        for mention in reversed(self.mentions):
            if mention.sentence < index - 1:
                break
            if mention.sentence == index - 1 and mention.name:
                return None
        return self.subjects.get(index - 2)

    def _recent_names(self) -> list[str]:
        """Organisations in order of their last mention, most recent first."""
        return [name for name in reversed(self.recency) if self.orgs[name].entity == "organisation"]

    # -- names found from the text alone ------------------------------------------------------------

    def _new_names(self, sentence, tokens, taken, local, index, tickers) -> None:
        """Capitalised names the text presents as organisations (cue, suffix, role)."""
        position = 0
        while position < len(tokens):
            word = tokens[position].text
            if (
                taken[position]
                or not (
                    _capitalised(word)
                    or _numeral_name(sentence.text, tokens, position)
                    or self._lowercase_brand(sentence.text, tokens, position)
                )
                or _inside(tokens[position].start, tickers)
                or any(sentence.text.startswith(name, tokens[position].start) for name in self.qualified)
            ):
                position += 1
                continue
            institution = (
                word.lower() in _INSTITUTION_HEADS | _COUNTRY_INITIALS
                and position + 1 < len(tokens)
                and _continues_name(sentence.text, tokens, position)
            ) or _elided_article_of_name(sentence.text, tokens, position)
            if not institution and (
                (
                    _strip_possessive(word)[0] in self.kb.by_product
                    and not _product_names_fund(sentence.text, tokens, position)
                )
                or (
                    _strip_possessive(word)[0].lower() in _STOP_CAPITALS  # "It's now valued at…": a pronoun
                    and not month_written_as_name(sentence.text, tokens[position].start, tokens[position].end)
                )
                or word.endswith("-based")
                or _OWNERSHIP_MODIFIER_RE.fullmatch(word)  # "State-owned Development Bank of Japan led…"
            ):
                # A leading determiner or weekday is not part of a name ("The Japanese conglomerate").
                position += 1
                continue
            if self._descriptors_place(sentence.text, tokens, position):
                position += (
                    1  # "la pépite d'Île-de-France Vélodrome": the place is the descriptor's, not the name's.
                )
                continue
            end = position
            while (
                end + 1 < len(tokens) and not taken[end + 1] and _continues_name(sentence.text, tokens, end)
            ):
                end += 1
            words = [token.text for token in tokens[position : end + 1]]
            start_char, end_char = tokens[position].start, tokens[end].end
            headed = _lowercase_head(sentence.text, tokens, taken, position, end)
            if (
                len(words) >= 2
                and words[0] in self.kb.first_names
                and self._is_person(sentence.text, start_char, words)
            ):
                self._family_names.add(words[-1])
            if headed is None and position == end and self.language != "en":
                headed = _french_institution_tail(sentence.text, tokens, taken, position)
            if headed is not None:
                # "le ministère des Armées", "la région Pays de la Loire": the French institution's name.
                start_char, end = headed
                end_char = tokens[end].end
            if headed is not None or self._is_new_org(sentence.text, tokens, position, end, words):
                if headed is None and _leading_the(sentence.text, tokens, position):
                    start_char = tokens[position - 1].start  # "Migdal and The Phoenix": "The" opens the name.
                bare, possessive = _strip_possessive(sentence.text[start_char:end_char])
                if possessive and _NAME_ENDS_IN_S_AFTER_RE.match(sentence.text, end_char):
                    bare, possessive = sentence.text[start_char:end_char], False
                name = _canonical(bare)
                if name:
                    if name not in self.orgs:
                        self.orgs[name] = OrgInfo(
                            name=name, kind=_investor_by_form(sentence.text, start_char, name)
                        )
                    if self._is_person(sentence.text, start_char, words) or self._surname(name):
                        self.orgs[name].entity = "person"
                    local.append(
                        self._mention(sentence, start_char, end_char, name, "new", index, possessive)
                    )
                    if possessive and (fund := self._acronym_fund(sentence.text, tokens, end + 1)):
                        # "Ines Varga's KVR fund": the fund backs, not its owner (as for a known owner).
                        local[-1] = self._mention(
                            sentence, start_char, tokens[fund].end, tokens[fund - 1].text, "name", index
                        )
                        end = fund
                    for i in range(position, end + 1):
                        taken[i] = True
            position = end + 1

    def _descriptors_place(self, text: str, tokens: list[_Token], position: int) -> bool:
        """Whether the capitalised word at `position` is the place a descriptor's "de" gives, right before the
        name it describes: "la pépite d'Île-de-France Vélodrome", "la start-up de Lyon Vélodrome"."""
        word = tokens[position].text
        if position + 1 >= len(tokens) or not _capitalised(tokens[position + 1].text):
            return False
        if text[tokens[position].end : tokens[position + 1].start] != " ":
            return False
        if not (word in self.kb.places or word in self.places or _COMPOUND_PLACE_RE.fullmatch(word)):
            return False
        return bool(_DESCRIPTOR_OF_BEFORE_RE.search(text, 0, tokens[position].start))

    def _lowercase_brand(self, text: str, tokens: list[_Token], position: int) -> bool:
        """Whether a lower-case word is a brand the sentence frames as a company (`_LOWERCASE_BRAND_RE`): opening
        the sentence before a descriptor apposition, or (in English) right after a trade noun as the subject of
        its own deal ("startup poolside said it raised…")."""
        word = tokens[position].text
        if not _LOWERCASE_BRAND_RE.fullmatch(word) or len(word) < 3:
            return False
        after = text[tokens[position].end : tokens[position].end + 120]
        if position == 0 and not re.search(r"\w", text[: tokens[0].start]):
            return bool(_APPOSITION_AFTER_RE.match(after))
        if self.language != "en" or word in _NOT_A_BRAND or word.endswith("ly"):
            return False
        trade_noun = _TRADE_NOUN_BEFORE_RE.search(
            text, max(0, tokens[position].start - 30), tokens[position].start
        )
        if (
            trade_noun is None
            or _common_noun(word)
            or _DETERMINED_BEFORE_RE.search(text, 0, trade_noun.start())
        ):
            return False
        said = _SAID_IT_AFTER_RE.match(after)
        return bool(_OWN_DEAL_AFTER_RE.match(after[said.end() :] if said else after))

    def _other_company_known(self, name: str) -> bool:
        """Whether the reader already knows a company other than `name` (no investor, no person): the story's."""
        return any(
            known != name and info.entity == "organisation" and info.kind != "investor"
            for known, info in self.orgs.items()
        )

    def _is_new_org(self, text: str, tokens, first: int, last: int, words: list[str]) -> bool:
        """Whether a capitalised run names an organisation, from the words around it."""
        lowered = [_strip_possessive(word)[0].lower().rstrip(".") for word in words]
        month_name = first == last and month_written_as_name(text, tokens[first].start, tokens[last].end)
        if (all(word.lower() in _STOP_CAPITALS for word in words) and not month_name) or " ".join(
            words
        ) in self.kb.places:
            return False
        if " ".join(words) in self.places:
            return False  # "installée à Ecublens" elsewhere in the story: "la start-up d'Ecublens Helvorbit".
        if _SITE_AT_BEFORE_RE.search(text[max(0, tokens[first].start - 60) : tokens[first].start]):
            return False  # "une usine d'assemblage à Colomiers, qui…", "a plant near Odessa": a site's place.
        if _strip_possessive(" ".join(words))[0] in self.kb.places:
            return False  # "Berlin's Rydeflow", "Japan's Takeda": a place owning the name after it.
        if len(words) > 1 and words[0] in self.kb.places:
            head_word = re.match(r"\s+([a-zà-ÿ][\w-]*)", text[tokens[last].end :])
            if head_word and _ORG_HEAD_WORD_RE.fullmatch(head_word.group(1)):
                return (
                    False  # "a Paris AI startup", "a Berlin Fintech company": a place and a trade, no name.
                )
        head_after = re.match(r"\s+([a-zà-ÿ][\w-]*s)\b", text[tokens[last].end :])
        if len(words) == 1 and head_after and _ORG_HEAD_WORD_RE.fullmatch(head_after.group(1)):
            return False  # "Pharmaceutical groups signed…", "Chinese companies": an adjective of a plural.
        if not month_name and all(
            _is_nationality(word, self.kb) or word.lower() in _STOP_CAPITALS for word in words
        ):
            return False
        if len(words) == 1 and _ORG_HEAD_WORD_RE.fullmatch(words[0]):
            return False  # "la PME avait décroché": a descriptor's head, not a name.
        if len(words) == 1 and _strip_possessive(words[0])[0] in _MEASURE_ACRONYMS:
            return False  # "25 millions d'euros d'ARR", "its EBITDA": a financial measure, never a company.
        if (
            len(words) == 1
            and re.fullmatch(r"I{1,3}|IV", words[0])
            and re.search(r"\b(?:phase|stade)[\s/-]*$", text[: tokens[last].start], re.IGNORECASE)
        ):
            return False  # "un essai de phase II", "a Phase III trial": a trial's stage, no company.
        if (
            len(words) == 1
            and re.fullmatch(r"[A-Z]{3}|Rs|Dhs?|HK|US|NZ|AU|CA", words[0])
            and re.match(r"[$.]?\s?\d", text[tokens[last].end :])
        ):
            # "worth SEK 60m", "CHF 20 millions", "Rs 320 crore", "HK$2.4 billion": a currency before its amount.
            return False
        if len(words) == 1 and _TERM_DEFINED_AFTER_RE.match(text, tokens[last].end):
            return False  # "des puces MEMS (microsystèmes électromécaniques)": a term spelt out, no company.
        if len(words) == 1 and _FRAGMENT_RE.fullmatch(words[0]):
            return False  # "B", "B2B": a single letter or a letter code is never a company.
        if len(words) == 1 and _TECH_TERM_RE.fullmatch(_strip_possessive(words[0])[0]):
            return (
                False  # "CAR-T therapies", "GLP-1 drugs", "PD-1": a therapy's or a target's code, no company.
            )
        if len(words) == 1 and _FORMULA_RE.fullmatch(words[0]):
            return False  # "captures CO2", "de l'H2 vert": a chemical formula, never a company.
        if _sold_shares_named(text, tokens[first].start, tokens[last].end, words):
            # "Tiger Global sold its Zorgly shares", "a revendu ses actions Zorgly": the company held, though
            # "its" before it would otherwise make it a possession.
            return True
        if _PAYS_IN_AFTER_RE.match(text, tokens[last].end):
            return True  # « Kima a versé 20 millions d'euros à Lynx IA »: the backer paying its sum in.
        if _HOPES_TO_RAISE_AFTER_RE.match(text, tokens[last].end):
            return True  # « Lynx IA vise une levée de 50 M€ », « espère lever »: only a company raises money.
        if _stake_holder_named(text, tokens[first].start, tokens[last].end):
            return True  # "Partech a cédé sa participation dans…", « la participation de Partech dans … »: a holder.
        before_near = text[max(0, tokens[first].start - 30) : tokens[first].start]
        if _LABEL_BEFORE_RE.search(before_near):
            # "série B", "Series C-2": a round's label; "leur CRM", "its ERP": a possession, not a party.
            return False
        if re.match(r"\s[A-Z][\w.]*-based\b", text[tokens[last].end : tokens[last].end + 40]):
            return False  # "the San Francisco-based lab", "a Hong Kong-based firm": a place's first words.
        if _PLACE_AFTER_RE.match(text[tokens[last].end : tokens[last].end + 40]):
            return False  # "The Sunnyvale, California-based company": a city named with its state or country.
        before, after = _unquoted_surroundings(text, tokens[first].start, tokens[last].end)
        if _PRODUCT_CALLED_BEFORE_RE.search(before):
            # "a cozy farming game called Hearthmoor", "une application baptisée Kido": a product, later too.
            self.named_products.add(" ".join(words))
            return False
        if (
            " ".join(words) in self.named_products
            or _strip_possessive(" ".join(words))[0] in self.named_products
        ):
            return False
        if _LABEL_AFTER_RE.match(after) and (not before.strip() or before.endswith("\n")):
            return False  # "Montant levé : 6 M€", "Siège : Rennes": the label of a fact box's line.
        if len(words) > 1 and lowered[-1] in _ORG_SUFFIXES:
            return True
        if len(words) > 1 and " & " in text[tokens[first].start : tokens[last].end]:
            return (
                True  # "Legal & General", "Marsh & McLennan": an ampersand joins the words of a firm's name.
            )
        if (
            len(words) == 1
            and _INNER_CAPITAL_RE.fullmatch(_strip_possessive(words[0])[0])
            and not re.search(r"['’]s?\s+$", before)
        ):
            # "AstraZeneca, which…", "HubSpot has…": a capital inside a word marks a brand name; after an
            # owner's possessive ("Salesforce's AppExchange") it is that owner's product.
            return True
        if (
            len(words) > 2
            and lowered[0] in _INSTITUTION_HEADS | _TRADE_NAME_HEADS
            and lowered[1] in _NAME_LINKS
        ):
            return True
        if len(words) > 1 and lowered[0] in _TRADE_NAME_HEADS and _capitalised(words[1]):
            return True  # "les Ateliers Dumont", "Établissements Morel", "Chantiers Piriou": a firm's name.
        if _OWNERS_VEHICLE_APPOSITION_AFTER_RE.match(after):
            return True  # "NVentures, Nvidia's venture capital arm, and Eurazeo": an owner's vehicle, named first.
        if _CO_BACKER_AFTER_LEAD_BEFORE_RE.search(before):
            return True  # "led by Lakestar, with Plural": the backer joining the lead, even a one-word name.
        if _CO_BACKER_AFTER_ROUND_BEFORE_RE.search(before) and _CO_BACKER_CLOSES_AFTER_RE.match(after):
            return True  # "raised $5 million in a seed round with Plural.": the round's backer, no lead told.
        if _CO_BACKER_CLOSES_AFTER_RE.match(after) and _CO_BACKER_AFTER_ROUND_BEFORE_RE.search(
            _without_listed_names(text[max(0, tokens[first].start - 200) : tokens[first].start])
        ):
            return (
                True  # "in a seed round with Plural, Kima Ventures and Seedcamp.": the list's next backers.
            )
        if _OWNERS_VEHICLE_BEFORE_RE.search(before):
            return True  # "Alphabet's growth fund CapitalG": the name of an owner's investing vehicle.
        if _ORG_CUE_BEFORE_RE.search(before) or _LIST_CUE_BEFORE_RE.search(before):
            return True
        if _GRANT_TO_BEFORE_RE.search(before) or (
            _GRANTED_BEFORE_RE.search(before) and _GRANT_AFTER_RE.match(after)
        ):
            return True  # "awarded a €5 million grant to Kestrel", "awarded Kestrel a €5 million grant": its recipient.
        if len(words) > 1 and not no_grant_giver(words, self.kb) and _GIVES_GRANT_AFTER_RE.match(after):
            return (
                True  # "The European Innovation Council awarded a €2.5 million grant to Kestrel": its giver.
            )
        if _LIST_GOES_ON_BEFORE_RE.search(text, max(0, tokens[first].start - 200), tokens[first].start):
            return True  # "avec la participation d'Amazon, de Samsung et de Xavier Niel": one more backer.
        if _ELIDED_PARTICIPATION_BEFORE_RE.search(before) and _LIST_GOES_ON_AFTER_RE.match(after):
            return (
                True  # "avec la participation d'IVP, Greenoaks et Meritech Capital": a list's first backer.
            )
        if _DESCRIBED_THEN_NAMED_BEFORE_RE.search(before) and re.match(r"\s*,", after):
            return (
                True  # "Le concurrent allemand de Sémaphore, Kernwerk, avait levé…": the description's name.
            )
        if _JOINED_BEFORE_RE.search(before) and _IN_ROUND_AFTER_RE.match(after):
            return True  # "Kestrel joined Balderton in a $25 million round": the backer joined in a round.
        if _VALUED_OR_FUNDED_BEFORE_RE.search(before) and not _LOWER_HEAD_AFTER_RE.match(after):
            return True  # "L'opération valorise Nexo…", "injectent 100 M€ dans Nexo": what a deal values or funds.
        if _JOINED_RAISE_OF_BEFORE_RE.search(before) and not _LOWER_HEAD_AFTER_RE.match(after):
            return True  # « Accel a participé à la levée de 15 M€ de Mistral Forge »: the raise's company.
        if (paid := _PAID_INTO_BEFORE_RE.search(before)) and not _LOWER_HEAD_AFTER_RE.match(after):
            # « a versé 20 M€ dans Lynx IA », « a injecté 20 M€ à Lynx IA »: the company paid into; not
            # « a versé 20 M€ à Villeurbanne » (a town paid).
            if not paid.group("to") or paid_into_a_company(text, tokens[first].start):
                return True
        if RIVAL_OF_BEFORE_RE.search(before):
            return True  # "a rival of Mistral AI", « rivale de Poolside »: a company's rival is a company.
        if _ROLE_OF_BEFORE_RE.search(before) or _SHARES_OF_BEFORE_RE.search(before):
            return True  # "présidente de Kalipso", "CEO of Helix", "L'action LightOn", "au capital d'Ekimetrics".
        if _strip_possessive(words[-1])[1] and (
            _OWN_ROUND_AFTER_POSSESSIVE_RE.match(after) or _HEAD_ROLE_AFTER_RE.match(after)
        ):
            # "Accel is leading Zorgly's $20 million round", "Zorgly's CEO announced…": only a company raises a
            # round or has a chief executive.
            return True
        if (
            _APPOSITION_AFTER_RE.match(after)
            or _DEAL_VERB_AFTER_RE.match(after)
            or _COPULA_HEAD_AFTER_RE.match(after)
        ):
            return True
        if (said := _SAID_IT_AFTER_RE.match(after)) and _DEAL_VERB_AFTER_RE.match(after[said.end() :]):
            return True  # "Vantel said on Tuesday it raised $40 million": the company telling its own deal.
        if _SAID_OWN_REVENUE_AFTER_RE.match(after) and not self._other_company_known(" ".join(words)):
            # "Ombrelle said revenue reached $3 million": only a company tells its revenue so, when the story has
            # told no company yet. After "Zorgly raised $60 million", "Smith said revenue reached…" is a person
            # speaking of Zorgly's revenue.
            return True
        if len(words) > 1 and _VENTURE_ARM_AFTER_RE.match(text, tokens[last].end):
            return True  # "and John Deere's venture arm joined": only a firm has a venture arm.
        if _PART_SUM_OF_BEFORE_RE.search(before) and re.match(r"\s*(?:[.,;]|\s+et\s|$)", after):
            return True  # "dont 8 millions d'euros de Kima et 5 millions d'euros de Point Nine": each part's backer.
        if _SUM_AND_BEFORE_RE.search(before) and _SUM_AFTER_RE.match(after):
            return True  # "X invested $8 million and Point Nine $5 million": a backer named for its own sum.
        relative = re.match(r",\s(?:which|qui)(?=\s)", after)
        if (
            relative
            and (tokens[first].start == 0 or text[tokens[first].start - 1].isspace())
            and not re.search(r"(?:\b(?:de|du|des|of|in|from|dans|chez|à|au)\s+|\bd['’])$", before)
            and _DEAL_VERB_AFTER_RE.match(after[relative.end() :])
        ):
            return True  # "Its rivals include Strix Defence, which raised €120mn": a relative clause's deal.
        if (
            re.search(
                r"\b(?:concurrent|concurrente|rival|competitor|homologue|peer)\b[^,;.]{0,40},\s$",
                before,
                re.I,
            )
            and after.startswith(",")
            and _DEAL_VERB_AFTER_RE.match(after[1:])
        ):
            return True  # "Le concurrent allemand de X, Kernwerk, avait levé 400 M€": the rival named in apposition.
        if re.search(r",\s$", before) and _inner_item_of_listed_subjects(after):
            return (
                True  # "Nvidia, Bpifrance, DST Global, Andreessen Horowitz et General Catalyst participent".
            )
        joined = _AND_NAME_AFTER_RE.match(after)
        if (
            joined
            and not words[-1].endswith("-")
            and not (
                first > 0
                and text[tokens[first - 1].end : tokens[first].start] == " "
                and _capitalised(tokens[first - 1].text)
            )
            and _DEAL_VERB_AFTER_RE.match(after[joined.end() - 1 :])
        ):
            return True  # "Jump Crypto and Galaxy Digital also participated": both subjects of the deal verb.
        joined_aside = _AND_NAME_THEN_ASIDE_RE.match(after)
        if (
            joined_aside
            and not (
                first > 0
                and text[tokens[first - 1].end : tokens[first].start] == " "
                and _capitalised(tokens[first - 1].text)
            )
            and _DEAL_VERB_AFTER_RE.match(" " + after[joined_aside.end() : joined_aside.end() + 80])
        ):
            return True  # "Jane Doe and John Roe, both former bankers, each put in $250,000": both subjects.
        if _ROLE_APPOSITION_AFTER_RE.match(after) or _WITH_WHICH_AFTER_RE.match(after):
            return True  # "…à EDF, avec lequel il a signé un contrat": the partner a relative clause names.
        if _BASED_AFTER_RE.match(after) or _BASED_BEFORE_RE.search(before):
            return True  # "Kivra, based in Oslo, …", "Oslo-based Kivra": only a company is said to be based.
        aside = _COMMA_ASIDE_RE.match(text, tokens[last].end)
        if aside and _DEAL_VERB_AFTER_RE.match(" " + text[aside.end() : aside.end() + 80]):
            return (
                True  # "Heliodore, qui loue de la puissance de calcul…, a bouclé": the verb after an aside.
            )
        if _LISTING_AFTER_RE.match(after):
            return True
        if _PARTNERS_WITH_AFTER_RE.match(after):
            return True  # "Asda partnered with Wayve": the subject of a partnership verb is a party.
        if _CHOOSES_SUPPLIER_AFTER_RE.match(after):
            return True  # "Deutsche Bahn has selected Railvision to…": a customer choosing its supplier.
        if _SIGNS_RELATIVE_AFTER_RE.match(after):
            return True  # "BASF, which signed a research agreement with…": a party to the deal.
        if _SUPPLIES_NAMED_PARTY_AFTER_RE.match(after):
            return True  # "Nscale will supply Microsoft with GPUs": the supplier of a named party.
        if _SUPPLIED_TO_BEFORE_RE.search(before):
            return True  # "livre ses composants à l'hébergeur OVHcloud": the party supplied.
        nationality = _NATIONAL_NOUN_BEFORE_RE.search(before)
        if nationality and _is_nationality(nationality.group("nat"), self.kb):
            return True  # "l'américain WNS", "le suisse Arvalis": a nationality used as a noun.
        if _PARTNER_CUE_BEFORE_RE.search(before) or (len(words) >= 2 and _PERSON_TITLE_RE.search(before)):
            return True
        if _WORKS_WITH_BEFORE_RE.search(before):
            return True
        if _CONTRACT_FROM_BEFORE_RE.search(text[max(0, tokens[first].start - 160) : tokens[first].start]):
            return True
        if _AGREEMENT_WITH_BEFORE_RE.search(text[max(0, tokens[first].start - 160) : tokens[first].start]):
            return True  # "a signé un partenariat de 100 M€ sur cinq ans avec l'armateur marseillais CMA CGM"
        if _AND_NAME_EACH_RELATIVE_AFTER_RE.match(after):
            return True  # "Demeter et 360 Capital, qui apportent chacun 2,5 M€": both give their sum.
        if first > 0 and _AND_BEFORE_RE.search(before) and _EACH_RELATIVE_AFTER_RE.match(after):
            # "aux côtés de La Poste Suisse et de Kuehne+Nagel, qui ont chacun investi…": the second one too.
            return True
        if first > 0 and _NAME_AND_BEFORE_RE.search(before) and _EACH_DEAL_VERB_AFTER_RE.match(after):
            return True  # "General Catalyst and Felicis each put $4 million": both subjects of the deal verb.
        return first > 0 and _LIST_JOIN_BEFORE_RE.search(before) is not None and self._list_continues(before)

    def _list_continues(self, before: str) -> bool:
        """'…led by Alpha Capital and Beta': a name joined to an investor list continues it."""
        return bool(_LIST_CUE_ANYWHERE_RE.search(before))

    def _surname(self, name: str) -> bool:
        """'…, Delgado said' after 'CEO Maria Delgado': the family name of a person the story named."""
        return " " not in name and (
            name in self._family_names
            or any(
                info.entity == "person" and other.endswith(" " + name) for other, info in self.orgs.items()
            )
        )

    def _surname_after_particle(self, before: str) -> bool:
        """Whether `before` ends with a first name then a family name's particle ("Mathieu Le ")."""
        match = _FIRST_NAME_PARTICLE_BEFORE_RE.search(before)
        return match is not None and match.group("first") in self.kb.first_names

    def _is_person(self, text: str, start: int, words: list[str]) -> bool:
        """First names from the knowledge file and titles before the name mark a person."""
        before = text[max(0, start - 40) : start]
        if _ROLE_OF_BEFORE_RE.search(before):
            return False  # "directeur général d'Alan": the title is held at the company named after it.
        if len(words) >= 2 and words[-1].rstrip(".").lower() in _LEGAL_SUFFIXES:
            return False  # "Astrid Robotique SAS", "Jasper Labs Inc.": a legal form closes a company's name.
        if len(words) >= 2 and words[-1] in ("Capital", "Ventures", "Partners", "Investments"):
            return False  # "Existing investor Kibo Capital": a title before a fund's name is no person's.
        if _ORG_HEAD_RIGHT_BEFORE_RE.search(before):
            return False  # "le groupe John Cockerill", "the bank Edmond de Rothschild": a company's name.
        after = text[start + len(" ".join(words)) :][:80]
        if (
            _ORG_EVIDENCE_AFTER_RE.match(after)
            # The name's last word may hold its possessive ("Deere's"): the arm follows without it.
            or _VENTURE_ARM_AFTER_RE.match(after)
            or _ACQUIRED_BY_BEFORE_RE.search(before)
        ):
            return False  # "John Deere acquired…", "John Deere's venture arm": a firm named after a person.
        if _strip_possessive(words[-1])[1] and _HEAD_ROLE_AFTER_RE.match(after):
            return False  # "Zorgly's CEO announced…": a company has a chief executive, a person has none.
        return (
            (len(words) >= 2 and words[0] in self.kb.first_names)
            # "Hugo Le Bihan", "Anna van Dijk": a first name whose family name opens with a particle the name
            # reader stops at.
            or (
                len(words) == 1
                and words[0] in self.kb.first_names
                and bool(_SURNAME_PARTICLE_RE.match(after))
            )
            # "Goff" in "Mathieu Le Goff": the family name after its particle is the same person's.
            or self._surname_after_particle(before)
            or (
                bool(title := _PERSON_TITLE_RE.search(before))
                # "early-stage investor Antler", "existing investor Baillie Gifford": an investor whose name does
                # not open with a first name is a firm (an angel's title still makes a person: "angel investor").
                and not (
                    words[0] not in self.kb.first_names
                    and re.match(r"(?i:investor|investisseur)\b", title.group())
                    and not _ANGEL_BEFORE_RE.search(before, 0, len(before) - len(title.group()))
                )
            )
            or (
                bool(_FOUNDED_BY_BEFORE_RE.search(text[max(0, start - 160) : start]))
                and not _opens_main_clause(before, after)
            )
            or bool(_PERSON_AFTER_RE.match(after))
            or self._initials_then_person(before, after, words)
        )

    @staticmethod
    def _initials_then_person(before: str, after: str, words: list[str]) -> bool:
        """ "said Zephyrin Quarmby (ZQ), its founder", "said Zephyrin Quarmby (ZQ)": a name whose first word the
        knowledge file does not know, followed by its own two initials in brackets, is a person's when a role
        follows the bracket or a speaker's verb comes right before the name. A firm abbreviated by its two
        initials after "said" is rare, and its own words ("Ventures", "Capital") were ruled out above."""
        bracket = _BRACKETED_INITIALS_AFTER_RE.match(after)
        if bracket is None or "".join(word[:1] for word in words) != bracket.group("initials"):
            return False
        return bool(_PERSON_AFTER_RE.match(after[bracket.end() :]) or _SPEECH_BEFORE_RE.search(before))

    # -- references ------------------------------------------------------------------------------

    def _resolve_references(self, sentence, local, quotes, index) -> list[Mention]:
        """Add 'ce dernier' / 'the latter' mentions, resolved to the last organisation named before them."""
        result = list(local)
        for match in _LATTER_RE.finditer(sentence.text):
            if any(m.start - sentence.start <= match.start() < m.end - sentence.start for m in local):
                continue
            name = self._latter(sentence, match.start(), local, index)
            result.append(self._mention(sentence, match.start(), match.end(), name, "latter", index))
        result.sort(key=lambda mention: mention.start)
        return [self._with_quote(mention, sentence, quotes) for mention in result]

    def _latter(self, sentence: Sentence, position: int, local: list[Mention], index: int) -> str | None:
        """The antecedent of 'ce dernier': a speaker after a quote is the previous sentence's subject."""
        before = sentence.text[:position]
        if (
            _SPEECH_BEFORE_RE.search(before)
            and sentence.text.lstrip()[:1] in '«“"'
            and index - 1 in self.subjects
        ):
            return self.subjects[index - 1]
        # The antecedent is the last party named, a person included ("…Bpifrance et Eric Schmidt participent.
        # Ce dernier investit…" is Eric Schmidt): never an organisation named before it.
        outside = [m for m in local if m.name and m.start - sentence.start < position and not m.in_quote]
        if outside:
            last, gaps = outside[-1], [sentence.text[outside[-1].end - sentence.start : position]]
        else:
            earlier = [m for m in self.mentions if m.name and not m.in_quote and m.sentence < index]
            if not earlier or earlier[-1].sentence < index - 2:
                return None  # Nothing named in the two sentences before: too far to be sure.
            last = earlier[-1]
            gaps = [
                text[last.end - start :] if number == last.sentence else text
                for number, start, text in self.previous
                if number >= last.sentence
            ]
            gaps.append(sentence.text[:position])
        if any(self._unread_name(gap) for gap in gaps):
            return None  # A name the reader did not recognise may come last: which one is not certain.
        return last.name

    def _unread_name(self, text: str) -> bool:
        """Whether `text` holds a capitalised word inside a sentence that is no known non-name ('Monday')."""
        # "l'EIC Fund, le bras d'investissement du Conseil européen de l'innovation, participent": a name
        # inside the apposition describes the party before it and does not come last.
        text = _APPOSITION_GAP_RE.sub("", text, count=1)
        return any(
            match.group(1).lower() not in _STOP_CAPITALS and match.group(1) not in self.kb.places
            for match in _UNREAD_NAME_RE.finditer(text)
        )

    # -- helpers ---------------------------------------------------------------------------------

    def _mention(self, sentence, start, end, name, how, index, possessive=False) -> Mention:
        """A mention with absolute offsets; known companies get their info on first sight."""
        if name and name not in self.orgs:
            self.orgs[name] = _info_from_knowledge(name, self.kb)
        return Mention(
            start=sentence.start + start,
            end=sentence.start + end,
            name=name,
            surface=sentence.text[start:end],
            how=how,
            possessive=possessive,
            sentence=index,
        )

    def _with_quote(self, mention: Mention, sentence: Sentence, quotes) -> Mention:
        inside = _inside(mention.start - sentence.start, quotes)
        if inside == mention.in_quote:
            return mention
        return Mention(**{**mention.__dict__, "in_quote": inside})

    def know(self, name: str) -> None:
        """Make `name` one of the article's organisations if it is not yet (a company only the headline
        names, given a round the body describes without naming it)."""
        if name and name not in self.orgs:
            info = _info_from_knowledge(name, self.kb)
            info.kind = info.kind or self.introduced.get(name)
            self.orgs[name] = info

    def add_headline_short_names(self) -> None:
        """Record the headline's short form of each company the body names in full as that company's alias
        (`headline_short_names`), once the article is read: as "Heliade" met in the body would be."""
        for name, short in self.headline_short_names.items():
            if name in self.orgs and self.orgs[name].entity == "organisation":
                self.add_alias(name, short)

    def add_short_name(self, name: str, short: str) -> None:
        """Record the short name a bracket after `name` gives it ("Anjney Midha (AMP)")."""
        if name not in self.orgs:
            self.orgs[name] = _info_from_knowledge(name, self.kb)
        info = self.orgs[name]
        if short != name and short not in info.short_names:
            info.short_names.append(short)

    def add_alias(self, name: str, alias: str) -> None:
        """Record another name the article uses for `name` (an alias from the knowledge file)."""
        if name not in self.orgs:
            self.orgs[name] = _info_from_knowledge(name, self.kb)
        info = self.orgs[name]
        alias = alias.replace(FILLER, "")  # A tag's or control character's mark is never part of a name.
        if alias and alias not in info.aliases and alias != name:
            info.aliases.append(alias)


_VALUED_OR_FUNDED_BEFORE_RE = re.compile(
    rf"\b(?!value\b)(?:{VALUING_VERBS})\s+$|"
    # What a company buys: "agreed to buy Radilink", "acquired Lumetric", "a racheté Vektis", "le rachat de X".
    r"\b(?:buy|buys|bought|acquire|acquires|acquired|rachète|rachètent|racheter|racheté|acquiert|acquérir|"
    r"(?:rachat|acquisition|takeover)\s+(?:de|of))\s+$|\b(?:rachat|acquisition)\s+d['’]$|"
    # A share bought of it: "SoftBank bought 20% of Zorgly", "a acquis 20 % de Zorgly".
    r"\b(?:bought|buys|acquired|acquires|acquis|rachète|racheté)\s+(?:about\s+|around\s+|environ\s+)?"
    r"\d[\d.,]*\s?%\s+(?:of\s+|de\s+|d['’])$|"
    r"\b(?:inject\w*|invest\w*)\s+(?:[\w$€£,.'’-]+\s+){1,6}(?:dans|into)\s+$|"
    # A sum promised to it: « a promis 90 millions d'euros à Lynx IA », "pledged $90 million to Lynx" (a sum
    # paid, « versé … à », is `_PAID_INTO_BEFORE_RE`'s, which tells a company from a town or a supplier paid).
    r"\b(?:promis|pledged|promised|committed)\s+(?:[\w$€£,.'’-]+\s+){1,6}(?:à|to)\s+$|"
    # A sum staked on it: « a misé 10 millions d'euros sur Lynx IA ».
    r"\bmis(?:é|e|ent)\s+(?:[\w$€£,.'’-]+\s+){1,6}sur\s+$|"
    # "has agreed to invest up to $1 billion in Poolside": the sum a backer puts in names what it funds.
    # "could invest up to €200 million more in Kyutai", "a further $50 million in X": more of it, the same.
    r"\binvest(?:s|ed|ing)?\s+(?:up\s+to\s+|about\s+|around\s+|some\s+)?(?:an?\s+)?"
    r"(?:(?:further|additional|another|extra)\s+)?[$€£][\d.,]+\s*(?:[mb]illion|bn|m)?\s+"
    r"(?:(?:more|further|extra|additional)\s+)?in\s+$|"
    # "as part of a ¥55 billion round in Sakana Tensor": the company a round of a stated sum is raised in;
    # "a €50 million Series A in Zorgly": a labelled round too.
    r"[$€£¥][\d.,]+\s*(?:[mb]illion|bn|m)?\s+(?:[\w-]+\s+)?"
    r"(?:(?:funding\s+)?round|Series\s+[A-H]\d?(?:\s+(?:funding\s+)?round)?)\s+in\s+$|"
    # A round named by its company after it: "dans la série C de Zorgly", "la série C de 1,7 milliard d'euros de
    # Zorgly", "le tour de table de 20 M€ de Zorgly", "le tour de 20 millions d'euros de Zorgly" (a bare "tour"
    # only with its sum: "le tour de France").
    r"\b(?:(?:s[ée]rie\s+[A-H]|tour\s+de\s+table|levée\s+de\s+fonds)\s+de\s+(?=(?:\d|$))|tour\s+de\s+(?=\d))"
    r"(?:\d[\d,.\s]*\s*(?:millions?|milliards?|M€|Md€|M\$)\s*(?:d['’]\s*euros|de\s+dollars|de\s+francs(?:\s+suisses)?)?"
    r"\s+de\s+)?$",
    re.IGNORECASE,
)
_ORG_CUE_BEFORE_RE = re.compile(
    rf"\b(?:(?:la|une|le|l['’]|the|a|an)\s+)?(?:jeune\s+)?(?:{_ORG_HEADS_FR}|{_ORG_HEADS_EN})"
    r"(?:\s+(?:[a-zà-ÿ'’-]+|\([A-Z]{2,5}\)|[A-Z][\w-]*-based)){0,6}\s+$",
    re.IGNORECASE,
)
# A grant given to the name after it: "awarded a €5 million grant to Kestrel", « a octroyé une subvention de 2,5
# millions d'euros à Lumena »: the recipient of a grant is a company the story names there, known or not.
_GRANT_TO_BEFORE_RE = re.compile(
    r"\b(?:grants?|subventions?)(?:\s+(?:de|of)\s+(?:[^.;,\n]|[.,](?=\d)){1,40}?)?\s+(?:to|à)\s+$",
    re.IGNORECASE,
)
# The same recipient named between the verb of giving and the grant: "awarded Kestrel a €5 million grant", « a
# octroyé à Lumena une subvention de 2 millions ».
_GRANTED_BEFORE_RE = re.compile(
    r"\b(?:accordée?s?|octroyée?s?|attribuée?s?|versée?s?|awarded|granted|gave|given)\s+(?:(?:à|au)\s+)?$",
    re.IGNORECASE,
)
_GRANT_AFTER_RE = re.compile(
    r"\s+(?:an?|une?)\s+(?:[^\s,;.]+\s+){0,4}?(?:grants?|subventions?)\b", re.IGNORECASE
)
# A grant's giver, the subject of its verb of giving: "The European Innovation Council awarded a €2.5 million grant
# to Kestrel", "The European Innovation Council has awarded Kestrel a grant": only a body gives a grant.
_GIVES_GRANT_AFTER_RE = re.compile(
    r"\s{1,3}(?:has\s+|have\s+|a\s+|ont\s+)?(?:awarded|granted|accordé|octroyé|attribué|versé)\s+"
    r"(?:[^\s,;]+\s+){0,6}?(?:grants?|subventions?)\b",
    re.IGNORECASE,
)
# A person's office before their name, which makes the name a person's ("Commissioner Ursula Schmidt", "Energy
# Secretary Jennifer Granholm", « la ministre Clara Chappaz »): never a grant's giving body.
_OFFICE_WORDS = frozenset(
    {
        "commissioner",
        "commissaire",
        "minister",
        "ministre",
        "secretary",
        "secrétaire",
        "senator",
        "sénateur",
        "sénatrice",
        "governor",
        "mayor",
        "maire",
        "chancellor",
        "président",
        "présidente",
        "president",
        "député",
        "députée",
        "congressman",
        "congresswoman",
        "representative",
    }
)


def no_grant_giver(words: Sequence[str], kb: Knowledge) -> bool:
    """Whether a run of capitalised words cannot be a grant's giver: a person (an office among its words, or a
    first name past its first word: "Commissioner Ursula Schmidt", "Minister Clara Chappaz") or a law the grant
    is given under ("CHIPS Act", « loi Pacte »). Only a body (an agency, a council, a state) gives a grant."""
    if any(word.lower() in _OFFICE_WORDS for word in words):
        return True
    if any(word in kb.first_names for word in words[1:]):
        return True
    return words[-1] == "Act" or words[0].lower() == "loi"


# A lower-case trade noun after a capitalised word: "bought Postgres specialist Crunchy Data": the word
# describes the company named next, it is not the name.
# A description that only tells a backer's part in the story's deal: "existing investor", "lead investor",
# "investisseur historique". It says nothing of the company itself.
# A phrase telling when ("Four months ago", "Last year", "Earlier this week", "Il y a quatre mois",
# "L'an dernier"): a date, never a description of the company it comes before.
_TIME_PHRASE_RE = re.compile(
    r"(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|\d+)\s+"
    r"(?:days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier|later|before)|"
    r"(?:earlier|later)\s+(?:this|that|last)\s+(?:week|month|year)|(?:last|this|next)\s+"
    r"(?:week|month|year|spring|summer|autumn|fall|winter|quarter)|"
    r"il\s+y\s+a\s+(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quelques|plusieurs|\d+)\s+"
    r"(?:jours?|semaines?|mois|ans?|années?)|l['’]an(?:née)?\s+(?:dernière?|passée?)|"
    r"(?:le\s+mois|la\s+semaine)\s+(?:dernier|dernière|passée?))",
    re.IGNORECASE,
)
# A description that only relates the company to another: "rival" ("Mistral rival Zéphyr-Labs"), "German
# competitor", "concurrent direct", "fellow challenger".
_RELATION_ONLY_RE = re.compile(
    r"(?:[\w-]+\s+){0,2}(?:rivals?|competitors?|challengers?|peers?)"
    r"|(?:principale?s?\s+|grande?s?\s+)?(?:concurrente?s?|rivale?s?|homologues?)(?:\s+[\w-]+){0,2}"
    # "a rival of Mistral AI", « concurrente de Mistral AI qui a levé… »: another company's rival, whatever follows.
    r"|(?:(?:an?|the|une?|la|le|l['’])\s*)?(?:[\w-]+\s+){0,2}(?:rivals?|competitors?|challengers?|concurrente?s?|"
    r"rivale?s?)\s+(?:of|de|du|d['’])\s*[^\n]*",
    re.IGNORECASE,
)
_DEAL_ROLE_ONLY_RE = re.compile(
    r"(?:(?:an?|the|its|their)\s+)?(?:existing|new|returning|lead|early|longtime|long-time|previous|current|"
    r"other|fellow)\s+(?:investors?|backers?|shareholders?)|(?:l['’]|les\s+|un\s+)?investisseurs?\s+"
    r"(?:historiques?|existants?)",
    re.IGNORECASE,
)
_LOWER_HEAD_AFTER_RE = re.compile(rf"\s++(?-i:(?:{_ORG_HEADS_EN}|{_ORG_HEADS_FR})s?)\b(?!['’])")
# A former company of a founder ("sa précédente start-up, Wit.ai,") is not a party of the story.
_NOT_THE_STORY_WORDS = r"(?:précédente?|ancienne?|former|previous|old|first|première|premier)\b"
# Complements of a description are adjectives and "de X" ("allemand de Sémaphore"), never a verb or a place.
_NOT_A_COMPLEMENT_WORDS = (
    r"(?:has|have|had|is|was|a|an|ont|est|qui|which|that|who|in|à|en|near|près|based|basée?|installée?|"
    r"developed|développé|said|says|founded|fondée?)\b"
)
# A definite description then, between commas, the name it is given: "Le concurrent allemand de Sémaphore,
# Kernwerk, avait levé…", "Its closest rival, Cargana, raised…".
_DESCRIBED_THEN_NAMED_BEFORE_RE = re.compile(
    rf"(?:^|[.;:]\s+|\b(?:le|la|l['’]|the|its|son|sa|leur|their)\s*)(?:(?!{_NOT_THE_STORY_WORDS})[a-zà-ÿ-]+\s+){{0,2}}"
    rf"(?:{_ORG_HEADS_FR}|{_ORG_HEADS_EN})s?\b(?:\s+(?!{_NOT_A_COMPLEMENT_WORDS})[\w'’-]+){{0,4}},\s*$",
    re.IGNORECASE,
)
# A sum, a coordination, then (the name) and another sum: "invested $8 million and Point Nine $5 million",
# "a investi 8 millions d'euros et Point Nine 5 millions". The verb is left out; the name is the next backer.
_SUM_AND_BEFORE_RE = re.compile(
    r"(?:\d|\b(?:[mb]illions?|milliards?|millions?|bn|m|M€|M\$|Md€))(?:\s+(?:d['’]euros|de\s+dollars|euros|dollars))?"
    r",?\s+(?:and|et)\s+$"
)
# The parts of a round told after "dont", each followed by its backer: "dont 8 millions d'euros de Kima et
# 5 millions d'euros de Point Nine".
_PART_SUM_OF_BEFORE_RE = re.compile(
    r"\bdont\s[^.;:]{0,80}?(?:euros|dollars|francs|livres|M€|M\$|Md€)\s+(?:de\s+|d['’])$", re.IGNORECASE
)
_SUM_AFTER_RE = re.compile(
    r"\s+(?:(?:US)?[$€£]\s?\d|\d[\d.,]*\s*(?:millions?|milliards?|[mb]illion|M€|M\$|Md€|bn)\b)"
)
_LIST_CUE_BEFORE_RE = re.compile(
    r"(?:\bauprès\s+d[e'’]|\bfrom|\bled by|\bco-led by|\bmenée?s?\s+par|\bconduite?s?\s+par|\bpilotée?s?\s+par|"
    r"\bavec la participation d[e'’]|\bwith participation from|\baux côtés d[e'’]|\balongside|\bincluding|"
    r"\bnotamment|\bdont|\bbacked by|\bsoutenue?s?\s+par|\bfinancée?s?\s+par|\bbaskers?|\bby|\bpar|"
    # "The round also drew existing backers X and Y", "also attracted X".
    r"\balso\s+drew|\balso\s+attracted|"
    r"\bparmi lesquels|\bsuch as|\btels? que|\bde la part d[e'’]|\binvestors?|\binvestisseurs?|"
    # The lead after its verb in a relative clause: "une série A que pilotent X et Y", "qu'a mené X".
    r"\bqu['’](?:a|ont)\s+(?:co-?)?(?:mené|piloté|conduit)|\bque\s+(?:co-?)?(?:mène|mènent|pilote|pilotent))"
    # An elided cue touches the name: "auprès d'Elaia", "de la part d'Orano" (not "avec la participation
    # d'X", whose X the sentence after may be about: the story's company stays the one "la plateforme" means).
    r"(?:\s+|(?<=auprès d['’])|(?<=part d['’])|(?<=côtés d['’]))"
    r"(?:(?:le|la|les|l['’]|the|fund|fonds|firms?|existing|historiques?|backers?)\s+)*"
    r"(?:[a-zà-ÿ-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A backers' list going on past names already read: "avec la participation d'Amazon, de Samsung et de Xavier
# Niel", "auprès de Kima, Elaia et Serena": each name after a list cue's names and a comma or "et/and" is one
# more backer (a person too). Each name is a run of capitalised words; possessive quantifiers keep it linear.
# A French name may come with its article: "auprès de la Fondation Wyss et de Redalpine", "… et de la BCV".
_LIST_ITEM = r"[A-ZÀ-Ý][\w&.:'’-]*+(?:\s[A-ZÀ-Ý][\w&.:'’-]*+){0,3}+"
_LIST_ARTICLE = r"(?:(?:la|le|les)\s|l['’])?+"
_LIST_GOES_ON_BEFORE_RE = re.compile(
    r"(?:\bauprès\s+d[e'’]|\bavec la participation d[e'’]|\baux côtés d[e'’]|\bmenée?s?\s+par|\bled by|"
    r"\bco-led by|\bincluding|\bnotamment|\bbacked by|\bsoutenue?s?\s+par|\bfinancée?s?\s+par|"
    r"\bwith participation from|\bde la part d[e'’])\s*+"
    # A backer's lead aside may follow its name: "auprès de Partech (chef de file), d'Elaia et de Kima Ventures",
    # « auprès de Partech, qui mène le tour, et d'Elaia ».
    rf"(?:{_LIST_ARTICLE}{_LIST_ITEM}(?:\s\((?:chef\sde\sfile|investisseur\sprincipal|lead(?:\s(?:investor|backer))?)\)|"
    r",\s(?:qui|which|who)\s(?:mène|pilote|conduit|leads|led)\s(?:le\s|la\s|l['’]|the\s)[\w-]+)?+"
    # ", et" before ",": the repetition is possessive, so the longer separator is tried first.
    r"(?:,\s(?:et|and)\s|,\s|\s(?:et|and)\s)(?:de\s|du\s|des\s|d['’])?+)++"
    rf"{_LIST_ARTICLE}$"
)
# The first backer after an elided "avec la participation d'" when a list follows it ("d'IVP, Greenoaks et
# Meritech Capital"): alone, the name after it may be the story's own company the next sentence is about.
_ELIDED_PARTICIPATION_BEFORE_RE = re.compile(r"\bavec la participation d['’]$", re.IGNORECASE)
_LIST_GOES_ON_AFTER_RE = re.compile(r"(?:,\s|\s(?:et|and)\s)(?:de\s|du\s|des\s|d['’])?[A-ZÀ-Ý]")
# A role held at a company: the name after "de/of" is the company ("cofondatrice et présidente de Kalipso").
_ROLE_OF_BEFORE_RE = re.compile(
    r"\b(?:(?:co-?)?fondat(?:eur|rice)s?|PDG|directeur général|directrice générale|présidente?|patronne?|"
    r"(?:co-?)?founders?|CEO|chief executive(?: officer)?|chairman|chairwoman|president)\s+(?:de|d['’]|of)\s*$",
    re.IGNORECASE,
)
# The shares or capital of a company: "L'action LightOn", "shares of Helix", "au capital d'Ekimetrics", a holding
# in it with its holder's or its share told ("SoftBank's 11% shareholding in Zorgly", "its holding in Zorgly"), a
# stake in it ("une participation de 15 % dans Velora", "a pris 15 % de Velora", "bought 20% of Zorgly").
_SHARES_OF_BEFORE_RE = re.compile(
    r"(?:\bl['’]action|\ble titre|\bshares of|\b(?:au|du|le) capital d[e'’]|\bstake in|"
    r"(?:%|['’]s|\bits|\btheir)\s+(?:share)?holding\s+in|"
    # "a pris une participation de 15 % dans Velora", « une participation minoritaire dans Velora »; a share taken
    # or bought: "a pris 15 % de Velora".
    r"\bparticipation\s+(?:(?:minoritaire|majoritaire)\s+)?(?:de\s+\d+(?:[.,]\d+)?\s?%\s+)?dans|"
    # Another holder's stake in it: « la participation de Pelican Capital dans Kestrel IA », « des parts de … dans ».
    r"\b(?:participation|parts|actions|titres)\s+(?:de\s+\d+(?:[.,]\d+)?\s?%\s+)?"
    r"(?:de\s+|d['’]|du\s+|détenue?s?\s+par\s+)(?-i:[A-Z])[\w&.'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}\s+dans|"
    r"\b(?:pris|prend|prennent|acquis|achet[ée]|rachet[ée]|bought|acquired|purchased|took|takes|taken)\s+"
    r"\d+(?:[.,]\d+)?\s?%\s+(?:of|de|d['’]))\s*$",
    re.IGNORECASE,
)
# A company named in the shares its holder sells: "sold its Zorgly shares", "sold all of its Zorgly stake" (the
# name between the holder's "its" and the shares), "a revendu ses actions Zorgly" (the name after them).
_SOLD_OWN_BEFORE_RE = re.compile(
    r"\b(?:sold|sells?|selling|offload(?:s|ed|ing)?|divest(?:s|ed|ing)?|unload(?:s|ed|ing)?|dump(?:s|ed|ing)?)\s+"
    r"(?:(?:all|part|some|most|half|a\s+portion)\s+of\s+)?(?:its|their)\s+(?:(?:entire|whole|remaining|full)\s+)?$",
    re.IGNORECASE,
)
_OWN_SHARES_AFTER_NAME_RE = re.compile(r"\s+(?:shares|stake|holding|shareholding)\b", re.IGNORECASE)
_SOLD_SHARES_BEFORE_NAME_RE = re.compile(
    r"\b(?:(?:re)?vendu|cédé|(?:re)?vendant|cédant)\s+(?:(?:la\s+totalité|une\s+partie|la\s+moitié)\s+de\s+)?(?:ses|leurs)\s+"
    # « ses actions Zorgly », « une partie de ses actions de Zorgly », « une partie de ses parts dans Zorgly »
    r"(?:actions|titres|parts)\s+(?:(?:de|dans)\s+|d['’]\s*)?$",
    re.IGNORECASE,
)
# A share class between the holder's "its" and its shares: "sold its Class A shares" names no company.
_SHARE_CLASS_WORDS = frozenset({"class", "series", "ordinary", "preferred", "common", "série", "catégorie"})


def _sold_shares_named(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether `words` (from `start` to `end` of `text`) name the company whose shares a holder sells: between
    "sold its" and "shares" ("Tiger Global sold its Zorgly shares to SoftBank"), or after "a revendu ses actions"."""
    if words[0].lower() in _SHARE_CLASS_WORDS:
        return False
    before = text[max(0, start - 80) : start]
    if _SOLD_OWN_BEFORE_RE.search(before) and _OWN_SHARES_AFTER_NAME_RE.match(text, end):
        return True
    return bool(_SOLD_SHARES_BEFORE_NAME_RE.search(before))


# A backer paying a sum in, right after its name: « a versé 20 millions d'euros », « versent 5 M€ » (« a injecté »,
# « a apporté » are `_DEAL_VERB_AFTER_RE`'s).
_PAYS_IN_AFTER_RE = re.compile(
    r"\s+(?:(?:a|ont|avait|avaient)\s+(?:(?:également|aussi|déjà|chacun|chacune)\s+)?versé|vers(?:e|ent|era|eront))"
    r"\s+(?:(?:environ|près\s+de|plus\s+de|quelque|jusqu['’]à)\s+)?\d",
    re.IGNORECASE,
)
# The company money is paid into, right after its sum: « a versé 20 M€ dans Lynx IA », « a injecté 20 M€ à Lynx
# IA » (`_VALUED_OR_FUNDED_BEFORE_RE` reads « injecté … dans »). Not « investi … à », whose « à » is as often a
# place; « à » only as `paid_into_a_company` allows.
_PAID_INTO_BEFORE_RE = re.compile(
    r"\b(?:versé|vers(?:e|er|ent|era|eront)|apport(?:é|e|er|ent|era|eront)|inject(?:é|e|er|ent|era|eront))\s+"
    r"(?:[\w$€£,.'’-]+\s+){1,6}(?:dans|(?P<to>à)|au\s+capital\s+d[e'’])\s*$",
    re.IGNORECASE,
)
# « versé … à X » is as often a payment to a town, a supplier or a fine's payee as money put into company X: the
# sentence must speak of financing, or X bear a young company's trade word (« Lynx IA »), and no purpose or
# ground may follow (« pour l'achat de puces », « pour louer des serveurs », « au titre d'une amende »).
_FINANCING_WORD_RE = re.compile(
    r"\b(?:levées?|lever|levé|tours?\s+de\s+table|capital|participations?|investissements?|investisseurs?|"
    r"actionnaires?|financements?|start-?ups?|jeunes?\s+pousses?|amorçage|séries?\s+[A-F]\b)",
    re.IGNORECASE,
)
# (The reader also weighs a name's last word alone, « IA », hence no word needed before it.)
_TRADE_NAME_AT_RE = re.compile(r"(?:[A-ZÀ-Ý][\w’'-]*\s+){0,3}(?:IA|AI)\b")
_PAID_FOR_SOMETHING_RE = re.compile(
    r"\b(?:pour\s+(?:l['’]\s*achat|acheter|louer|la\s+location|régler|payer|rembourser|solder)|"
    r"au\s+titre\s+d|en\s+(?:paiement|règlement|dédommagement|compensation|indemnisation)\b)",
    re.IGNORECASE,
)
_CLAUSE_END_RE = re.compile(r"[;.!?]|,\s+(?:qui|dont|laquelle|lequel|tandis|alors)\b")


def paid_into_a_company(sentence: str, name_start: int) -> bool:
    """Whether « versé/injecté/apporté … à X », X starting at `name_start` in `sentence`, is money put into
    company X: not paid for something or on some ground in X's clause, and said in a sentence about financing
    or to a name built on « IA »/« AI ». A known company alone proves nothing: Nvidia or OVHcloud paid « à » is
    most often a supplier paid."""
    clause_end = _CLAUSE_END_RE.search(sentence, name_start)
    clause = sentence[name_start : clause_end.start() if clause_end else len(sentence)]
    if _PAID_FOR_SOMETHING_RE.search(clause):
        return False
    return bool(_FINANCING_WORD_RE.search(sentence) or _TRADE_NAME_AT_RE.match(sentence, name_start))


# The company whose raise a backer joined, named after the raise's sum: « a participé à la levée de 15 millions
# d'euros de Mistral Forge », « a pris part à la levée de 15 M€ de » (`_VALUED_OR_FUNDED_BEFORE_RE` reads « la
# levée de fonds de 15 M€ de », not a bare « levée », whose « de » may name a backer).
_JOINED_RAISE_OF_BEFORE_RE = re.compile(
    r"\b(?:participé|pris\s+part|particip(?:e|ent)|pren(?:d|nent)\s+part)\s+(?:à\s+la|au|à\s+l['’])\s*"
    r"(?:(?:nouvelle|dernière|récente)\s+)?levée\s+de\s+"
    r"\d[\d,.\s]*\s*(?:millions?|milliards?|M€|Md€|M\$)\s*(?:d['’]\s*euros|de\s+dollars|de\s+francs(?:\s+suisses)?)?"
    r"\s+(?:de\s+|d['’])\s*(?:(?:la|le|l['’])\s*)?$",
    re.IGNORECASE,
)
# A raise aimed at or hoped for, right after its company's name: « vise une levée de », « vise un tour de table »,
# « espère lever », « souhaite lever », « ambitionne de lever », « entend lever », « veut lever », « prévoit de lever ».
_HOPES_TO_RAISE_AFTER_RE = re.compile(
    r"\s++(?:vis(?:e|ent|erait|eraient)\s+(?:une\s+(?:nouvelle\s+)?levée|un\s+(?:nouveau\s+)?tour)\b|"
    r"(?:espèr(?:e|ent)|espérerai(?:t|ent)|souhait(?:e|ent|erait|eraient)|ambitionn(?:e|ent)\s+de|"
    r"prévoi(?:t|ent)\s+de|envisag(?:e|ent)\s+de|"
    r"entend(?:ent)?|veu(?:t|lent)|voudrai(?:t|ent))\s+lever\b)",
    re.IGNORECASE,
)
# A holder selling its own stake, right after its name: « a cédé sa participation », « a revendu une partie de ses
# parts », "sold its entire stake", "has sold part of its shares".
_SELLS_OWN_STAKE_AFTER_RE = re.compile(
    r"\s++(?:(?:a|ont|avait|avaient|has|have|had)\s+)?(?:cédé|cède|cèdent|(?:re)?vendu|(?:re)?vend|(?:re)?vendent|"
    r"sold|sells)\s+(?:(?:la\s+totalité|l['’]intégralité|une\s+partie|la\s+moitié)\s+de\s+|"
    r"(?:all|part|some|half|most)\s+of\s+)?(?:sa|ses|leur|leurs|its|their)\s+(?:(?:entire|whole|remaining)\s+)?"
    r"(?:participation|parts|actions|titres|stake|shares|holding)\b",
    re.IGNORECASE,
)
# A holder named between its stake and the company it holds: « la participation de Partech dans Lynx IA », « les
# parts détenues par Partech dans ».
_STAKE_OF_HOLDER_BEFORE_RE = re.compile(
    r"\b(?:participation|parts|actions|titres)\s+(?:de\s+\d+(?:[.,]\d+)?\s?%\s+)?"
    r"(?:de\s+|d['’]|du\s+|détenue?s?\s+par\s+)$",
    re.IGNORECASE,
)
_IN_COMPANY_AFTER_RE = re.compile(r"\s+dans\s+(?-i:[A-ZÀ-Ý])")


def _stake_holder_named(text: str, start: int, end: int) -> bool:
    """Whether the name from `start` to `end` of `text` holds a stake the sentence tells: it sells its own right
    after its name, or the stake is named as its in a company (« la participation de Partech dans Lynx IA »)."""
    if _SELLS_OWN_STAKE_AFTER_RE.match(text, end):
        return True
    before = text[max(0, start - 60) : start]
    return bool(_STAKE_OF_HOLDER_BEFORE_RE.search(before)) and bool(_IN_COMPANY_AFTER_RE.match(text, end))


# The sum and noun of a round after its raiser's possessive: "Zorgly's $20 million round", "Hirelane's €11m Series A".
_OWN_ROUND_AFTER_POSSESSIVE_RE = re.compile(
    r"\s+(?:US)?[$€£¥]\s?\d[\d.,]*\s*(?:[mb]illion|bn|mn|m)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:round|seed|series|raise|funding|financing)\b",
    re.IGNORECASE,
)
_NATIONAL_NOUN_BEFORE_RE = re.compile(r"\b(?:le|la|l['’]|du|au)\s*(?P<nat>[a-zéèêëàâîïôûç-]{4,20})\s+$")
# The first word is whole: "Alongside it, the company…" is no phrase of "A" and ten more characters.
_FRONTED_RE = re.compile(r"^(?P<phrase>(?P<first>[A-ZÀ-Ý][\w'’-]*+)(?:[^,0-9]{10,200}?)),\s*$")
_FRONTED_STOPS = {
    # "Il y a un an, la jeune pousse avait bouclé…": a clause of time, no description.
    "il",
    "there",
    # "Grâce à ce partenariat, X…", "Thanks to the deal, X…": a cause, no description.
    "grâce",
    "thanks",
    "depuis",
    "selon",
    "après",
    "avant",
    "en",
    "dans",
    "pour",
    "lors",
    "outre",
    "comme",
    "avec",
    "alors",
    "si",
    "ainsi",
    "par",
    "face",
    "malgré",
    "fin",
    "début",
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "ce",
    "cette",
    "in",
    "on",
    "at",
    "after",
    "before",
    "since",
    "according",
    "as",
    "with",
    "the",
    "a",
    "an",
    "for",
    "by",
    "while",
    "when",
    "last",
    "this",
    "earlier",
    "later",
    "meanwhile",
    "however",
    "under",
    "de",
    "du",
    "sur",
    "parallèlement",
    "pourtant",
    "cependant",
    "toutefois",
    "enfin",
    "mais",
    "et",
    "or",
    "but",
    "also",
    "so",
    "sous",
    "chez",
    "entre",
    "between",
    "to",
    "from",
    "of",
    "vendredi",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "samedi",
    "dimanche",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "hier",
    "yesterday",
    # "Alongside the equity, Fluidstack has secured…", "Aux côtés de cette levée, X…": a phrase opened by a
    # preposition or a linking adverb sets the scene of the sentence, it never says what the company is.
    "alongside",
    "besides",
    "beyond",
    "despite",
    "during",
    "following",
    "amid",
    "among",
    "across",
    "through",
    "together",
    "separately",
    "additionally",
    "unlike",
    "like",
    "within",
    "without",
    "against",
    "ahead",
    "upon",
    "including",
    "instead",
    "furthermore",
    "moreover",
    "overall",
    "aux",
    "au",
    "au-delà",
    "parmi",
    "pendant",
    "durant",
    "contre",
    "vers",
    "sans",
    "suite",
    "dès",
    "lorsque",
    "puis",
    "ensuite",
    "également",
    "désormais",
    "concernant",
    "hormis",
    "auprès",
}
_PARTNER_CUE_BEFORE_RE = re.compile(
    r"\b(?:partnership|partenariat|accord|agreement|deal|alliance|contrat|contract|collaborat\w*|allié\w*|"
    r"associée?|rapprochée?|partnered|teamed up|s['’]allie|s['’]associe)\s+(?:with|avec|à)\s+"
    r"(?:(?:le|la|les|l['’]|the)\s*)?"
    # A lowercase descriptor of the party may come first ("with convenience store chain Lawson"), but not a
    # phrase of its own ("avec le soutien de").
    r"(?:(?!(?:de|du|des|d|of|from|by|par|help|soutien|aide|support|its|their|ses|son|sa|leurs?)\b)"
    r"[a-zà-ÿ-]+\s+){0,3}$|"
    # "vient de signer avec Carrefour un contrat": who one signs with is a party to the contract.
    r"\bsign(?:e|ent|er|é|ait|aient|ed|s)?\s+avec\s+(?:(?:le|la|les|l['’])\s*)?$|"
    # "Elle est partenaire de France Travail depuis 2022": the other side of a standing partnership.
    r"\b(?:est|sont|devenue?s?|is|are|became|become)\s+"
    # An adverb may stand between: "La société est par ailleurs partenaire d'EDF", "is also a partner of".
    r"(?:(?:par\s+ailleurs|en\s+outre|aussi|également|déjà|désormais|also|already|now)\s+)?"
    r"(?:(?:un|une|le|la|a|an|the)\s+)?(?:(?:key|strategic|official|longtime|long-standing)\s+)?"
    r"(?:partenaires?|partners?)\s+(?:(?:historiques?|officiels?|officielles?|privilégiée?s?|"
    r"stratégiques?)\s+)?(?:de|d['’]|of)\s*(?:(?:le|la|les|l['’]|the)\s*)?$",
    re.IGNORECASE,
)
# "has worked with DHL Supply Chain since 2023", "collabore depuis 2019 avec l'armateur Navalis": the party
# of a working relationship, a lowercase descriptor allowed before it.
_WORKS_WITH_BEFORE_RE = re.compile(
    r"\b(?:work(?:s|ed|ing)?|collaborat(?:es?|ed|ing)|cooperat(?:es?|ed|ing)|travaill(?:e|ent|ait)|"
    r"collabor(?:e|ent|ait)|coop[èé]r(?:e|ent|ait)|m[èe]n(?:e|ent|ait))"
    # The start may name its month: "collabore depuis septembre 2020 avec Cdiscount".
    r"(?:\s+(?:depuis|dès)\s+(?:l['’]an\s+|[a-zéû]+\s+)?\d{4})?"
    r"\s+(?:closely\s+|étroitement\s+)?(?:with|avec)\s+(?:(?:le|la|les|l['’]|the)\s*)?(?:[a-zà-ÿ-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A contract's counterpart after words that describe the contract, then a lowercase descriptor of the party.
_AGREEMENT_WITH_BEFORE_RE = re.compile(
    r"\b(?:signed|signé|signe|conclu|concluded|struck|inked)\s+(?:an?|une?|the|le|la|l['’]|des|de|d['’])?\s*"
    r"(?:[\w'’-]+\s+){0,3}(?:partnership|partenariat|accord|entente|agreement|deal|contrat|contract|memorandum)\b"
    r"[^.;,]{0,90}?\s(?:with|avec)\s+(?:(?:le|la|l['’]|the)\s*)?(?:[a-zà-ÿ-]+\s+){0,3}$|"
    # Any verb: a deal named with its size, length or kind, then its other side ("won a three-year contract
    # worth £12mn with", "a $1.5 billion agreement with", "noué un partenariat industriel avec", "un contrat de
    # 3 millions d'euros sur quatre ans avec"). A figure's comma or dot does not end the phrase.
    r"\b(?:an?|une?|the|le|la|l['’]|its|son|sa)\s*(?:[^\s.;,]+\s+|[$€£]?\d+[.,]\d+\S*\s+){0,4}?"
    r"(?:partnership|partenariat|accord(?:-cadre)?|entente|agreement|deal|contrat(?:-cadre)?|contract|"
    r"collaboration|alliance|tie-up|pilot|pilote)s?\b(?:[^.;,:]|(?<=\d)[.,](?=\d)){0,90}?\s(?:with|avec)\s+"
    r"(?:(?:le|la|les|l['’]|the)\s*)?"
    r"(?:(?!(?:de|du|des|d|of|from|by|par|help|soutien|aide|support|its|their|ses|son|sa|leurs?)\b)"
    r"[a-zà-ÿ-]+\s+){0,3}$",
    re.IGNORECASE,
)
# Who awards a contract, then up to two words describing that party before its name: "from the U.S. Navy",
# "auprès du CNES", "de la part de l'État". Defined once for this reader (which also takes "by") and the fact
# builder's `_CONTRACT_FROM_RE`.
AWARDED_FROM = (
    r"from|auprès\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])|de la part\s+(?:du|de\s+la|de\s+l['’]|de|d['’])"
)
AWARDING_PARTY_TAIL = r"\s*(?:the\s+)?(?:[a-zà-ÿ-]+\s+){0,2}$"
# Who awards a contract: "won a $62 million contract from the U.S. Navy", "a décroché un contrat de 32 millions
# d'euros auprès du CNES". The awarding party is the contract's other side.
_CONTRACT_FROM_BEFORE_RE = re.compile(
    r"\b(?:won|wins|win|awarded|landed|lands|secured|secures|décroch\w*|remport\w*|obtenu|obtient)\s+"
    r"(?:[^.;]{0,60}?\s)?(?:contract|contrat(?:-cadre)?|deal|agreement|accord)\b[^.;]{0,60}?\s"
    rf"(?:{AWARDED_FROM}|by){AWARDING_PARTY_TAIL}",
    re.IGNORECASE,
)
# A relative pronoun for a deal's other side, then the deal or the work done together: ", avec lequel elle a
# noué un partenariat", ", with which it has had a contract". Defined once for this reader (the name before
# it is an organisation) and the fact builder's `_WITH_WHICH_RE` (which names both sides).
WITH_WHICH = r"avec\s+(?:lequel|laquelle|lesquels|lesquelles|qui)|with\s+(?:which|whom)"
WORK_TOGETHER_WORDS = (
    r"partenariat|partnership|contrat|contract|accord|agreement|deal|collaboration|"
    r"travaill\w*|collabor\w*|coop[èé]r\w*|work(?:s|ed|ing)?"
)
# A customer choosing a supplier, named after the verb: "has selected Railvision", "a retenu Railvision".
_CHOOSES_SUPPLIER_AFTER_RE = re.compile(
    r"^\s+(?:has|have|had|a|ont|avait)\s+(?:(?:also|already|également|aussi|déjà)\s+)?"
    r"(?:selected|chosen|picked|tapped|choisi|retenu|sélectionné)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
_WITH_WHICH_AFTER_RE = re.compile(
    rf"^(?:\s*\([^()]{{1,40}}\))?,\s*(?:{WITH_WHICH})\s+[^.;]{{0,70}}?\b(?:{WORK_TOGETHER_WORDS})\b",
    re.IGNORECASE,
)
# A standing business role, one definition for this reader and the fact builder's `_STANDING_ROLE_RE`: the
# role ("client", "partner") and the word that may say it is a long one ("fidèle client", "longtime partner").
BUSINESS_ROLES = r"(?:partenaire|partner|client|customer)s?"
LONG_STANDING = r"premier|first|historique|longtime|long-time|fidèle"
# A business role in apposition: "Decathlon, client dès 2019, …", "Sunrise, partenaire de X depuis 2020".
_ROLE_APPOSITION_AFTER_RE = re.compile(
    rf"^,\s+(?:(?:{LONG_STANDING})\s+)?{BUSINESS_ROLES}\s+(?:de\b|d['’]|of\b|depuis\b|dès\b|since\b)",
    re.IGNORECASE,
)
# The verbs of a supply relation and the words that may describe the party served before its name, defined
# once for this reader and the fact builder's `_SUPPLIES_RE` (which adds "rent" and "hauled") and
# `_SUPPLIED_PARTY_BEFORE_RE`. The description is an article and up to two words ("à l'enseigne", "to the
# retailer"), never a list's opening ("à des clients comme").
SUPPLY_VERBS = (
    r"suppl(?:y|ies|ied|ying)|provid(?:es?|ed|ing)|deliver(?:s|ed|ing)?|"
    r"fourni(?:t|ssent|ssait|ssaient)?|livr(?:e|ent|ait|aient|é)|approvisionne(?:nt)?"
)
SUPPLIED_PARTY_DESCRIPTION = (
    r"(?:(?:la|l['’]|the)\s*)?(?:(?!(?:comme|tels?|such|like|including|notamment)\b)[a-zà-ÿ-]+\s+){0,2}"
)
# The party a supply verb serves: "a livré depuis 2024 ses composants à l'hébergeur OVHcloud", "s'approvisionne
# auprès d'EDF", "has supplied power modules to Schneider". A company's customer or supplier.
_SUPPLIED_TO_BEFORE_RE = re.compile(
    rf"\b(?:{SUPPLY_VERBS}|handle)\b[^;,:]{{0,60}}?"
    rf"(?:\s(?:to|for|à|au|aux)\s+|\sauprès\s+(?:du\s+|des\s+|de\s+|d['’])){SUPPLIED_PARTY_DESCRIPTION}$",
    re.IGNORECASE,
)
# A supplier: a name whose verb supplies a party named right after it with something ("Nscale will supply
# Microsoft with GPUs", "X provides Y with").
_SUPPLIES_NAMED_PARTY_AFTER_RE = re.compile(
    r"^\s+(?:will\s+(?:also\s+)?)?(?:suppl(?:y|ies)|provides?|delivers?)\s+(?-i:[A-Z])[\w&.-]*"
    r"(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}\s+with\b",
    re.IGNORECASE,
)
# The verbs that sign a deal, for this reader and the fact builder's `_SIGNS_DEAL_RE`.
SIGN_VERBS = r"signed|signé|conclu|struck|noué|agreed"
# A name whose relative clause signs a deal: "BASF, which signed a research agreement", "La Poste, qui a conclu".
_SIGNS_RELATIVE_AFTER_RE = re.compile(
    r"^,\s*(?:which|qui)\s+(?:(?:has|had|a|avait|also|aussi|déjà|already|last|year|en|in|\w+bre|\w+ier|\w+il|mai|juin|"
    rf"juillet|août)\s+){{0,4}}(?:{SIGN_VERBS})\b",
    re.IGNORECASE,
)
# A name whose verb is a partnership with another party: "Asda partnered with Wayve", "Mayo Clinic has worked
# with X since 2022", "Orange collabore avec X depuis 2021".
_PARTNERS_WITH_AFTER_RE = re.compile(
    r"^\s+(?:(?:has|have|had|also|a|avait|aussi)\s+){0,2}(?:partnered|worked|collaborated|teamed\s+up|"
    r"collabore|travaille|s['’]est\s+associée?)\s+(?:closely\s+|étroitement\s+)?(?:with|avec)\b",
    re.IGNORECASE,
)
_LIST_JOIN_BEFORE_RE = re.compile(
    # "and state-owned Invest-NL", "and government-backed X": a hyphenated adjective may stand before the name.
    r"(?:,|\bet|\band|\bainsi que|\bas well as|&)\s+(?:(?:le|la|l['’]|the)\s+)?(?:[a-z]+-[a-z]+\s+)?$"
)
_LIST_CUE_ANYWHERE_RE = re.compile(
    r"\b(?:auprès|from|led by|menée?s?\s+par|conduite?s?\s+par|participation|aux côtés|alongside|including|"
    r"notamment|backed by|backers?|investors?|investisseurs?|such as|dont)\b",
    re.IGNORECASE,
)
# A brand written in lower case ("poolside", "lovable") is a name only where the sentence frames it as one: opening
# the sentence before a descriptor apposition ("poolside, a Paris-based AI coding startup, said…"), or right after a
# trade noun as the subject of its own deal ("French AI coding startup poolside said it raised…").
_LOWERCASE_BRAND_RE = re.compile(r"[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*")
_TRADE_NOUN_BEFORE_RE = re.compile(
    r"\b(?:startup|start-up|company|firm|developer|maker|lab|unicorn)\s+$", re.I
)
# A determiner opening the noun phrase before the trade noun: "The French startup scene", "Europe's biggest AI
# company sector" make the word after the trade noun a common noun; "French AI coding startup poolside" has none.
_DETERMINED_BEFORE_RE = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those|its|their|his|her|our|whose)\b|\w['’]s)(?:\s+(?!(?:in|of|for|to|with|from|by|at|on|and)\b)[\w'’-]+){0,5}\s+$",
    re.I,
)
# Common nouns a trade noun compounds with: "startup scene", "company sector", "startup founders".
_COMMON_AFTER_TRADE_NOUN = frozenset(
    "scene sector ecosystem industry market space world community landscape founder investor employee "
    "team boom wave funding valuation model".split()
)


def _common_noun(word: str) -> bool:
    """Whether a lower-case word after a trade noun is a common noun or a plural ("founders"), no brand."""
    return word in _COMMON_AFTER_TRADE_NOUN or (word.endswith("s") and not word.endswith("ss"))


_OWN_DEAL_AFTER_RE = re.compile(r"^\s+(?:has\s+|had\s+)?(?:raised|secured|closed|landed|announced)\b")
# Words after a trade noun that are no brand, even before a deal verb: "the startup also raised…".
_NOT_A_BRAND = frozenset(
    "also has had have is was will would which that who now just then itself first last once again never "
    "already still later earlier today yesterday and or but said says".split()
)
_APPOSITION_AFTER_RE = re.compile(
    rf"^(?:\s*\([^()]{{1,40}}\))?,\s+(?:(?:a|an|the|la|une|le|l['’]|un)\s+(?:[\w'’-]+\s+){{0,5}}|[\w'’-]+\s+)?"
    # "Ledgerly, the budgeting app used by…", "Pilo, l'application de…": only a company is presented as an
    # app in apposition (a known product is never read as a new name).
    rf"(?:{_ORG_HEADS_EN}|{_ORG_HEADS_FR}|app|application)\b",
    re.IGNORECASE,
)
# A name the sentence says is a company: "Zorgly is a Paris startup", "Zorgly est une start-up parisienne" (not
# "Jane is a startup founder": a person's role).
_COPULA_HEAD_AFTER_RE = re.compile(
    rf"^\s+(?:is|was|est|était)\s+(?:a|an|une?)\s+(?:[\w'’-]+\s+){{0,4}}(?:{_ORG_HEADS_EN}|{_ORG_HEADS_FR})\b"
    r"(?!\s+(?:co-?)?(?:founders?|investors?|executives?|veterans?|CEO|employees?|engineers?|fondat\w+|dirigeant\w*))",
    re.IGNORECASE,
)
# The backer another joins in a round, before and after its name: "joined (existing investor) ", " in a $25
# million round", « a rejoint ___ dans le tour de 20 M€ ».
_JOINED_BEFORE_RE = re.compile(r"\b(?:joined|rejoint)\s+(?:existing\s+investors?\s+)?$", re.IGNORECASE)
_IN_ROUND_AFTER_RE = re.compile(
    r"\s+(?:in|dans|au)\s[^.;]{0,40}?(?:[$€£]\s?\d|\d\s*(?:M€|millions?|milliards?)|\bround\b|\bseries\b|"
    r"\btour\b|\bsérie\b)",
    re.IGNORECASE,
)
# Where a company sits, said right after or before its name: "X, based in Denver,", "X, basée à Lyon",
# "X, headquartered in…", "Denver-based X".
_BASED_WORDS = r"(?:(?:based|headquartered)\s+in|bas[ée]e?\s+(?:à|au|en|dans)|install[ée]e?\s+(?:à|au|en))"
_BASED_AFTER_RE = re.compile(rf"^,\s+{_BASED_WORDS}\s", re.IGNORECASE)
# A subject reporting its own deal: "Vantel said it raised…", "Vantel said on Tuesday that it has raised…",
# "Vantel told Reuters it closed…". What follows is read as a deal verb right after the name.
_SAID_IT_AFTER_RE = re.compile(
    r"^\s+(?:said|says|told\s+[A-Z][\w.]*)(?:\s+(?:on|this|last|late|early)\s+[A-Za-z]+)?(?:\s+that)?\s+it(?=\s)"
)
# A subject telling its own revenue: "Ombrelle said revenue reached…", "Ombrelle said its sales rose…".
_SAID_OWN_REVENUE_AFTER_RE = re.compile(
    r"^\s+(?:said|says)(?:\s+that)?\s+(?:its\s+)?(?:(?:annual|annualized|annualised|recurring|quarterly)\s+)*"
    r"(?:revenues?|sales)\s+(?:reached|rose|grew|hit|topped|totaled|totalled|climbed|jumped|doubled|tripled)\b"
)
_BASED_BEFORE_RE = re.compile(r"\b[A-Z][\w.-]*-based\s+$")
# The place words of those: "San Francisco-based " right before the name, ", based in Berlin", ", basée à
# Berlin" or ", une start-up basée à Berlin" right after it (up to the next comma or the clause's end).
_BASED_PLACE_BEFORE_RE = re.compile(r"(?P<place>(?:\b[A-Z][\w.]*\s)?\b[A-Z][\w.]*)-based\s+$")
_BASED_PLACE_AFTER_RE = re.compile(
    rf",\s+(?:(?:a|an|une?)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+)?{_BASED_WORDS}\s+(?P<place>[^,.;:()]{{1,40}})",
    re.IGNORECASE,
)
_LABEL_AFTER_RE = re.compile(r"^(?:[ \t]+[\w'’-]+){0,2}[ \t\u00a0]*:")
# "de Sillon, start-up rennaise", "of Kelvo, a Lyon-based startup": an indefinite apposition presents the
# company. A definite one ("d'OpenAI, la société basée à…") is rather the next clause's subject.
_PRESENTING_APPOSITION_RE = re.compile(
    rf"^,\s+(?:(?:a|an|une|un)\s+(?:[\w'’-]+\s+){{0,5}}|(?!(?:la|le|les|the|cette|this)\s)[\w'’-]+\s+)?(?:{_ORG_HEADS_EN}|{_ORG_HEADS_FR})\b",
    re.IGNORECASE,
)
# "SAP (SAPG.DE)", "LightOn (Euronext Growth, ALTAI)": a listed company's ticker or market follows its name.
_LISTING_AFTER_RE = re.compile(
    r"^\s*\((?:[A-Z0-9]{1,6}\.[A-Z]{1,2}|(?:NASDAQ|NYSE|Nasdaq|Euronext|SIX|TSE|LSE|Xetra)\b[^()]{0,30})\)"
)
# A name then "and"/"et" right before another: "General Catalyst and ", "Frst et ".
_NAME_AND_BEFORE_RE = re.compile(r"(?:^|\s)[A-Z][\w.&'’+-]*\s+(?:and|et)\s+$")
# The deal verb of subjects that each give a sum: "each put $4 million", "ont chacun investi", "apportent chacun".
_EACH_DEAL_VERB_AFTER_RE = re.compile(
    r"^,?\s+(?:(?:each|chacun|both)\s+|(?:y\s+)?(?:ont|have|had)\s+(?:chacun|each|both)\s+|"
    r"(?:y\s+)?[a-zéè]+(?:ent|ed)\s+(?:chacun|each)\b)",
    re.IGNORECASE,
)
# A name joined by "and"/"et" to another that a relative says each gave: "… et de la CDPQ, qui apportent chacun",
# "… and ADQ, which each contributed".
# The second of two names that "each" give a sum: "… et de Kuehne+Nagel, qui ont chacun investi".
_AND_BEFORE_RE = re.compile(
    r"\s(?:and|et)\s+(?:(?:de|du|des)\s+|d['’])?(?:(?:le|la|les|l['’]|the)\s*)?$", re.IGNORECASE
)
_EACH_RELATIVE_AFTER_RE = re.compile(
    r"^,\s+(?:qui|which|who)\s+(?:[\w'’]+\s+){0,3}?(?:chacun|chacune|each)\b", re.IGNORECASE
)
_AND_NAME_EACH_RELATIVE_AFTER_RE = re.compile(
    r"^\s+(?:and|et)\s+(?:(?:de|du|des)\s+|d['’])?(?:(?:le|la|les|l['’]|the)\s*)?(?:[\w&.'’+-]+\s+){0,5}?"
    r"[\w&.'’+)-]+,\s+(?:qui|which|who)\s+(?:[\w'’]+\s+){0,3}?(?:chacun|chacune|each)\b",
    re.IGNORECASE,
)
_DEAL_VERB_AFTER_RE = re.compile(
    r"^(?:\s*\([A-Z0-9.:\s]{1,16}\))?\s+(?:y\s+(?=a\s|ont\s))?(?:a\s+|ont\s+|has\s+|have\s+|had\s+|is\s+|are\s+|was\s+|were\s+|va\s+|will\s+|vient\s+d['’])?"
    # "Zorgly has so far raised $118 million": a running total's adverb may come first.
    r"(?:(?:so|thus)\s+far\s+)?"
    r"(?:\w+\s+)?(?:(?:agree[sd]?|plans?|s['’]apprête|a\s+accepté)\s+(?:to|à|de)\s+)?"
    r"(?:lev[ée]|lève|lèvent|raise[sd]?|secured?|closed?|investi[tr]?|investiss(?:ent|ait|aient)|investiront|"
    r"invest(?:s|ed)?|apport\w*|"
    # "Mizuho and SoftBank are each investing ¥20 billion": a backer's own sum, still being put in.
    r"investing(?=\s+(?:up\s+to\s+|about\s+|around\s+)?[$€£¥]?\d)|"
    r"rachète|racheté|racheter|acquiert|acquis|acquérir|acquire[sd]?|bought|buys?|mène|mené|leads?|led|boucl\w*|annonc\w*|"
    r"announce[sd]?|inject(?:e|é|ent|ed)|signé|signed|valoris\w*|valued|prend|took|takes|"
    # A backer's own sum: "Alven et Kima ont remis 3 M€ chacun", "Jane Doe and John Roe each put in $250,000".
    r"(?:re)?mis(?=\s+(?:\d|environ|près|quelque))|put\s+in(?=\s+[$€£\d])|"
    # A sum staked on a company: « Nimbra Cloud a misé 10 millions d'euros sur Lynx IA ».
    r"mis(?:é|e|ent)(?=\s+(?:\d|environ|près|quelque)[^.;]{0,40}?\ssur\s)|"
    # A sum added to a round (`facts._round_extension`): « Vesperal ajoute 15 millions d'euros à ce tour ».
    r"(?:ajout(?:e|é|ent)|adds|added)(?=\s++(?:(?:another|encore|environ|près\s++de)\s++)?(?:US)?[$€£¥]?\s?+\d)|"
    # "General Catalyst and Felicis each put $4 million", "each contributed $40 million", "remettent chacun 2 M€".
    r"put(?=\s+[$€£]?\d)|contribut(?:es?|ed)|remett(?:ent|ait|aient)|"
    # A grant its recipient gets: "Kestrel received a €5 million grant from the EU", « a reçu une subvention ».
    r"(?:received|receives|won|wins|got|gets|awarded|obtained|reçu|reçoit|remporté|décroché)"
    r"(?=\s+(?:an?\s+|une\s+)?(?:[^.;\s]+\s+){0,5}?(?:grants?|subventions?)\b)|"
    # Funding it receives: "Zorglab will receive $30 million in two tranches", « recevra 30 M€ de la part de … »
    # (`receipts`): the sum, a word or three of its figure, then the words that make it funding.
    # Or a name as its source ("will receive $30 million from Accel"): whether an investor's, the facts tell.
    rf"{RECEIVE_VERB}(?=\s++(?:[^\s;]++\s++){{0,3}}?(?:US)?[$€£¥]?\d[^\s;]*+(?:\s++[^\s;]++){{0,3}}?"
    rf"(?:{FUNDING_AFTER_SUM}|{NAMED_SOURCE_AFTER_SUM}))|"
    # A sum promised to a company: "Nimbra Cloud pledged $90 million to Lynx AI", « a promis 90 M€ à Lynx IA ».
    r"(?:pledge[sd]?|promise[sd]?|commit(?:s|ted)?|promis)(?=\s+(?:up\s+to\s+|about\s+|environ\s+|près\s+de\s+)?"
    r"(?:US)?[$€£¥]?\s?\d)|"
    # A backer joining a round: "Jump Crypto also participated", "Kima a participé au tour", "co-led the round".
    r"participat(?:es?|ed|ing)|particip(?:e|ent|é)|(?<=also\s)joined(?=\s*[.;,]|\s+(?:in|as)\b|"
    # "Atomico and WiL also joined the round": the round itself named as what they joined.
    r"\s+(?:the|this)\s+(?:[\w-]+\s+)?(?:round|financing|funding|raise)\b)|"
    # "Partech joined Accel in Zorgly's $40 million Series B": a backer joining another in a round of a sum.
    r"(?:joined|rejoint)(?=\s[^.;]{2,60}?\s(?:in|dans|au)\s[^.;]{0,40}?"
    r"(?:[$€£]\s?\d|\d\s*(?:M€|millions?|milliards?)|\bround\b|\bseries\b|\btour\b|\bsérie\b))|"
    r"co-?le(?:d|ads?)|co-?invest(?:s|ed)?|chipped\s+in|"
    # Headline synonyms of "raises": "X lands $18M", "X nabs…", "X décroche 5 M€", "X empoche…".
    r"lands?|landed|nabs?|nabbed|snag(?:s|ged)?|bag(?:s|ged)|grab(?:s|bed)|pick(?:s|ed)\s+up|pull(?:s|ed)\s+in|"
    r"rake[sd]?\s+in|haul(?:s|ed)\s+in|décroch(?:e|é|ent)|empoch(?:e|é|ent)|obtient|obtenu|récolté|"
    # Not "récolte" nor "glane": nouns too ("Prévoir une récolte…").
    r"récoltent|glané|engrang(?:e|é|ent)|sécuris(?:e|é|ent)|finalis(?:e|é|ent)|"
    # Headline synonyms of "buys": "X s'offre Y", "X s'empare de Y", "X snaps up Y".
    r"s['’]offr(?:e|ent)|s['’]empar(?:e|ent)|snap(?:s|ped)\s+up|"
    # A party renewing or widening its deal: "Nimbra Cloud said it expanded its partnership with Halcyon",
    # « X et Y ont renouvelé leur partenariat ».
    r"(?:renew|extend|expand|broaden|deepen|prolong)(?:s|ed)?(?=\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:partnership|agreement|deal|contract|collaboration|alliance)s?\b)|"
    r"(?:renouvel\w*|prolong\w*|étend\w*|élargi\w*|reconduit\w*)(?=\s+(?:leurs?|son|sa|ses|le|la|l['’])\s*"
    r"(?:[\w-]+\s+){0,3}?(?:partenariat|accord|contrat|collaboration|alliance)s?\b)|"
    # A raise still in talks: « X serait en négociations pour lever », « discute d'une levée », "is nearing a deal".
    r"en\s+(?:négociations?|discussions?|pourparlers)|discute\s+d['’]une\s+levée|nearing\s+a\s+deal|"
    # A raise told by hearsay or about to be made: « X serait sur le point de lever », « envisagerait de lever »,
    # « lèverait », "X is said to be raising", "is reportedly seeking $800 million".
    r"(?:(?:sur\s+le\s+point|en\s+passe|en\s+train)\s+de|envisagerai(?:t|ent)\s+de|"
    # « X vient de lever 300 millions d'euros »: a raise just made.
    r"vien(?:t|nent)\s+de|"
    r"(?:s['’]apprêt\w+|cherch\w+)\s+à)\s+(?:lever|boucler|préparer)|lèverai(?:t|ent)|pourrai(?:t|ent)\s+lever|"
    # « X négocierait une levée de 300 millions d'euros », « serait en quête de 300 millions d'euros ».
    r"négoci\w*\s+une\s+levée|en\s+quête\s+de(?=\s+\d)|"
    # « Lynx IA réalise une levée de fonds de 12 millions d'euros », « officialise un tour de table »: its raise.
    r"(?:réalis|officialis)\w*(?=\s+(?:une|un|sa|son)\s+(?:(?:nouvelle|nouveau|premier|première)\s+)?"
    r"(?:levée|tour\s+de\s+table|augmentation\s+de\s+capital)\b)|"
    # « X prépare une levée de 200 millions d'euros », « prépare un tour de table », « compte lever 80 M€ »: a raise
    # still to be made, told of its company.
    r"prépar(?:e|ent|er|erai(?:t|ent))\s+(?:une\s+(?:nouvelle\s+)?levée|un\s+(?:nouveau\s+)?tour)|"
    r"compt(?:e|ent|erai(?:t|ent))\s+lever|"
    r"(?:said|reported|understood|believed|thought)\s+to\s+be\s+(?:raising|seeking)|"
    r"seeking(?=\s+(?:up\s+to\s+|about\s+|around\s+|as\s+much\s+as\s+)?[$€£¥]?\d))\b",
    re.IGNORECASE,
)
# Capital letters, a hyphen, then a letter or a number: the code of a therapy or a drug target.
_TECH_TERM_RE = re.compile(r"[A-Z]{2,5}-(?:[A-Z]|\d{1,2})")
# A preposition right before an indefinite description: "avec un ", "auprès d'un ", "pour une ".
_PREPOSITION_BEFORE_INDEFINITE_RE = re.compile(
    r"\b(?:avec|par|pour|chez|auprès\s+d['’]|à|de|d['’]|sur|entre)\s*$", re.IGNORECASE
)
# A capitalised compound saying who owns or backs a party, opening a sentence before its name: "State-owned",
# "Family-run", "Venture-backed". It describes the name after it and is no part of it.
_OWNERSHIP_MODIFIER_RE = re.compile(r"[A-Z][a-z]+-(?:owned|backed|controlled|run|funded|listed|held)")
# " and Galaxy Digital " after a name: another capitalised name joined to it, then what follows both.
_AND_NAME_AFTER_RE = re.compile(
    r"^\s+(?:and|et)\s+"
    # "Le liégeois Noshaq et l'anversois Fortino Capital apportent…": the second name may have its descriptor.
    r"(?:(?:le|la|l['’]|the)\s*[a-zà-ÿ-]{3,}\s+)?"
    # A brand may open on lowercase letters ("eBay"); an ampersand joins a firm's words ("BDT & MSD Partners").
    r"(?:(?![\w.-]*-based\b)(?:[A-ZÀ-Ý]|[a-z]{1,2}[A-Z]|&)[\w&.'’-]*\s+){1,4}"
)
# "angel investor", "business angel investor": the investor title then names a person.
_ANGEL_BEFORE_RE = re.compile(r"\b(?:angels?|providentiel)\s*$", re.IGNORECASE)
_PERSON_TITLE_RE = re.compile(
    r"\b(?:patron|PDG|CEO|chief executive|directeur|directrice|président|presidente?|fondateur|fondatrice|"
    r"co-?fondateur|co-?founder|founder|M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|ministre|minister|analyst|analyste|"
    r"investisseur|investor|entrepreneur|milliardaire|billionaire|business angel|investisseur providentiel|"
    # A person by their firm's title: "former Petco executive Linda Marsh", "ex-Google exec Jane Doe".
    r"(?<=former )(?:[A-Z][\w&.-]*\s+){1,2}(?:executive|exec)|"
    # The plural opening a list of people: "les entrepreneurs Marc Durand et Paul Roy", "angel investors Jane Doe".
    r"entrepreneurs|business angels|milliardaires|billionaires)"
    r"\s+(?:[a-zé-]+\s+|(?i:executive|officer|operating|financial|technology)\s+){0,3}$",
)


# A family name opening with a particle right after a first name: " Le Bihan", " van Dijk", " de La Tour".
_SURNAME_PARTICLE_RE = re.compile(
    r"^\s+(?:Le|La|De|Du|Des|de|du|van|Van|von|Von|Di|Da|Del|della|Della|El|Al|Ben|Mac)\s+[A-ZÀ-Ý]"
)
# A first name then the particle of a family name, right before that name's next word: "Mathieu Le ".
_FIRST_NAME_PARTICLE_BEFORE_RE = re.compile(
    r"(?<![\w'’-])(?P<first>[A-ZÀ-Ý][\w'’-]+)\s+(?:Le|La|De|Du|Des|de|du|van|Van|von|Von|Di|Da|Del|della|Della|El|Al|Ben|Mac)\s+$"
)
# A comma-delimited aside right after a name ("…, qui loue de la puissance de calcul aux développeurs, ").
_COMMA_ASIDE_RE = re.compile(r",\s+[^,;:.()]{3,160},\s+")
# " and John Roe, both former bankers, " after a name: a second name, then an aside the verb of both follows.
_AND_NAME_THEN_ASIDE_RE = re.compile(
    # "Air Liquide et le fonds Demeter, déjà actionnaire depuis 2018, y participent": a descriptor may come first.
    r"^\s+(?:and|et)\s+(?:(?:le|la|l['’]|the)\s*[a-zà-ÿ-]{3,}\s+)?(?:[A-ZÀ-Ý][\w&.'’-]*\s+){0,3}[A-ZÀ-Ý][\w&.'’-]*,"
    r"\s+[^,;:.()]{3,160},\s*"
)
_PLACE_AFTER_RE = re.compile(r"^,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?-based\b")
# "fondée en 2019 par Eléonore Crespo et Romain Niccoli", "founded by Mati Staniszewski and …": founders.
_PROFESSION = r"(?:(?:le|la|l['’]|the|an?)\s*[a-zà-ÿ-]{3,}\s+)"
_FOUNDED_BY_BEFORE_RE = re.compile(
    # The verb may open the sentence: "Fondée en 2022 par…", "Founded by…".
    r"\b(?i:(?:co-?)?found\w*|(?:co-?)?fond[ée]\w*|cré[ée]\w*|lancée?s?|launched|started|created|"
    r"création|creation)\b[^.;]{0,80}?\b(?:by|par)\s+"
    # Each founder may be introduced by a profession: "par la pneumologue X et l'ingénieur Y", "by the chemist X".
    rf"(?:{_PROFESSION}?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){{0,3}}\s*(?:,|\bet\b|\band\b)\s*)*{_PROFESSION}?$"
)


def _opens_main_clause(before: str, after: str) -> bool:
    """ "Fondée en 2016 par A et B, Verdaloc a levé…", "Founded by A, Acme raised…": after the fronted
    founders' clause, a comma and a name the list does not go on from ("et", ",") open the main clause:
    that name is the company, not one more founder."""
    return bool(re.search(r",\s*$", before)) and not re.match(r"\s*(?:,|\bet\b|\band\b|&)", after)


# " (ZQ)" right after a name: two capitals in brackets, the initials a person is abbreviated by. Bounded, no
# backtracking.
_BRACKETED_INITIALS_AFTER_RE = re.compile(r"[ \t]{0,3}\((?P<initials>[A-Z]{2})\)")
# "X, sa cofondatrice", "X, its chief executive", "X, who grew up in Poland": a person, not an organisation.
_PERSON_AFTER_RE = re.compile(
    r"^(?:'s|’s)?,?\s+(?:(?:sa|son|leur|its|his|her|their|the\s+company's|l['’]actuel(?:le)?)\s+)?"
    r"(?:co-?fondat\w*|cofondat\w*|fondat\w*|co-?founder|founder|directeur|directrice|président\w*|PDG|"
    r"patron\w*|CEO|chief\s+\w+|chairman|chairwoman)\b|^,\s+who\b"
)


# The head of a company after its possessive: "Zorgly's CEO", "Helix's chairwoman" (not "Alice's co-founder").
_HEAD_ROLE_AFTER_RE = re.compile(
    r"\s+(?:CEO|chief\s+executive|chairman|chairwoman|PDG|directeur\s+général|directrice\s+générale)\b"
)


# "Les fonds levés serviront à…", "the funds raised will go to…": the money raised, not an investment fund.
_MONEY_FUNDS_AFTER_RE = re.compile(
    r"s?\s++(?:(?:nouvellement|fraîchement|newly|freshly)\s+)?(?:levés|récoltés|collectés|obtenus|réunis|"
    r"propres|serviront|seront\s+(?:consacrés|utilisés|affectés|investis|alloués)|raised|will\s+(?:be\s+used|go)|"
    # Not money at all, never a fund: "cartographier les fonds marins", "un fonds de commerce".
    r"marins|sous-marins|océaniques|de\s+commerce)\b",
    re.IGNORECASE,
)


# A product's noun then "called": what follows names the product, not a company.
_PRODUCT_CALLED_BEFORE_RE = re.compile(
    r"\b(?:game|app|application|title|product|drug|model|robot|tool|software|platform|device|chatbot|assistant|"
    r"jeu|logiciel|plateforme|produit|médicament|modèle|outil|appareil)s?\s+(?:called|named|dubbed|"
    r"baptisée?s?|appelée?s?|nommée?s?)\s+[«“\"]?$",
    re.IGNORECASE,
)
_AUXILIARY_AFTER_RE = re.compile(
    r"\s++(?:a|ont|avait|avaient|va|vont|est|sont|has|have|had|is|was|will)\s++[a-zà-ÿ]", re.IGNORECASE
)


def _raised_money(text: str, match: re.Match) -> bool:
    """A descriptor match whose head 'fonds'/'funds' names the money a company raised."""
    return match.group("head").lower() in ("fonds", "fund") and bool(
        _MONEY_FUNDS_AFTER_RE.match(text, match.end("head"))
    )


def _info_from_knowledge(name: str, kb: Knowledge) -> OrgInfo:
    known = kb.by_name.get(name)
    if known is None:
        return OrgInfo(name=name)
    return OrgInfo(
        name=name,
        country=known.country,
        city=known.city,
        sector=known.sector,
        kind=known.kind,
        investor_kind=known.investor_kind,
    )


def _strip_possessive(phrase: str) -> tuple[str, bool]:
    if phrase.endswith(("'s", "’s")):
        return phrase[:-2], True
    return phrase, False


def _canonical(name: str) -> str | None:
    """An unknown organisation's name without legal suffixes ('Helix Labs Inc.' -> 'Helix Labs') nor the
    FILLER of control characters and tags inside it."""
    words = name.replace(FILLER, "").replace(",", " ").split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in _LEGAL_SUFFIXES:
        words.pop()
        if len(words) > 1 and words[-1].lower() in ("and", "&", "et"):
            words.pop()  # "Deere and Co.", "KKR & Co.": the link the legal form hung on goes with it.
    return " ".join(words) or None


# A knowledge-file name that is an acronym ("TSMC", "CNES"): an article spelling it out names it so.
_ACRONYM_NAME_RE = re.compile(r"[A-Z]{2,6}")
# A name then its acronym in parentheses: "(HUG)", "(AP-HP)", "(ESA)".
_ACRONYM_RE = re.compile(r"\s\((?P<acronym>[A-Z][A-Za-z&-]{1,7})\)")
# Words an acronym leaves out: "Direction générale de l'armement (DGA)".
_ACRONYM_LINKS = {
    "de",
    "des",
    "du",
    "d",
    "l",
    "la",
    "le",
    "les",
    "of",
    "the",
    "and",
    "et",
    "for",
    "pour",
    "à",
    "en",
}


def _letters_within(tokens, letters: str) -> bool:
    """'Japan Aerospace Exploration Agency (JAXA)': one letter of the acronym from each word in turn, each
    word's own initial for all but one of them (the "X" of "Exploration")."""
    words = [token.text for token in tokens if token.text.lower() not in _ACRONYM_LINKS]
    if len(words) != len(letters) or len(words) < 3:
        return False
    folded = [_fold(word).upper() for word in words]
    if any(letter not in word for letter, word in zip(letters, folded, strict=True)):
        return False
    return sum(word[0] != letter for letter, word in zip(letters, folded, strict=True)) == 1


def _fold(text: str) -> str:
    """`text` without accents: 'École' -> 'Ecole', so initials compare with an acronym."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


# "K-12", "F-35": a letter and a number joined by a hyphen is a grade or a model's designation.
_FRAGMENT_RE = re.compile(r"[A-Z]|[A-Z]\d[A-Z]|[A-Z]-?\d|[A-Z]-\d{2,3}")
# A molecule written with the symbols climate and energy news use (CO2, H2, CH4, N2O, SF6, NOx): at least
# one count digit or the "x" of NOx, so that plain initials ("CHN", "SNCF") are not read as one.
_FORMULA_RE = re.compile(r"(?=\w*(?:\d|x$))(?:(?:C|H|O|N|S|F|Cl)\d*)+x?")
_LABEL_BEFORE_RE = re.compile(
    r"\b(?:séries?|series|phases?|round|tour|tranche|leurs?|son|sa|ses|their|its|our|notre|nos)\s+$",
    re.IGNORECASE,
)
# A capitalised word after a lowercase one: a name, somewhere inside a sentence.
_APPOSITION_GAP_RE = re.compile(r"^\s*,\s+(?:le|la|les|l['’]|un|une|the|a|an)\b[^,;.]*,", re.IGNORECASE)
_UNREAD_NAME_RE = re.compile(r"(?<=[a-zà-ÿ,])\s+([A-ZÀ-Ý][\w'’-]*)")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[:1].islower() and any(char.isupper() for char in word[1:]))


_COUNTRY_INITIALS = {"u.s", "u.k", "u.n", "e.u"}
# What only a firm does or has, right after a name that reads like a person's ("John Deere"): it acquires
# a company, has a venture arm, subsidiaries, dealers or shares, or is "it" in its own relative clause.
_ORG_EVIDENCE_AFTER_RE = re.compile(
    r"(?:['’]s?\s+(?:(?:corporate\s+)?venture(?:\s+capital)?\s+arm|investment\s+arm|subsidiary|"
    r"subsidiaries|dealers?|dealer\s+network|shares|stock|shareholders)\b|"
    r"\s+(?:(?:has|had|will|would)\s+)?(?:acquired|acquires|bought|buys|agreed\s+to\s+(?:acquire|buy)|"
    r"is\s+acquiring|is\s+buying|to\s+(?:acquire|buy))\s+[A-Z]|"
    r"\s+shares\b|,\s+which\s+[^,.;]{0,50}\bits\b)"
)
# Between a name and the same firm's other name, the one it had before or has since: "Amberline Capital, then
# called Oakfield Ventures", "X, the fund formerly known as Y", "X (formerly Y)", « X, anciennement Y », « X (ex-Y) »,
# « Y, devenu X ». One firm, never two backers: the second name is an alias of the first (`_renamed_mentions`).
# Matched whole (`fullmatch`) on the gap between two names; possessive quantifiers, no backtracking.
_RENAMED_GAP_RE = re.compile(
    r"\s*+[,(]\s*+(?:(?:the|its|le|la|l['’])\s*+(?:fund|firm|investor|company|fonds|société|groupe)\s++)?"
    r"(?:(?:formerly|previously|once|then|now|since)\s++(?:known\s++as|called|named|renamed)|formerly|"
    r"(?:which\s++(?:has|was)\s++)?(?:since\s++)?(?:been\s++)?renamed(?:\s++(?:as|to))?|"
    r"anciennement(?:\s++(?:appelée?|nommée?|baptisée?))?|(?:alors|désormais|aujourd['’]hui)\s++(?:appelée?|nommée?|"
    r"baptisée?)|(?:depuis\s++)?(?:devenue?|rebaptisée?)(?:\s++depuis)?|ex-?)\s*+",
    re.IGNORECASE,
)
# An investing vehicle's kind: "venture arm", "corporate venture capital arm", "growth fund", « fonds », « bras
# armé », « fonds d'investissement », « filiale de capital-risque ».
_ARM_NOUN = (
    r"(?:(?:corporate\s++)?(?:(?:venture(?:\s++capital)?|investment|investing|growth|CVC)\s++)?"
    r"(?:arm|unit|fund|vehicle)|(?:fonds|bras|véhicule|filiale)(?:\s++(?:armé|d['’]investissement|"
    r"de\s++capital[\s-]risque|de\s++corporate\s++venture|d['’]amorçage))?)"
)
# Between an owner's name and its investing vehicle's (`_venture_arm_mentions`): "Nvidia, through its venture arm
# NVentures", "Nvidia, through NVentures", « Nvidia, via son fonds NVentures », « Nvidia, par l'intermédiaire de
# NVentures », "Nvidia (via NVentures)". Matched at the owner's name's end; possessive quantifiers, no backtracking.
_ARM_AFTER_OWNER_GAP_RE = re.compile(
    r"\s*+[,(]\s*+(?:(?:through|via|par\s++l['’]intermédiaire\s++de|au\s++travers\s++de|à\s++travers)\s++|"
    r"(?:par\s++l['’]intermédiaire|au\s++travers)\s++d['’]\s*+)"
    # No comma after the noun: in "Nvidia, through its venture arm, Partech and Elaia also invested" the
    # arm is unnamed and Partech a co-investor, not the arm.
    rf"(?:(?:its|their|son|sa|leur)\s++{_ARM_NOUN}\s++)?",
    re.IGNORECASE,
)
# A vehicle's name no other rule read, right after such a cue: "NVentures" in "Nvidia, through its venture arm
# NVentures, Partech…", up to four capitalised words, then the end of the name (a comma, bracket, "and"…).
_ARM_NAME_RE = re.compile(
    r"(?P<name>(?![IVX]++\b)[A-Z][\w&.-]*+(?:\s[A-Z][\w&.-]*+){0,3})(?=\s*+(?:[,;.)]|and\b|et\b|$))"
)
# The French "ex-" a name read as one word starts with: « ex-Oakfield Ventures », the firm's former name.
_FORMER_PREFIX_RE = re.compile(r"ex-(?=[A-Z])")
# Right after the second name of a rename cue, a post held there: "Jane Doe, formerly Google partner",
# « Marie Dupont, ex-Criteo directrice » (a person's former employer, not the first firm's other name).
_ROLE_NOUN_AFTER_RE = re.compile(
    r"['’]?s?\s*+(?:head|partner|principal|associate|director|executive|employee|engineer|researcher|scientist|"
    r"manager|vice|VP|CEO|CTO|COO|CFO|chief|president|founder|co-?founder|chairman|chairwoman|"
    r"directeur|directrice|associée?|fondat(?:eur|rice)|cofondat(?:eur|rice)|co-fondat(?:eur|rice)|"
    r"président(?:e)?|PDG|responsable|cadre|salariée?|ingénieure?|chercheur|chercheuse|patron(?:ne)?)\b",
    re.IGNORECASE,
)
# Right after an owner's name (possessive included in the name's last word or after it): its investing vehicle.
_VENTURE_ARM_AFTER_RE = re.compile(
    r"(?:['’]s?)?\s+(?:corporate\s+)?(?:venture(?:\s+capital)?|investment|investing)\s+(?:arm|unit)\b"
)
# An owner's investing vehicle described in apposition after its name: "NVentures, Nvidia's venture capital arm,"
# (the name before it is the vehicle, a firm, whatever its spelling).
_OWNERS_VEHICLE_APPOSITION_AFTER_RE = re.compile(
    r",\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s?\s+(?:[a-z-]+\s+){0,3}"
    r"(?:fund|arm|unit|vehicle)\s*,"
)
# The backers joining a round's lead after a bare "with/avec": "led by Lakestar, with Plural", « menée par Serena,
# avec Kima »: a name there is a backer, a firm, even a single word no other cue marks.
_CO_BACKER_AFTER_LEAD_BEFORE_RE = re.compile(
    r"\b(?:(?:co-)?led\s+by|(?:co-?)?(?:menée?s?|conduite?s?|pilotée?s?)\s+par)\s[^.;:,]{1,60},\s+(?:with|avec)\s+$",
    re.IGNORECASE,
)
# A round's noun or sum right before a bare "with/avec": "in a seed round with Plural", « 5 millions d'euros en
# amorçage avec Plural »; a name there backs the round when the clause closes on it (`_CO_BACKER_CLOSES_AFTER_RE`).
_CO_BACKER_AFTER_ROUND_BEFORE_RE = re.compile(
    r"(?:\b(?:round|financing|funding|raise|seed|pre-seed|series\s[A-Z]\d?|millions?|billions?|milliards?|"
    r"euros|dollars|pounds|livres|amorçage|pré-amorçage|table|levée|financement|série\s[A-Z]\d?|"
    r"\d+(?:[.,]\d+)?\s?(?:[mbk]n?|M€|Md€|M\$))|[$€£]\d+(?:[.,]\d+)?),?\s(?:with|avec)\s$",
    re.IGNORECASE,
)
# What closes such a backer's name: the sentence's or clause's end, the backers' own verb, or the next name of
# their list ("with Plural and Kima").
_CO_BACKER_CLOSES_AFTER_RE = re.compile(
    r"\s?(?:[.;,)]|$|(?:also\s)?(?:participating|investing|joining|participant)\b|(?:and|et)\s[A-Z])"
)
# A name of a list with the words joining it to the next ("Plural, ", "Kima Ventures and ", "Plural, and "): what
# `_without_listed_names` takes off the words before a name to find where its list starts.
_LISTED_NAME_BEFORE_RE = re.compile(
    r"(?<![\w&.'’-])[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}(?:,\s(?:(?:and|et)\s)?|\s(?:and|et)\s)$"
)
# An owner's investing vehicle named after its kind: "Alphabet's growth fund ", "Intel's venture arm ".
_OWNERS_VEHICLE_BEFORE_RE = re.compile(
    r"[A-Z][\w.&-]*['’]s?\s+(?:[a-z-]+\s+){0,2}(?:fund|arm|unit|vehicle)\s+$"
)
_ACQUIRED_BY_BEFORE_RE = re.compile(r"\b(?:acquired|bought|purchased|taken\s+over)\s+by\s+$")


def _inside_capitalised_run(text: str, tokens: list[_Token], position: int) -> bool:
    """Whether the word at `position` sits between two capitalised words, each a space away ("NextEra Energy
    Resources"): it is part of a longer name, never the short form of another one ("Energy Impact Partners")."""
    if not 0 < position < len(tokens) - 1:
        return False
    before, after = tokens[position - 1], tokens[position + 1]
    return all(
        _capitalised(token.text) and token.text.lower() not in _STOP_CAPITALS for token in (before, after)
    ) and (text[before.end : tokens[position].start] == text[tokens[position].end : after.start] == " ")


def _opens_another_name(text: str, tokens: list[_Token], position: int, full: str) -> bool:
    """Whether the word at `position`, the first word of the name `full` met before, is followed a space
    away by a capitalised word that is not the next word of `full`: it opens another name ("Mifinnor
    Chips" after "Mifinnor Capital"), not `full`'s short form ("Peak XV" for "Peak XV Partners" is)."""
    if position + 1 >= len(tokens):
        return False
    after = tokens[position + 1]
    return (
        text[tokens[position].end : after.start] == " "
        and _capitalised(after.text)
        and after.text.lower() not in _STOP_CAPITALS
        and after.text not in full.split()[1:2]
    )


def _numeral_name(text: str, tokens: list[_Token], position: int) -> bool:
    """Whether the number at `position` opens an investor's name: "50 Partners", "212 Ventures", a number
    then a capitalised investor's head word, with no currency before it ("$50 Capital" is not a name)."""
    word = tokens[position].text
    if not word.isdigit() or position + 1 == len(tokens):
        return False
    following = tokens[position + 1]
    if (
        position > 0
        and len(word) <= 4
        and _ORG_HEAD_WORD_RE.fullmatch(tokens[position - 1].text)
        and text[tokens[position - 1].end : tokens[position].start] == " "
        and text[tokens[position].end : following.start] == " "
        and _capitalised(following.text)
        and following.text.lower() not in _STOP_CAPITALS
    ):
        return (
            True  # "robotics firm 6 River Systems", "la start-up 365 Talents": a name right after its head.
        )
    return (
        text[tokens[position].end : following.start] == " "
        and following.text[:1].isupper()
        and following.text.lower() in _INVESTOR_SUFFIXES
        and not re.search(
            r"[$€£¥]\s?$|[A-Z]{3}\s$", text[max(0, tokens[position].start - 4) : tokens[position].start]
        )
    )


_THE_INSIDE_RE = re.compile(r"[a-zà-ÿ,] $")


def _leading_the(text: str, tokens: list[_Token], position: int) -> bool:
    """Whether a capitalised "The" right before the name at `position` belongs to it: inside a sentence, after a
    lower-case word or a comma ("backed by Migdal and The Phoenix"), the capital marks a name's own article."""
    # French names open with their article too: "le groupement Les Mousquetaires".
    if position < 1 or tokens[position - 1].text not in ("The", "Les"):
        return False
    the = tokens[position - 1]
    return (
        text[the.end : tokens[position].start] == " "
        and _THE_INSIDE_RE.search(text[max(0, the.start - 2) : the.start]) is not None
    )


# After a name ending in "'s", a verb or preposition (no noun it would own): the "'s" is the name's own,
# "Moody's said", "Moody's acquired Kestrel", "acquired by Moody's for $200 million".
_NAME_ENDS_IN_S_AFTER_RE = re.compile(
    r"\s(?:(?:said|says|has|had|is|was|will|would|agreed|plans|for|from|to|in|at|on|by|with)(?![\w'’-])|"
    r"(?:acquired|bought|invested|led|signed|announced|raised|took)\s(?:(?:a|an|the)\s|[A-Z$€£\d]))"
)
# Initials joined by "&" that stand for a firm ("PG&E", "M&S"), not the terms of trade below.
_JOINED_INITIALS_RE = re.compile(r"(?<![\w&])[A-Z]{1,3}&[A-Z]{1,3}(?![\w&])")
_JOINED_INITIALS_TERMS = frozenset({"R&D", "M&A", "Q&A", "B&B", "P&L"})
# "Johnson and Johnson": one capitalised word on both sides of "and", each the whole name (not "Bank of
# Japan and Japan Post").
_SAME_WORD_AND_RE = re.compile(
    r"(?<![\w'’])(?<!of )(?<!de )(?P<word>[A-Z][\w-]+) and (?P=word)(?![\w'’]| [A-Z])"
)
# "McKinsey and Company", "Deere and Co.": "and Company/Co./Sons" closes a firm's name.
_AND_COMPANY_RE = re.compile(r"(?<![\w'’])[A-Z][\w-]+ and (?:Company|Co\b\.?|Sons)(?!\w| [A-Z])")
# "Guy's and St Thomas' NHS Foundation Trust": two possessives sharing an institution's capitalised head.
_POSSESSIVES_AND_RE = re.compile(
    r"(?<![\w'’])[A-Z][\w-]*['’]s and (?:[A-Z][\w.-]* ){0,3}[A-Z][\w-]*['’]s?"
    r"(?: [A-Z][\w&.-]*){0,4} (?:Trust|Hospitals?|College|School|University|Foundation|Institute|Society|"
    r"Club|Museum|Centre|Center)(?!\w)"
)


@cache
def _spelt_initials_re(joined: str) -> re.Pattern[str]:
    """The words whose initials spell `joined` around "and": "PG&E" -> "Pacific Gas and Electric"."""
    left, right = joined.split("&")
    words = [rf"{letter}[\w'’.-]*" for letter in left], [rf"{letter}[\w'’.-]*" for letter in right]
    return re.compile(rf"(?<![\w'’]){' '.join(words[0])} (?:and|et) {' '.join(words[1])}(?![\w'’])")


# An elided article or preposition written with a capital: "L'", "D'".
_CAPITAL_ELISION_RE = re.compile(r"[DL]['’]")


def _at_opening(text: str, position: int) -> bool:
    """Whether `position` opens the sentence, a line or a quotation, where a capital is no sign of a name."""
    window = text[max(0, position - 16) : position]
    rest = window.rstrip()
    if not rest:
        return len(window) == position
    return rest[-1] in '.!?:«“"(' or "\n" in window[len(rest) :]


def _elided_article_of_name(text: str, tokens: list[_Token], position: int) -> bool:
    """Whether the capital "D'"/"L'" at `position` opens the name glued to it: French writes the elided "d'"
    and "l'" in lower case inside a sentence, so "auprès de L'Oréal", "le groupe D'Ieteren" name a firm whose
    name opens so. A sentence's first "L'" is mostly the article ("L'Américain Nvidia"); "D'" before a capital
    there is still the name ("D'Ieteren, qui mène le tour")."""
    word = tokens[position].text
    if not _CAPITAL_ELISION_RE.fullmatch(word) or position + 1 == len(tokens):
        return False
    following = tokens[position + 1]
    if following.start != tokens[position].end or not following.text[:1].isupper():
        return False
    if following.text.lower() in _STOP_CAPITALS:
        return False
    return word[0] == "D" or not _at_opening(text, tokens[position].start)


def _continues_name(text: str, tokens: list[_Token], position: int) -> bool:
    """Whether the token after `position` extends the same capitalised name ('Qatar Investment Authority')."""
    gap = text[tokens[position].end : tokens[position + 1].start]
    following = tokens[position + 1].text
    if not gap and _CAPITAL_ELISION_RE.fullmatch(tokens[position].text):
        return following[:1].isupper()  # "D'Ieteren", "L'Oréal": the elision is glued to the name's word.
    if (
        tokens[position].text.lower() in _INSTITUTION_HEADS | _TRADE_NAME_HEADS
        and tokens[position + 1].text.lower() in _NAME_LINKS
    ):
        # "Government of Canada", "Caisse des Dépôts", "Banque de France": the link word joins the name.
        return position + 2 < len(tokens) and _capitalised(tokens[position + 2].text) and gap == " "
    if tokens[position].text.lower() in _NAME_LINKS and position > 0:
        # "Les Fermes de Loire", "Ateliers du Léman": a trade's plural head joins its place as an institution's.
        return tokens[position - 1].text.lower() in _INSTITUTION_HEADS | _TRADE_NAME_HEADS and _capitalised(
            following
        )
    if gap == ". " and tokens[position].text.lower() in _COUNTRY_INITIALS:
        # "the U.S. Army", "U.K. Ministry of Defence": the country's initials open the institution's name.
        return _capitalised(following) and following.lower() not in _STOP_CAPITALS
    if gap == " " and tokens[position].text.endswith(("'s", "’s")):
        # "Children's Hospital Los Angeles", "King's College London": a possessive opening an institution's name.
        return following in _POSSESSIVE_NAME_HEADS
    if gap == "/" and position > 0 and _SLASHED_INITIALS_RE.fullmatch(f"{tokens[position].text}/{following}"):
        # "Oak HC/FT": initials joined by a slash inside a firm's name are one word of it.
        return _capitalised(tokens[position - 1].text) and text[tokens[position - 1].end] == " "
    if gap not in (" ", " & ", "\u00a0"):
        return False
    if following.endswith("-based"):
        # "Tel Aviv-based AI": the "-based" adjective is not part of a name.
        return False
    if following.isupper() and following.lower() in _LEGAL_SUFFIXES:
        return True  # "Brevanto SA", "Kelvio AG": a legal form in capitals, not the possessive "sa".
    if following in _LOWERCASE_LEGAL_FORMS:
        return True  # "Boréalis Robotique inc.", "Nordik ltée": Quebec writes the legal form in lower case.
    if gap == " " and _NAME_LETTER_RE.fullmatch(following):
        return _letter_ends_name(text, tokens, position)
    return _capitalised(following) and following.lower() not in _STOP_CAPITALS - {"ai", "ia"}


# Initials joined by a slash, as in a firm's name ("Oak HC/FT"); "AI/ML" is a trade, never part of a name.
_SLASHED_INITIALS_RE = re.compile(r"(?!AI/ML\b|ML/AI\b)[A-Z]{2,3}/[A-Z]{2,3}")
# One capital letter or a one- or two-digit number closing a name: "Project A", "Point 72", "Station F".
_NAME_LETTER_RE = re.compile(r"[A-HJ-Z]|[1-9]\d?")
# Words a letter or a number after which labels a stage, a class or a version, never closes a name:
# "Series A", "série B", "Phase 2", "Class A", "Model 3", "Type 2".
_LABEL_WORDS = frozenset(
    {
        "series",
        "serie",
        "série",
        "séries",
        "round",
        "tour",
        "tranche",
        "phase",
        "phases",
        "stage",
        "class",
        "classe",
        "type",
        "tier",
        "level",
        "niveau",
        "model",
        "modèle",
        "version",
        "gen",
        "generation",
        "génération",
        "step",
        "étape",
        "part",
        "partie",
        "chapter",
        "chapitre",
        "article",
        "section",
        "grade",
        "category",
        "catégorie",
        "plan",
        "vitamin",
        "vitamine",
        "hepatitis",
        "hépatite",
        "covid",
        "lot",
        "annexe",
        "appendix",
        "block",
        "bloc",
        "batch",
        "line",
        "ligne",
        "terminal",
        "track",
        "room",
        "salle",
        "hall",
        "gate",
        "porte",
        "page",
        "figure",
        "table",
        "tableau",
        "note",
        "option",
        "scope",
        "top",
        "number",
        "numéro",
        "no",
        "n°",
        "jour",
        "day",
        "week",
        "semaine",
        "year",
        "année",
    }
)
# What may follow a name's closing letter or number: the sentence or clause going on, never a unit, a
# capitalised word ("Zelmora Raises A New Round" is a title's article) or another number.
_AFTER_NAME_LETTER_RE = re.compile(
    r"(?![ \t]*+(?:%|pour\s+cent\b|per\s*cent\b|cent\b|millions?\b|milliards?\b|billions?\b|m\b|md\b|bn\b|k\b|ans?\b|"
    r"years?\b|mois\b|months?\b|jours?\b|days?\b|heures?\b|hours?\b|minutes?\b|fois\b|times?\b|h\b|km\b|"
    r"kg\b|mw\b|gw\b|kwh\b|mwh\b|gwh\b|tonnes?\b|dollars?\b|euros?\b|x\b))"
    r"(?:[ \t]++(?:and|et|&|[a-zà-ÿ][\w'’-]*)\b|\s*+[,.;:)»”\"]|\s*+$)",
    re.IGNORECASE,
)


# Head nouns that, after a known company's name, make the name of another company ("X Labs" is not X):
# none of them names a known company's department or arm.
_ANOTHER_COMPANY_HEADS = frozenset({"labs", "lab", "robotics", "therapeutics"})


# The quotation marks around a quoted name: « « Mistral Forge » a levé », 'The startup "Mistral Forge" raised'.
_OPENING_QUOTE_BEFORE_RE = re.compile(r"[«“\"]\s?$")
_CLOSING_QUOTE_AFTER_RE = re.compile(r"\s?[»”\"]")


# More names of a comma list after one of its inner names: ", Andreessen Horowitz, Accel".
# Each listed name opens on a capital, or is a brand whose capital comes after a lowercase prefix ("eBay").
_LISTED_NAME_WORD = r"(?:[A-ZÀ-Ý]|[a-z]{1,2}[A-Z]|&)[\w&.'’-]*"
_MORE_LISTED_NAMES_RE = re.compile(rf"(?:,\s(?:{_LISTED_NAME_WORD}\s){{0,3}}{_LISTED_NAME_WORD}){{0,6}}")


def _inner_item_of_listed_subjects(after: str) -> bool:
    """Whether the words after a name go on with more listed names, then "and/et" a last one and the list's
    deal verb: the name is one more subject of that verb, however long the list."""
    listed = _MORE_LISTED_NAMES_RE.match(after)
    if listed is None:
        return False
    rest = after[listed.end() :]
    joined = _AND_NAME_AFTER_RE.match(rest)
    return bool(joined and _DEAL_VERB_AFTER_RE.match(rest[joined.end() - 1 :]))


def _unquoted_surroundings(text: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after a name running from `start` to `end` (80 characters each), past the quotation
    marks around it when it is quoted alone: a quoted name is read by the words around its quotes, as if
    unquoted (« La start-up « Mistral Forge » a levé »)."""
    before = text[max(0, start - 80) : start]
    after = text[end : end + 80]
    opening = _OPENING_QUOTE_BEFORE_RE.search(before)
    closing = _CLOSING_QUOTE_AFTER_RE.match(after)
    if opening and closing:
        return before[: opening.start()], after[closing.end() :]
    return before, after


def _unknown_name_word(word: str, kb: Knowledge) -> bool:
    """Whether `word` may be a word of a company's own name: capitalised, no initials ("CEO"), no word that
    stops a name, no legal form, arm or division head, and nothing the knowledge file knows on its own."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and word.lower() not in _STOP_CAPITALS
        and word.lower().rstrip(".") not in _LEGAL_SUFFIXES
        and word not in _DISTINCT_ARM_WORDS
        and word.lower() not in _DIVISION_HEADS | _GROUP_WORDS
        and word not in kb.by_spelling
        and word not in kb.by_product
        and not _is_nationality(word, kb)
    )


def _makes_another_name(text: str, tokens: list[_Token], position: int) -> bool:
    """Whether the token at `position`, right after a known name (a space apart, perhaps with the marks
    of a tag: "[red]X[/] Labs"), is a head noun that makes that name another company's."""
    if position >= len(tokens) or position == 0:
        return False
    word, before = tokens[position], tokens[position - 1]
    gap = text[before.end : word.start].replace(FILLER, "")
    return gap == " " and word.text[:1].isupper() and word.text.lower() in _ANOTHER_COMPANY_HEADS


def _letter_ends_name(text: str, tokens: list[_Token], position: int) -> bool:
    """Whether the capital letter or small number after the capitalised word at `position` is the last word of
    its name ("Project A", "Point 72"): not after a stage or class label ("Series A", "Phase 2"), a number or a
    currency, and followed by the sentence going on, not by a unit ("Top 10 %") or a capitalised word."""
    word = tokens[position].text
    if not _capitalised(word) or word.lower() in _LABEL_WORDS or word.lower() in _STOP_CAPITALS:
        return False
    if word.isupper() and len(word) <= 3:
        return False  # "USD 5", "CHF 20", "EUR 3": a currency code before its amount.
    following = tokens[position + 1]
    if following.text.isdigit() and text[following.end : following.end + 1] in (",", ".", "/", "-", ":"):
        if re.match(r"[,.:/-]\d", text[following.end : following.end + 2]):
            return False  # "Zelmora 2,5 millions", "Vendredi 12/05": a number going on.
    return _AFTER_NAME_LETTER_RE.match(text, following.end) is not None


# Institutions whose name opens with a possessive ("Children's Hospital", "King's College").
_POSSESSIVE_NAME_HEADS = frozenset({"Hospital", "College"})


# Legal forms written in lower case after a name; none of them is also a word of English or French prose.
_LOWERCASE_LEGAL_FORMS = frozenset({"inc", "ltée", "ltd", "llc", "plc", "gmbh"})


# French administrations write their head noun in lower case before the capitalised part of their name:
# "le ministère des Armées", "l'académie de Lyon", "la région Pays de la Loire". ("la région de Lyon" is an
# area, not the regional council, which is named without "de".)
_LOWERCASE_HEAD_BEFORE_RE = re.compile(
    r"\b(?:ministère\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])|académie\s+(?:de|d['’])|région)\s*$"
)
_LINK_RE = re.compile(r"\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*")
_PORTFOLIO_LINK_RE = re.compile(r"(?:,\s*|\s+et\s+|\s+)(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*")


def _lowercase_head(text: str, tokens, taken, first: int, last: int) -> tuple[int, int] | None:
    """(start, last token) of a French institution whose lower-case head noun precedes the capitalised run
    `first`..`last`; the name goes on through "de la Loire"-like links to further capitalised words."""
    head = _LOWERCASE_HEAD_BEFORE_RE.search(text, max(0, tokens[first].start - 40), tokens[first].start)
    if head is None:
        return None
    # A ministry's portfolios listed in its name: "ministère de l'Économie, de l'Innovation et de l'Énergie".
    # The list is the name's only when it closes on "et de…"; a lone ", de…" is another phrase.
    listed = head.group().startswith("ministère")
    closed = last
    while last + 1 < len(tokens) and not taken[last + 1]:
        link = (_PORTFOLIO_LINK_RE if listed else _LINK_RE).match(text, tokens[last].end)
        if link is None:
            break
        following = next((i for i in range(last + 1, len(tokens)) if tokens[i].start >= link.end()), None)
        if following is None or tokens[following].start != link.end():
            break
        if not _capitalised(tokens[following].text) or any(taken[last + 1 : following + 1]):
            break
        last = following
        if not link.group().lstrip().startswith(","):
            closed = last
    adjective = last + 1
    if (
        closed == last
        and adjective < len(tokens)
        and not taken[adjective]
        and text[tokens[last].end : tokens[adjective].start] == " "
        and _FR_ADJECTIVE_RE.fullmatch(tokens[adjective].text)
        and tokens[adjective].text not in _FR_ADJECTIVE_LIKE_VERBS
    ):
        # "le ministère de l'Éducation nationale", "la direction de l'Aviation civile": the lower-case
        # adjective after the capitalised noun is the name's.
        last = closed = adjective
    return head.start(), closed if listed else last


# French institutions capitalise only their head noun: "Agence de l'innovation de défense", "Confédération
# suisse", "Commissariat à l'énergie atomique", "CHU de Lille". The head alone is never the party.
_FR_INSTITUTION_HEADS = frozenset(
    (
        "agence organisation commissariat direction confédération chantiers clinique cliniques chu centre "
        "institut office autorité établissement commission conseil société fédération fondation hôpital "
        "hôpitaux observatoire école union fonds caisse groupement régie compagnie laboratoire"
    ).split()
)
# A link then the noun it brings ("de défense", "à l'énergie", "pour la recherche", "et aux énergies").
_FR_TAIL_LINK_RE = re.compile(
    r"\s+(?:(?:et\s+)?(?:de\s+la|de\s+l['’]|des|du|de|d['’]|à\s+la|à\s+l['’]|aux|pour\s+la|pour\s+le|pour\s+les)|et(?=\s+[a-zà-ÿ]))"
    r"\s*(?=[\wÀ-ÿ])"
)
# Lower-case words read as adjectives by their ending ("spatiale", "atomique", "universitaires",
# "européenne", "interministérielle", "financière"); endings past participles and verbs share are left out.
_FR_ADJECTIVE_RE = re.compile(
    r"[a-zà-ÿ-]+(?:ale|aux|al|ique|aire|elle|el|ienne|éenne|ière|ier|ive|if|ais|aise|oise|isse|ge)s?"
)
# Verbs with an adjective's ending: "L'Agence spatiale européenne indique…" stops before the verb.
_FR_ADJECTIVE_LIKE_VERBS = frozenset(
    (
        "indique explique communique fabrique applique implique revendique signale éclaire appelle rappelle "
        "arrive active suive vise mise change engage range partage dirige exige juge protège gère accélère "
        "opère considère"
    ).split()
)


def _french_institution_tail(text: str, tokens, taken, head: int) -> tuple[int, int] | None:
    """(start, last token) of a French institution whose capitalised head noun (`head`) goes on in lower
    case: adjectives, and links with their noun; None when the head is not one or nothing follows it."""
    if tokens[head].text.lower() not in _FR_INSTITUTION_HEADS:
        return None
    last = head
    while last + 1 < len(tokens) and not taken[last + 1]:
        nxt = tokens[last + 1]
        link = _FR_TAIL_LINK_RE.match(text, tokens[last].end)
        if link is not None:
            following = next((i for i in range(last + 1, len(tokens)) if tokens[i].start >= link.end()), None)
            if following is None or tokens[following].start != link.end():
                break
            if any(taken[last + 1 : following + 1]):
                break
            word = tokens[following].text.split("'")[-1].split("’")[-1]
            if not (word.isalpha() and word.lower() not in _FR_ADJECTIVE_LIKE_VERBS):
                break
            last = following
        elif text[tokens[last].end : nxt.start] == " " and (
            (_FR_ADJECTIVE_RE.fullmatch(nxt.text) and nxt.text not in _FR_ADJECTIVE_LIKE_VERBS)
            or (_capitalised(nxt.text) and nxt.text.lower() not in _STOP_CAPITALS)
        ):
            last += 1
        else:
            break
    acronym = _ACRONYM_RE.match(text, tokens[last].end)
    close = _token_at(tokens, acronym.start("acronym")) if acronym else None
    if (
        close is not None
        and EntityReader._acronym_phrase(text, tokens, close, acronym.group("acronym")) is not None
    ):
        return None  # Its acronym spells it: the name is read with the acronym as its alias.
    return (tokens[head].start, last) if last > head else None


def _named_arm_after(text: str, tokens: list[_Token], position: int) -> bool:
    """Whether a capitalised word then an arm word ("Catalyst Fund", "Corporate Ventures") follow."""
    if position + 1 >= len(tokens):
        return False
    # "Amazon Industrial Innovation Fund": up to three capitalised words before the arm word.
    for span in (1, 2, 3):
        if position + span >= len(tokens):
            return False
        arm = tokens[position + span]
        if arm.text not in _DISTINCT_ARM_WORDS:  # first: it is rarely true, and this runs for every word
            continue
        words = tokens[position - 1 : position + span + 1]
        return all(
            text[left.end : right.start] == " " for left, right in zip(words, words[1:], strict=False)
        ) and all(
            _capitalised(word.text) and word.text.lower() not in _STOP_CAPITALS
            for word in tokens[position : position + span]
        )
    return False


def _product_names_fund(text: str, tokens: list[_Token], position: int) -> bool:
    """Whether a fund word follows the known product at `position`, one space away: "Alexa Fund" is the fund
    Amazon named after its product, an investor of its own (the product alone is never read as a name)."""
    if position + 1 >= len(tokens) or text[tokens[position].end : tokens[position + 1].start] != " ":
        return False
    return tokens[position + 1].text in _PRODUCT_FUND_WORDS


# Trades that close a group's division's name: "Safran Aircraft Engines", "Bosch Building Technologies".
_DIVISION_HEADS = frozenset(
    {
        "engines",
        "systems",
        "technologies",
        "solutions",
        "networks",
        "semiconductors",
        "industries",
        "dynamics",
        "logistics",
        "payments",
        "pharmaceuticals",
        "materials",
        "analytics",
    }
)


def _division_after(text: str, tokens: list[_Token], position: int) -> int:
    """How many tokens a division's own words take right after a known group's name: two or three capitalised
    words, one space apart, the last a trade ("Safran Aircraft Engines"), closing the capitalised run. 0 when
    none follow."""
    for span in (2, 3):
        if position + span > len(tokens):
            return 0
        words = tokens[position - 1 : position + span]
        following = tokens[position + span] if position + span < len(tokens) else None
        if not all(
            text[left.end : right.start] == " " for left, right in zip(words, words[1:], strict=False)
        ):
            return 0
        if not all(_capitalised(word.text) and word.text.lower() not in _STOP_CAPITALS for word in words[1:]):
            return 0
        if words[-1].text.lower() in _DIVISION_HEADS:
            if (
                following is not None
                and following.text[:1].isupper()
                and text[words[-1].end : following.start] == " "
            ):
                return 0
            return span
    return 0


_GROUP_WORDS = frozenset({"group", "groupe", "holding", "holdings"})


def _fuller_spelling(name: str, surface: str) -> bool:
    """Whether `surface` is the known `name` followed by more words of its own, none of them a legal form:
    "Salesforce Ventures", "Coatue Management" (not "Intuit Inc.", whose name is "Intuit"). A group's
    fund named without its number ("SoftBank Vision Fund") stays the group's: "Vision Fund 2" is one vehicle."""
    if not surface.startswith(name + " "):
        return False
    rest = surface[len(name) :].split()
    if rest[-1] in _FUND_HEADS or all(word.lower() in _GROUP_WORDS for word in rest):
        return False  # "SoftBank Group": the group word tells no other party.
    return not any(word.lower().rstrip(".,") in _LEGAL_SUFFIXES or word == "&" for word in rest)


def _inside(position: int, spans) -> bool:
    return any(start <= position < end for start, end in spans)


def _token_at(tokens: list[_Token], position: int) -> int | None:
    for index, token in enumerate(tokens):
        if token.start <= position < token.end:
            return index
    return None


def _is_nationality(word: str, kb: Knowledge) -> bool:
    return word in kb.nationalities or word.lower() in kb.nationalities


_CLAUSE_BREAK_RE = re.compile(r"[,;:()]")


def _is_en_modifier(word: str, taken: bool) -> bool:
    """Words that may stand between 'the' and an English head noun ('the San Francisco-based AI startup')."""
    return not taken and word.lower() not in _MODIFIER_STOPS and not word[0].isdigit()


def _name_after(tokens, position, taken, local) -> str | None:
    """The organisation named right after a descriptor ('the French startup Mistral')."""
    if position < len(tokens) and taken[position]:
        for mention in local:
            if mention.start <= tokens[position].start < mention.end or mention.surface.startswith(
                tokens[position].text
            ):
                return mention.name
    return None


_APOSTROPHES = "'’"
# The last word of a phrase that does not end there: a preposition, an article, a conjunction or a relative.
_DANGLING_END_RE = re.compile(
    r"(?:\s|^)(?:de|du|des|of|from|à|au|aux|the|a|an|and|et|le|la|les|un|une|with|avec|by|par|pour|for|in|"
    r"en|which|that|qui|que|dont)$|\b[dlq]u?['’]$",
    re.IGNORECASE,
)


class _Partial(str):
    """A description whose complement runs on past where it can be read whole."""


# The complement a description's head takes ("maker of picking robots for warehouses", "studio behind
# a puzzle hit"), up to the comma, semicolon, dash, bracket or full stop that ends the apposition.
_COMPLEMENT_START = (
    r"\s+(?:of|for|behind|in|with|specialising in|specializing in|focused on|known for"
    r"|pour|de|des|du|dans|avec|spécialisée?s? dans|connue? pour)\b|\s+d['’]"
)
_COMPLEMENT_RE = re.compile(
    rf"(?:{_COMPLEMENT_START})"
    # A comma or point between digits ("2,300 carriers") is part of a number, not the apposition's end.
    r"(?P<rest>(?:[^,;:()\[\]–—.]|(?<=\d)[,.](?=\d))*?)(?=\s*(?:[,.](?!\d)|[;:()\[\]–—]|\s-\s|$))"
)
_MAX_COMPLEMENT_WORDS = 12


def _whole_description(text: str, words: str, head_end: int) -> str:
    """`words` ("German maker") with the complement that follows its head in `text` ("German maker of
    autonomous picking robots for warehouses"): the whole description, never a fragment of it. With no
    complement, `words` as they are; with one that does not end where an apposition ends (or runs past
    `_MAX_COMPLEMENT_WORDS` words), a `_Partial` whose words are not kept as a description."""
    if not re.match(_COMPLEMENT_START, text[head_end:]):
        return words
    complement = _COMPLEMENT_RE.match(text, head_end)
    if complement is None or len(complement.group(0).split()) > _MAX_COMPLEMENT_WORDS:
        return _Partial(words)
    return words + complement.group(0)


# What a buyer buys: "to buy a majority stake in Y", "acquire Y", "l'acquisition de Y".
_BOUGHT_BEFORE_RE = re.compile(
    r"(?:\b(?:stake|interest|participation)\s+in|\b(?:buy|buying|acquire|acquiring|purchase of|acquisition of)|"
    r"\b(?:rachat|acquisition)\s+(?:de|d['’]))\s*$",
    re.IGNORECASE,
)


def _unique_names(names) -> list[str]:
    """`names` in order, each once."""
    return list(dict.fromkeys(names))


# The end of a name's apposition up to a description's first word: "NVentures, " or "NVentures, Nvidia's " (the
# owner's possessive), maybe with an article. Anchored at the end, after a comma: no backtracking to speak of.
_APPOSITION_LEAD_RE = re.compile(r",\s*+(?:(?:the|a|an)\s++)?(?:[A-Z][\w&.-]{0,40}+['’]s\s++)?$")


def _apposed_to_name_before(sentence: Sentence, start: int, local) -> bool:
    """Whether the description starting at `start` (in the sentence) is set off by a comma right after a name
    ("NVentures, Nvidia's venture fund, …"), so it describes that name, not the one after it."""
    lead = _APPOSITION_LEAD_RE.search(sentence.text, 0, start)
    if lead is None:
        return False
    return any(m.name and m.end - sentence.start == lead.start() for m in local)


def _apposed_name(sentence: Sentence, tokens, first: int, local) -> str | None:
    """'Helix, a Paris-based startup': the name just before ', a …'."""
    before = sentence.text[: tokens[first].start]
    match = re.search(r"(?:,|\s[-–—])\s+(?:a|an|la|une|le|un|l['’])\s*$", before)
    if not match:
        return None
    for mention in reversed(local):
        if mention.name and 0 <= match.start() - (mention.end - sentence.start) <= 20:
            return mention.name
    return None


def _place_in(text: str, kb: Knowledge) -> tuple[str | None, str | None]:
    """(country, city) a description states: 'américain' -> US, 'de Redmond' -> (US, Redmond)."""
    for city, country in kb.cities.items():
        if re.search(rf"\b{re.escape(city)}\b", text):
            return country, city
    for word in re.findall(r"[\w.-]+", text):
        code = kb.nationalities.get(word) or kb.nationalities.get(word.lower())
        if code:
            return code, None
        if word.endswith("-based") and word[:-6] in kb.cities:
            return kb.cities[word[:-6]], word[:-6]
    return None, None


def _city_of_demonym(text: str, kb: Knowledge) -> str | None:
    """The city a description's adjective names ("la start-up zurichoise" -> Zurich), else None."""
    for word in re.findall(r"[\w-]+", text):
        city = kb.city_demonyms.get(word.lower())
        if city:
            return city
    return None


_SECTORS = (
    (
        r"IA générative|intelligence artificielle \(IA\) générative|generative AI|intelligence artificielle générative",
        "generative AI",
    ),
    (r"puces|chips?|chipmaker|semi-?conducteurs?|semiconductors?", "chips"),
    (r"cloud|informatique à distance", "cloud"),
    (r"commerce en ligne|e-commerce|online retail", "e-commerce"),
    (r"intelligence artificielle|\bIA\b|\bAI\b|artificial intelligence", "AI"),
    (r"robotique|robotics", "robotics"),
    (r"carmaker|automaker|constructeur automobile|équipementier automobile", "automotive"),
    (r"drugmaker|laboratoire pharmaceutique|pharmaceutical", "pharma"),
    (r"énergéticien|pétrolier|energy group|energy company", "energy"),
    (r"défense|defen[cs]e", "defence"),
)


# A relative clause saying what the company makes, right after its apposition ("une start-up lyonnaise qui
# développe un assistant d'IA pour les médecins"): what it makes, to the clause's end.
_TRADE_RELATIVE_RE = re.compile(
    r"[^,.;()]{0,40}?\bqui\s+(?:développe|conçoit|édite|fabrique|produit|commercialise)\s+(?P<what>[^,.;()]{3,200})",
    re.IGNORECASE,
)
# Whom the product serves, which names the trade before its technology ("des agents d'IA pour les directions
# financières" is finance, though AI): the customers after "pour/destiné(e)s à" and the trade they make.
_SERVED_TRADES = (
    (r"médecins?|hôpita\w*|patients?|soignants?|santé|cliniques?|urgentistes", "health"),
    (r"financ\w*|banques?|bancaires?|comptab\w*|gestion de fortune|assureurs?", "finance"),
    (r"avocats?|juristes?|cabinets d['’]avocats|juridiques?", "legal"),
)
_SERVED_RE = re.compile(r"\b(?:pour|destinée?s?\s+(?:à|aux?))\s+(?P<served>[^,.;]{2,80})", re.IGNORECASE)


def _served_trade(what: str) -> str | None:
    """The trade of the customers a product is for ("pour les médecins urgentistes" -> 'health'), or None."""
    served = _SERVED_RE.search(what)
    if served is None:
        return None
    for pattern, trade in _SERVED_TRADES:
        if re.search(rf"\b(?:{pattern})\b", served.group("served"), re.IGNORECASE):
            return trade
    return None


def _sector_in(text: str) -> str | None:
    """A coarse sector from a description ('spécialiste des puces' -> 'chips')."""
    for pattern, sector in _SECTORS:
        if re.search(pattern, text, re.IGNORECASE):
            return sector
    return None


def _has_constraint(text: str, kb: Knowledge) -> bool:
    country, city = _place_in(text, kb)
    return bool(country or city or _sector_in(text))


_PRONOUN_OPENING_RE = re.compile(r"\s*(?:Elle|Elles|Il|Ils|It|They|She|He)\s")
_HEAD_WORD_RE = re.compile(rf"\b({_ORG_HEADS_FR}|{_ORG_HEADS_EN})s?\b", re.IGNORECASE)


def _without_descriptor(text: str) -> str:
    """`text` without a trailing descriptor ('par la banque ' -> 'par ')."""
    tail = _DESCRIPTOR_TAIL_RE.search(text[-90:])
    return text[: len(text) - len(tail.group())] if tail else text


def _investor_by_form(text: str, start: int, name: str) -> str | None:
    """'investor' for a new name that reads as one: 'Axeleo Capital', 'Kima Ventures', or first met in an
    investor list ('auprès d'Axeleo', 'led by Serena'). "The startup" then never designates it."""
    if name.split()[-1].lower() in _INVESTOR_SUFFIXES or _INVESTOR_LIST_BEFORE_RE.search(
        text[max(0, start - 40) : start]
    ):
        return "investor"
    return None


# A name a rival noun governs: "a rival of Mistral AI", « concurrente directe de Poolside », « rivale de X »: a
# company, and a relative clause right after it tells that rival's own deal.
RIVAL_OF_BEFORE_RE = re.compile(
    r"\b(?:rivals?|competitors?|challengers?|concurrente?s?|rivale?s?)(?:\s+[a-zà-ÿ-]+)?\s+(?:of|de|du|d['’])\s*$",
    re.IGNORECASE,
)
# A company presented as a rival: "Rival X", "Its closest competitor, Bogotá-based X,", "son concurrent X".
_RIVAL_BEFORE_RE = re.compile(
    r"\b(?:rivals?|competitors?|concurrents?|compétiteurs?|challengers?)\b,?(?:\s+(?-i:[a-z])[\w-]*|\s+(?-i:[A-Z])"
    r"[\w.–-]*-based){0,3}\s*$",
    re.IGNORECASE,
)
# Rivals a colon introduces, then named one clause after another: "as rivals race for capital: New York-based X
# raised $300 million, while Berlin's Y secured $45 million" (each name after the colon is one of those rivals).
_RIVALS_COLON_BEFORE_RE = re.compile(
    r"\b(?:rivals|competitors|concurrents|compétiteurs|challengers)\b[^.;:]{0,60}:\s", re.IGNORECASE
)
_RIVAL_AFTER_RE = re.compile(
    r",\s+(?:a|an|its|one of its|another|l['’]un de ses|un|son|sa)\s+(?:[\w-]+\s+){0,2}(?:rival|competitor|concurrent)",
    re.IGNORECASE,
)


# French firms named after their trade, then a family or place name: "les Ateliers Dumont", "les
# Établissements Morel", "Chantiers Piriou", "Laboratoires Théa", "Brasserie Meteor".
_TRADE_NAME_HEADS = frozenset(
    {
        "ateliers",
        "atelier",
        "établissements",
        "etablissements",
        "ets",
        "laboratoires",
        "chantiers",
        "forges",
        "fonderies",
        "fonderie",
        "brasseries",
        "brasserie",
        "papeteries",
        "verreries",
        "transports",
        "éditions",
        "editions",
        "tanneries",
        "filatures",
        "distilleries",
        "vignobles",
        "fermes",
        "jardins",
        "domaines",
        "moulins",
        "vergers",
        "laiteries",
        "fromageries",
        "conserveries",
        "biscuiteries",
        "salaisons",
    }
)


def presented_as_rival(text: str, begin: int, end: int) -> bool:
    """Whether the name at `begin`-`end` of `text` is presented as a rival of the story's company ("Rival X",
    "Its closest competitor, Bogotá-based X,", "X, a rival of…", "son concurrent X", "rivals race: X…")."""
    return bool(
        _RIVAL_BEFORE_RE.search(text, max(0, begin - 50), begin)
        or _RIVAL_AFTER_RE.match(text, end)
        or _RIVALS_COLON_BEFORE_RE.search(text, 0, begin)
    )


def _opens_on(sentence: Sentence, local: list[Mention], name: str) -> bool:
    """Whether the sentence's first mention is `name` and nothing but a short modifier stands before it
    ("Kestova, a Paris-based…", "Paris-based Kestova raised…", "La start-up lyonnaise Kestova lève…")."""
    first = next((m for m in local if m.name), None)
    if first is None or first.name != name:
        return False
    before = sentence.text[: first.start - sentence.start]
    if len(before.split()) > 4 or _NOT_LEDE_BEFORE_RE.search(before) or not re.search(r"\d", sentence.text):
        return (
            False  # A lede tells a deal with its figures; "Rivals include X", "Existing investors X" do not.
        )
    if _JOINED_NAME_AFTER_RE.match(sentence.text, first.end - sentence.start):
        return False  # "Chipmaker Nvidia and Temasek also took part": backers listed, no company presented.
    # Presented as a story's company is: a descriptor before it or an apposition after it; or the subject of
    # the deal the paragraph opens on ("Tokiro said it raised $50 million", "Ondalis a levé 8 M€").
    if before.strip() and (_ORG_HEAD_WORD_RE.search(before) or "-based" in before):
        return True
    if _LEDE_VERB_AFTER_RE.match(sentence.text, first.end - sentence.start):
        return True
    apposition = _LEDE_APPOSITION_RE.match(sentence.text, first.end - sentence.start)
    if apposition is None or _ORG_HEAD_WORD_RE.search(apposition.group()) is None:
        return False
    # "Separately, the company has…": a clause about another company, no apposition presenting the name.
    return not any(
        m.name != name and apposition.start() <= m.start - sentence.start < apposition.end() for m in local
    )


_NOT_LEDE_BEFORE_RE = re.compile(
    r"\b(?:rivals?|competitors?|concurrents?|investors?|investisseurs?|backers?|actionnaires?|shareholders?|"
    r"existing|new|include|including|parmi|dont|research|analyst|cabinet|selon|according)\b",
    re.IGNORECASE,
)
_LEDE_VERB_AFTER_RE = re.compile(
    r"(?:\s++(?:said|says|announced|has|have|had|just|a|annonce|a\s++annoncé)(?:\s++(?:on\s++\w+|it|that|qu['’]elle))*)?"
    r"\s++(?:raised|raises|has\s++raised|secured|closed|landed|agreed\s++to\s++(?:buy|acquire)|acquired|acquires|"
    r"bought|is\s++buying|(?:will|to)\s++(?:buy|acquire|raise)|lève|a\s++levé|boucle|a\s++bouclé|rachète|"
    r"a\s++racheté|acquiert|a\s++acquis|vient\s++de\s++(?:lever|boucler|racheter))\b"
    # "The central bank raised its key rate": no deal.
    r"(?!\s++(?:its|their|his|her|rates?|prices?|interest)\b)",
    re.IGNORECASE,
)
_JOINED_NAME_AFTER_RE = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:\s*,\s*|\s+(?:and|et|&)\s+(?:[a-z-]+\s+){0,3})(?!(?:The|Le|La|Les|A|An|Une?)\s)[A-Z]"
)
# The apposition presenting a story's company after its name: ", a Paris-based robotics startup,",
# ", une PME lyonnaise spécialisée…,".
_LEDE_APPOSITION_RE = re.compile(r"\s*,\s+(?:an?|the|une?|la|le|l['’])\s*[^,;.()]{0,80},", re.IGNORECASE)


def _may_be(info: OrgInfo, country, city, sector, is_startup: bool, is_fund: bool) -> bool:
    """Whether what the article knows of `info` does not contradict a description (unknown agrees)."""
    if city and info.city not in (None, city):
        return False
    if country and info.country not in (None, country):
        return False
    if sector and info.sector and sector not in info.sector:
        return False
    if is_startup and info.kind not in ("startup", None):
        return False
    return info.kind == "investor" if is_fund else info.kind != "investor"


_STARTUP_HEAD_RE = re.compile(r"start-?up|pousse|pépite|licorne|unicorn", re.IGNORECASE)


_STARTUP_WORDS_RE = re.compile(
    r"start-?up|jeunes? pousses?|pépite|licorne|unicorn|jeunes? (?:entreprise|société)s?|young (?:company|firm)|"
    # "la fintech zurichoise", "the biotech": a sector's "-tech" noun names a young company, not a bank or a group.
    r"\b(?:fin|bio|med|deep|health|ed|insur|legal|food|clean|prop)techs?\b",
    re.I,
)


def _is_startup_words(text: str) -> bool:
    """Whether a description says start-up: "la jeune pousse", "the young company"."""
    return _STARTUP_WORDS_RE.search(text) is not None


# A capitalised name a few lowercase words after a description: the description is apposed to it.
_NAME_AFTER_DESCRIPTION_RE = re.compile(r"(?:\s+(?-i:[a-zà-ÿ'’-]+)){0,4}\s+(?-i:[A-Z])")
# A preposition right before a reference: what it governs is an object of the clause.
_PREPOSITION_BEFORE_REFERENCE_RE = re.compile(
    r"\b(?:dans|avec|chez|auprès|into|in|with|from)\s*$", re.IGNORECASE
)


# Heads that name a company making or selling things, never a fund: "cette PME", "l'industriel", "the maker".
_OPERATING_HEADS = frozenset(
    "pme eti industriel sous-traitant fabricant manufacturier équipementier maker manufacturer".split()
)


def _head_word(words: str) -> str | None:
    """The head noun of a description ('Le groupe de services informatiques' -> 'groupe')."""
    match = _HEAD_WORD_RE.search(words)
    return match.group(1).lower() if match else None


# A preposition and an article right before a name ("aux côtés de la Banque X", "spun out of the University of
# Y"): the preposition governs the name.
_PREPOSITION_ARTICLE_BEFORE_RE = re.compile(
    r"(?:^|[\s'’])(?:de|à|avec|dans|par|pour|sur|chez|entre|auprès\s+de|of|in|into|from|with|by|for|to|at|on|"
    r"through)\s+(?:(?:la|le|les|the)\s*|l['’])$",
    re.IGNORECASE,
)
# Whom a speaker tells something, an outlet or an audience, is never a party of the story: "Whitfield told
# VentureBeat", "Kamau told TechCabal", "a-t-il confié au Temps". Both readers of it are defined here: the
# subject rule skips a name right after any English form of the verb (`_TOLD_WORDS`); the fact builder's
# `_addressee` looks back (`TOLD_BEFORE_RE`) for a named speaker's "told" or a French reported-speech verb,
# an article allowed before the outlet.
_TOLD_WORDS = frozenset({"told", "tells", "telling", "tell"})
TOLD_BEFORE_RE = re.compile(
    r"(?:\b[A-Z][\w'’-]+\s+told|\b(?:a-t-(?:il|elle)|a|ont)\s+(?:confié|déclaré|indiqué|expliqué|précisé)\s+(?:à|au|aux))"
    r"\s+(?:(?:the|le|la|l['’])\s*)?$"
)


def _subject(sentence: Sentence, mentions: list[Mention]) -> str | None:
    """The sentence's grammatical subject: its first organisation not governed by a preposition. A sentence
    opening on a pronoun ("Elle exploite 18 000 puces Nvidia") keeps the previous subject: None."""
    if _PRONOUN_OPENING_RE.match(sentence.text):
        return None
    governed_end = None  # where the last name a preposition governs ends
    for mention in mentions:
        if mention.in_quote or mention.name is None or mention.possessive:
            continue
        before = sentence.text[: mention.start - sentence.start].rstrip()
        last_word = re.search(r"([\w'’]+)$", before)
        if (
            before.endswith("(")
            or (last_word and last_word.group(1).lower() in _PREPOSITIONS)
            or _PREPOSITION_ARTICLE_BEFORE_RE.search(before[-30:])
            or _GOVERNED_DESCRIPTOR_RE.search(before[-120:] + " ")
            # "led by Balderton, with LocalGlobe and Ahren Capital also investing": a name joined to one
            # the preposition governs is governed too, never the clause's subject.
            or (
                governed_end is not None
                and _COORDINATED_GAP_RE.fullmatch(
                    sentence.text[governed_end : mention.start - sentence.start]
                )
            )
        ):
            governed_end = mention.end - sentence.start
            continue  # "aux côtés du fonds singapourien Temasek": the preposition governs the name.
        if last_word and last_word.group(1).lower().endswith(("'", "’")):
            continue
        if last_word and last_word.group(1).lower() in _TOLD_WORDS:
            continue  # "Whitfield told VentureBeat": the outlet spoken to is no subject of the story.
        if _EXAMPLES_BEFORE_RE.search(before[-140:]):
            continue  # "900 entreprises clientes, parmi lesquelles Decathlon": an example, not the subject.
        if _COUNTED_BRAND_BEFORE_RE.search(before[-40:]):
            continue  # "vendus dans 300 magasins Decathlon": the brand of things counted, not the subject.
        return mention.name
    return None


# A count and a plural noun right before a name: "dans 300 magasins Decathlon", "2,000 Airbus engineers".
_COUNTED_BRAND_BEFORE_RE = re.compile(
    r"\d\s+(?!(?:mars|ans|years|days|jours|mois|months)\b)[a-zà-ÿ][\w-]{2,}[sx]$", re.IGNORECASE
)
# Between two names of one list: "A and the London firm C", "A et le fonds C" (a bare comma may rather end
# a fronted phrase: "Deux ans après un tour mené par A, Noxalis passe…").
_COORDINATED_GAP_RE = re.compile(
    r",?\s*(?:and|et|&|as\s+well\s+as|ainsi\s+que)\s+(?:(?:the|le|la|les|l['’])\s*)?"
    r"(?:[\w'’-]+\s+){0,3}?",
    re.IGNORECASE,
)
_AMONG_ITS_RE = re.compile(
    r"\b(?:figur\w*|sont|est|font\s+partie|fait\s+partie|is|are|was|were|ranks?)\s+(?:parmi|among|d[e'’])\s*"
    r"(?:ses|leurs|its|their)\s+(?:[\w-]+\s+){0,2}?(?:clients?|customers?|partenaires|partners|utilisateurs|"
    r"users|actionnaires|shareholders|investisseurs|investors|backers|fournisseurs|suppliers)\b",
    re.IGNORECASE,
)
# Words that open a list of examples: the names after them illustrate a noun, they are not its subject.
_EXAMPLES_BEFORE_RE = re.compile(
    r"\b(?:parmi\s+(?:lesquel(?:le)?s|eux|elles)|including|such\s+as|notamment|tel(?:le)?s?\s+que)"
    # … and the names that continue the list ("parmi lesquelles Decathlon et Accor").
    r"(?:\s[^.;:]{0,80}?(?:,|\bet|\band))?(?:\s+(?:le|la|les|l['’]|the))?\s*$",
    re.IGNORECASE,
)


# A company's founders, named by their company: "les fondateurs de Kodaline", "the founders of Kodaline",
# "Kodaline's co-founders", "Kodaline founders".
_FOUNDERS_OF_BEFORE_RE = re.compile(
    r"\b(?:(?:co-?)?fondat(?:eurs|rices)|(?:co-?)?founders)\s+(?:de\s+|d['’]|of\s+)$", re.IGNORECASE
)
_FOUNDERS_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:co-?)?founders\b", re.IGNORECASE)


def _company_of_founders(sentence: Sentence, mentions: list[Mention]) -> str | None:
    """The organisation whose founders the sentence names ("les fondateurs de Kodaline", "Kodaline's founders")."""
    for mention in mentions:
        if not mention.name or mention.in_quote:
            continue
        begin, end = mention.start - sentence.start, mention.end - sentence.start
        # "les fondateurs de la start-up lyonnaise Kodaline": a descriptor may come between.
        before = _without_descriptor(sentence.text[max(0, begin - 120) : begin])
        if _FOUNDERS_OF_BEFORE_RE.search(before[-40:]) or _FOUNDERS_AFTER_RE.match(sentence.text, end):
            return mention.name
    return None


def _presented(sentence: Sentence, mentions: list[Mention]) -> str | None:
    """The first organisation the sentence introduces with an apposition ("de Sillon, start-up rennaise")."""
    for mention in mentions:
        if (
            mention.name
            and not mention.in_quote
            and _PRESENTING_APPOSITION_RE.match(
                sentence.text[mention.end - sentence.start : mention.end - sentence.start + 120]
            )
        ):
            return mention.name
    return None


def subject_of(sentence: Sentence, mentions: list[Mention]) -> str | None:
    """Public form of the subject rule, for the fact builder."""
    return _subject(sentence, mentions)
