"""导出全部数据 / 导入全部数据: move everything to another computer in one ``.shopdesk`` file.

The file is a zip of a database snapshot (made with the backup API, so the
app can stay open), the images the products reference, and ``manifest.json``
with the app version, the schema version and the SHA-256 of every part.
Importing checks every hash, the database's integrity and its schema
version before anything is replaced; the current data is kept as a backup.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import time
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop import __version__, paths
from desktop.domain.messages import text
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput
from desktop.store import backups as store
from desktop.store import faults

FORMAT = "shopdesk-export"
FORMAT_VERSION = 1
EXTENSION = ".shopdesk"
DB_NAME = "database.db"
MANIFEST = "manifest.json"
PART_RE = re.compile(r"^(database\.db|images/[0-9a-f]{2}/[0-9a-f]{64}\.(png|jpg))$")
MAX_PARTS = 200_000
MAX_TOTAL_BYTES = 64 * 1024 ** 3  # refuses a zip bomb before anything is unpacked
CHUNK = 1 << 20
IMPORT_PREFIX = ".shopdesk-import-"


@dataclass(frozen=True)
class ExportInfo:
    path: Path
    app_version: str
    schema_version: int
    made_at: str
    shops: int
    products: int
    images: int
    size: int


def _sha_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


@service
def export_all(ctx: ServiceContext, target: Path, progress=None, cancelled=None) -> ExportInfo:
    """Write ``target`` (``.shopdesk``), 0600, under a temporary name first."""
    from desktop.services.backups import db_file

    target = Path(target)
    if target.suffix != EXTENSION:
        target = target.with_name(target.name + EXTENSION)
    source = db_file(ctx)
    faults.check_free_space(target.parent, 2 * faults.file_size(source))
    with tempfile.TemporaryDirectory(prefix=".shopdesk-export-", dir=target.parent) as tmp_name:
        snap = store.make_backup(source, Path(tmp_name), "export", ctx.clock.now(), progress, cancelled)
        parts = _collect_parts(ctx, snap)
        manifest = {
            "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
            "schema_version": snap.schema_version, "made_at": ctx.clock.now().isoformat(timespec="seconds"),
            "shops": snap.shops, "products": snap.products,
            "parts": {name: _sha_file(path) for name, path in parts.items()},
        }
        _write_zip(target, manifest, parts, cancelled)
    return ExportInfo(target, __version__, snap.schema_version or 0, manifest["made_at"], snap.shops or 0,
                      snap.products or 0, len(parts) - 1, target.stat().st_size)


def _collect_parts(ctx: ServiceContext, snap) -> dict[str, Path]:
    from desktop.services.images import images_dir

    parts = {DB_NAME: snap.path}
    root = images_dir(ctx)
    for sha in snap.images:
        found = next((p for p in (root / sha[:2]).glob(f"{sha}.*") if p.suffix in (".png", ".jpg")), None)
        if found is None:
            raise InvalidInput(text("图片 {sha}… 的文件不见了，无法导出。请先用 工具 → 检查数据库… 查看。", sha=sha[:12]))
        parts[f"images/{sha[:2]}/{found.name}"] = found
    return parts


def _write_zip(target: Path, manifest: dict, parts: dict[str, Path], cancelled) -> None:
    partial = target.with_name(f".tmp-{target.name}")
    paths.create_private_file(partial)
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            for name, path in parts.items():
                if cancelled is not None and cancelled():
                    raise store.BackupCancelled()
                # Images are already compressed: storing them is faster and no bigger.
                kind = zipfile.ZIP_DEFLATED if name == DB_NAME else zipfile.ZIP_STORED
                zf.write(path, name, compress_type=kind)
        paths.make_private(partial)
        os.replace(partial, target)
    except BaseException:
        try:
            partial.unlink()
        except OSError:
            pass
        raise


def _bad(reason: str) -> InvalidInput:
    return InvalidInput(text("无法导入这个文件：{reason}", reason=reason))


def _read_manifest(zf: zipfile.ZipFile) -> dict:
    try:
        manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except (KeyError, ValueError, UnicodeDecodeError):
        raise _bad(text("它不是小店管家导出的数据文件（缺少清单）。")) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or not isinstance(manifest.get("parts"), dict):
        raise _bad(text("它不是小店管家导出的数据文件。"))
    return manifest


def inspect_export(path: Path, unpack_to: Path | None = None) -> ExportInfo:
    """Verify a ``.shopdesk`` file completely; optionally unpack its parts into ``unpack_to``."""
    if unpack_to is not None:
        return _unpack_verified(Path(path), Path(unpack_to))
    with tempfile.TemporaryDirectory(prefix=IMPORT_PREFIX, dir=Path(path).parent) as tmp_name:
        return _unpack_verified(Path(path), Path(tmp_name), images=False)


def _unpack_verified(path: Path, out: Path, images: bool = True, progress=None, cancelled=None) -> ExportInfo:
    """Check every part's SHA-256 as it streams into ``out`` (images only hashed when not ``images``),
    then the database once: integrity_check, foreign keys, schema (``backups.verify_backup``)."""
    from desktop.services.backups import verify_backup

    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise _bad(text("文件已损坏或不是导出文件。")) from exc
    with zf:
        manifest = _read_manifest(zf)
        schema = _check_manifest(zf, manifest)
        sizes = {i.filename: i.file_size for i in zf.infolist()}
        total, done = sum(sizes.get(name, 0) for name in manifest["parts"]) or 1, 0
        for name, expected in manifest["parts"].items():
            keep = images or name == DB_NAME
            if _stream_sha(zf, name, out / name if keep else None, cancelled) != expected:
                raise _bad(text("“{name}”的校验值不符，文件在传输中被改动或损坏了。没有导入任何数据。", name=name))
            done += sizes.get(name, 0)
            if progress is not None:
                progress(done, total)
    try:
        described = verify_backup(out / DB_NAME, cancelled)
    except InvalidInput as exc:  # its words speak of a backup
        raise _bad(text("其中的数据库已损坏或不完整，没有通过完整性检查。没有导入任何数据。")) from exc
    return ExportInfo(path, str(manifest.get("app_version", "")), schema, str(manifest.get("made_at", "")),
                      int(described["shops"]), int(described["products"]), len(manifest["parts"]) - 1,
                      path.stat().st_size)


def _check_manifest(zf: zipfile.ZipFile, manifest: dict) -> int:
    """The schema version, after the version, part list and size checks."""
    from desktop.store import migrations

    if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
        raise _bad(text("它来自更新版本的小店管家，请先升级程序。"))
    schema = int(manifest.get("schema_version") or 0)
    if schema > migrations.latest_version():
        raise _bad(text("它来自更新版本的小店管家（数据版本 {schema}，本程序支持到 {latest_version}），请先升级程序。",
                        schema=schema, latest_version=migrations.latest_version()))
    parts: dict = manifest["parts"]
    infos = {i.filename: i for i in zf.infolist() if i.filename != MANIFEST}
    if set(parts) != set(infos) or DB_NAME not in parts or len(parts) > MAX_PARTS:
        raise _bad(text("文件内容与清单不符（缺少或多出了部分内容）。"))
    if any(not PART_RE.match(name) for name in parts) or sum(i.file_size for i in infos.values()) > MAX_TOTAL_BYTES:
        raise _bad(text("文件里有不该有的内容。"))
    return schema


def _stream_sha(zf: zipfile.ZipFile, name: str, target: Path | None, cancelled=None) -> str:
    """SHA-256 of a part as it streams; written to ``target`` (0600, flushed to disk) when given."""
    h = hashlib.sha256()
    fh = None
    if target is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        paths.create_private_file(target)
        fh = open(target, "wb")
    try:
        with zf.open(name) as member:
            for chunk in iter(lambda: member.read(CHUNK), b""):
                if cancelled is not None and cancelled():
                    raise store.BackupCancelled()
                h.update(chunk)
                if fh is not None:
                    fh.write(chunk)
        if fh is not None:
            fh.flush()
            os.fsync(fh.fileno())  # on disk before it can be renamed into place
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:  # damaged in the file; a full disk here stays a disk fault
        raise _bad(text("“{name}”已损坏，无法读取，文件在传输中被改动或损坏了。没有导入任何数据。", name=name)) from exc
    finally:
        if fh is not None:
            fh.close()
    return h.hexdigest()


@dataclass(frozen=True)
class PreparedImport:
    """A ``.shopdesk`` file unpacked into a temporary folder of the data folder and verified."""

    info: ExportInfo
    folder: Path  # .shopdesk-import-*: database.db and images/, removed by finish_import / discard_import


def prepare_import(data_dir: Path, source: Path, progress=None, cancelled=None) -> PreparedImport:
    """Unpack ``source`` into a temporary folder inside ``data_dir`` and verify it, once.

    Every part's SHA-256 is checked as it streams, and the unpacked database gets the import's one
    ``integrity_check`` and ``foreign_key_check`` (schema not newer, not empty). That very file is
    what ``finish_import`` renames into place. InvalidInput says why not; on any failure the
    temporary folder is removed and nothing else was written.
    """
    data_dir, source = Path(data_dir), Path(source)
    paths.ensure_private_dir(data_dir)
    _remove_stale_imports(data_dir)
    try:
        with zipfile.ZipFile(source) as zf:
            unpacked = sum(i.file_size for i in zf.infolist())
    except (OSError, zipfile.BadZipFile):
        unpacked = faults.file_size(source)  # refused in words by _unpack_verified
    if unpacked <= MAX_TOTAL_BYTES:  # a bomb's claimed size is refused by the manifest check instead
        faults.check_free_space(data_dir, unpacked)
    folder = Path(tempfile.mkdtemp(prefix=IMPORT_PREFIX, dir=data_dir))
    try:
        info = _unpack_verified(source, folder, True, progress, cancelled)
        if cancelled is not None and cancelled():
            raise store.BackupCancelled()  # asked for as the check ended: the user expects nothing
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return PreparedImport(info, folder)


@service
def check_import(ctx: ServiceContext, source: Path, progress=None, cancelled=None) -> PreparedImport:
    """导入全部数据, first step (off the UI thread): ``prepare_import`` into the open data folder.

    Then ``finish_import`` (once the database is closed) or ``discard_import``.
    """
    return prepare_import(ctx.data_dir, source, progress, cancelled)


def finish_import(data_dir: Path, db_path: Path, prepared: PreparedImport, now: datetime):
    """Put a prepared import in place of the (closed) database ``db_path``; return the kept backup or None.

    Images go in first (by hash, flushed; an image already present is not copied again), so the
    database never refers to a missing one. Then, as a restore: the current database is kept as a
    ``before-import`` backup and the verified file is renamed over it in one step (no second check).
    """
    from desktop.services.backups import PreparedRestore, finish_restore

    try:
        _place_images(Path(data_dir), prepared.folder / "images")
        info = prepared.info
        checked = PreparedRestore(info.path, prepared.folder / DB_NAME, {
            "shops": info.shops, "products": info.products, "schema_version": info.schema_version})
        return finish_restore(data_dir, db_path, checked, now, reason="before-import")
    finally:
        shutil.rmtree(prepared.folder, ignore_errors=True)


def discard_import(prepared: PreparedImport) -> None:
    """The user did not confirm: remove the unpacked files."""
    shutil.rmtree(prepared.folder, ignore_errors=True)


def import_all(data_dir: Path, db_path: Path, source: Path, now: datetime):
    """``prepare_import`` then ``finish_import`` in one call (the database closed); returns (info, kept or None)."""
    prepared = prepare_import(data_dir, source)
    return prepared.info, finish_import(data_dir, db_path, prepared, now)


def _place_images(data_dir: Path, unpacked: Path) -> None:
    if not unpacked.is_dir():
        return
    from desktop.store.backups import fsync_dir

    images_root = data_dir / paths.IMAGES_DIRNAME
    paths.ensure_private_dir(images_root)
    touched = set()
    for image in unpacked.glob("*/*"):
        dest = images_root / image.parent.name / image.name
        if dest.exists() and _sha_file(dest) == image.stem:
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        paths.make_private(image)
        os.replace(image, dest)
        touched.add(dest.parent)
    for folder in touched | {images_root}:
        fsync_dir(folder)


def _remove_stale_imports(data_dir: Path) -> None:
    """Folders left by an import that was killed: our unpacked copies, never user data."""
    cutoff = time.time() - store.STALE_TMP_SECONDS
    for leftover in data_dir.glob(IMPORT_PREFIX + "*"):
        try:
            if leftover.is_dir() and leftover.stat().st_mtime < cutoff:
                shutil.rmtree(leftover, ignore_errors=True)
        except OSError:
            pass
