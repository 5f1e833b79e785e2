"""Sentences of an article body with exact character spans into the original text.

The text is never rewritten: each `Sentence` is a (start, end) window such that
`text[start:end] == sentence.text`. Splitting is one linear pass over candidate boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..controls import (
    CONTROL_CHARACTER,
    ESCAPE_SEQUENCE,
    FIRST_CHARACTER,
    INVISIBLE,
    MARKUP_TAG,
    STRAY_JOINER,
)

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "m",
    "mm",
    "mme",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "inc",
    "corp",
    "ltd",
    "co",
    "jr",
    "sr",
    "vs",
    "cf",
    "no",
    "fr",
    "mrd",
    "mio",
    "mia",
    "env",
    "jan",
    "feb",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
    "ex",
    "etc",
    "e.g",
    "i.e",
    "s.a",
    "p",
}
# Dotted country and union initials: "the U.S. Army" goes on with the name; "in the U.K. The company…" ends.
_COUNTRY_INITIALS = {"u.s", "u.k", "u.n", "e.u"}
# Words that open a new sentence rather than continue a name after "U.S.": determiners, pronouns, links.
_SENTENCE_OPENERS_RE = re.compile(
    r"(?:The|This|That|These|Those|It|Its|He|She|They|We|I|But|And|In|On|At|For|As|A|An|Some|Many|Most|"
    r"Le|La|Les|L['’]|Il|Elle|Ils|Elles|Ce|Cette|Ces|Mais|Et|En|Un|Une|Des|Selon|Pour)\b|[«“\"'(\d]"
)
# Legal forms written with a full stop ("Inc.", "Corp.", "Ltd.", "Co."), and the words that open a new
# sentence after one: a pronoun or a determiner, never a name's next word.
_LEGAL_FORMS = {"inc", "corp", "ltd", "co"}
_CLAUSE_OPENER_RE = re.compile(
    r"(?:The|This|That|These|Those|It|Its|He|She|They|We|Le|La|Les|Il|Elle|Ils|Elles|Ce|Cette|Ces)\s"
)
# A round's letter right before a full stop: "Series B.", "série C.", "round A.".
_ROUND_LETTER_BEFORE_RE = re.compile(r"\b(?:series|série|serie|round|tour)\s+[A-Za-z]$", re.IGNORECASE)
# A name written with a lower-case first letter and a capital inside ("aMoon", "eToro", "iRobot") opens a
# sentence as a capital would.
_LOWER_CAMEL_RE = re.compile(r"[a-z]{1,2}[A-Z][a-z]")
_BOUNDARY_RE = re.compile(r"[.!?…]+[»”\"')\]]*\s+")
_PARAGRAPH_RE = re.compile(r"\n[ \t\u00a0]*\n")
_WORD_BEFORE_RE = re.compile(r"([\w.]+)$")
# Characters that carry no words: whole terminal escape sequences ("\x1b[31m", a window title's
# "\x1b]0;pwned\x07"), control characters, invisible characters (as `controls` defines them for deal
# files' names), and markup tags ("[b]", "</i>", Rich's bare closing "[/]"). Rules read them as FILLER, a
# letter-joining mark of the same length, so that "Evil\x1b[31mCorp" still reads as one name while every
# offset stays the original text's.
_MARKUP_RE = re.compile(
    rf"(?=[\[<]|{FIRST_CHARACTER})(?:{ESCAPE_SEQUENCE}"
    rf"|{MARKUP_TAG}"
    rf"|{CONTROL_CHARACTER}|{INVISIBLE}|{STRAY_JOINER})"
)
_MARKUP_RUN_RE = re.compile(rf"(?:{_MARKUP_RE.pattern})*")
FILLER = "\u00ad"
# Between two capitalised words, the marks of tags around a space or a comma ("<b>Quarry</b> <b>Capital</b>"): rules see
# the gap as the writer typed it once the marks are moved next to the first word ("Quarry▒▒▒▒▒▒▒ Capital").
_MARKED_GAP_RE = re.compile(rf"(?<=\w)[{FILLER} ,]*{FILLER}[{FILLER} ,]*(?=\w)")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text, its span in the article and its paragraph number."""

    text: str
    start: int
    end: int
    paragraph: int


def paragraphs(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph of `text` from `start`, separated by blank lines."""
    spans = []
    position = start
    for match in _PARAGRAPH_RE.finditer(text, start):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    return [_strip(text, a, b) for a, b in spans if text[a:b].strip()]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow (start, end) to exclude surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
    """The sentences of text[start:end]; boundaries after '.', '!', '?' before a capital or a quote."""
    sentences = []
    position = start
    for match in _BOUNDARY_RE.finditer(text, start, end):
        cut = match.end()
        # "year. [b]Bold Ventures[/b] led…": markup before the next word does not hide its capital.
        first = _MARKUP_RUN_RE.match(text, cut, end).end()
        if first >= end or not (_starts_sentence(text[first]) or _LOWER_CAMEL_RE.match(text, first, end)):
            continue
        if (
            _is_abbreviation(text, match.start(), start)
            and not _legal_form_ends(text, match.start(), start, first)
            and not _letter_before_pronoun(text, match.start(), first)
        ):
            continue
        if _initials_continue_name(text, match.start(), start, first):
            continue
        sentences.append(_sentence(text, position, cut, paragraph))
        position = cut
    if position < end:
        sentences.append(_sentence(text, position, end, paragraph))
    return [sentence for sentence in sentences if sentence.text]


def readable(text: str) -> str:
    """`text` with control characters and markup replaced by FILLER, character for character."""
    masked = _MARKUP_RE.sub(lambda match: FILLER * len(match.group()), text)
    if FILLER not in masked:
        return masked
    return _MARKED_GAP_RE.sub(_marks_first, masked)


def _marks_first(match: re.Match) -> str:
    """A gap between two capitalised words with its tag marks first, then the spaces and commas as written
    ("led by <i>Foo" keeps its marks before the name: rules read "by" as the word it is)."""
    gap, text = match.group(), match.string
    start = match.start()
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    if not (text[start].isupper() and text[match.end()].isupper()):
        return gap
    rest = gap.replace(FILLER, "")
    return FILLER * (len(gap) - len(rest)) + rest


def _starts_sentence(char: str) -> bool:
    # A bullet ("• Vigilo is also…") opens a list item: a sentence of its own, about its own subject.
    return char.isupper() or char.isdigit() or char in "«“\"'(•▪"


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation ('M.', 'Inc.', 'U.S.') or an initial."""
    if text[dot] != ".":
        return False
    match = _WORD_BEFORE_RE.search(text[max(floor, dot - 12) : dot])
    if not match:
        return False
    word = match.group(1).lower().strip(".")
    window = text[max(floor, dot - 12) : dot]
    if window[: match.start()].endswith(("'", "’")):
        return False  # "Macy's." ends a sentence: a possessive 's is not an initial.
    if len(word) == 1 and _ROUND_LETTER_BEFORE_RE.search(text, max(floor, dot - 14), dot):
        return False  # "…led a €65m Series B. It now employs…": a round's letter, not a person's initial.
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


# A subject pronoun: no person's name goes on with one after a middle initial.
_PRONOUN_OPENER_RE = re.compile(r"(?:It|He|She|They|We|Il|Elle|Ils|Elles|On|Nous)\s")


def _letter_before_pronoun(text: str, dot: int, first: int) -> bool:
    """'…lors de leur passage à Station F. Ils avaient alors bouclé…': a capital letter before a full stop
    then a subject pronoun ends a name ("Station F") and the sentence, not a person's initial."""
    return (
        dot >= 2
        and text[dot - 1].isupper()
        and text[dot - 2] == " "
        and bool(_PRONOUN_OPENER_RE.match(text, first))
    )


def _legal_form_ends(text: str, dot: int, floor: int, first: int) -> bool:
    """'…by bitcoin miner Core Scientific Inc. It raised…': a company's legal form before a pronoun or a
    determiner that opens a clause ends the sentence; before anything else ('Apple Inc. (AAPL)', 'Acme Corp.
    Chief Executive…') the name goes on."""
    match = _WORD_BEFORE_RE.search(text[max(floor, dot - 12) : dot])
    if not match or match.group(1).lower() not in _LEGAL_FORMS:
        return False
    return bool(_CLAUSE_OPENER_RE.match(text, first))


def _initials_continue_name(text: str, dot: int, floor: int, first: int) -> bool:
    """'from the U.S. Army', 'the U.K. Ministry of Defence': country initials that open a name, not a sentence
    end; before an opener word ('…in the U.S. The company…') the sentence does end there."""
    match = _WORD_BEFORE_RE.search(text[max(floor, dot - 12) : dot])
    if not match or match.group(1).lower().strip(".") not in _COUNTRY_INITIALS:
        return False
    return not _SENTENCE_OPENERS_RE.match(text, first)


def _sentence(text: str, start: int, end: int, paragraph: int) -> Sentence:
    start, end = _strip(text, start, end)
    return Sentence(text[start:end], start, end, paragraph)
