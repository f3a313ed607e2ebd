"""CategoryPicker: search as you type, keyboard choice, lazy tree, 示例类目 label, import errors."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt

from desktop.services import catalog
from desktop.ui.products.category_picker import ID_ROLE, CategoryPicker
from tests.domain.test_categories_rules import small_tree


def type_text(edit, text: str) -> None:
    # QTest.keyClicks can't send CJK characters; insert() is what an input method does.
    for ch in text:
        edit.insert(ch)


def make(qtbot, ctx) -> CategoryPicker:
    picker = CategoryPicker(ctx)
    qtbot.addWidget(picker)
    picker.show()
    return picker


def test_search_then_keyboard_choice_emits_leaf_chosen(qtbot, ctx):
    picker = make(qtbot, ctx)
    picker.search_edit.setFocus()
    type_text(picker.search_edit, "裙")
    assert picker.stack.currentIndex() == 1
    texts = [picker.results.item(i).text() for i in range(picker.results.count())]
    assert "服饰内衣 > 女装 > 裙装 > 连衣裙" in texts and "服饰内衣 > 女装 > 裙装 > 半身裙" in texts
    target = texts.index("服饰内衣 > 女装 > 裙装 > 连衣裙")
    picker.results.setCurrentRow(0)
    for _ in range(target):
        qtbot.keyClick(picker.search_edit, Qt.Key_Down)
    assert picker.results.currentRow() == target
    with qtbot.waitSignal(picker.leaf_chosen) as signal:
        qtbot.keyClick(picker.search_edit, Qt.Key_Return)
    leaf_id = picker.results.item(target).data(ID_ROLE)
    assert signal.args == [leaf_id]
    assert picker.current_leaf() == leaf_id
    assert "服饰内衣 > 女装 > 裙装 > 连衣裙" in picker.chosen_label.text()


def test_clearing_the_search_shows_the_tree_again(qtbot, ctx):
    picker = make(qtbot, ctx)
    type_text(picker.search_edit, "咖啡豆不存在")
    assert picker.results.count() == 0 and "没有名称包含" in picker.result_count.text()
    qtbot.keyClick(picker.search_edit, Qt.Key_Escape)
    assert picker.search_edit.text() == "" and picker.stack.currentIndex() == 0


def test_tree_loads_lazily_and_only_leaves_are_chosen(qtbot, ctx):
    picker = make(qtbot, ctx)
    first = picker.tree.topLevelItem(0)
    assert first.text(0) == "服饰内衣" and first.childCount() == 0  # not loaded yet
    with qtbot.assertNotEmitted(picker.leaf_chosen):
        picker.tree.itemClicked.emit(first, 0)
    first.setExpanded(True)
    assert first.childCount() == 3
    women = first.child(0)
    women.setExpanded(True)
    dresses = women.child(0)
    dresses.setExpanded(True)
    leaf = dresses.child(0)
    with qtbot.waitSignal(picker.leaf_chosen) as signal:
        picker.tree.itemClicked.emit(leaf, 0)
    assert signal.args == [leaf.data(0, ID_ROLE)]


def test_set_current_reveals_the_leaf_without_signal(qtbot, ctx):
    picker = make(qtbot, ctx)
    leaf_id = catalog.search(ctx, "绿茶")[0].id
    with qtbot.assertNotEmitted(picker.leaf_chosen):
        picker.set_current(leaf_id)
    assert picker.current_leaf() == leaf_id
    assert picker.tree.currentItem().data(0, ID_ROLE) == leaf_id
    assert "食品饮料 > 茶叶 > 绿茶" in picker.chosen_label.text()
    picker.set_current(catalog.children(ctx, None)[0].id)  # not a leaf
    assert picker.current_leaf() is None and "不是叶子类目" in picker.message.text()


def test_sample_label_and_import(qtbot, ctx, tmp_path):
    picker = make(qtbot, ctx)
    assert picker.sample_label.isVisible() and picker.sample_label.text() == "示例类目"
    bad = tmp_path / "bad.json"
    bad.write_text('{"data": [ {"id": 1,, } ]}', encoding="utf-8")
    with qtbot.waitSignal(picker.import_finished, timeout=10000) as signal:
        picker.import_file(bad)
    ok, message = signal.args
    assert not ok and "第 1 行第 21 列" in message and "现有类目保持不变" in message
    assert picker.message.isVisible() and "第 1 行第 21 列" in picker.message.text()
    assert picker.sample_label.isVisible() and picker.tree.topLevelItemCount() >= 12

    good = tmp_path / "good.json"
    good.write_text(json.dumps({"data": small_tree()}, ensure_ascii=False), encoding="utf-8")
    with qtbot.waitSignal(picker.import_finished, timeout=10000):
        picker.import_file(good)
    assert not picker.sample_label.isVisible()
    assert [picker.tree.topLevelItem(i).text(0) for i in range(picker.tree.topLevelItemCount())] == ["服饰内衣", "食品饮料"]
    assert picker.import_button.isEnabled()


def test_closing_the_picker_during_an_import_is_safe(qtbot, ctx, tmp_path):
    from desktop.ui.common import runner as module

    good = tmp_path / "good.json"
    good.write_text(json.dumps({"data": small_tree()}, ensure_ascii=False), encoding="utf-8")
    picker = CategoryPicker(ctx)
    picker.import_file(good)
    assert len(module._RUNNING) == 1
    picker.deleteLater()
    del picker
    qtbot.waitUntil(lambda: not module._RUNNING, timeout=10000)
    assert not catalog.is_sample(ctx)  # the import itself completed
