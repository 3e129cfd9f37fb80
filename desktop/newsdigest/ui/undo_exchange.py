"""Undo commands for annotation files: importing one, settling its conflicts.

Like every command in ``ui/undo_commands.py``, ``redo()`` writes through the
store (committed at once, logged in history) and ``undo()`` writes back.
"""
from __future__ import annotations

from newsdigest.domain.models import plural
from newsdigest.exchange import CREATED, ExchangeReport, import_annotations
from newsdigest.store import annotations, articles, conflicts, entries
from newsdigest.ui.undo_commands import StoreCommand


class ResolveConflicts(StoreCommand):
    """Apply the analyst's choices for imported conflicts; undo lets them wait again."""

    def __init__(self, ctx, choices: dict[int, str]) -> None:
        super().__init__(ctx, f"Resolve {plural(len(choices), 'conflict')}")
        self.choices = dict(choices)

    def _redo(self, first: bool) -> bool:
        ids = []
        for conflict_id, choice in self.choices.items():
            done = conflicts.resolve(self.db, conflict_id, choice, self.analyst)
            ids.append(done.entry_id)
        self.entry_ids = None if None in ids else ids
        return bool(self.choices)

    def _undo(self) -> None:
        for conflict_id in reversed(list(self.choices)):
            conflicts.reopen(self.db, conflict_id, self.analyst)


class ImportAnnotations(StoreCommand):
    """Merge another analyst's annotation file; undo reverts what it applied.

    ``report`` is an import already made (on the worker, with its own
    connection): the first redo then only takes it onto the stack, and undo and
    redo replay its changes through ``ctx.db`` as usual.
    """

    def __init__(self, ctx, path: str, *, report: ExchangeReport | None = None) -> None:
        super().__init__(ctx, "Import annotations")
        self.path = path
        self.report = report or ExchangeReport()
        self._imported = report is not None
        self.entry_ids = None

    def _redo(self, first: bool) -> bool:
        if first:
            if not self._imported:
                self.report = import_annotations(self.db, self.path, analyst=self.analyst)
            return bool(self.report.changes)
        for change in self.report.changes:
            self._write(change, change.new, adding=True)
        conflicts.withdraw(self.db, self._new_conflicts(), back=True)
        return True

    def _undo(self) -> None:
        for change in reversed(self.report.changes):
            self._write(change, change.old, adding=False)
        # Conflicts this import raised go with it (those already waiting stay).
        conflicts.withdraw(self.db, self._new_conflicts())

    def _new_conflicts(self) -> list[int]:
        return [c.id for c in self.report.conflicts if not c.repeated and c.id is not None]

    def _write(self, change, value, *, adding: bool) -> None:
        if change.field == CREATED:  # the same row comes back, so later changes find it
            made = entries.restore_entry if adding else entries.delete_entry
            made(self.db, change.entry_id, analyst=self.analyst)
        elif change.field == "tags":
            tag_change = annotations.add_tag if adding else annotations.remove_tag
            tag_change(self.db, [change.entry_id], change.new, analyst=self.analyst)
        elif change.field.startswith(conflicts.RELIABILITY_PREFIX):
            outlet = change.field[len(conflicts.RELIABILITY_PREFIX):]
            articles.set_reliability(self.db, outlet, value, analyst=self.analyst)
        else:
            annotations.set_field(self.db, change.entry_id, change.field, value,
                                  analyst=self.analyst)
