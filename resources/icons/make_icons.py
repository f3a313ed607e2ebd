"""Draw the ShopDesk app icon and write it as .png (512 px), .ico and .icns.

Run from anywhere: `python resources/icons/make_icons.py`. The outputs are
committed, so a build never needs this script; it exists so the icon can be
changed by editing code rather than a binary. Needs Pillow and, for the 店
glyph, a CJK font (found with fc-match or the paths below; without one the bag
is drawn plain).
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
NAME = "shopdesk"
SIZE = 1024  # drawn once, large, and scaled down for every output
ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]
TOP = (242, 96, 58)       # warm orange, top of the tile
BOTTOM = (214, 48, 49)    # shop red, bottom of the tile
BAG = (255, 255, 255)
GLYPH = (214, 48, 49)
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "C:/Windows/Fonts/msyhbd.ttc",
    "C:/Windows/Fonts/msyh.ttc",
)


def find_cjk_font() -> str | None:
    if shutil.which("fc-match"):
        try:
            found = subprocess.run(["fc-match", "-f", "%{file}", ":lang=zh-cn"],
                                   capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            found = ""
        if found and Path(found).exists():
            return found
    return next((p for p in FONT_CANDIDATES if Path(p).exists()), None)


def tile(size: int) -> Image.Image:
    """A rounded square with a vertical gradient (macOS-style margins)."""
    gradient = Image.new("RGB", (1, size))
    for y in range(size):
        t = y / (size - 1)
        gradient.putpixel((0, y), tuple(round(a + (b - a) * t) for a, b in zip(TOP, BOTTOM)))
    gradient = gradient.resize((size, size))
    mask = Image.new("L", (size, size), 0)
    margin = size * 0.08
    ImageDraw.Draw(mask).rounded_rectangle(
        (margin, margin, size - margin, size - margin), radius=size * 0.2, fill=255)
    out = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    out.paste(gradient, (0, 0), mask)
    return out


def draw_bag(img: Image.Image, font_file: str | None) -> None:
    s = img.size[0]
    d = ImageDraw.Draw(img)
    left, right, top, bottom = s * 0.25, s * 0.75, s * 0.38, s * 0.80
    # Handle: a thick arc above the bag's opening.
    hw = s * 0.045
    d.arc((s * 0.34, s * 0.22, s * 0.66, s * 0.54), start=180, end=360, fill=BAG, width=round(hw))
    d.rounded_rectangle((left, top, right, bottom), radius=s * 0.06, fill=BAG)
    if font_file:
        font = ImageFont.truetype(font_file, round(s * 0.30))
        d.text(((left + right) / 2, (top + bottom) / 2 + s * 0.01), "店", font=font,
               fill=GLYPH, anchor="mm",
               stroke_width=round(s * 0.008), stroke_fill=GLYPH)  # the regular weight reads thin
    else:
        d.rounded_rectangle((s * 0.40, s * 0.52, s * 0.60, s * 0.68), radius=s * 0.02, fill=GLYPH)


def main() -> None:
    font_file = find_cjk_font()
    big = tile(SIZE)
    draw_bag(big, font_file)
    big.resize((512, 512), Image.LANCZOS).save(HERE / f"{NAME}.png", optimize=True)
    big.save(HERE / f"{NAME}.ico", sizes=[(n, n) for n in ICO_SIZES])
    big.save(HERE / f"{NAME}.icns")
    print(f"wrote {NAME}.png/.ico/.icns (glyph font: {font_file or 'none'})")


if __name__ == "__main__":
    main()
