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
from functools import cache

from desktop.domain.decisions import with_rule
from desktop.domain.products import MAX_IMAGES  # R-P-IMG-1: one constant, shared with the draft rules

MIN_IMAGES = 1  # R-P-IMG-1
MAX_BYTES = 1_048_576  # R-P-IMG-2: 1 MB
MIN_SIDE = 600  # R-P-IMG-2
# Far above any real product photo (8000×5000); a declared size above it is a bomb.
MAX_PIXELS = 40_000_000



@cache
def _pillow():
    """Pillow, imported when the first image is checked (the 商品 page and start-up need only paths).

    Pillow's own guard raises DecompressionBombError above 2 × MAX_IMAGE_PIXELS while opening
    (header only). Between 1× and 2× it only warns; our own header check below refuses those with
    their dimensions, so the warning is silenced once here rather than with catch_warnings() per
    call, which is not thread-safe (images are checked on worker threads; both steps are idempotent).
    """
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)
    return Image

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


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a template for translation (context "images"); the UI translates it."""
    return text


# Every kind of refusal has its own reason, in plain words first. Templates are
# Chinese with {placeholders}; ``detail`` keeps the decoder's own text for the
# 详细信息 section, never for the reason itself.
REASONS = {
    "empty": QT_TRANSLATE_NOOP("images", "文件是空的（0 字节）"),
    "too_big": QT_TRANSLATE_NOOP("images", "文件大小 {size:,} 字节超过 1 MB（{max:,} 字节）上限"),
    "other_format": QT_TRANSLATE_NOOP(
        "images", "文件内容是 {format} 格式的图片，只接受 PNG 或 JPEG（按内容判断，与文件名无关）"),
    "not_an_image": QT_TRANSLATE_NOOP(
        "images", "文件内容不是可识别的图片，只接受 PNG 或 JPEG（按内容判断，与文件名无关）"),
    "bomb": QT_TRANSLATE_NOOP(
        "images", "图片声明的尺寸 {width}×{height} 过大（超过 {megapixels} 百万像素），可能是恶意构造的文件，已拒绝"),
    "bomb_unknown": QT_TRANSLATE_NOOP("images", "图片声明的像素数量过多，可能是恶意构造的文件，已拒绝"),
    "truncated": QT_TRANSLATE_NOOP(
        "images", "{format} 文件已损坏或不完整：数据没到结尾就断了（常见于没下载完或复制中断的文件）"),
    "corrupt": QT_TRANSLATE_NOOP(
        "images", "{format} 文件已损坏或不完整：图像数据无法解码（文件可能被其他程序改坏了）"),
    "too_small": QT_TRANSLATE_NOOP("images", "图片尺寸 {width}×{height} 小于 {min}×{min} 像素"),
    "not_square": QT_TRANSLATE_NOOP("images", "图片不是正方形（{width}×{height}），平台更推荐 1:1 的主图"),
    "unreadable": QT_TRANSLATE_NOOP("images", "无法读取这个文件：它可能已被移走、没有读取权限或正被其他程序占用"),
    "not_a_file": QT_TRANSLATE_NOOP("images", "这不是一个文件（可能是文件夹）"),
    "too_many": QT_TRANSLATE_NOOP("images", "最多 {max} 张主图"),
    "too_few": QT_TRANSLATE_NOOP("images", "至少需要 1 张主图"),
    "no_room": QT_TRANSLATE_NOOP("images", "图片合格，但已有 {max} 张主图，没有空位了；删掉一张再添加"),
    "duplicate": QT_TRANSLATE_NOOP("images", "这张图片已经添加过了"),
    "unexpected": QT_TRANSLATE_NOOP("images", "无法添加：程序遇到意外错误，详见详细信息"),
}
RULES = {"too_many": "R-P-IMG-1", "too_few": "R-P-IMG-1", "no_room": "R-P-IMG-1", "duplicate": "", "unexpected": ""}


@dataclass(frozen=True)
class ImageProblem:
    """One reason an image is refused (or, for "not_square", a warning)."""

    kind: str
    params: dict = field(default_factory=dict)
    detail: str = ""  # the decoder's original words, for 详细信息 only

    @property
    def template(self) -> str:
        return REASONS[self.kind]

    @property
    def rule(self) -> str:
        return RULES.get(self.kind, "R-P-IMG-2")

    @property
    def text(self) -> str:
        """The Chinese reason with its rule ID (the UI translates ``template`` instead)."""
        text = self.template.format(**self.params)
        return with_rule(text, self.rule)


@dataclass(frozen=True)
class ImageCheck:
    ok: bool
    format: str | None  # "PNG" / "JPEG" from the content, None if neither
    width: int
    height: int
    size_bytes: int
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    problems: list[ImageProblem] = field(default_factory=list)  # errors, as kinds
    notices: list[ImageProblem] = field(default_factory=list)  # warnings, as kinds


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


def size_problem(size_bytes: int) -> ImageProblem | None:
    if size_bytes > MAX_BYTES:
        return ImageProblem("too_big", {"size": size_bytes, "max": MAX_BYTES})
    if size_bytes == 0:
        return ImageProblem("empty")
    return None


def size_error(size_bytes: int) -> str | None:
    problem = size_problem(size_bytes)
    return problem.text if problem else None


def not_square(width: int, height: int) -> ImageProblem | None:
    return ImageProblem("not_square", {"width": width, "height": height}) if width != height else None


def _decode_failure(fmt: str, exc: BaseException) -> ImageProblem:
    """Truncated (the data stops early) or corrupt (the data is wrong)."""
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    text = str(exc).lower()
    truncated = isinstance(exc, (EOFError, TruncatedData)) or "truncat" in text or "premature" in text
    return ImageProblem("truncated" if truncated else "corrupt", {"format": fmt}, detail)


class TruncatedData(OSError):
    """The PNG's pixel data ends before the rows its header declares."""


def check_image_bytes(data: bytes) -> ImageCheck:
    size = len(data)

    def refuse(problem: ImageProblem, fmt: str | None = None, width: int = 0, height: int = 0) -> ImageCheck:
        return ImageCheck(False, fmt, width, height, size, [problem.text], [], [problem], [])

    too_big = size_problem(size)
    if too_big:
        return refuse(too_big, sniff_format(data[:16]))
    sniffed = sniff_format(data[:16])
    if sniffed not in ("PNG", "JPEG"):
        problem = ImageProblem("other_format", {"format": sniffed}) if sniffed else ImageProblem("not_an_image")
        return refuse(problem, sniffed)

    Image = _pillow()
    try:
        with Image.open(io.BytesIO(data), formats=[sniffed]) as im:
            width, height = im.size  # from the header; no pixel decoded yet
            if width * height > MAX_PIXELS:
                return refuse(ImageProblem("bomb", {"width": width, "height": height,
                                                    "megapixels": MAX_PIXELS // 1_000_000}),
                              sniffed, width, height)
            im.load()  # full decode: a truncated or corrupt file fails here
        if sniffed == "PNG" and not png_data_complete(data):
            raise TruncatedData("image data shorter than the declared size")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:  # the warning: if filters raise it
        return refuse(ImageProblem("bomb_unknown", {}, str(exc)), sniffed)
    except (OSError, SyntaxError, ValueError, EOFError, MemoryError) as exc:
        return refuse(_decode_failure(sniffed, exc), sniffed)

    problems: list[ImageProblem] = []
    if width < MIN_SIDE or height < MIN_SIDE:
        problems.append(ImageProblem("too_small", {"width": width, "height": height, "min": MIN_SIDE}))
    notices = [n for n in (not_square(width, height),) if n]
    return ImageCheck(not problems, sniffed, width, height, size,
                      [p.text for p in problems], [n.text for n in notices], problems, notices)


_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))


def _png_chunks(data: bytes):
    """(kind, body) of each chunk up to IEND."""
    pos = 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IEND":
            return
        yield kind, data[pos + 8:pos + 8 + length]
        pos += 12 + length


def _png_expected_bytes(header: bytes) -> int | None:
    """Inflated size of the pixel data the IHDR declares; None for a bad header."""
    width, height, bits, color, _, _, interlace = struct.unpack(">IIBBBBB", header[:13])
    if color not in _PNG_CHANNELS:
        return None
    pixel_bits = _PNG_CHANNELS[color] * bits

    def row_bytes(w: int) -> int:
        return 1 + (w * pixel_bits + 7) // 8  # filter byte + packed pixels

    if not interlace:
        return height * row_bytes(width)
    expected = 0
    for x0, y0, dx, dy in _ADAM7:
        pw, ph = (width - x0 + dx - 1) // dx, (height - y0 + dy - 1) // dy
        if pw > 0 and ph > 0:
            expected += ph * row_bytes(pw)
    return expected


def _inflates_to(idat: list[bytes], expected: int) -> bool:
    """Whether the zlib stream gives ``expected`` bytes, counted in bounded pieces."""
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


def png_data_complete(data: bytes) -> bool:
    """Whether the PNG's pixel data covers every row its header declares.

    Pillow accepts a zlib stream that ends early (the missing rows come out
    blank), so a cut-down file with a well-formed end would pass its decode.
    The stream is inflated in bounded pieces, counting bytes, never keeping them.
    """
    header, idat = None, []
    for kind, body in _png_chunks(data):
        if kind == b"IHDR" and len(body) >= 13:
            header = body
        elif kind == b"IDAT":
            idat.append(body)
    expected = _png_expected_bytes(header) if header is not None else None
    return expected is not None and _inflates_to(idat, expected)


def count_problem(count: int) -> ImageProblem | None:
    """R-P-IMG-1: 1 to 5 main images."""
    if count > MAX_IMAGES:
        return ImageProblem("too_many", {"max": MAX_IMAGES})
    if count < MIN_IMAGES:
        return ImageProblem("too_few")
    return None


def count_error(count: int) -> str | None:
    problem = count_problem(count)
    return problem.text if problem else None
