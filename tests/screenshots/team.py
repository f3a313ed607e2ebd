"""Screenshot of the 团队模式 dialog (docs/screenshots/team_dialog.png).

Run from the repository root: `python tests/screenshots/team.py` (offscreen)."""
import tempfile
from pathlib import Path

import shots

shots.prepare(force_offscreen=True, chdir=True)
ROOT = shots.ROOT
from PySide6.QtWidgets import QApplication  # noqa: E402

app = QApplication([])
from desktop.ui.team.dialog import TeamDialog  # noqa: E402
from tests.memory_keyring import install  # noqa: E402

install()
d = Path(tempfile.mkdtemp())
dlg = TeamDialog(None, d)
dlg.enabled.setChecked(True)
dlg.host.setText("127.0.0.1")  # only localhost: nothing listens on port 1
dlg.port.setValue(1)
dlg.database.setText("shopdesk")
dlg.user.setText("shopdesk")
dlg.password.setText("secret")
dlg.images.setText(r"\\NAS\shopdesk\images")
dlg.test()
for _ in range(200):
    app.processEvents()
    if "正在连接" not in dlg.status.text():
        break
    import time

    time.sleep(0.05)
dlg.resize(560, dlg.sizeHint().height())
dlg.show()
app.processEvents()
dlg.grab().save("docs/screenshots/team_dialog.png")
