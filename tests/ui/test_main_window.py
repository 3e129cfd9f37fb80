"""The main window driven as an analyst would: articles, search, facets, names, timeline."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from newsdigest.ui.models.entry_table_model import COL_SPEAKER, COL_TEXT, IdRole, RowRole
from newsdigest.ui.widgets.facet_tree_widget import is_selected


def visible_texts(window) -> list[str]:
    model = window.entry_model
    return [model.index(r, COL_TEXT).data() for r in range(model.rowCount())]


def test_opens_on_the_sample_store_and_lists_its_entries(make_window, tmp_path):
    from newsdigest import library
    path = tmp_path / "sample.db"
    library.open_store(path, seed_sample=True).close()
    window = make_window(str(path))
    assert window.entry_model.rowCount() > 5
    assert "sample.db" in window.windowTitle()
    assert window.sidebar.article_model.rowCount() == 1
    assert "entries" in window.count_label.text()


def test_selecting_an_article_lists_its_entries(window, qtbot):
    assert window.entry_model.rowCount() == 8
    view = window.articles_view
    row = next(r for r in range(view.model().rowCount())
               if view.model().index(r, 0).data() == "Grain prices climb")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view.model().index(row, 0)).center())
    assert sorted(visible_texts(window)) == ["Wheat prices rose sharply in Chicago on Monday.",
                                             "the markets feared further disruption."]
    assert window.chips.chip_texts() == ["Article: Grain prices climb"]
    assert "Wheat prices" in window.article_view.toPlainText()


def test_search_filters_ranks_and_highlights(window, qtbot):
    qtbot.keyClicks(window.search_box, "liberate")
    # Entry hits rank first; entries of articles whose text matches follow.
    qtbot.waitUntil(lambda: window.entry_model.rowCount() == 3, timeout=2000)
    assert visible_texts(window)[0] == "the army would completely liberate Kursk."
    assert window.highlight_delegate.terms == ["liberate"]
    window.entries_view.selectRow(0)
    assert "background-color" in window.details.toHtml() or "liberate" in window.details.toPlainText()
    assert any(sel.cursor.selectedText() == "liberate"
               for sel in window.article_view.extraSelections())
    assert window.chips.isHidden()  # a search alone is in the box, not a chip
    assert window.filter_description() == 'Search: "liberate"'


def test_search_phrases_prefixes_and_garbage(window):
    window.set_search('"buffer zone"')
    assert visible_texts(window)[0] == "a buffer zone was needed along the border."
    window.set_search('"zone buffer"')
    assert window.entry_model.rowCount() == 0
    window.set_search("Pesk*")
    assert visible_texts(window)[0] == "the operation was in its final phase."  # speaker hit
    for garbage in ['"', "AND OR NOT", "(", "*", "title:x", "-", "NEAR(a b)", "'", "🙂"]:
        window.set_search(garbage)  # never raises
    window.set_search("")
    assert window.entry_model.rowCount() == 8


def test_search_also_finds_entries_of_matching_articles(window):
    window.set_search("Sudzha")  # in article text and in one entry
    assert window.entry_model.rowCount() >= 1
    assert window.entry_model.sort_key()[0] == "rank"


def test_two_facets_combine_as_chips_and_a_chip_can_be_removed(window, qtbot):
    window.facets.value_clicked.emit("kind", "quote", "quote")
    assert window.entry_model.rowCount() == 4
    window.facets.value_clicked.emit("speaker", "Vladimir Putin", "Vladimir Putin")
    assert window.entry_model.rowCount() == 2
    assert window.chips.chip_texts() == ["Kind: quote", "Speaker: Vladimir Putin"]
    assert "Kind: quote; Speaker: Vladimir Putin" == window.filter_description()
    assert window.current_filter().kinds == ["quote"]
    qtbot.mouseClick(window.chips.buttons[0], Qt.MouseButton.LeftButton)
    assert window.chips.chip_texts() == ["Speaker: Vladimir Putin"]
    assert window.entry_model.rowCount() == 2
    window.clear_filters()
    assert window.entry_model.rowCount() == 8 and window.chips.isHidden()


def test_facet_tree_shows_counts_and_clicks_toggle(window, qtbot):
    assert window.facets.item_for("speaker", "Vladimir Putin") is None  # closed: not counted
    window.facets.expand("speaker")
    assert window.facets.item_for("speaker", "Vladimir Putin").text(1) == "2"
    item = window.facets.item_for("kind", "quote")
    assert item is not None and item.text(1) == "4"
    window.facets.itemClicked.emit(item, 0)
    assert window.entry_model.rowCount() == 4
    item = window.facets.item_for("kind", "quote")
    assert is_selected(item) and item.font(0).bold()
    window.facets.itemClicked.emit(item, 0)
    assert window.entry_model.rowCount() == 8


def test_no_matches_shows_what_to_do(window):
    window.set_search("zzzyxxq")
    assert window.entries_stack.currentWidget() is window.empty_state
    assert "No entries match" in window.empty_state.text()


def test_no_matches_shows_the_search_as_typed_and_clear_acts_at_once(window):
    window.set_search("<b>zzzyxxq</b> & co")
    assert window.entries_stack.currentWidget() is window.empty_state
    assert "&lt;b&gt;zzzyxxq&lt;/b&gt; &amp; co" in window.empty_state.text()  # not markup
    button = window.empty_state.buttons[0]
    assert button.text() == "Clear Filters"  # no "…": it asks nothing more
    button.click()
    assert window.search_box.text() == "" and window.entry_model.rowCount() == 8


def test_opening_an_entity_filters_and_shows_the_speaker_page(window, qtbot):
    window.show_view(1)
    assert window.entities_view.model.rowCount() >= 6
    assert window.entities_view.select_name("Vladimir Putin")
    assert window.chips.chip_texts() == ["Names: Vladimir Putin"]
    assert window.entry_model.rowCount() == 2
    page = window.entities_view.page
    assert page.quote_texts() == ["the army would completely liberate Kursk.",
                                  "a buffer zone was needed along the border."]  # by date
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert window.views.currentIndex() == 0


def test_timeline_bar_filters_by_date(window):
    window.show_view(2)
    assert [d for d, _ in window.timeline_view.bars] == ["2025-03-11", "2025-03-14", "2025-03-31"]
    window.timeline_view.bar_clicked.emit("2025-03-14")
    assert window.views.currentIndex() == 0
    assert window.chips.chip_texts() == ["Date: 2025-03-14"]
    assert window.entry_model.rowCount() == 3


def test_sorting_by_each_column(window):
    header = window.entries_view.horizontalHeader()
    header.setSortIndicator(COL_SPEAKER, Qt.SortOrder.DescendingOrder)
    speakers = [window.entry_model.index(r, COL_SPEAKER).data() for r in range(8)]
    assert speakers[0] == "Vladimir Putin" and speakers[-1] == ""
    for col in range(8):
        header.setSortIndicator(col, Qt.SortOrder.AscendingOrder)
        assert window.entry_model.rowCount() == 8


def test_clicking_an_entry_in_the_article_selects_it(window):
    window.entries_view.selectRow(0)
    first = window.current_entry_id()
    article = window.article_view
    other = next(e for e in article.entries if e.id != first)
    article.click_offset(other.start + 2)
    assert window.current_entry_id() == other.id
    current = window.entries_view.currentIndex()
    assert current.data(IdRole) == other.id


def test_arrow_keys_move_through_entries(window, qtbot):
    window.entries_view.setFocus()
    window.entries_view.selectRow(0)
    first = window.current_entry_id()
    qtbot.keyClick(window.entries_view, Qt.Key.Key_Down)
    assert window.current_entry_id() != first
    assert window.details.toPlainText()


def test_contract_for_the_annotation_panel(window):
    assert window.db is not None and window.prefs.analyst == window.analyst
    for name in ("file_menu", "edit_menu", "entry_menu", "tools_menu", "help_menu"):
        assert isinstance(getattr(window, name), QMenu)
    assert isinstance(window.entry_context_menu, QMenu)
    window.entries_view.selectRow(1)
    entry_id = window.current_entry_id()
    assert window.selected_entry_ids() == [entry_id]
    window.select_entry(None)
    window.select_entry(entry_id)
    assert window.current_entry_id() == entry_id
    window.refresh_entries([entry_id])
    window.refresh_entries()
    assert window.current_entry_id() == entry_id
    assert window.undo_action.shortcuts() and len(window.redo_action.shortcuts()) >= 2
    assert window.article_view.selected_range() is None
    menu = window.article_view.build_context_menu()
    assert menu.actions()


def test_saved_search_round_trip(window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    window.facets.value_clicked.emit("kind", "quote", "quote")
    window.set_search("Putin")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Putin quotes", True))
    window.save_search()
    window.clear_filters()
    window.rebuild_search_menu()
    names = [a.text() for a in window.search_menu.actions()]
    assert "Putin quotes" in names
    window.apply_saved_search("Putin quotes")
    assert window.search_box.text() == "Putin"
    assert window.chips.chip_texts() == ["Kind: quote"]
    assert window.entry_model.rowCount() == 3


def test_details_links_filter(window):
    window.entries_view.selectRow(0)
    row = window.entry_model.index(0, 0).data(RowRole)
    window.details.link_activated.emit(f"article:{row.article_id}")
    assert window.chips.chip_texts()[0].startswith("Article: ")


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40)
       | st.sampled_from(['"', '""', '"a', "a*", "*", "-", "--x", "NEAR(", "a OR", "^", "x:y",
                          "(", ")", "'", "\\", "AND", "🙂*", '"buffer zone" -Putin']))
def test_no_typed_text_raises(window, text):
    window.set_search(text)
    assert window.entry_model.rowCount() >= 0
    window.entries_view.selectRow(0)


def test_a_date_range_from_the_facets(window, monkeypatch):
    from newsdigest.ui.dialogs.date_range_dialog import DateRangeDialog

    def pick(dialog):
        dialog.start.setDate(dialog.start.date().fromString("2025-03-12", "yyyy-MM-dd"))
        dialog.end.setDate(dialog.end.date().fromString("2025-03-14", "yyyy-MM-dd"))
        return DateRangeDialog.DialogCode.Accepted
    monkeypatch.setattr(DateRangeDialog, "exec", pick)
    window.facets.expand("month")
    item = window.facets.item_for("month", "Choose range…")
    window.facets.itemClicked.emit(item, 0)
    assert window.chips.chip_texts() == ["Dates: 2025-03-12 – 2025-03-14"]
    assert window.entry_model.rowCount() == 5


def test_date_range_dialog_checks_its_order(qtbot):
    from PySide6.QtCore import QDate

    from newsdigest.ui.dialogs.date_range_dialog import DateRangeDialog
    dialog = DateRangeDialog(None, "2025-03-14", "2025-03-01")
    qtbot.addWidget(dialog)
    dialog._on_buttons_accepted()
    assert "ends before it starts" in dialog.error.text()
    dialog.end_on.setChecked(False)
    dialog._on_buttons_accepted()
    assert dialog.result() == DateRangeDialog.DialogCode.Accepted
    assert dialog.values() == ("2025-03-14", None)
    assert QDate.fromString("2025-03-14", "yyyy-MM-dd") == dialog.start.date()


def test_escape_clears_the_search(window, qtbot):
    window.set_search("Putin")
    window.activateWindow()
    window.search_box.setFocus()
    qtbot.waitUntil(window.search_box.hasFocus, timeout=2000)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    qtbot.waitUntil(lambda: window.entry_model.rowCount() == 8, timeout=3000)


def test_status_bar_counts_matches_and_selection(window):
    assert window.count_label.text() == "8 entries"
    window.entries_view.selectAll()
    assert window.count_label.text() == "8 entries · 8 selected"
    assert len(window.selected_entry_ids()) == 8
    window.facets.value_clicked.emit("kind", "event", "event")
    assert window.count_label.text().startswith("3 entries match")


def test_ending_a_search_brings_back_the_column_sort(window):
    header = window.entries_view.horizontalHeader()
    header.setSortIndicator(COL_SPEAKER, Qt.SortOrder.DescendingOrder)
    window.set_search("Putin")
    assert window.entry_model.sort_key()[0] == "rank" and header.sortIndicatorSection() == -1
    window.set_search("")
    assert window.entry_model.sort_key() == ("speaker", True)
    assert header.sortIndicatorSection() == COL_SPEAKER
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_ampersands_in_names_are_shown_not_turned_into_shortcuts(window, monkeypatch):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QInputDialog
    window.facets.value_clicked.emit("tag", "R&D", "R&D")
    button = window.chips.buttons[0]
    assert window.chips.chip_texts() == ["Tag: R&D"]
    assert QKeySequence.mnemonic(button.text()).isEmpty()  # Alt+D does not remove it
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("R&D watch", True))
    window.save_search()
    window.rebuild_search_menu()
    action = next(a for a in window.search_menu.actions() if "watch" in a.text())
    assert QKeySequence.mnemonic(action.text()).isEmpty()
    action.trigger()
    assert window.chips.chip_texts() == ["Tag: R&D"]


def test_tag_chip_with_an_ampersand_has_no_mnemonic(qtbot):
    from PySide6.QtGui import QKeySequence

    from newsdigest.ui.widgets.tag_editor import TagEditorWidget
    editor = TagEditorWidget()
    qtbot.addWidget(editor)
    editor.set_tags(["R&D"])
    assert QKeySequence.mnemonic(editor.chip("R&D").text()).isEmpty()


def test_selected_name_stays_selected_after_the_list_reloads(window, qtbot):
    window.show_view(1)
    assert window.entities_view.select_name("Vladimir Putin")  # filters: the names reload
    assert window.entities_view.current_entity().name == "Vladimir Putin"
    table = window.entities_view.table
    row = table.currentIndex().row()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the next name, not the first of the list
    assert table.currentIndex().row() == row + 1


def test_a_year_bar_in_the_timeline_filters_that_year(make_window, tmp_path):
    from newsdigest import library
    from newsdigest.domain.models import ArticleDraft
    db = library.open_store(tmp_path / "years.db")
    library.import_draft(db, ArticleDraft(
        text="Café owners in Zürich said the price cap introduced in 2024 cost them "
             "5,000 francs a month. Protesters blocked the bridge in Bern on 3 March 2025.",
        title="Caps", published="2025-03-05"))
    db.close()
    window = make_window(str(tmp_path / "years.db"))
    window.show_view(2)
    years = [day for day, _n in window.timeline_view.bars if len(day) == 4]
    assert years, window.timeline_view.bars
    window.timeline_view.bar_clicked.emit(years[0])  # raised ValueError
    assert len(window.chips.chip_texts()) == 1 and years[0] in window.chips.chip_texts()[0]
    assert window.entry_model.count() >= 1
    assert all(r.date.startswith(years[0]) for r in
               (window.entry_model.index(i, 0).data(RowRole)
                for i in range(window.entry_model.rowCount())))


def test_saving_a_search_under_a_used_name_asks_first(window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Putin", True))
    window.set_search("Putin")
    window.save_search()
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    window.set_search("Kursk")
    window.save_search()
    assert asked and "Putin" in asked[0]
    window.clear_filters()
    window.apply_saved_search("Putin")
    assert window.search_box.text() == "Putin"  # the first one is kept


def test_long_filter_chips_wrap_and_never_widen_the_window(window, qtbot):
    from newsdigest.ui.filter_state import Chip
    window.resize(1280, 800)
    long_title = "Russia says it has retaken most of the Kursk region as Ukraine denies it " * 2
    for i in range(3):
        window.add_chip(Chip("tag", f"t{i}", long_title))
    qtbot.wait(20)
    assert window.minimumSizeHint().width() <= 1280 and window.width() == 1280
    assert window.chips.chip_texts()[0] == f"Tag: {long_title}"  # in full, for tests and tips
    assert "…" in window.chips.buttons[0].text()


def test_a_facet_keeps_its_other_values_so_they_can_be_added(window):
    window.facets.value_clicked.emit("kind", "quote", "quote")
    claim = window.facets.item_for("kind", "claim")
    assert claim is not None and int(claim.text(1)) > 0  # still listed, with its count
    window.facets.itemClicked.emit(claim, 0)
    assert window.chips.chip_texts() == ["Kind: quote", "Kind: claim"]
    kinds = {window.entry_model.index(r, 0).data(RowRole).kind
             for r in range(window.entry_model.rowCount())}
    assert kinds == {"quote", "claim"}
