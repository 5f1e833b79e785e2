"""The text of a Markdown article, as a reader sees it: no `#`, `**`, link targets or list markers.

Facts keep the exact span of their sentence in the stored text, so the stored text must be what the
article says, not its mark-up (a heading "# Mistral AI lève 1,7 milliard" would otherwise be cited
with its `#`). markdown-it-py (CommonMark, already installed with rich) parses; each block becomes
one paragraph, separated by a blank line as in `.txt` articles and HTML pages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # markdown-it loads when Markdown is read: `show`, `search`, ... never read any
    from markdown_it.token import Token

# Inline tokens whose content is text a reader sees; breaks become a space or a line break.
_TEXT_TOKENS = {"text", "code_inline"}
_BREAKS = {"softbreak": " ", "hardbreak": "\n"}


def markdown_text(body: str) -> str:
    """Paragraphs, headings, list items, quotes and table rows of `body` as plain paragraphs.

    A table is one paragraph, a row a line with its cells between bars ("| Revenue | $310 million |"),
    as a page's table is read (`html_text`). A block made of one link's headline (a related-links list,
    "> [Helsing raises €600 million](…)") is left out: a teaser for another story, not this one's text.
    """
    from markdown_it import MarkdownIt

    blocks: list[str] = []
    row: list[str] | None = None  # the cells of the table row being read
    rows: list[str] = []  # the rows of the table being read
    for token in MarkdownIt("commonmark").enable("table").parse(body):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            rows.append("| " + " | ".join(row) + " |")
            row = None
        elif token.type == "table_close" and rows:
            blocks.append("\n".join(rows))
            rows = []
        elif token.type == "inline" and row is not None:
            row.append(" ".join(_inline_text(token).split()))
        elif token.type == "inline":
            text = _inline_text(token).strip()
            if text and not _teaser_link(token):
                blocks.append(text)
        elif token.type in ("fence", "code_block") and token.content.strip():
            blocks.append(token.content.strip())
    return "\n\n".join(blocks)


# A linked name ("- [Nvidia](…)", a list of backers) is no headline: a teaser has at least as many words.
_TEASER_WORDS = 4


def _teaser_link(token: Token) -> bool:
    """Whether an inline block's words are all a link's, and enough of them to be another story's headline."""
    linked = unlinked = 0
    depth = 0
    for child in token.children or ():
        if child.type == "link_open":
            depth += 1
        elif child.type == "link_close":
            depth = max(0, depth - 1)
        elif child.type in _TEXT_TOKENS and child.content.strip(" \t.,;:·•|-–—»›>"):
            if depth:
                linked += len(child.content.split())
            else:
                unlinked += 1
    return linked >= _TEASER_WORDS and not unlinked


def _inline_text(token: Token) -> str:
    parts = []
    children = token.children or []
    for position, child in enumerate(children):
        if child.type in _TEXT_TOKENS:
            parts.append(child.content)
        elif child.type in _BREAKS:
            parts.append(_BREAKS[child.type])
        elif child.type == "image" and not _picture_alone(children, position):
            parts.append(child.content)  # its alt text, words of the sentence it stands in
        elif child.type == "html_inline":
            continue  # a tag, not words
    return "".join(parts)


def _picture_alone(children: list[Token], position: int) -> bool:
    """Whether the image at `position` stands alone on its line ("![Zorgly's founders in 2025](team.jpg)"): its
    alt text describes a picture, it is no sentence of the story, and a fact read from it would be the caption's."""
    return _blank_up_to_break(reversed(children[:position])) and _blank_up_to_break(children[position + 1 :])


def _blank_up_to_break(siblings) -> bool:
    """Whether the inline tokens `siblings` hold no words before the next line break (or their end)."""
    for sibling in siblings:
        if sibling.type in _BREAKS:
            return True
        if sibling.type == "image" or (sibling.type in _TEXT_TOKENS and sibling.content.strip()):
            return False
    return True
