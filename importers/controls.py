"""What a name never holds, the article importer's rule applied to deal files' names and to name keys.

Its own module, importing only `re`, so that `store.names` can use it without the cost of `cells`.
"""

from __future__ import annotations

import re

# What a name never holds, as the article importer reads it (`extract.sentences._MARKUP_RE`): a
# terminal escape sequence ("\x1b[31m") or a control character other than tab and line breaks.
# Dropped, not made a space, so "Evil\x1b[31mCorp" is the article's "EvilCorp".
_CONTROLS = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def without_controls(text: str) -> str:
    """`text` without terminal escape sequences and control characters (tab and line breaks kept)."""
    return text if text.isprintable() else _CONTROLS.sub("", text)
