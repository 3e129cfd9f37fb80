"""PDF files: text layer required, lines re-joined into paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdigest.domain.errors import ImportFailed
from newsdigest.ingest import read_path
from newsdigest.ingest.pdf import reflow

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "ingest"

PARAGRAPHS = [
    (
        "Russian forces are on the brink of reclaiming the Kursk region from Ukrainian control, "
        "the chief of Russia's general staff, Valery Gerasimov, said on Wednesday."
    ),
    "Kremlin spokesperson Dmitry Peskov said the operation had reached its concluding phase.",
]


def make_pdf(path: Path, *, text: bool = True, title: str | None = "Kursk: the latest") -> Path:
    """A one-page PDF drawn with ReportLab, wrapping paragraphs like a real page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    if not text:
        from reportlab.pdfgen import canvas

        drawing = canvas.Canvas(str(path), pagesize=A4)
        drawing.rect(100, 500, 300, 200, fill=1)  # a "scan": shapes, no text
        drawing.save()
        return path
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title or "", author="Jane Smith")
    style = getSampleStyleSheet()["BodyText"]
    story = []
    for paragraph in PARAGRAPHS:
        story += [Paragraph(paragraph, style), Spacer(1, 12)]
    doc.build(story)
    return path


def test_pdf_text_and_metadata(tmp_path):
    [draft] = read_path(make_pdf(tmp_path / "brief.pdf"))
    assert draft.title == "Kursk: the latest"
    assert draft.byline == "Jane Smith"
    assert draft.published is None  # the file's creation date is not a publication date
    assert draft.source_name == "brief.pdf"
    # Wrapped lines are joined back: each paragraph is one line again.
    assert draft.text.split("\n") == PARAGRAPHS


def test_pdf_without_text_layer_is_refused(tmp_path):
    path = make_pdf(tmp_path / "scan.pdf", text=False)
    with pytest.raises(ImportFailed) as info:
        read_path(path)
    assert str(info.value).startswith(f"{path}: has no text layer (scanned?)")


def encrypted_pdf(path: Path, user_password: str) -> Path:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    encrypt = pdfencrypt.StandardEncryption(user_password, ownerPassword="owner", strength=40)
    drawing = canvas.Canvas(str(path), encrypt=encrypt)
    drawing.drawString(72, 720, "Officials met in Jeddah on Tuesday.")
    drawing.save()
    return path


def test_password_protected_pdf_is_refused(tmp_path):
    path = encrypted_pdf(tmp_path / "locked.pdf", "secret")
    with pytest.raises(ImportFailed) as info:
        read_path(path)
    assert str(info.value) == f"{path}: is a password-protected PDF"


def test_pdf_with_only_an_owner_password_is_read(tmp_path):
    [draft] = read_path(encrypted_pdf(tmp_path / "restricted.pdf", ""))
    assert draft.text == "Officials met in Jeddah on Tuesday."


def test_file_named_pdf_that_is_not_a_pdf_is_refused():
    path = DATA / "bad" / "fake.pdf"
    with pytest.raises(ImportFailed) as info:
        read_path(path)
    assert str(info.value) == f"{path}: is not a PDF file"


def test_truncated_pdf_is_refused(tmp_path):
    whole = make_pdf(tmp_path / "whole.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(ImportFailed) as info:
        read_path(path)
    assert info.value.path == str(path)
    assert info.value.reason.startswith("is not a readable PDF (")


def test_reflow_joins_lines_and_hyphenation():
    page = (
        "Russian forces have recap-\n"
        "tured more than 86% of the area, according to General Valery\n"
        "Gerasimov.\n"
        "Short closing line.\n"
        "\n"
        "A new paragraph after a blank line."
    )
    assert reflow(page) == (
        "Russian forces have recaptured more than 86% of the area, according to General Valery Gerasimov.\n"
        "Short closing line.\n"
        "A new paragraph after a blank line."
    )
