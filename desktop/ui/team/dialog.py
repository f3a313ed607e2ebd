"""团队模式 dialog: where the team's server is, 测试连接, 迁移到服务器."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from desktop.ui.common.runner import PROGRESS, Op
from desktop.ui.common.errors import server_problem_text

SSL_MODES = ("prefer", "disable", "require", "verify-ca", "verify-full")


class TeamDialog(QDialog):
    """Saved with 确定: the connection in team.json, the password in the OS keychain."""

    def __init__(self, parent, data_dir: Path, ctx=None) -> None:
        super().__init__(parent, objectName="teamDialog")
        from desktop.services import team

        self.team, self.data_dir, self.ctx = team, Path(data_dir), ctx
        self.setWindowTitle(self.tr("团队模式"))
        intro = QLabel(self.tr("几台电脑共用一套店铺数据：数据放在办公室一台电脑或 NAS 上的 PostgreSQL 服务器里。"
                               "不填时，小店管家只用本机的数据文件。"), wordWrap=True)
        self.enabled = QCheckBox(self.tr("使用团队服务器(&U)"), objectName="teamEnableCheck")
        self.host = QLineEdit(objectName="teamHostEdit", placeholderText="192.168.1.10")
        self.port = QSpinBox(objectName="teamPortSpin", minimum=1, maximum=65535, value=5432)
        self.database = QLineEdit(objectName="teamDatabaseEdit", placeholderText="shopdesk")
        self.user = QLineEdit(objectName="teamUserEdit")
        self.password = QLineEdit(objectName="teamPasswordEdit", echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("保存在系统钥匙串中"))
        self.sslmode = QComboBox(objectName="teamSslCombo")
        self.sslmode.addItems(SSL_MODES)
        self.images = QLineEdit(objectName="teamImagesEdit", placeholderText=self.tr("例如 \\\\NAS\\shopdesk\\images"))
        browse = QPushButton(self.tr("浏览…"), objectName="teamImagesBrowse", clicked=self._browse)
        images_row = QHBoxLayout()
        images_row.addWidget(self.images)
        images_row.addWidget(browse)
        form = QFormLayout()
        for label, widget in ((self.tr("服务器地址(&H)："), self.host), (self.tr("端口(&P)："), self.port),
                              (self.tr("数据库(&D)："), self.database), (self.tr("用户名(&N)："), self.user),
                              (self.tr("密码(&W)："), self.password), (self.tr("SSL 模式："), self.sslmode)):
            form.addRow(label, widget)
        form.addRow(self.tr("共享图片文件夹(&I)："), _wrap(images_row))
        self.status = QLabel(objectName="teamStatusLabel", wordWrap=True)
        self.test_button = QPushButton(self.tr("测试连接(&T)"), objectName="teamTestButton", clicked=self.test)
        self.move_button = QPushButton(self.tr("迁移到服务器(&M)…"), objectName="teamMoveButton",
                                       clicked=self.move_up)
        self.move_button.setEnabled(ctx is not None and not getattr(ctx, "is_server", False))
        self.move_button.setToolTip(self.tr("把本机的数据复制到一个空的服务器数据库；本机文件保持不变，作为备份。"))
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addWidget(self.move_button)
        actions.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (intro, self.enabled):
            layout.addWidget(w)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        saved = self.team.load_settings(self.data_dir)
        if saved is None:
            return
        s = saved.server
        self.enabled.setChecked(saved.enabled)
        self.host.setText(s.host)
        self.port.setValue(s.port)
        self.database.setText(s.database)
        self.user.setText(s.user)
        self.sslmode.setCurrentText(s.sslmode)
        self.images.setText(s.images_dir)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择共享图片文件夹"), self.images.text())
        if chosen:
            self.images.setText(chosen)

    def config(self):
        """The typed connection, or None after saying what is missing."""
        result = Op(self, None, lambda _ctx: self.team.validate_config(
            self.host.text(), self.port.value(), self.database.text(), self.user.text(),
            self.sslmode.currentText(), self.images.text())).show_errors_in(self.status).run()
        return result.value if result.ok else None

    def _password(self, cfg) -> str | None:
        return self.password.text() or self.team.password_for(cfg)

    def test(self) -> None:
        cfg = self.config()
        if cfg is None:
            return
        self.status.setText(self.tr("正在连接…"))
        Op(self, None, lambda _ctx: self.team.test_connection(cfg, self._password(cfg))).start(
            self.tr("正在连接服务器…"), self._tested, dialog=False)

    def _tested(self, result) -> None:
        if not result.ok:
            self.status.setText(result.message)
            return
        self.status.setText(report_text(result.value))

    def save(self) -> None:
        cfg = self.config()
        if cfg is None:
            return
        settings = self.team.TeamSettings(self.enabled.isChecked(), cfg)
        if Op(self, None, lambda _ctx: self.team.save_settings(self.data_dir, settings, self.password.text() or None)
              ).show_errors_in(self.status).run():
            QMessageBox.information(self, self.tr("团队模式"), self.tr("设置已保存。重新打开小店管家后生效。"))
            self.accept()

    def move_up(self) -> None:
        from desktop import paths
        from desktop.services import move_up

        cfg = self.config()
        if cfg is None or self.ctx is None:
            return
        if QMessageBox.question(self, self.tr("迁移到服务器"), self.tr(
                "把本机的全部数据复制到服务器数据库“{db}”？\n服务器数据库必须是空的；本机文件不会被改动。").format(
                db=cfg.database)) != QMessageBox.StandardButton.Yes:
            return
        images = Path(cfg.images_dir) if cfg.images_dir else None
        db_file = getattr(self.parent(), "db_file", None) or paths.db_path(self.data_dir)
        Op(self, None, lambda _ctx, progress: move_up.move_to_server(db_file, cfg, self._password(cfg), images, progress),
           PROGRESS).start(self.tr("正在迁移到服务器…"), self._moved)

    def _moved(self, result) -> None:
        if result.ok:
            moved = result.value
            self.status.setText(self.tr("迁移完成：{tables} 张表共 {rows} 行、{images} 张图片，已逐表核对行数和校验和。"
                                        "勾选“使用团队服务器”并确定即可切换。").format(
                tables=len(moved.tables), rows=moved.rows, images=moved.images))
        else:
            self.status.setText(result.message)


def report_text(report) -> str:
    from PySide6.QtCore import QCoreApplication

    if not report.ok:
        return server_problem_text(report.kind, report.server_version if report.kind == "too_old" else report.schema_version,
                            report.supported_version)
    text = QCoreApplication.translate("team", "连接成功：PostgreSQL {version}。").format(
        version=f"{report.server_version // 10000}.{report.server_version % 10000}")
    if report.empty:
        return text + QCoreApplication.translate("team", "数据库里还没有店铺数据，可以迁移本机数据。")
    return text + QCoreApplication.translate("team", "数据库里已有小店管家数据。")


def _wrap(layout) -> QWidget:
    w = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    w.setLayout(layout)
    return w
