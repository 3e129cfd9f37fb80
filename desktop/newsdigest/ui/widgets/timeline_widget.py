"""Events per day (or per month over long spans) as bars; clicking a bar filters."""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

MAX_DAYS = 120  # above this many distinct days, bars are months


class TimelineWidget(QWidget):
    #: A bar was clicked: its date ("YYYY-MM-DD") or month ("YYYY-MM").
    bar_clicked = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.bars: list[tuple[str, int]] = []
        self.selected: str | None = None

    def set_points(self, points: list[tuple[str, int]]) -> None:
        """(ISO date, number of events) pairs in date order."""
        if len(points) > MAX_DAYS:
            months: Counter = Counter()
            for day, n in points:
                months[day[:7]] += n
            self.bars = sorted(months.items())
        else:
            self.bars = [(d, n) for d, n in points]
        self.update()

    def _geometry(self):
        margin_l, margin_b, margin_t = 40, 36, 22
        width = max(1, self.width() - margin_l - 12)
        height = max(1, self.height() - margin_b - margin_t)
        step = width / max(1, len(self.bars))
        return margin_l, margin_t, width, height, step

    def bar_at(self, x: float) -> str | None:
        left, _top, _w, _h, step = self._geometry()
        i = int((x - left) // step) if x >= left else -1
        return self.bars[i][0] if 0 <= i < len(self.bars) else None

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        if not self.bars:
            p.setPen(pal.placeholderText().color())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                       "No dated events under the current filter.\n"
                       "Events get a date when the article says when they happened.")
            return
        left, top, width, height, step = self._geometry()
        peak = max(n for _, n in self.bars)
        p.setPen(pal.text().color())
        p.drawText(QRectF(0, top - 6, left - 6, 14), Qt.AlignmentFlag.AlignRight, str(peak))
        unit = "month" if len(self.bars[0][0]) == 7 else "day"
        p.setPen(pal.placeholderText().color())
        p.drawText(QRectF(left, 0, width, 16), Qt.AlignmentFlag.AlignRight,
                   f"Events per {unit} – click a bar to list them")
        p.setPen(pal.text().color())
        p.drawLine(left, top + height, left + width, top + height)
        label_every = max(1, int(70 // max(step, 1)))
        for i, (day, n) in enumerate(self.bars):
            h = height * n / peak
            bar = max(1.0, min(step * 0.7, 48.0))
            rect = QRectF(left + i * step + (step - bar) / 2, top + height - h, bar, h)
            color = QColor("#d9822b" if day != self.selected else "#a0522d")
            p.fillRect(rect, color)
            if i % label_every == 0:
                p.setPen(pal.text().color())
                p.drawText(QRectF(left + i * step - 30, top + height + 4, step + 60, 16),
                           Qt.AlignmentFlag.AlignHCenter, day)

    def mouseMoveEvent(self, event) -> None:
        day = self.bar_at(event.position().x())
        if day is not None:
            n = dict(self.bars)[day]
            QToolTip.showText(event.globalPosition().toPoint(),
                              f"{day}: {n} event{'s' * (n != 1)} – click to show them", self)

    def mousePressEvent(self, event) -> None:
        day = self.bar_at(event.position().x())
        if day is not None:
            self.selected = day
            self.update()
            self.bar_clicked.emit(day)
