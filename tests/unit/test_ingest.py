"""The package interface: dispatch, folders, limits, big files, import cost."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsdigest import ingest
from newsdigest.domain.errors import ImportFailed
from newsdigest.ingest import MAX_FILE_BYTES, SUPPORTED_SUFFIXES, iter_import_files, read_path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "ingest"


def test_supported_suffixes_cover_every_format():
    expected = {
        ".txt",
        ".md",
        ".markdown",
        ".html",
        ".htm",
        ".xml",
        ".rss",
        ".atom",
        ".pdf",
        ".jsonl",
        ".json",
    }
    assert expected <= SUPPORTED_SUFFIXES
    assert all(s.startswith(".") and s == s.lower() for s in SUPPORTED_SUFFIXES)


def test_suffix_case_does_not_matter(tmp_path):
    path = tmp_path / "LOUD.TXT"
    path.write_text("Officials confirmed the report on Monday.")
    assert read_path(path)[0].text == "Officials confirmed the report on Monday."


def test_unsupported_type_is_refused_listing_supported_ones():
    path = DATA / "bad" / "notes.docx"
    with pytest.raises(ImportFailed) as info:
        read_path(path)
    message = str(info.value)
    assert message.startswith(f"{path}: unsupported file type '.docx'; supported: ")
    assert ".txt" in message and ".pdf" in message


def test_missing_file_and_folder_are_reported(tmp_path):
    missing = tmp_path / "gone.txt"
    with pytest.raises(ImportFailed) as info:
        read_path(missing)
    assert str(info.value) == f"{missing}: does not exist"
    with pytest.raises(ImportFailed) as info:
        read_path(tmp_path)
    assert str(info.value) == f"{tmp_path}: is a folder, not a file"


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("text")

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)  # chmod does not stop root
    with pytest.raises(ImportFailed) as info:
        read_path(path)
    assert str(info.value) == f"{path}: cannot be read: permission denied"


def test_path_is_named_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("empty.md").write_bytes(b"")
    with pytest.raises(ImportFailed) as info:
        read_path("empty.md")
    assert str(info.value) == "empty.md: is empty"


def test_file_over_the_limit_is_refused_with_size_and_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 1024)
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)  # 5000 bytes
    with pytest.raises(ImportFailed) as info:
        read_path(path)
    assert info.value.reason == "is too large (5 KB; the limit for this type is 1 KB)"


def test_sparse_file_over_50_mb_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no disk space or time spent
        handle.truncate(MAX_FILE_BYTES + 1)
    started = time.perf_counter()
    with pytest.raises(ImportFailed) as info:
        read_path(path)
    assert time.perf_counter() - started < 1
    assert info.value.reason == "is too large (50.0 MB; the limit for this type is 50.0 MB)"


def test_20_mb_text_file_is_imported_in_seconds(tmp_path):
    paragraph = (
        "Russian forces said on Wednesday they had recaptured more than 86% of the Kursk region, "
        "according to General Valery Gerasimov. Café owners in Zürich were not affected.\n"
    )
    repeats = 20 * 1024 * 1024 // len(paragraph.encode()) + 1
    path = tmp_path / "twenty.txt"
    path.write_text(paragraph * repeats, encoding="utf-8")
    assert path.stat().st_size >= 20 * 1024 * 1024
    started = time.perf_counter()
    [draft] = read_path(path)
    elapsed = time.perf_counter() - started
    assert elapsed < 5, f"took {elapsed:.1f}s"
    assert draft.text.startswith("Russian forces said on Wednesday")
    assert draft.text.count("\n") == repeats - 1
    assert draft.title == ""


def test_20_mb_cp1252_file_is_imported_in_seconds(tmp_path):
    paragraph = "Le “cessez-le-feu” a été accepté à Djeddah, selon des responsables – 30 jours.\r\n"
    repeats = 20 * 1024 * 1024 // len(paragraph) + 1
    path = tmp_path / "twenty-cp1252.txt"
    path.write_bytes((paragraph * repeats).encode("cp1252"))
    started = time.perf_counter()
    [draft] = read_path(path)
    assert time.perf_counter() - started < 5
    assert draft.text.startswith("Le “cessez-le-feu” a été accepté")


def test_html_over_the_markup_limit_is_refused(tmp_path):
    path = tmp_path / "big.html"
    with path.open("wb") as handle:
        handle.truncate(ingest.MAX_MARKUP_BYTES + 1)
    with pytest.raises(
        ImportFailed, match=r"is too large \(10\.0 MB; the limit for this type is 10\.0 MB\)"
    ):
        read_path(path)


# --- iter_import_files -------------------------------------------------------


def make_tree(root: Path) -> None:
    for name in [
        "b.txt",
        "a.md",
        "c.pdf",
        "notes.docx",
        ".hidden.txt",
        "sub/z.html",
        "sub/deeper/y.jsonl",
        ".git/config.txt",
        "sub/.cache/x.txt",
        "Feed.RSS",
    ]:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")


def test_folders_are_walked_sorted_skipping_hidden_and_unsupported(tmp_path):
    make_tree(tmp_path)
    found = [p.relative_to(tmp_path).as_posix() for p in iter_import_files([tmp_path])]
    assert found == ["Feed.RSS", "a.md", "b.txt", "c.pdf", "sub/z.html", "sub/deeper/y.jsonl"]


def test_a_folder_walk_leaves_out_readme_and_licence_files_but_not_when_picked(tmp_path):
    for name in ["README.md", "LICENSE.txt", "changelog.md", "story.md", "readme-notes.txt"]:
        (tmp_path / name).write_text("x")
    found = [p.name for p in iter_import_files([tmp_path])]
    assert found == ["readme-notes.txt", "story.md"]
    assert list(iter_import_files([tmp_path / "README.md"])) == [tmp_path / "README.md"]


def test_explicit_files_are_kept_even_if_unsupported_or_missing(tmp_path):
    make_tree(tmp_path)
    given = [
        tmp_path / "notes.docx",
        str(tmp_path / "missing.txt"),
        tmp_path / "sub",
        tmp_path / "b.txt",
    ]
    found = list(iter_import_files(given))
    assert found == [
        tmp_path / "notes.docx",
        tmp_path / "missing.txt",
        tmp_path / "sub" / "z.html",
        tmp_path / "sub" / "deeper" / "y.jsonl",
        tmp_path / "b.txt",
    ]
    assert all(isinstance(p, Path) for p in found)


def test_a_file_reached_twice_is_yielded_once(tmp_path):
    make_tree(tmp_path)
    found = list(iter_import_files([tmp_path / "a.md", tmp_path, tmp_path / "a.md"]))
    assert found.count(tmp_path / "a.md") == 1


def test_every_fixture_in_a_folder_reads_or_fails_cleanly():
    """The whole fixtures folder: nothing raises anything but ImportFailed."""
    ok, failed = 0, 0
    for path in iter_import_files([DATA]):
        try:
            drafts = read_path(path)
        except ImportFailed as exc:
            assert exc.path == str(path) and exc.reason
            failed += 1
        else:
            assert drafts and all(d.text.strip() for d in drafts)
            ok += 1
    assert ok >= 10 and failed >= 8


# --- import cost ---------------------------------------------------------------


def test_importing_the_package_loads_no_heavy_library():
    code = (
        "import sys, newsdigest.ingest; "
        "heavy = ['trafilatura', 'feedparser', 'pypdf', 'charset_normalizer', 'lxml', 'dateutil', 'PySide6']; "
        "print(','.join(m for m in heavy if m in sys.modules))"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == ""
