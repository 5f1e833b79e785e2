"""Facts from sentences: each amount is classified by the nearest cue word around it, then its parties
are read from the sentence's structure (subject before the verb, object after "dans/in/into", investor
lists after "auprès de/from/led by"). Facts without an amount (partnerships, statements, acquisitions,
stakes in percent) come from their own cues. A party that cannot be resolved drops the fact.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ..agreements import under_an_agreement
from ..models import (
    BRIDGE,
    CALLED_OFF,
    CONVERTIBLE_NOTE,
    GRANT,
    IN_TALKS,
    NOT_RAISED_YET,
    PIPE,
    PLANNED,
    TOTAL_RAISED_TO_DATE,
    CitedSentence,
    Fact,
    Tranche,
)
from .amounts import (
    HEADCOUNT_ADJECTIVES,
    UNNAMED_CROWN,
    AmountMention,
    PercentMention,
    parse_amounts,
    parse_percentages,
)
from .asides import inside
from .attributions import attribution_spans
from .bracketed_short_names import backers_short_name
from .called_off import called_off, failed_relative_asides
from .dates import (
    FOUNDING_VERBS,
    LAUNCH_VERBS,
    MONTHS,
    WEEKDAYS,
    DateMention,
    find_dates,
    month_shifted,
    names_unusable_date,
    term_end,
)
from .entities import (
    _BASED_PLACE_BEFORE_RE,
    _DESCRIPTOR_TAIL_RE,
    _GOVERNED_DESCRIPTOR_RE,
    _PREPOSITIONS,
    _ROLE_OF_BEFORE_RE,
    _STOP_CAPITALS,
    AWARDED_FROM,
    AWARDING_PARTY_TAIL,
    BUSINESS_ROLES,
    LEAD_ASIDE_AFTER_RE,
    LONG_STANDING,
    RIVAL_OF_BEFORE_RE,
    SIGN_VERBS,
    SPEECH_VERB_FR,
    SPEECH_VERBS_EN,
    SUPPLIED_PARTY_DESCRIPTION,
    SUPPLY_VERBS,
    TOLD_BEFORE_RE,
    VALUING_VERBS,
    WITH_WHICH,
    WORK_TOGETHER_WORDS,
    EntityReader,
    Mention,
    _subject,
    _without_descriptor,
    knowledge,
    no_grant_giver,
    paid_into_a_company,
    presented_as_rival,
)
from .holders import holders_sold_shares_worth
from .negations import deal_fell_through, denial_start, negated
from .priced_stakes import stake_priced_first
from .recalls import (
    RECALL_CLAUSE_END_RE,
    months_before_news,
    opens_recall_cue,
    recalled_by_stretch,
    recalled_clause,
    recalls_figure,
    told_in_past_perfect,
    undated_recall,
)
from .receipts import receives_from_named, receives_funding
from .rumours import mooted
from .sentences import Sentence, readable
from .whole_names import is_named

# A name's acronym or short name in parentheses right after it: "(Ipai)", "(AMP)", not "(lead)" nor "(2021)".
_SHORT_NAME_ASIDE_AFTER_RE = re.compile(r"\s?\((?:[A-ZÀ-Ý][\w&.'’-]*)(?:\s[A-ZÀ-Ý][\w&.'’-]*)?\)")
# A backer's describing aside in a list, a lowercase start ("(a London fund)", "(formerly Oakfield Ventures)",
# « (ex-Oakfield Ventures) »): the list goes on after it ("led by X (…) and Index Ventures"). No digit, bracket,
# ";" or "." inside (a figure or a clause is no aside), at most 60 characters; negated classes, no backtracking.
_DESCRIBING_ASIDE_AFTER_RE = re.compile(r"\s?+\((?=[a-zà-ÿ])[^()\[\]\d;.]{1,60}+\)")
_I = re.IGNORECASE
# A fact dated more than this many months before publication is background, not the story's news.
_PAST_MONTHS = 6
# A "sentence" longer than this is a table, a list or garbage, not prose: no facts are read from it,
# which also bounds the per-sentence work (parties are matched pairwise within a sentence).
MAX_SENTENCE = 2_000
_CUES = {
    "round": re.compile(
        r"\blev(?:é|ée|ées|er|e|ent|ons|era|erait|ait|ant)\b|\blève|\blèvent|tour de table|tour de financement|"
        r"levée de fonds|augmentation de capital|\bfinancement\b|\btour de(?=\s*$)|"
        # "la société avait réuni 2,5 millions d'euros auprès de business angels": gathered money.
        r"\b(?:a|avait|ont|avaient|aura|avoir)\s+(?:déjà\s+)?réuni\b|\bréunit\b|"
        r"\bbouclé|\bboucle\b|\bobtenu|\bobtient|"
        r"\brécolt\w*|\braise[sd]?\b|\braising\b|\bfunding\b|\bfundraise|\bfundraising|\bround\b|"
        r"\bsecured?\b|(?<!\bthat )(?<!\bwhich )\bsecures\b|\bclosed\b|\bcloses\b|\bsérie [A-H]\b|\bseries [A-H]\b|\bseed\b|\bamorçage\b|"
        # Funding that is no stage: convertible notes or bonds issued, a grant received (`_ROUND_TYPE_RE` types it).
        r"\bconvertible\s+(?:notes?|bonds?|loans?)\b|\b(?:obligations?|prêts?)\s+convertibles?\b|"
        r"\bgrants?\b|\bsubventions?\b|"
        # A headline synonym of "raised" right before its sum: "Sterne IA pulled in €8 million", "landed $12m"
        # (`_HEADLINE_RAISE_VERB_RE`: only after a name).
        r"\b(?:lands?|landed|nabs?|nabbed|snag(?:s|ged)|bag(?:s|ged)|pick(?:s|ed)\s+up|"
        r"(?:pull(?:s|ed)|rake[sd]|haul(?:s|ed))\s+in)\s+(?:(?:an?|another|a\s+further)\s+)?$",
        _I,
    ),
    "investment": re.compile(
        r"\binvest(?:ir|it|i|is|issent|issant|ira|iront|irait|iraient|s|ed|ing|ment|ments|issement|issements)?\b|\bapport(?:e|ent|er|é|era|eront|ait|ant)\b|"
        r"\binject\w*|\bsouscri\w*|\bmis sur la table|\bavec un ticket de\s*$|"
        # « Google accorde une rallonge de 2 milliards de dollars à Anthropic »: more money given by its backer.
        r"\b(?:accord|octroi|consent|apport|vers)\w*\s+(?:une\s+)?(?:nouvelle\s+)?rallonge\s+(?:de\s+|d['’]\s*)"
        r"(?:(?:près\s+de|environ|plus\s+de)\s+)?$|"
        # « Nimbra Cloud a misé 10 millions d'euros sur Lynx IA »: a sum staked on a company, right before it.
        r"\bmis(?:é|e|ent|ait|aient|era|eront)\s+(?:(?:près\s+de|environ|plus\s+de)\s+)?$|"
        # « Nvidia a placé 500 millions de dollars dans Mistral AI » (not « engagé », a commitment to anyone:
        # « a engagé 585 millions de francs auprès de l'ESA »).
        r"\bplac(?:é|e|ent|er|era|eront)\s+(?:(?:près\s+de|environ|plus\s+de)\s+)?$|"
        # "Alven et Kima ont remis 3 M€ chacun", "ont également mis 500 000 euros": a backer's own sum.
        r"\b(?:a|ont|avait|avaient)\s+(?:(?:également|aussi|déjà|chacun|chacune)\s+)?(?:re)?mis\s+$|\bmet(?:tre|tent)? sur la table|\bputs?\b|\bputting\b|"
        # "Frst et ISAI remettent chacun 2 M€ au pot": each backer's own sum again.
        r"\bremett(?:ent|ait|aient)\s+(?:(?:chacun|chacune|également|aussi)\s+)?$|"
        r"\bpour(?:s|ed|ing)\b|\bcommit(?:s|ted|ting)?\b|\bvers(?:e|era|eront|er|ant)\b|\bcontribu\w*|\bplow\w*|\bplough\w*|\bpump\w*|\b(?:tip|chip|kick)(?:s|ped|ping)?\s+in\b|"
        r"\bengag\w* à (?:investir|verser|apporter)|\bpris une participation|\bprend une participation|"
        r"\bparticip(?:e|ent|ait|era|eront|ate|ates|ated|ating)\b|\bà hauteur d['’e]|"
        r"\btook a stake|\btakes a stake|\bacquired? a (?:\d+\s?% )?stake|\bparticipation\b|\bstake\b|"
        # "bought all of Pelican Capital's shares in Kestrel AI": a holder's shares in a company are its stake.
        r"(?<=['’]s )(?:(?:entire|whole|remaining) )?shares in\b|"
        # Another holder's shares in a company: « une partie des parts de Pelican Capital dans Kestrel IA ».
        r"\b(?:parts|actions|titres)\s+(?:de\s+|d['’]|du\s+|détenue?s\s+par\s+)(?-i:[A-Z])[\w&.'’-]*"
        r"(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}"
        r"\s+dans\b",
        _I,
    ),
    "valuation": re.compile(
        r"\bvaloris\w*|\bvalu(?:ed|ing|ation|e|es)\b|\bcapitalisation\b|\bworth\b|"
        # "la transaction fixe la valeur de l'entreprise à 180 M$": the company's value.
        r"\bvaleur de (?:l['’]entreprise|la (?:société|start-?up|jeune pousse))\b",
        _I,
    ),
    "revenue": re.compile(
        r"chiffre d['’]affaires|\brevenus?\b|\brecettes\b|\bventes\b|\brevenues?\b|\bsales\b|\brun[- ]rate\b|"
        r"\b[AM]RR\b|\bannuali[sz]ed\b|\bwritten premiums?\b|\bprimes (?:brutes )?émises\b",
        _I,
    ),
    "burn": re.compile(
        # "dépenses d'investissement" is capital expenditure: spending, though it ends on "investissement".
        r"\bdépenses d['’]investissements?\b|\bconsomm\w*|\bbrûl\w*|\bburn\w*|\bdépenses?\b|\bdépenser\b|\bspend\w*|\bcash\b|(?<!gestion de )(?<!gestion de la )\btrésorerie\b|"
        r"\bpertes?\b|\blos(?:s|ses|e)\b|\bcapex\b|\binvestissements? d['’]infrastructure",
        _I,
    ),
    "acquisition": re.compile(
        r"\brach[eè]t\w*|\brachat\b|\bacquiert\b|\bacquérir\b|\b(?:a|avait|ont|avaient)\s+(?:déjà\s+)?acquis\b|\bacquisition\b|\bacquire[sd]?\b|"
        r"\bacquiring\b|\bbuy(?:s|ing)?\b|\bbought\b|\btakeover\b|\bs['’]offr\w*|\bmettre la main sur\b|"
        r"\bmet la main sur\b|\bmis la main sur\b|\babsorb(?:e|é|ée|ent|s|ed)\b|\bsnap(?:s|ped|ping)?\s+up\b|"
        # "passe sous le contrôle de X": the company named before is bought by the one after.
        r"\bpass\w*\s+sous\s+(?:le\s+)?(?:contrôle|pavillon)\b|"
        # Taking control is buying the company: "a pris le contrôle de X", "takes over X" (not "as CEO").
        r"\b(?:pris|prise|prend|prendre|prendra)\s+(?:de\s+|le\s+)contrôle\b|"
        r"\b(?:took|take|takes|taking|taken)\s+(?:control\s+of|over\s+(?:the\s+(?:start-?up|company|firm|group)\s+)?(?-i:[A-Z]))",
        _I,
    ),
    "tranche": re.compile(
        r"\btranches?\b|\ble solde\b|\ble reste\b|\bthe rest\b|\bthe remainder\b|\bthe balance\b|\bremaining\b|"
        r"\binstal+ments?\b|\bversements?\b|\bversée?s?\s+en\s+(?:deux|trois|plusieurs)\s+(?:temps|fois)\b",
        _I,
    ),
    "partnership": re.compile(
        # "entente": Quebec's word for an agreement ("une entente de 2,5 M$ avec le ministère").
        r"\b(?:contrat|accord|deal|agreement|contract|partenariat|partnership|entente)\b",
        _I,
    ),
}
_RIGHT_CUES = re.compile(
    # "€50m ARR": the measure's initials need no preposition.
    r"^\s*(?:(?:de|in|of|en)\s+|d['’]\s*|(?=(?-i:[AM]RR)\b))(?:(?:new|fresh|annual|annuel|annualized|annualised|additional|recurring|"
    r"run-rate|run rate)\s+){0,2}"
    r"(?P<cue>chiffre d['’]affaires|[AM]RR|revenus?|revenues?|sales|ventes|recettes|funding|financement|fonds propres|"
    r"capital|valorisation|valuation|pertes?|losses|cash)",
    _I,
)
# A noun right after the amount names what it is: "a $20 billion valuation", "$30 billion of compute".
_NOUN_AFTER_RE = re.compile(
    r"^\s*(?:(?:post|pre)-money\s+)?(?P<valuation>valuation\b)|"
    # "Zorgly's CEO announced a $20 million raise": "raise" as a noun is a round too.
    r"^\s*(?:(?:funding|financing|equity|series\s+[a-h])\s+)?(?P<round>round\b|raise\b)|"
    # "€450mn in a round led by…", "$100 million from existing investors": money a company took in.
    r"^\s*(?:in|en)\s+(?:a|an|its|un|une|son)\s+(?:[\w-]+\s+){0,2}?(?P<round3>round|tour)\b|"
    r"^\s*from\s+(?:(?:existing|new|its|outside|private|institutional)\s+)?(?P<round4>investors|backers)\b|"
    # « une extension de 20 millions d'euros de sa série B »: the sum is a part of the company's own series.
    r"^\s*(?P<round2>(?:pre-)?seed\b|series\s+[a-h]\b|(?:en\s+|de\s+(?:sa\s+|son\s+|leur\s+)?|d['’])?"
    r"(?:série\s+[a-h]|(?:pré-)?amorçage)\b)|"
    # A conversion in brackets may come between: "a NIS 180 million ($49 million) contract".
    # Or the deal's length after a comma: "a $40 million, three-year agreement".
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?=[\w-]+\s+(?:contract|agreement|deal)\b))?(?:[\w-]+\s+)?"
    r"(?P<partnership2>contract|contrat|partnership|partenariat|agreement|accord)\b|"
    r"^\s*(?:(?:minority|equity|minoritaire)\s+)?(?P<investment>stake|participation)\b|"
    r"^\s*(?P<investment2>sur la table)\b|"  # "a mis 30 millions d'euros sur la table"
    r"^\s*(?:(?:all-cash|cash|proposed)\s+)?(?P<acquisition>purchase|acquisition|takeover|buyout)\s+of\b|"
    r"^\s*(?:of|de|d['’]|worth of)\s+(?:[\w-]+\s+){0,2}(?P<partnership>compute|computing|cloud|capacity|capacités?|"
    r"chips|puces|GPUs?|servers|serveurs|data cent)",
    _I,
)
# The noun of a stake right after its sum: "a $1 billion investment", "un investissement de" is before it.
_INVESTMENT_NOUN_AFTER_RE = re.compile(r"\s*(?:(?:equity|initial|first)\s+)?investment\b", _I)
_PAYMENT_FORM_RE = re.compile(
    r"^\s*(?:in (?:cash|stock|shares)|en (?:numéraire|cash|espèces|actions))\b(?:\s+and\s+(?:cash|stock|shares)\b)?",
    _I,
)
_DEBT_AFTER_RE = re.compile(
    # "for €600m including debt" is a price that counts the debt taken over, not a loan.
    r"^(?!\s*(?:including|incl\.|with|plus|y compris|dette comprise)\b)\s*(?:[\w-]+\s+){0,2}(?:credit facility|credit line|loan|debt|bonds?|notes)\b|"
    # "a $50M extension of its credit facility", "a $20 million increase to its revolving credit line": more of a
    # loan already held is borrowed money all the same.
    r"^\s*+(?:extension|expansion|increase|top-up|upsizing)\s++(?:of|to)\s++(?:its|their|the|an?)\s++"
    r"(?:[\w-]++\s++){0,2}?(?:credit\s++facility|credit\s++line|loan|debt\s++facility)\b|"
    r"^\s*(?:de|d['’])\s*(?:[\w-]+\s+){0,1}(?:prêts?|dette|ligne de crédit|obligations|crédit)\b|"
    # "150 millions d'euros de financement bancaire", "$200 million in debt financing".
    r"^\s*(?:de|d['’]|in|of)\s*(?:new\s+)?(?:financements?\s+(?:bancaires?|par\s+(?:la\s+)?dette|en\s+dette)"
    r"|bank\s+(?:financing|loans?|debt)|debt\s+financing)\b",
    _I,
)
# A sum told as taken in the form of debt: "5 M€ sous forme de dette bancaire", "sous la forme d'un prêt",
# "€5 million in the form of bank debt". Convertible notes or bonds are left to their own rules.
_DEBT_FORM_AFTER_RE = re.compile(
    r"^\s*(?:sous\s+(?:la\s+)?forme\s+(?:de\s+|d['’]\s*)|in\s+the\s+form\s+of\s+)(?:(?:an?|un|une)\s+)?"
    r"(?:[\w-]+\s+)?(?:prêts?|dette|emprunts?|crédits?|loans?|debt|credit\s+(?:facility|line))\b(?!\s+convertib)",
    _I,
)
# The debt named before its amount: "un prêt d'innovation de 1,5 M€", "a loan of $2 million".
_DEBT_BEFORE_RE = re.compile(
    r"\b(?:prêts?|emprunts?|avances? remboursables?|lignes? de crédit|loans?|credit (?:facility|line)|debt"
    # "un financement bancaire de 150 millions d'euros", "bank financing of $80 million".
    r"|financements?\s+(?:bancaires?|par\s+(?:la\s+)?dette|en\s+dette)|bank\s+financing)"
    r"(?:\s+(?:d['’]\s*)?[\w-]+){0,2}\s+(?:de|d['’]|of)\s*$",
    _I,
)
# A grant given by the clause's subject ("a accordé une subvention de", "awarded a … grant of"), before its sum.
_GRANT_GIVEN_BEFORE_RE = re.compile(
    r"\b(?:accord\w*|octroy\w*|attribu\w*|vers\w*|award\w*|grant(?:s|ed|ing)?|gives?|gave|given)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:subventions?|grants?|aides?)\s+(?:(?:de|of|d['’])\s*)?$",
    _I,
)
# The recipient's preposition after a grant's sum, with a few words of the grant before it ("à la start-up
# toulousaine Aérolia", "to Calyx-Bio", "grant to the Geneva start-up").
_GRANT_TO_AFTER_RE = re.compile(r"\s*(?:à|au|aux|to)\s+", _I)
# A verb of giving right before a sum the grant's noun follows: "awarded a €2 million grant to Calyx-Bio".
_GIVEN_BEFORE_RE = re.compile(
    r"\b(?:award\w*|gave|given|gives?|accord\w*|octroy\w*|attribu\w*)\s+(?:an?\s+|une\s+)?$", _I
)
_NAMED_GRANT_TO_AFTER_RE = re.compile(r"\s*(?:grant|subvention)\s+(?:à|au|aux|to)\s+", _I)
# A grant's recipient named between the verb of giving and the grant: "awarded Kestrel a €5 million grant", « a
# octroyé à Lumena une subvention de 2 millions ». The grant's noun comes before the sum (`noun`) or after it.
_DATIVE_GRANT_BEFORE_RE = re.compile(
    r"\b(?:accord\w*|octroy\w*|attribu\w*|vers\w*|award\w*|granted|gave|given|gives?)\s+"
    r"(?:(?:à|au|aux)\s+|(?:à\s+)?l['’]\s*)?(?P<who>(?-i:[A-ZÀ-Ý])[^,;.]{0,60}?)\s+(?:an?|une?)\s+"
    r"(?P<noun>(?:subventions?|grants?|aides?)\s+(?:de\s+|d['’]\s*|of\s+))?$",
    _I,
)
_GRANT_NOUN_AFTER_SUM_RE = re.compile(
    r"\s*+(?:(?:research|innovation|public|government|non-dilutive)\s+)?grants?\b", _I
)


def _grant_given_to(text: str, amount: AmountMention) -> tuple[int, int | None] | None:
    """Where the recipient of a grant the sentence tells given is named: after the preposition after its sum ("a
    accordé une subvention de 30 M€ à …"; end None: up to the clause's end), or between the verb and the grant
    ("awarded Kestrel a €5 million grant", « a octroyé à Lumena une subvention de 2 M€ »). None when the sentence
    tells no grant given to someone."""
    start = max(0, amount.bound_start - 80)
    to = None
    if _GRANT_GIVEN_BEFORE_RE.search(text, start, amount.bound_start):
        to = _GRANT_TO_AFTER_RE.match(text, amount.span[1])
    elif _GIVEN_BEFORE_RE.search(text, start, amount.bound_start):
        to = _NAMED_GRANT_TO_AFTER_RE.match(text, amount.span[1])  # "awarded a €2 million grant to …"
    if to is not None:
        return to.end(), None
    dative = _DATIVE_GRANT_BEFORE_RE.search(text, start, amount.bound_start)
    if dative and (dative.group("noun") or _GRANT_NOUN_AFTER_SUM_RE.match(text, amount.span[1])):
        return dative.start("who"), dative.end("who")
    return None


def _grant_giving_verb(text: str, amount: AmountMention) -> int | None:
    """Where the verb of giving starts in a sentence telling a grant given to someone ("The EU awarded Kestrel a
    €5 million grant", « La Région a accordé une subvention de 2 M€ à Lumena »): its subject gives the grant."""
    if _grant_given_to(text, amount) is None:
        return None
    start = max(0, amount.bound_start - 80)
    for pattern in (_GRANT_GIVEN_BEFORE_RE, _GIVEN_BEFORE_RE, _DATIVE_GRANT_BEFORE_RE):
        if verb := pattern.search(text, start, amount.bound_start):
            return verb.start()
    return None


# A grant's giver named right after its sum, as the agent of its giving: "a $2 million grant by the National Science
# Foundation", "a €5 million grant, awarded by the EU", "a grant of $2 million by the NSF", « une subvention de
# 5 millions d'euros de l'Union européenne », « …, accordée par la Région ». ("from" is any round's backers' cue.)
# "by way of the CHIPS Act", "by means of" tell how the grant came, not who gave it.
_GRANT_GIVER_AFTER_SUM_RE = re.compile(
    r"(?:\s{1,3}(?:(?-i:[A-Z]{2,6})\s+)?(?:(?:research|innovation|public|government|non-dilutive)\s+)?grants?\b)?"
    r",?\s{1,3}(?:(?:(?:awarded|granted|given|provided|made|accordée?s?|octroyée?s?|attribuée?s?|versée?s?)\s+)?"
    r"(?:by|par)\s+(?!(?:way|means)\s+of\b)|(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+)(?=(?-i:[A-ZÀ-Ý])))",
    _I,
)


# A kind of funding named right after its sum ("a CHF 1.5 million grant", "a €40m convertible note"): a round
# of that type (`_ROUND_TYPE_RE`), though no raising verb comes before it.
_FUNDING_KIND_AFTER_RE = re.compile(
    # The giver's initials may come first: "a €5 million EU grant", "a $2 million NIH grant".
    r"\s*+(?:(?-i:[A-Z]{2,6})\s+(?=grants?\b))?"
    r"(?:(?:research|innovation|public|government|non-dilutive)\s+)?(?:grants?|convertible\s+(?:notes?|bonds?)|"
    r"(?-i:PIPE)|private\s+placement)\b",
    _I,
)
# A sum put into a joint venture ("¥150 billion ($1 billion) in a joint venture with OpenAI", "CHF 120 million over
# three years in a new AI joint venture", « 120 millions de francs dans la coentreprise »): the parents' deal,
# no money the venture raised nor a parent's spending.
_JOINT_VENTURE = r"(?:joint\s+venture|co-?entreprise|société\s+commune|filiale\s+commune)"
_INTO_JOINT_VENTURE_AFTER_RE = re.compile(
    r"\s*+(?:\([^()]{1,40}\)\s*)?(?:(?:over|sur|en)\s+(?:\w+\s+){1,2}(?:years?|ans|années)\s+)?"
    r"(?:in|into|dans)\s+(?:a|an|the|their|une|la|leur)\s+(?:(?:new|nouvelle)\s+)?(?:[\w-]+\s+){0,2}?"
    + _JOINT_VENTURE
    + r"\b",
    _I,
)
# A joint venture formed: "would form a joint venture", "la création d'une coentreprise", "créent une société commune".
_JOINT_VENTURE_FORMED_RE = re.compile(
    r"\b(?:form\w*|creat\w*|set\w*\s+up|establish\w*|launch\w*|création|cré(?:e|ent|eront|é|er)|fond\w*|"
    r"lanc\w*)\s+(?:(?:of|de|d['’])\s*)?(?:a|an|the|their|une|la|leur)?\s*(?:(?:new|nouvelle|50:50|50-50)\s+)?"
    + _JOINT_VENTURE
    + r"\b",
    _I,
)
# The two parents opening the sentence (after a dateline), each a capitalised name, joined by "and"/"et", then
# their verb: "Swisscom and Ericsson said…", "Berne (awp/ats) - Swisscom et Ericsson ont annoncé…".
_PARENT_NAME = r"(?:[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,2})"
_JOINT_VENTURE_PARENTS_RE = re.compile(
    rf"(?:^|[-–—:]\s+)(?P<first>{_PARENT_NAME})\s+(?:and|et)\s+(?P<second>{_PARENT_NAME})\s+(?=[a-zàâçéèêëîïôûù])"
)
# Money put into "it" (the venture told before): « y injecteront au total », « y investiront », « y apporteront ».
_PUT_INTO_IT_BEFORE_RE = re.compile(
    r"\by\s+(?:inject|invest|apport|mett)\w*\s+(?:(?:au\s+total|ensemble|conjointement)\s+)?$", _I
)
# A sum put "in the venture", "dans la coentreprise", told after it.
_INTO_THE_VENTURE_AFTER_RE = re.compile(
    r"\s*(?:in|into|dans)\s+(?:the|la|cette)\s+(?:new\s+|nouvelle\s+)?(?:venture|joint\s+venture|"
    r"co-?entreprise|société\s+commune)\b",
    _I,
)
# A private investment in a listing company ("a $150 million PIPE anchored by Casdin Capital"): in capitals
# only, "pipe" is a word.
_PIPE_RE = re.compile(r"\bPIPE\b")
# A listing's whole take ("$300 million in gross proceeds"): the SPAC's trust and the PIPE together, no round.
_GROSS_PROCEEDS_AFTER_RE = re.compile(r"\s*(?:in|of)\s+(?:gross\s+)?proceeds\b", _I)
_RIGHT_CUE_KIND = {
    "chiffre": "revenue",
    "revenu": "revenue",
    "revenue": "revenue",
    "arr": "revenue",
    "mrr": "revenue",
    "sales": "revenue",
    "ventes": "revenue",
    "recettes": "revenue",
    "funding": "round",
    "financement": "round",
    "fonds": "round",
    "capital": "round",
    "valorisation": "valuation",
    "valuation": "valuation",
    "perte": "burn",
    "losses": "burn",
    "cash": "burn",
}
# A coordination right after a backer's sum that opens the next backer's: "$8 million and Point Nine…",
# "8 millions d'euros et Point Nine…", "$8 million, and Point Nine…".
_NEXT_BACKER_AFTER_SUM_RE = re.compile(r",?\s+(?:and|et)\s+(?:(?:the|le|la|les|l['’])\s*)?(?-i:[A-ZÀ-Ý])", _I)
# The backer right after a sum: "$8 million from Cherry Ventures", "8 millions d'euros de la part de Kima".
_FROM_BACKER_AFTER_SUM_RE = re.compile(
    r"\s+(?:from|de\s+la\s+part\s+d(?:[e'’]|u\b|es\b)|apportés?\s+par|provided\s+by|de|d['’]|du)\s*"
    r"(?:(?:the|le|la|les|l['’])\s*)?",
    _I,
)
_SEPARATOR_RE = re.compile(
    r";|\s[–—]\s|,\s*(?:tandis\s+qu|alors\s+qu|while\b|whereas\b|but\b|mais\b|et\b|and\b|qui\b|which\b|who\b|"
    r"dont\b|ce qui\b|selon\b|according\b|ce\s+qui\b|soit\b)|\btandis\s+qu|\bwhile\b|\bwhereas\b",
    _I,
)
_EQUIVALENT_BEFORE_RE = re.compile(
    r"\b(?:equivalent\s+to|the\s+equivalent\s+of|l['’]équivalent\s+d[e'’]|équivalant\s+à|équivalente?s?\s+à|"
    r"équivau(?:t|dra|drait)\s+à)\s*"
    r"(?:(?:around|about|roughly|some|nearly|environ|près\s+de|quelque)\s+)?$",
    _I,
)
# "Le montant levé, soit environ 412 millions de dollars", "the round is worth about ¥580 billion at current
# exchange rates": a sum the article already gave, restated in another currency.
_CONVERSION_CUE_BEFORE_RE = re.compile(
    r"(?:,\s*soit|\bworth)\s+(?:(?:roughly|about|around|some|environ|près\s+de|quelque)\s+)?$", _I
)
# A round as the subject of a sentence that restates its sum: "The round, …", "Le tour de table, …".
_ROUND_SUBJECT = (
    r"\b(?:the\s+(?:round|raise|funding|financing|deal)|le\s+tour(?:\s+de\s+table)?|la\s+levée|"
    r"l['’]opération)"
)
# "Le montant levé représente environ 45 millions de dollars", "The amount raised is equivalent to about $45
# million": the sum just told, said again (in another currency).
_RESTATED_AMOUNT_BEFORE_RE = re.compile(
    r"\b(?:le\s+montant|la\s+somme|the\s+amount|the\s+sum)\s(?:(?:levée?|raised|collectée?|investie?)\s)?"
    r"(?:représente|correspond\s+à|équivaut\s+à|represents|is\s+equivalent\s+to|amounts\s+to|equals|"
    r"is\s+worth|vaut)\s(?:(?:roughly|about|around|some|approximately|environ|près\s+de|quelque)\s)?$|"
    # "The round, worth about $113mn, was priced at…": the round's size in another currency.
    rf"{_ROUND_SUBJECT},\s"
    r"(?:worth|d['’]un\s+montant\s+d['’])\s?(?:(?:roughly|about|around|some|approximately|environ|près\s+de)\s)?$",
    _I,
)
# "The round, roughly £840m, is the largest…": with no "worth", the sum set after the round may as well be a part
# of it ("The deal, $5 million of which came from Nvidia"); it restates the round only at an exchange rate's
# ratio to it and with no "of which" after it.
_ROUND_APPOSITION_BEFORE_RE = re.compile(
    rf"{_ROUND_SUBJECT},\s(?:(?:roughly|about|around|some|approximately|environ|près\s+de)\s)?$", _I
)
_PART_OF_IT_AFTER_RE = re.compile(r"\s*of\s+(?:which|it|that|the\s+total)\b", _I)
# The backer of such a part, inside its aside: "$5 million of which came from Nvidia", "$5 million of it from X".
_PART_BACKER_RE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?", _I)
# How far a sum restated in another currency may lie from the round's: the dollar, euro, pound and franc a bare
# apposition restates a round in stay within a factor of two of one another.
_EXCHANGE_RATIO = (0.5, 2.0)
_EXCHANGE_RATE_RE = re.compile(r"\b(?:exchange\s+rates?|taux\s+de\s+change|au\s+cours\s+actuel)\b", _I)
_RESTATED_RE = re.compile(
    r",?\s*(?:or|soit|ou|i\.e\.)\s+(?:(?:roughly|about|around|some|environ|près de)\s+)?", _I
)
_EXAMPLES_BEFORE_RE = re.compile(
    r"\b(?:including|such as|notamment|parmi lesquels|parmi lesquelles|dont|tels? que|telles? que)\s+"
    r"(?:[\w.'’&-]+(?:,\s*|\s+(?:and|et)\s+|\s+)){0,6}$",
    _I,
)
# The amount's destination right after it: "… dans l'économie française", "… in the US".
_INTO_PHRASE_RE = re.compile(r"\s+(?:dans|into|in)\s+(?:(?:l['’]|la|le|les|the|an?)\s*)?(?=[a-zà-ÿA-Z])", _I)
_COMMIT_VERB_BEFORE_RE = re.compile(
    r"\b(?:committed|allocated|earmarked|pledged|consacré|alloué|engagé|promis)\s+(?:\w+\s+){0,2}$", _I
)
# A headline synonym of "raised" (a round cue only after a name: "Sterne IA pulled in €8 million").
_HEADLINE_RAISE_VERB_RE = re.compile(
    r"(?:lands?|landed|nabs?|nabbed|snag(?:s|ged)|bag(?:s|ged)|pick(?:s|ed)\s+up|(?:pull(?:s|ed)|rake[sd]|haul(?:s|ed))"
    r"\s+in)\b",
    _I,
)
_NAME_RIGHT_BEFORE_RE = re.compile(r"(?-i:[A-Z0-9][\w.&'’-]*)\s+$", _I)
# A sum promised right before it, given to a name after it: "pledged $90 million to Lynx AI", « a promis 90
# millions d'euros à Lynx IA » (not "pledged 20 billion euros for AI gigafactories": no one's stake).
_PROMISED_BEFORE_RE = re.compile(
    r"\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)?)\s+"
    r"(?:(?:up\s+to|about|around|some|jusqu['’]à|environ|près\s+de)\s+)?$",
    _I,
)
_TO_NAME_AFTER_RE = re.compile(
    r"\s+(?:to|à)\s+(?:(?:the|la|le|l['’])\s*)?(?:(?!(?:of|de|du|des|for|pour)\s)[a-zà-ÿ-]+\s+){0,2}(?-i:[A-ZÀ-Ý])",
    _I,
)
# Money a backer paid into a company, right before its sum: « a versé », « ont injecté », « a apporté », « verse »
# (`_INTO_NAME_AFTER_RE` names the company after it, « à Lynx IA », « dans Lynx IA »; « a investi … dans » is
# read elsewhere, and « investi … à » names a place as often as a company).
_PAID_IN_BEFORE_RE = re.compile(
    r"\b(?:(?:a|ont|avait|avaient|aura|auront)\s+(?:(?:également|aussi|déjà|ainsi|chacun|chacune)\s+)?"
    r"(?:versé|injecté|apporté)|vers(?:e|ent|era|eront)|inject(?:e|ent|era|eront)|apport(?:e|ent|era|eront))\s+"
    r"(?:(?:environ|près\s+de|plus\s+de|quelque|jusqu['’]à)\s+)?$",
    _I,
)
# "paid $22.5 billion to OpenAI for newly issued shares", "was paid $5 billion by Nvidia for a 4% stake": money paid
# for the company's shares is a stake bought in it; paid for chips or to settle a suit is none.
_PAID_BEFORE_RE = re.compile(
    r"\b(?:paid|pays|pay|paying)\s+(?:(?:about|around|some|roughly|nearly)\s+)?$", _I
)
_PAID_FOR_SHARES_AFTER_RE = re.compile(
    r"\s+(?:(?:to|by)\s+(?:the\s+)?(?-i:[A-ZÀ-Ý])[\w.&'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w.&'’-]*){0,3}\s+)?"
    r"for\s+(?:(?:a|an|its|their|the)\s+)?(?:(?:newly[\s-]+issued|new|preferred|common|primary)\s+)*"
    r"(?:shares|stock|equity|(?:[\d.,]+\s*(?:%|per\s*cent|percent)\s+)?(?:equity\s+)?stake)\b",
    _I,
)
_PAID_PASSIVE_BEFORE_RE = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+paid\s+"
    r"(?:(?:about|around|some|roughly|nearly)\s+)?$",
    _I,
)
_PAID_BY_AFTER_RE = re.compile(r"\s+by\s+(?:the\s+)?", _I)
_INTO_NAME_AFTER_RE = re.compile(
    r"\s+(?:(?P<to>à)|au\s+capital\s+d[e'’]|dans|dans\s+le\s+capital\s+d[e'’])\s*(?:(?:la|le|l['’])\s*)?"
    r"(?:(?!(?:de|du|des|pour)\s)[a-zà-ÿ-]+\s+){0,2}(?-i:[A-ZÀ-Ý])",
    _I,
)
_TO_PHRASE_RE = re.compile(r"\s+(?:to|à|aux)\s+(?:(?:the|les|la|le)\s+)?(?=[a-zà-ÿ])", _I)
_CLAUSE_COMMA_RE = re.compile(r",\s")
# "A, géré par B, et C…", "A, backed by B, and C…": ", et/and" closing a participle aside after a name joins
# the subjects rather than opening a new clause.
_AND_AFTER_PARTICIPLE_ASIDE_RE = re.compile(r",\s*(?:et|and)\b", _I)
_PARTICIPLE_ASIDE_BEFORE_RE = re.compile(
    r"[A-Z][\w.&'’-]*,\s+(?:[\w-]+(?:é|ée|és|ées|ed)|owned|run|held|détenue?s?)\s+(?:par|by)\s+[^,;:.]{1,120}$"
    # "Breizh Up, le fonds d'investissement de la Région Bretagne, et Crédit Mutuel Arkéa ont chacun…": a
    # name's apposition opened by an article, at the start of the sentence.
    r"|^\W*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3},\s+(?:le|la|les|l['’]|un|une|the|an?)\s*[^,;:.]{1,100}$"
    # A person's role set off after the name: "Marc Durand, fondateur de X, et Paul Roy, patron de Y, ont mis…".
    r"|[A-Z][\w.&'’-]*,\s+(?:co-?)?(?:fondat(?:eur|rice)|founder|patron(?:ne)?|président(?:e)?|directeur|"
    r"directrice|PDG|CEO|chief|ancien(?:ne)?|former)\b[^,;:.]{0,100}$"
)
_RELATIVE_OPEN_RE = re.compile(r",\s*(?:qui|which|who)\b", _I)
# A relative clause about something of the name before it: "Ombrelle, whose rival Poolside raised $500 million
# last year, closed…", "Ombrelle, dont le concurrent Poolside a levé…". Not "dont 5 M€ de dette" (a part of a sum).
_POSSESSIVE_RELATIVE_OPEN_RE = re.compile(r",\s*(?:whose\s|dont\s+(?:le|la|les)\s|dont\s+l['’])", _I)
# A relative clause opened with no comma inside a name's apposition: "Vantel, a Berlin-based robotics startup which
# has raised $118 million so far, said…", "Vantel, start-up berlinoise qui a déjà levé 118 M$, annonce…".
_APPOSITION_RELATIVE_OPEN_RE = re.compile(
    r",\s+[^,;:.()]{1,80}?[^\W\d_]\s+(?P<pronoun>(?:which|who|qui)\b|that\s+(?=(?:has|had|have)\b))", _I
)
_RELATIVE_RE = re.compile(r",\s*(?:qui|which|who)\s*$|^\s*(?:,\s*)?(?:qui|which|who)\b", _I)
# Between two coordinated names: ", ", " et ", "and the Singaporean fund ", "et le fonds souverain ".
_COORDINATION_GAP_RE = re.compile(
    r"(?:\s++(?:Corp|Inc|Ltd|Co|SA|SAS|AG|GmbH|plc)\b)?\.?\s*+"
    r"(?:,\s*+(?:(?:et|and)\s++)?|(?:et|and)\s++|&\s*+)"
    # "aux côtés de Temasek et de Bpifrance", "menée par A et par B": the conjunct repeats the preposition.
    r"(?:(?:de|du|des|par|by|from)\s++|d['’])?"
    r"(?:(?:(?:le|la|les|the)\s++|l['’])(?:[a-zà-ÿ][\w-]*+\s++){0,3})?",
    _I,
)
# A coordination whose first conjunct carries an apposition: "A, filiale de X, et par B", "A, the fund of X, and B".
_APPOSED_COORDINATION_GAP_RE = re.compile(
    r"\s*,\s*[^,;.()]{1,80},\s*(?:et|and)\s+(?:(?:de|du|des|par|by|from)\s+|d['’])?"
    r"(?:(?:(?:le|la|les|the)\s+|l['’])(?:[a-zà-ÿ][\w-]*\s+){0,3})?",
    _I,
)
# A named backer joined by others the story leaves unnamed: "Kima Ventures et des business angels",
# "Seedcamp and a group of angel investors".
_WITH_UNNAMED_BACKERS_RE = re.compile(
    r"\b(?:et|and)\s+(?:des|d['’]autres|plusieurs|quelques|other|several|some|various|a\s+(?:group|handful)\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:business\s+angels|angels|angel\s+investors|investisseurs|investors|family\s+offices|"
    r"particuliers)\b"
    # "Toyota Motor Corp. is among investors pouring 5 billion yen into X": one of the round's backers.
    r"|\b(?:is|are|was|were|figure\w*|est|sont)\s+(?:among|one\s+of|parmi|l['’]un\s+des|l['’]une\s+des)\s+"
    r"(?:the\s+|les\s+|several\s+|many\s+|a\s+(?:group|handful)\s+of\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:investors|backers|investisseurs|financeurs)\b",
    _I,
)
# Between a bought company and its price: "Crunchy Data for about", "Paynomo pour environ".
_PRICE_RIGHT_AFTER_RE = re.compile(
    r"(?:\s+(?:in|en)\s+(?:cash|stock|numéraire|actions))?\s+(?:for|pour)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|environ|près\s+de|quelque)\s+)?",
    _I,
)
# A holder raising its stake to a share, told just before the share: "raised its stake in G42 to 49%", "increased
# its holding to", "a porté sa participation dans Arm Holdings à 90%", "a relevé sa participation de 10 % à 15 %".
_STAKE_RAISED_BEFORE_RE = re.compile(
    r"\b(?:rais(?:ed|es|ing)|increas(?:ed|es|ing)|lift(?:ed|s|ing)|boost(?:ed|s|ing)|upp(?:ed|ing)|ups|"
    r"brought|bringing|took|taken|taking|"
    # A stake reduced to a share is a stake event too: "trimmed its stake in OpenAI to 27% from 32%".
    r"trimm(?:ed|ing)|trims|cut(?:s|ting)?|reduc(?:ed|es|ing)|lower(?:ed|s|ing)|par(?:ed|es|ing))\s+"
    r"(?:its|their|his|her)\s+(?:stake|holding|shareholding|ownership)"
    r"\b[^.;]{0,80}?\bto\s+(?:(?:about|around|roughly|nearly|almost|some|just\s+over|more\s+than)\s+)?$|"
    r"\b(?:port[ée]\w*|relev[ée]\w*|augment[ée]\w*|monte|mont[ée]|réduit|abaiss[ée]\w*|ramen[ée]\w*|"
    r"diminu[ée]\w*)\s+(?:sa|leur|ses|leurs)\s+"
    # "sa part dans X", "sa part au capital": a holding; "sa part de marché" is a market share.
    r"(?:participation|parts?(?=\s+(?:dans|au\s+capital)\b))\b[^.;]{0,80}?\bà\s+(?:(?:environ|près\s+de|plus\s+de)\s+)?$",
    _I,
)
# A pronoun or a bare description as the subject of a stake raised: "It", "The group", « Le groupe a ».
_PRONOUN_HOLDER_RE = re.compile(
    r"\s*(?:it|the\s+(?:group|company|firm|fund|investor|conglomerate|bank)|il|elle|le\s+groupe|la\s+société|"
    r"le\s+fonds|l['’]investisseur|le\s+conglomérat)"
    r"(?:\s+(?:has|had|then|later|since|also|subsequently|a|avait|ensuite|depuis|aussi))*\s+",
    _I,
)
_RAISED_DONE_RE = re.compile(
    r"(?:raised|increased|lifted|boosted|upped|brought|took|trimmed|cut|reduced|lowered|pared|port[ée]|relev[ée]|"
    r"augment[ée]|réduit|abaiss[ée]|ramen[ée]|diminu[ée])\b",
    _I,
)
# Words after a stake that tell another event, whose date is that event's: "before selling it in early 2019",
# "après son rachat … annoncé en juillet".
_OTHER_EVENT_AFTER_RE = re.compile(
    r"\b(?:before|after|following|since|until|then|when|avant|après|depuis|lors)\b|,\s*(?:which|qui)\b", _I
)
# A date opening its sentence, after the dateline if any: "In March 2020, …", « En 2020, … ».
_FRONTED_DATE_BEFORE_RE = re.compile(r"(?:^|\s[-–—]\s)\s*(?:en|in)\s+$", _I)
# Where the words of a stake told by its share end: a comma, a clause's end or another event ("before selling it").
_STAKE_DATE_END_RE = re.compile(rf"[,;:]|{_OTHER_EVENT_AFTER_RE.pattern}", _I)
# The share a stake was raised from, told after the share it was raised to: "to 90% from 75%".
_EARLIER_SHARE_BEFORE_RE = re.compile(r"\d\s?%\s+from\s+(?:(?:about|around|roughly|nearly|some)\s+)?$", _I)
# A right to a larger stake later: "une option pour monter à 100 %", "an option to raise its stake to 100%".
_OPTION_BEFORE_RE = re.compile(r"\b(?:option|droit|right)\s+(?:de|d['’]|pour|to)\b[^.;]{0,50}$", _I)
# The verb that values a company: "values it at", "valorisant la société à"; here the past too ("valued").
_VALUING_VERB_RE = re.compile(rf"\b(?:{VALUING_VERBS}|valued|valorisait)\s+", _I)
# A valuation participle set off by a comma after a name: "Mistral AI, valorisée 11,7 milliards".
_VALUED_PARTICIPLE_RE = re.compile(r"(?:valoris[ée]e?s?|valued)\b", _I)
_APPOSITION_COMMA_RE = re.compile(r"\s*,\s*(?:(?:désormais|aujourd['’]hui|now|last)\s+)?", _I)
# A description that may stand for one backer of a round ("Le groupe pharmaceutique a injecté 8 M€", "The bank put
# in $5m"), and the words of a fund's name, which a group's description does not fit.
_DESCRIBED_BACKER_HEAD_RE = re.compile(
    r"(?:le|la|l['’]|the)\s*(?:groupe|group|banque|bank|fonds|fund|investisseur|investor|laboratoire|industriel|"
    r"géant|giant|conglomérat|conglomerate|drugmaker|lender|assureur|insurer)\b",
    re.IGNORECASE,
)
_FUND_NAME_WORDS = frozenset(
    {"capital", "ventures", "venture", "partners", "fund", "fonds", "invest", "investments", "investissement"}
)
# An absolute construction naming the investors of each share: "with Accel and Atomico each investing",
# "with Toyota contributing five billion yen".
_WITH_EACH_RE = re.compile(
    r"\b(?:with|avec)\s+[^,;]{2,120}?\b(?:(?:each|chacun|chacune)\s+)?(?:investing|putting|contributing|"
    r"providing|apportant|investissant|injectant)\b",
    _I,
)
_UNDISCLOSED_BEFORE_RE = re.compile(
    r"\b(?:ne\s+(?:communique|dévoile|divulgue)\s+pas|n['’]a\s+pas\s+(?:communiqué|dévoilé|divulgué)|"
    r"(?:does|did)\s+not\s+disclose|declined\s+to\s+disclose)\b",
    _I,
)
_SINGULAR_RELATIVE_RE = re.compile(
    r"\s*+(?:(?:qui|which|who)\s++)?(?:a\s|apporte\b|investit\b|injecte\b|verse\b|has\b|puts\b|invests\b|"
    r"contributes\b)",
    _I,
)
# A backer's entry in an aside right after its name, then its sum: "X, entré au capital en 2020 avec un ticket
# de", "X, entrée en 2012 à hauteur de", "X, entré au capital en 2015 en apportant".
_ENTERED_CAPITAL_ASIDE_RE = re.compile(
    r",\s+entrée?s?\s+(?:au\s+capital\s+)?(?:(?:en|dès)\s+(?:\w+\s+)?\d{4}\s+)"
    r"(?:avec\s+un\s+(?:ticket|chèque)\s+de|à\s+hauteur\s+de|en\s+(?:apportant|investissant|injectant))\s*$",
    _I,
)
_EACH_RE = re.compile(r"\b(?:chacun|chacune|each|respectivement|respectively|apiece)\b", _I)
_LEAD_CUE_RE = re.compile(
    r"\b(?:co-?led by|led by|menée?s?\s+par|conduite?s?\s+par|pilotée?s?\s+par|emmenée?s?\s+par|"
    r"(?:co-?)?dirigée?s?\s+par|codirigée?s?\s+par|headed by|spearheaded by|anchored by|"
    # The lead after its verb in a relative clause: "un tour de table qu'a mené X", "que pilotent X et Y".
    r"qu['’](?:a|ont|avait|avaient)\s+(?:co-?)?(?:mené|piloté|conduit|emmené)|"
    r"que\s+(?:co-?)?(?:mène|mènent|pilote|pilotent|conduit|conduisent))\s+",
    _I,
)
_LEAD_VERB_RE = re.compile(
    r"\b(?:mène|mènent|a mené|ont mené|menait|co-?mène|conduit|pilote|leads|led|is leading|co-led|co-leads|"
    r"a co-mené|will lead|would lead|to lead|va mener|mènera|will co-lead|"
    # Past tenses: "qui avait mené en 2023 son tour", "avait piloté la série A", "avait co-mené".
    r"(?:a|ont|avait|avaient|aurait)\s+(?:(?:déjà|aussi|également)\s+)?(?:co-?)?(?:mené|piloté|emmené))\b",
    _I,
)
# Verbs whose subject backs a round rather than raises it, in any tense ("qui avait piloté la série A",
# "had co-led its Series B", "entré au capital lors de la série B", "participated in the round").
# "led" takes English auxiliaries only: French "a" before it is a series letter ("a Series A led by Index").
_BACKER_VERB_RE = re.compile(
    r"\b(?:(?:avait|avaient|a|ont|had|has|have)\s+(?:(?:déjà|already|also|également|aussi|previously)\s+)?"
    r"(?:co-?)?(?:mené|piloté|conduit|emmené|apporté)|"
    r"(?:had|has|have)\s+(?:(?:already|also|previously)\s+)?(?:co-?)?led|co-?mené|co-?led|participated|took part|"
    r"(?:a|ont|avait|avaient)\s+(?:(?:déjà|également|aussi)\s+)?participé|participent|participe|"
    r"entrée?s?\s+au\s+capital)\b",
    _I,
)
_BACKER_PARTICIPLE_RE = re.compile(
    r",\s*(?:entrée?s?\s+au\s+capital|which\s+invested|qui\s+avait\s+investi)\b", _I
)
_INVESTED_RE = re.compile(
    r"\binvest(?:s|ed|ing)?\b|\binvestit\b|\binvestissent\b|\b(?:a|ont|avait|avaient)\s+investi\b", _I
)
_OTHER_PHRASE_RE = re.compile(
    r"[,;]|\b(?:and|et|or|ou|but|mais|while|tandis|son|sa|ses|its|their|leurs?|his|her)\b", _I
)
_BY_AFTER_RE = re.compile(r"\s+(?:by|par)\b", _I)
_LEAD_WORD_RE = re.compile(r"mené|piloté|conduit|emmené|led\b", _I)
# A relative clause naming the backers that join a round: "…, auquel participent également X et Y".
_JOINING_RELATIVE_RE = re.compile(
    r"\b(?:auquel|à\s+laquelle|auxquel(?:le)?s)\s+(?:ont\s+)?particip(?:ent|e|é)(?:\s+(?:également|aussi|notamment))?",
    _I,
)
# A relative clause naming backers that joined the round it follows: "…a $45m Series B in 2021, in which Octopus
# Ventures also took part", "…une série B de 10 M€, à laquelle a aussi participé Eurazeo" (group `verb`: the
# French clause may put its verb first).
_JOINED_ROUND_RELATIVE_RE = re.compile(
    # The comma may be missing: "a Series A in September 2024 in which Nvidia took part".
    r"(?:,\s*|\s+)(?:(?:in|to)\s+which|à\s+laquelle|auquel|auxquel(?:le)?s)\s+(?P<verb>(?:(?:ont|a)\s+(?:également\s+|aussi\s+)?"
    r"(?:participé|pris\s+part)|participent|participe|prennent\s+part|prend\s+part)"
    r"(?:\s+(?:également|aussi|notamment))?\s+)?",
    _I,
)
_JOINED_AFTER_RE = re.compile(
    r"\s++(?:also\s++|too\s++)?(?:took\s++part|participated|invested|contributed)\b|"
    r"\s++(?:have|has|had)\s++(?:also\s++)?(?:taken\s++part|participated|invested)\b|"
    r"\s++(?:y\s++)?(?:ont|a)\s++(?:également\s++|aussi\s++)?(?:participé|pris\s++part)\b",
    _I,
)
# The verb of a backer right before the round it names by its company's possessive: "X, which backed Y's £1.5m
# seed round", "X, qui avait financé la série A de Y".
_BACKED_ROUND_VERB_RE = re.compile(
    r"\b(?:backed|funded|financed|invested\s+in|participated\s+in|took\s+part\s+in|joined|"
    r"(?:a|avait)\s+(?:financé|soutenu|participé\s+(?:en\s+(?:\w+\s+)?(?:19|20)\d\d\s+)?(?:à|au|aux)\b|accompagné)|"
    r"(?P<lead>(?:co-?)?led|headed|(?:a|avait)\s+(?:co-?)?mené))\s+(?:[\w'’-]+\s+){0,3}$",
    _I,
)
# The gap between two subjects of one verb: "Accel and Kima Ventures", « Accel, Kima Ventures et Elaia ».
_SUBJECTS_JOINED_RE = re.compile(r",\s*(?:(?:and|et)\s+)?|\s+(?:and|et)\s+", _I)


def _joined_subjects(view: View, mentions: list[Mention]) -> list[Mention]:
    """The last of `mentions` with those joined to it before it ("Accel and Kima Ventures participated in…",
    « Accel et Kima Ventures ont participé à… »): every subject of the verb after them, in their order."""
    joined = [mentions[-1]]
    for earlier in reversed(mentions[:-1]):
        gap = view.text[view.rel(earlier)[1] : view.rel(joined[0])[0]]
        if not earlier.name or not _SUBJECTS_JOINED_RE.fullmatch(gap):
            break
        joined.insert(0, earlier)
    return joined


# A backer joining a French raise named before its sum and its company: « a participé à la levée de », « a pris part
# au tour de table de », « participe à l'augmentation de capital de » (then « 15 M€ de Mistral Forge »).
_JOINED_ROUND_OF_BEFORE_RE = re.compile(
    r"\b(?:(?:a|ont|avait|avaient)\s+(?:(?:également|aussi|déjà|notamment)\s+)?(?:participé|pris\s+part)|"
    r"particip(?:e|ent)|pren(?:d|nent)\s+part)\s+(?:à\s+la|au|à\s+l['’])\s*"
    r"(?:(?:nouvelle|nouveau|dernière|dernier|récente|récent)\s+)?"
    r"(?:tour\s+de\s+(?:table|financement)|levée(?:\s+de\s+fonds)?|augmentation\s+de\s+capital|"
    r"s[ée]rie\s+[A-H]|opération|financement)\s+(?:de\s+|d['’]\s*)$",
    _I,
)
# Backers that come back for the round the story tells: "QED, which led its Series A, returned for the new round,
# as did Y", "X a remis au pot lors de ce nouveau tour".
_RETURNED_FOR_ROUND_RE = re.compile(
    # "X, which led the company's Series A, returned for the round": the round just told, no adjective needed.
    r"\b(?:returned|came\s+back)\s+(?:for|to)\s+(?:the|this)\s+(?:round|raise|financing)\b|"
    r"\b(?:returned\s+(?:for|to)|re-?upped\s+(?:in|for)|came\s+back\s+(?:for|to)|(?:also\s+)?joined|"
    r"(?:also\s+)?participated\s+in|(?:also\s+)?took\s+part\s+in|(?:ont|a)\s+(?:également\s+|aussi\s+)?"
    r"(?:réinvesti\s+(?:dans|lors\s+de)|remis\s+au\s+pot\s+lors\s+de|participé\s+à))\s+"
    r"(?:the|this|ce|cette|le|la)\s+(?:new|latest|current|fresh|nouveau|nouvelle)\s+"
    r"(?:round|raise|funding(?:\s+round)?|financing|tour(?:\s+de\s+table)?|levée)\b",
    _I,
)
# "Existing investor Seedcamp, which led Lumo's $17 million Series A in 2023, also participated": the earlier
# round sits in the relative clause; the main verb joins the round told before the sentence (the match starts
# at the relative's comma, where the subject ends).
_ALSO_JOINED_PAST_RELATIVE_RE = re.compile(
    r",\s*(?:which|who|qui)\b[^.;]{0,160}?,\s*(?:also\s+|too\s+)?(?:participated|took\s+part|joined|invested|"
    r"returned|came\s+back|re-?upped|(?:est|sont)\s+revenue?s?|a\s+réinvesti|ont\s+réinvesti|"
    r"(?:a|ont)\s+(?:également|aussi)\s+(?:participé|investi|pris\s+part))\s*(?=[.;]|$)",
    _I,
)
# After a backer's verb, a second clause naming another backer that joined: ", and John Deere's venture arm
# joined", ", while Y also invested".
_AND_ALSO_JOINED_RE = re.compile(
    r",?\s+(?:and|while|et)\s+(?P<names>[^,;.]{2,80}?)\s+(?:also\s+|too\s+)?"
    r"(?:joined|participated|invested|took\s+part|came\s+in|a\s+suivi|ont\s+suivi)\b",
    _I,
)
# An apposition saying whose vehicle the backer just named is: "CapitalG, Alphabet's growth fund, and…", and
# the same closing the clause or the sentence ("…, said CapitalG, Alphabet's growth fund.").
_OWNER_APPOSITION_RE = re.compile(
    r",\s*(?:the\s+)?(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,3}['’]s?\s+(?:[a-z-]+\s+){0,3}"
    r"(?:fund|arm|unit|vehicle|subsidiary|division|affiliate)(?=\s*(?:[,;]|\.(?!\d)|$))",
    _I,
)
# The last word of an investing vehicle's own name: "Alexa Fund", "Samsung Catalyst Fund", "Intel Capital".
_FUND_NAME_ENDS = frozenset({"fund", "fonds", "ventures", "capital", "partners", "investments"})
# After an owner's possessive, its investing vehicle's kind, then that vehicle's name: " growth fund CapitalG".
_NAMED_VEHICLE_AFTER_RE = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:fund|arm|unit|vehicle)\s+(?-i:[A-Z])", _I)
_AS_DID_RE = re.compile(r",?\s*(?:as\s+did|tout\s+comme)\s+", _I)
# A deal named right before a relative clause: "The round, which was finalized on Wednesday, …".
_DEAL_NOUN_BEFORE_RE = re.compile(
    r"\b(?:round|deal|raise|financing|funding|investment|transaction|agreement|placement|acquisition|"
    r"opération|levée(?:\s+de\s+fonds)?|tour\s+de\s+table|accord|entente|rachat|financement)\s*$",
    _I,
)
# A firm naming where a person worked: "Heroku alum Jane Doe", "Stripe veteran John Roe", "l'ancien de Google".
_FORMER_STAFF_AFTER_RE = re.compile(
    r"\s++(?:alum(?:nus|na|ni|s)?|veterans?|ex-employees?|old-timer|"
    # An angel by the firm of their title: "Skype co-founder Jaan Tallinn", "former Petco executive Linda Marsh".
    r"co-?founders?|cofounders?|founders?|executives?|execs?|"
    # …or their top job there: "former GitHub CEO Nat Friedman", "ex-Google chief executive Eric Schmidt".
    r"(?-i:CEO|CTO|CFO|COO)|chief\s++(?:executive|technology|operating|financial)(?:\s++officer)?|"
    r"chairman|chairwoman|president|boss)\s++(?-i:[A-Z])",
    _I,
)
# An attribution clause closing a list of backers: "led by X, Axios reported", "…, Reuters said on Monday",
# "…, Les Echos a rapporté": the name before it is the source of the news, not one more backer.
_ATTRIBUTION_AFTER_RE = re.compile(
    # Possessive spaces: a run of spaces is read once, not given back space by space to each alternative.
    r"\s++(?:(?:first|earlier|previously|had|has)\s++)?(?:reported|reports|said|says|wrote|writes|noted|"
    r"revealed|reveals|announced|told|tells|cited|learned|learnt)\b|"
    # "…, Sifted can reveal", "…, CEO Maya Okafor tells Axios exclusively".
    r"\s++(?:can|could)\s++(?:reveal|confirm|report)\b|"
    r"\s++(?:a|ont|avait)\s++(?:rapporté|révélé|écrit|indiqué|affirmé|annoncé|dévoilé|précisé|appris)\b|"
    r"\s++(?:rapporte|révèle|écrit|indique|affirme|précise|dévoile)\b",
    _I,
)
# Names a cue lists that are no backers: competitors given as examples ("rivals such as Brex and Ramp",
# "led by humanoid makers such as Figure AI") and a figure's source ("Figures from industry body X").
_RIVALS_BEFORE_CUE_RE = re.compile(
    r"\b(?:rivals?|competitors?|concurrents?|challengers?|peers|makers|manufacturers|fabricants|players)"
    r"\s*,?\s*$",
    _I,
)
_RIVALS_AFTER_CUE_RE = re.compile(
    r"(?:(?:the|its|their|other|larger|bigger|smaller|well-funded|[a-z][\w-]*)\s+){0,3}"
    r"(?:rivals?|competitors?|concurrents?|challengers?|peers|makers|manufacturers|fabricants|players)\s+"
    r"(?:such\s+as|including|like|tels?\s+que|telles?\s+que|comme)\b",
    _I,
)
_FIGURES_BEFORE_CUE_RE = re.compile(
    r"\b(?:figures|data|numbers|statistics|stats|estimates|research|analysis|survey|report|chiffres|"
    r"données)\s*$",
    _I,
)
_INVESTOR_CUE_RE = re.compile(
    r"\b(?:auprès\s+d(?:[e'’]|u\b|es\b)|from|with participation from|with participation of|"
    r"(?:auquel|à\s+laquelle|auxquel(?:le)?s)\s+(?:ont\s+)?particip(?:ent|e|é)(?:\s+(?:également|aussi|notamment))?|"
    r"avec la participation d(?:[e'’]|u\b|es\b)|"
    # A backer new to the round: « avec l'arrivée de Nvidia », "with the arrival of Nvidia".
    r"avec l['’]arrivée d(?:[e'’]|u\b|es\b)|with the arrival of|aux côtés d(?:[e'’]|u\b|es\b)|alongside|including|notamment|parmi lesquels|such as|backed by|soutenue?s?\s+par|"
    r"de la part d[e'’]|as well as|ainsi que|dont|participation of|together with|joined by|rejoint par|"
    r"include|includes|comprennent|figurent|(?<=\balso )drew|(?<=\balso )attracted|"
    # "10 M€ de fonds propres, apportés par Serena…", "$20 million in equity, provided by X".
    r"apporté(?:e|s|es)?\s+par|provided\s+by|put\s+up\s+by|"
    # Notes or bonds bought by their investors: "des obligations convertibles …, souscrites par Eurazeo".
    r"souscrite?s?\s+par|subscribed\s+(?:to\s+)?by)\s*",
    _I,
)
# After a lead, the backers that joined it: "…, avec Bpifrance et X", "…, with existing investors Y and Z",
# "…, rejoint par Y", "…, accompagné de Y". A bare "with/avec" (group "bare") needs `_CO_INVESTORS_END_RE`.
# Words are one space apart (no run of spaces to backtrack over).
_CO_INVESTORS_RE = re.compile(
    r",?\s(?:(?P<bare>with|avec)|joined\sby|followed\sby|rejointe?s?\spar|"
    r"(?:accompagnée?s?|suivie?s?)\s(?:par|de|d['’]))\s?"
    r"(?:(?:les|le|la|des|the|its|ses|leurs?|their|l['’])\s?)?"
    r"(?:(?:existing|new|current|other|fellow|returning|previous|investors?|backers?|shareholders?|funds?|"
    r"investisseurs?|historiques?|actionnaires?|existants?|nouveaux|fonds)\s){0,3}",
    _I,
)
# What closes a list of co-investors after a bare "with/avec": the clause's end or the backers' own verb.
_CO_INVESTORS_END_RE = re.compile(
    r"\s?(?:[,.;)]|$|(?:(?:also|each|both|all|as\swell)\s)?(?:participating|joining|investing|"
    r"taking\spart|chipping\sin|contributing|putting|coming\sin|following|participant|investissant|"
    r"apportant|(?:(?:qui|who)\s)?(?:(?:ont|a|also|have|has)\s)?(?:participé|participated|joined|invested|"
    r"investi|suivi|followed)))",
    _I,
)
# A round told right before a bare "with/avec" and no lead: "raised $5 million in a seed round with Plural",
# « a levé 5 millions d'euros en amorçage avec Plural ». The round's noun or its sum ends the words before it (a
# "partnership with Airbus" is no round).
_ROUND_BEFORE_BARE_WITH_RE = re.compile(
    r"(?:\b(?:round|financing|funding|raise|seed|pre-seed|series\s[A-Z]\d?|millions?|billions?|milliards?|"
    r"euros|dollars|pounds|livres|amorçage|pré-amorçage|table|levée|financement|série\s[A-Z]\d?|"
    r"\d+(?:[.,]\d+)?\s?(?:[mbk]n?|M€|Md€|M\$))|[$€£]\d+(?:[.,]\d+)?)$",
    _I,
)
_PARTICIPATION_RE = re.compile(
    r"\b(?:ont (?:également |aussi )?participé|a (?:également |aussi )?participé|participent|participe|"
    r"participated|also participated|took part|joined the round|also invested|"
    # "Mitsubishi UFJ Capital Co. also joined.": joined the round just told.
    r"(?:also|too)\s+joined(?=\s*[.;,]|\s+(?:in|as)\b)|ont également investi|"
    r"existing investors|investisseurs historiques|"
    # "Valor Equity Partners and Apollo are also among the investors", "figurent aussi parmi les investisseurs".
    r"(?:are|is|were|was)\s+(?:also\s+)?among\s+the\s+(?:new\s+)?(?:investors|backers|participants)|"
    r"figurent\s+(?:aussi\s+|également\s+)?parmi\s+les\s+(?:nouveaux\s+)?investisseurs|"
    # "Bpifrance et Eurazeo complètent le tour de table", "ont également pris part", "remettent au pot", "are
    # also participating" (not "complète le dispositif par un prêt").
    r"complèt(?:e|ent)\s+(?:le\s+tour|l['’]opération|la\s+levée|la\s+ronde)|"
    r"(?:ont|a)\s+(?:également\s+|aussi\s+)?pris\s+part|remettent au pot|remet au pot|"
    # "Y Combinator et plusieurs business angels ont également remis au pot": the past of the same idiom.
    r"(?:ont|a)\s+(?:également\s+|aussi\s+)?remis\s+au\s+pot|"
    r"(?:are|is)\s+(?:also\s+)?participating)\b",
    _I,
)
# A clause whose subject leads the round just told ("Elaia led the round at a pre-money valuation of €40 million",
# « Elaia mène le tour, aux côtés de Bpifrance, sur une valorisation pré-money de 40 M€ »): as with
# `_PARTICIPATION_RE`, the subject is a backer, and the valuation the clause names is the round's company's.
_LED_THE_ROUND_RE = re.compile(
    # Never a relative clause ("Nvidia, which led the round, is itself valued at $4 trillion", « Elaia, qui a mené
    # le tour, … »): its subject is what the main clause goes on to value.
    r"(?<!\bwhich\s)(?<!\bthat\s)(?<!\bwho\s)(?<!\bqui\s)"
    r"\b(?:led|leads|is\s++leading|co-led|co-leads|mène|menait|a\s++mené|pilote|conduit|a\s++conduit)\s++"
    r"(?:the\s++(?:new\s++|latest\s++)?(?:round|financing|funding|raise|investment|deal)|"
    r"(?:le|ce)\s++(?:nouveau\s++)?tour(?:\s++de\s++table)?|l['’]opération|la\s++(?:nouvelle\s++)?levée)\b",
    _I,
)
# What ends the clause telling who led the round before its valuation is told: a full stop, a semicolon, a new
# clause after a comma ("Elaia led the round, and Lumio was valued at…"). Asides between commas stay in it
# (« Elaia mène le tour, aux côtés de Bpifrance, sur une valorisation pré-money de 40 M€ »).
_LED_CLAUSE_BREAK_RE = re.compile(r"[.;:]|,\s*+(?:and|but|while|whereas|et|mais|tandis|alors)\b", _I)
# The valuation words the clause telling the lead must hold ("led the round at a valuation of", « sur une
# valorisation de »): a sum in it is then the round's worth.
_LED_CLAUSE_VALUATION_RE = re.compile(
    r"\b(?:valuations?|valued|values|valoris\w*+|pre-money|post-money)\b", _I
)
# From a backer's name to the sum of its own worth, the backer the subject of "valued": "Nvidia, which led the round,
# is itself valued at", « Nvidia, qui a mené le tour, est elle-même valorisée à ». An aside in commas may come between
# (a relative clause, no full stop in it); the verb is the main clause's, not a relative's about the round.
# Words after which a name opens a clause as its subject ("…, and Nvidia is itself valued"), unlike a preposition
# ("The 10% stake bought by Nvidia was valued at": the stake's worth, not Nvidia's).
_CLAUSE_OPENING_WORDS = frozenset({"and", "but", "while", "whereas", "that", "et", "mais", "que"})


def _opens_a_clause(before: str) -> bool:
    """Whether a name right after `before` (the sentence up to it) opens the sentence or a clause as its subject."""
    before = before.rstrip()
    if not before or before[-1] in ".;:!?,(—–":
        return True
    words = before.split()
    return words[-1].lower() in _CLAUSE_OPENING_WORDS or before.lower().endswith(("qu'", "qu’"))


_VALUED_ITSELF_AFTER_SUBJECT_RE = re.compile(
    r"(?:\s*+,\s*+(?:which|who|qui)\s[^,;.:]{0,100}+,)?\s*+"
    r"(?:is|was|has\s++been|est|était|a\s++été)\s++"
    r"(?:(?:itself|elle-même|lui-même|now|currently|already|désormais|actuellement|déjà)\s++){0,2}"
    r"(?:valued\s++at|worth|valorisée?\s++(?:à\s++)?|capitalisée?\s++(?:à\s++)?)"
    r"(?:\s*+(?:about|around|some|more\s++than|over|environ|près\s++de|plus\s++de))?\s*+",
    _I,
)
# A sentence opening on the round the story tells, named by its noun: "The round, which…", "Le tour de table…".
_ROUND_REFERENCE_OPENS_RE = re.compile(
    r"\W*+(?:the|this|le|la|l['’]|ce|cette)\s*+(?:(?:new|latest|funding|financing|nouveau|nouvelle)\s++)?"
    r"(?:round|raise|financing|funding|tour(?:\s++de\s++table)?|levée(?:\s++de\s++fonds)?|opération)\b",
    _I,
)
# The one cue of `_PARTICIPATION_RE` that names the backers rather than saying they took part.
_BACKERS_NOUN_RE = re.compile(r"existing\s+investors|investisseurs\s+historiques", _I)
# The deal named "l'opération", which a lead cue in its sentence shows to be a round.
_LED_OPERATION_RE = re.compile(r"\bl['’]opération\b", _I)
_ROUND_TYPE_RE = re.compile(
    r"\b(?:(?:série|series|serie)\s+(?P<letter>[A-H])\b|(?P<preseed>pre-seed|pré-amorçage)|"
    # Whole words: "Seedcamp" names a fund, not a seed round.
    r"(?P<seed>seed|amorçage)\b|"
    # Kinds of financing that are not a stage: a bridge to the next round, a note or bond to convert.
    r"(?P<bridge>bridge\s+(?:round|financing|funding|loan)|(?:tour|financement)\s+(?:de\s+)?(?:relais|bridge))\b|"
    r"(?P<convertible>convertible\s+(?:notes?|bonds?|loans?|debt)|"
    r"(?:obligations?|emprunts?\s+obligataires?|prêts?)\s+convertibles?)\b|"
    # Public funding, non-dilutive: "a CHF 1.5 million grant from Innosuisse", « une subvention de 30 M€ ».
    r"(?P<grant>grants?|subventions?)\b|(?P<pipe>(?-i:PIPE)\b))",
    _I,
)
_POST_RE = re.compile(
    # « valorisation post-monétaire »: the French calque of "post-money".
    r"post-?money|post-?monétaire|post-investment|après (?:l['’]opération|la levée|l['’]augmentation|le tour|cette levée|"
    r"la transaction|"
    r"l['’]investissement|apport|(?:une |cette |l['’])?augmentation de capital)|porte sa valorisation|portant sa valorisation|porte la valorisation|"
    r"portant la valorisation|bringing (?:its|the company's|the startup's) valuation|brings? (?:its|the) "
    r"valuation|after the (?:round|investment|deal|capital increase)|including the new (?:money|capital)|"
    r"valorisation totale|total valuation|bring\w*\s+(?:[\w'’-]+\s+){0,5}valuation|"
    # "à plus d'un milliard d'euros, argent frais compris", "y compris l'argent frais", "après l'argent frais".
    r"argent frais (?:compris|inclus)|(?:y compris|incluant|après) (?:l['’])?argent frais",
    _I,
)
# The word that introduces a figure compared with another one: "contre 400 M€", "up from $1bn", "versus".
_COMPARED_WITH_BEFORE_RE = re.compile(
    # "down from the $1.1 billion it was valued at in 2024": the article before the figure too.
    r"\b(?:contre|(?:(?:up|down) from|compared (?:with|to))(?:\s+(?:the|a|an|its))?|versus|vs\.?)\s+$",
    _I,
)
# A value the company was given before the story's news, right before the amount: "was last valued at about
# $200m", "had previously been valued at", "its previous valuation of", "précédemment valorisée", "sa précédente
# valorisation de". Not "was valued at": the news's own round may be told so.
_EARLIER_VALUATION_BEFORE_RE = re.compile(
    r"(?:\b(?:last|previously|most\s+recently|earlier|once)\s+(?:been\s+)?valued|"
    r"\b(?:its|their|the\s+company['’]s)\s+(?:previous|prior|last|earlier)\s+valuation|"
    r"\b(?:précédemment|auparavant|dernièrement)\s+(?:été\s+)?valoris[ée]+s?|"
    r"\b(?:sa|leur)\s+(?:précédente|ancienne)\s+valorisation)"
    r"[^.;,]{0,25}$",
    _I,
)
# The pluperfect alone, "had been valued", "avait été valorisée": an earlier value too, unless the round just
# told follows ("The company said it had been valued at $5 billion in the round", "qu'elle avait été valorisée
# 5 milliards d'euros lors de cette opération": reported speech about the news's own round).
_PLUPERFECT_VALUED_BEFORE_RE = re.compile(
    r"(?:\bhad\s+(?:\w+\s+)?been\s+valued|\b(?:avait|avaient)\s+(?:\w+\s+)?été\s+valoris[ée]+s?)[^.;,]{0,25}$",
    _I,
)
# The news's own round, right after a value: "in the round", "in this funding round", "lors de cette opération",
# "à l'issue de l'augmentation de capital". Not "in that round", "lors de la levée précédente": an earlier one.
_THIS_ROUND_AFTER_RE = re.compile(
    r"\s*(?:in|with|after|through)\s+(?:the|this)\s+(?:new\s+|latest\s+|current\s+)?"
    r"(?:funding\s+|financing\s+|investment\s+)?(?:round|deal|raise|financing|funding|transaction)\b|"
    r"\s*(?:lors|à\s+l['’]issue|dans\s+le\s+cadre)\s+de\s+"
    r"(?:(?:cette|ce)\s+(?:opération|levée|tour|augmentation|transaction)|l['’](?:opération|augmentation))\b"
    r"(?!\s+(?:précédente|antérieure|de\s+\d{4}))",
    _I,
)
_PRE_RE = re.compile(
    r"pre-?money|pré-?money|pré-?monétaire|avant (?:l['’]opération|la levée|l['’]augmentation|l['’]apport|apport|"
    r"l['’]investissement|le tour|la transaction|cette levée|"
    r"(?:une |cette )?augmentation de capital|(?:l['’](?:apport d['’])?)?argent frais)|"
    # "valorise Assurio à 38 M€ avant l'argent frais", "hors argent frais", "before the new money".
    r"hors (?:l['’])?argent frais|before the (?:round|investment|new money|money|capital increase)",
    _I,
)
# A bare "after"/"before" closing a figure that answers one of the other basis told before it: « 450 M€ avant
# l'opération (pré-money), soit 550 M€ après », "$450 million before the money, or $550 million after".
_BARE_AFTER_RE = re.compile(r"\s++(?:après|after)\b(?=\s*+(?:[.,;)]|$))", _I)
_BARE_BEFORE_RE = re.compile(r"\s++(?:avant|before)\b(?=\s*+(?:[.,;)]|$))", _I)
_FUTURE_RE = re.compile(
    r"\bprévoi\w*|\battend(?:ent|ait)?\b|\bprévision\w*|\btable sur|\bs['’]attend|\bdevrai\w*|\bdevr(?:ait|aient|a)\b|\bexpect\w*|"
    r"\bproject(?:s|ed|ion|ions)\b|\bforecast\w*|\banticip\w*|\btarget\w*|\baims?\b|\bobjectif|\bvise\b|"
    r"\bwill\b|\bestim\w*|\bpourrait\b|\bcould\b|\bplan(?:s|ned)?\b|\bimplique\b|\bimplies\b|"
    r"\bon (?:track|pace|course) (?:to|for)\b|\ben (?:bonne )?voie (?:pour|de|d['’])|\ben passe de\b|\bcompte\s+(?:dépasser|atteindre|réaliser|franchir|doubler|tripler)\b",
    _I,
)
# Revenue told as a yearly pace rather than a year's sales: a run-rate, "annualized revenue", « rythme annuel ».
_RUN_RATE_RE = re.compile(r"run[- ]rate|annuali[sz]ed|annualisé|rythme annuel", _I)
# Revenue from subscriptions counted over a year: ARR, "annual recurring revenue", "chiffre d'affaires récurrent
# annuel". A company tells it next to its run-rate ("run-rate hit $12 million, while ARR stood at $9 million"):
# its own metric, never compared with the run-rate nor a year's revenue.
_ANNUAL_RECURRING_RE = re.compile(
    r"\bARR\b|annual(?:i[sz]ed)?\s+recurring|récurrents?\s+annuels?|annuels?\s+récurrents?", _I
)
# Revenue told as a monthly pace: "monthly recurring revenue", "MRR", "revenu mensuel récurrent". It is no year's
# revenue nor an annual run-rate: its own metric, never compared with either.
_MONTHLY_RECURRING_RE = re.compile(
    r"\bMRR\b|monthly\s+recurring|recurring\s+monthly|mensuels?\s+récurrents?|récurrents?\s+mensuels?", _I
)
_MONTHLY_RECURRING = "monthly_recurring_revenue"
_RUN_RATE = "annualized_revenue_run_rate"
_ANNUAL_RECURRING = "annual_recurring_revenue"
# The words before the year a partnership runs until: "jusqu'en 2030", "until 2030", "through 2030".
_RUNS_UNTIL_BEFORE_RE = re.compile(
    r"(?:\bjusqu['’](?:en|à|au)|\buntil|\bthrough|\btill|\bthru|\bà échéance)\s+(?:(?:la\s+)?fin\s+|the\s+end\s+of\s+)?$",
    _I,
)
# The words of a running total up to now ("to date", "so far", "à ce jour", "depuis sa création"): the one
# alternation the cumulative, total and to-date rules below share, so they never disagree on a "to date" word.
_TO_DATE_WORDS = (
    r"\bto date\b|\bso far\b|\bthus far\b|\bjusqu['’]ici\b|\bjusqu['’]à (?:présent|maintenant)\b|\bà ce jour\b|"
    r"\blifetime\b|"
    r"\bsince (?:(?:its|their) (?:founding|inception|creation|launch)|inception)|"
    r"\bdepuis (?:sa|son) (?:création|fondation|lancement)"
)
_CUMULATIVE_RE = re.compile(
    rf"{_TO_DATE_WORDS}|"
    r"\bau total\b|\bpour un total\b|\ben tout\b|\bin total\b|\ba total of\b|\bcumul\w*|\bdepuis\b|\bsince\b|"
    r"\bregularly\b|\brégulièrement\b|"
    # "Run:ai had raised $118 million from investors including …": a lifetime total, backers listed as examples.
    r"\b(?:had|has|have)\s+raised\b[^.;]{0,40}?\bfrom\s+(?:investors|backers)\s+(?:including|such\s+as)\b",
    _I,
)
# A participle that sums an investor's stakes right before the amount: ", bringing its total investment
# in the startup to $8 billion", "portant son investissement total à 8 milliards". The sum is not new money.
_TOTAL_REACHED_BEFORE_RE = re.compile(
    r"\b(?:bringing|taking|lifting|raising|brings|takes|porte|portant)\s+(?:its|their|his|her|son|sa|leurs?)\s+"
    r"(?:total|overall|cumulative|investissement\s+total|engagement\s+total)\b[^,.;]{0,80}\b(?:to|à)\s+$",
    _I,
)
# What an investor the sentence describes as holding part of the company has put in, told undated in the present
# perfect: « Google, qui détient environ 14% d'Anthropic, y a de son côté investi plus de 2 milliards », "Google,
# which owns about 14% of Anthropic, has invested more than $2 billion in it". The holder's money so far, the
# sum of its earlier stakes: a running total, as "in total" or « au total » would say, not new money.
_HOLDER_RELATIVE_RE = re.compile(
    r",\s*(?:qui|which|who)\s+(?:détient|détiennent|possède|possèdent|owns?|holds?)\s+"
    r"(?:[^,;.]|(?<=\d)[.,](?=\d)){0,60}?\d\s?%(?:[^,;.]|(?<=\d)[.,](?=\d)){0,60},",
    _I,
)
_PERFECT_INVESTED_BEFORE_RE = re.compile(
    r"\b(?:has|have|a|ont)\s+(?:[^\s,.;]+\s+){0,4}?(?:invested|investi|injecté|apporté|put|poured)\s+$", _I
)


def _holder_running_total(view: View, amount: AmountMention) -> bool:
    """Whether `amount` is what a holder the sentence describes has invested so far (`_HOLDER_RELATIVE_RE`):
    its verb in the present perfect right before the sum, no date told after the holder's description."""
    holder = _HOLDER_RELATIVE_RE.search(view.text, 0, amount.bound_start)
    if holder is None or not _PERFECT_INVESTED_BEFORE_RE.search(view.text, holder.end(), amount.bound_start):
        return False
    return not any(date.span[0] >= holder.end() for date in view.dates)


def _coordinated_subjects(subject: str, names: Sequence[str]) -> bool:
    """Whether `subject` (a clause up to its verb of paying in) is `names` alone, joined by commas and « et » /
    "and", then its verb's auxiliary at most: « Kima Ventures et Accel ont », "Kima Ventures and Accel have"."""
    joiner = r"(?:\s*,\s*|,?\s+(?:et|and)\s+)"
    names_re = joiner.join(re.escape(name) for name in names)
    return re.match(rf"\s*{names_re}\s+(?:[\w'’-]+\s+){{0,2}}$", subject, _I) is not None


# A stake the sentence tells as put in before the news: "Amazon has previously invested $8 billion",
# "Earlier, Google invested…", "had already invested", "a déjà investi", "avait investi". Reported speech
# ("said it had invested") tells the news itself, so a bare past perfect needs no adverb only in French.
_PAST_STAKE_BEFORE_RE = re.compile(
    r"(?:^\W*|[.;]\s*)(?:earlier|previously|auparavant|précédemment)\s*,"
    r"|\b(?:has|have|had)\s+(?:previously|already|earlier)\s+(?:invested|put|poured|backed)\b"
    r"|\b(?:previously|earlier|already)\s+(?:invested|put|poured)\b"
    r"|\b(?:a|ont|avait|avaient)\s+(?:déjà|précédemment|auparavant)\s+(?:investi|injecté|apporté|mis)\b"
    r"|\b(?:avait|avaient)\s+(?:investi|injecté|apporté)\b",
    _I,
)
_COMMITTED_RE = re.compile(
    r"\bs['’]est engagée?\b|\bs['’]engage\b|\bcommitted\b|\bpledged?\b|\bpromised\b|\ba promis\b|"
    # "Microsoft has agreed to invest 15 million euros": a sum agreed is promised, not yet paid.
    r"\bagreed\s+to\s+(?:invest|inject|put|contribute)\b|\ba\s+accepté\s+d['’](?:investir|injecter|apporter)\b",
    _I,
)
_COMPLETED_RE = re.compile(
    r"\bfinalis\w*|\bbouclé|\bclôtur\w*|\bcompleted\b|\bclosed\b|\bfinalized\b|\bfinalised\b", _I
)
# A condition's words run to the clause's end; a comma or point inside a number ("2,000 robots") is no end.
_CONDITION_WORD = r'(?:[^,.;»”"]|(?<=\d)[,.](?=\d)|(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=[A-Z]\.[A-Z])\.)'
# A future verb ahead in the clause: "atteindra", "dépasseront", "aura" (franchi).
# A future verb is a lowercase word in -ra/-ront: not a name (Kyra, Sierra, Terra) nor caméra/opéra.
_FUTURE_CLAUSE_AHEAD = r"(?=[^,.;]{0,60}?\b(?-i:[a-zà-öø-ÿœ]+(?<!é)(?:ra|ront))\b)"
# "has agreed to acquire X for $1.1 billion, pending regulatory approval": a takeover that waits on an
# approval is conditional, as « sous réserve de l'approbation des autorités » already reads (_CONDITION_RE).
_PENDING_APPROVAL_RE = re.compile(
    r"\bpending\s+(?:(?:the|a|an|final|formal|customary|regulatory|antitrust|government(?:al)?|shareholder|"
    r"board|court)\s+){0,3}(?:approvals?|clearances?|sign-?offs?|reviews?)\b",
    re.IGNORECASE,
)


def _pending_approval(sentence: str, status: str) -> str:
    """An acquisition's `status`, conditional where its sentence says it waits on an approval."""
    if status in ("announced", "committed") and _PENDING_APPROVAL_RE.search(sentence):
        return "conditional"
    return status


# "paid upon closing", "upon signing": a step of the deal itself, no condition it waits on.
_UPON_DEAL_STEP = r"(?:(?:the\s+)?(?:closing|signing|completion|close)\b|the\s+deal['’]s\s+close\b)"
# An "upon" condition ends before the next sum joined to it: "$30 million upon X and $60 million in 2026"
# (a sum inside the condition stays: "upon reaching $5 million in ARR").
_UNTIL_NEXT_SUM = r"(?:(?!\s+(?:and|then)\s+(?:a\s+further\s+|another\s+)?(?:[$€£]|\d))"
_CONDITION_RE = re.compile(
    rf"(?P<cond>\bune fois\s{_CONDITION_WORD}{{3,120}}|\bà condition\s(?:que|qu['’]|de|d['’]){_CONDITION_WORD}{{3,120}}|"
    rf"\bsous réserve\s(?:de|du|des|d['’]|que|qu['’]){_CONDITION_WORD}{{3,120}}|\bsous conditions?\b{_CONDITION_WORD}{{0,120}}|"
    rf"\bsi\s{_CONDITION_WORD}{{3,120}}|\bif\s{_CONDITION_WORD}{{3,120}}|\bsubject to\s{_CONDITION_WORD}{{3,120}}|"
    rf"\bprovided\s(?:that\s)?{_CONDITION_WORD}{{3,120}}|\bonce\s{_CONDITION_WORD}{{3,120}}|"
    # "lorsqu'elle atteindra ses objectifs", "quand Kyra aura franchi…": a when-clause in the future waits for it.
    rf"\b(?:lorsqu(?:e\s|['’]\s*)|quand\s|dès\squ(?:e\s|['’]\s*)){_FUTURE_CLAUSE_AHEAD}{_CONDITION_WORD}{{3,120}}|"
    rf"\b(?:contingent|conditional)\s(?:on|upon)\s{_CONDITION_WORD}{{3,120}}|"
    # "$15 million upon reaching revenue milestones", "a further $15 million tied to product milestones".
    rf"\bupon\s(?!{_UPON_DEAL_STEP}){_UNTIL_NEXT_SUM}{_CONDITION_WORD}){{3,120}}|\b(?:tied|linked)\sto\s{_CONDITION_WORD}{{3,120}}|"
    rf"\bdependent\s(?:on|upon)\s{_CONDITION_WORD}{{3,120}}|"
    # "puis 10 M€ conditionnés à la livraison des premiers prototypes".
    rf"\bconditionn(?:é|ée|és|ées)\s(?:à|au|aux)\s{_CONDITION_WORD}{{3,120}})",
    _I,
)
# A tranche sentence whose subject is the round: "The round is structured in two tranches", "The money comes in".
# The part of a round paid at once, which makes the sentence's sums its tranches: "$30 million now, and …".
_PAID_NOW_RE = re.compile(
    r"\b(?:now|upfront|up front|up-front|immediately|at signing|on signing|at closing|right away)\b|"
    r"\b(?:immédiatement|dès maintenant|dès à présent|tout de suite)\b|\bà la (?:signature|clôture)\b",
    _I,
)
# A part paid first told by the verb's adverb, the rest later: "Amazon will initially invest $1.25 billion, with the
# option to invest up to $2.75 billion more later", « investira d'abord 1,25 milliard ».
_PAID_FIRST_RE = re.compile(
    r"\b(?:initially|at\s++first|to\s++begin\s++with|initialement|d['’]abord|dans\s++un\s++premier\s++temps)\b", _I
)
_EMPTY_RE = re.compile("")
# The words that may tell a sum is paid before saying when: "€15 million paid at signing".
_PAID_WORD_RE = re.compile(r"(?:(?:paid|payable|released|disbursed|due|versée?s?|payée?s?)\s+)?", _I)
# What opens a part paid now after a round's sum: "raised €50 million from Vantor, with €15 million paid at signing".
_WITH_PART_GAP_RE = re.compile(r"[^\w.;]{0,4}(?:[\w'’-]++,?\s++){0,8}?(?:with|avec)\s*+", _I)
# What opens the parts of a round paid in tranches after its sum: "…$30 million in two tranches: ", "…30 M€,
# versés en deux tranches : ".
_IN_TRANCHES_GAP_RE = re.compile(
    # Each word starts after a non-word character (a search never restarts inside a run of letters).
    r"[^\w.;]{0,4}+(?:(?<![\w'’-])[\w'’-]++,?\s++){0,3}?\b(?:in|en)\s++(?:two|three|deux|trois|[2-4])\s++"
    r"(?:tranches|instalments|installments|payments|versements)\s*+[:,–-]\s*+",
    _I,
)
# What opens a deal's first tranche after its sum: "…, with a first tranche of ", "…, avec une première tranche de ".
_FIRST_TRANCHE_GAP_RE = re.compile(
    r"[^.;]{0,100}?(?:,\s*|\s)(?:with|avec|including|dont)\s+(?:(?:a|an|une|un)\s+)?"
    r"(?:first|initial|première|premier|initiale)\s+(?:tranche|instalment|installment|payment|versement)\s+"
    r"(?:of\s+|de\s+|d['’]\s*)",
    _I,
)
# The rest of a round named without a sum: "…et le solde en juin 2026", "and the balance in June 2026".
_BALANCE_RE = re.compile(r"\b(?:the\s+(?:balance|rest|remainder)|le\s+(?:solde|reste))\b", _I)
# What opens a clause of its own after a sentence's main one, its subject right after: ", as the Claude maker
# committed to buy…", ", tandis que le créateur de ChatGPT…".
_OWN_CLAUSE_OPEN_RE = re.compile(
    r",\s+(?:as|while|whereas|alors\s+que|alors\s+qu['’]|tandis\s+que|tandis\s+qu['’])\s*", _I
)
# Money coming from backers other than the one just told: "Le reste, soit 10 milliards de dollars, viendra
# d'autres investisseurs", "the remaining $10 billion will come from other investors": the round's other
# backers' share, never a tranche of the stake told before.
_OTHER_BACKERS_RE = re.compile(
    r"\b(?:d['’]autres|(?:from|by)\s+(?:the\s+)?(?:other|remaining))\s+"
    r"(?:investisseurs|actionnaires|bailleurs|investors|backers|shareholders|participants)\b",
    _I,
)
# The company a round goes to receiving it: "Wayve will receive the money in two tranches".
_RECEIVES_ROUND_RE = re.compile(
    r"\b(?:receive|receives|received|get|gets|recevra|recevoir|touchera|percevra)\s+(?:the|this|its|la|le|les|"
    r"cette|ce|ces|l['’])\s*(?:money|funds|funding|financing|investment|round|sum|somme|fonds|financement|montant)\b",
    _I,
)
_ROUND_SUBJECT_RE = re.compile(
    r"\W*+(?:the|this|its|le|la|ce|cette|l['’])\s*+(?:new\s++|funding\s++|investment\s++|financing\s++|nouvelle\s++|"
    r"nouveau\s++)?(?:round|money|funding|financing|raise|capital|tour|levée|financement)\b",
    _I,
)
# The backer a relative clause says leads the round: "Serena, qui mène le tour", "X, which is leading the round".
_LEADING_RELATIVE_RE = re.compile(
    r"\s*,\s*(?:qui|which|who)\s+(?:(?:is|are|was|has|had)\s+)?(?:co-?)?(?:mène|mènent|a\s+mené|pilote|conduit|"
    r"leads?|led|leading|headed|heads)\s+(?:le|la|l['’]|the|this|cette|ce)\s*(?:[\w-]+\s+)?"
    r"(?:tour|opération|levée|round|financement|financing|investment|raise)\b",
    _I,
)
# A backer said to lead right after its name, no relative before it: "with Index Ventures leading (the round)",
# « avec Partech en chef de file », « Partech menant le tour ». The English participle must close its clause or
# name the round ("Nvidia, leading chipmaker" is no lead).
_LEADING_AFTER_NAME_RE = re.compile(
    r"\s++(?:(?:co-?)?leading(?:\s++(?:the|this|its)\s++(?:[\w-]++\s++){0,2}?"
    r"(?:round|financing|investment|raise|deal))?(?=\s*+(?:[,.;)]|$|and\b|et\b))|"
    r"en\s++(?:tant\s++que\s++)?(?:co-?)?chefs?\s++de\s++file\b|"
    r"(?:co-?)?menant\s++(?:le|la|l['’]|cette|ce)\s*+(?:[\w-]++\s++){0,2}?(?:tour|opération|levée|financement)\b)",
    _I,
)
# What opens a part of the sum just told: "…, dont 30 M€", "…, of which $100 million", "…, including $30 million";
# up to 14 words before it, room for the round's type, lead and co-backers ("in a Series C funding round led by
# Atlas Ventures, with Nvidia also participating, of which …").
_PART_GAP_RE = re.compile(
    r"[^\w.;]{0,4}(?:(?:[\w'’-]++,?\s++){0,14}?(?:dont|of\s++which|including|y\s++compris)|\()\s*+", _I
)
# The same before a debt part told with an article ("including a $20 million venture debt facility", "including an
# $8 million loan"), or a French loan named before its sum (« dont une ligne de crédit de 20 millions », « dont un
# prêt de 5 M€ »). Only a debt part: "including a $7 million Series A led by Inovia in 2016" is an earlier round.
_DEBT_PART_GAP_RE = re.compile(
    rf"{_PART_GAP_RE.pattern}(?:(?:a|an|un|une)\s+(?:(?:ligne\s+de\s+crédit|prêt|emprunt|facilité\s+de\s+crédit)"
    r"\s+(?:de\s+|d['’]\s*))?)?",
    _I,
)
# What opens the parts a sum splits into: a part's own words (`_PART_GAP_RE`), "comprising", "consisting of",
# "soit", a colon: "raised $60 million, comprising $45 million in equity … and $15 million in venture debt".
_SPLIT_GAP_RE = re.compile(
    rf"{_PART_GAP_RE.pattern}|[^\w.;]{{0,4}}(?:comprising|consisting\s+of|made\s+up\s+of|composed\s+of|"
    r"split\s+(?:into|between)|soit|:)\s*",
    _I,
)
# The aside of a part closing, then the sum's backers: "…in venture debt, from Bpifrance", "…), auprès de X".
# A raise told as the one a week before the main clause's: "a week after its rival Poolside raised", « une semaine
# après que son concurrent Poolside a levé ». Possessive quantifiers keep it linear.
_A_WEEK_AFTER_RAISE_RE = re.compile(
    r"\b(?:a|one|une)\s+(?:week|semaine)\s+(?:after|après(?:\s+que)?)\s+[^,;.]{1,80}?\s"
    r"(?:raised|secured|closed|(?:a|avait)\s+(?:levé|bouclé))\s+$",
    _I,
)
# Another company's raise told as what the story's came after: "…, weeks after rival Poolside raised $500 million
# from Accel", « …, une semaine après que son concurrent Poolside a levé 500 millions auprès d'Accel ». Its sum and
# backers are its own; the clause opens at "after" / « après ».
_OTHER_RAISE_AFTER_RE = re.compile(
    r"(?:,\s*|\s)(?:(?:just|only|juste|seulement)\s+)?(?:(?:a|an|one|two|three|four|several|a\s+few|\d+|une|un|"
    r"deux|trois|quatre|quelques)\s+)?(?:(?:days?|weeks?|months?|jours?|semaines?|mois)\s+)?"
    r"(?P<after>after|après\s+qu(?:e\s|['’]))\s*(?!(?:raising|having|it|its\s+own|the\s+company|elle|il)\b)"
    r"[^,;.]{1,80}?\s(?:raised|secured|closed|landed|had\s+raised|(?:a|avait)\s+(?:levé|bouclé|réuni))\b",
    _I,
)
# The round itself told after a part set off by commas: ", in a round led by Partech", « , lors d'un tour mené
# par Partech ».
_ROUND_AFTER_ASIDE_RE = re.compile(
    r",\s*(?:in|as\s+part\s+of|through|via|lors\s+d['’]|dans\s+le\s+cadre\s+d['’]|au\s+cours\s+d['’]|dans)\s*"
    r"(?:(?:a|an|the|its|un|une|le|la|l['’]|son|sa)\s*)?(?:[\w-]+\s+){0,3}?"
    r"(?:round|tour(?:\s+de\s+table)?|levée|financing|opération|série|series)\b",
    _I,
)
_BACKERS_AFTER_ASIDE_RE = re.compile(
    r"[^,;.()]{0,40}[,)]\s*(?:from|auprès\s+d[e'’]|led\s+by|menée?\s+par)", _I
)
# What adds a sum to the round just told, ending the words between them: "raised €600 million, plus up to €1
# billion conditional on …", "a levé 600 M€, et jusqu'à 1 milliard de plus si …", "with a further $20 million if …".
_ADDITION_BEFORE_RE = re.compile(
    r"[^.;]{0,120}?(?:,\s*|\s)(?:plus|\+|and|et|with|avec)\s+(?:(?:a|another|un|une)\s+)?"
    r"(?:(?:further|additional|nouvelle|nouveau)\s+)?",
    _I,
)
# A backer named after the added sum, before its condition: "with $5 million from Index Ventures if …" is
# that backer's conditional stake, not a tranche of the round.
_BACKER_OF_ADDITION_RE = re.compile(
    r"\b(?:from\s+|de\s+la\s+part\s+d(?:e\s+|['’]\s*)|auprès\s+d(?:e\s+|['’]\s*))(?:l['’]\s*)?(?-i:[A-ZÀ-ÖØ-Þ])",
    _I,
)
# A sentence opening on a part of the round told before: "The round includes $300m that is conditional on …".
_ROUND_INCLUDES_BEFORE_RE = re.compile(
    r"\W*(?:the|this|that)\s+(?:(?:new|funding|financing|investment)\s+)?(?:round|raise|financing|funding|"
    r"investment)\s+(?:includes|included|comprises|comprised|consists\s+of|(?:is|was)\s+made\s+up\s+of|"
    r"(?:is|was)\s+split\s+between)\s+(?:(?:a|an)\s+)?",
    _I,
)
# A part told as conditional: "dont 100 millions sous forme de financement conditionnel", "of which $100 million
# is conditional", "$40 million of it contingent on milestones".
_CONDITIONAL_PART_RE = re.compile(r"\b(?:condition\w*|contingent|subject\s+to|sous\s+réserve)\b", _I)
# The equity part of a sum split between equity and debt: "10 M€ de fonds propres", "$20 million in equity".
_EQUITY_AFTER_RE = re.compile(
    r"\s*(?:de|d['’]|en|in|of)\s*(?:fonds\s+propres|capital|equity|quasi-fonds\s+propres)\b", _I
)
# A stake's condition told in the next sentence: "Its participation is conditional on …", "Son apport est
# conditionné au maintien de…".
_CONDITIONAL_PARTICIPATION_RE = re.compile(
    r"\s*(?:its|their|his|her|the\s+fund['’]s|sa|son|leur)\s+(?:participation|investment|stake|commitment|"
    r"contribution|investissement|engagement|apport|prise\s+de\s+participation)\s+"
    r"(?:is|was|remains|will\s+be|would\s+be|est|reste|sera|serait)\s+(?:also\s+|aussi\s+)?"
    r"(?P<cond>(?:conditional|contingent|subject|conditionnée?|soumise?|subordonnée?)\b)",
    _I,
)
# The verb of a signing a date may follow: "a signé en avril", "signed in March", "conclu le 3 mai".
_SIGNED_VERB_RE = re.compile(r"\b(?:sign[ée]e?s?|signed|signs|conclu[es]?|inked)\b\s*", _I)
# Between a signer and its verb: an appositive or an auxiliary at most ("CoreWeave, a cloud provider, has signed").
_SUBJECT_TO_VERB_RE = re.compile(
    r"(?:\s*,[^,.;]{1,80},)?\s*(?:has\s+|have\s+|had\s+|also\s+|a\s+|ont\s+)?", _I
)
# The end of the words between a signing verb and its counterpart: "… a $11.9 billion contract with ".
_WITH_PARTY_END_RE = re.compile(r"\b(?:with|avec)\s+(?:(?:the|le|la|l['’])\s*)?$", _I)
_ORDINAL_RE = re.compile(
    r"\b(?P<first>première|premier|first|initial|initiale|d['’]abord|upfront|immédiatement)\b|"
    r"\b(?P<second>deuxième|seconde|second)\b|\b(?P<third>troisième|third)\b|"
    r"\b(?P<balance>solde|reste|remainder|rest|balance|remaining)\b",
    _I,
)
_TIMING_NOTE_RE = re.compile(
    r"\b(?:dans (?:quelques|les prochains|les) mois|dans les prochaines semaines|plus tard|ultérieurement|"
    r"in (?:a few|the coming|coming) (?:months|weeks)|later this year|later)\b",
    _I,
)
# A deal its parties renew, extend or widen, named by their possessive: "renewed their compute partnership",
# "expanded its partnership with Halcyon", « ont renouvelé leur partenariat », « a élargi son accord avec X ».
# The verb tells the deal anew (its new term, its new value): a partnership event of its own.
_RENEWED_DEAL = (
    r"\b(?:renew(?:s|ed|ing)?|extend(?:s|ed|ing)?|expand(?:s|ed|ing)?|broaden(?:s|ed|ing)?|deepen(?:s|ed|ing)?|"
    r"prolong(?:s|ed|ing)?)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:partnership|agreement|deal|contract|collaboration|alliance|tie-up)s?\b|"
    r"\b(?:renouvel\w*|prolong\w*|étend\w*|élargi\w*|approfondi\w*|reconduit\w*)\s+(?:leurs?|son|sa|ses)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:partenariat|accord|contrat|collaboration|alliance)s?\b"
)
_PARTNERSHIP_RE = re.compile(
    # A word may be a figure with its decimals ("a 1.1-gigawatt supply agreement").
    # An elided article sticks to its noun ("l'entente", "l'accord").
    # A sum and its comma may come first too: "a five-year, $2.2 billion contract".
    r"\b(?:(?:un|une|a|an|le|la|the|nouvel?|new|premier|first)\s+|l['’]\s*)"
    # No word of them is an article: "la semaine dernière, signe un partenariat" has its cue at "un".
    r"(?:(?!(?:un|une|a|an|le|la|the)\s)(?:[$€£]?\d+(?:[.,]\d+)?|[\w-]+(?:[.,]\d[\w-]*)?),?\s+){0,4}"
    r"(?:partenariat|accord|entente|"
    # A lease or a pilot with a named party is a contract too ("a 15-year lease with", "un pilote avec").
    # A memorandum of understanding is the deal the parties sign before its contract.
    r"alliance|collaboration|partnership|agreement|deal|pact|contrat|contract|lease|bail|pilot|pilote|"
    # A tie-up, a joint venture or a trial run with a named party binds the two as well ("announced a tie-up
    # with GitLab", "formed a 50:50 joint venture with Nscale", "has been running a trial with Tesco").
    r"tie-up|joint\s+venture|co-?entreprise|trial|"
    r"memorandum)\b|"
    r"\bs['’](?:est|était|sont|étaient)\s+(?:rapprochée?s?|associée?s?|alliée?s?)\b|\bs['’]associe\w*|"
    r"\bs['’]allie\w*|\bpartner(?:s|ed|ing)?\s+with\b|\bteam(?:s|ed)?\s+up\b|\bnoue\w*\s+un\s+partenariat|"
    # "développés en partenariat avec l'Institut Curie", "built in partnership with Shopify".
    r"\ben\s+partenariat\s+(?=avec\b)|\bin\s+partnership\s+(?=with\b)|"
    # A deal the parties renew or widen is told again, dated by its new start (`_RENEWED_DEAL`).
    rf"(?P<renewed>{_RENEWED_DEAL})",
    _I,
)
JOINT_VENTURE = "joint venture"
"""The kind of a partnership two parents form as a company of their own (`_joint_venture`)."""
_PARTNERSHIP_KINDS = (
    (
        re.compile(
            r"capacités? (?:informatiques?|de calcul)|puissance de calcul|\bcalcul\b|\bcompute\b|"
            r"\bcomputing\b|\bGPUs?\b|\bpuces\b|\bchips?\b|data cent(?:er|re)s?|centres? de données",
            _I,
        ),
        "compute",
    ),
    (re.compile(r"\bcloud\b|\bAzure\b|\bAWS\b|hébergement|hosting", _I), "cloud"),
    (re.compile(r"distribution|commerciale?|licen[cs]e|reseller|revente", _I), "commercial"),
    (re.compile(r"recherche|research|R&D", _I), "research"),
    (re.compile(r"joint\s+venture|co-?entreprise|société\s+commune|filiale\s+commune", _I), JOINT_VENTURE),
)
# "on Wednesday" (English only: "on" is an English word), from the dates module's own weekday names.
_ENGLISH_WEEKDAYS = "|".join(day for day in WEEKDAYS if day.endswith("day"))
_PARTNERSHIP_TOPIC_RE = re.compile(
    # "announced a partnership on Wednesday to build…": a day the deal is told on is no topic of it.
    r"\b(?:portant sur|visant à|pour|to provide|to supply|covering|for|"
    rf"on(?!\s+(?:{_ENGLISH_WEEKDAYS})\b)|sur)\s+(?P<topic>[^.;]{{5,200}})",
    _I,
)
# A partnership's length read as its topic ("for a term of three years"): its end (`term_end`), not what it is about.
_TERM_TOPIC_RE = re.compile(
    r"(?:(?:an?|the|une?|la|le)\s+)?(?:(?:initial|first|initiale)\s+)?(?:term|period|duration|durée|période)\s+"
    r"(?:of|de|d['’])\s*\S+\s+(?:years?|months?|ans?|années?|mois)",
    _I,
)
# What a partnership is for, told as an aim after it: "announced a partnership on Wednesday to build an AI
# computing platform", "signed a deal to jointly develop chips".
_PARTNERSHIP_AIM_RE = re.compile(
    r"\bto\s+(?:(?:jointly|together|co-)\s*)?(?:build|develop|create|deploy|design|train|bring|offer|integrate|"
    r"distribute|sell|launch|expand|accelerate|power|research|explore|co-develop|make)\b[^.;]{5,200}",
    _I,
)
# A relative clause telling the deal itself: "a partnership that began in 2019 with a $1 billion investment".
_DEAL_RELATIVE_AFTER_RE = re.compile(r"\s+(?:that|which|qui)\s+\w+", _I)
# The attribution closing a partnership's topic: "…on the Azure cloud, the companies said on Monday", "…, a
# annoncé la société mardi", ", Reuters reported": who tells of the deal is no part of what it is about.
_TRAILING_ATTRIBUTION_RE = re.compile(
    rf",\s*(?:(?:[\w'’.-]+\s+){{1,4}}?(?:{SPEECH_VERBS_EN}|announced|reported|told\s+[\w.-]+)|{SPEECH_VERB_FR}|"
    r"according\s+to|selon)\b[^,;]{0,60}$",
    _I,
)
_QUOTE_RE = re.compile(
    r"«\s*(?P<q1>[^«»]{3,2000}?)\s*»|“(?P<q2>[^“”]{3,2000}?)”|\"(?P<q3>[^\"\n]{3,2000}?)\""
)
# A quote that opened in an earlier sentence closes in this one: '…six different tools," Reiter says.'
_CLOSING_QUOTE_AFTER_RE = re.compile(
    r"[^\"“”«»]{0,400}[\"”»]\s*(?:$|,?\s*(?:[A-Z][\w-]*\s+){1,3}"
    r"(?:says|said|tells|told|added|explains|a\s+\w+é|explique|souligne|ajoute|indique|précise)\b)"
)
_SPEECH_AFTER_RE = re.compile(
    rf"^\s*(?:,\s*)?{SPEECH_VERB_FR}\s+|^\s*(?:,\s*)?(?:{SPEECH_VERBS_EN}|told\s+\w+)\s+|^\s*,\s*", _I
)
_SPEECH_VERB_RE = re.compile(
    r"^\s*(?:a|ont)\s+(?:indiqué|précisé|annoncé|affirmé|déclaré|fait savoir|expliqué|assuré|confirmé)\s+"
    r"(?:(?:vendredi|lundi|mardi|mercredi|jeudi|samedi|dimanche|hier|dans un communiqué)\s+)?(?:qu['’]|que\s+)|"
    r"^\s*(?:said|says|announced|confirmed|stated)\s+(?:(?:on\s+\w+|in a statement)\s+)?"
    r"(?:that\s+|(?=(?:it|they|he|she|we)\b))",
    _I,
)
_DEAL_WORDS_RE = re.compile(
    r"investiss\w*|\blevée|\bfinancement|\bcapital\b|partenariat|\bround\b|funding|investment|invest\w*|\bdeal\b|"
    r"introduction en bourse|\bIPO\b|valuation|valorisation|acquisition|rachat|fundrais\w*|raise",
    _I,
)
_METRIC_FREQ = (
    (re.compile(r"hebdomadaires?|weekly|par semaine|a week|each week", _I), "weekly_"),
    (re.compile(r"mensuels?|monthly|par mois|a month", _I), "monthly_"),
    (re.compile(r"quotidiens?|daily|par jour|a day", _I), "daily_"),
)
_PRODUCT_OWNER_RE = re.compile(r"\b(?:de|d['’]|of|on|sur)\s*(?P<product>[A-Z][\w.-]+)")
_OBJECT_PREP_RE = re.compile(
    r"(?:\bdans|\bin|\binto|\b(?:au|du|dans\s+le)\s+capital\s+d[e'’]|\bau sein d[e'’]|\bchez|\bto|\bfor|\bpour|"
    # « a promis 90 millions d'euros à Lynx IA »: a sum given "à" a company, as "to" one in English; « a misé 10
    # millions d'euros sur Lynx IA »: staked on it; « 2 milliards de dollars supplémentaires à Anthropic »: more
    # of it (the words adding to a sum end the 25 characters looked at, its currency left out of them).
    r"(?:euros|dollars|pesos|francs|livres|M€|M\$|Md€|\d)\s+(?:à|sur)|"
    r"\b(?:supplémentaires|additionnel(?:le)?s|de\s+plus|en\s+plus)\s+(?:à|sur))\s*"
    r"(?:(?:le|la|l['’]|the)\s+)?$",
    _I,
)
# A deal that brings people or things to the buyer: "L'opération apporte une trentaine d'ingénieurs".
_DEAL_BRINGS_RE = re.compile(
    r"\s*(?:l['’](?:opération|acquisition)|la transaction|le rachat|the (?:deal|acquisition|transaction|purchase))\s+"
    r"(?:\w+\s+){0,2}?(?:apporte|apportera|brings|will bring|adds|ajoute)\b",
    _I,
)
_ACQUIRED_BY_RE = re.compile(
    r"\b(?:(?:racheté|rachetée|acquis|acquise|acquired|bought|repris|reprise|absorbé|absorbée|absorbed)e?s?\s+"
    r"(?:par|by)|pass\w*\s+sous\s+(?:le\s+)?(?:contrôle|pavillon)\s+(?:de|d['’]|du))\s*$",
    _I,
)
# "rachetée par l'éditeur américain de logiciels juridiques Clerion": a longer description before the buyer.
_ACQUIRED_BY_DESCRIBED_RE = re.compile(
    r"\b(?:racheté|rachetée|acquis|acquise|acquired|bought|repris|reprise)e?s?\s+(?:par|by)\s+"
    r"(?:l['’]|la\s+|le\s+|les\s+|the\s+)(?-i:[a-zà-ÿ'’-]+\s+){1,6}$",
    _I,
)
# Between an acquisition verb and a name: a clause that ends before the name ("…, and that it signed…") or a
# preposition of company kept ("with", "avec") right before it.
_OTHER_CLAUSE_OBJECT_RE = re.compile(
    r"[;:]|,\s+(?:and|but|while|whereas|et|mais|tandis)\b|\b(?:and|et)\s+(?:that|qu['’]|que)|"
    r"\b(?:with|avec|alongside|aux\s+côtés\s+d[eu'’])\s*$",
    _I,
)
_BRAND_AS_MODIFIER_RE = re.compile(r"\s+(?!(?:is|was|has|its|this|last|for|from|in)\b)[a-z]{3,}s\b")
# The words that give a deal's or a contract's value before the amount: "worth", "valued at", "d'une valeur
# de". One definition for the purchase price (`_DEAL_WORTH_RE`, which adds "value of" and "valorisée à") and
# the contract's value (`_CONTRACT_WORTH_RE`, `_CONTRACT_SUBJECT_RE`, which add "d'un montant de").
_WORTH_WORDS = r"worth|valued at|d['’]une valeur de"
_DEAL_WORTH_RE = re.compile(
    r"\b(?:deal|transaction|acquisition|purchase|takeover|rachat|opération|accord)\b[^.;]{0,30}"
    rf"\b(?:{_WORTH_WORDS}|valu(?:ing|e) of|valorisée? à)\s+(?:[\w-]+\s+){{0,2}}$",
    _I,
)
# A contract, then its value: "a multi-year agreement with Daiwa worth about ¥5 billion".
_CONTRACT_WORTH_RE = re.compile(
    # A company suffix's dot ("with Kansai Electric Power Co. valued at") does not end the phrase.
    r"\b(?:agreement|contract|deal|partnership|collaboration|accord|contrat|partenariat|memorandum|lease|bail)\b"
    # A ticker's dots ("with Eli Lilly (LLY.N) worth") do not end the phrase either, nor a country's initials
    # ("from the U.S. Space Force worth up to").
    r"(?:[^.;]|(?:(?<=\bCo)|(?<=Inc)|(?<=Ltd)|(?<=Corp)|(?<=\b[A-Z]))\.|\([A-Z0-9]{1,6}\.[A-Z]{1,2}\)){0,120}"
    rf"\b(?:{_WORTH_WORDS}|d['’]un montant de)\s+(?:[\w-]+\s+){{0,2}}$",
    _I,
)
# The maker a product names, between a purchase cue and the product: "the … maker of QuickBooks and TurboTax".
_MAKER_OF_BEFORE_RE = re.compile(
    r"\b(?:makers?|developers?|creators?|publishers?|producers?|owners?|operators?|fabricants?|éditeurs?|"
    r"créateurs?|propriétaires?)\s+(?:of|de|d['’]|du|des)\s*$",
    _I,
)
_SHARES_OF_RE = re.compile(
    r"\b(?:parts?|actions|titres|shares|holdings?)\s+(?:de|des|du|d['’]|of|held by)\b", _I
)
_WORK_TOGETHER_RE = re.compile(
    r"\b(?:worked|work|working|works|travaill\w*|collabor\w*)\s+(?:\w+\s+)?(?:together|ensemble)\b", _I
)
# An ongoing working relationship: "has worked with NASA since 2020", "collabore depuis 2019 avec le CHUV",
# "travaille dès 2021 avec l'académie". With its start ('since' date) it is a partnership between the subject
# and the party after "with/avec".
_WORKS_WITH_RE = re.compile(
    r"\b(?:work(?:s|ed|ing)?|collaborat(?:es?|ed|ing)|cooperat(?:es?|ed|ing)|partner(?:s|ed|ing)?|"
    r"travaill(?:e|ent|ait|aient|é)|collabor(?:e|ent|ait|aient|é)|coop[èé]r(?:e|ent|ait|aient|é)|"
    # A study or trial run with a party: "mène depuis 2024 avec l'AP-HP une étude clinique".
    r"m[èe]n(?:e|ent|ait|aient))"
    r"(?:\s+(?:depuis|dès|since|from)\s+(?:l['’]an\s+|[\w-]+\s+){0,2}?\d{4})?"
    # An adverb may come between: "collabore en outre avec", "also works closely with".
    r"\s+(?:(?:en\s+outre|aussi|également|par\s+ailleurs|déjà|désormais|also|already|now)\s+)?"
    r"(?:closely\s+|étroitement\s+)?(?:with|avec)\s+",
    _I,
)
# A standing supply relation, dated by its start: "has supplied power modules to X since 2021", "has supplied
# X with sensors since 2020", "fournit depuis 2022 ses outils au groupe X", "livre depuis 2024 ses composants à
# l'hébergeur X", "s'approvisionne depuis 2023 auprès d'X". The party served (or serving) is the partner.
# The supply verbs, plus their futures ("fournira ses capteurs au constructeur X", "livrera") and rentals.
_SUPPLIES_RE = re.compile(
    rf"\b(?:{SUPPLY_VERBS}|fournira|fourniront|livrera|livreront|rent(?:s|ed|ing)?|hauled)\b", _I
)
# What the supply verb's partner follows: "to/for" (or nothing: "supplied X with"), "à/au/aux", "auprès de",
# then a description of the party ("à l'enseigne", "to the retailer"), not a list ("à des clients comme").
_SUPPLIED_PARTY_BEFORE_RE = re.compile(
    rf"(?:^\s*|\s(?:to|for|à|au|aux|auprès\s+(?:du|des|de|d['’]))\s*{SUPPLIED_PARTY_DESCRIPTION}"
    # What the party runs or owns: "to data centers operated by X", "aux sites exploités par X".
    r"(?:(?:operated|run|owned|managed|exploitée?s?|gérée?s?|détenue?s?)\s+(?:by|par)\s+(?:(?:la|l['’]|the)\s*)?)?)$",
    _I,
)
# A subject relative pronoun, then up to a few words (auxiliary, adverb, date) before the verb: ", which has
# also", ", qui a signé en septembre".
_SUBJECT_RELATIVE_BEFORE_RE = re.compile(r",\s*(?:which|who|qui)\s+(?:[\w'’-]+\s+){0,4}$", _I)
# Between a name and its relative: a ticker or acronym, or an apposition ("Corteva, the seed company, which").
_ANTECEDENT_GAP_RE = re.compile(
    r"\s*(?:\([^()]{1,40}\))?(?:,\s*(?:the|a|an|le|la|l['’]|un|une)\s*[^,;.()]{1,60}"
    # An aside saying what the backers already are: "Alven et Kima, déjà présents au capital, qui ont remis…".
    r"|,\s*(?:déjà|already|both|tous\s+deux|toutes\s+deux)\s+[^,;.()]{1,60}"
    # The vehicle it invests through: "Bpifrance, via son fonds Large Venture, qui apportent chacun…".
    r"|,\s*(?:via|through)\s+(?:son|sa|ses|its|their|leur|leurs)\s+[^,;.()]{1,60}"
    # An owner's possessive opening the apposition: "Itau Unibanco, Brazil's largest private lender, which…".
    r"|,\s*[A-Z][\w.-]*['’]s\s+[^,;.()]{1,60})?",
    _I,
)
# A deal signed in a relative clause whose antecedent is the other side: "BASF, which signed a research
# agreement with Arclight last year", "La Poste, qui a signé en septembre un contrat pluriannuel".
_SIGNS_DEAL_RE = re.compile(
    rf"\b(?:{SIGN_VERBS})\s+(?:[^.;,]{{0,40}}?\s)?(?:un|une|a|an|the|le|la|l['’])\s*"
    r"(?:[\w-]+\s+){0,2}(?:partenariat|accord|contrat(?:-cadre)?|partnership|agreement|contract|deal|collaboration)\b",
    _I,
)
# A deal, then its purpose: supplying or serving a party ("signed an agreement to supply its accelerators to
# X", "a deal signed in August to supply servers to", "agreed a five-year deal to handle claims for", "un
# contrat pour fournir … à", "un accord pour livrer").
_DEAL_TO_SUPPLY_RE = re.compile(
    r"(?:\b(?:agreement|contract|deal|accord|contrat)\b(?:\s+(?:signed|signé)\s+(?:in|en)\s+\w+)?\s+"
    r"(?:to|pour|de|visant à)|"
    # The agreement as a verb: "it has agreed to supply electricity to", "s'est engagée à fournir".
    r"\bagree(?:s|d)?\s+to|\ba\s+accepté\s+de|\bs['’](?:est|sont)\s+engagée?s?\s+à)\s+"
    r"(?:suppl(?:y|ies)|provide|deliver|handle|serve|operate|sell|fournir|livrer|équiper|vendre)\b",
    _I,
)
# A buyer's commitment to buy what the other side produces: "Microsoft had agreed to buy 250,000 tons of carbon
# removal from it", "Amazon will buy up to 960 megawatts of power from its first plants", "Ce dernier s'engage
# à acheter l'électricité produite par les réacteurs d'Hexatome". The seller follows "from/auprès de/par".
_OFFTAKE_RE = re.compile(
    r"\b(?:agree[sd]?\s+to|will|committed\s+to|commits?\s+to|s['’]engag(?:e|ent)\s+à|"
    r"s['’](?:est|sont)\s+engagée?s?\s+à|va|vont)\s+(?:buy|purchase|acheter)\s+"
    r"(?:(?P<object>(?:[^.;:,]|(?<=\d)[.,](?=\d)){3,100}?)\s+(?:from|auprès\s+d['’e]|produite?s?\s+par)\s+|"
    # What it buys is the company's: "Le constructeur s'est engagé à acheter ses capteurs pendant cinq ans".
    r"(?=(?:ses|sa|son|leurs)\s))",
    _I,
)
# A supply promised: "will supply", "fournira", "livreront".
_FUTURE_SUPPLY_RE = re.compile(
    r"\bwill\s+(?:also\s+)?(?:supply|provide|deliver)\b|\b(?:fournira|fourniront|livrera|livreront)\b", _I
)
# A supply in the passive, its supplier after "by/par": "will be manufactured by TSMC from 2027 under a supply
# agreement", "L'électricité sera fournie par EDF dans le cadre d'un contrat", "deployed by Oracle since 2023".
_SUPPLIED_BY_RE = re.compile(
    r"\b(?:fourni|livré|fabriqué|produit|hébergé|supplied|manufactured|made|built|deployed|provided|hosted|"
    r"delivered)(?:e|s|es)?\s+(?:by|par)\s+(?:(?:le|la|l['’]|the)\s*)?$",
    _I,
)
# The subject becomes the company's supplier or partner: "Nvidia sera le fournisseur des processeurs",
# "AWS devient le principal partenaire de formation d'Anthropic", "X will be the exclusive provider".
_SUPPLIER_ROLE_RE = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:,[^,]{1,80},\s*)?(?:sera|est|devient|deviendra|will\s+be|is|becomes|will\s+become)"
    r"\s+(?:le|la|the|son|its|leur|their)\s+(?:[\"“«]\s*)?(?:(?:principal|main|exclusive|exclusif|unique|sole|"
    r"preferred|privileged|privilégié)\s+)?(?:fournisseur|supplier|provider|partenaire|partner)\b",
    _I,
)
# A deal named anywhere in the sentence: the relation is contractual, not a passing mention.
# A party named as the owner of the deal's object: "Veridian's robots", "les puces de Lumacore" (not "capacity
# from X": a start-up buying compute is still the company of its deal). The French noun needs a determiner;
# the "with" party is tested first, so "avec le groupe de X" is never an owner.
_OWNER_AFTER_RE = re.compile(
    r"['’]s?\s+(?!(?:co-?)?founders?\b|chief\b|ceo\b|investors?\b|shareholders?\b)[a-z]", _I
)
_OWNER_BEFORE_RE = re.compile(
    r"(?:\b(?:les|le|la|l['’]|ses|son|sa|leurs?)\s*(?!(?:co-?)?fondat|dirigeant|patron|investisseur|actionnaire|"
    r"filiale|maison|groupe)[a-zéèêàç-]{3,}(?:\s+[a-zéèêàç-]{3,})?\s+(?:de|d['’])\s*)$",
)
# "with/avec", then a lowercase descriptor of the party that follows, no head noun needed ("avec
# l'équipementier automobile X", "with convenience store chain X"); not a phrase of its own ("avec le
# soutien de", "with help from").
_WITH_DESCRIBED_PARTY_RE = re.compile(
    r"\b(?:with|avec)\s+(?:(?:le|la|les|l['’]|the)\s*)?"
    r"(?:(?!(?:de|du|des|d|of|from|by|par|its|their|ses|son|sa|leurs?|and|et|other|autres?)\b)[a-zà-ÿ-]+\s+){1,3}$",
    _I,
)
# An "arrangement" is a deal too when it binds two parties ("agreed a multiyear arrangement").
_ARRANGEMENT_RE = re.compile(r"\barrangements?\b", _I)
# The clause a deal's terms open: "a partnership under which SoftBank will offer…", "un accord aux termes duquel".
_UNDER_WHICH_BEFORE_RE = re.compile(
    r"\b(?:under|by)\s+which\s+$|\b(?:en\s+vertu|aux\s+termes|dans\s+le\s+cadre)\s+(?:duquel|de\s+laquelle)\s+$",
    _I,
)
# What the subject of a deal without a "with" party does that is no commercial deal: funding, buying,
# reporting ("Thales takes a 10% stake", "UBS said it had invested").
_FUNDING_AFTER_SUBJECT_RE = re.compile(
    r"\b(?:invest\w*|stake|participation|capital|acqui\w*|rach\w+|buy(?:s|ing)?|bought|achète|lev\w+|"
    r"round|tour de table|fund(?:s|ed|ing)|financ\w+|raise[sd]?|will\s+own|owns|owned|hold(?:s|ing)?|détien\w+|"
    r"shareholder|actionnaire|pa(?:y|ys|id|ie|iera)|vers\w+|closes?|clôtur\w+|percent|pour\s+cent)\b|%",
    _I,
)
# A person of the organisation named right after it: "Balderton partner Elena Marchetti", "X CEO Jane Doe".
_PERSON_OF_ORG_AFTER_RE = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?-i:[A-Z][a-zà-ÿ'’-]+\s+[A-Z][a-zà-ÿ'’-]+)|"
    r"^\s+(?:partners?|chief|CEO|founder|co-?founder|executive|spokes\w+|director|president|analyst)\b",
    _I,
)
# A customer's choice of a supplier, the company named right after: "a choisi X pour…", "has selected X to…".
_CHOSE_AFTER_RE = re.compile(
    r"\s++(?:(?:a|ont|avait|has|have|had)\s++)?(?:(?:également|aussi|déjà|also|already)\s++)?"
    r"(?:choisi|retenu|sélectionné|selected|chosen|chose|picked|tapped)\s++(?:(?:la|le|l['’]|the)\s*+)?",
    _I,
)
_COMPANY_VERB_AFTER_RE = re.compile(r"^(?:['’]s|\s*\()", _I)
# The company's product as the object of the other side's action: "distribuera les logiciels de la PME",
# "utilisera la plateforme", "will pilot the startup's robots".
_PRODUCT_OBJECT_RE = re.compile(
    r"\b(?:l['’]|la|le|les|sa|son|ses|the|its|their)\s*(?:[\w'’-]+\s+){0,2}?"
    r"(?:outils?|solutions?|plateformes?|logiciels?|technologies?|applications?|produits?|robots?|capteurs?|"
    r"modèles?|assistants?|software|platforms?|tools?|technology|systems?|products?|apps?|models?|sensors?)\b",
    _I,
)
# What a spent sum buys, then its seller: "on computing capacity from Google Cloud", "en services auprès d'OVH".
_SPENT_FROM_RE = re.compile(
    r"\s*+(?:[\w-]++\s++){0,2}?(?:on|in|for|en|pour)\s+[^.;,]{0,60}?\s(?:from|auprès\s++d[e'’]|chez)\s*+"
    r"(?:(?:the|le|la|l['’])\s*+)?",
    _I,
)
# "partner" as a venture firm's title before a person's name ("Index partner Hannah Sorensen will join the
# board as part of the deal", "general partner at X"): no other side of a deal.
_PARTNER_TITLE_RE = re.compile(
    r"\b(?:(?:managing|general|founding|operating|venture)\s+)?partners?\s+(?=(?-i:[A-Z][a-zà-ÿ'’-]+\s+[A-Z]))|"
    r"\b(?:managing|general|founding|operating|venture)\s+partners?\b|\bpartners?\s+(?:at|chez)\b",
    _I,
)
# The nouns of a deal are the partnership cue's words.
_DEAL_NOUN_RE = _CUES["partnership"]
# A possessive owner right before a name: "with Britain's Ministry of Defence" -> "with Ministry of Defence".
_POSSESSIVE_OWNER_END_RE = re.compile(r"[A-Z][\w.-]*['’]s?\s*$")
# A relative pronoun for the partner named before it, then the other side and the deal: "Mistral AI, avec
# lequel elle a noué un partenariat", "EDF, avec qui il a signé en 2023 un contrat", "Carrefour, with which it
# has had a contract since 2019", "BNP Paribas, avec lequel Synaptis travaille depuis 2022".
_WITH_WHICH_RE = re.compile(
    rf",\s*(?:{WITH_WHICH})\s+(?P<subject>elle|il|it|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}})\s+[^.;]{{0,60}}?"
    rf"\b(?:{WORK_TOGETHER_WORDS})\b",
    _I,
)
# A contract, then the party that awards it: "won a contract worth $480 million from the U.S. Army",
# "a remporté un contrat de 18 millions d'euros auprès de l'Agence spatiale européenne".
_CONTRACT_FROM_RE = re.compile(
    rf"\b(?:contract|contrat(?:-cadre)?|order|commande|award)\b[^.;]{{0,80}}?\s(?:{AWARDED_FROM}){AWARDING_PARTY_TAIL}|"
    # A contract won "of" its awarding party, named right after: "a remporté un contrat de la DGA".
    r"\b(?:remport\w*|décroch\w*|obtenu|obtient|gagné)\s+(?:un|une|le|la)\s+(?:contrat|commande|marché)\s+"
    r"(?:du|de\s+la|de\s+l['’]|d['’])\s*$",
    _I,
)
# How many sentences back "the two companies" may reach for the deal that names them: a story tells the stake,
# its value and its terms ("Amundi prend 20 % d'Algoria… L'opération valorise… Le gestionnaire d'actifs disposera
# d'une option…") before "En parallèle, les deux groupes ont signé un accord". The latest deal is still the one.
_BOTH_PARTIES_REACH = 6
_BOTH_PARTIES_RE = re.compile(
    r"\b(?:the two (?:companies|firms|groups)|both companies|les deux (?:entreprises|groupes|sociétés|partenaires))\b",
    _I,
)
# "Northgate Ventures, an investor in both companies, said…": the two are a preposition's object, not the
# subject of what follows.
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:in|of|to|for|from|with|between|at|into|about|dans|à|aux|entre|pour|chez|avec|sur)\s+$", _I
)
# "said the deal would bring chip design in-house": the deal just reported, named again, is no new deal.
_TOLD_DEAL_RE = re.compile(r"(?:the|this|that|le|ce)\s+(?:[\w$€£.,-]+\s+){0,4}?deal", _I)
_JOINTLY_RE = re.compile(r"\b(?:jointly|conjointement|together|ensemble)\b", _I)
# A subject pronoun opening a clause, also after a fronted time phrase with no comma ("In March it won…",
# "Earlier this month it signed…").
_PRONOUN_SUBJECT_RE = re.compile(
    r"(?:^|[,;]\s*|\b(?:when|lorsqu['’]|quand)\s*|"
    r"^\W*(?:in|earlier|later|last|this|since|en|début|fin|plus tôt)\b[^,.;:]{0,25}?\s)(?:elle|il|it)\b",
    _I,
)
# A sentence whose subject is a thing of the company's own: "Ses algorithmes", "Its software", "Leur plateforme".
_OWN_THING_SUBJECT_RE = re.compile(r"\W*+(?:ses|son|sa|leurs?|its|their)\s++[a-zà-ÿ-]+\b", _I)
_IN_PARTNERSHIP_RE = re.compile(r"en\s+partenariat|in\s+partnership", _I)
# A clause opened by a subject pronoun before its verb: "Elle a par ailleurs racheté", "It also bought".
_OPENING_PRONOUN_RE = re.compile(r"\s*(?:elle|il|it)\s+(?:\S+\s+){0,4}$", _I)
# "In June, it bought X for about $250 million": a time adverbial may open the clause before the pronoun
# (only for a priced purchase, whose date the sentence's own figure carries).
_DATED_OPENING_PRONOUN_RE = re.compile(
    r"\s*(?:in|en|last|earlier|this|au|début|fin)\s+[^,;.]{1,25}?,?\s+(?:elle|il|it)\s+(?:\S+\s+){0,4}$", _I
)
# Without a figure in the sentence, any short fronted phrase: "Alongside the round, it announced the acquisition
# of X", "and earlier this year it quietly acquired X", "Et elle a racheté X".
_FRONTED_PRONOUN_RE = re.compile(
    r"\s*+(?:(?:and|et|mais|but|then|puis)\s+)?(?:[^,;.:]{1,30},\s*|(?:in|en|last|earlier|this|au|début|fin)\s+"
    r"[^,;.:]{1,25}?,?\s+)?(?:elle|il|it)\s+(?:\S++\s++){0,4}$",
    _I,
)
# A second verb of the same subject after "and": "…, and last year bought", "…, et a racheté en 2022".
_SUBJECTLESS_VERB_RE = re.compile(
    r"\s*(?:(?:in|en|last|earlier|this|au|début|fin)\s+[^,;.:]{1,25}?,?\s+)?(?:(?:also|then|aussi|a|has|had|avait)\s+){0,2}"
    r"(?:(?:en|in)\s+\d{4}\s+)?",
    _I,
)
# Taking part in a round: "are part of a", "participe à une", "fait partie d'un".
_PART_OF_BEFORE_RE = re.compile(
    r"\b(?:part of|participat(?:e|es|ed|ing) in|take part in|participe à|participent à|fait partie d['’])\s*"
    r"(?:(?:an?|the|une?|le|la|l['’])\s*)?$",
    _I,
)
# "la levée de 25 M€ qu'il avait menée", "the $10 million round it led": the clause's subject led the round.
_LED_BY_SUBJECT_AFTER_RE = re.compile(
    r"\s*(?:qu['’](?:il|elle|ils|elles)|(?:that|which)\s+(?:it|they)|it|they)\s+"
    r"(?:(?:avait|avaient|a|ont|had|has|have)\s+)?(?:co-?)?(?:men[ée]e?s?|conduite?s?|pilot[ée]e?s?|led)\b",
    _I,
)
# "The investments are part of a 180 billion won round", "Cet apport s'inscrit dans une levée de 180 M€": a
# clause whose subject is the deal itself (a determiner and a noun of the investment family), placed within a
# round; the round is that of the company the deal funds, not of a name the clause mentions later.
_DEAL_WITHIN_ROUND_RE = re.compile(
    r"\s*+(?:the|this|that|these|those|its|their|le|la|l['’]|les|cet|cette|ce|ces|son|sa|leurs?)\s*+"
    r"(?:(?:new|latest|fresh|nouvel(?:le)?|dernier|dernière)\s++)?"
    r"(?:investments?|deal|stake|contributions?|commitments?|cash injection|injection|transaction|"
    r"investissements?|apports?|opération|prise de participation|participation|engagement|transaction)"
    # "The investment, announced Monday, is part of…": an aside may stand before the verb.
    r"(?:,\s*+[^,;.]{1,60},\s*+|\s++)"
    r"(?:(?:is|are|was|were|forms?|formed|comes?|came)\s++(?:also\s++)?(?:as\s++)?part of|"
    r"s['’]inscri(?:t|vent|vait)\s++dans|(?:fait|font|faisait)\s++partie\s++d|"
    r"(?:entre|entrent)\s++dans\s++le\s++cadre\s++d)",
    _I,
)
# A deal as the subject of a valuing verb: "L'opération valorise", "the deal values", "la transaction… elle
# valorise", "the acquisition, which values".
_DEAL_VALUES_RE = re.compile(
    r"\b(?:l['’]opération|la transaction|l['’]acquisition|le rachat|the (?:deal|transaction|acquisition|purchase|"
    r"takeover))\b[^.;]{0,120}?\b(?:valoris\w*|values|valued|valuing)\b",
    _I,
)
# "sa levée de", "its Series B of": a round a possessive gives to its owner.
_OWN_ROUND_BEFORE_RE = re.compile(
    r"\b(?:sa|son|its)\s+(?:[\w-]+\s+){0,2}?(?:levée|tour|round|série|series|raise)\b[^,;.]{0,15}$", _I
)
# Entering a company's capital, the company named right after: "entre au capital de", "son entrée au capital d'".
# A backer's clause saying it becomes a shareholder: "X, qui entre au capital à hauteur de 8 %", "X, qui fait
# son entrée au capital", "X, which is taking a stake" (no company named after: the story's).
_JOINS_CAPITAL_AFTER_RE = re.compile(
    r",\s+(?:qui\s+(?:entre|fait\s+son\s+entrée|prend\s+place)\s+au\s+capital|which\s+is\s+taking\s+a\s+"
    r"(?:\d+(?:[.,]\d+)?\s?%\s+|minority\s+)?stake)(?!\s+d(?:e\s|['’]))(?![^.;]{0,40}\b(?:in|of)\s+(?-i:[A-Z]))",
    _I,
)
_CAPITAL_ENTRY_RE = re.compile(
    r"\b(?:entre|entrent|son\s+entrée|sa\s+prise\s+de\s+participation)\s+(?:au|dans\s+le)\s+capital\s+d(?:e\s+|['’]\s*)",
    _I,
)
# Between a name a preposition governs and one joined to it: "from Real Ventures and Inovia Capital".
_GOVERNED_AND_GAP_RE = re.compile(r"\s+(?:and|et)\s+(?:(?:the|le|la|l['’])\s*)?", _I)
# A round named by a demonstrative at the head of its clause: "Ce tour de 85 millions", "This round", "Cette
# levée".
_THIS_ROUND_RE = re.compile(
    r"\s*(?:ce|cet|cette|this|that)\s+(?:(?:nouveau|nouvelle|premier|première|dernier|dernière|new|latest|"
    r"first|earlier)\s+)?(?:tour|levée|financement|round|raise|funding)\b",
    _I,
)
# A lettered round named by a demonstrative: "Cette série D valorise…", "This Series B round brings…".
_THIS_SERIES_RE = re.compile(
    r"\b(?:ce|cet|cette|this|that)\s+(?:(?:nouvelle?|new|latest)\s+)?(?:(?:tour|round)\s+(?:de\s+)?)?"
    r"(?:série|series|serie)\s+(?P<letter>[A-H])\b",
    _I,
)
# ", via son fonds ", ", through its ": the apposition naming the vehicle an investor puts its money through.
_VEHICLE_GAP_RE = re.compile(
    r",?\s*(?:via|through|par l['’]intermédiaire d[e']|au travers d[e']|à travers)\s*"
    r"(?:(?:son|sa|ses|leur|its|their|the)\s+)?(?:(?:fonds|fund|véhicule|vehicle|bras|arm)\s+)?",
    _I,
)
_NOT_METRIC_UNITS = {"chips", "gpus", "GPU", "GPUs", "gpu"}
# The head word of a public body's or a statistics office's name: "Centre monétique interbancaire",
# "ministère de l'Économie", "Observatoire des métiers": a body that tallies others' counts.
_INSTITUTION_NAME_RE = re.compile(
    r"(?:(?:le|la|l['’]|the)\s*)?(?:centre|center|minist[eè]re|ministry|institut|institute|observatoire|"
    r"agence|agency|office|conseil|council|banque|bank|direction|fédération|association|commission|"
    r"autorité|authority|gouvernement|government|université|university|région|ville|caisse|chambre|cour|"
    r"syndicat|préfecture|insee|dares|urssaf)\b",
    _I,
)
_INSTITUTION_SOURCE_RE = re.compile(
    r"\b(?:according to|selon|d['’]après)\s+(?:the|la|le|l['’])\s*[A-Z]", re.UNICODE
)
# A verb of running what one has: "operates 45,000 GPUs", "exploite 18 000 processeurs graphiques"; or a
# chipmaker's own output: "has shipped more than 2 million chips", "a livré 500 000 puces".
_OPERATES_BEFORE_RE = re.compile(
    r"\b(?:operat(?:es?|ed|ing)|runs|running|exploite\w*|opère\w*|with|(?:has|have|a|ont)\s+(?:already\s+|déjà\s+)?"
    r"(?:shipped|livré|delivered|sold|vendu))\s+(?:[\w,.'’-]+\s+){0,3}$",
    _I,
)
# "Each of its units would produce about 50 megawatts", "chaque site emploiera 40 personnes": the size of
# one item, not a count of the company ("each year", "chaque mois" are a period, not an item).
_PER_ITEM_BEFORE_RE = re.compile(
    r"\b(?:each|every|chaque|chacune?)\b(?!\s+(?:year|month|week|day|quarter|an|année|mois|semaine|jour|"
    r"trimestre)s?\b)",
    _I,
)
_CONDITION_COUNT_BEFORE_RE = re.compile(
    r"\b(?:if|unless|once|provided(?:\s+that)?|si|sous\s+réserve\s+que|à\s+condition\s+que|dès\s+que)\s+"
    r"(?:[\w'’-]+\s+){0,5}$",
    _I,
)
_RANKING_AFTER_RE = re.compile(
    r"\s+(?:plus\s+(?:grand|gros|important)e?s|largest|biggest|leading|top|premières?|premiers)\b", _I
)
_HIRING_RE = re.compile(
    r"\b(?:recrut\w*|embauch\w*|hir(?:e|es|ed|ing)|recruit\w*|add(?:ing)?)\s+(?:\w+\s+)?$", _I
)
# The total a hiring plan leads to, written after it: "…, pour atteindre 400 salariés", "bringing it to 300".
_TOTAL_AFTER_RE = re.compile(
    r"[^.;]{0,80}?\b(?:pour (?:atteindre|arriver à|porter)|(?:to|and) (?:reach|take|bring)|bringing|taking)\b"
    r"[^.;]{0,40}?\d",
    _I,
)
_HEADCOUNT_RE = re.compile(
    r"\bemploy\w*|\bemploie\w*|\beffectifs?\b|\bstaff\w*|\bworkforce\b|\bheadcount\b|\bcompte\b|"
    r"\bcomptait\b|\bcounts\b|\bhas\b|\bteam of\b|\béquipe de\b",
    _I,
)
_NEGATED_RE = re.compile(
    r"\b(?:et non|mais non|and not|but not|not|non|rather than|instead of|au lieu de|plutôt que)\s*(?:de\s+|d['’]\s*)?$",
    _I,
)
_CORRECTED_RE = re.compile(
    r"\bpar erreur\b|\bà tort\b|\berroneously\b|\bincorrectly\b|\bmistakenly\b|\bwrongly\b|"
    r"\bcorrects? (?:an|the) (?:earlier|previous)|\bversion précédente\b",
    _I,
)
# "relevé son objectif à 50 millions, contre 35 millions annoncés en mars": a superseded target, no figure.
# So is "well above the $250 million it initially targeted": the raiser's own first aim, no round.
_FORMER_TARGET_AFTER_RE = re.compile(
    r"\s++(?:annoncé|prévu|visé|espéré)e?s?\s++(?:en|au|début|fin|initialement|jusqu)|"
    r"\s++(?:(?:it|they|the\s++company|the\s++startup|the\s++start-up)\s++(?:had\s++)?)?"
    r"(?:initially|previously|earlier|originally|first) (?:forecast|expected|targeted|announced|guided|sought|"
    r"aimed\s++for|hoped\s++for)\b",
    _I,
)
# A figure of an earlier report, recalled to be compared with the news: "larger than the $1.2 billion first
# reported in September", "up from the $1 billion reported earlier", "than the $900 million previously reported",
# « supérieur aux 1,2 milliard évoqués en septembre ». The report's words right after the figure…
_EARLIER_REPORT_AFTER_RE = re.compile(
    r"\s++(?:(?:figure|sum|amount|number|total)\s++)?"
    # "above the $1.5 billion Bloomberg reported last month": the report's publisher between (capitalised).
    r"(?:(?-i:(?:The\s++)?[A-Z][\w&'’.-]*(?:\s++[A-Z][\w&'’.-]*){0,2})\s++(?:had\s++)?reported\b|"
    r"(?:first|initially|originally|previously|earlier)\s++(?:reported|rumou?red|mooted)\b|"
    r"(?:reported|rumou?red|mooted)\s++(?:earlier|previously|before|by|in|on|last|at\s++the\s++time)\b|"
    r"(?:(?:initialement|précédemment)\s++)?(?:évoqu|rapport|avanc)ée?s?\b)",
    _I,
)
# …or, before it, the words of an earlier report of the raise ("Earlier reports had put the raise at £700
# million", "Reuters had reported in August that the company was raising $250 million", « Le Monde avait fait
# état en août d'une levée de 250 millions d'euros »): the report's figure, no raise of its own.
_EARLIER_REPORT_BEFORE_RE = re.compile(
    # The report's own object is the raise, the figure its: "reports had put the raise at", "earlier reports
    # said it was raising", "had reported in August that the company was raising". No free gap between a bare
    # "reported" and a raise word: "Orca9 AI had reported strong revenue growth and raised $50 million" and
    # "As Bloomberg had reported last week, Orca9 AI raised $50 million" tell the raise as news.
    r"(?:\b(?:(?:earlier|previous|prior|initial|first)\s+(?:media\s+|press\s+)?reports?|reports?)\s+(?:had\s+)?"
    r"(?:put|pegged|placed|valued|estimated|said|suggested|indicated|claimed|stated)\b[^.;]{0,60}?"
    r"\b(?:rais\w*|round|funding|financing)\b|"
    r"\bhad\s+(?:\w+\s+)?reported\b[^.;,]{0,40}?\bthat\s+[^.;,]{0,60}?"
    r"\b(?:(?:was|were|is|had\s+been)\s+(?:raising|seeking)|had\s+raised|plann?(?:ed|ing|s)\s+to\s+raise)\b|"
    r"\bavai(?:en)?t\s+(?:\w+\s+)?(?:fait\s+état|rapporté|évoqué)\b[^.;,]{0,40}?\b(?:levée|lever|tour)\b)"
    r"[^.;]{0,40}$",
    _I,
)
# …and before it a comparison or the article that makes it that report's figure ("the", « les », « aux »): not
# "Reuters reported" after a raise told as news ("raised $5 million, reported Reuters" has neither).
_APPROXIMATELY = r"(?:(?:about|around|roughly|some|nearly|environ|près\s+de)\s+)?$"
_EARLIER_REPORT_COMPARED_RE = re.compile(
    r"(?:\b(?:than|from|versus|contre|above|below|topping|exceeding|surpassing|beating|over)|"
    r"\bcompared\s+(?:with|to))\s+(?:(?:the|les|aux|des)\s+)?" + _APPROXIMATELY,
    _I,
)
_EARLIER_REPORT_ARTICLE_RE = re.compile(r"\b(?:the|les|aux|des)\s+" + _APPROXIMATELY, _I)
# A clause confirming the report: "confirmed the $1.2 billion first reported in September" is the raise itself.
_CONFIRMED_RE = re.compile(r"\bconfirm\w*|\bconfirmé", _I)
# So is a clause taking up the report it names by its article: "has closed the $1.2 billion first reported",
# « a bouclé les 1,2 milliard évoqués », where "raised more than the $1.2 billion first reported" compares.
_TAKEN_UP_RE = re.compile(
    _CONFIRMED_RE.pattern + r"|\b(?:closed|completed|raised|secured|finali[sz]ed|levé|bouclé|finalisé)\b", _I
)
# "An earlier version of this article incorrectly said the company raised $250 million at a valuation of
# $1.8 billion": every figure after such an opening is the retracted report, however far from it.
_RETRACTED_REPORT_RE = re.compile(
    r"\b(?:earlier|previous|prior) version of this\b|\bversion précédente\b|"
    r"\b(?:incorrectly|erroneously|mistakenly|wrongly)\s+(?:said|stated|reported|described|gave|put)\b",
    _I,
)
# A correction story ("CORRECTION - …", "RECTIFICATIF", "(Corrects valuation in paragraph 2…)") telling what its
# earlier dispatch said: "Dans une dépêche publiée mardi, l'AFP indiquait qu'ASML investissait 1,3 milliard",
# "A story published on Tuesday reported that…". Those figures are the wrong ones the story corrects. The
# outlet's own story only: "Zorgly had reported revenue of…", "in a report", "annonçait" alone tell of others.
_EARLIER_DISPATCH_RE = re.compile(
    # "Dans une dépêche publiée mardi", "A story published on Tuesday", "notre article paru lundi".
    r"\b(?:dépêche|article|papier|story|dispatch)\s+(?:\w+\s+){0,2}?"
    r"(?:publiée?|diffusée?|parue?|published|issued|filed|moved)\b|"
    # "An earlier version of this story said", "une version précédente de cet article".
    r"\b(?:earlier|previous|original)\s+version\s+of\s+(?:this|the|our)\s+(?:story|article|dispatch)\b|"
    r"\b(?:version\s+(?:précédente|antérieure)|précédente\s+version)\s+de\s+(?:cet|cette|notre)\s+"
    r"(?:article|dépêche)\b|"
    # "we reported on Tuesday", "nous avons écrit", "nous indiquions".
    r"\b(?:we\s+(?:had\s+|have\s+)?(?:\w+ly\s+)?(?:reported|wrote|stated|misstated)|"
    r"nous\s+(?:avons|avions)\s+(?:\w+\s+)?(?:écrit|indiqué|rapporté)|"
    r"nous\s+(?:indiquions|écrivions|annoncions|rapportions))\b|"
    # "l'AFP indiquait", "l'agence écrivait": the outlet telling, in the imperfect, what it said then.
    r"\b(?:l['’](?:AFP|ATS|agence)|AFP|ATS|Reuters)\s+(?:\w+\s+)?"
    r"(?:indiquait|écrivait|annonçait|affirmait|rapportait|précisait)\b",
    _I,
)
# "Contrairement à ce que nous avons écrit dans notre article publié mardi, X a levé 55 millions": the sentence
# states the corrected figure, against what the earlier dispatch said.
_CONTRARY_TO_RE = re.compile(r"\b(?:contrairement\s+à|contrary\s+to|unlike)\b", _I)
# After the earlier dispatch is named, the words giving its right reading: "Dans une dépêche publiée le 12 mars, il
# fallait lire que X a levé 380 millions, et non 350 millions", "An earlier version of this story misstated the
# amount; X raised $85 million, not $75 million". The figures after them are the corrected facts.
_RIGHT_READING_RE = re.compile(
    r"\bil\s+(?:fallait|faut)\s+lire\b|\bshould\s+have\s+(?:read|said|stated)\b|"
    r"\b(?:misstated|misreported|misspelled)\b[^;:.]{0,60}[;:]",
    _I,
)
# A correction note, in its brackets: "(Corrects valuation in paragraph 2 to $2 billion from $200 million)",
# "(Rectificatif: …)". Its figures are the story's own, said again in the body: no fact of their own. Not
# "Correction: X a levé 55 millions", a sentence of the story.
CORRECTION_NOTE_RE = re.compile(
    r"^\s*[(\[]\s*(?:corrects?|correcting|rectifie|rectificatif|correction)\b[^)\]]*[)\]]\s*$", _I
)
# A reporting verb and its "that": what follows is the reported clause, whose subject is not the reporter.
_REPORTED_THAT_RE = re.compile(
    r"\b(?:estimates?|estimated|says?|said|believes?|predicts?|think|thinks|estiment|estime|pensent|jugent)"
    r"\s+(?:that|que|qu['’])\s*",
    _I,
)
_PRONOUN_OPENS_RE = re.compile(r"(?:it|they|he|she|we|il|elle|ils|elles)\b", _I)
# A stake that gives control is a purchase of the company: "a majority stake", "une participation majoritaire".
_CONTROL_STAKE_RE = re.compile(
    r"\b(?:majority|controlling)\s+(?:stake|interest|holding)|\b(?:participation|part)\s+majoritaire|"
    r"\b(?:prise|prendre|prend)\s+(?:le\s+)?contrôle\b|\b(?:tak(?:e|es|ing)|took)\s+control\b",
    _I,
)
_STAKE_AFTER_PERCENT_RE = re.compile(
    r"\s*+(?:(?:minority|equity)\s++)?(?:stake|interest|holding)\b|\s*+(?:du|de son|of (?:the|its))\s++capital\b|"
    r"\s*+(?:des parts|of the (?:company|shares))\b|"
    # "qui prend 20 % de la société pour 6 millions": a share of the company is a stake.
    r"\s*+(?:de la (?:société|start-?up|jeune pousse)|de l['’](?:entreprise|entité))\b",
    _I,
)
# "…for a 40 percent stake in", "pour une participation de 10 %": the amount is a stake's price.
_STAKE_FOR_AFTER_RE = re.compile(
    r"\s+(?:for|pour)\s+(?:(?:a|an|une|la|sa)\s+)?(?:(?:roughly|about|around|environ|près de)\s+)?"
    r"(?:[\d.,]+\s*(?:%|per\s?cent|percent|pour\s?cent)\s+(?:of\s+|du\s+|de\s+)?)?"
    r"(?:(?:minority|majority|controlling|equity)\s+)?(?:stake|participation|holding|interest)\b",
    _I,
)
# The company a share is of, named right after it: "bought 20% of Zorgly", "a pris 15 % de Velora".
_SHARE_OF_AFTER_RE = re.compile(r"\s*(?:of|de|d['’])\s*", _I)
_POSSESSIVE_AFTER_NAME_RE = re.compile(r"['’]s?\b")
# Something of the company's that the share is of, told after its name: "20% of Zorgly revenue", « 20 % de Zorgly
# en chiffre d'affaires »; not its shares ("20% of Zorgly stock" is a stake).
_SOMETHING_OF_NAME_AFTER_RE = re.compile(
    r"\s+(?:en\s+(?:chiffre|revenus?|ventes?|volumes?|valeur|trafic|nombre|termes)\b|(?:revenues?|sales|turnover|income|profits?|earnings|business|traffic|users|customers|clients|"
    r"orders|bookings|spending|costs?|usage|compute|workloads?|market|output|production|capacity|workforce|staff|"
    r"employees|headcount|supply|demand|chiffre|ventes|bénéfices?|clientèle|effectifs?|activité)\b)"
)
# A sentence opening on its subject's own stake: "Its 7% holding in CoreWeave", "Their stake in".
_OWN_STAKE_OPENS_RE = re.compile(
    r"\s*(?:its|their)\s+(?:\d+(?:[.,]\d+)?\s?%\s+)?(?:stake|holding|shareholding)\b", _I
)
# A stake given to a holder by the deal the sentence tells, the holder named right after the verb: "completed its
# conversion …, giving Microsoft a stake of about 27% worth roughly $135 billion", "leaves Microsoft with a 27%
# stake worth". The holder is the name after the verb, not the sentence's subject (the company the stake is in).
STAKE_GIVEN_VERB_RE = re.compile(
    r"\b(?:giv(?:e|es|ing)|gave|grant(?:s|ed|ing)?|hand(?:s|ed|ing)?|leav(?:e|es|ing)|left)\s++", _I
)
# From an investment's sum to the worth of the stake it bought, told right after it: "invested $500 million in
# Korvane, giving it a 10% stake worth $600 million", "…, which gives it a stake worth", "…, valuing its stake at",
# « …, lui donnant une participation de 10 % valorisée 600 millions ». One stake: its worth is no money paid again.
_STAKE_BOUGHT_WORTH_GAP_RE = re.compile(
    r"(?:[^.;,]{0,80}+,\s*+){1,3}?"
    r"(?:(?:(?:(?:which|that)\s++(?:gives|gave|will\s++give)|giving)\s++(?:it|them)"
    r"|(?:qui\s++)?(?:lui|leur)\s++(?:donn(?:ant|e|era)|confér(?:ant|e)|offr(?:ant|e)))\s++"
    r"[^;]{0,50}?\b(?:stake|holding|shareholding|participation)\b[^;]{0,40}?"
    r"\b(?:worth|valued\s++at|valorisée?|estimée?)"
    r"|(?:valuing|valorisant)\s++(?:its|their|sa|leur)\s++(?:stake|holding|participation)\s++(?:at|à))"
    r"(?:\s++(?:à|about|around|roughly|nearly|some|environ|près\s++de))?\s*+",
    _I,
)
# What follows the holder of a stake given: " a stake", " with a 27% stake", " an equity stake".
# Only a few words that tell the kind of stake may stand between (not "a cash injection in return for a stake").
_STAKE_GIVEN_AFTER_RE = re.compile(
    r"\s*+(?:with\s++)?(?:an?|the|its)\s++"
    r"(?:(?:\d+(?:[.,]\d+)?\s?+%|minority|majority|equity|new|larger|further)\s++){0,3}stake\b",
    _I,
)
# A giving refused or denied right before its verb: "refused to give", "did not give", « a refusé de donner ».
_STAKE_GIVEN_NEGATED_RE = re.compile(
    r"(?:\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|did\s++not|didn['’]t|does\s++not|doesn['’]t|won['’]t|"
    r"will\s++not|would\s++not|wouldn['’]t|never|not)\s++(?:to\s++)?|\brefusé\s++(?:de|d['’])\s*+|\bne\s++|\bn['’])$",
    _I,
)
# A share told as a holding right after it: "Nvidia's 7% holding in CoreWeave" (not "a holding company" nearby).
# A share held today: "now owns about 27%", « détient désormais environ 27 % ».
_NOW_HOLDS_BEFORE_RE = re.compile(
    r"\b(?:(?:now|currently)\s+(?:holds|owns)|(?:détient|possède)\s+(?:désormais|actuellement|aujourd['’]hui))"
    r"\s+(?:(?:about|around|roughly|some|environ|près\s+de)\s+)?$",
    _I,
)
_HOLDING_AFTER_PERCENT_RE = re.compile(r"\s*(?:share)?holding\b", _I)
_FOR_BEFORE_RE = re.compile(r"\b(?:for|pour)\s+(?:(?:about|around|roughly|environ|près de)\s+)?$", _I)
# A capitalised owner or place in the possessive right before a name: "Abu Dhabi's ", "Alphabet's ".
_PLACE_POSSESSIVE_BEFORE_RE = re.compile(r"(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)?['’]s\s+$")
# A relative clause opened by a preposition: "the round, in which…", "le tour, auquel…", "…, where".
_PREPOSITION_RELATIVE_RE = re.compile(
    r",\s*(?:(?:in|at|to|for|from|with|alongside)\s+which|where|(?:dans|pour|avec|lors|auprès)\s+"
    r"(?:duquel|de laquelle|lequel|laquelle|lesquels|lesquelles)|auxquel(?:le)?s|auquel|à laquelle|où)\b",
    _I,
)
# A speech verb and its "that" with a few words between ("said Wednesday that", "a indiqué mardi que"):
# the reporter is not a subject of the reported clause.
_SPEECH_THAT_RE = re.compile(
    r"\b(?:said|says|announced|announces|confirmed|stated|disclosed|revealed|told\s+\w+|"
    r"(?:a|ont|avait|avaient)\s+(?:indiqué|précisé|annoncé|affirmé|déclaré|fait savoir|expliqué|confirmé|"
    r"dévoilé)|annonce|indique|précise|confirme)"
    r"\s+(?:[\w,'’-]+\s+){0,5}?(?:that|que|qu['’])\s*",
    _I,
)
# "X said carmaker Toyota, Sony Group and NTT had each invested…": a reported clause without "that" whose
# subject is a described name (a lowercase descriptor, then a capitalised name).
_SAID_NAMES_RE = re.compile(
    r"\b(?:said|says|announced|announces)\s+(?!(?:last|on|in|this|next|earlier|later)\b)(?=(?:(?-i:[a-z])[\w-]+\s+){1,3}(?-i:[A-Z]))",
    _I,
)
# A lede's subject that describes a company without naming it: "A Japanese chip start-up backed by…",
# "Une jeune pousse lyonnaise spécialisée dans…" (up to the raising verb, "said it had" allowed).
_UNNAMED_RAISER_RE = re.compile(
    r"\W*+(?:(?:an?|une?|the|la|le)\s++|l['’]\s*+)(?:[\w-]+\s++){0,4}?(?:start-?up|startup|company|firm|maker|developer|"
    r"jeune\s++pousse|société|entreprise|pépite)\b[^;:]*$",
    _I,
)
# "The two VCs", "les deux fonds": a counted plural subject that stands for a round's investors.
_COUNTED_GROUP_RE = re.compile(
    r"\s*(?:the|these|les|ces)\s+(?:two|three|four|deux|trois|quatre)\s+(?:[\w-]+\s+)?[\w-]+s\b", _I
)
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "deux": 2, "trois": 3, "quatre": 4}
_COUNTED_INVESTORS_RE = re.compile(
    r"\s*(?:the|these|les|ces)\s+(?P<n>two|three|four|deux|trois|quatre)\s+(?:[\w-]+\s+)?"
    r"(?:VCs?|investors|funds|firms|backers|investisseurs|fonds|sociétés de capital-risque)\b",
    _I,
)
# Other organisations described by their size: "companies with between 200 and 2,000 employees".
_SIZE_OF_OTHERS_RE = re.compile(
    r"\b(?:companies|firms|businesses|customers|clients|organi[sz]ations|entreprises|sociétés|PME|ETI|groupes|"
    r"groups|banks|banques|insurers|assureurs|retailers|manufacturers|industriels|hospitals|hôpitaux)"
    r"\s+(?:with|of|de|avec|comptant|employing|employant)\s+(?:(?:between|entre|up to|more than|fewer than|less than|"
    r"over|under|plus de|moins de|jusqu['’]à)\s+)?"
    # "destiné aux entreprises de 10 à 500 salariés": the range's upper end, read on its own.
    r"(?:\d{1,3}(?:[\s\u00a0\u202f.,]\d{3})*\s*(?:à|to|and|et|-|–)\s*)?$",
    _I,
)
# Any one organisation of a kind, opening a sentence or a quote ('"A bank with 40 employees can't hire…"',
# "Une PME de 30 salariés ne peut pas…", "for a startup with 20 staff"): a figure of speech, no company's count.
_GENERIC_SIZE_RE = re.compile(
    r"(?:^|[\"“«]\s*|[.!?;:]\s+|\b(?:for|pour)\s+)(?:an?|any|every|une?|toute|chaque|n['’]importe quelle?)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:company|firm|business|bank|lender|insurer|startup|start-up|hospital|clinic|"
    r"retailer|manufacturer|factory|shop|store|school|restaurant|entreprise|société|PME|ETI|banque|assureur|"
    r"hôpital|clinique|usine|commerce|boutique|école|commune|mairie)\s+(?:[\w'’-]+\s+)?"
    r"(?:with|of|de|d['’]|avec|comptant|employing|employant)\s*$",
    _I,
)
# A later sentence dating the round just told: "The round, announced on Tuesday, also drew…", "L'opération,
# annoncée mardi, …". Group `at` ends where the date must stand.
_ROUND_DATED_LATER_RE = re.compile(
    r"\s*(?:(?:the|this|that)\s+(?:new\s+)?(?:round|raise|funding(?:\s+round)?|financing(?:\s+round)?|deal)|"
    r"(?:la|cette)\s+(?:levée(?:\s+de\s+fonds)?|opération)|l['’]\s*opération|(?:le|ce)\s+tour\s+de\s+table)"
    r"\s*,\s*(?:which\s+was\s+|qui\s+a\s+été\s+)?(?P<at>(?:first\s+)?(?:announced|unveiled|disclosed|made public|"
    r"annoncée?|dévoilée?|officialisée?|rendue?\s+publique?)\s+(?:on\s+|le\s+|ce\s+)?)",
    _I,
)
# Subjects of market, sector and aggregate figures ("AI startups raised…", "le marché mondial pèse…").
# The verb before whom a speaker tells something: "had told investors", "told analysts".
_TOLD_ADDRESSEE_BEFORE_RE = re.compile(r"\b(?:told|tells|telling)\s+(?:its\s+|their\s+|the\s+)?$", _I)
# The orders a company has on its books, right before their sum: "affiche un carnet de commandes de 180 M€",
# "its order book stands at about €1.4bn", "a backlog of $300 million": a figure of the company.
_ORDER_BOOK_BEFORE_RE = re.compile(
    r"\b(?:carnet\s+de\s+commandes|order\s+(?:book|backlog)|backlog)\s+(?:de|d['’]|of|at|worth|stands\s+at|"
    r"s['’]élève\s+à|atteint|totals?|totalling|totaling|(?:has\s+)?(?:reached|grown\s+to)|"
    r"(?:is|was)\s+(?:worth|valued\s+at))\s*$",
    _I,
)
# Backers the text says it does not name, as the subject paying a sum in, the sentence's start to the sum:
# "Undisclosed investors injected $15 million into", « Des investisseurs non dévoilés ont injecté 15 M€ dans »,
# « Des investisseurs dont l'identité n'a pas été révélée ont investi ». No party: the money is the funded
# company's round, with no backer named (the subject is searched for, ends at the sum: `$` is `endpos`).
_UNDISCLOSED_BACKERS_BEFORE_RE = re.compile(
    r"(?:^|[,;:]\s*+)(?:(?:des|les|several|some|the)\s++)?"
    r"(?:(?:undisclosed|unnamed|unidentified|anonymous)\s++(?:investors|backers)|"
    r"investisseurs\s++(?:non\s++(?:dévoilés|divulgués|identifiés|nommés|cités)|anonymes|"
    r"dont\s++l['’]\s*+identité\s++n['’]\s*+a\s++pas\s++été\s++(?:révélée|dévoilée|divulguée|communiquée)))"
    r",?\s++(?:(?:ont|have|had|a)\s++)?(?:(?:together|jointly|ensemble|conjointement)\s++)?"
    r"(?:injected|invested|put|poured|pumped|plowed|ploughed|injecté|investi|apporté|versé|mis|"
    r"injectent|investissent|apportent|versent|mettent)\s++(?:(?:in|a\s++total\s++of|au\s++total)\s++)?$",
    _I,
)


def _paid_in_by_undisclosed_backers(text: str, amount: AmountMention) -> bool:
    """Whether the sum is paid in by backers the text does not name, the subject of its sentence
    (`_UNDISCLOSED_BACKERS_BEFORE_RE`): a raise of the company it goes into, not a sector's figure."""
    return _UNDISCLOSED_BACKERS_BEFORE_RE.search(text, 0, amount.bound_start) is not None


_AGGREGATE_RE = re.compile(
    r"\b(?:start-?ups|(?:les|des)\s+start-?up|jeunes pousses|scale-?ups|licornes|unicorns|"
    r"(?:fin|bio|med|health|deep|agri|ag|food|green|clean|legal|ed|prop|insur|climate)techs|companies|firms|entreprises|sociétés|investors|"
    r"investisseurs|insurers|assureurs|banks|banques|governments|players|acteurs|groupes|VCs|market|marché|"
    r"sector|secteur|industry|industrie|spending|dépenses|branche|filière)\b|"
    # A state's or an economy's money: "le gouvernement a lancé un programme de 300 milliards", "la loi de
    # programmation militaire prévoit 413 milliards", "les ventes mondiales de puces atteindront 53 milliards",
    # "hyperscalers are expected to spend $200 billion", "EU defence expenditure reached €381bn".
    r"\b(?:government|gouvernement|Commission|loi|law|expenditures?|capex|hyperscalers|gross merchandise value|"
    r"GMV|ventes (?:mondiales|en ligne)|(?:global|worldwide|online) sales)\b|"
    # "certaines biotechs", "several labs": a quantifier before a plural names a group, not one company.
    r"\b(?:certaine?s|plusieurs|several|many|d['’]autres)\s+[a-zà-ÿ-]+s\b",
    _I,
)
_BACKED_BY_BEFORE_RE = re.compile(
    r"\b(?:backed|funded|owned|supported|soutenue?s?|financée?s?|détenue?s?)\s+(?:by|par)\s+[^,;.]*$", _I
)
_SECTOR_NOUN_AFTER_RE = re.compile(r"\s+(?:start-?ups|companies|firms|entreprises|groups|players)\b", _I)
_WHOLE_INDUSTRY_AFTER_RE = re.compile(
    r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}(?:industry|sector|market|economy)\b(?!\s+shares?\b)"
)
_SOURCE_BEFORE_RE = re.compile(
    r"\b(?:selon|d['’]après|according to)\s+(?:(?:le|la|l['’]|les|the)\s*)?(?:[\w-]+\s+){0,2}$", _I
)
_POSSESSIVE_BEFORE_RE = re.compile(r"\b(?:son|sa|ses|leurs?|its|their|his|her)\s+(?:[\w-]+\s+)?$", _I)
_PLURAL_REFERENCE_RE = re.compile(r"(?:les|des|the)\s+\S+s\b|(?:les|des)\s", _I)
# A ranking the year after it is the period of: "one of the largest financings in Britain this year".
_RANKING_BEFORE_RE = re.compile(
    r"\b(?:one\s+of\s+the|among\s+the|l['’]une?\s+des|parmi\s+les|the\s+(?:largest|biggest)|"
    r"(?:la|le|les)\s+plus\s+(?:grosse|gros|grande|grand|importante?)s?)\b[^,.;:()]{0,80}$",
    _I,
)
_CLAUSE_BREAK_RE = re.compile(r"[;:]\s|\s[–—]\s")
# A purchase named by its noun and a description, not a name: "le rachat de la fintech gantoise", "the
# acquisition of the Boston start-up".
_RESTATED_PURCHASE_RE = re.compile(
    r"(?:rachat|acquisition|purchase|takeover)\s+(?:de\s+la|du|de\s+l['’]|of\s+the)\s*"
    r"[a-zà-ÿ-]+\b",
    _I,
)
# A new clause opens: ", and that it…", ", et qu'elle…", ", while", "; ".
_NEXT_CLAUSE_RE = re.compile(
    r";\s|,\s*(?:and|et|but|mais|while|alors\s+que|tandis\s+que)\s+(?:that\s+|qu['’]|que\s+)?"
    r"(?:it|they|he|she|elle|il|ils|elles)\b",
    _I,
)
# An earlier round named next to a total: "…, following a $9 million seed round", "includes an $18m Series A".
_ROUND_IN_TOTAL_BEFORE_RE = re.compile(
    r"\b(?:following|after|including|includes|included|après|dont|suivant)\s+(?:a|an|un|une)\s+$", _I
)
_ROUND_WORD_AFTER_RE = re.compile(
    r"\s++(?:(?:pre-|post-)?seed|series\s++[a-h]\b|(?:funding\s++)?round|(?:tour|levée|série|amorçage)\b)", _I
)
# A participle after a raise that tells the total it makes: ", bringing its total to", ", portant le total à".
_TOTAL_PARTICIPLE_RE = re.compile(
    r",\s*(?:bringing|taking|lifting|raising|which brings|which takes|portant|ce qui porte|qui porte)\b", _I
)


# The round's new size told after the sum an extension adds, as "a total": "…, for a total of $60 million", « …,
# pour un total de 60 M€ ».
_EXTENSION_TOTAL_OF_RE = re.compile(r",\s*+(?:for|to|pour)\s++(?:a|un)\s++total\s++(?:of|de)\b", _I)


# The words of such a participle up to the total it reaches, told as the company's funding: ", bringing the total
# raised to", ", taking its total to", ", bringing the company's total funding to", ", portant le total levé à",
# ", portant à" (the total named after the sum). Not a headcount, a valuation or revenue reaching a figure.
_TOTAL_RAISED_PARTICIPLE_RE = re.compile(
    r",\s*(?:bringing|taking|lifting|raising|pushing|which\s+brings|which\s+takes)\s+"
    r"(?:(?:its|their|the(?:\s+[\w-]+['’]s)?)\s+)?(?:total|overall|cumulative)\s+"
    r"(?:(?!(?:headcount|employees|staff|workforce|valuation|revenue|sales|users|customers)\b)[\w-]+\s+){0,4}?"
    r"to\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over)\s+)?"
    r"|,\s*(?:portant|ce\s+qui\s+porte|qui\s+porte)\s+"
    r"(?:(?:le|son)\s+(?:montant\s+)?total\s+(?:(?:levé|des\s+fonds\s+levés|de\s+ses\s+levées(?:\s+de\s+fonds)?)\s+)?"
    r"(?:depuis\s+sa\s+(?:création|fondation)\s+)?)?à\s+(?:(?:environ|près\s+de|plus\s+de)\s+)?",
    _I,
)
# A French participle reaching a sum before naming what reaches it: "portant à 41 millions …".
_REACHES_FIRST_RE = re.compile(r",\s*(?:portant|ce\s+qui\s+porte|qui\s+porte)\s+à\s", _I)
# A French total named after the sum it reaches: "portant à 41 millions le total levé", "… les fonds levés".
_TOTAL_NAMED_AFTER_RE = re.compile(
    r"\s+(?:(?:le|son)\s+(?:montant\s+)?total\b|(?:les|ses)\s+fonds\s+levés\b|le\s+montant\s+(?:levé|des\s+fonds))",
    _I,
)


def _before_total_participle(text: str, amount: AmountMention, end: int) -> int:
    """Where `amount`'s own words end when a participle after it tells the total it makes ("…raised $30 million
    in a Series B, bringing its total to $48 million"): the total is the participle's, not this amount's."""
    participle = _TOTAL_PARTICIPLE_RE.search(text, amount.span[1], end)
    if participle is None and _round_extension(text, amount):
        # "adds $15 million to its Series B, for a total of $60 million": the round's new size is the total's.
        participle = _EXTENSION_TOTAL_OF_RE.search(text, amount.span[1], end)
    return end if participle is None else participle.start()


# An aside between dashes: "—a measure of expected subscription sales—", " – a forecast – ".
_DASH_ASIDE_RE = re.compile(r"—[^—.;]{1,160}—|\s–\s[^–.;]{1,160}\s–\s")
# A character of the same phrase: no ".", ";" or ",", but for the decimal mark of an amount ("1.5", "1,5 million").
_WITHIN_PHRASE = r"(?:[^.;,]|(?<=\d)[.,](?=\d))"
# The twins of "a déjà levé" (what it has raised so far), unless told with the one round it was: "has already raised
# $118 million", "a déjà réuni 118 millions" (not "has already raised $5 million in a seed round").
_ALREADY_RAISED = (
    r"\b(?:(?:has|have)\s+already\s+raised|a\s+déjà\s+(?:réuni|récolté|collecté))\b"
    rf"(?!{_WITHIN_PHRASE}{{0,60}}\b(?:lors\s+d|série|amorçage|seed|series|round|tour|in\s+(?:a|an|its)\s))"
)
# The words of a cumulative clause that make its amount the raiser's total to date ("total funding", "so far",
# "depuis sa création"); "au total" alone sums a round's parts ("Au total, Cargoo lève donc 12 M€") or a
# sector's year ("les assurtechs ont levé 400 M€ au total"), no company's running total.
_TO_DATE_RE = re.compile(
    rf"{_TO_DATE_WORDS}|{_ALREADY_RAISED}|\ba total of\b|\bun total de\b|\bdéjà\s+levé\b|"
    r"\btotal\s+(?:funding|financing|raised|investment|capital\s+raised|levé)\b|\bmontant\s+total\s+(?:levé|des\s+fonds)\b",
    _I,
)
# A ranking up to now, not a running total: "one of the largest private financings … to date", "so far this year".
_RANKED_TO_DATE_RE = re.compile(
    r"\b(?:(?:one\s+of|among)\s+(?:the|its|their)|l['’]une?\s+des|parmi\s+(?:les|ses)|the\s+(?:largest|biggest)|"
    r"(?:la|le|les)\s+plus\s+(?:grosse|gros|grande|grand|importante?)s?)\b[^,.;:()]{0,80}?"
    r"\b(?:to date|so far|thus far|à ce jour|jusqu['’]ici|jusqu['’]à présent)\b(?:\s+this\s+year)?",
    _I,
)
_CUMULATIVE_TOTAL_RE = re.compile(
    rf"{_TO_DATE_WORDS}|\btotal\b|\bau total\b|\bcumul\w*|\bin all\b|"
    # "qui a déjà levé 118 millions": what it has raised so far ("avait déjà levé 2 M€", or one told with its
    # round, "a déjà levé 2 M€ lors d'un tour d'amorçage", is an earlier round).
    rf"\ba\s+déjà\s+levé\b(?!{_WITHIN_PHRASE}{{0,60}}\b(?:lors\s+d|série|amorçage|seed|tour))|"
    rf"{_ALREADY_RAISED}",
    _I,
)
# "a total of" told with the one round it sums, right after the amount: "raised a total of $50 million in a
# Series B round led by Accel" is that round. Not "across its seed and Series A rounds", "in its Series A and
# Series B rounds" (several rounds summed), nor "has raised a total of" (`_PERFECT_RAISE_BEFORE_RE`): totals.
_TOTAL_OF_ROUND_RE = re.compile(
    r"\ba\s+total\s+of\s+\S+(?:\s+(?:million|billion|trillion|bn|m)\b)?\s+in\s+(?:a|an|its)\s+"
    r"(?:(?:new|latest|recent|fresh)\s+)?(?:(?:pre-|post-)?seed|series\s+[a-h]|funding\s+round|round)\b"
    r"(?:\s+(?:funding\s+)?round\b)?(?!\s*(?:and|or|&|/)\s|\s+rounds\b|s\b)",
    _I,
)
# A sum told with the several rounds it spans, right after it (an equivalent in brackets between): "raised $230
# million across two funding rounds", "£98 million ($125 million) over three rounds", « 98 millions d'euros en deux
# tours de table ». The rounds' running total, not a round of its own (the rounds it sums are told apart).
_SEVERAL_ROUNDS_AFTER_RE = re.compile(
    r"\s*+(?:\([^()]{0,60}\)\s*+)?"
    r"(?:(?:across|in|over|through|from)\s++(?:(?:its|their)\s++)?(?:two|three|four|five|six|several|multiple|[2-9])"
    r"\s++(?:(?:separate|distinct|funding|financing|equity|investment|venture|private)\s++){0,2}rounds\b"
    r"|(?:en|sur|lors\s++de)\s++(?:deux|trois|quatre|cinq|six|plusieurs|[2-9])\s++(?:tours|levées|opérations)\b)",
    _I,
)
# The size a round reaches after an extension, right before its amount: "bringing its seed round to $41 million",
# "took the Series A to", « portant son amorçage à 41 millions », « porte sa série A à ». The round grown, told
# whole after the extension's own amount: no money raised a second time.
_ROUND_BROUGHT_TO_BEFORE_RE = re.compile(
    r"\b(?:bringing|taking|lifting|pushing|brings|takes|took|brought|lifts|lifted|pushed|porte|portant|porté|portait)"
    r"\s++(?:(?:its|their|the|this|that|son|sa|leur|le|la)\s++|l['’])?(?:(?:total|overall|entire)\s++)?"
    r"(?:(?:pre-?|post-?)?seed|series\s++[a-h]|(?:funding\s++)?round|pré-amorçage|amorçage|série\s++[a-h]|"
    r"tour(?:\s++de\s++table)?|levée)"
    r"(?:\s++(?:round|funding|extension))?(?:['’]s\s++(?:total|size))?"
    r"\s++(?:to|à)\s++(?:(?:a\s++total\s++of|un\s++total\s++de)\s++)?$",
    _I,
)
# An extension's own sum, the noun right after it ("a $6 million extension in October took its seed round to $41
# million") or right before it (« une extension de 6 M$ en octobre a porté son amorçage à 41 M$ »): money added to a
# round, when a round's words follow (`_ROUND_WORDS_AFTER_EXTENSION_RE`), not a contract's or a loan's extension.
_EXTENSION_AFTER_SUM_RE = re.compile(r"\s*+extension\b", _I)
# Or a verb adding the sum to a round (« Vesperal ajoute 15 millions d'euros à ce tour », "adds $15 million to its
# Series B"): the same money added, the round named as its object.
_EXTENSION_BEFORE_SUM_RE = re.compile(
    r"(?:\bextension\s++(?:de\s++|d['’]\s*+|of\s++)|\b(?:ajout(?:e|ent|é|ait|aient)|adds?|added|adding)\s++)"
    r"(?:(?:près\s++de|environ|plus\s++de|about|nearly|some|another|encore)\s++)?$",
    _I,
)
# A sum added "to its" round (« à son / sa … »): the subject's own round, so the subject raises.
_TO_OWN_ROUND_AFTER_RE = re.compile(
    r"\s*+(?:more\s++|de\s++plus\s++)?(?:to|à)\s++(?:its|their|son|sa|leur)\b", _I
)
_ROUND_WORDS_AFTER_EXTENSION_RE = re.compile(
    r"\b(?:(?:pre-?)?seed|series\s++[a-h]|(?:funding\s++)?round|pré-amorçage|amorçage|série\s++[a-h]|"
    r"tour(?:\s++de\s++table)?|levée)\b",
    _I,
)
# What an extension of something other than a round names before any round words: "a $200 million extension of its
# cloud contract with Microsoft, months after its Series B round", « une extension de son prêt ». Such money is no
# round, whatever round the sentence goes on to name.
_EXTENDED_NOT_A_ROUND_RE = re.compile(
    r"\b(?:contracts?|deals?|loans?|credits?|facilit(?:y|ies)|leases?|partnerships?|agreements?|contrats?|prêts?|"
    r"accords?|crédits?)\b",
    _I,
)
# The round as the extension's object, all the words between them: "extension of its seed round", "extension to
# the company's Series A", « extension de son amorçage », "extension round".
_EXTENDED_ROUND_OBJECT_RE = re.compile(
    r"\s*+(?:(?:of|to|for|de|du|d['’]|à|au)\s*+(?:[\w$€£.,'’-]++\s++){0,3}?)?",
    _I,
)
# A verb telling the extension grew the round, right before the round's words: "a $6 million extension in October
# took its seed round to $41 million", « une extension de 6 M$ a porté son amorçage à 41 M$ ».
_GREW_THE_ROUND_BEFORE_RE = re.compile(
    r"\b(?:took|takes|taking|brought|brings|bringing|lifted|lifts|lifting|pushed|pushes|pushing|boosted|"
    r"increased|expanded|porté|porte|portant|portait|fait\s++passer|gonflé|augmenté)\s++"
    r"(?:(?:its|their|the|this|that|his|her|son|sa|leur|la|le|ce|cette)\s++|l['’]\s*+)?"
    r"(?:(?:total|existing|latest|recent|dernier|dernière|récent|récente)\s++)?$",
    _I,
)
# The size a round reaches, told right after the sum an extension adds to it (`_extended_round_size`): "adds $15
# million to its Series B, bringing it to $60 million", "…, taking the total to $60 million", "…, for a total of $60
# million", « …, portant le total à 60 M€ ». The round grown, no money raised a second time.
_EXTENDED_ROUND_SIZE_BEFORE_RE = re.compile(
    r"(?:\b(?:bringing|taking|lifting|pushing|brings|takes|took|brought|lifts|lifted|pushed|portant|porte|porté)\s++"
    r"(?:it|them|the\s++(?:round|total)|its\s++total|le\s++total|l['’]\s*+enveloppe)\s++(?:to|à)\s++"
    r"|\b(?:for|to|pour|à)\s++(?:a|un)\s++total\s++(?:of|de)\s++)"
    r"(?:(?:about|nearly|some|roughly|around|près\s++de|environ)\s++)?$",
    _I,
)
# A note said to have converted into a round, in the 200 characters after its sum: "a $10 million convertible note …, which converted into
# the Series A", « des obligations convertibles, converties lors de la série A ». Its money is that round's, told
# with it: counting the note too would count it twice.
_CONVERTED_INTO_ROUND_AFTER_RE = re.compile(
    r"\b(?:which|that|qui|and|et)\s++(?:(?:later|since|then|has|have|had|was|were|been|ont|a|été|"
    r"ensuite|depuis)\s++){0,3}(?:converted|convertie?s?|transformée?s?)\s++(?:into|to|in|en|dans|lors\s++de)\s++"
    r"(?:(?:the|its|their|this|that|la|sa|le|son|leur)\s++|l['’])?(?:(?:latest|new|nouvelle|nouveau)\s++)?"
    r"(?:(?:pre-?)?seed|series\s++[a-h]|round|amorçage|série\s++[a-h]|tour|levée|equity)\b",
    _I,
)
_PERFECT_RAISE_BEFORE_RE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?raised\s+$", _I)


# A phrase fronted before the sentence's subject telling an earlier raise: "Après un amorçage de 2,5 M€ bouclé en
# 2021, l'entreprise a installé à ce jour 120 MWh" (the "à ce jour" is the main verb's, not the raise's).
_FRONTED_AFTER_RE = re.compile(r"\W*+(?:après|after|following|suite\s++à)\s", _I)


def _fronted_phrase_end(text: str, clause_start: int, amount: AmountMention, clause_end: int) -> int:
    """Where a fronted "Après un amorçage de 2,5 M€…," holding `amount` ends (its comma), else `clause_end`."""
    if not _FRONTED_AFTER_RE.match(text, clause_start, amount.bound_start):
        return clause_end
    comma = text.find(",", amount.span[1], clause_end)
    return clause_end if comma < 0 else comma


# The words of a company's whole life: "since its founding", "since inception", "depuis sa création".
_SINCE_FOUNDING_RE = re.compile(
    r"\bsince\s+(?:(?:its|their)\s+)?(?:founding|inception|creation|launch)\b"
    r"|\bdepuis\s+(?:sa|son)\s+(?:création|fondation|lancement)\b",
    _I,
)
# What bounds the phrase such words belong to: a comma before a space, a semicolon, a parenthesis or a dash.
_PHRASE_BOUND_RE = re.compile(r",\s|;|[()]|\s[–—]\s")
# A comma that goes on with a list of backers ("from Accel, Index Ventures and others", « auprès d'Accel, d'Index
# Ventures et de Balderton »): it bounds no phrase, the list is the amount's own words.
_LIST_GOES_ON_RE = re.compile(r"\s*(?:d['’]|de\s+)?[A-Z][^;()]*(?:\b(?:and|et)\b|&)")


def _phrase_bounds_before(text: str, amount: AmountMention, position: int) -> list[int]:
    """Where the phrases before `position` start; after `amount`, a comma going on with its list of backers
    starts none."""
    return [
        bound.end()
        for bound in _PHRASE_BOUND_RE.finditer(text, 0, position)
        if bound.start() < amount.span[1]
        or not (bound.group().startswith(",") and _LIST_GOES_ON_RE.match(text, bound.end(), position))
    ]


def _without_others_since_founding(text: str, amount: AmountMention) -> str:
    """`text` with the "since its founding" words that tell of something else than `amount` blanked out (same
    length). Such words make a total of the amount in its own phrase ("a levé 18 M€ depuis sa création", "raised
    $80 million from Accel, Index Ventures and others since inception") or opening a phrase of their own ("Since
    its founding, X has raised…"), not inside another phrase ("Soutenue par Bpifrance depuis sa création, Ombrelle
    a levé 18 M€", "…, qui la soutient depuis sa création")."""
    for words in _SINCE_FOUNDING_RE.finditer(text):
        bounds_before = _phrase_bounds_before(text, amount, words.start())
        phrase_start = bounds_before[-1] if bounds_before else 0
        bound_after = _PHRASE_BOUND_RE.search(text, words.end())
        phrase_end = bound_after.start() if bound_after else len(text)
        if phrase_start <= amount.bound_start < phrase_end or not re.search(
            r"\w", text[phrase_start : words.start()]
        ):
            continue
        text = text[: words.start()] + " " * len(words.group()) + text[words.end() :]
    return text


def _without_ranks_and_round_totals(clause: str) -> str:
    """`clause` without the words that look cumulative but tell a round: a ranking up to now ("one of the largest
    rounds to date") and a "total of" summing the round itself ("a total of $50 million in a Series B")."""
    clause = _RANKED_TO_DATE_RE.sub("", clause)
    return _TOTAL_OF_ROUND_RE.sub(
        lambda total: total.group(0) if _PERFECT_RAISE_BEFORE_RE.search(clause, 0, total.start()) else "",
        clause,
    )


# The subject of a sentence stating a deal's price: "Le montant de la transaction", "The deal is valued at".
_PRICE_SUBJECT_RE = re.compile(
    # "Le prix n'a pas été communiqué, mais la transaction avoisinerait…": the subject may open a second clause.
    r"(?:^\W*|[,;]\s*(?:mais|but)\s+|[,;]\s*)(?:le|la|l['’]|the)\s*(?:montant|prix|price|deal|transaction|"
    r"opération|acquisition|rachat|purchase|terms|accord|"
    # A stake's price: "Le ticket s'élève à 8 M€", "L'investissement atteint…", "The investment totals…".
    r"ticket|chèque|investissement|investment)\b"
    # Undisclosed, then reported: "Le montant n'a pas été dévoilé, mais selon De Tijd, il avoisinerait…".
    r"(?:[^.;]{0,90}?|[^.;]{0,80}?\b(?:mais|but)\b[^.;]{0,60}?)\b(?:s['’]élève\w*|atteint|atteindrait|"
    r"est de|serait de|se monte\w*|avoisin\w*|atteindre|could reach|pour un montant|(?:est|serait|serai[te]nt)\s+compris|is|was|would be|values?|"
    r"valued|worth|totals?|comes? to|amounts? to)\b",
    _I,
)
# Sources telling a price: "put the price at", "pegged the purchase price at", "estiment le prix à".
_REPORTED_PRICE_RE = re.compile(
    r"\b(?:put|puts|putting|pegged|pegs|placed|places|estimated?|estimates|estiment|estime|situent|situe)\s+"
    r"(?:the|le)\s+(?:(?:purchase|deal|acquisition)\s+)?(?:price(?:\s+tag)?|prix(?:\s+de\s+rachat)?)\s+"
    r"(?:at|à)\s+(?:between\s+|entre\s+)?$|"
    # "the German reinsurer is paying between $190 million and $220 million": the buyer's outlay.
    r"\b(?:is|are|was|were|will\s+be)\s+paying\s+(?:(?:between|about|around|roughly|some|up\s+to|nearly)\s+)?$|"
    # "a person familiar with the deal tells The Verge the price is about $260 million".
    r"\b(?:tells?|told|says?|said)\s+(?-i:(?:[A-Z][\w.]*\s+){0,3})(?:that\s+)?the\s+(?:(?:purchase|deal)\s+)?"
    r"price(?:\s+tag)?\s+(?:is|was|would\s+be)\s+(?:(?:between|about|around|roughly|some|nearly)\s+)?$",
    _I,
)
# "L'opération valorise X à…", "the deal values it at": the company's value, not the price of a stake.
_VALUES_VERB_RE = re.compile(r"\b(?:values?|valued|valoris\w*|worth)\b", _I)
# A sentence about the contract just named, up to its value: "Ce contrat, qui porte sur…, pourrait atteindre",
# "The agreement is worth", "The deal is worth about €15m", "D'une valeur de…" (a fronted value phrase whose
# subject is the contract; only the partnership the sentence before told takes the value).
_CONTRACT_SUBJECT_RE = re.compile(
    r"^\W*(?:(?:(?:ce|cet|cette|le|la|l['’]|the|this)\s*(?:[\w-]+\s+)?(?:contrat|accord|partenariat|contract|"
    r"agreement|partnership|collaboration|deal)\b[^.;]{0,120}?\b(?:atteindre|atteint|s['’]élève\w*|porte sur|"
    r"représente|est de|vaut|is|was|could|would|worth|valued)\b[^.;]{0,40}$)|"
    rf"(?:{_WORTH_WORDS}|d['’]une valeur totale de|d['’]un montant (?:total )?de)\s*$)",
    _I,
)
# A standing relationship named by a role and dated by its start: "partenaire de X depuis 2019", "partner of X
# since 2021", ", client dès 2019", "a customer since 2020", "a Salesforce partner since 2021".
# The story's company named by a reference after a role: "partenaire de la société", "partner of the startup";
# not "the company's rival Ocado" nor "la société Danone", which name another.
_COMPANY_REFERENCE_RE = re.compile(
    r"(?:(?:la|cette)\s+(?:société|start-up|startup|jeune\s+pousse|entreprise|PME)\b|"
    r"(?:the|this)\s+(?:company|start-?up|firm)\b)(?!['’]s)(?!\s+(?-i:[A-ZÀ-ÖØ-Þ]))",
    _I,
)
_STANDING_ROLE_RE = re.compile(
    # "client d'Alpenkraft depuis 2019", "a customer of X since 2020": the role's object is the other side.
    rf"\b(?:(?P<of>{BUSINESS_ROLES})\s+(?:de\b|d['’]|of\b|to\b)\s*|"
    # "a Salesforce partner since 2021": the name before the role is the other side, as for a client.
    rf"(?:(?:{LONG_STANDING})\s+)?{BUSINESS_ROLES}\s+"
    r"(?:historique\s+)?(?=(?:depuis|dès|since)\s+\d{4}))",
    _I,
)
# A company becoming another's partner: "deviendra le principal partenaire d'entraînement d'Anthropic", "will
# become Anthropic's primary training partner" (the role's words run to the clause's end).
_BECOMES_PARTNER_RE = re.compile(
    r"\b(?:will\s+become|becomes|became|has\s+become|is\s+to\s+become|deviendra|devient|est\s+devenue?|"
    r"va\s+devenir)\s+(?P<role>[^.;,]{0,60}?\b(?:partner|partenaire)s?\b[^.;,]{0,40})",
    _I,
)
# The "with" right after a partnership's cue, before its party: "a partnership with Mistral AI", "avec la société X".
_WITH_PARTY_AFTER_CUE_RE = re.compile(r"\s+(?:with|avec)\s+(?:(?:the|la|le|l['’])\s*)?", _I)
# A role in a fund, not a partnership with a company: "became a limited partner in Accel's new fund", "a partner at".
_FUND_PARTNER_ROLE_RE = re.compile(
    r"\b(?:limited|general|managing|venture)\s+partners?\b|\bpartners?\s+(?:at|in)\b|\bassoci[ée]e?\s+gérant",
    _I,
)
# Use of the company's product by the subject: "utilise l'outil", "has used its platform", "relies on the app".
_USES_PRODUCT_RE = re.compile(
    r"\b(?:utilis(?:e|ent|ait|aient)|a\s+(?:adopté|déployé)|uses|has\s+used|have\s+used|has\s+been\s+using|"
    # Trying it out counts too: "la Région expérimente la solution depuis septembre".
    r"expériment(?:e|ent|ait)|test(?:e|ent|ait)|"
    r"have\s+been\s+using|has\s+(?:adopted|deployed)|"
    # Depending on it: "has relied on X's platform since 2022", "s'appuie sur sa plateforme depuis 2020".
    r"(?:has|have)\s+relied\s+(?:on|upon)|reli(?:es|ed)\s+(?:on|upon)|s['’]appuie\s+sur)"
    r"\s+(?:(?:depuis|since|dès)\s+(?:[\w-]+\s+)?\d{4}\s+)?"
    r"(?:(?:également|aussi|also|notamment)\s+)?"
    # The product is the company's: a possessive pronoun, an article or its name ("Brinevo's platform").
    r"(?:l['’]|la\s+|le\s+|les\s+|son\s+|sa\s+|ses\s+|its\s+|the\s+|their\s+|(?-i:[A-Z])[\w-]+['’]s\s+)"
    r"(?:[\w-]+\s+)?"
    r"(?:outils?|solutions?|plateformes?|logiciels?|technologies?|applications?|services?|produits?|robots?|"
    r"assistants?|capteurs?|algorithmes?|sensors?|algorithms?|"
    r"software|platforms?|tools?|technology|systems?|products?|apps?|models?|modèles?)\b|"
    # The product as a pronoun: "X l'a déployée sur ses chantiers depuis 2019", "has deployed it since 2021".
    r"\bl['’](?:a|ont)\s+(?:adopté|déployé|utilisé|testé)e?s?\b|\b(?:has|have)\s+(?:used|deployed|adopted)\s+it\b",
    _I,
)
# The user of the company's product in the passive: "Its robots have been used by Ocado Group… since 2020",
# "ses capteurs sont utilisés par la SNCF depuis 2021".
_USED_BY_BEFORE_RE = re.compile(
    r"\b(?:used|deployed|adopted|utilisée?s?|déployée?s?|adoptée?s?)\s+(?:by|par)\s+(?:(?:le|la|l['’]|the)\s*)?$",
    _I,
)
# Kinds of facts that are the company's own figures, not a deal with another party.
_FIGURE_KINDS = frozenset({"revenue", "metric", "projection", "burn"})
# Money a company moves for others, no revenue of its own: "processes more than $8 billion in annualized
# payment volume", "processed $1.8 billion in total payment volume", "un volume de transactions de 1,2
# milliard de dollars", "a financé 2,1 milliards d'euros de factures", "gross bookings of €210m"; an insurer's
# premiums ("wrote $62 million in gross premiums", "a encaissé 95 millions d'euros de primes").
_VOLUME_NOUNS = (
    r"(?:(?:total|annuali[sz]ed|annual|gross|monthly|annuel|written)\s+){0,2}(?:(?:payment|transaction)s?\s+volume|"
    r"payments|transactions|paiements|flux|bookings|GMV|TPV|premiums|primes)"
)
_VOLUME_AFTER_RE = re.compile(rf"^\s*(?:in|of|de|d['’])\s*{_VOLUME_NOUNS}\b", _I)
_LENT_AFTER_RE = re.compile(
    r"^\s*(?:worth\s+)?(?:in|of|de|d['’])\s*(?:invoices|factures|loans|prêts|crédits)\b", _I
)
_LENDING_VERB_BEFORE_RE = re.compile(
    r"\b(?:process(?:es|ed)?|handl(?:es|ed)|trait[ée]|financ(?:ed|é)|disbursed|décaissé|octroyé|accordé)\s+"
    r"(?:(?:last\s+year|l['’]an\s+dernier|so\s+far|to\s+date)\s+)?$",
    _I,
)
_PROCESSED_BEFORE_RE = re.compile(
    r"\b(?:process(?:es|ed)?|handl(?:es|ed)|(?:a|ont|avait)\s+traité|traite)\s+"
    r"(?:(?:last\s+year|l['’]an\s+dernier|so\s+far|to\s+date)\s+)?$",
    _I,
)
_VOLUME_BEFORE_RE = re.compile(
    r"(?:\b(?:payment|transaction)s?\s+volume|\bvolume\s+(?:de|d['’])\s*(?:paiements|transactions|flux)|"
    r"\bgross\s+bookings|\bGMV|\bTPV|\bprocess(?:es|ed)?\s+payments|"
    # "The value of loads booked on the platform reached $21 million", "la valeur des commandes passées via
    # l'application a atteint 8 M€": the worth of goods traded through the company, no valuation of it.
    r"\b(?:total\s+|gross\s+)?value\s+of\s+(?:the\s+)?(?:loads|goods|orders|shipments|transactions|payments|"
    r"sales|merchandise|items|products|deliveries|freight|cargo|trades|bookings)(?:\s[\w'’-]+){0,5}?|"
    r"\bvaleur\s+(?:totale\s+)?des\s+(?:marchandises|commandes|transactions|paiements|ventes|chargements|"
    r"livraisons|biens|produits|échanges)(?:\s[\w'’-]+){0,5}?)"
    r"(?:\s*\b(?:of|de|d['’]|at|à|reached|atteint|totall?ed|stood\s+at|was|est|s['’]élève\s+à|"
    r"an?\s+annuali[sz]ed\s+rate\s+of|un\s+rythme\s+annuel\s+de|(?:more|plus)\s+(?:than|de)|"
    # "expects total payment volume processed on its platform to exceed $30 billion by 2028"
    r"(?:[\w'’]+\s+){0,5}?(?:to\s+)?(?:exceed|reach|top|surpass|hit|dépasser|atteindre))){1,3}\s*$",
    _I,
)
# Assets a company manages or holds for its clients: "1,3 milliard de francs d'actifs sous gestion", "gère 3,2
# milliards de francs d'actifs", "holds about $3.4 billion in client assets", "1 200 milliards d'euros d'encours
# suivis", "gère des actifs de 1,8 milliard". Told with a verb of managing or holding, or "under management":
# assets bought or sold ("a cédé 2 milliards d'euros d'actifs") are a deal's, no metric.
_ASSETS_AFTER_RE = re.compile(
    r"^\s*(?:in|of|de|d['’])\s*(?:(?:client|customer|staked|clients['’])\s+)?(?:actifs|assets|encours|AUM)\b"
    r"(?P<managed>\s+(?:(?:sont|are)\s+)?(?:sous\s+gestion|under\s+(?:management|custody)|suivis|gérés|managed)\b)?",
    _I,
)
_MANAGES_BEFORE_RE = re.compile(
    r"\b(?:gère|gèrent|gérait|manag(?:es|ed|ing)|oversees|administre|supervise)\b(?P<between>[^.;:]{0,40})$|"
    # "holds"/"secures" say so only right before the sum: "held talks to buy $2 billion of assets" is a deal.
    r"\b(?:holds|held|secures)\s+(?:(?:about|around|roughly|nearly|almost|over|some|approximately)\s+)?$",
    _I,
)
# A verb of buying or selling between the verb of managing and the sum makes the assets a deal's: "Ferrix,
# which manages a fund, bought $500 million of assets".
_TRADED_BETWEEN_RE = re.compile(
    r"\b(?:buy(?:s|ing)?|bought|sell(?:s|ing)?|sold|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|divest\w*|"
    r"c[èé]d(?:e|é|er|ent)|rach[eè]t(?:e|é|er|ent)|acqui(?:ert|s|èrent)|vend(?:u|re|ent)?)\b",
    _I,
)
_MANAGES_ASSETS_OF_BEFORE_RE = re.compile(
    r"\b(?:gère|gèrent|gérait|manag(?:es|ed))\s+(?:des\s+|les\s+)?(?:actifs|assets|encours)\s+(?:de|d['’]|of)\s*$",
    _I,
)
# A name, then a relative clause about it: "TCV, qui gère plus de", "Temasek, which manages".
_NAMED_RELATIVE_BEFORE_RE = re.compile(
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s++[A-Z][\w&.'’-]*)*)\s*+(?:\([^()]{1,40}\))?\s*+,\s*+(?:qui|which|that|who)\s++"
    r"[^,;.]{0,40}$"
)
_CLIENTS_MANAGE_BEFORE_RE = re.compile(
    r"\b(?:clients|customers|users|utilisateurs)\s+(?:[\w'’-]+\s+)?(?:gèrent|manage|hold)\b", _I
)
_PAY_VERB_RE = re.compile(
    r"\b(?:pa(?:y|ys|id|ying)|pai\w*|pay\w*|déboursé\w*|débourse\w*)\b(?:\s+\w+){0,3}\s*$", _I
)
_PAY_WORD_RE = re.compile(r"\b(?:pa(?:y|ys|id|ying)|déboursé\w*|débourse\w*)\b", _I)
# "bringing total headcount to", "portant l'effectif total à": a total after a team joins.
_TOTAL_TO_BEFORE_RE = re.compile(
    r"\b(?:bringing|taking|raising|portant|amenant|faisant\s+passer)\s+(?:(?:its|their|the|son|ses|leurs?|"
    r"l['’]|les?)\s*)?(?:total\s+|combined\s+)?(?:headcount|workforce|staff|team|effectifs?)"
    r"(?:\s+(?:total|totaux|global))?\s+(?:to|à)\s+(?:(?:about|around|some|environ|près\s+de)\s+)?$",
    _I,
)
_JOIN_RE = re.compile(
    r"\b(?:rejoindr\w*|rejoignent|will join|to join|joins|joining|intégrer\w*|intégreront)\b", _I
)
_COMPARISON_BASE_RE = re.compile(
    r"\b(?:up from|down from|contre|compared with|compared to|versus|vs\.?)\s+"
    r"(?:(?:roughly|about|around|some|nearly|environ|près de|quelque|plus de|more than|under|less than|moins de)\s+)?"
    r"(?:\$|€|£|US\$)?$",
    _I,
)
# "Pour Capgemini, dont le chiffre d'affaires…", "Acme, whose revenue…": the figure of the name before.
# "les revenus de sa nouvelle filiale", "the revenue of its new subsidiary": the acquired company's figure.
_OWN_SUBSIDIARY_AFTER_RE = re.compile(
    r"[\w'’ -]{0,30}?\s(?:de|d['’]|of)\s*(?:sa|son|leur|its|their)\s+(?:(?:nouvelle|nouveau|new|newly[- ]acquired|"
    r"dernière|latest|future)\s+)?(?:filiale|acquisition|recrue|subsidiary|unit|acquisition|purchase)\b",
    _I,
)
# "Atos vise pour sa nouvelle filiale un chiffre d'affaires…", "expects the business to bring in…": the buyer
# speaks of the company it acquired.
_SUBSIDIARY_BEFORE_RE = re.compile(
    r"\b(?:(?:pour|for|de|d['’]|of|à)\s*(?:sa|son|its)\s+(?:(?:nouvelle|nouveau|new|newly[- ]acquired)\s+)?"
    r"(?:filiale|subsidiary|unit|acquisition)|expects?\s+the\s+(?:business|unit|subsidiary)\s+to)\b",
    _I,
)
# "BPCE vise 500 000 clients pour cette activité d'ici 2027", "targets $50 million in sales for the unit": in a
# story about a purchase, the buyer's goal for what it bought.
_FOR_THIS_UNIT_AFTER_RE = re.compile(
    r"(?:[^.;,]|[.,](?=\d)){0,60}?\b(?:pour|for)\s+(?:cette|cet|this|that|the)\s+(?:activité|filiale|branche|division|"
    r"subsidiary|unit|business|activity)\b",
    _I,
)
_RELATIVE_OWNER_BEFORE_RE = re.compile(r",\s*(?:qui|which|who)\s+[^,;()]{0,60}$", _I)
_WHOSE_BEFORE_RE = re.compile(r",\s*(?:dont|whose)\s+(?:(?:le|la|les|l['’])\s*)?(?:[\w-]+\s+)?$", _I)
# Three or more names in a row, or two joined and said to act together: a group, not one company.
_COORDINATED_LIST_RE = re.compile(
    r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3},\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3},?\s+(?:and|et)\s+[A-Z]|"
    r"\b(?:together|combined|ensemble|à eux (?:deux|trois|quatre))\b"
)
_OBJECT_RELATIVE_RE = re.compile(r"\s*,\s*(?:which|that|que|qu['’])\s*", _I)
# What may stand before a sentence's first word: a quote or a dash opening it.
_FRONT_PUNCTUATION = " \t\"'«“‘—–-"
# A capitalised name of one to three words, then the lower-case verb it is the subject of: "Zorglab is hiring",
# « Zorglab recrute ». Not a pronoun or determiner ("Il recrute", "It is hiring", « Cette start-up recrute »): the
# story's company, found elsewhere.
_UNKNOWN_SUBJECT_RE = re.compile(
    r"(?!(?:Il|Elle|Ils|Elles|It|They|We|Nous|On|Celle-ci|Celui-ci|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leurs?|Notre|Its|"
    r"Their|Our|This|That|These|Those|Mais|But|Puis|Then|Now|Today|Désormais|Aujourd)\b)"
    r"((?-i:[A-Z][\w-]+)(?:\s(?-i:[A-Z][\w-]+)){0,2})(?=\s(?-i:[a-zà-ÿ]))",
    _I,
)
# A word that opens with its own letters ("(?<!\w)"): a search that failed on a word would otherwise try it again from
# each of its letters, each time to its end.
_OPENER_WORD_RE = re.compile(
    r"(?<!\w)\w+(?:ly|ed|ing|é|ée|és|ées|ant|ment)|Earlier|Last|Among|Parmi|Plus|Avec|After|Before|Since|Depuis|Outre",
    _I,
)
_VALUED_AT_RE = re.compile(r"\b(?:valu\w*|valoris\w*)\s+(?:at\s+|à\s+)?$", _I)
# A deal's noun right before "closes"/"closed": the purchase or merger is completed, no round is closed.
_DEAL_CLOSING_BEFORE_RE = re.compile(
    # Not "is nearing a deal to raise $1 billion": a raise in talks.
    r"(?<!\bnearing\sa\s)(?<!\bclose\sto\sa\s)\b(?:deal|transaction|acquisition|purchase|takeover|merger|sale)\s+(?:(?:is|was|has|had|will|would|"
    r"should|to|be|been|finally|formally)\s+){0,2}$",
    _I,
)
_RAISE_OTHER_THING_RE = re.compile(
    r"(?:rais(?:e|es|ed|ing)|relev\w*)\s+(?:(?:its|their|the|his|her|son|sa|ses|leurs?|le|la|les)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:budgets?|spending|prices?|tariffs?|taxes|rates?|targets?|forecasts?|guidance|outlook|capex|dépenses|prix|"
    r"objectifs?|prévisions?|taux|(?:tax\s+)?credits?|crédits?\s+d['’]impôt)\b",
    _I,
)
# A public plan, programme, strategy or law, the subject of the money it sets aside or aims to raise ("Le Chips
# Act européen vise … avec 43 milliards d'euros de financements publics et privés", "le plan France 2030, qui
# prévoit 2,5 milliards", "la stratégie nationale quantique, dotée de 1,8 Md€"): nobody's round.
_PUBLIC_PLAN_RE = re.compile(
    r"\b(?:plan(?!\s+to\b)|programme|program|stratégie|strategy|initiative|(?-i:[A-Z][\w-]*\s+Act)|"
    r"lois?\s+de\s+programmation|programmation\s+pluriannuelle|France\s+20\d\d)\b",
    _I,
)
# What, between a plan and a sum, makes the sum a company's after all: a sentence break, a deal or its party
# ("lauréate du programme i-Nov, elle a obtenu 2 M€", "au sein du programme de Station F. Ils avaient bouclé…").
_PLAN_THEN_DEAL_RE = re.compile(
    r"[.;:]\s|\b(?:elle|il|ils|elles|it|they|lev\w*|lève\w*|rais\w*|round|tour|séries?|series|seed|amorçage|"
    r"boucl\w*|closed|obten\w*|obtained|re[çc]\w*|received|won|remport\w*|décroch\w*|awarded|accord\w*|"
    r"granted|apport\w*|invest\w*\s+(?:dans|in)|(?:la|the)\s+(?:société|start-?up|company|firm|entreprise))\b",
    _I,
)
# Public money aimed at, not raised by anyone: "avec 43 milliards d'euros de financements publics et privés
# d'ici 2030", "aims to mobilise €43bn of public and private investment by 2030".
_PUBLIC_MONEY_AFTER_RE = re.compile(
    r"\s*(?:d['’]|de|of|in)\s*(?:financements?|investissements?|fonds|subventions?|argent|aides?|funding|"
    r"financing|investments?|money|subsidies|grants?)\s+(?:publi(?:cs?|ques?)|public|(?:de\s+l['’])?[ée]tat|"
    r"state|government)\b",
    _I,
)
_AIM_RE = re.compile(
    r"\b(?:vis(?:e|ent|ait|aient|er)|ambitionn\w*|entend\w*|mobilis\w*|aims?|aiming|seeks?|intends?|plans?\s+to|"
    r"pledg\w*|objecti\w*|targets?|d['’]ici(?:\s+à)?\s+(?:fin\s+)?20\d\d|by\s+(?:the\s+end\s+of\s+)?20\d\d)\b",
    _I,
)
_UNIT_PRICE_AFTER_RE = re.compile(
    r"\s*(?:pièce|l['’]unité|par unité|per unit|a unit|per share|a share|par action|l['’]action)\b", _I
)
# A verb of aiming right before a sum no noun qualifies ("Elle vise 100 millions d'euros d'ici 2028",
# "table sur 150 M€", "is targeting $1 billion"): the company's own revenue goal.
_TARGET_VERB_BEFORE_RE = re.compile(
    r"\b(?:vis(?:e|ent|ait|aient)|tabl(?:e|ent|ait|aient)\s+sur|ambitionn\w*\s+d['’]atteindre|"
    r"aims?\s+for|aiming\s+for|targets|targeting)\s+(?:(?:désormais|now|déjà|already)\s+)?$",
    _I,
)
# A sum that takes up the figure just given ("He expects that figure to exceed $100 million next year", "The
# company expects it to reach £12 million in 2026", "L'objectif est de le porter à 10 millions d'euros"): the
# same kind of figure as that one, whatever noun is missing.
_FIGURE_TAKEN_UP_RE = re.compile(
    r"(?:\b(?:that|this|the)\s+(?:figure|number|total|sum)|\b(?:expects?|expected|sees?|forecasts?|"
    r"projects?|wants?|aims?)\s+it)\s+(?:to|will|would|could|should)\s+(?:\w+\s+){0,2}?"
    r"(?:reach|hit|top|exceed|surpass|pass|cross|climb|rise|grow|jump|double|triple)\w*\s+(?:to\s+)?$|"
    r"\b(?:double|triple|lift|raise|take|bring|grow|increase)\s+(?:that|this|the)\s+(?:figure|number|total)\s+"
    r"to\s+$|"
    r"\b(?:le|la|les)\s+(?:porter|faire passer|hisser|amener|doubler|tripler)\s+(?:à|a)\s+$",
    _I,
)
# Analysts' expectations a figure is compared with: "beating estimates of $20.1 million", "compared with
# analysts' average estimate of $88.4 million", "au-dessus du consensus de 2 milliards".
_ESTIMATE_OF_BEFORE_RE = re.compile(
    r"\b(?:estimates?|consensus|expectations?|forecasts?\s+by\s+analysts|prévisions?\s+des\s+analystes|"
    r"attentes\s+des\s+analystes)\s+(?:of|for|de|d['’]|à)\s*(?:(?:about|around|roughly|environ)\s+)?$",
    _I,
)
# Analysts or economists who forecast ("Some analysts estimate that…", "Analysts at research firm IDC expect
# spending… to exceed", "les analystes tablent sur…"): what follows is their figure, not a company's target.
_ANALYSTS_FORECAST_BEFORE_RE = re.compile(
    r"\b(?:analysts?|economists?|strategists?|(?:les|des)\s+analystes|économistes)\b[^.;:]{0,60}?\b"
    r"(?:estimates?|expects?|forecasts?|predicts?|projects?|anticipates?|see|believe|estiment|prévoient|"
    r"anticipent|tablent)\b[^.;:]*$",
    _I,
)
# A figure sourced to a research outfit: "…, according to investment bank Alpen Capital", "selon le cabinet
# d'études X": a market estimate, whatever noun precedes it.
_RESEARCH_SOURCE_RE = re.compile(
    r"[^.;]{0,120}?\b(?:according to|selon|d['’]après)\s+(?:the\s+|le\s+|la\s+|l['’])?(?:(?:investment|research|"
    r"consulting|market[- ]research|data)\s+(?:bank|firm|group|company|provider)|consultancy|analysts?\b|"
    r"cabinet\s+(?:d['’]études|de\s+conseil)|(?:banque|société)\s+d['’](?:affaires|études))",
    _I,
)
# A dated aim of profitability ("expects to break even in 2028", "aims to be profitable by 2025", "expected to
# turn profitable in 2027"): English wordings, whose year follows in the same clause.
_PROFITABILITY_TARGET_RE = re.compile(
    r"\b(?:expects?|expected|expecting|aims?|aimed|aiming|plans?|planned|hopes?|hoped|intends?|intended|"
    r"targets?|targeted)\s+to\s+(?:(?:turn|be|become)\s+(?:operationally\s+)?"
    r"profitable|break\s+even|reach\s+(?:profitability|break[- ]?even))\b",
    _I,
)
# A second verb joined to the first ("… by 2027 and aims to reach"): what follows has its own date.
# A present-time adverb before a figure: "now employs 240 people", "compte aujourd'hui 80 salariés".
_PRESENT_ADVERB_RE = re.compile(r"\b(?:now|currently|today|désormais|aujourd['’]hui|actuellement)\b", _I)


# A raise the story tells as over before its news, right before the amount: "previously raised", "had
# raised", "comes after Zeta raised", "avait (déjà) levé", "lors de sa précédente levée".
_RAISE_VERBS = r"(?:raised|secured|closed|landed|levé|bouclé|obtenu|collecté|récolté)"
_EARLIER_RAISE_BEFORE_RE = re.compile(
    r"\b(?:had|previously|earlier|avait|avaient|précédemment)\s+(?:(?:also|already|previously|déjà|aussi|"
    rf"également|précédemment)\s+)?{_RAISE_VERBS}\b|"
    # "Earlier, the company raised $6 million", "Auparavant, la start-up avait levé…": the adverb opening its sentence.
    r"(?:^|(?<=[.;!?]\s))(?:earlier|previously|before\s+that|auparavant|précédemment)\s*,\s+(?:[\w'’-]+\s+){0,4}?"
    rf"(?:{_RAISE_VERBS}|a\s+levé|avait\s+levé)\b|"
    r"\b(?:comes?|came|follows?|followed|arrives?|arrived|intervient|arrive)\s+(?:\w+\s+){0,2}?"
    rf"(?:after|après\s+que)\s+[^.;]{{0,60}}?\b(?:{_RAISE_VERBS}|a\s+levé|avait\s+levé)\b|"
    r"\b(?:its|their|the)\s+(?:previous|prior|last|earlier)\s+(?:funding\s+)?round\b|"
    r"\b(?:sa|leur)\s+(?:précédente|dernière)\s+levée\b|\b(?:son|leur)\s+(?:précédent|dernier)\s+tour\b|"
    # "…, and an earlier £19.6 million pre-seed round", « et un pré-amorçage antérieur de 19,6 M£ », « une
    # précédente levée de 5 M€ »: a raise told as before the one the sentence names first.
    r"\b(?:an\s+earlier|an?\s+(?:previous|prior))\s+$|\bantérieure?\s+(?:de\s+|d['’])$|"
    r"\b(?:un\s+précédent\s+tour|une\s+précédente\s+levée)\b",
    _I,
)


# Between a round's amount and the valuation it was priced at: "$100 million at an $18 billion valuation",
# "600 M€ pour une valorisation de 5,8 milliards", "$5 million, valuing it at $40 million".
_PRICED_AT_GAP_RE = re.compile(
    r",?\s*(?:at\s+an?|at\s+a\s+valuation\s+of|(?:pour|sur)\s+une\s+valorisation\s+(?:de|d['’])|"
    r"valuing\s+(?:it|the\s+company)\s+at|qui\s+la\s+valorise\s+(?:à\s+)?)\s*",
    _I,
)
# The words that price a round right after its description: "raised a $65 million Series B led by Kleiner Perkins
# at a $500 million valuation", « a levé 65 M€ en série B menée par X pour une valorisation de 500 M€ ». Searched
# in the gap after the round's amount, which `_priced_round_gap` keeps short and free of other figures.
_PRICED_AT_END_RE = re.compile(
    r"\b(?:at\s++an?|at\s++a\s++valuation\s++of|(?:pour|sur)\s++une\s++valorisation\s++(?:de|d['’]))\s*+$",
    _I,
)
# A raise still negotiated told before a valuation with no sum of its own: "is also in early talks to raise new
# funding at a valuation of up to $4 billion", « est en discussions pour lever des fonds sur la base d'une
# valorisation de 4 Md$ »: the value of that raise, in talks like it.
# Words of talks with investors, English and French ("in early talks", « en négociations »): a raise in talks
# told before its sum (`_IN_TALKS_BEFORE_RE`) or before a valuation with none (`_TALKED_RAISE_RE`).
_TALKS_WORDS = r"in\s++(?:advanced\s++|early\s++|late-stage\s++)?(?:talks|discussions|negotiations)"
_TALKS_WORDS_FR = r"en\s++(?:discussions?|négociations?|pourparlers)"
_TALKED_RAISE_RE = re.compile(
    rf"(?<!\bbeen\s)\b(?:{_TALKS_WORDS}\s++to\s++raise|{_TALKS_WORDS_FR}\s++pour\s++lever)\b",
    _I,
)
# A raise the company only plans or seeks told before a valuation with no sum of its own: "is also seeking to
# raise new funding at a valuation of up to $4 billion", « prévoit de lever de nouveaux fonds sur la base d'une
# valorisation de 4 Md$ »: the value of that raise, planned like it (never the value of a round told as made).
_PLANNED_RAISE_AHEAD_RE = re.compile(
    r"\b(?:(?:plans?|planning|seeks?|seeking|aims?|aiming|hopes?|hoping|intends?|intending|looking|preparing|"
    r"prepares?)\s++to\s++raise|(?:prévoit|envisage|ambitionne)\s++de\s++lever|(?:compte|souhaite)\s++lever|"
    r"cherche\s++à\s++lever|prépare\s++une\s++(?:nouvelle\s++)?levée)\b",
    _I,
)
# What may stand between a round's amount and the valuation priced on it: its type and its leads, no figure,
# no clause break.
_ROUND_GAP_BREAK_RE = re.compile(r"[.;,:()\d$€£]")
_ROUND_GAP_LIMIT = 80
# A tie's "since" in an aside about a backer: "Sanofi, partenaire industriel d'Aqemia depuis 2023, pourrait investir…",
# "Sanofi, Aqemia's partner since 2023, could invest…": the year dates the tie, never the money the main clause
# tells, and its "since" makes that money no running total.
_TIE_SINCE_ASIDE_RE = re.compile(
    r",\s*+[^,;.()]{0,60}\b(?:partenaires?|partners?|clients?|customers?|"
    r"fournisseurs?|suppliers?|alliés?|allies|ally)\b[^,;.()]{0,60}\b(?:depuis|since)\s++(?:(?:en|in)\s++)?"
    r"\d{4}\b(?=\s*+,)",
    _I,
)
# A verb reporting the news: "said it had raised $1.2 billion" is the story's raise, told in reported speech.
_REPORTED_BEFORE_RE = re.compile(
    r"\b(?:said|says|announced|told|confirmed|disclosed|revealed|stated|annoncé|indiqué|précisé|affirmé)\b"
    r"[^.;]{0,30}$",
    _I,
)


# A relative clause telling more of a recalled raise, right after it: ", which Cherry Ventures led last year".
_RELATIVE_AFTER_RECALL_RE = re.compile(r",\s*+(?:(?:which|that|qui|que)\b\s*+|qu['’]\s*+)", re.IGNORECASE)


def _told_as_earlier_raise(text: str, clause_start: int, amount: AmountMention) -> bool:
    """Whether `amount` is raised by a verb that tells the raise as over before the story's news ("previously
    raised $100 million at an $18 billion valuation"), in its own clause, and not in reported speech."""
    window_start = max(clause_start, amount.bound_start - 90)
    for match in _EARLIER_RAISE_BEFORE_RE.finditer(text, window_start, amount.bound_start):
        gap = text[match.end() : amount.bound_start]
        if re.search(r"[,;]", gap) or _REPORTED_BEFORE_RE.search(
            text, max(0, match.start() - 40), match.start()
        ):
            continue
        return True
    return False


def _present_before(text: str, start: int, end: int) -> bool:
    """Whether a present-time adverb stands in the few words right before a figure, after `start`."""
    return _PRESENT_ADVERB_RE.search(text, max(start, end - 40), end) is not None


def _dates_other_figure(view: View, position: int, date: DateMention) -> bool:
    """Whether `date` follows another figure of the sentence closely ("3.4 million scans last year"): it is
    that figure's date, not one of amount `position`."""
    return any(
        other is not view.amounts[position] and other.span[1] <= date.span[0] <= other.span[1] + 25
        for other in view.amounts
    )


_NEXT_VERB_GAP_RE = re.compile(
    r"\b(?:and|et|but|mais|while|tandis qu['’e])\s+(?:\w+\s+){0,2}?\w+(?:s|e|ed)\b", _I
)
# The valuation a sentence names then puts a figure on through a pronoun: "did not disclose its valuation, but a
# person familiar with the deal put it at about $450 million", "La valorisation n'est pas communiquée, mais elle
# serait proche de 70 millions", "la valorisation, que des sources situent autour de 180 millions".
_VALUATION_WORD_RE = re.compile(r"\b(?:valuation|valorisation)\b", _I)
# A holder selling its own shares, priced: "had sold all of its Nvidia shares for", "sold its shares in Nvidia
# for" (a stake sold: stake_purchases.mark_stakes_sold types it), though no stake word is told; its buyer may be
# named before the price ("sold its Zorgly shares to SoftBank for", "a revendu ses actions Zorgly à SoftBank pour").
_OWN_SHARES_SOLD_BEFORE_RE = re.compile(
    r"\b(?:sold|sells?|selling|offload(?:s|ed|ing)?|divest(?:s|ed|ing)?|unload(?:s|ed|ing)?|dump(?:s|ed|ing)?)\s+"
    r"(?:(?:all|part|some|most|half|a\s+portion)\s+of\s+)?(?:its|their)\s+(?:(?:entire|whole|remaining)\s+)?"
    # A stake only with its price told "in a … sale" ("offloaded part of its stake in X in a $40 million secondary
    # sale"): "sold its stake in X … for" is read by the stake rules. A holding has no stake word to read it by:
    # "has divested part of its holding in X for".
    r"(?:(?-i:[A-Z])[\w&.'’-]*\s+){0,3}(?:shares|(?:share)?holding|(?=[^$]*in\s+an?\s*$)stake)\s+"
    r"(?:in\s+[\w&.'’-]+(?:\s+[\w&.'’-]+){0,3}\s+)?"
    r"(?:to\s+(?:the\s+)?(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}\s+)?(?:for|(?P<in_deal>in\s+an?))\s*$|"
    # "has divested part of its holding in X, selling shares to Y for", "pared back its stake in X, selling shares
    # for": the holding sold or cut is named first, the shares its sale sells after a comma.
    r"\b(?:sold|divest(?:s|ed|ing)?|offload(?:s|ed|ing)?|unload(?:s|ed|ing)?|trimm(?:ed|ing)|trims|cut(?:s|ting)?|"
    r"reduc(?:ed|es|ing)|lower(?:ed|s|ing)|par(?:ed|es|ing)(?:\s+(?:back|down))?)\s+"
    r"(?:(?:all|part|some|most|half|a\s+portion)\s+of\s+)?(?:its|their)\s+(?:stake|holding|shareholding)\s+"
    r"in\s+[\w&.'’-]+(?:\s+[\w&.'’-]+){0,3},\s+selling\s+(?:(?:(?:some|part)\s+of\s+)?(?:its|their)\s+)?shares\s+"
    r"(?:to\s+(?:the\s+)?(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}\s+)?for\s*$|"
    # "a revendu ses actions Nvidia pour", "en cédant ses titres pour": the company named after the shares.
    r"\b(?:(?:re)?vendu|cédé|(?:re)?vendant|cédant)\s+(?:(?:la\s+totalité|une\s+partie|la\s+moitié)\s+de\s+)?(?:ses|leurs)\s+"
    r"(?:actions|titres|parts)\s+(?:(?:de\s+|d['’]|dans\s+)?(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,2}\s+)?"
    r"(?:à\s+(?:la\s+|l['’])?(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}\s+)?pour\s*$",
    re.IGNORECASE,
)
# A holder selling (part of) its own stake to a buyer in a secondary deal whose value follows: "has sold part of
# its stake in X to Y in a secondary transaction valued at", "… in a (secondary) deal worth", « a cédé une partie de sa
# participation dans X à Y dans le cadre d'une opération secondaire valorisée à ». The value is the deal's price
# (the stake sold), never a valuation of the seller.
_OWN_STAKE_SOLD_IN_SECONDARY_WORTH_BEFORE_RE = re.compile(
    r"\b(?:sold|sells?|selling|offload(?:s|ed|ing)?|divest(?:s|ed|ing)?|unload(?:s|ed|ing)?)\s+"
    r"(?:(?:all|part|some|most|half|a\s+portion)\s+of\s+)?(?:its|their)\s+(?:(?:entire|whole|remaining)\s+)?"
    r"(?:(?-i:[A-Z])[\w&.'’-]*\s+){0,3}(?:stake|shares|(?:share)?holding)\s+"
    r"(?:in\s+[\w&.'’-]+(?:\s+[\w&.'’-]+){0,3}\s+)?"
    # "… to Y, in a secondary deal worth", "… to Y, a secondary deal worth": after the buyer, a comma may open
    # the deal.
    r"(?:to\s+(?:the\s+)?(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}(?:,\s+(?:in\s+)?|\s+in\s+)|in\s+)"
    r"an?\s+(?:secondary\s+)?(?:(?:share\s+)?sale|transaction|deal)\s+(?:(?:that\s+(?:was\s+)?)?valued\s+at|worth)\s+"
    r"(?:(?:about|around|roughly|nearly|some)\s+)?$|"
    r"\b(?:(?:re)?vendu|cédé|(?:re)?vendant|cédant)\s+(?:(?:la\s+totalité|une\s+partie|la\s+moitié)\s+de\s+)?"
    r"(?:sa|ses|leur|leurs)\s+(?:participation|actions|titres|parts)\s+"
    r"(?:(?:(?:dans|de|au\s+capital\s+de)\s+|d['’])(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}\s+)?"
    r"(?:à\s+(?:la\s+|l['’])?(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3},?\s+)?"
    r"(?:dans\s+le\s+cadre\s+d['’]une|lors\s+d['’]une|par\s+une|(?<=,\s)une)\s+(?:opération|transaction|cession)\s+"
    r"secondaire\s+"
    r"(?:valorisée\s+à|d['’]un\s+montant\s+de)\s+(?:(?:environ|près\s+de)\s+)?$",
    re.IGNORECASE,
)
# A holder's sale of its own stake in a company, the company named next: "sold part of its stake in ", « a cédé une
# partie de sa participation dans ».
_OWN_STAKE_SOLD_IN_RE = re.compile(
    r"\b(?:sold|sells?|selling|offload(?:s|ed|ing)?|divest(?:s|ed|ing)?|unload(?:s|ed|ing)?)\s+"
    r"(?:(?:all|part|some|most|half|a\s+portion)\s+of\s+)?(?:its|their)\s+(?:(?:entire|whole|remaining)\s+)?"
    r"(?:stake|holding|shareholding|shares)\s+in\s+|"
    r"\b(?:(?:re)?vendu|cédé|(?:re)?vendant|cédant)\s+(?:(?:la\s+totalité|une\s+partie|la\s+moitié)\s+de\s+)?"
    r"(?:sa|leur|ses|leurs)\s+(?:participation|actions|titres|parts)\s+(?:dans|au\s+capital\s+de)\s+",
    re.IGNORECASE,
)
# A stake named: "a minority stake", "a 10% holding", « une participation ».
_STAKE_NOUN_RE = re.compile(r"\b(?:stake|holding|shareholding|participation)\b", _I)
# Shares bought from their holder, the cue of a purchase: "buying shares from Pelican Capital for".
_SHARES_BOUGHT_FROM_RE = re.compile(
    r"(?:buy(?:s|ing)?|bought|purchas\w+)\s+(?:existing\s+)?shares\s+from\b", _I
)
# Shares sold priced by their worth: "trimmed its stake in X, selling shares worth $25 million to Y" (a stake sold,
# not the seller's valuation).
_SHARES_SOLD_WORTH_BEFORE_RE = re.compile(
    r"\b(?:sold|sells?|selling|offload(?:s|ed|ing)?)\s+(?:(?:some|part|half|most|a\s+portion)\s+of\s+)?"
    r"(?:(?:its|their)\s+)?shares\s+worth\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$",
    _I,
)
# …but only when the clause sells a holding in another company ("trimmed its stake in X", "its shares in X"):
# "Orca9 AI raised fresh capital, selling shares worth $50 million to Quill Capital" sells its own new shares.
_HOLDING_IN_ANOTHER_RE = re.compile(
    r"\b(?:stake|holding|shareholding|shares|position)\s+(?:in|of)\s+(?-i:[A-Z])", _I
)
# A sentence telling a raise: shares sold in it are the raiser's own new shares, a primary raise.
_RAISE_IN_SENTENCE_RE = re.compile(r"\b(?:rais\w*|funding|financing|round|series\s+[A-Z]\b)", _I)
# The deal a sale's price is told in, right after the price: "… to Y in a $40 million secondary transaction".
_SALE_DEAL_AFTER_PRICE_RE = re.compile(r"\s+(?:secondary\s+)?(?:(?:share\s+)?sale|transaction|deal)\b", _I)
# A company named between a holder's "its" and its shares: "its Nvidia shares", "its entire Arm stake".
_NAMED_OWN_SHARES_RE = re.compile(
    r"\b(?:its|their)\s+(?:(?:entire|whole|remaining|full)\s+)?(?P<name>(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,2})"
    r"\s+(?:shares|stake|holding|shareholding)\b",
    re.IGNORECASE,
)
# A holder's own shares and the buyer they go to: "its Zorgly shares to ", "its 5% stake in Zorgly to the ".
_OWN_SHARES_TO_RE = re.compile(
    r"\b(?:its|their)\s+(?:(?:entire|whole|remaining|full)\s+)?(?:\d+(?:[.,]\d+)?\s?%\s+)?"
    r"(?:(?-i:[A-Z])[\w&.'’-]*\s+){0,3}(?:shares|stake|holding|shareholding)\s+"
    r"(?:in\s+[\w&.'’-]+(?:\s+[\w&.'’-]+){0,3}\s+)?to\s+(?:the\s+)?",
    re.IGNORECASE,
)
# A holder leaving a company's capital, told before the sale of its shares: "cashed out of Nvidia", "exited",
# "s'est désengagé de Nvidia", "est sorti du capital de".
_EXITED_RE = re.compile(
    r"\b(?:cash(?:ed|es|ing)\s+out\s+of|exit(?:ed|s|ing)|s['’]est\s+désengagée?\s+(?:de|du|d['’])|"
    r"(?:est|sont)\s+sortie?s?\s+du\s+capital\s+(?:de|du|d['’]))\s*",
    re.IGNORECASE,
)
# The same in French, the company named after the shares: "ses actions Nvidia", "leurs titres de Mistral AI".
_OWN_SHARES_NAMED_RE = re.compile(
    r"\b(?:ses|leurs)\s+(?:actions|titres|parts)\s+(?:de\s+|d['’]|dans\s+)?"
    r"(?P<name>(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,2})",
    re.IGNORECASE,
)
# A stake's worth told right after it: "a 4.9% stake in Nvidia worth about $4 billion", "a stake valued at",
# "a 49% stake in OpenAI, worth about", "une participation de 4,9% dans Nvidia, valorisée environ", "une
# participation estimée à". A holding counts when its holder's or its share is told right before it ("Nvidia's 7%
# holding in CoreWeave was worth", "its holding in"): a bare "holding" may be a holding company.
_STAKE_WORTH_BEFORE_RE = re.compile(
    # "a stake of about 27% in OpenAI Group PBC, valued at $135 billion": the share may follow "stake of".
    r"(?:\bstake|(?:%|['’]s|\bits|\btheir)\s+(?:share)?holding)\b"
    r"(?:\s+of\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?\d+(?:\.\d+)?\s?%)?(?:\s+in\s+[\w&.'’-]+(?:\s+[\w&.'’-]+){0,3}?)?\s*,?\s+(?:worth|valued\s+at)\s*"
    r"(?:(?:about|around|roughly|some|nearly|almost)\s+)?$|"
    r"\bparticipation\b(?:\s+de\s+\d+(?:[.,]\d+)?\s?%)?(?:\s+(?:dans|de|d['’])\s*[\w&.'’-]+(?:\s+[\w&.'’-]+){0,3}?)?"
    r"\s*,?\s+(?:(?:est\s+)?(?:(?:désormais|aujourd['’]hui)\s+)?(?:valoris|estim|évalu)[ée]e?s?\s+(?:à\s+)?|"
    # "La participation de Google dans Anthropic vaut désormais 3 milliards": the stake's worth, told by "vaut".
    r"(?:vaut|valait)\s+(?:(?:désormais|aujourd['’]hui|maintenant)\s+)?)(?:(?:environ|près\s+de|quelque)\s+)?$",
    re.IGNORECASE,
)
_VALUATION_TAKEN_UP_RE = re.compile(
    r"(?:\b(?:put|puts|pegged|pegs|placed|places)\s+it\s+at|\bsaid\s+it\s+(?:was|is|would be)|"
    r"\belle\s+(?:serait|était|atteindrait)|\b(?:la\s+)?situent|\bl['’](?:estiment|évaluent)\s+à)"
    r"(?:\s+(?:close to|near|about|around|roughly|proche de|autour de|environ|d['’]environ))?\s*$",
    _I,
)
_COMPARED_RE = re.compile(
    r"^[^.;]{0,80}\b(?:contre|versus|vs\.?|compared (?:with|to)|up from|down from)\s+$", _I
)
# A raise still to come ("and plans to raise $500 million more", "hopes to raise", "seeks to raise", « prévoit de
# lever 20 M€ »): money nobody has put in yet, a raise planned as « espère lever » is (`_status`), never counted.
# A company seeking money is news; the backers of a raise made in the same sentence are not this one's.
_PLANNED_RAISE_BEFORE_RE = re.compile(
    r"\b(?:plans?|planning|intends?|intending|hopes?|hoping|seeks?|prévoi[st]|prévoient|envisage|envisagent)\s+"
    r"(?:to\s+raise|de\s+lever|d['’]\s*lever|lever)\s+(?:(?:up\s+to|another|an\s+additional|as\s+much\s+as|"
    r"jusqu['’]à|encore|about|around|environ|près\s+de|quelque)\s+)?$",
    _I,
)
# The words telling a raise by hearsay between "is" and its verb: "is reportedly seeking", "is said to be raising".
_HEARSAY = r"(?:(?:now|currently|reportedly|also)\s+|(?:understood|believed|said|reported|thought|rumou?red)\s+to\s+be\s+)?"
# The words between a raise's first verb and its sum: "[in talks] with investors to raise a new round of", « [en
# discussions] avec des fonds pour lever ».
_RAISE_WORDS_BEFORE_SUM = (
    r"\s+(?:\w+\s+){0,6}?(?:to\s+raise|pour\s+lever|à\s+lever|de\s+lever|pour\s+boucler|boucler|to\s+close|for|"
    r"d['’]une\s+levée|une\s+levée)\s+(?:[\w'’-]+\s+){0,5}$"
)
# A raise still being negotiated ("is in talks to raise $1 billion", "serait en discussions pour lever 600 M€"):
# told, not raised; money raised does not count it (its status IN_TALKS, from models).
_IN_TALKS_BEFORE_RE = re.compile(
    rf"(?<!\bhad\sbeen\s)\b(?:{_TALKS_WORDS}|{_TALKS_WORDS_FR}|"
    # "is nearing a deal to raise $1 billion", « discute d'une levée de fonds de 200 millions d'euros ».
    r"(?:is|are)\s+(?:nearing|close\s+to)\s+a\s+deal|discut(?:e|ent|erait|eraient)|négoci(?:e|ent|erait|eraient)|"
    # « serait sur le point de boucler un tour de table de », « s'apprêterait à boucler une levée de »: about to.
    r"(?:sur\s+le\s+point|en\s+passe)\s+de|s['’]apprête(?:nt|rai(?:t|ent))?\s+à)" + _RAISE_WORDS_BEFORE_SUM,
    _I,
)
# A raise the company is looking for, nobody committed yet ("is seeking to raise", "is looking to raise", « cherche
# à lever »): planned (status PLANNED), not in talks.
_SOUGHT_RAISE_BEFORE_RE = re.compile(
    rf"(?<!\bhad\sbeen\s)\b(?:(?:is|are)\s+{_HEARSAY}(?:seeking|looking)|cherche(?:rait|nt)?)"
    + _RAISE_WORDS_BEFORE_SUM,
    _I,
)
# The words opening a sum after a raise's verb: "up to", "as much as", « jusqu'à », "a".
_SUM_OPENING = r"\s+(?:(?:up\s+to|as\s+much\s+as|about|around|jusqu['’]à|environ|an?)\s+)?$"
# A raise in progress told in the present right before its sum ("is raising €600 million", "est en train de
# lever 20 M€"): not raised yet, so a raise in talks like one still negotiated.
_RAISING_NOW_BEFORE_RE = re.compile(
    # "could raise as much as $800 million", « pourrait lever jusqu'à »: a raise only possible, not made. "is
    # said to be raising a $500 million round", "is reportedly close to raising": a raise told by hearsay, not made.
    rf"\b(?:(?:is|are)\s+{_HEARSAY}(?:raising|close\s+to\s+raising)|(?:could|may|might)\s+raise|"
    r"pourrai(?:t|ent)\s+lever|(?:est|sont|serai(?:t|ent))\s+en\s+train\s+de\s+lever|"
    # « serait sur le point de lever », « lèverait »: the French conditional of hearsay, and a raise about to be
    # made (« est en passe de lever », « s'apprête à lever »), not made yet.
    r"(?:est|sont|serai(?:t|ent))\s+(?:sur\s+le\s+point|en\s+passe)\s+de\s+lever|"
    r"s['’]apprête(?:nt|rai(?:t|ent))?\s+à\s+lever|lèverai(?:t|ent))" + _SUM_OPENING,
    _I,
)
# A raise the company seeks or means to make, told right before its sum ("is reportedly seeking up to $800
# million", « est en quête de 20 M€ », « envisagerait de lever », « cherche à lever », « compte lever 80 M€ »):
# planned, nobody committed yet.
_SEEKING_NOW_BEFORE_RE = re.compile(
    rf"\b(?:(?:is|are)\s+{_HEARSAY}seeking|(?:est|sont|serai(?:t|ent))\s+en\s+quête\s+de|"
    r"envisagerai(?:t|ent)\s+de\s+lever|cherch(?:en?t|erai(?:t|ent))\s+(?:à|a)\s+lever|"
    r"compt(?:e|ent|erai(?:t|ent))\s+lever)" + _SUM_OPENING,
    _I,
)


# "on the verge of", "in the process of", "in the final stages of": the words of a deal about to be made.
_ON_THE_VERGE = (
    r"(?:on\s+the\s+(?:verge|cusp|brink)\s+of|in\s+the\s+(?:process|(?:final|last|late)\s+stages?)\s+of)"
)
# The words opening a sum after a raise's verb, a further one too: "up to", "another", "an additional".
_FURTHER_SUM_OPENING = (
    r"\s+(?:(?:up\s+to|as\s+much\s+as|about|around|roughly|some|nearly|another|an\s+additional|a\s+further|an?)\s+)?$"
)
# A raise about to be made, told right before its sum: "is set to raise $200 million", "is poised to raise", "is
# expected to raise": not made yet, like "could raise as much as". After a past tense
# ("raised $200 million, and is set to expand") no sum follows such words, so a raise made stays counted.
_ABOUT_TO_RAISE_BEFORE_RE = re.compile(
    # A headline drops the "is": "Ibis AI set to raise $200 million".
    rf"\b(?:(?:(?:is|are)\s+{_HEARSAY})?(?:set|poised|expected|about|slated|due|on\s+track)\s+to\s+"
    r"(?:raise|secure|land|pull\s+in|bring\s+in)|"
    # "is on the verge of raising", "is in the process of raising", "is in the final stages of raising".
    rf"(?:is|are)\s+{_HEARSAY}{_ON_THE_VERGE}\s+(?:raising|securing|landing))" + _FURTHER_SUM_OPENING,
    _I,
)
# A raise the company readies or aims at, told right before its sum ("is preparing to raise $200 million", "is
# gearing up to raise", "aims to raise", "expects to raise"): its own aim, planned, nobody committed yet.
_AIMED_RAISE_BEFORE_RE = re.compile(
    rf"\b(?:(?:(?:is|are)\s+{_HEARSAY})?(?:preparing|gearing\s+up|getting\s+ready)\s+to\s+"
    r"(?:raise|secure|land|pull\s+in|bring\s+in)|"
    r"(?:aims?|aiming|expects?|expecting|targets?|targeting)\s+to\s+raise)" + _FURTHER_SUM_OPENING,
    _I,
)
# A round about to close, told right before its sum: "is nearing a $500 million funding round", "is expected to
# close a $300 million round", "nears a $1 billion round", "is finalizing a $300 million Series C". Its words may
# tell other things ("is expected to close a $300 million acquisition", "is nearing $1 billion in revenue"), so
# a round's noun must follow the sum (`_ROUND_NOUN_AFTER_SUM_RE`).
_ABOUT_TO_CLOSE_BEFORE_RE = re.compile(
    rf"\b(?:(?:is|are)\s+{_HEARSAY}(?:(?:set|poised|preparing|expected|about|slated|due|on\s+track)\s+to\s+"
    r"(?:close|finali[sz]e|complete|seal|wrap\s+up|announce)|nearing|closing\s+in\s+on|finali[sz]ing|"
    rf"(?:{_ON_THE_VERGE}|close\s+to)\s+(?:closing|finali[sz]ing|completing|sealing))|"
    r"nears)\s+(?:(?:the\s+close\s+of|a\s+deal\s+(?:for|on))\s+)?(?:(?:a|an|its|the)\s+(?:new\s+)?)?$",
    _I,
)
_ROUND_NOUN_AFTER_SUM_RE = re.compile(
    r"\s{1,3}(?:[\w-]+\s+){0,2}?(?:round|funding|financing|raise|investment|series\s[A-Z]\d?)\b", _I
)


def _about_to_raise(text: str, amount: AmountMention) -> bool:
    """Whether the sum is a raise or a round told as about to be made ("is set to raise", "is nearing a $500
    million funding round"): not made yet."""
    start = max(0, amount.bound_start - 120)
    if _ABOUT_TO_RAISE_BEFORE_RE.search(text, start, amount.bound_start):
        return True
    return bool(
        _ABOUT_TO_CLOSE_BEFORE_RE.search(text, start, amount.bound_start)
        and _ROUND_NOUN_AFTER_SUM_RE.match(text, amount.span[1])
    )


# A raise being readied (« prépare une levée de 200 millions d'euros », « prépare un tour de table d'environ 50
# M€ », « en train de préparer une levée »): not made yet.
_READIED_RAISE_BEFORE_RE = re.compile(
    r"\bprépar(?:e|ent|er|erai(?:t|ent))\s+(?:une\s+(?:nouvelle\s+)?levée|un\s+(?:nouveau\s+)?tour)"
    r"(?:\s+de\s+(?:fonds|table))?\s+(?:de\s+|d['’]\s*)(?:(?:environ|près\s+de|plus\s+de|quelque)\s+)?$",
    _I,
)

# A raise aimed at or hoped for, not decided yet: « vise une levée de 50 millions d'euros », « espère lever »,
# « souhaite lever », « ambitionne de lever », « entend lever ». Told in the present: « espérait lever » is past.
_HOPED_RAISE_BEFORE_RE = re.compile(
    r"\b(?:vis(?:e|ent|erait|eraient)\s+(?:une\s+(?:nouvelle\s+)?levée|un\s+(?:nouveau\s+)?tour)"
    r"(?:\s+de\s+(?:fonds|table))?\s+(?:de\s+|d['’]\s*)|"
    r"(?:espèr(?:e|ent)|espérerai(?:t|ent)|souhait(?:e|ent|erait|eraient)|ambitionn(?:e|ent)\s+de|"
    r"entend(?:ent)?|veu(?:t|lent)|voudrai(?:t|ent))\s+lever\s+)"
    r"(?:(?:environ|près\s+de|plus\s+de|quelque|jusqu['’]à)\s+)?$",
    _I,
)

# A raise only considered, often by hearsay: « le groupe envisagerait une nouvelle levée d'un milliard », « aurait
# envisagé un tour de table de », "is said to be considering a new raise of €1 billion", "reportedly plans a new
# €1 billion round", "is weighing raising $500 million": no money is in, a raise planned at most.
_CONSIDERED_RAISE_BEFORE_RE = re.compile(
    r"\b(?:(?:envisag(?:e|ent|erait|eraient)|aurai(?:t|ent)\s+envisagé|prévoi(?:t|ent|rait|raient)|"
    r"réfléchi(?:t|ssent|rait|raient)\s+à|planch(?:e|ent|erait|eraient)\s+sur)\s+"
    r"(?:une\s+(?:nouvelle\s+)?levée|un\s+(?:nouveau\s+)?tour)(?:\s+de\s+(?:fonds|table))?\s+(?:de\s+|d['’]\s*)|"
    rf"(?:(?:is|are|was|were)\s+{_HEARSAY}|reportedly\s+)"
    r"(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|eye(?:s|d|ing)?|explor(?:es|ed|ing)|"
    r"contemplat(?:es|ed|ing)|plan(?:s|ned|ning)?)\s+"
    r"(?:raising\s+|an?\s+(?:(?:new|fresh|further)\s+)?(?:raise|round|funding\s+round)\s+of\s+)?(?:an?\s+(?:(?:new|fresh|further)\s+)?)?)"
    r"(?:(?:up\s+to|as\s+much\s+as|about|around|roughly|some|another|environ|près\s+de|plus\s+de|quelque|"
    r"jusqu['’]à)\s+)?$",
    _I,
)


# "…, and plans to raise", « et prévoit de lever »: "and" then the verb (lower case, no name as its own subject),
# a few words before the sum.
_SUBJECTLESS_AND_BEFORE_RE = re.compile(
    r"(?:,\s*|\s)(?:and|et)\s+(?-i:[a-zé])[\w'’-]*(?:\s+[\w'’-]+){0,5}\s+$", _I
)


def _unmade_raise_status(text: str, amount: AmountMention) -> str | None:
    """The status of a sum told as a raise not done yet, None for one told as made. IN_TALKS for a raise
    negotiated with investors ("is in talks to raise", « en discussions avec »), in progress ("is raising", « est
    en train de lever ») or about to be made ("is set to raise"); PLANNED for the company's own intention or
    search, nobody committed: sought ("is seeking", « cherche à lever »), readied ("is preparing to raise", « prépare
    une levée de »), aimed at or hoped for ("aims to raise", « vise une levée de », « espère lever »), planned or only
    considered ("plans to raise", « prévoit de lever », « envisagerait une nouvelle levée de »). Talks first: "is in
    talks with investors as it plans to raise" is negotiated."""
    start = max(0, amount.bound_start - 120)
    if _IN_TALKS_BEFORE_RE.search(text, start, amount.bound_start):
        return IN_TALKS
    if _planned_raise(text, amount, start):
        return PLANNED
    if _RAISING_NOW_BEFORE_RE.search(text, start, amount.bound_start) or _about_to_raise(text, amount):
        return IN_TALKS
    return None


def _planned_raise(text: str, amount: AmountMention, start: int) -> bool:
    """Whether the words right before the sum (from `start`) tell a raise the company plans or seeks."""
    return bool(
        _SOUGHT_RAISE_BEFORE_RE.search(text, start, amount.bound_start)
        or _SEEKING_NOW_BEFORE_RE.search(text, start, amount.bound_start)
        or _AIMED_RAISE_BEFORE_RE.search(text, start, amount.bound_start)
        or _READIED_RAISE_BEFORE_RE.search(text, start, amount.bound_start)
        or _HOPED_RAISE_BEFORE_RE.search(text, start, amount.bound_start)
        or _PLANNED_RAISE_BEFORE_RE.search(text, max(0, amount.bound_start - 60), amount.bound_start)
        or _CONSIDERED_RAISE_BEFORE_RE.search(text, start, amount.bound_start)
    )


# An aim the past tense or an adverb says was given up ("had been in talks earlier this year to raise",
# "avait d'abord cherché à lever"), ending right before the amount ("as much as", "jusqu'à").
_EARLIER_AIM_RE = re.compile(
    r"\b(?:had\s+(?:\w+\s+){0,2}?(?:sought|set out|aimed|hoped|planned|intended|targeted|wanted|"
    r"been (?:in talks|looking|seeking|hoping|aiming|trying|planning))|"
    r"(?:originally|initially|at first|first)\s+(?:\w+\s+)?(?:sought|set out|aimed|hoped|planned|intended|"
    r"targeted|wanted)|"
    r"(?:avai(?:t|ent)|a|ont)\s+(?:\w+\s+){0,2}?(?:d['’]abord|initialement|au départ|à l['’]origine)\s+"
    r"(?:cherché|envisagé|espéré|prévu|voulu|tenté|visé)|"
    r"(?:cherchait|cherchaient|espérait|espéraient|envisageait|visait|voulait|comptait|prévoyait)\s+"
    r"(?:initialement|au départ|d['’]abord|à l['’]origine)"
    r")\b[^.;]{0,60}?\b(?:raise|raising|lever)\s+(?:[\w'’-]+\s+){0,3}$",
    _I,
)
# A count's present-tense verb right before it ("employs", "qui emploie aujourd'hui", "compte déjà"), not
# after a modal or "to" ("will have", "to employ"), or a word for now right after it ("260 salariés aujourd'hui").
_CURRENT_VERB_BEFORE_RE = re.compile(
    r"(?<!\bto )(?<!\bwill )(?<!\bwould )\b(?:employs|emploie|emploient|compte|comptent|counts|has|"
    r"regroupe|rassemble|exploite|exploitent|operates|runs|revendique|revendiquent|serves|sert|servent|delivers|"
    # A present perfect states what is done by now: "which has enrolled 240 patients", "a déjà livré 300 robots".
    r"(?:has|have|a|ont)\s+(?:(?:already|so\s+far|déjà)\s+)?(?:enrolled|recruited|inclus|recruté|shipped|"
    r"livré|sold|vendu|delivered|installed|installé|deployed|déployé)|s['’]est\s+vendue?s?\s+à)"
    r"\s+(?:(?:aujourd['’]hui|actuellement|today|currently|now|déjà|already)\s+)?$",
    _I,
)
# A founding or launch verb, then up to six words, then the year's "in"/"en": "founded in Ho Chi Minh City
# in 2014". The dates module's founding and launch verbs, extended with a spin-off, a set-up and a release
# ("sortie en").
_FOUNDING_BEFORE_DATE_RE = re.compile(
    rf"\b(?:{FOUNDING_VERBS}|{LAUNCH_VERBS}|spun\s+(?:out|off)|set\s+up|released|sortie?s?)"
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:in|en)\s+$",
    _I,
)
_NOW_AFTER_RE = re.compile(
    r"\s*+(?:[\w'’-]++\s++)?(?:aujourd['’]hui|actuellement|today|currently|at present|à l['’]heure actuelle)\b",
    _I,
)
# Borrowed money, and the money a fund manages or was promised ("$1 billion in new borrowing", "1,3 milliard
# d'euros d'engagements", "€4bn of assets under management", "secures $1.1 billion in staked assets"): no
# company's deal.
_BORROWING_OR_ASSETS_AFTER_RE = re.compile(
    r"\s*(?:in|of|de|d['’])\s*(?:(?:new|fresh|additional|nouveaux|nouvelles)\s+)?(?:borrowings?|emprunts?|"
    r"engagements|commitments|capital commitments|assets under management|actifs sous gestion|"
    r"encours sous gestion|AUM|(?:staked|deposited|customer|client|user|managed)\s+assets|deposits|dépôts|"
    r"actifs\s+(?:stakés|déposés|gérés)|total\s+value\s+locked|TVL)\b|"
    r"\s*(?:under management|sous gestion)\b",
    _I,
)
_EXECUTIVE_ROLE = (
    r"(?:(?:co-?)?fondat(?:eur|rice)|PDG|directeur\s+général|directrice\s+générale|"
    r"président|présidente|patron|patronne|dirigeant|dirigeante|(?:co-?)?founder|CEO|chief\s+executive"
    r"(?:\s+officer)?|chairman|chairwoman|president|boss)"
)
# A clause whose subject is a company's executive named by role, the company after it: "Le PDG de Zorgly a
# annoncé…", "The chief executive of Zorgly said…"; two roles joined: "cofondateur et PDG de", "co-founder and CEO of".
_ROLE_OF_SUBJECT_RE = re.compile(
    rf"\s*+(?:(?:le|la|l['’]|the)\s*+)?{_EXECUTIVE_ROLE}(?:\s++(?:et|and|&)\s++{_EXECUTIVE_ROLE})?"
    r"\s++(?:de\s++|d['’]\s*+|du\s++|of\s++)(?:(?:la|le|l['’]|the)\s*+)?",
    _I,
)
# A person's name set before the role that says whose executive they are: "Jean Dupont, PDG de Zorgly, a annoncé…".
_PERSON_BEFORE_ROLE_RE = re.compile(r"\s*(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}\s*,", _I)
# A speech verb after an executive's company, what it says told next: "The CEO of Zorgly said (that) the company…".
_SAYS_AFTER_COMPANY_RE = re.compile(
    r"\s*+(?:,\s*+)?(?:said|says|announced|told\s++\w+|confirmed|a\s++(?:annoncé|indiqué|déclaré|confirmé|expliqué)|"
    r"annonce|indique|explique|déclare|confirme)\b(?:\s++(?:that|que|qu['’]))?",
    _I,
)
# A clause whose subject is an executive named by role only: "Le dirigeant vise…", "The chief executive expects…".
_EXECUTIVE_SUBJECT_RE = re.compile(
    r"\s*+(?:le|la|the|son|sa|its|their|leur)\s++(?:dirigeant|dirigeante|patron|patronne|PDG|directeur général|"
    r"directrice générale|président|présidente|(?:co-?)?fondat(?:eur|rice)|chief executive|CEO|executive|boss|"
    r"(?:co-?)?founder|chairman|chairwoman)\b",
    _I,
)
# The opening words of a clause, which may be a place: "The U.S.", "La France", "l'Allemagne", "Japan".
_PLACE_OPENING_RE = re.compile(
    r"\s*+(?:(?i:the|la|le|l['’]|les)\s*+)?(?P<place>[A-ZÀ-Ý][\w.-]*+(?:[ -][A-ZÀ-Ý][\w.-]*+)?)(?=[\s,])"
)
# Investments in the plural, into a sector or a country, not a company: "109 milliards d'euros
# d'investissements privés dans l'IA en France", "$500 billion of investments in US infrastructure".
_ANNOUNCED_INVESTMENTS_RE = re.compile(
    r"\s*(?:d['’]|de|of|in)\s*investissements\s+(?:[\w-]+\s+)?(?:dans|en)\s+(?:les?|la|l['’])\s*"
    r"(?!(?:start-?up|jeune pousse|société|entreprise|groupe|pépite|licorne)\b)[a-zà-ÿ]|"
    r"\s*(?:of|in)\s+(?:new\s+)?investments\s+(?:[\w-]+\s+)?in\s+(?:the\s+)?"
    r"(?!(?:start-?up|company|firm|group|unicorn)\b)[a-z]",
    _I,
)
# A condition on a figure reaching a level: "once its revenue passes", "si son chiffre d'affaires dépasse".
_THRESHOLD_BEFORE_RE = re.compile(
    r"\b(?:once|if|when|until|unless|dès que|une fois que|lorsque|quand|si)\b[^.;,]{0,80}?\b(?:pass(?:es)?|"
    r"reach(?:es)?|exceeds?|tops?|hits?|crosses|surpass(?:es)?|dépasse(?:ra)?|atteint|atteindra|franchit|"
    r"franchira)\s+(?:(?:the|le|la|les|l['’]|a|un|une)\s*)?(?:[\w-]+\s+){0,2}$|"
    # "puis 4 M€ à l'atteinte de 5 M€ de revenus récurrents", "then $10 million upon reaching $5 million in ARR".
    r"\b(?:à\s+l['’]atteinte|upon\s+reaching|on\s+reaching)\s+(?:(?:de|d['’]|du|des|the|a)\s*)?(?:[\w-]+\s+){0,2}$",
    _I,
)
# After a milestone's figure, the company dating its reaching it: "…in annual recurring revenue, a milestone it
# expects to reach in early 2027", "…, which it expects to hit in the third quarter", "un cap qu'elle compte
# franchir en 2027".
_EXPECTED_MILESTONE_AFTER_RE = re.compile(
    r"[^.;,—–]{0,60}?(?:,|\s[—–-])\s*(?:which|a\s+(?:milestone|target|level|goal|threshold)|un\s+(?:cap|seuil|objectif|palier))"
    r"\s+(?:(?:that|which|qu['’]|que)\s*)?[^.;,]{0,60}?\b(?P<expects>expects?|anticipates?|hopes?|plans?|aims?|"
    r"compte|espère|prévoit|pense)\b\s+(?:to\s+|d['’]|de\s+)?(?:reach|hit|cross|pass|achieve|atteindre|franchir|"
    r"dépasser)\b",
    _I,
)
# A preposition and a determiner right before a proper name: the name is the object of the preposition.
_PREPOSITION_THE_BEFORE_RE = re.compile(
    r"\b(?:de|à|avec|dans|par|pour|sur|chez|entre|of|in|into|from|with|by|for|to|at|on|than|via|through)"
    r"\s+(?:the|le|la|les|l['’])\s*$",
    _I,
)
# A clause that opens on a common noun: "Le gouvernement a identifié", "German grid operators have"; a
# clause that opens on a verb ("and expects to fly…") or a pronoun ("Its trucks…") goes on with the company.
_COMMON_NOUN_OPENING_RE = re.compile(
    r"\s*(?:(?:The|Le|La|Les|L['’]|Des|Un|Une|A|An|Ce|Cette|Ces|This|These)\s*(?:[A-Z][\w-]*\s+)?|"
    # A subject pronoun is the company itself ("It runs 650 vans", "Elle compte…"), never a common noun.
    r"(?!(?:Its|Their|Our|Son|Sa|Ses|Leurs?|Nos|It|They|We|Elle|Il|Elles|Ils|Nous)\b)"
    r"[A-Z][\w-]*\s+(?:[a-z][\w-]*\s+)?(?=[a-zà-ÿ][\w-]*s\s))"
    r"(?P<head>[a-zà-ÿ][\w-]*)"
)
# A clause whose subject is a territory or a whole sector ("La région Occitanie compte…", "le Canton de
# Genève vise…", "the sector now counts…", maybe after its source's "X says"): a public statistic or a
# public target, never a company's own count, whatever proper name follows the head noun.
_TERRITORY_SUBJECT_RE = re.compile(
    r"\s*+(?:(?:[^\s,;:.]+\s++){1,6}?(?:says|said|estimates|indique|estime|affirme)\s++(?:that\s++|que\s++)?)?"
    r"(?:the|la|le|les|l['’])\s*+(?:r[ée]gions?|cantons?|départements?|provinces?|states?|count(?:y|ies)|"
    r"(?-i:Pays)\s++(?:de|du|des|basque)|secteurs?|sectors?|filières?|industry)\b",
    _I,
)
# Spending of a whole market ("global spending on security software", "les dépenses mondiales en
# logiciels"): an analyst's forecast for everyone, not the figure of the company the story is about.
_MARKET_SPENDING_RE = re.compile(
    r"\b(?:global|worldwide|world|industry|total)\s+(?:[\w-]+\s+)?spending\b|"
    r"\bdépenses\s+(?:[\w-]+\s+)?(?:mondiales|globales|totales|du\s+secteur|du\s+marché)\b",
    _I,
)
# A clause whose subject is a ranked group of companies: "The four largest US cloud providers…", "Les
# principaux opérateurs…": their figures are the group's, not the story company's.
_GROUP_SUBJECT_RE = re.compile(
    r"\W*+(?:the|les)\s++(?:[\w-]++\s++){0,2}?(?:largest|biggest|leading|major|plus grands?|plus grandes|principaux|"
    r"principales)\s++(?:[\w-]++\s++){0,3}?(?:companies|firms|providers|groups|players|makers|operators|"
    r"hyperscalers|entreprises|groupes|acteurs|fournisseurs|opérateurs|fabricants)\b",
    _I,
)
# Spenders that are countries, members or households, not a company: their outlays are a market's.
_COLLECTIVE_SPENDER_RE = re.compile(
    r"\b(?:members|member\sstates|governments|countries|nations|allies|states|households|consumers|"
    r"membres|gouvernements|pays|ménages|consommateurs|alliés)\s(?:[\w'’-]+\s){0,3}?"
    r"(?:spend|spent|spending|dépenser|dépensent|dépenseront|dépenseraient|dépensé)\b",
    _I,
)
_QUOTED_TITLE_RE = re.compile(r"[«“\"][^«»“”\"]{2,60}[»”\"]")
# A market's players as a clause's subject: their volume is the sector's, no one company's.
_SECTOR_SUBJECT_RE = re.compile(
    r"\b(?:market|industry|sector|insurers|syndicates|marché|secteur|assureurs|industrie|banks|banques)\b", _I
)
# A sum of several companies' figures: "are expected to spend more than $400 billion combined".
_COMBINED_AFTER_RE = re.compile(
    r"^\s*(?:combined|between them|together|à eux (?:tous|toutes|deux|trois|quatre|cinq)|cumulés?)\b", _I
)
# A quantity sold to or bought from another party: "signed a deal to sell 3.7 million tons of credits to
# Microsoft", "a commandé 40 robots auprès de X": the deal's volume, no count of either company.
_TRADED_BEFORE_RE = re.compile(
    r"\b(?:sell|sells|sold|selling|buy|buys|bought|buying|purchase[sd]?|purchasing|vendre|vend|vendu|"
    r"acheter|achète|acheté|commander|commande|commandé)\s+(?:(?:up\s+to|jusqu['’]à|about|around|some|"
    r"environ|près\s+de|more\s+than|plus\s+de)\s+)?$",
    _I,
)
_COUNTERPARTY_AFTER_RE = re.compile(
    r"^[^.;]{0,80}?\b(?:to|from|à|auprès\s+d[e'’]|de\s+la\s+part\s+d[e'’])\s*(?-i:[A-Z])", _I
)
# A sentence that opens by comparing the previous one's figure with an earlier one: "That's up from", "That is
# down from about".
_UP_FROM_OPENING_RE = re.compile(r"\s*(?:That|This|It)(?:['’]s|\s+is|\s+was)\s+(?:up|down)\s+from\s*", _I)
# Words of a whole market: "Global chip sales", "les ventes mondiales", "the industry's revenue".
_WHOLE_MARKET_RE = re.compile(
    r"\b(?:global|worldwide|world|mondial\w*|industry|industrie|sector|secteur|market|marché)\b", _I
)
# A possessive that refers to a company named before ("its revenue", "son chiffre d'affaires").
_POSSESSIVE_WORD_RE = re.compile(r"\b(?:its|their|his|her|sa|son|ses|leur|leurs)\b", _I)
# What a contract, a study or an agreement covers: "un contrat de déploiement portant sur 150 robots", "une étude
# clinique portant sur 3 000 patients", "signed an agreement with Toll to deploy up to 250 of its robots", "a
# contract with PSA to deploy 200 driverless trucks": the deal's scope, no count of what the company has.
_DEAL_SCOPE_BEFORE_RE = re.compile(
    r"\bport(?:ant|e|ent|era|ait|aient)\s+sur\s+(?:(?:la\s+livraison|le\s+déploiement|la\s+fourniture)\s+"
    r"d[e'’]\s*)?$|"
    r"\b(?:agreements?|contracts?|deals?|partnerships?|accords?|contrats?(?:-cadres?)?|partenariats?|ententes?)\b"
    r"[^.;:]{0,120}?\b(?:to|pour|qui|de|d['’])\s*(?:deploy|deliver|supply|install|provide|déployer|déploiera|"
    r"déploieront|livrer|livrera|livreront|fournir|fournira|fourniront|installer|installera|installeront)\s+$|"
    # "a supply agreement under which Norvane will deliver 200 megawatts", "un contrat pour la fourniture de
    # 40 MW", "un contrat de fourniture de 200 mégawatts": the volume the deal covers.
    r"\b(?:agreements?|contracts?|deals?|accords?|contrats?(?:-cadres?)?)\b[^.;:]{0,120}?"
    r"(?:\b(?:will|would|shall)\s+(?:deploy|deliver|supply|install|provide)\s+|"
    r"\b(?:fourniture|livraison|supply|delivery)\s+(?:de|d['’]|of)\s*)$",
    _I,
)
# People a disease touches: "l'insuffisance cardiaque touche environ 1,5 million de personnes", "environ 15 000
# personnes vivent avec la maladie de Parkinson", "a condition that kills around 75,000 people a year": a public
# health statistic, no company's count.
_AFFLICTS_BEFORE_RE = re.compile(
    r"\b(?:touche|touchent|affecte|affectent|affects?|affecting|kills?|killing|tue|tuent)\s+"
    r"(?:(?:chaque\s+année|each\s+year|every\s+year|par\s+an)\s+)?$",
    _I,
)
_AFFLICTED_AFTER_RE = re.compile(
    r"\s*+(?:(?:de\s++|d['’])?(?:personnes|people|patients|adultes|adults|enfants|children)\s++)?"
    r"(?:(?:en|in|dans|au|aux|du)\s++[\w'’-]+(?:\s++[\w'’-]+)?\s++)?"
    r"(?:souffrent|vivent\s++avec|sont\s++(?:victimes|atteint|touché|diagnostiqu)|live\s++with|suffer|"
    r"are\s++(?:affected|diagnosed|living\s++with)|die|meurent|décèdent)",
    _I,
)
# A name a place preposition governs right before ", qui …": the place of the thing before it ("une
# usine à Colomiers, qui devrait produire…"), not the relative's antecedent.
_PLACE_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:à|in|at|en|near|près\s+de|based\s+in|basée?\s+à)\s+$", _I)
# ", qui consomme…" after a common noun ("le marché français, qui consomme 17 millions de tonnes").
_COMMON_ANTECEDENT_RE = re.compile(r"\b[a-zà-ÿ][\w-]*\s*,\s*(?:qui|which|that)\s*$")
# What a company's own counts are said of: "La solution est utilisée par…", "the platform serves…".
_OWN_THINGS = frozenset(
    "solution plateforme application app logiciel software technologie technology outil tool service "
    "services produit product platform système system start-up startup entreprise société company firm "
    "groupe group jeune réseau network flotte fleet".split()
)
# Between a possessor and the amount of its round: "Hirelane's €11m", "Aurelis' $12 million".
_POSSESSIVE_GAP_RE = re.compile(r"(?:['’]s?)?\s*")
_ROUND_AFTER_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:round|seed|series|pre-seed|funding|financing|raise)\b", _I
)
# A round noun and its "de"/"of" right before its amount, then "de X" after it: "la série C de 1,7 milliard
# d'euros de la start-up française", "le tour de table de 20 M€ de Zeta". Not "un financement de 10 M€ de
# Bpifrance" (a lender's), nor a bare "levée de 5 M€ de Kima" (whose "de" may name the backer).
_ROUND_NOUN_OF_BEFORE_RE = re.compile(
    r"\b(?:s[ée]ries?\s+[A-H]|tour(?:\s+de\s+table(?:\s+de\s+s[ée]rie\s+[A-H])?)?|levée(?P<funds>\s+de\s+fonds)?|"
    r"(?:funding\s+)?round)\s+(?:de|d['’]|of)\s*$",
    _I,
)
_OWNER_OF_AFTER_RE = re.compile(r"\s+(?:de|d['’]|of)\s*(?:(?:la|le|l['’]|the)\s*)?", _I)
# A backer's sum put "into" a round named by its company: "investit 1,5 milliard d'euros dans la série C de
# 1,7 milliard d'euros de la start-up française", "dans le tour de table de Zeta".
_INTO_ROUND_OF_RE = re.compile(
    r"\s+(?:dans|in|into|à|au)\s+(?:(?:la|le|l['’]|the)\s*)?(?:s[ée]ries?\s+[A-H]|tour\s+de\s+table|"
    r"levée\s+de\s+fonds|(?:funding\s+)?round)\s+(?:de|d['’]|of)\s*(?:(?:la|le|l['’]|the)\s*)?",
    _I,
)
# "downloaded 2 million times on Hugging Face": the platform a count is made on does not own it.
_TIMES_ON_BEFORE_RE = re.compile(
    r"\b(?:times|fois)\s+(?:on|sur|via|from|depuis)\s+(?:(?:the|le|la|les|l['’])\s*)?"
    # "téléchargé 1,5 million de fois sur la plateforme Hugging Face": the platform named by its kind first.
    r"(?:(?:plateforme|platform|site|store|boutique|marketplace|app\s+store)\s+)?$",
    _I,
)
# Words that introduce examples of a noun: "marketplaces such as Shopee", "des enseignes comme Carrefour".
_EXAMPLE_WORDS = r"such\s+as|including|like|tel(?:le)?s?\s+que|comme|notamment"
# Examples of what a count counts: "350 clients – dont Leroy Merlin", "200 customers, including Ikea".
_COUNTED_EXAMPLES_RE = re.compile(
    rf"\b(?:dont|parmi\s+(?:lesquel(?:le)?s|eux|elles)|among\s+them|{_EXAMPLE_WORDS})\b", _I
)
# A place, not an owner, after a count: "260 people in Japan", "120 salariés en France", "au Japon",
# "23 collaborateurs à l'EPFL Innovation Park"; nor are the clients it serves or the examples it gives
# ("180,000 parcels a day for marketplaces such as Shopee", "pour des enseignes comme Carrefour").
# One pattern: the place or example word right before the name, then (the served-parties extension)
# a "for" phrase whose clients follow an example word or "dont" ("pour des clients dont Carrefour").
_WHERE_BEFORE_RE = re.compile(
    rf"\b(?:in|en|au|aux|dans|across|throughout|à|for|pour|{_EXAMPLE_WORDS})\s+(?:(?:the|le|la|les|l['’])\s*)?$|"
    rf"\b(?:for|pour|on\s+behalf\s+of|pour\s+le\s+compte\s+d)\b[^.;]{{0,60}}?(?:{_EXAMPLE_WORDS}|dont)\s+$",
    _I,
)
# After a lead verb, the round named by a possessive or definite determiner: "sa série A", "its Series A",
# "la série A de 40 millions", "the $20m seed round".
_OWN_ROUND_AFTER_LEAD_RE = re.compile(
    r"(?:\s++(?:en|in)\s++\w++(?:\s++\d{4})?)?\s++(?:son|sa|ses|leur|its|their|la|le|l['’]|the)\s*+"
    r"(?:[^\s,;.]++\s++){0,3}?(?:tour|round|série|series|levée|seed|amorçage|funding)\b",
    _I,
)
# After a lead verb, an earlier round named by an indefinite article, dated or in a past perfect: "Octopus,
# which led a £12 million Series A round in 2021", "Serena, qui avait mené en 2023 une série A de 15 M€".
_EARLIER_ROUND_AFTER_LEAD_RE = re.compile(
    r"(?:\s+(?:en|in)\s+(?P<year>(?:19|20)\d\d))?\s+(?:a|an|un|une)\s+"
    r"(?:[^\s,;.]+\s+){0,4}?(?P<round>tour|round|série|series|seed|amorçage)\b"
    r"(?P<rest>[^.;]*?\b(?:(?:19|20)\d\d|last year|l['’]an dernier|l['’]année dernière)\b)?",
    _I,
)
_PAST_PERFECT_LEAD_RE = re.compile(r"^(?:avait|avaient|had)\b", _I)
# A name governed by a preposition after a round: "a Series A in Corvix", "une série A de Lumio".
_NAMED_AFTER_ROUND_RE = re.compile(
    r"\b(?:in|into|for|of|at|dans|chez|pour|de|d['’])\s*(?:the\s+|la\s+|le\s+|l['’])?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z][\w-]+"
)
# A preposition (or the "'s" of an owner) right before a name: the name is an object, not what a relative
# clause after it describes.
_GOVERNED_BEFORE_RE = re.compile(
    r"(?:(?<!celle\s)(?<!celui\s)(?<!that\s)\b(?:de|d['’]|du|des|of)\s*|"
    r"\b(?:à|au|aux|avec|dans|pour|sur|chez|entre|in|into|from|with|for|to|at|on|via|auprès\s+d[e'’])\s*|\()$",
    _I,
)
_RAISE_VERB_AT_RE = re.compile(
    r"(?:raised|raises|secured|closed|landed|levé|lève|lèvent|bouclé|obtenu|récolté|collecté)\b", _I
)
# An earlier round's value: "contre 400 M€ lors de sa précédente levée", "up from $1bn in its previous round".
_PREVIOUS_ROUND_AFTER_RE = re.compile(
    r",?\s(?:lors\s(?:de\s(?:sa|son|la|leur)|du)|(?:at|in|during)\s(?:its|the|their))\s"
    r"(?:précédente?|dernière|dernier|previous|prior|last|earlier)\s"
    r"(?:levée|tour|round|funding(?:\sround)?|financement|opération|série)\b",
    _I,
)
# The value a round is priced at, right before the amount: "at a valuation of", "pour une valorisation de".
_AT_VALUATION_BEFORE_RE = re.compile(
    r"\b(?:at\s+an?\s+(?:[\w-]+\s+)?valuation\s+of|valuing\s+(?:it|the\s+company)\s+at|"
    r"(?:pour|sur\s+la\s+base\s+d['’])\s*une\s+valorisation\s+(?:de|d['’])|qui\s+la\s+valoris\w*\s+(?:à\s+)?)\s*"
    r"(?:(?:about|around|roughly|some|environ|près\s+de)\s+)?$",
    _I,
)
# "$90 million a year" is a yearly flow; "$90 million a year ago" is a past figure, dated by the "ago".
_PER_YEAR_AFTER_RE = re.compile(
    r"\s(?:a|per|each|every)\s+year\b(?!\s+(?:ago|earlier|before))|\s(?:annually|yearly)\b|"
    r"\s(?:par|chaque)\s+an(?:née)?\b",
    _I,
)
# What makes an amount a round of its own: "$21 million Series A", "21 M€ en série B", "$5m seed round".
_ROUND_AFTER_AMOUNT_RE = re.compile(
    r"\s?(?:(?:en|in|as)\s)?(?:(?:a|an|une?)\s)?(?:(?:série|series|serie)\s[A-H]\b|seed|pre-seed|amorçage|pré-amorçage)",
    _I,
)
# Between a round's type and its amount: "Series A of ", "série B de ", « pré-amorçage antérieur de » (a French
# adjective telling the round as an earlier one comes between).
_ROUND_BEFORE_AMOUNT_RE = re.compile(
    r"\s?(?:round\s|tour\s)?(?:(?:antérieure?|précédente?)\s)?(?:of|de|d['’]|worth)\s?", _I
)
# A clause telling the next raise of a run, right before its sum: "…, puis 385 M€", "et enfin 15 M€",
# "…, and it raised £20 million", "then $30 million". A bare "and"/"et" needs the sum's own date or type.
_NEXT_RAISE_CONNECTOR_RE = re.compile(
    r"(?:,\s*|\s)(?:(?P<sequence>puis|ensuite|then|and then|et enfin|and finally|et ensuite|et puis)|and|et)\s+"
    r"(?:(?:it|the company|the startup|elle|la société|la start-up)\s+)?"
    r"(?:(?:raised|secured|a levé|a obtenu)\s+)?"
    # "…, and an earlier £19.6 million round in 2023": a raise told apart as earlier than the one before it.
    r"(?:(?:another|a further|encore|an\s+earlier|an?\s+(?:previous|prior|separate))\s+)?$",
    _I,
)
# A round-up's next clause, opening on another subject: ", and French start-up Sterne IA secured €8 million",
# « , et la start-up française Sterne IA a levé 8 millions d'euros ». The connector, then a few descriptor words.
_OTHER_SUBJECT_CLAUSE_RE = re.compile(
    r"(?:,\s*(?:and|while|whereas|et|tandis\s+que|alors\s+que)|;\s*(?:and|et)?)\s+[^\d,;:.()]{0,40}$|"
    # With no comma before the "and", or a bare comma ("…led by Harbor Ventures, Plover AI landed…"): the
    # subject's own raise verb and sum (`_OTHER_SUBJECT_RAISE_RE`) still tell the clause.
    r"(?:\s(?:and|et|while|whereas|tandis\s+que|alors\s+que)|,)\s+[^\d,;:.()]{0,40}$",
    _I,
)
# The raise verb right after that subject, and the words up to the next sum.
_OTHER_SUBJECT_RAISE_RE = re.compile(
    r"\s*+(?:(?:has|have|had|also|just)\s++)*(?:raised|secured|closed|landed|bagged|picked\s++up|received|"
    r"nabbed|snagged|(?:pulled|raked|hauled)\s++in|"
    r"obtained|(?:a|avait)\s++(?:aussi\s++|également\s++)?(?:levé|obtenu|bouclé|réuni|récolté|sécurisé)|lève|obtient|"
    r"boucle|réunit)\b[^\d,;.]{0,40}$",
    _I,
)
# A backer joining another in the round the amount tells: "joined Microsoft in Inflection AI's ", "a rejoint
# Microsoft dans le tour de ".
_JOINED_BACKER_BEFORE_RE = re.compile(
    r"\b(?:joined|a\s+rejoint|ont\s+rejoint)\s+(?P<joined>[^,;.]{2,50}?)\s+(?:in|dans|lors\s+de|au)\s+"
    r"(?:[\w'’-]+\s+){0,3}$",
    _I,
)
# A round's owner told by reference: "in the startup's $40 million Series B", "in its €5m seed round".
_REFERRED_OWNER_BEFORE_RE = re.compile(
    r"\b(?:the\s+(?:startup|start-up|company|firm|business)['’]s?|its)\s+$",
    _I,
)
# After a run of rounds, one lead for each of them: ", both led by Accel", ", tous deux menés par Partech".
_LEAD_OF_EVERY_ROUND_RE = re.compile(
    r",\s*(?:both|each|all\s+(?:two|three|four|of\s+them)|tou(?:te)?s\s+(?:deux|les\s+deux|trois)|chacune?)\s+"
    # "…, both in Series A rounds led by Harbor Ventures": the rounds' kind may come before their lead.
    r"(?:(?:in|as|en|lors\s+d['’]une?|lors\s+de)\s+[^,;.\d]{1,40}?\s+)?"
    r"(?:(?:co-?)?led\s+by|(?:co-?)?menée?s?\s+par)\s+",
    _I,
)
# Between a name and the raise verb of the relative clause that describes it: "X, which", "X, qui a déjà".
_RELATIVE_RAISE_GAP_RE = re.compile(
    r",\s(?:which|that|who|qui)\s(?:(?:has|had|have|a|avait|ont|avaient)\s)?(?:(?:also|already|recently|"
    r"previously|déjà|aussi|également|récemment)\s)?",
    _I,
)
# A relative clause telling a raise after an apposition to a name, ending right before its sum: "H Company, la
# start-up parisienne d'agents IA qui avait levé ", "Zorgly, the Lyon startup that raised ". The apposition
# holds no comma; the relative may open without one.
_APPOSED_RELATIVE_RAISE_BEFORE_RE = re.compile(
    r",\s+(?:la|le|une?|the|an?)\s+[^,;:()«»\"]{1,80}?,?\s+(?:qui|which|that|who)\s+"
    r"(?:(?:has|had|have|a|avait|ont|avaient)\s+)?(?:(?:also|already|recently|previously|déjà|aussi|également|"
    r"récemment)\s+)?(?:raised|secured|landed|closed|levé|bouclé|obtenu|réuni|récolté)\s+"
    r"(?:(?:about|around|roughly|some|nearly|more\s+than|environ|près\s+de|plus\s+de|quelque)\s+)?$",
    _I,
)
# The same relative opened with no comma after the rival's name, inside the apposition: « concurrente de Mistral AI
# qui a levé ».
_RIVAL_RELATIVE_RAISE_GAP_RE = re.compile(r",?" + _RELATIVE_RAISE_GAP_RE.pattern[1:], _I)
_RELATIVE_RAISED_ROUND_GAP_RE = re.compile(
    _RELATIVE_RAISE_GAP_RE.pattern
    + r"(?:raised|secured|closed|levé|bouclé|obtenu|finalisé)\s+(?:un|une|a|an|son|sa|its|their|leur)\s+"
    r"(?:[\w-]+\s+){0,2}",
    _I,
)
_EARLIER_ROUND_RE = re.compile(
    r"\b(?:précédente?|dernière|dernier|previous|prior|earlier|last|avait|had|déjà|already)\b", _I
)
_ROUND_WORD_RE = re.compile(r"\b(?:tour|round|levée|série|series|financement|funding)\b", _I)
# « 15 millions d'euros d'Accel », « … de la BEI »: the givers of a sum, named right after it.
_BACKERS_AFTER_SUM_RE = re.compile(r"\s*(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+)(?=(?-i:[A-ZÀ-ÖØ-Þ]))", _I)
# A round told as its subject's own: « sa série B », "its Series B", « son tour de table ».
_OWN_ROUND_RE = re.compile(
    r"\b(?:sa|son|leur|its|their)\s+(?:(?:own|propre|new|nouvelle?|latest|dernière?)\s+)?"
    r"(?:série\s+[a-h]|series\s+[a-h]|tour|round|levée|financement|funding)\b",
    _I,
)
# A lead verb with no object, right after the round's sentence: "Salesforce Ventures led, with Google…".
_BARE_LEAD_RE = re.compile(r"\b(?:led|leads|co-?led|co-?leads|is\s+leading)(?=\s*(?:[,.;]|$))", _I)
# A relative clause opening before a lead verb: "Kleiner Perkins, which led the company's Series A, …".
_RELATIVE_BEFORE_LEAD_RE = re.compile(r",\s*(?:which|who|qui)\s+(?:[\w'’-]+\s+){0,3}$", _I)
# An investment that someone leads is a round: "X is leading a $250 million investment in Y", "X mène un
# investissement de 40 M€ dans Y" (a lone backer's "invests $25 million in Y" stays an investment).
_LED_BEFORE_RE = re.compile(
    r"\b(?:leads|led|is leading|are leading|co-?leads|co-?led|to lead|will lead|mène|mènent|a mené|ont mené|"
    r"pilote|pilotent|a piloté|ont piloté|co-?mène)\s+(?:a|an|the|un|une|le|la)\s+"
    r"(?:(?:new|fresh|nouvel|nouveau|nouvelle)\s+)?(?:(?:investissement|financement)\s+(?:de|d['’])\s*)?$",
    _I,
)
_LED_INVESTMENT_AFTER_RE = re.compile(
    r"^\s*(?:(?:equity|new|fresh)\s+)?(?:investment|financing|funding)\s+in(?:to)?\b|^\s*(?:dans|en faveur d)",
    _I,
)
_FOR_AN_AMOUNT_RE = re.compile(
    r"\b(?:pour|for)\s+(?:un\s+montant|une\s+somme|a\s+sum|an\s+amount|a\s+total)\s+(?:total\s+)?"
    r"(?:de\s*|d['’]\s*|of\s+)$",
    _I,
)
_DEAL_KINDS = ("round", "investment", "acquisition")
_RAISE_KINDS = ("round", "investment")  # an investment naming several investors is a round
# "agreed to acquire X, a startup that automates revenue recognition, for about $250 million", "racheter X, un
# éditeur de logiciels de facturation, pour environ 45 M€": after a purchase's verb, the sum it is made "for"
# is its price, whatever figure word the target's description holds.
_FOR_BARE_AMOUNT_RE = re.compile(r"(?:^|[\s,])(?:pour|for)\s+$", _I)
# A listed company's stock-market value is a share price times shares, not a valuation set by a deal.
_MARKET_VALUE_RE = re.compile(
    # French "capitalisation" alone ("portant la capitalisation du groupe à 110 milliards") is the market's.
    r"\b(?:market (?:value|valuation|capitali[sz]ation|cap)|stock[- ]market value|capitalisation|"
    r"valeur boursière|valorisation boursière|valeur en bourse)\b",
    _I,
)
# The same words right after the sum: "1 000 milliards de dollars de capitalisation boursière",
# "$3 trillion in market value", "$2tn of market capitalisation".
_MARKET_VALUE_AFTER_RE = re.compile(r"\s*(?:de\s+|d['’]\s*|in\s+|of\s+)" + _MARKET_VALUE_RE.pattern[2:], _I)


@dataclass
class View:
    """One sentence with everything found in it (offsets relative to the sentence)."""

    index: int
    sentence: Sentence
    mentions: list[Mention]
    amounts: list[AmountMention]
    percents: list[PercentMention]
    dates: list[DateMention]
    topic_before: str | None
    # The sentence as written: what facts quote. `sentence` is its readable form (see sentences.readable).
    original: str
    # What several rules ask of the same sentence, computed once ("clause start at N", deal spans).
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.sentence.text

    def rel(self, mention: Mention) -> tuple[int, int]:
        return mention.start - self.sentence.start, mention.end - self.sentence.start


@dataclass
class FactBuilder:
    """Builds the facts of one article, sentence by sentence, keeping what later sentences refer back to."""

    reader: EntityReader
    published: dt.date | None
    anchor: DateMention | None
    language: str | None
    facts: list[Fact] = field(default_factory=list)
    fact_sentence: list[int] = field(default_factory=list)
    # Deals the article tells as called off ("abandoned plans to invest $2 billion in Zeta"): no facts, kept
    # apart for the deal an earlier article told (`ParsedSource.called_off`).
    called_off: list[Fact] = field(default_factory=list)
    # Companies a sentence presents as rivals of the story's ("Rival X raised $15 million"): their rounds do
    # not make them the company the story is about.
    rivals: set[str] = field(default_factory=set)
    currencies: Counter = field(default_factory=Counter)
    # (sentence index, company) of the latest executive named with a role ("PDG de Serval", "CEO of Helix"):
    # what a later "Le dirigeant", "the chief executive" speaks for.
    executive_of: tuple[int, str] | None = None
    # Rounds of a lede that describes the company without naming it ("A Japanese chip start-up said it had
    # raised…"), with their sentence index: they take the company of the next round or investment.
    unnamed: list[tuple[Fact, int]] = field(default_factory=list)
    # Indexes of the sentences that are the article's headline (a web page's <h1>, a Markdown "# heading"):
    # a fact they state which the body states too cites the body's sentence.
    headline_sentences: frozenset[int] = frozenset()
    # Companies whose raise a relative clause told in passing ("Its rivals include X, which raised…"): their
    # round does not make them what "the company" designates later.
    passing: set[str] = field(default_factory=set)
    # A round a sentence announced without its amount (sentence index, company, round type, date, that sentence):
    # the amount a next sentence gives ("Le montant n'a pas été communiqué, mais il est compris entre 20 et
    # 25 M€") is its.
    unpriced_round: tuple[int, str, str | None, DateMention | None, CitedSentence] | None = None
    # Backers a sentence names for "the round" before the story told any round ("The round, which values Runway
    # at $5.3 billion, was led by General Atlantic. Runway raised $315 million…"): (sentence index, leads,
    # investors, that sentence), given to the round the next sentence tells.
    backers_ahead: tuple[int, list[str], list[str], CitedSentence] | None = None
    # The story corrects an earlier dispatch ("CORRECTION - …"): what it says that dispatch said is retracted,
    # and its facts are of the day of that dispatch when it names it ("publiée mardi").
    correction: bool = False
    # Stakes told in a clause of their own after a round ("…lors d'un tour d'amorçage, puis 15 M€ de
    # Microsoft"): a round type their sentence names is the earlier raise's, not theirs.
    own_clause_stakes: list[Fact] = field(default_factory=list)
    # The stakes a holder raised to a share ("raised its stake in G42 to 49%"): events of their own, never
    # merged into an earlier stake of the same holder (`_deduplicate`, `_without_unpriced_twins`). Held as the
    # objects themselves, like `own_clause_stakes`: an id() outlives a fact dropped on the way and may be reused.
    raised_stakes: list[Fact] = field(default_factory=list)

    # -- entry point -------------------------------------------------------------------------------

    def add_sentence(self, index: int, sentence: Sentence) -> None:
        """Read one sentence and add the facts it states (none from a 'sentence' too long to be prose)."""
        if len(sentence.text) > MAX_SENTENCE:
            return
        topic_before = self.reader.topic
        original = sentence.text
        # Rules read control characters and tags as letter-joining filler; facts quote the original text.
        sentence = Sentence(readable(original), sentence.start, sentence.end, sentence.paragraph)
        mentions = self.reader.read(sentence.text, sentence, index)
        amounts = self._named_crowns(parse_amounts(original, self.language))
        view = View(
            index,
            sentence,
            [m for m in mentions if not m.aside and not _addressee(sentence, m)],
            amounts,
            parse_percentages(original),
            find_dates(original, self.published),
            topic_before,
            original,
        )
        self.currencies.update(a.currency for a in amounts if a.currency and not a.currency_implied)
        self._note_executive(index, sentence, mentions)
        if self.correction and self._retracted_dispatch(view):
            return
        before = len(self.facts)
        # "AMD granted OpenAI warrants for up to 160 million shares, about 10%": a right to a stake, no money.
        if not self._warrants_granted(view):
            if not self._rest_from_other_backers(view) and not self._tranche_sentence(view):
                self._amount_facts(view)
            self._percent_stakes(view)
        if self._entered_round_without_stake(view, self.facts[before:]):
            self._capital_entry(
                view
            )  # "Accel entre au capital de Zorgly pour 5 M€, dans le cadre d'une levée…"
        self._stake_through_round(before)
        produced = len(self.facts) > before
        if not produced:
            self._round_dated_later(view)
        if not any(f.kind == "round" for f in self.facts[before:]):
            self._participation(view)
        if not produced:
            self._acquisition_without_amount(view)
            if len(self.facts) == before:
                self._capital_entry(view)
            self._partnership(view)
        else:
            kinds = {f.kind for f in self.facts[before:]}
            if kinds <= _FIGURE_KINDS or (
                kinds <= _FIGURE_KINDS | {"round"} and self._purchase_after_amounts(view)
            ):
                # "rachète Frachtwerk, une jeune pousse de 40 salariés": a count of the company bought; "raised a
                # $7M seed round in 2024, and last year bought X": a purchase after the sentence's figures.
                self._acquisition_without_amount(view)
            if self._only_own_figures_before_deal(view, self.facts[before:]):
                # "a réalisé 5 M€ de chiffre d'affaires et a signé un contrat avec Renault": a figure of the
                # company does not stand for the deal the sentence also states.
                self._partnership(view)
            else:
                self._partnership_of_investment(view, self.facts[before:])
        self._returning_backers(view)
        if not produced:
            self._conditional_participation(view)
        # After the deals the sentence states: a backer joining the capital adds to them, never stands for them.
        self._joining_shareholder(view)
        self._quoted_statements(view)
        if not produced:
            self._reported_statement(view)
        self._two_companies_partnership(view)
        self._profitability_target(view)
        self._round_type_by_demonstrative(view)
        if not produced and not view.amounts:
            self._note_unpriced_round(view)
        self._give_backers_ahead(view, self.facts[before:])

    def _retracted_dispatch(self, view: View) -> bool:
        """In a correction story, whether the sentence is its note ("(Corrects valuation in paragraph 2 to $2
        billion from $200 million)") or tells what the corrected dispatch said ("Dans une dépêche publiée mardi,
        l'AFP indiquait qu'ASML investissait 1,3 milliard…"): no fact. The dispatch's day, when the sentence
        names it, dates the corrected facts that follow, as the earlier dispatch dated them."""
        if CORRECTION_NOTE_RE.match(view.text):
            return True
        dispatch = _EARLIER_DISPATCH_RE.search(view.text)
        if dispatch is None or not view.amounts or _CONTRARY_TO_RE.search(view.text, 0, dispatch.start()):
            return False  # "Contrairement à ce que nous avons écrit dans notre article…, X a levé": the right one.
        day = next((d for d in view.dates if d.relative and d.precision == "day"), None)
        if day is not None and self.anchor is not None and day.value < self.anchor.value:
            self.anchor = replace(day, span=(0, 0), relative=False)
        return not self._tells_right_reading(view, dispatch.end())

    @staticmethod
    def _tells_right_reading(view: View, after: int) -> bool:
        """Whether a sentence naming the earlier dispatch goes on to give its right reading ("il fallait lire que X
        a levé 380 millions, et non 350 millions"): every figure after those words, the wrong one negated."""
        reading = _RIGHT_READING_RE.search(view.text, after)
        return reading is not None and all(a.bound_start >= reading.end() for a in view.amounts)

    def _named_crowns(self, amounts: list[AmountMention]) -> list[AmountMention]:
        """'revenue of 410 million crowns' after '1.1 billion Norwegian crowns': a bare crown is the one crown
        the article named before or in the same sentence (Norwegian, Swedish or Danish); with none or several,
        the amount is dropped."""
        if not any(amount.currency == UNNAMED_CROWN for amount in amounts):
            return amounts
        written = {amount.currency for amount in amounts}
        named = [code for code in ("NOK", "SEK", "DKK") if self.currencies[code] or code in written]
        crown = named[0] if len(named) == 1 else None
        return [
            replace(amount, currency=crown) if amount.currency == UNNAMED_CROWN else amount
            for amount in amounts
            if amount.currency != UNNAMED_CROWN or crown is not None
        ]

    def _profitability_target(self, view: View) -> None:
        """'It expects to break even in 2028', 'the company aims to be profitable by 2025': a dated target of
        profitability with no sum, the company's own projection."""
        match = _PROFITABILITY_TARGET_RE.search(view.text)
        if match is None:
            return
        clause_end = self._clause_end(view, match.end()) + 1
        date = next((d for d in view.dates if match.end() <= d.span[0] < clause_end), None)
        if date is None or date.relative or date.precision != "year" or not self._dated_target(view, date):
            return
        company = self._owner(view, match.start())
        if company is None or not self._is_org(company):
            return
        metric = "break_even" if re.search(r"even", match.group(), _I) else "profitability"
        self._append(
            self._base_fact(view, "projection", company, date, metric=metric, is_projection=True), view
        )

    def _round_type_by_demonstrative(self, view: View) -> None:
        """ "X a levé 150 millions d'euros. Cette série D valorise l'entreprise…": the round a demonstrative
        names by its letter is the untyped round told just before, which takes that type."""
        match = _THIS_SERIES_RE.search(view.text)
        if match is None:
            return
        round_ = next(
            (
                fact
                for fact, index in zip(reversed(self.facts), reversed(self.fact_sentence), strict=True)
                if fact.kind == "round" and 0 <= view.index - index <= 2
            ),
            None,
        )
        if round_ is not None and round_.round_type is None:
            round_.round_type = _round_type(match.group())

    def _only_own_figures_before_deal(self, view: View, produced: list[Fact]) -> bool:
        """The sentence's facts are all the company's own figures, and no sum of money follows its partnership
        cue: a sum there may be the deal's own ("an agreement with X under which it will spend $40 million"),
        which a partnership without it would contradict."""
        if not all(f.kind in _FIGURE_KINDS or f.kind == "round" for f in produced):
            return False
        cue = (
            _PARTNERSHIP_RE.search(view.text)
            or _WORKS_WITH_RE.search(view.text)
            or _STANDING_ROLE_RE.search(view.text)
            or _OFFTAKE_RE.search(view.text)
            # "It is used by 400 companies, including Yamato, which has relied on its system since 2021".
            or (_USES_PRODUCT_RE.search(view.text) if any(d.role == "since" for d in view.dates) else None)
        )
        if cue is None:
            return False
        # "avoir remporté un contrat de la DGA et bouclé une série B de 60 M€": a sum after the cue that is the
        # company's own round is not the deal's (a spending figure may be: "under which it will spend $40m").
        used = {f.amount for f in produced if f.kind == "round"}
        return not any(a.currency and a.span[0] > cue.start() and a.value not in used for a in view.amounts)

    def _partnership_of_investment(self, view: View, produced: list[Fact]) -> None:
        """'Microsoft has agreed to invest 15 million euros in Mistral AI as part of a multi-year partnership',
        'extending a partnership that began in 2019 with a $1 billion investment': the stake does not stand for
        the partnership between the same two companies that the sentence tells as well (without the sum)."""
        stakes = [(f.investor, f.company) for f in produced if f.kind == "investment" and f.investor]
        if not stakes or any(f.kind == "partnership" for f in produced):
            return
        fact = self._partnership_fact(view)
        if fact is None or fact.amount is not None or fact.partner is None:
            return
        if any(
            {fact.company, fact.partner} == {investor, company}
            and self._with_party_fits(view, (company, investor))
            for investor, company in stakes
        ):
            self._append(self._with_term(view, fact), view)

    @staticmethod
    def _with_party_fits(view: View, parties: tuple[str, str]) -> bool:
        """Whether the partnership's 'with' party, if its cue names one, is one of the stake's two parties: "Nvidia,
        which has a partnership with Mistral AI, invested $100 million in Helixgrid" tells no partnership with
        Helixgrid, while "Oskavo a signé un partenariat avec Microsoft, qui investit 15 M€ dans Oskavo" tells one
        ("invest … in Mistral AI as part of a multi-year partnership" names none)."""
        cue = _PARTNERSHIP_RE.search(view.text)
        with_word = _WITH_PARTY_AFTER_CUE_RE.match(view.text, cue.end()) if cue else None
        if with_word is None:
            return True
        return any(
            _named_right_after(view.text, with_word.end(), view.text.find(party, with_word.end()))
            for party in parties
        )

    def _note_executive(self, index: int, sentence: Sentence, mentions: list[Mention]) -> None:
        """Remember the company of an executive the sentence names by role ("Philippe Arnaud, PDG de Serval")."""
        for mention in mentions:
            start = mention.start - sentence.start
            if mention.name and _ROLE_OF_BEFORE_RE.search(sentence.text[max(0, start - 40) : start]):
                self.executive_of = (index, mention.name)

    def _executive_company(self, view: View, clause_start: int, cue_start: int) -> str | None:
        """'Le dirigeant vise un chiffre d'affaires…' right after '…, explique X, PDG de Serval': the figure of
        the company of the executive just named, when the clause's subject is such an executive."""
        if self.executive_of is None or not 0 <= view.index - self.executive_of[0] <= 2:
            return None
        if not _EXECUTIVE_SUBJECT_RE.match(view.text[clause_start:cue_start]):
            return None
        return self.executive_of[1] if self._is_org(self.executive_of[1]) else None

    def finish(self) -> list[Fact]:
        """Facts after cross-sentence completion (round investors) and de-duplication."""
        self._stakes_join_round()
        self._complete_round_investors()
        self._type_stakes_by_their_sentence()
        self._drop_reports_of_a_raise_told_again()
        return _deduplicate(
            self.facts, [index in self.headline_sentences for index in self.fact_sentence], self.raised_stakes
        )

    def _drop_reports_of_a_raise_told_again(self) -> None:
        """'In September, The Information reported that Orca9 AI had raised $1.2 billion. On Tuesday Orca9 AI
        said it raised $1.5 billion…': a raise a publisher had reported, which the article then tells again
        with its own figure (a round of the same company and currency, dated the same or up to six months
        later, of no other round type), is that raise's earlier report: one raise, not two."""
        kept = [
            index
            for index, fact in enumerate(self.facts)
            if not (_reported_raise(fact) and any(_retells(other, fact) for other in self.facts))
        ]
        if len(kept) < len(self.facts):
            self.facts = [self.facts[index] for index in kept]
            self.fact_sentence = [self.fact_sentence[index] for index in kept]

    def _type_stakes_by_their_sentence(self) -> None:
        """'Acme Ventures participated in Zorgly's $20M Series B', 'X a mené le tour de série A de Y':
        a stake whose own sentence names one round type was taken in a round of that type (the store
        puts it in its company's round of that type that day). A sentence naming two types ('led its
        seed and joins its Series A') says neither for sure."""
        for fact in self.facts:
            if fact.kind == "investment" and fact.round_type is None and not self._own_clause_stake(fact):
                fact.round_type = _only_round_type(fact.sentence)

    # -- amounts -----------------------------------------------------------------------------------

    def _amount_facts(self, view: View) -> None:
        """One fact per amount, by the cue nearest to it; equivalents and tranches attach to their fact."""
        previous_kind = None
        sentence_facts: list[Fact] = []
        # The deals this sentence calls off, each with its figure: the clause after one may tell what was done instead.
        sentence_told_off: list[tuple[Fact, AmountMention]] = []
        sub_of: Fact | None = None
        for position, amount in enumerate(view.amounts):
            prior = view.amounts[position - 1] if position else None
            if prior and self._is_equivalent(view, prior, amount):
                if sentence_facts and sentence_facts[-1].amount == prior.value:
                    sentence_facts[-1].equivalent_amount = amount.value
                    sentence_facts[-1].equivalent_currency = amount.currency
                continue
            if sentence_facts and self._part_of_round(view, prior, amount, sentence_facts[-1]):
                continue
            if sentence_facts and self._equity_part_of_round(view, prior, amount, sentence_facts[-1]):
                continue
            if sentence_facts and self._first_tranche_with_balance(view, prior, amount, sentence_facts[-1]):
                continue
            if sentence_facts and self._worth_of_stake_bought(view, prior, amount, sentence_facts[-1]):
                continue  # "invested $500 million in Korvane, giving it a 10% stake worth $600 million".
            if sentence_facts and _extended_round_size(view.text, prior, amount):
                continue  # "adds $15 million to its Series B, bringing it to $60 million": the round's new size.
            if sentence_facts and (total := self._total_after_round(view, prior, amount, sentence_facts[-1])):
                self._append(total, view)  # "…raised $12 million, bringing the total raised to $41 million"
                continue
            if self._part_of_apposed_round(view, position, sentence_facts):
                continue
            if not sentence_facts and self._breakdown_of_told_round(view):
                continue
            if not sentence_facts and self._conditional_part_of_told_round(view, amount):
                continue
            if not sentence_facts and self._paid_now_part_of_told_round(view, amount):
                continue
            if sentence_facts and self._tranche_of_sentence_round(view, position, sentence_facts[-1]):
                continue
            if sentence_facts and self._conditional_addition(view, prior, amount, sentence_facts[-1]):
                continue
            if sub_of is not None and (later := self._later_investment_of(view, prior, amount, sub_of)):
                self._append(later, view)  # "investi 1 milliard en 2019, puis 10 milliards en janvier 2023"
                sentence_facts.append(later)
                sub_of = later
                continue
            if sub_of is not None and self._is_tranche_of(view, prior, amount):
                _add_tranche(sub_of, view, amount, len(sub_of.tranches) + 1, self.anchor)
                continue
            if _NEGATED_RE.search(view.text[max(0, amount.bound_start - 20) : amount.bound_start]) or (
                _CORRECTED_RE.search(view.text[max(0, amount.bound_start - 60) : amount.span[1] + 40])
                or _in_retracted_report(view.text, amount.bound_start)
                or _FORMER_TARGET_AFTER_RE.match(view.text, amount.span[1])
                or self._recalls_earlier_report(view, amount)
            ):
                continue  # "et non 60 millions", "indiqué par erreur à 54 millions": a figure the text retracts.
            if called_off(view.text, amount) or negated(view.text, amount):
                # "Nvidia has abandoned plans to invest $2 billion", "is no longer investing $2 billion in xAI":
                # money a deal given up never moved; the call-off is kept apart, for the deal told before.
                if (told_off := self._note_called_off(view, amount)) is not None:
                    sentence_told_off.append((told_off, amount))
                continue
            if _EQUIVALENT_BEFORE_RE.search(view.text, max(0, amount.bound_start - 40), amount.bound_start):
                continue  # "The funding, equivalent to about €370m, …": a sum said before, in another currency.
            if self._is_aggregate(view, amount):
                continue
            if self._joint_venture_funding(view, amount):
                continue  # "Les deux groupes y injecteront au total 120 millions de francs": the venture's sum.
            if not position and (converted := self._converts_earlier_sum(view, amount)) is not None:
                if _give_equivalent(converted, amount):
                    _cite_sentence(
                        converted,
                        CitedSentence(
                            sentence=view.original, start=view.sentence.start, end=view.sentence.end
                        ),
                    )
                continue
            if amount.currency is None and _traded_quantity(view, amount):
                continue  # "agreed to buy 250,000 tons of carbon removal from it": the deal's object, no metric.
            if _UNIT_PRICE_AFTER_RE.match(view.text, amount.span[1]):
                continue  # "un robot vendu 70 000 dollars pièce", "$12 a share": a price per unit, no deal's amount.
            if self._is_market_value(view, amount):
                continue  # "Cisco, which has a market value of about $270 billion": not a deal's valuation.  # "AI startups raised $104.3 billion…", "le marché pèse 10 milliards": no company's fact.
            if not sentence_facts and (
                self._price_of_recent_acquisition(view, amount)
                or self._value_of_recent_contract(view, amount)
                or self._amount_of_unpriced_round(view, amount)
            ):
                continue
            if not position and (earlier := self._figure_compared_back(view, amount)) is not None:
                # "ARR crossed $50 million in August. That's up from $14 million at the end of 2024.": the
                # same company's earlier revenue.
                fact = self._money_fact(
                    view,
                    amount,
                    "revenue",
                    earlier.company,
                    self._date(view, position),
                    metric=earlier.metric,
                )
                self._append(fact, view)
                sentence_facts.append(fact)
                previous_kind = "revenue"
                continue
            previous_company = sentence_facts[-1].company if sentence_facts else None
            kind = self._classify(view, position, previous_kind, previous_company)
            previous_kind = kind or previous_kind
            fact = self._fact_for(view, position, kind, sentence_facts) if kind else None
            if fact is None and kind == "investment" and sentence_told_off:
                fact = self._instead_of_called_off(view, position, *sentence_told_off[-1])
            if fact is not None and (denial := denial_start(view.text, amount)) is not None:
                fact = _without_denier(fact, _denier(view, denial))
            if fact is not None and fact.kind == "round":
                self._date_a_first_raise_years_before(view, amount, fact, sentence_facts)
            if fact is not None:
                self._append(fact, view)
                sentence_facts.append(fact)
                sub_of = fact if fact.kind == "investment" else sub_of
        _drop_deniers_from_rounds(view, sentence_facts)

    def _paid_by_backer(self, view: View, amount: AmountMention, clause_start: int) -> tuple[str, str] | None:
        """ "Intel was paid $5 billion by Nvidia for a 4% stake": (the company paid, its backer named after "by"),
        when the sum is paid for the company's shares (`_PAID_FOR_SHARES_AFTER_RE`); None otherwise."""
        passive = _PAID_PASSIVE_BEFORE_RE.search(view.text, clause_start, amount.bound_start)
        by = _PAID_BY_AFTER_RE.match(view.text, amount.span[1])
        if passive is None or by is None or not _PAID_FOR_SHARES_AFTER_RE.match(view.text, amount.span[1]):
            return None
        backer = next((m.name for m in view.mentions if m.name and view.rel(m)[0] == by.end()), None)
        paid = self._subjects(view, clause_start, passive.start())
        if backer is None or len(paid) != 1 or paid[0] == backer:
            return None
        return paid[0], backer

    def _sells_a_holding_by_its_worth(self, view: View, left: str) -> bool:
        """Whether "selling shares worth $25 million" sells a holding in another company ("trimmed its stake
        in X, selling shares worth …"), not the raiser's own new shares ("Orca9 AI raised fresh capital,
        selling shares worth $50 million to Quill Capital": a primary raise)."""
        return (
            _SHARES_SOLD_WORTH_BEFORE_RE.search(left) is not None
            and _HOLDING_IN_ANOTHER_RE.search(left) is not None
            and _RAISE_IN_SENTENCE_RE.search(view.text) is None
        )

    def _recalls_earlier_report(self, view: View, amount: AmountMention) -> bool:
        """Whether the amount is an earlier report's figure recalled for comparison ("The round is larger
        than the $1.2 billion first reported in September"): no raise of its own, so a rumour it matches
        stays in talks. Not in a clause confirming the report ("confirmed the $1.2 billion first reported"),
        nor, when only its article names it the report's, taking it up ("has closed the $1.2 billion first
        reported": `_TAKEN_UP_RE`)."""
        if _EARLIER_REPORT_BEFORE_RE.search(
            view.text, self._clause_start(view, amount.bound_start), amount.bound_start
        ):
            return True
        if not _EARLIER_REPORT_AFTER_RE.match(view.text, amount.span[1]):
            return False
        window = max(0, amount.bound_start - 40)
        if _EARLIER_REPORT_COMPARED_RE.search(view.text, window, amount.bound_start):
            exempt = _CONFIRMED_RE
        elif _EARLIER_REPORT_ARTICLE_RE.search(view.text, window, amount.bound_start):
            exempt = _TAKEN_UP_RE
        else:
            return False
        return not exempt.search(view.text, self._clause_start(view, amount.bound_start), amount.bound_start)

    def _date_a_first_raise_years_before(
        self, view: View, amount: AmountMention, fact: Fact, sentence_facts: list[Fact]
    ) -> None:
        """« deux ans après une première levée de 2 millions d'euros », "two years after a first raise of $2
        million": that raise is the given years before the round the clause follows ("In 2021 Orca9 AI raised
        $20 million, two years after…": 2019), else before the story (to the year), not of the story's day."""
        told = _YEARS_AFTER_EARLIER_RAISE_RE.search(
            view.text, max(0, amount.bound_start - 100), amount.bound_start
        )
        if told is None:
            return
        years = _YEAR_COUNTS.get(told.group("years").lower()) or int(told.group("years"))
        followed = next((f.date for f in reversed(sentence_facts) if f.kind == "round" and f.date), None)
        counted_from = followed or (self.anchor.value if self.anchor is not None else None)
        if counted_from is None:
            fact.date, fact.date_precision = None, None
        else:
            fact.date, fact.date_precision = str(int(counted_from[:4]) - years), "year"

    def _recalled_reports(self, view: View, amount: AmountMention) -> list[tuple[int, int]]:
        """The spans of the sentence's other figures an earlier report gave (`_recalls_earlier_report`), each
        up to the next figure: their dates are the report's, not `amount`'s."""
        spans = []
        for position, other in enumerate(view.amounts):
            if other is not amount and self._recalls_earlier_report(view, other):
                following = view.amounts[position + 1 :]
                spans.append((other.bound_start, following[0].bound_start if following else len(view.text)))
        return spans

    def _figure_compared_back(self, view: View, amount: AmountMention) -> Fact | None:
        """The revenue fact of the previous sentence when this one opens by comparing it with an earlier
        figure ("That's up from $14 million at the end of 2024", "That is up from $20 million in January")."""
        if amount.currency is None or not _UP_FROM_OPENING_RE.fullmatch(view.text, 0, amount.bound_start):
            return None
        if not self.facts or self.fact_sentence[-1] != view.index - 1:
            return None
        last = self.facts[-1]
        if last.kind != "revenue" or last.currency != amount.currency:
            return None
        return last

    def _price_of_recent_acquisition(self, view: View, amount: AmountMention) -> bool:
        """'Le montant de la transaction s'élève à 65 millions': the price of the acquisition one of the three
        previous sentences stated without one (the only such). Fills it in and returns True."""
        if amount.currency is None:
            return False
        # Up to the number: the verb may be the bound itself ("le prix avoisinerait 300 millions").
        subject = _PRICE_SUBJECT_RE.search(view.text[: amount.span[0]])
        if subject is None:
            # "two sources put the price at between $250 million and $300 million": a reported price.
            subject = _REPORTED_PRICE_RE.search(
                view.text, max(0, amount.bound_start - 60), amount.bound_start
            )
        if not subject:
            return False
        # "L'opération valorise X à…": the company's value, never the price of a stake.
        return self._fill_recent_acquisition(view, amount, stakes=not _VALUES_VERB_RE.search(subject.group()))

    def _restated_acquisition_price(self, view: View, cue_start: int, amount: AmountMention) -> bool:
        """'…a annoncé le rachat de la fintech gantoise, …, pour un montant d'environ 85 M€': the acquisition
        a recent sentence stated without a price, named again by its noun and a description (no name)."""
        if amount.currency is None or not _RESTATED_PURCHASE_RE.match(view.text, cue_start):
            return False
        if any(m.name and m.how != "reference" for m in view.mentions):
            return False  # A name in the sentence: it may be another deal's.
        return self._fill_recent_acquisition(view, amount, stakes=False)

    def _fill_recent_acquisition(self, view: View, amount: AmountMention, *, stakes: bool) -> bool:
        """Gives `amount` to the only acquisition (or, with `stakes`, stake) without a price the three
        previous sentences stated."""
        recent = [
            fact
            for fact, index in zip(self.facts, self.fact_sentence, strict=True)
            # A stake taken without its price ("prend une participation de 40% dans X") is priced the same way.
            if (fact.kind == "acquisition" or (fact.kind == "investment" and stakes))
            and fact.amount is None
            and 1 <= view.index - index <= 3
        ]
        if len(recent) != 1:
            return False
        fact = recent[0]
        fact.amount, fact.currency, fact.bound = amount.value, amount.currency, amount.bound
        fact.amount_max = amount.amount_max
        _move_evidence(fact, view)
        return True

    def _note_unpriced_round(self, view: View) -> None:
        """'Clévia … vient de boucler une levée de fonds en série A', 'X has closed a Series A round': a round
        announced without its amount, kept for the amount the next two sentences may give."""
        match = _UNPRICED_ROUND_RE.search(view.text)
        if match is None or _NEGATION_RE.search(view.text[: match.start()][-30:]):
            return
        before = [
            m.name
            for m in view.mentions
            if view.rel(m)[0] < match.start() and self._is_org(m.name) and m.name not in self.rivals
        ]
        company = before[-1] if before else None
        if company is None or (self.reader.orgs[company].kind == "investor"):
            return
        date = self._purchase_date(view, match.start())
        told = CitedSentence(sentence=view.original, start=view.sentence.start, end=view.sentence.end)
        self.unpriced_round = (view.index, company, _round_type(view.text), date, told)

    def _amount_of_unpriced_round(self, view: View, amount: AmountMention) -> bool:
        """'Le montant n'a pas été officiellement communiqué, mais il est compris entre 20 et 25 millions
        d'euros': the amount of the round one of the two previous sentences announced without one. The round is
        stated here, where its amount is written. Returns True when the round was added."""
        pending = self.unpriced_round
        if pending is None or amount.currency is None or not 1 <= view.index - pending[0] <= 2:
            return False
        if not _ROUND_SIZE_SUBJECT_RE.match(view.text[: amount.bound_start]):
            return False
        if any(
            f.kind == "round" for f, i in zip(self.facts, self.fact_sentence, strict=True) if i >= pending[0]
        ):
            return False
        _, company, round_type, date, told = pending
        self.unpriced_round = None
        fact = self._money_fact(view, amount, "round", company, date, round_type=round_type)
        _cite_sentence(fact, told)  # the sentence announcing the round names its company and type
        fact.status = self._status(view, amount)
        self._append(fact, view)
        return True

    def _value_of_recent_contract(self, view: View, amount: AmountMention) -> bool:
        """'Ce contrat pourrait atteindre 2 millions d'euros', "D'une valeur de 6,5 millions de francs, il…":
        the value of the partnership the previous sentence stated without one. The priced statement is the
        fact's sentence from then on, so its amount is the one written there. Returns True when filled in."""
        if amount.currency is None or not _CONTRACT_SUBJECT_RE.match(view.text[: amount.bound_start]):
            return False
        if not self.facts or view.index - self.fact_sentence[-1] != 1:
            return False
        fact = self.facts[-1]
        if fact.kind != "partnership" or fact.amount is not None:
            return False
        fact.amount, fact.currency, fact.bound = amount.value, amount.currency, amount.bound
        fact.amount_max = amount.amount_max
        _move_evidence(fact, view)
        return True

    def _is_aggregate(self, view: View, amount: AmountMention) -> bool:
        """A market or sector figure: its clause names no company, only a plural or market noun as subject."""
        if amount.currency is None and _possessed_staff(view.text, amount):
            return (
                False  # "200 companies use its product, and all 70 of its employees…": the company's staff.
            )
        start = 0
        for match in _CLAUSE_BREAK_RE.finditer(view.text, 0, amount.bound_start):
            start = match.end()
        for match in _REPORTED_THAT_RE.finditer(view.text, start, amount.bound_start):
            start = (
                match.end()
            )  # "Analysts at Bank of America estimate that the … market": the source's clause.
        before = view.text[start : amount.bound_start]
        named = [begin for begin in _company_subject_starts(view) if start <= begin < amount.bound_start]
        # "ses dépenses", "its spending": the company's own figure, named by a possessive.
        generic = [
            m
            for m in _AGGREGATE_RE.finditer(before)
            # (a possessive and one word fit in 80 characters: no need to scan the whole clause again)
            if not _POSSESSIVE_BEFORE_RE.search(before, max(0, m.start() - 80), m.start())
            # "A start-up backed by some of the country's biggest companies said it had raised…": the agent
            # of a participle describes the subject, it is not the subject.
            and not _BACKED_BY_BEFORE_RE.search(before[max(0, m.start() - 60) : m.start()])
            # "The target had told investors it expected revenue to reach…": whom a company tells is no subject.
            and not _TOLD_ADDRESSEE_BEFORE_RE.search(before, max(0, m.start() - 20), m.start())
        ]
        if _COUNTED_GROUP_RE.match(before):
            return (
                False  # "The two VCs each put in €5m": a counted group is the story's own parties, no sector.
            )
        if _grant_given_to(view.text, amount) is not None:
            return False  # "Le gouvernement a accordé une subvention de 30 M€ à Aérolia": a company's grant.
        if _paid_in_by_undisclosed_backers(view.text, amount):
            return False  # "Undisclosed investors injected $15 million into Helix": Helix's raise.
        return not named and bool(generic) and not _PRONOUN_SUBJECT_RE.search(before)

    def _is_public_plan(self, view: View, amount: AmountMention, after: str) -> bool:
        """The sum is a public plan's, programme's or law's (its subject, with nothing of a deal in between), or
        public money a sentence of aims sets as a goal: a budget or a target, no one's funding round."""
        before = view.text[: amount.bound_start]
        names = [view.rel(m) for m in view.mentions if m.how in ("name", "new", "alias")]
        plans = [
            match
            for match in _PUBLIC_PLAN_RE.finditer(before)
            if not any(start <= match.start() and match.end() <= end for start, end in names)
        ]  # "Ontario Teachers' Pension Plan" is an investor's name.
        if plans:
            plan = plans[-1]
            return not (
                _PLAN_THEN_DEAL_RE.search(before, plan.end())
                or _POSSESSIVE_BEFORE_RE.search(before, max(0, plan.start() - 40), plan.start())
                or any(plan.end() <= start for start, _ in names)
            )
        return bool(_PUBLIC_MONEY_AFTER_RE.match(after) and _AIM_RE.search(view.text))

    def _plan_figure(self, view: View, amount: AmountMention) -> bool:
        """A quantity ("65 à 90 GW de solaire d'ici 2035") a public plan or programme sets, the plan the subject
        of its clause (no company named before it): a national or sector target, no company's figure."""
        if not _PUBLIC_PLAN_RE.search(view.text, 0, amount.bound_start):
            return False
        clause_start = self._clause_start(view, amount.bound_start)
        plan = _PUBLIC_PLAN_RE.search(view.text, clause_start, amount.bound_start)
        if plan is None:
            return False
        names = [view.rel(m)[0] for m in view.mentions if m.name]
        return not any(start < amount.bound_start for start in names) and self._is_public_plan(
            view, amount, ""
        )

    def _is_market_value(self, view: View, amount: AmountMention) -> bool:
        """The amount is a listed company's stock-market value ('a market value of $3 trillion')."""
        clause = view.text[self._clause_start(view, amount.bound_start) : amount.bound_start]
        return bool(
            _MARKET_VALUE_RE.search(clause[-80:]) or _MARKET_VALUE_AFTER_RE.match(view.text, amount.span[1])
        )

    def _is_equivalent(self, view: View, prior: AmountMention, amount: AmountMention) -> bool:
        """'(environ 84,7 milliards de francs)': the same sum in another currency right after it."""
        gap = view.text[prior.span[1] : amount.bound_start]
        if (
            _RESTATED_RE.fullmatch(gap)
            and amount.currency
            and prior.currency
            and amount.currency != prior.currency
        ):
            return (
                True  # "values Sakana at about ¥400 billion, or roughly $2.6 billion": the same sum restated.
            )
        return (
            amount.in_parentheses
            and bool(re.fullmatch(r"\s*\(\s*(?:soit\s+|or\s+|i\.e\.\s+)?", gap))
            and amount.currency is not None
            and amount.currency != prior.currency
        )

    def _converts_earlier_sum(self, view: View, amount: AmountMention) -> Fact | None:
        """'Le montant levé, soit environ 412 millions de dollars', 'At current exchange rates the round is
        worth about ¥580 billion': the article's earlier sum in another currency, no new fact; the fact whose
        sum it restates (the latest one in another currency). None when no earlier fact states a sum in a
        different currency, so a first 'worth $40m' still counts."""
        if amount.currency is None or amount.currency_implied:
            return None
        window = max(0, amount.bound_start - 80)
        if _RESTATED_AMOUNT_BEFORE_RE.search(view.text, window, amount.bound_start):
            return self._fact_in_other_currency(amount)
        if _ROUND_APPOSITION_BEFORE_RE.search(view.text, window, amount.bound_start):
            return self._round_restated_by_apposition(view, amount)
        cued = _CONVERSION_CUE_BEFORE_RE.search(
            view.text, max(0, amount.bound_start - 30), amount.bound_start
        )
        if not cued or (
            cued.group().lstrip(" ,").lower().startswith("worth") and not _EXCHANGE_RATE_RE.search(view.text)
        ):
            return None
        return self._fact_in_other_currency(amount)

    def _round_restated_by_apposition(self, view: View, amount: AmountMention) -> Fact | None:
        """'The round, roughly £840m, is the largest…' after '$1.05bn': the round's sum restated, when the
        two stand at an exchange rate's ratio and no 'of which' makes the sum a part of it ('The deal, $5
        million of which came from Nvidia'). The latest round in another currency, not the latest fact: a
        figure told between the two ('Its revenue reached €20 million') is no round restated."""
        converted = next(
            (
                f
                for f in reversed(self.facts)
                if f.kind == "round" and f.currency and f.currency != amount.currency
            ),
            None,
        )
        if converted is None or not converted.amount or _PART_OF_IT_AFTER_RE.match(view.text, amount.span[1]):
            return None
        low, high = _EXCHANGE_RATIO
        return converted if low <= amount.value / converted.amount <= high else None

    def _part_of_apposed_round(self, view: View, position: int, sentence_facts: list[Fact]) -> bool:
        """'The deal, $5 million of which came from Nvidia, values X at $1 billion', 'The round, $2 million of
        it in convertible notes, …': a sum set after the round as the sentence's subject, then 'of which/of it',
        is a part of that round, never a raise of its own. A backer named in the part gives its stake in the
        round; a part with no backer adds nothing (the round's sum stays as told)."""
        amount = view.amounts[position]
        window = max(0, amount.bound_start - 40)
        if not _ROUND_APPOSITION_BEFORE_RE.search(
            view.text, window, amount.bound_start
        ) or not _PART_OF_IT_AFTER_RE.match(view.text, amount.span[1]):
            return False
        backer = self._part_backer(view, amount)
        if backer is None:
            return True
        company = self._apposed_round_company(view, backer)
        if company is not None:
            date = self._date(view, position)
            status = self._status(view, amount, date)
            fact = self._money_fact(view, amount, "investment", company, date, investor=backer, status=status)
            self._append(fact, view)
            sentence_facts.append(fact)
        return True

    def _part_backer(self, view: View, amount: AmountMention) -> str | None:
        """The organisation a part's aside says the part came from: '$5 million of which came from Nvidia'."""
        aside_end = view.text.find(",", amount.span[1])
        aside_end = len(view.text) if aside_end < 0 else aside_end
        cue = _PART_BACKER_RE.search(view.text, amount.span[1], aside_end)
        return None if cue is None else self._org_starting_at(view, cue.end())

    def _apposed_round_company(self, view: View, backer: str) -> str | None:
        """The company of the round a part belongs to: the round told last, else the story's company."""
        told = next((f.company for f in reversed(self.facts) if f.kind == "round"), None)
        return told or self._main_company(exclude={backer}, topic=view.topic_before)

    def _fact_in_other_currency(self, amount: AmountMention) -> Fact | None:
        """The latest fact stating a sum in another currency than `amount`: the sum a restatement converts."""
        return next(
            (f for f in reversed(self.facts) if f.amount and f.currency and f.currency != amount.currency),
            None,
        )

    @staticmethod
    def _equity_part_of_round(
        view: View, prior: AmountMention | None, amount: AmountMention, latest: Fact
    ) -> bool:
        """The equity part of the round just told, split into equity and debt right after its sum: "raised $60
        million, comprising $45 million in equity led by Lightspeed and $15 million in venture debt". README: a
        sum split into equity and debt is the equity, so the round becomes the equity part (its backers stay);
        the debt part after it is no fact (`_is_debt`)."""
        if (
            prior is None
            or latest.kind != "round"
            or latest.amount != prior.value
            or amount.currency != prior.currency
            or not _EQUITY_AFTER_RE.match(view.text, amount.span[1])
            or not _SPLIT_GAP_RE.fullmatch(view.text, prior.span[1], amount.bound_start)
        ):
            return False
        debts = [a for a in view.amounts if a.bound_start > amount.span[1] and a.currency == amount.currency]
        debts = [a for a in debts if _is_debt(view, a)]
        whole = amount.value + sum(a.value for a in debts)
        if not debts or abs(whole - prior.value) > prior.value * 0.005:
            return False  # parts that do not add up to the sum: it is not split into equity and debt.
        latest.amount = amount.value
        return True

    def _worth_of_stake_bought(
        self, view: View, prior: AmountMention | None, amount: AmountMention, latest: Fact
    ) -> bool:
        """The worth of the stake the investment just told bought, told right after its sum ("Nvidia invested $500
        million in Korvane, giving it a 10% stake worth $600 million"): the same stake, no money paid again; its
        share goes to the investment (`_percent_stakes`)."""
        if prior is None or latest.kind != "investment" or latest.amount != prior.value:
            return False
        return _STAKE_BOUGHT_WORTH_GAP_RE.fullmatch(view.text, prior.span[1], amount.bound_start) is not None

    def _part_of_round(
        self, view: View, prior: AmountMention | None, amount: AmountMention, latest: Fact
    ) -> bool:
        """A part of the round just told, right after its sum: "a levé 80 M€, dont 30 M€ de dette bancaire" (the
        round is the equity alone: the debt comes off it), "$220 million in a seed round, of which $100 million
        is conditional" (a conditional part: the round's tranche with its condition). No second round."""
        if (
            prior is None
            or latest.kind != "round"
            or latest.amount != prior.value
            or (amount.currency and amount.currency != prior.currency)
        ):
            return False
        debt = _is_debt(view, amount)
        gap_re = _DEBT_PART_GAP_RE if debt else _PART_GAP_RE
        if not gap_re.fullmatch(view.text, prior.span[1], amount.bound_start):
            return self._paid_now_with(view, prior, amount, latest)
        if debt:
            if amount.value >= prior.value:
                return False
            latest.amount = (
                prior.value - amount.value
            )  # README: a sum split into equity and debt is the equity.
            self._drop_part_condition(view, prior, amount, latest)
            return True
        if amount in self._sentence_round_parts(view, latest):
            # "of which $25 million is paid upfront and $35 million is conditional on …": parts adding up to
            # the round are its tranches, each with its own words (`_tranche_of_sentence_round`).
            return False
        rest = view.text[amount.span[1] : self._clause_end(view, amount.span[1])]
        if _PAID_NOW_RE.match(rest.lstrip(" ,")):
            # "lève 45 millions d'euros, dont 15 millions à la signature": the part paid now, the round's
            # first tranche (the rest comes later), no round of its own.
            _add_tranche(latest, view, amount, len(latest.tranches) + 1, self.anchor).label = "first"
            _add_told_balance(latest, view, amount)
            return True
        condition = _CONDITIONAL_PART_RE.search(rest)
        if condition is None:
            return False  # "$100 million, including $20 million from Nvidia": a backer's stake, told as such.
        tranche = _add_tranche(latest, view, amount, len(latest.tranches) + 1, self.anchor)
        tranche.label = None
        # "of which $100 million is conditional on milestones": what the part waits on, as "plus up to €1 billion
        # conditional on hitting milestones" tells it; with no "on …", the words that make it conditional.
        stated = _CONDITION_RE.search(rest)
        tranche.condition = (
            stated.group("cond").strip() if stated else _part_condition(rest[: condition.end()])
        )
        self._drop_part_condition(view, prior, amount, latest)
        return True

    def _drop_part_condition(
        self, view: View, prior: AmountMention, part: AmountMention, latest: Fact
    ) -> None:
        """'…raised $60 million…, including $20 million of venture debt conditional on milestones': the condition
        told after a part is that part's (its tranche, or the debt that comes off the round), not the round's:
        the round takes the status its own words give."""
        if latest.status == "conditional" and latest.condition is None:
            latest.status = self._status(view, prior, until=part.bound_start)

    def _first_tranche_with_balance(
        self, view: View, prior: AmountMention | None, amount: AmountMention, latest: Fact
    ) -> bool:
        """'raised $60 million…, with a first tranche of $25 million and the rest to come once …', 'va investir 60
        millions…, avec une première tranche de 25 millions, le solde étant versé une fois …': a first tranche
        told right after the deal's own sum, the balance named after it, split that deal in its own sentence as
        the next sentence would (`_tranche_sentence`): the first tranche, then the balance (computed) with its
        condition."""
        if (
            prior is None
            or latest.kind not in ("round", "investment")
            or latest.amount != prior.value
            or amount.currency != prior.currency
            or amount.value >= prior.value
            or latest.tranches
            or not _FIRST_TRANCHE_GAP_RE.fullmatch(view.text, prior.span[1], amount.bound_start)
            or not _BALANCE_RE.search(view.text, amount.span[1])
        ):
            return False
        self._split_first_and_balance(latest, view, amount)
        return True

    def _conditional_part_of_told_round(self, view: View, amount: AmountMention) -> bool:
        """'Wayve raised $500 million… The round includes $300m that is conditional on milestones': a part of the
        round the sentence before told, on a condition, is that round's conditional tranche, not a second round."""
        latest = self.facts[-1] if self.facts else None
        if (
            latest is None
            or latest.kind != "round"
            or not latest.amount
            or view.index - self.fact_sentence[-1] != 1
            or amount.currency != latest.currency
            or amount.value >= latest.amount
            or not _ROUND_INCLUDES_BEFORE_RE.fullmatch(view.text, 0, amount.bound_start)
        ):
            return False
        rest = view.text[amount.span[1] : self._clause_end(view, amount.span[1])]
        condition = _CONDITIONAL_PART_RE.search(rest)
        if condition is None:
            return False  # "The round includes $20 million from Nvidia": a backer's stake, told as such.
        tranche = _add_tranche(latest, view, amount, len(latest.tranches) + 1, self.anchor)
        tranche.label = None
        stated = _CONDITION_RE.search(rest)
        tranche.condition = (
            stated.group("cond").strip() if stated else _part_condition(rest[: condition.end()])
        )
        return True

    def _breakdown_of_told_round(self, view: View) -> bool:
        """'Mistral AI has raised 600 million euros in a Series B round… The round comprises 468 million euros
        in equity and 132 million euros in convertible debt': the sums of a sentence opening on "the round"
        told in the sentence before, two or more in its money adding up to no more than it, are its make-up
        (equity and debt), neither a round of their own nor stakes. One sum alone is not read so ("The round
        includes $20 million from Nvidia" is a backer's stake; a conditional one, `_conditional_part_of_told_round`)."""
        told = self._round_of_sentence(view.index - 1)
        parts = [amount for amount in view.amounts if amount.currency]
        return (
            told is not None
            and len(parts) >= 2
            and _ROUND_INCLUDES_BEFORE_RE.fullmatch(view.text, 0, parts[0].bound_start) is not None
            and all(part.currency == told.currency for part in parts)
            and sum(part.value for part in parts) <= told.amount * (1 + 1e-9)
        )

    def _round_of_sentence(self, index: int) -> Fact | None:
        """The last round with an amount the sentence `index` told, if any (a valuation may follow it)."""
        for fact, sentence in zip(reversed(self.facts), reversed(self.fact_sentence), strict=True):
            if sentence < index:
                return None
            if sentence == index and fact.kind == "round" and fact.amount:
                return fact
        return None

    def _paid_now_part_of_told_round(self, view: View, amount: AmountMention) -> bool:
        """'Orbelle raised $60 million in a Series A led by Partech. Partech invested $25 million upfront, with
        the rest to follow once Orbelle hits revenue milestones': a sum paid now with the rest named after it, in
        the sentence after a larger round, is that round's first tranche, the rest its (computed) balance."""
        latest = self.facts[-1] if self.facts else None
        if (
            latest is None
            or latest.kind != "round"
            or not latest.amount
            or latest.tranches
            or view.index - self.fact_sentence[-1] != 1
            or amount.currency != latest.currency
            or amount.value >= latest.amount
            or any(a is not amount and a.currency for a in view.amounts)
        ):
            return False
        words = view.text[amount.span[1] :].lstrip(" ")
        if not _PAID_NOW_RE.match(words, _PAID_WORD_RE.match(words).end()):
            return False
        if not _BALANCE_RE.search(view.text, amount.span[1]):
            return False
        # A backer the round does not name yet ("Nvidia invested $25 million upfront…") tells its own stake.
        parties = {latest.company, *latest.investors}
        if any(name not in parties for name in self._subjects(view, 0, amount.bound_start)):
            return False
        self._split_first_and_balance(latest, view, amount)
        return True

    def _split_first_and_balance(self, fact: Fact, view: View, first: AmountMention) -> None:
        """Split `fact` into the first tranche `first` and the balance the text names after it, computed; the
        balance's condition makes the deal conditional, as a balance told in a sentence of its own does."""
        self._told_tranche(fact, view, first, 1).label = "first"
        _add_told_balance(fact, view, first)
        condition = next((t.condition for t in fact.tranches if t.condition), None)
        if condition:
            fact.condition, fact.status = condition, "conditional"

    def _paid_now_with(self, view: View, prior: AmountMention, amount: AmountMention, latest: Fact) -> bool:
        """'raised €50 million from Vantor Capital, with €15 million paid at signing and the balance in June
        2026': a sum paid now, added with 'with' to the round just told, is its first tranche (and the
        balance named after it the rest), as 'dont 15 millions à la signature' is; so is one opening the round's
        tranches ("$30 million in two tranches: $10 million now and the balance in June 2026"). Any other sum
        'with' adds is told as it is."""
        if not (
            _WITH_PART_GAP_RE.fullmatch(view.text, prior.span[1], amount.bound_start)
            or _IN_TRANCHES_GAP_RE.fullmatch(view.text, prior.span[1], amount.bound_start)
        ):
            return False
        rest = view.text[amount.span[1] : self._clause_end(view, amount.span[1])].lstrip(" ,")
        if not _PAID_NOW_RE.match(rest, _PAID_WORD_RE.match(rest).end()):
            return False
        _add_tranche(latest, view, amount, len(latest.tranches) + 1, self.anchor).label = "first"
        _add_told_balance(latest, view, amount)
        return True

    def _tranche_of_sentence_round(self, view: View, position: int, latest: Fact) -> bool:
        """'Ferrix raised $45 million, paid in two tranches: $30 million now and $15 million next year': the sums
        after the round's own, adding up to it after a tranche cue, are its tranches (each with the condition
        its own words state), not raises of their own. Adds the tranche of the amount at `position`."""
        amount = view.amounts[position]
        parts = self._sentence_round_parts(view, latest)
        if amount not in parts:
            return False
        tranche = self._told_tranche(latest, view, amount, len(latest.tranches) + 1)
        following = [a.bound_start for a in parts if a.bound_start > amount.span[1]]
        condition = _CONDITION_RE.search(view.text, amount.span[1], min(following, default=len(view.text)))
        if condition and tranche.label != "first":
            tranche.condition = latest.condition = condition.group("cond").strip()
            latest.status = "conditional"
        return True

    def _conditional_addition(
        self, view: View, prior: AmountMention | None, amount: AmountMention, latest: Fact
    ) -> bool:
        """'raised €600 million, plus up to €1 billion conditional on hitting milestones': a sum added to the
        round just told on a condition is the round's conditional tranche, beside the part raised (its first
        tranche), not a round of its own nor lost. Money raised then tells it apart: 'raised €600M (+ up to
        €1B conditional)'."""
        if (
            prior is None
            or latest.kind != "round"
            or latest.amount != prior.value
            or amount.currency != prior.currency
            or not _ADDITION_BEFORE_RE.fullmatch(view.text, prior.span[1], amount.bound_start)
        ):
            return False
        condition = _CONDITION_RE.search(view.text, amount.span[1])
        between = view.text[amount.span[1] : condition.start()] if condition else ""
        if self._first_part_with_balance(view, prior, amount, latest, between):
            return True
        if condition is None or not re.fullmatch(r"[^.;]{0,40}", between):
            return (
                False  # "raised $45 million plus $10 million in venture debt": no condition, told as it is.
            )
        if _BACKER_OF_ADDITION_RE.search(between):
            return False  # "with $5 million from Index Ventures if …": the backer's conditional stake.
        if not latest.tranches:
            _add_tranche(latest, view, prior, 1, self.anchor)
        tranche = _add_tranche(latest, view, amount, len(latest.tranches) + 1, self.anchor)
        tranche.label = None
        tranche.condition = latest.condition = condition.group("cond").strip()
        latest.status = "conditional"
        return True

    def _first_part_with_balance(
        self, view: View, prior: AmountMention, amount: AmountMention, latest: Fact, between: str
    ) -> bool:
        """'raised $60 million…, with $25 million in a first tranche and the remainder once …', 'avec 25
        millions en première tranche et le reste une fois …': a smaller sum whose remainder is named before the
        condition is the round's first part, the remainder its (computed) conditional balance, never a sum on
        top of the round: its tranches add up to the round, not more."""
        if (
            latest.tranches
            or amount.value >= prior.value
            or not re.fullmatch(r"[^.;]{0,80}", between)
            or not _BALANCE_RE.search(between)
        ):
            return False
        self._split_first_and_balance(latest, view, amount)
        return True

    def _sentence_round_parts(self, view: View, latest: Fact) -> list[AmountMention]:
        """The sums after a round's own amount in its sentence that split it into tranches (`_summed_parts`),
        a tranche cue or a sum paid now among them. Asked for each amount of the sentence: computed once
        per amount and currency, all that `_tranche_parts` reads of the round (a debt part may lower the
        amount). A stake told so is split the same way: "Nimbra Cloud will invest $90 million in Lynx AI, $30
        million now and $60 million once Lynx AI reaches agreed milestones"."""
        if latest.kind not in ("round", "investment") or not latest.amount:
            return []
        key = ("round_parts", latest.amount, latest.currency)
        if key not in view.memo:
            view.memo[key] = _tranche_parts(view, latest)
        return view.memo[key]

    def _is_tranche_of(self, view: View, prior: AmountMention | None, amount: AmountMention) -> bool:
        """'40 Md$ : 10 Md$ en avril et jusqu'à 30 Md$ en décembre' — the later amounts split the first."""
        if prior is None or self._separately_dated_past_sums(view, prior, amount):
            return False
        gap = view.text[prior.span[1] : amount.bound_start]
        return bool(
            re.search(r":|\bdont\b|\bincluding\b|\bof which\b|\ben deux\b|\bin two\b|\bsoit\b", gap, _I)
        ) or (
            bool(re.fullmatch(r"[^,;.]{0,40}\b(?:et|and|puis|then)\s+", gap, _I))
            and any(d.precision == "month" for d in view.dates if d.span[0] >= prior.span[1])
        )

    def _later_investment_of(
        self, view: View, prior: AmountMention | None, amount: AmountMention, earlier: Fact
    ) -> Fact | None:
        """The same backer's later investment when a sentence lists two dated past sums joined by "then"/"and"
        ("invested $1 billion in 2019, then $10 billion in January 2023"): each its own deal, with its own date."""
        if prior is None or earlier.amount != prior.value:
            return None
        if not _LATER_SUM_LINK_RE.fullmatch(view.text[prior.span[1] : amount.bound_start]):
            return None
        if not self._separately_dated_past_sums(view, prior, amount):
            return None
        later = self._money_fact(view, amount, earlier.kind, earlier.company, _date_right_after(view, amount))
        later.investor, later.investors = earlier.investor, list(earlier.investors)
        later.status = earlier.status
        return later

    def _separately_dated_past_sums(self, view: View, prior: AmountMention, amount: AmountMention) -> bool:
        """Whether "invested $1 billion in 2019, then $10 billion in January 2023" tells two past investments:
        each sum has its own date, in different years, both before the article's day. A plan's tranches
        ("$10 billion in April and $20 billion in December") share a year or lie ahead."""
        if self.anchor is None:
            return False
        prior_date, own_date = _date_right_after(view, prior), _date_right_after(view, amount)
        if prior_date is None or own_date is None or prior_date.value[:4] == own_date.value[:4]:
            return False
        return all(date.value[:4] < self.anchor.value[:4] for date in (prior_date, own_date))

    @staticmethod
    def _returned_with_stake(view: View, amount: AmountMention, noun: re.Match[str] | None) -> bool:
        """Whether "returned with / came back with $X" is a backer's own sum in the round the story tells.

        A round's noun after the sum ("returned with a $50 million Series B led by Accel") makes it the
        company's own round, whoever came back.
        """
        if noun and noun.lastgroup and noun.lastgroup.startswith("round"):
            return False
        return bool(
            _RETURNED_WITH_SUM_BEFORE_RE.search(
                view.text, max(0, amount.bound_start - 80), amount.bound_start
            )
        )

    def _classify(
        self, view: View, position: int, previous_kind: str | None, previous_company: str | None = None
    ) -> str | None:
        """The kind of fact an amount states, from the nearest cue (right after it, else before it)."""
        amount = view.amounts[position]
        if amount.unit:
            if self._plan_figure(view, amount):
                return (
                    None  # "La programmation pluriannuelle de l'énergie vise 65 à 90 GW": a national target.
                )
            return "metric"
        if amount.currency is None:
            amount = self._with_article_currency(view, position)
            if amount is None:
                return None
        after = view.text[amount.span[1] : amount.span[1] + 40]
        if _services_bought(view, amount):
            return "partnership"  # "s'est engagé à acheter pour 250 milliards de dollars de services Azure".
        if self._is_volume(view, amount, after):
            return "volume"
        payment = _PAYMENT_FORM_RE.match(after)
        if payment:
            # "for about $400 million in cash": how a price is paid, not a cash figure.
            after = after[payment.end() :]
        if _is_debt(view, amount, after):
            return None  # Loans and credit lines are not equity: no fact.
        if _ANNOUNCED_INVESTMENTS_RE.match(after):
            return None  # "109 milliards d'euros d'investissements dans le secteur": a programme, no deal.
        if self._is_public_plan(view, amount, after):
            return None  # "Le Chips Act vise … avec 43 milliards d'euros de financements publics": nobody's round.
        if _BORROWING_OR_ASSETS_AFTER_RE.match(after):
            return None  # "$1 billion in new borrowing", "1,3 milliard d'engagements": debt or a fund's size.
        if previous_kind == "round" and self._unbacked_part_after_round_words(view, position):
            return (
                None  # "a Series B led by X, including $5 million from existing investors": the round's own.
            )
        if self._led_investment(view, amount, after):
            return "round"
        if _LEADS_WITH_SUM_BEFORE_RE.search(view.text, max(0, amount.bound_start - 80), amount.bound_start):
            return (
                "investment"  # "La SRIW mène le tour de table avec 8 millions d'euros": the lead's own sum.
            )
        if _INTO_JOINT_VENTURE_AFTER_RE.match(view.text, amount.span[1]):
            return (
                "partnership"  # "will invest ¥150 billion in a joint venture with OpenAI": the parents' deal.
            )
        if _GROSS_PROCEEDS_AFTER_RE.match(after) and _PIPE_RE.search(view.text, amount.span[1]):
            return None  # "$300 million in gross proceeds, including a $150 million PIPE": the listing's, no round.
        if _FUNDING_KIND_AFTER_RE.match(after):
            return "round"  # "received a CHF 1.5 million grant from Innosuisse", "a €40m convertible note".
        if receives_funding(view.text, amount.bound_start, amount.span[1]):
            return "round"  # "Zorglab will receive $30 million in two tranches": funding its subject takes in.
        if self._received_from_investor(view, amount):
            return "round"  # "Zorglab will receive $30 million from Accel": an investor's money, so funding.
        if _PROMISED_BEFORE_RE.search(
            view.text, max(0, amount.bound_start - 40), amount.bound_start
        ) and _TO_NAME_AFTER_RE.match(view.text, amount.span[1]):
            return "investment"  # "Nimbra Cloud pledged $90 million to Lynx AI": the giver's stake in it.
        if _PAID_BEFORE_RE.search(
            view.text, max(0, amount.bound_start - 40), amount.bound_start
        ) and _PAID_FOR_SHARES_AFTER_RE.match(view.text, amount.span[1]):
            return "investment"  # "SoftBank paid $22.5 billion to OpenAI for newly issued shares": a stake bought.
        if _PAID_IN_BEFORE_RE.search(view.text, max(0, amount.bound_start - 60), amount.bound_start) and (
            into := _INTO_NAME_AFTER_RE.match(view.text, amount.span[1])
        ):
            # « Kima Ventures a versé 20 M€ à Lynx IA »: the backer's money put into it; not « a versé 20 M€ à
            # Nvidia pour l'achat de puces » (a supplier paid).
            if not into.group("to") or paid_into_a_company(view.text, into.end() - 1):
                return "investment"
        if stake_priced_first(view.text, amount.bound_start, amount.span[1]):
            return (
                "investment"  # « a racheté pour 30 M€ la participation de Partech dans Lynx IA »: its price.
            )
        if _round_extension(view.text, amount):
            return "round"  # "a $6 million extension in October took its seed round to $41 million".
        noun = _NOUN_AFTER_RE.match(after) or self._round_noun_past_equivalent(view, position)
        if _JOINS_WITH_SUM_BEFORE_RE.search(
            view.text, max(0, amount.bound_start - 80), amount.bound_start
        ) or self._returned_with_stake(view, amount, noun):
            return (
                "investment"  # "Novartis took part in the round with a $10 million investment": its own sum.
            )
        if noun:
            if noun.lastgroup == "round3" and _VALUED_AT_RE.search(
                view.text, max(0, amount.bound_start - 40), amount.bound_start
            ):
                return "valuation"  # "was valued at $300 billion in a March funding round": the round's valuation.
            return noun.lastgroup.rstrip("234")
        right = _RIGHT_CUES.match(after)
        if right:
            word = right.group("cue").lower().split()[0].rstrip("s")
            for key, kind in _RIGHT_CUE_KIND.items():
                if word.startswith(key.rstrip("s")):
                    return kind
        start = view.amounts[position - 1].span[1] if position else 0
        left = view.text[start : amount.bound_start]
        next_raise = _next_raise_in(left) if previous_kind == "round" else None
        if next_raise is not None:
            # "…lors d'une série A menée par X, et enfin 15 M€ de Microsoft": the cue words before the sequence
            # word are the earlier raise's; this sum's kind is read from its own clause.
            start += next_raise
            left = view.text[start : amount.bound_start]
        if previous_kind and _COMPARED_RE.search(left):
            return previous_kind  # "valorisée 3,8 milliards, contre 1,8 milliard…": the same kind of figure.
        best, best_end, best_start = None, -1, 0
        # "prend une participation de 30 % dans X, une fintech de trésorerie, pour un montant de 45 M€": the sum
        # a deal is made "for" is its price, whatever figure word the description before it holds.
        kinds = (
            _DEAL_KINDS
            if _FOR_AN_AMOUNT_RE.search(left)
            or (_FOR_BARE_AMOUNT_RE.search(left) and _CUES["acquisition"].search(left))
            else _CUES
        )
        # A cue word inside a company's name ("Récolte Boréale", "Raise Partners") gives way to a cue outside
        # names ("une participation de 35 % dans Récolte Boréale… pour 12 M$"); alone, it still counts.
        named = [
            (view.rel(m)[0] - start, view.rel(m)[1] - start)
            for m in view.mentions
            if m.how in ("name", "new", "alias") and view.rel(m)[1] > start
        ]
        for skip_names in (True, False):
            for kind in kinds:
                for match in _CUES[kind].finditer(left):
                    if skip_names and any(a <= match.start() < b for a, b in named):
                        continue
                    if match.end() >= best_end:
                        best, best_end, best_start = kind, match.end(), match.start()
            if best is not None or not named:
                break
        if (
            best == "round"
            and _HEADLINE_RAISE_VERB_RE.match(left, best_start)
            and not _NAME_RIGHT_BEFORE_RE.search(left, 0, best_start)
        ):
            return None  # "AI startups pulled in more than $100 billion": a market's total, no one's raise.
        if best == "round" and _DEAL_CLOSING_BEFORE_RE.search(left, max(0, best_start - 40), best_start):
            # "Philips will pay CHF140m when the deal closes, and up to CHF70m more if…": a purchase closing is
            # no funding round, and its buyer raises nothing.
            return None
        if best == "round" and _RAISE_OTHER_THING_RE.match(left, best_start):
            return (
                None  # "plans to raise its defence budget to €162bn": raising a budget is no funding round.
            )
        if (
            best == "acquisition"
            and _SHARES_BOUGHT_FROM_RE.match(left, best_start)
            and self._minority_stake_before(view, best_start + start, amount)
        ):
            # "took a minority stake in X, buying shares from Pelican Capital for $30 million": a stake bought from
            # its holder, not the holder bought.
            return "investment"
        if self._is_price_paid_for_company(view, left, amount):
            return "acquisition"
        if best == "acquisition" and self._minority_stake_bought(view, best_start + start, amount):
            # "l'acquisition de 11 % du capital de X pour 25 M€": a stake bought, not the company.
            return "investment"
        if best is None and (sold := _OWN_SHARES_SOLD_BEFORE_RE.search(left)):
            # "SoftBank offloaded its Nvidia shares for $5.83 billion": a stake sold; "offloaded some of its
            # shares in X to Y in a $40 million secondary transaction": the price the sale is told in.
            if sold.group("in_deal") is None or _SALE_DEAL_AFTER_PRICE_RE.match(view.text, amount.span[1]):
                return "investment"
        if best in (None, "valuation", "partnership") and _OWN_STAKE_SOLD_IN_SECONDARY_WORTH_BEFORE_RE.search(
            left
        ):
            # "has sold part of its stake in X to Y in a secondary transaction valued at $150 million": the price
            # of the stake sold, not the seller's valuation nor a deal with X.
            return "investment"
        if best == "valuation" and holders_sold_shares_worth(left):
            # "some early employees sold shares worth $50 million to Atomico": the holders' money, not the
            # company's; the buyer's purchase is told by secondary_sales.py.
            return None
        if best == "valuation" and _SHARES_SOLD_WORTH_BEFORE_RE.search(left):
            # "trimmed its stake in X, selling shares worth $25 million": a stake sold; a company selling its
            # own new shares worth a sum raises it.
            return (
                "investment" if self._sells_a_holding_by_its_worth(view, left) else "round"
            )  # "trimmed its stake in X, selling shares worth $25 million": a stake sold.
        if best in ("valuation", "projection") and _STAKE_WORTH_BEFORE_RE.search(left):
            # "had built a 4.9% stake in Nvidia worth about $4 billion": the stake's value, not its holder's.
            return "investment"
        if best in ("valuation", "investment") and self._is_acquisition_price(view, left, best, amount):
            return "acquisition"
        if best == "valuation" and self._is_contract_value(view, left):
            return "partnership"
        if best == "partnership" and _INVESTMENT_NOUN_AFTER_RE.match(after):
            return "investment"  # "a partnership that began in 2019 with a $1 billion investment": a stake's sum.
        if best == "burn" and self._is_spend_with(view, amount):
            return "partnership"
        if previous_kind == best == "round" and self._backed_part_after_round_words(view, position):
            return "investment"  # "a Series B led by X, including $5 million from Nvidia": Nvidia's stake.
        if best is None and previous_kind in ("round", "investment") and self._part_from_backer(view, amount):
            return (
                "investment"  # "raised $13 million, with $8 million from X and $5 million from Y": X's own.
            )
        if best is None and next_raise is not None:
            return "round"  # "…avait levé 105 M€ en juin 2023, puis 385 M€ en décembre": the next raise.
        if best is None and previous_kind == "investment" and self._gapped_next_stake(view, start, amount):
            return (
                "investment"  # "Cherry Ventures invested $8 million and Point Nine $5 million": its own sum.
            )
        if best is None and previous_kind in ("investment", "round") and _SEPARATOR_RE.search(left):
            return "investment" if previous_kind == "investment" else None
        if (
            best is None
            and previous_kind in ("revenue", "valuation", "burn")
            and not self._names_in(view, start, amount.bound_start, but=previous_company)
        ):
            # "…9 milliards, contre 1 milliard un an plus tôt", "…in 2024 and could reach $300 million".
            return previous_kind
        if best is None and (stake_kind := self._priced_stake_kind(view, amount)):
            return stake_kind
        if best is None and _TARGET_VERB_BEFORE_RE.search(left[-60:]):
            return "revenue"
        if best is None and _FIGURE_TAKEN_UP_RE.search(left[-60:]) and self._figure_taken_up(view):
            return "revenue"
        if _VALUATION_TAKEN_UP_RE.search(left[-40:]) and _VALUATION_WORD_RE.search(left):
            return "valuation"
        return best

    def _same_sentence_revenue_owner(
        self, view: View, amount: AmountMention, company: str | None
    ) -> str | None:
        """'Les revenus de X dépassent 60 M€, et la direction vise 500 M€ d'ici 2027', 'Revenue reached 3.1 million
        and management expects 6 million this year': a clause no name opens takes up the company whose revenue
        the sentence just gave, not the story's other party a reference would otherwise fall on."""
        earlier = next(
            (
                f
                for f, index in zip(reversed(self.facts), reversed(self.fact_sentence), strict=True)
                if index == view.index and f.kind == "revenue" and f.currency == amount.currency
            ),
            None,
        )
        if earlier is None or earlier.company == company:
            return company
        clause_start = self._clause_start(view, amount.bound_start)
        if any(
            m.name and m.how != "reference" and clause_start <= view.rel(m)[0] < amount.bound_start
            for m in view.mentions
        ):
            return company  # "Paylinea's revenue reached €3m, and BPCE targets €10m": the name says whose.
        return earlier.company

    @staticmethod
    def _outside_forecast(view: View, amount: AmountMention) -> bool:
        """An outsider's figure, no company's: analysts' estimate the result is compared with ("beating estimates
        of $20.1 million"), or the forecast of analysts or of a research firm ("Analysts at Leerink estimate the
        market could exceed $20 billion by 2035", "…are expected to reach Dh60 billion, according to investment
        bank Alpen Capital")."""
        if _ESTIMATE_OF_BEFORE_RE.search(view.text, max(0, amount.bound_start - 60), amount.bound_start):
            return True
        if _ANALYSTS_FORECAST_BEFORE_RE.search(view.text, 0, amount.bound_start):
            return True
        return bool(_RESEARCH_SOURCE_RE.search(view.text, amount.span[1]))

    def _figure_taken_up(self, view: View) -> Fact | None:
        """The revenue figure of this sentence or the one before, that "that figure" or "it" takes up."""
        for fact, index in zip(reversed(self.facts), reversed(self.fact_sentence), strict=True):
            if index < view.index - 1:
                return None
            if fact.kind == "revenue" or (fact.kind == "projection" and fact.currency is not None):
                return fact
        return None

    @staticmethod
    def _is_volume(view: View, amount: AmountMention, after: str) -> bool:
        """Money the company processes, lends or books for others (`_VOLUME_AFTER_RE`): a metric."""
        before = view.text[max(0, amount.bound_start - 80) : amount.bound_start]
        if (
            _VOLUME_AFTER_RE.match(after)
            or _VOLUME_BEFORE_RE.search(before)
            or _ORDER_BOOK_BEFORE_RE.search(before)
        ):
            return True
        if _LENT_AFTER_RE.match(after) and _LENDING_VERB_BEFORE_RE.search(before):
            return True
        return bool(_PROCESSED_BEFORE_RE.search(before)) or _is_managed_assets(before, after)

    @staticmethod
    def _led_investment(view: View, amount: AmountMention, after: str) -> bool:
        """'X is leading a $250 million investment in Y': the money one backer leads is Y's round."""
        before = view.text[max(0, amount.bound_start - 60) : amount.bound_start]
        return bool(_LED_BEFORE_RE.search(before) and _LED_INVESTMENT_AFTER_RE.match(after))

    def _is_acquisition_price(self, view: View, left: str, best: str, amount: AmountMention) -> bool:
        """'is buying X in a deal worth $40M' and 'acquire a 51% stake in X for €500M' state a purchase price."""
        if not (
            _CUES["acquisition"].search(view.text, 0, amount.bound_start) or _CONTROL_STAKE_RE.search(left)
        ):
            return False
        if best == "valuation":
            return bool(_DEAL_WORTH_RE.search(left[-60:]))
        if _CONTROL_STAKE_RE.search(left):
            return True  # "prend une participation majoritaire dans X pour 40 M€": control bought.
        majority = any(p.value > 50 for p in view.percents if p.span[1] <= amount.bound_start) or bool(
            _CONTROL_STAKE_RE.search(left)
        )
        return majority and bool(
            re.search(r"\bacqui\w*|\bbuy\w*|\bbought\b|\bach[eè]t\w*|\brach[eè]t\w*", left, _I)
        )

    def _stake_cue(self, view: View, position: int, amount: AmountMention) -> int | None:
        """Where a stake priced by `amount` is named before it: "l'acquisition de 11 % du capital de X",
        "prendre 11 % du capital de X, …, pour 25 M€" (the funded company follows it)."""
        bought = self._cue_start(view, position, "acquisition")
        if bought is not None and self._minority_stake_bought(view, bought, amount):
            return bought
        if _STAKE_FOR_AFTER_RE.match(view.text, amount.span[1]) or not self._priced_stake_kind(view, amount):
            return None
        stakes = [p for p in view.percents if p.span[1] <= amount.bound_start]
        return stakes[-1].span[0] if stakes else None

    def _priced_stake_kind(self, view: View, amount: AmountMention) -> str | None:
        """The price of a stake: "pay $600 million for a 40% stake in X", "prendre 11 % du capital de X, …,
        pour 25 M€". A stake of more than half (or a majority stake) buys the company: an acquisition."""
        after = _STAKE_FOR_AFTER_RE.match(view.text, amount.span[1])
        if after:
            percents = [p for p in view.percents if after.start() <= p.span[0] < after.end()]
        else:
            if not _FOR_BEFORE_RE.search(view.text, max(0, amount.bound_start - 12), amount.bound_start):
                return None
            clause = view.text[self._clause_start(view, amount.bound_start) : amount.bound_start]
            offset = amount.bound_start - len(clause)
            percents = [
                p
                for p in view.percents
                if offset <= p.span[0]
                and p.span[1] <= amount.bound_start
                and (_STAKE_AFTER_PERCENT_RE.match(view.text, p.span[1]) or self._share_of_named(view, p))
            ]
            if not percents:
                return None
        if (after and _CONTROL_STAKE_RE.search(after.group())) or any(p.value > 50 for p in percents):
            return "acquisition"
        return "investment"

    def _minority_stake_before(self, view: View, cue_start: int, amount: AmountMention) -> bool:
        """Whether a stake of less than half is named before the cue at `cue_start` ("took a minority stake in X,
        buying shares from Y for"): no majority or controlling stake, no share of half or more up to the
        amount. No stake named ("acquired X outright, buying shares from Y", "bought shares from X"): not one."""
        stakes = list(_STAKE_NOUN_RE.finditer(view.text, 0, cue_start))
        if not stakes:
            return False
        stake = stakes[-1]
        told_from = max(0, stake.start() - 40)
        return not _CONTROL_STAKE_RE.search(view.text, told_from, cue_start) and all(
            p.value < 50 for p in view.percents if told_from <= p.span[0] and p.span[1] <= amount.bound_start
        )

    def _minority_stake_bought(self, view: View, cue_start: int, amount: AmountMention) -> bool:
        """Whether the purchase between `cue_start` and the amount is of a stake of less than half."""
        stakes = [p for p in view.percents if cue_start <= p.span[0] and p.span[1] <= amount.bound_start]
        return (
            bool(stakes)
            and all(p.value < 50 for p in stakes)
            and (
                bool(_STAKE_AFTER_PERCENT_RE.match(view.text, stakes[-1].span[1]))
                or self._share_of_named(view, stakes[-1])
            )
        )

    def _share_of_named(self, view: View, percent: PercentMention) -> bool:
        """Whether the share `percent` is told of an organisation named right after it: a stake in it."""
        return self._company_of_share(view, percent) is not None

    def _company_of_share(self, view: View, percent: PercentMention) -> str | None:
        """The organisation named right after the share `percent` ("bought 20% of Zorgly", "a pris 15 % de
        Velora"); None when none is, or the share is of something it has ("20% of Zorgly's revenue", "20% of
        Zorgly revenue", « 20 % de Zorgly en chiffre d'affaires »)."""
        of = _SHARE_OF_AFTER_RE.match(view.text, percent.span[1])
        if of is None or of.end() == percent.span[1]:
            return None
        return next(
            (
                m.name
                for m in view.mentions
                if view.rel(m)[0] == of.end()
                and m.name
                and self._is_org(m.name)
                and not _POSSESSIVE_AFTER_NAME_RE.match(view.text, view.rel(m)[1])
                and not _SOMETHING_OF_NAME_AFTER_RE.match(view.text, view.rel(m)[1])
            ),
            None,
        )

    def _company_of_stake_before(self, view: View, start: int, end: int) -> str | None:
        """The organisation a share told between `start` and `end` is of ("SoftBank bought 20% of Zorgly for")."""
        shares = [p for p in view.percents if start <= p.span[0] and p.span[1] <= end]
        return self._company_of_share(view, shares[-1]) if shares else None

    def _pays_directly(self, view: View, payer: str, pay_start: int) -> bool:
        """Whether `payer` is the subject of the payment verb itself, not the object of an earlier verb
        coordinated with it ("bought MosaicML … and paid")."""
        named = [m for m in view.mentions if m.name == payer and view.rel(m)[1] <= pay_start]
        if not named:
            return False
        gap = view.text[view.rel(named[-1])[1] : pay_start]
        return not re.search(r"\b(?:and|et|puis|then)\b|\b(?:bought|acquired|rachet\w*|acquis)\b", gap, _I)

    def _is_price_paid_for_company(self, view: View, left: str, amount: AmountMention) -> bool:
        """'Check Point will pay about $300 million for Lakera', 'paid $1 billion for Tabular': a price paid
        for a named company (not 'for Nvidia chips', whose brand only qualifies a product)."""
        if not _PAY_VERB_RE.search(left[-40:]):
            return False
        after = re.match(r"\s+(?:pour|for)\s+", view.text[amount.span[1] :])
        if not after:
            return False
        position = amount.span[1] + after.end()
        return any(
            view.rel(m)[0] == position
            and self._is_org(m.name)
            and not _BRAND_AS_MODIFIER_RE.match(view.text[view.rel(m)[1] :])
            for m in view.mentions
        )

    def _object_is_not_a_company(self, view: View, amount: AmountMention) -> bool:
        """'10 milliards dans l'économie française', '$1.4 trillion in the US': the amount goes into something
        the text names without naming a company there (or names one the reader cannot resolve)."""
        into = _INTO_PHRASE_RE.match(view.text, amount.span[1])
        if not into and _COMMIT_VERB_BEFORE_RE.search(
            view.text, max(0, amount.bound_start - 40), amount.bound_start
        ):
            # "The Department of Energy has committed $3.5 billion to regional hubs": a sum given to things.
            into = _TO_PHRASE_RE.match(view.text, amount.span[1])
        if not into:
            return False
        end = self._clause_end(view, into.end())
        if _ROUND_WORD_RE.search(view.text, into.end(), end) or re.search(
            # "qui a investi 15 millions dans cette nouvelle opération", "dans la ronde": the round again.
            r"\b(?:equity|capital|tranches?|opération|ronde)\b",
            view.text[into.end() : end],
            _I,
        ):
            # "in the equity portion of the financing", "into the first tranche": the round of the company in
            # question.
            return False
        # A reference, even one the reader could not resolve ("in the startup"), designates a company.
        return not any(into.end() - 20 <= view.rel(m)[0] < end for m in view.mentions)

    def _is_contract_value(self, view: View, left: str) -> bool:
        """'signed a licensing agreement with Meta worth $140mn': the value of a contract, not a company's
        valuation (a purchase 'deal worth' is an acquisition price, decided before)."""
        return bool(_CONTRACT_WORTH_RE.search(left[-170:])) and not _CUES["acquisition"].search(view.text)

    def _is_spend_with(self, view: View, amount: AmountMention) -> bool:
        """'committed to spend $2 billion on Microsoft's Azure cloud': a purchase commitment to a named
        company is a commercial partnership with it."""
        after = view.text[amount.span[1] : amount.span[1] + 40]
        on = re.match(
            r"\s*(?:[\w-]+\s+){0,3}?(?:on|with|avec|auprès d[e'’]|chez)\s+(?:the\s+|le\s+|la\s+)?", after, _I
        )
        if not re.search(r"\bspend\w*|\bdépens\w*", view.text[: amount.bound_start], _I):
            return False
        if on:
            position = amount.span[1] + on.end()
            if any(view.rel(m)[0] == position and self._is_org(m.name) for m in view.mentions):
                return True
        # "to spend at least $250 million on computing capacity from Google Cloud": the seller after "from".
        seller = _SPENT_FROM_RE.match(view.text, amount.span[1])
        if seller and any(view.rel(m)[0] == seller.end() and self._is_org(m.name) for m in view.mentions):
            return True
        # "signed an agreement with Google Cloud under which it will spend up to $40 million", "a signé avec X
        # un partenariat… en vertu duquel elle s'engage à dépenser": the sum is spent under the deal with X.
        return bool(_DEAL_NOUN_RE.search(view.text, 0, amount.bound_start)) and any(
            m.name
            and view.rel(m)[1] <= amount.bound_start
            and self._is_org(m.name)
            and self._after_with(view, m.name)
            for m in view.mentions
        )

    def _backer_right_after(self, view: View, amount: AmountMention) -> str | None:
        """The organisation named right after a sum by "from/de/de la part de": "$8 million from Cherry
        Ventures", "8 millions d'euros de Kima"."""
        cue = _FROM_BACKER_AFTER_SUM_RE.match(view.text, amount.span[1])
        return None if cue is None else self._org_starting_at(view, cue.end())

    def _org_starting_at(self, view: View, position: int) -> str | None:
        """The organisation a mention (outside quotes) starting right at `position` names."""
        return next(
            (
                m.name
                for m in view.mentions
                if view.rel(m)[0] == position and m.name and not m.in_quote and self._is_org(m.name)
            ),
            None,
        )

    def _part_from_backer(self, view: View, amount: AmountMention) -> bool:
        """A smaller sum than the round the sentence just told, with its backer named right after it: that
        backer's own stake in the round ("raised $13 million, with $8 million from X and $5 million from Y")."""
        if self._backer_right_after(view, amount) is None:
            return False
        told = self._rounds_told_in(view, amount)
        return bool(told) and told[-1].amount > amount.value

    def _rounds_told_in(self, view: View, amount: AmountMention) -> list[Fact]:
        """The rounds already told in `view`'s sentence with an amount in `amount`'s currency, in order."""
        return [
            f
            for f, index in zip(self.facts, self.fact_sentence, strict=True)
            if index == view.index and f.kind == "round" and f.amount and f.currency == amount.currency
        ]

    def _backed_part_after_round_words(self, view: View, position: int) -> bool:
        """'raised $40 million in a Series B led by Index Ventures, including $5 million from Nvidia', '…, dont 5
        millions apportés par Nvidia': a part of the round just told, opened by 'including/dont/of which' after
        the round's own words (its type, its lead), with its backer named right after it. The round cue read
        before it is the round's; the part is that backer's stake in it, no second round."""
        if position == 0:
            return False
        prior, amount = view.amounts[position - 1], view.amounts[position]
        if not _PART_GAP_RE.fullmatch(view.text, prior.span[1], amount.bound_start):
            return False
        return self._part_from_backer(view, amount)

    def _unbacked_part_after_round_words(self, view: View, position: int) -> bool:
        """'raised $40 million in a Series B led by Accel, including $5 million from existing investors': a part of
        the round just told, opened by 'including/dont/of which' after the round's own words, with no organisation
        named after it (`_backed_part_after_round_words` takes a named backer's). It is the told round's own
        money: no second round."""
        if position == 0:
            return False
        prior, amount = view.amounts[position - 1], view.amounts[position]
        if not _PART_GAP_RE.fullmatch(view.text, prior.span[1], amount.bound_start):
            return False
        if self._backer_right_after(view, amount) is not None:
            return False
        told = self._rounds_told_in(view, amount)
        return bool(told) and told[-1].amount > amount.value

    def _gapped_next_stake(self, view: View, start: int, amount: AmountMention) -> bool:
        """'X invested $8 million and Y $5 million', 'X a investi 8 M€ et Y 5 M€': after a stake, a coordination
        then only one name before the sum: the verb is left out, the sum is that name's own stake."""
        gap = _NEXT_BACKER_AFTER_SUM_RE.match(view.text, start)
        if gap is None:
            return False
        named = [m for m in view.mentions if start < view.rel(m)[0] < amount.bound_start]
        if len(named) != 1 or not named[0].name:
            return False
        return not view.text[view.rel(named[0])[1] : amount.bound_start].strip()

    def _names_in(self, view: View, start: int, end: int, but: str | None = None) -> bool:
        """Whether an organisation other than `but` is named between `start` and `end`."""
        return any(start <= view.rel(m)[0] < end and m.name and m.name != but for m in view.mentions)

    def _with_article_currency(self, view: View, position: int) -> AmountMention | None:
        """A bare '218 milliards' in an article whose amounts are all in one currency takes that currency."""
        if len(self.currencies) != 1:
            return None
        currency = next(iter(self.currencies))
        amount = view.amounts[position]
        fixed = AmountMention(**{**amount.__dict__, "currency": currency, "currency_implied": True})
        view.amounts[position] = fixed
        return fixed

    def _fact_for(self, view: View, position: int, kind: str, sentence_facts: list[Fact]) -> Fact | None:
        amount = view.amounts[position]
        if kind == "tranche":
            return None
        if kind in _FIGURE_KINDS | {"volume"} and self._outside_forecast(view, amount):
            return None
        builder = {
            "round": self._round,
            "investment": self._investment,
            "valuation": self._valuation,
            "revenue": self._revenue,
            "burn": self._burn,
            "metric": self._metric,
            "volume": self._volume,
            "acquisition": self._acquisition,
            "partnership": self._paid_partnership,
        }[kind]
        return builder(view, position, amount, sentence_facts)

    # -- one builder per kind ------------------------------------------------------------------------

    def _round(self, view, position, amount, sentence_facts) -> Fact | None:
        cue_start = self._cue_start(view, position, "round")
        if _ROUND_BROUGHT_TO_BEFORE_RE.search(view.text, max(0, amount.bound_start - 80), amount.bound_start):
            return None  # "…, bringing its seed round to $41 million": the round grown, its extension told apart.
        if _SEVERAL_ROUNDS_AFTER_RE.match(view.text, amount.span[1]):
            # "raised $230 million across two funding rounds": the rounds' sum, a running total.
            return self._total_to_date(view, cue_start, amount)
        clause_end = _before_total_participle(view.text, amount, self._clause_end(view, amount.span[1]))
        clause_start = self._clause_start(view, amount.bound_start)
        clause_end = _fronted_phrase_end(view.text, clause_start, amount, clause_end)
        clause = _outside_closed_relatives(
            _without_others_since_founding(view.text, amount), clause_start, clause_end, amount.bound_start
        )
        # "…, one of the largest financings to date", "a total of $50 million in a Series B": a round.
        clause = _without_ranks_and_round_totals(clause)
        if _CUMULATIVE_TOTAL_RE.search(clause) and not self._round_within_total(view, amount):
            # "le montant total levé… depuis sa création", "raised $2B to date": not a round, the total to date.
            return self._total_to_date(view, cue_start, amount) if _TO_DATE_RE.search(clause) else None
        if self._earlier_aim(view, amount):
            return None
        company, leads = self._raiser(view, cue_start, amount)
        if (raiser := self._raiser_going_on(view, amount)) is not None:
            company, leads = raiser, []
        backers: list[str] = []
        if owner := self._round_possessor(view, amount):
            # "Cherry Ventures, which led Hirelane's €11m Series A": the round named as X's is X's, whoever
            # the clause's subject (the investor that led it) or the sentence's earlier round cue is.
            backers, leading = self._round_backer(view, amount, owner)
            backers = _unique(backers + self._joined_backers(view, amount, owner))
            company, leads = owner, [name for name in leads if name != owner]
            if leading:
                leads = _unique(leads + backers)  # "QED, which led the company's $12m Series A".
        elif owner := self._round_owner_after(view, amount):
            # "ASML investit 1,5 milliard d'euros dans la série C de 1,7 milliard d'euros de la start-up": the
            # round is the start-up's; the sentence's stakes put into it are its backers'.
            backers = [f.investor for f in sentence_facts if f.kind == "investment" and f.company == owner]
            # "Microsoft a participé en juin 2023 au tour de 1,3 milliard de dollars d'Inflection AI": the subject too.
            backers = _unique([name for name in backers if name] + self._round_backer(view, amount, owner)[0])
            backers = _unique(backers + self._joined_backers(view, amount, owner))
            company, leads = owner, [name for name in leads if name != owner]
        elif company is not None:
            # "Microsoft took part in a $1.3 billion round in Inflection AI alongside Nvidia": the subject of a
            # backer's verb right before the round backs it as much as the names after it do.
            backers = [name for name in self._round_backer(view, amount, company)[0] if name not in leads]
            backers = _unique(backers + self._joined_backers(view, amount, company))
        if entered := self._round_entered_into(view, amount, company):
            backers, company, leads = _unique([*backers, company]), entered, []
        if company is not None and self._backer_adding_to_round(view, amount, company):
            # "Bpifrance added €15 million to the round in October": the story's raiser's round grows; the
            # subject putting the money in is its backer, not a raiser.
            raiser = self._main_company(exclude={company})
            if raiser is None:
                return None
            backers, company, leads = _unique([company, *backers]), raiser, []
        funded = {f.investor: f.company for f in sentence_facts if f.kind == "investment"}
        if company in funded:
            # "Temasek will put in $300 million as part of the same round, which totals $1.5 billion".
            company, leads = funded[company], []
        if company is None:
            self._hold_unnamed_round(view, position, amount, cue_start)
            return None
        list_start = cue_start if cue_start is not None else amount.bound_start
        own_end = self._own_stretch_end(view, position)
        list_start = max(list_start, self._next_round_start(view, position - 1) or 0)
        # "10 M€ de fonds propres, apportés par Serena…, et en 15 M€ de dette bancaire souscrite auprès du
        # Crédit Agricole": the lenders of a debt sum told after the round lend; they are not its backers.
        debt_start = next(
            (
                a.bound_start
                for a in view.amounts[position + 1 :]
                if _is_debt(view, a) and not self._debt_aside_of(view, amount, a)
            ),
            None,
        )
        list_end = own_end
        if debt_start is not None and not _is_debt(view, amount):
            list_end = min(own_end or len(view.text), debt_start)
        investors, list_leads = self._investor_lists(view, list_start, exclude={company}, end=list_end)
        list_leads += self._relative_leads(view, list_start, list_end, exclude={company})
        if (
            debt_start is not None
            and (resumed := _round_resumed_after_debt(view.text, debt_start)) is not None
        ):
            # "raised $30 million, including $10 million of debt from HSBC, in a round led by Partech": the lender
            # lends; the round told after the debt aside is the equity's, and its lead backs it.
            more, more_leads = self._investor_lists(view, resumed, exclude={company}, end=own_end)
            investors, list_leads = investors + more, list_leads + more_leads
        total_with_debt = None
        if debt_start is not None and _EQUITY_AFTER_RE.match(view.text, amount.span[1]):
            total_with_debt = self._drop_total_with_debt(view, amount, company)
        if not investors and self._investor_lists(view, list_start, exclude=set())[1] == [company]:
            # "The investment by the trading house forms the bulk of a round led by Toyota Tsusho": the one
            # the round names as its lead backs it; the round is the story's company's.
            company = self._main_company(exclude={company})
            if company is None:
                return None
            list_leads = [name for name in (*leads, *list_leads) if name != company] or [company]
        leads = _unique(leads + list_leads)
        investors = _unique(
            backers
            + investors
            + self._joined_round_relative(view, amount, own_end, company)
            + self._backers_right_after_sum(view, amount, company)
        )
        # "Zorglab, which raised a Series A led by Index last year, has now raised $40 million": the type told in
        # the relative clause is the earlier raise's, not the new sum's.
        round_type = _stated_round_type(view.text, _earlier_raise_relatives(view.text, amount))
        date = self._date(view, position)
        if relative := _relative_holding(view.text, amount):
            # "Zeta AI, which raised $10 million last year, said it raised $40 million in a Series B led by
            # Vantor": the earlier raise keeps only the words of its own relative clause, not the new round's.
            # Its antecedent stays: "Brightfield Capital, which led Quarrylane's $8 million seed round, …".
            round_type = _stated_round_type(view.text[relative[0] : relative[1]])
            investors = [name for name in investors if self._told_up_to(view, name, relative[1])]
            leads = [name for name in leads if self._told_up_to(view, name, relative[1])]
        if round_type == GRANT and not investors:
            investors = self._grant_givers(view, amount, company)
        if round_type == CONVERTIBLE_NOTE and _CONVERTED_INTO_ROUND_AFTER_RE.search(
            view.text, amount.span[1], amount.span[1] + 200
        ):
            return None  # "…, which converted into the Series A": that round's money, not a raise of its own.
        if (date is None or date not in view.dates) and (earlier := self._raised_a_week_before(view, amount)):
            date = earlier  # No date told of its own: not the story's day, the week before it.
        if own_end is not None or self._next_round_start(view, position - 1) is not None:
            # "a $9 million seed round led by Paradigm in 2021, followed by a $21 million Series A led by
            # Pantera in 2023": each round keeps the type, backers and date written in its own stretch.
            own_start = self._next_round_start(view, position - 1) or 0
            own_text = view.text[own_start : own_end or len(view.text)]
            # A type told after the stretch is a later round's: "a levé 105 M€, puis 385 M€ lors d'une série A".
            round_type = _stated_round_type(own_text)
            own_date = next(
                (
                    d
                    for d in view.dates
                    if amount.span[1] <= d.span[0] < (own_end or len(view.text)) and not d.relative
                ),
                None,
            )
            date = own_date or date
            leads = _unique(leads + self._leads_of_every_round(view, amount, company))
        equity = self._money_fact(
            view,
            amount,
            "round",
            company,
            date,
            investors=_unique(leads + investors),
            lead_investors=leads,
            round_type=round_type,
            status=self._status(view, amount),
        )
        if total_with_debt is not None:
            _keep_what_the_total_told(equity, total_with_debt, self._named_in_debt_parts(view, amount))
        return equity

    def _backers_right_after_sum(self, view: View, amount: AmountMention, company: str) -> list[str]:
        """The backers a French round names right after its sum: « un financement de 15 millions d'euros
        d'Accel », « 15 M€ de Bpifrance et d'Accel » (the money is theirs)."""
        after = _BACKERS_AFTER_SUM_RE.match(view.text, amount.span[1])
        if after is None:
            return []
        return [
            name for name, _ in self._list_items(view, after.end()) if name != company and self._is_org(name)
        ]

    @staticmethod
    def _told_up_to(view: View, name: str, end: int) -> bool:
        """Whether `name` is written before `end`, or nowhere after it: a mention counts by its canonical name
        ("led by Lightspeed" names Lightspeed Venture Partners), the text by the name itself."""
        after = [m for m in view.mentions if m.name == name and view.rel(m)[0] >= end]
        before = [m for m in view.mentions if m.name == name and view.rel(m)[1] <= end]
        if before or name in view.text[:end]:
            return True
        return not after and name not in view.text[end:]

    def _joined_backers(self, view: View, amount: AmountMention, owner: str) -> list[str]:
        """The backer that joins another in a company's round and the one it joins: "Nvidia joined Microsoft in
        Inflection AI's $1.3 billion funding round", "Nvidia a rejoint Microsoft dans le tour de 1,3 milliard…"."""
        joined = _JOINED_BACKER_BEFORE_RE.search(
            view.text, max(0, amount.bound_start - 100), amount.bound_start
        )
        if joined is None:
            return []
        head = joined.start()
        subjects = [
            m.name for m in self._subject_mentions(view, self._clause_start(view, head), head) if m.name
        ]
        start, end = joined.span("joined")
        objects = [
            m.name for m in view.mentions if m.name and start <= view.rel(m)[0] and view.rel(m)[1] <= end
        ]
        return [name for name in _unique(subjects[-1:] + objects) if name != owner and self._is_org(name)]

    def _joined_round_company(self, view: View, amount: AmountMention, cue_start: int | None) -> str | None:
        """The company a round that one backer joins another in is named after ("Nvidia joined Microsoft in a $1.3
        billion round in Inflection AI"): neither backer raised it."""
        if not _JOINED_BACKER_BEFORE_RE.search(
            view.text, max(0, amount.bound_start - 100), amount.bound_start
        ):
            return None
        return self._object(view, amount, cue_start) or self._referred_round_owner(view, amount)

    def _referred_round_owner(self, view: View, amount: AmountMention) -> str | None:
        """The story's company, when a round one backer joins another in is "the startup's" or "its": the
        reference names neither backer ("General Catalyst joined Index Ventures in the startup's $40m Series B")."""
        if not _REFERRED_OWNER_BEFORE_RE.search(
            view.text, max(0, amount.bound_start - 30), amount.bound_start
        ):
            return None
        named = {m.name for m in view.mentions if m.name and view.rel(m)[1] <= amount.bound_start}
        main = self.reader.main or self._main_company(exclude=named, topic=view.topic_before)
        return main if self._is_org(main) and main not in named else None

    def _leads_of_every_round(self, view: View, amount: AmountMention, company: str) -> list[str]:
        """The leads a run of rounds names for all of them once, after the last: "$5 million in seed funding in 2019
        and $30 million in Series A funding in 2021, both led by Accel" (the seed round's lead too)."""
        shared = _LEAD_OF_EVERY_ROUND_RE.search(view.text, amount.span[1])
        if shared is None:
            return []
        return [
            name for name in self._list_from(view, shared.end()) if name != company and self._is_org(name)
        ]

    @staticmethod
    def _debt_aside_of(view: View, amount: AmountMention, debt: AmountMention) -> bool:
        """'raised $80 million, including $30 million in venture debt, from Bpifrance': the debt part is an
        aside of the sum, and the backers after it are the whole sum's, not lenders of the debt."""
        return bool(
            _DEBT_PART_GAP_RE.fullmatch(view.text, amount.span[1], debt.bound_start)
            and _BACKERS_AFTER_ASIDE_RE.match(view.text, debt.span[1])
        )

    def _relative_leads(self, view: View, start: int, end: int | None, exclude: set[str]) -> list[str]:
        """Backers a relative clause right after their name says lead the round: "Serena, qui mène le tour",
        "Balderton, which is leading the round", or a participle does: "with Index Ventures leading"."""
        leads = []
        for mention in view.mentions:
            name_start, name_end = view.rel(mention)
            if not (start <= name_start and name_end <= (end or len(view.text))):
                continue
            if (
                mention.name
                and mention.name not in exclude
                and self._is_org(mention.name)
                and (
                    _LEADING_RELATIVE_RE.match(view.text, name_end)
                    or _LEADING_AFTER_NAME_RE.match(view.text, name_end)
                )
            ):
                leads.append(mention.name)
        return leads

    def _named_in_debt_parts(self, view: View, amount: AmountMention) -> set[str]:
        """The organisations the sentence names in its debt parts, from each debt sum up to the next sum: « 10 M€
        de fonds propres et 15 M€ de dette bancaire apportée par BNP Paribas » names the lender BNP Paribas."""
        starts = sorted(a.bound_start for a in view.amounts)
        named: set[str] = set()
        for debt in (a for a in view.amounts if a is not amount and _is_debt(view, a)):
            end = next((start for start in starts if start > debt.span[1]), len(view.text))
            named |= {
                m.name
                for m in view.mentions
                if m.name and debt.span[1] <= view.rel(m)[0] < end and self._is_org(m.name)
            }
        return named

    def _drop_total_with_debt(self, view: View, amount: AmountMention, company: str) -> Fact | None:
        """ "Une levée de 25 M€. Le montant se décompose en 10 M€ de fonds propres … et en 15 M€ de dette": the
        total told before counts borrowed money; the round is the equity part alone, so the total goes (and is
        returned: what it told of the round, its type and backers, is the equity round's)."""
        debts = [
            a for a in view.amounts if a is not amount and a.currency == amount.currency and _is_debt(view, a)
        ]
        total = amount.value + sum(a.value for a in debts)
        for index in range(len(self.facts) - 1, -1, -1):
            fact = self.facts[index]
            if view.index - self.fact_sentence[index] > 2:
                break
            if (
                fact.kind == "round"
                and fact.company == company
                and fact.currency == amount.currency
                and fact.amount
                and abs(fact.amount - total) <= total * 0.005
            ):
                del self.facts[index]
                del self.fact_sentence[index]
                return fact
        return None

    def _total_to_date(self, view: View, cue_start: int | None, amount: AmountMention) -> Fact | None:
        """'Zeta AI, which has raised $118 million so far', 'a déjà levé 118 millions': the raiser's running
        total, dated the article's day (the day it totals to), kept as a figure: never money raised nor a round."""
        company, _ = self._raiser(view, cue_start, amount)
        if not company or amount.currency is None or self._backer_taken_up_as_raiser(view, company, amount):
            return None
        return self._running_total(view, amount, company)

    def _running_total(self, view: View, amount: AmountMention, company: str) -> Fact:
        """`company`'s total raised to date `amount`, dated the article's day (the day it totals to)."""
        fact = self._money_fact(view, amount, "metric", company, None, metric=TOTAL_RAISED_TO_DATE)
        if self.published is not None:
            fact.date, fact.date_precision = self.published.isoformat(), "day"
        return fact

    def _total_after_round(
        self, view: View, prior: AmountMention | None, amount: AmountMention, latest: Fact
    ) -> Fact | None:
        """'Corvid raised $12 million in a Series A led by Accel, bringing the total raised to $41 million', '…a levé
        12 M€, portant à 41 millions le total levé': the total a participle after the sentence's round reaches is
        the running total of that round's company, whatever name it has and whoever led the round (a bare sum
        takes the round's currency)."""
        if prior is None or latest.kind != "round" or not latest.company or latest.amount is None:
            return None
        if amount.currency not in (None, latest.currency) or amount.value <= latest.amount:
            return None
        # The last participle before the sum is the one that reaches it.
        participle = None
        for found in _TOTAL_PARTICIPLE_RE.finditer(view.text, prior.span[1], amount.bound_start):
            participle = found
        if participle is None or not _TOTAL_RAISED_PARTICIPLE_RE.fullmatch(
            view.text, participle.start(), amount.bound_start
        ):
            return None
        if _REACHES_FIRST_RE.match(view.text, participle.start()) and not (
            _TOTAL_NAMED_AFTER_RE.match(view.text, amount.span[1])
        ):
            return None  # "portant à 41 millions sa valorisation": what it reaches is named after it.
        if amount.currency is None:
            amount = replace(amount, currency=latest.currency, currency_implied=True)
        return self._running_total(view, amount, latest.company)

    def _backer_adding_to_round(self, view: View, amount: AmountMention, company: str) -> bool:
        """Whether the subject of a verb adding `amount` to a round ("adds", « ajoute ») is a backer, not the one
        raising: a known fund, or not the company of a round the story told ("Bpifrance added €15 million to the
        round"). « Vesperal ajoute 15 millions d'euros à ce tour » keeps Vesperal, the story's raiser."""
        cue = _EXTENSION_BEFORE_SUM_RE.search(view.text, max(0, amount.bound_start - 40), amount.bound_start)
        if cue is None or cue.group().lower().startswith("extension"):
            return False
        info = self.reader.orgs.get(company)
        if info is not None and info.investor_kind not in (None, "unknown"):
            return True
        if _TO_OWN_ROUND_AFTER_RE.match(view.text, amount.span[1]):
            return False  # "Vesperal adds $15 million to its Series B": the subject's own round, whoever came before.
        raisers = {fact.company for fact in self.facts if fact.kind == "round"}
        return bool(raisers) and company not in raisers

    def _backer_taken_up_as_raiser(self, view: View, company: str, amount: AmountMention) -> bool:
        """'A Berlin startup said it raised $40 million in a round led by Index Ventures. The company has raised
        $118 million so far': a reference ("the company") that could only fall on a backer of a round the story
        told, or a known fund, is no backer's running total. A name written (whole: "Meta" is not written in "a
        Metaculus rival") in the sentence is taken as written."""
        if is_named(view.text[: amount.bound_start], company):
            return False
        info = self.reader.orgs.get(company)
        if info is not None and info.investor_kind not in (None, "unknown"):
            return True  # a venture or sovereign fund is never "the company" raising.
        return any(
            fact.kind == "round" and company in (*fact.investors, *fact.lead_investors) for fact in self.facts
        )

    @staticmethod
    def _round_within_total(view: View, amount: AmountMention) -> bool:
        """An earlier round a total is told with: "brings its total funding to $41 million, following a $9 million
        seed round in 2024", "The total includes an $18 million Series A led by X"."""
        return bool(
            _ROUND_IN_TOTAL_BEFORE_RE.search(view.text, max(0, amount.bound_start - 30), amount.bound_start)
            and _ROUND_WORD_AFTER_RE.match(view.text, amount.span[1])
        )

    def _round_backer(self, view: View, amount: AmountMention, owner: str) -> tuple[list[str], bool]:
        """The subject of a backer's verb right before a round named by its company's possessive: "LocalGlobe,
        which backed Mindquay's £1.5m seed round", "Cherry Ventures backed the startup's €2.5m seed"."""
        verb = _BACKED_ROUND_VERB_RE.search(
            view.text, max(0, amount.bound_start - 60), amount.bound_start
        ) or _JOINED_ROUND_OF_BEFORE_RE.search(view.text, max(0, amount.bound_start - 90), amount.bound_start)
        if verb is None:
            return [], False
        head = verb.start()
        relative = re.search(
            r",\s*(?:which|who|qui)\s+(?:(?:had|has|have)\s+)?(?:(?:also|already|previously)\s+)?$",
            view.text[max(0, head - 40) : head],
            _I,
        )
        if relative:
            head -= len(relative.group())
        mentions = [m for m in self._subject_mentions(view, self._clause_start(view, head), head) if m.name]
        if not mentions or re.search(r"[A-Z][\w-]*\s+$", view.text[: view.rel(mentions[-1])[0]]):
            return [], False  # "Fenway Seed Partners" read as two names: the backer is not surely named.
        names = [mention.name for mention in _joined_subjects(view, mentions)]
        backers = [name for name in names if name != owner and self._is_org(name)]
        return backers, bool(verb.groupdict().get("lead"))

    def _joined_round_relative(
        self, view: View, amount: AmountMention, end: int | None, company: str
    ) -> list[str]:
        """Backers a relative clause after the round says took part in it ("…, in which Y also took part")."""
        names: list[str] = []
        for match in _JOINED_ROUND_RELATIVE_RE.finditer(view.text, amount.span[1], end or len(view.text)):
            items = self._list_items(view, match.end())
            if not items or view.text[match.end() : items[0][1]].count(" ") > 6:
                continue
            if not match.group("verb") and not _JOINED_AFTER_RE.match(view.text, items[-1][1]):
                continue
            names += [name for name, _ in items if name != company and self._is_org(name)]
        return names

    def _round_possessor(self, view: View, amount: AmountMention) -> str | None:
        """The organisation whose possessive stands right before the amount of a round: "Aurelis' $12 million
        seed round", "the startup's €5m Series A" (None unless a round word follows the amount)."""
        if not _ROUND_AFTER_RE.match(view.text, amount.span[1]):
            return None
        for mention in view.mentions:
            end = view.rel(mention)[1]
            gap = view.text[end : amount.bound_start]
            if (
                end <= amount.bound_start
                and self._is_org(mention.name)
                and (mention.possessive or gap.startswith(("'", "’")))
                and _POSSESSIVE_GAP_RE.fullmatch(gap)
            ):
                return mention.name
        return None

    def _round_owner_after(self, view: View, amount: AmountMention) -> str | None:
        """The organisation named right after the amount of a round whose noun stands before it: "la série C de
        1,7 milliard d'euros de la start-up française" (None unless it is an organisation, not an investor)."""
        noun = _ROUND_NOUN_OF_BEFORE_RE.search(view.text, max(0, amount.bound_start - 45), amount.bound_start)
        if noun is None:
            return None
        owner = _OWNER_OF_AFTER_RE.match(view.text, amount.span[1])
        if owner is None:
            return None
        # A bare "levée de 5 M€ de Renault Group" may name the backer: only "de la start-up lyonnaise X" is X's.
        # Unless the subject joined it: « Accel a participé à la levée de 15 M€ de Mistral Forge » is Mistral Forge's.
        bare_raise = (
            noun.group().lower().startswith("levée")
            and noun.group("funds") is None
            and not _JOINED_ROUND_OF_BEFORE_RE.search(
                view.text, max(0, amount.bound_start - 90), amount.bound_start
            )
        )
        return self._company_named_at(view, owner.end(), described=bare_raise)

    def _company_named_at(self, view: View, position: int, described: bool = False) -> str | None:
        """The organisation a mention starting at `position` names, unless the text presents it as an investor;
        `described`: only one named after a descriptor ("la start-up lyonnaise X")."""
        for mention in view.mentions:
            if (
                _named_right_after(view.text, position, view.rel(mention)[0])
                and not (described and view.rel(mention)[0] == position)
                and mention.name
                and self._is_org(mention.name)
            ):
                info = self.reader.orgs.get(mention.name)
                return None if info is not None and info.kind == "investor" else mention.name
        return None

    def _round_object(self, view: View, amount: AmountMention) -> str | None:
        """The company whose round a backer's sum goes into, named after the round: "investit 1,5 milliard
        d'euros dans la série C de 1,7 milliard d'euros de Zeta", "dans la série C de Zeta"."""
        into = _INTO_ROUND_OF_RE.match(view.text, amount.span[1])
        if into is None:
            return None
        following = next((a for a in view.amounts if a.bound_start == into.end()), None)
        if following is not None:
            return self._round_owner_after(view, following)
        return self._company_named_at(view, into.end())

    def _earlier_valuation(self, view: View, amount: AmountMention) -> bool:
        """'Wayve was last valued at about $200m', 'avait été valorisée 2 milliards': the value the company had
        before the news. Not 'said it had been valued at $5 billion in the round': the news's own round."""
        start = max(0, amount.bound_start - 60)
        if _EARLIER_VALUATION_BEFORE_RE.search(view.text, start, amount.bound_start):
            return True
        return bool(
            _PLUPERFECT_VALUED_BEFORE_RE.search(view.text, start, amount.bound_start)
            and not _THIS_ROUND_AFTER_RE.match(view.text, amount.span[1])
        )

    def _earlier_aim(self, view: View, amount: AmountMention) -> bool:
        """'had earlier sought to raise as much as $1.5B', 'originally set out to raise $8M', 'espérait
        initialement lever 20 millions': a sum once aimed at, which the story's actual round superseded."""
        before = view.text[self._clause_start(view, amount.bound_start) : amount.bound_start]
        return bool(_EARLIER_AIM_RE.search(before[-160:]))

    def _funded_by_undisclosed_backers(
        self, view: View, amount: AmountMention, cue_start: int | None
    ) -> str | None:
        """The company named after "into/dans" that backers the text does not name pay the sum into
        ("Undisclosed investors injected $15 million into Helix"), if that is what the sentence says."""
        if not _paid_in_by_undisclosed_backers(view.text, amount):
            return None
        return self._object(view, amount, cue_start)

    def _round_without_backers(self, view: View, position: int, amount: AmountMention, company: str) -> Fact:
        """The company's raise of the sum, no backer named: what "Helix raised €15M from undisclosed
        investors" records, however the sentence turns it."""
        date = self._date(view, position)
        return self._money_fact(
            view, amount, "round", company, date, status=self._status(view, amount, date)
        )

    def _investment(self, view, position, amount, sentence_facts) -> Fact | None:
        clause_start = self._clause_start(view, amount.bound_start)
        if (paid_by := self._paid_by_backer(view, amount, clause_start)) is not None:
            date = self._date(view, position)
            company, backer = paid_by
            status = self._status(view, amount, date)
            shares = _PAID_FOR_SHARES_AFTER_RE.match(view.text, amount.span[1])
            share = next(
                (p for p in view.percents if shares and shares.start() <= p.span[0] < shares.end()), None
            )
            return self._money_fact(
                view,
                amount,
                "investment",
                company,
                date,
                investor=backer,
                status=status,
                percentage=share.value if share else None,
            )
        cue_start = self._cue_start(view, position, "investment")
        if cue_start is None:
            cue_start = self._stake_cue(view, position, amount)
        subject_end = cue_start if cue_start is not None else amount.bound_start
        backer = self._backer_right_after(view, amount) if cue_start is None else None
        if backer is not None and self._part_from_backer(view, amount):
            company = next(f.company for f in reversed(self.facts) if f.kind == "round")
            date = self._date(view, position)
            status = self._status(view, amount, date)
            stake = self._money_fact(
                view, amount, "investment", company, date, investor=backer, status=status
            )
            previous_end = view.amounts[position - 1].span[1] if position else 0
            if _next_raise_in(view.text[previous_end : amount.bound_start]) is not None:
                self.own_clause_stakes.append(stake)
            return stake
        investors = self._subjects(
            view,
            self._reported_start(view, self._own_stake_start(view, position, clause_start), subject_end),
            subject_end,
        )
        entered = _ENTERED_CAPITAL_ASIDE_RE.search(view.text, clause_start, amount.bound_start)
        if entered:
            # "Le fonds X, entré au capital en 2020 avec un ticket de 12 M€, cède…": X's own sum, whatever
            # governs X ("la sortie du fonds X, entré au capital en 2015 en apportant 6 M€").
            named = [m.name for m in view.mentions if m.name and view.rel(m)[1] == entered.start()]
            if named and self._is_org(named[0]):
                investors = named[:1]
        previous_end = view.amounts[position - 1].span[1] if position else 0
        with_each = _WITH_EACH_RE.search(view.text, max(clause_start, previous_end), amount.bound_start)
        if with_each:
            investors = self._coordinated_after(view, with_each.start()) or investors
        if not investors:
            investors = self._relative_antecedent(view, clause_start)
            if _SINGULAR_RELATIVE_RE.match(view.text, clause_start):
                investors = investors[-1:]  # "…auprès de A et de B, qui apporte 15 M€": B alone gives it.
        if not investors:
            # A counted subject ("The two VCs each put in") comes before any list after the amount.
            investors = self._counted_investors(view, clause_start)
        if not investors:
            investors = self._from_list(view, amount.span[1])
        raised = next((f.company for f in reversed(self.facts) if f.kind == "round"), None)
        if len(investors) > 1 and raised in investors:
            # "Swisscom Ventures et la Banque… y participent": a reference that fell on the funded company.
            investors = [name for name in investors if name != raised]
        company = (
            self._object(view, amount, cue_start)
            or self._round_object(view, amount)
            or self._company_of_stake_before(view, clause_start, amount.bound_start)
        )
        if not investors and (funded := self._funded_by_undisclosed_backers(view, amount, cue_start)):
            return self._round_without_backers(view, position, amount, funded)
        giving = _stake_giving_verbs(view, amount)
        if _stake_given_refused(view, giving):
            return None  # "Velloran refused to give Microsoft a stake worth $100 billion": no stake is held.
        if (given := self._stake_given_parties(view, amount, giving)) is not None:
            # "…, giving Microsoft a stake of about 27% worth roughly $135 billion": Microsoft holds it.
            investors, company = given
        elif (company is None or len(investors) != 1) and (worth := self._stake_worth_parties(view, amount)):
            # "Google détient 14% d'Anthropic, une participation estimée à 3 Md$": the holder is the subject.
            investors, company = worth[0], company or worth[1]
        named_shares = self._named_own_shares(view, clause_start, amount.bound_start)
        if named_shares is not None and named_shares in investors and len(investors) > 1:
            # "SoftBank offloaded its Nvidia shares for $5.83 billion": Nvidia is what is held, not a holder.
            investors = [name for name in investors if name != named_shares]
            company = company or named_shares
        elif company is None and named_shares is not None and named_shares not in investors:
            # « a cédé une partie de ses actions de Kestrel IA à X pour »: the company its shares are of.
            company = named_shares
        if company is not None and company == self._buyer_of_own_shares(
            view, clause_start, amount.bound_start
        ):
            # "Tiger Global sold its Zorgly shares to SoftBank for $300 million": SoftBank buys them, the shares
            # are Zorgly's (its purchase is read from the sale: stake_purchases.buyers_of_stakes_sold).
            if named_shares is None or named_shares == company:
                return None
            company = named_shares
        if (exited := self._exited_before_sale(view, amount)) is not None:
            investors, company = (
                [exited[0]],
                exited[1],
            )  # "SoftBank cashed out of Nvidia, selling its shares for"
        if company is None and (
            sold := _OWN_SHARES_SOLD_BEFORE_RE.search(view.text, clause_start, amount.bound_start)
        ):
            company = self._object(view, None, sold.start())  # "sold its shares in Nvidia for $5.83 billion"
        if company is not None and company == self._buyer_of_own_shares(
            view, clause_start, amount.bound_start
        ):
            return None  # "sold its Class A shares to SoftBank for": the buyer is not what the shares are of.
        if company is None and self._object_is_not_a_company(view, amount):
            return None  # "d'investir 10 milliards dans l'économie française": no company is financed.
        # The story's own company investing with no company named to receive it: its own spending plan.
        own = (
            (raised or self._main_company(exclude=set(), topic=view.topic_before))
            if company is None
            else None
        )
        if own is not None and investors == [own]:
            planned = self._own_spending_plan(view, position, amount, own)
            if planned is not None:
                return planned
        if company is None:
            company = next(
                (f.company for f in reversed(sentence_facts) if f.kind in ("investment", "round")), None
            ) or self._partner_before(view, amount, investors)
        if company is None:
            company = self._main_company(exclude=set(investors), topic=view.topic_before)
        if not investors or company is None:
            return None
        latest = next((f for f in reversed(self.facts) if f.kind == "round"), None)
        if latest and investors == [latest.company] and company in latest.investors:
            # "X et Debiopharm ont participé. Le groupe pharmaceutique a injecté 8 M€": a reference that fell
            # on the funded company; it does not fund its own backer. It is the one backer the sentence before
            # listed that its noun fits (a group is no bank nor fund), else no one.
            backer = self._described_backer(view, latest, clause_start, subject_end)
            if backer is None:
                return None
            investors, company = [backer], latest.company
        each = bool(_EACH_RE.search(view.text[clause_start : amount.span[1] + 20]))
        if each and len(investors) == 1:
            investors = self._subject_before_relative(view, clause_start) + investors
        joint = len(investors) > 1 and not each
        if joint and not _coordinated_subjects(view.text[clause_start:subject_end], investors):
            return None
        date = self._date(view, position)
        if date is not None and date is self._anchor_date(view) and self._past_stake(view, amount):
            # "Amazon has previously invested $8 billion in Anthropic": a stake of before the news, whose
            # day the sentence does not tell, is undated, not of the article's day (nor of its round).
            date = None
        status = self._status(view, amount, date)
        if status == "conditional":
            date = self._date_outside_condition(view, amount, date)
        if joint or (not each and _WITH_UNNAMED_BACKERS_RE.search(view.text, clause_start, subject_end)):
            # "Kima Ventures et des business angels avaient investi 4 millions": a sum the named backer put in
            # with others left unnamed is a round of the company, not that backer's own share. « Kima Ventures et
            # Accel ont versé 20 M€ à Lynx IA »: one sum paid in together, a round the company raised from both.
            return self._money_fact(
                view, amount, "round", company, date, investors=investors, lead_investors=[], status=status
            )
        condition = self._stake_condition(view, amount) if status == "conditional" else None
        facts = [
            self._money_fact(
                view,
                amount,
                "investment",
                company,
                date,
                investor=investor,
                status=status,
                condition=condition,
            )
            for investor in investors
            if investor != company
        ]
        for fact in facts[:-1]:
            self._append(fact, view)
        return facts[-1] if facts else None

    def _stake_given_parties(
        self, view: View, amount: AmountMention, giving: list[re.Match[str]]
    ) -> tuple[list[str], str] | None:
        """The holder and the company of a stake whose worth `amount` is, given to the holder by the deal the
        sentence tells ("Velloran completed its restructuring, giving Microsoft a stake of about 27% worth
        roughly $135 billion"): the holder is named right after one of the verbs of `giving`
        (`_stake_giving_verbs`), the company after "stake in" or else the first organisation named before the
        verb; None when the sentence tells no stake so given."""
        before = view.text[: amount.bound_start]
        for verb in giving:
            holder = next(
                (
                    m
                    for m in view.mentions
                    if m.name and view.rel(m)[0] == verb.end() and self._is_org(m.name)
                ),
                None,
            )
            if holder is None or not _STAKE_GIVEN_AFTER_RE.match(before, view.rel(holder)[1]):
                continue
            named = [
                m
                for m in view.mentions
                if m.name
                and m.name != holder.name
                and self._is_org(m.name)
                and view.rel(m)[1] <= amount.bound_start
            ]
            # "giving Microsoft a 27% stake in Velloran worth": the company is named after the holder.
            after = [m.name for m in named if view.rel(m)[0] > view.rel(holder)[1]]
            first = named[0].name if named else self._topic_unless(view, holder.name)
            company = after[-1] if after else first
            return ([holder.name], company) if company else None
        return None

    def _topic_unless(self, view: View, name: str) -> str | None:
        """The story's subject before this sentence, unless it is `name` or no organisation."""
        topic = view.topic_before
        return topic if topic and topic != name and self._is_org(topic) else None

    def _stake_worth_parties(self, view: View, amount: AmountMention) -> tuple[list[str], str] | None:
        """The holder and the company of a stake whose worth `amount` is ("Le Vision Fund de SoftBank avait
        constitué une participation de 4,9% dans Nvidia, valorisée environ 4 milliards"): the company is the
        organisation named last before the worth, the holder the first named before it; None when `amount` is
        no stake's worth or the sentence names no two organisations before it."""
        if not _STAKE_WORTH_BEFORE_RE.search(view.text[: amount.bound_start]):
            return None
        named = [
            m.name
            for m in view.mentions
            if m.name and view.rel(m)[1] <= amount.bound_start and self._is_org(m.name)
        ]
        holders = [name for name in named if named and name != named[-1]]
        if not holders and named and _OWN_STAKE_OPENS_RE.match(view.text):
            # "Nvidia reported … . Its 7% holding in CoreWeave was worth $4.2 billion": the story's subject holds it.
            topic = view.topic_before
            holders = [topic] if topic and topic != named[-1] and self._is_org(topic) else []
        return ([holders[0]], named[-1]) if holders else None

    def _exited_before_sale(self, view: View, amount: AmountMention) -> tuple[str, str] | None:
        """The holder and the company of an exit told before a sale of the holder's own shares at `amount`
        ("SoftBank cashed out of Nvidia, selling its shares for", "s'est désengagé de Nvidia en cédant ses
        titres pour"); None when the sentence tells no such exit."""
        if not _OWN_SHARES_SOLD_BEFORE_RE.search(view.text, 0, amount.bound_start):
            return None
        exited = _EXITED_RE.search(view.text, 0, amount.bound_start)
        if exited is None:
            return None
        holders = [
            m.name
            for m in view.mentions
            if m.name and view.rel(m)[1] <= exited.start() and self._is_org(m.name)
        ]
        company = self._company_named_at(view, exited.end())
        if not holders or company is None or company == holders[-1]:
            return None
        return holders[-1], company

    @staticmethod
    def _buyer_of_own_shares(view: View, start: int, end: int) -> str | None:
        """The buyer a holder's own shares are sold to, named right after them between `start` and `end` ("its
        Zorgly shares to SoftBank", "its stake in Zorgly to the fund X"); None when none is."""
        told = _OWN_SHARES_TO_RE.search(view.text, start, end)
        if told is None:
            return None
        return next((m.name for m in view.mentions if m.name and view.rel(m)[0] == told.end()), None)

    def _named_own_shares(self, view: View, start: int, end: int) -> str | None:
        """The company a holder's shares are of, named between "its" and "shares"/"stake" ("its Nvidia
        shares") from `start` to `end`; None when no such words are told."""
        told = _NAMED_OWN_SHARES_RE.search(view.text, start, end) or _OWN_SHARES_NAMED_RE.search(
            view.text, start, end
        )
        if told is None:
            return None
        at = told.start("name")
        return next((m.name for m in view.mentions if m.name and view.rel(m)[0] == at), None)

    def _partner_before(self, view: View, amount: AmountMention, investors: list[str]) -> str | None:
        """'a partnership with OpenAI that began in 2019 with a $1 billion investment': the 'with' party of the
        partnership told before a stake's sum is the company the stake is in."""
        cue = _PARTNERSHIP_RE.search(view.text, 0, amount.bound_start)
        if cue is None:
            return None
        return next(
            (
                m.name
                for m in view.mentions
                if cue.end() <= view.rel(m)[0] < amount.bound_start
                and self._is_org(m.name)
                and m.name not in investors
                and self._after_with(view, m.name)
            ),
            None,
        )

    def _date_outside_condition(
        self, view: View, amount: AmountMention, date: DateMention | None
    ) -> DateMention | None:
        """A conditional stake's date, not its condition's deadline: "pourrait investir jusqu'à 200 M€ dans
        Kyutai si celui-ci atteint ses objectifs d'ici 2027" is a commitment of the story's day, 2027 stays
        in its condition."""
        condition = _CONDITION_RE.search(view.text, amount.span[1])
        if date is None or condition is None or not condition.start() <= date.span[0] < condition.end():
            return date
        return self._anchor_date(view)

    def _stake_condition(self, view: View, amount: AmountMention) -> str | None:
        """The condition a conditional stake's clause states after its sum ("SoftBank could invest up to a
        further €1 billion if Kyra meets revenue targets": "if Kyra meets revenue targets")."""
        condition = _CONDITION_RE.search(view.text, amount.span[1])
        return condition.group("cond").strip() if condition else None

    def _past_stake(self, view: View, amount: AmountMention) -> bool:
        """Whether the stake `amount` is told as put in before the news ("has previously invested", "Earlier,
        X invested", "avait déjà investi"), not in a speech verb's report ("said it had invested")."""
        sentence_start = max(0, view.text.rfind(".", 0, amount.bound_start) + 1)
        before = view.text[max(sentence_start, amount.bound_start - 160) : amount.bound_start]
        past = _PAST_STAKE_BEFORE_RE.search(before)
        return past is not None and not _SPEECH_THAT_RE.search(before, 0, past.start())

    def _own_stake_start(self, view: View, position: int, clause_start: int) -> int:
        """Where the backer of stake `position` may be named: "Cherry Ventures invested $8 million and Point
        Nine (invested) $5 million", "A a investi 8 M€ et B 5 M€": after a stake told in the same clause and a
        coordination, the next backer is named for its own sum; the one before is not its co-investor."""
        if not position:
            return clause_start
        previous = view.amounts[position - 1]
        if previous.span[1] < clause_start or not _NEXT_BACKER_AFTER_SUM_RE.match(
            view.text, previous.span[1]
        ):
            return clause_start
        earlier = next(
            (
                f
                for f, i in zip(reversed(self.facts), reversed(self.fact_sentence), strict=True)
                if i == view.index
            ),
            None,
        )
        if earlier is None or earlier.kind != "investment" or earlier.amount != previous.value:
            return clause_start
        return previous.span[1]

    def _subject_before_relative(self, view: View, clause_start: int) -> list[str]:
        """The first of two coordinated subjects when a relative clause closes right before the ", and" that
        opens the clause: "Greylock, which led its Series A in 2024, and Y are each contributing $5 million"."""
        joined = re.search(r",\s*(?:and|et)\s*$", view.text[max(0, clause_start - 8) : clause_start])
        if joined is None:
            return []
        comma = clause_start - len(joined.group())
        relative = next(
            (span for span in _closed_relatives(view.text, clause_start) if span[1] == comma), None
        )
        if relative is None:
            return []
        start = self._clause_start(view, relative[0])
        names = [m for m in self._subject_mentions(view, start, relative[0]) if m.name]
        if len(names) != 1 or view.text[view.rel(names[0])[1] : relative[0]].strip():
            return []  # Only "Name, which …": the name the relative clause hangs on.
        return [names[0].name] if self._is_org(names[0].name) else []

    def _described_backer(self, view: View, latest: Fact, start: int, end: int) -> str | None:
        """The backer of the `latest` round a description subject designates when the reader took it for the
        funded company: "La BCV et Debiopharm ont participé. Le groupe pharmaceutique a injecté 8 M€". Only a
        backer the sentence before named, whose kind the description's noun fits; None unless
        exactly one does."""
        described = next(
            (
                m
                for m in self._subject_mentions(view, start, end)
                if m.name == latest.company and m.how in ("reference", "descriptor")
            ),
            None,
        )
        if described is None:
            return None
        head = (_DESCRIBED_BACKER_HEAD_RE.match(view.text, view.rel(described)[0]) or [None])[0]
        if head is None:
            return None
        named = [
            m.name
            for m in self.reader.mentions
            if m.sentence == view.index - 1 and m.name in latest.investors and m.name != latest.company
        ]
        bank_head = bool(re.search(r"banque|bank", head, _I))
        fund_head = bool(re.search(r"fonds|fund|investisseur|investor", head, _I))
        fitting = []
        for name in _unique(named):
            words = {w.lower() for w in name.split()}
            bank = bool(words & {"banque", "bank", "bankers"})
            fund = self.reader.orgs[name].kind == "investor" or bool(words & _FUND_NAME_WORDS)
            if (
                (bank_head and bank)
                or (fund_head and fund and not bank)
                or not (bank_head or fund_head or bank or fund)
            ):
                fitting.append(name)
        return fitting[0] if len(fitting) == 1 else None

    def _reported_start(self, view: View, clause_start: int, end: int) -> int:
        """Where the investors' clause starts: after "X said Wednesday that", whose X only reports it."""
        start = clause_start
        for match in _SPEECH_THAT_RE.finditer(view.text, clause_start, end):
            if not _PRONOUN_OPENS_RE.match(view.text, match.end()):
                start = match.end()  # "X said that it had invested…": the pronoun is X, still the subject.
        for match in _SAID_NAMES_RE.finditer(view.text, clause_start, end):
            start = max(
                start, match.end()
            )  # "X said carmaker Toyota and Sony had each invested…": no "that".
        return start

    def _counted_investors(self, view: View, clause_start: int) -> list[str]:
        """'The two VCs each put in €5m' after a round co-led by Plural and Creandum: a counted plural subject
        is the latest round's investors when they are that many (its leads, else all of them)."""
        counted = _COUNTED_INVESTORS_RE.match(view.text, clause_start)
        if counted is None:
            return []
        number = _SMALL_NUMBERS[counted.group("n").lower()]
        latest = next((f for f in reversed(self.facts) if f.kind == "round"), None)
        if latest is None:
            return []
        for names in (latest.lead_investors, latest.investors):
            if len(names) == number:
                return list(names)
        return []

    def _own_spending_plan(self, view, position, amount, company: str) -> Fact | None:
        """'Aurelia prévoit d'investir 1,2 milliard d'ici 2028 sur le site': the funded company investing with
        no company named to receive it plans to spend on itself; a projection, not an investment in another."""
        date = self._date(view, position)
        if not self._is_projection(view, amount, date):
            return None
        return self._money_fact(
            view, amount, "projection", company, date, metric="spending", is_projection=True
        )

    def _valuation(self, view, position, amount, sentence_facts) -> Fact | None:
        if _UNDISCLOSED_BEFORE_RE.search(view.text, 0, amount.bound_start) and re.search(
            r"\bestim\w*\s+(?:à|at)\s*$", view.text[max(0, amount.bound_start - 30) : amount.bound_start], _I
        ):
            return None  # "ne communique pas sa valorisation, estimée à…": an outsider's guess, not a fact.
        if _PER_YEAR_AFTER_RE.match(view.text, amount.span[1]):
            return (
                None  # "European road freight is worth around €400 billion a year": a yearly flow, no value.
            )
        cue_start = self._cue_start(view, position, "valuation")
        company = next((f.company for f in sentence_facts if f.kind == "round"), None) or next(
            # "Swiss Re is buying a 15% stake in Harborly…, in a deal that values the company at…": the
            # company a stake is bought in, never the buyer.
            (f.company for f in sentence_facts if f.kind == "investment" and f.investor),
            None,
        )
        raiser = next((f.company for f in sentence_facts if f.kind == "round"), None)
        named = self._named_after(view, cue_start, amount, raiser) or self._valued_apposition(view, cue_start)
        # "Nvidia, which led the round, is itself valued at $4 trillion": the backer's own worth, not its company's.
        worth_of = self._valued_itself(view, amount)
        company = (
            (None if company else self._deal_valued_company(view, cue_start))
            or named
            or company
            or worth_of
            or self._sold_stake_company(view, cue_start if cue_start is not None else amount.bound_start)
            or self._backed_company(view, cue_start if cue_start is not None else amount.bound_start)
            or self._owner(view, cue_start if cue_start is not None else amount.bound_start)
        )
        if company is None:
            return None
        latest = next((f for f in reversed([*self.facts, *sentence_facts]) if f.kind == "round"), None)
        joined = _PARTICIPATION_RE.search(view.text, 0, amount.bound_start) or _led_the_round_valued(
            view.text, amount.bound_start
        )
        backers = set(latest.investors) if latest else set()
        if joined:
            backers |= set(self._subjects(view, 0, joined.start()))
        if (
            latest
            and company != latest.company
            and company in backers
            and named is None
            and company != worth_of
        ):
            # "X and Y also joined the round, which was struck at a €140m pre-money valuation": the backers of
            # the round just told are not what it values; its company is.
            company = latest.company
        basis = self._valuation_basis(view, position)
        date = self._date(view, position)
        if _PREVIOUS_ROUND_AFTER_RE.match(view.text, amount.span[1]):
            # "contre 400 M€ lors de sa précédente levée, menée à l'automne 2021": the earlier round's worth,
            # dated by that round when the sentence dates it, never by the story's day.
            date = next(
                (
                    d
                    for d in view.dates
                    if d.span[0] >= amount.span[1] and not d.relative and d.role != "until"
                ),
                None,
            )
        elif date is self._anchor_date(view) and _COMPARED_WITH_BEFORE_RE.search(
            view.text, max(0, amount.bound_start - 20), amount.bound_start
        ):
            # "values the firm at $2.1 billion, up from $700 million when it raised a Series C in 2024": the
            # value compared with is an earlier one, dated by the year the sentence gives it, else undated;
            # never the story's day, where it would price the new round.
            date = self._earlier_date_after(view, amount)
        elif date is self._anchor_date(view) and self._earlier_valuation(view, amount):
            # "Wayve was last valued at about $200m": a value of before the news, dated by the year the sentence
            # gives it, else undated; never the story's day, where it would stand for the company's value now.
            date = self._earlier_date_after(view, amount)
        elif date is self._anchor_date(view) and self._priced_round_gap(
            view, position, company, sentence_facts
        ):
            # "In January 2024 it raised a $65 million Series B led by Kleiner Perkins at a $500 million
            # valuation": the value that round was priced at, dated as the round is, not by the story's day.
            date = self._date(view, position - 1)
        elif date is not None and date not in view.dates:
            # "since 2024, when it raised $130 million at a valuation of $900 million": the value the round just
            # told set has that round's date.
            tied = [
                f
                for f in sentence_facts
                if f.kind == "round" and f.company == company and f.date and f.date != date.value
            ]
            if tied and _AT_VALUATION_BEFORE_RE.search(
                view.text, max(0, amount.bound_start - 40), amount.bound_start
            ):
                date = DateMention(tied[-1].date, tied[-1].date_precision or "year", "point", (0, 0))
        fact = self._money_fact(view, amount, "valuation", company, date, basis=basis)
        if status := self._value_of_unmade_raise(view, amount, company, sentence_facts):
            fact.status = status
        return fact

    @staticmethod
    def _value_of_unmade_raise(
        view: View, amount: AmountMention, company: str, sentence_facts: list[Fact]
    ) -> str | None:
        """IN_TALKS or PLANNED when the valuation at `amount` is that of a raise its sentence tells before it as
        still in talks ("is in early talks to raise new funding at a valuation of up to $4 billion") or only
        planned ("is also seeking to raise new funding at a valuation of up to $4 billion"); None when a raise
        told as made in the sentence has it ("which raised $100M at a $1B valuation, is in talks to raise more")."""
        if any(f.kind == "round" and f.company == company and f.status not in NOT_RAISED_YET for f in sentence_facts):
            return None
        if _TALKED_RAISE_RE.search(view.text, 0, amount.bound_start):
            return IN_TALKS
        if _PLANNED_RAISE_AHEAD_RE.search(view.text, 0, amount.bound_start):
            return PLANNED
        return None

    def _priced_round_gap(self, view: View, position: int, company: str, sentence_facts: list[Fact]) -> bool:
        """Whether amount `position` is the valuation a round of `company` this sentence tells was priced at,
        named right after that round's amount and description ("a $65 million Series B led by Kleiner Perkins
        at a $500 million valuation")."""
        if not position or not any(f.kind == "round" and f.company == company for f in sentence_facts):
            return False
        gap = view.text[view.amounts[position - 1].span[1] : view.amounts[position].bound_start]
        return (
            len(gap) <= _ROUND_GAP_LIMIT
            and not _ROUND_GAP_BREAK_RE.search(gap)
            and bool(_PRICED_AT_END_RE.search(gap))
        )

    def _earlier_date_after(self, view: View, amount: AmountMention) -> DateMention | None:
        """The first written date after `amount` in its sentence that is before the story's day, if any."""
        return next(
            (
                d
                for d in view.dates
                if d.span[0] >= amount.span[1]
                and not d.relative
                and d.role == "point"
                and (self.anchor is None or d.value[: len(self.anchor.value)] < self.anchor.value)
            ),
            None,
        )

    def _valuation_basis(self, view: View, position: int) -> str | None:
        """Post- or pre-money, by the words of the amount's clause. When the clause tells both ("$6.2 billion
        post-money, up from a pre-money valuation of $5.5 billion"), each figure keeps its own: the word right
        after it (before the next figure), else the nearest one before it."""
        amount = view.amounts[position]
        answered = self._answered_basis(view, amount)
        if answered is not None:
            return answered
        clause_start = self._clause_start(view, amount.bound_start)
        if _COMPARED_WITH_BEFORE_RE.search(view.text, max(0, amount.bound_start - 20), amount.bound_start):
            # "valorise la société 260 M€ avant l'argent frais, contre 400 M€ lors de sa précédente levée": the
            # basis written before the comparison is the first figure's, not that of the one compared with it.
            clause_start = amount.bound_start
        window = view.text[clause_start : amount.span[1] + 60]
        post, pre = _POST_RE.search(window), _PRE_RE.search(window)
        if not (post and pre):
            return "post_money" if post else "pre_money" if pre else None
        following = (
            view.amounts[position + 1].bound_start if position + 1 < len(view.amounts) else len(view.text)
        )
        after = view.text[amount.span[1] : min(following, amount.span[1] + 60)]
        words = [(m.start(), "post_money") for m in _POST_RE.finditer(after)]
        words += [(m.start(), "pre_money") for m in _PRE_RE.finditer(after)]
        if words:
            return min(words)[1]
        before = view.text[clause_start : amount.bound_start]
        words = [(m.end(), "post_money") for m in _POST_RE.finditer(before)]
        words += [(m.end(), "pre_money") for m in _PRE_RE.finditer(before)]
        return max(words)[1] if words else "post_money"

    @staticmethod
    def _answered_basis(view: View, amount: AmountMention) -> str | None:
        """The basis of a figure closed by a bare "après"/"after" (post-money) or "avant"/"before" (pre-money)
        that answers a figure of the other basis told before it in the sentence; None otherwise."""
        before = view.text[: amount.bound_start]
        if _BARE_AFTER_RE.match(view.text, amount.span[1]) and _PRE_RE.search(before):
            return "post_money"
        if _BARE_BEFORE_RE.match(view.text, amount.span[1]) and _POST_RE.search(before):
            return "pre_money"
        return None

    def _valued_apposition(self, view: View, cue_start: int | None) -> str | None:
        """'un écosystème dominé par Mistral AI, valorisée 11,7 milliards', 'rivals such as Harvey, valued at
        $3 billion': the participle describes the organisation right before its comma."""
        if cue_start is None or not _VALUED_PARTICIPLE_RE.match(view.text, cue_start):
            return None
        for mention in reversed(view.mentions):
            end = view.rel(mention)[1]
            if end > cue_start:
                continue
            if (
                mention.name
                and self._is_org(mention.name)
                and _APPOSITION_COMMA_RE.fullmatch(view.text[end:cue_start])
            ):
                return mention.name
            return None
        return None

    def _deal_valued_company(self, view: View, cue_start: int | None) -> str | None:
        """'L'opération valorise l'entreprise à 200 M€', 'The transaction values the company at…', 'Le montant de la
        transaction n'a pas été dévoilé, mais elle valorise la maison…': what a deal told before values, when
        the sentence names nobody, is the company that deal is about (bought or invested in), not its buyer."""
        if cue_start is None or not _DEAL_VALUES_RE.search(view.text, 0, cue_start + 20):
            return None
        if any(m.how in ("name", "new", "alias") and self._is_org(m.name) for m in view.mentions):
            return None
        deal = next(
            (
                fact
                for fact, index in zip(reversed(self.facts), reversed(self.fact_sentence), strict=True)
                if fact.kind in ("acquisition", "investment")
                and fact.investor
                and 0 < view.index - index <= 2
                and not self._is_past(fact)
            ),
            None,
        )
        return deal.company if deal is not None else None

    def _sold_stake_company(self, view: View, cue_start: int) -> str | None:
        """'Sequoia Capital sold part of its stake in Tessera AI … in a secondary transaction that valued the
        startup at $2 billion': a valuation after a holder's sale of its own stake is that of the company the stake
        is in (named right after "in"), never the seller's."""
        sales = list(_OWN_STAKE_SOLD_IN_RE.finditer(view.text, 0, cue_start))
        if not sales:
            return None
        for mention in view.mentions:
            begin, _ = view.rel(mention)
            if (
                mention.name
                and _named_right_after(view.text, sales[-1].end(), begin)
                and self._is_org(mention.name)
            ):
                return mention.name
        return None

    def _backed_company(self, view: View, cue_start: int) -> str | None:
        """'Tencent also participated in the round, which was raised at a $210 million valuation', 'SoftBank
        invested $50 million in the startup at a valuation of…': a valuation in a sentence whose subject backs
        a deal is that of the company backed (named after the verb, else the story's), never the backer's."""
        clause_start = self._clause_start(view, cue_start)
        subjects = [s for s in self._subjects(view, 0, cue_start) if self._is_org(s)]
        verb = _BACKER_VERB_RE.search(view.text, 0, cue_start) or _INVESTED_RE.search(view.text, 0, cue_start)
        if not subjects or verb is None or view.text.find(subjects[-1]) > verb.start():
            return None
        if clause_start > verb.start() and self._subjects(view, clause_start, cue_start):
            return None  # "…, while Acme is valued at…": a later clause with its own subject.
        return self._object(view, None, verb.end()) or self._main_company(exclude=set(subjects))

    def _revenue(self, view, position, amount, sentence_facts) -> Fact | None:
        if _SIZE_OF_OTHERS_RE.search(view.text[max(0, amount.bound_start - 60) : amount.bound_start]):
            return None  # "customers, mostly firms with $20 million to $500 million in revenue": theirs.
        if _THRESHOLD_BEFORE_RE.search(view.text[max(0, amount.bound_start - 120) : amount.bound_start]):
            # "…released once its annualized revenue passes $400 million": a milestone, no result; unless the
            # company says when it expects to reach it, its target then ("a milestone it expects to reach in
            # early 2027").
            return self._expected_milestone(view, amount)
        if _COMBINED_AFTER_RE.match(view.text[amount.span[1] : amount.span[1] + 40]):
            return None  # "had $2 billion in sales combined": several companies' sum.
        if self._sourced_statistic(view, amount):
            return (
                None  # "Global chip sales rose 26% to $556 billion, according to the SIA": a sector's sales.
            )
        cue_start = self._cue_start(view, position, "revenue")
        company = self._owner(view, cue_start if cue_start is not None else amount.bound_start)
        company = self._joining_target(view, company)
        left = view.text[max(0, amount.bound_start - 60) : amount.bound_start]
        taken = None
        if cue_start is None and _FIGURE_TAKEN_UP_RE.search(left) and (taken := self._figure_taken_up(view)):
            company = taken.company  # "He expects that figure to exceed $100 million": the figure's company.
        company = self._same_sentence_revenue_owner(view, amount, company)
        if company is None:
            return None
        date = self._date(view, position)
        metric = _revenue_metric(view.text, self._clause_start(view, amount.bound_start), amount)
        if taken is not None and taken.metric:
            metric = taken.metric  # "ARR of $48 million… He expects that figure to exceed $100 million".
        if self._is_projection(view, amount, date):
            return self._money_fact(
                view, amount, "projection", company, date, metric=metric, is_projection=True
            )
        return self._money_fact(view, amount, "revenue", company, date, metric=metric)

    def _expected_milestone(self, view: View, amount: AmountMention) -> Fact | None:
        """'…once Kiln reaches $20 million in annual recurring revenue, a target it expects to hit next year':
        the revenue a tranche waits for, when the company dates its reaching it, is its projection."""
        expected = _EXPECTED_MILESTONE_AFTER_RE.match(view.text, amount.span[1])
        if expected is None:
            return None
        end = self._clause_end(view, expected.end()) + 1
        date = next(
            (d for d in view.dates if expected.end() <= d.span[0] < end and d.role != "founded"), None
        )
        if not self._dated_target(view, date):
            return None
        company = self._owner(view, amount.bound_start)
        if company is None or not self._is_org(company):
            return None
        # The pace words between the amount and "expects" ("$20 million in annual recurring revenue, a target").
        metric = _revenue_metric(view.text[: expected.start("expects")], amount.span[1], amount)
        return self._money_fact(view, amount, "projection", company, date, metric=metric, is_projection=True)

    def _volume(self, view, position, amount, sentence_facts) -> Fact | None:
        """The money a company processes or lends for others ("processed $1.8 billion in payments")."""
        if _SECTOR_SUBJECT_RE.search(
            view.text, self._clause_start(view, amount.bound_start), amount.bound_start
        ):
            return (
                None  # "Lloyd's syndicates wrote more than £55 billion of gross premiums": a market's total.
            )
        company = self._owner(view, amount.bound_start)
        if company is None:
            return None
        date = self._date(view, position)
        projection = self._is_projection(view, amount, date)
        kind = "projection" if projection else "metric"
        after = view.text[amount.span[1] : amount.span[1] + 40]
        metric = "premiums" if re.search(r"\b(?:premiums|primes)\b", after, _I) else "payment_volume"
        before = view.text[max(0, amount.bound_start - 80) : amount.bound_start]
        if _is_managed_assets(before, after):
            main = self.reader.main
            relative = _NAMED_RELATIVE_BEFORE_RE.search(before)
            if (
                main is None
                or not _same_company(company, main)
                or (relative and not _same_company(relative.group("name"), main))
                or _CLIENTS_MANAGE_BEFORE_RE.search(before)
            ):
                # "Temasek, which manages $389 billion in assets", "ces clients gèrent 1 000 milliards": a
                # backer's or the clients' wealth, told to size them, not the story's company's business.
                return None
            metric = "assets_under_management"
        if _ORDER_BOOK_BEFORE_RE.search(view.text, max(0, amount.bound_start - 80), amount.bound_start):
            metric = "order_backlog"  # "un carnet de commandes de 180 millions d'euros"
        if re.search(
            r"\b(?:value\s+of|valeur\s+(?:totale\s+)?des)\b", view.text[: amount.bound_start][-80:], _I
        ):
            metric = "gmv"
        return self._money_fact(view, amount, kind, company, date, metric=metric, is_projection=projection)

    def _burn(self, view, position, amount, sentence_facts) -> Fact | None:
        if _MARKET_SPENDING_RE.search(
            view.text, self._clause_start(view, amount.bound_start), amount.bound_start
        ):
            return None  # "IDC expects global spending on such software to reach $52 billion": a market's.
        if _GROUP_SUBJECT_RE.match(
            view.text, self._clause_start(view, amount.bound_start), amount.bound_start
        ):
            return None  # "The four largest cloud providers are expected to spend $500bn": a group's sum.
        if _COMBINED_AFTER_RE.match(view.text[amount.span[1] : amount.span[1] + 40]):
            return None  # "expected to spend more than $400 billion combined": several companies' sum.
        if _COLLECTIVE_SPENDER_RE.search(
            view.text, self._clause_start(view, amount.bound_start), amount.bound_start
        ):
            return (
                None  # "Nato estimates its European members will spend $380bn on defence": states' budgets.
            )
        cue_start = self._cue_start(view, position, "burn")
        company = self._owner(view, cue_start if cue_start is not None else amount.bound_start)
        if company is None:
            return None
        date = self._date(view, position)
        left = view.text[max(0, amount.bound_start - 80) : amount.span[1] + 30]
        metric = "losses" if re.search(r"pertes?|loss", left, _I) else "cash_burn"
        if re.search(
            r"capex|infrastructure|dépenses d['’]investissement|capital expenditure|data cent(?:er|re)|centres? de données",
            left,
            _I,
        ):
            metric = "spending"
        projection = self._is_projection(view, amount, date)
        kind = "projection" if projection else "metric"
        return self._money_fact(view, amount, kind, company, date, metric=metric, is_projection=projection)

    def _metric(self, view, position, amount, sentence_facts) -> Fact | None:
        """A count about a company: users, customers, headcount ('emploie 85 personnes'); a planned
        headcount ('porter ses effectifs à 150 d'ici 2027') is a projection. Chip counts and hiring
        targets ('recruter 150 personnes') are not facts."""
        if amount.unit is None:
            # "4.2 million monthly active users, up from 1.1 million a year ago": no counted noun follows the
            # figure, so it measures what the figure it is compared with measures, or nothing the text says.
            return self._compared_metric(view, position, amount, sentence_facts)
        before = view.text[self._clause_start(view, amount.bound_start) : amount.bound_start]
        # "une production de 50 millions de puces par an d'ici 2029": an output target is the company's own.
        produced = re.search(
            r"\b(?:production|produire|produce|capacit[yé])\s+(?:de|of|d['’])?\s*$", before[-40:], _I
        )
        # "operates 3,500 GPUs and plans to run 12,000": the verb of the count taken up is this one's too.
        verb = (
            before
            if amount.continues is None
            else view.text[max(0, amount.continues - 50) : amount.continues]
        )
        if amount.unit in _NOT_METRIC_UNITS and not _OPERATES_BEFORE_RE.search(verb[-50:]) and not produced:
            return None  # Chips bought or ordered are a purchase; chips a company runs are its fleet.
        # "prévoit d'en recruter 90 de plus d'ici à fin 2021", "plans to hire 200 more by the end of the year":
        # a hiring target the text dates is a projection; an undated one ("recruter 25 personnes") is no fact.
        hiring = bool(_HIRING_RE.search(before[-40:]))
        if _CONDITION_COUNT_BEFORE_RE.search(before[-60:]):
            return None  # "€12m released only if the company has 500 robots deployed by June": a milestone.
        if _RANKING_AFTER_RE.match(view.text, amount.span[1]):
            return None  # "aux 500 plus grandes entreprises", "the 100 largest banks": a ranking, no count.
        if _PER_ITEM_BEFORE_RE.search(before):
            return None  # "Each of its units would produce about 50 megawatts": one item's size.
        if _TRADED_BEFORE_RE.search(before[-40:]) and _COUNTERPARTY_AFTER_RE.match(
            view.text[amount.span[1] : amount.span[1] + 120]
        ):
            return None  # "a deal to sell 3.7 million tons of credits to Microsoft": a deal's volume.
        if _SIZE_OF_OTHERS_RE.search(before[-60:]):
            return None  # "companies with between 200 and 2,000 employees": the size of its customers.
        if _GENERIC_SIZE_RE.search(view.text, max(0, amount.bound_start - 80), amount.bound_start):
            return None  # '"A bank with 40 employees can't hire a team," he said': any bank, not this one.
        if amount.currency is None and _DEAL_SCOPE_BEFORE_RE.search(
            view.text, max(0, amount.bound_start - 200), amount.bound_start
        ):
            return None  # "un contrat portant sur 150 robots", "an agreement to deploy 250 robots": a deal's scope.
        if _AFFLICTS_BEFORE_RE.search(
            view.text, max(0, amount.bound_start - 40), amount.bound_start
        ) or _AFFLICTED_AFTER_RE.match(view.text, amount.span[1]):
            return (
                None  # "touche 1,5 million de personnes", "15 000 personnes vivent avec…": a disease's toll.
            )
        if self._place_subject(view, self._clause_start(view, amount.bound_start), amount.bound_start):
            return None  # "La Suisse comptait 512 entreprises fintech", "Brazil has 215 million people".
        unit = amount.unit
        if unit == "people" and _HEADCOUNT_RE.search(before):
            unit = "employees"
        if amount.open_unit and self._in_speech(view, amount):
            return None  # '…often runs five or six different tools," she says': an example someone gives.
        if self._institution_statistic(view, amount):
            return None  # "33 million small farms exist, according to the SBA": a sector's count.
        clause_start = self._clause_start(view, amount.bound_start)
        if re.search(r"\bon (?:compte|dénombre|recense)\b", before, _I):
            return None  # "on compte aujourd'hui 26 000 chauffeurs VTC": a count of a trade, no one's.
        if self._institution_tally(view, amount, before, clause_start):
            return (
                None  # "le Centre monétique a recensé 28,8 millions d'opérations": others' count it tallied.
            )
        if _TERRITORY_SUBJECT_RE.match(view.text, clause_start, amount.bound_start):
            return None  # "La région Occitanie compte 86 000 emplois": a territory's or a sector's count.
        if amount.open_unit and self._common_noun_subject(view, amount):
            return None  # "Le gouvernement a identifié 35 sites": a count of a thing no company owns.
        company, product = self._metric_owner(view, amount)
        company = self._joining_target(view, company)
        joined = self._joined_total(view, amount)
        if joined is not None:
            # "Tensorlane's team of nine will join Kryonis, bringing total headcount to 58": the total is
            # that of the company joined; today's count once the deal is done.
            company = joined
        if self._title_subject(view, amount):
            # '« Les Loups de Belleville » s'est vendu à 1,2 million d'exemplaires', '"Petal Patch" has 4.5 million
            # daily players': a game or book's count is its maker's, the company bought, not its buyer.
            company = self.reader.target or company
        if company is None:
            return None
        after = view.text[amount.span[1] : amount.span[1] + 60]
        prefix = next((name for pattern, name in _METRIC_FREQ if pattern.search(after)), "")
        end = _phrase_end(view.text, amount.span[1])
        description = view.text[amount.bound_start : end].strip()
        date = self._date(view, position)
        # "compte une trentaine de chercheurs et prévoit d'en employer une centaine d'ici 2026": the date
        # belongs to the later count, the first one is today's.
        current = _is_current_count(view.text, amount)
        if current and date is not None and date.span[0] > amount.span[1]:
            date = self._anchor_date(view)  # The date of the plan the sentence goes on to is not the count's.
        elif current and date is not None and _FOUNDING_BEFORE_DATE_RE.search(view.text, 0, date.span[0]):
            # "Lien Hoa, founded in Ho Chi Minh City in 2014, delivers about 180,000 parcels": the year of the
            # company's start, no date of today's count.
            date = self._anchor_date(view)
        if hiring:
            # The horizon of a hiring plan is written after it ("recruter 35 personnes d'ici à la fin de 2021").
            clause_end = self._clause_end(view, amount.span[1]) + 1
            date = next(
                (d for d in view.dates if amount.span[1] <= d.span[0] < clause_end and d.role != "founded"),
                date,
            )
            if not self._dated_target(view, date) or date.span[0] < amount.span[1]:
                return None  # "vise 60 M€ d'ici 2028 et prévoit de recruter 150 personnes": not its date.
            if _TOTAL_AFTER_RE.match(view.text, amount.span[1]):
                return None  # "recruter 220 personnes d'ici 2027, pour atteindre 400 salariés": the total counts.
            current = False
        projection = (
            not current
            and not (joined is not None and (date is None or date.relative or date not in view.dates))
            and (hiring or self._is_projection(view, amount, date))
            and (
                not _later_amount_before(view, position, date)
                # "vise 2 000 clients et 5 M€ de chiffre d'affaires d'ici 2023": one aim's verb, one horizon.
                or _TARGET_VERB_BEFORE_RE.search(
                    view.text, max(0, amount.bound_start - 40), amount.bound_start
                )
                is not None
            )
        )
        if hiring and not projection:
            return None
        if (
            projection
            and amount.open_unit
            # A hiring plan's horizon was checked above: "prévoit d'en recruter 80 supplémentaires cette année".
            and not hiring
            and (date is None or date not in view.dates or (date.relative and date.role != "until"))
        ):
            return (
                None  # "prévoit de produire 6 000 drones": a plan with no year is no target the text dates.
            )
        return self._base_fact(
            view,
            "projection" if projection else "metric",
            company,
            date,
            amount=amount.value,
            amount_max=amount.amount_max,
            bound=amount.bound,
            # "prévoit d'en embaucher 100 d'ici fin 2025": 100 people hired, not a headcount of 100.
            metric="new_hires" if hiring else f"{prefix}{unit}",
            unit=unit,
            description=description,
            is_projection=projection,
        )

    def _compared_metric(self, view, position, amount, sentence_facts) -> Fact | None:
        """The earlier value of a metric the sentence states before it: "has 9.5 million monthly active users,
        up from 6 million a year earlier". Of the sentence's metrics the one nearest in size is the one
        compared ("3,2 milliards de francs d'actifs pour 45 000 clients, contre 1,1 milliard": the assets)."""
        metrics = [fact for fact in sentence_facts if fact.kind == "metric" and fact.metric and fact.amount]
        if not metrics or amount.value <= 0:
            return None
        compared = min(metrics, key=lambda fact: abs(math.log(fact.amount / amount.value)))
        return self._base_fact(
            view,
            "metric",
            compared.company,
            self._date(view, position),
            amount=amount.value,
            amount_max=amount.amount_max,
            currency=compared.currency,
            bound=amount.bound,
            metric=compared.metric,
            unit=compared.unit,
            description=view.text[amount.bound_start : _phrase_end(view.text, amount.span[1])].strip(),
        )

    def _acquisition(self, view, position, amount, sentence_facts) -> Fact | None:
        cue_start = self._cue_start(view, position, "acquisition")
        if cue_start is None and (control := _CONTROL_STAKE_RE.search(view.text, 0, amount.bound_start)):
            cue_start = control.start()  # "prend une participation majoritaire dans X pour…"
        if cue_start is None and self._priced_stake_kind(view, amount) == "acquisition":
            stakes = [p for p in view.percents if p.span[1] <= amount.bound_start]
            cue_start = stakes[-1].span[0] if stakes else None  # "prendre 70 % du capital de X pour…"
        if cue_start is not None and _SHARES_BOUGHT_FROM_RE.match(view.text, cue_start):
            # "took control of Kestrel AI, buying shares from Pelican Capital for $1 billion": the company is
            # named by the takeover told before the shares, their holder only sells them.
            cue_start = self._takeover_before(view, cue_start)
        paid = cue_start is None
        if paid:
            # "…will pay about $300 million for Lakera": the payment verb stands for the purchase.
            cue_start = next(
                (m.start() for m in _PAY_WORD_RE.finditer(view.text, 0, amount.bound_start)), None
            )
        parties = self._acquisition_parties(view, cue_start)
        if parties is None:
            if cue_start is not None and not paid and not sentence_facts:
                # "KBC met la main sur Paynomo. Le bancassureur a annoncé le rachat de la fintech, pour un
                # montant d'environ 85 M€": the deal just stated, named again by its noun, with its price.
                self._restated_acquisition_price(view, cue_start, amount)
            return None
        acquirer, target = parties
        earlier = [f for f in sentence_facts if f.kind == "acquisition"]
        if paid and earlier:
            acquirer = earlier[-1].investor  # "X bought A for $1bn and paid $2bn for B": X bought both.
        elif paid and not self._pays_directly(view, acquirer, cue_start):
            return None  # "… bought MosaicML in 2023 and paid $1bn for Tabular": who paid is not certain.
        fact = self._money_fact(
            view,
            amount,
            "acquisition",
            target,
            self._date(view, position),
            investor=acquirer,
            status=IN_TALKS
            if cue_start is not None and self._mooted_takeover(view, cue_start)
            else _pending_approval(view.text, self._status(view, amount)),
        )
        stake = next((p for p in view.percents if p.span[1] <= amount.bound_start), None)
        if stake is not None and re.search(r"stake|participation|du capital", view.text, _I):
            fact.percentage, fact.percentage_bound = stake.value, _share_bound(stake)
        return fact

    def _takeover_before(self, view: View, cue_start: int) -> int:
        """Where the takeover a purchase of shares from their holder completes is told before it ("acquired
        Kestrel AI outright, buying shares from…", "took a majority (or 51%) stake in Kestrel AI, buying…"):
        `cue_start` itself when none is ("bought shares from Kestrel AI for")."""
        told = [m.start() for m in _CUES["acquisition"].finditer(view.text, 0, cue_start)]
        told += [m.start() for m in _CONTROL_STAKE_RE.finditer(view.text, 0, cue_start)]
        told += [  # "took a 51% stake in Kestrel AI, buying…"
            p.span[0]
            for p in view.percents
            if p.value > 50 and p.span[1] <= cue_start and _STAKE_AFTER_PERCENT_RE.match(view.text, p.span[1])
        ]
        return max(told, default=cue_start)

    def _paid_partnership(self, view, position, amount, sentence_facts) -> Fact | None:
        fact = self._partnership_fact(view, stated=True) or self._other_side_subject(view)
        if fact is None:
            return None
        if (parties := self._own_clause_parties(view, amount)) is not None:
            fact.company, fact.partner = parties
        # "a deal with Eli Lilly worth $1.7 billion, and a separate agreement with Novartis worth $1.2 billion":
        # each sum is the deal of the party named with it, the nearest "with X" before it.
        nearest = [
            m.name
            for m in view.mentions
            if m.name
            and view.rel(m)[1] <= amount.bound_start
            and m.name != fact.company
            and self._after_with(view, m.name)
        ]
        if nearest and fact.partner in nearest:
            fact.partner = nearest[-1]
        fact.amount, fact.currency, fact.bound = amount.value, amount.currency, amount.bound
        fact.amount_max = amount.amount_max
        if _services_bought(view, amount) and (opening := self._opening_past_date(view)) is not None:
            fact.date, fact.date_precision = (
                opening.value,
                opening.precision,
            )  # "En octobre 2025, OpenAI s'est engagé…"
        return self._with_term(view, fact)

    def _own_clause_parties(self, view: View, amount: AmountMention) -> tuple[str, str] | None:
        """The two sides of a deal told in a clause of its own after the sentence's main one: "Microsoft will
        invest up to $5 billion and Nvidia up to $10 billion in Anthropic, …, as the Claude maker committed to buy
        $30 billion of computing capacity from Microsoft's Azure cloud" is the deal of the clause's subject (the
        Claude maker, Anthropic as the reader resolved it) with the party the clause names after the sum, never
        of the sentence's first subject. None when the sum's clause is the main one or names no such pair."""
        openings = list(_OWN_CLAUSE_OPEN_RE.finditer(view.text, 0, amount.bound_start))
        if not openings:
            return None
        opening = openings[-1]
        if re.search(r"[,;]", view.text[opening.end() : amount.bound_start]):
            return None  # "…with OpenAI, as Microsoft noted on Monday, is worth $300 billion": not the clause's sum.
        subject = next(
            (m for m in view.mentions if view.rel(m)[0] == opening.end() and m.name and not m.possessive),
            None,
        )
        if subject is None or not self._is_org(subject.name):
            return None
        end = self._clause_end(view, amount.span[1])
        partner = next(
            (
                m.name
                for m in view.mentions
                if amount.span[1] <= view.rel(m)[0] < end
                and m.name
                and m.name != subject.name
                and self._is_org(m.name)
            ),
            None,
        )
        return (subject.name, partner) if partner else None

    def _opening_past_date(self, view: View) -> DateMention | None:
        """The past date a sentence opens on ("En octobre 2025, …", "In October 2025, …"): when its deal was made."""
        opening = re.match(r"\s*(?:en|in|au|dès|on)\s+", view.text, _I)
        if opening is None:
            return None
        return next(
            (
                d
                for d in view.dates
                if d.span[0] == opening.end() and (self.anchor is None or d.value <= self.anchor.value)
            ),
            None,
        )

    # -- facts without an amount ---------------------------------------------------------------------

    def _percent_stakes(self, view: View) -> None:
        """'environ 11 % du capital', 'a 49% stake': a percentage on the investor's stake."""
        for percent in view.percents:
            if _EARLIER_SHARE_BEFORE_RE.search(view.text, max(0, percent.span[0] - 30), percent.span[0]):
                continue  # "raised its stake in Arm to 90% from 75%": the share it had, not the stake's.
            if self._stake_raised(view, percent):
                continue
            around = view.text[max(0, percent.span[0] - 60) : percent.span[1] + 40]
            told_as_stake = re.search(
                r"d[ue] capital|au capital|stake|participation|des parts|of the company|equity|actionna",
                around,
                _I,
            )
            held_now = bool(
                _NOW_HOLDS_BEFORE_RE.search(view.text, max(0, percent.span[0] - 45), percent.span[0])
            )
            if not told_as_stake and not (
                held_now
                or _HOLDING_AFTER_PERCENT_RE.match(view.text, percent.span[1])
                or self._share_of_named(view, percent)
            ):
                continue
            if _OPTION_BEFORE_RE.search(view.text, max(0, percent.span[0] - 60), percent.span[0]):
                continue  # "dispose d'une option pour monter à 100 % du capital": a right, no deal yet.
            clause_start = self._clause_start(view, percent.span[0])
            investors = self._subjects(view, clause_start, percent.span[0]) or self._relative_antecedent(
                view, clause_start
            )
            own = [
                f
                for f, index in zip(self.facts, self.fact_sentence, strict=True)
                if f.kind == "investment" and index == view.index
            ]
            held = [f for f in own if not investors or f.investor in investors]
            if held_now:
                # "qui a investi 1 milliard en 2019, puis 10 milliards en 2023, détient désormais 27 %": the
                # share held today is a stake of its own, not the share either past investment bought.
                held = [
                    f for f in held if not f.date or f.date == (self.anchor.value if self.anchor else None)
                ]
            target = _priced_in_clause(view, percent, held) or next(reversed(held), None)
            if target is not None:
                target.percentage, target.percentage_bound = percent.value, _share_bound(percent)
                continue
            bought = self._priced_purchase_in(view)
            if bought is not None:
                # "acquire a 60% stake in X for $600m": the stake is the priced acquisition's; X, bought now,
                # is still what "the company" designates later, as it would be with a stake fact. A share bought
                # with no stake word ("La société a également annoncé l'acquisition de 60 % de Dakar Data Hub")
                # leaves the story's company as it was.
                if told_as_stake and not self._is_past(bought):
                    self.reader.main = bought.company
                continue
            company = self._object(view, None, percent.span[1]) or self._company_of_share(view, percent)
            if company is not None and len(investors) == 1:
                # "Balderton, Kestrel's largest shareholder with a 31% stake, led a round in the company".
                company = self._shareholder_of(view, percent.span[0], percent.span[1], company, investors)
            company = company or self._main_company(exclude=set(investors))
            if len(investors) == 1 and company and company != investors[0]:
                # "a acquis 70 % du capital de X", "has acquired a 70% stake in X": buying more than half of a
                # company is buying it, as a priced stake is.
                bought = percent.value > 50 and _CUES["acquisition"].search(
                    view.text, clause_start, percent.span[0]
                )
                fact = self._base_fact(
                    view,
                    "acquisition" if bought else "investment",
                    company,
                    self._stake_date(view, percent),
                    investor=investors[0],
                )
                fact.percentage, fact.percentage_bound = percent.value, _share_bound(percent)
                fact.status = self._status(view, None)
                self._append(fact, view)
                if bought and not self._is_past(fact):
                    self.reader.main = company  # Still what "the company" designates later, as with a stake.

    def _stake_raised(self, view: View, percent: PercentMention) -> bool:
        """ "Microsoft raised its stake in G42 to 49% in a later transaction", "SoftBank a porté sa participation
        dans Arm Holdings à 90%": a stake event of its own, with that share, this sentence and the date its
        words give (else the story's day), never the share of a stake told before nor of the deal beside it."""
        clause_start = self._clause_start(view, percent.span[0])
        raised = _STAKE_RAISED_BEFORE_RE.search(view.text, clause_start, percent.span[0])
        if raised is None or _OPTION_BEFORE_RE.search(
            view.text, max(0, percent.span[0] - 60), percent.span[0]
        ):
            return False  # "an option to raise its stake to 100%": a right, no deal yet.
        held = self._stake_held_before(view, clause_start, raised.start())
        investors = (
            [held.investor] if held and held.investor else self._subjects(view, clause_start, raised.start())
        )
        if len(investors) != 1:
            return False
        company = (
            self._object(view, None, clause_start)
            or (held.company if held else None)
            or self._main_company(exclude=set(investors))
        )
        if company is None or company == investors[0] or self._sentence_stake_of(view, investors[0], company):
            return False  # "Nvidia invested $250 million, taking its stake in Helixgrid to about 7%": that stake's.
        fact = self._base_fact(
            view, "investment", company, self._share_date(view, percent, clause_start), investor=investors[0]
        )
        fact.percentage, fact.percentage_bound = percent.value, _share_bound(percent)
        # "raised its stake to 49%", "a porté sa participation à 90 %": told as done.
        fact.status = "completed" if _RAISED_DONE_RE.match(raised.group(0)) else self._status(view, None)
        self._append(fact, view)
        self.raised_stakes.append(fact)
        return True

    def _stake_held_before(self, view: View, clause_start: int, verb_start: int) -> Fact | None:
        """The stake the sentence before told, when a pronoun raises it: "SoftBank bought 20% of Zorgly in 2021. It
        raised its stake to 30% in 2024", « Le groupe a porté sa participation à 30 % »: the holder is SoftBank."""
        if not _PRONOUN_HOLDER_RE.fullmatch(view.text, clause_start, verb_start):
            return None
        for fact, index in zip(reversed(self.facts), reversed(self.fact_sentence), strict=True):
            if index < view.index - 1:
                return None
            if index < view.index and fact.kind in ("investment", "acquisition") and fact.investor:
                return fact
        return None

    def _sentence_stake_of(self, view: View, investor: str, company: str) -> bool:
        """Whether this sentence already told a stake of `investor` in `company`."""
        return any(
            f.kind == "investment" and f.investor == investor and f.company == company
            for f, index in zip(self.facts, self.fact_sentence, strict=True)
            if index == view.index
        )

    def _stake_date(self, view: View, percent: PercentMention) -> DateMention | None:
        """The date of a stake told by its share: "Tencent bought a 15% stake in Velora in 2020", "in March 2020",
        « en 2020 »: a point in time told right after the share, before any comma (an apposition after the
        company tells its own story: "Maison Gaudin, la chaîne fondée à Lyon en 1998") or another event; else
        the story's day. A date opening the sentence is the stake's too: « En 2020, Tencent a pris 15 % de Velora »."""
        end = _STAKE_DATE_END_RE.search(view.text, percent.span[1])
        told = next(
            (
                d
                for d in view.dates
                if d.role == "point"
                and percent.span[1] <= d.span[0] < (end.start() if end else len(view.text))
                and not _ranking_period(view.text, d)
                and not _FOUNDING_BEFORE_DATE_RE.search(view.text, percent.span[1], d.span[0])
            ),
            None,
        )
        fronted = next(
            (
                d
                for d in view.dates
                if d.role == "point"
                and d.span[1] <= percent.span[0]
                and _FRONTED_DATE_BEFORE_RE.search(view.text, 0, d.span[0])
                and view.text.startswith(",", d.span[1])
            ),
            None,
        )
        return told or fronted or self._anchor_date(view)

    def _share_date(self, view: View, percent: PercentMention, clause_start: int) -> DateMention | None:
        """The date of a stake told by its share: a point in time its clause gives after the share, before
        words telling another event ("before selling it in early 2019"), else before the share; else the
        sentence's relative day or the story's."""
        end = self._clause_end(view, percent.span[1]) + 1
        other = _OTHER_EVENT_AFTER_RE.search(view.text, percent.span[1], end)
        end = other.start() if other else end
        told = [
            d
            for d in view.dates
            if d.role == "point"
            and not _ranking_period(view.text, d)
            and (clause_start <= d.span[0] < percent.span[0] or percent.span[1] <= d.span[0] < end)
        ]
        after = [d for d in told if d.span[0] >= percent.span[1]]
        return (after or told or [self._anchor_date(view)])[0]

    def _stake_through_round(self, before: int) -> None:
        """ "X prend 25 % de Y via une augmentation de capital de 30 M€ qu'il souscrit seul": the capital
        increase is Y's round, which X backs, not a round of X (the clause's subject); when X is its only
        backer, the stake is paid with it (the round's amount, said in the same sentence)."""
        stakes = [f for f in self.facts[before:] if f.kind == "investment" and f.percentage is not None]
        for fact in self.facts[before:]:
            if fact.kind != "round":
                continue
            stake = next(
                (f for f in stakes if f.investor == fact.company and f.company not in (None, f.investor)),
                None,
            )
            if stake is None:
                continue
            fact.company = stake.company
            others = [name for name in fact.investors if name not in (stake.company, stake.investor)]
            fact.investors = _unique([stake.investor, *others])
            fact.lead_investors = [name for name in fact.lead_investors if name != stake.company]
            if stake.amount is None and not others:
                stake.amount, stake.currency, stake.bound = fact.amount, fact.currency, fact.bound
                stake.amount_max = fact.amount_max

    def _priced_purchase_in(self, view: View) -> Fact | None:
        """The priced acquisition this sentence already gave, if any."""
        return next(
            (
                f
                for f, index in zip(self.facts, self.fact_sentence, strict=True)
                if f.kind == "acquisition" and f.amount is not None and index == view.index
            ),
            None,
        )

    def _conditional_participation(self, view: View) -> None:
        """ "The National Wealth Fund has committed up to £30mn. Its participation is conditional on Heliora
        keeping its headquarters in Britain.": the stake just told depends on the condition, it is not firm."""
        match = _CONDITIONAL_PARTICIPATION_RE.match(view.text)
        if match is None:
            return
        stake = next(
            (
                fact
                for fact, index in zip(reversed(self.facts), reversed(self.fact_sentence), strict=True)
                if 0 < view.index - index <= 1 and fact.kind == "investment" and fact.investor
            ),
            None,
        )
        if stake is None or stake.status == "cumulative":
            return
        stake.status = "conditional"
        condition = _CONDITION_RE.search(view.text, match.start("cond"))
        stake.condition = stake.condition or (
            condition.group("cond").strip() if condition else view.text[match.start("cond") :].strip(" .")
        )

    def _returning_backers(self, view: View) -> None:
        """'QED Investors, which led its $12m Series A in 2024, returned for the new round, as did Y': the subject
        (past the relative clause) and the names after "as did" back the round told before this sentence."""
        match = _RETURNED_FOR_ROUND_RE.search(view.text) or _ALSO_JOINED_PAST_RELATIVE_RE.search(view.text)
        if match is None:
            return
        # A raise still in talks told in between ("is also in talks to raise $200 million") is not the round
        # the backer returned for: the one the story reports is.
        rounds = [
            i
            for i, f in enumerate(self.facts)
            if f.kind == "round" and self.fact_sentence[i] < view.index and f.status not in NOT_RAISED_YET
        ]
        if not rounds or view.index - self.fact_sentence[rounds[-1]] > 3:
            return
        target = self._participation_target(view, [self.facts[i] for i in rounds])
        names = self._subjects(view, self._clause_start(view, match.start()), match.start())
        also = _AS_DID_RE.match(view.text, match.end())
        if also:
            names += self._list_from(view, also.end())
        joined = _AND_ALSO_JOINED_RE.match(view.text, match.end())
        if joined:
            names += [
                m.name
                for m in view.mentions
                if m.name and joined.start("names") <= view.rel(m)[0] < joined.end("names")
            ]
        added = False
        for name in names:
            if name != target.company and self._is_org(name) and name not in target.investors:
                target.investors.append(name)
                added = True
        if added:
            _cite_sentence(target, _sentence_of(view))  # the backers it adds stand in this sentence

    def _round_dated_later(self, view: View) -> None:
        """'The round, announced on Tuesday, also drew X': the day the next sentence gives the round told just
        before without one (dated by the article) is its date, and that of the figures told with it."""
        match = _ROUND_DATED_LATER_RE.match(view.text)
        if match is None or self.anchor is None:
            return
        date = next((d for d in view.dates if d.span[0] == match.end("at")), None)
        if date is None or date.role != "point" or date.precision not in ("day", "month"):
            return
        if date.value > self.anchor.value or date.value == self.anchor.value:
            return
        rounds = [i for i, f in enumerate(self.facts) if f.kind == "round"]
        if not rounds or view.index - self.fact_sentence[rounds[-1]] > 2:
            return
        target = self.facts[rounds[-1]]
        if target.date != self.anchor.value:
            return  # The round's own sentence dated it.
        told = self.fact_sentence[rounds[-1]]
        for index, fact in enumerate(self.facts):
            if (
                self.fact_sentence[index] == told
                and fact.date == self.anchor.value
                and fact.kind in ("round", "valuation", "investment")
            ):
                fact.date, fact.date_precision = date.value, date.precision

    def _participation(self, view: View) -> None:
        """'The round was led by X, with participation from Y': investors added to the article's round."""
        rounds = [f for f in self.facts if f.kind == "round"]
        if not rounds:
            self._note_backers_ahead(view)
            return
        lead_verb = _LEAD_VERB_RE.search(view.text)
        has_round_word = (
            _ROUND_WORD_RE.search(view.text)
            or _OTHER_BACKERS_INCLUDE_RE.search(view.text)
            or (_BARE_LEAD_RE.search(view.text) and self._round_just_told(view, rounds[-1]))
            or _PARTICIPATION_RE.search(view.text)
            or re.search(r"\bparticipation\b", view.text, _I)
            or self._led_operation(view, lead_verb)
        )
        if not has_round_word:
            return
        if any(_is_debt(view, amount) for amount in view.amounts):
            return  # "un financement bancaire de 150 M€ auprès d'un pool mené par X": X lends, backs no round.
        target = self._participation_target(view, rounds)
        investors, leads = self._investor_lists(view, 0, exclude={target.company})
        if self._another_companys_own_round(view, target, investors + leads):
            return
        if lead_verb and self._led_other_round(view, lead_verb, target):
            lead_verb = (
                None  # "Kleiner Perkins, which led the company's Series A, returned": no lead of this one.
            )
        bare_lead = _BARE_LEAD_RE.search(view.text)
        if bare_lead and not view.amounts and self._round_just_told(view, target):
            leads += [n for n in self._subjects(view, 0, bare_lead.start()) if n != target.company]
        elif lead_verb and (_ROUND_WORD_RE.search(view.text) or self._led_operation(view, lead_verb)):
            leads += [n for n in self._subjects(view, 0, lead_verb.start()) if n != target.company]
        if participation := _participation_cue(view.text):
            investors += [n for n in self._subjects(view, 0, participation.start())]
        named = [name for name in leads + investors if name != target.company]
        for name in leads:
            if name not in target.lead_investors:
                target.lead_investors.append(name)
        for name in named:
            if name not in target.investors:
                target.investors.append(name)
        if named:
            # "General Catalyst and Eurazeo also invested.": every backer traces to the sentence naming it.
            _cite_sentence(target, _sentence_of(view))
        if (leads or investors) and target.round_type is None and not view.amounts:
            # "Le tour de table, une série B, est mené par X", "The round, a Series B, was led by X": the round
            # named by its type ahead of its backers is the one just told.
            kind = _ROUND_TYPE_RE.search(view.text)
            cue = _LEAD_CUE_RE.search(view.text) or lead_verb or _INVESTOR_CUE_RE.search(view.text)
            if kind and cue and kind.start() < cue.start() and not _EARLIER_ROUND_RE.search(view.text):
                target.round_type = _round_type(view.text)

    def _note_backers_ahead(self, view: View) -> None:
        """'The round, which values Runway at $5.3 billion, was led by General Atlantic.' told before any round:
        its backers are kept for the round the next sentence tells ("Runway raised $315 million")."""
        if not _ROUND_REFERENCE_OPENS_RE.match(view.text):
            return
        investors, leads = self._investor_lists(view, 0, exclude=set())
        if leads or investors:
            told = CitedSentence(sentence=view.original, start=view.sentence.start, end=view.sentence.end)
            self.backers_ahead = (view.index, leads, investors, told)

    def _give_backers_ahead(self, view: View, new_facts: list[Fact]) -> None:
        """The backers `_note_backers_ahead` kept go to the round the next sentence tells, when that round is
        of the story's days and names no lead of its own; they are dropped after that sentence."""
        pending = self.backers_ahead
        if pending is None or view.index == pending[0]:
            return
        self.backers_ahead = None
        index, leads, investors, told = pending
        round_ = next((f for f in new_facts if f.kind == "round" and not self._is_past(f)), None)
        if view.index - index != 1 or round_ is None or round_.lead_investors:
            return
        for name in leads:
            if name != round_.company and name not in round_.lead_investors:
                round_.lead_investors.append(name)
        for name in leads + investors:
            if name != round_.company and name not in round_.investors:
                round_.investors.append(name)
        _cite_sentence(round_, told)

    def _another_companys_own_round(self, view: View, target: Fact, backers: list[str]) -> bool:
        """Whether the sentence tells the round of another company than `target`'s, its own ("Mistral Forge, de
        son côté, a finalisé une extension de sa série B auprès de Lightspeed"): its backers back that round."""
        own_round = _OWN_ROUND_RE.search(view.text)
        if own_round is None:
            return False
        return any(
            name != target.company and name not in backers and self.reader.orgs[name].kind != "investor"
            for name in self._subjects(view, 0, own_round.start())
            if self._is_org(name)
        )

    @staticmethod
    def _led_other_round(view: View, lead_verb: re.Match, target: Fact) -> bool:
        """Whether the lead verb sits in a relative clause about another round than `target`: "X, which led the
        company's Series A, returned for the round" (a Series B), "X, which led its previous round, joined"."""
        if not _RELATIVE_BEFORE_LEAD_RE.search(view.text, max(0, lead_verb.start() - 60), lead_verb.start()):
            return False
        told = view.text[lead_verb.end() : view.text.find(",", lead_verb.end()) % (len(view.text) + 1)]
        kind = _round_type(told)
        return (kind is not None and kind != target.round_type) or bool(_EARLIER_ROUND_RE.search(told))

    def _round_just_told(self, view: View, target: Fact) -> bool:
        """Whether `target` is a round the sentence right before (or this one) told."""
        index = next((i for f, i in zip(self.facts, self.fact_sentence, strict=True) if f is target), None)
        return index is not None and 0 <= view.index - index <= 1

    def _participation_target(self, view: View, rounds: list[Fact]) -> Fact:
        """The round a sentence of backers speaks of: the last told, unless it names the story's new round
        ("participated in the new financing", "Existing investors…") while the last told is an earlier one
        ("up from $700 million when it raised a Series C in 2024"): then the round of the story's days."""
        latest = rounds[-1]
        if not (_NEW_ROUND_REFERENCE_RE.search(view.text) or _OTHER_BACKERS_INCLUDE_RE.search(view.text)):
            return latest
        if self.anchor is None:
            # An undated article: the story's round is the one told with no date of its own when the last told is
            # recalled with just its year ("a $4 million pre-seed round in 2022"); a round told last with a date
            # of its own ("In March 2025 Zeta AI raised a $20 million Series A") is the one the sentence follows.
            undated = [f for f in rounds if f.company == latest.company and f.date is None]
            return undated[-1] if undated and latest.date_precision == "year" else latest
        if latest.date_precision == "day" and _days_before(latest.date, self.anchor.value) is not None:
            return latest
        current = [
            f
            for f in rounds
            if f.company == latest.company
            and f.date_precision == "day"
            and _days_before(f.date, self.anchor.value) in range(_ROUND_DAYS_BEFORE + 1)
        ]
        return current[-1] if current else latest

    @staticmethod
    def _led_operation(view: View, lead_verb: re.Match | None) -> bool:
        """Whether the sentence names the round "l'opération" by its lead: "L'opération est menée par X", "X mène
        l'opération, aux côtés de Y" (not a purchase: "le rachat… l'opération est menée par")."""
        return bool(
            (lead_verb or _LEAD_CUE_RE.search(view.text))
            and _LED_OPERATION_RE.search(view.text)
            and not _CUES["acquisition"].search(view.text)
        )

    def _acquisition_without_amount(self, view: View) -> None:
        """'X rachète Y', tried at each acquisition cue: "Ce rachat n'est pas le premier pour X, qui avait
        déjà acquis Y" states its deal at the second cue."""
        if re.search(r"acquisitions\b|rachats\b|\bstake\b|participation", view.text, _I):
            return
        for match in _CUES["acquisition"].finditer(view.text):
            parties = self._acquisition_parties(view, match.start())
            if parties:
                break
        else:
            return
        if parties:
            acquirer, target = parties
            date = self._purchase_date(view, match.start())
            fact = self._base_fact(view, "acquisition", target, date, investor=acquirer)
            fact.status = IN_TALKS if self._mooted_takeover(view, match.start()) else self._status(view, None)
            self._append(fact, view)

    def _mooted_takeover(self, view: View, cue_start: int) -> bool:
        """Whether the takeover whose cue starts at `cue_start` is told only considered or rumoured (« Apple
        aurait envisagé un rachat de Mistral AI »): a deal in talks at most (rumours.py)."""
        cue = _CUES["acquisition"].match(view.text, cue_start)
        before = view.text[self._clause_start(view, cue_start) : cue_start]
        return mooted(before, cue.group() if cue else "")

    def _capital_entry(self, view: View) -> None:
        """'UBS entre au capital de Trevalor', 'Thales a annoncé son entrée au capital d'Orbitane': a stake
        told without its size is an investment of the subject in the company named after, which the next
        sentence's "Le groupe investit 15 M€" and its round are about."""
        if view.percents:
            return
        parties = self._capital_entry_parties(view)
        if parties is None:
            return
        match, company, investor = parties
        price = self._capital_entry_price(view, match.end())
        date = self._anchor_date(view)
        if price is None:
            fact = self._base_fact(view, "investment", company, date, investor=investor)
        else:
            fact = self._money_fact(view, price, "investment", company, date, investor=investor)
        fact.status = self._status(view, price)
        main = self.reader.main
        self._append(fact, view)
        # The entry says nothing yet of what "l'opérateur", "la société" designate next.
        self.reader.main = main

    def _capital_entry_parties(self, view: View) -> tuple[re.Match[str], str, str] | None:
        """The capital entry the sentence tells, the company entered and the one investor entering it ("UBS
        entre au capital de Trevalor"), else None."""
        match = _CAPITAL_ENTRY_RE.search(view.text)
        if match is None:
            return None
        company = next(
            (
                m.name
                for m in view.mentions
                if _named_right_after(view.text, match.end(), view.rel(m)[0])
                and m.name
                and self._is_org(m.name)
            ),
            None,
        )
        investors = self._subjects(view, self._clause_start(view, match.start()), match.start())
        investors = [name for name in investors if self._is_org(name) and name != company]
        if company is None or len(investors) != 1:
            return None
        return match, company, investors[0]

    def _entered_round_without_stake(self, view: View, new_facts: list[Fact]) -> bool:
        """Whether the sentence's facts are the round of the company its subject enters the capital of, with
        no stake yet for the entry itself (its own sum, if any, told right after the company)."""
        parties = self._capital_entry_parties(view)
        if parties is None or any(f.kind == "investment" for f in new_facts):
            return False
        _, company, investor = parties
        return any(f.kind == "round" and f.company == company and investor in f.investors for f in new_facts)

    def _round_entered_into(self, view: View, amount: AmountMention, raiser: str | None) -> str | None:
        """The company whose round `amount` is when the raiser found is the subject entering its capital before
        it: "Accel entre au capital de Zorgly pour 5 M€, dans le cadre d'une levée de 20 M€" (Zorgly's round)."""
        parties = self._capital_entry_parties(view)
        if parties is None or raiser is None:
            return None
        match, company, investor = parties
        return company if investor == raiser and match.end() < amount.bound_start else None

    def _capital_entry_price(self, view: View, company_start: int) -> AmountMention | None:
        """The sum a capital entry is made for, in the clause after the company: "entre au capital de Zorgly
        pour 5 millions d'euros", "…pour un montant de 5 M€"."""
        clause_end = self._clause_end(view, company_start)
        return next(
            (
                amount
                for amount in view.amounts
                if amount.currency
                and company_start < amount.bound_start < clause_end
                and (
                    _FOR_BEFORE_RE.search(view.text, max(0, amount.bound_start - 20), amount.bound_start)
                    or _FOR_AN_AMOUNT_RE.search(
                        view.text, max(0, amount.bound_start - 40), amount.bound_start
                    )
                )
            ),
            None,
        )

    def _joining_shareholder(self, view: View) -> None:
        """'…aux côtés de l'équipementier Valeo, qui entre au capital à hauteur de 8 %': a backer named in a
        round's list whose clause says it becomes a shareholder invests in the story's company."""
        for mention in view.mentions:
            if not mention.name or not self._is_org(mention.name):
                continue
            if not _JOINS_CAPITAL_AFTER_RE.match(view.text, view.rel(mention)[1]):
                continue
            investor = mention.name
            company = self._main_company(exclude={investor})
            if company is None or any(
                f.kind == "investment" and f.company == company and f.investor == investor for f in self.facts
            ):
                continue  # Its stake was already told ("Valeo investit 5 M€… Valeo, qui entre au capital").
            fact = self._base_fact(view, "investment", company, self._anchor_date(view), investor=investor)
            fact.status = self._status(view, None)
            main = self.reader.main
            self._append(fact, view)
            self.reader.main = main

    def _partnership(self, view: View) -> None:
        if deal_fell_through(view.text):
            return  # "The $2 billion deal between Nvidia and xAI fell through": no tie to record.
        fact = (
            self._joint_venture(view)
            or self._relative_partnership(view)
            or self._relative_signer(view)
            or self._offtake(view)
            or self._partnership_fact(view)
            or self._ongoing_partnership(view)
            or self._supplies_since(view)
            or self._sold_at_since(view)
            or self._deal_to_supply(view)
            or self._supplier_of_main(view)
            or self._standing_relationship(view)
            or self._becomes_partner(view)
            or self._customer_since(view)
            or self._other_side_subject(view)
        )
        if fact is not None:
            self._append(self._with_term(view, fact), view)

    def _joint_venture(self, view: View) -> Fact | None:
        """Two parents forming a joint venture ("Swisscom and Ericsson said they would form a joint venture",
        « Swisscom et Ericsson ont annoncé la création d'une coentreprise »): a partnership between them, of the
        kind "joint venture". The venture raises nothing; its parents' shares stay in the cited sentence."""
        if not _JOINT_VENTURE_FORMED_RE.search(view.text):
            return None
        parents = _JOINT_VENTURE_PARENTS_RE.search(view.text)
        if parents is None:
            return None
        company, partner = parents.group("first"), parents.group("second")
        return self._base_fact(
            view,
            "partnership",
            company,
            self._anchor_date(view),
            partner=partner,
            partnership_kind=JOINT_VENTURE,
        )

    def _joint_venture_funding(self, view: View, amount: AmountMention) -> bool:
        """The sum the parents put into the joint venture the sentence before formed (« Les deux groupes y
        injecteront au total 120 millions de francs sur trois ans », "The two will invest $50 million in the
        venture"): that partnership's amount, this sentence its evidence."""
        if not amount.currency or not (
            _PUT_INTO_IT_BEFORE_RE.search(view.text, max(0, amount.bound_start - 60), amount.bound_start)
            or _INTO_THE_VENTURE_AFTER_RE.match(view.text, amount.span[1])
        ):
            return False
        venture = next(
            (
                fact
                for fact, index in zip(reversed(self.facts), reversed(self.fact_sentence), strict=True)
                if fact.kind == "partnership"
                and fact.partnership_kind == JOINT_VENTURE
                and view.index - index <= 2
            ),
            None,
        )
        if venture is None or venture.amount is not None:
            return False
        venture.amount, venture.currency, venture.bound = amount.value, amount.currency, amount.bound
        venture.amount_max = amount.amount_max
        _move_evidence(venture, view)
        return True

    def _with_term(self, view: View, fact: Fact) -> Fact:
        """A partnership with the end its sentence states: a year it runs until ("jusqu'en 2030", "running
        until 2030": the story's day stays its start), else its length counted from its start ("un
        partenariat de cinq ans", "a five-year partnership"). Never an end before its start: "Zorgly, which
        ran its own data centres until 2024, signed…" (in 2026) tells of something else that ended."""
        if fact.until:
            return fact
        stated = next(
            (
                d
                for d in view.dates
                if not d.relative
                and _RUNS_UNTIL_BEFORE_RE.search(view.text, max(0, d.span[0] - 30), d.span[0])
            ),
            None,
        )
        if stated is not None:
            # A year the deal runs until is never its start: the story's day is.
            start = self._anchor_date(view) if fact.date == stated.value else None
            if start is not None:
                fact = fact.model_copy(update={"date": start.value, "date_precision": start.precision})
            if not _ends_before(stated.value, fact.date):
                return fact.model_copy(update={"until": stated.value})
        until = term_end(view.text, fact.date)
        return fact.model_copy(update={"until": until}) if until else fact

    def _relative_partnership(self, view: View) -> Fact | None:
        """'…sur les modèles de Mistral AI, avec lequel elle a noué un partenariat', 'Carrefour, with which it
        has had a contract since 2019': the relative pronoun stands for the partner named right before it; the
        clause's subject (a pronoun for the article's company, or a name) is the other side."""
        match = _WITH_WHICH_RE.search(view.text)
        if match is None:
            return None
        antecedent = next(
            (
                m
                for m in reversed(view.mentions)
                if view.rel(m)[1] <= match.start()
                and m.name
                and not m.in_quote
                and re.fullmatch(r"\s*(?:\([^()]{1,40}\))?\s*", view.text[view.rel(m)[1] : match.start()])
            ),
            None,
        )
        if antecedent is None or not self._is_org(antecedent.name):
            return None
        subject = match.group("subject")
        if subject.lower() in ("elle", "il", "it"):
            # The pronoun is the main clause's subject ("Juriscope s'appuie sur X, avec qui elle…"), else the
            # company the previous sentences spoke of.
            own = [n for n in self._subjects(view, 0, match.start()) if n != antecedent.name]
            company = own[0] if len(own) == 1 else view.topic_before or self.reader.main
        else:
            named = [m.name for m in view.mentions if view.rel(m)[0] == match.start("subject") and m.name]
            company = named[0] if named else None
        if not self._is_org(company) or _same_company(company, antecedent.name):
            return None
        since = next((d for d in view.dates if d.role == "since"), None) or next(
            (d for d in view.dates if d.precision == "year" and d.span[0] >= match.start()), None
        )
        kind = next((name for pattern, name in _PARTNERSHIP_KINDS if pattern.search(view.text)), None)
        return self._base_fact(
            view,
            "partnership",
            company,
            since or self._anchor_date(view),
            partner=antecedent.name,
            partnership_kind=kind,
            description=view.text,
        )

    def _relative_signer(self, view: View) -> Fact | None:
        """'Those customers include BASF, which signed a research agreement with Arclight', 'Parmi elles, La
        Poste, qui a signé en septembre un contrat pluriannuel': the relative's antecedent signed the deal; the
        other side is the article's company, named in the clause or left implicit when no one else is named."""
        main = self.reader.main
        deal = _SIGNS_DEAL_RE.search(view.text)
        if deal is None or not self._is_org(main):
            return None
        signer = self._relative_subject(view, deal.start())
        if signer is None or _same_company(signer, main):
            return None
        others = {m.name for m in view.mentions if m.name and self._is_org(m.name)} - {signer}
        if any(not _same_company(name, main) for name in others):
            return None  # A third organisation: the deal may be with it.
        return self._base_fact(
            view, "partnership", main, self._anchor_date(view), partner=signer, description=view.text
        )

    def _offtake(self, view: View) -> Fact | None:
        """'Microsoft had agreed to buy 250,000 tons of carbon removal from it', 'Amazon will buy up to 960
        megawatts of power from its first plants under a 20-year agreement': a buyer committed to buy what the
        seller produces. The story's side is the company ("it"/"its" after "from" is the article's company),
        the other its partner."""
        match = _OFFTAKE_RE.search(view.text)
        if match is None:
            return None
        clause_start = self._clause_start(view, match.start())
        buyers = [n for n in self._subjects(view, clause_start, match.start()) if self._is_org(n)]
        if not buyers and _PRONOUN_SUBJECT_RE.search(view.text[clause_start : match.start()]):
            buyers = [self.reader.main or self.reader.topic]
        seller = next(
            (
                m.name
                for m in view.mentions
                if m.name
                and not m.in_quote
                and 0 <= view.rel(m)[0] - match.end() <= 60
                and not re.search(r"[,;]", view.text[match.end() : view.rel(m)[0]])
                and _SUPPLIED_PARTY_BEFORE_RE.search(" to " + view.text[match.end() : view.rel(m)[0]])
            ),
            None,
        )
        if seller is None and re.match(
            r"(?:it|its|them|their|elle|lui|ses|sa|son)\b", view.text[match.end() :], _I
        ):
            seller = self.reader.main or self.reader.topic
        # "Halcyon said Monday that Amazon will buy…": the buyer is the subject nearest the verb.
        if not buyers or not self._is_org(seller) or not self._is_org(buyers[-1]):
            return None
        buyer = buyers[-1]
        if _same_company(buyer, seller):
            return None
        company, partner = (seller, buyer)
        if buyer == self.reader.main:
            company, partner = buyer, seller
        return self._base_fact(
            view, "partnership", company, self._anchor_date(view), partner=partner, description=view.text
        )

    def _supplier_of_main(self, view: View) -> Fact | None:
        """'L'électricité sera fournie par EDF dans le cadre d'un contrat', 'Nvidia sera le fournisseur des
        processeurs, en vertu d'un accord': a supplier the sentence ties to a deal is the article company's
        partner. Without a deal noun, a supplier mentioned in passing is no fact."""
        main = self.reader.main
        if not self._is_org(main) or not _DEAL_NOUN_RE.search(view.text):
            return None
        supplier = next((m.name for m in view.mentions if self._names_supplier(view, m, main)), None)
        if not self._is_org(supplier):
            return None
        others = {n.name for n in view.mentions if n.name and self._is_org(n.name)} - {supplier}
        if any(not _same_company(name, main) for name in others):
            return None  # A third organisation: whose supplier it is is uncertain.
        since = next((d for d in view.dates if d.role == "since"), None)
        return self._base_fact(
            view,
            "partnership",
            main,
            since or self._anchor_date(view),
            partner=supplier,
            description=view.text,
        )

    def _names_supplier(self, view: View, mention: Mention, main: str) -> bool:
        """Whether `mention` is the agent of a passive supply ("fournie par EDF") or the subject of a supplier
        role ("Nvidia sera le fournisseur")."""
        if not mention.name or mention.in_quote or mention.possessive or _same_company(mention.name, main):
            return False
        begin, end = view.rel(mention)
        if _SUPPLIED_BY_RE.search(_without_descriptor(view.text[max(0, begin - 90) : begin])):
            return True
        return bool(_SUPPLIER_ROLE_RE.match(view.text[end:])) and _clause_opens_at(view.text, begin)

    def _customer_since(self, view: View) -> Fact | None:
        """'La Poste utilise l'outil depuis 2023', 'Kaiser has used its software since 2021': an organisation
        that has used the company's product since a date is its customer; the fact is the company's."""
        since = next((d for d in view.dates if d.role == "since"), None)
        main = self.reader.main or self.reader.topic
        if since is None or not self._is_org(main):
            return None
        match = _USES_PRODUCT_RE.search(view.text)
        if match is None:
            # In a story about a purchase, the product is the company bought's ("Its robots have been used by…").
            main = self.reader.main or self.reader.target or main
            users = [
                m.name
                for m in view.mentions
                if m.name
                and not m.in_quote
                and self._is_org(m.name)
                and not _same_company(m.name, main)
                and _USED_BY_BEFORE_RE.search(view.text[max(0, view.rel(m)[0] - 40) : view.rel(m)[0]])
            ]
            if len(_unique(users)) != 1:
                return None
            return self._base_fact(view, "partnership", main, since, partner=users[0], description=view.text)
        clause_start = self._clause_start(view, match.start())
        # "…including Yamato, which has relied on its system since 2021": the relative's antecedent is the user.
        subjects = self._subjects(view, clause_start, match.start()) or self._relative_antecedent(
            view, clause_start
        )
        users = [n for n in subjects if self._is_org(n)]
        if len(users) != 1 or _same_company(users[0], main):
            return None  # The company's own use, or several users: no single counterpart.
        return self._base_fact(view, "partnership", main, since, partner=users[0], description=view.text)

    def _other_side_subject(self, view: View) -> Fact | None:
        """'Accord commercial : Thales distribuera les logiciels de la PME', 'Under a separate agreement, Swiss
        Re will begin reinsuring Harborly's policies', 'UBS utilisera la plateforme… en vertu d'un accord': a
        deal named with no "with" party, the clause's subject the one other organisation, acting on the
        article's company or its product. The deal is the company's, that subject its partner."""
        main = self.reader.main
        if main is None:
            return None
        deal = _DEAL_NOUN_RE.search(view.text) or _ARRANGEMENT_RE.search(view.text)
        organisations = [m for m in view.mentions if m.name and not m.in_quote and self._is_org(m.name)]
        others = _unique([m.name for m in organisations if not _same_company(m.name, main)])
        if len(others) != 1:
            return None
        other = next(m for m in organisations if m.name == others[0])
        begin, end = view.rel(other)
        if other.possessive or not (
            _clause_opens_at(view.text, begin) or _UNDER_WHICH_BEFORE_RE.search(view.text[:begin])
        ):
            return None
        after = view.text[end:]
        if _FUNDING_AFTER_SUBJECT_RE.search(after) or _COMPANY_VERB_AFTER_RE.match(after):
            return None  # The subject invests, buys or reports: a deal about money or its own news.
        if _PERSON_OF_ORG_AFTER_RE.match(after):
            return None  # "Balderton partner Elena Marchetti will join the board": a person of X acts.
        company_named = any(
            m.name and _same_company(m.name, main) and view.rel(m)[0] > end for m in view.mentions
        )
        if not deal:
            # "Le groupe Carrefour a retenu Railvision pour équiper ses magasins", "Deutsche Bahn has selected
            # X to monitor its tracks": a customer choosing the company is a deal without the word.
            chosen = _CHOSE_AFTER_RE.match(after)
            if chosen is None or not any(
                m.name and _same_company(m.name, main) and view.rel(m)[0] == end + chosen.end()
                for m in view.mentions
            ):
                return None
        if not (company_named or _PRODUCT_OBJECT_RE.search(after)):
            return None
        since = next((d for d in view.dates if d.role == "since"), None)
        return self._base_fact(
            view,
            "partnership",
            main,
            since or self._anchor_date(view),
            partner=other.name,
            description=view.text,
        )

    def _ongoing_partnership(self, view: View) -> Fact | None:
        """'Orbital Forge has worked with NASA since 2020', 'Elle collabore depuis 2021 avec Swisscom': the
        subject's partnership with the party right after "with/avec", dated by its start. Without a start, or
        when the subject is not an organisation (a person's career), no fact."""
        since = next((d for d in view.dates if d.role == "since"), None)
        match = _WORKS_WITH_RE.search(view.text)
        if since is None or match is None:
            return None
        partner = next(
            (
                m
                for m in view.mentions
                if view.rel(m)[0] >= match.end()
                and m.name
                and not m.in_quote
                and not re.search(r"[,;.]", view.text[match.end() : view.rel(m)[0]])
                and view.rel(m)[0] - match.end() <= 60
            ),
            None,
        )
        if partner is None or not self._is_org(partner.name):
            return None
        return self._since_fact(view, match.start(), partner.name, since)

    def _supplies_since(self, view: View) -> Fact | None:
        """'Vantor has supplied power modules to Bosch since 2021', 'Elle livre depuis 2024 ses composants à
        l'hébergeur OVHcloud': a standing supply relation dated by its start is a partnership between the
        subject and the party served. Without a start date a passing supplier is no fact."""
        since = next((d for d in view.dates if d.role == "since"), None)
        if since is None and (_DEAL_NOUN_RE.search(view.text) or _FUTURE_SUPPLY_RE.search(view.text)):
            # "It will supply its sensors to X under a five-year deal", "Elle fournira ses capteurs au
            # constructeur X": a supply committed to is a deal, dated by the story.
            since = self._anchor_date(view)
        if since is None:
            return None
        for match in _SUPPLIES_RE.finditer(view.text):
            partner = self._supplied_party(view, match.end(), possessive=False)
            if partner is not None:
                return self._since_fact(view, match.start(), partner, since)
        return None

    def _sold_at_since(self, view: View) -> Fact | None:
        """'Depuis septembre, ses galettes sont référencées chez Delhaize', 'has been sold at Tesco since 2019':
        a retailer or site carrying the company's products since a date is its partner. Only with the start
        date, and when no organisation other than the article's company and that party is named."""
        since = next((d for d in view.dates if d.role == "since"), None)
        main = self.reader.main
        if since is None or not self._is_org(main):
            return None
        orgs = _unique([m.name for m in view.mentions if m.name and not m.in_quote and self._is_org(m.name)])
        others = [n for n in orgs if not _same_company(n, main)]
        if len(others) != 1 or not self._sold_at(view, others[0]):
            return None
        return self._base_fact(view, "partnership", main, since, partner=others[0], description=view.text)

    def _deal_to_supply(self, view: View) -> Fact | None:
        """'In May, it signed a 15-year agreement to supply 1.2 gigawatts to Meta's campus', 'a deal to handle
        motor claims for Castlegate': a deal whose purpose names the party served is a partnership with it,
        with no "with". The party may be named by what it owns ("Oracle's cloud business")."""
        for match in _DEAL_TO_SUPPLY_RE.finditer(view.text):
            partner = self._supplied_party(view, match.end(), possessive=True)
            if partner is not None:
                return self._since_fact(view, match.start(), partner, self._anchor_date(view))
        return None

    def _supplied_party(self, view: View, verb_end: int, possessive: bool) -> str | None:
        """The organisation a supply verb ending at `verb_end` serves: "to X", "X with", "à l'hébergeur X"."""
        for m in view.mentions:
            begin = view.rel(m)[0]
            if not (verb_end <= begin <= verb_end + 80) or not m.name or m.in_quote:
                continue
            if (m.possessive and not possessive) or re.search(r"[,;:]|\.(?!\d)", view.text[verb_end:begin]):
                continue
            if _SUPPLIED_PARTY_BEFORE_RE.search(_without_descriptor(view.text[verb_end:begin])):
                return m.name if self._is_org(m.name) else None
        return None

    def _since_fact(self, view: View, verb_at: int, partner: str, since: DateMention) -> Fact | None:
        """The partnership of the clause's subject (a name, or a pronoun for the article's company) with
        `partner`, from `since`; none when no single organisation is the subject."""
        clause_start = self._clause_start(view, verb_at)
        subjects = [n for n in self._subjects(view, clause_start, verb_at) if n != partner]
        antecedent = self._relative_subject(view, verb_at)
        if antecedent is not None and antecedent != partner:
            subjects = [antecedent]  # "Corteva, which has worked with X since 2019": the name before "which".
        elif not subjects and clause_start:
            subjects = [n for n in self._subjects(view, 0, verb_at) if n != partner][:1]
        if not subjects and _PRONOUN_SUBJECT_RE.search(view.text[:verb_at]):
            subjects = [self.reader.main or self.reader.topic]
        if len(subjects) != 1 or not self._is_org(subjects[0]) or subjects[0] == partner:
            return None  # No organisation, or several, does this: which one is not certain.
        company, other = subjects[0], partner
        # The article's company (in a story about a purchase, the company bought; else the lede's subject) is
        # the side the fact is about: "Pellucid has supplied its chips to Tarrant" under "Tarrant to buy Pellucid".
        main = self.reader.main or self.reader.target
        if other == main or (main is None and other == self.reader.lead):
            company, other = other, company
        kind = next((name for pattern, name in _PARTNERSHIP_KINDS if pattern.search(view.text)), None)
        return self._base_fact(
            view, "partnership", company, since, partner=other, partnership_kind=kind, description=view.text
        )

    def _relative_subject(self, view: View, verb_at: int) -> str | None:
        """The organisation a subject relative pronoun right before `verb_at` stands for: "BASF, which signed",
        "La Poste, qui a signé en septembre"."""
        relative = _SUBJECT_RELATIVE_BEFORE_RE.search(view.text[:verb_at])
        if relative is None:
            return None
        named = [
            m
            for m in view.mentions
            if m.name
            and not m.in_quote
            and view.rel(m)[1] <= relative.start()
            and _ANTECEDENT_GAP_RE.fullmatch(view.text[view.rel(m)[1] : relative.start()])
        ]
        return named[-1].name if named and self._is_org(named[-1].name) else None

    def _standing_relationship(self, view: View) -> Fact | None:
        """'Swisscom, partenaire d'Arolla depuis 2019, …', 'Partenaire de Microsoft depuis 2019, elle…',
        'Decathlon, client dès 2019, …': a relationship with its start, named by a role noun rather than a verb.
        One side is the article's company; without it, or with a third organisation, whose it is is uncertain."""
        since = next((d for d in view.dates if d.role == "since"), None)
        main = self.reader.main or self.reader.topic
        match = _STANDING_ROLE_RE.search(view.text)
        if since is None or match is None or not self._is_org(main):
            return None
        orgs = _unique([m.name for m in view.mentions if m.name and not m.in_quote and self._is_org(m.name)])
        others = [n for n in orgs if not _same_company(n, main)]
        if len(others) != 1 or len(orgs) - len(others) > 1:
            return None
        other = others[0]
        named = next((m for m in view.mentions if m.name == other), None)
        start, end = view.rel(named)
        if match.group("of"):
            # "partenaire de X": X is one side; the other is the article's company, named or as the subject.
            after_role = start >= match.end() and not view.text[match.end() : start].strip(" '’")
            # Otherwise the role's object is the company ("Sunrise, partenaire de Cimalys depuis…", an aside
            # the mentions leave out).
            # "Carrefour, partenaire de la société depuis 2022": a reference to the company is its name too.
            company_after = (
                view.text.startswith(main.split()[0], match.end())
                or _COMPANY_REFERENCE_RE.match(view.text, match.end()) is not None
            )
            if not after_role and not company_after:
                return None
            if after_role and re.match(r"client|customer", match.group("of"), _I):
                # "Swisscom est client d'Alpenkraft": the supplier is the company the relationship is about.
                return self._base_fact(view, "partnership", other, since, partner=main, description=view.text)
        elif not (end <= match.start() and not view.text[end : match.start()].strip(" ,")):
            return None  # "X, client depuis 2019": the role is X's own, right after its name.
        return self._base_fact(view, "partnership", main, since, partner=other, description=view.text)

    def _becomes_partner(self, view: View) -> Fact | None:
        """'Amazon Web Services deviendra le principal partenaire d'entraînement d'Anthropic', 'X will become Y's
        primary training partner': a partnership of the company the role is of (Y) with the subject (X)."""
        match = _BECOMES_PARTNER_RE.search(view.text)
        if match is None or _FUND_PARTNER_ROLE_RE.search(match.group("role")):
            return None
        subjects = self._subjects(view, self._clause_start(view, match.start()), match.start())
        if len(subjects) != 1 or not self._is_org(subjects[0]):
            return None
        role_of = [
            m.name
            for m in view.mentions
            if match.start("role") <= view.rel(m)[0] < match.end("role")
            and self._is_org(m.name)
            and not _same_company(m.name, subjects[0])
        ]
        if len(set(role_of)) != 1:
            return None
        kind = next((name for pattern, name in _PARTNERSHIP_KINDS if pattern.search(view.text)), None)
        return self._base_fact(
            view,
            "partnership",
            role_of[0],
            self._anchor_date(view),
            partner=subjects[0],
            partnership_kind=kind,
            description=view.text,
        )

    def _partnership_fact(self, view: View, stated: bool = False) -> Fact | None:
        """'X s'était rapproché de Y dès 2016 avec un premier accord portant sur…', 'X partners with Y'.

        `stated`: an amount already said this is a commercial deal ("$30 billion of compute")."""
        match = _PARTNERSHIP_RE.search(view.text) or _WORK_TOGETHER_RE.search(view.text)
        if not match and not stated:
            return None
        if match and not stated and not _has_counterpart(view, match):
            return None  # "when the deal closes": a deal without a counterpart is not a partnership.
        names = _unique([m.name for m in view.mentions if m.name and not m.in_quote and self._is_org(m.name)])
        # Without a main company (a story about its buyer), the pronoun stands for the company the previous
        # sentences spoke of ("Since 2016 it has worked under a contract with X").
        main = self.reader.main or view.topic_before
        sold = [n for n in names if self._sold_at(view, n)]
        if len(names) > 1 and sold == names[:1] and main not in names:
            # "déployée dans 200 supermarchés Carrefour de la région Auvergne-Rhône-Alpes": the retailer where
            # the products go; a name after it only places its shops.
            names = sold
        if (
            names
            and main
            and main not in names
            # Several names: one must be the "avec/with" party ("Elle a signé avec la région X un contrat
            # … pour les lycéens de l'académie de Y").
            and (len(names) == 1 or any(self._after_with(view, n) for n in names))
            and (
                _PRONOUN_SUBJECT_RE.search(view.text[: match.start() if match else len(view.text)])
                # "Ses algorithmes, développés en partenariat avec l'Institut Curie, …": the subject is a thing
                # of the company's own, the one other party the deal's counterpart.
                or (
                    len(names) == 1
                    and match
                    and (_NEW_DEAL_RE.search(match.group()) or _IN_PARTNERSHIP_RE.match(match.group()))
                    and _OWN_THING_SUBJECT_RE.match(view.text, 0, match.start())
                )
            )
        ):
            names = [
                main,
                *names,
            ]  # "Elle a conclu un accord avec le groupe Bühler": the article's company.
            company = main
        elif (
            len(names) == 1
            and match
            # A new deal ("un partenariat avec"), not one reported before ("le contrat avec l'AID").
            and _NEW_DEAL_RE.search(match.group())
            and self.reader.main
            and not _same_company(names[0], self.reader.main)
            and view.topic_before in (None, self.reader.main)
            and (self._after_with(view, names[0]) or self._sold_at(view, names[0]))
            # No other party before the cue: the subject is no organisation ("its range will go on sale at X").
            and not any(
                view.rel(m)[0] < min(match.start(), self._first_position(view, names[0]))
                for m in view.mentions
                if m.name and not m.aside and m.name != names[0]
            )
        ):
            # "L'offre s'appuie sur un partenariat avec Allianz": the subject is no organisation of its own (a
            # noun for the company's product or team), so the deal is the article's company's.
            company = self.reader.main
            names = [company, *names]
        elif len(names) < 2:
            return None
        else:
            company = self._partnership_company(view, names)
        others = [n for n in names if not _same_company(n, company)]
        # The counterpart is the party after "with/avec" when one is: other names may be units or places read
        # as names ("200 MW signé avec TotalEnergies").
        partner = next(
            (n for n in others if self._after_with(view, n) or self._awarded_by(view, n)),
            others[0] if others else None,
        )
        if partner is None:
            return None
        # "Heliade, the Paris AI startup that raised €120m last week, has signed…": the apposition's date is
        # its raise's, not the partnership's.
        dates = [d for d in view.dates if not _in_relative_apposition(view.text, d.span[0], match)]
        since = (
            next((d for d in dates if d.role == "since"), None)
            or self._signing_date(view)
            # "Earlier this month it signed a contract with X": the month the story names relative to itself.
            or next((d for d in dates if d.relative and d.precision == "month" and d.role == "point"), None)
            or next((d for d in dates if d.precision == "year"), None)
        )
        date = since or self._anchor_date(view)
        kind = next((name for pattern, name in _PARTNERSHIP_KINDS if pattern.search(view.text)), None)
        description = _partnership_description(view.text, match)
        return self._base_fact(
            view,
            "partnership",
            company,
            date,
            partner=partner,
            partnership_kind=kind,
            description=description,
        )

    def _signing_date(self, view: View) -> DateMention | None:
        """The month or day a contract was signed, written right after the verb ("a signé en avril un contrat
        avec X", "signed in March a deal with Y"): the partnership's date, not the story's day. A date later than
        the story (the contract's start: "qui débutera en janvier 2017") is not its signing."""
        signed = _SIGNED_VERB_RE.search(view.text)
        if signed is None:
            return None
        return next(
            (
                d
                for d in view.dates
                if d.role == "point"
                and d.precision in ("month", "day")
                and signed.end() <= d.span[0] <= signed.end() + 12
                and (self.anchor is None or d.value <= self.anchor.value)
            ),
            None,
        )

    def _two_companies_partnership(self, view: View) -> None:
        """'The two companies also signed a long-term collaboration agreement', 'les deux groupes vont
        développer conjointement…': a partnership between the two parties of the deal just reported."""
        both = _both_parties_subject(view.text)
        if not both or not (
            _new_deal_cue(view.text, both.end())
            or _WORK_TOGETHER_RE.search(view.text, both.end())
            or _JOINTLY_RE.search(view.text, both.end())
        ):
            return
        parties = self._latest_deal_parties(view)
        if parties is None:
            return  # Which two companies is not certain: no fact.
        funded, backer = parties
        if any(f.kind == "partnership" and {f.company, f.partner} == {funded, backer} for f in self.facts):
            return
        # The start-up when one of the two is one, else the one that invests or buys.
        startup = self.reader.orgs[funded].kind == "startup" or self.reader.kb.by_name.get(funded) is None
        company, partner = (funded, backer) if startup else (backer, funded)
        self._append(
            self._base_fact(view, "partnership", company, self._anchor_date(view), partner=partner), view
        )

    def _latest_deal_parties(self, view: View) -> tuple[str, str] | None:
        """(funded or bought company, investor or buyer) of the deal reported in the last `_BOTH_PARTIES_REACH`
        sentences: an investment, an acquisition, or a round with a single lead."""
        for fact, index in zip(reversed(self.facts), reversed(self.fact_sentence), strict=True):
            if view.index - index > _BOTH_PARTIES_REACH:
                return None
            if self._is_past(fact):
                continue  # "Partech, qui avait mené la série A en 2021": a past round is not the deal just told.
            if fact.kind in ("investment", "acquisition") and self._is_org(fact.investor):
                return fact.company, fact.investor
            if (
                fact.kind == "round"
                and len(fact.lead_investors) == 1
                and self._is_org(fact.lead_investors[0])
            ):
                return fact.company, fact.lead_investors[0]
        return None

    def _partnership_company(self, view: View, names: list[str]) -> str:
        """The side the article is about: its main company, else the start-up, else the subject."""
        # In a story about a purchase and no funding, the company bought is the side the story follows.
        main = self.reader.main or self.reader.target
        subject = _subject(view.sentence, [m for m in view.mentions if m.name and self._is_org(m.name)])
        cue = _PARTNERSHIP_RE.search(view.text) or _WORK_TOGETHER_RE.search(view.text)
        subjects = self._subjects(view, 0, cue.start()) if cue else [subject]
        if main in names and cue and _PRONOUN_SUBJECT_RE.search(view.text[: cue.start()]):
            return main  # "elle a signé avec Meta un contrat…": the pronoun is the article's company.
        if main in names and (
            main in subjects
            or self._after_with(view, main)
            or any(self._awarded_by(view, n) for n in names)
            # "a deal with Microsoft, which has agreed to buy… from Terrafold": the story's company is the
            # side of a deal made with another.
            or any(self._after_with(view, n) for n in names if n != main)
        ):
            # "ASML a conclu un accord avec Mistral AI" in an article about Mistral AI: Mistral AI's partnership.
            return main
        if (
            main in names
            and len(names) == 2
            and any(m.name == main and m.how in ("name", "new", "alias") for m in view.mentions)
        ):
            # "Meridian signed a $48 million contract to buy Kestrel imagery" in a story about Kestrel: a deal
            # between the story's company, named, and one other party is the company's, whoever signs it.
            return main
        if self._signer_subject(view, subject, names):
            # "CoreWeave signed a $11.9 billion contract with OpenAI": the one who signs with the other is the
            # company, the "with" party its partner, whichever of them is the start-up.
            return subject
        startups = [n for n in names if self.reader.orgs[n].kind == "startup" and self._after_with(view, n)]
        if len(startups) == 1:
            return startups[0]
        # "Siemens signed a deal to deploy Veridian's robots", "l'opérateur teste les puces de Lumacore": the
        # party whose product the deal is about provides it, so it is the company and the buyer its partner.
        # Only a start-up's (or the story's) product: a start-up running on "Microsoft's Azure" stays the company.
        owners = [n for n in names if self._owns_deal_object(view, n)]
        if len(owners) == 1 and owners[0] != subject and self._story_side(owners[0], subject):
            return owners[0]
        return subject or names[0]

    def _signer_subject(self, view: View, subject: str | None, names: list[str]) -> bool:
        """Whether the clause's subject signs the deal with the other party named: "X signed a contract with Y"
        ("X", then a signing verb right after it, then the deal, then "with Y")."""
        if subject is None or subject not in names or self._after_with(view, subject):
            return False
        spans = [view.rel(m) for m in view.mentions if m.name == subject]
        verb = _SIGNED_VERB_RE.search(view.text, spans[0][1]) if spans else None
        if verb is None or not _SUBJECT_TO_VERB_RE.fullmatch(view.text, spans[0][1], verb.start()):
            return False
        for mention in view.mentions:
            if mention.name in names and mention.name != subject and view.rel(mention)[0] > verb.end():
                # "with OpenAI", not "avec la start-up Hertzia": a party told as the start-up is the company the
                # deal is filed under, whoever signs.
                if _WITH_PARTY_END_RE.search(view.text, verb.end(), view.rel(mention)[0]):
                    return True
        return False

    def _story_side(self, owner: str, subject: str | None) -> bool:
        """Whether `owner` is the side a deal is filed under rather than the clause's `subject`."""
        startup = self.reader.orgs[owner].kind == "startup"
        subject_startup = subject is not None and self.reader.orgs[subject].kind == "startup"
        return owner == self.reader.main or (startup and not subject_startup)

    def _owns_deal_object(self, view: View, name: str) -> bool:
        """Whether `name` is named only as the owner of a thing ("Kestrel's imagery", "les puces de Lumacore"),
        never as the "with" party."""
        if self._after_with(view, name):
            return False
        spans = [view.rel(m) for m in view.mentions if m.name == name]
        # A mention may end with its own "'s" ("Veridian's"): the possessive is then looked for inside it.
        return bool(spans) and all(
            any(_OWNER_AFTER_RE.match(view.text, at) for at in (end, end - 2))
            or _OWNER_BEFORE_RE.search(view.text[max(0, begin - 60) : begin])
            for begin, end in spans
        )

    def _awarded_by(self, view: View, name: str) -> bool:
        """Whether `name` awards the sentence's contract: "a $62 million contract from NASA", "un contrat de
        65 millions d'euros auprès de l'AID". The awarding party is the other side, never the company."""
        for mention in view.mentions:
            if mention.name == name:
                before = view.text[max(0, view.rel(mention)[0] - 120) : view.rel(mention)[0]]
                if _CONTRACT_FROM_RE.search(before):
                    return True
        return False

    @staticmethod
    def _first_position(view: View, name: str) -> int:
        """Where the sentence first names `name`."""
        return min((view.rel(m)[0] for m in view.mentions if m.name == name), default=len(view.text))

    def _sold_at(self, view: View, name: str) -> bool:
        """Whether `name` is the retailer or site where the company's products are sold or deployed."""
        return any(
            m.name == name
            and _SOLD_AT_BEFORE_RE.search(view.text[max(0, view.rel(m)[0] - 90) : view.rel(m)[0]])
            for m in view.mentions
        )

    def _after_with(self, view: View, name: str) -> bool:
        """Whether `name` is the 'avec/with X' party of the sentence. In "with Britain's Ministry of Defence"
        the party is the institution, not the owner named before it."""
        for mention in view.mentions:
            if mention.name == name:
                if mention.possessive and self._owned_party_after(view, mention):
                    continue
                before = _without_descriptor(
                    _POSSESSIVE_OWNER_END_RE.sub(
                        "", view.text[max(0, view.rel(mention)[0] - 90) : view.rel(mention)[0]]
                    )
                )
                if re.search(r"\b(?:with|avec|between|entre)\s+(?:(?:le|la|l['’]|the)\s*)?$", before, _I):
                    return True
                if _WITH_DESCRIBED_PARTY_RE.search(view.text, 0, view.rel(mention)[0]):
                    return True  # "avec l'équipementier automobile Valtren": a lowercase descriptor first.
                if _RELIES_ON_BEFORE_RE.search(
                    view.text[max(0, view.rel(mention)[0] - 90) : view.rel(mention)[0]]
                ):
                    return True  # "s'appuie sur les modèles de Mistral AI": the party relied on.
        return False

    def _owned_party_after(self, view: View, owner: Mention) -> bool:
        """Whether an organisation is named right after the possessive `owner` ("Britain's Ministry of…")."""
        end = view.rel(owner)[1]
        return any(
            0 <= view.rel(m)[0] - end <= 3 and m.name and m.name != owner.name and self._is_org(m.name)
            for m in view.mentions
        )

    def _quoted_statements(self, view: View) -> None:
        """A quotation attributed to an organisation: «…», a assuré ce dernier / "…", X said."""
        for match in _QUOTE_RE.finditer(view.text):
            quote = next(group for group in match.groups() if group)
            after = view.text[match.end() : match.end() + 60]
            speech = _SPEECH_AFTER_RE.match(after)
            if not speech or not re.search(r"[.!?]?$", quote):
                continue
            speaker_at = match.end() + speech.end()
            speaker = next(
                (m for m in view.mentions if 0 <= view.rel(m)[0] - speaker_at <= 3 and m.name), None
            )
            if speaker is None or not self._is_org(speaker.name):
                continue
            inside = [m.name for m in view.mentions if m.in_quote and m.name and m.name != speaker.name]
            fact = self._base_fact(
                view,
                "statement",
                speaker.name,
                self._anchor_date(view),
                partner=inside[0] if inside else None,
                text=quote.strip().rstrip(","),
            )
            self._append(fact, view)

    def _reported_statement(self, view: View) -> None:
        """'OpenAI a indiqué qu'il…', 'X said it plans…' about financing: the reported words."""
        subjects = [m for m in view.mentions if m.name and not m.in_quote and self._is_org(m.name)]
        if not subjects or view.rel(subjects[0])[0] > 3:
            return
        speech = _SPEECH_VERB_RE.match(view.text[view.rel(subjects[0])[1] :])
        if not speech:
            return
        said = view.text[view.rel(subjects[0])[1] + speech.end() :].rstrip(" .")
        if not _DEAL_WORDS_RE.search(said):
            return
        self._append(
            self._base_fact(view, "statement", subjects[0].name, self._anchor_date(view), text=said), view
        )

    def _warrants_granted(self, view: View) -> bool:
        """ "AMD a accordé à OpenAI des bons de souscription (warrants) portant sur jusqu'à 160 millions d'actions
        AMD, soit environ 10% du capital": the holder's conditional stake in the grantor, the share the warrants
        may reach; never money raised (no amount), the warrants' words its condition."""
        granted = _WARRANTS_GRANTED_RE.search(view.text)
        if granted is None:
            return False
        grantors = self._subjects(view, 0, granted.start())
        holders = [
            m.name
            for m in view.mentions
            if m.name
            and granted.start() < view.rel(m)[0] < granted.start("warrants")
            and self._is_org(m.name)
        ]
        if len(grantors) != 1 or len(holders) != 1 or grantors == holders:
            return False
        percent = next((p for p in view.percents if p.span[0] > granted.end()), None)
        fact = self._base_fact(view, "investment", grantors[0], self._anchor_date(view), investor=holders[0])
        if percent is not None:
            fact.percentage, fact.percentage_bound = percent.value, _share_bound(percent)
        condition_end = percent.span[0] if percent is not None else len(view.text)
        words = view.text[granted.start("warrants") : condition_end]
        fact.condition = _SHARE_LEAD_IN_RE.sub(
            "", words
        )  # "…160 millions d'actions AMD", not "…, soit environ".
        fact.status = "conditional"
        self._append(fact, view)
        return True

    def _rest_from_other_backers(self, view: View) -> bool:
        """ "Le reste, soit 10 milliards de dollars, viendra d'autres investisseurs, dont Microsoft, Coatue…": the
        round just told gets the backers named, and the rest is theirs together, no tranche of the lead's sum."""
        cue = _REST_FROM_OTHERS_RE.search(view.text)
        if cue is None:
            return False
        target = next(
            (
                fact
                for fact, index in zip(reversed(self.facts), reversed(self.fact_sentence), strict=True)
                if fact.kind == "round" and view.index - index <= 2
            ),
            None,
        )
        if target is None:
            return False
        investors, leads = self._investor_lists(view, cue.start(), exclude={target.company})
        for name in investors + leads:
            if name not in target.investors:
                target.investors.append(name)
        _cite_sentence(target, _sentence_of(view))
        return True

    def _tranche_sentence(self, view: View) -> bool:
        """'Amazon va d'abord débloquer une première tranche de 15 milliards, le solde… une fois…'."""
        cue = _CUES["tranche"].search(view.text) or self._untold_tranches(view)
        if not cue or _OTHER_BACKERS_RE.search(view.text):
            return False
        recent = []
        for fact, index in zip(reversed(self.facts), reversed(self.fact_sentence), strict=True):
            if view.index - index > 2:
                break
            if fact.kind == "investment":
                recent.insert(0, fact)
        subjects = self._subjects(view, 0, cue.start())
        target = self._tranched_round(view, subjects, cue.start())
        if target is None:
            target = next((f for f in reversed(recent) if not subjects or f.investor in subjects), None)
        if target is None or (
            target.kind == "investment" and subjects and target.investor not in subjects and view.amounts
        ):
            return False
        if target.amount and any(a.currency and a.value > target.amount for a in view.amounts):
            # "Novartis took part with a $10 million investment. … also signed a collaboration worth up to
            # $1.34 billion, including $40 million paid upfront": a sum larger than the deal is no tranche of it.
            return False
        condition = _CONDITION_RE.search(view.text)
        condition_text = condition.group("cond").strip() if condition else None
        seq = len(target.tranches)
        own_waits: set[str] = set()  # the conditions a tranche's own words set: theirs, not the balance's
        for amount in view.amounts:
            if target.kind == "round" and not amount.currency:
                continue  # "once Trellis hits 2,000 robots deployed": a count in the condition, no tranche.
            if amount.currency and _THRESHOLD_BEFORE_RE.search(
                view.text[max(0, amount.bound_start - 120) : amount.bound_start]
            ):
                # "…the remaining $40 million will be released once Beamline crosses $75 million in annual
                # recurring revenue": the level a tranche waits for is no tranche; a dated one is a target.
                milestone = self._expected_milestone(view, amount)
                if milestone is not None:
                    self._append(milestone, view)
                continue
            seq += 1
            tranche = self._told_tranche(target, view, amount, seq)
            if own := _own_wait(view, amount):
                tranche.condition = own  # "The first $10 billion will be invested when …": it waits too
                own_waits.add(own)
            elif condition_text and condition.start() > amount.span[1] and tranche.label != "first":
                tranche.condition = condition_text
        balance = _ORDINAL_RE.search(view.text)
        labels = [m for m in _ORDINAL_RE.finditer(view.text) if m.group("balance")]
        if labels and not any(t.label == "balance" for t in target.tranches):
            balance = labels[0]
            note = _TIMING_NOTE_RE.search(view.text, balance.end())
            # "…une première tranche de 15 milliards, le solde…" of a $50B stake: the balance is $35B,
            # computed (marked so), its evidence the stake's sentence and the stated part's.
            rest = _balance_of(target)
            target.tranches.append(
                Tranche(
                    seq=seq + 1,
                    label="balance",
                    amount=rest,
                    currency=target.currency if rest else None,
                    bound=target.bound if rest else None,
                    computed=rest is not None,
                    condition=condition_text if condition_text not in own_waits else None,
                    note=note.group().strip() if note else None,
                    sentence=_own_sentence(target, view),
                )
            )
        _add_untold_first(target, view)
        ordinal = next(
            (m for m in _ORDINAL_RE.finditer(view.text) if m.group("second") or m.group("third")), None
        )
        if condition_text and ordinal and not view.amounts:
            # "Le second versement n'interviendra que si…": the condition belongs to that tranche.
            seq = 2 if ordinal.group("second") else 3
            for tranche in target.tranches:
                if tranche.seq == seq:
                    tranche.condition = condition_text
        if condition_text:
            target.condition = condition_text
            target.status = "conditional"
        return True

    def _told_tranche(self, target: Fact, view: View, amount: AmountMention, seq: int) -> Tranche:
        """Add the tranche of `amount` to `target` (`_add_tranche`); the first names how it is split."""
        tranche = _add_tranche(target, view, amount, seq, self.anchor)
        if target.tranche is None:
            target.tranche = _tranche_phrase(view.text, amount)
        return tranche

    def _untold_tranches(self, view: View) -> re.Match[str] | None:
        """A round paid in parts without the word tranche: "Zeta AI will receive $30 million now, and $15 million
        once it reaches its revenue targets" (sums adding up to the round just told, one of them paid now). The
        match of the timing word stands for the tranche cue; without it each sum would be a round of its own."""
        paid_first = _PAID_NOW_RE.search(view.text) or _PAID_FIRST_RE.search(view.text)
        if not paid_first or self._round_summed_by(view) is None:
            return None
        first = min(a.bound_start for a in view.amounts if a.currency)
        return _EMPTY_RE.match(view.text, first)  # the subjects are the words before the first sum

    def _round_summed_by(self, view: View) -> Fact | None:
        """The story's latest round when two or more of the sentence's sums (in its currency, none a level
        waited for) add up to its amount: "a $45 million Series B … $30 million now, and $15 million once …";
        else the stake one of the two sentences before told, so summed ("Amazon agreed to invest $50 billion.
        Amazon will pay $15 billion now and $35 billion once conditions are met")."""
        rounds = [f for f in self.facts if f.kind == "round" and f.amount and f.company]
        if rounds and _summed_by(view, rounds[-1]):
            return rounds[-1]
        for fact, index in zip(reversed(self.facts), reversed(self.fact_sentence), strict=True):
            if view.index - index > 2:
                break
            if fact.kind == "investment" and fact.amount and _summed_by(view, fact):
                return fact
        return None

    def _tranched_round(self, view: View, subjects: list[str], cue_start: int) -> Fact | None:
        """The round a tranche sentence splits: the story's latest round when the tranches' sums add up to its
        amount ("a $45 million Series B … $30 million now, and $15 million once …"), or when the sentence's
        subject is the round itself ("The round is structured in two tranches"), whoever its backers are."""
        summed = self._round_summed_by(view)
        if summed is not None:
            return summed
        rounds = [f for f in self.facts if f.kind == "round" and f.amount and f.company]
        if not rounds:
            return None
        latest = rounds[-1]
        told_of_round = not subjects and _ROUND_SUBJECT_RE.match(view.text[:cue_start])
        # "Wayve will receive the money in two tranches": the round's company receiving it splits it too.
        received = subjects == [latest.company] and _RECEIVES_ROUND_RE.search(view.text, 0, cue_start)
        if told_of_round or received:
            last_index = self.fact_sentence[self.facts.index(latest)]
            if view.index - last_index <= 3:
                return latest
        return None

    # -- parties -------------------------------------------------------------------------------------

    def _received_from_investor(self, view: View, amount: AmountMention) -> bool:
        """Whether the sum is received from a name that is an investor's: a fund known or named so ("from Accel",
        "from Quarry Capital"), not a company that may be a customer ("from Microsoft for cloud credits"), a bank
        or a public body ("from the EU")."""
        start = receives_from_named(view.text, amount.bound_start, amount.span[1])
        if start is None:
            return False
        source = next((m for m in view.mentions if view.rel(m)[0] == start and m.name), None)
        if source is None or not self._is_org(source.name):
            return False
        info = self.reader.orgs[source.name]
        return info.kind == "investor" and info.investor_kind not in ("corporate", "bank")

    def _is_org(self, name: str | None) -> bool:
        return (
            bool(name)
            # "revenue of CHF18.4 million": a currency code glued to its number is a sum, not a name.
            and not re.match(r"[A-Z]{3}\d", name)
            and self.reader.orgs.get(name) is not None
            and self.reader.orgs[name].entity == "organisation"
        )

    def _raised_a_week_before(self, view: View, amount: AmountMention) -> DateMention | None:
        """The date of a raise told as a week before the story's: "Ombrelle raised €20 million, a week after its
        rival Poolside raised $500 million". The day is not told: like "last week", the month holding it."""
        told = _A_WEEK_AFTER_RAISE_RE.search(view.text, max(0, amount.bound_start - 120), amount.bound_start)
        if told is None or self.published is None:
            return None
        day = self.published - dt.timedelta(weeks=1)
        return DateMention(f"{day.year:04d}-{day.month:02d}", "month", "point", told.span(), relative=True)

    def _clause_start(self, view: View, position: int) -> int:
        """Start of the clause containing `position` (after the last separator before it). A relative clause
        closed before `position` is skipped: in "Cisco, which has…, will pay" the main clause resumes."""
        key = ("clause_start", position)
        if key not in view.memo:
            view.memo[key] = self._find_clause_start(view, position)
        return view.memo[key]

    def _find_clause_start(self, view: View, position: int) -> int:
        start = 0
        closed = _closed_relatives(view.text, position)
        # « …à Thrive Capital, selon Les Echos, pour 30 millions d'euros »: who told it opens no clause.
        if "attributions" not in view.memo:
            view.memo["attributions"] = attribution_spans(view.text)
        told_by = view.memo["attributions"]
        for match in _SEPARATOR_RE.finditer(view.text, 0, position):
            if inside(match.start(), closed) or inside(match.start(), told_by):
                continue
            if _AND_AFTER_PARTICIPLE_ASIDE_RE.match(match.group()) and _PARTICIPLE_ASIDE_BEFORE_RE.search(
                view.text, max(0, match.start() - 160), match.start()
            ):
                continue  # "Le fonds A, géré par B, et le fonds C y ont pris part": one coordinated subject.
            start = match.end()
        # "…, Plover AI landed a $40 million Series A from Quill Capital and Sterne IA pulled in €8 million": a
        # round-up's clause opens at its own subject even with no comma before the "and".
        for index in range(len(view.amounts) - 1):
            other = self._other_subject_clause(view, index)
            if other is not None and start < other[1] <= position:
                start = other[1]
        return start

    def _cue_start(self, view: View, position: int, kind: str) -> int | None:
        """Where the cue that classified amount `position` starts (the nearest before it)."""
        amount = view.amounts[position]
        start = view.amounts[position - 1].span[1] if position else 0
        found = None
        for match in _CUES[kind].finditer(view.text, start, amount.bound_start):
            found = match.start()
        return found

    def _subjects(self, view: View, start: int, end: int) -> list[str]:
        """Organisations between `start` and `end` that are not objects of a preposition, coordinated."""
        names = [m.name for m in self._subject_mentions(view, start, end) if m.name]
        return [n for n in _unique(names) if self._is_org(n) or self.reader.orgs[n].entity == "person"]

    def _subject_mentions(self, view: View, start: int, end: int) -> list[Mention]:
        """Mentions between `start` and `end` not governed by a preposition, including references the reader
        could not resolve (name None)."""
        found = []
        closed = _closed_relatives(view.text, end)
        governed_end = None  # where the last name a preposition governs ends
        for mention in view.mentions:
            begin, finish = view.rel(mention)
            if begin < start or finish > end or mention.in_quote or mention.possessive:
                continue
            if inside(begin, closed):
                continue  # "Helsing, which bought Grob Aircraft in 2024, employs…": Grob is not the subject.
            if governed_end is not None and _GOVERNED_AND_GAP_RE.fullmatch(view.text[governed_end:begin]):
                # "had raised $9 million from Real Ventures and Inovia Capital": joined to a governed name.
                governed_end = finish
                continue
            governed_end = finish
            if _GOVERNED_DESCRIPTOR_RE.search(view.text[max(start, begin - 120) : begin]):
                continue  # "aux côtés du fonds singapourien Temasek": the preposition governs the name.
            before = view.text[max(start, begin - 25) : begin]
            if re.search(
                r"(?:\b(?:de|d['’]|du|des|à|au|aux|avec|dans|par|pour|sur|chez|entre|of|in|into|from|"
                r"with|by|for|to|at|on|than|via|through|auprès d[e'’])\s*|\()$",
                before,
                _I,
            ):
                continue
            if mention.how in ("name", "new") and _PREPOSITION_THE_BEFORE_RE.search(before):
                continue  # "spun out of the University of Oxford", "soutenue par la Banque X": an object.
            if _EXAMPLES_BEFORE_RE.search(view.text[max(start, begin - 80) : begin]):
                continue  # "used by 150 health systems, including Kaiser and Mayo Clinic": examples, not subjects.
            if re.search(r"\d\s+$", before):
                continue  # "operates roughly 45,000 Nvidia GPUs": a brand counted after a number is an object.
            if _FORMER_EMPLOYER_BEFORE_RE.search(before) and _PERSON_ROLE_AFTER_RE.match(view.text, finish):
                continue  # "founded by former NSA analyst Marcus Lee": a person's past employer, no party.
            governed_end = None
            found.append(mention)
        return found

    def _unresolved_subject(self, view: View, start: int, end: int) -> bool:
        """Whether the subject before `end` is a reference the reader could not resolve ("la société" in a
        story naming several companies): the fact is left out rather than given to the wrong company."""
        mentions = self._subject_mentions(view, start, end)
        return bool(mentions) and mentions[-1].name is None

    def _coordinated_after(self, view: View, start: int) -> list[str]:
        """The organisations named from `start` on, one after another with only a coordination between:
        'with Accel and the London firm Index Ventures each investing' gives both."""
        names: list[str] = []
        previous_end = None
        for mention in view.mentions:
            begin, finish = view.rel(mention)
            if begin < start or not mention.name:
                continue
            if previous_end is not None and not _COORDINATION_GAP_RE.fullmatch(view.text[previous_end:begin]):
                break
            if self._is_org(mention.name):
                names.append(mention.name)
            previous_end = finish
        return _unique(names)

    def _relative_antecedent(self, view: View, clause_start: int) -> list[str]:
        """'…ASML, qui a investi…': the organisation right before ', qui'."""
        before = view.text[:clause_start]
        if not _RELATIVE_RE.search(before):
            return []
        candidates = [
            m for m in view.mentions if view.rel(m)[1] <= clause_start and m.name and not m.in_quote
        ]
        apposed = False
        if candidates and clause_start - view.rel(candidates[-1])[1] > 12:
            # "l'EIC Fund, le fonds du Conseil européen de l'innovation, qui apporte…": an apposition between.
            antecedent = self._before_apposition(view, candidates, clause_start)
            # Keep the names before the antecedent: a coordination may end on it ("A, …, et par B, le fonds…").
            candidates = candidates[: candidates.index(antecedent[0]) + 1] if antecedent else []
            apposed = bool(antecedent)
        if candidates and (
            apposed or clause_start - view.rel(candidates[-1])[1] <= 12 or len(candidates) == 1
        ):
            if len(candidates) > 2 and self._vehicle_of_coordinated(view, candidates, clause_start):
                # "codirigée par A et B, via son fonds F, qui apportent chacun": F is B's vehicle; "chacun"
                # counts the coordinated A and B.
                candidates = candidates[:-1]
            names = [candidates[-1].name]
            counts_several = bool(
                _EACH_RE.match(view.text[clause_start:], _relative_verb_end(view.text, clause_start))
            ) or bool(
                _EACH_RE.search(re.split(r"[.;]", view.text[clause_start : clause_start + 80], maxsplit=1)[0])
            )
            if apposed and not counts_several:
                return names  # "A et l'EIC Fund, le fonds de…, qui apporte": the apposed name alone.
            # "menée par Demeter et Founders Future, qui ont chacun apporté…": a coordinated antecedent.
            for previous, following in zip(reversed(candidates[:-1]), reversed(candidates), strict=False):
                gap = view.text[view.rel(previous)[1] : view.rel(following)[0]]
                if not _COORDINATION_GAP_RE.fullmatch(gap):
                    if len(names) == 1 and counts_several and _APPOSED_COORDINATION_GAP_RE.fullmatch(gap):
                        # "menée par A, filiale de X, et par B, le fonds de Y, qui apportent chacun": each
                        # conjunct has its apposition; the relative counts both.
                        names.insert(0, previous.name)
                    break
                names.insert(0, previous.name)
            return names
        return []

    def _vehicle_of_coordinated(self, view: View, candidates: list[Mention], clause_start: int) -> bool:
        """The last name is the fund through which the one before invests ("B, via son fonds F", "B, through
        its F fund"), B closes a coordination, and the relative that follows counts several ("each")."""
        if not _EACH_RE.match(view.text[clause_start:], _relative_verb_end(view.text, clause_start)):
            return False
        vehicle, owner, first = candidates[-1], candidates[-2], candidates[-3]
        gap = view.text[view.rel(owner)[1] : view.rel(vehicle)[0]]
        joined = view.text[view.rel(first)[1] : view.rel(owner)[0]]
        return bool(_VEHICLE_GAP_RE.fullmatch(gap)) and bool(_COORDINATION_GAP_RE.fullmatch(joined))

    def _before_apposition(self, view: View, candidates: list[Mention], clause_start: int) -> list[Mention]:
        """The antecedent of a relative set off from it by an apposition ("X, the fund of Y, which"): the
        name, among the last two, followed by nothing but that apposition (as [X]), else none."""
        for mention in reversed(candidates[-2:]):
            gap = _without_relative_pronoun(view.text[view.rel(mention)[1] : clause_start])
            if "," in gap and _ANTECEDENT_GAP_RE.fullmatch(gap):
                return [mention]
        return []

    def _from_list(self, view: View, position: int) -> list[str]:
        """'… from X': the investor after 'from/auprès de' when there is no subject."""
        joining = _JOINING_RELATIVE_RE.search(view.text, position)
        # "…dans le cadre d'une augmentation de capital à laquelle participe aussi Y": Y joins the round, it is
        # not the one whose sum this is.
        end = joining.start() if joining else None
        investors, leads = self._investor_lists(view, position, exclude=set(), end=end)
        return (leads + investors)[:1]

    def _object(self, view: View, amount: AmountMention | None, cue_start: int | None) -> str | None:
        """The organisation after 'dans/in/into/au capital de' following the verb, within its clause."""
        start = amount.span[1] if amount else (cue_start or 0)
        origin = cue_start if cue_start is not None else start
        end = self._clause_end(view, start)
        relative = _PREPOSITION_RELATIVE_RE.search(view.text, start, end)
        if relative:
            end = relative.start()  # "…to the round, in which Balderton also took part": not its object.
        for mention in view.mentions:
            begin, _ = view.rel(mention)
            if begin < origin or begin > end or not mention.name or mention.in_quote:
                continue
            if _governed_by_object_prep(view.text, begin) and self._is_org(mention.name):
                return mention.name
        return None

    def _clause_end(self, view: View, position: int) -> int:
        match = _SEPARATOR_RE.search(view.text, position)
        return match.start() if match else len(view.text)

    def _owner(self, view: View, cue_start: int) -> str | None:
        """Whose figure: 'X's revenue', 'le chiffre d'affaires de X', the clause subject, else the topic."""
        subsidiary = _OWN_SUBSIDIARY_AFTER_RE.match(view.text, cue_start) or (
            self.reader.target
            and (
                _SUBSIDIARY_BEFORE_RE.search(view.text, self._clause_start(view, cue_start), cue_start)
                or _FOR_THIS_UNIT_AFTER_RE.match(view.text, cue_start)
            )
        )
        if subsidiary:
            # "porter les revenus de sa nouvelle filiale à 50 M€": the company the buyer just acquired;
            # with no acquisition in the story, nobody the text names for sure.
            return self.reader.target
        relative = _RELATIVE_OWNER_BEFORE_RE.search(view.text, max(0, cue_start - 80), cue_start)
        if relative:
            # "Avec Shiftly, qui apporte une vingtaine d'ingénieurs": the count of the relative's antecedent,
            # even one a preposition governs.
            named = [
                m
                for m in view.mentions
                if view.rel(m)[1] == relative.start()
                and self._is_org(m.name)
                and not _PLACE_PREPOSITION_BEFORE_RE.search(
                    view.text, max(0, view.rel(m)[0] - 15), view.rel(m)[0]
                )
            ]
            if named:
                return named[0].name
        whose = _WHOSE_BEFORE_RE.search(view.text, max(0, cue_start - 40), cue_start)
        if whose:
            named = [m for m in view.mentions if view.rel(m)[1] == whose.start() and self._is_org(m.name)]
            if named:
                return named[0].name
        clause_start = self._clause_start(view, cue_start)
        for mention in reversed(view.mentions):
            begin, finish = view.rel(mention)
            if (
                mention.possessive
                and clause_start <= begin
                and finish <= cue_start + 1
                and self._is_org(mention.name)
                # "founded by former developers at Ubisoft's studio": a preposition's object owns nothing.
                and not _after_preposition(view.text, begin)
            ):
                return mention.name
        for mention in view.mentions:
            begin, _ = view.rel(mention)
            if (
                cue_start < begin <= cue_start + 40
                and re.search(r"\b(?:de|d['’]|of)\s*$", view.text[cue_start:begin])
                and self._is_org(mention.name)
                and not re.search(r"[,;]", view.text[cue_start:begin])
            ):
                return mention.name
        if self._unresolved_subject(view, clause_start, cue_start):
            return None
        if executive := self._executive_company(view, clause_start, cue_start):
            return executive
        if self._place_subject(view, clause_start, cue_start):
            return None  # "The U.S. spends $4.5 trillion a year on health care": a country's figure.
        subjects = self._subjects(view, clause_start, cue_start) or self._subjects(view, 0, cue_start)
        subjects = [s for s in subjects if self._is_org(s)]
        if len(subjects) > 1 and _COORDINATED_LIST_RE.search(view.text[clause_start:cue_start]):
            return (
                None  # "Microsoft, Alphabet, Amazon and Meta together are expected to spend…": no one's own.
            )
        if subjects:
            return subjects[-1]
        return self._topic_unless_investor(view.topic_before) or self._main_company(exclude=set())

    def _place_subject(self, view: View, clause_start: int, cue_start: int) -> bool:
        """Whether the clause's subject is a country or city the knowledge file lists ("La France compte…",
        "The U.S. spends…") and no organisation is named before the cue."""
        if self._names_in(view, clause_start, cue_start):
            return False
        opening = _PLACE_OPENING_RE.match(view.text, clause_start, cue_start)
        return opening is not None and opening.group("place") in self.reader.kb.places

    def _topic_unless_investor(self, topic: str | None) -> str | None:
        """The topic, unless it is an investor of this story's deals: after "Arkéa Capital complète le tour",
        "la solution est utilisée par 1 500 exploitations" is about the funded company, not the fund."""
        if topic is None:
            return None
        invested = any(
            topic == fact.investor or topic in fact.investors
            for fact in self.facts
            if fact.kind in ("round", "investment") and fact.company != topic
        )
        # The client of the funded company's contract ("a signé un contrat… avec Nebulo") is no more its topic:
        # "Le dirigeant vise une puissance de 300 MW" is the funded company's.
        funded = {fact.company for fact in self.facts if fact.kind == "round"}
        invested = invested or any(
            fact.kind == "partnership" and fact.partner == topic and fact.company in funded
            for fact in self.facts
        )
        # A name the text presents as a fund ("Arkéa Capital et des business angels complètent le tour") is
        # an investor too, once the story has a funded company.
        info = self.reader.orgs.get(topic)
        fund = info is not None and info.kind == "investor" and any(f.kind == "round" for f in self.facts)
        return None if invested or fund else topic

    def _named_after(
        self, view: View, cue_start: int | None, amount: AmountMention, raiser: str | None = None
    ) -> str | None:
        """'valuing Anthropic at', 'valorisant X à', 'la valorisation de X'. `raiser`: the company of the
        sentence's round."""
        if cue_start is None:
            return None
        for mention in view.mentions:
            begin, _ = view.rel(mention)
            if cue_start < begin < amount.bound_start and mention.name and self._is_org(mention.name):
                if mention.how == "reference" and raiser and raiser != mention.name:
                    # "Son concurrent Salaria a bouclé un tour de 40 M€, valorisant la société 250 M€": "la
                    # société" a round of the sentence values is the company raising it.
                    return raiser
                return mention.name
        return None

    def _possessor_between(self, view: View, start: int, end: int) -> str | None:
        """'Khosla led the company's $9 million Series A': the round's owner, named by a possessive."""
        owners = [
            m.name
            for m in view.mentions
            if (m.possessive or view.text.startswith(("'s ", "’s "), view.rel(m)[1]))
            and start <= view.rel(m)[0]
            and view.rel(m)[1] <= end
            and self._is_org(m.name)
        ]
        return owners[-1] if len(owners) == 1 else None

    def _valued_itself(self, view: View, amount: AmountMention) -> str | None:
        """The organisation told as the subject of the valuation's own "valued" verb: "Nvidia, which led the round,
        is itself valued at $4 trillion", « Nvidia, qui a mené le tour, est elle-même valorisée à … »: the backer's
        own worth, not that of the company it backed."""
        return next(
            (
                mention.name
                for mention in view.mentions
                if _VALUED_ITSELF_AFTER_SUBJECT_RE.fullmatch(view.text, view.rel(mention)[1], amount.bound_start)
                and _opens_a_clause(view.text[: view.rel(mention)[0]])
                and self._is_org(mention.name)
            ),
            None,
        )

    def _valued_after(self, view: View, amount: AmountMention) -> str | None:
        """'…a €1.7bn round that values Mistral at €11.7bn': the organisation right after a later valuation verb."""
        cue = _VALUING_VERB_RE.search(view.text, amount.span[1])
        if cue is None:
            return None
        return next(
            (m.name for m in view.mentions if view.rel(m)[0] == cue.end() and self._is_org(m.name)), None
        )

    def _next_round_start(self, view: View, position: int) -> int | None:
        """Where the next round of the sentence is told, when the amount after `position` is one ("…, followed by
        a $21 million Series A", "puis une série B de 20 M€"): its type just before it or the amount itself."""
        if position < 0 or position + 1 >= len(view.amounts):
            return None
        # "a £78.4 million ($100 million) Series A …, and an earlier £19.6 million ($25 million) pre-seed round":
        # a sum's bracketed equivalent is no next sum, and the type comes after the next sum's own bracket.
        position = self._next_own_sum(view, position) - 1
        if position + 1 >= len(view.amounts):
            return None
        following = view.amounts[position + 1]
        if _ROUND_AFTER_AMOUNT_RE.match(view.text, self._past_equivalent(view, position + 1)):
            start = following.bound_start
        else:
            start = None
        labels = list(
            _ROUND_TYPE_RE.finditer(view.text, view.amounts[position].span[1], following.bound_start)
        )
        label = labels[-1] if labels else None
        if label and _ROUND_BEFORE_AMOUNT_RE.fullmatch(view.text, label.end(), following.bound_start):
            start = label.start()
        if start is None:
            return (
                self._next_raise_clause(view, position)
                or self._other_raise_after(view, position)
                or self._other_subject_raise(view, position)
            )
        if not _ROUND_TYPE_RE.search(view.text, view.amounts[position].span[1], len(view.text)):
            return None
        # "Gull AI raised $12 million led by Harbor Ventures, Plover AI landed a $40 million Series A": the next
        # round's clause opens at its own subject, whose name backs no round before it.
        other = self._other_subject_raise(view, position)
        return start if other is None else min(start, other)

    def _own_stretch_end(self, view: View, position: int) -> int | None:
        """Where the next round's stretch starts after the round at `position`, past the sums between that are no
        round of their own: "a Series A led by Index and Accel, which values it at $750 million, and a £19.6
        million pre-seed round led by GV" (GV leads the pre-seed only)."""
        for before_next in range(position, len(view.amounts) - 1):
            if (start := self._next_round_start(view, before_next)) is not None:
                return start
        return None

    def _round_noun_past_equivalent(self, view: View, position: int) -> re.Match[str] | None:
        """A round's noun after the bracketed equivalent of the sum at `position`: "an earlier £19.6 million ($25
        million) pre-seed round" is a round, whatever figure the clause before it told."""
        start = self._past_equivalent(view, position)
        if start == view.amounts[position].span[1]:
            return None
        noun = _NOUN_AFTER_RE.match(view.text[start : start + 40])
        return noun if noun and noun.lastgroup.startswith("round") else None

    def _next_own_sum(self, view: View, position: int) -> int:
        """The index of the first sum after the one at `position` that is not a bracketed equivalent of the sum
        before it (len(view.amounts) when none is)."""
        following = position + 1
        while following < len(view.amounts) and self._is_equivalent(
            view, view.amounts[following - 1], view.amounts[following]
        ):
            following += 1
        return following

    def _past_equivalent(self, view: View, position: int) -> int:
        """Where the words after the sum at `position` start, past its bracketed equivalent if one follows: "£19.6
        million ($25 million) pre-seed round" reads on at " pre-seed"."""
        following = position + 1
        if following < len(view.amounts) and self._is_equivalent(
            view, view.amounts[position], view.amounts[following]
        ):
            close = view.text.find(")", view.amounts[following].span[1])
            if close != -1:
                return close + 1
        return view.amounts[position].span[1]

    @staticmethod
    def _other_raise_after(view: View, position: int) -> int | None:
        """Where a clause telling another company's raise starts, between the amount at `position` and the next:
        "Ombrelle raised $20 million, weeks after rival Poolside raised $500 million from Accel" (Accel backs
        Poolside, not Ombrelle)."""
        told = _OTHER_RAISE_AFTER_RE.search(
            view.text, view.amounts[position].span[1], view.amounts[position + 1].bound_start
        )
        return told.start("after") if told else None

    def _other_subject_raise(self, view: View, position: int) -> int | None:
        """Where a round-up's clause telling another organisation's raise starts, between the amount at
        `position` and the next: "Plover Robotics closed a $40 million Series A from Quill Capital, and French
        start-up Sterne IA secured €8 million from Albion Growth" (Sterne IA is no backer of Plover's round,
        and Albion Growth backs Sterne IA). The organisation must be the subject of a raise verb whose sum is
        the next amount."""
        other = self._other_subject_clause(view, position)
        return None if other is None else other[0]

    def _other_subject_clause(self, view: View, position: int) -> tuple[int, int] | None:
        """Where the connector of `_other_subject_raise`'s clause starts and where its subject's name does."""
        key = ("other_subject_clause", position)
        if key not in view.memo:
            view.memo[key] = self._find_other_subject_clause(view, position)
        return view.memo[key]

    def _find_other_subject_clause(self, view: View, position: int) -> tuple[int, int] | None:
        gap_start, gap_end = view.amounts[position].span[1], view.amounts[position + 1].bound_start
        for mention in view.mentions:
            begin, finish = view.rel(mention)
            if (
                not (gap_start <= begin and finish <= gap_end)
                or not mention.name
                or not self._is_org(mention.name)
            ):
                continue
            connector = _OTHER_SUBJECT_CLAUSE_RE.search(view.text, gap_start, begin)
            if connector and _OTHER_SUBJECT_RAISE_RE.fullmatch(view.text, finish, gap_end):
                return connector.start(), begin
        return None

    def _next_raise_clause(self, view: View, position: int) -> int | None:
        """Where a clause telling the next raise of a run starts ("avait levé 105 M€ en juin 2023 lors d'un tour
        d'amorçage, puis 385 M€ en décembre 2023 lors d'une série A, et enfin 15 M€ de Microsoft"): a
        sequence word, or an "and" whose sum has its own date or round type."""
        following = view.amounts[position + 1]
        gap_start = view.amounts[position].span[1]
        connector = _NEXT_RAISE_CONNECTOR_RE.search(view.text[gap_start : following.bound_start])
        if connector is None:
            return None
        after = self._next_own_sum(view, position + 1)  # past the next sum's own bracketed equivalent
        stretch_end = view.amounts[after].bound_start if after < len(view.amounts) else len(view.text)
        dated = any(following.span[1] <= d.span[0] < stretch_end and not d.relative for d in view.dates)
        typed = _ROUND_TYPE_RE.search(view.text, following.span[1], stretch_end)
        if not (connector.group("sequence") or dated or typed):
            return None
        return gap_start + connector.start()

    def _apposed_relative_raiser(self, view: View, amount: AmountMention) -> str | None:
        """The organisation an apposition describes when a relative clause after it tells the raise of `amount`
        ("H Company, la start-up parisienne d'agents IA qui avait levé 220 millions de dollars"), else None."""
        told = _APPOSED_RELATIVE_RAISE_BEFORE_RE.search(
            view.text, max(0, amount.bound_start - 200), amount.bound_start
        )
        if told is None:
            return None
        described = next(
            (
                m.name
                for m in view.mentions
                if m.name and not m.possessive and view.rel(m)[1] == told.start() and self._is_org(m.name)
            ),
            None,
        )
        # "Ombrelle, a rival of Mistral AI, which raised €1.7 billion": the relative tells the raise of the
        # company the apposition names, not of the one it describes. Only a written name counts: the apposition's
        # own words ("la start-up parisienne") are read as a reference, rightly or not.
        named_inside = any(
            m.name
            and m.name != described
            and m.how not in ("descriptor", "reference", "latter")
            and told.start() < view.rel(m)[0] < told.end()
            and self._is_org(m.name)
            for m in view.mentions
        )
        return None if named_inside else described

    def _relative_raiser(self, view: View, end: int) -> str | None:
        """The organisation a relative clause ending at the raise verb follows ("X, which raised", "X, qui a
        levé"), when that name is an example or an object (the clause's own subject is left to `_subjects`)."""
        before = [m for m in view.mentions if m.name and view.rel(m)[1] <= end]
        if not before or not self._is_org(before[-1].name) or before[-1].possessive:
            return None
        begin, finish = view.rel(before[-1])
        rival = bool(RIVAL_OF_BEFORE_RE.search(view.text, max(0, begin - 40), begin))
        gap_re = _RIVAL_RELATIVE_RAISE_GAP_RE if rival else _RELATIVE_RAISE_GAP_RE
        verb_at_cue = gap_re.fullmatch(view.text, finish, end) and _RAISE_VERB_AT_RE.match(view.text, end)
        # "l'allemand Lumasat, qui a bouclé un tour de 60 M€": the verb, then the round's noun at the cue.
        if not verb_at_cue and not _RELATIVE_RAISED_ROUND_GAP_RE.fullmatch(view.text, finish, end):
            return None
        if before[-1] in self._subject_mentions(view, 0, finish):
            return None
        if not rival and _GOVERNED_BEFORE_RE.search(view.text, max(0, begin - 25), begin):
            return None  # "née dans un laboratoire du CNRS, qui avait levé": the clause is the start-up's.
        return before[-1].name

    def _earlier_round_led(self, view: View, lead_verb: re.Match) -> bool:
        """Whether the lead verb governs an earlier round named by an indefinite article, dated or told in a past
        perfect, and no other company's: "which led a £12m Series A in 2021" (not "a Series A in Corvix")."""
        earlier = _EARLIER_ROUND_AFTER_LEAD_RE.match(view.text, lead_verb.end())
        if earlier is None or _NAMED_AFTER_ROUND_RE.search(
            view.text, earlier.end("round"), self._clause_end(view, earlier.end("round"))
        ):
            return False
        return bool(
            earlier.group("year")
            or earlier.group("rest")
            or _PAST_PERFECT_LEAD_RE.match(lead_verb.group())
            or re.search(r"\bhad\s+$", view.text[max(0, lead_verb.start() - 5) : lead_verb.start()], _I)
        )

    def _raiser_going_on(self, view: View, amount: AmountMention) -> str | None:
        """ "Tindra raised $80 million from Accel and Nvidia, and plans to raise $40 million more": a raise not made
        yet whose verb follows "and" with no subject of its own is the raiser's of the sentence's round before it,
        never the backer named last."""
        if _unmade_raise_status(view.text, amount) is None or not _SUBJECTLESS_AND_BEFORE_RE.search(
            view.text, max(0, amount.bound_start - 80), amount.bound_start
        ):
            return None
        return next(
            (
                fact.company
                for fact, index in zip(reversed(self.facts), reversed(self.fact_sentence), strict=True)
                if index == view.index and fact.kind == "round"
            ),
            None,
        )

    def _raiser(
        self, view: View, cue_start: int | None, amount: AmountMention
    ) -> tuple[str | None, list[str]]:
        """Who raises: the subject before the verb; a subject that 'mène' the round is its lead instead."""
        end = cue_start if cue_start is not None else amount.bound_start
        if _grant_given_to(view.text, amount) is not None:
            # "La Confédération a accordé une subvention de 8 M€ à l'EPFL": the recipient, else nobody known
            # (never the giver, nor the story's company).
            return self._grant_recipient(view, amount), []
        if _DEAL_WITHIN_ROUND_RE.match(view.text, self._clause_start(view, end)):
            funded = next((f.company for f in reversed(self.facts) if f.kind == "investment"), None)
            if funded or self._valued_after(view, amount) or self.reader.main:
                return funded or self._valued_after(view, amount) or self.reader.main, []
        if _PART_OF_BEFORE_RE.search(view.text, max(0, amount.bound_start - 40), amount.bound_start):
            # "The two companies are part of a ¥55 billion funding round that values Hoshizora at…": the
            # subject takes part in the round; the company it values raises it.
            valued = self._valued_after(view, amount)
            if valued:
                return valued, []
        if fronted := self._fronted_recall_subject(view, amount):
            # "Fort de sa levée de 20 M€, Mistral AI recrute…": the fronted phrase's « sa »/"its" points forward
            # to the subject after its comma, not back to a company an earlier sentence named.
            return fronted, []
        if apposed := self._apposed_relative_raiser(view, amount):
            # "Le précédent fonds de la banque publique avait accompagné H Company, la start-up parisienne qui avait
            # levé 220 millions de dollars": H Company's raise, not the fund's that backed it.
            if apposed != self.reader.main:
                self.passing.add(apposed)
            return apposed, []
        if self._unresolved_subject(view, self._clause_start(view, end), end):
            # "The CEO of Zorgly said the company closed a $20 million raise": the company is the speaker's.
            return self._speaking_executive_company(view, end), []
        if relative := self._relative_raiser(view, end):
            # "Its rivals include Germany's Strix Defence, which raised €120mn last year": the raise the
            # relative clause tells is that of the name it follows, not the story's company.
            if relative != self.reader.main:
                self.passing.add(relative)
            return relative, []
        subjects = self._subjects(view, self._clause_start(view, end), end) or self._subjects(view, 0, end)
        subjects = [s for s in subjects if self._is_org(s)]
        if subjects and (joined_round := self._joined_round_company(view, amount, cue_start)):
            return joined_round, []
        lead_verb = _active_lead_verb(view.text, end)
        if subjects and lead_verb and view.text.find(subjects[-1]) < lead_verb.start():
            company = self._object(view, amount, cue_start) or self._possessor_between(
                view, lead_verb.end(), amount.bound_start
            )
            company = self._shareholder_of(view, lead_verb.start(), amount.span[1], company, subjects)
            if company is None:
                # "Insight Partners, which led a $150 million Series C that valued Quillgate at…": the company
                # the round values raised it.
                company = self._valued_after(view, amount)
            earlier = self._earlier_round_led(view, lead_verb)
            if company is None and (_OWN_ROUND_AFTER_LEAD_RE.match(view.text, lead_verb.end()) or earlier):
                # "Eurazeo, qui avait mené en 2023 sa série A", "Index led its Series A", "Octopus led a £12m
                # Series A in 2021": the investor led the round of the company the article is about, not one of
                # its own.
                main = self.reader.main
                company = main if self._is_org(main) and main not in subjects else None
                if company is None and earlier and not any(f.company in subjects for f in self.facts):
                    # A story with no main company (a sale, an exit): the company its deals are about, when the
                    # subject is no company of them ("La cible est détenue par X, qui avait mené…" is unsure).
                    company = self._main_company(exclude=set(subjects), topic=view.topic_before)
            if company is None:
                # "D'Ieteren entre au capital de Cyclopole. D'Ieteren mène une augmentation de capital de 4 M€":
                # the round the subject leads is that of the company it just said it was investing in.
                company = next(
                    (
                        fact.company
                        for fact, index in zip(
                            reversed(self.facts), reversed(self.fact_sentence), strict=True
                        )
                        if fact.kind == "investment"
                        and fact.investor in subjects
                        and 0 < view.index - index <= 2
                    ),
                    None,
                )
            return company, [name for name in subjects if name != company]
        backer_verb = _BACKER_VERB_RE.search(view.text, 0, end)
        apposed = self._backer_apposed(view, end)
        if subjects and apposed:
            # "…et par Go Capital, entré au capital lors d'un tour de 3 M€": the participle describes the backer
            # just before it. The clause's subject raised the round, unless it backs too ("Naver y participe,
            # tout comme le fonds Serena, entré au capital lors d'un premier tour"): then the story's company.
            name, start = apposed
            if name not in subjects and not _BACKER_VERB_RE.search(view.text, 0, start):
                return subjects[-1], []
            return self._main_company(exclude={*subjects, name}), []
        if subjects and backer_verb and view.text.find(subjects[-1]) < backer_verb.start():
            # "Kima Ventures, qui avait mené son tour d'amorçage de 5 M€": the subject backed the round; it is
            # the round of the company named after the verb, else of the story's company.
            company = (
                self._object(view, amount, cue_start)
                or self._possessor_between(view, backer_verb.end(), amount.bound_start)
                or self._main_company(exclude=set(subjects))
            )
            leads = subjects if _LEAD_WORD_RE.search(backer_verb.group()) else []
            return company, [name for name in leads if name != company]
        if subjects and _LED_BY_SUBJECT_AFTER_RE.match(view.text, amount.span[1]):
            # "Jolt Capital, qui détient 22 % de Nanovère depuis la levée de 25 M€ qu'il avait menée": the
            # subject led the round of the company the story is about, it raised nothing.
            company = self._main_company(exclude=set(subjects))
            return company, [name for name in subjects if name != company] if company else []
        if subjects:
            return subjects[-1], []
        if (executive := self._executive_subject(view, self._clause_start(view, end), end)) is not None:
            return executive, []
        possessive = [
            m
            for m in view.mentions
            if m.possessive
            and self._is_org(m.name)
            and view.rel(m)[1] <= end
            and not _after_preposition(view.text, view.rel(m)[0])
        ]
        if possessive and lead_verb and view.rel(possessive[-1])[1] <= lead_verb.start():
            # "ASML's investment leads a €1.7bn round that values Mistral at…": the leader is not the raiser.
            company = self._object(view, amount, cue_start) or self._valued_after(view, amount)
            return company, [possessive[-1].name] if company else []
        if possessive:
            return possessive[-1].name, []
        story_company = self.reader.main or self.reader.target
        if _PRONOUN_SUBJECT_RE.search(view.text[self._clause_start(view, end) : end]) and story_company:
            # "elle avait levé…", "it raised…": the article's main company, not the last one named; in a story
            # of a purchase whose backers' stakes are past ("Next47 avait pris 9 % du capital en 2021. Il avait
            # également participé à la série C"), the company bought.
            return story_company, []
        if self._unknown_name_opens(view, self._clause_start(view, end)):
            return (
                None,
                [],
            )  # "Poolside, meanwhile, is in talks to raise $2B": a name the reader does not know.
        referred = self._referred_deal_company(
            view, self._clause_start(view, end)
        ) or self._possessed_by_named(view, amount)
        if referred is not None:
            return referred, []
        # "Monashees and NVentures also took part. The round follows a $6 million seed round…": a round
        # no clause names the raiser of is the story's company's, not that of a backer of its rounds.
        topic = view.topic_before
        rounds = [f for f in self.facts if f.kind == "round" and f.company != topic]
        info = self.reader.orgs.get(topic) if topic else None
        if any(topic in f.investors for f in rounds) or (rounds and info and info.kind == "investor"):
            topic = None
        return topic or self._main_company(exclude=set()), []

    def _grant_givers(self, view: View, amount: AmountMention, company: str) -> list[str]:
        """Who gives a grant, its backers as a deal file's grant row names them: the agent after its sum ("was
        awarded a $2 million grant by the National Science Foundation", « de l'Union européenne »), or the
        subject of the verb giving it ("The EU awarded Kestrel a €5 million grant")."""
        if after := _GRANT_GIVER_AFTER_SUM_RE.match(view.text, amount.span[1]):
            names = [name for name, _ in self._list_items(view, after.end())]
        elif (verb := _grant_giving_verb(view.text, amount)) is not None:
            subjects = self._subject_mentions(view, self._clause_start(view, verb), verb)
            names = [mention.name for mention in subjects if mention.name]
        else:
            return []
        return [
            name
            for name in names
            if name != company and self._is_org(name) and not no_grant_giver(name.split(), knowledge())
        ]

    def _grant_recipient(self, view: View, amount: AmountMention) -> str | None:
        """The company a grant is given to, named after its sum: "Le gouvernement a accordé une subvention de
        30 M€ à la start-up toulousaine Aérolia", "awarded a €2 million grant to Calyx-Bio". The subject gives
        the money (a state, an agency); it raises nothing."""
        named = _grant_given_to(view.text, amount)
        if named is None:
            return None
        start, end = named
        end = self._clause_end(view, start) if end is None else end
        for mention in view.mentions:
            begin = view.rel(mention)[0]
            if start <= begin < end and mention.name and self._is_org(mention.name):
                return mention.name
        return None

    def _executive_subject(self, view: View, clause_start: int, end: int) -> str | None:
        """The company whose executive, named by role, is the clause's subject: "Le PDG de Zorgly a annoncé une
        levée de 20 M€", "The CEO of the Lyon start-up Zorgly announced…": the executive speaks for it."""
        role = _ROLE_OF_SUBJECT_RE.match(view.text, clause_start)
        if role is None and (person := _PERSON_BEFORE_ROLE_RE.match(view.text, clause_start)):
            # "Jean Dupont, PDG de Zorgly, a annoncé…": the role apposed to a person's name tells the company.
            role = _ROLE_OF_SUBJECT_RE.match(view.text, person.end())
        if role is None or role.end() >= end:
            return None
        return self._company_named_at(view, role.end())

    def _speaking_executive_company(self, view: View, end: int) -> str | None:
        """The company of the executive whose words tell the raise before `end`: "The CEO of Zorgly said the company
        closed a $20 million raise" ("the company" the executive speaks of is Zorgly)."""
        company = self._executive_subject(view, 0, end)
        if company is None:
            return None
        said_from = view.text.find(company) + len(company)
        return company if _SAYS_AFTER_COMPANY_RE.match(view.text, said_from, end) else None

    def _referred_deal_company(self, view: View, clause_start: int) -> str | None:
        """'…a pris 9 % de Neurovia lors de sa série C. Ce tour de 85 millions avait été mené par Index': a round
        told through a demonstrative is the one the sentence before spoke of, so it is the company of that
        sentence's round or stake, not the story's buyer or topic."""
        if not _THIS_ROUND_RE.match(view.text, clause_start):
            return None
        return next(
            (
                fact.company
                for fact, index in zip(reversed(self.facts), reversed(self.fact_sentence), strict=True)
                if fact.kind in ("round", "investment") and 0 < view.index - index <= 1
            ),
            None,
        )

    def _shareholder_of(
        self, view: View, verb_start: int, after: int, company: str | None, subjects: list[str]
    ) -> str | None:
        """'Balderton Capital, Kestrel's largest outside shareholder, led a £45 million round in the company': the
        company a reference after the verb designates is the one whose backer the subject is said to be."""
        objects = [
            m
            for m in view.mentions
            if m.name == company and view.rel(m)[0] > after and m.how in ("reference", "descriptor")
        ]
        if company is not None and not objects:
            return company
        owners = _unique(
            [
                m.name
                for m in view.mentions
                if m.name
                and view.rel(m)[1] <= verb_start
                and m.name not in subjects
                and view.text.startswith(("'s ", "’s "), view.rel(m)[1] - 2)
                and self._is_org(m.name)
                and self.reader.orgs[m.name].kind != "investor"
            ]
        )
        return owners[0] if len(owners) == 1 else company

    def _possessed_by_named(self, view: View, amount: AmountMention) -> str | None:
        """'Pour Doctolib, valorisée un milliard depuis sa levée de 150 M€': with no subject, the round a possessive
        gives is that of the one company the sentence names before it, not the story's other company."""
        if not _OWN_ROUND_BEFORE_RE.search(view.text, max(0, amount.bound_start - 40), amount.bound_start):
            return None
        named = _unique(
            [
                m.name
                for m in view.mentions
                if m.how in ("name", "new", "alias") and view.rel(m)[1] <= amount.bound_start and m.name
            ]
        )
        if len(named) != 1 or not self._is_org(named[0]) or self.reader.orgs[named[0]].kind == "investor":
            return None
        return named[0]

    def _backer_apposed(self, view: View, end: int) -> tuple[str, int] | None:
        """The organisation (and where it starts) that a backer's participle right after it describes:
        "Go Capital, entré au capital lors d'un tour…"."""
        for participle in _BACKER_PARTICIPLE_RE.finditer(view.text, 0, end):
            before = [m for m in view.mentions if m.name and view.rel(m)[1] <= participle.start()]
            if before and self._is_org(before[-1].name):
                return before[-1].name, view.rel(before[-1])[0]
        return None

    def _fronted_recall_subject(self, view: View, amount: AmountMention) -> str | None:
        """The subject right after the comma closing a fronted phrase that recalls `amount`'s raise ("Fresh off
        its $20 million raise, Zorglab is hiring", « Après sa levée de 20 M€, Zorglab recrute »): a known
        organisation named there, else a capitalised name followed by its verb, which is a company the reader
        could not identify. None when the phrase is not fronted or no such subject follows it."""
        clause = recalled_clause(view.text, amount)
        if clause is None or view.text[: clause[0]].strip(_FRONT_PUNCTUATION):
            return None
        comma = re.compile(r",\s*").match(view.text, clause[1])
        if comma is None:
            return None
        named = next(
            (m for m in view.mentions if view.rel(m)[0] == comma.end() and m.name and not m.possessive), None
        )
        if named is not None:
            return named.name if self._is_org(named.name) else None
        unknown = _UNKNOWN_SUBJECT_RE.match(view.text, comma.end())
        first_word = unknown.group(1).split()[0] if unknown else ""
        if not first_word or first_word.lower() in _STOP_CAPITALS or _OPENER_WORD_RE.fullmatch(first_word):
            return None
        return unknown.group(1)

    def _unknown_name_opens(self, view: View, clause_start: int) -> bool:
        """Whether the clause opens on a capitalised word that no mention covers and that is no common
        sentence opener: most likely a company the reader could not identify, not the topic."""
        match = re.match(r"\s*([A-Z][\w-]+)(?=[\s,])", view.text[clause_start:])
        if not match or match.group(1).lower() in _STOP_CAPITALS:
            return False
        if _OPENER_WORD_RE.fullmatch(match.group(1)):
            return False  # "Earlier, …", "Lancée en 2020, …": an adverb or participle, not a name.
        if opens_recall_cue(view.text, clause_start + match.start(1)):
            return False  # "Fresh off a $45 million raise, Nordwind…": a fronted recall, not a name.
        start = clause_start + match.start(1)
        return not any(view.rel(m)[0] <= start < view.rel(m)[1] for m in view.mentions)

    def _investor_lists(
        self, view: View, start: int, exclude: set[str], end: int | None = None
    ) -> tuple[list[str], list[str]]:
        """Investors named after 'auprès de/from/with participation from…' and leads after 'led by/menée par';
        after a lead, the backers that joined it ("menée par X, avec Y et Z", "X led it, with Y participating")."""
        investors: list[str] = []
        leads: list[str] = []
        end = len(view.text) if end is None else end
        for pattern, bucket in ((_LEAD_CUE_RE, leads), (_INVESTOR_CUE_RE, investors)):
            for match in pattern.finditer(view.text, start, end):
                if _no_backers_cue(view.text, match):
                    continue
                # The list stops where the stretch does: "from Quill Capital, and French start-up Sterne IA
                # secured €8 million" names the next raise's company, no backer of this one.
                items = [
                    (n, f) for n, f in self._list_items(view, match.end()) if f <= end and n not in exclude
                ]
                bucket.extend(name for name, _ in items)
                # "auprès de Partech (chef de file), Elaia et Kima Ventures": the backer its aside says leads.
                leads.extend(name for name, f in items if LEAD_ASIDE_AFTER_RE.match(view.text, f))
        investors += [n for n in self._co_investors(view, start, end) if n not in exclude]
        return _unique([n for n in investors if n not in leads]), _unique(leads)

    def _co_investors(self, view: View, start: int, end: int | None = None) -> list[str]:
        """The backers a round's lead (or first named backers) is joined by: "menée par X, avec Y et Z", "led by
        X, with Y and Z participating", "X led the round, with existing investors Y and Z also taking part",
        "auprès de X, avec Y". After a bare "with/avec", the names kept are those the clause closes on or
        says take part ("with Y acting as adviser" is no backer; "…also taking part, the company said" is
        no list going on to the company)."""
        names: list[str] = []
        # Where the lists after "auprès de/from…" end: "auprès de X, avec Y" continues one right there (not
        # "Alongside the round, it announced a partnership with Z, which…").
        list_ends = set()
        end = len(view.text) if end is None else end
        for cue in _INVESTOR_CUE_RE.finditer(view.text, start, end):
            if _no_backers_cue(view.text, cue):
                continue
            listed, list_end = self._list_span(view, cue.end())
            if listed:
                list_ends.add(list_end)
        for match in _CO_INVESTORS_RE.finditer(view.text, start, end):
            if not (
                match.start() in list_ends
                or _LEAD_CUE_RE.search(view.text, start, match.start())
                or _LEAD_VERB_RE.search(view.text, 0, match.start())
                or self._bare_with_after_round(view.text, match)
            ):
                continue
            items = self._list_items(view, match.end())
            if match.group("bare"):
                items = items[: self._co_investors_close(view.text, items)]
            names += [name for name, _ in items if self._is_org(name)]
        return names

    @staticmethod
    def _bare_with_after_round(text: str, match: re.Match[str]) -> bool:
        """Whether a bare "with/avec" right after a round's noun or sum names its backers with no lead told:
        "in a seed round with Plural", not "with the help of", "with plans to", « avec l'aide de »: a
        capitalised name comes right after it."""
        if not match.group("bare") or not re.match(r"[A-ZÀ-Ý]", text[match.end() : match.end() + 1]):
            return False
        return bool(
            _ROUND_BEFORE_BARE_WITH_RE.search(text[max(0, match.start() - 40) : match.start()].rstrip(" ,"))
        )

    @staticmethod
    def _co_investors_close(text: str, items: list[tuple[str, int]]) -> int:
        """How many names of a bare "with/avec" list are backers: up to the first the clause closes on or says
        take part ("…, Nvidia and Intel participating", "…, avec Y et Z."), else up to the last a comma
        follows ("with Y and Z, the company said": "the company" is no backer); none when neither."""
        commas = 0
        for count, (_, end) in enumerate(items, 1):
            if text.startswith(",", end) or re.match(r"\s+,", text[end : end + 4]):
                commas = count
            elif _CO_INVESTORS_END_RE.match(text, end):
                return count
        return commas

    def _list_from(self, view: View, position: int) -> list[str]:
        """Coordinated names starting at `position`: 'X, Y et Z', 'le fonds américain X et le néerlandais Y'."""
        return self._list_span(view, position)[0]

    def _list_span(self, view: View, position: int) -> tuple[list[str], int]:
        """The names of `_list_from` and where the last one ends (`position` when there is none)."""
        items = self._list_items(view, position)
        return [name for name, _ in items], (items[-1][1] if items else position)

    def _list_items(self, view: View, position: int) -> list[tuple[str, int]]:
        """The names of `_list_from`, each with where its mention ends."""
        items: list[tuple[str, int]] = []
        names: list[str] = []
        cursor = position
        titled = False
        for mention in view.mentions:
            begin, finish = view.rel(mention)
            if begin < cursor:
                continue
            gap = view.text[cursor:begin]
            if len(gap) > 45 or re.search(
                r"\d|[;:()]|\b(?:qui|which|who|valuing|valorisant|porte|portant|bringing|"
                r"selon|according|said|reported|citing|rapporte|révèle|écrit|a|has|will|va|pour|to|in|dans|with|avec|"
                r"from|auprès|participation|alongside|aux|after|après|before|avant|"
                r"including|notamment|dont|while|tandis|joined|followed|rejointe?s?|accompagnée?s?|suivie?s?|"
                r"auquel|laquelle|auxquel(?:le)?s|participent|participe|participating)\b",
                gap,
                _I,
            ):
                break
            if (
                names
                and not titled
                and not re.search(r",|\bet\b|\band\b|\bainsi que\b|\bas well as\b|&|\bou\b|\bor\b", gap, _I)
            ):
                break
            titled = False
            if names and _ATTRIBUTION_AFTER_RE.match(view.text, finish):
                break  # "led by X, Axios reported": the publisher the news is credited to, no party.
            if _FORMER_STAFF_AFTER_RE.match(view.text, finish):
                cursor = finish  # "angels including Heroku alum Jane Doe": the person backs, not the firm.
                titled = True  # The person after the title continues the list.
                continue
            if mention.possessive and (
                _NAMED_VEHICLE_AFTER_RE.match(view.text, finish) or self._owners_fund_next(view, finish)
            ):
                # "Alphabet's growth fund CapitalG", "Amazon's Alexa Fund": the fund named next backs, not
                # its owner.
                cursor = finish
                titled = True  # The fund's name continues the list.
                continue
            if mention.name and mention.name not in names:
                names.append(mention.name)
                items.append((mention.name, finish))
            cursor = finish
            if apposition := _OWNER_APPOSITION_RE.match(view.text, finish):
                cursor = apposition.end()  # "CapitalG, Alphabet's growth fund, and X": Alphabet is no backer.
            if leading := _LEADING_RELATIVE_RE.match(view.text, finish):
                cursor = leading.end()  # "Serena, qui mène le tour, et Axeleo Capital": the list goes on.
            if lead_aside := LEAD_ASIDE_AFTER_RE.match(view.text, finish):
                cursor = lead_aside.end()  # "Partech (chef de file), Elaia et Kima": the list goes on.
            elif short_name := _SHORT_NAME_ASIDE_AFTER_RE.match(view.text, finish):
                # "Innovation Park Artificial Intelligence (Ipai), Bosch Ventures and…": the parenthesis gives
                # the name before it another (shorter) name; the list goes on after it.
                cursor = short_name.end()
                self._keep_backers_short_name(mention.name, short_name.group(), view.text[begin:finish])
            elif aside := _DESCRIBING_ASIDE_AFTER_RE.match(view.text, finish):
                # "Amberline Capital (a London fund) and Index Ventures": the list goes on after the aside.
                cursor = aside.end()
        return items

    def _keep_backers_short_name(self, name: str | None, bracketed: str, written: str) -> None:
        """A backer's own short name in the brackets after it ("Anjney Midha (AMP)", the fund he backs through)
        is kept as its short name, so a deal file's "AMP" is the same backer; a role, region, currency, unit or
        exchange is no name of it ("Jane Doe (CSO)": `backers_short_name`). Two letters must be the initials
        of the name as `written` before the bracket ("Google Ventures (GV)"), and a firm's, no person's."""
        person = self.reader.names_person(name)
        short = backers_short_name(bracketed, written, person=person)
        if name and short:
            self.reader.add_short_name(name, short)

    def _owners_fund_next(self, view: View, position: int) -> bool:
        """Whether an investor's name follows an owner's possessive ending at `position`, one space away:
        "Amazon's Alexa Fund", "Google's GV" (the owner's fund, which is the backer)."""
        following = next((m for m in view.mentions if view.rel(m)[0] >= position), None)
        if following is None or not self._is_org(following.name):
            return False
        if view.text[position : view.rel(following)[0]] != " ":
            return False
        info = self.reader.orgs[following.name]
        return (
            info.kind == "investor"
            or info.investor_kind not in (None, "unknown", "corporate")
            or following.name.split()[-1].lower() in _FUND_NAME_ENDS
        )

    @staticmethod
    def _priced_right_after(view: View, target: Mention) -> bool:
        """The sentence's one figure is the price of the company just named: "it bought Crunchy Data for
        about $250 million" (not "It bought X in 2024, and closed its $28 billion purchase of Splunk")."""
        if len(view.amounts) != 1:
            return False
        gap = view.text[view.rel(target)[1] : view.amounts[0].bound_start]
        return bool(_PRICE_RIGHT_AFTER_RE.fullmatch(gap))

    @staticmethod
    def _purchase_after_amounts(view: View) -> bool:
        """Whether an acquisition cue follows every figure of the sentence."""
        cue = _CUES["acquisition"].search(
            view.text, max(a.span[1] for a in view.amounts) if view.amounts else 0
        )
        return cue is not None

    @staticmethod
    def _after_colon(view: View, start: int, end: int) -> int:
        """Where the clause before `end` opens past a colon: "It has made a move: earlier it bought X"."""
        colon = view.text.rfind(": ", start, end)
        return colon + 2 if colon >= 0 else start

    def _acquisition_parties(self, view: View, cue_start: int | None) -> tuple[str, str] | None:
        """(acquirer, target): active 'X rachète Y', passive 'Y, racheté par X', nominal 'le rachat de Y par X'."""
        if cue_start is None:
            return None
        if any(m.start() <= cue_start < m.start("object") for m in _OFFTAKE_RE.finditer(view.text)):
            return None  # "Amazon will buy up to 500 megawatts from X's plant": what X produces, not X.
        orgs = [m for m in view.mentions if m.name and self._is_org(m.name) and not m.in_quote]
        after = [m for m in orgs if view.rel(m)[0] > cue_start]
        before = [m for m in orgs if view.rel(m)[1] <= cue_start]
        passive = [
            m
            for m in after
            if _ACQUIRED_BY_RE.search(_without_descriptor(view.text[cue_start : view.rel(m)[0]]))
            or _ACQUIRED_BY_DESCRIBED_RE.search(view.text, cue_start, view.rel(m)[0])
        ]
        by = [
            m
            for m in after
            if re.search(r"\b(?:par|by)\s*$", _without_descriptor(view.text[cue_start : view.rel(m)[0]]), _I)
        ]
        if (
            before
            and not view.text[view.rel(before[-1])[1] : cue_start].strip()
            and re.match(r"(?:acquisition|purchase|takeover|buyout)\b", view.text[cue_start:], _I)
        ):
            return None  # "the Rotaly acquisition gives ShiftLoom…": the name before the noun is what was bought.
        if passive and before:
            return passive[0].name, before[-1].name
        if len(before) >= 2 and _OBJECT_RELATIVE_RE.fullmatch(
            view.text[view.rel(before[-2])[1] : view.rel(before[-1])[0]]
        ):
            # "the analytics company Lumetric, which Oracle bought in 2019": the relative's subject bought it.
            return before[-1].name, before[-2].name
        if by:
            targets = [
                m
                for m in after
                if m is not by[0] and not _MAKER_OF_BEFORE_RE.search(view.text[cue_start : view.rel(m)[0]])
            ]
            if len(targets) < len(after) - 1:
                return None  # "the latest effort by the … maker of QuickBooks": its products, nothing bought.
            target = targets[0].name if targets else (before[-1].name if before else None)
            return (by[0].name, target) if target and target != by[0].name else None
        clause_start = self._clause_start(view, cue_start)
        subjects = [s for s in self._subjects(view, clause_start, cue_start) if self._is_org(s)]
        subjects = subjects or self._relative_antecedent(view, clause_start)
        possessive = [m.name for m in before if m.possessive]
        acquirer = (subjects or possessive or [None])[-1]
        target = after[0] if after else None
        if target is not None and _NEXT_CLAUSE_RE.search(view.text, cue_start, view.rel(target)[0]):
            # "to buy computing capacity, and that it had signed an agreement with CoreWeave": the name is in
            # another clause, not what is bought.
            target = None
        colon = self._after_colon(view, clause_start, cue_start)
        if (
            acquirer is None
            and target is not None
            and colon > clause_start
            and _FRONTED_PRONOUN_RE.match(view.text, colon, cue_start)
        ):
            # "Cargonaute profite de la levée pour grandir : elle rachète X": the pronoun is the subject before.
            acquirer = next(iter(self._subjects(view, clause_start, colon)), None)
        if (
            acquirer is None
            and target is not None
            and (
                (
                    not view.amounts
                    and _FRONTED_PRONOUN_RE.match(
                        view.text, self._after_colon(view, clause_start, cue_start), cue_start
                    )
                )
                or (
                    self._priced_right_after(view, target)
                    and (
                        _OPENING_PRONOUN_RE.match(view.text, clause_start, cue_start)
                        or _DATED_OPENING_PRONOUN_RE.match(view.text, clause_start, cue_start)
                    )
                )
            )
            and self._is_org(view.topic_before)
            # "…backers include the venture firm Accel. Last year, it bought X": a fund is rarely "it" that buys.
            and self.reader.orgs[view.topic_before].kind != "investor"
        ):
            # "Elle a par ailleurs racheté la start-up belge RouteWise": the pronoun is the previous topic. Only
            # in a sentence with no figure: "It bought X in 2024, and closed its $28 billion purchase of Splunk"
            # would lend X another deal's price.
            acquirer = view.topic_before
        if (
            acquirer is None
            and target is not None
            and clause_start
            and re.search(r",\s*(?:and|et)\s*$", view.text[:clause_start], _I)
            and _SUBJECTLESS_VERB_RE.fullmatch(view.text, clause_start, cue_start)
        ):
            # "Pixelmoor raised a $7M seed round in 2024, and last year bought X": the verbs share the subject.
            acquirer = next(iter(self._subjects(view, 0, clause_start)), None)
        if (
            acquirer is None
            and target is not None
            and re.match(r"l['’]acquisition|the acquisition|le rachat", view.text[cue_start:], _I)
        ):
            # "l'acquisition de Noesis" with no owner named: the acquisition of the company the article is about.
            acquirer = self.reader.main or self.reader.topic
        if target is not None and target.name == acquirer:
            return None  # "Nvidia … will buy Nvidia processors": nothing is bought from another company.
        if target is not None and _MAKER_OF_BEFORE_RE.search(view.text[cue_start : view.rel(target)[0]]):
            return None  # "the acquisition is the latest effort by the … maker of QuickBooks": a product, no target.
        if target is not None and _SHARES_OF_RE.search(view.text[cue_start : view.rel(target)[0]]):
            return None  # "rachète les parts des fonds X": X's shares change hands, X is not acquired.
        if target is not None and _BRAND_AS_MODIFIER_RE.match(view.text[view.rel(target)[1] :]):
            return None  # "buy Nvidia processors": the company's products, not the company.
        if target is not None and _OTHER_CLAUSE_OBJECT_RE.search(
            _without_descriptor(view.text[cue_start : view.rel(target)[0]])
        ):
            # "to buy computing capacity, and that it had signed an agreement with cloud provider CoreWeave":
            # a name in a later clause, or one "with" governs, is not what the verb buys.
            return None
        if acquirer and target:
            return acquirer, target.name
        return None

    def _title_subject(self, view: View, amount: AmountMention) -> bool:
        """Whether the count's clause is about a quoted title (a game, a book, an app) no company is named with."""
        clause_start = self._clause_start(view, amount.bound_start)
        clause = view.text[clause_start : amount.bound_start]
        titles = [
            (clause_start + t.start(), clause_start + t.end()) for t in _QUOTED_TITLE_RE.finditer(clause)
        ]
        if not titles:
            return False
        return not any(
            clause_start <= view.rel(m)[0] < amount.bound_start
            and not any(start <= view.rel(m)[0] < end for start, end in titles)  # A name inside the title.
            and m.name
            and self._is_org(m.name)
            for m in view.mentions
        )

    def _metric_owner(self, view: View, amount: AmountMention) -> tuple[str | None, str | None]:
        """'900 millions d'utilisateurs de ChatGPT': the product's owner, else the subject or topic."""
        after = view.text[amount.span[1] : _phrase_end(view.text, amount.span[1])]
        if (possessor := self._possessor_before(view, amount)) is not None:
            return possessor, None  # "Lightwave's 38 staff will transfer to SSTL": Lightwave's staff.
        for match in _PRODUCT_OWNER_RE.finditer(after):
            owner = self.reader.kb.by_product.get(match.group("product"))
            if owner:
                return owner, match.group("product")
        for mention in view.mentions:
            begin, _ = view.rel(mention)
            if (
                begin > amount.span[1]
                and begin - amount.span[1] < len(after)
                and amount.unit not in _NOT_METRIC_UNITS  # "18 000 puces Nvidia": the chips' maker.
                and self._is_org(mention.name)
                # "in Japan", "for marketplaces such as Shopee": a place or those served own no count.
                and not _WHERE_BEFORE_RE.search(view.text, amount.span[1], begin)
                # "downloaded more than 2 million times on Hugging Face": the platform it is counted on.
                and not _TIMES_ON_BEFORE_RE.search(view.text, amount.span[1], begin)
                # "emploie 150 personnes et a signé un accord avec Orange", "70 personnes sur son site
                # d'Ecublens": past a new verb or the subject's own possessive, a name owns no count.
                and not _OTHER_PHRASE_RE.search(view.text, amount.span[1], begin)
                # "350 clients – dont Leroy Merlin et Sodexo –": examples of those counted own no count.
                and not _COUNTED_EXAMPLES_RE.search(view.text, amount.span[1], begin)
                # "operates 45,000 Nvidia GPUs": a brand right after the number qualifies what is counted.
                and view.text[amount.span[1] : begin].strip()
            ):
                return mention.name, None
        start = amount.bound_start if amount.continues is None else amount.continues
        return self._owner(view, start), None

    def _possessor_before(self, view: View, amount: AmountMention) -> str | None:
        """The company whose possessive stands right before a count of its staff ("Lightwave's 38 staff",
        "Nuvia's roughly 40 employees"), else None."""
        if not _STAFF_AFTER_RE.match(view.text, amount.span[1]):
            return None
        before = _POSSESSIVE_BEFORE_COUNT_RE.search(
            view.text, max(0, amount.bound_start - 40), amount.bound_start
        )
        if before is None or not re.search(r"['’]", before.group()):
            return None
        apostrophe = before.start() + re.search(r"['’]", before.group()).start()
        for mention in view.mentions:
            begin, end = view.rel(mention)
            if begin <= before.start() and apostrophe <= end <= apostrophe + 2 and self._is_org(mention.name):
                return mention.name
        return None

    def _institution_tally(self, view: View, amount: AmountMention, before: str, clause_start: int) -> bool:
        """Whether "a/ont recensé|dénombré N" is a count an institution tallied ("le Centre monétique a
        recensé 28,8 millions d'opérations"), not a company's own count ("Mistral AI a recensé 2 millions
        d'utilisateurs"): its subject names no company and refers to none."""
        if not re.search(r"\b(?:a|ont|avait|avaient) (?:recensé|dénombré)\s", before, _I):
            return False
        names = [m.name or "" for m in self._subject_mentions(view, clause_start, amount.bound_start)]
        return all(_INSTITUTION_NAME_RE.match(name) for name in names)

    def _institution_statistic(self, view: View, amount: AmountMention) -> bool:
        """A count the sentence credits to an institution named with an article ("according to the FDIC",
        "selon l'Organisation mondiale de la santé") and whose subject is no company: a public statistic.
        A company's own count cites the company, a spokesperson, a filing or a person instead."""
        if not _INSTITUTION_SOURCE_RE.search(view.text, amount.span[1]):
            return False
        places = self.reader.kb.places
        return not [n for n in self._subjects(view, 0, amount.bound_start) if n not in places]

    def _sourced_statistic(self, view: View, amount: AmountMention) -> bool:
        """A whole market's sum the sentence credits to an institution named with an article ("Global chip
        sales rose to $556 billion, according to the Semiconductor Industry Association") when nothing before it
        names a company or refers to one: a sector's figure."""
        if not _INSTITUTION_SOURCE_RE.search(view.text, amount.span[1]):
            return False
        if any(view.rel(m)[0] < amount.bound_start for m in view.mentions):
            return False
        before = view.text[: amount.bound_start]
        return bool(_WHOLE_MARKET_RE.search(before)) and not _POSSESSIVE_WORD_RE.search(before)

    def _in_speech(self, view: View, amount: AmountMention) -> bool:
        """Whether a count lies in quoted speech: inside quotes, or before a closing quote and its speaker."""
        if any(match.start() < amount.span[0] < match.end() for match in _QUOTE_RE.finditer(view.text)):
            return True
        return _CLOSING_QUOTE_AFTER_RE.match(view.text, amount.span[1]) is not None

    def _common_noun_subject(self, view: View, amount: AmountMention) -> bool:
        """Whether the clause of a count opens on a common noun no reference resolves ("Le gouvernement a
        identifié…", "the market counts…") rather than on a company, a reference to one or a pronoun."""
        clause_start = self._clause_start(view, amount.bound_start)
        if self._subject_mentions(view, clause_start, amount.bound_start):
            return False
        if self._relative_antecedent(view, clause_start):
            return False
        if _COMMON_ANTECEDENT_RE.search(view.text, max(0, clause_start - 40), clause_start):
            return True
        opening = _COMMON_NOUN_OPENING_RE.match(view.text, clause_start, amount.bound_start)
        return opening is not None and opening.group("head").lower() not in _OWN_THINGS

    def _joined_total(self, view: View, amount: AmountMention) -> str | None:
        """The company a team joins when the amount is the total it brings ("…will join Kryonis, bringing
        total headcount to 58", "…rejoindront Serval, portant l'effectif total à 300"), else None."""
        total = _TOTAL_TO_BEFORE_RE.search(view.text, max(0, amount.bound_start - 60), amount.bound_start)
        if total is None:
            return None
        for join in _JOIN_RE.finditer(view.text, 0, total.start()):
            joined = [
                m.name
                for m in view.mentions
                if join.end() <= view.rel(m)[0] <= join.end() + 30 and self._is_org(m.name)
            ]
            if joined and not view.text[join.end() : total.start()].count(" and "):
                return joined[0]
        return None

    def _joining_target(self, view: View, owner: str | None) -> str | None:
        """'Ses 60 salariés vont rejoindre la division Mirakl Labs', '…emploie 90 personnes, qui rejoindront
        Serval': staff who will join the buyer are the acquired company's, whatever the sentence's subject."""
        target = self.reader.target
        if owner is None or target is None or owner == target:
            return owner
        buyers = {f.investor for f in self.facts if f.kind == "acquisition" and f.company == target}
        if owner in buyers and _DEAL_BRINGS_RE.match(view.text):
            return (
                target  # "L'opération apporte une trentaine d'ingénieurs": the people of the company bought.
            )
        for join in _JOIN_RE.finditer(view.text):
            joined = [m.name for m in view.mentions if join.end() <= view.rel(m)[0] <= join.end() + 60]
            if owner in joined or buyers & set(joined):
                return target
        return owner

    def _main_company(self, exclude: set[str], topic: str | None = None) -> str | None:
        """The article's main company: that of its latest round, else of its latest investment, else the topic."""
        for kinds in (("round",), ("investment", "acquisition")):
            for fact in reversed(self.facts):
                if fact.kind in kinds and fact.company not in exclude and fact.company not in self.rivals:
                    return fact.company
        topic = topic or self.reader.topic
        return topic if topic not in exclude else None

    # -- dates, status and the fact itself -------------------------------------------------------------

    @staticmethod
    def _stake_worth_other_event(view: View, amount: AmountMention) -> int:
        """Where words telling another event start after a stake's worth ("…worth about $4 billion before selling
        it in early 2019"): no date from there on is the stake's. The sentence's end for any other amount."""
        if not _STAKE_WORTH_BEFORE_RE.search(view.text[max(0, amount.bound_start - 80) : amount.bound_start]):
            return len(view.text)
        other = _OTHER_EVENT_AFTER_RE.search(view.text, amount.span[1])
        return other.start() if other else len(view.text)

    def _date(self, view: View, position: int) -> DateMention | None:
        """The date of amount `position`: attached right after it ('13 milliards en 2025'), else the nearest
        before it, else later in its clause, else the sentence's relative day, else the article's date."""
        amount = view.amounts[position]
        next_start = (
            view.amounts[position + 1].bound_start if position + 1 < len(view.amounts) else len(view.text)
        )
        previous_end = view.amounts[position - 1].span[1] if position else 0
        compared = _other_comparisons(view.text, amount)
        other_event = self._stake_worth_other_event(view, amount)
        recalled = recalled_clause(view.text, amount)
        dates = [
            d
            for d in view.dates
            if d.role != "founded"
            # "Nordwind, which raised $48 million, opened an office on Thursday": Thursday is the office's day;
            # a recalled raise is dated by its own clause's words only, else on or before the story's day.
            and (recalled is None or recalled[0] <= d.span[0] < recalled[1])
            # "After a $50 million round in 2023, Zeta plans to raise $200 million": 2023 is the recalled raise's.
            and not any(start <= d.span[0] < end for start, end in _other_recalled_clauses(view, amount))
            # "a 4.9% stake in Nvidia worth about $4 billion before selling it in early 2019": the sale's date.
            and d.span[0] < other_event
            and not _ranking_period(view.text, d)
            and not _tie_since_aside(view.text, d, amount)
            # "a levé 50 M€, une valorisation inférieure à celle de sa série B de 2022": that earlier round's year.
            and not inside(d.span[0], compared)
            # "…, topping the $250 million figure reported by The Information in August": the report's month.
            and not any(start <= d.span[0] < end for start, end in self._recalled_reports(view, amount))
            # "un financement de 400 millions pour tripler sa capacité d'ici 2028": the horizon is the aim's.
            and not (
                d.role == "until"
                and d.span[0] > amount.span[1]
                and _PURPOSE_RE.search(view.text, amount.span[1], d.span[0])
            )
        ]
        if recalled is not None and not dates:
            counted = self._counted_back(view, amount)
            if counted is not None:
                # "…a year after Casebrook's $4.5 million seed round, which Cherry Ventures led last year": the
                # relative right after it dates that raise better than the count does.
                return self._date_of_relative_after(view, recalled[1]) or counted
            if undated_recall(view.text, amount):
                # "in the year after Zorgly's $10 million seed round", « depuis sa levée de 10 M€ »: before the
                # news, by a stretch the sentence does not measure; undated rather than the story's day.
                return self._date_of_relative_after(view, recalled[1])
        attached = [d for d in dates if amount.span[1] <= d.span[0] <= min(next_start, amount.span[1] + 25)]
        if attached:
            return attached[0]
        if position and _PRICED_AT_GAP_RE.fullmatch(view.text, previous_end, amount.bound_start):
            # "In 2024, Zeta raised $100 million at an $18 billion valuation": the valuation is the round's,
            # dated as the round is (not by the story's date beside a round of 2024).
            return self._date(view, position - 1)
        left = [
            d
            for d in dates
            if previous_end <= d.span[0] < amount.bound_start
            and not d.relative
            # "$30 million in a Series A led by Index Ventures in 2021, and finally $12 million from Salesforce
            # Ventures in 2023": the year before "and finally" is the previous raise's.
            and _next_raise_in(view.text[d.span[1] : amount.bound_start]) is None
        ]
        if left:
            # "Greylock, which led its $14 million Series A in 2024, and Y are each putting in $5 million", "The
            # startup, which graduated from Y Combinator last summer, has raised…": the date a closed relative
            # clause tells is that of what it tells, not the main clause's figure.
            left = [d for d in left if not inside(d.span[0], _aside_relatives(view.text, amount.bound_start))]
        if left and not _inside_quote(view.text, amount.bound_start):
            # "« Rentables depuis 2022 », souligne X, qui vise 250 M€ d'ici 2029": a year quoted before the
            # amount is the speaker's, not the figure's.
            quoted = [m.span() for m in _QUOTE_RE.finditer(view.text, 0, amount.bound_start)]
            left = [d for d in left if not any(a < d.span[0] < b for a, b in quoted)]
        clause_end = min(next_start, self._clause_end(view, amount.span[1]) + 1)
        # "Revenue rose to £31mn from £9mn in 2022, and the company now employs 240 people": a figure the
        # sentence says is today's is not dated by another clause's year (an aim's horizon still dates it).
        present = _present_before(view.text, left[-1].span[1] if left else previous_end, amount.bound_start)
        if left and _NEXT_VERB_GAP_RE.search(view.text, left[-1].span[1], amount.bound_start):
            # "expects to be profitable by 2027 and aims to reach $250 million by the end of 2026": the horizon
            # after the amount is its own, the year before belongs to the first aim.
            horizon = [d for d in dates if amount.span[1] <= d.span[0] < clause_end and d.role == "until"]
            if horizon:
                return horizon[0]
            own = [
                d
                for d in dates
                if amount.span[1] <= d.span[0] < min(clause_end, amount.span[1] + 60)
                and d.role == "point"
                and not d.relative
            ]
            if own:
                # "was spun out in 2015 and previously raised a $13 million Series A led by Eclipse in 2016": the
                # second verb's figure has the year written after it, not the first verb's.
                return own[0]
        if left and _TARGET_VERB_BEFORE_RE.search(view.text, left[-1].span[1], amount.bound_start):
            # "Après une levée réalisée en 2018, elle vise désormais 2 000 clients et 5 M€ de chiffre d'affaires
            # d'ici 2023": an aim's horizon, even past a second aim, dates it, not the year before the verb.
            sentence_end = self._clause_end(view, len(view.text) - 1) + 1
            horizon = [d for d in dates if amount.span[1] <= d.span[0] < sentence_end and d.role == "until"]
            if horizon:
                return horizon[0]
        if left and not present:
            return left[-1]
        # "recruter 25 personnes d'ici la fin de l'année", "in the year to March": a horizon or a fiscal year's
        # close named relative to the story is a date too.
        right = [
            d
            for d in dates
            if amount.span[1] <= d.span[0] < clause_end and (not d.relative or d.role in ("until", "fiscal"))
        ]
        if right:
            return right[0]
        closed = _aside_relatives(view.text, amount.bound_start)
        points = [
            d
            for d in dates
            if d.role == "point"
            and d.relative
            and not inside(d.span[0], closed)
            and not present
            # "used by 210 hospitals, and it analyzed 3.4 million scans last year": the year of another figure.
            and not _dates_other_figure(view, position, d)
        ]
        if points:
            return points[0]
        if not dates and _told_as_earlier_raise(
            view.text, self._clause_start(view, amount.bound_start), amount
        ):
            # "The funding comes after Zeta raised $100 million at an $18 billion valuation": an earlier round
            # the text gives no date stays undated (listed before the dated ones), never the story's date.
            return None
        return self._anchor_date(view, relative_day=recalled is None)

    def _counted_back(self, view: View, amount: AmountMention) -> DateMention | None:
        """The month a recalled raise came, counted back from the story's date by its cue: "The funding comes a
        year after Mistral AI's €105M seed round" in a June 2024 story -> 2023-06, so that it meets the deal
        file's row of that raise (store/same_raise.py) instead of reading as that day's news."""
        months = months_before_news(view.text, amount)
        if months is None or self.anchor is None or len(self.anchor.value) < 7:
            return None  # a story known only to its year cannot be counted back by months
        back = month_shifted(int(self.anchor.value[:4]), int(self.anchor.value[5:7]), -months)
        return DateMention(back, "month", "point", (0, 0), relative=True)

    def _date_of_relative_after(self, view: View, clause_end: int) -> DateMention | None:
        """The date a relative clause opening right at `clause_end` gives (", which Index led in March 2024",
        « , qu'avait mené Index en 2023 »), if any."""
        relative = _RELATIVE_AFTER_RECALL_RE.match(view.text, clause_end)
        if relative is None:
            return None
        end = RECALL_CLAUSE_END_RE.search(view.text, relative.end())
        stop = end.start() if end else len(view.text)
        return next((d for d in view.dates if relative.end() <= d.span[0] < stop and d.role == "point"), None)

    def _purchase_date(self, view: View, cue: int) -> DateMention | None:
        """The date a purchase told without its price was made: a past point in time the sentence gives ("a
        racheté Y en 2024", "acquired Y last year"), not one inside an aside about a party ("Y, founded in
        2019,") nor a later horizon; else the sentence's relative day or the story's."""
        closed = _aside_relatives(view.text, cue)
        told = [
            d
            for d in view.dates
            if d.role == "point"
            and not inside(d.span[0], closed)
            and not _ranking_period(view.text, d)
            and (self.anchor is None or d.value[: len(self.anchor.value)] <= self.anchor.value)
        ]
        return told[0] if told else self._anchor_date(view)

    def _anchor_date(self, view: View, relative_day: bool = True) -> DateMention | None:
        """The sentence's relative day ("on Tuesday"), else the story's; none for a sentence that writes
        a date with an impossible year ("In 1850, Beta AI raised…"): its facts are of that date, unknown.
        Without `relative_day` (a recalled raise's), the story's day: the sentence's is its news's."""
        if "unusable date" not in view.memo:
            view.memo["unusable date"] = names_unusable_date(view.original)
        if view.memo["unusable date"]:
            return None
        relative = next((d for d in view.dates if d.relative and d.precision == "day"), None)
        return (relative if relative_day else None) or self.anchor

    def _dated_target(self, view: View, date: DateMention | None) -> bool:
        """Whether `date` is a written horizon no earlier than the story's year ('d'ici fin 2019', 'in 2021',
        'by the end of next year'), the date a target must carry."""
        if date is None or date not in view.dates or not date.value[:4].isdigit():
            return False
        if date.role == "until":
            return True
        return self.published is None or int(date.value[:4]) >= self.published.year

    def _is_projection(self, view: View, amount: AmountMention, date: DateMention | None) -> bool:
        if _is_starting_figure(view.text, amount):
            return False
        if date is not None and date.role == "until":
            return True
        if (
            date is not None
            and self.published
            and date.value[:4].isdigit()
            and int(date.value[:4]) < self.published.year
        ):
            return False  # "vise 10 millions en 2026, contre 2,5 millions l'an dernier": last year's is a result.
        if (
            date is not None
            and self.published
            and date.precision == "year"
            and int(date.value) > self.published.year
        ):
            return True
        window = view.text[self._clause_start(view, amount.bound_start) : amount.span[1]]
        # "ARR—a measure of expected sales over the next 12 months—has grown to $48 million": a definition
        # between dashes says nothing of when the figure is.
        return bool(_FUTURE_RE.search(_DASH_ASIDE_RE.sub(" ", window)))

    def _status(
        self,
        view: View,
        amount: AmountMention | None,
        date: DateMention | None = None,
        until: int | None = None,
    ) -> str:
        """The status of the deal `amount` states; `until`: where its own words end (a part told after it)."""
        start = self._clause_start(view, amount.bound_start) if amount else 0
        end = len(view.text) if until is None else until
        if amount is not None:
            # "…en série B, portant le total levé depuis sa création à 118 M$": the total's words, not the round's.
            end = _before_total_participle(view.text, amount, end)
            end = _fronted_phrase_end(
                view.text, start, amount, end
            )  # "Après un amorçage de 2,5 M€…, … à ce jour"
        told_at = amount.bound_start if amount else None
        text = view.text if amount is None else _without_others_since_founding(view.text, amount)
        clause = _outside_closed_relatives(text, start, end, told_at)
        # "…, one of the largest rounds for a European AI startup to date": a ranking, the round is no total.
        opening = _without_ranks_and_round_totals(clause[:200])
        # "Sanofi, Aqemia's partner since 2023, could invest…": the aside's "since" is the tie's, no running total.
        opening = _TIE_SINCE_ASIDE_RE.sub(",", opening)
        # "since its $10 million seed round", « depuis sa levée de 10 M€ »: the "since" recalls that raise, no total.
        since_recalled = amount is not None and recalled_by_stretch(view.text, amount)
        if not since_recalled and ((date is not None and date.role == "since") or _CUMULATIVE_RE.search(opening)):
            return "cumulative"
        if amount is not None and _TOTAL_REACHED_BEFORE_RE.search(
            view.text, max(0, amount.bound_start - 160), amount.bound_start
        ):
            return "cumulative"
        if amount is not None and _holder_running_total(view, amount):
            return "cumulative"
        if amount is not None and (unmade := _unmade_raise_status(view.text, amount)):
            return unmade
        if _CONDITION_RE.search(clause) and re.search(
            r"une fois|à condition|sous réserve|\bif\b|\bsi\b|subject to|\blorsqu|\bquand\b|\bdès\squ|"
            r"provided|contingent|conditional",
            clause,
            _I,
        ):
            return "conditional"
        if _COMMITTED_RE.search(view.text):
            return "committed"
        if _COMPLETED_RE.search(view.text):
            return "completed"
        return "announced"

    def _money_fact(self, view, amount: AmountMention, kind, company, date, **fields) -> Fact:
        # A raise whose figure follows "which raised", "after its", « qui a levé »: recalled, not news.
        past_perfect = (
            kind in _RAISE_KINDS and date in (None, self.anchor) and told_in_past_perfect(view.text, amount)
        )
        recalled = past_perfect or (kind in _RAISE_KINDS and recalls_figure(view.text, amount))
        if past_perfect and kind == "investment":
            # "Microsoft had invested $13 billion in OpenAI": on or before the story's day, which a stake cannot
            # say; undated, as an earlier raise the text gives no date (`_told_as_earlier_raise`), not that day's.
            date = None
        return self._base_fact(
            view,
            kind,
            company,
            date,
            amount=amount.value,
            amount_max=amount.amount_max,
            currency=amount.currency,
            bound=amount.bound,
            recalled=recalled,
            **fields,
        )

    def _note_called_off(self, view: View, amount: AmountMention) -> Fact | None:
        """Keep the deal a sentence calls off (`called_off`, `negated`) as an investment of status `called_off`,
        dated the article's day: no fact of the article (no money moved), but what marks the same investor's
        deal an earlier article told (store/called_off.py). Kept only when the sentence names both parties."""
        parties = _called_off_parties(view, amount)
        if parties is None:
            return None
        investor, company = parties
        date = self.anchor or self._date(view, view.amounts.index(amount))
        fact = self._money_fact(
            view, amount, "investment", company, date, investor=investor, status=CALLED_OFF
        )
        self.called_off.append(fact)
        return fact

    def _instead_of_called_off(
        self, view: View, position: int, told_off: Fact, off_amount: AmountMention
    ) -> Fact | None:
        """The deal a sentence tells in place of the one it called off, in a clause of its own naming no parties
        ("Nvidia had abandoned plans to invest $2 billion in xAI, but invested $3 billion in the company on
        Monday", "… is no longer investing $2 billion in xAI, it is investing $4 billion"): the same investor's
        stake in the same company. A call-off covers its own clause, not the next one."""
        amount = view.amounts[position]
        between = view.text[off_amount.span[1] : amount.bound_start]
        if not _NEXT_CLAUSE_RE.search(between) or not _INVESTING_BEFORE_RE.search(between):
            return None
        if any(
            m.name
            and off_amount.span[1] <= view.rel(m)[0] < amount.bound_start
            and m.name not in (told_off.company, told_off.investor)
            for m in view.mentions
        ):
            return None  # "…, but Google invested $3 billion": another party's deal, read by its own rules.
        date = self._date(view, position)
        status = self._status(view, amount, date)
        return self._money_fact(
            view, amount, "investment", told_off.company, date, investor=told_off.investor, status=status
        )

    def _base_fact(self, view: View, kind: str, company: str, date: DateMention | None, **fields) -> Fact:
        sentence = view.sentence
        return Fact(
            kind=kind,
            company=company,
            date=date.value if date else None,
            date_precision=date.precision if date else None,
            sentence=view.original,
            start=sentence.start,
            end=sentence.end,
            **fields,
        )

    def _hold_unnamed_round(self, view: View, position: int, amount: AmountMention, cue_start) -> None:
        """'A Japanese chip start-up backed by… said Wednesday it had raised 73 billion yen': a lede that
        describes the raiser before any company is named; the round waits for the next sentences to name it."""
        if self.facts or self.reader.main or view.topic_before or view.index > 2:
            return
        end = cue_start if cue_start is not None else amount.bound_start
        if not _UNNAMED_RAISER_RE.match(view.text[self._clause_start(view, end) : end]):
            return
        date = self._date(view, position)
        headline = self.reader.headline
        # The one company the headline names is the one described ("La start-up vaudoise X lève 14 millions").
        company = headline[0] if len(headline) == 1 else ""
        fact = self._money_fact(view, amount, "round", company, date, round_type=_round_type(view.text))
        fact.status = self._status(view, amount)
        if company:
            self._append(fact, view)
        else:
            self.unnamed.append((fact, view.index))

    def _name_unnamed(self, company: str) -> None:
        """The held lede rounds are `company`'s: they go before the facts that named it."""
        info = self.reader.orgs.get(company)
        if not company or (info and info.kind == "investor"):
            return
        self.reader.know(company)
        for fact, _ in self.unnamed:
            fact.company = company
        self.facts[0:0] = [fact for fact, _ in self.unnamed]
        self.fact_sentence[0:0] = [index for _, index in self.unnamed]
        self.unnamed = []

    def _append(self, fact: Fact, view: View) -> None:
        if self.unnamed and view.index - self.unnamed[-1][1] > 2:
            self.unnamed = []  # Named too far from the lede to be surely the company it described.
        if self.unnamed and fact.kind in ("round", "investment", "valuation"):
            self._name_unnamed(fact.company)
        self.facts.append(fact)
        self.fact_sentence.append(view.index)
        # The company of a fact is one the reader can resolve references to, even one only the headline named.
        self.reader.know(fact.company)
        if fact.kind == "acquisition" and not self._is_past(fact):
            # A past purchase ("since it bought Auth0 for $6.5 billion in 2021") is not the one the story is about.
            self.reader.target = fact.company
        if fact.kind in ("round", "investment") and self._rival(view, fact.company):
            self.rivals.add(fact.company)
        elif (
            fact.kind in ("round", "investment")
            and not self._is_past(fact)
            and fact.company not in self.passing
        ):
            # "The company" / "la société" later in the article designates the company being financed now;
            # a past round ("Ce dernier avait levé 5 millions en 2023") does not change what the story is about,
            # nor does a rival's ("Its closest competitor, Bogotá-based Rutaya, raised $30 million").
            self.reader.main = fact.company

    def _rival(self, view: View, company: str | None) -> bool:
        """Whether the sentence presents `company` as a rival of the story's company ("Rival X", "Its closest
        competitor, X,", "X, a rival of…", "son concurrent X")."""
        if company is None or company == self.reader.main:
            return False
        return any(
            mention.name == company and presented_as_rival(view.text, *view.rel(mention))
            for mention in view.mentions
        )

    def _is_past(self, fact: Fact) -> bool:
        """A fact dated (year or month) more than six months before the article's publication."""
        if not (self.published and fact.date and fact.date_precision in ("year", "month")):
            return False
        year, _, month = fact.date.partition("-")
        last_month = int(month) if month else 12
        return (self.published.year - int(year)) * 12 + self.published.month - last_month > _PAST_MONTHS

    def _stakes_join_round(self) -> None:
        """ "Kairo raised ¥12B on Tuesday in a round led by SoftBank. SoftBank invested ¥5B, while Toyota Tsusho
        put in ¥2B": stakes told right after a round of the story's last days, in its currency, smaller than it
        and dated only by the article, are parts of it: they take its date (the store links a stake to its round
        by company and date) and their investors are among its investors. An earlier round ("En 2023, elle
        avait réuni 90 M€") takes none."""
        if self.anchor is None or self.anchor.precision != "day":
            return
        pairs = list(zip(self.facts, self.fact_sentence, strict=True))
        for fact, index in pairs:
            if (
                fact.kind != "investment"
                or not fact.investor
                or fact.amount is None
                or fact.status in ("cumulative", "completed")
                or _promised_only(fact)
                or not self._of_story_days(fact)
                or under_an_agreement(fact.sentence)  # "… as part of the agreement": a deal of its own
            ):
                continue
            round_ = next(
                (
                    other
                    for other, other_index in reversed(pairs)
                    if other.kind == "round"
                    and other.company == fact.company
                    and _same_footing(fact, other)
                    and (
                        0 < index - other_index <= 2
                        # "X and Y are each investing ¥20 billion. The two companies are part of a ¥55
                        # billion round": the round told right after, that the stakes are part of.
                        or (index - other_index == -1 and _STAKES_PART_OF_RE.search(other.sentence))
                    )
                    and other.currency == fact.currency
                    and other.amount is not None
                    and fact.amount < other.amount
                    and other.date_precision == "day"
                    and _days_before(other.date, self.anchor.value) in range(_ROUND_DAYS_BEFORE + 1)
                ),
                None,
            )
            if round_ is None or fact.investor == round_.company:
                continue
            if not fact.tranches:
                # A stake paid in tranches keeps its own dates; its investor is still the round's.
                fact.date, fact.date_precision = round_.date, round_.date_precision
            if fact.investor not in round_.investors:
                round_.investors.append(fact.investor)
                _cite_also(round_, fact)  # the backer traces to the sentence naming it
        self._deal_valuation_on_round_day(pairs)

    def _of_story_days(self, fact: Fact) -> bool:
        """Whether `fact` is dated by a day of the story's last days ("on Wednesday" in a Thursday story, or
        the article's own day): one article's stakes and round join whichever weekday wording dated one."""
        return fact.date_precision == "day" and _days_before(fact.date, self.anchor.value) in range(
            _ROUND_DAYS_BEFORE + 1
        )

    def _deal_valuation_on_round_day(self, pairs: list[tuple[Fact, int]]) -> None:
        """ "TotalEnergies a annoncé lundi une prise de participation… L'opération valorise la société à 120 M€",
        "…a bouclé mardi un tour… La valorisation pré-money s'élève à 900 M€": the valuation of the deal just
        told (or told pre- or post-money), dated only by the article, is the round's, on its day (the store
        gives a round the valuation of its day)."""
        for fact, index in pairs:
            if (
                fact.kind != "valuation"
                or fact.date != self.anchor.value
                # A pre- or post-money valuation is a round's by its basis: "La valorisation pré-money s'élève à…".
                or not (_DEAL_REFERENCE_RE.search(fact.sentence) or fact.basis is not None)
            ):
                continue
            round_ = next(
                (
                    other
                    for other, other_index in reversed(pairs)
                    if other.kind == "round"
                    and other.company == fact.company
                    and 0 < index - other_index <= 2
                    and other.date_precision == "day"
                    and _days_before(other.date, self.anchor.value) in range(1, _ROUND_DAYS_BEFORE + 1)
                ),
                None,
            )
            if round_ is not None:
                fact.date, fact.date_precision = round_.date, round_.date_precision

    def _complete_round_investors(self) -> None:
        """A round 'auprès de trois géants' gets the investors the next sentences name for the same company; so
        does one whose only named backers are its leads ("X mène l'opération. Y et Z y investissent chacun…")."""
        pairs = list(zip(self.facts, self.fact_sentence, strict=True))
        for position, (fact, index) in enumerate(pairs):
            if fact.kind != "round" or set(fact.investors) - set(fact.lead_investors):
                continue
            for other, other_index in pairs[position : position + 40]:
                if (
                    other.kind == "investment"
                    and other.company == fact.company
                    and other.investor
                    and _same_footing(other, fact)
                    and 0 <= other_index - index <= 3
                    and other.status != "cumulative"
                    and not _promised_only(other)
                    and not under_an_agreement(other.sentence)
                    and other.date == fact.date
                    and other.investor not in fact.investors
                    and not self._own_clause_stake(other)
                ):
                    fact.investors.append(other.investor)
                    _cite_also(fact, other)  # the backer traces to the sentence naming it

    def _own_clause_stake(self, fact: Fact) -> bool:
        """Whether `fact` is a stake told as the next raise of a run ("…, puis 15 M€ de Microsoft"): no part of
        the round told before it."""
        return _is_among(fact, self.own_clause_stakes)


# A valuation's sentence naming the deal just told: "L'opération valorise…", "The round values…".
_DEAL_REFERENCE_RE = re.compile(
    r"\b(?:l['’]opération|la levée|cette levée|le tour|ce tour|l['’]augmentation de capital|l['’]investissement|"
    r"the (?:round|deal|investment|financing|transaction)|this (?:round|deal|investment))\b",
    _I,
)
# A sentence of backers naming the story's own round, not an earlier one it also told.
_NEW_ROUND_REFERENCE_RE = re.compile(
    r"\b(?:(?:the|this)\s+(?:new|latest|current)\s+(?:financing|round|funding|raise|investment)|"
    r"existing\s+(?:investors|backers|shareholders)|"
    r"(?:la|cette)\s+nouvelle\s+(?:levée|opération)|(?:le|ce)\s+nouveau\s+tour|investisseurs\s+historiques)\b",
    _I,
)
# "Other investors include X", "Other backers in the round include X": the present tense tells who backs the round
# the story reports, not an earlier one a sentence between recalled ("…raised a $4 million pre-seed in 2022").
_OTHER_BACKERS_INCLUDE_RE = re.compile(
    r"\b(?:other|additional)\s++(?:investors|backers|participants)\s++(?:in\s++the\s++(?:round|financing)\s++)?"
    r"include\b",
    _I,
)
# A round's sentence saying the stakes just told are part of it.
_STAKES_PART_OF_RE = re.compile(
    r"\b(?:(?:are|is|were|was)\s+part\s+of|(?:font|fait|faisaient)\s+partie\s+d|"
    r"(?:participate|participates|participent|participe)\s+(?:in|à))\b",
    _I,
)
_ROUND_DAYS_BEFORE = 10  # A round "announced on Tuesday" is of the story's days, not one of earlier years.


def _participation_cue(text: str) -> re.Match[str] | None:
    """The cue a sentence of backers says they take part with: its first verb ("also took part") before a bare
    "existing investors": in "Existing investors X and Y also took part" the backers are named before the verb,
    not before the noun that opens the sentence."""
    cues = list(_PARTICIPATION_RE.finditer(text))
    verbs = [cue for cue in cues if not _BACKERS_NOUN_RE.fullmatch(cue.group())]
    return (verbs or cues or [None])[0]


def _same_footing(stake: Fact, round_: Fact) -> bool:
    """Whether a stake may be a part of a round by their standing: a raise still in talks ("is also in talks
    to raise $200 million") takes only stakes still in talks, not the money a backer put in the round the
    story reports."""
    return round_.status not in NOT_RAISED_YET or stake.status in NOT_RAISED_YET


def _promised_only(fact: Fact) -> bool:
    """Whether a stake is money only promised on a condition ("SoftBank could invest up to a further €1
    billion if Kyra meets revenue targets"): no part of the round told beside it, nor its investor one of
    the round's. A stake paid in tranches, its balance on a condition, is still a part of its round."""
    return (fact.status == "conditional" or bool(fact.condition)) and not fact.tranches


def _no_backers_cue(text: str, cue: re.Match) -> bool:
    """Whether the names a backer cue lists are no backers: competitors given as examples ("rivals such as
    Brex and Ramp", "led by humanoid makers such as Figure AI") or where figures come from ("Figures from
    industry body Innovate Finance show…")."""
    before = text[max(0, cue.start() - 40) : cue.start()]
    if _RIVALS_AFTER_CUE_RE.match(text, cue.end()):
        return True
    if re.search(r"\b(?:such\s+as|including|like|tels?\s+que|telles?\s+que)\s*$", cue.group(0), _I):
        return bool(_RIVALS_BEFORE_CUE_RE.search(before))
    if re.match(r"\s*from\b", cue.group(0), _I):
        return bool(_FIGURES_BEFORE_CUE_RE.search(before))
    return False


def _days_before(earlier: str, later: str) -> int | None:
    """Days from one ISO day to another, None when either is no day."""
    try:
        return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days
    except ValueError:
        return None


def _ranking_period(text: str, date: DateMention) -> bool:
    """Whether a relative year is the period of a ranking the clause makes ("in one of the largest climate-tech
    financings in Britain this year", "l'une des plus grosses levées de l'année"), not the date of the deal."""
    return (
        date.relative
        and date.precision == "year"
        and bool(_RANKING_BEFORE_RE.search(text, max(0, date.span[0] - 100), date.span[0]))
    )


def _is_debt(view: View, amount: AmountMention, after: str | None = None) -> bool:
    """Whether an amount is borrowed money (a loan, a credit facility, bank or debt financing), not equity.
    `after`: the text after the amount as the caller reads it (a payment form skipped)."""
    if after is None:
        after = view.text[amount.span[1] : amount.span[1] + 40]
    return bool(
        _DEBT_AFTER_RE.match(after)
        or _DEBT_FORM_AFTER_RE.match(after)
        or _DEBT_BEFORE_RE.search(view.text, max(0, amount.bound_start - 60), amount.bound_start)
    )


def _inside_quote(text: str, position: int) -> bool:
    """Whether `position` lies inside a quotation of `text`."""
    return any(match.start() < position < match.end() for match in _QUOTE_RE.finditer(text))


def _addressee(sentence: Sentence, mention: Mention) -> bool:
    """Whether the mention is the outlet a speaker talks to ("…, Kamau told TechCabal, up from…", "a
    confié X aux Echos"): the newspaper is no party of the story's facts."""
    begin = mention.start - sentence.start
    return begin > 0 and bool(TOLD_BEFORE_RE.search(sentence.text[max(0, begin - 40) : begin]))


def _company_subject_starts(view: View) -> list[int]:
    """Where the sentence names a company that could own a figure (not a plural reference, a sector, a
    place's whole industry or a source), computed once per sentence."""
    if "company_subjects" not in view.memo:
        view.memo["company_subjects"] = [
            view.rel(m)[0]
            for m in view.mentions
            if m.name
            and not _PLURAL_REFERENCE_RE.match(m.surface)
            # "Robotics startups raised…": a sector; "selon le baromètre EY, les start-up…": a source.
            and not _SECTOR_NOUN_AFTER_RE.match(view.text, view.rel(m)[1])
            # "Korea's game industry posted sales of…": a place's whole industry, no company's figure.
            and not _WHOLE_INDUSTRY_AFTER_RE.match(view.text, view.rel(m)[1])
            and not _SOURCE_BEFORE_RE.search(view.text[max(0, view.rel(m)[0] - 40) : view.rel(m)[0]])
        ]
    return view.memo["company_subjects"]


def _traded_quantity(view: View, amount: AmountMention) -> bool:
    """Whether a quantity is what a deal trades: "will buy up to 960 megawatts of power from", "a deal to sell
    3.7 million tons of credits to"."""
    if "traded" not in view.memo:
        view.memo["traded"] = (
            [match.span("object") for match in _OFFTAKE_RE.finditer(view.text)],
            [match.end() for match in _DEAL_TO_SUPPLY_RE.finditer(view.text)],
        )
    objects, supply_ends = view.memo["traded"]
    return any(start <= amount.span[0] < end for start, end in objects) or any(
        0 <= amount.bound_start - end <= 12 for end in supply_ends
    )


def _clause_opens_at(text: str, begin: int) -> bool:
    """Whether a name at `begin` opens its sentence or clause, a descriptor allowed before it ("Le groupe
    américain Nvidia sera…", "…, et AWS devient…")."""
    before = _without_descriptor(text[:begin])
    return not before.strip() or bool(re.search(r"(?:[,;:]|\bet|\band)\s*$", before))


def _is_managed_assets(before: str, after: str) -> bool:
    """Whether the amount between `before` and `after` is assets the company manages or holds for clients
    (`_ASSETS_AFTER_RE`), not assets a deal buys or sells."""
    if _MANAGES_ASSETS_OF_BEFORE_RE.search(before):
        return True
    assets = _ASSETS_AFTER_RE.match(after)
    return bool(assets and (assets.group("managed") or _manages_before(before)))


def _manages_before(before: str) -> bool:
    """Whether a verb of managing or holding tells of the sum ending `before`, with no verb of buying
    or selling between them (`_TRADED_BETWEEN_RE`)."""
    manages = _MANAGES_BEFORE_RE.search(before)
    return bool(manages) and not _TRADED_BETWEEN_RE.search(manages.group("between") or "")


def _both_parties_subject(text: str) -> re.Match[str] | None:
    """The first "the two companies" / "les deux groupes" of `text` that is no preposition's object."""
    return next(
        (
            both
            for both in _BOTH_PARTIES_RE.finditer(text)
            if not _PREPOSITION_BEFORE_RE.search(text, max(0, both.start() - 12), both.start())
        ),
        None,
    )


def _new_deal_cue(text: str, start: int) -> re.Match[str] | None:
    """The first partnership cue after `start` that is not the deal just reported named again."""
    return next(
        (cue for cue in _PARTNERSHIP_RE.finditer(text, start) if not _TOLD_DEAL_RE.fullmatch(cue.group())),
        None,
    )


def _has_counterpart(view: View, match: re.Match) -> bool:
    """A partnership cue with its other party: 'avec/with/between X', 'partner', or 'X and Y … together'."""
    # "un partenariat" as much as "a partnership": the noun names the deal's two sides ("Nvidia et Mistral AI
    # ont annoncé un partenariat").
    if _WORK_TOGETHER_RE.fullmatch(match.group()) or re.search(
        r"s['’]|partner|partenariat|team", match.group(), _I
    ):
        return True
    if re.search(r"\bpartners?\b|\bpartenaires?\b", _PARTNER_TITLE_RE.sub(" ", view.text), _I):
        return True
    for mention in view.mentions:
        # "with Dubai's Roads and Transport Authority": the owner's possessive is no phrase of its own.
        before = _without_descriptor(
            _POSSESSIVE_OWNER_END_RE.sub(
                "", view.text[max(0, view.rel(mention)[0] - 90) : view.rel(mention)[0]]
            )
        )
        if mention.name and (_COUNTERPART_BEFORE_RE.search(before) or _RELIES_ON_BEFORE_RE.search(before)):
            return True
        if mention.name and _SOLD_AT_BEFORE_RE.search(before):
            return True  # "will go on sale at Tesco under a deal": the retailer or site the deal serves.
        awarding = view.text[max(0, view.rel(mention)[0] - 120) : view.rel(mention)[0]]
        if mention.name and _CONTRACT_FROM_RE.search(awarding):
            return True  # "a remporté un contrat de la DGA": the party that awards it.
    return False


# The party after "with/avec", a lowercase descriptor allowed between ("with German utility RWE", "avec
# l'éditeur juridique Lefebvre Dalloz", "avec les Chemins de fer fédéraux"); a preposition in it means the
# name is another phrase's ("avec le soutien de Bpifrance").
_COUNTERPART_BEFORE_RE = re.compile(
    r"\b(?:with|avec|between|entre)\s+(?:(?:le|la|les|l['’]|the)\s*)?"
    r"(?:(?!(?:de|du|des|of|from|by|par|help|soutien|aide|support)\b)[a-zà-ÿ-]+\s+){0,3}$|"
    # A descriptor with its lowercase complements: "avec l'éditeur de logiciels de gestion Cegid".
    r"\b(?:with|avec)\s+(?:le|la|l['’]|the)\s*(?:éditeur|opérateur|fabricant|fournisseur|constructeur|"
    r"distributeur|spécialiste|leader|maker|provider|operator|supplier|manufacturer)"
    r"(?:\s+(?:de|d['’]|du|des|of)\s*[a-zà-ÿ-]+){1,3}\s+$",
    _I,
)


# The last determiner before the deal noun is indefinite: a deal first reported here.
_NEW_DEAL_RE = re.compile(
    r"\b(?:un|une|a|an|nouvel?|new|premier|first)\s+(?:(?:[$€£]?\d+(?:[.,]\d+)?|[\w-]+),?\s+){0,4}[\w-]+$", _I
)
# The retailer or customer site where the company's products are sold or deployed: "go on sale at Tesco",
# "rolling out its cabinets in Edeka stores", "référencées chez Delhaize", "feront leur entrée dans les magasins
# Metro", "déploie ses capteurs sur les lignes d'assemblage d'Airbus". With a deal named, that party is the
# counterpart.
_SOLD_AT_BEFORE_RE = re.compile(
    # The company's customer named by its role: "Its biggest customer is logistics giant DSV", "son premier
    # client est l'enseigne X".
    r"\b(?:its|their|son|sa|leur)\s+(?:(?:biggest|largest|main|first|principal|premier|plus\s+gros)\s+)?"
    r"(?:customer|client)\s+(?:is|was|est|était)\s+(?:(?:le|la|l['’]|the)\s*)?(?:[a-zà-ÿ-]+\s+){0,3}$|"
    r"(?:\b(?:on\s+sale|sold|stocked|available|listed|launch(?:es|ed)?|roll(?:s|ed|ing)?\s+out(?:\s+[\w'’-]+){1,4}?)"
    r"\s+(?:at|in|by)|\bréférencée?s?\s+(?:chez|par|dans)|"
    # "vendus à partir de septembre dans 300 magasins X", "proposés dans les cafétérias du X".
    r"\b(?:vendue?s?|distribuée?s?|disponibles?|proposée?s?)\s+(?:(?:aussi|également)\s+)?"
    r"(?:(?:à\s+partir\s+(?:de|d['’])\s*|dès\s+)[\w'’]+(?:\s+\d{4})?\s+)?(?:chez|dans)|"
    r"\bentrée?s?\s+dans|\bdéplo[iy]\w*\s+(?:[\w'’-]+\s+){0,6}?(?:sur|dans|chez)|"
    # Distribution through a network: "distribue ses contrats via le réseau d'agences Foncia".
    r"\bdistribu\w*(?:\s+[\w'’-]+){0,4}?\s+(?:via|through|par\s+l['’]intermédiaire\s+d[eu'’])(?:\s+(?:le|the)\s+"
    r"(?:réseau|network)(?:\s+(?:d['’]|de|of)\s*[a-zà-ÿ-]+){0,1}(?:\s+[a-zà-ÿ-]+){0,2})?)\s+"
    r"(?:(?:les|le|la|l['’]|the|its|their|ses|leurs?)\s*)?(?:\d{1,3}(?:[\s\u00a0\u202f]\d{3})*\s+)?"
    r"(?:[a-zà-ÿ-]+\s+(?:et|and)\s+)?"
    r"(?:(?:magasins|supermarchés|hypermarchés|enseignes?|rayons|lignes|sites|usines|entrepôts|cafétérias|"
    r"restaurants|stores|supermarkets|shops|sites|plants|warehouses|lines)\s+(?:(?:d['’]assemblage|de\s+production)\s+)?(?:(?:de|d['’]|du|des|of)\s*)?)?$",
    _I,
)


# The party a company relies on, directly or through what it provides: "s'appuie sur Google Cloud", "s'appuie
# sur les modèles de Mistral AI", "relies on models from Anthropic", "a fait appel à Vigiplant". With a
# partnership or contract named in the sentence, that party is the counterpart.
_RELIES_ON_BEFORE_RE = re.compile(
    r"(?:\bs['’]appui(?:e|ent|ait|aient)|\brel(?:y|ies|ied|ying)|\bfai(?:t|sait)\s+appel|\bfont\s+appel)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:sur|on|à|au|aux)\s+(?:(?:le|la|les|l['’]|the)\s*)?"
    # What it relies on may be named first: "les modèles de langage de", "models from".
    r"(?:[a-zà-ÿ'’-]+\s+){0,4}?(?:(?:de|du|des|d['’]|of|from)\s*(?:(?:la|l['’]|the)\s*)?)?$",
    _I,
)


def _is_starting_figure(text: str, amount: AmountMention) -> bool:
    """The figure a comparison or a change starts from is a result, not a projection: "expects $2 billion
    next year, up from roughly $1 billion this year", "grow from 12 to 30 employees by 2026"."""
    if _COMPARISON_BASE_RE.search(text, max(0, amount.bound_start - 30), amount.span[0]):
        return True
    # "grow from 28 employees to about 70", "passer de 40 salariés à 90": the unit may follow the first figure.
    return bool(
        re.search(r"\b(?:from|de)\s+$", text[max(0, amount.bound_start - 8) : amount.bound_start], _I)
        and re.match(
            r"(?:\s+[^\W\d][\w-]*){0,2}?\s+(?:to|à)\s+(?:(?:about|around|roughly|nearly|some|près de|environ|quelque|une|a)\s+)?(?:\d|\w+aine\b)",
            text[amount.span[1] :],
            _I,
        )
    )


# A verb of change and its "from" right before a count, then its "to" and the end figure right after it.
_CHANGE_FROM_BEFORE_RE = re.compile(
    r"\b(?:grow\w*|increas\w*|expand\w*|doubl\w*|tripl\w*|porter|passer|fair\w* passer|augmenter)\b"
    r"[^.;\d]{0,40}?\b(?:de|from)\s+$",
    _I,
)
_CHANGE_TO_AFTER_RE = re.compile(
    r"(?:\s+[a-zà-ÿ-]+){0,3}?\s+(?:to|à)\s+(?:(?:about|around|roughly|some|nearly|environ|près de|quelque)\s+)?\d",
    _I,
)


# "Its 85 employees should roughly double by 2027", "Ses 85 salariés devraient tripler": the count is the one
# a multiplier verb starts from, today's; the aim's figure is not written.
_MULTIPLIED_AFTER_RE = re.compile(
    r"(?:\s+[^\s\d.;:,]+){1,6}?\s+(?:doubl|tripl|quadrupl)(?:e|es|ed|er|era|eront|erait|eraient|ing)?\b", _I
)


# "to expand its team of 95 employees", "renforcer son équipe de 40 personnes", "double its headcount of 40
# people": the team's size is today's.
_OWN_TEAM_OF_BEFORE_RE = re.compile(
    r"\b(?:its|their|our|son|sa|ses|leurs?)\s+(?:(?:current|existing|actuelle?s?)\s+)?(?:team|workforce|staff|"
    r"head\s?count|"
    r"équipe|effectifs?)\s+(?:of|de|d['’])\s*(?:(?:about|around|some|nearly|roughly|environ|près\s+de)\s+)?$",
    _I,
)


# "Orbitalis will keep its 55 employees", "Lightwave's 38 staff will transfer to SSTL", "ses 60 salariés vont
# rejoindre…", "all 70 of its employees will join Snowflake": the staff a company has, named by its possessive,
# is its headcount today, whatever the deal's future tense says happens to them.
_POSSESSIVE_BEFORE_COUNT_RE = re.compile(
    r"\b(?:its|their|ses|leurs|[A-Z][\w-]*['’]s?)\s+"
    r"(?:(?:roughly|about|around|some|nearly|approximately|quelque|environ|près\s+de)\s+)?$"
)
_STAFF_AFTER_RE = re.compile(
    r"\s*+(?:of\s++(?:its|their)\s++)?(?:(?:full-time|permanent)\s++)?"
    r"(?:employees|staff(?:ers)?|workers|salariés|collaborateurs|employés)\b",
    _I,
)
_ALL_BEFORE_COUNT_RE = re.compile(r"\b(?:all|tous\s+les)\s+$", _I)


def _possessed_staff(text: str, amount: AmountMention) -> bool:
    """Whether the count is a company's staff named by its possessive ("its 55 employees", "all 70 of its
    employees")."""
    if not _STAFF_AFTER_RE.match(text, amount.span[1]):
        return False
    before = text[max(0, amount.bound_start - 40) : amount.bound_start]
    after = text[amount.span[1] : amount.span[1] + 20]
    return bool(
        _POSSESSIVE_BEFORE_COUNT_RE.search(before)
        or (_ALL_BEFORE_COUNT_RE.search(before) and re.match(r"\s*of\s+(?:its|their)\b", after, _I))
    )


def _is_current_count(text: str, amount: AmountMention) -> bool:
    """'emploie aujourd'hui 240 salariés', 'It employs 220 people and plans to open a plant in 2026', 'de 260
    salariés aujourd'hui à 400': a count the present tense or a word for now states is today's, whatever
    plan or date the sentence goes on to."""
    before = text[max(0, amount.bound_start - 60) : amount.bound_start]
    # "double its 70-person team by 2026": the team's size as an adjective is its size today.
    sized = re.match(rf"\d[\d,]*-(?:{HEADCOUNT_ADJECTIVES})\b", text[amount.span[0] :], _I)
    # "doubler ses effectifs, aujourd'hui de 210 personnes, d'ici…": a word for now just before the count.
    now_before = re.search(
        r"\b(?:aujourd['’]hui|actuellement|currently|today)\s+(?:de|d['’]|at|of)?\s*$", before, _I
    )
    # "grow the team from 65 people to around 150 by 2019", "porter ses effectifs de 70 à 120 personnes d'ici
    # là": the count a planned change starts from is today's; its end is the plan.
    change_start = _CHANGE_FROM_BEFORE_RE.search(before) and _CHANGE_TO_AFTER_RE.match(text, amount.span[1])
    return bool(
        sized
        or now_before
        or change_start
        or _MULTIPLIED_AFTER_RE.match(text, amount.span[1])
        or _OWN_TEAM_OF_BEFORE_RE.search(before)
        or _CURRENT_VERB_BEFORE_RE.search(before)
        or _NOW_AFTER_RE.match(text, amount.span[1])
        or _possessed_staff(text, amount)
    )


def _later_amount_before(view: View, position: int, date: DateMention | None) -> bool:
    """Whether another amount stands between amount `position` and its date, written after it."""
    amount = view.amounts[position]
    if date is None or date.span[0] < amount.span[1]:
        return False
    return any(
        amount.span[1] <= other.span[0] and other.span[1] <= date.span[0]
        for other in view.amounts[position + 1 :]
    )


def _after_preposition(text: str, position: int) -> bool:
    """'went through Y Combinator's batch and raised…': a possessive governed by a preposition owns the
    preposition's object, not the round."""
    last_word = re.search(r"([\w'’]+)\s*$", text[max(0, position - 30) : position])
    return bool(last_word) and last_word.group(1).lower() in _PREPOSITIONS


def _outside_closed_relatives(text: str, start: int, end: int, told_at: int | None = None) -> str:
    """The words from `start` to `end` without the relative clauses closed before `end`: "Zeta AI, which has raised
    $118 million so far, said it raised $40 million" tells the $40 million with no "so far" of its own. A relative
    holding `told_at` (the amount's own words) is kept."""
    kept, cursor = [], start
    appositions = [
        (open_at, close_at)
        for open_at, close_at in _apposition_relatives(text, end)
        if told_at is None or not open_at <= told_at < close_at
    ]
    for open_at, close_at in sorted(_closed_relatives(text, end) + appositions):
        if open_at >= cursor:
            kept.append(text[cursor:open_at])
            cursor = close_at
    return " ".join([*kept, text[max(cursor, start) : end]])


# A relative clause set off by commas telling an earlier raise of the name before it: ", which raised a Series A
# led by Index last year,", ", which had closed its seed round,". A decimal point or thousands comma stays inside
# it ("$1.5 million"). Possessive and bounded: no backtracking.
_EARLIER_RAISE_RELATIVE_RE = re.compile(
    r",\s*+(?:which|who)\s++(?:(?:had|has|recently|previously|already)\s++){0,3}+"
    r"(?:raised|secured|closed|landed|completed)\s(?:[^,;.:()]|[.,](?=\d)){1,160}+,",
    _I,
)


def _earlier_raise_relatives(text: str, amount: AmountMention) -> list[tuple[int, int]]:
    """The spans of the relative clauses telling an earlier raise (`_EARLIER_RAISE_RELATIVE_RE`) that do not
    hold `amount`: what they tell (a type, a lead) is that raise's, not the sum's."""
    return [
        match.span()
        for match in _EARLIER_RAISE_RELATIVE_RE.finditer(text)
        if not match.start() <= amount.bound_start < match.end()
    ]


def _relative_holding(text: str, amount: AmountMention) -> tuple[int, int] | None:
    """The span of the relative clause `amount` is told in, when one opens right before it and closes before the
    sentence's next words: ", which raised $10 million last year," in "Zeta AI, which raised $10 million last
    year, said …"."""
    opened = None
    for match in _relative_opens(text, max(0, amount.bound_start - 80), amount.bound_start):
        opened = match
    if opened is None or re.search(r"[,;.:()]", text[opened.end() : amount.bound_start]):
        # « Ombrelle, concurrente de Mistral AI qui a levé 1,7 milliard d'euros en septembre, lève… »: a relative
        # opened with no comma inside the apposition holds the amount all the same.
        return next(
            (
                span
                for span in _apposition_relatives(text, len(text))
                if span[0] < amount.bound_start < span[1]
            ),
            None,
        )
    close = _CLAUSE_COMMA_RE.search(text, amount.span[1])
    if close is None or re.search(r"[;.:()]", text[amount.span[1] : close.start()]):
        return None
    return opened.start(), close.start()


def _apposition_relatives(text: str, position: int) -> list[tuple[int, int]]:
    """Spans of relative clauses opened with no comma in a name's apposition and closed by a comma before
    `position`: "which has raised $118 million so far" in "Vantel, a robotics startup which has raised $118 million
    so far, said it raised $40 million"; its words are its own, not the main clause's."""
    spans = []
    for match in _APPOSITION_RELATIVE_OPEN_RE.finditer(text, 0, position):
        close = _CLAUSE_COMMA_RE.search(text, match.end(), position)
        if close and not re.search(r"[;.:()]", text[match.end() : close.start()]):
            spans.append((match.start("pronoun"), close.start()))
    return spans


def _round_resumed_after_debt(text: str, debt_start: int) -> int | None:
    """Where the round's own words resume after a debt part set off by commas: ", in a round led by Partech" in
    "raised $30 million, including $10 million of debt from HSBC, in a round led by Partech"; None if not."""
    close = _CLAUSE_COMMA_RE.search(text, debt_start)
    if close is None or re.search(r"[;.:()]", text[debt_start : close.start()]):
        return None
    return close.start() if _ROUND_AFTER_ASIDE_RE.match(text, close.start()) else None


def _relative_opens(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The openings of relative clauses between `start` and `end`, in order: ", which", ", qui", ", whose rival"."""
    opens = [
        *_RELATIVE_OPEN_RE.finditer(text, start, end),
        *_POSSESSIVE_RELATIVE_OPEN_RE.finditer(text, start, end),
    ]
    return sorted(opens, key=lambda match: match.start())


# An apposition holding a relative clause, set off by commas: ", the Paris AI startup that raised €120m last
# week,", ", la start-up qui a levé 20 M€ en mars,". What it tells is another event than the main verb's.
# A bare relative clause set off the same way (", which landed €120 million last week,", ", qui a bouclé une
# levée … la semaine dernière,") recalls another event too.
_RELATIVE_APPOSITION_RE = re.compile(
    r",\s(?:(?:the|a|an|la|le|l['’]|une?)\s[^,;.]{1,80}?\b)?(?:that|which|who|qui)\s[^,;]{1,120},"
)


def _in_relative_apposition(text: str, position: int, cue: re.Match[str] | None) -> bool:
    """Whether `position` lies inside a relative apposition that closes before the cue (`_RELATIVE_APPOSITION_RE`)."""
    end = cue.start() if cue is not None else len(text)
    return any(m.start() <= position < m.end() for m in _RELATIVE_APPOSITION_RE.finditer(text, 0, end))


def _closed_relatives(text: str, position: int) -> list[tuple[int, int]]:
    """Spans of relative clauses (', which/qui/who …,') that open and close before `position`."""
    spans = []
    for match in _relative_opens(text, 0, position):
        close = _CLAUSE_COMMA_RE.search(text, match.end(), position)  # not the comma of "40,000"
        if close:
            spans.append((match.start(), close.start()))
    return spans


# The lead of a round putting in a sum of its own: "X mène le tour de table avec 8 millions d'euros", "X led the
# round with $10 million".
_LEADS_WITH_SUM_BEFORE_RE = re.compile(
    r"\b(?:mène|mènent|menait|a\s+mené|co-?mène|leads|led|co-?leads|co-?led)\s+(?:le|la|l['’]|the)\s*"
    r"(?:tour(?:\s+de\s+table)?|ronde|round|opération|levée)\s+(?:avec|with)\s+(?:(?:un\s+ticket\s+de|une\s+mise\s+de)\s+)?$",
    _I,
)
# A backer joining a round with a sum of its own: "X took part in the seed round with a $10 million equity
# investment", "X joined the round with $5 million", "X a participé au tour de table avec un ticket de 2 M€".
_JOINS_WITH_SUM_BEFORE_RE = re.compile(
    r"\b(?:took\s+part\s+in|takes\s+part\s+in|joined|joins|participated\s+in|participates\s+in|"
    r"a\s+participé\s+à|participe\s+à|a\s+rejoint|rejoint)\s+(?:le|la|l['’]|the|this|its|ce|cette)\s*"
    r"(?:(?:seed|pre-seed|series\s+[A-H]\d?|funding|financing|new|latest|d['’]amorçage|de\s+série\s+[A-H])\s+)?"
    r"(?:tour(?:\s+de\s+table)?|ronde|round|opération|levée|raise|financing)\s+(?:avec|with)\s+"
    r"(?:(?:an?|un|une)\s+)?(?:(?:ticket|mise|chèque|check|cheque)\s+(?:de|of)\s+)?$",
    _I,
)
# A backer that comes back with a sum: "Index Ventures, which led the Series A, returned with $10 million",
# "came back with a $5 million check": its own stake in the round the story tells, not a round of its own.
_RETURNED_WITH_SUM_BEFORE_RE = re.compile(
    r"\b(?:returned|returns|came\s+back|comes\s+back|re-?upped|(?:est|sont)\s+revenue?s?|a\s+réinvesti|"
    r"ont\s+réinvesti)\s+(?:(?:for|to|in|dans|lors\s+de)\s+(?:the|this|its|le|la|ce|cette)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:round|raise|financing|tour(?:\s+de\s+table)?|levée)\s+)?(?:with|avec)\s+"
    r"(?:(?:an?|un|une|another|a\s+further|encore)\s+)?(?:(?:ticket|mise|chèque|check|cheque)\s+(?:de|of)\s+)?$",
    _I,
)
# A person's past employer named in their title: "former NSA analyst", "ex-Google engineer", "ancien cadre".
_FORMER_EMPLOYER_BEFORE_RE = re.compile(r"\b(?:former|ex-?|onetime|one-time|ancien|ancienne)\s*$", _I)
_PERSON_ROLE_AFTER_RE = re.compile(
    r"\s++(?:analyst|engineer|executive|researcher|scientist|employee|manager|officer|director|agent|official|"
    r"banker|trader|staffer|ingénieur|chercheur|cadre|salarié|dirigeant|directeur)s?\b",
    _I,
)
# A round announced without its amount: "vient de boucler une levée de fonds en série A", "has closed a Series
# A round", "a finalisé un nouveau tour de table".
_UNPRICED_ROUND_RE = re.compile(
    r"\b(?:vient\s+d['’]|vient\s+de\s+|a\s+|avait\s+|annonce\s+)(?:boucler|bouclé|finaliser|finalisé|réaliser|réalisé|"
    r"conclure|conclu|clôturer|clôturé|annoncé)\s+(?:une|un|sa|son)\s+(?:(?:nouvelle|nouveau|première|premier)\s+)?"
    r"(?:levée\s+de\s+fonds|tour\s+de\s+(?:table|financement)|financement)\b|"
    r"\b(?:has|have|had|just)\s+(?:just\s+)?(?:closed|completed|raised|secured|announced)\s+(?:a|an|its|a\s+new)\s+"
    r"(?:(?:new|first|seed|pre-seed|series\s+[A-H]|funding|financing|growth|venture)\s+){1,3}(?:round|funding)\b",
    _I,
)
# The subject of the sentence giving that amount: "Le montant n'a pas été communiqué, mais il est compris
# entre…", "The size of the round was not disclosed, but it is between…".
_ROUND_SIZE_SUBJECT_RE = re.compile(
    r"\W*+(?:le|la|l['’]|the|its|son|sa)\s*+(?:montant|somme|amount|sum|size|taille|round|tour|levée|financing|"
    r"financement|funding)\b[^.;!?]{0,140}$",
    _I,
)
_NEGATION_RE = re.compile(r"\b(?:not|never|pas|jamais|plus)\b[^.;]*$", _I)


# An aim a sum serves, told after it ("pour tripler sa capacité", "to double its fleet"): the horizon that
# follows dates the aim, not the sum.
_PURPOSE_RE = re.compile(
    r"\b(?:pour|afin\s+de|afin\s+d['’])\s+(?:(?:l['’]|les?\s+|la\s+|s['’]|se\s+)?[a-zéèêâîôû]+(?:er|ir|re)\b)|"
    r"\b(?:to|in\s+order\s+to)\s+(?:help\s+(?:it\s+|them\s+)?)?(?:expand|triple|double|quadruple|build|grow|scale|"
    r"hire|develop|increase|boost|reach|open|deploy|add|roll\s+out|launch)\b",
    re.IGNORECASE,
)


def _tie_since_aside(text: str, date: DateMention, amount: AmountMention) -> bool:
    """Whether `date` is the "since" of a tie in an aside closed before `amount` ("Sanofi, Aqemia's partner since
    2023, could invest up to $40 million more"): the partnership's year, not the money's."""
    return date.role == "since" and any(
        aside.start() < date.span[0] < aside.end()
        for aside in _TIE_SINCE_ASIDE_RE.finditer(text, 0, amount.bound_start)
    )


def _aside_relatives(text: str, position: int) -> list[tuple[int, int]]:
    """`_closed_relatives` but those about the deal itself ("The round, which closed on Wednesday, values…",
    "l'entente, qui entre en vigueur le 1er juillet"): a date there is the deal's."""
    return [
        span
        for span in _closed_relatives(text, position)
        if not _DEAL_NOUN_BEFORE_RE.search(text, max(0, span[0] - 30), span[0])
    ]


def _active_lead_verb(text: str, end: int) -> re.Match[str] | None:
    """The first lead verb before `end` whose subject leads a round: not the passive of an earlier clause ("had
    raised $30 million in a seed round led by Lux Capital, and it raised $100 million…")."""
    return next(
        (verb for verb in _LEAD_VERB_RE.finditer(text, 0, end) if not _BY_AFTER_RE.match(text, verb.end())),
        None,
    )


def _governed_by_object_prep(text: str, begin: int) -> bool:
    """Whether the name at `begin` follows 'in/dans/into…', directly or after a descriptor of it."""
    if _OBJECT_PREP_RE.search(text[max(0, begin - 25) : begin]):
        return True
    place = _PLACE_POSSESSIVE_BEFORE_RE.search(text, max(0, begin - 40), begin)
    if place and _OBJECT_PREP_RE.search(text[max(0, place.start() - 25) : place.start()]):
        return True  # "invested $1.5 billion in Abu Dhabi's G42": a place's possessive before the name.
    based = _BASED_PLACE_BEFORE_RE.search(text, max(0, begin - 40), begin)
    if based and _OBJECT_PREP_RE.search(text[max(0, based.start() - 25) : based.start()]):
        return True  # "to invest 15 million euros in Paris-based Mistral AI": where it sits, before the name.
    before = text[max(0, begin - 90) : begin]
    tail = _DESCRIPTOR_TAIL_RE.search(before)
    return bool(tail) and bool(_OBJECT_PREP_RE.search(before[: tail.start()][-25:]))


# A tranche's own wait, told right after its sum: "The first $10 billion will be invested when the first gigawatt
# … is deployed", « la première tranche sera versée lorsque le premier site sera livré ». Money paid when
# something happens waits on it, as "once" or "à condition que" do (_CONDITION_RE).
_OWN_WAIT_AFTER_RE = re.compile(
    r"\s*(?:will|shall|sera|seront)\s+(?:only\s+|seulement\s+)?(?:be\s+)?(?:[\w'’-]+\s+){0,2}?"
    rf"(?P<cond>(?:when|once|as\s+soon\s+as|lorsqu(?:e\s|['’]\s*)|quand\s|dès\squ(?:e\s|['’]\s*)|une\s+fois\s)"
    rf"{_CONDITION_WORD}{{3,120}})",
    _I,
)


def _own_wait(view: View, amount: AmountMention) -> str | None:
    """The condition a tranche's own words set right after its sum (`_OWN_WAIT_AFTER_RE`), up to the next sum."""
    own_end = min(
        (a.bound_start for a in view.amounts if a.bound_start >= amount.span[1]), default=len(view.text)
    )
    wait = _OWN_WAIT_AFTER_RE.match(view.text, amount.span[1], own_end)
    return wait.group("cond").strip() if wait else None


def _part_condition(words: str) -> str:
    """The words that make a part of a round conditional, without their verb: " is conditional" is
    "conditional", " sous forme de financement conditionnel" stays as written."""
    return re.sub(
        r"^(?:is|are|was|will\s+be|would\s+be|est|sont|sera|seront)\s+", "", words.strip(" ,"), flags=_I
    )


def _balance_of(fact: Fact) -> float | None:
    """What the stated tranches leave of the fact's amount: None unless that amount is known, every
    tranche states its sum in the fact's currency, and something is left."""
    if not fact.amount or not fact.currency or not fact.tranches:
        return None
    if any(t.amount is None or t.currency != fact.currency for t in fact.tranches):
        return None
    left = fact.amount - sum(t.amount or 0.0 for t in fact.tranches)
    return left if left > fact.amount * 0.005 else None


def _add_told_balance(fact: Fact, view: View, part: AmountMention) -> None:
    """'…, dont 15 millions à la signature et le solde en juin 2026': the balance named after the part
    paid now, with no sum of its own, is what the part leaves of the round, dated and conditioned by
    its own words. Nothing when a sum follows (it is told) or the balance cannot be computed."""
    cue = _BALANCE_RE.search(view.text, part.span[1])
    if cue is None or any(a.bound_start >= part.span[1] for a in view.amounts if a is not part):
        return
    amount = _balance_of(fact)
    if amount is None:
        return
    dates = [d for d in view.dates if cue.end() <= d.span[0] <= cue.end() + 25]
    condition = _CONDITION_RE.search(view.text, cue.end())
    fact.tranches.append(
        Tranche(
            seq=len(fact.tranches) + 1,
            label="balance",
            amount=amount,
            currency=fact.currency,
            bound=fact.bound,
            computed=True,
            date=dates[0].value if dates else None,
            date_precision=dates[0].precision if dates else None,
            condition=condition.group("cond").strip() if condition else None,
            sentence=_own_sentence(fact, view),
        )
    )


def _add_untold_first(fact: Fact, view: View) -> None:
    """'…will receive the money in two tranches, the second of $300m conditional on milestones': the
    first tranche, told by no sum, is the rest of the round (its amount less the later ones)."""
    labels = [t.label for t in fact.tranches]
    if labels not in (["second"], ["second", "third"]):
        return
    amount = _balance_of(fact)
    if amount is None:
        return
    for seq, tranche in enumerate(fact.tranches, start=2):
        tranche.seq = seq
    first = Tranche(
        seq=1,
        label="first",
        amount=amount,
        currency=fact.currency,
        bound=fact.bound,
        computed=True,
        sentence=_own_sentence(fact, view),
    )
    fact.tranches.insert(0, first)


# What joins two dated sums of one backer: "…in 2019, then $10 billion…", "…en 2019, puis 10 milliards…".
# A company granting another warrants on its shares: "AMD granted OpenAI warrants", « a accordé à OpenAI des bons
# de souscription (warrants) ».
_WARRANTS_GRANTED_RE = re.compile(
    r"\b(?:granted|issued|gave|a\s+accordé|a\s+attribué|accorde|attribue)\s+(?:à\s+)?[^.;]{0,60}?"
    r"(?P<warrants>\b(?:warrants|des\s+bons\s+de\s+souscription))",
    _I,
)
# The words leading a share in after the warrants' count: ", soit environ", ", or about".
_SHARE_LEAD_IN_RE = re.compile(
    r"[\s,;:–-]*+(?:(?:soit|or|i\.e\.)\s++)?(?:(?:about|around|roughly|environ|près\s+de)\s++)?$", _I
)
# The rest of a round put in by backers other than those just told: « Le reste … viendra d'autres investisseurs ».
_REST_FROM_OTHERS_RE = re.compile(
    r"\b(?:le\s+reste|le\s+solde|the\s+rest|the\s+remainder|the\s+balance)\b[^.;]{0,80}?"
    r"\b(?:d['’]autres\s+investisseurs|other\s+(?:investors|backers))",
    _I,
)
_LATER_SUM_LINK_RE = re.compile(
    # Possessive runs: a long run of spaces is read once, never split every way (hostile/test_regex_backtracking).
    r"(?:\s++[^\s,;.]++){0,6}?(?:,\s*+|\s++)(?:(?:and|et)\s++)?(?:then|puis|later|ensuite|and|et)\s++(?:again\s++)?",
    _I,
)


# A purchase commitment of services or computing power: a customer's contract with its supplier, no stake.
_BUY_BEFORE_SUM_RE = re.compile(
    r"\b(?:acheter|achète|buy|purchase)\s+(?:pour\s+)?(?:(?:an?\s+)?(?:additional|incremental)\s+)?"
    r"(?:(?:about|around|some|environ|près\s+de)\s+)?$",
    _I,
)
_SERVICES_AFTER_SUM_RE = re.compile(
    r"\s*(?:de\s+|d['’]|of\s+|in\s+)(?:(?-i:[A-Z])[\w-]*\s+)?"
    r"(?:services?|cloud|capacit[yé]|computing|compute|puissance\s+de\s+calcul|chips|puces)\b",
    _I,
)


def _services_bought(view: View, amount: AmountMention) -> bool:
    """Whether the sum is what a buyer commits to spend on services or computing power ("committed to purchase
    $250 billion of Azure services", « s'est engagé à acheter pour 250 milliards de dollars de services Azure »)."""
    return bool(
        _BUY_BEFORE_SUM_RE.search(view.text, max(0, amount.bound_start - 40), amount.bound_start)
        and _SERVICES_AFTER_SUM_RE.match(view.text, amount.span[1])
    )


def _date_right_after(view: View, amount: AmountMention) -> DateMention | None:
    """The date said right after a sum and before the next one ("$1 billion in 2019, then…"), if any."""
    next_start = min(
        (a.bound_start for a in view.amounts if a.bound_start >= amount.span[1]), default=len(view.text)
    )
    window_end = min(amount.span[1] + 25, next_start)
    return next((d for d in view.dates if amount.span[1] <= d.span[0] <= window_end), None)


def _add_tranche(
    fact: Fact, view: View, amount: AmountMention, seq: int, today: DateMention | None = None
) -> Tranche:
    """Add one tranche for `amount` to `fact`, labelled by the ordinal word just before it and dated by
    its own words: a date they state ("$15 million next year"), else `today` (the article's day) when
    they say it is paid now ("$30 million now"). A later tranche with no date of its own stays undated."""
    # The words since the amount before: "60 M€ immédiatement, puis 30 M€" labels the first, not the second.
    previous_end = max((a.span[1] for a in view.amounts if a.span[1] <= amount.bound_start), default=0)
    before = view.text[max(0, previous_end, amount.bound_start - 60) : amount.bound_start]
    before = re.split(r"[,;:]", before)[-1]  # "…immédiatement, puis 30 M€": the ordinal of the amount before.
    # "30 millions immédiatement et 15 millions": an ordinal before a conjunction is the amount before's too;
    # only the first conjunction ends its words ("and a second and final tranche of" keeps "second").
    before = re.split(r"\b(?:and|et|puis|then)\b", before, maxsplit=1, flags=_I)[-1]
    ordinals = list(_ORDINAL_RE.finditer(before))
    label = None
    if ordinals:
        last = ordinals[-1]
        label = next(name for name in ("first", "second", "third", "balance") if last.group(name))
    # The tranche's own words end where the next sum starts: "$30 million now and $15 million next year"
    # does not date the first tranche next year.
    own_end = min(
        (a.bound_start for a in view.amounts if a.bound_start >= amount.span[1]), default=len(view.text)
    )
    if balance := _BALANCE_RE.search(view.text, amount.span[1], own_end):
        own_end = balance.start()  # "$10 million now and the balance in June 2026": June is the balance's.
    dates = [d for d in view.dates if amount.span[1] <= d.span[0] <= min(amount.span[1] + 25, own_end)]
    date = dates[0] if dates else None
    if date is None and today is not None and _PAID_NOW_RE.search(_own_clause(view.text, amount, own_end)):
        date = today
    tranche = Tranche(
        seq=seq,
        label=label or ("first" if seq == 1 and not fact.tranches else None),
        amount=amount.value,
        currency=amount.currency,
        bound=amount.bound,
        date=date.value if date else None,
        date_precision=date.precision if date else None,
        sentence=_own_sentence(fact, view),
    )
    fact.tranches.append(tranche)
    return tranche


# How far after a sum the date it is paid on may start: "$20 billion by the end of the year".
_OWN_DATE_REACH = 25


def _tranche_parts(view: View, latest: Fact) -> list[AmountMention]:
    """The sums after the round `latest`'s own amount in the sentence adding up to it, when a tranche cue
    or a sum paid now is told between them; else []."""
    own = next((a for a in view.amounts if a.value == latest.amount and a.currency == latest.currency), None)
    parts = _summed_parts(view, latest, own.span[1] + 1) if own is not None else []
    if not parts:
        return []
    told = view.text[own.span[1] : parts[-1].bound_start]
    if _CUES["tranche"].search(told) or _PAID_NOW_RE.search(told) or _each_dated(view, parts):
        return parts
    return []


def _each_dated(view: View, parts: list[AmountMention]) -> bool:
    """Whether each of `parts` is followed by a date of its own: "will invest $30 billion in OpenAI, with $10
    billion in April and $20 billion by the end of the year" pays the stake in two dated parts, its tranches."""
    return all(
        any(part.span[1] <= date.span[0] <= part.span[1] + _OWN_DATE_REACH for date in view.dates)
        for part in parts
    )


def _stake_giving_verbs(view: View, amount: AmountMention) -> list[re.Match[str]]:
    """The verbs giving a stake ("giving", "leaves") before `amount` when the words before it tell a stake's
    worth ("a stake … worth"): none otherwise. What `_stake_given_refused` and `_stake_given_parties` read."""
    before = view.text[: amount.bound_start]
    if not _STAKE_WORTH_BEFORE_RE.search(before):
        return []
    return list(STAKE_GIVEN_VERB_RE.finditer(before))


def _stake_given_refused(view: View, giving: list[re.Match[str]]) -> bool:
    """Whether a stake's worth is told of a stake refused or denied, not given, by one of the verbs of `giving`
    (`_stake_giving_verbs`): "Velloran refused to give Microsoft a stake worth more than $100 billion", "did not
    give", « a refusé de … »."""
    return any(
        _STAKE_GIVEN_NEGATED_RE.search(view.text, max(0, verb.start() - 40), verb.start()) for verb in giving
    )


def _keep_what_the_total_told(equity: Fact, total: Fact, lenders: set[str]) -> None:
    """Give the equity part of a round its total's type and backers when its own sentence tells none: "lève 600
    millions d'euros lors d'une série B menée par General Catalyst. … Le tour se compose de 450 M€ en fonds propres
    et de 150 M€ de dette" is a €450M Series B led by General Catalyst. The `lenders` named in the debt parts lend:
    they are left out of the equity's backers."""
    equity.round_type = equity.round_type or total.round_type
    if not equity.investors:
        equity.investors = [name for name in total.investors if name not in lenders]
        equity.lead_investors = [name for name in total.lead_investors if name not in lenders]


def _summed_by(view: View, fact: Fact) -> bool:
    """Whether two or more of the sentence's sums add up to the fact's amount (`_summed_parts`)."""
    return bool(_summed_parts(view, fact))


def _summed_parts(view: View, fact: Fact, start: int = 0) -> list[AmountMention]:
    """The sentence's sums from `start` in the fact's currency, none a level waited for ("once its revenue
    passes $5 million"), when there are two or more and they add up to the fact's amount; else []."""
    parts = [
        a
        for a in view.amounts
        if a.bound_start >= start
        and a.currency
        and a.currency == fact.currency
        and not _THRESHOLD_BEFORE_RE.search(view.text[max(0, a.bound_start - 120) : a.bound_start])
    ]
    amount = fact.amount or 0.0
    return parts if len(parts) >= 2 and abs(sum(a.value for a in parts) - amount) <= amount * 0.005 else []


# The words from a stake's percentage to its sum in one clause, an apposed stake noun at most: "7% stake in
# CoreWeave worth roughly ", "20% de Mistral AI, une participation valorisée à ".
_STAKE_TO_WORTH_RE = re.compile(
    r"[^,;]*(?:,\s*(?:une|a|an)\s+(?:participation|stake|holding|shareholding)\b[^,;]*)?", _I
)


def _priced_in_clause(view: View, percent: PercentMention, stakes: list[Fact]) -> Fact | None:
    """The stake of `stakes` whose sum is the next one in the percentage's clause: "Nvidia, which owns a 7%
    stake in CoreWeave worth roughly $1.5 billion, said it would invest a further $2 billion" gives the 7% to
    the $1.5B stake held, not to the new money told after it."""
    following = [a for a in view.amounts if a.currency and a.bound_start >= percent.span[1]]
    if not following or not _STAKE_TO_WORTH_RE.fullmatch(
        view.text, percent.span[1], following[0].bound_start
    ):
        return None
    return next((f for f in stakes if f.amount == following[0].value), None)


def _own_clause(text: str, amount: AmountMention, end: int) -> str:
    """The words after `amount` up to `end` or the clause's end: "now" in "$30 million now, and €15 million
    once Ferrix, which now employs 80…" is the first sum's, not the second's."""
    words = text[amount.span[1] : end]
    return re.split(r"[,;:()—–]", words, maxsplit=1)[0]


def _ends_before(end: str, start: str | None) -> bool:
    """Whether a date (ISO, at any precision) falls before a start: "2024" before "2026-03-02", not "2026"."""
    return start is not None and end < start[: len(end)]


def _give_equivalent(converted: Fact, amount: AmountMention) -> bool:
    """A deal (round, stake, acquisition) that a later sentence restates in another currency takes that sum
    as its other-currency amount, as "$48M (CHF 38M)" does, when it has none yet ("has raised $1.05bn… The
    round, roughly £840m, is…": one raise, not two). Only the deal converted: a revenue converted after it ("that revenue is worth
    about $11 million") is none of its; an acquisition's or a stake's sum restated ("At current exchange rates
    the deal is worth about €1.1 billion") is the deal's."""
    if converted.kind in _DEAL_KINDS and converted.equivalent_amount is None:
        converted.equivalent_amount = amount.value
        converted.equivalent_currency = amount.currency
        return True
    return False


def _own_sentence(fact: Fact, view: View) -> str | None:
    """The sentence of a tranche stated after its record's ("The round was paid in two tranches: $30
    million at closing and $13 million in June 2024"), which an export cites for it; None when the
    record's own sentence states it."""
    return view.original if view.original != fact.sentence else None


# The words a tranche's own phrase may hold between its ordinal and its sum: "first tranche of", "second and final
# tranche of", "première tranche de"; any other word ("first release a") is not the tranche's.
_TRANCHE_PHRASE_GAP_RE = re.compile(
    r"(?:\s*\b(?:tranches?|instalments?|installments?|payments?|versements?|of|de|du|des|d['’]|worth|and|et|"
    r"final|last|dernière|dernier|a|an|un|une|the|la|le|l['’])\b)*\s*",
    _I,
)
_TRANCHE_NOUN_AFTER_RE = re.compile(r"\s+(?:tranche|instalment|installment|payment)\b", _I)


def _partnership_description(text: str, cue: re.Match[str] | None) -> str:
    """What a partnership is about, told after its cue: its topic ("on the Azure cloud") or its
    aim ("to build an AI computing platform in France"), whichever comes first, never its length ("for a term
    of three years"); else the deal's relative clause ("a partnership that began in 2019 with a $1 billion
    investment"); else the whole sentence. Who said it is no part of it. A renewed or widened deal is
    told by its own clause ("renewed their compute partnership for five more years"): it says so."""
    if cue is not None and cue.groupdict().get("renewed"):
        return _TRAILING_ATTRIBUTION_RE.sub("", text[cue.start() : _phrase_end(text, cue.end())]).strip()
    cue_end = cue.end() if cue else 0
    topics = [
        (found.start("topic"), found.group("topic"))
        for found in _PARTNERSHIP_TOPIC_RE.finditer(text, cue_end)
        if not _TERM_TOPIC_RE.fullmatch(found.group("topic"))
    ]
    aim = _PARTNERSHIP_AIM_RE.search(text, cue_end)
    if aim:
        topics.append((aim.start(), aim.group()))
    if topics:
        return _TRAILING_ATTRIBUTION_RE.sub("", min(topics)[1]).strip()
    relative = _DEAL_RELATIVE_AFTER_RE.match(text, cue_end) if cue else None
    if cue and relative:
        return _TRAILING_ATTRIBUTION_RE.sub("", text[cue.start() : _phrase_end(text, relative.end())]).strip()
    # "Héliade, qui a bouclé une levée … la semaine dernière, signe un partenariat avec Airbus": the clause
    # recalls another event, no part of what the deal is.
    return _without_relative_appositions(text, cue)


def _without_relative_appositions(text: str, cue: re.Match[str] | None) -> str:
    """`text` without the relative appositions that close before the cue (`_RELATIVE_APPOSITION_RE`)."""
    end = cue.start() if cue is not None else len(text)
    kept, position = [], 0
    for apposition in _RELATIVE_APPOSITION_RE.finditer(text, 0, end):
        kept.append(text[position : apposition.start()])
        position = apposition.end()
    kept.append(text[position:])
    return " ".join(part.strip() for part in kept if part.strip())


def _tranche_phrase(text: str, amount: AmountMention) -> str:
    """The text's own words for a tranche: from the ordinal or 'tranche' up to the amount's end."""
    before = text[max(0, amount.bound_start - 60) : amount.bound_start]
    ordinals = list(_ORDINAL_RE.finditer(before))
    match = ordinals[-1] if ordinals else None
    if match is None:
        match = re.search(r"\btranche\b", before, _I)
    start = amount.bound_start - len(before) + match.start() if match else amount.bound_start
    if match is None or not _TRANCHE_PHRASE_GAP_RE.fullmatch(
        text, start + len(match.group()), amount.bound_start
    ):
        # "will first release a $25 million tranche": the ordinal is the verb's, not the tranche's; the sum
        # and its noun read clean where "first release a $25 million" would not.
        noun = _TRANCHE_NOUN_AFTER_RE.match(text, amount.span[1])
        return text[amount.bound_start : noun.end() if noun else amount.span[1]]
    return text[start : amount.span[1]]


def _phrase_end(text: str, position: int) -> int:
    """End of the noun phrase starting at `position`: the next comma, semicolon or sentence end."""
    match = re.compile(r"[,;.]\s|[,;]|\.$").search(text, position)
    return match.start() if match else len(text)


def _led_the_round_valued(text: str, sum_start: int) -> re.Match[str] | None:
    """The words telling that the sentence's subject led the round ("Accel led the round at a valuation of $400
    million"), when the valuation whose sum starts at `sum_start` is told in that same clause; None otherwise
    ("Elaia led the round, and Lumio was valued at…" values Lumio)."""
    led = _LED_THE_ROUND_RE.search(text, 0, sum_start)
    if led is None or _LED_CLAUSE_BREAK_RE.search(text, led.end(), sum_start):
        return None
    return led if _LED_CLAUSE_VALUATION_RE.search(text, led.end(), sum_start) else None


def _round_extension(text: str, amount: AmountMention) -> bool:
    """Whether `amount` is an extension's own sum told with the round it adds to: "a $6 million extension in
    October took its seed round to $41 million", « une extension de 6 M$ de son amorçage »."""
    extension = _EXTENSION_AFTER_SUM_RE.match(text, amount.span[1])
    if extension is None and not _EXTENSION_BEFORE_SUM_RE.search(
        text, max(0, amount.bound_start - 40), amount.bound_start
    ):
        return False
    start = extension.end() if extension else amount.span[1]
    words = text[start : start + 80]
    # The round's words in the extension's own sentence part: up to a full stop or a semicolon.
    round_words = _ROUND_WORDS_AFTER_EXTENSION_RE.search(re.split(r"[.;]", words, maxsplit=1)[0])
    if round_words is None:
        return False
    # The round must be what is extended, not one named later ("an extension of its cloud contract …, months
    # after its Series B round").
    gap = words[: round_words.start()]
    if _EXTENDED_NOT_A_ROUND_RE.search(gap):
        return False
    return bool(_EXTENDED_ROUND_OBJECT_RE.fullmatch(gap) or _GREW_THE_ROUND_BEFORE_RE.search(gap))


def _extended_round_size(text: str, prior: AmountMention | None, amount: AmountMention) -> bool:
    """Whether `amount` is the size a round reaches, told right after the sum `prior` an extension adds to it
    ("Vesperal adds $15 million to its Series B, bringing it to $60 million"): the round grown, no second raise."""
    if prior is None or amount.currency not in (None, prior.currency) or amount.value <= prior.value:
        return False
    window_start = max(prior.span[1], amount.bound_start - 60)
    if not _EXTENDED_ROUND_SIZE_BEFORE_RE.search(text, window_start, amount.bound_start):
        return False
    return _round_extension(text, prior)


def _next_raise_in(gap: str) -> int | None:
    """Where a sequence word opening the next raise's clause starts in the `gap` before its sum ("…, puis ",
    ", and then "), if one does."""
    connector = _NEXT_RAISE_CONNECTOR_RE.search(gap)
    return connector.start() if connector and connector.group("sequence") else None


def _round_type(text: str) -> str | None:
    match = _ROUND_TYPE_RE.search(text)
    if not match:
        return None
    if match.group("letter"):
        return f"Series {match.group('letter').upper()}"
    if match.group("bridge"):
        return BRIDGE
    if match.group("convertible"):
        return CONVERTIBLE_NOTE
    if match.group("grant"):
        return GRANT
    if match.group("pipe"):
        return PIPE
    return "Pre-seed" if match.group("preseed") else "Seed"


# Words before a round type telling an earlier round the new one is compared with: "below the $1 billion valuation
# of its October 2022 seed round", "its previous Series B", "contre sa précédente série A".
_EARLIER_TYPE_BEFORE_RE = re.compile(
    # Not a year nor a month: "its 2025 Series B", "its June Series B" may be the new round itself.
    r"\b(?:its|their|the company['’]s|sa|son|leur)\s+(?:(?:previous|prior|earlier|last|précédente?|dernière?)\s+)"
    rf"(?:(?:(?:19|20)\d\d|{'|'.join(sorted(MONTHS, key=len, reverse=True))})\s+){{0,2}}$|"
    r"\b(?:valuation|valorisation)\s+(?:of|in|at|from|de|lors\s+de)\s+(?:its|their|sa|son|leur)\s+"
    r"(?:[\w'’-]+\s+){0,3}$|"
    r"\b(?:than|below|above|compared\s+(?:with|to)|contre|par\s+rapport\s+à)\s+(?:(?:in|at|during|lors\s+de)\s+)?"
    r"(?:its|their|sa|son|leur)\s+(?:[\w'’-]+\s+){0,3}$",
    _I,
)


def _stated_round_type(text: str, other_raises: list[tuple[int, int]] | None = None) -> str | None:
    """The type of the round `text` tells, leaving out one told of an earlier round it is compared with ("raised
    $80 million in a down round …, below the $1 billion valuation of its October 2022 seed round": no type), or
    in the `other_raises` spans the caller knows tell another raise."""
    # A type in an aside telling a failed deal is that deal's: "X, whose Series A deal fell through, raised $30M".
    compared = _earlier_round_comparisons(text) + failed_relative_asides(text) + (other_raises or [])
    for match in _ROUND_TYPE_RE.finditer(text):
        earlier = _EARLIER_TYPE_BEFORE_RE.search(text[max(0, match.start() - 80) : match.start()])
        if not earlier and not inside(match.start(), compared):
            return _round_type(match.group())
    return None


# A comparison with an earlier round of the company's, from its cue to that round's type and the date told after
# it: "down from the $1 billion it fetched in its Series C in 2022", "inférieure à celle de sa série B de 2022".
# No comma between the cue and the round ("above its target, in its Series B" compares nothing with a round).
_EARLIER_ROUND_COMPARISON_RE = re.compile(
    r"\b(?:down\s+from|up\s+from|below|above|(?:lower|higher|less|more)\s+than|compared\s+(?:with|to)|versus|"
    r"(?:inférieure?s?|supérieure?s?)\s+à|par\s+rapport\s+à|contre)\s"
    r"(?:[^.;,]|[.,](?=\d)){0,100}?\b(?:its|their|the\s+company['’]s|sa|son|leur)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:série|series|serie)\s+[A-H]\b|pre-seed|pré-amorçage|seed\b|amorçage\b)(?:\s+(?:round|tour)\b)?"
    r"(?:\s+(?:in|en|de|of|d['’])\s*(?:\w+\s+)?(?:19|20)\d\d\b)?",
    _I,
)


def _other_comparisons(text: str, amount: AmountMention) -> list[tuple[int, int]]:
    """The comparisons with an earlier round that leave `amount` out: the figure compared there ("down from the $1
    billion it fetched in its Series C in 2022") is dated by the date written there; the new one is not."""
    return [span for span in _earlier_round_comparisons(text) if not inside(amount.bound_start, [span])]


def _earlier_round_comparisons(text: str) -> list[tuple[int, int]]:
    """Spans of `text` comparing a figure with an earlier round of the company's ("a valuation below that of its
    Series B of 2022"): the type and the date written there are that round's, not those of a figure outside."""
    return [match.span() for match in _EARLIER_ROUND_COMPARISON_RE.finditer(text)]


def _only_round_type(text: str) -> str | None:
    """The one round type `text` names ('Series B', 'Seed'), whatever its spelling ('série B'); None
    when it names none, or two. A type told of an earlier round ('AirTree, which led Crewmark's Series A
    in 2021, returned for the round, while Salesforce invested $10M') is not the stake's."""
    types = {
        _round_type(match.group())
        for match in _ROUND_TYPE_RE.finditer(text)
        if not _EARLIER_ROUND_BEFORE.search(text, max(0, match.start() - 80), match.start())
        and not _EARLIER_ROUND_AFTER.match(text, match.end())
    }
    return types.pop() if len(types) == 1 else None


# "which led its Series A", "qui avait mené sa série A": a relative clause telling an investor's past
# round, with no clause break between it and the type; "Series A in 2021": a round dated by a year.
_EARLIER_ROUND_BEFORE = re.compile(
    r"\b(?:which|who|that|qui)\s+(?:had\s+|also\s+|avait\s+|a\s+)?(?:co-?led|led|backed|mené|co-?mené)\b[^,;]*$",
    re.IGNORECASE,
)
_EARLIER_ROUND_AFTER = re.compile(r"\s+(?:in|en)\s+(?:19|20)\d\d\b")


def _same_company(name: str, other: str) -> bool:
    """One name, or one the leading words of the other: "Rivet" in a story about "Rivet Mobility"."""
    shorter, longer = sorted((name.split(), other.split()), key=len)
    return longer[: len(shorter)] == shorter


def _unique(names: list[str]) -> list[str]:
    seen: list[str] = []
    for name in names:
        if name and name not in seen:
            seen.append(name)
    return seen


def _deduplicate(
    facts: list[Fact],
    from_headline: list[bool] | None = None,
    raised: Sequence[Fact] = (),
) -> list[Fact]:
    """The same fact stated twice (lead and body) is kept once, its first statement enriched by the later.
    A fact the headline states and the body states again cites the body's sentence, with what both say.
    A stake raised to a share (one of `raised`) is only ever the same as a stake raised to that share."""
    kept: dict[tuple, list[Fact]] = {}
    ordered: list[Fact] = []  # Kept facts in the order the article first states them.
    headline_twins: set[int] = set()
    for position, fact in enumerate(facts):
        key = (fact.kind, fact.company, fact.investor, fact.partner, fact.amount, fact.currency, fact.text)
        if _is_among(fact, raised):
            key += ("raised to", fact.percentage)
        same = kept.setdefault(key, [])
        twin = next(
            (told for told in same if not _other_round_type(told, fact) and not _stake_of_before(told, fact)),
            None,
        )
        headline = bool(from_headline and from_headline[position])
        if twin is None:
            same.append(fact)
            ordered.append(fact)
            if headline:
                headline_twins.add(id(fact))
            continue
        filled = False
        if id(twin) in headline_twins and not headline:
            # "Zeta AI lève 20 millions d'euros" then "Zeta AI a annoncé mardi une levée de fonds de 20 millions
            # d'euros auprès de Partech": the body's sentence is the evidence; the headline adds what it alone says.
            twin, fact = fact, twin
            _replace_same(same, fact, twin)
            _replace_same(ordered, fact, twin)
            headline_twins.discard(id(fact))
            filled = _fill_missing(twin, fact)
        if _enrich(twin, fact) or filled:
            # What the other statement alone says is cited to its sentence too (the source view shows both).
            _cite_also(twin, fact)
    return _without_unpriced_twins(ordered, raised)


def _is_among(fact: Fact, facts: Sequence[Fact]) -> bool:
    """Whether the very object `fact` is one of `facts` (facts equal in value may be distinct statements)."""
    return any(fact is other for other in facts)


def _replace_same(facts: list[Fact], old: Fact, new: Fact) -> None:
    """Put `new` where the very object `old` is (facts equal in value may be distinct statements)."""
    facts[next(i for i, fact in enumerate(facts) if fact is old)] = new


def _other_round_type(fact: Fact, other: Fact) -> bool:
    """'raised $6 billion in a Series C' then 'previously raised $6 billion in a Series B': two rounds of one sum,
    not one round told twice."""
    return bool(fact.round_type and other.round_type and fact.round_type != other.round_type)


def _stake_of_before(fact: Fact, other: Fact) -> bool:
    """ "Amazon injecte 4 Md$ dans Anthropic" then « Amazon avait déjà investi 4 Md$ dans Anthropic en 2023 »: the
    same sum, put in twice. A stake one sentence tells as put in before the news (`_PAST_STAKE_BEFORE_RE`) and the
    other not, dated apart, is an earlier stake, not the news told again."""
    if fact.kind != "investment" or fact.date == other.date:
        return False
    return bool(_PAST_STAKE_BEFORE_RE.search(fact.sentence)) != bool(
        _PAST_STAKE_BEFORE_RE.search(other.sentence)
    )


def _enrich(fact: Fact, other: Fact) -> bool:
    """`fact` takes the investors, round type and basis `other` (the same fact, told again) adds; whether
    it took any."""
    before = (len(fact.investors), len(fact.lead_investors), fact.round_type, fact.basis)
    for name in other.investors:
        if name not in fact.investors:
            fact.investors.append(name)
    for name in other.lead_investors:
        if name not in fact.lead_investors:
            fact.lead_investors.append(name)
    fact.round_type = fact.round_type or other.round_type
    fact.basis = fact.basis or other.basis
    return before != (len(fact.investors), len(fact.lead_investors), fact.round_type, fact.basis)


def _cite_also(fact: Fact, other: Fact) -> None:
    """`other`'s sentences (its own and those it cites) become more evidence of `fact`, which took what
    they say: every figure and party a record states stands in a sentence it is cited to."""
    for more in [
        CitedSentence(sentence=other.sentence, start=other.start, end=other.end),
        *other.more_evidence,
    ]:
        _cite_sentence(fact, more)


def _sentence_of(view: View) -> CitedSentence:
    """`view`'s sentence, to cite as a fact's further evidence."""
    return CitedSentence(sentence=view.original, start=view.sentence.start, end=view.sentence.end)


def _cite_sentence(fact: Fact, more: CitedSentence) -> None:
    """`more` (a sentence of the same article) is more evidence of `fact`, unless already cited."""
    cited = {(fact.start, fact.end)} | {(told.start, told.end) for told in fact.more_evidence}
    if more.start is not None and (more.start, more.end) not in cited:
        fact.more_evidence.append(more)


_EVIDENCE_FIELDS = frozenset({"sentence", "start", "end", "more_evidence"})


def _move_evidence(fact: Fact, view: View) -> None:
    """`view`'s sentence, which prices `fact`, becomes its evidence; the sentence that first told it (the
    parties, a share: "a acquis 70 % du capital de X") is still cited, as more evidence."""
    earlier = CitedSentence(sentence=fact.sentence, start=fact.start, end=fact.end)
    fact.sentence, fact.start, fact.end = view.original, view.sentence.start, view.sentence.end
    if (earlier.start, earlier.end) != (fact.start, fact.end):
        fact.more_evidence.insert(0, earlier)


def _fill_missing(fact: Fact, other: Fact) -> bool:
    """`fact` takes what `other` (the same fact, told elsewhere) says that it leaves unsaid; whether it
    took anything."""
    filled = False
    for name in type(fact).model_fields:
        if name in _EVIDENCE_FIELDS:
            continue
        value, told = getattr(fact, name), getattr(other, name)
        if value in (None, [], "") and told not in (None, [], ""):
            setattr(fact, name, told)
            filled = True
    return filled


def _within_days(first: str | None, second: str | None, days: int) -> bool:
    """Whether two day-precise ISO dates are at most `days` apart."""
    try:
        return abs((dt.date.fromisoformat(first or "") - dt.date.fromisoformat(second or "")).days) <= days
    except ValueError:
        return False


def _share_bound(percent: PercentMention) -> str | None:
    """A fact's `percentage_bound` for a percentage read: "environ 8 %" approx, "plus de 10 %" minimum,
    "up to 20%" maximum (the words amounts' bounds are read from); None when exact."""
    return None if percent.bound == "exact" else percent.bound


def _without_unpriced_twins(facts: list[Fact], raised: Sequence[Fact] = ()) -> list[Fact]:
    """'Check Point will acquire Lakera' then 'Check Point will pay about $300 million for Lakera': one
    acquisition, the priced one. The announcement without its price is the same deal, not another. A stake
    raised to a share (one of `raised`: "raised its stake in G42 to 49% in a later transaction") is its own."""
    priced = {(f.company, f.investor) for f in facts if f.kind == "acquisition" and f.amount is not None}
    # "Infineon has agreed to take a 12 per cent stake in Aubrelle" then "Infineon will invest €150mn": the
    # same day's stake and its price are one investment, which keeps the stake's percentage.
    invested = {
        (f.company, f.investor, f.date): f for f in facts if f.kind == "investment" and f.amount is not None
    }
    # "Thales a annoncé mercredi son entrée au capital d'Orbitane. Le groupe investit 15 M€": the entry, dated by
    # its weekday, and the sum the next sentence gives it the same week are one investment too.
    priced_stakes: dict[tuple[str, str | None], list[Fact]] = {}
    for f in facts:
        if f.kind == "investment" and f.amount is not None and f.date and len(f.date) == 10:
            priced_stakes.setdefault((f.company, f.investor), []).append(f)
    kept = []
    for f in facts:
        if f.kind == "acquisition" and f.amount is None and (f.company, f.investor) in priced:
            continue
        twin = invested.get((f.company, f.investor, f.date)) if f.kind == "investment" else None
        if twin is None and f.kind == "investment" and f.date and len(f.date) == 10:
            twin = next(
                (
                    p
                    for p in priced_stakes.get((f.company, f.investor), [])
                    if _within_days(p.date, f.date, 7)
                ),
                None,
            )
        if twin is not None and f.amount is None and f.investor and not _is_among(f, raised):
            if twin.percentage is None and f.percentage is not None:
                twin.percentage, twin.percentage_bound = f.percentage, f.percentage_bound
                _cite_also(twin, f)  # the share is the other sentence's
            continue
        kept.append(f)
    return kept


def _without_relative_pronoun(gap: str) -> str:
    """The gap between an antecedent and its clause without the closing ", qui" / ", which" (no regex:
    a trailing optional pattern would be tried at every position of a long gap)."""
    gap = gap.rstrip()
    for pronoun in ("qui", "which", "who"):
        if gap.lower().endswith(pronoun) and not gap[: -len(pronoun)][-1:].isalnum():
            gap = gap[: -len(pronoun)].rstrip()
            break
    return gap.rstrip(",").rstrip()


def _relative_verb_end(text: str, clause_start: int) -> int:
    """Where "each/chacun" would stand in a relative clause: after "qui/which" and its verb ("qui apportent
    chacun", "qui ont chacun", "which each")."""
    match = re.match(
        r"\s*(?:qui|which|who)?\s*(?:(?:ont|have|apportent|injectent|investissent|mettent|"
        r"remettent|versent|contribute|invest|put|will)\s+)?",
        text[clause_start:],
        _I,
    )
    return match.end() if match else 0


def _called_off_parties(view: View, amount: AmountMention) -> tuple[str, str] | None:
    """(investor, company) of a deal a sentence calls off: the last party named before the figure ("Nvidia has
    abandoned plans to invest $2 billion in Zeta", « Nvidia a renoncé à investir 2 milliards dans Zeta ») and
    the first named after it; None unless both are named, and differ."""
    named = [m for m in view.mentions if m.name and not m.aside]
    before = [m.name for m in named if view.rel(m)[1] <= amount.bound_start]
    after = [m.name for m in named if view.rel(m)[0] >= amount.span[1]]
    if not before or not after or before[-1] == after[0]:
        return None
    return before[-1], after[0]


def _in_retracted_report(text: str, position: int) -> bool:
    """Whether a figure at `position` is told after an opening that retracts the earlier report ("An earlier version
    of this article incorrectly said…"), and not after the words giving its right reading ("misstated the amount;
    X raised $85 million, not $75 million")."""
    opening = _RETRACTED_REPORT_RE.search(text, 0, position)
    return opening is not None and _RIGHT_READING_RE.search(text, opening.start(), position) is None


def _revenue_metric(text: str, clause_start: int, amount: AmountMention) -> str:
    """What revenue figure `amount` is, by the pace word nearest it in its clause: a monthly recurring revenue,
    an annual recurring revenue (ARR), an annual run-rate, else a period's revenue. Nearest, as "MRR of $2 million, or
    $24 million ARR" tells two."""
    window_end = amount.span[1] + 40
    cues = [(m, _MONTHLY_RECURRING) for m in _MONTHLY_RECURRING_RE.finditer(text, clause_start, window_end)]
    # Before the run-rate's cues: "annualized recurring revenue" is an ARR whose two cues start together.
    cues += [(m, _ANNUAL_RECURRING) for m in _ANNUAL_RECURRING_RE.finditer(text, clause_start, window_end)]
    cues += [(m, _RUN_RATE) for m in _RUN_RATE_RE.finditer(text, clause_start, window_end)]
    if not cues:
        return "revenue"

    def distance(cue: re.Match) -> int:
        return (
            cue.start() - amount.span[1] if cue.start() >= amount.span[1] else amount.bound_start - cue.end()
        )

    return min(cues, key=lambda found: distance(found[0]))[1]


def _named_right_after(text: str, position: int, begin: int) -> bool:
    """Whether a name at `begin` is the one right after `position`, directly or after a descriptor of it ("entre
    au capital de la start-up lyonnaise Zorgly", "de la société bordelaise X")."""
    return begin == position or (
        begin > position and bool(_DESCRIPTOR_TAIL_RE.fullmatch(text, position, begin))
    )


# A publisher's report of a raise already made: "The Information reported that Orca9 AI had raised $1.2 billion".
_REPORTED_RAISE_RE = re.compile(
    r"\breported\s+(?:\w+\s+){0,3}?that\s+[^.;]{0,80}?\bhad\s+(?:\w+\s+)?raised\b|"
    r"\ba\s+rapporté\s+(?:\w+\s+){0,3}?qu['’]\s*[^.;]{0,80}?\bavait\s+(?:\w+\s+)?levé\b",
    _I,
)


def _reported_raise(fact: Fact) -> bool:
    return fact.kind == "round" and fact.status not in NOT_RAISED_YET and bool(_REPORTED_RAISE_RE.search(fact.sentence))


def _retells(other: Fact, report: Fact) -> bool:
    """Whether `other` tells, as the news, the raise `report` is an earlier report of (`_reported_raise`)."""
    if other is report or other.kind != "round" or other.status in NOT_RAISED_YET or _reported_raise(other):
        return False
    if (
        other.company != report.company
        or other.currency != report.currency
        or other.sentence == report.sentence
    ):
        return False
    if report.round_type not in (None, other.round_type) or not (other.date and report.date):
        return False
    return 0 <= _months_between(report.date, other.date) <= 6 and _close_amounts(report.amount, other.amount)


def _close_amounts(reported: float | None, told: float | None) -> bool:
    """Whether a report's figure can be the raise told later: within half to one and a half times it ($1.2
    billion reported, $1.5 billion told), where "had raised $3 million from angel investors" before a $50
    million Series A is an earlier, different round."""
    if not (reported and told):
        return True
    return 0.5 <= reported / told <= 1.5


def _months_between(earlier: str, later: str) -> int:
    """Whole months from `earlier` to `later` (ISO dates, read to the month)."""
    return (int(later[:4]) - int(earlier[:4])) * 12 + int(later[5:7] or 1) - int(earlier[5:7] or 1)


# An earlier raise dated from the news: « deux ans après une première levée de 2 millions d'euros », "two years
# after a first raise of $2 million" (`_date_a_first_raise_years_before`).
_YEAR_COUNTS = {"un": 1, "une": 1, "a": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3}
_YEAR_COUNTS |= {"quatre": 4, "four": 4, "cinq": 5, "five": 5}
_YEARS_AFTER_EARLIER_RAISE_RE = re.compile(
    r"\b(?P<years>\d{1,2}|un|deux|trois|quatre|cinq|a|one|two|three|four|five)\s+(?:ans?|years?)\s+"
    r"(?:après|after)\s+(?:une|sa|son|a|its|an)\s+(?:première|précédente|premier|first|previous|earlier|initial)\s+"
    r"(?:levée(?:\s+de\s+fonds)?|tour(?:\s+de\s+table)?|raise|round|funding\s+round)\s+(?:de|d['’]|of)\s*$",
    _I,
)


# A new clause after a called-off figure: "…, but invested", "…, it is investing", "…; instead it put".
_NEXT_CLAUSE_RE = re.compile(r"[,;]|\b(?:but|instead|rather)\b", re.IGNORECASE)
# The new clause's own investing verb, right before its figure: "but invested $3 billion", "it is investing $4
# billion"; "its shares fell $3 billion" tells no deal.
_INVESTING_BEFORE_RE = re.compile(
    r"\b(?:invest(?:s|ed|ing)?|inject(?:s|ed|ing)?|put(?:s|ting)?(?:\s+in)?|commit(?:s|ted|ting)?)\s+(?:an?\s+)?$",
    re.IGNORECASE,
)


def _denier(view: View, denial: int) -> str | None:
    """The party denying: the organisation named last before the denying verb at `denial` (the verb's subject)."""
    before = [mention for mention in view.mentions if mention.name and view.rel(mention)[1] <= denial]
    return max(before, key=lambda mention: mention.start).name if before else None


def _without_denier(fact: Fact, denier: str | None) -> Fact | None:
    """`fact` as a denial leaves it: "Nvidia denied it had joined X's $100 million round" tells X's round, which Nvidia
    is no backer of; "Nvidia denied it had invested $50 million in X" tells no investment of Nvidia's."""
    if fact.kind == "investment" and fact.investor == denier:
        return None
    fact.investors = [name for name in fact.investors if name != denier]
    fact.lead_investors = [name for name in fact.lead_investors if name != denier]
    return fact


def _drop_deniers_from_rounds(view: View, sentence_facts: list[Fact]) -> None:
    """ "X raised $100 million led by Sequoia, but Nvidia denied it had joined X's $100 million round": the denied
    figure repeats the round told first, which a party denying taking part is no backer of either."""
    for amount in view.amounts:
        if (denial := denial_start(view.text, amount)) is not None:
            denier = _denier(view, denial)
            for fact in sentence_facts:
                if fact.kind == "round":
                    _without_denier(fact, denier)


def _other_recalled_clauses(view: View, amount: AmountMention) -> list[tuple[int, int]]:
    """The clauses recalling the sentence's other raises ("After a $50 million round in 2023, …"): their dates are
    those raises', no date of `amount`'s."""
    clauses = (recalled_clause(view.text, other) for other in view.amounts if other is not amount)
    return [clause for clause in clauses if clause is not None]
