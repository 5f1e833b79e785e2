"""A backer's own short name in brackets after its name: "led by Anjney Midha (AMP)", « mené par … (AMP) ».

A wire writes a person and the fund he backs through so; a deal file lists the fund, "AMP". The bracket is the
backer's short name only when it is no other upper-case word a bracket after a name holds: a role ("Jane Doe
(CSO)": two people sharing a role are not one backer), a region ("(EMEA)"), a currency ("(EUR)"), a unit
("(MWh)") or an exchange ("(NASDAQ)", "(NASDAQ: NVDA)"). Two letters are one only as the initials of the name
before them ("Google Ventures (GV)"): "(UK)", "(AI)", « (IA) » are far more often a country or a trade.
Whether another name already goes by it is the store's to tell (store/writing.py `CompanyResolver.by_short_name`);
two names of one article claiming it are the article's (article.py `_sole_short_names`). Pure text helpers, no
state.
"""

from __future__ import annotations

import re

# Upper-case letters, three to eight ("AMP", "IVP", "A&E"): a two-letter bracket is a country, a state, a role
# or a unit far more often than a fund ("(US)", "(CA)", "(VP)", "(MW)"), and digits make a model or a ticker.
# A fixed-width class with a bounded count: `fullmatch` on one bracket's words, no backtracking.
_SHORT_NAME_RE = re.compile(r"[A-Z][A-Z&]{2,7}")

# Titles a bracket after a person gives: English and French.
_ROLES = frozenset(
    """CEO CFO COO CTO CSO CIO CMO CPO CRO CDO CAO CBO CCO CLO CXO CHRO CISO SVP EVP AVP EIR PDG DGA DGD DAF DRH
    DSI PMO""".split()
)
# Regions, and the ISO 3166 three-letter codes of the countries the wires name.
_REGIONS = frozenset(
    """USA UAE SEA EMEA APAC LATAM MENA DACH ANZ CEE GCC ASEAN NORAM AMER APJ EEA CIS NAM
    GBR FRA DEU CHE CAN JPN CHN SGP ISR ARE IND BRA KOR ESP ITA NLD BEL SWE NOR DNK FIN IRL AUT POL PRT LUX
    AUS NZL MEX ARG ZAF NGA KEN EGY SAU QAT TUR RUS UKR HKG TWN IDN MYS THA VNM PHL MAR TUN DZA SEN CIV""".split()
)
# ISO 4217 currency codes (and the renminbi's usual "RMB" and offshore "CNH").
_CURRENCIES = frozenset(
    """AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD
    CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL
    GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD
    KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK
    NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP
    STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF
    XAG XAU XCD XCG XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ZWL RMB CNH""".split()
)
# Units, measures and figures a bracket spells out in capitals ("(TWH)", "(ARR)").
_UNITS = frozenset(
    """KWH MWH GWH TWH KWC MWC GWC TEU SQM SQFT BPS KBPS MBPS GBPS TBPS FLOPS TFLOPS PFLOPS EFLOPS TOPS PPM RPM
    ARR MRR GMV TTC HTVA EBITDA CAGR PIB GDP""".split()
)
# Stock exchanges and the prefixes a ticker is quoted with ("NASDAQ: NVDA", "EPA: MC").
_EXCHANGES = frozenset(
    """NASDAQ NYSE AMEX LSE TSX TSXV ASX HKEX SGX SIX JPX TSE KRX KOSDAQ BSE NSE SSE SZSE FWB XETRA EURONEXT
    OTC OTCQX OTCQB AIM MOEX TASE BME BMV JSE EPA ETR SWX EBR AMS LON TYO SHA SHE STO CPH HEL OSL""".split()
)
_NOT_A_SHORT_NAME = _ROLES | _REGIONS | _CURRENCIES | _UNITS | _EXCHANGES

# Two capitals: a backer's short name only when they are the initials of the name before the bracket ("Google
# Ventures (GV)"), see `_initials_of`.
_TWO_LETTERS_RE = re.compile(r"[A-Z]{2}")
# Two-letter brackets that are initials of words a name may be written with yet never a backer's short name:
# countries and unions ("United Kingdom (UK)", « Union européenne (UE) »), trades and kinds of money ("Venture
# Capital (VC)", "Private Equity (PE)", "Artificial Intelligence (AI)", « intelligence artificielle (IA) »),
# roles ("General Partner (GP)"), places and units ("San Francisco (SF)", "Mega Watt (MW)").
_NOT_TWO_LETTER_NAMES = frozenset(
    """US UK EU UE UN AI IA ML VC PE GP LP VP HR RH PR IT IP HQ NY SF LA DC CA GM MW GW KW TW GB TB MB""".split()
)
# Small words left out of a name's initials: "Bank of America" (BA), « Caisse des Dépôts » (CD).
_LINK_WORDS = frozenset({"of", "and", "the", "de", "des", "du", "la", "le", "les", "et", "&"})


def backers_short_name(bracketed: str, name: str = "", *, person: bool = False) -> str | None:
    """The backer's own short name a bracket after its name holds ("(AMP)" → "AMP"), else None: a role, a
    region, a currency, a unit, an exchange or a ticker quoted on one ("(NASDAQ: NVDA)") names no backer. Two
    letters are its short name only when they are the initials of `name`, the name written before the bracket
    ("Google Ventures (GV)"), no country, trade, role or unit ("(UK)", "(VC)", "(IA)"), and that name is a
    firm's: a `person`'s two initials ("Jane Doe (JD)") are how the article abbreviates her, and would let a
    deal file's "JD" (JD.com) join her."""
    words = bracketed.strip().removeprefix("(").removesuffix(")").strip()
    if _TWO_LETTERS_RE.fullmatch(words):
        if person or words in _NOT_TWO_LETTER_NAMES:
            return None
        return words if _initials_of(name) == words else None
    if not _SHORT_NAME_RE.fullmatch(words):
        return None
    return None if words in _NOT_A_SHORT_NAME else words


def _initials_of(name: str) -> str:
    """The upper-case first letters of `name`'s words, small link words left out ("Google Ventures" → "GV")."""
    return "".join(word[0].upper() for word in name.split() if word.lower() not in _LINK_WORDS)
