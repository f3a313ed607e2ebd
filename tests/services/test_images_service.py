"""Adding images: content-judged, stored once per hash, refusals as InvalidInput (R-P-IMG-2)."""
from __future__ import annotations

import time

import pytest

from desktop.services import images
from desktop.services.errors import InvalidInput, NotFound
from tests.image_factory import gif_bytes, jpeg_bytes, padded_png, png_bytes


def blob_count(ctx) -> int:
    return ctx.db.execute_sql("SELECT COUNT(*) FROM image_blob").fetchone()[0]


def stored_files(ctx) -> list:
    root = ctx.data_dir / "images"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_png_named_jpg_is_stored_as_png(ctx, tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(png_bytes(800, 800))
    info = images.add_image(ctx, path)
    assert info.format == "PNG" and (info.width, info.height) == (800, 800)
    stored = images.image_file(ctx, info.sha256)
    assert stored == ctx.data_dir / "images" / info.sha256[:2] / f"{info.sha256}.png"
    assert stored.read_bytes() == path.read_bytes()
    assert images.get_image(ctx, info.sha256) == info


def test_same_content_is_stored_once(ctx, tmp_path):
    data = jpeg_bytes(700, 700)
    (tmp_path / "a.jpg").write_bytes(data)
    (tmp_path / "b.jpeg").write_bytes(data)
    first = images.add_image(ctx, tmp_path / "a.jpg")
    second = images.add_image(ctx, tmp_path / "b.jpeg")
    assert first.sha256 == second.sha256
    assert blob_count(ctx) == 1
    assert len(stored_files(ctx)) == 1 and stored_files(ctx)[0].suffix == ".jpg"


def test_gif_named_png_is_refused_and_nothing_kept(ctx, tmp_path):
    path = tmp_path / "fake.png"
    path.write_bytes(gif_bytes(800, 800))
    with pytest.raises(InvalidInput) as err:
        images.add_image(ctx, path)
    assert err.value.field == "images"
    assert "fake.png" in err.value.message and "GIF" in err.value.message and "R-P-IMG-2" in err.value.message
    assert blob_count(ctx) == 0 and stored_files(ctx) == []


def test_size_boundary_through_the_service(ctx, tmp_path):
    ok = tmp_path / "ok.png"
    ok.write_bytes(padded_png(1_048_576))
    assert images.add_image(ctx, ok).size_bytes == 1_048_576
    over = tmp_path / "over.png"
    over.write_bytes(padded_png(1_048_577))
    with pytest.raises(InvalidInput, match="R-P-IMG-2"):
        images.add_image(ctx, over)
    assert blob_count(ctx) == 1


def test_huge_file_refused_from_its_size_without_reading_it(ctx, tmp_path, monkeypatch):
    huge = tmp_path / "huge.jpg"
    with open(huge, "wb") as fh:
        fh.truncate(2 * 1024 ** 3)  # sparse: 2 GB on paper, nothing on disk
    real_open = open
    opened = []

    def spy_open(path, *args, **kwargs):
        opened.append(str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spy_open)
    started = time.perf_counter()
    with pytest.raises(InvalidInput, match="2,147,483,648"):
        images.add_image(ctx, huge)
    assert time.perf_counter() - started < 0.5
    assert str(huge) not in opened


def test_missing_file_and_unknown_hash(ctx, tmp_path):
    with pytest.raises(InvalidInput, match="nothere.png"):
        images.add_image(ctx, tmp_path / "nothere.png")
    with pytest.raises(NotFound):
        images.get_image(ctx, "0" * 64)


def test_lost_file_is_reported(ctx, tmp_path):
    path = tmp_path / "a.png"
    path.write_bytes(png_bytes(600, 600))
    info = images.add_image(ctx, path)
    images.image_file(ctx, info.sha256).unlink()
    with pytest.raises(NotFound):
        images.image_file(ctx, info.sha256)
    # Adding it again restores the file.
    images.add_image(ctx, path)
    assert images.image_file(ctx, info.sha256).is_file()


def test_non_square_warning_is_returned(ctx, tmp_path):
    path = tmp_path / "wide.png"
    path.write_bytes(png_bytes(900, 600))
    info = images.add_image(ctx, path)
    assert info.warnings and "正方形" in info.warnings[0]
    assert images.get_image(ctx, info.sha256).warnings == info.warnings


def test_store_refuses_rows_outside_r_p_img_2(ctx):
    from peewee import IntegrityError

    for width, size, fmt in ((599, 1000, "PNG"), (600, 1_048_577, "PNG"), (600, 1000, "GIF")):
        with pytest.raises(IntegrityError), ctx.db.atomic():
            ctx.db.execute_sql(
                "INSERT INTO image_blob (sha256, format, width, height, size_bytes, created_at)"
                " VALUES (?, ?, ?, 600, ?, 'x')",
                ("a" * 64, fmt, width, size),
            )
