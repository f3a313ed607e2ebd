from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop import __version__


def show_about(parent, data_dir, db_file) -> None:
    box = QMessageBox(parent)
    box.setObjectName("aboutDialog")
    box.setWindowTitle(parent.tr("关于小店管家"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(
        parent.tr(
            "<h3>小店管家 ShopDesk {version}</h3>"
            "<p>抖店账号与商品的本地管理工具：所有数据只保存在这台电脑上。</p>"
            "<p>数据文件夹：<br><code>{data_dir}</code></p>"
            "<p>数据库文件：<br><code>{db}</code></p>"
        ).format(version=__version__, data_dir=data_dir, db=db_file)
    )
    box.exec()
