"""Widgets and dialogs on their own: chips, filter state, highlights, crash dialog."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from newsdigest.domain.filters import EntryFilter
from newsdigest.domain.models import Article, Entry
from newsdigest.ui import highlight
from newsdigest.ui.dialogs.import_dialog import ImportDialog
from newsdigest.ui.errors import CrashDialog, crash_report
from newsdigest.ui.filter_state import Chip, FilterState
from newsdigest.ui.widgets.article_view import ArticleView
from newsdigest.ui.widgets.filter_chips_widget import FilterChipsWidget


def test_filter_state_builds_entry_filters():
    state = FilterState()
    state.search = "talks"
    state.add(Chip("kind", "quote", "quote"))
    state.add(Chip("kind", "claim", "claim"))
    state.add(Chip("entity", 7, "Kremlin"))
    state.add(Chip("month", "2025-02", "2025-02"))
    f = state.to_filter()
    assert (f.kinds, f.entity_ids, f.date_from, f.date_to) == (
        ["quote", "claim"], [7], "2025-02", "2025-02-28")
    state.add(Chip("date", "2025-03-01", "2025-03-01"))  # one date chip at a time
    assert [c.facet for c in state.chips].count("month") == 0
    assert state.toggle(Chip("kind", "quote", "quote")) is False
    again = FilterState.from_filter(EntryFilter.from_dict(state.to_filter().to_dict()))
    assert again.to_filter() == state.to_filter()


def test_highlight_marks_prefixes_and_folds_accents():
    terms = highlight.terms_for('"Kyiv talks" negot* -war')
    assert terms == ["kyiv", "talks", "negot"]
    html = highlight.to_html("Negotiations in Kýiv <b>", terms, "#ff0")
    assert html.count("<span") == 2 and "&lt;b&gt;" in html


def test_chips_emit_removal(qtbot):
    chips = FilterChipsWidget()
    qtbot.addWidget(chips)
    chip = Chip("tag", "urgent", "urgent")
    chips.set_chips([chip])
    with qtbot.waitSignal(chips.chip_removed) as blocker:
        qtbot.mouseClick(chips.buttons[0], Qt.MouseButton.LeftButton)
    assert blocker.args == [chip]


def test_article_view_offsets_survive_emoji(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    text = "🙂 Intro. Putin said this. End."
    start = text.index("Putin")
    article = Article(1, "t", "", "", "", None, "", text, "h", "now", "")
    entry = Entry(kind="quote", text="Putin said this.", start=start, end=start + 16, id=5)
    view.set_article(article, [entry], current_id=5)
    selections = view.extraSelections()
    assert selections[0].cursor.selectedText() == "Putin said this."
    cursor = view.textCursor()
    cursor.setPosition(view._qt_pos(start))
    cursor.setPosition(view._qt_pos(start + 5), cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.selected_range() == (start, start + 5)
    with qtbot.waitSignal(view.entry_clicked) as blocker:
        view.click_offset(start + 3)
    assert blocker.args == [5]


def test_import_dialog_summarises(qtbot):
    from newsdigest.library import ImportResult
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    dialog.set_progress(0, 2, "a.txt")
    dialog.add_result(ImportResult("a.txt", "imported", article_ids=[1], entries=3))
    dialog.add_result(ImportResult("b.txt", "error", "b.txt: not text"))
    dialog.finish()
    assert dialog.result_lines() == ["imported: a.txt (1 article, 3 entries)", "error: b.txt: not text"]
    assert dialog.status.text().startswith("Done – 1 imported")


def test_import_dialog_names_failed_files_without_their_folder_and_wraps(qtbot):
    from newsdigest.library import ImportResult
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    path = "/home/analyst/Downloads/feeds/2025/march/broken.xml"
    dialog.add_result(ImportResult(path, "error", f"{path}: is not a well-formed RSS feed"))
    dialog.add_result(ImportResult("one.txt", "imported", article_ids=[1], entries=1,
                                   duplicates=2))
    assert dialog.result_lines() == [
        "error: broken.xml: is not a well-formed RSS feed",
        "imported: one.txt (1 article, 1 entry, 2 duplicates skipped)"]
    assert path in dialog.results.item(0).toolTip()
    assert dialog.results.wordWrap()


def test_crash_dialog_copies_its_report(qtbot):
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        report = crash_report(type(exc), exc, exc.__traceback__)
    assert "News Digest" in report and "RuntimeError: boom" in report and "Python" in report
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == report


def test_excepthook_opens_the_crash_dialog(qapp, monkeypatch):
    from newsdigest import __main__ as entry
    shown = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self.report) or 0)
    try:
        raise ValueError("unexpected")
    except ValueError as exc:
        entry.excepthook(type(exc), exc, exc.__traceback__)
    assert shown and "ValueError: unexpected" in shown[0]
    assert entry.parse_args(["--store", "x.db"]).store == "x.db"


def test_article_and_entity_models_sort_without_a_view(qtbot):
    from newsdigest.domain.models import Entity
    from newsdigest.ui.models import article_table_model as am
    from newsdigest.ui.models import entity_table_model as em

    def article(i, title, date):
        return Article(i, title, "Outlet", "", "", date, "", "", f"h{i}", "now", "")
    model = am.ArticleTableModel()
    model.set_rows([(article(1, "b", "2025-01-02"), 5), (article(2, "a", "2025-01-03"), 1)])
    assert model.index(0, am.COL_TITLE).data() == "a"  # newest first by default
    model.sort(am.COL_ENTRIES, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, am.COL_ENTRIES).data() for r in range(2)] == ["5", "1"]
    assert model.index(0, 0).data(am.IdRole) == 1 and model.row_of(2) == 1
    names = em.EntityTableModel()
    names.set_rows([Entity("place", "Kursk", id=1, count=2),
                    Entity("person", "Vladimir Putin", ["Putin"], id=2, count=9)])
    assert names.index(0, em.COL_NAME).data() == "Vladimir Putin"
    assert names.index(0, em.COL_NAME).data(Qt.ItemDataRole.ToolTipRole) == "Also: Putin"
    names.sort(em.COL_NAME, Qt.SortOrder.AscendingOrder)
    assert names.index(0, em.COL_NAME).data(em.RowRole).name == "Kursk"


def test_import_dialog_explains_when_no_file_could_be_read(qtbot):
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    dialog.finish()
    assert dialog.status.text().startswith("No article files were found")
    assert ".txt" in dialog.status.text() and ".pdf" in dialog.status.text()


def test_import_dialog_keeps_its_width_for_a_long_path(qtbot):
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    width = dialog.width()
    path = "/home/analyst/" + "a-very-long-folder-name/" * 12 + "article.html"
    dialog.set_progress(1, 30, path)
    qtbot.wait(20)
    assert dialog.width() == width and dialog.minimumSizeHint().width() < 600
    assert dialog.status.text() == "Importing 2 of 30: article.html"
    assert dialog.status.toolTip() == path


def test_inline_errors_stay_readable_in_the_dark_palette(qtbot, qapp):
    import re

    from PySide6.QtGui import QColor, QPalette

    from newsdigest.domain.models import Entry
    from newsdigest.ui import palette
    from newsdigest.ui.dialogs.entry_edit_dialog import EntryEditDialog

    def luminance(color: QColor) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
                + 0.0722 * channel(color.blueF()))

    palette.apply(qapp, dark=True)
    try:
        dialog = EntryEditDialog(Entry(kind="event", text="x", start=0, end=1))
        qtbot.addWidget(dialog)
        text = QColor(re.search(r"#[0-9a-fA-F]{6}", dialog.error_label.styleSheet()).group())
        back = qapp.palette().color(QPalette.ColorRole.Window)
        lighter, darker = sorted((luminance(text), luminance(back)), reverse=True)
        assert (lighter + 0.05) / (darker + 0.05) >= 4.5  # WCAG AA for body text
    finally:
        palette.apply(qapp, dark=False)
