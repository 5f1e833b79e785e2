"""Article files and streams to `RawDocument`s: bytes decoded, headers read, nothing interpreted yet.

Everything here treats its input as hostile: a file that is not text, or not a text we can decode
with confidence, is refused with an `InputError` naming the file and the problem.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal, TextIO

from .errors import InputError
from .exported import MARKDOWN_EXPORT, is_markdown_export
from .file_kind import IS_A_DIRECTORY, regular_file_problem
from .html_text import extract_article
from .markdown_text import markdown_text

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
# Wire stories are a few kilobytes; anything this big is a mistake, and refusing it keeps memory bounded.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
# What to do about an article over the limit (a real story is well under 1 MB; deal data has none).
TOO_BIG_HINT = ", the limit for one article: split it into smaller files"


@dataclass(frozen=True)
class RawDocument:
    """One article as read from its file: the text to parse and what its header said about it."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    publisher: str | None = None
    language: str | None = None
    path: str | None = None
    # Whether the file opened with an article header or front matter (how it was read, not what it says).
    header: bool = dataclasses.field(default=False, compare=False)


# --- Bytes to text -------------------------------------------------------------------------------

_BOMS = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Codecs that skip the byte-order mark themselves, for reading a stream.
_STREAM_CODECS = {
    "utf-32-le": "utf-32",
    "utf-32-be": "utf-32",
    "utf-8": "utf-8-sig",
    "utf-16-le": "utf-16",
    "utf-16-be": "utf-16",
}

_ZIP = b"PK\x03\x04"
_SIGNATURES = (
    (b"\x1f\x8b", "gzip"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document: copy its text into a .txt file"),
    (_ZIP, "a ZIP archive"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "an executable"),
)

# Office documents are ZIP archives: told apart by an OpenDocument's "mimetype" part (stored first,
# uncompressed) or by the names of their parts, which each part's local header holds in the clear
# near the start ("xl/workbook.xml"). A user who saved a workbook under .csv needs its CSV, not a word
# about ZIP.
_ZIP_DOCUMENTS = (
    (b"application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods): save it as CSV"),
    (b"application/vnd.oasis.opendocument.text", "an OpenDocument text (.odt): save it as plain text (.txt)"),
    (b"xl/", "an Excel workbook (.xlsx): save it as CSV"),
    (b"word/", "a Word document (.docx): save it as plain text (.txt)"),
)

# A UTF-8 multi-byte sequence: bytes that are not valid UTF-8 but mostly in such sequences are damaged
# UTF-8, which we refuse rather than turn into mojibake ("ZÃ©phyr") by reading it as Windows-1252.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# charset-normalizer's guesses we trust: Western single-byte encodings a French or Swiss wire may use...
_TRUSTED_GUESSES = frozenset({"cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850"})
# ... and the East Asian multi-byte encodings of Chinese, Japanese and Korean files, whose byte
# structure it recognises; trusted only when the text reads back as mostly CJK characters.
_CJK_GUESSES = frozenset(
    {
        "cp932", "shift_jis", "shift_jis_2004", "shift_jisx0213", "euc_jp", "euc_jis_2004",
        "euc_jisx0213", "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "cp950", "cp949", "euc_kr",
        "johab",
    }
)  # fmt: skip
_KOREAN_ENCODINGS = frozenset({"cp949", "euc_kr", "johab"})
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_MOST_CHAOS = 0.1  # charset-normalizer's "mess" of a guess we take (0 clean .. 1 noise)
_CLEARLY_CLEANER = 0.02  # how much less mess the East Asian reading we take has than any other
# Halfwidth katakana (U+FF61-FF9F) is left out: it is what Shift-JIS makes of Latin-1 letters ("«" as "ｫ").
_CJK_CHARACTER = re.compile(
    "[\u1100-\u11ff\u3000-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uff00-\uff60]"
)


def _refuse_binary(data: bytes, path: str) -> None:
    """Raise `InputError` when `data` (a file's first bytes or all of them) starts as a binary format
    does, naming the format and, for an office document, what to save it as."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            if signature == _ZIP:
                kind = _zip_document(data) or kind
            raise InputError(path, f"not a text file (looks like {kind})")


def _zip_document(data: bytes) -> str | None:
    """The office document a ZIP archive's first bytes show it is (`_ZIP_DOCUMENTS`), or None."""
    return next((kind for part, kind in _ZIP_DOCUMENTS if part in data), None)


def decode_bytes(data: bytes, path: str) -> str:
    """Decode a file's bytes to text with `\\n` line endings, or raise `InputError` saying why not.

    Order: byte-order mark, then strict UTF-8, then the one policy of `_legacy_encoding` (shared with
    deal files): damaged UTF-8 is refused, Chinese, Japanese or Korean text recognised with confidence
    is read in its encoding, else Windows-1252 when the result reads like Western text. Control
    characters are kept as they are.
    """
    if not data:
        raise InputError(path, "file is empty")
    text = _decode(data, path)
    if "\x00" in text:
        raise InputError(path, "not a text file (contains NUL bytes)")
    if not text.strip().strip("\u200b\ufeff\u2060"):
        raise InputError(path, "file contains only whitespace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, path: str) -> str:
    """The text of `data`, by byte-order mark, UTF-8 or a legacy encoding, checked for binary formats."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(
                    path, f"invalid {encoding.upper()} text (byte offset {error.start})"
                ) from None
    _refuse_binary(data, path)
    if b"\x00" in data:
        raise InputError(path, _nul_problem(data))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        return data.decode(_legacy_encoding(data, path, error))


def _nul_problem(data: bytes) -> str:
    """Why bytes with NULs are refused: UTF-16 without a byte-order mark gets a hint."""
    sample = data[:4096]
    if len(sample) >= 8 and (sample[1::2].count(0) > 0.9 * len(sample) / 2):
        return "not a text file (looks like UTF-16 without a byte-order mark; save it as UTF-8)"
    return "not a text file (contains NUL bytes)"


def _legacy_encoding(data: bytes, path: str, error: UnicodeDecodeError, *, whole: bool = True) -> str:
    """The encoding bytes that are not UTF-8 read as text in, or `InputError`: one policy for every file.

    `whole` is False when `data` is only a file's first bytes (a character may be cut at its end).
    A confident Chinese, Japanese or Korean guess whose text reads as such comes first (its bytes can
    look like anything in Windows-1252); then bytes mostly in UTF-8 sequences are damaged UTF-8 and
    refused; then Windows-1252 (or a trusted Western guess) when it reads as Western text.
    """
    bad = f"byte 0x{data[error.start]:02x} at offset {error.start}"
    guesses = _guess_encodings(data)
    readings = _cjk_readings(data, guesses, whole)
    cjk = _clear_reading(readings)
    if cjk is not None:
        return cjk
    in_sequences = sum(map(len, _UTF8_SEQUENCE.findall(data)))
    if in_sequences and in_sequences >= len(_HIGH_BYTE.findall(data)) - in_sequences:
        raise InputError(path, f"invalid UTF-8 ({bad})")
    western = [name for name, _ in guesses[:1] if name in _TRUSTED_GUESSES]
    for encoding in dict.fromkeys(("cp1252", *western)):
        text = _strict_decode(data, encoding, whole)
        if text is not None and _looks_like_text(text) and not (readings and _looks_like_mojibake(text)):
            if (pasted := _pasted_utf8(data)) is not None:
                raise InputError(
                    path,
                    f"mixed encodings: UTF-8 text inside a {_ENCODING_NAMES.get(encoding, encoding)} "
                    f"file (offset {pasted}); save it all as UTF-8",
                )
            return encoding
    if len(readings) > 1:
        names = " or ".join(name.upper().replace("_", "-") for name, _ in readings[:2])
        raise InputError(
            path, f"not UTF-8 ({bad}) and its encoding is ambiguous ({names}?): save it as UTF-8"
        )
    raise InputError(path, f"not UTF-8 ({bad}) nor Windows-1252 text")


# What the UTF-8 of Western text pasted into a single-byte file decodes to: Latin letters with
# accents (é is C3 A9, read in Windows-1252 as "Ã©") and typographic punctuation (’ is E2 80 99, "â€™").
# A single-byte file's own letters seldom make such valid sequences by chance ("É—" decodes to ɗ).
_PASTED_UTF8 = re.compile("[\xa0-\u017f\u2010-\u20ac]")
_ENCODING_NAMES = {"cp1252": "Windows-1252", "latin_1": "Latin-1", "iso8859_15": "Latin-9"}


def _pasted_utf8(data: bytes) -> int | None:
    """The offset of the first UTF-8 sequence in otherwise single-byte `data` that decodes to what
    Western text is made of (a pasted fragment, which would be stored as mojibake), or None."""
    for match in _UTF8_SEQUENCE.finditer(data):
        if _PASTED_UTF8.fullmatch(match.group().decode("utf-8", "replace")):
            return match.start()
    return None


def _cjk_readings(data: bytes, guesses: list[tuple[str, float]], whole: bool) -> list[tuple[str, float]]:
    """The East Asian encodings charset-normalizer finds clean enough that read `data` as CJK text."""
    readings: dict[str, tuple[str, float]] = {}
    for name, chaos in guesses:
        if name in _CJK_GUESSES and chaos <= _MOST_CHAOS:
            text = _strict_decode(data, name, whole)
            if text is not None and _reads_as_cjk(text, korean=name in _KOREAN_ENCODINGS):
                readings.setdefault(text, (name, chaos))
    return sorted(readings.values(), key=lambda reading: reading[1])


def _clear_reading(readings: list[tuple[str, float]]) -> str | None:
    """The one East Asian encoding of `readings` clearly cleaner than the others: a short text ("智谱")
    reads as Chinese, Japanese or Korean alike, and is not guessed."""
    if not readings:
        return None
    (best, chaos), others = readings[0], readings[1:]
    return best if all(other >= chaos + _CLEARLY_CLEANER for _, other in others) else None


def _strict_decode(data: bytes, encoding: str, whole: bool) -> str | None:
    """`data` decoded in `encoding`, or None if it does not decode (a cut last character is allowed
    unless `data` is `whole`)."""
    try:
        return codecs.getincrementaldecoder(encoding)().decode(data, final=whole)
    except (UnicodeDecodeError, LookupError):
        return None


def _reads_as_cjk(text: str, *, korean: bool = False) -> bool:
    """Whether text decoded from a multi-byte encoding reads as Chinese, Japanese or (`korean`) Korean:
    mostly CJK characters, and for Korean mostly Hangul (what Chinese bytes make in it is half Hanja)."""
    if _C0_CONTROL.search(text):
        return False
    high = _NON_ASCII.findall(text)
    cjk = _CJK_CHARACTER.findall(text)
    if not high or len(cjk) < 0.7 * len(high):
        return False
    return not korean or len(_HANGUL.findall(text)) >= 0.7 * len(cjk)


def sniff_encoding(sample: bytes, path: str) -> str:
    """The encoding to stream a file in, judged from its first bytes (InputError if it is not text).

    Returns a Python codec name; "utf-8-sig", "utf-16" and "utf-32" consume their byte-order mark.
    """
    if not sample:
        raise InputError(path, "file is empty")
    for bom, encoding in _BOMS:
        if sample.startswith(bom):
            return _STREAM_CODECS[encoding]
    _refuse_binary(sample, path)
    if b"\x00" in sample:
        raise InputError(path, _nul_problem(sample))
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(sample, final=False)  # A character cut at the sample's end is not an error.
    except UnicodeDecodeError as error:
        return _legacy_encoding(sample, path, error, whole=False)
    return "utf-8"


_C1_CONTROL = re.compile("[\x80-\x9f]")
_C0_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")  # Not tab, newlines, form feed, ESC.
_NON_ASCII = re.compile("[^\x00-\x7f]")
# Signs of Western prose besides letters: "€600m", "l’été", « guillemets », dashes, "25 °C".
_PROSE_SIGNS = frozenset("€£¥°§’‘“”«»–—…\xa0·")


def _looks_like_text(text: str) -> bool:
    """Whether decoded single-byte text reads as prose rather than binary noise."""
    if _C1_CONTROL.search(text):
        return False  # Real Latin-1 or Windows-1252 prose never contains C1 controls.
    if len(_C0_CONTROL.findall(text)) > len(text) * 0.01:
        return False
    high = _NON_ASCII.findall(text)
    return not high or sum(c.isalpha() or c in _PROSE_SIGNS for c in high) >= 0.3 * len(high)


_NON_ASCII_RUN = re.compile("[^\x00-\x7f\xa0]{2,}")


def _looks_like_mojibake(text: str) -> bool:
    """Whether a Western reading looks like East Asian bytes ("ÖÇÆ×", "ƒeƒXƒg"): most of its non-ASCII
    characters next to another (French has "été", not "Ö×"), or the florin sign of Shift-JIS katakana."""
    high = len(_NON_ASCII.findall(text.replace("\xa0", " ")))
    paired = sum(map(len, _NON_ASCII_RUN.findall(text)))
    return "ƒ" in text or paired >= 0.5 * high


def _guess_encodings(data: bytes) -> list[tuple[str, float]]:
    """charset-normalizer's guesses for bytes that are not UTF-8 and their chaos (0 clean .. 1), best first."""
    from charset_normalizer import from_bytes  # Imported here: only odd files need it.

    return [(match.encoding, match.chaos) for match in from_bytes(data[:65536])]


# --- Dates and languages -------------------------------------------------------------------------

_MONTHS = {
    **dict.fromkeys(("january", "jan", "janvier", "janv", "januar", "jänner"), 1),
    **dict.fromkeys(("february", "feb", "février", "fevrier", "févr", "fevr", "fév", "fev", "februar"), 2),
    **dict.fromkeys(("march", "mar", "mars", "märz", "maerz"), 3),
    **dict.fromkeys(("april", "apr", "avril", "avr"), 4),
    **dict.fromkeys(("may", "mai"), 5),
    **dict.fromkeys(("june", "jun", "juin", "juni"), 6),
    **dict.fromkeys(("july", "jul", "juillet", "juil", "juli"), 7),
    **dict.fromkeys(("august", "aug", "août", "aout", "aoû"), 8),
    **dict.fromkeys(("september", "sep", "sept", "septembre"), 9),
    **dict.fromkeys(("october", "oct", "octobre", "oktober", "okt"), 10),
    **dict.fromkeys(("november", "nov", "novembre"), 11),
    **dict.fromkeys(("december", "dec", "décembre", "decembre", "déc", "dezember", "dez"), 12),
}
# Words allowed around a written date: weekdays, ordinal suffixes, articles ("le 1er mars", "the 3rd").
_DATE_FILLER = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
    "lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag "
    "samstag sonntag er st nd rd th le the of on den am".split()
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.+\-Z ]*)?", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")
_YEAR_FIRST_DATE = re.compile(r"(\d{4})[./](\d{1,2})[./](\d{1,2})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_YEAR = re.compile(r"\d{4}")
_FIRST_YEAR, _LAST_YEAR = 1900, 2100
DATE_FORMATS_HINT = "expected YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or '27 February 2026'"
_MDY_FORMATS_HINT = "expected YYYY-MM-DD, MM/DD/YYYY or '27 February 2026'"

DateOrder = Literal["dmy", "mdy"]
"""How a numeric date with the year last reads: "03/02/2025" is 3 February (dmy) or March 2 (mdy)."""
DATE_ORDERS: tuple[DateOrder, ...] = ("dmy", "mdy")
_ORDER_FLAG = {
    "dmy": "for day/month files use --date-order dmy",
    "mdy": "for month/day files use --date-order mdy",
}


def is_year_last(value: str) -> bool:
    """Whether `value` is a numeric date with the year last ("31/12/2025", "03.02.2025"): one whose
    day and month a deal file's date order decides."""
    return _NUMERIC_DATE.fullmatch(value.strip()) is not None


def reads_both_ways(value: str) -> bool:
    """Whether `value` is a numeric date with the year last that day first and month first both read,
    as two different days ("03/02/2025")."""
    match = _NUMERIC_DATE.fullmatch(value.strip())
    return match is not None and match[1] != match[2] and 0 < int(match[1]) <= 12 and 0 < int(match[2]) <= 12


def only_order(value: str) -> DateOrder | None:
    """The one order that reads `value`, a numeric date with the year last: "dmy" for "31/12/2025",
    "mdy" for "12/31/2025"; None when both read it ("03/02/2025"), neither, or it is no such date."""
    match = _NUMERIC_DATE.fullmatch(value.strip())
    if match is None:
        return None
    first, second = int(match[1]), int(match[2])
    if first > 12 >= second:
        return "dmy"
    if second > 12 >= first:
        return "mdy"
    return None


def normalise_date(value: str, *, partial: bool = False, order: DateOrder | None = None) -> str:
    """`value` as an ISO date "YYYY-MM-DD"; with `partial`, "YYYY-MM" and "YYYY" are kept at their precision.

    A numeric date with the year last ("03/02/2025") reads day first; without an `order` (an article's
    one date), month first when day first is impossible ("02/27/2026"). With an `order` (a deal file's
    many dates, read one way), a date only the other order can read is refused, saying so: a file
    is never read both ways.

    Raises ValueError with a one-line message when `value` is not a real date.
    """
    text = " ".join(str(value).split())
    parts = _date_parts(text, partial, order)
    if parts is None:
        hint = _MDY_FORMATS_HINT if order == "mdy" else DATE_FORMATS_HINT
        raise ValueError(f"{_quote(text)} is not a date ({hint}{_quarter_hint(text)})")
    return _checked_iso(text, *parts)


# A calendar quarter ("Q3 2025", "2025-Q3", "Q3/2025"): no date, and no precision dates are kept at.
_QUARTER = re.compile(r"(?i)q([1-4])[\s/-]*((?:19|20)\d\d)|((?:19|20)\d\d)[\s/-]*q([1-4])")


def _quarter_hint(text: str) -> str:
    """For a quarter, what to write instead: its first month ("; a quarter: write its first month,
    2025-07"). A date is kept at a day's, a month's or a year's precision, never a quarter's."""
    match = _QUARTER.fullmatch(text)
    if match is None:
        return ""
    quarter, year = (match[1], match[2]) if match[1] else (match[4], match[3])
    return f"; a quarter: write its first month, {year}-{3 * int(quarter) - 2:02d}"


def _date_parts(
    text: str, partial: bool, order: DateOrder | None = None
) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) read from `text`, month and day None at a coarser precision."""
    if match := _ISO_DATE.fullmatch(text):
        return int(match[1]), int(match[2]), int(match[3])
    if match := _YEAR_FIRST_DATE.fullmatch(text):
        return int(match[1]), int(match[2]), int(match[3])
    if match := _NUMERIC_DATE.fullmatch(text):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        if order is not None:
            return year, *_ordered(text, first, second, order, text[len(match[1])])
        # Day first, as written in Europe; month first only when the day-first reading is impossible.
        if second > 12 >= first:
            return year, first, second
        return year, second, first
    if partial and (match := _ISO_MONTH.fullmatch(text)):
        return int(match[1]), int(match[2]), None
    if partial and _YEAR.fullmatch(text):
        return int(text), None, None
    return _written_date_parts(text, partial)


def _ordered(text: str, first: int, second: int, order: DateOrder, separator: str) -> tuple[int, int]:
    """(month, day) of a numeric date in `order`; ValueError naming the flag when only the other
    order can read it ("12/31/2025" in a day/month file)."""
    month, day = (second, first) if order == "dmy" else (first, second)
    if month > 12 >= day:
        written = separator.join(("DD", "MM", "YYYY") if order == "dmy" else ("MM", "DD", "YYYY"))
        other = "mdy" if order == "dmy" else "dmy"
        raise ValueError(f"{_quote(text)} is not {written}; {_ORDER_FLAG[other]}")
    return month, day


def _written_date_parts(text: str, partial: bool) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of "27 février 2026", "Friday, February 27, 2026", "1er mars 2026"."""
    if len(text) > 60:
        return None
    month = day = year = None
    for token in re.findall(r"[^\W\d_]+|\d+", text.lower()):
        if token in _MONTHS and month is None:
            month = _MONTHS[token]
        elif token.isdigit() and len(token) == 4 and year is None:
            year = int(token)
        elif token.isdigit() and len(token) <= 2 and day is None:
            day = int(token)
        elif token not in _DATE_FILLER:
            return None
    if month is None or year is None or (day is None and not partial):
        return None
    return year, month, day


def _checked_iso(text: str, year: int, month: int | None, day: int | None) -> str:
    """The ISO string for a date at its precision, if the calendar has that day."""
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        raise ValueError(f"{_quote(text)} is not a date (year outside {_FIRST_YEAR}-{_LAST_YEAR})")
    if month is None:
        return f"{year:04d}"
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        raise ValueError(f"{_quote(text)} is not a date (no such date)") from None
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


_LANGUAGE_NAMES = {
    **dict.fromkeys(("french", "français", "francais", "französisch"), "fr"),
    **dict.fromkeys(("english", "anglais", "englisch"), "en"),
    **dict.fromkeys(("german", "deutsch", "allemand"), "de"),
    **dict.fromkeys(("italian", "italiano", "italien"), "it"),
}
_LANGUAGE_TAG = re.compile(r"([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*")


def normalise_language(value: str) -> str:
    """A language as its lower-case ISO 639 code: "fr-CH" -> "fr", "English" -> "en"; else ValueError."""
    text = value.strip().lower()
    if text in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[text]
    if match := _LANGUAGE_TAG.fullmatch(text):
        return match[1]
    raise ValueError(f"{_quote(value)} is not a language code (e.g. fr, en)")


# The languages the article importer reads; a header or flag naming another is refused.
ARTICLE_LANGUAGES = ("fr", "en")


def article_language(value: str) -> str:
    """`normalise_language`, refusing a language the importer cannot read: "de" -> ValueError."""
    language = normalise_language(value)
    if language not in ARTICLE_LANGUAGES:
        raise ValueError(
            f"{_quote(value)} is not a language the importer reads (expected {', '.join(ARTICLE_LANGUAGES)})"
        )
    return language


def _quote(value: str, limit: int = 40) -> str:
    """A user value for an error message: quoted, on one line and cut to `limit` characters."""
    text = " ".join(str(value).split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


# --- Header lines and front matter ---------------------------------------------------------------

_HEADER_KEYS = {
    **dict.fromkeys(("title", "titre", "headline", "titel"), "title"),
    **dict.fromkeys(("date", "published", "published_at", "publié", "publie", "datum", "pubdate"), "date"),
    **dict.fromkeys(("source", "url", "link", "lien", "source_url", "canonical_url"), "url"),
    **dict.fromkeys(("publisher", "éditeur", "editeur", "agency", "agence", "média", "media"), "publisher"),
    **dict.fromkeys(("language", "lang", "langue", "sprache"), "language"),
}
_HEADER_LINE = re.compile(r"\s*([^\W\d][\w -]{0,29}?)\s*:\s?(.*)")
_MAX_HEADER_LINES = 20
# An inline date marker: the text itself starts with " date 2026-02-27 " (the seed was once written so).
_INLINE_DATE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)


def _header_fields(lines: list[str]) -> dict[str, tuple[int, str]] | None:
    """Known `Key: value` lines as {field: (line number, value)}, or None if the lines are no header.

    Every line must be a `Key: value` line and at least one key a known one; the others (author,
    byline, tags, section…) are skipped. So a body opening with "Note: …" is never taken for a header.
    """
    fields: dict[str, tuple[int, str]] = {}
    for number, line in enumerate(lines, start=1):
        match = _HEADER_LINE.fullmatch(line)
        if match is None:
            return None
        key = _HEADER_KEYS.get(match[1].strip().lower().replace(" ", "_"))
        if key:
            fields[key] = (number, _unquoted(match[2]))
    return fields or None


def _unquoted(value: str) -> str:
    """A header value without the quotes that wrap it whole (`title: "X"`, `title: 'X'`). A quote that only
    opens or closes part of it stays: "… to build 'spatial intelligence'" keeps its closing quote. Inside single
    quotes, an apostrophe between letters ('Nvidia's big bet') or YAML's doubled '' ('Mistral''s round') is text,
    not a closing quote."""
    value = value.strip()
    if len(value) < 2 or value[0] != value[-1] or value[0] not in "\"'":
        return value
    inner = value[1:-1]
    if value[0] == "'":
        inner = inner.replace("''", "'")
        if value[0] not in _APOSTROPHE_IN_WORD_RE.sub("", inner):
            return inner.strip()
    elif value[0] not in inner:
        return inner.strip()
    return value


# An apostrophe with a letter on each side ("Nvidia's", "l'IA"), which a quote wrapping a title never is.
_APOSTROPHE_IN_WORD_RE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")


def _split_txt_header(text: str, path: str) -> tuple[dict[str, tuple[int, str]], str]:
    """The leading header block of a .txt (lines up to the first blank line) and the body after it."""
    lines = text.split("\n", _MAX_HEADER_LINES + 1)
    for index, line in enumerate(lines[: _MAX_HEADER_LINES + 1]):
        if not line.strip():
            fields = _header_fields(lines[:index]) if index else None
            if fields:
                return fields, "\n".join(lines[index + 1 :])
            break
    return {}, text


def _split_front_matter(text: str, path: str) -> tuple[dict[str, tuple[int, str]], str]:
    """YAML front matter (`---` … `---`) of a Markdown file as flat key: value fields, and the body."""
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return _front_matter_fields(lines[1:index]), "\n".join(lines[index + 1 :])
    raise InputError(path, "front matter opened by '---' on line 1 is never closed")


def _front_matter_fields(lines: list[str]) -> dict[str, tuple[int, str]]:
    """The flat `key: value` pairs we know; nested values, lists and comments are ignored."""
    fields: dict[str, tuple[int, str]] = {}
    for number, line in enumerate(lines, start=2):
        match = _HEADER_LINE.fullmatch(line)
        if match is None or line[:1].isspace():
            continue
        key = _HEADER_KEYS.get(match[1].strip().lower().replace(" ", "_"))
        value = _unquoted(match[2].split(" #")[0])
        if key and value:
            fields[key] = (number, value)
    return fields


def _document_from_fields(fields: dict[str, tuple[int, str]], body: str, path: str) -> RawDocument:
    """A `RawDocument` from header fields, validated: a bad date or language names its line."""
    values = {key: value for key, (_, value) in fields.items() if value}
    url = values.get("url")
    publisher = values.get("publisher")
    if url and "://" not in url:
        # "source: Keystone-ATS" names a publisher, not an address.
        url, publisher = None, publisher or url
    return RawDocument(
        text=body,
        title=values.get("title"),
        published=_header_value(fields, "date", path, normalise_date),
        url=url,
        publisher=publisher,
        language=_header_value(fields, "language", path, article_language),
        path=path,
        header=bool(fields),
    )


def _header_value(fields, key, path, normalise) -> str | None:
    """A header value normalised, or InputError naming its line."""
    if key not in fields or not fields[key][1]:
        return None
    line, value = fields[key]
    try:
        return normalise(value)
    except ValueError as error:
        raise InputError(path, f"line {line}: {error}") from None


def _with_inline_date(doc: RawDocument) -> RawDocument:
    """A leading "date YYYY-MM-DD" marker sets `published` (the text keeps the marker)."""
    match = None if doc.published else _INLINE_DATE.match(doc.text)
    if match is None:
        return doc
    try:
        published = normalise_date(match[1])
    except ValueError:
        return doc
    return dataclasses.replace(doc, published=published)


# A byline's visible date near the top of an article ("Publié le 21 mai 2024 à 10h30", "Published May
# 21, 2024", "Mis à jour le …", "Updated: 2024-05-21T10:00"): its word at the start of a short line or
# after a separator ("Par Jeanne Roy | Publié le …"; not a comma: "The report, published May 21…"),
# the date up to its year.
_BYLINE_DATE = re.compile(
    r"(?:^|[|·•—–]\s*)(?P<word>publié|publie|published|posted|mis à jour|mis a jour|updated|last updated)"
    r"(?:\s+(?:le|on))?\s*:?\s*(?P<date>\d{4}-\d{1,2}-\d{1,2}|[^|·•\n]{0,40}?\b(?:19|20)\d{2}\b)",
    re.IGNORECASE,
)
# An author's byline with the date after a comma or a separator: "By Jane Doe, November 11, 2025", "Par Jeanne
# Roy | 21 mai 2024". The name holds no digit, so "By 2030, Zeta…" is prose, not a byline.
_AUTHOR_BYLINE_DATE = re.compile(
    r"^(?:by|par)\s+[^\d,|·•—–\n]{2,60}?\s*[,|·•—–]\s*"
    r"(?P<date>\d{4}-\d{1,2}-\d{1,2}|[^|·•\n]{0,40}?\b(?:19|20)\d{2}\b)",
    re.IGNORECASE,
)
_BYLINE_LINES = 8  # the lines of the top of an article a byline is looked for in
_BYLINE_LENGTH = 160  # a longer line is prose ("The report, published May 21, 2024, says…"), no byline
_UPDATE_WORDS = ("mis", "updated", "last")


def visible_date(text: str) -> str | None:
    """The date a byline near the top of `text` shows, as ISO: the publication date when one is shown,
    else the update date; None when no short line of the top states one."""
    updated = None
    lines = [
        line for line in text.lstrip().split("\n", 3 * _BYLINE_LINES)[: 3 * _BYLINE_LINES] if line.strip()
    ]
    for line in lines[:_BYLINE_LINES]:
        if len(line) > _BYLINE_LENGTH:
            continue
        for match in _BYLINE_DATE.finditer(line.strip()):
            date = _lenient_date(match["date"])
            if date and not match["word"].lower().startswith(_UPDATE_WORDS):
                return date
            updated = updated or date
        author = _AUTHOR_BYLINE_DATE.match(line.strip())
        if author and (date := _lenient_date(author["date"])):
            return date
    return updated


def _lenient_date(value: str) -> str | None:
    """`value` as an ISO date, or None when it is none (a byline's junk is no error)."""
    try:
        return normalise_date(value)
    except ValueError:
        return None


def _with_visible_date(doc: RawDocument) -> RawDocument:
    """A document without a stated date dated by its byline ("Publié le 21 mai 2024"), if it shows one."""
    if doc.published is not None:
        return doc
    published = visible_date(doc.text)
    return doc if published is None else dataclasses.replace(doc, published=published)


def _require_body(doc: RawDocument, path: str) -> RawDocument:
    """Refuse a document whose header or markup left no article text."""
    if not doc.text.strip():
        raise InputError(path, "no article text (only a header or markup)")
    return doc


# --- Documents -----------------------------------------------------------------------------------


def parse_text(text: str, path: str, kind: str) -> RawDocument:
    """A `RawDocument` from decoded text of `kind` "txt", "md" or "html"."""
    if kind == "html":
        article = extract_article(text)
        doc = RawDocument(
            text=article.text,
            title=article.title,
            published=_first_date(article.date_candidates),
            url=article.url,
            publisher=article.publisher,
            language=_lenient_language(article.language),
            path=path,
        )
        return _require_body(_with_visible_date(doc), path)
    if is_markdown_export(text):  # as an article it would hold the export's records a second time
        raise InputError(path, MARKDOWN_EXPORT)
    # A .md opens on YAML front matter, or is written as a .txt is ("title: …" / "date: …" lines, a blank
    # line, the body): either header is read.
    front_matter = kind == "md" and text.split("\n", 1)[0].strip() == "---"
    split = _split_front_matter if front_matter else _split_txt_header
    fields, body = split(text, path)
    doc = _document_from_fields(fields, body, path)
    if kind == "md":
        title = doc.title if doc.title is not None else _markdown_heading(body)
        doc = dataclasses.replace(doc, text=markdown_text(doc.text), title=title)
    return _require_body(_with_visible_date(_with_inline_date(doc)), path)


def _first_date(candidates: tuple[str, ...]) -> str | None:
    """The first of a page's stated dates that is a real date (`_lenient_date`); pages carry junk,
    so no error."""
    for candidate in candidates:
        if (date := _lenient_date(candidate)) is not None:
            return date
    return None


def _lenient_language(value: str | None) -> str | None:
    """A page's declared language if it is one the importer reads, else None (the text decides):
    web pages get it wrong often, so an odd `lang` is not worth refusing the article for."""
    try:
        return article_language(value) if value else None
    except ValueError:
        return None


def _markdown_heading(body: str) -> str | None:
    """The first `# Heading` of a Markdown body, as a title."""
    for line in body.split("\n", 50)[:50]:
        if match := re.match(r"#{1,2}\s+(.+)", line):
            return match[1].strip().rstrip("#").strip() or None
    return None


def kind_of(path: Path) -> str:
    """ "txt", "md" or "html" for an article file name (InputError for anything else)."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "md"
    if suffix == ".txt":
        return "txt"
    expected = ", ".join(ARTICLE_SUFFIXES)
    raise InputError(str(path), f"unsupported file type {suffix or '(no extension)'!r} (expected {expected})")


def read_document(path: Path) -> RawDocument:
    """Read one article file (.txt, .md, .html/.htm) into a `RawDocument`."""
    path = Path(path)
    kind = kind_of(path)
    data = read_bytes(path, MAX_ARTICLE_BYTES)
    return parse_text(decode_bytes(data, str(path)), str(path), kind)


def not_a_regular_file(path: Path) -> str | None:
    """Why `path` cannot be read as a file, checked before it is opened (a FIFO would block the open
    forever), or None for a regular file."""
    try:
        return regular_file_problem(path)
    except OSError as error:
        return describe_os_error(error)


def read_bytes(path: Path, limit: int) -> bytes:
    """The bytes of `path`, refusing more than `limit`; OS errors become `InputError`s."""
    if (problem := not_a_regular_file(path)) is not None:
        raise InputError(str(path), problem)
    try:
        with open(path, "rb") as file:
            data = file.read(limit + 1)
    except OSError as error:
        raise InputError(str(path), describe_os_error(error)) from None
    if len(data) > limit:
        raise InputError(str(path), f"file is larger than {limit // (1024 * 1024)} MB{TOO_BIG_HINT}")
    return data


def describe_os_error(error: OSError) -> str:
    """A lower-case one-line reason for an OS error ("no such file or directory", "permission denied")."""
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, IsADirectoryError):
        return IS_A_DIRECTORY
    if isinstance(error, PermissionError):
        return "permission denied"
    return (error.strerror or str(error)).lower()


def read_stream(stream: BinaryIO | TextIO, name: str = "<stdin>") -> RawDocument:
    """Read an article from a stream (standard input for `-`): text with headers, or HTML if it looks so."""
    source = getattr(stream, "buffer", stream)
    data = source.read(MAX_ARTICLE_BYTES + 1)
    if isinstance(data, str):
        data = data.encode("utf-8", errors="surrogatepass")
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(name, f"input is larger than {MAX_ARTICLE_BYTES // (1024 * 1024)} MB{TOO_BIG_HINT}")
    text = decode_bytes(data, name)
    head = text.lstrip()[:15].lower()
    kind = "html" if head.startswith(("<!doctype html", "<html")) else "txt"
    return parse_text(text, name, kind)
