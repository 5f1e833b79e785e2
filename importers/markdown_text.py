"""The text of a Markdown article, as a reader sees it: no `#`, `**`, link targets or list markers.

Facts keep the exact span of their sentence in the stored text, so the stored text must be what the
article says, not its mark-up (a heading "# Mistral AI lève 1,7 milliard" would otherwise be cited
with its `#`). markdown-it-py (CommonMark, already installed with rich) parses; each block becomes
one paragraph, separated by a blank line as in `.txt` articles and HTML pages.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

# Inline tokens whose content is text a reader sees; breaks become a space or a line break.
_TEXT_TOKENS = {"text", "code_inline"}
_BREAKS = {"softbreak": " ", "hardbreak": "\n"}


def markdown_text(body: str) -> str:
    """Paragraphs, headings, list items, quotes and table cells of `body` as plain paragraphs."""
    blocks: list[str] = []
    for token in MarkdownIt("commonmark").enable("table").parse(body):
        if token.type == "inline":
            text = _inline_text(token).strip()
            if text:
                blocks.append(text)
        elif token.type in ("fence", "code_block") and token.content.strip():
            blocks.append(token.content.strip())
    return "\n\n".join(blocks)


def _inline_text(token: Token) -> str:
    parts = []
    for child in token.children or ():
        if child.type in _TEXT_TOKENS:
            parts.append(child.content)
        elif child.type in _BREAKS:
            parts.append(_BREAKS[child.type])
        elif child.type == "image":
            parts.append(child.content)  # its alt text
        elif child.type == "html_inline":
            continue  # a tag, not words
    return "".join(parts)
