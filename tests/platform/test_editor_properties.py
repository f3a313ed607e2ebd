"""The product editor's 类目属性 from the 抖店开放平台 (issue 13, R-P-ATTR)."""
from __future__ import annotations

from PySide6.QtCore import QTimer

from desktop.services import platform_catalog, shops
from desktop.ui.products.editor import ProductEditor

OLD = "2026-01-01T00:00:00+00:00"


def _leaf(fake) -> int:
    return fake.state.data.leaves()[0]["id"]


def _editor(qtbot, ctx, shop_id):
    editor = ProductEditor(ctx, shop_id)
    qtbot.addWidget(editor)
    return editor


def _source(editor) -> str:
    return editor.basic.attr_source.text()


def test_connected_editor_fetches_properties_without_freezing(qtbot, ctx, connected, fake):
    """R-P-ATTR: the platform's required property and its options drive the fields and the checks."""
    platform_catalog.pull_categories(ctx, connected)
    leaf = _leaf(fake)
    editor = _editor(qtbot, ctx, connected)
    fake.state.timeout_delay = 1.0
    fake.state.inject("timeout", "product.getCatePropertyV2")  # a slow answer (1 s), then the data
    ticks = []
    timer = QTimer(interval=50)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    editor.picker.leaf_chosen.emit(leaf)
    assert "正在从抖店获取" in _source(editor)
    qtbot.waitUntil(lambda: "来自抖店" in _source(editor), timeout=15000)
    timer.stop()
    assert len(ticks) >= 5  # the event loop ran while the request was out
    attr, _ = editor.basic.attr_inputs["1687"]
    assert attr.name == "品牌" and attr.required and attr.options == ["无品牌", "小店自有"]
    assert any("品牌" in e.message for e in editor.errors)  # required: an error until chosen
    calls = fake.state.method_calls("product.getCatePropertyV2")
    editor.picker.leaf_chosen.emit(leaf)  # fresh cache: no second request
    assert "来自抖店" in _source(editor)
    assert fake.state.method_calls("product.getCatePropertyV2") == calls


def test_failed_fetch_says_why_and_uses_the_cache(qtbot, ctx, connected, fake):
    platform_catalog.pull_categories(ctx, connected)
    leaf = _leaf(fake)
    platform_catalog.leaf_properties(ctx, connected, leaf)
    ctx.db.execute_sql("UPDATE platform_property_cache SET fetched_at = ?", (OLD,))  # older than a week
    fake.state.inject("malformed", "product.getCatePropertyV2")
    editor = _editor(qtbot, ctx, connected)
    editor.picker.leaf_chosen.emit(leaf)
    qtbot.waitUntil(lambda: "无法从抖店获取" in _source(editor), timeout=15000)
    assert "JSON" in _source(editor) and "缓存" in _source(editor) and "2026-01-01" in _source(editor)
    assert "1687" in editor.basic.attr_inputs  # the cached properties are still used


def test_not_connected_editor_says_which_properties_it_uses(qtbot, ctx, connected, fake):
    platform_catalog.pull_categories(ctx, connected)
    leaf = _leaf(fake)
    other = shops.create_shop(ctx, "没连接的店", "5550001", False).value
    editor = _editor(qtbot, ctx, other)
    editor.picker.leaf_chosen.emit(leaf)
    assert "本地类目树" in _source(editor) and "未连接" in _source(editor)
    platform_catalog.leaf_properties(ctx, connected, leaf)
    calls = fake.state.method_calls("product.getCatePropertyV2")
    editor = _editor(qtbot, ctx, other)
    editor.picker.leaf_chosen.emit(leaf)
    assert "缓存" in _source(editor) and "未连接" in _source(editor)
    assert fake.state.method_calls("product.getCatePropertyV2") == calls
    assert "1687" in editor.basic.attr_inputs
