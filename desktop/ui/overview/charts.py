"""The three 概览 charts (QtCharts), each with hover values, a 表格 toggle showing the
same numbers, and 导出图片 (PNG).

This module imports QtCharts, so the page imports it only after its first
frame is on screen: start-up does not pay for it.
"""
from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSet, QChart, QChartView, QDateTimeAxis, QHorizontalBarSeries, QLineSeries,
    QStackedBarSeries, QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter, QPen
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QHeaderView, QMessageBox, QPushButton, QStackedWidget, QTableWidget,
    QTableWidgetItem, QToolTip, QVBoxLayout, QWidget,
)

from desktop.domain import eligibility, money
from desktop.ui.overview import colors
from desktop.ui.overview.elide import ElidedLabel
from desktop.ui.common.texts import translated


def tr(text: str) -> str:
    return QCoreApplication.translate("overview", text)


def yuan(fen: int) -> float:
    return fen / 100


def _ms(day) -> float:
    return datetime.combine(day, time(12)).timestamp() * 1000


class ChartBox(QWidget):
    """A chart with its title, a 表格 toggle and 导出图片; ``fill`` sets both views from one list of rows."""

    exported = Signal(str)

    def __init__(self, name: str, title: str, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.chart = QChart()
        self.chart.setDropShadowEnabled(False)
        self.chart.setTitle(title)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.view = QChartView(self.chart, objectName=f"{name}View")
        # Bars are axis-aligned rectangles; only the share curve needs antialiasing (see ShareChart).
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.view.setMinimumHeight(300)
        self.table = QTableWidget(0, len(headers), objectName=f"{name}Table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.table)
        self.toggle = QPushButton(tr("表格"), objectName=f"{name}TableToggle", checkable=True)
        self.toggle.setToolTip(tr("在图表和同样数字的表格之间切换"))
        self.toggle.toggled.connect(lambda on: self.stack.setCurrentIndex(1 if on else 0))
        self.export_button = QPushButton(tr("导出图片…"), objectName=f"{name}ExportButton")
        self.export_button.clicked.connect(self._ask_export)
        bar = QHBoxLayout()
        heading = ElidedLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        bar.addWidget(heading, 1)
        bar.addWidget(self.toggle)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.rows: list[tuple] = []

    def apply_palette(self) -> None:
        dark = colors.is_dark(self.palette())
        theme = QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        if self.chart.theme() != theme:
            self.chart.setTheme(theme)
            # The themes' drop shadow costs more to paint than all the bars together.
            self.chart.setDropShadowEnabled(False)
        self.chart.setBackgroundBrush(self.palette().base())
        text = colors.text_color(self.palette())
        self.chart.setTitleBrush(text)
        self.chart.legend().setLabelColor(text)
        for axis in self.chart.axes():
            axis.setLabelsColor(text)
            axis.setGridLineColor(colors.grid_color(self.palette()))

    def fill_table(self, rows: list[tuple]) -> None:
        self.rows = rows
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.table.setUpdatesEnabled(False)  # one repaint for the whole table, not one per cell
        self.table.clearContents()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                if c:
                    item.setTextAlignment(right)
                self.table.setItem(r, c, item)
        self.table.setUpdatesEnabled(True)

    def reset_chart(self) -> None:
        """Empty the chart and set its theme first: a theme set later would repaint the series' colours."""
        self.apply_palette()
        self.chart.removeAllSeries()  # the axes stay: removed axes keep their labels drawn until deleted

    def axis(self, name: str, make, align) -> object:
        """The chart's axis called ``name``, made and added on first use."""
        axis = getattr(self, name, None)
        if axis is None:
            axis = make()
            self.chart.addAxis(axis, align)
            setattr(self, name, axis)
        return axis

    def export_png(self, path: str) -> bool:
        """The chart as a PNG, at its on-screen size (the table's numbers are in the chart's hover)."""
        if self.stack.currentIndex() == 1:
            return self.table.grab().save(path, "PNG")
        return self.view.grab().save(path, "PNG")

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("导出图片"), f"{self.objectName()}.png", tr("PNG 图片 (*.png)"))
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if self.export_png(path):
            self.exported.emit(path)
        else:
            QMessageBox.warning(self, tr("导出图片"), tr("无法写入图片文件，请换一个文件夹再试。"))

    @staticmethod
    def tip(text: str) -> None:
        QToolTip.showText(QCursor.pos(), text)


class DailyChart(ChartBox):
    """Daily influencer GMV for this shop (or all shops), stacked: self-operated vs others."""

    def __init__(self, parent=None) -> None:
        super().__init__("overviewChartDaily", tr("每日达人 GMV（元）"),
                         [tr("日期"), tr("自营账号"), tr("其他达人"), tr("合计")], parent)

    def set_points(self, points) -> None:
        self.reset_chart()
        own, others = QBarSet(tr("自营账号")), QBarSet(tr("其他达人"))
        own.setColor(QColor(colors.SELF))
        others.setColor(QColor(colors.OTHERS))
        own.setBorderColor(QColor(colors.SELF))
        others.setBorderColor(QColor(colors.OTHERS))
        own.append([yuan(p.self_fen) for p in points])  # one call per set, not one per day
        others.append([yuan(p.others_fen) for p in points])
        series = QStackedBarSeries()
        series.append(own)
        series.append(others)
        series.setBarWidth(0.9)
        self.chart.addSeries(series)
        # One category per day (bars need them) with its labels hidden: 90 labels cannot fit.
        # A date axis over the same days carries readable ticks.
        axis_x = self.axis("axis_days", QBarCategoryAxis, Qt.AlignmentFlag.AlignBottom)
        axis_x.clear()
        axis_x.append([p.day.isoformat() for p in points] or [" "])
        axis_x.setLabelsVisible(False)
        axis_x.setGridLineVisible(False)
        dates = self.axis("axis_dates", QDateTimeAxis, Qt.AlignmentFlag.AlignBottom)
        dates.setFormat("MM-dd")
        dates.setTickCount(6)
        dates.setGridLineVisible(False)
        if points:
            dates.setRange(datetime.combine(points[0].day, time(0)), datetime.combine(points[-1].day, time(23, 59)))
        axis_y = self.axis("axis_value", QValueAxis, Qt.AlignmentFlag.AlignLeft)
        axis_y.setLabelFormat("%.0f")
        top = max((yuan(p.total_fen) for p in points), default=0)
        axis_y.setRange(0, top * 1.05 or 1)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self.points = list(points)

        def hovered(status: bool, index: int, barset) -> None:
            if status and 0 <= index < len(self.points):
                p = self.points[index]
                self.tip(tr("{day}\n自营账号 {own} 元\n其他达人 {others} 元\n合计 {total} 元").format(
                    day=p.day.isoformat(), own=money.format_fen(p.self_fen), others=money.format_fen(p.others_fen),
                    total=money.format_fen(p.total_fen)))
            else:
                QToolTip.hideText()

        series.hovered.connect(hovered)
        self.apply_palette()
        self.fill_table([(p.day.isoformat(), money.format_fen(p.self_fen), money.format_fen(p.others_fen),
                          money.format_fen(p.total_fen)) for p in points])


class ShareChart(ChartBox):
    """The self-operated accounts' 30-day share, day by day, against the 50% line (R-SELF-1)."""

    def __init__(self, parent=None) -> None:
        super().__init__("overviewChartShare", tr("自营账号近30天本店 GMV 占比"),
                         [tr("日期"), tr("占比"), tr("本店 GMV（元）"), tr("总 GMV（元）")], parent)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)

    def set_points(self, points, threshold_bp: int) -> None:
        self.reset_chart()
        share = QLineSeries(name=tr("自营占比"))
        line = QLineSeries(name=tr("50% 线"))
        share.setPen(QPen(QColor(colors.SHARE), 2.5))
        line.setPen(QPen(QColor(colors.LINE_50), 1.5, Qt.PenStyle.DashLine))
        share.replace([QPointF(_ms(p.day), p.share_bp / 100) for p in points if p.share_bp is not None])
        if points:
            line.replace([QPointF(_ms(points[0].day), threshold_bp / 100),
                          QPointF(_ms(points[-1].day), threshold_bp / 100)])
        self.chart.addSeries(share)
        self.chart.addSeries(line)
        axis_x = self.axis("axis_dates", QDateTimeAxis, Qt.AlignmentFlag.AlignBottom)
        axis_x.setFormat("MM-dd")
        axis_x.setTickCount(min(8, max(2, len(points))))
        if points:
            axis_x.setRange(datetime.combine(points[0].day, time(12)), datetime.combine(points[-1].day, time(12)))
        axis_y = self.axis("axis_value", QValueAxis, Qt.AlignmentFlag.AlignLeft)
        axis_y.setRange(0, 100)
        axis_y.setLabelFormat("%.0f%%")
        for s in (share, line):
            s.attachAxis(axis_x)
            s.attachAxis(axis_y)
        self.points = list(points)
        by_ms = {round(_ms(p.day)): p for p in points}

        def hovered(point, state: bool) -> None:
            if not state or not self.points:
                QToolTip.hideText()
                return
            near = min(by_ms, key=lambda k: abs(k - point.x()))
            p = by_ms[near]
            self.tip(tr("{day}：自营占比 {share}（50% 线）").format(
                day=p.day.isoformat(), share=eligibility.share_text(p.share_bp)))

        share.hovered.connect(hovered)
        self.apply_palette()
        self.fill_table([(p.day.isoformat(), eligibility.share_text(p.share_bp), money.format_fen(p.shop_fen),
                          money.format_fen(p.total_fen)) for p in points])


class TopChart(ChartBox):
    """The 10 influencers with the most GMV for the shop(s) over the last 30 days."""

    def __init__(self, parent=None) -> None:
        super().__init__("overviewChartTop", tr("近30天本店 GMV 前10名达人（元）"),
                         [tr("达人"), tr("本店 GMV（元）"), tr("本店占比"), tr("自营")], parent)

    def set_rows(self, top) -> None:
        self.reset_chart()
        rows = list(reversed(top))  # horizontal bars draw bottom-up: best at the top
        bars = QBarSet(tr("本店 GMV"))
        bars.setColor(QColor(colors.OTHERS))
        bars.append([yuan(t.shop_fen) for t in rows])
        series = QHorizontalBarSeries()
        series.append(bars)
        self.chart.addSeries(series)
        axis_y = self.axis("axis_names", QBarCategoryAxis, Qt.AlignmentFlag.AlignLeft)
        axis_y.clear()
        axis_y.append([f"{i}. {t.label.split('（')[0][:8]}{'★' if t.self_operated else ''}"
                       for i, t in zip(range(len(rows), 0, -1), rows)] or [" "])
        small = axis_y.labelsFont()
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.8))
        axis_y.setLabelsFont(small)
        axis_x = self.axis("axis_value", QValueAxis, Qt.AlignmentFlag.AlignBottom)
        axis_x.setLabelFormat("%.0f")
        axis_x.setTickCount(3)
        axis_x.setRange(0, max((yuan(t.shop_fen) for t in rows), default=0) * 1.05 or 1)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        self.chart.legend().setVisible(False)
        self.top = list(top)

        def hovered(status: bool, index: int) -> None:
            if status and 0 <= index < len(rows):
                t = rows[index]
                self.tip(tr("{name}\n本店 GMV {fen} 元，占其总 GMV {share}{own}").format(
                    name=translated(t.label), fen=money.format_fen(t.shop_fen), share=eligibility.share_text(t.share_bp),
                    own=tr("（自营）") if t.self_operated else ""))
            else:
                QToolTip.hideText()

        bars.hovered.connect(hovered)
        self.apply_palette()
        self.fill_table([(translated(t.label), money.format_fen(t.shop_fen), eligibility.share_text(t.share_bp),
                          tr("是") if t.self_operated else "") for t in top])


class ChartsPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewCharts")
        self.daily = DailyChart(self)
        self.share = ShareChart(self)
        self.top = TopChart(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in (self.daily, self.share, self.top):
            layout.addWidget(box, 1)

    def boxes(self):
        return (self.daily, self.share, self.top)

    def set_charts(self, charts) -> None:
        self.daily.set_points(charts.daily)
        self.share.set_points(charts.share, charts.threshold_bp)
        self.top.set_rows(charts.top)
