"""Test images built in memory with Pillow (and by hand where Pillow would refuse to write them)."""
from __future__ import annotations

import io
import os
import struct
import zlib

from PIL import Image


def png_bytes(width: int, height: int, noise: bool = False) -> bytes:
    # Grayscale noise: incompressible enough to fill many IDAT chunks, still under 1 MB at 700×700.
    image = Image.frombytes("L", (width, height), os.urandom(width * height)) if noise \
        else Image.new("RGB", (width, height), (200, 120, 40))
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def jpeg_bytes(width: int, height: int, noise: bool = False) -> bytes:
    image = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3)) if noise \
        else Image.new("RGB", (width, height), (40, 120, 200))
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=90)
    return buf.getvalue()


def gif_bytes(width: int, height: int) -> bytes:
    buf = io.BytesIO()
    Image.new("P", (width, height)).save(buf, "GIF")
    return buf.getvalue()


def chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def padded_png(total_bytes: int, width: int = 600, height: int = 600) -> bytes:
    """A valid PNG of exactly ``total_bytes``: a private ancillary chunk carries the padding."""
    base = png_bytes(width, height)
    pad = total_bytes - len(base) - 12  # 12 = length + type + CRC of the extra chunk
    assert pad >= 0, "base image already too large"
    ihdr_end = 8 + 25  # signature + IHDR chunk
    data = base[:ihdr_end] + chunk(b"prVt", b"\0" * pad) + base[ihdr_end:]
    assert len(data) == total_bytes
    return data


def declared_png(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares width×height (a decompression bomb's shape)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grayscale
    idat = zlib.compress(b"\0" * (width + 1))  # one row only
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def interlaced_png(width: int, height: int, rows_missing: int = 0) -> bytes:
    """An Adam7-interlaced grayscale PNG (Pillow can read but not write these)."""
    passes = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))
    raw = b""
    for x0, y0, dx, dy in passes:
        pw, ph = (width - x0 + dx - 1) // dx, (height - y0 + dy - 1) // dy
        if pw > 0 and ph > 0:
            raw += (b"\0" + b"\x80" * pw) * ph
    if rows_missing:
        raw = raw[: -rows_missing * (width + 1)]
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 1)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
