"""团队模式 dialog: saving keeps the password in the keychain only; 测试连接 says
why a server can't be used (issue 12). Runs without a server."""
from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from desktop.ui.team.dialog import TeamDialog
from tests.memory_keyring import install

SECRET = "dian-pu-Mima-9"


def _fill(dlg, host="nas.local", db="shopdesk"):
    dlg.host.setText(host)
    dlg.port.setValue(5432)
    dlg.database.setText(db)
    dlg.user.setText("operator")
    dlg.password.setText(SECRET)


def test_save_keeps_the_password_out_of_files(qtbot, data_dir, monkeypatch):
    ring = install()
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    dlg = TeamDialog(None, data_dir)
    qtbot.addWidget(dlg)
    _fill(dlg)
    dlg.enabled.setChecked(True)
    dlg.images.setText("/mnt/nas/images")
    dlg.save()
    saved = json.loads((data_dir / "team.json").read_text(encoding="utf-8"))
    assert saved["enabled"] is True and saved["server"]["host"] == "nas.local"
    assert SECRET not in (data_dir / "team.json").read_text(encoding="utf-8")
    assert list(ring.items.values()) == [SECRET]
    again = TeamDialog(None, data_dir)  # the settings come back, the password stays in the keychain
    qtbot.addWidget(again)
    assert again.host.text() == "nas.local" and again.enabled.isChecked() and again.password.text() == ""


def test_missing_fields_are_named(qtbot, data_dir):
    dlg = TeamDialog(None, data_dir)
    qtbot.addWidget(dlg)
    dlg.test()
    assert "服务器地址" in dlg.status.text()


def test_unreachable_server_is_said_plainly(qtbot, data_dir, tmp_path):
    install()
    dlg = TeamDialog(None, data_dir)
    qtbot.addWidget(dlg)
    _fill(dlg, host=str(tmp_path / "no-server-here"))
    dlg.test()
    qtbot.waitUntil(lambda: "无法连接到服务器" in dlg.status.text() or "没有安装" in dlg.status.text(), timeout=15000)
    dlg.grab().save(str(tmp_path / "team_dialog.png"))


def test_unreachable_team_server_at_start_falls_back_to_this_computer(qtbot, data_dir, tmp_path, monkeypatch, capsys):
    from desktop import paths
    from desktop.services import team
    from desktop.ui.shell import application

    install()
    cfg = team.validate_config(str(tmp_path / "gone"), 5432, "shopdesk", "operator")
    team.save_settings(data_dir, team.TeamSettings(True, cfg))
    assert application.team_settings(data_dir) is not None
    monkeypatch.setattr(application, "NON_INTERACTIVE", True)
    from PySide6.QtWidgets import QApplication

    controller = application.Controller(QApplication.instance(), data_dir, True)
    ctx = controller._open_database(paths.db_path(data_dir), False)
    try:
        assert ctx is not None and not ctx.is_server
        assert "无法连接到服务器" in capsys.readouterr().err
    finally:
        ctx.db.close()
