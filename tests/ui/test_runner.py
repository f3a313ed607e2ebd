"""The one operation runner (desktop/ui/common/runner.py): every page, panel and dialog calls services
through it, so every refusal and error reads the same and every change (refusals included) is announced."""
from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop.domain.decisions import deny
from desktop.services import changes as ch
from desktop.services import official
from desktop.services import products as psvc
from desktop.services.errors import InvalidInput, RuleRefused
from desktop.ui.common.runner import CANCELLED, PROGRESS, Op


class Host(QWidget):
    """Stands in for a page: the runner announces to the nearest ``announce_changes`` up the parents."""

    def __init__(self) -> None:
        super().__init__()
        self.announced: list[frozenset] = []

    def announce_changes(self, changes: frozenset) -> None:
        self.announced.append(changes)


@pytest.fixture
def host(qtbot):
    widget = Host()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def boxes(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    return shown


def test_success_returns_the_value_and_announces_the_changes(host, ctx, boxes):
    child = QWidget(host)  # e.g. a dialog's button: the announcement walks up to the page
    result = Op(child, ctx, lambda c, a, b=0: ch.Outcome(frozenset({ch.PRODUCTS}), a + b), 2, b=3).run()
    assert result.ok and result.value == 5 and result.changes == {ch.PRODUCTS}
    assert host.announced == [frozenset({ch.PRODUCTS})]
    assert boxes == []


def test_a_query_returns_its_value_or_the_default(host, ctx, boxes):
    assert Op(host, ctx, lambda c: [1, 2]).value_or([]) == [1, 2]
    assert Op(host, ctx, lambda c: 1 / 0).value_or("fallback") == "fallback"
    assert len(boxes) == 1 and host.announced == []


def test_r_log_1_a_refusal_is_shown_with_its_rule_and_announces_history(host, ctx, shop_id, boxes):
    bid = official.start_official_binding(ctx, shop_id, "guanfang01", "官方号").value
    official.record_official_accepted(ctx, bid)
    official.confirm_official(ctx, bid)
    result = Op(host, ctx, official.unbind_official, bid).run()  # R-OFF-4: never allowed, logged
    assert not result and result.decision is not None and result.decision.rule == "R-OFF-4"
    assert host.announced == [frozenset({ch.HISTORY})]
    title, text = boxes[0]
    assert title == "规则不允许" and "R-OFF-4" in text and "Refused" not in text


def test_an_unexpected_error_is_a_message_without_exception_name_or_traceback(host, ctx, boxes, caplog):
    def broken(_ctx):
        raise KeyError("internal detail")

    result = Op(host, ctx, broken).run()
    assert not result and isinstance(result.error, KeyError)
    title, text = boxes[0]
    assert title == "无法完成"
    for leak in ("KeyError", "internal detail", "Traceback"):
        assert leak not in text
    assert "KeyError" in caplog.text  # the details go to the log, not to the user


@pytest.mark.parametrize("fault, words", [
    (sqlite3.OperationalError("database or disk is full"), "磁盘空间不足"),
    (PermissionError(13, "Permission denied"), "没有写入权限"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "没有写入权限"),
])
def test_faults_of_the_machine_get_their_own_words(host, ctx, boxes, fault, words):
    def failing(_ctx):
        raise fault

    result = Op(host, ctx, failing).run()
    assert words in result.message and type(fault).__name__ not in result.message


def test_bad_input_and_refusals_go_to_the_dialogs_label(host, ctx, boxes):
    label = QLabel(host)

    def bad(_ctx):
        raise InvalidInput("店铺名称不能为空")

    def refused(_ctx):
        raise RuleRefused(deny("R-CH-2", "最多 {n} 个渠道号", n=5))

    assert not Op(host, ctx, bad).show_errors_in(label).run()
    assert label.text() == "店铺名称不能为空" and boxes == []
    Op(host, ctx, refused).show_errors_in(label).run()
    assert label.text() == "最多 5 个渠道号（R-CH-2）"  # the rule rendered in one place
    assert host.announced == [frozenset({ch.HISTORY})]


def test_a_long_call_runs_on_a_worker_thread_with_progress(host, ctx, boxes, qtbot):
    seen = {}

    def work(c, n, progress, cancelled):
        seen["thread"] = threading.current_thread()
        for i in range(n):
            progress(i + 1, n)
        return ch.Outcome(frozenset({ch.GMV}), n)

    op = Op(host, ctx, work, 3, PROGRESS, CANCELLED)
    steps = []
    op.progressed.connect(lambda done, total: steps.append(done))
    with qtbot.waitSignal(op.finished, timeout=10000) as blocker:
        op.start("正在处理…", object_name="testProgress")
    result = blocker.args[0]
    assert result.ok and result.value == 3
    assert seen["thread"] is not threading.main_thread()
    assert steps == [1, 2, 3]
    assert host.announced == [frozenset({ch.GMV})]


def test_cancel_stops_the_call_and_tells_nobody_in_a_box(host, ctx, boxes, qtbot):
    started = threading.Event()

    def slow(c, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise InvalidInput("导入已取消，数据没有改动。")

    op = Op(host, ctx, slow, CANCELLED)
    done = []
    op.start("正在导入…", done.append)
    assert started.wait(5)
    with qtbot.waitSignal(op.finished, timeout=10000) as blocker:
        op.cancel()
    result = blocker.args[0]
    assert result.cancelled and not result.ok and result.message == "导入已取消，数据没有改动。"
    assert boxes == [] and done == [result] and host.announced == []
    assert not op.is_running()


def test_the_worker_thread_opens_and_closes_its_own_connection(host, ctx, qtbot, monkeypatch):
    from desktop.services import history

    closes = []
    real_close = ctx.db.close
    monkeypatch.setattr(ctx.db, "close", lambda: closes.append(threading.current_thread()) or real_close())

    def read(c):
        history.list_history(c, history.HistoryFilter())
        return not c.db.is_closed()  # connected on this thread

    op = Op(host, ctx, read)
    with qtbot.waitSignal(op.finished, timeout=10000) as blocker:
        op.start("…", dialog=False)
    assert blocker.args[0].value is True
    assert len(closes) == 1 and closes[0] is not threading.main_thread()
    assert not ctx.db.is_closed()  # the UI thread's connection is untouched


def test_history_page_updates_after_a_refusal_from_any_page(qtbot, ctx, shop_id, boxes):
    """R-LOG-1: a refused attempt is in the history, and the 操作记录 page shows it at once."""
    from desktop.ui.shell.main_window import MainWindow

    from desktop.domain.products import ProductDraft

    draft = psvc.save_draft(ctx, shop_id, ProductDraft(title="样品")).value
    bid = official.start_official_binding(ctx, shop_id, "guanfang01", "官方号").value
    official.record_official_accepted(ctx, bid)
    official.confirm_official(ctx, bid)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    history_page = window.show_page("history")
    for key, op in (
        ("products", lambda page: page._run(psvc.take_offline, draft)),  # R-P-STATE: a draft is not online
        ("accounts", lambda page: Op(page.official, ctx, official.unbind_official, bid).run()),  # R-OFF-4
        ("influencers", lambda page: Op(page, ctx, psvc.take_offline, draft).run()),
    ):
        before = history_page.model.rowCount()
        result = op(window.show_page(key))
        assert not result and result.decision is not None, key
        assert history_page.model.rowCount() == before + 1, key
    assert [title for title, _ in boxes] == ["规则不允许"] * 3


def test_a_full_disk_mid_operation_names_the_data_folders_disk_in_a_whole_sentence(host, ctx, boxes):
    def failing(_ctx):
        raise sqlite3.OperationalError("database or disk is full")

    result = Op(host, ctx, failing).run()
    assert "请在数据文件夹所在的磁盘上释放空间，然后重试" in result.message and "请在 数据文件夹" not in result.message


def test_a_write_on_a_read_only_database_is_not_called_a_rule(host, ctx, boxes):
    from desktop.domain.decisions import Decision
    from desktop.domain.writable import READ_ONLY, write_decision

    def refused(_ctx):
        raise RuleRefused(write_decision(READ_ONLY))

    result = Op(host, ctx, refused).run()
    assert boxes[-1][0] == "无法完成" and "只读" in boxes[-1][1]
    assert result.decision is not None and not result.decision.rule
    assert isinstance(result.decision, Decision)
