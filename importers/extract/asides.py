"""Asides: parentheses, appositions and fronted participle clauses whose names are not the sentence's parties.

"Safe Superintelligence, the startup co-founded by former OpenAI chief scientist Ilya Sutskever, has raised…":
OpenAI and Ilya Sutskever only describe the subject; the subject of the financing verb is the company.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# A relative clause stating a deal is a fact of its own: "Helsing, qui a racheté l'an dernier Grob Aircraft".
_DEAL_CUE_RE = re.compile(
    r"\b(?:rach[eè]t\w*|acqui\w*|bought|buy\w*|lev[ée]\w*|lève\w*|raise[sd]?|invest\w*|apport\w*|"
    r"mène|mené\w*|led|leads|valoris\w*|valued|"
    # …or a partnership: "Siemens, which has worked with X since 2021, …", "La Poste, qui a signé un contrat".
    r"signed|signé\w*|conclu\w*|worked|work(?:s|ing)?|travaill\w*|collabor\w*|suppl(?:y|ies|ied)|"
    r"fourni\w*|livr[eé]\w*)\b",
    _I,
)

# An apposition or relative clause right after a name describes it: "SSI, the startup co-founded by former
# OpenAI chief scientist Ilya Sutskever, has raised…". Names inside it are not parties of the main clause.
_APPOSITION_START_RE = re.compile(
    # French "a" before a participle or an adverb is the verb ("Ilona Skin, a été rachetée"), no article.
    r"(?:the|a(?!\s+(?:été|déjà|également|aussi|notamment|ainsi|[a-zà-ÿ]+é(?:e|s|es)?)\b)|an|its|la|le|les|l['’]|"
    r"une|un|sa|son|ses|qui|which|who|whose|dont|former|ancien\w*|"
    # "founded by", not a founder's role: "Jean Dupont, co-founder of Zorgly, said" names its company.
    r"(?:co-?)?found(?!ers?\b)\w*|(?:co-?)?fond[ée]\w*|cré[ée]\w*|led|run|backed|owned|dirigée?s?|détenue?s?|"
    r"soutenue?s?|based|basée?s?|headquartered)\b"
    # The vehicle a backer invests through: "Bpifrance, via son fonds Large Venture, …", "X, through its fund Y".
    r"|(?:via|par\s+le\s+biais\s+de|through)\s+(?:son|sa|ses|leur|leurs|its|their)\b"
    # A bare noun with its complement: "Pennylane, éditeur d'un logiciel…, a annoncé", "X, maker of…"; not a
    # participle naming more parties ("menée par X, accompagnée de Y et Z": the backers joining the lead).
    r"|(?!(?:auprès|lors|afin|près|autour|grâce|face|because|ahead|instead|out|part|one|some|all|each|both|"
    r"most|many|none|much|plus|moins|more|less|hors|accompagnée?s?|suivie?s?|"
    # A person's role at a company names the company as "PDG de Zorgly" does: "Marie Dupont, cofondatrice de
    # Zorgly, a annoncé…" (`_ROLE_OF_SUBJECT_RE` in facts.py reads whose executive speaks).
    r"(?:co-?)?fondat(?:eur|rice)s?|présidente?s?|patronne?s?|dirigeante?s?|directeur|directrice|"
    r"(?:co-?)?founders?|president|chairman|chairwoman)\b)"
    r"[a-zà-ÿ][\w-]{2,20}\s+(?:de\s|d['’]|des\s|du\s|of\s)",
)
# A sentence opening with a participle clause: "Founded in 2017 by Alex Kendall…, Wayve develops…".
_FRONTED_CLAUSE_RE = re.compile(
    r"^(?:(?:Co-?)?[Ff]ounded|Created|Launched|Started|Spun out|Based|Headquartered|(?:Co-?)?[Ff]ond[ée]e?s?|"
    r"Cré[ée]e?s?|Lancée?s?|Basée?s?|Née?s?|Issue?s?)\b[^.;]{0,200}?,\s+(?=(?:(?:the|la|le|l['’])\s*)?[A-Z]|"
    # …or on a reference to the company: "Founded in 2019 by former Infineon engineers, the startup designs…".
    r"(?:the|la|le|l['’])\s*(?:[a-zà-ÿ-]+\s+){0,2}(?:start-?up|company|firm|group|société|entreprise|"
    r"jeune\s+pousse|groupe|pépite)\b)"
)
# An apposition naming the company's rival: "a rival of Mistral AI", « rivale de Poolside ». A relative clause
# right after it tells the rival's own deal, so the rival is a party of it.
_RIVAL_OF_START_RE = re.compile(
    r"(?:(?:an?|the|une?|la|le|l['’])\s*)?(?:[\w-]+\s+){0,2}?(?:rivals?|competitors?|concurrente?s?|rivale?s?)"
    r"(?:\s+[a-zà-ÿ-]+)?\s+(?:of|de|du|d['’])",
    _I,
)
_RELATIVE_AFTER_RE = re.compile(r",\s+(?:which|who|qui)\b", _I)
_DIGIT_RE = re.compile(r"\d")
# A digit that starts a number: not one inside a word ("CO2", "H100", "GPT-4"), which states no figure.
_NUMBER_DIGIT_RE = re.compile(r"(?<![A-Za-z])(?<![A-Za-z]-)\d")
_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")
_CLOSE_RE = re.compile(r",\s|[;:]|\s[–—]\s|\.\s*$")
_RELATIVE_START_RE = re.compile(r"(?:qui|which|who)\b", _I)
# The rest of a list of names the aside's first comma cut: "…aux géants Amazon|, Microsoft et Google, a
# annoncé": the comma separates list items, it does not close the aside.
_NAME = r"[A-ZÀ-Ý][\w.&'’-]*(?:\s+[A-ZÀ-Ý][\w.&'’-]*){0,3}"
_LIST_TAIL_RE = re.compile(
    rf",\s+(?:{_NAME},\s+)*{_NAME},?\s+(?:et|and|ou|or)\s+(?:(?:le|la|les|l['’]|the)\s*)?{_NAME}(?=,\s)"
)
_NAME_BEFORE_RE = re.compile(rf"{_NAME}$")
# A round's backers named after their cue, up to the comma before ", led by": "from MUFG, Khosla Ventures and
# NEA", "auprès de Kima et d'Elaia". Possessive quantifiers keep it linear.
_LIST_NAME = r"[A-ZÀ-Ý][\w.&'’-]*+(?:\s[A-ZÀ-Ý][\w.&'’-]*+){0,3}+"
_BACKERS_LIST_BEFORE_RE = re.compile(
    r"\b(?:from|auprès\s+d[e'’]|with\s+participation\s+from|avec\s+la\s+participation\s+d[e'’])\s*+"
    rf"(?:(?:la|le|les)\s|l['’])?+{_LIST_NAME}"
    rf"(?:(?:,\s|,?\s(?:and|et)\s)(?:de\s|d['’])?+(?:(?:la|le|les)\s|l['’])?+{_LIST_NAME})*+$"
)
_LED_BY_RE = re.compile(r"(?:co-?led|led|menée?s?|conduite?s?|pilotée?s?)\s+(?:by|par)\s", _I)
# The same for a list of brands' people or products: "…that lets Uber drivers|, DoorDash couriers and other gig
# workers pool money, has raised": the comma separates "Name noun" items, it does not close the aside.
_BRANDED = rf"{_NAME}\s+[a-zà-ÿ][\w-]+"
_BRANDED_BEFORE_RE = re.compile(rf"{_BRANDED}$")
_BRANDED_LIST_TAIL_RE = re.compile(rf",\s+(?:{_BRANDED},\s+)*{_BRANDED},?\s+(?:et|and|ou|or)\s")


def aside_spans(text: str, mention_ends: set[int]) -> list[tuple[int, int]]:
    """Spans (relative to `text`) of asides whose names are not parties: parentheses, an apposition or relative
    clause set off by commas right after a name, and a fronted participle clause. Asides stating a number
    are kept: "Greenoaks, which put in $500 million" is a fact of its own."""
    spans = [m.span() for m in re.finditer(r"\([^()]{0,200}\)", text) if not _DIGIT_RE.search(m.group())]
    fronted = _FRONTED_CLAUSE_RE.match(text)
    if fronted and not _states_number(fronted.group()):
        spans.append((0, fronted.end()))
    for comma in re.finditer(r",\s+", text):
        before = text[: comma.start()]
        before = re.sub(r"\s*\([^()]{0,40}\)$", "", before)
        if len(before) not in mention_ends or not _APPOSITION_START_RE.match(text, comma.end()):
            continue
        if fronted and comma.end() == fronted.end():
            continue  # "Née à l'EPFZ, la société travaille…": the comma closes the fronted clause.
        close = _CLOSE_RE.search(text, comma.end())
        if close and _NAME_BEFORE_RE.search(text, comma.end(), close.start()):
            tail = _LIST_TAIL_RE.match(text, close.start())
            close = _CLOSE_RE.search(text, tail.end()) if tail else close
        elif close and _BRANDED_BEFORE_RE.search(text, comma.end(), close.start()):
            tail = _BRANDED_LIST_TAIL_RE.match(text, close.start())
            close = _CLOSE_RE.search(text, tail.end()) if tail else close
        end = close.start() if close else len(text)
        if _RELATIVE_START_RE.match(text, comma.end()) and _DEAL_CUE_RE.search(text, comma.end(), end):
            continue  # "Helsing, qui a racheté l'an dernier Grob Aircraft, …": the clause states a deal.
        if _led_round_after_backers(text, comma.start(), comma.end()):
            continue
        if _RIVAL_OF_START_RE.match(text, comma.end()) and _deal_relative_at(text, end):
            continue  # "Ombrelle, a rival of Mistral AI, which raised €1.7 billion": the rival's own raise.
        if not _states_number(text[comma.end() : end]):
            spans.append((comma.start(), end))
    return spans


def _deal_relative_at(text: str, position: int) -> bool:
    """Whether a relative clause stating a deal with a figure opens at `position`: ", which raised €1.7 billion"."""
    relative = _RELATIVE_AFTER_RE.match(text, position)
    if relative is None:
        return False
    close = _CLOSE_RE.search(text, relative.end())
    end = close.start() if close else len(text)
    return bool(_DEAL_CUE_RE.search(text, relative.end(), end)) and _states_number(text[relative.end() : end])


def _led_round_after_backers(text: str, comma_start: int, comma_end: int) -> bool:
    """Whether ", led by…" after the last of a round's backers says who led the round, not who leads that
    backer: "raised 20 billion yen from MUFG, Khosla Ventures and NEA, led by Mitsubishi UFJ's venture arm"."""
    return bool(
        _LED_BY_RE.match(text, comma_end)
        and _BACKERS_LIST_BEFORE_RE.search(text, max(0, comma_start - 200), comma_start)
    )


def inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `position` falls in one of `spans`."""
    return any(start <= position < end for start, end in spans)


def _states_number(text: str) -> bool:
    """An amount, count or percentage (a bare year does not count)."""
    return bool(_NUMBER_DIGIT_RE.search(_YEAR_RE.sub("", text)))
