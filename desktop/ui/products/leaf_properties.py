"""The editor's 类目属性 from the 抖店开放平台 (issue 13).

When the shop is connected (平台连接) and the chosen leaf's cached properties
are missing or older than a week, ``platform_catalog.leaf_properties`` fetches
them on a worker thread (the editor stays usable, the fields shown meanwhile
are the cached or local ones). The fetched properties replace the leaf's local
attributes, so the attribute fields and the rule checks (required, options)
use them. A label under 基本信息 says where the properties come from: the
platform (with the fetch date), the cache (date) or the local category tree,
and why a fetch failed.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject

from desktop.services import platform_catalog
from desktop.ui.common.runner import Op, Result


def tr(text: str) -> str:
    return QCoreApplication.translate("LeafProperties", text)


def _when(iso: str) -> str:
    """A cache date in local time, to the minute."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def _fallback(fetched_at: str | None) -> str:
    if fetched_at:
        return tr("现在使用缓存的类目属性（{when} 从抖店获取）。").format(when=_when(fetched_at))
    return tr("现在使用本地类目树中的类目属性。")


class LeafProperties(QObject):
    """Fetches a leaf's properties for ``editor`` and tells its basic tab where they come from.

    ``editor`` has ``ctx``, ``shop_id``, ``basic`` (set_attribute_source), ``current_category()``
    and ``properties_arrived(category_id)``.
    """

    def __init__(self, editor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.op: Op | None = None
        self._wanted: int | None = None

    def want(self, category_id: int | None) -> None:
        self._wanted = category_id
        basic = self.editor.basic
        if category_id is None:
            basic.set_attribute_source("")
            return
        source = Op(self.editor, self.editor.ctx, platform_catalog.property_source, self.editor.shop_id,
                    category_id).quiet().run()
        if not source.ok:
            basic.set_attribute_source(source.message, error=True)
            return
        src = source.value
        if not src.connected:
            text = (tr("类目属性来自缓存（{when} 从抖店获取）；本店未连接抖店，不会更新。").format(when=_when(src.fetched_at))
                    if src.fetched_at else tr("类目属性来自本地类目树（本店未连接抖店）。"))
            basic.set_attribute_source(text)
        elif src.fresh:
            basic.set_attribute_source(tr("类目属性来自抖店（{when} 获取）。").format(when=_when(src.fetched_at)))
        else:
            self._fetch(category_id, src.fetched_at)

    def _fetch(self, category_id: int, fetched_at: str | None) -> None:
        self.editor.basic.set_attribute_source(tr("正在从抖店获取类目属性…（先显示{source}）").format(
            source=tr("缓存的属性") if fetched_at else tr("本地类目树的属性")), busy=True)
        self.op = Op(self.editor, self.editor.ctx, platform_catalog.leaf_properties, self.editor.shop_id,
                     category_id, refresh=True).quiet()
        self.op.start(tr("获取类目属性"), lambda result: self._done(category_id, fetched_at, result), dialog=False)

    def _done(self, category_id: int, fetched_at: str | None, result: Result) -> None:
        if category_id != self._wanted:
            return  # another leaf was chosen meanwhile: its own fetch or label tells
        basic = self.editor.basic
        if result.ok:
            self.editor.properties_arrived(category_id)
            source = Op(self.editor, self.editor.ctx, platform_catalog.property_source, self.editor.shop_id,
                        category_id).quiet().run()
            when = _when(source.value.fetched_at) if source.ok and source.value.fetched_at else ""
            basic.set_attribute_source(tr("类目属性来自抖店（{when} 获取）。").format(when=when))
        else:
            basic.set_attribute_source(tr("无法从抖店获取类目属性：{message}").format(message=result.message)
                                       + "\n" + _fallback(fetched_at), error=True)

    def wait(self) -> None:
        """Let a running fetch end (the editor closing)."""
        if self.op is not None:
            self.op.wait()
