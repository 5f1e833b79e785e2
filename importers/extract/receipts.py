"""Funding a company is told to receive: "Zorglab will receive $30 million in two tranches", "will receive $30
million in funding from Accel", « Zorglab recevra 30 millions d'euros en deux tranches », « … de la part de
Bpifrance ».

"Receive" is no raising verb on its own: a company receives the price of a stake it sells, royalties, fees, a
grant (read by the grant rules), and shareholders receive $12 a share. It tells a raise only when the words right
after the sum say the money is funding: paid in tranches, "in funding/investment/financing", "from investors",
« de financement », « de la part de » a backer, or when the name it comes from is an investor's ("will receive $30
million from Accel"; not a company that may be paying as a customer, nor a public body). Its status follows the tense as a raise's does ("will receive" is
announced, as "will raise" is).
"""

from __future__ import annotations

import re

# The verb of receiving, in any tense ("will receive", "received", « recevra », « a reçu », « va recevoir »).
RECEIVE_VERB = (
    r"(?:receive[sd]?|receiving|recevr(?:a|ont|ait|aient)|recevoir|reçoi(?:t|vent)|reçu|"
    r"touch(?:era|eront)|perce(?:vra|vront))"
)
# What may come between the verb and its sum: "will receive up to $30 million", « recevra près de 30 M€ ».
_BEFORE_SUM = (
    r"(?:(?:up\s++to|about|around|nearly|some|another|a\s++further|an\s++additional|jusqu['’]à|environ|"
    r"près\s++de|plus\s++de)\s++)?"
)
# The verb right before a sum (its end is where the sum starts).
_RECEIVED_BEFORE_SUM_RE = re.compile(rf"\b{RECEIVE_VERB}\s++{_BEFORE_SUM}$", re.IGNORECASE)

# The words right after the sum that make it funding: in tranches, "in (new) funding/investment/financing/capital",
# "from (its) investors", « en deux tranches », « de financement », « de la part de Bpifrance ». A conversion in
# brackets may come first: "$30 million (€27 million) in funding".
FUNDING_AFTER_SUM = (
    r"\s*+(?:\([^()]{0,40}+\)\s*+)?"
    r"(?:in\s++(?:two|three|four|several|2|3|4)\s++(?:tranches|instalments|installments)\b"
    r"|en\s++(?:deux|trois|quatre|plusieurs|2|3|4)\s++(?:tranches|versements)\b"
    r"|(?:in|of)\s++(?:(?:new|fresh|additional|equity|venture|seed|growth|private)\s++){0,2}+"
    r"(?:funding|financing|investments?|capital)\b"
    r"|from\s++(?:(?:its|their|existing|new|outside|private|institutional)\s++){0,2}+"
    r"(?:investors|backers|shareholders|venture\s++capitalists)\b"
    r"|(?:de\s++|d['’]\s*+)(?:(?:nouveaux|nouvelles)\s++)?(?:financements?|fonds\s++propres|capitaux|"
    r"investissements?)\b"
    r"|de\s++la\s++part\s++(?:de|d['’]|du|des)\b)"
)
_FUNDING_AFTER_SUM_RE = re.compile(FUNDING_AFTER_SUM, re.IGNORECASE)
# A name right after the sum, as its source: "will receive $30 million from Accel", « recevra 30 M€ de Partech ».
# Only a name (its capital right after the preposition: "from the EU", "from the sale of" are no names); whether
# it is an investor is the caller's to tell (`receives_from_named`).
NAMED_SOURCE_AFTER_SUM = r"\s*+(?:\([^()]{0,40}+\)\s*+)?(?:from|de|d['’])\s*+(?-i:[A-ZÀ-Ý])"
_NAMED_SOURCE_AFTER_SUM_RE = re.compile(NAMED_SOURCE_AFTER_SUM, re.IGNORECASE)
# What a named payer's money may buy instead of a stake: "from Microsoft for cloud credits", "from Accel as a
# grant", « de Bpifrance sous forme de subvention ». Told in the clause, the money is no investment.
_PAID_FOR_SERVICE_RE = re.compile(
    r"\b(?:for|as|in|under|sous\s++forme\s++d['’e]|pour|au\s++titre\s++d['’eu])\s*+(?:[\w'’-]++\s++){0,3}?"
    r"(?:credits?|services?|contracts?|orders?|purchases?|grants?|subsid\w*+|awards?|prizes?|loans?|"
    r"crédits?|contrats?|commandes?|achats?|subventions?|prêts?|prix)\b",
    re.IGNORECASE,
)
# Money received for something else, told later in the same clause by a preposition and its noun: "… from the sale
# of its stake", "in royalties", "in exchange for", « … pour la cession de sa participation », « de redevances ».
# Such a sum is no raise whatever words come first; a purpose ("to grow revenue") names no such thing.
_PAID_FOR_OTHER_RE = re.compile(
    r"\b(?:from|of|for|in|with|de|du|des|pour|par|en|au\s++titre\s++(?:de|d['’]|du|des))\s++"
    r"(?:(?:the|its|their|a|an|la|le|les|sa|son|ses|leurs?)\s++|l['’]\s*+)?"
    r"(?:sale|selling|divest\w*+|royalt\w*+|revenues?|fees|licen[cs]\w*+|dividends?|settlement|damages|exchange|"
    r"compensation|ventes?|cession|redevances?|revenus|chiffre\s++d['’]affaires|dividendes?|indemnit\w*+|"
    r"échange|contrepartie)\b",
    re.IGNORECASE,
)
# A deal the sum is the price or proceeds of, told by a preposition and up to three words before its noun: "as part
# of the acquisition", "in management fees", "in a tender offer", "after selling its robotics unit", « dans le cadre
# du rachat », « au titre des frais de gestion ». Money that changes hands in such a deal buys no new stake.
_PAID_IN_DEAL_RE = re.compile(
    r"\b(?:(?:after|by|from)\s++selling\b"
    r"|(?:of|for|in|with|under|through|via|as|de|du|des|pour|par|en|dans|lors|sur|au\s++titre)\s++"
    r"(?:[\w'’-]++\s++){0,3}?"
    r"(?:l['’]\s*+)?(?:acquisitions?|buy-?outs?|mergers?|takeovers?|fees|dividends?|distributions?|"
    r"settlements?|tender|rachats?|cessions?|frais)\b)",
    re.IGNORECASE,
)
# Where the clause telling the sum ends.
_CLAUSE_END_RE = re.compile(r"[.;]\s|[.;]$")


def receives_funding(text: str, sum_start: int, sum_end: int) -> bool:
    """Whether the sum at `sum_start`–`sum_end` of the sentence `text` is funding its subject is told to receive
    ("Zorglab will receive $30 million in two tranches", « recevra 30 M€ de la part de Bpifrance »): right after a
    verb of receiving, with words of funding right after it, and nothing in its clause saying it pays for a sale,
    royalties or fees."""
    if _RECEIVED_BEFORE_SUM_RE.search(text, max(0, sum_start - 40), sum_start) is None:
        return False
    if _FUNDING_AFTER_SUM_RE.match(text, sum_end) is None:
        return False
    return not _clause_pays_for(text, sum_end, (_PAID_FOR_OTHER_RE, _PAID_IN_DEAL_RE))


def receives_from_named(text: str, sum_start: int, sum_end: int) -> int | None:
    """Where the name starts that the sum at `sum_start`–`sum_end` is told to come from ("Zorglab will receive $30
    million from Accel", « recevra 30 M€ de Partech »), or None. Nothing in the sum's clause may say it pays for a
    sale, royalties, fees, credits, a contract, a grant or a deal such as an acquisition. A receipt from a name is funding only when that name is
    an investor's, which the caller knows (a customer's payment, a government's grant are not)."""
    if _RECEIVED_BEFORE_SUM_RE.search(text, max(0, sum_start - 40), sum_start) is None:
        return None
    named = _NAMED_SOURCE_AFTER_SUM_RE.match(text, sum_end)
    if named is None:
        return None
    if _clause_pays_for(text, sum_end, (_PAID_FOR_OTHER_RE, _PAID_FOR_SERVICE_RE, _PAID_IN_DEAL_RE)):
        return None
    return named.end() - 1


def _clause_pays_for(text: str, sum_end: int, payments: tuple[re.Pattern, ...]) -> bool:
    """Whether the rest of the clause after a sum says, by one of `payments`, what else the money pays for."""
    end = _CLAUSE_END_RE.search(text, sum_end)
    clause_end = end.start() if end else len(text)
    return any(paid.search(text, sum_end, clause_end) for paid in payments)
