"""What a name never holds, the article importer's rule applied to deal files' names and to name keys.

Its own module, importing only `re`, so that `store.names` can use it without the cost of `cells`.
"""

from __future__ import annotations

import re

# A whole terminal escape sequence, so that none of its payload is left in a name: CSI ("\x1b[31m",
# or its one-byte form "\x9b31m"), a string sequence ending at BEL or ST (OSC "\x1b]0;title\x07" sets
# the window title; DCS, SOS, PM and APC end alike), and any other ESC with its intermediate and
# final bytes ("\x1b(B", "\x1b="). An unterminated string sequence loses only its opening bytes. A
# letter or digit right after a lone ESC stays ("Evil\x1bCorp" is "EvilCorp"): once the ESC is gone it
# is a plain character, and most likely the name's own.
ESCAPE_SEQUENCE = (
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]+[0-~]|\x1b[:-@\[-`{-~]"
)
# Control characters other than tab and line breaks (C0, DEL, C1).
CONTROL_CHARACTER = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
# Characters that show nothing and would make a look-alike of a name ("Evil\u200bCorp" shows as
# "EvilCorp"): zero-width space, word joiner, BOM, soft hyphen, bidi marks, embeddings and isolates.
INVISIBLE = r"[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
# The zero-width non-joiner and joiner outside a non-Latin word or an emoji: between two ASCII
# characters (or at a name's edge) they change nothing shown, so are a look-alike's trick. Between two
# other characters they may shape the text ("क्‍ष", "👩‍💻", Persian "می‌"): a name shown keeps them there.
STRAY_JOINER = r"[\u200c\u200d](?:(?<=[\x00-\x7f].)|(?<![\s\S].)|(?=[\x00-\x7f])|(?![\s\S]))"
JOINER = r"[\u200c\u200d]"
# Every character any of the above starts with: a regex over a whole article checks it first, which
# keeps a text with none of them as fast to scan as before (measured: 10 times faster).
FIRST_CHARACTER = (
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)
# A Rich/Textual markup tag ("[b]", "[/]", "[link=https://x]") or an HTML one ("<b>", "</a>", "<br/>"):
# the article importer masks it (`extract.sentences._MARKUP_RE`), a name's key drops it
# (`store.names.key_spelling`). Short words only, so "Foo [Labs]" keeps its brackets' word to the rules.
MARKUP_TAG = (
    r"\[/?[A-Za-z]{1,10}(?:=[^\]\s]{0,40})?\]|\[/\]|</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,80})?/?>"
)

# What a name shown never holds, as the article importer reads it (`extract.sentences._MARKUP_RE`
# is built from the same parts). Dropped, not made a space, so "Evil\x1b[31mCorp" is "EvilCorp".
_UNSHOWN = re.compile("|".join((ESCAPE_SEQUENCE, CONTROL_CHARACTER, INVISIBLE, STRAY_JOINER)))
# What a name's key never holds: the above and every joiner, so that no invisible character makes
# two companies of one name, whatever its script.
_UNKEYED = re.compile("|".join((ESCAPE_SEQUENCE, CONTROL_CHARACTER, INVISIBLE, JOINER)))


def escaped_surrogates(text: str) -> str:
    """`text` with its lone surrogates (bytes a file name or argument held that the locale could not
    decode) written as escapes ("\\udcff"): no database, terminal or UTF-8 output takes them as they are."""
    if text.isascii():
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def has_lone_surrogate(text: str) -> bool:
    """Whether `text` holds a lone surrogate (see `escaped_surrogates`)."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def without_controls(text: str) -> str:
    """`text` without terminal escape sequences, control characters (tab and line breaks kept) and
    invisible characters; a zero-width joiner or non-joiner is kept only inside a non-ASCII word."""
    return text if text.isprintable() else _UNSHOWN.sub("", text)


def key_text(text: str) -> str:
    """`text` as a name key reads it: `without_controls`, and without any zero-width joiner either."""
    return text if text.isprintable() else _UNKEYED.sub("", text)
