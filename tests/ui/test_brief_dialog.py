"""The Export Brief dialog: spec round-trip, validation, recipes, preview."""
from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from newsdigest.domain.brief import BriefSpec
from newsdigest.domain.errors import ExportFailed
from newsdigest.ui.dialogs.brief_dialog import BriefDialog


def _spec() -> BriefSpec:
    return BriefSpec(title="Kursk brief", subtitle="Sub", author="Ana", organisation="Desk",
                     date="2025-03-13", marking="TLP:AMBER", page_size="Letter",
                     summary="Bottom line.", sections=["summary", "events", "sources"],
                     show_notes=False, show_grades=True, selection="tag", tag="kursk",
                     min_credibility=2, search="Sudzha")


@pytest.fixture
def make_dialog(qtbot):
    def build(spec=None, **kw):
        args = {"recipes": ["Morning"], "selection_count": 3,
                "filter_description": "status: new", "tags": ["kursk", "ukraine"]}
        args.update(kw)
        dialog = BriefDialog(spec or _spec(), **args)
        qtbot.addWidget(dialog)
        return dialog
    return build


def test_spec_round_trips_through_the_form(make_dialog):
    dialog = make_dialog()
    assert dialog.spec() == _spec()


def test_selection_keeps_entry_ids(make_dialog):
    spec = BriefSpec(selection="selection", entry_ids=[4, 7])
    dialog = make_dialog(spec)
    assert dialog.spec().selection == "selection" and dialog.spec().entry_ids == [4, 7]


def test_selection_without_a_selection_falls_back(make_dialog):
    dialog = make_dialog(BriefSpec(selection="selection"), selection_count=0)
    assert dialog.spec().selection == "not_dismissed"


def test_validation_errors_are_inline(make_dialog):
    dialog = make_dialog()
    dialog.show()
    dialog.title_edit.clear()
    dialog.date_edit.setText("13/03/2025")
    dialog.buttons.accepted.emit()
    assert dialog.result() == 0 and dialog.isVisible()
    assert dialog.title_error.isVisible() and dialog.path_error.isVisible()
    assert dialog.date_error.isVisible()


def test_browse_sets_path_with_the_format_extension(make_dialog, monkeypatch):
    dialog = make_dialog()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("/tmp/out/brief", ""))
    dialog.browse_button.click()
    assert dialog.output_path() == "/tmp/out/brief.pdf"
    dialog.format_combo.setCurrentIndex(2)
    assert dialog.format() == "csv" and dialog.output_path() == "/tmp/out/brief.csv"


def test_accept_with_everything_filled(make_dialog, monkeypatch):
    dialog = make_dialog()
    dialog.path_edit.setText("/tmp/brief.pdf")
    dialog.open_box.setChecked(False)
    dialog.buttons.accepted.emit()
    assert dialog.result() == 1
    assert (dialog.format(), dialog.output_path(), dialog.open_when_done()) == \
        ("pdf", "/tmp/brief.pdf", False)


def test_save_recipe_emits_name_and_spec(make_dialog, monkeypatch, qtbot):
    dialog = make_dialog()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  Evening  run ", True))
    with qtbot.waitSignal(dialog.recipe_save_requested) as blocker:
        dialog.save_recipe_button.click()
    assert blocker.args[0] == "Evening run" and blocker.args[1] == _spec()
    assert dialog.recipe_combo.currentText() == "Evening run"


def test_choosing_a_recipe_asks_the_caller(make_dialog, qtbot):
    dialog = make_dialog()
    loaded = BriefSpec(title="From recipe", sections=["quotes"])
    dialog.recipe_selected.connect(lambda name: dialog.set_spec(loaded))
    with qtbot.waitSignal(dialog.recipe_selected) as blocker:
        dialog.recipe_combo.activated.emit(1)
    assert blocker.args == ["Morning"]
    assert dialog.spec().title == "From recipe" and dialog.spec().sections == ["quotes"]


def test_preview_shows_the_pages(make_dialog, qtbot):
    from newsdigest.export import write_brief_pdf
    from newsdigest.export.sample import sample_items

    calls = []

    def builder(spec, path):
        calls.append(spec)
        return write_brief_pdf(sample_items(), spec, path)

    dialog = make_dialog(preview_builder=builder)
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: not dialog.preview_pending(), timeout=30_000)
    assert calls and calls[0].title == "Kursk brief"
    assert dialog.pdf_document.pageCount() >= 1
    assert "page" in dialog.preview_status.text()
    tmp = dialog._files.dir
    dialog.reject()
    # removed at once, or (under load) by the build's own thread just after it reported back
    assert tmp
    qtbot.waitUntil(lambda: not os.path.exists(tmp), timeout=5_000)


def test_preview_arrives_later_and_a_newer_request_wins(make_dialog, qtbot):
    from newsdigest.export import write_brief_pdf
    from newsdigest.export.sample import sample_items

    entered, gate, threads, finished = threading.Event(), threading.Event(), [], []

    def builder(spec, path):
        threads.append(threading.current_thread())
        if spec.title == "old":
            entered.set()
            gate.wait(30)  # still building when the analyst asks again
        write_brief_pdf(sample_items(), spec, path)
        finished.append(spec.title)
        return 7 if spec.title == "old" else 3

    dialog = make_dialog(preview_builder=builder)
    dialog.title_edit.setText("old")
    dialog.refresh_preview()
    assert dialog.preview_pending() and dialog.preview_status.text() == "Building preview…"
    assert dialog.preview_button.isEnabled()  # the dialog is not blocked
    assert entered.wait(30)
    dialog.title_edit.setText("new")
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: not dialog.preview_pending(), timeout=30_000)
    assert dialog.preview_status.text() == "3 pages"
    assert threading.main_thread() not in threads
    gate.set()
    qtbot.waitUntil(lambda: finished == ["new", "old"], timeout=30_000)
    qtbot.wait(100)  # the old result is delivered, and dropped
    assert dialog.preview_status.text() == "3 pages"
    assert dialog.pdf_document.pageCount() >= 1


def test_closing_while_a_preview_builds_cleans_up_afterwards(make_dialog, qtbot):
    entered, gate, finished = threading.Event(), threading.Event(), []

    def builder(spec, path):
        entered.set()
        gate.wait(30)
        with open(path, "wb") as out:
            out.write(b"%PDF-1.4")
        finished.append(path)
        return 1

    dialog = make_dialog(preview_builder=builder)
    dialog.refresh_preview()
    tmp = dialog._files.dir
    assert entered.wait(30)
    dialog.reject()
    assert os.path.isdir(tmp)  # the build still writes there
    gate.set()
    qtbot.waitUntil(lambda: bool(finished) and not os.path.exists(tmp), timeout=30_000)
    qtbot.wait(50)
    assert dialog.pdf_document.pageCount() == 0  # the late result went nowhere


def test_preview_failure_is_reported_inline(make_dialog, qtbot):
    def builder(spec, path):
        raise ExportFailed(f"{path}: disk full")

    dialog = make_dialog(preview_builder=builder)
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: not dialog.preview_pending(), timeout=30_000)
    assert "disk full" in dialog.preview_error.text()
    assert not dialog.preview_error.isHidden()


def test_no_builder_no_preview(make_dialog):
    assert not make_dialog().preview_button.isEnabled()


def test_paper_size_only_for_pdf(make_dialog):
    dialog = make_dialog()
    dialog.format_combo.setCurrentIndex(1)
    assert dialog.format() == "md" and not dialog.page_combo.isEnabled()
    dialog.format_combo.setCurrentIndex(0)
    assert dialog.page_combo.isEnabled()
