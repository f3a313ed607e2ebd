"""Adding product images (R-P-IMG-2): checked by content, stored once per content hash.

Files live under ``<data>/images/<sha[:2]>/<sha>.png|.jpg``; the ``image_blob``
row records what was checked. Safe to call from a worker thread (peewee gives
each thread its own connection; the caller closes it when the thread is done).
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop import paths
from desktop.domain.messages import text
from desktop.domain import images as dom
from desktop.services.context import ServiceContext, service
from desktop.services.errors import InvalidInput, NotFound


@dataclass(frozen=True)
class ImageInfo:
    sha256: str
    format: str  # PNG / JPEG
    width: int
    height: int
    size_bytes: int
    warnings: list[str] = field(default_factory=list)
    notices: list[dom.ImageProblem] = field(default_factory=list)  # the warnings, as kinds


@service
def images_dir(ctx: ServiceContext) -> Path:
    # Team mode: the shared folder; the database keeps only hashes, never this path.
    return ctx.images_root or ctx.data_dir / paths.IMAGES_DIRNAME


def _stored_path(ctx: ServiceContext, sha256: str, fmt: str) -> Path:
    return images_dir(ctx) / sha256[:2] / f"{sha256}{dom.EXTENSIONS[fmt]}"


class ImageRefused(InvalidInput):
    """A file refused as a main image: ``problem`` says which kind, for a translated reason."""

    def __init__(self, name: str, problem: dom.ImageProblem) -> None:
        super().__init__(text("{name}：{reason}", name=name, reason=problem.text), "images")
        self.name = name
        self.problem = problem


@dataclass(frozen=True)
class CheckedFile:
    name: str
    data: bytes
    check: dom.ImageCheck
    sha256: str


def check_file(path: Path) -> CheckedFile:
    """Read and judge one file without keeping it; ImageRefused says why not."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ImageRefused(name, dom.ImageProblem("not_a_file"))
    except OSError as exc:
        raise ImageRefused(name, dom.ImageProblem("unreadable", {}, _os_detail(exc))) from exc
    too_big = dom.size_problem(size)
    if too_big:
        # Judged from the size alone: a 2 GB file is never read into memory.
        raise ImageRefused(name, too_big)
    try:
        with open(path, "rb") as fh:
            data = fh.read(dom.MAX_BYTES + 1)
    except OSError as exc:
        raise ImageRefused(name, dom.ImageProblem("unreadable", {}, _os_detail(exc))) from exc
    check = dom.check_image_bytes(data)  # also catches a file that grew after stat()
    if not check.ok:
        raise ImageRefused(name, check.problems[0])
    return CheckedFile(name, data, check, hashlib.sha256(data).hexdigest())


def _os_detail(exc: OSError) -> str:
    return f"{type(exc).__name__}: {exc.strerror or exc}"


@service
def store_checked(ctx: ServiceContext, checked: CheckedFile) -> ImageInfo:
    """Keep a copy of a file check_file() accepted (once per content)."""
    check, sha = checked.check, checked.sha256
    target = _stored_path(ctx, sha, check.format)
    if not target.exists():
        _write_atomically(target, checked.data)
    with ctx.db.atomic("IMMEDIATE"):
        ctx.db.execute_sql(
            "INSERT INTO image_blob (sha256, format, width, height, size_bytes, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
            (sha, check.format, check.width, check.height, check.size_bytes, ctx.now_iso()),
        )
    return ImageInfo(sha, check.format, check.width, check.height, check.size_bytes,
                     list(check.warnings), list(check.notices))


@service
def add_image(ctx: ServiceContext, path: Path) -> ImageInfo:
    """Check one file and keep a copy; ImageRefused (an InvalidInput, field "images") says why not."""
    return store_checked(ctx, check_file(path))


def _write_atomically(target: Path, data: bytes) -> None:
    paths.ensure_private_dir(target.parent.parent)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise


@service
def get_image(ctx: ServiceContext, sha256: str) -> ImageInfo:
    row = ctx.db.execute_sql(
        "SELECT sha256, format, width, height, size_bytes FROM image_blob WHERE sha256 = ?", (sha256,)
    ).fetchone()
    if row is None:
        raise NotFound(text("图片 {sha}… 不存在。", sha=sha256[:12]))
    notices = [n for n in (dom.not_square(row[2], row[3]),) if n]
    return ImageInfo(row[0], row[1], row[2], row[3], row[4], [n.text for n in notices], notices)


@service
def image_file(ctx: ServiceContext, sha256: str) -> Path:
    """Where the stored copy is; NotFound if the record or the file is missing."""
    info = get_image(ctx, sha256)
    target = _stored_path(ctx, info.sha256, info.format)
    if not target.is_file():
        raise NotFound(text("图片文件 {name} 丢失。", name=target.name))
    return target
