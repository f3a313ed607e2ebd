"""Build 6: 导出全部数据 / 导入全部数据 — one .shopdesk file, verified on import, round trip identical."""
import json
import re
import os
import stat
import zipfile

import pytest

from desktop.services import backups, products, shops, transfer
from desktop.services.errors import InvalidInput
from desktop.services.session import close_session, open_session
from tests.safety.helpers import damage_zip_member, draft_with_real_images, dump


@pytest.fixture
def exported(data_dir, clock, tmp_path):
    ctx = open_session(data_dir, clock=clock)
    shop_id = shops.create_shop(ctx, "搬家的店", "10001").value
    products.save_draft(ctx, shop_id, draft_with_real_images(ctx, tmp_path))
    info = transfer.export_all(ctx, tmp_path / "out" / "全部数据")
    snapshot = dump(data_dir / "shopdesk.db")
    close_session(ctx)
    return info, snapshot


@pytest.fixture(autouse=True)
def out_dir(tmp_path):
    (tmp_path / "out").mkdir()


def images_of(folder):
    return {p.relative_to(folder): p.read_bytes() for p in (folder / "images").rglob("*.*") if p.is_file()}


def test_export_file_holds_database_images_and_manifest(exported):
    info, _ = exported
    assert info.path.suffix == ".shopdesk" and info.images == 2 and info.shops == 1 and info.products == 1
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    with zipfile.ZipFile(info.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["schema_version"] == info.schema_version and manifest["app_version"]
        assert set(manifest["parts"]) == set(zf.namelist()) - {"manifest.json"}


def test_round_trip_into_an_empty_data_folder(exported, data_dir, tmp_path, clock):
    info, snapshot = exported
    other = tmp_path / "other-computer"
    other.mkdir()
    result, kept = transfer.import_all(other, other / "shopdesk.db", info.path, clock.now())
    assert kept is None and result.shops == 1
    assert dump(other / "shopdesk.db") == snapshot
    assert images_of(other) == images_of(data_dir)
    ctx = open_session(other, clock=clock)
    assert [s.name for s in shops.list_shops(ctx)] == ["搬家的店"]
    close_session(ctx)


def test_import_keeps_current_data_as_a_backup(exported, tmp_path, clock):
    info, snapshot = exported
    other = tmp_path / "busy"
    ctx = open_session(other, clock=clock)
    shops.create_shop(ctx, "原来的店", "20002")
    close_session(ctx)
    _, kept = transfer.import_all(other, other / "shopdesk.db", info.path, clock.now())
    assert kept.reason == "before-import" and kept.shops == 1
    assert kept.path in [e.path for e in backups.list_backups(other)]
    assert dump(other / "shopdesk.db") == snapshot


def _rewrite(src, dst, change):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item.filename, change(item.filename, data))


def test_bad_hash_is_refused_and_nothing_changes(exported, tmp_path, clock):
    info, _ = exported
    bad = tmp_path / "bad.shopdesk"
    _rewrite(info.path, bad, lambda name, data: data[:-1] + bytes([data[-1] ^ 1]) if name.startswith("images/") else data)
    target = tmp_path / "t"
    target.mkdir()
    with pytest.raises(InvalidInput, match="校验值不符"):
        transfer.import_all(target, target / "shopdesk.db", bad, clock.now())
    assert not (target / "shopdesk.db").exists()
    assert not any((target / "images").rglob("*.png")) if (target / "images").exists() else True


def test_newer_schema_is_refused(exported, tmp_path, clock):
    info, _ = exported

    def newer(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["schema_version"] = 999
        return json.dumps(manifest).encode()

    bad = tmp_path / "newer.shopdesk"
    _rewrite(info.path, bad, newer)
    with pytest.raises(InvalidInput, match="更新版本"):
        transfer.inspect_export(bad)


def test_not_an_export_and_path_tricks_are_refused(tmp_path):
    junk = tmp_path / "junk.shopdesk"
    junk.write_bytes(os.urandom(300))
    with pytest.raises(InvalidInput):
        transfer.inspect_export(junk)
    evil = tmp_path / "evil.shopdesk"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "shopdesk-export", "schema_version": 1,
                                                  "parts": {"database.db": "0", "../x": "0"}}))
        zf.writestr("database.db", b"x")
        zf.writestr("../x", b"x")
    with pytest.raises(InvalidInput):
        transfer.inspect_export(evil)


def test_bytes_damaged_in_transit_are_refused_in_plain_words(exported, tmp_path, clock):
    """A .shopdesk whose compressed database part was damaged (a bad download, a flaky USB stick):
    refused as damaged, in words (no zlib or CRC text), and nothing is imported."""
    info, _ = exported
    bad = damage_zip_member(info.path, "database.db", tmp_path / "damaged.shopdesk", skip=100, length=200)
    target = tmp_path / "t2"
    target.mkdir()
    with pytest.raises(InvalidInput) as err:
        transfer.import_all(target, target / "shopdesk.db", bad, clock.now())
    assert "database.db" in err.value.message and ("已损坏" in err.value.message or "校验值不符" in err.value.message)
    assert not re.search(r"[A-Za-z]{3,} [a-z]{3,}|zlib|CRC|Error", err.value.message), err.value.message
    assert not (target / "shopdesk.db").exists()
