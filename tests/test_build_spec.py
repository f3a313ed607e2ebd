"""build.spec and the resource helper, checked cheaply (issue 5).

The real freeze runs in .ci/run (`pyinstaller build.spec`, then the bundle's
--self-test). Here build.spec is executed with stand-ins for PyInstaller's
Analysis/EXE/COLLECT/BUNDLE, once per platform branch, to check what it would
ask PyInstaller for: names, version, icons, Info.plist, Windows version resource,
bundled resources, and which Qt files it drops.
"""
from __future__ import annotations

import re
import sys
import types
from pathlib import Path

import pytest

import desktop
from desktop import paths

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"


class Recorder:
    """Stands in for one PyInstaller build target and keeps its arguments."""

    made: list = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        Recorder.made.append(self)


class FakeAnalysis(Recorder):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.pure, self.scripts = [], []
        self.binaries = [
            ("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY"),
            ("PySide6/Qt/lib/libQt6Sql.so.6", "/x/libQt6Sql.so.6", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqwayland.so", "/x/libqwayland.so", "BINARY"),
        ]
        # Analysis turns (source, folder) pairs into (destination, source, kind) entries.
        self.datas = [*((f"{folder}/{Path(src).name}", src, "DATA") for src, folder in kwargs["datas"]),
                      ("libQt6Sql.so.6", "PySide6/Qt/lib/libQt6Sql.so.6", "SYMLINK"),
                      ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK")]


def fake_get_imports(src):
    return {"/x/libQt6Core.so.6": set(), "/x/libqxcb.so": {("libQt6Core.so.6", None)}}.get(src, set())


def real_versioninfo(monkeypatch) -> types.ModuleType:
    """PyInstaller's own version-resource classes. They import Windows-only
    helpers at the top but build and serialise resources on any OS."""
    pytest.importorskip("PyInstaller")
    import PyInstaller.compat

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    import PyInstaller.utils.win32.versioninfo as versioninfo

    return versioninfo


def run_spec(monkeypatch, platform: str, spec_argv=()) -> dict:
    """Execute build.spec as PyInstaller would on `platform`; return its globals."""
    if platform == "win32":
        real_versioninfo(monkeypatch)  # imported before sys.platform lies
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "argv", [str(SPEC), *spec_argv])
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = fake_get_imports
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", bindepend)
    Recorder.made = []
    names = {"SPECPATH": str(ROOT), "workpath": str(ROOT / "build" / "spec-test"), "__name__": "__main__", "Analysis": FakeAnalysis,
             "PYZ": Recorder, "EXE": Recorder, "COLLECT": Recorder, "BUNDLE": Recorder}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), names)
    return names


def test_linux_build_is_one_folder_windowed_app_named_from_the_package(monkeypatch):
    spec = run_spec(monkeypatch, "linux")
    exe, coll = spec["exe"], spec["coll"]
    assert exe.kwargs["name"] == coll.kwargs["name"] == desktop.APP_NAME == "ShopDesk"
    assert exe.kwargs["exclude_binaries"] is True  # one folder, not one file
    assert exe.kwargs["console"] is False
    assert exe.kwargs["version"] is None  # Windows only
    assert "app" not in spec  # no .app outside macOS
    assert spec["a"].args[0] == [str(ROOT / "desktop" / "__main__.py")]


def test_linux_build_drops_unused_qt_and_links_to_what_it_dropped(monkeypatch):
    spec = run_spec(monkeypatch, "linux")
    kept = {dest for dest, _src, _kind in (*spec["a"].binaries, *spec["a"].datas)}
    assert "PySide6/Qt/lib/libQt6Core.so.6" in kept and "libQt6Core.so.6" in kept
    assert "PySide6/Qt/plugins/platforms/libqxcb.so" in kept
    assert "PySide6/Qt/lib/libQt6Sql.so.6" not in kept
    assert "libQt6Sql.so.6" not in kept  # its top-level link went with it
    assert "PySide6/Qt/plugins/platforms/libqwayland.so" not in kept


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_every_bundle_carries_team_mode_and_a_keychain(monkeypatch, platform):
    """Issue 12/13: psycopg (binary, with libpq) and keyring on every platform; on Linux
    also Secret Service's secretstorage, jeepney and cryptography (never excluded)."""
    spec = run_spec(monkeypatch, platform)
    hidden, excluded = spec["a"].kwargs["hiddenimports"], spec["a"].kwargs["excludes"]
    assert {"psycopg", "psycopg_binary", "keyring"} <= set(hidden)
    assert not {"psycopg", "psycopg_binary", "cryptography", "secretstorage", "jeepney"} & set(excluded)
    assert ("secretstorage" in hidden and "jeepney" in hidden) is (platform == "linux")


def test_models_loaded_by_name_are_bundled(monkeypatch):
    """store.models loads its model modules by name on first use; the frozen self-test failed
    with ModuleNotFoundError until build.spec named them."""
    from desktop.store import models

    hidden = set(run_spec(monkeypatch, "linux")["a"].kwargs["hiddenimports"])
    assert {f"desktop.store.models.{area}" for area in models._AREAS} <= hidden


def test_resources_are_bundled_without_their_sources(monkeypatch):
    datas = run_spec(monkeypatch, "linux")["a"].kwargs["datas"]
    bundled = {(Path(src).relative_to(ROOT).as_posix(), dest) for src, dest in datas}
    for icon in ("shopdesk.png", "shopdesk.ico", "shopdesk.icns"):
        assert (f"resources/icons/{icon}", "resources/icons") in bundled
    assert not [src for src, _ in bundled if src.endswith((".py", ".ts"))]
    # Everything a user needs under resources/ (categories, translations, ...) goes along.
    wanted = {p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*")
              if p.is_file() and p.suffix not in {".py", ".pyc", ".ts"} and "__pycache__" not in p.parts}
    assert wanted | {"docs/rules.md"} == {src for src, _ in bundled}  # the rules are the in-app help


def test_macos_bundle_has_identifier_version_and_high_dpi(monkeypatch):
    spec = run_spec(monkeypatch, "darwin")
    app = spec["app"]
    plist = app.kwargs["info_plist"]
    assert app.kwargs["name"] == "ShopDesk.app"
    assert re.fullmatch(r"[a-z]+(\.[A-Za-z0-9-]+)+", app.kwargs["bundle_identifier"])
    assert plist["CFBundleIdentifier"] == app.kwargs["bundle_identifier"]
    assert app.kwargs["version"] == plist["CFBundleShortVersionString"] == desktop.__version__
    assert plist["CFBundleVersion"] == desktop.__version__
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleDisplayName"] == desktop.APP_DISPLAY_NAME == "小店管家"
    assert app.kwargs["icon"].endswith("shopdesk.icns") and spec["exe"].kwargs["icon"].endswith(".icns")
    assert spec["exe"].kwargs["strip"] is False  # stripping would break the signatures


def test_windows_exe_carries_version_information_from_the_package(monkeypatch):
    spec = run_spec(monkeypatch, "win32")
    exe = spec["exe"]
    assert exe.kwargs["icon"].endswith("shopdesk.ico")
    info = exe.kwargs["version"]
    numbers = spec["version_tuple"](desktop.__version__)
    assert (info.ffi.fileVersionMS >> 16, info.ffi.fileVersionMS & 0xFFFF) == numbers[:2]
    assert (info.ffi.productVersionLS >> 16, info.ffi.productVersionLS & 0xFFFF) == numbers[2:]
    strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
    assert strings["ProductVersion"] == strings["FileVersion"] == desktop.__version__
    assert strings["OriginalFilename"] == "ShopDesk.exe"
    assert len(info.toRaw()) > 500  # what PyInstaller writes into the .exe
    assert "小店管家" in strings["ProductName"]


def test_benchmark_floor_is_frozen_through_the_same_spec(monkeypatch, tmp_path):
    entry = tmp_path / "bare.py"
    spec = run_spec(monkeypatch, "linux", ["--entry", str(entry), "--name", "BareWindow"])
    analysis = spec["a"].kwargs
    assert spec["exe"].kwargs["name"] == "BareWindow"
    assert spec["a"].args[0] == [str(entry)]
    assert analysis["datas"] == [] and analysis["excludes"] == spec["EXCLUDED_MODULES"]


@pytest.mark.parametrize("version, expected", [
    ("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.10.3rc1", (2, 10, 3, 0)), ("3.0.1+local.5", (3, 0, 1, 0)),
])
def test_windows_version_numbers(monkeypatch, version, expected):
    assert run_spec(monkeypatch, "linux")["version_tuple"](version) == expected


@pytest.mark.parametrize("dest, kept", [
    # Linux wheel layout
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/lib/libQt6DBus.so.6", True),
    ("PySide6/Qt/lib/libicudata.so.73", True),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ("PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", False),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_help_pt_BR.qm", False),
    ("PySide6/translations/designer_de.qm", False),
    ("PySide6/qml/QtQuick/Controls/qtquickcontrols2plugin.dll", False),
    ("PySide6/QtWidgets.abi3.so", True),
    # 概览 charts: QtCharts (and the OpenGL libraries it links) are the only part of the Addons kept
    ("PySide6/Qt/lib/libQt6Charts.so.6", True),
    ("PySide6/Qt/lib/libQt6OpenGLWidgets.so.6", True),
    ("PySide6/Qt/lib/libQt6ChartsQml.so.6", False),
    ("PySide6/Qt/lib/libQt6DataVisualization.so.6", False),
    ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", False),
    ("PySide6/Qt6Charts.dll", True),
    ("PySide6/Qt/lib/QtCharts.framework/Versions/A/QtCharts", True),
    # Windows wheel layout
    ("PySide6/Qt6Gui.dll", True),
    ("PySide6/Qt6Sql.dll", False),
    ("PySide6/Qt6QuickControls2Basic.dll", False),  # digits inside a module name
    ("PySide6/msvcp140_1.dll", True),
    ("PySide6/opengl32sw.dll", False),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/plugins/platforms/qdirect2d.dll", False),
    ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
    ("PySide6/plugins/imageformats/qico.dll", True),
    ("PySide6/QtCore.pyd", True),
    # macOS wheel layout
    ("PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore", True),
    ("PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", False),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("PySide6/Qt/plugins/styles/libqmacstyle.dylib", True),
    # not Qt
    ("resources/icons/shopdesk.png", True),
    ("libpython3.11.so.1.0", True),
    ("PIL/_imaging.cpython-311-x86_64-linux-gnu.so", True),
])
def test_qt_file_filter(monkeypatch, dest, kept):
    assert run_spec(monkeypatch, "linux")["keep_qt_file"](dest) is kept


def test_orphan_system_libraries_are_pruned_but_loaded_ones_stay(monkeypatch):
    prune = run_spec(monkeypatch, "linux")["prune_orphan_libs"]
    links = {
        "/s/QtGui.abi3.so": {("libQt6Gui.so.6", "/s/libQt6Gui.so.6")},
        "/s/libQt6Gui.so.6": {("libfontconfig.so.1", "/usr/lib/libfontconfig.so.1")},
        "/usr/lib/libfontconfig.so.1": {("libexpat.so.1", "/usr/lib/libexpat.so.1")},
    }
    binaries = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("libfontconfig.so.1", "/usr/lib/libfontconfig.so.1", "BINARY"),
        ("libexpat.so.1", "/usr/lib/libexpat.so.1", "BINARY"),  # needed two links down
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),  # only a dropped plugin wanted it
        ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),  # dlopened by the bootloader
    ]
    kept = {dest for dest, _s, _k in prune(binaries, lambda src: links.get(src, set()))}
    assert kept == {"PySide6/QtGui.abi3.so", "PySide6/Qt/lib/libQt6Gui.so.6", "libfontconfig.so.1",
                    "libexpat.so.1", "libpython3.11.so.1.0"}


def test_framework_internal_links_survive(monkeypatch):
    drop_links_to = run_spec(monkeypatch, "darwin")["drop_links_to"]
    toc = [("PySide6/Qt/lib/QtCore.framework/QtCore", "Versions/Current/QtCore", "SYMLINK"),
           ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK")]
    assert drop_links_to(toc, {"PySide6/Qt/lib/libQt6Pdf.so.6"}) == toc[:1]


def test_icons_exist_in_every_platform_format():
    from PIL import Image

    icons = ROOT / "resources" / "icons"
    with Image.open(icons / "shopdesk.png") as png:
        assert png.format == "PNG" and png.size == (512, 512)
    with Image.open(icons / "shopdesk.ico") as ico:
        assert ico.format == "ICO" and {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(icons / "shopdesk.icns") as icns:
        assert icns.format == "ICNS" and (512, 512, 2) in icns.info["sizes"]


def test_resources_are_found_from_source_and_when_frozen(monkeypatch, tmp_path):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert paths.resources_dir() == ROOT / "resources"
    assert paths.resource_path("icons", "shopdesk.png").is_file()
    # PyInstaller sets sys._MEIPASS to the bundle's _internal folder.
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    (tmp_path / "resources" / "icons" / "shopdesk.png").write_bytes(b"png")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert paths.resource_path("icons", "shopdesk.png") == tmp_path / "resources" / "icons" / "shopdesk.png"
    assert paths.resource_path("icons", "shopdesk.png").read_bytes() == b"png"


def test_user_data_is_never_inside_the_bundle(monkeypatch, tmp_path):
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    data = paths.resolve_data_dir(None)
    assert not data.is_relative_to(tmp_path)
    assert data == paths.default_data_dir()


def test_no_file_relative_resource_guesses_outside_paths_module():
    """One resource helper: only desktop/paths.py may locate files via __file__."""
    offenders = [p.relative_to(ROOT).as_posix() for p in (ROOT / "desktop").rglob("*.py")
                 if p.name != "paths.py" and "__file__" in p.read_text(encoding="utf-8")]
    assert offenders == []
