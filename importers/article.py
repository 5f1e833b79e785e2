"""One article body (already decoded) to a `ParsedSource`: facts with their sentences and spans.

The text is stored as given, never rewritten: every fact's `start`/`end` index the stored text and
`text[start:end] == fact.sentence`. See `extract/` for how amounts, dates, names and facts are read.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from .extract.buyouts import stakes_bought_out
from .extract.called_off import deals_failed_next
from .extract.dates import (
    FRENCH_ADVERB,
    FRENCH_PARTICIPLE,
    DateMention,
    find_dates,
    find_inline_date,
    parse_iso,
)
from .extract.entities import EntityReader, OrgInfo, knowledge
from .extract.facts import CORRECTION_NOTE_RE, MAX_SENTENCE, FactBuilder
from .extract.fund_closes import take_funds_closed
from .extract.grants import give_grants_the_eu, grants_told_granted
from .extract.joint_sales import joint_stake_sales
from .extract.local_currency import apply_local_currency, apply_local_dollar
from .extract.rumours import without_denied_rumours
from .extract.secondary_sales import mark_secondary_purchases, secondary_purchases_told
from .extract.sentences import FILLER, Sentence, paragraphs, split_sentences
from .extract.stake_purchases import (
    buyers_of_stakes_sold,
    mark_stakes_bought,
    mark_stakes_held,
    mark_stakes_sold,
    sales_after_purchases,
    sellers_of_stakes_bought,
)
from .models import CompanyInfo, Fact, ParsedSource
from .unnamed_backers import without_unnamed_backers

_TITLE_LENGTH = 100
# Scouting the names (first pass) takes about a third of a big article's time (measured at 0.3 and
# 1 MB), reading its facts (second pass) the rest: weighted so, the share reported moves at about
# one speed through both, and the time left shown stays close.
_SCOUTING_SHARE = 0.33
# At most about this many progress reports per pass.
_PROGRESS_STEPS = 1000
_CREDIT_MAX = 60
# A headline repeated in the body is one of its first paragraphs (after a kicker or a section name).
_HEADLINE_PARAGRAPHS = 3
_TITLE_SEPARATORS = (" |", " -", " –", " —", " :")
_CLOSING_MARKS = frozenset('.!?…:;,»"”')
_DATELINE_RE = re.compile(
    r"^(?:[A-ZÀ-Ý][\w .'’/-]{1,40},?\s+)?"
    # The dispatch's day: "March 3", "March 3, 2026", "4 mar 2026", "12 mars", "2026-03-12".
    r"(?:(?P<day>[\w.]+\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[\w.]+(?:\s+\d{4})?|\d{4}-\d{2}-\d{2})\s+)?"
    r"\((?P<wire>[A-Za-z][\w .&/-]{1,30})\)\s*[-–—]\s*"
)
# A correction note or a kicker may open the story: its dateline is read in its first paragraphs.
_DATELINE_PARAGRAPHS = 3
# A dispatch refiled (a correction, an update) days after its dateline still tells that day's news; a dateline
# further from the publication date is an archive's or a typo: the publication date wins.
_DATELINE_SHIFT_DAYS = 7
# "a" is in neither list: it is the French verb ("a levé") or the English article ("a Berlin-based
# startup"), told apart by the word after it (`detect_language`).
_FRENCH_WORDS = frozenset(
    "le la les des du de et un une est à pour dans qui que sur avec au aux été ses son sa cette ce".split()
)
# "a" as the French verb: before a past participle or an adverb ("a levé", "a réuni", "a déjà levé"),
# or in "il y a". Short irregular participles the shared pattern leaves out are listed.
_FRENCH_A_RE = re.compile(
    rf"\by\s+a\b|\ba\s+(?:{FRENCH_ADVERB}\b|{FRENCH_PARTICIPLE}|(?:eu|mis|dit)\b)", re.IGNORECASE
)
_A_RE = re.compile(r"\ba\b", re.IGNORECASE)
# A title saying the story corrects an earlier one: "CORRECTION - Mistral AI: …", "RECTIFICATIF: …", "Rectificatif:
# …", "… (Corrects valuation)", "Mistral AI lève 600 millions (RECTIFICATIF)". The word in capitals, capitalised
# with a separator after it, or alone in brackets at the end: "Market correction" and "Correction in AI valuations
# fails to slow Zorgly" are no correction stories.
_CORRECTION_TITLE_RE = re.compile(
    r"^\s*(?:(?:CORRECTION|RECTIFICATIF|CORRECTED)\b|(?:Correction|Rectificatif)\s*[:\-–—])"
    r"|\((?:Corrects|Rectifie)\b"
    r"|[(\[]\s*(?:CORRECTION|RECTIFICATIF|CORRECTED|Correction|Rectificatif|Corrected)\s*[)\]]\s*$"
)
# A sentence saying the story corrects an earlier version of itself, wherever it stands: "CORRECTION: An earlier
# version of this story misstated the amount…", « Rectificatif : X a levé 25 millions d'euros, et non 52
# millions… », "(This story has been corrected to show the round was $48 million, not $42 million.)".
_CORRECTING_SENTENCE_RE = re.compile(
    r"^\W*(?:CORRECTION|RECTIFICATIF|Correction|Rectificatif)\s*[:\-–—]"
    r"|(?i:\b(?:this|the)\s+(?:story|article|dispatch)\s+(?:has\s+been|was)\s+(?:corrected|updated\s+to\s+correct)\b"
    r"|\b(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article)\s+(?:misstated|misreported|incorrectly)\b"
    r"|\bil\s+fallait\s+lire\b|\bindiqué(?:e|s|es)?\s+par\s+erreur\b)"
)
# The notes open the story: among its first paragraphs.
_CORRECTION_NOTE_PARAGRAPHS = 2
_ENGLISH_WORDS = frozenset(
    "the and of to in is for with that on its has was by from at as it be said".split()
)


def parse_article(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    language: str | None = None,
    path: str | None = None,
    progress: Callable[[float], None] | None = None,
) -> ParsedSource:
    """Extract facts from one article body. `published` is an ISO date 'YYYY-MM-DD' if known. If `published`
    is None it looks for a leading inline date marker such as ' date 2026-02-27 '. language
    auto-detected ('fr'/'en') if None. Title defaults to the first sentence (shortened). publisher: detected
    from a wire credit line (e.g. 'Keystone-SDA ATS', 'AFP', 'Reuters') if None. Fact.start/end are character
    offsets into ParsedSource.text such that text[start:end] == sentence. `progress`, if given, is called
    with the share of the work done (0 to 1) as the text is read: a caller can show a big text's progress."""
    body_start = 0
    inline = find_inline_date(text)
    if inline:
        published = published or inline[0]
        body_start = inline[1][1]
    published = published or _dateline_day(text, body_start)
    language = language or detect_language(text)
    sentences, credit = _sentences(text, body_start)
    publisher = publisher or credit
    published_date = parse_iso(published)
    facts_day = _facts_day(published_date, _dateline_day(text, body_start, published_date))
    facts, orgs, told_off = _extract(sentences, facts_day, language, title, progress, len(text))
    apply_local_dollar(facts, text, publisher, language)
    apply_local_currency(facts, text, language)
    return ParsedSource(
        title=title or _default_title(sentences, text),
        published=published_date.isoformat() if published_date else published,
        language=language,
        publisher=publisher,
        url=url,
        path=path,
        text=text,
        facts=facts,
        companies=_companies(facts, orgs),
        correction=_corrects_a_dispatch(sentences, title),
        called_off=told_off,
    )


def detect_language(text: str) -> str:
    """'fr' or 'en', whichever language's most common words are more frequent in the text."""
    words = re.findall(r"[a-zàâçéèêëîïôûùüÿœ]+", text[:5000].lower())
    french = sum(word in _FRENCH_WORDS for word in words)
    english = sum(word in _ENGLISH_WORDS for word in words)
    # A one-sentence story has few common words: "a" decides it. The French verb where a participle or
    # an adverb follows ("a levé", "a déjà investi", "il y a"), else the English article ("a Berlin-based").
    sample = text[:5000]
    french_a = len(_FRENCH_A_RE.findall(sample))
    french += french_a
    english += len(_A_RE.findall(sample)) - french_a
    return "fr" if french > english else "en"


def _sentences(text: str, start: int) -> tuple[list[Sentence], str | None]:
    """The body's sentences, leaving out wire credit lines, teasers for other stories and tables; the
    credit (publisher) if one was found."""
    result: list[Sentence] = []
    credit = None
    in_teasers = False  # after a label alone ("Read more", "À lire aussi :"): the headlines it lists
    for number, (begin, end) in enumerate(paragraphs(text, start)):
        line = text[begin:end]
        wire = _credit_line(line)
        if wire:
            credit = credit or wire
            continue
        in_teasers = _teaser_label_alone(line) or (in_teasers and _listed_headline(line))
        if in_teasers or _teaser(line) or _table(line):
            continue
        dateline = _DATELINE_RE.match(line)
        if dateline and _is_publisher(dateline.group("wire")):
            credit = credit or dateline.group("wire").strip()
            begin += dateline.end()
        for prose_begin, prose_end in _prose_lines(text, begin, end):
            result.extend(split_sentences(text, prose_begin, prose_end, number))
    return result, credit


def _prose_lines(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """The spans of a paragraph's lines that are prose: a photo caption or credit ("Photo: Reuters/John Doe",
    "… (Photo by Jane Doe/Getty Images)") and a teaser opening a line inside the paragraph ("À LIRE AUSSI: Mistral
    lève 600 millions") are left out. Lines kept one after another stay one span, so a sentence a line break
    wraps is still one sentence."""
    spans: list[tuple[int, int]] = []
    kept_from = None  # where the run of kept lines being read starts
    previous_ends_sentence = True
    for line in re.finditer(r"[^\n]+", text[begin:end]):
        line_text = line.group()
        dropped = _caption(line_text) or (previous_ends_sentence and _teaser(line_text))
        teaser_at = None if dropped else _teaser_inside(line_text)
        if dropped and kept_from is not None:
            spans.append((kept_from, begin + line.start()))
            kept_from = None
        elif not dropped and kept_from is None:
            kept_from = begin + line.start()
        if teaser_at is not None and kept_from is not None:
            # "… a levé 5 millions d'euros. À LIRE AUSSI : Orca IA lève 900 millions": the prose ends at the label.
            spans.append((kept_from, begin + line.start() + teaser_at))
            kept_from = None
        previous_ends_sentence = dropped or teaser_at is not None or line_text.rstrip()[-1:] in _CLOSING_MARKS
    if kept_from is not None:
        spans.append((kept_from, end))
    return [span for span in (_trimmed(text, *span) for span in spans) if span[0] < span[1]]


def _trimmed(text: str, begin: int, end: int) -> tuple[int, int]:
    """(begin, end) without the blanks and line breaks around the text between them."""
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    return begin, end


def _caption(line: str) -> bool:
    """Whether a line is a picture's caption or credit, not the story's prose: it opens with a credit label
    ("Photo: Reuters/John Doe", « Crédit photo : AFP »), ends with one ("… (Photo by Jane Doe/Getty Images)",
    "… Photo: Keystone/Jean Dupont") or is only a credit ("Reuters/John Doe", "© AFP")."""
    stripped = line.strip()
    return bool(
        _CAPTION_OPENING_RE.match(stripped)
        or _CAPTION_CLOSING_RE.search(stripped)
        or _CREDIT_ONLY_RE.fullmatch(stripped)
    )


def _dateline_day(text: str, start: int, published: dt.date | None = None) -> str | None:
    """The day a wire's dateline gives ("PARIS, 2026-03-12 (AFP) -", "LONDON, March 3, 2026 (Reuters) -"): the
    story's day when no publication date is given (a running total is then "as of" it). A day without its year
    ("LONDON, March 3 (Reuters) -") is read in the year of `published`, the latest such day; with none, no day.
    The dateline opens one of the first paragraphs: a correction note may come before it."""
    for begin, end in itertools.islice(paragraphs(text, start), _DATELINE_PARAGRAPHS):
        dateline = _DATELINE_RE.match(text[begin:end])
        if dateline is None or not _is_publisher(dateline.group("wire")):
            continue
        if not dateline.group("day"):
            return None
        found = find_dates(dateline.group("day"), published)
        return found[0].value if len(found) == 1 and found[0].precision == "day" else None
    return None


def _facts_day(published: dt.date | None, dateline_day: str | None) -> dt.date | None:
    """The day the story's facts are told as of: its wire's dateline day when it differs from the publication
    date by a few days at most ("LONDON, March 5 (Reuters) -" in a story refiled on March 6 tells March 5's
    news), else the publication date."""
    day = parse_iso(dateline_day)
    if published is None or day is None or abs((published - day).days) > _DATELINE_SHIFT_DAYS:
        return published
    return day


def _credit_line(line: str) -> str | None:
    """A short paragraph that only credits a wire ('Keystone-SDA ATS', '(AFP)', '© Reuters')."""
    stripped = line.strip().strip("()©-–— ").strip()
    if len(stripped) > _CREDIT_MAX or stripped.endswith((".", "!", "?")) or len(stripped.split()) > 6:
        return None
    return stripped if _is_publisher(stripped) else None


# A paragraph sending the reader to another story ("Lire aussi: Aleph Alpha lève 500 millions de dollars",
# "Read more: Chip startups head to market", "À lire aussi »", "Sur le même sujet", "Related:"): its headline
# is not this story's, so it gives no fact and does not change which company "la société" is.
_TEASER_LABEL_RE = re.compile(
    r"[\W_]{0,3}(?:(?:à|a)\s+lire\s+(?:aussi|également|egalement)|lire\s+(?:aussi|également|egalement)"
    r"|sur\s+le\s+même\s+sujet|voir\s+aussi|read\s+(?:more|also)|also\s+read|see\s+also"
    r"|related(?:\s+(?:articles?|stories|news|coverage|links?|reading))?|more\s+on\s[^:\n]{1,40}(?=:))"
    # French typography puts a no-break space before the colon (« À LIRE AUSSI : »); a label may be bracketed.
    r"[ \t\u00a0\u202f*_]*(?:[:|»›>–—)\]-]|$)",
    re.IGNORECASE,
)
# A picture's credit label: "Photo:", "Photo by", "Photograph:", "Image:", "Credit:", « Crédit photo : », "Photo credit:".
_CREDIT_LABEL = (
    r"(?:photo(?:graph)?s?|pictures?|images?|illustrations?|(?:photo\s+)?credits?(?:\s+photos?)?"
    r"|(?:photo\s+)?cr[ée]dits?(?:\s+photos?)?)\s*(?:by\b|:|\|)"
)
_CAPTION_OPENING_RE = re.compile(rf"[\W_]{{0,3}}{_CREDIT_LABEL}", re.IGNORECASE)
# The credit closing a caption: in brackets, or after the caption's last sentence.
_CAPTION_CLOSING_RE = re.compile(
    rf"[(\[]\s*{_CREDIT_LABEL}[^()\[\]\n]{{0,120}}[)\]]\s*$|[.!?]\s+{_CREDIT_LABEL}[^.!?\n]{{1,120}}$",
    re.IGNORECASE,
)
# A line that is only a credit: "© AFP", "Reuters/John Doe", "John Doe/Getty Images", "AFP via Getty Images".
_CREDIT_NAME = r"[A-ZÀ-Ý][\w.'’&-]*(?:\s+[A-ZÀ-Ý][\w.'’&-]*){0,4}"
_CREDIT_ONLY_RE = re.compile(
    rf"©.{{1,80}}|{_CREDIT_NAME}\s*/\s*{_CREDIT_NAME}(?:\s+via\s+Getty\s+Images)?|{_CREDIT_NAME}\s+via\s+Getty\s+Images"
)
# A listed headline under such a label: one short line without a sentence's closing mark, or a bullet.
_LISTED_HEADLINE_RE = re.compile(r"[-•▪*]\s.{0,200}|[^\n]{1,200}(?<![.!?…»\"”])")
# A table as text: every line a row of at least two cells between bars ("| Revenue | $310 million |").
_TABLE_ROW_RE = re.compile(r"\|(?:[^|\n]{0,120}\|){2,}")


def _teaser(line: str) -> bool:
    """Whether a paragraph opens with a label sending the reader to another story ("Lire aussi: …")."""
    return _TEASER_LABEL_RE.match(line) is not None


# Such a label after a sentence of the same line, closed by its colon or mark: the rest of the line is the teaser.
_TEASER_INSIDE_RE = re.compile(
    r"(?<=[.!?…])[ \t\u00a0\u202f]+(?=" + _TEASER_LABEL_RE.pattern.removesuffix("|$)") + r"))", re.IGNORECASE
)


def _teaser_inside(line: str) -> int | None:
    """Where a teaser label opening after a sentence inside the line starts ("… 5 millions d'euros. À LIRE AUSSI :
    Orca IA lève 900 millions"), else None."""
    match = _TEASER_INSIDE_RE.search(line)
    return match.start() if match else None


def _teaser_label_alone(line: str) -> bool:
    """Whether a paragraph is only such a label ("Read more", "À lire aussi :"): the headlines it lists follow."""
    match = _TEASER_LABEL_RE.match(line)
    return match is not None and not line[match.end() :].strip(" \t\u00a0\u202f*_:»›>")


def _listed_headline(line: str) -> bool:
    """Whether a paragraph after a teaser label is one of the headlines it lists, not prose."""
    return _LISTED_HEADLINE_RE.fullmatch(line.strip()) is not None


def _table(line: str) -> bool:
    """Whether a paragraph is a table (a page's or a Markdown table, or one typed in a .txt): a row does not say
    whose figures it holds ("| Revenue | $310 million |" after a sentence naming the underwriters), so the
    importer reads no facts from it; the prose that tells the same figures is read."""
    return all(_TABLE_ROW_RE.fullmatch(row.strip()) for row in line.split("\n"))


def _is_publisher(name: str) -> bool:
    """Whether `name` is, or is made of, known wire and publisher names ('ats/afp', 'Keystone-SDA ATS')."""
    known = {publisher.lower() for publisher in knowledge().publishers}
    cleaned = name.strip().lower()
    if cleaned in known:
        return True
    parts = [part for part in re.split(r"[/,]|\s+", cleaned) if part]
    return bool(parts) and all(part in known for part in parts)


def _extract(
    sentences: list[Sentence],
    published: dt.date | None,
    language: str,
    title: str | None = None,
    progress: Callable[[float], None] | None = None,
    length: int = 0,
) -> tuple[list[Fact], dict, list[Fact]]:
    reader = EntityReader(language=language)
    # Only prose is scouted for names: a "sentence" too long to be prose is not read at all (see facts.py).
    reader.prepare(
        [sentence for sentence in sentences if len(sentence.text) <= MAX_SENTENCE],
        title,
        progress=_pass_progress(progress, length, 0.0, _SCOUTING_SHARE),
    )
    anchor = DateMention(published.isoformat(), "day", "point", (0, 0)) if published else None
    builder = FactBuilder(
        reader=reader,
        published=published,
        anchor=anchor,
        language=language,
        headline_sentences=_headline_sentences(sentences, title),
        # A story correcting itself in a closing sentence ("Rectificatif : une version précédente … indiquait
        # … menée par X") withdraws what that sentence says it said, as a correction story does.
        correction=_corrects_a_dispatch(sentences, title),
    )
    reading = _pass_progress(progress, length, _SCOUTING_SHARE, 1.0 - _SCOUTING_SHARE)
    for index, sentence in enumerate(sentences):
        builder.add_sentence(index, sentence)
        if reading is not None:
            reading(sentence.end)
    facts = builder.finish()
    # « Apple aurait envisagé un rachat de Mistral AI. La société a démenti… »: a rumour denied leaves nothing.
    facts = without_denied_rumours(facts, sentences)
    # "Nvidia agreed to invest $2 billion in Zeta. The deal collapsed in March.": no money moved, a call-off.
    facts, failed_next = deals_failed_next(facts, sentences, published.isoformat() if published else None)
    reader.add_headline_short_names()
    take_funds_closed(facts, sentences, reader.orgs, published)  # a fund an investor closed is no round of it
    facts += grants_told_granted(sentences, facts, reader.orgs, published)  # "was granted €5 million by"
    give_grants_the_eu(facts)  # "a €5 million grant from the EU": the European Union gave it
    # "bought out Pelican Capital, an early backer of X": Pelican's stake in X, no purchase of the firm.
    stakes_bought_out(facts, reader.orgs)
    mark_stakes_sold(facts)  # first: a stake sold is no stake bought, whatever else its sentence says
    facts += buyers_of_stakes_sold(facts, reader.orgs)  # "sold its stake in X to Y": Y's purchase too
    # "bought $280M of Cohere shares from early investors": a purchase no rule above told.
    facts += secondary_purchases_told(sentences, facts, reader.orgs, published)
    # "A and B, both early backers, sold part of their stakes in X to Y": each seller's sale, Y's purchase.
    facts += joint_stake_sales(sentences, facts, reader.orgs, published)
    mark_secondary_purchases(facts)  # before stakes bought: shares bought from their holders raise no money
    # "sold part of its stake in X to Y, people said, in a secondary deal of $40M": Y's purchase of a sale typed above.
    facts += buyers_of_stakes_sold(facts, reader.orgs)
    mark_stakes_bought(facts, (sentence.text for sentence in sentences))
    facts += sellers_of_stakes_bought(facts, reader.orgs)  # "bought half of X's stake in Y": X's partial sale
    facts += sales_after_purchases(facts, published)  # "… in 2017 before selling it in early 2019"
    mark_stakes_held(facts)  # last: a stake's worth told while held, neither bought nor sold in its sentence
    # "with participation from angels and other investors": words for backers the story does not name, no party.
    result = _as_written(without_unnamed_backers(facts), reader.orgs, reader.written)
    if progress is not None:
        progress(1.0)
    return *result, [*builder.called_off, *failed_next]


def _corrects_a_dispatch(sentences: list[Sentence], title: str | None) -> bool:
    """Whether the story corrects an earlier dispatch, as its source is marked (`ParsedSource.correction`):
    a correction story (`_is_correction`), or one a sentence of which says it corrects an earlier version
    of itself (`_CORRECTING_SENTENCE_RE`). Its figures withdraw those of the dispatch it corrects."""
    return _is_correction(sentences, title) or any(_CORRECTING_SENTENCE_RE.search(s.text) for s in sentences)


def _is_correction(sentences: list[Sentence], title: str | None) -> bool:
    """Whether the story corrects an earlier dispatch: its title says so ("CORRECTION - …") or it opens
    with a correction note ("(Corrects valuation in paragraph 2 to $2 billion from $200 million)")."""
    if title and _CORRECTION_TITLE_RE.search(title):
        return True
    first = sentences[0].paragraph if sentences else 0
    return any(
        sentence.paragraph - first < _CORRECTION_NOTE_PARAGRAPHS and CORRECTION_NOTE_RE.match(sentence.text)
        for sentence in sentences[:4]
    )


def _pass_progress(
    report: Callable[[float], None] | None, length: int, start: float, share: float
) -> Callable[[int], None] | None:
    """For one pass over the text: a callback taking the offset reached, reporting `start` plus
    `share` of the way through to `report`, every thousandth of the text at most (None: no report)."""
    if report is None or length <= 0:
        return None
    step = max(1, length // _PROGRESS_STEPS)
    due = 0

    def reached(offset: int) -> None:
        nonlocal due
        if offset >= due:
            due = offset + step
            report(start + share * min(offset, length) / length)

    return reached


def _headline_sentences(sentences: list[Sentence], title: str | None) -> frozenset[int]:
    """The sentences of the paragraph that repeats the title near the top of the body (a web page's <h1>, a
    Markdown "# heading"): the headline, not the body that tells the story."""
    # A heading that is not the title ("# Mistral AI lève 600 millions d'euros" under the title "… et vaut
    # désormais 5,8 milliards"), as with no title: a first line without closing punctuation over a longer body.
    return (_title_paragraph(sentences, title) if title else None) or _unpunctuated_first_line(sentences)


def _unpunctuated_first_line(sentences: list[Sentence]) -> frozenset[int]:
    """The first paragraph when it is one line without closing punctuation over a longer body: a headline."""
    first = [
        index for index, sentence in enumerate(sentences) if sentence.paragraph == sentences[0].paragraph
    ]
    text = sentences[first[-1]].text.rstrip() if sentences else ""
    if len(first) == 1 and len(sentences) > 1 and text and text[-1] not in _CLOSING_MARKS:
        return frozenset(first)
    return frozenset()


def _title_paragraph(sentences: list[Sentence], title: str) -> frozenset[int] | None:
    """The sentences of the paragraph near the top that repeats `title`; None when none does."""
    wanted = _comparable(title)
    by_paragraph: dict[int, list[int]] = {}
    for index, sentence in enumerate(sentences):
        by_paragraph.setdefault(sentence.paragraph, []).append(index)
        if len(by_paragraph) > _HEADLINE_PARAGRAPHS:
            break
    for indexes in list(by_paragraph.values())[:_HEADLINE_PARAGRAPHS]:
        said = _comparable(" ".join(sentences[index].text for index in indexes))
        # A page's og:title may end with its site's name: "Zeta AI lève 20 millions | Les Echos".
        if said and (wanted == said or any(wanted.startswith(said + mark) for mark in _TITLE_SEPARATORS)):
            return frozenset(indexes)
    return None


def _comparable(text: str) -> str:
    """`text` as a headline is compared: case, apostrophes, spacing and closing punctuation set aside."""
    return " ".join(text.replace("’", "'").casefold().split()).rstrip(" .!?:;")


def _as_written(
    facts: list[Fact], orgs: dict[str, OrgInfo], written: dict[str, str]
) -> tuple[list[Fact], dict[str, OrgInfo]]:
    """Facts naming a known company by the fuller spelling the article introduced it with ("Taiwan
    Semiconductor Manufacturing Co."), its knowledge-file name ("TSMC") kept as an alias."""
    renamed = {name: spelling for name, spelling in written.items() if spelling != name}
    if not renamed:
        return facts, orgs
    for name, spelling in renamed.items():
        if name in orgs and spelling not in orgs:
            info = orgs[name]
            aliases = [alias for alias in [name, *info.aliases] if alias != spelling]
            orgs[spelling] = replace(info, name=spelling, aliases=aliases)

    def spelt(name: str | None) -> str | None:
        return renamed.get(name, name) if name else name

    return [
        fact.model_copy(
            update={
                "company": spelt(fact.company),
                "investor": spelt(fact.investor),
                "partner": spelt(fact.partner),
                "investors": [spelt(name) for name in fact.investors],
                "lead_investors": [spelt(name) for name in fact.lead_investors],
            }
        )
        for fact in facts
    ], orgs


def _default_title(sentences: list[Sentence], text: str) -> str:
    """The first sentence, shortened at a word boundary."""
    first = sentences[0].text if sentences else " ".join(text.split())
    if len(first) <= _TITLE_LENGTH:
        return first or "(untitled)"
    cut = first[:_TITLE_LENGTH].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def _companies(facts: list[Fact], orgs: dict[str, OrgInfo]) -> list[CompanyInfo]:
    """What the article says about each party of its facts, in order of first appearance."""
    investors = {f.investor for f in facts if f.investor} | {n for f in facts for n in f.investors}
    names: list[str] = []
    for fact in facts:
        for name in (fact.company, fact.investor, fact.partner, *fact.investors):
            if name and name not in names:
                names.append(name)
    sole = _sole_short_names(names, orgs)
    result = []
    for name in names:
        info = orgs.get(name) or OrgInfo(name=name)
        investor_kind = None
        if name in investors:
            investor_kind = info.investor_kind or ("person" if info.entity == "person" else "unknown")
        result.append(
            CompanyInfo(
                name=name,
                entity=info.entity,
                country=info.country,
                city=info.city,
                sector=info.sector,
                description="; ".join(info.descriptions).replace(FILLER, "") or None,
                investor_kind=investor_kind,
                aliases=_clean_aliases(name, info.aliases),
                short_names=[short for short in info.short_names if short in sole],
            )
        )
    return result


def _sole_short_names(names: list[str], orgs: dict[str, OrgInfo]) -> set[str]:
    """The bracketed short names (`OrgInfo.short_names`) only one of the parties `names` is given: one two
    parties claim ("Jane Doe (XYZ) et John Roe (XYZ)") names neither, and must never join them."""
    claims = Counter(short for name in names if name in orgs for short in set(orgs[name].short_names))
    return {short for short, count in claims.items() if count == 1}


def _clean_aliases(name: str, aliases: list[str]) -> list[str]:
    """`aliases` without the FILLER that stands for a tag or control character in the text (never part of a
    name), dropping any that is then empty, the company's own name or a repeat."""
    result: list[str] = []
    for alias in aliases:
        clean = alias.replace(FILLER, "")
        if clean and clean != name and clean not in result:
            result.append(clean)
    return result
