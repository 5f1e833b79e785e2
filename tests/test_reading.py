"""Reading article files: decoding, headers, front matter, HTML, stdin, folders and overrides."""

from __future__ import annotations

import io
import os
import sys
import types
from pathlib import Path

import pytest

from ai_deals.importers.errors import InputError
from ai_deals.importers.loading import (
    apply_overrides,
    expand_import_paths,
    expand_paths,
    is_structured,
    iter_documents,
    load_article,
)
from ai_deals.importers.models import ParsedSource
from ai_deals.importers.reading import (
    RawDocument,
    decode_bytes,
    normalise_date,
    normalise_language,
    read_document,
    read_stream,
)

FRENCH = "«L’été» : OpenAI lève 110 milliards, soit 5 € par Zürichois."
SEED = Path(__file__).parents[1] / "seeds"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# --- decode_bytes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        FRENCH.encode("utf-8"),
        b"\xef\xbb\xbf" + FRENCH.encode("utf-8"),
        FRENCH.encode("utf-16"),
        b"\xfe\xff" + FRENCH.encode("utf-16-be"),
        FRENCH.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1252"],
)
def test_decode_bytes_reads_french_text_in_every_supported_encoding(data):
    assert decode_bytes(data, "a.txt") == FRENCH


def test_decode_bytes_reads_latin1_text_as_windows_1252():
    assert decode_bytes("Genève, «Société» à 3 %".encode("latin-1"), "a.txt") == "Genève, «Société» à 3 %"


ZH_STORY = "title: 智谱融资\n\n智谱华章宣布完成新一轮融资，投资方包括腾讯和阿里巴巴。\n"


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (ZH_STORY.encode("gbk"), ZH_STORY),
        ("株式会社テストは、ソフトバンクから百億円の出資を受けた。".encode("shift_jis"), None),
        ("株式会社テストは、ソフトバンクグループから百億円の出資を受けた。".encode("euc_jp"), None),
        ("智譜華章宣布完成新一輪融資，投資方包括騰訊和阿里巴巴。".encode("big5"), None),
        ("네이버는 인공지능 스타트업에 천억원을 투자했다고 발표했다.".encode("euc_kr"), None),
    ],
    ids=["gbk", "shift-jis", "euc-jp", "big5", "euc-kr"],
)
def test_decode_bytes_reads_east_asian_legacy_encodings_as_such_not_as_windows_1252(data, text):
    decoded = decode_bytes(data, "a.txt")
    assert decoded == (text or decoded) and not any("\x80" <= c <= "\xff" for c in decoded)


@pytest.mark.parametrize("text", ["智谱", "テスト"])
def test_decode_bytes_refuses_east_asian_bytes_too_short_to_tell_their_encoding(text):
    with pytest.raises(InputError) as caught:
        decode_bytes(text.encode("gbk" if text == "智谱" else "shift_jis"), "a.txt")
    assert "encoding is ambiguous" in str(caught.value) and "save it as UTF-8" in str(caught.value)


def test_decode_bytes_reads_windows_1252_whose_only_accent_is_the_euro_sign():
    assert decode_bytes("Kyra raises €600m".encode("cp1252"), "a.txt") == "Kyra raises €600m"


def test_decode_bytes_normalises_every_line_ending_to_newline():
    assert decode_bytes(b"a\r\nb\rc\nd", "a.txt") == "a\nb\nc\nd"


def test_decode_bytes_keeps_control_characters_as_imported():
    assert decode_bytes(b"OpenAI \x1b[31mred\x07", "a.txt") == "OpenAI \x1b[31mred\x07"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "a.txt: file is empty"),
        (b" \n\t\r\n", "a.txt: file contains only whitespace"),
        (b"\x1f\x8b\x08\x00rest", "a.txt: not a text file (looks like gzip)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "a.txt: not a text file (looks like a PNG image)"),
        (b"text\x00more", "a.txt: not a text file (contains NUL bytes)"),
        ("été".encode() + b"\xff", "a.txt: invalid UTF-8 (byte 0xff at offset 5)"),
    ],
)
def test_decode_bytes_refuses_what_is_not_text_with_one_line(data, message):
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "a.txt")
    assert str(caught.value) == message


def test_input_error_exposes_path_and_problem_on_one_line():
    error = InputError("dir/a\nb.txt", "bad\nthing")
    assert (error.path, error.problem, str(error)) == (
        "dir/a\\nb.txt",
        "bad thing",
        "dir/a\\nb.txt: bad thing",
    )


# --- dates and languages -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "2026-02-27",
        "27.02.2026",
        "27/02/2026",
        "February 27, 2026",
        "Friday, Feb. 27, 2026",
        "27 février 2026",
        "vendredi 27 février 2026",
        "2026-02-27T08:30:00+01:00",
        "02/27/2026",
    ],
)
def test_normalise_date_reads_usual_spellings_as_iso(value):
    assert normalise_date(value) == "2026-02-27"


def test_normalise_date_reads_french_first_of_month():
    assert normalise_date("1er mars 2026") == "2026-03-01"


@pytest.mark.parametrize(
    ("value", "expected"), [("2016", "2016"), ("2019-03", "2019-03"), ("mars 2019", "2019-03")]
)
def test_normalise_date_keeps_partial_dates_at_their_precision(value, expected):
    assert normalise_date(value, partial=True) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("31.02.2026", "'31.02.2026' is not a date (no such date)"),
        (
            "Friday",
            "'Friday' is not a date (expected YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or '27 February 2026')",
        ),
        ("2026", "'2026' is not a date (expected YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or '27 February 2026')"),
        ("3026-01-01", "'3026-01-01' is not a date (year outside 1900-2100)"),
    ],
)
def test_normalise_date_refuses_non_dates_with_a_message(value, message):
    with pytest.raises(ValueError) as caught:
        normalise_date(value)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("value", "expected"), [("fr", "fr"), ("fr-CH", "fr"), ("English", "en"), ("EN", "en")]
)
def test_normalise_language_gives_iso_codes(value, expected):
    assert normalise_language(value) == expected


# --- .txt ----------------------------------------------------------------------------------------


def test_read_document_reads_txt_header_lines_and_keeps_the_body(tmp_path):
    path = write(
        tmp_path,
        "story.txt",
        "Title: OpenAI lève 110 milliards\nDate: 27.02.2026\nURL: https://example.org/a\n"
        "Publisher: Keystone-ATS\nLanguage: fr\n\nOpenAI a annoncé vendredi.\n",
    )
    assert read_document(path) == RawDocument(
        text="OpenAI a annoncé vendredi.\n",
        title="OpenAI lève 110 milliards",
        published="2026-02-27",
        url="https://example.org/a",
        publisher="Keystone-ATS",
        language="fr",
        path=str(path),
    )


def test_read_document_takes_a_source_header_without_address_as_publisher(tmp_path):
    doc = read_document(write(tmp_path, "a.txt", "Source: AFP\n\nBody."))
    assert (doc.url, doc.publisher, doc.text) == (None, "AFP", "Body.")


def test_read_document_leaves_text_without_header_untouched(tmp_path):
    text = "Paris: OpenAI raised money.\n\nSecond paragraph."
    doc = read_document(write(tmp_path, "a.txt", text))
    assert (doc.text, doc.title, doc.published) == (text, None, None)


def test_a_txt_header_skips_unknown_keys_and_keeps_the_known_ones(tmp_path):
    path = write(
        tmp_path,
        "d6.txt",
        "title: T6\nauthor: Bob\nTags: ai, funding\ndate: 2026-02-27\n\nOpenAI raised $10 billion.\n",
    )
    doc = read_document(path)
    assert (doc.title, doc.published, doc.text) == ("T6", "2026-02-27", "OpenAI raised $10 billion.\n")


def test_a_body_opening_with_an_unknown_key_line_is_not_eaten_as_a_header(tmp_path):
    text = "Note: this is important\nAuthor: Bob\n\nOpenAI raised $10 billion."
    doc = read_document(write(tmp_path, "a.txt", text))
    assert (doc.text, doc.title) == (text, None)


def test_a_header_language_the_importer_cannot_read_is_refused_naming_its_line(tmp_path):
    path = write(tmp_path, "a.txt", "Title: T\nLanguage: de\n\nBody.")
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: line 2: 'de' is not a language the importer reads (expected fr, en)"


def test_a_language_flag_the_importer_cannot_read_is_refused_as_the_header_is():
    with pytest.raises(InputError) as caught:
        apply_overrides(RawDocument(text="t"), language="deutsch")
    assert str(caught.value) == "--language: 'deutsch' is not a language the importer reads (expected fr, en)"


def test_read_document_reads_an_inline_date_marker_and_keeps_it_in_the_text(tmp_path):
    doc = read_document(write(tmp_path, "a.txt", " date 2026-02-27 La start-up lève 5 millions."))
    assert doc.published == "2026-02-27"
    assert doc.text.startswith(" date 2026-02-27 La start-up")


def test_read_document_reads_the_seeds_headline_and_date_from_its_header():
    doc = read_document(next(SEED.glob("*.txt")))
    assert (doc.title, doc.published) == (
        "OpenAI raises $110B from Amazon, Nvidia and SoftBank",
        "2026-02-27",
    )
    assert doc.text.startswith("La start-up américaine")


def test_read_document_refuses_a_bad_header_date_naming_its_line(tmp_path):
    path = write(tmp_path, "a.txt", "Title: T\nDate: 30.02.2026\n\nBody.")
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: line 2: '30.02.2026' is not a date (no such date)"


def test_read_document_refuses_a_header_without_body(tmp_path):
    path = write(tmp_path, "a.txt", "Title: T\n\n   \n")
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: no article text (only a header or markup)"


# --- .md -----------------------------------------------------------------------------------------


def test_read_document_reads_markdown_front_matter(tmp_path):
    path = write(
        tmp_path,
        "a.md",
        '---\ntitle: "Mistral raises €600m"\ndate: 2026-02-27\nurl: https://x.test/m\n'
        "tags:\n  - ai\nlanguage: en\n---\nMistral AI said on Friday.\n",
    )
    doc = read_document(path)
    assert (doc.title, doc.published, doc.url, doc.language, doc.text) == (
        "Mistral raises €600m",
        "2026-02-27",
        "https://x.test/m",
        "en",
        "Mistral AI said on Friday.",
    )


def test_read_document_reads_txt_style_header_lines_at_the_top_of_a_markdown_file(tmp_path):
    path = write(
        tmp_path,
        "a.md",
        "title: Kairo raises $10 million\ndate: 2025-03-03\n\nKairo raised **$10 million**.\n",
    )
    doc = read_document(path)
    assert (doc.title, doc.published, doc.text) == (
        "Kairo raises $10 million",
        "2025-03-03",
        "Kairo raised $10 million.",
    )


def test_a_markdown_body_opening_on_a_label_line_is_no_header(tmp_path):
    doc = read_document(write(tmp_path, "a.md", "Note: this is prose.\n\nKairo raised $10 million.\n"))
    assert (doc.title, doc.published) == (None, None)
    assert doc.text.startswith("Note: this is prose.")


def test_read_document_takes_the_first_markdown_heading_as_title(tmp_path):
    doc = read_document(write(tmp_path, "a.md", "# Big round\n\nText."))
    assert doc.title == "Big round"


def test_markdown_articles_are_stored_as_the_text_a_reader_sees(tmp_path):
    body = (
        "# Mistral AI lève 1,7 milliard d'euros\n\n"
        "**Mistral AI** a levé *1,7 milliard d'euros* auprès d'[ASML](https://asml.example),\n"
        "qui mène le tour.\n\n- Nvidia participe\n- `Bpifrance` aussi\n\n> « Un grand jour », dit-il.\n"
    )
    doc = read_document(write(tmp_path, "a.md", body))
    assert doc.title == "Mistral AI lève 1,7 milliard d'euros"
    assert doc.text == (
        "Mistral AI lève 1,7 milliard d'euros\n\n"
        "Mistral AI a levé 1,7 milliard d'euros auprès d'ASML, qui mène le tour.\n\n"
        "Nvidia participe\n\nBpifrance aussi\n\n« Un grand jour », dit-il."
    )


def test_read_document_refuses_unclosed_front_matter(tmp_path):
    path = write(tmp_path, "a.md", "---\ntitle: x\nText.")
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: front matter opened by '---' on line 1 is never closed"


# --- .html ---------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="fr-CH"><head>
<title>OpenAI lève 110 milliards - Le Journal</title>
<meta property="og:title" content="OpenAI lève 110 milliards &amp; plus">
<meta property="og:site_name" content="Le Journal">
<meta property="article:published_time" content="2026-02-27T07:15:00+01:00">
<link rel="canonical" href="https://journal.test/openai">
<style>p { color: red }</style><script>var amount = "999 milliards";</script>
</head><body>
<header><nav><a href="/">Accueil</a><ul><li>Économie</li></ul></nav></header>
<main><article>
<h1>OpenAI lève 110 milliards</h1>
<p>La start-up OpenAI a levé <b>110&nbsp;milliards</b> de dollars.</p>
<p>Amazon  investit
   50 milliards &laquo;dans un premier temps&raquo;.<br>Nvidia suit.</p>
<aside>Lire aussi : 40 milliards pour Anthropic</aside>
<script>document.write("7 milliards")</script>
<form><input value="1 milliard"></form>
</article></main>
<footer>© 2026 Le Journal</footer>
</body></html>"""


@pytest.mark.parametrize(
    ("declared", "kept"), [("fr-CH", "fr"), ("en", "en"), ("de", None), ("xx-nope", None)]
)
def test_a_pages_declared_language_is_kept_only_when_the_importer_reads_it(tmp_path, declared, kept):
    doc = read_document(write(tmp_path, "a.html", PAGE.replace('lang="fr-CH"', f'lang="{declared}"')))
    assert doc.language == kept


def test_read_document_keeps_only_the_article_text_of_a_page(tmp_path):
    doc = read_document(write(tmp_path, "a.html", PAGE))
    assert doc.text == (
        "OpenAI lève 110 milliards\n\n"
        "La start-up OpenAI a levé 110\u00a0milliards de dollars.\n\n"
        "Amazon investit 50 milliards «dans un premier temps».\n\n"
        "Nvidia suit."
    )


def test_read_document_reads_a_pages_metadata(tmp_path):
    doc = read_document(write(tmp_path, "a.htm", PAGE))
    assert (doc.title, doc.published, doc.url, doc.publisher, doc.language) == (
        "OpenAI lève 110 milliards & plus",
        "2026-02-27",
        "https://journal.test/openai",
        "Le Journal",
        "fr",
    )


def test_read_document_prefers_the_longest_article_element(tmp_path):
    html = "<body><article>Teaser</article><article><p>The real story is longer.</p></article></body>"
    assert read_document(write(tmp_path, "a.html", html)).text == "The real story is longer."


def test_read_document_falls_back_to_time_element_for_the_date(tmp_path):
    html = '<body><p>Text</p><time datetime="2025-12-01">1 Dec</time></body>'
    assert read_document(write(tmp_path, "a.html", html)).published == "2025-12-01"


def test_read_document_refuses_a_page_without_text(tmp_path):
    path = write(tmp_path, "a.html", "<html><body><script>x()</script><nav>Menu</nav></body></html>")
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: no article text (only a header or markup)"


# --- files, streams and folders ------------------------------------------------------------------


def test_read_document_refuses_an_unsupported_file_type(tmp_path):
    path = write(tmp_path, "a.pdf", "text")
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert str(caught.value) == (
        f"{path}: unsupported file type '.pdf' (expected .txt, .md, .markdown, .html, .htm)"
    )


def test_read_document_names_a_missing_file(tmp_path):
    with pytest.raises(InputError) as caught:
        read_document(tmp_path / "gone.txt")
    assert str(caught.value) == f"{tmp_path / 'gone.txt'}: no such file or directory"


def test_read_stream_reads_bytes_with_headers():
    doc = read_stream(io.BytesIO("Date: 2026-02-27\n\nCorps «é».".encode("cp1252")))
    assert (doc.text, doc.published, doc.path) == ("Corps «é».", "2026-02-27", "<stdin>")


def test_read_stream_reads_a_text_stream_and_sniffs_html():
    doc = read_stream(io.StringIO("<!doctype html><p>Hello &amp; bye</p>"), name="pasted")
    assert (doc.text, doc.path) == ("Hello & bye", "pasted")


def test_read_stream_names_the_stream_in_errors():
    with pytest.raises(InputError) as caught:
        read_stream(io.BytesIO(b""))
    assert str(caught.value) == "<stdin>: file is empty"


def make_tree(tmp_path: Path) -> Path:
    for name in ["b.txt", "a.md", "sub/c.html", "sub/deals.csv", ".hidden.txt", ".git/x.txt", "notes.pdf"]:
        write(tmp_path, f"in/{name}", "Some text.")
    return tmp_path / "in"


def test_expand_paths_lists_supported_files_of_a_folder_sorted_and_recursive(tmp_path):
    folder = make_tree(tmp_path)
    assert expand_paths([str(folder)]) == [
        str(folder / name) for name in ["a.md", "b.txt", "sub/c.html", "sub/deals.csv"]
    ]


def test_expand_paths_refuses_a_missing_path_before_anything_else(tmp_path):
    with pytest.raises(InputError) as caught:
        expand_paths([str(make_tree(tmp_path)), "missing.txt"])
    assert str(caught.value) == "missing.txt: no such file or directory"


def test_expand_paths_refuses_an_explicit_unsupported_file(tmp_path):
    path = make_tree(tmp_path) / "notes.pdf"
    with pytest.raises(InputError) as caught:
        expand_paths([str(path)])
    assert str(caught.value) == (
        f"{path}: unsupported file type '.pdf' "
        "(expected .txt, .md, .markdown, .html, .htm, .csv, .tsv, .json, .ndjson, .jsonl)"
    )


def test_json_in_a_folder_that_is_not_deal_data_is_skipped_and_reported(tmp_path):
    folder = make_tree(tmp_path)
    write(tmp_path, "in/a.expected.json", '{"facts": [{"kind": "round"}]}')
    write(tmp_path, "in/deals.json", '{"source": "x", "deals": [{"company": "A"}]}')
    write(tmp_path, "in/broken.json", '{"deals": [')
    files, skipped = expand_import_paths([str(folder)])
    assert str(folder / "a.expected.json") not in files
    assert [str(folder / name) in files for name in ("deals.json", "broken.json", "b.txt")] == [True] * 3
    assert [str(note) for note in skipped] == [
        f'{folder / "a.expected.json"}: skipped, not deal data (the JSON object has no "deals" list)',
        f"{folder / 'notes.pdf'}: skipped, not an article or deal file",  # said, never silently
    ]


def test_json_named_explicitly_is_never_skipped(tmp_path):
    path = write(tmp_path, "notes.json", '{"facts": []}')
    assert expand_import_paths([str(path)]) == ([str(path)], [])


def test_is_structured_tells_deal_data_from_articles():
    assert [is_structured(name) for name in ["a.CSV", "b.ndjson", "c.txt", "-"]] == [True, True, False, False]


def test_iter_documents_reads_folder_articles_and_stdin_in_order(tmp_path):
    folder = make_tree(tmp_path)
    docs = list(iter_documents([str(folder), "-"], stdin=io.BytesIO(b"From stdin.")))
    assert [Path(doc.path).name for doc in docs] == ["a.md", "b.txt", "c.html", "<stdin>"]
    assert docs[-1].text == "From stdin."


def test_iter_documents_checks_every_path_before_reading(tmp_path):
    with pytest.raises(InputError):
        iter_documents([str(make_tree(tmp_path)), "nope.txt"])


def test_iter_documents_refuses_an_explicit_deal_file(tmp_path):
    path = make_tree(tmp_path) / "sub" / "deals.csv"
    with pytest.raises(InputError) as caught:
        iter_documents([str(path)])
    assert str(caught.value) == f"{path}: a deal-data file, not an article (import it as structured data)"


def test_iter_documents_is_lazy(tmp_path):
    good = write(tmp_path, "a.txt", "Fine.")
    bad = write(tmp_path, "b.txt", b"")
    documents = iter_documents([str(good), str(bad)])
    assert next(documents).text == "Fine."
    with pytest.raises(InputError):
        next(documents)


# --- overrides and the article importer ----------------------------------------------------------


def test_apply_overrides_replaces_what_the_file_said():
    doc = RawDocument(text="t", published="2020-01-01", url="u", publisher="p", language="en", path="a.txt")
    changed = apply_overrides(
        doc, published="27 février 2026", url=" https://x ", publisher="AFP", language="FR"
    )
    assert changed == RawDocument(
        text="t", published="2026-02-27", url="https://x", publisher="AFP", language="fr", path="a.txt"
    )


def test_apply_overrides_without_values_changes_nothing():
    doc = RawDocument(text="t", published="2020-01-01")
    assert apply_overrides(doc) == doc


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        ({"published": "tomorrow"}, "--published: 'tomorrow' is not a date"),
        ({"language": "français!"}, "--language: 'français!' is not a language code (e.g. fr, en)"),
    ],
)
def test_apply_overrides_refuses_bad_flags_naming_the_flag(flags, message):
    with pytest.raises(InputError) as caught:
        apply_overrides(RawDocument(text="t"), **flags)
    assert str(caught.value).startswith(message)


def test_load_article_passes_the_document_and_leaves_an_untitled_one_to_the_importer(monkeypatch):
    calls = []

    def parse_article(text, progress=None, **fields):
        calls.append((text, fields, progress))
        return ParsedSource(text=text, **(fields | {"title": fields["title"] or "first sentence"}))

    fake = types.ModuleType("ai_deals.importers.article")
    fake.parse_article = parse_article
    monkeypatch.setitem(sys.modules, "ai_deals.importers.article", fake)
    doc = RawDocument(
        text="Body", published="2026-02-27", url="u", publisher="p", language="fr", path="a.txt"
    )
    source = load_article(doc)
    assert calls == [
        (
            "Body",
            {
                "title": None,
                "published": "2026-02-27",
                "url": "u",
                "publisher": "p",
                "language": "fr",
                "path": "a.txt",
            },
            None,
        )
    ]
    assert source.title == "first sentence"


def test_listing_a_folder_looks_at_each_file_once(tmp_path, monkeypatch):
    folder = make_tree(tmp_path)
    looked_at: list[str] = []
    real_stat = os.stat

    def counting_stat(path, *args, **kwargs):
        looked_at.append(str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", counting_stat)
    expand_import_paths([str(folder)])
    inside = [path for path in looked_at if path.startswith(f"{folder}{os.sep}")]
    assert sorted(inside) == sorted(set(inside))
