"""R-P-IMG-1 / R-P-IMG-2 checks by content, at their boundaries."""
from __future__ import annotations

import time
import tracemalloc

import pytest

from desktop.domain import images
from tests.image_factory import declared_png, gif_bytes, interlaced_png, jpeg_bytes, padded_png, png_bytes


def test_min_side_boundary_r_p_img_2():
    refused = images.check_image_bytes(png_bytes(599, 600))
    assert not refused.ok
    assert "599×600" in refused.errors[0] and "R-P-IMG-2" in refused.errors[0]
    assert not images.check_image_bytes(png_bytes(600, 599)).ok
    accepted = images.check_image_bytes(png_bytes(600, 600))
    assert accepted.ok and accepted.errors == [] and (accepted.width, accepted.height) == (600, 600)


def test_size_boundary_exactly_1_mb_accepted_one_more_byte_refused():
    at_limit = padded_png(1_048_576)
    check = images.check_image_bytes(at_limit)
    assert check.ok, check.errors
    assert check.size_bytes == 1_048_576
    over = images.check_image_bytes(padded_png(1_048_577))
    assert not over.ok
    assert "1,048,577" in over.errors[0] and "R-P-IMG-2" in over.errors[0]


def test_format_is_judged_by_content():
    assert images.check_image_bytes(png_bytes(600, 600)).format == "PNG"
    jpeg = images.check_image_bytes(jpeg_bytes(640, 640))
    assert jpeg.ok and jpeg.format == "JPEG"
    gif = images.check_image_bytes(gif_bytes(800, 800))
    assert not gif.ok and gif.format == "GIF"
    assert "GIF" in gif.errors[0] and "PNG 或 JPEG" in gif.errors[0]


@pytest.mark.parametrize("data", [b"", b"hello, this is not an image" * 40, b"\x89PN"])
def test_not_an_image_refused(data):
    check = images.check_image_bytes(data)
    assert not check.ok and check.format is None
    assert "R-P-IMG-2" in check.errors[0]


@pytest.mark.parametrize("maker", [png_bytes, jpeg_bytes])
def test_truncated_file_refused(maker):
    whole = maker(700, 700, noise=True)
    assert images.check_image_bytes(whole).ok
    check = images.check_image_bytes(whole[: len(whole) * 2 // 3])
    assert not check.ok
    assert "损坏或不完整" in check.errors[0]


def test_decompression_bomb_refused_quickly_without_allocating_pixels():
    bomb = declared_png(30000, 30000)
    assert len(bomb) < 1000
    tracemalloc.start()
    started = time.perf_counter()
    check = images.check_image_bytes(bomb)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert not check.ok
    assert "R-P-IMG-2" in check.errors[0] and "恶意" in check.errors[0]
    assert elapsed < 1.0
    assert peak < 20 * 1024 * 1024  # 30000×30000 would be 900 MB


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_pixel_cap_boundary():
    # Exactly 40 megapixels declared passes the cap and is then decoded (and found truncated);
    # one row more is refused from the header alone.
    at_cap = images.check_image_bytes(declared_png(8000, 5000))
    assert not at_cap.ok and "损坏或不完整" in at_cap.errors[0]
    over_cap = images.check_image_bytes(declared_png(8000, 5001))
    assert not over_cap.ok and "恶意" in over_cap.errors[0]


def test_non_square_is_a_warning_not_an_error():
    check = images.check_image_bytes(png_bytes(800, 600))
    assert check.ok and check.errors == []
    assert len(check.warnings) == 1 and "正方形" in check.warnings[0] and "800×600" in check.warnings[0]
    assert images.check_image_bytes(png_bytes(700, 700)).warnings == []


def test_small_and_non_square_reports_both():
    check = images.check_image_bytes(png_bytes(500, 300))
    assert not check.ok and len(check.errors) == 1 and len(check.warnings) == 1


def test_image_count_r_p_img_1():
    assert images.count_error(0) and "R-P-IMG-1" in images.count_error(0)
    assert images.count_error(1) is None
    assert images.count_error(5) is None
    assert "R-P-IMG-1" in images.count_error(6)


def test_png_whose_data_stream_ends_early_is_refused():
    # A well-formed zlib stream that is simply too short: Pillow alone would fill the gap with blank rows.
    short = declared_png(600, 600)
    check = images.check_image_bytes(short)
    assert not check.ok and "损坏或不完整" in check.errors[0]


def test_interlaced_png_complete_and_short():
    assert images.check_image_bytes(interlaced_png(600, 600)).ok
    assert not images.check_image_bytes(interlaced_png(600, 600, rows_missing=3)).ok


def test_checks_on_several_threads_agree():
    # The editor checks images on worker threads; the check keeps no shared state.
    from concurrent.futures import ThreadPoolExecutor

    cases = [(png_bytes(600, 600), True), (declared_png(9000, 9000), False), (gif_bytes(700, 700), False),
             (jpeg_bytes(650, 650), True), (png_bytes(599, 600), False)] * 4
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda case: images.check_image_bytes(case[0]).ok, cases))
    assert results == [ok for _, ok in cases]
