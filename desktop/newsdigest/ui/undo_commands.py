"""Every analyst edit as a QUndoCommand over the store.

``redo()`` writes through a store function (committed at once, logged in
history); ``undo()`` writes the old value back the same way, so an undo is
just another edit in history.  The commands take a *context*: any object with
``db``, ``analyst`` and optionally ``refresh_entries(ids)`` (the main window).
The database is captured when the command is made; the window clears the
stack when another store is opened.

Importing an annotation file and settling its conflicts are commands too
(``ui/undo_exchange.py``).

A command whose edit fails, or changes nothing, makes itself obsolete: Qt then
drops it instead of keeping it on the stack, and ``error`` says why.

Merging entities is the one edit that cannot be undone (the store keeps no
record of which keys and links belonged to the merged entity), so
:class:`MergeEntities` performs the merge and drops itself: the dialog warns
first, and the commands already on the stack stay valid because a merge only
touches entity links, never the values they restore.
"""
from __future__ import annotations

import logging
import time
from collections import defaultdict

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand

from newsdigest.domain.errors import AppError
from newsdigest.domain.models import Entry, HistoryRecord
from newsdigest.store import annotations, articles, entities, entries

log = logging.getLogger(__name__)

LABELS = {"note": "note", "credibility": "credibility", "status": "status",
          "include_in_brief": "include in brief", "priority": "priority", "text": "text",
          "speaker": "speaker", "kind": "kind", "date": "date"}


def _count(ids: list) -> str:
    return "" if len(ids) == 1 else f" on {len(ids)} entries"


class StoreCommand(QUndoCommand):
    """Base: runs ``_redo``/``_undo`` and turns expected failures into ``error``."""

    #: The command adds or removes rows: the list and its count are read again,
    #: not only the changed rows.
    reloads = False

    def __init__(self, ctx, text: str) -> None:
        super().__init__(text)
        self.ctx, self.db = ctx, ctx.db
        self.error: Exception | None = None
        self.entry_ids: list[int] | None = []  # None: refresh every entry
        self._first = True

    @property
    def analyst(self) -> str:
        return self.ctx.analyst

    def redo(self) -> None:
        try:
            changed = self._redo(self._first)
        except (AppError, ValueError) as exc:
            self._fail(exc)
            return
        if self._first and not changed:
            self.setObsolete(True)  # a no-op edit does not clutter the stack
        self._first = False
        self._refresh()

    def undo(self) -> None:
        try:
            self._undo()
        except (AppError, ValueError) as exc:
            self._fail(exc)
            return
        self._refresh()

    def _fail(self, exc: Exception) -> None:
        log.warning("%s failed: %s", self.text(), exc)
        self.error = exc
        self.setObsolete(True)  # Qt drops it: it cannot be undone or redone any more
        report = getattr(self.ctx, "show_app_error", None)
        if not self._first and report is not None:
            # Undo/Redo came from a menu or shortcut: nobody checks ``error``, so say it
            # (after the stack has finished, not from inside its undo()).
            QTimer.singleShot(0, lambda: report(exc))

    def _refresh(self) -> None:
        refresh = getattr(self.ctx, "refresh_entries", None)
        if refresh is not None and (self.entry_ids is None or self.entry_ids):
            refresh(None if self.entry_ids is None or self.reloads else list(self.entry_ids))

    def _redo(self, first: bool) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    def _undo(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class SetAnnotationField(StoreCommand):
    """One annotation field on one or many entries; each entry's old value is kept.

    Stepping through a combo box with the arrow keys makes one edit per step;
    ``stepping`` commands on the same field of the same entries within
    ``MERGE_SECONDS`` merge into one undo step.  Other edits never merge.
    """

    MERGE_ID = 1001
    MERGE_SECONDS = 2.0

    def __init__(self, ctx, entry_ids: list[int], field: str, value, *,
                 stepping: bool = False) -> None:
        super().__init__(ctx, f"Set {LABELS.get(field, field)}{_count(entry_ids)}")
        self.field, self.value, self.targets = field, value, list(entry_ids)
        self.old: dict[int, object] = {}
        self.at = time.monotonic()
        self.stepping = stepping  # made by a combo box the analyst may be arrowing through

    def id(self) -> int:
        return self.MERGE_ID if self.stepping else -1

    def mergeWith(self, other) -> bool:
        if not (isinstance(other, SetAnnotationField) and other.stepping
                and other.field == self.field
                and other.targets == self.targets and other.at - self.at < self.MERGE_SECONDS):
            return False
        self.value, self.at = other.value, other.at
        stored = annotations.validate(self.field, self.value)
        if all(annotations.validate(self.field, old) == stored for old in self.old.values()):
            self.setObsolete(True)  # stepped back to where it started
        return True

    def _redo(self, first: bool) -> bool:
        if first:
            stored = annotations.validate(self.field, self.value)
            for entry_id in self.targets:
                old = getattr(annotations.get_annotation(self.db, entry_id), self.field)
                if annotations.validate(self.field, old) != stored:
                    self.old[entry_id] = old
            self.entry_ids = list(self.old)
        if self.entry_ids:
            annotations.set_field_many(self.db, self.entry_ids, self.field, self.value,
                                       analyst=self.analyst)
        return bool(self.entry_ids)

    def _undo(self) -> None:
        by_value = defaultdict(list)
        for entry_id, old in self.old.items():
            by_value[old].append(entry_id)
        for old, ids in by_value.items():
            annotations.set_field_many(self.db, ids, self.field, old, analyst=self.analyst)


class AddTag(StoreCommand):
    """Tag entries; undo untags only those that did not carry the tag before."""

    adding = True

    def __init__(self, ctx, entry_ids: list[int], tag: str) -> None:
        verb = "Tag" if self.adding else "Untag"
        super().__init__(ctx, f"{verb} “{tag}”{_count(entry_ids)}")
        self.tag, self.targets = annotations.clean_tag(tag), list(entry_ids)

    def _redo(self, first: bool) -> bool:
        if first:
            have = set(annotations.tagged(self.db, self.targets, self.tag))
            self.entry_ids = [i for i in self.targets if (i in have) != self.adding]
        self._apply(self.adding)
        return bool(self.entry_ids)

    def _undo(self) -> None:
        self._apply(not self.adding)

    def _apply(self, add: bool) -> None:
        if self.entry_ids:
            change = annotations.add_tag if add else annotations.remove_tag
            change(self.db, self.entry_ids, self.tag, analyst=self.analyst)


class RemoveTag(AddTag):
    """Untag entries; undo re-tags only those that carried the tag."""

    adding = False


class SetReliability(StoreCommand):
    """Grade an outlet A-F; every entry of its articles inherits the grade."""

    def __init__(self, ctx, outlet: str, grade: str | None, *, stepping: bool = False) -> None:
        super().__init__(ctx, f"Set reliability of {outlet} to {grade or '—'}")
        self.outlet, self.grade, self.old = outlet, grade, None
        self.entry_ids = None
        self.at, self.stepping = time.monotonic(), stepping

    def id(self) -> int:
        return SetAnnotationField.MERGE_ID + 1 if self.stepping else -1

    def mergeWith(self, other) -> bool:
        # Arrow-key steps through the grades are one undo step, as for annotations.
        if not (isinstance(other, SetReliability) and other.stepping
                and other.outlet == self.outlet
                and other.at - self.at < SetAnnotationField.MERGE_SECONDS):
            return False
        self.grade, self.at = other.grade, other.at
        self.setText(other.text())
        self.setObsolete(self.grade == self.old)
        return True

    def _redo(self, first: bool) -> bool:
        if first:
            self.old = next((s.reliability for s in articles.list_sources(self.db)
                             if s.name == self.outlet), None)
        articles.set_reliability(self.db, self.outlet, self.grade, analyst=self.analyst)
        return self.old != self.grade

    def _undo(self) -> None:
        articles.set_reliability(self.db, self.outlet, self.old, analyst=self.analyst)


class EditEntry(StoreCommand):
    """Correct fields of an entry (text, speaker, kind, date...)."""

    def __init__(self, ctx, entry_id: int, changes: dict) -> None:
        names = ", ".join(LABELS.get(f, f) for f in changes)
        super().__init__(ctx, f"Edit entry {names}")
        self.entry_ids, self.changes, self.old = [entry_id], dict(changes), {}

    def _redo(self, first: bool) -> bool:
        entry_id = self.entry_ids[0]
        if first:
            entry = entries.get_entry(self.db, entry_id)
            self.changes = {f: v for f, v in self.changes.items() if getattr(entry, f) != v}
            self.old = {f: getattr(entry, f) for f in self.changes}
        for name, value in self.changes.items():
            entries.update_entry(self.db, entry_id, name, value, analyst=self.analyst)
        return bool(self.changes)

    def _undo(self) -> None:
        for name, value in self.old.items():
            entries.update_entry(self.db, self.entry_ids[0], name, value, analyst=self.analyst)


class DeleteEntries(StoreCommand):
    """Delete entries (kept in history); undo restores them."""

    reloads = True

    def __init__(self, ctx, entry_ids: list[int]) -> None:
        super().__init__(ctx, "Delete entry" if len(entry_ids) == 1
                         else f"Delete {len(entry_ids)} entries")
        self.entry_ids = list(entry_ids)

    def _redo(self, first: bool) -> bool:
        for entry_id in self.entry_ids:
            entries.delete_entry(self.db, entry_id, analyst=self.analyst)
        return bool(self.entry_ids)

    def _undo(self) -> None:
        for entry_id in self.entry_ids:
            entries.restore_entry(self.db, entry_id, analyst=self.analyst)


class RestoreEntry(DeleteEntries):
    """Bring back a deleted entry; undo deletes it again."""

    def __init__(self, ctx, entry_id: int) -> None:
        super().__init__(ctx, [entry_id])
        self.setText("Restore deleted entry")

    def _redo(self, first: bool) -> bool:
        DeleteEntries._undo(self)
        return True

    def _undo(self) -> None:
        DeleteEntries._redo(self, False)


class AddEntry(StoreCommand):
    """A quote or event the analyst made from a selection; undo deletes it."""

    reloads = True

    def __init__(self, ctx, article_id: int, entry: Entry) -> None:
        super().__init__(ctx, f"New {entry.kind}")
        self.article_id, self.entry = article_id, entry

    @property
    def entry_id(self) -> int | None:
        return self.entry_ids[0] if self.entry_ids else None

    def _redo(self, first: bool) -> bool:
        if first:
            made = entries.add_entry(self.db, self.article_id, self.entry, analyst=self.analyst)
            self.entry_ids = [made.id]
        else:  # the same row comes back, so later commands still find it
            entries.restore_entry(self.db, self.entry_id, analyst=self.analyst)
        return True

    def _undo(self) -> None:
        entries.delete_entry(self.db, self.entry_id, analyst=self.analyst)


class MergeEntities(StoreCommand):
    """Fold one entity into another.  Not undoable: see the module docstring."""

    def __init__(self, ctx, keep_id: int, merge_id: int) -> None:
        super().__init__(ctx, "Merge entities")
        self.keep_id, self.merge_id, self.merged = keep_id, merge_id, None
        self.entry_ids = None

    def _redo(self, first: bool) -> bool:
        self.merged = entities.merge_entities(self.db, self.keep_id, self.merge_id,
                                              analyst=self.analyst)
        return False  # dropped from the stack: history keeps the record

    def _undo(self) -> None:  # pragma: no cover - never on the stack
        raise AppError("merging entities cannot be undone")


def restore_command(ctx, record: HistoryRecord) -> StoreCommand | None:
    """A command bringing back the value a history record replaced (``None``: cannot)."""
    old = record.old_value
    if record.target == "annotation" and record.field in annotations.FIELDS:
        value = annotations.value_from_history(record.field, old)
        return SetAnnotationField(ctx, [record.entry_id], record.field, value)
    if record.target == "annotation" and record.field == "tags":
        if old is not None:
            return AddTag(ctx, [record.entry_id], old)
        return RemoveTag(ctx, [record.entry_id], record.new_value)
    if record.target == "entry" and record.field in entries.EDITABLE:
        value = entries.value_from_history(record.field, old)
        return EditEntry(ctx, record.entry_id, {record.field: value})
    if record.target == "entry" and record.field == "deleted":
        if record.new_value is None:
            return RestoreEntry(ctx, record.entry_id)
        return DeleteEntries(ctx, [record.entry_id])
    if record.target == "entry" and record.field == "created":
        return DeleteEntries(ctx, [record.entry_id])
    if record.target == "source" and record.field.startswith("reliability:"):
        return SetReliability(ctx, record.field.split(":", 1)[1], old or None)
    return None
