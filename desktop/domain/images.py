"""R-P-IMG-1 / R-P-IMG-2: main images, judged by their content, never by the file name.

Plain Python plus Pillow (an image decoder, not Qt or the store). The bytes are
checked in this order, each step only if the previous one passed:

1. size ≤ 1,048,576 bytes;
2. magic bytes say PNG or JPEG (a GIF/WebP/anything else is refused whatever
   its name);
3. Pillow reads the header; the declared pixel count must be ≤ MAX_PIXELS
   BEFORE anything is decoded, so a tiny file declaring 30000×30000 (a
   decompression bomb) is refused without allocating its pixels;
4. the whole image is decoded once (a truncated or corrupt file is refused);
5. at least 600×600; a non-square image is a warning, not an error.
"""
from __future__ import annotations

import io
import struct
import warnings
import zlib
from dataclasses import dataclass, field

from PIL import Image

from desktop.domain.decisions import with_rule
from desktop.domain.products import MAX_IMAGES  # R-P-IMG-1: one constant, with the draft's rules

RULE_COUNT = "R-P-IMG-1"
RULE_FILE = "R-P-IMG-2"
MIN_IMAGES = 1  # R-P-IMG-1
MAX_BYTES = 1_048_576  # R-P-IMG-2: 1 MB
MIN_SIDE = 600  # R-P-IMG-2
# Far above any real product photo (8000×5000); a declared size above it is a bomb.
MAX_PIXELS = 40_000_000

# Pillow's own guard: it raises DecompressionBombError above 2 × MAX_IMAGE_PIXELS while
# opening (header only). Between 1× and 2× it only warns; our own header check below
# refuses those with their dimensions, so the warning is silenced once here rather
# than with catch_warnings() per call, which is not thread-safe (images are checked
# on worker threads).
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
# Formats we can name when refusing, so the user learns what the file really is.
OTHER_MAGIC = (
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP"),
)

EXTENSIONS = {"PNG": ".png", "JPEG": ".jpg"}


@dataclass(frozen=True)
class ImageCheck:
    ok: bool
    format: str | None  # "PNG" / "JPEG" from the content, None if neither
    width: int
    height: int
    size_bytes: int
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def sniff_format(data: bytes) -> str | None:
    """The format the first bytes announce: "PNG", "JPEG", another name, or None."""
    if data.startswith(PNG_MAGIC):
        return "PNG"
    if data.startswith(JPEG_MAGIC):
        return "JPEG"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    for magic, name in OTHER_MAGIC:
        if data.startswith(magic):
            return name
    return None


def size_error(size_bytes: int) -> str | None:
    if size_bytes > MAX_BYTES:
        return with_rule(f"文件大小 {size_bytes:,} 字节超过 1 MB（{MAX_BYTES:,} 字节）上限", RULE_FILE)
    if size_bytes == 0:
        return with_rule("文件是空的", RULE_FILE)
    return None


def check_image_bytes(data: bytes) -> ImageCheck:
    size = len(data)

    def refuse(reason: str, fmt: str | None = None, width: int = 0, height: int = 0) -> ImageCheck:
        return ImageCheck(False, fmt, width, height, size, [reason], [])

    too_big = size_error(size)
    if too_big:
        return refuse(too_big, sniff_format(data[:16]))
    sniffed = sniff_format(data[:16])
    if sniffed not in ("PNG", "JPEG"):
        what = f"{sniffed} 图片" if sniffed else "不是可识别的图片"
        return refuse(with_rule(f"文件内容是{what}，只接受 PNG 或 JPEG（按内容判断，与文件名无关）", RULE_FILE), sniffed)

    try:
        with Image.open(io.BytesIO(data), formats=[sniffed]) as im:
            width, height = im.size  # from the header; no pixel decoded yet
            if width * height > MAX_PIXELS:
                return refuse(
                    with_rule(f"图片声明的尺寸 {width}×{height} 过大（超过 {MAX_PIXELS // 1_000_000} 百万像素），"
                              "可能是恶意构造的文件，已拒绝", RULE_FILE),
                    sniffed, width, height,
                )
            im.load()  # full decode: a truncated or corrupt file fails here
        if sniffed == "PNG" and not png_data_complete(data):
            raise OSError("图像数据比声明的尺寸短")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):  # the warning: if filters raise it
        return refuse(with_rule("图片声明的像素数量过多，可能是恶意构造的文件，已拒绝", RULE_FILE), sniffed)
    except (OSError, SyntaxError, ValueError, EOFError, MemoryError) as exc:
        return refuse(with_rule(f"{sniffed} 文件已损坏或不完整，无法解码（{_short(exc)}）", RULE_FILE), sniffed)

    errors: list[str] = []
    notes: list[str] = []
    if width < MIN_SIDE or height < MIN_SIDE:
        errors.append(with_rule(f"图片尺寸 {width}×{height} 小于 {MIN_SIDE}×{MIN_SIDE} 像素", RULE_FILE))
    if width != height:
        notes.append(with_rule(f"图片不是正方形（{width}×{height}），平台更推荐 1:1 的主图", RULE_FILE))
    return ImageCheck(not errors, sniffed, width, height, size, errors, notes)


_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))


def png_data_complete(data: bytes) -> bool:
    """Whether the PNG's pixel data covers every row its header declares.

    Pillow accepts a zlib stream that ends early (the missing rows come out
    blank), so a cut-down file with a well-formed end would pass its decode.
    The stream is inflated in bounded pieces, counting bytes, never keeping them.
    """
    pos, idat = 8, []
    width = height = bits = color = interlace = None
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR" and len(body) >= 13:
            width, height, bits, color, _, _, interlace = struct.unpack(">IIBBBBB", body[:13])
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    if width is None or color not in _PNG_CHANNELS:
        return False
    pixel_bits = _PNG_CHANNELS[color] * bits

    def row_bytes(w: int) -> int:
        return 1 + (w * pixel_bits + 7) // 8  # filter byte + packed pixels

    if interlace:
        expected = 0
        for x0, y0, dx, dy in _ADAM7:
            pw, ph = (width - x0 + dx - 1) // dx, (height - y0 + dy - 1) // dy
            if pw > 0 and ph > 0:
                expected += ph * row_bytes(pw)
    else:
        expected = height * row_bytes(width)
    inflater = zlib.decompressobj()
    produced = 0
    try:
        for body in idat:
            pending = body
            while pending and produced < expected:
                produced += len(inflater.decompress(pending, 1 << 20))
                pending = inflater.unconsumed_tail
            if produced >= expected:
                return True
    except zlib.error:
        return False
    return produced >= expected


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 80 else text[:77] + "…"


def count_error(count: int) -> str | None:
    """R-P-IMG-1: 1 to MAX_IMAGES main images."""
    if count > MAX_IMAGES:
        return with_rule(f"最多 {MAX_IMAGES} 张主图", RULE_COUNT)
    if count < MIN_IMAGES:
        return with_rule(f"至少需要 {MIN_IMAGES} 张主图", RULE_COUNT)
    return None
