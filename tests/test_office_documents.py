"""An office document saved under a text name (a workbook renamed `deals.csv`, tester qa36) is named
for what it is, with what to save it as, rather than as "a ZIP archive" the user never made."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from cli_helpers import private_default_db, run  # noqa: F401 (autouse: no command touches the default db)

# Each document's parts, as its application writes them (the OpenDocument's mimetype first, stored).
XLSX = {
    "[Content_Types].xml": "<Types/>",
    "_rels/.rels": "<Relationships/>",
    "docProps/app.xml": "<Properties/>",
    "xl/workbook.xml": "<workbook/>",
    "xl/worksheets/sheet1.xml": "<worksheet/>",
}
DOCX = {"[Content_Types].xml": "<Types/>", "_rels/.rels": "<Relationships/>", "word/document.xml": "<w/>"}
ODS = {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office/>"}
ODT = {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office/>"}
ARCHIVE = {"notes/readme.md": "hello", "data.bin": "x"}


def _zip(path: Path, parts: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in parts.items():
            stored = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, text, compress_type=stored)
    return path


@pytest.mark.parametrize(
    ("parts", "problem"),
    [
        (XLSX, "not a text file (looks like an Excel workbook (.xlsx): save it as CSV)"),
        (ODS, "not a text file (looks like an OpenDocument spreadsheet (.ods): save it as CSV)"),
        (DOCX, "not a text file (looks like a Word document (.docx): save it as plain text (.txt))"),
        (ODT, "not a text file (looks like an OpenDocument text (.odt): save it as plain text (.txt))"),
        (ARCHIVE, "not a text file (looks like a ZIP archive)"),
    ],
    ids=["xlsx", "ods", "docx", "odt", "zip"],
)
@pytest.mark.parametrize("name", ["deals.csv", "story.txt"])
def test_an_office_document_under_a_text_name_is_named_with_what_to_save_it_as(
    capsys, tmp_path, parts, problem, name
):
    path = _zip(tmp_path / name, parts)
    code, _, err = run(capsys, "--db", str(tmp_path / "d.db"), "--empty", "import", str(path))
    assert code != 0
    assert err.strip() == f"ai-deals: error: {path}: {problem}"
