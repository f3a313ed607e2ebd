"""Dark mode (issue 10): meaning-carrying colours come from desktop/ui/common/colors.py only."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The palette itself (colors, theme) and the overview charts' own series colours, chosen for both modes.
ALLOWED = {"desktop/ui/common/colors.py", "desktop/ui/common/theme.py", "desktop/ui/overview/colors.py",
           "desktop/ui/accounts/official_bind_dialog.py"}  # a QR-code placeholder: black on white by nature


def test_no_hard_coded_colour_outside_the_palette_module():
    offenders = []
    for path in (ROOT / "desktop" / "ui").rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        if rel in ALLOWED:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"#[0-9a-fA-F]{6}\b", line):
                offenders.append(f"{rel}:{n}: {line.strip()}")
    assert offenders == []
