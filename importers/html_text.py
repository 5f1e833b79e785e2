"""The article in a web page as plain paragraphs, with what the page says about itself.

A real HTML5 parser (selectolax/lexbor) reads the markup; menus, scripts, styles and page furniture
are left out. Pages are hostile: nesting is capped before parsing (lexbor slows down quadratically on
deep nesting) and the tree is walked without recursion.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the HTML parser loads when a page is read: `show`, `search`, ... never read any
    from selectolax.lexbor import LexborHTMLParser, LexborNode

# Deeper than any real article; deeper markup is flattened (its text is kept, its extra tags dropped).
MAX_NESTING = 256

# A picture's caption ("Les 120 salariés de X à New York, en 2025.") describes the photo, not the story's
# news: its figures are no facts of the article.
_SKIPPED_TAGS = frozenset(
    "script style noscript template nav header footer aside form menu iframe svg math button select "
    "option textarea input object embed canvas audio video head title figcaption".split()
)
_SKIPPED_ROLES = frozenset("navigation menu menubar banner contentinfo complementary search dialog".split())
_BLOCK_TAGS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre figure "
    "table thead tbody tfoot tr br hr address details summary center".split()
)
_CELL_TAGS = frozenset(("td", "th"))
_BREAK = None  # Marks a paragraph boundary in the list of text pieces.
_SPACES = re.compile(r"[ \t\n\r\f\v]+")  # Not \s: a no-break space inside "1 234" must survive.


@dataclass(frozen=True)
class HtmlArticle:
    """The readable text of a page and its metadata, as found (dates not yet validated)."""

    text: str
    title: str | None = None
    date_candidates: tuple[str, ...] = field(default_factory=tuple)
    url: str | None = None
    publisher: str | None = None
    language: str | None = None


def extract_article(html: str) -> HtmlArticle:
    """The article text of `html` (paragraphs separated by blank lines) and its title, dates, URL."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(limit_nesting(without_internal_subset(html)))
    root = _article_root(tree)
    return HtmlArticle(
        text="\n\n".join(_paragraphs(root)) if root is not None else "",
        title=_title(tree, root),
        date_candidates=_date_candidates(tree, root),
        url=_meta(tree, 'meta[property="og:url"]') or _attribute(tree, 'link[rel="canonical"]', "href"),
        publisher=_publisher(tree, root),
        language=_attribute(tree, "html", "lang"),
    )


# An XML document type with an internal subset: `<!DOCTYPE x [<!ENTITY a "…">]>`. An HTML parser ends the
# doctype at its first ">", so the rest of the subset, down to "]>", was read as the page's first text
# (and title). Only the head of the page is looked at, where a doctype is.
_DOCTYPE_SUBSET_RE = re.compile(r"\s*(?:<\?xml[^<>]*>\s*)?<!DOCTYPE[^<>\[]*\[", re.IGNORECASE)
_SUBSET_END_RE = re.compile(r"\]\s*>")


def without_internal_subset(html: str) -> str:
    """`html` without the internal subset of its document type (its entities are never expanded)."""
    opening = _DOCTYPE_SUBSET_RE.match(html[:4096])
    if opening is None:
        return html
    end = _SUBSET_END_RE.search(html, opening.end())
    return html[end.end() if end else len(html) :]


# --- Where the article is ------------------------------------------------------------------------


def _article_root(tree: LexborHTMLParser) -> LexborNode | None:
    """The `<article>` with the most text, else `<main>`, else the body."""
    articles = tree.css("article")
    if articles:
        return max(articles, key=lambda node: len(node.text(deep=True) or ""))
    return tree.css_first("main") or tree.css_first('[role="main"]') or tree.body or tree.root


def _skipped(node: LexborNode) -> bool:
    """Page furniture and invisible elements whose text is not the article's."""
    if node.tag in _SKIPPED_TAGS:
        return True
    attributes = node.attributes
    return (
        (attributes.get("role") or "").lower() in _SKIPPED_ROLES
        or "hidden" in attributes
        or (attributes.get("aria-hidden") or "").lower() == "true"
    )


def _paragraphs(root: LexborNode) -> list[str]:
    """The text under `root` as paragraphs, walking the tree iteratively (no recursion limit)."""
    walk = _Walk()
    root_id = root.mem_id
    node = root.child
    while node is not None:
        if node.is_text_node:
            walk.text(node.text_content or "")
        elif node.is_element_node and not _skipped(node):
            walk.open(node.tag)
            if node.child is not None:
                node = node.child
                continue
            walk.close(node.tag)
        node = _following(node, root_id, walk)
    return _join(walk.pieces)


def _following(node: LexborNode, root_id: int, walk: _Walk) -> LexborNode | None:
    """The next node in document order after `node`'s subtree, closing the elements climbed out of."""
    while node.next is None:
        node = node.parent
        if node is None or node.mem_id == root_id:
            return None
        walk.close(node.tag)
    return node.next


# Blocks that, when all their words are a link's, are a teaser for another story: a related-links list
# ("<li><a>Helsing raises €600 million</a></li>"), a "Read more" paragraph, a quote made of one link. Their
# headline is not the article's: it would give the other story's deal, dated today, and become the company
# a later "la société" refers to. <h1> is left out: it is the article's own headline, often a link to itself.
_TEASER_BLOCKS = frozenset("li p blockquote dd dt h2 h3 h4 h5 h6".split())
# A linked name ("<li><a>Nvidia</a></li>", a list of backers) is no headline: a teaser has at least as many words.
_TEASER_WORDS = 4
_WORD = re.compile(r"\w+")


@dataclass
class _OpenBlock:
    """A teaser candidate being read: where its text starts among the pieces and what its words are."""

    start: int
    linked_words: int = 0
    unlinked: bool = False  # whether it has words outside any link


@dataclass
class _Walk:
    """The text pieces of a walk over the tree (None marks a paragraph boundary) and the open teaser
    candidates, whose pieces are dropped when they close made of a link's words only."""

    pieces: list[str | None] = field(default_factory=list)
    blocks: list[_OpenBlock] = field(default_factory=list)
    links: int = 0  # how many <a> elements are open

    def text(self, text: str) -> None:
        self.pieces.append(text)
        if self.blocks and (words := len(_WORD.findall(text))):
            if self.links:
                self.blocks[-1].linked_words += words
            else:
                self.blocks[-1].unlinked = True

    def open(self, tag: str) -> None:
        """Record the start of an element: blocks start a paragraph, table cells a column."""
        if tag in _BLOCK_TAGS:
            self.pieces.append(_BREAK)
        if tag in _CELL_TAGS:
            self.pieces.append(" | ")
        elif tag == "a":
            self.links += 1
        if tag in _TEASER_BLOCKS:
            self.blocks.append(_OpenBlock(len(self.pieces)))

    def close(self, tag: str) -> None:
        """Record the end of an element: blocks end their paragraph, a table row its last column."""
        if tag in _TEASER_BLOCKS and self.blocks:
            self._close_block(self.blocks.pop())
        if tag == "a" and self.links:
            self.links -= 1
        elif tag in _CELL_TAGS:
            self.pieces.append(" ")
        elif tag == "tr":
            self.pieces.append("|")
        if tag in _BLOCK_TAGS:
            self.pieces.append(_BREAK)

    def _close_block(self, block: _OpenBlock) -> None:
        """Drop a teaser's text; else count its words in the block around it."""
        if block.linked_words >= _TEASER_WORDS and not block.unlinked:
            del self.pieces[block.start :]
        elif self.blocks:
            self.blocks[-1].linked_words += block.linked_words
            self.blocks[-1].unlinked |= block.unlinked


# What is left of a table row whose cells held paragraphs of their own (a layout table): no words.
_BARE_CELL_MARKS = re.compile(r"[| ]*")
# A row of one cell ("| text |"), as a layout table makes of a page's prose.
_ONE_CELL = re.compile(r"\| ([^|]*) \|")


def _join(pieces: list[str | None]) -> list[str]:
    """Paragraph texts from pieces and breaks, with runs of spaces and newlines collapsed.

    A table row is one paragraph, its cells between bars ("| Revenue | $310 million |"): the
    article importer reads no facts from a table (a row does not say whose figure it is).
    """
    paragraphs: list[str] = []
    current: list[str] = []
    for piece in [*pieces, _BREAK]:
        if piece is not _BREAK:
            current.append(piece)
            continue
        text = _SPACES.sub(" ", "".join(current)).strip(" ")
        if one_cell := _ONE_CELL.fullmatch(text):
            text = one_cell[1]  # a layout table's cell holding the story's prose: no row of figures
        if text and not _BARE_CELL_MARKS.fullmatch(text):
            paragraphs.append(text)
        current = []
    return paragraphs


# --- Metadata ------------------------------------------------------------------------------------


def _clean(value: str | None) -> str | None:
    """An attribute or text value on one line, None when blank."""
    text = _SPACES.sub(" ", value or "").strip()
    return text or None


def _attribute(tree: LexborHTMLParser, selector: str, name: str) -> str | None:
    """Attribute `name` of the first element matching `selector`."""
    node = tree.css_first(selector)
    return _clean(node.attributes.get(name)) if node is not None else None


def _meta(tree: LexborHTMLParser, selector: str) -> str | None:
    """The `content` of the first `<meta>` matching `selector`."""
    return _attribute(tree, selector, "content")


def _title(tree: LexborHTMLParser, root: LexborNode | None) -> str | None:
    """og:title, else the article's first `<h1>`, else the page `<title>`."""
    heading = (root.css_first("h1") if root is not None else None) or tree.css_first("h1")
    title_tag = tree.css_first("title")
    return (
        _meta(tree, 'meta[property="og:title"]')
        or (_clean(heading.text(deep=True)) if heading is not None else None)
        or (_clean(title_tag.text(deep=True)) if title_tag is not None else None)
    )


# A page title ending on the site's name: "Headline | The Ledger", "Headline - Le Journal".
# The name may hold a hyphen of its own ("Keystone-SDA"), never a separator.
_TITLE_SITE_RE = re.compile(r"\s+[|\-–—]\s+(?P<site>(?:(?!\s[|\-–—]\s)[^|]){2,60}?)\s*$")
# A title's last "| part" taken as the site's name without the headline to check it against: a short name.
_SITE_WORDS = 5
# The owner a footer's copyright line names: "© 2022 The Ledger Ltd. All rights reserved.", "Copyright ©
# 2019-2024 Le Temps SA", "(c) Example Media". Its legal form is no part of the publication's name.
_COPYRIGHT_RE = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)(?:\s*©)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<owner>[A-Z][\w&'’ -]{0,60}?)"
    r"(?:,?\s+(?:Ltd|Limited|Inc|LLC|plc|Corp|Corporation|SA|SAS|AG|GmbH|BV|NV|SpA|Co)\b\.?)?"
    r"\s*(?:$|[.,;|]|\s\d{4}\b|\s+all\s+rights|\s+tous\s+droits)",
    re.IGNORECASE,
)


def _publisher(tree: LexborHTMLParser, root: LexborNode | None) -> str | None:
    """og:site_name, else the site's name ending the page `<title>` ("… | The Ledger"), else the owner its
    footer's copyright line names ("© 2022 The Ledger Ltd." is The Ledger)."""
    return _meta(tree, 'meta[property="og:site_name"]') or _title_site(tree, root) or _copyright_owner(tree)


def _title_site(tree: LexborHTMLParser, root: LexborNode | None) -> str | None:
    """The name after the headline in the page `<title>` ("Headline | The Ledger"): what follows the article's
    own headline, else a short last "| part"; never a title that is the headline alone."""
    title_tag = tree.css_first("title")
    title = _clean(title_tag.text(deep=True)) if title_tag is not None else None
    match = _TITLE_SITE_RE.search(title or "")
    if match is None:
        return None
    site = match.group("site")
    heading = (root.css_first("h1") if root is not None else None) or tree.css_first("h1")
    headlines = [
        _meta(tree, 'meta[property="og:title"]'),
        _clean(heading.text(deep=True)) if heading else None,
    ]
    if any(headline and title[: match.start()].strip() == headline for headline in headlines):
        return site
    told_by_bar = match.group().lstrip().startswith("|")
    return site if told_by_bar and len(site.split()) <= _SITE_WORDS and site[0].isupper() else None


def _copyright_owner(tree: LexborHTMLParser) -> str | None:
    """The owner named by the copyright line of the page's footer, if it has one."""
    for footer in tree.css('footer, [role="contentinfo"]'):
        match = _COPYRIGHT_RE.search(_clean(footer.text(deep=True, separator=" ")) or "")
        if match and (owner := match.group("owner").strip(" -")):
            return owner
    return None


_DATE_SELECTORS = (
    ('meta[property="article:published_time"]', "content"),
    ('meta[itemprop="datePublished"]', "content"),
    ('meta[name="date"]', "content"),
    ('meta[name="pubdate"]', "content"),
    ('meta[name="publish-date"]', "content"),
    ('meta[name="dc.date"]', "content"),
)


def _date_candidates(tree: LexborHTMLParser, root: LexborNode | None) -> tuple[str, ...]:
    """Publication dates the page states, most trustworthy first (validated by the caller). The JSON-LD's
    `datePublished` comes before a `<time>` or a byline, which may show the date the story was updated."""
    found = [_attribute(tree, selector, name) for selector, name in _DATE_SELECTORS]
    found += _json_ld_published(tree)
    times = [root.css_first("time[datetime]") if root is not None else None, tree.css_first("time[datetime]")]
    found += [_clean(node.attributes.get("datetime")) for node in times if node is not None]
    return tuple(value for value in found if value)


_JSON_LD_MAX_CHARS = 200_000  # a larger script is no article's metadata; it is not parsed
_JSON_LD_MAX_NODES = 2_000  # JSON-LD objects looked through per script, so a hostile page costs little


def _json_ld_published(tree: LexborHTMLParser) -> list[str]:
    """The `datePublished` values of the page's JSON-LD scripts, in page order (a script that is no valid
    JSON is skipped: pages carry junk)."""
    found: list[str] = []
    for script in tree.css('script[type="application/ld+json"]'):
        source = script.text(deep=True) or ""
        if len(source) > _JSON_LD_MAX_CHARS:
            continue
        try:
            data = json.loads(source)
        except (ValueError, RecursionError):
            continue
        found += _published_values(data)
    return found


def _published_values(data: object) -> list[str]:
    """The string `datePublished` values anywhere in parsed JSON-LD (an object, a list, an `@graph`),
    breadth first, without recursion."""
    found: list[str] = []
    pending = [data]
    for _ in range(_JSON_LD_MAX_NODES):
        if not pending:
            break
        node = pending.pop(0)
        if isinstance(node, dict):
            value = node.get("datePublished")
            if isinstance(value, str) and (cleaned := _clean(value)):
                found.append(cleaned)
            pending += [child for child in node.values() if isinstance(child, (dict, list))]
        elif isinstance(node, list):
            pending += [child for child in node if isinstance(child, (dict, list))]
    return found


# --- Nesting cap ---------------------------------------------------------------------------------

_TAG = re.compile(r"<!--|<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*>?")
_RAW_TEXT_TAGS = frozenset("script style textarea title xmp noembed noframes iframe".split())
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr keygen".split())
# Elements the parser closes by itself when a sibling opens ("<p>a<p>b"): they do not nest in practice.
_SELF_CLOSING_SIBLINGS = frozenset("p li dt dd tr td th option optgroup rb rt rp thead tbody tfoot".split())


def limit_nesting(html: str, max_depth: int = MAX_NESTING) -> str:
    """`html` with opening tags deeper than `max_depth` (and as many closing tags) removed.

    One linear pass over the tags; comments and the contents of script/style are skipped over.
    """
    if html.count("<") <= max_depth:
        return html
    kept: list[str] = []
    depth = dropped = position = last = 0
    while match := _TAG.search(html, position):
        position = match.end()
        if match[0] == "<!--":
            position = _end_of(html, "-->", position)
            continue
        closing, name = match[1], match[2].lower()
        if name in _VOID_TAGS or name in _SELF_CLOSING_SIBLINGS:
            continue
        if not closing and name in _RAW_TEXT_TAGS:
            position = _end_of_raw_text(html, name, position)
        elif not closing and depth >= max_depth:
            kept.append(html[last : match.start()])
            last, dropped = position, dropped + 1
        elif not closing:
            depth += 1
        elif dropped:
            kept.append(html[last : match.start()])
            last, dropped = position, dropped - 1
        elif depth:
            depth -= 1
    kept.append(html[last:])
    return "".join(kept)


def _end_of(html: str, marker: str, start: int) -> int:
    """The position just after `marker` from `start`, or the end of `html`."""
    found = html.find(marker, start)
    return len(html) if found < 0 else found + len(marker)


def _end_of_raw_text(html: str, name: str, start: int) -> int:
    """The position after the `</name>` that ends a raw-text element such as `<script>`."""
    match = re.compile(rf"</{name}\b[^<>]*>?", re.IGNORECASE).search(html, start)
    return len(html) if match is None else match.end()
